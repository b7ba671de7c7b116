"""``paperlens_kb``: every knowledge-base name and alias found as whole tokens, with the sizes,
resolutions and splits authors write onto them ("LLaMA-1B", "ImageNet 256×256", "COCO val2017")."""
import functools
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string

from .base import BatchComponent, named
from .candidates import merge_ents
from .form_tokens import FormTokens
from .kb import KB_DIR, load_entries
from .tokenizer import text_of
from .word_screen import HYPHEN_ORTH, MATCH_KEY_PREFIX, word_screen


@Language.factory("paperlens_kb", default_config={"kb_dir": None})
def make_kb_matcher(nlp, name, kb_dir):
    return named(KnowledgeBaseMatcher(nlp, kb_dir or KB_DIR), name)


class KnowledgeBaseMatcher(BatchComponent):
    """Finds every knowledge-base name and alias, as whole tokens.

    One phrase matcher over lowercase forms finds both kinds of name: those
    matched in any case, and those matched only as written (ImageNet, FID),
    whose matches are then kept only where the tokens read exactly as one of
    their forms. Each matcher call reads an attribute of every token, so one
    call instead of an exact-case and an any-case matcher saves a pass over
    the doc, and the check reads only the few matched tokens."""

    def __init__(self, nlp, kb_dir):
        self.entries = load_entries(kb_dir)
        self.by_canonical = {(e.label, e.canonical): e for e in self.entries}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.screen = word_screen(nlp.vocab)
        # match key -> (label, canonical, the orths an exact-case match must read, or None)
        self._found_as = {}
        # A generated variant never takes a form another entry already names.
        # Two names that both match in exact case may differ only in case (SuperGLUE the dataset,
        # SuperGlue the matcher): an exact form is claimed by its exact spelling, a loose one by its lowercase.
        claimed = {(s if e.exact_case(s) else s.lower()): e for e in self.entries for s in e.surfaces}
        loose_claims = {s.lower(): e for e in self.entries for s in e.surfaces if not e.exact_case(s)}
        per_entry = []
        for entry in self.entries:
            forms = [(f, e) for f, e in entry.match_forms()
                     if claimed.setdefault(f if e else f.lower(), entry) is entry
                     and loose_claims.get(f.lower(), entry) is entry]
            exact = [f for f, is_exact in forms if is_exact]
            loose = [f for f, is_exact in forms if not is_exact]
            per_entry.append((exact, loose, [v for f in loose for v in title_variants(f)]))
        # Every form's tokens at once, from the on-disk cache where it has them (``FormTokens``).
        # The matcher is given each pattern as the hashes of its tokens' lowercase forms (the
        # LOWER attribute it matches on), so no Doc and no lexeme is made for a pattern.
        form_tokens = FormTokens(nlp.tokenizer)
        tokens = iter(form_tokens.tokens([f for forms in per_entry for group in forms for f in group]))
        add_string = nlp.vocab.strings.add
        # The phrase matcher makes a lexeme of each match key, and a lexeme's attributes (shape,
        # like_num, ...) cost more to work out than the rest of adding its patterns. A key is no
        # word, and the patterns are hashes that make no lexeme, so the matcher is filled with the
        # vocab's attribute getters set aside.
        getters, nlp.vocab.lex_attr_getters = nlp.vocab.lex_attr_getters, {}
        try:
            for i, (entry, (exact, loose, variants)) in enumerate(zip(self.entries, per_entry)):
                exact_tokens = [next(tokens) for _ in exact]
                loose_tokens = [next(tokens) for _ in loose] + [next(tokens) for _ in variants]
                if exact:
                    # a one-word form by its orth, a longer one by the tuple of its tokens' orths
                    orths = [tuple(add_string(t) for t in toks) for toks in exact_tokens]
                    self._add(nlp, f"{MATCH_KEY_PREFIX}{i}-exact", entry,
                              [tuple(add_string(t.lower()) for t in toks) for toks in exact_tokens],
                              frozenset(o[0] if len(o) == 1 else o for o in orths))
                if loose:
                    lowered = dict.fromkeys(tuple(t.lower() for t in toks) for toks in loose_tokens)
                    self._add(nlp, f"{MATCH_KEY_PREFIX}{i}", entry,
                              [tuple(add_string(t) for t in toks) for toks in lowered], None)
        finally:
            nlp.vocab.lex_attr_getters = getters
        form_tokens.save()
        # Surfaces as written, for the components that ask "is this a known name?"
        self.surface_index = {}
        for entry in self.entries:
            for surface in entry.found_surfaces:
                self.surface_index.setdefault(surface if entry.exact_case(surface) else surface.lower(), entry)
        # A size or variant written onto a known model's name: "LLaMA-1B", "ViT-B/4", "OPT-30B/66B/175B".
        (self._sized,) = self.screen.register(self.sized_variant)

    @functools.cached_property
    def description_words(self):
        """The lowercase words of the entries' descriptions: some 7,500 words of English as ML writes it
        ("performance", "scaling", "memory"), which a paper's coined name ("Quernstone") is not. Made on
        first use: only a rule that meets a plain capitalised word asks."""
        return frozenset(w for e in self.entries for w in WORD.findall(e.description) if w.islower())

    def lookup(self, text):
        """The entry a surface form names, if any."""
        return self.surface_index.get(text) or self.surface_index.get(text.lower())

    def sized_variant(self, text):
        """Whether a word is a known method's name with a size or variant written onto it, which
        the knowledge base does not list itself: "LLaMA-1B", "OPT-30B/66B/175B", "ViT-B/4",
        "COMETKiwi-XL", "LLaMA2/3"."""
        match = SIZED_VARIANT.match(text) or HYPHENATED_SIZED.match(text)
        if match is None or self.lookup(text) is not None:
            return False
        entry = self.lookup(match.group(1))
        return entry is not None and entry.label == "METHOD"

    def unknown_sized_model(self, text):
        """Whether a word the knowledge base does not know names a model by its parameter count:
        "MM-Eureka-7B", "SWE-Gym-32B", "Qwen2.5-Math-72B-Instruct", "Mixtral-8x7B". Over the tuning
        gold, names of this shape are models 733 times and datasets 31 (counted in billions of items,
        "DataComp-1B", "SA-1B", which the knowledge base knows, or a paper's own, "TxGraph-1B", which
        its context tells: the coined-name step, which asks this, marks such a name only where it has
        found nothing). A name whose first part is a dataset the knowledge base knows is left alone,
        and so is a size in millions ("MovieLens-1M", "OpenVid-1M" are datasets as often as models)."""
        match = MODEL_SIZED.match(text)
        if match is None or self.lookup(text) is not None:
            return False
        first = self.lookup(match.group(1))
        return first is None or first.label == "METHOD"

    def describe(self, label, canonical):
        entry = self.by_canonical.get((label, canonical))
        return entry.description if entry else ""

    def _add(self, nlp, key, entry, patterns, exact_orths):
        self._found_as[nlp.vocab.strings.add(key)] = (entry.label, entry.canonical, exact_orths)
        self.matcher.add(key, patterns)

    def __call__(self, doc):
        # Exact-case names first, then the others: the order two matchers (ORTH,
        # then LOWER) gave, which decides between overlapping names of one length.
        exact_spans, spans = [], []
        found_as = self._found_as
        orths = None  # the doc's ORTH list from the word screen, which later steps read too
        matches = self.matcher(doc)
        matched = None  # the (start, end) of every match, made when a size word asks
        for key, start, end in matches:
            label, canonical, exact_orths = found_as[key]
            if exact_orths is None:
                into = spans
            else:
                if orths is None:
                    orths = self.screen.orths(doc)
                if (orths[start] if end - start == 1 else tuple(orths[start:end])) not in exact_orths:
                    continue  # "is" for IS, "transformer" for the exact "Transformer"
                into = exact_spans
            if label == "METHOD":
                sized = with_size_word(doc, end, self.screen)
                if sized is not None:
                    if matched is None:
                        matched = {(s, e) for _, s, e in matches}
                    if (start, end + 2) in matched:
                        continue  # "DeBERTa-v3-large" is an entry of its own, not DeBERTa-v3's size
                    into.append((start, end + 2, label, f"{canonical}-{sized}"))  # "SwinIR-light", "Cutie-base"
                    continue
            if label == "DATASET":
                if end - start > 1:
                    if orths is None:
                        orths = self.screen.orths(doc)
                    if orths[end - 1] in HEAD_WORD_ORTHS:
                        end -= 1  # "the Kodak dataset", "the HEAR benchmark": the name, not the kind of thing it is
                end, resolution = with_resolution(doc, end, self.screen)
                if resolution:
                    if not canonical.lower().endswith(" " + resolution.lower()):  # ("BridgeData V2" is its name)
                        canonical = with_part(canonical, resolution)
                    into.append((start, end, "DATASET", canonical))
                    continue
            into.append((start, end, label, canonical))
        sized_bit = self._sized
        sized = [(i, i + 1, "METHOD", word) for i, bits, word in self.screen.hits(doc) if bits & sized_bit]
        found = exact_spans + spans + sized
        merge_ents(doc, found + with_backbone(found))
        return doc


