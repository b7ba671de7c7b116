"""fresh-7 records (annotator h1): llm (6) and vision (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Cairnstep", "Hearthpref", "Kelpline", "Crannock", "Hexmoor", "Chaffsieve",
          "Helioplume", "Kindlemark", "Copperwing", "Hazelmesh", "Kilnfocus", "Cobbleframe"]

RECS = [
    # ------------------------------------------------------------ llm
    {
        "field": "llm",
        "title": "Cairnstep: Step-Anchored Advantages for Reinforcement Learning with Verifiable Rewards",
        "text": (
            r"Reinforcement learning with verifiable rewards (RLVR) has become the standard recipe for eliciting long "
            r"chain-of-thought reasoning from large language models, yet outcome-only rewards assign the same credit "
            r"to every token of a sampled solution. We propose Cairnstep, a critic-free method that splits each "
            r"rollout into reasoning steps, re-samples $k=4$ continuations from selected step boundaries, and uses "
            r"the resulting Monte Carlo success rates as step-level advantages inside a GRPO-style objective. "
            r"Anchoring is applied only at the $\sim$15\% of boundaries with the highest token entropy, so the "
            r"sampling cost stays below $1.3\times$ that of GRPO. We train Qwen2.5-Math-7B for 600 steps on a "
            r"12k-problem subset of DAPO-Math-17K. Cairnstep reaches $43.5\%$ avg@32 on AIME 2024 and $31.2\%$ on "
            r"AIME 2025, compared with $36.8\%$ and $25.9\%$ for GRPO under the same budget. On MATH-500, Cairnstep "
            r"lifts accuracy from $82.4\%$ to $86.1\%$. Averaged over AMC23, Minerva Math and OlympiadBench, "
            r"Cairnstep improves accuracy by $+3.9$ points. Cairnstep also reaches GRPO's final accuracy on AIME 2024 "
            r"in ${\sim}2.2\times$ fewer training steps, and cuts average response length by 18\%. With "
            r"DeepSeek-R1-Distill-Qwen-1.5B as the base model, Cairnstep outperforms DeepScaleR-1.5B-Preview by "
            r"$2.6$ points on AIME 2024 while using $4\times$ fewer GPU hours. Code and checkpoints are released."
        ),
        "spans": [
            ("Cairnstep", "M"), ("Reinforcement Learning with Verifiable Rewards", "M"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"), ("chain-of-thought", "M"),
            ("large language models", "M"), ("Monte Carlo", "M"), ("GRPO", "M"), ("sampling cost", "X"),
            ("Qwen2.5-Math-7B", "M"), ("DAPO-Math-17K", "D"), ("avg@32", "X"), ("AIME 2024", "D"),
            ("AIME 2025", "D"), ("MATH-500", "D"), ("accuracy", "X"), ("AMC23", "D"), ("Minerva Math", "D"),
            ("OlympiadBench", "D"), ("training steps", "X"), ("average response length", "X"),
            ("DeepSeek-R1-Distill-Qwen-1.5B", "M"), ("DeepScaleR-1.5B-Preview", "M"), ("GPU hours", "X"),
        ],
        "results": [
            (r"sampling cost stays below $1.3\times", "sampling cost", 1.3, "×", None, None),
            (r"43.5\%$ avg@32 on AIME 2024", "avg@32", 43.5, "%", "AIME 2024", "Cairnstep"),
            (r"31.2\%$ on AIME 2025", "avg@32", 31.2, "%", "AIME 2025", "Cairnstep"),
            (r"36.8\%", "avg@32", 36.8, "%", "AIME 2024", "GRPO"),
            (r"25.9\%", "avg@32", 25.9, "%", "AIME 2025", "GRPO"),
            (r"accuracy from $82.4\%$ to $86.1\%", "accuracy", 86.1, "%", "MATH-500", "Cairnstep"),
            (r"accuracy by $+3.9$ points", "accuracy", 3.9, "points", None, "Cairnstep"),
            (r"2.2\times$ fewer training steps", "training steps reduction", 2.2, "×", "AIME 2024", "Cairnstep"),
            (r"average response length by 18\%", "average response length reduction", 18, "%", None, "Cairnstep"),
            (r"outperforms DeepScaleR-1.5B-Preview by $2.6$ points on AIME 2024", "improvement", 2.6, "points",
             "AIME 2024", "Cairnstep"),
            (r"4\times$ fewer GPU hours", "GPU hours reduction", 4, "×", None, "Cairnstep"),
        ],
    },
    {
        "field": "llm",
        "title": "Hearthpref: Confidence-Weighted Margins for Aligning Language Models with Noisy Preferences",
        "text": (
            "Direct Preference Optimization (DPO) aligns language models without a separate reward model, but it "
            "treats every preference pair as equally reliable. In practice, a sizable fraction of pairs in popular "
            "preference datasets are ambiguous or mislabeled, and DPO overfits to them, inflating response length and "
            "eroding calibration. We introduce Hearthpref, which estimates a per-pair confidence from the agreement "
            "of an ensemble of three lightweight reward heads and rescales the DPO margin accordingly, so that "
            "contested pairs contribute a softer target. Hearthpref needs no extra sampling and adds only 2% training "
            "time over DPO. We fine-tune Llama-3-8B-Instruct and Mistral-7B-Instruct-v0.2 on UltraFeedback and "
            "evaluate on AlpacaEval 2.0, Arena-Hard and MT-Bench. With Llama-3-8B-Instruct, Hearthpref reaches a "
            "length-controlled win rate (LC) of 46.3% on AlpacaEval 2.0, up from 40.2% for DPO and ahead of SimPO "
            "(44.7%); on Arena-Hard its win rate is 38.9. On MT-Bench, Hearthpref scores 8.1 versus 8.0 for DPO, a "
            "difference we do not consider meaningful. Hearthpref also cuts average response length by 14% relative "
            "to DPO. On a held-out split into which we injected 25% label noise, Hearthpref's reward accuracy "
            "degrades by only 1.2 points, against 6.8 points for DPO. In a blind study, annotators preferred "
            "Hearthpref outputs over SimPO outputs in 58% of 600 pairwise comparisons. The gains carry over to "
            "Mistral-7B-Instruct-v0.2, where Hearthpref improves LC on AlpacaEval 2.0 by 3.1 points over DPO."
        ),
        "spans": [
            ("Hearthpref", "M"), ("Language Models", "M"), ("Direct Preference Optimization", "M"), ("DPO", "M"),
            ("language models", "M"), ("response length", "X"), ("training time", "X"),
            ("Llama-3-8B-Instruct", "M"), ("Mistral-7B-Instruct-v0.2", "M"), ("UltraFeedback", "D"),
            ("AlpacaEval 2.0", "D"), ("Arena-Hard", "D"), ("MT-Bench", "D"), ("length-controlled win rate", "X"),
            ("LC", "X"), ("SimPO", "M"), ("win rate", "X"), ("average response length", "X"),
            ("reward accuracy", "X"),
        ],
        "results": [
            ("adds only 2% training time", "training time", 2, "%", None, "Hearthpref"),
            ("length-controlled win rate (LC) of 46.3% on AlpacaEval 2.0", "length-controlled win rate", 46.3, "%",
             "AlpacaEval 2.0", "Hearthpref"),
            ("40.2% for DPO", "length-controlled win rate", 40.2, "%", "AlpacaEval 2.0", "DPO"),
            ("44.7%", "length-controlled win rate", 44.7, "%", "AlpacaEval 2.0", "SimPO"),
            ("win rate is 38.9", "win rate", 38.9, None, "Arena-Hard", "Hearthpref"),
            ("scores 8.1", "score", 8.1, None, "MT-Bench", "Hearthpref"),
            ("8.0 for DPO", "score", 8.0, None, "MT-Bench", "DPO"),
            ("average response length by 14%", "average response length reduction", 14, "%", None, "Hearthpref"),
            ("reward accuracy degrades by only 1.2 points", "reward accuracy", 1.2, "points", None, "Hearthpref"),
            ("6.8 points for DPO", "reward accuracy", 6.8, "points", None, "DPO"),
            ("preferred Hearthpref outputs over SimPO outputs in 58%", "win rate", 58, "%", None, "Hearthpref"),
            ("improves LC on AlpacaEval 2.0 by 3.1 points", "length-controlled win rate", 3.1, "points",
             "AlpacaEval 2.0", "Hearthpref"),
        ],
    },
    {
        "field": "llm",
        "title": "Kelpline: Extending RoPE Context Windows to 256K Tokens with Segment-Wise Frequency Scaling",
        "text": (
            "Context window extension for pretrained large language models usually relies on rescaling rotary "
            "position embeddings (RoPE), as in Position Interpolation, NTK-aware scaling and YaRN. These methods apply "
            "one scaling rule to all frequency dimensions and, in our experiments, erode short-context ability once "
            "the target length exceeds 64K tokens. We study Kelpline, which partitions the RoPE frequency spectrum "
            "into segments and searches a per-segment scale with a small evolutionary procedure guided by perplexity "
            "on 32 validation documents from PG-19. The searched scales are then fixed, and the model is fine-tuned "
            "for 400 steps on 128K-token sequences. Our experiments are limited to Llama-3-8B and Mistral-7B-v0.3, "
            "and the gains may not transfer to larger models. Within this scope, Kelpline extends Llama-3-8B to a "
            "256K-token window with a perplexity of 7.12 on PG-19 at 256K, compared with 7.64 for YaRN and 7.38 for "
            "LongRoPE. On RULER, Kelpline's average accuracy at 128K is 71.4 (YaRN: 66.0). With Kelpline, "
            "Needle-in-a-Haystack retrieval accuracy stays at or above 95% up to 256K tokens. Short-context ability "
            "is largely preserved: Kelpline retains 98.6% of the original model's average score on MMLU, "
            "ARC-Challenge and HellaSwag, whereas YaRN retains 95.9%. On LongBench, Kelpline's improvement over YaRN "
            "is smaller, 1.3 points on average, and we would not call it conclusive. The search costs about 6 GPU "
            "hours, and fine-tuning takes 21 hours on 8 GPUs."
        ),
        "spans": [
            ("Kelpline", "M"), ("RoPE", "M"), ("Context window extension", "T"), ("large language models", "M"),
            ("rotary position embeddings", "M"), ("Position Interpolation", "M"), ("NTK-aware scaling", "M"),
            ("YaRN", "M"), ("perplexity", "X"), ("PG-19", "D"), ("Llama-3-8B", "M"), ("Mistral-7B-v0.3", "M"),
            ("LongRoPE", "M"), ("RULER", "D"), ("average accuracy", "X"), ("Needle-in-a-Haystack", "D"),
            ("retrieval accuracy", "X"), ("average score", "X"), ("MMLU", "D"), ("ARC-Challenge", "D"),
            ("HellaSwag", "D"), ("LongBench", "D"),
        ],
        "results": [
            ("perplexity of 7.12 on PG-19", "perplexity", 7.12, None, "PG-19", "Kelpline"),
            ("7.64 for YaRN", "perplexity", 7.64, None, "PG-19", "YaRN"),
            ("7.38 for LongRoPE", "perplexity", 7.38, None, "PG-19", "LongRoPE"),
            ("average accuracy at 128K is 71.4", "average accuracy", 71.4, None, "RULER", "Kelpline"),
            ("66.0", "average accuracy", 66.0, None, "RULER", "YaRN"),
            ("retrieval accuracy stays at or above 95%", "retrieval accuracy", 95, "%", "Needle-in-a-Haystack",
             "Kelpline"),
            ("retains 98.6% of the original model's average score", "relative average score", 98.6, "%", None,
             "Kelpline"),
            ("retains 95.9%", "relative average score", 95.9, "%", None, "YaRN"),
            ("improvement over YaRN is smaller, 1.3 points", "improvement", 1.3, "points", "LongBench", "Kelpline"),
            ("search costs about 6 GPU hours", "search time", 6, "GPU hours", None, None),
            ("fine-tuning takes 21 hours", "fine-tuning time", 21, "h", None, None),
        ],
    },
    {
        "field": "llm",
        "title": "Crannock: Tool Learning from Repaired Agent Trajectories",
        "text": (
            "Crannock raises overall accuracy on BFCL v3 from 61.7% for Llama-3.1-8B-Instruct to 72.9%, and pass^1 "
            "on τ-bench (retail) from 38.2% to 51.6%, coming within 2.4 points of GPT-4o on the latter. No "
            "proprietary model is used as a teacher at any stage. Crannock is a self-improvement loop for tool-using "
            "LLM agents: the agent attempts tasks in sandboxed API environments, a verifier localizes the first "
            "erroneous tool call in each failed trajectory, and the trajectory is repaired from that point and "
            "returned to the training pool as a corrected demonstration. Training alternates supervised fine-tuning "
            "on repaired trajectories with a round of rejection sampling; three iterations over 9,000 synthesized "
            "tasks suffice, and a fourth brings no further gain. On StableToolBench, Crannock attains a solvable pass "
            "rate (SoPR) of 63.5%, versus 56.1% for ToolLLaMA-2-7B and 60.8% for xLAM-7B, and it outperforms xLAM-7B "
            "on 5 of the 6 test groups. Repairing rather than discarding failures also makes learning cheaper: "
            "Crannock needs 1.9M environment interactions to reach its final SoPR, against 3.8M for plain rejection "
            "sampling. Gains are largest on multi-turn tasks that require four or more calls, where accuracy "
            "improves by 17.2 points. We release the environments, the verifier and all repaired trajectories."
        ),
        "spans": [
            ("Crannock", "M"), ("Tool Learning", "T"), ("overall accuracy", "X"), ("BFCL v3", "D"),
            ("Llama-3.1-8B-Instruct", "M"), ("pass^1", "X"), ("τ-bench", "D"), ("GPT-4o", "M"), ("LLM", "M"),
            ("supervised fine-tuning", "M"), ("rejection sampling", "M"), ("StableToolBench", "D"),
            ("solvable pass rate", "X"), ("SoPR", "X"), ("ToolLLaMA-2-7B", "M"), ("xLAM-7B", "M"),
            ("environment interactions", "X"), ("accuracy", "X"),
        ],
        "results": [
            ("overall accuracy on BFCL v3 from 61.7%", "overall accuracy", 61.7, "%", "BFCL v3",
             "Llama-3.1-8B-Instruct"),
            ("72.9%", "overall accuracy", 72.9, "%", "BFCL v3", "Crannock"),
            ("pass^1 on τ-bench (retail) from 38.2% to 51.6%", "pass^1", 51.6, "%", "τ-bench", "Crannock"),
            ("within 2.4 points", "pass^1", 2.4, "points", "τ-bench", "Crannock"),
            ("solvable pass rate (SoPR) of 63.5%", "solvable pass rate", 63.5, "%", "StableToolBench", "Crannock"),
            ("56.1%", "solvable pass rate", 56.1, "%", "StableToolBench", "ToolLLaMA-2-7B"),
            ("60.8%", "solvable pass rate", 60.8, "%", "StableToolBench", "xLAM-7B"),
            ("outperforms xLAM-7B on 5 of the 6 test groups", "test groups won", 5, None, "StableToolBench",
             "Crannock"),
            ("1.9M environment interactions", "environment interactions", 1.9, "M", None, "Crannock"),
            ("3.8M", "environment interactions", 3.8, "M", None, "rejection sampling"),
            ("accuracy improves by 17.2 points", "accuracy", 17.2, "points", None, None),
        ],
    },
    {
        "field": "llm",
        "title": "Hexmoor: Rotation-Free Post-Training Quantization for W4A4 Large Language Models",
        "text": (
            r"We present Hexmoor, a post-training quantization (PTQ) method for W4A4 inference of large language "
            r"models. Instead of the online Hadamard rotations used by QuaRot and SpinQuant, Hexmoor groups channels "
            r"by the diagonal of the layer Hessian and gives each group a shared power-of-two scale $2^{k}$ with "
            r"$k \in \{0,\dots,3\}$, which removes every runtime rotation kernel. Calibrating Llama-3-70B on 128 "
            r"WikiText-2 sequences of 2048 tokens takes 38 minutes on one H100. On Llama-3-8B, Hexmoor reaches a "
            r"WikiText-2 perplexity of $6.92$ (FP16: $6.14$; QuaRot: $8.16$; SpinQuant: $7.35$) and an average "
            r"zero-shot accuracy of $68.4\%$ over six commonsense tasks, within $1.9$ points of FP16. For "
            r"Llama-3-70B, the perplexity gap to FP16 narrows to $0.41$. With fused kernels, Hexmoor's prefill is "
            r"$2.8\times$ faster than FP16 and $1.17\times$ faster than QuaRot at batch size 16, and peak memory "
            r"drops by $3.1\times$. On MMLU (5-shot) with Qwen2.5-32B, Hexmoor retains $97.2\%$ of the FP16 score, "
            r"versus $93.0\%$ for SpinQuant. Rotation-free W4A4 is therefore practical without retraining, and the "
            r"kernels drop into existing serving stacks. Code is available."
        ),
        "spans": [
            ("Hexmoor", "M"), ("Post-Training Quantization", "M"), ("Large Language Models", "M"),
            ("post-training quantization", "M"), ("PTQ", "M"), ("large language models", "M"),
            ("Hadamard rotations", "M"), ("QuaRot", "M"), ("SpinQuant", "M"), ("Llama-3-70B", "M"),
            ("WikiText-2", "D"), ("Llama-3-8B", "M"), ("perplexity", "X"), ("average zero-shot accuracy", "X"),
            ("peak memory", "X"), ("MMLU", "D"), ("Qwen2.5-32B", "M"),
        ],
        "results": [
            ("Calibrating Llama-3-70B on 128 WikiText-2 sequences of 2048 tokens takes 38 minutes",
             "calibration time", 38, "min", "WikiText-2", "Llama-3-70B"),
            (r"WikiText-2 perplexity of $6.92", "perplexity", 6.92, None, "WikiText-2", "Hexmoor"),
            (r"6.14", "perplexity", 6.14, None, "WikiText-2", "Llama-3-8B"),
            (r"8.16", "perplexity", 8.16, None, "WikiText-2", "QuaRot"),
            (r"7.35", "perplexity", 7.35, None, "WikiText-2", "SpinQuant"),
            (r"average zero-shot accuracy of $68.4\%", "average zero-shot accuracy", 68.4, "%", None, "Hexmoor"),
            (r"within $1.9$ points", "average zero-shot accuracy", 1.9, "points", None, "Hexmoor"),
            (r"perplexity gap to FP16 narrows to $0.41", "perplexity gap", 0.41, None, None, "Llama-3-70B"),
            (r"prefill is $2.8\times$ faster", "prefill speed-up", 2.8, "×", None, "Hexmoor"),
            (r"1.17\times$ faster than QuaRot", "prefill speed-up", 1.17, "×", None, "Hexmoor"),
            (r"peak memory drops by $3.1\times", "peak memory reduction", 3.1, "×", None, "Hexmoor"),
            (r"retains $97.2\%", "relative score", 97.2, "%", "MMLU", "Hexmoor"),
            (r"93.0\%", "relative score", 93.0, "%", "MMLU", "SpinQuant"),
        ],
    },
    {
        "field": "llm",
        "title": "Chaffsieve: Perturbation-Sensitivity Tests for Data Contamination Detection in Large Language Models",
        "text": (
            "Reported gains on static benchmarks are increasingly hard to interpret because test items may have "
            "leaked into pretraining corpora. Existing approaches to data contamination detection, such as Min-K% "
            "Prob or n-gram overlap search, need either token probabilities or access to the training data itself. "
            "We propose Chaffsieve, a black-box test that compares a model's accuracy on original benchmark items "
            "with its accuracy on meaning-preserving perturbations (reordered options, renamed entities, paraphrased "
            "stems) and flags items whose correctness collapses under perturbation. To calibrate the test, we "
            "continue pretraining Pythia-1.4B and OLMo-7B on corpora into which copies of GSM8K, MMLU and "
            "ARC-Challenge test items were inserted at known rates. On these controlled models, Chaffsieve detects "
            "contaminated items with an AUROC of 0.91 ± 0.02, compared with 0.78 for Min-K% Prob, and its dataset-level "
            "estimate of the contamination rate has a mean absolute error of 3.4 percentage points. At a "
            "false-positive rate fixed at 5%, Chaffsieve identifies 14 of the 15 deliberately contaminated "
            "model-benchmark pairs. Applied to 22 open-weight models, Chaffsieve flags 5 of them as likely "
            "contaminated on GSM8K, with accuracy inflated by an estimated 4 to 11 points. We stress that these are "
            "statistical estimates rather than proof of leakage, and that paraphrasing may itself change item "
            "difficulty; the estimates should be read with the confidence intervals we report. One run on a "
            "model-benchmark pair costs under 2 GPU hours."
        ),
        "spans": [
            ("Chaffsieve", "M"), ("Data Contamination Detection", "T"), ("Large Language Models", "M"),
            ("data contamination detection", "T"), ("Min-K% Prob", "M"), ("n-gram overlap", "M"),
            ("accuracy", "X"), ("Pythia-1.4B", "M"), ("OLMo-7B", "M"), ("GSM8K", "D"), ("MMLU", "D"),
            ("ARC-Challenge", "D"), ("AUROC", "X"), ("mean absolute error", "X"), ("false-positive rate", "X"),
        ],
        "results": [
            ("AUROC of 0.91 ± 0.02", "AUROC", 0.91, None, None, "Chaffsieve"),
            ("0.78 for Min-K% Prob", "AUROC", 0.78, None, None, "Min-K% Prob"),
            ("mean absolute error of 3.4 percentage points", "mean absolute error", 3.4, "points", None,
             "Chaffsieve"),
            ("identifies 14 of the 15 deliberately contaminated model-benchmark pairs",
             "model-benchmark pairs identified", 14, None, None, "Chaffsieve"),
            ("flags 5 of them", "models flagged", 5, None, "GSM8K", "Chaffsieve"),
            ("accuracy inflated by an estimated 4 to 11 points", "accuracy", 11, "points", "GSM8K", None,
             {"low": 4}),
            ("run on a model-benchmark pair costs under 2 GPU hours", "run time", 2, "GPU hours", None, None),
        ],
    },
    # ------------------------------------------------------------ vision
    {
        "field": "vision",
        "title": "Helioplume: Distilling Diffusion Transformers into One-Step Text-to-Image Generators",
        "text": (
            r"Distilling multi-step diffusion models into one-step generators has closed much of the quality gap on "
            r"class-conditional ImageNet, but text-to-image distillation still trades diversity for fidelity. We "
            r"introduce Helioplume, a distillation scheme for diffusion transformers trained with rectified flow: the "
            r"student matches the teacher's velocity field along $N=4$ anchored trajectory segments, while an "
            r"adversarial head on frozen DINOv2 features sharpens fine detail. The student is initialised from "
            r"SD3.5-Medium and trained for 20k iterations at batch size $256$. On zero-shot COCO-30K at $512^2$ "
            r"resolution, Helioplume attains an FID of $17.4$ with a single sampling step, against $19.8$ for DMD2 "
            r"and $23.1$ for SDXL-Lightning, while the 28-step teacher scores $16.9$. Helioplume's CLIP score "
            r"($31.6$) is within $0.2$ of the teacher's. On GenEval, Helioplume reaches an overall score of "
            r"$\mathbf{0.68}$ ($+0.05$ over DMD2). Helioplume also obtains an HPSv2 score of $30.2$, the highest "
            r"among the one-step models we tested. Sampling a $1024\times1024$ image with Helioplume takes $0.09$~s "
            r"on one H100, a $23\times$ speedup over the teacher. In a user study with 40 participants, Helioplume "
            r"images were preferred over DMD2 in $\sim$64\% of 1{,}200 comparisons."
        ),
        "spans": [
            ("Helioplume", "M"), ("Diffusion Transformers", "M"), ("Text-to-Image", "T"), ("diffusion models", "M"),
            ("ImageNet", "D"), ("text-to-image", "T"), ("distillation", "M"), ("diffusion transformers", "M"),
            ("rectified flow", "M"), ("DINOv2", "M"), ("SD3.5-Medium", "M"), ("COCO-30K", "D"), ("FID", "X"),
            ("DMD2", "M"), ("SDXL-Lightning", "M"), ("CLIP score", "X"), ("GenEval", "D"), ("overall score", "X"),
            ("HPSv2", "X"), ("speedup", "X"),
        ],
        "results": [
            (r"FID of $17.4", "FID", 17.4, None, "COCO-30K", "Helioplume"),
            (r"19.8", "FID", 19.8, None, "COCO-30K", "DMD2"),
            (r"23.1", "FID", 23.1, None, "COCO-30K", "SDXL-Lightning"),
            (r"scores $16.9", "FID", 16.9, None, "COCO-30K", None),
            (r"CLIP score ($31.6", "CLIP score", 31.6, None, None, "Helioplume"),
            (r"within $0.2", "CLIP score", 0.2, None, None, "Helioplume"),
            (r"overall score of $\mathbf{0.68", "overall score", 0.68, None, "GenEval", "Helioplume"),
            (r"+0.05$ over DMD2", "overall score", 0.05, None, "GenEval", "Helioplume"),
            (r"HPSv2 score of $30.2", "HPSv2", 30.2, None, None, "Helioplume"),
            (r"Sampling a $1024\times1024$ image with Helioplume takes $0.09$~s", "sampling time", 0.09, "s", None,
             "Helioplume"),
            (r"23\times$ speedup", "speed-up", 23, "×", None, "Helioplume"),
            (r"preferred over DMD2 in $\sim$64\%", "win rate", 64, "%", None, "Helioplume"),
        ],
    },
    {
        "field": "vision",
        "title": "Kindlemark: Instruction-Guided Image Editing that Leaves the Rest of the Image Alone",
        "text": (
            "Instruction-guided image editing models such as InstructPix2Pix, UltraEdit and OmniGen follow textual "
            "commands well, yet they routinely alter regions the instruction never mentioned: backgrounds drift in "
            "color, faces change identity, and text in the scene is rewritten. We argue that this leakage arises "
            "because the editor must infer, implicitly and at every denoising step, where to edit. Kindlemark makes "
            "that decision explicit. A lightweight grounding head, trained jointly with the editor, predicts a soft "
            "edit mask from the instruction and the source image at the first denoising step; the mask then gates "
            "attention so that tokens outside it attend only to the source latent. Kindlemark is built on a diffusion "
            "transformer and trained on ~1.2 million editing triplets, of which 300,000 carry mask annotations. On the "
            "MagicBrush test set, Kindlemark lowers the L1 distance to the ground-truth edit from 0.0712 for "
            "UltraEdit to 0.0548 and raises CLIP-I from 0.894 to 0.917. On the Emu Edit test set, Kindlemark reaches "
            "a CLIP-T of 0.291, the highest of the nine methods we compare. Because preservation is the point, we "
            "also measure it directly: the PSNR of unedited regions rises to 31.8 dB, 4.6 dB above the strongest "
            "baseline. In GEdit-Bench evaluations scored by GPT-4.1, Kindlemark obtains an overall score of 7.42, "
            "compared with 6.95 for Step1X-Edit. Human raters preferred Kindlemark over UltraEdit in 67% of 800 "
            "side-by-side comparisons. The routing adds 6% inference latency relative to the same backbone without "
            "it."
        ),
        "spans": [
            ("Kindlemark", "M"), ("Instruction-Guided Image Editing", "T"), ("Instruction-guided image editing", "T"),
            ("InstructPix2Pix", "M"), ("UltraEdit", "M"), ("OmniGen", "M"), ("diffusion transformer", "M"),
            ("MagicBrush", "D"), ("L1 distance", "X"), ("CLIP-I", "X"), ("Emu Edit", "D"), ("CLIP-T", "X"),
            ("PSNR", "X"), ("GEdit-Bench", "D"), ("GPT-4.1", "M"), ("overall score", "X"), ("Step1X-Edit", "M"),
            ("inference latency", "X"),
        ],
        "results": [
            ("L1 distance to the ground-truth edit from 0.0712", "L1 distance", 0.0712, None, "MagicBrush",
             "UltraEdit"),
            ("0.0548", "L1 distance", 0.0548, None, "MagicBrush", "Kindlemark"),
            ("CLIP-I from 0.894 to 0.917", "CLIP-I", 0.917, None, "MagicBrush", "Kindlemark"),
            ("CLIP-T of 0.291", "CLIP-T", 0.291, None, "Emu Edit", "Kindlemark"),
            ("PSNR of unedited regions rises to 31.8 dB", "PSNR", 31.8, "dB", None, None),
            ("4.6 dB above the strongest baseline", "PSNR", 4.6, "dB", None, None),
            ("overall score of 7.42", "overall score", 7.42, None, "GEdit-Bench", "Kindlemark"),
            ("6.95 for Step1X-Edit", "overall score", 6.95, None, "GEdit-Bench", "Step1X-Edit"),
            ("preferred Kindlemark over UltraEdit in 67%", "win rate", 67, "%", None, "Kindlemark"),
            ("adds 6% inference latency", "inference latency", 6, "%", None, None),
        ],
    },
    {
        "field": "vision",
        "title": "Copperwing: Fewer Queries, Same Boxes for Real-Time Object Detection",
        "text": (
            "Real-time object detection with DETR-style detectors spends most of the decoder's compute on queries "
            "that end up as background. Copperwing drops object queries layer by layer once their class confidence "
            "has stabilized. A 3-layer exit predictor, trained by distillation from the final decoder layer, decides "
            "per query whether to stop, and the freed compute is spent on the remaining queries. Backbone: HGNetv2. "
            "Training: 72 epochs on COCO train2017, no extra data. Results on COCO val2017: Copperwing-S reaches "
            "48.9 AP at 298 FPS on a T4 GPU with TensorRT FP16, and Copperwing-L 54.8 AP at 118 FPS. Versus "
            "RT-DETRv2-S (48.1 AP, 217 FPS), Copperwing-S is +0.8 AP and 37% faster. Versus YOLOv11-L, Copperwing-L "
            "gains +1.4 AP at similar latency without NMS. Early exit cuts decoder FLOPs by 41%. End-to-end latency "
            "of Copperwing-L is 8.5 ms. After pretraining on Objects365, Copperwing-L reaches 57.1 AP on COCO val2017. "
            "Small objects gain least (+0.3 AP_S), large objects most (+2.2 AP_L). Exit thresholds are set once on "
            "a 5k-image held-out split and never tuned per model size. Code and weights are public."
        ),
        "spans": [
            ("Copperwing", "M"), ("Copperwing-S", "M"), ("Copperwing-L", "M"), ("Object Detection", "T"),
            ("object detection", "T"), ("DETR", "M"), ("distillation", "M"), ("HGNetv2", "M"),
            ("COCO train2017", "D"), ("COCO val2017", "D"), ("AP", "X"), ("FPS", "X"), ("RT-DETRv2-S", "M"),
            ("YOLOv11-L", "M"), ("latency", "X"), ("NMS", "M"), ("Early exit", "M"), ("decoder FLOPs", "X"),
            ("End-to-end latency", "X"), ("Objects365", "D"), ("AP_S", "X"), ("AP_L", "X"),
        ],
        "results": [
            ("48.9 AP", "AP", 48.9, None, "COCO val2017", "Copperwing-S"),
            ("298 FPS", "FPS", 298, None, "COCO val2017", "Copperwing-S"),
            ("54.8 AP", "AP", 54.8, None, "COCO val2017", "Copperwing-L"),
            ("118 FPS", "FPS", 118, None, "COCO val2017", "Copperwing-L"),
            ("48.1 AP", "AP", 48.1, None, None, "RT-DETRv2-S"),
            ("217 FPS", "FPS", 217, None, None, "RT-DETRv2-S"),
            ("+0.8 AP", "AP", 0.8, None, None, "Copperwing-S"),
            ("37% faster", "speed-up", 37, "%", None, "Copperwing-S"),
            ("+1.4 AP", "AP", 1.4, None, None, "Copperwing-L"),
            ("decoder FLOPs by 41%", "decoder FLOPs reduction", 41, "%", None, "Early exit"),
            ("End-to-end latency of Copperwing-L is 8.5 ms", "end-to-end latency", 8.5, "ms", None, "Copperwing-L"),
            ("57.1 AP on COCO val2017", "AP", 57.1, None, "COCO val2017", "Copperwing-L"),
            ("+0.3 AP_S", "AP_S", 0.3, None, None, None),
            ("+2.2 AP_L", "AP_L", 2.2, None, None, None),
        ],
    },
    {
        "field": "vision",
        "title": "Hazelmesh: Open-Vocabulary Semantic Segmentation with Hierarchical Mask Tokens",
        "text": (
            r"Open-vocabulary semantic segmentation asks a model to label every pixel with categories that are given "
            r"only as text at test time. CLIP-based approaches such as CAT-Seg and SAN are accurate but remain "
            r"bottlenecked by the coarse $14\times14$ patch grid of the vision encoder. We present Hazelmesh, which "
            r"augments a frozen CLIP ViT-L/14 with a hierarchy of mask tokens refined coarse-to-fine at strides "
            r"$\{32,16,8\}$ and matched to class-name embeddings through a cost volume computed in "
            r"$\mathcal{O}(HW\log HW)$ time instead of quadratic time. Hazelmesh is trained only on COCO-Stuff (171 "
            r"classes) and evaluated zero-shot on ADE20K-150, ADE20K-847, Pascal Context-59, Pascal Context-459 and "
            r"Pascal VOC-20. Hazelmesh achieves $\mathbf{39.6}$, $\mathbf{16.8}$, $\mathbf{63.1}$, $\mathbf{24.9}$ "
            r"and $\mathbf{97.5}$ mIoU, respectively, surpassing CAT-Seg by $+1.7$ mIoU on average. The gain is "
            r"largest on ADE20K-847 ($16.8$ vs.\ $14.1$ for SAN), where Hazelmesh's stride-8 tokens resolve "
            r"fine-grained categories that the $14\times14$ grid merges. Hazelmesh trains only $4.2$M parameters on "
            r"top of the frozen encoder and runs at $11.3$ FPS on a single RTX 4090, a $1.9\times$ speedup over "
            r"CAT-Seg. Removing the hierarchy costs $2.3$ mIoU on ADE20K-150, and replacing the cost volume with "
            r"dense cross-attention exhausts 24 GB of memory beyond $640^2$ inputs."
        ),
        "spans": [
            ("Hazelmesh", "M"), ("Open-Vocabulary Semantic Segmentation", "T"),
            ("Open-vocabulary semantic segmentation", "T"), ("CLIP", "M"), ("CAT-Seg", "M"), ("SAN", "M"),
            ("CLIP ViT-L/14", "M"), ("COCO-Stuff", "D"), ("ADE20K-150", "D"), ("ADE20K-847", "D"),
            ("Pascal Context-59", "D"), ("Pascal Context-459", "D"), ("Pascal VOC-20", "D"), ("mIoU", "X"),
            ("FPS", "X"), ("speedup", "X"), ("dense cross-attention", "M"),
        ],
        "results": [
            (r"39.6", "mIoU", 39.6, None, "ADE20K-150", "Hazelmesh"),
            (r"16.8", "mIoU", 16.8, None, "ADE20K-847", "Hazelmesh"),
            (r"63.1", "mIoU", 63.1, None, "Pascal Context-59", "Hazelmesh"),
            (r"24.9", "mIoU", 24.9, None, "Pascal Context-459", "Hazelmesh"),
            (r"97.5}$ mIoU", "mIoU", 97.5, None, "Pascal VOC-20", "Hazelmesh"),
            (r"+1.7$ mIoU", "mIoU", 1.7, None, None, "Hazelmesh"),
            (r"16.8", "mIoU", 16.8, None, "ADE20K-847", "Hazelmesh", {"occ": 1}),
            (r"14.1", "mIoU", 14.1, None, "ADE20K-847", "SAN"),
            (r"11.3$ FPS", "FPS", 11.3, None, None, "Hazelmesh"),
            (r"1.9\times$ speedup", "speed-up", 1.9, "×", None, "Hazelmesh"),
            (r"costs $2.3$ mIoU on ADE20K-150", "mIoU", 2.3, None, "ADE20K-150", None),
        ],
    },
    {
        "field": "vision",
        "title": "Kilnfocus: Metric Monocular Depth Estimation from Defocus Cues in a Single Image",
        "text": (
            "Foundation models for monocular depth estimation, such as Depth Anything V2 and Marigold, recover "
            "relative depth remarkably well, but converting it to metric scale still depends on camera intrinsics or "
            "scene priors that fail outside the training distribution. Photographs, however, carry an additional "
            "signal: the defocus blur determined by the lens aperture and focus distance, which many phones record "
            "in their metadata. We present Kilnfocus, a metric monocular depth estimation model that predicts a "
            "defocus map alongside relative depth and fuses the two through a differentiable thin-lens layer, so "
            "that absolute scale is inferred from optics rather than from learned object sizes. Kilnfocus is trained "
            "on 410K synthetic images rendered with physically based depth of field and 95K real captures, and it is "
            "evaluated zero-shot. On NYU Depth v2, Kilnfocus reaches an absolute relative error (AbsRel) of 0.052 and "
            "a δ1 accuracy of 97.1%, compared with 0.056 and 96.4% for Metric3D v2. On KITTI, where images are "
            "mostly in focus and defocus cues are weak, Kilnfocus performs on par with UniDepth (AbsRel 0.049 vs. "
            "0.048), which suggests that the benefit depends on the optics. Gains are clearest on iBims-1 and DIODE "
            "Indoor, where Kilnfocus reduces AbsRel by 18% and 23% relative to Depth Anything V2 with ground-truth "
            "scale alignment, respectively. We caution that our real data come from only three camera models; the "
            "approach may not generalize to lenses with unusual bokeh. Inference takes 74 ms per 1024×768 image on "
            "an A100."
        ),
        "spans": [
            ("Kilnfocus", "M"), ("Metric Monocular Depth Estimation", "T"), ("monocular depth estimation", "T"),
            ("metric monocular depth estimation", "T"), ("Depth Anything V2", "M"), ("Marigold", "M"),
            ("NYU Depth v2", "D"), ("absolute relative error", "X"), ("AbsRel", "X"), ("δ1 accuracy", "X"),
            ("Metric3D v2", "M"), ("KITTI", "D"), ("UniDepth", "M"), ("iBims-1", "D"), ("DIODE Indoor", "D"),
        ],
        "results": [
            ("absolute relative error (AbsRel) of 0.052", "AbsRel", 0.052, None, "NYU Depth v2", "Kilnfocus"),
            ("δ1 accuracy of 97.1%", "δ1 accuracy", 97.1, "%", "NYU Depth v2", "Kilnfocus"),
            ("0.056", "AbsRel", 0.056, None, "NYU Depth v2", "Metric3D v2"),
            ("96.4%", "δ1 accuracy", 96.4, "%", "NYU Depth v2", "Metric3D v2"),
            ("AbsRel 0.049", "AbsRel", 0.049, None, "KITTI", "Kilnfocus"),
            ("0.048", "AbsRel", 0.048, None, "KITTI", "UniDepth"),
            ("AbsRel by 18%", "AbsRel reduction", 18, "%", "iBims-1", "Kilnfocus"),
            ("23%", "AbsRel reduction", 23, "%", "DIODE Indoor", "Kilnfocus"),
            ("Inference takes 74 ms", "inference time", 74, "ms", None, None),
        ],
    },
    {
        "field": "vision",
        "title": "Cobbleframe: Feed-Forward 4D Reconstruction of Dynamic Scenes from Monocular Video",
        "text": (
            "Reconstructing dynamic scenes from casual monocular video usually requires per-scene optimization of a "
            "deformable 3D Gaussian Splatting (3DGS) representation, which is slow and breaks down under fast motion. "
            "We present Cobbleframe, a feed-forward model for 4D reconstruction that predicts time-varying 3D "
            "Gaussians directly from 16 input frames in a single pass. A video transformer initialised from VGGT "
            "regresses per-pixel Gaussian parameters together with a low-rank basis of 12 motion trajectories, and a "
            "light refiner fills in occluded regions. Cobbleframe is trained on 38K clips from Kubric, PointOdyssey "
            "and Dynamic Replica. For novel view synthesis on the DyCheck benchmark, Cobbleframe achieves an mPSNR of "
            "17.9 dB and an mLPIPS of 0.381, compared with 16.7 dB and 0.428 for Shape of Motion. Per-scene "
            "reconstruction takes about 40 minutes with Shape of Motion and 0.6 seconds with Cobbleframe. On NVIDIA "
            "Dynamic Scenes, Cobbleframe improves PSNR from 24.2 for 4DGS to 26.5. The predicted trajectories also "
            "transfer to 3D point tracking: on TAPVid-3D, Cobbleframe reaches an average Jaccard (AJ) of 18.6, 2.9 "
            "points higher than SpatialTracker. Cobbleframe wins on 11 of the 14 DyCheck scenes in mPSNR, though it "
            "still trails per-scene optimization on static backgrounds. Peak GPU memory stays below 22 GB for 16 "
            "frames at 512×288."
        ),
        "spans": [
            ("Cobbleframe", "M"), ("4D Reconstruction", "T"), ("4D reconstruction", "T"),
            ("3D Gaussian Splatting", "M"), ("3DGS", "M"), ("VGGT", "M"), ("Kubric", "D"), ("PointOdyssey", "D"),
            ("Dynamic Replica", "D"), ("novel view synthesis", "T"), ("DyCheck", "D"), ("mPSNR", "X"),
            ("mLPIPS", "X"), ("Shape of Motion", "M"), ("NVIDIA Dynamic Scenes", "D"), ("PSNR", "X"), ("4DGS", "M"),
            ("3D point tracking", "T"), ("TAPVid-3D", "D"), ("average Jaccard", "X"), ("AJ", "X"),
            ("SpatialTracker", "M"), ("Peak GPU memory", "X"),
        ],
        "results": [
            ("mPSNR of 17.9 dB", "mPSNR", 17.9, "dB", "DyCheck", "Cobbleframe"),
            ("mLPIPS of 0.381", "mLPIPS", 0.381, None, "DyCheck", "Cobbleframe"),
            ("16.7 dB", "mPSNR", 16.7, "dB", "DyCheck", "Shape of Motion"),
            ("0.428", "mLPIPS", 0.428, None, "DyCheck", "Shape of Motion"),
            ("reconstruction takes about 40 minutes", "reconstruction time", 40, "min", None, "Shape of Motion"),
            ("0.6 seconds", "reconstruction time", 0.6, "s", None, "Cobbleframe"),
            ("PSNR from 24.2", "PSNR", 24.2, None, "NVIDIA Dynamic Scenes", "4DGS"),
            ("26.5", "PSNR", 26.5, None, "NVIDIA Dynamic Scenes", "Cobbleframe"),
            ("average Jaccard (AJ) of 18.6", "average Jaccard", 18.6, None, "TAPVid-3D", "Cobbleframe"),
            ("2.9 points higher than SpatialTracker", "average Jaccard", 2.9, "points", "TAPVid-3D", "Cobbleframe"),
            ("wins on 11 of the 14 DyCheck scenes", "scenes won", 11, None, "DyCheck", "Cobbleframe"),
            ("Peak GPU memory stays below 22 GB", "peak GPU memory", 22, "GB", None, None),
        ],
    },
]
