/*
 * PaperLens: what the extension draws on a page.
 *
 * - Highlights: the CSS Custom Highlight API, one Highlight per label registered as
 *   "paperlens-<label>"; the ::highlight() rules are built from the colours the server
 *   publishes at /api/v1/health (validated as hex first). The page's text nodes are
 *   never wrapped or modified.
 * - Tag rows, the legend and the hover card live in shadow roots of <paperlens-ui>
 *   hosts. Server strings only ever reach the page through textContent.
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

  /* ---------- highlights ---------- */

  let sheet = null;
  let styleEl = null;

  function installHighlightStyles(labels) {
    const light = [], dark = [];
    for (const l of labels) {
      const name = highlightName(l.label);
      light.push(`::highlight(${name}) { background-color: ${l.color}; color: #111; }`);
      dark.push(`::highlight(${name}) { background-color: ${l.dark_color}; color: #f4f6fb; }`);
    }
    const css = light.join("\n") + `\n@media (prefers-color-scheme: dark) {\n${dark.join("\n")}\n}`;
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
    if (sheet) {
      try { document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet); } catch (e) { /* ignore */ }
    }
    if (styleEl) { styleEl.remove(); styleEl = null; }
  }

  function highlightFor(label, priority) {
    const name = highlightName(label);
    let h = CSS.highlights.get(name);
    if (!h) {
      h = new Highlight();
      h.priority = priority || 0;
      CSS.highlights.set(name, h);
    }
    return h;
  }

  function clearHighlights(labels) {
    for (const l of labels) CSS.highlights.delete(highlightName(l.label));
  }

  /* ---------- shadow-root UI ---------- */

  const BASE_CSS = `
    :host { all: initial; }
    :host([hidden]), [hidden] { display: none !important; }
    * { box-sizing: border-box; }
    .pl { font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2430; }
    .chip { display: inline-flex; align-items: center; gap: 5px; padding: 2px 8px 2px 3px; border-radius: 999px;
            background: var(--bg); border: 1px solid rgba(0,0,0,.08); white-space: nowrap; max-width: 100%; }
    .chip .lab { font-size: 9.5px; font-weight: 700; letter-spacing: .04em; padding: 1px 5px; border-radius: 999px;
                 background: rgba(255,255,255,.65); color: #2b3040; }
    .chip .name { font-weight: 500; overflow: hidden; text-overflow: ellipsis; }
    .chip .n { font-size: 10px; color: #5a6070; }
    @media (prefers-color-scheme: dark) {
      .pl { color: #e8ebf3; }
      .chip { background: var(--dark); border-color: rgba(255,255,255,.12); }
      .chip .lab { background: rgba(0,0,0,.3); color: #eef1f8; }
      .chip .n { color: #c9cedb; }
    }`;

  function host(kind) {
    const el = document.createElement("paperlens-ui");
    el.setAttribute("data-paperlens", kind);
    const root = el.attachShadow({ mode: "open" });
    return { el, root };
  }

  function styleTag(css) {
    const s = document.createElement("style");
    s.textContent = css;
    return s;
  }

  function node(tag, cls, text) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text != null) el.textContent = String(text);
    return el;
  }

  function chip(labelInfo, name, count) {
    const c = node("span", "chip");
    c.style.setProperty("--bg", labelInfo.color);
    c.style.setProperty("--dark", labelInfo.dark_color);
    c.dataset.label = labelInfo.label;
    c.dataset.canonical = name;
    c.appendChild(node("span", "lab", labelInfo.label));
    c.appendChild(node("span", "name", name));
    if (count != null && count > 1) c.appendChild(node("span", "n", "×" + count));
    c.title = `${labelInfo.label}: ${name}` + (count != null ? ` (${count} mention${count === 1 ? "" : "s"})` : "");
    return c;
  }

  const ROW_CSS = BASE_CSS + `
    :host { display: block; margin: 8px 0 12px; }
    .row { display: flex; flex-wrap: wrap; align-items: center; gap: 5px; padding: 6px 8px;
           border-left: 3px solid #25386e; background: rgba(37,56,110,.04); border-radius: 0 6px 6px 0; }
    .brand { font-size: 10px; font-weight: 700; color: #25386e; letter-spacing: .05em; text-transform: uppercase; margin-right: 3px; }
    .more { font: inherit; font-size: 11px; border: 1px dashed #8a90a0; background: transparent; color: inherit;
            border-radius: 999px; padding: 1px 8px; cursor: pointer; }
    @media (prefers-color-scheme: dark) {
      .row { background: rgba(255,255,255,.05); border-left-color: #8fa6e8; }
      .brand { color: #a9bcf2; }
    }`;
  const ROW_LIMIT = 14;

  /* A row of tag chips: tags = [{label, canonical, count}] (unknown labels are skipped). */
  function tagRow(tags, labels) {
    const byLabel = new Map(labels.map((l, i) => [l.label, { ...l, order: i }]));
    const sorted = (Array.isArray(tags) ? tags : [])
      .filter((t) => t && byLabel.has(t.label) && typeof t.canonical === "string" && t.canonical)
      .sort((a, b) => byLabel.get(a.label).order - byLabel.get(b.label).order
        || (b.count || 0) - (a.count || 0) || a.canonical.localeCompare(b.canonical));
    if (!sorted.length) return null;
    const h = host("tags");
    h.root.appendChild(styleTag(ROW_CSS));
    const row = node("div", "pl row");
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
    h.root.appendChild(row);
    return h.el;
  }

  const LEGEND_CSS = BASE_CSS + `
    :host { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
    .box { background: rgba(255,255,255,.97); border: 1px solid #d5d9e3; border-radius: 10px;
           box-shadow: 0 6px 24px rgba(20,30,60,.18); padding: 8px 10px 9px; min-width: 150px; }
    .head { display: flex; align-items: center; justify-content: space-between; gap: 10px; margin-bottom: 6px; }
    .title { font-weight: 700; font-size: 12px; color: #25386e; }
    .close { all: unset; cursor: pointer; font-size: 14px; line-height: 1; color: #6a7080; padding: 0 2px; }
    .close:hover { color: #111; }
    .item { display: flex; align-items: center; gap: 7px; padding: 2px 0; }
    .item.zero { opacity: .5; }
    .sw { width: 14px; height: 14px; border-radius: 3px; background: var(--bg); border: 1px solid rgba(0,0,0,.12); }
    .name { flex: 1; font-weight: 600; font-size: 11px; letter-spacing: .03em; }
    .n { font-variant-numeric: tabular-nums; color: #5a6070; }
    @media (prefers-color-scheme: dark) {
      .box { background: rgba(28,31,40,.97); border-color: #3a4152; }
      .title { color: #a9bcf2; } .close { color: #aab; } .n { color: #c9cedb; }
      .sw { background: var(--dark); border-color: rgba(255,255,255,.2); }
    }`;

  function legend(labels, counts, onClose) {
    const h = host("legend");
    h.root.appendChild(styleTag(LEGEND_CSS));
    const box = node("div", "pl box");
    box.setAttribute("role", "note");
    box.setAttribute("aria-label", "PaperLens legend");
    const head = node("div", "head");
    head.appendChild(node("span", "title", "PaperLens"));
    const close = node("button", "close", "×");
    close.type = "button";
    close.title = "Hide legend";
    close.setAttribute("aria-label", "Hide legend");
    close.addEventListener("click", () => { h.el.remove(); if (onClose) onClose(); });
    head.appendChild(close);
    box.appendChild(head);
    const rows = new Map();
    for (const l of labels) {
      const item = node("div", "item");
      item.dataset.label = l.label;
      item.title = l.description || l.label;
      const sw = node("span", "sw");
      sw.style.setProperty("--bg", l.color);
      sw.style.setProperty("--dark", l.dark_color);
      item.appendChild(sw);
      item.appendChild(node("span", "name", l.label));
      const n = node("span", "n", "0");
      item.appendChild(n);
      rows.set(l.label, n);
      box.appendChild(item);
    }
    h.root.appendChild(box);
    function update(newCounts) {
      for (const [label, el] of rows) {
        const n = newCounts.get(label) || 0;
        el.textContent = String(n);
        el.parentElement.classList.toggle("zero", n === 0);
      }
    }
    update(counts);
    return { el: h.el, update };
  }

  const CARD_CSS = BASE_CSS + `
    :host { position: fixed; left: 0; top: 0; z-index: 2147483647; pointer-events: none; }
    .card { background: #fff; border: 1px solid #d5d9e3; border-radius: 8px; box-shadow: 0 8px 28px rgba(20,30,60,.22);
            padding: 7px 10px; max-width: 320px; }
    .top { display: flex; align-items: center; gap: 6px; }
    .lab { font-size: 10px; font-weight: 700; letter-spacing: .05em; padding: 1px 7px; border-radius: 999px; background: var(--bg); color: #1b1f2a; }
    .canon { font-weight: 650; font-size: 13px; }
    .surface { margin-top: 3px; color: #5a6070; font-size: 11px; }
    @media (prefers-color-scheme: dark) {
      .card { background: #1c1f28; border-color: #3a4152; }
      .lab { background: var(--dark); color: #f4f6fb; } .surface { color: #b5bbca; }
    }`;

  function hoverCard() {
    const h = host("hovercard");
    h.root.appendChild(styleTag(CARD_CSS));
    const card = node("div", "pl card");
    card.setAttribute("role", "tooltip");
    const top = node("div", "top");
    const lab = node("span", "lab");
    const canon = node("span", "canon");
    top.appendChild(lab);
    top.appendChild(canon);
    const surface = node("div", "surface");
    card.appendChild(top);
    card.appendChild(surface);
    h.root.appendChild(card);
    h.el.hidden = true;
    let current = null;
    return {
      el: h.el,
      show(entry, labelInfo, rect) {
        if (current !== entry) {
          current = entry;
          lab.textContent = entry.label;
          lab.style.setProperty("--bg", labelInfo ? labelInfo.color : FALLBACK.color);
          lab.style.setProperty("--dark", labelInfo ? labelInfo.dark_color : FALLBACK.dark_color);
          canon.textContent = entry.canonical || entry.text;
          surface.textContent = entry.canonical && entry.canonical !== entry.text ? `“${entry.text}” in the text` : "";
          surface.hidden = !surface.textContent;
        }
        h.el.hidden = false;
        const w = card.offsetWidth || 200, hgt = card.offsetHeight || 50;
        let x = Math.min(Math.max(8, rect.left), window.innerWidth - w - 8);
        let y = rect.bottom + 6;
        if (y + hgt > window.innerHeight - 8) y = Math.max(8, rect.top - hgt - 6);
        h.el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      },
      hide() { current = null; h.el.hidden = true; },
      get entry() { return current; },
    };
  }

  PL.ui = {
    normaliseLabels, highlightName, installHighlightStyles, removeHighlightStyles,
    highlightFor, clearHighlights, tagRow, legend, hoverCard, safeColor,
  };
})();
