"""Every supported site, end to end: real Chromium, the real extension, a real `paperlens serve`,
each site's real URL answered from a faithful copy of its HTML. Each site gets its highlights
(exactly the server's mentions, only inside titles and abstracts), its tag rows, the RESULTS
line where the server found results, and a light and a dark screenshot with the hover card open."""
import pytest
from playwright.sync_api import expect

from .plbrowser import (ACL, ARXIV_LIST, ARXIV_SEARCH, BIORXIV, HF_DAILY, OPENREVIEW, SEMANTIC_SCHOLAR, highlights,
                        library, paper_detail)
from .sitecheck import (CARD, TAG_ROWS, chips, hover, open_annotated, page_mentions, ranges_outside,
                        server_mentions, stored_paper)

pytestmark = pytest.mark.browser

# url, where highlights may be, how the stored paper is found, a name that must be highlighted
SINGLE = {
    "openreview": (OPENREVIEW, ".forum-note .forum-title h2.citation_title, .forum-note .note-content-value.markdown-rendered",
                   {"url": "https://openreview.net/forum?id=pNdM3xQ8Zs"}, ("METHOD", "DDIM")),
    "semantic-scholar": (SEMANTIC_SCHOLAR, "h1[data-test-id='paper-detail-title'], [data-test-id='abstract-text'] span",
                         {"title": "EMOv2: Pushing 5M Vision Model Frontier"}, ("METHOD", "EMOv2")),
    "acl-anthology": (ACL, "h2#title, div.acl-abstract > span", {"url": ACL}, ("DATASET", "CIFAR-10")),
    "biorxiv": (BIORXIV, "h1#page-title, div.section.abstract p", {}, ("METHOD", "LoftQ")),
}


def screenshot_pair(extension, new_page, url, name, artifacts_dir, label=None, text=None, light_page=None):
    """Light and dark screenshots with the hover card open (the light one on light_page if given)."""
    for scheme in ("light", "dark"):
        if scheme == "light" and light_page is not None:
            page = light_page
        else:
            page, hl, tab, badge = open_annotated(extension, new_page, url, color_scheme=scheme)
        hover(page, label, text)
        theme = page.locator(CARD).get_attribute("data-theme")
        page.screenshot(path=str(artifacts_dir / f"{name}-{scheme}.png"))
        page.close()
        yield scheme, theme


@pytest.mark.parametrize("site", sorted(SINGLE))
def test_single_paper_sites(site, configured, extension, new_page, artifacts_dir):
    url, scope, match, (label, name) = SINGLE[site]
    page, hl, tab, badge = open_annotated(extension, new_page, url)
    assert name in hl.get(label, [])
    assert ranges_outside(page, scope) == []
    papers = library(configured)
    assert len(papers) == 1
    detail = paper_detail(configured, papers[0]["id"])
    for k, v in match.items():
        assert detail[k] == v
    if site != "semantic-scholar":  # S2's truncated abstract is also stored (see the expand test)
        assert page_mentions(hl) == server_mentions(detail)
    expect(page.locator(TAG_ROWS)).to_have_count(1)
    assert sorted(chips(page)) == sorted((t["label"], t["canonical"]) for t in detail["tags"])
    assert badge["text"] == str(sum(len(v) for v in hl.values()))
    themes = dict(screenshot_pair(extension, new_page, url, site, artifacts_dir, label, name, light_page=page))
    # these sites have no dark theme: the overlay matches the page, not the OS setting
    assert themes == {"light": "light", "dark": "light"}


def test_openreview_reads_the_abstract_not_the_tldr(configured, extension, new_page):
    page, hl, tab, badge = open_annotated(extension, new_page, OPENREVIEW)
    # the TL;DR names DiffuseVAE, DDIM, FID and CelebA-HQ too: nothing in it is highlighted
    assert ranges_outside(page, ".note-content-value.markdown-rendered, h2.citation_title") == []
    results = page.locator(f"{TAG_ROWS} .result").all_text_contents()
    assert any(r.startswith("FID 16.47") and r.endswith("CelebA-HQ") for r in results), results


def test_acl_results_line(configured, extension, new_page):
    page, hl, tab, badge = open_annotated(extension, new_page, ACL)
    line = page.locator(f"{TAG_ROWS} .results")
    expect(line).to_be_visible()
    expect(line.locator(".result").first).to_have_text("FID 3.88·CIFAR-10")
    # the row sits right after the abstract card's text
    assert page.evaluate("document.querySelector('div.acl-abstract > span').nextElementSibling.localName") == "paperlens-ui"


