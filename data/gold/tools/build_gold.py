#!/usr/bin/env python3
"""Build data/gold/seed.jsonl from hand-written annotations.

Annotations live in data/gold/tools/ann_*.py, each defining a dict ``A``
mapping record id -> {
    "title":   [(surface, LABEL), ...],   # spans searched in the title
    "text":    [(surface, LABEL), ...],   # spans searched in the abstract
    "skip":    [(surface, context), ...], # drop occurrences of `surface` that lie
                                          # inside an occurrence of `context`
                                          # (ordinary-word uses); applies to title and text
    "results": [{"anchor": str, "occ": int (optional, default 0 = first),
                 "metric", "value", "unit", "dataset", "method",
                 "value_low" (optional)}],
    "title_results": [...],               # optional: the same, anchored in the title
}
Every case-sensitive whole-word occurrence (not preceded/followed by a letter
or digit) of each surface becomes a span; overlapping candidates are resolved by
keeping the longest.  Run with --check to only validate.
"""
import glob, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SRC = os.path.join(ROOT, "data", "seed", "hf-papers-search-efficient.jsonl")
OUT = os.path.join(ROOT, "data", "gold", "seed.jsonl")
LABELS = {"METHOD", "DATASET", "METRIC", "TASK"}
SOURCE = "hf-papers-search-efficient"


def anchored_results(text, declared, errors, rid):
    """Results from their anchors: each anchor is the result's surface in ``text`` (its ``occ``-th
    occurrence when it occurs more than once)."""
    results = []
    for res in declared:
        anchor = res["anchor"]
        pos = [m.start() for m in re.finditer(re.escape(anchor), text)]
        occ = res.get("occ", 0)
        if len(pos) <= occ:
            errors.append(f"{rid}: result anchor not found {anchor!r}")
            continue
        if len(pos) > 1 and "occ" not in res:
            errors.append(f"{rid}: result anchor ambiguous {anchor!r}")
        s = pos[occ]
        o = {"metric": res["metric"], "value": float(res["value"]), "unit": res.get("unit"),
             "dataset": res.get("dataset"), "method": res.get("method")}
        if "value_low" in res:
            o["value_low"] = float(res["value_low"])
        o["start"], o["end"] = s, s + len(anchor)
        results.append(o)
    return results


def load_annotations():
    A = {}
    for path in sorted(glob.glob(os.path.join(HERE, "ann_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for k, v in mod.A.items():
            if k in A:
                raise SystemExit(f"duplicate annotation for {k} in {path}")
            A[k] = v
    return A


def occurrences(text, surface):
    pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(surface) + r"(?![A-Za-z0-9])")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def find_spans(text, pairs, skips, errors, where, forces=()):
    skip_ranges = []
    # never annotate inside URLs (code links)
    for m in re.finditer(r"https?://\S+", text):
        skip_ranges.append((None, m.start(), m.end()))
    for surface, ctx in skips:
        for cs in [m.start() for m in re.finditer(re.escape(ctx), text)]:
            skip_ranges.append((surface, cs, cs + len(ctx)))
    cands = []
    for surface, label in pairs:
        if label not in LABELS:
            errors.append(f"{where}: bad label {label!r} for {surface!r}")
        if surface != surface.strip() or not surface:
            errors.append(f"{where}: surface has surrounding whitespace {surface!r}")
        occ = occurrences(text, surface)
        if not occ:
            errors.append(f"{where}: surface not found {surface!r}")
        for s, e in occ:
            if any((sf is None or sf == surface) and cs <= s and e <= ce for sf, cs, ce in skip_ranges):
                continue
            cands.append((s, e, label, surface))
    for surface, ctx, label in forces:
        found = False
        for m in re.finditer(re.escape(ctx), text):
            i = ctx.find(surface)
            if i >= 0:
                cands.append((m.start() + i, m.start() + i + len(surface), label, surface))
                found = True
        if not found:
            errors.append(f"{where}: forced context not found {ctx!r}")
    # longest first, then earliest; greedy non-overlapping selection
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen = []
    for c in cands:
        if any(not (c[1] <= o[0] or o[1] <= c[0]) for o in chosen):
            if not any(c[0] == o[0] and c[1] == o[1] for o in chosen):
                pass  # dropped: overlaps a longer span
            elif any(c[0] == o[0] and c[1] == o[1] and c[2] != o[2] for o in chosen):
                errors.append(f"{where}: {c[3]!r} given two labels")
            continue
        chosen.append(c)
    # surfaces whose every occurrence got swallowed by a longer span
    for surface, label in pairs:
        if occurrences(text, surface) and not any(c[3] == surface for c in chosen):
            # fine if intended (e.g. the name only appears inside a longer name)
            pass
    chosen.sort()
    return [{"start": s, "end": e, "label": l} for s, e, l, _ in chosen]


def main():
    check_only = "--check" in sys.argv
    A = load_annotations()
    recs = [json.loads(l) for l in open(SRC, encoding="utf-8")]
    errors, out = [], []
    ids = [r["id"] for r in recs]
    for k in A:
        if k not in ids:
            errors.append(f"annotation for unknown id {k}")
    for r in recs:
        rid = r["id"]
        if rid not in A:
            errors.append(f"{rid}: no annotation")
            continue
        a = A[rid]
        skips = a.get("skip", [])
        tspans = find_spans(r["title"], a.get("title", []), skips, errors, rid + "/title")
        spans = find_spans(r["text"], a.get("text", []), skips, errors, rid + "/text", a.get("force", []))
        results = anchored_results(r["text"], a.get("results", []), errors, rid)
        num = int(rid.rsplit("-", 1)[1])
        record = {"id": rid, "title": r["title"], "text": r["text"],
                  "title_spans": tspans, "spans": spans, "results": results}
        if a.get("title_results"):
            # results the title reports, annotated by the same rules (audit/titles)
            record["title_results"] = anchored_results(r["title"], a["title_results"], errors, rid + "/title")
        record.update({"split": "dev" if num % 2 == 0 else "test", "source": SOURCE})
        out.append(record)
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} errors")
        if not check_only:
            sys.exit(1)
    if not check_only:
        with open(OUT, "w", encoding="utf-8") as f:
            for o in out:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        print(f"wrote {len(out)} records to {OUT}")


if __name__ == "__main__":
    main()
