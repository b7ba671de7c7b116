"""dev27 records: lane-detection (6) and video-anomaly-detection (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline and its
output were never looked at or run while writing or annotating these records."""

COINED = ["XgKurve", "XgTerra", "XgMistLane", "XgDehalo", "XgEcholane", "XgRowlet", "XgVestra",
          "XgVigil", "XgMurmur", "XgAugur", "XgSifter", "XgTorvex", "XgLexis"]

RECS = [
    # ------------------------------------------------------------ lane-detection
    {
        "field": "lane-detection",
        "title": "XgKurve: Hybrid Row-Anchor and Parametric Curve Decoding for Real-Time Lane Detection",
        "text": (
            "Lane detection for autonomous driving demands both robustness to occlusion and strict real-time "
            "budgets. Row-anchor methods such as UFLDv2 are fast but struggle with near-horizontal lanes, whereas "
            "parametric approaches like B\u00e9zierLaneNet produce smooth curves yet are brittle when markings are "
            "occluded. We present XgKurve, a lane detector that predicts coarse row-anchor locations and then fits a "
            "cubic B\u00e9zier curve to each lane through a differentiable least-squares layer, so that the two "
            "representations supervise each other during training and only the curve head is kept at inference. A "
            "deformable attention block aggregates context along each predicted curve before refinement. On CULane, "
            "XgKurve with a ResNet-18 backbone reaches an F1 score of 79.62 at 286 FPS, compared with 79.58 for "
            "CLRNet at 119 FPS and 75.0 for UFLDv2 with ResNet-34. With a DLA-34 backbone, XgKurve attains 81.07 F1 "
            "on CULane, 0.64 points above CLRerNet. The largest gains over CLRNet appear on curved and night-time "
            "scenes (+2.4 and +1.7 F1, respectively), and XgKurve reduces false positives on the crossroad images of "
            "CULane from 1112 for CLRNet to 964. On CurveLanes, XgKurve obtains 87.12 F1, and on TuSimple it reaches "
            "96.91% accuracy with a false positive rate of 2.01%. XgKurve requires 9.4 GFLOPs per 320\u00d7800 input."
        ),
        "spans": [
            ("XgKurve", "M"), ("Lane Detection", "T"), ("Lane detection", "T"), ("UFLDv2", "M"),
            ("B\u00e9zierLaneNet", "M"), ("deformable attention", "M"), ("CULane", "D"), ("ResNet-18", "M"),
            ("F1 score", "X"), ("F1", "X"), ("FPS", "X"), ("CLRNet", "M"), ("ResNet-34", "M"), ("DLA-34", "M"),
            ("CLRerNet", "M"), ("false positives", "X"), ("CurveLanes", "D"), ("TuSimple", "D"), ("accuracy", "X"),
            ("false positive rate", "X"), ("GFLOPs", "X"),
        ],
        "results": [
            ("F1 score of 79.62", "F1", 79.62, None, "CULane", "XgKurve"),
            ("286 FPS", "FPS", 286, None, "CULane", "XgKurve"),
            ("79.58", "F1", 79.58, None, "CULane", "CLRNet"),
            ("119 FPS", "FPS", 119, None, "CULane", "CLRNet"),
            ("75.0", "F1", 75.0, None, "CULane", "UFLDv2"),
            ("81.07 F1", "F1", 81.07, None, "CULane", "XgKurve"),
            ("0.64 points above", "F1", 0.64, "points", "CULane", "XgKurve"),
            ("+2.4", "F1", 2.4, None, None, None),
            ("+1.7 F1", "F1", 1.7, None, None, None),
            ("false positives on the crossroad images of CULane from 1112", "false positives", 1112, None, "CULane",
             "CLRNet"),
            ("964", "false positives", 964, None, "CULane", "XgKurve"),
            ("87.12 F1", "F1", 87.12, None, "CurveLanes", "XgKurve"),
            ("96.91% accuracy", "accuracy", 96.91, "%", "TuSimple", "XgKurve"),
            ("false positive rate of 2.01%", "false positive rate", 2.01, "%", "TuSimple", "XgKurve"),
            ("9.4 GFLOPs", "GFLOPs", 9.4, None, None, "XgKurve"),
        ],
    },
    {
        "field": "lane-detection",
        "title": "XgTerra: Depth-Free 3D Lane Detection with Ground-Height Queries",
        "text": (
            "Monocular 3D lane detection must recover lane geometry in 3D space from a single front-view image, yet "
            "most methods either warp image features to a bird's-eye view under a flat-ground assumption, as "
            "PersFormer does, or depend on dense depth supervision. We propose XgTerra, a DETR-style detector whose "
            "lane queries carry an explicit ground-height profile that is updated layer by layer from image "
            "features, removing both inverse perspective mapping (IPM) and the depth branch. Each query samples "
            "features at the projections of its current 3D points, and a height-consistency loss ties neighbouring "
            "queries to a shared road surface. On OpenLane, XgTerra achieves 63.8 F1 and a category accuracy of "
            "92.4%, ahead of LATR (61.9 F1) and Anchor3DLane (53.7 F1), with near/far X errors of 0.214/0.238 m and "
            "Z errors of 0.071/0.095 m. The gain is largest on uphill and curved roads, where XgTerra improves F1 by "
            "3.6 and 2.9 points over LATR. On the Apollo 3D Lane Synthetic benchmark, XgTerra obtains F1 scores of "
            "98.1, 96.5 and 92.7 on the balanced, rarely observed and visual-variation splits, respectively. Because "
            "it needs neither IPM nor a depth network, XgTerra runs at 26 FPS on an RTX 3090, 1.4\u00d7 faster than "
            "LATR, and it transfers to ONCE-3DLanes without fine-tuning with an F1 of 71.5."
        ),
        "spans": [
            ("XgTerra", "M"), ("3D Lane Detection", "T"), ("Monocular 3D lane detection", "T"), ("PersFormer", "M"),
            ("DETR", "M"), ("inverse perspective mapping", "M"), ("IPM", "M"), ("OpenLane", "D"), ("F1", "X"),
            ("category accuracy", "X"), ("LATR", "M"), ("Anchor3DLane", "M"), ("X errors", "X"), ("Z errors", "X"),
            ("Apollo 3D Lane Synthetic", "D"), ("F1 scores", "X"), ("FPS", "X"), ("ONCE-3DLanes", "D"),
        ],
        "results": [
            ("63.8 F1", "F1", 63.8, None, "OpenLane", "XgTerra"),
            ("category accuracy of 92.4%", "category accuracy", 92.4, "%", "OpenLane", "XgTerra"),
            ("61.9 F1", "F1", 61.9, None, "OpenLane", "LATR"),
            ("53.7 F1", "F1", 53.7, None, "OpenLane", "Anchor3DLane"),
            ("X errors of 0.214", "X error", 0.214, "m", "OpenLane", "XgTerra"),
            ("0.238 m", "X error", 0.238, "m", "OpenLane", "XgTerra"),
            ("Z errors of 0.071", "Z error", 0.071, "m", "OpenLane", "XgTerra"),
            ("0.095 m", "Z error", 0.095, "m", "OpenLane", "XgTerra"),
            ("F1 by 3.6", "F1", 3.6, "points", None, "XgTerra"),
            ("2.9 points", "F1", 2.9, "points", None, "XgTerra"),
            ("F1 scores of 98.1", "F1", 98.1, None, "Apollo 3D Lane Synthetic", "XgTerra"),
            ("96.5", "F1", 96.5, None, "Apollo 3D Lane Synthetic", "XgTerra"),
            ("92.7", "F1", 92.7, None, "Apollo 3D Lane Synthetic", "XgTerra"),
            ("26 FPS", "FPS", 26, None, None, "XgTerra"),
            ("1.4\u00d7 faster", "speed-up", 1.4, "\u00d7", None, "XgTerra"),
            ("F1 of 71.5", "F1", 71.5, None, "ONCE-3DLanes", "XgTerra"),
        ],
    },
    {
        "field": "lane-detection",
        "title": "XgMistLane: Benchmarking and Adapting Lane Detection under Fog, Rain, Snow and Sensor Degradation",
        "text": (
            "Lane detectors are trained and ranked almost exclusively on clear-weather data such as CULane and "
            "TuSimple, leaving their behaviour under adverse conditions largely unknown. We introduce XgMistLane, a "
            "benchmark of 21,400 annotated frames covering fog, heavy rain, snow, low-sun glare and camera "
            "degradations such as lens droplets and motion blur, collected in three cities and complemented by "
            "physically based weather rendering applied to the CULane test set. We re-evaluate eleven published "
            "detectors, including LaneATT, CondLaneNet, GANet, CLRNet, CLRerNet and UFLDv2, under a common protocol. "
            "The ranking of methods changes considerably: CLRerNet, the strongest model on clean CULane, loses 23.4 "
            "F1 points in dense fog, whereas the keypoint-based GANet degrades by only 15.1 points. Across all "
            "corruption types, the mean F1 of the eleven models falls from 77.9 to 52.6. To narrow this gap, we "
            "propose XgDehalo, a test-time adaptation method that updates only the normalisation statistics and a "
            "small visual prompt of a frozen detector on incoming frames. Applied to six of the evaluated detectors, "
            "XgDehalo recovers 6.2\u201312.5 F1 points on XgMistLane without any labels, at under 3% extra latency. "
            "Gains are largest for anchor-based detectors and smallest in snow, where missing markings cannot be "
            "recovered from context alone. The benchmark, rendering code and evaluation toolkit will be made public."
        ),
        "spans": [
            ("XgMistLane", "D"), ("Lane Detection", "T"), ("CULane", "D"), ("TuSimple", "D"), ("LaneATT", "M"),
            ("CondLaneNet", "M"), ("GANet", "M"), ("CLRNet", "M"), ("CLRerNet", "M"), ("UFLDv2", "M"), ("F1", "X"),
            ("mean F1", "X"), ("XgDehalo", "M"), ("test-time adaptation", "M"), ("latency", "X"),
        ],
        "results": [
            ("loses 23.4 F1 points", "F1", 23.4, "points", None, "CLRerNet"),
            ("degrades by only 15.1 points", "F1", 15.1, "points", None, "GANet"),
            ("mean F1 of the eleven models falls from 77.9 to 52.6", "F1", 52.6, None, None, None),
            ("recovers 6.2\u201312.5 F1 points", "F1", 12.5, "points", "XgMistLane", "XgDehalo", {"low": 6.2}),
            ("under 3% extra latency", "latency", 3, "%", "XgMistLane", "XgDehalo"),
        ],
    },
    {
        "field": "lane-detection",
        "title": "XgEcholane: Occlusion-Aware Query Memory for Video Lane Detection",
        "text": (
            "Video lane detection exploits temporal coherence to recover lanes that are occluded or worn in "
            "individual frames, but existing approaches such as MMA-Net and RVLD propagate dense feature maps "
            "between frames, which is costly and smears errors over time. XgEcholane instead maintains a compact "
            "memory of lane queries: each query stores the geometry and an occlusion confidence of one lane instance "
            "and is updated by a GRU only where the current frame provides reliable evidence. A motion-compensation "
            "step driven by estimated ego-motion warps the stored geometry before matching, so the memory remains "
            "valid at high speed. On VIL-100, XgEcholane obtains an mIoU of 0.917, an F1@0.5 of 0.934 and an F1@0.8 "
            "of 0.842, compared with 0.901, 0.918 and 0.817 for RVLD. Line-level accuracy reaches 95.6% with 4.8% "
            "false positives and 3.1% false negatives. On the video sequences of OpenLane, per-frame F1 improves from "
            "57.2 to 61.0 when the memory is switched on, with the largest gain on frames in which more than half of "
            "a lane is occluded (+7.3 points). Because only 64 query vectors are carried between frames, updating "
            "the memory takes 0.6 ms per frame, and XgEcholane runs at 118 FPS with a ResNet-34 backbone, 2.3\u00d7 "
            "faster than RVLD."
        ),
        "spans": [
            ("XgEcholane", "M"), ("Video Lane Detection", "T"), ("Video lane detection", "T"), ("MMA-Net", "M"),
            ("RVLD", "M"), ("GRU", "M"), ("VIL-100", "D"), ("mIoU", "X"), ("F1@0.5", "X"), ("F1@0.8", "X"),
            ("Line-level accuracy", "X"), ("false positives", "X"), ("false negatives", "X"), ("OpenLane", "D"),
            ("F1", "X"), ("FPS", "X"), ("ResNet-34", "M"),
        ],
        "results": [
            ("mIoU of 0.917", "mIoU", 0.917, None, "VIL-100", "XgEcholane"),
            ("F1@0.5 of 0.934", "F1@0.5", 0.934, None, "VIL-100", "XgEcholane"),
            ("F1@0.8 of 0.842", "F1@0.8", 0.842, None, "VIL-100", "XgEcholane"),
            ("0.901", "mIoU", 0.901, None, "VIL-100", "RVLD"),
            ("0.918", "F1@0.5", 0.918, None, "VIL-100", "RVLD"),
            ("0.817", "F1@0.8", 0.817, None, "VIL-100", "RVLD"),
            ("Line-level accuracy reaches 95.6%", "accuracy", 95.6, "%", None, None),
            ("4.8% false positives", "false positives", 4.8, "%", None, None),
            ("3.1% false negatives", "false negatives", 3.1, "%", None, None),
            ("F1 improves from 57.2 to 61.0", "F1", 61.0, None, "OpenLane", None),
            ("+7.3 points", "F1", 7.3, "points", "OpenLane", None),
            ("updating the memory takes 0.6 ms", "memory update time", 0.6, "ms", None, None),
            ("118 FPS", "FPS", 118, None, None, "XgEcholane"),
            ("2.3\u00d7 faster", "speed-up", 2.3, "\u00d7", None, "XgEcholane"),
        ],
    },
    {
        "field": "lane-detection",
        "title": "XgRowlet: Distilling Anchor-Based Lane Detectors into Sub-Megabyte Row Classifiers for Embedded "
                 "Driver Assistance",
        "text": (
            "Deploying lane detection on low-cost automotive microcontrollers requires models that fit in a few "
            "hundred kilobytes and run without a GPU. Row-anchor formulations, popularised by Ultra Fast Lane "
            "Detection (UFLD), suit such targets well, but small students trained from scratch fall far behind "
            "anchor-based detectors such as CLRNet. We propose XgRowlet, a knowledge distillation framework that "
            "transfers the refined anchors of a CLRNet teacher into a row classifier through three signals: soft "
            "row-location distributions, lane-existence logits and a geometric consistency term computed on the "
            "teacher's predicted curves. The student uses a MobileNetV3-Small backbone, 8-bit post-training "
            "quantization and an input of 160\u00d7480 pixels. On CULane, XgRowlet reaches 72.4 F1 with only 0.41M "
            "parameters, 4.9 points above the same student trained without distillation and 4.0 points above UFLD "
            "with a ResNet-18 backbone (68.4 F1). On the LLAMAS validation set it attains 93.1 F1. Deployed on an "
            "Arm Cortex-M55 with an Ethos-U55 neural accelerator, the model processes a frame in 14.2 ms with a "
            "power draw of 0.19 W. These findings suggest that much of the gap between embedded and server-grade "
            "lane detectors can be closed by distillation rather than by larger backbones, and we release the "
            "training recipe together with the quantized models."
        ),
        "spans": [
            ("XgRowlet", "M"), ("lane detection", "T"), ("Ultra Fast Lane Detection", "M"), ("UFLD", "M"),
            ("CLRNet", "M"), ("knowledge distillation", "M"), ("distillation", "M"), ("MobileNetV3-Small", "M"),
            ("post-training quantization", "M"), ("CULane", "D"), ("F1", "X"), ("ResNet-18", "M"), ("LLAMAS", "D"),
            ("power draw", "X"),
        ],
        "results": [
            ("72.4 F1", "F1", 72.4, None, "CULane", "XgRowlet"),
            ("4.9 points above", "F1", 4.9, "points", "CULane", "XgRowlet"),
            ("4.0 points above", "F1", 4.0, "points", "CULane", "XgRowlet"),
            ("68.4 F1", "F1", 68.4, None, "CULane", "UFLD"),
            ("93.1 F1", "F1", 93.1, None, "LLAMAS", None),
            ("processes a frame in 14.2 ms", "latency", 14.2, "ms", None, None),
            ("power draw of 0.19 W", "power draw", 0.19, "W", None, None),
        ],
    },
    {
        "field": "lane-detection",
        "title": "XgVestra: Lane Detection as Iterative Denoising of Lane Point Sets",
        "text": (
            "Anchor-based lane detectors rely on hand-designed priors whose number and placement limit recall on "
            "unusual geometries such as forks, merges and sharp turns. Inspired by the success of DiffusionDet in "
            "object detection, we formulate lane detection as the denoising of noisy lane point sets conditioned on "
            "image features. XgVestra starts from randomly sampled polylines, refines them with a four-layer decoder "
            "over four denoising steps, and is supervised through one-to-one matching at every step. Because the "
            "number of candidate lanes is chosen at inference time, a single model trades accuracy for speed without "
            "retraining. With ResNet-18, ResNet-34 and DLA-34 backbones, XgVestra attains F1 scores of 80.1, 80.6 "
            "and 81.3 on CULane, respectively, against 79.6, 79.7 and 80.5 for CLRNet with the same backbones. On "
            "CurveLanes, XgVestra reaches 87.9 F1 (precision 92.0, recall 84.2), surpassing CLRerNet by 1.8 points, "
            "and it raises recall on forks and merges by 6.4 points over anchor-based methods. On TuSimple, accuracy "
            "saturates at 96.9%. Using two denoising steps instead of four cuts latency from 8.7 ms to 5.1 ms per "
            "image at a cost of 0.3 F1 on CULane. We further observe that XgVestra is far less sensitive to the "
            "number of candidate lanes than anchor-based detectors are to the number of anchors, which simplifies "
            "deployment across camera setups."
        ),
        "spans": [
            ("XgVestra", "M"), ("Lane Detection", "T"), ("lane detection", "T"), ("recall", "X"),
            ("DiffusionDet", "M"), ("object detection", "T"), ("accuracy", "X"), ("ResNet-18", "M"),
            ("ResNet-34", "M"), ("DLA-34", "M"), ("F1 scores", "X"), ("F1", "X"), ("CULane", "D"), ("CLRNet", "M"),
            ("CurveLanes", "D"), ("precision", "X"), ("CLRerNet", "M"), ("TuSimple", "D"), ("latency", "X"),
        ],
        "results": [
            ("F1 scores of 80.1", "F1", 80.1, None, "CULane", "XgVestra"),
            ("80.6", "F1", 80.6, None, "CULane", "XgVestra"),
            ("81.3", "F1", 81.3, None, "CULane", "XgVestra"),
            ("79.6", "F1", 79.6, None, "CULane", "CLRNet"),
            ("79.7", "F1", 79.7, None, "CULane", "CLRNet"),
            ("80.5", "F1", 80.5, None, "CULane", "CLRNet"),
            ("87.9 F1", "F1", 87.9, None, "CurveLanes", "XgVestra"),
            ("precision 92.0", "precision", 92.0, None, "CurveLanes", "XgVestra"),
            ("recall 84.2", "recall", 84.2, None, "CurveLanes", "XgVestra"),
            ("by 1.8 points", "F1", 1.8, "points", "CurveLanes", "XgVestra"),
            ("recall on forks and merges by 6.4 points", "recall", 6.4, "points", "CurveLanes", "XgVestra"),
            ("accuracy saturates at 96.9%", "accuracy", 96.9, "%", "TuSimple", None),
            ("latency from 8.7 ms to 5.1 ms", "latency", 5.1, "ms", None, None),
            ("0.3 F1 on CULane", "F1", 0.3, None, "CULane", None),
        ],
    },
    # ------------------------------------------------------------ video-anomaly-detection
    {
        "field": "video-anomaly-detection",
        "title": "XgVigil: Prototype-Guided Snippet Calibration for Weakly Supervised Video Anomaly Detection",
        "text": (
            "Weakly supervised video anomaly detection (WSVAD) learns to localise abnormal frames from video-level "
            "labels alone, typically through multiple instance learning (MIL) over snippet features. MIL-based "
            "detectors such as RTFM and UR-DMU tend to fire on a few highly salient snippets and miss the onset and "
            "end of an event, while CLIP-based methods like VadCLIP better recognise anomaly categories but inherit "
            "the same coarse temporal calibration. We present XgVigil, which learns a bank of normal and abnormal "
            "prototypes from CLIP ViT-B/16 snippet embeddings and uses prototype affinity to spread pseudo-labels "
            "from confident snippets to temporally adjacent ones, together with a text-guided margin that separates "
            "anomaly classes. On UCF-Crime, XgVigil attains a frame-level AUC of 89.12%, outperforming VadCLIP "
            "(88.02%) and UR-DMU (86.97%); on XD-Violence it reaches an AP of 86.45%, compared with 84.51% for "
            "VadCLIP and 81.66% for UR-DMU. The abnormal-only AUC (AUC_A) on UCF-Crime rises from 70.23% to 75.80% "
            "with prototype propagation. For fine-grained WSVAD, XgVigil improves the average mAP over IoU "
            "thresholds from 0.1 to 0.5 by 2.7 points on XD-Violence and by 1.9 points on UCF-Crime. At inference, "
            "only the frozen CLIP image encoder and a two-layer temporal head with 2.1M parameters are needed, and "
            "the full pipeline processes about 1,900 frames per second on a single A100 GPU."
        ),
        "spans": [
            ("XgVigil", "M"), ("Weakly Supervised Video Anomaly Detection", "T"),
            ("Weakly supervised video anomaly detection", "T"), ("WSVAD", "T"), ("multiple instance learning", "M"),
            ("MIL", "M"), ("RTFM", "M"), ("UR-DMU", "M"), ("CLIP", "M"), ("VadCLIP", "M"), ("CLIP ViT-B/16", "M"),
            ("UCF-Crime", "D"), ("frame-level AUC", "X"), ("XD-Violence", "D"), ("AP", "X"),
            ("abnormal-only AUC", "X"), ("AUC_A", "X"), ("average mAP", "X"), ("IoU", "X"),
            ("frames per second", "X"),
        ],
        "results": [
            ("frame-level AUC of 89.12%", "AUC", 89.12, "%", "UCF-Crime", "XgVigil"),
            ("88.02%", "AUC", 88.02, "%", "UCF-Crime", "VadCLIP"),
            ("86.97%", "AUC", 86.97, "%", "UCF-Crime", "UR-DMU"),
            ("AP of 86.45%", "AP", 86.45, "%", "XD-Violence", "XgVigil"),
            ("84.51%", "AP", 84.51, "%", "XD-Violence", "VadCLIP"),
            ("81.66%", "AP", 81.66, "%", "XD-Violence", "UR-DMU"),
            ("abnormal-only AUC (AUC_A) on UCF-Crime rises from 70.23% to 75.80%", "AUC_A", 75.8, "%", "UCF-Crime",
             None),
            ("by 2.7 points on XD-Violence", "mAP", 2.7, "points", "XD-Violence", "XgVigil"),
            ("by 1.9 points on UCF-Crime", "mAP", 1.9, "points", "UCF-Crime", "XgVigil"),
            ("1,900 frames per second", "throughput", 1900, "frames/s", None, None),
        ],
    },
    {
        "field": "video-anomaly-detection",
        "title": "XgMurmur: Object-Centric Masked Motion Prediction for One-Class Video Anomaly Detection",
        "text": (
            "One-class video anomaly detection trains only on normal footage and flags test events that a model "
            "fails to explain. Prediction- and reconstruction-based methods such as MNAD and HF2-VAD often generalise "
            "too well, reproducing anomalous motion almost as faithfully as normal activity. We propose XgMurmur, an "
            "object-centric approach that masks the optical flow of each detected object and asks a small masked "
            "autoencoder to infer the missing motion from the object's appearance and the motion of its neighbours. "
            "Anomaly scores combine the motion prediction error with a k-nearest-neighbour distance in the learned "
            "object embedding space, and no abnormal data or labels are used at any stage. On UCSD Ped2, CUHK Avenue "
            "and ShanghaiTech, XgMurmur obtains micro-averaged frame-level AUCs of 99.3%, 93.6% and 85.7%, "
            "respectively, against 99.0%, 91.1% and 76.2% for HF2-VAD. Macro AUC on ShanghaiTech reaches 91.2%. On "
            "Avenue, XgMurmur also achieves an RBDC of 68.9% and a TBDC of 79.4%, exceeding Jigsaw-VAD by 5.1 and "
            "3.8 points. XgMurmur analyses 64 frames per second on an RTX 4090, roughly 2.5\u00d7 the speed of "
            "HF2-VAD, and because it reasons per object, its anomaly maps point to the offending person or vehicle "
            "rather than to a whole frame region."
        ),
        "spans": [
            ("XgMurmur", "M"), ("One-Class Video Anomaly Detection", "T"), ("One-class video anomaly detection", "T"),
            ("MNAD", "M"), ("HF2-VAD", "M"), ("masked autoencoder", "M"), ("k-nearest-neighbour", "M"),
            ("UCSD Ped2", "D"), ("CUHK Avenue", "D"), ("Avenue", "D"), ("ShanghaiTech", "D"),
            ("micro-averaged frame-level AUCs", "X"), ("Macro AUC", "X"), ("RBDC", "X"), ("TBDC", "X"),
            ("Jigsaw-VAD", "M"), ("frames per second", "X"),
        ],
        "results": [
            ("AUCs of 99.3%", "AUC", 99.3, "%", "UCSD Ped2", "XgMurmur"),
            ("93.6%", "AUC", 93.6, "%", "CUHK Avenue", "XgMurmur"),
            ("85.7%", "AUC", 85.7, "%", "ShanghaiTech", "XgMurmur"),
            ("99.0%", "AUC", 99.0, "%", "UCSD Ped2", "HF2-VAD"),
            ("91.1%", "AUC", 91.1, "%", "CUHK Avenue", "HF2-VAD"),
            ("76.2%", "AUC", 76.2, "%", "ShanghaiTech", "HF2-VAD"),
            ("Macro AUC on ShanghaiTech reaches 91.2%", "macro AUC", 91.2, "%", "ShanghaiTech", None),
            ("RBDC of 68.9%", "RBDC", 68.9, "%", "CUHK Avenue", "XgMurmur"),
            ("TBDC of 79.4%", "TBDC", 79.4, "%", "CUHK Avenue", "XgMurmur"),
            ("by 5.1", "RBDC", 5.1, "points", "CUHK Avenue", "XgMurmur"),
            ("3.8 points", "TBDC", 3.8, "points", "CUHK Avenue", "XgMurmur"),
            ("64 frames per second", "throughput", 64, "frames/s", None, "XgMurmur"),
            ("2.5\u00d7 the speed", "speed-up", 2.5, "\u00d7", None, "XgMurmur"),
        ],
    },
    {
        "field": "video-anomaly-detection",
        "title": "XgAugur: Training-Free Video Anomaly Detection by Querying Vision-Language Models with Self-Refined "
                 "Event Descriptions",
        "text": (
            "Training-free video anomaly detection aims to score abnormal events without any task-specific training, "
            "relying only on pretrained models. Current pipelines, exemplified by LAVAD, caption each frame with a "
            "vision-language model (VLM), summarise the captions with a large language model (LLM) and ask the LLM "
            "for an anomaly score, a process that discards fine motion cues and makes scores highly sensitive to the "
            "prompt. XgAugur replaces fixed prompts with a compact set of event descriptions that the LLM rewrites "
            "from its own confident decisions on unlabeled test videos, and it scores short clips directly with a "
            "video-capable VLM, Qwen2-VL-7B, queried with these descriptions. A temporal consistency prior then "
            "smooths the clip scores into frame-level predictions. Without any training data, XgAugur reaches an AUC "
            "of 84.6% on UCF-Crime and an AP of 68.3% on XD-Violence, improving on LAVAD by 4.3 and 5.8 points, "
            "respectively, and narrowing the distance to weakly supervised detectors. Because the refined "
            "descriptions are human-readable, every alarm comes with an explanation of which described event it "
            "matches. Ablations show that three rounds of self-refinement suffice, that Llama-3.1-8B-Instruct and "
            "GPT-4o-mini as the rewriting LLM yield nearly identical results, and that the quality of the initial "
            "captions matters more than the choice of LLM."
        ),
        "spans": [
            ("XgAugur", "M"), ("Training-Free Video Anomaly Detection", "T"),
            ("Training-free video anomaly detection", "T"), ("Vision-Language Models", "M"),
            ("vision-language model", "M"), ("VLM", "M"), ("large language model", "M"), ("LLM", "M"),
            ("LAVAD", "M"), ("Qwen2-VL-7B", "M"), ("AUC", "X"), ("UCF-Crime", "D"), ("AP", "X"),
            ("XD-Violence", "D"), ("Llama-3.1-8B-Instruct", "M"), ("GPT-4o-mini", "M"),
        ],
        "results": [
            ("AUC of 84.6%", "AUC", 84.6, "%", "UCF-Crime", "XgAugur"),
            ("AP of 68.3%", "AP", 68.3, "%", "XD-Violence", "XgAugur"),
            ("by 4.3", "AUC", 4.3, "points", "UCF-Crime", "XgAugur"),
            ("5.8 points", "AP", 5.8, "points", "XD-Violence", "XgAugur"),
        ],
    },
    {
        "field": "video-anomaly-detection",
        "title": "XgSifter: Consensus Pseudo-Label Bootstrapping for Fully Unsupervised Video Anomaly Detection",
        "text": (
            "Unsupervised video anomaly detection learns from unlabeled training videos that contain an unknown mix "
            "of normal and abnormal events, removing even the video-level annotation required by weakly supervised "
            "methods. Existing approaches such as GCL and C2FPL derive pseudo-labels from the reconstruction errors "
            "of I3D features, but a single noisy estimate early in training is easily reinforced. XgSifter instead "
            "bootstraps pseudo-labels from the consensus of an ensemble of lightweight normality models, each "
            "trained on a different random partition of the unlabeled videos, and admits a segment as normal only "
            "when most partitions agree. The resulting labels train a binary classifier with the ranking loss of "
            "multiple instance learning (MIL), and the procedure is repeated for three rounds. Without any labels, "
            "XgSifter achieves frame-level AUCs of 83.9% on UCF-Crime and 81.4% on ShanghaiTech, compared with 80.7% "
            "and 78.9% for C2FPL and 74.2% and 78.1% for GCL. On XD-Violence, XgSifter reaches an AP of 66.8%, 7.7 "
            "points above C2FPL. Pseudo-label precision after the final round reaches 0.91 on UCF-Crime, against "
            "0.73 after the first. XgSifter thus comes within 0.4 points of the weakly supervised RTFM (84.3% AUC on "
            "UCF-Crime) while using no annotation at all, and the consensus mechanism adds less than 10% to the "
            "training time."
        ),
        "spans": [
            ("XgSifter", "M"), ("Unsupervised Video Anomaly Detection", "T"),
            ("Unsupervised video anomaly detection", "T"), ("GCL", "M"), ("C2FPL", "M"), ("I3D", "M"),
            ("multiple instance learning", "M"), ("MIL", "M"), ("frame-level AUCs", "X"), ("UCF-Crime", "D"),
            ("ShanghaiTech", "D"), ("XD-Violence", "D"), ("AP", "X"), ("precision", "X"), ("RTFM", "M"),
            ("AUC", "X"), ("training time", "X"),
        ],
        "results": [
            ("frame-level AUCs of 83.9%", "AUC", 83.9, "%", "UCF-Crime", "XgSifter"),
            ("81.4%", "AUC", 81.4, "%", "ShanghaiTech", "XgSifter"),
            ("80.7%", "AUC", 80.7, "%", "UCF-Crime", "C2FPL"),
            ("78.9%", "AUC", 78.9, "%", "ShanghaiTech", "C2FPL"),
            ("74.2%", "AUC", 74.2, "%", "UCF-Crime", "GCL"),
            ("78.1%", "AUC", 78.1, "%", "ShanghaiTech", "GCL"),
            ("AP of 66.8%", "AP", 66.8, "%", "XD-Violence", "XgSifter"),
            ("7.7 points above", "AP", 7.7, "points", "XD-Violence", "XgSifter"),
            ("precision after the final round reaches 0.91", "precision", 0.91, None, "UCF-Crime", None),
            ("0.73", "precision", 0.73, None, "UCF-Crime", None),
            ("within 0.4 points", "AUC", 0.4, "points", "UCF-Crime", "XgSifter"),
            ("84.3% AUC", "AUC", 84.3, "%", "UCF-Crime", "RTFM"),
            ("less than 10% to the training time", "training time", 10, "%", None, None),
        ],
    },
    {
        "field": "video-anomaly-detection",
        "title": "XgTorvex: Online Weakly Supervised Video Anomaly Detection in Hour-Long Surveillance Footage with "
                 "State-Space Models",
        "text": (
            "Surveillance streams run for hours, yet most weakly supervised anomaly detectors, including MGFN and "
            "UR-DMU, model temporal context with attention over a fixed window of snippets, whose cost grows "
            "quadratically with length and which cannot operate online. We propose XgTorvex, a causal temporal head "
            "built from Mamba blocks that consumes I3D or CLIP snippet features one at a time with constant memory, "
            "trained with a bidirectional teacher that is discarded at test time. On UCF-Crime, XgTorvex obtains "
            "87.4% AUC in the online setting (vs. 86.1% for an online variant of UR-DMU); on XD-Violence it reaches "
            "83.9% AP; and on the recent MSAD benchmark, 88.7% AUC. Its offline scores stay within 0.3 points of the "
            "bidirectional teacher on all three datasets. XgTorvex requires 0.11 GFLOPs per snippet, 14\u00d7 fewer "
            "than MGFN, and its peak GPU memory stays at 1.2 GB regardless of video length, whereas MGFN exhausts 24 "
            "GB beyond 40 minutes of footage. End-to-end latency, including feature extraction, is 38 ms per "
            "16-frame snippet on a Jetson AGX Orin, enough for real-time alerting on 25 fps camera streams. These "
            "results indicate that state-space models are an attractive replacement for attention-based temporal "
            "modules in deployed video anomaly detection, especially when the video length is not known in advance."
        ),
        "spans": [
            ("XgTorvex", "M"), ("Weakly Supervised Video Anomaly Detection", "T"), ("State-Space Models", "M"),
            ("MGFN", "M"), ("UR-DMU", "M"), ("Mamba", "M"), ("I3D", "M"), ("CLIP", "M"), ("UCF-Crime", "D"),
            ("AUC", "X"), ("XD-Violence", "D"), ("AP", "X"), ("MSAD", "D"), ("GFLOPs", "X"),
            ("peak GPU memory", "X"), ("End-to-end latency", "X"), ("state-space models", "M"),
            ("video anomaly detection", "T"),
        ],
        "results": [
            ("87.4% AUC", "AUC", 87.4, "%", "UCF-Crime", "XgTorvex"),
            ("86.1%", "AUC", 86.1, "%", "UCF-Crime", "UR-DMU"),
            ("83.9% AP", "AP", 83.9, "%", "XD-Violence", "XgTorvex"),
            ("88.7% AUC", "AUC", 88.7, "%", "MSAD", "XgTorvex"),
            ("within 0.3 points", "score", 0.3, "points", None, None),
            ("0.11 GFLOPs", "GFLOPs", 0.11, None, None, "XgTorvex"),
            ("14\u00d7 fewer", "FLOPs reduction", 14, "\u00d7", None, "XgTorvex"),
            ("peak GPU memory stays at 1.2 GB", "peak GPU memory", 1.2, "GB", None, "XgTorvex"),
            ("exhausts 24 GB", "peak GPU memory", 24, "GB", None, "MGFN"),
            ("End-to-end latency, including feature extraction, is 38 ms", "end-to-end latency", 38, "ms", None,
             None),
        ],
    },
    {
        "field": "video-anomaly-detection",
        "title": "XgLexis: Open-Vocabulary Video Anomaly Detection with Event-Decomposed Text Anchors",
        "text": (
            "Open-vocabulary video anomaly detection (OVVAD) asks a model trained on a subset of anomaly categories "
            "to detect and name anomalies of categories it has never seen. CLIP-based detectors align snippet "
            "features with a single prompt per category, so their detection of unseen classes is limited by how "
            "well a bare category name such as Arson or Shoplifting describes its visual evidence. XgLexis "
            "decomposes every category into short event descriptions generated by GPT-4o, for example a flame "
            "spreading across a building facade, learns a temporal adapter on top of a frozen CLIP ViT-L/14, and "
            "matches snippets to descriptions with optimal transport, so that novel categories inherit the visual "
            "grounding of related seen events. Under the standard OVVAD protocol, in which roughly half of the "
            "categories are held out during training, XgLexis reaches an AUC of 87.9% on UCF-Crime, an AP of 69.2% "
            "on XD-Violence and an AUC of 66.3% on UBnormal, ahead of the open-vocabulary detector of Wu et al. "
            "(86.4%, 66.5% and 62.9%). On the novel categories of UCF-Crime, XgLexis improves AUC by 3.4 points and "
            "top-1 classification accuracy by 11.6 points. The gains come mostly from the decomposed descriptions: a "
            "single-prompt variant of XgLexis performs on par with prior work, whereas adding optimal transport "
            "matching yields a further 1.2-point AUC gain on UCF-Crime. Code and the generated descriptions are "
            "released."
        ),
        "spans": [
            ("XgLexis", "M"), ("Open-Vocabulary Video Anomaly Detection", "T"),
            ("Open-vocabulary video anomaly detection", "T"), ("OVVAD", "T"), ("CLIP", "M"), ("GPT-4o", "M"),
            ("CLIP ViT-L/14", "M"), ("optimal transport", "M"), ("AUC", "X"), ("UCF-Crime", "D"), ("AP", "X"),
            ("XD-Violence", "D"), ("UBnormal", "D"), ("top-1 classification accuracy", "X"),
        ],
        "results": [
            ("AUC of 87.9%", "AUC", 87.9, "%", "UCF-Crime", "XgLexis"),
            ("AP of 69.2%", "AP", 69.2, "%", "XD-Violence", "XgLexis"),
            ("AUC of 66.3%", "AUC", 66.3, "%", "UBnormal", "XgLexis"),
            ("86.4%", "AUC", 86.4, "%", "UCF-Crime", None),
            ("66.5%", "AP", 66.5, "%", "XD-Violence", None),
            ("62.9%", "AUC", 62.9, "%", "UBnormal", None),
            ("AUC by 3.4 points", "AUC", 3.4, "points", "UCF-Crime", "XgLexis"),
            ("top-1 classification accuracy by 11.6 points", "top-1 accuracy", 11.6, "points", "UCF-Crime",
             "XgLexis"),
            ("1.2-point AUC gain", "AUC", 1.2, "points", "UCF-Crime", None),
        ],
    },
]
