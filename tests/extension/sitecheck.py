"""Shared checks for the site tests: what a page shows, read back from the page itself."""
import time
from collections import Counter

from playwright.sync_api import expect

from .plbrowser import highlights, library, paper_detail, wait_highlights

TAG_ROWS = "paperlens-ui[data-paperlens='tags']"
LEGEND = "paperlens-ui[data-paperlens='legend']"
CARD = "paperlens-ui[data-paperlens='hovercard']"


def open_annotated(extension, new_page, url, color_scheme=None):
    """Open url, wait until every paper on it is painted (the badge then shows the count)."""
    page = new_page()
    if color_scheme:
        page.emulate_media(color_scheme=color_scheme)
    page.goto(url)
    wait_highlights(page)
    tab, badge = extension.wait_badge(url, lambda t: t.isdigit() and t != "0")
    settle(page)
    tab, badge = extension.wait_badge(url, lambda t: t.isdigit() and t != "0", tab=tab)
    return page, highlights(page), tab, badge


SNAPSHOT_JS = """() => { const out = [];
  for (const [k, h] of CSS.highlights) if (k.startsWith('paperlens-')) for (const r of h) out.push(k + ':' + r.toString());
  return out.sort().join('|'); }"""


def settle(page, quiet_ms=400, timeout_s=15):
    """Wait until the highlights stop changing (the page may re-render under them) and none is empty."""
    deadline = time.monotonic() + timeout_s
    last, since = None, time.monotonic()
    while time.monotonic() < deadline:
        snap = page.evaluate(SNAPSHOT_JS)
        if snap != last:
            last, since = snap, time.monotonic()
        elif (time.monotonic() - since) * 1000 >= quiet_ms and snap and ":|" not in snap + "|":
            return
        page.wait_for_timeout(50)
    raise AssertionError("the highlights never settled")


def stored_paper(server, **match):
    found = [p for p in library(server) if all(p.get(k) == v for k, v in match.items())]
    assert len(found) == 1, f"{match} is in the library {len(found)} times"
    return paper_detail(server, found[0]["id"])


def server_mentions(detail, kinds=("title", "abstract")):
    return Counter((s["label"], s["text"]) for b in detail["blocks"] if b["kind"] in kinds for s in b["spans"])


def page_mentions(hl):
    return Counter((label, text) for label, texts in hl.items() for text in texts)


def ranges_outside(page, selector):
    """Highlighted ranges that do not lie inside an element matching selector."""
    return page.evaluate("""(sel) => {
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


def chips(page, scope=TAG_ROWS):
    return [(c.get_attribute("data-label"), c.get_attribute("data-canonical")) for c in page.locator(f"{scope} .chip").all()]


POINT_JS = """([label, text]) => {
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('paperlens-') || (label && name !== 'paperlens-' + label)) continue;
    for (const r of h) {
      if (text && r.toString().replace(/\\s+/g, ' ') !== text) continue;
      const el = r.startContainer.parentElement;
      if (!el || !el.getClientRects().length) continue;   // hidden (e.g. arXiv's abstract-full)
      el.scrollIntoView({block: 'center'});
      const b = r.getClientRects()[0];
      if (!b || !b.width) continue;
      return {x: b.left + Math.min(b.width / 2, 12), y: b.top + b.height / 2, label: name.slice(10), text: r.toString()};
    }
  }
  return null; }"""


def hover(page, label=None, text=None):
    """Rest the mouse on a visible highlight; returns {x, y, label, text} and waits for the card."""
    point = page.evaluate(POINT_JS, [label, text])
    assert point, f"no visible highlight {label} {text}"
    page.mouse.move(5, 5)
    page.mouse.move(point["x"], point["y"], steps=3)
    card = page.locator(f"{CARD} .card")
    expect(card).to_be_visible(timeout=5000)
    expect(card.locator(".lab")).to_have_text(point["label"])
    return point
