"""``paperlens_abbreviations``: each short form tied to its long form across the abstract
(Schwartz–Hearst, extended), both highlighted with the same canonical name."""
import functools
import re

from spacy.language import Language

from .base import BatchComponent, UsesKnowledgeBase, named
from .candidates import candidates, merge_ents
from .coined_names import DATASET_WORDS, TRIGGER_WORDS, coined_shape
from .tokenizer import text_of
from .word_screen import CLOSE_PAREN_ORTH, WordTable, last_words, text_uses, token_uses, word_screen


SENTENCE_PUNCT = {".", "!", "?", ";", "\n\n"}


# Heads of long forms, to label a definition "Long Form (LF)" the knowledge base does not know.
HEAD_LABELS = {
    "METHOD": """network networks net model models adaptation transformer transformers framework method methods
        algorithm architecture attention distillation quantization pruning learning optimization optimizer
        encoder decoder autoencoder machine module block mechanism search sampling sampler diffusion regression
        classifier embedding embeddings tuning fine-tuning finetuning training alignment policy estimation
        estimator codec prior layer layers unit units system pipeline representation representations
        projection sampler adapter adapters format float scheme solver transform transformation regularization
        propagation process processes field fields strategy approach technique decoding inference head
        descent gradient tree forest kernel memory clipping shaping rewiring smoothing augmentation normalization
        normalisation initialization initialisation ensembling ensemble merging routing caching decomposition
        factorization factorisation""",
    "DATASET": "dataset datasets benchmark benchmarks corpus corpora bank challenge suite archive collection database",
    "METRIC": """score distance error ratio rate accuracy precision recall index divergence similarity measure
        metric gain likelihood perplexity""",
    "TASK": """recognition detection segmentation classification generation translation answering retrieval
        super-resolution captioning forecasting summarization synthesis tracking parsing localization
        restoration denoising inpainting completion reasoning understanding compression imputation enhancement
        separation transcription diarization tagging extraction verification identification""",
}
HEAD_TO_LABEL = {word: label for label, words in HEAD_LABELS.items() for word in words.split()}


# Words after a defined name that make it a part of a method: "a Conditional Latent Synthesis (CLS) module".
COMPONENT_WORDS = {"module", "modules", "block", "blocks", "layer", "layers", "unit", "units", "branch", "head",
                   "component", "mechanism"}

# "FLASH (Fast Latent-Aware Semi-Autoregressive Heuristics)"
SPELLED_IN_PARENS = re.compile(r" \(([A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)+)\)")
WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z0-9-]*)$")
PLAIN_ACRONYM = re.compile(r"^[A-Z]{2,}s?$")
CLAUSE_PUNCT = re.compile(r"[.,;:()\[\]\"“”\n]")
FIGURE_START = re.compile(r"[−+-]?\d")
# The nouns after a defined short form that say it names a measure ("score" is as often a verb: "PRMs score").
METRIC_WORDS = {"metric", "metrics", "measure", "measures"}
# Long forms that are common phrases, not names, whatever short form authors give them: "the
# state-of-the-art (SOTA) models" (guideline: generic phrases are no span).
NO_NAMES = {"state-of-the-art", "state of the art", "state-of-the-arts"}
SHORT_IN_PARENS = re.compile(r"\(([A-Za-z0-9][^\s()\[\],;]{1,15})(?=[),;])")


@functools.lru_cache(maxsize=4096)
@Language.factory("paperlens_abbreviations", default_config={"max_short_len": 12})
def make_abbreviations(nlp, name, max_short_len):
    return named(AbbreviationDetector(nlp, max_short_len), name)


