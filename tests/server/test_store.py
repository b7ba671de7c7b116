"""The library file: a user's existing library is migrated, never rebuilt or lost."""
import sqlite3

import pytest

from server import store


def make_v1_library(path):
    db = store.sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    with store.write_transaction(db):
        store._create_v1(db)
        db.execute("PRAGMA user_version = 1")
        paper = db["papers"].insert({"arxiv_id": "2503.15342", "title": "LowDiff", "title_norm": "lowdiff"}).last_pk
        block = db["blocks"].insert({"hash": "h", "paper_id": paper, "kind": "abstract", "text": "FID on CIFAR-10",
                                     "pipeline": "old"}).last_pk
        db["mentions"].insert({"block_id": block, "start": 7, "end": 15, "label": "DATASET", "text": "CIFAR-10",
                               "canonical": "CIFAR-10", "origin": "pipeline"})
        db["tags"].insert({"paper_id": paper, "label": "DATASET", "canonical": "CIFAR-10", "count": 1})
    db.close()


def test_a_version_1_library_is_migrated_with_its_data(tmp_path):
    path = tmp_path / "old.db"
    make_v1_library(path)
    db = store.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    assert "results" in db.table_names()
    paper = store.get_paper(db, 1)
    assert paper["arxiv_id"] == "2503.15342"
    assert paper["blocks"][0]["spans"][0]["text"] == "CIFAR-10" and paper["blocks"][0]["results"] == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_library_from_a_newer_paperlens_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    store.connect(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(RuntimeError, match="newer"):
        store.connect(path)
    assert path.read_bytes() == before


def test_library_uses_wal(tmp_path):
    db = store.connect(tmp_path / "x.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_name_counts_follow_the_tags(tmp_path):
    """The overlay's 'seen in N papers' reads a count the triggers keep, and migrated libraries get it filled."""
    path = tmp_path / "old.db"
    make_v1_library(path)
    db = store.connect(path)
    assert db.execute("SELECT papers FROM names WHERE canonical = 'CIFAR-10'").fetchone()[0] == 1
    with store.write_transaction(db):
        db["tags"].insert({"paper_id": 1, "label": "METRIC", "canonical": "FID", "count": 2})
        db.execute("DELETE FROM tags WHERE canonical = 'CIFAR-10'")
    counts = dict(db.execute("SELECT canonical, papers FROM names").fetchall())
    assert counts == {"CIFAR-10": 0, "FID": 1}
