"""dev12 records: biomedical (6) and timeseries (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["SliceWeaver", "Pennywort", "Quorin", "SpinorFlow", "Patchwright", "Sagewort",
          "Pleatformer", "Rampart", "Shinglet", "Saltire", "Rivulet", "Pennant"]

RECS = [
    # ------------------------------------------------------------ biomedical
    {
        "field": "biomedical",
        "title": "SliceWeaver: Interleaved Axial Mamba Scans for Medical Image Segmentation",
        "text": (
            r"Medical image segmentation of abdominal CT and brain MRI volumes is still limited by the cost of "
            r"modelling long-range context in 3D. Transformer-based networks such as UNETR and Swin UNETR capture "
            r"global dependencies but scale as $\mathcal{O}(N^2)$ in the number of voxel tokens, while nnU-Net "
            r"remains a convolutional baseline that new architectures rarely beat by a clear margin. We present "
            r"SliceWeaver, a hybrid encoder that interleaves 3D convolutions with axial Mamba blocks scanning the "
            r"volume along three orthogonal directions, for $\mathcal{O}(N)$ cost in the token count. A "
            r"slice-gating module reweights the three scans at every stage. Models are trained on $96^3$ patches "
            r"for $1000$ epochs and evaluated with five-fold cross-validation, using the Dice similarity "
            r"coefficient (DSC) and the 95th-percentile Hausdorff distance (HD95). On BTCV, SliceWeaver reaches a "
            r"mean DSC of $\mathbf{84.9}\%$, against $83.1\%$ for Swin UNETR and $83.8\%$ for nnU-Net, and lowers "
            r"HD95 from $8.6$ to $6.2$ mm. On AMOS-CT, SliceWeaver's margin is smaller ($+0.7$ DSC over nnU-Net, "
            r"$90.3\%$ vs. $89.6\%$), and on the brain tumour task of the Medical Segmentation Decathlon (MSD) it "
            r"obtains $74.6\%$ average DSC. Compared with U-Mamba, SliceWeaver has $41\%$ fewer parameters "
            r"($23.4$M vs. $39.7$M) and runs $1.8\times$ faster at inference on a $160^3$ volume. Code and weights "
            r"are public."
        ),
        "spans": [
            ("SliceWeaver", "M"), ("Mamba", "M"), ("Medical Image Segmentation", "T"),
            ("Medical image segmentation", "T"), ("Transformer", "M"), ("UNETR", "M"), ("Swin UNETR", "M"),
            ("nnU-Net", "M"), ("Dice similarity coefficient", "X"), ("DSC", "X"), ("mean DSC", "X"),
            ("average DSC", "X"), ("95th-percentile Hausdorff distance", "X"), ("HD95", "X"),
            ("BTCV", "D"), ("AMOS-CT", "D"), ("Medical Segmentation Decathlon", "D"), ("MSD", "D"),
            ("U-Mamba", "M"), ("parameters", "X"),
        ],
        "results": [
            (r"mean DSC of $\mathbf{84.9}\%", "mean DSC", 84.9, "%", "BTCV", "SliceWeaver"),
            (r"83.1\%", "mean DSC", 83.1, "%", "BTCV", "Swin UNETR"),
            (r"83.8\%", "mean DSC", 83.8, "%", "BTCV", "nnU-Net"),
            (r"HD95 from $8.6$ to $6.2$ mm", "HD95", 6.2, "mm", "BTCV", "SliceWeaver"),
            (r"+0.7$ DSC", "DSC", 0.7, None, "AMOS-CT", "SliceWeaver"),
            (r"90.3\%", "DSC", 90.3, "%", "AMOS-CT", "SliceWeaver"),
            (r"89.6\%", "DSC", 89.6, "%", "AMOS-CT", "nnU-Net"),
            (r"74.6\%$ average DSC", "average DSC", 74.6, "%", "Medical Segmentation Decathlon", "SliceWeaver"),
            (r"41\%$ fewer parameters", "parameter reduction", 41, "%", None, "SliceWeaver"),
            (r"23.4$M", "parameters", 23.4, "M", None, "SliceWeaver"),
            (r"39.7$M", "parameters", 39.7, "M", None, "U-Mamba"),
            (r"1.8\times$ faster", "speed-up", 1.8, "×", None, "SliceWeaver"),
        ],
    },
    {
        "field": "biomedical",
        "title": "Pennywort: Description-Initialised Code Queries with Hierarchy Attention for Automated ICD Coding",
        "text": (
            "Automated ICD coding assigns International Classification of Diseases codes to discharge summaries, a "
            "task made difficult by long notes, a label space of several thousand codes and an extreme long tail. "
            "Most neural coders, including CAML, LAAT and PLM-ICD, learn one attention query per code from scratch, "
            "so rare codes with a handful of training notes receive poorly estimated queries. We propose Pennywort, "
            "which initialises each code query from the code's textual description, encoded by a clinical language "
            "model, and then refines it with attention over the ICD-10 hierarchy, letting rare codes borrow evidence "
            "from their parents and siblings. Notes longer than the 512-token encoder window are split into "
            "overlapping chunks and pooled with a learned gate. We evaluate on the MIMIC-IV ICD-10 split (122,279 "
            "admissions, 7,942 codes) and on MIMIC-III-50. On MIMIC-IV ICD-10, Pennywort raises macro-F1 from 5.9 "
            "to 8.3 and reaches 60.2 micro-F1, 1.6 points above PLM-ICD. Precision at 8 (P@8) also rises, to 70.1. "
            "Gains are concentrated in the tail: on codes seen fewer than ten times in training, macro-AUC "
            "increases by 4.7 points. On MIMIC-III-50 the picture is more modest: Pennywort obtains a micro-F1 of "
            "72.4 (PLM-ICD: 71.8) and a macro-AUC of 92.1, suggesting that description-based initialisation "
            "matters mainly when labels are scarce. We caution that both datasets come from a single hospital "
            "system and that our error analysis covers only 200 notes."
        ),
        "spans": [
            ("Pennywort", "M"), ("Automated ICD Coding", "T"), ("Automated ICD coding", "T"), ("CAML", "M"),
            ("LAAT", "M"), ("PLM-ICD", "M"), ("MIMIC-IV ICD-10", "D"), ("MIMIC-III-50", "D"), ("language model", "M"),
            ("macro-F1", "X"), ("micro-F1", "X"), ("Precision at 8", "X"), ("P@8", "X"), ("macro-AUC", "X"),
        ],
        "results": [
            ("macro-F1 from 5.9 to 8.3", "macro-F1", 8.3, None, "MIMIC-IV ICD-10", "Pennywort"),
            ("60.2 micro-F1", "micro-F1", 60.2, None, "MIMIC-IV ICD-10", "Pennywort"),
            ("1.6 points", "micro-F1", 1.6, "points", "MIMIC-IV ICD-10", "Pennywort"),
            ("Precision at 8 (P@8) also rises, to 70.1", "P@8", 70.1, None, None, None),
            ("macro-AUC increases by 4.7 points", "macro-AUC", 4.7, "points", None, None),
            ("micro-F1 of 72.4", "micro-F1", 72.4, None, "MIMIC-III-50", "Pennywort"),
            ("71.8", "micro-F1", 71.8, None, "MIMIC-III-50", "PLM-ICD"),
            ("macro-AUC of 92.1", "macro-AUC", 92.1, None, "MIMIC-III-50", "Pennywort"),
        ],
    },
    {
        "field": "biomedical",
        "title": "Quorin: Retrieval-Conditioned Protein Language Models for Zero-Shot Fitness Prediction",
        "text": (
            r"Protein language models (PLMs) such as ESM-2 enable zero-shot fitness prediction by scoring each "
            r"mutation with the log-likelihood ratio between mutant and wild-type residues, but they ignore the "
            r"evolutionary context that alignment-based models like EVE and GEMME exploit. We introduce Quorin, a "
            r"$650$M-parameter PLM that conditions every forward pass on $k=32$ homologous sequences retrieved from "
            r"UniRef50 with a $k$-mer index, without building a multiple sequence alignment. Homologs are fused by "
            r"a lightweight set encoder, so the cost grows as $\mathcal{O}(kL)$ rather than $\mathcal{O}(kL^2)$ "
            r"for MSA Transformer. On the $217$ deep mutational scanning assays of ProteinGym, Quorin achieves an "
            r"average Spearman correlation of $\mathbf{0.492}$, compared with $0.414$ for ESM-2 (650M), $0.457$ "
            r"for TranceptEVE and $0.475$ for SaProt. Quorin outperforms EVE on $61\%$ of assays and ranks first "
            r"on $9$ of the $14$ assay categories grouped by function. Quorin's gains are largest for low-depth "
            r"families ($+0.071$ Spearman over ESM-2) and for stability assays, where NDCG@10 rises from $0.71$ to "
            r"$0.78$. Retrieval adds only $\sim$18\% to inference time, and Quorin scores a full ProteinGym pass "
            r"in $3.4$ GPU-hours on one A100, roughly $5\times$ less than alignment-based pipelines."
        ),
        "spans": [
            ("Quorin", "M"), ("Protein Language Models", "M"), ("Protein language models", "M"),
            ("PLMs", "M"), ("PLM", "M"), ("ESM-2", "M"), ("Zero-Shot Fitness Prediction", "T"),
            ("zero-shot fitness prediction", "T"), ("EVE", "M"), ("GEMME", "M"), ("UniRef50", "D"),
            ("MSA Transformer", "M"), ("ProteinGym", "D"), ("average Spearman correlation", "X"),
            ("Spearman", "X"), ("TranceptEVE", "M"), ("SaProt", "M"), ("NDCG@10", "X"), ("inference time", "X"),
        ],
        "results": [
            (r"average Spearman correlation of $\mathbf{0.492", "average Spearman correlation", 0.492, None,
             "ProteinGym", "Quorin"),
            ("0.414", "average Spearman correlation", 0.414, None, "ProteinGym", "ESM-2"),
            ("0.457", "average Spearman correlation", 0.457, None, "ProteinGym", "TranceptEVE"),
            ("0.475", "average Spearman correlation", 0.475, None, "ProteinGym", "SaProt"),
            (r"outperforms EVE on $61\%$ of assays", "win rate", 61, "%", None, "Quorin"),
            (r"ranks first on $9$ of the $14$ assay categories", "assay categories ranked first", 9, None, None,
             "Quorin"),
            (r"+0.071$ Spearman", "Spearman correlation", 0.071, None, None, "Quorin"),
            (r"NDCG@10 rises from $0.71$ to $0.78", "NDCG@10", 0.78, None, None, "Quorin"),
            (r"18\% to inference time", "inference time", 18, "%", None, None),
            (r"scores a full ProteinGym pass in $3.4$ GPU-hours", "scoring time", 3.4, "GPU-hours", "ProteinGym",
             "Quorin"),
            (r"5\times$ less", "scoring time reduction", 5, "×", "ProteinGym", "Quorin"),
        ],
    },
    {
        "field": "biomedical",
        "title": "SpinorFlow: SE(3)-Equivariant Flow Matching with Bond-Graph Priors for 3D Molecule Generation",
        "text": (
            r"Diffusion models such as EDM and GeoLDM have made 3D molecule generation practical by denoising atom "
            r"coordinates and types jointly, but they need $500$--$1000$ sampling steps and frequently produce "
            r"disconnected fragments. We propose SpinorFlow, an SE(3)-equivariant flow matching model whose prior "
            r"places atoms on a random bond graph rather than drawing them from an isotropic Gaussian, so that "
            r"probability paths start close to chemically plausible geometries. Atom types, formal charges and "
            r"bonds are generated together with the continuous coordinates through a discrete flow over "
            r"categorical features. On QM9, SpinorFlow reaches $99.4\%$ atom stability and $95.8\%$ molecule "
            r"stability with only $50$ integration steps, versus $82.0\%$ molecule stability for EDM and $89.4\%$ "
            r"for GeoLDM at $1000$ steps; its validity $\times$ uniqueness is $95.1\%$. On the harder GEOM-Drugs "
            r"dataset, SpinorFlow improves molecule stability from $40.3\%$ for MiDi to $71.6\%$, and connected "
            r"validity rises by $\sim$12 points over EquiFM. SpinorFlow's drug-like samples have a median strain "
            r"energy of $58.2$ kcal/mol, closer to the $42.9$ of reference conformers than EQGAT-diff ($80.1$). "
            r"SpinorFlow samples $10{,}000$ molecules in $14$ minutes on one GPU, a ${\sim}9\times$ speed-up over "
            r"GeoLDM."
        ),
        "spans": [
            ("SpinorFlow", "M"), ("Flow Matching", "M"), ("flow matching", "M"), ("3D Molecule Generation", "T"),
            ("3D molecule generation", "T"), ("Diffusion models", "M"), ("EDM", "M"), ("GeoLDM", "M"),
            ("QM9", "D"), ("atom stability", "X"), ("molecule stability", "X"),
            (r"validity $\times$ uniqueness", "X"), ("GEOM-Drugs", "D"), ("MiDi", "M"),
            ("connected validity", "X"), ("EquiFM", "M"), ("median strain energy", "X"), ("EQGAT-diff", "M"),
            ("speed-up", "X"),
        ],
        "results": [
            (r"99.4\%$ atom stability", "atom stability", 99.4, "%", "QM9", "SpinorFlow"),
            (r"95.8\%$ molecule stability", "molecule stability", 95.8, "%", "QM9", "SpinorFlow"),
            (r"82.0\%$ molecule stability", "molecule stability", 82.0, "%", "QM9", "EDM"),
            (r"89.4\%", "molecule stability", 89.4, "%", "QM9", "GeoLDM"),
            (r"validity $\times$ uniqueness is $95.1\%", "validity × uniqueness", 95.1, "%", "QM9", "SpinorFlow"),
            (r"molecule stability from $40.3\%", "molecule stability", 40.3, "%", "GEOM-Drugs", "MiDi"),
            (r"71.6\%", "molecule stability", 71.6, "%", "GEOM-Drugs", "SpinorFlow"),
            (r"connected validity rises by $\sim$12 points", "connected validity", 12, "points", "GEOM-Drugs",
             "SpinorFlow"),
            (r"median strain energy of $58.2$ kcal/mol", "median strain energy", 58.2, "kcal/mol", None,
             "SpinorFlow"),
            (r"42.9", "median strain energy", 42.9, "kcal/mol", None, None),
            (r"80.1", "median strain energy", 80.1, "kcal/mol", None, "EQGAT-diff"),
            (r"14$ minutes", "sampling time", 14, "min", None, "SpinorFlow"),
            (r"9\times$ speed-up", "speed-up", 9, "×", None, "SpinorFlow"),
        ],
    },
    {
        "field": "biomedical",
        "title": "Patchwright: Prototype-Guided Multiple Instance Learning for Gigapixel Whole-Slide Image Classification",
        "text": (
            "Slides in computational pathology are digitised as gigapixel whole-slide images (WSIs) containing tens "
            "of thousands of tissue patches, yet usually only a slide-level label is available, which makes "
            "whole-slide image classification a weakly supervised problem. Attention-based multiple instance "
            "learning (MIL) methods such as ABMIL, CLAM and TransMIL aggregate patch embeddings into a slide "
            "representation, but with few training slides they tend to latch onto a small number of highly "
            "attended patches and overfit. Patchwright takes a different route. It learns a compact set of "
            "morphological prototypes from unlabelled slides, summarises every slide by its soft assignments to "
            "these prototypes, and classifies the resulting fixed-size descriptor with a small Transformer. Patch "
            "features come from the UNI foundation model and are kept frozen throughout. We evaluate on "
            "CAMELYON16 metastasis detection, TCGA-NSCLC subtyping and TCGA-RCC subtyping with ten-fold Monte Carlo "
            "cross-validation. Patchwright attains AUCs of 98.1, 97.2 and 99.1, respectively, and the largest "
            "improvement appears on CAMELYON16, where balanced accuracy rises to 94.3% (TransMIL: 90.8%). When "
            "only 16 training slides per class are available, Patchwright keeps a 6.2-point AUC advantage over "
            "ABMIL on TCGA-NSCLC. Because each slide is reduced to 32 prototype assignments, training a full "
            "Patchwright model takes ~9 minutes on a single GPU, compared with roughly 2 hours for TransMIL. The "
            "prototypes are also open to inspection: in a reader study, two pathologists judged 27 of the 32 "
            "prototypes to match a recognisable tissue pattern."
        ),
        "spans": [
            ("Patchwright", "M"), ("Multiple Instance Learning", "M"), ("multiple instance learning", "M"),
            ("MIL", "M"), ("Whole-Slide Image Classification", "T"), ("whole-slide image classification", "T"),
            ("ABMIL", "M"), ("CLAM", "M"), ("TransMIL", "M"), ("Transformer", "M"), ("UNI", "M"),
            ("CAMELYON16", "D"), ("metastasis detection", "T"), ("TCGA-NSCLC", "D"), ("subtyping", "T"),
            ("TCGA-RCC", "D"), ("AUCs", "X"), ("AUC", "X"), ("balanced accuracy", "X"),
        ],
        "results": [
            ("AUCs of 98.1", "AUC", 98.1, None, "CAMELYON16", "Patchwright"),
            ("97.2", "AUC", 97.2, None, "TCGA-NSCLC", "Patchwright"),
            ("99.1", "AUC", 99.1, None, "TCGA-RCC", "Patchwright"),
            ("balanced accuracy rises to 94.3%", "balanced accuracy", 94.3, "%", "CAMELYON16", "Patchwright"),
            ("90.8%", "balanced accuracy", 90.8, "%", "CAMELYON16", "TransMIL"),
            ("6.2-point AUC advantage", "AUC", 6.2, "points", "TCGA-NSCLC", "Patchwright"),
            ("takes ~9 minutes", "training time", 9, "min", None, "Patchwright"),
            ("roughly 2 hours", "training time", 2, "h", None, "TransMIL"),
            ("27 of the 32 prototypes", "prototypes judged", 27, None, None, None),
        ],
    },
    {
        "field": "biomedical",
        "title": "Sagewort: Guideline-Grounded Retrieval and Self-Verification for Open-Domain Medical Question Answering",
        "text": (
            "Sagewort answers 79.6% of MedQA-USMLE questions correctly with an 8B-parameter backbone, 6.1 points "
            "above its base model Llama-3.1-8B-Instruct and within 1.2 points of GPT-4. It does so by grounding "
            "medical question answering in clinical practice guidelines rather than in the model's parametric "
            "memory. Sagewort retrieves passages from a corpus of 46,000 guideline documents and PubMed abstracts "
            "with a dense retriever, drafts a chain-of-thought rationale, and then runs a self-verification pass "
            "that checks each claim against the retrieved evidence and revises unsupported steps. Only the verifier "
            "is trained, with direct preference optimization (DPO) on 12k rationale pairs labelled by a larger "
            "model. On MedMCQA and PubMedQA, Sagewort reaches accuracies of 68.9% and 80.2%, respectively, "
            "outperforming MedRAG with the same backbone by 3.3 and 1.9 points. It also outperforms Meditron-70B "
            "on every benchmark we use, despite having far fewer parameters. Self-verification matters most for "
            "long vignettes: removing it lowers MedQA accuracy by 4.4 points. In a blinded review of 150 answers "
            "by two physicians, rationales from Sagewort were rated as more faithful to the cited evidence than "
            "those of MedRAG in 64% of comparisons. The hallucinated-citation rate falls from 11.3% to 2.7%. We "
            "release the retrieval corpus and prompts, but stress that benchmark accuracy does not establish "
            "clinical safety."
        ),
        "spans": [
            ("Sagewort", "M"), ("Self-Verification", "M"), ("self-verification", "M"),
            ("Self-verification", "M"), ("Open-Domain Medical Question Answering", "T"),
            ("medical question answering", "T"), ("MedQA-USMLE", "D"), ("MedQA", "D"),
            ("Llama-3.1-8B-Instruct", "M"), ("GPT-4", "M"), ("PubMed", "D"), ("chain-of-thought", "M"),
            ("direct preference optimization", "M"), ("DPO", "M"), ("MedMCQA", "D"), ("PubMedQA", "D"),
            ("accuracies", "X"), ("accuracy", "X"), ("MedRAG", "M"), ("Meditron-70B", "M"),
            ("hallucinated-citation rate", "X"),
        ],
        "results": [
            ("answers 79.6% of MedQA-USMLE questions correctly", "accuracy", 79.6, "%", "MedQA", "Sagewort"),
            ("6.1 points", "accuracy", 6.1, "points", "MedQA", "Sagewort"),
            ("within 1.2 points", "accuracy", 1.2, "points", "MedQA", "Sagewort"),
            ("accuracies of 68.9%", "accuracy", 68.9, "%", "MedMCQA", "Sagewort"),
            ("80.2%", "accuracy", 80.2, "%", "PubMedQA", "Sagewort"),
            ("3.3", "accuracy", 3.3, "points", "MedMCQA", "Sagewort"),
            ("1.9 points", "accuracy", 1.9, "points", "PubMedQA", "Sagewort"),
            ("lowers MedQA accuracy by 4.4 points", "accuracy", 4.4, "points", "MedQA", None),
            ("64% of comparisons", "win rate", 64, "%", None, "Sagewort"),
            ("hallucinated-citation rate falls from 11.3% to 2.7%", "hallucinated-citation rate", 2.7, "%", None,
             None),
        ],
    },
    # ------------------------------------------------------------ timeseries
    {
        "field": "timeseries",
        "title": "Pleatformer: Folding Periodic Structure into Patch Tokens for Long-Term Multivariate Forecasting",
        "text": (
            r"Patch-based Transformers have become the default for long-term time series forecasting, yet they "
            r"treat each patch as an independent token and leave periodic structure to be rediscovered by "
            r"attention. Pleatformer folds the input series along its dominant period, estimated per channel by "
            r"FFT, so that tokens aligned to the same phase share a learnable phase embedding; a "
            r"channel-independent encoder then mixes tokens across folds with linear-complexity attention. We "
            r"follow the standard protocol with look-back window $L=512$ and horizons $H\in\{96,192,336,720\}$ on "
            r"seven benchmarks: ETTh1, ETTh2, ETTm1, ETTm2, Weather, Electricity and Traffic. Pleatformer achieves "
            r"the lowest MSE in $24$ of $28$ settings and the lowest MAE in $22$ of $28$. Averaged over horizons, "
            r"Pleatformer reduces MSE by $7.3\%$ relative to PatchTST and by $5.1\%$ relative to iTransformer; on "
            r"Traffic the average MSE is $0.371$ versus $0.395$ for iTransformer and $0.434$ for DLinear. The "
            r"largest gain is on ETTh2 at $H=720$, where MSE drops from $0.431$ to $0.382$. Pleatformer is also "
            r"cheap: it trains an Electricity epoch in $41$ s, $3.6\times$ faster than PatchTST, and needs $2.3$ "
            r"GB of GPU memory, against $9.8$ GB for TimesNet."
        ),
        "spans": [
            ("Pleatformer", "M"), ("Long-Term Multivariate Forecasting", "T"),
            ("long-term time series forecasting", "T"), ("Transformers", "M"), ("FFT", "M"), ("ETTh1", "D"),
            ("ETTh2", "D"), ("ETTm1", "D"), ("ETTm2", "D"), ("Weather", "D"), ("Electricity", "D"),
            ("Traffic", "D"), ("MSE", "X"), ("MAE", "X"), ("average MSE", "X"), ("PatchTST", "M"),
            ("iTransformer", "M"), ("DLinear", "M"), ("GPU memory", "X"), ("TimesNet", "M"),
        ],
        "results": [
            (r"lowest MSE in $24$ of $28$ settings", "settings ranked first", 24, None, None, "Pleatformer"),
            (r"lowest MAE in $22$ of $28", "ranked first", 22, None, None, "Pleatformer"),
            (r"reduces MSE by $7.3\%", "MSE reduction", 7.3, "%", None, "Pleatformer"),
            (r"5.1\%", "MSE reduction", 5.1, "%", None, "Pleatformer"),
            (r"average MSE is $0.371", "average MSE", 0.371, None, "Traffic", "Pleatformer"),
            (r"0.395", "average MSE", 0.395, None, "Traffic", "iTransformer"),
            (r"0.434", "average MSE", 0.434, None, "Traffic", "DLinear"),
            (r"MSE drops from $0.431$ to $0.382", "MSE", 0.382, None, "ETTh2", None),
            (r"trains an Electricity epoch in $41$ s", "training time", 41, "s", "Electricity", "Pleatformer"),
            (r"3.6\times$ faster", "speed-up", 3.6, "×", "Electricity", "Pleatformer"),
            (r"2.3$ GB of GPU memory", "GPU memory", 2.3, "GB", None, "Pleatformer"),
            (r"9.8$ GB", "GPU memory", 9.8, "GB", None, "TimesNet"),
        ],
    },
    {
        "field": "timeseries",
        "title": "Rampart: Contrastive Reconstruction with Normality Prototypes for Multivariate Time-Series Anomaly Detection",
        "text": (
            "Reconstruction-based methods for multivariate time-series anomaly detection tend to reconstruct "
            "anomalies too well, and recent work has shown that the point-adjusted F1 widely reported on SMD, MSL, "
            "SMAP and SWaT inflates scores to the point where a random detector looks competitive. We therefore "
            "revisit the problem under stricter evaluation. Rampart pairs a reconstruction network with a bank of "
            "64 normality prototypes learned by contrastive learning; a window is scored by how far its "
            "reconstruction must move to reach the nearest prototype. Thresholds are set from a fixed 1% "
            "contamination rate rather than tuned on test labels. We report the range-based VUS-PR and the "
            "affiliation F1, and additionally evaluate on the TSB-AD-M suite of 17 multivariate datasets. Rampart "
            "obtains the best VUS-PR on TSB-AD-M among 19 compared detectors (0.39, against 0.31 for the next best, "
            "CNN) and ranks first on 11 of the 17 datasets, although simple baselines such as PCA remain close on "
            "several of them. On SWaT, Rampart raises affiliation F1 from 71.6 for Anomaly Transformer to 78.2, "
            "while on PSM the difference stays below one standard deviation across five seeds. Rampart's VUS-PR "
            "is 18% higher than that of TimesNet on average across SMD, MSL and SMAP. Rampart processes ~12,000 "
            "windows per second on a single GPU. We view these gains as modest, and we release per-dataset scores "
            "so that they can be checked under other protocols."
        ),
        "spans": [
            ("Rampart", "M"), ("Multivariate Time-Series Anomaly Detection", "T"),
            ("multivariate time-series anomaly detection", "T"), ("point-adjusted F1", "X"), ("SMD", "D"),
            ("MSL", "D"), ("SMAP", "D"), ("SWaT", "D"), ("contrastive learning", "M"), ("VUS-PR", "X"),
            ("affiliation F1", "X"), ("TSB-AD-M", "D"), ("CNN", "M"), ("PCA", "M"),
            ("Anomaly Transformer", "M"), ("PSM", "D"), ("TimesNet", "M"), ("windows per second", "X"),
        ],
        "results": [
            ("0.39", "VUS-PR", 0.39, None, "TSB-AD-M", "Rampart"),
            ("0.31", "VUS-PR", 0.31, None, "TSB-AD-M", "CNN"),
            ("ranks first on 11 of the 17 datasets", "datasets ranked first", 11, None, None, "Rampart"),
            ("affiliation F1 from 71.6", "affiliation F1", 71.6, None, "SWaT", "Anomaly Transformer"),
            ("78.2", "affiliation F1", 78.2, None, "SWaT", "Rampart"),
            ("VUS-PR is 18% higher", "VUS-PR", 18, "%", None, "Rampart"),
            ("~12,000 windows per second", "throughput", 12000, "windows/s", None, "Rampart"),
        ],
    },
    {
        "field": "timeseries",
        "title": "Shinglet: Overlapping Dilated Shapelet Kernels for Scalable Time Series Classification",
        "text": (
            r"We present Shinglet, a time series classification method that combines random dilated convolutional "
            r"kernels in the style of ROCKET with learned shapelets whose receptive fields overlap like roof "
            r"shingles. Each kernel contributes one pooled convolution feature and one shapelet match score, and a "
            r"ridge classifier is fitted on top, so training involves no gradient descent. With $10{,}000$ kernels "
            r"per series, Shinglet reaches a mean accuracy of $\mathbf{0.889}$ on the $112$ equal-length UCR "
            r"datasets, ahead of MultiROCKET+Hydra ($0.886$), InceptionTime ($0.874$) and ROCKET ($0.867$) and "
            r"behind only HIVE-COTE 2.0 ($0.891$), from which it is not significantly different (Wilcoxon "
            r"signed-rank test, $\alpha=0.05$). Shinglet beats ROCKET on $61$ of the $112$ datasets and ranks first "
            r"on $29$. On the $26$ equal-length UEA multivariate datasets, Shinglet's mean accuracy is $0.752$ "
            r"($+2.4\%$ over ROCKET). Training Shinglet on all UCR datasets takes $38$ minutes on a single CPU "
            r"core, about $120\times$ less compute than HIVE-COTE 2.0. Removing the shapelet features costs $1.6$ "
            r"accuracy points."
        ),
        "spans": [
            ("Shinglet", "M"), ("Time Series Classification", "T"), ("time series classification", "T"),
            ("ROCKET", "M"), ("ridge classifier", "M"), ("gradient descent", "M"), ("mean accuracy", "X"),
            ("accuracy", "X"), ("UCR", "D"), ("MultiROCKET+Hydra", "M"), ("InceptionTime", "M"),
            ("HIVE-COTE 2.0", "M"), ("UEA", "D"),
        ],
        "results": [
            (r"mean accuracy of $\mathbf{0.889", "mean accuracy", 0.889, None, "UCR", "Shinglet"),
            (r"0.886", "mean accuracy", 0.886, None, "UCR", "MultiROCKET+Hydra"),
            (r"0.874", "mean accuracy", 0.874, None, "UCR", "InceptionTime"),
            (r"0.867", "mean accuracy", 0.867, None, "UCR", "ROCKET"),
            (r"0.891", "mean accuracy", 0.891, None, "UCR", "HIVE-COTE 2.0"),
            (r"beats ROCKET on $61$ of the $112$ datasets", "datasets won", 61, None, None, "Shinglet"),
            (r"ranks first on $29", "ranked first", 29, None, None, "Shinglet"),
            (r"mean accuracy is $0.752", "mean accuracy", 0.752, None, "UEA", "Shinglet"),
            (r"+2.4\%$ over ROCKET", "mean accuracy", 2.4, "%", "UEA", "Shinglet"),
            (r"takes $38$ minutes", "training time", 38, "min", "UCR", "Shinglet"),
            (r"120\times$ less compute", "compute reduction", 120, "×", "UCR", "Shinglet"),
            (r"costs $1.6$ accuracy points", "accuracy", 1.6, "points", None, None),
        ],
    },
    {
        "field": "timeseries",
        "title": "Saltire: A Decoder-Only Time Series Foundation Model with Spectrally Routed Mixture of Experts for Zero-Shot Forecasting",
        "text": (
            r"Pretrained time series foundation models promise forecasting without task-specific training, but "
            r"current models either fix a single patch size, as TimesFM does, or rely on frequency-specific input "
            r"layers, as in Moirai, and both struggle when test data mix sampling rates. We introduce Saltire, a "
            r"decoder-only Transformer of $205$M parameters whose feed-forward layers are replaced by a mixture of "
            r"experts routed on the spectral signature of each patch rather than on its token embedding. Saltire is "
            r"pretrained on $118$B time points drawn from LOTSA, the Chronos training corpus and synthetic "
            r"KernelSynth series, with every GIFT-Eval test series removed to avoid leakage. In zero-shot "
            r"forecasting on GIFT-Eval, Saltire obtains a MASE of $0.701$ and a CRPS of $0.483$, ranking first "
            r"among $14$ pretrained forecasters and improving on Moirai-Large by $\sim$9\% in CRPS. On the $27$ "
            r"datasets of Chronos Benchmark II, Saltire's weighted quantile loss (WQL), scaled by that of Seasonal "
            r"Naive, is $0.612$, compared with $0.649$ for Chronos-Bolt-Base and $0.661$ for TimesFM-2.0, and it "
            r"is the best model on $17$ of the $27$ datasets. Because routing is sparse, only $38$M parameters are "
            r"active per token, so Saltire runs inference $2.4\times$ faster than Moirai-Large at a context length "
            r"of $2048$. We also find that routing becomes unstable on high-frequency energy data, which we leave "
            r"to future work."
        ),
        "spans": [
            ("Saltire", "M"), ("Time Series Foundation Model", "M"), ("time series foundation models", "M"),
            ("Mixture of Experts", "M"), ("mixture of experts", "M"), ("Zero-Shot Forecasting", "T"),
            ("zero-shot forecasting", "T"), ("forecasting", "T"), ("TimesFM", "M"), ("Moirai", "M"),
            ("Transformer", "M"), ("LOTSA", "D"), ("Chronos", "M"), ("KernelSynth", "M"), ("GIFT-Eval", "D"),
            ("MASE", "X"), ("CRPS", "X"), ("Moirai-Large", "M"), ("Chronos Benchmark II", "D"),
            ("weighted quantile loss", "X"), ("WQL", "X"), ("Seasonal Naive", "M"), ("Chronos-Bolt-Base", "M"),
            ("TimesFM-2.0", "M"),
        ],
        "results": [
            (r"MASE of $0.701", "MASE", 0.701, None, "GIFT-Eval", "Saltire"),
            (r"CRPS of $0.483", "CRPS", 0.483, None, "GIFT-Eval", "Saltire"),
            (r"9\% in CRPS", "CRPS", 9, "%", "GIFT-Eval", "Saltire"),
            (r"weighted quantile loss (WQL), scaled by that of Seasonal Naive, is $0.612", "WQL", 0.612, None,
             "Chronos Benchmark II", "Saltire"),
            (r"0.649", "WQL", 0.649, None, "Chronos Benchmark II", "Chronos-Bolt-Base"),
            (r"0.661", "WQL", 0.661, None, "Chronos Benchmark II", "TimesFM-2.0"),
            (r"best model on $17$ of the $27$ datasets", "datasets ranked first", 17, None, "Chronos Benchmark II",
             "Saltire"),
            (r"2.4\times$ faster", "speed-up", 2.4, "×", None, "Saltire"),
        ],
    },
    {
        "field": "timeseries",
        "title": "Rivulet: Prompt-Generated Diffusion Operators for Traffic Forecasting on Road Sensor Graphs",
        "text": (
            "Traffic forecasting on road sensor networks requires models that capture both the spatial "
            "dependencies between sensors and the temporal regularities of each location. Spatio-temporal graph "
            "neural networks (STGNNs) such as DCRNN, Graph WaveNet and STAEformer learn a static or adaptive "
            "adjacency matrix once and apply it at every time step, although congestion propagates differently at "
            "rush hour and at night. Rivulet replaces the fixed adjacency with a diffusion operator whose "
            "transition matrix is generated at each step from a small set of temporal prompts indexed by time of "
            "day and day of week. We evaluate on METR-LA and PEMS-BAY (12-step horizon, one hour ahead) and on "
            "the flow datasets PEMS04 and PEMS08. Rivulet lowers the 60-minute MAE on METR-LA to 3.31 and on "
            "PEMS-BAY to 1.78, improvements of 3.5% and 2.7% over STAEformer. On PEMS04, Rivulet reaches an MAE "
            "of 17.92, an RMSE of 29.85 and a MAPE of 11.84%, and on PEMS08 an MAE of 13.21. Rivulet has only "
            "0.42M parameters, roughly a quarter of STAEformer's. A Rivulet training epoch on PEMS-BAY takes 48 s, "
            "compared with 131 s for Graph WaveNet. Visualising the learned prompts recovers the morning and "
            "evening peaks without any supervision, which suggests that the prompts capture genuine daily "
            "structure rather than noise."
        ),
        "spans": [
            ("Rivulet", "M"), ("Traffic Forecasting", "T"), ("Traffic forecasting", "T"),
            ("Spatio-temporal graph neural networks", "M"), ("STGNNs", "M"), ("DCRNN", "M"),
            ("Graph WaveNet", "M"), ("STAEformer", "M"), ("METR-LA", "D"), ("PEMS-BAY", "D"), ("PEMS04", "D"),
            ("PEMS08", "D"), ("MAE", "X"), ("RMSE", "X"), ("MAPE", "X"),
        ],
        "results": [
            ("MAE on METR-LA to 3.31", "MAE", 3.31, None, "METR-LA", "Rivulet"),
            ("PEMS-BAY to 1.78", "MAE", 1.78, None, "PEMS-BAY", "Rivulet"),
            ("3.5%", "MAE", 3.5, "%", "METR-LA", "Rivulet"),
            ("2.7%", "MAE", 2.7, "%", "PEMS-BAY", "Rivulet"),
            ("MAE of 17.92", "MAE", 17.92, None, "PEMS04", "Rivulet"),
            ("RMSE of 29.85", "RMSE", 29.85, None, "PEMS04", "Rivulet"),
            ("MAPE of 11.84%", "MAPE", 11.84, "%", "PEMS04", "Rivulet"),
            ("MAE of 13.21", "MAE", 13.21, None, "PEMS08", "Rivulet"),
            ("takes 48 s", "training time", 48, "s", "PEMS-BAY", "Rivulet"),
            ("131 s", "training time", 131, "s", "PEMS-BAY", "Graph WaveNet"),
        ],
    },
    {
        "field": "timeseries",
        "title": "Pennant: Do Forecasters Need a Language Model? A 3M-Parameter Pretrained Mixer for Few-Shot Forecasting",
        "text": (
            "LLM-based forecasters such as Time-LLM and GPT4TS repurpose billion-parameter language models for "
            "time series and report strong few-shot results, at a considerable computational price. We ask "
            "whether that price is necessary. Pennant is a 3M-parameter MLP-Mixer pretrained with masked "
            "reconstruction on the UTSD corpus and adapted to a new dataset by tuning only its normalisation and "
            "output layers. In the standard few-shot forecasting setting, where only 10% of the training series "
            "are available, Pennant attains an average MSE of 0.392 on ETTh1 versus 0.556 for Time-LLM and 0.590 "
            "for GPT4TS, and on Weather its average MSE of 0.241 is within 0.004 of Time-LLM. With 5% of the data, "
            "Pennant is best on 7 of the 8 settings we consider. The cost gap is large. Adapting Pennant to ETTh1 "
            "takes 2.1 minutes on a single RTX 4090, whereas Time-LLM needs 5.8 GPU-hours on an A100 with LLaMA-7B "
            "as its backbone; peak memory falls from 31.4 GB to 1.2 GB, and inference latency per batch is 3 ms "
            "against 410 ms. In zero-shot forecasting from ETTh2 to ETTm2, Pennant reaches an MSE of 0.288, 12% "
            "lower than Time-LLM. These results suggest that, on the datasets commonly used to evaluate LLM-based "
            "forecasters, much of the reported benefit may come from pretraining and normalisation rather than "
            "from the language model itself."
        ),
        "spans": [
            ("Pennant", "M"), ("Language Model", "M"), ("language model", "M"), ("language models", "M"),
            ("Few-Shot Forecasting", "T"), ("few-shot forecasting", "T"), ("zero-shot forecasting", "T"),
            ("LLM", "M"), ("Time-LLM", "M"), ("GPT4TS", "M"), ("MLP-Mixer", "M"), ("masked reconstruction", "M"),
            ("UTSD", "D"), ("average MSE", "X"), ("MSE", "X"), ("ETTh1", "D"), ("ETTh2", "D"), ("ETTm2", "D"),
            ("Weather", "D"), ("LLaMA-7B", "M"), ("peak memory", "X"), ("inference latency", "X"),
        ],
        "results": [
            ("average MSE of 0.392", "average MSE", 0.392, None, "ETTh1", "Pennant"),
            ("0.556", "average MSE", 0.556, None, "ETTh1", "Time-LLM"),
            ("0.590", "average MSE", 0.59, None, "ETTh1", "GPT4TS"),
            ("average MSE of 0.241", "average MSE", 0.241, None, "Weather", "Pennant"),
            ("within 0.004", "average MSE", 0.004, None, "Weather", "Pennant"),
            ("best on 7 of the 8 settings", "settings ranked first", 7, None, None, "Pennant"),
            ("takes 2.1 minutes", "adaptation time", 2.1, "min", "ETTh1", "Pennant"),
            ("5.8 GPU-hours", "adaptation time", 5.8, "GPU-hours", "ETTh1", "Time-LLM"),
            ("peak memory falls from 31.4 GB to 1.2 GB", "peak memory", 1.2, "GB", None, "Pennant"),
            ("inference latency per batch is 3 ms", "inference latency", 3, "ms", None, "Pennant"),
            ("410 ms", "inference latency", 410, "ms", None, "Time-LLM"),
            ("MSE of 0.288", "MSE", 0.288, None, "ETTm2", "Pennant"),
            ("12% lower", "MSE", 12, "%", "ETTm2", "Pennant"),
        ],
    },
]
