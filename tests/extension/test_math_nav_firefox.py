"""Math (MathJax 2 typesetting after the page loaded), Hugging Face's client-side navigation with
the browser's back button, and the manifest both browsers load (Chrome: no errors; Firefox:
`web-ext lint`)."""
import json
import shutil
import subprocess

import pytest
from playwright.sync_api import expect

from .plbrowser import ARXIV_MATH, HF_SEARCH, ROOT, highlights, library, paper_detail
from .sitecheck import TAG_ROWS, open_annotated, page_mentions, ranges_outside, server_mentions, settle

pytestmark = pytest.mark.browser

MATH_EL = ".MathJax, .MathJax_Preview, script[type^='math/tex'], mjx-container, .katex"
INSIDE_MATH_JS = """(sel) => { const bad = [];
  for (const [k, h] of CSS.highlights) if (k.startsWith('paperlens-')) for (const r of h) {
    for (const m of document.querySelectorAll(sel)) if (r.intersectsNode(m)) bad.push(r.toString()); }
  return bad; }"""
TEX_IN_RANGES_JS = """() => { const bad = [];
  for (const [k, h] of CSS.highlights) if (k.startsWith('paperlens-')) for (const r of h)
    if (/[$\\\\]/.test(r.toString())) bad.push(r.toString());
  return bad; }"""


def test_raw_tex_is_never_split(configured, extension, new_page):
    """MathJax off (arXiv's cookie): the text holds raw $...$; a name the server reports inside
    TeX (here: "rank", added by the user) is not painted, the names around the math are."""
    configured.session.post(configured.url + "/api/v1/corrections", json={"action": "add", "text": "rank", "label": "METHOD"},
                  timeout=5).raise_for_status()
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_MATH + "?mathjax_delay=never")
    detail = library(configured)[0]
    stored = paper_detail(configured, detail["id"])
    abstract = next(b for b in stored["blocks"] if b["kind"] == "abstract")
    assert "$\\mathrm{rank}(BA) \\le r$" in abstract["text"]
    assert "rank" not in hl.get("METHOD", [])           # inside $...$: left alone
    assert page.evaluate(TEX_IN_RANGES_JS) == []
    assert {"LoRA", "FlashLoRA", "DreamBooth"} <= set(hl["METHOD"])
    assert hl["METRIC"] == ["FID"]                        # not the one in $\mathrm{FID}$


def test_mathjax_typesetting_after_load(configured, extension, new_page, artifacts_dir):
    page = new_page()
    page.goto(ARXIV_MATH + "?mathjax_delay=1500")
    # painted on the raw TeX first...
    page.wait_for_function("[...CSS.highlights.keys()].some((k) => k.startsWith('paperlens-'))", timeout=30000)
    assert not page.evaluate("!!(window.MathJaxSim && MathJaxSim.done)")
    before = highlights(page)
    # ...then MathJax typesets, and the highlights are right again
    page.wait_for_function("window.MathJaxSim && MathJaxSim.done", timeout=15000)
    settle(page)
    after = highlights(page)
    assert page_mentions(after) == page_mentions(before)
    # the typeset math is exactly what MathJax produced, and no highlight touches it
    assert page.evaluate("""() => [...document.querySelectorAll(".MathJax, .MathJax_Preview, script[type='math/tex']")]
                              .map((e) => e.outerHTML)""") == page.evaluate("MathJaxSim.rendered")
    assert page.evaluate(INSIDE_MATH_JS, MATH_EL) == []
    assert ranges_outside(page, "#abs h1.title, #abs blockquote.abstract") == []
    # the text sent before and after typesetting is the same: one abstract in the library
    [paper] = library(configured)
    detail = paper_detail(configured, paper["id"])
    assert [b["kind"] for b in detail["blocks"]].count("abstract") == 1
    assert page_mentions(after) == server_mentions(detail)
    page.screenshot(path=str(artifacts_dir / "arxiv-mathjax.png"))


