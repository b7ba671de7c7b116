#!/usr/bin/env python3
"""Print extra-dev-3 records with spans bracketed: [surface]LABEL; results listed.
Run: python3 data/gold/dev3-tools/render.py 3 17 42"""
import json
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "extra-dev-3.jsonl")
AB = {"METHOD": "M", "DATASET": "D", "METRIC": "X", "TASK": "T"}


def mark(t, spans):
    out, i = [], 0
    for s in sorted(spans, key=lambda s: s["start"]):
        out.append(t[i:s["start"]])
        out.append("[" + t[s["start"]:s["end"]] + "]" + AB[s["label"]])
        i = s["end"]
    out.append(t[i:])
    return "".join(out)


recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
for k in map(int, sys.argv[1:]):
    r = recs[k]
    print(f"== {r['id']} ({r['field']})")
    print("TITLE:", mark(r["title"], r["title_spans"]))
    print(mark(r["text"], r["spans"]))
    for x in r["results"]:
        extra = f" low={x['value_low']}" if "value_low" in x else ""
        print(f"  RES {r['text'][x['start']:x['end']]!r} -> {x['metric']} {x['value']} {x['unit']} "
              f"ds={x['dataset']} m={x['method']}{extra}")
    print()
