/*
 * PaperLens: what the extension draws on a page.
 *
 * - Highlights: the CSS Custom Highlight API, one Highlight per label registered as
 *   "paperlens-<label>"; the ::highlight() rules are built from the colours the server
 *   publishes at /api/v1/health (validated as hex first). The page's text nodes are
 *   never wrapped or modified.
 * - Tag rows (with the RESULTS line), the legend, the hover card and the selection
 *   toolbar live in shadow roots of <paperlens-ui> hosts. Server strings only ever reach
 *   the page through textContent.
 * - Light or dark follows the page as it is shown (the site's own dark theme, or the
 *   background behind the abstract), not only prefers-color-scheme: a light site in a
 *   dark OS keeps light highlights.
 */
(() => {
  "use strict";
  const PL = (globalThis.PaperLens = globalThis.PaperLens || {});

  const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
  const LABEL_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
  const FALLBACK = { color: "#dddddd", dark_color: "#444444" };

  function safeColor(c, fallback) {
    return typeof c === "string" && HEX.test(c.trim()) ? c.trim() : fallback;
  }

  /* Labels from /api/v1/health, with colours checked; unusable label names are dropped. */
  function normaliseLabels(labels) {
    const out = [];
    for (const l of Array.isArray(labels) ? labels : []) {
      if (!l || typeof l.label !== "string" || !LABEL_NAME.test(l.label)) continue;
      out.push({
        label: l.label,
        color: safeColor(l.color, FALLBACK.color),
        dark_color: safeColor(l.dark_color, FALLBACK.dark_color),
        description: typeof l.description === "string" ? l.description : "",
      });
    }
    return out;
  }

  function highlightName(label) {
    return "paperlens-" + label;
  }

  /* ---------- light or dark ---------- */

  function parseRgb(s) {
    const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?/.exec(s || "");
    if (!m) return null;
    let a = m[4] == null ? 1 : parseFloat(m[4]);
    if (m[4] && m[4].endsWith("%")) a /= 100;
    return { r: +m[1], g: +m[2], b: +m[3], a };
  }

  function luminance({ r, g, b }) {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  }

  /* The site's own theme markers on <html> ("dark", "light", or null): no style is computed. */
  function themeMarker() {
    const html = document.documentElement;
    const attr = (html.getAttribute("data-theme") || html.getAttribute("data-color-mode")
      || html.getAttribute("data-bs-theme") || "").toLowerCase();
    if (html.classList.contains("dark") || attr === "dark") return "dark";
    if (attr === "light") return "light";
    return null;
  }

  /* "dark" or "light": the site's own dark-theme markers first, then the colours actually
     shown behind (and of) the sample element. */
  function detectTheme(sample) {
    const marked = themeMarker();
    if (marked) return marked;
    for (let el = sample || document.body; el && el.nodeType === 1; el = el.parentElement) {
      const bg = parseRgb(getComputedStyle(el).backgroundColor);
      if (bg && bg.a > 0.5) return luminance(bg) < 0.3 ? "dark" : "light";
    }
    const fg = parseRgb(getComputedStyle(sample || document.body || html).color);
    if (fg && luminance(fg) > 0.5) return "dark";
    const scheme = getComputedStyle(html).colorScheme || "";
    if (/dark/.test(scheme) && !/light/.test(scheme)) return "dark";
    if (/dark/.test(scheme) && matchMedia("(prefers-color-scheme: dark)").matches) return "dark";
    return "light";
  }

  let theme = "light";
  const hosts = new Set();

  function setTheme(mode) {
    theme = mode === "dark" ? "dark" : "light";
    for (const h of [...hosts]) {
      if (!h.isConnected && !h.__plKeep) { hosts.delete(h); continue; }
      h.setAttribute("data-theme", theme);
    }
    if (lastLabels) installHighlightStyles(lastLabels);
  }

  /* ---------- highlights ---------- */

  let sheet = null;
  let styleEl = null;
  let lastLabels = null;

  let lastCss = null;
  /* One rule per label, in the colours of the theme the page is shown in (a light site stays
     light under a dark OS theme; setTheme() writes them again). As few rules as can be: each is
     matched against every element of the page whenever the page's style is computed, and the
     ::highlight() rules' share of that grows with their number (the light, dark and forced set
     of 12, where the forced 4 always won, made a 50-paper listing's style pass 7.6 ms dearer
     instead of 2.5). */
  function installHighlightStyles(labels) {
    lastLabels = labels;
    const css = labels.map((l) => (theme === "dark"
      ? `::highlight(${highlightName(l.label)}) { background-color: ${l.dark_color}; color: #f4f6fb; }`
      : `::highlight(${highlightName(l.label)}) { background-color: ${l.color}; color: #111; }`)).join("\n");
    // the same rules again: nothing to do (a new sheet makes the whole page's style be computed again)
    if (css === lastCss && ((sheet && document.adoptedStyleSheets.includes(sheet)) || (styleEl && styleEl.isConnected))) return;
    lastCss = css;
    try {
      if (!sheet) sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      if (!document.adoptedStyleSheets.includes(sheet)) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
    } catch (e) {
      // very old engines: a <style> element (still only ever added once the server answered)
      if (!styleEl) {
        styleEl = document.createElement("style");
        styleEl.setAttribute("data-paperlens", "highlights");
        (document.head || document.documentElement).appendChild(styleEl);
      }
      styleEl.textContent = css;
    }
  }

  function removeHighlightStyles() {
    lastCss = null;
    if (sheet) {
      try { document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet); } catch (e) { /* ignore */ }
    }
    if (styleEl) { styleEl.remove(); styleEl = null; }
  }

  /* Highlight objects live here; a label is shown when its Highlight is in CSS.highlights. */
  const highlights = new Map();
  const shown = new Set();

  function highlightFor(label, priority) {
    let h = highlights.get(label);
    if (!h) {
      h = new Highlight();
      h.priority = priority || 0;
      highlights.set(label, h);
    }
    return h;
  }

  /* Register exactly the visible labels' highlights (hidden labels and an overlay switched
     off are simply not registered; their ranges are kept). */
  function showHighlights(visibleLabels) {
    const want = new Set(visibleLabels);
    for (const [label, h] of highlights) {
      const name = highlightName(label);
      if (want.has(label) && h.size) {
        if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
        shown.add(label);
      } else {
        if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
        shown.delete(label);
      }
    }
  }

  function clearHighlights() {
    for (const [label, h] of highlights) {
      h.clear();
      const name = highlightName(label);
      if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    }
    shown.clear();
  }

  /* ---------- shadow-root UI ---------- */

  const BASE_CSS = `
    :host { all: initial; }
    :host([hidden]), [hidden] { display: none !important; }
    * { box-sizing: border-box; }
    .pl { font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2430; }
    .chip { display: inline-flex; align-items: center; gap: 5px; padding: 2px 8px 2px 3px; border-radius: 999px;
            background: var(--bg); border: 1px solid rgba(0,0,0,.08); white-space: nowrap; max-width: 100%; color: #1b1f2a; }
    .chip .lab { font-size: 9.5px; font-weight: 700; letter-spacing: .04em; padding: 1px 5px; border-radius: 999px;
                 background: rgba(255,255,255,.65); color: #2b3040; }
    .chip .name { font-weight: 500; overflow: hidden; text-overflow: ellipsis; }
    .chip .n { font-size: 10px; color: #4a5060; }
    :host([data-theme="dark"]) .pl { color: #e8ebf3; }
    :host([data-theme="dark"]) .chip { background: var(--dark); border-color: rgba(255,255,255,.12); color: #f4f6fb; }
    :host([data-theme="dark"]) .chip .lab { background: rgba(0,0,0,.3); color: #eef1f8; }
    :host([data-theme="dark"]) .chip .n { color: #d5d9e6; }
    button:focus-visible, .chip:focus-visible { outline: 2px solid #4c7dff; outline-offset: 1px; }`;

  function host(kind) {
    const el = document.createElement("paperlens-ui");
    el.setAttribute("data-paperlens", kind);
    el.setAttribute("data-theme", theme);
    const root = el.attachShadow({ mode: "open" });
    hosts.add(el);
    return { el, root };
  }

  function styleTag(css) {
    const s = document.createElement("style");
    s.textContent = css;
    return s;
  }

  /* Our shadow roots' styles: one constructed sheet per kind, parsed once and shared by
     every row of a 50-paper listing (a <style> each where constructed sheets are missing). */
  const sheets = new Map();
  function adoptStyle(root, css) {
    try {
      let sh = sheets.get(css);
      if (!sh) {
        sh = new CSSStyleSheet();
        sh.replaceSync(css);
        sheets.set(css, sh);
      }
      root.adoptedStyleSheets = [sh];
    } catch (e) {
      root.appendChild(styleTag(css));
    }
  }

  function node(tag, cls, text) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text != null) el.textContent = String(text);
    return el;
  }

  let chipTemplate = null;
  function chip(labelInfo, name, count) {
    if (!chipTemplate) {
      chipTemplate = node("span", "chip");
      chipTemplate.append(node("span", "lab"), node("span", "name"));
    }
    const c = chipTemplate.cloneNode(true);
    c.style.setProperty("--bg", labelInfo.color);
    c.style.setProperty("--dark", labelInfo.dark_color);
    c.dataset.label = labelInfo.label;
    c.dataset.canonical = name;
    c.firstChild.textContent = labelInfo.label;
    c.lastChild.textContent = String(name);
    if (count != null && count > 1) c.appendChild(node("span", "n", "×" + count));
    c.title = `${labelInfo.label}: ${name}` + (count != null ? ` (${count} mention${count === 1 ? "" : "s"})` : "");
    return c;
  }

  const ROW_CSS = BASE_CSS + `
    :host { display: block; margin: 8px 0 12px; }
    .wrap { border-left: 3px solid #25386e; background: rgba(37,56,110,.04); border-radius: 0 6px 6px 0; padding: 6px 8px; }
    .row { display: flex; flex-wrap: wrap; align-items: center; gap: 5px; }
    .row + .results { margin-top: 6px; }
    .brand { font-size: 10px; font-weight: 700; color: #25386e; letter-spacing: .05em; text-transform: uppercase; margin-right: 3px; }
    .results { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; font-size: 12px; }
    .result { font-variant-numeric: tabular-nums; }
    .result .metric { font-weight: 650; }
    .result .sep { color: #6a7080; padding: 0 2px; }
    .more { font: inherit; font-size: 11px; border: 1px dashed #8a90a0; background: transparent; color: inherit;
            border-radius: 999px; padding: 1px 8px; cursor: pointer; }
    :host([data-theme="dark"]) .wrap { background: rgba(255,255,255,.05); border-left-color: #8fa6e8; }
    :host([data-theme="dark"]) .brand { color: #a9bcf2; }
    :host([data-theme="dark"]) .result .sep { color: #aab1c2; }`;
  const ROW_LIMIT = 14;

  function fmtNumber(v) {
    if (typeof v !== "number" || !Number.isFinite(v)) return String(v == null ? "" : v);
    return String(Math.round(v * 1000) / 1000);
  }

  /* "FID 2.11 · CIFAR-10": one result {metric, value, unit, dataset, method}. */
  function resultText(r) {
    const unit = typeof r.unit === "string" ? r.unit : "";
    const value = fmtNumber(r.value) + (unit === "%" || unit === "×" ? unit : unit ? " " + unit : "");
    return { metric: String(r.metric || ""), value, dataset: typeof r.dataset === "string" ? r.dataset : "" };
  }

  /* The block under an abstract: tag chips (tags = [{label, canonical, count}]) and the
     RESULTS line (results = [{metric, value, unit, dataset, method}]). null when both are empty. */
  /* Alphabetical, ignoring case (localeCompare would build a collator: ~10 ms on the first row). */
  function byName(a, b) {
    const x = a.toLowerCase(), y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  }

  function tagRow(tags, labels, results) {
    const byLabel = new Map(labels.map((l, i) => [l.label, { ...l, order: i }]));
    const sorted = (Array.isArray(tags) ? tags : [])
      .filter((t) => t && byLabel.has(t.label) && typeof t.canonical === "string" && t.canonical)
      .sort((a, b) => byLabel.get(a.label).order - byLabel.get(b.label).order
        || (b.count || 0) - (a.count || 0) || byName(a.canonical, b.canonical));
    const res = [];
    const seenRes = new Set();
    for (const r of Array.isArray(results) ? results : []) {
      if (!r || typeof r.metric !== "string" || r.value == null) continue;
      const t = resultText(r);
      const k = t.metric + "|" + t.value + "|" + t.dataset;
      if (seenRes.has(k)) continue;
      seenRes.add(k);
      res.push({ ...t, method: typeof r.method === "string" ? r.method : "" });
    }
    if (!sorted.length && !res.length) return null;
    const h = host("tags");
    adoptStyle(h.root, ROW_CSS);
    const wrap = node("div", "pl wrap");
    if (sorted.length) {
      const row = node("div", "row");
      row.setAttribute("role", "list");
      row.setAttribute("aria-label", "PaperLens tags");
      row.appendChild(node("span", "brand", "PaperLens"));
      const chips = sorted.map((t) => {
        const c = chip(byLabel.get(t.label), t.canonical, t.count);
        c.setAttribute("role", "listitem");
        return c;
      });
      chips.forEach((c, i) => { if (i >= ROW_LIMIT) c.hidden = true; row.appendChild(c); });
      if (chips.length > ROW_LIMIT) {
        const more = node("button", "more", `+${chips.length - ROW_LIMIT} more`);
        more.type = "button";
        more.addEventListener("click", () => { chips.forEach((c) => { c.hidden = false; }); more.remove(); });
        row.appendChild(more);
      }
      wrap.appendChild(row);
    }
    if (res.length) {
      const line = node("div", "results");
      line.setAttribute("aria-label", "Reported results");
      line.appendChild(node("span", "brand", "Results"));
      for (const r of res) {
        const item = node("span", "result");
        item.dataset.metric = r.metric;
        item.appendChild(node("span", "metric", r.metric));
        item.appendChild(document.createTextNode(" " + r.value));
        if (r.dataset) {
          item.appendChild(node("span", "sep", "·"));
          item.appendChild(node("span", "dataset", r.dataset));
        }
        item.title = (r.method ? r.method + ": " : "") + `${r.metric} ${r.value}` + (r.dataset ? ` on ${r.dataset}` : "");
        line.appendChild(item);
      }
      wrap.appendChild(line);
    }
    h.root.appendChild(wrap);
    return h.el;
  }

  const LEGEND_CSS = BASE_CSS + `
    :host { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
    .box { background: rgba(255,255,255,.97); border: 1px solid #d5d9e3; border-radius: 10px;
           box-shadow: 0 6px 24px rgba(20,30,60,.18); padding: 8px 10px 9px; min-width: 160px; }
    .head { display: flex; align-items: center; justify-content: space-between; gap: 10px; margin-bottom: 6px; }
    .title { font-weight: 700; font-size: 12px; color: #25386e; }
    .progress { font-size: 10.5px; color: #5a6070; font-variant-numeric: tabular-nums; }
    .close { all: unset; cursor: pointer; font-size: 14px; line-height: 1; color: #6a7080; padding: 0 2px; }
    .close:hover { color: #111; }
    .item { all: unset; display: flex; width: 100%; box-sizing: border-box; align-items: center; gap: 7px; padding: 2px 2px;
            cursor: pointer; border-radius: 4px; }
    .item:hover { background: rgba(0,0,0,.05); }
    .item.zero { opacity: .5; }
    .item.off .sw { background: transparent !important; }
    .item.off .name { text-decoration: line-through; }
    .sw { width: 14px; height: 14px; border-radius: 3px; background: var(--bg); border: 1px solid rgba(0,0,0,.2); }
    .name { flex: 1; font-weight: 600; font-size: 11px; letter-spacing: .03em; }
    .n { font-variant-numeric: tabular-nums; color: #5a6070; }
    :host([data-theme="dark"]) .box { background: rgba(28,31,40,.97); border-color: #3a4152; }
    :host([data-theme="dark"]) .title { color: #a9bcf2; }
    :host([data-theme="dark"]) .close, :host([data-theme="dark"]) .progress { color: #aab1c2; }
    :host([data-theme="dark"]) .n { color: #c9cedb; }
    :host([data-theme="dark"]) .item:hover { background: rgba(255,255,255,.07); }
    :host([data-theme="dark"]) .sw { background: var(--dark); border-color: rgba(255,255,255,.25); }`;

  /* The legend: one line per label with its count; clicking a line shows or hides that label. */
  function legend(labels, counts, { onClose, onToggle } = {}) {
    const h = host("legend");
    adoptStyle(h.root, LEGEND_CSS);
    const box = node("div", "pl box");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "PaperLens legend");
    const head = node("div", "head");
    head.appendChild(node("span", "title", "PaperLens"));
    const progress = node("span", "progress");
    head.appendChild(progress);
    const close = node("button", "close", "×");
    close.type = "button";
    close.title = "Hide legend";
    close.setAttribute("aria-label", "Hide legend");
    close.addEventListener("click", () => { h.el.remove(); if (onClose) onClose(); });
    head.appendChild(close);
    box.appendChild(head);
    const rows = new Map();
    for (const l of labels) {
      const item = node("button", "item");
      item.type = "button";
      item.dataset.label = l.label;
      item.title = (l.description || l.label) + " (click to show or hide)";
      item.setAttribute("aria-pressed", "true");
      const sw = node("span", "sw");
      sw.style.setProperty("--bg", l.color);
      sw.style.setProperty("--dark", l.dark_color);
      item.appendChild(sw);
      item.appendChild(node("span", "name", l.label));
      const n = node("span", "n", "0");
      item.appendChild(n);
      item.addEventListener("click", () => { if (onToggle) onToggle(l.label); });
      rows.set(l.label, { item, n });
      box.appendChild(item);
    }
    h.root.appendChild(box);
    function update(newCounts, hidden, prog) {
      for (const [label, r] of rows) {
        const n = newCounts.get(label) || 0;
        r.n.textContent = String(n);
        r.item.classList.toggle("zero", n === 0);
        const off = !!(hidden && hidden.has(label));
        r.item.classList.toggle("off", off);
        r.item.setAttribute("aria-pressed", off ? "false" : "true");
      }
      progress.textContent = prog || "";
    }
    update(counts);
    return { el: h.el, update };
  }

  const CARD_CSS = BASE_CSS + `
    :host { position: fixed; left: 0; top: 0; z-index: 2147483647; }
    .card { background: #fff; border: 1px solid #d5d9e3; border-radius: 8px; box-shadow: 0 8px 28px rgba(20,30,60,.22);
            padding: 8px 10px 8px; width: max-content; max-width: 340px; }
    .top { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
    .lab { font-size: 10px; font-weight: 700; letter-spacing: .05em; padding: 1px 7px; border-radius: 999px; background: var(--bg); color: #1b1f2a; }
    .canon { font-weight: 650; font-size: 13px; }
    .badge { font-size: 10px; padding: 0 6px; border-radius: 999px; border: 1px solid #9aa3b8; color: #3b4252; }
    .badge.ok { border-color: #1f7a3d; color: #1f7a3d; }
    .surface, .desc, .seen { margin-top: 3px; color: #4a5060; font-size: 11.5px; }
    .desc { color: #2b3040; }
    .actions { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 7px; padding-top: 6px; border-top: 1px solid #e4e7ee; }
    .actions button { font: inherit; font-size: 11px; padding: 2px 7px; border-radius: 6px; cursor: pointer;
                      border: 1px solid #ccd2de; background: #f6f7fb; color: #1f2430; }
    .actions button:hover { background: #e9ecf4; }
    .actions button:disabled { opacity: .45; cursor: default; }
    .actions button .k { font-size: 9.5px; color: #6a7080; margin-left: 3px; }
    .actions .relabel { background: var(--bg); }
    .msg { margin-top: 4px; font-size: 11px; color: #1f7a3d; }
    .msg.err { color: #b3261e; }
    :host([data-theme="dark"]) .card { background: #1c1f28; border-color: #3a4152; }
    :host([data-theme="dark"]) .lab { background: var(--dark); color: #f4f6fb; }
    :host([data-theme="dark"]) .surface, :host([data-theme="dark"]) .seen { color: #b5bbca; }
    :host([data-theme="dark"]) .desc { color: #dfe3ee; }
    :host([data-theme="dark"]) .badge { border-color: #6b7388; color: #cfd4e2; }
    :host([data-theme="dark"]) .badge.ok { border-color: #6fd08f; color: #6fd08f; }
    :host([data-theme="dark"]) .actions { border-top-color: #343a4a; }
    :host([data-theme="dark"]) .actions button { background: #262a36; border-color: #434a5c; color: #e8ebf3; }
    :host([data-theme="dark"]) .actions button:hover { background: #30364a; }
    :host([data-theme="dark"]) .actions .relabel { background: var(--dark); }
    :host([data-theme="dark"]) .actions button .k { color: #aab1c2; }
    :host([data-theme="dark"]) .msg { color: #6fd08f; } :host([data-theme="dark"]) .msg.err { color: #ff8a80; }`;

  /* The hover/focus card: label, canonical name, description, how often seen, and the
     annotator's actions (accept A, reject R, change label 1-9). onAction(action, entry, newLabel). */
  function hoverCard(onAction) {
    const h = host("hovercard");
    adoptStyle(h.root, CARD_CSS);
    const card = node("div", "pl card");
    card.setAttribute("role", "dialog");
    card.setAttribute("aria-label", "PaperLens highlight");
    const top = node("div", "top");
    const lab = node("span", "lab");
    const canon = node("span", "canon");
    const badge = node("span", "badge");
    top.append(lab, canon, badge);
    const surface = node("div", "surface");
    const desc = node("div", "desc");
    const seen = node("div", "seen");
    const actions = node("div", "actions");
    const msg = node("div", "msg");
    msg.setAttribute("role", "status");
    card.append(top, surface, desc, seen, actions, msg);
    h.root.appendChild(card);
    h.el.hidden = true;
    let current = null;
    let labels = [];

    function button(cls, text, key, title, fn) {
      const b = node("button", cls, text);
      b.type = "button";
      if (key) b.appendChild(node("span", "k", key));
      b.title = title;
      b.addEventListener("click", (ev) => { ev.preventDefault(); ev.stopPropagation(); fn(); });
      return b;
    }

    function render(entry, labelInfo, allLabels) {
      labels = allLabels || [];
      lab.textContent = entry.label;
      lab.style.setProperty("--bg", labelInfo ? labelInfo.color : FALLBACK.color);
      lab.style.setProperty("--dark", labelInfo ? labelInfo.dark_color : FALLBACK.dark_color);
      canon.textContent = entry.canonical || entry.text;
      badge.textContent = entry.confirmed ? "confirmed" : entry.origin === "user" ? "added by you" : "";
      badge.className = "badge" + (entry.confirmed ? " ok" : "");
      badge.hidden = !badge.textContent;
      surface.textContent = entry.canonical && entry.canonical !== entry.text ? `“${entry.text}” in the text` : "";
      surface.hidden = !surface.textContent;
      const d = entry.description || (labelInfo && labelInfo.description ? `${entry.label}: ${labelInfo.description}` : "");
      desc.textContent = d;
      desc.hidden = !d;
      seen.textContent = entry.seen != null
        ? `Seen in ${entry.seen} of your paper${entry.seen === 1 ? "" : "s"}` : "";
      seen.hidden = !seen.textContent;
      msg.textContent = "";
      msg.className = "msg";
      actions.replaceChildren();
      actions.appendChild(button("accept", "✓ Accept", "A", "Confirm this highlight (A)", () => onAction("accept", current)));
      actions.appendChild(button("reject", "✗ Reject", "R", "Not a " + entry.label + ": stop highlighting it (R)",
        () => onAction("reject", current)));
      labels.forEach((l, i) => {
        if (l.label === entry.label) return;
        const b = button("relabel", l.label, i < 9 ? String(i + 1) : "", `Change the label to ${l.label} (${i + 1})`,
          () => onAction("relabel", current, l.label));
        b.dataset.label = l.label;
        b.style.setProperty("--bg", l.color);
        b.style.setProperty("--dark", l.dark_color);
        actions.appendChild(b);
      });
    }

    return {
      el: h.el,
      show(entry, labelInfo, rect, allLabels) {
        if (current !== entry) {
          current = entry;
          render(entry, labelInfo, allLabels);
        }
        h.el.hidden = false;
        const w = card.offsetWidth || 240, hgt = card.offsetHeight || 90;
        const x = Math.min(Math.max(8, rect.left), window.innerWidth - w - 8);
        let y = rect.bottom + 4;
        if (y + hgt > window.innerHeight - 8) y = Math.max(8, rect.top - hgt - 4);
        h.el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      },
      message(text, isError) {
        msg.textContent = text;
        msg.className = "msg" + (isError ? " err" : "");
      },
      hide() { current = null; h.el.hidden = true; },
      get entry() { return current; },
      get visible() { return !h.el.hidden; },
      labelAt(i) { return labels[i] ? labels[i].label : null; },
    };
  }

  const BAR_CSS = BASE_CSS + `
    :host { position: fixed; left: 0; top: 0; z-index: 2147483647; }
    .bar { display: flex; align-items: center; gap: 4px; background: #fff; border: 1px solid #d5d9e3; border-radius: 8px;
           box-shadow: 0 6px 20px rgba(20,30,60,.2); padding: 4px 6px; }
    .t { font-size: 11px; font-weight: 600; color: #25386e; margin-right: 2px; }
    button { font: inherit; font-size: 11px; font-weight: 600; padding: 2px 7px; border-radius: 6px; cursor: pointer;
             border: 1px solid rgba(0,0,0,.15); background: var(--bg); color: #1b1f2a; }
    button .k { font-size: 9.5px; font-weight: 400; opacity: .7; margin-left: 3px; }
    .x { background: transparent; border-color: transparent; color: #6a7080; }
    :host([data-theme="dark"]) .bar { background: #1c1f28; border-color: #3a4152; }
    :host([data-theme="dark"]) .t { color: #a9bcf2; }
    :host([data-theme="dark"]) button { background: var(--dark); color: #f4f6fb; border-color: rgba(255,255,255,.2); }
    :host([data-theme="dark"]) .x { background: transparent; color: #aab1c2; }`;

  /* The toolbar shown over a selection inside an abstract: add it as a span with a label. */
  function selectionBar(onPick, onClose) {
    const h = host("selection");
    adoptStyle(h.root, BAR_CSS);
    const bar = node("div", "pl bar");
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "PaperLens: add the selection as");
    h.root.appendChild(bar);
    h.el.hidden = true;
    let labels = [];
    return {
      el: h.el,
      show(rect, allLabels) {
        labels = allLabels;
        bar.replaceChildren(node("span", "t", "Add as"));
        allLabels.forEach((l, i) => {
          const b = node("button", "", l.label);
          b.type = "button";
          b.dataset.label = l.label;
          b.style.setProperty("--bg", l.color);
          b.style.setProperty("--dark", l.dark_color);
          if (i < 9) b.appendChild(node("span", "k", String(i + 1)));
          b.title = `Highlight the selected words as ${l.label} everywhere (${i + 1})`;
          b.addEventListener("mousedown", (ev) => ev.preventDefault()); // keep the selection
          b.addEventListener("click", (ev) => { ev.preventDefault(); onPick(l.label); });
          bar.appendChild(b);
        });
        const x = node("button", "x", "×");
        x.type = "button";
        x.title = "Close (Esc)";
        x.addEventListener("mousedown", (ev) => ev.preventDefault());
        x.addEventListener("click", () => onClose());
        bar.appendChild(x);
        h.el.hidden = false;
        const w = bar.offsetWidth || 300, hgt = bar.offsetHeight || 30;
        const px = Math.min(Math.max(8, rect.left), window.innerWidth - w - 8);
        let py = rect.top - hgt - 6;
        if (py < 8) py = rect.bottom + 6;
        h.el.style.transform = `translate(${Math.round(px)}px, ${Math.round(py)}px)`;
      },
      hide() { h.el.hidden = true; },
      get visible() { return !h.el.hidden; },
      labelAt(i) { return labels[i] ? labels[i].label : null; },
    };
  }

  PL.ui = {
    normaliseLabels, highlightName, installHighlightStyles, removeHighlightStyles,
    highlightFor, showHighlights, clearHighlights, tagRow, legend, hoverCard, selectionBar, safeColor,
    detectTheme, themeMarker, setTheme, resultText, get theme() { return theme; },
  };
})();
