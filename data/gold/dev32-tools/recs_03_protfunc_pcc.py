"""dev32 records: protein-function-prediction (6) and point-cloud-completion (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the
pipeline, its tests and its output were never looked at or run."""

COINED = ["Dqarvel", "Dquntor", "Dqelsin", "Dqombra", "Dqirren", "Dqavash",
          "Dqessar", "Dqumbrel", "Dqintor", "Dqaphin", "Dqorvane", "Dqoltane"]

RECS = [
    # ------------------------------------------------------------ protein-function-prediction
    {
        "field": "protein-function-prediction",
        "title": "Dqarvel: Fusing Protein Language Model Embeddings with Predicted-Structure Graphs for Protein "
                 "Function Prediction",
        "text": (
            "Sequence-only protein language models (PLMs) such as ESM-2 capture evolutionary signal but ignore the "
            "three-dimensional context that often decides which Gene Ontology terms or enzyme classes a protein "
            "carries, whereas structure encoders such as GearNet-Edge are limited by the few thousand experimentally "
            "solved structures they are trained on. We present Dqarvel, which builds residue graphs from AlphaFold2 "
            "predictions, initialises node features with ESM-2 650M embeddings and exchanges messages between the "
            "sequence and structure streams through a gated fusion layer that down-weights low-confidence regions "
            "instead of discarding them. Dqarvel is pre-trained with multiview contrastive learning on 540k "
            "structures from the AlphaFold Protein Structure Database and then fine-tuned per task. On the EC, "
            "GO-BP, GO-MF and GO-CC benchmarks introduced with DeepFRI, Dqarvel reaches Fmax of 0.912, 0.518, 0.687 "
            "and 0.529, respectively, compared with 0.890, 0.488, 0.681 and 0.464 for ESM-GearNet and 0.810, 0.403, "
            "0.580 and 0.450 for GearNet-Edge. On GO-MF, Dqarvel also raises AUPR from 0.627 for ESM-GearNet to "
            "0.671. The gains are largest at the strictest 30% sequence-identity cutoff, where Dqarvel improves Fmax "
            "on EC by 4.6 points over ESM-GearNet. Replacing AlphaFold2 structures with ESMFold predictions costs "
            "only 0.8 points of Fmax on average, so Dqarvel remains usable for metagenomic proteins that lack close "
            "homologues in the PDB."
        ),
        "spans": [
            ("Dqarvel", "M"), ("Protein Language Model", "M"), ("Protein Function Prediction", "T"),
            ("protein language models", "M"), ("PLMs", "M"), ("ESM-2", "M"), ("ESM-2 650M", "M"),
            ("GearNet-Edge", "M"), ("AlphaFold2", "M"), ("multiview contrastive learning", "M"),
            ("AlphaFold Protein Structure Database", "D"), ("EC", "D"), ("GO-BP", "D"), ("GO-MF", "D"),
            ("GO-CC", "D"), ("DeepFRI", "M"), ("Fmax", "X"), ("ESM-GearNet", "M"), ("AUPR", "X"),
            ("ESMFold", "M"), ("PDB", "D"),
        ],
        "results": [
            ("Fmax of 0.912", "Fmax", 0.912, None, "EC", "Dqarvel"),
            ("0.518", "Fmax", 0.518, None, "GO-BP", "Dqarvel"),
            ("0.687", "Fmax", 0.687, None, "GO-MF", "Dqarvel"),
            ("0.529", "Fmax", 0.529, None, "GO-CC", "Dqarvel"),
            ("0.890", "Fmax", 0.89, None, "EC", "ESM-GearNet"),
            ("0.488", "Fmax", 0.488, None, "GO-BP", "ESM-GearNet"),
            ("0.681", "Fmax", 0.681, None, "GO-MF", "ESM-GearNet"),
            ("0.464", "Fmax", 0.464, None, "GO-CC", "ESM-GearNet"),
            ("0.810", "Fmax", 0.81, None, "EC", "GearNet-Edge"),
            ("0.403", "Fmax", 0.403, None, "GO-BP", "GearNet-Edge"),
            ("0.580", "Fmax", 0.58, None, "GO-MF", "GearNet-Edge"),
            ("0.450", "Fmax", 0.45, None, "GO-CC", "GearNet-Edge"),
            ("AUPR from 0.627", "AUPR", 0.627, None, "GO-MF", "ESM-GearNet"),
            ("0.671", "AUPR", 0.671, None, "GO-MF", "Dqarvel"),
            ("Fmax on EC by 4.6 points", "Fmax", 4.6, "points", "EC", "Dqarvel"),
            ("0.8 points of Fmax", "Fmax", 0.8, "points", None, None),
        ],
    },
    {
        "field": "protein-function-prediction",
        "title": "Dquntor: Hierarchy-Aware Contrastive Learning for Enzyme Commission Number Prediction of "
                 "Understudied Enzymes",
        "text": (
            "EC number prediction for newly sequenced proteins is still dominated by BLASTp searches, which fail for "
            "enzymes without close characterised relatives. CLEAN showed that contrastive learning over ESM-1b "
            "embeddings can close part of this gap, but it treats the four levels of the EC hierarchy as unrelated "
            "labels and calibrates its predictions with a fixed distance threshold. We introduce Dquntor, which "
            "embeds proteins with a frozen ESM-2 encoder and trains a projection head with a hierarchical triplet "
            "loss whose margins grow with the depth at which two EC numbers diverge; predictions are then made by "
            "conformal prediction, which returns a calibrated set of candidate EC numbers per query. On the New-392 "
            "and Price-149 test sets, Dquntor attains F1 scores of 0.571 and 0.412, against 0.499 and 0.353 for "
            "CLEAN, 0.408 and 0.283 for ProteInfer, and 0.387 and 0.140 for BLASTp. On Price-149, Dquntor improves "
            "precision by 9.7 points while keeping recall within 1.1 points of CLEAN. For fourth-level EC numbers "
            "with fewer than five training sequences, Dquntor reaches a recall of 0.38 compared with 0.21 for CLEAN. "
            "Inference on all 570k sequences of Swiss-Prot takes 41 minutes on one GPU, 14\u00d7 faster than DIAMOND "
            "in its sensitive mode."
        ),
        "spans": [
            ("Dquntor", "M"), ("Contrastive Learning", "M"), ("Enzyme Commission Number Prediction", "T"),
            ("EC number prediction", "T"), ("BLASTp", "M"), ("CLEAN", "M"), ("contrastive learning", "M"),
            ("ESM-1b", "M"), ("ESM-2", "M"), ("triplet loss", "M"), ("conformal prediction", "M"),
            ("New-392", "D"), ("Price-149", "D"), ("F1 scores", "X"), ("ProteInfer", "M"), ("precision", "X"),
            ("recall", "X"), ("Swiss-Prot", "D"), ("DIAMOND", "M"),
        ],
        "results": [
            ("F1 scores of 0.571", "F1", 0.571, None, "New-392", "Dquntor"),
            ("0.412", "F1", 0.412, None, "Price-149", "Dquntor"),
            ("0.499", "F1", 0.499, None, "New-392", "CLEAN"),
            ("0.353", "F1", 0.353, None, "Price-149", "CLEAN"),
            ("0.408", "F1", 0.408, None, "New-392", "ProteInfer"),
            ("0.283", "F1", 0.283, None, "Price-149", "ProteInfer"),
            ("0.387", "F1", 0.387, None, "New-392", "BLASTp"),
            ("0.140", "F1", 0.14, None, "Price-149", "BLASTp"),
            ("precision by 9.7 points", "precision", 9.7, "points", "Price-149", "Dquntor"),
            ("recall within 1.1 points", "recall", 1.1, "points", "Price-149", "Dquntor"),
            ("recall of 0.38", "recall", 0.38, None, None, "Dquntor"),
            ("0.21 for CLEAN", "recall", 0.21, None, None, "CLEAN"),
            ("takes 41 minutes", "inference time", 41, "min", "Swiss-Prot", None),
            ("14\u00d7 faster", "speed-up", 14, "\u00d7", "Swiss-Prot", None),
        ],
    },
    {
        "field": "protein-function-prediction",
        "title": "Dqelsin: Aligning Protein and Gene Ontology Text Embeddings for Zero-Shot Function Prediction",
        "text": (
            "Most deep learning models for GO term prediction are trained as multi-label classifiers over a fixed "
            "vocabulary and cannot score terms that were added to the ontology after training or that have too few "
            "annotated proteins to learn from. DeepGO-SE partly addresses this by reasoning over ontology axioms, "
            "but it still requires every new term to be logically linked to terms seen during training. We ask "
            "instead whether the textual definitions of GO terms suffice. Dqelsin encodes proteins with ProtT5 and "
            "term definitions with PubMedBERT and aligns the two spaces by contrastive learning, using sibling terms "
            "in the ontology graph as hard negatives. On the CAFA3 benchmark, Dqelsin obtains Fmax of 0.623 for "
            "molecular function, 0.481 for biological process and 0.694 for cellular component, outperforming "
            "DeepGOPlus (0.544, 0.469 and 0.642) and staying within 0.01 of DeepGO-SE in every ontology, with lower "
            "Smin throughout. The benefit is clearest on terms never seen during training: on 1,312 molecular "
            "function terms held out entirely, Dqelsin reaches a term-centric AUROC of 0.812, whereas DeepGO-SE "
            "reaches 0.641 on the subset of those terms it can score at all. Performance on biological process "
            "remains limited, which we attribute to the weak correspondence between long process definitions and "
            "sequence features."
        ),
        "spans": [
            ("Dqelsin", "M"), ("Zero-Shot Function Prediction", "T"), ("GO term prediction", "T"),
            ("DeepGO-SE", "M"), ("ProtT5", "M"), ("PubMedBERT", "M"), ("contrastive learning", "M"),
            ("CAFA3", "D"), ("Fmax", "X"), ("DeepGOPlus", "M"), ("Smin", "X"), ("term-centric AUROC", "X"),
        ],
        "results": [
            ("Fmax of 0.623", "Fmax", 0.623, None, "CAFA3", "Dqelsin"),
            ("0.481", "Fmax", 0.481, None, "CAFA3", "Dqelsin"),
            ("0.694", "Fmax", 0.694, None, "CAFA3", "Dqelsin"),
            ("0.544", "Fmax", 0.544, None, "CAFA3", "DeepGOPlus"),
            ("0.469", "Fmax", 0.469, None, "CAFA3", "DeepGOPlus"),
            ("0.642", "Fmax", 0.642, None, "CAFA3", "DeepGOPlus"),
            ("within 0.01", "Fmax", 0.01, None, "CAFA3", "Dqelsin"),
            ("term-centric AUROC of 0.812", "term-centric AUROC", 0.812, None, None, "Dqelsin"),
            ("0.641", "term-centric AUROC", 0.641, None, None, "DeepGO-SE"),
        ],
    },
    {
        "field": "protein-function-prediction",
        "title": "Dqombra: A Time-Split Benchmark Exposes Optimistic Evaluation in Deep Protein Function Prediction",
        "text": (
            "Reported gains in protein function prediction are usually measured on random or sequence-identity "
            "splits of Swiss-Prot, which leak information through homologues and through annotations already "
            "implied by older ones. We introduce Dqombra, a benchmark that follows the CAFA protocol with rolling "
            "time splits: models are trained on annotations available at a cut-off date and evaluated on "
            "experimental GO annotations that appear in the following twelve months, over six consecutive cut-offs "
            "between 2019 and 2024. Dqombra covers 41,806 no-knowledge and limited-knowledge proteins and reports "
            "Fmax, Smin and weighted AUPR, together with term-centric AUROC for rare terms. We retrain nine methods "
            "under identical conditions: DeepGOPlus, DeepGO-SE, TALE, SPROF-GO, PFresGO, DeepFRI, a multilayer "
            "perceptron on ProtT5 embeddings, and the Naive and DIAMOND baselines. Relative to the figures published "
            "on random splits, Fmax drops by 0.08\u20130.21 for molecular function. DIAMOND, a pure "
            "sequence-similarity baseline, ranks first on 4 of the 6 cut-offs for cellular component, and the "
            "ProtT5 perceptron comes within 0.02 Fmax of the best method in every ontology. SPROF-GO attains the "
            "highest average Fmax for molecular function (0.586), ahead of PFresGO (0.571) and DeepGOPlus (0.552). "
            "We release the splits, the evaluation code and a public leaderboard, and argue that time-split "
            "evaluation should become the default for protein function prediction."
        ),
        "spans": [
            ("Dqombra", "D"), ("Protein Function Prediction", "T"), ("protein function prediction", "T"),
            ("Swiss-Prot", "D"), ("CAFA", "D"), ("Fmax", "X"), ("average Fmax", "X"), ("Smin", "X"),
            ("weighted AUPR", "X"), ("term-centric AUROC", "X"), ("DeepGOPlus", "M"), ("DeepGO-SE", "M"),
            ("TALE", "M"), ("SPROF-GO", "M"), ("PFresGO", "M"), ("DeepFRI", "M"), ("multilayer perceptron", "M"),
            ("ProtT5", "M"), ("Naive", "M"), ("DIAMOND", "M"),
        ],
        "results": [
            ("Fmax drops by 0.08\u20130.21", "Fmax", 0.21, None, None, None, {"low": 0.08}),
            ("ranks first on 4 of the 6 cut-offs", "cut-offs ranked first", 4, None, None, "DIAMOND"),
            ("within 0.02 Fmax", "Fmax", 0.02, None, None, "ProtT5"),
            ("0.586", "Fmax", 0.586, None, None, "SPROF-GO"),
            ("0.571", "Fmax", 0.571, None, None, "PFresGO"),
            ("0.552", "Fmax", 0.552, None, None, "DeepGOPlus"),
        ],
    },
    {
        "field": "protein-function-prediction",
        "title": "Dqirren: Distilling Billion-Parameter Protein Language Models into Compact Function Annotators",
        "text": (
            "Fine-tuned protein language models such as ESM-2 3B and ProtT5-XL define the state of the art in "
            "protein function prediction, but running them over metagenomic catalogues of hundreds of millions of "
            "sequences is prohibitively expensive. We present Dqirren, a 35M-parameter convolutional student trained "
            "by knowledge distillation from an ensemble of ESM-2 3B and ProtT5-XL classifiers, with an auxiliary "
            "loss that aligns the student's residue saliency with the teacher's attribution maps around functional "
            "sites. The student stacks dilated convolutions with a gated pooling head and needs neither multiple "
            "sequence alignments nor structures. On the EC and GO-MF benchmarks, Dqirren retains 96.8% and 94.1% of "
            "the teacher's Fmax, respectively. Dqirren also outperforms an ESM-2 35M model fine-tuned directly by "
            "5.2 and 6.9 Fmax points on EC and GO-MF, respectively. Inference throughput reaches 2,900 sequences per "
            "second on a single A100, a 46\u00d7 speed-up over the ESM-2 3B teacher, while peak memory falls from 38 "
            "GB to 2.4 GB. On CAFA3, Dqirren trails its teacher by only 0.011 Fmax in molecular function (0.602 vs. "
            "0.613). Annotating all 1.1 billion sequences of the MGnify protein database took 1,020 GPU-hours, which "
            "makes routine re-annotation of such catalogues affordable for a single laboratory."
        ),
        "spans": [
            ("Dqirren", "M"), ("Protein Language Models", "M"), ("protein language models", "M"),
            ("ESM-2 3B", "M"), ("ProtT5-XL", "M"), ("protein function prediction", "T"),
            ("knowledge distillation", "M"), ("dilated convolutions", "M"), ("EC", "D"), ("GO-MF", "D"),
            ("Fmax", "X"), ("ESM-2 35M", "M"), ("Inference throughput", "X"), ("speed-up", "X"),
            ("peak memory", "X"), ("CAFA3", "D"), ("MGnify", "D"),
        ],
        "results": [
            ("96.8%", "relative Fmax", 96.8, "%", "EC", "Dqirren"),
            ("94.1% of the teacher's Fmax", "relative Fmax", 94.1, "%", "GO-MF", "Dqirren"),
            ("5.2", "Fmax", 5.2, "points", "EC", "Dqirren"),
            ("6.9 Fmax points", "Fmax", 6.9, "points", "GO-MF", "Dqirren"),
            ("Inference throughput reaches 2,900 sequences per second", "throughput", 2900, "sequences/s", None,
             None),
            ("46\u00d7 speed-up", "speed-up", 46, "\u00d7", None, None),
            ("peak memory falls from 38 GB to 2.4 GB", "peak memory", 2.4, "GB", None, None),
            ("0.011 Fmax", "Fmax", 0.011, None, "CAFA3", "Dqirren"),
            ("0.602", "Fmax", 0.602, None, "CAFA3", "Dqirren"),
            ("0.613", "Fmax", 0.613, None, "CAFA3", None),
            ("took 1,020 GPU-hours", "annotation time", 1020, "GPU-hours", "MGnify", None),
        ],
    },
    {
        "field": "protein-function-prediction",
        "title": "Dqavash: Retrieval-Augmented Enzyme Function Prediction from Sequence-Derived Structural Tokens",
        "text": (
            "Most proteins in UniProt lack an experimentally supported function, and many are too distant from "
            "characterised enzymes for sequence search to help. Structure search with Foldseek reaches further into "
            "this dark space, but copying the label of the top structural hit ignores how trustworthy that hit is "
            "at each level of the EC hierarchy. We propose Dqavash, which retrieves the 50 nearest neighbours of a "
            "query in a joint space of ESM-2 embeddings and 3Di tokens predicted by ProstT5, and passes them with "
            "their annotations to a small Transformer that decides, level by level, which EC digits to transfer. "
            "Because 3Di tokens are predicted from sequence alone, Dqavash needs no predicted structure at inference "
            "time. On the New-392 and Price-149 test sets, Dqavash reaches an F1 of 0.603 and 0.436, exceeding "
            "CLEAN by 10.4 and 8.3 points and Foldseek top-hit transfer by 15.9 and 12.7 points, respectively. On "
            "ProteinShake, using its structure split, Dqavash attains 0.887 accuracy in EC number prediction, versus "
            "0.792 for the best graph neural network reported with the benchmark. Retrieval adds only 12 ms per "
            "query against an index of 2.3 million proteins. Ablations attribute more than half of the gain to the "
            "learned transfer policy, while the 3Di tokens matter most for queries whose closest sequence neighbour "
            "shares less than 25% identity."
        ),
        "spans": [
            ("Dqavash", "M"), ("Enzyme Function Prediction", "T"), ("UniProt", "D"), ("Foldseek", "M"),
            ("ESM-2", "M"), ("ProstT5", "M"), ("Transformer", "M"), ("New-392", "D"), ("Price-149", "D"),
            ("F1", "X"), ("CLEAN", "M"), ("ProteinShake", "D"), ("accuracy", "X"), ("EC number prediction", "T"),
            ("graph neural network", "M"),
        ],
        "results": [
            ("F1 of 0.603", "F1", 0.603, None, "New-392", "Dqavash"),
            ("0.436", "F1", 0.436, None, "Price-149", "Dqavash"),
            ("10.4", "F1", 10.4, "points", "New-392", "Dqavash"),
            ("8.3 points", "F1", 8.3, "points", "Price-149", "Dqavash"),
            ("15.9", "F1", 15.9, "points", "New-392", "Dqavash"),
            ("12.7 points", "F1", 12.7, "points", "Price-149", "Dqavash"),
            ("0.887 accuracy", "accuracy", 0.887, None, "ProteinShake", "Dqavash"),
            ("0.792", "accuracy", 0.792, None, "ProteinShake", None),
            ("Retrieval adds only 12 ms", "retrieval time", 12, "ms", None, None),
        ],
    },
    # ------------------------------------------------------------ point-cloud-completion
    {
        "field": "point-cloud-completion",
        "title": "Dqessar: Skeleton-Anchored Seed Propagation for Coarse-to-Fine Point Cloud Completion",
        "text": (
            "Recent point cloud completion networks such as SeedFormer and AnchorFormer generate a sparse set of "
            "seed points from the partial input and refine them into a dense shape, but their seeds are placed by "
            "unconstrained attention and tend to cluster around observed regions, leaving thin missing structures "
            "such as chair legs and lamp arms underpopulated. We propose Dqessar, which first predicts a medial-axis "
            "skeleton of the complete object, anchors seeds along it, and then upsamples them with snowflake point "
            "deconvolution conditioned on the local skeleton radius. On the PCN dataset, Dqessar achieves an average "
            "CD-\u21131 of 6.31 and an F-Score of 0.862, compared with 6.74 and 0.818 for SeedFormer, 6.61 for "
            "AdaPoinTr and 6.52 for ODGNet. Dqessar reduces CD-\u21132 on ShapeNet-55 to 0.68 averaged over the "
            "simple, moderate and hard settings, and on the 21 unseen categories of ShapeNet-34 it obtains a "
            "CD-\u21132 of 1.29 versus 1.52 for AdaPoinTr, suggesting that the skeleton prior transfers across "
            "categories. On real LiDAR scans of cars from KITTI, Dqessar lowers the Minimal Matching Distance (MMD) "
            "to 0.412 with a Fidelity error of 0.118. Dqessar processes a partial scan in 14.8 ms on an RTX 4090, "
            "about 1.6\u00d7 faster than SeedFormer, because skeleton prediction replaces two of the three refinement "
            "stages."
        ),
        "spans": [
            ("Dqessar", "M"), ("Point Cloud Completion", "T"), ("point cloud completion", "T"),
            ("SeedFormer", "M"), ("AnchorFormer", "M"), ("snowflake point deconvolution", "M"), ("PCN", "D"),
            ("average CD-\u21131", "X"), ("F-Score", "X"), ("AdaPoinTr", "M"), ("ODGNet", "M"),
            ("CD-\u21132", "X"), ("ShapeNet-55", "D"), ("ShapeNet-34", "D"), ("KITTI", "D"),
            ("Minimal Matching Distance", "X"), ("MMD", "X"), ("Fidelity error", "X"),
        ],
        "results": [
            ("average CD-\u21131 of 6.31", "CD-\u21131", 6.31, None, "PCN", "Dqessar"),
            ("F-Score of 0.862", "F-Score", 0.862, None, "PCN", "Dqessar"),
            ("6.74", "CD-\u21131", 6.74, None, "PCN", "SeedFormer"),
            ("0.818", "F-Score", 0.818, None, "PCN", "SeedFormer"),
            ("6.61", "CD-\u21131", 6.61, None, "PCN", "AdaPoinTr"),
            ("6.52", "CD-\u21131", 6.52, None, "PCN", "ODGNet"),
            ("CD-\u21132 on ShapeNet-55 to 0.68", "CD-\u21132", 0.68, None, "ShapeNet-55", "Dqessar"),
            ("CD-\u21132 of 1.29", "CD-\u21132", 1.29, None, "ShapeNet-34", "Dqessar"),
            ("1.52", "CD-\u21132", 1.52, None, "ShapeNet-34", "AdaPoinTr"),
            ("Minimal Matching Distance (MMD) to 0.412", "MMD", 0.412, None, "KITTI", "Dqessar"),
            ("Fidelity error of 0.118", "Fidelity", 0.118, None, "KITTI", "Dqessar"),
            ("in 14.8 ms", "latency", 14.8, "ms", None, "Dqessar"),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", None, "Dqessar"),
        ],
    },
    {
        "field": "point-cloud-completion",
        "title": "Dqumbrel: Consistency Distillation Makes Diffusion Models Practical for Point Cloud Completion",
        "text": (
            "Denoising diffusion probabilistic models (DDPMs) such as PDR produce completions with sharper local "
            "detail and more uniform point density than deterministic decoders, but they need hundreds of network "
            "evaluations per shape. We present Dqumbrel, a conditional diffusion model for point cloud completion "
            "that is trained with consistency distillation from a 1,000-step teacher and samples in four steps. A "
            "dual-path conditioning network encodes the partial input with PointNet++ at two resolutions and "
            "injects the resulting features into a point-voxel denoiser through cross-attention. On the MVP "
            "benchmark at 2,048 points, Dqumbrel obtains a CD-\u21132 of 5.12, an EMD of 2.89 and an F-Score of "
            "0.687, against 5.66, 3.20 and 0.640 for PDR and 6.02, 4.11 and 0.610 for VRCNet. At 16,384 points the "
            "gap widens, and Dqumbrel lowers CD-\u21132 by 14.3% relative to PDR. Sampling takes 0.21 s per shape, a "
            "38\u00d7 speed-up over the teacher. On Completion3D, Dqumbrel ranks first on 6 of the 8 categories. The "
            "four-step sampler loses only 0.07 CD-\u21132 with respect to the teacher, and even a one-step variant "
            "stays ahead of VRCNet, which makes diffusion models viable for interactive completion."
        ),
        "spans": [
            ("Dqumbrel", "M"), ("Consistency Distillation", "M"), ("Diffusion Models", "M"),
            ("Point Cloud Completion", "T"), ("Denoising diffusion probabilistic models", "M"), ("DDPMs", "M"),
            ("PDR", "M"), ("diffusion model", "M"), ("diffusion models", "M"), ("point cloud completion", "T"),
            ("consistency distillation", "M"), ("PointNet++", "M", {"punct": True}), ("MVP", "D"),
            ("CD-\u21132", "X"), ("EMD", "X"), ("F-Score", "X"), ("VRCNet", "M"), ("speed-up", "X"),
            ("Completion3D", "D"),
        ],
        "results": [
            ("CD-\u21132 of 5.12", "CD-\u21132", 5.12, None, "MVP", "Dqumbrel"),
            ("EMD of 2.89", "EMD", 2.89, None, "MVP", "Dqumbrel"),
            ("F-Score of 0.687", "F-Score", 0.687, None, "MVP", "Dqumbrel"),
            ("5.66", "CD-\u21132", 5.66, None, "MVP", "PDR"),
            ("3.20", "EMD", 3.2, None, "MVP", "PDR"),
            ("0.640", "F-Score", 0.64, None, "MVP", "PDR"),
            ("6.02", "CD-\u21132", 6.02, None, "MVP", "VRCNet"),
            ("4.11", "EMD", 4.11, None, "MVP", "VRCNet"),
            ("0.610", "F-Score", 0.61, None, "MVP", "VRCNet"),
            ("lowers CD-\u21132 by 14.3%", "CD-\u21132 reduction", 14.3, "%", None, "Dqumbrel"),
            ("Sampling takes 0.21 s", "sampling time", 0.21, "s", None, None),
            ("38\u00d7 speed-up", "speed-up", 38, "\u00d7", None, None),
            ("ranks first on 6 of the 8 categories", "categories ranked first", 6, None, "Completion3D", "Dqumbrel"),
            ("0.07 CD-\u21132", "CD-\u21132", 0.07, None, None, None),
        ],
    },
    {
        "field": "point-cloud-completion",
        "title": "Dqintor: Arbitrary-Scale Point Cloud Upsampling by Projecting onto Learned Unsigned Distance Fields",
        "text": (
            "Point cloud upsampling networks such as PU-GCN and Dis-PU are trained for a fixed upsampling ratio, and "
            "even Grad-PU, which supports arbitrary ratios by refining interpolated points along a learned distance "
            "gradient, inherits noise from its midpoint interpolation. We introduce Dqintor, which learns an "
            "unsigned distance field conditioned on local patch features and generates any number of new points by "
            "projecting random seeds onto its zero level set with a few Newton-like steps, so that a single model "
            "serves all ratios without retraining. On PU1K at 4\u00d7 upsampling, Dqintor attains a Chamfer distance "
            "(CD) of 0.302, a Hausdorff distance (HD) of 2.71 and a point-to-surface distance (P2F) of 1.02, "
            "outperforming Grad-PU (0.404, 3.18, 1.34) and PU-GCN (0.585, 7.58, 2.50). At 16\u00d7 the margin grows, "
            "with CD reduced by 31% relative to Grad-PU. Trained only on synthetic meshes, Dqintor also produces "
            "cleaner inputs for surface reconstruction from sparse LiDAR sweeps, and its upsampled points raise the "
            "AP of a PointPillars detector for 3D object detection by 1.8 points on moderate KITTI cars. Because "
            "projection replaces iterative refinement, Dqintor is 2.4\u00d7 faster than Grad-PU at the same ratio."
        ),
        "spans": [
            ("Dqintor", "M"), ("Arbitrary-Scale Point Cloud Upsampling", "T"), ("Point cloud upsampling", "T"),
            ("PU-GCN", "M"), ("Dis-PU", "M"), ("Grad-PU", "M"), ("PU1K", "D"), ("Chamfer distance", "X"),
            ("CD", "X"), ("Hausdorff distance", "X"), ("HD", "X"), ("point-to-surface distance", "X"),
            ("P2F", "X"), ("surface reconstruction", "T"), ("AP", "X"), ("PointPillars", "M"),
            ("3D object detection", "T"), ("KITTI", "D"),
        ],
        "results": [
            ("Chamfer distance (CD) of 0.302", "Chamfer distance", 0.302, None, "PU1K", "Dqintor"),
            ("Hausdorff distance (HD) of 2.71", "Hausdorff distance", 2.71, None, "PU1K", "Dqintor"),
            ("point-to-surface distance (P2F) of 1.02", "point-to-surface distance", 1.02, None, "PU1K", "Dqintor"),
            ("0.404", "Chamfer distance", 0.404, None, "PU1K", "Grad-PU"),
            ("3.18", "Hausdorff distance", 3.18, None, "PU1K", "Grad-PU"),
            ("1.34", "point-to-surface distance", 1.34, None, "PU1K", "Grad-PU"),
            ("0.585", "Chamfer distance", 0.585, None, "PU1K", "PU-GCN"),
            ("7.58", "Hausdorff distance", 7.58, None, "PU1K", "PU-GCN"),
            ("2.50", "point-to-surface distance", 2.5, None, "PU1K", "PU-GCN"),
            ("CD reduced by 31%", "Chamfer distance reduction", 31, "%", None, None),
            ("by 1.8 points", "AP", 1.8, "points", "KITTI", "Dqintor"),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, "Dqintor"),
        ],
    },
    {
        "field": "point-cloud-completion",
        "title": "Dqaphin: Unpaired Point Cloud Completion of Real Scans with Part-Aware Shape Priors",
        "text": (
            "Completion networks trained on synthetic pairs rendered from ShapeNet transfer poorly to real scans, "
            "whose occlusion patterns, noise and scale differ from rendered partial views, and paired ground truth "
            "is rarely available for real data. Methods for unpaired point cloud completion such as ShapeInversion, "
            "Cycle4Completion and the self-supervised P2C avoid paired supervision, but they either depend on GAN "
            "inversion, which is slow at test time, or recover only coarse geometry. We propose Dqaphin, which "
            "learns part-level shape priors from unpaired complete models with a vector-quantised autoencoder and "
            "completes a real scan by matching its visible parts to prior codes under an occlusion-aware Chamfer "
            "objective, requiring a single forward pass at test time. We evaluate on real scans from ScanNet, "
            "MatterPort3D and KITTI using the unidirectional Chamfer distance (UCD) and the unidirectional "
            "Hausdorff distance (UHD). On the chair and table classes of ScanNet, Dqaphin lowers UCD by 23% and 19% "
            "relative to ShapeInversion, respectively. On KITTI cars, Dqaphin reaches a UHD of 4.62, against 5.40 "
            "for Cycle4Completion and 5.18 for P2C. On the synthetic 3D-EPN benchmark, where ground truth exists, "
            "Dqaphin narrows the gap to the fully supervised SeedFormer to 0.9 in CD-\u21132. Completing a scan "
            "takes 9 ms, compared with roughly 40 s for the per-shape optimisation of ShapeInversion."
        ),
        "spans": [
            ("Dqaphin", "M"), ("Unpaired Point Cloud Completion", "T"), ("unpaired point cloud completion", "T"),
            ("ShapeNet", "D"), ("ShapeInversion", "M"), ("Cycle4Completion", "M"), ("P2C", "M"),
            ("GAN inversion", "M"), ("vector-quantised autoencoder", "M"), ("ScanNet", "D"),
            ("MatterPort3D", "D"), ("KITTI", "D"), ("unidirectional Chamfer distance", "X"), ("UCD", "X"),
            ("unidirectional Hausdorff distance", "X"), ("UHD", "X"), ("3D-EPN", "D"), ("SeedFormer", "M"),
            ("CD-\u21132", "X"),
        ],
        "results": [
            ("UCD by 23%", "UCD reduction", 23, "%", "ScanNet", "Dqaphin"),
            ("19%", "UCD reduction", 19, "%", "ScanNet", "Dqaphin"),
            ("UHD of 4.62", "UHD", 4.62, None, "KITTI", "Dqaphin"),
            ("5.40", "UHD", 5.4, None, "KITTI", "Cycle4Completion"),
            ("5.18", "UHD", 5.18, None, "KITTI", "P2C"),
            ("0.9 in CD-\u21132", "CD-\u21132 gap", 0.9, None, "3D-EPN", "Dqaphin"),
            ("takes 9 ms", "completion time", 9, "ms", None, None),
            ("roughly 40 s", "completion time", 40, "s", None, "ShapeInversion"),
        ],
    },
    {
        "field": "point-cloud-completion",
        "title": "Dqorvane: A 1.8M-Parameter Point Cloud Completion Network for Embedded Robotic Grasping",
        "text": (
            "State-of-the-art completion models such as PoinTr, SnowflakeNet and CRA-PCN reach low Chamfer distances "
            "on synthetic benchmarks, but with tens of millions of parameters and several GFLOPs per shape they are "
            "too slow for the onboard computers of mobile manipulators. We present Dqorvane, a point cloud "
            "completion network built from depthwise separable convolutions over local point neighbourhoods and a "
            "folding decoder that emits the complete shape in a single pass. Knowledge distillation from a frozen "
            "AdaPoinTr teacher, applied both to the output points and to intermediate seed features, recovers most "
            "of the quality lost to the smaller capacity. On the PCN dataset, Dqorvane reaches an average CD-\u21131 "
            "of 7.38 with 1.8M parameters and 0.41 GFLOPs, whereas SnowflakeNet obtains 7.21 with 19.3M parameters "
            "and 10.3 GFLOPs, and PoinTr 8.38 with 30.9M parameters. Compared with CRA-PCN, Dqorvane needs 7.6\u00d7 "
            "fewer FLOPs at a CD-\u21131 cost of 0.39. On a Jetson Orin NX, Dqorvane completes a 2,048-point scan in "
            "6.3 ms, 11.2\u00d7 faster than SnowflakeNet, with 212 MB of peak memory. In a tabletop study with a "
            "Franka Emika Panda arm and 40 household objects, completing the observed point cloud before grasp "
            "planning with Contact-GraspNet raises the grasp success rate from 71.5% to 84.0%, close to the 86.5% "
            "obtained with ground-truth shapes."
        ),
        "spans": [
            ("Dqorvane", "M"), ("Point Cloud Completion", "T"), ("Robotic Grasping", "T"), ("PoinTr", "M"),
            ("SnowflakeNet", "M"), ("CRA-PCN", "M"), ("Chamfer distances", "X"), ("parameters", "X"),
            ("GFLOPs", "X"), ("FLOPs", "X"), ("point cloud completion", "T"),
            ("depthwise separable convolutions", "M"), ("Knowledge distillation", "M"), ("AdaPoinTr", "M"),
            ("PCN", "D"), ("average CD-\u21131", "X"), ("CD-\u21131", "X"), ("peak memory", "X"),
            ("grasp planning", "T"), ("Contact-GraspNet", "M"), ("grasp success rate", "X"),
        ],
        "results": [
            ("average CD-\u21131 of 7.38", "CD-\u21131", 7.38, None, "PCN", "Dqorvane"),
            ("1.8M parameters", "parameters", 1.8, "M", "PCN", "Dqorvane"),
            ("0.41 GFLOPs", "FLOPs", 0.41, "G", "PCN", "Dqorvane"),
            ("7.21", "CD-\u21131", 7.21, None, "PCN", "SnowflakeNet"),
            ("19.3M parameters", "parameters", 19.3, "M", "PCN", "SnowflakeNet"),
            ("10.3 GFLOPs", "FLOPs", 10.3, "G", "PCN", "SnowflakeNet"),
            ("8.38", "CD-\u21131", 8.38, None, "PCN", "PoinTr"),
            ("30.9M parameters", "parameters", 30.9, "M", "PCN", "PoinTr"),
            ("7.6\u00d7 fewer FLOPs", "FLOPs reduction", 7.6, "\u00d7", None, "Dqorvane"),
            ("CD-\u21131 cost of 0.39", "CD-\u21131", 0.39, None, None, "Dqorvane"),
            ("in 6.3 ms", "latency", 6.3, "ms", None, "Dqorvane"),
            ("11.2\u00d7 faster", "speed-up", 11.2, "\u00d7", None, "Dqorvane"),
            ("212 MB of peak memory", "peak memory", 212, "MB", None, "Dqorvane"),
            ("grasp success rate from 71.5% to 84.0%", "grasp success rate", 84.0, "%", None, None),
            ("86.5%", "grasp success rate", 86.5, "%", None, None),
        ],
    },
    {
        "field": "point-cloud-completion",
        "title": "Dqoltane: Depth-Lifted Image Tokens for View-Guided Point Cloud Completion",
        "text": (
            "View-guided point cloud completion uses a single RGB image of an object to resolve the ambiguities "
            "that a partial point cloud leaves open. Existing methods such as ViPC, CSDN and XMFnet fuse global "
            "image features with point features, discarding the pixel-level correspondence between the two "
            "modalities. Dqoltane instead lifts the patch tokens of a frozen DINOv2 encoder into 3D using monocular "
            "depth predicted by Depth Anything, so that image evidence and observed points share one coordinate "
            "frame, and completes the shape with a Transformer decoder that attends jointly to both. On "
            "ShapeNet-ViPC, Dqoltane lowers the mean CD-\u21132 over the eight categories from 1.443 for XMFnet to "
            "1.127 and raises the F-Score from 0.796 to 0.842; its CD-\u21132 on lamps, the hardest category, falls "
            "by 35% relative to CSDN. When the image is taken from a viewpoint more than 60\u00b0 away from the "
            "scanning direction, the advantage over XMFnet shrinks but remains 0.19 in CD-\u21132. Without any image, "
            "Dqoltane degrades gracefully and still matches the point-only AdaPoinTr, which indicates that the "
            "fusion does not make the network over-reliant on the image branch. Dqoltane runs at 38 frames per "
            "second on an RTX 3090 with both foundation encoders kept frozen, and we release code and pretrained "
            "weights."
        ),
        "spans": [
            ("Dqoltane", "M"), ("View-Guided Point Cloud Completion", "T"),
            ("View-guided point cloud completion", "T"), ("ViPC", "M"), ("CSDN", "M"), ("XMFnet", "M"),
            ("DINOv2", "M"), ("Depth Anything", "M"), ("Transformer", "M"), ("ShapeNet-ViPC", "D"),
            ("mean CD-\u21132", "X"), ("CD-\u21132", "X"), ("F-Score", "X"), ("AdaPoinTr", "M"),
            ("frames per second", "X"),
        ],
        "results": [
            ("1.443 for XMFnet", "CD-\u21132", 1.443, None, "ShapeNet-ViPC", "XMFnet"),
            ("1.127", "CD-\u21132", 1.127, None, "ShapeNet-ViPC", "Dqoltane"),
            ("F-Score from 0.796 to 0.842", "F-Score", 0.842, None, "ShapeNet-ViPC", "Dqoltane"),
            ("falls by 35%", "CD-\u21132 reduction", 35, "%", "ShapeNet-ViPC", "Dqoltane"),
            ("remains 0.19 in CD-\u21132", "CD-\u21132", 0.19, None, None, None),
            ("38 frames per second", "throughput", 38, "frames/s", None, "Dqoltane"),
        ],
    },
]
