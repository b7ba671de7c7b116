"""dev5 written records: interpretability (5) and self-supervised (5).
Format: see data/gold/written_gold.py. Annotated by hand from docs/annotation-guidelines.md."""

COINED = ["ProxSAE", "RelayGrad", "PathSieve", "LocusBench", "KnotSHAP",
          "StrataJEPA", "ChordMAE", "TwineGCL", "MeridianTS", "Skimmer"]

RECS = [
    # ------------------------------------------------------------------ interpretability
    {
        "field": "interpretability",
        "title": "Proximal Sparse Autoencoders: Closing the Shrinkage Gap in Dictionary Learning on Language Model Activations",
        "text": (
            "Sparse autoencoders (SAEs) decompose language model activations into sparse, more interpretable "
            "features, but the L1 penalty used to train them shrinks feature activations and trades "
            "reconstruction against sparsity poorly, while TopK and JumpReLU SAEs fix the sparsity level with "
            "hard thresholds that yield many dead or dense features. We introduce proximal sparse "
            "autoencoders (ProxSAEs), which replace the penalty with an iterated proximal step on a learned, "
            "feature-specific threshold and correct shrinkage with a closed-form rescaling at inference. We "
            "train ProxSAEs with 16k to 131k latents on the residual stream of Gemma 2 2B, Pythia-410M and "
            "Llama-3.1-8B, using 2B tokens per SAE. At an average L0 of 64 on layer 12 of Gemma 2 2B, a "
            "ProxSAE reaches an explained variance of 83.4%, against 80.9% for TopK and 81.7% for JumpReLU "
            "SAEs, and raises the fraction of cross-entropy loss recovered from 0.947 to 0.962. The share of "
            "dead latents drops from 11.2% for TopK to 0.8% for ProxSAEs, and no ProxSAE has latents that "
            "fire on more than 10% of tokens. In automated interpretability evaluations with an LLM explainer "
            "and scorer, ProxSAE features obtain a detection score of 0.79, against 0.76 for JumpReLU. On "
            "SAEBench, ProxSAEs are best on 6 of 8 metrics at both dictionary sizes we test, including sparse "
            "probing and feature absorption. Training is about 1.3\u00d7 slower per step than for a TopK SAE."
        ),
        "spans": [
            ("Proximal Sparse Autoencoders", "M"),
            ("Dictionary Learning", "M"),
            ("Sparse autoencoders", "M"),
            ("SAEs", "M"),
            ("SAE", "M"),
            ("TopK", "M"),
            ("TopK SAE", "M"),
            ("JumpReLU", "M"),
            ("JumpReLU SAEs", "M"),
            ("proximal sparse autoencoders", "M"),
            ("ProxSAEs", "M"),
            ("ProxSAE", "M"),
            ("Gemma 2 2B", "M"),
            ("Pythia-410M", "M"),
            ("Llama-3.1-8B", "M"),
            ("L0", "X"),
            ("explained variance", "X"),
            ("fraction of cross-entropy loss recovered", "X"),
            ("dead latents", "X"),
            ("automated interpretability", "M"),
            ("LLM", "M"),
            ("detection score", "X"),
            ("SAEBench", "D"),
            ("sparse probing", "X"),
            ("feature absorption", "X"),
            ("average L0", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("explained variance of 83.4%", "explained variance", 83.4, "%", None, "ProxSAE"),
            ("80.9%", "explained variance", 80.9, "%", None, "TopK"),
            ("81.7%", "explained variance", 81.7, "%", None, "JumpReLU SAEs"),
            ("fraction of cross-entropy loss recovered from 0.947 to 0.962", "fraction of cross-entropy loss recovered",
             0.962, None, None, "ProxSAE"),
            ("dead latents drops from 11.2%", "dead latents", 11.2, "%", None, "TopK"),
            ("0.8%", "dead latents", 0.8, "%", None, "ProxSAEs"),
            ("detection score of 0.79", "detection score", 0.79, None, None, "ProxSAE"),
            ("0.76", "detection score", 0.76, None, None, "JumpReLU"),
            ("best on 6 of 8 metrics", "metrics ranked first", 6, None, "SAEBench", "ProxSAEs"),
            ("1.3\u00d7 slower", "slowdown", 1.3, "\u00d7", None, None),
        ],
    },
    {
        "field": "interpretability",
        "title": "RelayGrad: Faithful Attribution for Vision Transformers by Relaying Gradients Along Attention Paths",
        "text": (
            "Gradient-based attribution for Vision Transformers (ViTs) is noisy because the gradient signal "
            "passes through softmax attention and LayerNorm, both of which saturate, while attention-based "
            "explanations such as Attention Rollout ignore the value and MLP pathways. We present RelayGrad, "
            "which propagates relevance from the class token back to the image patches along attention paths, "
            "using locally linearized gradients at each block and a conservation constraint that keeps the "
            "total relevance fixed across layers. RelayGrad needs a single forward and backward pass and no "
            "baseline input. We evaluate on the ImageNet-1K validation set with ViT-B/16, DeiT-S and "
            "DINOv2 ViT-L/14 backbones, comparing against Integrated Gradients, Grad-CAM, Attention Rollout "
            "and AttnLRP. With ViT-B/16, RelayGrad achieves a deletion AUC of 0.094 and an insertion AUC of "
            "0.612, compared with 0.121 and 0.548 for AttnLRP, the strongest baseline. It ranks first in both "
            "insertion AUC and deletion AUC for all three backbones, and improves pointing-game accuracy on "
            "the ImageNet-S segmentation subset from 71.3% to 78.9%. In a sanity check with randomized "
            "weights, RelayGrad maps decorrelate from the original ones, with a Spearman correlation of 0.05, "
            "passing the model-randomization test that several gradient methods fail. Computing an "
            "explanation takes 23 ms per image on an A100, about 40\u00d7 less than Integrated Gradients with 64 "
            "integration steps, which makes RelayGrad practical for auditing large image collections."
        ),
        "spans": [
            ("Vision Transformers", "M"),
            ("ViTs", "M"),
            ("LayerNorm", "M"),
            ("Attention Rollout", "M"),
            ("MLP", "M"),
            ("RelayGrad", "M"),
            ("ImageNet-1K validation", "D"),
            ("ViT-B/16", "M"),
            ("DeiT-S", "M"),
            ("DINOv2", "M"),
            ("ViT-L/14", "M"),
            ("Integrated Gradients", "M"),
            ("Grad-CAM", "M"),
            ("AttnLRP", "M"),
            ("deletion AUC", "X"),
            ("insertion AUC", "X"),
            ("pointing-game accuracy", "X"),
            ("ImageNet-S", "D"),
            ("Spearman correlation", "X"),
        ],
        "results": [
            ("deletion AUC of 0.094", "deletion AUC", 0.094, None, None, "RelayGrad"),
            ("insertion AUC of 0.612", "insertion AUC", 0.612, None, None, "RelayGrad"),
            ("0.121", "deletion AUC", 0.121, None, None, "AttnLRP"),
            ("0.548", "insertion AUC", 0.548, None, None, "AttnLRP"),
            ("pointing-game accuracy on the ImageNet-S segmentation subset from 71.3% to 78.9%",
             "pointing-game accuracy", 78.9, "%", "ImageNet-S", None),
            ("Spearman correlation of 0.05", "Spearman correlation", 0.05, None, None, "RelayGrad"),
            ("takes 23 ms", "explanation time", 23, "ms", None, None),
            ("40\u00d7 less", "speed-up", 40, "\u00d7", None, None),
        ],
    },
    {
        "field": "interpretability",
        "title": "Scalable Circuit Discovery with Learned Edge Masks",
        "text": (
            "Circuit discovery aims to find the minimal computational subgraph of a neural network that "
            "implements a given behaviour. Activation patching identifies faithful circuits but its cost grows "
            "with the number of edges, and gradient approximations such as edge attribution patching (EAP) are "
            "fast but unreliable on larger models. We propose PathSieve, which learns a continuous mask over all "
            "edges of the computational graph with a hard-concrete relaxation, optimized to preserve the "
            "model's logit difference under counterfactual inputs, and then refines the mask with a small "
            "number of exact interventions. On the indirect object identification (IOI), greater-than and "
            "docstring tasks in GPT-2 small, PathSieve recovers the manually identified circuits with an "
            "edge-level ROC AUC of 0.93, 0.89 and 0.91, respectively, compared with 0.84, 0.80 and 0.86 for "
            "ACDC. At a budget of 1% of edges, its circuits retain 92% of the full model's logit difference on "
            "IOI, against 74% for EAP and 87% for EAP-IG. PathSieve takes 6 minutes on a single GPU for GPT-2 "
            "small and 2.4 hours for Pythia-1.4B, whereas ACDC did not finish within 48 hours on the latter. "
            "Applying PathSieve to Llama-3.2-1B, we find a circuit for two-digit addition that reaches a "
            "faithfulness of 0.88 while using attention heads from only four layers. PathSieve also yields "
            "sparser circuits than EAP-IG at equal faithfulness on 12 of 14 tasks drawn from prior circuit "
            "studies."
        ),
        "spans": [
            ("Circuit Discovery", "T"),
            ("Circuit discovery", "T"),
            ("Activation patching", "M"),
            ("edge attribution patching", "M"),
            ("EAP", "M"),
            ("EAP-IG", "M"),
            ("PathSieve", "M"),
            ("hard-concrete relaxation", "M"),
            ("logit difference", "X"),
            ("indirect object identification", "T"),
            ("IOI", "T"),
            ("greater-than", "T"),
            ("docstring", "T"),
            ("GPT-2 small", "M"),
            ("ROC AUC", "X"),
            ("ACDC", "M"),
            ("Pythia-1.4B", "M"),
            ("Llama-3.2-1B", "M"),
            ("two-digit addition", "T"),
            ("faithfulness", "X"),
        ],
        "results": [
            ("ROC AUC of 0.93", "ROC AUC", 0.93, None, None, "PathSieve"),
            ("0.89", "ROC AUC", 0.89, None, None, "PathSieve"),
            ("0.91", "ROC AUC", 0.91, None, None, "PathSieve"),
            ("0.84", "ROC AUC", 0.84, None, None, "ACDC"),
            ("0.80", "ROC AUC", 0.80, None, None, "ACDC"),
            ("0.86", "ROC AUC", 0.86, None, None, "ACDC"),
            ("92% of the full model's logit difference", "relative logit difference", 92, "%", None, None),
            ("74%", "relative logit difference", 74, "%", None, "EAP"),
            ("87%", "relative logit difference", 87, "%", None, "EAP-IG"),
            ("6 minutes", "discovery time", 6, "min", None, "PathSieve"),
            ("2.4 hours", "discovery time", 2.4, "h", None, "PathSieve"),
            ("faithfulness of 0.88", "faithfulness", 0.88, None, None, "PathSieve"),
            ("12 of 14 tasks", "tasks won", 12, None, None, "PathSieve"),
        ],
    },
    {
        "field": "interpretability",
        "title": "Do Interpretability Methods Find the Variables a Model Uses? A Benchmark of Counterfactual Interventions",
        "text": (
            "Many interpretability methods claim to localize concepts in model representations, but they are "
            "rarely compared on whether the variables they find are causally used by the model. We introduce "
            "LocusBench, a benchmark of 38 tasks with known causal structure, such as entity attributes, "
            "arithmetic carries and subject-verb agreement, each paired with 1,000 counterfactual input pairs, "
            "and we use it to evaluate localization methods on Llama-3.1-8B and Gemma 2 9B. Methods are scored "
            "by interchange intervention accuracy (IIA): the rate at which patching the identified "
            "representation into a counterfactual run changes the output as the causal model predicts. "
            "Distributed alignment search (DAS) attains the highest mean IIA, 71.8% on Llama-3.1-8B and 68.2% "
            "on Gemma 2 9B, followed by difference-in-means steering vectors at 63.5% and 61.0%. Linear probes "
            "exceed 95% probing accuracy on 34 of the 38 tasks, yet their directions reach an IIA above 50% on "
            "only 17, showing that decodability and causal use often diverge. Features from off-the-shelf "
            "sparse autoencoders perform worst, with a mean IIA of 41.3%, and a supervised feature-selection "
            "baseline does not raise it above 46%. We also find that DAS overfits in the low-data regime: with "
            "only 64 training pairs, its IIA on held-out pairs falls by 19 points. LocusBench, its "
            "counterfactual generators and all evaluation code are publicly released to support more "
            "rigorous comparisons of localization claims."
        ),
        "spans": [
            ("LocusBench", "D"),
            ("Llama-3.1-8B", "M"),
            ("Gemma 2 9B", "M"),
            ("interchange intervention accuracy", "X"),
            ("IIA", "X"),
            ("Distributed alignment search", "M"),
            ("DAS", "M"),
            ("difference-in-means steering vectors", "M"),
            ("Linear probes", "M"),
            ("probing accuracy", "X"),
            ("sparse autoencoders", "M"),
            ("mean IIA", "X", {"only": [0, 1], "notitle": True}),
        ],
        "results": [
            ("highest mean IIA, 71.8%", "IIA", 71.8, "%", None, "DAS"),
            ("68.2%", "IIA", 68.2, "%", None, "DAS"),
            ("63.5%", "IIA", 63.5, "%", None, "difference-in-means steering vectors"),
            ("61.0%", "IIA", 61.0, "%", None, "difference-in-means steering vectors"),
            ("34 of the 38 tasks", "tasks above threshold", 34, None, None, "Linear probes"),
            ("IIA above 50% on only 17", "tasks above threshold", 17, None, None, "Linear probes"),
            ("mean IIA of 41.3%", "IIA", 41.3, "%", None, "sparse autoencoders"),
            ("above 46%", "IIA", 46, "%", None, None),
            ("IIA on held-out pairs falls by 19 points", "IIA", 19, "points", None, "DAS"),
        ],
    },
    {
        "field": "interpretability",
        "title": "KnotSHAP: Interaction-Aware Shapley Attributions for Faithful Explanations of Text Classifiers",
        "text": (
            "Post-hoc attribution methods such as LIME, KernelSHAP and Integrated Gradients treat tokens as "
            "independent players, so they split the credit for negations, idioms and multi-word expressions in "
            "ways that misrepresent how Transformer-based classifiers actually use them. We propose KnotSHAP, "
            "which estimates Shapley values over a learned partition of the input into interacting spans, found "
            "by a lightweight span detector trained on second-order Shapley interaction indices, and then "
            "distributes span credit to tokens. A paired-sampling estimator keeps the cost at 512 model calls "
            "per explanation. We evaluate KnotSHAP on SST-2, IMDb, e-SNLI and MultiRC with fine-tuned "
            "RoBERTa-large and DeBERTa-v3-base models, using the ERASER faithfulness metrics. KnotSHAP raises "
            "comprehensiveness AOPC to 0.47, 0.39, 0.42 and 0.35 on the four datasets, respectively, while "
            "lowering sufficiency AOPC by 18\u201331% relative to KernelSHAP with the same sampling budget. "
            "KnotSHAP is the most faithful method on 7 of the 8 model-dataset pairs. Against human rationales "
            "in e-SNLI, KnotSHAP raises token-level F1 from 0.41 for Integrated Gradients to 0.52. In a "
            "forward-simulation study with 60 crowdworkers, participants shown KnotSHAP explanations predicted "
            "the classifier's output with 78.5% accuracy, compared with 69.0% for LIME and 66.2% with no "
            "explanation. Generating one explanation takes 1.9 s on a single GPU for RoBERTa-large."
        ),
        "spans": [
            ("KnotSHAP", "M"),
            ("LIME", "M"),
            ("KernelSHAP", "M"),
            ("Integrated Gradients", "M"),
            ("Transformer", "M"),
            ("Shapley values", "M"),
            ("Shapley interaction indices", "M"),
            ("SST-2", "D"),
            ("IMDb", "D"),
            ("e-SNLI", "D"),
            ("MultiRC", "D"),
            ("RoBERTa-large", "M"),
            ("DeBERTa-v3-base", "M"),
            ("ERASER", "D"),
            ("faithfulness", "X"),
            ("comprehensiveness AOPC", "X"),
            ("sufficiency AOPC", "X"),
            ("token-level F1", "X"),
            ("accuracy", "X"),
        ],
        "results": [
            ("comprehensiveness AOPC to 0.47", "comprehensiveness AOPC", 0.47, None, "SST-2", "KnotSHAP"),
            ("0.39", "comprehensiveness AOPC", 0.39, None, "IMDb", "KnotSHAP"),
            ("0.42", "comprehensiveness AOPC", 0.42, None, "e-SNLI", "KnotSHAP"),
            ("0.35", "comprehensiveness AOPC", 0.35, None, "MultiRC", "KnotSHAP"),
            ("lowering sufficiency AOPC by 18\u201331%", "sufficiency AOPC reduction", 31, "%", None, "KnotSHAP",
             {"low": 18}),
            ("7 of the 8 model-dataset pairs", "model-dataset pairs ranked first", 7, None, None, "KnotSHAP"),
            ("token-level F1 from 0.41", "token-level F1", 0.41, None, "e-SNLI", "Integrated Gradients"),
            ("0.52", "token-level F1", 0.52, None, "e-SNLI", "KnotSHAP"),
            ("78.5% accuracy", "accuracy", 78.5, "%", None, "KnotSHAP"),
            ("69.0%", "accuracy", 69.0, "%", None, "LIME"),
            ("66.2%", "accuracy", 66.2, "%", None, None),
            ("takes 1.9 s", "explanation time", 1.9, "s", None, "RoBERTa-large"),
        ],
    },
    # ------------------------------------------------------------------ self-supervised
    {
        "field": "self-supervised",
        "title": "StrataJEPA: Multi-Depth Latent Targets for Joint-Embedding Predictive Pretraining",
        "text": (
            "Joint-embedding predictive architectures (JEPAs) learn image representations by predicting the "
            "latent features of masked target blocks from a visible context, avoiding both pixel reconstruction "
            "and hand-crafted augmentations. However, the targets of I-JEPA come only from the last layer of a "
            "momentum teacher, which biases the representation toward coarse semantics and leaves it weak on "
            "dense and fine-grained tasks. We propose StrataJEPA, which predicts targets drawn from three depths "
            "of the teacher with a shared predictor conditioned on a learned depth embedding, and schedules the "
            "target mix from shallow to deep over training. We pretrain ViT-B/16 and ViT-L/16 on ImageNet-1K "
            "for 300 epochs. With ViT-L/16, StrataJEPA reaches 79.6% linear-probe top-1 accuracy, against 77.5% "
            "for I-JEPA and 76.0% for MAE trained for 1600 epochs, and 74.8% k-NN accuracy. Transfer gains are "
            "larger for fine-grained and dense tasks: linear-probe accuracy on iNaturalist 2018 and Places365 "
            "improves by 4.1 and 2.3 points over I-JEPA, respectively, and semantic segmentation on ADE20K with "
            "a frozen backbone reaches 41.7 mIoU, 3.9 above I-JEPA and close to the 42.4 of DINOv2 trained on "
            "curated data. For low-shot classification with 1% of the ImageNet-1K labels, StrataJEPA achieves "
            "71.2% top-1 accuracy. The method adds 6% to the per-epoch pretraining time and needs 2.4\u00d7 fewer "
            "GPU-hours than MAE to reach a higher linear-probe accuracy."
        ),
        "spans": [
            ("StrataJEPA", "M"),
            ("Joint-embedding predictive architectures", "M"),
            ("JEPAs", "M"),
            ("I-JEPA", "M"),
            ("ViT-B/16", "M"),
            ("ViT-L/16", "M"),
            ("ImageNet-1K", "D"),
            ("linear-probe top-1 accuracy", "X"),
            ("linear-probe accuracy", "X"),
            ("top-1 accuracy", "X"),
            ("k-NN accuracy", "X"),
            ("MAE", "M"),
            ("iNaturalist 2018", "D"),
            ("Places365", "D"),
            ("semantic segmentation", "T"),
            ("ADE20K", "D"),
            ("mIoU", "X"),
            ("DINOv2", "M"),
            ("low-shot classification", "T"),
            ("pretraining time", "X"),
        ],
        "results": [
            ("79.6% linear-probe top-1 accuracy", "linear-probe top-1 accuracy", 79.6, "%", None, "StrataJEPA"),
            ("77.5%", "linear-probe top-1 accuracy", 77.5, "%", None, "I-JEPA"),
            ("76.0%", "linear-probe top-1 accuracy", 76.0, "%", None, "MAE"),
            ("74.8% k-NN accuracy", "k-NN accuracy", 74.8, "%", None, "StrataJEPA"),
            ("by 4.1", "linear-probe accuracy", 4.1, "points", "iNaturalist 2018", None),
            ("2.3 points", "linear-probe accuracy", 2.3, "points", "Places365", None),
            ("41.7 mIoU", "mIoU", 41.7, None, "ADE20K", None),
            ("3.9 above I-JEPA", "mIoU", 3.9, None, "ADE20K", None),
            ("42.4", "mIoU", 42.4, None, "ADE20K", "DINOv2"),
            ("71.2% top-1 accuracy", "top-1 accuracy", 71.2, "%", "ImageNet-1K", "StrataJEPA"),
            ("6% to the per-epoch pretraining time", "pretraining time", 6, "%", None, None),
            ("2.4\u00d7 fewer GPU-hours", "GPU-hours reduction", 2.4, "\u00d7", None, None),
        ],
    },
    {
        "field": "self-supervised",
        "title": "Masked Spectrogram Modeling with Online Codebook Targets for General-Purpose Audio Representations",
        "text": (
            "Self-supervised audio models pretrained on AudioSet either reconstruct masked spectrogram patches, "
            "as in Audio-MAE, or regress the features of a teacher network, as in data2vec and BEATs, and each "
            "family excels on different downstream tasks. We present ChordMAE, a masked spectrogram modeling "
            "approach whose targets are discrete codes from an online codebook that is updated from the teacher "
            "features during pretraining, combined with a light pixel-reconstruction auxiliary head. Codebook "
            "targets remove the need for the iterative tokenizer training of BEATs and stay stable without "
            "special initialization. We pretrain a ViT-B encoder on the 2M unlabeled clips of AudioSet for 32 "
            "epochs on 16 A100 GPUs. After fine-tuning, ChordMAE achieves 49.6 mAP on AudioSet-2M and 41.3 mAP "
            "on AudioSet-20K, outperforming BEATs at 48.6 and 38.9 mAP and Audio-MAE at 47.3 and 37.1 mAP. On "
            "ESC-50, Speech Commands V2 and VoxCeleb1, it reaches 98.1%, 98.4% and 96.2% accuracy, "
            "respectively. In linear evaluation on the HEAR benchmark, ChordMAE ranks first on 11 of the 19 "
            "tasks and raises the normalized average score from 81.7 for data2vec to 84.0. Pretraining "
            "converges 1.8\u00d7 faster than BEATs in wall-clock time because no tokenizer has to be retrained, "
            "and the codebook adds less than 2% to the memory footprint."
        ),
        "spans": [
            ("Masked Spectrogram Modeling", "M"),
            ("masked spectrogram modeling", "M"),
            ("AudioSet", "D"),
            ("Audio-MAE", "M"),
            ("data2vec", "M"),
            ("BEATs", "M"),
            ("ChordMAE", "M"),
            ("ViT-B", "M"),
            ("AudioSet-2M", "D"),
            ("AudioSet-20K", "D"),
            ("mAP", "X"),
            ("ESC-50", "D"),
            ("Speech Commands V2", "D"),
            ("VoxCeleb1", "D"),
            ("accuracy", "X"),
            ("HEAR", "D"),
            ("normalized average score", "X"),
            ("wall-clock time", "X"),
            ("memory footprint", "X"),
        ],
        "results": [
            ("49.6 mAP", "mAP", 49.6, None, "AudioSet-2M", "ChordMAE"),
            ("41.3 mAP", "mAP", 41.3, None, "AudioSet-20K", "ChordMAE"),
            ("48.6", "mAP", 48.6, None, "AudioSet-2M", "BEATs"),
            ("38.9 mAP", "mAP", 38.9, None, "AudioSet-20K", "BEATs"),
            ("47.3", "mAP", 47.3, None, "AudioSet-2M", "Audio-MAE"),
            ("37.1 mAP", "mAP", 37.1, None, "AudioSet-20K", "Audio-MAE"),
            ("98.1%", "accuracy", 98.1, "%", "ESC-50", None),
            ("98.4%", "accuracy", 98.4, "%", "Speech Commands V2", None),
            ("96.2% accuracy", "accuracy", 96.2, "%", "VoxCeleb1", None),
            ("11 of the 19 tasks", "tasks ranked first", 11, None, "HEAR", "ChordMAE"),
            ("normalized average score from 81.7", "normalized average score", 81.7, None, "HEAR", "data2vec"),
            ("84.0", "normalized average score", 84.0, None, "HEAR", "ChordMAE"),
            ("1.8\u00d7 faster", "speed-up", 1.8, "\u00d7", None, None),
            ("less than 2% to the memory footprint", "memory footprint", 2, "%", None, None),
        ],
    },
    {
        "field": "self-supervised",
        "title": "TwineGCL: Augmentation-Free Spectral Contrastive Learning on Graphs",
        "text": (
            "Graph contrastive learning (GCL) methods such as GraphCL and GRACE depend on stochastic "
            "augmentations like edge dropping and feature masking, whose suitability varies across graphs and "
            "which can destroy class-relevant structure, particularly on heterophilic graphs. Masked graph "
            "autoencoders such as GraphMAE avoid augmentations but lag behind on graph-level tasks. We propose "
            "TwineGCL, an augmentation-free method that contrasts two views given by low-pass and high-pass "
            "spectral filters of the same encoder, computed with polynomial approximations in linear time, and "
            "aligns them with a redundancy-reduction objective instead of negative samples. On node "
            "classification, TwineGCL attains 84.9%, 73.8% and 81.6% accuracy on Cora, CiteSeer and PubMed "
            "under linear evaluation, and 72.4% on ogbn-arxiv, where BGRL reaches 71.6%. Its largest gains "
            "appear on the heterophilic Chameleon, Squirrel and Actor graphs, with improvements of 6.3 to 11.5 "
            "points over GraphMAE. On graph classification with eight TUDataset benchmarks, it obtains the best "
            "average accuracy and ranks first on 5 of the 8 benchmarks. For molecular property prediction, "
            "pretraining on 2M ZINC15 molecules and fine-tuning on the eight MoleculeNet classification tasks "
            "yields an average ROC-AUC of 74.6%, 1.9 points above GraphMAE. Pretraining on ogbn-products, with "
            "2.4M nodes, takes 27 minutes on a single GPU, 3.5\u00d7 faster than GRACE, since no augmented graphs "
            "have to be sampled."
        ),
        "spans": [
            ("TwineGCL", "M"),
            ("Contrastive Learning", "M"),
            ("Graph contrastive learning", "M"),
            ("GCL", "M"),
            ("GraphCL", "M"),
            ("GRACE", "M"),
            ("edge dropping", "M"),
            ("feature masking", "M"),
            ("Masked graph autoencoders", "M"),
            ("GraphMAE", "M"),
            ("node classification", "T"),
            ("accuracy", "X"),
            ("Cora", "D"),
            ("CiteSeer", "D"),
            ("PubMed", "D"),
            ("ogbn-arxiv", "D"),
            ("BGRL", "M"),
            ("Chameleon", "D"),
            ("Squirrel", "D"),
            ("Actor", "D"),
            ("graph classification", "T"),
            ("TUDataset", "D"),
            ("molecular property prediction", "T"),
            ("ZINC15", "D"),
            ("MoleculeNet", "D"),
            ("ROC-AUC", "X"),
            ("ogbn-products", "D"),
            ("average accuracy", "X", {"only": [0], "notitle": True}),
            ("average ROC-AUC", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("84.9%", "accuracy", 84.9, "%", "Cora", "TwineGCL"),
            ("73.8%", "accuracy", 73.8, "%", "CiteSeer", "TwineGCL"),
            ("81.6% accuracy", "accuracy", 81.6, "%", "PubMed", "TwineGCL"),
            ("72.4%", "accuracy", 72.4, "%", "ogbn-arxiv", "TwineGCL"),
            ("71.6%", "accuracy", 71.6, "%", "ogbn-arxiv", "BGRL"),
            ("improvements of 6.3 to 11.5 points", "improvement", 11.5, "points", None, None, {"low": 6.3}),
            ("5 of the 8 benchmarks", "benchmarks ranked first", 5, None, "TUDataset", None),
            ("ROC-AUC of 74.6%", "ROC-AUC", 74.6, "%", "MoleculeNet", None),
            ("1.9 points", "ROC-AUC", 1.9, "points", "MoleculeNet", None),
            ("takes 27 minutes", "pretraining time", 27, "min", "ogbn-products", None),
            ("3.5\u00d7 faster", "speed-up", 3.5, "\u00d7", "ogbn-products", None),
        ],
    },
    {
        "field": "self-supervised",
        "title": "Self-Supervised Time-Series Representations from Frequency-Aware Patch Contrast",
        "text": (
            "Self-supervised learning for time series has mostly borrowed objectives from vision and language, "
            "such as contrastive learning in TS2Vec and TF-C or masked reconstruction in SimMTM and PatchTST, "
            "without accounting for the fact that informative structure is spread unevenly over frequencies. We "
            "propose MeridianTS, which splits each series into patches, encodes them with a channel-independent "
            "Transformer, and contrasts patch embeddings against embeddings of band-limited versions of the same "
            "patches, so that the encoder keeps both trend and periodic information. A single MeridianTS model "
            "is pretrained on a 1.2B-point corpus assembled from public sources and then evaluated with frozen "
            "features. On the 128 datasets of the UCR archive, MeridianTS attains an average accuracy of 85.7% "
            "with a linear classifier, compared with 83.0% for TS2Vec and 83.9% for SimMTM, and ranks first on "
            "61 datasets. On the 30 UEA multivariate datasets it improves average accuracy by 2.6 points over "
            "the strongest baseline. For long-term forecasting with a linear head, MeridianTS lowers MSE by "
            "7\u201314% relative to PatchTST with self-supervised pretraining across ETTh1, ETTm1, Weather and "
            "Electricity, and reaches an MSE of 0.398 on ETTh1 averaged over four horizons. Fine-tuned on only "
            "5% of the labels of the Sleep-EDF and Epilepsy datasets, it matches the accuracy of fully "
            "supervised training. Pretraining takes 9 hours on 8 A100 GPUs, and the frozen encoder embeds a "
            "series of length 512 in under a millisecond."
        ),
        "spans": [
            ("Self-supervised learning", "M"),
            ("contrastive learning", "M"),
            ("TS2Vec", "M"),
            ("TF-C", "M"),
            ("masked reconstruction", "M"),
            ("SimMTM", "M"),
            ("PatchTST", "M"),
            ("MeridianTS", "M"),
            ("Transformer", "M"),
            ("UCR", "D"),
            ("accuracy", "X"),
            ("UEA", "D"),
            ("long-term forecasting", "T"),
            ("MSE", "X"),
            ("ETTh1", "D"),
            ("ETTm1", "D"),
            ("Weather", "D"),
            ("Electricity", "D"),
            ("Sleep-EDF", "D"),
            ("Epilepsy", "D"),
            ("average accuracy", "X", {"only": [0, 1], "notitle": True}),
        ],
        "results": [
            ("accuracy of 85.7%", "accuracy", 85.7, "%", "UCR", "MeridianTS"),
            ("83.0%", "accuracy", 83.0, "%", "UCR", "TS2Vec"),
            ("83.9%", "accuracy", 83.9, "%", "UCR", "SimMTM"),
            ("ranks first on 61 datasets", "datasets ranked first", 61, None, "UCR", "MeridianTS"),
            ("accuracy by 2.6 points", "accuracy", 2.6, "points", "UEA", None),
            ("lowers MSE by 7\u201314%", "MSE reduction", 14, "%", None, "MeridianTS", {"low": 7}),
            ("MSE of 0.398", "MSE", 0.398, None, "ETTh1", "MeridianTS"),
            ("takes 9 hours", "pretraining time", 9, "h", None, None),
        ],
    },
    {
        "field": "self-supervised",
        "title": "Skimmer: Token-Sparse Self-Distillation Cuts the Cost of Visual Pretraining",
        "text": (
            "Self-distillation methods such as DINO, iBOT and DINOv2 learn the strongest general-purpose visual "
            "features among self-supervised approaches, but they process several global and many local crops per "
            "image with a full ViT, which makes pretraining one of the most expensive parts of building a "
            "vision foundation model. We present Skimmer, which feeds the student only a learned subset of "
            "informative patch tokens, selected by a lightweight scorer trained to predict the teacher's "
            "attention, and replaces most local crops with token subsets of the global crops. The teacher still "
            "sees all tokens, so its targets are unchanged. Pretraining ViT-B/16 on ImageNet-1K for 400 epochs, "
            "Skimmer keeps 35% of the student tokens and reduces training FLOPs by 2.7\u00d7 and wall-clock time "
            "on 32 A100 GPUs from 79 to 31 hours, while linear-probe accuracy changes from 78.2% for iBOT to "
            "78.5%. k-NN accuracy is 76.4% and fine-tuning accuracy 84.1%. With ViT-L/16, Skimmer matches the "
            "81.0% linear-probe accuracy of iBOT at 0.4\u00d7 its compute. Dense transfer is preserved: on COCO "
            "object detection with Mask R-CNN, box AP is 51.2 versus 51.0 for iBOT, and on ADE20K semantic "
            "segmentation with UperNet, mIoU is 50.3 versus 50.0 for iBOT. Compared with MoCo v3 and MAE at "
            "equal GPU-hours, Skimmer is better on all six downstream benchmarks we consider, suggesting that "
            "much of the compute spent on self-distillation is redundant."
        ),
        "spans": [
            ("Skimmer", "M"),
            ("Self-Distillation", "M"),
            ("Self-distillation", "M"),
            ("self-distillation", "M"),
            ("DINO", "M"),
            ("iBOT", "M"),
            ("DINOv2", "M"),
            ("ViT", "M"),
            ("ViT-B/16", "M"),
            ("ImageNet-1K", "D"),
            ("training FLOPs", "X"),
            ("wall-clock time", "X"),
            ("linear-probe accuracy", "X"),
            ("k-NN accuracy", "X"),
            ("fine-tuning accuracy", "X"),
            ("ViT-L/16", "M"),
            ("COCO", "D"),
            ("object detection", "T"),
            ("Mask R-CNN", "M"),
            ("box AP", "X"),
            ("ADE20K", "D"),
            ("semantic segmentation", "T"),
            ("UperNet", "M"),
            ("mIoU", "X"),
            ("MoCo v3", "M"),
            ("MAE", "M"),
        ],
        "results": [
            ("training FLOPs by 2.7\u00d7", "training FLOPs reduction", 2.7, "\u00d7", "ImageNet-1K", "Skimmer"),
            ("wall-clock time on 32 A100 GPUs from 79 to 31 hours", "wall-clock time", 31, "h", "ImageNet-1K",
             "Skimmer"),
            ("linear-probe accuracy changes from 78.2%", "linear-probe accuracy", 78.2, "%", "ImageNet-1K", "iBOT"),
            ("78.5%", "linear-probe accuracy", 78.5, "%", "ImageNet-1K", "Skimmer"),
            ("k-NN accuracy is 76.4%", "k-NN accuracy", 76.4, "%", None, None),
            ("fine-tuning accuracy 84.1%", "fine-tuning accuracy", 84.1, "%", None, None),
            ("81.0% linear-probe accuracy", "linear-probe accuracy", 81.0, "%", None, "iBOT"),
            ("0.4\u00d7 its compute", "compute", 0.4, "\u00d7", None, "Skimmer"),
            ("box AP is 51.2", "box AP", 51.2, None, "COCO", None),
            ("51.0", "box AP", 51.0, None, "COCO", "iBOT"),
            ("mIoU is 50.3", "mIoU", 50.3, None, "ADE20K", None),
            ("50.0", "mIoU", 50.0, None, "ADE20K", "iBOT"),
        ],
    },
]
