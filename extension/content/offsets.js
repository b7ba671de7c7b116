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
    ".katex-mathml", "paperlens-ui",
  ].join(",");
  /* Elements that separate words even when the markup has no whitespace around them. */
  const BREAKS = new Set([
    "BR", "P", "DIV", "LI", "UL", "OL", "BLOCKQUOTE", "SECTION", "ARTICLE", "H1", "H2", "H3",
    "H4", "H5", "H6", "TR", "TD", "TH", "DD", "DT", "HR", "TABLE", "FIGURE", "FIGCAPTION",
  ]);
  const WS = /\s/;

  function collectText(root, options = {}) {
    const skip = options.skip || SKIP;
    const chars = [];
    const startNode = [], startOff = [], endNode = [], endOff = [];
    let pending = null; // a whitespace position waiting to be emitted as " "
    let started = false;

    function emit(ch, sn, so, en, eo) {
      chars.push(ch);
      startNode.push(sn); startOff.push(so);
      endNode.push(en); endOff.push(eo);
    }
    function flushSpace() {
      if (pending && started) emit(" ", pending.sn, pending.so, pending.en, pending.eo);
      pending = null;
    }
    function boundary(el, after) {
      // a collapsed position just before (or after) the element, in its parent
      const parent = el.parentNode;
      const idx = Array.prototype.indexOf.call(parent.childNodes, el) + (after ? 1 : 0);
      return { sn: parent, so: idx, en: parent, eo: idx };
    }
    function walk(node) {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          const data = child.data;
          for (let i = 0; i < data.length; i++) {
            const ch = data[i];
            if (WS.test(ch)) {
              if (!pending) pending = { sn: child, so: i, en: child, eo: i + 1 };
            } else {
              flushSpace();
              emit(ch, child, i, child, i + 1);
              started = true;
            }
          }
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.matches(skip)) {
            const type = child.localName === "script" ? (child.getAttribute("type") || "") : "";
            if (type.startsWith("math/tex")) {
              // MathJax keeps the TeX source in a script: include it as "$...$", mapped to
              // the script's position (a highlight over math collapses to that point).
              const b = boundary(child, false), a = boundary(child, true);
              flushSpace();
              for (const ch of "$" + child.textContent.trim() + "$") emit(ch, b.sn, b.so, a.en, a.eo);
              started = true;
            }
            continue;
          }
          const isBreak = BREAKS.has(child.tagName);
          if (isBreak && !pending) pending = boundary(child, false);
          walk(child);
          if (isBreak && !pending) pending = boundary(child, true);
        }
      }
    }
    walk(root);
    return { text: chars.join(""), startNode, startOff, endNode, endOff };
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

  /* A DOM Range over [cpStart, cpEnd) code points of collected text, or null. */
  function rangeFor(collected, cpStart, cpEnd, cpIndex) {
    const idx = cpIndex || codePointToUtf16(collected.text);
    if (!(Number.isInteger(cpStart) && Number.isInteger(cpEnd))) return null;
    if (cpStart < 0 || cpEnd <= cpStart || cpEnd >= idx.length) return null;
    const s = idx[cpStart], e = idx[cpEnd];
    const range = document.createRange();
    range.setStart(collected.startNode[s], collected.startOff[s]);
    range.setEnd(collected.endNode[e - 1], collected.endOff[e - 1]);
    return range;
  }

  /* The UTF-16 slice of the collected text for code points [cpStart, cpEnd). */
  function sliceCodePoints(text, cpStart, cpEnd, cpIndex) {
    const idx = cpIndex || codePointToUtf16(text);
    if (cpStart < 0 || cpEnd < cpStart || cpEnd >= idx.length) return null;
    return text.slice(idx[cpStart], idx[cpEnd]);
  }

  PL.offsets = { collectText, codePointToUtf16, rangeFor, sliceCodePoints, SKIP };
})();
