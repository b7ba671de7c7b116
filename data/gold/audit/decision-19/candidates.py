"""List METRIC spans preceded by / starting with one of decision 19's six words (gold only)."""
import json, glob, os, re, sys
WORDS = ["average", "mean", "median", "overall", "total", "relative"]
GOLD = "/work/main/data/gold"
rows = []
for path in sorted(glob.glob(f"{GOLD}/*.jsonl")):
    fn = os.path.basename(path)
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        for field, key in (("spans", "text"), ("title_spans", "title")):
            t = r.get(key) or ""
            for s in r.get(field) or []:
                if s["label"] != "METRIC":
                    continue
                st, en = s["start"], s["end"]
                span = t[st:en]
                before = t[:st]
                kind = None
                m = re.search(r"(?i)(?<![A-Za-z])(" + "|".join(WORDS) + r")([ \-])$", before)
                if m:
                    kind = "preceded"; word = m.group(1).lower(); wstart = m.start(1); sep = m.group(2)
                else:
                    m2 = re.match(r"(?i)(" + "|".join(WORDS) + r")(?![A-Za-z])", span)
                    if m2:
                        kind = "starts"; word = m2.group(1).lower(); wstart = st; sep = None
                if not kind:
                    continue
                ctx = t[max(0, wstart - 90): en + 60].replace("\n", " ")
                rows.append(dict(file=fn, id=r["id"], field=field, start=st, end=en, kind=kind,
                                 word=word, wstart=wstart, sep=sep, span=span,
                                 new_text=t[wstart:en], ctx=ctx, split=r.get("split")))
json.dump(rows, open("candidates.json", "w"), ensure_ascii=False, indent=0)
from collections import Counter
print(Counter((r["kind"], r["word"]) for r in rows))
print(len(rows))
