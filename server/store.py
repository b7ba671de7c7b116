"""The user's library: a SQLite file, read and written through sqlite-utils.

Writers are gunicorn workers in separate processes, so every write is one short
``BEGIN IMMEDIATE`` transaction (WAL mode, with a busy timeout): a request's
page, papers, blocks, mentions and tags land together or not at all.
"""
import contextlib
import hashlib
import os
import re
import sqlite3
import threading
from collections import Counter
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

import sqlite_utils

MAX_ROWID = 2**63 - 1  # SQLite's largest integer; a larger id in a URL names nothing
SCHEMA_VERSION = 8
BUSY_TIMEOUT_MS = 10_000
CHECKPOINT_ROWS = 2_000
# The page URL of papers brought in by ``paperlens import`` ("import:arxiv.jsonl").
IMPORT_URL_PREFIX = "import:"


def connect(path, migrate=True, factory=sqlite_utils.Database):
    """Open the library; with ``migrate``, create it or bring its schema up to date."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    db = factory(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.enable_wal()
    # Under WAL a commit survives the process being killed at any point; only an OS
    # crash or power cut can lose the last commits, never corrupt the file.
    db.execute("PRAGMA synchronous = NORMAL")
    if migrate:
        migrate_schema(db)
    return db


class _Kept(sqlite_utils.Database):
    """A connection lent to one request at a time: closing it gives it back."""

    def close(self):
        if self.conn.in_transaction:  # a request that failed half-way leaves nothing behind
            self.conn.rollback()


class Connections:
    """One connection per worker process (and thread), kept from request to request.

    A connection per request re-read the schema, started with a cold page cache, and
    checkpointed the WAL on close: a fifth of a small request's time. The process id
    is checked because gunicorn forks workers from a master that may have opened one;
    a connection never crosses a fork."""

    def __init__(self, path):
        self.path = str(path)
        self._local = threading.local()

    def get(self):
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.db, local.pid = connect(self.path, migrate=False, factory=_Kept), os.getpid()
        local.changes = local.db.conn.total_changes
        return local.db

    def checkpoint(self):
        """Copy what this worker's requests wrote from the WAL into the library file, once
        they have written ``CHECKPOINT_ROWS`` rows (a page of 50 new abstracts is ~3,500; seen again, ~100).

        Called once the answer is sent: left to SQLite, the commit that crosses 1,000
        WAL pages copies them all (and syncs the file) while its client waits; with a
        connection per request, closing it did the same on every request. PASSIVE copies
        what no reader still needs and never waits for another connection."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            return
        local.unsaved = getattr(local, "unsaved", 0) + local.db.conn.total_changes - local.changes
        local.changes = local.db.conn.total_changes
        if local.unsaved >= CHECKPOINT_ROWS:
            local.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            local.unsaved = 0


@contextlib.contextmanager
def write_transaction(db):
    """One write transaction that takes the write lock up front, so two workers
    never deadlock upgrading read locks; sqlite-utils calls inside it nest as savepoints."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    else:
        db.execute("COMMIT")


@contextlib.contextmanager
def savepoint(db, name):
    """All or nothing inside or outside a transaction (sqlite-utils has no savepoints of its own)."""
    db.execute(f"SAVEPOINT {name}")
    try:
        yield db
    except BaseException:
        db.execute(f"ROLLBACK TO {name}")
        db.execute(f"RELEASE {name}")
        raise
    else:
        db.execute(f"RELEASE {name}")


def _create_v1(db):
    db["papers"].create(
        {"id": int, "arxiv_id": str, "title": str, "title_norm": str, "url": str, "first_seen": str, "last_seen": str},
        pk="id",
    )
    db.execute("CREATE UNIQUE INDEX idx_papers_arxiv_id ON papers(arxiv_id) WHERE arxiv_id IS NOT NULL")
    db["papers"].create_index(["title_norm"])
    db["papers"].create_index(["url"])
    db["pages"].create(
        {"id": int, "url": str, "title": str, "first_seen": str, "last_seen": str, "visits": int}, pk="id"
    )
    db["pages"].create_index(["url"], unique=True)
    db["page_papers"].create(
        {"page_id": int, "paper_id": int}, pk=("page_id", "paper_id"),
        foreign_keys=[("page_id", "pages", "id"), ("paper_id", "papers", "id")],
    )
    db["blocks"].create(
        {"id": int, "hash": str, "paper_id": int, "kind": str, "text": str, "pipeline": str, "created": str},
        pk="id", foreign_keys=[("paper_id", "papers", "id")],
    )
    db["blocks"].create_index(["hash"], unique=True)
    db["blocks"].create_index(["paper_id"])
    db["mentions"].create(
        {"id": int, "block_id": int, "start": int, "end": int, "label": str, "text": str, "canonical": str,
         "origin": str},
        pk="id", foreign_keys=[("block_id", "blocks", "id")], defaults={"origin": "pipeline"},
    )
    db["mentions"].create_index(["block_id"])
    db["mentions"].create_index(["label", "canonical"])
    db["tags"].create(
        {"paper_id": int, "label": str, "canonical": str, "count": int},
        pk=("paper_id", "label", "canonical"), foreign_keys=[("paper_id", "papers", "id")],
    )
    db["tags"].create_index(["label", "canonical"])


def _add_results_v2(db):
    """Version 2: reported results (metric, value, dataset, method) per block.

    Blocks annotated before keep their mentions; they gain results when the
    newer pipeline, whose version differs, annotates them again."""
    db["results"].create(
        {"id": int, "block_id": int, "metric": str, "value": float, "value_low": float, "unit": str, "dataset": str,
         "method": str, "start": int, "end": int, "text": str},
        pk="id", foreign_keys=[("block_id", "blocks", "id")],
    )
    db["results"].create_index(["block_id"])
    db["results"].create_index(["metric", "dataset"])


def _add_corrections_v3(db):
    """Version 3: the user's corrections (accept, reject, relabel, add)."""
    db["corrections"].create(
        {"id": int, "action": str, "text": str, "label": str, "new_label": str, "paper_id": int, "block_hash": str,
         "start": int, "end": int, "created": str},
        pk="id",
    )
    db["corrections"].create_index(["text"])


