"""PaperLens's spaCy components, registered as factories for ``config.cfg``.

The components pass their entities along as candidate ``(start, end, label,
canonical)`` tuples in ``doc.user_data`` (see ``candidates``), and the last one,
``paperlens_ents``, writes ``doc.ents`` once: reading and writing ``doc.ents``
walks every token, and doing it in each component cost more than the tokenizer.
A span's canonical name is its ``kb_id_`` (readable as ``span._.canonical``),
so every later step, and the server, reads one attribute.

The whole pipeline must cost at most a few times the tokenizer (see
``bench/pipeline.py``), so the components look at few tokens one by one: they
screen with lexeme flags, the phrase matchers and regular expressions over the
text, share the per-token "already taken" flags, and process ``nlp.pipe``'s
docs a batch at a time (``BatchComponent``).
"""
import functools
import json
import re
import weakref
from array import array
from bisect import bisect_right
from pathlib import Path

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, ORTH
from spacy.strings import hash_string
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import minibatch, raise_error

from .form_tokens import FormTokens
from .kb import KB_DIR, load_entries
from .labels import LABELS
from .tokenizer import text_of

Span.set_extension("canonical", getter=lambda span: span.kb_id_ or span.text, force=True)


class BatchComponent:
    """``nlp.pipe`` for a rule component: the component runs over a batch of docs
    before the next one starts.

    Run doc by doc, each step of the pipeline pushes the others' working data (the
    tokenizer's cache, the matchers' tables, the string store) out of the CPU cache;
    run over a batch, each step finds its own still there. Each doc gets exactly
    what calling the component on it gives.
    """

    name = None
    _error_handler = None

    def pipe(self, docs, batch_size=128):
        """Each doc, as ``self(doc)`` makes it, ``batch_size`` docs at a time (nlp.pipe
        passes the config's ``[nlp] batch_size``)."""
        error_handler = self.get_error_handler()
        for batch in minibatch(docs, size=batch_size):
            for doc in batch:
                try:
                    yield self(doc)
                except Exception as e:
                    error_handler(self.name, self, [doc], e)

    def get_error_handler(self):
        return self._error_handler or raise_error

    def set_error_handler(self, error_handler):
        self._error_handler = error_handler


class UsesKnowledgeBase:
    """A component that asks the pipeline's knowledge-base matcher about names: it is looked up on first use
    (the matcher is added to the pipeline before these components) and kept. Needs ``self.nlp``."""

    _kb_pipe = False

    def _kb(self):
        if self._kb_pipe is False:
            self._kb_pipe = self.nlp.get_pipe("paperlens_kb") if "paperlens_kb" in self.nlp.pipe_names else None
        return self._kb_pipe


def named(component, name):
    """The component, knowing its name in the pipeline (for error handlers)."""
    component.name = name
    return component


CANDIDATES_KEY = "paperlens.candidates"
TAKEN_KEY = "paperlens.taken"
# (start, end) of metric candidates that name no measure of their own, such as a figure's unit,
# and of tasks written as a method's modifier ("OCR-free"; see ``qualifiers.MetricQualifiers``):
# the results step reads them, nothing highlights them.
UNITS_KEY = "paperlens.units"


def candidates(doc):
    """The entities found so far, as ``(start, end, label, canonical)`` token ranges, in order.

    Kept as plain tuples until ``paperlens_ents`` writes ``doc.ents``: creating
    ``Span`` objects in every component cost more than the tokenizer itself.
    """
    return doc.user_data.get(CANDIDATES_KEY, [])


def merge_ents(doc, new):
    """Add candidates; where they overlap, the longer one wins and, at equal length, the new one."""
    new = list(new)
    old = candidates(doc)
    if new and old and _merge_disjoint(doc, old, new):
        return
    doc.user_data[CANDIDATES_KEY] = resolve(new + old, len(doc))


def _merge_disjoint(doc, old, new):
    """Merge without a greedy pass where none is needed: when no new candidate
    overlaps an old one or another new one, every candidate is kept. The token
    flags of the old candidates (``taken``) answer that, if a component asked for
    them already (one that adds only free tokens did), and are brought up to date
    for the next component. Returns whether it merged."""
    cached = doc.user_data.get(TAKEN_KEY)
    if cached is None or cached[0] is not old or len(cached[1]) != len(doc) or not cached[2]:
        return False
    busy = cached[1]
    ordered = sorted(new)  # ``new`` keeps its order: the greedy pass breaks ties by it
    reach = 0
    for start, end, _, _ in ordered:
        if end > start:
            if start < reach or busy.find(1, start, end) != -1:
                return False
            reach = end
    merged = sorted(old + ordered)
    flags = bytearray(busy)
    for start, end, _, _ in ordered:
        if end - start == 1:  # ``mark``, inline
            flags[start] = 1
        else:
            flags[start:end] = b"\x01" * (end - start)
    doc.user_data[CANDIDATES_KEY] = merged
    doc.user_data[TAKEN_KEY] = (merged, flags, True)
    return True


def resolve(found, n_tokens):
    """Non-overlapping candidates, longest first (as spacy.util.filter_spans), in text order.

    Only candidates that overlap others need the greedy pass, and most overlap
    nothing: one sweep in text order groups the overlapping ones, and each group
    is settled on its own, as the greedy pass over everything would settle it
    (earlier in ``found`` wins at equal length).

    A group is made a list only once a second candidate joins it: most
    candidates stand alone, and a list per candidate cost a fifth of the pass.
    """
    if len(found) < 2:
        return list(found)
    by_start = iter(sorted(found))
    kept = []
    first = next(by_start)  # the current group's first candidate
    reach = first[1]
    group = None  # the current group, once it holds more than ``first``
    for cand in by_start:
        if cand[0] < reach:
            if group is None:
                group = [first, cand]
            else:
                group.append(cand)
            if cand[1] > reach:
                reach = cand[1]
            continue
        if group is None:
            kept.append(first)
        else:
            kept += _settle(group, found)
            group = None
        first = cand
        reach = cand[1]
    if group is None:
        kept.append(first)
    else:
        kept += _settle(group, found)
    return kept


def _settle(group, found):
    """The greedy pass over one group of overlapping candidates: longest first, then
    earliest in ``found``; a candidate is kept if it overlaps none kept before it."""
    if len(group) == 2 and group[1][1] > group[1][0]:
        # The usual group, two candidates that overlap: the one first in that order wins.
        a, b = group
        longer = (a[1] - a[0]) - (b[1] - b[0])
        if longer:
            return [a if longer > 0 else b]
        return [a if found.index(a) <= found.index(b) else b]
    order = sorted(group, key=lambda c: (c[0] - c[1], found.index(c)))
    kept, used = [], set()
    for cand in order:
        tokens = range(cand[0], cand[1])
        if used.isdisjoint(tokens):
            kept.append(cand)
            used.update(tokens)
    kept.sort()
    return kept


def taken(doc):
    """A per-token flag: is the token inside an entity found so far?

    Kept with the candidates it was made from, so components that ask in turn
    share it; callers must not change it."""
    return _taken(doc)[0]


def _taken(doc):
    """``taken(doc)``, and whether the candidates are disjoint (cover as many tokens as their lengths add up to)."""
    found = candidates(doc)
    cached = doc.user_data.get(TAKEN_KEY)
    if cached is not None and cached[0] is found and len(cached[1]) == len(doc):
        return cached[1], cached[2]
    flags = bytearray(len(doc))
    length = 0
    for start, end, _, _ in found:
        if end - start == 1:  # ``mark``, inline: a call per candidate costs as much as the flags
            flags[start] = 1
            length += 1
        else:
            flags[start:end] = b"\x01" * (end - start)
            length += end - start
    disjoint = flags.count(1) == length
    doc.user_data[TAKEN_KEY] = (found, flags, disjoint)
    return flags, disjoint


def mark(flags, start, end):
    """Set the flags of tokens start..end-1; most candidates are one token, and setting
    one item costs a fraction of assigning a slice."""
    if end - start == 1:
        flags[start] = 1
    else:
        flags[start:end] = b"\x01" * (end - start)


def char_ranges(doc, found):
    """(start_char, end_char) of each candidate.

    Read token by token: a doc holds a few dozen candidates, and exporting a
    whole token array costs more than reading those tokens."""
    ranges = []
    for start, end, _, _ in found:
        last = doc[end - 1]
        ranges.append((doc[start].idx, last.idx + len(last)))
    return ranges


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
        self.texts = _WordTable(vocab, lambda lex: lex.orth_)
        self.lowers = _WordTable(vocab, lambda lex: lex.lower_)
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


