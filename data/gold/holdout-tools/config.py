"""Parameters of the blind holdout gold set (holdout.jsonl), built by the shared
data/gold/written_gold.py; build.py, check.py and render.py here only call it."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from written_gold import GoldSet  # noqa: E402

# coined names of the holdout papers (the papers' own methods / metrics)
COINED = ["TRAILMAP", "RepoGraft", "NaCoT", "HeadScale", "BoundarySteer", "LogicLoop", "AtomCheck",
          "EditMBR", "ParaGraph-CL", "PatchSmith", "BeatFlow", "FreqTeach", "EchoCap", "SubbandMamba",
          "TimbreFlow", "SwitchLM", "GroundScore", "LayoutLift", "GeoSketch", "LipFuse", "SkillRouter",
          "VitreoGrasp", "DriveScope", "LANE", "LandmarkNav", "Vid2Motor", "InvarSub", "SketchLink",
          "NeighborTalk", "ColdBridge", "CAGE", "IntentSum", "StratoCast", "NeuroShift", "HaltCP",
          "Rolling Horizon Conformal", "SynthRoute", "DockRift", "SynoLink", "CrispSeg", "BeatCLR",
          "AffinityMixer", "SpinDETR", "TokenSwap-CD", "MemTrim", "PointWeave", "RefineVAR", "OmniRestore",
          "TubeDrop", "MetricLift", "LatticeQuant", "SparseSwap", "Variational Trajectory Distillation",
          "SpliceServe", "Momentum Sinkhorn", "MoSink", "SubLoRA-Q", "FedPivot", "PrivTune", "DebiasCut"]

SET = GoldSet(
    tools_dir=HERE,
    out="holdout.jsonl",
    prefix="holdout",
    split="test",
    source="holdout",
    max_words=250,
    fields={"nlp", "speech", "rl", "graphs", "recsys", "time-series", "biomedical",
           "vision", "multimodal", "efficiency", "theory", "privacy-fairness"},
    # spans that may start/end on punctuation besides written_gold.PUNCT_OK
    punct_ok=(),
    other=("written.jsonl", "seed.jsonl"),  # the files that existed before it; the later
    # fresh.jsonl reuses its coined name RefineVAR, so scanning every file would fail
    coined=COINED,
    balanced_fields=False,
    coined_used=True,
)
