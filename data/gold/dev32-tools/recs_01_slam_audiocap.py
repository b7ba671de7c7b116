"""dev32 records: visual-slam (6) and audio-captioning (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Pzorvane", "Pzelmra", "Pzandrix", "Pzolvet", "Pzirrel", "Pzumbra",
          "Pzaldew", "Pzothrin", "Pzyllic", "Pzendora", "Pzorwick", "Pzaviel"]

RECS = [
    # ------------------------------------------------------------ visual-slam
    {
        "field": "visual-slam",
        "title": "Pzorvane: Anchor-Based Gaussian Splatting SLAM at Real-Time Rates",
        "text": (
            "Recent visual SLAM systems built on 3D Gaussian Splatting (3DGS), such as SplaTAM, MonoGS and GS-SLAM, "
            "render photorealistic maps but store millions of Gaussians and spend most of their time on map "
            "optimization, which keeps them far from real time. We present Pzorvane, an RGB-D SLAM system that "
            "attaches Gaussians to a sparse set of anchors, created only where the photometric residual of a new "
            "keyframe exceeds an adaptive threshold, and that decodes Gaussian attributes from per-anchor features "
            "with a small MLP. The tracker optimizes the camera pose on a downsampled image pyramid with the same "
            "differentiable rasterizer. On Replica, Pzorvane reaches an ATE RMSE of 0.31 cm and a PSNR of 38.92 dB, "
            "against 0.36 cm and 34.11 dB for SplaTAM and 0.58 cm and 37.50 dB for MonoGS. On TUM RGB-D, Pzorvane "
            "obtains an average ATE RMSE of 1.42 cm over three standard sequences, while SplaTAM obtains 3.25 cm. On "
            "ScanNet, ATE RMSE drops from 11.88 cm for SplaTAM to 8.70 cm. Pzorvane runs at 21.4 FPS on an RTX 4090, "
            "a 7.8\u00d7 speed-up over SplaTAM, and its map size is 46 MB instead of the 312 MB of SplaTAM. Ablations "
            "show that keyframe-adaptive anchor creation alone accounts for most of the savings in map size, while "
            "the anchor decoder is what keeps rendering quality on par with per-Gaussian optimization."
        ),
        "spans": [
            ("Pzorvane", "M"), ("Gaussian Splatting SLAM", "M"), ("visual SLAM", "T"),
            ("3D Gaussian Splatting", "M"), ("3DGS", "M"), ("SplaTAM", "M"), ("MonoGS", "M"), ("GS-SLAM", "M"),
            ("RGB-D SLAM", "T"), ("MLP", "M"), ("Replica", "D"), ("ATE RMSE", "X"), ("PSNR", "X"),
            ("TUM RGB-D", "D"), ("average ATE RMSE", "X"), ("ScanNet", "D"), ("FPS", "X"), ("speed-up", "X"),
            ("map size", "X"),
        ],
        "results": [
            ("ATE RMSE of 0.31 cm", "ATE RMSE", 0.31, "cm", "Replica", "Pzorvane"),
            ("PSNR of 38.92 dB", "PSNR", 38.92, "dB", "Replica", "Pzorvane"),
            ("0.36 cm", "ATE RMSE", 0.36, "cm", "Replica", "SplaTAM"),
            ("34.11 dB", "PSNR", 34.11, "dB", "Replica", "SplaTAM"),
            ("0.58 cm", "ATE RMSE", 0.58, "cm", "Replica", "MonoGS"),
            ("37.50 dB", "PSNR", 37.5, "dB", "Replica", "MonoGS"),
            ("average ATE RMSE of 1.42 cm", "ATE RMSE", 1.42, "cm", "TUM RGB-D", "Pzorvane"),
            ("3.25 cm", "ATE RMSE", 3.25, "cm", "TUM RGB-D", "SplaTAM"),
            ("ATE RMSE drops from 11.88 cm", "ATE RMSE", 11.88, "cm", "ScanNet", "SplaTAM"),
            ("8.70 cm", "ATE RMSE", 8.7, "cm", "ScanNet", None),
            ("21.4 FPS", "FPS", 21.4, None, None, "Pzorvane"),
            ("7.8\u00d7 speed-up", "speed-up", 7.8, "\u00d7", None, "Pzorvane"),
            ("map size is 46 MB", "map size", 46, "MB", None, "Pzorvane"),
            ("312 MB", "map size", 312, "MB", None, "SplaTAM"),
        ],
    },
    {
        "field": "visual-slam",
        "title": "Pzelmra: Uncertainty-Scored Patches and Learned Keyframe Culling for Monocular Visual Odometry",
        "text": (
            "Learning-based monocular visual odometry has closed much of the gap to classical pipelines, with "
            "DROID-SLAM and Deep Patch Visual Odometry (DPVO) now leading most benchmarks. DPVO tracks a sparse set "
            "of image patches with a recurrent update operator followed by bundle adjustment, but its fixed patch "
            "budget wastes computation in textureless regions and its heuristic keyframe removal drifts under fast "
            "motion. We introduce Pzelmra, which scores candidate patches with a lightweight uncertainty head and "
            "culls keyframes with a learned policy trained on TartanAir only. Without any fine-tuning, Pzelmra "
            "lowers the average ATE on the TartanAir test split, EuRoC MAV and TUM RGB-D to 0.17 m, 0.089 m and "
            "0.098 m, respectively, improving on DPVO by 19%, 13% and 8%. On the KITTI odometry sequences 00\u201310, "
            "where learned methods without global optimization usually drift badly, Pzelmra obtains an average ATE "
            "of 48.6 m against 53.6 m for DPVO and 54.2 m for DROID-VO. Pzelmra needs 2.9 GB of GPU memory (DPVO: "
            "4.1 GB) and runs at 62 FPS, making it the fastest learned method in our comparison. We further show "
            "that the learned culling policy transfers to DPV-SLAM, where it removes 31% of keyframes without loss "
            "in accuracy."
        ),
        "spans": [
            ("Pzelmra", "M"), ("Monocular Visual Odometry", "T"), ("monocular visual odometry", "T"),
            ("DROID-SLAM", "M"), ("Deep Patch Visual Odometry", "M"), ("DPVO", "M"), ("bundle adjustment", "M"),
            ("TartanAir", "D"), ("average ATE", "X"), ("EuRoC MAV", "D"), ("TUM RGB-D", "D"),
            ("KITTI odometry", "D"), ("DROID-VO", "M"), ("GPU memory", "X"), ("FPS", "X"), ("DPV-SLAM", "M"),
            ("accuracy", "X"),
        ],
        "results": [
            ("0.17 m", "ATE", 0.17, "m", "TartanAir", "Pzelmra"),
            ("0.089 m", "ATE", 0.089, "m", "EuRoC MAV", "Pzelmra"),
            ("0.098 m", "ATE", 0.098, "m", "TUM RGB-D", "Pzelmra"),
            ("by 19%", "ATE", 19, "%", "TartanAir", "Pzelmra"),
            ("13%", "ATE", 13, "%", "EuRoC MAV", "Pzelmra"),
            ("and 8%", "ATE", 8, "%", "TUM RGB-D", "Pzelmra"),
            ("average ATE of 48.6 m", "ATE", 48.6, "m", "KITTI odometry", "Pzelmra"),
            ("53.6 m for DPVO", "ATE", 53.6, "m", "KITTI odometry", "DPVO"),
            ("54.2 m for DROID-VO", "ATE", 54.2, "m", "KITTI odometry", "DROID-VO"),
            ("2.9 GB of GPU memory", "GPU memory", 2.9, "GB", None, "Pzelmra"),
            ("4.1 GB", "GPU memory", 4.1, "GB", None, "DPVO"),
            ("62 FPS", "FPS", 62, None, None, "Pzelmra"),
            ("removes 31% of keyframes", "keyframe reduction", 31, "%", None, None),
        ],
    },
    {
        "field": "visual-slam",
        "title": "Pzandrix: Submap-Based Neural Implicit SLAM with Globally Consistent Loop Closure",
        "text": (
            "Neural implicit SLAM methods such as NICE-SLAM, Co-SLAM and ESLAM represent the scene with a single "
            "feature grid that is optimized online, which makes global corrections after loop closure expensive: "
            "once a loop is detected, the whole map has to be re-optimized or re-integrated. Loopy-SLAM and GO-SLAM "
            "address this with submaps and full bundle adjustment, but they remain far from real time. We propose "
            "Pzandrix, which anchors small hash-encoded grids to keyframes, detects loops with NetVLAD descriptors "
            "verified by LightGlue matches, and corrects the map by pose graph optimization alone, moving submaps "
            "rigidly without retraining them. A short overlap-aware fusion step then removes the seams between "
            "corrected submaps. On the large multi-room sequences of ScanNet and ScanNet++, Pzandrix tracks markedly "
            "better than Co-SLAM and ESLAM while matching their completion ratio. On ScanNet, its ATE RMSE averaged "
            "over six scenes is 6.1 cm, compared with 7.8 cm for Loopy-SLAM, and a loop correction takes 0.4 s "
            "rather than the 21 s needed to re-integrate the map. Our analysis also shows that most of the remaining "
            "error on ScanNet++ comes from motion blur rather than from loop closure, which suggests that "
            "blur-aware tracking is the next step for room-scale neural implicit SLAM."
        ),
        "spans": [
            ("Pzandrix", "M"), ("Neural Implicit SLAM", "M"), ("Neural implicit SLAM", "M"),
            ("neural implicit SLAM", "M"), ("Loop Closure", "M"), ("loop closure", "M"), ("NICE-SLAM", "M"),
            ("Co-SLAM", "M"), ("ESLAM", "M"), ("Loopy-SLAM", "M"), ("GO-SLAM", "M"), ("bundle adjustment", "M"),
            ("NetVLAD", "M"), ("LightGlue", "M"), ("pose graph optimization", "M"), ("ScanNet", "D"),
            ("ScanNet++", "D", {"punct": True}), ("completion ratio", "X"), ("ATE RMSE", "X"),
        ],
        "results": [
            ("ATE RMSE averaged over six scenes is 6.1 cm", "ATE RMSE", 6.1, "cm", "ScanNet", None),
            ("7.8 cm for Loopy-SLAM", "ATE RMSE", 7.8, "cm", "ScanNet", "Loopy-SLAM"),
            ("loop correction takes 0.4 s", "loop correction time", 0.4, "s", "ScanNet", None),
            ("21 s", "loop correction time", 21, "s", "ScanNet", None),
        ],
    },
    {
        "field": "visual-slam",
        "title": "Pzolvet: Calibration-Free Monocular SLAM from Distilled Pointmap Priors",
        "text": (
            "Pointmap-based 3D reconstruction models such as DUSt3R and MASt3R predict dense geometry from "
            "uncalibrated image pairs and have recently been turned into full SLAM systems, most notably "
            "MASt3R-SLAM. These systems, however, run a heavy ViT-L encoder on every new frame and treat the "
            "predicted pointmaps as exact, so that errors in low-texture regions propagate directly into the map. We "
            "present Pzolvet, a calibration-free monocular SLAM system that distils the MASt3R encoder into a ViT-S "
            "student and fuses pointmaps with learned per-pixel confidences in a sliding-window Gauss\u2013Newton "
            "optimizer. Camera intrinsics are estimated online and refined jointly with the poses. Across the eight "
            "sequences of the ETH3D SLAM benchmark used by prior work, Pzolvet lowers ATE RMSE by 18\u201327% relative "
            "to MASt3R-SLAM and by 35\u201352% relative to DROID-SLAM, even though both baselines are given "
            "ground-truth intrinsics. On the 7-Scenes dataset, the Chamfer distance of its dense reconstruction is "
            "0.047 m (MASt3R-SLAM: 0.052 m; DROID-SLAM: 0.071 m). With the distilled encoder, Pzolvet runs at 34 FPS "
            "on a single RTX 4090 and uses 5.6 GB of memory [MASt3R-SLAM: 15 FPS, 11.2 GB]. On TUM RGB-D, Pzolvet's "
            "average ATE RMSE is 3.0 cm, within 0.4 cm of a variant given the calibrated intrinsics, which makes "
            "Pzolvet practical for videos from unknown cameras."
        ),
        "spans": [
            ("Pzolvet", "M"), ("Monocular SLAM", "T"), ("monocular SLAM", "T"), ("3D reconstruction", "T"),
            ("DUSt3R", "M"), ("MASt3R", "M"), ("SLAM", "T"), ("MASt3R-SLAM", "M"), ("ViT-L", "M"), ("ViT-S", "M"),
            ("Gauss\u2013Newton", "M"), ("ETH3D SLAM", "D"), ("ATE RMSE", "X"), ("DROID-SLAM", "M"),
            ("7-Scenes", "D"), ("Chamfer distance", "X"), ("FPS", "X"), ("memory", "X"), ("TUM RGB-D", "D"),
            ("average ATE RMSE", "X"),
        ],
        "results": [
            ("18\u201327%", "ATE RMSE reduction", 27, "%", "ETH3D SLAM", "Pzolvet", {"low": 18}),
            ("35\u201352%", "ATE RMSE reduction", 52, "%", "ETH3D SLAM", "Pzolvet", {"low": 35}),
            ("Chamfer distance of its dense reconstruction is 0.047 m", "Chamfer distance", 0.047, "m", "7-Scenes",
             None),
            ("0.052 m", "Chamfer distance", 0.052, "m", "7-Scenes", "MASt3R-SLAM"),
            ("0.071 m", "Chamfer distance", 0.071, "m", "7-Scenes", "DROID-SLAM"),
            ("34 FPS", "FPS", 34, None, None, "Pzolvet"),
            ("5.6 GB of memory", "memory", 5.6, "GB", None, "Pzolvet"),
            ("15 FPS", "FPS", 15, None, None, "MASt3R-SLAM"),
            ("11.2 GB", "memory", 11.2, "GB", None, "MASt3R-SLAM"),
            ("average ATE RMSE is 3.0 cm", "ATE RMSE", 3.0, "cm", "TUM RGB-D", "Pzolvet"),
            ("within 0.4 cm", "ATE RMSE", 0.4, "cm", "TUM RGB-D", "Pzolvet"),
        ],
    },
    {
        "field": "visual-slam",
        "title": "Pzirrel: Class-Agnostic Motion Masking for Gaussian Splatting SLAM in Dynamic Environments",
        "text": (
            "Most visual SLAM systems assume a static world, and their estimates degrade quickly when people or "
            "vehicles move through the scene. Semantic filtering, as in DynaSLAM, removes only objects from known "
            "classes, while DG-SLAM and other recent splatting-based systems for dynamic scenes need many "
            "optimization iterations per frame. We introduce Pzirrel, an RGB-D SLAM system that separates static "
            "and moving content without class labels: the flow predicted by RAFT is compared with the flow induced "
            "by the current camera pose estimate, and the resulting motion masks, refined with Segment Anything "
            "(SAM), exclude dynamic pixels from both pose tracking and 3D Gaussian Splatting map updates. Masks are "
            "also propagated across keyframes, so that objects that stop moving are not reintroduced into the map. "
            "On the highly dynamic walking sequences of TUM RGB-D, Pzirrel achieves an average ATE RMSE of 1.8 cm "
            "vs. 2.9 cm for DG-SLAM and 6.5 cm for SplaTAM, which fails on 2 of the 4 sequences. On the Bonn RGB-D "
            "Dynamic dataset, Pzirrel improves ATE RMSE over DG-SLAM by 2.3 cm on average and raises the PSNR of "
            "static-background renderings to 24.6 dB. The full system runs at 9.2 FPS, 3.4\u00d7 faster than "
            "DG-SLAM, and we release code and the motion masks."
        ),
        "spans": [
            ("Pzirrel", "M"), ("Gaussian Splatting SLAM", "M"), ("visual SLAM", "T"), ("DynaSLAM", "M"),
            ("DG-SLAM", "M"), ("RGB-D SLAM", "T"), ("RAFT", "M"), ("Segment Anything", "M"), ("SAM", "M"),
            ("3D Gaussian Splatting", "M"), ("TUM RGB-D", "D"), ("average ATE RMSE", "X"), ("SplaTAM", "M"),
            ("Bonn RGB-D Dynamic", "D"), ("ATE RMSE", "X"), ("PSNR", "X"), ("FPS", "X"),
        ],
        "results": [
            ("average ATE RMSE of 1.8 cm", "ATE RMSE", 1.8, "cm", "TUM RGB-D", "Pzirrel"),
            ("2.9 cm for DG-SLAM", "ATE RMSE", 2.9, "cm", "TUM RGB-D", "DG-SLAM"),
            ("6.5 cm for SplaTAM", "ATE RMSE", 6.5, "cm", "TUM RGB-D", "SplaTAM"),
            ("fails on 2 of the 4 sequences", "sequences failed", 2, None, "TUM RGB-D", "SplaTAM"),
            ("improves ATE RMSE over DG-SLAM by 2.3 cm", "ATE RMSE", 2.3, "cm", "Bonn RGB-D Dynamic", "Pzirrel"),
            ("PSNR of static-background renderings to 24.6 dB", "PSNR", 24.6, "dB", "Bonn RGB-D Dynamic",
             "Pzirrel"),
            ("9.2 FPS", "FPS", 9.2, None, None, None),
            ("3.4\u00d7 faster", "speed-up", 3.4, "\u00d7", None, None),
        ],
    },
    {
        "field": "visual-slam",
        "title": "Pzumbra: Benchmarking Visual SLAM at Night and in Rain, Fog and Glare",
        "text": (
            "Visual SLAM and visual odometry are usually evaluated on sequences recorded in daylight and clear "
            "weather, such as EuRoC MAV, TUM RGB-D and KITTI, so little is known about how current systems fail in "
            "adverse conditions. We present Pzumbra, a benchmark of 96 stereo-inertial sequences recorded with a "
            "handheld rig and a wheeled robot in four environments at night and under rain, fog and glare, with "
            "ground-truth trajectories from a laser tracker and an RTK-GNSS receiver. We evaluate eleven open-source "
            "systems, including ORB-SLAM3, DSO, VINS-Fusion, DROID-SLAM, DPVO and MASt3R-SLAM, by absolute "
            "trajectory error (ATE), relative pose error (RPE) and tracking success rate. Learned systems are "
            "clearly more robust: DROID-SLAM reaches a tracking success rate of 81%, against 57% for ORB-SLAM3 and "
            "44% for DSO, although its ATE roughly triples from daylight to night sequences. Inertial measurements "
            "help most in fog, where ORB-SLAM3 in stereo-inertial mode reduces the median ATE from 0.92 m to 0.31 m. "
            "No system succeeds on more than 12 of the 24 glare sequences. Applying low-light image enhancement as "
            "a preprocessing step improves tracking success rate by only 3.1 points on average while doubling "
            "runtime. Pzumbra, its evaluation tools and a public leaderboard are released to support research on "
            "robust visual SLAM."
        ),
        "spans": [
            ("Pzumbra", "D"), ("Visual SLAM", "T"), ("visual SLAM", "T"), ("visual odometry", "T"),
            ("EuRoC MAV", "D"), ("TUM RGB-D", "D"), ("KITTI", "D"), ("ORB-SLAM3", "M"), ("DSO", "M"),
            ("VINS-Fusion", "M"), ("DROID-SLAM", "M"), ("DPVO", "M"), ("MASt3R-SLAM", "M"),
            ("absolute trajectory error", "X"), ("ATE", "X"), ("relative pose error", "X"), ("RPE", "X"),
            ("tracking success rate", "X"), ("median ATE", "X"), ("low-light image enhancement", "T"),
            ("runtime", "X"),
        ],
        "results": [
            ("tracking success rate of 81%", "tracking success rate", 81, "%", None, "DROID-SLAM"),
            ("57% for ORB-SLAM3", "tracking success rate", 57, "%", None, "ORB-SLAM3"),
            ("44% for DSO", "tracking success rate", 44, "%", None, "DSO"),
            ("median ATE from 0.92 m to 0.31 m", "ATE", 0.31, "m", None, "ORB-SLAM3"),
            ("succeeds on more than 12 of the 24 glare sequences", "sequences succeeded", 12, None, None, None),
            ("improves tracking success rate by only 3.1 points", "tracking success rate", 3.1, "points", None,
             None),
        ],
    },
    # ------------------------------------------------------------ audio-captioning
    {
        "field": "audio-captioning",
        "title": "Pzaldew: Bridging Frozen Audio Encoders and Large Language Models for Automated Audio Captioning",
        "text": (
            "Automated audio captioning (AAC) systems increasingly pair a pretrained audio encoder with a large "
            "language model (LLM), but the LLM-based captioners reported so far, such as SALMONN and Qwen-Audio, "
            "are generalist models whose captions are fluent yet often generic. We propose Pzaldew, a captioner that "
            "connects a frozen BEATs encoder to Vicuna-7B through a Q-Former with 32 learnable queries and adapts "
            "the LLM with LoRA on AudioCaps, Clotho and WavCaps. To reduce hallucinated sound events, Pzaldew is "
            "additionally supervised by a CLAP teacher and decodes with CLAP-guided reranking of eight candidates "
            "from beam search. On the AudioCaps test set, Pzaldew achieves a CIDEr of 0.842, a SPIDEr of 0.503 and "
            "a FENSE of 0.681, compared with 0.788, 0.474 and 0.654 for EnCLAP. On Clotho v2.1, Pzaldew obtains a "
            "SPIDEr-FL of 0.341, 2.4 points above the winning system of the DCASE 2024 Challenge Task 6. Human "
            "raters preferred Pzaldew's captions over those of Qwen-Audio in 64% of pairwise comparisons, mostly "
            "because they named specific sound sources. Replacing Vicuna-7B with the 1.1B-parameter TinyLlama costs "
            "0.037 CIDEr on AudioCaps but halves inference latency, to 210 ms per clip."
        ),
        "spans": [
            ("Pzaldew", "M"), ("Large Language Models", "M"), ("Automated Audio Captioning", "T"),
            ("Automated audio captioning", "T"), ("AAC", "T"), ("large language model", "M"), ("LLM", "M"),
            ("SALMONN", "M"), ("Qwen-Audio", "M"), ("BEATs", "M"), ("Vicuna-7B", "M"), ("Q-Former", "M"),
            ("LoRA", "M"), ("AudioCaps", "D"), ("Clotho", "D"), ("WavCaps", "D"), ("CLAP", "M"),
            ("beam search", "M"), ("CIDEr", "X"), ("SPIDEr", "X"), ("FENSE", "X"), ("EnCLAP", "M"),
            ("Clotho v2.1", "D"), ("SPIDEr-FL", "X"), ("DCASE 2024 Challenge Task 6", "D"), ("TinyLlama", "M"),
            ("inference latency", "X"),
        ],
        "results": [
            ("CIDEr of 0.842", "CIDEr", 0.842, None, "AudioCaps", "Pzaldew"),
            ("SPIDEr of 0.503", "SPIDEr", 0.503, None, "AudioCaps", "Pzaldew"),
            ("FENSE of 0.681", "FENSE", 0.681, None, "AudioCaps", "Pzaldew"),
            ("0.788", "CIDEr", 0.788, None, "AudioCaps", "EnCLAP"),
            ("0.474", "SPIDEr", 0.474, None, "AudioCaps", "EnCLAP"),
            ("0.654", "FENSE", 0.654, None, "AudioCaps", "EnCLAP"),
            ("SPIDEr-FL of 0.341", "SPIDEr-FL", 0.341, None, "Clotho v2.1", "Pzaldew"),
            ("2.4 points above", "SPIDEr-FL", 2.4, "points", "Clotho v2.1", "Pzaldew"),
            ("in 64% of pairwise comparisons", "win rate", 64, "%", None, "Pzaldew"),
            ("costs 0.037 CIDEr", "CIDEr", 0.037, None, "AudioCaps", None),
            ("inference latency, to 210 ms", "inference latency", 210, "ms", None, None),
        ],
    },
    {
        "field": "audio-captioning",
        "title": "Pzothrin: Hard-Negative Curricula and Token-Level Alignment for Audio-Text Retrieval",
        "text": (
            "Audio-text retrieval models are typically trained with a symmetric InfoNCE objective over in-batch "
            "negatives, which rarely include captions that differ from the positive only in the order or number of "
            "sound events. We propose Pzothrin, a dual-encoder model that pairs an HTS-AT audio encoder with a "
            "RoBERTa text encoder and adds two ingredients: a curriculum of hard negatives generated by an LLM that "
            "swaps, removes or reorders events in the reference caption, and a token-level alignment loss that "
            "matches caption phrases to audio frames. All models are pretrained on WavCaps and fine-tuned on each "
            "target dataset. Pzothrin reaches an R@1 of 45.7 for text-to-audio retrieval and 58.9 for audio-to-text "
            "retrieval on AudioCaps, and 21.3 and 27.4 on Clotho, improving on the WavCaps-pretrained HTS-AT "
            "baseline in text-to-audio retrieval by 3.3 and 2.1 R@1 points, respectively. On Clotho, R@10 for "
            "text-to-audio retrieval rises from 66.4 to 70.8. On a contrastive test set of 2,000 event-order "
            "perturbations that we derive from Clotho, Pzothrin prefers the correct caption over its perturbed "
            "version with an accuracy of 78%, compared with 54% for LAION-CLAP. The hard-negative curriculum adds "
            "only 9% to training time, and inference cost is unchanged because the alignment loss is used only "
            "during training."
        ),
        "spans": [
            ("Pzothrin", "M"), ("Audio-Text Retrieval", "T"), ("Audio-text retrieval", "T"), ("InfoNCE", "M"),
            ("HTS-AT", "M"), ("RoBERTa", "M"), ("LLM", "M"), ("WavCaps", "D"), ("R@1", "X"),
            ("text-to-audio retrieval", "T"), ("audio-to-text retrieval", "T"), ("AudioCaps", "D"),
            ("Clotho", "D"), ("R@10", "X"), ("accuracy", "X"), ("LAION-CLAP", "M"), ("training time", "X"),
        ],
        "results": [
            ("R@1 of 45.7", "R@1", 45.7, None, "AudioCaps", "Pzothrin"),
            ("58.9", "R@1", 58.9, None, "AudioCaps", "Pzothrin"),
            ("21.3", "R@1", 21.3, None, "Clotho", "Pzothrin"),
            ("27.4", "R@1", 27.4, None, "Clotho", "Pzothrin"),
            ("by 3.3", "R@1", 3.3, "points", "AudioCaps", "Pzothrin"),
            ("2.1 R@1 points", "R@1", 2.1, "points", "Clotho", "Pzothrin"),
            ("R@10 for text-to-audio retrieval rises from 66.4 to 70.8", "R@10", 70.8, None, "Clotho", None),
            ("accuracy of 78%", "accuracy", 78, "%", None, "Pzothrin"),
            ("54% for LAION-CLAP", "accuracy", 54, "%", None, "LAION-CLAP"),
            ("adds only 9% to training time", "training time", 9, "%", None, None),
        ],
    },
    {
        "field": "audio-captioning",
        "title": "Pzyllic: Compact Audio Captioning through Sequence-Level Knowledge Distillation from an LLM Teacher",
        "text": (
            "State-of-the-art audio captioning models combine audio encoders with hundreds of millions of "
            "parameters, such as BEATs or EfficientNet-B2 trained on AudioSet, with BART or LLM decoders, which "
            "makes them impractical on phones and hearing aids. We present Pzyllic, a compact encoder-decoder "
            "captioner built from a streaming MobileNetV3 audio encoder and a four-layer Transformer decoder, with "
            "14.2M parameters in total. Pzyllic is trained by sequence-level knowledge distillation: a large teacher "
            "combining BEATs and Llama-2-7B produces ten captions per clip for AudioCaps, Clotho and a 120k-clip "
            "subset of AudioSet, and the student learns from the teacher's captions as well as from the human "
            "references. On Clotho, Pzyllic achieves a SPIDEr of 0.289 and a FENSE of 0.502, within 0.02 SPIDEr of "
            "CoNeTTE at one tenth of its size, and on AudioCaps it reaches a CIDEr of 0.741. Without distillation, "
            "the same student obtains only 0.251 SPIDEr on Clotho. Pzyllic requires 0.9 GFLOPs per 10-second clip "
            "and captions a clip in 38 ms on a Pixel 8 CPU, 11.5\u00d7 faster than CoNeTTE. Quantizing the model to 8 "
            "bits reduces its memory footprint to 15 MB with a SPIDEr drop of 0.004. These results show that most "
            "of the benefit of large language models for captioning can be carried over to devices at a small "
            "fraction of their cost."
        ),
        "spans": [
            ("Pzyllic", "M"), ("Audio Captioning", "T"), ("Sequence-Level Knowledge Distillation", "M"),
            ("LLM", "M"), ("audio captioning", "T"), ("BEATs", "M"), ("EfficientNet-B2", "M"), ("AudioSet", "D"),
            ("BART", "M"), ("MobileNetV3", "M"), ("Transformer", "M"), ("sequence-level knowledge distillation", "M"),
            ("Llama-2-7B", "M"), ("AudioCaps", "D"), ("Clotho", "D"), ("SPIDEr", "X"), ("FENSE", "X"),
            ("CoNeTTE", "M"), ("CIDEr", "X"), ("distillation", "M"), ("GFLOPs", "X"), ("memory footprint", "X"),
            ("large language models", "M"), ("captioning", "T"),
        ],
        "results": [
            ("SPIDEr of 0.289", "SPIDEr", 0.289, None, "Clotho", "Pzyllic"),
            ("FENSE of 0.502", "FENSE", 0.502, None, "Clotho", "Pzyllic"),
            ("within 0.02 SPIDEr", "SPIDEr", 0.02, None, "Clotho", "Pzyllic"),
            ("CIDEr of 0.741", "CIDEr", 0.741, None, "AudioCaps", "Pzyllic"),
            ("0.251 SPIDEr", "SPIDEr", 0.251, None, "Clotho", None),
            ("0.9 GFLOPs", "FLOPs", 0.9, "G", None, "Pzyllic"),
            ("captions a clip in 38 ms", "latency", 38, "ms", None, "Pzyllic"),
            ("11.5\u00d7 faster", "speed-up", 11.5, "\u00d7", None, "Pzyllic"),
            ("memory footprint to 15 MB", "memory footprint", 15, "MB", None, None),
            ("SPIDEr drop of 0.004", "SPIDEr", 0.004, None, None, None),
        ],
    },
    {
        "field": "audio-captioning",
        "title": "Pzendora: A Million-Clip Audio Caption Corpus Grounded in Sound Event Detection and Audio Tagging",
        "text": (
            "Progress in automated audio captioning and audio-text retrieval is limited by the size of "
            "human-annotated corpora: AudioCaps and Clotho together contain fewer than 60k clips. Weakly labelled "
            "collections such as WavCaps and Auto-ACD generate captions by prompting a large language model with "
            "metadata or visual cues, which introduces descriptions of sounds that are not audible. We introduce "
            "Pzendora, a corpus of 1.2 million clips from AudioSet and VGGSound, each paired with three captions "
            "written by GPT-4o-mini from acoustic evidence only: frame-level sound event detection outputs of a "
            "PANNs-based detector, clip-level labels from an audio tagging model, and estimated loudness and "
            "reverberation. A CLAP-based filter then discards captions whose audio-text similarity falls below a "
            "threshold. In a blind listening test on 500 clips, Pzendora captions reach a hallucination-free rate "
            "of 91%, against 72% for WavCaps. Pretraining a standard BART captioner on Pzendora instead of WavCaps "
            "improves SPIDEr on Clotho by 1.9 points and on AudioCaps by 2.6 points, and pretraining a CLAP model "
            "on it raises R@1 for text-to-audio retrieval on AudioCaps from 39.8 to 43.5. We release the captions, "
            "the detector outputs and the filtering code under a permissive license."
        ),
        "spans": [
            ("Pzendora", "D"), ("Sound Event Detection", "T"), ("Audio Tagging", "T"),
            ("automated audio captioning", "T"), ("audio-text retrieval", "T"), ("AudioCaps", "D"),
            ("Clotho", "D"), ("WavCaps", "D"), ("Auto-ACD", "D"), ("large language model", "M"),
            ("AudioSet", "D"), ("VGGSound", "D"), ("GPT-4o-mini", "M"), ("sound event detection", "T"),
            ("PANNs", "M"), ("audio tagging", "T"), ("CLAP", "M"), ("hallucination-free rate", "X"),
            ("BART", "M"), ("SPIDEr", "X"), ("R@1", "X"), ("text-to-audio retrieval", "T"),
        ],
        "results": [
            ("hallucination-free rate of 91%", "hallucination-free rate", 91, "%", "Pzendora", None),
            ("72% for WavCaps", "hallucination-free rate", 72, "%", "WavCaps", None),
            ("improves SPIDEr on Clotho by 1.9 points", "SPIDEr", 1.9, "points", "Clotho", "BART"),
            ("on AudioCaps by 2.6 points", "SPIDEr", 2.6, "points", "AudioCaps", "BART"),
            ("R@1 for text-to-audio retrieval on AudioCaps from 39.8 to 43.5", "R@1", 43.5, None, "AudioCaps",
             "CLAP"),
        ],
    },
    {
        "field": "audio-captioning",
        "title": "Pzorwick: Paraphrase Ensembles and Distilled Similarity Targets for Language-Based Audio Retrieval",
        "text": (
            "Language-based audio retrieval, Task 8 of the DCASE 2024 Challenge, ranks the audio clips of Clotho for "
            "a free-form text query. Because each Clotho clip has five captions of uneven quality, training a "
            "bi-encoder with one-hot contrastive targets penalises plausible matches with other clips' captions. We "
            "propose Pzorwick, which replaces the one-hot targets with soft similarity targets distilled from an "
            "ensemble of PaSST, BEATs and EAT audio encoders paired with a RoBERTa-large text encoder, and augments "
            "training queries with paraphrases generated by ChatGPT. A single Pzorwick model with a PaSST audio "
            "encoder and a BERT-base text encoder achieves an mAP@10 of 38.6 on the Clotho v2 evaluation split, "
            "compared with 35.3 for the same architecture trained with the standard InfoNCE loss and 36.1 for the "
            "distillation scheme of the top-ranked 2024 system. An ensemble of four Pzorwick models reaches 41.2 "
            "mAP@10 and an R@1 of 29.5 [R@5: 58.7; R@10: 71.9]. Paraphrase augmentation contributes +0.9 mAP@10 and "
            "soft targets +2.4. On AudioCaps, without any fine-tuning, the single model gives an mAP@10 of 47.3, 4.8 "
            "points above the InfoNCE baseline. Retrieval over the 1,045 evaluation clips takes 6 ms per query on a "
            "single GPU, so the soft targets add no cost at inference."
        ),
        "spans": [
            ("Pzorwick", "M"), ("Language-Based Audio Retrieval", "T"), ("Language-based audio retrieval", "T"),
            ("DCASE 2024 Challenge", "D"), ("Clotho", "D"), ("PaSST", "M"), ("BEATs", "M"), ("EAT", "M"),
            ("RoBERTa-large", "M"), ("ChatGPT", "M"), ("BERT-base", "M"), ("mAP@10", "X"), ("Clotho v2", "D"),
            ("InfoNCE", "M"), ("distillation", "M"), ("R@1", "X"), ("R@5", "X"), ("R@10", "X"),
            ("AudioCaps", "D"),
        ],
        "results": [
            ("mAP@10 of 38.6", "mAP@10", 38.6, None, "Clotho v2", "Pzorwick"),
            ("35.3", "mAP@10", 35.3, None, "Clotho v2", None),
            ("36.1", "mAP@10", 36.1, None, "Clotho v2", None),
            ("41.2 mAP@10", "mAP@10", 41.2, None, None, "Pzorwick"),
            ("R@1 of 29.5", "R@1", 29.5, None, None, "Pzorwick"),
            ("R@5: 58.7", "R@5", 58.7, None, None, "Pzorwick"),
            ("R@10: 71.9", "R@10", 71.9, None, None, "Pzorwick"),
            ("+0.9 mAP@10", "mAP@10", 0.9, None, None, None),
            ("+2.4", "mAP@10", 2.4, None, None, None),
            ("mAP@10 of 47.3", "mAP@10", 47.3, None, "AudioCaps", None),
            ("4.8 points above", "mAP@10", 4.8, "points", "AudioCaps", None),
            ("takes 6 ms per query", "retrieval time", 6, "ms", None, None),
        ],
    },
    {
        "field": "audio-captioning",
        "title": "Borrowing Words from Acoustically Similar Clips: Gated Retrieval-Augmented Audio Captioning with Pzaviel",
        "text": (
            "Audio captioning models trained on Clotho and AudioCaps struggle with rare sound events, for which the "
            "training captions offer few or no examples of the right vocabulary. Retrieval-augmented generation "
            "offers a remedy: captions of acoustically similar training clips can be given to the decoder as "
            "additional context. Previous retrieval-augmented captioners retrieved captions with CLAP embeddings "
            "and simply concatenated them to the audio prefix, which lets the decoder copy retrieved captions "
            "verbatim, including their errors. We present Pzaviel, a captioner in which a frozen ConvNeXt-Tiny "
            "audio encoder pretrained on AudioSet conditions a GPT-2 decoder, while retrieved captions enter a "
            "separate gated memory that the decoder can ignore when the retrieved clips disagree with the input. "
            "The datastore can be extended at test time without retraining. On Clotho, Pzaviel improves METEOR, "
            "CIDEr and SPIDEr over an otherwise identical captioner without retrieval, from 0.183, 0.462 and 0.301 "
            "to 0.192, 0.498 and 0.322. The gains concentrate on clips whose sound event classes are rare in "
            "training, where CIDEr rises by 21% in relative terms. Adding the 400k captions of WavCaps to the "
            "datastore at test time brings a further improvement of 1.1 SPIDEr points, and the copy rate of "
            "retrieved captions drops from 17% to 4%."
        ),
        "spans": [
            ("Pzaviel", "M"), ("Audio Captioning", "T"), ("Audio captioning", "T"), ("Clotho", "D"),
            ("AudioCaps", "D"), ("Retrieval-augmented generation", "M"), ("CLAP", "M"), ("ConvNeXt-Tiny", "M"),
            ("AudioSet", "D"), ("GPT-2", "M"), ("METEOR", "X"), ("CIDEr", "X"), ("SPIDEr", "X"),
            ("WavCaps", "D"), ("copy rate", "X"),
        ],
        "results": [
            ("0.192", "METEOR", 0.192, None, "Clotho", "Pzaviel"),
            ("0.498", "CIDEr", 0.498, None, "Clotho", "Pzaviel"),
            ("0.322", "SPIDEr", 0.322, None, "Clotho", "Pzaviel"),
            ("CIDEr rises by 21%", "CIDEr", 21, "%", None, None),
            ("improvement of 1.1 SPIDEr points", "SPIDEr", 1.1, "points", None, None),
            ("copy rate of retrieved captions drops from 17% to 4%", "copy rate", 4, "%", None, None),
        ],
    },
]
