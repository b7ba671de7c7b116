"""dev11 records (annotator h6): science (5) and robotics (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["SuturNet", "RadiQuill", "Tidewright", "Seqwelder", "Tamarind", "TendrilVLA", "Spindlehand", "StrataBEV", "ShaleSplat", "QuayNav"]

RECS = [
    # ------------------------------------------------------------ science
    {
        "field": "science",
        "title": "SuturNet: Coupling Slices with Bidirectional Mamba for Volumetric Medical Image Segmentation",
        "text": (
            "Volumetric medical image segmentation needs both long-range context and fine boundary detail, and "
            "current hybrid designs trade one for the other. We propose SuturNet, a 3D U-Net whose decoder couples "
            "neighbouring slices through bidirectional Mamba blocks while the encoder keeps plain convolutions. A "
            "boundary-refinement head, supervised with signed distance maps, sharpens organ contours at no inference "
            "cost. We evaluate on BTCV (13 abdominal organs), AMOS (CT and MRI) and the brain tumour task of the "
            "Medical Segmentation Decathlon (MSD), using 5-fold cross-validation and 96×96×96 patches. SuturNet "
            "reaches a Dice similarity coefficient (DSC) of 85.9% on BTCV, 90.2% on AMOS and 91.4% on MSD, surpassing "
            "nnU-Net by 1.6, 0.9 and 0.7 points, respectively. Boundaries improve most: SuturNet lowers the 95th "
            "percentile Hausdorff distance (HD95) on BTCV from 7.8 mm for Swin UNETR to 4.9 mm. Against U-Mamba, SuturNet is better "
            "on 11 of the 13 BTCV organs. SuturNet has 31.2M parameters and needs 412 GFLOPs per patch, 2.1× fewer "
            "FLOPs than Swin UNETR, and trains in 19 hours on a single A100."
        ),
        "spans": [
            ("SuturNet", "M"), ("Mamba", "M"),
            ("Volumetric Medical Image Segmentation", "T"), ("Volumetric medical image segmentation", "T"),
            ("3D U-Net", "M"), ("BTCV", "D"), ("AMOS", "D"), ("Medical Segmentation Decathlon", "D"), ("MSD", "D"),
            ("Dice similarity coefficient", "X"), ("DSC", "X"), ("nnU-Net", "M"),
            ("95th percentile Hausdorff distance", "X"), ("HD95", "X"), ("Swin UNETR", "M"), ("U-Mamba", "M"),
            ("GFLOPs", "X"), ("FLOPs", "X"),
        ],
        "results": [
            ("Dice similarity coefficient (DSC) of 85.9% on BTCV", "Dice similarity coefficient", 85.9, "%", "BTCV", "SuturNet"),
            ("90.2% on AMOS", "Dice similarity coefficient", 90.2, "%", "AMOS", "SuturNet"),
            ("91.4% on MSD", "Dice similarity coefficient", 91.4, "%", "MSD", "SuturNet"),
            ("1.6", "Dice similarity coefficient", 1.6, "points", "BTCV", "SuturNet"),
            ("0.9", "Dice similarity coefficient", 0.9, "points", "AMOS", "SuturNet"),
            ("0.7 points", "Dice similarity coefficient", 0.7, "points", "MSD", "SuturNet"),
            ("from 7.8 mm", "95th percentile Hausdorff distance", 7.8, "mm", "BTCV", "Swin UNETR"),
            ("to 4.9 mm", "95th percentile Hausdorff distance", 4.9, "mm", "BTCV", "SuturNet"),
            ("better on 11 of the 13 BTCV organs", "organs won", 11, None, "BTCV", "SuturNet"),
            ("412 GFLOPs", "FLOPs", 412, "G", None, "SuturNet"),
            ("2.1× fewer FLOPs", "FLOPs", 2.1, "×", None, "SuturNet"),
            ("trains in 19 hours", "training time", 19, "h", None, "SuturNet"),
        ],
    },
    {
        "field": "science",
        "title": "RadiQuill: Region Tokens Make Chest X-ray Report Generation More Faithful",
        "text": (
            "Automated radiology report generation promises to ease radiologists' workload, but current "
            "vision-language models often describe findings that are absent from the image or omit subtle ones. We "
            "argue that part of the problem lies in how images are tokenised: a single global embedding gives the "
            "decoder little reason to look at a specific lung zone before describing it. RadiQuill addresses this by "
            "first detecting 29 anatomical regions with a Faster R-CNN trained on Chest ImaGenome, then passing one "
            "token per region to a Vicuna-7B decoder through a lightweight Q-Former. During training, a region-level "
            "contrastive objective aligns each token with the sentences that mention its region. We fine-tune on "
            "MIMIC-CXR and test on its official split and, without further training, on IU X-Ray. On MIMIC-CXR, "
            "RadiQuill obtains a BLEU-4 of 0.142 and a ROUGE-L of 0.301, close to prior work, whereas clinical "
            "efficacy (CE) improves more clearly: the CheXbert-based CE F1 rises to 0.412 ± 0.004 (three seeds) from "
            "0.365 for R2GenGPT, and RadGraph F1 reaches 0.274. On IU X-Ray the advantage persists (CE F1 0.231 vs. "
            "0.198 for MAIRA-1). In a reader study in which two board-certified radiologists rated 200 report pairs, "
            "RadiQuill was preferred over R2GenGPT in 64% of pairwise comparisons (p = 0.003). Hallucinated findings "
            "remain, particularly for support devices, and we release our region annotations to encourage further "
            "analysis."
        ),
        "spans": [
            ("RadiQuill", "M"), ("Chest X-ray Report Generation", "T"), ("radiology report generation", "T"),
            ("vision-language models", "M"), ("Faster R-CNN", "M"), ("Chest ImaGenome", "D"), ("Vicuna-7B", "M"),
            ("Q-Former", "M"), ("MIMIC-CXR", "D"), ("IU X-Ray", "D"), ("BLEU-4", "X"), ("ROUGE-L", "X"),
            ("clinical efficacy", "X"), ("CE", "X"), ("CE F1", "X"), ("CheXbert", "M"), ("R2GenGPT", "M"),
            ("RadGraph F1", "X"), ("MAIRA-1", "M"),
        ],
        "results": [
            ("BLEU-4 of 0.142", "BLEU-4", 0.142, None, "MIMIC-CXR", "RadiQuill"),
            ("ROUGE-L of 0.301", "ROUGE-L", 0.301, None, "MIMIC-CXR", "RadiQuill"),
            ("CE F1 rises to 0.412", "CE F1", 0.412, None, "MIMIC-CXR", "RadiQuill"),
            ("0.365", "CE F1", 0.365, None, "MIMIC-CXR", "R2GenGPT"),
            ("RadGraph F1 reaches 0.274", "RadGraph F1", 0.274, None, "MIMIC-CXR", "RadiQuill"),
            ("CE F1 0.231", "CE F1", 0.231, None, "IU X-Ray", None),
            ("0.198", "CE F1", 0.198, None, "IU X-Ray", "MAIRA-1"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "RadiQuill"),
        ],
    },
    {
        "field": "science",
        "title": "Tidewright: Fast Probabilistic Weather Forecasting with Spherical Flow Matching",
        "text": (
            "Tidewright outperforms GenCast on 87% of the 1,320 WeatherBench 2 targets in CRPS while generating a "
            "50-member, 15-day global ensemble at 0.25° resolution in 2.4 minutes on a single H100, roughly 9× faster "
            "than the sampler of GenCast. Tidewright is a model for probabilistic weather forecasting trained with "
            "flow matching on the sphere: a Transformer over an icosahedral mesh learns a velocity field that "
            "transports Gaussian noise to the next 12-hour atmospheric state, conditioned on the two previous states. "
            "Because flow matching admits nearly straight sampling paths, 8 integration steps suffice where "
            "diffusion-based GenCast needs 20. We train on ERA5 reanalysis from 1979 to 2017 and, following the "
            "WeatherBench 2 protocol, evaluate on 2020 against ECMWF ENS, the operational ensemble. On WeatherBench 2, "
            "Tidewright attains a Z500 CRPS of 48.1 m²/s² at a 5-day lead time, compared with 52.6 for ENS and 49.3 for "
            "GenCast; its ensemble-mean RMSE for 2 m temperature at the same lead time is 1.21 K. Spread-skill ratios "
            "remain between 0.96 and 1.02 across lead times, indicating that the ensembles are neither markedly "
            "over- nor under-dispersive. In a tropical cyclone tracking case study, Tidewright's mean track error at "
            "3 days is 142 km, 18% lower than ENS. We caution that the evaluation covers a single test year and relies "
            "on ERA5-based verification, which may favour models trained on ERA5."
        ),
        "spans": [
            ("Tidewright", "M"), ("Probabilistic Weather Forecasting", "T"), ("probabilistic weather forecasting", "T"),
            ("Flow Matching", "M"), ("flow matching", "M"), ("GenCast", "M"), ("WeatherBench 2", "D"), ("CRPS", "X"),
            ("Transformer", "M"), ("diffusion", "M"), ("ERA5", "D"), ("ECMWF ENS", "M"), ("ENS", "M"),
            ("ensemble-mean RMSE", "X"), ("Spread-skill ratios", "X"), ("tropical cyclone tracking", "T"),
            ("mean track error", "X"),
        ],
        "results": [
            ("87% of the 1,320 WeatherBench 2 targets", "win rate", 87, "%", "WeatherBench 2", "Tidewright"),
            ("in 2.4 minutes", "generation time", 2.4, "min", None, "Tidewright"),
            ("9× faster", "speed-up", 9, "×", None, "Tidewright"),
            ("CRPS of 48.1", "CRPS", 48.1, "m²/s²", "WeatherBench 2", "Tidewright"),
            ("52.6", "CRPS", 52.6, "m²/s²", "WeatherBench 2", "ECMWF ENS"),
            ("49.3", "CRPS", 49.3, "m²/s²", "WeatherBench 2", "GenCast"),
            ("ensemble-mean RMSE for 2 m temperature at the same lead time is 1.21 K", "ensemble-mean RMSE", 1.21, "K",
             "WeatherBench 2", "Tidewright"),
            ("Spread-skill ratios remain between 0.96 and 1.02", "spread-skill ratio", 1.02, None, None, None,
             {"low": 0.96}),
            ("mean track error at 3 days is 142 km", "mean track error", 142, "km", None, "Tidewright"),
            ("18% lower", "mean track error", 18, "%", None, "Tidewright"),
        ],
    },
    {
        "field": "science",
        "title": "Seqwelder: Inverse Folding with Frozen Protein Language Model Priors",
        "text": (
            "Inverse folding, designing amino-acid sequences that fold into a given backbone, has advanced quickly "
            "since ProteinMPNN, yet sequence recovery on CATH 4.2 has plateaued near 55%. Seqwelder couples a "
            "lightweight geometric encoder with a frozen ESM-2 650M protein language model through gated "
            "cross-attention layers, so that evolutionary plausibility learned from UniRef50 informs every design "
            "step. Only the encoder and the gates (24M parameters in total) are trained, for 60 epochs on the CATH 4.2 "
            "training split, and decoding refines all positions in parallel for 5 rounds instead of generating "
            "residues one by one. On the CATH 4.2 test set, Seqwelder reaches a sequence recovery of 61.8% (+3.2 over "
            "LM-Design and +7.4 over PiFold) with a perplexity of 3.87. Seqwelder also generalises to TS50 and TS500, "
            "where sequence recovery reaches 64.1% and 67.0%, respectively. Designability, the share of Seqwelder designs whose "
            "self-consistent TM-score (scTM) after ESMFold refolding exceeds 0.5, is 92% on 100 held-out CATH "
            "backbones, compared with 86% for ProteinMPNN. On the stability subset of ProteinGym, the zero-shot "
            "Spearman correlation of Seqwelder with measured ΔΔG is 0.52, within 0.02 of the supervised ThermoMPNN. "
            "Because the language model stays frozen, training Seqwelder takes 14 GPU-hours, about 5× less than fine-tuning "
            "LM-Design."
        ),
        "spans": [
            ("Seqwelder", "M"), ("Inverse Folding", "T"), ("Inverse folding", "T"),
            ("Protein Language Model", "M"), ("protein language model", "M"), ("ProteinMPNN", "M"),
            ("sequence recovery", "X"), ("CATH 4.2", "D"), ("CATH", "D"), ("ESM-2 650M", "M"), ("UniRef50", "D"),
            ("LM-Design", "M"), ("PiFold", "M"), ("perplexity", "X"), ("TS50", "D"), ("TS500", "D"),
            ("Designability", "X"), ("self-consistent TM-score", "X"), ("scTM", "X"), ("ESMFold", "M"),
            ("ProteinGym", "D"), ("zero-shot Spearman correlation", "X"), ("ThermoMPNN", "M"),
        ],
        "results": [
            ("plateaued near 55%", "sequence recovery", 55, "%", "CATH 4.2", None),
            ("sequence recovery of 61.8%", "sequence recovery", 61.8, "%", "CATH 4.2", "Seqwelder"),
            ("+3.2", "sequence recovery", 3.2, "points", "CATH 4.2", "Seqwelder"),
            ("+7.4", "sequence recovery", 7.4, "points", "CATH 4.2", "Seqwelder"),
            ("perplexity of 3.87", "perplexity", 3.87, None, "CATH 4.2", "Seqwelder"),
            ("sequence recovery reaches 64.1%", "sequence recovery", 64.1, "%", "TS50", "Seqwelder"),
            ("67.0%", "sequence recovery", 67.0, "%", "TS500", "Seqwelder"),
            ("is 92%", "designability", 92, "%", "CATH", "Seqwelder"),
            ("86%", "designability", 86, "%", "CATH", "ProteinMPNN"),
            ("zero-shot Spearman correlation of Seqwelder with measured ΔΔG is 0.52", "zero-shot Spearman correlation",
             0.52, None, "ProteinGym", "Seqwelder"),
            ("within 0.02", "zero-shot Spearman correlation", 0.02, None, "ProteinGym", "Seqwelder"),
            ("training Seqwelder takes 14 GPU-hours", "training time", 14, "GPU-h", None, "Seqwelder"),
            ("5× less", "training time", 5, "×", None, "Seqwelder"),
        ],
    },
    {
        "field": "science",
        "title": "Tamarind: A Time-Aware Foundation Model for Structured Electronic Health Records",
        "text": (
            "Foundation models pretrained on structured electronic health records (EHRs) could reduce the labelled "
            "data needed for each new clinical prediction task, but their benefit over strong tabular baselines "
            "remains contested. We present Tamarind, a decoder-only Transformer that represents each patient as a "
            "sequence of coded events with continuous time embeddings and is pretrained by next-event prediction on "
            "2.6 million de-identified patients from MIMIC-IV and a US academic health system (2008–2022). We release "
            "two sizes, Tamarind-120M and Tamarind-1B. On the 15 tasks of the EHRSHOT benchmark, Tamarind-1B obtains "
            "a macro-averaged AUROC of 0.812 (95% CI 0.804–0.820) with all available labels, against 0.794 for "
            "CLMBR-T-base and 0.781 for a tuned LightGBM, and it ranks first on 12 of the 15 tasks. Gains are largest "
            "when labels are scarce: with 32 labelled examples per task, Tamarind improves macro-AUROC by 4.6 points "
            "over CLMBR-T-base (p < 0.001, paired bootstrap). For in-hospital mortality prediction on eICU-CRD, which "
            "was never seen during pretraining, Tamarind-1B reaches 0.871 AUROC and 0.412 AUPRC, whereas "
            "Tamarind-120M trails by 0.9 AUROC points. Calibration was acceptable (expected calibration error 0.021) "
            "but degraded for patients over 80. We caution that the health-system cohort is not publicly available "
            "and that our subgroup analyses were underpowered; code and the Tamarind-120M weights are released."
        ),
        "spans": [
            ("Tamarind", "M"), ("Transformer", "M"), ("next-event prediction", "M"), ("MIMIC-IV", "D"),
            ("Tamarind-120M", "M"), ("Tamarind-1B", "M"), ("EHRSHOT", "D"), ("macro-averaged AUROC", "X"),
            ("CLMBR-T-base", "M"), ("LightGBM", "M"), ("macro-AUROC", "X"), ("in-hospital mortality prediction", "T"),
            ("eICU-CRD", "D"), ("AUROC", "X"), ("AUPRC", "X"), ("expected calibration error", "X"),
        ],
        "results": [
            ("macro-averaged AUROC of 0.812", "macro-averaged AUROC", 0.812, None, "EHRSHOT", "Tamarind-1B"),
            ("0.794", "macro-averaged AUROC", 0.794, None, "EHRSHOT", "CLMBR-T-base"),
            ("0.781", "macro-averaged AUROC", 0.781, None, "EHRSHOT", "LightGBM"),
            ("ranks first on 12 of the 15 tasks", "tasks ranked first", 12, None, "EHRSHOT", "Tamarind-1B"),
            ("macro-AUROC by 4.6 points", "macro-AUROC", 4.6, "points", None, "Tamarind"),
            ("0.871 AUROC", "AUROC", 0.871, None, "eICU-CRD", "Tamarind-1B"),
            ("0.412 AUPRC", "AUPRC", 0.412, None, "eICU-CRD", "Tamarind-1B"),
            ("trails by 0.9 AUROC points", "AUROC", 0.9, "points", "eICU-CRD", "Tamarind-120M"),
            ("expected calibration error 0.021", "expected calibration error", 0.021, None, None, None),
        ],
    },
    # ------------------------------------------------------------ robotics
    {
        "field": "robotics",
        "title": "TendrilVLA: Action Chunking with a Flow-Matching Expert for Fast Vision-Language-Action Policies",
        "text": (
            "Vision-language-action (VLA) models inherit broad semantic knowledge from pretrained vision-language "
            "models but remain slow and imprecise at the action level. We introduce TendrilVLA, a 3.1B-parameter VLA "
            "that attaches a flow-matching action expert to a PaliGemma backbone and predicts 50-step action chunks "
            "with 4 denoising steps. TendrilVLA is trained on the Open X-Embodiment mixture plus 200 hours of our own "
            "teleoperated data. Across the four LIBERO suites (Spatial, Object, Goal, Long), TendrilVLA achieves an "
            "average success rate of 96.3%, compared with 94.2% for π0 and 76.5% for OpenVLA. On LIBERO-Long alone, "
            "the success rate of TendrilVLA is 92.0% (+6.8 over π0). In SimplerEnv, TendrilVLA attains success rates "
            "of 71.4% and 58.3% on the Google Robot visual-matching and WidowX settings, respectively. TendrilVLA runs "
            "at a control frequency of 38 Hz on an RTX 4090, a 6.2times speedup over OpenVLA, with a peak memory of "
            "7.9 GB. On 12 real-world tasks with a Franka arm, TendrilVLA succeeds in 211 of 240 trials, outperforming "
            "Octo on 11 of the 12 tasks. Ablations show that removing action chunking lowers the LIBERO average success "
            "rate to 89.7%."
        ),
        "spans": [
            ("TendrilVLA", "M"), ("Action Chunking", "M"), ("action chunking", "M"), ("Flow-Matching", "M"),
            ("flow-matching", "M"), ("Vision-Language-Action", "M"), ("Vision-language-action", "M"), ("VLA", "M"),
            ("vision-language models", "M"), ("PaliGemma", "M"), ("Open X-Embodiment", "D"), ("LIBERO", "D"),
            ("average success rate", "X"), ("success rate", "X"), ("success rates", "X"), ("π0", "M"),
            ("OpenVLA", "M"), ("LIBERO-Long", "D"), ("SimplerEnv", "D"), ("control frequency", "X"),
            ("speedup", "X"), ("peak memory", "X"), ("Octo", "M"),
        ],
        "results": [
            ("average success rate of 96.3%", "average success rate", 96.3, "%", "LIBERO", "TendrilVLA"),
            ("94.2%", "average success rate", 94.2, "%", "LIBERO", "π0"),
            ("76.5%", "average success rate", 76.5, "%", "LIBERO", "OpenVLA"),
            ("success rate of TendrilVLA is 92.0%", "success rate", 92.0, "%", "LIBERO-Long", "TendrilVLA"),
            ("+6.8", "success rate", 6.8, "points", "LIBERO-Long", "TendrilVLA"),
            ("success rates of 71.4%", "success rate", 71.4, "%", "SimplerEnv", "TendrilVLA"),
            ("58.3%", "success rate", 58.3, "%", "SimplerEnv", "TendrilVLA"),
            ("control frequency of 38 Hz", "control frequency", 38, "Hz", None, "TendrilVLA"),
            ("6.2times speedup", "speed-up", 6.2, "×", None, "TendrilVLA"),
            ("peak memory of 7.9 GB", "peak memory", 7.9, "GB", None, "TendrilVLA"),
            ("succeeds in 211 of 240 trials", "successful trials", 211, None, None, "TendrilVLA"),
            ("outperforming Octo on 11 of the 12 tasks", "tasks won", 11, None, None, "TendrilVLA"),
            ("average success rate to 89.7%", "average success rate", 89.7, "%", "LIBERO", None),
        ],
    },
    {
        "field": "robotics",
        "title": "Spindlehand: Future Point Tracks as an Intermediate Representation for Language-Conditioned Manipulation",
        "text": (
            "A policy for language-conditioned manipulation must decide not only what to do but where things will "
            "move. Most visuomotor policies, however, map observations directly to end-effector poses and leave the "
            "dynamics of the scene implicit. We propose Spindlehand, which first predicts the future 2D tracks of 256 "
            "query points with a video diffusion model finetuned from CogVideoX-2B, and then conditions a Diffusion "
            "Transformer (DiT) action head on those tracks. The track predictor is pretrained on 180K clips from "
            "Something-Something V2 and Open X-Embodiment without action labels, so most of its learning signal comes "
            "from videos of humans and other robots. We evaluate on CALVIN and RLBench. On the CALVIN ABC→D split, "
            "which tests generalisation to an unseen environment, Spindlehand reaches an average sequence length (Avg. "
            "Len) of 4.38, compared with 4.28 for Seer and 3.27 for 3D Diffuser Actor; the success rate on the fifth "
            "instruction rises from 68.2% to 76.9%. With only 10% of the CALVIN demonstrations, Spindlehand still "
            "reaches an Avg. Len of 3.51. On 18 RLBench tasks with 100 demonstrations each, the mean success rate of "
            "Spindlehand is 84.1 ± 0.9% over three seeds (vs. 81.4% for RVT-2), and it ranks first on 11 tasks. "
            "Predicting tracks costs 61 ms per step, so its control rate is about 9 Hz: slower than RVT-2, but "
            "sufficient for the quasi-static tasks we consider. We close with failure modes involving deformable "
            "objects, where predicted tracks drift."
        ),
        "spans": [
            ("Spindlehand", "M"), ("Language-Conditioned Manipulation", "T"), ("language-conditioned manipulation", "T"),
            ("video diffusion model", "M"), ("CogVideoX-2B", "M"), ("Diffusion Transformer", "M"), ("DiT", "M"),
            ("Something-Something V2", "D"), ("Open X-Embodiment", "D"), ("CALVIN", "D"), ("RLBench", "D"),
            ("CALVIN ABC→D", "D"), ("average sequence length", "X"), ("Avg. Len", "X"), ("Seer", "M"),
            ("3D Diffuser Actor", "M"), ("success rate", "X"), ("mean success rate", "X"), ("RVT-2", "M"),
            ("control rate", "X"),
        ],
        "results": [
            ("average sequence length (Avg. Len) of 4.38", "average sequence length", 4.38, None, "CALVIN ABC→D", "Spindlehand"),
            ("4.28", "average sequence length", 4.28, None, "CALVIN ABC→D", "Seer"),
            ("3.27", "average sequence length", 3.27, None, "CALVIN ABC→D", "3D Diffuser Actor"),
            ("success rate on the fifth instruction rises from 68.2% to 76.9%", "success rate", 76.9, "%",
             "CALVIN ABC→D", "Spindlehand"),
            ("Avg. Len of 3.51", "average sequence length", 3.51, None, "CALVIN", "Spindlehand"),
            ("mean success rate of Spindlehand is 84.1", "mean success rate", 84.1, "%", "RLBench", "Spindlehand"),
            ("81.4%", "mean success rate", 81.4, "%", "RLBench", "RVT-2"),
            ("ranks first on 11 tasks", "tasks ranked first", 11, None, "RLBench", "Spindlehand"),
            ("Predicting tracks costs 61 ms", "track prediction time", 61, "ms", None, None),
            ("control rate is about 9 Hz", "control rate", 9, "Hz", None, None),
        ],
    },
    {
        "field": "robotics",
        "title": "StrataBEV: Camera-Only 3D Object Detection at 65.1 NDS with Height-Stratified Queries",
        "text": (
            "Camera-only 3D object detection in bird's-eye view (BEV) collapses the height axis early, discarding cues "
            "that separate pedestrians from poles and cars from trucks. StrataBEV replaces the single BEV query grid "
            "with three height-stratified query layers that exchange information through a light vertical attention "
            "block and share one temporal memory, following StreamPETR. With a ViT-L backbone and 1600×640 inputs, "
            "StrataBEV achieves 65.1 NDS and 57.4 mAP on nuScenes test (+1.8 NDS, +2.3 mAP over StreamPETR), a new "
            "state of the art among camera-only methods. On nuScenes val with ResNet-50 at 704×256, StrataBEV reaches "
            "56.2 NDS / 47.0 mAP while running at 24.6 FPS on an RTX 3090. Gains concentrate on tall, thin classes: "
            "StrataBEV lifts pedestrian AP from 52.3 for StreamPETR to 58.0 and traffic cone AP by 4.4 points. On the "
            "Waymo Open Dataset, StrataBEV improves LET-3D-APL from 36.9 to 40.2 in the camera-only setting. Training "
            "takes 24 epochs on 8 A100 GPUs (roughly 31 hours), and StrataBEV adds 9% latency and 0.6 GB of memory "
            "relative to StreamPETR."
        ),
        "spans": [
            ("StrataBEV", "M"), ("Camera-Only 3D Object Detection", "T"), ("Camera-only 3D object detection", "T"),
            ("NDS", "X"), ("StreamPETR", "M"), ("ViT-L", "M"), ("mAP", "X"), ("nuScenes test", "D"),
            ("nuScenes val", "D"), ("ResNet-50", "M"), ("FPS", "X"), ("AP", "X"), ("Waymo Open Dataset", "D"),
            ("LET-3D-APL", "X"), ("latency", "X"), ("memory", "X", {"only": [1]}),
        ],
        "title_results": [
            ("65.1 NDS", "NDS", 65.1, None, None, "StrataBEV"),
        ],
        "results": [
            ("65.1 NDS", "NDS", 65.1, None, "nuScenes test", "StrataBEV"),
            ("57.4 mAP", "mAP", 57.4, None, "nuScenes test", "StrataBEV"),
            ("+1.8 NDS", "NDS", 1.8, None, "nuScenes test", "StrataBEV"),
            ("+2.3 mAP", "mAP", 2.3, None, "nuScenes test", "StrataBEV"),
            ("56.2 NDS", "NDS", 56.2, None, "nuScenes val", "StrataBEV"),
            ("47.0 mAP", "mAP", 47.0, None, "nuScenes val", "StrataBEV"),
            ("24.6 FPS", "FPS", 24.6, None, "nuScenes val", "StrataBEV"),
            ("pedestrian AP from 52.3", "AP", 52.3, None, None, "StreamPETR"),
            ("to 58.0", "AP", 58.0, None, None, "StrataBEV"),
            ("traffic cone AP by 4.4 points", "AP", 4.4, "points", None, "StrataBEV"),
            ("LET-3D-APL from 36.9 to 40.2", "LET-3D-APL", 40.2, None, "Waymo Open Dataset", "StrataBEV"),
            ("roughly 31 hours", "training time", 31, "h", None, None),
            ("9% latency", "latency", 9, "%", None, "StrataBEV"),
            ("0.6 GB of memory", "memory", 0.6, "GB", None, "StrataBEV"),
        ],
    },
    {
        "field": "robotics",
        "title": "ShaleSplat: Compact 3D Gaussian Splatting via Layered Anchor Codebooks",
        "text": (
            "3D Gaussian Splatting (3DGS) has made real-time novel view synthesis practical, but a single unbounded "
            "scene often needs several million Gaussians and hundreds of megabytes of storage. Anchor-based methods "
            "such as Scaffold-GS reduce this redundancy, yet their per-anchor features remain uncompressed. ShaleSplat "
            "organises anchors into a layered hierarchy and quantises their features with residual codebooks learned "
            "jointly with rendering, while a small context model drives entropy coding of the codebook indices. We "
            "evaluate on Mip-NeRF 360, Tanks and Temples and Deep Blending, following the train/test splits of 3DGS. "
            "ShaleSplat obtains PSNRs of 27.71 dB, 24.02 dB and 30.41 dB on the three datasets, respectively, staying "
            "within 0.1 dB of Scaffold-GS on each. On Mip-NeRF 360, the average storage of ShaleSplat is 16.3 MB, "
            "against 734 MB for 3DGS and 248 MB for Scaffold-GS, a 45× compression ratio with respect to 3DGS, and "
            "its SSIM of 0.815 exceeds that of HAC (0.809). ShaleSplat also achieves the best LPIPS among compact "
            "representations on 2 of the 3 datasets. Rendering speed remains real-time at 142 FPS at 1080p, and "
            "training a scene takes about 38 minutes on one RTX 4090, 1.4× longer than 3DGS. We also observe that the "
            "gains shrink on scenes with strong view-dependent effects, where codebook capacity becomes the "
            "bottleneck."
        ),
        "spans": [
            ("ShaleSplat", "M"), ("3D Gaussian Splatting", "M"), ("3DGS", "M"), ("novel view synthesis", "T"),
            ("Scaffold-GS", "M"), ("entropy coding", "M"), ("Mip-NeRF 360", "D"), ("Tanks and Temples", "D"),
            ("Deep Blending", "D"), ("PSNRs", "X"), ("average storage", "X"), ("compression ratio", "X"),
            ("SSIM", "X"), ("HAC", "M"), ("LPIPS", "X"), ("Rendering speed", "X"),
        ],
        "results": [
            ("PSNRs of 27.71 dB", "PSNR", 27.71, "dB", "Mip-NeRF 360", "ShaleSplat"),
            ("24.02 dB", "PSNR", 24.02, "dB", "Tanks and Temples", "ShaleSplat"),
            ("30.41 dB", "PSNR", 30.41, "dB", "Deep Blending", "ShaleSplat"),
            ("within 0.1 dB", "PSNR", 0.1, "dB", None, "ShaleSplat"),
            ("average storage of ShaleSplat is 16.3 MB", "average storage", 16.3, "MB", "Mip-NeRF 360", "ShaleSplat"),
            ("734 MB", "average storage", 734, "MB", "Mip-NeRF 360", "3DGS"),
            ("248 MB", "average storage", 248, "MB", "Mip-NeRF 360", "Scaffold-GS"),
            ("45× compression ratio", "compression ratio", 45, "×", "Mip-NeRF 360", "ShaleSplat"),
            ("SSIM of 0.815", "SSIM", 0.815, None, "Mip-NeRF 360", "ShaleSplat"),
            ("0.809", "SSIM", 0.809, None, "Mip-NeRF 360", "HAC"),
            ("best LPIPS among compact representations on 2 of the 3 datasets", "datasets ranked first", 2, None,
             None, "ShaleSplat"),
            ("Rendering speed remains real-time at 142 FPS", "rendering speed", 142, "FPS", None, None),
            ("training a scene takes about 38 minutes", "training time", 38, "min", None, None),
            ("1.4× longer", "training time", 1.4, "×", None, None),
        ],
    },
    {
        "field": "robotics",
        "title": "QuayNav: Remembering Where You Have Been for Vision-and-Language Navigation in Continuous Environments",
        "text": (
            "Vision-and-language navigation in continuous environments (VLN-CE) asks an agent to follow free-form "
            "instructions through unseen 3D scenes using only egocentric observations. Recent video-based navigators "
            "such as NaVid and Uni-NaVid map monocular RGB video directly to low-level actions, but they compress "
            "history so aggressively that agents revisit rooms and lose track of their progress through the "
            "instruction. QuayNav keeps a sparse topological memory of visited viewpoints, each summarised by 16 "
            "visual tokens, and lets a Qwen2-VL-7B backbone attend to it alongside the current frame. We fine-tune on "
            "320K instruction-trajectory pairs from R2R-CE and RxR-CE with DAgger-style data aggregation. On the "
            "R2R-CE val-unseen split, QuayNav achieves a success rate (SR) of 58.6% and an SPL of 51.2%, outperforming "
            "Uni-NaVid by 4.1% SR and NaVILA by 3.2% SR; navigation error (NE) decreases from 5.22 m to 4.47 m. "
            "Cross-dataset transfer is more modest: trained only on R2R-CE, QuayNav reaches 32.4 SR and 49.8 nDTW on "
            "RxR-CE val-unseen (95% CI for SR: 30.9-33.9). QuayNav also lowers the revisit rate, the fraction of "
            "episodes in which the agent re-enters a room it has already left, by 37% relative to NaVid. Deployed "
            "zero-shot on a Unitree Go2 quadruped in 3 office buildings, QuayNav retains 88% of its simulated success "
            "rate across 60 instructions. We caution that the real-world trials are few and that all simulated results "
            "inherit the discrete collision model of the Habitat simulator."
        ),
        "spans": [
            ("QuayNav", "M"), ("Vision-and-Language Navigation in Continuous Environments", "T"),
            ("Vision-and-language navigation in continuous environments", "T"), ("VLN-CE", "T"),
            ("NaVid", "M"), ("Uni-NaVid", "M"), ("Qwen2-VL-7B", "M"), ("R2R-CE", "D"), ("RxR-CE", "D"),
            ("DAgger", "M"), ("R2R-CE val-unseen", "D"), ("success rate", "X"), ("SR", "X"), ("SPL", "X"),
            ("NaVILA", "M"), ("navigation error", "X"), ("NE", "X"), ("nDTW", "X"), ("RxR-CE val-unseen", "D"),
            ("revisit rate", "X"),
        ],
        "results": [
            ("success rate (SR) of 58.6%", "success rate", 58.6, "%", "R2R-CE val-unseen", "QuayNav"),
            ("SPL of 51.2%", "SPL", 51.2, "%", "R2R-CE val-unseen", "QuayNav"),
            ("4.1% SR", "success rate", 4.1, "%", "R2R-CE val-unseen", "QuayNav"),
            ("3.2% SR", "success rate", 3.2, "%", "R2R-CE val-unseen", "QuayNav"),
            ("navigation error (NE) decreases from 5.22 m to 4.47 m", "navigation error", 4.47, "m",
             "R2R-CE val-unseen", "QuayNav"),
            ("32.4 SR", "success rate", 32.4, None, "RxR-CE val-unseen", "QuayNav"),
            ("49.8 nDTW", "nDTW", 49.8, None, "RxR-CE val-unseen", "QuayNav"),
            ("revisit rate, the fraction of episodes in which the agent re-enters a room it has already left, by 37%",
             "revisit rate reduction", 37, "%", None, "QuayNav"),
            ("retains 88% of its simulated success rate", "relative success rate", 88, "%", None, "QuayNav"),
        ],
    },
]
