"""Parameters of the seventeenth fresh set (fresh-17.jsonl), unseen: never tuned on, built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

SET = GoldSet(
    tools_dir=HERE,
    out="fresh-17.jsonl",
    prefix="fresh17",
    split="dev",
    source="written-fresh17",
    max_words=260,
    fields={"video-moment-retrieval", "ctr-prediction", "human-mesh-recovery", "document-layout-analysis", "referring-expression-comprehension", "shadow-removal"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=(),
    other=other_gold_files("fresh-17.jsonl"),
    coined=None,  # read from the COINED list in each recs_*.py
    balanced_fields=True,
    coined_used=True,
)
