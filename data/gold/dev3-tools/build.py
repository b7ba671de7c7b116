#!/usr/bin/env python3
"""Build and validate data/gold/extra-dev-3.jsonl from hand-written records.

Records live in data/gold/dev3-tools/recs_*.py; each defines RECS, a list of
dicts written and annotated by hand (independently of the PaperLens pipeline,
whose code and knowledge base are NOT used here):

    {"field": "nlp", "title": "...", "text": "...",
     "spans":   [(surface, label[, opts]), ...],
     "results": [(surface, metric, value, unit, dataset, method[, extras]), ...]}

label: M=METHOD, D=DATASET, X=METRIC, T=TASK.
Every case-sensitive whole-word occurrence of `surface` (no letter/digit right
before or after) in the title and in the text becomes a span, except:
    opts["skip"]  / opts["tskip"]: occurrence indices (text / title) that are
                                   ordinary-word uses and are NOT spans
    opts["only"]  / opts["tonly"]: only these occurrence indices are spans
    opts["notitle"] / opts["notext"]: do not mark in title / text
    opts["punct"]: allow the span to end/start on punctuation (e.g. chrF++)
Overlaps: a candidate contained in a longer one is dropped (longest wins);
any other overlap is an error.

results: `surface` is the exact text covered (figure + metric as written);
extras: {"low": lower bound of a range, "occ": n-th occurrence of surface}.

Run:  python3 data/gold/dev3-tools/build.py          (build + validate)
      python3 data/gold/dev3-tools/build.py --lint   (also list uncovered
                                                         name-like tokens)
"""
import glob
import importlib.util
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(HERE)
OUT = os.path.join(GOLD, "extra-dev-3.jsonl")
LABELS = {"M": "METHOD", "D": "DATASET", "X": "METRIC", "T": "TASK"}
FIELDS = {"llm-agents", "mt-multilingual", "ir-rag", "speech-synthesis", "robotics",
          "driving-3d", "video", "image-restoration", "molecules", "climate-sciml",
          "fed-continual", "tabular-automl"}


class Err(Exception):
    pass


def occurrences(text, surface):
    out, i = [], text.find(surface)
    while i != -1:
        j = i + len(surface)
        b = text[i - 1] if i > 0 else ""
        a = text[j] if j < len(text) else ""
        if not (b and b.isalnum()) and not (a and a.isalnum()):
            out.append((i, j))
        i = text.find(surface, i + 1)
    return out


def is_punct_or_space(ch):
    return ch.isspace() or unicodedata.category(ch)[0] in "PZS"


def mark(text, spans, where, rid):
    cands = []
    for sp in spans:
        surface, lab = sp[0], sp[1]
        opts = sp[2] if len(sp) > 2 else {}
        if lab not in LABELS:
            raise Err(f"{rid}: bad label {lab!r} for {surface!r}")
        if opts.get("notitle" if where == "title" else "notext"):
            continue
        occ = occurrences(text, surface)
        skip = set(opts.get("tskip" if where == "title" else "skip", []))
        only = opts.get("tonly" if where == "title" else "only")
        for k, (s, e) in enumerate(occ):
            if k in skip or (only is not None and k not in only):
                continue
            cands.append((s, e, LABELS[lab], surface, bool(opts.get("punct"))))
    # longest wins on containment
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    kept = []
    for c in cands:
        clash = [k for k in kept if c[0] < k[1] and k[0] < c[1]]
        if not clash:
            kept.append(c)
            continue
        for k in clash:
            if not (k[0] <= c[0] and c[1] <= k[1]):
                raise Err(f"{rid} {where}: overlapping spans {k[3]!r} and {c[3]!r} at {c[0]}")
            if k[0] == c[0] and k[1] == c[1] and k[2] != c[2]:
                raise Err(f"{rid} {where}: {c[3]!r} has two labels")
    kept.sort()
    for s, e, lab, surface, punct in kept:
        if text[s:e] != surface:
            raise Err(f"{rid}: offset mismatch {surface!r}")
        if not punct and (is_punct_or_space(text[s]) or is_punct_or_space(text[e - 1])):
            raise Err(f"{rid} {where}: span {surface!r} starts/ends on punctuation/space")
        if text[s].isspace() or text[e - 1].isspace():
            raise Err(f"{rid} {where}: span {surface!r} starts/ends on whitespace")
    return [{"start": s, "end": e, "label": lab} for s, e, lab, _, _ in kept]


