"""extra-dev-8 records (annotator h2): reinforcement-learning (5) and graphs (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Halyard", "Fathomer", "Ebbwell", "Gossamer", "Hedgerow",
          "Glasswing", "Heddle", "Fallowgate", "Gorsemark", "Emberline"]

RECS = [
    # ------------------------------------------------------------ reinforcement-learning
    {
        "field": "reinforcement-learning",
        "title": "Halyard: Density-Gated Value Penalties for Offline Reinforcement Learning",
        "text": (
            "Offline reinforcement learning (offline RL) learns a policy from a fixed dataset without further "
            "interaction, and its main failure mode is the overestimation of Q-values for out-of-distribution actions. "
            "Conservative Q-learning (CQL) penalises such actions uniformly, which is often too pessimistic, whereas "
            "implicit Q-learning (IQL) never queries them and so cannot improve beyond the behaviour support. We propose "
            "Halyard, which estimates the behaviour density with a normalizing flow and applies a value penalty only to "
            "actions below a learned density threshold. Halyard adds a single hyper-parameter, the threshold quantile, "
            "fixed to 0.05 in all experiments. On the D4RL locomotion datasets, Halyard attains an average normalized "
            "score of 91.7, against 88.0 for IQL, 85.3 for CQL and 83.6 for TD3+BC. On the six AntMaze datasets Halyard "
            "reaches an average normalized score of 79.4 (+6.1 over IQL), and on antmaze-large-diverse its normalized "
            "score is 71.2 ± 4.3 over 10 seeds. On Adroit, Halyard stays within 0.8 points of Diffusion-QL in normalized "
            "score while training 4.6× faster (3.1 vs. 14.3 GPU hours). Online fine-tuning of the Halyard policy for 1M "
            "environment steps raises the AntMaze average normalized score to 93.5. Overall, Halyard ranks first on 11 "
            "of the 15 D4RL datasets we evaluate."
        ),
        "spans": [
            ("Halyard", "M"), ("Offline Reinforcement Learning", "T"), ("Offline reinforcement learning", "T"),
            ("offline RL", "T"), ("Conservative Q-learning", "M"), ("CQL", "M"), ("implicit Q-learning", "M"),
            ("IQL", "M"), ("normalizing flow", "M"), ("D4RL", "D"), ("average normalized score", "X"),
            ("normalized score", "X"), ("TD3+BC", "M"), ("AntMaze", "D"), ("antmaze-large-diverse", "D"),
            ("Adroit", "D"), ("Diffusion-QL", "M"),
        ],
        "results": [
            ("average normalized score of 91.7", "average normalized score", 91.7, None, "D4RL", "Halyard"),
            ("88.0", "average normalized score", 88.0, None, "D4RL", "IQL"),
            ("85.3", "average normalized score", 85.3, None, "D4RL", "CQL"),
            ("83.6", "average normalized score", 83.6, None, "D4RL", "TD3+BC"),
            ("average normalized score of 79.4", "average normalized score", 79.4, None, "AntMaze", "Halyard"),
            ("+6.1", "average normalized score", 6.1, None, "AntMaze", "Halyard"),
            ("normalized score is 71.2 ± 4.3", "normalized score", 71.2, None, "antmaze-large-diverse", "Halyard"),
            ("within 0.8 points of Diffusion-QL in normalized score", "normalized score", 0.8, "points", "Adroit", "Halyard"),
            ("4.6× faster", "training speed-up", 4.6, "×", "Adroit", "Halyard"),
            ("3.1", "training time", 3.1, "GPU hours", "Adroit", "Halyard"),
            ("14.3 GPU hours", "training time", 14.3, "GPU hours", "Adroit", "Diffusion-QL"),
            ("average normalized score to 93.5", "average normalized score", 93.5, None, "AntMaze", "Halyard"),
            ("ranks first on 11 of the 15 D4RL datasets", "datasets ranked first", 11, None, "D4RL", "Halyard"),
        ],
    },
    {
        "field": "reinforcement-learning",
        "title": "Fathomer: A Token-Level World Model that Reaches 1.41 IQM on Atari 100k",
        "text": (
            "A human-normalized interquartile mean (IQM) of 1.41 on Atari 100k, after 4.7 GPU hours of training per "
            "game: this is what Fathomer achieves, against 0.61 for DreamerV3, 0.64 for STORM and 1.13 for "
            "EfficientZero V2 under the same budget of 100k agent steps. Fathomer is a token-level world model. Each "
            "frame is encoded into 64 discrete tokens by a VQ-VAE, a causal Transformer predicts the next frame's tokens "
            "together with reward and termination, and an actor-critic agent is trained entirely in imagination. Unlike "
            "IRIS, which decodes every imagined frame back to pixels, the policy acts directly on token embeddings, "
            "which cuts imagination time by 3.9×. Two components matter most in ablations. Replacing the learned "
            "rollout horizon, which shortens imagined trajectories where the reward predictor is uncertain, with a "
            "fixed horizon of 15 lowers IQM to 1.02; removing the token-dropout regulariser lowers it to 1.19. "
            "Fathomer's mean human-normalized score (HNS) is 2.87 and its median HNS is 0.93, and it exceeds human "
            "performance on 14 of the 26 games. With 95% stratified bootstrap confidence intervals over 5 seeds, "
            "Fathomer's IQM interval of 1.29-1.53 does not overlap that of EfficientZero V2. Model capacity can also "
            "be traded for data: a 12M-parameter variant still reaches 1.22 IQM."
        ),
        "spans": [
            ("Fathomer", "M"), ("World Model", "M"), ("world model", "M"), ("IQM", "X"), ("Atari 100k", "D"),
            ("human-normalized interquartile mean", "X"), ("DreamerV3", "M"), ("STORM", "M"),
            ("EfficientZero V2", "M"), ("VQ-VAE", "M"), ("Transformer", "M"), ("actor-critic", "M"),
            ("IRIS", "M"), ("imagination time", "X"), ("mean human-normalized score", "X"), ("HNS", "X"),
            ("median HNS", "X"),
        ],
        "title_results": [
            ("1.41 IQM", "IQM", 1.41, None, "Atari 100k", "Fathomer"),
        ],
        "results": [
            ("human-normalized interquartile mean (IQM) of 1.41", "IQM", 1.41, None, "Atari 100k", "Fathomer"),
            ("4.7 GPU hours of training", "training time", 4.7, "GPU hours", "Atari 100k", "Fathomer"),
            ("0.61", "IQM", 0.61, None, "Atari 100k", "DreamerV3"),
            ("0.64", "IQM", 0.64, None, "Atari 100k", "STORM"),
            ("1.13", "IQM", 1.13, None, "Atari 100k", "EfficientZero V2"),
            ("imagination time by 3.9×", "imagination time reduction", 3.9, "×", None, None),
            ("lowers IQM to 1.02", "IQM", 1.02, None, None, None),
            ("lowers it to 1.19", "IQM", 1.19, None, None, None),
            ("mean human-normalized score (HNS) is 2.87", "mean human-normalized score", 2.87, None, None, "Fathomer"),
            ("median HNS is 0.93", "median human-normalized score", 0.93, None, None, "Fathomer"),
            ("exceeds human performance on 14 of the 26 games", "games won", 14, None, None, "Fathomer"),
            ("IQM interval of 1.29-1.53", "IQM", 1.53, None, None, "Fathomer", {"low": 1.29}),
            ("reaches 1.22 IQM", "IQM", 1.22, None, None, None),
        ],
    },
    {
        "field": "reinforcement-learning",
        "title": "Ebbwell: Variance-Aware Advantage Shaping for Reinforcement Learning with Verifiable Rewards",
        "text": (
            "Reinforcement learning with verifiable rewards (RLVR) has become a standard recipe for improving the "
            "mathematical reasoning of large language models, but group-relative estimators such as GRPO assign zero "
            "advantage to prompts whose sampled responses are all correct or all wrong, wasting a large share of "
            "rollouts. We ask whether weighting prompts by the variance of their empirical pass rate changes this "
            "picture, and propose Ebbwell, a drop-in modification of the GRPO objective that shapes advantages with a "
            "running estimate of per-prompt difficulty. We train Qwen2.5-Math-7B and Llama-3.1-8B-Instruct on the 12k "
            "problems of the DeepScaleR training set with a group size of 8 and a maximum response length of 4,096 "
            "tokens. With Qwen2.5-Math-7B, Ebbwell raises average pass@1 over six benchmarks from 48.9 with GRPO to "
            "51.6, and matches DAPO (51.4) with 28% fewer rollouts. The gains are concentrated on the hardest "
            "benchmark: pass@1 on AIME 2024 rises by 4.2 points, while on MATH-500 pass@1 differs by only 0.4 points "
            "(84.0 vs. 83.6), which is within seed noise (p = 0.31, paired bootstrap over 3 seeds). On "
            "Llama-3.1-8B-Instruct the improvement on GSM8K is 1.1 points. Training takes 212 H100 GPU hours per run, "
            "about 9% less than GRPO, because fewer zero-advantage batches are generated. These results come with "
            "caveats: we use a single reward function and a single training set, and the AIME 2024 estimate rests on "
            "only 30 problems."
        ),
        "spans": [
            ("Ebbwell", "M"), ("Reinforcement Learning with Verifiable Rewards", "M"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"), ("mathematical reasoning", "T"),
            ("large language models", "M"), ("GRPO", "M"), ("Qwen2.5-Math-7B", "M"), ("Llama-3.1-8B-Instruct", "M"),
            ("DeepScaleR", "D"), ("average pass@1", "X"), ("pass@1", "X"), ("DAPO", "M"), ("AIME 2024", "D"),
            ("MATH-500", "D"), ("GSM8K", "D"),
        ],
        "results": [
            ("48.9", "average pass@1", 48.9, None, None, "GRPO"),
            ("average pass@1 over six benchmarks from 48.9 with GRPO to 51.6", "average pass@1", 51.6, None, None, "Ebbwell"),
            ("51.4", "average pass@1", 51.4, None, None, "DAPO"),
            ("28% fewer rollouts", "rollout reduction", 28, "%", None, "Ebbwell"),
            ("pass@1 on AIME 2024 rises by 4.2 points", "pass@1", 4.2, "points", "AIME 2024", None),
            ("pass@1 differs by only 0.4 points", "pass@1", 0.4, "points", "MATH-500", None),
            ("84.0", "pass@1", 84.0, None, "MATH-500", None),
            ("83.6", "pass@1", 83.6, None, "MATH-500", None),
            ("p = 0.31", "p-value", 0.31, None, "MATH-500", None),
            ("improvement on GSM8K is 1.1 points", "improvement", 1.1, "points", "GSM8K", "Llama-3.1-8B-Instruct"),
            ("Training takes 212 H100 GPU hours", "training time", 212, "GPU hours", None, None),
            ("9% less than GRPO", "training time", 9, "%", None, None),
        ],
    },
    {
        "field": "reinforcement-learning",
        "title": "Gossamer: Learning When to Talk for Credit Assignment in Cooperative Multi-Agent Reinforcement Learning",
        "text": (
            "In cooperative multi-agent reinforcement learning (MARL), agents that share a team reward must work out "
            "which of their own actions mattered. Value factorisation methods such as QMIX and QPLEX answer this with "
            "a monotonic mixing network, while policy-gradient methods such as MAPPO rely on a centralised critic; "
            "both degrade as the number of agents grows. Gossamer takes a different route. Each agent learns when to "
            "broadcast a short message, and a counterfactual critic attends only over the messages actually sent, so "
            "that credit flows along the communication graph rather than through a global mixer. On SMACv2, Gossamer "
            "reaches a mean test win rate of 68.3% over the nine protoss, terran and zerg scenarios, compared with "
            "57.9% for MAPPO and 52.4% for QMIX, and it is the best method in 8 of the 9 scenarios. The margin widens "
            "with team size: on the three 20-agent scenarios, Gossamer's lead over MAPPO grows to 14.6 points. The "
            "learned gates keep the communication rate at 23% of timesteps, which lowers bandwidth by 71% relative to "
            "TarMAC. In Google Research Football, Gossamer achieves a win rate of 81% on the hardest academy scenario "
            "and outperforms MAPPO on 5 of the 6 academy scenarios. All agents were trained for 10M environment steps "
            "with 5 random seeds; code and checkpoints are released."
        ),
        "spans": [
            ("Gossamer", "M"), ("Credit Assignment", "T"),
            ("Cooperative Multi-Agent Reinforcement Learning", "T"),
            ("cooperative multi-agent reinforcement learning", "T"), ("MARL", "T"), ("Value factorisation", "M"),
            ("QMIX", "M"), ("QPLEX", "M"), ("policy-gradient methods", "M"), ("MAPPO", "M"), ("SMACv2", "D"),
            ("mean test win rate", "X"), ("win rate", "X"), ("communication rate", "X"), ("bandwidth", "X"),
            ("TarMAC", "M"), ("Google Research Football", "D"),
        ],
        "results": [
            ("mean test win rate of 68.3%", "mean test win rate", 68.3, "%", "SMACv2", "Gossamer"),
            ("57.9%", "mean test win rate", 57.9, "%", "SMACv2", "MAPPO"),
            ("52.4%", "mean test win rate", 52.4, "%", "SMACv2", "QMIX"),
            ("best method in 8 of the 9 scenarios", "scenarios ranked first", 8, None, "SMACv2", "Gossamer"),
            ("lead over MAPPO grows to 14.6 points", "improvement", 14.6, "points", None, "Gossamer"),
            ("communication rate at 23%", "communication rate", 23, "%", None, None),
            ("bandwidth by 71%", "bandwidth reduction", 71, "%", None, None),
            ("win rate of 81%", "win rate", 81, "%", "Google Research Football", "Gossamer"),
            ("outperforms MAPPO on 5 of the 6 academy scenarios", "scenarios won", 5, None, "Google Research Football", "Gossamer"),
        ],
    },
    {
        "field": "reinforcement-learning",
        "title": "Hedgerow: Augmentation-Consistent Value Targets for Zero-Shot Generalization in Procgen and DMControl",
        "text": (
            "Deep RL agents overfit to the levels they are trained on. We present Hedgerow, a value-target regulariser "
            "for PPO that makes the critic's bootstrapped targets consistent across random crops, colour jitter and "
            "level identity, without changing the policy loss. On the Procgen benchmark (16 games, 200 training "
            "levels, easy mode, 25M steps), Hedgerow raises the mean normalized test return from 0.42 for PPO to 0.58, "
            "above PLR (0.51), DrAC (0.49) and IDAAC (0.54). It outperforms IDAAC on 12 of the 16 games, and the "
            "generalization gap between training and test levels shrinks from 0.21 to 0.09. Hedgerow significantly "
            "improves test return over PPO on 11 games (Welch t-test, p < 0.05). On the video-hard setting of the "
            "DeepMind Control Generalization Benchmark (DMC-GB), Hedgerow built on SAC obtains an average episode "
            "return of 612 ± 38 over five tasks, 1.6times that of SVEA (381). The overhead is modest: wall-clock "
            "training time increases by 7%, and the extra target head adds 0.3M parameters. We see no benefit on the "
            "four Procgen games where PPO already generalizes well, and we have not yet tested Hedgerow in the hard "
            "mode of Procgen."
        ),
        "spans": [
            ("Hedgerow", "M"), ("Zero-Shot Generalization", "T"), ("Procgen", "D"), ("DMControl", "D"),
            ("PPO", "M"), ("random crops", "M"), ("colour jitter", "M"), ("mean normalized test return", "X"),
            ("PLR", "M"), ("DrAC", "M"), ("IDAAC", "M"), ("generalization gap", "X"), ("test return", "X"),
            ("DeepMind Control Generalization Benchmark", "D"), ("DMC-GB", "D"), ("SAC", "M"),
            ("average episode return", "X"), ("SVEA", "M"), ("wall-clock training time", "X"),
        ],
        "results": [
            ("0.42", "mean normalized test return", 0.42, None, "Procgen", "PPO"),
            ("mean normalized test return from 0.42 for PPO to 0.58", "mean normalized test return", 0.58, None, "Procgen", "Hedgerow"),
            ("0.51", "mean normalized test return", 0.51, None, "Procgen", "PLR"),
            ("0.49", "mean normalized test return", 0.49, None, "Procgen", "DrAC"),
            ("0.54", "mean normalized test return", 0.54, None, "Procgen", "IDAAC"),
            ("outperforms IDAAC on 12 of the 16 games", "games won", 12, None, None, None),
            ("generalization gap between training and test levels shrinks from 0.21 to 0.09", "generalization gap", 0.09, None, None, None),
            ("significantly improves test return over PPO on 11 games", "games improved", 11, None, None, "Hedgerow"),
            ("average episode return of 612 ± 38", "average episode return", 612, None, "DMC-GB", "Hedgerow"),
            ("1.6times", "average episode return", 1.6, "×", "DMC-GB", "Hedgerow"),
            ("381", "average episode return", 381, None, "DMC-GB", "SVEA"),
            ("wall-clock training time increases by 7%", "wall-clock training time", 7, "%", None, None),
            ("adds 0.3M parameters", "parameters", 0.3, "M", None, None),
        ],
    },
    # ------------------------------------------------------------ graphs
    {
        "field": "graphs",
        "title": "Glasswing: Linear-Time Graph Transformers with Spectral Anchor Tokens",
        "text": (
            "Graph Transformers (GTs) outperform message-passing neural networks (MPNNs) on tasks that require "
            "long-range interactions, but full self-attention scales quadratically with the number of nodes. We "
            "introduce Glasswing, a linear-time GT in which every node attends to k = 32 anchor tokens initialised from "
            "the leading Laplacian eigenvectors and refined by cross-attention, interleaved with local GatedGCN layers. "
            "Headline numbers for Glasswing: ZINC MAE 0.051 (GRIT 0.059, GPS 0.070); ogbg-molhiv ROC-AUC 80.9 ± 0.6; "
            "ogbg-molpcba AP 29.8; Peptides-func AP 0.7312 and Peptides-struct MAE 0.2419, the best reported values "
            "for models under 500K parameters. On the node classification task PascalVOC-SP from the Long Range Graph "
            "Benchmark (LRGB), Glasswing reaches a macro-F1 of 0.4582, +2.7 points over Exphormer. Compared with GPS, "
            "Glasswing uses 3.2× less GPU memory on ogbg-molpcba and trains 2.1× faster per epoch; on the 2.4M-node "
            "ogbn-products graph, where GPS runs out of memory on an 80 GB A100, it reaches 82.7% test accuracy. "
            "Among linear-time models, Glasswing ranks first on 5 of the 7 benchmarks. The anchors also make attention "
            "maps easy to inspect, which we use to show that long-range information in the peptide tasks flows "
            "through a handful of anchors."
        ),
        "spans": [
            ("Glasswing", "M"), ("Graph Transformers", "M"), ("GTs", "M"), ("GT", "M"),
            ("message-passing neural networks", "M"), ("MPNNs", "M"), ("full self-attention", "M"), ("cross-attention", "M"),
            ("GatedGCN", "M"), ("ZINC", "D"), ("MAE", "X"), ("GRIT", "M"), ("GPS", "M"), ("ogbg-molhiv", "D"),
            ("ROC-AUC", "X"), ("ogbg-molpcba", "D"), ("AP", "X"), ("Peptides-func", "D"), ("Peptides-struct", "D"),
            ("node classification", "T"), ("PascalVOC-SP", "D"), ("Long Range Graph Benchmark", "D"), ("LRGB", "D"),
            ("macro-F1", "X"), ("Exphormer", "M"), ("GPU memory", "X"), ("ogbn-products", "D"),
            ("test accuracy", "X"),
        ],
        "results": [
            ("MAE 0.051", "MAE", 0.051, None, "ZINC", "Glasswing"),
            ("GRIT 0.059", "MAE", 0.059, None, "ZINC", "GRIT"),
            ("GPS 0.070", "MAE", 0.070, None, "ZINC", "GPS"),
            ("ROC-AUC 80.9 ± 0.6", "ROC-AUC", 80.9, None, "ogbg-molhiv", "Glasswing"),
            ("AP 29.8", "AP", 29.8, None, "ogbg-molpcba", "Glasswing"),
            ("AP 0.7312", "AP", 0.7312, None, "Peptides-func", "Glasswing"),
            ("MAE 0.2419", "MAE", 0.2419, None, "Peptides-struct", "Glasswing"),
            ("macro-F1 of 0.4582", "macro-F1", 0.4582, None, "PascalVOC-SP", "Glasswing"),
            ("+2.7 points", "macro-F1", 2.7, "points", "PascalVOC-SP", "Glasswing"),
            ("3.2× less GPU memory", "GPU memory reduction", 3.2, "×", "ogbg-molpcba", "Glasswing"),
            ("2.1× faster per epoch", "training speed-up", 2.1, "×", None, "Glasswing"),
            ("82.7% test accuracy", "test accuracy", 82.7, "%", "ogbn-products", "Glasswing"),
            ("ranks first on 5 of the 7 benchmarks", "benchmarks ranked first", 5, None, None, "Glasswing"),
        ],
    },
    {
        "field": "graphs",
        "title": "Heddle: Learning Signed Edge Weights for Node Classification under Heterophily",
        "text": (
            "Most graph neural networks (GNNs) assume homophily, that is, that connected nodes tend to share labels. On "
            "heterophilous graphs this assumption fails, and averaging over neighbours blurs exactly the features that "
            "set a node apart from its surroundings. Earlier remedies either separate ego and neighbour embeddings, as "
            "H2GCN does, or learn polynomial spectral filters, as GPRGNN and BernNet do, but they still apply one "
            "filter to every edge. Heddle instead learns a signed weight for each edge from the features and "
            "structural roles of its two endpoints, so that the same layer can smooth along homophilous edges and "
            "sharpen along heterophilous ones. The weights come from a two-layer MLP regularised towards sparsity, and "
            "the whole model is trained end-to-end with cross-entropy. We evaluate on the five heterophilous "
            "benchmarks of Platonov et al. (2023), namely roman-empire, amazon-ratings, minesweeper, tolokers and "
            "questions, and on filtered versions of Chameleon and Squirrel from which duplicate nodes were removed. "
            "Heddle ranks first on 5 of the 7 datasets. Heddle's accuracy on roman-empire is 91.3%, compared with "
            "88.7% for GAT-sep and 73.7% for GCN, and on amazon-ratings it obtains 54.2% (GraphSAGE: 53.6%). On the "
            "three datasets scored by ROC AUC, minesweeper, tolokers and questions, Heddle scores 96.8, 85.9 and 79.1, "
            "respectively. The improvement over GPRGNN, averaged across all seven datasets, is 4.6 points, and across "
            "10 random splits the standard deviation never exceeds 0.9."
        ),
        "spans": [
            ("Heddle", "M"), ("Node Classification", "T"), ("graph neural networks", "M"), ("GNNs", "M"),
            ("H2GCN", "M"), ("GPRGNN", "M"), ("BernNet", "M"), ("MLP", "M"), ("roman-empire", "D"),
            ("amazon-ratings", "D"), ("minesweeper", "D"), ("tolokers", "D"), ("questions", "D"),
            ("Chameleon", "D"), ("Squirrel", "D"), ("accuracy", "X"), ("GAT-sep", "M"), ("GCN", "M"),
            ("GraphSAGE", "M"), ("ROC AUC", "X"), ("standard deviation", "X"),
        ],
        "results": [
            ("ranks first on 5 of the 7 datasets", "datasets ranked first", 5, None, None, "Heddle"),
            ("accuracy on roman-empire is 91.3%", "accuracy", 91.3, "%", "roman-empire", "Heddle"),
            ("88.7%", "accuracy", 88.7, "%", "roman-empire", "GAT-sep"),
            ("73.7%", "accuracy", 73.7, "%", "roman-empire", "GCN"),
            ("54.2%", "accuracy", 54.2, "%", "amazon-ratings", "Heddle"),
            ("53.6%", "accuracy", 53.6, "%", "amazon-ratings", "GraphSAGE"),
            ("96.8", "ROC AUC", 96.8, None, "minesweeper", "Heddle"),
            ("85.9", "ROC AUC", 85.9, None, "tolokers", "Heddle"),
            ("79.1", "ROC AUC", 79.1, None, "questions", "Heddle"),
            ("improvement over GPRGNN, averaged across all seven datasets, is 4.6 points", "improvement", 4.6, "points", None, None),
            ("standard deviation never exceeds 0.9", "standard deviation", 0.9, None, None, None),
        ],
    },
    {
        "field": "graphs",
        "title": "Fallowgate: Staleness-Aware Historical Embeddings Train GNNs on ogbn-papers100M 2.7× Faster",
        "text": (
            "Mini-batch training of graph neural networks on billion-edge graphs is dominated by neighbourhood "
            "sampling and by moving node features from host to device. Methods based on historical embeddings, such "
            "as GNNAutoScale and GraphFM, reduce this cost by caching stale activations, but the staleness error grows "
            "with the age of the cache and can erode accuracy. Fallowgate pairs a layer-wise sampler with a "
            "staleness-aware cache: a node's embedding is refreshed only when its estimated drift exceeds a threshold "
            "τ, set to 0.1 in all runs, and the refresh budget is allocated per layer. We train three-layer GraphSAGE "
            "and GAT models on ogbn-arxiv, ogbn-products and ogbn-papers100M (111M nodes, 1.6B edges) on a single "
            "machine with four A100 GPUs. On ogbn-papers100M, one epoch takes 41 s with Fallowgate versus 112 s with "
            "neighbour sampling, while test accuracy is 67.4% against 67.1%. Peak host memory falls from 390 GB to "
            "212 GB. On ogbn-products the picture is similar: an accuracy of 80.3% (GNNAutoScale 79.6%, ClusterGCN "
            "78.9%) with 46% less time per epoch than GraphSAINT. The gains are smaller on ogbn-arxiv (1.3× "
            "speed-up), where sampling is not the bottleneck. We also note that the threshold interacts with the "
            "learning rate: with an aggressive τ of 0.5, accuracy on ogbn-papers100M drops by 1.8 points."
        ),
        "spans": [
            ("Fallowgate", "M"), ("Historical Embeddings", "M"), ("historical embeddings", "M"), ("GNNs", "M"),
            ("ogbn-papers100M", "D"), ("graph neural networks", "M"), ("neighbourhood sampling", "M"),
            ("GNNAutoScale", "M"), ("GraphFM", "M"), ("accuracy", "X"), ("GraphSAGE", "M"), ("GAT", "M"),
            ("ogbn-arxiv", "D"), ("ogbn-products", "D"), ("neighbour sampling", "M"), ("test accuracy", "X"),
            ("Peak host memory", "X"), ("ClusterGCN", "M"), ("time per epoch", "X"), ("GraphSAINT", "M"),
            ("speed-up", "X"),
        ],
        "title_results": [
            ("2.7× Faster", "training speed-up", 2.7, "×", "ogbn-papers100M", "Fallowgate"),
        ],
        "results": [
            ("one epoch takes 41 s", "epoch time", 41, "s", "ogbn-papers100M", "Fallowgate"),
            ("112 s", "epoch time", 112, "s", "ogbn-papers100M", "neighbour sampling"),
            ("test accuracy is 67.4%", "test accuracy", 67.4, "%", "ogbn-papers100M", "Fallowgate"),
            ("67.1%", "test accuracy", 67.1, "%", "ogbn-papers100M", "neighbour sampling"),
            ("Peak host memory falls from 390 GB to 212 GB", "peak host memory", 212, "GB", None, None),
            ("accuracy of 80.3%", "accuracy", 80.3, "%", "ogbn-products", None),
            ("79.6%", "accuracy", 79.6, "%", "ogbn-products", "GNNAutoScale"),
            ("78.9%", "accuracy", 78.9, "%", "ogbn-products", "ClusterGCN"),
            ("46% less time per epoch", "time per epoch reduction", 46, "%", "ogbn-products", None),
            ("1.3× speed-up", "speed-up", 1.3, "×", "ogbn-arxiv", None),
            ("accuracy on ogbn-papers100M drops by 1.8 points", "accuracy", 1.8, "points", "ogbn-papers100M", None),
        ],
    },
    {
        "field": "graphs",
        "title": "Gorsemark: Inductive Knowledge Graph Completion with Relation-Path Prompts",
        "text": (
            "Knowledge graph completion (KGC) models are usually evaluated transductively, with every test entity seen "
            "during training, yet in deployed systems new entities and even new relation types arrive continuously. We "
            "present Gorsemark, a path-based reasoner for inductive link prediction that conditions a Neural "
            "Bellman-Ford Network on relation-path prompts mined from the query's local neighbourhood, so that no "
            "entity or relation embedding has to be learned. Gorsemark is pre-trained once on a mixture of FB15k-237, "
            "WN18RR and CoDEx-M and then applied zero-shot to 51 further graphs. On the transductive benchmarks "
            "Gorsemark is competitive with, but not better than, supervised models: its MRR is 0.398 on FB15k-237 and "
            "0.549 on WN18RR, against 0.415 and 0.551 for NBFNet. Averaged over the 51 unseen graphs, Gorsemark "
            "achieves an average MRR of 0.371 (ULTRA: 0.345) and an average Hits@10 of 0.512, and it outperforms ULTRA "
            "on 38 of the 51 graphs. On the large split of ILPC 2022, Gorsemark retains 93% of the MRR of an NBFNet "
            "trained on that graph. Inference costs 14 ms per query on one GPU, 1.9× slower than ULTRA, because prompt "
            "mining requires a breadth-first search around each query entity. We read these results as evidence that "
            "relational structure transfers across graphs, although our evaluation does not yet cover temporal or "
            "multimodal knowledge graphs."
        ),
        "spans": [
            ("Gorsemark", "M"), ("Inductive Knowledge Graph Completion", "T"), ("Knowledge graph completion", "T"),
            ("KGC", "T"), ("inductive link prediction", "T"), ("Neural Bellman-Ford Network", "M"),
            ("NBFNet", "M"), ("FB15k-237", "D"), ("WN18RR", "D"), ("CoDEx-M", "D"), ("MRR", "X"),
            ("average MRR", "X"), ("average Hits@10", "X"), ("ULTRA", "M"), ("ILPC 2022", "D"),
            ("breadth-first search", "M"),
        ],
        "results": [
            ("MRR is 0.398 on FB15k-237", "MRR", 0.398, None, "FB15k-237", "Gorsemark"),
            ("0.549 on WN18RR", "MRR", 0.549, None, "WN18RR", "Gorsemark"),
            ("0.415", "MRR", 0.415, None, "FB15k-237", "NBFNet"),
            ("0.551", "MRR", 0.551, None, "WN18RR", "NBFNet"),
            ("average MRR of 0.371", "average MRR", 0.371, None, None, "Gorsemark"),
            ("0.345", "average MRR", 0.345, None, None, "ULTRA"),
            ("average Hits@10 of 0.512", "average Hits@10", 0.512, None, None, "Gorsemark"),
            ("outperforms ULTRA on 38 of the 51 graphs", "graphs won", 38, None, None, "Gorsemark"),
            ("retains 93% of the MRR", "relative MRR", 93, "%", "ILPC 2022", "Gorsemark"),
            ("Inference costs 14 ms per query", "inference time", 14, "ms", None, None),
            ("1.9× slower than ULTRA", "inference time", 1.9, "×", None, None),
        ],
    },
    {
        "field": "graphs",
        "title": "Emberline: Memory-Free Dynamic Link Prediction with Recency-Aware Neighbour Encoding",
        "text": (
            "Temporal graph neural networks such as TGN and DyRep keep a memory vector per node that is updated after "
            "every event, which makes training sequential and inference hard to parallelise. Memory-free models such "
            "as GraphMixer and DyGFormer instead encode each node's most recent interactions, but fix the length of "
            "that history in advance. Emberline is a memory-free model that encodes the last L = 64 interactions of "
            "each node with a recency-weighted state-space layer and learns, per node, how much of that history to "
            "trust. We evaluate dynamic link property prediction on the Temporal Graph Benchmark (TGB). On tgbl-wiki, "
            "tgbl-review, tgbl-coin and tgbl-comment, Emberline achieves a test MRR of 0.812, 0.419, 0.793 and 0.701 "
            "respectively, the best memory-free result on all four, and on tgbl-flight it comes within 0.006 MRR of "
            "TGN. Averaged over the five datasets, Emberline improves on DyGFormer by 9.8% in relative terms. Because "
            "it processes batches of 2,000 events in parallel, Emberline trains 5.4x faster than TGN on tgbl-coin and "
            "uses 38% less GPU memory; inference throughput reaches 1.2M edges per second on a single A100. On the "
            "node property prediction dataset tgbn-trade, NDCG@10 improves from 0.374 to 0.391."
        ),
        "spans": [
            ("Emberline", "M"), ("Dynamic Link Prediction", "T"), ("Temporal graph neural networks", "M"),
            ("TGN", "M"), ("DyRep", "M"), ("GraphMixer", "M"), ("DyGFormer", "M"),
            ("dynamic link property prediction", "T"), ("Temporal Graph Benchmark", "D"), ("TGB", "D"),
            ("tgbl-wiki", "D"), ("tgbl-review", "D"), ("tgbl-coin", "D"), ("tgbl-comment", "D"),
            ("tgbl-flight", "D"), ("test MRR", "X"), ("MRR", "X"), ("GPU memory", "X"),
            ("inference throughput", "X"), ("node property prediction", "T"), ("tgbn-trade", "D"),
            ("NDCG@10", "X"),
        ],
        "results": [
            ("test MRR of 0.812", "test MRR", 0.812, None, "tgbl-wiki", "Emberline"),
            ("0.419", "test MRR", 0.419, None, "tgbl-review", "Emberline"),
            ("0.793", "test MRR", 0.793, None, "tgbl-coin", "Emberline"),
            ("0.701", "test MRR", 0.701, None, "tgbl-comment", "Emberline"),
            ("within 0.006 MRR of TGN", "MRR", 0.006, None, "tgbl-flight", "Emberline"),
            ("improves on DyGFormer by 9.8%", "improvement", 9.8, "%", None, "Emberline"),
            ("5.4x faster", "training speed-up", 5.4, "×", "tgbl-coin", "Emberline"),
            ("38% less GPU memory", "GPU memory reduction", 38, "%", None, "Emberline"),
            ("inference throughput reaches 1.2M edges per second", "inference throughput", 1.2, "M edges/s", None, "Emberline"),
            ("NDCG@10 improves from 0.374 to 0.391", "NDCG@10", 0.391, None, "tgbn-trade", None),
        ],
    },
]
