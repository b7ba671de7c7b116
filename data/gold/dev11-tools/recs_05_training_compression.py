"""dev11 records: training (5) and compression (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Nautilora", "Pellucid", "Maplewing", "Nectarine", "Penumbra",
          "Moraine", "Obolus", "Mantlet", "Pinecrest", "Ombrelle"]

RECS = [
    # ------------------------------------------------------------ training
    {
        "field": "training",
        "title": "Nautilora: Gradient-Aligned Initialization and Layer-Wise Rank Reallocation for Low-Rank Adaptation",
        "text": (
            "Low-rank adaptation (LoRA) fine-tunes large language models (LLMs) by learning the product of two small "
            "matrices, but its zero initialization and fixed per-layer rank slow convergence and spend capacity on "
            "layers that barely change. We propose Nautilora, which initializes each adapter from the top singular "
            "directions of the first-step gradient and reallocates rank between layers every 200 steps under a fixed "
            "parameter budget. Adapters are merged after training, so inference cost is unchanged. On GLUE with "
            "RoBERTa-base, Nautilora reaches an average score of 87.9 with 0.3M trainable parameters, versus 86.4 for "
            "LoRA and 87.1 for AdaLoRA. On eight commonsense reasoning benchmarks with LLaMA-3-8B, Nautilora attains "
            "86.2 ± 0.3% average accuracy, outperforming DoRA by 1.3 points and PiSSA by 0.9 points. On GSM8K, "
            "Mistral-7B fine-tuned on MetaMathQA with Nautilora reaches 68.4% accuracy (LoRA: 62.7%; full "
            "fine-tuning: 69.1%). Nautilora also reaches the final training loss of LoRA 1.7× faster in wall-clock "
            "time, as the gradient-aligned start removes the plateau of the first few hundred steps. All runs use "
            "rank 16 and a learning rate of 2e-4; results are means over 3 seeds."
        ),
        "spans": [
            ("Nautilora", "M"), ("Low-Rank Adaptation", "M"), ("Low-rank adaptation", "M"), ("LoRA", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("GLUE", "D"), ("RoBERTa-base", "M"),
            ("average score", "X"), ("AdaLoRA", "M"), ("commonsense reasoning", "T"), ("LLaMA-3-8B", "M"),
            ("average accuracy", "X"), ("DoRA", "M"), ("PiSSA", "M"), ("GSM8K", "D"), ("Mistral-7B", "M"),
            ("MetaMathQA", "D"), ("accuracy", "X"), ("full fine-tuning", "M"), ("training loss", "X"),
        ],
        "results": [
            ("average score of 87.9", "average score", 87.9, None, "GLUE", "Nautilora"),
            ("86.4 for LoRA", "average score", 86.4, None, "GLUE", "LoRA"),
            ("87.1 for AdaLoRA", "average score", 87.1, None, "GLUE", "AdaLoRA"),
            ("86.2 ± 0.3% average accuracy", "average accuracy", 86.2, "%", None, "Nautilora"),
            ("outperforming DoRA by 1.3 points", "average accuracy", 1.3, "points", None, "Nautilora"),
            ("PiSSA by 0.9 points", "average accuracy", 0.9, "points", None, "Nautilora"),
            ("68.4% accuracy", "accuracy", 68.4, "%", "GSM8K", "Nautilora"),
            ("62.7%", "accuracy", 62.7, "%", "GSM8K", "LoRA"),
            ("69.1%", "accuracy", 69.1, "%", "GSM8K", "full fine-tuning"),
            ("1.7× faster", "speed-up", 1.7, "×", None, "Nautilora"),
        ],
    },
    {
        "field": "training",
        "title": "Pellucid: Memory-Efficient Optimization with Factored Second Moments and Quantized Momentum Sketches",
        "text": (
            "Optimizer states, not weights, dominate the memory of large language model pre-training: AdamW keeps two "
            "full-precision moments for every parameter, tripling the footprint of the model itself. Projection "
            "methods such as GaLore shrink these states by restricting updates to a low-rank subspace, yet the "
            "subspace must be refreshed with a costly SVD and drifts away from the directions that matter late in "
            "training. This paper introduces Pellucid, an optimizer that stores the second moment as a rank-one "
            "factorization, in the spirit of Adafactor, and the first moment as 8-bit block-quantized residuals around "
            "a slowly updated low-rank sketch. No SVD is ever computed. We pre-train LLaMA-style models from 60M to 1B "
            "parameters on C4 for 10B tokens. At 1B, Pellucid reaches a validation perplexity of 15.71, against 15.56 "
            "for AdamW and 16.48 for GaLore, while cutting optimizer memory by 74% relative to AdamW. At 350M, the "
            "perplexity gap between Pellucid and AdamW is only 0.09. Pellucid's throughput is within 3% of that of "
            "AdamW. When fine-tuning RoBERTa-large on GLUE, Pellucid stays within 0.3 points of AdamW in average score. "
            "We caution that our largest pre-training run has 1B parameters and that the picture may change at 7B, "
            "although peak memory for a 7B training step is already measured at 22.8 GB with Pellucid."
        ),
        "spans": [
            ("Pellucid", "M"), ("large language model", "M"), ("AdamW", "M"), ("GaLore", "M"), ("SVD", "M"),
            ("Adafactor", "M"), ("LLaMA", "M"), ("C4", "D"), ("validation perplexity", "X"), ("perplexity", "X"),
            ("optimizer memory", "X"), ("throughput", "X"), ("RoBERTa-large", "M"), ("GLUE", "D"),
            ("average score", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("validation perplexity of 15.71", "validation perplexity", 15.71, None, None, "Pellucid"),
            ("15.56 for AdamW", "validation perplexity", 15.56, None, None, "AdamW"),
            ("16.48 for GaLore", "validation perplexity", 16.48, None, None, "GaLore"),
            ("optimizer memory by 74%", "optimizer memory reduction", 74, "%", None, "Pellucid"),
            ("perplexity gap between Pellucid and AdamW is only 0.09", "perplexity gap", 0.09, None, None, "Pellucid"),
            ("throughput is within 3%", "throughput", 3, "%", None, "Pellucid"),
            ("within 0.3 points of AdamW in average score", "average score", 0.3, "points", "GLUE", "Pellucid"),
            ("peak memory for a 7B training step is already measured at 22.8 GB", "peak memory", 22.8, "GB", None, "Pellucid"),
        ],
    },
    {
        "field": "training",
        "title": "Maplewing: End-to-End FP8 Training of Transformers at 1.43× the Throughput of BF16",
        "text": (
            "Maplewing trains 7B-parameter language models end-to-end in FP8, including attention and optimizer "
            "states, at 1.43× the throughput of BF16 mixed precision and without loss divergence over 1T tokens. Prior "
            "FP8 recipes, such as delayed scaling, keep master weights, the attention softmax and the Adam moments in "
            "higher precision, and still diverge in long runs because of outlier amplification in SwiGLU layers. "
            "Maplewing combines per-tile just-in-time scaling with a smooth clamp on the SwiGLU gate and stores both "
            "Adam moments in FP8 with stochastic rounding. We train Llama-2-style models of 1.3B and 7B parameters on "
            "RedPajama. At 7B, Maplewing's final training loss is 1.912 vs. 1.907 for BF16 (a 0.26% relative "
            "difference), and zero-shot accuracy averaged over ARC-e, ARC-c, HellaSwag, PIQA and WinoGrande is 61.8 "
            "vs. 62.0. Memory per GPU falls from 71.4 GB to 52.6 GB, and training the 7B model on 256 H100 GPUs takes "
            "11.2 days instead of 16.0 days. At 1.3B, Maplewing matches BF16 in MMLU 5-shot accuracy (29.4 vs. 29.1). "
            "Compared with FP8-LM, Maplewing is 1.18× faster and uses 21% less memory."
        ),
        "spans": [
            ("Maplewing", "M"), ("FP8 Training", "M"), ("Transformers", "M"), ("language models", "M"),
            ("BF16 mixed precision", "M"), ("BF16", "M"), ("delayed scaling", "M"), ("Adam", "M"), ("SwiGLU", "M"),
            ("stochastic rounding", "M"), ("Llama-2", "M"), ("RedPajama", "D"), ("training loss", "X"),
            ("zero-shot accuracy", "X"), ("ARC-e", "D"), ("ARC-c", "D"), ("HellaSwag", "D"), ("PIQA", "D"),
            ("WinoGrande", "D"), ("Memory per GPU", "X"), ("MMLU", "D"), ("5-shot accuracy", "X"),
            ("FP8-LM", "M"), ("throughput", "X"), ("Throughput", "X"), ("memory", "X"),
        ],
        "title_results": [
            ("1.43× the Throughput", "throughput", 1.43, "×", None, "Maplewing"),
        ],
        "results": [
            ("1.43× the throughput", "throughput", 1.43, "×", None, "Maplewing"),
            ("final training loss is 1.912", "training loss", 1.912, None, None, "Maplewing"),
            ("1.907 for BF16", "training loss", 1.907, None, None, "BF16"),
            ("0.26% relative difference", "training loss", 0.26, "%", None, "Maplewing"),
            ("zero-shot accuracy averaged over ARC-e, ARC-c, HellaSwag, PIQA and WinoGrande is 61.8",
             "zero-shot accuracy", 61.8, None, None, "Maplewing"),
            ("62.0", "zero-shot accuracy", 62.0, None, None, "BF16"),
            ("Memory per GPU falls from 71.4 GB to 52.6 GB", "memory per GPU", 52.6, "GB", None, None),
            ("takes 11.2 days", "training time", 11.2, "days", None, None),
            ("16.0 days", "training time", 16.0, "days", None, None),
            ("29.4", "5-shot accuracy", 29.4, None, "MMLU", "Maplewing"),
            ("29.1", "5-shot accuracy", 29.1, None, "MMLU", "BF16"),
            ("1.18× faster", "speed-up", 1.18, "×", None, "Maplewing"),
            ("21% less memory", "memory reduction", 21, "%", None, "Maplewing"),
        ],
    },
    {
        "field": "training",
        "title": "Nectarine: Sketched Drift Correction for Communication-Efficient Federated Learning",
        "text": (
            "Federated learning trains a shared model across clients that never expose their data, but under strongly "
            "non-IID partitions client updates drift apart and the server needs many rounds, each transmitting the "
            "full model. We study whether drift correction and update compression can be combined without one "
            "undoing the other. In Nectarine, each client sends a count-sketch of its update together with a "
            "64-dimensional summary of its local drift; the server recovers the heavy coordinates and applies a "
            "SCAFFOLD-style control variate estimated from the summaries alone. We evaluate on CIFAR-10 and CIFAR-100 "
            "with Dirichlet partitions (α = 0.1, 100 clients, 10% participation), and on FEMNIST and Shakespeare from "
            "LEAF. On CIFAR-10, Nectarine reaches 78.3 ± 0.6% test accuracy after 500 rounds, compared with 71.9 ± "
            "1.1% for FedAvg and 77.6 ± 0.8% for SCAFFOLD, while cutting upload volume by 11.4× relative to SCAFFOLD. "
            "The gain over FedAvg is significant (p < 0.01, paired t-test over 5 seeds); the difference from SCAFFOLD "
            "is not (p = 0.21). On FEMNIST, accuracy is 84.7% (95% CI 84.1-85.3). Communication rounds needed to "
            "reach 60% accuracy on CIFAR-100 drop from 412 to 236. Shakespeare is the exception: Nectarine trails "
            "FedProx by 0.8 points in next-character accuracy, which we attribute to the sketch discarding "
            "rare-token gradients. We therefore see Nectarine as a communication-saving complement to drift "
            "correction rather than a replacement for it."
        ),
        "spans": [
            ("Nectarine", "M"), ("Federated Learning", "M"), ("Federated learning", "M"), ("count-sketch", "M"),
            ("SCAFFOLD", "M"), ("CIFAR-10", "D"), ("CIFAR-100", "D"), ("FEMNIST", "D"), ("Shakespeare", "D"),
            ("LEAF", "D"), ("test accuracy", "X"), ("FedAvg", "M"), ("upload volume", "X"), ("accuracy", "X"),
            ("Communication rounds", "X"), ("FedProx", "M"), ("next-character accuracy", "X"),
        ],
        "results": [
            ("78.3 ± 0.6% test accuracy", "test accuracy", 78.3, "%", "CIFAR-10", "Nectarine"),
            ("71.9 ± 1.1% for FedAvg", "test accuracy", 71.9, "%", "CIFAR-10", "FedAvg"),
            ("77.6 ± 0.8% for SCAFFOLD", "test accuracy", 77.6, "%", "CIFAR-10", "SCAFFOLD"),
            ("upload volume by 11.4×", "upload volume reduction", 11.4, "×", "CIFAR-10", "Nectarine"),
            ("p < 0.01", "p-value", 0.01, None, None, None),
            ("p = 0.21", "p-value", 0.21, None, None, None),
            ("accuracy is 84.7%", "accuracy", 84.7, "%", "FEMNIST", None),
            ("Communication rounds needed to reach 60% accuracy on CIFAR-100 drop from 412 to 236",
             "communication rounds", 236, None, "CIFAR-100", None),
            ("trails FedProx by 0.8 points in next-character accuracy", "next-character accuracy", 0.8, "points",
             "Shakespeare", "Nectarine"),
        ],
    },
    {
        "field": "training",
        "title": "Penumbra: Selecting 5% of Instruction Data by Gradient Shadow Similarity",
        "text": (
            "Which instructions are worth training on? Penumbra scores every candidate example by the similarity "
            "between its low-dimensional gradient \"shadow\", obtained by random projection after a short LoRA "
            "warm-up, and the shadows of a handful of target-task examples. Unlike LESS, which stores projected "
            "gradients for every checkpoint, Penumbra keeps a single 8,192-dimensional shadow per example, reducing "
            "selection storage from 3.1 TB to 96 GB on the Tulu V2 mixture. Training Llama-3.1-8B on the 5% of Tulu "
            "V2 chosen by Penumbra beats training on the full mixture in accuracy on MMLU (65.2 vs. 64.1) and BBH "
            "(68.9 vs. 66.3) and in F1 on TyDiQA (62.4 vs. 61.0). Penumbra also beats LESS on all three benchmarks, "
            "by 0.7, 1.9 and 1.2 points respectively. Averaged over the three, the gain over random 5% selection is "
            "3.6 points. On AlpacaEval 2.0, Penumbra raises the length-controlled win rate from 14.8% with DEITA to "
            "18.3%. Across 3 base models (Llama-3.1-8B, Mistral-7B-v0.3 and Qwen2.5-7B) and 4 selection budgets, "
            "Penumbra is the best selector in 10 of 12 settings. Selection is cheap: scoring 326K examples takes 2.4 "
            "GPU hours, about 9% of the cost of fine-tuning on the selected subset."
        ),
        "spans": [
            ("Penumbra", "M"), ("random projection", "M"), ("LoRA", "M"), ("LESS", "M"), ("selection storage", "X"),
            ("Tulu V2", "D"), ("Llama-3.1-8B", "M"), ("accuracy", "X"), ("MMLU", "D"), ("BBH", "D"), ("F1", "X"),
            ("TyDiQA", "D"), ("AlpacaEval 2.0", "D"), ("length-controlled win rate", "X"), ("DEITA", "M"),
            ("Mistral-7B-v0.3", "M"), ("Qwen2.5-7B", "M"),
        ],
        "results": [
            ("selection storage from 3.1 TB to 96 GB", "selection storage", 96, "GB", "Tulu V2", "Penumbra"),
            ("65.2", "accuracy", 65.2, None, "MMLU", "Penumbra"),
            ("64.1", "accuracy", 64.1, None, "MMLU", None),
            ("68.9", "accuracy", 68.9, None, "BBH", "Penumbra"),
            ("66.3", "accuracy", 66.3, None, "BBH", None),
            ("62.4", "F1", 62.4, None, "TyDiQA", "Penumbra"),
            ("61.0", "F1", 61.0, None, "TyDiQA", None),
            ("0.7", "improvement", 0.7, "points", "MMLU", "Penumbra"),
            ("1.9", "improvement", 1.9, "points", "BBH", "Penumbra"),
            ("1.2 points", "improvement", 1.2, "points", "TyDiQA", "Penumbra"),
            ("gain over random 5% selection is 3.6 points", "improvement", 3.6, "points", None, None),
            ("14.8% with DEITA", "length-controlled win rate", 14.8, "%", "AlpacaEval 2.0", "DEITA"),
            ("18.3%", "length-controlled win rate", 18.3, "%", "AlpacaEval 2.0", "Penumbra"),
            ("best selector in 10 of 12 settings", "settings ranked first", 10, None, None, "Penumbra"),
            ("takes 2.4 GPU hours", "scoring time", 2.4, "GPU hours", None, None),
            ("9% of the cost", "relative cost", 9, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ compression
    {
        "field": "compression",
        "title": "Moraine: Retraining-Free Structured Pruning of LLMs by Tracing Error Through the Residual Stream",
        "text": (
            "Structured pruning removes whole channels, heads or layers and therefore yields real speed-ups on "
            "commodity hardware, but for large language models it usually costs more accuracy than unstructured "
            "pruning at the same sparsity. We argue that much of this loss comes from pruning each layer against its "
            "own reconstruction error while ignoring how errors accumulate through the residual stream. Moraine "
            "estimates, from 128 calibration sequences of WikiText-2, how much each attention head and MLP channel "
            "contributes to the final hidden state, and removes the lowest-scoring units jointly across layers until "
            "a target ratio is met. A closed-form correction of the next layer's bias then absorbs most of the "
            "removed signal, so no retraining is needed. We prune LLaMA-2-7B, LLaMA-2-13B and Llama-3-8B at pruning "
            "ratios of 20%, 30% and 50% and compare with LLM-Pruner, SliceGPT, FLAP and Wanda-sp. At 30%, Moraine "
            "keeps the WikiText-2 perplexity of LLaMA-2-7B at 8.71, where SliceGPT reaches 10.53 and LLM-Pruner "
            "12.96. At 50%, the mean zero-shot accuracy of LLaMA-2-7B drops by 6.3 points with Moraine and by 11.8 "
            "points with Wanda-sp. The pruned LLaMA-2-13B retains 94.6% of the dense model's mean zero-shot accuracy "
            "on BoolQ, PIQA, HellaSwag, WinoGrande, ARC-e, ARC-c and OBQA. Moraine outperforms FLAP at every ratio on "
            "all three models, 9 comparisons in total. On an A100, the 50%-pruned Llama-3-8B generates 1.72× more "
            "tokens per second than the dense model and needs 41% less memory. Pruning a 13B model takes 6 minutes."
        ),
        "spans": [
            ("Moraine", "M"), ("Structured Pruning", "M"), ("Structured pruning", "M"), ("LLMs", "M"),
            ("large language models", "M"), ("accuracy", "X"), ("unstructured pruning", "M"), ("sparsity", "X"),
            ("WikiText-2", "D"), ("MLP", "M"), ("LLaMA-2-7B", "M"), ("LLaMA-2-13B", "M"), ("Llama-3-8B", "M"),
            ("pruning ratios", "X"), ("LLM-Pruner", "M"), ("SliceGPT", "M"), ("FLAP", "M"), ("Wanda-sp", "M"),
            ("perplexity", "X"), ("mean zero-shot accuracy", "X"), ("BoolQ", "D"), ("PIQA", "D"),
            ("HellaSwag", "D"), ("WinoGrande", "D"), ("ARC-e", "D"), ("ARC-c", "D"), ("OBQA", "D"),
            ("tokens per second", "X"), ("memory", "X"),
        ],
        "results": [
            ("WikiText-2 perplexity of LLaMA-2-7B at 8.71", "perplexity", 8.71, None, "WikiText-2", "Moraine"),
            ("SliceGPT reaches 10.53", "perplexity", 10.53, None, "WikiText-2", "SliceGPT"),
            ("LLM-Pruner 12.96", "perplexity", 12.96, None, "WikiText-2", "LLM-Pruner"),
            ("drops by 6.3 points", "mean zero-shot accuracy", 6.3, "points", None, "Moraine"),
            ("11.8 points", "mean zero-shot accuracy", 11.8, "points", None, "Wanda-sp"),
            ("retains 94.6% of the dense model's mean zero-shot accuracy", "relative mean zero-shot accuracy", 94.6,
             "%", None, "LLaMA-2-13B"),
            ("9 comparisons", "comparisons won", 9, None, None, "Moraine"),
            ("1.72× more tokens per second", "throughput", 1.72, "×", None, "Llama-3-8B"),
            ("41% less memory", "memory reduction", 41, "%", None, "Llama-3-8B"),
            ("takes 6 minutes", "pruning time", 6, "min", None, None),
        ],
    },
    {
        "field": "compression",
        "title": "Obolus: Twin-Log Softmax Quantizers and Folded Rotations for 4-Bit Post-Training Quantization of Vision Transformers",
        "text": (
            "Post-training quantization (PTQ) of vision transformers (ViTs) below 6 bits is limited by two "
            "distributions: the power-law post-Softmax attention and the inter-channel variance of post-LayerNorm "
            "activations. Obolus addresses both. A twin-log2 quantizer covers the dense small-value region of "
            "attention scores with one base and the sparse tail with another; a learned per-channel rotation, folded "
            "into the preceding linear layer, equalizes post-LayerNorm activations at no runtime cost. Calibration "
            "uses 32 unlabeled ImageNet images. W4A4 top-1 accuracy on ImageNet-1K: 75.9% (DeiT-S), 79.8% (DeiT-B) "
            "and 81.2% (Swin-S). Obolus exceeds RepQ-ViT by 6.7, 4.6 and 1.4 points, respectively. The "
            "full-precision DeiT-B reaches 81.8% top-1, so the gap is 2.0 points. On COCO object detection and "
            "instance segmentation with Mask R-CNN and Swin-T, Obolus reaches 44.1 box AP and 40.2 mask AP at W4A4, "
            "against 36.1 and 36.0 for RepQ-ViT. On a Snapdragon 8 Gen 3 phone, the W4A4 DeiT-S runs in 7.6 ms per "
            "image, 2.7× faster than the FP16 model. Neither component needs backpropagation or labels."
        ),
        "spans": [
            ("Obolus", "M"), ("Post-Training Quantization", "M"), ("Post-training quantization", "M"),
            ("PTQ", "M"), ("Vision Transformers", "M"), ("vision transformers", "M"), ("ViTs", "M"),
            ("LayerNorm", "M"), ("ImageNet", "D"), ("ImageNet-1K", "D"), ("top-1 accuracy", "X"), ("top-1", "X"),
            ("DeiT-S", "M"), ("DeiT-B", "M"), ("Swin-S", "M"), ("RepQ-ViT", "M"), ("COCO", "D"),
            ("object detection", "T"), ("instance segmentation", "T"), ("Mask R-CNN", "M"), ("Swin-T", "M"),
            ("box AP", "X"), ("mask AP", "X"), ("backpropagation", "M"),
        ],
        "results": [
            ("75.9%", "top-1 accuracy", 75.9, "%", "ImageNet-1K", "DeiT-S"),
            ("79.8%", "top-1 accuracy", 79.8, "%", "ImageNet-1K", "DeiT-B"),
            ("81.2%", "top-1 accuracy", 81.2, "%", "ImageNet-1K", "Swin-S"),
            ("6.7", "improvement", 6.7, "points", None, "Obolus"),
            ("4.6", "improvement", 4.6, "points", None, "Obolus"),
            ("1.4 points", "improvement", 1.4, "points", None, "Obolus"),
            ("81.8% top-1", "top-1 accuracy", 81.8, "%", None, "DeiT-B"),
            ("gap is 2.0 points", "top-1 accuracy gap", 2.0, "points", None, "DeiT-B"),
            ("44.1 box AP", "box AP", 44.1, None, "COCO", "Obolus"),
            ("40.2 mask AP", "mask AP", 40.2, None, "COCO", "Obolus"),
            ("36.1", "box AP", 36.1, None, "COCO", "RepQ-ViT"),
            ("36.0", "mask AP", 36.0, None, "COCO", "RepQ-ViT"),
            ("runs in 7.6 ms", "latency", 7.6, "ms", None, "DeiT-S"),
            ("2.7× faster", "speed-up", 2.7, "×", None, "DeiT-S"),
        ],
    },
    {
        "field": "compression",
        "title": "Mantlet: Per-Sample Temperature Maps for Logit-Based Knowledge Distillation",
        "text": (
            "Knowledge distillation (KD) transfers the dark knowledge of a large teacher to a compact student through "
            "softened logits, and a single global temperature is still the default. A fixed temperature, however, "
            "over-smooths confident teacher predictions and under-smooths ambiguous ones, and the best value shifts "
            "whenever the capacity gap between teacher and student changes. We propose Mantlet, which predicts a "
            "temperature for every sample from the teacher's logit margin with a two-parameter monotone map, fitted "
            "once on a held-out split and then frozen. Mantlet needs no additional network and no feature alignment, "
            "changes only a few lines of the vanilla KD loss, and can be stacked onto existing logit-based methods "
            "such as DKD and MLKD. On CIFAR-100, Mantlet distils ResNet32×4 into a ResNet8×4 that reaches 77.9% top-1 "
            "accuracy, a gain of 4.6 points over the student trained alone and 1.3 points over vanilla KD. With "
            "WRN-40-2 as the teacher and ShuffleNet-V1 as the student, accuracy rises from 74.8% under DKD to 77.1% "
            "when Mantlet is added. On ImageNet, Mantlet lifts a ResNet-18 student distilled from ResNet-34 to 72.3% "
            "top-1, above the feature-based ReviewKD (71.6%) at 38% of its training cost, and a MobileNet-V1 student "
            "distilled from ResNet-50 to 73.6%. Across 13 teacher-student pairs, Mantlet improves over vanilla KD in "
            "all 13 and over DKD in 11. We note that the two parameters of the map were tuned on CIFAR-100 and "
            "transferred unchanged, and that the gains shrink for students above 25M parameters."
        ),
        "spans": [
            ("Mantlet", "M"), ("Knowledge Distillation", "M"), ("Knowledge distillation", "M"), ("KD", "M"),
            ("DKD", "M"), ("MLKD", "M"), ("CIFAR-100", "D"), ("ResNet32×4", "M"), ("ResNet8×4", "M"),
            ("top-1 accuracy", "X"), ("top-1", "X"), ("accuracy", "X"), ("WRN-40-2", "M"), ("ShuffleNet-V1", "M"),
            ("ImageNet", "D"), ("ResNet-18", "M"), ("ResNet-34", "M"), ("ReviewKD", "M"), ("training cost", "X"),
            ("MobileNet-V1", "M"), ("ResNet-50", "M"),
        ],
        "results": [
            ("77.9% top-1 accuracy", "top-1 accuracy", 77.9, "%", "CIFAR-100", "Mantlet"),
            ("gain of 4.6 points", "top-1 accuracy", 4.6, "points", "CIFAR-100", "Mantlet"),
            ("1.3 points over vanilla KD", "top-1 accuracy", 1.3, "points", "CIFAR-100", "Mantlet"),
            ("74.8% under DKD", "accuracy", 74.8, "%", None, "DKD"),
            ("77.1%", "accuracy", 77.1, "%", None, "Mantlet"),
            ("72.3% top-1", "top-1 accuracy", 72.3, "%", "ImageNet", "Mantlet"),
            ("71.6%", "top-1 accuracy", 71.6, "%", "ImageNet", "ReviewKD"),
            ("38% of its training cost", "relative training cost", 38, "%", "ImageNet", "Mantlet"),
            ("73.6%", "top-1 accuracy", 73.6, "%", "ImageNet", "Mantlet"),
            ("all 13", "teacher-student pairs improved", 13, None, None, "Mantlet"),
            ("over DKD in 11", "teacher-student pairs improved", 11, None, None, "Mantlet"),
        ],
    },
    {
        "field": "compression",
        "title": "Pinecrest: Latency- and Energy-Aware Neural Architecture Search for Microcontrollers in 4 GPU Hours",
        "text": (
            "Deploying CNNs on microcontrollers (MCUs) is bounded by a few hundred kilobytes of SRAM and by strict "
            "energy budgets, yet most hardware-aware neural architecture search (NAS) methods optimize a latency "
            "proxy such as MACs and ignore energy altogether. Pinecrest builds a supernet over inverted-residual "
            "blocks with patch-based inference and trains a per-device predictor that estimates latency, peak SRAM "
            "and energy from 600 measured subnets. Pinecrest's evolutionary search then maximizes accuracy under all "
            "three constraints jointly, at a search cost of 4 GPU hours, compared with 300 GPU hours for MCUNetV2. "
            "On ImageNet under a 320 kB SRAM and 1 MB Flash budget on an STM32H743, Pinecrest reaches 72.9% top-1 "
            "accuracy, +1.1% over MCUNetV2, with 0.29 s latency and 41 mJ of energy per inference. On Visual Wake "
            "Words (VWW), Pinecrest achieves 91.7% accuracy using 58 kB of peak SRAM (MCUNetV2: 90.6%, 96 kB). For "
            "keyword spotting on Google Speech Commands, Pinecrest reaches 96.4% accuracy at 3.1times lower energy "
            "than a MobileNetV2-based DS-CNN. The energy predictor has a mean absolute percentage error (MAPE) of "
            "6.2% against on-board measurements, and predicted latency has a Spearman correlation of 0.97 with "
            "measured latency. Searched models and the predictor will be released."
        ),
        "spans": [
            ("Pinecrest", "M"), ("Neural Architecture Search", "M"), ("neural architecture search", "M"),
            ("NAS", "M"), ("CNNs", "M"), ("energy", "X", {"only": [0, 1, 2, 3, 4]}), ("latency", "X"), ("MACs", "X"),
            ("peak SRAM", "X"), ("evolutionary search", "M"), ("accuracy", "X"), ("search cost", "X"),
            ("MCUNetV2", "M"), ("ImageNet", "D"), ("top-1 accuracy", "X"), ("Visual Wake Words", "D"),
            ("VWW", "D"), ("keyword spotting", "T"), ("Google Speech Commands", "D"), ("MobileNetV2", "M"),
            ("DS-CNN", "M"), ("mean absolute percentage error", "X"), ("MAPE", "X"),
            ("Spearman correlation", "X"),
        ],
        "title_results": [
            ("4 GPU Hours", "search cost", 4, "GPU hours", None, "Pinecrest"),
        ],
        "results": [
            ("search cost of 4 GPU hours", "search cost", 4, "GPU hours", None, "Pinecrest"),
            ("300 GPU hours for MCUNetV2", "search cost", 300, "GPU hours", None, "MCUNetV2"),
            ("72.9% top-1 accuracy", "top-1 accuracy", 72.9, "%", "ImageNet", "Pinecrest"),
            ("+1.1% over MCUNetV2", "top-1 accuracy", 1.1, "%", "ImageNet", "Pinecrest"),
            ("0.29 s latency", "latency", 0.29, "s", "ImageNet", "Pinecrest"),
            ("41 mJ of energy", "energy", 41, "mJ", "ImageNet", "Pinecrest"),
            ("91.7% accuracy", "accuracy", 91.7, "%", "Visual Wake Words", "Pinecrest"),
            ("58 kB of peak SRAM", "peak SRAM", 58, "kB", "Visual Wake Words", "Pinecrest"),
            ("90.6%", "accuracy", 90.6, "%", "Visual Wake Words", "MCUNetV2"),
            ("96 kB", "peak SRAM", 96, "kB", "Visual Wake Words", "MCUNetV2"),
            ("96.4% accuracy", "accuracy", 96.4, "%", "Google Speech Commands", "Pinecrest"),
            ("3.1times lower energy", "energy reduction", 3.1, "×", "Google Speech Commands", "Pinecrest"),
            ("MAPE) of 6.2%", "MAPE", 6.2, "%", None, None),
            ("Spearman correlation of 0.97", "Spearman correlation", 0.97, None, None, None),
        ],
    },
    {
        "field": "compression",
        "title": "Ombrelle: Joint Token Merging and 4-bit Weight Quantization for On-Device Vision-Language Models",
        "text": (
            "Running vision-language models (VLMs) on phones is dominated by two costs: the hundreds of visual tokens "
            "that inflate prefilling, and the memory traffic of the language model's weights during decoding. "
            "Ombrelle attacks both with a single calibration pass. It merges visual tokens whose keys are redundant "
            "under the language model's own attention, keeping 64 of 576 tokens for LLaVA-1.5-7B, and quantizes the "
            "backbone to 4-bit weights with AWQ, re-estimating the scales on merged rather than full token sequences. "
            "That last step matters: calibrating on full sequences lowers TextVQA accuracy by 2.3 points. On "
            "Qwen2-VL-2B, Ombrelle retains 97.1% of the original average accuracy over VQAv2, GQA, TextVQA, POPE and "
            "ScienceQA, compared with 92.4% for FastV and 94.0% for SparseVLM at the same token budget. The "
            "compressed LLaVA-1.5-7B scores 77.2, 61.3 and 1,497 on VQAv2, GQA and MME, respectively, within 0.4 "
            "points of the uncompressed model on VQAv2. On a Snapdragon 8 Gen 3 device, prefill time for a "
            "336-pixel image falls from 4.8 s to 0.9 s, decoding runs at 21.5 tokens per second, and energy per "
            "query drops by 68%. Peak memory is 2.9 GB, small enough for mid-range phones. We release the Android "
            "runtime together with the merged-token calibration sets."
        ),
        "spans": [
            ("Ombrelle", "M"), ("Token Merging", "M"), ("Weight Quantization", "M"), ("Vision-Language Models", "M"),
            ("vision-language models", "M"), ("VLMs", "M"), ("language model", "M"), ("LLaVA-1.5-7B", "M"),
            ("AWQ", "M"), ("TextVQA", "D"), ("accuracy", "X"), ("average accuracy", "X"), ("Qwen2-VL-2B", "M"),
            ("VQAv2", "D"), ("GQA", "D"), ("POPE", "D"), ("ScienceQA", "D"), ("FastV", "M"), ("SparseVLM", "M"),
            ("MME", "D"), ("prefill time", "X"), ("tokens per second", "X"), ("energy per query", "X"),
            ("Peak memory", "X"),
        ],
        "results": [
            ("lowers TextVQA accuracy by 2.3 points", "accuracy", 2.3, "points", "TextVQA", None),
            ("retains 97.1% of the original average accuracy", "relative average accuracy", 97.1, "%", None, "Ombrelle"),
            ("92.4% for FastV", "relative average accuracy", 92.4, "%", None, "FastV"),
            ("94.0% for SparseVLM", "relative average accuracy", 94.0, "%", None, "SparseVLM"),
            ("77.2", "score", 77.2, None, "VQAv2", "LLaVA-1.5-7B"),
            ("61.3", "score", 61.3, None, "GQA", "LLaVA-1.5-7B"),
            ("1,497", "score", 1497, None, "MME", "LLaVA-1.5-7B"),
            ("within 0.4 points", "score", 0.4, "points", "VQAv2", "LLaVA-1.5-7B"),
            ("prefill time for a 336-pixel image falls from 4.8 s to 0.9 s", "prefill time", 0.9, "s", None, None),
            ("21.5 tokens per second", "throughput", 21.5, "tokens/s", None, None),
            ("energy per query drops by 68%", "energy per query reduction", 68, "%", None, None),
            ("Peak memory is 2.9 GB", "peak memory", 2.9, "GB", None, None),
        ],
    },
]
