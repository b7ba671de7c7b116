"""PaperLens's spaCy components, registered as factories for ``config.cfg``.

Each component adds entities to ``doc.ents``; a span's canonical name is its
``kb_id_`` (readable as ``span._.canonical``), so every later step, and the
server, reads one attribute.
"""
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from .kb import KB_DIR, load_entries

Span.set_extension("canonical", getter=lambda span: span.kb_id_ or span.text, force=True)


def merge_ents(doc, new_spans):
    """Add spans to ``doc.ents``; where they overlap, the longer span wins and, at equal length, the new one."""
    doc.ents = filter_spans(list(new_spans) + list(doc.ents))


@Language.factory("paperlens_kb", default_config={"kb_dir": None})
def make_kb_matcher(nlp, name, kb_dir):
    return KnowledgeBaseMatcher(nlp, kb_dir or KB_DIR)


class KnowledgeBaseMatcher:
    """Finds every knowledge-base name and alias, as whole tokens."""

    def __init__(self, nlp, kb_dir):
        self.entries = load_entries(kb_dir)
        self.by_canonical = {(e.label, e.canonical): e for e in self.entries}
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.any_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._entry_of = {}
        for i, entry in enumerate(self.entries):
            key = f"paperlens-kb-{i}"
            self._entry_of[nlp.vocab.strings.add(key)] = entry
            exact = [s for s in entry.surfaces if entry.exact_case(s)]
            loose = [s for s in entry.surfaces if not entry.exact_case(s)]
            if exact:
                self.exact.add(key, list(nlp.tokenizer.pipe(exact)))
            if loose:
                self.any_case.add(key, list(nlp.tokenizer.pipe(loose)))
        # Surfaces as written, for the components that ask "is this a known name?"
        self.surface_index = {}
        for entry in self.entries:
            for surface in entry.surfaces:
                self.surface_index.setdefault(surface if entry.exact_case(surface) else surface.lower(), entry)

    def lookup(self, text):
        """The entry a surface form names, if any."""
        return self.surface_index.get(text) or self.surface_index.get(text.lower())

    def describe(self, label, canonical):
        entry = self.by_canonical.get((label, canonical))
        return entry.description if entry else ""

    def __call__(self, doc):
        spans = []
        for matcher in (self.exact, self.any_case):
            for key, start, end in matcher(doc):
                entry = self._entry_of[key]
                spans.append(Span(doc, start, end, label=entry.label, kb_id=entry.canonical))
        merge_ents(doc, spans)
        return doc


# Heads of long forms, to label a definition "Long Form (LF)" the knowledge base does not know.
HEAD_LABELS = {
    "METHOD": """network networks net model models adaptation transformer transformers framework method methods
        algorithm architecture attention distillation quantization pruning learning optimization optimizer
        encoder decoder autoencoder machine module block mechanism search sampling sampler diffusion regression
        classifier embedding embeddings tuning fine-tuning finetuning training alignment policy estimation
        estimator codec prior layer layers unit units system pipeline representation representations
        propagation process processes field fields strategy approach technique decoding inference head
        descent gradient tree forest kernel memory""",
    "DATASET": "dataset datasets benchmark benchmarks corpus corpora bank challenge suite archive collection database",
    "METRIC": """score distance error ratio rate accuracy precision recall index divergence similarity measure
        metric gain likelihood perplexity""",
    "TASK": """recognition detection segmentation classification generation translation answering retrieval
        super-resolution captioning forecasting summarization synthesis tracking parsing localization
        restoration denoising inpainting completion reasoning understanding compression""",
}
HEAD_TO_LABEL = {word: label for label, words in HEAD_LABELS.items() for word in words.split()}


@Language.factory("paperlens_abbreviations", default_config={"max_short_len": 12})
def make_abbreviations(nlp, name, max_short_len):
    return AbbreviationDetector(nlp, max_short_len)


