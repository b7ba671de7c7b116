/*
 * PaperLens: where the titles and abstracts are on each supported site.
 *
 * Every site has ONE selector table below. When a site's own selectors find nothing
 * (the site changed its markup), the GENERIC table is tried. extract() returns the
 * papers of the current view:
 *   {key, paper: {title, url, arxiv_id}, title: {el, text}|null, abstract: {el, text}|null,
 *    anchor: Element, place: "after"|"append"}
 * `el` is null when the text is not rendered (a Hugging Face compact card whose abstract
 * only exists in the page's hydration data): it is still sent, and its tags go on the card.
 */
(() => {
  "use strict";
  const PL = (globalThis.PaperLens = globalThis.PaperLens || {});

  const ARXIV_ID = /(\d{4}\.\d{4,5})(v\d+)?/;

  const ARXIV = {
    name: "arxiv-abs",
    hosts: ["arxiv.org", "www.arxiv.org"],
    path: /^\/abs\//,
    title: ["#abs h1.title", "#abs-outer h1.title", "h1.title.mathjax"],
    abstract: ["#abs blockquote.abstract", "#abs-outer blockquote.abstract", "blockquote.abstract.mathjax"],
  };

  const HF_PAPER = {
    name: "hf-paper",
    hosts: ["huggingface.co"],
    path: /^\/papers\/\d{4}\.\d{4,5}(v\d+)?\/?$/,
    title: ["div.pb-10 h1", "main h1", "h1"],
    abstractHeading: ["div.pb-8 h2", "main h2", "h2", "h3"],
    abstractHeadingText: /^\s*abstract\s*$/i,
    abstractInSection: ["p"],
    // the AI-generated summary box on the same page is not the abstract
    notAbstract: ["div[class*='bg-blue-500/6']", "[class*='ai-summary']", "[data-ai-summary]"],
  };

  const HF_LISTING = {
    name: "hf-listing",
    hosts: ["huggingface.co"],
    path: /^\/papers(\/(date|week|month|trending|search)(\/.*)?)?\/?$/,
    card: ["article"],
    cardTitle: ["h3 > a[href^='/papers/']", "h3 a[href^='/papers/']", "a[href^='/papers/'] h3"],
    cardAbstract: ["p"],
    minAbstractChars: 80,
    hydration: ["div.SVELTE_HYDRATER[data-target='DailyPapers'][data-props]", "div.SVELTE_HYDRATER[data-props]"],
  };

  const GENERIC = {
    name: "generic",
    title: ["meta[name='citation_title']", "h1"],
    abstract: ["blockquote.abstract", "section.abstract", "div.abstract", "[class*='abstract' i]"],
  };

  const SITES = [ARXIV, HF_PAPER, HF_LISTING];

  function first(root, selectors, accept = () => true) {
    for (const sel of selectors) {
      for (const el of root.querySelectorAll(sel)) if (accept(el)) return el;
    }
    return null;
  }

  function textOf(el) {
    return el ? PL.offsets.collectText(el).text : "";
  }

  function block(el) {
    if (!el) return null;
    const text = textOf(el);
    return text ? { el, text } : null;
  }

  function arxivIdFrom(s) {
    const m = ARXIV_ID.exec(s || "");
    return m ? m[1] : null;
  }

  function detect(loc) {
    return SITES.find((s) => s.hosts.includes(loc.hostname) && s.path.test(loc.pathname)) || null;
  }

  /* Generic: one title, one abstract, anywhere on the page. */
  function extractGeneric(doc, loc) {
    const absEl = first(doc, GENERIC.abstract, (el) => textOf(el).length >= 80);
    if (!absEl) return [];
    const titleEl = first(doc, GENERIC.title.filter((s) => !s.startsWith("meta")));
    const title = block(titleEl);
    const arxiv_id = arxivIdFrom(loc.pathname);
    return [{
      key: arxiv_id || loc.origin + loc.pathname,
      paper: { title: title ? title.text : doc.title, url: loc.origin + loc.pathname, arxiv_id },
      title, abstract: block(absEl), anchor: absEl, place: "after",
    }];
  }

  function extractArxiv(doc, loc) {
    const absEl = first(doc, ARXIV.abstract);
    if (!absEl) return extractGeneric(doc, loc);
    const title = block(first(doc, ARXIV.title));
    const arxiv_id = arxivIdFrom(loc.pathname);
    return [{
      key: arxiv_id || loc.pathname,
      paper: {
        title: title ? title.text : doc.title,
        url: arxiv_id ? `https://arxiv.org/abs/${arxiv_id}` : loc.origin + loc.pathname,
        arxiv_id,
      },
      title, abstract: block(absEl), anchor: absEl, place: "after",
    }];
  }

  function extractHfPaper(doc, loc) {
    const heading = first(doc, HF_PAPER.abstractHeading, (h) => HF_PAPER.abstractHeadingText.test(h.textContent));
    let absEl = null;
    if (heading) {
      // the first paragraph after the "Abstract" heading, in its section, outside the AI summary
      const section = heading.parentElement;
      const notAbstract = HF_PAPER.notAbstract.join(",");
      for (const p of section.querySelectorAll(HF_PAPER.abstractInSection.join(","))) {
        if (!(heading.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        if (p.closest(notAbstract)) continue;
        if (!textOf(p)) continue;
        absEl = p;
        break;
      }
    }
    if (!absEl) return extractGeneric(doc, loc);
    const title = block(first(doc, HF_PAPER.title));
    const arxiv_id = arxivIdFrom(loc.pathname);
    return [{
      key: arxiv_id || loc.pathname,
      paper: { title: title ? title.text : doc.title, url: `https://huggingface.co/papers/${arxiv_id}`, arxiv_id },
      title, abstract: block(absEl), anchor: absEl, place: "after",
    }];
  }

  /* Papers in the hydration JSON, by arXiv id and by title: {id, title, summary}. */
  function hydrationPapers(doc) {
    const byId = new Map(), byTitle = new Map();
    const seen = new Set();
    function visit(v, depth) {
      if (!v || typeof v !== "object" || depth > 8) return;
      if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
      if (typeof v.id === "string" && typeof v.title === "string" && typeof v.summary === "string") {
        const rec = { id: v.id, title: v.title, summary: v.summary };
        byId.set(v.id, rec);
        byTitle.set(v.title.trim().replace(/\s+/g, " "), rec);
      }
      for (const k of Object.keys(v)) visit(v[k], depth + 1);
    }
    for (const sel of HF_LISTING.hydration) {
      for (const el of doc.querySelectorAll(sel)) {
        if (seen.has(el)) continue;
        seen.add(el);
        try { visit(JSON.parse(el.getAttribute("data-props")), 0); } catch (e) { /* not JSON */ }
      }
    }
    return { byId, byTitle };
  }

  function extractHfListing(doc, loc) {
    const out = [];
    let data = null;
    for (const card of doc.querySelectorAll(HF_LISTING.card.join(","))) {
      const link = first(card, HF_LISTING.cardTitle);
      if (!link) continue;
      const titleEl = link.matches("a") ? link : link.closest("a") || link;
      const href = titleEl.getAttribute("href") || "";
      const arxiv_id = arxivIdFrom(href);
      const title = block(titleEl);
      if (!title) continue;
      const absEl = first(card, HF_LISTING.cardAbstract,
        (p) => !p.contains(titleEl) && textOf(p).length >= HF_LISTING.minAbstractChars);
      let abstract = block(absEl);
      if (!abstract) {
        data = data || hydrationPapers(doc);
        const rec = (arxiv_id && data.byId.get(arxiv_id)) || data.byTitle.get(title.text);
        if (rec && rec.summary.trim()) abstract = { el: null, text: rec.summary.trim().replace(/\s+/g, " ") };
      }
      out.push({
        key: arxiv_id || href || title.text,
        paper: { title: title.text, url: arxiv_id ? `https://huggingface.co/papers/${arxiv_id}` : loc.origin + href, arxiv_id },
        title, abstract,
        // without a rendered abstract the tags go at the end of the card's text column
        anchor: absEl || ((titleEl.closest("h3") || titleEl).parentElement) || card,
        place: absEl ? "after" : "append",
      });
    }
    return out;
  }

  function extract(doc, loc) {
    const site = detect(loc);
    if (!site) return extractGeneric(doc, loc);
    if (site === ARXIV) return extractArxiv(doc, loc);
    if (site === HF_PAPER) return extractHfPaper(doc, loc);
    if (site === HF_LISTING) return extractHfListing(doc, loc);
    return [];
  }

  PL.sites = { ARXIV, HF_PAPER, HF_LISTING, GENERIC, detect, extract, arxivIdFrom };
})();
