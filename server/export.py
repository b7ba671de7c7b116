"""Export the library as CSV (one row per mention) or JSON (one object per paper), streamed."""
import csv
import io
import json

from . import store

FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
CSV_COLUMNS = ["paper_id", "arxiv_id", "title", "url", "block_kind", "label", "canonical", "text", "start", "end",
               "origin"]


def csv_rows(db):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in store.iter_mentions(db):
        writer.writerow(row)
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def json_rows(db):
    yield '{"papers": [\n'
    for i, paper in enumerate(store.iter_papers(db)):
        yield ("" if i == 0 else ",\n") + json.dumps(paper, ensure_ascii=False)
    yield "\n]}\n"


def stream(db, fmt):
    return {"csv": csv_rows, "json": json_rows}[fmt](db)
