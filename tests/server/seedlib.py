"""A real library file holding the seed corpus, imported the way `paperlens import` does it."""
import json
from pathlib import Path

from server import store
from server.importer import Importer, read_jsonl

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "seed" / "hf-papers-search-efficient.jsonl"


def seed_jsonl(path, extra_lines=()):
    """The seed corpus in the arXiv-snapshot shape ({"id", "title", "abstract"}), one record a line."""
    with SEED.open(encoding="utf-8") as f, Path(path).open("w", encoding="utf-8") as out:
        for line in f:
            r = json.loads(line)
            out.write(json.dumps({"id": r["id"], "title": r["title"], "abstract": r["text"]}) + "\n")
        for line in extra_lines:
            out.write(line + "\n")
    return Path(path)


def import_file(db_path, jsonl_path, nlp=None):
    db = store.connect(db_path)
    job = Importer(db, nlp, source=Path(jsonl_path).name)
    with open(jsonl_path, "rb") as f:
        for _, record, _ in read_jsonl(f):
            job.add(record)
    stats = job.finish()
    db.close()
    return stats


def make_seed_library(directory):
    db_path = Path(directory) / "library.db"
    import_file(db_path, seed_jsonl(Path(directory) / "seed.jsonl"))
    return db_path


def table_dump(db_path, tables=("papers", "pages", "page_papers", "blocks", "mentions", "tags", "results", "visits")):
    """Every row of the library's tables, to show that something changed nothing."""
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