class AbbreviationDetector:
    """Ties "Long Form (LF)" definitions together (Schwartz & Hearst, 2003).

    Both forms get one label and one canonical name, and so does every later use
    of the short form in the same text. The label comes from whichever form the
    knowledge base knows; failing that, from the long form's head noun.
    """

    def __init__(self, nlp, max_short_len):
        self.nlp = nlp
        self.max_short_len = max_short_len

    def _kb(self):
        return self.nlp.get_pipe("paperlens_kb") if "paperlens_kb" in self.nlp.pipe_names else None

    def __call__(self, doc):
        kb = self._kb()
        new = []
        for open_tok in doc:
            if open_tok.text != "(" or open_tok.i + 2 >= len(doc) or open_tok.i == 0:
                continue
            short = doc[open_tok.i + 1]
            if doc[open_tok.i + 2].text not in {")", ",", ";"} or not self._is_short_form(short.text):
                continue
            long_span = self._long_form(doc, open_tok.i, short.text)
            if long_span is None:
                continue
            short_span = doc[short.i : short.i + 1]
            label, canonical = self._label(doc, long_span, short_span, kb)
            if label is None:
                continue
            new.append(Span(doc, long_span.start, long_span.end, label=label, kb_id=canonical))
            new.append(Span(doc, short.i, short.i + 1, label=label, kb_id=canonical))
            for tok in doc[open_tok.i + 3 :]:
                if tok.text == short.text:
                    new.append(Span(doc, tok.i, tok.i + 1, label=label, kb_id=canonical))
        if new:
            merge_ents(doc, new)
        return doc

    def _is_short_form(self, text):
        return (
            2 <= len(text) <= self.max_short_len
            and text[0].isalnum()
            and any(c.isupper() for c in text)
            and not text.isdigit()
        )

    def _long_form(self, doc, paren_i, short):
        """The shortest run of words before the parenthesis that spells ``short`` out."""
        n_letters = sum(c.isalnum() for c in short)
        max_words = min(n_letters + 5, n_letters * 2)
        start = paren_i
        words = 0
        while start > 0 and words < max_words:
            tok = doc[start - 1]
            if tok.is_punct and tok.text not in {"-", "–"}:
                break
            start -= 1
            if not tok.is_punct:
                words += 1
        if start == paren_i:
            return None
        window = doc[start:paren_i]
        found = best_long_form(short, window.text)
        if found is None:
            return None
        begin = window.end_char - len(found)
        span = doc.char_span(begin, window.end_char, alignment_mode="expand")
        if span is None or len(span.text) <= len(short) or span[0].is_stop and span[0].is_lower:
            return None
        return span

    def _label(self, doc, long_span, short_span, kb):
        for span in (short_span, long_span):
            entry = kb.lookup(span.text) if kb else None
            if entry:
                return entry.label, entry.canonical
        # A coined name built on a known one (DSCLoRA on LoRA, ConvNeXt-T on ConvNeXt).
        for ent in doc.ents:
            if ent.start >= long_span.start and ent.end <= long_span.end and ent.label_ == "METHOD":
                if long_span[-1].i == ent.end - 1:
                    return "METHOD", short_span.text
        head = long_span[-1].text.lower()
        label = HEAD_TO_LABEL.get(head) or HEAD_TO_LABEL.get(head.rstrip("s"))
        return label, short_span.text


def best_long_form(short, long):
    """Schwartz & Hearst's match: each character of the short form, right to left, found in
    the long form, the first one at the start of a word. Returns the long form's tail or None."""
    s_i, l_i = len(short) - 1, len(long) - 1
    while s_i >= 0:
        c = short[s_i].lower()
        if not c.isalnum():
            s_i -= 1
            continue
        while l_i >= 0 and (long[l_i].lower() != c or (s_i == 0 and l_i > 0 and long[l_i - 1].isalnum())):
            l_i -= 1
        if l_i < 0:
            return None
        l_i -= 1
        s_i -= 1
    start = long.rfind(" ", 0, l_i + 1) + 1
    return long[start:]