class AbbreviationDetector(UsesKnowledgeBase, BatchComponent):
    """Ties "Long Form (LF)" definitions together (Schwartz & Hearst, 2003).

    Both forms get one label and one canonical name, and so does every later use
    of the short form in the same text. The label comes from whichever form the
    knowledge base knows; failing that, from the long form's head noun.
    """

    def __init__(self, nlp, max_short_len):
        self.nlp = nlp
        self.max_short_len = max_short_len
        # spans are found by character offset on the token offsets the word screen read (``char_span``)
        self.screen = word_screen(nlp.vocab)
        # orth -> whether the word is a lowercase stop word, which no long form starts with
        self._lower_stops = WordTable(nlp.vocab, lambda lex: lex.is_stop and lex.is_lower)

    def __call__(self, doc):
        # Work on the text with regular expressions and touch tokens only at the
        # few candidates: a Python loop over every token costs more than the tokenizer.
        # Spans are (start, end) token ranges, found with the word screen's ``char_span``: a
        # ``Span`` and the Tokens read off it cost more than the rest of the step.
        text = text_of(doc)
        kb = self._kb()
        offsets = None  # the doc's TokenOffsets, read at the first candidate
        new = []
        lowered = None
        # Both kinds of definition start at a parenthesis: the few in a text are found with
        # str.find and each pattern is tried there, rather than each scanning the whole text.
        parens = []
        at = text.find("(")
        while at != -1:
            parens.append(at)
            at = text.find("(", at + 1)
        for at in parens:
            m = SHORT_IN_PARENS.match(text, at)
            if m is None:
                continue
            short = m.group(1)
            if at == 0 or not self._is_short_form(short):
                continue
            if offsets is None:
                offsets = self.screen.offsets(doc)
            short_span = offsets.char_span(m.start(1), m.end(1))
            if short_span is None or short_span[1] - short_span[0] != 1:
                continue
            long_span = self._long_form(doc, offsets, text, m.start(), short)
            if long_span is None:
                continue
            # the characters of the long form's tokens, as Span.text would join them
            long_text = text[offsets.starts[long_span[0]] : offsets.end_char(long_span[1] - 1)]
            if long_text.lower() in NO_NAMES:
                continue
            label, canonical = self._label(doc, long_span, long_text, short_span, short, kb)
            if label is None:
                continue
            new.append((long_span[0], long_span[1], label, canonical))
            new.append((short_span[0], short_span[1], label, canonical))
            for i in token_uses(doc, text, short, m.end(1), offsets):
                new.append((i, i + 1, label, canonical))
            if label == "METHOD" and " " in long_text:
                # the defined name written out again, in the title too: "Covariance Clipping Prevents ..."
                # (found with str.find on the lowercased text: a pattern compiled per name costs more)
                if lowered is None:
                    lowered = text.lower()
                    if len(lowered) != len(text):  # a letter whose lowercase is longer ("İ"): offsets would move
                        lowered = ""
                for at in text_uses(lowered, long_text.lower()):
                    span = offsets.char_span(at, at + len(long_text))
                    if span is not None and span[0] != long_span[0]:
                        new.append((span[0], span[1], label, canonical))
        new += self._spelled_after(doc, text, kb, parens)
        if new:
            merge_ents(doc, new)
        return doc

    def _spelled_after(self, doc, text, kb, parens):
        """The other order of a definition, a short form spelled out after it in capitalised words:
        "we propose FLASH (Fast Latent-Aware Semi-Autoregressive Heuristics)". The long form is a
        METHOD span, unless the knowledge base or a name at its end says otherwise. (Titles such as
        "WINA: Weight Informed Neuron Activation" were tried too: a held-out total fell.)"""
        found = []
        offsets = None
        for at in parens:  # the offsets of the text's parentheses; the pattern starts on the space before one
            if at == 0 or text[at - 1] != " ":
                continue
            m = SPELLED_IN_PARENS.match(text, at - 1)
            if m is None:
                continue
            # the word before the parenthesis, read backwards from it: a pattern that starts on
            # every word of the text costs ten times more than one that starts on "(" only
            before = WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is None:
                continue
            short, at, words = before.group(1), m.start(1), m.group(1)
            long_text = self._spelled_out(short, words)
            if long_text is None:
                continue
            if offsets is None:
                offsets = self.screen.offsets(doc)
            span = offsets.char_span(at, at + len(long_text))
            if span is None:
                continue
            start, end = span
            entry = kb.lookup(long_text) if kb else None
            if entry is not None:
                found.append((start, end, entry.label, entry.canonical))
                continue
            # "DocQE: Document-Level Quality Estimation": a known task's name at its end makes it a task
            head = next((c[2] for c in candidates(doc) if c[1] == end and c[0] >= start), "METHOD")
            found.append((start, end, head, short if head == "METHOD" else long_text))
        return found

    @staticmethod
    def _spelled_out(short, words):
        """The shortest run of the capitalised ``words`` that spells ``short`` (Schwartz & Hearst),
        starting with its first letter and ending on a word that starts with its last capital."""
        capitals = [c for c in short if c.isupper()]
        if len(capitals) < 2 or not coined_shape(short) and not short.isupper():
            return None
        parts = words.split(" ")
        for n in range(2, min(len(parts), len(capitals) + 2) + 1):
            run = parts[:n]
            if not all(w[:1].isupper() for w in run):
                return None
            long_text = " ".join(run)
            last = run[-1].split("-")[-1]
            if last[:1] == capitals[-1] and run[0][:1] == short[0].upper() \
                    and best_long_form(short, long_text) == long_text:
                return long_text
        return None

    def _is_short_form(self, text):
        return (
            2 <= len(text) <= self.max_short_len
            and text[0].isalnum()
            and any(map(str.isupper, text))
            and not text.isdigit()
        )

    def _long_form(self, doc, offsets, text, paren_char, short):
        """The shortest run of words before the parenthesis that spells ``short`` out, as a
        (start, end) token range.

        Found in the text: the words since the last clause punctuation, at most
        min(|SF| + 5, 2|SF|) of them, as Schwartz & Hearst bound it."""
        n_letters = sum(map(str.isalnum, short))
        max_words = min(n_letters + 5, n_letters * 2)
        lo = max(0, paren_char - 40 * max_words)
        head = text[lo:paren_char]
        cut = CLAUSE_PUNCT.search(head[::-1])
        if cut:
            lo += len(head) - cut.start()
            head = text[lo:paren_char]
        begin, end = last_words(head, max_words)
        if begin == end:
            return None
        begin, end = lo + begin, lo + end
        found = best_long_form(short, text[begin:end])
        if found is not None and short.isalpha() and short.isupper():
            # "the Argument Annotated Essays (AAE": the words whose initials spell the short form, where the
            # shortest match ("Annotated Essays", A-A-E within two words) stops short of them
            tail = text[begin:end].rsplit(" ", len(short))[-len(short):]
            if len(tail) == len(short) and all(w[:1].upper() == c for w, c in zip(tail, short)):
                found = max(found, " ".join(tail), key=len)
        if found is None and short[-1].isdigit() and short.rstrip("0123456789.-"):
            found = best_long_form(short.rstrip("0123456789.-"), text[begin:end])  # DFloat11, Llama2
        if found is None or len(found) <= len(short):
            return None
        span = offsets.expand(end - len(found), end)
        if span is None or self._lower_stops[offsets.orths[span[0]]]:
            return None
        return span

    def _introduced(self, doc, long_span):
        """Whether a naming or proposing word stands just before the long form ("we propose ...")."""
        lowers, start = self.screen.lowers, long_span[0]
        return any(lowers[orth] in TRIGGER_WORDS for orth in self.screen.orths(doc)[max(0, start - 8) : start])

    def _label(self, doc, long_span, long_text, short_span, short_text, kb):
        long_entry = kb.lookup(long_text) if kb else None
        if long_entry:
            return long_entry.label, long_entry.canonical
        short_entry = kb.lookup(short_text) if kb else None
        # "offline reinforcement learning (RL)": the short form spells the tail of a known name
        # that starts earlier, so it stands for that name
        long_start, long_end = long_span
        wider = next((c for c in candidates(doc) if c[1] == long_end and c[0] < long_start), None)
        if wider is not None and wider[2] == "TASK":
            return wider[2], wider[3]
        if short_entry and not self._defines_other(long_text, short_entry):
            return short_entry.label, short_entry.canonical
        # A coined name built on a known one (DSCLoRA on LoRA, ConvNeXt-T on ConvNeXt).
        for start, end, label, _ in candidates(doc):
            if start >= long_start and end == long_end and label == "METHOD":
                return "METHOD", short_text
        orths, lowers = self.screen.orths(doc), self.screen.lowers
        head = lowers[orths[long_end - 1]]
        label = HEAD_TO_LABEL.get(head) or HEAD_TO_LABEL.get(head.rstrip("s"))
        if label is None and head.endswith("ies"):
            label = HEAD_TO_LABEL.get(head[:-3] + "y")  # "Flow Policies", "Strategies"
        if label is None and head == "curve" and long_text[:10].lower() == "area under":
            label = "METRIC"  # "the area under the budget curve (AUBC)", as AUROC and AUPRC are
        after = short_span[1] + 1  # the word after ")"
        if label is None and after < len(doc) and orths[after - 1] == CLOSE_PAREN_ORTH \
                and lowers[orths[after]] in DATASET_WORDS:
            # "the Practical Molecular Optimization (PMO) benchmark": a benchmark's name, told by the words
            # coined names are (``_label_after``)
            label = "DATASET"
        if label in {"TASK", "METRIC"} and after < len(doc) and orths[after - 1] == CLOSE_PAREN_ORTH \
                and lowers[orths[after]] in COMPONENT_WORDS:
            # "a Conditional Latent Synthesis (CLS) module": a part of a method, named after what it does
            label = "METHOD"
        if label in {"TASK", "METRIC"} and coined_shape(short_text) and self._introduced(doc, long_span):
            # "we propose Uncertainty-guided Perturbation Super-Resolution (UPSR)": a method named after its task
            label = "METHOD"
        if label is None and after + 1 < len(doc) and orths[after - 1] == CLOSE_PAREN_ORTH \
                and lowers[orths[after]] in {"of", "is", "was", "="} \
                and FIGURE_START.match(self.screen.texts[orths[after + 1]]) is not None:
            # "a mean maximum rank violation (MMRV) of 0.046": what a figure is given in is a measure
            label = "METRIC"
        if label is None and not short_entry and PLAIN_ACRONYM.match(short_text) \
                and (any(w[:1].islower() for w in long_text.split()[1:]) or long_text.isalpha() and long_text.islower()) \
                and not self._introduced(doc, long_span):
            # "lookup tables (LUTs)", "electronic health records (EHRs)": a thing written in lowercase,
            # not a method's name ("Tiny Time Mixers (TTMs)"); nor is one lowercase word ("a panchromatic (PAN) image")
            return None, None
        if label is None and (coined_shape(short_text) or short_entry):
            label = "METHOD"  # a coined short form (WeLore, DFloat11): most name a method
        if after < len(doc) and orths[after - 1] == CLOSE_PAREN_ORTH and lowers[orths[after]] in METRIC_WORDS:
            # "an interpolation standard deviation (ISTD) metric": what the text calls a metric is one
            label = "METRIC"
        if short_entry:  # the short form is known, but this text defines another meaning of it
            return label, long_text.lower() if long_text[1:].islower() else long_text
        if label in {"METRIC", "TASK"}:
            # a measure or task is known by what it says ("speaker similarity (SIM)"), a method by its name
            return label, long_text.lower() if long_text[1:].islower() else long_text
        return label, short_text

    @staticmethod
    def _defines_other(long_text, entry):
        """ "Sharpness-aware minimisation (SAM)": the text defines a different SAM than the
        knowledge base's, when the long form shares no word with any of the entry's names. Words are compared
        by their first five letters ("minimisation", "minimization"), not found inside others: "accurate rate
        (AR)" shares nothing with the autoregressive model "generates" tokens."""
        words = {w[:5] for w in re.findall(r"[a-z]{4,}", long_text.lower())}
        names = " ".join(entry.surfaces).lower() + " " + entry.description.lower()
        return not words & {w[:5] for w in re.findall(r"[a-z]{4,}", names)}


