"""Datasets named by where a result is reported: "On PASCAL-5i, PromptSeg achieves…",
"and on COCO-20i it reaches 51.6 mIoU".

Abstracts report results "on" a dataset far more often than they call it one, and
new benchmarks appear faster than any knowledge base grows. A capitalised or
numbered name right after a clause-opening "on", closed by a comma or by the
clause's subject, is taken as a dataset; a known method, a hardware name or a
common word is not.
"""
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import hash_string
import numpy

from .components import is_name_word, merge_ents, taken

# What follows the name when the clause goes on to report: "On X, …", "on X it reaches", "on X the AUC is".
CLAUSE_STARTS = {",", "it", "we", "our", "its", "they", "the", "this", "all", "both", "each"}
# Things results are also reported "on" that are not datasets.
NOT_DATASETS = {"A100", "H100", "V100", "A6000", "RTX", "TPU", "TPUs", "TPUv4", "CPU", "CPUs", "GPU", "GPUs",
                "Android", "iOS", "Linux", "Windows", "Jetson", "Raspberry", "Apple", "M1", "M2", "Average",
                "Top", "Day", "Monday", "Transformer", "Transformers", "Table", "Figure", "Section"}


# "on 12 datasets including Adult, Default of Credit Card Clients and the Shoppers dataset",
# "benchmarks such as MUTAG, PROTEINS and IMDB-BINARY": names listed after a dataset word.
LIST_OPENERS = ("including", "such", "like", "namely")
COLLECTIONS = {"datasets", "benchmarks", "corpora", "suites", "collections", "testbeds", "leaderboards"}


@Language.factory("paperlens_result_settings", default_config={"max_words": 3})
def make_result_settings(nlp, name, max_words):
    return ResultSettings(max_words)


class ResultSettings:
    def __init__(self, max_words):
        self.max_words = max_words
        self._on = hash_string("on")
        self._listing = [hash_string(w) for w in LIST_OPENERS]

    def __call__(self, doc):
        if not len(doc):
            return doc
        lower = doc.to_array(LOWER)
        ons = numpy.flatnonzero(lower == self._on).tolist()
        openers = numpy.flatnonzero(numpy.isin(lower, self._listing)).tolist()
        if openers:
            self._listed(doc, openers)
        if not ons:
            return doc
        busy = taken(doc)
        spans = []
        for i in ons:
            prev = doc[i - 1].text if i > 0 else "."
            if prev not in {".", ",", ";", "and", "(", "while", "whereas", "but"}:
                continue  # "trained on X", "focus on X": not a clause that reports on X
            start = i + 1
            if start < len(doc) and doc[start].lower_ == "the":
                start += 1
            end = start
            while end < len(doc) and end - start < self.max_words and not busy[end] and is_name_word(doc[end]) \
                    and doc[end].text not in NOT_DATASETS:
                end += 1
            if end == start or end >= len(doc) or doc[end].lower_ not in CLAUSE_STARTS:
                continue
            if any(t.text in NOT_DATASETS for t in doc[start:end]):
                continue
            spans.append((start, end, "DATASET", doc[start:end].text))
        if spans:
            merge_ents(doc, spans)
        return doc

    def _listed(self, doc, openers):
        """Names listed right after "datasets including" / "benchmarks such as": each a dataset."""
        busy = taken(doc)
        spans = []
        n = len(doc)
        for i in openers:
            if not any(t.lower_ in COLLECTIONS for t in doc[max(0, i - 3) : i]):
                continue
            k = i + 1
            if doc[i].lower_ == "such":
                if k >= n or doc[k].lower_ != "as":
                    continue
                k += 1
            while k < n:
                while k < n and doc[k].lower_ in {"the", ","}:
                    k += 1
                start = k
                while k < n and k - start < 2 * self.max_words and doc[k].text not in NOT_DATASETS and (
                        is_name_word(doc[k]) or k > start and doc[k].text == "of" and k + 1 < n
                        and is_name_word(doc[k + 1])):  # "Default of Credit Card Clients"
                    k += 1
                if k == start:
                    break
                if not any(busy[start:k]):
                    spans.append((start, k, "DATASET", doc[start:k].text))
                if k < n and doc[k].text == "," and k + 1 < n and doc[k + 1].lower_ in {"and", "or"}:
                    k += 1
                if k < n and doc[k].text in {",", "and", "or"} or k < n and doc[k].lower_ in {"and", "or"}:
                    k += 1
                    continue
                break
        if spans:
            merge_ents(doc, spans)