class _WordTable(dict):
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


# The blank columns ``EntityWriter`` copies an array from: the outside tag, and zeros
# (sliced off one long array, which costs less than building them per doc).
_OUTSIDE = array("Q", [2])
_NONE = array("Q", [0])
_ZEROS = _NONE * 65536


class _StringIds(dict):
    """A string's id, added to the string store on first sight."""

    def __init__(self, strings):
        super().__init__()
        self.strings = strings

    def __missing__(self, string):
        value = self[string] = self.strings.add(string)
        return value


@Language.factory("paperlens_ents")
def make_ents_writer(nlp, name):
    return named(EntityWriter(nlp.vocab), name)


class EntityWriter(BatchComponent):
    """The pipeline's last step: the candidates become ``doc.ents``, written as token arrays in one go.

    The array is filled in place, an entity's tokens one by one: most entities
    are a token or two, and setting a few items of a Python ``array`` costs
    less than the numpy calls that laid it out run by run."""

    def __init__(self, vocab):
        self.strings = vocab.strings
        self.screen = word_screen(vocab)
        # label -> its id, added to the string store once, here: a handful of labels
        # name every entity, and a dict look-up costs less than ``strings.add``
        self._label_ids = _StringIds(vocab.strings)
        for label in LABELS:
            self._label_ids[label]

    def __call__(self, doc):
        found = doc.user_data.pop(CANDIDATES_KEY, None)
        doc.user_data.pop(TAKEN_KEY, None)
        doc.user_data.pop(SCREEN_KEY, None)
        self.screen.forget(doc)
        units = doc.user_data.pop(UNITS_KEY, None)
        if units and found:
            found = [c for c in found if (c[0], c[1]) not in units]
        if found:
            doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], self._array(found, len(doc)))
        return doc

    def _array(self, found, n_tokens):
        """An (n_tokens, 3) array of ENT_IOB, ENT_TYPE, ENT_KB_ID for non-overlapping, sorted candidates.

        Laid out column by column in memory (the transpose of a C-ordered
        (3, n_tokens) array): ``Doc.from_array`` reads it that way, and copies
        an array laid out row by row first."""
        strings = self.strings
        label_ids = self._label_ids
        ids = {}  # each canonical added to the store once per doc, not once per entity
        n, n2 = n_tokens, 2 * n_tokens
        # ENT_IOB 2 (outside) for every token, then ENT_TYPE and ENT_KB_ID 0
        cols = _OUTSIDE * n_tokens
        cols += _ZEROS[:n2] if n2 <= len(_ZEROS) else _NONE * n2
        pos = 0
        for start, end, label, canonical in found:
            if start < pos or end <= start:
                return self._array_slowly(found, n_tokens)
            label_id = label_ids[label]
            kb_id = ids.get(canonical) or ids.setdefault(canonical, strings.add(canonical))
            cols[start] = 3  # begins an entity
            cols[n + start] = label_id
            cols[n2 + start] = kb_id
            if end - start > 1:  # most entities are one token: no range to make
                for i in range(start + 1, end):
                    cols[i] = 1  # inside
                    cols[n + i] = label_id
                    cols[n2 + i] = kb_id
            pos = end
        return numpy.frombuffer(cols, dtype="uint64").reshape(3, n_tokens).T

    def _array_slowly(self, found, n_tokens):
        """The same array, entity by entity, for candidates the fast path does not expect."""
        strings = self.strings
        arr = numpy.zeros((n_tokens, 3), dtype="uint64")
        arr[:, 0] = 2  # outside any entity
        for start, end, label, canonical in found:
            arr[start, 0] = 3
            arr[start + 1 : end, 0] = 1
            arr[start:end, 1] = strings.add(label)
            arr[start:end, 2] = strings.add(canonical)
        return arr


@Language.factory("paperlens_kb", default_config={"kb_dir": None})
def make_kb_matcher(nlp, name, kb_dir):
    return named(KnowledgeBaseMatcher(nlp, kb_dir or KB_DIR), name)


class KnowledgeBaseMatcher(BatchComponent):
    """Finds every knowledge-base name and alias, as whole tokens.

    One phrase matcher over lowercase forms finds both kinds of name: those
    matched in any case, and those matched only as written (ImageNet, FID),
    whose matches are then kept only where the tokens read exactly as one of
    their forms. Each matcher call reads an attribute of every token, so one
    call instead of an exact-case and an any-case matcher saves a pass over
    the doc, and the check reads only the few matched tokens."""

    def __init__(self, nlp, kb_dir):
        self.entries = load_entries(kb_dir)
        self.by_canonical = {(e.label, e.canonical): e for e in self.entries}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.screen = word_screen(nlp.vocab)
        # match key -> (label, canonical, the orths an exact-case match must read, or None)
        self._found_as = {}
        # A generated variant never takes a form another entry already names.
        # Two names that both match in exact case may differ only in case (SuperGLUE the dataset,
        # SuperGlue the matcher): an exact form is claimed by its exact spelling, a loose one by its lowercase.
        claimed = {(s if e.exact_case(s) else s.lower()): e for e in self.entries for s in e.surfaces}
        loose_claims = {s.lower(): e for e in self.entries for s in e.surfaces if not e.exact_case(s)}
        per_entry = []
        for entry in self.entries:
            forms = [(f, e) for f, e in entry.match_forms()
                     if claimed.setdefault(f if e else f.lower(), entry) is entry
                     and loose_claims.get(f.lower(), entry) is entry]
            exact = [f for f, is_exact in forms if is_exact]
            loose = [f for f, is_exact in forms if not is_exact]
            per_entry.append((exact, loose, [v for f in loose for v in title_variants(f)]))
        # Every form's tokens at once, from the on-disk cache where it has them (``FormTokens``).
        # The matcher is given each pattern as the hashes of its tokens' lowercase forms (the
        # LOWER attribute it matches on), so no Doc and no lexeme is made for a pattern.
        form_tokens = FormTokens(nlp.tokenizer)
        tokens = iter(form_tokens.tokens([f for forms in per_entry for group in forms for f in group]))
        add_string = nlp.vocab.strings.add
        # The phrase matcher makes a lexeme of each match key, and a lexeme's attributes (shape,
        # like_num, ...) cost more to work out than the rest of adding its patterns. A key is no
        # word, and the patterns are hashes that make no lexeme, so the matcher is filled with the
        # vocab's attribute getters set aside.
        getters, nlp.vocab.lex_attr_getters = nlp.vocab.lex_attr_getters, {}
        try:
            for i, (entry, (exact, loose, variants)) in enumerate(zip(self.entries, per_entry)):
                exact_tokens = [next(tokens) for _ in exact]
                loose_tokens = [next(tokens) for _ in loose] + [next(tokens) for _ in variants]
                if exact:
                    # a one-word form by its orth, a longer one by the tuple of its tokens' orths
                    orths = [tuple(add_string(t) for t in toks) for toks in exact_tokens]
                    self._add(nlp, f"{MATCH_KEY_PREFIX}{i}-exact", entry,
                              [tuple(add_string(t.lower()) for t in toks) for toks in exact_tokens],
                              frozenset(o[0] if len(o) == 1 else o for o in orths))
                if loose:
                    lowered = dict.fromkeys(tuple(t.lower() for t in toks) for toks in loose_tokens)
                    self._add(nlp, f"{MATCH_KEY_PREFIX}{i}", entry,
                              [tuple(add_string(t) for t in toks) for toks in lowered], None)
        finally:
            nlp.vocab.lex_attr_getters = getters
        form_tokens.save()
        # Surfaces as written, for the components that ask "is this a known name?"
        self.surface_index = {}
        for entry in self.entries:
            for surface in entry.found_surfaces:
                self.surface_index.setdefault(surface if entry.exact_case(surface) else surface.lower(), entry)
        # A size or variant written onto a known model's name: "LLaMA-1B", "ViT-B/4", "OPT-30B/66B/175B".
        (self._sized,) = self.screen.register(self.sized_variant)

    def lookup(self, text):
        """The entry a surface form names, if any."""
        return self.surface_index.get(text) or self.surface_index.get(text.lower())

    def sized_variant(self, text):
        """Whether a word is a known method's name with a size or variant written onto it, which
        the knowledge base does not list itself: "LLaMA-1B", "OPT-30B/66B/175B", "ViT-B/4",
        "COMETKiwi-XL", "LLaMA2/3"."""
        match = SIZED_VARIANT.match(text)
        if match is None or self.lookup(text) is not None:
            return False
        entry = self.lookup(match.group(1))
        return entry is not None and entry.label == "METHOD"

    def describe(self, label, canonical):
        entry = self.by_canonical.get((label, canonical))
        return entry.description if entry else ""

    def _add(self, nlp, key, entry, patterns, exact_orths):
        self._found_as[nlp.vocab.strings.add(key)] = (entry.label, entry.canonical, exact_orths)
        self.matcher.add(key, patterns)

    def __call__(self, doc):
        # Exact-case names first, then the others: the order two matchers (ORTH,
        # then LOWER) gave, which decides between overlapping names of one length.
        exact_spans, spans = [], []
        found_as = self._found_as
        orths = None  # the doc's ORTH list from the word screen, which later steps read too
        for key, start, end in self.matcher(doc):
            label, canonical, exact_orths = found_as[key]
            if exact_orths is None:
                into = spans
            else:
                if orths is None:
                    orths = self.screen.orths(doc)
                if (orths[start] if end - start == 1 else tuple(orths[start:end])) not in exact_orths:
                    continue  # "is" for IS, "transformer" for the exact "Transformer"
                into = exact_spans
            if label == "METHOD":
                sized = with_size_word(doc, end, self.screen)
                if sized is not None:
                    into.append((start, end + 2, label, f"{canonical}-{sized}"))  # "SwinIR-light", "Cutie-base"
                    continue
            if label == "DATASET":
                end, resolution = with_resolution(doc, end, self.screen)
                if resolution:
                    if not canonical.lower().endswith(" " + resolution.lower()):  # ("BridgeData V2" is its name)
                        canonical = with_part(canonical, resolution)
                    into.append((start, end, "DATASET", canonical))
                    continue
            into.append((start, end, label, canonical))
        sized_bit = self._sized
        sized = [(i, i + 1, "METHOD", word) for i, bits, word in self.screen.hits(doc) if bits & sized_bit]
        merge_ents(doc, exact_spans + spans + sized)
        return doc


