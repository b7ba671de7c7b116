"""The knowledge base's forms, tokenized once and read from disk at later starts:
a later start must find exactly what a first one finds, and a broken or stale
cache must cost only time."""
import json

import pytest

from nlp import form_tokens, pipeline
from nlp.kb import KB_DIR

TEXT = ("LoRA and QLoRA fine-tune Llama-3.1-405B; on ImageNet 256x256 and Cifar-10 it reaches an FID of 2.11 "
        "and 81.2% top-1 accuracy, and Stable Diffusion's U-Net is 2x faster with knowledge distillation.")


def annotate(nlp):
    doc = nlp(TEXT)
    return [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents], doc._.results


NAMES = {"LoRA", "QLoRA", "Llama-3.1-405B", "ImageNet", "CIFAR-10", "FID", "top-1 accuracy", "Stable Diffusion",
         "U-Net", "knowledge distillation"}


@pytest.fixture(autouse=True)
def small_kb(tmp_path, monkeypatch):
    """The shipped entries of the names in TEXT, so that each start (tokenizing every form
    when the cache is cold) takes a fraction of a second."""
    kb = tmp_path / "kb"
    kb.mkdir()
    for path in KB_DIR.glob("*.jsonl"):
        with path.open(encoding="utf-8") as f:
            kept = [line for line in f if line.strip() and json.loads(line)["canonical"] in NAMES]
        (kb / path.name).write_text("".join(kept), encoding="utf-8")
    monkeypatch.setenv("PAPERLENS_KB_DIR", str(kb))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PAPERLENS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "kb-form-tokens.json"


def test_a_start_from_the_cache_finds_what_a_first_start_finds(cache):
    first = annotate(pipeline.load.__wrapped__())
    assert cache.exists()
    forms = json.loads(cache.read_text(encoding="utf-8"))["forms"]
    assert forms["Llama-3.1-405B"] == ["Llama-3.1-405B"] and forms["top-1 accuracy"] == ["top-1", "accuracy"]
    assert annotate(pipeline.load.__wrapped__()) == first
    assert ("LoRA" in {c for *_, c in first[0]}) and any(r["metric"] == "FID" for r in first[1])


def test_a_cache_that_is_broken_or_from_another_tokenizer_is_rebuilt(cache):
    expected = annotate(pipeline.load.__wrapped__())
    cache.write_text("{not json", encoding="utf-8")
    assert annotate(pipeline.load.__wrapped__()) == expected
    assert json.loads(cache.read_text(encoding="utf-8"))["fingerprint"] == form_tokens.fingerprint()
    # a cache whose splits came from another tokenizer is not trusted, whatever it says
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["fingerprint"] = "another"
    data["forms"]["ImageNet"] = ["Image", "Net"]
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert annotate(pipeline.load.__wrapped__()) == expected


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("PAPERLENS_CACHE_DIR", str(blocker / "cache"))  # a folder under a file
    doc = pipeline.load.__wrapped__()(TEXT)
    assert {e.text for e in doc.ents if e.label_ == "DATASET"} >= {"ImageNet 256x256", "Cifar-10"}
