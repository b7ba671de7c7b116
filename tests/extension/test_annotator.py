"""The annotator, end to end: accept / reject / change label on a highlight (one click or one key),
add a span from a selection, each sent through the service worker to POST /api/v1/corrections,
shown at once, surviving a reload, changing what the next page shows, listed in the popup with
undo. Also the per-site switches (popup, legend, shortcut) and annotating a selection anywhere."""
import time

import pytest
from playwright.sync_api import expect

from .plbrowser import ARXIV_DSCLORA, ARXIV_LOWDIFF, ARXIV_UNICODE, HF_PAPER, highlights
from .sitecheck import CARD, LEGEND, TAG_ROWS, hover, open_annotated, settle

pytestmark = pytest.mark.browser


def corrections(server, count=1, timeout=10):
    """The server's corrections, once there are ``count`` of them: the page shows a
    correction at once, while the service worker's POST may still be on its way."""
    deadline = time.monotonic() + timeout
    while True:
        found = server.session.get(server.url + "/api/v1/corrections", timeout=5).json()["corrections"]
        if len(found) == count or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def has(page, label, text):
    return text in highlights(page).get(label, [])


def wait_has(page, label, text, present=True, timeout=15000):
    page.wait_for_function("""([label, text, present]) => {
        const h = CSS.highlights.get('paperlens-' + label);
        const found = !!h && [...h].some((r) => r.toString().replace(/\\s+/g, ' ') === text);
        return found === present; }""", arg=[label, text, present], timeout=timeout)


def reload_settled(extension, page, url):
    page.reload()
    page.wait_for_function("[...CSS.highlights.keys()].some((k) => k.startsWith('paperlens-'))", timeout=30000)
    extension.wait_badge(url, lambda t: t.isdigit() and t != "0")
    settle(page)


def open_popup(extension, new_page, tab):
    popup = new_page()
    popup.set_viewport_size({"width": 340, "height": 640})
    popup.goto(extension.url(f"extension/popup/popup.html?tab={tab}"))
    expect(popup.locator("#server-status-text")).to_have_text("Online")
    return popup


def test_reject_by_click_persists_and_reaches_other_pages_then_undo(configured, extension, new_page, artifacts_dir):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_DSCLORA)
    assert "SPAN" in hl["METHOD"]
    hover(page, "METHOD", "SPAN")
    card = page.locator(f"{CARD} .card")
    expect(card.locator(".desc")).not_to_be_empty()
    expect(card.locator(".seen")).to_contain_text("Seen in")
    page.screenshot(path=str(artifacts_dir / "annotator-card.png"))
    card.locator("button.reject").click()
    # at once: every SPAN highlight is gone, before any reload
    wait_has(page, "METHOD", "SPAN", present=False, timeout=3000)
    [c] = corrections(configured)
    assert (c["action"], c["text"], c["label"]) == ("reject", "SPAN", "METHOD")
    assert c["paper_id"] is not None
    # survives a reload
    reload_settled(extension, page, ARXIV_DSCLORA)
    assert not has(page, "METHOD", "SPAN") and has(page, "METHOD", "DSCLoRA")
    # and the next page with the same name (another site) does not highlight it either
    hf, hl2, tab2, _ = open_annotated(extension, new_page, HF_PAPER)
    assert "SPAN" not in hl2.get("METHOD", []) and "ConvLoRA" in hl2["METHOD"]

    # the popup lists it; undo brings SPAN back on the open pages
    popup = open_popup(extension, new_page, tab2)
    item = popup.locator("#corrections li[data-action='reject']")
    expect(item).to_have_count(1)
    expect(item.locator(".what")).to_have_text("SPAN (METHOD)")
    popup.screenshot(path=str(artifacts_dir / "popup-corrections.png"))
    item.locator("button.undo").click()
    expect(popup.locator("#corrections li")).to_have_count(0)
    assert corrections(configured, count=0) == []
    wait_has(hf, "METHOD", "SPAN", present=True)
    wait_has(page, "METHOD", "SPAN", present=True)


