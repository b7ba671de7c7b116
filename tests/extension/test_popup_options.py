"""The popup (status, count, CSV export) and the options page (address validation, connection test)."""
import pytest
from playwright.sync_api import expect

from .plbrowser import ARXIV_LOWDIFF, wait_highlights

pytestmark = pytest.mark.browser


def test_popup_shows_status_count_and_exports_csv(configured, extension, new_page, artifacts_dir):
    page = new_page()
    page.goto(ARXIV_LOWDIFF)
    hl = wait_highlights(page)
    total = sum(len(v) for v in hl.values())
    tab, _ = extension.wait_badge(ARXIV_LOWDIFF, lambda t: t == str(total))
    version = configured.session.get(configured.url + "/api/v1/health", timeout=5).json()["version"]

    popup = new_page()
    popup.set_viewport_size({"width": 324, "height": 330})
    popup.goto(extension.url(f"extension/popup/popup.html?tab={tab}"))
    expect(popup.locator("#server-status-text")).to_have_text("Online")
    expect(popup.locator("#server-version")).to_have_text(f"v{version}")
    expect(popup.locator("#server-url")).to_have_text(configured.url)
    expect(popup.locator("#page-count")).to_have_text(str(total))
    expect(popup.locator("#page-labels .swatch[data-label='DATASET']")).to_have_text(f"DATASET {len(hl['DATASET'])}")
    popup.screenshot(path=str(artifacts_dir / "popup.png"))

    with popup.expect_download() as dl:
        popup.click("#export")
    download = dl.value
    assert download.suggested_filename.endswith(".csv")
    csv_text = open(download.path(), encoding="utf-8").read()
    assert csv_text == configured.session.get(configured.url + "/api/v1/export?format=csv", timeout=10).text
    assert "CIFAR-10" in csv_text and "2509.15342" in csv_text
    expect(popup.locator("#export-msg")).to_contain_text("Saved")


def test_popup_when_the_server_is_down(configured, extension, new_page):
    configured.stop()
    popup = new_page()
    popup.goto(extension.url("extension/popup/popup.html"))
    expect(popup.locator("#server-status-text")).to_have_text("Offline")
    expect(popup.locator("#export")).to_be_disabled()


@pytest.mark.parametrize("bad", [
    "example.com:5757",
    "http://example.com:5757",
    "ftp://127.0.0.1:5757",
    "http://127.0.0.1:5757/api/v1",
    "http://user:pw@127.0.0.1:5757",
    "javascript:alert(1)",
])
def test_options_rejects_addresses_that_are_not_a_local_server(extension, new_page, bad):
    page = new_page()
    page.goto(extension.url("extension/options/options.html"))
    before = page.evaluate("chrome.storage.local.get('serverUrl')")
    page.fill("#server", bad)
    page.click("#save")
    expect(page.locator("#save-msg.error")).not_to_be_empty()
    expect(page.locator("#server")).to_have_attribute("aria-invalid", "true")
    assert page.evaluate("chrome.storage.local.get('serverUrl')") == before


def test_options_normalises_and_tests_the_address(configured, extension, new_page, artifacts_dir):
    page = new_page()
    page.goto(extension.url("extension/options/options.html"))
    page.fill("#server", f"  {configured.url.replace('127.0.0.1', 'localhost')}/  ")
    page.click("#test")
    expected = configured.url.replace("127.0.0.1", "localhost")
    expect(page.locator("#health-text")).to_have_text(f"Connected to {expected}")
    assert page.evaluate("chrome.storage.local.get('serverUrl')") == {"serverUrl": expected}
    expect(page.locator("#health-labels .swatch")).to_have_text(["METHOD", "DATASET", "METRIC", "TASK"])
    page.screenshot(path=str(artifacts_dir / "options.png"))
    configured.stop()
    page.click("#test")
    expect(page.locator("#health-text")).to_contain_text("No PaperLens server at")
