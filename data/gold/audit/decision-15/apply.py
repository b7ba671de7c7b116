#!/usr/bin/env python3
"""Apply the renames of changes.jsonl (guideline decision 15: results that compare a method with a
reference are named by what they compare: a share of a reference's own figure that a method keeps is
`relative <measure>`, a share of pairwise comparisons, judgements or votes it wins is `win rate`).

The renames were proposed blind: the auditor read only the guideline and the gold files, never
the pipeline or its output (report.md). Only a result's "metric" changes. In sets built from
recs_*.py sources (now also extra-dev-5 and extra-dev-6, through dev5-tools and dev6-tools) the
result's tuple in its record is found by parsing the source (its surface, old name and value) and its
name rewritten, and the set is rebuilt and checked to equal the gold with only these renames;
extra-dev and fresh, which have no builder, are edited in place. Run once from the repository root:

    .venv/bin/python data/gold/audit/decision-15/apply.py

It checks each change against the gold (id, index, value, old name) and refuses to run twice."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from recs_edit import apply_renames, read_changes  # noqa: E402

if __name__ == "__main__":
    apply_renames(read_changes(HERE))
