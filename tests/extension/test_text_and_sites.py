"""The extension's own page code, run in real Chromium on the fixture pages (no server involved):
what text it would send for each site, and how code-point offsets become DOM Ranges."""
import pytest

from .plbrowser import ARXIV_DSCLORA, ARXIV_LOWDIFF, HF_PAPER, HF_SEARCH, ROOT

pytestmark = pytest.mark.browser

SCRIPTS = ["extension/common.js", "extension/content/offsets.js", "extension/content/sites.js"]


def load_scripts(page):
    for s in SCRIPTS:
        page.add_script_tag(path=str(ROOT / s))


@pytest.fixture
def plain_page(plain_context):
    page = plain_context.new_page()
    yield page
    page.close()


def extract(page, url):
    page.goto(url)
    load_scripts(page)
    return page.evaluate("""() => PaperLens.sites.extract(document, location).map((p) => ({
        key: p.key, paper: p.paper, place: p.place,
        title: p.title && {text: p.title.text, rendered: !!p.title.el},
        abstract: p.abstract && {text: p.abstract.text, rendered: !!p.abstract.el,
                                 tag: p.abstract.el && p.abstract.el.tagName}}))""")


def test_arxiv_abs_block_text_is_the_abstract_without_descriptor(plain_page, seed_by_title):
    rec = seed_by_title("LowDiff")
    [paper] = extract(plain_page, ARXIV_LOWDIFF)
    assert paper["title"]["text"] == rec["title"]          # no "Title:" descriptor
    assert paper["abstract"]["text"] == rec["text"]        # no "Abstract:", line breaks collapsed
    assert paper["abstract"]["tag"] == "BLOCKQUOTE"
    assert paper["paper"] == {"title": rec["title"], "url": ARXIV_LOWDIFF, "arxiv_id": "2509.15342"}


def test_arxiv_abs_urls_read_as_rendered(plain_page, seed_by_title):
    rec = seed_by_title("Distillation-Supervised")
    [paper] = extract(plain_page, ARXIV_DSCLORA)
    # arXiv renders the code URL as a link reading "this https URL": the block is the page's text
    expected = rec["text"].replace("https://github.com/Yaozzz666/DSCF-SR", "this https URL")
    assert paper["abstract"]["text"] == expected


def test_hf_paper_page_takes_the_abstract_not_the_ai_summary(plain_page, seed_by_title):
    rec = seed_by_title("Distillation-Supervised")
    [paper] = extract(plain_page, HF_PAPER)
    assert paper["title"]["text"] == rec["title"]
    assert paper["abstract"]["text"] == rec["text"]
    assert paper["abstract"]["tag"] == "P"
    assert paper["paper"]["arxiv_id"] == "2504.11271"


def test_hf_search_cards_with_and_without_rendered_abstracts(plain_page, seed_by_title):
    papers = extract(plain_page, HF_SEARCH)
    assert len(papers) == 6
    by_title = {p["title"]["text"]: p for p in papers}
    for prefix, rendered in [("Distillation-Supervised", True), ("LowDiff", False), ("TinySAM", False),
                             ("Sparse High Rank", True)]:
        rec = seed_by_title(prefix)
        p = by_title[rec["title"]]
        assert p["abstract"]["text"] == rec["text"]
        assert p["abstract"]["rendered"] is rendered
        assert p["place"] == ("after" if rendered else "append")
    assert len({p["paper"]["arxiv_id"] for p in papers}) == 6


OFFSETS_PAGE = """<!doctype html><meta charset="utf-8"><body>
<blockquote id="a">
   <span class="descriptor">Abstract:</span>Costs 𝒪(n²) 🚀 on <b>CIFAR</b>-10 and Image<span class="hit">Net</span>,<br/>then
   <script type="math/tex">x^2</script><span class="MathJax_Preview">x²</span> with FID.
</blockquote>"""


