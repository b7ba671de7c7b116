#!/usr/bin/env python3
"""Apply the renames of changes.jsonl (a follow-up audit of guideline decision 16's clause "The figure is
`improvement` only when the figure is a gain and its own sentence names no measure the figure is in").

The renames were proposed blind: the auditor read only the guideline and the gold files, never the
pipeline or its output (report.md). Only a result's "metric" changes. Seed results are renamed in their
hand annotations (tools/ann_*.py) and the set rebuilt; sets built from recs_*.py sources are renamed in
their tuples and rebuilt; extra-dev and fresh are edited in place. Each rebuilt set is checked to equal
the gold with only these renames. Run once from the repository root:

    .venv/bin/python data/gold/audit/decision-16b/apply.py

It checks each change against the gold (id, index, value, old name) and refuses to run twice."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from recs_edit import apply_renames, read_changes  # noqa: E402

if __name__ == "__main__":
    apply_renames(read_changes(HERE))
