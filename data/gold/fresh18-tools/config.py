"""Parameters of the eighteenth fresh set (fresh-18.jsonl), unseen: never tuned on, built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

SET = GoldSet(
    tools_dir=HERE,
    out="fresh-18.jsonl",
    prefix="fresh18",
    split="dev",
    source="written-fresh18",
    max_words=260,
    fields={"action-recognition", "coreference-resolution", "few-shot-classification", "image-inpainting", "knowledge-tracing", "relation-extraction"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=(),
    other=other_gold_files("fresh-18.jsonl"),
    coined=None,  # read from the COINED list in each recs_*.py
    balanced_fields=True,
    coined_used=True,
)
