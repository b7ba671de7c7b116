"""`paperlens import`: JSONL (arXiv snapshot shape) and BibTeX into a real library file."""
import json
import sqlite3
import subprocess

import pytest

from server import importer, store
from tests.conftest import paperlens_command

from .seedlib import seed_jsonl, table_dump


def run(*args, timeout=300):
    return subprocess.run(paperlens_command() + list(args), capture_output=True, text=True, timeout=timeout)


def paper_count(db_path):
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM papers").fetchone()[0]


def test_import_the_seed_corpus_skips_bad_lines_and_a_reimport_changes_nothing(tmp_path):
    src = seed_jsonl(tmp_path / "seed.jsonl", extra_lines=[
        '{"title": "broken", "abstract": ',                      # line 103: not JSON
        json.dumps({"title": "No abstract here"}),               # line 104
        json.dumps(["a", "list"]),                               # line 105
        json.dumps({"title": "Bad URL", "abstract": "We beat FID on CIFAR-10.", "url": "not a url"}),  # 106
    ])
    db = tmp_path / "lib.db"
    first = run("import", str(src), "--db", str(db))
    assert first.returncode == 0, first.stderr
    for line in (103, 104, 105, 106):
        assert f"line {line}:" in first.stderr
    assert "line 102:" not in first.stderr
    assert "102 papers imported, 0 already in the library, 4 bad records skipped" in first.stderr
    assert paper_count(db) == 102
    with sqlite3.connect(db) as conn:
        lowdiff = conn.execute("SELECT id, site, url FROM papers WHERE title LIKE 'LowDiff%'").fetchone()
        assert lowdiff[1] == "import"
        tags = {r[0] for r in conn.execute("SELECT canonical FROM tags WHERE paper_id = ?", [lowdiff[0]])}
        assert {"FFHQ", "CIFAR-10", "FID"} <= tags
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    before = table_dump(db)
    again = run("import", str(src), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "0 papers imported, 102 already in the library" in again.stderr
    assert table_dump(db) == before


def test_arxiv_snapshot_record_keeps_its_metadata(tmp_path):
    record = {
        "id": "2503.15342", "submitter": "A. Person", "authors": "Jiaxin Xu, Anna B. Smith and Carl Doe",
        "title": "LowDiff: Efficient Diffusion Sampling\n  with Low-Resolution Condition",
        "doi": "10.1234/lowdiff.2025", "categories": "cs.CV",
        "abstract": "  On unconditional CIFAR-10, LowDiff achieves an FID of 2.11\n and IS of 9.87.\n",
        "versions": [{"version": "v1", "created": "Wed, 19 Mar 2025 15:12:01 GMT"}],
        "authors_parsed": [["Xu", "Jiaxin", ""], ["Smith", "Anna B.", ""], ["Doe", "Carl", ""]],
        "update_date": "2025-03-20",
    }
    src = tmp_path / "snapshot.json"
    src.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = tmp_path / "lib.db"
    result = run("import", str(src), "--db", str(db))
    assert result.returncode == 0, result.stderr
    conn = store.connect(db)
    paper = store.paper_detail(conn, 1)
    assert paper["arxiv_id"] == "2503.15342" and paper["url"] == "https://arxiv.org/abs/2503.15342"
    assert paper["title"] == "LowDiff: Efficient Diffusion Sampling with Low-Resolution Condition"
    assert paper["doi"] == "10.1234/lowdiff.2025" and paper["published"] == "2025-03-19"
    assert paper["authors"] == "Xu, Jiaxin and Smith, Anna B. and Doe, Carl"
    abstract = next(b for b in paper["blocks"] if b["kind"] == "abstract")
    assert abstract["text"] == "On unconditional CIFAR-10, LowDiff achieves an FID of 2.11 and IS of 9.87."
    assert any(r["metric"] == "FID" and r["value"] == 2.11 for r in abstract["results"])


BIB = r"""% a user's reference manager export
@string{cvpr = "Proceedings of CVPR"}

@inproceedings{lowdiff2025,
  title     = {{LowDiff}: Efficient Diffusion Sampling with Low-Resolution Condition},
  author    = {Xu, Jiaxin and M{\"u}ller, J{\'e}r{\^o}me},
  booktitle = cvpr,
  year      = 2025, month = mar,
  eprint    = {2503.15342}, archivePrefix = {arXiv},
  abstract  = {On unconditional CIFAR-10, LowDiff achieves an FID of 2.11 and 50\% more throughput
               than {DDPM} --- at a fraction of the cost.},
}

@article{noabstract,
  title = {A paper without its abstract},
  year = {2024}
}

@article{broken,
  title = {Unbalanced {braces,
  abstract = {never closed}

@misc{dsclora,
  title = "Distillation-Supervised Convolutional Low-Rank Adaptation",
  doi = {https://doi.org/10.5555/dsc.lora},
  abstract = "We integrate ConvLoRA into SPAN and report PSNR and SSIM on Urban100."
}
"""


def test_bibtex_with_abstracts_is_imported_and_bad_entries_are_reported_by_line(tmp_path):
    src = tmp_path / "refs.bib"
    src.write_text(BIB, encoding="utf-8")
    db = tmp_path / "lib.db"
    result = run("import", str(src), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "line 14: @article{noabstract} has no abstract" in result.stderr
    assert "line 19: @article entry is never closed" in result.stderr
    assert "2 papers imported" in result.stderr
    conn = store.connect(db)
    papers = {p["title"]: p for p in (store.paper_detail(conn, i) for i in (1, 2))}
    lowdiff = papers["LowDiff: Efficient Diffusion Sampling with Low-Resolution Condition"]
    assert lowdiff["arxiv_id"] == "2503.15342" and lowdiff["published"] == "2025-03"
    assert lowdiff["authors"] == "Xu, Jiaxin and Müller, Jérôme"
    abstract = next(b for b in lowdiff["blocks"] if b["kind"] == "abstract")["text"]
    assert abstract == ("On unconditional CIFAR-10, LowDiff achieves an FID of 2.11 and 50% more throughput "
                        "than DDPM — at a fraction of the cost.")
    dsc = papers["Distillation-Supervised Convolutional Low-Rank Adaptation"]
    assert dsc["doi"] == "10.5555/dsc.lora" and dsc["url"] == "https://doi.org/10.5555/dsc.lora"
    assert {"ConvLoRA", "PSNR"} <= {t["canonical"] for t in dsc["tags"]}


@pytest.mark.parametrize("value,expected", [
    (r"M{\"u}ller", "Müller"), (r"\'{E}cole", "École"), (r"Fran\c{c}ois", "François"), (r"50\% \& more", "50% & more"),
    (r"{\L}ukasz", "Łukasz"), (r"a {{nested}} title", "a nested title"), (r"\textbackslash{}n", "\\n"),
])
def test_detex(value, expected):
    assert importer.detex(value) == expected


def test_a_file_that_is_neither_format_is_one_clear_line(tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text("just some notes\n", encoding="utf-8")
    result = run("import", str(src), "--db", str(tmp_path / "lib.db"))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "--format" in result.stderr
    assert not (tmp_path / "lib.db").exists()


def test_a_file_of_only_bad_records_fails_and_stores_nothing(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_bytes(b'{"title": 3, "abstract": "x"}\n\xff\xfe not utf-8\n{"abstract": "no title"}\n')
    db = tmp_path / "lib.db"
    result = run("import", str(src), "--db", str(db))
    assert result.returncode != 0
    assert all(f"line {n}:" in result.stderr for n in (1, 2, 3))
    assert "no record could be read" in result.stderr
    assert paper_count(db) == 0


def test_missing_file_is_a_clear_error(tmp_path):
    result = run("import", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "lib.db"))
    assert result.returncode != 0 and "nope.jsonl" in result.stderr and "Traceback" not in result.stderr


def test_duplicates_inside_one_file_go_in_once(tmp_path):
    rec = {"title": "FooNet", "abstract": "FooNet reaches 91.2% accuracy on ImageNet."}
    src = tmp_path / "dup.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [rec, rec, {**rec, "title": "FooNet again"}]) + "\n")
    db = tmp_path / "lib.db"
    result = run("import", str(src), "--db", str(db))
    assert result.returncode == 0 and "1 papers imported, 2 already in the library" in result.stderr
    assert paper_count(db) == 1


def test_importer_batches_larger_than_the_api_limits_and_keeps_going_after_a_bad_one(tmp_path, seed_records):
    """The importer sends batches through annotate(); one record the API refuses is reported, the rest stored."""
    db = store.connect(tmp_path / "lib.db")
    bad = []
    job = importer.Importer(db, source="x.jsonl", batch=40, on_bad=bad.append)
    for n, r in enumerate(seed_records[:50], 1):
        job.add(importer.paper_record({"title": r["title"], "abstract": r["text"], "id": r["id"]}, n))
    # Slip a record past the checks that annotate() itself refuses (an arXiv id it does not accept).
    sneaky = importer.paper_record({"title": "Sneaky", "abstract": "FID on CIFAR-10."}, 51)
    sneaky["arxiv_id"] = "not-an-id"
    job.add(sneaky)
    stats = job.finish()
    assert stats.imported == 50 and [e.line for e in bad] == [51]
    assert db.execute("SELECT count(*) FROM papers").fetchone()[0] == 50
