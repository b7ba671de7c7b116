"""dev8 records: theory-optimization (5) and tabular (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Pendril", "Marrowfin", "Mooncrest", "Periwink", "Mirelight",
          "Pallasite", "Nightjar", "Pemmican", "Oriole", "Orrery"]

RECS = [
    # ------------------------------------------------------------ theory-optimization
    {
        "field": "theory-optimization",
        "title": "Pendril: Curvature-Scaled Orthogonalized Momentum Reaches AdamW's Loss in 1.4× Fewer Steps",
        "text": (
            "Matrix-aware optimizers such as Muon and Shampoo now match or beat AdamW when pretraining large language "
            "models (LLMs), but their advantage shrinks at large batch sizes and their learning rates transfer poorly "
            "across scales. We propose Pendril, which orthogonalizes the momentum of each weight matrix with five "
            "Newton-Schulz iterations and rescales the result by running estimates of the curvature of its row and "
            "column spaces. For L-smooth nonconvex objectives under a spectral-norm trust region, we prove that Pendril "
            "finds an ε-stationary point with O(ε^-4) stochastic gradient evaluations, matching the lower bound of "
            "Arjevani et al. (2023). We pretrain GPT-2-style models with 124M to 1.3B parameters on FineWeb at 20 "
            "tokens per parameter, batch size 512 and sequence length 1024. Pendril reaches the final validation loss "
            "of AdamW in 1.41× and 1.36× fewer steps at 124M and 1.3B, respectively, against 1.28× and 1.17× for Muon. "
            "At 1.3B, the final validation loss on FineWeb is 2.912 for Pendril, 2.947 for Muon, 2.958 for SOAP and "
            "2.981 for AdamW. Pendril's per-step overhead over AdamW is 3.1% on 8 H100 GPUs, and its optimizer memory "
            "is 1.0× the parameter count versus 2.0× for AdamW. Downstream, zero-shot accuracy on HellaSwag improves "
            "from 41.8 with AdamW to 43.0 with Pendril. Hyper-parameters tuned at 124M transfer unchanged to 1.3B."
        ),
        "spans": [
            ("Pendril", "M"), ("Muon", "M"), ("Shampoo", "M"), ("AdamW", "M"), ("large language models", "M"),
            ("LLMs", "M"), ("Newton-Schulz iterations", "M"), ("GPT-2", "M"), ("FineWeb", "D"),
            ("validation loss", "X"), ("SOAP", "M"), ("per-step overhead", "X"), ("optimizer memory", "X"),
            ("zero-shot accuracy", "X"), ("HellaSwag", "D"),
        ],
        "title_results": [
            ("1.4× Fewer Steps", "step reduction", 1.4, "×", None, "Pendril"),
        ],
        "results": [
            ("1.41×", "step reduction", 1.41, "×", None, "Pendril"),
            ("1.36× fewer steps", "step reduction", 1.36, "×", None, "Pendril"),
            ("1.28×", "step reduction", 1.28, "×", None, "Muon"),
            ("1.17×", "step reduction", 1.17, "×", None, "Muon"),
            ("validation loss on FineWeb is 2.912", "validation loss", 2.912, None, "FineWeb", "Pendril"),
            ("2.947", "validation loss", 2.947, None, "FineWeb", "Muon"),
            ("2.958", "validation loss", 2.958, None, "FineWeb", "SOAP"),
            ("2.981", "validation loss", 2.981, None, "FineWeb", "AdamW"),
            ("per-step overhead over AdamW is 3.1%", "per-step overhead", 3.1, "%", None, "Pendril"),
            ("optimizer memory is 1.0×", "optimizer memory", 1.0, "×", None, "Pendril"),
            ("2.0×", "optimizer memory", 2.0, "×", None, "AdamW"),
            ("zero-shot accuracy on HellaSwag improves from 41.8", "zero-shot accuracy", 41.8, None, "HellaSwag", "AdamW"),
            ("to 43.0", "zero-shot accuracy", 43.0, None, "HellaSwag", "Pendril"),
        ],
    },
    {
        "field": "theory-optimization",
        "title": "Marrowfin: Loopless Variance Reduction without Smoothness Constants for Nonconvex Finite-Sum Optimization",
        "text": (
            "Variance reduction methods such as SVRG, SARAH and PAGE attain the optimal O(n + √n/ε²) gradient "
            "complexity for nonconvex finite-sum optimization, but only when a snapshot probability or epoch length is "
            "tuned to the smoothness constant, which is rarely known. Practitioners therefore fall back on SGD or Adam, "
            "whose worst-case complexity is worse but whose behaviour is forgiving. We introduce Marrowfin, a loopless estimator that sets its probability of recomputing "
            "a full gradient online from the observed drift between successive stochastic gradients. Our main result "
            "shows that Marrowfin attains the same gradient complexity as PAGE, up to a logarithmic factor, without "
            "knowing the smoothness constant, and that it converges linearly under the Polyak-Łojasiewicz condition. "
            "The snapshot rule costs one extra inner product per step, adding under 2% to per-iteration time. We "
            "complement the analysis with nonconvex-regularized logistic regression on four LIBSVM datasets (a9a, w8a, "
            "rcv1 and covtype) and with ResNet-18 on CIFAR-10. To drive the gradient norm below 10^-3, Marrowfin needs "
            "31% fewer gradient evaluations than tuned PAGE on a9a and 18% fewer on covtype, while on w8a and rcv1 the "
            "two stay within 5% of each other; it attains the lowest final gradient norm on 3 of the 4 LIBSVM datasets. "
            "On CIFAR-10, Marrowfin reaches 93.1 ± 0.2% test accuracy after 200 epochs, against 93.4 ± 0.1% for SGD "
            "with momentum and 92.6 ± 0.3% for SARAH, so in our hands the benefit of variance reduction does not carry "
            "over to deep networks. We regard the theory, not the deep-learning numbers, as the main contribution."
        ),
        "spans": [
            ("Marrowfin", "M"), ("Variance Reduction", "M"), ("Variance reduction", "M"), ("variance reduction", "M"),
            ("Nonconvex Finite-Sum Optimization", "T"), ("nonconvex finite-sum optimization", "T"),
            ("SVRG", "M"), ("SARAH", "M"), ("PAGE", "M"), ("gradient complexity", "X"), ("SGD", "M"), ("Adam", "M"),
            ("per-iteration time", "X"), ("logistic regression", "M"), ("LIBSVM", "D"), ("a9a", "D"), ("w8a", "D"),
            ("rcv1", "D"), ("covtype", "D"), ("ResNet-18", "M"), ("CIFAR-10", "D"), ("gradient norm", "X"),
            ("gradient evaluations", "X"), ("test accuracy", "X"), ("SGD with momentum", "M"),
        ],
        "results": [
            ("adding under 2% to per-iteration time", "per-iteration time", 2, "%", None, None),
            ("31% fewer gradient evaluations", "gradient evaluation reduction", 31, "%", "a9a", "Marrowfin"),
            ("18% fewer", "gradient evaluation reduction", 18, "%", "covtype", "Marrowfin"),
            ("within 5%", "gradient evaluations", 5, "%", None, "Marrowfin"),
            ("lowest final gradient norm on 3 of the 4 LIBSVM datasets", "datasets ranked first", 3, None, "LIBSVM",
             "Marrowfin"),
            ("93.1 ± 0.2% test accuracy", "test accuracy", 93.1, "%", "CIFAR-10", "Marrowfin"),
            ("93.4 ± 0.1%", "test accuracy", 93.4, "%", "CIFAR-10", "SGD with momentum"),
            ("92.6 ± 0.3%", "test accuracy", 92.6, "%", "CIFAR-10", "SARAH"),
        ],
    },
    {
        "field": "theory-optimization",
        "title": "Mooncrest: An Anytime Learning-Rate Schedule with Last-Iterate Cooldown Guarantees",
        "text": (
            "Warmup-stable-decay (WSD) schedules and Schedule-Free AdamW have displaced cosine decay in many large-scale "
            "training runs, yet theory explaining why a short cooldown recovers most of the benefit of a full decay "
            "remains thin. We analyse the last iterate of stochastic gradient descent on convex Lipschitz problems and "
            "show that a linear cooldown over the final fraction of training incurs a suboptimality bound that exceeds "
            "the optimal anytime rate by a factor depending only on that fraction. The bound predicts that a cooldown "
            "covering a fifth of training loses almost nothing, matching folklore, and that the averaging window, not "
            "the decay shape, drives the gain. Building on this, we derive Mooncrest, an anytime schedule that "
            "interpolates between a constant step size and the optimal linear decay through a single averaging weight, "
            "so that every checkpoint enjoys the cooldown guarantee without a restart. The rule costs one additional "
            "parameter buffer. We test the theory on image classification with ResNet-50 and ViT-S/16 on ImageNet-1K "
            "(90 and 300 epochs) and on language modeling with a 210M-parameter Llama-style model on SlimPajama. On "
            "ImageNet-1K, Mooncrest checkpoints taken at every 10% of training stay within 0.2 top-1 points of "
            "dedicated WSD runs ending at the same step, and final top-1 accuracy is 76.9% for ResNet-50 and 79.8% for "
            "ViT-S/16, compared with 76.7% and 79.9% under cosine decay. On SlimPajama, Mooncrest ends at a perplexity "
            "of 17.42, between Schedule-Free AdamW (17.61) and WSD with a 20% cooldown (17.38). Across all runs, the "
            "predicted final training loss matches the observed one to within 3%."
        ),
        "spans": [
            ("Mooncrest", "M"), ("Warmup-stable-decay", "M"), ("WSD", "M"), ("Schedule-Free AdamW", "M"),
            ("cosine decay", "M"), ("stochastic gradient descent", "M"), ("image classification", "T"),
            ("ResNet-50", "M"), ("ViT-S/16", "M"), ("ImageNet-1K", "D"), ("language modeling", "T"), ("Llama", "M"),
            ("SlimPajama", "D"), ("top-1", "X"), ("top-1 accuracy", "X"), ("perplexity", "X"), ("training loss", "X"),
        ],
        "results": [
            ("within 0.2 top-1 points", "top-1 accuracy", 0.2, "points", "ImageNet-1K", "Mooncrest"),
            ("top-1 accuracy is 76.9%", "top-1 accuracy", 76.9, "%", "ImageNet-1K", "Mooncrest"),
            ("79.8%", "top-1 accuracy", 79.8, "%", "ImageNet-1K", "Mooncrest"),
            ("76.7%", "top-1 accuracy", 76.7, "%", "ImageNet-1K", "cosine decay"),
            ("79.9%", "top-1 accuracy", 79.9, "%", "ImageNet-1K", "cosine decay"),
            ("perplexity of 17.42", "perplexity", 17.42, None, "SlimPajama", "Mooncrest"),
            ("17.61", "perplexity", 17.61, None, "SlimPajama", "Schedule-Free AdamW"),
            ("17.38", "perplexity", 17.38, None, "SlimPajama", "WSD"),
            ("training loss matches the observed one to within 3%", "training loss", 3, "%", None, None),
        ],
    },
    {
        "field": "theory-optimization",
        "title": "Periwink: Subspace Zeroth-Order Fine-Tuning with Second-Moment Rescaling",
        "text": (
            "Periwink narrows the accuracy gap between zeroth-order fine-tuning and first-order Adam by 62% on average "
            "across eleven SuperGLUE and SQuAD tasks with OPT-13B, while keeping the memory footprint of inference. "
            "Zeroth-order optimization methods such as MeZO estimate gradients from two forward passes that share a "
            "random perturbation, so they need no backpropagation, but the variance of the estimator grows with the "
            "model dimension d and convergence takes tens of thousands of steps. We show that when perturbations are "
            "restricted to a random subspace of rank r that is redrawn every K steps and rescaled by a momentum "
            "estimate of the gradient's second moment, the expected squared gradient norm decays at a rate governed by "
            "r rather than d. The resulting algorithm, Periwink, stores one extra vector per layer. On OPT-13B, "
            "Periwink reaches 91.8% accuracy on SST-2 and 71.5% on RTE, compared with 90.1% and 66.8% for MeZO and "
            "92.0% and 72.9% for Adam. Periwink's F1 on SQuAD is 84.6 (MeZO: 79.2). Convergence is faster too: Periwink "
            "reaches the final training loss of MeZO 4.3× faster in wall-clock time on average. With Periwink, peak GPU memory is 27.4 GB, versus "
            "26.9 GB for MeZO and 316 GB for Adam. All zeroth-order runs use a batch size of 16, 20,000 steps and a "
            "perturbation scale of 10^-3."
        ),
        "spans": [
            ("Periwink", "M"), ("Zeroth-Order Fine-Tuning", "M"), ("zeroth-order fine-tuning", "M"), ("Adam", "M"),
            ("accuracy", "X"), ("SuperGLUE", "D"), ("SQuAD", "D"), ("OPT-13B", "M"), ("memory footprint", "X"),
            ("Zeroth-order optimization", "M"), ("MeZO", "M"), ("backpropagation", "M"),
            ("expected squared gradient norm", "X"), ("SST-2", "D"), ("RTE", "D"), ("F1", "X"),
            ("training loss", "X"), ("wall-clock time", "X"), ("peak GPU memory", "X"),
        ],
        "results": [
            ("accuracy gap between zeroth-order fine-tuning and first-order Adam by 62%", "accuracy gap reduction", 62,
             "%", None, "Periwink"),
            ("91.8% accuracy", "accuracy", 91.8, "%", "SST-2", "Periwink"),
            ("71.5%", "accuracy", 71.5, "%", "RTE", "Periwink"),
            ("90.1%", "accuracy", 90.1, "%", "SST-2", "MeZO"),
            ("66.8%", "accuracy", 66.8, "%", "RTE", "MeZO"),
            ("92.0%", "accuracy", 92.0, "%", "SST-2", "Adam"),
            ("72.9%", "accuracy", 72.9, "%", "RTE", "Adam"),
            ("F1 on SQuAD is 84.6", "F1", 84.6, None, "SQuAD", "Periwink"),
            ("79.2", "F1", 79.2, None, "SQuAD", "MeZO"),
            ("4.3× faster", "speed-up", 4.3, "×", None, "Periwink"),
            ("peak GPU memory is 27.4 GB", "peak GPU memory", 27.4, "GB", None, "Periwink"),
            ("26.9 GB", "peak GPU memory", 26.9, "GB", None, "MeZO"),
            ("316 GB", "peak GPU memory", 316, "GB", None, "Adam"),
        ],
    },
    {
        "field": "theory-optimization",
        "title": "Mirelight: Bidirectional Error Feedback under Arbitrary Data Heterogeneity, and When It Fails",
        "text": (
            "Error feedback (EF) mechanisms such as EF21 make biased compressors like Top-k usable in distributed "
            "training, but existing guarantees assume either uncompressed server-to-worker broadcasts or bounded "
            "gradient dissimilarity across workers. We study Mirelight, an EF variant that compresses both directions "
            "and keeps a server-side control variate, and prove that it converges at the O(1/T) rate of uncompressed "
            "gradient descent for smooth nonconvex objectives under arbitrary data heterogeneity, provided the "
            "contraction parameter of the compressor exceeds a threshold that grows with the number of workers. Below "
            "that threshold, a lower-bound construction shows that divergence is possible, which we believe also "
            "explains instabilities reported for earlier bidirectional schemes. Our experiments are deliberately "
            "modest. With 16 workers training ResNet-20 on CIFAR-10 under Dirichlet(0.1) label skew and Top-k "
            "compression keeping 1% of coordinates in both directions, Mirelight reaches 90.2% test accuracy at 38× "
            "lower communication cost than uncompressed SGD, whose accuracy is 91.0%; EF21-BC reaches 87.5% under the "
            "same budget. On FEMNIST from the LEAF benchmark, Mirelight and EF21 are statistically indistinguishable "
            "(p = 0.41 over 5 seeds). With a more aggressive compressor keeping 0.1% of coordinates, the predicted "
            "failure appears: Mirelight diverges in 3 of 5 seeds, as does EF21-BC in 4 of 5. We therefore recommend "
            "the method only when the contraction condition can be verified, and we release code for checking it."
        ),
        "spans": [
            ("Mirelight", "M"), ("Error Feedback", "M"), ("Error feedback", "M"), ("EF", "M"), ("EF21", "M"),
            ("Top-k", "M"), ("distributed training", "T"), ("gradient descent", "M"), ("ResNet-20", "M"),
            ("CIFAR-10", "D"), ("test accuracy", "X"), ("communication cost", "X"), ("SGD", "M"), ("accuracy", "X"),
            ("EF21-BC", "M"), ("FEMNIST", "D"), ("LEAF", "D"),
        ],
        "results": [
            ("90.2% test accuracy", "test accuracy", 90.2, "%", "CIFAR-10", "Mirelight"),
            ("38× lower communication cost", "communication cost reduction", 38, "×", "CIFAR-10", "Mirelight"),
            ("accuracy is 91.0%", "accuracy", 91.0, "%", "CIFAR-10", "SGD"),
            ("87.5%", "test accuracy", 87.5, "%", "CIFAR-10", "EF21-BC"),
            ("p = 0.41", "p-value", 0.41, None, "FEMNIST", "Mirelight"),
            ("diverges in 3 of 5 seeds", "seeds diverged", 3, None, None, "Mirelight"),
            ("4 of 5", "seeds diverged", 4, None, None, "EF21-BC"),
        ],
    },
    # ------------------------------------------------------------ tabular
    {
        "field": "tabular",
        "title": "Pallasite: A Retrieval-Augmented Tabular Foundation Model for Tables with 100K Rows",
        "text": (
            "Tabular foundation models such as TabPFN v2 and TabICL solve classification and regression by in-context "
            "learning, but attention over all training rows limits them to roughly 10,000 samples. We present "
            "Pallasite, a 48M-parameter transformer pretrained only on synthetic tables drawn from structural causal "
            "priors, which pairs column-wise set attention with a retrieval step that selects, for each test row, the "
            "1,024 most relevant context rows. On TabArena, Pallasite attains an Elo of 1,612, ahead of tuned and "
            "ensembled CatBoost (1,541), RealMLP (1,528) and TabPFN v2 (1,497). On the 72 classification datasets of "
            "the TALENT benchmark its average rank is 3.1 among 28 methods, and it ranks first on 29 datasets. On the "
            "18 OpenML-CC18 datasets with more than 50K rows, where TabPFN v2 cannot run, Pallasite improves ROC-AUC "
            "over LightGBM by 0.9 points on average (p < 0.01, Wilcoxon signed-rank test). Pallasite's inference takes "
            "11.4 s for a 100K-row table with 200 features on one A100, 2.7× faster than TabICL and 41× faster than "
            "tuning XGBoost with 100 Optuna trials. Pretraining on 2.1M synthetic datasets took 96 GPU-hours. "
            "Pallasite remains weaker on high-cardinality categorical features, where it trails CatBoost by 1.6 "
            "ROC-AUC points."
        ),
        "spans": [
            ("Pallasite", "M"), ("Tabular Foundation Model", "M"), ("Tabular foundation models", "M"),
            ("TabPFN v2", "M"), ("TabICL", "M"), ("classification", "T"), ("regression", "T"),
            ("in-context learning", "M"), ("transformer", "M"), ("TabArena", "D"), ("Elo", "X"), ("CatBoost", "M"),
            ("RealMLP", "M"), ("TALENT", "D"), ("average rank", "X"), ("OpenML-CC18", "D"), ("ROC-AUC", "X"),
            ("LightGBM", "M"), ("XGBoost", "M"),
        ],
        "results": [
            ("Elo of 1,612", "Elo", 1612, None, "TabArena", "Pallasite"),
            ("1,541", "Elo", 1541, None, "TabArena", "CatBoost"),
            ("1,528", "Elo", 1528, None, "TabArena", "RealMLP"),
            ("1,497", "Elo", 1497, None, "TabArena", "TabPFN v2"),
            ("average rank is 3.1", "average rank", 3.1, None, "TALENT", None),
            ("ranks first on 29 datasets", "datasets ranked first", 29, None, "TALENT", None),
            ("improves ROC-AUC over LightGBM by 0.9 points", "ROC-AUC", 0.9, "points", "OpenML-CC18", "Pallasite"),
            ("p < 0.01", "p-value", 0.01, None, "OpenML-CC18", "Pallasite"),
            ("inference takes 11.4 s", "inference time", 11.4, "s", None, "Pallasite"),
            ("2.7× faster", "speed-up", 2.7, "×", None, "Pallasite"),
            ("41× faster", "speed-up", 41, "×", None, "Pallasite"),
            ("took 96 GPU-hours", "pretraining time", 96, "GPU-hours", None, None),
            ("trails CatBoost by 1.6 ROC-AUC points", "ROC-AUC", 1.6, "points", None, "Pallasite"),
        ],
    },
    {
        "field": "tabular",
        "title": "Nightjar: Learned Neighbourhood Kernels Make MLPs Competitive with Gradient-Boosted Trees",
        "text": (
            "Gradient-boosted decision trees (GBDTs) remain the default choice for tabular data, and careful benchmarks "
            "have repeatedly found them ahead of deep models on medium-sized datasets with irregular target functions. "
            "Retrieval-augmented architectures such as TabR and ModernNCA narrowed this gap by letting a multilayer "
            "perceptron (MLP) attend to similar training rows, but they measure similarity in a single learned "
            "embedding that struggles when numerical and categorical features interact. Nightjar replaces this "
            "embedding with a product kernel over per-feature piecewise-linear encodings, learns the kernel bandwidths "
            "jointly with the MLP, and aggregates neighbour labels through a gated residual. The kernel adds only 2d "
            "parameters for d features, and Nightjar trains in under 4 minutes per dataset on one GPU. We evaluate on "
            "the 36 datasets of the TabZilla hard suite and on the eight temporally shifted datasets of TabReD. On "
            "TabZilla, the mean normalized accuracy of Nightjar is 0.912, compared with 0.905 for ModernNCA, 0.897 for "
            "TabR and 0.903 for XGBoost, winning on 14 of the 36 datasets. Nightjar also lowers RMSE on California "
            "Housing from 0.403 with TabR to 0.391 and reaches 73.9% accuracy on Higgs. On TabReD, where retrieval has "
            "been reported to suffer under temporal shift, Nightjar outperforms MLP-PLR on 7 of the 8 datasets but "
            "still trails LightGBM on average (ROC-AUC of 0.9601 vs. 0.9612 on Homesite Insurance). Code and tuned "
            "hyper-parameter spaces are public."
        ),
        "spans": [
            ("Nightjar", "M"), ("MLPs", "M"), ("Gradient-Boosted Trees", "M"), ("Gradient-boosted decision trees", "M"),
            ("GBDTs", "M"), ("TabR", "M"), ("ModernNCA", "M"), ("multilayer perceptron", "M"), ("MLP", "M"),
            ("piecewise-linear encodings", "M"), ("TabZilla", "D"), ("TabReD", "D"),
            ("mean normalized accuracy", "X"), ("XGBoost", "M"), ("RMSE", "X"), ("California Housing", "D"),
            ("accuracy", "X"), ("Higgs", "D"), ("MLP-PLR", "M"), ("LightGBM", "M"), ("ROC-AUC", "X"),
            ("Homesite Insurance", "D"),
        ],
        "results": [
            ("trains in under 4 minutes per dataset", "training time", 4, "min", None, "Nightjar"),
            ("mean normalized accuracy of Nightjar is 0.912", "mean normalized accuracy", 0.912, None, "TabZilla",
             "Nightjar"),
            ("0.905", "mean normalized accuracy", 0.905, None, "TabZilla", "ModernNCA"),
            ("0.897", "mean normalized accuracy", 0.897, None, "TabZilla", "TabR"),
            ("0.903", "mean normalized accuracy", 0.903, None, "TabZilla", "XGBoost"),
            ("winning on 14 of the 36 datasets", "datasets won", 14, None, "TabZilla", "Nightjar"),
            ("RMSE on California Housing from 0.403", "RMSE", 0.403, None, "California Housing", "TabR"),
            ("to 0.391", "RMSE", 0.391, None, "California Housing", "Nightjar"),
            ("73.9% accuracy", "accuracy", 73.9, "%", "Higgs", "Nightjar"),
            ("outperforms MLP-PLR on 7 of the 8 datasets", "datasets won", 7, None, "TabReD", "Nightjar"),
            ("ROC-AUC of 0.9601", "ROC-AUC", 0.9601, None, "Homesite Insurance", "Nightjar"),
            ("0.9612", "ROC-AUC", 0.9612, None, "Homesite Insurance", "LightGBM"),
        ],
    },
    {
        "field": "tabular",
        "title": "Pemmican: Privacy-Guided Latent Flow Matching for Mixed-Type Tabular Data Synthesis",
        "text": (
            "Tabular data synthesis must reproduce column marginals and inter-column dependencies without copying "
            "training rows. We propose Pemmican, a latent generative model for mixed-type tables that encodes each row "
            "with a column-tokenized variational autoencoder (VAE) and trains a velocity network with flow matching in "
            "the resulting latent space. At sampling time, a guidance term repels trajectories from the latent codes "
            "of training rows within a single radius. Following the TabSyn protocol, we compare against CTGAN, TVAE, "
            "GReaT, TabDDPM and TabSyn on six datasets: Adult, Default, Shoppers, Magic, Beijing and News. Relative to "
            "TabSyn, the strongest baseline, Pemmican lowers the average column-wise density error (Shape) from 1.24% "
            "to 0.93% and the pair-wise correlation error (Trend) from 2.01% to 1.62%. Pemmican's α-Precision and "
            "β-Recall average 98.9 and 49.3, respectively. On Adult, a classifier trained on Pemmican samples reaches "
            "an AUC of 90.3, within 0.4 points of training on real data (90.7). Privacy improves as well: on Default, "
            "the distance to closest record (DCR) score of Pemmican, i.e. the share of synthetic rows closer to the "
            "training set than to a held-out set, is 51.2% against 57.8% for TabDDPM, where 50% is ideal. Sampling "
            "10,000 rows with Pemmican takes 1.3 s, 7.8× faster than TabDDPM. The VAE and the velocity network "
            "together have 11M parameters, and the repulsion radius is set to the 5th percentile of pairwise training "
            "distances."
        ),
        "spans": [
            ("Pemmican", "M"), ("Latent Flow Matching", "M"), ("flow matching", "M"),
            ("Tabular Data Synthesis", "T"), ("Tabular data synthesis", "T"), ("variational autoencoder", "M"),
            ("VAE", "M"), ("TabSyn", "M"), ("CTGAN", "M"), ("TVAE", "M"), ("GReaT", "M"), ("TabDDPM", "M"),
            ("Adult", "D"), ("Default", "D"), ("Shoppers", "D"), ("Magic", "D"), ("Beijing", "D"), ("News", "D"),
            ("column-wise density error", "X"), ("Shape", "X"), ("pair-wise correlation error", "X"), ("Trend", "X"),
            ("α-Precision", "X"), ("β-Recall", "X"), ("AUC", "X"), ("distance to closest record", "X"), ("DCR", "X"),
            ("average column-wise density error", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("column-wise density error (Shape) from 1.24%", "column-wise density error", 1.24, "%", None, "TabSyn"),
            ("to 0.93%", "column-wise density error", 0.93, "%", None, "Pemmican"),
            ("pair-wise correlation error (Trend) from 2.01%", "pair-wise correlation error", 2.01, "%", None,
             "TabSyn"),
            ("to 1.62%", "pair-wise correlation error", 1.62, "%", None, "Pemmican"),
            ("α-Precision and β-Recall average 98.9", "α-Precision", 98.9, None, None, "Pemmican"),
            ("49.3", "β-Recall", 49.3, None, None, "Pemmican"),
            ("AUC of 90.3", "AUC", 90.3, None, "Adult", "Pemmican"),
            ("within 0.4 points", "AUC", 0.4, "points", "Adult", "Pemmican"),
            ("90.7", "AUC", 90.7, None, "Adult", None),
            ("51.2%", "distance to closest record", 51.2, "%", "Default", "Pemmican"),
            ("57.8%", "distance to closest record", 57.8, "%", "Default", "TabDDPM"),
            ("takes 1.3 s", "sampling time", 1.3, "s", None, "Pemmican"),
            ("7.8× faster", "speed-up", 7.8, "×", None, "Pemmican"),
        ],
    },
    {
        "field": "tabular",
        "title": "Oriole: How Far Can Small Language Models Go in Few-Shot Tabular Classification?",
        "text": (
            "Large language models (LLMs) can classify the rows of a table from a handful of labelled examples once the "
            "rows are serialized into text, as TabLLM showed, but the strongest results rely on models with tens of "
            "billions of parameters and on hand-written feature descriptions. We ask how much of this capacity for "
            "few-shot tabular classification survives in small models. Oriole fine-tunes Qwen2.5-1.5B with LoRA on "
            "3,400 serialized OpenML tasks, using column-permutation augmentation and a calibration head that maps "
            "label-token log-probabilities to class probabilities. Evaluated on the nine TabLLM datasets (Bank, Blood, "
            "California, Car, Credit-g, Diabetes, Heart, Income and Jungle) with 4, 16 and 64 shots, Oriole reaches a "
            "mean AUC of 0.781, 0.834 and 0.866, respectively, compared with 0.724, 0.801 and 0.853 for TabLLM with "
            "the 11B T0 backbone. In the 4-shot setting it also beats XGBoost (0.612) and TabPFN (0.698), although "
            "TabPFN overtakes Oriole at 64 shots on 5 of the 9 datasets. The picture is less flattering on closer "
            "inspection. Removing feature names lowers the mean 16-shot AUC by 5.2 points, suggesting that much of the "
            "gain comes from prior knowledge attached to column names rather than from the values themselves. Several "
            "of these public datasets may also appear in pretraining corpora; on three datasets released after 2024, "
            "Oriole's 16-shot AUC falls to 0.772. Inference costs about 0.2 s per row on a single consumer GPU."
        ),
        "spans": [
            ("Oriole", "M"), ("Small Language Models", "M"), ("Few-Shot Tabular Classification", "T"),
            ("few-shot tabular classification", "T"), ("Large language models", "M"), ("LLMs", "M"),
            ("TabLLM", "M"), ("Qwen2.5-1.5B", "M"), ("LoRA", "M"), ("OpenML", "D"), ("Bank", "D"), ("Blood", "D"),
            ("California", "D"), ("Car", "D"), ("Credit-g", "D"), ("Diabetes", "D"), ("Heart", "D"),
            ("Income", "D"), ("Jungle", "D"), ("mean AUC", "X"), ("T0", "M"), ("XGBoost", "M"), ("TabPFN", "M"),
            ("mean 16-shot AUC", "X"), ("16-shot AUC", "X"),
        ],
        "results": [
            ("mean AUC of 0.781", "mean AUC", 0.781, None, None, "Oriole"),
            ("0.834", "mean AUC", 0.834, None, None, "Oriole"),
            ("0.866", "mean AUC", 0.866, None, None, "Oriole"),
            ("0.724", "mean AUC", 0.724, None, None, "TabLLM"),
            ("0.801", "mean AUC", 0.801, None, None, "TabLLM"),
            ("0.853", "mean AUC", 0.853, None, None, "TabLLM"),
            ("0.612", "mean AUC", 0.612, None, None, "XGBoost"),
            ("0.698", "mean AUC", 0.698, None, None, "TabPFN"),
            ("on 5 of the 9 datasets", "datasets won", 5, None, None, "TabPFN"),
            ("mean 16-shot AUC by 5.2 points", "mean 16-shot AUC", 5.2, "points", None, None),
            ("16-shot AUC falls to 0.772", "16-shot AUC", 0.772, None, None, "Oriole"),
            ("about 0.2 s per row", "inference time", 0.2, "s", None, None),
        ],
    },
    {
        "field": "tabular",
        "title": "Orrery: Masked Cell Reconstruction with Learned Column Noise for Unsupervised Tabular Anomaly Detection",
        "text": (
            "We introduce Orrery, a method for unsupervised anomaly detection on tabular data that masks random subsets "
            "of cells, reconstructs them with a transformer conditioned on the remaining cells, and scores each row by "
            "the reconstruction error of its hardest-to-predict cells, normalized by a learned per-column noise level. "
            "Unlike NPT-AD, Orrery does not attend over the training set at test time, so its scoring cost does not "
            "grow with training-set size. On the 47 datasets of ADBench, Orrery obtains a mean AUROC of 86.4 (95% CI "
            "85.1-87.6), compared with 84.9 for DTE, 83.1 for NPT-AD and 82.0 for Isolation Forest, and a mean AUPRC "
            "of 52.7 (DTE: 48.2). This amounts to a 9.3% relative AUPRC gain over the second-best method. Orrery ranks "
            "first on 19 datasets and never trails Isolation Forest by more than 2 AUROC points. On the 11 datasets "
            "with more than 50,000 rows, Orrery scores a row in 0.08 ms on one GPU, 36times faster than NPT-AD. The "
            "masking ratio (30%) and the number of masks (16) are fixed across datasets; in a sensitivity study, AUROC "
            "varies by at most ±0.6 for ratios between 15% and 45%. All numbers are averages over 5 seeds."
        ),
        "spans": [
            ("Orrery", "M"), ("Unsupervised Tabular Anomaly Detection", "T"), ("unsupervised anomaly detection", "T"),
            ("transformer", "M"), ("NPT-AD", "M"), ("ADBench", "D"), ("mean AUROC", "X"), ("DTE", "M"),
            ("Isolation Forest", "M"), ("mean AUPRC", "X"), ("AUPRC", "X"), ("AUROC", "X"),
        ],
        "results": [
            ("mean AUROC of 86.4", "mean AUROC", 86.4, None, "ADBench", "Orrery"),
            ("84.9", "mean AUROC", 84.9, None, "ADBench", "DTE"),
            ("83.1", "mean AUROC", 83.1, None, "ADBench", "NPT-AD"),
            ("82.0", "mean AUROC", 82.0, None, "ADBench", "Isolation Forest"),
            ("mean AUPRC of 52.7", "mean AUPRC", 52.7, None, "ADBench", "Orrery"),
            ("48.2", "mean AUPRC", 48.2, None, "ADBench", "DTE"),
            ("9.3% relative AUPRC gain", "AUPRC", 9.3, "%", None, None),
            ("ranks first on 19 datasets", "datasets ranked first", 19, None, None, "Orrery"),
            ("trails Isolation Forest by more than 2 AUROC points", "AUROC", 2, "points", None, "Orrery"),
            ("scores a row in 0.08 ms", "scoring time", 0.08, "ms", None, "Orrery"),
            ("36times faster", "speed-up", 36, "×", None, "Orrery"),
            ("AUROC varies by at most ±0.6", "AUROC", 0.6, None, None, None),
        ],
    },
]
