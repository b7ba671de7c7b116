"""Time from page load to highlights painted, for the 50-paper Hugging Face daily listing.

    .venv/bin/python -m tests.extension.bench_paint [--runs 5] [--workers 1]

Real Chromium with the extension, a real `paperlens serve` (gunicorn, warmed up with other
text first), the listing answered from its fixture at its real URL. Three cases per run:
  cold     the server is warm but has never seen these abstracts (a fresh library each run,
           so the extension's page cache is empty too: a new server address empties it)
  library  the abstracts are in the library, the extension's page cache is emptied first:
           every highlight comes from the server (the library's answer for the page, asked by
           its URL with the hello as the page starts loading, GET /api/v1/page; and the annotate
           answers, which decide)
  cached   the same page loaded again: the extension paints from its page cache and the
           server's answer (asked all the same) confirms it

The listing's HTML arrives at once (answered by Playwright's route): the parser reads it in two
or three long tasks, the last of which (most of the body) ends with DOMContentLoaded. What the content scripts ask at document_start (the
hello) is read before DOMContentLoaded only when its answer is in within a few ms; an answer
that needs the server (the library's, some tens of ms) is read after DOMContentLoaded's task and
the page's first layout, usually after its first frame. On a real page, whose HTML streams in,
the parser waits for the network between chunks and such an answer is read while it loads.

"Page load" is DOMContentLoaded: the moment the listing's text exists (the parser is done)
and the content script can read it. That is the figure judged against the targets (cold
under 300 ms, library and cached under 100 ms). "page FCP" is the page's own first contentful
paint: highlights cannot be shown before the page itself is. The same end points measured from
navigation start are printed too; what comes before DOMContentLoaded is the page's own
network and parsing (here the fixture is served by Playwright), which the extension does not
control.

End points (User Timing marks set by the content script):
  all painted    every paper's highlights registered in CSS.highlights, then the frame that
                 shows them produced (requestAnimationFrame, then the next task). The tag rows
                 are not highlights: they go in one batch right after that frame
  rows in        the same once every tag row (chips, RESULTS line) and the legend are in too
                 (they come with the server's answer: the page cache holds what painting needs)
  confirmed      the same for the server's answer (differs from "all painted" only when the
                 page cache painted first)
  in view        the first highlights painted (the top of the page goes first)
  page frame     the page's own first frame after DOMContentLoaded (same definition); the
                 listing without the extension is measured too, as the floor. A task of ours that
                 runs between that frame and the task after it (a late hello answer being painted)
                 delays this mark: with the extension it is an upper bound
The listing without the extension is not like-for-like from DOMContentLoaded: with the extension
the page parses differently (DOMContentLoaded and the page's first style and layout do not fall
at the same points). Its first frame is therefore also printed from navigation start,
beside ours from navigation start. The figure judged against the targets stays DOMContentLoaded
-> all painted (frame).
"produced" is the main thread's part of the frame; the frame reaches the screen once it is
rasterised (FCP, a presentation time, is some 10-30 ms later on this software-rendered headless
browser). The same definition is used for every figure.
"""
import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.conftest import ServerProcess

from .plbrowser import BROWSER_ARGS, CHROMIUM, HF_DAILY, PLAIN_ARGS, VIEWPORT, Extension, add_routes

MARKS_JS = """() => {
  const get = (n) => { const e = performance.getEntriesByName(n); return e.length ? e[0].startTime : null; };
  const nav = performance.getEntriesByType('navigation')[0];
  const measures = (n) => performance.getEntriesByName(n).map((e) => ({
    start: e.startTime, ms: e.duration, papers: e.detail && e.detail.papers, sw: e.detail && e.detail.sw }));
  return {
    first: get('paperlens:first-paint:frame'), all_reg: get('paperlens:all-painted'),
    page_frame: get('bench:first-frame'), hello: get('paperlens:hello'),
    hello_sw: (performance.getEntriesByName('paperlens:hello')[0] || {}).detail?.sw ?? null,
    hello_sent: get('paperlens:hello-sent'),
    all: get('paperlens:all-painted:frame'), confirmed: get('paperlens:all-confirmed:frame'),
    rows_in: get('paperlens:all-rows:frame'),
    dcl: nav ? nav.domContentLoadedEventStart : null,
    fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime ?? null,
    scan: measures('paperlens:scan'), cache: measures('paperlens:paint-cache'), requests: measures('paperlens:request'), paints: measures('paperlens:paint'),
    rows: measures('paperlens:rows'),
  }; }"""

COUNT_JS = """() => { let n = 0; for (const [k, h] of CSS.highlights) if (k.startsWith('paperlens-')) n += h.size; return n; }"""

WARM_TEXT = ("We fine-tune LoRA adapters for a ViT on ImageNet and report top-1 accuracy and FID on CIFAR-100; "
             "a distilled ResNet-50 matches it on COCO object detection.")

CASES = (("cold", 300), ("library", 100), ("cached", 100))


