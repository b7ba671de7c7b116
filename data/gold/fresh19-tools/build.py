#!/usr/bin/env python3
"""Build and validate this set's gold file from its recs_*.py (the format and the
logic are in data/gold/written_gold.py, shared by every written set; the set's
parameters are in config.py here).
Run:  python3 data/gold/fresh19-tools/build.py [--lint]   (--lint also lists uncovered name-like tokens)
"""
from config import SET

SET.build()
