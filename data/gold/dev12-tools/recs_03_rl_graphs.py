"""dev12 records: rl (6) and graphs (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Kittiwake", "Hornwort", "Jessamine", "Inkberry", "Keelson", "JonquilPO",
          "Jackstraw", "Kelpwood", "Isobath", "Hollyhock", "Juniperine", "Inglenook"]

RECS = [
    # ------------------------------------------------------------ rl
    {
        "field": "rl",
        "title": "Kittiwake: Ensemble Lower Bounds for Tuning-Free Pessimism in Offline Reinforcement Learning",
        "text": (
            r"Offline reinforcement learning (offline RL) aims to learn a policy from a fixed dataset without further "
            r"interaction, but value-based methods overestimate the return of out-of-distribution actions. Conservative "
            r"Q-learning (CQL) and implicit Q-learning (IQL) counter this with pessimism that must be tuned per dataset, "
            r"and their scores are sensitive to the penalty weight. We propose Kittiwake, which shapes the advantage used "
            r"for policy extraction with a lower confidence bound computed from an ensemble of $N=10$ critics, and adapts "
            r"the pessimism coefficient $\beta$ online by matching the estimated support of the behaviour policy. "
            r"Kittiwake needs no per-dataset tuning: all experiments use $\beta_0 = 0.5$ and $10^6$ gradient steps. On "
            r"the D4RL locomotion suite, Kittiwake attains an average normalized score of $\mathbf{78.4}$ over nine "
            r"datasets, compared with $72.1$ for IQL and $69.8$ for CQL. On the harder AntMaze tasks Kittiwake reaches an "
            r"average normalized score of $68.9$, outperforming IQL by $5.6$ points, and on the Adroit pen tasks it "
            r"improves over TD3+BC by up to $21\%$. When offline-to-online fine-tuning is allowed for "
            r"$2.5\times10^5$ environment steps, the normalized score of Kittiwake on antmaze-large-diverse rises from "
            r"$47.2$ to $91.0$. Kittiwake adds $\sim$18\% wall-clock overhead relative to IQL, and training on a single "
            r"dataset takes $3.1$ GPU hours on one RTX 4090."
        ),
        "spans": [
            ("Offline reinforcement learning", "T"), ("Offline Reinforcement Learning", "T"), ("offline RL", "T"),
            ("Conservative Q-learning", "M"), ("CQL", "M"), ("implicit Q-learning", "M"), ("IQL", "M"),
            ("Kittiwake", "M"), ("D4RL", "D"), ("average normalized score", "X"), ("normalized score", "X"),
            ("AntMaze", "D"), ("Adroit", "D"), ("TD3+BC", "M"), ("offline-to-online fine-tuning", "T"),
            ("antmaze-large-diverse", "D"), ("wall-clock overhead", "X"),
        ],
        "results": [
            (r"average normalized score of $\mathbf{78.4", "average normalized score", 78.4, None, "D4RL", "Kittiwake"),
            ("72.1", "average normalized score", 72.1, None, "D4RL", "IQL"),
            ("69.8", "average normalized score", 69.8, None, "D4RL", "CQL"),
            ("average normalized score of $68.9", "average normalized score", 68.9, None, "AntMaze", "Kittiwake"),
            ("outperforming IQL by $5.6$ points", "average normalized score", 5.6, "points", "AntMaze", "Kittiwake"),
            (r"improves over TD3+BC by up to $21\%", "improvement", 21, "%", "Adroit", "Kittiwake"),
            ("normalized score of Kittiwake on antmaze-large-diverse rises from $47.2$ to $91.0", "normalized score",
             91.0, None, "antmaze-large-diverse", "Kittiwake"),
            (r"18\% wall-clock overhead", "wall-clock overhead", 18, "%", None, "Kittiwake"),
            ("training on a single dataset takes $3.1$ GPU hours", "training time", 3.1, "GPU hours", None, "Kittiwake"),
        ],
    },
    {
        "field": "rl",
        "title": "Hornwort: Reward Models That Know When They Are Wrong",
        "text": (
            "Reinforcement learning from human feedback (RLHF) relies on a learned reward model whose errors the policy "
            "quickly learns to exploit, a failure usually called reward hacking. Most reward models output a single "
            "scalar and give no warning when a comparison lies outside the preference data they were trained on. We "
            "introduce Hornwort, a reward modeling recipe that attaches a lightweight epistemic head to a Bradley-Terry "
            "reward model and trains it on contrastive pairs synthesised by perturbing chosen responses. During RLHF, "
            "Hornwort's uncertainty is subtracted from the reward, so that PPO is discouraged from drifting into regions "
            "the reward model cannot judge. We train 8B and 70B reward models on roughly 700K preference pairs from "
            "UltraFeedback and HelpSteer2. On RewardBench, the 8B Hornwort model reaches an overall score of 91.7, 2.3 "
            "points above a Bradley-Terry baseline of the same size, with the largest gain on the hard chat category "
            "(83.5% vs. 76.0% accuracy). Hornwort's uncertainty estimates detect injected label noise with 74% recall at "
            "a 5% false-alarm rate. When Hornwort supplies the reward for PPO on Llama-3.1-8B, the length-controlled win "
            "rate on AlpacaEval 2.0 reaches 38.2%, against 31.4% with the unpenalised reward model, and the average "
            "response length grows by only 12% instead of 57%. The MT-Bench score improves less, from 8.05 to 8.21. "
            "We also find that best-of-n sampling with n = 16 benefits less from the uncertainty penalty than PPO does, "
            "and we discuss when a calibrated reward model is worth its extra training cost."
        ),
        "spans": [
            ("Reinforcement learning from human feedback", "M"), ("RLHF", "M"), ("Hornwort", "M"),
            ("reward modeling", "T"), ("Bradley-Terry reward model", "M"), ("Bradley-Terry", "M"), ("PPO", "M"),
            ("UltraFeedback", "D"), ("HelpSteer2", "D"), ("RewardBench", "D"), ("overall score", "X"),
            ("accuracy", "X"), ("recall", "X"), ("false-alarm rate", "X"), ("Llama-3.1-8B", "M"),
            ("length-controlled win rate", "X"), ("AlpacaEval 2.0", "D"), ("average response length", "X"),
            ("MT-Bench", "D"), ("score", "X"), ("best-of-n sampling", "M"),
        ],
        "results": [
            ("overall score of 91.7", "overall score", 91.7, None, "RewardBench", "Hornwort"),
            ("2.3 points above", "overall score", 2.3, "points", "RewardBench", "Hornwort"),
            ("83.5%", "accuracy", 83.5, "%", "RewardBench", "Hornwort"),
            ("76.0% accuracy", "accuracy", 76.0, "%", "RewardBench", "Bradley-Terry"),
            ("74% recall", "recall", 74, "%", None, "Hornwort"),
            ("length-controlled win rate on AlpacaEval 2.0 reaches 38.2%", "length-controlled win rate", 38.2, "%",
             "AlpacaEval 2.0", "Hornwort"),
            ("31.4%", "length-controlled win rate", 31.4, "%", "AlpacaEval 2.0", None),
            ("average response length grows by only 12%", "average response length", 12, "%", None, "Hornwort"),
            ("57%", "average response length", 57, "%", None, None),
            ("MT-Bench score improves less, from 8.05 to 8.21", "score", 8.21, None, "MT-Bench", None),
        ],
    },
    {
        "field": "rl",
        "title": "Jessamine: One-Step Consistency-Distilled Diffusion Policies for Real-Time Bimanual Manipulation",
        "text": (
            r"Jessamine reaches a control rate of $52$ Hz on a single RTX 4090 while matching the success rate of a "
            r"100-step Diffusion Policy. Diffusion policies model multimodal action distributions well, but iterative "
            r"denoising makes closed-loop control slow, and existing distilled variants lose precision on contact-rich "
            r"tasks. Jessamine distills a DDIM teacher into a one-step student with consistency distillation in action "
            r"space, adds a chunk-level temporal ensembling term, and conditions on point-cloud tokens from two wrist "
            r"cameras. We evaluate on RoboMimic, on the 18 tasks of the MimicGen benchmark and on 6 real bimanual tasks "
            r"with an ALOHA setup. On the Transport task from RoboMimic, Jessamine reaches a success rate of $0.94$, "
            r"equal to its teacher, whereas Consistency Policy attains $0.86$. Averaged over MimicGen, it achieves "
            r"$71.3\%$ success versus $68.9\%$ for Diffusion Policy and $57.4\%$ for ACT. Jessamine cuts inference "
            r"latency per action chunk from $231$ ms for its Diffusion Policy teacher to $19$ ms, a $12\times$ speed-up. "
            r"In the real world, Jessamine succeeds in 17 of 20 trials on the hardest task, cable routing, and is the "
            r"best method on 5 of the 6 tasks. Training uses $200$ demonstrations per task and action chunks of $k=16$ "
            r"steps; the distillation stage costs $\sim$6 GPU hours."
        ),
        "spans": [
            ("Jessamine", "M"), ("Diffusion Policy", "M"), ("Diffusion Policies", "M"), ("Diffusion policies", "M"),
            ("Bimanual Manipulation", "T"), ("DDIM", "M"), ("consistency distillation", "M"),
            ("temporal ensembling", "M"), ("RoboMimic", "D"), ("MimicGen", "D"), ("success rate", "X"),
            ("Consistency Policy", "M"), ("ACT", "M"), ("inference latency", "X"), ("speed-up", "X"),
            ("cable routing", "T"), ("control rate", "X"),
        ],
        "results": [
            ("control rate of $52$ Hz", "control rate", 52, "Hz", None, "Jessamine"),
            ("success rate of $0.94", "success rate", 0.94, None, "RoboMimic", "Jessamine"),
            ("0.86", "success rate", 0.86, None, "RoboMimic", "Consistency Policy"),
            (r"71.3\%$ success", "success rate", 71.3, "%", "MimicGen", None),
            (r"68.9\%", "success rate", 68.9, "%", "MimicGen", "Diffusion Policy"),
            (r"57.4\%", "success rate", 57.4, "%", "MimicGen", "ACT"),
            ("231$ ms for its Diffusion Policy", "inference latency", 231, "ms", None, "Diffusion Policy"),
            ("inference latency per action chunk from $231$ ms for its Diffusion Policy teacher to $19$ ms",
             "inference latency", 19, "ms", None, "Jessamine"),
            (r"12\times$ speed-up", "speed-up", 12, "×", None, "Jessamine"),
            ("succeeds in 17 of 20 trials", "successful trials", 17, None, None, "Jessamine"),
            ("best method on 5 of the 6 tasks", "tasks ranked first", 5, None, None, "Jessamine"),
            ("distillation stage costs $\\sim$6 GPU hours", "distillation time", 6, "GPU hours", None, None),
        ],
    },
    {
        "field": "rl",
        "title": "Inkberry: Correcting Compounding Errors in Token-Based World Models",
        "text": (
            "World models let an agent learn behaviours in imagination, but their errors compound over long rollouts "
            "and the policy learns to exploit them. We ask whether a small correction model, trained on the discrepancy "
            "between imagined and real latent transitions, can make Transformer-based world models more reliable "
            "without making them larger. Our agent, Inkberry, tokenises observations with a VQ-VAE, predicts the next "
            "tokens with a 12-layer Transformer, and applies a learned residual correction every 4 imagined steps; the "
            "actor-critic is trained entirely in imagination, as in DreamerV3. On the Atari 100k benchmark, Inkberry "
            "reaches a mean human-normalised score (HNS) of 1.41 and a median HNS of 0.62, compared with 1.05 and 0.49 "
            "for IRIS and a mean HNS of 1.22 for STORM, and it outperforms IRIS on 19 of the 26 games. On the DeepMind "
            "Control Suite with pixel observations and 500K environment steps, Inkberry's average return is 812 ± 17, "
            "slightly below DreamerV3 (826 ± 21); we therefore do not claim an advantage on continuous control. "
            "Inkberry's correction model lowers the 15-step latent prediction error by 38% relative to an uncorrected "
            "world model. These gains are not free: training Inkberry takes about 9 hours per game on a single A100, "
            "roughly 1.6× longer than STORM. We also observe that Inkberry is sensitive to the codebook size, and that "
            "its results on Crafter (a score of 18.7%) remain well below those of dedicated exploration methods."
        ),
        "spans": [
            ("World models", "M"), ("World Models", "M"), ("world models", "M"), ("world model", "M"),
            ("Transformer", "M"), ("Inkberry", "M"), ("VQ-VAE", "M"), ("actor-critic", "M"), ("DreamerV3", "M"),
            ("Atari 100k", "D"), ("mean human-normalised score", "X"), ("HNS", "X"), ("median HNS", "X"), ("mean HNS", "X"),
            ("IRIS", "M"), ("STORM", "M"), ("DeepMind Control Suite", "D"), ("average return", "X"),
            ("continuous control", "T"), ("latent prediction error", "X"), ("Crafter", "D"), ("score", "X"),
        ],
        "results": [
            ("mean human-normalised score (HNS) of 1.41", "mean human-normalised score", 1.41, None, "Atari 100k", "Inkberry"),
            ("median HNS of 0.62", "median human-normalised score", 0.62, None, "Atari 100k", "Inkberry"),
            ("1.05", "mean human-normalised score", 1.05, None, "Atari 100k", "IRIS"),
            ("0.49", "median human-normalised score", 0.49, None, "Atari 100k", "IRIS"),
            ("mean HNS of 1.22", "mean human-normalised score", 1.22, None, "Atari 100k", "STORM"),
            ("outperforms IRIS on 19 of the 26 games", "games won", 19, None, "Atari 100k", "Inkberry"),
            ("average return is 812", "average return", 812, None, "DeepMind Control Suite", "Inkberry"),
            ("826", "average return", 826, None, "DeepMind Control Suite", "DreamerV3"),
            ("latent prediction error by 38%", "latent prediction error reduction", 38, "%", None, "Inkberry"),
            ("training Inkberry takes about 9 hours", "training time", 9, "h", None, "Inkberry"),
            ("1.6× longer", "training time", 1.6, "×", None, "Inkberry"),
            ("score of 18.7%", "score", 18.7, "%", "Crafter", "Inkberry"),
        ],
    },
    {
        "field": "rl",
        "title": "Keelson: Episodic Novelty from Successor Features Generalizes Across Procedurally Generated Levels",
        "text": (
            r"Exploration bonuses based on global novelty break down in procedurally generated environments, where no "
            r"two episodes share a layout. We present Keelson, an episodic exploration bonus computed from successor "
            r"features that are learned jointly with the policy and trained with PPO. Unlike RND and E3B, Keelson "
            r"measures novelty as the distance between the current successor feature and its $k$ nearest neighbours "
            r"within the episode, with $k=10$, and requires no separate embedding network. On the 16 Procgen games "
            r"(hard mode, 200 training levels, 25M steps), Keelson achieves a mean normalized test return of $0.71$, "
            r"versus $0.58$ for PPO, $0.63$ for E3B and $0.60$ for RND, and beats E3B on 13 of 16 games. On MiniHack, "
            r"Keelson solves $9$ of the $12$ hardest navigation tasks, compared with $6$ for E3B. On Crafter, Keelson "
            r"reaches a score of $24.6\%$ after $1$M steps, $+4.1$ points over the best prior PPO-based agent, and "
            r"unlocks $19$ of the $22$ achievements. Keelson shrinks the generalization gap on Procgen from $0.19$ for "
            r"PPO to $0.08$, where the gap is train minus test return. Because successor features are shared with the "
            r"critic, the bonus adds $<$5\% compute overhead, and the wall-clock time per update rises by $0.6$ ms."
        ),
        "spans": [
            ("Keelson", "M"), ("successor features", "M"), ("successor feature", "M"), ("Successor Features", "M"), ("PPO", "M"), ("RND", "M"),
            ("E3B", "M"), ("Procgen", "D"), ("mean normalized test return", "X"), ("MiniHack", "D"), ("Crafter", "D"),
            ("score", "X"), ("generalization gap", "X"), ("compute overhead", "X"), ("wall-clock time per update", "X"),
        ],
        "results": [
            ("mean normalized test return of $0.71", "mean normalized test return", 0.71, None, "Procgen", "Keelson"),
            ("0.58", "mean normalized test return", 0.58, None, "Procgen", "PPO"),
            ("0.63", "mean normalized test return", 0.63, None, "Procgen", "E3B"),
            ("0.60", "mean normalized test return", 0.60, None, "Procgen", "RND"),
            ("beats E3B on 13 of 16 games", "games won", 13, None, "Procgen", "Keelson"),
            ("solves $9$ of the $12$ hardest navigation tasks", "navigation tasks solved", 9, None, "MiniHack", "Keelson"),
            ("6$ for E3B", "navigation tasks solved", 6, None, "MiniHack", "E3B"),
            (r"score of $24.6\%", "score", 24.6, "%", "Crafter", "Keelson"),
            ("+4.1$ points", "score", 4.1, "points", "Crafter", "Keelson"),
            ("unlocks $19$ of the $22$ achievements", "achievements unlocked", 19, None, "Crafter", "Keelson"),
            ("0.19$ for PPO", "generalization gap", 0.19, None, "Procgen", "PPO"),
            ("generalization gap on Procgen from $0.19$ for PPO to $0.08", "generalization gap", 0.08, None, "Procgen",
             "Keelson"),
            (r"5\% compute overhead", "compute overhead", 5, "%", None, None),
            ("wall-clock time per update rises by $0.6$ ms", "wall-clock time per update", 0.6, "ms", None, None),
        ],
    },
    {
        "field": "rl",
        "title": "JonquilPO: Aligning Language Models with Judge-Agreement Margins over Ranked Responses",
        "text": (
            "Direct Preference Optimization (DPO) and its variants align large language models (LLMs) from pairwise "
            "preferences without training a separate reward model. In practice, preference data increasingly come with "
            "several ranked responses per prompt and with scores from more than one judge, information that pairwise "
            "objectives throw away. JonquilPO replaces the pairwise logistic loss with a listwise Plackett-Luce "
            "objective whose per-pair margins are set by the agreement between judges: pairs that all judges order the "
            "same way receive a large margin, contested pairs a small one. The method needs no sampling during training "
            "and only one hyper-parameter, the margin scale, which we fix to 0.8 throughout. We fine-tune "
            "Mistral-7B-Instruct-v0.2 and Llama-3-8B-Instruct on UltraFeedback, which provides four responses per "
            "prompt rated by GPT-4. On AlpacaEval 2.0, JonquilPO lifts the length-controlled win rate of "
            "Llama-3-8B-Instruct to 44.9%, ahead of SimPO (44.7%) and DPO (40.3%), while producing responses of similar "
            "length. On Arena-Hard, JonquilPO reaches a win rate of 36.1 against 33.8 for SimPO. For "
            "Mistral-7B-Instruct-v0.2 the gains are larger: +6.2 points of LC win rate over DPO. Human raters preferred "
            "JonquilPO over DPO in 64% of 300 pairwise comparisons. On the Open LLM Leaderboard, JonquilPO stays within "
            "0.4 points of the SFT model in average score, which suggests that the improvement comes from style and "
            "helpfulness rather than from new knowledge. Finally, JonquilPO's training cost matches that of DPO to "
            "within 3%."
        ),
        "spans": [
            ("Direct Preference Optimization", "M"), ("DPO", "M"), ("large language models", "M"), ("LLMs", "M"),
            ("Language Models", "M"), ("JonquilPO", "M"), ("Plackett-Luce", "M"), ("Mistral-7B-Instruct-v0.2", "M"),
            ("Llama-3-8B-Instruct", "M"), ("UltraFeedback", "D"), ("GPT-4", "M"), ("AlpacaEval 2.0", "D"),
            ("length-controlled win rate", "X"), ("SimPO", "M"), ("Arena-Hard", "D"), ("win rate", "X"),
            ("LC win rate", "X"), ("Open LLM Leaderboard", "D"), ("SFT", "M"), ("average score", "X"),
            ("training cost", "X"),
        ],
        "results": [
            ("length-controlled win rate of Llama-3-8B-Instruct to 44.9%", "length-controlled win rate", 44.9, "%",
             "AlpacaEval 2.0", "JonquilPO"),
            ("44.7%", "length-controlled win rate", 44.7, "%", "AlpacaEval 2.0", "SimPO"),
            ("40.3%", "length-controlled win rate", 40.3, "%", "AlpacaEval 2.0", "DPO"),
            ("win rate of 36.1", "win rate", 36.1, None, "Arena-Hard", "JonquilPO"),
            ("33.8", "win rate", 33.8, None, "Arena-Hard", "SimPO"),
            ("+6.2 points of LC win rate", "length-controlled win rate", 6.2, "points", None, "Mistral-7B-Instruct-v0.2"),
            ("preferred JonquilPO over DPO in 64%", "win rate", 64, "%", None, "JonquilPO"),
            ("within 0.4 points of the SFT model in average score", "average score", 0.4, "points",
             "Open LLM Leaderboard", "JonquilPO"),
            ("training cost matches that of DPO to within 3%", "training cost", 3, "%", None, "JonquilPO"),
        ],
    },
    # ------------------------------------------------------------ graphs
    {
        "field": "graphs",
        "title": "Jackstraw: Linear-Time Graph Transformers with Learned Virtual Hubs for Long-Range Interactions",
        "text": (
            "Message-passing neural networks (MPNNs) struggle to propagate information between distant nodes, a "
            "limitation commonly linked to over-squashing. Graph Transformers address this with global attention, but "
            "their quadratic cost restricts them to small graphs. We propose Jackstraw, a graph Transformer that routes "
            "global information through a small set of learned virtual hubs: every node attends to m = 32 hubs and each "
            "hub attends back to the nodes, so that a layer costs O(Nm) instead of O(N²). The hubs are initialised from "
            "a spectral clustering of the graph Laplacian and refined end-to-end. On the Long Range Graph Benchmark "
            "(LRGB), Jackstraw obtains 0.7284 average precision (AP) on Peptides-func, 0.2431 MAE on Peptides-struct "
            "and 0.4217 macro-F1 on PascalVOC-SP, compared with 0.6535, 0.2500 and 0.3748 for GraphGPS, respectively. "
            "On ogbn-arxiv, which GraphGPS cannot fit into 24 GB of memory, Jackstraw reaches 73.1% accuracy with a "
            "peak memory of 9.8 GB, within 0.5 points of the best reported message-passing result. On the heterophilous "
            "roman-empire graph, Jackstraw reaches 91.2% accuracy, 2.4 points above Exphormer. Per epoch, Jackstraw "
            "trains 4.7× faster than NAGphormer on ogbn-products (2.4M nodes). Ablations show that the spectral "
            "initialisation accounts for most of the gain on Peptides-func (−2.1 AP without it)."
        ),
        "spans": [
            ("Message-passing neural networks", "M"), ("MPNNs", "M"), ("Graph Transformers", "M"),
            ("graph Transformer", "M"), ("Jackstraw", "M"), ("spectral clustering", "M"),
            ("Long Range Graph Benchmark", "D"), ("LRGB", "D"), ("average precision", "X"), ("AP", "X"),
            ("Peptides-func", "D"), ("MAE", "X"), ("Peptides-struct", "D"), ("macro-F1", "X"), ("PascalVOC-SP", "D"),
            ("GraphGPS", "M"), ("ogbn-arxiv", "D"), ("accuracy", "X"), ("peak memory", "X"), ("roman-empire", "D"),
            ("Exphormer", "M"), ("NAGphormer", "M"), ("ogbn-products", "D"),
        ],
        "results": [
            ("0.7284 average precision", "AP", 0.7284, None, "Peptides-func", "Jackstraw"),
            ("0.2431 MAE", "MAE", 0.2431, None, "Peptides-struct", "Jackstraw"),
            ("0.4217 macro-F1", "macro-F1", 0.4217, None, "PascalVOC-SP", "Jackstraw"),
            ("0.6535", "AP", 0.6535, None, "Peptides-func", "GraphGPS"),
            ("0.2500", "MAE", 0.25, None, "Peptides-struct", "GraphGPS"),
            ("0.3748", "macro-F1", 0.3748, None, "PascalVOC-SP", "GraphGPS"),
            ("73.1% accuracy", "accuracy", 73.1, "%", "ogbn-arxiv", "Jackstraw"),
            ("peak memory of 9.8 GB", "peak memory", 9.8, "GB", "ogbn-arxiv", "Jackstraw"),
            ("within 0.5 points", "accuracy", 0.5, "points", "ogbn-arxiv", "Jackstraw"),
            ("91.2% accuracy", "accuracy", 91.2, "%", "roman-empire", "Jackstraw"),
            ("2.4 points above Exphormer", "accuracy", 2.4, "points", "roman-empire", "Jackstraw"),
            ("trains 4.7× faster", "training speed-up", 4.7, "×", "ogbn-products", "Jackstraw"),
            ("−2.1 AP", "AP", -2.1, None, "Peptides-func", None),
        ],
    },
    {
        "field": "graphs",
        "title": "Kelpwood: Propagated Subgraph Sketches Meet the Labeling Trick for Scalable Link Prediction",
        "text": (
            r"Link prediction methods that label the subgraph around each candidate pair, such as SEAL, are expressive "
            r"but need one subgraph extraction per query, whereas node-level GNNs such as GCN and GraphSAGE are fast but "
            r"cannot distinguish structurally equivalent pairs. Hashing approaches such as ELPH and BUDDY approximate "
            r"subgraph features with MinHash and HyperLogLog sketches. We introduce Kelpwood, which propagates "
            r"$d=256$-dimensional sketches for $L=3$ hops and combines them with a pairwise labeling trick computed in "
            r"$\mathcal{O}(|E|\,d)$ time during preprocessing, so that inference needs no subgraph extraction at all. "
            r"We evaluate on Cora, Citeseer and Pubmed under the HeaRT protocol and on four OGB link-property "
            r"datasets. Kelpwood sets a new state of the art on ogbl-collab with $\mathbf{71.42}$ Hits@50 ($+2.6$ over "
            r"BUDDY), on ogbl-ppa with $53.17$ Hits@100 and on ogbl-citation2 with an MRR of $89.25\%$. On ogbl-ddi, "
            r"the Hits@20 of Kelpwood ($91.8 \pm 1.4$) stays below that of NCNC ($94.3$), which we attribute to the "
            r"dense degree distribution of that graph. On the three Planetoid graphs, Kelpwood improves MRR by $3.4$ "
            r"points on average. Preprocessing ogbl-citation2 takes $11$ minutes. At inference, Kelpwood scores 1.9M "
            r"edges per second, ${\sim}37\times$ the throughput of SEAL."
        ),
        "spans": [
            ("Link prediction", "T"), ("Link Prediction", "T"), ("SEAL", "M"), ("GNNs", "M"), ("GCN", "M"),
            ("GraphSAGE", "M"), ("ELPH", "M"), ("BUDDY", "M"), ("MinHash", "M"), ("HyperLogLog", "M"),
            ("Kelpwood", "M"), ("labeling trick", "M"), ("Labeling Trick", "M"), ("Cora", "D"), ("Citeseer", "D"),
            ("Pubmed", "D"), ("HeaRT", "D"), ("OGB", "D"), ("ogbl-collab", "D"), ("Hits@50", "X"), ("ogbl-ppa", "D"),
            ("Hits@100", "X"), ("ogbl-citation2", "D"), ("MRR", "X"), ("ogbl-ddi", "D"), ("Hits@20", "X"),
            ("NCNC", "M"), ("Planetoid", "D"), ("edges per second", "X"), ("throughput", "X"),
        ],
        "results": [
            ("71.42}$ Hits@50", "Hits@50", 71.42, None, "ogbl-collab", "Kelpwood"),
            ("+2.6$ over BUDDY", "Hits@50", 2.6, None, "ogbl-collab", "Kelpwood"),
            ("53.17$ Hits@100", "Hits@100", 53.17, None, "ogbl-ppa", "Kelpwood"),
            (r"MRR of $89.25\%", "MRR", 89.25, "%", "ogbl-citation2", "Kelpwood"),
            ("Hits@20 of Kelpwood ($91.8", "Hits@20", 91.8, None, "ogbl-ddi", "Kelpwood"),
            ("94.3", "Hits@20", 94.3, None, "ogbl-ddi", "NCNC"),
            ("improves MRR by $3.4$ points", "MRR", 3.4, "points", "Planetoid", "Kelpwood"),
            ("Preprocessing ogbl-citation2 takes $11$ minutes", "preprocessing time", 11, "min", "ogbl-citation2", None),
            ("1.9M edges per second", "throughput", 1.9, "M edges/s", None, "Kelpwood"),
            (r"37\times$ the throughput", "throughput", 37, "×", None, "Kelpwood"),
        ],
    },
    {
        "field": "graphs",
        "title": "Isobath: Density-Informed Equivariant Graph Networks for Molecular Property Prediction",
        "text": (
            r"Equivariant graph neural networks predict quantum-chemical properties from 3D structure, yet they see only "
            r"nuclear positions and must infer electronic structure implicitly. We propose Isobath, an $E(3)$-equivariant "
            r"message-passing network for molecular property prediction that augments each atom with features of a cheap "
            r"semi-empirical electron density from GFN2-xTB, sampled on $8$ isosurface shells and projected onto "
            r"spherical harmonics up to degree $\ell_{\max}=3$. Density featurisation takes about $40$ ms per molecule "
            r"on one CPU core. On QM9, Isobath improves on Equiformer on $9$ of the $12$ targets; the mean absolute "
            r"error (MAE) on the HOMO-LUMO gap falls from $29.9$ meV for Equiformer to $24.6$ meV, and HOMO energies "
            r"are predicted with an MAE of $13.4$ meV. The largest relative gain, $31\%$, is on the dipole moment. On "
            r"rMD17, Isobath's force MAE averaged over the ten molecules is $4.9$ meV/Å against $5.3$ meV/Å for MACE, "
            r"while energy MAEs are on par. Pre-trained on the $3.4$M conformers of PCQM4Mv2 and fine-tuned on four "
            r"MoleculeNet classification tasks (BBBP, BACE, ClinTox, Tox21) with scaffold splits, Isobath reaches a "
            r"mean ROC-AUC of $78.9\%$, $+2.2$ points over GEM. The density features add $1.3\times$ to the training "
            r"time, and an ablation that replaces them with Gasteiger charges loses most of the gain (HOMO MAE "
            r"$15.8$ meV)."
        ),
        "spans": [
            ("Equivariant graph neural networks", "M"), ("Equivariant Graph Networks", "M"), ("Isobath", "M"), ("molecular property prediction", "T"),
            ("Molecular Property Prediction", "T"), ("GFN2-xTB", "M"), ("QM9", "D"), ("Equiformer", "M"),
            ("mean absolute error", "X"), ("MAE", "X"), ("force MAE", "X"), ("energy MAEs", "X"), ("rMD17", "D"),
            ("MACE", "M"), ("PCQM4Mv2", "D"), ("MoleculeNet", "D"), ("BBBP", "D"), ("BACE", "D"), ("ClinTox", "D"),
            ("Tox21", "D"), ("mean ROC-AUC", "X"), ("GEM", "M"), ("training time", "X"), ("Gasteiger charges", "M"),
        ],
        "results": [
            ("Density featurisation takes about $40$ ms", "featurisation time", 40, "ms", None, None),
            ("improves on Equiformer on $9$ of the $12$ targets", "targets improved", 9, None, "QM9", "Isobath"),
            ("29.9$ meV for Equiformer", "MAE", 29.9, "meV", "QM9", "Equiformer"),
            ("mean absolute error (MAE) on the HOMO-LUMO gap falls from $29.9$ meV for Equiformer to $24.6$ meV",
             "MAE", 24.6, "meV", "QM9", "Isobath"),
            ("MAE of $13.4$ meV", "MAE", 13.4, "meV", "QM9", "Isobath"),
            (r"relative gain, $31\%", "improvement", 31, "%", None, None),
            ("force MAE averaged over the ten molecules is $4.9$ meV/Å", "force MAE", 4.9, "meV/Å", "rMD17", "Isobath"),
            ("5.3$ meV/Å for MACE", "force MAE", 5.3, "meV/Å", "rMD17", "MACE"),
            (r"mean ROC-AUC of $78.9\%", "mean ROC-AUC", 78.9, "%", "MoleculeNet", "Isobath"),
            ("+2.2$ points over GEM", "mean ROC-AUC", 2.2, "points", "MoleculeNet", "Isobath"),
            (r"add $1.3\times$ to the training time", "training time", 1.3, "×", None, None),
            ("HOMO MAE $15.8$ meV", "MAE", 15.8, "meV", None, None),
        ],
    },
    {
        "field": "graphs",
        "title": "Hollyhock: Spectral Edge Pruning and Contrast for Graph Collaborative Filtering",
        "text": (
            "Hollyhock improves Recall@20 over LightGCN by 14.8% on Gowalla, 19.2% on Yelp2018 and 27.5% on Amazon-Book "
            "while training 3.1× faster than SGL. Graph-based collaborative filtering propagates user and item "
            "embeddings over the interaction graph, so accidental clicks and popularity bias spread as easily as genuine "
            "preferences. Contrastive variants such as SGL and SimGCL add augmented views, but their random edge dropout "
            "removes informative edges as often as noisy ones. Hollyhock instead scores every edge by its contribution "
            "to the low-frequency spectrum of the normalized adjacency matrix, prunes the lowest-scoring 10% before each "
            "epoch, and contrasts the pruned and full graphs with an InfoNCE loss at temperature τ = 0.2. It keeps the "
            "parameter count of matrix factorization, since no extra encoder is learned. On Amazon-Book, Hollyhock "
            "reaches a Recall@20 of 0.0524 and an NDCG@20 of 0.0418, compared with 0.0507 and 0.0405 for XSimGCL, the "
            "strongest baseline. Gains concentrate on long-tail items, where Recall@20 rises by 36%. When 20% fake "
            "interactions are injected into Yelp2018, the NDCG@20 of LightGCN drops by 18.7%, whereas that of Hollyhock "
            "drops by only 6.3%. One epoch on Amazon-Book takes 41 seconds on a single V100."
        ),
        "spans": [
            ("Hollyhock", "M"), ("Recall@20", "X"), ("LightGCN", "M"), ("Gowalla", "D"), ("Yelp2018", "D"),
            ("Amazon-Book", "D"), ("SGL", "M"), ("collaborative filtering", "T"), ("Collaborative Filtering", "T"),
            ("SimGCL", "M"), ("edge dropout", "M"), ("InfoNCE", "M"), ("matrix factorization", "M"), ("NDCG@20", "X"),
            ("XSimGCL", "M"),
        ],
        "results": [
            ("Recall@20 over LightGCN by 14.8%", "Recall@20", 14.8, "%", "Gowalla", "Hollyhock"),
            ("19.2%", "Recall@20", 19.2, "%", "Yelp2018", "Hollyhock"),
            ("27.5%", "Recall@20", 27.5, "%", "Amazon-Book", "Hollyhock"),
            ("training 3.1× faster", "training speed-up", 3.1, "×", None, "Hollyhock"),
            ("Recall@20 of 0.0524", "Recall@20", 0.0524, None, "Amazon-Book", "Hollyhock"),
            ("NDCG@20 of 0.0418", "NDCG@20", 0.0418, None, "Amazon-Book", "Hollyhock"),
            ("0.0507", "Recall@20", 0.0507, None, "Amazon-Book", "XSimGCL"),
            ("0.0405", "NDCG@20", 0.0405, None, "Amazon-Book", "XSimGCL"),
            ("Recall@20 rises by 36%", "Recall@20", 36, "%", None, None),
            ("NDCG@20 of LightGCN drops by 18.7%", "NDCG@20", 18.7, "%", "Yelp2018", "LightGCN"),
            ("drops by only 6.3%", "NDCG@20", 6.3, "%", "Yelp2018", "Hollyhock"),
            ("One epoch on Amazon-Book takes 41 seconds", "epoch time", 41, "s", "Amazon-Book", None),
        ],
    },
    {
        "field": "graphs",
        "title": "Juniperine: Signed Polynomial Filters of Adaptive Order for Node Classification under Heterophily",
        "text": (
            r"Spectral graph neural networks learn a polynomial filter of the graph Laplacian, and recent variants such "
            r"as BernNet, ChebNetII and JacobiConv are competitive on heterophilous graphs, where linked nodes tend to "
            r"carry different labels. All of them fix the polynomial order $K$ in advance, typically $K=10$, although "
            r"the best order varies from $2$ to $>20$ across datasets. Juniperine learns the order per graph through a "
            r"differentiable truncation gate and splits the filter into positive and negative parts that act on signed "
            r"edge weights estimated by label propagation, at a cost of $\mathcal{O}(K|E|)$ per layer. We evaluate node "
            r"classification on the heterophilous benchmark of Platonov et al. (roman-empire, amazon-ratings, "
            r"minesweeper, tolokers, questions) and on the classic Chameleon, Squirrel and Actor splits. Juniperine "
            r"ranks first on $6$ of the $8$ datasets. On amazon-ratings, Juniperine reaches $54.9\%$ accuracy "
            r"($+1.6\%$ over ChebNetII), and on tolokers and questions it attains a ROC-AUC of $86.1$ and $79.4$, "
            r"respectively. On filtered Squirrel, Juniperine raises accuracy from $41.2\%$ for GPRGNN to $44.7\%$. "
            r"The learned order averages $K=6.3$, so inference on the largest graph, questions ($48{,}921$ nodes), is "
            r"$1.8\times$ faster than BernNet at $K=10$. On Actor, however, Juniperine trails a plain MLP by $0.4$ "
            r"points of accuracy, suggesting that the graph there carries little usable signal."
        ),
        "spans": [
            ("Spectral graph neural networks", "M"), ("BernNet", "M"), ("ChebNetII", "M"), ("JacobiConv", "M"),
            ("Juniperine", "M"), ("label propagation", "M"), ("node classification", "T"),
            ("Node Classification", "T"), ("roman-empire", "D"), ("amazon-ratings", "D"), ("minesweeper", "D"),
            ("tolokers", "D"), ("questions", "D"), ("Chameleon", "D"), ("Squirrel", "D"), ("Actor", "D"),
            ("accuracy", "X"), ("ROC-AUC", "X"), ("GPRGNN", "M"), ("MLP", "M"),
        ],
        "results": [
            ("ranks first on $6$ of the $8$ datasets", "datasets ranked first", 6, None, None, "Juniperine"),
            (r"54.9\%$ accuracy", "accuracy", 54.9, "%", "amazon-ratings", "Juniperine"),
            (r"+1.6\%$ over ChebNetII", "accuracy", 1.6, "%", "amazon-ratings", "Juniperine"),
            ("ROC-AUC of $86.1", "ROC-AUC", 86.1, None, "tolokers", "Juniperine"),
            ("79.4", "ROC-AUC", 79.4, None, "questions", "Juniperine"),
            (r"41.2\%$ for GPRGNN", "accuracy", 41.2, "%", "Squirrel", "GPRGNN"),
            (r"raises accuracy from $41.2\%$ for GPRGNN to $44.7\%", "accuracy", 44.7, "%", "Squirrel", "Juniperine"),
            (r"1.8\times$ faster", "inference speed-up", 1.8, "×", "questions", None),
            ("trails a plain MLP by $0.4$ points of accuracy", "accuracy", 0.4, "points", "Actor", "Juniperine"),
        ],
    },
    {
        "field": "graphs",
        "title": "Inglenook: Stale-Tolerant Embedding Caches for Communication-Efficient Distributed GNN Training",
        "text": (
            "Mini-batch training of graph neural networks (GNNs) on graphs that exceed the memory of one machine is "
            "dominated by communication: sampling a 3-hop neighbourhood on a partitioned graph fetches remote features "
            "for most of the sampled nodes. Inglenook caches historical embeddings of boundary nodes on each partition "
            "and refreshes them asynchronously with a staleness bound of s = 4 iterations, so that remote fetches occur "
            "only for nodes whose cached embeddings are too old. A variance-corrected estimator, derived from the "
            "analysis of GNNAutoScale, keeps the gradient bias within a constant factor of exact sampling. We implement "
            "Inglenook on top of DGL and evaluate it with GraphSAGE and GAT on ogbn-products, ogbn-papers100M and "
            "MAG240M, using up to 32 GPUs across 8 machines. On ogbn-papers100M, Inglenook reduces communication volume "
            "by 83% and epoch time from 212 s to 61 s relative to distributed neighbour sampling, a 3.5× speed-up, "
            "while test accuracy stays at 66.9% (vs. 67.1% with exact sampling). On MAG240M, GraphSAGE trained with "
            "Inglenook reaches 69.8% validation accuracy in 2.4 hours, against 7.9 hours for GraphSAINT. Scaling from 8 "
            "to 32 GPUs yields 87% parallel efficiency. Compared with GNNAutoScale, Inglenook loses 0.3 points of "
            "accuracy on ogbn-products but uses 41% less GPU memory. The memory footprint of the cache is 6.2 GB per "
            "machine on ogbn-papers100M."
        ),
        "spans": [
            ("graph neural networks", "M"), ("GNNs", "M"), ("GNN", "M"), ("Inglenook", "M"),
            ("historical embeddings", "M"), ("GNNAutoScale", "M"), ("GraphSAGE", "M"), ("GAT", "M"),
            ("ogbn-products", "D"), ("ogbn-papers100M", "D"), ("MAG240M", "D"), ("communication volume", "X"),
            ("epoch time", "X"), ("neighbour sampling", "M"), ("speed-up", "X"), ("test accuracy", "X"),
            ("validation accuracy", "X"), ("GraphSAINT", "M"), ("parallel efficiency", "X"), ("accuracy", "X"),
            ("GPU memory", "X"), ("memory footprint", "X"),
        ],
        "results": [
            ("communication volume by 83%", "communication volume reduction", 83, "%", "ogbn-papers100M", "Inglenook"),
            ("epoch time from 212 s to 61 s", "epoch time", 61, "s", "ogbn-papers100M", "Inglenook"),
            ("3.5× speed-up", "speed-up", 3.5, "×", "ogbn-papers100M", "Inglenook"),
            ("test accuracy stays at 66.9%", "test accuracy", 66.9, "%", "ogbn-papers100M", "Inglenook"),
            ("67.1%", "test accuracy", 67.1, "%", "ogbn-papers100M", None),
            ("69.8% validation accuracy", "validation accuracy", 69.8, "%", "MAG240M", "Inglenook"),
            ("in 2.4 hours", "training time", 2.4, "h", "MAG240M", "Inglenook"),
            ("7.9 hours for GraphSAINT", "training time", 7.9, "h", "MAG240M", "GraphSAINT"),
            ("87% parallel efficiency", "parallel efficiency", 87, "%", None, None),
            ("loses 0.3 points of accuracy", "accuracy", 0.3, "points", "ogbn-products", "Inglenook"),
            ("41% less GPU memory", "GPU memory reduction", 41, "%", None, "Inglenook"),
            ("memory footprint of the cache is 6.2 GB", "memory footprint", 6.2, "GB", "ogbn-papers100M", None),
        ],
    },
]
