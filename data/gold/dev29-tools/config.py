"""Parameters of the twenty-ninth written dev set (extra-dev-29.jsonl), a tuning set, built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

SET = GoldSet(
    tools_dir=HERE,
    out="extra-dev-29.jsonl",
    prefix="dev29",
    split="dev",
    source="written-dev29",
    max_words=260,
    fields={"argument-mining", "legal-judgment-prediction", "pansharpening", "weather-nowcasting"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=(),
    other=other_gold_files("extra-dev-29.jsonl"),
    coined=None,  # read from the COINED list in each recs_*.py
    balanced_fields=True,
    coined_used=True,
)