def warm(server):
    """Load the pipeline and the knowledge base with text that is not on the page."""
    for i in range(3):
        server.session.post(server.url + "/api/v1/annotate", json={
            "url": f"https://example.org/warm/{i}",
            "blocks": [{"id": "w", "text": f"{WARM_TEXT} Run {i}."}]}, timeout=60).raise_for_status()


# waits inside the page (a PerformanceObserver), so that no polling from here runs on the
# page's main thread while it is being measured
WAIT_JS = """(timeout) => new Promise((resolve) => {
  const done = () => ['all-painted', 'all-confirmed', 'all-rows'].every(
    (n) => performance.getEntriesByName('paperlens:' + n + ':frame').length > 0);
  if (done()) return resolve(true);
  const po = new PerformanceObserver(() => { if (done()) { po.disconnect(); resolve(true); } });
  po.observe({ type: 'mark' });
  setTimeout(() => { po.disconnect(); resolve(done()); }, timeout);
})"""


def measure(ctx, url, timeout=60):
    page = ctx.new_page()
    page.goto(url, wait_until="commit")
    ok = page.evaluate(WAIT_JS, timeout * 1000)
    marks = page.evaluate(MARKS_JS)
    n = page.evaluate(COUNT_JS)
    page.close()
    if not ok or marks["confirmed"] is None or marks["rows_in"] is None:
        raise RuntimeError("the page was never fully painted")
    return {**marks, "highlights": n}


# the page's own first frame after DOMContentLoaded, by the same definition as the end points
# (requestAnimationFrame, then the next task); set in the page itself, with or without the extension
FIRST_FRAME_JS = """document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(
  () => setTimeout(() => performance.mark('bench:first-frame'), 0)), { once: true });"""

PLAIN_JS = """() => new Promise((resolve) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const get = () => { const f = performance.getEntriesByName('bench:first-frame')[0];
    const p = performance.getEntriesByName('first-contentful-paint')[0];
    return f && p ? { frame: f.startTime - nav.domContentLoadedEventStart, fcp: p.startTime - nav.domContentLoadedEventStart,
      dcl: nav.domContentLoadedEventStart, frame_nav: f.startTime } : null; };
  const tick = () => { const r = get(); if (r) resolve(r); else setTimeout(tick, 20); };
  tick();
})"""


def plain_page(pw, runs):
    """The listing in the same browser without the extension: its first frame after DOMContentLoaded."""
    browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=PLAIN_ARGS)
    ctx = browser.new_context(viewport=VIEWPORT)
    add_routes(ctx)
    ctx.add_init_script(FIRST_FRAME_JS)
    out = []
    for i in range(runs + 1):
        page = ctx.new_page()
        page.goto(HF_DAILY, wait_until="commit")
        r = page.evaluate(PLAIN_JS)
        page.close()
        if i:  # the first load warms the browser
            out.append(r)
    browser.close()
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--workers", type=int, default=1, help="gunicorn workers of the server (default 1)")
    args = ap.parse_args(argv)
    rows = {case: [] for case, _ in CASES}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        plain = plain_page(pw, args.runs)
        ctx = pw.chromium.launch_persistent_context(str(Path(tmp) / "profile"), executable_path=CHROMIUM, headless=True,
                                                    args=BROWSER_ARGS, viewport=VIEWPORT)
        add_routes(ctx)
        ctx.add_init_script(FIRST_FRAME_JS)
        sw = ctx.service_workers or [ctx.wait_for_event("serviceworker", timeout=15000)]
        ext = Extension(ctx, sw[0].url.split("/")[2])
        for run in range(args.runs):
            server = ServerProcess(Path(tmp) / f"library-{run}.db", workers=args.workers).start()
            try:
                opts = ext.configure(server.url)
                opts.wait_for_selector("#health-text:text-matches('^Connected')")
                opts.close()
                warm(server)
                measure(ctx, "https://huggingface.co/papers?q=efficient")  # warms the browser and the extension
                rows["cold"].append(measure(ctx, HF_DAILY))
                (ctx.service_workers or sw)[0].evaluate("dropPageCache()")
                rows["library"].append(measure(ctx, HF_DAILY))
                rows["cached"].append(measure(ctx, HF_DAILY))
            finally:
                server.stop()
        ctx.close()
    report(rows, plain, args)
    return 0


