"""The /api/v1 contract, against the app with a real SQLite library file."""
import csv
import io
import json

import pytest

from nlp.labels import LABELS
from server import security


def spans_by_text(block):
    return {(s["label"], s["text"]) for s in block["spans"]}


def test_health_publishes_labels_and_colours(client):
    body = client.get("/api/v1/health").get_json()
    assert body["status"] == "ok" and body["version"]
    assert {item["label"]: item["color"] for item in body["labels"]} == {k: v["color"] for k, v in LABELS.items()}


def test_annotate_returns_spans_on_the_right_characters(client, paper_request):
    req = paper_request("Distillation-Supervised Convolutional")
    body = client.post("/api/v1/annotate", json=req).get_json()
    abstract = next(b for b in body["blocks"] if b["id"] == "abstract")
    text = req["blocks"][1]["text"]
    for span in abstract["spans"]:
        assert text[span["start"]:span["end"]] == span["text"]
        assert span["label"] in LABELS and span["canonical"]
    assert {("METHOD", "DSCLoRA"), ("METHOD", "LoRA"), ("METRIC", "PSNR")} <= spans_by_text(abstract)
    assert {"label": "METHOD", "canonical": "DSCLoRA"}.items() <= next(
        t for t in body["tags"] if t["canonical"] == "DSCLoRA").items()
    [paper] = body["papers"]
    assert paper["arxiv_id"] == "2504.11271"
    assert any(t["canonical"] == "SPAN" for t in paper["tags"])


def test_same_text_again_is_answered_from_the_library(client, paper_request, row_counts):
    req = paper_request("LowDiff")
    first = client.post("/api/v1/annotate", json=req).get_json()
    after_first = row_counts()
    second = client.post("/api/v1/annotate", json=req).get_json()
    assert [b["cached"] for b in first["blocks"]] == [False, False]
    assert [b["cached"] for b in second["blocks"]] == [True, True]
    assert second["blocks"] == [{**b, "cached": True} for b in first["blocks"]]
    counts = row_counts()
    assert {k: counts[k] for k in ("papers", "blocks", "mentions")} == {
        k: after_first[k] for k in ("papers", "blocks", "mentions")}


def test_library_holds_the_paper_with_spans_and_tags(client, paper_request):
    client.post("/api/v1/annotate", json=paper_request("LowDiff", url="https://huggingface.co/papers/2503.15342"))
    listing = client.get("/api/v1/papers").get_json()
    assert listing["total"] == 1
    paper = client.get(f"/api/v1/papers/{listing['papers'][0]['id']}").get_json()
    assert paper["arxiv_id"] == "2503.15342"
    assert paper["title"].startswith("LowDiff")
    assert {("DATASET", "FFHQ"), ("METRIC", "FID")} <= {
        (s["label"], s["text"]) for block in paper["blocks"] for s in block["spans"]}
    assert {"label": "DATASET", "canonical": "CIFAR-10"}.items() <= next(
        t for t in paper["tags"] if t["canonical"] == "CIFAR-10").items()
    assert paper["pages"] == ["https://huggingface.co/papers/2503.15342"]


def test_listing_groups_blocks_into_papers(client, seed_records):
    blocks = []
    for n, record in enumerate(seed_records[:3]):
        paper = {"title": record["title"], "url": f"https://huggingface.co/papers/2501.0000{n}",
                 "arxiv_id": f"2501.0000{n}"}
        blocks += [{"id": f"{n}-t", "kind": "title", "text": record["title"], "paper": paper},
                   {"id": f"{n}-a", "text": record["text"], "paper": paper}]
    body = client.post("/api/v1/annotate", json={"url": "https://huggingface.co/papers?q=efficient",
                                                 "blocks": blocks}).get_json()
    assert len(body["papers"]) == 3
    assert [b["paper_id"] for b in body["blocks"]] == [p["id"] for p in body["papers"] for _ in (0, 1)]
    tags = client.get("/api/v1/tags").get_json()["tags"]
    assert tags and all(t["papers"] >= 1 for t in tags)
    by_tag = client.get("/api/v1/papers", query_string={"tag": "PSNR"}).get_json()
    assert by_tag["total"] >= 1 and all(
        any(t["canonical"] == "PSNR" for t in p["tags"]) for p in by_tag["papers"])


