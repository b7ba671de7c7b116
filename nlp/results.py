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
COMPARISON = {"versus", "vs", "vs.", "compared", "whereas", "while", "against", "than", "but", "yet", "for",
              "and", "over", "below", "above"}
COORDINATION = {"and", ",", "/", "or", "respectively", "vs", "vs.", "versus"}
REDUCTION_WORDS = {"smaller", "fewer", "less", "lower", "reduction", "cut", "cheaper"}
SPEEDUP_WORDS = {"faster", "speedup", "speed-up", "acceleration", "accelerates", "quicker"}
ACCELERATE_WORDS = {"accelerates", "accelerate", "accelerated", "accelerating", "speeds", "speeding"}
GAIN_WORDS = {"improvement", "improvements", "gain", "gains", "boost", "increase"}
# The last word of a phrase that names what a figure measures, when the phrase is
# not a known metric: "an edit efficacy of 96.1%", "reduces exposure disparity by 63%".
METRIC_HEADS = {"accuracy", "score", "scores", "rate", "error", "errors", "loss", "f1", "recall", "precision",
                "coverage", "efficacy", "correlation", "distance", "similarity", "ratio", "gap", "time", "latency",
                "throughput", "utility", "premium", "cost", "costs", "length", "perplexity", "auc", "ap", "map",
                "miou", "iou", "kappa", "reward", "return", "fidelity", "agreement", "specificity", "sensitivity",
                "generalisation", "generalization", "violations", "disparity", "usage", "overhead", "footprint",
                "consumption", "success", "bleu", "rouge", "wer", "cer", "mae", "mse", "rmse", "ndcg", "mrr", "hits",
                "fid", "psnr", "ssim", "lpips", "mos", "efficiency", "robustness", "calibration", "regret"}
# Verbs that report a change in what the figure measures: "reduces X by 63%", "X rises from 65.3 to 67.8".
CHANGE_VERBS = {"saves", "save", "reduces", "reduce", "reduced", "reducing", "cuts", "cut", "lowers", "lowered", "improves", "improve",
                "improved", "improving", "raises", "raised", "increases", "increased", "boosts", "boosted",
                "decreases", "decreased", "rises", "rose", "drops", "dropped", "falls", "fell", "halves", "grows",
                "goes", "climbs", "declines", "lifts", "lifted"}
# Words between "by" and the figure: "by up to 2.1x", "by a relative 7%", "by an average of 2.9x".
BY_FILLERS = {"up", "to", "a", "an", "relative", "average", "of", "over", "more", "than", "about", "nearly",
              "roughly", "around", "approximately", "almost", "only", "just", "~", "≈", "further", "another"}
# Words that may precede a figure after the phrase naming its metric: "an efficacy of (about) 96.1%", "X is 0.263".
PHRASE_LINKS = {"of", "is", "are", "was", "were", "=", ":", "about", "approximately", "around", "roughly", "nearly",
                "only", "just", "~", "≈", "reaches", "reached", "remains", "stays", "averages", "exceeds",
                "below", "to"}
# Words that qualify a metric without naming a different one: "an average Spearman correlation".
LOOSE_MODIFIERS = {"average", "mean", "overall", "best", "final", "higher", "lower", "better", "worse", "new",
                   "relative", "absolute", "strong", "high", "low", "reported", "resulting", "total"}
