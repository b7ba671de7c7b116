"""Datasets named by where a result is reported: "On PASCAL-5i, PromptSeg achieves…",
"and on COCO-20i it reaches 51.6 mIoU".

Abstracts report results "on" a dataset far more often than they call it one, and
new benchmarks appear faster than any knowledge base grows. A capitalised or
numbered name right after a clause-opening "on", closed by a comma or by the
clause's subject, is taken as a dataset; a known method, a hardware name or a
common word is not.
"""
from typing import NamedTuple

from spacy.language import Language
from spacy.strings import hash_string

from .components import BatchComponent, candidates, is_name_word, merge_ents, named, taken, word_screen

# Words before the name that open a clause reporting on it: "On X, …", ", and on X it reaches".
CLAUSE_OPENERS = {".", ",", ";", "and", "(", "while", "whereas", "but"}
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


# Between the names of a list, and before its first name.
LIST_SEPARATORS = {",", "and", "or"}
SEPARATOR_ORTHS = {hash_string(w) for w in (",", "and", "or", "And", "Or", "AND", "OR")}
# What may follow the last name of a list.
LIST_ENDS = {",", ".", ";", ":", ")", "and", "or", "dataset", "datasets", "benchmark", "benchmarks", "with", "for",
             "in", "to", "show", "shows", "demonstrate", "demonstrates", "confirm", "using", "as", "while", "where",
             "which", "that", "by", "at", "across", "under", "respectively", "without", "but", "we", "on", "over",
             "from", "of", "is", "are", "was", "were", "(", "baselines", "models", "methods", "variants"}
LIST_PRECEDERS = {"on", "across", "of", "from", "and", ",", "or", "(", "using", "including", "as", "the", "both"}


# "the 47 tabular datasets of ADBench", "the reasoning questions of CharXiv", "federated versions of
# Stack Overflow": a part of something, then "of" and its name.
PART_WORDS = {"datasets", "benchmark", "benchmarks", "split", "splits", "subset", "subsets", "suite", "portion",
              "version", "versions", "tasks", "questions", "track", "partition", "hierarchies"}


def is_part_word(text):
    return text.lower() in PART_WORDS


class ListWord(NamedTuple):
    separator: bool  # ",", "and", "or"
    conjunction: bool  # "and", "or"
    name: bool  # may be (part of) a listed name
    ends_list: bool  # may follow a list's last name
    precedes_list: bool  # may come before a list's first name


def name_start(doc, start):
    """Where a name begins at ``start``, after an optional "the"; None when no name word
    (``is_name_word``, not a hardware name) stands there."""
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    if start >= len(doc) or not is_name_word(doc[start]) or doc[start].text in NOT_DATASETS:
        return None
    return start


def is_on(text):
    return text.lower() == "on"


def is_list_opener(text):
    return text.lower() in LIST_OPENERS


@Language.factory("paperlens_result_settings", default_config={"max_words": 3})
def make_result_settings(nlp, name, max_words):
    return named(ResultSettings(nlp.vocab, max_words), name)


