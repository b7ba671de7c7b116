"""The dashboard in real Chromium against a running `paperlens serve`, after `paperlens import`
of the seed corpus into the server's own library file. No extension is needed: the
dashboard is a page the server serves. Screenshots land in test-artifacts/."""
import csv
import io
import re
import subprocess

import pytest
from playwright.sync_api import expect

from nlp.labels import LABELS
from tests.conftest import paperlens_command
from tests.server.seedlib import seed_jsonl

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def rgb(hex_colour):
    h = hex_colour.lstrip("#")
    return "rgb({}, {}, {})".format(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))


@pytest.fixture
def dashboard(playwright_instance, live_server, tmp_path):
    """The seed corpus imported with the real command into the running server's library, and a Chromium page."""
    src = seed_jsonl(tmp_path / "seed.jsonl")
    result = subprocess.run(paperlens_command() + ["import", str(src), "--db", str(live_server.db_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "102 papers imported" in result.stderr
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append(f"off-host request {r.url}")
            if not r.url.startswith((live_server.url, "data:")) else None)
    yield page, live_server, problems
    context.close()
    browser.close()


def test_dashboard_lists_searches_shows_results_and_charts(dashboard, artifacts_dir):
    page, server, problems = dashboard

    # The library lists the imported seed corpus.
    page.goto(server.url + "/")
    expect(page.locator("#result-count")).to_contain_text("102 papers")
    expect(page.locator(".paper-card")).to_have_count(25)
    page.screenshot(path=str(artifacts_dir / "dashboard-library.png"))

    # Searching for FFHQ finds LowDiff.
    page.fill("#q", "FFHQ")
    page.press("#q", "Enter")
    expect(page.locator("#result-count")).to_contain_text("1 paper matches")
    card = page.locator(".paper-card").first
    expect(card.locator("h2")).to_contain_text("LowDiff")
    page.screenshot(path=str(artifacts_dir / "dashboard-search.png"))

    # Its page shows the abstract highlighted in the labels' colours, with tags and results.
    card.locator("h2 a").click()
    expect(page.locator("#paper-title")).to_contain_text("LowDiff")
    ffhq = page.locator('#abstract0 mark[data-label="DATASET"]', has_text="FFHQ").first
    expect(ffhq).to_be_visible()
    assert ffhq.evaluate("e => getComputedStyle(e).backgroundColor") == rgb(LABELS["DATASET"]["color"])
    fid = page.locator('#abstract0 mark[data-label="METRIC"]', has_text="FID").first
    assert fid.evaluate("e => getComputedStyle(e).backgroundColor") == rgb(LABELS["METRIC"]["color"])
    expect(page.locator("#paper-results")).to_contain_text("2.11")
    page.screenshot(path=str(artifacts_dir / "dashboard-paper.png"), full_page=True)

    # The results table for CIFAR-10 / FID shows 2.11, and sorts.
    page.goto(server.url + "/results")
    page.select_option("#dataset", "CIFAR-10")
    page.select_option("#metric", "FID")
    page.click("button:has-text('Show')")
    board = page.locator("#leaderboard")
    expect(board).to_contain_text("2.11")
    values = [float(v) for v in board.locator("td.value").all_inner_texts()]
    assert values == sorted(values)
    page.locator("#leaderboard th a", has_text="FID").click()
    expect(page.locator("#leaderboard th a.active")).to_contain_text("↓")
    values_desc = [float(v) for v in page.locator("#leaderboard td.value").all_inner_texts()]
    assert values_desc == sorted(values, reverse=True)
    page.screenshot(path=str(artifacts_dir / "dashboard-results.png"))

    # A chart renders: bars with real size, in the label's colour, linking to the filtered list.
    page.goto(server.url + "/insights")
    datasets = page.locator('#top-charts section[data-label="DATASET"] svg.bars')
    expect(datasets).to_be_visible()
    bars = datasets.locator("rect")
    assert bars.count() >= 5
    box = bars.first.bounding_box()
    assert box["width"] > 50 and box["height"] > 10
    assert bars.first.get_attribute("fill") == LABELS["DATASET"]["color"]
    expect(page.locator("#cooccurrence")).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "dashboard-insights.png"), full_page=True)
    datasets.locator("a").first.click()
    expect(page.locator("#result-count")).to_contain_text("match")

    assert problems == []


def test_export_from_the_dashboard_follows_the_filters(dashboard):
    page, server, problems = dashboard
    page.goto(server.url + "/?q=FFHQ")
    page.click(".export summary")
    with page.expect_download() as download:
        page.click(".export a:has-text('one row per paper')")
    path = download.value.path()
    rows = list(csv.DictReader(io.StringIO(open(path, encoding="utf-8").read())))
    assert [r["title"].split(":")[0] for r in rows] == ["LowDiff"]
    assert "FFHQ" in rows[0]["dataset"].split("; ")
    assert download.value.suggested_filename == "paperlens-papers.csv"
    assert problems == []
    # A bad filter typed into the address bar is a page that says so, not a crash.
    response = page.goto(server.url + "/?since=someday")
    assert response.status == 400
    expect(page.locator(".notice")).to_contain_text("since must be a date")
    assert re.search(r"PaperLens", page.title())
