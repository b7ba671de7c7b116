#!/usr/bin/env python3
"""Apply the additions of decisions.py to the gold sets' sources, and write the audit log.

- written: data/gold/written-tools/recs_*.py  (then run written-tools/build.py)
- holdout: data/gold/holdout-tools/recs_*.py  (then run holdout-tools/build.py)
- extra-dev.jsonl, fresh.jsonl: edited in place (no builder), serialisation kept
  (json.dumps(..., ensure_ascii=False), same key order).
- seed: no additions (tools/ann_*.py untouched).
Each new result goes into its record's `results` in text order. Existing results are
never changed. Run once from the repository root:
    .venv/bin/python data/gold/audit/completeness/apply.py [--dry | --log-only]
It refuses to add a result twice (a result with the same start/end/value already there).
"""
import ast, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from decisions import ADD, QUESTIONED  # noqa: E402

TOOLS = {"written": "written-tools", "holdout": "holdout-tools"}
ORDER = ["seed", "written", "extra-dev", "holdout", "fresh"]


def load(set_):
    return {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(GOLD, set_ + ".jsonl"), encoding="utf-8")}


def sentence_of(text, s):
    a = max(text.rfind(". ", 0, s), text.rfind("? ", 0, s), text.rfind("! ", 0, s))
    a = 0 if a < 0 else a + 2
    # skip abbreviations like "e.g. " / "vs. " / "et al. " / "Yahoo! "
    while a > 2 and re.search(r"(e\.g|i\.e|vs|al|Yahoo!?)[.!]? $", text[max(0, a - 8):a]):
        b = max(text.rfind(". ", 0, a - 2), text.rfind("? ", 0, a - 2), text.rfind("! ", 0, a - 2))
        a = 0 if b < 0 else b + 2
    m = re.compile(r"[.!?](?=\s+[A-Z0-9(])").search(text, s)
    while m and re.search(r"(e\.g|i\.e|vs|et al|Yahoo!)$", text[max(0, m.start() - 6):m.end()]):
        m = re.compile(r"[.!?](?=\s+[A-Z0-9(])").search(text, m.end())
    e = m.end() if m else len(text)
    return text[a:e]


def resolve(rec, d, again=False):
    """start/end of the new result in the text; checks the figure is in the surface."""
    text, surf = rec["text"], d["surface"]
    occ = [m.start() for m in re.finditer(re.escape(surf), text)]
    if not occ:
        raise SystemExit(f"{d['id']}: surface not found {surf!r}")
    if len(occ) > 1 and d["occ"] is None:
        raise SystemExit(f"{d['id']}: surface ambiguous {surf!r} ({len(occ)}x)")
    s = occ[d["occ"] or 0]
    e = s + len(surf)
    v = abs(float(d["value"]))
    nums = [float(n.replace(",", "")) for n in re.findall(r"\d+(?:[.,]\d+)*", surf)]
    if not any(abs(n - v) < 1e-9 for n in nums):
        raise SystemExit(f"{d['id']}: value {d['value']} not in {surf!r}")
    for x in rec["results"]:
        if not again and x["start"] == s and x["end"] == e and x["value"] == float(d["value"]):
            raise SystemExit(f"{d['id']}: already in gold: {surf!r}")
    if d["dataset"] is not None and d["dataset"] not in text and d["dataset"].split()[0] not in text:
        raise SystemExit(f"{d['id']}: dataset {d['dataset']!r} not in text")
    if d["method"] is not None and d["method"] not in text:
        raise SystemExit(f"{d['id']}: method {d['method']!r} not in text")
    return s, e


def result_dict(d, s, e, low_last):
    o = {"metric": d["metric"], "value": float(d["value"]), "unit": d["unit"], "dataset": d["dataset"],
         "method": d["method"]}
    if d["low"] is not None and not low_last:
        o["value_low"] = float(d["low"])
    o["start"], o["end"] = s, e
    if d["low"] is not None and low_last:
        o["value_low"] = float(d["low"])
    return o


def lit(x):
    if x is None:
        return "None"
    if isinstance(x, str):
        return json.dumps(x, ensure_ascii=False)
    return repr(x)


def tuple_src(d):
    parts = [lit(d["surface"]), lit(d["metric"]), lit(d["value"]), lit(d["unit"]), lit(d["dataset"]), lit(d["method"])]
    extra = {}
    if d["occ"] is not None:
        extra["occ"] = d["occ"]
    if d["low"] is not None:
        extra["low"] = d["low"]
    if extra:
        parts.append("{" + ", ".join(f"{json.dumps(k)}: {v!r}" for k, v in extra.items()) + "}")
    return "(" + ", ".join(parts) + ")"


def char_offset(lines_start, lines, lineno, col_bytes):
    line = lines[lineno - 1]
    return lines_start[lineno - 1] + len(line.encode("utf-8")[:col_bytes].decode("utf-8"))