def title_variants(form, max_words=3):
    """A name matched in any case, written in a title's case: the tokenizer keeps a hyphenated
    word whole when its parts are capitalised ("Fairness-Aware", "Text-to-Speech") but splits
    it in lowercase ("fairness-aware"), so the lowercase pattern would miss the title. Each
    hyphenated word (up to ``max_words`` of them) is written capitalised or not."""
    words = form.split(" ")
    hyphenated = [i for i, w in enumerate(words) if "-" in w.strip("-")]
    if not hyphenated or len(hyphenated) > max_words:
        return []
    out = []
    for mask in range(1, 2 ** len(hyphenated)):
        titled = list(words)
        for bit, i in enumerate(hyphenated):
            if mask >> bit & 1:
                titled[i] = "-".join(p[:1].upper() + p[1:] for p in titled[i].split("-"))
        out.append(" ".join(titled))
    return out


_SIZE = r"\d+(?:\.\d+)?[KMBTkmbt]"
SIZED_USE = re.compile(r"(?<![\w-])([A-Z][\w.]*?[A-Za-z0-9])-[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*(?![\w-])")
SIZED_VARIANT = re.compile(
    rf"^([A-Za-z][\w.]*?[A-Za-z0-9])(?:-{_SIZE}(?:/{_SIZE})*|-(?:XXL|XL|XS|S|B|L|H|G|Ti|T|M|SA|MA|Base|Large|Small"
    rf"|Tiny|Huge|Giant|Medium)(?:\d{{1,2}})?(?:/\d+)?|/\d+(?:\.\d+)?)$"  # "ViT-B/16", "FastViT-SA12", "EfficientNet-B0"
)


def with_resolution(doc, end, screen=None):
    """A resolution, an edition or a version written right after a dataset belongs to it: "FFHQ 64x64",
    "ImageNet 256×256", "ImageNet 256 times 256" where a page lost the ×, "COCO 2017", "Clotho v2.1".
    Returns the new end and "WxH" or the year. (Words are read off the word screen's ORTH
    list and tables, not as Tokens.)"""
    if end < len(doc):
        screen = screen or word_screen(doc.vocab)
        orths, texts = screen.orths(doc), screen.texts
        nxt = texts[orths[end]]
        match = RESOLUTION.match(nxt)
        if match:
            return end + 1, f"{match.group(1)}x{match.group(2)}"
        if YEAR.match(nxt) and screen.space_after(doc, end - 1) and not (
                end + 2 < len(doc) and texts[orths[end + 1]] in {"-", "–", "—"} and YEAR.match(texts[orths[end + 2]])):
            # (not "WMT 2020–2023": a span of editions is no edition)
            # "i2b2 2014", "COCO 2017": the edition is part of the name, and so is a split after it
            split_end, split = with_split(doc, end + 1, screen)
            return split_end, with_part(nxt, split) if split else nxt
        if DATASET_VERSION.match(nxt) and screen.space_after(doc, end - 1):
            return end + 1, nxt  # "Clotho v2.1", "LVOS v2": the version is part of the name
        split_end, split = with_split(doc, end, screen)
        if split:
            return split_end, split
        if end + 2 < len(doc) and nxt.isdigit() and texts[orths[end + 1]] in {"x", "×", "times"} \
                and texts[orths[end + 2]].isdigit():
            return end + 3, f"{nxt}x{texts[orths[end + 2]]}"
    return end, None


SIZE_WORDS = {"light", "lite", "tiny", "small", "base", "large", "huge", "mini", "nano", "xl", "xxl"}


def with_size_word(doc, end, screen):
    """The size written onto a method's name in lowercase, which the tokenizer splits off at the hyphen:
    "SwinIR-light", "Cutie-base", "MusicGen-large". Returns the size word, or None."""
    if end + 1 < len(doc) and hyphen_joined(doc, end, screen):
        word = screen.texts[screen.orths(doc)[end + 1]]
        if word in SIZE_WORDS:  # (written in lowercase: the set holds lowercase words only)
            return word
    return None


def hyphen_joined(doc, k, screen):
    """Whether token ``k`` is a hyphen written with no space on either side, one the tokenizer split a word at
    ("val-unseen", "test-dev", "SwinIR-light")."""
    return screen.orths(doc)[k] == HYPHEN_ORTH and not screen.space_after(doc, k - 1) and not screen.space_after(doc, k)


def with_part(name, part):
    """A dataset's name with its resolution, edition or split: "ImageNet 256x256", "COCO 2017 val", and
    "MiniF2F-test", whose split ``with_split`` gives with the hyphen that joins it."""
    return f"{name}{part}" if part[0] == "-" else f"{name} {part}"


def with_split(doc, end, screen=None):
    """ "COCO 2017 val", "LibriSpeech test-clean", "the COCO test set": the split written after
    a dataset's name, as the guideline keeps it. "test" and "validation" only before "set"/"split"."""
    if end < len(doc):
        screen = screen or word_screen(doc.vocab)
        orths, texts, lowers = screen.orths(doc), screen.texts, screen.lowers
        if not screen.space_after(doc, end - 1):
            # "miniF2F-test", "ProofNet-valid": a split joined to the name by a hyphen stays joined
            if orths[end] == HYPHEN_ORTH and end + 1 < len(doc) and not screen.space_after(doc, end) \
                    and lowers[orths[end + 1]] in JOINED_SPLITS \
                    and (end + 2 == len(doc) or screen.space_after(doc, end + 1) or screen.texts[orths[end + 2]] in ",.;:)"):
                return end + 2, "-" + texts[orths[end + 1]]
            return end, None
        word = lowers[orths[end]]
        if word in SPLIT_SUFFIXES and end + 2 < len(doc) and hyphen_joined(doc, end + 1, screen) \
                and lowers[orths[end + 2]] in SPLIT_SUFFIXES[word]:
            # "test-dev", "R2R-CE val-unseen": a split the tokenizer split before its lowercase part
            return end + 3, screen.offsets(doc).text(text_of(doc), end, end + 3)
        if word in SPLITS:
            return end + 1, texts[orths[end]]
        if word in {"test", "validation", "dev"} and end + 1 < len(doc) and lowers[orths[end + 1]] in {"set", "split", "sets"}:
            return end + 1, texts[orths[end]]
    return end, None


JOINED_SPLITS = {"test", "val", "valid", "dev", "validation"}
SPLITS = {"val", "val2017", "val2014", "minival", "test-dev", "test-std", "test-challenge", "test-clean", "test-other",
          "dev-clean", "dev-other", "testa", "testb", "test2017", "test2015"}
# The lowercase parts a split's first word takes after a hyphen: "test-dev", "dev-clean", and of any split
# "-seen" or "-unseen" ("val-unseen", a split of unseen environments).
SPLIT_SUFFIXES = {**dict.fromkeys(SPLITS, {"seen", "unseen"}),
                  "test": {"dev", "std", "clean", "other", "challenge", "seen", "unseen"},
                  "dev": {"dev", "std", "clean", "other", "challenge"}}
