import sqlite3

import pytest

from server import create_app


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "library.db"


@pytest.fixture
def app(db_path):
    return create_app(db_path)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def row_counts(db_path):
    """Rows per table in the real library file, to prove what a request did or did not write."""

    def counts():
        with sqlite3.connect(db_path) as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("pages", "papers", "page_papers", "blocks", "mentions", "tags")}

    return counts


@pytest.fixture
def paper_request(seed_by_title):
    """The body the extension sends for one paper page."""

    def make(title_prefix, url="https://arxiv.org/abs/2504.11271"):
        record = seed_by_title(title_prefix)
        return {
            "url": url,
            "title": record["title"],
            "blocks": [
                {"id": "title", "kind": "title", "text": record["title"]},
                {"id": "abstract", "kind": "abstract", "text": record["text"]},
            ],
        }

    return make