def coined_shape(text):
    """Whether a word is shaped like a coined name: capitals inside the word
    (LowDiff, TSPulse, McQuic, DSCLoRA), an all-capitals word of three or more
    letters (OSCAR, U-REPA), or capitals with digits (T5X, YOLOv8)."""
    core = text.replace("-", "")
    if not core.isalnum() or not text[0].isalpha() or not core.isascii():
        return False
    upper = sum(c.isupper() for c in core)
    lower = sum(c.islower() for c in core)
    digits = sum(c.isdigit() for c in core)
    return (upper >= 2 and lower >= 1) or (upper >= 3 and lower == 0) or (upper >= 1 and digits >= 1 and len(core) >= 3)


NOT_COINED = set(
    """LLM LLMs CNN CNNs GPU GPUs CPU CPUs TPU AI NLP RGB SOTA API APIs URL HTTP JSON PDF PyTorch TensorFlow
    GitHub HuggingFace JAX CUDA DNN DNNs RNN RNNs MLP MLPs FPS IoT LiDAR ArXiv OpenAI DeepMind Google Meta
    NVIDIA Microsoft YouTube iPhone MacBook FLOP FLOPs TOPS GFLOPs TFLOPs MB GB KB TB ML DL RL CV ASR TTS""".split()
)
TRIGGERS = {"propose", "proposes", "proposed", "introduce", "introduces", "introduced", "present", "presents",
            "presented", "develop", "develops", "design", "designs", "termed", "dubbed", "named", "called", "coined"}
APPOSITIVE_WORDS = {"novel", "new", "simple", "unified", "lightweight", "efficient", "general", "generalist",
                    "framework", "method", "model", "approach", "architecture", "technique", "benchmark", "dataset",
                    "family", "suite", "system", "algorithm", "pipeline", "paradigm", "toolkit", "library"}
DATASET_WORDS = {"dataset", "benchmark", "corpus", "suite", "leaderboard", "challenge"}


@Language.factory("paperlens_coined_names", default_config={"window": 8})
def make_coined_names(nlp, name, window):
    return CoinedNameDetector(window)


class CoinedNameDetector:
    """Names a paper coins for its own method or dataset, which no knowledge base can know.

    Evidence: "we propose X", "termed/dubbed/named X", "X, a novel ...", a title
    that starts with "X:". Once a name is found, every use of it in the text is marked.
    """

    def __init__(self, window):
        self.window = window

    @staticmethod
    def looks_coined(tok):
        return coined_shape(tok.text) and tok.text not in NOT_COINED and tok.ent_type_ == ""

    def __call__(self, doc):
        found = {}
        for tok in doc:
            if tok.lower_ in TRIGGERS:
                for nxt in doc[tok.i + 1 : tok.i + 1 + self.window]:
                    if nxt.text in {".", ";", ":"} or nxt.ent_type_:
                        break
                    if self.looks_coined(nxt):
                        found.setdefault(nxt.text, self._label_after(doc, nxt))
                        break
            elif self.looks_coined(tok) and tok.i + 3 < len(doc):
                after = doc[tok.i + 1 : tok.i + 4]
                if after[0].text == "," and after[1].lower_ in {"a", "an"} and self._introduces(doc, after[1]):
                    found.setdefault(tok.text, self._label_after(doc, tok))
                elif tok.i == 0 and after[0].text == ":":
                    found.setdefault(tok.text, self._label_after(doc, tok))
        if found:
            spans = [
                Span(doc, tok.i, tok.i + 1, label=found[tok.text], kb_id=tok.text)
                for tok in doc
                if tok.text in found and tok.ent_type_ == ""
            ]
            merge_ents(doc, spans)
        return doc

    def _introduces(self, doc, article):
        """ "X, a novel framework ..." introduces X; "On CIFAR-10, an FID of 2.11" does not."""
        return any(t.lower_ in APPOSITIVE_WORDS for t in doc[article.i + 1 : article.i + 5])

    def _label_after(self, doc, tok):
        following = {t.lower_ for t in doc[tok.i + 1 : tok.i + 1 + self.window]}
        return "DATASET" if following & DATASET_WORDS else "METHOD"
