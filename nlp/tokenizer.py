"""A tokenizer that keeps the names of models and datasets whole.

spaCy's English rules split ``Llama-3.1-405B`` at the digit hyphen and
``ViT-L/14`` at the letter hyphen, and a span can never start or end inside a
token. We add a ``token_match`` for versioned and sized names, and split a
hyphen only in front of a lowercase word, and a slash only
before a word (``SSIM/PSNR``) rather than a size (``ViT-L/14``), so ``CNN-based`` still yields ``CNN``.
Two metrics joined by a hyphen (``PSNR-FLOP``, ``accuracy-FLOPs``) are split too: each is
a metric's name, and a hyphen before a capital would otherwise keep them one word.
"""
import re

import spacy
from spacy.lang.char_classes import ALPHA_UPPER
from spacy.lang.en import English
from spacy.lang.tokenizer_exceptions import emoticons
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# One segment of a name: letters and digits, at least one of them an uppercase
# letter or a digit, or a short lowercase piece ("v", "xl"). ("dB/0.914" is a unit and the next figure, no name.)
_SEGMENT = r"(?:[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[a-z]{1,2})"
NAME_PATTERN = re.compile(
    rf"^(?:(?!dB/)(?=[^ ]*[A-Z0-9])[A-Za-z][A-Za-z0-9]*(?:[-.]{_SEGMENT}|/[0-9]+(?:\.[0-9]+)?[KMBT]?)+"
    # ...or letters then digits in one word (GSM8K, T5, YOLOv8), which the
    # unit suffixes would otherwise cut ("GSM8" + "K").
    rf"|[A-Za-z]+[0-9][A-Za-z0-9]*)$"
)

# The stock English infix rule that splits any hyphen before a letter; we
# replace it with one that splits only before a lowercase word of 2+ letters.
_HYPHEN_BEFORE_LETTER = r"(?<=[{a}0-9])(?:{h})(?=[{a}])"


def _infixes():
    from spacy.lang.char_classes import ALPHA, HYPHENS

    stock = English.Defaults.infixes
    hyphen_rule = _HYPHEN_BEFORE_LETTER.format(a=ALPHA, h=HYPHENS)
    rules = [r for r in stock if r != hyphen_rule]
    assert len(rules) == len(stock) - 1, "spaCy's hyphen infix rule changed; update nlp/tokenizer.py"
    rules.append(rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[a-z]{{2,}})")
    # "×" between numbers and names ("256×256", "3.18×") is its own token.
    rules.append(r"×")
    # Pages that drop the "×" glyph leave "3.18times", "2times": split the figure off.
    rules.append(r"(?<=[0-9])(?=times\b)")
    # "FID=3.1", "k=4": the equals sign between a name and a figure.
    rules.append(r"(?<=[A-Za-z0-9])=(?=[0-9.])")
    # "2.9x faster", "5x": the multiplier sign is its own token, as "×" is.
    rules.append(r"(?<=[0-9])(?=x\b)")
    rules.append(r"(?<=[0-9])(?=X\b)")  # "a 14X cut", "106X less": the capital sign, as pages write it too
    # "10ms", "35dB", "30fps", "12.5s": a unit written onto its figure ("1990s" keeps its s).
    rules.append(r"(?<=[0-9])(?=(?:ms|dB|fps|FPS|Hz|kHz)\b)")
    rules.append(r"(?<=[0-9]\.[0-9])(?=s\b)")
    rules.append(r"(?<=[0-9]\.[0-9][0-9])(?=s\b)")
    # "5x-16x faster", "5%-16%": a range of figures with units splits at its dash.
    rules.append(r"(?<=[0-9][xX×%])[-–](?=[0-9])")
    # "a 1.9–2.2× speed-up", "12–38%": an en dash between figures splits, as spaCy's rule splits a hyphen,
    # and so does a tilde ("2.35x~3.47x", "2~4 steps")
    rules.append(r"(?<=[0-9])[–—](?=[0-9])")
    rules.append(r"(?<=[0-9xX×%])~(?=[0-9])")
    # "HumanEval+/MBPP+/LiveCodeBench": names listed with slashes, after a name that ends in a plus.
    rules.append(r"(?<=[A-Za-z0-9]\+)/(?=[A-Za-z])")
    # "31.31%/12.88%": figures listed with a slash.
    rules.append(r"(?<=[0-9])%(?=/[0-9])")
    rules.append(r"(?<=[0-9]%)/(?=[0-9])")
    # "92.3/88.1 EM/F1", "a PSNR/SSIM of 32.1/0.91": decimal figures listed with a slash ("1/4" stays whole).
    rules.append(r"(?<=[0-9]\.[0-9])/(?=[0-9])")
    rules.append(r"(?<=[0-9]\.[0-9][0-9])/(?=[0-9])")
    rules.append(r"(?<=[0-9])/(?=[0-9]+\.[0-9])")
    # "91.3±0.4%": a spread written onto its figure is its own figure, as "91.3 ± 0.4%" is.
    rules.append(r"(?<=[0-9%])±(?=[0-9.])")
    # "33.21dB/0.9012", "31.08 dB/0.914": figures listed with a slash after a unit, written onto the first or not.
    rules.append(r"(?<=dB)/(?=[0-9])")
    # "12.3→9.8", "62.1->65.4": a change written with an arrow splits at it, as "12.3 → 9.8" does.
    rules.append(r"(?<=[0-9%])(?:→|->)(?=[0-9.])")
    # "FID<1.5", "error≤2%": a bound between a name and a figure, as "=" is.
    rules.append(r"(?<=[A-Za-z0-9])[<>≤≥](?=[0-9.])")
    # "1.26\%": a percent sign escaped for LaTeX, as pages built from arXiv sources show it.
    rules.append(r"(?<=[0-9])(?=\\%)")
    return rules


