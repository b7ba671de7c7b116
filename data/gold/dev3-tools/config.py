"""Parameters of the third written dev set (extra-dev-3.jsonl), built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

SET = GoldSet(
    tools_dir=HERE,
    out="extra-dev-3.jsonl",
    prefix="dev3",
    split="dev",
    source="written-dev3",
    max_words=260,
    fields={"llm-agents", "mt-multilingual", "ir-rag", "speech-synthesis", "robotics",
           "driving-3d", "video", "image-restoration", "molecules", "climate-sciml",
           "fed-continual", "tabular-automl"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=("chrF++", "GNN-AK+", "WHAMR!", "average enrichment factor at 1%"),  # (the last: audit decision-19)
    other=other_gold_files("extra-dev-3.jsonl"),
    coined=None,  # read from the COINED list in each recs_*.py
    balanced_fields=True,
    coined_used=True,
)
