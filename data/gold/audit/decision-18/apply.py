#!/usr/bin/env python3
"""Apply the method changes of changes.jsonl (guideline decision 18: a result's method is the one its
sentence gives the figure; a pronoun or description with no method named before it in the sentence,
or a sentence that names none, gives none).

The changes were proposed blind by three auditors (report_A/B/C.md) and filtered by the two readings
decision 18 now settles (decision-18.md). Only results' methods change, through each set's sources
(the seed's tools/ann_*.py, recs_*.py) and rebuilt; extra-dev and fresh are edited in place. Run once
from the repository root:

    .venv/bin/python data/gold/audit/decision-18/apply.py

It checks each change against the gold (id, index, metric, value, old method) and refuses to run twice."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from recs_edit import apply_method_changes, read_changes  # noqa: E402

if __name__ == "__main__":
    apply_method_changes(read_changes(HERE))
