"""Parameters of the thirty-first written dev set (extra-dev-31.jsonl), a tuning set, built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

SET = GoldSet(
    tools_dir=HERE,
    out="extra-dev-31.jsonl",
    prefix="dev31",
    split="dev",
    source="written-dev31",
    max_words=260,
    fields={"long-tailed-recognition", "medical-image-registration", "noisy-label-learning", "open-set-recognition", "video-summarization", "zero-shot-learning"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=(),
    other=other_gold_files("extra-dev-31.jsonl"),
    coined=None,  # read from the COINED list in each recs_*.py
    balanced_fields=True,
    coined_used=True,
)
