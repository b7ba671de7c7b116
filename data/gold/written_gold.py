"""Shared build / check / render logic for the hand-written gold sets.

holdout.jsonl, extra-dev-2.jsonl, extra-dev-3.jsonl and fresh-2.jsonl are all
built the same way from hand-written records; only a few parameters differ
(output file, id prefix, split/source, word range, allowed fields, ...).  Those
parameters live in a `config.py` next to each set's records
(data/gold/<set>-tools/config.py); that folder's build.py, check.py and
render.py are thin entry points into this module, so a fix here reaches every
set at once instead of being copied four times.

This module does not use the PaperLens pipeline or its knowledge base: the gold
must stay independent of what it is used to measure.

Record format (recs_*.py in the set's folder; each defines RECS, a list of
dicts written and annotated by hand):

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

Commands (per set):
    python3 data/gold/<set>-tools/build.py [--lint]   build + validate
    python3 data/gold/<set>-tools/check.py            independent read-back
    python3 data/gold/<set>-tools/render.py 3 17 42   show records, spans bracketed
"""
import collections
import glob
import importlib.util
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass

GOLD = os.path.dirname(os.path.abspath(__file__))
LABELS = {"M": "METHOD", "D": "DATASET", "X": "METRIC", "T": "TASK"}
KEYS = ["id", "title", "text", "title_spans", "spans", "results", "split", "source", "field"]
KEYS_WITH_TITLE_RESULTS = KEYS[:6] + ["title_results"] + KEYS[6:]
RKEYS = {"metric", "value", "unit", "dataset", "method", "start", "end"}
# span surfaces that may start/end on punctuation because the name contains it;
# a set's config may allow more (GoldSet.punct_ok)
PUNCT_OK = {"QuIP#", "Retro*", "mAP(07)", "EF1%", "enrichment factor at 1%"}


@dataclass
class GoldSet:
    """The parameters in which one written gold set differs from the others."""
    tools_dir: str          # folder holding recs_*.py (and config.py)
    out: str                # output file name inside data/gold
    prefix: str             # record ids are f"{prefix}-{n:03d}"
    split: str
    source: str
    fields: set             # allowed `field` values
    max_words: int          # abstracts must have 150..max_words words
    other: tuple            # other gold files scanned for coined-name / title collisions
    coined: list = None     # the papers' own coined names; None: read COINED from recs_*.py
    punct_ok: tuple = ()    # extra surfaces allowed to start/end on punctuation
    balanced_fields: bool = False  # check: the same number of records per field
    coined_used: bool = False      # check: every coined name occurs in some record
    min_words: int = 150

    @property
    def path(self):
        return os.path.join(GOLD, self.out)

    def build(self, argv=None):
        build_main(self, sys.argv[1:] if argv is None else argv)

    def check(self):
        check_main(self)

    def render(self, argv=None):
        render_main(self, sys.argv[1:] if argv is None else argv)


def other_gold_files(own):
    """Every other gold file in data/gold, for sets that scan all of them."""
    return tuple(sorted(os.path.basename(p) for p in glob.glob(os.path.join(GOLD, "*.jsonl"))
                        if os.path.basename(p) != own))


