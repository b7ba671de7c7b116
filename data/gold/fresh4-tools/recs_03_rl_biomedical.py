"""fresh-4 records (annotator h3): reinforcement learning (6) and biomedical ML (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Aspenveil", "Xylomesh", "AnvilPO", "Zinnober", "Yarrowcast", "Xiphos",
          "Zircoseg", "Axonote", "Xenoglyph", "Zanderbind", "Ambermil", "YuccaRad"]

RECS = [
    # ------------------------------------------------------------ rl
    {
        "field": "rl",
        "title": "Aspenveil: Conservative Advantage Shaping with Diffusion Behaviour Priors for Offline Reinforcement Learning",
        "text": (
            "Offline reinforcement learning (offline RL) aims to learn a policy from a fixed dataset of logged "
            "transitions without further interaction. Value-based methods such as CQL and IQL regularise the critic "
            "towards the behaviour policy, but a single conservative penalty either over-constrains the policy on "
            "narrow expert data or under-constrains it on diverse, low-quality data. We propose Aspenveil, which fits "
            "a diffusion model to the behaviour distribution and uses its denoising score to shape advantages state by "
            "state, so that the penalty is strong only where the data are sparse. The policy is extracted with "
            "advantage-weighted regression, and the diffusion prior is trained once with 50 denoising steps and then "
            "distilled to a single-step sampler. On the D4RL locomotion suite, Aspenveil obtains an average normalized "
            "score of 91.8 over nine MuJoCo datasets, compared with 76.9 for CQL, 77.0 for IQL and 88.0 for "
            "Diffusion-QL. The largest gains come on the medium-replay datasets (+6.4 points over Diffusion-QL on "
            "average). On AntMaze, Aspenveil reaches a normalized score of 78.3 and a success rate of 71% on "
            "antmaze-large-diverse, against 47% for IQL. Training takes 3.1 hours per dataset on a single RTX 4090, "
            "2.2× faster than Diffusion-QL, and action selection runs at 0.9 ms per step. All hyper-parameters are "
            "shared across tasks except the penalty scale α, which is set to 2.5 for AntMaze."
        ),
        "spans": [
            ("Aspenveil", "M"), ("Offline Reinforcement Learning", "T"), ("Offline reinforcement learning", "T"),
            ("offline RL", "T"), ("CQL", "M"), ("IQL", "M"), ("diffusion model", "M"),
            ("advantage-weighted regression", "M"), ("D4RL", "D"), ("average normalized score", "X"),
            ("Diffusion-QL", "M"), ("AntMaze", "D"), ("normalized score", "X"), ("success rate", "X"),
            ("antmaze-large-diverse", "D"),
        ],
        "results": [
            ("average normalized score of 91.8", "average normalized score", 91.8, None, "D4RL", "Aspenveil"),
            ("76.9", "average normalized score", 76.9, None, "D4RL", "CQL"),
            ("77.0", "average normalized score", 77.0, None, "D4RL", "IQL"),
            ("88.0", "average normalized score", 88.0, None, "D4RL", "Diffusion-QL"),
            ("+6.4 points over Diffusion-QL", "improvement", 6.4, "points", None, None),
            ("normalized score of 78.3", "normalized score", 78.3, None, "AntMaze", "Aspenveil"),
            ("success rate of 71%", "success rate", 71, "%", "antmaze-large-diverse", "Aspenveil"),
            ("47%", "success rate", 47, "%", "antmaze-large-diverse", "IQL"),
            ("Training takes 3.1 hours", "training time", 3.1, "h", None, None),
            ("2.2× faster", "speed-up", 2.2, "×", None, None),
            ("action selection runs at 0.9 ms", "action selection time", 0.9, "ms", None, None),
        ],
    },
    {
        "field": "rl",
        "title": "Xylomesh: Scalable Credit Assignment via Sparse Agent-Interaction Graphs in Cooperative Multi-Agent Reinforcement Learning",
        "text": (
            r"Value factorisation methods such as QMIX and QPLEX dominate cooperative multi-agent reinforcement "
            r"learning (MARL), yet their mixing networks treat all agents as potentially interacting, which costs "
            r"$\mathcal{O}(n^2)$ per update and blurs credit assignment once teams exceed a few dozen agents. We "
            r"introduce Xylomesh, a centralised-training, decentralised-execution algorithm that learns a sparse "
            r"interaction graph over agents with a differentiable top-$k$ gate and factorises the joint value along "
            r"its edges. Each agent keeps at most $k=4$ neighbours, reducing the mixing cost to $\mathcal{O}(nk)$. We "
            r"evaluate on SMACv2, Google Research Football (GRF) and the 64-agent variant of MPE Simple Spread. On "
            r"SMACv2, Xylomesh attains a median win rate of $71.4\%$ on protoss_10_vs_10 and $58.2\%$ on "
            r"zerg_10_vs_11, improving over MAPPO by $9.6$ and $12.1$ points, respectively. Xylomesh achieves the "
            r"highest win rate on 8 of the 9 SMACv2 scenarios. On GRF, the average goal-difference rises from "
            r"$0.42$ for QMIX to $1.17$. With 64 agents, Xylomesh's training throughput is $3.8\times$ that of QPLEX "
            r"and GPU memory falls by $\sim$57\%. Results are averaged over 5 seeds with $\pm$ one standard error; all "
            r"methods share an environment budget of $10^7$ steps."
        ),
        "spans": [
            ("Xylomesh", "M"), ("Credit Assignment", "T"), ("credit assignment", "T"),
            ("Cooperative Multi-Agent Reinforcement Learning", "T"),
            ("cooperative multi-agent reinforcement learning", "T"), ("MARL", "T"),
            ("Value factorisation", "M"), ("QMIX", "M"), ("QPLEX", "M"), ("SMACv2", "D"),
            ("Google Research Football", "D"), ("GRF", "D"), ("MPE Simple Spread", "D"),
            ("median win rate", "X"), ("win rate", "X"), ("protoss_10_vs_10", "D"), ("zerg_10_vs_11", "D"),
            ("MAPPO", "M"), ("average goal-difference", "X"), ("training throughput", "X"), ("GPU memory", "X"),
        ],
        "results": [
            (r"median win rate of $71.4\%", "median win rate", 71.4, "%", "protoss_10_vs_10", "Xylomesh"),
            (r"58.2\%", "median win rate", 58.2, "%", "zerg_10_vs_11", "Xylomesh"),
            (r"improving over MAPPO by $9.6", "median win rate", 9.6, "points", "protoss_10_vs_10", "Xylomesh"),
            (r"12.1$ points", "median win rate", 12.1, "points", "zerg_10_vs_11", "Xylomesh"),
            ("highest win rate on 8 of the 9 SMACv2 scenarios", "scenarios ranked first", 8, None, "SMACv2", "Xylomesh"),
            ("0.42", "average goal-difference", 0.42, None, "GRF", "QMIX"),
            (r"average goal-difference rises from $0.42$ for QMIX to $1.17", "average goal-difference", 1.17, None,
             "GRF", None),
            (r"training throughput is $3.8\times", "training throughput", 3.8, "×", None, "Xylomesh"),
            (r"GPU memory falls by $\sim$57\%", "GPU memory reduction", 57, "%", None, "Xylomesh"),
        ],
    },
    {
        "field": "rl",
        "title": "AnvilPO: Anchoring Preference Optimization to a Moving Reference Policy Reduces Length Exploitation",
        "text": (
            "Direct preference optimization (DPO) has become a popular alternative to reinforcement learning from "
            "human feedback (RLHF) with PPO, because it avoids training a separate reward model. A known failure mode, "
            "however, is that DPO-trained policies learn to produce ever longer answers, a form of reward hacking that "
            "inflates judge-based scores without improving helpfulness. We study this effect on Llama-3-8B and "
            "Mistral-7B trained on UltraFeedback and argue that part of it stems from the fixed reference policy, "
            "whose log-probabilities become stale as training proceeds. AnvilPO replaces the fixed reference with an "
            "exponential moving average of the policy, updated every 64 steps, and adds a length-normalised margin to "
            "the preference loss. On AlpacaEval 2.0, AnvilPO reaches a length-controlled win rate of 41.7% with "
            "Llama-3-8B, compared with 35.2% for SimPO and 30.4% for DPO, while the average response length drops "
            "from 2,310 to 1,740 characters. Removing the length-normalised margin lowers the length-controlled win "
            "rate to 38.5%. On Arena-Hard the improvement is smaller (+2.1 points over SimPO), and on MT-Bench all "
            "three methods score between 7.9 and 8.0. Human raters preferred AnvilPO over DPO in 62% of 400 pairwise "
            "comparisons. We caution that these gains were obtained at a single model scale and with one preference "
            "dataset; whether the moving reference helps larger models, or on-policy data, remains open."
        ),
        "spans": [
            ("AnvilPO", "M"), ("Preference Optimization", "M"), ("Direct preference optimization", "M"),
            ("DPO", "M"), ("reinforcement learning from human feedback", "M"), ("RLHF", "M"), ("PPO", "M"),
            ("Llama-3-8B", "M"), ("Mistral-7B", "M"), ("UltraFeedback", "D"), ("exponential moving average", "M"),
            ("AlpacaEval 2.0", "D"), ("length-controlled win rate", "X"), ("SimPO", "M"),
            ("average response length", "X"), ("Arena-Hard", "D"), ("MT-Bench", "D"),
        ],
        "results": [
            ("length-controlled win rate of 41.7%", "length-controlled win rate", 41.7, "%", "AlpacaEval 2.0", "AnvilPO"),
            ("35.2%", "length-controlled win rate", 35.2, "%", "AlpacaEval 2.0", "SimPO"),
            ("30.4%", "length-controlled win rate", 30.4, "%", "AlpacaEval 2.0", "DPO"),
            ("average response length drops from 2,310 to 1,740 characters", "average response length", 1740,
             "characters", "AlpacaEval 2.0", "AnvilPO"),
            ("length-controlled win rate to 38.5%", "length-controlled win rate", 38.5, "%", None, None),
            ("+2.1 points over SimPO", "improvement", 2.1, "points", "Arena-Hard", None),
            ("score between 7.9 and 8.0", "score", 8.0, None, "MT-Bench", None, {"low": 7.9}),
            ("62% of 400 pairwise comparisons", "win rate", 62, "%", None, "AnvilPO"),
        ],
    },
    {
        "field": "rl",
        "title": "Zinnober: Data-Augmented Self-Predictive Representations for Zero-Shot Generalization in Procgen",
        "text": (
            "We present Zinnober, a model-free agent for zero-shot generalization to unseen levels that combines a "
            "self-predictive representation objective with learned, level-conditioned data augmentation. Zinnober is "
            "built on PPO and adds fewer than 0.3M parameters. Its augmentation policy is a small network conditioned "
            "on the level seed, trained adversarially to maximise the representation loss while a consistency term "
            "keeps augmented observations semantically valid. Trained on 200 levels per game for 25M environment "
            "steps, the agent is evaluated on unseen levels of all 16 Procgen games (easy mode). On Procgen, Zinnober "
            "achieves a mean min-max normalized test return of 0.64 ± 0.02, against 0.51 for PPO, 0.57 for DrAC and "
            "0.60 for PLR, and the generalization gap shrinks by 38% relative to PPO. Zinnober scores above PLR on 12 "
            "of the 16 Procgen games. On the Atari 100k benchmark, where we use the same objective without "
            "augmentation, Zinnober obtains an interquartile mean (IQM) human-normalized score of 0.47, compared with "
            "0.42 for SPR and 0.38 for DrQ. Wall-clock training time is 1.4× that of PPO. Code and seeds (n = 10 per "
            "game) are released."
        ),
        "spans": [
            ("Zinnober", "M"), ("Self-Predictive Representations", "M"), ("Zero-Shot Generalization", "T"),
            ("zero-shot generalization", "T"), ("Procgen", "D"), ("data augmentation", "M"), ("PPO", "M"),
            ("mean min-max normalized test return", "X"), ("DrAC", "M"), ("PLR", "M"), ("generalization gap", "X"),
            ("Atari 100k", "D"), ("interquartile mean", "X"), ("IQM", "X"), ("human-normalized score", "X"),
            ("SPR", "M"), ("DrQ", "M"), ("Wall-clock training time", "X"),
        ],
        "results": [
            ("mean min-max normalized test return of 0.64 ± 0.02", "mean min-max normalized test return", 0.64, None,
             "Procgen", "Zinnober"),
            ("0.51", "mean min-max normalized test return", 0.51, None, "Procgen", "PPO"),
            ("0.57", "mean min-max normalized test return", 0.57, None, "Procgen", "DrAC"),
            ("0.60", "mean min-max normalized test return", 0.60, None, "Procgen", "PLR"),
            ("generalization gap shrinks by 38%", "generalization gap reduction", 38, "%", "Procgen", "Zinnober"),
            ("12 of the 16 Procgen games", "games won", 12, None, "Procgen", "Zinnober"),
            ("human-normalized score of 0.47", "IQM human-normalized score", 0.47, None, "Atari 100k", "Zinnober"),
            ("0.42", "IQM human-normalized score", 0.42, None, "Atari 100k", "SPR"),
            ("0.38", "IQM human-normalized score", 0.38, None, "Atari 100k", "DrQ"),
            ("Wall-clock training time is 1.4×", "wall-clock training time", 1.4, "×", None, None),
        ],
    },
    {
        "field": "rl",
        "title": "Yarrowcast: Uncertainty-Gated Latent Imagination for Sample-Efficient Visual Control",
        "text": (
            "Yarrowcast matches the asymptotic return of DreamerV3 on the DeepMind Control Suite with 2.5× fewer "
            "environment steps, and does so with a world model a third of the size. Model-based reinforcement "
            "learning agents learn a latent dynamics model and train the policy on imagined rollouts, but compounding "
            "model error makes long imagination horizons unreliable, so most agents fix a short horizon of 15 steps. "
            "Yarrowcast instead estimates epistemic uncertainty with a small ensemble of latent transition heads and "
            "truncates each imagined trajectory once disagreement exceeds a threshold, letting the horizon grow where "
            "the model is accurate. Across 20 visual control tasks from the DeepMind Control Suite at 500k frames, "
            "Yarrowcast reaches a mean episode return of 812, compared with 761 for DreamerV3 and 704 for TD-MPC2; it "
            "is best on 14 of the 20 tasks. The gains concentrate on sparse-reward tasks such as "
            "cartpole-swingup_sparse (+188 return over DreamerV3). On Meta-World, the success rate on 10 hard "
            "manipulation tasks improves from 58% to 73%. The world model has 12M parameters versus 38M for "
            "DreamerV3, and training at 500k frames takes 9 hours on one A100 GPU, about 40% less than DreamerV3. "
            "Ablations show that adaptive horizons account for most of the improvement, while ensembles larger than "
            "5 heads bring no further benefit."
        ),
        "spans": [
            ("Yarrowcast", "M"), ("Visual Control", "T"), ("visual control", "T"), ("asymptotic return", "X"),
            ("DreamerV3", "M"), ("DeepMind Control Suite", "D"), ("environment steps", "X"),
            ("Model-based reinforcement learning", "M"), ("mean episode return", "X"), ("TD-MPC2", "M"),
            ("cartpole-swingup_sparse", "D"), ("return", "X"), ("Meta-World", "D"), ("success rate", "X"),
            ("manipulation", "T"),
        ],
        "results": [
            ("2.5× fewer environment steps", "environment steps reduction", 2.5, "×", "DeepMind Control Suite",
             "Yarrowcast"),
            ("mean episode return of 812", "mean episode return", 812, None, "DeepMind Control Suite", "Yarrowcast"),
            ("761", "mean episode return", 761, None, "DeepMind Control Suite", "DreamerV3"),
            ("704", "mean episode return", 704, None, "DeepMind Control Suite", "TD-MPC2"),
            ("best on 14 of the 20 tasks", "tasks ranked first", 14, None, "DeepMind Control Suite", "Yarrowcast"),
            ("+188 return", "return", 188, None, "cartpole-swingup_sparse", None),
            ("success rate on 10 hard manipulation tasks improves from 58% to 73%", "success rate", 73, "%",
             "Meta-World", None),
            ("12M parameters", "parameters", 12, "M", None, None),
            ("38M", "parameters", 38, "M", None, "DreamerV3"),
            ("training at 500k frames takes 9 hours", "training time", 9, "h", None, None),
            ("40% less", "training time reduction", 40, "%", None, None),
        ],
    },
    {
        "field": "rl",
        "title": "Xiphos: Planning over Reward-Free Skills for Long-Horizon Exploration in Open-Ended Games",
        "text": (
            "Open-ended games such as NetHack and Craftax demand long-horizon exploration, and flat agents trained "
            "with PPO rarely progress beyond the first few achievements. We describe Xiphos, a hierarchical agent that "
            "discovers reusable skills without reward by maximising mutual information between skills and "
            "achievement transitions, and then plans over those skills with an option-critic controller. Skills are "
            "learned during a 50M-step reward-free phase and frozen afterwards. On Craftax (1B steps), Xiphos unlocks "
            "19 of the 22 medium-difficulty achievements and reaches 23.6% of the maximum score, versus 15.3% for "
            "PPO-RNN and 18.9% for the exploration baseline E3B. On the NetHack Learning Environment (NLE), Xiphos "
            "attains a median in-game score of 2,940, roughly 1.6 times that of the best neural agent of the NeurIPS "
            "2021 NetHack Challenge, though still far below symbolic agents such as AutoAscend (median 9,100 in our "
            "runs). On eight MiniHack navigation tasks, Xiphos solves 7, where HIRO solves 4 and Option-Critic 3. We "
            "note that our NLE results use 2B steps, more than most prior work, and that the reward-free phase adds "
            "roughly 30% to training time."
        ),
        "spans": [
            ("Xiphos", "M"), ("Exploration", "T"), ("exploration", "T"), ("NetHack", "D"), ("Craftax", "D"),
            ("PPO", "M"), ("option-critic", "M"), ("Option-Critic", "M"), ("maximum score", "X"),
            ("PPO-RNN", "M"), ("E3B", "M"), ("NetHack Learning Environment", "D"), ("NLE", "D"),
            ("median in-game score", "X"), ("NeurIPS 2021 NetHack Challenge", "D"), ("AutoAscend", "M"),
            ("MiniHack", "D"), ("navigation", "T"), ("HIRO", "M"), ("training time", "X"),
        ],
        "results": [
            ("unlocks 19 of the 22 medium-difficulty achievements", "achievements unlocked", 19, None, "Craftax",
             "Xiphos"),
            ("23.6% of the maximum score", "relative score", 23.6, "%", "Craftax", "Xiphos"),
            ("15.3%", "relative score", 15.3, "%", "Craftax", "PPO-RNN"),
            ("18.9%", "relative score", 18.9, "%", "Craftax", "E3B"),
            ("median in-game score of 2,940", "median in-game score", 2940, None, "NetHack Learning Environment",
             "Xiphos"),
            ("1.6 times", "median in-game score", 1.6, "×", "NetHack Learning Environment", "Xiphos"),
            ("median 9,100", "median in-game score", 9100, None, "NetHack Learning Environment", "AutoAscend"),
            ("solves 7", "tasks solved", 7, None, "MiniHack", "Xiphos"),
            ("solves 4", "tasks solved", 4, None, "MiniHack", "HIRO"),
            ("Option-Critic 3", "tasks solved", 3, None, "MiniHack", "Option-Critic"),
            ("30% to training time", "training time", 30, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ biomedical
    {
        "field": "biomedical",
        "title": "Zircoseg: Frequency-Aware State Space Adapters for Volumetric Medical Image Segmentation",
        "text": (
            r"Foundation models such as SAM-Med3D and transformer-based networks like Swin UNETR have pushed "
            r"volumetric medical image segmentation forward, but adapting them to new anatomies still requires full "
            r"fine-tuning of hundreds of millions of parameters. We propose Zircoseg, a parameter-efficient adapter "
            r"that inserts bidirectional Mamba blocks operating in the 3D Fourier domain between frozen encoder "
            r"stages, so that long-range context is modelled in $\mathcal{O}(N)$ time in the number of voxels $N$. "
            r"Only $4.7$M parameters ($\sim$2.1\% of the backbone) are trained. On the BTCV multi-organ benchmark, "
            r"Zircoseg reaches a mean Dice similarity coefficient (DSC) of $\mathbf{84.9}\%$, outperforming nnU-Net "
            r"($83.1\%$) and SegMamba ($82.6\%$), and lowers the 95\% Hausdorff distance (HD95) from $9.8$ to $6.4$ "
            r"mm. On AMOS 2022 (CT), Zircoseg reaches a mean DSC of $89.3\%$, within $0.4$ points of fully "
            r"fine-tuned Swin UNETR, while on the MSD brain tumour task it improves the enhancing-tumour DSC by "
            r"$+2.2$ points over the best adapter baseline. Training on BTCV takes $6$ GPU-hours, ${\sim}5\times$ "
            r"less than full fine-tuning, and inference on a $512 \times 512 \times 200$ volume takes $1.3$ s."
        ),
        "spans": [
            ("Zircoseg", "M"), ("Volumetric Medical Image Segmentation", "T"),
            ("volumetric medical image segmentation", "T"), ("Foundation models", "M"), ("SAM-Med3D", "M"),
            ("transformer", "M"), ("Swin UNETR", "M"), ("full fine-tuning", "M"), ("Mamba", "M"), ("BTCV", "D"),
            ("mean Dice similarity coefficient", "X"), ("DSC", "X"), ("mean DSC", "X"), ("nnU-Net", "M"),
            ("SegMamba", "M"), (r"95\% Hausdorff distance", "X"), ("HD95", "X"), ("AMOS 2022", "D"),
            ("MSD", "D"),
        ],
        "results": [
            (r"mean Dice similarity coefficient (DSC) of $\mathbf{84.9}\%", "mean Dice similarity coefficient", 84.9,
             "%", "BTCV", "Zircoseg"),
            (r"83.1\%", "mean Dice similarity coefficient", 83.1, "%", "BTCV", "nnU-Net"),
            (r"82.6\%", "mean Dice similarity coefficient", 82.6, "%", "BTCV", "SegMamba"),
            (r"95\% Hausdorff distance (HD95) from $9.8$ to $6.4$ mm", "HD95", 6.4, "mm", "BTCV", "Zircoseg"),
            (r"mean DSC of $89.3\%", "mean Dice similarity coefficient", 89.3, "%", "AMOS 2022", "Zircoseg"),
            (r"within $0.4$ points", "mean Dice similarity coefficient", 0.4, "points", "AMOS 2022", "Zircoseg"),
            (r"enhancing-tumour DSC by $+2.2", "Dice similarity coefficient", 2.2, "points", "MSD", "Zircoseg"),
            (r"Training on BTCV takes $6$ GPU-hours", "training time", 6, "GPU-hours", "BTCV", None),
            (r"5\times$ less", "training time reduction", 5, "×", "BTCV", None),
            (r"inference on a $512 \times 512 \times 200$ volume takes $1.3$ s", "inference time", 1.3, "s", None,
             None),
        ],
    },
    {
        "field": "biomedical",
        "title": "Axonote: Retrieval-Grounded Summarization of Clinical Notes with Faithfulness Rewards",
        "text": (
            "Large language models can draft discharge summaries from electronic health records, but they omit "
            "clinically relevant findings and occasionally hallucinate medications that were never prescribed. We "
            "present Axonote, a retrieval-grounded summarizer that first extracts problem-oriented evidence from the "
            "hospital course with a fine-tuned ClinicalBERT tagger and then conditions Llama-3-70B on the retrieved "
            "evidence. The generator is further trained with reinforcement learning from a faithfulness reward "
            "computed by a natural language inference (NLI) model. We evaluate on 4,213 admissions from MIMIC-IV and, "
            "for transfer, on 1,000 admissions from MIMIC-III. On MIMIC-IV, Axonote scores 47.2 ROUGE-L and 0.71 "
            "BERTScore, compared with 41.8 and 0.66 for Llama-3-70B prompted zero-shot and 44.5 and 0.69 for GPT-4o, "
            "respectively. The medication hallucination rate falls from 6.8% to 1.9%. In a blinded reader study of "
            "150 cases, three attending physicians found a clinical acceptability rate of 78% for Axonote and 61% "
            "for GPT-4o, with an inter-rater agreement (Cohen's κ) of 0.64. On MIMIC-III, without further training, "
            "Axonote keeps 96% of its MIMIC-IV ROUGE-L. We release the evidence tagger but not the patient data, "
            "which remain under the PhysioNet credentialing agreement."
        ),
        "spans": [
            ("Axonote", "M"), ("Summarization of Clinical Notes", "T"), ("Large language models", "M"),
            ("ClinicalBERT", "M"), ("Llama-3-70B", "M"), ("reinforcement learning", "M"),
            ("natural language inference", "T"), ("NLI", "T"), ("MIMIC-IV", "D"), ("MIMIC-III", "D"),
            ("ROUGE-L", "X"), ("BERTScore", "X"), ("GPT-4o", "M"), ("medication hallucination rate", "X"),
            ("clinical acceptability rate", "X"), ("inter-rater agreement", "X"), ("Cohen's κ", "X"),
        ],
        "results": [
            ("47.2 ROUGE-L", "ROUGE-L", 47.2, None, "MIMIC-IV", "Axonote"),
            ("0.71 BERTScore", "BERTScore", 0.71, None, "MIMIC-IV", "Axonote"),
            ("41.8", "ROUGE-L", 41.8, None, "MIMIC-IV", "Llama-3-70B"),
            ("0.66", "BERTScore", 0.66, None, "MIMIC-IV", "Llama-3-70B"),
            ("44.5", "ROUGE-L", 44.5, None, "MIMIC-IV", "GPT-4o"),
            ("0.69", "BERTScore", 0.69, None, "MIMIC-IV", "GPT-4o"),
            ("medication hallucination rate falls from 6.8% to 1.9%", "medication hallucination rate", 1.9, "%",
             None, None),
            ("clinical acceptability rate of 78%", "clinical acceptability rate", 78, "%", None, "Axonote"),
            ("61%", "clinical acceptability rate", 61, "%", None, "GPT-4o"),
            ("Cohen's κ) of 0.64", "Cohen's κ", 0.64, None, None, None),
            ("96% of its MIMIC-IV ROUGE-L", "relative ROUGE-L", 96, "%", "MIMIC-III", "Axonote"),
        ],
    },
    {
        "field": "biomedical",
        "title": "Xenoglyph: A Byte-Level DNA Language Model with Reverse-Complement Equivariant Hyena Layers",
        "text": (
            r"We introduce Xenoglyph, a DNA language model that operates directly on nucleotides and enforces "
            r"reverse-complement (RC) equivariance inside every Hyena layer rather than through test-time averaging. "
            r"Pre-trained on 850 reference assemblies from multiple species and on the 1000 Genomes Project "
            r"($\sim$180B nucleotides) with a context of $131{,}072$ bp, Xenoglyph has 92M parameters. On the Genome "
            r"Understanding Evaluation (GUE) benchmark, Xenoglyph attains an average MCC of $68.9$ over 28 tasks, vs. "
            r"$66.1$ for DNABERT-2 and $65.4$ for HyenaDNA, and ranks first on 17 of the 28 tasks. On the Nucleotide "
            r"Transformer benchmark, Xenoglyph improves average accuracy by $2.3$ points over Caduceus-PS with "
            r"$3\times$ fewer parameters than NT-v2-500M. For variant effect prediction on the Genomics Long-Range "
            r"Benchmark (LRB), Xenoglyph reaches an AUROC of $0.781$ on the causal eQTL task (Caduceus: $0.742$) and "
            r"$0.694$ on pathogenic OMIM variants. Zero-shot, the log-likelihood ratio of Xenoglyph correlates with "
            r"clinical annotations from ClinVar at a Spearman $\rho = 0.41$. Inference at $131$k context requires "
            r"$O(L \log L)$ time and fits in $9.6$ GB of GPU memory."
        ),
        "spans": [
            ("Xenoglyph", "M"), ("DNA Language Model", "M"), ("DNA language model", "M"), ("Hyena", "M"),
            ("1000 Genomes Project", "D"), ("Genome Understanding Evaluation", "D"), ("GUE", "D"),
            ("average MCC", "X"), ("DNABERT-2", "M"), ("HyenaDNA", "M"), ("Nucleotide Transformer", "D"),
            ("average accuracy", "X"), ("Caduceus-PS", "M"), ("NT-v2-500M", "M"), ("variant effect prediction", "T"),
            ("Genomics Long-Range Benchmark", "D"), ("LRB", "D"), ("AUROC", "X"), ("causal eQTL", "D"),
            ("Caduceus", "M"), ("pathogenic OMIM", "D"), ("ClinVar", "D"), (r"Spearman $\rho", "X"),
            ("GPU memory", "X"),
        ],
        "results": [
            (r"average MCC of $68.9", "average MCC", 68.9, None, "GUE", "Xenoglyph"),
            ("66.1", "average MCC", 66.1, None, "GUE", "DNABERT-2"),
            ("65.4", "average MCC", 65.4, None, "GUE", "HyenaDNA"),
            ("ranks first on 17 of the 28 tasks", "tasks ranked first", 17, None, "GUE", "Xenoglyph"),
            (r"improves average accuracy by $2.3", "average accuracy", 2.3, "points", "Nucleotide Transformer",
             "Xenoglyph"),
            (r"3\times$ fewer parameters", "parameter reduction", 3, "×", "Nucleotide Transformer", "Xenoglyph"),
            (r"AUROC of $0.781", "AUROC", 0.781, None, "causal eQTL", "Xenoglyph"),
            ("0.742", "AUROC", 0.742, None, "causal eQTL", "Caduceus"),
            ("0.694", "AUROC", 0.694, None, "pathogenic OMIM", "Xenoglyph"),
            (r"Spearman $\rho = 0.41", "Spearman ρ", 0.41, None, "ClinVar", "Xenoglyph"),
            (r"9.6$ GB of GPU memory", "GPU memory", 9.6, "GB", None, None),
        ],
    },
    {
        "field": "biomedical",
        "title": "Zanderbind: Flow Matching over Torsional and Rigid-Body Degrees of Freedom for Flexible Protein-Ligand Docking",
        "text": (
            "Deep learning docking methods such as DiffDock have narrowed the gap to physics-based tools, yet they "
            "often produce poses with steric clashes and implausible bond geometries, and their accuracy falls "
            "sharply when the receptor is an apo or predicted structure. We present Zanderbind, a generative docking "
            "model that uses flow matching on the product space of ligand torsions, rigid-body motion and side-chain "
            "rotamers of pocket residues, and that is trained on PDBBind v2020 together with 310k AlphaFold2-predicted "
            "complexes. On the PDBBind time-split test set (363 complexes), Zanderbind achieves a top-1 success rate "
            "(RMSD < 2 Å) of 52.8%, compared with 38.2% for DiffDock and 23.5% for AutoDock Vina. On the PoseBusters "
            "benchmark, which also checks physical plausibility, the valid success rate rises from 41% for DiffDock-L "
            "to 63%, still below AlphaFold 3 (76%) but obtained without co-folding. With apo structures predicted by "
            "ESMFold, the success rate drops by 9.1 points, roughly half the degradation of DiffDock. Zanderbind "
            "samples 40 poses in 14 s per complex on an A100, 7.5× faster than Glide SP on 32 CPU cores. We stress "
            "that these gains do not yet translate into better affinity ranking: on CASF-2016, the Pearson "
            "correlation between Zanderbind's confidence score and measured affinity is only 0.48."
        ),
        "spans": [
            ("Zanderbind", "M"), ("Flow Matching", "M"), ("flow matching", "M"),
            ("Flexible Protein-Ligand Docking", "T"), ("docking", "T"), ("DiffDock", "M"), ("accuracy", "X"),
            ("PDBBind v2020", "D"), ("AlphaFold2", "M"), ("PDBBind time-split", "D"), ("top-1 success rate", "X"),
            ("RMSD", "X"), ("AutoDock Vina", "M"), ("PoseBusters", "D"), ("valid success rate", "X"),
            ("DiffDock-L", "M"), ("AlphaFold 3", "M"), ("ESMFold", "M"), ("success rate", "X"), ("Glide SP", "M"),
            ("affinity ranking", "T"), ("CASF-2016", "D"), ("Pearson correlation", "X"),
        ],
        "results": [
            ("top-1 success rate (RMSD < 2 Å) of 52.8%", "top-1 success rate", 52.8, "%", "PDBBind time-split",
             "Zanderbind"),
            ("38.2%", "top-1 success rate", 38.2, "%", "PDBBind time-split", "DiffDock"),
            ("23.5%", "top-1 success rate", 23.5, "%", "PDBBind time-split", "AutoDock Vina"),
            ("41%", "valid success rate", 41, "%", "PoseBusters", "DiffDock-L"),
            ("valid success rate rises from 41% for DiffDock-L to 63%", "valid success rate", 63, "%", "PoseBusters",
             None),
            ("76%", "valid success rate", 76, "%", "PoseBusters", "AlphaFold 3"),
            ("success rate drops by 9.1 points", "success rate", 9.1, "points", None, None),
            ("samples 40 poses in 14 s", "sampling time", 14, "s", None, "Zanderbind"),
            ("7.5× faster", "speed-up", 7.5, "×", None, "Zanderbind"),
            ("Pearson correlation between Zanderbind's confidence score and measured affinity is only 0.48",
             "Pearson correlation", 0.48, None, "CASF-2016", "Zanderbind"),
        ],
    },
    {
        "field": "biomedical",
        "title": "Ambermil: Prototype-Guided Multiple Instance Learning for Whole-Slide Image Classification under Label Scarcity",
        "text": (
            "Whole-slide images (WSIs) contain tens of thousands of patches but usually carry only a slide-level "
            "label, which makes multiple instance learning (MIL) the standard approach in computational pathology. "
            "Attention-based MIL models such as ABMIL, TransMIL and DTFD-MIL perform well when thousands of labelled "
            "slides are available, yet overfit badly when only a few dozen are. Ambermil learns a small dictionary of "
            "morphological prototypes from unlabelled slides with an optimal-transport clustering objective and "
            "represents each slide by its soft assignment to these prototypes, which is then classified with a "
            "linear head. All patch features come from the frozen UNI foundation model. We test Ambermil on "
            "CAMELYON16 for metastasis detection, on TCGA-NSCLC for non-small-cell lung cancer subtyping and on "
            "TCGA-RCC for renal cell carcinoma subtyping, with training sets of 4, 16 and 64 slides per class. With "
            "16 slides per class, Ambermil reaches an AUC of 0.912 on CAMELYON16, 0.947 on TCGA-NSCLC and 0.981 on "
            "TCGA-RCC, against 0.834, 0.902 and 0.963 for ABMIL, respectively. In the 4-shot setting, Ambermil "
            "outperforms the strongest baseline, PANTHER, by 5.6 points of balanced accuracy averaged over the three "
            "datasets. With all training slides, Ambermil is within 0.6 AUC points of TransMIL on every dataset while "
            "training 40 times faster (11 minutes vs. 7.3 hours on CAMELYON16). Prototype assignments also localise "
            "tumour regions: the FROC on CAMELYON16 is 0.61 without any region-level supervision."
        ),
        "spans": [
            ("Ambermil", "M"), ("Multiple Instance Learning", "M"), ("Whole-Slide Image Classification", "T"),
            ("multiple instance learning", "M"), ("MIL", "M"), ("ABMIL", "M"), ("TransMIL", "M"),
            ("DTFD-MIL", "M"), ("UNI", "M"), ("CAMELYON16", "D"), ("metastasis detection", "T"),
            ("TCGA-NSCLC", "D"), ("non-small-cell lung cancer subtyping", "T"), ("TCGA-RCC", "D"),
            ("renal cell carcinoma subtyping", "T"), ("AUC", "X"), ("PANTHER", "M"), ("balanced accuracy", "X"),
            ("FROC", "X"),
        ],
        "results": [
            ("AUC of 0.912", "AUC", 0.912, None, "CAMELYON16", "Ambermil"),
            ("0.947", "AUC", 0.947, None, "TCGA-NSCLC", "Ambermil"),
            ("0.981", "AUC", 0.981, None, "TCGA-RCC", "Ambermil"),
            ("0.834", "AUC", 0.834, None, "CAMELYON16", "ABMIL"),
            ("0.902", "AUC", 0.902, None, "TCGA-NSCLC", "ABMIL"),
            ("0.963", "AUC", 0.963, None, "TCGA-RCC", "ABMIL"),
            ("5.6 points of balanced accuracy", "balanced accuracy", 5.6, "points", None, "Ambermil"),
            ("within 0.6 AUC points", "AUC", 0.6, "points", None, "Ambermil"),
            ("40 times faster", "training speed-up", 40, "×", "CAMELYON16", "Ambermil"),
            ("11 minutes", "training time", 11, "min", "CAMELYON16", "Ambermil"),
            ("7.3 hours", "training time", 7.3, "h", "CAMELYON16", "TransMIL"),
            ("FROC on CAMELYON16 is 0.61", "FROC", 0.61, None, "CAMELYON16", None),
        ],
    },
    {
        "field": "biomedical",
        "title": "YuccaRad: Anatomy-Grounded Chest X-ray Report Generation with Preference-Tuned Clinical Rewards",
        "text": (
            r"Automated radiology report generation promises to reduce reporting workload, but models trained with "
            r"token-level cross-entropy reproduce frequent template sentences and miss rare abnormalities. We present "
            r"YuccaRad, a vision-language model that grounds each generated sentence in one of 29 anatomical regions "
            r"detected on the radiograph and is subsequently aligned with direct preference optimization, using "
            r"preference pairs ranked by the clinical metric RadGraph F1. On MIMIC-CXR, YuccaRad achieves a RadGraph "
            r"F1 of $\mathbf{0.318}$ and a CheXbert micro-F1 over 14 observations of $0.574$, surpassing MAIRA-2 "
            r"($0.298$ / $0.553$) and CheXagent ($0.262$ / $0.511$). The natural-language metrics improve as well: "
            r"BLEU-4 reaches $0.152$ and ROUGE-L $0.331$. On the out-of-distribution IU X-Ray test set, the gain in "
            r"RadGraph F1 over MAIRA-2 is $+0.047$. Two board-certified radiologists reviewed 200 reports; the rate "
            r"of clinically significant errors fell from $0.91$ to $0.54$ per report, a 41\% reduction. Preference "
            r"alignment costs $<$8 GPU-hours on $8\times$ H100, and the model has $7$B parameters."
        ),
        "spans": [
            ("YuccaRad", "M"), ("Chest X-ray Report Generation", "T"), ("radiology report generation", "T"),
            ("vision-language model", "M"), ("direct preference optimization", "M"),
            ("RadGraph F1", "X", {"skip": [0]}), ("MIMIC-CXR", "D"), ("CheXbert micro-F1", "X"),
            ("MAIRA-2", "M"), ("CheXagent", "M"), ("BLEU-4", "X"), ("ROUGE-L", "X"), ("IU X-Ray", "D"),
            ("rate of clinically significant errors", "X"),
        ],
        "results": [
            (r"RadGraph F1 of $\mathbf{0.318", "RadGraph F1", 0.318, None, "MIMIC-CXR", "YuccaRad"),
            (r"CheXbert micro-F1 over 14 observations of $0.574", "CheXbert micro-F1", 0.574, None, "MIMIC-CXR",
             "YuccaRad"),
            ("0.298", "RadGraph F1", 0.298, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.553", "CheXbert micro-F1", 0.553, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.262", "RadGraph F1", 0.262, None, "MIMIC-CXR", "CheXagent"),
            ("0.511", "CheXbert micro-F1", 0.511, None, "MIMIC-CXR", "CheXagent"),
            (r"BLEU-4 reaches $0.152", "BLEU-4", 0.152, None, None, None),
            (r"ROUGE-L $0.331", "ROUGE-L", 0.331, None, None, None),
            (r"gain in RadGraph F1 over MAIRA-2 is $+0.047", "RadGraph F1", 0.047, None, "IU X-Ray", None),
            (r"rate of clinically significant errors fell from $0.91$ to $0.54", "rate of clinically significant errors",
             0.54, None, None, None),
            (r"41\% reduction", "clinically significant error rate reduction", 41, "%", None, None),
            (r"Preference alignment costs $<$8 GPU-hours", "preference alignment time", 8, "GPU-hours", None, None),
        ],
    },
]
