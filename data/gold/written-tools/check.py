#!/usr/bin/env python3
"""Independent read-back checks on data/gold/written.jsonl (no PaperLens code)."""
import json, os, re, sys
from collections import defaultdict
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "written.jsonl")
KEYS = ["id", "title", "text", "title_spans", "spans", "results", "split", "source", "field"]
RKEYS = {"metric", "value", "unit", "dataset", "method", "start", "end"}
recs = [json.loads(l) for l in open(P, encoding="utf-8")]
errs = []
labels_of = defaultdict(set)
ids = set()
for r in recs:
    if list(r.keys()) != KEYS: errs.append(f"{r['id']}: keys {list(r.keys())}")
    n = int(r["id"].split("-")[1])
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    if r["split"] != ("dev" if n % 2 == 0 else "test"): errs.append(f"{r['id']}: split")
    if r["source"] != "written": errs.append(f"{r['id']}: source")
    for key, txt in (("title_spans", r["title"]), ("spans", r["text"])):
        for sp in r[key]:
            seg = txt[sp["start"]:sp["end"]]
            labels_of[seg].add(sp["label"])
        marked = {(sp["start"], sp["end"]) for sp in r[key]}
        cover = set()
        for sp in r[key]: cover.update(range(sp["start"], sp["end"]))
        # unmarked whole-word repeats of a marked surface
        for seg in {txt[s:e] for s, e in marked}:
            for m in re.finditer(re.escape(seg), txt):
                s, e = m.start(), m.end()
                if (s, e) in marked or s in cover: continue
                b = txt[s-1] if s else " "; a = txt[e] if e < len(txt) else " "
                if b.isalnum() or a.isalnum(): continue
                print(f"note {r['id']} {key}: unmarked repeat {seg!r} at {s}: ...{txt[max(0,s-30):e+30]}...")
    for res in r["results"]:
        if not RKEYS <= set(res): errs.append(f"{r['id']}: result keys {res}")
        if not (0 <= res["start"] < res["end"] <= len(r["text"])): errs.append(f"{r['id']}: result range")
        if not isinstance(res["value"], float): errs.append(f"{r['id']}: value type")
for seg, labs in sorted(labels_of.items()):
    if len(labs) > 1: print(f"note: {seg!r} has labels {sorted(labs)}")
print(f"{len(recs)} records checked, {len(errs)} errors")
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
