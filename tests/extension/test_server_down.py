"""With the server stopped, a fresh page load leaves the page exactly as it was, and the badge says off."""
import pytest

from .plbrowser import ARXIV_LOWDIFF, HF_PAPER, HF_SEARCH

pytestmark = pytest.mark.browser

SNAPSHOT_JS = """() => ({
  html: document.documentElement.outerHTML,
  highlights: CSS.highlights.size,
  sheets: document.adoptedStyleSheets.length,
  ours: document.querySelectorAll('paperlens-ui, [data-paperlens]').length,
})"""


@pytest.mark.parametrize("url", [ARXIV_LOWDIFF, HF_PAPER, HF_SEARCH])
def test_server_down_leaves_the_page_untouched(configured, extension, new_page, plain_context, url):
    # what the page looks like in a browser without the extension
    plain = plain_context.new_page()
    plain.goto(url)
    untouched = plain.evaluate(SNAPSHOT_JS)
    plain.close()

    configured.stop()
    page = new_page()
    page.goto(url)
    tab, badge = extension.wait_badge(url, lambda t: t != "", timeout=30)
    assert badge["text"] == "off"
    assert configured.url in badge["title"] and "paperlens serve" in badge["title"]
    page.wait_for_timeout(500)  # nothing arrives late either
    after = page.evaluate(SNAPSHOT_JS)
    assert after == untouched
    assert after["highlights"] == 0 and after["sheets"] == 0 and after["ours"] == 0
