"""fresh8 records: llm-reasoning (6) and image-generation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Jorvane", "Jumbrel", "Jaskelt", "Jorbitra", "Jadderly", "Jiskary",
          "Jovetta", "Jupiko", "Jessamor", "JessaEdit-2M", "Jembrik", "Jindrel", "Jalvora"]

RECS = [
    # ------------------------------------------------------------ llm-reasoning
    {
        "field": "llm-reasoning",
        "title": "Jorvane: Variance-Aware Group Baselines for Reinforcement Learning with Verifiable Rewards",
        "text": (
            "Reinforcement learning with verifiable rewards (RLVR) has become the standard recipe for eliciting "
            "long reasoning traces from base models, with Group Relative Policy Optimization (GRPO) as its default "
            "optimizer. GRPO normalises each rollout's reward by the mean and standard deviation of its group, which "
            "silently down-weights prompts whose rollouts are almost all correct or almost all wrong and wastes a "
            "large share of the sampled tokens. We propose Jorvane, a drop-in replacement for the group baseline "
            "that shrinks per-prompt statistics toward a running estimate of prompt difficulty and reweights each "
            "update by the estimated variance of the advantage. Jorvane requires no value network and adds under 1% "
            "to step time. Starting from Qwen2.5-Math-7B and training on 12K problems from the DeepScaleR corpus, "
            "Jorvane reaches 43.1% avg@32 on AIME 2024 and 30.6% on AIME 2025, compared with 36.4% and 25.2% for "
            "GRPO and 39.8% and 27.9% for DAPO, respectively. On MATH-500 the pass@1 rises from 80.2 to 84.7. "
            "Averaged over six benchmarks (AIME 2024, AIME 2025, AMC 2023, MATH-500, Minerva Math and "
            "OlympiadBench), Jorvane improves over Dr. GRPO by 3.2 points while needing 1.6\u00d7 fewer training "
            "steps to reach GRPO's final score. The gains carry over to DeepSeek-R1-Distill-Qwen-1.5B, whose AIME "
            "2024 accuracy improves from 28.9% to 35.5% after 800 steps."
        ),
        "spans": [
            ("Jorvane", "M"), ("Reinforcement Learning with Verifiable Rewards", "M"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"),
            ("Group Relative Policy Optimization", "M"), ("GRPO", "M"), ("step time", "X"),
            ("Qwen2.5-Math-7B", "M"), ("DeepScaleR", "D"), ("avg@32", "X"), ("AIME 2024", "D"),
            ("AIME 2025", "D"), ("DAPO", "M"), ("MATH-500", "D"), ("pass@1", "X"), ("AMC 2023", "D"),
            ("Minerva Math", "D"), ("OlympiadBench", "D"), ("Dr. GRPO", "M"), ("training steps", "X"),
            ("DeepSeek-R1-Distill-Qwen-1.5B", "M"), ("accuracy", "X"),
        ],
        "results": [
            ("adds under 1% to step time", "step time", 1, "%", None, "Jorvane"),
            ("43.1% avg@32 on AIME 2024", "avg@32", 43.1, "%", "AIME 2024", "Jorvane"),
            ("30.6% on AIME 2025", "avg@32", 30.6, "%", "AIME 2025", "Jorvane"),
            ("36.4%", "avg@32", 36.4, "%", "AIME 2024", "GRPO"),
            ("25.2%", "avg@32", 25.2, "%", "AIME 2025", "GRPO"),
            ("39.8%", "avg@32", 39.8, "%", "AIME 2024", "DAPO"),
            ("27.9%", "avg@32", 27.9, "%", "AIME 2025", "DAPO"),
            ("pass@1 rises from 80.2 to 84.7", "pass@1", 84.7, None, "MATH-500", None),
            ("improves over Dr. GRPO by 3.2 points", "improvement", 3.2, "points", None, "Jorvane"),
            ("1.6\u00d7 fewer training steps", "training steps reduction", 1.6, "\u00d7", None, "Jorvane"),
            ("accuracy improves from 28.9% to 35.5%", "accuracy", 35.5, "%", "AIME 2024",
             "DeepSeek-R1-Distill-Qwen-1.5B"),
        ],
    },
    {
        "field": "llm-reasoning",
        "title": "Knowing When to Stop: Verifier-Guided Early Exit for Test-Time Scaling of Math Reasoning",
        "text": (
            "Test-time scaling improves the mathematical reasoning of large language models (LLMs) by sampling many "
            "solutions and aggregating them with self-consistency or a process reward model (PRM), but the compute "
            "spent per question is fixed in advance and is largely wasted on easy problems. We introduce Jumbrel, a "
            "stopping rule that monitors the agreement between partial solutions and the PRM's step scores and "
            "halts sampling once the posterior probability that the current majority answer is correct exceeds a "
            "threshold. Jumbrel treats each question as a sequential test, needs no additional training, and works "
            "with both Best-of-N and beam search. With Qwen2.5-7B-Instruct as the policy and Qwen2.5-Math-PRM-7B as "
            "the verifier, Jumbrel matches the accuracy of Best-of-64 on MATH-500 (78.4 vs. 78.6) while generating "
            "3.1\u00d7 fewer tokens. On GSM8K, where most questions are easy, the average number of samples drops "
            "from 64 to 9.7, an 85% reduction in generated tokens, with accuracy unchanged at 93.2%. On AIME 2024 "
            "the token savings are smaller (1.4\u00d7), because hard problems rarely reach a confident majority. "
            "Compared with Adaptive-Consistency at the same sampling budget, Jumbrel is 2.8 points more accurate on "
            "MATH-500 and 1.1 points on GSM8K. The rule also transfers to Llama-3.1-8B-Instruct without retuning "
            "the threshold, saving 62% of FLOPs on MATH-500."
        ),
        "spans": [
            ("Early Exit", "M"), ("Test-Time Scaling", "M"), ("Math Reasoning", "T"), ("Test-time scaling", "M"),
            ("mathematical reasoning", "T"), ("large language models", "M"), ("LLMs", "M"),
            ("self-consistency", "M"), ("process reward model", "M"), ("PRM", "M"), ("Jumbrel", "M"),
            ("Best-of-N", "M"), ("beam search", "M"), ("Qwen2.5-7B-Instruct", "M"), ("Qwen2.5-Math-PRM-7B", "M"),
            ("accuracy", "X"), ("Best-of-64", "M"), ("MATH-500", "D"), ("GSM8K", "D"),
            ("average number of samples", "X"), ("AIME 2024", "D"), ("Adaptive-Consistency", "M"),
            ("Llama-3.1-8B-Instruct", "M"), ("FLOPs", "X"),
        ],
        "results": [
            ("78.4", "accuracy", 78.4, None, "MATH-500", "Jumbrel"),
            ("78.6", "accuracy", 78.6, None, "MATH-500", "Best-of-64"),
            ("3.1\u00d7 fewer tokens", "token reduction", 3.1, "\u00d7", "MATH-500", "Jumbrel"),
            ("average number of samples drops from 64 to 9.7", "average number of samples", 9.7, None, "GSM8K",
             None),
            ("85% reduction in generated tokens", "generated token reduction", 85, "%", "GSM8K", None),
            ("accuracy unchanged at 93.2%", "accuracy", 93.2, "%", "GSM8K", None),
            ("token savings are smaller (1.4\u00d7)", "token reduction", 1.4, "\u00d7", "AIME 2024", None),
            ("2.8 points more accurate on MATH-500", "accuracy", 2.8, "points", "MATH-500", "Jumbrel"),
            ("1.1 points on GSM8K", "accuracy", 1.1, "points", "GSM8K", "Jumbrel"),
            ("saving 62% of FLOPs", "FLOPs reduction", 62, "%", "MATH-500", "Llama-3.1-8B-Instruct"),
        ],
    },
    {
        "field": "llm-reasoning",
        "title": "Jaskelt: Learning to Reason About Code from Execution Feedback and Self-Generated Unit Tests",
        "text": (
            "Reinforcement learning for code generation is bottlenecked by reward quality: public problem sets ship "
            "with few unit tests, so policies learn to pass weak checks rather than to write correct programs. We "
            "present Jaskelt, a training pipeline in which the policy alternates between writing solutions and "
            "writing adversarial tests, and each solution is rewarded only if it passes a test suite filtered by "
            "agreement with reference solutions. Because tests are generated on the fly, the reward becomes harder "
            "as the policy improves. Jaskelt is trained with GRPO from Qwen2.5-Coder-7B-Instruct on 24K problems "
            "drawn from TACO and CodeContests. On LiveCodeBench (v5, problems released between August 2024 and "
            "February 2025), Jaskelt-7B reaches a pass@1 of 37.9%, up from 18.2% for the base model and above "
            "DeepSeek-R1-Distill-Qwen-7B (33.4%). On Codeforces, its estimated Elo rating is 1,412, placing it "
            "above 81% of human participants. On HumanEval+ and MBPP+ the scores are 86.0 and 72.5, respectively. "
            "Replacing our tests with the original ones reduces LiveCodeBench pass@1 by 6.8 points, and the "
            "original tests show a false-positive rate of 41% on the solutions they accept, which suggests that "
            "current code RL rewards many incorrect programs. Training takes 3.5 days on 32 H100 GPUs, and the "
            "test generator can be reused to harden existing benchmarks."
        ),
        "spans": [
            ("Jaskelt", "M"), ("Jaskelt-7B", "M"), ("Reinforcement learning", "M"), ("code generation", "T"),
            ("GRPO", "M"), ("Qwen2.5-Coder-7B-Instruct", "M"), ("TACO", "D"), ("CodeContests", "D"),
            ("LiveCodeBench", "D"), ("pass@1", "X"), ("DeepSeek-R1-Distill-Qwen-7B", "M"), ("Codeforces", "D"),
            ("Elo rating", "X"), ("HumanEval+", "D", {"punct": True}), ("MBPP+", "D", {"punct": True}),
            ("false-positive rate", "X"), ("RL", "M"),
        ],
        "results": [
            ("pass@1 of 37.9%", "pass@1", 37.9, "%", "LiveCodeBench", "Jaskelt-7B"),
            ("18.2%", "pass@1", 18.2, "%", "LiveCodeBench", None),
            ("33.4%", "pass@1", 33.4, "%", "LiveCodeBench", "DeepSeek-R1-Distill-Qwen-7B"),
            ("Elo rating is 1,412", "Elo rating", 1412, None, "Codeforces", None),
            ("above 81% of human participants", "win rate", 81, "%", "Codeforces", None),
            ("86.0", "score", 86.0, None, "HumanEval+", None),
            ("72.5", "score", 72.5, None, "MBPP+", None),
            ("reduces LiveCodeBench pass@1 by 6.8 points", "pass@1", 6.8, "points", "LiveCodeBench", None),
            ("false-positive rate of 41%", "false-positive rate", 41, "%", None, None),
            ("Training takes 3.5 days", "training time", 3.5, "days", None, None),
        ],
    },
    {
        "field": "llm-reasoning",
        "title": "Jorbitra: Perturbed Olympiad Problems for Probing Memorization in Large Reasoning Models",
        "text": (
            "Large reasoning models (LRMs) such as o3-mini and DeepSeek-R1 now saturate AIME-style benchmarks, but "
            "it is unclear how much of this reflects transferable problem solving rather than exposure to "
            "near-duplicate problems during training. We introduce Jorbitra, a benchmark of 1,208 competition "
            "problems drawn from national olympiads, each paired with three perturbed variants that preserve the "
            "solution method but change constants, constraints or the quantity asked for. Variants are written by "
            "former medallists and verified by a second solver, and every final answer is an integer or a "
            "closed-form expression that can be checked automatically. We evaluate 19 open and proprietary models "
            "under a common protocol with temperature 0.6 and 16 samples per problem, reporting pass@1 on original "
            "and perturbed versions. Every model loses accuracy on the variants, and the loss is largest for "
            "distilled models: DeepSeek-R1-Distill-Qwen-32B drops by 14.7 points, while o3-mini drops by 4.1. "
            "Gemini 2.5 Pro is the strongest model overall. Error analysis shows that many failures on variants "
            "reproduce the answer of the original problem, a pattern we term answer anchoring, and that longer "
            "reasoning traces do not reduce it. We release Jorbitra with a held-out split to limit future "
            "contamination."
        ),
        "spans": [
            ("Jorbitra", "D"), ("Large Reasoning Models", "M"), ("Large reasoning models", "M"), ("LRMs", "M"),
            ("o3-mini", "M"), ("DeepSeek-R1", "M"), ("AIME", "D"), ("pass@1", "X"), ("accuracy", "X"),
            ("DeepSeek-R1-Distill-Qwen-32B", "M"), ("Gemini 2.5 Pro", "M"),
        ],
        "results": [
            ("DeepSeek-R1-Distill-Qwen-32B drops by 14.7 points", "accuracy", 14.7, "points", None,
             "DeepSeek-R1-Distill-Qwen-32B"),
            ("o3-mini drops by 4.1", "accuracy", 4.1, None, None, "o3-mini"),
        ],
    },
    {
        "field": "llm-reasoning",
        "title": "Jadderly: Difficulty-Calibrated Length Rewards Against Overthinking",
        "text": (
            "Long chain-of-thought (CoT) models spend thousands of tokens re-verifying answers they already have, a "
            "behaviour known as overthinking. Length penalties applied during reinforcement learning shorten "
            "responses but tend to hurt accuracy on hard problems, because they penalise all problems alike. "
            "Jadderly calibrates the length reward to each problem's empirical difficulty: the target length is "
            "the shortest correct rollout in the group, and the penalty is scaled by the group's pass rate, so easy "
            "problems are pushed to be concise while hard ones keep their budget. We fine-tune "
            "DeepSeek-R1-Distill-Qwen-7B and QwQ-32B with Jadderly for 400 steps. On the 7B model, average response "
            "length across GSM8K, MATH-500, AIME 2024 and GPQA Diamond falls by 46%, while average accuracy stays "
            "within 0.4 points of the original model (61.3 vs. 61.7). On GSM8K alone the response is 4.2\u00d7 "
            "shorter (2,870 \u2192 683 tokens). By contrast, the L1-Max and O1-Pruner baselines reduce length by "
            "38% and 31% but lose 3.5 and 2.2 points of average accuracy. On QwQ-32B, Jadderly cuts the AIME 2024 "
            "response length from 13.9K to 9.1K tokens with an accuracy of 78.5%, against 79.2% for the original "
            "model. Wall-clock inference latency on a single H100 with vLLM falls by 41% on average."
        ),
        "spans": [
            ("Jadderly", "M"), ("chain-of-thought", "M"), ("CoT", "M"), ("reinforcement learning", "M"),
            ("accuracy", "X"), ("DeepSeek-R1-Distill-Qwen-7B", "M"), ("QwQ-32B", "M"),
            ("average response length", "X"), ("response length", "X"), ("GSM8K", "D"), ("MATH-500", "D"),
            ("AIME 2024", "D"), ("GPQA Diamond", "D"), ("average accuracy", "X"), ("L1-Max", "M"),
            ("O1-Pruner", "M"), ("Wall-clock inference latency", "X"),
        ],
        "results": [
            ("average response length across GSM8K, MATH-500, AIME 2024 and GPQA Diamond falls by 46%",
             "average response length reduction", 46, "%", None, None),
            ("average accuracy stays within 0.4 points", "average accuracy", 0.4, "points", None, None),
            ("61.3", "average accuracy", 61.3, None, None, None),
            ("61.7", "average accuracy", 61.7, None, None, None),
            ("response is 4.2\u00d7 shorter", "response length reduction", 4.2, "\u00d7", "GSM8K", None),
            ("683 tokens", "response length", 683, "tokens", "GSM8K", None),
            ("reduce length by 38%", "length reduction", 38, "%", None, "L1-Max"),
            ("31%", "length reduction", 31, "%", None, "O1-Pruner"),
            ("3.5", "average accuracy", 3.5, "points", None, "L1-Max"),
            ("2.2 points of average accuracy", "average accuracy", 2.2, "points", None, "O1-Pruner"),
            ("response length from 13.9K to 9.1K tokens", "response length", 9.1, "K tokens", "AIME 2024",
             "Jadderly"),
            ("accuracy of 78.5%", "accuracy", 78.5, "%", "AIME 2024", "Jadderly"),
            ("79.2%", "accuracy", 79.2, "%", "AIME 2024", "QwQ-32B"),
            ("Wall-clock inference latency on a single H100 with vLLM falls by 41%",
             "wall-clock inference latency reduction", 41, "%", None, None),
        ],
    },
    {
        "field": "llm-reasoning",
        "title": "What Does RL Actually Change? Tracing Reasoning Strategies Through Reinforcement Learning with Verifiable Rewards",
        "text": (
            "Reinforcement learning with verifiable rewards (RLVR) has produced large gains on mathematical "
            "benchmarks, yet it remains debated whether it teaches models new reasoning strategies or merely "
            "sharpens their output distribution toward strategies the base model already samples. We study this "
            "question with Jiskary, a tracing procedure that clusters solutions by the sequence of lemmas and "
            "algebraic moves they use and follows every cluster from the base model through training. We apply "
            "Jiskary to Qwen2.5-Math-7B and Llama-3.1-8B trained with GRPO and PPO on the MATH training split, and "
            "evaluate on MATH-500, AIME 2024 and OlympiadBench, relating pass@k curves for k up to 1024 to the "
            "strategy clusters behind them. Three findings emerge. First, RLVR raises pass@1 but leaves pass@k at "
            "large k nearly unchanged, and on several benchmarks the base model overtakes the trained model when "
            "many samples are drawn. Second, almost every strategy used after training already appears in "
            "base-model samples; what RL changes is how often a strategy is chosen, not whether it exists. Third, "
            "the rare strategies that do emerge appear when the training data include self-reflection "
            "demonstrations or when traces of a stronger teacher are distilled, suggesting that distillation, "
            "unlike RL, can import new behaviour. We argue that claims of emergent reasoning should be backed by "
            "lineage analyses of this kind, and we release the clusters and the tracing code."
        ),
        "spans": [
            ("RL", "M"), ("Reinforcement Learning with Verifiable Rewards", "M"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"), ("Jiskary", "M"),
            ("Qwen2.5-Math-7B", "M"), ("Llama-3.1-8B", "M"), ("GRPO", "M"), ("PPO", "M"), ("MATH", "D"),
            ("MATH-500", "D"), ("AIME 2024", "D"), ("OlympiadBench", "D"), ("pass@k", "X"), ("pass@1", "X"),
            ("distillation", "M"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ image-generation
    {
        "field": "image-generation",
        "title": "Jovetta: One-Step Text-to-Image Generation by Distribution Matching with a Frozen Vision-Language Critic",
        "text": (
            "Diffusion models produce high-fidelity images for text-to-image generation but require tens of "
            "denoising steps at inference. Distillation methods such as Distribution Matching Distillation (DMD2), "
            "adversarial diffusion distillation in SDXL-Turbo and latent consistency models (LCMs) reduce this to "
            "one to four steps, yet one-step students still trail their teachers in prompt alignment. We propose "
            "Jovetta, which distills Stable Diffusion XL (SDXL) into a one-step generator by combining distribution "
            "matching with gradients from a frozen vision-language critic that scores image\u2013text agreement, "
            "avoiding the instability of a jointly trained discriminator. On the COCO 2014 validation set (30K "
            "prompts), Jovetta achieves a zero-shot FID of 17.8 at 1024\u00d71024 resolution, against 19.3 for "
            "DMD2 and 24.6 for SDXL-Turbo, while the 50-step SDXL teacher scores 19.9. Its CLIP score is 0.336 "
            "(DMD2: 0.322). On GenEval, Jovetta raises the overall score from 0.55 for SDXL to 0.61. In a user "
            "study with 1,200 votes, raters preferred Jovetta over DMD2 in 64% of pairwise comparisons. Generation "
            "takes 92 ms per image on an A100, a 28\u00d7 speed-up over the teacher with classifier-free guidance. "
            "A four-step variant further lowers FID to 16.2."
        ),
        "spans": [
            ("Jovetta", "M"), ("Text-to-Image Generation", "T"), ("Distribution Matching", "M"),
            ("Diffusion models", "M"), ("text-to-image generation", "T"), ("Distillation", "M"),
            ("Distribution Matching Distillation", "M"), ("DMD2", "M"), ("adversarial diffusion distillation", "M"),
            ("SDXL-Turbo", "M"), ("latent consistency models", "M"), ("LCMs", "M"), ("Stable Diffusion XL", "M"),
            ("SDXL", "M"), ("distribution matching", "M"), ("COCO 2014", "D"), ("zero-shot FID", "X"),
            ("CLIP score", "X"), ("GenEval", "D"), ("overall score", "X"), ("speed-up", "X"),
            ("classifier-free guidance", "M"), ("FID", "X"),
        ],
        "results": [
            ("zero-shot FID of 17.8", "zero-shot FID", 17.8, None, "COCO 2014", "Jovetta"),
            ("19.3", "zero-shot FID", 19.3, None, "COCO 2014", "DMD2"),
            ("24.6", "zero-shot FID", 24.6, None, "COCO 2014", "SDXL-Turbo"),
            ("19.9", "zero-shot FID", 19.9, None, "COCO 2014", "SDXL"),
            ("CLIP score is 0.336", "CLIP score", 0.336, None, None, None),
            ("0.322", "CLIP score", 0.322, None, None, "DMD2"),
            ("overall score from 0.55", "overall score", 0.55, None, "GenEval", "SDXL"),
            ("0.61", "overall score", 0.61, None, "GenEval", "Jovetta"),
            ("preferred Jovetta over DMD2 in 64% of pairwise comparisons", "win rate", 64, "%", None, "Jovetta"),
            ("Generation takes 92 ms", "generation time", 92, "ms", None, None),
            ("28\u00d7 speed-up", "speed-up", 28, "\u00d7", None, None),
            ("lowers FID to 16.2", "FID", 16.2, None, None, None),
        ],
    },
    {
        "field": "image-generation",
        "title": "Jupiko: Scale-Wise Flow Heads for Continuous-Token Image Generation",
        "text": (
            "Autoregressive models for image generation usually rely on vector quantization (VQ), which caps "
            "reconstruction quality at that of the codebook, while diffusion transformers such as DiT and SiT "
            "dominate class-conditional benchmarks. Jupiko closes this gap with continuous tokens: a causal "
            "Transformer predicts an image scale by scale, as in visual autoregressive modeling (VAR), but each "
            "scale is sampled by a lightweight flow-matching head instead of a categorical softmax. Because the "
            "head needs only 8 integration steps, sampling cost stays close to that of VAR. On class-conditional "
            "ImageNet 256\u00d7256, Jupiko-XL (1.1B parameters) reaches an FID of 1.62 and an Inception Score (IS) "
            "of 301.4, compared with 1.92/323.1 for VAR-d30 and 2.18/263.3 for LlamaGen-3B. Precision and recall "
            "are 0.81 and 0.62, respectively. At equal parameter count, Jupiko-L improves FID from 2.57 for MAR-L "
            "to 1.98 while generating a batch of 64 images 4.6\u00d7 faster. On ImageNet 512\u00d7512 the FID is "
            "2.31. For text-to-image generation, a 2.3B variant trained on 160M licensed image\u2013text pairs "
            "scores 0.73 on GenEval and 83.9 on DPG-Bench, surpassing FLUX.1-dev on GenEval (0.66) and matching it "
            "on DPG-Bench (83.8). Throughput reaches 5.1 images per second on a single H100 at 256\u00d7256 "
            "resolution."
        ),
        "spans": [
            ("Jupiko", "M"), ("Jupiko-XL", "M"), ("Jupiko-L", "M"), ("Image Generation", "T"),
            ("Autoregressive models", "M"), ("image generation", "T"), ("vector quantization", "M"), ("VQ", "M"),
            ("diffusion transformers", "M"), ("DiT", "M"), ("SiT", "M"), ("Transformer", "M"),
            ("visual autoregressive modeling", "M"), ("VAR", "M"), ("flow-matching", "M"),
            ("ImageNet 256\u00d7256", "D"), ("FID", "X"), ("Inception Score", "X"), ("IS", "X"),
            ("VAR-d30", "M"), ("LlamaGen-3B", "M"), ("Precision", "X"), ("recall", "X"), ("MAR-L", "M"),
            ("ImageNet 512\u00d7512", "D"), ("text-to-image generation", "T"), ("GenEval", "D"),
            ("DPG-Bench", "D"), ("FLUX.1-dev", "M"), ("Throughput", "X"),
        ],
        "results": [
            ("FID of 1.62", "FID", 1.62, None, "ImageNet 256\u00d7256", "Jupiko-XL"),
            ("Inception Score (IS) of 301.4", "Inception Score", 301.4, None, "ImageNet 256\u00d7256", "Jupiko-XL"),
            ("1.92", "FID", 1.92, None, "ImageNet 256\u00d7256", "VAR-d30"),
            ("323.1", "Inception Score", 323.1, None, "ImageNet 256\u00d7256", "VAR-d30"),
            ("2.18", "FID", 2.18, None, "ImageNet 256\u00d7256", "LlamaGen-3B"),
            ("263.3", "Inception Score", 263.3, None, "ImageNet 256\u00d7256", "LlamaGen-3B"),
            ("0.81", "precision", 0.81, None, None, None),
            ("0.62", "recall", 0.62, None, None, None),
            ("FID from 2.57", "FID", 2.57, None, None, "MAR-L"),
            ("1.98", "FID", 1.98, None, None, "Jupiko-L"),
            ("4.6\u00d7 faster", "speed-up", 4.6, "\u00d7", None, "Jupiko-L"),
            ("FID is 2.31", "FID", 2.31, None, "ImageNet 512\u00d7512", None),
            ("scores 0.73 on GenEval", "score", 0.73, None, "GenEval", None),
            ("83.9 on DPG-Bench", "score", 83.9, None, "DPG-Bench", None),
            ("0.66", "score", 0.66, None, "GenEval", "FLUX.1-dev"),
            ("83.8", "score", 83.8, None, "DPG-Bench", "FLUX.1-dev"),
            ("Throughput reaches 5.1 images per second", "throughput", 5.1, "images/s", None, None),
        ],
    },
    {
        "field": "image-generation",
        "title": "Jessamor: Instruction-Guided Image Editing with Region-Aware Attention Routing",
        "text": (
            "Instruction-guided image editing models such as InstructPix2Pix and MagicBrush often change regions "
            "the instruction never mentions, because edits are injected through global cross-attention. We present "
            "Jessamor, a diffusion transformer editor that predicts a soft edit mask from the instruction and "
            "routes attention so that unmasked tokens attend only to the source image. Training uses JessaEdit-2M, "
            "a new corpus of two million source\u2013instruction\u2013target triplets that we synthesize with "
            "FLUX.1-dev and filter with a vision-language model, covering 11 edit types from object removal to "
            "style transfer. On the MagicBrush test set, Jessamor attains an L1 distance of 0.052, a CLIP-I of "
            "0.934 and a DINO similarity of 0.889 in the multi-turn setting, outperforming UltraEdit "
            "(0.066 / 0.909 / 0.851) and MagicBrush fine-tuned on its own training data. On the Emu Edit test set, "
            "Jessamor raises CLIP-T from 0.281 for InstructPix2Pix to 0.297. Human raters preferred Jessamor to "
            "OmniGen in 68% of 1,500 pairwise comparisons. On GEdit-Bench, scored by GPT-4o, Jessamor obtains 6.84 "
            "overall, 0.41 points above Step1X-Edit. The mask predictor adds 6% to inference latency, and we find "
            "that editing quality degrades gracefully when the predicted mask is coarse."
        ),
        "spans": [
            ("Jessamor", "M"), ("Instruction-Guided Image Editing", "T"), ("Instruction-guided image editing", "T"),
            ("InstructPix2Pix", "M"), ("MagicBrush", "M", {"only": [0, 2]}), ("MagicBrush", "D", {"only": [1]}),
            ("cross-attention", "M"), ("diffusion transformer", "M"), ("JessaEdit-2M", "D"), ("FLUX.1-dev", "M"),
            ("vision-language model", "M"), ("object removal", "T"), ("style transfer", "T"),
            ("L1 distance", "X"), ("CLIP-I", "X"), ("DINO similarity", "X"), ("UltraEdit", "M"),
            ("Emu Edit", "D"), ("CLIP-T", "X"), ("OmniGen", "M"), ("GEdit-Bench", "D"), ("GPT-4o", "M"),
            ("Step1X-Edit", "M"), ("inference latency", "X"),
        ],
        "results": [
            ("L1 distance of 0.052", "L1 distance", 0.052, None, "MagicBrush", "Jessamor"),
            ("CLIP-I of 0.934", "CLIP-I", 0.934, None, "MagicBrush", "Jessamor"),
            ("DINO similarity of 0.889", "DINO similarity", 0.889, None, "MagicBrush", "Jessamor"),
            ("0.066", "L1 distance", 0.066, None, "MagicBrush", "UltraEdit"),
            ("0.909", "CLIP-I", 0.909, None, "MagicBrush", "UltraEdit"),
            ("0.851", "DINO similarity", 0.851, None, "MagicBrush", "UltraEdit"),
            ("CLIP-T from 0.281", "CLIP-T", 0.281, None, "Emu Edit", "InstructPix2Pix"),
            ("0.297", "CLIP-T", 0.297, None, "Emu Edit", "Jessamor"),
            ("preferred Jessamor to OmniGen in 68% of 1,500 pairwise comparisons", "win rate", 68, "%", None,
             "Jessamor"),
            ("6.84 overall", "overall score", 6.84, None, "GEdit-Bench", "Jessamor"),
            ("0.41 points above Step1X-Edit", "overall score", 0.41, "points", "GEdit-Bench", "Jessamor"),
            ("adds 6% to inference latency", "inference latency", 6, "%", None, None),
        ],
    },
    {
        "field": "image-generation",
        "title": "Aligning Diffusion Transformer Features with Frozen Vision Encoders, but Only When It Helps",
        "text": (
            "Representation alignment (REPA) accelerates the training of diffusion transformers by regularizing "
            "intermediate features toward those of a pretrained encoder such as DINOv2, but we find that the "
            "benefit reverses late in training: beyond roughly 2M iterations, REPA-trained SiT-XL/2 models converge "
            "to a worse FID than unregularized ones. We propose Jembrik, which gates the alignment loss per layer "
            "and per noise level and anneals it to zero once the diffusion loss on a held-out batch stops "
            "improving, so that the encoder shapes early training without constraining the final model. Jembrik "
            "adds no parameters at inference and one scalar gate per layer during training. On ImageNet "
            "256\u00d7256, SiT-XL/2 with Jembrik reaches an FID of 1.79 with classifier-free guidance after 800 "
            "epochs, versus 1.80 for REPA at 800 epochs and 2.06 for the vanilla SiT-XL/2 at 1,400 epochs; without "
            "guidance, its FID is 5.2 at 400K iterations, 17.5\u00d7 fewer iterations than SiT-XL/2 needs to reach "
            "the same value. The same schedule applied to LightningDiT-XL/1 with a VA-VAE tokenizer gives an FID "
            "of 1.31 (vs. 1.35). Linear probing shows that Jembrik features lose only 1.2 points of top-1 accuracy "
            "relative to REPA, suggesting that most of the alignment benefit survives annealing. Gains are "
            "smallest for SiT-B/2, where FID improves by 0.4."
        ),
        "spans": [
            ("Diffusion Transformer", "M"), ("Representation alignment", "M"), ("REPA", "M"),
            ("diffusion transformers", "M"), ("DINOv2", "M"), ("SiT-XL/2", "M"), ("FID", "X"), ("Jembrik", "M"),
            ("ImageNet 256\u00d7256", "D"), ("classifier-free guidance", "M"), ("LightningDiT-XL/1", "M"),
            ("VA-VAE", "M"), ("Linear probing", "M"), ("top-1 accuracy", "X"), ("SiT-B/2", "M"),
        ],
        "results": [
            ("FID of 1.79", "FID", 1.79, None, "ImageNet 256\u00d7256", "Jembrik"),
            ("1.80", "FID", 1.80, None, "ImageNet 256\u00d7256", "REPA"),
            ("2.06", "FID", 2.06, None, "ImageNet 256\u00d7256", "SiT-XL/2"),
            ("FID is 5.2", "FID", 5.2, None, "ImageNet 256\u00d7256", "Jembrik"),
            ("17.5\u00d7 fewer iterations", "iteration reduction", 17.5, "\u00d7", "ImageNet 256\u00d7256",
             "Jembrik"),
            ("FID of 1.31", "FID", 1.31, None, None, "LightningDiT-XL/1"),
            ("1.35", "FID", 1.35, None, None, "LightningDiT-XL/1"),
            ("1.2 points of top-1 accuracy", "top-1 accuracy", 1.2, "points", None, "Jembrik"),
            ("FID improves by 0.4", "FID", 0.4, None, None, "SiT-B/2"),
        ],
    },
    {
        "field": "image-generation",
        "title": "Jindrel: Tuning-Free Subject-Driven Generation from a Single Reference Image",
        "text": (
            "Subject-driven text-to-image generation asks a model to place a user's subject, shown in one or a few "
            "reference images, into new scenes described by a prompt. Optimization-based approaches such as "
            "DreamBooth and Textual Inversion fit each subject separately and take minutes per subject, whereas "
            "encoder-based adapters such as IP-Adapter are fast but tend to copy the reference pose and lighting "
            "instead of following the prompt. Jindrel is a tuning-free approach built on a frozen FLUX.1-dev "
            "backbone: a lightweight encoder converts a single reference image into a handful of identity tokens "
            "that are appended to the text sequence, and a decoupled attention mask prevents these tokens from "
            "attending to layout-related text positions. We train the encoder on multi-view subject clusters mined "
            "from video frames, so that identity and pose are disentangled by construction. On DreamBench, Jindrel "
            "raises DINO score by 9.6% over IP-Adapter and improves CLIP-T over DreamBooth with LoRA, while "
            "requiring a single forward pass per image instead of per-subject optimization. A user study shows a "
            "clear preference for Jindrel on prompts that change the subject's viewpoint, where copy-paste "
            "artefacts are most visible. The encoder generalizes to pets, toys and human faces without "
            "category-specific training, and its identity tokens can be combined with spatial controls such as "
            "pose maps without retraining."
        ),
        "spans": [
            ("Jindrel", "M"), ("Subject-Driven Generation", "T"), ("Subject-driven text-to-image generation", "T"),
            ("DreamBooth", "M"), ("Textual Inversion", "M"), ("IP-Adapter", "M"), ("FLUX.1-dev", "M"),
            ("DreamBench", "D"), ("DINO score", "X"), ("CLIP-T", "X"), ("LoRA", "M"),
        ],
        "results": [
            ("raises DINO score by 9.6%", "DINO score", 9.6, "%", "DreamBench", "Jindrel"),
        ],
    },
    {
        "field": "image-generation",
        "title": "Unpaired Preference Optimization for Text-to-Image Diffusion Models",
        "text": (
            "Aligning text-to-image diffusion models with human preferences usually relies on pairwise data: "
            "Diffusion-DPO, for instance, needs a preferred and a rejected image for every prompt, which Pick-a-Pic "
            "provides but most proprietary feedback logs do not. We introduce Jalvora, a preference optimization "
            "objective that learns from unpaired binary feedback (a single image labelled good or bad) by adapting "
            "Kahneman\u2013Tversky optimization (KTO) to the denoising likelihood and estimating the reference point "
            "from a running average of implicit rewards. Fine-tuning Stable Diffusion 1.5 (SD 1.5) and SDXL on 240K "
            "thumbs-up/thumbs-down labels from Pick-a-Pic v2, with its pairs deliberately broken up, Jalvora matches "
            "or exceeds Diffusion-DPO trained on the full paired data. For SDXL on the PartiPrompts set, it reaches "
            "a PickScore of 22.94, an HPSv2 score of 28.6 and an ImageReward of 1.02, compared with 22.71, 27.9 and "
            "0.84 for Diffusion-DPO. In a study of 3,000 human judgements, Jalvora images were preferred over those "
            "of the base SDXL 71% of the time and over Diffusion-DPO 56% of the time. On GenEval, the overall score "
            "of SD 1.5 improves from 0.43 to 0.47, while aesthetic score drops by less than 0.1, indicating that "
            "alignment does not come at the cost of visual quality. Training is also cheaper: without the rejected "
            "branch, each step processes one image instead of two, cutting GPU-hours by 44%."
        ),
        "spans": [
            ("Preference Optimization", "M"), ("Text-to-Image", "T"), ("Diffusion Models", "M"),
            ("text-to-image", "T"), ("diffusion models", "M"), ("Diffusion-DPO", "M"), ("Pick-a-Pic", "D"),
            ("Pick-a-Pic v2", "D"), ("Jalvora", "M"), ("preference optimization", "M"),
            ("Kahneman\u2013Tversky optimization", "M"), ("KTO", "M"), ("Stable Diffusion 1.5", "M"),
            ("SD 1.5", "M"), ("SDXL", "M"), ("PartiPrompts", "D"), ("PickScore", "X"), ("HPSv2", "X"),
            ("ImageReward", "X"), ("GenEval", "D"), ("overall score", "X"), ("aesthetic score", "X"),
            ("GPU-hours", "X"),
        ],
        "results": [
            ("PickScore of 22.94", "PickScore", 22.94, None, "PartiPrompts", "SDXL"),
            ("HPSv2 score of 28.6", "HPSv2", 28.6, None, "PartiPrompts", "SDXL"),
            ("ImageReward of 1.02", "ImageReward", 1.02, None, "PartiPrompts", "SDXL"),
            ("22.71", "PickScore", 22.71, None, "PartiPrompts", "Diffusion-DPO"),
            ("27.9", "HPSv2", 27.9, None, "PartiPrompts", "Diffusion-DPO"),
            ("0.84", "ImageReward", 0.84, None, "PartiPrompts", "Diffusion-DPO"),
            ("71% of the time", "win rate", 71, "%", None, "Jalvora"),
            ("56% of the time", "win rate", 56, "%", None, "Jalvora"),
            ("overall score of SD 1.5 improves from 0.43 to 0.47", "overall score", 0.47, None, "GenEval",
             "SD 1.5"),
            ("aesthetic score drops by less than 0.1", "aesthetic score", 0.1, None, "GenEval", "SD 1.5"),
            ("cutting GPU-hours by 44%", "GPU-hours reduction", 44, "%", None, None),
        ],
    },
]