def test_export_csv_and_json_list_what_was_found(client, paper_request):
    client.post("/api/v1/annotate", json=paper_request("Distillation-Supervised Convolutional"))
    client.post("/api/v1/annotate", json=paper_request("LowDiff", url="https://arxiv.org/abs/2503.15342"))
    response = client.get("/api/v1/export?format=csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    found = {(r["arxiv_id"], r["label"], r["canonical"]) for r in rows}
    assert {("2504.11271", "METHOD", "DSCLoRA"), ("2503.15342", "DATASET", "FFHQ"),
            ("2503.15342", "METRIC", "FID")} <= found
    papers = json.loads(client.get("/api/v1/export?format=json").get_data(as_text=True))["papers"]
    assert {p["arxiv_id"] for p in papers} == {"2504.11271", "2503.15342"}
    lowdiff = next(p for p in papers if p["arxiv_id"] == "2503.15342")
    assert sum(1 for r in rows if r["arxiv_id"] == "2503.15342") == len(lowdiff["mentions"])


def test_astral_characters_and_lone_surrogates_keep_offsets(client):
    text = "With 𝒪(n) cost 🚀 we beat \ud800 baselines on CIFAR-10 by FID."
    body = client.post("/api/v1/annotate", data=json.dumps({"url": "https://example.org/x", "blocks": [
        {"id": "a", "text": text}]}), content_type="application/json")
    assert body.status_code == 200
    spans = body.get_json()["blocks"][0]["spans"]
    assert ("DATASET", "CIFAR-10") in {(s["label"], s["text"]) for s in spans}
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]


BAD_REQUESTS = [
    ("not json", {"data": "{oops", "content_type": "application/json"}, 400, "malformed_json"),
    ("form post", {"data": "url=x", "content_type": "application/x-www-form-urlencoded"}, 415, None),
    ("text/plain", {"data": '{"url": "x", "blocks": []}', "content_type": "text/plain"}, 415, None),
    ("not an object", {"json": [1, 2]}, 400, "invalid_body"),
    ("no url", {"json": {"blocks": []}}, 400, "invalid_field"),
    ("no blocks", {"json": {"url": "https://x"}}, 400, "invalid_field"),
    ("block without text", {"json": {"url": "https://x", "blocks": [{"id": "a"}]}}, 400, "invalid_field"),
    ("bad kind", {"json": {"url": "https://x", "blocks": [{"id": "a", "text": "t", "kind": "body"}]}}, 400, None),
    ("duplicate ids", {"json": {"url": "https://x", "blocks": [{"id": "a", "text": "FID"},
                                                               {"id": "a", "text": "SSIM"}]}}, 400,
     "duplicate_block_id"),
    ("too many blocks", {"json": {"url": "https://x", "blocks": [{"id": str(i), "text": "x"} for i in range(501)]}},
     422, "too_many_blocks"),
    ("block too long", {"json": {"url": "https://x", "blocks": [{"id": "a", "text": "x" * 100_001}]}}, 422, None),
]


@pytest.mark.parametrize("name,kwargs,status,code", BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS])
def test_bad_requests_get_a_clear_json_error_and_write_nothing(client, row_counts, name, kwargs, status, code):
    before = row_counts()
    response = client.post("/api/v1/annotate", **kwargs)
    assert response.status_code == status
    error = response.get_json()["error"]
    assert error["message"] and error["code"]
    if code:
        assert error["code"] == code
    assert row_counts() == before


def test_a_bad_block_late_in_a_request_writes_nothing(client, row_counts, seed_records):
    blocks = [{"id": str(i), "text": r["text"]} for i, r in enumerate(seed_records[:5])]
    blocks.append({"id": "bad", "text": 42})
    before = row_counts()
    response = client.post("/api/v1/annotate", json={"url": "https://x", "blocks": blocks})
    assert response.status_code == 400 and "blocks[5].text" in response.get_json()["error"]["message"]
    assert row_counts() == before


