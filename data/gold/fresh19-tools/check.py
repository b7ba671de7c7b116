#!/usr/bin/env python3
"""Independent read-back validation + statistics for this set's gold file: format,
offsets, span edges, overlaps, labels, results, ids/split, coined names unseen in
the other gold files (see config.py; logic in data/gold/written_gold.py).
Run: python3 data/gold/fresh19-tools/check.py
"""
from config import SET

SET.check()
