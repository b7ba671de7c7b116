"""Parameters of the thirty-second written dev set (extra-dev-32.jsonl), a tuning set, built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

SET = GoldSet(
    tools_dir=HERE,
    out="extra-dev-32.jsonl",
    prefix="dev32",
    split="dev",
    source="written-dev32",
    max_words=260,
    fields={"audio-captioning", "image-harmonization", "math-expression-recognition", "point-cloud-completion", "protein-function-prediction", "visual-slam"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=(),
    other=other_gold_files("extra-dev-32.jsonl"),
    coined=None,  # read from the COINED list in each recs_*.py
    balanced_fields=True,
    coined_used=True,
)