# Full-text search: one FTS5 row per paper title, per block of text, and per paper's tags
# (joined), kept in step by triggers. The row id says where a row came from (paper or block
# id * 4 + kind; both are INTEGER PRIMARY KEYs, which VACUUM never renumbers), so every
# trigger finds its row by id, never by a scan. A search ANDs its terms per paper.
FTS_TITLE, FTS_BLOCK, FTS_TAG = 0, 1, 2
# The papers a full-text query matches, read off each row's rowid (a paper's or a block's id,
# times 4, plus its kind) rather than its stored paper_id: reading the stored column fetches
# every matching row's content, 100 ms for a common word in 30,000 papers, where the rowids
# and the blocks' primary key take 30.
FTS_PAPERS = f"""SELECT CASE rowid % 4 WHEN {FTS_BLOCK} THEN (SELECT paper_id FROM blocks WHERE blocks.id = library_fts.rowid / 4)
                 ELSE rowid / 4 END FROM library_fts WHERE library_fts MATCH ?"""
FTS_TRIGGERS = f"""
CREATE TRIGGER papers_fts_ai AFTER INSERT ON papers WHEN NEW.title IS NOT NULL BEGIN
  INSERT INTO library_fts (rowid, text, paper_id) VALUES (NEW.id * 4 + {FTS_TITLE}, NEW.title, NEW.id);
END;
CREATE TRIGGER papers_fts_au AFTER UPDATE OF title ON papers WHEN OLD.title IS NOT NEW.title BEGIN
  DELETE FROM library_fts WHERE rowid = OLD.id * 4 + {FTS_TITLE};
  INSERT INTO library_fts (rowid, text, paper_id) SELECT NEW.id * 4 + {FTS_TITLE}, NEW.title, NEW.id
    WHERE NEW.title IS NOT NULL;
END;
CREATE TRIGGER papers_fts_ad AFTER DELETE ON papers BEGIN
  DELETE FROM library_fts WHERE rowid = OLD.id * 4 + {FTS_TITLE};
END;
CREATE TRIGGER blocks_fts_ai AFTER INSERT ON blocks WHEN NEW.paper_id IS NOT NULL BEGIN
  INSERT INTO library_fts (rowid, text, paper_id) VALUES (NEW.id * 4 + {FTS_BLOCK}, NEW.text, NEW.paper_id);
END;
CREATE TRIGGER blocks_fts_au AFTER UPDATE OF paper_id, text ON blocks
  WHEN OLD.paper_id IS NOT NEW.paper_id OR OLD.text IS NOT NEW.text BEGIN
  DELETE FROM library_fts WHERE rowid = OLD.id * 4 + {FTS_BLOCK};
  INSERT INTO library_fts (rowid, text, paper_id) SELECT NEW.id * 4 + {FTS_BLOCK}, NEW.text, NEW.paper_id
    WHERE NEW.paper_id IS NOT NULL;
END;
CREATE TRIGGER blocks_fts_ad AFTER DELETE ON blocks BEGIN
  DELETE FROM library_fts WHERE rowid = OLD.id * 4 + {FTS_BLOCK};
END;
CREATE TRIGGER tags_fts_ai AFTER INSERT ON tags BEGIN
  DELETE FROM library_fts WHERE rowid = NEW.paper_id * 4 + {FTS_TAG};
  INSERT INTO library_fts (rowid, text, paper_id)
    SELECT NEW.paper_id * 4 + {FTS_TAG}, group_concat(canonical, ' | '), NEW.paper_id FROM tags
    WHERE paper_id = NEW.paper_id GROUP BY paper_id;
END;
CREATE TRIGGER tags_fts_au AFTER UPDATE OF canonical, paper_id ON tags BEGIN
  DELETE FROM library_fts WHERE rowid IN (OLD.paper_id * 4 + {FTS_TAG}, NEW.paper_id * 4 + {FTS_TAG});
  INSERT INTO library_fts (rowid, text, paper_id)
    SELECT paper_id * 4 + {FTS_TAG}, group_concat(canonical, ' | '), paper_id FROM tags
    WHERE paper_id IN (OLD.paper_id, NEW.paper_id) GROUP BY paper_id;
END;
CREATE TRIGGER tags_fts_ad AFTER DELETE ON tags BEGIN
  DELETE FROM library_fts WHERE rowid = OLD.paper_id * 4 + {FTS_TAG};
  INSERT INTO library_fts (rowid, text, paper_id)
    SELECT OLD.paper_id * 4 + {FTS_TAG}, group_concat(canonical, ' | '), OLD.paper_id FROM tags
    WHERE paper_id = OLD.paper_id GROUP BY paper_id;
END;
"""


def _add_library_v4(db):
    """Version 4: the library the dashboard reads.

    Papers gain a DOI, the site they were first seen on, authors and a publication
    date; every time a page shows a paper is a visit; titles, texts and tags get a
    full-text index. What a version-3 library holds is kept and indexed in place."""
    for column in ("doi", "site", "authors", "published"):
        db["papers"].add_column(column, str)
    db.execute("CREATE INDEX idx_papers_doi ON papers(doi) WHERE doi IS NOT NULL")
    db["papers"].create_index(["site"])
    db["papers"].create_index(["last_seen"])
    db["visits"].create(
        {"id": int, "paper_id": int, "page_id": int, "site": str, "seen": str},
        pk="id", foreign_keys=[("paper_id", "papers", "id"), ("page_id", "pages", "id")],
    )
    db["visits"].create_index(["paper_id"])
    db["visits"].create_index(["seen"])
    # What older versions knew of visits: each page a paper was on, seen when the page was last seen.
    first_site = {}
    for paper_id, page_id, url, seen in db.execute(
        """SELECT pp.paper_id, pp.page_id, p.url, coalesce(p.last_seen, p.first_seen) FROM page_papers pp
           JOIN pages p ON p.id = pp.page_id ORDER BY p.first_seen, p.id"""
    ).fetchall():
        site = site_of(url)
        first_site.setdefault(paper_id, site)
        db.execute("INSERT INTO visits (paper_id, page_id, site, seen) VALUES (?, ?, ?, ?)",
                   [paper_id, page_id, site, seen])
    db.conn.executemany("UPDATE papers SET site = ? WHERE id = ?", [(s, p) for p, s in first_site.items()])
    db.execute("CREATE VIRTUAL TABLE library_fts USING fts5(text, paper_id UNINDEXED, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    db.execute(f"INSERT INTO library_fts (rowid, text, paper_id) SELECT id * 4 + {FTS_TITLE}, title, id FROM papers "
               "WHERE title IS NOT NULL")
    db.execute(f"INSERT INTO library_fts (rowid, text, paper_id) SELECT id * 4 + {FTS_BLOCK}, text, paper_id "
               "FROM blocks WHERE paper_id IS NOT NULL")
    db.execute(f"INSERT INTO library_fts (rowid, text, paper_id) SELECT paper_id * 4 + {FTS_TAG}, "
               "group_concat(canonical, ' | '), paper_id FROM tags GROUP BY paper_id")
    for statement in _statements(FTS_TRIGGERS):
        db.execute(statement)