RESOLUTION = re.compile(r"^(\d{2,4})[x×](\d{2,4})$")
YEAR = re.compile(r"^(?:19[89]\d|20[0-3]\d)$")
DATASET_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")


@Language.factory("paperlens_context", default_config={"rules_path": None})
def make_context_rules(nlp, name, rules_path):
    return named(ContextRules(nlp.vocab, rules_path or KB_DIR / "context.json"), name)


class ContextRules(BatchComponent):
    """Short names that mean different things, decided by the words around them:
    MAE near "pretraining" is the masked autoencoder, not mean absolute error; IS is
    the Inception Score only next to a figure or another metric. Rules are data
    (nlp/kb/context.json); only mentions with a ruled surface are looked at."""

    def __init__(self, vocab, path):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        self.window = data["window"]
        self.rules = {rule["surface"]: rule for rule in data["rules"]}
        if len(self.rules) != len(data["rules"]):
            raise ValueError("context.json: a surface has two rules; only the last would apply, so join them")
        # A rule on a name of several words ("inference speed") holds in any case; the screen
        # flags its first word, and only candidates starting on a flagged word are looked at.
        self._first_words = {s.split()[0].lower() for s in self.rules if " " in s}
        self.screen = word_screen(vocab)
        (self._ruled,) = self.screen.register(
            lambda text: text in self.rules or text.lower() in self._first_words)
        # orth -> whether the word is a figure ("3.1", "12%"): the words near a ruled name are read
        # by position off the word screen's ORTH list and tables, not as Tokens
        self._figures = _WordTable(vocab, lambda lex: lex.like_num and not lex.is_alpha)

    def __call__(self, doc):
        found = candidates(doc)
        if not found:
            return doc
        # The tokens with a ruled surface come from the shared word screen, read once per doc.
        ruled_bit = self._ruled
        ruled = {i for i, kind, _ in self.screen.hits(doc) if kind & ruled_bit}
        if not ruled or not any(s in ruled for s, _, _, _ in found):
            return doc
        orths, texts, lowers = self.screen.orths(doc), self.screen.texts, self.screen.lowers
        kept = []
        relabelled = {}  # one-word surface -> the relabelling its rule gave it somewhere in the doc
        doc_words = None  # every word of the doc, for a rule that asks anywhere in it
        for cand in found:
            start, end, label, canonical = cand
            # only a candidate that starts on a token the screen flagged reads as a ruled surface
            rule = None
            if start in ruled:
                if end - start == 1:
                    rule = self.rules.get(texts[orths[start]])
                else:
                    rule = self.rules.get(self.screen.offsets(doc).text(text_of(doc), start, end).lower())
            if rule is None:
                kept.append(cand)
                continue
            lo, hi = self._sentence_window(orths, texts, start, end)
            window = orths[lo:hi]
            near = {texts[orth] for orth in window} | {lowers[orth] for orth in window}
            has_figure = any(self._figures[orth] for orth in window)
            relabel = rule.get("relabel_near")
            # "from MAE pretraining": a word right after the name decides, whatever figures stand near
            decisive = relabel and end < len(doc) and lowers[orths[end]] in relabel.get("next_words", ())
            if relabel and (decisive or near & set(relabel["words"]) and not (relabel.get("unless_figure") and has_figure)):
                # relabelled, the mention is the other entry's, whatever the rule asks of this one's
                # ("AP by 2.0 points and AR by 1.5 points": average recall, not an autoregressive model)
                kept.append((start, end, relabel["label"], relabel["canonical"]))
                if end - start == 1:
                    relabelled[texts[orths[start]]] = relabel
                continue
            if "require_next" in rule and (end >= len(doc) or texts[orths[end]] not in rule["require_next"]):
                continue
            if "unless_prev" in rule and start > 0 and lowers[orths[start - 1]] in rule["unless_prev"] \
                    or "unless_next" in rule and end < len(doc) and texts[orths[end]] in rule["unless_next"]:
                continue  # "90% nominal coverage" is a target; "coverage-guided" names no measure
            if "require_near" in rule:
                need = rule["require_near"]
                ok = bool(near & set(need["words"]))
                ok = ok or (need.get("figures") and has_figure)
                ok = ok or (need.get("metrics") and any(
                    c is not cand and c[2] == "METRIC" and c[1] > lo and c[0] < hi for c in found))
                if not ok and need.get("anywhere") and start > 0 and texts[orths[start - 1]] not in SENTENCE_PUNCT:
                    # "Training on Electricity takes 4 minutes" in an abstract that names ETTh1 and Traffic too (but
                    # not a sentence's first word: "Traffic speed on a road ...")
                    if doc_words is None:
                        doc_words = {texts[orth] for orth in set(orths)}
                    ok = bool(doc_words & set(need["words"]))
                if not ok:
                    continue
            kept.append(cand)
        if relabelled:
            # One sense per abstract: a short name the context showed to be the other entry's once ("pixel-reconstruction
            # targets, as in MAE") is that entry's where nothing near decides, as in a baseline's brackets ("(MAE: 83.6%)")
            kept = [(c[0], c[1], relabelled[w]["label"], relabelled[w]["canonical"])
                    if c[1] - c[0] == 1 and (w := texts[orths[c[0]]]) in relabelled and c[2] != relabelled[w]["label"]
                    and not self._measured_right_after(orths, texts, c[1]) else c for c in kept]
        doc.user_data[CANDIDATES_KEY] = kept
        return doc

    @staticmethod
    def _measured_right_after(orths, texts, end):
        """Whether the name is given a figure right after it as a measure: "an MAE of 0.41", "MAE = 0.41"."""
        return end < len(orths) and texts[orths[end]] in {"of", "=", "is", "was", "drops", "falls", "rises"}

    def _sentence_window(self, orths, texts, start, end):
        """Up to ``window`` tokens each side, not past the end of the sentence (the doc's ORTH list
        and the word screen's texts)."""
        lo = start
        while lo > 0 and start - lo < self.window and texts[orths[lo - 1]] not in SENTENCE_PUNCT:
            lo -= 1
        hi = end
        while hi < len(orths) and hi - end < self.window and texts[orths[hi]] not in SENTENCE_PUNCT:
            hi += 1
        return lo, hi


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
        restoration denoising inpainting completion reasoning understanding compression""",
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
        self._lower_stops = _WordTable(nlp.vocab, lambda lex: lex.is_stop and lex.is_lower)

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
                and any(w[:1].islower() for w in long_text.split()[1:]) and not self._introduced(doc, long_span):
            # "lookup tables (LUTs)", "electronic health records (EHRs)": a thing written in lowercase,
            # not a method's name ("Tiny Time Mixers (TTMs)")
            return None, None
        if label is None and (coined_shape(short_text) or short_entry):
            label = "METHOD"  # a coined short form (WeLore, DFloat11): most name a method
        if short_entry:  # the short form is known, but this text defines another meaning of it
            return label, long_text.lower() if long_text[1:].islower() else long_text
        if label in {"METRIC", "TASK"}:
            # a measure or task is known by what it says ("speaker similarity (SIM)"), a method by its name
            return label, long_text.lower() if long_text[1:].islower() else long_text
        return label, short_text


    @staticmethod
    def _defines_other(long_text, entry):
        """ "Sharpness-aware minimisation (SAM)": the text defines a different SAM than the
        knowledge base's, when the long form shares no word with any of the entry's names."""
        words = {w for w in re.findall(r"[a-z]{4,}", long_text.lower())}
        names = " ".join(entry.surfaces).lower() + " " + entry.description.lower()
        return not any(w in names for w in words)


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


def coined_shape(text):
    """Whether a word is shaped like a coined name: capitals inside the word
    (LowDiff, TSPulse, McQuic, DSCLoRA), an all-capitals word of three or more
    letters (OSCAR, U-REPA), or capitals with digits (T5X, YOLOv8)."""
    core = text.replace("-", "")
    if "/" in core:
        core = SIZE_SLASH.sub("", core)  # "EMOv2-1M/2M/5M": sizes listed with slashes
    if "^" in core:
        core = LATEX_MARKS.sub("", core)  # "S^{2}FT", "E^2-LLM": a power written in LaTeX is part of the name
    if "." in core:
        core = DECIMAL_POINT.sub("", core)  # "RankSkim-1.5B", "VoxQuill-0.6B": a size with a decimal point
    if not core.isalnum() or not text[0].isalpha() or not core.isascii():
        return False
    if "-" in text:
        # Capitalised words joined by hyphens ("Low-Rank", "Time-Shift") are not
        # a coined name; one coined part ("U-REPA", "Lumina-mGPT") makes it one.
        parts = [part for part in text.split("-") if part]
        if any(coined_shape(part) or any(c.isdigit() for c in part) for part in parts):
            return True
        # acronyms joined by a hyphen ("MG-NO", "LLM-TS"): capitals enough for an acronym's name
        return len(parts) > 1 and all(part.isupper() for part in parts) and sum(map(len, parts)) >= 4
    upper = sum(c.isupper() for c in core)
    lower = sum(c.islower() for c in core)
    digits = sum(c.isdigit() for c in core)
    return (upper >= 2 and lower >= 1) or (upper >= 3 and lower == 0) or (upper >= 1 and digits >= 1 and len(core) >= 3)


SIZE_SLASH = re.compile(r"/(?=\d)")
DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
LATEX_MARKS = re.compile(r"\^\{?|\}")
NOT_COINED = set(
    """LLM LLMs CNN CNNs GPU GPUs CPU CPUs TPU AI NLP RGB SOTA API APIs URL HTTP JSON PDF PyTorch TensorFlow
    GitHub HuggingFace JAX CUDA DNN DNNs RNN RNNs MLP MLPs FPS IoT LiDAR ArXiv OpenAI DeepMind Google Meta
    NVIDIA Microsoft YouTube iPhone MacBook FLOP FLOPs TOPS GFLOPs TFLOPs MB GB KB TB ML DL RL CV ASR TTS
    DeepSpeed FasterTransformer vLLM SGLang TensorRT TensorRT-LLM Megatron-LM ONNX OpenVINO
    FP16 FP32 FP8 BF16 INT8 INT4 A100 H100 H200 V100 A6000 RTX3090 RTX4090""".split()
)
# Words after which a name is what a result is set against: "outperforms EDAtt", "faster than EmerNeRF".
COMPARED_AFTER = {"than", "outperforms", "outperforming", "outperform", "surpasses", "surpassing", "surpass", "beats",
                  "beating", "versus", "vs", "vs.", "against", "over"}
# A figure a name follows with "for": "0.93 for AudioSR", "41.2% for OpenHands-LM-32B".
FIGURE = re.compile(r"^[+\-−]?\d[\d,.]*(?:%|×|x)?$")
TRIGGER_WORDS = {"propose", "proposes", "proposed", "introduce", "introduces", "introduced", "present", "presents",
                 "presented", "develop", "develops", "developed", "design", "designs", "designed", "termed",
                 "dubbed", "named", "called", "coined", "call", "annotate"}
COLLECTION_WORDS = {"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "leaderboard", "suite", "trace",
                    "traces"}


def is_name_word(tok):
    """A word that can be part of a dataset's name: capitalised or with digits, not a common word."""
    text = tok.text
    return (text[:1].isupper() or any(c.isdigit() for c in text)) and any(c.isalpha() for c in text) \
        and not tok.is_stop and not tok.is_punct and text not in NOT_DATASET_WORDS


