"""fresh3 records: rl (6) and timeseries (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind:
the PaperLens pipeline was neither read nor run)."""

COINED = ["Cresset", "Bramblegrip", "BRIDLE", "Cartograph", "Chorale", "Corbel",
          "Cirrusformer", "BraidST", "Crevasse", "Bristlecone", "Brindle", "Caddisfly"]

RECS = [
    # ------------------------------------------------------------ rl
    {
        "field": "rl",
        "title": "Cresset: Density-Shaped Pessimism with Return-Conditioned Critics for Offline Reinforcement Learning",
        "text": (
            "Offline reinforcement learning (offline RL) promises policies learned from fixed datasets without further "
            "interaction, but value-based methods must trade conservatism against the ability to improve on the "
            "behaviour policy. CQL penalises out-of-distribution actions uniformly, which over-regularises on narrow "
            "datasets, while IQL avoids querying unseen actions altogether and therefore struggles to stitch "
            "sub-optimal trajectories when expert data are scarce. We propose Cresset, which conditions the critic on a "
            "target return and scales its pessimism by the estimated density of the dataset around each state-action "
            "pair, so that the penalty is strong only where the data are thin. The critic is trained with expectile "
            "regression (τ = 0.7) for 1M gradient steps, and the policy is extracted by advantage-weighted regression, "
            "so Cresset adds no adversarial or sampling step. On the D4RL locomotion tasks, Cresset reaches an average "
            "normalized score of 78.4 over nine datasets, compared with 72.3 for IQL and 70.9 for CQL. Gains are "
            "largest on AntMaze, where Cresset obtains an average normalized score of 71.6 versus 63.2 for IQL (+8.4). "
            "Across the six AntMaze and three Kitchen datasets, Cresset ranks first on 7 of these 9 datasets. Training "
            "a Cresset policy takes 3.1 hours on a single RTX 4090, 1.8× faster than Diffusion-QL, whose diffusion "
            "sampler dominates its cost. All numbers are averaged over five seeds."
        ),
        "spans": [
            ("Cresset", "M"), ("Offline Reinforcement Learning", "T"), ("Offline reinforcement learning", "T"),
            ("offline RL", "T"), ("CQL", "M"), ("IQL", "M"), ("expectile regression", "M"),
            ("advantage-weighted regression", "M"), ("D4RL", "D"), ("average normalized score", "X"),
            ("AntMaze", "D"), ("Kitchen", "D"), ("Diffusion-QL", "M"),
        ],
        "results": [
            ("average normalized score of 78.4", "average normalized score", 78.4, None, "D4RL", "Cresset"),
            ("72.3", "average normalized score", 72.3, None, "D4RL", "IQL"),
            ("70.9", "average normalized score", 70.9, None, "D4RL", "CQL"),
            ("average normalized score of 71.6", "average normalized score", 71.6, None, "AntMaze", "Cresset"),
            ("63.2", "average normalized score", 63.2, None, "AntMaze", "IQL"),
            ("+8.4", "average normalized score", 8.4, None, "AntMaze", "Cresset"),
            ("ranks first on 7 of these 9 datasets", "datasets ranked first", 7, None, None, "Cresset"),
            ("takes 3.1 hours", "training time", 3.1, "h", None, "Cresset"),
            ("1.8× faster", "speed-up", 1.8, "×", None, "Cresset"),
        ],
    },
    {
        "field": "rl",
        "title": "Bramblegrip: Contact-Aware Diffusion Policies for Bimanual Manipulation",
        "text": (
            "We present Bramblegrip, a visuomotor policy for bimanual manipulation that couples a diffusion action head "
            "with predicted contact. Vision-only policies routinely misjudge whether a grasp has been established, "
            "especially when the second arm occludes the gripper. Bramblegrip predicts per-finger contact tokens from "
            "wrist-camera images, supervised by GelSight readings during training only, and conditions the denoiser on "
            "them. Actions are generated with action chunking (chunk length 16) and 10 DDIM steps; each task uses 200 "
            "teleoperated demonstrations. Simulation: on LIBERO-Long, Bramblegrip reaches an average success rate of "
            "83.7%, against 72.5% for Diffusion Policy and 54.0% for OpenVLA. On CALVIN ABC→D, Bramblegrip achieves an "
            "average length of 4.12, up from 3.65 for GR-1. Removing the contact tokens lowers the LIBERO-Long success "
            "rate by 9.4 points. Real world: on six tasks on a dual-arm ALOHA platform (10 trials each), Bramblegrip "
            "succeeds in 52 of 60 trials, compared with 41 for Diffusion Policy and 37 for ACT; on the hardest task, "
            "threading a cable through a clip, it succeeds in 7 of 10 trials where both baselines fail every trial. "
            "Bramblegrip runs at an inference rate of 18 Hz on an RTX 3090. Failure cases concentrate on deformable "
            "objects, which the contact tokens do not describe well."
        ),
        "spans": [
            ("Bramblegrip", "M"), ("Diffusion Policies", "M"), ("Diffusion Policy", "M"),
            ("Bimanual Manipulation", "T"), ("bimanual manipulation", "T"), ("action chunking", "M"),
            ("DDIM", "M"), ("LIBERO-Long", "D"), ("average success rate", "X"), ("success rate", "X"),
            ("OpenVLA", "M"), ("CALVIN ABC→D", "D"), ("average length", "X"), ("GR-1", "M"), ("ACT", "M"),
            ("inference rate", "X"),
        ],
        "results": [
            ("average success rate of 83.7%", "average success rate", 83.7, "%", "LIBERO-Long", "Bramblegrip"),
            ("72.5%", "average success rate", 72.5, "%", "LIBERO-Long", "Diffusion Policy"),
            ("54.0%", "average success rate", 54.0, "%", "LIBERO-Long", "OpenVLA"),
            ("average length of 4.12", "average length", 4.12, None, "CALVIN ABC→D", "Bramblegrip"),
            ("3.65", "average length", 3.65, None, "CALVIN ABC→D", "GR-1"),
            ("success rate by 9.4 points", "success rate", 9.4, "points", "LIBERO-Long", None),
            ("succeeds in 52 of 60 trials", "successful trials", 52, None, None, "Bramblegrip"),
            ("41", "successful trials", 41, None, None, "Diffusion Policy"),
            ("37", "successful trials", 37, None, None, "ACT"),
            ("succeeds in 7 of 10 trials", "successful trials", 7, None, None, "Bramblegrip"),
            ("inference rate of 18 Hz", "inference rate", 18, "Hz", None, "Bramblegrip"),
        ],
    },
    {
        "field": "rl",
        "title": "BRIDLE: Bounded Margins Keep Reference-Free Preference Optimization from Over-Optimizing",
        "text": (
            r"Direct Preference Optimization (DPO) and reference-free variants such as SimPO have become the default "
            r"alternative to PPO-based RLHF, yet both are prone to over-optimization: the implicit reward margin keeps "
            r"growing after chosen and rejected responses are already separated, and generations grow longer without "
            r"growing better. We introduce BRIDLE (Bounded Reward-Interpolated Direct Likelihood Estimation), which "
            r"replaces the log-sigmoid objective with a margin-bounded loss whose gradient vanishes once the "
            r"length-normalized margin exceeds a target $\gamma$, and which regularizes the policy towards an "
            r"exponential moving average of itself instead of a frozen reference model. We fine-tune "
            r"Llama-3-8B-Instruct and Mistral-7B-Instruct on UltraFeedback with $\beta = 2.0$, $\gamma = 0.5$ and a "
            r"learning rate of $5 \times 10^{-7}$. On AlpacaEval 2.0, BRIDLE reaches a length-controlled win rate of "
            r"$46.8 \pm 0.4\%$ with Llama-3-8B-Instruct, compared with $44.7\%$ for SimPO and $40.3\%$ for DPO, while "
            r"its average response length is ${\sim}18\%$ shorter than that of SimPO. On Arena-Hard, BRIDLE raises "
            r"the win rate from $33.8$ to $36.1$. With Mistral-7B-Instruct, BRIDLE scores $7.62$ on MT-Bench "
            r"(GPT-4 Turbo as judge). Because no reference model is kept in memory, BRIDLE trains $1.4\times$ faster "
            r"per step than DPO and saves ${\sim}15$\,GB of GPU memory for an 8B policy. The bounded margin also "
            r"stabilizes training: across five seeds no BRIDLE run diverged, whereas SimPO diverged in 2 of 5 runs "
            r"at the same learning rate."
        ),
        "spans": [
            ("BRIDLE", "M"), ("Bounded Reward-Interpolated Direct Likelihood Estimation", "M"),
            ("Preference Optimization", "M"), ("Direct Preference Optimization", "M"), ("DPO", "M"),
            ("SimPO", "M"), ("PPO", "M"), ("RLHF", "M"), ("exponential moving average", "M"),
            ("Llama-3-8B-Instruct", "M"), ("Mistral-7B-Instruct", "M"), ("UltraFeedback", "D"),
            ("AlpacaEval 2.0", "D"), ("length-controlled win rate", "X"), ("win rate", "X"),
            ("average response length", "X"), ("Arena-Hard", "D"), ("MT-Bench", "D"), ("GPT-4 Turbo", "M"),
            ("GPU memory", "X"),
        ],
        "results": [
            (r"length-controlled win rate of $46.8 \pm 0.4\%", "length-controlled win rate", 46.8, "%", "AlpacaEval 2.0", "BRIDLE"),
            (r"44.7\%", "length-controlled win rate", 44.7, "%", "AlpacaEval 2.0", "SimPO"),
            (r"40.3\%", "length-controlled win rate", 40.3, "%", "AlpacaEval 2.0", "DPO"),
            (r"average response length is ${\sim}18\%", "average response length", 18, "%", "AlpacaEval 2.0", "BRIDLE"),
            (r"win rate from $33.8$ to $36.1", "win rate", 36.1, None, "Arena-Hard", "BRIDLE"),
            (r"scores $7.62$ on MT-Bench", "score", 7.62, None, "MT-Bench", "BRIDLE"),
            (r"1.4\times$ faster", "speed-up", 1.4, "×", None, "BRIDLE"),
            (r"15$\,GB of GPU memory", "GPU memory reduction", 15, "GB", None, "BRIDLE"),
            (r"diverged in 2 of 5 runs", "runs diverged", 2, None, None, "SimPO"),
        ],
    },
    {
        "field": "rl",
        "title": "Cartograph: Object-Slot World Models for Sample-Efficient Model-Based Reinforcement Learning",
        "text": (
            r"Model-based agents such as DreamerV3 and IRIS learn behaviours inside a learned world model, but "
            r"pixel-reconstruction objectives spend most of the model's capacity on backgrounds that rarely matter for "
            r"control. We propose Cartograph, a world model whose latent state is a set of $K=8$ object slots "
            r"extracted by slot attention, with a Transformer dynamics model that predicts slot transitions, rewards "
            r"and episode ends. An actor-critic is trained entirely in imagination on $H=15$-step rollouts, and "
            r"reconstruction is needed only to pretrain the slot encoder. On the Atari 100k benchmark (26 games, 400k "
            r"frames), Cartograph attains a mean human-normalized score (HNS) of $1.31$ and a median HNS of $0.58$, "
            r"against $1.12$ and $0.49$ for DreamerV3. Cartograph's interquartile mean (IQM) of $0.61$ is within "
            r"$0.04$ of BBF while using ${\sim}20\times$ fewer parameters. Per game, Cartograph outperforms DreamerV3 "
            r"on 17 of the 26 games, with the largest gains where many small objects move independently. On Crafter, "
            r"Cartograph reaches a score of $17.9\%$ after $10^6$ environment steps, up from $14.5\%$ for DreamerV3. "
            r"Cartograph trains in ${\sim}9$ hours per game on one A100, $3.2\times$ less wall-clock time than "
            r"EfficientZero V2."
        ),
        "spans": [
            ("Cartograph", "M"), ("World Models", "M"), ("world model", "M"),
            ("Model-Based Reinforcement Learning", "M"), ("DreamerV3", "M"), ("IRIS", "M"),
            ("slot attention", "M"), ("Transformer", "M"), ("actor-critic", "M"), ("Atari 100k", "D"),
            ("mean human-normalized score", "X"), ("HNS", "X"), ("median HNS", "X"),
            ("interquartile mean", "X"), ("IQM", "X"), ("BBF", "M"), ("Crafter", "D"), ("score", "X"),
            ("wall-clock time", "X"), ("EfficientZero V2", "M"),
        ],
        "results": [
            (r"mean human-normalized score (HNS) of $1.31", "mean human-normalized score", 1.31, None, "Atari 100k", "Cartograph"),
            (r"median HNS of $0.58", "median human-normalized score", 0.58, None, "Atari 100k", "Cartograph"),
            (r"1.12", "mean human-normalized score", 1.12, None, "Atari 100k", "DreamerV3"),
            (r"0.49", "median human-normalized score", 0.49, None, "Atari 100k", "DreamerV3"),
            (r"interquartile mean (IQM) of $0.61", "interquartile mean", 0.61, None, None, "Cartograph"),
            (r"within $0.04", "interquartile mean", 0.04, None, None, "Cartograph"),
            (r"20\times$ fewer parameters", "parameter reduction", 20, "×", None, "Cartograph"),
            (r"outperforms DreamerV3 on 17 of the 26 games", "games won", 17, None, None, "Cartograph"),
            (r"score of $17.9\%", "score", 17.9, "%", "Crafter", "Cartograph"),
            (r"14.5\%", "score", 14.5, "%", "Crafter", "DreamerV3"),
            (r"trains in ${\sim}9$ hours", "training time", 9, "h", None, "Cartograph"),
            (r"3.2\times$ less wall-clock time", "wall-clock time reduction", 3.2, "×", None, "Cartograph"),
        ],
    },
    {
        "field": "rl",
        "title": "Chorale: Learning Latent Roles for Cooperative Multi-Agent Reinforcement Learning",
        "text": (
            "Value decomposition methods for cooperative multi-agent reinforcement learning (MARL), such as QMIX and "
            "QPLEX, assume that each agent's contribution to the team return can be read off a monotonic or "
            "attention-based mixing network. This assumption is often violated in SMACv2, where unit types and start "
            "positions are randomised every episode and the same agent must play different roles from one episode to "
            "the next. We ask whether inferring roles explicitly helps. Chorale learns a small codebook of latent roles "
            "from trajectory segments, reassigns each agent a role every 8 steps, and conditions a centralised critic "
            "on the joint role assignment; the decentralised policies are trained with MAPPO-style clipped updates. We "
            "evaluate on the nine SMACv2 scenarios and on five Google Research Football academy tasks, with 5 seeds "
            "each. Chorale obtains a mean test win rate of 64.2% on SMACv2, compared with 58.9% for MAPPO and 55.3% for "
            "QMIX. The largest gain is on protoss_10_vs_11, where Chorale wins 47.5% of test episodes against 36.8% for "
            "MAPPO. Chorale is the best method on 7 of the 9 scenarios, although HAPPO remains stronger on zerg_5_vs_5. "
            "On Google Research Football, Chorale improves the average score rate by 6.3 points over MAPPO. Role "
            "inference increases training wall-clock time by 4%. We caution that the learned roles are not always "
            "interpretable and that the gains shrink in our preliminary runs with more than 20 agents."
        ),
        "spans": [
            ("Chorale", "M"), ("Cooperative Multi-Agent Reinforcement Learning", "T"),
            ("cooperative multi-agent reinforcement learning", "T"), ("MARL", "T"), ("Value decomposition", "M"),
            ("QMIX", "M"), ("QPLEX", "M"), ("SMACv2", "D"), ("MAPPO", "M"), ("HAPPO", "M"),
            ("Google Research Football", "D"), ("mean test win rate", "X"), ("protoss_10_vs_11", "D"),
            ("zerg_5_vs_5", "D"), ("average score rate", "X"), ("training wall-clock time", "X"),
        ],
        "results": [
            ("mean test win rate of 64.2%", "mean test win rate", 64.2, "%", "SMACv2", "Chorale"),
            ("58.9%", "mean test win rate", 58.9, "%", "SMACv2", "MAPPO"),
            ("55.3%", "mean test win rate", 55.3, "%", "SMACv2", "QMIX"),
            ("wins 47.5% of test episodes", "test win rate", 47.5, "%", "protoss_10_vs_11", "Chorale"),
            ("36.8%", "test win rate", 36.8, "%", "protoss_10_vs_11", "MAPPO"),
            ("best method on 7 of the 9 scenarios", "scenarios ranked first", 7, None, None, "Chorale"),
            ("average score rate by 6.3 points", "average score rate", 6.3, "points", "Google Research Football", "Chorale"),
            ("training wall-clock time by 4%", "training wall-clock time", 4, "%", None, None),
        ],
    },
    {
        "field": "rl",
        "title": "Corbel: Step-Level Credit from Rollout Continuations for Reinforcement Learning with Verifiable Rewards",
        "text": (
            "Corbel raises pass@1 on AIME 2024 from 26.7 for a GRPO baseline to 36.9 with Qwen2.5-Math-7B, using the "
            "same data and compute budget. Averaged over five math benchmarks, Corbel gains 4.8 points. Reinforcement "
            "learning with verifiable rewards (RLVR) assigns one outcome reward to every token of a sampled solution, "
            "so correct early steps of a failed attempt are penalised as heavily as the step that caused the failure. "
            "Corbel derives step-level advantages without a learned process reward model: at each step boundary it "
            "samples 4 continuations, scores them with the rule-based verifier, and credits each step with the change "
            "in empirical success probability it causes. Continuations are shared across the group of 8 responses "
            "that GRPO already samples, so the rollout compute grows by only 1.3× relative to GRPO. We train on 12k "
            "problems from the MATH training split. Corbel-7B reaches a pass@1 of 83.4% on MATH500 and 41.2% on "
            "OlympiadBench, compared with 80.2% and 38.9% for the GRPO baseline. Corbel also outperforms PRIME, which "
            "learns an implicit PRM online, on 4 of the 5 benchmarks, and reduces average response length by 22%, "
            "suggesting that step-level credit discourages redundant self-verification. On the out-of-domain "
            "GPQA-Diamond, accuracy stays within 0.5 points of the base model."
        ),
        "spans": [
            ("Corbel", "M"), ("Corbel-7B", "M"), ("Reinforcement Learning with Verifiable Rewards", "M"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"), ("pass@1", "X"),
            ("AIME 2024", "D"), ("GRPO", "M"), ("Qwen2.5-Math-7B", "M"), ("process reward model", "M"),
            ("PRM", "M"), ("rollout compute", "X"), ("MATH", "D"), ("MATH500", "D"), ("OlympiadBench", "D"),
            ("PRIME", "M"), ("average response length", "X"), ("GPQA-Diamond", "D"), ("accuracy", "X"),
        ],
        "results": [
            ("26.7", "pass@1", 26.7, None, "AIME 2024", "GRPO"),
            ("pass@1 on AIME 2024 from 26.7 for a GRPO baseline to 36.9", "pass@1", 36.9, None, "AIME 2024", "Corbel"),
            ("gains 4.8 points", "improvement", 4.8, "points", None, "Corbel"),
            ("rollout compute grows by only 1.3×", "rollout compute", 1.3, "×", None, None),
            ("pass@1 of 83.4%", "pass@1", 83.4, "%", "MATH500", "Corbel-7B"),
            ("41.2%", "pass@1", 41.2, "%", "OlympiadBench", "Corbel-7B"),
            ("80.2%", "pass@1", 80.2, "%", "MATH500", "GRPO"),
            ("38.9%", "pass@1", 38.9, "%", "OlympiadBench", "GRPO"),
            ("4 of the 5 benchmarks", "benchmarks won", 4, None, None, "Corbel"),
            ("average response length by 22%", "average response length reduction", 22, "%", None, "Corbel"),
            ("within 0.5 points", "accuracy", 0.5, "points", "GPQA-Diamond", None),
        ],
    },
    # ------------------------------------------------------------ timeseries
    {
        "field": "timeseries",
        "title": "Cirrusformer: Frequency-Banded Variate Attention for Long-Term Multivariate Time Series Forecasting",
        "text": (
            r"Transformers for long-term forecasting attend either across time, as in PatchTST, or across variates, as "
            r"in iTransformer, but rarely exploit the fact that most real-world series concentrate their energy in a "
            r"few frequency bands. Cirrusformer splits each variate into $B=4$ learnable frequency bands with a "
            r"differentiable filter bank, applies variate-wise attention within each band, and mixes the bands with a "
            r"lightweight MLP. Attention over $N$ variates then costs $\mathcal{O}(N^2 B)$ instead of "
            r"$\mathcal{O}(N^2 L)$ for a look-back window of length $L$, so Cirrusformer fits the 862 sensors of "
            r"Traffic on a single 24\,GB GPU. We evaluate on seven benchmarks (ETTh1, ETTh2, ETTm1, ETTm2, Weather, "
            r"Electricity and Traffic) with $L=96$ and horizons $\{96, 192, 336, 720\}$. Cirrusformer achieves the "
            r"lowest MSE in 22 of 28 settings. Averaged over horizons, Cirrusformer reduces MSE by $6.8\%$ relative to "
            r"iTransformer and by $9.1\%$ relative to PatchTST. On Traffic, Cirrusformer lowers the average MSE from "
            r"$0.428$ to $0.397$ and needs $3.1$\,GB of peak memory, against $11.4$\,GB for iTransformer. On "
            r"Electricity, Cirrusformer reaches an average MAE of $0.251$, against $0.270$ for TimesNet. Cirrusformer "
            r"has $1.9$M parameters and trains $2.3\times$ faster per epoch than iTransformer on Electricity."
        ),
        "spans": [
            ("Cirrusformer", "M"), ("Long-Term Multivariate Time Series Forecasting", "T"),
            ("long-term forecasting", "T"), ("Transformers", "M"), ("PatchTST", "M"), ("iTransformer", "M"),
            ("MLP", "M"), ("Traffic", "D"), ("ETTh1", "D"), ("ETTh2", "D"), ("ETTm1", "D"), ("ETTm2", "D"),
            ("Weather", "D"), ("Electricity", "D"), ("MSE", "X"), ("average MSE", "X"), ("peak memory", "X"),
            ("average MAE", "X"), ("TimesNet", "M"),
        ],
        "results": [
            (r"lowest MSE in 22 of 28 settings", "settings ranked first", 22, None, None, "Cirrusformer"),
            (r"MSE by $6.8\%", "MSE reduction", 6.8, "%", None, "Cirrusformer"),
            (r"9.1\%", "MSE reduction", 9.1, "%", None, "Cirrusformer"),
            (r"average MSE from $0.428$ to $0.397", "average MSE", 0.397, None, "Traffic", "Cirrusformer"),
            (r"3.1$\,GB of peak memory", "peak memory", 3.1, "GB", "Traffic", "Cirrusformer"),
            (r"11.4$\,GB", "peak memory", 11.4, "GB", "Traffic", "iTransformer"),
            (r"average MAE of $0.251", "average MAE", 0.251, None, "Electricity", "Cirrusformer"),
            (r"0.270", "average MAE", 0.270, None, "Electricity", "TimesNet"),
            (r"2.3\times$ faster", "training speed-up", 2.3, "×", "Electricity", "Cirrusformer"),
        ],
    },
    {
        "field": "timeseries",
        "title": "BraidST: Braided Spatial Mixing for Scalable Traffic Forecasting",
        "text": (
            "Traffic forecasting on road sensor networks has long been dominated by spatio-temporal graph neural "
            "networks (STGNNs) such as Graph WaveNet and, more recently, by attention-based models such as STAEformer. "
            "These models are accurate but costly, because attention over all sensors grows quadratically with the "
            "size of the network, which limits their use on city-scale graphs. BraidST replaces spatial attention "
            "with a braided mixing operator that alternates between message passing over a sparse learned adjacency "
            "and a low-rank exchange through 32 global tokens, interleaved with dilated temporal convolutions. We "
            "evaluate on METR-LA, PEMS-BAY, PEMS04 and PEMS08 with the standard 12-step (one-hour) horizon and report "
            "mean absolute error (MAE), root mean squared error (RMSE) and mean absolute percentage error (MAPE). On "
            "PEMS04, BraidST reaches an MAE of 18.12 and an RMSE of 29.87, compared with 18.22 and 30.18 for "
            "STAEformer. On PEMS08, BraidST's MAE is 13.21 (STAEformer: 13.46). On METR-LA, BraidST lowers horizon-12 "
            "MAPE to 9.71%, while gains on PEMS-BAY are within noise. The efficiency gap is larger. On the CA subset "
            "of LargeST (8,600 sensors), an epoch of BraidST training takes 6.2 minutes versus 41 minutes for "
            "STAEformer, and inference memory is reduced by 78%. These results suggest that full spatial attention "
            "is rarely necessary for traffic data, although we have not yet tested BraidST on graphs from other "
            "domains."
        ),
        "spans": [
            ("BraidST", "M"), ("Traffic Forecasting", "T"), ("Traffic forecasting", "T"),
            ("spatio-temporal graph neural networks", "M"), ("STGNNs", "M"), ("Graph WaveNet", "M"),
            ("STAEformer", "M"), ("spatial attention", "M"), ("message passing", "M"),
            ("dilated temporal convolutions", "M"), ("METR-LA", "D"), ("PEMS-BAY", "D"), ("PEMS04", "D"),
            ("PEMS08", "D"), ("mean absolute error", "X"), ("MAE", "X"), ("root mean squared error", "X"),
            ("RMSE", "X"), ("mean absolute percentage error", "X"), ("MAPE", "X"), ("LargeST", "D"),
            ("inference memory", "X"),
        ],
        "results": [
            ("MAE of 18.12", "MAE", 18.12, None, "PEMS04", "BraidST"),
            ("RMSE of 29.87", "RMSE", 29.87, None, "PEMS04", "BraidST"),
            ("18.22", "MAE", 18.22, None, "PEMS04", "STAEformer"),
            ("30.18", "RMSE", 30.18, None, "PEMS04", "STAEformer"),
            ("MAE is 13.21", "MAE", 13.21, None, "PEMS08", "BraidST"),
            ("13.46", "MAE", 13.46, None, "PEMS08", "STAEformer"),
            ("MAPE to 9.71%", "MAPE", 9.71, "%", "METR-LA", "BraidST"),
            ("training takes 6.2 minutes", "training time", 6.2, "min", "LargeST", "BraidST"),
            ("41 minutes", "training time", 41, "min", "LargeST", "STAEformer"),
            ("inference memory is reduced by 78%", "inference memory reduction", 78, "%", "LargeST", "BraidST"),
        ],
    },
    {
        "field": "timeseries",
        "title": "Crevasse: Contrastive Continuation Scoring for Multivariate Time Series Anomaly Detection",
        "text": (
            "Deep models for multivariate time series anomaly detection are still commonly reported with "
            "point-adjusted F1 (PA-F1), a protocol under which even a random scorer can look competitive. Following "
            "recent critiques, we report VUS-PR and affiliation F1 instead, and re-run all baselines under the same "
            "protocol. Crevasse scores each window by how poorly a contrastively trained encoder can tell its true "
            "continuation apart from temporally shuffled ones; it needs no reconstruction decoder and no labelled "
            "anomalies. On the TSB-AD-M benchmark of 17 multivariate datasets, Crevasse attains a VUS-PR of 0.39, "
            "compared with 0.31 for Anomaly Transformer, 0.33 for TimesNet and 0.36 for Isolation Forest, which "
            "remains a hard baseline. Crevasse reaches an affiliation F1 of 84.7, 79.2 and 86.0 on SMD, MSL and PSM, "
            "respectively. Crevasse ranks first by VUS-PR on 9 of the 17 datasets but loses to a simple PCA detector "
            "on SWaT, where most anomalies are level shifts in a single sensor. Crevasse has 0.8M parameters, and "
            "scoring one hour of 38-channel data takes 0.6 s on a laptop CPU. We caution that several of its margins "
            "over Isolation Forest are smaller than one standard deviation across seeds, and that VUS-PR values below "
            "0.2 remain common, so multivariate anomaly detection is far from solved."
        ),
        "spans": [
            ("Crevasse", "M"), ("Multivariate Time Series Anomaly Detection", "T"),
            ("multivariate time series anomaly detection", "T"), ("multivariate anomaly detection", "T"),
            ("point-adjusted F1", "X"), ("PA-F1", "X"), ("VUS-PR", "X"), ("affiliation F1", "X"),
            ("TSB-AD-M", "D"), ("Anomaly Transformer", "M"), ("TimesNet", "M"), ("Isolation Forest", "M"),
            ("SMD", "D"), ("MSL", "D"), ("PSM", "D"), ("PCA", "M"), ("SWaT", "D"),
        ],
        "results": [
            ("VUS-PR of 0.39", "VUS-PR", 0.39, None, "TSB-AD-M", "Crevasse"),
            ("0.31", "VUS-PR", 0.31, None, "TSB-AD-M", "Anomaly Transformer"),
            ("0.33", "VUS-PR", 0.33, None, "TSB-AD-M", "TimesNet"),
            ("0.36", "VUS-PR", 0.36, None, "TSB-AD-M", "Isolation Forest"),
            ("affiliation F1 of 84.7", "affiliation F1", 84.7, None, "SMD", "Crevasse"),
            ("79.2", "affiliation F1", 79.2, None, "MSL", "Crevasse"),
            ("86.0", "affiliation F1", 86.0, None, "PSM", "Crevasse"),
            ("ranks first by VUS-PR on 9 of the 17 datasets", "datasets ranked first", 9, None, None, "Crevasse"),
            ("scoring one hour of 38-channel data takes 0.6 s", "scoring time", 0.6, "s", None, "Crevasse"),
        ],
    },
    {
        "field": "timeseries",
        "title": "Bristlecone: Random Dilated Shapelet Kernels for Scalable Time Series Classification",
        "text": (
            "Bristlecone is a time series classification method that combines random dilated convolutional kernels, "
            "in the spirit of ROCKET, with randomly sampled shapelets, and feeds the pooled features to a ridge "
            "classifier. It has no trainable feature extractor and uses 10,000 kernels by default. On the 112 UCR "
            "univariate datasets, Bristlecone reaches a mean accuracy of 87.9%, versus 86.7% for MiniRocket, 87.3% "
            "for MultiRocket and 88.4% for HIVE-COTE 2.0 (HC2); its average rank (3.1) places it in the same "
            "critical-difference clique as HC2 and InceptionTime. Bristlecone beats MiniRocket on 71 datasets and "
            "loses on 29. On the 26 equal-length UEA multivariate datasets, Bristlecone improves mean accuracy over "
            "MultiRocket by 1.6 points and ranks first on 9. Training on all 112 UCR datasets takes 14 minutes on a "
            "single CPU core, 160× faster than HC2. To our knowledge, Bristlecone is the first kernel method within "
            "0.5 points of HC2 at a small fraction of its cost. Code and per-dataset results are public."
        ),
        "spans": [
            ("Bristlecone", "M"), ("Time Series Classification", "T"), ("time series classification", "T"),
            ("ROCKET", "M"), ("shapelets", "M"), ("ridge classifier", "M"), ("UCR", "D"), ("mean accuracy", "X"),
            ("MiniRocket", "M"), ("MultiRocket", "M"), ("HIVE-COTE 2.0", "M"), ("HC2", "M"),
            ("average rank", "X"), ("InceptionTime", "M"), ("UEA", "D"),
        ],
        "results": [
            ("mean accuracy of 87.9%", "mean accuracy", 87.9, "%", "UCR", "Bristlecone"),
            ("86.7%", "mean accuracy", 86.7, "%", "UCR", "MiniRocket"),
            ("87.3%", "mean accuracy", 87.3, "%", "UCR", "MultiRocket"),
            ("88.4%", "mean accuracy", 88.4, "%", "UCR", "HIVE-COTE 2.0"),
            ("average rank (3.1)", "average rank", 3.1, None, "UCR", "Bristlecone"),
            ("beats MiniRocket on 71 datasets", "datasets won", 71, None, None, "Bristlecone"),
            ("loses on 29", "datasets lost", 29, None, None, "Bristlecone"),
            ("mean accuracy over MultiRocket by 1.6 points", "mean accuracy", 1.6, "points", "UEA", "Bristlecone"),
            ("ranks first on 9", "ranked first", 9, None, "UEA", "Bristlecone"),
            ("takes 14 minutes", "training time", 14, "min", "UCR", None),
            ("160× faster", "speed-up", 160, "×", "UCR", None),
            ("within 0.5 points", "mean accuracy", 0.5, "points", None, "Bristlecone"),
        ],
    },
    {
        "field": "timeseries",
        "title": "Brindle: A Compact Decoder-Only Foundation Model for Zero-Shot Probabilistic Forecasting",
        "text": (
            r"Pretrained time series foundation models such as Chronos, TimesFM and Moirai forecast unseen series "
            r"without task-specific training, but their strongest variants have hundreds of millions of parameters "
            r"and are slow on long contexts. We present Brindle, a $38$M-parameter decoder-only Transformer for "
            r"zero-shot probabilistic forecasting, pretrained on ${\sim}110$B time points from public corpora and from "
            r"synthetic series drawn from Gaussian processes. Brindle predicts nine quantiles for several future "
            r"patches at once with a multi-patch output head, which removes most autoregressive steps at long "
            r"horizons. On the GIFT-Eval benchmark, Brindle achieves a CRPS of $0.498$ and a MASE of $0.731$, second "
            r"among zero-shot models only to TimesFM-2.0 ($0.465$ CRPS). On the 27 datasets of Chronos Benchmark II, "
            r"Brindle improves the geometric-mean WQL over Chronos-Bolt-Base by $4.2\%$ and over Moirai-Large by "
            r"$7.9\%$. With a $2048$-step context, Brindle's inference takes $11$\,ms per series on an A100, a "
            r"$5.4\times$ speedup over Chronos-Large. Fine-tuning Brindle for one epoch on each ETT dataset reduces "
            r"MSE by up to $12\%$, although the gains are smaller than those reported for full fine-tuning of MOMENT. "
            r"Weights and code are released under the Apache 2.0 license."
        ),
        "spans": [
            ("Brindle", "M"), ("Foundation Model", "M"), ("Zero-Shot Probabilistic Forecasting", "T"),
            ("zero-shot probabilistic forecasting", "T"), ("time series foundation models", "M"),
            ("Chronos", "M"), ("TimesFM", "M"), ("Moirai", "M"), ("Transformer", "M"),
            ("Gaussian processes", "M"), ("GIFT-Eval", "D"), ("CRPS", "X"), ("MASE", "X"),
            ("TimesFM-2.0", "M"), ("Chronos Benchmark II", "D"), ("geometric-mean WQL", "X"),
            ("Chronos-Bolt-Base", "M"), ("Moirai-Large", "M"), ("Chronos-Large", "M"), ("speedup", "X"),
            ("ETT", "D"), ("MSE", "X"), ("full fine-tuning", "M"), ("MOMENT", "M"),
        ],
        "results": [
            (r"CRPS of $0.498", "CRPS", 0.498, None, "GIFT-Eval", "Brindle"),
            (r"MASE of $0.731", "MASE", 0.731, None, "GIFT-Eval", "Brindle"),
            (r"0.465$ CRPS", "CRPS", 0.465, None, "GIFT-Eval", "TimesFM-2.0"),
            (r"geometric-mean WQL over Chronos-Bolt-Base by $4.2\%", "geometric-mean WQL", 4.2, "%", "Chronos Benchmark II", "Brindle"),
            (r"7.9\%", "geometric-mean WQL", 7.9, "%", "Chronos Benchmark II", "Brindle"),
            (r"inference takes $11$\,ms", "inference time", 11, "ms", None, "Brindle"),
            (r"5.4\times$ speedup", "speed-up", 5.4, "×", None, "Brindle"),
            (r"MSE by up to $12\%", "MSE reduction", 12, "%", "ETT", "Brindle"),
        ],
    },
    {
        "field": "timeseries",
        "title": "Caddisfly: Retrieval-Augmented Time Series Foundation Models for Short-Term Forecasting",
        "text": (
            "Time series foundation models are usually evaluated on long horizons, yet much practical forecasting "
            "concerns short, noisy series with strong seasonality, such as monthly sales or quarterly tourism figures. "
            "We ask whether retrieval helps a small pretrained model in this regime of short-term forecasting. "
            "Caddisfly augments a 20M-parameter encoder with a retrieval module that, for each input window, looks up "
            "the k = 16 most similar windows in a 50M-window datastore built from the pretraining corpus and attends "
            "to their continuations. No target-domain data are used. On M4, zero-shot Caddisfly obtains an overall "
            "symmetric mean absolute percentage error (sMAPE) of 11.92 ± 0.04 and an overall weighted average (OWA) of "
            "0.861, close to N-BEATS trained on M4 itself (11.70 sMAPE, 0.843 OWA) and better than zero-shot "
            "Chronos-Small (12.41 sMAPE). Retrieval accounts for most of this gain: removing it raises sMAPE to 12.58. "
            "On M3 and Tourism, Caddisfly lowers MASE by 7% and 11%, respectively, relative to the same model without "
            "retrieval. Caddisfly is also the most accurate zero-shot model on 4 of the 6 frequency groups of M4. The "
            "datastore adds 9 GB of memory, and retrieval roughly doubles inference time (from 3.1 ms to 6.4 ms per "
            "series). Retrieval is not always helpful: on hourly series it degrades sMAPE by 0.6, which we attribute "
            "to the scarcity of hourly data in the datastore."
        ),
        "spans": [
            ("Caddisfly", "M"), ("Time Series Foundation Models", "M"), ("Time series foundation models", "M"),
            ("Short-Term Forecasting", "T"), ("short-term forecasting", "T"), ("M4", "D"),
            ("symmetric mean absolute percentage error", "X"), ("sMAPE", "X"), ("overall weighted average", "X"),
            ("OWA", "X"), ("N-BEATS", "M"), ("Chronos-Small", "M"), ("M3", "D"), ("Tourism", "D"), ("MASE", "X"),
            ("memory", "X"), ("inference time", "X"),
            ("overall symmetric mean absolute percentage error", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("symmetric mean absolute percentage error (sMAPE) of 11.92 ± 0.04", "sMAPE", 11.92, None, "M4", "Caddisfly"),
            ("overall weighted average (OWA) of 0.861", "OWA", 0.861, None, "M4", "Caddisfly"),
            ("11.70 sMAPE", "sMAPE", 11.70, None, "M4", "N-BEATS"),
            ("0.843 OWA", "OWA", 0.843, None, "M4", "N-BEATS"),
            ("12.41 sMAPE", "sMAPE", 12.41, None, "M4", "Chronos-Small"),
            ("sMAPE to 12.58", "sMAPE", 12.58, None, None, None),
            ("MASE by 7%", "MASE reduction", 7, "%", "M3", "Caddisfly"),
            ("11%", "MASE reduction", 11, "%", "Tourism", "Caddisfly"),
            ("4 of the 6 frequency groups", "frequency groups ranked first", 4, None, "M4", "Caddisfly"),
            ("adds 9 GB of memory", "memory", 9, "GB", None, None),
            ("inference time (from 3.1 ms to 6.4 ms", "inference time", 6.4, "ms", None, None),
            ("degrades sMAPE by 0.6", "sMAPE", 0.6, None, None, None),
        ],
    },
]