class ResultSettings(BatchComponent):
    """Finds "on" and the list openers through the pipeline's shared word screen
    (``WordScreen``), and looks at the words around one only there. Most "on"s
    ("trained on", "focus on") fail on their neighbours, so the per-token
    "already taken" flags are asked for only once one does not."""

    def __init__(self, vocab, max_words):
        self.vocab = vocab
        self._list_words = {}  # orth -> ListWord
        self.max_words = max_words
        self.screen = word_screen(vocab)
        self._on, self._opener, self._part = self.screen.register(is_on, is_list_opener, is_part_word)

    def __call__(self, doc):
        hits = self.screen.hits(doc)
        if not hits:
            return doc
        on, opener = self._on, self._opener
        openers = [i for i, kind, _ in hits if kind & opener]
        if openers:
            self._listed(doc, openers)
        parts = [i for i, kind, _ in hits if kind & self._part]
        if parts:
            self._part_of(doc, parts)
        n = len(doc)
        busy = None
        spans = []
        for i, kind, _ in hits:
            if not kind & on:
                continue
            if i > 0 and doc[i - 1].text not in CLAUSE_OPENERS:
                continue  # "trained on X", "focus on X": not a clause that reports on X
            start = name_start(doc, i + 1)
            if start is None:
                continue  # no name after "on": the same answer as the walk below, without its flags
            if busy is None:
                busy = taken(doc)
            end = self._name_end(doc, start, busy)
            if end == start or end >= len(doc) or doc[end].lower_ not in CLAUSE_STARTS:
                continue
            spans.append((start, end, "DATASET", doc[start:end].text))
        if spans:
            merge_ents(doc, spans)
        self._coordinated(doc, "DATASET")
        self._coordinated(doc, "METHOD")
        return doc

    def _coordinated(self, doc, label):
        """ "on CIFAR-10, ZorbNet-5K and QuxBench", "compared with DPO, SimPO and KTO": names listed
        with a known dataset (method) are datasets (methods) too. Only a real coordination counts
        (an "and" or "or" in the list), so "On ImageNet, FooNet achieves" adds nothing; names are
        one word on the left of the known one, up to ``max_words`` on its right.
        Words are read off the ORTH column (``ListWord`` per word), not as spaCy Tokens."""
        datasets = [c for c in candidates(doc) if c[2] == label]
        if not datasets:
            return
        n = len(doc)
        orths = self.screen.orths(doc)
        listed = [c for c in datasets if c[1] < n and orths[c[1]] in SEPARATOR_ORTHS
                  or c[0] > 0 and orths[c[0] - 1] in SEPARATOR_ORTHS]
        if not listed:
            return
        word = self._list_word
        busy = taken(doc)
        spans = []
        for start, end, _, _ in listed:
            found, joined = [], False
            k = end  # rightwards: separator, then a name
            while k < n:
                sep = k
                while sep < n and word(orths[sep]).separator and sep - k < 2:
                    sep += 1
                if sep == k:
                    break
                first = last = sep
                while last < n and last - first < self.max_words and not busy[last] and word(orths[last]).name:
                    last += 1
                if last == first and not (last < n and busy[last] and not word(orths[last]).separator):
                    break
                if last > first and last < n and not word(orths[last]).ends_list and not busy[last]:
                    break  # "on COCO, and SkelQuery 78.1 AP": a clause goes on after the name, no list
                joined = joined or any(word(orths[j]).conjunction for j in range(k, sep))
                if last > first:
                    found.append((first, last))
                    k = last
                else:  # another known name: go on past it
                    k = next((c[1] for c in datasets if c[0] == sep), None) or n
            k = start  # leftwards: one name, then a separator
            while k >= 2 and word(orths[k - 1]).separator:
                name = k - 2 if not word(orths[k - 2]).separator else k - 3
                if name < 0 or busy[name] or not word(orths[name]).name \
                        or name > 0 and not word(orths[name - 1]).precedes_list:
                    break
                joined = joined or any(word(orths[j]).conjunction for j in range(name + 1, k))
                found.append((name, name + 1))
                k = name
            if joined:
                spans += [(a, b, label, doc[a:b].text) for a, b in found]
        if spans:
            merge_ents(doc, sorted(set(spans)))

    def _list_word(self, orth):
        """What the list rule asks of a word, worked out once per word of the vocab."""
        found = self._list_words.get(orth)
        if found is None:
            lex = self.vocab[orth]
            lower = lex.lower_
            found = self._list_words[orth] = ListWord(
                separator=lower in LIST_SEPARATORS, conjunction=lower in {"and", "or"},
                # "over TIGER and NDCG@5": a measure at a cut-off is no listed name
                name=is_name_word(lex) and lex.orth_ not in NOT_DATASETS and "@" not in lex.orth_,
                ends_list=lower in LIST_ENDS, precedes_list=lower in LIST_PRECEDERS)
        return found

    def _name_end(self, doc, start, busy):
        """Where the name that starts at ``start`` ends: at most ``max_words`` name words
        (``is_name_word``) that no other entity holds."""
        end = start
        while end < len(doc) and end - start < self.max_words and not busy[end] and is_name_word(doc[end]) \
                and doc[end].text not in NOT_DATASETS:
            end += 1
        return end

    def _part_of(self, doc, parts):
        """ "the 71 classification datasets of the AutoML Benchmark": the name after a part
        word and "of" is a dataset's."""
        n = len(doc)
        busy = None
        spans = []
        appositions = []
        for i in parts:
            start = i + 1
            if start < n and doc[start].text in {",", ":"} and doc[i].lower_ in COLLECTIONS \
                    and any(t.lower_ in {"and", "or"} for t in doc[start + 1 : min(n, start + 12)]):
                appositions.append(start)  # "the remaining three datasets, Walmart, House and Senate"
                continue
            if start >= n or doc[start].lower_ != "of":
                continue
            start = name_start(doc, start + 1)
            if start is None:
                continue
            if busy is None:
                busy = taken(doc)
            end = self._name_end(doc, start, busy)
            if end > start and not (end < n and doc[end].lower_ in {"et", "and"} and end + 1 < n
                                    and doc[end + 1].lower_.startswith("al")):
                spans.append((start, end, "DATASET", doc[start:end].text))  # not "benchmarks of Hu et al."
        if spans:
            merge_ents(doc, spans)
        if appositions:
            self._listed(doc, appositions)

    def _listed(self, doc, openers):
        """Names listed right after "datasets including" / "benchmarks such as": each a dataset."""
        busy = None
        spans = []
        n = len(doc)
        for i in openers:
            if not any(t.lower_ in COLLECTIONS for t in doc[max(0, i - 3) : i]):
                continue
            if busy is None:
                busy = taken(doc)
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
