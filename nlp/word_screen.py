"""The words any component wants a look at, found in a doc with one array read; the doc's
tokens read as plain lists (ORTH and IDX) from that same read; and the small helpers that
find a word by its orth id or in the doc's text, cheaper than a pass over its tokens."""
import weakref
from bisect import bisect_right

import numpy
from spacy.attrs import IDX, ORTH
from spacy.strings import hash_string


SCREEN_KEY = "paperlens.screen"
# What the knowledge base's phrase-matcher keys start with: vocab entries, but no word of a text.
MATCH_KEY_PREFIX = "paperlens-kb-"


class WordScreen:
    """The words any component wants a look at, found in a doc with one array read.

    A component screens tokens with a lexeme flag read as an array
    (``doc.to_array``), and each read costs about a tenth of the tokenizer's
    time, whatever the flag. So the components do not read a flag each: they
    register what they look for here, as predicates over a word's text, and
    share one flag (set where any predicate holds) and one read per doc. Each
    hit carries the bits of the predicates that hold, worked out once per word.

    The same read brings every token's ORTH and IDX (``columns``), for the
    components that read tokens as arrays (the results extractor): one array
    of three attributes costs less than two reads, and the hits' words come
    from its ORTH column instead of a spaCy ``Token`` each. Its IDX column, made
    a list on first use, gives ``TokenOffsets``: tokens found by character offset
    (``Doc.char_span``'s answer) and spans' texts sliced off the doc's text,
    without Span and Token objects.

    A vocab's screen is the getter of its flag, so every component built on the
    vocab finds the same one (``word_screen``).
    """

    def __init__(self, vocab):
        self.vocab = vocab
        self.predicates = []
        self.flag = -1
        self._stale = False  # predicates registered since the flag was last set on the vocab
        self._words = {}  # orth -> (bits, text) of a flagged word
        # orth -> the word's text and its lowercase form (``token.text``, ``token.lower_``), for
        # the components that read words by position off ``orths(doc)``: a dict look-up costs
        # a fraction of making a spaCy Token and decoding its string.
        self.texts = WordTable(vocab, lambda lex: lex.orth_)
        self.lowers = WordTable(vocab, lambda lex: lex.lower_)
        # (doc, n_tokens, read) of the doc read last: a step asks for its doc's read a dozen
        # times, and comparing the doc costs less than finding the read in its user_data
        self._last = (None, -1, None)

    def __call__(self, text):
        """The flag: does any component want to see this word?"""
        if text.startswith(MATCH_KEY_PREFIX):
            # The knowledge base's phrase matcher makes a lexeme of each of its ~22,000 keys, and
            # setting the flag asks about every lexeme of the vocab: asking the predicates about
            # keys, which no text holds, cost a quarter of start-up.
            return False
        return any(predicate(text) for predicate in self.predicates)

    def register(self, *predicates):
        """One bit per predicate, to test a hit's bits with."""
        first = len(self.predicates)
        self.predicates.extend(predicates)
        self._words.clear()
        self._stale = True
        self._last = (None, -1, None)
        return [1 << i for i in range(first, len(self.predicates))]

    def settle(self):
        """Set the flag on every word of the vocab, once every component has registered:
        each pass asks every predicate about every word (the knowledge base's tens of
        thousands), so it is done once per pipeline, not once per component.
        ``pipeline.load`` calls it; a doc read before then settles it first."""
        if self._stale:
            # Adding the flag again under its id sets it afresh on every word in the vocab.
            self.flag = self.vocab.add_flag(self, flag_id=self.flag)
            self._stale = False

    def hits(self, doc):
        """``(i, bits, text)`` of each flagged token, in order."""
        return self._read(doc)[0]

    def columns(self, doc):
        """An (n_tokens, 2) array of every token's ORTH and IDX, from the same read as the hits."""
        return self._read(doc)[1]

    def orths(self, doc):
        """Every token's ORTH as a list of ints, from the same read as the hits, for the
        components that read words by position (a list index costs less than a numpy
        one, and converting the column costs more than most reads)."""
        return self._read(doc)[2]

    def _read(self, doc):
        """The hits and the columns, read once per doc and kept in ``doc.user_data``
        for the next component (the tokens do not change)."""
        last = self._last
        if last[0] is doc and last[1] == len(doc):
            return last[2]
        cached = doc.user_data.get(SCREEN_KEY)
        if cached is not None and cached[0] == len(doc) and cached[1] == len(self.predicates):
            self._last = (doc, cached[0], cached[2])
            return cached[2]
        self.settle()
        found = []
        arr = doc.to_array([self.flag, ORTH, IDX])
        # Every step after the knowledge base reads words by position, so the ORTH
        # column is made a list here, and the hits' words are looked up in it.
        orths = arr[:, 1].tolist()
        if orths:
            words = self._words
            for i in arr[:, 0].nonzero()[0].tolist():
                orth = orths[i]
                word = words.get(orth) or self._word(orth)
                found.append((i, word[0], word[1]))
        # the hits, the ORTH and IDX columns, the ORTH column as a list, and (made on first use)
        # the ``TokenOffsets``
        read = [found, arr[:, 1:], orths, None]
        doc.user_data[SCREEN_KEY] = (len(doc), len(self.predicates), read)
        self._last = (doc, len(doc), read)
        return read

    def space_after(self, doc, i):
        """Whether a space follows token ``i`` (its ``whitespace_``), for any token but the last:
        off the ``TokenOffsets`` if a step made them, else off two items of the IDX column (cheaper
        than making them for a check or two)."""
        read = self._read(doc)
        if read[3] is not None:
            return read[3].space_after(i)
        starts = read[1][:, 1]
        return int(starts[i + 1]) > int(starts[i]) + len(self.texts[read[2][i]])

    def uses(self, doc, orth):
        """The positions of every token of the doc that reads as ``orth``, off the ORTH column of the same read."""
        return numpy.flatnonzero(self._read(doc)[1][:, 0] == orth).tolist()

    def forget(self, doc):
        """Let go of the doc, if it was read last: the read is done with once the entities are written."""
        if self._last[0] is doc:
            self._last = (None, -1, None)

    def offsets(self, doc):
        """The doc's ``TokenOffsets``, from the same read as the hits: made on first use, for
        the components that find tokens by character offset."""
        read = self._read(doc)
        if read[3] is None:
            read[3] = TokenOffsets(read[1][:, 1].tolist(), read[2], self.texts)
        return read[3]

    def _word(self, orth):
        text = self.vocab.strings[orth]
        bits = 0
        for bit, predicate in enumerate(self.predicates):
            if predicate(text):
                bits |= 1 << bit
        word = self._words[orth] = (bits, text)
        return word


