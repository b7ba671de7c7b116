"""End to end: real Chromium, the real extension, a real `paperlens serve`, fixture pages at real URLs.

What is asserted is what a user sees: highlighted names (read back from the page's
CSS.highlights registry), the tag rows, the hover card, the badge, and the paper in the library.
"""
import pytest
from playwright.sync_api import expect

from .plbrowser import (ARXIV_DSCLORA, ARXIV_LOWDIFF, ARXIV_UNICODE, HF_PAPER, HF_SEARCH, chips, highlights,
                       library, wait_highlights)
from .sitecheck import page_mentions, server_mentions, stored_paper

pytestmark = pytest.mark.browser

TAG_ROWS = "paperlens-ui[data-paperlens='tags']"
LEGEND = "paperlens-ui[data-paperlens='legend']"
CARD = "paperlens-ui[data-paperlens='hovercard']"


def open_annotated(extension, new_page, url):
    page = new_page()
    page.goto(url)
    wait_highlights(page)
    # the badge shows the count once the page has reported painting every paper
    # (while batches are still out it reads "done/total")
    tab, badge = extension.wait_badge(url, lambda t: t.isdigit() and t != "0")
    return page, highlights(page), tab, badge


def assert_ranges_inside(page, selector):
    """Every highlighted range lies inside an element matching selector."""
    outside = page.evaluate("""(sel) => {
        const bad = [];
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('paperlens-')) continue;
          for (const r of h) {
            const n = r.commonAncestorContainer;
            const el = n.nodeType === 1 ? n : n.parentElement;
            if (!el.closest(sel)) bad.push(name + ': ' + r.toString());
          }
        }
        return bad; }""", selector)
    assert outside == []


def test_arxiv_lowdiff_highlights_tags_badge_and_library(configured, extension, new_page, artifacts_dir, seed_by_title):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_LOWDIFF)

    assert {"CIFAR-10", "FFHQ", "ImageNet"} <= set(hl.get("DATASET", []))
    assert "FID" in hl.get("METRIC", [])
    # every mention the server stored for this page is painted, on exactly its text
    detail = stored_paper(configured, arxiv_id="2509.15342")
    assert page_mentions(hl) == server_mentions(detail)
    assert_ranges_inside(page, "#abs h1.title, #abs blockquote.abstract")
    # the "Abstract:" descriptor is not part of the stored text
    rec = seed_by_title("LowDiff")
    assert {b["kind"]: b["text"] for b in detail["blocks"]} == {"title": rec["title"], "abstract": rec["text"]}
    assert detail["title"] == rec["title"]

    # one tag row, right under the abstract, with the paper's tags from the server
    rows = page.locator(TAG_ROWS)
    expect(rows).to_have_count(1)
    assert page.evaluate("document.querySelector('#abs blockquote.abstract').nextElementSibling.localName") == "paperlens-ui"
    assert sorted(chips(page)) == sorted((t["label"], t["canonical"]) for t in detail["tags"])
    dataset_chips = {c for lab, c in chips(page) if lab == "DATASET"}
    assert {"cifar-10", "ffhq", "imagenet"} <= {c.lower() for c in dataset_chips}

    # the legend shows how many highlights each label has
    legend = page.locator(f"{LEGEND} .item[data-label='DATASET'] .n")
    expect(legend).to_have_text(str(len(hl["DATASET"])))

    # the badge counts the highlights
    total = sum(len(v) for v in hl.values())
    assert badge["text"] == str(total)
    assert configured.url in badge["title"]

    # the highlight colours are the ones the server publishes: the light ones on this light page,
    # the dark ones once the page turns dark (the site's own dark-theme marker)
    health = configured.session.get(configured.url + "/api/v1/health", timeout=5).json()

    def rules(key):
        def rgb(hexc):
            hexc = hexc.lstrip("#")
            return "rgb({}, {}, {})".format(*(int(hexc[i:i + 2], 16) for i in (0, 2, 4)))
        return [f"::highlight(paperlens-{label['label']}) {{ background-color: {rgb(label[key])};"
                for label in health["labels"]]

    css_js = "[...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n')"
    css = page.evaluate(css_js)
    assert all(rule in css for rule in rules("color")), css
    page.screenshot(path=str(artifacts_dir / "arxiv-abs.png"), full_page=True)
    page.evaluate("document.documentElement.classList.add('dark')")
    page.wait_for_function(f"(rules) => rules.every((r) => ({css_js}).includes(r))", arg=rules("dark_color"))


