"""fresh6 records (annotator h2): efficiency (6) and security (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["GlintQuant", "HaloPrune", "JuniperKV", "GyreSpec", "Hexlet", "Hornbeam",
          "Galliard", "Hearthmark", "Jettison", "Harrier", "GlassJaw", "Hawkbit"]

RECS = [
    # ------------------------------------------------------------ efficiency
    {
        "field": "efficiency",
        "title": "GlintQuant: Per-Layer Rotations for W4A4 Post-Training Quantization of LLMs",
        "text": (
            r"Post-training quantization (PTQ) of large language models (LLMs) to 4-bit weights and activations "
            r"(W4A4) is hampered by activation outliers that concentrate in a few channels. Rotation-based methods "
            r"such as QuaRot and SpinQuant spread these outliers with orthogonal transforms, but a single global "
            r"rotation ignores that outlier channels drift from layer to layer. We propose GlintQuant, which learns "
            r"a block-diagonal Hadamard rotation per layer from 128 calibration sequences of 2048 tokens and fuses it "
            r"into the adjacent linear layers, so inference pays no extra cost. A greedy channel-reordering step with "
            r"$k=16$ groups further balances the dynamic range of each group. On Llama-3-8B, GlintQuant reaches a "
            r"WikiText-2 perplexity of 6.84 (SpinQuant: 7.10, QuaRot: 8.16; FP16: 6.14) and keeps 96.8\% of the FP16 "
            r"average zero-shot accuracy over PIQA, ARC-e, ARC-c, HellaSwag and WinoGrande. On Llama-3-70B the "
            r"average zero-shot accuracy drop is only 1.1 points, against 2.9 points for SpinQuant. Our fused INT4 "
            r"kernels make prefill 2.9$\times$ faster than FP16 on an RTX 4090 and give a 3.3$\times$ smaller memory "
            r"footprint; calibrating the 70B model takes $\sim$35 minutes on one A100. Code is available."
        ),
        "spans": [
            ("GlintQuant", "M"), ("Post-Training Quantization", "M"), ("Post-training quantization", "M"),
            ("PTQ", "M"), ("large language models", "M"), ("LLMs", "M"), ("QuaRot", "M"), ("SpinQuant", "M"),
            ("Hadamard rotation", "M"), ("Llama-3-8B", "M"), ("WikiText-2", "D"), ("perplexity", "X"),
            ("average zero-shot accuracy", "X"), ("PIQA", "D"), ("ARC-e", "D"), ("ARC-c", "D"),
            ("HellaSwag", "D"), ("WinoGrande", "D"), ("Llama-3-70B", "M"), ("memory footprint", "X"),
        ],
        "results": [
            ("perplexity of 6.84", "perplexity", 6.84, None, "WikiText-2", "GlintQuant"),
            ("7.10", "perplexity", 7.10, None, "WikiText-2", "SpinQuant"),
            ("8.16", "perplexity", 8.16, None, "WikiText-2", "QuaRot"),
            ("6.14", "perplexity", 6.14, None, "WikiText-2", None),
            ("keeps 96.8\\% of the FP16 average zero-shot accuracy", "relative average zero-shot accuracy",
             96.8, "%", None, "GlintQuant"),
            ("average zero-shot accuracy drop is only 1.1 points", "average zero-shot accuracy", 1.1, "points",
             None, "Llama-3-70B"),
            ("2.9 points", "average zero-shot accuracy", 2.9, "points", None, "SpinQuant"),
            ("2.9$\\times$ faster", "speed-up", 2.9, "×", None, None),
            ("3.3$\\times$ smaller memory footprint", "memory footprint reduction", 3.3, "×", None, None),
            ("calibrating the 70B model takes $\\sim$35 minutes", "calibration time", 35, "min", None, None),
        ],
    },
    {
        "field": "efficiency",
        "title": "HaloPrune: Neighbourhood-Aware Structured Pruning of Large Language Models",
        "text": (
            "Structured pruning removes whole attention heads, channels or layers from large language models, giving "
            "speed-ups on commodity hardware that unstructured sparsity rarely delivers. Yet methods such as "
            "LLM-Pruner, SliceGPT and ShortGPT score each structure in isolation and lose much of the model's ability "
            "once more than a quarter of the parameters are removed. In this paper we argue that the importance of a "
            "structure depends on its neighbours: a channel whose contribution is absorbed by the next layer's "
            "residual stream can be dropped safely, while an apparently weak channel may be irreplaceable. HaloPrune "
            "estimates this joint importance with a second-order score computed on 256 samples from C4, prunes "
            "greedily in blocks, and then heals the pruned model with LoRA on 50K instruction examples for one epoch. "
            "We prune Llama-2-13B and Mistral-7B to 30% and 50% sparsity. At 30% sparsity on Llama-2-13B, HaloPrune "
            "retains 94.1% of the dense model's average accuracy on seven commonsense reasoning tasks, compared with "
            "85.7% for LLM-Pruner and 88.9% for SliceGPT. HaloPrune's WikiText-2 perplexity rises from 4.88 to 6.02, "
            "whereas ShortGPT reaches 9.71. At 50% sparsity HaloPrune leads the strongest baseline by 11.3 points of "
            "average accuracy. The pruned Mistral-7B delivers 1.6× higher generation throughput on an A100 and needs "
            "4.3 GB less memory. The whole pruning pipeline, healing included, takes 3.5 GPU hours. We caution, "
            "however, that all methods lose ground on MMLU, where HaloPrune still trails the dense model by 6.8 "
            "points of accuracy."
        ),
        "spans": [
            ("HaloPrune", "M"), ("Structured Pruning", "M"), ("Structured pruning", "M"),
            ("Large Language Models", "M"), ("large language models", "M"), ("unstructured sparsity", "M"),
            ("LLM-Pruner", "M"), ("SliceGPT", "M"), ("ShortGPT", "M"), ("C4", "D"), ("LoRA", "M"),
            ("Llama-2-13B", "M"), ("Mistral-7B", "M"), ("average accuracy", "X"), ("commonsense reasoning", "T"),
            ("WikiText-2", "D"), ("perplexity", "X"), ("generation throughput", "X"), ("memory", "X"),
            ("MMLU", "D"), ("accuracy", "X"), ("pruning", "M"), ("speed-ups", "X"),
        ],
        "results": [
            ("retains 94.1% of the dense model's average accuracy", "relative average accuracy", 94.1, "%", None,
             "HaloPrune"),
            ("85.7%", "relative average accuracy", 85.7, "%", None, "LLM-Pruner"),
            ("88.9%", "relative average accuracy", 88.9, "%", None, "SliceGPT"),
            ("perplexity rises from 4.88 to 6.02", "perplexity", 6.02, None, "WikiText-2", "HaloPrune"),
            ("9.71", "perplexity", 9.71, None, "WikiText-2", "ShortGPT"),
            ("11.3 points of average accuracy", "average accuracy", 11.3, "points", None, "HaloPrune"),
            ("1.6× higher generation throughput", "generation throughput", 1.6, "×", None, "Mistral-7B"),
            ("4.3 GB less memory", "memory reduction", 4.3, "GB", None, "Mistral-7B"),
            ("pruning pipeline, healing included, takes 3.5 GPU hours", "pruning time", 3.5, "GPU hours", None,
             None),
            ("trails the dense model by 6.8 points of accuracy", "accuracy", 6.8, "points", "MMLU", "HaloPrune"),
        ],
    },
    {
        "field": "efficiency",
        "title": "JuniperKV: Saliency-Guided Mixed-Precision Key-Value Cache Quantization",
        "text": (
            "The key-value (KV) cache, not the weights, bounds batch size in long-context serving. We present "
            "JuniperKV, a tuning-free KV cache quantization scheme that stores salient tokens in 4 bits and the rest "
            "in 2 bits, with per-channel keys and per-token values (group size 32). Saliency is read from the "
            "attention scores of the last 64 query positions, so no extra pass is needed. Models: "
            "Llama-3.1-8B-Instruct, Qwen2.5-14B-Instruct, Mistral-7B-Instruct-v0.3. On LongBench, JuniperKV at an "
            "average of 2.3 bits per element scores 47.9 with Llama-3.1-8B-Instruct, within 0.4 points of the FP16 "
            "cache, while KIVI-2 drops 2.1 points and KVQuant-2b 1.6 points. On RULER at 64K context and on "
            "Needle-in-a-Haystack, it reaches accuracies of 86.2 and 98.7, respectively. Across the three models it "
            "retains 98.9% of the full-precision average score. Compression ratio: 6.9× versus FP16. At batch size "
            "64 and 32K context, throughput on one H100 rises from 412 to 1,530 tokens/s (3.7×), and the maximum "
            "batch size grows from 16 to 88. Quantization overhead: 3.1% of decode latency. Ablation: a "
            "saliency-agnostic 2-bit cache lowers the LongBench average score by 4.4 points; a fixed 10% 4-bit "
            "budget recovers about half of that. GSM8K accuracy (8-shot) is unchanged: 79.6 vs. 79.8 for FP16."
        ),
        "spans": [
            ("JuniperKV", "M"), ("Key-Value Cache Quantization", "M"), ("KV cache quantization", "M"),
            ("Llama-3.1-8B-Instruct", "M"), ("Qwen2.5-14B-Instruct", "M"), ("Mistral-7B-Instruct-v0.3", "M"),
            ("LongBench", "D"), ("KIVI-2", "M"), ("KVQuant-2b", "M"), ("RULER", "D"),
            ("Needle-in-a-Haystack", "D"), ("accuracies", "X"), ("average score", "X"),
            ("Compression ratio", "X"), ("throughput", "X"), ("maximum batch size", "X"),
            ("Quantization overhead", "X"), ("decode latency", "X"), ("GSM8K", "D"), ("accuracy", "X"),
        ],
        "results": [
            ("scores 47.9", "score", 47.9, None, "LongBench", "JuniperKV"),
            ("within 0.4 points", "score", 0.4, "points", "LongBench", "JuniperKV"),
            ("drops 2.1 points", "score", 2.1, "points", "LongBench", "KIVI-2"),
            ("1.6 points", "score", 1.6, "points", "LongBench", "KVQuant-2b"),
            ("accuracies of 86.2", "accuracy", 86.2, None, "RULER", None),
            ("98.7", "accuracy", 98.7, None, "Needle-in-a-Haystack", None),
            ("retains 98.9% of the full-precision average score", "relative average score", 98.9, "%", None, None),
            ("Compression ratio: 6.9×", "compression ratio", 6.9, "×", None, None),
            ("throughput on one H100 rises from 412 to 1,530 tokens/s", "throughput", 1530, "tokens/s", None,
             None),
            ("3.7×", "throughput", 3.7, "×", None, None),
            ("maximum batch size grows from 16 to 88", "maximum batch size", 88, None, None, None),
            ("Quantization overhead: 3.1%", "quantization overhead", 3.1, "%", None, None),
            ("average score by 4.4 points", "average score", 4.4, "points", "LongBench", None),
            ("accuracy (8-shot) is unchanged: 79.6", "accuracy", 79.6, None, "GSM8K", None),
            ("79.8", "accuracy", 79.8, None, "GSM8K", None),
        ],
    },
    {
        "field": "efficiency",
        "title": "GyreSpec: Lossless Speculative Decoding with Feature Recycling from Rejected Drafts",
        "text": (
            r"Speculative decoding accelerates large language model (LLM) inference by drafting several tokens "
            r"cheaply and verifying them in one forward pass of the target model. Feature-level drafters such as "
            r"EAGLE-2 and Medusa reach high acceptance, yet they discard every rejected branch and redraft from "
            r"scratch at the next step. We introduce GyreSpec, a drafter that recycles the hidden features of "
            r"rejected branches as a prior for the next draft tree and sizes the tree online from the observed "
            r"acceptance rate. Decoding remains lossless: outputs are identical to greedy decoding of the target. "
            r"With Vicuna-7B as the target, GyreSpec attains a mean accepted length $\tau$ of 5.2 on MT-Bench, "
            r"compared with 4.6 for EAGLE-2 and 3.3 for Medusa. GyreSpec's wall-clock speedups are 3.9$\times$ on "
            r"MT-Bench, 4.4$\times$ on HumanEval and 3.8$\times$ on GSM8K, improving on EAGLE-2 by 14--19\%. At "
            r"temperature $T=1$ the speedup on MT-Bench shrinks to 3.1$\times$ for Vicuna-7B and 2.8$\times$ for "
            r"Llama-3-8B-Instruct, still ahead of every baseline. The drafter adds only 0.26B parameters and is "
            r"trained in $\sim$9 hours on 4 A100 GPUs using ShareGPT. Under batched serving with 16 concurrent "
            r"requests the throughput gain is smaller (1.7$\times$), which we attribute to verification becoming "
            r"compute-bound."
        ),
        "spans": [
            ("GyreSpec", "M"), ("Speculative Decoding", "M"), ("Speculative decoding", "M"),
            ("large language model", "M"), ("LLM", "M"), ("EAGLE-2", "M"), ("Medusa", "M"),
            ("acceptance rate", "X"), ("greedy decoding", "M"), ("Vicuna-7B", "M"), ("mean accepted length", "X"),
            ("MT-Bench", "D"), ("HumanEval", "D"), ("GSM8K", "D"), ("wall-clock speedups", "X"), ("speedup", "X"),
            ("Llama-3-8B-Instruct", "M"), ("ShareGPT", "D"), ("throughput", "X"),
        ],
        "results": [
            (r"mean accepted length $\tau$ of 5.2", "mean accepted length", 5.2, None, "MT-Bench", "GyreSpec"),
            ("4.6", "mean accepted length", 4.6, None, "MT-Bench", "EAGLE-2"),
            ("3.3", "mean accepted length", 3.3, None, "MT-Bench", "Medusa"),
            (r"3.9$\times$ on MT-Bench", "wall-clock speedup", 3.9, "×", "MT-Bench", "GyreSpec"),
            (r"4.4$\times$ on HumanEval", "wall-clock speedup", 4.4, "×", "HumanEval", "GyreSpec"),
            (r"3.8$\times$ on GSM8K", "wall-clock speedup", 3.8, "×", "GSM8K", "GyreSpec"),
            (r"14--19\%", "wall-clock speedup", 19, "%", None, "GyreSpec", {"low": 14}),
            (r"speedup on MT-Bench shrinks to 3.1$\times$ for Vicuna-7B", "speedup", 3.1, "×", "MT-Bench",
             "Vicuna-7B"),
            (r"2.8$\times$ for Llama-3-8B-Instruct", "speedup", 2.8, "×", "MT-Bench", "Llama-3-8B-Instruct"),
            (r"trained in $\sim$9 hours", "training time", 9, "h", "ShareGPT", None),
            (r"throughput gain is smaller (1.7$\times$)", "throughput", 1.7, "×", None, None),
        ],
    },
    {
        "field": "efficiency",
        "title": "Hexlet: Table-Lookup Kernels for Ternary and 2-Bit LLM Inference on Edge Devices",
        "text": (
            "Hexlet decodes BitNet b1.58 2B4T at 48.3 tokens per second on an Apple M2, 5.2× faster than the ternary "
            "kernel shipped with llama.cpp and 2.1× faster than T-MAC, while drawing 6.1 W. The gains come from "
            "table-lookup matrix multiplication kernels specialised for ternary and 2-bit weights: Hexlet packs five "
            "ternary weights into one byte, precomputes activation partial sums for groups of g = 4 weights, and "
            "fuses table construction with accumulation in registers, which avoids shared-memory traffic on GPUs. A "
            "single code generator targets ARM NEON, AVX-512 and CUDA. On a Jetson AGX Orin, a 2-bit Llama-3-8B "
            "quantized with GPTQ decodes at 21.7 tokens per second versus 9.4 for the Marlin kernel, and prefilling "
            "a 1,024-token prompt takes 0.83 s. Energy per token falls by 58% relative to FP16 inference. At the "
            "kernel level, Hexlet's GEMV reaches a memory-bandwidth utilization of 71% on Orin and 83% on an RTX "
            "4070 Laptop GPU, and it is the fastest kernel on 21 of the 24 matrix shapes we extract from Llama, Qwen "
            "and Phi models. Outputs are bit-exact to the reference implementation, so WikiText-2 perplexity is "
            "unchanged (9.41 for the 2-bit Llama-3-8B). Kernels and code generator are open-source."
        ),
        "spans": [
            ("Hexlet", "M"), ("LLM", "M"), ("BitNet b1.58 2B4T", "M"), ("tokens per second", "X"), ("T-MAC", "M"),
            ("Llama-3-8B", "M"), ("GPTQ", "M"), ("Marlin", "M"), ("Energy per token", "X"),
            ("memory-bandwidth utilization", "X"), ("Llama", "M"), ("Qwen", "M"), ("Phi", "M"),
            ("WikiText-2", "D"), ("perplexity", "X"),
        ],
        "results": [
            ("48.3 tokens per second", "throughput", 48.3, "tokens/s", None, "Hexlet"),
            ("5.2× faster", "speed-up", 5.2, "×", None, "Hexlet"),
            ("2.1× faster", "speed-up", 2.1, "×", None, "Hexlet"),
            ("drawing 6.1 W", "power", 6.1, "W", None, "Hexlet"),
            ("21.7 tokens per second", "throughput", 21.7, "tokens/s", None, "Llama-3-8B"),
            ("9.4", "throughput", 9.4, "tokens/s", None, "Marlin"),
            ("prefilling a 1,024-token prompt takes 0.83 s", "prefill time", 0.83, "s", None, "Llama-3-8B"),
            ("Energy per token falls by 58%", "energy per token reduction", 58, "%", None, None),
            ("memory-bandwidth utilization of 71%", "memory-bandwidth utilization", 71, "%", None, "Hexlet"),
            ("83%", "memory-bandwidth utilization", 83, "%", None, "Hexlet"),
            ("fastest kernel on 21 of the 24 matrix shapes", "matrix shapes ranked first", 21, None, None, "Hexlet"),
            ("9.41", "perplexity", 9.41, None, "WikiText-2", "Llama-3-8B"),
        ],
    },
    {
        "field": "efficiency",
        "title": "Hornbeam: Distilling Math Reasoning into Sub-2B Students with Uncertainty-Gated Curricula",
        "text": (
            "Distilling the reasoning ability of large teachers into small models remains brittle: students trained "
            "on teacher rationales often imitate their surface form without the underlying competence, and gains on "
            "in-distribution math benchmarks do not always transfer. We study this problem with Hornbeam, a knowledge "
            "distillation recipe that orders teacher rationales from short to long, mixes in the teacher's "
            "token-level distributions only for steps on which the student is uncertain, and closes each curriculum "
            "stage once the student's held-out loss plateaus. Using Qwen2.5-72B-Instruct as the teacher, we distil "
            "into Qwen2.5-1.5B and Llama-3.2-1B with 400K rationales generated for MetaMathQA and NuminaMath prompts. "
            "On GSM8K, the Qwen2.5-1.5B student improves from 62.1% to 74.8% accuracy, and on MATH from 35.0% to "
            "44.6%; standard sequence-level distillation reaches 70.3% and 40.2%, respectively. The Llama-3.2-1B "
            "student gains 9.7 points on GSM8K. We are more cautious about transfer. On the out-of-distribution SVAMP "
            "and ASDiv test sets, the improvement over sequence-level distillation shrinks to 1.2 and 0.8 points, "
            "respectively, within the seed-to-seed standard deviation of 1.1 points we observe across three runs. "
            "Hornbeam also costs roughly 1.4× the training compute of sequence-level distillation, because "
            "token-level targets must be kept for uncertain steps, with a storage overhead of about 2.1 TB for our "
            "largest run. We release the rationales and training code in the hope that they help establish when "
            "curriculum effects are real rather than artefacts of tuning."
        ),
        "spans": [
            ("Hornbeam", "M"), ("Math Reasoning", "T"), ("knowledge distillation", "M"),
            ("Qwen2.5-72B-Instruct", "M"), ("Qwen2.5-1.5B", "M"), ("Llama-3.2-1B", "M"), ("MetaMathQA", "D"),
            ("NuminaMath", "D"), ("GSM8K", "D"), ("MATH", "D"), ("accuracy", "X"),
            ("sequence-level distillation", "M"), ("SVAMP", "D"), ("ASDiv", "D"), ("standard deviation", "X"),
            ("training compute", "X"), ("storage overhead", "X"),
        ],
        "results": [
            ("improves from 62.1% to 74.8% accuracy", "accuracy", 74.8, "%", "GSM8K", "Qwen2.5-1.5B"),
            ("from 35.0% to 44.6%", "accuracy", 44.6, "%", "MATH", "Qwen2.5-1.5B"),
            ("70.3%", "accuracy", 70.3, "%", "GSM8K", "sequence-level distillation"),
            ("40.2%", "accuracy", 40.2, "%", "MATH", "sequence-level distillation"),
            ("gains 9.7 points on GSM8K", "improvement", 9.7, "points", "GSM8K", "Llama-3.2-1B"),
            ("improvement over sequence-level distillation shrinks to 1.2", "improvement", 1.2, "points", "SVAMP",
             None),
            ("0.8 points", "improvement", 0.8, "points", "ASDiv", None),
            ("standard deviation of 1.1 points", "standard deviation", 1.1, "points", None, None),
            ("1.4× the training compute", "training compute", 1.4, "×", None, "Hornbeam"),
            ("storage overhead of about 2.1 TB", "storage overhead", 2.1, "TB", None, "Hornbeam"),
        ],
    },
    # ------------------------------------------------------------ security
    {
        "field": "security",
        "title": "Galliard: Margin-Calibrated Adversarial Training on Synthetic Data",
        "text": (
            r"Adversarial training (AT) remains the most reliable defense against $\ell_\infty$-bounded attacks, and "
            r"the current RobustBench leaders add millions of images generated by diffusion models to the training "
            r"set. We observe that such synthetic data contains many samples lying close to the decision boundary, on "
            r"which AT over-regularises and sacrifices clean accuracy. Galliard reweights each generated sample by a "
            r"calibrated estimate of its input-space margin and trains with TRADES using a margin-dependent trade-off "
            r"$\beta(x) \in [1, 6]$. On CIFAR-10 at $\epsilon = 8/255$, a WRN-28-10 trained with Galliard and 20M "
            r"generated images reaches $\mathbf{71.9}\%$ robust accuracy under AutoAttack and 93.4\% clean accuracy, "
            r"compared with 68.2\% and 92.4\% for the previous best model of the same size on RobustBench. On "
            r"CIFAR-100, Galliard improves robust accuracy by $+3.1$ points (from 39.2\% to 42.3\%). On ImageNet at "
            r"$\epsilon = 4/255$, a Swin-B trained with Galliard attains 59.6\% robust accuracy, within 0.5 points of "
            r"the best reported model while using $2.3\times$ fewer training epochs. The margin estimate adds "
            r"$\sim$7\% to the cost of each training step. Robustness also transfers: against unseen $\ell_2$ attacks "
            r"with $\epsilon = 0.5$, accuracy drops by only 4.8 points relative to the $\ell_\infty$ threat model. "
            r"Finally, the black-box Square Attack lowers robust accuracy by less than 0.1\%, which argues against "
            r"gradient masking."
        ),
        "spans": [
            ("Galliard", "M"), ("Adversarial Training", "M"), ("Adversarial training", "M"), ("AT", "M"),
            ("RobustBench", "D"), ("diffusion models", "M"), ("clean accuracy", "X"), ("TRADES", "M"),
            ("CIFAR-10", "D"), ("WRN-28-10", "M"), ("robust accuracy", "X"), ("AutoAttack", "M"),
            ("CIFAR-100", "D"), ("ImageNet", "D"), ("Swin-B", "M"), ("accuracy", "X"), ("Square Attack", "M"),
        ],
        "results": [
            (r"reaches $\mathbf{71.9}\%$ robust accuracy", "robust accuracy", 71.9, "%", "CIFAR-10", "Galliard"),
            (r"93.4\% clean accuracy", "clean accuracy", 93.4, "%", "CIFAR-10", "Galliard"),
            (r"68.2\%", "robust accuracy", 68.2, "%", "CIFAR-10", None),
            (r"92.4\%", "clean accuracy", 92.4, "%", "CIFAR-10", None),
            (r"robust accuracy by $+3.1$ points", "robust accuracy", 3.1, "points", "CIFAR-100", "Galliard"),
            (r"from 39.2\% to 42.3\%", "robust accuracy", 42.3, "%", "CIFAR-100", "Galliard"),
            (r"59.6\% robust accuracy", "robust accuracy", 59.6, "%", "ImageNet", "Galliard"),
            ("within 0.5 points", "robust accuracy", 0.5, "points", "ImageNet", "Galliard"),
            (r"using $2.3\times$ fewer training epochs", "training epochs reduction", 2.3, "×", "ImageNet",
             "Galliard"),
            (r"adds $\sim$7\% to the cost of each training step", "training cost", 7, "%", None, None),
            ("accuracy drops by only 4.8 points", "accuracy", 4.8, "points", None, None),
            (r"robust accuracy by less than 0.1\%", "robust accuracy", 0.1, "%", None, "Square Attack"),
        ],
    },
    {
        "field": "security",
        "title": "Hearthmark: A Paraphrase-Robust Watermark for LLM-Generated Text via Semantic Seeding",
        "text": (
            "Watermarking the outputs of large language models enables machine-generated text detection, but "
            "green-red list schemes such as KGW are easily removed by paraphrasing, and distortion-free schemes such "
            "as the Gumbel-max watermark lose detectability on low-entropy outputs like code. We introduce "
            "Hearthmark, which seeds the green list from a locality-sensitive hash of the sentence embedding of the "
            "preceding context instead of the previous tokens, so that a paraphrase that preserves meaning also "
            "preserves most of the watermark signal. Detection uses a one-sided z-test over 200 tokens with threshold "
            "z = 4. On C4 continuations generated by Llama-2-7B, Hearthmark achieves a TPR of 99.6% at 1% FPR, on par "
            "with KGW (99.8%). After paraphrasing with DIPPER, Hearthmark's TPR remains 87.3%, compared with 31.5% "
            "for KGW and 52.0% for SIR; after a GPT-4o rewrite it is still 79.1%. The watermark costs 0.42 in "
            "perplexity (scored by Llama-2-13B) relative to unwatermarked text, versus 0.95 for KGW. On HumanEval, "
            "Hearthmark detects generated code with an AUROC of 0.913 while lowering pass@1 by 1.8 points. "
            "Hearthmark also resists spoofing: an attacker who collects 10,000 watermarked samples reaches a spoofing "
            "success rate of 4%, against 68% for KGW. Computing the context embedding raises generation latency by "
            "~6 ms per token on an A100."
        ),
        "spans": [
            ("Hearthmark", "M"), ("LLM", "M"), ("Watermarking", "M"), ("large language models", "M"),
            ("machine-generated text detection", "T"), ("KGW", "M"), ("Gumbel-max watermark", "M"),
            ("locality-sensitive hash", "M"), ("C4", "D"), ("Llama-2-7B", "M"), ("TPR", "X"), ("FPR", "X"),
            ("DIPPER", "M"), ("SIR", "M"), ("GPT-4o", "M"), ("perplexity", "X"), ("Llama-2-13B", "M"),
            ("HumanEval", "D"), ("AUROC", "X"), ("pass@1", "X"), ("spoofing success rate", "X"),
            ("generation latency", "X"),
        ],
        "results": [
            ("TPR of 99.6%", "TPR", 99.6, "%", "C4", "Hearthmark"),
            ("99.8%", "TPR", 99.8, "%", "C4", "KGW"),
            ("TPR remains 87.3%", "TPR", 87.3, "%", None, "Hearthmark"),
            ("31.5%", "TPR", 31.5, "%", None, "KGW"),
            ("52.0%", "TPR", 52.0, "%", None, "SIR"),
            ("79.1%", "TPR", 79.1, "%", None, "Hearthmark"),
            ("costs 0.42 in perplexity", "perplexity", 0.42, None, None, None),
            ("0.95", "perplexity", 0.95, None, None, "KGW"),
            ("AUROC of 0.913", "AUROC", 0.913, None, "HumanEval", "Hearthmark"),
            ("pass@1 by 1.8 points", "pass@1", 1.8, "points", "HumanEval", "Hearthmark"),
            ("spoofing success rate of 4%", "spoofing success rate", 4, "%", None, "Hearthmark"),
            ("68%", "spoofing success rate", 68, "%", None, "KGW"),
            ("generation latency by ~6 ms", "generation latency", 6, "ms", None, None),
        ],
    },
    {
        "field": "security",
        "title": "Jettison: Trigger-Agnostic Backdoor Removal by Projecting Out Poisoned Activation Subspaces",
        "text": (
            "Backdoor attacks implant a hidden trigger so that any input carrying it is classified as an "
            "attacker-chosen target, while accuracy on clean inputs is unaffected. Post-training defenses such as "
            "Neural Cleanse, ANP, I-BAU and FT-SAM repair a compromised model with a small clean set, but each "
            "assumes a particular trigger type and degrades sharply on sample-specific or clean-label attacks. We "
            "propose Jettison, a trigger-agnostic backdoor defense that locates a low-dimensional activation subspace "
            "in which poisoned and clean features diverge under adversarial perturbation, projects it out of the "
            "penultimate layer, and then fine-tunes briefly on 5% of the clean training data. We evaluate on "
            "CIFAR-10, GTSRB and Tiny-ImageNet with ResNet-18, PreAct-ResNet-18 and ViT-B/16 against eight attacks, "
            "among them BadNets, Blended, WaNet, Input-Aware, LF and SSBA, at a poisoning rate of 10%. Averaged over "
            "all attacks on CIFAR-10, Jettison lowers the attack success rate (ASR) from 93.7% to 1.9% while clean "
            "accuracy falls by only 0.8 ± 0.3 points; the strongest baseline, I-BAU, leaves an ASR of 7.4%. Jettison "
            "achieves the lowest ASR in 21 of the 24 attack–dataset settings and beats ANP in 23 of the 24 settings. "
            "On GTSRB, Jettison reaches a defense effectiveness rating (DER) of 96.1, 4.5 points above I-BAU. "
            "Repairing one model with Jettison takes 48 s on a single GPU, about 9× faster than Neural Cleanse. "
            "Adaptive attackers who know the projection can, however, push the ASR back to 18.6%, so we view "
            "Jettison as a strong baseline rather than a certified defense."
        ),
        "spans": [
            ("Jettison", "M"), ("Backdoor Removal", "T"), ("Backdoor attacks", "T"), ("backdoor defense", "T"),
            ("accuracy", "X"), ("Neural Cleanse", "M"), ("ANP", "M"), ("I-BAU", "M"), ("FT-SAM", "M"),
            ("CIFAR-10", "D"), ("GTSRB", "D"), ("Tiny-ImageNet", "D"), ("ResNet-18", "M"),
            ("PreAct-ResNet-18", "M"), ("ViT-B/16", "M"), ("BadNets", "M"), ("Blended", "M"), ("WaNet", "M"),
            ("Input-Aware", "M"), ("LF", "M"), ("SSBA", "M"), ("attack success rate", "X"), ("ASR", "X"),
            ("clean accuracy", "X"), ("defense effectiveness rating", "X"), ("DER", "X"),
        ],
        "results": [
            ("attack success rate (ASR) from 93.7% to 1.9%", "attack success rate", 1.9, "%", "CIFAR-10",
             "Jettison"),
            ("clean accuracy falls by only 0.8 ± 0.3 points", "clean accuracy", 0.8, "points", "CIFAR-10",
             "Jettison"),
            ("ASR of 7.4%", "attack success rate", 7.4, "%", "CIFAR-10", "I-BAU"),
            ("lowest ASR in 21 of the 24 attack–dataset settings", "settings ranked first", 21, None, None,
             "Jettison"),
            ("beats ANP in 23 of the 24 settings", "settings won", 23, None, None, "Jettison"),
            ("defense effectiveness rating (DER) of 96.1", "defense effectiveness rating", 96.1, None, "GTSRB",
             "Jettison"),
            ("4.5 points above I-BAU", "defense effectiveness rating", 4.5, "points", "GTSRB", "Jettison"),
            ("Repairing one model with Jettison takes 48 s", "repair time", 48, "s", None, "Jettison"),
            ("9× faster", "speed-up", 9, "×", None, "Jettison"),
            ("ASR back to 18.6%", "attack success rate", 18.6, "%", None, "Jettison"),
        ],
    },
    {
        "field": "security",
        "title": "Harrier: Shared Low-Rank Noise for Communication-Efficient Private Federated Fine-Tuning",
        "text": (
            r"Federated learning (FL) with user-level differential privacy (DP) protects each client's data, but the "
            r"noise needed for a meaningful guarantee grows with the number of trainable parameters, which makes "
            r"private federated fine-tuning of large models both costly and inaccurate. We present Harrier, which "
            r"restricts client updates to a LoRA subspace whose basis is refreshed every $R=50$ rounds from public "
            r"data, and adds correlated Gaussian noise within that subspace through the matrix factorization "
            r"mechanism. Harrier satisfies $(\epsilon, \delta)$-DP with $\delta = 10^{-6}$ and reduces per-round "
            r"communication to $\mathcal{O}(rd)$ for rank $r$ and width $d$. On Stack Overflow next-word prediction "
            r"with $\epsilon = 8$, Harrier reaches 26.1\% accuracy, versus 24.3\% for DP-FTRL and 22.8\% for "
            r"DP-FedAvg, and narrows the gap to non-private FedAvg to 0.9 points. On FEMNIST at $\epsilon = 2$, a "
            r"ViT-S fine-tuned with Harrier attains 85.4\% accuracy, a gain of $+4.6$ points over DP-FedAvg. "
            r"Fine-tuning a TinyLlama-1.1B on Reddit with 1{,}000 clients per round, Harrier's per-client "
            r"communication is $\sim$120$\times$ lower than that of full-parameter DP-FedAvg, and wall-clock training "
            r"time falls by 37\%. Membership inference attacks on the final models stay close to chance (AUC $\leq$ "
            r"0.52)."
        ),
        "spans": [
            ("Harrier", "M"), ("Federated Fine-Tuning", "M"), ("federated fine-tuning", "M"),
            ("Federated learning", "M"), ("FL", "M"), ("differential privacy", "M"), ("DP", "M"), ("LoRA", "M"),
            ("matrix factorization mechanism", "M"), ("Stack Overflow", "D"), ("next-word prediction", "T"),
            ("accuracy", "X"), ("DP-FTRL", "M"), ("DP-FedAvg", "M"), ("FedAvg", "M"), ("FEMNIST", "D"),
            ("ViT-S", "M"), ("TinyLlama-1.1B", "M"), ("Reddit", "D"), ("per-client communication", "X"), ("per-round communication", "X"),
            ("wall-clock training time", "X"), ("Membership inference attacks", "T"), ("AUC", "X"),
        ],
        "results": [
            (r"26.1\% accuracy", "accuracy", 26.1, "%", "Stack Overflow", "Harrier"),
            (r"24.3\%", "accuracy", 24.3, "%", "Stack Overflow", "DP-FTRL"),
            (r"22.8\%", "accuracy", 22.8, "%", "Stack Overflow", "DP-FedAvg"),
            ("gap to non-private FedAvg to 0.9 points", "accuracy gap", 0.9, "points", "Stack Overflow", "Harrier"),
            (r"85.4\% accuracy", "accuracy", 85.4, "%", "FEMNIST", "Harrier"),
            (r"gain of $+4.6$ points", "accuracy", 4.6, "points", "FEMNIST", "Harrier"),
            (r"per-client communication is $\sim$120$\times$ lower", "communication reduction", 120, "×", "Reddit",
             "Harrier"),
            (r"wall-clock training time falls by 37\%", "wall-clock training time reduction", 37, "%", "Reddit",
             "Harrier"),
            (r"AUC $\leq$ 0.52", "AUC", 0.52, None, None, None),
        ],
    },
    {
        "field": "security",
        "title": "GlassJaw: Multi-Turn Jailbreaks through Gradually Escalating Role-Play",
        "text": (
            "Safety-aligned large language models refuse most single-turn harmful requests, but many real jailbreaks "
            "unfold over several turns. We present GlassJaw, an automated multi-turn jailbreak attack in which an "
            "attacker LLM plans a role-play scenario, escalates it turn by turn and backtracks whenever the target "
            "refuses, guided by a judge model that scores partial compliance. GlassJaw needs only black-box query "
            "access and at most 5 turns per attempt. We evaluate on HarmBench and AdvBench against GPT-4o, Claude 3.5 "
            "Sonnet, Gemini 1.5 Pro, Llama-3.1-70B-Instruct and Qwen2.5-72B-Instruct. GlassJaw reaches an attack "
            "success rate (ASR) of 86.5% on HarmBench, averaged over the five targets, ahead of Crescendo (71.2%), "
            "TAP (51.7%) and PAIR (43.0%); on AdvBench its ASR is 94.0%. GlassJaw is the most effective attack "
            "against 4 of the 5 targets; the exception is Claude 3.5 Sonnet, where its ASR of 58.3% trails Crescendo "
            "by 2.4 points. Successful GlassJaw attacks need 3.1 turns and 9.6 target queries on average, about 5× "
            "fewer queries than TAP. Existing defenses blunt but do not stop it: Llama Guard 3 filtering lowers the "
            "ASR against Llama-3.1-70B-Instruct to 39.8%, and SmoothLLM to 61.5%. We disclosed the attack to the "
            "affected providers before publication and release only the evaluation code, not the generated "
            "conversations."
        ),
        "spans": [
            ("GlassJaw", "M"), ("Multi-Turn Jailbreaks", "T"), ("multi-turn jailbreak attack", "T"),
            ("large language models", "M"), ("LLM", "M"), ("HarmBench", "D"), ("AdvBench", "D"), ("GPT-4o", "M"),
            ("Claude 3.5 Sonnet", "M"), ("Gemini 1.5 Pro", "M"), ("Llama-3.1-70B-Instruct", "M"),
            ("Qwen2.5-72B-Instruct", "M"), ("attack success rate", "X"), ("ASR", "X"), ("Crescendo", "M"),
            ("TAP", "M"), ("PAIR", "M"), ("Llama Guard 3", "M"), ("SmoothLLM", "M"),
        ],
        "results": [
            ("attack success rate (ASR) of 86.5%", "attack success rate", 86.5, "%", "HarmBench", "GlassJaw"),
            ("71.2%", "attack success rate", 71.2, "%", "HarmBench", "Crescendo"),
            ("51.7%", "attack success rate", 51.7, "%", "HarmBench", "TAP"),
            ("43.0%", "attack success rate", 43.0, "%", "HarmBench", "PAIR"),
            ("ASR is 94.0%", "attack success rate", 94.0, "%", "AdvBench", "GlassJaw"),
            ("most effective attack against 4 of the 5 targets", "targets ranked first", 4, None, None, "GlassJaw"),
            ("ASR of 58.3%", "attack success rate", 58.3, "%", None, "GlassJaw"),
            ("trails Crescendo by 2.4 points", "attack success rate", 2.4, "points", None, "GlassJaw"),
            ("3.1 turns", "turns", 3.1, None, None, "GlassJaw"),
            ("9.6 target queries", "target queries", 9.6, None, None, "GlassJaw"),
            ("5× fewer queries", "query reduction", 5, "×", None, "GlassJaw"),
            ("ASR against Llama-3.1-70B-Instruct to 39.8%", "attack success rate", 39.8, "%", None,
             "Llama Guard 3"),
            ("61.5%", "attack success rate", 61.5, "%", None, "SmoothLLM"),
        ],
    },
    {
        "field": "security",
        "title": "Hawkbit: Reference-Free Membership Inference against Pre-Trained Language Models via Perturbation Curvature",
        "text": (
            r"Detecting whether a text was part of a large language model's pre-training corpus matters for "
            r"copyright auditing and for test-set contamination, yet membership inference attacks (MIAs) perform "
            r"close to chance when members and non-members are drawn from the same distribution. We propose Hawkbit, "
            r"a reference-free MIA that scores a candidate by the curvature of its token log-likelihoods under "
            r"$m=32$ embedding-space perturbations, normalised by token-level entropy; it needs no reference model "
            r"and only $2m$ forward passes per sample. On WikiMIA (length 64), Hawkbit reaches an AUROC of 0.842 with "
            r"Pythia-6.9B, compared with 0.703 for Min-K\% Prob and 0.716 for Min-K\%++. On the deduplicated MIMIR "
            r"splits, where every prior attack scores $<$0.56, Hawkbit attains 0.611 AUROC on average and ranks first "
            r"on 6 of the 7 domains. On WikiMIA, TPR@1\%FPR rises from 3.9\% for Min-K\%++ to 11.7\% for Hawkbit. The "
            r"gains hold across scale: with Pythia-12B and OLMo-7B, the AUROC gains over Min-K\%++ on WikiMIA are "
            r"0.09 and 0.07, respectively. Hawkbit costs $\sim$1.8$\times$ the compute of Min-K\%++. As a sanity "
            r"check, applying Hawkbit to a model fine-tuned with DP-SGD at $\epsilon = 4$ brings AUROC down to 0.51, "
            r"consistent with the privacy guarantee."
        ),
        "spans": [
            ("Hawkbit", "M"), ("Membership Inference", "T"), ("Pre-Trained Language Models", "M"),
            ("large language model", "M"), ("membership inference attacks", "T"), ("MIAs", "T"), ("MIA", "T"),
            ("WikiMIA", "D"), ("AUROC", "X"), ("Pythia-6.9B", "M"), (r"Min-K\% Prob", "M"),
            (r"Min-K\%++", "M", {"punct": True}), ("MIMIR", "D"), (r"TPR@1\%FPR", "X"), ("Pythia-12B", "M"),
            ("OLMo-7B", "M"), ("compute", "X"), ("DP-SGD", "M"),
        ],
        "results": [
            ("AUROC of 0.842", "AUROC", 0.842, None, "WikiMIA", "Hawkbit"),
            ("0.703", "AUROC", 0.703, None, "WikiMIA", r"Min-K\% Prob"),
            ("0.716", "AUROC", 0.716, None, "WikiMIA", r"Min-K\%++"),
            (r"scores $<$0.56", "AUROC", 0.56, None, "MIMIR", None),
            ("0.611 AUROC", "AUROC", 0.611, None, "MIMIR", "Hawkbit"),
            ("ranks first on 6 of the 7 domains", "domains ranked first", 6, None, "MIMIR", "Hawkbit"),
            (r"3.9\%", "TPR@1%FPR", 3.9, "%", "WikiMIA", r"Min-K\%++"),
            (r"11.7\%", "TPR@1%FPR", 11.7, "%", "WikiMIA", "Hawkbit"),
            ("0.09", "AUROC", 0.09, None, "WikiMIA", "Pythia-12B"),
            ("0.07", "AUROC", 0.07, None, "WikiMIA", "OLMo-7B"),
            (r"costs $\sim$1.8$\times$ the compute", "compute", 1.8, "×", None, "Hawkbit"),
            ("AUROC down to 0.51", "AUROC", 0.51, None, None, "Hawkbit"),
        ],
    },
]
