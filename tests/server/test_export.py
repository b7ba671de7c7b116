"""Every export format round-trips: from the API and the command line, on a real library file
holding the seed corpus (imported), with the user's corrections applied."""
import csv
import io
import json
import subprocess

import bibtexparser
import pytest
from spacy.tokens import DocBin

from nlp import pipeline
from nlp.labels import LABELS
from server import create_app, export, importer, store
from tests.conftest import paperlens_command

from .seedlib import make_seed_library, table_dump


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """The seed corpus imported, plus a paper with astral characters, plus two corrections."""
    directory = tmp_path_factory.mktemp("export")
    db_path = make_seed_library(directory)
    app = create_app(db_path)
    client = app.test_client()
    astral = {"url": "https://arxiv.org/abs/2511.00042", "title": "𝒪(n) attention", "blocks": [
        {"id": "t", "kind": "title", "text": "𝒪(n) attention"},
        {"id": "a", "text": "With 𝒪(n) cost 🚀 we beat baselines on CIFAR-10 by FID, using LoRA."}]}
    assert client.post("/api/v1/annotate", json=astral).status_code == 200
    for body in ({"action": "reject", "text": "LightningDiT-B/1", "label": "METHOD"},
                 {"action": "add", "text": "cascaded approach", "label": "METHOD"}):
        assert client.post("/api/v1/corrections", json=body).status_code == 201
    return {"db_path": db_path, "client": client, "app": app}


@pytest.fixture(scope="module")
def truth(library):
    """What the library holds, as the user sees it: papers with tags, blocks, spans (corrected)."""
    db = store.connect(library["db_path"])
    papers = {p["id"]: p for p in store.iter_library(db)}
    db.close()
    return papers


def get(library, fmt, **params):
    response = library["client"].get("/api/v1/export", query_string={"format": fmt, **params})
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.is_streamed
    return response


def tag_sets(papers):
    return {p["id"]: {(t["label"], t["canonical"]) for t in p["tags"]} for p in papers.values()}


def test_corrections_are_in_the_truth(truth):
    lowdiff = next(p for p in truth.values() if (p["title"] or "").startswith("LowDiff"))
    spans = [s for b in lowdiff["blocks"] for s in b["spans"]]
    assert not any(s["text"] == "LightningDiT-B/1" for s in spans)
    assert any(s["text"] == "cascaded approach" and s["origin"] == "user" for s in spans)
    assert len(truth) == 103


def test_csv_mentions_round_trip(library, truth):
    rows = list(csv.DictReader(io.StringIO(get(library, "csv").get_data(as_text=True))))
    expected = [(p["id"], b["kind"], s["label"], s["canonical"], s["text"], s["start"], s["end"])
                for p in truth.values() for b in p["blocks"] for s in b["spans"]]
    got = [(int(r["paper_id"]), r["block_kind"], r["label"], r["canonical"], r["text"], int(r["start"]), int(r["end"]))
           for r in rows]
    assert got == expected
    assert not any(r["text"] == "LightningDiT-B/1" for r in rows)


def test_csv_papers_parse_back_to_the_same_tags(library, truth):
    rows = list(csv.DictReader(io.StringIO(get(library, "papers-csv").get_data(as_text=True))))
    assert len(rows) == len(truth)
    parsed = {int(r["paper_id"]): {(label, name) for label in LABELS
                                   for name in r[label.lower()].split(export.TAG_SEPARATOR) if name}
              for r in rows}
    assert parsed == tag_sets(truth)
    lowdiff = next(r for r in rows if r["title"].startswith("LowDiff"))
    assert "FID 2.11 on CIFAR-10 (LowDiff)" in lowdiff["results"]


