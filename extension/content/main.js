/*
 * PaperLens content script: finds the papers on the page, asks the service worker to
 * annotate them, paints the answer, and carries the annotator (accept / reject / change
 * label on a highlight, add a span from a selection). With the server down the page ends
 * exactly as it was: nothing is painted, or what the page cache painted is taken back.
 *
 * - The text goes out at DOMContentLoaded, before the page's first layout: a page of up to
 *   60 papers in two requests at once (its first 8 papers, then the rest); a longer one in
 *   view first (IntersectionObserver), the rest in batches. Progress ("annotating 34/50")
 *   goes to the badge, the popup and the legend.
 * - A page loaded again paints from the service worker's page cache (asked for as the page
 *   starts loading; when it is in before DOMContentLoaded, painted in that same task, so the
 *   page's first frame shows it; the requests then go in the task after that frame) and is
 *   reconciled with the server's answer, which always decides and brings the tag rows and the
 *   highlights' details. Cached blocks are found by a quick key (no hashing before the paint);
 *   the full key (text hash) is checked after the frame.
 * - Highlights first: a paint registers the ranges in CSS.highlights and lets that frame go out;
 *   the tag rows (chips, RESULTS line) and the legend follow in one batch right after it.
 * - Single-page apps (Hugging Face): URL changes are followed through the Navigation API
 *   (with a URL check on DOM mutations as a fallback); each paper of a view is annotated
 *   once, and a new view starts by removing everything painted for the previous one.
 * - A paper whose text changes under its highlights (MathJax typesetting, "Expand",
 *   a re-render) is annotated again; the server answers from its cache.
 * - Show/hide per label and for the whole overlay is remembered per site
 *   (chrome.storage.local "site:<hostname>"), set from the popup, the legend or a shortcut.
 * - Injected on any other page (context menu or shortcut), it only annotates the selection.
 */
