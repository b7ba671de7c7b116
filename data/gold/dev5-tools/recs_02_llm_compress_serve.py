"""dev5 written records: llm-quantization-pruning (5) and llm-serving (5).
Format: see data/gold/written_gold.py (spans: (surface, label[, opts]); results:
(surface, metric, value, unit, dataset, method[, extras])).
"""

COINED = [
    "TwirlQuant", "BraidVQ", "Thresher", "Coppice", "FerroMix",
    "EmberKV", "DuetSpec", "Baton", "Skimmer", "RippleKV",
]

PP = {"punct": True}

RECS = [
    # ------------------------------------------------------------------ llm-quantization-pruning
    {
        "field": "llm-quantization-pruning",
        "title": "TwirlQuant: Learned Block Rotations for Accurate W4A4KV4 Quantization of Large Language Models",
        "text": (
            "Quantizing weights, activations and the KV cache of large language models (LLMs) to 4 bits promises "
            "large savings in memory and compute, but activation outliers make naive round-to-nearest "
            "quantization collapse. Rotation-based methods such as QuaRot and SpinQuant mitigate outliers with "
            "Hadamard or learned orthogonal rotations, yet a single global rotation cannot adapt to layers whose "
            "outlier structure differs. We propose TwirlQuant, which learns block-diagonal rotations per layer on "
            "the Stiefel manifold with a lightweight Cayley optimiser and fuses them into the adjacent weights, "
            "adding no inference overhead beyond an online Hadamard transform. Combined with GPTQ for the "
            "weights, TwirlQuant quantizes Llama-3-8B to W4A4KV4 with a WikiText-2 perplexity of 7.28, compared "
            "with 8.16 for QuaRot and 7.41 for SpinQuant, and narrows the gap to the FP16 model (6.14) to 1.14. "
            "On Llama-2-70B the average zero-shot accuracy over PIQA, ARC-Easy, ARC-Challenge, HellaSwag, "
            "WinoGrande and LAMBADA reaches 75.9%, only 1.3 points below the full-precision model. Calibration "
            "of the rotations takes 25 minutes for the 8B model on a single H100. With our CUTLASS-based INT4 "
            "kernels, prefill is 2.7× faster than FP16 for a 2048-token prompt and peak memory falls by 3.4× on "
            "Llama-2-70B."
        ),
        "spans": [
            ("TwirlQuant", "M"),
            ("Quantization", "M"),
            ("Large Language Models", "M"),
            ("large language models", "M"),
            ("LLMs", "M"),
            ("round-to-nearest quantization", "M"),
            ("QuaRot", "M"), ("SpinQuant", "M"),
            ("Cayley optimiser", "M"),
            ("Hadamard transform", "M"),
            ("GPTQ", "M"),
            ("Llama-3-8B", "M"), ("Llama-2-70B", "M"),
            ("WikiText-2", "D"),
            ("perplexity", "X"),
            ("zero-shot accuracy", "X"),
            ("PIQA", "D"), ("ARC-Easy", "D"), ("ARC-Challenge", "D"), ("HellaSwag", "D"), ("WinoGrande", "D"),
            ("LAMBADA", "D"),
            ("peak memory", "X"),
            ("average zero-shot accuracy", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("WikiText-2 perplexity of 7.28", "perplexity", 7.28, None, "WikiText-2", "TwirlQuant"),
            ("8.16", "perplexity", 8.16, None, "WikiText-2", "QuaRot"),
            ("7.41", "perplexity", 7.41, None, "WikiText-2", "SpinQuant"),
            ("6.14", "perplexity", 6.14, None, "WikiText-2", "Llama-3-8B"),
            ("to 1.14", "perplexity gap", 1.14, None, "WikiText-2", "TwirlQuant"),
            ("reaches 75.9%",
             "zero-shot accuracy", 75.9, "%", None, "Llama-2-70B"),
            ("1.3 points below", "zero-shot accuracy", 1.3, "points", None, "Llama-2-70B"),
            ("takes 25 minutes", "calibration time", 25, "min", None, None),
            ("prefill is 2.7× faster", "prefill speed-up", 2.7, "×", None, None),
            ("peak memory falls by 3.4×", "peak memory reduction", 3.4, "×", None, "Llama-2-70B"),
        ],
    },
    {
        "field": "llm-quantization-pruning",
        "title": "Extreme Compression of LLMs with Braided Lattice Vector Quantization",
        "text": (
            "Weight-only quantization below 3 bits per parameter is the most direct route to running large models "
            "on a single consumer GPU, and recent vector quantization methods such as QuIP# and AQLM have pushed "
            "usable compression down to 2 bits. Their codebooks, however, are either fixed lattices that ignore "
            "the weight distribution or large learned tables whose lookup dominates decoding time. This work "
            "introduces BraidVQ, a 2-bit vector quantizer that interleaves two small trellis-coded lattices so "
            "that every 8-dimensional weight group is encoded with 16 bits, and fine-tunes the codebook scales "
            "together with layer norms on 512 calibration sequences. Without any end-to-end fine-tuning, BraidVQ "
            "achieves WikiText-2 and C4 perplexities of 6.08 and 8.11 on Llama-2-7B, 5.31 and 7.42 on "
            "Llama-2-13B, and 3.94 and 5.87 on Llama-2-70B at 2 bits. The corresponding GPTQ results exceed 30, "
            "and QuIP# reaches 6.19 on WikiText-2 and 8.16 on C4 for the 7B model. On Llama-3-8B, which is known "
            "to be harder to quantize, BraidVQ improves the WikiText-2 perplexity of AQLM by 0.9. Our fused "
            "dequantization kernel decodes at 168 tokens per second on an RTX 4090 for Llama-2-13B, 3.1 times "
            "the throughput of the FP16 model on an A100, and the 70B model fits into 20 GB of GPU memory."
        ),
        "spans": [
            ("LLMs", "M"),
            ("Vector Quantization", "M"),
            ("Weight-only quantization", "M"),
            ("vector quantization", "M"),
            ("QuIP#", "M", PP),
            ("AQLM", "M"),
            ("decoding time", "X"),
            ("BraidVQ", "M"),
            ("WikiText-2", "D"), ("C4", "D"),
            ("perplexities", "X"), ("perplexity", "X"),
            ("Llama-2-7B", "M"), ("Llama-2-13B", "M"), ("Llama-2-70B", "M"), ("Llama-3-8B", "M"),
            ("GPTQ", "M"),
            ("tokens per second", "X"),
            ("throughput", "X"),
            ("GPU memory", "X"),
        ],
        "results": [
            ("perplexities of 6.08", "perplexity", 6.08, None, "WikiText-2", "BraidVQ"),
            ("8.11", "perplexity", 8.11, None, "C4", "BraidVQ"),
            ("5.31", "perplexity", 5.31, None, "WikiText-2", "BraidVQ"),
            ("7.42", "perplexity", 7.42, None, "C4", "BraidVQ"),
            ("3.94", "perplexity", 3.94, None, "WikiText-2", "BraidVQ"),
            ("5.87", "perplexity", 5.87, None, "C4", "BraidVQ"),
            ("exceed 30", "perplexity", 30, None, None, "GPTQ"),
            ("6.19 on WikiText-2", "perplexity", 6.19, None, "WikiText-2", "QuIP#"),
            ("8.16 on C4", "perplexity", 8.16, None, "C4", "QuIP#"),
            ("WikiText-2 perplexity of AQLM by 0.9", "perplexity", 0.9, None, "WikiText-2", "BraidVQ"),
            ("168 tokens per second", "throughput", 168, "tokens/s", None, "Llama-2-13B"),
            ("3.1 times the throughput", "throughput", 3.1, "×", None, "Llama-2-13B"),
            ("20 GB of GPU memory", "GPU memory", 20, "GB", None, None),
        ],
    },
    {
        "field": "llm-quantization-pruning",
        "title": "Thresher: Outlier-Preserving One-Shot Pruning for Large Language Models at High Sparsity",
        "text": (
            "Post-training pruning removes a large fraction of LLM weights without retraining, and SparseGPT and "
            "Wanda have shown that 50% unstructured sparsity costs little accuracy on large models. At 60–70% "
            "sparsity or with the hardware-friendly 2:4 pattern, however, perplexity rises quickly, particularly "
            "for smaller and more heavily trained models such as Llama-3-8B. We identify that both methods prune "
            "a small set of input channels whose activations are consistently large, and that these channels "
            "carry most of the loss increase. Thresher scores weights with a second-order saliency that is "
            "corrected by a per-channel outlier prior and reallocates sparsity across layers by a closed-form rule "
            "derived from the layer-wise reconstruction error. It requires only 128 calibration samples from C4 "
            "and a single forward pass per layer. At 70% unstructured sparsity, Thresher reduces the WikiText-2 "
            "perplexity of Llama-2-13B from 20.6 for Wanda to 12.4, and that of OPT-30B to 10.9 (Wanda: 13.5). "
            "Under 2:4 semi-structured sparsity, Llama-3-8B reaches a mean zero-shot accuracy of 60.2% across "
            "seven tasks (BoolQ, RTE, HellaSwag, WinoGrande, ARC-e, ARC-c and OBQA), 3.1 points above SparseGPT. "
            "Pruning the 70B model takes 41 minutes on a single A100, and with 2:4 sparse kernels the pruned "
            "models run 1.49× faster in end-to-end inference. We release code for the LLaMA, Mistral and Qwen "
            "families."
        ),
        "spans": [
            ("Thresher", "M"),
            ("One-Shot Pruning", "M"),
            ("Large Language Models", "M"),
            ("Post-training pruning", "M"),
            ("LLM", "M"),
            ("SparseGPT", "M"), ("Wanda", "M"),
            ("unstructured sparsity", "M"),
            ("semi-structured sparsity", "M"),
            ("accuracy", "X"),
            ("zero-shot accuracy", "X"),
            ("perplexity", "X"),
            ("Llama-3-8B", "M"), ("Llama-2-13B", "M"), ("OPT-30B", "M"),
            ("C4", "D"), ("WikiText-2", "D"),
            ("BoolQ", "D"), ("RTE", "D"), ("HellaSwag", "D"), ("WinoGrande", "D"), ("ARC-e", "D"),
            ("ARC-c", "D"), ("OBQA", "D"),
            ("LLaMA", "M"), ("Mistral", "M"), ("Qwen", "M"),
            ("mean zero-shot accuracy", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("perplexity of Llama-2-13B from 20.6", "perplexity", 20.6, None, "WikiText-2", "Wanda"),
            ("to 12.4", "perplexity", 12.4, None, "WikiText-2", "Thresher"),
            ("to 10.9", "perplexity", 10.9, None, "WikiText-2", "Thresher"),
            ("13.5", "perplexity", 13.5, None, "WikiText-2", "Wanda"),
            ("zero-shot accuracy of 60.2%", "zero-shot accuracy", 60.2, "%", None, "Llama-3-8B"),
            ("3.1 points above", "zero-shot accuracy", 3.1, "points", None, "Llama-3-8B"),
            ("takes 41 minutes", "pruning time", 41, "min", None, None),
            ("1.49× faster", "speed-up", 1.49, "×", None, None),
        ],
    },
    {
        "field": "llm-quantization-pruning",
        "title": "Coppice: Joint Depth and Width Pruning with Self-Distillation for Compact Llama Models",
        "text": (
            "Structured pruning yields LLMs that are genuinely faster on commodity hardware, but removing whole "
            "layers or attention heads from models like Llama-3-8B still causes large drops on "
            "knowledge-intensive benchmarks. Existing methods prune depth (ShortGPT), width (SliceGPT, LLM-Pruner) "
            "or both with separate criteria, and then rely on LoRA recovery that restores perplexity more than "
            "downstream accuracy. We present Coppice, which searches a joint depth–width configuration with a "
            "differentiable importance estimator and recovers the pruned model by self-distillation from the "
            "dense model on 2B tokens of pre-training data. Compressing Llama-3-8B to 4.5B parameters, Coppice "
            "retains 91.4% of the dense model's average accuracy on eight common-sense and reading benchmarks and "
            "scores 58.7 on 5-shot MMLU, versus 65.3 for the dense model, 46.2 for LLM-Pruner and 51.8 for "
            "SliceGPT at a similar size. At 50% of the parameters of Qwen2-7B, Coppice achieves 55.1% on MMLU "
            "and 41.6% on GSM8K. The pruned models need no custom kernels: with vLLM on an A100, throughput "
            "rises from 2,310 to 3,980 tokens/s and first-token latency drops by 37%. Coppice costs 46 "
            "GPU-hours of recovery training, a small fraction of the budget of training a comparable 4B model "
            "from scratch."
        ),
        "spans": [
            ("Coppice", "M"),
            ("Pruning", "M"),
            ("Self-Distillation", "M"),
            ("Llama", "M"),
            ("Structured pruning", "M"),
            ("LLMs", "M"),
            ("Llama-3-8B", "M"),
            ("ShortGPT", "M"), ("SliceGPT", "M"), ("LLM-Pruner", "M"),
            ("LoRA", "M"),
            ("perplexity", "X"),
            ("accuracy", "X"),
            ("self-distillation", "M"),
            ("MMLU", "D"), ("GSM8K", "D"),
            ("Qwen2-7B", "M"),
            ("throughput", "X"),
            ("first-token latency", "X"),
            ("average accuracy", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("retains 91.4% of the dense model's average accuracy", "relative average accuracy", 91.4, "%", None, "Coppice"),
            ("scores 58.7", "accuracy", 58.7, None, "MMLU", "Coppice"),
            ("65.3", "accuracy", 65.3, None, "MMLU", "Llama-3-8B"),
            ("46.2", "accuracy", 46.2, None, "MMLU", "LLM-Pruner"),
            ("51.8", "accuracy", 51.8, None, "MMLU", "SliceGPT"),
            ("55.1% on MMLU", "accuracy", 55.1, "%", "MMLU", "Coppice"),
            ("41.6% on GSM8K", "accuracy", 41.6, "%", "GSM8K", "Coppice"),
            ("throughput rises from 2,310 to 3,980 tokens/s", "throughput", 3980, "tokens/s", None, None),
            ("first-token latency drops by 37%", "first-token latency reduction", 37, "%", None, None),
            ("46 GPU-hours of recovery training", "recovery training time", 46, "GPU-hours", None, "Coppice"),
        ],
    },
    {
        "field": "llm-quantization-pruning",
        "title": "Not All Experts Need Eight Bits: Sensitivity-Guided Mixed-Precision Quantization for Mixture-of-Experts LLMs",
        "text": (
            "Mixture-of-experts (MoE) language models such as Mixtral-8x7B and Qwen1.5-MoE-A2.7B activate only a "
            "few experts per token, but all experts must reside in memory, which makes weight quantization "
            "essential for deployment. Uniform low-bit quantization treats every expert alike even though routing "
            "statistics show that a minority of experts processes most tokens. We propose FerroMix, a "
            "post-training scheme that allocates 2, 3 or 4 bits per expert by solving a knapsack problem over a "
            "Fisher-based sensitivity score weighted by expert activation frequency, and that keeps the router "
            "and shared attention layers at 8 bits. The average bit-width is a user-chosen budget, so one "
            "calibration run serves several memory targets. At an average of 2.5 bits, FerroMix compresses "
            "Mixtral-8x7B from 93 GB to 15.8 GB and keeps 96.2% of its FP16 accuracy on MMLU, while uniform "
            "2-bit GPTQ retains 81.5%. On GSM8K, Mixtral-8x7B quantized by FerroMix scores 52.3% against 36.0% "
            "for GPTQ and 44.9% for the mixed-precision baseline of frequency-only allocation. The WikiText-2 "
            "perplexity at 3 bits is 4.31, a 0.47 increase over FP16. Because the quantized Mixtral fits on a "
            "single 24 GB GPU, FerroMix avoids multi-GPU communication and yields 1.9× higher decoding throughput "
            "than the FP16 model on two A100s."
        ),
        "spans": [
            ("Mixed-Precision Quantization", "M"),
            ("Mixture-of-Experts", "M"),
            ("LLMs", "M"),
            ("Mixture-of-experts", "M"),
            ("MoE", "M"),
            ("language models", "M"),
            ("Mixtral-8x7B", "M"),
            ("Qwen1.5-MoE-A2.7B", "M"),
            ("weight quantization", "M"),
            ("quantization", "M"),
            ("FerroMix", "M"),
            ("accuracy", "X"),
            ("MMLU", "D"), ("GSM8K", "D"), ("WikiText-2", "D"),
            ("GPTQ", "M"),
            ("perplexity", "X"),
            ("Mixtral", "M"),
            ("decoding throughput", "X"),
        ],
        "results": [
            ("from 93 GB to 15.8 GB", "model size", 15.8, "GB", None, "FerroMix"),
            ("keeps 96.2% of its FP16 accuracy on MMLU", "relative accuracy", 96.2, "%", "MMLU", "FerroMix"),
            ("retains 81.5%", "relative accuracy", 81.5, "%", "MMLU", "GPTQ"),
            ("scores 52.3%", "accuracy", 52.3, "%", "GSM8K", "FerroMix"),
            ("36.0%", "accuracy", 36.0, "%", "GSM8K", "GPTQ"),
            ("44.9%", "accuracy", 44.9, "%", "GSM8K", None),
            ("perplexity at 3 bits is 4.31", "perplexity", 4.31, None, "WikiText-2", None),
            ("0.47 increase", "perplexity", 0.47, None, "WikiText-2", None),
            ("1.9× higher decoding throughput", "decoding throughput", 1.9, "×", None, "FerroMix"),
        ],
    },
    # ------------------------------------------------------------------ llm-serving
    {
        "field": "llm-serving",
        "title": "EmberKV: Query-Agnostic KV Cache Eviction with Cumulative Attention Decay for Long-Context LLM Inference",
        "text": (
            "The key–value (KV) cache of long-context LLMs grows linearly with sequence length and quickly "
            "dominates GPU memory: a single 128K-token request to Llama-3.1-8B occupies about 16 GB in FP16. "
            "Eviction methods such as H2O, SnapKV and PyramidKV keep only the tokens that received the most "
            "attention, but they select tokens with the current query in view, so tokens that become relevant "
            "only to later questions are discarded, which hurts multi-turn use. We propose EmberKV, a "
            "query-agnostic eviction policy that scores tokens by an exponentially decayed cumulative attention "
            "mass computed during prefill and allocates the cache budget per head according to its measured "
            "retrieval behaviour. EmberKV requires no training and is compatible with FlashAttention and paged "
            "memory management. With a budget of 1,024 tokens per head, EmberKV retains 97.8% of the full-cache "
            "average score on LongBench with Llama-3.1-8B-Instruct, compared with 94.1% for SnapKV and 88.6% for "
            "H2O, and reaches 91.5% accuracy on the Needle-in-a-Haystack test up to 128K tokens. In a multi-turn "
            "variant of LongBench where questions arrive after compression, EmberKV outperforms SnapKV on 14 of "
            "16 tasks. Overall, it reduces KV cache memory by 8.2× and raises decoding throughput by 3.6× at a "
            "context length of 64K on a single A100-80GB."
        ),
        "spans": [
            ("EmberKV", "M"),
            ("KV Cache Eviction", "M"),
            ("LLM", "M"),
            ("LLMs", "M"),
            ("GPU memory", "X"),
            ("Llama-3.1-8B", "M"),
            ("H2O", "M"), ("SnapKV", "M"), ("PyramidKV", "M"),
            ("FlashAttention", "M"),
            ("LongBench", "D"),
            ("Llama-3.1-8B-Instruct", "M"),
            ("accuracy", "X"),
            ("Needle-in-a-Haystack", "D"),
            ("KV cache memory", "X"),
            ("decoding throughput", "X"),
        ],
        "results": [
            ("occupies about 16 GB", "memory", 16, "GB", None, "Llama-3.1-8B"),
            ("retains 97.8% of the full-cache average score", "relative average score", 97.8, "%", "LongBench", "EmberKV"),
            ("94.1%", "relative average score", 94.1, "%", "LongBench", "SnapKV"),
            ("88.6%", "relative average score", 88.6, "%", "LongBench", "H2O"),
            ("91.5% accuracy", "accuracy", 91.5, "%", "Needle-in-a-Haystack", "EmberKV"),
            ("14 of 16 tasks", "tasks won", 14, None, "LongBench", "EmberKV"),
            ("reduces KV cache memory by 8.2×", "KV cache memory reduction", 8.2, "×", None, None),
            ("raises decoding throughput by 3.6×", "decoding throughput", 3.6, "×", None, None),
        ],
    },
    {
        "field": "llm-serving",
        "title": "Drafting with Two Heads: Tree-Structured Speculative Decoding with Confidence-Calibrated Early Exit",
        "text": (
            "Speculative decoding accelerates autoregressive generation by letting a cheap drafter propose several "
            "tokens that the target LLM verifies in a single forward pass. Feature-level drafters such as EAGLE-2 "
            "and Medusa reach high acceptance rates, but they draft a fixed-depth tree regardless of how "
            "predictable the continuation is, wasting verification compute on hard tokens and stopping too early "
            "on easy ones. We present DuetSpec, which attaches two lightweight heads to the target model: a "
            "one-layer autoregressive drafter and a calibration head that predicts, for every draft token, the "
            "probability that it will be accepted. Draft trees are then grown by expected accepted length per "
            "unit cost and pruned on the fly. DuetSpec is lossless, i.e. the output distribution of the target "
            "model is unchanged. On MT-Bench, DuetSpec reaches an average acceptance length of 5.14 tokens and a "
            "4.05× wall-clock speed-up for Vicuna-13B at temperature 0, versus 4.38 tokens and 3.46× for EAGLE-2. "
            "Across MT-Bench, HumanEval, GSM8K and Alpaca, speed-ups range from 3.3× to 4.6× for "
            "Llama-3-8B-Instruct and from 2.9× to 3.8× for Llama-3-70B-Instruct on 4 A100 GPUs. At temperature 1 "
            "the speed-up on HumanEval is 3.21x. Training the two heads takes 11 hours on 8 GPUs using ShareGPT "
            "conversations, and the added parameters amount to 0.6% of the target model."
        ),
        "spans": [
            ("Speculative Decoding", "M"),
            ("Early Exit", "M"),
            ("Speculative decoding", "M"),
            ("LLM", "M"),
            ("EAGLE-2", "M"), ("Medusa", "M"),
            ("acceptance rates", "X"),
            ("DuetSpec", "M"),
            ("MT-Bench", "D"),
            ("average acceptance length", "X"),
            ("wall-clock speed-up", "X"),
            ("speed-up", "X"), ("speed-ups", "X"),
            ("Vicuna-13B", "M"),
            ("HumanEval", "D"), ("GSM8K", "D"), ("Alpaca", "D"),
            ("Llama-3-8B-Instruct", "M"), ("Llama-3-70B-Instruct", "M"),
            ("ShareGPT", "D"),
        ],
        "results": [
            ("average acceptance length of 5.14 tokens", "average acceptance length", 5.14, "tokens", "MT-Bench",
             "DuetSpec"),
            ("4.05× wall-clock speed-up", "wall-clock speed-up", 4.05, "×", "MT-Bench", "DuetSpec"),
            ("4.38 tokens", "average acceptance length", 4.38, "tokens", "MT-Bench", "EAGLE-2"),
            ("3.46×", "wall-clock speed-up", 3.46, "×", "MT-Bench", "EAGLE-2"),
            ("speed-ups range from 3.3× to 4.6×", "speed-up", 4.6, "×", None, "Llama-3-8B-Instruct", {"low": 3.3}),
            ("from 2.9× to 3.8×", "speed-up", 3.8, "×", None, "Llama-3-70B-Instruct", {"low": 2.9}),
            ("speed-up on HumanEval is 3.21x", "speed-up", 3.21, "×", "HumanEval", None),
            ("takes 11 hours", "training time", 11, "h", "ShareGPT", None),
        ],
    },
    {
        "field": "llm-serving",
        "title": "Baton: SLO-Aware Handoff Between Prefill and Decode Instances for Goodput-Optimal LLM Serving",
        "text": (
            "Disaggregated LLM serving runs the compute-bound prefill phase and the memory-bound decode phase on "
            "separate GPU instances, which removes their interference but introduces KV-cache transfer and static "
            "resource partitioning. Systems such as DistServe and Splitwise fix the ratio of prefill to decode "
            "instances offline, whereas chunked-prefill schedulers like Sarathi-Serve colocate both phases and "
            "trade time-to-first-token (TTFT) against time-per-output-token (TPOT). Under bursty production "
            "traffic neither design meets latency service-level objectives (SLOs) at high load. We present Baton, "
            "a serving system in which every instance can switch roles within 40 ms, and a scheduler that "
            "predicts per-request TTFT and TPOT from queue state and moves requests and instances to maximise "
            "goodput, i.e. the rate of requests that satisfy both SLOs. Baton streams KV caches layer by layer to "
            "overlap transfer with computation. On ShareGPT and LMSYS-Chat-1M traces replayed against "
            "Llama-3.1-70B on 16 H100 GPUs, Baton serves 1.8× and 2.1× more requests per second than DistServe "
            "at 90% SLO attainment, respectively, and lowers P99 TTFT by 62% compared with Sarathi-Serve. For "
            "long-document summarization requests from LongBench, goodput improves by 2.4× while mean TPOT stays "
            "under 45 ms. The role-switching mechanism alone accounts for most of the gain."
        ),
        "spans": [
            ("Baton", "M"),
            ("LLM", "M"),
            ("DistServe", "M"), ("Splitwise", "M"), ("Sarathi-Serve", "M"),
            ("chunked-prefill", "M"),
            ("time-to-first-token", "X"), ("TTFT", "X"), ("P99 TTFT", "X"),
            ("time-per-output-token", "X"), ("TPOT", "X"),
            ("goodput", "X"),
            ("ShareGPT", "D"), ("LMSYS-Chat-1M", "D"),
            ("Llama-3.1-70B", "M"),
            ("requests per second", "X"),
            ("SLO attainment", "X"),
            ("long-document summarization", "T"),
            ("LongBench", "D"),
            ("mean TPOT", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("switch roles within 40 ms", "role-switching time", 40, "ms", None, "Baton"),
            ("1.8×", "throughput", 1.8, "×", "ShareGPT", "Baton"),
            ("2.1× more requests per second", "throughput", 2.1, "×", "LMSYS-Chat-1M", "Baton"),
            ("lowers P99 TTFT by 62%", "P99 TTFT reduction", 62, "%", None, "Baton"),
            ("goodput improves by 2.4×", "goodput", 2.4, "×", "LongBench", None),
            ("TPOT stays under 45 ms", "TPOT", 45, "ms", "LongBench", None),
        ],
    },
    {
        "field": "llm-serving",
        "title": "Skimmer: Training-Free Dynamic Sparse Attention for Million-Token Prefill",
        "text": (
            "Time-to-first-token is the main bottleneck of long-context inference: for a 1M-token prompt, dense "
            "prefill of an 8B model takes over half an hour on a single GPU because attention cost grows "
            "quadratically with length. Dynamic sparse attention methods such as MInference and FlexPrefill "
            "approximate each head with a few fixed pattern families, which fails on heads whose pattern shifts "
            "between documents and forces conservative budgets. We introduce Skimmer, a training-free method that "
            "estimates block-level attention mass from pooled queries and keys of the last window, chooses for "
            "each head the smallest set of blocks that covers a target fraction of that mass, and executes the "
            "resulting block-sparse layout with a custom Triton kernel. Skimmer needs no offline pattern search "
            "and adapts the sparsity per head and per input. On RULER with Llama-3-8B-Instruct-Gradient-1048k, "
            "Skimmer keeps the average accuracy at 128K context at 80.3%, within 0.8 points of dense attention, "
            "while MInference drops to 74.9%. On InfiniteBench and LongBench-v2 it outperforms FlexPrefill on 11 "
            "of 13 tasks. Prefill at 1M tokens is accelerated by 13.7× over FlashAttention-2, reducing TTFT from "
            "31.5 minutes to 2.3 minutes on a single A100, and the speed-up at 128K is 4.9×. Combined with an "
            "existing KV cache compression method for decoding, Skimmer lowers the end-to-end latency of a "
            "512K-token summarization request by 6.3×."
        ),
        "spans": [
            ("Skimmer", "M"),
            ("Dynamic Sparse Attention", "M"),
            ("Time-to-first-token", "X"),
            ("Dynamic sparse attention", "M"),
            ("MInference", "M"), ("FlexPrefill", "M"),
            ("RULER", "D"),
            ("Llama-3-8B-Instruct-Gradient-1048k", "M"),
            ("accuracy", "X"),
            ("dense attention", "M"),
            ("InfiniteBench", "D"), ("LongBench-v2", "D"),
            ("FlashAttention-2", "M"),
            ("TTFT", "X"),
            ("speed-up", "X"),
            ("KV cache compression", "T"),
            ("end-to-end latency", "X"),
            ("summarization", "T"),
            ("average accuracy", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("accuracy at 128K context at 80.3%", "accuracy", 80.3, "%", "RULER", "Skimmer"),
            ("within 0.8 points", "accuracy", 0.8, "points", "RULER", "Skimmer"),
            ("74.9%", "accuracy", 74.9, "%", "RULER", "MInference"),
            ("11 of 13 tasks", "tasks won", 11, None, None, None),
            ("accelerated by 13.7×", "prefill speed-up", 13.7, "×", None, None),
            ("TTFT from 31.5 minutes to 2.3 minutes", "TTFT", 2.3, "min", None, None),
            ("speed-up at 128K is 4.9×", "speed-up", 4.9, "×", None, None),
            ("end-to-end latency of a 512K-token summarization request by 6.3×", "end-to-end latency reduction", 6.3,
             "×", None, "Skimmer"),
        ],
    },
    {
        "field": "llm-serving",
        "title": "Two Bits Are Enough for the KV Cache: Residual-Corrected Asymmetric Quantization for High-Throughput LLM Serving",
        "text": (
            "Batch size in LLM serving is bounded by the memory of the key–value cache rather than by compute, so "
            "compressing the cache directly increases throughput. Tuning-free KV cache quantization methods such "
            "as KIVI and KVQuant quantize keys per channel and values per token and work well at 4 bits, but at "
            "2 bits the error accumulates over long generations and accuracy on reasoning tasks collapses. We "
            "propose RippleKV, which keeps a small full-precision window of recent tokens, quantizes older keys "
            "and values asymmetrically to 2 bits, and stores a rank-4 residual correction per head that is "
            "updated online whenever tokens leave the window. On Llama-3-8B-Instruct and "
            "Mistral-7B-Instruct-v0.2, 2-bit RippleKV stays within 0.5 points of the FP16 cache in average "
            "LongBench score, while KIVI-2 loses 2.7 points. On GSM8K with 8-shot chain-of-thought, RippleKV "
            "reaches 76.1% accuracy against 69.4% for KIVI-2 and 77.0% for the FP16 cache. The compressed cache "
            "occupies 5.3× less memory, which allows batch sizes of up to 4× larger; with our fused "
            "dequantize-attention kernel, serving throughput on ShareGPT requests increases from 1,460 to 5,230 "
            "tokens per second on one A100-80GB, a 3.58times gain, while the per-token decoding latency grows by "
            "only 7%."
        ),
        "spans": [
            ("Asymmetric Quantization", "M"),
            ("LLM", "M"),
            ("throughput", "X"),
            ("serving throughput", "X"),
            ("KV cache quantization", "M"),
            ("KIVI", "M"), ("KVQuant", "M"), ("KIVI-2", "M"),
            ("accuracy", "X"),
            ("RippleKV", "M"),
            ("Llama-3-8B-Instruct", "M"), ("Mistral-7B-Instruct-v0.2", "M"),
            ("LongBench", "D"), ("GSM8K", "D"), ("ShareGPT", "D"),
            ("chain-of-thought", "M"),
            ("memory", "X", {"only": [1]}),
            ("decoding latency", "X"),
        ],
        "results": [
            ("within 0.5 points", "average score", 0.5, "points", "LongBench", "RippleKV"),
            ("loses 2.7 points", "average score", 2.7, "points", "LongBench", "KIVI-2"),
            ("76.1% accuracy", "accuracy", 76.1, "%", "GSM8K", "RippleKV"),
            ("69.4%", "accuracy", 69.4, "%", "GSM8K", "KIVI-2"),
            ("77.0%", "accuracy", 77.0, "%", "GSM8K", None),
            ("5.3× less memory", "memory reduction", 5.3, "×", None, None),
            ("up to 4× larger", "batch size", 4, "×", None, None),
            ("from 1,460 to 5,230 tokens per second", "throughput", 5230, "tokens/s", "ShareGPT", None),
            ("3.58times gain", "serving throughput", 3.58, "×", "ShareGPT", None),
            ("decoding latency grows by only 7%", "decoding latency", 7, "%", None, None),
        ],
    },
]