def metric_words(kb_dir=None):
    """The one-word metric names of the knowledge base ("PSNR", "FLOPs", "NFE", "accuracy")."""
    import json
    import os
    from pathlib import Path

    from .kb import KB_DIR

    path = Path(kb_dir or os.environ.get("PAPERLENS_KB_DIR") or KB_DIR) / "metrics.jsonl"
    words = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            words.update(w for w in (entry["canonical"], *entry["aliases"]) if re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", w))
    return words


def name_match(metrics):
    """``token_match``: a versioned or sized name stays one token (``NAME_PATTERN``), but two
    metrics joined by a hyphen are two names ("PSNR-FLOP trade-offs", "FID-NFE curve")."""

    def match(text):
        found = NAME_PATTERN.match(text)
        if found and text.count("-") == 1 and all(part in metrics for part in text.split("-")):
            return None
        return found

    return match


def _metric_hyphen(metrics):
    """An infix rule: the hyphen before a metric's name that starts with a capital ("PSNR-FLOP"),
    for the words ``name_match`` leaves to the infixes."""
    names = sorted((m for m in metrics if m[0].isupper()), key=len, reverse=True)
    return rf"(?<=[A-Za-z0-9])-(?=(?:{'|'.join(map(re.escape, names))})(?![A-Za-z0-9]))" if names else None


def _suffixes():
    # A sentence-final period after a name or unit ending in a capital or digit
    # ("GSM8K.", "Llama-3.1-405B.", "below 2 Å.") is its own token; stock rules keep it on.
    # Abbreviations such as "e.g." and "U.S." are special cases, matched first.
    # "90%+ accuracy", "90+%": the plus of a bound after a figure is its own token.
    return list(English.Defaults.suffixes) + [rf"(?<=[{ALPHA_UPPER}0-9])\.", r"(?<=[0-9]%)\+"]


TEXT_KEY = "paperlens.text"
CACHE_SIZE = 200_000


class PaperLensTokenizer(Tokenizer):
    """spaCy's tokenizer, keeping the input string on the doc.

    Our components search the text with regular expressions; ``doc.text``
    rebuilds it from every token in Python, which costs more than tokenizing.
    """

    def __call__(self, text):
        doc = super().__call__(text)
        doc.user_data[TEXT_KEY] = text
        return doc


def text_of(doc):
    """The doc's text, without rebuilding it when the tokenizer kept it."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text


# Units that end sentences after a figure, which spaCy's English exceptions read as abbreviations.
UNIT_STOPS = {"s.", "h.", "m.", "ms.", "min."}
# spaCy's English exceptions keep emoticons whole, and abstracts write none, but some are written
# punctuation there: "(rank 8)" kept "8)" one token, so its figure was lost, and "Throughput
# (tokens/s): A 3,412" kept "):" one token, so the colon that opens a list was not one.
EMOTICONS = frozenset(emoticons)


@spacy.registry.tokenizers("paperlens.Tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        stock = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        metrics = metric_words()
        infixes = _infixes()
        hyphen = _metric_hyphen(metrics)
        if hyphen:
            infixes.append(hyphen)
        return PaperLensTokenizer(
            nlp.vocab,
            # "takes 0.38 s." ends a sentence on a unit: the English exceptions for "s." and "h."
            # (initials, "p.") would keep the full stop on it
            # (nor emoticons, whose characters are punctuation and figures in an abstract)
            rules={k: v for k, v in stock.rules.items() if k not in UNIT_STOPS and k not in EMOTICONS},
            # "≈30%", "≈2x": an approximately-equal sign before a figure is its own token, as "~" is
            # ("$0.19" stays whole, an amount the results read as a figure in dollars)
            prefix_search=compile_prefix_regex(
                [p if p != "\\$" else "\\$(?![0-9])" for p in nlp.Defaults.prefixes] + ["≈"]).search,
            suffix_search=compile_suffix_regex(_suffixes()).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=name_match(metrics),
            url_match=stock.url_match,
            # spaCy caches the tokens of each whitespace-separated chunk, but
            # only its first 10,000; building the matchers from the knowledge
            # base alone fills that, and a server sees far more distinct words.
            max_cache_size=CACHE_SIZE,
        )

    return make
