"""The library file: a user's existing library is migrated, never rebuilt or lost."""
import os
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


def make_v5_library(path):
    """A library as version 5 left it: every step up to 5, a paper with two tags, indexed by its triggers."""
    db = store.sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    with store.write_transaction(db):
        for version in range(1, 6):
            store.MIGRATIONS[version](db)
        db.execute("PRAGMA user_version = 5")
        paper = db["papers"].insert({"arxiv_id": "2503.15342", "title": "LowDiff", "title_norm": "lowdiff"}).last_pk
        block = db["blocks"].insert({"hash": "h", "paper_id": paper, "kind": "abstract", "text": "FID on CIFAR-10",
                                     "pipeline": "old"}).last_pk
        db["mentions"].insert_all([
            {"block_id": block, "start": 0, "end": 3, "label": "METRIC", "text": "FID", "canonical": "FID",
             "origin": "pipeline"},
            {"block_id": block, "start": 7, "end": 15, "label": "DATASET", "text": "CIFAR-10", "canonical": "CIFAR-10",
             "origin": "pipeline"}])
        db["tags"].insert_all([{"paper_id": paper, "label": "METRIC", "canonical": "FID", "count": 1},
                               {"paper_id": paper, "label": "DATASET", "canonical": "CIFAR-10", "count": 1}])
    db.close()


def tag_index(db):
    """Each paper's tag row in the search index, as a set of names."""
    return {rowid // 4: set(text.split(" | ")) for rowid, text in db.execute(
        f"SELECT rowid, text FROM library_fts WHERE rowid % 4 = {store.FTS_TAG}")}


def tags_as_stored(db):
    by_paper = {}
    for paper_id, canonical in db.execute("SELECT paper_id, canonical FROM tags"):
        by_paper.setdefault(paper_id, set()).add(canonical)
    return by_paper


def test_a_version_5_library_indexes_tags_once_per_paper_and_keeps_what_it_had(tmp_path):
    path = tmp_path / "v5.db"
    make_v5_library(path)
    db = store.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    assert tag_index(db) == {1: {"FID", "CIFAR-10"}}
    assert dict(db.execute("SELECT canonical, papers FROM names").fetchall()) == {"FID": 1, "CIFAR-10": 1}
    # refresh_tags re-indexes what changed, once, and leaves no paper passed over by the triggers.
    with store.write_transaction(db):
        db.execute("DELETE FROM mentions WHERE canonical = 'FID'")
        db.execute("INSERT INTO mentions (block_id, start, \"end\", label, text, canonical, origin) "
                   "VALUES (1, 0, 3, 'METRIC', 'IS', 'Inception Score', 'pipeline')")
        store.refresh_tags(db, [1])
    assert tag_index(db) == tags_as_stored(db) == {1: {"Inception Score", "CIFAR-10"}}
    assert db.execute("SELECT count(*) FROM tags_unindexed").fetchone()[0] == 0
    assert dict(db.execute("SELECT canonical, papers FROM names").fetchall()) == {
        "FID": 0, "CIFAR-10": 1, "Inception Score": 1}
    # A write to tags that is not refresh_tags' is still indexed by the triggers.
    with store.write_transaction(db):
        db.execute("INSERT INTO tags (paper_id, label, canonical, count) VALUES (1, 'METHOD', 'LowDiff', 1)")
    assert tag_index(db) == tags_as_stored(db)
    with store.write_transaction(db):
        db.execute("DELETE FROM tags WHERE canonical = 'CIFAR-10'")
    assert tag_index(db) == tags_as_stored(db) == {1: {"Inception Score", "LowDiff"}}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_refresh_that_fails_half_way_leaves_tags_and_index_as_they_were(tmp_path, monkeypatch):
    path = tmp_path / "v5.db"
    make_v5_library(path)
    db = store.connect(path)
    db.execute("DELETE FROM mentions WHERE canonical = 'FID'")

    def broken(db, paper_ids):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_index_tags", broken)
    with pytest.raises(RuntimeError):
        store.refresh_tags(db, [1])  # outside any transaction: its savepoint is the transaction
    assert not db.conn.in_transaction
    assert tag_index(db) == tags_as_stored(db) == {1: {"FID", "CIFAR-10"}}
    assert db.execute("SELECT count(*) FROM tags_unindexed").fetchone()[0] == 0


def test_store_blocks_keeps_one_row_per_text_and_replaces_an_older_pipelines_mentions(tmp_path):
    db = store.connect(tmp_path / "x.db")
    span = {"start": 0, "end": 3, "label": "METRIC", "text": "FID", "canonical": "FID"}
    result = {"metric": "FID", "value": 2.5, "start": 0, "end": 3}
    block = {"text": "FID on CIFAR-10", "kind": "abstract", "paper_id": None, "spans": [span], "results": [result]}
    with store.write_transaction(db):
        ids = store.store_blocks(db, [block, dict(block)], "v1", store.now())
    assert ids[0] == ids[1]
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1
    assert db.execute("SELECT text FROM results").fetchall() == [("FID",)]
    with store.write_transaction(db):
        store.store_blocks(db, [{**block, "spans": [{**span, "label": "METHOD"}], "results": []}], "v2", store.now())
    assert db.execute("SELECT label FROM mentions").fetchall() == [("METHOD",)]
    assert db.execute("SELECT pipeline FROM blocks").fetchall() == [("v2",)]
    assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 0


def test_name_counts_never_scan_the_names(tmp_path):
    """Without ANALYZE (a user's library never had one) a lookup by name alone read every name."""
    db = store.connect(tmp_path / "x.db")
    with store.write_transaction(db):
        db.conn.executemany("INSERT INTO names (label, canonical, papers) VALUES (?, ?, ?)",
                            [(label, f"Name{i}", i) for i in range(200) for label in ("METHOD", "DATASET")])
    assert store.name_counts(db, {("METHOD", "Name7"), ("DATASET", "Name9"), ("METRIC", "Name7")}) == {
        ("METHOD", "Name7"): 7, ("DATASET", "Name9"): 9}
    plan = db.execute("EXPLAIN QUERY PLAN SELECT label, canonical, papers FROM names "
                      "WHERE label IN (?, ?) AND canonical IN (?, ?)", ["METHOD", "DATASET", "a", "b"]).fetchall()
    assert not any("SCAN" in row[-1] for row in plan), plan


def test_the_page_lookup_reads_a_pages_visits_from_the_index_alone(tmp_path):
    """A migrated library gets the (page, paper, seen) index, and the page lookup's query reads
    each paper's visits of that page from it, not every visit of the paper."""
    path = tmp_path / "old.db"
    make_v1_library(path)
    db = store.connect(path)
    assert "idx_visits_page_paper_seen" in {i.name for i in db["visits"].indexes}
    plan = [row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + store.PAGE_PAPERS_SQL, [1, 100]).fetchall()]
    assert any("COVERING INDEX idx_visits_page_paper_seen (page_id=? AND paper_id=?)" in step for step in plan), plan


def test_a_worker_keeps_one_connection_and_never_shares_it_across_a_fork(tmp_path):
    store.connect(tmp_path / "x.db").close()
    connections = store.Connections(tmp_path / "x.db")
    db = connections.get()
    assert connections.get() is db
    db.execute("BEGIN IMMEDIATE")
    db.close()  # the request is over: what it left open is rolled back, the connection stays
    assert not db.conn.in_transaction and db.execute("SELECT 1").fetchone() == (1,)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # a gunicorn worker forked from the master
        ok = connections.get() is not db
        os.write(write, b"1" if ok else b"0")
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"
