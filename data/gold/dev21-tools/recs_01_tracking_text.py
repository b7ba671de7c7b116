"""dev21 records: object-tracking (6) and scene-text (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Bvelkarn", "Bwystrel", "Byrrowin", "Bvendash", "Bwoxtail", "Byquorra",
          "Bvaldrim", "Bwettlin", "Byskorra", "Bvortemp", "Bwiscant", "Bylmarch"]

RECS = [
    # ------------------------------------------------------------ object-tracking
    {
        "field": "object-tracking",
        "title": "Bvelkarn: Uncertainty-Gated Fusion of Motion and Appearance Cues for Multi-Object Tracking in Crowds",
        "text": (
            "Tracking-by-detection remains the dominant paradigm for multi-object tracking (MOT), but association still "
            "breaks down in crowds, where occluded pedestrians yield low-confidence boxes and the Kalman filter drifts "
            "during long gaps. Trackers such as ByteTrack, OC-SORT and BoT-SORT combine motion and appearance cues with "
            "fixed weights, even though the reliability of each cue changes from frame to frame. We propose Bvelkarn, an "
            "online tracker that estimates the per-track uncertainty of both cues and gates their contribution to the "
            "cost matrix accordingly. A lightweight appearance embedding head shares the YOLOX backbone of the detector, "
            "and a second association stage recovers tracks from low-score detections only when motion uncertainty is "
            "small. On the MOT17 test set, Bvelkarn obtains 65.8 HOTA, 81.4 MOTA and 81.2 IDF1, improving IDF1 by 1.7 "
            "points over BoT-SORT. On MOT20, Bvelkarn reaches 64.1 HOTA and 79.6 IDF1 (vs. 61.3 and 75.2 for "
            "ByteTrack). The gains are largest on DanceTrack, where uniform appearance and irregular motion make "
            "association hard: Bvelkarn achieves 63.9 HOTA and 49.7 AssA, compared with 55.1 and 38.3 for OC-SORT, "
            "i.e., +8.8 HOTA. The full tracker runs at 27.5 FPS on a single RTX 4090, detection included, and the "
            "uncertainty gating adds less than 1 ms of latency per frame."
        ),
        "spans": [
            ("Bvelkarn", "M"), ("Multi-Object Tracking", "T"), ("Tracking-by-detection", "M"),
            ("multi-object tracking", "T"), ("MOT", "T"), ("Kalman filter", "M"), ("ByteTrack", "M"),
            ("OC-SORT", "M"), ("BoT-SORT", "M"), ("YOLOX", "M"), ("MOT17", "D"), ("HOTA", "X"), ("MOTA", "X"),
            ("IDF1", "X"), ("MOT20", "D"), ("DanceTrack", "D"), ("AssA", "X"), ("FPS", "X"), ("latency", "X"),
        ],
        "results": [
            ("65.8 HOTA", "HOTA", 65.8, None, "MOT17", "Bvelkarn"),
            ("81.4 MOTA", "MOTA", 81.4, None, "MOT17", "Bvelkarn"),
            ("81.2 IDF1", "IDF1", 81.2, None, "MOT17", "Bvelkarn"),
            ("improving IDF1 by 1.7 points", "IDF1", 1.7, "points", "MOT17", "Bvelkarn"),
            ("64.1 HOTA", "HOTA", 64.1, None, "MOT20", "Bvelkarn"),
            ("79.6 IDF1", "IDF1", 79.6, None, "MOT20", "Bvelkarn"),
            ("61.3", "HOTA", 61.3, None, "MOT20", "ByteTrack"),
            ("75.2", "IDF1", 75.2, None, "MOT20", "ByteTrack"),
            ("63.9 HOTA", "HOTA", 63.9, None, "DanceTrack", "Bvelkarn"),
            ("49.7 AssA", "AssA", 49.7, None, "DanceTrack", "Bvelkarn"),
            ("55.1", "HOTA", 55.1, None, "DanceTrack", "OC-SORT"),
            ("38.3", "AssA", 38.3, None, "DanceTrack", "OC-SORT"),
            ("+8.8 HOTA", "HOTA", 8.8, "points", "DanceTrack", "Bvelkarn"),
            ("27.5 FPS", "FPS", 27.5, "fps", None, None),
            ("adds less than 1 ms of latency", "latency", 1, "ms", None, None),
        ],
    },
    {
        "field": "object-tracking",
        "title": "Bwystrel: Decoupled Target Queries and Token Pruning for Efficient Visual Object Tracking",
        "text": (
            "In visual object tracking, one-stream Transformer trackers such as OSTrack jointly extract features from "
            "the template and the search region, and autoregressive variants like SeqTrack and ARTrack further model "
            "the target trajectory as a sequence of coordinate tokens. These designs reach high accuracy on long-term "
            "benchmarks but process hundreds of background tokens at every frame and rely on a single static template. "
            "We present Bwystrel, a tracker that maintains a small set of decoupled target queries, updated online from "
            "confident past frames, and uses them to discard search tokens that are unlikely to contain the target "
            "before the later encoder layers. With a ViT-B backbone initialised from MAE pre-training and a 384\u00d7384 "
            "search region, Bwystrel-384 achieves an AUC of 74.6% on LaSOT, 86.1% AUC on TrackingNet and an AO of "
            "78.9% on GOT-10k, surpassing ARTrack-384 by 1.0, 0.5 and 0.9 points, respectively. On the more "
            "challenging LaSOT_ext, the success AUC reaches 54.8%, with a normalized precision of 65.3%. With token "
            "pruning, FLOPs fall from 65.1G to 41.7G. The 256-input variant Bwystrel-256 runs at 71 FPS on an RTX "
            "3090, 1.6\u00d7 faster than OSTrack-256, while also scoring a higher AUC on LaSOT (72.3% vs. 69.1%). "
            "Ablations show that online query updates contribute most of the gain on sequences with heavy appearance "
            "change."
        ),
        "spans": [
            ("Bwystrel", "M"), ("Token Pruning", "M"), ("Visual Object Tracking", "T"),
            ("visual object tracking", "T"), ("Transformer", "M"), ("OSTrack", "M"), ("SeqTrack", "M"),
            ("ARTrack", "M"), ("accuracy", "X"), ("ViT-B", "M"), ("MAE", "M"), ("Bwystrel-384", "M"), ("AUC", "X"),
            ("LaSOT", "D"), ("TrackingNet", "D"), ("AO", "X"), ("GOT-10k", "D"), ("ARTrack-384", "M"),
            ("LaSOT_ext", "D"), ("success AUC", "X"), ("normalized precision", "X"), ("token pruning", "M"),
            ("FLOPs", "X"), ("Bwystrel-256", "M"), ("FPS", "X"), ("OSTrack-256", "M"),
        ],
        "results": [
            ("AUC of 74.6%", "AUC", 74.6, "%", "LaSOT", "Bwystrel-384"),
            ("86.1% AUC", "AUC", 86.1, "%", "TrackingNet", "Bwystrel-384"),
            ("AO of 78.9%", "AO", 78.9, "%", "GOT-10k", "Bwystrel-384"),
            ("by 1.0", "AUC", 1.0, "points", "LaSOT", "Bwystrel-384"),
            ("0.5", "AUC", 0.5, "points", "TrackingNet", "Bwystrel-384"),
            ("0.9 points", "AO", 0.9, "points", "GOT-10k", "Bwystrel-384"),
            ("success AUC reaches 54.8%", "AUC", 54.8, "%", "LaSOT_ext", None),
            ("normalized precision of 65.3%", "normalized precision", 65.3, "%", "LaSOT_ext", None),
            ("FLOPs fall from 65.1G to 41.7G", "FLOPs", 41.7, "G", None, None),
            ("71 FPS", "FPS", 71, "fps", None, "Bwystrel-256"),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", None, "Bwystrel-256"),
            ("72.3%", "AUC", 72.3, "%", "LaSOT", "Bwystrel-256"),
            ("69.1%", "AUC", 69.1, "%", "LaSOT", "OSTrack-256"),
        ],
    },
    {
        "field": "object-tracking",
        "title": "Byrrowin: Hierarchical Distillation for Real-Time Aerial Tracking on Embedded GPUs",
        "text": (
            "UAV tracking demands trackers that run in real time on embedded hardware, where the Transformer-based "
            "trackers that top generic benchmarks are too slow. Lightweight alternatives such as HiT, MixFormerV2-S and "
            "LightTrack close part of the gap, but usually by shrinking the backbone, which hurts robustness to the "
            "small targets, fast motion and viewpoint changes that dominate aerial footage. We introduce Byrrowin, a "
            "compact tracker trained with hierarchical knowledge distillation from an OSTrack teacher: feature maps, "
            "attention maps and box distributions are distilled at three depths, and a scale-aware loss upweights "
            "targets smaller than 32 pixels. The student has only 5.2M parameters. On UAV123, Byrrowin reaches a "
            "success AUC of 69.4% and a precision of 89.7%, against 65.1% and 86.2% for HiT-Base, and it obtains "
            "precisions of 84.3% and 88.9% on UAVDT and VisDrone2019-SOT, respectively. On DTB70 it sets a new state "
            "of the art among efficient trackers with 66.2% AUC. Deployed with TensorRT on a Jetson AGX Orin, Byrrowin "
            "runs at 118 FPS, 2.4\u00d7 faster than MixFormerV2-S at comparable accuracy, and it stays above 40 FPS on "
            "the low-power Jetson Orin Nano. On LaSOT, a generic benchmark, the gap to the teacher is 3.9 AUC points."
        ),
        "spans": [
            ("Byrrowin", "M"), ("Distillation", "M"), ("Aerial Tracking", "T"), ("UAV tracking", "T"),
            ("Transformer", "M"), ("HiT", "M"), ("MixFormerV2-S", "M"), ("LightTrack", "M"),
            ("knowledge distillation", "M"), ("OSTrack", "M"), ("UAV123", "D"), ("success AUC", "X"),
            ("precision", "X"), ("HiT-Base", "M"), ("precisions", "X"), ("UAVDT", "D"), ("VisDrone2019-SOT", "D"),
            ("DTB70", "D"), ("AUC", "X"), ("FPS", "X"), ("accuracy", "X"), ("LaSOT", "D"),
        ],
        "results": [
            ("success AUC of 69.4%", "AUC", 69.4, "%", "UAV123", "Byrrowin"),
            ("precision of 89.7%", "precision", 89.7, "%", "UAV123", "Byrrowin"),
            ("65.1%", "AUC", 65.1, "%", "UAV123", "HiT-Base"),
            ("86.2%", "precision", 86.2, "%", "UAV123", "HiT-Base"),
            ("precisions of 84.3%", "precision", 84.3, "%", "UAVDT", "Byrrowin"),
            ("88.9%", "precision", 88.9, "%", "VisDrone2019-SOT", "Byrrowin"),
            ("66.2% AUC", "AUC", 66.2, "%", "DTB70", None),
            ("118 FPS", "FPS", 118, "fps", None, "Byrrowin"),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, "Byrrowin"),
            ("above 40 FPS", "FPS", 40, "fps", None, "Byrrowin"),
            ("gap to the teacher is 3.9 AUC points", "AUC gap", 3.9, "points", "LaSOT", None),
        ],
    },
    {
        "field": "object-tracking",
        "title": "Bvendash: Memory-Decoupled Track Queries for End-to-End Multi-Object Tracking",
        "text": (
            "In multi-object tracking (MOT), end-to-end trackers built on DETR, such as MOTR and MeMOTR, propagate "
            "track queries across frames and thus learn association directly from data, yet they lag behind "
            "tracking-by-detection methods in detection quality because newborn-object queries and track queries "
            "compete inside the same decoder. We present Bvendash, which separates the two roles: a frozen Deformable "
            "DETR detector proposes objects, while a memory-decoupled track decoder maintains long-term query states "
            "through a gated memory bank and a learned termination head. Training uses clips of up to 40 frames with a "
            "loss that balances short and long tracks. Bvendash sets new results for end-to-end trackers on "
            "DanceTrack, SportsMOT and BDD100K. On the DanceTrack test set, Bvendash obtains 71.3 HOTA, 62.0 AssA and "
            "78.5 IDF1; MOTRv2, which also relies on an external YOLOX detector, reaches 69.9 HOTA and 59.0 AssA, and "
            "MeMOTR 68.5 HOTA. On SportsMOT, Bvendash achieves 76.9 HOTA, +2.4 over MeMOTR, and on BDD100K it raises "
            "mIDF1 from 54.0 for MOTRv2 to 56.6 and mMOTA from 40.1 to 42.4. Inference runs at 15.8 FPS at "
            "1536\u00d7800 resolution, compared with 9.5 FPS for MOTRv2."
        ),
        "spans": [
            ("Bvendash", "M"), ("Multi-Object Tracking", "T"), ("multi-object tracking", "T"), ("MOT", "T"),
            ("DETR", "M"), ("MOTR", "M"), ("MeMOTR", "M"), ("tracking-by-detection", "M"), ("Deformable DETR", "M"),
            ("DanceTrack", "D"), ("SportsMOT", "D"), ("BDD100K", "D"), ("HOTA", "X"), ("AssA", "X"), ("IDF1", "X"),
            ("MOTRv2", "M"), ("YOLOX", "M"), ("mIDF1", "X"), ("mMOTA", "X"), ("FPS", "X"),
        ],
        "results": [
            ("71.3 HOTA", "HOTA", 71.3, None, "DanceTrack", "Bvendash"),
            ("62.0 AssA", "AssA", 62.0, None, "DanceTrack", "Bvendash"),
            ("78.5 IDF1", "IDF1", 78.5, None, "DanceTrack", "Bvendash"),
            ("69.9 HOTA", "HOTA", 69.9, None, "DanceTrack", "MOTRv2"),
            ("59.0 AssA", "AssA", 59.0, None, "DanceTrack", "MOTRv2"),
            ("68.5 HOTA", "HOTA", 68.5, None, "DanceTrack", "MeMOTR"),
            ("76.9 HOTA", "HOTA", 76.9, None, "SportsMOT", "Bvendash"),
            ("+2.4", "HOTA", 2.4, "points", "SportsMOT", "Bvendash"),
            ("mIDF1 from 54.0", "mIDF1", 54.0, None, "BDD100K", "MOTRv2"),
            ("to 56.6", "mIDF1", 56.6, None, "BDD100K", "Bvendash"),
            ("mMOTA from 40.1 to 42.4", "mMOTA", 42.4, None, "BDD100K", "Bvendash"),
            ("15.8 FPS", "FPS", 15.8, "fps", None, None),
            ("9.5 FPS", "FPS", 9.5, "fps", None, "MOTRv2"),
        ],
    },
    {
        "field": "object-tracking",
        "title": "Bwoxtail: Modality-Adaptive Prompt Experts for Unified Multi-Modal Tracking",
        "text": (
            "Multi-modal tracking uses an auxiliary sensor, thermal infrared, depth or event cameras, to keep the "
            "target when RGB frames alone fail under darkness, clutter or fast motion. Recent prompt learning "
            "approaches such as ViPT, OneTracker and SDSTrack adapt a frozen RGB tracker with few trainable "
            "parameters, but they train a separate model for each modality pair and apply the same prompt strength to "
            "every frame, even when the auxiliary stream is uninformative. We propose Bwoxtail, a single tracker for "
            "all three settings that routes auxiliary tokens through a set of lightweight prompt experts and predicts, "
            "per frame, how much the auxiliary stream should be trusted. Only 1.4M parameters are trained on top of a "
            "frozen OSTrack backbone, and one set of weights serves all modality pairs. On LasHeR, Bwoxtail obtains a "
            "precision rate (PR) of 74.1% and a success rate (SR) of 59.2%, and on RGBT234 it reaches 90.3% MPR and "
            "67.8% MSR. On DepthTrack, the F-score rises to 0.648. On VisEvent, Bwoxtail attains 63.5% SR. These "
            "figures exceed those of the separately trained SDSTrack on every benchmark, by margins between 1.2 and "
            "4.6 points. The trust predictor is most valuable on night-time LasHeR sequences, where disabling it "
            "lowers SR by 3.1 points."
        ),
        "spans": [
            ("Bwoxtail", "M"), ("Multi-Modal Tracking", "T"), ("Multi-modal tracking", "T"), ("prompt learning", "M"),
            ("ViPT", "M"), ("OneTracker", "M"), ("SDSTrack", "M"), ("OSTrack", "M"), ("LasHeR", "D"),
            ("precision rate", "X"), ("PR", "X"), ("success rate", "X"), ("SR", "X"), ("RGBT234", "D"),
            ("MPR", "X"), ("MSR", "X"), ("DepthTrack", "D"), ("F-score", "X"), ("VisEvent", "D"),
        ],
        "results": [
            ("precision rate (PR) of 74.1%", "PR", 74.1, "%", "LasHeR", "Bwoxtail"),
            ("success rate (SR) of 59.2%", "SR", 59.2, "%", "LasHeR", "Bwoxtail"),
            ("90.3% MPR", "MPR", 90.3, "%", "RGBT234", "Bwoxtail"),
            ("67.8% MSR", "MSR", 67.8, "%", "RGBT234", "Bwoxtail"),
            ("F-score rises to 0.648", "F-score", 0.648, None, "DepthTrack", None),
            ("63.5% SR", "SR", 63.5, "%", "VisEvent", "Bwoxtail"),
            ("between 1.2 and 4.6 points", "improvement", 4.6, "points", None, None, {"low": 1.2}),
            ("lowers SR by 3.1 points", "SR", 3.1, "points", "LasHeR", None),
        ],
    },
    {
        "field": "object-tracking",
        "title": "Byquorra: Language-Aligned Association Embeddings for Open-Vocabulary Multi-Object Tracking",
        "text": (
            "Open-vocabulary multi-object tracking (OV-MOT) asks a tracker to localise, classify and associate objects "
            "of categories never seen with box or identity labels during training. Existing methods such as OVTrack "
            "distill CLIP features into the detector but learn association from static image pairs, while MASA learns "
            "instance matching from SAM masks, leaving class semantics and identity embeddings in separate spaces. We "
            "propose Byquorra, which aligns identity embeddings with the region-text features of an open-vocabulary "
            "detector through a contrastive objective computed on pseudo-tracks mined from unlabelled videos, so that "
            "objects with similar names but different identities are still separated. On the TAO validation set, "
            "Byquorra achieves a TETA of 37.9 on novel categories and 38.6 on base categories, compared with 27.8 and "
            "35.5 for OVTrack. The gain comes mostly from association: AssocA on novel categories improves by 8.7 "
            "points, while ClsA rises by 2.1 points. Without any tracking annotations, Byquorra also transfers to "
            "BDD100K, where it improves TETA by 3.4 points over MASA in the zero-shot setting. Mining pseudo-tracks "
            "from 20k videos is already enough to saturate performance, and the alignment loss adds no inference cost."
        ),
        "spans": [
            ("Byquorra", "M"), ("Open-Vocabulary Multi-Object Tracking", "T"),
            ("Open-vocabulary multi-object tracking", "T"), ("OV-MOT", "T"), ("OVTrack", "M"), ("CLIP", "M"),
            ("MASA", "M"), ("SAM", "M"), ("TAO", "D"), ("TETA", "X"), ("AssocA", "X"), ("ClsA", "X"),
            ("BDD100K", "D"),
        ],
        "results": [
            ("TETA of 37.9", "TETA", 37.9, None, "TAO", "Byquorra"),
            ("38.6", "TETA", 38.6, None, "TAO", "Byquorra"),
            ("27.8", "TETA", 27.8, None, "TAO", "OVTrack"),
            ("35.5", "TETA", 35.5, None, "TAO", "OVTrack"),
            ("AssocA on novel categories improves by 8.7 points", "AssocA", 8.7, "points", None, None),
            ("ClsA rises by 2.1 points", "ClsA", 2.1, "points", None, None),
            ("improves TETA by 3.4 points", "TETA", 3.4, "points", "BDD100K", "Byquorra"),
        ],
    },
    # ------------------------------------------------------------ scene-text
    {
        "field": "scene-text",
        "title": "Bvaldrim: Kernel-Contour Co-Regression for Real-Time Arbitrary-Shaped Scene Text Detection",
        "text": (
            "For scene text detection, segmentation-based detectors such as DBNet and DBNet++ are fast and handle "
            "curved text, but their shrink-and-expand post-processing struggles to separate adjacent text lines and to "
            "recover the precise boundaries of long, highly curved instances. Contour-regression methods like FCENet "
            "and TextBPN++ model boundaries explicitly at the cost of slower iterative refinement. We propose "
            "Bvaldrim, a single-stage detector that co-regresses a text kernel map and a set of Fourier contour "
            "coefficients from a shared lightweight decoder and fuses them with a differentiable kernel-guided "
            "snapping step that needs no iteration at test time. With a ResNet-18 backbone, Bvaldrim achieves "
            "F-measures of 87.9% on Total-Text, 86.1% on CTW1500 and 88.4% on MSRA-TD500 while running at 38.2, 41.6 "
            "and 47.0 FPS, respectively. Replacing the backbone with ResNet-50 and pre-training on SynthText raises the "
            "F-measure on Total-Text to 89.6% and on ICDAR 2015 to 91.0%, with a precision of 92.8% and a recall of "
            "89.3% on the latter. Compared with DBNet++ (ResNet-50) on Total-Text, Bvaldrim improves the F-measure by "
            "2.6 points at a similar speed, and it outperforms TextBPN++ by 1.1 points while being 3.4\u00d7 faster. "
            "Code and models will be made publicly available."
        ),
        "spans": [
            ("Bvaldrim", "M"), ("Arbitrary-Shaped Scene Text Detection", "T"), ("scene text detection", "T"),
            ("DBNet", "M"), ("DBNet++", "M", {"punct": True}), ("FCENet", "M"), ("TextBPN++", "M", {"punct": True}),
            ("ResNet-18", "M"), ("F-measures", "X"), ("Total-Text", "D"), ("CTW1500", "D"), ("MSRA-TD500", "D"),
            ("FPS", "X"), ("ResNet-50", "M"), ("SynthText", "D"), ("F-measure", "X"), ("ICDAR 2015", "D"),
            ("precision", "X"), ("recall", "X"),
        ],
        "results": [
            ("87.9% on Total-Text", "F-measure", 87.9, "%", "Total-Text", "Bvaldrim"),
            ("86.1% on CTW1500", "F-measure", 86.1, "%", "CTW1500", "Bvaldrim"),
            ("88.4% on MSRA-TD500", "F-measure", 88.4, "%", "MSRA-TD500", "Bvaldrim"),
            ("38.2", "FPS", 38.2, "fps", "Total-Text", "Bvaldrim"),
            ("41.6", "FPS", 41.6, "fps", "CTW1500", "Bvaldrim"),
            ("47.0 FPS", "FPS", 47.0, "fps", "MSRA-TD500", "Bvaldrim"),
            ("F-measure on Total-Text to 89.6%", "F-measure", 89.6, "%", "Total-Text", None),
            ("ICDAR 2015 to 91.0%", "F-measure", 91.0, "%", "ICDAR 2015", None),
            ("precision of 92.8%", "precision", 92.8, "%", "ICDAR 2015", None),
            ("recall of 89.3%", "recall", 89.3, "%", "ICDAR 2015", None),
            ("improves the F-measure by 2.6 points", "F-measure", 2.6, "points", "Total-Text", "Bvaldrim"),
            ("outperforms TextBPN++ by 1.1 points", "improvement", 1.1, "points", "Total-Text", "Bvaldrim"),
            ("3.4\u00d7 faster", "speed-up", 3.4, "\u00d7", "Total-Text", "Bvaldrim"),
        ],
    },
    {
        "field": "scene-text",
        "title": "Bwettlin: Single-Pass Scene Text Recognition with Glyph-Level Visual Prompts",
        "text": (
            "Scene text recognition (STR) models trained on synthetic data have nearly saturated the six common "
            "benchmarks, yet still fail on the curved, occluded, multi-oriented and artistic text collected in "
            "Union14M-Benchmark. Autoregressive recognizers such as PARSeq exploit linguistic context but decode "
            "slowly, while parallel decoders such as ABINet and MGP-STR are fast but brittle when visual evidence is "
            "weak. We present Bwettlin, a recognizer that injects glyph-level visual prompts, predicted from the "
            "encoder's attention maps, into a single-pass parallel decoder, removing the need for permutation language "
            "modelling and iterative refinement. All models are trained on the real-data collection Union14M-L. With a "
            "ViT-S encoder, Bwettlin attains word accuracies of 99.1% on IIIT5K, 98.6% on SVT, 98.9% on IC13, 91.8% "
            "on IC15, 96.7% on SVTP and 98.3% on CUTE80, an average of 97.2% across the six benchmarks. Bwettlin "
            "reaches an average accuracy of 86.4% on Union14M-Benchmark, 2.9 points higher than PARSeq (83.5%) and "
            "1.5 points higher than CLIP4STR-B (84.9%). The largest accuracy gains appear on the artistic (+5.2%) and "
            "multi-oriented (+4.4%) subsets. Bwettlin processes 1,260 word images per second on an A100 GPU, 3.1\u00d7 "
            "the throughput of PARSeq with autoregressive decoding, and has 21.4M parameters."
        ),
        "spans": [
            ("Bwettlin", "M"), ("Scene Text Recognition", "T"), ("Scene text recognition", "T"), ("STR", "T"),
            ("Union14M-Benchmark", "D"), ("PARSeq", "M"), ("ABINet", "M"), ("MGP-STR", "M"),
            ("permutation language modelling", "M"), ("Union14M-L", "D"), ("ViT-S", "M"), ("word accuracies", "X"),
            ("IIIT5K", "D"), ("SVT", "D"), ("IC13", "D"), ("IC15", "D"), ("SVTP", "D"), ("CUTE80", "D"),
            ("average accuracy", "X"), ("CLIP4STR-B", "M"), ("accuracy", "X"), ("word images per second", "X"),
            ("throughput", "X"), ("autoregressive decoding", "M"),
        ],
        "results": [
            ("99.1% on IIIT5K", "word accuracy", 99.1, "%", "IIIT5K", "Bwettlin"),
            ("98.6% on SVT", "word accuracy", 98.6, "%", "SVT", "Bwettlin"),
            ("98.9% on IC13", "word accuracy", 98.9, "%", "IC13", "Bwettlin"),
            ("91.8% on IC15", "word accuracy", 91.8, "%", "IC15", "Bwettlin"),
            ("96.7% on SVTP", "word accuracy", 96.7, "%", "SVTP", "Bwettlin"),
            ("98.3% on CUTE80", "word accuracy", 98.3, "%", "CUTE80", "Bwettlin"),
            ("average of 97.2%", "word accuracy", 97.2, "%", None, "Bwettlin"),
            ("average accuracy of 86.4%", "accuracy", 86.4, "%", "Union14M-Benchmark", "Bwettlin"),
            ("2.9 points higher", "accuracy", 2.9, "points", "Union14M-Benchmark", "Bwettlin"),
            ("83.5%", "accuracy", 83.5, "%", "Union14M-Benchmark", "PARSeq"),
            ("1.5 points higher", "accuracy", 1.5, "points", "Union14M-Benchmark", "Bwettlin"),
            ("84.9%", "accuracy", 84.9, "%", "Union14M-Benchmark", "CLIP4STR-B"),
            ("+5.2%", "accuracy", 5.2, "%", None, None),
            ("+4.4%", "accuracy", 4.4, "%", None, None),
            ("1,260 word images per second", "throughput", 1260, "images/s", None, "Bwettlin"),
            ("3.1\u00d7 the throughput", "throughput", 3.1, "\u00d7", None, "Bwettlin"),
        ],
    },
    {
        "field": "scene-text",
        "title": "Byskorra: Center-Point Queries with Decoupled Heads for End-to-End Scene Text Spotting",
        "text": (
            "End-to-end text spotting unifies detection and recognition, and recent DETR-style spotters such as "
            "TESTR, DeepSolo and ESTextSpotter represent each text instance by a set of queries shared by both "
            "sub-tasks. Sharing, however, forces a compromise: queries that trace curved boundaries well are not "
            "necessarily those that read characters well, and both sub-tasks suffer on dense, small text. Byskorra "
            "replaces polygon queries with a single center-point query per instance, from which two decoupled heads, "
            "a Bezier boundary head and a character decoder, are expanded, with a consistency loss tying them "
            "together. The model is pre-trained on Synth150K, MLT17 and ICDAR 2013 and fine-tuned on each target "
            "benchmark. On Total-Text, Byskorra reaches an end-to-end F-measure of 83.2% without lexicon and 89.1% "
            "with the full lexicon, exceeding DeepSolo (ResNet-50) at 79.7% and 87.0%. On ICDAR 2015, its "
            "word-spotting F-measures with strong, weak and generic lexicons are 90.6%, 85.9% and 81.4%. On CTW1500, "
            "Byskorra raises the end-to-end F-measure without lexicon from 64.2% to 67.5%. For text detection alone, "
            "the H-mean on Total-Text is 90.3%. Because a single query serves both heads, the decoder handles 2.3\u00d7 "
            "fewer queries than ESTextSpotter, and the whole model runs at 17.4 FPS on an RTX 3090 versus 10.9 FPS for "
            "DeepSolo."
        ),
        "spans": [
            ("Byskorra", "M"), ("Scene Text Spotting", "T"), ("text spotting", "T"), ("DETR", "M"), ("TESTR", "M"),
            ("DeepSolo", "M"), ("ESTextSpotter", "M"), ("Synth150K", "D"), ("MLT17", "D"), ("ICDAR 2013", "D"),
            ("Total-Text", "D"), ("end-to-end F-measure", "X"), ("ResNet-50", "M"), ("ICDAR 2015", "D"),
            ("word-spotting", "T"), ("F-measures", "X"), ("CTW1500", "D"), ("text detection", "T"), ("H-mean", "X"),
            ("FPS", "X"),
        ],
        "results": [
            ("end-to-end F-measure of 83.2%", "end-to-end F-measure", 83.2, "%", "Total-Text", "Byskorra"),
            ("89.1%", "end-to-end F-measure", 89.1, "%", "Total-Text", "Byskorra"),
            ("79.7%", "end-to-end F-measure", 79.7, "%", "Total-Text", "DeepSolo"),
            ("87.0%", "end-to-end F-measure", 87.0, "%", "Total-Text", "DeepSolo"),
            ("90.6%", "F-measure", 90.6, "%", "ICDAR 2015", None),
            ("85.9%", "F-measure", 85.9, "%", "ICDAR 2015", None),
            ("81.4%", "F-measure", 81.4, "%", "ICDAR 2015", None),
            ("end-to-end F-measure without lexicon from 64.2% to 67.5%", "end-to-end F-measure", 67.5, "%",
             "CTW1500", "Byskorra"),
            ("H-mean on Total-Text is 90.3%", "H-mean", 90.3, "%", "Total-Text", None),
            ("2.3\u00d7 fewer queries", "query reduction", 2.3, "\u00d7", None, None),
            ("17.4 FPS", "FPS", 17.4, "fps", None, None),
            ("10.9 FPS", "FPS", 10.9, "fps", None, "DeepSolo"),
        ],
    },
    {
        "field": "scene-text",
        "title": "Bvortemp: Recognition-Guided Latent Diffusion for Scene Text Image Super-Resolution",
        "text": (
            "Scene text image super-resolution (STISR) aims to restore low-resolution text images so that downstream "
            "recognizers can read them. Text-prior methods such as TPGSR and TATT guide a CNN restorer with "
            "recognition probabilities, while recent diffusion models produce sharper strokes but often hallucinate "
            "plausible yet wrong characters. We propose Bvortemp, a latent diffusion model for STISR that is "
            "conditioned on a character-level prior from a frozen PARSeq recognizer and trained with a "
            "recognition-consistency objective that penalises character changes between the restored image and the "
            "prior. To keep inference practical, Bvortemp is distilled into a four-step sampler with consistency "
            "distillation. We evaluate on TextZoom and report the recognition accuracy of CRNN, MORAN and ASTER on "
            "the super-resolved images. Averaged over the easy, medium and hard subsets of TextZoom, Bvortemp yields "
            "66.8%, 72.1% and 74.9% accuracy with CRNN, MORAN and ASTER, respectively, compared with 62.2%, 70.8% and "
            "74.0% for TATT. The gain is largest on the hard subset, where CRNN accuracy improves by 7.3%. Fidelity "
            "metrics tell a different story: Bvortemp obtains a PSNR of 21.02 dB and an SSIM of 0.7893, slightly "
            "below TATT (21.52 dB, 0.7930), which we attribute to sharper strokes that deviate from the blurry ground "
            "truth. The four-step sampler has a latency of 42 ms per image, 12\u00d7 faster than the 50-step teacher."
        ),
        "spans": [
            ("Bvortemp", "M"), ("Latent Diffusion", "M"), ("Scene Text Image Super-Resolution", "T"),
            ("Scene text image super-resolution", "T"), ("STISR", "T"), ("TPGSR", "M"), ("TATT", "M"), ("CNN", "M"),
            ("diffusion models", "M"), ("latent diffusion model", "M"), ("PARSeq", "M"),
            ("consistency distillation", "M"), ("TextZoom", "D"), ("recognition accuracy", "X"), ("CRNN", "M"),
            ("MORAN", "M"), ("ASTER", "M"), ("accuracy", "X"), ("PSNR", "X"), ("SSIM", "X"), ("latency", "X"),
        ],
        "results": [
            ("66.8%", "accuracy", 66.8, "%", "TextZoom", "Bvortemp"),
            ("72.1%", "accuracy", 72.1, "%", "TextZoom", "Bvortemp"),
            ("74.9% accuracy", "accuracy", 74.9, "%", "TextZoom", "Bvortemp"),
            ("62.2%", "accuracy", 62.2, "%", "TextZoom", "TATT"),
            ("70.8%", "accuracy", 70.8, "%", "TextZoom", "TATT"),
            ("74.0%", "accuracy", 74.0, "%", "TextZoom", "TATT"),
            ("accuracy improves by 7.3%", "accuracy", 7.3, "%", None, None),
            ("PSNR of 21.02 dB", "PSNR", 21.02, "dB", None, "Bvortemp"),
            ("SSIM of 0.7893", "SSIM", 0.7893, None, None, "Bvortemp"),
            ("21.52 dB", "PSNR", 21.52, "dB", None, "TATT"),
            ("0.7930", "SSIM", 0.793, None, None, "TATT"),
            ("latency of 42 ms", "latency", 42, "ms", None, None),
            ("12\u00d7 faster", "speed-up", 12, "\u00d7", None, None),
        ],
    },
    {
        "field": "scene-text",
        "title": "Bwiscant: Keeping Glyph Tokens and Merging the Rest for Efficient Text-Rich Multimodal Large Language "
                 "Models",
        "text": (
            "Multimodal large language models (MLLMs) now rival specialised OCR systems on scene text visual question "
            "answering, but the high-resolution inputs that make small text legible multiply the number of visual "
            "tokens and hence the cost of every forward pass. The cropping schemes of Monkey and TextMonkey and the "
            "dynamic tiling of InternVL2 keep resolution high, yet feed thousands of tokens to the language model, most "
            "of which cover background. We propose Bwiscant, a plug-in compressor that scores visual tokens by their "
            "likelihood of containing glyphs, keeps high-resolution tokens only around text regions and merges the "
            "rest into a coarse summary. Bwiscant is trained in a single stage on 1.2M text-rich image-instruction "
            "pairs and leaves the language model untouched. Applied to Qwen2-VL-7B, Bwiscant removes 71% of the "
            "visual tokens. On TextVQA, Bwiscant keeps accuracy at 84.1% (84.3% for the uncompressed model), and on "
            "ST-VQA it raises ANLS from 0.781 to 0.789. On OCRBench, the compressed model scores 851, versus 845 "
            "without compression and 794 for TextMonkey. Across the five text-centric benchmarks we evaluate, the "
            "average accuracy drop stays within 0.6 points, whereas FastV and ToMe lose 4.8 and 6.3 points, "
            "respectively, at the same token budget. End-to-end latency falls from 1.92 s to 0.74 s per image on an "
            "A100, and peak memory drops by 38%."
        ),
        "spans": [
            ("Bwiscant", "M"), ("Multimodal Large Language Models", "M"), ("Multimodal large language models", "M"),
            ("MLLMs", "M"), ("OCR", "T"), ("scene text visual question answering", "T"), ("Monkey", "M"),
            ("TextMonkey", "M"), ("InternVL2", "M"), ("Qwen2-VL-7B", "M"), ("TextVQA", "D"), ("accuracy", "X"),
            ("ST-VQA", "D"), ("ANLS", "X"), ("OCRBench", "D"), ("average accuracy", "X"), ("FastV", "M"),
            ("ToMe", "M"), ("End-to-end latency", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("removes 71% of the visual tokens", "token reduction", 71, "%", None, "Bwiscant"),
            ("accuracy at 84.1%", "accuracy", 84.1, "%", "TextVQA", "Bwiscant"),
            ("84.3%", "accuracy", 84.3, "%", "TextVQA", None),
            ("ANLS from 0.781 to 0.789", "ANLS", 0.789, None, "ST-VQA", "Bwiscant"),
            ("scores 851", "score", 851, None, "OCRBench", None),
            ("845", "score", 845, None, "OCRBench", None),
            ("794", "score", 794, None, "OCRBench", "TextMonkey"),
            ("average accuracy drop stays within 0.6 points", "accuracy", 0.6, "points", None, None),
            ("4.8", "accuracy", 4.8, "points", None, "FastV"),
            ("6.3 points", "accuracy", 6.3, "points", None, "ToMe"),
            ("End-to-end latency falls from 1.92 s to 0.74 s", "end-to-end latency", 0.74, "s", None, None),
            ("peak memory drops by 38%", "peak memory reduction", 38, "%", None, None),
        ],
    },
    {
        "field": "scene-text",
        "title": "Bylmarch: Recognition-Aware Association for Video Text Spotting",
        "text": (
            "Video text spotting requires detecting, recognising and tracking every text instance in a video, and "
            "errors in any of the three stages compound over time. Recent end-to-end spotters such as TransDETR and "
            "CoText associate instances through appearance queries, while GoMatching reuses a frozen image spotter, "
            "DeepSolo, and adds a lightweight tracker on top; all of them treat the recognised transcript as a "
            "by-product rather than as evidence for association. We present Bylmarch, which builds the association "
            "cost from three cues, box motion, visual embedding similarity and the edit distance between partial "
            "transcriptions, and updates each track's transcript by voting over its frames. On ICDAR 2015 Video, "
            "Bylmarch achieves 66.9% MOTA, 78.3% MOTP and 75.4% IDF1 in the end-to-end setting, improving IDF1 over "
            "GoMatching by 2.8 points. On DSText, with its dense and small text, Bylmarch reaches 28.1% MOTA and 60.2% "
            "IDF1, and on the bilingual BOVText it obtains 61.7% IDF1. Ablations show that transcript voting alone "
            "accounts for 1.9 points of the IDF1 gain and reduces ID switches by 23%. Because the image spotter stays "
            "frozen and only the association module is trained, training converges in 6 hours on a single GPU, and "
            "the full system runs at 21 FPS on 1280-pixel frames."
        ),
        "spans": [
            ("Bylmarch", "M"), ("Video Text Spotting", "T"), ("Video text spotting", "T"), ("TransDETR", "M"),
            ("CoText", "M"), ("GoMatching", "M"), ("DeepSolo", "M"), ("ICDAR 2015 Video", "D"), ("MOTA", "X"),
            ("MOTP", "X"), ("IDF1", "X"), ("DSText", "D"), ("BOVText", "D"), ("ID switches", "X"), ("FPS", "X"),
        ],
        "results": [
            ("66.9% MOTA", "MOTA", 66.9, "%", "ICDAR 2015 Video", "Bylmarch"),
            ("78.3% MOTP", "MOTP", 78.3, "%", "ICDAR 2015 Video", "Bylmarch"),
            ("75.4% IDF1", "IDF1", 75.4, "%", "ICDAR 2015 Video", "Bylmarch"),
            ("improving IDF1 over GoMatching by 2.8 points", "IDF1", 2.8, "points", "ICDAR 2015 Video", "Bylmarch"),
            ("28.1% MOTA", "MOTA", 28.1, "%", "DSText", "Bylmarch"),
            ("60.2% IDF1", "IDF1", 60.2, "%", "DSText", "Bylmarch"),
            ("61.7% IDF1", "IDF1", 61.7, "%", "BOVText", "Bylmarch"),
            ("1.9 points of the IDF1 gain", "IDF1", 1.9, "points", None, None),
            ("reduces ID switches by 23%", "ID switches reduction", 23, "%", None, None),
            ("training converges in 6 hours", "training time", 6, "h", None, None),
            ("21 FPS", "FPS", 21, "fps", None, None),
        ],
    },
]
