"""fresh17 records: human-mesh-recovery (6) and document-layout-analysis (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["ZqorMesh", "Zqelvia", "Zqandor", "Zqimbra", "Zqoltra", "Zqessil",
          "Zqlayra", "ZqSynth-600K", "Zqordo", "Zqvanta", "Zqhistra", "Zqentil", "Zqumbrel"]

RECS = [
    # ------------------------------------------------------------ human-mesh-recovery
    {
        "field": "human-mesh-recovery",
        "title": "ZqorMesh: Perspective-Aware Pose Tokens for 3D Human Mesh Recovery from a Single Image",
        "text": (
            "Transformer regressors such as HMR 2.0 have brought 3D human mesh recovery from a single image close to "
            "saturation on indoor benchmarks, yet they still assume a weak-perspective camera with a fixed focal "
            "length, which distorts the recovered body when a person is close to the camera or strongly "
            "foreshortened. We present ZqorMesh, a regressor that predicts SMPL parameters from a ViT-H backbone "
            "through a set of discrete pose tokens, together with a per-image focal length estimated from the full "
            "frame. The pose tokens are learned with a VQ-VAE on AMASS, and the focal-length head is supervised with "
            "the exact camera intrinsics of the synthetic BEDLAM dataset. We train on Human3.6M, MPI-INF-3DHP, COCO "
            "and BEDLAM. On 3DPW, without using its training split, ZqorMesh obtains a PA-MPJPE of 41.2 mm and an "
            "MPJPE of 66.8 mm, compared with 44.3 mm and 71.0 mm for TokenHMR and 54.3 mm and 81.3 mm for HMR 2.0. "
            "ZqorMesh also lowers the per-vertex error (PVE) on EMDB from 120.1 mm for CLIFF to 93.5 mm, with the "
            "largest gains on close-range sequences. On Human3.6M, ZqorMesh reaches 31.9 mm PA-MPJPE, on par with "
            "methods that use ground-truth intrinsics. The camera head adds only 2 ms of latency per crop. Code and "
            "models will be released."
        ),
        "spans": [
            ("ZqorMesh", "M"), ("3D Human Mesh Recovery", "T"), ("Transformer", "M"), ("HMR 2.0", "M"),
            ("3D human mesh recovery", "T"), ("SMPL", "M"), ("ViT-H", "M"), ("VQ-VAE", "M"), ("AMASS", "D"),
            ("BEDLAM", "D"), ("Human3.6M", "D"), ("MPI-INF-3DHP", "D"), ("COCO", "D"), ("3DPW", "D"),
            ("PA-MPJPE", "X"), ("MPJPE", "X"), ("TokenHMR", "M"), ("per-vertex error", "X"), ("PVE", "X"),
            ("EMDB", "D"), ("CLIFF", "M"), ("latency", "X"),
        ],
        "results": [
            ("PA-MPJPE of 41.2 mm", "PA-MPJPE", 41.2, "mm", "3DPW", "ZqorMesh"),
            ("MPJPE of 66.8 mm", "MPJPE", 66.8, "mm", "3DPW", "ZqorMesh"),
            ("44.3 mm", "PA-MPJPE", 44.3, "mm", "3DPW", "TokenHMR"),
            ("71.0 mm", "MPJPE", 71.0, "mm", "3DPW", "TokenHMR"),
            ("54.3 mm", "PA-MPJPE", 54.3, "mm", "3DPW", "HMR 2.0"),
            ("81.3 mm", "MPJPE", 81.3, "mm", "3DPW", "HMR 2.0"),
            ("120.1 mm", "PVE", 120.1, "mm", "EMDB", "CLIFF"),
            ("93.5 mm", "PVE", 93.5, "mm", "EMDB", "ZqorMesh"),
            ("31.9 mm PA-MPJPE", "PA-MPJPE", 31.9, "mm", "Human3.6M", "ZqorMesh"),
            ("2 ms of latency", "latency", 2, "ms", None, None),
        ],
    },
    {
        "field": "human-mesh-recovery",
        "title": "Zqelvia: Bidirectional State-Space Refinement for Temporally Consistent Human Mesh Recovery from "
                 "Video",
        "text": (
            "Human mesh recovery from video must balance per-frame accuracy against temporal smoothness: methods "
            "built on per-frame features, such as VIBE and TCMR, either jitter or oversmooth fast limb motion. We "
            "introduce Zqelvia, a plug-in temporal refiner that processes a sequence of static image features with "
            "bidirectional Mamba blocks and predicts residual SMPL pose and shape updates for the whole clip in a "
            "single pass. A frequency-aware smoothness term penalises high-frequency residuals only where the 2D "
            "keypoints detected by ViTPose are uncertain. Built on the same frozen ResNet-50 features as MPS-Net and "
            "GLoT, Zqelvia reaches MPJPE / PA-MPJPE / PVE / Accel of 77.9 / 48.6 / 92.4 / 6.3 on 3DPW, against "
            "84.3 / 52.2 / 99.7 / 7.4 for MPS-Net and 80.7 / 50.6 / 96.3 / 6.6 for GLoT. On MPI-INF-3DHP and "
            "Human3.6M, Zqelvia lowers PA-MPJPE to 58.1 mm and 39.7 mm, respectively, and keeps its acceleration "
            "error below 3.5 mm/s\u00b2 on both. Replacing the ResNet-50 features with ViT-H features from HMR 2.0 "
            "reduces MPJPE on 3DPW by a further 9.8 mm. Because Mamba scales linearly with sequence length, Zqelvia "
            "processes a 256-frame clip 3.1\u00d7 faster than a Transformer refiner of equal depth and uses 41% less "
            "GPU memory."
        ),
        "spans": [
            ("Zqelvia", "M"), ("Human Mesh Recovery", "T"), ("Human mesh recovery", "T"), ("accuracy", "X"), ("VIBE", "M"),
            ("TCMR", "M"), ("Mamba", "M"), ("SMPL", "M"), ("ViTPose", "M"), ("ResNet-50", "M"), ("MPS-Net", "M"),
            ("GLoT", "M"), ("MPJPE", "X"), ("PA-MPJPE", "X"), ("PVE", "X"), ("Accel", "X"), ("3DPW", "D"),
            ("MPI-INF-3DHP", "D"), ("Human3.6M", "D"), ("acceleration error", "X"), ("ViT-H", "M"),
            ("HMR 2.0", "M"), ("Transformer", "M"), ("GPU memory", "X"),
        ],
        "results": [
            ("77.9", "MPJPE", 77.9, None, "3DPW", "Zqelvia"),
            ("48.6", "PA-MPJPE", 48.6, None, "3DPW", "Zqelvia"),
            ("92.4", "PVE", 92.4, None, "3DPW", "Zqelvia"),
            ("6.3", "acceleration error", 6.3, None, "3DPW", "Zqelvia"),
            ("84.3", "MPJPE", 84.3, None, "3DPW", "MPS-Net"),
            ("52.2", "PA-MPJPE", 52.2, None, "3DPW", "MPS-Net"),
            ("99.7", "PVE", 99.7, None, "3DPW", "MPS-Net"),
            ("7.4", "acceleration error", 7.4, None, "3DPW", "MPS-Net"),
            ("80.7", "MPJPE", 80.7, None, "3DPW", "GLoT"),
            ("50.6", "PA-MPJPE", 50.6, None, "3DPW", "GLoT"),
            ("96.3", "PVE", 96.3, None, "3DPW", "GLoT"),
            ("6.6", "acceleration error", 6.6, None, "3DPW", "GLoT"),
            ("58.1 mm", "PA-MPJPE", 58.1, "mm", "MPI-INF-3DHP", "Zqelvia"),
            ("39.7 mm", "PA-MPJPE", 39.7, "mm", "Human3.6M", "Zqelvia"),
            ("acceleration error below 3.5 mm/s\u00b2", "acceleration error", 3.5, "mm/s\u00b2", None, "Zqelvia"),
            ("MPJPE on 3DPW by a further 9.8 mm", "MPJPE", 9.8, "mm", "3DPW", None),
            ("3.1\u00d7 faster", "speed-up", 3.1, "\u00d7", None, "Zqelvia"),
            ("41% less GPU memory", "memory reduction", 41, "%", None, "Zqelvia"),
        ],
    },
    {
        "field": "human-mesh-recovery",
        "title": "Zqandor: Gravity-Aligned Motion Priors for World-Grounded Human Motion Recovery from Moving Cameras",
        "text": (
            "Recovering human motion in a consistent world frame from handheld video requires separating camera "
            "motion from body motion, which current pipelines do by combining SLAM with per-frame mesh regression. "
            "Optimisation-based approaches such as SLAHMR are accurate but take minutes per clip, whereas "
            "feed-forward models like WHAM and GVHMR accumulate drift over long sequences. We propose Zqandor, a "
            "feed-forward model for world-grounded human motion recovery that predicts body motion in a "
            "gravity-aligned frame and fuses it with relative camera rotations from DPVO through a contact-aware "
            "integrator. A motion prior trained on AMASS as a denoising diffusion model fills in frames in which the "
            "person is occluded or leaves the image. On EMDB-2, Zqandor attains a WA-MPJPE of 68.4 mm and a W-MPJPE "
            "of 179.2 mm, improving on GVHMR (78.8 mm and 204.5 mm) and TRAM (76.4 mm and 222.4 mm), and reduces the "
            "root translation error (RTE) from 1.2% to 0.9%. Zqandor also reduces foot sliding on RICH by 37% "
            "relative to WHAM, and its world-frame error grows roughly linearly rather than quadratically with "
            "sequence length. Zqandor runs at an inference speed of 28 fps on a single RTX 4090, excluding the SLAM "
            "front end, about 150\u00d7 faster than SLAHMR."
        ),
        "spans": [
            ("Zqandor", "M"), ("World-Grounded Human Motion Recovery", "T"), ("SLAM", "M"), ("SLAHMR", "M"),
            ("WHAM", "M"), ("GVHMR", "M"), ("world-grounded human motion recovery", "T"), ("DPVO", "M"),
            ("AMASS", "D"), ("denoising diffusion model", "M"), ("EMDB-2", "D"), ("WA-MPJPE", "X"),
            ("W-MPJPE", "X"), ("TRAM", "M"), ("root translation error", "X"), ("RTE", "X"), ("foot sliding", "X"),
            ("RICH", "D"), ("world-frame error", "X"), ("inference speed", "X"),
        ],
        "results": [
            ("WA-MPJPE of 68.4 mm", "WA-MPJPE", 68.4, "mm", "EMDB-2", "Zqandor"),
            ("W-MPJPE of 179.2 mm", "W-MPJPE", 179.2, "mm", "EMDB-2", "Zqandor"),
            ("78.8 mm", "WA-MPJPE", 78.8, "mm", "EMDB-2", "GVHMR"),
            ("204.5 mm", "W-MPJPE", 204.5, "mm", "EMDB-2", "GVHMR"),
            ("76.4 mm", "WA-MPJPE", 76.4, "mm", "EMDB-2", "TRAM"),
            ("222.4 mm", "W-MPJPE", 222.4, "mm", "EMDB-2", "TRAM"),
            ("root translation error (RTE) from 1.2% to 0.9%", "root translation error", 0.9, "%", "EMDB-2",
             "Zqandor"),
            ("foot sliding on RICH by 37%", "foot sliding reduction", 37, "%", "RICH", "Zqandor"),
            ("inference speed of 28 fps", "inference speed", 28, "fps", None, "Zqandor"),
            ("150\u00d7 faster", "speed-up", 150, "\u00d7", None, "Zqandor"),
        ],
    },
    {
        "field": "human-mesh-recovery",
        "title": "Zqimbra: Part-Adaptive Token Routing for Efficient Expressive Whole-Body Mesh Recovery",
        "text": (
            "Expressive whole-body mesh recovery estimates the body, hand and face parameters of SMPL-X from a single "
            "image, but hands and faces occupy only a few pixels of a typical person crop. Foundation-scale models "
            "such as SMPLer-X compensate with ViT-H backbones and high-resolution inputs, at a cost of several "
            "hundred GFLOPs per person. We propose Zqimbra, which encodes the crop at low resolution with a ViT-B "
            "and routes a small budget of extra tokens to re-encode the hand and face regions at higher resolution, "
            "with the regions predicted from the body tokens themselves. A shared decoder then regresses the SMPL-X "
            "parameters of all parts jointly. On AGORA, Zqimbra achieves an NMVE of 93.1 mm on the test leaderboard, "
            "ahead of Multi-HMR (96.4 mm) and SMPLer-X-H32 (99.3 mm). On EHF, Zqimbra obtains a full-body PVE of "
            "58.9 mm vs. 62.4 mm for SMPLer-X-H32 and 70.8 mm for OSX, and on UBody it lowers the hand PVE of "
            "Hand4Whole by 4.6 mm. Zqimbra has 88M parameters and needs 41.3 GFLOPs per crop, 7.2\u00d7 fewer than "
            "SMPLer-X-H32, with a latency of 47 ms per image. Routing only 64 tokens to the hands lowers the hand PVE "
            "on EHF from 47.2 mm to 41.5 mm."
        ),
        "spans": [
            ("Zqimbra", "M"), ("Expressive Whole-Body Mesh Recovery", "T"),
            ("Expressive whole-body mesh recovery", "T"), ("SMPL-X", "M"), ("SMPLer-X", "M"), ("ViT-H", "M"),
            ("GFLOPs", "X"), ("ViT-B", "M"), ("AGORA", "D"), ("NMVE", "X"), ("Multi-HMR", "M"),
            ("SMPLer-X-H32", "M"), ("EHF", "D"), ("PVE", "X"), ("OSX", "M"), ("UBody", "D"), ("Hand4Whole", "M"),
            ("parameters", "X", {"only": [2]}), ("latency", "X"),
        ],
        "results": [
            ("NMVE of 93.1 mm", "NMVE", 93.1, "mm", "AGORA", "Zqimbra"),
            ("96.4 mm", "NMVE", 96.4, "mm", "AGORA", "Multi-HMR"),
            ("99.3 mm", "NMVE", 99.3, "mm", "AGORA", "SMPLer-X-H32"),
            ("PVE of 58.9 mm", "PVE", 58.9, "mm", "EHF", "Zqimbra"),
            ("62.4 mm", "PVE", 62.4, "mm", "EHF", "SMPLer-X-H32"),
            ("70.8 mm", "PVE", 70.8, "mm", "EHF", "OSX"),
            ("4.6 mm", "PVE", 4.6, "mm", "UBody", "Zqimbra"),
            ("88M parameters", "parameters", 88, "M", None, "Zqimbra"),
            ("41.3 GFLOPs", "GFLOPs", 41.3, None, None, "Zqimbra"),
            ("7.2\u00d7 fewer", "GFLOPs reduction", 7.2, "\u00d7", None, "Zqimbra"),
            ("latency of 47 ms", "latency", 47, "ms", None, "Zqimbra"),
            ("hand PVE on EHF from 47.2 mm to 41.5 mm", "PVE", 41.5, "mm", "EHF", None),
        ],
    },
    {
        "field": "human-mesh-recovery",
        "title": "Zqoltra: Depth-Ordered Queries for One-Stage Multi-Person Mesh Recovery in Crowds",
        "text": (
            "Multi-person mesh recovery is usually solved in two stages, detecting each person and then regressing a "
            "mesh per crop, which ignores inter-person occlusion and depth ordering and scales poorly with crowd "
            "size. One-stage methods such as ROMP and BEV predict all bodies from a single feature map, but their "
            "accuracy drops sharply when people overlap. We present Zqoltra, a DETR-style one-stage regressor whose "
            "person queries are sorted by predicted depth before decoding, so that each query attends to its "
            "potential occluders before it attends to itself. A pairwise relative-depth loss replaces the "
            "age-conditioned depth reasoning of BEV, and the body model is SMPL with a learned age offset so that "
            "children are covered as well. Zqoltra outperforms ROMP, BEV and PSVT on the CMU Panoptic benchmark with "
            "an average MPJPE of 81.6 mm, and reaches a PCDR^0.2 of 71.4% on Relative Human, 3.3 points above BEV. On "
            "3DPW-OC, the occlusion subset of 3DPW, PA-MPJPE improves by 6.2 mm over the strongest one-stage "
            "baseline. Inference time stays nearly constant in the number of people, at 34 ms for images with up to "
            "30 persons, while a two-stage pipeline with the same backbone needs 190 ms at that crowd size."
        ),
        "spans": [
            ("Zqoltra", "M"), ("Multi-Person Mesh Recovery", "T"), ("Multi-person mesh recovery", "T"),
            ("ROMP", "M"), ("BEV", "M"), ("accuracy", "X"), ("DETR", "M"), ("SMPL", "M"), ("PSVT", "M"),
            ("CMU Panoptic", "D"), ("average MPJPE", "X"), ("PCDR^0.2", "X"), ("Relative Human", "D"),
            ("3DPW-OC", "D"), ("3DPW", "D"), ("PA-MPJPE", "X"), ("Inference time", "X"),
        ],
        "results": [
            ("average MPJPE of 81.6 mm", "MPJPE", 81.6, "mm", "CMU Panoptic", "Zqoltra"),
            ("PCDR^0.2 of 71.4%", "PCDR", 71.4, "%", "Relative Human", "Zqoltra"),
            ("3.3 points", "PCDR", 3.3, "points", "Relative Human", "Zqoltra"),
            ("PA-MPJPE improves by 6.2 mm", "PA-MPJPE", 6.2, "mm", "3DPW-OC", None),
            ("34 ms", "inference time", 34, "ms", None, None),
            ("190 ms", "inference time", 190, "ms", None, None),
        ],
    },
    {
        "field": "human-mesh-recovery",
        "title": "Zqessil: Flow Matching on SO(3) for Multi-Hypothesis Human Mesh Recovery under Occlusion",
        "text": (
            "A single image of an occluded or truncated person is consistent with many 3D bodies, and deterministic "
            "regressors collapse this ambiguity into one averaged and often implausible pose. We propose Zqessil, a "
            "probabilistic human mesh recovery model that learns a conditional distribution over SMPL joint rotations "
            "with flow matching on SO(3), conditioned on image features from a frozen HMR 2.0 encoder. Samples are "
            "drawn with 8 integration steps, and a lightweight scorer trained on 2D keypoint reprojection selects a "
            "single estimate when one is needed. With 100 hypotheses, Zqessil reduces the minimum PA-MPJPE on 3DPW "
            "to 36.8 mm (ProHMR: 48.2 mm; ScoreHypo: 39.8 mm) and on Human3.6M to 27.5 mm (ProHMR: 34.5 mm; "
            "ScoreHypo: 30.6 mm). On the 3DOH50K occlusion dataset, Zqessil improves MPJPE over HMR 2.0 by "
            "5.1\u20138.7 mm with a single selected hypothesis, depending on the occlusion level. Body shape is also "
            "better constrained: on SSP-3D, PVE-T-SC falls to 12.9 mm. Sampling 100 hypotheses takes 61 ms on one "
            "GPU, 12\u00d7 faster than a DDPM-based variant that uses the same backbone and 1,000 denoising steps."
        ),
        "spans": [
            ("Zqessil", "M"), ("Flow Matching", "M"), ("Multi-Hypothesis Human Mesh Recovery", "T"),
            ("probabilistic human mesh recovery", "T"), ("SMPL", "M"), ("flow matching", "M"), ("HMR 2.0", "M"),
            ("minimum PA-MPJPE", "X"), ("3DPW", "D"), ("ProHMR", "M"), ("ScoreHypo", "M"), ("Human3.6M", "D"),
            ("3DOH50K", "D"), ("MPJPE", "X"), ("SSP-3D", "D"), ("PVE-T-SC", "X"), ("DDPM", "M"),
        ],
        "results": [
            ("minimum PA-MPJPE on 3DPW to 36.8 mm", "PA-MPJPE", 36.8, "mm", "3DPW", "Zqessil"),
            ("48.2 mm", "PA-MPJPE", 48.2, "mm", "3DPW", "ProHMR"),
            ("39.8 mm", "PA-MPJPE", 39.8, "mm", "3DPW", "ScoreHypo"),
            ("27.5 mm", "PA-MPJPE", 27.5, "mm", "Human3.6M", "Zqessil"),
            ("34.5 mm", "PA-MPJPE", 34.5, "mm", "Human3.6M", "ProHMR"),
            ("30.6 mm", "PA-MPJPE", 30.6, "mm", "Human3.6M", "ScoreHypo"),
            ("MPJPE over HMR 2.0 by 5.1\u20138.7 mm", "MPJPE", 8.7, "mm", "3DOH50K", "Zqessil", {"low": 5.1}),
            ("PVE-T-SC falls to 12.9 mm", "PVE-T-SC", 12.9, "mm", "SSP-3D", None),
            ("61 ms", "sampling time", 61, "ms", None, None),
            ("12\u00d7 faster", "speed-up", 12, "\u00d7", None, None),
        ],
    },
    # ------------------------------------------------------------ document-layout-analysis
    {
        "field": "document-layout-analysis",
        "title": "Zqlayra: Density-Adaptive Receptive Fields for Real-Time Document Layout Detection",
        "text": (
            "Document layout analysis sits at the front of OCR and retrieval-augmented generation pipelines over "
            "PDFs, and in production it must process thousands of pages per minute. Real-time detectors such as "
            "YOLOv10 and DocLayout-YOLO are fast but confuse small elements such as footnotes, page numbers and "
            "formula labels with body text, while DETR-style detectors like DINO are accurate but slow. We present "
            "Zqlayra, a one-stage layout detector that predicts, for every pyramid level, a per-region dilation "
            "pattern conditioned on the text-line density of the page. Zqlayra is pre-trained on ZqSynth-600K, a set "
            "of synthetic pages rendered from LaTeX and Word sources with diverse column structures. Zqlayra-S "
            "reaches 81.3, 72.9 and 96.1 mAP on DocLayNet, D4LA and PubLayNet, respectively, improving on "
            "DocLayout-YOLO by 2.4, 3.1 and 0.6 points at a similar speed. On DocStructBench, Zqlayra-S obtains 79.8 "
            "mAP (DocLayout-YOLO: 78.8; DINO-4scale: 78.2) while processing 92 pages per second on one A100 GPU, "
            "about 6.5\u00d7 faster than DINO-4scale. The gains are largest on small categories: AP on page footers "
            "rises from 58.2 to 69.0 on DocLayNet. Pre-training on ZqSynth-600K alone contributes +1.7 mAP on "
            "average across the four benchmarks."
        ),
        "spans": [
            ("Zqlayra", "M"), ("Zqlayra-S", "M"), ("Document Layout Detection", "T"),
            ("Document layout analysis", "T"), ("OCR", "T"), ("retrieval-augmented generation", "M"),
            ("YOLOv10", "M"), ("DocLayout-YOLO", "M"), ("DETR", "M"), ("DINO", "M"), ("DINO-4scale", "M"),
            ("ZqSynth-600K", "D"), ("mAP", "X"), ("DocLayNet", "D"), ("D4LA", "D"), ("PubLayNet", "D"),
            ("DocStructBench", "D"), ("pages per second", "X"), ("AP", "X"),
        ],
        "results": [
            ("81.3", "mAP", 81.3, None, "DocLayNet", "Zqlayra-S"),
            ("72.9", "mAP", 72.9, None, "D4LA", "Zqlayra-S"),
            ("96.1 mAP", "mAP", 96.1, None, "PubLayNet", "Zqlayra-S"),
            ("2.4", "mAP", 2.4, "points", "DocLayNet", "Zqlayra-S"),
            ("3.1", "mAP", 3.1, "points", "D4LA", "Zqlayra-S"),
            ("0.6 points", "mAP", 0.6, "points", "PubLayNet", "Zqlayra-S"),
            ("79.8 mAP", "mAP", 79.8, None, "DocStructBench", "Zqlayra-S"),
            ("78.8", "mAP", 78.8, None, "DocStructBench", "DocLayout-YOLO"),
            ("78.2", "mAP", 78.2, None, "DocStructBench", "DINO-4scale"),
            ("92 pages per second", "throughput", 92, "pages/s", "DocStructBench", "Zqlayra-S"),
            ("6.5\u00d7 faster", "speed-up", 6.5, "\u00d7", "DocStructBench", "Zqlayra-S"),
            ("AP on page footers rises from 58.2 to 69.0", "AP", 69.0, None, "DocLayNet", None),
            ("+1.7 mAP", "mAP", 1.7, None, None, None),
        ],
    },
    {
        "field": "document-layout-analysis",
        "title": "Zqordo: Reading Order Prediction as Constrained Traversal over Layout Elements",
        "text": (
            "Reading order prediction determines how the content of a page is linearised for downstream language "
            "models, and its errors propagate directly into question answering over documents. Generative decoders "
            "such as LayoutReader predict a permutation of words, which is slow on dense pages and breaks on "
            "multi-column layouts with floating figures and tables. We present Zqordo, which predicts reading order "
            "at the level of layout elements: a LayoutLMv3 encoder produces element embeddings, a relation head "
            "scores every ordered pair of elements as a successor candidate, and a constrained traversal decodes a "
            "single path that visits each element exactly once. On ReadingBank, Zqordo achieves an Average "
            "Page-level BLEU of 98.9 and an Average Relative Distance (ARD) of 0.71, compared with 98.2 and 1.75 for "
            "LayoutReader. Because ReadingBank pages are mostly single-column, we also annotate element-level order "
            "for the DocLayNet test set, where Zqordo reaches a Kendall's tau of 0.936, against 0.871 for XY-Cut and "
            "0.884 for GPT-4o prompted with element coordinates. Decoding a page with 120 elements takes 18 ms, "
            "27\u00d7 faster than LayoutReader. On the Chinese pages of M6Doc, without any training on them, Zqordo "
            "loses only 1.9 points of page-level BLEU relative to its ReadingBank score."
        ),
        "spans": [
            ("Zqordo", "M"), ("Reading Order Prediction", "T"), ("Reading order prediction", "T"),
            ("language models", "M"), ("question answering", "T"), ("LayoutReader", "M"), ("LayoutLMv3", "M"),
            ("ReadingBank", "D"), ("Average Page-level BLEU", "X"), ("Average Relative Distance", "X"),
            ("ARD", "X"), ("DocLayNet", "D"), ("Kendall's tau", "X"), ("XY-Cut", "M"), ("GPT-4o", "M"),
            ("M6Doc", "D"), ("page-level BLEU", "X"),
        ],
        "results": [
            ("Average Page-level BLEU of 98.9", "page-level BLEU", 98.9, None, "ReadingBank", "Zqordo"),
            ("Average Relative Distance (ARD) of 0.71", "average relative distance", 0.71, None, "ReadingBank",
             "Zqordo"),
            ("98.2", "page-level BLEU", 98.2, None, "ReadingBank", "LayoutReader"),
            ("1.75", "average relative distance", 1.75, None, "ReadingBank", "LayoutReader"),
            ("Kendall's tau of 0.936", "Kendall's tau", 0.936, None, "DocLayNet", "Zqordo"),
            ("0.871", "Kendall's tau", 0.871, None, "DocLayNet", "XY-Cut"),
            ("0.884", "Kendall's tau", 0.884, None, "DocLayNet", "GPT-4o"),
            ("18 ms", "decoding time", 18, "ms", None, None),
            ("27\u00d7 faster", "speed-up", 27, "\u00d7", None, None),
            ("1.9 points of page-level BLEU", "page-level BLEU", 1.9, "points", "M6Doc", "Zqordo"),
        ],
    },
    {
        "field": "document-layout-analysis",
        "title": "Zqvanta: Teaching Vision-Language Models to Localise Layout Elements with Coordinate Tokens",
        "text": (
            "Multimodal large language models (MLLMs) read documents well but remain weak at document layout "
            "analysis: asked for bounding boxes, they return coordinates that are systematically shifted, and they "
            "miss small regions such as captions and page headers. Specialised detectors, in turn, cannot follow "
            "instructions or adapt their label set to a new document type. We introduce Zqvanta, a layout model "
            "built on Qwen2-VL-7B that represents each box by quantised coordinate tokens and is trained with a "
            "curriculum that moves from grounding a single category to predicting the full layout of a page. A "
            "detection-aware decoding step merges duplicate boxes without non-maximum suppression, and user-defined "
            "label sets can be given in the prompt at inference time. We evaluate on DocLayNet, M6Doc and D4LA. "
            "Zqvanta narrows the gap to the strongest specialised detector, DINO with a Swin-L backbone, to 1.4 mAP "
            "on DocLayNet, whereas the off-the-shelf Qwen2-VL-7B trails that detector by more than 30 points. On "
            "OmniDocBench, using Zqvanta's layouts in place of the default detector lowers the text edit distance of "
            "a document parsing pipeline from 0.162 to 0.131. Layout supervision also transfers to document question "
            "answering: the model's ANLS on DocVQA rises by 1.2 points."
        ),
        "spans": [
            ("Zqvanta", "M"), ("Vision-Language Models", "M"), ("Multimodal large language models", "M"),
            ("MLLMs", "M"), ("document layout analysis", "T"), ("Qwen2-VL-7B", "M"),
            ("non-maximum suppression", "M"), ("DocLayNet", "D"), ("M6Doc", "D"), ("D4LA", "D"), ("DINO", "M"),
            ("Swin-L", "M"), ("mAP", "X"), ("OmniDocBench", "D"), ("text edit distance", "X"),
            ("document parsing", "T"), ("document question answering", "T"), ("ANLS", "X"), ("DocVQA", "D"),
        ],
        "results": [
            ("1.4 mAP", "mAP gap", 1.4, None, "DocLayNet", "Zqvanta"),
            ("more than 30 points", "mAP gap", 30, "points", "DocLayNet", "Qwen2-VL-7B"),
            ("text edit distance of a document parsing pipeline from 0.162 to 0.131", "text edit distance", 0.131,
             None, "OmniDocBench", None),
            ("ANLS on DocVQA rises by 1.2 points", "ANLS", 1.2, "points", "DocVQA", None),
        ],
    },
    {
        "field": "document-layout-analysis",
        "title": "Zqhistra: Few-Shot Layout Segmentation of Historical Manuscripts with Self-Supervised Page Priors",
        "text": (
            "Layout analysis of historical manuscripts is hampered by scarce annotations, degraded writing supports "
            "and page structures, such as glosses, decorations and multiple hands, that differ from one collection "
            "to the next. We present Zqhistra, a few-shot page segmentation method that pre-trains a ConvNeXt-T "
            "encoder with masked image modeling on 1.2 million unlabelled page scans and then adapts to a new "
            "collection from as few as two annotated pages. A prototype head compares pixel embeddings with class "
            "prototypes computed from the annotated pages, and an optional refinement step prompts the Segment "
            "Anything Model (SAM) with the predicted regions to snap their boundaries to visible ink. On the three "
            "manuscripts of DIVA-HisDB, Zqhistra achieves a mean IoU of 91.7% with two training pages per "
            "manuscript, vs. 84.2% for dhSegment and 86.9% for SelfDocSeg under the same budget. On U-DIADS-Bib, "
            "Zqhistra improves macro F1 by 5.8\u201311.4 points over a fine-tuned Mask2Former across the four "
            "Bibles, with the largest gain on the heavily decorated Syriac manuscript. When the full training sets "
            "are used, Zqhistra comes within 0.6 points of mIoU of the best fully supervised method. Without the SAM "
            "refinement, mIoU drops by 1.3 points but inference is 4\u00d7 faster."
        ),
        "spans": [
            ("Zqhistra", "M"), ("Few-Shot Layout Segmentation", "T"), ("Layout analysis", "T"),
            ("few-shot page segmentation", "T"), ("ConvNeXt-T", "M"), ("masked image modeling", "M"),
            ("Segment Anything Model", "M"), ("SAM", "M"), ("DIVA-HisDB", "D"), ("mean IoU", "X"),
            ("dhSegment", "M"), ("SelfDocSeg", "M"), ("U-DIADS-Bib", "D"), ("macro F1", "X"),
            ("Mask2Former", "M"), ("mIoU", "X"),
        ],
        "results": [
            ("mean IoU of 91.7%", "mIoU", 91.7, "%", "DIVA-HisDB", "Zqhistra"),
            ("84.2% for dhSegment", "mIoU", 84.2, "%", "DIVA-HisDB", "dhSegment"),
            ("86.9% for SelfDocSeg", "mIoU", 86.9, "%", "DIVA-HisDB", "SelfDocSeg"),
            ("macro F1 by 5.8\u201311.4 points", "macro F1", 11.4, "points", "U-DIADS-Bib", "Zqhistra",
             {"low": 5.8}),
            ("within 0.6 points of mIoU", "mIoU", 0.6, "points", None, "Zqhistra"),
            ("mIoU drops by 1.3 points", "mIoU", 1.3, "points", None, None),
            ("4\u00d7 faster", "speed-up", 4, "\u00d7", None, None),
        ],
    },
    {
        "field": "document-layout-analysis",
        "title": "Zqentil: Joint Logical Role Classification and Hierarchy Reconstruction for Long Scientific "
                 "Documents",
        "text": (
            "Beyond detecting regions, logical layout analysis asks which blocks of a document are titles, section "
            "headings, captions or footnotes, and how the headings nest into a table of contents that may span "
            "hundreds of pages. Pipelines that treat logical role classification and hierarchy reconstruction as "
            "separate steps accumulate errors, and models that work page by page lose cross-page relations. We "
            "propose Zqentil, a graph neural network over text blocks in which edges connect blocks within a page as "
            "well as each heading with its candidate parents across the whole document; a multi-task decoder "
            "predicts the role and the parent of every block, and tree-constrained decoding guarantees a valid "
            "hierarchy. On HRDoc-Hard, Zqentil reaches a micro F1 of 97.1 and a macro F1 of 90.4 for logical role "
            "classification and a TEDS of 88.6 for hierarchy reconstruction, surpassing Detect-Order-Construct by "
            "1.2, 3.5 and 4.9 points, respectively. On HRDoc-Simple, the same three scores are 98.6, 94.0 and 93.2. "
            "On Comp-HRDoc, whose documents are longer and more varied, Zqentil raises the TEDS of the reconstructed "
            "hierarchy from 78.7 for DSPS to 83.9 and ranks first on 11 of the 14 logical classes. With a frozen "
            "LayoutLMv3-base encoder, Zqentil needs 1.4 s of inference time for a 100-page document."
        ),
        "spans": [
            ("Zqentil", "M"), ("Logical Role Classification", "T"), ("Hierarchy Reconstruction", "T"),
            ("logical layout analysis", "T"), ("logical role classification", "T"),
            ("hierarchy reconstruction", "T"), ("graph neural network", "M"), ("HRDoc-Hard", "D"),
            ("micro F1", "X"), ("macro F1", "X"), ("TEDS", "X"), ("Detect-Order-Construct", "M"),
            ("HRDoc-Simple", "D"), ("Comp-HRDoc", "D"), ("DSPS", "M"), ("LayoutLMv3-base", "M"),
            ("inference time", "X"),
        ],
        "results": [
            ("micro F1 of 97.1", "micro F1", 97.1, None, "HRDoc-Hard", "Zqentil"),
            ("macro F1 of 90.4", "macro F1", 90.4, None, "HRDoc-Hard", "Zqentil"),
            ("TEDS of 88.6", "TEDS", 88.6, None, "HRDoc-Hard", "Zqentil"),
            ("1.2", "micro F1", 1.2, "points", "HRDoc-Hard", "Zqentil"),
            ("3.5", "macro F1", 3.5, "points", "HRDoc-Hard", "Zqentil"),
            ("4.9 points", "TEDS", 4.9, "points", "HRDoc-Hard", "Zqentil"),
            ("98.6", "micro F1", 98.6, None, "HRDoc-Simple", None),
            ("94.0", "macro F1", 94.0, None, "HRDoc-Simple", None),
            ("93.2", "TEDS", 93.2, None, "HRDoc-Simple", None),
            ("78.7", "TEDS", 78.7, None, "Comp-HRDoc", "DSPS"),
            ("83.9", "TEDS", 83.9, None, "Comp-HRDoc", "Zqentil"),
            ("11 of the 14 logical classes", "logical classes ranked first", 11, None, "Comp-HRDoc", "Zqentil"),
            ("1.4 s of inference time", "inference time", 1.4, "s", None, "Zqentil"),
        ],
    },
    {
        "field": "document-layout-analysis",
        "title": "Zqumbrel: Distilling Transformer Layout Detectors into Compact CNNs for On-Device Document Layout "
                 "Analysis",
        "text": (
            "Mobile scanning apps need document layout analysis that runs on the phone, yet the most accurate "
            "detectors, such as Cascade Mask R-CNN with a DiT-L backbone or LayoutLMv3-based models, have hundreds "
            "of millions of parameters. We propose Zqumbrel, a distillation framework that transfers a DiT-L teacher "
            "into a MobileNetV3 detector through three signals: region-level feature imitation, a relation loss on "
            "pairs of predicted boxes, and pseudo-labels on two million unannotated web pages. The student is then "
            "converted to INT8 weights with quantization-aware training. The resulting Zqumbrel-Mobile has 3.9M "
            "parameters and requires 2.1 GFLOPs at an input size of 640\u00d7640. Zqumbrel-Mobile obtains 93.4 mAP "
            "on PubLayNet [teacher: 95.3], 84.7 on CDLA [87.9] and 70.5 on M6Doc [74.6], outperforming YOLOv8-n "
            "trained on the same labels by 2.8\u20134.5 mAP. On a Snapdragon 8 Gen 2 phone, Zqumbrel-Mobile "
            "processes a page in 23 ms, against 1.9 s for the teacher, an 83\u00d7 speed-up, and its INT8 weights "
            "occupy 4.1 MB. Zqumbrel-Mobile thus retains 96.3% of the teacher's mAP on average over the three "
            "datasets. Without the relation loss, mAP on M6Doc falls by 1.6 points, mostly because adjacent table "
            "and figure regions are merged."
        ),
        "spans": [
            ("Zqumbrel", "M"), ("Zqumbrel-Mobile", "M"), ("Transformer", "M"), ("CNNs", "M"),
            ("Document Layout Analysis", "T"), ("document layout analysis", "T"), ("Cascade Mask R-CNN", "M"),
            ("DiT-L", "M"), ("LayoutLMv3", "M"), ("distillation", "M"), ("MobileNetV3", "M"),
            ("quantization-aware training", "M"), ("parameters", "X", {"only": [1]}), ("GFLOPs", "X"),
            ("mAP", "X"), ("PubLayNet", "D"), ("CDLA", "D"), ("M6Doc", "D"), ("YOLOv8-n", "M"),
            ("speed-up", "X"),
        ],
        "results": [
            ("3.9M parameters", "parameters", 3.9, "M", None, "Zqumbrel-Mobile"),
            ("2.1 GFLOPs", "GFLOPs", 2.1, None, None, "Zqumbrel-Mobile"),
            ("93.4 mAP", "mAP", 93.4, None, "PubLayNet", "Zqumbrel-Mobile"),
            ("95.3", "mAP", 95.3, None, "PubLayNet", None),
            ("84.7", "mAP", 84.7, None, "CDLA", "Zqumbrel-Mobile"),
            ("87.9", "mAP", 87.9, None, "CDLA", None),
            ("70.5", "mAP", 70.5, None, "M6Doc", "Zqumbrel-Mobile"),
            ("74.6", "mAP", 74.6, None, "M6Doc", None),
            ("2.8\u20134.5 mAP", "mAP", 4.5, None, None, "Zqumbrel-Mobile", {"low": 2.8}),
            ("23 ms", "latency", 23, "ms", None, "Zqumbrel-Mobile"),
            ("1.9 s", "latency", 1.9, "s", None, None),
            ("83\u00d7 speed-up", "speed-up", 83, "\u00d7", None, "Zqumbrel-Mobile"),
            ("4.1 MB", "model size", 4.1, "MB", None, "Zqumbrel-Mobile"),
            ("96.3% of the teacher's mAP", "relative mAP", 96.3, "%", None, "Zqumbrel-Mobile"),
            ("mAP on M6Doc falls by 1.6 points", "mAP", 1.6, "points", "M6Doc", None),
        ],
    },
]
