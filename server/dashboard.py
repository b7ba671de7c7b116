"""The library dashboard at "/": server-rendered pages over the same SQLite library.

Everything is served from here (templates in server/templates, CSS in server/static):
no CDN, no front-end build, no script needed. Charts are inline SVG drawn on the
server. Label colours come from nlp/labels.py, the single source, through
``/labels.css`` and the templates. Every string from the library is inserted by
Jinja with autoescaping, as text.
"""
import math
import re
from collections import Counter
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, render_template, request, url_for

from nlp.labels import LABELS

from . import __version__, export, store
from .api import _streamed, get_db

bp = Blueprint("dashboard", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static")

PAGE_SIZE = 25
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Metrics where a smaller number is the better result: the leaderboard ranks them ascending.
LOWER_IS_BETTER = re.compile(
    r"\b(FID|KID|FVD|LPIPS|error|err|loss|perplexity|PPL|WER|CER|TER|MAE|MSE|RMSE|NLL|BPD|bits?[- ]per|latency|"
    r"time|runtime|FLOPs?|MACs?|params?|parameters|memory|EER|distance|Chamfer|ADE|FDE|cost|regret|"
    r"inference steps)\b", re.IGNORECASE)
EXPORT_MENU = [
    ("csv", "CSV — one row per mention"), ("papers-csv", "CSV — one row per paper"),
    ("json", "JSON — papers with tags and mentions"), ("jsonl", "JSONL — one paper per line"),
    ("mentions-jsonl", "JSONL — one mention per line"), ("bibtex", "BibTeX — tags as keywords"),
    ("webannotation", "W3C Web Annotation (JSON-LD)"), ("hypothesis", "Hypothesis import JSON"),
    ("prodigy", "Prodigy JSONL (corrected spans)"), ("spacy", "spaCy DocBin (.spacy)"),
]
assert {f for f, _ in EXPORT_MENU} == set(export.FORMATS)


@bp.after_request
def security_headers(response):
    if not request.path.startswith("/api/"):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


@bp.app_context_processor
def globals_for_templates():
    return {"labels": LABELS, "label_names": list(LABELS), "version": __version__, "page_url": page_url}


def page_url(endpoint, args, **changes):
    """A dashboard URL with ``args`` (the current filters) changed; None values dropped."""
    merged = {k: v for k, v in {**args, **changes}.items() if v not in (None, "")}
    query = urlencode(merged)
    return url_for(endpoint) + (f"?{query}" if query else "")


@bp.get("/export")
def export_download():
    """The Export menu's downloads: the same exports as ``GET /api/v1/export``, for the papers the
    list's filters select. Read-only, like every dashboard page; a page elsewhere can make the
    browser fetch it but cannot read the answer (no CORS here, and the Host check stops rebinding)."""
    fmt = request.args.get("format", "csv")
    filters, error = _filters()
    if fmt not in export.FORMATS:
        error = f"format must be one of {', '.join(export.FORMATS)}"
    if error:
        return render_template("not_found.html", what=None, error=error), 400
    return Response(
        _streamed(export.stream, fmt, filters, current_app.extensions["paperlens.nlp"]),
        mimetype=export.FORMATS[fmt].mimetype,
        headers={"Content-Disposition": f'attachment; filename="{export.filename(fmt)}"'},
    )


@bp.get("/labels.css")
def labels_css():
    """The label colours as CSS custom properties and classes, from nlp/labels.py."""
    lines = [":root {"]
    for name, info in LABELS.items():
        key = name.lower()
        lines += [f"  --pl-{key}: {info['color']};", f"  --pl-{key}-dark: {info['dark_color']};"]
    lines.append("}")
    for name in LABELS:
        key = name.lower()
        lines += [f".pl-{key} {{ background: var(--pl-{key}); box-shadow: inset 0 -2px 0 var(--pl-{key}-dark); }}",
                  f".chip.pl-{key} {{ box-shadow: inset 3px 0 0 var(--pl-{key}-dark); color: #1b1f24; }}",
                  f".dot.pl-{key} {{ background: var(--pl-{key}-dark); box-shadow: none; }}",
                  f".label-text.pl-{key} {{ background: none; box-shadow: none; color: var(--pl-{key}-dark); }}"]
    response = Response("\n".join(lines) + "\n", mimetype="text/css")
    response.headers["Cache-Control"] = "no-cache"
    return response


def _filters():
    """The list's filters from the query string; a bad value is shown, not fatal."""
    raw = {k: request.args.get(k) for k in store.FILTER_KEYS}
    try:
        return store.clean_filters(raw), None
    except store.FilterError as e:
        return {}, str(e)


@bp.get("/")
def library():
    db = get_db()
    filters, error = _filters()
    sort = request.args.get("sort", "recent")
    if sort not in store.SORTS:
        sort, error = "recent", error or f"sort must be one of {', '.join(store.SORTS)}"
    try:
        page = max(1, min(int(request.args.get("page", 1)), 10**6))
    except ValueError:
        page, error = 1, error or "page must be a whole number"
    total, papers = store.library_page(db, filters, sort, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    args = {**filters, "sort": sort if sort != "recent" else None}
    pages = max(1, math.ceil(total / PAGE_SIZE))
    return render_template(
        "library.html", papers=papers, total=total, filters=filters, args=args, sort=sort, sorts=store.SORTS,
        page=page, pages=pages, error=error, sites=store.library_sites(db), counts=store.library_counts(db),
        tag_names=[t["canonical"] for t in store.top_tags(db, filters.get("label"), 300)],
        export_menu=EXPORT_MENU, export_query=urlencode(filters),
    ), 400 if error else 200


def highlight(text, spans):
    """The text cut into segments, each plain or one span (with its label): the overlay's highlights."""
    segments, pos = [], 0
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        if span["start"] < pos or span["end"] > len(text):
            continue
        if span["start"] > pos:
            segments.append({"text": text[pos:span["start"]]})
        segments.append({"text": text[span["start"]:span["end"]], "label": span["label"],
                         "canonical": span["canonical"], "origin": span.get("origin"),
                         "confirmed": span.get("confirmed", False)})
        pos = span["end"]
    if pos < len(text):
        segments.append({"text": text[pos:]})
    return segments


@bp.get("/papers/<int:paper_id>")
def paper(paper_id):
    db = get_db()
    found = store.paper_detail(db, paper_id)
    if found is None:
        return render_template("not_found.html", what=f"paper {paper_id}"), 404
    title_block = next((b for b in found["blocks"] if b["kind"] == "title"), None)
    abstracts = [b for b in found["blocks"] if b["kind"] == "abstract"]
    counts = {label: 0 for label in LABELS}
    for b in found["blocks"]:
        for s in b["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    tags_by_label = {label: [t for t in found["tags"] if t["label"] == label] for label in LABELS}
    results = [{**r, "text": b["text"][r["start"]:r["end"]]} for b in found["blocks"] for r in b["results"]]
    return render_template(
        "paper.html", paper=found, title_segments=highlight(title_block["text"], title_block["spans"])
        if title_block else None, abstracts=[highlight(b["text"], b["spans"]) for b in abstracts],
        counts=counts, tags_by_label=tags_by_label, results=results, format_value=format_value,
    )


# ---- charts ----------------------------------------------------------------------------

def bar_chart(rows, label, width=520, bar_height=22, gap=7, name_width=178):
    """Horizontal bars for the most frequent names of a label, as SVG geometry."""
    top = max((r["papers"] for r in rows), default=1) or 1
    plot = width - name_width - 44
    bars = []
    for i, r in enumerate(rows):
        y = i * (bar_height + gap)
        bars.append({"y": y, "w": max(2.0, plot * r["papers"] / top), "name": r["canonical"],
                     "short": r["canonical"] if len(r["canonical"]) <= 24 else r["canonical"][:23] + "…",
                     "papers": r["papers"], "count": r["count"]})
    return {"label": label, "width": width, "height": max(1, len(rows)) * (bar_height + gap), "bars": bars,
            "bar_height": bar_height, "name_width": name_width, "plot": plot}


SERIES_COLORS = ["#1d4f91", "#d9480f", "#2b8a3e", "#862e9c", "#c92a2a", "#0b7285"]


def trend_chart(weeks, series, width=520, height=220):
    """Lines of papers per week for a few names, as SVG geometry (points, gridlines, ticks)."""
    left, right, top, bottom = 36, 12, 12, 28
    pw, ph = width - left - right, height - top - bottom
    peak = max((v for values in series.values() for v in values), default=0)
    ymax = max(1, peak)
    step = max(1, math.ceil(ymax / 4))
    ymax = step * math.ceil(ymax / step)

    def x(i):
        return left + (pw / 2 if len(weeks) == 1 else pw * i / (len(weeks) - 1))

    def y(v):
        return top + ph - ph * v / ymax

    lines = []
    for n, (name, values) in enumerate(series.items()):
        points = [(round(x(i), 1), round(y(v), 1), v, weeks[i]) for i, v in enumerate(values)]
        lines.append({"name": name, "color": SERIES_COLORS[n % len(SERIES_COLORS)], "points": points,
                      "path": " ".join(f"{px},{py}" for px, py, _, _ in points), "total": sum(values)})
    every = max(1, math.ceil(len(weeks) / 8))
    xticks = [{"x": round(x(i), 1), "text": w[5:]} for i, w in enumerate(weeks) if i % every == 0]
    yticks = [{"y": round(y(v), 1), "text": v} for v in range(0, ymax + 1, step)]
    return {"width": width, "height": height, "left": left, "right": width - right, "top": top,
            "bottom": top + ph, "lines": lines, "xticks": xticks, "yticks": yticks, "weeks": weeks}


def cooccurrence_chart(keys, pairs, cell=30, name_width=170):
    n = len(keys)
    peak = max(pairs.values(), default=1) or 1
    cells = []
    for i, a in enumerate(keys):
        for j, b in enumerate(keys):
            if i == j:
                continue
            v = pairs.get((a, b), pairs.get((b, a), 0))
            cells.append({"x": name_width + j * cell, "y": name_width + i * cell, "v": v,
                          "opacity": round(0.08 + 0.92 * v / peak, 3) if v else 0, "a": a, "b": b})
    return {"keys": keys, "cell": cell, "name_width": name_width, "width": name_width + n * cell + 120,
            "height": name_width + n * cell + 4, "cells": cells,
            "names": [{"i": i, "label": k[0], "name": k[1] if len(k[1]) <= 22 else k[1][:21] + "…", "full": k[1]}
                      for i, k in enumerate(keys)]}


@bp.get("/insights")
def insights():
    db = get_db()
    top = {label: store.top_tags(db, label, 10) for label in LABELS}
    bars = {label: bar_chart(rows, label) for label, rows in top.items()}
    trends = {}
    for label, rows in top.items():
        names = [r["canonical"] for r in rows[:5]]
        weeks, series = store.weekly_trend(db, label, names)
        trends[label] = trend_chart(weeks, {n: series[n] for n in names}) if weeks else None
    keys = [(t["label"], t["canonical"]) for t in store.top_tags(db, None, 14)]
    pairs = store.cooccurrence(db, keys)
    strongest = sorted(((v, a, b) for (a, b), v in pairs.items()), key=lambda t: (-t[0], t[1], t[2]))[:12]
    return render_template("insights.html", bars=bars, trends=trends,
                           matrix=cooccurrence_chart(keys, pairs) if len(keys) > 1 else None,
                           strongest=strongest, counts=store.library_counts(db))


# ---- results ------------------------------------------------------------------------------

def format_value(r):
    value = r["value"]
    text = f"{value:g}" if value is not None else "–"
    if r.get("value_low") is not None:
        text = f"{r['value_low']:g}–{text}"
    return text + (r.get("unit") or "")


@bp.get("/results")
def results():
    db = get_db()
    choices = store.leaderboard_choices(db)
    dataset, metric = request.args.get("dataset", ""), request.args.get("metric", "")
    pick = request.args.get("pick")
    if pick and "\x1f" in pick:
        dataset, metric = pick.split("\x1f", 1)
    if not (dataset and metric) and choices:
        dataset, metric = choices[0]["dataset"], choices[0]["metric"]
    lower_better = bool(LOWER_IS_BETTER.search(metric or ""))
    sort = request.args.get("sort", "value")
    if sort not in store.LEADERBOARD_SORTS:
        sort = "value"
    direction = request.args.get("dir")
    if direction not in ("asc", "desc"):
        direction = "asc" if (sort != "value" or lower_better) and sort not in ("seen",) else "desc"
    rows = store.leaderboard(db, dataset, metric, sort, direction == "desc") if dataset and metric else []
    rows, other_units = same_unit(rows)
    ranked = sorted((r["value"] for r in rows), reverse=not lower_better)
    values = [r["value"] for r in rows]
    lo, hi = (min(values), max(values)) if values else (0, 1)
    for r in rows:
        r["rank"] = ranked.index(r["value"]) + 1
        r["display"] = format_value(r)
        r["bar"] = 8 + 92 * ((r["value"] - lo) / (hi - lo) if hi > lo else 1)
    args = {"dataset": dataset, "metric": metric}
    for r in other_units:
        r["display"] = format_value(r)
    return render_template("results.html", choices=choices, dataset=dataset, metric=metric, rows=rows, sort=sort,
                           direction=direction, lower_better=lower_better, args=args, other_units=other_units)


def same_unit(rows):
    """The rows in the unit most of them are reported in, and the rest. "An FID of 3.88" and
    "44.49% improvements" in FID are both FID results, but only the first ranks among FIDs:
    a relative change is another quantity."""
    def unit_of(r):
        return r.get("unit") or ""

    counts = Counter(map(unit_of, rows))
    if len(counts) < 2:
        return rows, []
    unit = max(counts, key=lambda u: (counts[u], u == ""))
    return [r for r in rows if unit_of(r) == unit], [r for r in rows if unit_of(r) != unit]


