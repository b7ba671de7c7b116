"""A doc as the result rules read it: per token its ``Word`` (text, lowercase form, flags and the
figure it spells, read once per word of the vocabulary) and its character offset, as plain
lists (``Tokens``), and the entities of each sentence (``Sentences``). Building a spaCy
``Token`` for each ``doc[i]`` the rules look at cost as much as the tokenizer itself."""
import bisect
from operator import itemgetter
from typing import NamedTuple

from .candidates import candidates, taken
from .result_words import (
    AFTER_FIGURE_END, AFTER_SENTENCE_END, DOLLARS, ITEMS_END, KIND_WORDS, NOT_COUNTS, NUMBER, NUMBER_WORDS,
    RARELY_WRITTEN, RATIO, SENTENCE_END, SIZE_COMPARATIVES_OR_BETTER, UNITS,
)
from .tokenizer import text_of


def parse_figure(text):
    """(sign, value, unit) if the word is a figure, else None; the unit is only one
    written on the word ("2.9x", "96.1%"), see ``Tokens.figure`` for one standing after it."""
    match = NUMBER.match(text)
    if not match:
        dollars = DOLLARS.match(text)
        if dollars:
            return "", float(dollars.group(1).replace(",", "")), "$"
        ratio = RATIO.match(text)
        return ("", float(ratio.group(1)), None) if ratio else None  # "a compression ratio of 1:192"
    sign, digits, unit = match.groups()
    try:
        value = float(digits.replace(",", "")) if digits.count(",") == 0 or len(digits.split(",")[-1]) == 3 else None
    except ValueError:
        return None
    if value is None:
        return None
    return sign, value, UNITS.get(unit) if unit else None


def figure(tok):
    """(sign, value, unit) if the spaCy token is a figure, else None (``Tokens.figure`` for a token index)."""
    fig = parse_figure(tok.text)
    if fig is not None and fig[2] is None and tok.i + 1 < len(tok.doc) and tok.nbor(1).text in UNITS:
        return fig[0], fig[1], UNITS[tok.nbor(1).text]
    return fig


class Word(NamedTuple):
    """What the rules read of a word: the same for every token of it, so read once per
    word of the vocabulary (``Words``), not once per token the rules look at."""

    text: str
    lower_: str
    is_punct: bool
    is_stop: bool
    like_num: bool
    is_alpha: bool
    is_lower: bool
    figure: tuple | None  # parse_figure(text)


class Words:
    """``Word`` by orth id, made from the vocabulary's lexeme on first sight.

    Held in a plain dict, not a dict subclass with ``__missing__``: the one
    ``itemgetter`` call that looks up a run of tokens (``of``) reads a plain
    dict's items a third faster, and a word seen for the first time is rare
    enough to be made after a ``KeyError``."""

    __slots__ = ("vocab", "table", "square", "round")

    def __init__(self, vocab):
        self.vocab = vocab
        self.table = {}  # orth -> Word
        # the orths of "[" and "]", and the words of "(" and ")" they are read as where they hold names
        self.square = (vocab.strings.add("["), vocab.strings.add("]"))
        self.round = (self[vocab.strings.add("(")], self[vocab.strings.add(")")])

    def __getitem__(self, orth):
        word = self.table.get(orth)
        return word if word is not None else self._make(orth)

    def of(self, orths):
        """The words of a list of orth ids, in order (a tuple, or the one word's list)."""
        table = self.table
        if len(orths) == 1:
            return [self[orths[0]]]
        # One itemgetter call looks every word up, for less than a call per token; with
        # one key it would return the word itself, not a tuple.
        get = itemgetter(*orths)
        try:
            return get(table)
        except KeyError:
            for orth in orths:
                if orth not in table:
                    self._make(orth)
            return get(table)

    def _make(self, orth):
        lex = self.vocab[orth]
        word = self.table[orth] = Word(lex.orth_, lex.lower_, lex.is_punct, lex.is_stop, lex.like_num, lex.is_alpha,
                                       lex.is_lower, parse_figure(lex.orth_))
        return word