def test_body_over_the_size_limit_is_413(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post("/api/v1/annotate", json={"url": "https://x", "blocks": [{"id": "a", "text": "y" * 2000}]})
    assert response.status_code == 413
    assert "1000 bytes" in response.get_json()["error"]["message"]


@pytest.mark.parametrize("method,path,status", [
    ("get", "/api/v1/annotate", 405),
    ("get", "/api/v1/nothing", 404),
    ("get", "/api/v1/papers/999", 404),
    ("get", "/api/v1/export?format=docx", 400),
    ("get", "/api/v1/papers?limit=0", 400),
    ("get", "/api/v1/tags?label=COLOUR", 400),
    ("delete", "/api/v1/papers", 405),
])
def test_errors_are_json_with_the_right_status(client, method, path, status):
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response.get_json()["error"]["code"]


def test_cors_only_for_our_extension(client):
    ours = f"chrome-extension://{security.EXTENSION_ID}"
    assert client.get("/api/v1/health", headers={"Origin": ours}).headers.get("Access-Control-Allow-Origin") == ours
    for origin in ["chrome-extension://abcdefghijklmnopabcdefghijklmnop", "https://evil.example", "null"]:
        response = client.get("/api/v1/health", headers={"Origin": origin})
        assert "Access-Control-Allow-Origin" not in response.headers, origin


def test_results_are_returned_stored_and_served_again(client, paper_request):
    req = paper_request("LowDiff", url="https://arxiv.org/abs/2503.15342")
    first = client.post("/api/v1/annotate", json=req).get_json()
    abstract = next(b for b in first["blocks"] if b["id"] == "abstract")
    fid = next(r for r in abstract["results"] if r["value"] == 2.11)
    assert (fid["metric"], fid["dataset"], fid["method"], fid["text"]) == ("FID", "CIFAR-10", "LowDiff", "FID of 2.11")
    again = client.post("/api/v1/annotate", json=req).get_json()
    assert next(b for b in again["blocks"] if b["id"] == "abstract")["results"] == abstract["results"]
    paper = client.get(f"/api/v1/papers/{abstract['paper_id']}").get_json()
    stored = [r for b in paper["blocks"] for r in b["results"]]
    assert {(r["metric"], r["value"]) for r in stored} == {(r["metric"], r["value"]) for r in abstract["results"]}


def abstract_spans(client, req):
    body = client.post("/api/v1/annotate", json=req).get_json()
    return {(s["text"], s["label"]) for s in next(b for b in body["blocks"] if b["id"] == "abstract")["spans"]}


def test_reject_relabel_and_add_change_every_later_answer(client, paper_request, seed_by_title):
    req = paper_request("TSPulse", url="https://arxiv.org/abs/2505.13033")
    before = abstract_spans(client, req)
    assert ("UEA", "DATASET") in before and ("TSPulse", "METHOD") in before
    paper_id = client.get("/api/v1/papers").get_json()["papers"][0]["id"]
    made = [client.post("/api/v1/corrections", json=body) for body in [
        {"action": "reject", "text": "TSLens", "label": "METHOD", "paper_id": paper_id},
        {"action": "relabel", "text": "UEA", "label": "DATASET", "new_label": "TASK"},
        {"action": "add", "text": "dual-space masked reconstruction", "label": "METHOD"},
    ]]
    assert [r.status_code for r in made] == [201, 201, 201]
    after = abstract_spans(client, req)
    assert ("TSLens", "METHOD") not in after
    assert ("UEA", "TASK") in after and ("UEA", "DATASET") not in after
    assert ("dual-space masked reconstruction", "METHOD") in after
    tags = {(t["label"], t["canonical"]) for t in client.get(f"/api/v1/papers/{paper_id}").get_json()["tags"]}
    assert ("METHOD", "TSLens") not in tags and ("METHOD", "dual-space masked reconstruction") in tags
    # The same surface on another paper is corrected too.
    other = {"url": "https://example.org/x", "blocks": [{"id": "abstract", "text": "We beat TSLens on UEA."}]}
    assert abstract_spans(client, other) >= {("UEA", "TASK")}
    # Undo puts the pipeline's answer back.
    for r in made:
        assert client.delete(f"/api/v1/corrections/{r.get_json()['correction']['id']}").status_code == 200
    assert abstract_spans(client, req) == before
    assert client.get("/api/v1/corrections").get_json()["corrections"] == []


@pytest.mark.parametrize("body,status", [
    ({"action": "erase", "text": "x", "label": "METHOD"}, 400),
    ({"action": "reject", "text": " x", "label": "METHOD"}, 400),
    ({"action": "reject", "text": "x", "label": "COLOUR"}, 400),
    ({"action": "relabel", "text": "x", "label": "METHOD"}, 400),
    ({"action": "reject", "text": "x", "label": "METHOD", "paper_id": 999}, 404),
    ({"action": "reject", "text": "FID", "label": "METRIC", "block_text": "an FID of 2", "start": 0, "end": 3}, 422),
])
def test_bad_corrections_are_refused_and_not_stored(client, body, status):
    response = client.post("/api/v1/corrections", json=body)
    assert response.status_code == status and response.get_json()["error"]["message"]
    assert client.get("/api/v1/corrections").get_json()["corrections"] == []
    assert client.delete("/api/v1/corrections/1").status_code == 404


def test_each_name_carries_its_description_and_how_often_seen_once(client, paper_request):
    """What the hover card shows goes once per name, in the answer's tags; the spans name it."""
    client.post("/api/v1/annotate", json=paper_request("LowDiff", url="https://arxiv.org/abs/2503.15342"))
    body = client.post("/api/v1/annotate", json=paper_request("Distillation-Supervised Convolutional")).get_json()
    spans = [s for b in body["blocks"] for s in b["spans"]]
    names = {(t["label"], t["canonical"]): t for t in body["tags"]}
    assert {(s["label"], s["canonical"]) for s in spans} == set(names)
    assert not any("description" in s or "seen" in s for s in spans)
    lora = next(s for s in spans if s["text"] == "LoRA")
    assert lora["origin"] == "pipeline" and names[(lora["label"], lora["canonical"])]["description"]
    psnr = next(s for s in spans if s["text"] == "PSNR")
    assert names[(psnr["label"], psnr["canonical"])]["papers"] == 1  # this paper: LowDiff does not name it
    assert all(t["count"] == sum((s["label"], s["canonical"]) == k for s in spans) for k, t in names.items())


def test_a_page_seen_again_is_read_plus_a_visit(app, client, paper_request):
    """Texts the library holds are answered from it: the request records the visit and
    rewrites none of what was found in them (blocks, mentions, results, tags, their index)."""
    body = paper_request("LowDiff", url="https://arxiv.org/abs/2503.15342")
    first = client.post("/api/v1/annotate", json=body).get_json()
    db = app.extensions["paperlens.db"].get()  # the connection the test client's requests borrow
    db.execute("CREATE TEMP TABLE written (tbl TEXT)")
    for table in ("blocks", "mentions", "results", "tags", "papers", "visits", "pages"):
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(f"CREATE TEMP TRIGGER log_{table}_{event} AFTER {event} ON main.{table} BEGIN "
                       f"INSERT INTO written VALUES ('{table}'); END")
    again = client.post("/api/v1/annotate", json=body).get_json()
    assert [b["cached"] for b in again["blocks"]] == [True, True]
    assert [b["spans"] for b in again["blocks"]] == [b["spans"] for b in first["blocks"]]
    assert again["papers"][0]["tags"] == first["papers"][0]["tags"]
    written = {t for (t,) in db.execute("SELECT tbl FROM written")}
    assert written == {"papers", "visits", "pages"}  # last seen, one visit, the page's count


def test_page_lookup_answers_what_annotate_answered_for_that_page(client, row_counts, seed_records):
    """GET /api/v1/page: the blocks a page's annotate requests stored, with the same spans, by URL alone."""
    url = "https://huggingface.co/papers/date/2025-11-05"
    assert client.get("/api/v1/page", query_string={"url": url}).get_json() == {"url": url, "blocks": []}
    blocks = []
    for n, record in enumerate(seed_records[:3]):
        paper = {"title": record["title"], "arxiv_id": f"2511.0100{n}"}
        blocks += [{"id": f"{n}-t", "kind": "title", "text": record["title"], "paper": paper},
                   {"id": f"{n}-a", "text": record["text"], "paper": paper}]
    answer = client.post("/api/v1/annotate", json={"url": url, "blocks": blocks}).get_json()
    before = row_counts()
    known = client.get("/api/v1/page", query_string={"url": url}).get_json()
    assert row_counts() == before  # a lookup writes nothing (not even a visit)
    assert known["url"] == url
    sent = {(b.get("kind", "abstract"), b["text"]): b["id"] for b in blocks}
    answered = {b["id"]: b for b in answer["blocks"]}
    assert len(known["blocks"]) == len(blocks)
    for b in known["blocks"]:
        same = answered[sent[(b["kind"], b["text"])]]
        assert b["paper_id"] == same["paper_id"]
        assert [(s["start"], s["end"], s["label"], s["text"], s["canonical"]) for s in b["spans"]] == \
            [(s["start"], s["end"], s["label"], s["text"], s["canonical"]) for s in same["spans"]]
    # what painting needs alone: the same spans, as [start, end, label (, canonical when not the text)]
    paint = client.get("/api/v1/page", query_string={"url": url, "form": "paint"}).get_json()
    assert [(b["paper_id"], b["kind"], b["text"]) for b in paint["blocks"]] == \
        [(b["paper_id"], b["kind"], b["text"]) for b in known["blocks"]]
    for short, full in zip(paint["blocks"], known["blocks"]):
        assert short["spans"] == [[s["start"], s["end"], s["label"]] + ([s["canonical"]] if s["canonical"] != s["text"] else [])
                                  for s in full["spans"]]
        assert all(s["text"] == "".join(list(full["text"])[s["start"]:s["end"]]) for s in full["spans"])
    assert any(len(s) == 4 for b in paint["blocks"] for s in b["spans"])
    # another page, or fewer papers than it showed
    assert client.get("/api/v1/page", query_string={"url": url + "?x"}).get_json()["blocks"] == []
    two = client.get("/api/v1/page", query_string={"url": url, "limit": 2}).get_json()["blocks"]
    assert len({b["paper_id"] for b in two}) == 2 and len(two) == 4
    # a correction shows in the lookup as it does in annotate's answer
    span = known["blocks"][1]["spans"][0]
    client.post("/api/v1/corrections", json={"action": "reject", "text": span["text"], "label": span["label"]})
    again = client.get("/api/v1/page", query_string={"url": url}).get_json()["blocks"]
    assert all((s["text"], s["label"]) != (span["text"], span["label"]) for b in again for s in b["spans"])
    painted = client.get("/api/v1/page", query_string={"url": url, "form": "paint"}).get_json()["blocks"]
    assert [[[s["start"], s["end"], s["label"]] for s in b["spans"]] for b in again] == \
        [[s[:3] for s in b["spans"]] for b in painted]


@pytest.mark.parametrize("query,code", [
    ({}, "missing_parameter"),
    ({"url": ""}, "missing_parameter"),
    ({"url": "   "}, "missing_parameter"),
    ({"url": "https://x/" + "a" * 4100}, "invalid_parameter"),
    ({"url": "https://x", "limit": "0"}, "invalid_parameter"),
    ({"url": "https://x", "limit": "many"}, "invalid_parameter"),
    ({"url": "https://x", "lmit": "5"}, "unknown_parameter"),
    ({"url": "https://x", "form": "short"}, "invalid_parameter"),
])
def test_page_lookup_refuses_a_bad_question_with_a_json_400(client, query, code):
    response = client.get("/api/v1/page", query_string=query)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == code


def test_a_paper_the_pipeline_fails_on_does_not_blank_the_rest_of_the_page(db_path, seed_records):
    """A rule that raises on one abstract (a bug, as extra-dev-13 once found) costs that paper the
    failing step's findings, not the page: the other papers are annotated and stored as usual, and the
    paper keeps the highlights of the steps that did not fail."""
    from spacy.language import Language

    from nlp import pipeline
    from server import create_app

    @Language.component("paperlens_test_tripwire")
    def tripwire(doc):
        if "TRIPWIRE" in doc.text:
            raise RuntimeError("a rule failed")
        return doc

    nlp = pipeline.load.__wrapped__()  # a pipeline of its own, not the process's shared one
    nlp.add_pipe("paperlens_test_tripwire", before="paperlens_ents")
    client = create_app(db_path, nlp=nlp).test_client()
    blocks = []
    for n, record in enumerate(seed_records[:3]):
        paper = {"title": record["title"], "url": f"https://huggingface.co/papers/2501.0000{n}"}
        text = record["text"] + (" TRIPWIRE" if n == 1 else "")
        blocks += [{"id": f"{n}-t", "kind": "title", "text": record["title"], "paper": paper},
                   {"id": f"{n}-a", "text": text, "paper": paper}]
    response = client.post("/api/v1/annotate", json={"url": "https://huggingface.co/papers?q=x", "blocks": blocks})
    assert response.status_code == 200
    spans = {b["id"]: b["spans"] for b in response.get_json()["blocks"]}
    assert spans["0-a"] and spans["2-a"]
    alone = pipeline.annotate_groups([[seed_records[1]["title"], seed_records[1]["text"]]])[0]

    def found(spans):
        return [(s["start"], s["end"], s["label"], s["canonical"]) for s in spans]

    assert found(spans["1-t"]) == found(alone[0]) and found(spans["1-a"]) == found(alone[1]) and alone[1]
    assert len(client.get("/api/v1/papers").get_json()["papers"]) == 3


def test_answers_say_how_long_the_app_took(client, paper_request):
    # Server-Timing shows in the browser's network panel, and the bench reads it to tell the app's time
    # from HTTP's.
    body = client.post("/api/v1/annotate", json=paper_request("LowDiff"))
    assert body.status_code == 200
    name, _, duration = body.headers["Server-Timing"].partition(";dur=")
    assert name == "app" and 0 < float(duration) < 60_000
    refused = client.get("/api/v1/health", headers={"Host": "evil.example"})
    assert refused.status_code == 400 and refused.headers["Server-Timing"].startswith("app;dur=")
