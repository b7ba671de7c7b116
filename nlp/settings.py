"""Datasets named by where a result is reported: "On PASCAL-5i, PromptSeg achieves…",
"and on COCO-20i it reaches 51.6 mIoU".

Abstracts report results "on" a dataset far more often than they call it one, and
new benchmarks appear faster than any knowledge base grows. A capitalised or
numbered name right after a clause-opening "on", closed by a comma or by the
clause's subject, is taken as a dataset; a known method, a hardware name or a
common word is not.
"""
import re
from typing import NamedTuple

from spacy.language import Language
from spacy.strings import hash_string

from .base import BatchComponent, named
from .candidates import candidates, merge_ents, taken
from .coined_names import FIGURE, is_name_word
from .kb_matcher import RESOLUTION
from .word_screen import word_screen

# Words before the name that open a clause reporting on it: "On X, …", ", and on X it reaches".
CLAUSE_OPENERS = {".", ",", ";", "and", "(", "while", "whereas", "but"}
# What follows the name when the clause goes on to report: "On X, …", "on X it reaches", "on X the AUC is".
CLAUSE_STARTS = {",", "it", "we", "our", "its", "they", "the", "this", "all", "both", "each"}
# What closes the name after "<figure> on": "97.2 TEDS on PubTabNet, 96.8 on ...", "on SciTSR and".
RESULT_ON_ENDS = {",", ".", ";", ")", "and", "while", "whereas", "compared", "versus", "vs", "vs.", "respectively"}
FIGURE_UNITS = {"%", "points", "pp", "dB", "×", "x", "times"}
LANGUAGES = set("""English German French Spanish Chinese Japanese Korean Russian Arabic Hindi Portuguese Italian Dutch
Czech Polish Turkish Vietnamese Thai Indonesian Swahili Nepali Sinhala Khmer Pashto Bengali Urdu Tamil Telugu Marathi
Gujarati Hebrew Greek Finnish Estonian Latvian Lithuanian Romanian Hungarian Ukrainian Kazakh Icelandic Croatian
Serbian Bulgarian Danish Swedish Norwegian Persian Farsi Malay Yoruba Hausa Igbo Amharic Zulu Xhosa Mandarin Cantonese
Tagalog Burmese Lao Mongolian Uzbek Irish Welsh Basque Catalan Galician Slovak Slovenian Albanian Armenian Georgian
Azerbaijani Afrikaans""".split())
LANGUAGE_PAIR = re.compile(r"^[A-Z][a-z]{1,2}\s*[-–→]\s*[A-Z][a-z]{1,2}$")  # "En-De", "Zh→En"


def is_language(name):
    """Whether a name is a language or a pair of them ("English–German", "En-De", "low-resource Nepali")."""
    return LANGUAGE_PAIR.match(name) is not None or any(w in LANGUAGES for w in re.split(r"[\s\-–→/]+", name))


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
    text: str  # ``token.text``
    lower: str  # ``token.lower_``
    separator: bool  # ",", "and", "or"
    conjunction: bool  # "and", "or"
    named: bool  # ``is_name_word``
    name: bool  # may be (part of) a listed name: ``is_name_word``, not a hardware name (NOT_DATASETS)
    ends_list: bool  # may follow a list's last name
    precedes_list: bool  # may come before a list's first name