class Ent(NamedTuple):
    """An entity found by the earlier components, as the rules read it (a spaCy ``Span``'s
    attribute names): ``canonical`` is the knowledge base's name, else the text, as
    ``span._.canonical`` gives it."""

    start: int
    end: int
    label_: str
    canonical: str
    start_char: int
    end_char: int
    text: str


# How far from a figure the rules look, in tokens: back 16 words for a phrase naming a
# metric (``_phrase_metric``), ahead 5 (a unit, "of", a dataset named right after the
# figure), each with a margin. The rules that look farther, at words between the
# entities of a sentence, ask for them (``Tokens.read``).
BEHIND, AHEAD = 20, 10


def _compound_names(what):
    """The words (lower case) of the noun a comparative is said of: two, or three when the third is the plural
    that ends the compound ("38% fewer teacher forward passes"; not "7× fewer adapter parameters and achieves")."""
    names = []
    for w in what[:3]:
        names.append(w.lower_)
        if len(names) > 1 and len(w.lower_) > 3 and w.lower_.endswith("s"):
            break
    return names if len(names) < 3 or names[-1].endswith("s") else names[:2]


def _counted(toks, after, outcome):
    """ "<items> <outcome>" for an outcome count whose figure ends before ``after``: the items are the
    plural noun written after it, past "of (the) M" ("5 of the 6 tasks" → tasks, "19 of the 21 fault
    types" → fault types); the outcome alone where none is written ("the best NIQE on 2 of 3")."""
    words, n = toks.words, toks.n
    k = after
    if k + 1 < n and words[k].lower_ == "of":
        k += 1
        if words[k].lower_ in {"the", "all"} and k + 1 < n:
            k += 1
        if words[k].figure is None:
            return outcome
        k += 1
    toks.read(k, k + 6)
    items = None
    for j in range(k, min(n, k + 6)):
        w = words[j]
        if w.lower_ in ITEMS_END and j > k or not (w.is_alpha or w.text in {"-", "–"}) \
                or items and w.lower_ in {"and", "or"}:
            break  # "on 47 datasets and loses on 18", though "580 Java and TypeScript issues" is one noun
        if w.is_alpha and w.text.islower() and len(w.text) > 3 and w.text.endswith("s") and w.text not in NOT_COUNTS:
            items = w.text if w.text not in KIND_WORDS or j == k or not words[j - 1].text.islower() \
                else f"{words[j - 1].text} {w.text}"  # "function categories", though not "MVTec AD categories"
    return f"{items} {outcome}" if items else outcome