def test_json_and_jsonl_parse_back_to_the_same_tags_and_offsets(library, truth):
    papers = json.loads(get(library, "json").get_data(as_text=True))["papers"]
    lines = [json.loads(line) for line in get(library, "jsonl").get_data(as_text=True).splitlines()]
    assert papers == lines
    assert {p["id"]: {(t["label"], t["canonical"]) for t in p["tags"]} for p in papers} == tag_sets(truth)
    for p in papers:
        for m in p["mentions"]:
            assert p["blocks"][m["block"]]["text"][m["start"]:m["end"]] == m["text"]
        for r in p["results"]:
            assert p["blocks"][r["block"]]["text"][r["start"]:r["end"]]
    lowdiff = next(p for p in papers if p["title"].startswith("LowDiff"))
    assert any(r["metric"] == "FID" and r["value"] == 2.11 and r["dataset"] == "CIFAR-10" for r in lowdiff["results"])
    mentions = [json.loads(line) for line in get(library, "mentions-jsonl").get_data(as_text=True).splitlines()]
    assert len(mentions) == sum(len(p["mentions"]) for p in papers)


def test_bibtex_parses_with_a_bibtex_parser_and_keeps_the_tags_as_keywords(library, truth):
    text = get(library, "bibtex").get_data(as_text=True)
    parser = bibtexparser.bparser.BibTexParser(common_strings=True)
    parsed = bibtexparser.loads(text, parser=parser)
    assert len(parsed.entries) == len(truth)
    assert len({e["ID"] for e in parsed.entries}) == len(truth)
    by_title = {importer.detex(e["title"]): e for e in parsed.entries}
    for paper in truth.values():
        entry = by_title[paper["title"]]
        keywords = [importer.detex(k.strip()) for k in entry.get("keywords", "").split(",") if k.strip()]  # escaped in BibTeX
        assert set(keywords) == {t["canonical"].replace(",", " ") for t in paper["tags"]}
        abstract = next(b["text"] for b in paper["blocks"] if b["kind"] == "abstract")
        assert importer.detex(entry["abstract"]) == " ".join(abstract.split())
    astral = by_title["𝒪(n) attention"]
    assert astral["eprint"] == "2511.00042" and astral["year"] == "2025"


def test_bibtex_export_imports_into_a_new_library(library, tmp_path):
    """Out through BibTeX and back in through `paperlens import`: the same papers and abstracts."""
    src = tmp_path / "out.bib"
    src.write_text(get(library, "bibtex", q="diffusion").get_data(as_text=True), encoding="utf-8")
    db = store.connect(tmp_path / "new.db")
    job = importer.Importer(db, source="out.bib")
    for _, record, _ in importer.read_bibtex(src.read_text(encoding="utf-8")):
        job.add(record)
    stats = job.finish()
    assert not stats.bad and stats.imported > 10
    old = store.connect(library["db_path"])
    _, wanted = store.library_page(old, {"q": "diffusion"}, "title", 1000)
    assert {p["title"] for p in store.iter_library(db)} == {p["title"] for p in wanted}


def test_web_annotation_json_ld_has_the_required_fields_and_selects_the_right_text(library, truth):
    doc = json.loads(get(library, "webannotation").get_data(as_text=True))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld" and doc["type"] == "AnnotationCollection"
    page = doc["first"]
    assert page["type"] == "AnnotationPage" and page["id"]
    items = page["items"]
    assert doc["total"] == len(items) == sum(len(b["spans"]) for p in truth.values() for b in p["blocks"])
    texts = {}
    for p in truth.values():
        for b in p["blocks"]:
            texts.setdefault(export._source(p), []).append(b["text"])
    ids = set()
    for a in items:
        # The model's MUSTs: @context, id (an IRI), type Annotation, a target; bodies typed.
        assert a["@context"] == "http://www.w3.org/ns/anno.jsonld" and a["type"] == "Annotation"
        assert a["id"].startswith("urn:uuid:") and a["id"] not in ids
        ids.add(a["id"])
        tagging = [b for b in a["body"] if b["purpose"] == "tagging"]
        assert len(tagging) == 1 and all(b["type"] == "TextualBody" and b["value"] for b in a["body"])
        assert {b["value"] for b in a["body"] if b["purpose"] == "classifying"} <= set(LABELS)
        target = a["target"]
        assert target["source"]
        quote = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
        position = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
        # Both selectors pick the same text out of one of the paper's texts.
        candidates = [t for t in texts.get(target["source"], []) if t[position["start"]:position["end"]] ==
                      quote["exact"] and t[:position["start"]].endswith(quote["prefix"]) and
                      t[position["end"]:].startswith(quote["suffix"])]
        assert candidates, a
        assert quote["exact"] and position["end"] - position["start"] == len(quote["exact"])
    fid = [a for a in items if a["body"][0]["value"] == "FID" and a["target"]["selector"][0]["suffix"].startswith(
        " of 2.11")]
    assert fid and fid[0]["target"]["selector"][0]["exact"] == "FID"


