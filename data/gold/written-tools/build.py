#!/usr/bin/env python3
"""Build data/gold/written.jsonl from the hand-written records in recs_*.py.

Each recs_NN.py defines RECS, a list of dicts:

    {"field": "nlp", "title": "...", "text": "...",
     "spans": [(surface, label[, opts]), ...],
     "results": [(surface, metric, value, unit, dataset, method[, extras]), ...]}

label: M=METHOD, D=DATASET, X=METRIC, T=TASK.
opts (dict, optional):
    skip:  list of occurrence indices (in the text) that are NOT spans
           (e.g. an ordinary-word use); tskip: same for the title
    only:  list of occurrence indices (in the text) that ARE spans
    notitle / notext: do not mark in the title / the text
Every case-sensitive whole-word occurrence (not preceded / followed by a
letter or digit) is marked. When two candidate spans overlap, the longer one
wins if it contains the shorter (nested names: only the longest is a span);
any other overlap is an error.

results: `surface` is the exact text the result covers (figure + metric as
written); extras may hold {"low": lower bound of a range, "occ": n} (n-th
occurrence of surface, default 0).

This script does not use the PaperLens pipeline or its knowledge base.
Run:  python3 data/gold/written-tools/build.py [--lint]
"""
import glob
import importlib.util
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "written.jsonl")
LABELS = {"M": "METHOD", "D": "DATASET", "X": "METRIC", "T": "TASK"}
NAMES_WITH_THE = {"The Pile"}  # "The" is part of the dataset's name
FIELDS = {"nlp", "speech", "rl", "graphs", "time-series", "biomedical", "recsys",
          "tabular", "theory", "multimodal", "vision", "efficiency"}


def is_wordchar(ch):
    return ch.isalnum()


def occurrences(text, surface):
    out = []
    i = text.find(surface)
    while i != -1:
        j = i + len(surface)
        before = text[i - 1] if i > 0 else ""
        after = text[j] if j < len(text) else ""
        if not (before and is_wordchar(before)) and not (after and is_wordchar(after)):
            out.append((i, j))
        i = text.find(surface, i + 1)
    return out


class Err(Exception):
    pass


def mark(text, spans, where, rid):
    cands = []
    for sp in spans:
        surface, lab = sp[0], sp[1]
        opts = sp[2] if len(sp) > 2 else {}
        if lab not in LABELS:
            raise Err(f"{rid}: bad label {lab!r} for {surface!r}")
        if where == "title" and opts.get("notitle"):
            continue
        if where == "text" and opts.get("notext"):
            continue
        occ = occurrences(text, surface)
        skip = set(opts.get("tskip" if where == "title" else "skip", []))
        only = opts.get("only") if where == "text" else opts.get("tonly")
        for k, (s, e) in enumerate(occ):
            if k in skip:
                continue
            if only is not None and k not in only:
                continue
            cands.append((s, e, LABELS[lab], surface))
    # resolve nesting: longer first
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    kept = []
    for c in cands:
        clash = None
        for k in kept:
            if c[0] < k[1] and k[0] < c[1]:
                clash = k
                break
        if clash is None:
            kept.append(c)
        elif clash[0] <= c[0] and c[1] <= clash[1]:
            if (clash[0], clash[1]) == (c[0], c[1]) and clash[2] != c[2]:
                raise Err(f"{rid}: {c[3]!r} given two labels {clash[2]}/{c[2]}")
            continue  # nested inside a longer span: dropped
        else:
            raise Err(f"{rid}: partial overlap {c[3]!r} vs {clash[3]!r} in {where}")
    kept.sort()
    return [{"start": s, "end": e, "label": l} for s, e, l, _ in kept]


def num_ok(value, surf):
    v = float(value)
    forms = {repr(v), str(v), f"{v:g}"}
    if v == int(v):
        forms.add(str(int(v)))
    v = abs(v)
    nums = re.findall(r"\d+(?:[.,]\d+)*", surf)
    nums = {n.replace(",", "") for n in nums}
    for n in nums:
        try:
            if float(n) == v:
                return True
        except ValueError:
            pass
    return False


