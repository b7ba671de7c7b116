/*
 * PaperLens content script: finds the papers on the page, asks the service worker to
 * annotate them, and paints the answer. Nothing on the page changes until the server
 * has answered: with the server down the page stays exactly as it was.
 *
 * Single-page apps (Hugging Face): URL changes are followed through the Navigation API
 * (with a URL check on DOM mutations as a fallback); each paper of a view is annotated
 * once, and a new view starts by removing everything painted for the previous one.
 */
(() => {
  "use strict";
  const PL = globalThis.PaperLens;
  if (!PL || PL.started) return;
  PL.started = true;

  const S = {
    generation: 0,
    url: location.href,
    labels: [],
    papers: new Map(), // key -> {key, found, status, entries, rowEl, paperId}
    entries: [],       // {range, label, canonical, text, key}
    blockSeq: 0,
    legend: null,
    legendClosed: false,
    card: null,
    scanning: false,
    rescan: false,
    timer: 0,
  };

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
    if (rec.status !== "done") return true; // pending, or failed in this view: do not retry
    if (rec.rowEl && !rec.rowEl.isConnected) return false;
    for (const part of [found.title, found.abstract]) if (part && part.el && !part.el.isConnected) return false;
    // ranges are live: if the page rewrote the text under them, paint again
    return rec.entries.every((en) => squash(en.range.toString()) === en.painted);
  }

  function dropPaper(rec) {
    for (const en of rec.entries) {
      const h = CSS.highlights.get(PL.ui.highlightName(en.label));
      if (h) h.delete(en.range);
    }
    if (rec.entries.length) {
      const gone = new Set(rec.entries);
      S.entries = S.entries.filter((en) => !gone.has(en));
    }
    rec.entries = [];
    if (rec.rowEl) rec.rowEl.remove();
    rec.rowEl = null;
    S.papers.delete(rec.key);
  }

  function resetView() {
    S.generation++;
    for (const rec of [...S.papers.values()]) dropPaper(rec);
    S.papers.clear();
    S.entries = [];
    PL.ui.clearHighlights(S.labels);
    if (S.legend) { S.legend.el.remove(); S.legend = null; }
    if (S.card) { S.card.el.remove(); S.card = null; }
    S.legendClosed = false;
  }

  /* ---------- scanning ---------- */

  function scheduleScan(delay) {
    clearTimeout(S.timer);
    S.timer = setTimeout(scan, delay);
  }

  async function scan() {
    if (S.scanning) { S.rescan = true; return; }
    S.scanning = true;
    try {
      do {
        S.rescan = false;
        await scanOnce();
      } while (S.rescan);
    } catch (e) {
      console.warn("PaperLens:", e);
    } finally {
      S.scanning = false;
    }
  }

  async function scanOnce() {
    const gen = S.generation;
    const found = PL.sites.extract(document, location).filter((p) => p.title || p.abstract);
    const todo = [];
    for (const p of found) {
      const rec = S.papers.get(p.key);
      if (rec && isCurrent(rec, p)) continue;
      if (rec) dropPaper(rec);
      if (todo.some((t) => t.key === p.key)) continue;
      todo.push(p);
    }
    if (!todo.length) return;

    const blocks = [];
    const meta = new Map(); // block id -> {rec, part}
    const recs = [];
    for (const p of todo) {
      const rec = { key: p.key, found: p, status: "pending", entries: [], rowEl: null, paperId: null };
      S.papers.set(p.key, rec);
      recs.push(rec);
      const n = ++S.blockSeq;
      for (const part of ["title", "abstract"]) {
        if (!p[part]) continue;
        const id = `b${n}-${part}`;
        blocks.push({ id, text: p[part].text, kind: part, paper: p.paper });
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
      for (const rec of recs) rec.status = "failed";
      return;
    }
    paint(resp, meta, recs);
  }

  /* ---------- painting ---------- */

  function paint(resp, meta, recs) {
    const labels = PL.ui.normaliseLabels(resp.health && resp.health.labels);
    if (!labels.length) { for (const rec of recs) rec.status = "failed"; return; }
    S.labels = labels;
    const order = new Map(labels.map((l, i) => [l.label, i]));
    const result = resp.result || {};
    const papersById = new Map((Array.isArray(result.papers) ? result.papers : []).map((p) => [p.id, p]));
    let styled = false;

    for (const b of Array.isArray(result.blocks) ? result.blocks : []) {
      const m = b && meta.get(b.id);
      if (!m) continue;
      if (b.paper_id != null) m.rec.paperId = b.paper_id;
      const part = m.rec.found[m.part];
      if (!part || !part.el || !part.el.isConnected || !Array.isArray(b.spans) || !b.spans.length) continue;
      const collected = PL.offsets.collectText(part.el);
      if (collected.text !== part.text) continue; // the page changed the text since we sent it
      const idx = PL.offsets.codePointToUtf16(collected.text);
      for (const sp of b.spans) {
        if (!sp || !order.has(sp.label)) continue;
        const slice = PL.offsets.sliceCodePoints(collected.text, sp.start, sp.end, idx);
        if (slice == null || !slice || (typeof sp.text === "string" && slice !== sp.text)) continue;
        const range = PL.offsets.rangeFor(collected, sp.start, sp.end, idx);
        if (!range) continue;
        if (!styled) { PL.ui.installHighlightStyles(labels); styled = true; }
        PL.ui.highlightFor(sp.label, labels.length - order.get(sp.label)).add(range);
        const entry = {
          range, label: sp.label, canonical: typeof sp.canonical === "string" ? sp.canonical : "", text: slice,
          key: m.rec.key, painted: squash(range.toString()),
        };
        m.rec.entries.push(entry);
        S.entries.push(entry);
      }
    }

    for (const rec of recs) {
      rec.status = "done";
      const paper = papersById.get(rec.paperId);
      let tags = paper && Array.isArray(paper.tags) ? paper.tags : null;
      if (!tags && recs.length === 1 && Array.isArray(result.tags)) tags = result.tags;
      if (!tags) tags = tagsFromEntries(rec.entries);
      const row = PL.ui.tagRow(tags, labels);
      if (!row) continue;
      const anchor = rec.found.anchor;
      if (!anchor || !anchor.isConnected) continue;
      if (rec.found.place === "append") anchor.appendChild(row);
      else anchor.after(row);
      rec.rowEl = row;
    }

    refreshLegend();
    if (S.entries.length) installHover();
    reportCount();
  }

  function tagsFromEntries(entries) {
    const m = new Map();
    for (const en of entries) {
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

  function refreshLegend() {
    const counts = countsByLabel();
    if (!S.entries.length) {
      if (S.legend) { S.legend.el.remove(); S.legend = null; }
      return;
    }
    if (S.legendClosed) return;
    if (!S.legend || !S.legend.el.isConnected) {
      S.legend = PL.ui.legend(S.labels, counts, () => { S.legendClosed = true; S.legend = null; });
      (document.body || document.documentElement).appendChild(S.legend.el);
    } else {
      S.legend.update(counts);
    }
  }

  function reportCount() {
    const byLabel = Object.fromEntries(countsByLabel());
    chrome.runtime.sendMessage({ type: "paperlens:count", count: S.entries.length, byLabel, papers: S.papers.size })
      .catch(() => {});
  }

  /* ---------- hover card ---------- */

  let hoverInstalled = false;
  let lastX = 0, lastY = 0, raf = 0;

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

  function hitTest() {
    raf = 0;
    if (!S.entries.length) { if (S.card) S.card.hide(); return; }
    const x = lastX, y = lastY;
    let candidates = S.entries;
    const pos = caretAt(x, y);
    if (pos && pos.node) {
      const near = S.entries.filter((en) => {
        try { return en.range.isPointInRange(pos.node, pos.offset); } catch (e) { return false; }
      });
      if (near.length) candidates = near.concat(S.entries.filter((en) => !near.includes(en)));
    }
    for (const en of candidates) {
      const r = rectHit(en, x, y);
      if (r) {
        if (!S.card || !S.card.el.isConnected) {
          S.card = PL.ui.hoverCard();
          (document.body || document.documentElement).appendChild(S.card.el);
        }
        S.card.show(en, S.labels.find((l) => l.label === en.label), r);
        return;
      }
    }
    if (S.card) S.card.hide();
  }

  function installHover() {
    if (hoverInstalled) return;
    hoverInstalled = true;
    document.addEventListener("mousemove", (ev) => {
      lastX = ev.clientX;
      lastY = ev.clientY;
      if (!raf) raf = requestAnimationFrame(hitTest);
    }, { passive: true });
    const hide = () => { if (S.card) S.card.hide(); };
    window.addEventListener("scroll", hide, { passive: true, capture: true });
    document.addEventListener("mouseleave", hide);
    window.addEventListener("blur", hide);
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

  const observer = new MutationObserver((mutations) => {
    const relevant = mutations.some((m) => m.type !== "childList"
      || [...m.addedNodes].some((n) => !ours(n)) || [...m.removedNodes].some((n) => !ours(n)));
    if (!relevant) return;
    if (!checkUrl()) scheduleScan(400);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  if (window.navigation && typeof window.navigation.addEventListener === "function") {
    window.navigation.addEventListener("navigatesuccess", checkUrl);
    window.navigation.addEventListener("currententrychange", () => setTimeout(checkUrl, 0));
  }
  window.addEventListener("popstate", checkUrl);
  window.addEventListener("pageshow", (ev) => { if (ev.persisted) { resetView(); scheduleScan(0); } });

  /* ---------- the popup asks what is on this page ---------- */

  chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id || !msg || msg.type !== "paperlens:pageStatus") return false;
    sendResponse({ count: S.entries.length, byLabel: Object.fromEntries(countsByLabel()), papers: S.papers.size, url: location.href });
    return false;
  });

  scheduleScan(0);
})();
