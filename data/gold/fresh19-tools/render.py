#!/usr/bin/env python3
"""Print this set's records N ... with spans bracketed: [surface]LABEL; results listed.
Run: python3 data/gold/fresh19-tools/render.py 3 17 42"""
from config import SET

SET.render()