NAVIGATE_JS = """async (path) => {
  // what the Svelte router does: fetch the next view, push the URL, swap the content
  const html = await (await fetch(path)).text();
  const next = new DOMParser().parseFromString(html, 'text/html');
  if (!window.__views) {
    window.__views = {};
    window.__views[location.pathname + location.search] = document.querySelector('main');
    window.addEventListener('popstate', () => {   // the router restores the cached view
      const view = window.__views[location.pathname + location.search];
      if (view) document.querySelector('main').replaceWith(view);
    });
  }
  const main = document.adoptNode(next.querySelector('main'));
  window.__views[path] = main;
  history.pushState({}, '', path);
  document.querySelector('main').replaceWith(main);
  document.title = next.title;
}"""

COUNT_JS = """() => { let n = 0; for (const [k, h] of CSS.highlights) if (k.startsWith('paperlens-')) n += h.size; return n; }"""


def test_hf_listing_to_paper_and_back_leaves_one_set(configured, extension, new_page):
    page, hl, tab, badge = open_annotated(extension, new_page, HF_SEARCH)
    listing_count = page.evaluate(COUNT_JS)
    rows = page.locator(TAG_ROWS).count()
    page.evaluate(NAVIGATE_JS, "/papers/2504.11271")
    page.wait_for_function("""() => document.querySelectorAll("paperlens-ui[data-paperlens='tags']").length === 1
        && document.querySelector('p.abstract-p')?.nextElementSibling?.localName === 'paperlens-ui'""", timeout=30000)
    settle(page)
    assert ranges_outside(page, "div.pb-10 h1, p.abstract-p") == []
    # back: the router puts the old listing DOM back (with our old rows still in it)
    page.go_back()
    page.wait_for_function("location.search === '?q=efficient'")
    page.wait_for_function(f"""() => document.querySelectorAll("paperlens-ui[data-paperlens='tags']").length === {rows}""",
                           timeout=30000)
    settle(page)
    assert ranges_outside(page, "article h3 a, article p.summary") == []
    # exactly one set: as many highlights as the first time, one tag row per card, one legend
    assert page.evaluate(COUNT_JS) == listing_count
    assert page.evaluate("""() => [...document.querySelectorAll('article')].every(
        (a) => a.querySelectorAll("paperlens-ui[data-paperlens='tags']").length <= 1)""")
    expect(page.locator("paperlens-ui[data-paperlens='legend']")).to_have_count(1)
    assert len(library(configured)) == 6


# ---------------------------------------------------------------- the manifest, in both browsers

WEB_EXT = ROOT / "tests" / "extension" / "webext" / "node_modules" / ".bin" / "web-ext"


def test_chrome_loads_the_manifest_without_errors(extension, new_page):
    page = new_page()
    page.goto("chrome://extensions")
    info = page.evaluate("""(id) => new Promise((r) => chrome.developerPrivate.getExtensionInfo(id, r))""", extension.id)
    assert info["state"] == "ENABLED"
    assert info["manifestErrors"] == [] and info["installWarnings"] == [] and info["runtimeErrors"] == []
    assert {c["name"] for c in info["commands"]} >= {"annotate-selection", "toggle-overlay", "toggle-label-1"}
    assert any(v["type"] == "EXTENSION_SERVICE_WORKER_BACKGROUND" for v in info["views"])


def test_web_ext_lint_passes(tmp_path):
    """Firefox: `web-ext lint` on exactly what ships (manifest.json and extension/)."""
    if not WEB_EXT.exists():
        pytest.fail("web-ext is not installed: run `npm ci --prefix tests/extension/webext`")
    src = tmp_path / "paperlens"
    src.mkdir()
    shutil.copy(ROOT / "manifest.json", src / "manifest.json")
    shutil.copytree(ROOT / "extension", src / "extension", ignore=shutil.ignore_patterns("tools", "*.py"))
    out = subprocess.run([str(WEB_EXT), "lint", "--source-dir", str(src), "--output", "json", "--no-config-discovery"],
                         capture_output=True, text=True, timeout=120)
    report = json.loads(out.stdout)
    assert report["summary"]["errors"] == 0, report["errors"]
    # the one expected warning: Firefox ignores background.service_worker (it uses background.scripts)
    assert [w["code"] for w in report["warnings"]] == ["BACKGROUND_SERVICE_WORKER_IGNORED"], report["warnings"]
    manifest = json.loads((ROOT / "manifest.json").read_text())
    assert manifest["browser_specific_settings"]["gecko"]["id"]
    assert manifest["background"]["scripts"][-1] == manifest["background"]["service_worker"]
