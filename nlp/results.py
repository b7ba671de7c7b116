"""Reported results: a figure tied to its metric, and where the sentence says so,
its dataset and method ("On unconditional CIFAR-10, LowDiff achieves an FID of 2.11").

Results are read off the entities the earlier components found, so a metric the
knowledge base knows, or one the paper defines, can carry a figure.
"""
import bisect
import re

from spacy.language import Language
import numpy
from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Span

from .components import candidates, char_ranges
from .tokenizer import text_of

Doc.set_extension("results", default=None, force=True)

# A figure, with its unit written on ("2.9x", "3.18times") or standing after it.
NUMBER = re.compile(r"^([+\-−±]?)(\d+(?:[.,]\d+)?)(x|×|times|%|dB)?$")
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(\[])")
UNITS = {"%": "%", "×": "×", "x": "×", "times": "×", "dB": "dB", "db": "dB", "ms": "ms", "s": "s", "GB": "GB",
         "MB": "MB", "points": "points", "pp": "points", "M": "M", "B": "B", "K": "K", "fps": "fps", "FPS": "fps"}
# Words that tie a metric to the figure after it: "an FID of 2.11", "PSNR = 32.1", "accuracy reaching 80%".
LINKS = {"of", "=", ":", "at", "by", "reaching", "reaches", "achieves", "achieving", "to", "is", "was", "approximately",
         "about", "around", "roughly", "nearly", "only", "up", "over", "than", "improvement", "gain", "gains",
         "increase", "reduction", "drop", "score", "scores", "(", "just", "~", "≈", "a", "an", "the", "with", "and",
         "respectively", ",", "<", ">", "≤", "≥", "vs", "vs.", "below", "under", "from", "stays", "remains",
         "falls", "drops", "rises", "constant"}
AFTER_FIGURE = {"on", "in", "across", "for", "the", "%", "×", "x", "times", "points", "pp", "dB", "improvement",
                "gain", "gains", "accuracy", "higher", "lower", "better"}
COORDINATION = {"and", ",", "/", "or", "respectively", "vs", "vs.", "versus"}
REDUCTION_WORDS = {"smaller", "fewer", "less", "lower", "reduction", "cut", "cheaper"}
SPEEDUP_WORDS = {"faster", "speedup", "speed-up", "acceleration", "accelerates", "quicker"}
GAIN_WORDS = {"improvement", "improvements", "gain", "gains", "boost", "increase"}
SETTING_WORDS = {"parameters", "params", "epochs", "iterations", "steps", "images", "samples", "tokens", "layers",
                 "hours", "days", "gpus", "bits", "bit", "billion", "million", "k", "context", "sparsity",
                 "pruning", "of"}


def figure(tok):
    """(sign, value, unit) if the token is a figure, else None."""
    match = NUMBER.match(tok.text)
    if not match:
        return None
    sign, digits, unit = match.groups()
    try:
        value = float(digits.replace(",", "")) if digits.count(",") == 0 or len(digits.split(",")[-1]) == 3 else None
    except ValueError:
        return None
    if value is None:
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if unit is None and nxt is not None and nxt.text in UNITS:
        unit = nxt.text
    return sign, value, UNITS.get(unit) if unit else None


@Language.factory("paperlens_results", default_config={"window": 6})
def make_results(nlp, name, window):
    return ResultExtractor(window)