def num_forms(v):
    forms = {repr(v), str(v), f"{v:g}", f"{abs(v):g}"}
    if float(v).is_integer():
        forms.add(str(int(abs(v))))
        forms.add(f"{int(abs(v)):,}")
    return forms


def build_results(text, results, rid):
    out = []
    for r in results:
        surface, metric, value, unit, dataset, method = r[:6]
        extras = r[6] if len(r) > 6 else {}
        occ = []
        i = text.find(surface)
        while i != -1:
            occ.append(i)
            i = text.find(surface, i + 1)
        n = extras.get("occ", 0)
        if len(occ) <= n:
            raise Err(f"{rid}: result surface not found: {surface!r}")
        s = occ[n]
        e = s + len(surface)
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise Err(f"{rid}: value not a number in {surface!r}")
        figure = surface.replace("\u2009", "").replace(",", "")
        if not any(f in figure or f in surface for f in num_forms(float(value))):
            raise Err(f"{rid}: figure {value} not in result surface {surface!r}")
        if is_punct_or_space(text[s]) and text[s] not in "+-−~<>≈" or (is_punct_or_space(text[e - 1]) and text[e - 1] not in "%×)#"):
            raise Err(f"{rid}: result surface {surface!r} starts/ends badly")
        if not metric:
            raise Err(f"{rid}: result without metric {surface!r}")
        if dataset is not None and dataset not in text and dataset.split()[0] not in text:
            raise Err(f"{rid}: result dataset {dataset!r} not in text")
        if method is not None and method not in text:
            raise Err(f"{rid}: result method {method!r} not in text")
        d = {"metric": metric, "value": float(value), "unit": unit, "dataset": dataset,
             "method": method, "start": s, "end": e}
        if "low" in extras:
            d["value_low"] = float(extras["low"])
            if not any(f in figure for f in num_forms(float(extras["low"]))):
                raise Err(f"{rid}: lower bound {extras['low']} not in {surface!r}")
        out.append(d)
    return out


NAMEISH = re.compile(r"[A-Za-z0-9][\w.+/-]*[\w+]|[A-Z]")


def lint(rec, text, spans, where):
    """Name-like tokens (capitals inside, digits, all-caps) not covered by a span."""
    covered = [(s["start"], s["end"]) for s in spans]
    out = []
    for m in re.finditer(r"[A-Za-z][\w.\-/+]*\w|\b[A-Z]\b", text):
        w = m.group(0)
        inner = w[1:]
        if not (any(c.isupper() for c in inner) or any(c.isdigit() for c in w)):
            continue
        if any(s <= m.start() < e for s, e in covered):
            continue
        out.append(w)
    return out


def main():
    do_lint = "--lint" in sys.argv
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "recs_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECS)
    errors, out = [], []
    seen_titles = set()
    for n, r in enumerate(recs):
        rid = f"dev3-{n:03d}"
        try:
            if r["field"] not in FIELDS:
                raise Err(f"{rid}: unknown field {r['field']}")
            if r["title"] in seen_titles:
                raise Err(f"{rid}: duplicate title")
            seen_titles.add(r["title"])
            words = len(r["text"].split())
            if not 150 <= words <= 260:
                raise Err(f"{rid}: {words} words (want 150-260)")
            # every declared surface must occur somewhere
            for sp in r["spans"]:
                if not occurrences(r["title"], sp[0]) and not occurrences(r["text"], sp[0]):
                    raise Err(f"{rid}: declared span {sp[0]!r} occurs nowhere")
            ts = mark(r["title"], r["spans"], "title", rid)
            xs = mark(r["text"], r["spans"], "text", rid)
            res = build_results(r["text"], r["results"], rid)
            rec = {"id": rid, "title": r["title"], "text": r["text"], "title_spans": ts,
                   "spans": xs, "results": res, "split": "dev", "source": "written-dev3",
                   "field": r["field"]}
            out.append(rec)
            if do_lint:
                miss = lint(r, r["title"], ts, "title") + lint(r, r["text"], xs, "text")
                if miss:
                    print(f"LINT {rid}: {sorted(set(miss))}")
        except Err as ex:
            errors.append(str(ex))
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records to {OUT}")


if __name__ == "__main__":
    main()