SENTENCE_PUNCT = {".", ";", "!", "?", ":"}
AT_K_FIGURE = re.compile(r"@\d")
# Plural words after a whole number that still make it a result: "41 BLEU points", "2 dB gains".
NOT_COUNTS = {"points", "gains", "improvements", "percent", "wins"}
SETTING_WORDS = {"km", "cm", "kg", "layer", "shot", "way", "billion-parameter", "parameters", "params", "epochs", "iterations", "steps", "images", "samples", "tokens", "layers",
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
            found.append([tok, fig, sentence_ents, *self._metric(doc, tok, sentence_ents, fig), None])
        self._share_metrics(doc, found)
        paired = self._respectively(doc, found)
        results = []
        claimed = set()
        datasets = {}
        for tok, fig, sentence_ents, metric_span, metric, compared_with in found:
            if tok.i in paired:
                dataset = paired[tok.i]
            elif compared_with is not None and compared_with.i in datasets and not self._named_after(sentence_ents, tok):
                dataset = datasets[compared_with.i]  # "38.6% on AlpacaEval 2.0, compared with 30.2% for DPO"
            else:
                dataset = self._dataset(sentence_ents, tok, claimed)
            datasets[tok.i] = dataset
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
                # "an MAE of 0.298 versus 0.361 for CSDI", "reaches 47.3%, and Gemini 1.5 Pro reaches 61.8%"
                compared = (len(between) <= 14 and a[1][2] == b[1][2] and b[4] is None
                            and any(t.lower_ in COMPARISON for t in between)
                            and not any(t.text in SENTENCE_PUNCT for t in between)
                            and not any(e.label_ == "METRIC" and e.start >= between.start and e.end <= between.end
                                        for e in b[2]))
                # "an accuracy of 81.0%, an improvement of 5.8 points", "surpassing HSNet by 7.3 points"
                difference = (len(between) <= 14 and b[1][2] in {"points", None} and a[4] is not None
                              and (b[4] is None or b[4] == "improvement")
                              and not any(t.text in SENTENCE_PUNCT for t in between)
                              and not any(e.label_ == "METRIC" and e.start >= between.start
                                          and e.end <= between.end for e in b[2]))
                if difference:
                    b[3], b[4], b[5] = a[3], a[4], a[0]
                    continue
                if not (joined or listed or compared):
                    continue
                if a[4] is None and b[4] is not None and joined:
                    a[3], a[4] = b[3], b[4]
                elif b[4] is None and a[4] is not None:
                    b[3], b[4] = a[3], a[4]
                    if compared and not joined:
                        b[5] = a[0]

    def _respectively(self, doc, found):
        """ "On METR-LA and PEMS-BAY, DynaST achieves an MAE of 3.19 and 1.71, (respectively,)
        compared with 3.53 and 1.95 for Graph WaveNet": figures listed together pair in order
        with the datasets listed together in their sentence."""
        paired = {}
        runs, run = [], [found[0]] if found else []
        for a, b in zip(found, found[1:]):
            between = doc[self._after_unit(a[0], a[1]) : b[0].i]
            if len(between) <= 3 and all(t.lower_ in COORDINATION for t in between) and a[2] is b[2]:
                run.append(b)
            else:
                runs.append(run)
                run = [b]
        runs.append(run)
        for run in runs:
            if len(run) < 2:
                continue
            lists = self._dataset_lists(doc, run[0][2])
            match = [names for names in lists if len(names) == len(run)]
            if match:
                # the list nearest before the figures, else the first after them
                before = [names for names in match if names[-1].end <= run[0][0].i]
                names = before[-1] if before else match[0]
                for (tok, *_), name in zip(run, names):
                    paired[tok.i] = name._.canonical
        return paired

    @staticmethod
    def _dataset_lists(doc, ents):
        """Datasets of a sentence written as a list: "METR-LA and PEMS-BAY", "A, B and C"."""
        lists, current = [], []
        for e in (e for e in ents if e.label_ == "DATASET"):
            if current and all(t.lower_ in {"and", ",", "or", "the"} for t in doc[current[-1].end : e.start]):
                current.append(e)
            else:
                if len(current) > 1:
                    lists.append(current)
                current = [e]
        if len(current) > 1:
            lists.append(current)
        return lists

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
        if len(after) > 1 and after[0] == "-" and after[1] in SETTING_WORDS:
            return True  # "4-bit", "8-layer"
        if tok.i > 0 and doc[tok.i - 1].lower_ in {"fixed", "budget", "target"}:
            return True  # "recall at a fixed 0.1% false positive rate"
        if tok.i > 0 and doc[tok.i - 1].text in {"times", "×", "x", "/", "^", "±", "+/-", "RTX", "GTX", "T", "N"}:
            return True  # the second half of a size, a standard deviation, a GPU's model number
        if unit is None and float(value).is_integer() and value >= 2 and len(after) > 0 and after[0] not in UNITS:
            # a count: "after 10,000 sequential edits", "on 12 targets", "with 24 views"
            nouns = [t for t in doc[tok.i + 1 : tok.i + 3] if t.is_alpha and t.is_lower]
            if nouns and (nouns[0].i == tok.i + 1) and any(t.text.endswith("s") and len(t.text) > 3
                                                          and t.text not in NOT_COUNTS for t in nouns):
                return True
        return False

    def _metric(self, doc, tok, ents, fig):
        """The metric the figure reports: a METRIC entity linked before it, or standing right after it."""
        metrics = [e for e in ents if e.label_ == "METRIC"]
        for e in sorted((e for e in metrics if e.end <= tok.i), key=lambda e: -e.end):
            between = doc[e.end : tok.i]
            if len(between) <= self.window and all(self._links(t, ents) for t in between):
                return self._qualified(doc, e, ents)
            break
        if fig[2] == "×" and any(t.lower_ in ACCELERATE_WORDS for t in doc[max(0, tok.i - 10) : tok.i]) \
                and tok.i > 0 and doc[tok.i - 1].lower_ in BY_FILLERS | {"by"}:
            return None, "speed-up"  # "accelerates the image encoder of OpenCLIP by 1.7×"
        unit_skip = 2 if fig[2] and tok.i + 1 < len(doc) and doc[tok.i + 1].text in UNITS else 1
        for e in metrics:
            gap = doc[tok.i + unit_skip : e.start]
            if e.start >= tok.i + unit_skip and len(gap) <= 2 and all(not t.is_punct for t in gap):
                return e, self._metric_name(e)
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
        phrase = self._phrase_metric(doc, tok, ents)
        if phrase is not None:
            return phrase
        if fig[0] == "+" or (nxt is not None and nxt.lower_ in GAIN_WORDS and fig[2] in {"%", "points"}):
            return None, "improvement"
        return None, None

    def _phrase_metric(self, doc, tok, ents):
        """A metric named by a phrase the knowledge base does not hold, read off the
        words before the figure: "an edit efficacy of 96.1%", "the CheXbert F1 is 0.263",
        "reduces exposure disparity by 63%", "the Level 2 mAPH rises from 65.3 to 67.8"."""
        lo = tok.i
        while lo > 0 and tok.i - lo < 16 and doc[lo - 1].text not in SENTENCE_PUNCT:
            lo -= 1
        j = tok.i - 1
        # "from 65.3 to 67.8": the figure it started from stands between
        if j - 2 >= lo and doc[j].lower_ == "to" and figure(doc[j - 1]) and doc[j - 2].lower_ == "from":
            j -= 3
        elif j - 3 >= lo and doc[j].lower_ == "to" and doc[j - 1].text in UNITS and figure(doc[j - 2]) \
                and doc[j - 3].lower_ == "from":
            j -= 4
        if j >= lo and (doc[j].lower_ in BY_FILLERS or doc[j].lower_ == "by"):
            k = j
            while k >= lo and doc[k].lower_ in BY_FILLERS:
                k -= 1
            if k >= lo and doc[k].lower_ == "by":
                # "reduces exposure disparity by 63%" or "exposure disparity improves by 63%"
                verb = next((v for v in range(k - 1, max(lo, k - 8) - 1, -1) if doc[v].lower_ in CHANGE_VERBS), None)
                if verb is None:
                    return None
                if verb + 1 < k:
                    return self._phrase_at(doc, verb + 1, k, ents, need_boundary=False)
                return self._phrase_before(doc, verb, lo, ents)
        if j >= lo and doc[j].lower_ in CHANGE_VERBS:
            return self._phrase_before(doc, j, lo, ents)
        if j - 1 >= lo and doc[j].lower_ == "from" and doc[j - 1].lower_ in CHANGE_VERBS:
            return self._phrase_before(doc, j - 1, lo, ents)
        if j >= lo and doc[j].lower_ == "from":
            verb = next((v for v in range(j - 1, max(lo, j - 8) - 1, -1) if doc[v].lower_ in CHANGE_VERBS), None)
            if verb is not None and verb + 1 < j:
                return self._phrase_at(doc, verb + 1, j, ents, need_boundary=False)
            return None
        k = j
        while k >= lo and k > j - 3 and doc[k].lower_ in PHRASE_LINKS:
            k -= 1
        if k == j:
            return None
        return self._phrase_before(doc, k + 1, lo, ents)

    @staticmethod
    def _links(tok, ents):
        """Whether a word between a metric and its figure keeps them together: "an MAE of",
        "the MAPE from 14.9% to", "a mean absolute error (MAE) of", "accuracy on LAMBADA is"."""
        if tok.lower_ in LINKS or tok.text in UNITS or tok.text == ")" or tok.like_num or figure(tok):
            return True
        return any(e.label_ in {"METRIC", "DATASET"} and e.start <= tok.i < e.end for e in ents)

    def _qualified(self, doc, metric, ents):
        """A known metric with the words that qualify it: "a strict entity F1 of 94.2%"
        reports a strict entity F1, not any F1 score."""
        lo = metric.start
        while lo > 0 and metric.start - lo < 4 and doc[lo - 1].text not in SENTENCE_PUNCT:
            lo -= 1
        found = self._phrase_before(doc, metric.end, lo, ents)
        return found if found is not None else (metric, self._metric_name(metric))

    @staticmethod
    def _metric_name(metric):
        """A metric's canonical name, with the cut-off the paper reports ("NDCG@5", not "NDCG")."""
        text = metric.text
        if "@" in text and AT_K_FIGURE.search(text):
            return text
        return metric._.canonical

    def _phrase_before(self, doc, end, lo, ents):
        """The metric phrase that ends just before token ``end``, bounded on its left by
        a determiner, a preposition, punctuation or the sentence start."""
        start = end
        while start > lo and end - start < 6:
            prev = doc[start - 1]
            if prev.text == "-" and not prev.whitespace_ and start - 2 >= lo and not doc[start - 2].whitespace_:
                start -= 2  # "zero-shot", "out-of-distribution": a compound, not punctuation
                continue
            if prev.is_stop or prev.is_punct or prev.like_num or prev.lower_ in CHANGE_VERBS \
                    or not (prev.is_alpha or prev.text[:1].isalpha() and prev.text.replace("@", "").isalnum()):
                break
            start -= 1
        if start == end:
            return None
        boundary = doc[start - 1] if start > lo else None
        if boundary is not None and not (boundary.is_stop or boundary.is_punct or boundary.like_num):
            return None  # "achieves F1 of": the phrase's start is not known
        return self._phrase_at(doc, start, end, ents, need_boundary=True)

    def _phrase_at(self, doc, start, end, ents, need_boundary):
        """The metric that the words doc[start:end] name, if they name one."""
        while start < end and (doc[start].is_stop or doc[start].is_punct):
            start += 1
        # "cumulative constraint violations during training": the phrase ends at a preposition
        for k in range(start, end):
            if doc[k].is_punct and doc[k].text != "-" or (doc[k].is_stop and doc[k].lower_ != "of"):
                end = k
                break
        if start >= end or end - start > 5:
            return None
        words = doc[start:end]
        for e in ents:
            if e.start >= start and e.end <= end and e.label_ != "METRIC":
                return None  # "improves Video-LLaVA by 9.6 points" names a method, not a metric
        metric = next((e for e in ents if e.label_ == "METRIC" and e.end == end and e.start >= start), None)
        if metric is not None:
            modifiers = [t.text for t in doc[start:metric.start] if t.lower_ not in LOOSE_MODIFIERS]
            if not modifiers:
                return metric, self._metric_name(metric)
            return words, re.sub(r"\s*-\s*", "-", " ".join(modifiers + [metric.text]))
        if words[-1].lower_.rsplit("-", 1)[-1] not in METRIC_HEADS:
            return None
        kept = [t.text if t.text.isupper() or any(c.isdigit() for c in t.text) else t.lower_
                for t in words if t.lower_ not in LOOSE_MODIFIERS]
        if not kept:
            return None
        return words, re.sub(r"\s+-\s+", "-", " ".join(kept))

    @staticmethod
    def _range_low(tok):
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text in {"-", "–", "to"}:
            prev = figure(doc[tok.i - 2])
            if prev:
                return prev[1]
        return None

    @staticmethod
    def _named_after(ents, tok):
        """Whether a dataset is named right after the figure ("6.1% on test-other")."""
        doc = tok.doc
        return any(e.label_ == "DATASET" and 0 < e.start - tok.i <= 4
                   and any(t.lower_ in {"on", "in", "across", "for"} for t in doc[tok.i + 1 : e.start]) for e in ents)

    @staticmethod
    def _dataset(ents, tok, claimed, reach=80):
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
