"""Helpers for the browser tests: fixture pages at their real URLs, the loaded extension, page probes."""

import re
import time
from pathlib import Path

from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHROMIUM = "/usr/bin/chromium"

ARXIV_LOWDIFF = "https://arxiv.org/abs/2509.15342"
ARXIV_DSCLORA = "https://arxiv.org/abs/2504.11271"
ARXIV_UNICODE = "https://arxiv.org/abs/2511.00042"
HF_PAPER = "https://huggingface.co/papers/2504.11271"
HF_SEARCH = "https://huggingface.co/papers?q=efficient"
HF_DAILY = "https://huggingface.co/papers/date/2025-11-05"
ARXIV_LIST = "https://arxiv.org/list/cs.CV/new"
ARXIV_SEARCH = "https://arxiv.org/search/?query=LoRA&searchtype=all&source=header"
ARXIV_MATH = "https://arxiv.org/abs/2511.00077"
OPENREVIEW = "https://openreview.net/forum?id=pNdM3xQ8Zs"
SEMANTIC_SCHOLAR = ("https://www.semanticscholar.org/paper/EMOv2%3A-Pushing-5M-Vision-Model-Frontier-Zhang-Li/"
                    "8f3a1c2b9d7e4f60a1b2c3d4e5f60718293a4b5c")
ACL = "https://aclanthology.org/2025.acl-long.412/"
BIORXIV = "https://www.biorxiv.org/content/10.1101/2025.03.14.643210v1"
ELSEWHERE = "https://example.org/blog/efficient-diffusion"  # a page PaperLens has no table for

PAGES = {
    ARXIV_LOWDIFF: "arxiv-abs-lowdiff.html",
    ARXIV_DSCLORA: "arxiv-abs-dsclora.html",
    ARXIV_UNICODE: "arxiv-abs-unicode.html",
    HF_PAPER: "hf-paper-dsclora.html",
    HF_SEARCH: "hf-papers-search-efficient.html",
    HF_DAILY: "hf-papers-daily-50.html",
    ARXIV_LIST: "arxiv-list-new.html",
    ARXIV_SEARCH: "arxiv-search-lora.html",
    ARXIV_MATH: "arxiv-abs-mathjax.html",
    OPENREVIEW: "openreview-forum.html",
    SEMANTIC_SCHOLAR: "semantic-scholar-paper.html",
    ACL: "acl-anthology-paper.html",
    BIORXIV: "biorxiv-paper.html",
}

ELSEWHERE_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes on efficient diffusion</title>
<style>body { font: 17px/1.6 Georgia, serif; max-width: 42rem; margin: 2rem auto; color: #222; }</style></head>
<body><h1>Notes on efficient diffusion</h1>
<p id="post">This week I read two papers. The first fine-tunes LoRA adapters for image super-resolution and
reports PSNR and SSIM on the Urban100 benchmark; the second distils a DDIM sampler and reaches an FID
of 3.9 on CIFAR-10 while matching ImageNet accuracy.</p>
<p id="other">Unrelated paragraph about gardening and tomatoes.</p></body></html>"""

BROWSER_ARGS = [
    "--headless=new",
    f"--disable-extensions-except={ROOT}",
    f"--load-extension={ROOT}",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PLAIN_ARGS = [a for a in BROWSER_ARGS if "extension" not in a]
VIEWPORT = {"width": 1280, "height": 900}


def fixture_for(url):
    """The fixture file answering a URL: exact, else without an arXiv version or the query
    parameters the page itself adds (?mathjax_delay=...)."""
    if url in PAGES:
        return PAGES[url]
    base = re.sub(r"(/abs/\d{4}\.\d{4,5})v\d+$", r"\1", url)
    if base in PAGES:
        return PAGES[base]
    no_query = re.sub(r"\?mathjax_delay=[^&#]*$", "", url)
    return PAGES.get(no_query)


def serve_fixture(route):
    """Answer the sites' real URLs from the fixture files."""
    url = route.request.url
    if url.split("#")[0] == ELSEWHERE:
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=ELSEWHERE_HTML)
        return
    name = fixture_for(url)
    if name:
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=(FIXTURES / name).read_bytes())
    else:
        route.fulfill(status=404, content_type="text/plain", body="not in the fixtures")


