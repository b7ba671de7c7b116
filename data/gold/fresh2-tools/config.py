"""Parameters of the second fresh written set (fresh-2.jsonl), built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

# coined names of the fresh2 papers (the papers' own methods / metrics)
COINED = ["HedgeRM", "JudgeLens", "HumanEval-Shift", "ChainSeek", "FactTrim", "AnswerGate", "TrieBias", "SlotMuse",
          "LangMix", "DuetLM", "BeatCanvas", "EchoShot", "SyncFoley", "QuillAW", "ShapCritic", "QuantDT", "TalkMate",
          "SignWave", "RelaPrism", "OrbitFormer", "EchoLink", "CollaTok", "GateNet-X", "ProfileWeaver", "ChronoSieve",
          "Tidal-MoE", "FlowKeeper", "VoluMem", "RadAnchor", "TrialSift", "TileTrace", "PseudoLens", "RecycleTrack",
          "TerraMask", "SparseOccFormer", "GlimpseCut", "RewardDMD", "DocuZoom-8B", "MotiveID", "HadaMix",
          "GrowTree", "KiteNet", "SharedSieve"]

SET = GoldSet(
    tools_dir=HERE,
    out="fresh-2.jsonl",
    prefix="fresh2",
    split="dev",
    source="written-fresh2",
    max_words=260,
    fields={"llm-eval", "qa-summarization", "dialogue-speech", "audio-generation", "marl-offline-rl",
           "graphs-kg", "recsys", "time-series", "medical", "detection", "vl-diffusion", "efficiency"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=("chrF++", "GNN-AK+"),
    other=other_gold_files("fresh-2.jsonl"),
    coined=COINED,
    balanced_fields=True,
    coined_used=True,
)
