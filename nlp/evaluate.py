"""Score the pipeline against gold annotations: precision, recall and F1 per label,
exact-match and overlap-match, and F1 over reported results.

Gold records follow docs/annotation-guidelines.md: ``title``, ``text``,
``title_spans``, ``spans``, ``results`` and a ``split``.
"""
import json
import re
from collections import ChainMap
from dataclasses import dataclass, field

from .labels import LABELS
from .qualifiers import STATISTIC_WORDS
from . import pipeline


class GoldError(ValueError):
    pass


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp, pred, gold):
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def precision(self):
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self):
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self):
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "predicted": self.pred, "gold": self.gold}


@dataclass
class Report:
    records: int = 0
    exact: dict = field(default_factory=lambda: {label: Counts() for label in LABELS})
    overlap: dict = field(default_factory=lambda: {label: Counts() for label in LABELS})
    results: Counts = field(default_factory=Counts)
    results_metric_value: Counts = field(default_factory=Counts)
    # the result with the method it is reported for: what the overlay's result card says
    results_with_method: Counts = field(default_factory=Counts)
    errors: list = field(default_factory=list)

    def total(self, kind):
        counts = Counts()
        for c in getattr(self, kind).values():
            counts.add(c.tp, c.pred, c.gold)
        return counts

    def as_dict(self):
        return {
            "records": self.records,
            "exact": {**{k: v.as_dict() for k, v in self.exact.items()}, "ALL": self.total("exact").as_dict()},
            "overlap": {**{k: v.as_dict() for k, v in self.overlap.items()}, "ALL": self.total("overlap").as_dict()},
            "results": self.results.as_dict(),
            "results_metric_value": self.results_metric_value.as_dict(),
            "results_with_method": self.results_with_method.as_dict(),
        }


def read_gold(lines, split=None):
    """Gold records from JSONL lines, checked so that a bad offset fails here, not as a wrong score."""
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"line {n}: not valid JSON ({e.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise GoldError(f"line {n}: a gold record needs a \"text\" string")
        for key, text in (("spans", record["text"]), ("title_spans", record.get("title") or "")):
            for span in record.get(key, []):
                if not (isinstance(span, dict) and span.get("label") in LABELS
                        and isinstance(span.get("start"), int) and isinstance(span.get("end"), int)
                        and 0 <= span["start"] < span["end"] <= len(text)):
                    raise GoldError(f"line {n}: bad span in {key}: {span!r}")
        if split in (None, "all") or record.get("split") == split:
            records.append(record)
    return records


def match_counts(pred, gold, overlap):
    """True positives for one block and one label, each gold span matched at most once."""
    if not overlap:
        return len(set(pred) & set(gold))
    used, tp = set(), 0
    for ps, pe in sorted(pred):
        for i, (gs, ge) in enumerate(sorted(gold)):
            if i not in used and ps < ge and gs < pe:
                used.add(i)
                tp += 1
                break
    return tp


def canonical_names(kb):
    """(label, surface in lower case) → canonical name. Looked up by label, so that a
    dataset written "SGD" (Schema-Guided Dialogue) is not mistaken for the optimiser."""
    if kb is None:
        return {}
    index = {}
    for entry in kb.entries:
        for surface in entry.surfaces:
            index.setdefault((entry.label, surface.lower()), entry.canonical)
    return index


def names_in_doc(blocks):
    """(label, surface in lower case) → canonical name, as the abstract itself defines them:
    "Schema-Guided Dialogue (SGD)" makes SGD that dataset here, whatever the knowledge base
    holds, so a gold result on "SGD" and a predicted one on "Schema-Guided Dialogue" agree."""
    found = {}
    for block in blocks:
        for span in block["spans"]:
            if span.get("canonical"):
                found.setdefault((span["label"], span["text"].lower()), span["canonical"])
                if span["label"] == "METRIC":
                    # "the average MPJPE": the measure's own name is defined as well, without the statistic
                    # the highlight shows (guideline decision 19)
                    text, canonical = span["text"].split(), span["canonical"].split()
                    while len(text) > 1 and len(canonical) > 1 and text[0].lower() in STATISTIC_WORDS \
                            and canonical[0] == text[0].lower():
                        text, canonical = text[1:], canonical[1:]
                        found.setdefault(("METRIC", " ".join(text).lower()), " ".join(canonical))
    return found