# Pretrained model families released in several backbones (by their canonical names), and the backbones they name.
BACKBONE_FAMILIES = {"CLIP", "OpenCLIP", "EVA-CLIP", "DINOv2", "DINO", "SigLIP", "BEiT", "iBOT"}
BACKBONE = re.compile(r"^(?:ViT|ResNet|ConvNeXt|Swin)-")


def with_backbone(found):
    """A family written with the backbone it was trained in is one model, as a size is part of a
    name: "CLIP ViT-L/14", "DINOv2 ViT-B/14" (the tuning gold keeps them whole 11 times to 4).
    The joined span is longer than either part, so it wins over both (``merge_ents``)."""
    backbones = {s[0]: s for s in found if s[2] == "METHOD" and BACKBONE.match(s[3])}
    if not backbones:
        return []
    return [(s[0], b[1], "METHOD", f"{s[3]} {b[3]}") for s in found
            if s[2] == "METHOD" and s[3] in BACKBONE_FAMILIES and (b := backbones.get(s[1])) is not None]


def title_variants(form, max_words=3):
    """A name matched in any case, written in a title's case: the tokenizer keeps a hyphenated
    word whole when its parts are capitalised ("Fairness-Aware", "Text-to-Speech") but splits
    it in lowercase ("fairness-aware"), so the lowercase pattern would miss the title. Each
    hyphenated word (up to ``max_words`` of them) is written capitalised or not."""
    words = form.split(" ")
    hyphenated = [i for i, w in enumerate(words) if "-" in w.strip("-")]
    if not hyphenated or len(hyphenated) > max_words:
        return []
    out = []
    for mask in range(1, 2 ** len(hyphenated)):
        titled = list(words)
        for bit, i in enumerate(hyphenated):
            if mask >> bit & 1:
                titled[i] = "-".join(p[:1].upper() + p[1:] for p in titled[i].split("-"))
        out.append(" ".join(titled))
    return out