def test_relabel_by_key_persists(configured, extension, new_page):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_LOWDIFF)
    assert "FFHQ" in hl["DATASET"]
    hover(page, "DATASET", "FFHQ")
    labels = [b.get_attribute("data-label") for b in page.locator(f"{CARD} .actions button.relabel").all()]
    assert labels == ["METHOD", "METRIC", "TASK"]
    page.keyboard.press("4")  # the 4th label: TASK
    wait_has(page, "TASK", "FFHQ", timeout=3000)
    assert not has(page, "DATASET", "FFHQ")
    [c] = corrections(configured)
    assert (c["action"], c["text"], c["label"], c["new_label"]) == ("relabel", "FFHQ", "DATASET", "TASK")
    reload_settled(extension, page, ARXIV_LOWDIFF)
    assert has(page, "TASK", "FFHQ") and not has(page, "DATASET", "FFHQ")
    # the tag row follows the new label
    assert page.locator(f"{TAG_ROWS} .chip[data-label='TASK'][data-canonical='FFHQ']").count() == 1
    other, hl2, _, _ = open_annotated(extension, new_page, ARXIV_UNICODE)
    assert "FFHQ" in hl2.get("TASK", []) and "FFHQ" not in hl2.get("DATASET", [])


def test_accept_by_key(configured, extension, new_page):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_LOWDIFF)
    hover(page, "METRIC", "FID")
    page.keyboard.press("a")
    expect(page.locator(f"{CARD} .msg")).to_have_text("Confirmed ✓")
    [c] = corrections(configured)
    assert (c["action"], c["text"], c["label"]) == ("accept", "FID", "METRIC")
    reload_settled(extension, page, ARXIV_LOWDIFF)
    hover(page, "METRIC", "FID")
    expect(page.locator(f"{CARD} .badge")).to_have_text("confirmed")


SELECT_JS = """(word) => {
  const el = document.querySelector('#abs blockquote.abstract');
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(word);
    if (i < 0) continue;
    n.parentElement.scrollIntoView({block: 'center'});
    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + word.length);
    const s = getSelection(); s.removeAllRanges(); s.addRange(r);
    return true;
  }
  return false; }"""


def test_add_from_selection_persists_everywhere(configured, extension, new_page):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_DSCLORA)
    painted = " ".join(t for texts in hl.values() for t in texts)
    word = next(w for w in ("SConvLB", "SPAB", "Overall Performance Track", "teacher models") if w not in painted)
    assert page.evaluate(SELECT_JS, word)
    bar = page.locator("paperlens-ui[data-paperlens='selection']")
    expect(bar).to_be_visible()
    bar.locator("button[data-label='METHOD']").click()
    wait_has(page, "METHOD", word, timeout=3000)
    [c] = corrections(configured)
    assert (c["action"], c["text"], c["label"]) == ("add", word, "METHOD")
    reload_settled(extension, page, ARXIV_DSCLORA)
    assert has(page, "METHOD", word)
    hf, hl2, _, _ = open_annotated(extension, new_page, HF_PAPER)
    assert word in hl2["METHOD"]


def test_add_by_key_in_the_selection_toolbar(configured, extension, new_page):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_DSCLORA)
    assert page.evaluate(SELECT_JS, "pixel shuffle block")
    expect(page.locator("paperlens-ui[data-paperlens='selection']")).to_be_visible()
    page.keyboard.press("1")  # METHOD
    wait_has(page, "METHOD", "pixel shuffle block", timeout=3000)
    assert [(c["action"], c["text"]) for c in corrections(configured)] == [("add", "pixel shuffle block")]