def add_routes(context):
    for pattern in ("https://arxiv.org/**", "https://huggingface.co/**", "https://*.arxiv.org/**",
                    "https://*.huggingface.co/**", "https://openreview.net/**", "https://www.semanticscholar.org/**",
                    "https://aclanthology.org/**", "https://www.biorxiv.org/**", "https://example.org/**"):
        context.route(pattern, serve_fixture)


class Extension:
    """The loaded extension, driven through its own pages."""

    def __init__(self, context, ext_id):
        self.context = context
        self.id = ext_id
        self._helper = None

    def url(self, path):
        return f"chrome-extension://{self.id}/{path}"

    @property
    def helper(self):
        """An extension page used to read extension state (badge, per-tab state)."""
        if self._helper is None or self._helper.is_closed():
            self._helper = self.context.new_page()
            self._helper.goto(self.url("extension/options/options.html"))
        return self._helper

    def configure(self, server_url):
        """Set the server address in the real options page and check "Test connection"."""
        page = self.context.new_page()
        page.goto(self.url("extension/options/options.html"))
        page.fill("#server", server_url)
        page.click("#save")
        expect(page.locator("#save-msg")).to_have_text(f"Saved: {server_url}")
        page.click("#test")
        return page

    def tab_id(self, page_url, timeout=15):
        """The tab id the service worker recorded for a page (from a content-script message);
        the most recently updated one if several tabs showed that URL."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            states = self.helper.evaluate("chrome.storage.session.get(null)")
            hits = sorted((st.get("updated", 0), int(key[4:])) for key, st in states.items()
                          if key.startswith("tab:") and st.get("url") == page_url)
            if hits:
                return hits[-1][1]
            time.sleep(0.1)
        raise AssertionError(f"the extension never reported on {page_url}")

    def badge(self, tab_id):
        return self.helper.evaluate(
            """async (tabId) => ({text: await chrome.action.getBadgeText({tabId}),
                                  title: await chrome.action.getTitle({tabId})})""", tab_id)

    def wait_badge(self, page_url, predicate, timeout=60, tab=None):
        """Wait until the page's badge satisfies predicate(text); returns (tab_id, badge)."""
        tab = self.tab_id(page_url) if tab is None else tab
        deadline = time.monotonic() + timeout
        badge = None
        while time.monotonic() < deadline:
            badge = self.badge(tab)
            if predicate(badge["text"]):
                return tab, badge
            time.sleep(0.1)
        raise AssertionError(f"badge for {page_url} stayed {badge}")


# ---------------------------------------------------------------- page helpers

HIGHLIGHTS_JS = r"""() => {
  const out = {};
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('paperlens-')) continue;
    // the page's own line breaks inside a range read as one space, as in the block text sent
    out[name.slice('paperlens-'.length)] = [...h].map((r) => r.toString().replace(/\s+/g, ' '));
  }
  return out;
}"""


def highlights(page):
    """{label: [text of each highlighted range]} as the page's CSS.highlights registry holds them."""
    return page.evaluate(HIGHLIGHTS_JS)


def wait_highlights(page, timeout=60000):
    page.wait_for_function(
        "() => [...CSS.highlights.keys()].some((k) => k.startsWith('paperlens-') && CSS.highlights.get(k).size > 0)",
        timeout=timeout)
    return highlights(page)


def library(server):
    r = server.session.get(server.url + "/api/v1/papers", params={"limit": 500}, timeout=10)
    r.raise_for_status()
    return r.json()["papers"]


def paper_detail(server, paper_id):
    r = server.session.get(f"{server.url}/api/v1/papers/{paper_id}", timeout=10)
    r.raise_for_status()
    return r.json()


def chips(page, scope="paperlens-ui[data-paperlens='tags']"):
    """[(label, canonical)] of the tag chips in the tag rows under `scope`."""
    return [(c.get_attribute("data-label"), c.get_attribute("data-canonical"))
            for c in page.locator(f"{scope} .chip").all()]