(() => {
  "use strict";
  const PL = globalThis.PaperLens;
  if (!PL || PL.started) return;
  PL.started = true;
  try { performance.mark("paperlens:script"); } catch (e) { /* ignore */ }

  const VISIBLE_BATCH = 40;  // papers per request while they are in view
  const BATCH = 50;          // papers per request for the rest of the page
  const HEAD = 8;            // a page of up to EAGER papers: the first HEAD (in page order) go first,
  const EAGER = 60;          // the rest at once beside them, without waiting for a layout
  const SITE_KEY = "site:" + location.hostname;
  const S = {
    generation: 0,
    url: location.href,
    labels: [],
    papers: new Map(), // key -> rec
    entries: [],       // painted highlights
    blockSeq: 0,
    legend: null,
    legendClosed: false,
    card: null,
    bar: null,
    pumping: false,
    timer: 0,
    rowQueue: [],      // papers whose tag row goes in once the frame with their highlights is out
    rowsSeq: 0,
    prefs: { off: false, hidden: new Set() },
    manual: !!PL.manual, // injected on a page PaperLens does not know: selection only
    prefsReady: null,    // the per-site switches, read from storage.local
    hello: null,         // the service worker's first answer: labels last known, the page cache (used once)
    helloValue: undefined, // that answer once it is in (null: none); read synchronously at DOMContentLoaded
    prefsLoaded: false,  // the per-site switches have been read
    storedLabels: null,  // the labels last known, read with them (storage.local "labels")
    sample: null,
  };

  /* ---------- preferences (per site) ---------- */

  function readPrefs(v) {
    const hidden = new Set(Array.isArray(v && v.hidden) ? v.hidden.filter((x) => typeof x === "string") : []);
    return { off: !!(v && v.off), hidden };
  }

  async function loadPrefs(asked) {
    try {
      const got = await (asked || chrome.storage.local.get([SITE_KEY, PaperLensCommon.LABELS_KEY]));
      S.prefs = readPrefs(got[SITE_KEY]);
      S.storedLabels = PL.ui.normaliseLabels(got[PaperLensCommon.LABELS_KEY]);
    } catch (e) { /* defaults */ }
    S.prefsLoaded = true;
  }

  function savePrefs() {
    chrome.storage.local.set({ [SITE_KEY]: { off: S.prefs.off, hidden: [...S.prefs.hidden] } }).catch(() => {});
  }

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== "local" || !changes[SITE_KEY]) return;
    S.prefs = readPrefs(changes[SITE_KEY].newValue);
    applyPrefs();
  });

  function visibleLabels() {
    if (S.prefs.off) return [];
    return S.labels.map((l) => l.label).filter((l) => !S.prefs.hidden.has(l));
  }

  function entryShown(en) {
    return !S.prefs.off && !S.prefs.hidden.has(en.label);
  }

  function applyPrefs() {
    PL.ui.showHighlights(visibleLabels());
    for (const rec of S.papers.values()) if (rec.rowEl) rec.rowEl.hidden = S.prefs.off;
    if (S.legend) S.legend.el.hidden = S.prefs.off;
    if (S.prefs.off) hideCard();
    refreshLegend();
    reportCount();
  }

  function toggleLabel(label) {
    if (S.prefs.hidden.has(label)) S.prefs.hidden.delete(label); else S.prefs.hidden.add(label);
    applyPrefs();
    savePrefs();
  }

  /* ---------- bookkeeping ---------- */

  function sameFound(a, b) {
    const t = (x) => (x ? x.text : null), e = (x) => (x ? x.el : null);
    return t(a.title) === t(b.title) && t(a.abstract) === t(b.abstract)
      && e(a.title) === e(b.title) && e(a.abstract) === e(b.abstract);
  }

  function squash(s) {
    return s.replace(/\s+/g, " ").trim();
  }

  /* The text a highlight painted (squashed), to notice the page rewriting it: read in the
     task after the frame that shows it (see paint), or here when needed before that. */
  function paintedOf(en) {
    if (en.painted == null) en.painted = squash(en.range.toString());
    return en.painted;
  }

  /* fn in the task after the next frame (at once in a hidden tab, which produces none). */
  function afterFrame(fn) {
    let done = false;
    const run = () => { if (!done) { done = true; fn(); } };
    if (document.visibilityState === "hidden") { setTimeout(run, 0); return; }
    requestAnimationFrame(() => setTimeout(run, 0));
    setTimeout(run, 1000); // a frame that never comes (the tab hidden meanwhile)
  }

  function isCurrent(rec, found) {
    if (!sameFound(rec.found, found)) return false;
    if (rec.status !== "done") return true; // queued, pending, or failed in this view: do not retry
    if (rec.stalePaint) return false;
    if (rec.rowEl && !rec.rowEl.isConnected) return false;
    for (const part of [found.title, found.abstract]) if (part && part.el && !part.el.isConnected) return false;
    // ranges are live: if the page rewrote the text under them, paint again
    return rec.entries.every((en) => squash(en.range.toString()) === paintedOf(en));
  }

  function clearPaint(rec) {
    for (const en of rec.entries) PL.ui.highlightFor(en.label).delete(en.range);
    if (rec.entries.length) {
      const gone = new Set(rec.entries);
      S.entries = S.entries.filter((en) => !gone.has(en));
      if (S.card && gone.has(S.card.entry)) hideCard();
    }
    rec.entries = [];
    rec.rowJob = null;
    if (rec.rowEl) rec.rowEl.remove();
    rec.rowEl = null;
  }

  function dropPaper(rec) {
    clearPaint(rec);
    rec.status = "dropped";
    if (io && rec.watch) io.unobserve(rec.watch);
    S.papers.delete(rec.key);
  }

  function resetView() {
    S.generation++;
    for (const rec of [...S.papers.values()]) dropPaper(rec);
    S.papers.clear();
    S.entries = [];
    PL.ui.clearHighlights();
    if (S.legend) { S.legend.el.remove(); S.legend = null; }
    hideCard();
    if (S.bar) S.bar.hide();
    S.legendClosed = false;
  }

  /* ---------- what the page changed since it was read ----------
   * A count of the page's own changes that can change what collectText reads (text, nodes,
   * and the attributes its skip selectors look at), brought up to date when asked with
   * takeRecords() (an observer's callback comes later). A paint uses the text and positions
   * its scan collected while the count is unchanged, instead of reading 100 blocks again. */

  const READ_ATTRIBUTES = ["class", "hidden", "aria-hidden", "type", "encoding", "data-test-id"];
  let pageChanges = 0;
  const changeWatch = typeof MutationObserver === "function"
    ? new MutationObserver((records) => { if (records.some(pageChange)) pageChanges++; }) : null;

  function pageChange(m) {
    if (m.type === "attributes") return !ours(m.target);
    if (m.type === "characterData") return true;
    return [...m.addedNodes].some((n) => !ours(n)) || [...m.removedNodes].some((n) => !ours(n));
  }

  /* The count now; null when changes cannot be watched (every paint reads the page again). */
  function pageVersion() {
    if (!changeWatch) return null;
    if (changeWatch.takeRecords().some(pageChange)) pageChanges++;
    return pageChanges;
  }

  function watchChanges() {
    if (changeWatch) {
      changeWatch.observe(document.documentElement, {
        childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: READ_ATTRIBUTES,
      });
    }
  }

  /* The part's text and positions as the page has them now: from its scan when nothing changed. */
  function collectedNow(part, version) {
    if (part.collected && version !== null && part.version === version) return part.collected;
    return PL.offsets.collectText(part.el, { skip: part.skip, range: part.range });
  }

  /* ---------- what is in view ---------- */

  const io = typeof IntersectionObserver === "function" ? new IntersectionObserver((records) => {
    let nowVisible = false;
    for (const r of records) {
      const rec = r.target.__paperlensRec;
      if (!rec) continue;
      rec.visible = r.isIntersecting;
      if (r.isIntersecting && rec.status === "queued") nowVisible = true;
    }
    if (nowVisible && !S.pumping) pump();
  }, { rootMargin: "200px 0px" }) : null;

  function watch(rec) {
    const el = rec.found.anchor || (rec.found.abstract && rec.found.abstract.el) || (rec.found.title && rec.found.title.el);
    if (!io || !el) { rec.visible = true; return; }
    rec.watch = el;
    el.__paperlensRec = rec;
    io.observe(el);
  }

  /* ---------- scanning ---------- */

  function scheduleScan(delay) {
    if (S.manual) return;
    clearTimeout(S.timer);
    S.timer = setTimeout(scanOnce, delay);
  }

  function newRec(found) {
    return { key: found.key, found, status: "queued", entries: [], rowEl: null, rowJob: null, paperId: null, visible: undefined, order: 0 };
  }

  function scanOnce() {
    const t0 = performance.now();
    const version = pageVersion();
    let found;
    try {
      found = PL.sites.extract(document, location).filter((p) => p.title || p.abstract);
    } catch (e) {
      console.warn("PaperLens:", e);
      return;
    }
    for (const p of found) for (const part of [p.title, p.abstract]) if (part) part.version = version;
    let added = false;
    found.forEach((p, i) => {
      const rec = S.papers.get(p.key);
      if (rec && isCurrent(rec, p)) { rec.order = i; return; }
      if (rec) dropPaper(rec);
      const r = newRec(p);
      r.order = i;
      S.papers.set(p.key, r);
      watch(r);
      added = true;
    });
    if (!S.sample) {
      const withEl = found.find((p) => p.abstract && p.abstract.el);
      if (withEl) S.sample = withEl.abstract.el;
    }
    try { performance.measure("paperlens:scan", { start: t0, detail: { papers: found.length } }); } catch (e) { /* ignore */ }
    let cacheHit = false;
    if (S.hello && S.papers.size) {
      const gen = S.generation, hello = S.hello;
      S.hello = null;
      const use = (h) => {
        if (!h || gen !== S.generation) return;
        // the ::highlight() rules, with the labels last known, before the page's first style
        // pass when in time: added with the first highlights, they would make the browser
        // compute the whole page's style again. They show nothing until ranges are registered,
        // and go again if the server does not answer.
        const labels = PL.ui.normaliseLabels(h.labels);
        if (labels.length && !S.entries.length) { quickTheme(); PL.ui.installHighlightStyles(labels); }
        return paintCached(h.cache);
      };
      // The answer usually came in while the page was still loading: used here, in the same
      // task as DOMContentLoaded, the page's first layout and frame already show the highlights.
      if (S.helloValue !== undefined && S.prefsLoaded) cacheHit = use(S.helloValue);
      else {
        // the hello is not in yet (an answer that needs the server: the library's): the
        // ::highlight() rules go in now with the labels last known, read with the switches, so
        // that its paint (or the server's) does not make the browser compute the page's style again
        if (S.prefsLoaded && S.storedLabels && S.storedLabels.length && !S.entries.length) {
          quickTheme();
          PL.ui.installHighlightStyles(S.storedLabels);
        }
        Promise.all([hello, S.prefsReady]).then(([h]) => use(h));
      }
    }
    // Painted from the page cache: the requests (building and sending them takes a few ms)
    // go in the task after that frame. Otherwise they go at once.
    if (added) { if (cacheHit) afterFrame(pump); else pump(); }
  }

  function progress() {
    let done = 0, total = 0;
    for (const rec of S.papers.values()) {
      if (rec.manual) continue;
      total++;
      if (rec.status === "done" || rec.status === "failed") done++;
    }
    return { done, total };
  }

  function queuedRecs() {
    const queued = [...S.papers.values()].filter((r) => r.status === "queued" || r.refresh === "queued");
    queued.sort((a, b) => a.order - b.order);
    return queued;
  }

  function nextBatch() {
    const queued = queuedRecs();
    if (!queued.length) return [];
    const inView = queued.filter((r) => r.visible);
    if (inView.length) return inView.slice(0, VISIBLE_BATCH);
    return queued.slice(0, BATCH);
  }

  /* Papers the observer has not reported on yet: measured once, so the first request does
     not wait a frame for the IntersectionObserver. */
  function initialVisibility() {
    const h = window.innerHeight || 800;
    for (const rec of S.papers.values()) {
      if (rec.visible !== undefined || !rec.watch) continue;
      const r = rec.watch.getBoundingClientRect();
      rec.visible = r.bottom > -200 && r.top < h + 200 && (r.width > 0 || r.height > 0);
    }
  }

  /* A page's first papers, when none has been measured yet and there are at most EAGER of
     them: two requests in page order (the top of the page first), sent at once. Measuring
     what is in view would force the page's first layout (tens of ms on a long listing)
     before anything is asked; this way the layout happens while the server works. */
  function eagerBatches() {
    const queued = queuedRecs();
    if (!queued.length || queued.length > EAGER || queued.some((r) => r.visible !== undefined)) return null;
    return queued.length > HEAD ? [queued.slice(0, HEAD), queued.slice(HEAD)] : [queued];
  }

  /* Requests go out in-view first; at most two are in flight, each painted as it arrives. */
  async function pump() {
    if (S.pumping) return;
    S.pumping = true;
    const inflight = new Set();
    const send = (batch) => {
      const p = annotateBatch(batch).catch((e) => console.warn("PaperLens:", e)).finally(() => inflight.delete(p));
      inflight.add(p);
    };
    try {
      const eager = eagerBatches();
      if (eager) eager.forEach(send);
      else initialVisibility();
      for (;;) {
        const batch = inflight.size < 2 ? nextBatch() : [];
        if (batch.length) {
          send(batch);
          continue;
        }
        if (!inflight.size) break;
        await Promise.race(inflight);
        progressSoon();
      }
    } finally {
      S.pumping = false;
    }
  }

  async function annotateBatch(recs) {
    const gen = S.generation;
    const blocks = [];
    const meta = new Map(); // block id -> {rec, part}
    for (const rec of recs) {
      if (rec.refresh === "queued") rec.refresh = "pending"; else rec.status = "pending";
      const p = rec.found;
      const n = ++S.blockSeq;
      for (const part of ["title", "abstract"]) {
        if (!p[part]) continue;
        const id = `b${n}-${part}`;
        const block = { id, text: p[part].text, kind: part };
        if (p.paper) block.paper = p.paper;
        blocks.push(block);
        meta.set(id, { rec, part });
      }
    }
    let resp;
    const t0 = performance.now();
    try {
      resp = await chrome.runtime.sendMessage({ type: "paperlens:annotate", url: location.href, title: document.title, blocks });
    } catch (e) {
      resp = { ok: false, message: String(e) };
    }
    if (S.prefsReady) await S.prefsReady;
    if (gen !== S.generation) return; // the view changed while we waited
    if (!resp || !resp.ok) {
      for (const rec of recs) {
        if (rec.refresh) rec.refresh = null; else rec.status = "failed";
        // painted from the page cache, but the server did not confirm it: the page goes back
        if (rec.cachePainted) { rec.cachePainted = false; clearPaint(rec); }
      }
      if (!S.entries.length) unpaintAll();
      return;
    }
    const t1 = performance.now();
    paint(resp, meta, recs);
    const t2 = performance.now();
    try {
      performance.measure("paperlens:request", { start: t0, end: t1, detail: { papers: recs.length, sw: resp.timing || null } });
      performance.measure("paperlens:paint", { start: t1, end: t2, detail: { papers: recs.length } });
    } catch (e) { /* ignore */ }
  }

  /* ---------- painting ---------- */

  function mirrorWindow(blockText, mirrorText) {
    // the visible excerpt, without its "…" ends: where it sits in the full text
    let a = 0, b = mirrorText.length;
    while (a < b && /[\s…]|\./.test(mirrorText[a])) a++;
    while (b > a && /[\s…]|\./.test(mirrorText[b - 1])) b--;
    const core = mirrorText.slice(a, b);
    if (core.length < 12) return null;
    const at = blockText.indexOf(core);
    return at < 0 ? null : { from: at, to: at + core.length, shift: a - at };
  }

  /* Nothing of ours stays on the page (a cached paint the server did not confirm). */
  function unpaintAll() {
    if (S.entries.length) return;
    for (const rec of S.papers.values()) if (rec.rowEl || rec.rowJob) clearPaint(rec);
    PL.ui.clearHighlights();
    PL.ui.removeHighlightStyles();
    if (S.legend) { S.legend.el.remove(); S.legend = null; }
    hideCard();
    reportCount();
  }

  /* The page cache's answer for this page (from the service worker, asked as the page
     started loading): the papers whose text is unchanged are painted at once, before the
     page's first layout when it came in time. It holds what painting needs only: per block
     its spans as [start, end, label index (, canonical)] and the paper id. Their requests are
     already on the way; the server's answer then replaces whatever differs and brings the
     descriptions, the tag rows and the RESULTS lines (see paint). */
  function paintCached(cache) {
    if (!cache || cache.v !== 3 || !cache.blocks || typeof cache.blocks !== "object" || S.manual) return false;
    const t0 = performance.now();
    const names = (Array.isArray(cache.labels) ? cache.labels : []).map((l) => (l && typeof l.label === "string" ? l.label : null));
    // each span carries its text: painted only where the page's text at its offsets is that text
    const span = (a) => (Array.isArray(a) && names[a[2]] && typeof a[3] === "string" ? {
      start: a[0], end: a[1], label: names[a[2]], text: a[3], canonical: typeof a[4] === "string" ? a[4] : undefined,
    } : null);
    // blocks found by their quick key (no hashing before the paint); a quick key two blocks
    // share finds neither
    const byQuick = new Map();
    for (const [key, c] of Object.entries(cache.blocks)) {
      if (c && typeof c.k === "string" && Array.isArray(c.s)) byQuick.set(c.k, byQuick.has(c.k) ? null : { key, c });
    }
    const recs = [], blocks = [], meta = new Map(), check = [];
    for (const rec of S.papers.values()) {
      if (rec.manual || rec.cachePainted || rec.entries.length || (rec.status !== "pending" && rec.status !== "queued")) continue;
      const got = [];
      for (const part of ["title", "abstract"]) {
        const p = rec.found[part];
        if (!p) continue;
        const hit = byQuick.get(PL.offsets.quickKey(part, p.text));
        if (!hit) { got.length = 0; break; }
        got.push([part, hit]);
      }
      if (!got.length) continue;
      const n = ++S.blockSeq;
      for (const [part, { c }] of got) {
        const id = `c${n}-${part}`;
        blocks.push({ id, spans: c.s.map(span).filter(Boolean), paper_id: Number.isInteger(c.p) ? c.p : null });
        meta.set(id, { rec, part });
      }
      recs.push(rec);
      check.push({ rec, parts: got.map(([part, { key }]) => [part, key]) });
    }
    if (!recs.length) return false;
    paint({ health: { labels: cache.labels }, result: { blocks } }, meta, recs, { fromCache: true });
    try { performance.measure("paperlens:paint-cache", { start: t0, detail: { papers: recs.length } }); } catch (e) { /* ignore */ }
    afterFrame(() => checkCached(check));
    return true;
  }

  /* After the frame painted from the page cache: each block's full key (text hash and length)
     must be the one its quick key found, else that paper's cached paint goes (the server's
     answer, on its way, paints it). */
  function checkCached(check) {
    let wrong = 0;
    for (const { rec, parts } of check) {
      if (S.papers.get(rec.key) !== rec) continue;
      if (parts.every(([part, key]) => rec.found[part] && PL.offsets.blockKey(part, rec.found[part].text) === key)) continue;
      wrong++;
      if (!rec.cachePainted) continue; // the server's answer is in already, and decided
      rec.cachePainted = false;
      clearPaint(rec);
    }
    try { if (wrong) performance.mark("paperlens:cache-mismatch", { detail: { papers: wrong } }); } catch (e) { /* ignore */ }
  }

  /* What a paper's highlights are: the same for the page cache and the server's answer when
     they would paint the same ranges with the same labels. */
  function paintSig(mine) {
    return JSON.stringify(mine.map(({ b, part }) => [part, Array.isArray(b.spans)
      ? b.spans.map((sp) => (sp ? [sp.start, sp.end, sp.label] : null)) : null]));
  }

  const spanKey = (part, start, end, label) => `${part}:${start}:${end}:${label}`;

  /* A paper painted from the page cache and confirmed by the server: its highlights stay,
     they take the server's details (canonical name, description, seen, confirmed). */
  function confirmCached(rec, mine, names) {
    const bySpan = new Map();
    for (const { b, part } of mine) {
      for (const sp of Array.isArray(b.spans) ? b.spans : []) if (sp) bySpan.set(spanKey(part, sp.start, sp.end, sp.label), sp);
    }
    for (const en of rec.entries) {
      const sp = bySpan.get(spanKey(en.part, en.start, en.end, en.label));
      if (sp) Object.assign(en, spanDetails(sp, names));
    }
  }

  /* The answer's names (its tags): what the hover card shows of each, its description and in
     how many of the user's papers it is, comes once per answer, not with every span. */
  function answerNames(tags) {
    const names = new Map();
    for (const t of Array.isArray(tags) ? tags : []) {
      if (t && typeof t.label === "string" && typeof t.canonical === "string") names.set(t.label + "\u0000" + t.canonical, t);
    }
    return names;
  }

  function spanDetails(sp, names) {
    const canonical = typeof sp.canonical === "string" ? sp.canonical : "";
    const name = names.get(sp.label + "\u0000" + canonical);
    return {
      canonical,
      description: name && typeof name.description === "string" ? name.description : "",
      seen: name && Number.isInteger(name.papers) ? name.papers : null,
      origin: sp.origin === "user" ? "user" : "pipeline",
      confirmed: sp.confirmed === true,
    };
  }

  function paint(resp, meta, recs, { fromCache = false } = {}) {
    const labels = PL.ui.normaliseLabels(resp.health && resp.health.labels);
    if (!labels.length) { for (const rec of recs) { rec.status = "failed"; rec.refresh = null; } return; }
    S.labels = labels;
    const order = new Map(labels.map((l, i) => [l.label, i]));
    const result = resp.result || {};
    const papersById = new Map((Array.isArray(result.papers) ? result.papers : []).map((p) => [p.id, p]));
    const names = answerNames(result.tags);
    const byRec = new Map(recs.map((r) => [r, []]));
    for (const b of Array.isArray(result.blocks) ? result.blocks : []) {
      const m = b && meta.get(b.id);
      if (m) byRec.get(m.rec).push({ b, part: m.part });
    }
    quickTheme();
    PL.ui.installHighlightStyles(labels);
    const version = pageVersion();

    for (const rec of recs) {
      const mine = byRec.get(rec);
      for (const { b } of mine) if (b.paper_id != null) rec.paperId = b.paper_id;
      const paper = papersById.get(rec.paperId);
      let tags = paper && Array.isArray(paper.tags) ? paper.tags : null;
      if (!tags && recs.length === 1 && Array.isArray(result.tags)) tags = result.tags;
      // what the highlights are, compared only between a cached paint and the server's answer
      const sig = fromCache || rec.cachePainted ? paintSig(mine) : null;
      const results = [];
      for (const { b } of mine) if (Array.isArray(b.results)) results.push(...b.results);
      if (!fromCache && rec.cachePainted) {
        // the server's answer for a paper painted from the page cache: its highlights are kept
        // when it paints the same ranges with the same labels; its details and tag row go in
        rec.cachePainted = false;
        if (!rec.refresh && sig === rec.sig && !rec.stalePaint) {
          confirmCached(rec, mine, names);
          rec.status = "done";
          if (rec.manual && !rec.found.anchor) continue;
          if (!tags || rec.manual) tags = tagsFromEntries(rec.entries);
          rec.rowJob = { tags, labels, results };
          S.rowQueue.push(rec);
          continue;
        }
        clearPaint(rec);
      }
      if (rec.refresh) { clearPaint(rec); rec.refresh = null; }
      rec.sig = sig;
      let stale = false;
      for (const { b, part: partName } of mine) {
        const part = rec.found[partName];
        if (!part || !part.el || !part.el.isConnected || !Array.isArray(b.spans) || !b.spans.length) continue;
        const collected = collectedNow(part, version);
        if (collected.text !== part.text) { stale = true; continue; } // the page changed the text since we sent it
        const idx = PL.offsets.cpIndex(part.text); // null: code points and UTF-16 units agree
        const cpLen = idx ? idx.length - 1 : part.text.length;
        const math = PL.offsets.mathRegions(part.text);
        const mirrors = (part.mirrors || []).map((mi) => {
          if (!mi.el.isConnected) return null;
          const c = PL.offsets.collectText(mi.el, { skip: mi.skip });
          const w = mirrorWindow(part.text, c.text);
          return w ? { c, w } : null;
        }).filter(Boolean);
        for (const sp of b.spans) {
          if (!sp || !order.has(sp.label)) continue;
          if (!(Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start >= 0 && sp.end <= cpLen && sp.end > sp.start)) continue;
          const s16 = idx ? idx[sp.start] : sp.start, e16 = idx ? idx[sp.end] : sp.end;
          const slice = part.text.slice(s16, e16);
          if (!slice || (typeof sp.text === "string" && slice !== sp.text)) continue;
          if (PL.offsets.touchesMath(math, s16, e16)) continue; // never split (or paint over) TeX
          const ranges = [];
          const main = PL.offsets.rangeForUtf16(collected, s16, e16);
          if (main) ranges.push(main);
          for (const { c, w } of mirrors) {
            if (s16 < w.from || e16 > w.to) continue;
            const r = PL.offsets.rangeForUtf16(c, s16 + w.shift, e16 + w.shift);
            if (r) ranges.push(r);
          }
          const d = spanDetails(sp, names);
          const highlight = PL.ui.highlightFor(sp.label, labels.length - order.get(sp.label));
          for (const range of ranges) {
            // every field written out: an object spread here made each of a page's ~800 entries slower to build
            const entry = {
              range, label: sp.label, text: slice, rec, part: partName, blockText: part.text, start: sp.start, end: sp.end,
              canonical: d.canonical, description: d.description, seen: d.seen, origin: d.origin, confirmed: d.confirmed,
              painted: null, // read after the frame (paintedOf)
            };
            highlight.add(range);
            rec.entries.push(entry);
            S.entries.push(entry);
          }
        }
      }
      if (fromCache) {
        if (stale) { clearPaint(rec); continue; } // the server's answer will do
        rec.cachePainted = true;
        continue; // the tag row comes with the server's answer
      } else {
        rec.status = stale ? "failed" : "done";
        if (stale) setTimeout(() => { if (S.papers.get(rec.key) === rec) dropPaper(rec); scheduleScan(50); }, 0);
      }
      if (rec.manual && !rec.found.anchor) continue;
      if (!tags || rec.manual) tags = tagsFromEntries(rec.entries);
      // the tag row follows in the next frame (see flushRows)
      rec.rowJob = { tags, labels, results };
      S.rowQueue.push(rec);
    }

    PL.ui.showHighlights(visibleLabels());
    if (S.entries.length) installHover();
    markPainted();
    scheduleRows();
    // what each highlight painted, read once the frame showing them is out (range.toString()
    // on every range would delay it)
    const fresh = S.entries.filter((en) => en.painted == null);
    if (fresh.length) afterFrame(() => { for (const en of fresh) paintedOf(en); });
  }

  /* Tag rows, the RESULTS lines and the legend go in after the frame that shows the
     highlights, all in one batch: building 50 rows in shadow roots, and their style and
     layout, would otherwise delay the highlights by a frame's worth of work. The badge
     and the popup hear of the count once the rows are in. */
  function scheduleRows() {
    // after the frame of the latest paint: a batch painted meanwhile waits for its own frame
    const seq = ++S.rowsSeq;
    let done = false;
    const run = () => { if (done || seq !== S.rowsSeq) return; done = true; flushRows(); };
    // a hidden tab produces no frames: no reason to wait for one
    if (document.visibilityState === "hidden") { setTimeout(run, 0); return; }
    requestAnimationFrame(() => setTimeout(run, 0));
    setTimeout(run, 1000); // a frame that never comes (the tab hidden meanwhile)
  }

  function flushRows() {
    const t0 = performance.now();
    const queue = S.rowQueue;
    S.rowQueue = [];
    let rows = 0;
    for (const rec of queue) {
      const job = rec.rowJob;
      if (!job || S.papers.get(rec.key) !== rec) continue;
      rec.rowJob = null;
      const anchor = rec.found.anchor;
      if (!anchor || !anchor.isConnected) continue;
      const row = PL.ui.tagRow(job.tags, job.labels, job.results);
      if (!row) continue;
      if (rec.rowEl) rec.rowEl.remove();
      row.hidden = S.prefs.off;
      if (rec.found.place === "append") anchor.appendChild(row);
      else anchor.after(row);
      rec.rowEl = row;
      rows++;
    }
    refreshLegend();
    reportCount();
    try { if (rows) performance.measure("paperlens:rows", { start: t0, detail: { rows } }); } catch (e) { /* ignore */ }
    markRows();
  }

  /* For the benchmark and tests (User Timing): the first highlights painted; every paper of
     the page painted (from the page cache or the server); every paper answered by the server.
     Each mark is followed by a "...:frame" mark once the frame showing it has been produced. */
  function markPainted() {
    const p = progress();
    let painted = 0;
    for (const rec of S.papers.values()) {
      if (!rec.manual && (rec.status === "done" || rec.status === "failed" || rec.cachePainted)) painted++;
    }
    const mark = (name) => {
      if (markPainted[name]) return;
      markPainted[name] = true;
      try {
        performance.mark("paperlens:" + name);
        // rAF runs just before the frame's style, layout and paint; the task after it, once that frame is done
        requestAnimationFrame(() => setTimeout(() => performance.mark("paperlens:" + name + ":frame"), 0));
      } catch (e) { /* ignore */ }
    };
    if (S.entries.length) mark("first-paint");
    if (p.total && painted === p.total) mark("all-painted");
    if (p.total && p.done === p.total) mark("all-confirmed");
  }

  /* For the benchmark: every paper of the page painted and its tag row in, then that frame. */
  function markRows() {
    if (markRows.done || !markPainted["all-confirmed"] || S.rowQueue.length) return;
    markRows.done = true;
    try {
      performance.mark("paperlens:all-rows");
      requestAnimationFrame(() => setTimeout(() => performance.mark("paperlens:all-rows:frame"), 0));
    } catch (e) { /* ignore */ }
  }

  function tagsFromEntries(entries) {
    const m = new Map();
    const seen = new Set();
    for (const en of entries) {
      const id = en.start + ":" + en.end + ":" + en.blockText.length;
      if (seen.has(id)) continue; // a mirror of the same mention
      seen.add(id);
      const name = en.canonical || en.text;
      const k = en.label + "\u0000" + name;
      const t = m.get(k) || { label: en.label, canonical: name, count: 0 };
      t.count++;
      m.set(k, t);
    }
    return [...m.values()];
  }

  function countsByLabel() {
    const c = new Map();
    for (const en of S.entries) c.set(en.label, (c.get(en.label) || 0) + 1);
    return c;
  }

  function progressText() {
    const p = progress();
    return p.total > 1 && p.done < p.total ? `annotating ${p.done}/${p.total}` : "";
  }

  function refreshLegend() {
    const counts = countsByLabel();
    if (!S.entries.length) {
      if (S.legend) { S.legend.el.remove(); S.legend = null; }
      return;
    }
    if (S.legendClosed) return;
    if (!S.legend || !S.legend.el.isConnected) {
      S.legend = PL.ui.legend(S.labels, counts, {
        onClose: () => { S.legendClosed = true; S.legend = null; },
        onToggle: toggleLabel,
      });
      S.legend.el.hidden = S.prefs.off;
      (document.body || document.documentElement).appendChild(S.legend.el);
    }
    S.legend.update(counts, S.prefs.hidden, progressText());
  }

  function shownCount() {
    return S.entries.filter(entryShown).length;
  }

  function reportCount() {
    const byLabel = Object.fromEntries(countsByLabel());
    const p = progress();
    chrome.runtime.sendMessage({
      type: "paperlens:count", count: shownCount(), byLabel, papers: p.total, done: p.done, off: S.prefs.off,
    }).catch(() => {});
  }

  function reportProgress(p) {
    if (S.legend) S.legend.update(countsByLabel(), S.prefs.hidden, progressText());
    chrome.runtime.sendMessage({ type: "paperlens:progress", done: p.done, total: p.total }).catch(() => {});
  }

  /* "annotating 8/50" when a page takes its time: reported a moment after a batch is in, if the
     page is still not done then. A page whose answers all come at once (the library knows it)
     shows no progress, and sends no message while its highlights are about to be shown. */
  const PROGRESS_DELAY_MS = 150;
  let progressTimer = 0;
  function progressSoon() {
    if (progressTimer) return;
    progressTimer = setTimeout(() => {
      progressTimer = 0;
      const pr = progress();
      if (pr.total > 1 && pr.done < pr.total) reportProgress(pr);
    }, PROGRESS_DELAY_MS);
  }

  /* ---------- light and dark ---------- */

  function updateTheme() {
    const sample = S.sample && S.sample.isConnected ? S.sample : document.body;
    const mode = PL.ui.detectTheme(sample);
    if (mode !== PL.ui.theme) PL.ui.setTheme(mode);
  }

  /* While painting: the site's theme markers only (reading the colours shown would make the
     browser compute the page's style now, and again once our paint is in); the colours are
     read once the frame is out. */
  let themeCheck = false;
  function quickTheme() {
    const marked = PL.ui.themeMarker();
    if (marked && marked !== PL.ui.theme) PL.ui.setTheme(marked);
    if (themeCheck) return;
    themeCheck = true;
    requestAnimationFrame(() => setTimeout(() => { themeCheck = false; updateTheme(); }, 0));
  }

  try {
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => setTimeout(updateTheme, 50));
  } catch (e) { /* ignore */ }
  const themeObserver = new MutationObserver(() => { if (S.entries.length) updateTheme(); });
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["class", "data-theme", "data-color-mode", "style"] });
  function observeBodyTheme() {
    if (document.body) themeObserver.observe(document.body, { attributes: true, attributeFilter: ["class", "data-theme", "style"] });
  }

  /* ---------- the annotator ---------- */

  function labelInfo(label) {
    return S.labels.find((l) => l.label === label);
  }

  function sameMention(a, b) {
    return a.text === b.text && a.label === b.label;
  }

  /* What the user sees at once; the server's answer (annotate again) follows. */
  function optimistic(action, entry, newLabel) {
    if (action === "accept") {
      for (const en of S.entries) if (sameMention(en, entry)) en.confirmed = true;
      return;
    }
    const hit = S.entries.filter((en) => sameMention(en, entry));
    for (const en of hit) {
      PL.ui.highlightFor(en.label).delete(en.range);
      if (action === "relabel" && labelInfo(newLabel)) {
        en.label = newLabel;
        PL.ui.highlightFor(newLabel, S.labels.length - S.labels.indexOf(labelInfo(newLabel))).add(en.range);
      }
    }
    if (action === "reject") {
      const gone = new Set(hit);
      S.entries = S.entries.filter((en) => !gone.has(en));
      for (const rec of S.papers.values()) rec.entries = rec.entries.filter((en) => !gone.has(en));
    }
    PL.ui.showHighlights(visibleLabels());
    refreshLegend();
    reportCount();
  }

  async function sendCorrection(body) {
    try {
      return await chrome.runtime.sendMessage({ type: "paperlens:correct", correction: body });
    } catch (e) {
      return { ok: false, message: String(e && e.message || e) };
    }
  }

  async function correct(action, entry, newLabel) {
    if (!entry) return null;
    const body = { action, text: entry.text, label: entry.label };
    if (action === "relabel") {
      if (!newLabel || newLabel === entry.label) return null;
      body.new_label = newLabel;
    }
    if (entry.rec && entry.rec.paperId != null) body.paper_id = entry.rec.paperId;
    if (entry.blockText != null && entry.start != null) {
      body.block_text = entry.blockText;
      body.start = entry.start;
      body.end = entry.end;
    }
    optimistic(action, entry, newLabel);
    if (S.card && S.card.visible) {
      if (action === "accept") S.card.message("Confirmed ✓");
      else hideCard();
    }
    const resp = await sendCorrection(body);
    if (!resp || !resp.ok) {
      if (S.card && S.card.visible) S.card.message("Not saved: " + (resp && resp.message || "no answer"), true);
      flash("PaperLens could not save the correction: " + (resp && resp.message || "no answer"));
    }
    refreshAll();
    return resp;
  }

  /* The selection, inside one of the page's blocks when it is in one. */
  function selectionTarget() {
    const sel = getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    for (const rec of S.papers.values()) {
      for (const partName of ["title", "abstract"]) {
        const part = rec.found[partName];
        if (!part || !part.el || !part.el.contains(range.commonAncestorContainer)) continue;
        const collected = PL.offsets.collectText(part.el, { skip: part.skip, range: part.range });
        if (collected.text !== part.text) continue;
        const off = PL.offsets.offsetsOfRange(collected, range);
        if (!off) continue;
        const text = part.text.slice(off[0], off[1]);
        return {
          text, rec, range: PL.offsets.rangeForUtf16(collected, off[0], off[1]), blockText: part.text,
          start: PL.offsets.utf16ToCodePoint(part.text, off[0]), end: PL.offsets.utf16ToCodePoint(part.text, off[1]),
        };
      }
    }
    const text = squash(sel.toString());
    return text ? { text, rec: null, range: range.cloneRange() } : null;
  }

  async function addSelection(label, target) {
    target = target || selectionTarget();
    if (!target) return { ok: false, message: "Select the words to add first." };
    if (!labelInfo(label) && S.labels.length) return { ok: false, message: "unknown label " + label };
    const text = target.text;
    if (!text || text.length > 300) return { ok: false, message: "Select 1 to 300 characters." };
    const body = { action: "add", text, label };
    if (target.rec && target.rec.paperId != null) body.paper_id = target.rec.paperId;
    if (target.blockText != null) { body.block_text = target.blockText; body.start = target.start; body.end = target.end; }
    if (S.bar) S.bar.hide();
    // shown at once on the selection; the server's answer then marks it everywhere
    if (target.range && S.labels.length) {
      PL.ui.installHighlightStyles(S.labels);
      const entry = {
        range: target.range, label, text, rec: target.rec, blockText: target.blockText, start: target.start,
        end: target.end, canonical: text, description: "", seen: null, origin: "user", confirmed: false,
        painted: squash(target.range.toString()),
      };
      PL.ui.highlightFor(label, S.labels.length - S.labels.indexOf(labelInfo(label))).add(target.range);
      S.entries.push(entry);
      if (target.rec) target.rec.entries.push(entry);
      PL.ui.showHighlights(visibleLabels());
      refreshLegend();
      installHover();
    }
    try { getSelection().removeAllRanges(); } catch (e) { /* ignore */ }
    const resp = await sendCorrection(body);
    if (!resp || !resp.ok) flash("PaperLens could not add it: " + (resp && resp.message || "no answer"));
    refreshAll();
    return resp;
  }

  /* Annotate again everything on the page (after a correction here or in another tab). */
  function refreshAll() {
    let any = false;
    for (const rec of S.papers.values()) {
      if (rec.status === "done") { rec.refresh = "queued"; any = true; }
      else if (rec.status === "failed") { rec.status = "queued"; any = true; }
    }
    if (any) pump();
  }

  function flash(text) {
    console.info("PaperLens:", text);
  }

  /* Context menu / shortcut on a page PaperLens does not know: annotate the selected text. */
  async function annotateSelection() {
    const sel = getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return { ok: false, message: "Select some text first." };
    const range = sel.getRangeAt(0).cloneRange();
    let el = range.commonAncestorContainer;
    if (el.nodeType !== 1) el = el.parentElement;
    const collected = PL.offsets.collectText(el, { range });
    if (!collected.text) return { ok: false, message: "There is no text in the selection." };
    let anchor = el.closest("p, li, blockquote, dd, td, section, article, div") || el;
    if (anchor === document.body || anchor === document.documentElement) anchor = null;
    const key = "selection:" + (++S.blockSeq);
    const found = {
      key, paper: { title: document.title || location.href, url: location.href.split("#")[0] },
      title: null, abstract: { el, text: collected.text, skip: null, range }, anchor, place: "after",
    };
    const rec = newRec(found);
    rec.manual = true;
    rec.visible = true;
    S.papers.set(key, rec);
    await annotateBatch([rec]);
    try { sel.removeAllRanges(); } catch (e) { /* ignore */ }
    return { ok: rec.status === "done", count: rec.entries.length };
  }

  /* ---------- hover / focus card and the selection toolbar ---------- */

  let hoverInstalled = false;
  let lastX = 0, lastY = 0, raf = 0, hideTimer = 0, overCard = false, pinned = false;

  function caretAt(x, y) {
    try {
      if (document.caretPositionFromPoint) {
        const p = document.caretPositionFromPoint(x, y);
        return p ? { node: p.offsetNode, offset: p.offset } : null;
      }
      if (document.caretRangeFromPoint) {
        const r = document.caretRangeFromPoint(x, y);
        return r ? { node: r.startContainer, offset: r.startOffset } : null;
      }
    } catch (e) { /* ignore */ }
    return null;
  }

  function rectHit(entry, x, y) {
    for (const r of entry.range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
    }
    return null;
  }

  function ensureCard() {
    if (!S.card || !S.card.el.isConnected) {
      S.card = PL.ui.hoverCard((action, entry, newLabel) => { correct(action, entry, newLabel); });
      S.card.el.addEventListener("mouseenter", () => { overCard = true; clearTimeout(hideTimer); });
      S.card.el.addEventListener("mouseleave", () => { overCard = false; if (!pinned) scheduleHide(); });
      (document.body || document.documentElement).appendChild(S.card.el);
    }
    return S.card;
  }

  function showCard(en, rect) {
    clearTimeout(hideTimer);
    ensureCard().show(en, labelInfo(en.label), rect, S.labels);
  }

  function hideCard() {
    clearTimeout(hideTimer);
    pinned = false;
    overCard = false;
    if (S.card) S.card.hide();
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => { if (!overCard && !pinned) hideCard(); }, 250);
  }

  function entryAt(x, y) {
    const shown = S.entries.filter(entryShown);
    if (!shown.length) return null;
    let candidates = shown;
    const pos = caretAt(x, y);
    if (pos && pos.node) {
      const near = shown.filter((en) => {
        try { return en.range.isPointInRange(pos.node, pos.offset); } catch (e) { return false; }
      });
      if (near.length) candidates = near.concat(shown.filter((en) => !near.includes(en)));
    }
    for (const en of candidates) {
      const r = rectHit(en, x, y);
      if (r) return { en, r };
    }
    return null;
  }

  /* Hover intent: the card opens for the highlight the pointer rests on (not for every
     highlight it crosses on the way), and stays while the pointer is over the card. */
  let intent = null, intentTimer = 0;
  const INTENT_MS = 120;

  function hitTest() {
    raf = 0;
    if (overCard) return;
    const hit = entryAt(lastX, lastY);
    if (hit) {
      if (S.card && S.card.visible && S.card.entry === hit.en) { clearTimeout(hideTimer); return; }
      if (!intent || intent.en !== hit.en) {
        intent = hit;
        clearTimeout(intentTimer);
        intentTimer = setTimeout(() => {
          const again = entryAt(lastX, lastY);
          if (again && intent && again.en === intent.en && !overCard) { pinned = false; showCard(again.en, again.r); }
          intent = null;
        }, INTENT_MS);
      }
      return;
    }
    intent = null;
    clearTimeout(intentTimer);
    if (S.card && S.card.visible && !pinned) scheduleHide();
  }

  /* A caret placed in a highlight (a click, or caret browsing) opens its card: "focus". */
  function onSelectionChange() {
    const sel = getSelection();
    if (!sel || sel.rangeCount === 0) return;
    if (sel.isCollapsed) {
      if (S.bar) S.bar.hide();
      const r = sel.getRangeAt(0);
      const en = S.entries.filter(entryShown).find((e) => {
        try { return e.range.isPointInRange(r.startContainer, r.startOffset) && e.range.toString(); } catch (x) { return false; }
      });
      if (en) {
        const rect = en.range.getClientRects()[0];
        if (rect) { pinned = true; showCard(en, rect); }
      }
      return;
    }
    clearTimeout(onSelectionChange.t);
    onSelectionChange.t = setTimeout(maybeShowBar, 250);
  }

  function maybeShowBar() {
    if (S.prefs.off || !S.labels.length) return;
    const t = selectionTarget();
    if (!t || !t.rec || !t.range) { if (S.bar) S.bar.hide(); return; }
    const rect = t.range.getBoundingClientRect();
    if (!rect || (!rect.width && !rect.height)) return;
    if (!S.bar || !S.bar.el.isConnected) {
      S.bar = PL.ui.selectionBar((label) => { addSelection(label); }, () => S.bar.hide());
      (document.body || document.documentElement).appendChild(S.bar.el);
    }
    hideCard();
    S.bar.show(rect, S.labels);
  }

  function editable(target) {
    const el = target && target.nodeType === 1 ? target : null;
    if (!el) return false;
    if (el.localName === "paperlens-ui") return false;
    return el.isContentEditable || /^(input|textarea|select)$/i.test(el.localName);
  }

  /* One key each: A accept, R reject, 1-9 change label (card); 1-9 add (selection toolbar). */
  function onKey(ev) {
    if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey || editable(ev.target)) return;
    const k = ev.key;
    if (S.card && S.card.visible && S.card.entry) {
      const en = S.card.entry;
      let handled = true;
      if (k === "a" || k === "A") correct("accept", en);
      else if (k === "r" || k === "R") correct("reject", en);
      else if (/^[1-9]$/.test(k) && S.card.labelAt(+k - 1) && S.card.labelAt(+k - 1) !== en.label) correct("relabel", en, S.card.labelAt(+k - 1));
      else if (k === "Escape") hideCard();
      else handled = false;
      if (handled) { ev.preventDefault(); ev.stopPropagation(); }
      return;
    }
    if (S.bar && S.bar.visible) {
      if (/^[1-9]$/.test(k) && S.bar.labelAt(+k - 1)) {
        ev.preventDefault(); ev.stopPropagation();
        addSelection(S.bar.labelAt(+k - 1));
      } else if (k === "Escape") {
        S.bar.hide();
      }
    }
  }

  function installHover() {
    if (hoverInstalled) return;
    hoverInstalled = true;
    document.addEventListener("mousemove", (ev) => {
      lastX = ev.clientX;
      lastY = ev.clientY;
      if (!raf) raf = requestAnimationFrame(hitTest);
    }, { passive: true });
    const hide = () => { if (!overCard) hideCard(); if (S.bar) S.bar.hide(); };
    window.addEventListener("scroll", hide, { passive: true, capture: true });
    window.addEventListener("blur", () => { if (!overCard) hideCard(); });
    document.addEventListener("selectionchange", onSelectionChange);
    document.addEventListener("keydown", onKey, true);
  }

  /* ---------- navigation and page changes ---------- */

  function viewKey(href) {
    const u = new URL(href);
    return u.origin + u.pathname + u.search; // a hash change is the same view
  }

  function checkUrl() {
    if (location.href === S.url) return false;
    const changed = viewKey(location.href) !== viewKey(S.url);
    S.url = location.href;
    if (!changed) return false;
    resetView();
    reportCount();
    scheduleScan(300);
    return true;
  }

  function ours(n) {
    return n.nodeType === Node.ELEMENT_NODE && n.localName === "paperlens-ui";
  }

  /* Highlights whose text the page just replaced (a React re-render, typesetting) go at once;
     the scan that follows paints them again. */
  function purgeStale() {
    if (!S.entries.length || S.entries.length > 5000) return;
    const stale = S.entries.filter((en) => en.range.collapsed || squash(en.range.toString()) !== paintedOf(en));
    if (!stale.length) return;
    const gone = new Set(stale);
    for (const en of stale) PL.ui.highlightFor(en.label).delete(en.range);
    S.entries = S.entries.filter((en) => !gone.has(en));
    for (const rec of S.papers.values()) {
      if (rec.entries.some((en) => gone.has(en))) {
        rec.entries = rec.entries.filter((en) => !gone.has(en));
        rec.stalePaint = true;
      }
    }
    if (S.card && gone.has(S.card.entry)) hideCard();
    PL.ui.showHighlights(visibleLabels());
  }

  function startObserving() {
    const observer = new MutationObserver((mutations) => {
      const relevant = mutations.some((m) => m.type !== "childList"
        || [...m.addedNodes].some((n) => !ours(n)) || [...m.removedNodes].some((n) => !ours(n)));
      if (!relevant) return;
      purgeStale();
      if (!checkUrl()) scheduleScan(150);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

    if (window.navigation && typeof window.navigation.addEventListener === "function") {
      window.navigation.addEventListener("navigatesuccess", checkUrl);
      window.navigation.addEventListener("currententrychange", () => setTimeout(checkUrl, 0));
    }
    window.addEventListener("popstate", checkUrl);
    window.addEventListener("pageshow", (ev) => { if (ev.persisted) { resetView(); scheduleScan(0); } });
  }

  /* ---------- messages from the popup and the service worker ---------- */

  chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id || !msg || typeof msg.type !== "string") return false;
    switch (msg.type) {
      case "paperlens:pageStatus": {
        const p = progress();
        sendResponse({
          count: shownCount(), byLabel: Object.fromEntries(countsByLabel()), papers: p.total, done: p.done,
          url: location.href, site: location.hostname, prefs: { off: S.prefs.off, hidden: [...S.prefs.hidden] },
          labels: S.labels.map((l) => l.label),
        });
        return false;
      }
      case "paperlens:refresh":
        refreshAll();
        sendResponse({ ok: true });
        return false;
      case "paperlens:annotateSelection":
        annotateSelection().then(sendResponse, (e) => sendResponse({ ok: false, message: String(e) }));
        return true;
      case "paperlens:addSelection":
        addSelection(String(msg.label || "")).then(sendResponse, (e) => sendResponse({ ok: false, message: String(e) }));
        return true;
      default:
        return false;
    }
  });

  if (S.manual) {
    installHover();
  } else {
    // the hello wakes the service worker while the page is still loading, and fetches the page
    // cache; it and the per-site switches were asked for by common.js, the first content script
    const early = PL.early && PL.early.url === location.href && PL.early.site === SITE_KEY ? PL.early : null;
    PL.early = null;
    const helloUrl = location.href;
    S.hello = (early ? early.hello : chrome.runtime.sendMessage({ type: "paperlens:hello", url: helloUrl }))
      .then((r) => (r && location.href === helloUrl ? r : null), () => null)
      .then((r) => {
        S.helloValue = r;
        try { performance.mark("paperlens:hello", { detail: { cached: !!(r && r.cache), sw: (r && r.timing) || null } }); } catch (e) { /* ignore */ }
        return r;
      });
    // the page's text goes out at once; the per-site switches are only needed to paint
    S.prefsReady = loadPrefs(early && early.prefs);
    const start = () => { observeBodyTheme(); startObserving(); watchChanges(); scanOnce(); };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
    else start();
  }
})();