def test_overlay_and_label_switches_per_site(configured, extension, new_page, artifacts_dir):
    page, hl, tab, badge = open_annotated(extension, new_page, ARXIV_LOWDIFF)
    popup = open_popup(extension, new_page, tab)
    expect(popup.locator("#site-name")).to_have_text("arxiv.org")
    # one label off from the popup
    popup.locator("#label-toggles input[data-label='DATASET']").uncheck()
    page.wait_for_function("!CSS.highlights.has('paperlens-DATASET') && CSS.highlights.has('paperlens-METHOD')")
    expect(page.locator(f"{LEGEND} .item[data-label='DATASET']")).to_have_class("item off")
    popup.screenshot(path=str(artifacts_dir / "popup-toggles.png"))
    # the legend line switches it back (one click)
    page.locator(f"{LEGEND} .item[data-label='DATASET']").click()
    page.wait_for_function("CSS.highlights.has('paperlens-DATASET')")
    # the whole overlay off, by the keyboard shortcut's command
    sw = extension.context.service_workers[0]
    sw.evaluate("(tabId) => chrome.tabs.get(tabId).then((t) => PaperLensBackground.onCommand('toggle-overlay', t))", tab)
    page.wait_for_function("![...CSS.highlights.keys()].some((k) => k.startsWith('paperlens-'))")
    expect(page.locator(TAG_ROWS)).to_be_hidden()
    expect(page.locator(LEGEND)).to_be_hidden()
    # remembered for the site across a reload...
    page.reload()
    page.wait_for_timeout(1500)
    assert not any(k.startswith("paperlens-") for k in page.evaluate("[...CSS.highlights.keys()]"))
    expect(page.locator(TAG_ROWS)).to_be_hidden()
    # ...but not for other sites
    hf, hl2, _, _ = open_annotated(extension, new_page, HF_PAPER)
    assert hl2
    # a label by shortcut (toggle-label-2 = DATASET), then the overlay back on
    sw.evaluate("(tabId) => chrome.tabs.get(tabId).then((t) => PaperLensBackground.onCommand('toggle-label-2', t))", tab)
    sw.evaluate("(tabId) => chrome.tabs.get(tabId).then((t) => PaperLensBackground.onCommand('toggle-overlay', t))", tab)
    page.wait_for_function("CSS.highlights.has('paperlens-METHOD') && !CSS.highlights.has('paperlens-DATASET')")


SUMMARY_SELECT = """() => {
  const p = document.querySelector("div[class*='bg-blue-500/6'] p");
  const r = document.createRange(); r.selectNodeContents(p);
  const s = getSelection(); s.removeAllRanges(); s.addRange(r); }"""


def test_annotate_selection_outside_the_papers(configured, extension, new_page, artifacts_dir):
    """What the context menu and the shortcut do: annotate exactly the selected text. (Chrome
    grants activeTab only to a real menu click or key press, which a test cannot send, so the
    command is run through the service worker on a page where PaperLens already runs.)"""
    page, hl, tab, badge = open_annotated(extension, new_page, HF_PAPER)
    assert ranges_in(page, "div[class*='bg-blue-500/6']") == 0  # the AI summary is not the abstract
    page.evaluate(SUMMARY_SELECT)
    sw = extension.context.service_workers[0]
    r = sw.evaluate("(tabId) => chrome.tabs.get(tabId).then((t) => PaperLensBackground.onCommand('annotate-selection', t))", tab)
    assert r["ok"] and r["count"] > 0
    settle(page)
    assert ranges_in(page, "div[class*='bg-blue-500/6']") == r["count"]
    expect(page.locator(TAG_ROWS)).to_have_count(2)
    page.screenshot(path=str(artifacts_dir / "selection-annotated.png"))


def ranges_in(page, selector):
    return page.evaluate("""(sel) => { let n = 0;
        for (const [k, h] of CSS.highlights) if (k.startsWith('paperlens-'))
          for (const r of h) if (r.startContainer.parentElement.closest(sel)) n++;
        return n; }""", selector)


def test_context_menu_entries(configured, extension):
    sw = extension.context.service_workers[0]
    sw.evaluate("PaperLensBackground.buildMenus()")
    # the menu is built from the server's labels; Chrome has no getter, so rebuild and count ids
    ids = sw.evaluate("""() => new Promise((resolve) => {
        const made = [];
        const orig = chrome.contextMenus.create;
        chrome.contextMenus.create = (p, cb) => { made.push(p.id); return orig.call(chrome.contextMenus, p, cb); };
        PaperLensBackground.buildMenus().then(() => { chrome.contextMenus.create = orig; resolve(made); }); })""")
    assert ids == ["paperlens", "annotate-selection", "sep", "add:METHOD", "add:DATASET", "add:METRIC", "add:TASK"]
