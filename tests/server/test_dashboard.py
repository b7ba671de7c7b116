"""The dashboard at "/" and the version-4 library under it, against a real SQLite file."""
import re
import sqlite3

import pytest

from nlp.labels import LABELS
from server import create_app, store

from .seedlib import make_seed_library, table_dump


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db_path = make_seed_library(tmp_path_factory.mktemp("dash"))
    app = create_app(db_path)
    return {"db_path": db_path, "client": app.test_client()}


def html(response):
    return response.get_data(as_text=True)


def titles(page):
    return [re.sub(r"\s+", " ", t).strip() for t in re.findall(r'<h2><a href="/papers/\d+">([^<]*)</a></h2>', page)]


def test_library_lists_the_papers_newest_first_with_pages(seeded):
    response = seeded["client"].get("/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = html(response)
    assert "102 papers" in page and "page 1 of 5" in page
    assert len(titles(page)) == 25
    last = html(seeded["client"].get("/?page=5"))
    assert len(titles(last)) == 2


def test_search_finds_lowdiff_for_ffhq(seeded):
    page = html(seeded["client"].get("/?q=FFHQ"))
    assert [t.split(":")[0] for t in titles(page)] == ["LowDiff"]
    assert "1 paper matches" in page


@pytest.mark.parametrize("query,check", [
    ({"q": "diffusion", "label": "DATASET"}, lambda ps: ps and all(ps)),
    ({"tag": "cifar-10"}, lambda ps: len(ps) >= 3),
    ({"tag": "CIFAR-10", "label": "METRIC"}, lambda ps: ps == []),
    ({"site": "import"}, lambda ps: len(ps) == 25),
    ({"site": "arxiv.org"}, lambda ps: ps == []),
    ({"since": "2000-01-01", "until": "2999-12-31"}, lambda ps: len(ps) == 25),
    ({"until": "2000-01-01"}, lambda ps: ps == []),
    ({"q": '"knowledge distillation"'}, lambda ps: len(ps) >= 3),
])
def test_filters(seeded, query, check):
    response = seeded["client"].get("/", query_string=query)
    assert response.status_code == 200
    assert check(titles(html(response)))


@pytest.mark.parametrize("query", [
    {"since": "tomorrow"}, {"label": "COLOUR"}, {"sort": "random"}, {"page": "two"},
    {"since": "2025-02-01", "until": "2025-01-01"},
])
def test_bad_filters_are_a_400_page_that_says_why(seeded, query):
    before = table_dump(seeded["db_path"])
    response = seeded["client"].get("/", query_string=query)
    assert response.status_code == 400
    assert 'class="notice" role="alert"' in html(response)
    assert table_dump(seeded["db_path"]) == before


@pytest.mark.parametrize("q", ['"', "NEAR(a b)", "*", "a OR", "x:y", "((", "-", "\x00", "é" * 400])
def test_search_text_is_never_fts_syntax(seeded, q):
    assert seeded["client"].get("/", query_string={"q": q}).status_code == 200


def test_paper_view_highlights_like_the_overlay(seeded):
    client = seeded["client"]
    page = html(client.get("/?q=LowDiff"))
    paper_id = re.search(r'href="/papers/(\d+)">LowDiff', page).group(1)
    view = html(client.get(f"/papers/{paper_id}"))
    marks = re.findall(r'<mark class="pl pl-(\w+)[^"]*" data-label="(\w+)" title="[^"]*">([^<]*)</mark>', view)
    assert ("dataset", "DATASET", "FFHQ") in marks and ("metric", "METRIC", "FID") in marks
    assert ("method", "METHOD", "LowDiff") in marks
    # Every character of the abstract is there, in order, once the marks are taken out.
    paper = store.paper_detail(store.connect(seeded["db_path"]), int(paper_id))
    abstract = next(b["text"] for b in paper["blocks"] if b["kind"] == "abstract")
    shown = re.search(r'<p class="abstract-text" id="abstract0">(.*?)</p>', view, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", shown).replace("&#39;", "'").replace("&amp;", "&") == abstract
    assert "2.11" in view and "CIFAR-10" in view  # the results table
    assert 'href="/?tag=FFHQ&amp;label=DATASET"' in view  # tags link back to the filtered list


def test_paper_that_is_not_there_is_a_404_page(seeded):
    response = seeded["client"].get("/papers/999999")
    assert response.status_code == 404 and "Not in your library" in html(response)


def test_label_colours_come_from_nlp_labels(seeded):
    css = html(seeded["client"].get("/labels.css"))
    for name, info in LABELS.items():
        assert f"--pl-{name.lower()}: {info['color']};" in css
        assert f"--pl-{name.lower()}-dark: {info['dark_color']};" in css
    insights = html(seeded["client"].get("/insights"))
    assert f'fill="{LABELS["DATASET"]["color"]}"' in insights


def test_insights_draws_bars_trends_and_pairs(seeded):
    page = html(seeded["client"].get("/insights"))
    assert page.count('<svg class="bars"') == 4 and page.count('<svg class="trend"') == 4
    assert 'id="cooccurrence"' in page
    bars = re.findall(r'<title>([^<:]+): (\d+) papers?, \d+ mentions?</title>', page)
    assert ("diffusion model", "30") in bars or any(name == "diffusion model" for name, _ in bars)
    assert "Strongest pairs" in page


def test_results_table_for_cifar10_fid_is_sortable(seeded):
    client = seeded["client"]
    page = html(client.get("/results", query_string={"dataset": "CIFAR-10", "metric": "FID"}))
    values = re.findall(r'<td class="num value"><b>([^<]+)</b>', page)
    assert "2.11" in values and values == sorted(values, key=float)  # lower FID is better: ascending
    assert "lower is better" in page
    desc = html(client.get("/results", query_string={"dataset": "CIFAR-10", "metric": "FID", "sort": "value",
                                                     "dir": "desc"}))
    assert re.findall(r'<td class="num value"><b>([^<]+)</b>', desc) == values[::-1]
    by_method = client.get("/results", query_string={"dataset": "CIFAR-10", "metric": "FID", "sort": "method"})
    assert by_method.status_code == 200
    odd = client.get("/results", query_string={"dataset": "<b>x</b>", "metric": "FID", "sort": "nope", "dir": "x"})
    assert odd.status_code == 200 and "<b>x</b>" not in html(odd) and "&lt;b&gt;x&lt;/b&gt;" in html(odd)


def test_library_strings_are_text_never_markup(tmp_path):
    app = create_app(tmp_path / "lib.db")
    client = app.test_client()
    evil_title = '<script>alert("t")</script>'
    evil_text = 'We beat <img src=x onerror=alert(1)> on CIFAR-10 by FID "quoted" & more.'
    body = {"url": "https://arxiv.org/abs/2501.00001", "title": evil_title, "blocks": [
        {"id": "t", "kind": "title", "text": evil_title}, {"id": "a", "text": evil_text}]}
    assert client.post("/api/v1/annotate", json=body).status_code == 200
    for url in ("/", "/papers/1", "/?q=img", "/insights", "/results"):
        response = client.get(url)
        assert response.status_code == 200
        page = html(response)
        assert "<script>alert" not in page and "<img src=x" not in page
        assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "&lt;img src=x onerror=alert(1)&gt;" in html(client.get("/papers/1"))


def test_dashboard_uses_nothing_from_another_origin(seeded):
    for url in ("/", "/insights", "/results", "/papers/1"):
        page = html(seeded["client"].get(url))
        for ref in re.findall(r'(?:src|href)="([^"]+)"', page):
            assert not ref.startswith(("http://", "https://", "//")) or "arxiv.org/abs" in ref or "doi.org" in ref, ref
    assert seeded["client"].get("/static/dashboard.css").status_code == 200


def test_empty_library_pages_render(tmp_path):
    client = create_app(tmp_path / "empty.db").test_client()
    assert "Your library is empty" in html(client.get("/"))
    assert "Nothing to chart yet" in html(client.get("/insights"))
    assert "No results yet" in html(client.get("/results"))


# ---- the version-4 library: migration, visits, site, full-text index ----------------------

def make_v3_library(path):
    db = store.sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    with store.write_transaction(db):
        for version in (1, 2, 3):
            store.MIGRATIONS[version](db)
        db.execute("PRAGMA user_version = 3")
        paper = db["papers"].insert({"arxiv_id": "2503.15342", "title": "LowDiff", "title_norm": "lowdiff",
                                     "url": "https://arxiv.org/abs/2503.15342", "first_seen": "2025-03-01T10:00:00Z",
                                     "last_seen": "2025-03-02T10:00:00Z"}).last_pk
        page = db["pages"].insert({"url": "https://huggingface.co/papers/2503.15342", "title": "x", "visits": 3,
                                   "first_seen": "2025-03-01T10:00:00Z", "last_seen": "2025-03-02T10:00:00Z"}).last_pk
        db["page_papers"].insert({"page_id": page, "paper_id": paper})
        block = db["blocks"].insert({"hash": "h", "paper_id": paper, "kind": "abstract", "pipeline": "old",
                                     "text": "An FID of 2.11 on FFHQ and CIFAR-10."}).last_pk
        db["mentions"].insert({"block_id": block, "start": 3, "end": 6, "label": "METRIC", "text": "FID",
                               "canonical": "FID", "origin": "pipeline"})
        db["tags"].insert({"paper_id": paper, "label": "METRIC", "canonical": "FID", "count": 1})
        db["results"].insert({"block_id": block, "metric": "FID", "value": 2.11, "dataset": "CIFAR-10", "start": 3,
                              "end": 14, "text": "FID of 2.11"})
        db["corrections"].insert({"action": "reject", "text": "FFHQ", "label": "DATASET", "created": "2025-03-02"})
    db.close()


def test_a_version_3_library_is_migrated_to_the_current_schema_without_loss(tmp_path):
    path = tmp_path / "v3.db"
    make_v3_library(path)
    before = table_dump(path, ("papers", "pages", "page_papers", "blocks", "mentions", "tags", "results", "corrections"))
    db = store.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    after = table_dump(path, ("pages", "page_papers", "blocks", "mentions", "tags", "results", "corrections"))
    assert all(after[t] == before[t] for t in after)
    paper = store.paper_detail(db, 1)
    assert paper["site"] == "huggingface.co" and paper["visit_count"] == 1
    assert [v["seen"] for v in paper["visits"]] == ["2025-03-02T10:00:00Z"]
    # Old text and tags are searchable at once.
    for q in ("FFHQ", "lowdiff", "FID", "cifar-10"):
        assert store.library_page(db, store.clean_filters({"q": q}))[0] == 1, q
    assert store.library_page(db, {"q": "ImageNet"})[0] == 0
    assert store.leaderboard(db, "CIFAR-10", "FID")[0]["value"] == 2.11
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert store.connect(path).execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION  # again: no change


def test_the_index_follows_every_write(tmp_path, paper_request):
    app = create_app(tmp_path / "lib.db")
    client = app.test_client()
    client.post("/api/v1/annotate", json=paper_request("LowDiff", url="https://arxiv.org/abs/2503.15342"))
    db = store.connect(tmp_path / "lib.db")

    def found(q):
        return store.library_page(db, store.clean_filters({"q": q}))[0]

    assert found("FFHQ") == 1 and found("LightningDiT") == 1
    # A correction that adds a name makes it a tag, and the tag is indexed at once.
    client.post("/api/v1/corrections", json={"action": "add", "text": "cascaded approach", "label": "METHOD"})
    assert db.execute("SELECT count(*) FROM library_fts WHERE library_fts MATCH '\"cascaded approach\"' "
                      "AND rowid % 4 = 2").fetchone()[0] == 1
    # One row per title, per text, and per paper's tags, each in step with its table.
    tag_row = db.execute("SELECT text FROM library_fts WHERE rowid = 1 * 4 + 2").fetchone()[0]
    assert set(tag_row.split(" | ")) == {r[0] for r in db.execute("SELECT canonical FROM tags WHERE paper_id = 1")}
    assert db.execute("SELECT count(*) FROM library_fts").fetchone()[0] == (
        db.execute("SELECT count(*) FROM papers WHERE title IS NOT NULL").fetchone()[0]
        + db.execute("SELECT count(*) FROM blocks").fetchone()[0]
        + db.execute("SELECT count(DISTINCT paper_id) FROM tags").fetchone()[0])
    # A correction that rejects a tag takes it out of the index; undoing it puts it back.
    made = client.post("/api/v1/corrections", json={"action": "reject", "text": "LightningDiT-B/1",
                                                    "label": "METHOD"}).get_json()["correction"]
    tag_row = db.execute("SELECT text FROM library_fts WHERE rowid = 1 * 4 + 2").fetchone()[0]
    assert "LightningDiT-B/1" not in tag_row.split(" | ")
    client.delete(f"/api/v1/corrections/{made['id']}")
    tag_row = db.execute("SELECT text FROM library_fts WHERE rowid = 1 * 4 + 2").fetchone()[0]
    assert "LightningDiT-B/1" in tag_row.split(" | ")
    # VACUUM renumbers nothing the index depends on: writes after it still work.
    db.execute("VACUUM")
    client.post("/api/v1/annotate", json=paper_request("Distillation-Supervised Convolutional"))
    assert found("DSCLoRA") == 1 and found("FFHQ") == 1


def test_visits_and_site_are_recorded_per_page(tmp_path, paper_request):
    client = create_app(tmp_path / "lib.db").test_client()
    for url in ("https://huggingface.co/papers/2503.15342", "https://arxiv.org/abs/2503.15342",
                "https://arxiv.org/abs/2503.15342"):
        assert client.post("/api/v1/annotate", json=paper_request("LowDiff", url=url)).status_code == 200
    db = store.connect(tmp_path / "lib.db")
    paper = store.paper_detail(db, 1)
    assert paper["site"] == "huggingface.co" and paper["visit_count"] == 3
    assert store.site_of("https://www.arxiv.org/abs/1") == "arxiv.org"
    assert store.site_of("import:seed.jsonl") == "import"


def test_the_export_menu_downloads_the_filtered_selection(seeded):
    client = seeded["client"]
    page = html(client.get("/?q=FFHQ"))
    links = re.findall(r'<li><a href="(/export\?format=[^"]+)" download>', page)
    assert len(links) == 10 and all("q=FFHQ" in link for link in links)
    response = client.get(links[1].replace("&amp;", "&"))  # papers-csv
    assert response.status_code == 200 and response.headers["Content-Disposition"].startswith("attachment")
    rows = response.get_data(as_text=True).splitlines()
    assert len(rows) == 2 and "LowDiff" in rows[1]
    bad = client.get("/export?format=docx")
    assert bad.status_code == 400 and "format must be one of" in html(bad)
    assert client.get("/export?format=csv&since=never").status_code == 400


def test_a_relative_change_is_listed_apart_not_ranked_among_absolute_values(seeded):
    page = html(seeded["client"].get("/results", query_string={"dataset": "CIFAR-10", "metric": "FID"}))
    ranked, _, others = page.partition('class="other-units"')
    assert "44.49%" in others and "44.49%" not in ranked  # "44.49% improvements" in FID is no FID of 44.49