def _statements(script):
    """The CREATE TRIGGER statements of a script, one by one (executescript would commit)."""
    return [s.strip() + "\nEND" for s in script.split("\nEND;") if s.strip()]


# Each step takes a library from version N-1 to N; a user's file is never rebuilt.
def _add_name_counts_v5(db):
    """Version 5: how many papers carry each name, kept by triggers on ``tags``.

    The overlay's "seen in N of your papers" counted tag rows per name on every
    request, which grew with the library (the benchmark: 550 ms at 100,000 papers)."""
    db.execute("""CREATE TABLE names (label TEXT NOT NULL, canonical TEXT NOT NULL, papers INTEGER NOT NULL,
                  PRIMARY KEY (label, canonical))""")
    db.execute("""INSERT INTO names (label, canonical, papers)
                  SELECT label, canonical, count(*) FROM tags GROUP BY label, canonical""")
    db.execute("""CREATE TRIGGER names_tag_added AFTER INSERT ON tags BEGIN
                    INSERT INTO names (label, canonical, papers) VALUES (NEW.label, NEW.canonical, 1)
                    ON CONFLICT (label, canonical) DO UPDATE SET papers = papers + 1;
                  END""")
    db.execute("""CREATE TRIGGER names_tag_removed AFTER DELETE ON tags BEGIN
                    UPDATE names SET papers = papers - 1 WHERE label = OLD.label AND canonical = OLD.canonical;
                  END""")


def _index_tags_once_v6(db):
    """Version 6: a paper's tags are indexed for search once per refresh, not once per tag row.

    The version-4 triggers rebuilt a paper's whole tag row in ``library_fts`` for each
    tag row written, so writing a new paper's k tags tokenised k² names: a third of
    annotating a page of new papers. ``refresh_tags`` lists the papers it rewrites in
    ``tags_unindexed`` (inside its own savepoint, so the list is empty whenever another
    connection can look), the triggers pass those by, and it indexes each paper once.
    Any other write to ``tags`` is indexed by the triggers as before."""
    db.execute("CREATE TABLE tags_unindexed (paper_id INTEGER PRIMARY KEY)")
    db.execute("DROP TRIGGER tags_fts_ai")
    db.execute("DROP TRIGGER tags_fts_ad")
    db.execute(f"""CREATE TRIGGER tags_fts_ai AFTER INSERT ON tags
                   WHEN NOT EXISTS (SELECT 1 FROM tags_unindexed WHERE paper_id = NEW.paper_id) BEGIN
                     DELETE FROM library_fts WHERE rowid = NEW.paper_id * 4 + {FTS_TAG};
                     INSERT INTO library_fts (rowid, text, paper_id)
                       SELECT NEW.paper_id * 4 + {FTS_TAG}, group_concat(canonical, ' | '), NEW.paper_id FROM tags
                       WHERE paper_id = NEW.paper_id GROUP BY paper_id;
                   END""")
    db.execute(f"""CREATE TRIGGER tags_fts_ad AFTER DELETE ON tags
                   WHEN NOT EXISTS (SELECT 1 FROM tags_unindexed WHERE paper_id = OLD.paper_id) BEGIN
                     DELETE FROM library_fts WHERE rowid = OLD.paper_id * 4 + {FTS_TAG};
                     INSERT INTO library_fts (rowid, text, paper_id)
                       SELECT OLD.paper_id * 4 + {FTS_TAG}, group_concat(canonical, ' | '), OLD.paper_id FROM tags
                       WHERE paper_id = OLD.paper_id GROUP BY paper_id;
                   END""")


def _index_tags_by_name_v7(db):
    """Version 7: tags found by name in any case, without reading every tag.

    The library list's tag filter matches a name as the user types it (``COLLATE NOCASE``),
    which the (label, canonical) index cannot serve: a filter on a tag one paper has read
    every tag row, 430 ms at 100,000 papers. This index is in the filter's collation and
    covers its paper ids."""
    db.execute("CREATE INDEX idx_tags_name_nocase ON tags (canonical COLLATE NOCASE, label, paper_id)")


def _index_visits_by_page_v8(db):
    """Version 8: a page's papers and when each was last seen there, read from one index.

    The page lookup (GET /api/v1/page, asked as a page starts loading, before the page's
    parser is done) found each paper's visits by paper and read every one of them, on any
    page, to keep this page's: a paper seen 420 times took the query from 0.2 to 1.9 ms,
    and it grows with every visit. This index holds (page, paper, seen): the lookup reads
    only this page's visits of each paper, from the index alone."""
    db.execute("CREATE INDEX idx_visits_page_paper_seen ON visits (page_id, paper_id, seen)")


MIGRATIONS = {1: _create_v1, 2: _add_results_v2, 3: _add_corrections_v3, 4: _add_library_v4,
              5: _add_name_counts_v5, 6: _index_tags_once_v6, 7: _index_tags_by_name_v7,
              8: _index_visits_by_page_v8}


def migrate_schema(db):
    with write_transaction(db):
        current = db.execute("PRAGMA user_version").fetchone()[0]
        if current > SCHEMA_VERSION:
            raise RuntimeError(
                f"this library is schema version {current}, newer than this PaperLens ({SCHEMA_VERSION}); upgrade PaperLens"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version}")


def now():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text):
    """Text SQLite can store: lone surrogates (which UTF-8 cannot encode) become U+FFFD,
    one code point for one, so every offset stays where it was."""
    return LONE_SURROGATE.sub("\ufffd", text)