_SIZE = r"\d+(?:\.\d+)?[KMBTkmbt]"
SIZED_USE = re.compile(r"(?<![\w-])([A-Z][\w.]*?[A-Za-z0-9])-[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*(?![\w-])")
SIZED_VARIANT = re.compile(
    rf"^([A-Za-z][\w.]*?[A-Za-z0-9])(?:-{_SIZE}(?:/{_SIZE})*|-(?:XXL|XL|XS|S|B|L|H|G|Ti|T|M|SA|MA|Base|Large|Small"
    rf"|Tiny|Huge|Giant|Medium)(?:\d{{1,2}})?(?:/\d+)?|/\d+(?:\.\d+)?|-W\d{{2}})$"  # "ViT-B/16", "FastViT-SA12",
    # "EfficientNet-B0", "HRNet-W18" (a width)
)


# The same onto a name of hyphenated parts, which SIZED_VARIANT's name leaves out: "YOLO-World-L", "Grounding-DINO-T".
HYPHENATED_SIZED = re.compile(
    rf"^([A-Za-z][\w.]*(?:-[A-Za-z][\w.]*)+?)-(?:{_SIZE}|XXL|XL|XS|S|B|L|H|G|Ti|T|M|Base|Large|Small|Tiny|Huge|Giant"
    rf"|Medium)$")

