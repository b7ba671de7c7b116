"""The pipeline's last step: the candidates become ``doc.ents``, each span's canonical name
its ``kb_id_`` (readable as ``span._.canonical``)."""
from array import array

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Span

from .base import BatchComponent, named
from .candidates import CANDIDATES_KEY, TAKEN_KEY, UNITS_KEY
from .labels import LABELS
from .qualifiers import statistic_start
from .word_screen import SCREEN_KEY, word_screen


Span.set_extension("canonical", getter=lambda span: span.kb_id_ or span.text, force=True)


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
        units = doc.user_data.pop(UNITS_KEY, None)
        if units and found:
            found = [c for c in found if (c[0], c[1]) not in units]
        if found:
            found = self._with_statistics(doc, found)
        doc.user_data.pop(SCREEN_KEY, None)
        self.screen.forget(doc)
        if found:
            doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], self._array(found, len(doc)))
        return doc

    def _with_statistics(self, doc, found):
        """The candidates with each METRIC widened over the words before it that say which statistic it
        reports ("an **average accuracy** of 71.2%", guideline decision 19), its canonical name qualified
        by them as a qualifier names it ("average accuracy", as "mean IoU"). The result rules read the
        measure's own span and name their figures by the measure ("accuracy"); only the highlight and
        its name take the word in."""
        out = found
        lo = 0
        lowers, orths = self.screen.lowers, self.screen.orths(doc)
        for n, (start, end, label, canonical) in enumerate(found):
            if label == "METRIC" and start > lo:
                first = statistic_start(doc, start, lo, self.screen)
                if first < start:
                    if out is found:
                        out = list(found)
                    words = " ".join(lowers[orths[k]] for k in range(first, start))
                    out[n] = (first, end, label, f"{words} {canonical}")
            lo = end
        return out

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
