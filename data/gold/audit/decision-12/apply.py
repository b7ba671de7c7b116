#!/usr/bin/env python3
"""Apply the renames of changes.jsonl (guideline decision 12, outcome counts) to the gold.

The changes were proposed blind: the auditor read only the guideline and the gold files, never
the pipeline or its output (report.md). Only a result's "metric" changes. Sets built from
recs_*.py sources are edited there and rebuilt; extra-dev and fresh, which have no builder,
are edited in place with their serialisation kept. Run once from the repository root:

    .venv/bin/python data/gold/audit/decision-12/apply.py [--dry]

It checks each change against the gold (id, index, value and old name) and refuses to run
twice (a change whose old name is no longer there)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from recs_edit import apply_renames, read_changes  # noqa: E402

if __name__ == "__main__":
    apply_renames(read_changes(HERE), dry="--dry" in sys.argv[1:])