class ListWords(dict):
    """``ListWord`` by orth id, worked out once per word of the vocab on first sight; read
    as ``words[orth]`` (a dict look-up, not a method call per word)."""

    def __init__(self, vocab):
        super().__init__()
        self.vocab = vocab

    def __missing__(self, orth):
        lex = self.vocab[orth]
        lower = lex.lower_
        named = is_name_word(lex)
        word = self[orth] = ListWord(
            text=lex.orth_, lower=lower, separator=lower in LIST_SEPARATORS, conjunction=lower in {"and", "or"},
            # "over TIGER and NDCG@5": a measure at a cut-off is no listed name
            named=named, name=named and lex.orth_ not in NOT_DATASETS and "@" not in lex.orth_,
            ends_list=lower in LIST_ENDS, precedes_list=lower in LIST_PRECEDERS)
        return word


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
    "already taken" flags are asked for only once one does not.

    Words are read by position off the screen's ORTH column, as a ``ListWord``
    per word of the vocab, not as spaCy Tokens: making a ``Token`` for each
    ``doc[i]`` looked at cost more than the rules themselves."""

    def __init__(self, vocab, max_words):
        self.vocab = vocab
        self._list_words = ListWords(vocab)  # orth -> ListWord
        self.max_words = max_words
        self.screen = word_screen(vocab)
        self._on, self._opener, self._part = self.screen.register(is_on, is_list_opener, is_part_word)

    def __call__(self, doc):
        hits = self.screen.hits(doc)
        if not hits:
            return doc
        orths = self.screen.orths(doc)
        self._on_names(doc, hits, orths)
        self._coordinated(doc, orths)
        return doc

    def _on_names(self, doc, hits, orths):
        """Names after "on" that opens a clause, after a list opener, after a part word and "of"."""
        on, opener, part = self._on, self._opener, self._part
        mine = on | opener | part
        ons, openers, parts = [], [], []
        for i, kind, _ in hits:  # most hits are other components' words
            if kind & mine:
                if kind & on:
                    ons.append(i)
                if kind & opener:
                    openers.append(i)
                if kind & part:
                    parts.append(i)
        if openers:
            self._listed(doc, openers, orths)
        if parts:
            self._part_of(doc, parts, orths)
        if not ons:
            return
        word = self._list_words
        n = len(orths)
        busy = None
        spans = []
        for i in ons:
            opens = i == 0 or word[orths[i - 1]].text in CLAUSE_OPENERS
            if not opens and not self._after_figure(doc, orths, i):
                continue  # "trained on X", "focus on X": not a clause that reports on X
            start = self._name_start(orths, i + 1)
            if start is None:
                continue  # no name after "on": the same answer as the walk below, without its flags
            if busy is None:
                busy = taken(doc)
            end = self._name_end(orths, start, busy)
            if end == start or end >= n:
                continue
            if opens and word[orths[end]].lower not in CLAUSE_STARTS and not self._qualified_opening(orths, i, end):
                continue
            if not opens and (word[orths[end]].text not in RESULT_ON_ENDS or is_language(doc[start:end].text)):
                continue  # "0.512 on English–German": a language pair, not a dataset
            spans.append((start, end, "DATASET", doc[start:end].text))
        if spans:
            merge_ents(doc, spans)

    def _after_figure(self, doc, orths, on):
        """ "reaches 97.2 TEDS on PubTabNet", "and 95.1 on SciTSR": "on" right after a figure, or
        after a figure and the measure's name, says where the figure was measured."""
        word = self._list_words
        k = on - 1
        if k >= 0 and word[orths[k]].text in FIGURE_UNITS:
            k -= 1
        metric = next((c for c in candidates(doc) if c[1] == k + 1 and c[2] == "METRIC"), None)
        if metric is not None:
            k = metric[0] - 1
            if k >= 0 and word[orths[k]].text in FIGURE_UNITS:
                k -= 1
        return k >= 0 and FIGURE.match(word[orths[k]].text) is not None

    def _qualified_opening(self, orths, on, end, reach=8):
        """ "On DIV2K-Val with synthetic Real-ESRGAN degradations, the FID drops": a sentence that opens
        on a name and says under what conditions, then a comma, reports on that name too."""
        word = self._list_words
        if on > 0 and word[orths[on - 1]].text != "." or word[orths[end]].lower not in {"with", "under"}:
            return False
        for k in range(end + 1, min(len(orths), end + reach)):
            if word[orths[k]].text == ",":
                return True
            if word[orths[k]].text in {".", ";", ":"}:
                return False
        return False

    def _coordinated(self, doc, orths):
        """ "on CIFAR-10, ZorbNet-5K and QuxBench", "compared with DPO, SimPO and KTO": names listed
        with a known dataset (method) are datasets (methods) too; datasets first, then methods
        (among the datasets' new names too). The candidates next to a separator are found in one
        walk for both labels, and walked again for the methods only if datasets were added."""
        found = candidates(doc)
        datasets, methods = self._next_to_separator(found, orths)
        if datasets:
            self._coordinated_with(doc, orths, "DATASET", found, datasets)
            if candidates(doc) is not found:
                found = candidates(doc)
                _, methods = self._next_to_separator(found, orths)
        if methods:
            self._coordinated_with(doc, orths, "METHOD", found, methods)

    @staticmethod
    def _next_to_separator(found, orths):
        """The DATASET and the METHOD candidates with a separator right after or right before them."""
        n = len(orths)
        seps = SEPARATOR_ORTHS
        datasets, methods = [], []
        for c in found:
            start, end, label, _ = c
            if (label == "DATASET" or label == "METHOD") and (end < n and orths[end] in seps
                                                               or start and orths[start - 1] in seps):
                (datasets if label == "DATASET" else methods).append(c)
        return datasets, methods

    def _coordinated_with(self, doc, orths, label, cands, listed):
        """Names listed with the ``listed`` candidates of ``label`` (those next to a separator).
        Only a real coordination counts (an "and" or "or" in the list), so "On ImageNet, FooNet
        achieves" adds nothing; names are one word on the left of the known one, up to
        ``max_words`` on its right."""
        n = len(orths)
        word = self._list_words
        busy = taken(doc)
        spans = []
        for start, end, _, canonical in listed:
            found, joined = [], False
            k = end  # rightwards: separator, then a name
            closed = False  # passed the "and" (or "or") that comes before a list's last name
            while k < n:
                sep = k
                while sep < n and word[orths[sep]].separator and sep - k < 2:
                    sep += 1
                if sep == k:
                    break
                conjunction = any(word[orths[j]].conjunction for j in range(k, sep))
                if closed and not conjunction:
                    break  # "On Criteo, Avazu and KDD Cup 2012, Xorvane on top of DCNv2 reaches": the list ended
                closed = closed or conjunction
                first = last = sep
                while last < n and last - first < self.max_words and not busy[last] and word[orths[last]].name:
                    last += 1
                if last == first and not (last < n and busy[last] and not word[orths[last]].separator):
                    break
                if last > first and last < n and not word[orths[last]].ends_list and not busy[last]:
                    break  # "on COCO, and SkelQuery 78.1 AP": a clause goes on after the name, no list
                if not joined:
                    joined = conjunction
                if last > first:
                    found.append((first, last))
                    k = last
                else:  # another known name: go on past it
                    k = next((c[1] for c in cands if c[0] == sep and c[2] == label), None) or n
            k = start  # leftwards: one name, then a separator
            while k >= 2 and word[orths[k - 1]].separator:
                name = k - 2 if not word[orths[k - 2]].separator else k - 3
                if name < 0 or busy[name] or not word[orths[name]].name \
                        or name > 0 and not word[orths[name - 1]].precedes_list:
                    break
                if not joined:
                    joined = any(word[orths[j]].conjunction for j in range(name + 1, k))
                found.append((name, name + 1))
                k = name
            if joined:
                spans += [(a, b, label, self._sibling_name(doc[a:b].text, canonical)) for a, b in found]
        if spans:
            merge_ents(doc, sorted(set(spans)))

    @staticmethod
    def _sibling_name(text, canonical):
        """The name of a dataset listed after another by its resolution alone: "ImageNet 256x256 and 512x512"
        lists ImageNet 512x512."""
        match = RESOLUTION.match(text)
        known = canonical.rsplit(" ", 1)
        if match and len(known) == 2 and RESOLUTION.match(known[1]):
            return f"{known[0]} {match.group(1)}x{match.group(2)}"
        return text

    def _name_start(self, orths, start):
        """Where a name begins at ``start``, after an optional "the"; None when no name word
        (``is_name_word``, not a hardware name) stands there."""
        word = self._list_words
        n = len(orths)
        if start < n and word[orths[start]].lower == "the":
            start += 1
        if start >= n or not word[orths[start]].name:
            return None
        return start

    def _name_end(self, orths, start, busy):
        """Where the name that starts at ``start`` ends: at most ``max_words`` name words
        (``is_name_word``, not in NOT_DATASETS) that no other entity holds."""
        word = self._list_words
        n = len(orths)
        end = start
        while end < n and end - start < self.max_words and not busy[end] and word[orths[end]].name:
            end += 1
        return end

    def _part_of(self, doc, parts, orths):
        """ "the 71 classification datasets of the AutoML Benchmark": the name after a part
        word and "of" is a dataset's."""
        word = self._list_words
        n = len(orths)
        busy = None
        spans = []
        appositions = []
        for i in parts:
            start = i + 1
            if start < n and word[orths[start]].text in {",", ":"} and word[orths[i]].lower in COLLECTIONS \
                    and self._names_before_and(orths, start + 1, min(n, start + 12)):
                appositions.append(start)  # "the remaining three datasets, Walmart, House and Senate"
                continue
            if start >= n or word[orths[start]].lower != "of":
                continue
            start = self._name_start(orths, start + 1)
            if start is None:
                continue
            if busy is None:
                busy = taken(doc)
            end = self._name_end(orths, start, busy)
            if end > start and not (end < n and word[orths[end]].lower in {"et", "and"} and end + 1 < n
                                    and word[orths[end + 1]].lower.startswith("al")):
                spans.append((start, end, "DATASET", doc[start:end].text))  # not "benchmarks of Hu et al."
        if spans:
            merge_ents(doc, spans)
        if appositions:
            self._listed(doc, appositions, orths)

    def _names_before_and(self, orths, start, end):
        """Whether names and commas alone lead from ``start`` to an "and" or "or" before ``end``: a list
        ("datasets, Walmart, House and Senate"), not a clause ("datasets, SecMem obtains 42.9 and 45.3")."""
        word = self._list_words
        for k in range(start, end):
            w = word[orths[k]]
            if w.lower in {"and", "or"}:
                return k > start
            if not (w.named or w.text == ","):
                return False
        return False

    def _listed(self, doc, openers, orths):
        """Names listed right after "datasets including" / "benchmarks such as": each a dataset."""
        word = self._list_words
        busy = None
        spans = []
        n = len(orths)
        for i in openers:
            if not any(word[o].lower in COLLECTIONS for o in orths[max(0, i - 3) : i]):
                continue
            if busy is None:
                busy = taken(doc)
            k = i + 1
            if word[orths[i]].lower == "such":
                if k >= n or word[orths[k]].lower != "as":
                    continue
                k += 1
            while k < n:
                while k < n and word[orths[k]].lower in {"the", ","}:
                    k += 1
                start = k
                while k < n and k - start < 2 * self.max_words and word[orths[k]].text not in NOT_DATASETS and (
                        word[orths[k]].named or k > start and word[orths[k]].text == "of" and k + 1 < n
                        and word[orths[k + 1]].named):  # "Default of Credit Card Clients"
                    k += 1
                if k == start:
                    break
                if not any(busy[start:k]):
                    spans.append((start, k, "DATASET", doc[start:k].text))
                if k < n and word[orths[k]].text == "," and k + 1 < n and word[orths[k + 1]].lower in {"and", "or"}:
                    k += 1
                if k < n and word[orths[k]].text in {",", "and", "or"} or k < n and word[orths[k]].lower in {"and", "or"}:
                    k += 1
                    continue
                break
        if spans:
            merge_ents(doc, spans)