def text_hash(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


SPACES = re.compile(r"\s+")


def normalise_title(title):
    return SPACES.sub(" ", title or "").strip().lower() or None


# ---- writing -----------------------------------------------------------------

def record_page(db, url, title, when):
    row = db.execute("SELECT id FROM pages WHERE url = ?", [url]).fetchone()
    if row:
        db.execute(
            "UPDATE pages SET last_seen = ?, visits = visits + 1, title = coalesce(?, title) WHERE id = ?",
            [when, title, row[0]],
        )
        return row[0]
    return db["pages"].insert(
        {"url": url, "title": title, "first_seen": when, "last_seen": when, "visits": 1}
    ).last_pk


def resolve_paper(db, paper, when):
    """The library's row for a paper, found by arXiv id, else title, else URL; created if new.

    A paper first seen without its arXiv id (a listing card) gains it when a
    later page gives it, instead of becoming a second row.
    """
    arxiv_id, url, title = paper.get("arxiv_id"), paper.get("url"), paper.get("title")
    title_norm = normalise_title(title)
    row = None
    if arxiv_id:
        row = db.execute("SELECT id FROM papers WHERE arxiv_id = ?", [arxiv_id]).fetchone()
    if row is None and title_norm:
        row = db.execute(
            "SELECT id FROM papers WHERE title_norm = ? AND (arxiv_id IS NULL OR ? IS NULL OR arxiv_id = ?)",
            [title_norm, arxiv_id, arxiv_id],
        ).fetchone()
    if row is None and url and not title_norm:
        row = db.execute("SELECT id FROM papers WHERE url = ? AND title_norm IS NULL", [url]).fetchone()
    if row:
        db.execute(
            """UPDATE papers SET last_seen = ?, arxiv_id = coalesce(arxiv_id, ?), title = coalesce(title, ?),
               title_norm = coalesce(title_norm, ?), url = coalesce(url, ?) WHERE id = ?""",
            [when, arxiv_id, title, title_norm, url, row[0]],
        )
        return row[0]
    return db.execute(
        "INSERT INTO papers (arxiv_id, title, title_norm, url, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)",
        [arxiv_id, title, title_norm, url, when, when],
    ).lastrowid


RESULT_FIELDS = ("metric", "value", "value_low", "unit", "dataset", "method", "start", "end")


def _block_results(db, block_ids):
    by_block = {b: [] for b in block_ids}
    ids = list(by_block)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(
            f"""SELECT block_id, {", ".join(f'"{f}"' for f in RESULT_FIELDS)} FROM results
                WHERE block_id IN ({marks}) ORDER BY block_id, start""",
            chunk,
        ):
            block_id = row.pop("block_id")
            if row["value_low"] is None:
                del row["value_low"]
            by_block[block_id].append(row)
    return by_block


def cached_blocks(db, hashes, pipeline):
    """Blocks already annotated by this pipeline version: hash -> (block id, paper id, spans, results)."""
    found = {}
    hashes = list(hashes)
    for i in range(0, len(hashes), 500):
        chunk = hashes[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for block_id, h, paper_id in db.execute(
            f"SELECT id, hash, paper_id FROM blocks WHERE pipeline = ? AND hash IN ({marks})", [pipeline, *chunk]
        ).fetchall():
            found[h] = (block_id, paper_id, [], [])
    if found:
        results = _block_results(db, [v[0] for v in found.values()])
        for v in found.values():
            v[3].extend(results[v[0]])
        by_id = {v[0]: v[2] for v in found.values()}
        ids = list(by_id)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for block_id, start, end, label, text, canonical in db.execute(
                f"""SELECT block_id, start, "end", label, text, canonical FROM mentions
                    WHERE block_id IN ({marks}) ORDER BY block_id, start, "end" """,
                chunk,
            ).fetchall():
                by_id[block_id].append(
                    {"start": start, "end": end, "label": label, "text": text, "canonical": canonical}
                )
    return found


def store_blocks(db, blocks, pipeline, when):
    """Insert blocks (dicts of text, kind, paper_id, spans, results) with their mentions and
    results, or replace what an older pipeline found in them; returns the blocks' ids.

    Mentions and results go in with one ``executemany`` each: a page of 50 abstracts
    holds hundreds of them, and a statement per row was most of a request's writing."""
    hashes = [text_hash(b["text"]) for b in blocks]
    ids = {}
    for chunk in _in_chunks(set(hashes)):
        ids.update((h, i) for i, h in db.execute(
            f"SELECT id, hash FROM blocks WHERE hash IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    replaced, latest, out = [], {}, []
    for b, h in zip(blocks, hashes):
        if h in ids:
            replaced.append((ids[h], b["paper_id"]))
        else:
            ids[h] = db.execute(
                "INSERT INTO blocks (hash, paper_id, kind, text, pipeline, created) VALUES (?, ?, ?, ?, ?, ?)",
                [h, b["paper_id"], b["kind"], b["text"], pipeline, when],
            ).lastrowid
        latest[ids[h]] = b  # a text twice in one batch keeps what was found last
        out.append(ids[h])
    db.conn.executemany("DELETE FROM mentions WHERE block_id = ? AND origin = 'pipeline'",
                        [(i,) for i, _ in replaced])
    db.conn.executemany("DELETE FROM results WHERE block_id = ?", [(i,) for i, _ in replaced])
    db.conn.executemany("UPDATE blocks SET pipeline = ?, paper_id = coalesce(paper_id, ?) WHERE id = ?",
                        [(pipeline, paper_id, i) for i, paper_id in replaced])
    db.conn.executemany(
        'INSERT INTO mentions (block_id, start, "end", label, text, canonical, origin) '
        "VALUES (?, ?, ?, ?, ?, ?, 'pipeline')",
        [(i, s["start"], s["end"], s["label"], s["text"], s["canonical"]) for i, b in latest.items()
         for s in b["spans"]],
    )
    db.conn.executemany(
        f"""INSERT INTO results (block_id, {", ".join(f'"{f}"' for f in RESULT_FIELDS)}, text)
            VALUES (?, {", ".join("?" * len(RESULT_FIELDS))}, ?)""",
        [(i, *(r.get(f) for f in RESULT_FIELDS), b["text"][r["start"]:r["end"]]) for i, b in latest.items()
         for r in b["results"]],
    )
    return out


def store_block(db, text, kind, paper_id, pipeline, spans, results, when):
    """One block, as ``store_blocks``."""
    block = {"text": text, "kind": kind, "paper_id": paper_id, "spans": spans, "results": results}
    return store_blocks(db, [block], pipeline, when)[0]


def link_page_papers(db, page_id, paper_ids):
    db.conn.executemany(
        "INSERT OR IGNORE INTO page_papers (page_id, paper_id) VALUES (?, ?)", [(page_id, p) for p in paper_ids]
    )
    # Version 4: each showing of a paper is a visit, and a paper keeps the site it was first seen on.
    row = db.execute("SELECT url, last_seen FROM pages WHERE id = ?", [page_id]).fetchone()
    site, when = (site_of(row[0]), row[1]) if row else (None, now())
    db.conn.executemany("INSERT INTO visits (paper_id, page_id, site, seen) VALUES (?, ?, ?, ?)",
                        [(p, page_id, site, when) for p in paper_ids])
    if site:
        db.conn.executemany("UPDATE papers SET site = ? WHERE id = ? AND site IS NULL", [(site, p) for p in paper_ids])


def site_of(url):
    """The site a page belongs to, for the library's site filter: its host without "www."
    ("arxiv.org"), or "import" for papers that came from ``paperlens import``."""
    if not url:
        return None
    if url.startswith(IMPORT_URL_PREFIX):
        return "import"
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or (parts.scheme.lower() or None)


def set_paper_metadata(db, paper_id, doi=None, authors=None, published=None):
    """Fill what an import knows and the library does not (never overwrites)."""
    db.execute(
        "UPDATE papers SET doi = coalesce(doi, ?), authors = coalesce(authors, ?), published = coalesce(published, ?) "
        "WHERE id = ?",
        [doi, authors, published, paper_id],
    )


def block_spans(db, block_ids, fixes=None):
    """Each block's spans as the user sees them: the pipeline's, with corrections applied."""
    from . import corrections

    fixes = corrections.load(db) if fixes is None else fixes
    spans = {b: [] for b in block_ids}
    texts = {}
    ids = list(spans)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for block_id, text in db.execute(f"SELECT id, text FROM blocks WHERE id IN ({marks})", chunk).fetchall():
            texts[block_id] = text
        # rows as tuples, made into dicts here: a page of 50 papers holds some 1000 mentions,
        # and sqlite-utils' row dicts were most of the time taken
        for block_id, start, end, label, text, canonical, origin in db.execute(
            f"""SELECT block_id, start, "end", label, text, canonical, origin FROM mentions
                WHERE block_id IN ({marks}) ORDER BY block_id, start, "end" """,
            chunk,
        ).fetchall():
            spans[block_id].append({"start": start, "end": end, "label": label, "text": text,
                                    "canonical": canonical, "origin": origin})
    return {b: fixes.apply(found, texts.get(b, "")) for b, found in spans.items()}


def refresh_tags(db, paper_ids, fixes=None):
    """Recount papers' tags from their mentions as corrected: tags are derived, never edited by hand.

    Only rows that change are written: every tag row written re-indexes its paper's
    tags for search and recounts its name (triggers), so rewriting all of a paper's
    tags on each visit cost far more than counting them."""
    from . import corrections

    fixes = corrections.load(db) if fixes is None else fixes
    for chunk in _in_chunks(sorted(set(paper_ids))):
        marks = ",".join("?" * len(chunk))
        if fixes:
            paper_of = dict(db.execute(f"SELECT id, paper_id FROM blocks WHERE paper_id IN ({marks})", chunk).fetchall())
            counts = Counter((paper_of[block_id], s["label"], s["canonical"])
                             for block_id, found in block_spans(db, list(paper_of), fixes).items() for s in found)
        else:  # nothing to correct: SQLite counts the mentions as they are
            counts = {(p, label, canonical): n for p, label, canonical, n in db.execute(
                f"""SELECT b.paper_id, m.label, m.canonical, count(*) FROM blocks b JOIN mentions m ON m.block_id = b.id
                    WHERE b.paper_id IN ({marks}) GROUP BY b.paper_id, m.label, m.canonical""", chunk).fetchall()}
        old = {(p, label, canonical): n for p, label, canonical, n in db.execute(
            f"SELECT paper_id, label, canonical, count FROM tags WHERE paper_id IN ({marks})", chunk).fetchall()}
        gone = [key for key in old if key not in counts]
        added = [(*key, n) for key, n in counts.items() if key not in old]
        renamed = sorted({key[0] for key in gone} | {key[0] for key in added})  # papers whose names change
        with savepoint(db, "refresh_tags"):
            db.conn.executemany("INSERT INTO tags_unindexed (paper_id) VALUES (?)", [(p,) for p in renamed])
            db.conn.executemany("DELETE FROM tags WHERE paper_id = ? AND label IS ? AND canonical IS ?", gone)
            db.conn.executemany("UPDATE tags SET count = ? WHERE paper_id = ? AND label IS ? AND canonical IS ?",
                                [(n, *key) for key, n in counts.items() if key in old and old[key] != n])
            db.conn.executemany("INSERT INTO tags (paper_id, label, canonical, count) VALUES (?, ?, ?, ?)", added)
            _index_tags(db, renamed)
            db.conn.executemany("DELETE FROM tags_unindexed WHERE paper_id = ?", [(p,) for p in renamed])


def _index_tags(db, paper_ids):
    """Each paper's tag row in ``library_fts``, rebuilt from its tags (see version 6)."""
    db.conn.executemany("DELETE FROM library_fts WHERE rowid = ?", [(p * 4 + FTS_TAG,) for p in paper_ids])
    for chunk in _in_chunks(paper_ids):
        db.execute(
            f"""INSERT INTO library_fts (rowid, text, paper_id)
                SELECT paper_id * 4 + {FTS_TAG}, group_concat(canonical, ' | '), paper_id FROM tags
                WHERE paper_id IN ({",".join("?" * len(chunk))}) GROUP BY paper_id""", chunk)


def papers_mentioning(db, text):
    """Papers whose stored text contains ``text``: the ones a correction of it can change."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT paper_id FROM blocks WHERE paper_id IS NOT NULL AND instr(text, ?) > 0", [text]
    ).fetchall()]


def add_correction(db, correction, when):
    block_text = correction.pop("block_text", None)
    row = {**correction, "block_hash": text_hash(block_text) if block_text is not None else None, "created": when}
    correction_id = db["corrections"].insert(row).last_pk
    refresh_tags(db, papers_mentioning(db, correction["text"]))
    return {**row, "id": correction_id}


def list_corrections(db):
    return list(db.query(
        'SELECT id, action, text, label, new_label, paper_id, block_hash, start, "end", created FROM corrections '
        "ORDER BY id DESC"
    ))


def delete_correction(db, correction_id):
    row = db.execute("SELECT text FROM corrections WHERE id = ?", [correction_id]).fetchone()
    if row is None:
        return False
    db.execute("DELETE FROM corrections WHERE id = ?", [correction_id])
    refresh_tags(db, papers_mentioning(db, row[0]))
    return True


# ---- reading -----------------------------------------------------------------

PAPER_COLUMNS = "id, arxiv_id, title, url, first_seen, last_seen"


def paper_tags(db, paper_ids):
    tags = {p: [] for p in paper_ids}
    ids = list(tags)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for paper_id, label, canonical, count in db.execute(
            f"""SELECT paper_id, label, canonical, count FROM tags WHERE paper_id IN ({marks})
                ORDER BY count DESC, label, canonical""",
            chunk,
        ).fetchall():
            tags[paper_id].append({"label": label, "canonical": canonical, "count": count})
    return tags


def name_counts(db, keys):
    """In how many papers each (label, canonical) name is: ``names`` looked up by its
    primary key, so the cost does not grow with the library (a name-only lookup
    skipped through the key only where ANALYZE had run, and scanned otherwise)."""
    keys = set(keys)
    labels = sorted({label for label, _ in keys})
    found = {}
    for chunk in _in_chunks(sorted({canonical for _, canonical in keys})):
        for label, canonical, n in db.execute(
                f"""SELECT label, canonical, papers FROM names WHERE label IN ({",".join("?" * len(labels))})
                    AND canonical IN ({",".join("?" * len(chunk))})""", [*labels, *chunk]).fetchall():
            if (label, canonical) in keys:
                found[(label, canonical)] = n
    return found


def get_paper(db, paper_id):
    rows = list(db.query(f"SELECT {PAPER_COLUMNS} FROM papers WHERE id = ?", [paper_id]))
    if not rows:
        return None
    paper = rows[0]
    paper["tags"] = paper_tags(db, [paper_id])[paper_id]
    blocks = list(db.query("SELECT id, kind, text FROM blocks WHERE paper_id = ? ORDER BY kind = 'abstract', id",
                           [paper_id]))
    spans = block_spans(db, [b["id"] for b in blocks])
    for block in blocks:
        block["spans"] = spans[block["id"]]
    results = _block_results(db, [b["id"] for b in blocks])
    for block in blocks:
        block["results"] = results[block["id"]]
    paper["blocks"] = blocks
    paper["pages"] = [r["url"] for r in db.query(
        "SELECT p.url FROM pages p JOIN page_papers pp ON pp.page_id = p.id WHERE pp.paper_id = ? ORDER BY p.id",
        [paper_id],
    )]
    return paper


# A page's papers, the most recently seen there first (their visits of this page: from the
# (page_id, paper_id, seen) index alone, version 8).
PAGE_PAPERS_SQL = """SELECT pp.paper_id, max(v.seen) AS seen FROM page_papers pp
           LEFT JOIN visits v ON v.paper_id = pp.paper_id AND v.page_id = pp.page_id
           WHERE pp.page_id = ? GROUP BY pp.paper_id ORDER BY seen DESC, pp.paper_id DESC LIMIT ?"""


def page_blocks(db, url, pipeline, limit=100, fixes=None, paint=False):
    """What the library already holds for a page, before its text is read: the blocks of the
    papers last shown at this URL (at most ``limit`` papers, the most recently seen first),
    those the current pipeline annotated, each with its text and its spans as the user sees
    them (corrections applied). Empty for a page never annotated.

    With ``paint``, each span is only what painting it needs, ``[start, end, label]`` plus
    its canonical name when that is not the span's text (the block's text at those offsets,
    in code points): the extension asks for this as the page starts loading, and the answer
    must be in before the page's parser is done. A 50-paper page: 117 KB instead of 191 KB."""
    row = db.execute("SELECT id FROM pages WHERE url = ?", [url]).fetchone()
    if row is None:
        return []
    papers = [paper_id for paper_id, _ in db.execute(PAGE_PAPERS_SQL, [row[0], limit]).fetchall()]
    order = {p: i for i, p in enumerate(papers)}
    blocks = []
    for chunk in _in_chunks(papers):
        blocks += db.execute(
            f"""SELECT id, paper_id, kind, text FROM blocks
                WHERE pipeline = ? AND paper_id IN ({",".join("?" * len(chunk))})""", [pipeline, *chunk]).fetchall()
    blocks.sort(key=lambda b: (order[b[1]], b[2] != "title", b[0]))
    if paint and not fixes:  # the spans as stored are the spans shown: straight from the rows
        spans = _paint_spans(db, [b[0] for b in blocks])
    else:
        spans = block_spans(db, [b[0] for b in blocks], fixes)
        if paint:
            spans = {b: [paint_span(s) for s in found] for b, found in spans.items()}
    return [{"paper_id": paper_id, "kind": kind, "text": text, "spans": spans[block_id]}
            for block_id, paper_id, kind, text in blocks]


def _paint_spans(db, block_ids):
    """Each block's spans as the pipeline stored them, in paint form (no corrections to apply)."""
    spans = {b: [] for b in block_ids}
    for chunk in _in_chunks(block_ids):
        for block_id, start, end, label, text, canonical in db.execute(
            f"""SELECT block_id, start, "end", label, text, canonical FROM mentions
                WHERE block_id IN ({",".join("?" * len(chunk))}) ORDER BY block_id, start, "end" """,
            chunk,
        ).fetchall():
            spans[block_id].append(_paint(start, end, label, text, canonical))
    return spans


def paint_span(span):
    """A span as painting needs it: [start, end, label (, canonical when not the span's text)]."""
    return _paint(span["start"], span["end"], span["label"], span["text"], span.get("canonical"))


def _paint(start, end, label, text, canonical):
    return [start, end, label, canonical] if canonical and canonical != text else [start, end, label]


def library_tags(db, label=None):
    clause, params = ("WHERE label = ?", [label]) if label else ("", [])
    return list(db.query(
        f"""SELECT label, canonical, sum(count) AS count, count(DISTINCT paper_id) AS papers FROM tags {clause}
            GROUP BY label, canonical ORDER BY papers DESC, count DESC, label, canonical""",
        params,
    ))


# ---- the library as the dashboard and exports see it (version 4) -------------

FILTER_KEYS = ("q", "label", "tag", "site", "since", "until")
SORTS = {
    "recent": "last_seen DESC, id DESC",
    "added": "first_seen DESC, id DESC",
    "oldest": "first_seen ASC, id ASC",
    "title": "title_norm ASC, id ASC",
}
LIBRARY_COLUMNS = "id, arxiv_id, doi, title, url, site, authors, published, first_seen, last_seen"


class FilterError(ValueError):
    """A filter value the library cannot use; the message says which and why."""


def clean_filters(raw):
    """The list's filters from strings (query arguments, command-line options), checked.

    ``q`` full-text search; ``label``/``tag`` a tag (a canonical name, any case) and/or
    its label; ``site`` where the paper was first seen; ``since``/``until`` (YYYY-MM-DD,
    inclusive) when it was seen."""
    from nlp.labels import LABELS

    out = {}
    for key in FILTER_KEYS:
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise FilterError(f"{key} must be a string")
        if len(value) > 500:
            raise FilterError(f"{key} is longer than 500 characters")
        value = value.strip()
        if value:
            out[key] = value
    if "label" in out and out["label"] not in LABELS:
        raise FilterError(f"label {out['label']!r} is not one of {', '.join(LABELS)}")
    for key in ("since", "until"):
        if key in out:
            try:
                out[key] = date.fromisoformat(out[key]).isoformat()
            except ValueError:
                raise FilterError(f"{key} must be a date as YYYY-MM-DD, not {out[key]!r}") from None
    if "since" in out and "until" in out and out["since"] > out["until"]:
        raise FilterError("since is after until")
    if "q" in out and not fts_terms(out["q"]):
        del out["q"]
    return out


def fts_terms(query):
    """A user's search as FTS5 phrases: words and "quoted phrases", each matched as typed
    (never as FTS5 syntax); a plain word of letters also matches as a prefix (diffus*)."""
    terms = []
    query = query.replace("\x00", " ")  # SQLite ends a MATCH string at a NUL
    for m in re.finditer(r'"([^"]*)"|(\S+)', query):
        phrase, word = m.groups()
        text = phrase if phrase is not None else word
        if not re.search(r"\w", text):
            continue
        term = '"' + text.replace('"', '""') + '"'
        if word is not None and len(word) >= 3 and re.fullmatch(r"[^\W\d_]+", word):
            term += "*"
        terms.append(term)
    return terms[:16]


def filter_clause(filters):
    """SQL conditions on ``papers`` for cleaned filters, and their parameters."""
    where, params = [], []
    for term in fts_terms(filters.get("q", "")):
        where.append(f"id IN ({FTS_PAPERS})")
        params.append(term)
    if filters.get("tag"):
        where.append("id IN (SELECT paper_id FROM tags WHERE canonical = ? COLLATE NOCASE"
                     + (" AND label = ?)" if filters.get("label") else ")"))
        params += [filters["tag"]] + ([filters["label"]] if filters.get("label") else [])
    elif filters.get("label"):
        # Most papers carry every label: walking the list's order and asking each paper
        # finds a page at once, where "id IN (...)" first gathers every tagged paper.
        where.append("EXISTS (SELECT 1 FROM tags WHERE tags.paper_id = papers.id AND tags.label = ?)")
        params.append(filters["label"])
    if filters.get("site"):
        where.append("site = ?")
        params.append(filters["site"])
    if filters.get("since") or filters.get("until"):
        seen, seen_params = [], []
        if filters.get("since"):
            seen.append("seen >= ?")
            seen_params.append(filters["since"])
        if filters.get("until"):
            seen.append("seen < ?")
            seen_params.append(date.fromordinal(date.fromisoformat(filters["until"]).toordinal() + 1).isoformat())
        where.append(f"id IN (SELECT paper_id FROM visits WHERE {' AND '.join(seen)})")
        params += seen_params
    return where, params


def _in_chunks(values, size=500):
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i : i + size]


def library_page(db, filters=None, sort="recent", limit=50, offset=0):
    """One page of the library list: (total, papers with tags, visits and the abstract's start)."""
    where, params = filter_clause(filters or {})
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = db.execute(f"SELECT count(*) FROM papers {clause}", params).fetchone()[0]
    # The page's ids first, then their rows: sorting whole rows carried every match's title,
    # authors and URL through the sort (a common word in 30,000 papers: 200 ms, ids alone 45).
    ids = [i for (i,) in db.execute(
        f"SELECT id FROM papers {clause} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?", params + [limit, offset])]
    by_id = {r["id"]: r for r in db.query(
        f"SELECT {LIBRARY_COLUMNS} FROM papers WHERE id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
    rows = [by_id[i] for i in ids]
    tags = paper_tags(db, ids)
    extra = {i: {"visits": 0, "abstract": None} for i in ids}
    if ids:
        marks = ",".join("?" * len(ids))
        for paper_id, n in db.execute(
                f"SELECT paper_id, count(*) FROM visits WHERE paper_id IN ({marks}) GROUP BY paper_id", ids):
            extra[paper_id]["visits"] = n
        for paper_id, text in db.execute(
                f"""SELECT paper_id, substr(text, 1, 400) FROM blocks WHERE paper_id IN ({marks}) AND kind = 'abstract'
                    ORDER BY id DESC""", ids):
            extra[paper_id]["abstract"] = text
    for r in rows:
        r.update(extra[r["id"]], tags=tags[r["id"]])
    return total, rows


def library_sites(db):
    return [{"site": s, "papers": n} for s, n in db.execute(
        "SELECT site, count(*) FROM papers WHERE site IS NOT NULL GROUP BY site ORDER BY count(*) DESC, site")]


def library_counts(db):
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {"papers": one("SELECT count(*) FROM papers"), "mentions": one("SELECT count(*) FROM mentions"),
            "results": one("SELECT count(*) FROM results"), "visits": one("SELECT count(*) FROM visits"),
            "tags": one("SELECT count(*) FROM (SELECT DISTINCT label, canonical FROM tags)")}


def paper_detail(db, paper_id):
    """A paper as the dashboard shows it: ``get_paper`` plus what version 4 knows of it."""
    paper = get_paper(db, paper_id)
    if paper is None:
        return None
    row = db.execute("SELECT doi, site, authors, published FROM papers WHERE id = ?", [paper_id]).fetchone()
    paper.update(zip(("doi", "site", "authors", "published"), row))
    paper["visits"] = list(db.query(
        """SELECT v.seen, v.site, p.url FROM visits v LEFT JOIN pages p ON p.id = v.page_id WHERE v.paper_id = ?
           ORDER BY v.seen DESC, v.id DESC LIMIT 50""", [paper_id]))
    paper["visit_count"] = db.execute("SELECT count(*) FROM visits WHERE paper_id = ?", [paper_id]).fetchone()[0]
    return paper


def iter_library(db, filters=None, batch=500, fixes=None):
    """Every paper the filters select, in id order and in batches of ``batch`` (so a library
    of any size streams): its columns, tags (as corrected), and blocks with their text, spans
    (as corrected) and results."""
    from . import corrections

    fixes = corrections.load(db) if fixes is None else fixes
    where, params = filter_clause(filters or {})
    extra = "".join(f" AND {w}" for w in where)
    last = 0
    while True:
        rows = list(db.query(f"SELECT {LIBRARY_COLUMNS} FROM papers WHERE id > ?{extra} ORDER BY id LIMIT ?",
                             [last, *params, batch]))
        if not rows:
            return
        ids = [r["id"] for r in rows]
        tags = paper_tags(db, ids)
        blocks = {i: [] for i in ids}
        all_blocks = []
        for chunk in _in_chunks(ids):
            for block in db.query(
                    f"""SELECT id, paper_id, kind, text FROM blocks WHERE paper_id IN ({",".join("?" * len(chunk))})
                        ORDER BY kind = 'abstract', id""", chunk):
                blocks[block.pop("paper_id")].append(block)
                all_blocks.append(block)
        block_ids = [b["id"] for b in all_blocks]
        spans = block_spans(db, block_ids, fixes)
        results = _block_results(db, block_ids)
        for block in all_blocks:
            block["spans"], block["results"] = spans[block["id"]], results[block["id"]]
        for r in rows:
            r["tags"], r["blocks"] = tags[r["id"]], blocks[r["id"]]
            yield r
        last = ids[-1]


def top_tags(db, label=None, limit=10):
    clause, params = ("WHERE label = ?", [label]) if label else ("", [])
    return list(db.query(
        f"""SELECT label, canonical, count(DISTINCT paper_id) AS papers, sum(count) AS count FROM tags {clause}
            GROUP BY label, canonical ORDER BY papers DESC, count DESC, canonical LIMIT ?""",
        params + [limit],
    ))


def _monday(day):
    d = date.fromisoformat(day[:10])
    return date.fromordinal(d.toordinal() - d.weekday())


def weekly_trend(db, label, names):
    """Per week (Monday) from the first paper read to the last: how many papers first seen
    that week carry each of ``names`` (canonical names of ``label``)."""
    first_last = db.execute("SELECT min(first_seen), max(first_seen) FROM papers").fetchone()
    if not names or not first_last[0]:
        return [], {}
    start, end = _monday(first_last[0]), _monday(first_last[1])
    weeks = [date.fromordinal(d).isoformat() for d in range(start.toordinal(), end.toordinal() + 1, 7)]
    series = {n: [0] * len(weeks) for n in names}
    marks = ",".join("?" * len(names))
    for week, canonical, n in db.execute(
        f"""SELECT date(p.first_seen, 'weekday 0', '-6 days') AS week, t.canonical, count(DISTINCT t.paper_id)
            FROM tags t JOIN papers p ON p.id = t.paper_id WHERE t.label = ? AND t.canonical IN ({marks})
            GROUP BY week, t.canonical""",
        [label, *names],
    ):
        if week in weeks and canonical in series:
            series[canonical][weeks.index(week)] = n
    return weeks, series


def cooccurrence(db, keys):
    """How many papers carry both tags, for each pair of ``keys`` ((label, canonical) tuples)."""
    wanted = set(keys)
    by_paper = {}
    names = sorted({c for _, c in keys})
    for chunk in _in_chunks(names):
        for paper_id, label, canonical in db.execute(
                f"SELECT paper_id, label, canonical FROM tags WHERE canonical IN ({','.join('?' * len(chunk))})",
                chunk):
            if (label, canonical) in wanted:
                by_paper.setdefault(paper_id, set()).add((label, canonical))
    pairs = {}
    for found in by_paper.values():
        found = sorted(found)
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                pairs[(a, b)] = pairs.get((a, b), 0) + 1
    return pairs


def leaderboard_choices(db):
    """The (dataset, metric) pairs with reported results, most papers first."""
    return list(db.query(
        """SELECT r.dataset, r.metric, count(DISTINCT b.paper_id) AS papers, count(*) AS results
           FROM results r JOIN blocks b ON b.id = r.block_id
           WHERE r.dataset IS NOT NULL AND r.metric IS NOT NULL AND r.value IS NOT NULL AND b.paper_id IS NOT NULL
           GROUP BY r.dataset, r.metric ORDER BY papers DESC, results DESC, r.dataset, r.metric"""))


LEADERBOARD_SORTS = {"value": "r.value", "method": "r.method COLLATE NOCASE", "paper": "p.title_norm",
                     "seen": "p.last_seen"}


def leaderboard(db, dataset, metric, sort="value", descending=False, limit=1000):
    """Every reported value of ``metric`` on ``dataset`` in the library, one row per result."""
    direction = "DESC" if descending else "ASC"
    return list(db.query(
        f"""SELECT p.id AS paper_id, p.title, p.arxiv_id, p.url, p.last_seen, r.method, r.value, r.value_low, r.unit,
                   r.text, r.dataset, r.metric
            FROM results r JOIN blocks b ON b.id = r.block_id JOIN papers p ON p.id = b.paper_id
            WHERE r.dataset = ? COLLATE NOCASE AND r.metric = ? COLLATE NOCASE AND r.value IS NOT NULL
            ORDER BY {LEADERBOARD_SORTS[sort]} {direction} NULLS LAST, r.value {direction}, p.id LIMIT ?""",
        [dataset, metric, limit],
    ))


def existing_hashes(db, hashes):
    """Which of these text hashes the library already holds."""
    found = set()
    for chunk in _in_chunks(hashes):
        found.update(r[0] for r in db.execute(
            f"SELECT hash FROM blocks WHERE hash IN ({','.join('?' * len(chunk))})", chunk))
    return found