class Tokens:
    """A doc as the rules read it: per token position, its ``Word`` (``words[i].lower_``
    where spaCy has ``doc[i].lower_``) and its character offset (``idx[i]``), taken
    from one array (``doc.to_array``) per doc, so a rule indexes a list instead of
    making a spaCy ``Token``.

    Only tokens start..end-1 are read at first, and more as the rules ask
    (``read``): the words around a doc's figures are a third of an abstract, and
    looking up every token's word cost the extractor a third of its time. The
    others stay None, so a rule that strays past what was read fails loudly
    instead of reading a wrong word.

    The screening of each figure asks whether a metric starts near it
    (``metric_starts_within``): the candidates are in text order, so a bisection
    answers, not a walk over every candidate nor a set of them made per doc."""

    __slots__ = ("doc", "words", "idx", "n", "text", "phrases", "short_forms", "found", "after", "counted", "kept", "slashed",
                 "headed", "owners", "margin_of", "settings",
                 "_written", "_words", "_orths",
                 "_offsets", "_start", "_end", "_ents", "_square")

    def __init__(self, doc, words, orths, idx, start=0, end=None):
        self.doc = doc
        self.n = len(orths)
        self._words, self._orths, self._offsets = words, orths, idx
        self.words = [None] * self.n
        self.idx = [None] * self.n
        self._start = self._end = 0  # tokens _start.._end-1 are read
        self.text = text = text_of(doc)
        # whether a square bracket stands anywhere: only then does each read look for one (``_round_brackets``)
        self._square = "[" in text or "]" in text
        self.read(start, self.n if end is None else end)
        # the rare ways of writing a multiple or a count that ``figure`` and ``after_unit`` look for,
        # looked for in the text once, so that no figure reads the words around it for them in vain
        low = text.lower()
        self._written = tuple(word in low and pattern.search(low) is not None for word, pattern in RARELY_WRITTEN)
        self.phrases = {}  # (start_char, end_char) -> (start, end, name) of metrics named by a phrase
        self.short_forms = {}  # (start, end) of such a phrase -> the token of its short form in brackets after it
        self.found = candidates(doc)  # in text order
        # figure token -> the index just past it and its unit (``after_unit``), set for each figure
        # the extractor screens: the rules ask for it some twenty times per doc
        self.after = {}
        self.counted = {}  # the figures that count outcomes ("ranks first on 41 datasets") → their names, set by the extractor
        self.kept = {}  # the figures that are shares kept of a reference's figure → (the end of its measure, its name)
        self.slashed = {}  # figures listed with slashes ("92.3/88.1 EM/F1") → the last of their list (``_slash_pairs``)
        # figures of tuples read under a header of slots ("CAMELYON16 AUC / PANDA QWK: ABMIL 0.962 / 0.911") →
        # (their slot's dataset, the method the tuple is given for), either None (``_headed_tuples``)
        self.headed = {}
        # figures listed "respectively" with a list of as many methods → their method (``_methods_respectively``)
        self.owners = {}
        # margins listed after as many results, each on a dataset of its own → the result each is a margin of
        # (``_margins_on_datasets``): its dataset is the margin's
        self.margin_of = {}
        self.settings = set()  # the figures that are settings of the run, not results ("with 10 NFEs")
        self._ents = {}  # id(candidate) -> its Ent, made once (``ent``); the doc holds its candidates meanwhile

    def read(self, start, end):
        """Make the words and offsets of tokens start..end-1 (within the doc) readable;
        what is read stays one run of tokens, the least that holds every range asked for."""
        start, end = max(start, 0), min(end, self.n)
        if start >= end:
            return
        if self._start == self._end:
            self._start, self._end = end, end
        if start < self._start:
            self._fill(start, self._start)
            self._start = start
        if end > self._end:
            self._fill(self._end, end)
            self._end = end

    def _fill(self, start, end):
        orths = self._orths[start:end]  # a list (the word screen's, shared with other components) or an array
        if type(orths) is not list:
            orths = orths.tolist()
        self.words[start:end] = self._words.of(orths)
        self.idx[start:end] = self._offsets[start:end].tolist()
        if self._square:
            self._round_brackets(start, end)

    def _round_brackets(self, start, end):
        """Square brackets that hold names are read as round ones: "[BigGait: 82.6% and 90.2%]" sets baselines
        against results as "(BigGait: ...)" does, and the rules look for round brackets. An interval ("MOS of
        4.38 [4.31, 4.45]") or a citation ("[12]") keeps its square brackets: a figure or its sign opens it."""
        words, orths = self.words, self._orths
        (opening, closing), (round_open, round_close) = self._words.square, self._words.round
        for k in range(start, end):
            orth = orths[k]
            if orth == opening:
                if self._names_open(k):
                    words[k] = round_open
            elif orth == closing:
                j = next((j for j in range(k - 1, max(-1, k - 40), -1) if orths[j] in (opening, closing)), None)
                if j is not None and orths[j] == opening and self._names_open(j):
                    words[k] = round_close

    def _names_open(self, k):
        """Whether the square bracket at ``k`` opens with a word, not a figure or its sign."""
        if k + 1 >= self.n:
            return False
        word = self._words[int(self._orths[k + 1])]
        return word.figure is None and word.text not in {"-", "−", "+", "±", "~", "≈"}

    def metric_at(self, lo, hi=None):
        """The first METRIC candidate that starts at a token lo..hi (both included; ``hi`` is ``lo``
        if not given), or None."""
        hi = lo if hi is None else hi
        found = self.found
        for k in range(bisect.bisect_left(found, (lo,)), len(found)):
            cand = found[k]
            if cand[0] > hi:
                return None
            if cand[2] == "METRIC":
                return cand
        return None

    def metric_starts_within(self, lo, hi):
        """Whether a METRIC candidate starts at a token lo..hi (both included)."""
        return self.metric_at(lo, hi) is not None

    def first_at(self, chars):
        """For each character offset, the first token that starts there or later (``bisect_left``
        over every token's offset, read or not)."""
        return self._offsets.searchsorted(chars).tolist()

    def figure(self, i):
        """(sign, value, unit) if token ``i`` is a figure, with its unit written on it
        ("2.9x", "3.18times") or standing after it ("2.9 ×", "32.1 dB"), else None."""
        fig = self.words[i].figure
        if fig is None and self.words[i].lower_ in NUMBER_WORDS:
            return self._multiple_in_words(i)
        if fig is not None and fig[2] is None and i + 1 < self.n and self.words[i + 1].text in UNITS:
            return fig[0], fig[1], UNITS[self.words[i + 1].text]
        if fig is not None and fig[2] is None and self._fold(i):
            return fig[0], fig[1], "×"  # "a 3-fold reduction"
        if fig is not None and fig[2] is None and i + 2 < self.n and self.words[i + 1].text == "±":
            end = self._past_spread(i + 1)
            if end is not None and end > i + 3:
                return fig[0], fig[1], UNITS[self.words[end - 1].text]  # "91.3 ± 0.4%": the spread's unit is its own
            spread = self.words[i + 2].figure
            if end is not None and spread[2] is not None:
                return fig[0], fig[1], spread[2]
        if fig is not None and fig[2] is None and i > 1 and self._written[1]:
            self.read(i - 2, i)
            if self.words[i - 1].lower_ == "of" and self.words[i - 2].lower_ == "factor":
                return fig[0], fig[1], "×"  # "reduces the variance by a factor of 4.2"
        return fig

    def shots_at(self, k):
        """How many tokens the shot setting at token ``k`` takes ("5-shot", "zero-shot" before a benchmark's
        name: "58.7 on 5-shot MMLU"), else 0."""
        if k + 2 >= self.n:
            return 0
        self.read(k, k + 3)
        words = self.words
        if words[k + 1].text == "-" and words[k + 2].lower_ in {"shot", "shots"} and (
                words[k].figure is not None or words[k].lower_ in {"zero", "one", "few", "two", "many"}):
            return 3
        return 0

    def _multiple_in_words(self, i):
        """ "three times faster", "four times fewer parameters": a number written as a word is a figure only as a
        multiple said with a comparative (elsewhere it counts: "two datasets", "in three stages")."""
        if i + 2 >= self.n:
            return None
        self.read(i + 1, i + 3)
        if self.words[i + 1].lower_ == "times" and self.words[i + 2].lower_ in SIZE_COMPARATIVES_OR_BETTER:
            return "", NUMBER_WORDS[self.words[i].lower_], "×"
        return None

    def _past_spread(self, k):
        """The index just past a spread "± 0.4%" that starts at token ``k``, or None if none does."""
        self.read(k, k + 3)
        if k + 1 >= self.n or self.words[k].text != "±" or self.words[k + 1].figure is None:
            return None
        return k + 3 if k + 2 < self.n and self.words[k + 2].text in UNITS else k + 2

    def _fold(self, i):
        """Whether "-fold" follows the figure at ``i`` ("a 3-fold reduction", "10-fold faster")."""
        if i + 2 >= self.n or not self._written[0]:
            return False
        self.read(i + 1, i + 3)
        return self.words[i + 1].text == "-" and self.words[i + 2].lower_ == "fold"

    def start_char(self, i):
        """Token ``i``'s character offset, read or not."""
        char = self.idx[i]
        return char if char is not None else int(self._offsets[i])

    def end_char(self, end):
        """The character offset just past token ``end - 1``, read or not."""
        char = self.idx[end - 1]
        if char is not None:
            return char + len(self.words[end - 1].text)
        return int(self._offsets[end - 1]) + len(self._words[int(self._orths[end - 1])].text)

    def chars(self, start, end):
        """(start_char, end_char) of the tokens start..end-1, as ``doc[start:end]`` has them."""
        return self.idx[start], self.idx[end - 1] + len(self.words[end - 1].text)

    def ent(self, candidate):
        """The ``Ent`` of a candidate ``(start, end, label, canonical)``, made once per doc (the
        sentences on both sides of an entity, and several rules, ask for it): its offsets from
        the words read, or, for an entity farther from the figures, from the offset column and
        its last word's text, without making a spaCy ``Token``."""
        made = self._ents.get(id(candidate))  # an id, not the tuple: hashing a 4-tuple cost more
        if made is not None:
            return made
        start, end, label, canonical = candidate
        if self._start <= start and end <= self._end:
            idx = self.idx
            start_char, end_char = idx[start], idx[end - 1] + len(self.words[end - 1].text)  # ``chars``
        else:
            offsets = self._offsets
            start_char = int(offsets[start])
            end_char = int(offsets[end - 1]) + len(self._words[int(self._orths[end - 1])].text)
        text = self.text[start_char:end_char]
        made = self._ents[id(candidate)] = _new_ent(Ent, (start, end, label, canonical or text, start_char, end_char, text))
        return made

    def after_unit(self, i, fig):
        """The index just past the figure at ``i`` and a unit written as its own token; a count's "out" is
        passed over, so that "7 out of 8" reads as "7 of 8"."""
        k = i + (2 if fig[2] and i + 1 < self.n and self.words[i + 1].text in UNITS else 1)
        if fig[2] == "×" and k == i + 1 and self._fold(i):
            return i + 3  # past "-fold"
        if k < self.n and self.words[k].text == "±":
            return self._past_spread(k) or k  # "67.8 ± 0.6% on CIFAR-100": what follows the figure follows its spread
        if fig[2] is None and self._written[2] and float(fig[1]).is_integer() and k + 2 < self.n:
            # (not "a score of 8.7 out of 10")
            self.read(k, k + 3)
            if self.words[k].lower_ == "out" and self.words[k + 1].lower_ == "of" and self.words[k + 2].like_num:
                return k + 1
        return k


