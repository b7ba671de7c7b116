#!/usr/bin/env python3
"""Apply the span changes of changes.jsonl (guideline decision 19: a word that says which statistic or
value of a measure is reported is part of the METRIC span: "average accuracy", "overall score").

The changes were proposed blind: the auditor read only the guideline and the gold files, never the
pipeline or its output (report.md). Only METRIC spans' boundaries move. In sets built from sources
(recs_*.py, and the seed's tools/ann_*.py) the new span is declared there, at the occurrences the
changes name, and the set is rebuilt; extra-dev and fresh, which have no builder, are edited in
place. Run once from the repository root:

    .venv/bin/python data/gold/audit/decision-19/apply.py

It checks each change against the gold (id, old offsets, the new text) and refuses to run twice."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from recs_edit import apply_span_changes, read_changes  # noqa: E402

if __name__ == "__main__":
    apply_span_changes(read_changes(HERE))
