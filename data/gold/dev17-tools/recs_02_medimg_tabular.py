"""dev17 records: medical-imaging (6) and tabular (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Yalvex", "Yorvane", "Yembrik", "YarrowSAM", "Yeskara", "Yoskel", "YelmBench", "Yantric",
          "Yeldora", "Yvarrow", "Ystrel"]

RECS = [
    # ------------------------------------------------------------ medical-imaging
    {
        "field": "medical-imaging",
        "title": "Yalvex: Tri-Axial Mamba Decoding for 3D Medical Image Segmentation",
        "text": (
            "Convolutional neural networks (CNNs) and Vision Transformers (ViTs) dominate 3D medical image "
            "segmentation, yet both capture long-range context poorly at high resolution: attention scales "
            "quadratically with the number of voxels, while convolutions see only local neighbourhoods. We present "
            "Yalvex, an encoder-decoder that keeps the convolutional stem of nnU-Net and replaces the skip fusion of "
            "the decoder with bidirectional Mamba blocks that scan the volume along three axes. Deep supervision "
            "with a boundary-weighted loss is applied at every decoder stage. All models use the nnU-Net "
            "preprocessing and training schedule, and we compare against nnU-Net, Swin UNETR, MedNeXt and U-Mamba "
            "under identical budgets. On the BTCV multi-organ benchmark, Yalvex reaches a mean Dice similarity "
            "coefficient (DSC) of 84.9% and a 95th percentile Hausdorff distance (HD95) of 6.8 mm, compared with "
            "83.1% / 9.4 mm for nnU-Net and 82.6% / 10.2 mm for Swin UNETR. On AMOS and BraTS 2021 it obtains DSC "
            "values of 90.2% and 91.7%, respectively, and on ACDC the mean DSC rises from 91.6 to 92.4. Across the "
            "four benchmarks, Yalvex lowers HD95 by 1.9 mm on average relative to MedNeXt. Because the state-space "
            "scans are linear in sequence length, Yalvex processes a 160\u00d7160\u00d7160 patch with 2.3\u00d7 lower "
            "GPU memory than Swin UNETR and runs inference 1.6\u00d7 faster than U-Mamba. Code and trained weights "
            "are released."
        ),
        "spans": [
            ("Yalvex", "M"), ("Mamba", "M"), ("3D Medical Image Segmentation", "T"),
            ("3D medical image segmentation", "T"), ("Convolutional neural networks", "M"), ("CNNs", "M"),
            ("Vision Transformers", "M"), ("ViTs", "M"), ("nnU-Net", "M"), ("Deep supervision", "M"),
            ("Swin UNETR", "M"), ("MedNeXt", "M"), ("U-Mamba", "M"), ("BTCV", "D"),
            ("mean Dice similarity coefficient", "X"), ("DSC", "X"), ("mean DSC", "X"),
            ("95th percentile Hausdorff distance", "X"), ("HD95", "X"), ("AMOS", "D"), ("BraTS 2021", "D"),
            ("ACDC", "D"), ("GPU memory", "X"),
        ],
        "results": [
            ("mean Dice similarity coefficient (DSC) of 84.9%", "mean DSC", 84.9, "%", "BTCV", "Yalvex"),
            ("95th percentile Hausdorff distance (HD95) of 6.8 mm", "HD95", 6.8, "mm", "BTCV", "Yalvex"),
            ("83.1%", "mean DSC", 83.1, "%", "BTCV", "nnU-Net"),
            ("9.4 mm", "HD95", 9.4, "mm", "BTCV", "nnU-Net"),
            ("82.6%", "mean DSC", 82.6, "%", "BTCV", "Swin UNETR"),
            ("10.2 mm", "HD95", 10.2, "mm", "BTCV", "Swin UNETR"),
            ("DSC values of 90.2%", "DSC", 90.2, "%", "AMOS", None),
            ("91.7%", "DSC", 91.7, "%", "BraTS 2021", None),
            ("mean DSC rises from 91.6 to 92.4", "mean DSC", 92.4, None, "ACDC", None),
            ("lowers HD95 by 1.9 mm", "HD95 reduction", 1.9, "mm", None, "Yalvex"),
            ("2.3\u00d7 lower GPU memory", "GPU memory reduction", 2.3, "\u00d7", None, "Yalvex"),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", None, "Yalvex"),
        ],
    },
    {
        "field": "medical-imaging",
        "title": "Yorvane: Anatomy-Grounded Retrieval for Chest X-Ray Report Generation",
        "text": (
            "Automatic radiology report generation (RRG) promises to reduce reporting workload, but current "
            "multimodal large language models (MLLMs) frequently hallucinate findings that are absent from the "
            "image. We introduce Yorvane, which first localizes 29 anatomical regions with a Faster R-CNN head, "
            "retrieves region-matched sentences from prior reports using BiomedCLIP embeddings, and conditions a "
            "Llama-3.1-8B decoder on both the regions and the retrieved evidence through gated cross-attention. "
            "Only LoRA adapters and the projection layers are trained. We evaluate on MIMIC-CXR and IU X-Ray with "
            "both lexical and clinical metrics. On MIMIC-CXR, Yorvane obtains BLEU-4/ROUGE-L of 0.148/0.317 and a "
            "CheXbert F1 of 0.512, outperforming R2Gen (BLEU-4: 0.103), METransformer (BLEU-4: 0.124) and LLaVA-Med "
            "(CheXbert F1: 0.398). RadGraph F1 improves from 0.241 for MAIRA-2 to 0.276. On IU X-Ray, where no "
            "model is trained on the target data, Yorvane reaches a METEOR of 0.201, 0.021 higher than the "
            "strongest zero-shot baseline. In a reader study with three board-certified radiologists on 200 "
            "studies, Yorvane's reports were preferred over those of MAIRA-2 in 58% of pairwise comparisons, and "
            "the rate of clinically significant errors fell by 27%. Removing the retrieval branch costs 0.046 "
            "CheXbert F1, which suggests that grounding, not model size, drives most of the gain."
        ),
        "spans": [
            ("Yorvane", "M"), ("Chest X-Ray Report Generation", "T"), ("radiology report generation", "T"),
            ("RRG", "T"), ("multimodal large language models", "M"), ("MLLMs", "M"), ("Faster R-CNN", "M"),
            ("BiomedCLIP", "M"), ("Llama-3.1-8B", "M"), ("gated cross-attention", "M"), ("LoRA", "M"),
            ("MIMIC-CXR", "D"), ("IU X-Ray", "D"), ("BLEU-4", "X"), ("ROUGE-L", "X"), ("CheXbert F1", "X"),
            ("R2Gen", "M"), ("METransformer", "M"), ("LLaVA-Med", "M"), ("RadGraph F1", "X"), ("MAIRA-2", "M"),
            ("METEOR", "X"), ("rate of clinically significant errors", "X"),
        ],
        "results": [
            ("BLEU-4/ROUGE-L of 0.148", "BLEU-4", 0.148, None, "MIMIC-CXR", "Yorvane"),
            ("0.317", "ROUGE-L", 0.317, None, "MIMIC-CXR", "Yorvane"),
            ("CheXbert F1 of 0.512", "CheXbert F1", 0.512, None, "MIMIC-CXR", "Yorvane"),
            ("BLEU-4: 0.103", "BLEU-4", 0.103, None, "MIMIC-CXR", "R2Gen"),
            ("BLEU-4: 0.124", "BLEU-4", 0.124, None, "MIMIC-CXR", "METransformer"),
            ("CheXbert F1: 0.398", "CheXbert F1", 0.398, None, "MIMIC-CXR", "LLaVA-Med"),
            ("RadGraph F1 improves from 0.241", "RadGraph F1", 0.241, None, None, "MAIRA-2"),
            ("to 0.276", "RadGraph F1", 0.276, None, None, None),
            ("METEOR of 0.201", "METEOR", 0.201, None, "IU X-Ray", "Yorvane"),
            ("0.021 higher", "METEOR", 0.021, None, "IU X-Ray", "Yorvane"),
            ("preferred over those of MAIRA-2 in 58% of pairwise comparisons", "win rate", 58, "%", None,
             "Yorvane"),
            ("rate of clinically significant errors fell by 27%", "rate of clinically significant errors reduction",
             27, "%", None, None),
            ("costs 0.046 CheXbert F1", "CheXbert F1", 0.046, None, None, None),
        ],
    },
    {
        "field": "medical-imaging",
        "title": "Fewer False Positives at Equal Sensitivity: Slice-Consistent DETR Queries for Pulmonary Nodule Detection in Low-Dose CT",
        "text": (
            "Pulmonary nodule detection in low-dose CT is central to screening programmes, yet current detectors "
            "still trade sensitivity for a high number of false positives per scan. We revisit query-based "
            "detection and propose Yembrik, a 3D detector that refines DETR-style object queries across adjacent "
            "slices, so that a candidate is kept only if it remains consistent in shape and intensity along the "
            "z-axis. Yembrik uses a ResNet-18 backbone with a feature pyramid network and is trained and evaluated "
            "on LUNA16 with the standard ten-fold split. Evaluation follows the free-response receiver operating "
            "characteristic (FROC) analysis and its competition performance metric (CPM), the average sensitivity "
            "at seven false-positive rates between one eighth and eight per scan. On LUNA16, Yembrik attains a CPM "
            "of 0.917, against 0.891 for nnDetection and 0.874 for a 3D Faster R-CNN, and its sensitivity at one "
            "false positive per scan is 93.4%. At the hardest operating point, one eighth of a false positive per "
            "scan, sensitivity improves by 6.9 points over nnDetection (0.712 \u2192 0.781). Trained on LUNA16 and "
            "tested without adaptation on the LIDC-IDRI scans excluded from LUNA16 and on an in-house screening "
            "cohort, the CPM drops to 0.852 and 0.806, respectively, still 3.1 and 4.4 points above nnDetection. "
            "Slice-consistency filtering removes 41% of false positives at unchanged sensitivity and adds 0.2 s "
            "per scan."
        ),
        "spans": [
            ("Sensitivity", "X"), ("DETR", "M"), ("Pulmonary Nodule Detection", "T"),
            ("Pulmonary nodule detection", "T"), ("sensitivity", "X"), ("Yembrik", "M"), ("ResNet-18", "M"),
            ("feature pyramid network", "M"), ("LUNA16", "D"),
            ("free-response receiver operating characteristic", "X"), ("FROC", "X"),
            ("competition performance metric", "X"), ("CPM", "X"), ("average sensitivity", "X"),
            ("nnDetection", "M"), ("Faster R-CNN", "M"), ("LIDC-IDRI", "D"),
        ],
        "results": [
            ("CPM of 0.917", "CPM", 0.917, None, "LUNA16", "Yembrik"),
            ("0.891", "CPM", 0.891, None, "LUNA16", "nnDetection"),
            ("0.874", "CPM", 0.874, None, "LUNA16", "Faster R-CNN"),
            ("sensitivity at one false positive per scan is 93.4%", "sensitivity", 93.4, "%", "LUNA16", None),
            ("sensitivity improves by 6.9 points", "sensitivity", 6.9, "points", None, None),
            ("0.712", "sensitivity", 0.712, None, None, "nnDetection"),
            ("0.781", "sensitivity", 0.781, None, None, None),
            ("CPM drops to 0.852", "CPM", 0.852, None, "LIDC-IDRI", None),
            ("0.806", "CPM", 0.806, None, None, None),
            ("3.1", "CPM", 3.1, "points", "LIDC-IDRI", None),
            ("4.4 points above nnDetection", "CPM", 4.4, "points", None, None),
            ("removes 41% of false positives", "false positives reduction", 41, "%", None, None),
            ("adds 0.2 s", "filtering time", 0.2, "s", None, None),
        ],
    },
    {
        "field": "medical-imaging",
        "title": "YarrowSAM: Prompt-Free Adaptation of the Segment Anything Model to Endoscopic, Dermoscopic and Ultrasound Images",
        "text": (
            "The Segment Anything Model (SAM) and its medical counterpart MedSAM segment well when given a box "
            "prompt, but clinical pipelines rarely supply prompts, and full fine-tuning of the ViT-H image encoder "
            "is costly and overfits small datasets. YarrowSAM replaces the prompt encoder with a lightweight "
            "prototype generator that predicts dense prompt embeddings from the image itself, and adapts the frozen "
            "encoder with low-rank adaptation (LoRA) on the attention projections, training 4.1M of 641M "
            "parameters. We evaluate on four public datasets spanning three modalities: Kvasir-SEG and CVC-ClinicDB "
            "for polyp segmentation, ISIC 2018 for skin lesion segmentation and BUSI for breast lesion "
            "segmentation. Without any prompt at test time, YarrowSAM achieves Dice scores of 91.8%, 94.0%, 90.7% "
            "and 82.5% on these datasets, respectively, for an average of 89.8% versus 85.1% for SAM-Med2D and "
            "86.9% for nnU-Net trained from scratch. Its mean intersection over union (mIoU) is 3.4 points higher "
            "than that of H-SAM on average. With only 10% of the labelled training images, YarrowSAM stays within "
            "1.2 Dice points of its fully supervised counterpart on Kvasir-SEG. In a cross-dataset test, training "
            "on Kvasir-SEG and evaluating on CVC-ClinicDB, Dice drops to 86.3% (from 94.0%), while SAM-Med2D falls "
            "to 74.9%. Inference takes 58 ms per image on an A100, roughly 3\u00d7 faster than box-prompted "
            "MedSAM."
        ),
        "spans": [
            ("YarrowSAM", "M"), ("Segment Anything Model", "M"), ("SAM", "M"), ("MedSAM", "M"),
            ("full fine-tuning", "M"), ("ViT-H", "M"), ("low-rank adaptation", "M"), ("LoRA", "M"),
            ("Kvasir-SEG", "D"), ("CVC-ClinicDB", "D"), ("polyp segmentation", "T"), ("ISIC 2018", "D"),
            ("skin lesion segmentation", "T"), ("BUSI", "D"), ("breast lesion segmentation", "T"),
            ("Dice scores", "X"), ("Dice", "X"), ("SAM-Med2D", "M"), ("nnU-Net", "M"),
            ("mean intersection over union", "X"), ("mIoU", "X"), ("H-SAM", "M"),
        ],
        "results": [
            ("Dice scores of 91.8%", "Dice", 91.8, "%", "Kvasir-SEG", "YarrowSAM"),
            ("94.0%", "Dice", 94.0, "%", "CVC-ClinicDB", "YarrowSAM"),
            ("90.7%", "Dice", 90.7, "%", "ISIC 2018", "YarrowSAM"),
            ("82.5%", "Dice", 82.5, "%", "BUSI", "YarrowSAM"),
            ("average of 89.8%", "average Dice", 89.8, "%", None, "YarrowSAM"),
            ("85.1% for SAM-Med2D", "average Dice", 85.1, "%", None, "SAM-Med2D"),
            ("86.9% for nnU-Net", "average Dice", 86.9, "%", None, "nnU-Net"),
            ("mIoU) is 3.4 points higher", "mIoU", 3.4, "points", None, None),
            ("within 1.2 Dice points", "Dice", 1.2, "points", "Kvasir-SEG", "YarrowSAM"),
            ("Dice drops to 86.3%", "Dice", 86.3, "%", "CVC-ClinicDB", None),
            ("74.9%", "Dice", 74.9, "%", "CVC-ClinicDB", "SAM-Med2D"),
            ("Inference takes 58 ms", "inference time", 58, "ms", None, None),
            ("roughly 3\u00d7 faster", "speed-up", 3, "\u00d7", None, None),
        ],
    },
    {
        "field": "medical-imaging",
        "title": "When Should a Segmentation Model Abstain? Uncertainty Estimates for Prostate Segmentation under Scanner Shift",
        "text": (
            "Deep networks for prostate segmentation on MRI are usually reported with overlap scores on data from "
            "the scanners they were trained on, which says little about how they fail after deployment. We study "
            "selective segmentation, in which a model may defer a case to a radiologist when its predicted "
            "uncertainty is high, and ask which uncertainty estimates make that deferral trustworthy under scanner "
            "and protocol shift. We compare Monte Carlo dropout, deep ensembles, test-time augmentation and a "
            "Laplace approximation applied to nnU-Net and Swin UNETR, and propose a simple alternative: conformal "
            "risk control on the predicted gland volume, which gives a distribution-free guarantee on the volume "
            "error of accepted cases. Models are trained on PROSTATEx and evaluated on the PI-CAI and Prostate158 "
            "cohorts and on the prostate task of the Medical Segmentation Decathlon (MSD), which together cover "
            "three vendors and several field strengths. Our findings are threefold. First, calibration measured "
            "by expected calibration error (ECE) on the source domain does not predict the quality of deferral "
            "decisions on shifted domains. Second, deep ensembles give the best trade-off between coverage and "
            "Dice on accepted cases on every target cohort, while test-time augmentation is the least reliable. "
            "Third, conformal risk control keeps the volume error of accepted cases below the nominal level on all "
            "shifted cohorts, whereas heuristic thresholds fail on some of them. We release the evaluation code and "
            "splits, and argue that selective prediction curves, rather than single overlap scores, should "
            "accompany segmentation models proposed for clinical use."
        ),
        "spans": [
            ("Prostate Segmentation", "T"), ("prostate segmentation", "T"), ("selective segmentation", "T"),
            ("Monte Carlo dropout", "M"), ("deep ensembles", "M"), ("test-time augmentation", "M"),
            ("Laplace approximation", "M"), ("nnU-Net", "M"), ("Swin UNETR", "M"), ("conformal risk control", "M"),
            ("volume error", "X"), ("PROSTATEx", "D"), ("PI-CAI", "D"), ("Prostate158", "D"),
            ("Medical Segmentation Decathlon", "D"), ("MSD", "D"), ("expected calibration error", "X"),
            ("ECE", "X"), ("coverage", "X"), ("Dice", "X"), ("selective prediction", "T"),
        ],
        "results": [],
    },
    {
        "field": "medical-imaging",
        "title": "Yeskara: A Frozen-Backbone Recipe for Medical Image Classification Across Fifteen Datasets",
        "text": (
            "Self-supervised vision foundation models such as DINOv2 are increasingly used as frozen feature "
            "extractors in medical imaging, but how to adapt them cheaply across modalities remains unclear. "
            "Yeskara is a linear-probe-plus recipe: features from several intermediate layers of a frozen ViT-L/14 "
            "are pooled with learned attention weights and fed to a single linear classifier, so that a new task "
            "costs under one GPU-minute of training. We evaluate on the twelve 2D datasets of MedMNIST+ at "
            "224\u00d7224 resolution and on CheXpert, NIH ChestX-ray14 and HAM10000. Averaged over MedMNIST+, "
            "Yeskara reaches an AUROC of 0.962 and an accuracy of 87.4%, ahead of end-to-end fine-tuned ResNet-50 "
            "(0.951 / 85.2%) and BiomedCLIP with linear probing (0.934 / 81.6%). Per dataset, AUROC on PathMNIST, "
            "DermaMNIST, BloodMNIST and OrganAMNIST is 0.995, 0.948, 0.998 and 0.997, and Yeskara ranks first on 8 "
            "of the 12 datasets, losing mainly on ChestMNIST, where fine-tuning wins by 0.011 AUROC. On CheXpert, "
            "the mean AUROC over the five competition pathologies is 0.884 (ResNet-50: 0.879); on NIH ChestX-ray14 "
            "it is 0.826, and balanced accuracy on HAM10000 reaches 80.3%. Training all probes for the 15 datasets "
            "takes 37 minutes on one GPU, about 40\u00d7 less compute than fine-tuning. The gains shrink for 3D "
            "volumes, which we leave to future work."
        ),
        "spans": [
            ("Yeskara", "M"), ("Medical Image Classification", "T"), ("vision foundation models", "M"),
            ("DINOv2", "M"), ("ViT-L/14", "M"), ("MedMNIST+", "D", {"punct": True}), ("CheXpert", "D"),
            ("NIH ChestX-ray14", "D"), ("HAM10000", "D"), ("AUROC", "X"), ("accuracy", "X"), ("ResNet-50", "M"),
            ("BiomedCLIP", "M"), ("linear probing", "M"), ("PathMNIST", "D"), ("DermaMNIST", "D"),
            ("BloodMNIST", "D"), ("OrganAMNIST", "D"), ("ChestMNIST", "D"), ("mean AUROC", "X"),
            ("balanced accuracy", "X"), ("compute", "X"),
        ],
        "results": [
            ("AUROC of 0.962", "AUROC", 0.962, None, "MedMNIST+", "Yeskara"),
            ("accuracy of 87.4%", "accuracy", 87.4, "%", "MedMNIST+", "Yeskara"),
            ("0.951", "AUROC", 0.951, None, "MedMNIST+", "ResNet-50"),
            ("85.2%", "accuracy", 85.2, "%", "MedMNIST+", "ResNet-50"),
            ("0.934", "AUROC", 0.934, None, "MedMNIST+", "BiomedCLIP"),
            ("81.6%", "accuracy", 81.6, "%", "MedMNIST+", "BiomedCLIP"),
            ("AUROC on PathMNIST, DermaMNIST, BloodMNIST and OrganAMNIST is 0.995", "AUROC", 0.995, None,
             "PathMNIST", "Yeskara"),
            ("0.948", "AUROC", 0.948, None, "DermaMNIST", "Yeskara"),
            ("0.998", "AUROC", 0.998, None, "BloodMNIST", "Yeskara"),
            ("0.997", "AUROC", 0.997, None, "OrganAMNIST", "Yeskara"),
            ("ranks first on 8 of the 12 datasets", "datasets ranked first", 8, None, None, "Yeskara"),
            ("wins by 0.011 AUROC", "AUROC", 0.011, None, "ChestMNIST", None),
            ("mean AUROC over the five competition pathologies is 0.884", "mean AUROC", 0.884, None, "CheXpert",
             None),
            ("ResNet-50: 0.879", "mean AUROC", 0.879, None, "CheXpert", "ResNet-50"),
            ("it is 0.826", "mean AUROC", 0.826, None, "NIH ChestX-ray14", None),
            ("balanced accuracy on HAM10000 reaches 80.3%", "balanced accuracy", 80.3, "%", "HAM10000", None),
            ("takes 37 minutes", "training time", 37, "min", None, None),
            ("40\u00d7 less compute", "compute reduction", 40, "\u00d7", None, None),
        ],
    },
    # ------------------------------------------------------------ tabular
    {
        "field": "tabular",
        "title": "Yoskel: Scaling Tabular In-Context Learning to Million-Row Training Sets",
        "text": (
            "Tabular foundation models such as TabPFN v2 and TabICL classify a test row by attending to the full "
            "training set in context, which matches tuned gradient-boosted decision trees (GBDTs) on small tables "
            "but becomes memory-bound beyond roughly 50,000 rows. We present Yoskel, a pretrained Transformer that "
            "replaces row-to-row attention with a learned retrieval step: each test row attends only to its k "
            "nearest training rows in an embedding space that is itself learned during pretraining on 130 million "
            "synthetic datasets drawn from a structural causal model prior. The context size is therefore "
            "constant, and inference memory grows linearly with the number of test rows. On the 51 classification "
            "datasets of TabArena, Yoskel achieves the best average rank (3.1) among 14 methods, ahead of TabPFN v2 "
            "(4.0), tuned CatBoost (4.6) and RealMLP (5.2), and its mean normalized ROC-AUC is 0.927. It ranks "
            "first on 19 datasets. On the 12 TabArena datasets with more than 100,000 rows, where TabPFN v2 runs "
            "out of memory, Yoskel beats LightGBM and XGBoost with default hyperparameters on 10 and 9 of them, "
            "respectively. Without any gradient update, fitting and predicting takes a median of 4.2 s per dataset "
            "on one H100, against 38 minutes for tuned CatBoost. On regression, results are mixed: Yoskel's "
            "average RMSE rank is 4.8, behind CatBoost at 3.9. We release the model weights and the prior."
        ),
        "spans": [
            ("Yoskel", "M"), ("In-Context Learning", "M"), ("Tabular foundation models", "M"), ("TabPFN v2", "M"),
            ("TabICL", "M"), ("gradient-boosted decision trees", "M"), ("GBDTs", "M"), ("Transformer", "M"),
            ("structural causal model", "M"), ("inference memory", "X"), ("classification", "T"),
            ("TabArena", "D"), ("average rank", "X"), ("CatBoost", "M"), ("RealMLP", "M"),
            ("mean normalized ROC-AUC", "X"), ("LightGBM", "M"), ("XGBoost", "M"), ("regression", "T"),
            ("average RMSE rank", "X"),
        ],
        "results": [
            ("best average rank (3.1)", "average rank", 3.1, None, "TabArena", "Yoskel"),
            ("4.0", "average rank", 4.0, None, "TabArena", "TabPFN v2"),
            ("4.6", "average rank", 4.6, None, "TabArena", "CatBoost"),
            ("5.2", "average rank", 5.2, None, "TabArena", "RealMLP"),
            ("mean normalized ROC-AUC is 0.927", "mean normalized ROC-AUC", 0.927, None, "TabArena", "Yoskel"),
            ("ranks first on 19 datasets", "datasets ranked first", 19, None, None, None),
            ("beats LightGBM and XGBoost with default hyperparameters on 10", "datasets won", 10, None, "TabArena",
             "Yoskel"),
            ("9 of them", "datasets won", 9, None, "TabArena", "Yoskel"),
            ("fitting and predicting takes a median of 4.2 s", "fitting and predicting time", 4.2, "s", None,
             None),
            ("38 minutes", "fitting and predicting time", 38, "min", None, "CatBoost"),
            ("average RMSE rank is 4.8", "average RMSE rank", 4.8, None, None, "Yoskel"),
            ("3.9", "average RMSE rank", 3.9, None, None, "CatBoost"),
        ],
    },
    {
        "field": "tabular",
        "title": "Are Gradient-Boosted Trees Still Ahead? A Large-Scale Re-Evaluation of Deep Tabular Models",
        "text": (
            "Since the benchmark of Grinsztajn et al. showed that XGBoost and random forests outperform deep "
            "networks on medium-sized tables, many neural architectures for tabular data have claimed to close the "
            "gap. We re-evaluate eleven of them under a single protocol on YelmBench, a new suite of 84 "
            "classification and regression datasets drawn from public repositories and past competitions, "
            "deduplicated and filtered so that no dataset is trivially solved by a linear model. Every model "
            "receives the same budget of 100 hyperparameter configurations sampled by random search and is scored "
            "on held-out test folds. Three findings stand out. First, on YelmBench the ordering has changed: "
            "ensemble-based MLPs are now competitive, with TabM achieving the best mean rank (3.4), followed by "
            "CatBoost (3.9), LightGBM (4.3) and XGBoost (4.5), while FT-Transformer (6.2), SAINT (7.8) and TabNet "
            "(9.1) trail. Second, the gap depends on the data: on the 23 datasets with heavy-tailed numerical "
            "features, a GBDT is the best model on 17, whereas on the 31 datasets with high-cardinality categorical "
            "features, TabR beats every GBDT on 20 of those datasets. Third, tuning matters more than architecture "
            "for several models: untuned MLP-PLR loses 4.7 accuracy points on average relative to its tuned "
            "version, more than its margin over a tuned MLP. Cost still favours trees: tuning CatBoost on all "
            "datasets takes 9 CPU-hours, against 140 GPU-hours for TabR. We release YelmBench with fixed splits, "
            "tuning logs and a public leaderboard."
        ),
        "spans": [
            ("Gradient-Boosted Trees", "M"), ("XGBoost", "M"), ("random forests", "M"), ("YelmBench", "D"),
            ("classification", "T"), ("regression", "T"), ("random search", "M"), ("MLPs", "M"), ("MLP", "M"),
            ("TabM", "M"), ("mean rank", "X"), ("CatBoost", "M"), ("LightGBM", "M"), ("FT-Transformer", "M"),
            ("SAINT", "M"), ("TabNet", "M"), ("GBDT", "M"), ("TabR", "M"), ("MLP-PLR", "M"), ("accuracy", "X"),
        ],
        "results": [
            ("best mean rank (3.4)", "mean rank", 3.4, None, "YelmBench", "TabM"),
            ("3.9", "mean rank", 3.9, None, "YelmBench", "CatBoost"),
            ("4.3", "mean rank", 4.3, None, "YelmBench", "LightGBM"),
            ("4.5", "mean rank", 4.5, None, "YelmBench", "XGBoost"),
            ("6.2", "mean rank", 6.2, None, "YelmBench", "FT-Transformer"),
            ("7.8", "mean rank", 7.8, None, "YelmBench", "SAINT"),
            ("9.1", "mean rank", 9.1, None, "YelmBench", "TabNet"),
            ("is the best model on 17", "ranked first", 17, None, None, "GBDT"),
            ("beats every GBDT on 20 of those datasets", "datasets won", 20, None, None, "TabR"),
            ("loses 4.7 accuracy points", "accuracy", 4.7, "points", None, "MLP-PLR"),
            ("takes 9 CPU-hours", "tuning time", 9, "CPU-hours", None, "CatBoost"),
            ("140 GPU-hours for TabR", "tuning time", 140, "GPU-hours", None, "TabR"),
        ],
    },
    {
        "field": "tabular",
        "title": "Yantric: Cheap Ensembles with Periodic Embeddings Close the Gap to Gradient Boosting",
        "text": (
            "Multilayer perceptrons (MLPs) with learned embeddings of numerical features have recently matched "
            "gradient boosting on many tabular benchmarks, but the strongest variants rely on retrieval (TabR) or "
            "on training dozens of independent networks, both of which inflate training cost. Yantric trains a "
            "single MLP whose weights are shared by 32 implicit submodels that differ only in rank-one "
            "multiplicative adapters, in the spirit of BatchEnsemble, and encodes every numerical feature with "
            "periodic embeddings whose frequencies are learned jointly. Predictions are averaged over submodels at "
            "test time. On the benchmark of Gorishniy et al., Yantric attains an RMSE of 0.431 on California "
            "Housing, an accuracy of 86.1% on Adult, 72.9% on Higgs (vs. 72.6% for TabR) and 97.3% on Covertype. "
            "On California Housing, Yantric lowers test RMSE from 0.468 for a deep ensemble of 32 plain MLPs to "
            "0.431 while using 18\u00d7 fewer parameters. Across 46 datasets, the average rank falls from 5.6 for "
            "MLP-PLR to 3.2 for Yantric. In classification, Yantric is within 0.2 points of tuned CatBoost in "
            "average accuracy; in regression it is 4% better in normalized RMSE. Yantric trains 3.1\u00d7 faster "
            "than TabR and predicts 7\u00d7 faster, because no neighbours have to be searched. We therefore see it "
            "as a cheap default for practitioners who want a neural model without giving up the accuracy of trees."
        ),
        "spans": [
            ("Yantric", "M"), ("Periodic Embeddings", "M"), ("Gradient Boosting", "M"), ("Multilayer perceptrons", "M"),
            ("MLPs", "M"), ("MLP", "M"), ("gradient boosting", "M"), ("TabR", "M"), ("BatchEnsemble", "M"),
            ("periodic embeddings", "M"), ("RMSE", "X"), ("California Housing", "D"), ("accuracy", "X"),
            ("Adult", "D"), ("Higgs", "D"), ("Covertype", "D"), ("test RMSE", "X"), ("deep ensemble", "M"),
            ("average rank", "X"), ("MLP-PLR", "M"), ("classification", "T"), ("CatBoost", "M"),
            ("average accuracy", "X"), ("regression", "T"), ("normalized RMSE", "X"),
        ],
        "results": [
            ("RMSE of 0.431", "RMSE", 0.431, None, "California Housing", "Yantric"),
            ("accuracy of 86.1% on Adult", "accuracy", 86.1, "%", "Adult", "Yantric"),
            ("72.9% on Higgs", "accuracy", 72.9, "%", "Higgs", "Yantric"),
            ("72.6% for TabR", "accuracy", 72.6, "%", "Higgs", "TabR"),
            ("97.3% on Covertype", "accuracy", 97.3, "%", "Covertype", "Yantric"),
            ("test RMSE from 0.468", "test RMSE", 0.468, None, "California Housing", "deep ensemble"),
            ("to 0.431", "test RMSE", 0.431, None, "California Housing", "Yantric"),
            ("18\u00d7 fewer parameters", "parameter reduction", 18, "\u00d7", "California Housing", "Yantric"),
            ("average rank falls from 5.6", "average rank", 5.6, None, None, "MLP-PLR"),
            ("3.2 for Yantric", "average rank", 3.2, None, None, "Yantric"),
            ("within 0.2 points of tuned CatBoost in average accuracy", "average accuracy", 0.2, "points", None,
             "Yantric"),
            ("4% better in normalized RMSE", "normalized RMSE", 4, "%", None, "Yantric"),
            ("3.1\u00d7 faster", "speed-up", 3.1, "\u00d7", None, "Yantric"),
            ("7\u00d7 faster", "speed-up", 7, "\u00d7", None, "Yantric"),
        ],
    },
    {
        "field": "tabular",
        "title": "Yeldora: Score-Based Diffusion in a Shared Latent Space for Mixed-Type Tabular Data Synthesis",
        "text": (
            "Tabular data synthesis must preserve column marginals, inter-column dependencies and downstream "
            "utility without leaking the training records. Diffusion models now lead this task: TabDDPM models "
            "numerical and categorical columns with separate Gaussian and multinomial processes, and TabSyn runs "
            "score-based diffusion in the latent space of a variational autoencoder (VAE). Yeldora keeps a single "
            "latent space but trains the VAE and the denoiser jointly with a column-wise contrastive term, so that "
            "categorical columns with hundreds of levels are embedded faithfully. We follow the TabSyn protocol on "
            "six datasets: Adult, Default, Shoppers, Magic, Beijing and News. Averaged over them, the column-wise "
            "density error falls to 0.98% (TabSyn: 1.24%; TabDDPM: 1.79%; CTGAN: 15.3%), and the pair-wise "
            "correlation error to 1.7%. In machine learning efficiency (MLE), classifiers trained on Yeldora "
            "samples reach an AUC within 0.006 of those trained on real data for Adult, Default, Shoppers and "
            "Magic, and the RMSE on Beijing and News is 0.581 and 0.839. \u03b1-Precision and \u03b2-Recall are 99.1 "
            "and 53.4 on average, versus 98.6 and 47.8 for TabSyn. The distance to closest record (DCR) score "
            "stays at 51.2%, close to the ideal of one half, indicating no memorization of training rows. Sampling "
            "10,000 rows takes 1.9 s, 1.4\u00d7 faster than TabSyn, because Yeldora needs only 25 denoising steps."
        ),
        "spans": [
            ("Yeldora", "M"), ("Score-Based Diffusion", "M"), ("Tabular Data Synthesis", "T"),
            ("Tabular data synthesis", "T"), ("Diffusion models", "M"), ("TabDDPM", "M"), ("TabSyn", "M"),
            ("score-based diffusion", "M"), ("variational autoencoder", "M"), ("VAE", "M"), ("Adult", "D"),
            ("Default", "D"), ("Shoppers", "D"), ("Magic", "D"), ("Beijing", "D"), ("News", "D"),
            ("column-wise density error", "X"), ("CTGAN", "M"), ("pair-wise correlation error", "X"),
            ("machine learning efficiency", "X"), ("MLE", "X"), ("AUC", "X"), ("RMSE", "X"),
            ("\u03b1-Precision", "X"), ("\u03b2-Recall", "X"), ("distance to closest record", "X"), ("DCR", "X"),
        ],
        "results": [
            ("column-wise density error falls to 0.98%", "column-wise density error", 0.98, "%", None, None),
            ("1.24%", "column-wise density error", 1.24, "%", None, "TabSyn"),
            ("1.79%", "column-wise density error", 1.79, "%", None, "TabDDPM"),
            ("15.3%", "column-wise density error", 15.3, "%", None, "CTGAN"),
            ("pair-wise correlation error to 1.7%", "pair-wise correlation error", 1.7, "%", None, None),
            ("AUC within 0.006", "AUC", 0.006, None, None, "Yeldora"),
            ("RMSE on Beijing and News is 0.581", "RMSE", 0.581, None, "Beijing", "Yeldora"),
            ("0.839", "RMSE", 0.839, None, "News", "Yeldora"),
            ("\u03b1-Precision and \u03b2-Recall are 99.1", "\u03b1-Precision", 99.1, None, None, None),
            ("53.4", "\u03b2-Recall", 53.4, None, None, None),
            ("98.6", "\u03b1-Precision", 98.6, None, None, "TabSyn"),
            ("47.8", "\u03b2-Recall", 47.8, None, None, "TabSyn"),
            ("DCR) score stays at 51.2%", "DCR", 51.2, "%", None, None),
            ("Sampling 10,000 rows takes 1.9 s", "sampling time", 1.9, "s", None, "Yeldora"),
            ("1.4\u00d7 faster than TabSyn", "speed-up", 1.4, "\u00d7", None, "Yeldora"),
        ],
    },
    {
        "field": "tabular",
        "title": "Yvarrow: Teaching Language Models to Read Tables Cell by Cell for Few-Shot Classification",
        "text": (
            "Large language models (LLMs) can classify tabular rows from a handful of labelled examples once each "
            "row is serialized into text, as TabLLM showed with T0. Serialization, however, discards the column "
            "structure, and accuracy degrades quickly as the number of features grows. We propose Yvarrow, a "
            "lightweight column encoder that maps each cell to a soft token, interleaves it with the column name "
            "and passes the sequence to a frozen LLM, so that the model reads a row as a sequence of typed cells "
            "rather than as free text. The encoder is pretrained on a few thousand public tables with a masked "
            "cell modelling objective and then kept fixed; at test time only the in-context examples change. We "
            "evaluate few-shot tabular classification with Llama-3-8B and Qwen2.5-7B as backbones on the nine "
            "TabLLM datasets (Bank, Blood, California, Car, Credit-g, Diabetes, Heart, Income and Jungle), with "
            "between 4 and 64 shots. Yvarrow improves over text serialization at every shot count and for both "
            "backbones, and the margin is largest on wide tables such as Bank and Income. With 16 shots and "
            "Llama-3-8B, it raises the mean AUROC across the nine datasets from 0.742 to 0.801, matching XGBoost "
            "trained on 256 examples. The advantage disappears with larger training sets, where gradient-boosted "
            "trees remain preferable, and we discuss why the soft tokens transfer poorly between backbones of "
            "different sizes."
        ),
        "spans": [
            ("Yvarrow", "M"), ("Language Models", "M"), ("Few-Shot Classification", "T"),
            ("Large language models", "M"), ("LLMs", "M"), ("LLM", "M"), ("TabLLM", "M"), ("T0", "M"),
            ("accuracy", "X"), ("masked cell modelling", "M"), ("few-shot tabular classification", "T"),
            ("Llama-3-8B", "M"), ("Qwen2.5-7B", "M"), ("Bank", "D"), ("Blood", "D"), ("California", "D"),
            ("Car", "D"), ("Credit-g", "D"), ("Diabetes", "D"), ("Heart", "D"), ("Income", "D"), ("Jungle", "D"),
            ("mean AUROC", "X"), ("XGBoost", "M"), ("gradient-boosted trees", "M"),
        ],
        "results": [
            ("mean AUROC across the nine datasets from 0.742 to 0.801", "mean AUROC", 0.801, None, None,
             "Llama-3-8B"),
        ],
    },
    {
        "field": "tabular",
        "title": "Ystrel: Iterative Imputation with Tabular Foundation Models as Conditional Samplers",
        "text": (
            "Missing values are pervasive in tabular data from hospitals, surveys and sensors, and imputation is a "
            "routine step before most downstream analyses. Iterative methods such as MICE and MissForest impute one "
            "column at a time with a regression or classification model fitted to the other columns, while deep "
            "generative imputers such as GAIN, MIWAE and the diffusion model TabCSDI learn a joint model of the "
            "whole table. Both families must be refitted for every new dataset, and the deep variants are unstable "
            "on the small tables that dominate practice. We propose Ystrel, which keeps the chained-equations loop "
            "of MICE but replaces each fitted column model with a single forward pass of a pretrained tabular "
            "foundation model, TabPFN v2, used as a conditional sampler. Because the foundation model returns a "
            "predictive distribution rather than a point estimate, Ystrel produces multiple imputations at no extra "
            "training cost and propagates imputation uncertainty into downstream analyses. We evaluate on tables "
            "from the UCI Machine Learning Repository under missing completely at random (MCAR), missing at random "
            "(MAR) and missing not at random (MNAR) mechanisms. Ystrel gives the lowest imputation RMSE and the "
            "best Wasserstein distance to the true data among the compared methods in most settings, is "
            "competitive with HyperImpute, and yields confidence intervals for the coefficients of downstream "
            "linear models whose coverage is closer to nominal than those obtained with MissForest or GAIN. Its "
            "main limitation is cost on wide tables, since one forward pass is needed per column and iteration."
        ),
        "spans": [
            ("Ystrel", "M"), ("Imputation", "T"), ("Tabular Foundation Models", "M"), ("imputation", "T"),
            ("MICE", "M"), ("MissForest", "M"), ("regression", "T"), ("classification", "T"), ("GAIN", "M"),
            ("MIWAE", "M"), ("diffusion model", "M"), ("TabCSDI", "M"), ("tabular foundation model", "M"),
            ("TabPFN v2", "M"), ("UCI Machine Learning Repository", "D"), ("imputation RMSE", "X"),
            ("Wasserstein distance", "X"), ("HyperImpute", "M"), ("coverage", "X"),
        ],
        "results": [],
    },
]