# ``Ent(...)`` without the Python-level ``__new__`` a NamedTuple defines: every entity of
# a figure's sentence, and one past each end of it, is made this way.
_new_ent = tuple.__new__


class SentenceEnts(list):
    """The entities of one sentence, in text order, with its metrics, datasets and
    methods at hand (each figure of the sentence asks for them)."""

    def __init__(self, ents):
        super().__init__(ents)
        self.metrics, self.datasets, self.methods = metrics, datasets, methods = [], [], []
        for e in ents:  # one walk, not one per label
            label = e.label_
            if label == "METRIC":
                metrics.append(e)
            elif label == "DATASET":
                datasets.append(e)
            elif label == "METHOD":
                methods.append(e)
        self._metric_starts = self._method_starts = None

    def metric_starting_at(self, start):
        """The metric that starts at token ``start``, or None: many rules step past a measure named after a
        figure, so the sentence's metrics are indexed by their first token once, on the first ask."""
        if self._metric_starts is None:
            self._metric_starts = by_start = {}
            for m in self.metrics:
                by_start.setdefault(m.start, m)
        return self._metric_starts.get(start)

    def past_metric(self, k):
        """Token ``k``, or the end of the metric that starts there."""
        m = self.metric_starting_at(k)
        return m.end if m is not None else k

    def method_starting_at(self, start):
        """The method that starts at token ``start``, or None."""
        if self._method_starts is None:
            self._method_starts = by_start = {}
            for m in self.methods:
                by_start.setdefault(m.start, m)
        return self._method_starts.get(start)