def test_arxiv_dsclora_methods_and_metrics(configured, extension, new_page, artifacts_dir):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_DSCLORA)
    assert {"LoRA", "SPAN", "ConvLoRA", "DSCLoRA"} <= set(hl.get("METHOD", []))
    assert {"PSNR", "SSIM"} <= set(hl.get("METRIC", []))
    detail = stored_paper(configured, arxiv_id="2504.11271")
    assert page_mentions(hl) == server_mentions(detail)
    assert_ranges_inside(page, "#abs h1.title, #abs blockquote.abstract")
    method_chips = {c for lab, c in chips(page) if lab == "METHOD"}
    assert {"LoRA", "DSCLoRA", "ConvLoRA", "SPAN"} <= method_chips
    page.screenshot(path=str(artifacts_dir / "arxiv-abs-dsclora.png"), full_page=True)


def test_hover_card_shows_label_and_canonical(configured, extension, new_page, artifacts_dir):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_LOWDIFF)
    detail = stored_paper(configured, arxiv_id="2509.15342")
    canonical = {s["canonical"] for b in detail["blocks"] for s in b["spans"]
                 if s["label"] == "DATASET" and s["text"] == "CIFAR-10"}
    assert len(canonical) == 1
    point = page.evaluate("""() => {
        for (const r of CSS.highlights.get('paperlens-DATASET')) {
          if (r.toString() !== 'CIFAR-10') continue;
          r.startContainer.parentElement.scrollIntoView({block: 'center'});
          const b = r.getClientRects()[0];
          return {x: b.left + b.width / 2, y: b.top + b.height / 2};
        } }""")
    assert point
    page.mouse.move(point["x"] - 200, point["y"] - 200)
    page.mouse.move(point["x"], point["y"], steps=4)
    card = page.locator(f"{CARD} .card")
    expect(card).to_be_visible()
    expect(card.locator(".lab")).to_have_text("DATASET")
    expect(card.locator(".canon")).to_have_text(canonical.pop())
    page.screenshot(path=str(artifacts_dir / "hover-card.png"))
    # off the highlight, the card goes away
    page.mouse.move(5, 5, steps=2)
    expect(page.locator(CARD)).to_be_hidden()


def test_offsets_are_code_points_across_nodes(configured, extension, new_page):
    """𝒪, 𝔼 and emoji (two UTF-16 units each) come before the names; "ImageNet" spans two elements."""
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_UNICODE)
    detail = stored_paper(configured, arxiv_id="2511.00042")
    stored = server_mentions(detail)
    assert stored, "the server found nothing in the test abstract"
    assert page_mentions(hl) == stored
    assert {"CIFAR-10", "ImageNet"} <= set(hl.get("DATASET", []))
    assert "FID" in hl.get("METRIC", [])


def test_hf_paper_page_skips_the_ai_summary(configured, extension, new_page, artifacts_dir):
    page, hl, tab, badge = open_annotated(extension, new_page, HF_PAPER)
    assert {"LoRA", "SPAN", "ConvLoRA", "DSCLoRA"} <= set(hl.get("METHOD", []))
    assert {"PSNR", "SSIM"} <= set(hl.get("METRIC", []))
    # the AI summary box also names DSCLoRA, ConvLoRA, SPAN, PSNR: nothing in it is highlighted
    assert_ranges_inside(page, "div.pb-10 h1, p.abstract-p")
    detail = stored_paper(configured, arxiv_id="2504.11271")
    assert page_mentions(hl) == server_mentions(detail)
    expect(page.locator(TAG_ROWS)).to_have_count(1)
    assert page.evaluate("document.querySelector('p.abstract-p').nextElementSibling.localName") == "paperlens-ui"
    assert sorted(chips(page)) == sorted((t["label"], t["canonical"]) for t in detail["tags"])
    page.screenshot(path=str(artifacts_dir / "hf-paper.png"), full_page=True)


