"""Parameters of the nineteenth fresh set (fresh-19.jsonl), unseen: never tuned on, built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

SET = GoldSet(
    tools_dir=HERE,
    out="fresh-19.jsonl",
    prefix="fresh19",
    split="dev",
    source="written-fresh19",
    max_words=260,
    fields={"camouflaged-object-detection", "code-clone-detection", "salient-object-detection", "table-structure-recognition", "video-instance-segmentation", "voice-conversion"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=(),
    other=other_gold_files("fresh-19.jsonl"),
    coined=None,  # read from the COINED list in each recs_*.py
    balanced_fields=True,
    coined_used=True,
)