class Sentences:
    """The entities of the sentence around a figure. Made for a doc only once a figure
    survives the screening (some docs' figures are all settings); a sentence's
    entities are made when a figure in it asks.

    A sentence runs from just after one ``SENTENCE_END`` to just after the next. They
    are looked for from the figure, back with ``str.rfind`` and forward with the
    pattern, rather than read off the whole text from its start: the pattern
    starts with a character class, which the regular expression engine tries at
    every character."""

    def __init__(self, doc, toks):
        self.toks = toks
        self.found = candidates(doc)
        self.in_entity = taken(doc)
        self.made = []  # (first character, end character, SentenceEnts) of the sentences asked for
        self._labelled = {}

    def labelled(self, label):
        """The doc's candidates of one label, in text order (several rules look through the
        datasets or metrics named anywhere before a figure)."""
        found = self._labelled.get(label)
        if found is None:
            found = self._labelled[label] = [c for c in self.found if c[2] == label]
        return found

    def ents_at(self, char, i=None):
        """The entities within the sentence that holds character ``char``, token ``i`` if
        the caller knows it (the same list for each figure of a sentence)."""
        for start, end, ents in self.made:
            if start <= char < end:
                return ents
        text = self.toks.text
        start = self._start(text, char)
        end = SENTENCE_END.search(text, char)
        end = end.end() if end is not None else len(text) + 1
        if i is None:
            (i,) = self.toks.first_at([char])
        ents = SentenceEnts(self._within(start, end, i))
        self.made.append((start, end, ents))
        return ents

    def _within(self, start, end, i):
        """The entities whose characters lie within start..end-1, in text order. The
        candidates are in text order and do not overlap: walk from token ``i`` back and
        ahead, up to the first entity outside (told by its first and last token's offsets,
        without making its ``Ent``). No token runs across the whitespace after a sentence's
        end, so an entity that ends past ``end`` starts past it too."""
        toks, found = self.toks, self.found
        idx, words, ent = toks.idx, toks.words, toks.ent
        k = bisect.bisect_left(found, (i,))
        ents = []
        for j in range(k - 1, -1, -1):
            cand = found[j]
            char = idx[cand[0]]
            if (char if char is not None else toks.start_char(cand[0])) < start:
                break
            ents.append(ent(cand))
        ents.reverse()
        for j in range(k, len(found)):
            cand = found[j]
            last = cand[1] - 1
            char = idx[last]
            if (char + len(words[last].text) if char is not None else toks.end_char(cand[1])) > end:
                break
            ents.append(ent(cand))
        return ents

    @staticmethod
    def _start(text, char):
        """Where the sentence holding ``char`` starts: just after the last sentence end
        before it (a "." or "?" at ``char - 1`` or earlier), else 0. A "." not followed
        by whitespace (a decimal point, "e.g.") is passed over without the pattern."""
        p = char
        question = "?" in text  # else the search back for one would run to the text's start each time
        while True:
            p = max(text.rfind(".", 0, p), text.rfind("?", 0, p)) if question else text.rfind(".", 0, p)
            if p < 0:
                return 0
            if text[p + 1 : p + 2].isspace() and (AFTER_SENTENCE_END.match(text, p + 1) or p > 0 and (
                    text[p - 1].isdigit() or text[p - 1] == "%") and AFTER_FIGURE_END.match(text, p + 1)):
                return p + 1
