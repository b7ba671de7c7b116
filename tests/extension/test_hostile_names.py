"""Strings that come back from the server are shown as text, never run: a knowledge-base name
and a user's tag that carry script, through the real extension in real Chromium."""
import json

import pytest
from playwright.sync_api import expect

from tests.conftest import ServerProcess

from .plbrowser import wait_highlights
from .sitecheck import CARD, TAG_ROWS, hover

pytestmark = pytest.mark.browser

EVIL_NAME = '<img src=x onerror="window.__pwned=1">FooNet'
EVIL_TAG = '<svg onload="window.__pwned=2">'
URL = "https://arxiv.org/abs/2511.09999"
ABSTRACT = (f"We propose FooNet for image classification. Our tag {EVIL_TAG} is literal text here, "
            "and FooNet reaches 90% accuracy on ImageNet.")
PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>FooNet</title></head><body>
<div id="abs"><h1 class="title mathjax"><span class="descriptor">Title:</span>FooNet for everything</h1>
<blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>{ABSTRACT.replace("<", "&lt;")}</blockquote>
</div></body></html>"""


@pytest.fixture
def hostile_server(tmp_path):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "methods.jsonl").write_text(json.dumps(
        {"canonical": EVIL_NAME, "label": "METHOD", "aliases": ["FooNet"],
         "description": '<script>window.__pwned=3</script>"a description"'}) + "\n", encoding="utf-8")
    (kb / "datasets.jsonl").write_text(json.dumps({"canonical": "ImageNet", "label": "DATASET"}) + "\n")
    server = ServerProcess(tmp_path / "library.db", env={"PAPERLENS_KB_DIR": str(kb)}).start()
    yield server
    server.stop()


def test_script_in_names_and_tags_is_shown_as_text(extension, new_page, hostile_server, artifacts_dir):
    page = extension.configure(hostile_server.url)
    expect(page.locator("#health-text")).to_have_text(f"Connected to {hostile_server.url}", timeout=15000)
    page.close()
    # the user adds the script-bearing words as a tag of their own
    made = hostile_server.session.post(hostile_server.url + "/api/v1/corrections",
                                       json={"action": "add", "text": EVIL_TAG, "label": "TASK"}, timeout=10)
    assert made.status_code == 201

    page = new_page()
    page.route(URL, lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=PAGE))
    page.goto(URL)
    hl = wait_highlights(page)
    assert "FooNet" in hl.get("METHOD", []) and EVIL_TAG in hl.get("TASK", [])
    # the tag row is painted after the highlights: wait for its chips (a timeout here fails the test too)
    read_chips = "hosts => hosts.map(h => h.shadowRoot ? h.shadowRoot.textContent : '').join(' ')"
    rows = f"[...document.querySelectorAll({json.dumps(TAG_ROWS)})]"
    page.wait_for_function(f"() => ({read_chips})({rows}).length > 0", timeout=10000)
    chip_texts = page.locator(f"{TAG_ROWS}").evaluate_all(read_chips)
    assert EVIL_NAME in chip_texts and EVIL_TAG in chip_texts
    hover(page, "METHOD", "FooNet")
    card = page.locator(f"{CARD} .card")
    expect(card).to_contain_text(EVIL_NAME)
    page.screenshot(path=str(artifacts_dir / "hostile-names.png"))
    # nothing ran, and no element was made from the strings, in the page or in our shadow roots
    assert page.evaluate("window.__pwned") is None
    made_elements = page.evaluate("""() => {
        const roots = [document, ...[...document.querySelectorAll('*')].filter(e => e.shadowRoot).map(e => e.shadowRoot)];
        return roots.reduce((n, r) => n + r.querySelectorAll('img[src="x"], svg[onload], script').length, 0); }""")
    assert made_elements == 0