def test_hypothesis_json_counts_offsets_as_javascript_does(library):
    doc = json.loads(get(library, "hypothesis").get_data(as_text=True))
    assert {"export_date", "export_userid", "client_version", "annotations"} <= set(doc)
    for a in doc["annotations"]:
        assert {"target", "tags", "text", "uri", "document"} <= set(a)
        assert a["target"][0]["source"] == a["uri"]
    astral = [a for a in doc["annotations"] if a["uri"] == "https://arxiv.org/abs/2511.00042"]
    text = "With 𝒪(n) cost 🚀 we beat baselines on CIFAR-10 by FID, using LoRA."
    cifar = next(a for a in astral if "CIFAR-10" in a["tags"])
    quote, position = cifar["target"][0]["selector"]
    assert quote["exact"] == "CIFAR-10"
    utf16 = text.encode("utf-16-le")
    assert utf16[position["start"] * 2:position["end"] * 2].decode("utf-16-le") == "CIFAR-10"
    assert position["start"] == text.index("CIFAR-10") + 2  # two astral characters before it


def test_spacy_docbin_loads_with_the_right_entities(library, truth):
    data = get(library, "spacy").get_data()
    nlp = pipeline.load()
    docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    blocks = [b for p in truth.values() for b in p["blocks"]]
    assert len(docs) == len(blocks)
    for doc, block in zip(docs, blocks):
        assert doc.text == block["text"]
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
            (s["start"], s["end"], s["label"]) for s in block["spans"]]
    lowdiff = next(d for d in docs if "we propose LowDiff" in d.text)
    assert ("cascaded approach", "METHOD") in {(e.text, e.label_) for e in lowdiff.ents}
    assert "LightningDiT-B/1" not in {e.text for e in lowdiff.ents}


def test_prodigy_jsonl_tokens_and_spans_agree(library, truth):
    tasks = [json.loads(line) for line in get(library, "prodigy").get_data(as_text=True).splitlines()]
    assert len(tasks) == sum(len(p["blocks"]) for p in truth.values())
    for task in tasks:
        tokens = task["tokens"]
        for t in tokens:
            assert task["text"][t["start"]:t["end"]] == t["text"]
        for s in task["spans"]:
            assert task["text"][s["start"]:s["end"]] == s["text"]
            assert tokens[s["token_start"]]["start"] == s["start"] and tokens[s["token_end"]]["end"] == s["end"]
        assert task["answer"] == "accept" and task["meta"]["paper_id"]


def test_filters_select_the_same_papers_as_the_list(library):
    papers = json.loads(get(library, "json", q="FFHQ").get_data(as_text=True))["papers"]
    assert [p["title"].split(":")[0] for p in papers] == ["LowDiff"]
    by_tag = json.loads(get(library, "json", tag="cifar-10", label="DATASET").get_data(as_text=True))["papers"]
    assert len(by_tag) >= 3 and all(any(t["canonical"] == "CIFAR-10" for t in p["tags"]) for p in by_tag)
    site = json.loads(get(library, "json", site="arxiv.org").get_data(as_text=True))["papers"]
    assert [p["arxiv_id"] for p in site] == ["2511.00042"]
    none = json.loads(get(library, "json", until="2000-01-01").get_data(as_text=True))["papers"]
    assert none == []
    rows = get(library, "csv", tag="FFHQ").get_data(as_text=True).splitlines()
    assert rows[0].startswith("paper_id,") and len(rows) > 1


