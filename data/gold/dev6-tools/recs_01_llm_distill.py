"""dev6 records: efficient-llm-inference (5) and distillation (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["PrismKV", "Lanternfly", "QuillSpan", "Ripplestop", "Tessellate-Q",
          "Cinderwick", "Fernhollow", "Corvolet", "Mothgrain", "Ossivane"]

RECS = [
    # ------------------------------------------------------------ efficient-llm-inference
    {
        "field": "efficient-llm-inference",
        "title": "PrismKV: Head-Adaptive Key-Value Cache Eviction with Residual Sketches for Long-Context LLMs",
        "text": (
            "Large language models (LLMs) increasingly serve prompts of 100K tokens or more, yet the key-value (KV) "
            "cache grows linearly with context length and quickly dominates GPU memory. Existing eviction policies "
            "such as H2O and SnapKV apply a uniform budget to every attention head, discarding tokens that a minority "
            "of retrieval heads still need. We present PrismKV, a training-free KV cache compression method that "
            "profiles each head once on a small calibration set and assigns it a budget proportional to its measured "
            "attention entropy. Evicted tokens are not discarded outright: PrismKV folds them into a rank-4 residual "
            "sketch per head that can be queried at decode time with negligible overhead. On LongBench with "
            "Llama-3.1-8B-Instruct, PrismKV retains only 10% of the cache yet reaches an average score of 48.6, "
            "compared with 45.1 for SnapKV and 43.8 for H2O under the same budget; the full-cache model scores 49.3. "
            "On RULER at 128K context, accuracy drops by just 1.7 points relative to the full cache, whereas PyramidKV "
            "loses 6.2 points. Because the compressed cache stays small, PrismKV raises decoding throughput by 2.4× at "
            "batch size 32 and cuts peak memory by 63% on a single A100. The calibration step takes under 4 minutes "
            "and is reused across tasks. Code will be released."
        ),
        "spans": [
            ("PrismKV", "M"), ("Key-Value Cache Eviction", "M"), ("Large language models", "M"), ("LLMs", "M"),
            ("H2O", "M"), ("SnapKV", "M"), ("PyramidKV", "M"), ("KV cache compression", "M"),
            ("LongBench", "D"), ("Llama-3.1-8B-Instruct", "M"), ("average score", "X"),
            ("RULER", "D"), ("accuracy", "X"), ("decoding throughput", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("average score of 48.6", "average score", 48.6, None, "LongBench", "PrismKV"),
            ("45.1", "average score", 45.1, None, "LongBench", "SnapKV"),
            ("43.8", "average score", 43.8, None, "LongBench", "H2O"),
            ("scores 49.3", "average score", 49.3, None, "LongBench", None),
            ("accuracy drops by just 1.7 points", "accuracy", 1.7, "points", "RULER", None),
            ("loses 6.2 points", "accuracy", 6.2, "points", "RULER", "PyramidKV"),
            ("decoding throughput by 2.4×", "decoding throughput", 2.4, "×", None, "PrismKV"),
            ("peak memory by 63%", "peak memory reduction", 63, "%", None, "PrismKV"),
            ("calibration step takes under 4 minutes", "calibration time", 4, "min", None, None),
        ],
    },
    {
        "field": "efficient-llm-inference",
        "title": "Lanternfly: Self-Speculative Decoding with Dynamic Draft Trees from Intermediate Layers",
        "text": (
            "Speculative decoding accelerates autoregressive generation by letting a cheap draft model propose several "
            "tokens that the target model verifies in parallel. Separate draft models, however, must be trained and "
            "served alongside the target, and their acceptance rates collapse on out-of-domain prompts. We introduce "
            "Lanternfly, a self-speculative scheme in which lightweight exit heads attached to intermediate layers of "
            "the target model draft a dynamic token tree, and the full network verifies the tree in a single forward "
            "pass. A confidence-calibrated rule trims the tree when the exit heads disagree, so verification cost "
            "scales with draft quality. Only the exit heads are trained, on 120K ShareGPT conversations, leaving the "
            "base weights frozen. Across MT-Bench, HumanEval, GSM8K and Alpaca, Lanternfly delivers wall-clock "
            "speed-ups of 2.9x, 3.4x, 3.1x and 2.6x on Vicuna-13B, respectively, with an average acceptance length of "
            "4.1 tokens. It outperforms Medusa-2 on all four benchmarks and matches EAGLE-2 on MT-Bench without "
            "requiring a separate draft network. With Llama-3-70B under greedy decoding on 4 GPUs, latency per token "
            "falls from 61 ms to 24 ms. Because verification is exact, generation quality is identical to that of the "
            "target model by construction."
        ),
        "spans": [
            ("Lanternfly", "M"), ("Self-Speculative Decoding", "M"), ("Speculative decoding", "M"),
            ("acceptance rates", "X"), ("ShareGPT", "D"), ("MT-Bench", "D"), ("HumanEval", "D"),
            ("GSM8K", "D"), ("Alpaca", "D"), ("wall-clock speed-ups", "X"), ("Vicuna-13B", "M"),
            ("average acceptance length", "X"), ("Medusa-2", "M"), ("EAGLE-2", "M"),
            ("Llama-3-70B", "M"), ("greedy decoding", "M"), ("latency per token", "X"),
        ],
        "results": [
            ("wall-clock speed-ups of 2.9x", "wall-clock speed-up", 2.9, "×", "MT-Bench", "Lanternfly"),
            ("3.4x", "wall-clock speed-up", 3.4, "×", "HumanEval", "Lanternfly"),
            ("3.1x", "wall-clock speed-up", 3.1, "×", "GSM8K", "Lanternfly"),
            ("2.6x", "wall-clock speed-up", 2.6, "×", "Alpaca", "Lanternfly"),
            ("average acceptance length of 4.1 tokens", "average acceptance length", 4.1, "tokens", None, "Lanternfly"),
            ("latency per token falls from 61 ms to 24 ms", "latency per token", 24, "ms", None, "Llama-3-70B"),
        ],
    },
    {
        "field": "efficient-llm-inference",
        "title": "QuillSpan: Query-Aware Block-Sparse Attention for Million-Token Prefilling",
        "text": (
            "Prefilling long prompts remains the main bottleneck of long-context LLM serving: with full attention, "
            "time-to-first-token for a 1M-token prompt on Llama-3-8B-1M exceeds 10 minutes on one GPU. Static patterns "
            "such as StreamingLLM or sliding-window attention lose distant evidence, while dynamic methods like "
            "MInference estimate sparsity with a costly offline pattern search. QuillSpan predicts, for every query "
            "block, which key blocks matter by pooling queries and keys into low-resolution summaries and thresholding "
            "their cumulative attention mass at a per-layer target. The selection kernel is fused with "
            "FlashAttention-2, so no attention matrix is ever materialised. We evaluate on RULER, InfiniteBench and "
            "Needle-in-a-Haystack with Llama-3-8B-1M, Qwen2.5-7B-Instruct and GLM-4-9B-1M. QuillSpan reduces "
            "prefilling latency by 7.3× at 1M tokens and by 3.2× at 128K, while keeping RULER accuracy within 0.5 "
            "points of dense attention (83.9 vs. 84.4 at 128K on Llama-3-8B-1M). Against MInference at equal sparsity, "
            "QuillSpan improves InfiniteBench by 2.8 points on average and passes all 40 needle depths that dense "
            "attention passes. Time-to-first-token for a 1M-token prompt drops to 92 s. The method needs no "
            "retraining and composes with existing KV cache quantization."
        ),
        "spans": [
            ("QuillSpan", "M"), ("Block-Sparse Attention", "M"), ("LLM", "M"), ("full attention", "M"),
            ("time-to-first-token", "X"), ("Time-to-first-token", "X"), ("Llama-3-8B-1M", "M"),
            ("StreamingLLM", "M"), ("sliding-window attention", "M"), ("MInference", "M"),
            ("FlashAttention-2", "M"), ("RULER", "D"), ("InfiniteBench", "D"), ("Needle-in-a-Haystack", "D"),
            ("Qwen2.5-7B-Instruct", "M"), ("GLM-4-9B-1M", "M"), ("prefilling latency", "X"),
            ("accuracy", "X"), ("dense attention", "M"), ("KV cache quantization", "M"),
        ],
        "results": [
            ("time-to-first-token for a 1M-token prompt on Llama-3-8B-1M exceeds 10 minutes", "time-to-first-token",
             10, "min", None, "full attention"),
            ("prefilling latency by 7.3×", "prefilling latency reduction", 7.3, "×", None, "QuillSpan"),
            ("3.2×", "prefilling latency reduction", 3.2, "×", None, "QuillSpan"),
            ("accuracy within 0.5 points", "accuracy", 0.5, "points", "RULER", "QuillSpan"),
            ("83.9", "accuracy", 83.9, None, "RULER", "QuillSpan"),
            ("84.4", "accuracy", 84.4, None, "RULER", "dense attention"),
            ("improves InfiniteBench by 2.8 points", "improvement", 2.8, "points", "InfiniteBench", "QuillSpan"),
            ("passes all 40 needle depths", "needle depths passed", 40, None, None, "QuillSpan"),
            ("Time-to-first-token for a 1M-token prompt drops to 92 s", "time-to-first-token", 92, "s", None, None),
        ],
    },
    {
        "field": "efficient-llm-inference",
        "title": "Ripplestop: Learning When to Exit in Decoder-Only LLMs without Hidden-State Drift",
        "text": (
            "Early-exit inference lets easy tokens leave the network after a few layers, but in decoder-only LLMs the "
            "skipped layers leave later tokens without the deep key-value entries they attend to, and accuracy "
            "degrades as generations grow longer. We propose Ripplestop, which couples a lightweight exit classifier "
            "with a state-propagation step: when a token exits early, its hidden state is mapped through a shared "
            "low-rank adapter to fill the missing deeper entries, at a small fraction of the cost of a full layer. "
            "Exit thresholds are tuned per task with conformal prediction, which bounds the probability of "
            "disagreeing with the full model. We train exit heads for OPT-6.7B, Llama-2-13B and Mistral-7B on 2B "
            "tokens of SlimPajama. On CNN/DailyMail summarisation, Ripplestop with Llama-2-13B skips 46% of layer "
            "computations and attains a ROUGE-L of 29.7, against 30.1 for the full model and 27.2 for CALM at matched "
            "compute. On XSum and SQuAD the average speed-up is 1.9×, and on AlpacaEval 2.0 the win rate against the "
            "full model stays at 49.1%. Compared with LayerSkip, Ripplestop is faster on 7 of 9 task-model pairs. The "
            "disagreement bound held on every held-out task at a target rate of 5%."
        ),
        "spans": [
            ("Ripplestop", "M"), ("LLMs", "M"), ("Early-exit inference", "M"), ("accuracy", "X"),
            ("conformal prediction", "M"), ("OPT-6.7B", "M"), ("Llama-2-13B", "M"), ("Mistral-7B", "M"),
            ("SlimPajama", "D"), ("CNN/DailyMail", "D"), ("summarisation", "T"), ("ROUGE-L", "X"),
            ("CALM", "M"), ("XSum", "D"), ("SQuAD", "D"), ("speed-up", "X"), ("AlpacaEval 2.0", "D"),
            ("win rate", "X"), ("LayerSkip", "M"),
            ("average speed-up", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("skips 46% of layer computations", "computation reduction", 46, "%", "CNN/DailyMail", "Ripplestop"),
            ("ROUGE-L of 29.7", "ROUGE-L", 29.7, None, "CNN/DailyMail", "Ripplestop"),
            ("30.1", "ROUGE-L", 30.1, None, "CNN/DailyMail", None),
            ("27.2", "ROUGE-L", 27.2, None, "CNN/DailyMail", "CALM"),
            ("average speed-up is 1.9×", "speed-up", 1.9, "×", None, None),
            ("win rate against the full model stays at 49.1%", "win rate", 49.1, "%", "AlpacaEval 2.0", None),
            ("faster on 7 of 9 task-model pairs", "task-model pairs won", 7, None, None, "Ripplestop"),
        ],
    },
    {
        "field": "efficient-llm-inference",
        "title": "Tessellate-Q: Outlier-Free W4A4 Inference via Learned Lattice Rotations",
        "text": (
            "Quantizing both weights and activations of large language models to 4 bits promises roughly doubled "
            "throughput on modern tensor cores, but activation outliers make naive W4A4 post-training quantization "
            "collapse. Rotation-based methods such as QuaRot and SpinQuant remove outliers with Hadamard or learned "
            "orthogonal transforms, yet still leave a noticeable perplexity gap on smaller models. We present "
            "Tessellate-Q, which replaces a single global rotation with block-wise rotations drawn from a learned "
            "lattice codebook and absorbs them into adjacent linear layers, so inference adds no extra matrix "
            "multiplications. Rotations are fitted in 25 minutes per 7B model on 128 WikiText-2 calibration "
            "sequences. With W4A4KV4 on Llama-3-8B, Tessellate-Q reaches a WikiText-2 perplexity of 7.41, compared "
            "with 7.98 for SpinQuant and 8.37 for QuaRot (FP16: 6.14). Tessellate-Q attains 68.2% average zero-shot "
            "accuracy over six commonsense tasks (PIQA, ARC-e, ARC-c, HellaSwag, WinoGrande, LAMBADA), within 2.1 "
            "points of FP16. On Llama-3-70B the perplexity gap shrinks to 0.38. Our kernels achieve a 2.7× prefill "
            "speed-up and a 3.1× lower memory footprint than FP16 on an RTX 4090, and a decoding throughput of 1,840 "
            "tokens/s at batch size 64 on an H100. Tessellate-Q outperforms all rotation-based baselines on 11 of 12 "
            "model-task combinations."
        ),
        "spans": [
            ("Tessellate-Q", "M"), ("large language models", "M"), ("post-training quantization", "M"),
            ("QuaRot", "M"), ("SpinQuant", "M"), ("perplexity", "X"), ("WikiText-2", "D"), ("Llama-3-8B", "M"),
            ("average zero-shot accuracy", "X"), ("PIQA", "D"), ("ARC-e", "D"), ("ARC-c", "D"),
            ("HellaSwag", "D"), ("WinoGrande", "D"), ("LAMBADA", "D"), ("Llama-3-70B", "M"),
            ("prefill speed-up", "X"), ("memory footprint", "X"), ("decoding throughput", "X"),
            ("throughput", "X"),
        ],
        "results": [
            ("Rotations are fitted in 25 minutes", "fitting time", 25, "min", "WikiText-2", None),
            ("WikiText-2 perplexity of 7.41", "perplexity", 7.41, None, "WikiText-2", "Tessellate-Q"),
            ("7.98", "perplexity", 7.98, None, "WikiText-2", "SpinQuant"),
            ("8.37", "perplexity", 8.37, None, "WikiText-2", "QuaRot"),
            ("6.14", "perplexity", 6.14, None, "WikiText-2", None),
            ("68.2% average zero-shot accuracy", "average zero-shot accuracy", 68.2, "%", None, "Tessellate-Q"),
            ("within 2.1 points", "average zero-shot accuracy", 2.1, "points", None, "Tessellate-Q"),
            ("perplexity gap shrinks to 0.38", "perplexity gap", 0.38, None, None, "Llama-3-70B"),
            ("2.7× prefill speed-up", "prefill speed-up", 2.7, "×", None, None),
            ("3.1× lower memory footprint", "memory footprint reduction", 3.1, "×", None, None),
            ("decoding throughput of 1,840 tokens/s", "decoding throughput", 1840, "tokens/s", None, None),
            ("on 11 of 12 model-task combinations", "model-task combinations won", 11, None, None, "Tessellate-Q"),
        ],
    },
    # ------------------------------------------------------------ distillation
    {
        "field": "distillation",
        "title": "Cinderwick: Relational Logit Distillation from Vision Foundation Models to Compact CNNs",
        "text": (
            "Knowledge distillation from large vision transformers into small convolutional networks is hampered by "
            "the architecture gap: students imitate the teacher's logits but cannot reproduce its relational "
            "structure. We introduce Cinderwick, a distillation objective that matches the pairwise similarity of "
            "class-probability vectors within a mini-batch instead of per-sample logits, combined with a curriculum "
            "that anneals the temperature from 8 to 1. Cinderwick requires no feature adapters and adds under 3% to "
            "training time. With a DINOv2-L teacher, a ResNet-18 student trained for 100 epochs on ImageNet-1K "
            "reaches 73.9% top-1 accuracy, an improvement of 4.1 points over training from scratch and 1.3 points "
            "over DKD. MobileNetV2 and EfficientNet-B0 students improve to 72.6% and 78.4%, respectively. On "
            "CIFAR-100, Cinderwick improves on DIST in 11 of 13 teacher-student pairs, including heterogeneous pairs "
            "where DIST often underperforms vanilla KD. Transferred to object detection, a distilled ResNet-50 "
            "backbone with Faster R-CNN gains 1.8 AP on COCO. Ablations show that the relational term accounts for "
            "roughly two-thirds of the gain, and that the temperature curriculum matters most for the smallest "
            "students."
        ),
        "spans": [
            ("Cinderwick", "M"), ("Distillation", "M"), ("Vision Foundation Models", "M"), ("CNNs", "M"),
            ("Knowledge distillation", "M"), ("vision transformers", "M"), ("convolutional networks", "M"),
            ("distillation", "M"), ("training time", "X"), ("DINOv2-L", "M"), ("ResNet-18", "M"),
            ("ImageNet-1K", "D"), ("top-1 accuracy", "X"), ("DKD", "M"), ("MobileNetV2", "M"),
            ("EfficientNet-B0", "M"), ("CIFAR-100", "D"), ("DIST", "M"), ("KD", "M"), ("object detection", "T"),
            ("ResNet-50", "M"), ("Faster R-CNN", "M"), ("AP", "X"), ("COCO", "D"),
        ],
        "results": [
            ("under 3% to training time", "training time", 3, "%", None, "Cinderwick"),
            ("73.9% top-1 accuracy", "top-1 accuracy", 73.9, "%", "ImageNet-1K", "ResNet-18"),
            ("improvement of 4.1 points", "top-1 accuracy", 4.1, "points", "ImageNet-1K", "ResNet-18"),
            ("1.3 points over DKD", "top-1 accuracy", 1.3, "points", "ImageNet-1K", "ResNet-18"),
            ("72.6%", "top-1 accuracy", 72.6, "%", None, "MobileNetV2"),
            ("78.4%", "top-1 accuracy", 78.4, "%", None, "EfficientNet-B0"),
            ("in 11 of 13 teacher-student pairs", "teacher-student pairs improved", 11, None, "CIFAR-100",
             "Cinderwick"),
            ("gains 1.8 AP", "AP", 1.8, None, "COCO", "Faster R-CNN"),
        ],
    },
    {
        "field": "distillation",
        "title": "Fernhollow: On-Policy Distillation of Reasoning Traces into Sub-2B Language Models",
        "text": (
            "Distilling the reasoning ability of large language models into small ones usually means supervised "
            "fine-tuning on teacher-written chains of thought, which suffers from exposure bias once the student "
            "drifts from the teacher's distribution. Fernhollow interleaves student-generated rollouts with "
            "token-level teacher feedback, minimising a skew reverse KL divergence only on positions where the "
            "teacher's confidence exceeds a learned threshold. We distil Qwen2.5-32B-Instruct into Qwen2.5-1.5B and "
            "Llama-3.2-1B students using 200K prompts from MetaMathQA and OpenHermes, with a budget of 3 epochs. On "
            "GSM8K the Fernhollow 1.5B student reaches 79.8% accuracy, up from 73.5% with standard supervised "
            "fine-tuning and ahead of MiniLLM (75.9%) and GKD (77.2%). On MATH the gain over supervised fine-tuning is "
            "+6.4 points. Across the seven benchmarks we evaluate, including BBH, ARC-Challenge and MMLU, Fernhollow "
            "is best on 6 of 7, while needing 38% fewer teacher forward passes than GKD because confident positions "
            "are skipped. The Llama-3.2-1B student improves by 4.9 points on average. Students trained with "
            "Fernhollow also keep their instruction-following quality, with an AlpacaEval 2.0 length-controlled win "
            "rate of 14.3% versus 12.8% for the supervised baseline."
        ),
        "spans": [
            ("Fernhollow", "M"), ("Distillation", "M"), ("Language Models", "M"), ("large language models", "M"),
            ("supervised fine-tuning", "M"), ("skew reverse KL divergence", "M"), ("Qwen2.5-32B-Instruct", "M"),
            ("Qwen2.5-1.5B", "M"), ("Llama-3.2-1B", "M"), ("MetaMathQA", "D"), ("OpenHermes", "D"),
            ("GSM8K", "D"), ("accuracy", "X"), ("MiniLLM", "M"), ("GKD", "M"), ("MATH", "D"), ("BBH", "D"),
            ("ARC-Challenge", "D"), ("MMLU", "D"), ("instruction-following", "T"), ("AlpacaEval 2.0", "D"),
            ("length-controlled win rate", "X"),
        ],
        "results": [
            ("79.8% accuracy", "accuracy", 79.8, "%", "GSM8K", "Fernhollow"),
            ("73.5%", "accuracy", 73.5, "%", "GSM8K", "supervised fine-tuning"),
            ("75.9%", "accuracy", 75.9, "%", "GSM8K", "MiniLLM"),
            ("77.2%", "accuracy", 77.2, "%", "GSM8K", "GKD"),
            ("+6.4 points", "improvement", 6.4, "points", "MATH", None),
            ("best on 6 of 7", "ranked first", 6, None, None, "Fernhollow"),
            ("38% fewer teacher forward passes", "teacher forward pass reduction", 38, "%", None, "Fernhollow"),
            ("improves by 4.9 points", "improvement", 4.9, "points", None, "Llama-3.2-1B"),
            ("length-controlled win rate of 14.3%", "length-controlled win rate", 14.3, "%", "AlpacaEval 2.0",
             "Fernhollow"),
            ("12.8%", "length-controlled win rate", 12.8, "%", "AlpacaEval 2.0", None),
        ],
    },
    {
        "field": "distillation",
        "title": "Corvolet: Distilling Whisper into Fast Speech Recognizers with Layer Pruning and Pseudo-Label Filtering",
        "text": (
            "Distilled variants of Whisper such as Distil-Whisper shrink the decoder but keep the full 32-layer "
            "encoder, leaving encoder compute as the bottleneck for on-premise speech recognition. We present "
            "Corvolet, a two-stage recipe that first prunes encoder layers using an importance score computed from "
            "CTC probing, then performs sequence-level knowledge distillation from Whisper large-v3 on 22,000 hours "
            "of pseudo-labelled audio. Pseudo-labels whose word error rate against a second teacher exceeds 10% are "
            "filtered out, which removes about one in eight utterances. The resulting Corvolet-S has 166M parameters, "
            "9.3 times fewer than the teacher, and runs 6.1 times faster on an A10 GPU. Averaged over LibriSpeech "
            "test-clean, test-other, TED-LIUM 3 and Common Voice 16, Corvolet-S reaches a WER of 7.9%, while "
            "Distil-Whisper large-v3 and the teacher reach 8.1% and 7.4%. On long-form audio from Earnings-22, "
            "Corvolet-S hallucinates less, lowering WER from 13.6% with Distil-Whisper to 11.9%. Filtering matters: "
            "without it, WER on LibriSpeech test-other rises by 0.8 points. We further find that layer pruning "
            "before distillation converges faster than distilling a randomly initialised shallow encoder. Models, "
            "code and the filtered pseudo-labels will be made public."
        ),
        "spans": [
            ("Corvolet", "M"), ("Corvolet-S", "M"), ("Whisper", "M"), ("Distil-Whisper", "M"),
            ("Distil-Whisper large-v3", "M"), ("Whisper large-v3", "M"), ("speech recognition", "T"),
            ("CTC", "M"), ("sequence-level knowledge distillation", "M"), ("word error rate", "X"), ("WER", "X"),
            ("LibriSpeech test-clean", "D"), ("test-other", "D"), ("LibriSpeech test-other", "D"),
            ("TED-LIUM 3", "D"), ("Common Voice 16", "D"), ("Earnings-22", "D"),
            ("Layer Pruning", "M"), ("layer pruning", "M"), ("distillation", "M"),
        ],
        "results": [
            ("9.3 times fewer", "parameter reduction", 9.3, "×", None, "Corvolet-S"),
            ("runs 6.1 times faster", "speed-up", 6.1, "×", None, "Corvolet-S"),
            ("WER of 7.9%", "WER", 7.9, "%", None, "Corvolet-S"),
            ("8.1%", "WER", 8.1, "%", None, "Distil-Whisper large-v3"),
            ("7.4%", "WER", 7.4, "%", None, None),
            ("13.6%", "WER", 13.6, "%", "Earnings-22", "Distil-Whisper"),
            ("WER from 13.6% with Distil-Whisper to 11.9%", "WER", 11.9, "%", "Earnings-22", "Corvolet-S"),
            ("WER on LibriSpeech test-other rises by 0.8 points", "WER", 0.8, "points", "LibriSpeech test-other",
             None),
        ],
    },
    {
        "field": "distillation",
        "title": "Mothgrain: Trajectory-Free Dataset Distillation with Frozen Latent Diffusion Priors",
        "text": (
            "Dataset distillation compresses a large training set into a handful of synthetic images per class such "
            "that models trained on them approach full-data accuracy. Trajectory-matching methods like MTT and DATM "
            "achieve strong results but require storing hundreds of expert trajectories and unrolling inner loops, "
            "which makes them impractical beyond 64×64 resolution. Mothgrain instead optimises the latent codes of a "
            "frozen latent diffusion model so that the decoded images match the class-conditional feature statistics "
            "of a pretrained ResNet-18, and assigns each synthetic image a soft label from an ensemble of three "
            "teachers. Distilling ImageNet-1K at 10 images per class (IPC) takes 5.2 GPU-hours on one H100, over 40 "
            "times less than the closest trajectory-based competitor. A ResNet-18 trained on the Mothgrain set "
            "achieves 58.7% top-1 accuracy on ImageNet-1K at IPC 50, surpassing SRe2L by 12.3 points and RDED by 2.9 "
            "points. At IPC 10 we obtain 44.1%. On CIFAR-10 and CIFAR-100 with IPC 10, accuracies are 71.5% and "
            "52.8%, respectively, and on Tiny-ImageNet the method ranks first at every IPC setting. Cross-architecture "
            "evaluation with ViT-Tiny, MobileNetV2 and Swin-T students shows accuracy drops below 3 points, "
            "suggesting that the distilled data is not over-fitted to the feature extractor."
        ),
        "spans": [
            ("Mothgrain", "M"), ("Dataset Distillation", "M"), ("Dataset distillation", "M"),
            ("Latent Diffusion", "M", {"notext": True}),
            ("accuracy", "X"), ("accuracies", "X"), ("Trajectory-matching", "M"), ("MTT", "M"), ("DATM", "M"),
            ("latent diffusion model", "M"), ("ResNet-18", "M"), ("ImageNet-1K", "D"), ("top-1 accuracy", "X"),
            ("SRe2L", "M"), ("RDED", "M"), ("CIFAR-10", "D"), ("CIFAR-100", "D"), ("Tiny-ImageNet", "D"),
            ("ViT-Tiny", "M"), ("MobileNetV2", "M"), ("Swin-T", "M"),
        ],
        "results": [
            ("takes 5.2 GPU-hours", "distillation time", 5.2, "GPU-hours", "ImageNet-1K", None),
            ("over 40 times less", "distillation time reduction", 40, "×", "ImageNet-1K", None),
            ("58.7% top-1 accuracy", "top-1 accuracy", 58.7, "%", "ImageNet-1K", "Mothgrain"),
            ("surpassing SRe2L by 12.3 points", "top-1 accuracy", 12.3, "points", "ImageNet-1K", "Mothgrain"),
            ("2.9 points", "top-1 accuracy", 2.9, "points", "ImageNet-1K", "Mothgrain"),
            ("44.1%", "top-1 accuracy", 44.1, "%", None, None),
            ("accuracies are 71.5%", "accuracy", 71.5, "%", "CIFAR-10", None),
            ("52.8%", "accuracy", 52.8, "%", "CIFAR-100", None),
            ("accuracy drops below 3 points", "accuracy", 3, "points", None, None),
        ],
    },
    {
        "field": "distillation",
        "title": "Ossivane: Distilling CLIP into Mobile Image-Text Encoders with Multi-View Relational Targets",
        "text": (
            "Contrastive language-image pre-training yields strong zero-shot classifiers, but CLIP ViT-L/14 is too "
            "heavy for phones, and small image-text encoders trained from scratch lag far behind. We propose "
            "Ossivane, a knowledge distillation framework that transfers the teacher's image-text similarity "
            "structure to compact dual encoders. Beyond matching the student's contrastive logits to the teacher's, "
            "Ossivane aligns similarity matrices computed across multiple augmented views and re-captioned texts, so "
            "the student inherits the teacher's invariances rather than only its predictions. Training uses 400M "
            "image-text pairs from DataComp-1B, with captions rewritten by an off-the-shelf captioner. Our smallest "
            "student, Ossivane-T, has an image encoder with 11M parameters and a latency of 2.6 ms on an iPhone 15 "
            "Pro. Ossivane-T reaches 63.4% zero-shot top-1 accuracy on ImageNet-1K, compared with 59.6% for TinyCLIP "
            "and 61.2% for MobileCLIP-S0 at similar latency. Across the 38 datasets of the DataComp evaluation suite, "
            "Ossivane-T scores an average of 52.1, and zero-shot retrieval on Flickr30k reaches a Recall@1 of 71.8 "
            "for image-to-text. Larger students follow the same trend: Ossivane-B outperforms its TinyCLIP "
            "counterpart on 31 of the 38 datasets. Distillation adds 18% to the cost of an equivalent CLIP training "
            "run."
        ),
        "spans": [
            ("Ossivane", "M"), ("Ossivane-T", "M"), ("Ossivane-B", "M"), ("CLIP", "M"), ("CLIP ViT-L/14", "M"),
            ("Contrastive language-image pre-training", "M"), ("knowledge distillation", "M"),
            ("DataComp-1B", "D"), ("latency", "X"), ("zero-shot top-1 accuracy", "X"), ("ImageNet-1K", "D"),
            ("TinyCLIP", "M"), ("MobileCLIP-S0", "M"), ("DataComp", "D"), ("zero-shot retrieval", "T"),
            ("Flickr30k", "D"), ("Recall@1", "X"), ("image-to-text", "T"), ("Distillation", "M", {"notitle": True}),
        ],
        "results": [
            ("latency of 2.6 ms", "latency", 2.6, "ms", None, "Ossivane-T"),
            ("63.4% zero-shot top-1 accuracy", "zero-shot top-1 accuracy", 63.4, "%", "ImageNet-1K", "Ossivane-T"),
            ("59.6%", "zero-shot top-1 accuracy", 59.6, "%", "ImageNet-1K", "TinyCLIP"),
            ("61.2%", "zero-shot top-1 accuracy", 61.2, "%", "ImageNet-1K", "MobileCLIP-S0"),
            ("average of 52.1", "average score", 52.1, None, "DataComp", "Ossivane-T"),
            ("Recall@1 of 71.8", "Recall@1", 71.8, None, "Flickr30k", "Ossivane-T"),
            ("on 31 of the 38 datasets", "datasets won", 31, None, None, "Ossivane-B"),
            ("adds 18% to the cost", "training cost", 18, "%", None, None),
        ],
    },
]
