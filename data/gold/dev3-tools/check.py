#!/usr/bin/env python3
"""Independent validation + statistics for data/gold/extra-dev-3.jsonl.

Re-reads the built file (does not trust build.py) and checks the gold format,
offsets, span boundaries, overlaps, labels, results, ids/split, and that the
coined method names of these records do not occur in the other gold files.
Run: python3 data/gold/dev3-tools/check.py
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(HERE)
PATH = os.path.join(GOLD, "extra-dev-3.jsonl")
LABELS = {"METHOD", "DATASET", "METRIC", "TASK"}
KEYS = ["id", "title", "text", "title_spans", "spans", "results", "split", "source", "field"]
RKEYS = {"metric", "value", "unit", "dataset", "method", "start", "end"}
# spans allowed to start/end on punctuation (names that contain it)
PUNCT_OK = {"WHAMR!", "QuIP#", "Retro*", "mAP(07)", "EF1%", "enrichment factor at 1%", "chrF++", "GNN-AK+"}
OTHER = ("seed.jsonl", "written.jsonl", "extra-dev.jsonl", "extra-dev-2.jsonl", "fresh.jsonl", "holdout.jsonl")
# coined names of the dev3 papers (the papers' own methods), declared as COINED in each recs_*.py
def load_coined():
    import glob, importlib.util
    names = []
    for path in sorted(glob.glob(os.path.join(HERE, "recs_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        names.extend(mod.COINED)
    return names


COINED = load_coined()


def bad_edge(ch):
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def main():
    errs = []
    recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
    fields = collections.Counter()
    labels = collections.Counter()
    tlabels = collections.Counter()
    nres = 0
    words = []
    astral = 0
    for n, r in enumerate(recs):
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: keys {list(r.keys())}")
        if rid != f"dev3-{n:03d}":
            errs.append(f"{rid}: id out of sequence")
        if r["split"] != "dev" or r["source"] != "written-dev3":
            errs.append(f"{rid}: split/source")
        fields[r["field"]] += 1
        words.append(len(r["text"].split()))
        if any(ord(c) > 0xFFFF for c in r["title"] + r["text"]):
            astral += 1
        for key, tkey in (("title_spans", "title"), ("spans", "text")):
            t = r[tkey]
            prev_end = -1
            for s in sorted(r[key], key=lambda s: s["start"]):
                a, b, lab = s["start"], s["end"], s["label"]
                if lab not in LABELS:
                    errs.append(f"{rid}: label {lab}")
                if not (0 <= a < b <= len(t)):
                    errs.append(f"{rid}: bad offsets {a}-{b}")
                    continue
                sur = t[a:b]
                if sur not in PUNCT_OK and (bad_edge(sur[0]) or bad_edge(sur[-1])):
                    errs.append(f"{rid} {key}: edge {sur!r}")
                if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                    errs.append(f"{rid} {key}: not whole word {sur!r}")
                if a < prev_end:
                    errs.append(f"{rid} {key}: overlap at {a}")
                prev_end = b
                (tlabels if key == "title_spans" else labels)[lab] += 1
        for x in r["results"]:
            nres += 1
            if not RKEYS <= set(x) or not set(x) <= RKEYS | {"value_low"}:
                errs.append(f"{rid}: result keys {sorted(x)}")
            a, b = x["start"], x["end"]
            if not (0 <= a < b <= len(r["text"])):
                errs.append(f"{rid}: result offsets")
                continue
            sur = r["text"][a:b].replace(",", "")
            v = x["value"]
            forms = {f"{v:g}", str(v), f"{abs(v):g}"}
            if not any(f in sur for f in forms):
                errs.append(f"{rid}: result value {v} not in {sur!r}")
            if not isinstance(v, float):
                errs.append(f"{rid}: value not float")
    # novelty vs other gold files
    other = ""
    for fn in OTHER:
        other += open(os.path.join(GOLD, fn), encoding="utf-8").read()
    for name in COINED:
        if re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", other):
            errs.append(f"coined name {name!r} also occurs in another gold file")
    other_titles = {json.loads(l)["title"].lower() for fn in OTHER
                    for l in open(os.path.join(GOLD, fn), encoding="utf-8")}
    for r in recs:
        if r["title"].lower() in other_titles:
            errs.append(f"{r['id']}: title repeats another gold file")
    if len(set(fields.values())) > 1:
        errs.append(f"fields unbalanced: {dict(fields)}")
    mine = "".join(r["title"] + " " + r["text"] for r in recs)
    for name in COINED:
        if name not in mine:
            errs.append(f"coined name {name!r} not used in any dev3 record")
    print(f"records: {len(recs)}   words/abstract: min {min(words)} max {max(words)} "
          f"mean {sum(words)/len(words):.0f}   records with astral chars: {astral}")
    print("records per field:", dict(sorted(fields.items())))
    print("text spans per label:", dict(sorted(labels.items())), "total", sum(labels.values()))
    print("title spans per label:", dict(sorted(tlabels.items())), "total", sum(tlabels.values()))
    print("results:", nres)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