def card_chips(page, title_prefix):
    card = page.locator("article", has=page.locator(f"h3 a:text-matches('^{title_prefix}')"))
    expect(card).to_have_count(1)
    return [(c.get_attribute("data-label"), c.get_attribute("data-canonical"))
            for c in card.locator(f"{TAG_ROWS} .chip").all()]


def test_hf_search_listing_tags_every_card(configured, extension, new_page, artifacts_dir, seed_by_title):
    page, hl, tab, badge = open_annotated(extension, new_page, HF_SEARCH)
    papers = library(configured)
    assert len(papers) == 6
    by_title = {p["title"]: p for p in papers}
    # the compact LowDiff card has no rendered abstract: its abstract came from the page's data-props
    lowdiff = by_title[seed_by_title("LowDiff")["title"]]
    lowdiff_chips = card_chips(page, "LowDiff")
    assert sorted(lowdiff_chips) == sorted((t["label"], t["canonical"]) for t in lowdiff["tags"])
    assert {"cifar-10", "ffhq", "imagenet"} <= {c.lower() for lab, c in lowdiff_chips if lab == "DATASET"}
    # a card with its abstract: highlights in it, tags under it
    dsc = by_title[seed_by_title("Distillation-Supervised")["title"]]
    assert sorted(card_chips(page, "Distillation")) == sorted((t["label"], t["canonical"]) for t in dsc["tags"])
    assert {"LoRA", "DSCLoRA"} <= set(hl.get("METHOD", []))
    expect(page.locator(TAG_ROWS)).to_have_count(sum(1 for p in papers if p["tags"]))
    # highlights only in titles and rendered abstracts
    assert_ranges_inside(page, "article h3 a, article p.summary")
    total = sum(len(v) for v in hl.values())
    assert badge["text"] == str(total)
    page.screenshot(path=str(artifacts_dir / "hf-search.png"), full_page=True)


NAVIGATE_JS = """async (path) => {
  // what the Svelte router does: fetch the next view, push the URL, swap the content
  const html = await (await fetch(path)).text();
  const next = new DOMParser().parseFromString(html, 'text/html');
  history.pushState({}, '', path);
  document.querySelector('main').replaceWith(document.adoptNode(next.querySelector('main')));
  document.title = next.title;
}"""


def test_hf_client_side_navigation_repaints_the_new_view(configured, extension, new_page):
    page, hl, tab, badge = open_annotated(extension, new_page, HF_SEARCH)
    assert page.locator(TAG_ROWS).count() >= 5

    page.evaluate(NAVIGATE_JS, "/papers/2504.11271")
    page.wait_for_function("""() => document.querySelectorAll("paperlens-ui[data-paperlens='tags']").length === 1
        && document.querySelector('p.abstract-p')?.nextElementSibling?.localName === 'paperlens-ui'""", timeout=30000)
    hl = wait_highlights(page)
    # nothing from the listing is left: every highlight is in the new paper's title or abstract
    assert_ranges_inside(page, "div.pb-10 h1, p.abstract-p")
    assert {"DSCLoRA", "ConvLoRA"} <= set(hl.get("METHOD", []))
    expect(page.locator(LEGEND)).to_have_count(1)
    total = sum(len(v) for v in hl.values())
    extension.wait_badge(HF_PAPER, lambda t: t == str(total), timeout=15, tab=tab)

    # and back to the listing through the router again: annotated again, once per card
    page.evaluate(NAVIGATE_JS, "/papers?q=efficient")
    page.wait_for_function("() => document.querySelectorAll(\"paperlens-ui[data-paperlens='tags']\").length >= 5",
                           timeout=30000)
    assert_ranges_inside(page, "article h3 a, article p.summary")
    assert len(library(configured)) == 6
