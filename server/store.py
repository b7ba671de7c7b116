"""The user's library: a SQLite file, read and written through sqlite-utils.

Writers are gunicorn workers in separate processes, so every write is one short
``BEGIN IMMEDIATE`` transaction (WAL mode, with a busy timeout): a request's
page, papers, blocks, mentions and tags land together or not at all.
"""
import contextlib
import hashlib
import re
import sqlite3
from datetime import datetime, timezone

import sqlite_utils

SCHEMA_VERSION = 3
BUSY_TIMEOUT_MS = 10_000


def connect(path, migrate=True):
    """Open the library; with ``migrate``, create it or bring its schema up to date."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    if migrate:
        migrate_schema(db)
    return db


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


# Each step takes a library from version N-1 to N; a user's file is never rebuilt.
MIGRATIONS = {1: _create_v1, 2: _add_results_v2, 3: _add_corrections_v3}


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


def text_hash(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def normalise_title(title):
    return re.sub(r"\s+", " ", title or "").strip().lower() or None


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
    return db["papers"].insert(
        {"arxiv_id": arxiv_id, "title": title, "title_norm": title_norm, "url": url, "first_seen": when,
         "last_seen": when}
    ).last_pk


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


def store_block(db, text, kind, paper_id, pipeline, spans, results, when):
    """Insert a block with its mentions and results, or replace what an older pipeline found in it."""
    h = text_hash(text)
    row = db.execute("SELECT id FROM blocks WHERE hash = ?", [h]).fetchone()
    if row:
        block_id = row[0]
        db.execute("DELETE FROM mentions WHERE block_id = ? AND origin = 'pipeline'", [block_id])
        db.execute("DELETE FROM results WHERE block_id = ?", [block_id])
        db.execute("UPDATE blocks SET pipeline = ?, paper_id = coalesce(paper_id, ?) WHERE id = ?",
                   [pipeline, paper_id, block_id])
    else:
        block_id = db["blocks"].insert(
            {"hash": h, "paper_id": paper_id, "kind": kind, "text": text, "pipeline": pipeline, "created": when}
        ).last_pk
    db["mentions"].insert_all(
        {"block_id": block_id, "start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"],
         "canonical": s["canonical"], "origin": "pipeline"}
        for s in spans
    )
    db["results"].insert_all(
        {"block_id": block_id, **{f: r.get(f) for f in RESULT_FIELDS}, "text": text[r["start"]:r["end"]]}
        for r in results
    )
    return block_id


def link_page_papers(db, page_id, paper_ids):
    db.conn.executemany(
        "INSERT OR IGNORE INTO page_papers (page_id, paper_id) VALUES (?, ?)", [(page_id, p) for p in paper_ids]
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
        for row in db.query(
            f"""SELECT block_id, start, "end", label, text, canonical, origin FROM mentions
                WHERE block_id IN ({marks}) ORDER BY block_id, start, "end" """,
            chunk,
        ):
            spans[row.pop("block_id")].append(row)
    return {b: fixes.apply(found, texts.get(b, "")) for b, found in spans.items()}


def refresh_tags(db, paper_ids, fixes=None):
    """Recount papers' tags from their mentions as corrected: tags are derived, never edited by hand."""
    from . import corrections

    fixes = corrections.load(db) if fixes is None else fixes
    for paper_id in set(paper_ids):
        block_ids = [r[0] for r in db.execute("SELECT id FROM blocks WHERE paper_id = ?", [paper_id]).fetchall()]
        counts = {}
        for found in block_spans(db, block_ids, fixes).values():
            for span in found:
                key = (span["label"], span["canonical"])
                counts[key] = counts.get(key, 0) + 1
        db.execute("DELETE FROM tags WHERE paper_id = ?", [paper_id])
        db["tags"].insert_all(
            {"paper_id": paper_id, "label": label, "canonical": canonical, "count": n}
            for (label, canonical), n in counts.items()
        )


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


def list_papers(db, limit=50, offset=0, label=None, canonical=None):
    where, params = [], []
    if canonical:
        where.append("id IN (SELECT paper_id FROM tags WHERE canonical = ?" + (" AND label = ?)" if label else ")"))
        params += [canonical] + ([label] if label else [])
    elif label:
        where.append("id IN (SELECT paper_id FROM tags WHERE label = ?)")
        params.append(label)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = db.execute(f"SELECT count(*) FROM papers {clause}", params).fetchone()[0]
    rows = list(db.query(
        f"SELECT {PAPER_COLUMNS} FROM papers {clause} ORDER BY last_seen DESC, id DESC LIMIT ? OFFSET ?",
        params + [limit, offset],
    ))
    tags = paper_tags(db, [r["id"] for r in rows])
    for r in rows:
        r["tags"] = tags[r["id"]]
    return total, rows


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


def library_tags(db, label=None):
    clause, params = ("WHERE label = ?", [label]) if label else ("", [])
    return list(db.query(
        f"""SELECT label, canonical, sum(count) AS count, count(DISTINCT paper_id) AS papers FROM tags {clause}
            GROUP BY label, canonical ORDER BY papers DESC, count DESC, label, canonical""",
        params,
    ))


def iter_mentions(db, batch=500):
    """Every mention as the user sees it, with its paper, streamed in batches of blocks for export."""
    from . import corrections

    fixes = corrections.load(db)
    last = 0
    while True:
        blocks = list(db.query(
            f"""SELECT b.id AS block_id, b.kind AS block_kind, p.id AS paper_id, p.arxiv_id, p.title, p.url
                FROM blocks b JOIN papers p ON p.id = b.paper_id WHERE b.id > ? ORDER BY b.id LIMIT ?""",
            [last, batch],
        ))
        if not blocks:
            return
        spans = block_spans(db, [b["block_id"] for b in blocks], fixes)
        for b in sorted(blocks, key=lambda b: (b["paper_id"], b["block_id"])):
            for span in spans[b["block_id"]]:
                yield {"paper_id": b["paper_id"], "arxiv_id": b["arxiv_id"], "title": b["title"], "url": b["url"],
                       "block_kind": b["block_kind"], "label": span["label"], "canonical": span["canonical"],
                       "text": span["text"], "start": span["start"], "end": span["end"], "origin": span["origin"]}
        last = blocks[-1]["block_id"]


def iter_papers(db, batch=500):
    """Every paper with its tags and mentions, in batches so a large library streams."""
    from . import corrections

    fixes = corrections.load(db)
    last = 0
    while True:
        rows = list(db.query(f"SELECT {PAPER_COLUMNS} FROM papers WHERE id > ? ORDER BY id LIMIT ?", [last, batch]))
        if not rows:
            return
        tags = paper_tags(db, [r["id"] for r in rows])
        for r in rows:
            r["tags"] = tags[r["id"]]
            r["results"] = list(db.query(
                f"""SELECT {", ".join(f'r."{f}"' for f in RESULT_FIELDS)} FROM results r JOIN blocks b ON b.id = r.block_id
                    WHERE b.paper_id = ? ORDER BY b.id, r.start""",
                [r["id"]],
            ))
            blocks = db.execute("SELECT id, kind FROM blocks WHERE paper_id = ? ORDER BY id", [r["id"]]).fetchall()
            spans = block_spans(db, [b[0] for b in blocks], fixes)
            r["mentions"] = [{"block_kind": kind, **{k: s[k] for k in ("label", "canonical", "text", "start", "end",
                                                                       "origin")}}
                             for block_id, kind in blocks for s in spans[block_id]]
            yield r
        last = rows[-1]["id"]