def load_modules(tools_dir):
    """The set's recs_*.py modules, in file-name order (that order fixes the ids)."""
    mods = []
    for path in sorted(glob.glob(os.path.join(tools_dir, "recs_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


# ---------------------------------------------------------------- build

class Err(Exception):
    pass


def occurrences(text, surface):
    """Whole-word occurrences (no letter/digit right before or after) as (start, end)."""
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
    """Turn declared (surface, label[, opts]) into offset spans in `text` (title or text)."""
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
    """The ways a figure may be written in the text (1.0 -> '1', 1200.0 -> '1,200', ...)."""
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


def lint(text, spans):
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


def build_record(cfg, rid, r):
    """One finished gold record from one hand-written record; raises Err."""
    words = len(r["text"].split())
    if not cfg.min_words <= words <= cfg.max_words:
        raise Err(f"{rid}: {words} words (want {cfg.min_words}-{cfg.max_words})")
    # every declared surface must occur somewhere
    for sp in r["spans"]:
        if not occurrences(r["title"], sp[0]) and not occurrences(r["text"], sp[0]):
            raise Err(f"{rid}: declared span {sp[0]!r} occurs nowhere")
    ts = mark(r["title"], r["spans"], "title", rid)
    xs = mark(r["text"], r["spans"], "text", rid)
    res = build_results(r["text"], r["results"], rid)
    record = {"id": rid, "title": r["title"], "text": r["text"], "title_spans": ts, "spans": xs, "results": res}
    if r.get("title_results"):
        # results the title reports, annotated by the same rules (audit/titles)
        record["title_results"] = build_results(r["title"], r["title_results"], rid + "/title")
    record.update({"split": cfg.split, "source": cfg.source, "field": r["field"]})
    return record


def build_main(cfg, argv):
    do_lint = "--lint" in argv
    recs = [r for mod in load_modules(cfg.tools_dir) for r in mod.RECS]
    errors, out = [], []
    seen_titles = set()
    for n, r in enumerate(recs):
        rid = f"{cfg.prefix}-{n:03d}"
        try:
            if r["field"] not in cfg.fields:
                raise Err(f"{rid}: unknown field {r['field']}")
            if r["title"] in seen_titles:
                raise Err(f"{rid}: duplicate title")
            seen_titles.add(r["title"])
            rec = build_record(cfg, rid, r)
            out.append(rec)
            if do_lint:
                miss = lint(rec["title"], rec["title_spans"]) + lint(rec["text"], rec["spans"])
                if miss:
                    print(f"LINT {rid}: {sorted(set(miss))}")
        except Err as ex:
            errors.append(str(ex))
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    with open(cfg.path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records to {cfg.path}")


# ---------------------------------------------------------------- check

def bad_edge(ch):
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def check_record(cfg, n, r, punct_ok, stats):
    """Format, offsets, span edges, overlaps, labels and results of one built record."""
    errs = []
    rid = r.get("id")
    if list(r.keys()) not in (KEYS, KEYS_WITH_TITLE_RESULTS):
        errs.append(f"{rid}: keys {list(r.keys())}")
    if rid != f"{cfg.prefix}-{n:03d}":
        errs.append(f"{rid}: id out of sequence")
    if r["split"] != cfg.split or r["source"] != cfg.source:
        errs.append(f"{rid}: split/source")
    stats["fields"][r["field"]] += 1
    stats["words"].append(len(r["text"].split()))
    if any(ord(c) > 0xFFFF for c in r["title"] + r["text"]):
        stats["astral"] += 1
    for key, tkey in (("title_spans", "title"), ("spans", "text")):
        t = r[tkey]
        prev_end = -1
        for s in sorted(r[key], key=lambda s: s["start"]):
            a, b, lab = s["start"], s["end"], s["label"]
            if lab not in LABELS.values():
                errs.append(f"{rid}: label {lab}")
            if not (0 <= a < b <= len(t)):
                errs.append(f"{rid}: bad offsets {a}-{b}")
                continue
            sur = t[a:b]
            if sur not in punct_ok and (bad_edge(sur[0]) or bad_edge(sur[-1])):
                errs.append(f"{rid} {key}: edge {sur!r}")
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append(f"{rid} {key}: not whole word {sur!r}")
            if a < prev_end:
                errs.append(f"{rid} {key}: overlap at {a}")
            prev_end = b
            stats["tlabels" if key == "title_spans" else "labels"][lab] += 1
    for x, where in [(x, "text") for x in r["results"]] + [(x, "title") for x in r.get("title_results", [])]:
        stats["nres"] += 1
        if not RKEYS <= set(x) or not set(x) <= RKEYS | {"value_low"}:
            errs.append(f"{rid}: result keys {sorted(x)}")
        a, b = x["start"], x["end"]
        if not (0 <= a < b <= len(r[where])):
            errs.append(f"{rid}: result offsets")
            continue
        sur = r[where][a:b].replace(",", "")
        v = x["value"]
        forms = {f"{v:g}", str(v), f"{abs(v):g}"}
        if not any(f in sur for f in forms):
            errs.append(f"{rid}: result value {v} not in {sur!r}")
        if not isinstance(v, float):
            errs.append(f"{rid}: value not float")
    return errs


def check_novelty(cfg, recs, coined):
    """The set's coined names and titles must not occur in the other gold files,
    so a set stays unseen by whatever was tuned on the others."""
    errs = []
    other = ""
    for fn in cfg.other:
        other += open(os.path.join(GOLD, fn), encoding="utf-8").read()
    for name in coined:
        if re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", other):
            errs.append(f"coined name {name!r} also occurs in another gold file ({', '.join(cfg.other)})")
    other_titles = {json.loads(l)["title"].lower() for fn in cfg.other
                    for l in open(os.path.join(GOLD, fn), encoding="utf-8")}
    for r in recs:
        if r["title"].lower() in other_titles:
            errs.append(f"{r['id']}: title repeats another gold file")
    return errs


def check_main(cfg):
    """Independent read-back of the built file: does not trust build_main()."""
    coined = cfg.coined
    if coined is None:
        coined = [name for mod in load_modules(cfg.tools_dir) for name in mod.COINED]
    punct_ok = PUNCT_OK | set(cfg.punct_ok)
    recs = [json.loads(l) for l in open(cfg.path, encoding="utf-8")]
    stats = {"fields": collections.Counter(), "labels": collections.Counter(),
             "tlabels": collections.Counter(), "nres": 0, "words": [], "astral": 0}
    errs = []
    for n, r in enumerate(recs):
        errs += check_record(cfg, n, r, punct_ok, stats)
    errs += check_novelty(cfg, recs, coined)
    fields, labels, tlabels, words = stats["fields"], stats["labels"], stats["tlabels"], stats["words"]
    if cfg.balanced_fields and len(set(fields.values())) > 1:
        errs.append(f"fields unbalanced: {dict(fields)}")
    if cfg.coined_used:
        mine = "".join(r["title"] + " " + r["text"] for r in recs)
        for name in coined:
            if name not in mine:
                errs.append(f"coined name {name!r} not used in any {cfg.prefix} record")
    print(f"records: {len(recs)}   words/abstract: min {min(words)} max {max(words)} "
          f"mean {sum(words)/len(words):.0f}   records with astral chars: {stats['astral']}")
    print("records per field:", dict(sorted(fields.items())))
    print("text spans per label:", dict(sorted(labels.items())), "total", sum(labels.values()))
    print("title spans per label:", dict(sorted(tlabels.items())), "total", sum(tlabels.values()))
    print("results:", stats["nres"])
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


# ---------------------------------------------------------------- render

AB = {"METHOD": "M", "DATASET": "D", "METRIC": "X", "TASK": "T"}


def bracket(t, spans):
    """`t` with each span written as [surface]L (L = M/D/X/T)."""
    out, i = [], 0
    for s in sorted(spans, key=lambda s: s["start"]):
        out.append(t[i:s["start"]])
        out.append("[" + t[s["start"]:s["end"]] + "]" + AB[s["label"]])
        i = s["end"]
    out.append(t[i:])
    return "".join(out)


def render_main(cfg, argv):
    """Print records N ... (0-based) with spans bracketed and results listed, for review."""
    recs = [json.loads(l) for l in open(cfg.path, encoding="utf-8")]
    for k in map(int, argv):
        r = recs[k]
        print(f"== {r['id']} ({r['field']})")
        print("TITLE:", bracket(r["title"], r["title_spans"]))
        print(bracket(r["text"], r["spans"]))
        for x in r["results"]:
            extra = f" low={x['value_low']}" if "value_low" in x else ""
            print(f"  RES {r['text'][x['start']:x['end']]!r} -> {x['metric']} {x['value']} {x['unit']} "
                  f"ds={x['dataset']} m={x['method']}{extra}")
        print()
