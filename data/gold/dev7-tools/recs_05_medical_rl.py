"""dev7 records: medical-imaging (5) and reinforcement-learning (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["VoxTrellis", "RadQuill", "KestrelRecon", "BrindleMIL", "ThornAdapter",
          "MarrowQL", "GullDreamer", "SaltDrQ", "EmberGRPO", "HollowMix"]

RECS = [
    # ------------------------------------------------------------ medical-imaging
    {
        "field": "medical-imaging",
        "title": "VoxTrellis: Tri-Axial State Space Models for 3D Medical Image Segmentation",
        "text": (
            "3D medical image segmentation requires both long-range context and fine boundary detail, yet CNNs such "
            "as nnU-Net have limited receptive fields and Transformer hybrids such as Swin UNETR scale quadratically "
            "with the number of voxels. Recent Mamba-based designs, including U-Mamba and SegMamba, make this cost "
            "linear but scan each volume in a single fixed order, which fragments thin structures such as vessels "
            "and the pancreatic duct. We present VoxTrellis, an encoder-decoder that routes features through a "
            "lattice of bidirectional state space model (SSM) scans along the three anatomical axes and fuses them "
            "with a learned gate. On the BTCV multi-organ benchmark, VoxTrellis attains an average Dice score of "
            "85.1%, 1.6 points above nnU-Net (83.5%) and 2.3 points above Swin UNETR. On AMOS-CT and the pancreas "
            "task of the Medical Segmentation Decathlon (MSD), VoxTrellis reaches 89.4% and 68.2% Dice, "
            "respectively, and it lowers the 95th-percentile Hausdorff distance (HD95) on AMOS-CT from 4.71 mm to "
            "3.62 mm. The gains are largest on small organs, where gallbladder and adrenal gland Dice improve by "
            "4.8 and 5.3 points. All models are trained for 1000 epochs on 128×128×128 patches. VoxTrellis has "
            "31.6M parameters and requires 412 GFLOPs per patch, 58% fewer than Swin UNETR, and inference on a "
            "full abdominal CT volume takes 1.9 s on one A100 GPU. Code and checkpoints will be released."
        ),
        "spans": [
            ("VoxTrellis", "M"), ("State Space Models", "M"), ("3D Medical Image Segmentation", "T"),
            ("3D medical image segmentation", "T"), ("CNNs", "M"), ("nnU-Net", "M"), ("Transformer", "M"),
            ("Swin UNETR", "M"), ("Mamba", "M"), ("U-Mamba", "M"), ("SegMamba", "M"),
            ("state space model", "M"), ("SSM", "M"), ("BTCV", "D"), ("average Dice score", "X"),
            ("AMOS-CT", "D"), ("Medical Segmentation Decathlon", "D"), ("MSD", "D"), ("Dice", "X"),
            ("95th-percentile Hausdorff distance", "X"), ("HD95", "X"), ("parameters", "X"), ("GFLOPs", "X"),
        ],
        "results": [
            ("average Dice score of 85.1%", "average Dice score", 85.1, "%", "BTCV", "VoxTrellis"),
            ("1.6 points above nnU-Net", "average Dice score", 1.6, "points", "BTCV", "VoxTrellis"),
            ("83.5%", "average Dice score", 83.5, "%", "BTCV", "nnU-Net"),
            ("2.3 points above Swin UNETR", "average Dice score", 2.3, "points", "BTCV", "VoxTrellis"),
            ("89.4%", "Dice", 89.4, "%", "AMOS-CT", "VoxTrellis"),
            ("68.2% Dice", "Dice", 68.2, "%", "Medical Segmentation Decathlon", "VoxTrellis"),
            ("95th-percentile Hausdorff distance (HD95) on AMOS-CT from 4.71 mm to 3.62 mm", "HD95", 3.62, "mm", "AMOS-CT", "VoxTrellis"),
            ("Dice improve by 4.8", "Dice", 4.8, "points", None, None),
            ("5.3 points", "Dice", 5.3, "points", None, None),
            ("31.6M parameters", "parameters", 31.6, "M", None, "VoxTrellis"),
            ("412 GFLOPs", "FLOPs", 412, "G", None, "VoxTrellis"),
            ("58% fewer", "FLOPs reduction", 58, "%", None, "VoxTrellis"),
            ("inference on a full abdominal CT volume takes 1.9 s", "inference time", 1.9, "s", None, None),
        ],
    },
    {
        "field": "medical-imaging",
        "title": "RadQuill: Reducing Hallucinated Findings in Chest X-ray Report Generation via Direct Preference Optimization",
        "text": (
            "Radiology report generation could ease the reporting workload of radiologists, but current "
            "vision-language models frequently hallucinate findings that are absent from the image or omit "
            "clinically relevant ones. We propose RadQuill, which couples a region-grounded visual encoder with a "
            "report decoder aligned by direct preference optimization (DPO) on report pairs ranked by a "
            "clinical-error reward from a radiology entity extractor. RadQuill builds on a 7B-parameter LLaVA-Med "
            "backbone and is trained on 270K image-report pairs. On MIMIC-CXR, RadQuill achieves a BLEU-4 of "
            "0.142, ROUGE-L of 0.318 and CheXbert F1 of 0.486, surpassing MAIRA-2 and CheXagent on all three "
            "language and clinical-efficacy metrics. RadGraph F1 rises from 0.267 for R2GenGPT to 0.309. Applied "
            "to the IU X-Ray test set without further fine-tuning, RadQuill reaches a METEOR score of 0.196, "
            "compared with 0.171 for R2GenGPT. In a reader study in which four board-certified radiologists "
            "reviewed 200 studies, RadQuill reports contained 37% fewer clinically significant errors than those "
            "of a supervised fine-tuning baseline, and radiologists preferred RadQuill over CheXagent in 64% of "
            "pairwise comparisons. The DPO stage trains in only 9 GPU-hours on 8 H100 GPUs. These results suggest "
            "that aligning the decoder on clinical errors, rather than on lexical overlap, is an effective route "
            "to more faithful automated reporting."
        ),
        "spans": [
            ("RadQuill", "M"), ("Chest X-ray Report Generation", "T"), ("Direct Preference Optimization", "M"),
            ("Radiology report generation", "T"), ("vision-language models", "M"),
            ("direct preference optimization", "M"), ("DPO", "M"), ("LLaVA-Med", "M"), ("MIMIC-CXR", "D"),
            ("BLEU-4", "X"), ("ROUGE-L", "X"), ("CheXbert F1", "X"), ("MAIRA-2", "M"), ("CheXagent", "M"),
            ("RadGraph F1", "X"), ("R2GenGPT", "M"), ("IU X-Ray", "D"), ("METEOR", "X"),
            ("supervised fine-tuning", "M"),
        ],
        "results": [
            ("BLEU-4 of 0.142", "BLEU-4", 0.142, None, "MIMIC-CXR", "RadQuill"),
            ("ROUGE-L of 0.318", "ROUGE-L", 0.318, None, "MIMIC-CXR", "RadQuill"),
            ("CheXbert F1 of 0.486", "CheXbert F1", 0.486, None, "MIMIC-CXR", "RadQuill"),
            ("RadGraph F1 rises from 0.267", "RadGraph F1", 0.267, None, None, "R2GenGPT"),
            ("0.309", "RadGraph F1", 0.309, None, None, None),
            ("METEOR score of 0.196", "METEOR", 0.196, None, "IU X-Ray", "RadQuill"),
            ("0.171", "METEOR", 0.171, None, "IU X-Ray", "R2GenGPT"),
            ("37% fewer clinically significant errors", "clinically significant error reduction", 37, "%",
             None, "RadQuill"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "RadQuill"),
            ("trains in only 9 GPU-hours", "training time", 9, "GPU-hours", None, "DPO"),
        ],
    },
    {
        "field": "medical-imaging",
        "title": "KestrelRecon: Distilling Diffusion Models into Four-Step Unrolled Samplers for 8× Accelerated MRI Reconstruction",
        "text": (
            "Diffusion models are powerful priors for accelerated MRI reconstruction, but posterior sampling "
            "methods such as DPS and other score-based generative models need hundreds to thousands of network "
            "evaluations per slice, which rules out clinical use. End-to-end variational networks (E2E-VarNet) are "
            "fast but degrade at high acceleration and under distribution shift. We introduce KestrelRecon, which "
            "distils a pretrained latent diffusion model into a four-step unrolled sampler in which every step "
            "enforces k-space data consistency through a learned conjugate gradient (CG) block. On the fastMRI knee "
            "dataset at 8× acceleration with equispaced masks, KestrelRecon achieves 36.42 dB PSNR and 0.912 SSIM, "
            "outperforming E2E-VarNet by 0.87 dB and DPS by 1.95 dB. At 4× acceleration on fastMRI brain the PSNR "
            "is 40.11 dB (+0.54 dB over E2E-VarNet). Reconstructing a 320×320 slice takes 118 ms on an RTX 4090, "
            "46times faster than DPS with 1000 sampling steps, while the memory footprint stays below 6 GB. Under "
            "an anatomy shift, where models trained on knee scans are tested on brain scans, KestrelRecon loses "
            "only 1.2 dB PSNR, whereas E2E-VarNet drops by 3.8 dB. In a blinded reading, two musculoskeletal "
            "radiologists rated KestrelRecon images as diagnostically acceptable in 47 of 50 cases, compared with "
            "39 for E2E-VarNet. KestrelRecon thus brings diffusion-quality reconstructions within reach of routine "
            "clinical workflows."
        ),
        "spans": [
            ("KestrelRecon", "M"), ("Diffusion Models", "M"), ("Accelerated MRI Reconstruction", "T"),
            ("Diffusion models", "M"), ("accelerated MRI reconstruction", "T"), ("DPS", "M"),
            ("score-based generative models", "M"), ("End-to-end variational networks", "M"),
            ("E2E-VarNet", "M"), ("latent diffusion model", "M"), ("conjugate gradient", "M"), ("CG", "M"),
            ("fastMRI knee", "D"), ("fastMRI brain", "D"), ("PSNR", "X"), ("SSIM", "X"),
            ("memory footprint", "X"),
        ],
        "results": [
            ("36.42 dB PSNR", "PSNR", 36.42, "dB", "fastMRI knee", "KestrelRecon"),
            ("0.912 SSIM", "SSIM", 0.912, None, "fastMRI knee", "KestrelRecon"),
            ("outperforming E2E-VarNet by 0.87 dB", "PSNR", 0.87, "dB", "fastMRI knee", "KestrelRecon"),
            ("DPS by 1.95 dB", "PSNR", 1.95, "dB", "fastMRI knee", "KestrelRecon"),
            ("PSNR is 40.11 dB", "PSNR", 40.11, "dB", "fastMRI brain", None),
            ("+0.54 dB", "PSNR", 0.54, "dB", "fastMRI brain", None),
            ("Reconstructing a 320×320 slice takes 118 ms", "reconstruction time", 118, "ms", None, None),
            ("46times faster", "speed-up", 46, "×", None, None),
            ("memory footprint stays below 6 GB", "memory footprint", 6, "GB", None, None),
            ("1.2 dB PSNR", "PSNR", 1.2, "dB", None, "KestrelRecon"),
            ("drops by 3.8 dB", "PSNR", 3.8, "dB", None, "E2E-VarNet"),
            ("diagnostically acceptable in 47 of 50 cases", "cases rated diagnostically acceptable", 47, None,
             None, "KestrelRecon"),
            ("39", "cases rated diagnostically acceptable", 39, None, None, "E2E-VarNet"),
        ],
    },
    {
        "field": "medical-imaging",
        "title": "BrindleMIL: Prototype Bottlenecks for Multiple Instance Learning Lift Slide-Level AUC to 0.97 on CAMELYON16",
        "text": (
            "Whole-slide image classification is usually cast as multiple instance learning (MIL) over thousands "
            "of patch embeddings, aggregated by attention pooling as in ABMIL, CLAM and TransMIL. Trained from a "
            "few hundred slide labels, such aggregators tend to latch onto a handful of highly attended patches, "
            "which hurts calibration and transfer to external cohorts. BrindleMIL replaces free attention with a "
            "bank of 64 learnable morphological prototypes initialised by k-means over UNI features; each slide "
            "is summarised by an optimal transport (OT) assignment of its patches to the prototypes, followed by "
            "a linear classifier. Using frozen UNI embeddings, BrindleMIL achieves an AUC of 0.972 ± 0.004 and an "
            "accuracy of 93.8% on CAMELYON16, compared with 0.951 and 91.2% for TransMIL. On the TCGA-NSCLC and "
            "TCGA-BRCA cancer subtyping tasks, BrindleMIL reaches AUCs of 0.968 and 0.941, improving on DTFD-MIL "
            "by 1.1 and 2.4 points. Trained on TCGA-NSCLC and tested on the external CPTAC cohort, BrindleMIL "
            "loses 3.1 AUC points, whereas ABMIL loses 7.6. BrindleMIL also reduces expected calibration error by "
            "42% relative to ABMIL. The aggregator has 0.9M trainable parameters and trains in 11 minutes per "
            "fold on a single GPU, 5.2× faster than TransMIL. Prototype assignments are directly inspectable, and "
            "pathologists matched 51 of the 64 prototypes to recognisable tissue patterns."
        ),
        "spans": [
            ("BrindleMIL", "M"), ("Multiple Instance Learning", "M"), ("Slide-Level AUC", "X"),
            ("CAMELYON16", "D"), ("Whole-slide image classification", "T"), ("multiple instance learning", "M"),
            ("MIL", "M"), ("ABMIL", "M"), ("CLAM", "M"), ("TransMIL", "M"), ("k-means", "M"), ("UNI", "M"),
            ("optimal transport", "M"), ("OT", "M"), ("AUC", "X"), ("accuracy", "X"), ("TCGA-NSCLC", "D"),
            ("TCGA-BRCA", "D"), ("cancer subtyping", "T"), ("AUCs", "X"), ("DTFD-MIL", "M"), ("CPTAC", "D"),
            ("expected calibration error", "X"), ("trainable parameters", "X"),
        ],
        "title_results": [
            ("Slide-Level AUC to 0.97", "slide-level AUC", 0.97, None, "CAMELYON16", "BrindleMIL"),
        ],
        "results": [
            ("AUC of 0.972 ± 0.004", "AUC", 0.972, None, "CAMELYON16", "BrindleMIL"),
            ("accuracy of 93.8%", "accuracy", 93.8, "%", "CAMELYON16", "BrindleMIL"),
            ("0.951", "AUC", 0.951, None, "CAMELYON16", "TransMIL"),
            ("91.2%", "accuracy", 91.2, "%", "CAMELYON16", "TransMIL"),
            ("AUCs of 0.968", "AUC", 0.968, None, "TCGA-NSCLC", "BrindleMIL"),
            ("0.941", "AUC", 0.941, None, "TCGA-BRCA", "BrindleMIL"),
            ("by 1.1", "AUC", 1.1, "points", "TCGA-NSCLC", "BrindleMIL"),
            ("2.4 points", "AUC", 2.4, "points", "TCGA-BRCA", "BrindleMIL"),
            ("loses 3.1 AUC points", "AUC", 3.1, "points", "CPTAC", "BrindleMIL"),
            ("loses 7.6", "AUC", 7.6, "points", "CPTAC", "ABMIL"),
            ("expected calibration error by 42%", "expected calibration error reduction", 42, "%", None,
             "BrindleMIL"),
            ("0.9M trainable parameters", "trainable parameters", 0.9, "M", None, None),
            ("trains in 11 minutes", "training time", 11, "min", None, None),
            ("5.2× faster", "training speed-up", 5.2, "×", None, None),
            ("matched 51 of the 64 prototypes", "prototypes matched", 51, None, None, None),
        ],
    },
    {
        "field": "medical-imaging",
        "title": "ThornAdapter: Prompt-Free Adaptation of the Segment Anything Model to Medical Image Segmentation",
        "text": (
            "The Segment Anything Model (SAM) transfers poorly to medical image segmentation, where boundaries are "
            "low-contrast and manual prompts are costly to obtain. Full fine-tuning of the ViT-H image encoder of "
            "SAM is expensive, and SAM variants such as Med-SA and SAMed still rely on box prompts or tune "
            "millions of parameters. We present ThornAdapter, a prompt-free adaptation scheme that inserts "
            "depth-wise convolutional adapters between frozen encoder blocks and derives dense prompts from a "
            "lightweight boundary-aware head. The adapters use a bottleneck ratio of 0.25, and all images are "
            "resized to 1024×1024. We evaluate on four public benchmarks covering polyp segmentation (Kvasir-SEG, "
            "CVC-ClinicDB), skin lesion segmentation (ISIC 2018) and abdominal multi-organ segmentation (Synapse). "
            "ThornAdapter obtains Dice scores of 92.4%, 94.1% and 91.0% on Kvasir-SEG, CVC-ClinicDB and ISIC 2018, "
            "respectively. On Synapse, average Dice improves from 81.6% for SAMed to 84.9%, and ThornAdapter comes "
            "within 0.3 points of the fully fine-tuned MedSAM while updating 38 times fewer parameters. Across the "
            "four benchmarks, it improves mean IoU by 2.7 points over Med-SA. When trained on only 10% of the "
            "Kvasir-SEG training images, ThornAdapter retains 95.6% of its full-data Dice. Training converges in "
            "3.5 hours on one A6000 GPU, and inference runs at 27 FPS, making ThornAdapter practical for "
            "interactive clinical annotation tools."
        ),
        "spans": [
            ("ThornAdapter", "M"), ("Segment Anything Model", "M"), ("Medical Image Segmentation", "T"),
            ("SAM", "M"), ("medical image segmentation", "T"), ("Full fine-tuning", "M"), ("ViT-H", "M"),
            ("Med-SA", "M"), ("SAMed", "M"), ("polyp segmentation", "T"), ("Kvasir-SEG", "D"),
            ("CVC-ClinicDB", "D"), ("skin lesion segmentation", "T"), ("ISIC 2018", "D"),
            ("multi-organ segmentation", "T"), ("Synapse", "D"), ("Dice scores", "X"), ("average Dice", "X"),
            ("MedSAM", "M"), ("mean IoU", "X"), ("Dice", "X"), ("FPS", "X"), ("parameters", "X", {"only": [1]}),
        ],
        "results": [
            ("Dice scores of 92.4%", "Dice", 92.4, "%", "Kvasir-SEG", "ThornAdapter"),
            ("94.1%", "Dice", 94.1, "%", "CVC-ClinicDB", "ThornAdapter"),
            ("91.0%", "Dice", 91.0, "%", "ISIC 2018", "ThornAdapter"),
            ("average Dice improves from 81.6%", "average Dice", 81.6, "%", "Synapse", "SAMed"),
            ("84.9%", "average Dice", 84.9, "%", "Synapse", "ThornAdapter"),
            ("within 0.3 points", "average Dice", 0.3, "points", "Synapse", "ThornAdapter"),
            ("38 times fewer parameters", "parameter reduction", 38, "×", "Synapse", "ThornAdapter"),
            ("improves mean IoU by 2.7 points", "mean IoU", 2.7, "points", None, None),
            ("retains 95.6% of its full-data Dice", "relative Dice", 95.6, "%", "Kvasir-SEG", "ThornAdapter"),
            ("Training converges in 3.5 hours", "training time", 3.5, "h", None, None),
            ("27 FPS", "FPS", 27, None, None, None),
        ],
    },
    # ------------------------------------------------------------ reinforcement-learning
    {
        "field": "reinforcement-learning",
        "title": "MarrowQL: Penalising Only Out-of-Support Actions with Flow-Based Density Level Sets for Offline Reinforcement Learning",
        "text": (
            "Offline reinforcement learning aims to learn policies from fixed datasets without further "
            "interaction, but value-based methods overestimate the value of out-of-distribution actions. "
            "Policy-constraint methods such as TD3+BC are simple yet overly conservative on low-quality data, "
            "while in-sample methods such as IQL never query unseen actions and therefore improve little beyond "
            "the behaviour policy. We propose MarrowQL, which estimates the support of the behaviour policy with a "
            "conditional flow matching model and penalises Q-values only outside a learned density level set, "
            "leaving in-support actions unconstrained. The level-set threshold is fixed to the 5th percentile of "
            "dataset log-likelihoods for every task. On the D4RL locomotion benchmark, MarrowQL achieves a total "
            "normalized score of 782.4 over nine datasets, compared with 698.1 for IQL, 713.5 for CQL and 745.2 "
            "for Diffusion-QL. On the harder AntMaze suite it reaches an average normalized score of 79.3 ± 2.1, "
            "outperforming IQL by 15.7% and ranking first on 5 of the 6 mazes. In the Adroit domain, gains are "
            "smaller (+3.2 points on average). MarrowQL also supports offline-to-online fine-tuning: after 250K "
            "online steps on antmaze-large-diverse, it attains a success rate of 91%, versus 74% for Cal-QL. "
            "Training a policy takes about 2.4 hours on one RTX 3090, 3.1× less than Diffusion-QL, because action "
            "selection requires no iterative denoising."
        ),
        "spans": [
            ("MarrowQL", "M"), ("Offline Reinforcement Learning", "T"), ("Offline reinforcement learning", "T"),
            ("TD3+BC", "M"), ("IQL", "M"), ("conditional flow matching", "M"), ("D4RL", "D"),
            ("total normalized score", "X"), ("CQL", "M"), ("Diffusion-QL", "M"), ("AntMaze", "D"),
            ("average normalized score", "X"), ("Adroit", "D"), ("offline-to-online fine-tuning", "T"),
            ("antmaze-large-diverse", "D"), ("success rate", "X"), ("Cal-QL", "M"),
        ],
        "results": [
            ("total normalized score of 782.4", "total normalized score", 782.4, None, "D4RL", "MarrowQL"),
            ("698.1", "total normalized score", 698.1, None, "D4RL", "IQL"),
            ("713.5", "total normalized score", 713.5, None, "D4RL", "CQL"),
            ("745.2", "total normalized score", 745.2, None, "D4RL", "Diffusion-QL"),
            ("average normalized score of 79.3 ± 2.1", "average normalized score", 79.3, None, "AntMaze", None),
            ("outperforming IQL by 15.7%", "average normalized score", 15.7, "%", "AntMaze", None),
            ("ranking first on 5 of the 6 mazes", "mazes ranked first", 5, None, "AntMaze", None),
            ("+3.2 points", "improvement", 3.2, "points", "Adroit", None),
            ("success rate of 91%", "success rate", 91, "%", "antmaze-large-diverse", "MarrowQL"),
            ("74%", "success rate", 74, "%", "antmaze-large-diverse", "Cal-QL"),
            ("Training a policy takes about 2.4 hours", "training time", 2.4, "h", None, None),
            ("3.1× less", "training time reduction", 3.1, "×", None, None),
        ],
    },
    {
        "field": "reinforcement-learning",
        "title": "GullDreamer: Sample-Efficient World Models with Discrete Latent Tokens and Lookahead Imagination",
        "text": (
            "World models let agents learn behaviours in imagination, but on the Atari 100k benchmark the "
            "strongest methods still trade sample efficiency against compute: EfficientZero V2 relies on Monte "
            "Carlo tree search, while DreamerV3 and IRIS are cheaper but trail in final score. GullDreamer is a "
            "model-based agent whose world model tokenises frames with a VQ-VAE and predicts future tokens with a "
            "block-causal Transformer; its actor-critic is trained on imagined rollouts of length 15 with a "
            "lookahead bonus that rewards agreement between one-step and multi-step predictions. With 100K "
            "interactions, or about two hours of gameplay, GullDreamer attains a human-normalized mean score of "
            "1.46 and an interquartile mean (IQM) of 0.71 across the 26 games, compared with 1.12 and 0.50 for "
            "DreamerV3. It exceeds human performance on 14 games and outperforms IRIS in 21 of 26. Against BBF, a "
            "model-free agent with a replay ratio of 8, the IQM of GullDreamer is 0.08 lower, but it trains "
            "2.7times faster in wall-clock time. On the Crafter benchmark, GullDreamer scores 19.8% after 1M "
            "environment steps, above DreamerV3 (14.5%). Training on Atari 100k takes 9.5 hours per game on a "
            "single A100 GPU. Removing the lookahead bonus reduces the IQM by 0.13, confirming that consistency "
            "between short and long imagined horizons matters most on games with sparse rewards."
        ),
        "spans": [
            ("GullDreamer", "M"), ("World Models", "M"), ("World models", "M"), ("world model", "M"),
            ("Atari 100k", "D"), ("sample efficiency", "X"), ("EfficientZero V2", "M"),
            ("Monte Carlo tree search", "M"), ("DreamerV3", "M"), ("IRIS", "M"), ("VQ-VAE", "M"),
            ("Transformer", "M"), ("actor-critic", "M"), ("human-normalized mean score", "X"),
            ("interquartile mean", "X"), ("IQM", "X"), ("BBF", "M"), ("wall-clock time", "X"), ("Crafter", "D"),
        ],
        "results": [
            ("human-normalized mean score of 1.46", "human-normalized mean score", 1.46, None, None, "GullDreamer"),
            ("interquartile mean (IQM) of 0.71", "interquartile mean", 0.71, None, None, "GullDreamer"),
            ("1.12", "human-normalized mean score", 1.12, None, None, "DreamerV3"),
            ("0.50", "interquartile mean", 0.50, None, None, "DreamerV3"),
            ("exceeds human performance on 14 games", "games won", 14, None, None, None),
            ("outperforms IRIS in 21 of 26", "won", 21, None, None, None),
            ("IQM of GullDreamer is 0.08 lower", "interquartile mean", 0.08, None, None, "GullDreamer"),
            ("2.7times faster", "training speed-up", 2.7, "×", None, "GullDreamer"),
            ("scores 19.8%", "score", 19.8, "%", "Crafter", "GullDreamer"),
            ("14.5%", "score", 14.5, "%", "Crafter", "DreamerV3"),
            ("Training on Atari 100k takes 9.5 hours", "training time", 9.5, "h", "Atari 100k", None),
            ("reduces the IQM by 0.13", "interquartile mean", 0.13, None, None, None),
        ],
    },
    {
        "field": "reinforcement-learning",
        "title": "SaltDrQ: Targeted Latent Mixing Beats Random Shifts in Visual Continuous Control",
        "text": (
            "Image augmentation is the workhorse of reinforcement learning from pixels, yet the random shifts used "
            "by DrQ-v2 perturb task-relevant and irrelevant pixels alike. Can augmentation be targeted instead? We "
            "propose SaltDrQ, which computes a critic-gradient saliency map at every update and mixes latent "
            "features of low-saliency regions across the batch while leaving salient regions intact. SaltDrQ adds "
            "one backward pass per update and no new networks. We evaluate on 15 tasks from the DeepMind Control "
            "Suite (DMC) and on the Distracting Control Suite, with 500K environment frames per task and 10 seeds. "
            "On DMC, SaltDrQ reaches a mean episode return of 781 ± 24, versus 702 for DrQ-v2 and 744 for TD-MPC2; "
            "on the six hardest tasks, including Humanoid Run and Quadruped Run, its margin over DrQ-v2 widens to "
            "26%. Under dynamic background distractions, returns fall by 18% for SaltDrQ but by 47% for DrQ-v2. "
            "SaltDrQ also improves sample efficiency: it matches the final return of DrQ-v2 with 2.3× fewer "
            "environment frames on Cheetah Run and Walker Run. The saliency computation increases wall-clock time "
            "per update by only 11%, and the agent performs 1000 updates per minute on one RTX A5000. Finally, "
            "SaltDrQ transfers to Meta-World manipulation, where it lifts the average success rate on 10 tasks "
            "from 58.2% to 71.6%."
        ),
        "spans": [
            ("SaltDrQ", "M"), ("Random Shifts", "M"), ("Visual Continuous Control", "T"),
            ("Image augmentation", "M"), ("augmentation", "M"), ("reinforcement learning from pixels", "T"),
            ("random shifts", "M"), ("DrQ-v2", "M"), ("DeepMind Control Suite", "D"), ("DMC", "D"),
            ("Distracting Control Suite", "D"), ("mean episode return", "X"), ("TD-MPC2", "M"),
            ("Humanoid Run", "D"), ("Quadruped Run", "D"), ("returns", "X"), ("sample efficiency", "X"),
            ("final return", "X"), ("Cheetah Run", "D"), ("Walker Run", "D"),
            ("wall-clock time per update", "X"), ("updates per minute", "X"), ("Meta-World", "D"),
            ("average success rate", "X"),
        ],
        "results": [
            ("mean episode return of 781 ± 24", "mean episode return", 781, None, "DeepMind Control Suite", "SaltDrQ"),
            ("702", "mean episode return", 702, None, "DeepMind Control Suite", "DrQ-v2"),
            ("744", "mean episode return", 744, None, "DeepMind Control Suite", "TD-MPC2"),
            ("margin over DrQ-v2 widens to 26%", "mean episode return", 26, "%", "DeepMind Control Suite",
             "SaltDrQ"),
            ("returns fall by 18%", "return", 18, "%", None, "SaltDrQ"),
            ("47%", "return", 47, "%", None, "DrQ-v2"),
            ("2.3× fewer environment frames", "sample efficiency", 2.3, "×", None, "SaltDrQ"),
            ("wall-clock time per update by only 11%", "wall-clock time per update", 11, "%", None, None),
            ("1000 updates per minute", "throughput", 1000, "updates/min", None, None),
            ("average success rate on 10 tasks from 58.2% to 71.6%", "average success rate", 71.6, "%",
             "Meta-World", "SaltDrQ"),
        ],
    },
    {
        "field": "reinforcement-learning",
        "title": "EmberGRPO: Recycling Zero-Variance Groups Lifts 7B AIME 2024 Accuracy to 43.3%",
        "text": (
            "Reinforcement learning with verifiable rewards (RLVR) has become the standard recipe for improving "
            "the mathematical reasoning of large language models, yet Group Relative Policy Optimization (GRPO) "
            "wastes every group in which all sampled responses receive the same reward, and its entropy often "
            "collapses within a few hundred steps. DAPO counters this by filtering such groups and clipping "
            "asymmetrically, but it must over-sample prompts and its clipping bounds are tuned per model. We "
            "propose EmberGRPO, which recycles zero-variance groups by re-scoring their responses with a "
            "token-level self-certainty signal, and adapts the clipping range to the running policy entropy. "
            "Starting from Qwen2.5-Math-7B and training on DAPO-Math-17K with a group size of 16, EmberGRPO "
            "reaches 43.3% avg@32 accuracy on AIME 2024, against 30.0% for GRPO and 36.7% for DAPO under the same "
            "budget of 1,200 training steps. EmberGRPO also improves MATH-500 accuracy to 84.6% and AMC23 "
            "accuracy to 72.5%. The gains hold at scale: with Qwen2.5-32B, AIME 2024 accuracy rises from 50.0% "
            "with DAPO to 56.7%. Responses are 23% shorter than those of DAPO on average, and policy entropy never "
            "falls below 0.3 nats, whereas that of GRPO drops to 0.05 within 200 steps. Because no groups are "
            "discarded, EmberGRPO needs 38% fewer rollouts to reach the final AIME 2024 score of DAPO, cutting "
            "training cost by about 1,900 H100 GPU hours for the 32B model."
        ),
        "spans": [
            ("EmberGRPO", "M"), ("AIME 2024", "D"), ("Accuracy", "X"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"),
            ("mathematical reasoning", "T"), ("large language models", "M"),
            ("Group Relative Policy Optimization", "M"), ("GRPO", "M"), ("DAPO", "M"),
            ("policy entropy", "X", {"only": [1]}), ("Qwen2.5-Math-7B", "M"), ("DAPO-Math-17K", "D"),
            ("avg@32 accuracy", "X"), ("MATH-500", "D"), ("accuracy", "X"), ("AMC23", "D"),
            ("Qwen2.5-32B", "M"),
        ],
        "title_results": [
            ("Accuracy to 43.3%", "accuracy", 43.3, "%", "AIME 2024", "EmberGRPO"),
        ],
        "results": [
            ("43.3% avg@32 accuracy", "avg@32 accuracy", 43.3, "%", "AIME 2024", "EmberGRPO"),
            ("30.0%", "avg@32 accuracy", 30.0, "%", "AIME 2024", "GRPO"),
            ("36.7%", "avg@32 accuracy", 36.7, "%", "AIME 2024", "DAPO"),
            ("MATH-500 accuracy to 84.6%", "accuracy", 84.6, "%", "MATH-500", "EmberGRPO"),
            ("AMC23 accuracy to 72.5%", "accuracy", 72.5, "%", "AMC23", "EmberGRPO"),
            ("accuracy rises from 50.0%", "accuracy", 50.0, "%", "AIME 2024", "DAPO"),
            ("56.7%", "accuracy", 56.7, "%", "AIME 2024", "Qwen2.5-32B"),
            ("23% shorter", "response length reduction", 23, "%", None, None),
            ("policy entropy never falls below 0.3 nats", "policy entropy", 0.3, "nats", None, None),
            ("drops to 0.05", "policy entropy", 0.05, "nats", None, "GRPO"),
            ("38% fewer rollouts", "rollout reduction", 38, "%", "AIME 2024", "EmberGRPO"),
            ("training cost by about 1,900 H100 GPU hours", "training cost reduction", 1900, "GPU hours",
             "AIME 2024", "EmberGRPO"),
        ],
    },
    {
        "field": "reinforcement-learning",
        "title": "HollowMix: Online Role Inference for Value Factorization in Cooperative Multi-Agent Reinforcement Learning",
        "text": (
            "Value factorization methods such as QMIX and QPLEX dominate cooperative multi-agent reinforcement "
            "learning (MARL), yet they assume a fixed decomposition that ignores how the roles of agents change "
            "within an episode. On the stochastic scenarios of SMACv2 this assumption breaks, and policy gradient "
            "methods such as MAPPO now often match or beat them. We introduce HollowMix, a mixing network whose "
            "hypernetwork weights are conditioned on roles inferred online by k-means over trajectory embeddings. "
            "Roles are re-estimated every 50 environment steps, and their number is capped at 4. We evaluate "
            "HollowMix on SMACv2, the Google Research Football academy scenarios and Multi-Agent MuJoCo. On "
            "SMACv2, HollowMix attains a median test win rate of 68.4% on protoss_10_vs_10, 61.2% on "
            "terran_10_vs_10 and 57.9% on zerg_10_vs_10, outperforming MAPPO by 9.1, 7.4 and 11.0 points. "
            "Averaged over all nine SMACv2 maps, HollowMix improves on QMIX by 24% in relative terms and ranks "
            "first on 7 of the 9 maps. In Google Research Football, HollowMix reaches a win rate of 83% on the "
            "hardest academy scenario, academy_corner, compared with 64% for QPLEX. On Multi-Agent MuJoCo, where "
            "actions are continuous, HollowMix stays within 3% of the episode return of HAPPO while using a single "
            "shared critic. The role module adds only 0.2M parameters and increases training time by 6%; a full "
            "SMACv2 run of 10M steps still finishes in 14 hours on one GPU."
        ),
        "spans": [
            ("HollowMix", "M"), ("Value Factorization", "M"), ("Value factorization", "M"),
            ("Cooperative Multi-Agent Reinforcement Learning", "T"),
            ("cooperative multi-agent reinforcement learning", "T"), ("MARL", "T"), ("QMIX", "M"),
            ("QPLEX", "M"), ("SMACv2", "D"), ("policy gradient", "M"), ("MAPPO", "M"), ("hypernetwork", "M"),
            ("k-means", "M"), ("Google Research Football", "D"), ("Multi-Agent MuJoCo", "D"),
            ("median test win rate", "X"), ("protoss_10_vs_10", "D"), ("terran_10_vs_10", "D"),
            ("zerg_10_vs_10", "D"), ("win rate", "X"), ("academy_corner", "D"), ("episode return", "X"),
            ("HAPPO", "M"), ("parameters", "X"), ("training time", "X"),
        ],
        "results": [
            ("median test win rate of 68.4%", "median test win rate", 68.4, "%", "protoss_10_vs_10", "HollowMix"),
            ("61.2%", "median test win rate", 61.2, "%", "terran_10_vs_10", "HollowMix"),
            ("57.9%", "median test win rate", 57.9, "%", "zerg_10_vs_10", "HollowMix"),
            ("by 9.1", "median test win rate", 9.1, "points", "protoss_10_vs_10", "HollowMix"),
            ("7.4", "median test win rate", 7.4, "points", "terran_10_vs_10", "HollowMix"),
            ("11.0 points", "median test win rate", 11.0, "points", "zerg_10_vs_10", "HollowMix"),
            ("improves on QMIX by 24%", "improvement", 24, "%", "SMACv2", "HollowMix"),
            ("ranks first on 7 of the 9 maps", "maps ranked first", 7, None, "SMACv2", "HollowMix"),
            ("win rate of 83%", "win rate", 83, "%", "academy_corner", "HollowMix"),
            ("64%", "win rate", 64, "%", "academy_corner", "QPLEX"),
            ("within 3% of the episode return", "episode return", 3, "%", "Multi-Agent MuJoCo", "HollowMix"),
            ("0.2M parameters", "parameters", 0.2, "M", None, None),
            ("training time by 6%", "training time", 6, "%", None, None),
            ("finishes in 14 hours", "training time", 14, "h", "SMACv2", None),
        ],
    },
]