def report(rows, plain, args):
    med = lambda r, f: statistics.median(f(x) for x in r)  # noqa: E731
    print(f"50-paper Hugging Face listing ({HF_DAILY})")
    print(f"{args.runs} runs, medians; server: `paperlens serve` with {args.workers} gunicorn worker(s), warm")
    print()
    print("JUDGED against the targets: 'all painted' in the first table (ms from DOMContentLoaded to the frame")
    print("showing every paper's highlights). The other figures are for context.")
    print()
    print(f"without the extension: the page's first frame {med(plain, lambda x: x['frame']):.0f} ms after DOMContentLoaded "
          f"(FCP {med(plain, lambda x: x['fcp']):.0f} ms); runs: " + ", ".join(f"{x['frame']:.0f}" for x in plain))
    print(f"  from navigation start: DOMContentLoaded {med(plain, lambda x: x['dcl']):.0f} ms, first frame "
          f"{med(plain, lambda x: x['frame_nav']):.0f} ms (compare with 'page frame' and 'all painted' from navigation start below)")
    print()
    print("ms from DOMContentLoaded (JUDGED against the target: all painted)")
    print(f"{'case':8} {'page frame':>10} {'page FCP':>8} {'in view':>8} {'all painted':>12} {'rows in':>8} {'confirmed':>10} "
          f"{'highlights':>11}   target")
    for case, target in CASES:
        r = rows[case]
        all_ = med(r, lambda x: x["all"] - x["dcl"])
        print(f"{case:8} {med(r, lambda x: (x['page_frame'] or 0) - x['dcl']):10.0f} {med(r, lambda x: (x['fcp'] or 0) - x['dcl']):8.0f} "
              f"{med(r, lambda x: x['first'] - x['dcl']):8.0f} {all_:12.0f} {med(r, lambda x: x['rows_in'] - x['dcl']):8.0f} "
              f"{med(r, lambda x: x['confirmed'] - x['dcl']):10.0f} {r[0]['highlights']:11d}   "
              f"{target} ms: {'met' if all_ < target else 'NOT met'}")
        runs = ", ".join(f"{x['all'] - x['dcl']:.0f}" for x in r)
        print(f"{'':8} runs (all painted): {runs}")
    print()
    print("ms from navigation start (the page's own loading included; like-for-like with the page without the extension)")
    print(f"{'case':8} {'DOMContentLoaded':>17} {'page frame':>10} {'in view':>8} {'all painted':>12} {'rows in':>8} {'confirmed':>10}")
    print(f"{'no ext.':8} {med(plain, lambda x: x['dcl']):17.0f} {med(plain, lambda x: x['frame_nav']):10.0f}"
          f" {'-':>8} {'-':>12} {'-':>8} {'-':>10}   (the floor: the page's own first frame)")
    for case, _ in CASES:
        r = rows[case]
        print(f"{case:8} {med(r, lambda x: x['dcl']):17.0f} {med(r, lambda x: x['page_frame'] or 0):10.0f} {med(r, lambda x: x['first']):8.0f} "
              f"{med(r, lambda x: x['all']):12.0f} {med(r, lambda x: x['rows_in']):8.0f} {med(r, lambda x: x['confirmed']):10.0f}")
    print("(not judged: the figure judged is 'all painted' from DOMContentLoaded, in the first table)")
    print()
    print("where the time goes (medians, ms): scan = reading the papers; cache = painting from the page cache; request = content script to service")
    print("worker to server and back (fetch = the service worker's fetch alone); paint = ranges and CSS.highlights;")
    print("frame = from all highlights registered to the frame showing them produced; rows = building and inserting the tag rows and legend;")
    print("hello = the service worker's first answer (labels, the page cache or else the library's answer for the page), asked")
    print("as the page starts loading: 'sw' its time in the service worker ('lookup' the library's answer, GET /api/v1/page),")
    print("'read' when the page read it (from DOMContentLoaded); 'in before DOMContentLoaded' = read before the page's first layout,")
    print("so its highlights (and the ::highlight() rules) went into the page's own first frame")
    for case, _ in CASES:
        r = rows[case]
        parts = [f"scan {med(r, lambda x: sum(m['ms'] for m in x['scan'])):.0f}"]
        if all(x["cache"] for x in r):
            parts.append(f"cache {med(r, lambda x: sum(m['ms'] for m in x['cache'])):.0f}")
        nreq = min(len(x["requests"]) for x in r)
        for i in range(nreq):
            papers = r[0]["requests"][i]["papers"]
            fetch = [x["requests"][i]["sw"]["fetch"] for x in r if x["requests"][i].get("sw")]
            parts.append(f"request {papers} papers {med(r, lambda x: x['requests'][i]['ms']):.0f}"
                         + (f" (fetch {statistics.median(fetch):.0f})" if fetch else ""))
        parts.append(f"paint {med(r, lambda x: sum(m['ms'] for m in x['paints'])):.0f}")
        parts.append(f"frame {med(r, lambda x: x['all'] - x['all_reg']):.0f}")
        parts.append(f"rows {med(r, lambda x: sum(m['ms'] for m in x['rows'])):.0f}")
        if all(x["hello"] is not None for x in r):
            early = sum(x["hello"] < x["dcl"] for x in r)
            sw = [x["hello_sw"] for x in r if x.get("hello_sw")]
            hello = f"hello read {med(r, lambda x: x['hello'] - x['dcl']):+.0f}"
            if sw:
                hello += f" (sw {statistics.median(h.get('total', 0) for h in sw):.0f}"
                lookups = [h["fetch"] for h in sw if "fetch" in h]
                hello += f", lookup {statistics.median(lookups):.0f})" if lookups else ")"
            parts.append(f"{hello}, in before DOMContentLoaded {early}/{len(r)}")
        print(f"{case:8} " + ", ".join(parts))


if __name__ == "__main__":
    sys.exit(main())
