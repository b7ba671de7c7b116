"""The user's corrections, applied on top of what the pipeline found.

The library keeps the pipeline's mentions as they came; corrections are a thin
layer applied whenever spans are served or counted, so undoing one is deleting
a row, and a correction made today changes text annotated last month.
"""
import functools
import re
from dataclasses import dataclass, field

from nlp.labels import LABELS

from . import store
from .errors import APIError

ACTIONS = {"accept", "reject", "relabel", "add"}
CORRECTION_FIELDS = ("id", "action", "text", "label", "new_label", "paper_id", "block_hash", "start", "end", "created")


@dataclass
class Corrections:
    rejected: set = field(default_factory=set)       # (text, label)
    relabelled: dict = field(default_factory=dict)   # (text, label) -> new label
    accepted: set = field(default_factory=set)       # (text, label)
    added: dict = field(default_factory=dict)        # text -> label

    def __bool__(self):
        return bool(self.rejected or self.relabelled or self.accepted or self.added)

    def apply(self, spans, text):
        """Spans as the user wants them: rejected ones gone, relabelled ones relabelled,
        added surfaces marked wherever they stand as whole words."""
        if not self:
            return spans
        out = []
        for span in spans:
            key = (span["text"], span["label"])
            if key in self.rejected:
                continue
            if key in self.relabelled:
                span = {**span, "label": self.relabelled[key]}
            if (span["text"], span["label"]) in self.accepted:
                span = {**span, "confirmed": True}
            out.append(span)
        if self.added:
            added = []
            for m in _added_pattern(tuple(sorted(self.added))).finditer(text):
                surface = m.group()
                added.append({"start": m.start(), "end": m.end(), "label": self.added[surface], "text": surface,
                              "canonical": surface, "origin": "user"})
            # What the user added wins over what the pipeline found there.
            out = [s for s in out if not any(s["start"] < a["end"] and a["start"] < s["end"] for a in added)]
            out += added
        out.sort(key=lambda s: (s["start"], s["end"]))
        return out


@functools.lru_cache(maxsize=8)
def _added_pattern(surfaces):
    """One pattern for every added surface, longest first, each standing as a whole word:
    one scan of a block however many surfaces the user added."""
    alternatives = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def load(db):
    found = Corrections()
    for action, text, label, new_label in db.execute(
        "SELECT action, text, label, new_label FROM corrections ORDER BY id"
    ).fetchall():
        key = (text, label)
        if action == "reject":
            found.rejected.add(key)
        elif action == "relabel":
            found.relabelled[key] = new_label
        elif action == "accept":
            found.accepted.add(key)
        elif action == "add":
            found.added[text] = label
    return found


def parse(body):
    """A correction from a request body, or an APIError saying what is wrong."""
    if not isinstance(body, dict):
        raise APIError(400, "invalid_body", "The body must be a JSON object with action, text and label.")
    action = body.get("action")
    if not isinstance(action, str) or action not in ACTIONS:
        raise APIError(400, "invalid_field", f"action must be one of {', '.join(sorted(ACTIONS))}")
    text = body.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > 300 or text != text.strip():
        raise APIError(400, "invalid_field", "text must be the highlighted words, 1 to 300 characters, no outer spaces")
    label = body.get("label")
    if not isinstance(label, str) or label not in LABELS:
        raise APIError(400, "invalid_field", f"label must be one of {', '.join(LABELS)}")
    new_label = body.get("new_label")
    if action == "relabel":
        if not isinstance(new_label, str) or new_label not in LABELS or new_label == label:
            raise APIError(400, "invalid_field", "new_label must be another of " + ", ".join(LABELS))
    elif new_label is not None:
        raise APIError(400, "invalid_field", "new_label goes only with action relabel")
    where = {}
    for key in ("paper_id", "start", "end"):
        value = body.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                  or not 0 <= value <= store.MAX_ROWID):
            raise APIError(400, "invalid_field", f"{key} must be a whole number from 0 to {store.MAX_ROWID}")
        where[key] = value
    block_text = body.get("block_text")
    if block_text is not None and not isinstance(block_text, str):
        raise APIError(400, "invalid_field", "block_text must be a string")
    if block_text is not None and where["start"] is not None and where["end"] is not None:
        if block_text[where["start"]:where["end"]] != text:
            raise APIError(422, "offsets_mismatch", "block_text[start:end] is not the correction's text")
    text = store.storable(text)  # as annotate stores the texts the corrections apply to
    block_text = store.storable(block_text) if block_text is not None else None
    return {"action": action, "text": text, "label": label, "new_label": new_label, "block_text": block_text,
            **where}
