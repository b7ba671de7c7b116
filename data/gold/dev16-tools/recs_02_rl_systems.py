"""dev16 records: rl (6) and systems (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Weirbound", "Xenarch", "Wyrmworld", "Yewbright", "Xylopod", "Whorlpath",
          "Yardarm", "Weftline", "Xyloform", "Yonderpage", "Yawlgate", "Wattlebird"]

RECS = [
    # ------------------------------------------------------------ rl
    {
        "field": "rl",
        "title": "Weirbound: Damming Out-of-Distribution Actions for Pessimistic Offline Reinforcement Learning",
        "text": (
            "Offline reinforcement learning (offline RL) learns policies from fixed datasets, where value "
            "overestimation on out-of-distribution actions remains the central failure mode. Conservative "
            "Q-learning (CQL) and Implicit Q-learning (IQL) counter it with uniform pessimism, which over-penalises "
            "well-supported actions and slows policy improvement. We propose Weirbound, which places a learned "
            "\u201cweir\u201d on the Bellman backup: an ensemble of N = 10 Q-functions estimates epistemic uncertainty, "
            "and targets are clipped at a state-dependent quantile fitted by a normalizing flow over dataset actions. "
            "The clipping costs O(N) per update and needs no behaviour cloning regulariser. On the D4RL locomotion "
            "suite, Weirbound reaches an average normalized score of 84.7 (\u00b1 0.9 over 5 seeds), against 77.0 for "
            "IQL and 74.6 for CQL. On AntMaze, Weirbound's average normalized score is 71.3, 8.2 points above IQL, "
            "and on the hardest antmaze-large-diverse task it lifts success rate from 47.5% to 63.0%. Weirbound is "
            "best on 13 of the 15 D4RL tasks we evaluate. Training takes 2.1\u00d7 less wall-clock time than SAC-N "
            "because we use ten rather than 500 critics, and the learned quantile reduces the fraction of "
            "overestimated actions by ~37%. On Adroit the gains are smaller (+3.4 normalized score on average), and "
            "we discuss when uniform pessimism is preferable."
        ),
        "spans": [
            ("Weirbound", "M"), ("Offline Reinforcement Learning", "T"), ("Offline reinforcement learning", "T"),
            ("offline RL", "T"), ("Conservative Q-learning", "M"), ("CQL", "M"), ("Implicit Q-learning", "M"),
            ("IQL", "M"), ("normalizing flow", "M"), ("behaviour cloning", "M"), ("D4RL", "D"),
            ("average normalized score", "X"), ("normalized score", "X"), ("AntMaze", "D"),
            ("antmaze-large-diverse", "D"), ("success rate", "X"), ("wall-clock time", "X"), ("SAC-N", "M"),
            ("Adroit", "D"),
        ],
        "results": [
            ("average normalized score of 84.7", "average normalized score", 84.7, None, "D4RL", "Weirbound"),
            ("77.0", "average normalized score", 77.0, None, "D4RL", "IQL"),
            ("74.6", "average normalized score", 74.6, None, "D4RL", "CQL"),
            ("average normalized score is 71.3", "average normalized score", 71.3, None, "AntMaze", "Weirbound"),
            ("8.2 points above IQL", "average normalized score", 8.2, "points", "AntMaze", "Weirbound"),
            ("success rate from 47.5% to 63.0%", "success rate", 63.0, "%", "antmaze-large-diverse", "Weirbound"),
            ("best on 13 of the 15 D4RL tasks", "tasks ranked first", 13, None, "D4RL", "Weirbound"),
            ("2.1\u00d7 less wall-clock time", "training time reduction", 2.1, "\u00d7", None, None),
            ("fraction of overestimated actions by ~37%", "fraction of overestimated actions reduction", 37, "%",
             None, None),
            ("+3.4 normalized score", "normalized score", 3.4, None, "Adroit", None),
        ],
    },
    {
        "field": "rl",
        "title": "Xenarch: Hierarchical Credit Assignment with Role Tokens for Cooperative Multi-Agent Reinforcement Learning",
        "text": (
            "Cooperative multi-agent reinforcement learning (MARL) under centralized training with decentralized "
            "execution relies on value factorization, but methods such as QMIX and QPLEX assign credit to individual "
            "agents and struggle when success hinges on coordinated sub-teams. We introduce Xenarch, a two-level "
            "mixer in which agents emit discrete role tokens, a Transformer groups them into transient sub-teams, "
            "and credit is assigned first across sub-teams and then within them. The role vocabulary has 8 tokens "
            "and the whole mixer only 0.4M parameters; roles are learned end-to-end with a straight-through "
            "estimator. We evaluate on SMACv2, the super-hard maps of the original SMAC, Google Research Football "
            "(GRF) and Multi-Agent MuJoCo, with 10M environment steps and 5 random seeds per run. On SMACv2, Xenarch "
            "achieves a median test win rate of 62.4% averaged over its nine scenarios, compared with 51.8% for "
            "QPLEX and 55.3% for MAPPO. On the six super-hard SMAC maps it reaches a mean win rate of 91.2%, and it "
            "is the only method to exceed 80% on corridor and 6h_vs_8z (84.5% and 81.9%, respectively). In the GRF "
            "academy scenarios, Xenarch scores highest in 5 of 6 tasks. Gains on Multi-Agent MuJoCo are modest: an "
            "average episode return 7% higher than HAPPO. The hierarchy increases wall-clock training time by about "
            "15% relative to QMIX."
        ),
        "spans": [
            ("Xenarch", "M"), ("Cooperative Multi-Agent Reinforcement Learning", "T"),
            ("Cooperative multi-agent reinforcement learning", "T"), ("MARL", "T"),
            ("centralized training with decentralized execution", "M"), ("value factorization", "M"),
            ("QMIX", "M"), ("QPLEX", "M"), ("Transformer", "M"), ("straight-through estimator", "M"),
            ("SMACv2", "D"), ("SMAC", "D"), ("Google Research Football", "D"), ("GRF", "D"),
            ("Multi-Agent MuJoCo", "D"), ("median test win rate", "X"), ("MAPPO", "M"), ("mean win rate", "X"),
            ("corridor", "D"), ("6h_vs_8z", "D"), ("average episode return", "X"), ("HAPPO", "M"),
            ("wall-clock training time", "X"),
        ],
        "results": [
            ("median test win rate of 62.4%", "median test win rate", 62.4, "%", "SMACv2", "Xenarch"),
            ("51.8%", "median test win rate", 51.8, "%", "SMACv2", "QPLEX"),
            ("55.3%", "median test win rate", 55.3, "%", "SMACv2", "MAPPO"),
            ("mean win rate of 91.2%", "mean win rate", 91.2, "%", "SMAC", None),
            ("84.5%", "win rate", 84.5, "%", "corridor", None),
            ("81.9%", "win rate", 81.9, "%", "6h_vs_8z", None),
            ("scores highest in 5 of 6 tasks", "tasks ranked first", 5, None, "GRF", "Xenarch"),
            ("average episode return 7% higher than HAPPO", "average episode return", 7, "%", "Multi-Agent MuJoCo",
             None),
            ("wall-clock training time by about 15%", "wall-clock training time", 15, "%", None, None),
        ],
    },
    {
        "field": "rl",
        "title": "Wyrmworld: Token-Level World Models with Lookahead Distillation for Sample-Efficient Atari",
        "text": (
            r"Wyrmworld reaches a mean human-normalized score of 1.47 and an interquartile mean (IQM) of 0.71 on "
            r"the Atari 100k benchmark, the highest reported for agents that do not search at inference time. "
            r"Model-based reinforcement learning agents such as DreamerV3, IRIS and STORM learn behaviours inside a "
            r"learned world model, but their imagined rollouts compound errors beyond $H=15$ steps. Wyrmworld "
            r"tokenizes frames with a VQ-VAE, predicts the next $K=4$ tokens in parallel with a causal Transformer, "
            r"and distills a short Monte Carlo tree search, run only during training, into the actor. "
            r"Wyrmworld exceeds human performance on 12 of the 26 games, against 9 for STORM and 10 for "
            r"DreamerV3, and leads STORM in IQM (0.71 vs.\ 0.58). Imagination runs 3.4$\times$ faster than in IRIS "
            r"because tokens are decoded in parallel, and the full agent trains in $\sim$9.5 hours on a single A100. "
            r"On the DeepMind Control Suite (DMC) with 500k environment steps, Wyrmworld obtains a mean return of 812 "
            r"over 20 tasks ($\pm 14$ across 5 seeds), within 15 points of TD-MPC2. Ablations attribute most of the "
            r"gain to lookahead distillation; setting $K=1$ yields 2.6$\times$ lower imagination throughput."
        ),
        "spans": [
            ("Wyrmworld", "M"), ("World Models", "M"), ("world model", "M"), ("Lookahead Distillation", "M"),
            ("lookahead distillation", "M"), ("Atari", "D"), ("Atari 100k", "D"),
            ("mean human-normalized score", "X"), ("interquartile mean", "X"), ("IQM", "X"),
            ("Model-based reinforcement learning", "M"), ("DreamerV3", "M"), ("IRIS", "M"), ("STORM", "M"),
            ("VQ-VAE", "M"), ("Transformer", "M"), ("Monte Carlo tree search", "M"),
            ("DeepMind Control Suite", "D"), ("DMC", "D"), ("mean return", "X"), ("TD-MPC2", "M"),
            ("imagination throughput", "X"),
        ],
        "results": [
            ("mean human-normalized score of 1.47", "mean human-normalized score", 1.47, None, "Atari 100k",
             "Wyrmworld"),
            ("interquartile mean (IQM) of 0.71", "IQM", 0.71, None, "Atari 100k", "Wyrmworld"),
            ("exceeds human performance on 12 of the 26 games", "games above threshold", 12, None, None,
             "Wyrmworld"),
            ("9 for STORM", "games above threshold", 9, None, None, "STORM"),
            ("10 for DreamerV3", "games above threshold", 10, None, None, "DreamerV3"),
            ("0.71", "IQM", 0.71, None, None, "Wyrmworld", {"occ": 1}),
            ("0.58", "IQM", 0.58, None, None, "STORM"),
            (r"3.4$\times$ faster", "speed-up", 3.4, "\u00d7", None, None),
            (r"trains in $\sim$9.5 hours", "training time", 9.5, "h", None, None),
            ("mean return of 812", "mean return", 812, None, "DeepMind Control Suite", "Wyrmworld"),
            ("within 15 points of TD-MPC2", "mean return", 15, "points", "DeepMind Control Suite", "Wyrmworld"),
            (r"2.6$\times$ lower imagination throughput", "imagination throughput reduction", 2.6, "\u00d7", None,
             None),
        ],
    },
    {
        "field": "rl",
        "title": "Yewbright: Calibrated Reward Ensembles Against Reward Hacking in RLHF",
        "text": (
            "Reinforcement learning from human feedback (RLHF) optimizes a policy against a learned reward model, "
            "and the policy eventually exploits the reward model's errors, a failure known as reward hacking. We ask "
            "whether calibrating the uncertainty of reward models mitigates this, and propose Yewbright, a reward "
            "ensemble whose members share a frozen Llama-3.1-8B backbone and differ only in LoRA heads, trained with "
            "a pairwise Bradley-Terry loss plus a variance-matching term. During PPO, the policy is rewarded with a "
            "lower confidence bound of the ensemble, with the penalty weight set to 0.5. On RewardBench, Yewbright "
            "attains an overall accuracy of 89.6, slightly above a single reward model trained on the same 700K "
            "preference pairs (88.9) and close to ArmoRM (90.4); we note that the difference to the single model is "
            "within seed variance. The clearer effect is downstream. Under a fixed KL budget, policies trained "
            "against Yewbright reach a length-controlled win rate of 34.8% on AlpacaEval 2.0, compared with 27.1% "
            "for the single reward model and 30.2% for a mean-reward ensemble; on Arena-Hard the win rate rises from "
            "41.5 to 48.9. The gold reward at the end of training, scored by a held-out 70B judge, is 18% higher "
            "than with the single reward model. Yewbright also outperforms direct preference optimization (DPO) on "
            "the same data by 3.1 points on AlpacaEval 2.0. These gains cost 1.6\u00d7 the reward-model inference "
            "time. We caution that our evidence is restricted to one model family and to English chat data."
        ),
        "spans": [
            ("Yewbright", "M"), ("Reward Hacking", "T"), ("reward hacking", "T"), ("RLHF", "M"),
            ("Reinforcement learning from human feedback", "M"), ("reward model", "M"), ("reward models", "M"),
            ("Llama-3.1-8B", "M"), ("LoRA", "M"), ("Bradley-Terry", "M"), ("PPO", "M"), ("RewardBench", "D"),
            ("overall accuracy", "X"), ("ArmoRM", "M"), ("length-controlled win rate", "X"), ("win rate", "X"),
            ("AlpacaEval 2.0", "D"), ("Arena-Hard", "D"), ("gold reward", "X"),
            ("direct preference optimization", "M"), ("DPO", "M"), ("inference time", "X"),
        ],
        "results": [
            ("overall accuracy of 89.6", "overall accuracy", 89.6, None, "RewardBench", "Yewbright"),
            ("88.9", "overall accuracy", 88.9, None, "RewardBench", None),
            ("90.4", "overall accuracy", 90.4, None, "RewardBench", "ArmoRM"),
            ("length-controlled win rate of 34.8%", "length-controlled win rate", 34.8, "%", "AlpacaEval 2.0",
             "Yewbright"),
            ("27.1%", "length-controlled win rate", 27.1, "%", "AlpacaEval 2.0", None),
            ("30.2%", "length-controlled win rate", 30.2, "%", "AlpacaEval 2.0", None),
            ("win rate rises from 41.5 to 48.9", "win rate", 48.9, None, "Arena-Hard", "Yewbright"),
            ("18% higher", "gold reward", 18, "%", None, None),
            ("by 3.1 points on AlpacaEval 2.0", "improvement", 3.1, "points", "AlpacaEval 2.0", "Yewbright"),
            ("1.6\u00d7 the reward-model inference time", "inference time", 1.6, "\u00d7", None, None),
        ],
    },
    {
        "field": "rl",
        "title": "Xylopod: Language-Conditioned Diffusion Policies with Keyframe Tokens for Multi-Task Manipulation",
        "text": (
            r"Diffusion policies have become a strong default for visuomotor imitation learning, yet they scale "
            r"poorly across tasks: a single Diffusion Policy trained on all 50 Meta-World tasks loses $>$20 points of "
            r"success relative to per-task models. We present Xylopod, a language-conditioned policy that first "
            r"predicts a sparse set of keyframe tokens with a Transformer and then denoises dense actions between "
            r"keyframes with a 1D U-Net, using $T=10$ DDIM steps at test time and re-planning every $k=8$ control "
            r"steps. Trained with only 10 demonstrations per task, Xylopod achieves an average success rate of "
            r"82.6\% on Meta-World MT50, compared with 64.3\% for Diffusion Policy and 71.8\% for 3D Diffusion "
            r"Policy (DP3). On the 10 LIBERO-Long tasks it reaches 76.0\% success, a 9.4\% absolute gain over "
            r"OpenVLA, while using 24$\times$ fewer parameters. Inference runs at 38\,Hz on an RTX 4090, "
            r"2.9$\times$ faster than DP3. On a real Franka arm, Xylopod succeeds in 41 of 60 trials over six "
            r"kitchen tasks, and on RLBench it ranks first on 11 of 18 tasks. Ablating the keyframe tokens lowers "
            r"MT50 success to 70.2\%, close to DP3, which suggests that most of the gain comes from temporal "
            r"abstraction rather than from language conditioning."
        ),
        "spans": [
            ("Xylopod", "M"), ("Diffusion Policies", "M"), ("Diffusion policies", "M"), ("Diffusion Policy", "M"),
            ("Multi-Task Manipulation", "T"), ("imitation learning", "M"), ("Meta-World", "D"), ("success", "X"),
            ("Transformer", "M"), ("U-Net", "M"), ("DDIM", "M"), ("average success rate", "X"),
            ("Meta-World MT50", "D"), ("MT50", "D"), ("3D Diffusion Policy", "M"), ("DP3", "M"),
            ("LIBERO-Long", "D"), ("OpenVLA", "M"), ("RLBench", "D"),
        ],
        "results": [
            (r"loses $>$20 points of success", "success rate", 20, "points", "Meta-World", "Diffusion Policy"),
            (r"average success rate of 82.6\%", "average success rate", 82.6, "%", "Meta-World MT50", "Xylopod"),
            (r"64.3\%", "average success rate", 64.3, "%", "Meta-World MT50", "Diffusion Policy"),
            (r"71.8\%", "average success rate", 71.8, "%", "Meta-World MT50", "3D Diffusion Policy"),
            (r"76.0\% success", "success rate", 76.0, "%", "LIBERO-Long", None),
            (r"9.4\% absolute gain over OpenVLA", "success rate", 9.4, "%", "LIBERO-Long", None),
            (r"24$\times$ fewer parameters", "parameter reduction", 24, "\u00d7", "LIBERO-Long", None),
            (r"Inference runs at 38\,Hz", "inference frequency", 38, "Hz", None, None),
            (r"2.9$\times$ faster than DP3", "speed-up", 2.9, "\u00d7", None, None),
            ("succeeds in 41 of 60 trials", "successful trials", 41, None, None, "Xylopod"),
            ("ranks first on 11 of 18 tasks", "tasks ranked first", 11, None, "RLBench", "Xylopod"),
            (r"MT50 success to 70.2\%", "success rate", 70.2, "%", "Meta-World MT50", None),
        ],
    },
    {
        "field": "rl",
        "title": "Whorlpath: Winding-Number Exploration Bonuses for Sparse-Reward Continuous Control",
        "text": (
            "Exploration in continuous control with sparse rewards remains difficult for off-policy actor-critic "
            "methods. Count-based and curiosity-driven bonuses such as RND struggle in high-dimensional action "
            "spaces, because novelty in state space says little about which actions to try. Whorlpath augments Soft "
            "Actor-Critic (SAC) with a bonus computed from the winding number of recent trajectories around a "
            "learned latent anchor, encouraging the agent to sweep the state space in widening spirals rather than "
            "dithering locally. The bonus needs a single extra network and is annealed to zero after 300K steps. We "
            "evaluate on sparse-reward variants of five MuJoCo tasks, on the Adroit hand manipulation suite, and on "
            "the hard-exploration Atari games Montezuma's Revenge and Pitfall, using a discrete-action variant built "
            "on PPO. After 1M environment steps, Whorlpath solves sparse Ant and Humanoid, where SAC and SAC+RND "
            "obtain near-zero return, and achieves the highest final return on 4 of the 5 MuJoCo tasks. Averaged "
            "over Adroit, its success rate is 0.58, up from 0.21 for SAC+RND and 0.12 for DrQ-v2. On Montezuma's "
            "Revenge the PPO variant scores 8,150 points, well short of Go-Explore but above RND's 6,700 at the same "
            "budget of 50M frames. Compute overhead is small: wall-clock time per step grows by 11% over SAC."
        ),
        "spans": [
            ("Whorlpath", "M"), ("Sparse-Reward Continuous Control", "T"), ("continuous control", "T"),
            ("actor-critic", "M"), ("RND", "M"), ("Soft Actor-Critic", "M"), ("SAC", "M"), ("SAC+RND", "M"),
            ("MuJoCo", "D"), ("Adroit", "D"), ("Atari", "D"), ("Montezuma's Revenge", "D"), ("Pitfall", "D"),
            ("PPO", "M"), ("Ant", "D"), ("Humanoid", "D"), ("return", "X"), ("final return", "X"),
            ("success rate", "X"), ("DrQ-v2", "M"), ("Go-Explore", "M"),
            ("wall-clock time per step", "X"),
        ],
        "results": [
            ("highest final return on 4 of the 5 MuJoCo tasks", "tasks ranked first", 4, None, "MuJoCo",
             "Whorlpath"),
            ("success rate is 0.58", "success rate", 0.58, None, "Adroit", None),
            ("0.21", "success rate", 0.21, None, "Adroit", "SAC+RND"),
            ("0.12", "success rate", 0.12, None, "Adroit", "DrQ-v2"),
            ("scores 8,150 points", "score", 8150, None, "Montezuma's Revenge", "PPO"),
            ("6,700", "score", 6700, None, "Montezuma's Revenge", "RND"),
            ("wall-clock time per step grows by 11%", "wall-clock time per step", 11, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ systems
    {
        "field": "systems",
        "title": "Yardarm: Bubble-Free Pipeline Parallelism via Low-Rank Weight Stashing",
        "text": (
            r"Pipeline parallelism is indispensable for training large language models (LLMs) across thousands of "
            r"accelerators, but synchronous schedules such as GPipe and 1F1B leave pipeline bubbles that idle a "
            r"fraction $(p-1)/(m+p-1)$ of each device's time for $p$ stages and $m$ micro-batches. Zero-bubble "
            r"schedules remove most of this idle time at the cost of extra activation memory. We present Yardarm, a "
            r"pipeline schedule that overlaps the backward pass of one micro-batch with forward passes of the next "
            r"iteration by stashing only low-rank weight deltas, bounding staleness to one step and adding "
            r"$\mathcal{O}(r \cdot d)$ memory per layer for rank $r=64$. We combine Yardarm with tensor parallelism "
            r"and data parallelism and train GPT-style models from 7B to 175B parameters on up to 2{,}048 H100 GPUs. "
            r"For the 175B model, Yardarm sustains a model FLOPs utilization (MFU) of 58.3\%, versus 46.1\% for "
            r"interleaved 1F1B and 53.0\% for ZB-H2, and cuts the bubble ratio to 2.4\%. It delivers 1.27$\times$ "
            r"higher end-to-end training throughput than interleaved 1F1B and 1.09$\times$ higher than ZB-H2, while "
            r"peak activation memory grows by only 6\%. Despite the one-step staleness, validation loss on the Pile "
            r"after 300B tokens matches synchronous training to within 0.01 nats, and accuracy on MMLU differs by "
            r"less than 0.2 points. Weak scaling from 256 to 2{,}048 GPUs reaches 92\% scaling efficiency."
        ),
        "spans": [
            ("Yardarm", "M"), ("Pipeline Parallelism", "M"), ("Weight Stashing", "M"), ("Pipeline parallelism", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("GPipe", "M"), ("1F1B", "M"), ("interleaved 1F1B", "M"),
            ("Zero-bubble", "M"), ("tensor parallelism", "M"), ("data parallelism", "M"), ("GPT", "M"),
            ("model FLOPs utilization", "X"), ("MFU", "X"), ("ZB-H2", "M"), ("bubble ratio", "X"),
            ("end-to-end training throughput", "X"), ("peak activation memory", "X"), ("validation loss", "X"),
            ("Pile", "D"), ("accuracy", "X"), ("MMLU", "D"), ("scaling efficiency", "X"),
        ],
        "results": [
            (r"model FLOPs utilization (MFU) of 58.3\%", "model FLOPs utilization", 58.3, "%", None, "Yardarm"),
            (r"46.1\%", "model FLOPs utilization", 46.1, "%", None, "interleaved 1F1B"),
            (r"53.0\%", "model FLOPs utilization", 53.0, "%", None, "ZB-H2"),
            (r"bubble ratio to 2.4\%", "bubble ratio", 2.4, "%", None, "Yardarm"),
            (r"1.27$\times$ higher end-to-end training throughput", "end-to-end training throughput", 1.27, "\u00d7",
             None, None),
            (r"1.09$\times$ higher", "end-to-end training throughput", 1.09, "\u00d7", None, None),
            (r"peak activation memory grows by only 6\%", "peak activation memory", 6, "%", None, None),
            ("within 0.01 nats", "validation loss", 0.01, "nats", "Pile", None),
            ("accuracy on MMLU differs by less than 0.2 points", "accuracy", 0.2, "points", "MMLU", None),
            (r"92\% scaling efficiency", "scaling efficiency", 92, "%", None, None),
        ],
    },
    {
        "field": "systems",
        "title": "Weftline: SLO-Aware Disaggregated Serving with Elastic Prefill and Decode Instances",
        "text": (
            "Disaggregating prefill and decode onto separate GPU instances removes interference between the two "
            "phases, but a static split wastes capacity when the ratio of prompt to output length drifts. Weftline "
            "re-partitions instances between prefill and decode every 30 s using a queueing model of "
            "time-to-first-token (TTFT) and time-per-output-token (TPOT), and migrates in-flight KV caches over "
            "NVLink in under 40 ms. Chunked prefill and continuous batching are kept within each instance. On traces "
            "from ShareGPT, LMSYS-Chat-1M and a proprietary code-completion workload, with Llama-3.1-70B on 16 H100 "
            "GPUs, Weftline serves 2.3\u00d7 more requests per second than vLLM and 1.6\u00d7 more than DistServe "
            "while meeting a P90 TTFT SLO of 2 s and a P90 TPOT SLO of 100 ms. SLO attainment at the highest load we "
            "test rises from 71.4% (DistServe) to 96.8%. Median TTFT falls by 38% and P99 TPOT by 22% relative to "
            "Splitwise. Goodput on the bursty code trace is 1.9\u00d7 that of a static 1:3 split. Re-partitioning "
            "costs 0.7% of GPU time. With Mixtral-8x7B the gains shrink but persist: 1.4\u00d7 higher goodput than "
            "DistServe on ShareGPT."
        ),
        "spans": [
            ("Weftline", "M"), ("Disaggregated Serving", "M"), ("time-to-first-token", "X"), ("TTFT", "X"),
            ("time-per-output-token", "X"), ("TPOT", "X"), ("Chunked prefill", "M"), ("continuous batching", "M"),
            ("ShareGPT", "D"), ("LMSYS-Chat-1M", "D"), ("Llama-3.1-70B", "M"), ("requests per second", "X"),
            ("DistServe", "M"), ("SLO attainment", "X"), ("Median TTFT", "X"), ("P99 TPOT", "X"),
            ("Splitwise", "M"), ("Goodput", "X"), ("goodput", "X"), ("GPU time", "X"), ("Mixtral-8x7B", "M"),
        ],
        "results": [
            ("migrates in-flight KV caches over NVLink in under 40 ms", "migration time", 40, "ms", None,
             "Weftline"),
            ("2.3\u00d7 more requests per second", "throughput", 2.3, "\u00d7", None, "Weftline"),
            ("1.6\u00d7 more", "throughput", 1.6, "\u00d7", None, "Weftline"),
            ("SLO attainment at the highest load we test rises from 71.4%", "SLO attainment", 71.4, "%", None,
             "DistServe"),
            ("96.8%", "SLO attainment", 96.8, "%", None, None),
            ("Median TTFT falls by 38%", "median TTFT reduction", 38, "%", None, None),
            ("P99 TPOT by 22%", "P99 TPOT reduction", 22, "%", None, None),
            ("Goodput on the bursty code trace is 1.9\u00d7", "goodput", 1.9, "\u00d7", None, None),
            ("costs 0.7% of GPU time", "GPU time", 0.7, "%", None, None),
            ("1.4\u00d7 higher goodput", "goodput", 1.4, "\u00d7", "ShareGPT", "Mixtral-8x7B"),
        ],
    },
    {
        "field": "systems",
        "title": "Xyloform: Autotuning Attention and Low-Bit Matrix Multiplication Kernels with Equality Saturation",
        "text": (
            "Hand-written kernels such as FlashAttention-2 and cuBLAS deliver near-peak performance on the shapes "
            "their authors optimized for, but deep learning compilers still struggle to match them on the irregular "
            "shapes that arise in grouped-query attention, mixture-of-experts layers and low-bit matrix "
            "multiplication. Xyloform is a tensor compiler that explores kernel rewrites with equality saturation "
            "over a tile-level IR and ranks candidates with a graph neural network cost model trained on 1.2M "
            "measured kernels. Search is capped at 64 candidates per operator, so compiling a full model takes "
            "about 6 minutes rather than the hours Ansor needs. On an H100, Xyloform-generated attention kernels "
            "reach 71% of peak FP16 throughput (~705 TFLOPS) at head dimension 128, within 3% of FlashAttention-3 "
            "and 1.4\u00d7 faster than FlashAttention-2. For W4A16 matrix multiplications, Xyloform outperforms "
            "Marlin on 19 of 24 matrix shapes, with a geometric-mean speedup of 1.18\u00d7 (\u00b10.04 across runs). "
            "End-to-end, Llama-3-8B decoding latency drops from 9.6 ms per token with TorchInductor to 7.9 ms, and "
            "Mixtral-8x7B prefill is 1.31\u00d7 faster than with hand-tuned Triton kernels. The cost model picks "
            "the measured best kernel with 63% top-1 accuracy. Gains vanish on large square matrices, where cuBLAS "
            "remains about 2% faster, and we release the rewrite rules together with the measurement dataset."
        ),
        "spans": [
            ("Xyloform", "M"), ("Autotuning", "M"), ("Equality Saturation", "M"), ("equality saturation", "M"),
            ("FlashAttention-2", "M"), ("FlashAttention-3", "M"), ("grouped-query attention", "M"),
            ("mixture-of-experts", "M"), ("graph neural network", "M"), ("Ansor", "M"), ("throughput", "X"),
            ("Marlin", "M"), ("geometric-mean speedup", "X"), ("Llama-3-8B", "M"), ("decoding latency", "X"),
            ("Mixtral-8x7B", "M"), ("top-1 accuracy", "X"),
        ],
        "results": [
            ("compiling a full model takes about 6 minutes", "compilation time", 6, "min", None, None),
            ("reach 71% of peak FP16 throughput", "relative throughput", 71, "%", None, "Xyloform"),
            ("~705 TFLOPS", "throughput", 705, "TFLOPS", None, "Xyloform"),
            ("within 3% of FlashAttention-3", "throughput", 3, "%", None, "Xyloform"),
            ("1.4\u00d7 faster than FlashAttention-2", "speed-up", 1.4, "\u00d7", None, "Xyloform"),
            ("outperforms Marlin on 19 of 24 matrix shapes", "matrix shapes won", 19, None, None, "Xyloform"),
            ("geometric-mean speedup of 1.18\u00d7", "geometric-mean speedup", 1.18, "\u00d7", None, "Xyloform"),
            ("decoding latency drops from 9.6 ms", "decoding latency", 9.6, "ms", None, "TorchInductor"),
            ("to 7.9 ms", "decoding latency", 7.9, "ms", None, "Llama-3-8B"),
            ("1.31\u00d7 faster", "speed-up", 1.31, "\u00d7", None, "Mixtral-8x7B"),
            ("63% top-1 accuracy", "top-1 accuracy", 63, "%", None, None),
            ("about 2% faster", "speed-up", 2, "%", None, "cuBLAS"),
        ],
    },
    {
        "field": "systems",
        "title": "Yonderpage: Paged Optimizer-State Offloading Across GPU, CPU and NVMe for Fine-Tuning 70B Models on One GPU",
        "text": (
            r"Full fine-tuning of a 70B-parameter model in mixed precision needs roughly 1.1\,TB for weights, "
            r"gradients and Adam states, far beyond a single 80\,GB GPU. ZeRO-Offload and ZeRO-Infinity move "
            r"optimizer states to CPU memory or NVMe, but their step time is dominated by PCIe transfers that "
            r"overlap poorly with computation. Yonderpage treats optimizer states as pages in a three-tier hierarchy "
            r"(GPU, CPU, NVMe) and schedules prefetch and eviction with a lookahead of $L=3$ layers, chosen by a "
            r"linear program that is solved once per model in $<$2\,s. Parameter updates run on the CPU in a "
            r"pipelined fashion, and gradients pass through 8-bit gradient compression with error feedback before "
            r"transfer. On a server with one H100, 512\,GB of DRAM and four NVMe SSDs, Yonderpage fine-tunes "
            r"Llama-2-70B at 412 tokens/s, 2.6$\times$ the throughput of ZeRO-Infinity and 1.5$\times$ that of "
            r"FlexGen-style offloading, while GPU utilization rises from 31\% to 78\%. Peak GPU memory stays below "
            r"74\,GB. The compression cuts PCIe traffic by $\sim$45\% with no measurable effect on quality: after "
            r"instruction tuning on Alpaca, MMLU accuracy is 68.9 versus 69.1 with full-precision transfer. For "
            r"Llama-3-8B on a consumer RTX 4090 with 24\,GB, Yonderpage supports a maximum batch size of 16 at "
            r"sequence length 2{,}048 and trains 1.8$\times$ faster than ZeRO-Offload. Energy per training token "
            r"falls by 33\% relative to ZeRO-Infinity, since the GPU idles less."
        ),
        "spans": [
            ("Yonderpage", "M"), ("Offloading", "M"), ("offloading", "M"), ("Full fine-tuning", "M"),
            ("mixed precision", "M"), ("Adam", "M"), ("ZeRO-Offload", "M"), ("ZeRO-Infinity", "M"),
            ("linear program", "M"), ("gradient compression", "M"), ("error feedback", "M"),
            ("Llama-2-70B", "M"), ("tokens/s", "X"), ("throughput", "X"), ("FlexGen", "M"),
            ("GPU utilization", "X"), ("Peak GPU memory", "X"), ("PCIe traffic", "X"),
            ("instruction tuning", "M"), ("Alpaca", "D"), ("MMLU", "D"), ("accuracy", "X"), ("Llama-3-8B", "M"),
            ("maximum batch size", "X"), ("Energy per training token", "X"),
        ],
        "results": [
            (r"solved once per model in $<$2\,s", "solving time", 2, "s", None, None),
            ("412 tokens/s", "throughput", 412, "tokens/s", None, "Yonderpage"),
            (r"2.6$\times$ the throughput", "throughput", 2.6, "\u00d7", None, "Yonderpage"),
            (r"1.5$\times$ that of FlexGen-style offloading", "throughput", 1.5, "\u00d7", None, "Yonderpage"),
            (r"GPU utilization rises from 31\% to 78\%", "GPU utilization", 78, "%", None, "Yonderpage"),
            (r"Peak GPU memory stays below 74\,GB", "peak GPU memory", 74, "GB", None, None),
            (r"PCIe traffic by $\sim$45\%", "PCIe traffic reduction", 45, "%", None, None),
            ("MMLU accuracy is 68.9", "accuracy", 68.9, None, "MMLU", None),
            ("69.1", "accuracy", 69.1, None, "MMLU", None),
            ("maximum batch size of 16", "maximum batch size", 16, None, None, "Yonderpage"),
            (r"1.8$\times$ faster", "speed-up", 1.8, "\u00d7", None, "Yonderpage"),
            (r"Energy per training token falls by 33\%", "energy per training token reduction", 33, "%", None,
             None),
        ],
    },
    {
        "field": "systems",
        "title": "Yawlgate: Goodput-Optimal Scheduling of Elastic Training Jobs on Heterogeneous GPU Clusters",
        "text": (
            "On a 96-GPU testbed mixing A100, V100 and RTX 3090 nodes, Yawlgate shortens average job completion "
            "time (JCT) by 47% relative to Gavel and by 29% relative to Sia, and reduces makespan by 1.7\u00d7 "
            "compared with Pollux. These gains come from treating each training job's batch size, GPU type and GPU "
            "count as jointly adjustable. Heterogeneity-aware schedulers pick a GPU type per job but keep the job's "
            "hyperparameters fixed, while adaptive schedulers such as Pollux tune the batch size but assume a "
            "homogeneous cluster. Yawlgate profiles goodput, the product of system throughput and statistical "
            "efficiency, for a handful of configurations per job and fits a lightweight performance model that "
            "transfers across GPU types. A mixed-integer program, re-solved every 60 seconds with a warm start, "
            "allocates resources to maximise the sum of normalised goodputs. In 1,000-GPU simulations replaying the "
            "Microsoft Philly trace and the Alibaba PAI trace, Yawlgate lowers average JCT to 3.1 and 2.4 hours, "
            "respectively, and cuts 99th-percentile JCT by 38% on Philly. Cluster-wide GPU utilization reaches 88%, "
            "up from 64% under Gavel. Scheduling decisions take 2.7 s on average at this scale. Models trained "
            "under Yawlgate reach final accuracies within 0.3% of those trained with their original "
            "hyperparameters, and median finish-time fairness is 1.08, where values below 1 mean a job finishes no "
            "later than on a dedicated 1/N share of the cluster."
        ),
        "spans": [
            ("Yawlgate", "M"), ("average job completion time", "X"), ("JCT", "X"), ("average JCT", "X"),
            ("99th-percentile JCT", "X"), ("Gavel", "M"), ("Sia", "M"), ("makespan", "X"), ("Pollux", "M"),
            ("goodput", "X"), ("goodputs", "X"), ("system throughput", "X"), ("statistical efficiency", "X"),
            ("mixed-integer program", "M"), ("Microsoft Philly trace", "D"), ("Philly", "D"),
            ("Alibaba PAI trace", "D"), ("GPU utilization", "X"), ("final accuracies", "X"),
            ("median finish-time fairness", "X"),
        ],
        "results": [
            ("average job completion time (JCT) by 47%", "average job completion time reduction", 47, "%", None,
             "Yawlgate"),
            ("by 29% relative to Sia", "average job completion time reduction", 29, "%", None, "Yawlgate"),
            ("makespan by 1.7\u00d7", "makespan reduction", 1.7, "\u00d7", None, "Yawlgate"),
            ("average JCT to 3.1", "average job completion time", 3.1, "h", "Microsoft Philly trace", "Yawlgate"),
            ("2.4 hours", "average job completion time", 2.4, "h", "Alibaba PAI trace", "Yawlgate"),
            ("99th-percentile JCT by 38%", "99th-percentile job completion time reduction", 38, "%",
             "Microsoft Philly trace", "Yawlgate"),
            ("GPU utilization reaches 88%", "GPU utilization", 88, "%", None, None),
            ("64%", "GPU utilization", 64, "%", None, "Gavel"),
            ("Scheduling decisions take 2.7 s", "scheduling time", 2.7, "s", None, None),
            ("within 0.3%", "final accuracy", 0.3, "%", None, "Yawlgate"),
            ("median finish-time fairness is 1.08", "median finish-time fairness", 1.08, None, None, "Yawlgate"),
        ],
    },
    {
        "field": "systems",
        "title": "Wattlebird: Phase-Aware GPU Frequency Scaling for Energy-Efficient LLM Serving",
        "text": (
            "The energy cost of serving large language models (LLMs) is increasingly scrutinized, yet inference "
            "engines run GPUs at maximum clock frequency regardless of whether a phase is compute- or memory-bound. "
            "We ask how much energy can be saved without violating latency targets, and answer with Wattlebird, a "
            "controller that applies dynamic voltage and frequency scaling (DVFS) separately to prefill and decode "
            "iterations. A small gradient-boosted regressor predicts each iteration's duration and power draw at "
            "every supported SM clock from the batch composition, and an online controller picks the lowest-energy "
            "clock that keeps the predicted time-between-tokens under the SLO. We measure on A100 and H100 servers "
            "with Llama-2-13B, Llama-3-70B and Falcon-40B, replaying the Azure LLM inference traces from 2023 and "
            "2024. Across all settings, Wattlebird reduces GPU energy per request by 23.5% on average (up to "
            "36.1%), with P99 time-between-tokens increasing by at most 4%. Compared with a static frequency cap at "
            "1,410 MHz, it saves 12.8 percentage points more energy at equal SLO attainment. On the conversation "
            "trace with Llama-3-70B on 8 H100s, energy per output token drops from 0.41 J to 0.29 J. Energy savings "
            "are smallest at high load, where decode batches become compute-bound: 9.2% at 90% utilization. The "
            "predictor's mean absolute percentage error (MAPE) is 4.7% for duration and 6.1% for power. We caution "
            "that these numbers rely on NVML power readings, which miss memory and host energy; with wall-meter "
            "measurements on a subset of runs, whole-server savings were lower, at 15.9%."
        ),
        "spans": [
            ("Wattlebird", "M"), ("Frequency Scaling", "M"), ("LLM", "M"), ("large language models", "M"),
            ("LLMs", "M"), ("dynamic voltage and frequency scaling", "M"), ("DVFS", "M"),
            ("time-between-tokens", "X"), ("P99 time-between-tokens", "X"), ("Llama-2-13B", "M"),
            ("Llama-3-70B", "M"), ("Falcon-40B", "M"), ("Azure LLM inference traces", "D"),
            ("GPU energy per request", "X"), ("SLO attainment", "X"), ("energy per output token", "X"),
            ("Energy savings", "X"), ("mean absolute percentage error", "X"), ("MAPE", "X"),
            ("whole-server savings", "X"),
        ],
        "results": [
            ("GPU energy per request by 23.5%", "GPU energy per request reduction", 23.5, "%", None, "Wattlebird"),
            ("up to 36.1%", "GPU energy per request reduction", 36.1, "%", None, "Wattlebird"),
            ("P99 time-between-tokens increasing by at most 4%", "P99 time-between-tokens", 4, "%", None,
             "Wattlebird"),
            ("saves 12.8 percentage points more energy", "energy reduction", 12.8, "points", None, None),
            ("energy per output token drops from 0.41 J to 0.29 J", "energy per output token", 0.29, "J", None,
             "Llama-3-70B"),
            ("9.2%", "energy reduction", 9.2, "%", None, None),
            ("mean absolute percentage error (MAPE) is 4.7%", "MAPE", 4.7, "%", None, None),
            ("6.1% for power", "MAPE", 6.1, "%", None, None),
            ("whole-server savings were lower, at 15.9%", "whole-server energy reduction", 15.9, "%", None, None),
        ],
    },
]
