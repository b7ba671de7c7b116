/*
 * PaperLens: the text of a page element, and DOM Ranges for server offsets.
 *
 * collectText(el) walks the element's text nodes (skipping descriptors such as
 * arXiv's "Abstract:" label, scripts and rendered math) and builds the block text
 * that is sent to the server: whitespace runs collapse to one space, leading and
 * trailing whitespace is dropped. For every UTF-16 unit of that text it remembers
 * which DOM position it came from, so a server span can be turned back into a Range
 * over the page's own, unmodified text nodes, even when it crosses several nodes.
 *
 * Server offsets are Unicode code points (Python indexing); JavaScript strings and
 * DOM Ranges count UTF-16 units. codePointToUtf16() converts.
 */
(() => {
  "use strict";
  const PL = (globalThis.PaperLens = globalThis.PaperLens || {});

  /* Elements whose text is not part of the block (labels, code, rendered math, our own UI). */
  const SKIP = [
    ".descriptor", "script", "style", "noscript", "template", "svg", "button",
    "[hidden]", "[aria-hidden='true']",
    ".MathJax_Preview", ".MathJax", ".MathJax_Display", ".MathJax_SVG", "mjx-container",
    ".katex", ".katex-display", "paperlens-ui",
  ].join(",");
  /* Typeset math whose TeX source is kept in the DOM: it reads as "$tex$" in the block text. */
  const TEX_SOURCE = {
    script: (el) => ((el.getAttribute("type") || "").startsWith("math/tex") ? el.textContent.trim() : null),
    katex: (el) => {
      const a = el.querySelector("annotation[encoding='application/x-tex']");
      return a ? a.textContent.trim() : null;
    },
  };
  /* Elements that separate words even when the markup has no whitespace around them. */
  const WS = /\s/;
  const BREAKS = new Set([
    "BR", "P", "DIV", "LI", "UL", "OL", "BLOCKQUOTE", "SECTION", "ARTICLE", "H1", "H2", "H3",
    "H4", "H5", "H6", "TR", "TD", "TH", "DD", "DT", "HR", "TABLE", "FIGURE", "FIGCAPTION",
  ]);

  /* options.skip: extra selectors to leave out (a site's own labels and toggles);
     options.range: only the text inside this Range (a user's selection).

     The result maps every UTF-16 unit of .text back to a DOM position through "segments"
     (one per run of a text node's characters, single spaces inside it included; one per
     collapsed run of spaces; one per TeX source), so a 50-abstract listing is read without a
     record per character. */
  function collectText(root, options = {}) {
    const skip = options.skip && options.skip.length ? SKIP + "," + [].concat(options.skip).join(",") : SKIP;
    const within = options.range || null;
    const parts = [];
    const segs = []; // {at, len, sn, so, en, eo, run}: run = one character per node offset
    let length = 0;
    let pending = null; // a whitespace position waiting to be emitted as " "
    let started = false;

    function push(str, sn, so, en, eo, run) {
      segs.push({ at: length, len: str.length, sn, so, en, eo, run });
      parts.push(str);
      length += str.length;
    }
    function flushSpace() {
      if (pending && started) push(" ", pending.sn, pending.so, pending.en, pending.eo, false);
      pending = null;
    }
    function boundary(el, after) {
      // a collapsed position just before (or after) the element, in its parent
      const parent = el.parentNode;
      const idx = Array.prototype.indexOf.call(parent.childNodes, el) + (after ? 1 : 0);
      return { sn: parent, so: idx, en: parent, eo: idx };
    }
    const SPACES = /\s{2,}/g, ONE_SPACE = /\s/g, ODD_SPACE = /[^\S ]/;
    function text(child) {
      const data = child.data;
      let from = 0, to = data.length;
      if (within) {
        if (!within.intersectsNode(child)) return;
        if (within.startContainer === child) from = within.startOffset;
        if (within.endContainer === child) to = within.endOffset;
      }
      // leading and trailing whitespace wait as "pending"; inside, only runs of two or more
      // whitespace characters break the one-to-one mapping (a single one reads as " ")
      let i = from, j = to;
      while (i < j && WS.test(data[i])) i++;
      while (j > i && WS.test(data[j - 1])) j--;
      if (i > from && !pending) pending = { sn: child, so: from, en: child, eo: from + 1 };
      if (i < j) {
        let runStart = i;
        const run = (end) => {
          flushSpace();
          const str = data.slice(runStart, end);
          push(ODD_SPACE.test(str) ? str.replace(ONE_SPACE, " ") : str, child, runStart, child, runStart, true);
          started = true;
        };
        SPACES.lastIndex = i;
        for (let m = SPACES.exec(data); m && m.index < j; m = SPACES.exec(data)) {
          run(m.index);
          pending = { sn: child, so: m.index, en: child, eo: m.index + 1 };
          runStart = m.index + m[0].length;
        }
        run(j);
      }
      if (j < to && !pending) pending = { sn: child, so: j, en: child, eo: j + 1 };
    }
    function walk(node) {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          text(child);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.matches(skip)) {
            const tex = child.localName === "script" ? TEX_SOURCE.script(child)
              : child.matches(".katex, .katex-display") ? TEX_SOURCE.katex(child) : null;
            if (tex && (!within || within.intersectsNode(child))) {
              // MathJax (script) and KaTeX (annotation) keep the TeX source: include it as
              // "$...$", mapped to the element's position. Spans touching math are never painted.
              const b = boundary(child, false), a = boundary(child, true);
              flushSpace();
              push("$" + tex + "$", b.sn, b.so, a.en, a.eo, false);
              started = true;
            }
            continue;
          }
          if (within && !within.intersectsNode(child)) continue;
          const isBreak = BREAKS.has(child.tagName);
          if (isBreak && !pending) pending = boundary(child, false);
          walk(child);
          if (isBreak && !pending) pending = boundary(child, true);
        }
      }
    }
    walk(root);
    return { text: parts.join(""), segs };
  }

  /* The segment holding UTF-16 unit i of collected text (binary search). */
  function segAt(collected, i) {
    const segs = collected.segs;
    let lo = 0, hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].at <= i) lo = mid; else hi = mid - 1;
    }
    return segs[lo];
  }

  /* DOM positions where unit i of the collected text starts and ends. */
  function startOf(collected, i) {
    const g = segAt(collected, i);
    return g.run ? [g.sn, g.so + (i - g.at)] : [g.sn, g.so];
  }
  function endOf(collected, i) {
    const g = segAt(collected, i);
    return g.run ? [g.en, g.eo + (i - g.at) + 1] : [g.en, g.eo];
  }

  /* A regular expression, not a loop: this runs on a fresh page, where a loop over every
     character of 50 abstracts is still interpreted (milliseconds, before the first layout). */
  const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
  function hasAstral(text) {
    return HIGH_SURROGATE.test(text);
  }

  /* Index i of the result is the UTF-16 offset of code point i; the last entry is text.length. */
  function codePointToUtf16(text) {
    const idx = [];
    let u = 0;
    for (const ch of text) {
      idx.push(u);
      u += ch.length;
    }
    idx.push(u);
    return idx;
  }

  /* codePointToUtf16(text), or null when the text has no character beyond the BMP (the
     offsets are then the same in both counts: most abstracts, read without a table). */
  function cpIndex(text) {
    return hasAstral(text) ? codePointToUtf16(text) : null;
  }

  /* A DOM Range over [cpStart, cpEnd) code points of collected text, or null. */
  function rangeFor(collected, cpStart, cpEnd, cpIndex) {
    const idx = cpIndex || codePointToUtf16(collected.text);
    if (!(Number.isInteger(cpStart) && Number.isInteger(cpEnd))) return null;
    if (cpStart < 0 || cpEnd <= cpStart || cpEnd >= idx.length) return null;
    return rangeForUtf16(collected, idx[cpStart], idx[cpEnd]);
  }

  /* A DOM Range over UTF-16 offsets [s, e) of collected text, or null. */
  function rangeForUtf16(collected, s, e) {
    if (!(s >= 0 && e > s && e <= collected.text.length)) return null;
    const range = document.createRange();
    const a = startOf(collected, s), b = endOf(collected, e - 1);
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    return range;
  }

  /* UTF-16 [start, end) regions of the text that are TeX: $...$, $$...$$, \(...\), \[...\].
     A span that touches one is never painted, so math is never split. */
  const MATH = /\$\$[^$]+\$\$|(?<!\\)\$[^$]+?(?<!\\)\$|\\\([\s\S]+?\\\)|\\\[[\s\S]+?\\\]/g;
  function mathRegions(text) {
    const out = [];
    if (text.indexOf("$") < 0 && text.indexOf("\\") < 0) return out; // no TeX delimiter at all
    for (const m of text.matchAll(MATH)) out.push([m.index, m.index + m[0].length]);
    return out;
  }
  function touchesMath(regions, s, e) {
    return regions.some(([a, b]) => s < b && e > a);
  }

  /* UTF-16 offsets [s, e) of the collected text that a DOM Range covers (null if none). */
  function offsetsOfRange(collected, range) {
    let s = -1, e = -1;
    for (let i = 0; i < collected.text.length; i++) {
      let inside;
      try {
        const a = startOf(collected, i), b = endOf(collected, i);
        inside = range.comparePoint(a[0], a[1]) === 0 && range.comparePoint(b[0], b[1]) === 0;
      } catch (err) { inside = false; }
      if (inside) { if (s < 0) s = i; e = i + 1; } else if (s >= 0) break;
    }
    if (s < 0) return null;
    while (s < e && /\s/.test(collected.text[s])) s++;
    while (e > s && /\s/.test(collected.text[e - 1])) e--;
    return e > s ? [s, e] : null;
  }

  /* UTF-16 offset -> code-point offset. */
  function utf16ToCodePoint(text, u) {
    let cp = 0;
    for (let i = 0; i < u && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
    }
    return cp;
  }

  /* The UTF-16 slice of the collected text for code points [cpStart, cpEnd). */
  function sliceCodePoints(text, cpStart, cpEnd, cpIndex) {
    const idx = cpIndex || codePointToUtf16(text);
    if (cpStart < 0 || cpEnd < cpStart || cpEnd >= idx.length) return null;
    return text.slice(idx[cpStart], idx[cpEnd]);
  }

  /* The page cache's keys for a block, shared with the service worker (extension/common.js,
     loaded first): the quick key finds a block before the paint, the block key confirms it after. */
  const { blockKey, quickKey } = PaperLensCommon;

  PL.offsets = {
    blockKey, quickKey, collectText, codePointToUtf16, cpIndex, rangeFor, rangeForUtf16, sliceCodePoints, mathRegions, touchesMath,
    offsetsOfRange, utf16ToCodePoint, SKIP,
  };
})();