WORD = re.compile(r"[A-Za-z]+")
# The lowercase words after a dataset's name that say what kind of thing it is (the tuning gold leaves them
# out of the span: "benchmark" 125 times to 16, "dataset" 48 to 21, "corpus" 16 to 2, "archive" 10 to 2).
HEAD_WORD_ORTHS = {hash_string(w) for w in ("dataset", "datasets", "benchmark", "benchmarks", "corpus", "archive")}
# A capitalised name of two letters or more, a part that gives the parameter count in billions, and any
# parts after it ("-Instruct", "-RL").
MODEL_SIZED = re.compile(
    r"^(?!(?:Sub|Over|Under|Up|Pre|Non|Near|Top)-)(?=[A-Z][0-9.]*[A-Za-z])([A-Z][A-Za-z0-9.]*[A-Za-z0-9])"
    r"(?:-[A-Za-z0-9.]+)*?-(?:\d+x)?\d+(?:\.\d+)?[Bb](?:-[A-Za-z0-9.]+)*$")


def with_resolution(doc, end, screen=None):
    """A resolution, an edition or a version written right after a dataset belongs to it: "FFHQ 64x64",
    "ImageNet 256×256", "ImageNet 256 times 256" where a page lost the ×, "COCO 2017", "Clotho v2.1".
    Returns the new end and "WxH" or the year. (Words are read off the word screen's ORTH
    list and tables, not as Tokens.)"""
    if end < len(doc):
        screen = screen or word_screen(doc.vocab)
        orths, texts = screen.orths(doc), screen.texts
        nxt = texts[orths[end]]
        match = RESOLUTION.match(nxt)
        if match:
            return end + 1, f"{match.group(1)}x{match.group(2)}"
        if YEAR.match(nxt) and screen.space_after(doc, end - 1) and not (
                end + 2 < len(doc) and texts[orths[end + 1]] in {"-", "–", "—"} and YEAR.match(texts[orths[end + 2]])):
            # (not "WMT 2020–2023": a span of editions is no edition)
            # "i2b2 2014", "COCO 2017": the edition is part of the name, and so is a split after it
            split_end, split = with_split(doc, end + 1, screen)
            return split_end, with_part(nxt, split) if split else nxt
        if DATASET_VERSION.match(nxt) and screen.space_after(doc, end - 1):
            return end + 1, nxt  # "Clotho v2.1", "LVOS v2": the version is part of the name
        split_end, split = with_split(doc, end, screen)
        if split:
            return split_end, split
        if end + 2 < len(doc) and nxt.isdigit() and texts[orths[end + 1]] in {"x", "×", "times"} \
                and texts[orths[end + 2]].isdigit():
            return end + 3, f"{nxt}x{texts[orths[end + 2]]}"
    return end, None


SIZE_WORDS = {"light", "lite", "tiny", "small", "base", "large", "huge", "mini", "nano", "xl", "xxl"}