class ResultExtractor:
    def __init__(self, window):
        self.window = window

    def __call__(self, doc):
        # Only tokens that look like numbers are looked at one by one, and
        # sentences are found in the text: no pass over every token in Python.
        found = []  # (token, figure, sentence entities, metric span, metric)
        bounds = ents = None
        for i in numpy.flatnonzero(doc.to_array(LIKE_NUM)).tolist():
            tok = doc[i]
            fig = figure(tok)
            if fig is None or self._is_setting(tok, fig) or self._is_starting_point(tok, fig):
                continue
            if bounds is None:
                text = text_of(doc)
                bounds = [0] + [b.end() for b in SENTENCE_END.finditer(text)] + [len(text) + 1]
                found_ents = candidates(doc)
                ents = [(*c, *r) for c, r in zip(found_ents, char_ranges(doc, found_ents))]
                in_entity = bytearray(len(doc))
                for c in found_ents:
                    in_entity[c[0] : c[1]] = b"\x01" * (c[1] - c[0])
                by_sentence = {}
            if in_entity[i]:
                continue
            k = bisect.bisect_right(bounds, tok.idx)
            sentence_ents = by_sentence.get(k)
            if sentence_ents is None:
                lo, hi = bounds[k - 1], bounds[k]
                sentence_ents = by_sentence[k] = [Span(doc, s, e, label=label, kb_id=canonical)
                                                  for s, e, label, canonical, cs, ce in ents if cs >= lo and ce <= hi]
            found.append([tok, fig, sentence_ents, *self._metric(doc, tok, sentence_ents, fig)])
        self._share_metrics(doc, found)
        results = []
        claimed = set()
        for tok, fig, sentence_ents, metric_span, metric in found:
            dataset = self._dataset(sentence_ents, tok, claimed)
            if metric is None:
                continue
            sign, value, unit = fig
            end_tok = self._after_unit(tok, fig) - 1
            start = min(tok.idx, metric_span.start_char if metric_span is not None else tok.idx)
            end = max(doc[end_tok].idx + len(doc[end_tok].text), metric_span.end_char if metric_span is not None else 0)
            result = {
                "metric": metric, "value": -value if sign in {"-", "−"} else value, "unit": unit,
                "dataset": dataset, "method": self._method(sentence_ents, tok),
                "start": start, "end": end,
            }
            low = self._range_low(tok)
            if low is not None:
                result["value_low"] = low
            results.append(result)
        doc._.results = results
        return doc

    @staticmethod
    def _after_unit(tok, fig):
        """The index just past the figure and a unit written as its own token."""
        doc = tok.doc
        return tok.i + (2 if fig[2] and tok.i + 1 < len(doc) and doc[tok.i + 1].text in UNITS else 1)

    def _share_metrics(self, doc, found):
        """ "2.9x and 1.5x faster", "41% and 24%": figures joined by "and", "," or "/"
        report the same metric; a figure without one takes its neighbour's."""
        for _ in range(2):
            for a, b in zip(found, found[1:]):
                between = doc[self._after_unit(a[0], a[1]) : b[0].i]
                joined = len(between) <= 3 and all(t.lower_ in COORDINATION for t in between)
                # "a WER of 2.6% on test-clean and 6.1% on test-other", "compared with 5.9% for VALL-E"
                listed = (len(between) <= 8 and a[1][2] is not None and a[1][2] == b[1][2]
                          and any(t.lower_ in COORDINATION or t.lower_ in {"with", "against"} for t in between)
                          and not any(t.text in {".", ";", ":"} or t.like_num for t in between))
                if not (joined or listed):
                    continue
                if a[4] is None and b[4] is not None and joined:
                    a[3], a[4] = b[3], b[4]
                elif b[4] is None and a[4] is not None:
                    b[3], b[4] = a[3], a[4]

    def _is_starting_point(self, tok, fig):
        """ "raises term accuracy from 71% to 93%": 71% is where it started."""
        doc = tok.doc
        after = self._after_unit(tok, fig)
        return (tok.i > 0 and doc[tok.i - 1].lower_ == "from" and after + 1 < len(doc)
                and doc[after].lower_ == "to" and figure(doc[after + 1]) is not None)

    def _is_setting(self, tok, fig):
        _, value, unit = fig
        doc = tok.doc
        if unit is None and float(value).is_integer() and 1900 <= value <= 2100:
            return True  # a year
        after = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
        if unit == "×":
            nxt = after[1] if len(after) > 1 and after[0] in UNITS else (after[0] if after else "")
            if nxt[:1].isdigit():
                return True  # a size such as "256 times 256"
        if after and (after[0] in SETTING_WORDS or (len(after) > 1 and after[0] in UNITS and after[1] in SETTING_WORDS)):
            return True
        if tok.i > 0 and doc[tok.i - 1].text in {"times", "×", "x", "/", "^"}:
            return True  # the second half of a size
        return False

    def _metric(self, doc, tok, ents, fig):
        """The metric the figure reports: a METRIC entity linked before it, or standing right after it."""
        metrics = [e for e in ents if e.label_ == "METRIC"]
        for e in sorted((e for e in metrics if e.end <= tok.i), key=lambda e: -e.end):
            between = doc[e.end : tok.i]
            if len(between) <= self.window and all(t.lower_ in LINKS or figure(t) or t.like_num for t in between):
                return e, e._.canonical
            break
        unit_skip = 2 if fig[2] and tok.i + 1 < len(doc) and doc[tok.i + 1].text in UNITS else 1
        for e in metrics:
            gap = doc[tok.i + unit_skip : e.start]
            if e.start >= tok.i + unit_skip and len(gap) <= 2 and all(not t.is_punct for t in gap):
                return e, e._.canonical
        nxt = doc[tok.i + unit_skip] if tok.i + unit_skip < len(doc) else None
        if fig[2] == "×" and nxt is not None:
            # "2.3x faster", "3.18× compression speed up", "3x inference speedup"
            words = doc[nxt.i : nxt.i + 4]
            for k, t in enumerate(words):
                if t.lower_ in SPEEDUP_WORDS or (t.lower_ == "speed" and k + 1 < len(words)
                                                 and words[k + 1].lower_ == "up"):
                    qualifier = " ".join(w.lower_ for w in words[:k] if w.is_alpha)
                    end = nxt.i + k + (2 if t.lower_ == "speed" else 1)
                    return doc[nxt.i : end], f"{qualifier} speed-up".strip()
                if t.lower_ in REDUCTION_WORDS and k == 0:
                    # "7.3times fewer trainable parameters", "10-100X smaller"
                    what = [w for w in doc[t.i + 1 : t.i + 4] if w.is_alpha and not w.is_stop]
                    words = [w.lower_ for w in what[:2]]
                    if words and words[-1].endswith("s") and not words[-1].endswith("ss"):
                        words[-1] = words[-1][:-1]
                    return doc[nxt.i : t.i + 1], " ".join(words + ["reduction"])
                if not t.is_alpha or t.is_stop:
                    break
        if fig[0] == "+" or (nxt is not None and nxt.lower_ in GAIN_WORDS and fig[2] in {"%", "points"}):
            return None, "improvement"
        return None, None

    @staticmethod
    def _range_low(tok):
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text in {"-", "–", "to"}:
            prev = figure(doc[tok.i - 2])
            if prev:
                return prev[1]
        return None

    @staticmethod
    def _dataset(ents, tok, claimed, reach=25):
        """The dataset of a figure: the nearest one named shortly before it in the sentence
        ("On FFHQ 64x64, LowDiff achieves an FID of 2.43"), else the nearest after it
        ("80.7% top-1 accuracy on ImageNet")."""
        datasets = [e for e in ents if e.label_ == "DATASET"]
        doc = tok.doc
        for e in datasets:  # "+20% on the TSB-AD leaderboard" names its dataset right after
            between = doc[tok.i + 1 : e.start]
            if 0 < len(between) <= 4 and any(t.lower_ in {"on", "in", "across", "for"} for t in between) \
                    and all(t.lower_ in AFTER_FIGURE for t in between):
                claimed.add(e.start)
                return e._.canonical
        # A dataset that another figure named right after itself is that figure's alone.
        before = [e for e in datasets if e.end <= tok.i and tok.i - e.end <= reach and e.start not in claimed]
        if before:
            return before[-1]._.canonical
        after = [e for e in datasets if e.start > tok.i]
        return after[0]._.canonical if after else None

    @staticmethod
    def _method(ents, tok):
        """The method the figure is reported for: the nearest METHOD before it in the sentence."""
        before = [e for e in ents if e.label_ == "METHOD" and e.end <= tok.i]
        return before[-1]._.canonical if before else None
