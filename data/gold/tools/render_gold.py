#!/usr/bin/env python3
"""Render gold records with inline [span|LABEL] marks and the results list, for review.
Usage: render_gold.py [id-substring ...]"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "seed.jsonl")
AB = {"METHOD": "M", "DATASET": "D", "METRIC": "R", "TASK": "T"}

def mark(text, spans):
    out, i = [], 0
    for sp in spans:
        out.append(text[i:sp["start"]])
        out.append("[" + text[sp["start"]:sp["end"]] + "|" + AB[sp["label"]] + "]")
        i = sp["end"]
    out.append(text[i:])
    return "".join(out)

for line in open(GOLD, encoding="utf-8"):
    g = json.loads(line)
    if len(sys.argv) > 1 and not any(a in g["id"] for a in sys.argv[1:]):
        continue
    print("=====", g["id"], g["split"])
    print("TITLE:", mark(g["title"], g["title_spans"]))
    print(mark(g["text"], g["spans"]))
    for r in g["results"]:
        extra = f" low={r['value_low']}" if "value_low" in r else ""
        print(f"  RESULT {g['text'][r['start']:r['end']]!r} -> {r['metric']} {r['value']}{extra} {r['unit']} ds={r['dataset']} m={r['method']}")
    print()