@pytest.mark.parametrize("params,message", [
    ({"format": "docx"}, "format must be one of"),
    ({"format": "csv", "since": "yesterday"}, "since must be a date"),
    ({"format": "csv", "label": "COLOUR"}, "label 'COLOUR'"),
    ({"format": "json", "since": "2025-02-01", "until": "2025-01-01"}, "since is after until"),
    ({"format": "json", "q": "x" * 501}, "longer than 500"),
])
def test_bad_export_requests_are_clear_4xx_json(library, params, message):
    before = table_dump(library["db_path"])
    response = library["client"].get("/api/v1/export", query_string=params)
    assert response.status_code == 400
    assert message in response.get_json()["error"]["message"]
    assert table_dump(library["db_path"]) == before


@pytest.mark.parametrize("q", ['"', "NEAR(", "a OR", "*", "title:x", "-x", "AND", "(((", "'; DROP TABLE papers; --"])
def test_search_syntax_is_never_an_error(library, q):
    response = library["client"].get("/api/v1/export", query_string={"format": "jsonl", "q": q})
    assert response.status_code == 200
    response.get_data()


def test_cli_export_writes_each_format_to_a_file(library, tmp_path):
    for fmt in export.FORMATS:
        out = tmp_path / f"out.{fmt}"
        result = subprocess.run(paperlens_command() + ["export", "--format", fmt, "--db", str(library["db_path"]),
                                                       "--search", "FFHQ", "-o", str(out)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    bib = bibtexparser.loads((tmp_path / "out.bibtex").read_text(encoding="utf-8"))
    assert [e["title"] for e in bib.entries] == ["{LowDiff: Efficient Diffusion Sampling with Low-Resolution Condition}"]
    docs = list(DocBin().from_bytes((tmp_path / "out.spacy").read_bytes()).get_docs(pipeline.load().vocab))
    assert any("FFHQ" in {e.text for e in d.ents} for d in docs)


def test_cli_export_bad_filter_is_one_line_and_leaves_no_file(library, tmp_path):
    out = tmp_path / "x.csv"
    result = subprocess.run(paperlens_command() + ["export", "--db", str(library["db_path"]), "--since", "soon",
                                                   "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and result.stderr.strip().count("\n") == 0 and "since" in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_export_streams_in_batches(library):
    """The exporter reads papers a batch at a time (never the whole library at once)."""
    db = store.connect(library["db_path"])
    seen, batches = [], []
    original = db.query

    def counting(sql, params=None):
        if "FROM papers WHERE id > ?" in sql:
            batches.append(params[0])
        return original(sql, params)

    db.query = counting
    seen = [p["id"] for p in store.iter_library(db, batch=10)]
    assert seen == sorted(seen) and len(seen) == 103
    assert len(batches) == 12  # 11 batches of papers and the empty one that ends it


def test_streamed_docbin_is_the_message_spacy_writes(library, monkeypatch):
    """Batches spooled to disk and framed by hand give the same message DocBin.to_bytes() builds in memory."""
    import zlib

    import srsly

    monkeypatch.setattr(export, "DOCBIN_BATCH", 17)  # many batches, one partial
    nlp = pipeline.load()
    db = store.connect(library["db_path"])
    streamed = b"".join(export.spacy_docbin(store.iter_library(db), nlp))
    whole = DocBin(attrs=export.DOCBIN_ATTRS, store_user_data=False)
    for paper in store.iter_library(db):
        for block in paper["blocks"]:
            doc = nlp.make_doc(block["text"])
            doc.ents = export._entity_spans(doc, block["spans"])
            whole.add(doc)
    assert srsly.msgpack_loads(zlib.decompress(streamed)) == srsly.msgpack_loads(zlib.decompress(whole.to_bytes()))
