#!/usr/bin/env python3
"""Validate data/gold/seed.jsonl against the seed input and the guideline format.

Checks: same ids/order/title/text as the input; field set; labels; offsets in range;
no leading/trailing whitespace or punctuation; no overlaps; results well-formed;
split parity. Prints counts.  With --consistency, also lists surfaces that are a
span in some record but occur unannotated (whole word, outside URLs) elsewhere.
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SRC = os.path.join(ROOT, "data", "seed", "hf-papers-search-efficient.jsonl")
GOLD = os.path.join(ROOT, "data", "gold", "seed.jsonl")
LABELS = {"METHOD", "DATASET", "METRIC", "TASK"}
KEYS = ["id", "title", "text", "title_spans", "spans", "results", "split", "source"]
KEYS_WITH_TITLE_RESULTS = KEYS[:6] + ["title_results"] + KEYS[6:]
RKEYS = {"metric", "value", "unit", "dataset", "method", "start", "end"}
BAD_EDGE = set(" \t\n.,;:!?()[]{}\"'`")


def main():
    src = [json.loads(l) for l in open(SRC, encoding="utf-8")]
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    errs = []
    if [r["id"] for r in src] != [g["id"] for g in gold]:
        errs.append("ids/order differ from input")
    counts = collections.Counter()
    tcounts = collections.Counter()
    nres = 0
    splits = collections.Counter()
    for s, g in zip(src, gold):
        rid = g["id"]
        if list(g.keys()) not in (KEYS, KEYS_WITH_TITLE_RESULTS):
            errs.append(f"{rid}: keys {list(g.keys())}")
        if g["title"] != s["title"] or g["text"] != s["text"]:
            errs.append(f"{rid}: title/text changed")
        if g["source"] != "hf-papers-search-efficient":
            errs.append(f"{rid}: source")
        want = "dev" if int(rid.rsplit("-", 1)[1]) % 2 == 0 else "test"
        if g["split"] != want:
            errs.append(f"{rid}: split {g['split']} != {want}")
        splits[g["split"]] += 1
        for field, txt, ctr in (("title_spans", g["title"], tcounts), ("spans", g["text"], counts)):
            prev_end = -1
            for sp in g[field]:
                if set(sp) != {"start", "end", "label"}:
                    errs.append(f"{rid}/{field}: keys {sp}")
                st, en, lab = sp["start"], sp["end"], sp["label"]
                if lab not in LABELS:
                    errs.append(f"{rid}/{field}: label {lab}")
                if not (0 <= st < en <= len(txt)):
                    errs.append(f"{rid}/{field}: range {st},{en}")
                    continue
                sub = txt[st:en]
                if sub[0] in BAD_EDGE or sub[-1] in BAD_EDGE:
                    errs.append(f"{rid}/{field}: edge char in {sub!r}")
                if st < prev_end:
                    errs.append(f"{rid}/{field}: overlap/unsorted at {sub!r}")
                prev_end = en
                ctr[lab] += 1
        for res, where in [(x, "text") for x in g["results"]] + [(x, "title") for x in g.get("title_results", [])]:
            nres += 1
            ks = set(res)
            if not (RKEYS <= ks <= RKEYS | {"value_low"}):
                errs.append(f"{rid}: result keys {sorted(ks)}")
            if not (0 <= res["start"] < res["end"] <= len(g[where])):
                errs.append(f"{rid}: result range {res}")
            if not isinstance(res["value"], float):
                errs.append(f"{rid}: result value not float {res}")
            if "value_low" in res and not res["value_low"] <= res["value"]:
                errs.append(f"{rid}: value_low > value {res}")
            if res["unit"] not in (None, "%", "×", "dB", "s", "ms", "PFLOPs"):
                errs.append(f"{rid}: unusual unit {res['unit']}")
    print(f"records: {len(gold)}  splits: {dict(splits)}")
    print(f"abstract spans: {sum(counts.values())} {dict(sorted(counts.items()))}")
    print(f"title spans: {sum(tcounts.values())} {dict(sorted(tcounts.items()))}")
    print(f"results: {nres}")
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} ERRORS")
        sys.exit(1)
    print("validation OK")
    if "--consistency" in sys.argv:
        consistency(gold)


def consistency(gold):
    surf = collections.defaultdict(set)
    for g in gold:
        for field, txt in (("title_spans", g["title"]), ("spans", g["text"])):
            for sp in g[field]:
                surf[txt[sp["start"]:sp["end"]]].add(sp["label"])
    for g in gold:
        for field, txt in (("title_spans", g["title"]), ("spans", g["text"])):
            covered = [(sp["start"], sp["end"]) for sp in g[field]]
            urls = [(m.start(), m.end()) for m in re.finditer(r"https?://\S+", txt)]
            for s, labs in surf.items():
                for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(s) + r"(?![A-Za-z0-9])", txt):
                    a, b = m.start(), m.end()
                    if any(u0 <= a and b <= u1 for u0, u1 in urls):
                        continue
                    if not any(c0 <= a and b <= c1 for c0, c1 in covered):
                        ctx = txt[max(0, a - 30):b + 30].replace("\n", " ")
                        print(f"UNMARKED {g['id']}/{field}: {s!r} {sorted(labs)} ...{ctx}...")


if __name__ == "__main__":
    main()