def edit_recs(set_, adds, recs_by_id):
    """Insert the new result tuples into the set's recs_*.py files."""
    tools = os.path.join(GOLD, TOOLS[set_])
    files = sorted(glob.glob(os.path.join(tools, "recs_*.py")))
    prefix = "written" if set_ == "written" else "holdout"
    idx = 0
    where = {}  # record id -> (file, dict node)
    trees = {}
    for f in files:
        src = open(f, encoding="utf-8").read()
        tree = ast.parse(src)
        trees[f] = src
        recs = None
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "RECS" for t in node.targets):
                recs = node.value
        for el in recs.elts:
            where[f"{prefix}-{idx:03d}"] = (f, el)
            idx += 1
    per_file = {}
    for d in adds:
        f, node = where[d["id"]]
        keys = [k.value for k in node.keys]
        lst = node.values[keys.index("results")]
        per_file.setdefault(f, []).append((d, lst))
    for f, items in per_file.items():
        src = trees[f]
        lines = src.split("\n")
        starts, pos = [], 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln) + 1
        inserts = []  # (offset, text, order)
        for n, (d, lst) in enumerate(items):
            rec = recs_by_id[d["id"]]
            text = rec["text"]
            # start of each existing element, resolved as the builders do
            el_starts = []
            for el in lst.elts:
                t = ast.literal_eval(el)
                extra = t[6] if len(t) > 6 else {}
                occ = [m.start() for m in re.finditer(re.escape(t[0]), text)]
                el_starts.append(occ[extra.get("occ", 0)])
            s = d["_start"]
            before = [i for i, st in enumerate(el_starts) if st <= s]
            if lst.elts and before:
                el = lst.elts[before[-1]]
                off = char_offset(starts, lines, el.end_lineno, el.end_col_offset)
                col = lst.elts[0].col_offset
                ind = len(lines[lst.elts[0].lineno - 1].encode("utf-8")[:col].decode("utf-8"))
                inserts.append((off, ",\n" + " " * ind + tuple_src(d), (s, n)))
            elif lst.elts:
                el = lst.elts[0]
                off = char_offset(starts, lines, el.lineno, el.col_offset)
                ind = len(lines[el.lineno - 1].encode("utf-8")[:el.col_offset].decode("utf-8"))
                inserts.append((off, tuple_src(d) + ",\n" + " " * ind, (s, n)))
            else:
                off = char_offset(starts, lines, lst.end_lineno, lst.end_col_offset) - 1  # before "]"
                inserts.append((off, tuple_src(d), (s, n)))
        # same offset: keep text order; apply from the end of the file
        inserts.sort(key=lambda x: (x[0], x[2]))
        grouped = {}
        for off, txt, key in inserts:
            grouped.setdefault(off, []).append(txt)
        for off in sorted(grouped, reverse=True):
            txts = grouped[off]
            if txts[0].startswith(",\n"):
                block = "".join(txts)
            else:
                block = "".join(txts)
            src = src[:off] + block + src[off:]
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(src)


def edit_jsonl(set_, adds):
    path = os.path.join(GOLD, set_ + ".jsonl")
    lines = open(path, encoding="utf-8").read().split("\n")
    recs = [json.loads(l) if l else None for l in lines]
    # where does value_low sit in this set's results? (after end in extra-dev)
    low_last = True
    for r in recs:
        for x in (r or {}).get("results", []):
            if "value_low" in x:
                low_last = list(x.keys())[-1] == "value_low"
    by_id = {r["id"]: i for i, r in enumerate(recs) if r}
    for d in adds:
        i = by_id[d["id"]]
        r = recs[i]
        o = result_dict(d, d["_start"], d["_end"], low_last)
        k = 0
        while k < len(r["results"]) and r["results"][k]["start"] <= o["start"]:
            k += 1
        r["results"].insert(k, o)
    for i, r in enumerate(recs):
        if r is not None:
            lines[i] = json.dumps(r, ensure_ascii=False)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def main():
    dry = "--dry" in sys.argv
    log_only = "--log-only" in sys.argv  # the additions are in already: only rewrite the log
    gold = {s: load(s) for s in ORDER}
    log = []
    for d in ADD:
        rec = gold[d["set"]][d["id"]]
        s, e = resolve(rec, d, again=log_only)
        d["_start"], d["_end"] = s, e
        sent = sentence_of(rec["text"], s)
        res = result_dict(d, s, e, True)
        log.append({"set": d["set"], "id": d["id"], "sentence": sent, "added": res, "kind": d["kind"],
                    "reason": d["reason"]})
        if dry:
            t = rec["text"]
            print(f"{d['id']:12} {d['kind']:8} {d['metric']} = {d['value']} {d['unit'] or ''} | ds={d['dataset']} m={d['method']}")
            print(f"      ...{t[max(0, s - 70):s]}[[{t[s:e]}]]{t[e:e + 40]}...")
    if dry:
        return
    for set_ in ORDER:
        adds = [d for d in ADD if d["set"] == set_]
        if not adds or log_only:
            continue
        if set_ in TOOLS:
            edit_recs(set_, adds, gold[set_])
        else:
            edit_jsonl(set_, adds)
    out = os.path.join(GOLD, "audit", "completeness.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for x in log:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
        for q in QUESTIONED:
            rec = gold[q["set"]][q["id"]]
            hit = [x for x in rec["results"] if rec["text"][x["start"]:x["end"]] == q["surface"]]
            if len(hit) != 1:
                raise SystemExit(f"questioned entry not found once: {q}")
            fh.write(json.dumps({"set": q["set"], "id": q["id"], "sentence": sentence_of(rec["text"], hit[0]["start"]),
                                 "questioned": hit[0], "reason": q["reason"]}, ensure_ascii=False) + "\n")
    print(f"{len(log)} results added, {len(QUESTIONED)} questioned; log: {out}")


if __name__ == "__main__":
    main()
