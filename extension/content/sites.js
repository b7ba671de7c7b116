/*
 * PaperLens: where the titles and abstracts are on each supported site.
 *
 * Every site has ONE selector table below (SITES). When a site's own selectors find
 * nothing (the site changed its markup), the GENERIC table is tried. extract() returns
 * the papers of the current view:
 *   {key, paper: {title, url, arxiv_id}, title: Part|null, abstract: Part|null,
 *    anchor: Element, place: "after"|"append"}
 *   Part = {el, text, skip, collected?, mirrors?: [{el, skip}]}
 * `el` is null when the text is not rendered (a Hugging Face compact card whose abstract
 * only exists in the page's hydration data): it is still sent, and its tags go on the card.
 * `skip` lists the site's own elements inside the part that are not text (labels, toggles).
 * `collected` is what PL.offsets.collectText read (the text and where each piece of it is in
 * the page): painting uses it as long as the page has not changed since.
 * `mirrors` are other renderings of the same text (arXiv search's visible short abstract,
 * a truncated excerpt of the hidden full one): highlights are painted on them too.
 */
(() => {
  "use strict";
  const PL = (globalThis.PaperLens = globalThis.PaperLens || {});

  const ARXIV_ID = /(\d{4}\.\d{4,5})(v\d+)?/;

  /* ---------------------------------------------------------------- the tables */

  const ARXIV = {
    name: "arxiv-abs",
    hosts: ["arxiv.org", "www.arxiv.org"],
    path: /^\/abs\//,
    title: ["#abs h1.title", "#abs-outer h1.title", "h1.title.mathjax"],
    abstract: ["#abs blockquote.abstract", "#abs-outer blockquote.abstract", "blockquote.abstract.mathjax"],
  };

  const ARXIV_LIST = {
    name: "arxiv-list",
    hosts: ["arxiv.org", "www.arxiv.org"],
    path: /^\/list\//,
    // several <dl id="articles"> (new, cross-lists, replacements): pairs of dt and dd
    item: ["#dlpage dl > dd", "dl > dd"],
    idLink: ["a[title='Abstract']", "a[href*='/abs/']"], // in the dt before the dd
    title: ["div.list-title"],
    abstract: ["div.meta > p.mathjax", "p.mathjax"],
  };

  const ARXIV_SEARCH = {
    name: "arxiv-search",
    hosts: ["arxiv.org", "www.arxiv.org"],
    path: /^\/search\//,
    item: ["ol.breathe-horizontal > li.arxiv-result", "li.arxiv-result"],
    idLink: ["p.list-title a[href*='/abs/']", "a[href*='/abs/']"],
    title: ["p.title"],
    // the full abstract is hidden until "More"; the visible short one is an excerpt of it
    abstract: ["p.abstract span.abstract-full", "span.abstract-full"],
    mirror: ["p.abstract span.abstract-short", "span.abstract-short"],
    skip: ["a.is-size-7"],
    anchor: ["p.abstract"],
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

  const OPENREVIEW = {
    name: "openreview",
    hosts: ["openreview.net", "www.openreview.net"],
    path: /^\/forum\/?$/,
    title: [".forum-note .forum-title h2.citation_title", ".forum-note h2.citation_title", ".forum-title h2"],
    // the "Abstract:" field of the note: <div><strong class="note-content-field">Abstract:</strong>
    // <span class="note-content-value">…</span></div>
    field: { rows: [".forum-note .note-content > div", ".note-content > div", ".note-content > li"],
             name: ["strong.note-content-field", ".note-content-field"], nameText: /^\s*abstract\s*:?\s*$/i,
             value: [".note-content-value", "div.note-content-value.markdown-rendered"] },
    keyParam: "id",
  };

  const SEMANTIC_SCHOLAR = {
    name: "semantic-scholar",
    hosts: ["www.semanticscholar.org", "semanticscholar.org"],
    path: /^\/paper\//,
    title: ["h1[data-test-id='paper-detail-title']", "main h1"],
    abstract: ["[data-test-id='abstract-text']"],
    skip: ["[data-test-id='text-truncator-toggle']", ".text-truncator__toggle", "button"],
  };

  const ACL = {
    name: "acl-anthology",
    hosts: ["aclanthology.org", "www.aclanthology.org"],
    path: /^\/[^/]+\/?$/,
    title: ["section#main h2#title", "h2#title"],
    abstract: ["div.acl-abstract > span", "div.card-body.acl-abstract > span"],
  };

  const BIORXIV = {
    name: "biorxiv",
    hosts: ["www.biorxiv.org", "biorxiv.org", "www.medrxiv.org", "medrxiv.org"],
    path: /^\/content\//,
    title: ["h1#page-title", "h1.highwire-cite-title"],
    abstract: ["section.abstract", "div.section.abstract", "div.abstract"],
    skip: ["h2", "h3", ".section-title", ".kwd-group"],
    doi: /^\/content\/(10\.\d{4,9}\/[^v?#]+(?:v\d+)?)/,
  };

  const GENERIC = {
    name: "generic",
    title: ["meta[name='citation_title']", "h1"],
    abstract: ["blockquote.abstract", "section.abstract", "div.abstract", "[class*='abstract' i]"],
  };

  const SITES = [ARXIV, ARXIV_LIST, ARXIV_SEARCH, HF_PAPER, HF_LISTING, OPENREVIEW, SEMANTIC_SCHOLAR, ACL, BIORXIV];

  /* ---------------------------------------------------------------- helpers */

  function first(root, selectors, accept = () => true) {
    for (const sel of selectors) {
      for (const el of root.querySelectorAll(sel)) if (accept(el)) return el;
    }
    return null;
  }

  function textOf(el, skip) {
    return el ? PL.offsets.collectText(el, { skip }).text : "";
  }

  function part(el, skip) {
    if (!el) return null;
    const collected = PL.offsets.collectText(el, { skip });
    return collected.text ? { el, text: collected.text, skip: skip || null, collected } : null;
  }

  function arxivIdFrom(s) {
    const m = ARXIV_ID.exec(s || "");
    return m ? m[1] : null;
  }

  function detect(loc) {
    return SITES.find((s) => s.hosts.includes(loc.hostname) && s.path.test(loc.pathname)) || null;
  }

  function pageUrl(loc) {
    return loc.origin + loc.pathname;
  }

  /* ---------------------------------------------------------------- extractors */

  /* Generic: one title, one abstract, anywhere on the page. */
  function extractGeneric(doc, loc) {
    const absEl = first(doc, GENERIC.abstract, (el) => textOf(el).length >= 80);
    if (!absEl) return [];
    const titleEl = first(doc, GENERIC.title.filter((s) => !s.startsWith("meta")));
    const title = part(titleEl);
    const arxiv_id = arxivIdFrom(loc.pathname);
    return [{
      key: arxiv_id || pageUrl(loc),
      paper: { title: title ? title.text : doc.title, url: pageUrl(loc), arxiv_id },
      title, abstract: part(absEl), anchor: absEl, place: "after",
    }];
  }

  /* One paper per page: a title and an abstract from the site's table. */
  function extractSingle(site, doc, loc, { key, url, arxiv_id } = {}) {
    const absEl = first(doc, site.abstract, (el) => !!textOf(el, site.skip));
    if (!absEl) return site === ARXIV || site === BIORXIV ? extractGeneric(doc, loc) : [];
    const title = part(first(doc, site.title), site.skip);
    return [{
      key: key || arxiv_id || pageUrl(loc),
      paper: { title: title ? title.text : doc.title, url: url || pageUrl(loc), arxiv_id: arxiv_id || null },
      title, abstract: part(absEl, site.skip), anchor: absEl, place: "after",
    }];
  }

  function extractArxiv(doc, loc) {
    const arxiv_id = arxivIdFrom(loc.pathname);
    return extractSingle(ARXIV, doc, loc, {
      arxiv_id, url: arxiv_id ? `https://arxiv.org/abs/${arxiv_id}` : pageUrl(loc),
    });
  }

  /* Listings: one item element per paper, title and abstract inside it. */
  function extractItems(site, doc, loc, idRoot) {
    const out = [];
    const items = [];
    for (const sel of site.item) {
      for (const el of doc.querySelectorAll(sel)) if (!items.includes(el)) items.push(el);
      if (items.length) break;
    }
    for (const item of items) {
      const title = part(first(item, site.title), site.skip);
      const absEl = first(item, site.abstract);
      const abstract = part(absEl, site.skip);
      if (!title && !abstract) continue;
      const link = first(idRoot(item) || item, site.idLink);
      const href = link ? link.getAttribute("href") || "" : "";
      const arxiv_id = arxivIdFrom(href) || arxivIdFrom(link ? link.textContent : "");
      if (abstract && site.mirror) {
        const short = first(item, site.mirror);
        if (short && short !== absEl) abstract.mirrors = [{ el: short, skip: site.skip || null }];
      }
      const anchor = (site.anchor && first(item, site.anchor)) || absEl || item;
      out.push({
        key: arxiv_id || (title && title.text) || href,
        paper: {
          title: title ? title.text : "",
          url: arxiv_id ? `https://arxiv.org/abs/${arxiv_id}` : (href ? new URL(href, loc.href).href : pageUrl(loc)),
          arxiv_id,
        },
        title, abstract, anchor, place: "after",
      });
    }
    return out;
  }

  function extractArxivList(doc, loc) {
    // the id link is in the <dt> right before each <dd>
    return extractItems(ARXIV_LIST, doc, loc, (dd) => {
      const dt = dd.previousElementSibling;
      return dt && dt.localName === "dt" ? dt : null;
    });
  }

  function extractArxivSearch(doc, loc) {
    return extractItems(ARXIV_SEARCH, doc, loc, () => null);
  }

  function extractOpenReview(doc, loc) {
    const f = OPENREVIEW.field;
    let valueEl = null;
    for (const sel of f.rows) {
      for (const row of doc.querySelectorAll(sel)) {
        const name = first(row, f.name);
        if (!name || !f.nameText.test(name.textContent)) continue;
        valueEl = first(row, f.value);
        if (valueEl) break;
      }
      if (valueEl) break;
    }
    const abstract = part(valueEl);
    if (!abstract) return [];
    const title = part(first(doc, OPENREVIEW.title));
    const id = new URLSearchParams(loc.search).get(OPENREVIEW.keyParam);
    const url = id ? `${loc.origin}/forum?id=${encodeURIComponent(id)}` : pageUrl(loc);
    return [{
      key: id || url,
      paper: { title: title ? title.text : doc.title, url, arxiv_id: null },
      title, abstract, anchor: valueEl.parentElement || valueEl, place: "after",
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
    const title = part(first(doc, HF_PAPER.title));
    const arxiv_id = arxivIdFrom(loc.pathname);
    return [{
      key: arxiv_id || loc.pathname,
      paper: { title: title ? title.text : doc.title, url: `https://huggingface.co/papers/${arxiv_id}`, arxiv_id },
      title, abstract: part(absEl), anchor: absEl, place: "after",
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
      const title = part(titleEl);
      if (!title) continue;
      let abstract = null; // read once: the test and the part are the same reading
      const absEl = first(card, HF_LISTING.cardAbstract, (p) => {
        const found = p.contains(titleEl) ? null : part(p);
        if (!found || found.text.length < HF_LISTING.minAbstractChars) return false;
        abstract = found;
        return true;
      });
      if (!abstract) {
        data = data || hydrationPapers(doc);
        const rec = (arxiv_id && data.byId.get(arxiv_id)) || data.byTitle.get(title.text);
        if (rec && rec.summary.trim()) abstract = { el: null, text: rec.summary.trim().replace(/\s+/g, " "), skip: null };
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

  function extractBiorxiv(doc, loc) {
    const m = BIORXIV.doi.exec(loc.pathname);
    const doi = m ? m[1].replace(/v\d+$/, "") : null;
    return extractSingle(BIORXIV, doc, loc, { key: doi || pageUrl(loc) });
  }

  const EXTRACTORS = new Map([
    [ARXIV, extractArxiv],
    [ARXIV_LIST, extractArxivList],
    [ARXIV_SEARCH, extractArxivSearch],
    [HF_PAPER, extractHfPaper],
    [HF_LISTING, extractHfListing],
    [OPENREVIEW, extractOpenReview],
    [SEMANTIC_SCHOLAR, (doc, loc) => extractSingle(SEMANTIC_SCHOLAR, doc, loc)],
    [ACL, (doc, loc) => extractSingle(ACL, doc, loc)],
    [BIORXIV, extractBiorxiv],
  ]);

  function extract(doc, loc) {
    const site = detect(loc);
    if (!site) return extractGeneric(doc, loc);
    const found = EXTRACTORS.get(site)(doc, loc);
    return found;
  }

  PL.sites = {
    ARXIV, ARXIV_LIST, ARXIV_SEARCH, HF_PAPER, HF_LISTING, OPENREVIEW, SEMANTIC_SCHOLAR, ACL, BIORXIV, GENERIC,
    SITES, detect, extract, arxivIdFrom,
  };
})();