def build_record(idx, r):
    rid = f"written-{idx:03d}"
    for k in ("field", "title", "text", "spans", "results"):
        if k not in r:
            raise Err(f"{rid}: missing {k}")
    if r["field"] not in FIELDS:
        raise Err(f"{rid}: bad field {r['field']}")
    title, text = r["title"], r["text"]
    if "\n" in text or "  " in text:
        raise Err(f"{rid}: text has newline or double space")
    for sp in r["spans"]:
        s = sp[0]
        if s != s.strip() or s[0] in "([\"'“‘.,;:" or s[-1] in ")]\"'”’.,;:":
            raise Err(f"{rid}: bad surface edges {s!r}")
        if not occurrences(title, s) and not occurrences(text, s):
            raise Err(f"{rid}: surface not found {s!r}")
    tspans = mark(title, r["spans"], "title", rid)
    spans = mark(text, r["spans"], "text", rid)
    results = []
    for res in r["results"]:
        surf, metric, value, unit, dataset, method = res[:6]
        extra = res[6] if len(res) > 6 else {}
        occ = [m.start() for m in re.finditer(re.escape(surf), text)]
        n = extra.get("occ", 0)
        if len(occ) <= n:
            raise Err(f"{rid}: result surface not found {surf!r}")
        if len(occ) > 1 and "occ" not in extra:
            raise Err(f"{rid}: result surface ambiguous {surf!r}")
        s = occ[n]
        e = s + len(surf)
        # trim: "(68.1 vs 68.4)" -> "68.1 vs 68.4"; "the AUROC is" -> "AUROC is";
        # "(MAE) of 5.8" -> "mean absolute error (MAE) of 5.8" (extend to the long form)
        if text[s] == "(" and text[e - 1] == ")":
            s, e = s + 1, e - 1
        elif text[s] == "(":
            prev = [sp for sp in spans if sp["end"] == s - 1 and sp["label"] == "METRIC"]
            if not prev:
                raise Err(f"{rid}: result {surf!r} starts with '(' but no metric precedes")
            s = prev[0]["start"]
        if text[s:s + 4] == "the ":
            s += 4
        if not num_ok(value, surf):
            raise Err(f"{rid}: value {value} not in {surf!r}")
        o = {"metric": metric, "value": float(value), "unit": unit,
             "dataset": dataset, "method": method, "start": s, "end": e}
        if "low" in extra:
            if not num_ok(extra["low"], surf):
                raise Err(f"{rid}: low {extra['low']} not in {surf!r}")
            o["value_low"] = float(extra["low"])
        results.append(o)
    results.sort(key=lambda o: o["start"])
    return {"id": rid, "title": title, "text": text, "title_spans": tspans,
            "spans": spans, "results": results,
            "split": "dev" if idx % 2 == 0 else "test", "source": "written",
            "field": r["field"]}


def validate(rec):
    """Independent checks on a finished record."""
    errs = []
    for key, txt in (("title_spans", rec["title"]), ("spans", rec["text"])):
        prev_end = -1
        for sp in rec[key]:
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append(f"{key} out of range {sp}")
                continue
            seg = txt[s:e]
            if seg != seg.strip():
                errs.append(f"whitespace edge {seg!r}")
            if unicodedata.category(seg[0])[0] == "P" and seg[0] not in "𝒪":
                errs.append(f"punct start {seg!r}")
            if unicodedata.category(seg[-1])[0] == "P" and seg[-1] not in ")]":
                errs.append(f"punct end {seg!r}")
            if seg.endswith("'s") or seg.endswith("’s"):
                errs.append(f"possessive {seg!r}")
            if seg.split()[0].lower() in ("the", "a", "an", "our") and seg not in NAMES_WITH_THE:
                errs.append(f"determiner {seg!r}")
            if s < prev_end:
                errs.append(f"overlap at {s}")
            prev_end = e
            if sp["label"] not in LABELS.values():
                errs.append(f"label {sp['label']}")
    for r in rec["results"]:
        if not (0 <= r["start"] < r["end"] <= len(rec["text"])):
            errs.append(f"result out of range {r}")
    return errs


def load_recs():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "recs_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECS)
    return recs


CAND = re.compile(r"[A-Za-z0-9][\w.\-/+]*[A-Z0-9][\w.\-/+]*|[A-Z][a-z]+[A-Z]\w*")


def lint(rec):
    """Print tokens that look like names (inner capitals/digits) but are not covered."""
    out = []
    for key, txt in (("title_spans", rec["title"]), ("spans", rec["text"])):
        covered = set()
        for sp in rec[key]:
            covered.update(range(sp["start"], sp["end"]))
        for m in CAND.finditer(txt):
            tok = m.group(0).rstrip(".-/")
            if not any(ch.isupper() for ch in tok[1:]) and not any(ch.isdigit() for ch in tok):
                continue
            if re.fullmatch(r"[\d.,]+[KMBk]?(-\w+)?", tok):
                continue
            if m.start() not in covered:
                out.append(tok)
    return out


def main():
    recs = load_recs()
    out, errors = [], []
    for i, r in enumerate(recs):
        try:
            rec = build_record(i, r)
        except Err as ex:
            errors.append(str(ex))
            continue
        v = validate(rec)
        errors.extend(f"{rec['id']}: {e}" for e in v)
        out.append(rec)
    if "--lint" in sys.argv:
        for rec in out:
            l = lint(rec)
            if l:
                print(rec["id"], "uncovered:", ", ".join(sorted(set(l))))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    fields = Counter(r["field"] for r in out)
    labels = Counter(sp["label"] for r in out for sp in r["title_spans"] + r["spans"])
    splits = Counter(r["split"] for r in out)
    words = [len(r["text"].split()) for r in out]
    print(f"records: {len(out)}  -> {OUT}")
    print("fields:", dict(sorted(fields.items())))
    print("spans per label (title+text):", dict(sorted(labels.items())))
    print("title spans:", sum(len(r["title_spans"]) for r in out),
          " text spans:", sum(len(r["spans"]) for r in out))
    print("results:", sum(len(r["results"]) for r in out),
          " with range:", sum(1 for r in out for x in r["results"] if "value_low" in x))
    print("splits:", dict(splits))
    print("words per abstract: min %d, mean %.0f, max %d" % (min(words), sum(words) / len(words), max(words)))
    print("validation: OK, 0 errors")


if __name__ == "__main__":
    main()