def with_size_word(doc, end, screen):
    """The size written onto a method's name in lowercase, which the tokenizer splits off at the hyphen:
    "SwinIR-light", "Cutie-base", "MusicGen-large". Returns the size word, or None."""
    if end + 1 < len(doc) and hyphen_joined(doc, end, screen):
        word = screen.texts[screen.orths(doc)[end + 1]]
        if word in SIZE_WORDS:  # (written in lowercase: the set holds lowercase words only)
            return word
    return None


def hyphen_joined(doc, k, screen):
    """Whether token ``k`` is a hyphen written with no space on either side, one the tokenizer split a word at
    ("val-unseen", "test-dev", "SwinIR-light")."""
    return screen.orths(doc)[k] == HYPHEN_ORTH and not screen.space_after(doc, k - 1) and not screen.space_after(doc, k)


def with_part(name, part):
    """A dataset's name with its resolution, edition or split: "ImageNet 256x256", "COCO 2017 val", and
    "MiniF2F-test", whose split ``with_split`` gives with the hyphen that joins it."""
    return f"{name}{part}" if part[0] == "-" else f"{name} {part}"


def with_split(doc, end, screen=None):
    """ "COCO 2017 val", "LibriSpeech test-clean": the split written after a dataset's name, as the guideline
    keeps it. "The COCO test set" is COCO: "test set" says what kind of thing is meant, as "dataset" does."""
    if end < len(doc):
        screen = screen or word_screen(doc.vocab)
        orths, texts, lowers = screen.orths(doc), screen.texts, screen.lowers
        if not screen.space_after(doc, end - 1):
            # "miniF2F-test", "ProofNet-valid": a split joined to the name by a hyphen stays joined
            if orths[end] == HYPHEN_ORTH and end + 1 < len(doc) and not screen.space_after(doc, end) \
                    and lowers[orths[end + 1]] in JOINED_SPLITS \
                    and (end + 2 == len(doc) or screen.space_after(doc, end + 1) or screen.texts[orths[end + 2]] in ",.;:)"):
                return end + 2, "-" + texts[orths[end + 1]]
            return end, None
        word = lowers[orths[end]]
        if word in SPLIT_SUFFIXES and end + 2 < len(doc) and hyphen_joined(doc, end + 1, screen) \
                and lowers[orths[end + 2]] in SPLIT_SUFFIXES[word]:
            # "test-dev", "R2R-CE val-unseen": a split the tokenizer split before its lowercase part
            return end + 3, screen.offsets(doc).text(text_of(doc), end, end + 3)
        if word in SPLITS:
            return end + 1, texts[orths[end]]
        if word == "dev" and end + 1 < len(doc) and lowers[orths[end + 1]] in {"set", "split", "sets"}:
            return end + 1, texts[orths[end]]  # ("the MS MARCO dev set": the dev split keeps its word)
    return end, None


JOINED_SPLITS = {"test", "val", "valid", "dev", "validation"}
SPLITS = {"val", "val2017", "val2014", "minival", "test-dev", "test-std", "test-challenge", "test-clean", "test-other",
          "dev-clean", "dev-other", "testa", "testb", "test2017", "test2015",
          "pb_t50_rs", "pb-t50-rs", "obj_bg", "obj_only"}  # (ScanObjectNN's variants)
# The lowercase parts a split's first word takes after a hyphen: "test-dev", "dev-clean", and of any split
# "-seen" or "-unseen" ("val-unseen", a split of unseen environments).
SPLIT_SUFFIXES = {**dict.fromkeys(SPLITS, {"seen", "unseen"}),
                  "test": {"dev", "std", "clean", "other", "challenge", "seen", "unseen"},
                  "dev": {"dev", "std", "clean", "other", "challenge"}}
RESOLUTION = re.compile(r"^(\d{2,4})[x×](\d{2,4})$")
YEAR = re.compile(r"^(?:19[89]\d|20[0-3]\d)$")
DATASET_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")
