#!/usr/bin/env python3
"""Apply the additions of changes.jsonl (guideline decision 13: in "from X for B to Y" X is B's result).

The additions were proposed blind: the auditor read only the guideline and the gold files, never
the pipeline or its output (report.md). Each adds one result; nothing is edited or removed. Sets
built from recs_*.py sources get the result as a tuple in their record's "results" list and are
rebuilt; fresh, which has no builder, is edited in place. Run once from the repository root:

    .venv/bin/python data/gold/audit/decision-13/apply.py

It refuses to add a result that is there already (same value and offsets)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from recs_edit import apply_additions, read_changes  # noqa: E402

if __name__ == "__main__":
    apply_additions(read_changes(HERE))
