#!/usr/bin/env python3
"""Check that the completeness audit only added results.

For every gold set, compares data/gold/<set>.jsonl with its version at a git revision
(default HEAD): same records in the same order; in every line, putting the old
`results` back gives the old line byte for byte (so titles, texts, spans and every
other field are unchanged); the old results are still there, unchanged and in the
same order; the new ones are exactly those logged in audit/completeness.jsonl; the
results of every record that got new ones are in text order.
Run:  .venv/bin/python data/gold/audit/completeness/verify.py [REV]   (REV: the commit before the audit,
      45934e7; the default HEAD only works before the audit is committed)
"""
import glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.abspath(os.path.join(HERE, "..", ".."))
ROOT = os.path.abspath(os.path.join(GOLD, "..", ".."))
rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"

logged = {}
for l in open(os.path.join(GOLD, "audit", "completeness.jsonl"), encoding="utf-8"):
    x = json.loads(l)
    if "added" in x:
        logged.setdefault((x["set"], x["id"]), []).append(x["added"])

errs, added_total = [], 0
seen = set()
for path in sorted(glob.glob(os.path.join(GOLD, "*.jsonl"))):
    set_ = os.path.basename(path)[:-6]
    rel = os.path.relpath(path, ROOT)
    old = subprocess.run(["git", "show", f"{rev}:{rel}"], cwd=ROOT, capture_output=True, text=True).stdout
    new = open(path, encoding="utf-8").read()
    ol, nl = old.split("\n"), new.split("\n")
    if len(ol) != len(nl):
        errs.append(f"{set_}: line count {len(ol)} -> {len(nl)}")
        continue
    n_add = 0
    for a, b in zip(ol, nl):
        if not a and not b:
            continue
        ro, rn = json.loads(a), json.loads(b)
        if list(ro.keys()) != list(rn.keys()) or ro["id"] != rn["id"]:
            errs.append(f"{set_}: keys/id differ at {ro.get('id')}")
            continue
        back = dict(rn)
        back["results"] = ro["results"]
        if json.dumps(back, ensure_ascii=False) != a:
            errs.append(f"{set_} {ro['id']}: a field other than results changed (or serialisation differs)")
        # old results kept, unchanged, in order
        it = iter(rn["results"])
        keep = all(any(json.dumps(x, ensure_ascii=False) == json.dumps(y, ensure_ascii=False) for y in it)
                   for x in ro["results"])
        if not keep:
            errs.append(f"{set_} {ro['id']}: an old result was changed, dropped or reordered")
        olds = [json.dumps(x, ensure_ascii=False) for x in ro["results"]]
        extra = [x for x in rn["results"] if json.dumps(x, ensure_ascii=False) not in olds]
        want = logged.get((set_, ro["id"]), [])
        if sorted(json.dumps(x, sort_keys=True) for x in extra) != sorted(json.dumps(x, sort_keys=True) for x in want):
            errs.append(f"{set_} {ro['id']}: added results differ from the log")
        if len(rn["results"]) != len(ro["results"]) + len(extra):
            errs.append(f"{set_} {ro['id']}: result count")
        if extra and [x["start"] for x in rn["results"]] != sorted(x["start"] for x in rn["results"]):
            errs.append(f"{set_} {ro['id']}: results not in text order")
        for x in extra:
            if not (0 <= x["start"] < x["end"] <= len(rn["text"])):
                errs.append(f"{set_} {ro['id']}: added result out of range")
        n_add += len(extra)
        if want:
            seen.add((set_, ro["id"]))
    added_total += n_add
    print(f"{set_:12} {n_add:3d} results added")
missing = set(logged) - seen
if missing:
    errs.append(f"logged but not found: {sorted(missing)}")
print(f"total {added_total} added; {len(errs)} errors")
for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