def test_code_point_offsets_map_onto_multiple_text_nodes(plain_page):
    plain_page.set_content(OFFSETS_PAGE)
    load_scripts(plain_page)
    text = plain_page.evaluate("PaperLens.offsets.collectText(document.getElementById('a')).text")
    assert text == "Costs 𝒪(n²) 🚀 on CIFAR-10 and ImageNet, then $x^2$ with FID."
    for name in ["CIFAR-10", "ImageNet", "FID", "𝒪(n²) 🚀"]:
        start = text.index(name)                 # Python: code points, like the server
        got = plain_page.evaluate(
            """([s, e]) => { const c = PaperLens.offsets.collectText(document.getElementById('a'));
                             const r = PaperLens.offsets.rangeFor(c, s, e); return r && r.toString(); }""",
            [start, start + len(name)])
        assert got == name
    # offsets past the end or empty spans give no range
    assert plain_page.evaluate(
        """(n) => { const c = PaperLens.offsets.collectText(document.getElementById('a'));
                    return [PaperLens.offsets.rangeFor(c, 0, n + 1), PaperLens.offsets.rangeFor(c, 3, 3)]; }""",
        len(text)) == [None, None]


# ---------------------------------------------------------------- the other sites' tables

from .plbrowser import ACL, ARXIV_LIST, ARXIV_SEARCH, BIORXIV  # noqa: E402


def test_arxiv_listing_pairs_dt_and_dd_across_sections(plain_page, seed_by_title):
    papers = extract(plain_page, ARXIV_LIST)
    assert [p["paper"]["arxiv_id"] for p in papers] == ["2511.01101", "2511.01102", "2511.01103", "2511.01104",
                                                        "2411.00734"]
    rec = seed_by_title("U-REPA")
    assert papers[0]["title"]["text"] == rec["title"]      # no "Title:" descriptor
    # arXiv renders URLs as "this https URL" links: the block is the page's text
    assert papers[0]["abstract"]["text"] == rec["text"].replace("https://github.com/YuchuanTian/U-REPA", "this https URL")
    assert papers[0]["abstract"]["tag"] == "P"


def test_arxiv_search_reads_the_full_abstract_without_toggles(plain_page, seed_by_title):
    papers = extract(plain_page, ARXIV_SEARCH)
    assert len(papers) == 4
    rec = seed_by_title("Sparse High Rank")
    p = next(p for p in papers if p["paper"]["arxiv_id"] == "2406.13175")
    assert p["title"]["text"] == rec["title"]
    assert p["abstract"]["text"] == rec["text"]             # search-hit spans read through, no "△ Less"
    assert p["abstract"]["tag"] == "SPAN"


@pytest.mark.parametrize("url,prefix,tag", [(ACL, "Alleviating Exposure Bias", "SPAN"),
                                            (BIORXIV, "Sketch to Adapt", "DIV")])
def test_static_sites(plain_page, seed_by_title, url, prefix, tag):
    [p] = extract(plain_page, url)
    rec = seed_by_title(prefix)
    assert p["title"]["text"] == rec["title"]
    assert p["abstract"]["text"] == rec["text"]              # bioRxiv: without the "Abstract" heading
    assert p["abstract"]["tag"] == tag


def test_math_regions_keep_tex_whole(plain_page):
    plain_page.set_content("<p>x</p>")
    load_scripts(plain_page)
    got = plain_page.evaluate(r"""() => {
        const t = 'costs $\\mathcal{O}(n)$ and \\(a+b\\) but not \\$5 or $$x$$ here';
        const m = PaperLens.offsets.mathRegions(t);
        return {regions: m.map(([a, b]) => t.slice(a, b)),
                inside: PaperLens.offsets.touchesMath(m, t.indexOf('mathcal'), t.indexOf('mathcal') + 7),
                across: PaperLens.offsets.touchesMath(m, 0, t.indexOf('$') + 1),
                outside: PaperLens.offsets.touchesMath(m, 0, 5)}; }""")
    assert got["regions"] == ["$\\mathcal{O}(n)$", "\\(a+b\\)", "$$x$$"]
    assert got["inside"] and got["across"] and not got["outside"]