def _norm(name, label, names):
    """A name reduced to letters and digits after mapping it to its canonical form.
    A qualified metric maps its known tail: "word boundary F1" → "word boundary F1 score"."""
    if name is None:
        return None
    if (label, name.lower()) in names:
        return re.sub(r"[^0-9a-z]+", "", names[(label, name.lower())].lower())
    direction = DIRECTION_WORD.search(name)
    if direction and direction.start() > 0:
        # "memory usage reduction": the measure is named canonically, the direction kept
        return _norm(name[: direction.start()], label, names) + re.sub(r"[^0-9a-z]+", "", direction.group(1).lower())
    words = re.sub(r"-(?=[^-\s]+$)", "- ", name).split()  # "macro-AUC": "AUC" is a tail too
    for i in range(1, len(words)):
        tail = " ".join(words[i:]).lower()
        if (label, tail) in names:
            name = " ".join(words[:i] + [names[(label, tail)]])
            break
    return re.sub(r"[^0-9a-z]+", "", name.lower())


def _dataset_words(name, names):
    """A dataset's name as its canonical words, each reduced to letters and digits. A name the
    knowledge base knows only in part maps its longest known start: "COCO 2017 val" is
    MS-COCO 2017's val split. A resolution's "×" is an "x", and a leading "the" is not part
    of the name ("the Pile" is "Pile")."""
    if name is None:
        return None
    # "CIFAR-10 32×32" is "CIFAR-10 32x32"; "the Pile" is "Pile"
    words = name.replace("×", "x").split()
    for i in range(len(words), 0, -1):
        head = " ".join(words[:i]).lower()
        if ("DATASET", head) in names:
            words = names[("DATASET", head)].split() + words[i:]
            break
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return tuple(w for w in (re.sub(r"[^0-9a-z]+", "", w.lower()) for w in words) if w)


def result_key(result, names, with_dataset=True, with_method=False):
    value = result.get("value")
    value = round(float(value), 4) if isinstance(value, (int, float)) else None
    key = (_norm(result.get("metric"), "METRIC", names), value)
    key += (_dataset_words(result.get("dataset"), names),) if with_dataset else ()
    return key + ((_norm(result.get("method"), "METHOD", names),) if with_method else ())


def same_dataset(a, b):
    """Datasets agree when one name is the other's start, word by word: a result on
    "LibriSpeech test-clean" is on LibriSpeech; CIFAR-10 is not CIFAR-100."""
    if a is None or b is None:
        return a == b
    return a[: len(b)] == b or b[: len(a)] == a


# A word after a metric's name that says which way it moved: "reduces model size by 30%"
# and "a 30% model size reduction" report the same figure of the same measure.
_DIRECTIONS = r"(?:reduction|improvement|increase|decrease|gain|drop)s?"
DIRECTION = re.compile(rf"{_DIRECTIONS}$")
DIRECTION_WORD = re.compile(rf"\s+({_DIRECTIONS})$", re.I)  # the same word standing apart, in any case
PLURAL = re.compile(r"(?<!s)s$")  # "reserve procurement costs" is "reserve procurement cost"


def same_result(p, g):
    """Keys match when value and dataset agree (``same_dataset``) and one metric name is the other's head:
    "compression speed-up" reports a "speed-up"; a direction word after the name does
    not make another measure ("model size reduction" 30% is "model size" 30%)."""
    if p[1] != g[1] or len(p) != len(g) or len(p) > 2 and not same_dataset(p[2], g[2]) or p[0] is None or g[0] is None:
        return False
    a, b = (PLURAL.sub("", DIRECTION.sub("", k[0]) or k[0]) for k in (p, g))
    return a == b or a.endswith(b) or b.endswith(a)


def same_result_and_method(p, g):
    """``same_result`` for keys that end with the method's name (``result_key(..., with_method=True)``)."""
    return p[-1] == g[-1] and same_result(p[:-1], g[:-1])


