"""extra-dev-11 records (annotator h1): llm (5) and reasoning (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["AsterQuant", "Cobblestep", "BrineKV", "CalyxMoE", "ArcSparse",
          "BraidPO", "CrucibleRL", "Antler", "BeaconVote", "Ballast"]

RECS = [
    # ------------------------------------------------------------ llm
    {
        "field": "llm",
        "title": "AsterQuant: Learned Block Rotations for Outlier-Free W4A4 Quantization of LLMs",
        "text": (
            "Post-training quantization (PTQ) of large language models (LLMs) to 4-bit weights and activations "
            "(W4A4) is hampered by activation outliers that concentrate in a few channels. Rotation-based methods "
            "such as QuaRot and SpinQuant spread these outliers with Hadamard transforms or learned orthogonal "
            "matrices, but apply a single rotation to the whole hidden dimension. We propose AsterQuant, which learns "
            "block-diagonal rotations of size 128 per layer with Cayley SGD on 256 calibration sequences from "
            "WikiText-2 and fuses them into adjacent weights, so inference adds no extra matrix multiplications. On "
            "Llama-3-8B, W4A4 AsterQuant reaches a WikiText-2 perplexity of 7.12 versus 7.39 for SpinQuant and 8.21 "
            "for QuaRot (FP16: 6.14), and an average zero-shot accuracy of 68.9% on nine commonsense reasoning tasks, "
            "within 1.6 points of FP16. On Llama-3-70B it keeps 98.1% of the FP16 average zero-shot accuracy. "
            "AsterQuant's W4A4 kernels make prefill 2.3× faster on an H100 and reduce peak memory by 3.4× relative "
            "to FP16. Calibration takes 38 minutes for the 8B model on one GPU."
        ),
        "spans": [
            ("AsterQuant", "M"), ("Quantization", "M"), ("LLMs", "M"), ("Post-training quantization", "M"),
            ("PTQ", "M"), ("large language models", "M"), ("QuaRot", "M"), ("SpinQuant", "M"),
            ("Hadamard transforms", "M"), ("Cayley SGD", "M"), ("WikiText-2", "D"), ("Llama-3-8B", "M"),
            ("perplexity", "X"), ("average zero-shot accuracy", "X"), ("commonsense reasoning", "T"),
            ("Llama-3-70B", "M"), ("peak memory", "X"),
        ],
        "results": [
            ("WikiText-2 perplexity of 7.12", "perplexity", 7.12, None, "WikiText-2", "AsterQuant"),
            ("7.39", "perplexity", 7.39, None, "WikiText-2", "SpinQuant"),
            ("8.21", "perplexity", 8.21, None, "WikiText-2", "QuaRot"),
            ("FP16: 6.14", "perplexity", 6.14, None, "WikiText-2", None),
            ("average zero-shot accuracy of 68.9%", "average zero-shot accuracy", 68.9, "%", None, "AsterQuant"),
            ("within 1.6 points", "average zero-shot accuracy", 1.6, "points", None, "AsterQuant"),
            ("keeps 98.1% of the FP16 average zero-shot accuracy", "relative average zero-shot accuracy", 98.1, "%",
             None, "Llama-3-70B"),
            ("prefill 2.3× faster", "prefill speed-up", 2.3, "×", None, "AsterQuant"),
            ("reduce peak memory by 3.4×", "peak memory reduction", 3.4, "×", None, "AsterQuant"),
            ("Calibration takes 38 minutes", "calibration time", 38, "min", None, None),
        ],
    },
    {
        "field": "llm",
        "title": "Cobblestep: Draft Trees That Grow and Shrink with the Batch for Speculative Decoding at Serving Scale",
        "text": (
            "Speculative decoding is usually evaluated at batch size one, where a drafter's extra compute is free. In "
            "production serving, however, GPUs are already busy, and a deep draft tree can slow the whole system down. "
            "This paper asks how much speculation a server can afford. We introduce Cobblestep, a speculative decoding "
            "scheme whose draft tree is resized at every step from a cost model of the current batch, and whose "
            "lightweight drafter is trained, as in EAGLE-3, on features taken from three layers of the target model. "
            "When the batch is large, Cobblestep falls back to a single chain of two tokens; when it is small, the "
            "tree expands to up to 60 nodes. We evaluate on Spec-Bench with Llama-3.1-8B-Instruct and "
            "Qwen2.5-14B-Instruct at temperatures 0 and 1. At batch size 1, Cobblestep reaches an average acceptance "
            "length of 6.3 tokens and a 3.9× speedup over autoregressive decoding, close to EAGLE-3 (4.0×). The "
            "picture changes under load. At batch size 64, EAGLE-3 runs at 0.8× the speed of plain autoregressive "
            "decoding, whereas Cobblestep still yields a 1.46times throughput gain. Across batch sizes from 1 to 128, "
            "Cobblestep is the fastest method in 11 of 12 configurations. On MT-Bench, the acceptance length drops "
            "from 6.1 at temperature 0 to 5.4 at temperature 1, a loss we attribute to sampling mismatch rather than "
            "to the tree policy."
        ),
        "spans": [
            ("Cobblestep", "M"), ("Speculative Decoding", "M"), ("Speculative decoding", "M"),
            ("speculative decoding", "M"), ("EAGLE-3", "M"), ("Spec-Bench", "D"), ("Llama-3.1-8B-Instruct", "M"),
            ("Qwen2.5-14B-Instruct", "M"), ("average acceptance length", "X"), ("speedup", "X"),
            ("autoregressive decoding", "M"), ("throughput", "X"), ("MT-Bench", "D"), ("acceptance length", "X"),
        ],
        "results": [
            ("average acceptance length of 6.3 tokens", "average acceptance length", 6.3, "tokens", None, "Cobblestep"),
            ("3.9× speedup", "speed-up", 3.9, "×", None, "Cobblestep"),
            ("4.0×", "speed-up", 4.0, "×", None, "EAGLE-3"),
            ("0.8× the speed", "speed-up", 0.8, "×", None, "EAGLE-3"),
            ("1.46times throughput gain", "throughput", 1.46, "×", None, "Cobblestep"),
            ("fastest method in 11 of 12 configurations", "configurations ranked first", 11, None, None, "Cobblestep"),
            ("acceptance length drops from 6.1 at temperature 0 to 5.4", "acceptance length", 5.4, None,
             "MT-Bench", None),
        ],
    },
    {
        "field": "llm",
        "title": "BrineKV: Mixed-Precision Key-Value Cache Quantization Guided by Token Salience",
        "text": (
            "When large language models decode long sequences, the key-value (KV) cache, not the weights, is the "
            "dominant memory cost. KV cache quantization to 2 bits, as in KIVI, saves memory but degrades retrieval "
            "over long contexts, while eviction methods such as SnapKV discard tokens that may be needed later. We "
            "study whether the two ideas can be combined without retraining. BrineKV keeps a small set of salient "
            "tokens, chosen by accumulated attention, in 8-bit precision and stores all other keys and values at 2 "
            "bits with per-channel key and per-token value quantization; no token is evicted. We caution that the "
            "salience estimate is computed during prefill and may be stale for very long generations. With "
            "Mistral-7B-Instruct-v0.3 and Llama-3.1-8B-Instruct, BrineKV at an average of 2.3 bits per element stays "
            "within 0.3 points of the FP16 cache in average score on LongBench, while KIVI-2 loses 1.9 points. On "
            "RULER with 64K context, BrineKV obtains 81.4 ± 0.6 accuracy over three seeds, compared with 74.2 ± 0.9 "
            "for KIVI-2 and 69.8 for SnapKV at a 1024-token budget. Needle-in-a-Haystack retrieval accuracy is 100% "
            "up to 128K tokens. The KV cache footprint shrinks 6.1-fold, which raises the maximum batch size on a "
            "single 80 GB GPU by 5.2×; decoding throughput improves by 3.6× at 32K context. The overhead of salience "
            "tracking is below 2% of decode time. These gains come with a caveat: on the code completion subset of "
            "LongBench, BrineKV's score is 1.1 points below that of KIVI-2, and we have not evaluated models beyond "
            "8B parameters."
        ),
        "spans": [
            ("BrineKV", "M"), ("Key-Value Cache Quantization", "M"), ("large language models", "M"),
            ("KV cache quantization", "M"), ("KIVI", "M"), ("KIVI-2", "M"), ("SnapKV", "M"), ("quantization", "M"),
            ("Mistral-7B-Instruct-v0.3", "M"), ("Llama-3.1-8B-Instruct", "M"), ("average score", "X"),
            ("LongBench", "D"), ("RULER", "D"), ("accuracy", "X"), ("Needle-in-a-Haystack", "D"),
            ("retrieval accuracy", "X"), ("KV cache footprint", "X"), ("maximum batch size", "X"),
            ("decoding throughput", "X"), ("overhead", "X"), ("code completion", "T"), ("score", "X"),
        ],
        "results": [
            ("within 0.3 points", "average score", 0.3, "points", "LongBench", "BrineKV"),
            ("loses 1.9 points", "average score", 1.9, "points", "LongBench", "KIVI-2"),
            ("81.4 ± 0.6 accuracy", "accuracy", 81.4, None, "RULER", "BrineKV"),
            ("74.2 ± 0.9", "accuracy", 74.2, None, "RULER", "KIVI-2"),
            ("69.8", "accuracy", 69.8, None, "RULER", "SnapKV"),
            ("Needle-in-a-Haystack retrieval accuracy is 100%", "retrieval accuracy", 100, "%",
             "Needle-in-a-Haystack", None),
            ("KV cache footprint shrinks 6.1-fold", "KV cache footprint reduction", 6.1, "×", None, None),
            ("maximum batch size on a single 80 GB GPU by 5.2×", "maximum batch size", 5.2, "×", None, None),
            ("decoding throughput improves by 3.6×", "decoding throughput", 3.6, "×", None, None),
            ("overhead of salience tracking is below 2%", "overhead", 2, "%", None, None),
            ("score is 1.1 points", "score", 1.1, "points", "LongBench", "BrineKV"),
        ],
    },
    {
        "field": "llm",
        "title": "CalyxMoE: 4.7× Faster Offloaded Mixture-of-Experts Inference on a Single Consumer GPU",
        "text": (
            "Running a 47B-parameter mixture-of-experts (MoE) model such as Mixtral-8x7B on a single 24 GB consumer "
            "GPU requires expert offloading to host memory, and PCIe transfers then dominate decoding time. CalyxMoE "
            "predicts the experts of layer l+2 from the router logits of layer l with a 0.4M-parameter gating probe, "
            "prefetches them over PCIe while layer l+1 computes, and keeps a frequency-weighted expert cache on the "
            "GPU. On an RTX 4090, CalyxMoE decodes Mixtral-8x7B at 11.8 tokens per second, 4.7× faster than "
            "MoE-Infinity and 2.1× faster than Fiddler; time per output token (TPOT) falls from 212 ms for "
            "MoE-Infinity to 85 ms. Prefetch prediction reaches 91.3% top-2 recall, and the expert cache hit rate is "
            "78%. For DeepSeek-V2-Lite, TPOT is 41 ms and time-to-first-token (TTFT) for a 2K-token prompt is 0.9 s. "
            "Output quality is unchanged because no expert is skipped or approximated: MMLU accuracy is 70.4, "
            "identical to the fully GPU-resident model, and differences in GSM8K accuracy across five runs are not "
            "significant (p = 0.62). The gating probes are trained in 20 minutes per model on 10K tokens from C4. "
            "CalyxMoE requires no change to model weights and is orthogonal to expert quantization."
        ),
        "spans": [
            ("CalyxMoE", "M"), ("Mixture-of-Experts", "M"), ("mixture-of-experts", "M"), ("MoE", "M"),
            ("Mixtral-8x7B", "M"), ("expert offloading", "M"), ("tokens per second", "X"), ("MoE-Infinity", "M"),
            ("Fiddler", "M"), ("time per output token", "X"), ("TPOT", "X"), ("top-2 recall", "X"),
            ("expert cache hit rate", "X"), ("DeepSeek-V2-Lite", "M"), ("time-to-first-token", "X"), ("TTFT", "X"),
            ("MMLU", "D"), ("accuracy", "X"), ("GSM8K", "D"), ("C4", "D"), ("quantization", "M"),
        ],
        "title_results": [
            ("4.7× Faster", "speed-up", 4.7, "×", None, "CalyxMoE"),
        ],
        "results": [
            ("11.8 tokens per second", "throughput", 11.8, "tokens/s", None, "CalyxMoE"),
            ("4.7× faster than MoE-Infinity", "speed-up", 4.7, "×", None, "CalyxMoE"),
            ("2.1× faster than Fiddler", "speed-up", 2.1, "×", None, "CalyxMoE"),
            ("212 ms", "time per output token", 212, "ms", None, "MoE-Infinity"),
            ("85 ms", "time per output token", 85, "ms", None, "CalyxMoE"),
            ("91.3% top-2 recall", "top-2 recall", 91.3, "%", None, None),
            ("expert cache hit rate is 78%", "expert cache hit rate", 78, "%", None, None),
            ("TPOT is 41 ms", "time per output token", 41, "ms", None, "DeepSeek-V2-Lite"),
            ("time-to-first-token (TTFT) for a 2K-token prompt is 0.9 s", "time-to-first-token", 0.9, "s", None, "DeepSeek-V2-Lite"),
            ("MMLU accuracy is 70.4", "accuracy", 70.4, None, "MMLU", None),
            ("p = 0.62", "p-value", 0.62, None, "GSM8K", None),
            ("trained in 20 minutes", "training time", 20, "min", "C4", None),
        ],
    },
    {
        "field": "llm",
        "title": "ArcSparse: Training-Free Block-Sparse Attention for Million-Token Prefill",
        "text": (
            "Prefill of million-token prompts is bottlenecked by quadratic attention. We propose ArcSparse, a "
            "training-free block-sparse attention method that selects key blocks for each query block from "
            "antidiagonal score sums under a per-head coverage threshold τ = 0.9, and executes the resulting pattern "
            "with a Triton kernel built on FlashAttention-2. ArcSparse needs no offline pattern search. Evaluated "
            "with Llama-3.1-8B-Instruct and Qwen2.5-7B-Instruct-1M on RULER, LongBench and InfiniteBench, "
            "ArcSparse obtains average scores of 88.2, 49.7 and 41.3, respectively, versus 88.9, 50.1 and 41.6 for dense "
            "attention. At 128K tokens, attention FLOPs are reduced by 87% and prefill latency falls from 31.4 s to "
            "4.6 s (6.8×). At 1M tokens, ArcSparse accelerates attention by 13.5× over FlashAttention-2, "
            "outperforming MInference (6.1×) and FlexPrefill (8.9×). Among sparse methods, it has the highest RULER "
            "score at 8 of 10 context lengths between 4K and 1M. Pattern selection adds 3.9% to prefill time. "
            "Code and kernels are public."
        ),
        "spans": [
            ("ArcSparse", "M"), ("Block-Sparse Attention", "M"), ("block-sparse attention", "M"),
            ("FlashAttention-2", "M"), ("Llama-3.1-8B-Instruct", "M"), ("Qwen2.5-7B-Instruct-1M", "M"),
            ("RULER", "D"), ("LongBench", "D"), ("InfiniteBench", "D"), ("average scores", "X"),
            ("attention FLOPs", "X"), ("prefill latency", "X"), ("MInference", "M"), ("FlexPrefill", "M"),
            ("score", "X", {"skip": [0]}), ("prefill time", "X"),
        ],
        "results": [
            ("average scores of 88.2", "average score", 88.2, None, "RULER", "ArcSparse"),
            ("49.7", "average score", 49.7, None, "LongBench", "ArcSparse"),
            ("41.3", "average score", 41.3, None, "InfiniteBench", "ArcSparse"),
            ("88.9", "average score", 88.9, None, "RULER", None),
            ("50.1", "average score", 50.1, None, "LongBench", None),
            ("41.6", "average score", 41.6, None, "InfiniteBench", None),
            ("attention FLOPs are reduced by 87%", "attention FLOPs reduction", 87, "%", None, None),
            ("prefill latency falls from 31.4 s to 4.6 s", "prefill latency", 4.6, "s", None, None),
            ("6.8×", "speed-up", 6.8, "×", None, None),
            ("accelerates attention by 13.5×", "speed-up", 13.5, "×", None, "ArcSparse"),
            ("6.1×", "speed-up", 6.1, "×", None, "MInference"),
            ("8.9×", "speed-up", 8.9, "×", None, "FlexPrefill"),
            ("highest RULER score at 8 of 10 context lengths", "context lengths ranked first", 8, None, "RULER",
             None),
            ("adds 3.9% to prefill time", "pattern selection time", 3.9, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ reasoning
    {
        "field": "reasoning",
        "title": "BraidPO: Interleaving Step-Level and Outcome-Level Preferences for Mathematical Reasoning",
        "text": (
            "Direct Preference Optimization (DPO) has become a popular alternative to reinforcement learning from "
            "human feedback, but for multi-step mathematical reasoning its sequence-level signal is coarse: a single "
            "wrong step in an otherwise sound solution is penalised as heavily as a wholly wrong one. Step-DPO "
            "addresses this by contrasting individual steps, yet discards the outcome signal that makes verifiable "
            "math attractive in the first place. We introduce BraidPO, which braids the two: each training pair is "
            "scored by a mixture of a step-level margin, computed at the first divergent step located by Monte Carlo "
            "rollouts, and an outcome-level margin from answer verification. The mixing weight is annealed from 0.8 "
            "to 0.2 over training. Starting from Qwen2.5-Math-7B-Instruct and using 10K problems drawn from the MATH "
            "training set, BraidPO raises MATH-500 accuracy from 83.6 to 87.1 and AIME 2024 pass@1 from 13.3 to "
            "20.0. BraidPO outperforms Step-DPO by 2.2 points on MATH-500 and by 4.1% on OlympiadBench, and improves "
            "GSM8K accuracy by 0.9 points, where headroom is small. With Llama-3.1-8B-Instruct the gains are larger: "
            "+6.8 on MATH-500 and +3.0 on Minerva Math relative to the SFT model. In an ablation, removing the "
            "outcome margin lowers average accuracy by 1.7 points. Training takes 9 hours on 8 H100 GPUs."
        ),
        "spans": [
            ("BraidPO", "M"), ("Mathematical Reasoning", "T"), ("mathematical reasoning", "T"),
            ("Direct Preference Optimization", "M"), ("DPO", "M"),
            ("reinforcement learning from human feedback", "M"), ("Step-DPO", "M"), ("Monte Carlo rollouts", "M"),
            ("Qwen2.5-Math-7B-Instruct", "M"), ("MATH", "D"), ("MATH-500", "D"), ("accuracy", "X"),
            ("AIME 2024", "D"), ("pass@1", "X"), ("OlympiadBench", "D"), ("GSM8K", "D"),
            ("Llama-3.1-8B-Instruct", "M"), ("Minerva Math", "D"), ("SFT", "M"), ("average accuracy", "X"),
        ],
        "results": [
            ("MATH-500 accuracy from 83.6 to 87.1", "accuracy", 87.1, None, "MATH-500", "BraidPO"),
            ("AIME 2024 pass@1 from 13.3 to 20.0", "pass@1", 20.0, None, "AIME 2024", "BraidPO"),
            ("by 2.2 points on MATH-500", "improvement", 2.2, "points", "MATH-500", "BraidPO"),
            ("4.1% on OlympiadBench", "improvement", 4.1, "%", "OlympiadBench", "BraidPO"),
            ("improves GSM8K accuracy by 0.9 points", "accuracy", 0.9, "points", "GSM8K", "BraidPO"),
            ("+6.8 on MATH-500", "improvement", 6.8, None, "MATH-500", "Llama-3.1-8B-Instruct"),
            ("+3.0 on Minerva Math", "improvement", 3.0, None, "Minerva Math", "Llama-3.1-8B-Instruct"),
            ("lowers average accuracy by 1.7 points", "average accuracy", 1.7, "points", None, None),
            ("Training takes 9 hours", "training time", 9, "h", None, None),
        ],
    },
    {
        "field": "reasoning",
        "title": "CrucibleRL: Adversarially Hardened Unit Tests Make Reinforcement Learning for Code Generation Harder to Hack",
        "text": (
            "A 14B model trained with CrucibleRL reaches 64.8% pass@1 on LiveCodeBench v5 (2024.08–2025.02), up from "
            "53.2% for its base model DeepSeek-R1-Distill-Qwen-14B and within 0.3 points of o3-mini (low). Its "
            "Codeforces rating is 1941 (95.4th percentile), and on HumanEval+ it scores 92.7. These numbers come from "
            "a simple observation about reinforcement learning with verifiable rewards (RLVR) for code generation: "
            "the reward is only as good as the unit tests, and weak tests let policies pass by special-casing inputs. "
            "CrucibleRL therefore co-trains a test generator that is rewarded for producing tests that current policy "
            "samples fail but a reference solution passes, and it filters out any test whose expected output "
            "disagrees with two independent reference solutions. The policy is optimised with GRPO using a "
            "token-level loss and no KL penalty, for 600 steps over 24K problems from TACO, SYNTHETIC-1 and LeetCode. "
            "Compared with training on the original tests, hardened tests cut the measured reward-hacking rate from "
            "17.6% to 2.9% and add 3.8 points on LiveCodeBench. Relative to DeepCoder-14B-Preview, trained with a "
            "similar budget, CrucibleRL improves pass@1 by 4.2 points. At 7B, starting from "
            "Qwen2.5-Coder-7B-Instruct, the gain over GRPO with original tests is +2.6 pass@1 (44.1 vs. 41.5). The "
            "full run costs about 2,300 H100 GPU hours, of which test generation takes 18%."
        ),
        "spans": [
            ("CrucibleRL", "M"), ("Reinforcement Learning", "M"), ("Code Generation", "T"), ("pass@1", "X"),
            ("LiveCodeBench v5", "D"), ("LiveCodeBench", "D"), ("DeepSeek-R1-Distill-Qwen-14B", "M"),
            ("o3-mini", "M"), ("Codeforces", "D"), ("rating", "X"), ("percentile", "X"),
            ("HumanEval+", "D", {"punct": True}), ("reinforcement learning with verifiable rewards", "M"),
            ("RLVR", "M"), ("code generation", "T"), ("GRPO", "M"), ("KL penalty", "M"), ("TACO", "D"), ("SYNTHETIC-1", "D"),
            ("LeetCode", "D"), ("reward-hacking rate", "X"), ("DeepCoder-14B-Preview", "M"),
            ("Qwen2.5-Coder-7B-Instruct", "M"), ("GPU hours", "X"),
        ],
        "results": [
            ("64.8% pass@1 on LiveCodeBench v5", "pass@1", 64.8, "%", "LiveCodeBench v5", "CrucibleRL"),
            ("53.2%", "pass@1", 53.2, "%", "LiveCodeBench v5", "DeepSeek-R1-Distill-Qwen-14B"),
            ("within 0.3 points", "pass@1", 0.3, "points", "LiveCodeBench v5", "CrucibleRL"),
            ("Codeforces rating is 1941", "rating", 1941, None, "Codeforces", None),
            ("95.4th percentile", "percentile", 95.4, None, "Codeforces", None),
            ("scores 92.7", "score", 92.7, None, "HumanEval+", None),
            ("reward-hacking rate from 17.6% to 2.9%", "reward-hacking rate", 2.9, "%", None, None),
            ("add 3.8 points on LiveCodeBench", "improvement", 3.8, "points", "LiveCodeBench", None),
            ("improves pass@1 by 4.2 points", "pass@1", 4.2, "points", None, "CrucibleRL"),
            ("+2.6 pass@1", "pass@1", 2.6, None, None, "Qwen2.5-Coder-7B-Instruct"),
            ("44.1", "pass@1", 44.1, None, None, "Qwen2.5-Coder-7B-Instruct"),
            ("41.5", "pass@1", 41.5, None, None, "GRPO"),
            ("2,300 H100 GPU hours", "training time", 2300, "GPU hours", None, None),
            ("test generation takes 18%", "test generation time", 18, "%", None, None),
        ],
    },
    {
        "field": "reasoning",
        "title": "Antler: Branch-Aware Length Rewards Shorten Chain-of-Thought Without Cutting Verification",
        "text": (
            "Large reasoning models such as DeepSeek-R1 often spend thousands of tokens re-checking answers they "
            "already have, and length penalties applied during reinforcement learning tend to remove useful "
            "self-verification along with the redundancy. We explore a narrower intervention. Antler segments each "
            "chain-of-thought into branches at reflection cues (“wait”, “alternatively”) and penalises only the "
            "branches that follow the first one reaching the final answer, leaving earlier exploration untouched. "
            "The penalty is added to the binary correctness reward in GRPO with a coefficient of 0.05. We train "
            "DeepSeek-R1-Distill-Qwen-7B on 8K problems from DeepScaleR-Preview-Dataset for 400 steps. On MATH-500, "
            "the average response length drops from 3,870 to 1,940 tokens while accuracy moves from 92.8% to 92.4%; "
            "on AIME 2025 the length falls by 38% and pass@1 changes by -0.8 (averaged over 16 samples, 95% CI "
            "±2.1). By comparison, a uniform length penalty as in L1 reaches a similar length on MATH-500 but loses "
            "3.5 points of accuracy on AIME 2025. On GPQA Diamond, which was not used in training, Antler shortens "
            "responses by 29% with no measurable change in accuracy. The benefit shrinks with scale: applied to "
            "QwQ-32B, Antler reduces length by only 21% on MATH-500. We do not claim that the removed branches are "
            "never useful. On 12 of the 500 MATH-500 problems, the baseline's extra verification corrected an "
            "earlier error that Antler's output keeps."
        ),
        "spans": [
            ("Antler", "M"), ("Chain-of-Thought", "M"), ("chain-of-thought", "M"), ("Large reasoning models", "M"),
            ("DeepSeek-R1", "M"), ("length penalties", "M"), ("length penalty", "M"),
            ("reinforcement learning", "M"), ("GRPO", "M"), ("DeepSeek-R1-Distill-Qwen-7B", "M"),
            ("DeepScaleR-Preview-Dataset", "D"), ("MATH-500", "D"), ("average response length", "X"),
            ("accuracy", "X"), ("AIME 2025", "D"), ("length", "X"), ("pass@1", "X"), ("L1", "M"),
            ("GPQA Diamond", "D"), ("QwQ-32B", "M"),
        ],
        "results": [
            ("average response length drops from 3,870 to 1,940 tokens", "average response length", 1940, "tokens",
             "MATH-500", None),
            ("accuracy moves from 92.8% to 92.4%", "accuracy", 92.4, "%", "MATH-500", None),
            ("length falls by 38%", "length reduction", 38, "%", "AIME 2025", None),
            ("pass@1 changes by -0.8", "pass@1", -0.8, None, "AIME 2025", None),
            ("loses 3.5 points of accuracy", "accuracy", 3.5, "points", "AIME 2025", "L1"),
            ("shortens responses by 29%", "response length reduction", 29, "%", "GPQA Diamond", "Antler"),
            ("reduces length by only 21%", "length reduction", 21, "%", "MATH-500", "Antler"),
            ("12 of the 500 MATH-500 problems", "problems corrected", 12, None, "MATH-500", None),
        ],
    },
    {
        "field": "reasoning",
        "title": "BeaconVote: Confidence Beacons for Early-Stopped Self-Consistency",
        "text": (
            "Self-consistency is the default test-time scaling method for reasoning models: sample many chains, take "
            "a majority vote. Its cost, however, grows linearly with the number of samples N. BeaconVote places short "
            "confidence probes (beacons) every 512 tokens of each chain, terminates chains whose beacon confidence "
            "drops below a threshold of 0.35, and stops sampling once the weighted vote margin exceeds a bound "
            "derived from a Beta posterior. No verifier or reward model is trained. With Qwen3-8B at N = 64, "
            "BeaconVote reaches 80.3% accuracy on AIME 2024 and 63.9% on HMMT February 2025, compared with 79.6% and "
            "62.1% for majority voting (maj@64), while generating 71% fewer tokens. With "
            "DeepSeek-R1-Distill-Qwen-32B, BeaconVote attains 66.2 accuracy on GPQA Diamond (maj@64: 65.8; "
            "DeepConf: 65.9) at 0.41× the token cost of self-consistency. BeaconVote beats Best-of-N with a 7B "
            "process reward model on 5 of 6 model–benchmark pairs. Wall-clock latency per question falls by 2.4× "
            "when served with vLLM. Across thresholds from 0.2 to 0.5, AIME 2024 accuracy varies by at most 0.9 "
            "points, so the method is not sensitive to this setting."
        ),
        "spans": [
            ("BeaconVote", "M"), ("Self-Consistency", "M"), ("Self-consistency", "M"), ("self-consistency", "M"),
            ("test-time scaling", "M"), ("Qwen3-8B", "M"), ("accuracy", "X"), ("AIME 2024", "D"),
            ("HMMT February 2025", "D"), ("majority voting", "M"), ("maj@64", "M"),
            ("DeepSeek-R1-Distill-Qwen-32B", "M"), ("GPQA Diamond", "D"), ("DeepConf", "M"), ("token cost", "X"),
            ("Best-of-N", "M"), ("process reward model", "M"), ("Wall-clock latency", "X"),
        ],
        "results": [
            ("80.3% accuracy on AIME 2024", "accuracy", 80.3, "%", "AIME 2024", "BeaconVote"),
            ("63.9% on HMMT February 2025", "accuracy", 63.9, "%", "HMMT February 2025", "BeaconVote"),
            ("79.6%", "accuracy", 79.6, "%", "AIME 2024", "majority voting"),
            ("62.1%", "accuracy", 62.1, "%", "HMMT February 2025", "majority voting"),
            ("71% fewer tokens", "token reduction", 71, "%", None, "BeaconVote"),
            ("66.2 accuracy on GPQA Diamond", "accuracy", 66.2, None, "GPQA Diamond", "BeaconVote"),
            ("maj@64: 65.8", "accuracy", 65.8, None, "GPQA Diamond", "maj@64"),
            ("DeepConf: 65.9", "accuracy", 65.9, None, "GPQA Diamond", "DeepConf"),
            ("0.41× the token cost", "token cost", 0.41, "×", "GPQA Diamond", "BeaconVote"),
            ("5 of 6 model–benchmark pairs", "model–benchmark pairs won", 5, None, None, "BeaconVote"),
            ("Wall-clock latency per question falls by 2.4×", "wall-clock latency reduction", 2.4, "×", None, None),
            ("accuracy varies by at most 0.9 points", "accuracy", 0.9, "points", "AIME 2024", None),
        ],
    },
    {
        "field": "reasoning",
        "title": "Ballast: Variance-Anchored Advantages Keep GRPO Training Stable at Scale",
        "text": (
            "Group Relative Policy Optimization (GRPO) normalises rewards within a group of sampled responses, which "
            "makes training sensitive to groups whose rewards are nearly identical: their advantages are amplified, "
            "entropy collapses, and runs diverge. We propose Ballast, a drop-in change to the advantage estimator "
            "that adds a learned per-prompt variance anchor to the group standard deviation and decays it as the "
            "prompt's empirical pass rate stabilises. Ballast requires one extra scalar per prompt and no critic. We "
            "train Qwen2.5-Math-7B and Qwen2.5-32B with rule-based rewards on the DAPO-Math-17K dataset, comparing "
            "against GRPO, Dr. GRPO and DAPO under identical budgets (group size 16, 8K maximum response length). "
            "Ballast improves the average accuracy over six math benchmarks (AIME 2024, AIME 2025, AMC 2023, "
            "MATH-500, Minerva Math and OlympiadBench) by 2.9 and 3.4 points over DAPO for the 7B and 32B models, "
            "respectively. On AIME 2024, the 32B model trained with Ballast reaches 52.7 avg@32 (DAPO: 50.0), and it "
            "does so in 38% fewer training steps. Policy entropy stays above 0.3 nats throughout training, whereas "
            "GRPO falls below 0.05 nats after 900 steps. Across five seeds, the standard deviation of final AIME 2025 "
            "accuracy is 1.1 for Ballast and 3.8 for GRPO. Ballast is the best method on 11 of the 12 "
            "model–benchmark combinations."
        ),
        "spans": [
            ("Ballast", "M"), ("GRPO", "M"), ("Group Relative Policy Optimization", "M"), ("Qwen2.5-Math-7B", "M"),
            ("Qwen2.5-32B", "M"), ("DAPO-Math-17K", "D"), ("Dr. GRPO", "M"), ("DAPO", "M"),
            ("average accuracy", "X"), ("AIME 2024", "D"), ("AIME 2025", "D"), ("AMC 2023", "D"),
            ("MATH-500", "D"), ("Minerva Math", "D"), ("OlympiadBench", "D"), ("avg@32", "X"),
            ("training steps", "X"), ("Policy entropy", "X"), ("standard deviation", "X", {"skip": [0]}),
            ("accuracy", "X"),
        ],
        "results": [
            ("2.9", "average accuracy", 2.9, "points", None, "Ballast"),
            ("3.4 points", "average accuracy", 3.4, "points", None, "Ballast"),
            ("52.7 avg@32", "avg@32", 52.7, None, "AIME 2024", "Ballast"),
            ("DAPO: 50.0", "avg@32", 50.0, None, "AIME 2024", "DAPO"),
            ("38% fewer training steps", "training steps reduction", 38, "%", "AIME 2024", "Ballast"),
            ("Policy entropy stays above 0.3 nats", "policy entropy", 0.3, "nats", None, None),
            ("below 0.05 nats", "policy entropy", 0.05, "nats", None, "GRPO"),
            ("accuracy is 1.1", "standard deviation", 1.1, None, "AIME 2025", "Ballast"),
            ("3.8", "standard deviation", 3.8, None, "AIME 2025", "GRPO"),
            ("best method on 11 of the 12 model–benchmark combinations", "model–benchmark combinations ranked first",
             11, None, None, "Ballast"),
        ],
    },
]