ROMAN_NUMERAL = re.compile(r"^[IVX]+$")
NOT_DATASET_WORDS = {"The", "Our", "This", "These", "We", "Existing", "Standard", "Public", "New", "Large", "Several",
                     "Multiple", "Real", "Synthetic", "Benchmark", "Extensive", "Experiments", "Results", "On", "In"}
# A size or variant written onto a model's name: "-S", "-XL", "-7B", "-Base", "-M".
SIZE_SUFFIX = re.compile(r"(?:XXL|XL|XS|S|B|L|H|G|T|M|Ti|Tiny|Small|Base|Large|Huge|\d+(?:\.\d+)?[KMBT])$")
# A paper's own name before its title's colon that the shape test misses: "R-Sparse", "Video-LLaMA".
TITLE_PREFIX = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$")
BENCHMARK_NAME = re.compile(r"(?:Bench|Benchmark|Arena|Eval)$")
# Words after a name that say it is a system, not data: "the TransferQA baseline", "the FinQA model".
SYSTEM_WORDS = {"baseline", "baselines", "model", "models", "method", "methods", "system", "systems", "agent", "agents"}
# A name that is a benchmark's by its shape: "ZedBench", "Foo-Bench", "FinTabQA", "DocArena-2".
BENCHMARK_SHAPE = re.compile(r"[A-Za-z0-9]{2,}-?(?:Bench|Benchmark|Arena|QA)(?:-?\d+(?:\.\d+)?)?$")
CLAIM_VERBS = {"achieves", "outperforms", "surpasses", "improves", "reaches", "attains", "delivers", "yields",
               "reduces", "enables", "matches", "sets", "establishes", "beats", "exceeds", "obtains"}
NAMING_WORDS = {"named", "called", "termed", "dubbed", "coined", "call"}
# The words a claim's subject may follow inside a sentence: "Averaged over 27 datasets, Verdigraph obtains ...".
CLAIM_OPENERS = {"and", "but", "while", "whereas", "then", "thus", "hence", "here", "overall", "consequently"}
VERSION = re.compile(r"^v?\d+(?:\.\d+)+$|^v\d+$")
APPOSITIVE_WORDS = {"novel", "new", "simple", "unified", "lightweight", "efficient", "general", "generalist",
                    "framework", "method", "model", "approach", "architecture", "technique", "benchmark", "dataset",
                    "family", "suite", "system", "algorithm", "pipeline", "paradigm", "toolkit", "library"}
DATASET_WORDS = {"dataset", "benchmark", "corpus", "suite", "leaderboard", "challenge", "benchmarking", "datasets",
                 "benchmarks"}
# What a collection of data is counted in: "PatentMatch-X, 5,200 examiner-verified query-document pairs".
DATA_ITEMS = {"pairs", "examples", "questions", "images", "videos", "clips", "utterances", "dialogues", "dialogs",
              "documents", "instances", "problems", "samples", "sentences", "hours", "annotations", "queries",
              "recordings", "prompts", "tasks", "items", "articles", "conversations", "passages", "scenes",
              "episodes", "trajectories", "demonstrations", "papers", "programs", "captions", "transcripts",
              "triples", "puzzles", "repositories", "games", "photos", "tables", "charts", "molecules", "proteins"}
# Words between a name's comma and the count of what it holds: "X, a set of 1,200 documents".
COUNT_FILLERS = {"a", "an", "the", "new", "set", "collection", "of", "comprising", "containing", "with", "over",
                 "more", "than", "about", "nearly", "roughly", "some", "which", "contains", "comprises", "consisting"}
COUNT = re.compile(r"^\d[\d,.]*[kKM]?$")


CLAUSE_END_ORTHS = {hash_string(p) for p in (".", ";", ":")}
CLOSE_PAREN_ORTH = hash_string(")")
OPEN_PAREN_ORTH = hash_string("(")
COLON_ORTH = hash_string(":")
HYPHEN_ORTH = hash_string("-")
COORDINATION_ORTHS = {hash_string(w) for w in ("and", ",", "or")}
COMMA_ORTH = hash_string(",")


# Words that make a name a part of the dataset named after "of": "the PB_T50_RS variant of ScanObjectNN".
PART_WORDS = frozenset({"variant", "subset", "split", "version", "part", "portion", "partition", "track", "setting"})
SNAKE_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")


# The words the coined-name detector looks at (see ``WordScreen``).
def is_snake_identifier(text):
    """A name written with underscores, as benchmarks name their tasks and scenarios ("protoss_10_vs_11",
    "matbench_mp_gap", "LongMemEval_S"); not a measure's subscript ("CHAIR_S", "AP_r") or a variable ("x_t")."""
    if SNAKE_IDENTIFIER.fullmatch(text) is None:
        return False
    head, last = text.rsplit("_", 1)
    return len(last) > 2 or "_" in head or len(head) > 3 and not head.isupper()  # ("LongMemEval_S")


def may_be_coined(text):
    return text not in NOT_COINED and coined_shape(text)


def is_claim(text):
    """ "achieves", "outperforms": the subject before it may be the paper's own name."""
    return text in CLAIM_VERBS


def is_trigger(text):
    """ "propose", "introduce", "dubbed": a name may follow."""
    return text.lower() in TRIGGER_WORDS


def is_collection(text):
    """ "dataset", "benchmarks": a name may come before."""
    return text.lower() in COLLECTION_WORDS


