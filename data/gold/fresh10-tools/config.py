"""Parameters of the tenth fresh set (fresh-10.jsonl), unseen: never tuned on, built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

SET = GoldSet(
    tools_dir=HERE,
    out="fresh-10.jsonl",
    prefix="fresh10",
    split="dev",
    source="written-fresh10",
    max_words=260,
    fields={"federated-learning", "continual-learning", "3d-reconstruction", "anomaly-detection",
            "document-ai", "causal-inference"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=(),
    other=other_gold_files("fresh-10.jsonl"),
    coined=None,  # read from the COINED list in each recs_*.py
    balanced_fields=True,
    coined_used=True,
)
