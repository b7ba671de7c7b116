"""dev10 records: theory (5) and tabular (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Yarrowbound", "VireoClip", "Ytterspec", "Wexlaw", "Zephcon",
          "Zelkova", "Wendral", "Vyntra", "Xerotab", "Umbraguard"]

RECS = [
    # ------------------------------------------------------------ theory
    {
        "field": "theory",
        "title": "Yarrowbound: Non-Vacuous Token-Level Generalization Bounds for Billion-Parameter Language Models",
        "text": (
            "Why do large language models (LLMs) generalize beyond their training corpus when they have enough "
            "capacity to memorize it? Existing PAC-Bayes analyses either become vacuous above a few hundred million "
            "parameters or bound only a heavily compressed surrogate of the deployed model. We present Yarrowbound, "
            "a compression-based generalization bound on the token-level negative log-likelihood of the model as it "
            "is deployed. Yarrowbound combines three ingredients: a martingale concentration inequality over tokens "
            "rather than documents, prediction smoothing that mixes the model's output with a uniform distribution "
            "at rate α = 0.1, and a Kronecker-structured subspace parameterization that lets post-training "
            "quantization shrink the description length of the weights to a few megabits. Applied to GPT-2 and "
            "Pythia models trained on OpenWebText and the Pile, the bound remains non-vacuous for every model we "
            "test, up to Pythia-6.9B. For Pythia-1.4B, Yarrowbound certifies a bits-per-dimension of 3.12 on the "
            "Pile at confidence level 95%, against an empirical value of 2.41; the SubLoRA bound of prior work "
            "gives 5.83 for a model 10× smaller. The bound on top-1 error for next-token prediction is 0.64, "
            "compared with an empirical 0.58 and 0.91 for the best previous bound. Tighter bounds track downstream "
            "quality: across 14 checkpoints, the certified bits-per-dimension correlates with zero-shot accuracy on "
            "LAMBADA at Spearman ρ = −0.87 (p < 0.001). Computing the bound takes 11 GPU-hours on a single H100, "
            "mostly spent on quantization. These results suggest that compressibility, not parameter count, "
            "governs what LLMs can provably learn."
        ),
        "spans": [
            ("Yarrowbound", "M"), ("Language Models", "M"), ("large language models", "M"), ("LLMs", "M"),
            ("PAC-Bayes", "M"), ("token-level negative log-likelihood", "X"), ("prediction smoothing", "M"),
            ("post-training quantization", "M"), ("quantization", "M"), ("GPT-2", "M"), ("Pythia", "M"),
            ("OpenWebText", "D"), ("Pile", "D"), ("Pythia-6.9B", "M"), ("Pythia-1.4B", "M"),
            ("bits-per-dimension", "X"), ("SubLoRA", "M"), ("top-1 error", "X"), ("next-token prediction", "T"),
            ("zero-shot accuracy", "X"), ("LAMBADA", "D"), ("Spearman ρ", "X"),
        ],
        "results": [
            ("bits-per-dimension of 3.12", "bits-per-dimension", 3.12, None, "Pile", "Yarrowbound"),
            ("empirical value of 2.41", "bits-per-dimension", 2.41, None, "Pile", "Pythia-1.4B"),
            ("gives 5.83", "bits-per-dimension", 5.83, None, "Pile", "SubLoRA"),
            ("top-1 error for next-token prediction is 0.64", "top-1 error", 0.64, None, None, None),
            ("empirical 0.58", "top-1 error", 0.58, None, None, None),
            ("0.91 for the best previous bound", "top-1 error", 0.91, None, None, None),
            ("Spearman ρ = −0.87", "Spearman ρ", -0.87, None, "LAMBADA", None),
            ("p < 0.001", "p-value", 0.001, None, "LAMBADA", None),
            ("takes 11 GPU-hours", "bound computation time", 11, "GPU-hours", None, None),
        ],
    },    {
        "field": "theory",
        "title": "VireoClip: Tuning-Free High-Probability Convergence of Normalized SGD under Heavy-Tailed Noise",
        "text": (
            "We study stochastic nonconvex optimization when the gradient noise has only a bounded p-th moment for "
            "some p ∈ (1, 2]. Known high-probability rates for clipped SGD require the clipping threshold to be "
            "tuned with knowledge of p and of the noise scale σ. We propose VireoClip, a normalized SGD method with "
            "momentum whose clipping level is set online from a running quantile of gradient norms. We prove that "
            "VireoClip finds an ε-stationary point after O(ε^{-(3p-2)/(p-1)}) stochastic gradients with probability "
            "at least 1 − δ, matching the known lower bound up to a log(1/δ) factor, without knowledge of p or σ. "
            "The analysis extends to Adam-type preconditioning under a bounded-preconditioner assumption. "
            "Experiments. VireoClip trains ResNet-18 on CIFAR-10 to 95.3 ± 0.1% test accuracy (SGD with momentum: "
            "95.0 ± 0.2%; Adam: 93.9 ± 0.3%). On GPT-2 small pretraining over 10B tokens of OpenWebText, VireoClip "
            "reaches a validation loss of 2.86 vs. 2.91 for AdamW and 2.88 for Lion, with no learning-rate warmup. "
            "Fine-tuning RoBERTa-base on GLUE with 20% of labels flipped, VireoClip improves the average score over "
            "clipped SGD (84.7 vs. 83.1) and removes the 24-run threshold search that clipped SGD needs. The "
            "quantile tracker increases per-step time by 3.1%. Over 20 runs with a mis-set initial threshold, 0 of "
            "20 runs diverge for VireoClip, against 7 for clipped SGD."
        ),
        "spans": [
            ("VireoClip", "M"), ("Normalized SGD", "M"), ("normalized SGD", "M"), ("SGD", "M"),
            ("stochastic nonconvex optimization", "T"), ("clipped SGD", "M"), ("momentum", "M"),
            ("SGD with momentum", "M"), ("Adam", "M"), ("ResNet-18", "M"), ("CIFAR-10", "D"),
            ("test accuracy", "X"), ("GPT-2 small", "M"), ("OpenWebText", "D"), ("validation loss", "X"),
            ("AdamW", "M"), ("Lion", "M"), ("learning-rate warmup", "M"), ("RoBERTa-base", "M"), ("GLUE", "D"),
            ("average score", "X"), ("per-step time", "X"),
        ],
        "results": [
            ("95.3 ± 0.1% test accuracy", "test accuracy", 95.3, "%", "CIFAR-10", "VireoClip"),
            ("95.0 ± 0.2%", "test accuracy", 95.0, "%", "CIFAR-10", "SGD with momentum"),
            ("93.9 ± 0.3%", "test accuracy", 93.9, "%", "CIFAR-10", "Adam"),
            ("validation loss of 2.86", "validation loss", 2.86, None, "OpenWebText", "VireoClip"),
            ("2.91 for AdamW", "validation loss", 2.91, None, "OpenWebText", "AdamW"),
            ("2.88 for Lion", "validation loss", 2.88, None, "OpenWebText", "Lion"),
            ("84.7", "average score", 84.7, None, "GLUE", "VireoClip"),
            ("83.1", "average score", 83.1, None, "GLUE", "clipped SGD"),
            ("increases per-step time by 3.1%", "per-step time", 3.1, "%", None, None),
            ("0 of 20 runs diverge", "runs diverged", 0, None, None, "VireoClip"),
            ("7 for clipped SGD", "runs diverged", 7, None, None, "clipped SGD"),
        ],
    },
    {
        "field": "theory",
        "title": "Ytterspec: Spectral Warm Starts Remove the Information-Exponent Barrier in Single-Index Learning",
        "text": (
            "A two-layer network trained by online SGD needs roughly d^{k−1} samples to learn a single-index target "
            "whose link function has information exponent k, a barrier that matches correlational statistical query "
            "(CSQ) lower bounds. We argue that, for single-index learning with Gaussian inputs, this barrier is an "
            "artefact of the initialisation rather than of gradient-based training. Ytterspec, a spectral warm start "
            "computed from a label-transformed second-moment matrix and followed by plain SGD on the hidden layer, "
            "learns Hermite targets of any information exponent from n = O(d log d) samples, and we give a matching "
            "lower bound among spectral estimators. The proof couples a BBP-type phase transition with dynamical "
            "mean-field theory (DMFT) for the subsequent SGD phase; as far as we can tell it does not extend to "
            "anisotropic inputs. Simulations agree with the theory, though at moderate dimension the constants "
            "matter. At d = 512 and n = 8d, Ytterspec reaches an overlap of 0.93 ± 0.02 with the hidden direction "
            "for degree-3 Hermite targets, whereas online SGD from random initialisation stays at 0.04 and the "
            "CSQ-optimal tensor unfolding estimator at 0.61. Ytterspec succeeds (overlap above 0.9) in 47 of 50 "
            "trials, against 12 of 50 for vanilla spectral initialisation. Ytterspec's test mean squared error is "
            "0.031, within 0.006 of the Bayes-optimal value predicted by approximate message passing (AMP). On a "
            "real-data probe, regressing a planted cubic index of CIFAR-10 embeddings from a frozen ResNet-50, the "
            "gain of Ytterspec shrinks to 0.07 in overlap, and we caution against reading the synthetic results as "
            "evidence about practical networks."
        ),
        "spans": [
            ("Ytterspec", "M"), ("Single-Index Learning", "T"), ("single-index learning", "T"), ("online SGD", "M"),
            ("SGD", "M"), ("correlational statistical query", "M"), ("CSQ", "M"),
            ("dynamical mean-field theory", "M"), ("DMFT", "M"), ("overlap", "X"),
            ("tensor unfolding", "M"), ("spectral initialisation", "M"), ("test mean squared error", "X"),
            ("approximate message passing", "M"), ("AMP", "M"), ("CIFAR-10", "D"), ("ResNet-50", "M"),
        ],
        "results": [
            ("overlap of 0.93 ± 0.02", "overlap", 0.93, None, None, "Ytterspec"),
            ("stays at 0.04", "overlap", 0.04, None, None, "online SGD"),
            ("at 0.61", "overlap", 0.61, None, None, "tensor unfolding"),
            ("succeeds (overlap above 0.9) in 47 of 50 trials", "successful trials", 47, None, None, "Ytterspec"),
            ("12 of 50", "successful trials", 12, None, None, "spectral initialisation"),
            ("test mean squared error is 0.031", "test mean squared error", 0.031, None, None, "Ytterspec"),
            ("within 0.006", "test mean squared error", 0.006, None, None, "Ytterspec"),
            ("shrinks to 0.07 in overlap", "overlap", 0.07, None, "CIFAR-10", "Ytterspec"),
        ],
    },
    {
        "field": "theory",
        "title": "Wexlaw: Forecasting 7B-Scale Loss to within 0.02 Nats from Runs Under 1B Parameters",
        "text": (
            "Scaling laws are routinely used to choose model size and token budget before committing to a large "
            "training run, yet the fitted exponents are notoriously sensitive to which runs are included, to the "
            "learning-rate schedule and to the functional form. We revisit scaling-law extrapolation from a "
            "statistical standpoint. Wexlaw treats the loss curve of each small run as a noisy observation of a "
            "power law in compute plus an irreducible term, fits all runs jointly with a hierarchical Bayesian "
            "model, and propagates the posterior to the target scale. We prove that, under sub-Gaussian noise, the "
            "extrapolation error grows only logarithmically in the compute ratio when runs are spaced "
            "geometrically, and we characterise the design that minimises it. Empirically, we fit Wexlaw on 42 "
            "Pythia and OLMo runs between 14M and 1B parameters trained on the Pile and Dolma. Wexlaw's predicted "
            "validation loss for OLMo-7B differs from the observed value by 0.018 nats (95% CI: 0.006-0.031), "
            "compared with 0.064 for the Chinchilla parametric fit and 0.047 for the refit of Besiroglu et al. The "
            "nominal 90% posterior intervals achieve 87% empirical coverage over 120 held-out checkpoints. "
            "Predicting downstream accuracy on HellaSwag through a two-stage fit is harder: the absolute prediction "
            "error is 2.9 points, with no significant advantage over a plain sigmoid fit (p = 0.21). Fitting takes "
            "under 3 CPU-minutes. We caution that all our runs use a cosine schedule; whether the guarantees "
            "survive warmup-stable-decay schedules remains open."
        ),
        "spans": [
            ("Wexlaw", "M"), ("Loss", "X"), ("extrapolation error", "X"), ("scaling-law extrapolation", "T"), ("hierarchical Bayesian model", "M"),
            ("Pythia", "M"), ("OLMo", "M"), ("Pile", "D"), ("Dolma", "D"), ("validation loss", "X"),
            ("OLMo-7B", "M"), ("Chinchilla parametric fit", "M"), ("empirical coverage", "X"),
            ("downstream accuracy", "X"), ("HellaSwag", "D"), ("absolute prediction error", "X"),
            ("cosine schedule", "M"), ("warmup-stable-decay schedules", "M"),
        ],
        "results": [
            ("by 0.018 nats", "validation loss", 0.018, "nats", None, "Wexlaw"),
            ("0.064 for the Chinchilla parametric fit", "validation loss", 0.064, "nats", None,
             "Chinchilla parametric fit"),
            ("0.047 for the refit", "validation loss", 0.047, "nats", None, None),
            ("87% empirical coverage", "empirical coverage", 87, "%", None, None),
            ("absolute prediction error is 2.9 points", "absolute prediction error", 2.9, "points", "HellaSwag",
             None),
            ("p = 0.21", "p-value", 0.21, None, "HellaSwag", None),
            ("takes under 3 CPU-minutes", "fitting time", 3, "CPU-minutes", None, None),
        ],
        "title_results": [
            ("within 0.02 Nats", "loss", 0.02, "nats", None, "Wexlaw"),
        ],
    },
    {
        "field": "theory",
        "title": "Zephcon: Conformal Prediction with Finite-Sample Coverage under Estimated Label Shift",
        "text": (
            "Conformal prediction turns any pretrained classifier into a set-valued predictor whose sets contain "
            "the true label with probability at least 1 − α, provided calibration and test data are exchangeable. "
            "Under label shift this guarantee fails, and existing weighted variants either assume that the shift is "
            "known or lose coverage when the estimated class weights are noisy. Zephcon estimates the weights with "
            "a regularised black-box shift estimator (BBSE) and then inflates the conformal quantile by a "
            "data-dependent margin that accounts for the estimation error. We prove that Zephcon attains coverage "
            "of at least 1 − α − O(√(K/n)) for K classes and n calibration points, and that this margin is minimax "
            "optimal up to constants; with exact weights the bound reduces to the classical one. We evaluate on "
            "ImageNet with a ViT-B/16 backbone, on CIFAR-100 with a ResNet-110, and on the iWildCam split of "
            "WILDS, inducing Dirichlet label shift with concentration 0.5. On ImageNet at α = 0.1, split conformal "
            "prediction covers only 81.4% of test labels under shift, Zephcon restores coverage to 89.6%, and "
            "weighted conformal prediction with oracle weights reaches 90.2%. Average set size rises modestly, from "
            "1.9 to 2.4 on ImageNet and from 3.1 to 3.6 on CIFAR-100, compared with 6.8 and 7.5 for RAPS with a "
            "Bonferroni correction. On iWildCam, the number of classes whose coverage falls below 85% drops from "
            "23 to 4 out of 182. The calibration step adds 0.2 s per 10,000 points."
        ),
        "spans": [
            ("Zephcon", "M"), ("Conformal Prediction", "M"), ("Conformal prediction", "M"),
            ("Coverage", "X"), ("coverage", "X"), ("Label Shift", "T"), ("label shift", "T"),
            ("black-box shift estimator", "M"), ("BBSE", "M"), ("ImageNet", "D"), ("ViT-B/16", "M"),
            ("CIFAR-100", "D"), ("ResNet-110", "M"), ("iWildCam", "D"), ("WILDS", "D"),
            ("split conformal prediction", "M"), ("weighted conformal prediction", "M"),
            ("Average set size", "X"), ("RAPS", "M"), ("Bonferroni correction", "M"),
        ],
        "results": [
            ("covers only 81.4% of test labels", "coverage", 81.4, "%", "ImageNet", "split conformal prediction"),
            ("restores coverage to 89.6%", "coverage", 89.6, "%", "ImageNet", "Zephcon"),
            ("reaches 90.2%", "coverage", 90.2, "%", "ImageNet", "weighted conformal prediction"),
            ("1.9 to 2.4", "average set size", 2.4, None, "ImageNet", None),
            ("3.1 to 3.6", "average set size", 3.6, None, "CIFAR-100", None),
            ("6.8", "average set size", 6.8, None, "ImageNet", "RAPS"),
            ("7.5", "average set size", 7.5, None, "CIFAR-100", "RAPS"),
            ("drops from 23 to 4", "classes below threshold", 4, None, "iWildCam", None),
            ("adds 0.2 s", "calibration time", 0.2, "s", None, None),
        ],
    },
    # ------------------------------------------------------------ tabular
    {
        "field": "tabular",
        "title": "Zelkova: A Tabular Foundation Model Pretrained on Structural Causal Priors that Scales In-Context Learning to 100K Rows",
        "text": (
            "Tabular foundation models such as TabPFN v2 and TabICL perform in-context learning (ICL) over whole "
            "training sets, but quadratic attention over rows limits them to about 10K rows. We introduce Zelkova, "
            "a 27M-parameter transformer pretrained only on synthetic tables sampled from structural causal model "
            "(SCM) priors, which replaces row-wise attention with 256 learned inducing rows and adds column-wise "
            "mixture-of-experts layers. Zelkova predicts in a single forward pass, with no hyperparameter tuning. "
            "On TabArena (51 datasets), Zelkova reaches an Elo of 1612, ahead of RealTabPFN-2.5 (1571), tuned "
            "CatBoost (1503) and tuned, ensembled LightGBM (1462). On the TALENT benchmark of 300 datasets it "
            "achieves an average rank of 4.2 among 29 methods and ranks first on 117 datasets. Gains concentrate "
            "on large tables: on the 38 datasets with more than 10K training rows, Zelkova improves accuracy by 1.9 "
            "points over TabPFN v2 and ROC AUC by 0.011. Zelkova's inference on a 100K-row table takes 6.8 s on one "
            "H100, 3.4times faster than TabICL and 21× faster than tuned XGBoost including its search; peak GPU "
            "memory is 18 GB. Pretraining used 8 H100s for 9 days."
        ),
        "spans": [
            ("Zelkova", "M"), ("Tabular Foundation Model", "M"), ("Tabular foundation models", "M"),
            ("In-Context Learning", "M"), ("in-context learning", "M"), ("ICL", "M"), ("TabPFN v2", "M"),
            ("TabICL", "M"), ("transformer", "M"), ("structural causal model", "M"), ("SCM", "M"),
            ("mixture-of-experts", "M"), ("TabArena", "D"), ("Elo", "X"), ("RealTabPFN-2.5", "M"),
            ("CatBoost", "M"), ("LightGBM", "M"), ("TALENT", "D"), ("average rank", "X"), ("accuracy", "X"),
            ("ROC AUC", "X"), ("XGBoost", "M"), ("peak GPU memory", "X"),
        ],
        "results": [
            ("Elo of 1612", "Elo", 1612, None, "TabArena", "Zelkova"),
            ("1571", "Elo", 1571, None, "TabArena", "RealTabPFN-2.5"),
            ("1503", "Elo", 1503, None, "TabArena", "CatBoost"),
            ("1462", "Elo", 1462, None, "TabArena", "LightGBM"),
            ("average rank of 4.2", "average rank", 4.2, None, "TALENT", None),
            ("ranks first on 117 datasets", "datasets ranked first", 117, None, "TALENT", None),
            ("accuracy by 1.9 points", "accuracy", 1.9, "points", None, "Zelkova"),
            ("ROC AUC by 0.011", "ROC AUC", 0.011, None, None, "Zelkova"),
            ("takes 6.8 s", "inference time", 6.8, "s", None, "Zelkova"),
            ("3.4times faster", "speed-up", 3.4, "×", None, "Zelkova"),
            ("21× faster", "speed-up", 21, "×", None, "Zelkova"),
            ("peak GPU memory is 18 GB", "peak GPU memory", 18, "GB", None, "Zelkova"),
            ("Pretraining used 8 H100s for 9 days", "pretraining time", 9, "days", None, None),
        ],
    },
    {
        "field": "tabular",
        "title": "Wendral: Decoupled Neighbour Retrieval with Target-Aware Keys for Tabular Deep Learning",
        "text": (
            "Gradient-boosted decision trees (GBDTs) remain the default for supervised learning on tabular data, "
            "and the strongest deep alternatives, TabR, ModernNCA and TabM, close the gap only with careful "
            "tuning. Retrieval-based models are appealing because they condition each prediction on similar "
            "training rows, but their similarity is computed in a representation learned for the prediction head, "
            "not for retrieval. Wendral decouples the two. A lightweight key encoder is trained with a contrastive "
            "objective that pulls together rows with similar targets, while a separate MLP with periodic numerical "
            "embeddings (MLP-PLR) consumes the retrieved neighbours through cross-attention. Because the key "
            "encoder is frozen after a warm-up of 20 epochs, the neighbour index is built once and queried with "
            "approximate nearest-neighbour search. We evaluate on the 46 datasets of the benchmark of Grinsztajn "
            "et al. and on TabReD, a collection of industrial datasets with temporal shift. Averaged over the "
            "Grinsztajn benchmark, Wendral's normalised accuracy is 0.947 against 0.931 for TabR and 0.938 for "
            "TabM, and it attains lower RMSE than XGBoost on 21 of the 28 regression datasets. On California "
            "Housing the RMSE falls from 0.397 to 0.382; on Higgs, Wendral reaches 73.9% accuracy. On TabReD, "
            "Wendral improves over MLP-PLR by only 0.6% on average and loses to TabM on 5 of the 8 datasets. "
            "Wendral's training cost is 1.4× that of TabR, though its inference is 2.2× faster because keys are not "
            "recomputed."
        ),
        "spans": [
            ("Wendral", "M"), ("Gradient-boosted decision trees", "M"), ("GBDTs", "M"), ("TabR", "M"),
            ("ModernNCA", "M"), ("TabM", "M"), ("MLP", "M"), ("periodic numerical embeddings", "M"),
            ("MLP-PLR", "M"), ("cross-attention", "M"), ("approximate nearest-neighbour search", "M"),
            ("TabReD", "D"), ("Grinsztajn benchmark", "D"), ("normalised accuracy", "X"), ("RMSE", "X"),
            ("XGBoost", "M"), ("regression", "T"), ("California Housing", "D"), ("Higgs", "D"),
            ("accuracy", "X"), ("training cost", "X"),
        ],
        "results": [
            ("normalised accuracy is 0.947", "normalised accuracy", 0.947, None, "Grinsztajn benchmark", "Wendral"),
            ("0.931 for TabR", "normalised accuracy", 0.931, None, "Grinsztajn benchmark", "TabR"),
            ("0.938 for TabM", "normalised accuracy", 0.938, None, "Grinsztajn benchmark", "TabM"),
            ("lower RMSE than XGBoost on 21 of the 28 regression datasets", "regression datasets won", 21, None,
             "Grinsztajn benchmark", "Wendral"),
            ("RMSE falls from 0.397 to 0.382", "RMSE", 0.382, None, "California Housing", None),
            ("73.9% accuracy", "accuracy", 73.9, "%", "Higgs", "Wendral"),
            ("by only 0.6%", "improvement", 0.6, "%", "TabReD", "Wendral"),
            ("loses to TabM on 5 of the 8 datasets", "datasets lost", 5, None, "TabReD", "Wendral"),
            ("training cost is 1.4×", "training cost", 1.4, "×", None, "Wendral"),
            ("inference is 2.2× faster", "inference speed-up", 2.2, "×", None, "Wendral"),
        ],
    },
    {
        "field": "tabular",
        "title": "Vyntra: Mixed-Type Flow Matching in a Shared Latent Space for High-Fidelity Tabular Data Synthesis",
        "text": (
            "Synthetic tabular data is only useful if it is faithful, useful for downstream models and safe to "
            "release. We present Vyntra, a generator that encodes numerical and categorical columns into a shared "
            "latent space with a column-tokenised variational autoencoder (VAE) and learns the latent distribution "
            "with flow matching, sampling in 20 steps. Across six datasets (Adult, Default, Shoppers, Magic, "
            "Beijing and News), Vyntra lowers the column-wise density estimation error (shape error) by 43% and the "
            "pair-wise correlation error by 37% relative to TabSyn, the strongest prior method, and outperforms "
            "TabDDPM, CTGAN and TVAE on every dataset in both measures. Vyntra's machine-learning efficiency (MLE), "
            "the test AUC of an XGBoost classifier trained on synthetic rows, is 0.911, 0.790 and 0.928 on Adult, "
            "Default and Shoppers, respectively, on average within 0.005 MLE of training on real data. Vyntra also "
            "improves α-precision and β-recall, reaching 98.9 and 52.3 on Adult. Privacy is not sacrificed: the DCR "
            "score, the probability that a synthetic row is closer to the training set than to a holdout set, stays "
            "at 50.8% (ideal: 50%), against 51.9% for TabSyn. Vyntra samples 10,000 rows in 0.41 s, 7.9× faster "
            "than the 100-step sampler of TabSyn, and its training completes in 14 minutes on one A6000."
        ),
        "spans": [
            ("Vyntra", "M"), ("Flow Matching", "M"), ("flow matching", "M"), ("Tabular Data Synthesis", "T"),
            ("variational autoencoder", "M"), ("VAE", "M"), ("Adult", "D"), ("Default", "D"), ("Shoppers", "D"),
            ("Magic", "D"), ("Beijing", "D"), ("News", "D"), ("column-wise density estimation error", "X"),
            ("shape error", "X"), ("pair-wise correlation error", "X"), ("TabSyn", "M"), ("TabDDPM", "M"),
            ("CTGAN", "M"), ("TVAE", "M"), ("machine-learning efficiency", "X"), ("MLE", "X"), ("test AUC", "X"),
            ("XGBoost", "M"), ("α-precision", "X"), ("β-recall", "X"), ("DCR score", "X"),
        ],
        "results": [
            ("column-wise density estimation error (shape error) by 43%",
             "column-wise density estimation error reduction", 43, "%", None, "Vyntra"),
            ("pair-wise correlation error by 37%", "pair-wise correlation error reduction", 37, "%", None, "Vyntra"),
            ("is 0.911", "machine-learning efficiency", 0.911, None, "Adult", "Vyntra"),
            ("0.790", "machine-learning efficiency", 0.790, None, "Default", "Vyntra"),
            ("0.928", "machine-learning efficiency", 0.928, None, "Shoppers", "Vyntra"),
            ("within 0.005 MLE", "machine-learning efficiency", 0.005, None, None, "Vyntra"),
            ("98.9", "α-precision", 98.9, None, "Adult", "Vyntra"),
            ("52.3", "β-recall", 52.3, None, "Adult", "Vyntra"),
            ("stays at 50.8%", "DCR score", 50.8, "%", None, None),
            ("51.9% for TabSyn", "DCR score", 51.9, "%", None, "TabSyn"),
            ("samples 10,000 rows in 0.41 s", "sampling time", 0.41, "s", None, "Vyntra"),
            ("7.9× faster", "speed-up", 7.9, "×", None, "Vyntra"),
            ("training completes in 14 minutes", "training time", 14, "min", None, "Vyntra"),
        ],
    },
    {
        "field": "tabular",
        "title": "Xerotab: Few-Shot Tabular Classification with Small Language Models via Feature-Level Rationale Distillation",
        "text": (
            "Large language models can classify tabular rows from a handful of labelled examples once each row is "
            "serialised as text, as TabLLM showed, but the strongest results rely on models with tens of billions "
            "of parameters. We ask whether few-shot tabular classification can be distilled into small language "
            "models. Xerotab fine-tunes Qwen2.5-1.5B on rationales generated by Llama-3.1-70B-Instruct for 2,300 "
            "synthetic tables, each rationale explaining which features drive the label, and at test time "
            "serialises rows with a compact template. We follow the TabLLM protocol on nine datasets (Bank, Blood, "
            "California, Car, Credit-g, Diabetes, Heart, Income and Jungle) and report ROC AUC over five seeds. "
            "With 4 shots, Xerotab obtains a mean AUC of 0.742 ± 0.021, compared with 0.689 for TabLLM with T0-11B "
            "and 0.611 for XGBoost; with 32 shots the gap to XGBoost narrows to 0.018. Xerotab is best on 6 of 9 "
            "datasets at 4 shots, although differences on Car and Jungle are within one standard deviation. Gains "
            "depend on how informative the feature names are: on Blood and Diabetes the 0-shot AUCs are 0.683 and "
            "0.731, respectively, whereas on Jungle, whose columns carry no semantics, the 0-shot AUC is 0.502, "
            "i.e. chance. Compared with its teacher, Xerotab uses 47× fewer parameters and runs 11× faster per row, "
            "while recovering 94% of the teacher's mean AUC. We regard these numbers as preliminary: variance "
            "across seeds is high, and the synthetic tables may overlap with public benchmarks."
        ),
        "spans": [
            ("Xerotab", "M"), ("Few-Shot Tabular Classification", "T"), ("few-shot tabular classification", "T"),
            ("Small Language Models", "M"), ("small language models", "M"),
            ("Feature-Level Rationale Distillation", "M"), ("Large language models", "M"), ("TabLLM", "M"),
            ("Qwen2.5-1.5B", "M"), ("Llama-3.1-70B-Instruct", "M"), ("Bank", "D"), ("Blood", "D"),
            ("California", "D"), ("Car", "D"), ("Credit-g", "D"), ("Diabetes", "D"), ("Heart", "D"),
            ("Income", "D"), ("Jungle", "D"), ("ROC AUC", "X"), ("mean AUC", "X"), ("T0-11B", "M"),
            ("XGBoost", "M"), ("0-shot AUCs", "X"), ("0-shot AUC", "X"),
        ],
        "results": [
            ("mean AUC of 0.742 ± 0.021", "mean AUC", 0.742, None, None, "Xerotab"),
            ("0.689 for TabLLM", "mean AUC", 0.689, None, None, "TabLLM"),
            ("0.611 for XGBoost", "mean AUC", 0.611, None, None, "XGBoost"),
            ("gap to XGBoost narrows to 0.018", "mean AUC gap", 0.018, None, None, "Xerotab"),
            ("best on 6 of 9 datasets", "datasets ranked first", 6, None, None, "Xerotab"),
            ("0-shot AUCs are 0.683", "0-shot AUC", 0.683, None, "Blood", None),
            ("0.731", "0-shot AUC", 0.731, None, "Diabetes", None),
            ("0-shot AUC is 0.502", "0-shot AUC", 0.502, None, "Jungle", None),
            ("47× fewer parameters", "parameter reduction", 47, "×", None, "Xerotab"),
            ("11× faster", "speed-up", 11, "×", None, "Xerotab"),
            ("recovering 94% of the teacher's mean AUC", "relative mean AUC", 94, "%", None, "Xerotab"),
        ],
    },
    {
        "field": "tabular",
        "title": "Umbraguard: Masked Cell Reconstruction with Diffusion Priors for Unsupervised Tabular Anomaly Detection",
        "text": (
            "On ADBench's 47 tabular datasets, Umbraguard attains a mean AUROC of 87.6 and a mean AUPRC of 52.9, "
            "exceeding the previous best deep detector, DTE, by 2.4 and 4.1 points and Isolation Forest by 5.8 and "
            "11.3 points. It ranks first on 19 datasets, more than any other method. The improvement over DTE is "
            "significant under a Wilcoxon signed-rank test (p = 0.003), and a critical difference diagram places "
            "Umbraguard alone in the top group, with an average rank of 3.6 compared with 5.9 for KNN, the "
            "strongest classical method. Umbraguard addresses unsupervised tabular anomaly detection by randomly "
            "masking 30% of the cells in each row and scoring the row by how poorly a denoising diffusion model, "
            "conditioned on the visible cells, reconstructs the masked ones; scores are averaged over 16 masks. "
            "Unlike reconstruction-based autoencoders, the diffusion prior does not learn to reproduce anomalous "
            "rows when the training set is contaminated: at 10% contamination, AUROC falls by only 0.9 points, "
            "versus 6.7 for DeepSVDD. The model has 1.2M parameters and trains in under 2 minutes on most datasets, "
            "but scoring is costly: 38 ms per row on a single GPU, about 40 times slower than ECOD. We release "
            "code and the contamination protocol."
        ),
        "spans": [
            ("Umbraguard", "M"), ("Diffusion Priors", "M"), ("diffusion prior", "M"),
            ("Unsupervised Tabular Anomaly Detection", "T"), ("unsupervised tabular anomaly detection", "T"),
            ("ADBench", "D"), ("mean AUROC", "X"), ("mean AUPRC", "X"), ("AUROC", "X"), ("DTE", "M"),
            ("Isolation Forest", "M"), ("average rank", "X"), ("KNN", "M"), ("denoising diffusion model", "M"),
            ("autoencoders", "M"), ("DeepSVDD", "M"), ("ECOD", "M"),
        ],
        "results": [
            ("mean AUROC of 87.6", "mean AUROC", 87.6, None, "ADBench", "Umbraguard"),
            ("mean AUPRC of 52.9", "mean AUPRC", 52.9, None, "ADBench", "Umbraguard"),
            ("by 2.4", "mean AUROC", 2.4, "points", "ADBench", "Umbraguard"),
            ("4.1 points", "mean AUPRC", 4.1, "points", "ADBench", "Umbraguard"),
            ("by 5.8", "mean AUROC", 5.8, "points", "ADBench", "Umbraguard"),
            ("11.3 points", "mean AUPRC", 11.3, "points", "ADBench", "Umbraguard"),
            ("ranks first on 19 datasets", "datasets ranked first", 19, None, None, None),
            ("p = 0.003", "p-value", 0.003, None, None, None),
            ("average rank of 3.6", "average rank", 3.6, None, None, "Umbraguard"),
            ("5.9 for KNN", "average rank", 5.9, None, None, "KNN"),
            ("AUROC falls by only 0.9 points", "AUROC", 0.9, "points", None, None),
            ("6.7 for DeepSVDD", "AUROC", 6.7, "points", None, "DeepSVDD"),
            ("trains in under 2 minutes", "training time", 2, "min", None, None),
            ("38 ms per row", "scoring time", 38, "ms", None, None),
            ("40 times slower", "slowdown", 40, "×", None, None),
        ],
    },
]
