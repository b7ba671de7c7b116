"""The extension's page cache: a page loaded again paints from what the server answered last
time, before the server answers again; the server's answer still decides (a correction made
elsewhere, e.g. on the dashboard, shows once it arrives), and with the server gone a cached
paint is taken back so the page ends exactly as it was."""
import pytest

from .plbrowser import ARXIV_LOWDIFF, FIXTURES, HF_DAILY, fixture_for, highlights
from .sitecheck import open_annotated, settle
from .test_server_down import SNAPSHOT_JS

pytestmark = pytest.mark.browser

MARKS_JS = """() => ({
  cache: performance.getEntriesByName('paperlens:paint-cache').length,
  painted: (performance.getEntriesByName('paperlens:all-painted')[0] || {}).startTime ?? null,
  confirmed: (performance.getEntriesByName('paperlens:all-confirmed')[0] || {}).startTime ?? null,
})"""


def wait_confirmed(page):
    page.wait_for_function("performance.getEntriesByName('paperlens:all-confirmed').length > 0", timeout=30000)


def test_reload_paints_from_the_cache_and_the_server_still_decides(configured, extension, new_page, plain_context):
    page, first, tab, _ = open_annotated(extension, new_page, ARXIV_LOWDIFF)
    assert "FID" in first["METRIC"]
    assert page.evaluate(MARKS_JS)["cache"] == 0  # the first visit: nothing cached yet

    page.reload()
    wait_confirmed(page)
    settle(page)
    marks = page.evaluate(MARKS_JS)
    assert marks["cache"] == 1 and marks["painted"] <= marks["confirmed"]
    assert highlights(page) == first  # the cache and the server agree

    # a correction the extension did not see (made on the server directly, as the dashboard does)
    made = configured.session.post(configured.url + "/api/v1/corrections",
                                   json={"action": "reject", "text": "FID", "label": "METRIC"}, timeout=10)
    assert made.status_code == 201
    page.reload()
    wait_confirmed(page)
    settle(page)
    assert page.evaluate(MARKS_JS)["cache"] == 1  # painted from the (now stale) cache first ...
    assert "FID" not in highlights(page).get("METRIC", [])  # ... and the server's answer replaced it
    assert "FFHQ" in highlights(page)["DATASET"]

    # the server goes away: whatever the cache painted is taken back, the page is as it was
    plain = plain_context.new_page()
    plain.goto(ARXIV_LOWDIFF)
    untouched = plain.evaluate(SNAPSHOT_JS)
    plain.close()
    configured.stop()
    page.reload()
    extension.wait_badge(ARXIV_LOWDIFF, lambda t: t == "off", tab=tab, timeout=30)
    page.wait_for_timeout(500)
    assert page.evaluate(SNAPSHOT_JS) == untouched


def test_a_cached_block_whose_text_changed_is_checked_after_the_frame(configured, extension, new_page):
    """The page cache finds blocks by a quick key (kind, length, first and last characters), not
    by hashing the text before painting; the full key is checked after the frame. An abstract
    changed in its middle (same length, same ends) loses its cached paint, and the server's answer
    for the new text is what stays."""
    page, first, _, _ = open_annotated(extension, new_page, ARXIV_LOWDIFF)
    html = (FIXTURES / fixture_for(ARXIV_LOWDIFF)).read_text(encoding="utf-8")
    assert html.count("achieved remarkable success") == 1
    changed = html.replace("achieved remarkable success", "achieved impressive success")  # same length
    page.route(ARXIV_LOWDIFF, lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=changed))
    page.reload()
    wait_confirmed(page)
    settle(page)
    marks = page.evaluate("""() => ({
      cache: performance.getEntriesByName('paperlens:paint-cache').length,
      mismatch: performance.getEntriesByName('paperlens:cache-mismatch').map((m) => m.detail.papers),
    })""")
    if marks["cache"]:  # painted from the cache (the hello answer came before the server's): caught after the frame
        assert marks["mismatch"] == [1]
    after = highlights(page)
    assert "LowDiff" in " ".join(sum(after.values(), []))
    assert "FID" in after["METRIC"] and "FFHQ" in after["DATASET"]


HELLO_JS = """async (url) => { const r = await hello({ url }); if (!r.cache) return null;
  const names = r.cache.labels.map((l) => l.label);
  return Object.values(r.cache.blocks).flatMap((b) => b.s.map((s) => names[s[2]] + ':' + s[3])); }"""


def test_an_empty_page_cache_paints_what_the_library_holds_for_the_page(configured, extension, new_page, ext_context):
    """The page cache emptied (another browser, a new profile): the page's hello asks the server
    what its library holds for this URL (GET /api/v1/page) and paints that like a cached page,
    before the annotate answer when it comes first; the annotate answer still decides."""
    page, first, _, _ = open_annotated(extension, new_page, HF_DAILY)
    assert page.evaluate(MARKS_JS)["cache"] == 0
    page.close()
    worker = ext_context.service_workers[0]
    worker.evaluate("dropPageCache()")
    # what the hello answers, asked as the page does (it is then in the page cache)
    spans = worker.evaluate(HELLO_JS, HF_DAILY)
    # every highlight the page showed (compact cards' abstracts are in the library, not on the page)
    assert {f"{label}:{text}" for label, texts in first.items() for text in texts} <= set(spans)
    worker.evaluate("dropPageCache()")
    page = new_page()
    page.goto(HF_DAILY)
    wait_confirmed(page)
    settle(page)
    marks = page.evaluate(MARKS_JS)
    if marks["cache"]:  # the library's answer came before the annotate answers (it usually does)
        assert marks["painted"] <= marks["confirmed"]
    assert highlights(page) == first
    # a correction the extension did not see: the library's answer already has it
    made = configured.session.post(configured.url + "/api/v1/corrections",
                                   json={"action": "reject", "text": "FID", "label": "METRIC"}, timeout=10)
    assert made.status_code == 201
    worker.evaluate("dropPageCache()")
    spans = worker.evaluate(HELLO_JS, HF_DAILY)
    assert "METRIC:FID" not in spans and "METRIC:PSNR" in spans
    # a page the library never saw: nothing
    assert worker.evaluate(HELLO_JS, HF_DAILY + "?unseen") is None
    # the labels pages read with their switches, for the ::highlight() rules at DOMContentLoaded
    health = configured.session.get(configured.url + "/api/v1/health", timeout=10).json()
    assert worker.evaluate("chrome.storage.local.get('labels')")["labels"] == health["labels"]


def test_the_library_answer_is_asked_as_the_navigation_starts(configured, extension, new_page, ext_context):
    """With the page cache emptied, the service worker asks the library for a page as soon as the
    browser starts navigating to it, so the page's hello finds the library's answer already asked
    for (and paints it like a cached page) rather than asking the server itself."""
    page, first, _, _ = open_annotated(extension, new_page, HF_DAILY)
    page.close()
    ext_context.service_workers[0].evaluate("dropPageCache()")
    page = new_page()
    page.goto(HF_DAILY)
    wait_confirmed(page)
    settle(page)
    hello = page.evaluate("() => performance.getEntriesByName('paperlens:hello')[0].detail")
    assert hello["cached"] and hello["sw"]["ahead"]
    assert highlights(page) == first
