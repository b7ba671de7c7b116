#!/usr/bin/env python3
"""Set the datasets of changes.jsonl (the RESULT section: `dataset` is the canonical name "when the sentence
states them, else null", and decision 11; the reading applied is in report.md and now in the guideline).

The changes were proposed blind: the auditor read only the guideline and the gold files, never the
pipeline or its output (report.md). Only a result's "dataset" changes. Seed results are edited in their
hand annotations (tools/ann_*.py), sets built from recs_*.py sources in their tuples, and both rebuilt;
extra-dev and fresh are edited in place. Each rebuilt set is checked to equal the gold with only these
edits. Run once from the repository root:

    .venv/bin/python data/gold/audit/datasets/apply.py

It checks each change against the gold (id, index, value, metric, old dataset) and refuses to run twice."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from recs_edit import apply_dataset_changes, read_changes  # noqa: E402

if __name__ == "__main__":
    apply_dataset_changes(read_changes(HERE))
