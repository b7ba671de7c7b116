"""Parameters of the second written dev set (extra-dev-2.jsonl), built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet, other_gold_files  # noqa: E402

# coined names of the dev2 papers (the papers' own methods / metrics)
COINED = ["StepWarden", "SecMem", "PolarAdapt", "Tessera", "ReCite-v2", "SqueezeRNNT", "LinguaRoute", "ProsoFlow-1B",
          "ResoNet-v2", "TinyEar", "ConserveDiff", "TwinDreamer", "HyperComm", "CurioMix", "WarmBridge", "SignFlow-GNN",
          "NodeWeaver", "RingGPS", "RelayKG", "ChronoHop", "TempoRec", "LexiRec", "GateCross", "ShrinkCF", "DR-Shift",
          "SpectraPatch", "Strata-200M", "ResiDiff-AD", "WarpGRU", "RoadMamba", "VoxPrompt", "EHRWeave", "FoldRetriever",
          "BindSculpt", "SlideHopper", "RapidDETR", "EdgeSeg", "FlowTok-XL", "TrackMem", "PillarLift", "PeekVL-7B",
          "CapBoost", "KeyClip-VL", "DocSqueeze", "ActChunk-VLA", "RotaQ", "SpecBranch", "Trellis", "KVSieve", "PipeWeave",
          "KronoAdam", "PrunePAC", "VarUCB-Lin", "AnchorDecay", "FlatSketch", "ClipShape", "ContrastMIA", "MarginMix-AT",
          "Counterweight", "SculptForget"]

SET = GoldSet(
    tools_dir=HERE,
    out="extra-dev-2.jsonl",
    prefix="dev2",
    split="dev",
    source="written-dev2",
    max_words=260,
    fields={"nlp", "speech", "rl", "graphs", "recsys", "time-series", "biomedical",
           "vision", "multimodal", "efficiency", "theory", "privacy-fairness"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=("chrF++", "GNN-AK+"),
    other=other_gold_files("extra-dev-2.jsonl"),
    coined=COINED,
    balanced_fields=True,
    coined_used=True,
)
