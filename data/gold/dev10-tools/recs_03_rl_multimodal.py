"""dev10 records (annotator h3): rl (5) and multimodal (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Kelpwright", "Inkmarrow", "Jadefinch", "Larkspindle", "Lichenrope",
          "Kilnvista", "Loomquill", "Isoglint", "Jettyframe", "Lumenbraid"]

RECS = [
    # ------------------------------------------------------------ rl
    {
        "field": "rl",
        "title": "Kelpwright: Learning How Conservative to Be in Offline Reinforcement Learning",
        "text": (
            "Offline reinforcement learning must improve on a fixed behaviour dataset without further interaction, "
            "and value overestimation on out-of-distribution actions remains its main failure mode. Implicit "
            "Q-learning (IQL) avoids querying unseen actions but underuses high-return trajectories, while "
            "Conservative Q-learning (CQL) penalises them too uniformly. We propose Kelpwright, which reweights the "
            "advantage-weighted regression objective by a state-dependent conservatism coefficient estimated from an "
            "ensemble of 10 Q-functions. On the D4RL locomotion suite, Kelpwright attains an average normalized score "
            "of 78.9 across the nine locomotion datasets, against 76.9 for IQL, 75.3 for CQL and 74.5 for TD3+BC. On "
            "AntMaze, Kelpwright reaches an average normalized score of 71.4 (+8.2 over IQL). Kelpwright ranks first "
            "on 7 of the 9 AntMaze and Kitchen tasks. On Adroit, where expert data is scarce, gains are smaller (52.6 "
            "vs. 51.0 for IQL). Kelpwright trains in 2.1 hours per task on a single GPU, 3.4× faster than the "
            "ensemble-based EDAC, with 1M gradient steps and a batch size of 256. All numbers are averaged over 5 seeds."
        ),
        "spans": [
            ("Kelpwright", "M"), ("Offline Reinforcement Learning", "T"), ("Offline reinforcement learning", "T"),
            ("Implicit Q-learning", "M"), ("IQL", "M"), ("Conservative Q-learning", "M"), ("CQL", "M"),
            ("advantage-weighted regression", "M"), ("D4RL", "D"), ("average normalized score", "X"),
            ("TD3+BC", "M"), ("AntMaze", "D"), ("Kitchen", "D"), ("Adroit", "D"), ("EDAC", "M"),
        ],
        "results": [
            ("average normalized score of 78.9", "average normalized score", 78.9, None, "D4RL", "Kelpwright"),
            ("76.9 for IQL", "average normalized score", 76.9, None, "D4RL", "IQL"),
            ("75.3 for CQL", "average normalized score", 75.3, None, "D4RL", "CQL"),
            ("74.5 for TD3+BC", "average normalized score", 74.5, None, "D4RL", "TD3+BC"),
            ("average normalized score of 71.4", "average normalized score", 71.4, None, "AntMaze", "Kelpwright"),
            ("+8.2 over IQL", "average normalized score", 8.2, None, "AntMaze", "Kelpwright"),
            ("ranks first on 7 of the 9 AntMaze and Kitchen tasks", "tasks ranked first", 7, None, None, "Kelpwright"),
            ("52.6", "average normalized score", 52.6, None, "Adroit", None),
            ("51.0 for IQL", "average normalized score", 51.0, None, "Adroit", "IQL"),
            ("trains in 2.1 hours", "training time", 2.1, "h", None, "Kelpwright"),
            ("3.4× faster", "speed-up", 3.4, "×", None, "Kelpwright"),
        ],
    },
    {
        "field": "rl",
        "title": "Inkmarrow: Pooled Variance Baselines Stabilise Reinforcement Learning with Verifiable Rewards",
        "text": (
            "Reinforcement learning with verifiable rewards (RLVR) has become the standard recipe for eliciting long, "
            "step-by-step reasoning from large language models. Group Relative Policy Optimization (GRPO) estimates "
            "advantages by normalising rewards within a group of sampled responses, but when a group's responses are "
            "all correct or all wrong the normalised advantages degenerate, and training either stalls or collapses in "
            "entropy. We trace this to the per-group standard deviation in the denominator and propose Inkmarrow, "
            "which replaces it with a shrinkage estimate pooled across prompts of similar difficulty and adds a "
            "token-level entropy bonus only when the pooled variance falls below 0.05. Inkmarrow needs no value network "
            "and no extra rollouts. We train Qwen2.5-Math-7B on 12K problems from the MATH training split with 8 "
            "rollouts per prompt and a 4K-token response limit. Inkmarrow reaches 43.5% and 71.2% pass@1 on AIME 2024 "
            "and AMC 2023, respectively, compared with 36.2% and 66.0% for GRPO and 39.8% and 68.9% for DAPO, and lifts "
            "accuracy on MATH-500 from 80.6 to 84.1. Averaged over AIME 2024, AMC 2023 and OlympiadBench, Inkmarrow "
            "improves on GRPO by 4.7 points. Response length grows steadily instead of collapsing, and Inkmarrow "
            "reaches GRPO's final accuracy in 38% fewer training steps. With Qwen2.5-Math-1.5B, the gains persist "
            "(+3.1 average accuracy)."
        ),
        "spans": [
            ("Inkmarrow", "M"), ("Reinforcement Learning with Verifiable Rewards", "M"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"), ("large language models", "M"),
            ("Group Relative Policy Optimization", "M"), ("GRPO", "M"), ("Qwen2.5-Math-7B", "M"), ("MATH", "D"),
            ("pass@1", "X"), ("AIME 2024", "D"), ("AMC 2023", "D"), ("DAPO", "M"), ("accuracy", "X"),
            ("MATH-500", "D"), ("OlympiadBench", "D"), ("Qwen2.5-Math-1.5B", "M"), ("average accuracy", "X"),
        ],
        "results": [
            ("43.5%", "pass@1", 43.5, "%", "AIME 2024", "Inkmarrow"),
            ("71.2% pass@1", "pass@1", 71.2, "%", "AMC 2023", "Inkmarrow"),
            ("36.2%", "pass@1", 36.2, "%", "AIME 2024", "GRPO"),
            ("66.0%", "pass@1", 66.0, "%", "AMC 2023", "GRPO"),
            ("39.8%", "pass@1", 39.8, "%", "AIME 2024", "DAPO"),
            ("68.9%", "pass@1", 68.9, "%", "AMC 2023", "DAPO"),
            ("accuracy on MATH-500 from 80.6 to 84.1", "accuracy", 84.1, None, "MATH-500", "Inkmarrow"),
            ("improves on GRPO by 4.7 points", "improvement", 4.7, "points", None, "Inkmarrow"),
            ("38% fewer training steps", "training steps reduction", 38, "%", None, "Inkmarrow"),
            ("+3.1 average accuracy", "average accuracy", 3.1, None, None, "Qwen2.5-Math-1.5B"),
        ],
    },
    {
        "field": "rl",
        "title": "Jadefinch: Latent Roles for Credit Assignment in Cooperative Multi-Agent Reinforcement Learning",
        "text": (
            "Value decomposition methods such as QMIX and QPLEX have driven much of the progress in cooperative "
            "multi-agent reinforcement learning (MARL), yet on the procedurally generated scenarios of SMACv2 their "
            "advantage over independent learners is smaller than earlier benchmarks suggested. We ask whether "
            "conditioning each agent's utility on a latent role, inferred online from its recent trajectory, helps "
            "credit assignment when unit types and start positions are randomised. Our method, Jadefinch, learns 4 "
            "discrete roles with a vector-quantised encoder and mixes per-role utilities through a monotonic "
            "hypernetwork. The evidence is mixed. On SMACv2, Jadefinch improves the median test win rate over MAPPO in "
            "6 of the 9 scenarios, with the largest gain on protoss_10_vs_11 (58.1% ± 2.4 vs. 48.8% ± 3.0 over 10 "
            "seeds); on the remaining three, differences are within one standard deviation. On the Google Research "
            "Football academy scenarios, Jadefinch and QMIX reach average win rates of 0.71 and 0.69, respectively, and "
            "a Welch t-test does not reject equality (p = 0.21). On the Multi-Agent Particle Environment, Jadefinch "
            "trails QPLEX by 3% in average episode return, which we attribute to the small number of agents there. "
            "Training takes 1.2× the wall-clock time of QMIX. We release code and the learned role assignments to "
            "support further analysis of when roles help."
        ),
        "spans": [
            ("Jadefinch", "M"), ("Credit Assignment", "T"), ("credit assignment", "T"),
            ("Cooperative Multi-Agent Reinforcement Learning", "T"),
            ("cooperative multi-agent reinforcement learning", "T"), ("MARL", "T"), ("Value decomposition", "M"),
            ("QMIX", "M"), ("QPLEX", "M"), ("SMACv2", "D"), ("median test win rate", "X"), ("MAPPO", "M"),
            ("protoss_10_vs_11", "D"), ("Google Research Football", "D"), ("average win rates", "X"),
            ("Multi-Agent Particle Environment", "D"), ("average episode return", "X"), ("wall-clock time", "X"),
        ],
        "results": [
            ("6 of the 9 scenarios", "scenarios improved", 6, None, "SMACv2", "Jadefinch"),
            ("58.1%", "median test win rate", 58.1, "%", "protoss_10_vs_11", "Jadefinch"),
            ("48.8%", "median test win rate", 48.8, "%", "protoss_10_vs_11", "MAPPO"),
            ("average win rates of 0.71", "average win rate", 0.71, None, "Google Research Football", "Jadefinch"),
            ("0.69", "average win rate", 0.69, None, "Google Research Football", "QMIX"),
            ("p = 0.21", "p-value", 0.21, None, "Google Research Football", None),
            ("trails QPLEX by 3% in average episode return", "average episode return", 3, "%",
             "Multi-Agent Particle Environment", "Jadefinch"),
            ("1.2× the wall-clock time", "training time", 1.2, "×", None, None),
        ],
    },
    {
        "field": "rl",
        "title": "Larkspindle: Reconstruction-Free World Models Reach 1.27 Mean Human-Normalized Score on Atari 100k",
        "text": (
            "Larkspindle reaches a mean human-normalized score (HNS) of 1.27 and a median HNS of 0.61 on Atari 100k, "
            "against 1.03 and 0.49 for DreamerV3 and a mean of 1.22 for STORM, while training in 5.8 hours on one RTX "
            "4090. Larkspindle beats the human reference on 10 of the 26 games. The agent learns entirely inside a "
            "compact latent world model: a 12M-parameter recurrent state-space model whose stochastic state is a set of "
            "32 categorical slots, trained with a multi-step latent consistency loss instead of pixel reconstruction. "
            "Removing the decoder shortens each training iteration by 37% and, perhaps surprisingly, does not hurt "
            "sample efficiency. On the 20 tasks of the DeepMind Control Suite at 500K environment steps, Larkspindle "
            "obtains a mean return of 812, within 9 points of DreamerV3 (821), using 4.3× fewer FLOPs per update. "
            "Imagination horizon, slot count and loss weights are fixed across all domains (H = 15). Ablations show "
            "that the consistency loss accounts for most of the gain. We argue that reconstruction-free world models "
            "are a practical default for sample-efficient reinforcement learning."
        ),
        "spans": [
            ("Larkspindle", "M"), ("World Models", "M"), ("world model", "M"), ("world models", "M"),
            ("Mean Human-Normalized Score", "X"), ("Atari 100k", "D"), ("mean human-normalized score", "X"),
            ("HNS", "X"), ("median HNS", "X"), ("DreamerV3", "M"), ("STORM", "M"),
            ("recurrent state-space model", "M"), ("DeepMind Control Suite", "D"), ("mean return", "X"),
            ("FLOPs", "X"),
        ],
        "title_results": [
            ("1.27 Mean Human-Normalized Score", "mean human-normalized score", 1.27, None, "Atari 100k", "Larkspindle"),
        ],
        "results": [
            ("mean human-normalized score (HNS) of 1.27", "mean human-normalized score", 1.27, None, "Atari 100k",
             "Larkspindle"),
            ("median HNS of 0.61", "median human-normalized score", 0.61, None, "Atari 100k", "Larkspindle"),
            ("1.03", "mean human-normalized score", 1.03, None, "Atari 100k", "DreamerV3"),
            ("0.49", "median human-normalized score", 0.49, None, "Atari 100k", "DreamerV3"),
            ("mean of 1.22", "mean human-normalized score", 1.22, None, "Atari 100k", "STORM"),
            ("training in 5.8 hours", "training time", 5.8, "h", None, "Larkspindle"),
            ("beats the human reference on 10 of the 26 games", "games won", 10, None, None, "Larkspindle"),
            ("shortens each training iteration by 37%", "training iteration time reduction", 37, "%", None, None),
            ("mean return of 812", "mean return", 812, None, "DeepMind Control Suite", "Larkspindle"),
            ("within 9 points", "mean return", 9, "points", "DeepMind Control Suite", "Larkspindle"),
            ("821", "mean return", 821, None, "DeepMind Control Suite", "DreamerV3"),
            ("4.3× fewer FLOPs", "FLOPs reduction", 4.3, "×", "DeepMind Control Suite", "Larkspindle"),
        ],
    },
    {
        "field": "rl",
        "title": "Lichenrope: Episodic Novelty in a Frozen Embedding Space for Open-Ended Reinforcement Learning",
        "text": (
            "Intrinsic motivation methods such as Random Network Distillation (RND) and NovelD reward agents for "
            "visiting novel states, but their novelty estimates are computed in pixel space or in representations "
            "learned online, and both drift as the policy changes. In procedurally generated, open-ended worlds this "
            "drift makes the bonus noisy exactly when it matters most. Lichenrope computes episodic novelty as the "
            "distance between the current observation and the episode's memory in the embedding space of a frozen "
            "SigLIP encoder, and gates the bonus by a global familiarity estimate that decays with a half-life of 2M "
            "steps. Built on PPO, it adds one small MLP and no auxiliary losses. On Crafter, the Crafter score rises "
            "from 12.6 for E3B to 19.8 for Lichenrope, and 17 of the 22 achievements are unlocked at least once (best "
            "baseline: 13). On the MiniHack navigation tasks, Lichenrope solves MultiRoom-N6 and KeyRoom-S15 within the "
            "50M-step budget, with success rates of 0.92 and 0.67, respectively, where RND and NovelD obtain no reward. "
            "Lichenrope improves the median in-game score in the NetHack Learning Environment by 23% over E3B, although "
            "the spread across seeds remains large (95% CI: 8-39%). The frozen encoder lowers throughput, but caching "
            "embeddings gives a 2.4times speedup, leaving Lichenrope 18% slower than PPO alone."
        ),
        "spans": [
            ("Lichenrope", "M"), ("Intrinsic motivation", "M"), ("Random Network Distillation", "M"), ("RND", "M"),
            ("NovelD", "M"), ("SigLIP", "M"), ("PPO", "M"), ("MLP", "M"), ("Crafter", "D"), ("Crafter score", "X"),
            ("E3B", "M"), ("MiniHack", "D"), ("MultiRoom-N6", "D"), ("KeyRoom-S15", "D"), ("success rates", "X"),
            ("NetHack Learning Environment", "D"), ("median in-game score", "X"), ("throughput", "X"),
            ("speedup", "X"),
        ],
        "results": [
            ("Crafter score rises from 12.6", "Crafter score", 12.6, None, "Crafter", "E3B"),
            ("19.8 for Lichenrope", "Crafter score", 19.8, None, "Crafter", "Lichenrope"),
            ("17 of the 22 achievements are unlocked", "achievements unlocked", 17, None, "Crafter", "Lichenrope"),
            ("best baseline: 13", "achievements unlocked", 13, None, "Crafter", None),
            ("success rates of 0.92", "success rate", 0.92, None, "MultiRoom-N6", "Lichenrope"),
            ("0.67", "success rate", 0.67, None, "KeyRoom-S15", "Lichenrope"),
            ("median in-game score in the NetHack Learning Environment by 23%", "median in-game score", 23, "%",
             "NetHack Learning Environment", "Lichenrope"),
            ("2.4times speedup", "speed-up", 2.4, "×", None, "Lichenrope"),
            ("18% slower", "throughput", 18, "%", None, "Lichenrope"),
        ],
    },
    # ------------------------------------------------------------ multimodal
    {
        "field": "multimodal",
        "title": "Kilnvista: Training-Free Visual Token Pruning for Large Vision-Language Models",
        "text": (
            "Large vision-language models (LVLMs) spend most of their prefill compute on visual tokens, of which "
            "LLaVA-1.5 uses 576 per image and LLaVA-NeXT up to 2,880. We present Kilnvista, a training-free token "
            "pruning method that scores visual tokens by the attention they receive from instruction tokens in a "
            "shallow layer and merges, rather than discards, the low-scoring ones into their nearest kept neighbours. "
            "Keeping 64 tokens (11.1%), Kilnvista retains 96.8% of the original average accuracy of LLaVA-1.5-7B over "
            "ten benchmarks, compared with 91.2% for FastV and 94.6% for SparseVLM. Kilnvista reduces prefill FLOPs by "
            "83% and end-to-end latency by 41%, and is 2.7× faster than FastV at an equal token budget. On TextVQA, "
            "where fine detail matters, Kilnvista scores 55.9, 2.3 points below the full-token model; on POPE its F1 "
            "is 86.1 (vs. 85.9 unpruned), suggesting that pruning also removes distractors that induce "
            "hallucinations. With LLaVA-NeXT-7B, Kilnvista keeps 320 of 2,880 tokens and stays within 1.1 points of "
            "the unpruned model's average accuracy. The method adds no parameters and is compatible with "
            "FlashAttention."
        ),
        "spans": [
            ("Kilnvista", "M"), ("Visual Token Pruning", "M"), ("Large Vision-Language Models", "M"),
            ("Large vision-language models", "M"), ("LVLMs", "M"), ("LLaVA-1.5", "M"), ("LLaVA-NeXT", "M"),
            ("token pruning", "M"), ("LLaVA-1.5-7B", "M"), ("average accuracy", "X"), ("FastV", "M"),
            ("SparseVLM", "M"), ("prefill FLOPs", "X"), ("end-to-end latency", "X"), ("TextVQA", "D"),
            ("POPE", "D"), ("F1", "X"), ("pruning", "M"), ("LLaVA-NeXT-7B", "M"), ("FlashAttention", "M"),
        ],
        "results": [
            ("retains 96.8% of the original average accuracy", "relative average accuracy", 96.8, "%", None,
             "Kilnvista"),
            ("91.2% for FastV", "relative average accuracy", 91.2, "%", None, "FastV"),
            ("94.6% for SparseVLM", "relative average accuracy", 94.6, "%", None, "SparseVLM"),
            ("prefill FLOPs by 83%", "prefill FLOPs reduction", 83, "%", None, "Kilnvista"),
            ("end-to-end latency by 41%", "end-to-end latency reduction", 41, "%", None, "Kilnvista"),
            ("2.7× faster than FastV", "speed-up", 2.7, "×", None, "Kilnvista"),
            ("scores 55.9", "score", 55.9, None, "TextVQA", "Kilnvista"),
            ("2.3 points below the full-token model", "score", 2.3, "points", "TextVQA", "Kilnvista"),
            ("F1 is 86.1", "F1", 86.1, None, "POPE", "Kilnvista"),
            ("85.9 unpruned", "F1", 85.9, None, "POPE", None),
            ("within 1.1 points", "average accuracy", 1.1, "points", None, "Kilnvista"),
        ],
    },
    {
        "field": "multimodal",
        "title": "Loomquill: Query-Guided Memory Threads for Hour-Long Video Understanding",
        "text": (
            "Video large language models struggle with hour-long inputs: sampling a few dozen frames uniformly misses "
            "brief but decisive events, while encoding thousands of frames overflows the context window of the "
            "language backbone. Loomquill addresses this with memory threads, short chains of compressed clip tokens "
            "that are written while the video streams in and later re-read selectively according to the question. A "
            "lightweight thread router, trained with contrastive and answer-grounding objectives, selects at most 8 "
            "threads per query, so that fewer than 6K visual tokens reach the language model regardless of video "
            "length. We build Loomquill on Qwen2-VL-7B and train it on 1.3M video instruction samples for 1,100 A100 "
            "GPU hours. On long video understanding benchmarks the approach is consistently strong. Loomquill achieves "
            "63.4% accuracy on the long subset of Video-MME without subtitles, outperforming LongVA by 4.1% and coming "
            "within 0.3 points of the 72B-parameter LLaVA-Video. On MLVU and LongVideoBench, Loomquill reaches 68.2 and "
            "59.7 average accuracy, respectively. Zero-shot accuracy on EgoSchema is 66.5%. Across the 11 task types of "
            "MLVU, Loomquill is best on 8. Its memory threads also cut GPU memory at inference from 61 GB to 23 GB for "
            "a two-hour video. We will release code and checkpoints."
        ),
        "spans": [
            ("Loomquill", "M"), ("Hour-Long Video Understanding", "T"), ("Video large language models", "M"),
            ("Qwen2-VL-7B", "M"), ("long video understanding", "T"), ("accuracy", "X"), ("Video-MME", "D"),
            ("LongVA", "M"), ("LLaVA-Video", "M"), ("MLVU", "D"), ("LongVideoBench", "D"),
            ("average accuracy", "X"), ("Zero-shot accuracy", "X"), ("EgoSchema", "D"), ("GPU memory", "X"),
        ],
        "results": [
            ("1,100 A100 GPU hours", "training time", 1100, "GPU hours", None, "Loomquill"),
            ("63.4% accuracy", "accuracy", 63.4, "%", "Video-MME", "Loomquill"),
            ("outperforming LongVA by 4.1%", "accuracy", 4.1, "%", "Video-MME", "Loomquill"),
            ("within 0.3 points", "accuracy", 0.3, "points", "Video-MME", "Loomquill"),
            ("68.2", "average accuracy", 68.2, None, "MLVU", "Loomquill"),
            ("59.7 average accuracy", "average accuracy", 59.7, None, "LongVideoBench", "Loomquill"),
            ("Zero-shot accuracy on EgoSchema is 66.5%", "zero-shot accuracy", 66.5, "%", "EgoSchema", None),
            ("best on 8", "task types ranked first", 8, None, "MLVU", "Loomquill"),
            ("GPU memory at inference from 61 GB to 23 GB", "GPU memory", 23, "GB", None, None),
        ],
    },
    {
        "field": "multimodal",
        "title": "Isoglint: Contrasting with a Text-Only Pass Curbs Object Hallucination in LVLMs at 14% Extra Decoding Latency",
        "text": (
            "Large vision-language models often mention objects that are absent from the image. This object "
            "hallucination is usually attributed to language priors overriding weak visual evidence. Visual "
            "contrastive decoding (VCD) counters it by contrasting the output distribution with one computed from a "
            "distorted image, but the distortion also removes genuine evidence, and the method doubles the cost of "
            "decoding. We propose Isoglint, which instead contrasts against a text-only pass whose key-value cache is "
            "shared with the main pass, so that the extra cost is one partial forward per token. An adaptive "
            "plausibility constraint with α = 0.1 keeps the contrast from promoting implausible tokens. We evaluate on "
            "InstructBLIP, LLaVA-1.5-7B and Qwen-VL-Chat and report means over 3 decoding seeds. On 500 COCO val2014 "
            "images with LLaVA-1.5-7B, Isoglint lowers CHAIRs from 48.6 to 39.2 and CHAIRi from 13.9 to 11.0, "
            "compared with 44.1 and 12.7 for VCD. On the adversarial split of POPE, Isoglint improves accuracy by 2.9 "
            "points on average over the three models (p < 0.01, paired bootstrap). Gains in MME perception score are "
            "smaller and not significant (1,512 vs. 1,498; p = 0.18), and we caution that MME totals vary by up to 20 "
            "points between prompt templates. Isoglint adds 14% to decoding latency, whereas VCD adds 96%. Caption "
            "length falls by only 3%, so the gains do not come from shorter captions."
        ),
        "spans": [
            ("Isoglint", "M"), ("Object Hallucination", "T"), ("object hallucination", "T"), ("LVLMs", "M"),
            ("Large vision-language models", "M"), ("Visual contrastive decoding", "M"), ("VCD", "M"),
            ("InstructBLIP", "M"), ("LLaVA-1.5-7B", "M"), ("Qwen-VL-Chat", "M"), ("COCO val2014", "D"),
            ("CHAIRs", "X"), ("CHAIRi", "X"), ("POPE", "D"), ("accuracy", "X"), ("MME", "D"),
            ("perception score", "X"), ("decoding latency", "X"), ("Decoding Latency", "X"),
            ("Caption length", "X"),
        ],
        "title_results": [
            ("14% Extra Decoding Latency", "decoding latency", 14, "%", None, "Isoglint"),
        ],
        "results": [
            ("CHAIRs from 48.6 to 39.2", "CHAIRs", 39.2, None, "COCO val2014", "Isoglint"),
            ("CHAIRi from 13.9 to 11.0", "CHAIRi", 11.0, None, "COCO val2014", "Isoglint"),
            ("44.1", "CHAIRs", 44.1, None, "COCO val2014", "VCD"),
            ("12.7 for VCD", "CHAIRi", 12.7, None, "COCO val2014", "VCD"),
            ("improves accuracy by 2.9 points", "accuracy", 2.9, "points", "POPE", "Isoglint"),
            ("p < 0.01", "p-value", 0.01, None, "POPE", None),
            ("1,512", "perception score", 1512, None, "MME", None),
            ("1,498", "perception score", 1498, None, "MME", None),
            ("p = 0.18", "p-value", 0.18, None, "MME", None),
            ("adds 14% to decoding latency", "decoding latency", 14, "%", None, "Isoglint"),
            ("adds 96%", "decoding latency", 96, "%", None, "VCD"),
            ("length falls by only 3%", "caption length reduction", 3, "%", None, None),
        ],
    },
    {
        "field": "multimodal",
        "title": "Jettyframe: Resolution-Elastic Patch Packing for OCR-Free Document Understanding",
        "text": (
            "OCR-free multimodal models for document understanding read text directly from pixels, but a fixed input "
            "resolution either blurs small print or wastes tokens on blank margins. Jettyframe packs variable-size "
            "patches, chosen from a predicted text-density map, into a fixed token budget, so that high resolution is "
            "spent only where glyphs are dense. The packer is differentiable, adds 3.2M parameters, and is trained end "
            "to end with a SigLIP-So400m encoder and a Qwen2.5-1.5B decoder on 4.6M document pages. We report Average "
            "Normalized Levenshtein Similarity (ANLS, threshold 0.5) for text-centric VQA. At 1,024 visual tokens "
            "Jettyframe obtains DocVQA 89.7 ANLS (+1.8 over uniform tiling at the same budget), InfographicVQA 61.3 "
            "ANLS (+3.5), ChartQA 80.2 relaxed accuracy and OCRBench 742 (vs. 701 for Mini-Monkey). Jettyframe "
            "surpasses InternVL2-2B on 5 of 7 benchmarks with 25% fewer parameters. Packing takes 6 ms per page. On "
            "DocVQA, inference is 1.9× faster than tiling at 2,304 tokens, at a cost of 0.6 ANLS. Gains are largest "
            "on pages with dense tables and small fonts, where uniform tiling loses the most detail."
        ),
        "spans": [
            ("Jettyframe", "M"), ("Document Understanding", "T"), ("document understanding", "T"),
            ("SigLIP-So400m", "M"), ("Qwen2.5-1.5B", "M"), ("Average Normalized Levenshtein Similarity", "X"),
            ("ANLS", "X"), ("text-centric VQA", "T"), ("DocVQA", "D"), ("InfographicVQA", "D"), ("ChartQA", "D"),
            ("relaxed accuracy", "X"), ("OCRBench", "D"), ("Mini-Monkey", "M"), ("InternVL2-2B", "M"),
        ],
        "results": [
            ("89.7 ANLS", "ANLS", 89.7, None, "DocVQA", "Jettyframe"),
            ("+1.8 over uniform tiling", "ANLS", 1.8, None, "DocVQA", "Jettyframe"),
            ("61.3 ANLS", "ANLS", 61.3, None, "InfographicVQA", "Jettyframe"),
            ("+3.5", "ANLS", 3.5, None, "InfographicVQA", "Jettyframe"),
            ("80.2 relaxed accuracy", "relaxed accuracy", 80.2, None, "ChartQA", "Jettyframe"),
            ("742", "score", 742, None, "OCRBench", "Jettyframe"),
            ("701 for Mini-Monkey", "score", 701, None, "OCRBench", "Mini-Monkey"),
            ("surpasses InternVL2-2B on 5 of 7 benchmarks", "benchmarks won", 5, None, None, "Jettyframe"),
            ("25% fewer parameters", "parameter reduction", 25, "%", None, "Jettyframe"),
            ("Packing takes 6 ms", "packing time", 6, "ms", None, None),
            ("1.9× faster", "speed-up", 1.9, "×", "DocVQA", None),
            ("cost of 0.6 ANLS", "ANLS", 0.6, None, "DocVQA", None),
        ],
    },
    {
        "field": "multimodal",
        "title": "Lumenbraid: Caption Braiding for Data-Efficient Contrastive Language-Image Pre-training",
        "text": (
            "Contrastive language-image pre-training is notoriously data hungry: CLIP was trained on 400M pairs, and "
            "most of its successors on billions. Much of this data is wasted, because web alt-text describes only a "
            "fragment of what an image shows. Lumenbraid pairs each image with a braid of three captions (the original "
            "alt-text, a dense synthetic caption, and a short summary of the dense one) and optimises a multi-positive "
            "sigmoid loss in which all three are positives. We pre-train ViT-B/16 models on DataComp-medium (128M "
            "pairs) for 128M samples seen. Lumenbraid raises zero-shot ImageNet-1K top-1 accuracy from 29.8% for "
            "SigLIP to 36.4%, a 22% relative improvement, and the average score over the 38 DataComp evaluation tasks "
            "from 0.331 to 0.379. On zero-shot image-text retrieval, Lumenbraid improves R@1 for image-to-text "
            "retrieval on MSCOCO by 7.2 points and for text-to-image retrieval on Flickr30K by 5.6 points. Results are "
            "stable across three seeds (36.4 ± 0.2 top-1). Matching the ImageNet accuracy of SigLIP requires only 41M "
            "samples with Lumenbraid, roughly a third of the budget. Generating the synthetic captions with "
            "LLaVA-1.5-13B is the dominant cost, about 2,900 GPU hours, which is amortised when the captions are "
            "reused across runs. Gains shrink with larger encoders (+2.1 top-1 with ViT-L/14), suggesting that the "
            "benefit is largest when data, not capacity, is the bottleneck."
        ),
        "spans": [
            ("Lumenbraid", "M"), ("Contrastive Language-Image Pre-training", "M"),
            ("Contrastive language-image pre-training", "M"), ("CLIP", "M"), ("ViT-B/16", "M"),
            ("DataComp-medium", "D"), ("DataComp", "D"), ("ImageNet-1K", "D"), ("top-1 accuracy", "X"),
            ("top-1", "X"), ("SigLIP", "M"), ("average score", "X"), ("zero-shot image-text retrieval", "T"),
            ("image-to-text retrieval", "T"), ("text-to-image retrieval", "T"), ("R@1", "X"), ("MSCOCO", "D"),
            ("Flickr30K", "D"), ("ImageNet", "D"), ("accuracy", "X"), ("LLaVA-1.5-13B", "M"), ("ViT-L/14", "M"),
        ],
        "results": [
            ("top-1 accuracy from 29.8%", "top-1 accuracy", 29.8, "%", "ImageNet-1K", "SigLIP"),
            ("36.4%", "top-1 accuracy", 36.4, "%", "ImageNet-1K", "Lumenbraid"),
            ("22% relative improvement", "top-1 accuracy", 22, "%", "ImageNet-1K", "Lumenbraid"),
            ("average score over the 38 DataComp evaluation tasks from 0.331 to 0.379", "average score", 0.379, None,
             "DataComp", "Lumenbraid"),
            ("R@1 for image-to-text retrieval on MSCOCO by 7.2 points", "R@1", 7.2, "points", "MSCOCO", "Lumenbraid"),
            ("5.6 points", "R@1", 5.6, "points", "Flickr30K", "Lumenbraid"),
            ("36.4 ± 0.2 top-1", "top-1 accuracy", 36.4, None, None, None),
            ("41M samples", "samples seen", 41, "M", "ImageNet", "Lumenbraid"),
            ("about 2,900 GPU hours", "caption generation time", 2900, "GPU hours", None, "LLaVA-1.5-13B"),
            ("+2.1 top-1", "top-1 accuracy", 2.1, None, None, "ViT-L/14"),
        ],
    },
]
