"""dev18 records: optimization (6) and audio-events (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Kavrel", "Kestrune", "Kolvra", "KavenBench", "Kiverna", "Kesmira", "Kaltora", "Kethra",
          "KolvikSpatial", "Kessaro", "Kuvanto"]

RECS = [
    # ------------------------------------------------------------ optimization
    {
        "field": "optimization",
        "title": "Kavrel: Sign-Consistent Orthogonalized Momentum for Pretraining Large Language Models",
        "text": (
            "Matrix-aware optimizers such as Muon and Shampoo have recently challenged AdamW as the default for "
            "pretraining large language models (LLMs), but their advantage shrinks at large batch sizes and the "
            "orthogonalization step adds wall-clock overhead. We propose Kavrel, an optimizer that orthogonalizes "
            "only the sign-consistent component of the momentum buffer with five Newton-Schulz iterations and "
            "applies an Adam-style second-moment correction to the residual. Kavrel stores a single state tensor "
            "per weight matrix where AdamW stores two. We pretrain decoder-only Transformers with 124M to 1.3B "
            "parameters on FineWeb-Edu under a compute-optimal token budget and compare against AdamW, Lion, SOAP "
            "and Muon, each with a tuned learning rate. At 350M parameters, Kavrel reaches a validation loss of "
            "2.912, against 2.968 for AdamW and 2.931 for Muon, and it matches the final loss of AdamW with 1.41\u00d7 "
            "fewer tokens. At 1.3B parameters the advantage persists: Kavrel lowers validation perplexity from "
            "15.84 with AdamW to 15.02. Downstream, Kavrel's 1.3B model scores 54.7% average "
            "zero-shot accuracy over HellaSwag, ARC-Easy, ARC-Challenge, PIQA and WinoGrande, 1.1 points above "
            "AdamW. Because the sign mask halves the matrix multiplications of each orthogonalization step, "
            "Kavrel's step-time overhead over AdamW is 3.2%, compared with 7.9% for Muon. Kavrel also remains "
            "stable at a batch size of 4M tokens, where Lion diverges in 2 of 3 seeds."
        ),
        "spans": [
            ("Kavrel", "M"), ("Large Language Models", "M"), ("Muon", "M"), ("Shampoo", "M"), ("AdamW", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("Newton-Schulz iterations", "M"), ("Adam", "M"),
            ("decoder-only Transformers", "M"), ("FineWeb-Edu", "D"), ("Lion", "M"), ("SOAP", "M"),
            ("validation loss", "X"), ("validation perplexity", "X"), ("average zero-shot accuracy", "X"),
            ("HellaSwag", "D"), ("ARC-Easy", "D"), ("ARC-Challenge", "D"), ("PIQA", "D"), ("WinoGrande", "D"),
            ("step-time overhead", "X"),
        ],
        "results": [
            ("validation loss of 2.912", "validation loss", 2.912, None, None, "Kavrel"),
            ("2.968 for AdamW", "validation loss", 2.968, None, None, "AdamW"),
            ("2.931 for Muon", "validation loss", 2.931, None, None, "Muon"),
            ("1.41\u00d7 fewer tokens", "token reduction", 1.41, "\u00d7", None, None),
            ("validation perplexity from 15.84 with AdamW", "validation perplexity", 15.84, None, None, "AdamW"),
            ("to 15.02", "validation perplexity", 15.02, None, None, "Kavrel"),
            ("54.7% average zero-shot accuracy", "average zero-shot accuracy", 54.7, "%", None, "Kavrel"),
            ("1.1 points above AdamW", "average zero-shot accuracy", 1.1, "points", None, "Kavrel"),
            ("step-time overhead over AdamW is 3.2%", "step-time overhead", 3.2, "%", None, "Kavrel"),
            ("7.9% for Muon", "step-time overhead", 7.9, "%", None, "Muon"),
            ("diverges in 2 of 3 seeds", "seeds diverged", 2, None, None, "Lion"),
        ],
    },
    {
        "field": "optimization",
        "title": "Kestrune: Curvature-Triggered Cooldowns for Anytime Training",
        "text": (
            "Cosine decay requires the training length to be fixed in advance, which makes it ill-suited to "
            "anytime training, where a run may be stopped or extended at short notice. The warmup-stable-decay "
            "(WSD) schedule relaxes this by holding the learning rate constant and decaying only in a short final "
            "cooldown, but the length and shape of that cooldown are tuned by hand. We introduce Kestrune, a "
            "schedule that triggers and shapes the cooldown from a running estimate of the loss curvature along "
            "the update direction, so that a checkpoint taken at any point of a run can be cooled down cheaply. "
            "Kestrune adds no hyperparameters beyond the peak learning rate and the warmup length. We evaluate it "
            "on image classification with ResNet-50 and ViT-B/16 and on language modeling with GPT-2 Small on "
            "OpenWebText, against cosine decay, WSD and Schedule-Free AdamW. On ImageNet-1K with ViT-B/16 trained "
            "for 300 epochs, Kestrune matches cosine decay in top-1 accuracy (80.9% vs. 80.8%), and checkpoints "
            "cooled down at 100 and 200 epochs lose less than 0.4 points of top-1 accuracy relative to cosine decay runs trained "
            "from scratch for those lengths. On OpenWebText, the final validation loss is 2.851 for Kestrune, "
            "2.857 for WSD and 2.874 for Schedule-Free AdamW. Over a sweep of five training lengths, obtaining "
            "every checkpoint with Kestrune costs 2.6\u00d7 less compute than training a separate cosine decay run "
            "for each length."
        ),
        "spans": [
            ("Kestrune", "M"), ("Anytime Training", "T"), ("anytime training", "T"), ("Cosine decay", "M"),
            ("cosine decay", "M"), ("warmup-stable-decay", "M"), ("WSD", "M"), ("image classification", "T"),
            ("ResNet-50", "M"), ("ViT-B/16", "M"), ("language modeling", "T"), ("GPT-2 Small", "M"),
            ("OpenWebText", "D"), ("Schedule-Free AdamW", "M"), ("ImageNet-1K", "D"), ("top-1 accuracy", "X"),
            ("validation loss", "X"), ("compute", "X"),
        ],
        "results": [
            ("top-1 accuracy (80.9%", "top-1 accuracy", 80.9, "%", "ImageNet-1K", "Kestrune"),
            ("80.8%", "top-1 accuracy", 80.8, "%", "ImageNet-1K", "cosine decay"),
            ("lose less than 0.4 points of top-1 accuracy", "top-1 accuracy", 0.4, "points", "ImageNet-1K", None),
            ("validation loss is 2.851 for Kestrune", "validation loss", 2.851, None, "OpenWebText", "Kestrune"),
            ("2.857 for WSD", "validation loss", 2.857, None, "OpenWebText", "WSD"),
            ("2.874 for Schedule-Free AdamW", "validation loss", 2.874, None, "OpenWebText",
             "Schedule-Free AdamW"),
            ("2.6\u00d7 less compute", "compute reduction", 2.6, "\u00d7", None, "Kestrune"),
        ],
    },
    {
        "field": "optimization",
        "title": "Kolvra: Layer-Wise Noise-Scale Matching for Large-Batch Training",
        "text": (
            "Scaling the batch size is the simplest way to use more accelerators, yet in large-batch training the "
            "number of steps stops falling beyond the critical batch size, and generalization often degrades. "
            "Layer-wise adaptive methods such as LARS and LAMB postpone this point by normalizing each layer's "
            "update, but they need long warmup and transfer poorly across architectures. We propose Kolvra, which "
            "estimates the gradient noise scale of each layer online and sets per-layer learning rates so that all "
            "layers train at the same signal-to-noise ratio. Kolvra wraps any base optimizer; we use it with AdamW "
            "and with SGD with Nesterov momentum. For BERT-Large pretraining at a batch size of 64K sequences, "
            "Kolvra needs 1.9\u00d7 fewer steps than LAMB to reach the target validation loss, and the fine-tuned "
            "model attains an F1 of 91.2 on SQuAD v1.1 and an average score of 84.6 on GLUE (LAMB: 90.6 and 83.9). "
            "For ResNet-50 on ImageNet-1K with a 32K batch, Kolvra reaches 76.4% top-1 accuracy, versus 75.7% for "
            "LARS with label smoothing, and completes training in 14.1 minutes on 512 TPU v4 chips. At 64K, where "
            "LARS drops to 73.9%, Kolvra still obtains 75.8%. Across the models studied, Kolvra raises the "
            "critical batch size by 2\u00d7 to 4\u00d7."
        ),
        "spans": [
            ("Kolvra", "M"), ("Large-Batch Training", "T"), ("large-batch training", "T"),
            ("critical batch size", "X"), ("LARS", "M"), ("LAMB", "M"), ("AdamW", "M"), ("SGD", "M"),
            ("Nesterov momentum", "M"), ("BERT-Large", "M"), ("validation loss", "X"), ("F1", "X"),
            ("SQuAD v1.1", "D"), ("average score", "X"), ("GLUE", "D"), ("ResNet-50", "M"), ("ImageNet-1K", "D"),
            ("top-1 accuracy", "X"), ("label smoothing", "M"),
        ],
        "results": [
            ("1.9\u00d7 fewer steps", "step reduction", 1.9, "\u00d7", None, "Kolvra"),
            ("F1 of 91.2 on SQuAD v1.1", "F1", 91.2, None, "SQuAD v1.1", None),
            ("average score of 84.6 on GLUE", "average score", 84.6, None, "GLUE", None),
            ("LAMB: 90.6", "F1", 90.6, None, "SQuAD v1.1", "LAMB"),
            ("83.9", "average score", 83.9, None, "GLUE", "LAMB"),
            ("76.4% top-1 accuracy", "top-1 accuracy", 76.4, "%", "ImageNet-1K", "Kolvra"),
            ("75.7% for LARS", "top-1 accuracy", 75.7, "%", "ImageNet-1K", "LARS"),
            ("completes training in 14.1 minutes", "training time", 14.1, "min", "ImageNet-1K", "Kolvra"),
            ("drops to 73.9%", "top-1 accuracy", 73.9, "%", None, "LARS"),
            ("obtains 75.8%", "top-1 accuracy", 75.8, "%", None, "Kolvra"),
            ("critical batch size by 2\u00d7 to 4\u00d7", "critical batch size", 4, "\u00d7", None, "Kolvra",
             {"low": 2}),
        ],
    },
    {
        "field": "optimization",
        "title": "Quantile Clipping Provably Tames Heavy-Tailed Noise in Nonconvex Stochastic Optimization",
        "text": (
            "Gradient clipping is ubiquitous in training deep networks, and recent analyses show that it lets "
            "stochastic gradient descent (SGD) converge under heavy-tailed gradient noise, whose variance may be "
            "infinite. These analyses, however, assume a fixed clipping threshold, whereas practitioners "
            "increasingly set the threshold adaptively from a running quantile of past gradient norms. We study "
            "this quantile clipping for nonconvex stochastic optimization under a bounded p-th moment assumption "
            "with p in (1, 2]. We prove that SGD with momentum and quantile clipping finds an \u03b5-stationary "
            "point in O(\u03b5^{-(3p-2)/(p-1)}) iterations, matching the known lower bound for gradient clipping with an "
            "optimally tuned fixed threshold without requiring knowledge of p or of the noise level, and that the "
            "same rate holds for a clipped variant of Adam under a bounded-preconditioner condition. The analysis "
            "also exposes a failure mode: when the quantile is set too high, the threshold tracks the noise rather "
            "than the signal, and convergence slows to that of unclipped SGD. Experiments with GPT-2 Medium on "
            "OpenWebText and with ResNet-18 on CIFAR-10 under injected Pareto-distributed gradient noise agree "
            "with the predicted rates. In the language-model runs, quantile clipping at the 90th percentile "
            "reduces the number of loss spikes by 73% relative to a fixed threshold tuned by grid search, and its "
            "final validation perplexity (18.9) matches that of the best fixed threshold."
        ),
        "spans": [
            ("Quantile Clipping", "M"), ("Nonconvex Stochastic Optimization", "T"), ("Gradient clipping", "M"),
            ("stochastic gradient descent", "M"), ("SGD", "M"), ("quantile clipping", "M"), ("gradient clipping", "M"),
            ("momentum", "M"),
            ("nonconvex stochastic optimization", "T"), ("Adam", "M"), ("GPT-2 Medium", "M"),
            ("OpenWebText", "D"), ("ResNet-18", "M"), ("CIFAR-10", "D"), ("number of loss spikes", "X"),
            ("grid search", "M"), ("validation perplexity", "X"),
        ],
        "results": [
            ("reduces the number of loss spikes by 73%", "number of loss spikes reduction", 73, "%", None,
             "quantile clipping"),
            ("validation perplexity (18.9)", "validation perplexity", 18.9, None, None, None),
        ],
    },
    {
        "field": "optimization",
        "title": "How Much Does the Optimizer Matter for LLM Fine-Tuning? A Controlled Comparison on KavenBench",
        "text": (
            "Memory-efficient optimizers are now routinely used to fine-tune large language models on a single "
            "GPU, but their reported gains come from disjoint setups that differ in data, schedules and tuning "
            "effort. We introduce KavenBench, a benchmark of 14 supervised fine-tuning tasks covering instruction "
            "following, mathematical reasoning, code generation and summarization, with fixed data, token budgets "
            "and a shared hyperparameter search protocol. We use it to compare full-parameter AdamW, Adafactor, "
            "8-bit Adam, GaLore, APOLLO and LoRA on Llama-3.1-8B, Qwen2.5-7B and Mistral-7B. Three results stand "
            "out. First, once learning rates are tuned per method, the spread between optimizers is small: on "
            "GSM8K, accuracies with Llama-3.1-8B range from 74.2% (Adafactor) to 76.9% (AdamW), and on HumanEval "
            "pass@1 differs by at most 2.4 points. Second, GaLore and APOLLO cut optimizer-state memory by 61% and "
            "83% relative to AdamW, respectively, yet GaLore is the slowest method, with 1.7\u00d7 the wall-clock "
            "time of AdamW owing to its periodic SVD. Third, LoRA is the best trade-off on 9 of the 14 tasks once "
            "memory is taken into account, but it trails full fine-tuning by 3.1 points in average accuracy on "
            "the reasoning tasks. Reported gaps larger than one point between optimizers often disappear under "
            "our protocol. We release KavenBench together with all training logs and tuning sweeps."
        ),
        "spans": [
            ("LLM", "M"), ("KavenBench", "D"), ("large language models", "M"), ("supervised fine-tuning", "M"),
            ("instruction following", "T"), ("mathematical reasoning", "T"), ("code generation", "T"),
            ("summarization", "T"), ("AdamW", "M"), ("Adafactor", "M"), ("8-bit Adam", "M"), ("GaLore", "M"),
            ("APOLLO", "M"), ("LoRA", "M"), ("Llama-3.1-8B", "M"), ("Qwen2.5-7B", "M"), ("Mistral-7B", "M"),
            ("GSM8K", "D"), ("accuracies", "X"), ("HumanEval", "D"), ("pass@1", "X"),
            ("optimizer-state memory", "X"), ("wall-clock time", "X"), ("SVD", "M"), ("full fine-tuning", "M"),
            ("average accuracy", "X"),
        ],
        "results": [
            ("accuracies with Llama-3.1-8B range from 74.2%", "accuracy", 74.2, "%", "GSM8K", "Adafactor"),
            ("76.9%", "accuracy", 76.9, "%", "GSM8K", "AdamW"),
            ("pass@1 differs by at most 2.4 points", "pass@1", 2.4, "points", "HumanEval", None),
            ("cut optimizer-state memory by 61%", "optimizer-state memory reduction", 61, "%", None, "GaLore"),
            ("83%", "optimizer-state memory reduction", 83, "%", None, "APOLLO"),
            ("1.7\u00d7 the wall-clock time", "wall-clock time", 1.7, "\u00d7", None, "GaLore"),
            ("is the best trade-off on 9 of the 14 tasks", "tasks ranked first", 9, None, None, "LoRA"),
            ("trails full fine-tuning by 3.1 points in average accuracy", "average accuracy", 3.1, "points", None,
             None),
        ],
    },
    {
        "field": "optimization",
        "title": "Kiverna: Sharpness-Aware Minimization at the Cost of SGD",
        "text": (
            "Sharpness-Aware Minimization (SAM) improves generalization by minimizing the worst-case loss in a "
            "neighbourhood of the weights, but each step requires two forward-backward passes, doubling the cost "
            "of training. Efficient variants such as LookSAM and ESAM reuse or sparsify the ascent step, yet "
            "recover only part of SAM's gains. We propose Kiverna, which computes the adversarial perturbation "
            "from the previous step's gradient and corrects its staleness with a first-order extrapolation, so "
            "that every step costs a single forward-backward pass. We prove that Kiverna retains the convergence "
            "rate of SAM for smooth nonconvex objectives up to a term that vanishes with the learning rate. "
            "Empirically, with WideResNet-28-10, Kiverna attains test error rates of 2.61% and 16.08% on CIFAR-10 "
            "and CIFAR-100, respectively, compared with 2.68% and 16.21% for SAM and 3.52% and 18.73% for SGD. On "
            "ImageNet-1K, Kiverna raises the top-1 accuracy of ResNet-50 over SGD (76.4 \u2192 77.5), matching SAM "
            "(77.4) while training 1.9\u00d7 faster than SAM, and it improves ViT-S/16, trained without strong "
            "augmentation, by 2.8 points. Kiverna also lowers the mean corruption error (mCE) on ImageNet-C from "
            "57.9 to 54.6. Measured by the largest Hessian eigenvalue at convergence, Kiverna finds minima as flat "
            "as those of SAM, suggesting that the second gradient computation of SAM is largely redundant."
        ),
        "spans": [
            ("Kiverna", "M"), ("Sharpness-Aware Minimization", "M"), ("SGD", "M"), ("SAM", "M"), ("LookSAM", "M"),
            ("ESAM", "M"), ("WideResNet-28-10", "M"), ("test error rates", "X"), ("CIFAR-10", "D"),
            ("CIFAR-100", "D"), ("ImageNet-1K", "D"), ("top-1 accuracy", "X"), ("ResNet-50", "M"),
            ("ViT-S/16", "M"), ("mean corruption error", "X"), ("mCE", "X"), ("ImageNet-C", "D"),
            ("largest Hessian eigenvalue", "X"),
        ],
        "results": [
            ("test error rates of 2.61%", "test error", 2.61, "%", "CIFAR-10", "Kiverna"),
            ("16.08%", "test error", 16.08, "%", "CIFAR-100", "Kiverna"),
            ("2.68%", "test error", 2.68, "%", "CIFAR-10", "SAM"),
            ("16.21%", "test error", 16.21, "%", "CIFAR-100", "SAM"),
            ("3.52%", "test error", 3.52, "%", "CIFAR-10", "SGD"),
            ("18.73%", "test error", 18.73, "%", "CIFAR-100", "SGD"),
            ("76.4", "top-1 accuracy", 76.4, None, "ImageNet-1K", "SGD"),
            ("77.5", "top-1 accuracy", 77.5, None, "ImageNet-1K", "Kiverna"),
            ("77.4", "top-1 accuracy", 77.4, None, "ImageNet-1K", "SAM"),
            ("1.9\u00d7 faster", "speed-up", 1.9, "\u00d7", "ImageNet-1K", "Kiverna"),
            ("by 2.8 points", "improvement", 2.8, "points", "ImageNet-1K", None),
            ("mean corruption error (mCE) on ImageNet-C from 57.9 to 54.6", "mCE", 54.6, None, "ImageNet-C",
             "Kiverna"),
        ],
    },
    # ------------------------------------------------------------ audio-events
    {
        "field": "audio-events",
        "title": "Kesmira: Boundary-Aware Fusion of Frozen BEATs Features and a CRNN for Sound Event Detection",
        "text": (
            "Sound event detection (SED) requires both clip-level recognition and precise estimation of onsets and "
            "offsets, yet Transformer encoders pretrained on AudioSet operate at a coarse temporal resolution. We "
            "present Kesmira, an SED system that fuses frame-level features of a frozen BEATs encoder with a "
            "lightweight convolutional recurrent neural network (CRNN) through cross-attention, and trains the "
            "fused model with mean teacher consistency on unlabeled clips. Instead of relying on median "
            "filtering, a boundary regression head predicts event onsets and offsets directly from the fused "
            "features. On the validation split of DESED, used in the DCASE 2023 Task 4 challenge, Kesmira obtains "
            "a PSDS1 of 0.571 and a PSDS2 of 0.836, whereas the official CRNN baseline scores 0.359 and 0.562 and "
            "ATST-SED reaches 0.583 and 0.810. Kesmira's event-based F1 is 61.4%, an absolute gain of 4.6 points "
            "over FDY-CRNN. Removing the boundary regression head reduces PSDS1 by 0.047, which confirms that "
            "boundary precision rather than event recognition is the bottleneck of current systems. With 19.6M "
            "trainable parameters and no ensembling, inference on a 10-second clip takes 14 ms on a single GPU, "
            "so the system remains practical for continuous monitoring."
        ),
        "spans": [
            ("Kesmira", "M"), ("BEATs", "M"), ("CRNN", "M"), ("Sound Event Detection", "T"),
            ("Sound event detection", "T"), ("SED", "T"), ("Transformer", "M"), ("AudioSet", "D"),
            ("convolutional recurrent neural network", "M"), ("cross-attention", "M"), ("mean teacher", "M"),
            ("median filtering", "M"), ("DESED", "D"), ("DCASE 2023 Task 4", "D"), ("PSDS1", "X"),
            ("PSDS2", "X"), ("ATST-SED", "M"), ("event-based F1", "X"), ("FDY-CRNN", "M"),
        ],
        "results": [
            ("PSDS1 of 0.571", "PSDS1", 0.571, None, "DESED", "Kesmira"),
            ("PSDS2 of 0.836", "PSDS2", 0.836, None, "DESED", "Kesmira"),
            ("0.359", "PSDS1", 0.359, None, "DESED", "CRNN"),
            ("0.562", "PSDS2", 0.562, None, "DESED", "CRNN"),
            ("0.583", "PSDS1", 0.583, None, "DESED", "ATST-SED"),
            ("0.810", "PSDS2", 0.810, None, "DESED", "ATST-SED"),
            ("event-based F1 is 61.4%", "event-based F1", 61.4, "%", None, "Kesmira"),
            ("absolute gain of 4.6 points", "event-based F1", 4.6, "points", None, "Kesmira"),
            ("reduces PSDS1 by 0.047", "PSDS1", 0.047, None, None, None),
            ("takes 14 ms", "inference time", 14, "ms", None, None),
        ],
    },
    {
        "field": "audio-events",
        "title": "Kaltora: Distilling Audio Spectrogram Transformers into Mobile CNNs for Efficient Audio Tagging",
        "text": (
            "Audio tagging models based on the Audio Spectrogram Transformer (AST) reach state-of-the-art mean "
            "average precision (mAP) on AudioSet, but the quadratic cost of their attention rules out on-device "
            "deployment. We present Kaltora, a family of mobile CNNs trained by knowledge distillation from an "
            "ensemble of AST and BEATs teachers, in which the student additionally matches the patch-level "
            "attention maps of the teachers through a learned time-frequency alignment. Kaltora-S, Kaltora-M and "
            "Kaltora-L have 3.1M, 9.8M and 27.4M parameters. Trained on the full AudioSet (AS-2M), Kaltora-L "
            "achieves an mAP of 0.493, above HTS-AT (0.471) and EfficientAT-MN40 (0.487), while Kaltora-S still "
            "obtains 0.466 at 0.31 GFLOPs per 10-second clip. Fine-tuned on FSD50K and ESC-50, Kaltora-L reaches an "
            "mAP/accuracy of 0.671/97.3%. Relative to CNN14 from PANNs, Kaltora-M uses 8.4\u00d7 fewer parameters "
            "and runs 5.2\u00d7 faster on a Pixel 8 CPU, at a latency of 21 ms per clip. Ablations show that "
            "attention-map matching contributes 0.011 mAP beyond logit distillation alone, and that the student "
            "benefits more from the ensemble than from either teacher. We release all checkpoints together with "
            "an Android demo."
        ),
        "spans": [
            ("Kaltora", "M"), ("Audio Spectrogram Transformers", "M"), ("CNNs", "M"), ("Audio Tagging", "T"),
            ("Audio tagging", "T"), ("Audio Spectrogram Transformer", "M"), ("AST", "M"),
            ("mean average precision", "X"), ("mAP", "X"), ("AudioSet", "D"), ("knowledge distillation", "M"),
            ("BEATs", "M"), ("Kaltora-S", "M"), ("Kaltora-M", "M"), ("Kaltora-L", "M"), ("AS-2M", "D"),
            ("HTS-AT", "M"), ("EfficientAT-MN40", "M"), ("GFLOPs", "X"), ("FSD50K", "D"), ("ESC-50", "D"),
            ("accuracy", "X"), ("CNN14", "M"), ("PANNs", "M"), ("latency", "X"), ("logit distillation", "M"),
        ],
        "results": [
            ("mAP of 0.493", "mAP", 0.493, None, "AudioSet", "Kaltora-L"),
            ("0.471", "mAP", 0.471, None, "AudioSet", "HTS-AT"),
            ("0.487", "mAP", 0.487, None, "AudioSet", "EfficientAT-MN40"),
            ("obtains 0.466", "mAP", 0.466, None, "AudioSet", "Kaltora-S"),
            ("0.31 GFLOPs", "GFLOPs", 0.31, None, "AudioSet", "Kaltora-S"),
            ("mAP/accuracy of 0.671", "mAP", 0.671, None, "FSD50K", "Kaltora-L"),
            ("97.3%", "accuracy", 97.3, "%", "ESC-50", "Kaltora-L"),
            ("8.4\u00d7 fewer parameters", "parameter reduction", 8.4, "\u00d7", None, "Kaltora-M"),
            ("5.2\u00d7 faster", "speed-up", 5.2, "\u00d7", None, "Kaltora-M"),
            ("latency of 21 ms", "latency", 21, "ms", None, "Kaltora-M"),
            ("contributes 0.011 mAP", "mAP", 0.011, None, None, None),
        ],
    },
    {
        "field": "audio-events",
        "title": "Kethra: Retrieval-Augmented Audio Captioning That Does Not Copy",
        "text": (
            "Automated audio captioning (AAC) aims to describe an audio clip in natural language. Current systems "
            "pair a pretrained audio encoder with a text decoder and are trained on AudioCaps and Clotho, whose "
            "small size leads to generic and repetitive captions. We propose Kethra, which retrieves the captions "
            "of acoustically similar clips from a 400K-clip datastore with CLAP embeddings and feeds them, together "
            "with BEATs audio features, to a Flan-T5-Large decoder through a gated fusion layer. To keep the "
            "decoder from copying retrieved text verbatim, we train it with a novelty-weighted cross-entropy loss. "
            "On AudioCaps, Kethra achieves SPIDEr, CIDEr and METEOR scores of 0.512, 0.823 and 0.262, "
            "respectively, setting a new state of the art over EnCLAP (SPIDEr 0.495) and Pengi. On Clotho v2.1 the "
            "SPIDEr score rises from 0.303 to 0.331. Measured by FENSE, which penalizes disfluent captions, Kethra "
            "scores 0.559 on Clotho, whereas a variant without the novelty weighting drops to 0.532 even though "
            "its CIDEr is nearly unchanged. Human raters preferred the captions of Kethra over those of EnCLAP in "
            "64% of 500 pairwise comparisons. The retrieval step adds 38 ms per clip on a single A100."
        ),
        "spans": [
            ("Kethra", "M"), ("Audio Captioning", "T"), ("Automated audio captioning", "T"), ("AAC", "T"),
            ("AudioCaps", "D"), ("Clotho", "D"), ("CLAP", "M"), ("BEATs", "M"), ("Flan-T5-Large", "M"),
            ("SPIDEr", "X"), ("CIDEr", "X"), ("METEOR", "X"), ("EnCLAP", "M"), ("Pengi", "M"),
            ("Clotho v2.1", "D"), ("FENSE", "X"),
        ],
        "results": [
            ("SPIDEr, CIDEr and METEOR scores of 0.512", "SPIDEr", 0.512, None, "AudioCaps", "Kethra"),
            ("0.823", "CIDEr", 0.823, None, "AudioCaps", "Kethra"),
            ("0.262", "METEOR", 0.262, None, "AudioCaps", "Kethra"),
            ("SPIDEr 0.495", "SPIDEr", 0.495, None, "AudioCaps", "EnCLAP"),
            ("SPIDEr score rises from 0.303 to 0.331", "SPIDEr", 0.331, None, "Clotho v2.1", None),
            ("scores 0.559", "FENSE", 0.559, None, "Clotho", "Kethra"),
            ("drops to 0.532", "FENSE", 0.532, None, "Clotho", None),
            ("64% of 500 pairwise comparisons", "win rate", 64, "%", None, "Kethra"),
            ("adds 38 ms", "retrieval time", 38, "ms", None, None),
        ],
    },
    {
        "field": "audio-events",
        "title": "Device Mismatch in Acoustic Scene Classification: A Controlled Study of Frequency-Domain Augmentations",
        "text": (
            "Acoustic scene classification (ASC) systems trained on recordings from one device often degrade on "
            "unseen microphones, and the low-complexity track of the DCASE challenge has made this device "
            "mismatch a central concern. Numerous frequency-domain augmentations have been proposed to address "
            "it, including Freq-MixStyle, device impulse response augmentation (DIR) and frequency masking as in "
            "SpecAugment, but they are usually evaluated in combination and with different architectures, which "
            "obscures their individual contributions. We present a controlled study on the development split of "
            "TAU Urban Acoustic Scenes 2022 Mobile, training CP-ResNet, a receptive-field-regularized CNN, and a "
            "distilled PaSST student under the complexity limits of DCASE 2024 Task 1 and across the five "
            "training-subset sizes of that task. For each augmentation we report macro-averaged accuracy "
            "separately on seen and unseen devices, and we measure how each one changes the distance between "
            "device-specific feature statistics. We find that Freq-MixStyle and DIR are largely complementary: the "
            "former mainly helps on devices seen in training, the latter on unseen ones. Frequency masking adds "
            "little once either is present, and mixup interacts negatively with DIR when training data are "
            "scarce. The benefits of all augmentations shrink as the training subset grows, suggesting that "
            "augmentation partly substitutes for device diversity. We release configurations and per-device "
            "results to support future work on domain generalization for ASC."
        ),
        "spans": [
            ("Acoustic Scene Classification", "T"), ("Acoustic scene classification", "T"), ("ASC", "T"),
            ("DCASE", "D"), ("Freq-MixStyle", "M"), ("device impulse response augmentation", "M"), ("DIR", "M"),
            ("frequency masking", "M"), ("Frequency masking", "M"), ("SpecAugment", "M"),
            ("TAU Urban Acoustic Scenes 2022 Mobile", "D"), ("CP-ResNet", "M"), ("CNN", "M"), ("PaSST", "M"),
            ("DCASE 2024 Task 1", "D"), ("macro-averaged accuracy", "X"), ("mixup", "M"),
            ("domain generalization", "T"),
        ],
        "results": [],
    },
    {
        "field": "audio-events",
        "title": "Synthetic Spatial Pretraining for Sound Event Localization and Detection: The KolvikSpatial Corpus and the Kessaro Model",
        "text": (
            "Sound event localization and detection (SELD) jointly estimates which sound events are active, when "
            "they occur and where they come from, but real annotated spatial recordings remain scarce: STARSS23 "
            "contains fewer than eight hours of them. We address this scarcity in two ways. First, we release "
            "KolvikSpatial, a synthetic corpus of 1,200 hours of first-order Ambisonics (FOA) mixtures rendered "
            "with measured room impulse responses from 94 rooms and event clips from FSD50K, including moving "
            "sources and overlapping events. Second, we propose Kessaro, a SELD model that combines a "
            "ResNet-Conformer encoder with a multi-ACCDOA output and is pretrained on KolvikSpatial before "
            "fine-tuning on STARSS23. On STARSS23, the evaluation data of the DCASE 2023 Task 3 challenge, Kessaro "
            "achieves a location-dependent F-score of 48.3%, a direction-of-arrival error (DOAE) of 15.2\u00b0 and a "
            "SELD score of 0.381, compared with 29.1%, 21.7\u00b0 and 0.513 for the official baseline, and it "
            "outperforms EINV2 by 6.9 points in F-score. Replacing the DCASE synthetic data with KolvikSpatial for "
            "pretraining lifts the F-score on STARSS23 from 41.0% to 48.3%, while halving the synthetic data costs "
            "2.2 points of F-score. On the microphone-array format, the gains of Kessaro are smaller but "
            "consistent (F-score: 44.1% vs. 40.6% for EINV2)."
        ),
        "spans": [
            ("Sound Event Localization and Detection", "T"), ("KolvikSpatial", "D"), ("Kessaro", "M"),
            ("Sound event localization and detection", "T"), ("SELD", "T"), ("STARSS23", "D"), ("FSD50K", "D"),
            ("ResNet-Conformer", "M"), ("multi-ACCDOA", "M"), ("DCASE 2023 Task 3", "D"), ("DCASE", "D"),
            ("location-dependent F-score", "X"), ("F-score", "X"), ("direction-of-arrival error", "X"),
            ("DOAE", "X"), ("SELD score", "X"), ("EINV2", "M"),
        ],
        "results": [
            ("location-dependent F-score of 48.3%", "location-dependent F-score", 48.3, "%", "STARSS23", "Kessaro"),
            ("direction-of-arrival error (DOAE) of 15.2", "DOAE", 15.2, "\u00b0", "STARSS23", "Kessaro"),
            ("SELD score of 0.381", "SELD score", 0.381, None, "STARSS23", "Kessaro"),
            ("29.1%", "location-dependent F-score", 29.1, "%", "STARSS23", None),
            ("21.7", "DOAE", 21.7, "\u00b0", "STARSS23", None),
            ("0.513", "SELD score", 0.513, None, "STARSS23", None),
            ("outperforms EINV2 by 6.9 points in F-score", "F-score", 6.9, "points", "STARSS23", None),
            ("F-score on STARSS23 from 41.0% to 48.3%", "F-score", 48.3, "%", "STARSS23", None),
            ("costs 2.2 points of F-score", "F-score", 2.2, "points", None, None),
            ("F-score: 44.1%", "F-score", 44.1, "%", None, "Kessaro"),
            ("40.6% for EINV2", "F-score", 40.6, "%", None, "EINV2"),
        ],
    },
    {
        "field": "audio-events",
        "title": "Kuvanto: Frame-Level Contrastive Language-Audio Pretraining for Zero-Shot Sound Event Detection",
        "text": (
            "Contrastive language-audio pretraining (CLAP) aligns clip-level audio and text embeddings and enables "
            "zero-shot audio classification, but it cannot tell when an event occurs within a clip. We propose "
            "Kuvanto, which extends CLAP with a frame-level contrastive objective: text embeddings of event labels "
            "are matched against frame embeddings using the temporally strong labels of the AudioSet Strong "
            "subset, while weakly labeled clips from WavCaps contribute through a multiple-instance loss. At "
            "inference, any free-text query yields a frame-wise activity curve, so Kuvanto performs "
            "open-vocabulary sound event detection without task-specific training. Evaluated zero-shot on DESED "
            "and URBAN-SED, Kuvanto obtains PSDS1 scores of 0.341 and 0.298 (supervised CRNN: 0.359 and 0.312), "
            "closing most of the gap to supervised training. Clip-level abilities are preserved: zero-shot "
            "accuracy is 94.1% on ESC-50 and 82.7% on UrbanSound8K, against 93.9% and 80.2% for LAION-CLAP, and "
            "text-to-audio retrieval on AudioCaps reaches a recall at 1 (R@1) of 41.5. Averaged over the four "
            "classification and detection benchmarks, Kuvanto improves on MS-CLAP by 6.3%. Frame-level "
            "supervision matters: training with clip labels only drops PSDS1 on DESED to 0.127."
        ),
        "spans": [
            ("Kuvanto", "M"), ("Contrastive Language-Audio Pretraining", "M"), ("Zero-Shot Sound Event Detection", "T"),
            ("Contrastive language-audio pretraining", "M"), ("CLAP", "M"), ("zero-shot audio classification", "T"),
            ("AudioSet Strong", "D"), ("WavCaps", "D"), ("open-vocabulary sound event detection", "T"),
            ("DESED", "D"), ("URBAN-SED", "D"), ("PSDS1", "X"), ("CRNN", "M"), ("zero-shot accuracy", "X"),
            ("ESC-50", "D"), ("UrbanSound8K", "D"), ("LAION-CLAP", "M"), ("text-to-audio retrieval", "T"),
            ("AudioCaps", "D"), ("recall at 1", "X"), ("R@1", "X"), ("MS-CLAP", "M"),
        ],
        "results": [
            ("PSDS1 scores of 0.341", "PSDS1", 0.341, None, "DESED", "Kuvanto"),
            ("0.298", "PSDS1", 0.298, None, "URBAN-SED", "Kuvanto"),
            ("CRNN: 0.359", "PSDS1", 0.359, None, "DESED", "CRNN"),
            ("0.312", "PSDS1", 0.312, None, "URBAN-SED", "CRNN"),
            ("zero-shot accuracy is 94.1% on ESC-50", "zero-shot accuracy", 94.1, "%", "ESC-50", None),
            ("82.7% on UrbanSound8K", "zero-shot accuracy", 82.7, "%", "UrbanSound8K", None),
            ("93.9%", "zero-shot accuracy", 93.9, "%", "ESC-50", "LAION-CLAP"),
            ("80.2%", "zero-shot accuracy", 80.2, "%", "UrbanSound8K", "LAION-CLAP"),
            ("recall at 1 (R@1) of 41.5", "R@1", 41.5, None, "AudioCaps", None),
            ("improves on MS-CLAP by 6.3%", "improvement", 6.3, "%", None, "Kuvanto"),
            ("drops PSDS1 on DESED to 0.127", "PSDS1", 0.127, None, "DESED", None),
        ],
    },
]