class TokenOffsets:
    """Where a doc's tokens start and end in its text, to find tokens by character offset
    as ``Doc.char_span`` does, without its ``Span`` object and the Tokens read off it."""

    __slots__ = ("starts", "orths", "texts")

    def __init__(self, starts, orths, texts):
        self.starts = starts  # each token's start offset (IDX)
        self.orths = orths
        self.texts = texts  # orth -> text (``WordScreen.texts``)

    def end_char(self, i):
        """The offset just past token ``i``."""
        return self.starts[i] + len(self.texts[self.orths[i]])

    def space_after(self, i):
        """Whether a space follows token ``i`` (its ``whitespace_``), for any token but the last."""
        return self.starts[i + 1] > self.starts[i] + len(self.texts[self.orths[i]])

    def text(self, text, start, end):
        """The text of tokens start..end-1 (``doc[start:end].text``), sliced off the doc's ``text``."""
        return text[self.starts[start] : self.end_char(end - 1)]

    def char_span(self, start_char, end_char):
        """``(start, end)`` of the tokens ``doc.char_span(start_char, end_char)`` spans, or
        None where it gives None: the characters must start and end on token boundaries.
        (The tokens and the spaces after them tile the text, so the token holding a
        character is the last one starting at or before it.)"""
        starts = self.starts
        start = bisect_right(starts, start_char) - 1
        if start < 0 or starts[start] != start_char:
            return None
        end = bisect_right(starts, end_char - 1) - 1
        if end < 0 or end_char != starts[end] + len(self.texts[self.orths[end]]):
            return None
        return start, end + 1

    def expand(self, start_char, end_char):
        """``(start, end)`` of ``doc.char_span(start_char, end_char, alignment_mode="expand")``,
        for offsets inside the text: every token the characters touch."""
        starts = self.starts
        start = bisect_right(starts, start_char) - 1
        end = bisect_right(starts, end_char - 1) - 1
        if start < 0 or end < 0:
            return None
        if start_char == starts[start] + len(self.texts[self.orths[start]]):
            start += 1  # the space after a token is not part of it
        return start, end + 1