def test_semantic_scholar_expand_annotates_the_full_abstract(configured, extension, new_page):
    page, hl, tab, badge = open_annotated(extension, new_page, SEMANTIC_SCHOLAR)
    before = sum(len(v) for v in hl.values())
    page.click("[data-test-id='text-truncator-toggle']")  # React swaps in the full abstract
    page.wait_for_function("""(n) => { let c = 0; for (const [k, h] of CSS.highlights) if (k.startsWith('paperlens-')) c += h.size;
                                       return c > n; }""", arg=before, timeout=15000)
    hl = highlights(page)
    assert ranges_outside(page, "h1[data-test-id='paper-detail-title'], [data-test-id='abstract-text'] span") == []
    full = [b for b in stored_paper(configured, title="EMOv2: Pushing 5M Vision Model Frontier")["blocks"]
            if b["kind"] == "abstract" and not b["text"].endswith("…")]
    assert max(len(b["text"]) for b in full) > 1500
    expect(page.locator(TAG_ROWS)).to_have_count(1)


def test_arxiv_listing_several_dl_articles(configured, extension, new_page, artifacts_dir):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_LIST)
    assert ranges_outside(page, "dl > dd div.list-title, dl > dd div.meta > p.mathjax") == []
    papers = library(configured)
    ids = {"2511.01101", "2511.01102", "2511.01103", "2511.01104", "2411.00734"}
    assert {p["arxiv_id"] for p in papers} == ids  # new, cross-list and replacement sections
    for p in papers:
        detail = paper_detail(configured, p["id"])
        assert not detail["title"].startswith("Title:")
    expect(page.locator(TAG_ROWS)).to_have_count(5)
    # each row sits under its abstract, inside its own dd
    assert page.evaluate("""() => [...document.querySelectorAll('dl > dd')].every(
        (dd) => dd.querySelector('p.mathjax + paperlens-ui[data-paperlens=tags]'))""")
    assert sum(len(v) for v in hl.values()) == sum(server_mentions(paper_detail(configured, p["id"])).total()
                                                  for p in papers)
    list(screenshot_pair(extension, new_page, ARXIV_LIST, "arxiv-list", artifacts_dir, light_page=page))


def test_arxiv_search_short_and_full_abstracts(configured, extension, new_page, artifacts_dir):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_SEARCH)
    assert ranges_outside(page, "li.arxiv-result p.title, li.arxiv-result span.abstract-short, "
                                "li.arxiv-result span.abstract-full") == []
    papers = {p["arxiv_id"]: p for p in library(configured)}
    assert set(papers) == {"2411.09700", "2406.13175", "2504.11271", "2503.10911"}
    sparse = paper_detail(configured, papers["2406.13175"]["id"])
    abstract = next(b["text"] for b in sparse["blocks"] if b["kind"] == "abstract")
    # the stored abstract is the full one, without "▽ More"/"△ Less" and with search hits unwrapped
    assert not abstract.endswith("Less") and "More" not in abstract and len(abstract) > 1500
    # highlights in the visible short abstract, and "LoRA" inside span.search-hit is one name
    visible = page.evaluate("""() => { const out = [];
        for (const [k, h] of CSS.highlights) for (const r of h) {
          const el = r.startContainer.parentElement;
          if (el.closest('span.abstract-short')) out.push(r.toString()); }
        return out; }""")
    assert "LoRA" in visible
    # "More" shows the full abstract, already painted
    li = page.locator("li.arxiv-result", has=page.locator("a[href$='2406.13175']"))
    li.locator("span.abstract-short a.is-size-7").click()
    expect(li.locator("span.abstract-full")).to_be_visible()
    full = page.evaluate("""() => { const out = [];
        for (const [k, h] of CSS.highlights) for (const r of h) {
          const el = r.startContainer.parentElement;
          if (el.closest('span.abstract-full') && el.closest('li').querySelector("a[href$='2406.13175']")) out.push(r.toString()); }
        return out; }""")
    assert len(full) == sum(1 for s in sparse["blocks"] if s["kind"] == "abstract" for _ in s["spans"])
    expect(page.locator(TAG_ROWS)).to_have_count(4)
    page.close()
    list(screenshot_pair(extension, new_page, ARXIV_SEARCH, "arxiv-search", artifacts_dir, "METHOD", "LoRA"))


def test_hf_daily_listing_dark_theme_and_progress(configured, extension, new_page, artifacts_dir):
    page, hl, tab, badge = open_annotated(extension, new_page, HF_DAILY)
    papers = library(configured)
    assert len(papers) == 50
    expect(page.locator(TAG_ROWS)).to_have_count(sum(1 for p in papers if p["tags"]))
    assert ranges_outside(page, "article h3 a, article p.summary") == []
    # the page was painted in batches, in-view papers first: the progress reached the tab state
    state = extension.helper.evaluate(f"chrome.storage.session.get('tab:{tab}')")[f"tab:{tab}"]
    assert state["papers"] == 50 and state["done"] == 50
    themes = dict(screenshot_pair(extension, new_page, HF_DAILY, "hf-daily", artifacts_dir, light_page=page))
    # Hugging Face has its own dark theme (html.dark): the overlay follows it
    assert themes == {"light": "light", "dark": "dark"}