def multiset_tp(pred, gold, same=same_result):
    remaining = list(gold)
    tp = 0
    for p in pred:
        for i, g in enumerate(remaining):
            if same(p, g):
                del remaining[i]
                tp += 1
                break
    return tp


def evaluate(records, nlp=None):
    nlp = nlp or pipeline.load()
    kb = nlp.get_pipe("paperlens_kb") if "paperlens_kb" in nlp.pipe_names else None
    names = canonical_names(kb)
    report = Report(records=len(records))
    groups = [[r.get("title") or "", r["text"]] for r in records]
    for record, group, predicted in zip(records, groups, pipeline.run_groups(groups, nlp)):
        for block, key in ((0, "title_spans"), (1, "spans")):
            text = group[block]
            gold_all = {(s["start"], s["end"], s["label"]) for s in record.get(key, [])}
            pred_all = {(s["start"], s["end"], s["label"]) for s in predicted[block]["spans"]}
            for start, end, label in sorted(gold_all - pred_all):
                report.errors.append(("missed", label, text[start:end], record.get("id")))
            for start, end, label in sorted(pred_all - gold_all):
                report.errors.append(("spurious", label, text[start:end], record.get("id")))
            for label in LABELS:
                pred = [(s["start"], s["end"]) for s in predicted[block]["spans"] if s["label"] == label]
                gold = [(s["start"], s["end"]) for s in record.get(key, []) if s["label"] == label]
                report.exact[label].add(match_counts(pred, gold, False), len(pred), len(gold))
                report.overlap[label].add(match_counts(pred, gold, True), len(pred), len(gold))
        pred_results = predicted[0]["results"] + predicted[1]["results"]
        gold_results = record.get("results", []) + record.get("title_results", [])
        doc_names = ChainMap(names, names_in_doc(predicted))
        for counts, with_dataset in ((report.results, True), (report.results_metric_value, False)):
            p = [result_key(r, doc_names, with_dataset) for r in pred_results]
            g = [result_key(r, doc_names, with_dataset) for r in gold_results]
            counts.add(multiset_tp(p, g), len(p), len(g))
            if with_dataset:
                pm = [result_key(r, doc_names, with_method=True) for r in pred_results]
                gm = [result_key(r, doc_names, with_method=True) for r in gold_results]
                report.results_with_method.add(multiset_tp(pm, gm, same_result_and_method), len(pm), len(gm))
                for r in set(p) - set(g):
                    report.errors.append(("spurious", "RESULT", str(r), record.get("id")))
                for r in set(g) - set(p):
                    report.errors.append(("missed", "RESULT", str(r), record.get("id")))
    return report


def format_errors(report, limit):
    """The most frequent misses and false alarms: where to look next."""
    from collections import Counter

    counts = Counter((kind, label, text) for kind, label, text, _ in report.errors)
    lines = []
    for kind in ("missed", "spurious"):
        lines.append(f"most often {kind}:")
        for (_, label, text), n in [kv for kv in counts.most_common() if kv[0][0] == kind][:limit]:
            lines.append(f"  {n:>3}  {label:<8} {text}")
    return "\n".join(lines)


def format_report(report, source):
    lines = [f"PaperLens evaluation: {source}, {report.records} records (title and abstract each)", ""]
    lines.append(f"{'label':<9}{'exact P':>9}{'R':>7}{'F1':>7}   {'overlap P':>9}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for label in [*LABELS, "ALL"]:
        e = report.exact[label] if label in LABELS else report.total("exact")
        o = report.overlap[label] if label in LABELS else report.total("overlap")
        lines.append(f"{label:<9}{e.precision:>9.3f}{e.recall:>7.3f}{e.f1:>7.3f}   "
                     f"{o.precision:>9.3f}{o.recall:>7.3f}{o.f1:>7.3f}{o.gold:>7}{o.pred:>7}")
    lines.append("")
    for name, c in (("results (metric, value, dataset)", report.results),
                    ("results (metric, value)", report.results_metric_value),
                    ("results (... dataset, method)", report.results_with_method)):
        lines.append(f"{name:<34} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  gold {c.gold}  pred {c.pred}")
    return "\n".join(lines)
