"""How the components hand entities to each other: candidate ``(start, end, label, canonical)``
token ranges in ``doc.user_data``, merged longest first, with per-token "taken" flags shared
by the components that ask in turn. ``paperlens_ents`` writes them as ``doc.ents`` once."""

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
