/*
 * PaperLens content script: finds the papers on the page, asks the service worker to
 * annotate them, paints the answer, and carries the annotator (accept / reject / change
 * label on a highlight, add a span from a selection). Nothing on the page changes until
 * the server has answered: with the server down the page stays exactly as it was.
 *
 * - Papers in view go first (IntersectionObserver); the rest follow in batches, so a
 *   50-paper listing paints what the reader sees at once and stays responsive. Progress
 *   ("annotating 34/50") goes to the badge, the popup and the legend.
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

  const VISIBLE_BATCH = 40;  // papers per request while they are in view
  const BATCH = 50;          // papers per request for the rest of the page
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
    prefs: { off: false, hidden: new Set() },
    manual: !!PL.manual, // injected on a page PaperLens does not know: selection only
    sample: null,
  };

  /* ---------- preferences (per site) ---------- */

  function readPrefs(v) {
    const hidden = new Set(Array.isArray(v && v.hidden) ? v.hidden.filter((x) => typeof x === "string") : []);
    return { off: !!(v && v.off), hidden };
  }

  async function loadPrefs() {
    try {
      const got = await chrome.storage.local.get(SITE_KEY);
      S.prefs = readPrefs(got[SITE_KEY]);
    } catch (e) { /* defaults */ }
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

  function isCurrent(rec, found) {
    if (!sameFound(rec.found, found)) return false;
    if (rec.status !== "done") return true; // queued, pending, or failed in this view: do not retry
    if (rec.stalePaint) return false;
    if (rec.rowEl && !rec.rowEl.isConnected) return false;
    for (const part of [found.title, found.abstract]) if (part && part.el && !part.el.isConnected) return false;
    // ranges are live: if the page rewrote the text under them, paint again
    return rec.entries.every((en) => squash(en.range.toString()) === en.painted);
  }

  function clearPaint(rec) {
    for (const en of rec.entries) PL.ui.highlightFor(en.label).delete(en.range);
    if (rec.entries.length) {
      const gone = new Set(rec.entries);
      S.entries = S.entries.filter((en) => !gone.has(en));
      if (S.card && gone.has(S.card.entry)) hideCard();
    }
    rec.entries = [];
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
    return { key: found.key, found, status: "queued", entries: [], rowEl: null, paperId: null, visible: undefined, order: 0 };
  }

  function scanOnce() {
    let found;
    try {
      found = PL.sites.extract(document, location).filter((p) => p.title || p.abstract);
    } catch (e) {
      console.warn("PaperLens:", e);
      return;
    }
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
    if (added) pump();
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

  function nextBatch() {
    const queued = [...S.papers.values()].filter((r) => r.status === "queued" || r.refresh === "queued");
    if (!queued.length) return [];
    queued.sort((a, b) => a.order - b.order);
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

  /* Requests go out in-view first; at most two are in flight, each painted as it arrives. */
  async function pump() {
    if (S.pumping) return;
    S.pumping = true;
    const inflight = new Set();
    try {
      initialVisibility();
      for (;;) {
        const batch = inflight.size < 2 ? nextBatch() : [];
        if (batch.length) {
          const p = annotateBatch(batch).catch((e) => console.warn("PaperLens:", e)).finally(() => inflight.delete(p));
          inflight.add(p);
          continue;
        }
        if (!inflight.size) break;
        await Promise.race(inflight);
        const pr = progress();
        if (pr.total > 1 && pr.done < pr.total) reportProgress(pr);
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
    try {
      resp = await chrome.runtime.sendMessage({ type: "paperlens:annotate", url: location.href, title: document.title, blocks });
    } catch (e) {
      resp = { ok: false, message: String(e) };
    }
    if (gen !== S.generation) return; // the view changed while we waited
    if (!resp || !resp.ok) {
      for (const rec of recs) {
        if (rec.refresh) rec.refresh = null; else rec.status = "failed";
      }
      return;
    }
    paint(resp, meta, recs);
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

  function paint(resp, meta, recs) {
    const labels = PL.ui.normaliseLabels(resp.health && resp.health.labels);
    if (!labels.length) { for (const rec of recs) { rec.status = "failed"; rec.refresh = null; } return; }
    S.labels = labels;
    const order = new Map(labels.map((l, i) => [l.label, i]));
    const result = resp.result || {};
    const papersById = new Map((Array.isArray(result.papers) ? result.papers : []).map((p) => [p.id, p]));
    const byRec = new Map(recs.map((r) => [r, []]));
    for (const b of Array.isArray(result.blocks) ? result.blocks : []) {
      const m = b && meta.get(b.id);
      if (m) byRec.get(m.rec).push({ b, part: m.part });
    }
    updateTheme();
    PL.ui.installHighlightStyles(labels);

    for (const rec of recs) {
      if (rec.refresh) { clearPaint(rec); rec.refresh = null; }
      const results = [];
      let stale = false;
      for (const { b, part: partName } of byRec.get(rec)) {
        if (b.paper_id != null) rec.paperId = b.paper_id;
        if (Array.isArray(b.results)) results.push(...b.results);
        const part = rec.found[partName];
        if (!part || !part.el || !part.el.isConnected || !Array.isArray(b.spans) || !b.spans.length) continue;
        const collected = PL.offsets.collectText(part.el, { skip: part.skip, range: part.range });
        if (collected.text !== part.text) { stale = true; continue; } // the page changed the text since we sent it
        const idx = PL.offsets.codePointToUtf16(part.text);
        const math = PL.offsets.mathRegions(part.text);
        const mirrors = (part.mirrors || []).map((mi) => {
          if (!mi.el.isConnected) return null;
          const c = PL.offsets.collectText(mi.el, { skip: mi.skip });
          const w = mirrorWindow(part.text, c.text);
          return w ? { c, w } : null;
        }).filter(Boolean);
        for (const sp of b.spans) {
          if (!sp || !order.has(sp.label)) continue;
          if (!(Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start >= 0 && sp.end < idx.length && sp.end > sp.start)) continue;
          const s16 = idx[sp.start], e16 = idx[sp.end];
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
          for (const range of ranges) {
            const entry = {
              range, label: sp.label, text: slice, rec, blockText: part.text, start: sp.start, end: sp.end,
              canonical: typeof sp.canonical === "string" ? sp.canonical : "",
              description: typeof sp.description === "string" ? sp.description : "",
              seen: Number.isInteger(sp.seen) ? sp.seen : null,
              origin: sp.origin === "user" ? "user" : "pipeline",
              confirmed: sp.confirmed === true,
              painted: squash(range.toString()),
            };
            PL.ui.highlightFor(sp.label, labels.length - order.get(sp.label)).add(range);
            rec.entries.push(entry);
            S.entries.push(entry);
          }
        }
      }
      rec.status = stale ? "failed" : "done";
      if (stale) setTimeout(() => { if (S.papers.get(rec.key) === rec) dropPaper(rec); scheduleScan(50); }, 0);
      if (rec.manual && !rec.found.anchor) continue;
      const paper = papersById.get(rec.paperId);
      let tags = paper && Array.isArray(paper.tags) ? paper.tags : null;
      if (!tags && recs.length === 1 && Array.isArray(result.tags)) tags = result.tags;
      if (!tags || rec.manual) tags = tagsFromEntries(rec.entries);
      const row = PL.ui.tagRow(tags, labels, results);
      if (!row) continue;
      const anchor = rec.found.anchor;
      if (!anchor || !anchor.isConnected) continue;
      row.hidden = S.prefs.off;
      if (rec.found.place === "append") anchor.appendChild(row);
      else anchor.after(row);
      rec.rowEl = row;
    }

    PL.ui.showHighlights(visibleLabels());
    refreshLegend();
    if (S.entries.length) installHover();
    reportCount();
    markPainted();
  }

  /* For the benchmark and tests: when the page's papers were all painted (User Timing). */
  function markPainted() {
    const p = progress();
    try {
      if (!markPainted.first && S.entries.length) { performance.mark("paperlens:first-paint"); markPainted.first = true; }
      if (p.total && p.done === p.total && !markPainted.all) { performance.mark("paperlens:all-painted"); markPainted.all = true; }
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

  /* ---------- light and dark ---------- */

  function updateTheme() {
    const sample = S.sample && S.sample.isConnected ? S.sample : document.body;
    const mode = PL.ui.detectTheme(sample);
    if (mode !== PL.ui.theme) PL.ui.setTheme(mode);
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
    const stale = S.entries.filter((en) => en.range.collapsed || squash(en.range.toString()) !== en.painted);
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
    const prefs = loadPrefs();
    const start = () => prefs.finally(() => { observeBodyTheme(); startObserving(); scanOnce(); });
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
    else start();
  }
})();