# Capitalised words before a capitalised method name that describe it rather than name it, or open a title.
NOT_NAME_MODIFIERS = set(
    """efficient lightweight light-weight fast faster scalable robust simple novel new improved better large larger
    small smaller tiny deep deeper shallow pretrained pre-trained modern recent existing current standard conventional
    traditional vanilla popular prior previous typical classic classical generic general unified universal accurate
    practical powerful strong stronger effective compact towards toward rethinking revisiting beyond via using with
    when how why what which do does can are is on in for from of and or the a an our we this these those""".split()
)
SENTENCE_OPENERS = {".", "!", "?", ";", "\n\n"}


@functools.lru_cache(maxsize=65536)
def titled_modifier(word):
    """A capitalised word that may be part of a method's name before a capitalised name
    ("Wavelet", "Rank-Aware", "Non-scaling"): not a gerund opening a title ("Improving"),
    not a descriptive or common word."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper():
        return False
    lower = word.lower()
    if lower in NOT_NAME_MODIFIERS or lower in STOP_WORDS:
        return False
    return "-" in word or not lower.endswith("ing")


@Language.factory("paperlens_coined_names", default_config={"window": 8})
def make_coined_names(nlp, name, window):
    return named(CoinedNameDetector(nlp, window), name)


class CoinedNameDetector(UsesKnowledgeBase, BatchComponent):
    """Names a paper coins for its own method or dataset, which no knowledge base can know.

    Evidence: "we propose X", "termed/dubbed/named X", "X, a novel ...", a title
    that starts with "X:". Once a name is found, every use of it in the text is marked.
    Tokens are screened by the shared lexeme flag (``WordScreen``: shaped like
    ``XxxXxxx``, or a trigger or collection word), so only a handful are looked at one by one.
    """

    def __init__(self, nlp, window):
        self.nlp = nlp  # for the knowledge base (``UsesKnowledgeBase``)
        vocab = self.vocab = nlp.vocab
        self.window = window
        self.screen = word_screen(vocab)
        self._coined, self._trigger, self._collection, self._claim, self._snake = self.screen.register(
            may_be_coined, is_trigger, is_collection, is_claim, is_snake_identifier)
        # Words are read by position off the word screen's ORTH list and these tables (orth ->
        # the answer for the word), not as spaCy Tokens: a Token and its text cost more than a look-up.
        self._name_words = _WordTable(vocab, is_name_word)
        self._punct = _WordTable(vocab, lambda lex: lex.is_punct)
        self._capitalised = _WordTable(vocab, lambda lex: lex.orth_[:1].isupper())
        self._titled_modifiers = _WordTable(vocab, lambda lex: titled_modifier(lex.orth_))

    def _identifiers_evaluated_on(self, doc, positions):
        """ "the largest gain is on protoss_10_vs_11", "On matbench_perovskites, the MAE falls ...", "on the
        DIV2K_LSDIR validation set": an identifier written with underscores that a result is reported on names the
        task, scenario or split of a benchmark, a dataset; each of its uses is marked."""
        busy = taken(doc)
        orths, lowers = self.screen.orths(doc), self.screen.lowers
        spans, marked = [], set()  # (the orths whose every use is marked already)
        for k in positions:
            if busy[k] or k == 0 or orths[k] in marked:
                continue
            before = lowers[orths[k - 1]]
            if before == "the" and k > 1:
                before = lowers[orths[k - 2]]
            if k + 1 < len(orths) and lowers[orths[k + 1]] in PART_WORDS and (
                    k + 2 >= len(orths) or lowers[orths[k + 2]] in {"of", "split", "splits", "set"}
                    or lowers[orths[k + 1]] in {"split", "subset"}):
                # "on the PB_T50_RS variant of ScanObjectNN", "42.7% on novel_premises split": a part of a dataset
                continue
            if before in {"on", "across"}:
                word = self.screen.texts[orths[k]]
                spans += [(i, i + 1, "DATASET", word) for i in self.screen.uses(doc, orths[k]) if not busy[i]]
                marked.add(orths[k])
        if spans:
            merge_ents(doc, spans)

    def _named_collections(self, doc, positions, max_words=3):
        """ "the MSP-Podcast corpus", "on the DocVQA and ChartQA benchmarks": capitalised
        names right before a collection word are datasets."""
        busy = taken(doc)
        orths, name_words = self.screen.orths(doc), self._name_words
        spans = []
        for k in positions:
            named = self._named_after_collection(orths, busy, k)
            if named is not None:
                spans.append(named)
                continue
            end = k
            while end > 0 and orths[end - 1] in COORDINATION_ORTHS and spans and spans[-1][0] == end:
                end -= 1  # "A and B benchmarks": B found, step over "and" to A
            start = end
            while start > 0 and end - start < max_words and not busy[start - 1] and name_words[orths[start - 1]]:
                start -= 1
            if start == end:
                start, end = self._described_name(orths, busy, end)
            if start == end:
                start, end = self._beside_known_dataset(doc, orths, busy, end)
            if start < end:
                text = self.screen.offsets(doc).text(text_of(doc), start, end)
                known = self._dataset_ending_at(doc, start) if start > 0 and busy[start - 1] else None
                if known is not None:  # "the Synapse multi-organ CT benchmark": one name, the known one's and more
                    start, text = known[0], f"{known[3]} {text}"
                spans.append((start, end, "DATASET", text))
                # the name before a coordination: "the DocVQA and ChartQA benchmarks"
                j = start - 1
                if j > 0 and orths[j] in COORDINATION_ORTHS and name_words[orths[j - 1]] and not busy[j - 1]:
                    spans.append((j - 1, j, "DATASET", self.screen.texts[orths[j - 1]]))
        if spans:
            merge_ents(doc, spans)

    def _described_name(self, orths, busy, k, max_words=3):
        """ "the PAM human activity dataset": a name in capitals (PAM) after "the", with up to
        ``max_words`` lowercase words between it and the collection word at ``k``. Returns the
        name's (start, end), or (k, k) where there is none."""
        lowers = self.screen.lowers
        j = k
        while j > 0 and k - j < max_words and not busy[j - 1] and lowers[orths[j - 1]] == self.screen.texts[orths[j - 1]] \
                and lowers[orths[j - 1]].replace("-", "").isalpha() and lowers[orths[j - 1]] not in STOP_WORDS:
            j -= 1
        if j == k or j < 2 or busy[j - 1] or lowers[orths[j - 2]] != "the":
            return k, k
        name = self.screen.texts[orths[j - 1]]
        return (j - 1, j) if may_be_coined(name) and name.isupper() else (k, k)

    def _named_after_collection(self, orths, busy, k):
        """ "on the financial sentiment benchmark FPB, ...": a name in capitals right after a singular
        collection word, closing the phrase, is that dataset's. Returns the span, or None."""
        texts, lowers = self.screen.texts, self.screen.lowers
        n = len(orths)
        if k + 1 >= n or busy[k + 1] or lowers[orths[k]] not in {"benchmark", "dataset", "corpus", "suite"}:
            return None
        name = texts[orths[k + 1]]
        if not (len(name) > 1 and name[0].isupper() and sum(c.isupper() for c in name) > 1 and name.isalnum()) \
                or name in NOT_DATASET_WORDS or ROMAN_NUMERAL.match(name):
            return None  # (not "the Chronos zero-shot benchmark II": the collection's part)
        if k + 2 < n and texts[orths[k + 2]] not in {",", ".", ";", ":", ")"} and lowers[orths[k + 2]] not in {"and", "or"}:
            return None  # "the benchmark MMLU-Pro ...", "the dataset DIV2K images": not a name standing alone
        return k + 1, k + 2, "DATASET", name

    def _beside_known_dataset(self, doc, orths, busy, k, max_words=3):
        """ "the public YelpChi and Amazon fraud datasets", "the arXiv and PubMed summarization datasets": a
        name joined to a known dataset before a collection word (past lowercase words and a task's name that
        say what kind) is a dataset too. Returns the name's (start, end), or (k, k) where there is none."""
        lowers, texts = self.screen.lowers, self.screen.texts
        by_end = {c[1]: c for c in candidates(doc)}  # (start, end, label, canonical)
        j = k
        while j > 0 and k - j < max_words:
            e = by_end.get(j)
            if e is not None and e[2] == "TASK":
                j = e[0]
            elif not busy[j - 1] and lowers[orths[j - 1]] == texts[orths[j - 1]] \
                    and lowers[orths[j - 1]].isalpha() and lowers[orths[j - 1]] not in STOP_WORDS:
                j -= 1
            else:
                break
        known = by_end.get(j)
        if known is not None and known[2] == "DATASET":  # "arXiv and [PubMed] summarization datasets"
            name = known[0] - 2
            if name < 0 or orths[name + 1] not in COORDINATION_ORTHS:
                return k, k
        elif j > 2 and orths[j - 2] in COORDINATION_ORTHS and by_end.get(j - 2, (0, 0, None))[2] == "DATASET":
            name = j - 1  # "[YelpChi] and Amazon fraud datasets"
        else:
            return k, k
        if busy[name]:
            return k, k
        text = texts[orths[name]]
        if not (text.isalpha() and text.lower() not in STOP_WORDS and text != text.lower()) or text in NOT_DATASET_WORDS:
            return k, k
        return name, name + 1

    def _dataset_variant(self, name):
        """Whether a hyphenated name is a known dataset's with a part written onto it: "Criteo-1TB"."""
        head = name.split("-", 1)[0]
        if head == name or len(head) < 3:
            return False
        kb = self._kb()
        entry = kb.lookup(head) if kb is not None else None
        return entry is not None and entry.label == "DATASET"

    @staticmethod
    def _listed_with_datasets(doc, orths):
        """The positions of the words joined by "and", "or" or a comma to a dataset found already, on either
        side: "on Yelp, PubMed and OpenReview" (OpenReview)."""
        found = candidates(doc)
        ends = {c[1] for c in found if c[2] == "DATASET"}
        starts = {c[0] for c in found if c[2] == "DATASET"}
        n = len(orths)
        left = {i for i in range(1, n) if orths[i - 1] in COORDINATION_ORTHS and i - 1 in ends}
        right = {i for i in range(n - 2) if orths[i + 1] in COORDINATION_ORTHS and i + 2 in starts}
        # (a comma alone is no list: "the English subset of Emilia, ProsoFlow is compared with")
        return {i for i in left | right if i in left and i in right
                or i in left and orths[i - 1] != COMMA_ORTH or i in right and orths[i + 1] != COMMA_ORTH}

    @staticmethod
    def _dataset_ending_at(doc, end):
        """The dataset candidate that ends at token ``end``, if any."""
        for cand in candidates(doc):
            if cand[1] == end:
                return cand if cand[2] == "DATASET" else None
        return None

    def __call__(self, doc):
        self._coin(doc)
        self._extend_titled_names(doc)
        return doc

    def _compared(self, doc, i, cands, busy):
        """ "outperforms EDAtt and AlignAtt", "0.93 for AudioSR and 1.05 for NVSR", "3.5x faster than
        EmerNeRF", "such as UniAD and VAD": a name a result is set against is a method's (or, by the
        words after it, a dataset's), though the paper names it only once."""
        orths, lowers = self.screen.orths(doc), self.screen.lowers
        k = i - 1
        while k > 0 and (orths[k] in COORDINATION_ORTHS or lowers[orths[k]] == "the") and (
                k - 1 in cands or busy[k - 1] or lowers[orths[k]] == "the"):
            k -= 2 if lowers[orths[k]] != "the" else 1  # "EDAtt and AlignAtt": past the name before "and"
        if k < 0:
            return False
        word = lowers[orths[k]]
        if word in COMPARED_AFTER:
            return True
        if word == "as" and k > 1 and lowers[orths[k - 1]] == "such":
            return lowers[orths[k - 2]] not in COLLECTION_WORDS  # "benchmarks such as X": the collection says
        if word != "for" or k == 0:
            return False
        before = self.screen.texts[orths[k - 1]]
        if before in {"%", "×", "x", "dB", "ms"} and k > 1:
            before = self.screen.texts[orths[k - 2]]  # "65.2% for InternLM2.5-StepProver": past the figure's unit
        return FIGURE.match(before) is not None

    def _sized_uses(self, doc, name, busy):
        """The positions of the name's sizes or variants in the abstract ("Junco-S (21M), Junco-L (503M)"): a
        paper that lists its sizes names a model, where a word opening a title ("Scaling: ...") has none."""
        orths, texts = self.screen.orths(doc), self.screen.texts
        prefix = name + "-"
        return [i for i in range(2, len(doc)) if not busy[i] and texts[orths[i]].startswith(prefix)
                and SIZE_SUFFIX.match(texts[orths[i]], len(prefix))]

    def _extend_titled_names(self, doc, max_words=3):
        """A capitalised method name keeps the capitalised words written before it as part of
        the name: "Wavelet Latent Diffusion", "Rank-Aware Activation Sparsity", "a Query State
        Space Model". Only before a name that is capitalised itself, so "hierarchical local
        attention" in prose is left alone; descriptive words ("Efficient", "Lightweight") and
        words that open a title ("Improving", "Towards") are not part of a name."""
        found = candidates(doc)
        if not found:
            return
        texts, orths = self.screen.texts, self.screen.orths(doc)
        capitalised, modifiers = self._capitalised, self._titled_modifiers
        busy = offsets = text = lowered = None
        new = []
        for start, end, label, _ in found:
            if label != "METHOD" or start == 0 or not capitalised[orths[start]]:
                continue
            k = start
            while k > 0 and start - k < max_words and modifiers[orths[k - 1]]:
                if busy is None:
                    busy = taken(doc)
                if busy[k - 1]:
                    break
                k -= 1
            if k == start:
                continue
            if offsets is None:
                offsets, text = self.screen.offsets(doc), text_of(doc)
            if k > 0 and texts[orths[k - 1]] in SENTENCE_OPENERS and offsets.starts[k - 1] > 0:
                continue  # "... . Modern Transformers": the first word of a sentence, not of a name
            name = offsets.text(text, k, end)
            if lowered is None:
                lowered = text.lower()
            # a title that opens on one plain word before the name: "Tactile Diffusion Policy for ..."
            title_head = k == 0 and start == 1 and "-" not in texts[orths[0]]
            if lowered.count(name.lower()) < 2 and not (end + 2 < len(doc) and orths[end] == OPEN_PAREN_ORTH) \
                    and not title_head:
                continue  # used once and not defined: "Low-Bit Diffusion Models" says which, it does not name
            # the canonical of the same name found whole elsewhere ("... Adaptation (DSCLoRA)")
            canonical = next((c[3] for c in found if c[2] == "METHOD" and c[1] - c[0] == end - k
                              and offsets.text(text, c[0], c[1]).lower() == name.lower()), name)
            new.append((k, end, "METHOD", canonical))
        if new:
            merge_ents(doc, new)

    def _coin(self, doc):
        # Lexeme flags are computed once per word in the vocabulary, so picking
        # the candidates is a C-level array read, not a Python loop over tokens.
        collections, triggers, cand_list, text_at, claims, snakes = [], [], [], {}, [], []
        coined, trigger, collection, claim, snake = self._coined, self._trigger, self._collection, self._claim, self._snake
        for i, kind, word in self.screen.hits(doc):
            if kind & coined:
                cand_list.append(i)
                text_at[i] = word
            if kind & trigger:
                triggers.append(i)
            if kind & collection:
                collections.append(i)
            if kind & claim:
                claims.append(i)
            if kind & snake:
                snakes.append(i)
        if snakes:
            self._identifiers_evaluated_on(doc, snakes)
        if collections:
            self._named_collections(doc, collections)
        if not cand_list:
            if claims:
                self._claiming_names(doc, claims)
            return doc
        cands = set(cand_list)
        busy = taken(doc)
        n = len(doc)
        found = {}
        orths, texts, lowers = self.screen.orths(doc), self.screen.texts, self.screen.lowers
        first = texts[orths[0]]
        if n > 2 and orths[1] == COLON_ORTH and not busy[0] and TITLE_PREFIX.match(first):
            # "R-Sparse: Rank-Aware Activation Sparsity": a hyphenated name before the title's colon
            found[first] = self._label_after(doc, 0)
        elif n > 2 and orths[1] == COLON_ORTH and not busy[0] and first.isalpha() and (
                titled_modifier(first) or first[1:].islower() and first.lower() not in NOT_NAME_MODIFIERS
                and first.lower() not in STOP_WORDS):
            # "Cadenza: Fast Text-to-Music Generation": one plain word before the title's colon is
            # the paper's name when the abstract uses it again inside a sentence (which a gerund opening a
            # title, "Scaling: ...", would not be, written with its capital: so "Glasswing: ..." is a name too)
            uses = self.screen.uses(doc, orths[0])
            if any(i > 2 and texts[orths[i - 1]] not in SENTENCE_OPENERS and not busy[i] for i in uses) \
                    or self._sized_uses(doc, first, busy):
                found[first] = self._label_after(doc, 0)
        for t in triggers:
            if lowers[orths[t]] in NAMING_WORDS:
                phrase = self._title_case_run(doc, t + 1, busy)
                if phrase is not None:
                    found.setdefault(self.screen.offsets(doc).text(text_of(doc), *phrase),
                                     self._label_after(doc, phrase[1] - 1))
                    continue
            for j in range(t + 1, min(t + 1 + self.window, n)):
                if busy[j] or orths[j] in CLAUSE_END_ORTHS:
                    break
                if j in cands:
                    name, label = self._with_version(doc, j), self._label_after(doc, j)
                    if name not in found or label == "DATASET":
                        found[name] = label  # "HalluLens-QA: ..." in the title, then "We introduce HalluLens-QA, a benchmark"
                    break
        for i in cand_list:
            name = text_at[i]
            if name in found or busy[i]:
                continue
            if i + 3 < n and orths[i + 1] == COMMA_ORTH and lowers[orths[i + 2]] in {"a", "an"}:
                if any(lowers[orth] in APPOSITIVE_WORDS for orth in orths[i + 3 : i + 7]):
                    found[self._with_version(doc, i)] = self._label_after(doc, i)
            elif i == 0 and n > 1 and (orths[1] == COLON_ORTH or VERSION.match(texts[orths[1]]) and n > 2
                                       and orths[2] == COLON_ORTH):
                found[self._with_version(doc, i)] = self._label_after(doc, i)
            elif BENCHMARK_SHAPE.search(name):
                # "ZedBench", "FinTabQA": shaped as a benchmark's name wherever it stands, unless the word after
                # says it is a system ("the full-data TransferQA baseline")
                found[name] = "METHOD" if i + 1 < n and lowers[orths[i + 1]] in SYSTEM_WORDS else "DATASET"
            elif i + 1 < n and lowers[orths[i + 1]] in CLAIM_VERBS:
                found[self._with_version(doc, i)] = self._label_after(doc, i)  # "PromptSeg outperforms ..."
            elif self._compared(doc, i, cands, busy):
                # "outperforms EDAtt and AlignAtt": a method, unless a dataset word follows the name at once
                # ("than the ReCoRD benchmark"), not further on ("outperforms EDAtt on the MuST-C benchmark")
                found[self._with_version(doc, i)] = self._label_after(doc, i, window=2)
        # A CamelCase name used again and again (AfroFuse, PromptSeg) is the paper's own.
        counts = {}  # a plain dict: Counter costs more than the counting for a few words
        for i in cands:
            if not busy[i]:
                counts[text_at[i]] = counts.get(text_at[i], 0) + 1
        listed = None
        for name, count in counts.items():
            if count >= 2 and name not in found and any(c.islower() for c in name) and not name[0].islower():
                if listed is None:
                    listed = self._listed_with_datasets(doc, orths)
                # ("on Yelp, PubMed and OpenReview": a name listed with known datasets is one; so is a known
                # dataset's variant, "Criteo-1TB", "KuaiRand-Pure")
                found[name] = "DATASET" if any(text_at.get(i) == name for i in listed) \
                    or self._dataset_variant(name) else "METHOD"
        if found:
            # a size written onto the paper's own name is that name too: "EMOv2-1M/2M/5M", "TSPulse-1M"
            for name in {text_at[i] for i in cand_list} - found.keys():
                sized = SIZED_VARIANT.match(name)
                if sized and sized.group(1) in found:
                    found[name] = found[sized.group(1)]
            text = text_of(doc)
            cand_texts = set(text_at.values())
            offsets = None
            spans = []
            for name in [name for name in found if " " not in name]:
                # "Cadenzor-L", "Jadeloom-Large": a size written onto the paper's own name that the shape test
                # does not flag (one capital, then a size word)
                for m in SIZED_USE.finditer(text, 0) if name + "-" in text else ():
                    if m.group(1) == name and SIZED_VARIANT.match(m.group(0)) and m.group(0) not in found:
                        if offsets is None:
                            offsets = self.screen.offsets(doc)
                        span = offsets.char_span(m.start(), m.end())
                        if span is not None and not any(busy[span[0] : span[1]]):
                            spans.append((span[0], span[1], found[name], m.group(0)))
            for name, label in found.items():
                if " " not in name:  # one token: find its uses by ORTH
                    if name in cand_texts:
                        # a flagged word: the flag is per lexeme, so every use is a candidate
                        uses = [i for i in cand_list if text_at[i] == name]
                    else:  # the ORTH column the word screen read for this doc
                        uses = self.screen.uses(doc, hash_string(name))
                    for i in uses:
                        if not busy[i]:
                            spans.append((i, i + 1, label, name))
                    continue
                for at in text_uses(text, name):
                    if offsets is None:
                        offsets = self.screen.offsets(doc)
                    span = offsets.char_span(at, at + len(name))
                    if span is not None and not any(busy[span[0] : span[1]]):
                        spans.append((span[0], span[1], label, name))
            merge_ents(doc, spans)
        if claims:
            self._claiming_names(doc, claims)
        return doc

    def _claiming_names(self, doc, claims):
        """ "Averaged over 27 inductive datasets, Verdigraph obtains an MRR of 0.401": a plain capitalised word
        that the shape test passes over ("Verdigraph", "Pallaswick") is a method's name when it is the subject
        of a claim after a comma or a conjunction (not a sentence's first word, where "Pruning reduces" stands),
        and the text uses it again. Every use is marked; names found otherwise are left as found."""
        orths, texts, lowers = self.screen.orths(doc), self.screen.texts, self.screen.lowers
        busy = taken(doc)
        spans = []
        for v in claims:
            i = v - 1
            if i < 1 or busy[i] or not (orths[i - 1] == COMMA_ORTH or lowers[orths[i - 1]] in CLAIM_OPENERS):
                continue  # (not "pretrained on Waymo improves": the object of a preposition)
            word = texts[orths[i]]
            if len(word) < 4 or not word.isalpha() or not word[0].isupper() or not word[1:].islower() \
                    or word in NOT_COINED or word.lower() in STOP_WORDS:
                continue
            uses = self.screen.uses(doc, orths[i])
            if len(uses) < 2 or any(span[3] == word for span in spans):
                continue
            spans += [(k, k + 1, "METHOD", word) for k in uses if not busy[k]]
        if spans:
            merge_ents(doc, spans)

    def _with_version(self, doc, i):
        """A name and the version written after it ("Lumina-mGPT 2.0")."""
        orths, texts = self.screen.orths(doc), self.screen.texts
        if i + 1 < len(doc) and VERSION.match(texts[orths[i + 1]]):
            offsets = self.screen.offsets(doc)
            if offsets.space_after(i):
                return offsets.text(text_of(doc), i, i + 2)
        return texts[orths[i]]

    def _title_case_run(self, doc, i, busy, max_words=5):
        """ "named Time-Shift Sampler": (start, end) of the capitalised words after a naming verb."""
        orths, texts = self.screen.orths(doc), self.screen.texts
        end = i
        while end < len(doc) and end - i < max_words and not busy[end] and texts[orths[end]][:1].isupper() \
                and texts[orths[end]].isalpha() | ("-" in texts[orths[end]]):
            end += 1
        if end - i >= 2 or (end - i == 1 and coined_shape(texts[orths[i]])):
            return i, end
        return None

    def _counted_after(self, doc, i):
        """ "PatentMatch-X, 5,200 examiner-verified query-document pairs", "DocSpan, a set of 1,200
        documents": a name set beside a count of data items names a collection of data."""
        orths, texts, lowers = self.screen.orths(doc), self.screen.texts, self.screen.lowers
        if i + 3 >= len(doc) or orths[i + 1] != COMMA_ORTH:
            return False
        k = i + 2
        while k < min(len(doc), i + 7) and lowers[orths[k]] in COUNT_FILLERS:
            k += 1
        if k >= len(doc) or not COUNT.match(texts[orths[k]]):
            return False
        for orth in orths[k + 1 : k + 9]:  # "5,200 examiner-verified query-document pairs": hyphens are tokens
            if lowers[orth] in DATA_ITEMS:
                return True
            if self._punct[orth] and orth != HYPHEN_ORTH:
                return False
        return False

    def _label_after(self, doc, i, window=None):
        """DATASET when the name says so ("scGPT-Bench", "LiveArena") or a dataset word follows it
        (within ``window`` words, the component's own by default)."""
        if BENCHMARK_NAME.search(self.screen.texts[self.screen.orths(doc)[i]]) or self._counted_after(doc, i):
            return "DATASET"
        lowers = self.screen.lowers
        following = self.screen.orths(doc)[i + 1 : min(i + 1 + (window or self.window), len(doc))]
        return "DATASET" if any(lowers[orth] in DATASET_WORDS for orth in following) else "METHOD"
