#!/usr/bin/env python3
"""Apply the renames of changes.jsonl (guideline decision 14: a time is named by what is timed).

The renames were proposed blind: the auditor read only the guideline and the gold files, never
the pipeline or its output (report.md). Only a result's "metric" changes. In sets built from
recs_*.py sources the result's tuple in its record is found by parsing the source (its surface,
old name and value) and its name rewritten, and the set is rebuilt; extra-dev and fresh, which
have no builder, are edited in place. Run once from the repository root:

    .venv/bin/python data/gold/audit/decision-14/apply.py

It checks each change against the gold (id, index, value, old name) and refuses to run twice."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from recs_edit import apply_renames, read_changes  # noqa: E402

if __name__ == "__main__":
    apply_renames(read_changes(HERE))
