"""Real Chromium with the real PaperLens extension, pages served from fixtures at their real URLs.

One browser (a persistent profile with the unpacked extension loaded from the repo root)
serves the whole session; each test gets fresh tabs and its own `live_server`, whose
address is set through the extension's real options page.
"""
import re

import pytest
from playwright.sync_api import expect, sync_playwright

from .plbrowser import BROWSER_ARGS, CHROMIUM, PLAIN_ARGS, VIEWPORT, Extension, add_routes


@pytest.fixture(scope="session")
def playwright_instance():
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def ext_context(playwright_instance, tmp_path_factory):
    context = playwright_instance.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("chromium-profile")),
        executable_path=CHROMIUM, headless=True, args=BROWSER_ARGS,
        viewport=VIEWPORT, accept_downloads=True,
    )
    add_routes(context)
    yield context
    context.close()


@pytest.fixture(scope="session")
def extension_id(ext_context):
    workers = ext_context.service_workers or [ext_context.wait_for_event("serviceworker", timeout=15000)]
    url = workers[0].url
    m = re.match(r"chrome-extension://([a-p]{32})/extension/background\.js$", url)
    assert m, f"unexpected service worker {url}"
    return m.group(1)


@pytest.fixture(scope="session")
def plain_context(playwright_instance):
    """Chromium without the extension: how the fixture pages render untouched."""
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, headless=True, args=PLAIN_ARGS)
    context = browser.new_context(viewport=VIEWPORT)
    add_routes(context)
    yield context
    context.close()
    browser.close()


@pytest.fixture(scope="session")
def extension(ext_context, extension_id):
    return Extension(ext_context, extension_id)


@pytest.fixture
def configured(extension, live_server):
    """The extension pointed at this test's live server, through the options page."""
    page = extension.configure(live_server.url)
    expect(page.locator("#health-text")).to_have_text(f"Connected to {live_server.url}", timeout=15000)
    # the per-site switches (overlay, labels) start from their defaults in every test
    page.evaluate("""async () => { const all = await chrome.storage.local.get(null);
        await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('site:'))); }""")
    page.close()
    return live_server


@pytest.fixture
def new_page(ext_context):
    pages = []

    def make():
        page = ext_context.new_page()
        pages.append(page)
        return page

    yield make
    for p in pages:
        if not p.is_closed():
            p.close()