def best_long_form(short, long):
    """Schwartz & Hearst's match: each character of the short form, right to left, found in
    the long form, the first one at the start of a word. Returns the long form's tail or None."""
    if short.isascii() and long.isascii():
        return _best_long_form_ascii(short, long)
    return best_long_form_loop(short, long)


def best_long_form_loop(short, long):
    """``best_long_form`` character by character: for any text, and the reference the
    ``str.rfind`` version is tested against."""
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
    start = max(long.rfind(ws, 0, l_i + 1) for ws in (" ", "\n", "\t")) + 1
    return long[start:]


def _best_long_form_ascii(short, long):
    """``best_long_form`` for ASCII text, where lowercasing keeps every character in
    place: each character is found with ``str.rfind`` rather than a Python loop."""
    lowered = long.lower()
    s_i, l_i = len(short) - 1, len(long) - 1
    while s_i >= 0:
        c = short[s_i].lower()
        if not c.isalnum():
            s_i -= 1
            continue
        l_i = lowered.rfind(c, 0, l_i + 1)
        if s_i == 0:
            while l_i > 0 and long[l_i - 1].isalnum():  # the first character starts a word
                l_i = lowered.rfind(c, 0, l_i)
        if l_i < 0:
            return None
        l_i -= 1
        s_i -= 1
    start = max(long.rfind(" ", 0, l_i + 1), long.rfind("\n", 0, l_i + 1), long.rfind("\t", 0, l_i + 1)) + 1
    return long[start:]
