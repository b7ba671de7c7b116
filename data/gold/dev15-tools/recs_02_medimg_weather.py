"""dev15 records: medimg (6) and weather (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["SpheroSeg", "RadiaScribe", "PellucidReg", "SkeinGlio", "PathoRune", "PolypRift",
          "Stratoformer", "SpindleCast", "RoadWeave", "SentiLoom", "Rainpulse", "PolarDown"]

RECS = [
    # ------------------------------------------------------------ medimg
    {
        "field": "medimg",
        "title": "SpheroSeg: Linear-Time Spherical Token Routing for 3D Medical Image Segmentation",
        "text": (
            r"Transformer-based 3D medical image segmentation is limited by the quadratic cost of attention over "
            r"volumetric tokens, so hybrid models such as nnFormer, UNETR and Swin UNETR operate on coarse patches "
            r"that blur thin structures like the pancreas and the gallbladder. We introduce SpheroSeg, a hybrid "
            r"CNN-Transformer that routes each token to $k=16$ neighbours sampled on a learned sphere around it, "
            r"giving $\mathcal{O}(n)$ time and memory in the number of voxels $n$. A lightweight boundary head is "
            r"trained jointly with a Dice-CE loss. Performance is measured by the Dice similarity coefficient (DSC) "
            r"and the 95th-percentile Hausdorff distance (HD95) on three benchmarks: Synapse multi-organ CT (30 "
            r"scans, 8 organs), ACDC cardiac MRI, and AMOS. On Synapse, SpheroSeg reaches an average DSC of "
            r"$\mathbf{85.9}$\% and an HD95 of $9.41$ mm, against 83.1\%/13.6 mm for nnFormer and 84.2\%/11.2 mm "
            r"for nnU-Net. On ACDC, SpheroSeg obtains an average DSC of $92.8$\% (+0.7\% over MedNeXt). Pancreas "
            r"Dice, the hardest class, improves by $4.6$ points. SpheroSeg has $31.2$M parameters and needs "
            r"$\sim$190 GFLOPs per $96^3$ crop, which is 2.3$\times$ fewer FLOPs than Swin UNETR, and it trains in "
            r"${\sim}11$ hours on a single A100. With only 10\% of the AMOS labels, SpheroSeg stays within $1.4$ "
            r"points of its fully supervised mean DSC. Code and weights are released."
        ),
        "spans": [
            ("SpheroSeg", "M"), ("Transformer", "M"),
            ("3D medical image segmentation", "T"), ("3D Medical Image Segmentation", "T"),
            ("nnFormer", "M"), ("UNETR", "M"), ("Swin UNETR", "M"), ("CNN", "M"),
            ("Dice", "X", {"skip": [0]}), ("Dice similarity coefficient", "X"), ("DSC", "X"),
            ("95th-percentile Hausdorff distance", "X"), ("HD95", "X"),
            ("Synapse", "D"), ("ACDC", "D"), ("AMOS", "D"),
            ("average DSC", "X"), ("nnU-Net", "M"), ("MedNeXt", "M"),
            ("GFLOPs", "X"), ("FLOPs", "X"), ("mean DSC", "X"),
        ],
        "results": [
            (r"average DSC of $\mathbf{85.9}$\%", "average DSC", 85.9, "%", "Synapse", "SpheroSeg"),
            (r"HD95 of $9.41$ mm", "HD95", 9.41, "mm", "Synapse", "SpheroSeg"),
            (r"83.1\%", "average DSC", 83.1, "%", "Synapse", "nnFormer"),
            ("13.6 mm", "HD95", 13.6, "mm", "Synapse", "nnFormer"),
            (r"84.2\%", "average DSC", 84.2, "%", "Synapse", "nnU-Net"),
            ("11.2 mm", "HD95", 11.2, "mm", "Synapse", "nnU-Net"),
            (r"average DSC of $92.8$\%", "average DSC", 92.8, "%", "ACDC", "SpheroSeg"),
            (r"+0.7\%", "average DSC", 0.7, "%", "ACDC", "SpheroSeg"),
            ("Dice, the hardest class, improves by $4.6$ points", "Dice", 4.6, "points", None, None),
            ("190 GFLOPs", "FLOPs", 190, "G", None, "SpheroSeg"),
            (r"2.3$\times$ fewer FLOPs", "FLOPs reduction", 2.3, "×", None, "SpheroSeg"),
            (r"trains in ${\sim}11$ hours", "training time", 11, "h", None, "SpheroSeg"),
            ("within $1.4$ points of its fully supervised mean DSC", "mean DSC", 1.4, "points", "AMOS", "SpheroSeg"),
        ],
    },
    {
        "field": "medimg",
        "title": "RadiaScribe: Region-Memory Grounding for Faithful Chest X-ray Report Generation",
        "text": (
            "Automated radiology report generation (RRG) must describe findings faithfully, yet models trained "
            "with next-token likelihood often hallucinate absent abnormalities or omit subtle ones. We present "
            "RadiaScribe, a report generator that first retrieves region-level memories from an anatomy-aware "
            "image encoder and then conditions a Vicuna-7B decoder on them through gated cross-attention. After "
            "supervised fine-tuning, a clinical reward based on entity matching is optimized with GRPO. "
            "Experiments follow the official splits of MIMIC-CXR and IU X-Ray. On MIMIC-CXR, RadiaScribe obtains "
            "BLEU-1/BLEU-4/METEOR/ROUGE-L of 0.431/0.142/0.187/0.318, compared with 0.402/0.118/0.161/0.291 for "
            "R2GenGPT and 0.425/0.135/0.179/0.309 for MAIRA-2. Clinical "
            "efficacy improves more markedly: CheXbert F1 reaches 0.512 (micro-averaged over 14 observations), "
            "RadGraph F1 0.297 and GREEN 0.384. On IU X-Ray, evaluated zero-shot, BLEU-4 is 0.171 and ROUGE-L "
            "0.377. In a reader study, two board-certified radiologists preferred RadiaScribe reports over MAIRA-2 "
            "reports in 63% of 200 paired cases, and the clinically significant error rate fell from 0.44 to 0.26 "
            "per report. Ablations show that the region memory alone contributes 3.9 points of CheXbert F1."
        ),
        "spans": [
            ("RadiaScribe", "M"), ("Chest X-ray Report Generation", "T"),
            ("radiology report generation", "T"), ("RRG", "T"),
            ("Vicuna-7B", "M"), ("gated cross-attention", "M"), ("supervised fine-tuning", "M"), ("GRPO", "M"),
            ("MIMIC-CXR", "D"), ("IU X-Ray", "D"),
            ("BLEU-1", "X"), ("BLEU-4", "X"), ("METEOR", "X"), ("ROUGE-L", "X"),
            ("R2GenGPT", "M"), ("MAIRA-2", "M"),
            ("CheXbert F1", "X"), ("RadGraph F1", "X"), ("GREEN", "X"),
            ("clinically significant error rate", "X"),
        ],
        "results": [
            ("0.431", "BLEU-1", 0.431, None, "MIMIC-CXR", "RadiaScribe"),
            ("0.142", "BLEU-4", 0.142, None, "MIMIC-CXR", "RadiaScribe"),
            ("0.187", "METEOR", 0.187, None, "MIMIC-CXR", "RadiaScribe"),
            ("0.318", "ROUGE-L", 0.318, None, "MIMIC-CXR", "RadiaScribe"),
            ("0.402", "BLEU-1", 0.402, None, "MIMIC-CXR", "R2GenGPT"),
            ("0.118", "BLEU-4", 0.118, None, "MIMIC-CXR", "R2GenGPT"),
            ("0.161", "METEOR", 0.161, None, "MIMIC-CXR", "R2GenGPT"),
            ("0.291", "ROUGE-L", 0.291, None, "MIMIC-CXR", "R2GenGPT"),
            ("0.425", "BLEU-1", 0.425, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.135", "BLEU-4", 0.135, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.179", "METEOR", 0.179, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.309", "ROUGE-L", 0.309, None, "MIMIC-CXR", "MAIRA-2"),
            ("CheXbert F1 reaches 0.512", "CheXbert F1", 0.512, None, None, None),
            ("RadGraph F1 0.297", "RadGraph F1", 0.297, None, None, None),
            ("GREEN 0.384", "GREEN", 0.384, None, None, None),
            ("BLEU-4 is 0.171", "BLEU-4", 0.171, None, "IU X-Ray", None),
            ("ROUGE-L 0.377", "ROUGE-L", 0.377, None, "IU X-Ray", None),
            ("63% of 200 paired cases", "win rate", 63, "%", None, "RadiaScribe"),
            ("clinically significant error rate fell from 0.44 to 0.26", "clinically significant error rate",
             0.26, None, None, "RadiaScribe"),
            ("3.9 points of CheXbert F1", "CheXbert F1", 3.9, "points", None, None),
        ],
    },
    {
        "field": "medimg",
        "title": "PellucidReg: Diffeomorphic Image Registration by Pyramidal Flow Matching without Regularization Tuning",
        "text": (
            r"Deformable image registration aligns anatomical structures across scans and underpins atlas-based "
            r"analysis and longitudinal studies. Learning-based methods such as VoxelMorph, TransMorph and "
            r"DiffuseMorph predict a displacement field in a single forward pass, but they trade alignment for "
            r"smoothness: folding is suppressed only through a regularization weight $\lambda$ that must be tuned "
            r"for every dataset. We propose PellucidReg, which casts registration as flow matching between the "
            r"moving and the fixed image over a coarse-to-fine pyramid of stationary velocity fields; integrating "
            r"each field by scaling and squaring yields diffeomorphisms by construction, so no $\lambda$ is "
            r"required. We evaluate inter-subject registration of brain MRI on OASIS and LPBA40 and of cardiac cine "
            r"MRI on ACDC. On OASIS (Learn2Reg 2021 Task 3), PellucidReg attains a Dice of 0.829$\pm$0.014, an "
            r"HD95 of $1.71$ mm and a folding rate below 0.01\%, whereas TransMorph gives $0.816$, 1.93 mm and "
            r"0.58\%. On LPBA40, Dice improves from 0.712 to 0.738; on ACDC it reaches $0.801$ (vs.\ $0.774$ for "
            r"VoxelMorph-diff). PellucidReg inference takes $0.31$ s per $160\times192\times224$ volume pair on an "
            r"RTX A6000, about 40$\times$ faster than the iterative SyN in ANTs, while using 38\% fewer parameters "
            r"than TransMorph. Without the pyramid, Dice drops by 1.2 points on OASIS."
        ),
        "spans": [
            ("PellucidReg", "M"), ("Diffeomorphic Image Registration", "T"), ("Flow Matching", "M"),
            ("Deformable image registration", "T"), ("registration", "T"), ("inter-subject registration", "T"),
            ("VoxelMorph", "M"), ("TransMorph", "M"), ("DiffuseMorph", "M"), ("flow matching", "M"),
            ("scaling and squaring", "M"), ("OASIS", "D"), ("LPBA40", "D"), ("ACDC", "D"),
            ("Learn2Reg 2021 Task 3", "D"), ("Dice", "X"), ("HD95", "X"), ("folding rate", "X"),
            ("VoxelMorph-diff", "M"), ("SyN", "M"), ("parameters", "X"),
        ],
        "results": [
            (r"Dice of 0.829$\pm$0.014", "Dice", 0.829, None, "OASIS", "PellucidReg"),
            (r"HD95 of $1.71$ mm", "HD95", 1.71, "mm", "OASIS", "PellucidReg"),
            (r"folding rate below 0.01\%", "folding rate", 0.01, "%", "OASIS", "PellucidReg"),
            ("0.816", "Dice", 0.816, None, "OASIS", "TransMorph"),
            ("1.93 mm", "HD95", 1.93, "mm", "OASIS", "TransMorph"),
            (r"0.58\%", "folding rate", 0.58, "%", "OASIS", "TransMorph"),
            ("Dice improves from 0.712 to 0.738", "Dice", 0.738, None, "LPBA40", None),
            ("0.801", "Dice", 0.801, None, "ACDC", None),
            ("0.774", "Dice", 0.774, None, "ACDC", "VoxelMorph-diff"),
            ("inference takes $0.31$ s", "inference time", 0.31, "s", None, "PellucidReg"),
            (r"40$\times$ faster", "speed-up", 40, "×", None, "PellucidReg"),
            (r"38\% fewer parameters", "parameter reduction", 38, "%", None, "PellucidReg"),
            ("Dice drops by 1.2 points", "Dice", 1.2, "points", "OASIS", None),
        ],
    },
    {
        "field": "medimg",
        "title": "SkeinGlio: Cross-Sequence Prompt Distillation for Robust Brain Tumor Segmentation under Missing MRI Modalities",
        "text": (
            "Brain tumor segmentation from multi-parametric MRI is important for diagnosis and for planning of "
            "treatment, however in clinical practice one or more of the four sequences (T1, T1ce, T2, FLAIR) is "
            "often missing. Existing methods like RFNet, mmFormer and M3AE are suffering big degradation when T1ce "
            "is absent, because the enhancing tumor is mostly visible only in this sequence. In this paper we "
            "propose SkeinGlio, a framework which learn a set of sequence prompts in a teacher with full modalities "
            "and transfer them to a student by prompt distillation, so that the student can recover the missing "
            "information in the feature space. We conduct extensive experiments on BraTS 2021 and BraTS 2023 GLI "
            "datasets under all 15 possible missing-modality combinations. Averaged over the 15 combinations on "
            "BraTS 2021, SkeinGlio obtain Dice of 89.6%, 80.3% and 67.9% for whole tumor (WT), tumor core (TC) and "
            "enhancing tumor (ET) respectively; mmFormer obtain 86.1%, 72.4%, 58.6%; M3AE obtain 87.8%, 76.9%, "
            "62.1%. When only FLAIR is available, the ET Dice is improved from 41.7% to 55.2%, which is the largest "
            "gain. On BraTS 2023 GLI our method surpass the second best method in 13 of 15 combinations and the "
            "mean HD95 is reduced by 2.84 mm. In addition the student is 3.1 times faster than the teacher at "
            "inference, because it use only the available sequences. The code will be open-sourced soon."
        ),
        "spans": [
            ("SkeinGlio", "M"), ("Prompt Distillation", "M"), ("Brain Tumor Segmentation", "T"),
            ("Brain tumor segmentation", "T"), ("RFNet", "M"), ("mmFormer", "M"), ("M3AE", "M"),
            ("prompt distillation", "M"), ("BraTS 2021", "D"), ("BraTS 2023 GLI", "D"),
            ("Dice", "X"), ("mean HD95", "X"),
        ],
        "results": [
            ("Dice of 89.6%", "Dice", 89.6, "%", "BraTS 2021", "SkeinGlio"),
            ("80.3%", "Dice", 80.3, "%", "BraTS 2021", "SkeinGlio"),
            ("67.9%", "Dice", 67.9, "%", "BraTS 2021", "SkeinGlio"),
            ("86.1%", "Dice", 86.1, "%", "BraTS 2021", "mmFormer"),
            ("72.4%", "Dice", 72.4, "%", "BraTS 2021", "mmFormer"),
            ("58.6%", "Dice", 58.6, "%", "BraTS 2021", "mmFormer"),
            ("87.8%", "Dice", 87.8, "%", "BraTS 2021", "M3AE"),
            ("76.9%", "Dice", 76.9, "%", "BraTS 2021", "M3AE"),
            ("62.1%", "Dice", 62.1, "%", "BraTS 2021", "M3AE"),
            ("Dice is improved from 41.7% to 55.2%", "Dice", 55.2, "%", None, None),
            ("13 of 15 combinations", "combinations won", 13, None, "BraTS 2023 GLI", None),
            ("mean HD95 is reduced by 2.84 mm", "mean HD95 reduction", 2.84, "mm", "BraTS 2023 GLI", None),
            ("3.1 times faster", "speed-up", 3.1, "×", None, None),
        ],
    },
    {
        "field": "medimg",
        "title": "PathoRune: Prototype Tokens for Site-Robust Whole-Slide Image Classification",
        "text": (
            "Multiple instance learning (MIL) over frozen patch encoders has become the default recipe for "
            "whole-slide image classification, but learned pooling tends to concentrate on a handful of patches "
            "and generalizes poorly across hospitals. We ask whether a small set of learnable morphological "
            "prototypes can act as a more stable bottleneck. PathoRune clusters patch embeddings from a frozen UNI "
            "encoder into 32 prototypes per slide and reasons over the prototype tokens with a two-layer "
            "Transformer. We evaluate on three tasks: metastasis detection on CAMELYON16; lung cancer subtyping on "
            "TCGA-NSCLC; and Gleason grading on PANDA, averaging over five folds. On CAMELYON16 PathoRune reaches "
            "an AUC of 0.981 and an accuracy of 94.6%; on TCGA-NSCLC the AUC is 0.968; on PANDA the quadratic "
            "weighted kappa (QWK) is 0.927. These numbers are close to, though not uniformly above, the strongest "
            "baselines, listed as CAMELYON16 AUC / TCGA-NSCLC AUC / PANDA QWK: ABMIL 0.962 / 0.951 / 0.911; "
            "TransMIL 0.957 / 0.959 / 0.903; CLAM-SB 0.968 / 0.955 / 0.915. The clearest benefit appears under "
            "site shift: trained on TCGA and tested on the external CPTAC cohort, PathoRune loses only 2.1 AUC "
            "points, against 6.8 for ABMIL. Replacing UNI with CONCH changes AUC by less than 0.5 points. "
            "Inference uses 1.9 GB of GPU memory per slide, compared with 5.6 GB for TransMIL. We caution that "
            "PANDA labels are noisy and that differences of this size may not survive prospective validation."
        ),
        "spans": [
            ("PathoRune", "M"), ("Whole-Slide Image Classification", "T"), ("whole-slide image classification", "T"),
            ("Multiple instance learning", "M"), ("MIL", "M"), ("UNI", "M"), ("Transformer", "M"),
            ("metastasis detection", "T"), ("CAMELYON16", "D"), ("lung cancer subtyping", "T"),
            ("TCGA-NSCLC", "D"), ("Gleason grading", "T"), ("PANDA", "D"), ("AUC", "X"), ("accuracy", "X"),
            ("quadratic weighted kappa", "X"), ("QWK", "X"), ("ABMIL", "M"), ("TransMIL", "M"),
            ("CLAM-SB", "M"), ("TCGA", "D"), ("CPTAC", "D"), ("CONCH", "M"), ("GPU memory", "X"),
        ],
        "results": [
            ("AUC of 0.981", "AUC", 0.981, None, "CAMELYON16", "PathoRune"),
            ("accuracy of 94.6%", "accuracy", 94.6, "%", "CAMELYON16", "PathoRune"),
            ("AUC is 0.968", "AUC", 0.968, None, "TCGA-NSCLC", "PathoRune"),
            ("quadratic weighted kappa (QWK) is 0.927", "quadratic weighted kappa", 0.927, None, "PANDA", "PathoRune"),
            ("0.962", "AUC", 0.962, None, "CAMELYON16", "ABMIL"),
            ("0.951", "AUC", 0.951, None, "TCGA-NSCLC", "ABMIL"),
            ("0.911", "quadratic weighted kappa", 0.911, None, "PANDA", "ABMIL"),
            ("0.957", "AUC", 0.957, None, "CAMELYON16", "TransMIL"),
            ("0.959", "AUC", 0.959, None, "TCGA-NSCLC", "TransMIL"),
            ("0.903", "quadratic weighted kappa", 0.903, None, "PANDA", "TransMIL"),
            ("0.968", "AUC", 0.968, None, "CAMELYON16", "CLAM-SB", {"occ": 1}),
            ("0.955", "AUC", 0.955, None, "TCGA-NSCLC", "CLAM-SB"),
            ("0.915", "quadratic weighted kappa", 0.915, None, "PANDA", "CLAM-SB"),
            ("2.1 AUC points", "AUC", 2.1, "points", "CPTAC", "PathoRune"),
            ("6.8", "AUC", 6.8, "points", "CPTAC", "ABMIL"),
            ("AUC by less than 0.5 points", "AUC", 0.5, "points", None, None),
            ("1.9 GB of GPU memory", "GPU memory", 1.9, "GB", None, None),
            ("5.6 GB", "GPU memory", 5.6, "GB", None, "TransMIL"),
        ],
    },
    {
        "field": "medimg",
        "title": "PolypRift: Polyp Segmentation in 7 ms per Frame with Frequency-Aware Boundary Refinement",
        "text": (
            "Colonoscopy requires polyp segmentation that runs in real time on endoscopy hardware, yet the most "
            "accurate models on the public benchmarks (PraNet, Polyp-PVT, CASCADE, EMCAD) are either slow or fail "
            "on images from unseen centres. PolypRift is a 3.8M-parameter encoder-decoder on a MobileNetV4 "
            "backbone, with a frequency-aware boundary refinement (FABR) module that sharpens edges using "
            "high-pass wavelet features and a test-time normalization that adapts batch statistics to each video. "
            "Following the standard protocol, we train on 900 Kvasir-SEG and 550 CVC-ClinicDB images and test on "
            "five datasets: Kvasir-SEG, CVC-ClinicDB, CVC-ColonDB, ETIS-LaribPolypDB and CVC-300. mDice on the "
            "seen datasets: 0.923 (Kvasir-SEG), 0.941 (CVC-ClinicDB). Unseen datasets are the real test. "
            "PolypRift gets 0.812 mDice on CVC-ColonDB and 0.789 on ETIS, beating Polyp-PVT (0.808 and 0.787) by "
            "small margins and PraNet (0.709 / 0.628) by a wide one. Mean IoU over all five sets is 0.801, second "
            "only to EMCAD (0.806), which needs 6.4× more FLOPs. PolypRift is the best model on 7 of 10 "
            "dataset-metric pairs. On a Jetson Orin Nano the model processes 352×352 frames at 63 FPS. FABR alone "
            "adds +2.6% mDice on ETIS. Failure cases, mostly flat sessile polyps, are discussed."
        ),
        "spans": [
            ("PolypRift", "M"), ("Polyp Segmentation", "T"), ("Frequency-Aware Boundary Refinement", "M"),
            ("polyp segmentation", "T"), ("PraNet", "M"), ("Polyp-PVT", "M"), ("CASCADE", "M"), ("EMCAD", "M"),
            ("MobileNetV4", "M"), ("frequency-aware boundary refinement", "M"), ("FABR", "M"),
            ("Kvasir-SEG", "D"), ("CVC-ClinicDB", "D"), ("CVC-ColonDB", "D"), ("ETIS-LaribPolypDB", "D"),
            ("ETIS", "D"), ("CVC-300", "D"), ("mDice", "X"), ("Mean IoU", "X"), ("FLOPs", "X"), ("FPS", "X"),
        ],
        "title_results": [
            ("7 ms per Frame", "latency", 7, "ms", None, "PolypRift"),
        ],
        "results": [
            ("0.923", "mDice", 0.923, None, "Kvasir-SEG", None),
            ("0.941", "mDice", 0.941, None, "CVC-ClinicDB", None),
            ("0.812 mDice on CVC-ColonDB", "mDice", 0.812, None, "CVC-ColonDB", "PolypRift"),
            ("0.789 on ETIS", "mDice", 0.789, None, "ETIS-LaribPolypDB", "PolypRift"),
            ("0.808", "mDice", 0.808, None, "CVC-ColonDB", "Polyp-PVT"),
            ("0.787", "mDice", 0.787, None, "ETIS-LaribPolypDB", "Polyp-PVT"),
            ("0.709", "mDice", 0.709, None, "CVC-ColonDB", "PraNet"),
            ("0.628", "mDice", 0.628, None, "ETIS-LaribPolypDB", "PraNet"),
            ("Mean IoU over all five sets is 0.801", "mean IoU", 0.801, None, None, None),
            ("0.806", "mean IoU", 0.806, None, None, "EMCAD"),
            ("6.4× more FLOPs", "FLOPs", 6.4, "×", None, "EMCAD"),
            ("7 of 10 dataset-metric pairs", "dataset-metric pairs ranked first", 7, None, None, "PolypRift"),
            ("63 FPS", "throughput", 63, "FPS", None, None),
            ("+2.6% mDice", "mDice", 2.6, "%", "ETIS-LaribPolypDB", "FABR"),
        ],
    },
    # ------------------------------------------------------------ weather
    {
        "field": "weather",
        "title": r"Stratoformer: Pressure-Level Factorized Attention for Medium-Range Weather Forecasting at $0.25^\circ$",
        "text": (
            r"Data-driven weather models now rival the operational IFS HRES on many headline scores, yet most treat "
            r"the 13 pressure levels as independent channels and lose vertical consistency beyond five days of lead "
            r"time. We present Stratoformer, a 1.1B-parameter transformer for medium-range weather forecasting that "
            r"factorizes attention into horizontal windows on a $0.25^\circ$ latitude--longitude grid and a dense "
            r"vertical mixer across levels. The model is trained on ERA5 reanalysis from 1979 to 2017, fine-tuned "
            r"autoregressively with rollouts of up to $k=12$ steps of 6 h, and evaluated with the WeatherBench 2 "
            r"protocol on 2020 using latitude-weighted RMSE and the anomaly correlation coefficient (ACC). "
            r"Stratoformer improves RMSE over GraphCast on 89\% of the 1,380 variable, level and lead-time targets "
            r"and over Pangu-Weather on 97\%. Z500 RMSE (m$^2$/s$^2$) at day 5 is 312 for Stratoformer, 331 for "
            r"GraphCast and 344 for IFS HRES. Stratoformer extends the Z500 skillful lead time (ACC $>0.6$) to "
            r"$10.3$ days, a gain of about $0.4$ days over GraphCast, and lowers T850 RMSE at day 10 by 4.7\% "
            r"relative to FuXi. Training took ${\sim}21$ days on 64 H100 GPUs; a 10-day global forecast is then "
            r"generated in $48$ s on a single GPU, orders of magnitude faster than running IFS HRES."
        ),
        "spans": [
            ("Stratoformer", "M"), ("Medium-Range Weather Forecasting", "T"), ("IFS HRES", "M"),
            ("transformer", "M"), ("medium-range weather forecasting", "T"), ("ERA5", "D"),
            ("WeatherBench 2", "D"), ("latitude-weighted RMSE", "X"), ("RMSE", "X"),
            ("anomaly correlation coefficient", "X"), ("ACC", "X"), ("GraphCast", "M"),
            ("Pangu-Weather", "M"), ("skillful lead time", "X"), ("FuXi", "M"),
        ],
        "results": [
            (r"89\% of the 1,380 variable, level and lead-time targets", "win rate", 89, "%", None, "Stratoformer"),
            (r"97\%", "win rate", 97, "%", None, "Stratoformer"),
            (r"RMSE (m$^2$/s$^2$) at day 5 is 312", "RMSE", 312, "m²/s²", None, "Stratoformer"),
            ("331", "RMSE", 331, "m²/s²", None, "GraphCast"),
            ("344", "RMSE", 344, "m²/s²", None, "IFS HRES"),
            (r"skillful lead time (ACC $>0.6$) to $10.3$ days", "skillful lead time", 10.3, "days", None, "Stratoformer"),
            (r"gain of about $0.4$ days", "skillful lead time", 0.4, "days", None, "Stratoformer"),
            (r"RMSE at day 10 by 4.7\%", "RMSE reduction", 4.7, "%", None, "Stratoformer"),
            (r"Training took ${\sim}21$ days", "training time", 21, "days", None, None),
            (r"generated in $48$ s", "generation time", 48, "s", None, None),
        ],
    },
    {
        "field": "weather",
        "title": "SpindleCast: Probabilistic Weather Forecasting at 15-Day Range in 90 Seconds via Latent Diffusion",
        "text": (
            "SpindleCast beats the ECMWF ensemble, IFS ENS, on 96% of WeatherBench 2 CRPS targets and GenCast on "
            "61%, at a fraction of the cost. It is a latent diffusion model that denoises all 50 members jointly in "
            "a compressed 1° latent space, while a spectral decoder restores the 0.25° fields; members are coupled "
            "through a learned covariance so that ensemble spread stays consistent with error. Headline scores for "
            "2020 (vs. GenCast; vs. IFS ENS): Z500 CRPS at 5 days, 76.4 (79.0; 92.7); 2-m temperature CRPS at 5 "
            "days, 0.412 K (0.418 K; 0.487 K); 10-m wind speed CRPS at 7 days, 1.06 m/s (1.09; 1.21). The "
            "spread-skill ratio stays between 0.97 and 1.02 at all lead times, against 0.86-0.91 for IFS ENS. For "
            "tropical cyclone tracking, SpindleCast's ensemble-mean position error at 3 days is 118 km, 23 km lower "
            "than that of IFS ENS. In a downstream wind power forecasting test over 5,000 European farms, CRPS "
            "improves by 9.8% over GenCast. Training on ERA5 (1979-2018) requires 5 days on 32 TPU v5e chips. One "
            "limitation: extreme precipitation is less well calibrated, with a Brier score at the 99th percentile "
            "3% worse than GenCast."
        ),
        "spans": [
            ("SpindleCast", "M"), ("Probabilistic Weather Forecasting", "T"), ("Latent Diffusion", "M"),
            ("IFS ENS", "M"), ("WeatherBench 2", "D"), ("CRPS", "X"), ("GenCast", "M"),
            ("latent diffusion model", "M"), ("spread-skill ratio", "X"), ("tropical cyclone tracking", "T"),
            ("ensemble-mean position error", "X"), ("wind power forecasting", "T"), ("ERA5", "D"),
            ("Brier score", "X"),
        ],
        "title_results": [
            ("90 Seconds", "latency", 90, "s", None, "SpindleCast"),
        ],
        "results": [
            ("96% of WeatherBench 2 CRPS targets", "win rate", 96, "%", "WeatherBench 2", "SpindleCast"),
            ("61%", "win rate", 61, "%", "WeatherBench 2", "SpindleCast"),
            ("CRPS at 5 days, 76.4", "CRPS", 76.4, None, None, None),
            ("79.0", "CRPS", 79.0, None, None, "GenCast"),
            ("92.7", "CRPS", 92.7, None, None, "IFS ENS"),
            ("CRPS at 5 days, 0.412 K", "CRPS", 0.412, "K", None, None),
            ("0.418 K", "CRPS", 0.418, "K", None, "GenCast"),
            ("0.487 K", "CRPS", 0.487, "K", None, "IFS ENS"),
            ("CRPS at 7 days, 1.06 m/s", "CRPS", 1.06, "m/s", None, None),
            ("1.09", "CRPS", 1.09, "m/s", None, "GenCast"),
            ("1.21", "CRPS", 1.21, "m/s", None, "IFS ENS"),
            ("spread-skill ratio stays between 0.97 and 1.02", "spread-skill ratio", 1.02, None, None, None,
             {"low": 0.97}),
            ("0.86-0.91", "spread-skill ratio", 0.91, None, None, "IFS ENS", {"low": 0.86}),
            ("ensemble-mean position error at 3 days is 118 km", "ensemble-mean position error", 118, "km", None,
             "SpindleCast"),
            ("23 km lower", "ensemble-mean position error", 23, "km", None, "SpindleCast"),
            ("CRPS improves by 9.8%", "CRPS", 9.8, "%", None, None),
            ("Training on ERA5 (1979-2018) requires 5 days", "training time", 5, "days", "ERA5", None),
            ("Brier score at the 99th percentile 3% worse", "Brier score", 3, "%", None, None),
        ],
    },
    {
        "field": "weather",
        "title": "RoadWeave: Periodicity-Aware Prompt Banks for Linear-Time Traffic Forecasting",
        "text": (
            "Traffic forecasting on road sensor networks requires modelling both recurrent daily patterns and "
            "sudden non-recurrent events such as accidents. Spatio-temporal graph neural networks (STGNNs) such as "
            "DCRNN, Graph WaveNet and MTGNN capture the former well, while recent Transformer models (STAEformer, "
            "PDFormer) have lowered errors further at a cost quadratic in the number of sensors. We propose "
            "RoadWeave, which weaves three prompt banks (time-of-day, day-of-week and node identity) into a "
            "linear-complexity spatio-temporal mixer. On METR-LA, RoadWeave reaches MAE/RMSE/MAPE of "
            "3.28/6.87/9.41% at horizon 12 (60 minutes), compared with 3.34/7.02/9.67% for STAEformer and "
            "3.53/7.37/10.01% for Graph WaveNet. On PEMS-BAY, horizon-12 MAE is 1.74 (STAEformer: 1.77). For the "
            "four PEMS datasets we report MAE averaged over 12 horizons: 14.82, 17.96, 19.03 and 13.21 on PEMS03, "
            "PEMS04, PEMS07 and PEMS08, respectively. Across the six datasets and three horizons (3, 6 and 12), "
            "RoadWeave obtains the lowest MAE in 16 of 18 settings. RoadWeave has 0.41M parameters, and one "
            "training epoch on PEMS07 (883 sensors) takes 38 s, against 171 s for STAEformer. Under a simulated "
            "30% sensor failure, RoadWeave's MAE on METR-LA degrades by only 5.2%, while MTGNN's degrades by "
            "14.6%. Data are split 7:1:2 for METR-LA and PEMS-BAY and 6:2:2 for the PEMS datasets."
        ),
        "spans": [
            ("RoadWeave", "M"), ("Traffic Forecasting", "T"), ("Traffic forecasting", "T"),
            ("Spatio-temporal graph neural networks", "M"), ("STGNNs", "M"), ("DCRNN", "M"),
            ("Graph WaveNet", "M"), ("MTGNN", "M"), ("Transformer", "M"), ("STAEformer", "M"), ("PDFormer", "M"),
            ("METR-LA", "D"), ("MAE", "X"), ("RMSE", "X"), ("MAPE", "X"), ("PEMS-BAY", "D"), ("PEMS", "D"),
            ("PEMS03", "D"), ("PEMS04", "D"), ("PEMS07", "D"), ("PEMS08", "D"),
        ],
        "results": [
            ("3.28", "MAE", 3.28, None, "METR-LA", "RoadWeave"),
            ("6.87", "RMSE", 6.87, None, "METR-LA", "RoadWeave"),
            ("9.41%", "MAPE", 9.41, "%", "METR-LA", "RoadWeave"),
            ("3.34", "MAE", 3.34, None, "METR-LA", "STAEformer"),
            ("7.02", "RMSE", 7.02, None, "METR-LA", "STAEformer"),
            ("9.67%", "MAPE", 9.67, "%", "METR-LA", "STAEformer"),
            ("3.53", "MAE", 3.53, None, "METR-LA", "Graph WaveNet"),
            ("7.37", "RMSE", 7.37, None, "METR-LA", "Graph WaveNet"),
            ("10.01%", "MAPE", 10.01, "%", "METR-LA", "Graph WaveNet"),
            ("MAE is 1.74", "MAE", 1.74, None, "PEMS-BAY", None),
            ("1.77", "MAE", 1.77, None, "PEMS-BAY", "STAEformer"),
            ("14.82", "MAE", 14.82, None, "PEMS03", None),
            ("17.96", "MAE", 17.96, None, "PEMS04", None),
            ("19.03", "MAE", 19.03, None, "PEMS07", None),
            ("13.21", "MAE", 13.21, None, "PEMS08", None),
            ("lowest MAE in 16 of 18 settings", "settings ranked first", 16, None, None, "RoadWeave"),
            ("training epoch on PEMS07 (883 sensors) takes 38 s", "epoch time", 38, "s", "PEMS07", "RoadWeave"),
            ("171 s", "epoch time", 171, "s", "PEMS07", "STAEformer"),
            ("MAE on METR-LA degrades by only 5.2%", "MAE", 5.2, "%", "METR-LA", "RoadWeave"),
            ("14.6%", "MAE", 14.6, "%", "METR-LA", "MTGNN"),
        ],
    },
    {
        "field": "weather",
        "title": "SentiLoom: Weaving Radar and Optical Time Series into One Earth Observation Foundation Model",
        "text": (
            "Earth observation foundation models are pretrained mostly on single-date optical images, so they can "
            "not exploit the temporal dynamic and the radar signal, which is available also under clouds. In this "
            "work we present SentiLoom, a foundation model pretrained with masked autoencoding on 2.1 million time "
            "series of co-registered Sentinel-1 and Sentinel-2 patches from SSL4EO-S12. The key component is a "
            "temporal-spectral mixer that interleave the tokens of the two sensors with a cost linear in the "
            "sequence length. We evaluate SentiLoom on four downstream tasks with frozen and with fine-tuned "
            "encoder: crop type mapping on PASTIS; flood mapping on Sen1Floods11; multi-label classification on "
            "BigEarthNet; and cloud removal on SEN12MS-CR. With fine-tuning, SentiLoom achieves 66.3 mIoU on "
            "PASTIS, 91.2 IoU on Sen1Floods11 and 89.7 mAP on BigEarthNet, outperforming Prithvi-EO-2.0 by 2.9, "
            "1.4 and 0.8 points respectively. In the frozen setting (linear probing) the margin is more big: +6.1 "
            "mIoU over CROMA on PASTIS. For cloud removal we obtain PSNR of 29.84 dB and SSIM of 0.891, comparable "
            "with dedicated models like UnCRtainTS (29.55 dB / 0.886). Notably, SentiLoom is still robust when half "
            "of the Sentinel-2 dates are cloudy: mIoU on PASTIS is reduced only from 66.3 to 63.9. The pretraining "
            "took 7,680 GPU hours on A100. Model weights will be released."
        ),
        "spans": [
            ("SentiLoom", "M"), ("Foundation Model", "M"), ("foundation models", "M"), ("foundation model", "M"),
            ("masked autoencoding", "M"), ("SSL4EO-S12", "D"), ("crop type mapping", "T"), ("PASTIS", "D"),
            ("flood mapping", "T"), ("Sen1Floods11", "D"), ("multi-label classification", "T"),
            ("BigEarthNet", "D"), ("cloud removal", "T"), ("SEN12MS-CR", "D"), ("mIoU", "X"), ("IoU", "X"),
            ("mAP", "X"), ("Prithvi-EO-2.0", "M"), ("linear probing", "M"), ("CROMA", "M"), ("PSNR", "X"),
            ("SSIM", "X"), ("UnCRtainTS", "M"),
        ],
        "results": [
            ("66.3 mIoU on PASTIS", "mIoU", 66.3, None, "PASTIS", "SentiLoom"),
            ("91.2 IoU on Sen1Floods11", "IoU", 91.2, None, "Sen1Floods11", "SentiLoom"),
            ("89.7 mAP on BigEarthNet", "mAP", 89.7, None, "BigEarthNet", "SentiLoom"),
            ("2.9", "mIoU", 2.9, "points", "PASTIS", "SentiLoom"),
            ("1.4", "IoU", 1.4, "points", "Sen1Floods11", "SentiLoom"),
            ("0.8 points", "mAP", 0.8, "points", "BigEarthNet", "SentiLoom"),
            ("+6.1 mIoU", "mIoU", 6.1, None, "PASTIS", None),
            ("PSNR of 29.84 dB", "PSNR", 29.84, "dB", None, None),
            ("SSIM of 0.891", "SSIM", 0.891, None, None, None),
            ("29.55 dB", "PSNR", 29.55, "dB", None, "UnCRtainTS"),
            ("0.886", "SSIM", 0.886, None, None, "UnCRtainTS"),
            ("mIoU on PASTIS is reduced only from 66.3 to 63.9", "mIoU", 63.9, None, "PASTIS", "SentiLoom"),
            ("pretraining took 7,680 GPU hours", "pretraining time", 7680, "GPU hours", None, None),
        ],
    },
    {
        "field": "weather",
        "title": "Rainpulse: 38% Higher CSI for Heavy-Rain Precipitation Nowcasting via Advection-Guided Flow Matching",
        "text": (
            "Precipitation nowcasting at lead times of one to three hours remains difficult for heavy rain. "
            "Deterministic models such as Earthformer and SimVP produce blurry fields that under-predict intense "
            "cells, while generative models such as DGMR and NowcastNet are sharper but drift in position as the "
            "lead time grows. Rainpulse approaches the problem by coupling a conditional flow matching generator "
            "with an advection prior: a learned continuity equation propagates the latest radar field, and the "
            "generator only has to model the residual growth and decay. We train on the vertically integrated "
            "liquid (VIL) sequences of SEVIR, predicting 12 frames (60 min) from 13 context frames, and on the MRMS "
            "radar mosaic for 3-hour forecasts. On SEVIR, Rainpulse reaches a mean critical success index (CSI-M) "
            "of 0.462, ahead of NowcastNet (0.431), DiffCast (0.445) and Earthformer (0.442). At the heaviest "
            "threshold (VIL ≥ 219) the CSI is 0.196 versus 0.142 for NowcastNet, and the Heidke skill score (HSS) "
            "improves in parallel. Probabilistic skill is assessed with CRPS: with 10 ensemble members the pooled "
            "CRPS is 0.0218, 14% lower than DiffCast's. On MRMS at 3 hours, the fractions skill score at 16 km "
            "reaches 0.57, whereas persistence falls to 0.31. In a blinded ranking by 11 operational forecasters, "
            "Rainpulse forecasts were chosen as most useful in 72% of 60 cases. Sampling one ensemble member takes "
            "0.9 s on an A100."
        ),
        "spans": [
            ("Rainpulse", "M"), ("CSI", "X"), ("Precipitation Nowcasting", "T"), ("Flow Matching", "M"),
            ("Precipitation nowcasting", "T"), ("Earthformer", "M"), ("SimVP", "M"), ("DGMR", "M"),
            ("NowcastNet", "M"), ("conditional flow matching", "M"), ("SEVIR", "D"), ("MRMS", "D"),
            ("mean critical success index", "X"), ("CSI-M", "X"), ("DiffCast", "M"),
            ("Heidke skill score", "X"), ("HSS", "X"), ("CRPS", "X"), ("fractions skill score", "X"),
            ("persistence", "M"),
        ],
        "title_results": [
            ("38% Higher CSI", "CSI", 38, "%", None, "Rainpulse"),
        ],
        "results": [
            ("mean critical success index (CSI-M) of 0.462", "CSI-M", 0.462, None, "SEVIR", "Rainpulse"),
            ("0.431", "CSI-M", 0.431, None, "SEVIR", "NowcastNet"),
            ("0.445", "CSI-M", 0.445, None, "SEVIR", "DiffCast"),
            ("0.442", "CSI-M", 0.442, None, "SEVIR", "Earthformer"),
            ("CSI is 0.196", "CSI", 0.196, None, None, None),
            ("0.142", "CSI", 0.142, None, None, "NowcastNet"),
            ("pooled CRPS is 0.0218", "CRPS", 0.0218, None, None, None),
            ("14% lower", "CRPS", 14, "%", None, None),
            ("fractions skill score at 16 km reaches 0.57", "fractions skill score", 0.57, None, "MRMS", None),
            ("0.31", "fractions skill score", 0.31, None, "MRMS", "persistence"),
            ("72% of 60 cases", "win rate", 72, "%", None, "Rainpulse"),
            ("Sampling one ensemble member takes 0.9 s", "sampling time", 0.9, "s", None, None),
        ],
    },
    {
        "field": "weather",
        "title": "PolarDown: Generative Downscaling of ERA5 to 5.5 km over the Arctic with Score-Based Diffusion",
        "text": (
            "Regional climate impact studies need kilometre-scale fields, but running a regional climate model at "
            "that resolution is too expensive for large ensembles. We study the downscaling of ERA5 (31 km) to the "
            "5.5 km CARRA reanalysis over the Arctic, a region where learned downscalers are rarely evaluated and "
            "where snow and sea-ice edges create sharp gradients. PolarDown is a score-based diffusion model "
            "conditioned on the coarse fields and on static topography, trained on 1991-2015 and tested on "
            "2016-2021. We compare it with bicubic interpolation, a U-Net regressor, CorrDiff and quantile mapping. "
            "For 2-m temperature, PolarDown reduces RMSE from 1.92 K (bicubic) to 0.98 K, which is similar to "
            "CorrDiff (1.01 K) and slightly worse than the U-Net (0.95 K); the U-Net, however, underestimates "
            "spatial variance by 38%, against 4% for PolarDown. For 10-m wind speed, CRPS is 0.71 m/s versus "
            "0.83 m/s for CorrDiff, and the power spectra match CARRA within 10% down to a wavelength of 12 km. "
            "Extremes are harder: the 99th-percentile bias of daily precipitation is +11% (CorrDiff: +17%). "
            "Generating a 32-member ensemble for one year takes about 40 minutes on four A100 GPUs, roughly 600 "
            "times cheaper than running HARMONIE-AROME. We stress that our evaluation covers a single reanalysis "
            "target and does not yet test transfer to CMIP6 projections; results may not hold outside the Arctic."
        ),
        "spans": [
            ("PolarDown", "M"), ("Downscaling", "T"), ("downscaling", "T"), ("ERA5", "D"),
            ("Score-Based Diffusion", "M"), ("CARRA", "D"), ("score-based diffusion model", "M"),
            ("bicubic interpolation", "M"), ("bicubic", "M"), ("U-Net", "M"), ("CorrDiff", "M"),
            ("quantile mapping", "M"), ("RMSE", "X"), ("spatial variance", "X"), ("CRPS", "X"),
            ("power spectra", "X"), ("99th-percentile bias", "X"), ("HARMONIE-AROME", "M"), ("CMIP6", "D"),
        ],
        "results": [
            ("1.92 K", "RMSE", 1.92, "K", None, "bicubic interpolation"),
            ("RMSE from 1.92 K (bicubic) to 0.98 K", "RMSE", 0.98, "K", None, "PolarDown"),
            ("1.01 K", "RMSE", 1.01, "K", None, "CorrDiff"),
            ("0.95 K", "RMSE", 0.95, "K", None, "U-Net"),
            ("spatial variance by 38%", "spatial variance", 38, "%", None, "U-Net"),
            ("4%", "spatial variance", 4, "%", None, "PolarDown"),
            ("CRPS is 0.71 m/s", "CRPS", 0.71, "m/s", None, None),
            ("0.83 m/s", "CRPS", 0.83, "m/s", None, "CorrDiff"),
            ("power spectra match CARRA within 10%", "power spectra", 10, "%", "CARRA", None),
            ("99th-percentile bias of daily precipitation is +11%", "99th-percentile bias", 11, "%", None, None),
            ("+17%", "99th-percentile bias", 17, "%", None, "CorrDiff"),
            ("Generating a 32-member ensemble for one year takes about 40 minutes", "generation time", 40, "min",
             None, None),
            ("600 times cheaper", "cost reduction", 600, "×", None, None),
        ],
    },
]