class WordTable(dict):
    """An attribute of a word by its orth id, read off its lexeme on first sight."""

    def __init__(self, vocab, read):
        super().__init__()
        self.vocab = vocab
        self.read = read

    def __missing__(self, orth):
        value = self[orth] = self.read(self.vocab[orth])
        return value


def word_screen(vocab):
    """The vocab's ``WordScreen``: the one a component registered already, or a new one.
    Known by the vocab before its flag is set (``settle``), so every component shares it."""
    screen = _SCREENS.get(id(vocab))
    if screen is not None and screen.vocab is vocab:
        return screen
    screen = _SCREENS[id(vocab)] = WordScreen(vocab)
    return screen


# id(vocab) -> its screen, for as long as a component or the vocab (its flag getter) holds it.
_SCREENS = weakref.WeakValueDictionary()


def last_words(text, n):
    """(start, end) of the last ``n`` whitespace-separated words of ``text``.

    Split from the right, so a long clause costs as much as a short one (a
    regular expression would find every word in it first). ``str.split`` and
    ``str.strip`` take the same characters for whitespace as ``\\s``."""
    tail = text.rstrip()
    parts = tail.rsplit(None, n)
    rest = tail[len(parts[0]) :] if len(parts) > n else tail  # the last n words, and the space before them
    return len(tail) - len(rest.lstrip()), len(tail)


def text_uses(text, name):
    """Start offsets of ``name`` in ``text`` as a whole name: no letter, digit or hyphen either side."""
    uses = []
    pos = text.find(name)
    while pos != -1:
        end = pos + len(name)
        if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-_")) \
                and (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
            uses.append(pos)
        pos = text.find(name, pos + 1)
    return uses


def token_uses(doc, text, word, start_char, offsets=None):
    """Indices of the tokens that read exactly ``word``, from ``start_char`` on.

    Found in the text and checked against token boundaries (``TokenOffsets``, the
    doc's from the word screen unless given): cheaper than a pass over every
    token's ORTH for a word that occurs a few times."""
    offsets = offsets or word_screen(doc.vocab).offsets(doc)
    uses = []
    pos = text.find(word, start_char)
    while pos != -1:
        span = offsets.char_span(pos, pos + len(word))
        if span is not None and span[1] - span[0] == 1:
            uses.append(span[0])
        pos = text.find(word, pos + 1)
    return uses


# Punctuation and words as the orth ids that steps reading ``WordScreen.orths`` compare against.
CLAUSE_END_ORTHS = {hash_string(p) for p in (".", ";", ":")}
CLOSE_PAREN_ORTH = hash_string(")")
OPEN_PAREN_ORTH = hash_string("(")
COLON_ORTH = hash_string(":")
HYPHEN_ORTH = hash_string("-")
COORDINATION_ORTHS = {hash_string(w) for w in ("and", ",", "or")}
COMMA_ORTH = hash_string(",")
