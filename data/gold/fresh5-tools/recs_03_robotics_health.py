"""fresh-5 records (annotator h3): robotics (6) and health (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Vesper", "Wayfinch", "WeirQL", "Warbler", "Whetstone", "Verdigris",
          "Vetchling", "Waxcap", "Xylem", "Vervain", "Wrenfold", "Wickfield"]

RECS = [
    # ------------------------------------------------------------ robotics
    {
        "field": "robotics",
        "title": "Vesper: Latent Plan Tokens and Flow Matching for Fast Generalist Robot Manipulation",
        "text": (
            r"Vision-language-action models (VLAs) built on pretrained vision-language models (VLMs) have become the "
            r"default recipe for generalist robot manipulation, yet discretizing continuous actions into tokens caps the "
            r"control rate and handles multimodal demonstrations poorly. We introduce Vesper, a $3.1$B-parameter VLA "
            r"that pairs a PaliGemma backbone with a lightweight flow matching action expert predicting chunks of "
            r"$H=16$ actions. A latent plan token, distilled from future frames during pretraining on the Open "
            r"X-Embodiment dataset, conditions the action expert and is dropped at inference time. On the LIBERO "
            r"benchmark, Vesper reaches an average success rate of $\mathbf{96.8}\%$ over its four suites, compared "
            r"with $76.5\%$ for OpenVLA and $94.2\%$ for π0. The largest margin is on LIBERO-Long, where Vesper "
            r"improves on π0 by $5.4$ points. In SimplerEnv with the Google Robot visual-matching protocol, Vesper "
            r"attains a success rate of $71.3\%$, $\sim$12 points above Octo-Base. On CALVIN ABC$\rightarrow$D, Vesper "
            r"lifts the average length of completed task chains from $3.27$ for GR-1 to $4.02$. Because actions are "
            r"integrated in $10$ flow steps rather than decoded token by token, Vesper reaches a control frequency of "
            r"$50$ Hz on a single RTX 4090, a $4.6\times$ speedup over OpenVLA. On a Franka arm, Vesper succeeds in "
            r"$41$ of $50$ real-world trials spanning $10$ unseen tasks."
        ),
        "spans": [
            ("Vesper", "M"), ("Vision-language-action models", "M"), ("VLAs", "M"), ("VLA", "M"),
            ("vision-language models", "M"), ("VLMs", "M"), ("robot manipulation", "T"),
            ("Robot Manipulation", "T"), ("PaliGemma", "M"), ("flow matching", "M"), ("Flow Matching", "M"),
            ("Open X-Embodiment", "D"), ("LIBERO", "D"), ("LIBERO-Long", "D"), ("average success rate", "X"),
            ("success rate", "X"), ("OpenVLA", "M"), ("π0", "M"), ("SimplerEnv", "D"), ("Octo-Base", "M"),
            (r"CALVIN ABC$\rightarrow$D", "D"), ("average length", "X"), ("GR-1", "M"),
            ("control frequency", "X"), ("speedup", "X"),
        ],
        "results": [
            (r"average success rate of $\mathbf{96.8}\%", "average success rate", 96.8, "%", "LIBERO", "Vesper"),
            (r"76.5\%", "average success rate", 76.5, "%", "LIBERO", "OpenVLA"),
            (r"94.2\%", "average success rate", 94.2, "%", "LIBERO", "π0"),
            (r"improves on π0 by $5.4$ points", "improvement", 5.4, "points", "LIBERO-Long", "Vesper"),
            (r"success rate of $71.3\%", "success rate", 71.3, "%", "SimplerEnv", "Vesper"),
            ("12 points above Octo-Base", "success rate", 12, "points", "SimplerEnv", "Vesper"),
            ("3.27", "average length", 3.27, None, "CALVIN ABC→D", "GR-1"),
            ("4.02", "average length", 4.02, None, "CALVIN ABC→D", "Vesper"),
            ("control frequency of $50$ Hz", "control frequency", 50, "Hz", None, "Vesper"),
            (r"4.6\times$ speedup", "speed-up", 4.6, "×", None, "Vesper"),
            ("succeeds in $41$ of $50$ real-world trials", "successful trials", 41, None, None, "Vesper"),
        ],
    },
    {
        "field": "robotics",
        "title": "Wayfinch: Vision-Language Frontier Scoring for Zero-Shot Object-Goal Navigation",
        "text": (
            "Finding an instance of a named object category in an unseen building is a core skill for household "
            "robots. Modular approaches build a semantic map and explore frontiers, while end-to-end policies trained "
            "with reinforcement learning transfer poorly across scene datasets. We present Wayfinch, a training-free "
            "agent for object-goal navigation (ObjectNav) in the zero-shot setting that scores exploration frontiers "
            "with a vision-language model and a lightweight room-object co-occurrence prior mined from captions. At "
            "every step, Wayfinch renders egocentric views toward each frontier, asks BLIP-2 how likely the target is "
            "to lie beyond it, and fuses the answer with geometric information gain. No navigation data is used for "
            "training; the only tuned quantity is a fusion weight of 0.3, chosen on 50 validation episodes. We "
            "evaluate in the Habitat simulator on the HM3D and MP3D ObjectNav validation splits (2,000 and 2,195 "
            "episodes). On HM3D, Wayfinch reaches a success rate (SR) of 61.8% and an SPL of 31.4, against 54.0% and "
            "26.1 for VLFM, the strongest zero-shot baseline we compare with. On MP3D the margins are smaller: "
            "Wayfinch lifts SR from 36.4% for VLFM to 39.2%, and SPL improves by only 0.4. Wayfinch also outperforms "
            "ESC and CoW, and on HM3D it comes within 2.3 points of the SR of PIRLNav, which is trained on 77k human "
            "demonstrations. In Wayfinch, scoring the frontiers takes 0.8 s per decision on a single RTX 3090, which "
            "we consider acceptable for a robot moving at 0.5 m/s."
        ),
        "spans": [
            ("Wayfinch", "M"), ("Zero-Shot Object-Goal Navigation", "T"), ("object-goal navigation", "T"),
            ("ObjectNav", "T"), ("reinforcement learning", "M"), ("vision-language model", "M"),
            ("BLIP-2", "M"), ("HM3D", "D"), ("MP3D", "D"), ("success rate", "X"), ("SR", "X"), ("SPL", "X"),
            ("VLFM", "M"), ("ESC", "M"), ("CoW", "M"), ("PIRLNav", "M"),
        ],
        "results": [
            ("success rate (SR) of 61.8%", "success rate", 61.8, "%", "HM3D", "Wayfinch"),
            ("SPL of 31.4", "SPL", 31.4, None, "HM3D", "Wayfinch"),
            ("54.0%", "success rate", 54.0, "%", "HM3D", "VLFM"),
            ("26.1", "SPL", 26.1, None, "HM3D", "VLFM"),
            ("36.4%", "success rate", 36.4, "%", "MP3D", "VLFM"),
            ("39.2%", "success rate", 39.2, "%", "MP3D", "Wayfinch"),
            ("SPL improves by only 0.4", "SPL", 0.4, None, "MP3D", "Wayfinch"),
            ("within 2.3 points of the SR", "success rate", 2.3, "points", "HM3D", "Wayfinch"),
            ("scoring the frontiers takes 0.8 s", "scoring time", 0.8, "s", None, "Wayfinch"),
        ],
    },
    {
        "field": "robotics",
        "title": "WeirQL: Support-Constrained Q-Learning with Implicit Behavior Densities for Offline Reinforcement Learning",
        "text": (
            r"Offline reinforcement learning (offline RL) must improve on a fixed dataset without querying the "
            r"environment, and most methods trade off overly conservative value estimates against extrapolation error "
            r"on out-of-distribution actions. We propose WeirQL, which constrains the Bellman backup to the support of "
            r"the behavior policy through an implicit density estimated by a one-step flow matching model, rather than "
            r"through an explicit divergence penalty. The support threshold $\tau$ is set once to the $5$th percentile "
            r"of in-dataset log-densities and shared across all tasks, so WeirQL adds a single hyper-parameter to "
            r"TD3+BC and runs in $\mathcal{O}(N)$ time per batch of $N$ transitions. On the D4RL MuJoCo locomotion "
            r"tasks, WeirQL obtains an average normalized score of $\mathbf{88.9}$ over $9$ datasets, versus $83.6$ "
            r"for IQL, $77.7$ for CQL and $87.9$ for Diffusion-QL. On AntMaze, WeirQL reaches $79.3$ average "
            r"normalized score ($+6.2$ over IQL) and a normalized score of $68.0 \pm 4.1$ on the hardest task, "
            r"antmaze-large-diverse. WeirQL ranks first on $11$ of the $15$ D4RL datasets we consider. Training "
            r"WeirQL takes $1.4$ GPU-hours per dataset for $10^6$ gradient steps, $5.8\times$ less than Diffusion-QL. "
            r"Action selection takes $0.6$ ms per step for WeirQL versus $9.7$ ms for Diffusion-QL, which needs "
            r"iterative denoising. All figures are averaged over $5$ seeds."
        ),
        "spans": [
            ("WeirQL", "M"), ("Q-Learning", "M"), ("Offline Reinforcement Learning", "T"),
            ("Offline reinforcement learning", "T"), ("offline RL", "T"), ("flow matching", "M"),
            ("TD3+BC", "M"), ("D4RL", "D"), ("average normalized score", "X"), ("normalized score", "X"),
            ("IQL", "M"), ("CQL", "M"), ("Diffusion-QL", "M"), ("AntMaze", "D"),
            ("antmaze-large-diverse", "D"),
        ],
        "results": [
            (r"average normalized score of $\mathbf{88.9}$ over $9$ datasets", "average normalized score", 88.9, None, "D4RL", "WeirQL"),
            ("83.6", "average normalized score", 83.6, None, "D4RL", "IQL"),
            ("77.7", "average normalized score", 77.7, None, "D4RL", "CQL"),
            ("87.9", "average normalized score", 87.9, None, "D4RL", "Diffusion-QL"),
            ("79.3$ average normalized score", "average normalized score", 79.3, None, "AntMaze", "WeirQL"),
            ("+6.2$ over IQL", "average normalized score", 6.2, None, "AntMaze", "WeirQL"),
            (r"normalized score of $68.0 \pm 4.1", "normalized score", 68.0, None, "antmaze-large-diverse", "WeirQL"),
            ("ranks first on $11$ of the $15$ D4RL datasets", "datasets ranked first", 11, None, "D4RL", "WeirQL"),
            ("takes $1.4$ GPU-hours", "training time", 1.4, "GPU-hours", None, "WeirQL"),
            (r"5.8\times$ less than Diffusion-QL", "training time reduction", 5.8, "×", None, "WeirQL"),
            ("Action selection takes $0.6$ ms", "action selection time", 0.6, "ms", None, "WeirQL"),
            ("9.7$ ms", "action selection time", 9.7, "ms", None, "Diffusion-QL"),
        ],
    },
    {
        "field": "robotics",
        "title": "Warbler: Learning Blind Quadruped Locomotion on Deformable Terrain from Privileged Contact Estimates",
        "text": (
            "Legged robots trained in simulation now walk reliably on rigid terrain, but soft ground such as sand, mud "
            "or snow remains difficult: contact dynamics differ from the rigid-body models used in common physics "
            "engines, and policies that rely on proprioception alone tend to over-stiffen their legs and trip. This "
            "paper studies blind quadruped locomotion on deformable terrain and introduces Warbler, a training scheme "
            "in which a privileged teacher observes ground stiffness and damping in Isaac Gym, and a recurrent student "
            "policy learns to infer these properties from joint histories through a contact-estimate auxiliary loss. "
            "Both policies are optimized with PPO over 4,096 parallel environments for roughly 2 billion steps, with "
            "terrain parameters randomized within ranges we measured on real soils. We deploy Warbler on a Unitree Go1 "
            "without fine-tuning, at commanded speeds of up to 1.2 m/s. Across 120 outdoor trials on sand, gravel and "
            "wet grass, Warbler achieved a success rate of 92% on 20-meter traverses, compared with 71% for the "
            "built-in controller and 78% for a policy trained with rapid motor adaptation (RMA). Warbler also reduced "
            "velocity tracking error from 0.21 m/s to 0.13 m/s and mechanical cost of transport by about 12% relative "
            "to RMA. We caution that these figures come from a single robot and a limited set of sites. On snow, the "
            "only surface absent from training, Warbler's success rate fell to 55%, and in 3 of 10 trials the robot "
            "had to be reset by hand. We release the terrain randomization code to make such failures easier to "
            "reproduce."
        ),
        "spans": [
            ("Warbler", "M"), ("Blind Quadruped Locomotion", "T"), ("blind quadruped locomotion", "T"),
            ("PPO", "M"), ("success rate", "X"), ("rapid motor adaptation", "M"), ("RMA", "M"),
            ("velocity tracking error", "X"), ("mechanical cost of transport", "X"),
        ],
        "results": [
            ("success rate of 92%", "success rate", 92, "%", None, "Warbler"),
            ("71%", "success rate", 71, "%", None, None),
            ("78%", "success rate", 78, "%", None, "RMA"),
            ("velocity tracking error from 0.21 m/s to 0.13 m/s", "velocity tracking error", 0.13, "m/s", None, "Warbler"),
            ("mechanical cost of transport by about 12%", "mechanical cost of transport reduction", 12, "%", None, "Warbler"),
            ("success rate fell to 55%", "success rate", 55, "%", None, "Warbler"),
            ("in 3 of 10 trials the robot had to be reset", "trials reset", 3, None, None, "Warbler"),
        ],
    },
    {
        "field": "robotics",
        "title": "Whetstone: Self-Refining Skill Libraries for Language Agents in Interactive Environments",
        "text": (
            "Whetstone raises the ALFWorld success rate of a GPT-4o-mini agent to 89.6%, up from 61.2% for the same "
            "agent with ReAct prompting, lifts its average score on WebShop to 68.3 (vs. 59.9 for Reflexion), and "
            "scores higher than ReAct on 31 of the 40 ScienceWorld task types, all without updating any model weights. "
            "The gains come from how the agent stores experience. Large language model (LLM) agents such as ReAct and "
            "Reflexion reflect on failures in natural language, but the resulting notes are specific to one episode "
            "and rarely transfer. Whetstone instead distils successful trajectories into a library of parameterized "
            "skills, short programs with preconditions that the agent can call as actions, and periodically rewrites "
            "skills that fail verification on held-out episodes. Retrieval uses BM25 over skill descriptions, and the "
            "library is capped at 200 skills. With Llama-3.1-70B-Instruct as the backbone, Whetstone reaches a success "
            "rate of 87.8% on ALFWorld, within 1.8 points of its GPT-4o-mini result. A skill library built on "
            "ALFWorld also transfers: on the household tasks of ScienceWorld, Whetstone with the transferred library "
            "gains 17% over starting from an empty one. With Whetstone, average episode length on solved ALFWorld "
            "tasks falls by 38%. Verification matters most in our ablations; removing it lowers the ALFWorld success "
            "rate by 9.4 points."
        ),
        "spans": [
            ("Whetstone", "M"), ("ALFWorld", "D"), ("success rate", "X"), ("GPT-4o-mini", "M"), ("ReAct", "M"),
            ("average score", "X"), ("WebShop", "D"), ("Reflexion", "M"), ("ScienceWorld", "D"),
            ("Large language model", "M"), ("LLM", "M"), ("BM25", "M"), ("Llama-3.1-70B-Instruct", "M"),
            ("average episode length", "X"),
        ],
        "results": [
            ("success rate of a GPT-4o-mini agent to 89.6%", "success rate", 89.6, "%", "ALFWorld", "Whetstone"),
            ("61.2%", "success rate", 61.2, "%", "ALFWorld", "ReAct"),
            ("average score on WebShop to 68.3", "average score", 68.3, None, "WebShop", "Whetstone"),
            ("59.9", "average score", 59.9, None, "WebShop", "Reflexion"),
            ("scores higher than ReAct on 31 of the 40 ScienceWorld task types", "task types won", 31, None,
             "ScienceWorld", "Whetstone"),
            ("success rate of 87.8%", "success rate", 87.8, "%", "ALFWorld", "Whetstone"),
            ("within 1.8 points", "success rate", 1.8, "points", "ALFWorld", "Whetstone"),
            ("gains 17%", "improvement", 17, "%", "ScienceWorld", "Whetstone"),
            ("average episode length on solved ALFWorld tasks falls by 38%", "average episode length reduction", 38,
             "%", "ALFWorld", "Whetstone"),
            ("success rate by 9.4 points", "success rate", 9.4, "points", "ALFWorld", None),
        ],
    },
    {
        "field": "robotics",
        "title": "Verdigris: Parallel Token Decoding for Sample-Efficient World Models",
        "text": (
            "Model-based reinforcement learning agents that learn in imagination are highly sample-efficient, but "
            "world models built on Transformers, such as IRIS and STORM, spend most of their compute on long token "
            "sequences per frame. Verdigris compresses each 64×64 frame into 16 discrete tokens with a residual "
            "VQ-VAE and predicts all tokens of the next frame in parallel with a block-causal Transformer, cutting "
            "world-model FLOPs per imagined step by 4.3× relative to IRIS. Policies are trained with an actor-critic "
            "on imagined rollouts of horizon 15. Agents are scored by the human-normalized score (HNS). On the Atari "
            "100k benchmark (26 games, 2 hours of gameplay each), Verdigris attains a mean HNS of 1.41 and a median "
            "HNS of 0.62, compared with 1.05 and 0.29 for IRIS and 1.28 and 0.49 for DreamerV3. Across 5 seeds, the "
            "interquartile mean (IQM) of Verdigris is 0.71 ± 0.04, and it beats STORM on 17 of the 26 games. On the "
            "DeepMind Control Suite from pixels, Verdigris matches TD-MPC2 to within 3% in average episode return at "
            "500k environment steps. Training Verdigris on one game takes 9.5 hours on a single A100, versus 3.5 days "
            "on 8 V100 GPUs for IRIS."
        ),
        "spans": [
            ("Verdigris", "M"), ("World Models", "M"), ("world models", "M"),
            ("Model-based reinforcement learning", "M"), ("Transformers", "M"), ("Transformer", "M"),
            ("IRIS", "M"), ("STORM", "M"), ("VQ-VAE", "M"), ("FLOPs", "X"), ("actor-critic", "M"),
            ("human-normalized score", "X"), ("HNS", "X"), ("Atari 100k", "D"), ("mean HNS", "X"),
            ("median HNS", "X"), ("DreamerV3", "M"), ("interquartile mean", "X"), ("IQM", "X"),
            ("DeepMind Control Suite", "D"), ("TD-MPC2", "M"), ("average episode return", "X"),
        ],
        "results": [
            ("FLOPs per imagined step by 4.3×", "FLOPs reduction", 4.3, "×", None, "Verdigris"),
            ("mean HNS of 1.41", "mean human-normalized score", 1.41, None, "Atari 100k", "Verdigris"),
            ("median HNS of 0.62", "median human-normalized score", 0.62, None, "Atari 100k", "Verdigris"),
            ("1.05", "mean human-normalized score", 1.05, None, "Atari 100k", "IRIS"),
            ("0.29", "median human-normalized score", 0.29, None, "Atari 100k", "IRIS"),
            ("1.28", "mean human-normalized score", 1.28, None, "Atari 100k", "DreamerV3"),
            ("0.49", "median human-normalized score", 0.49, None, "Atari 100k", "DreamerV3"),
            ("interquartile mean (IQM) of Verdigris is 0.71", "IQM", 0.71, None, None, "Verdigris"),
            ("beats STORM on 17 of the 26 games", "games won", 17, None, None, "Verdigris"),
            ("within 3% in average episode return", "average episode return", 3, "%", "DeepMind Control Suite",
             "Verdigris"),
            ("takes 9.5 hours", "training time", 9.5, "h", None, "Verdigris"),
            ("3.5 days", "training time", 3.5, "days", None, "IRIS"),
        ],
    },
    # ------------------------------------------------------------ health
    {
        "field": "health",
        "title": "Vetchling: Structure-Conditioned Discrete Flow Matching for Protein Inverse Folding",
        "text": (
            r"Inverse folding, the task of designing amino-acid sequences that fold into a given backbone, underpins "
            r"most computational protein design pipelines. Autoregressive models such as ProteinMPNN decode residues "
            r"one at a time and cannot revise early choices, while one-shot predictors like PiFold ignore dependencies "
            r"between positions. We introduce Vetchling, a discrete flow matching model that iteratively denoises the "
            r"full sequence conditioned on an SE(3)-invariant encoding of the backbone, with a side-chain-aware "
            r"refinement step every $4$ iterations. On the CATH 4.2 benchmark, Vetchling achieves a native sequence "
            r"recovery of $\mathbf{58.9}\%$ and a perplexity of $3.91$, compared with $52.4\%$ / $4.61$ for "
            r"ProteinMPNN and $51.7\%$ / $4.55$ for PiFold. On TS50 and TS500, Vetchling reaches a recovery of "
            r"$62.1\%$ and $64.8\%$, respectively. Because designed sequences should also fold, we refold them with "
            r"ESMFold: designability, the fraction of designs whose self-consistency TM-score exceeds $0.5$, is "
            r"87\% for Vetchling on CATH 4.2 test backbones, versus $79\%$ for ProteinMPNN. Sampling $8$ sequences "
            r"for a $300$-residue backbone with Vetchling takes $1.2$ s on one A100, ${\sim}3\times$ faster than "
            r"ESM-IF1. The model has $18$M parameters and was trained on $18{,}024$ CATH chains released before 2023."
        ),
        "spans": [
            ("Vetchling", "M"), ("Discrete Flow Matching", "M"), ("discrete flow matching", "M"),
            ("Protein Inverse Folding", "T"), ("Inverse folding", "T"), ("protein design", "T"),
            ("Autoregressive models", "M"), ("ProteinMPNN", "M"), ("PiFold", "M"), ("CATH 4.2", "D"),
            ("native sequence recovery", "X"), ("perplexity", "X"), ("TS50", "D"), ("TS500", "D"),
            ("recovery", "X"), ("ESMFold", "M"), ("designability", "X"), ("self-consistency TM-score", "X"),
            ("ESM-IF1", "M"), ("CATH", "D"),
        ],
        "results": [
            (r"native sequence recovery of $\mathbf{58.9}\%", "native sequence recovery", 58.9, "%", "CATH 4.2",
             "Vetchling"),
            ("perplexity of $3.91", "perplexity", 3.91, None, "CATH 4.2", "Vetchling"),
            (r"52.4\%", "native sequence recovery", 52.4, "%", "CATH 4.2", "ProteinMPNN"),
            ("4.61", "perplexity", 4.61, None, "CATH 4.2", "ProteinMPNN"),
            (r"51.7\%", "native sequence recovery", 51.7, "%", "CATH 4.2", "PiFold"),
            ("4.55", "perplexity", 4.55, None, "CATH 4.2", "PiFold"),
            (r"recovery of $62.1\%", "recovery", 62.1, "%", "TS50", "Vetchling"),
            (r"64.8\%", "recovery", 64.8, "%", "TS500", "Vetchling"),
            (r"87\%", "designability", 87, "%", "CATH 4.2", "Vetchling"),
            (r"79\%", "designability", 79, "%", "CATH 4.2", "ProteinMPNN"),
            ("takes $1.2$ s", "sampling time", 1.2, "s", None, "Vetchling"),
            (r"3\times$ faster than ESM-IF1", "speed-up", 3, "×", None, "Vetchling"),
        ],
    },
    {
        "field": "health",
        "title": "Waxcap: Fragment-Level Contrastive Pretraining on Conformer Ensembles for Molecular Property Prediction",
        "text": (
            "Self-supervised pretraining has become standard for molecular property prediction, yet most methods "
            "encode a single low-energy conformer and treat a molecule's flexibility as noise. We propose Waxcap, a "
            "graph neural network (GNN) pretrained with a fragment-level contrastive objective across conformer "
            "ensembles generated with RDKit, so that representations of the same fragment in different conformations "
            "are pulled together while chemically distinct fragments are pushed apart. Pretraining uses 3.2 million "
            "molecules from PubChem, each with up to 10 conformers, and takes 41 GPU-hours. We fine-tune on eight "
            "classification datasets from MoleculeNet with scaffold splits and report ROC-AUC averaged over three "
            "runs. Waxcap achieves an average ROC-AUC of 78.9%, ahead of Uni-Mol (77.1%), GEM (76.4%) and GraphMVP "
            "(73.1%). Waxcap's largest improvements appear on ClinTox (+4.6) and SIDER (+2.9), datasets where "
            "toxicity depends on flexible substructures; on BBBP and Tox21 the differences to Uni-Mol are within one "
            "standard deviation. On the QM9 regression targets, Waxcap lowers the mean absolute error (MAE) relative "
            "to GEM on 9 of 12 targets, reaching an MAE of 42.7 meV on the HOMO-LUMO gap, although it remains behind "
            "equivariant models such as PaiNN that are trained from scratch on those targets. The benefit of "
            "conformer ensembles saturates: going from 5 to 10 conformers changes average ROC-AUC by only 0.2 points "
            "while doubling pretraining cost. These results suggest that modelling flexibility matters most for "
            "endpoints tied to molecular shape, and less for simple physicochemical properties."
        ),
        "spans": [
            ("Waxcap", "M"), ("Contrastive Pretraining", "M"), ("Molecular Property Prediction", "T"),
            ("molecular property prediction", "T"), ("Self-supervised pretraining", "M"),
            ("graph neural network", "M"), ("GNN", "M"), ("PubChem", "D"), ("MoleculeNet", "D"),
            ("ROC-AUC", "X"), ("average ROC-AUC", "X"), ("Uni-Mol", "M"), ("GEM", "M"), ("GraphMVP", "M"),
            ("ClinTox", "D"), ("SIDER", "D"), ("BBBP", "D"), ("Tox21", "D"), ("QM9", "D"),
            ("mean absolute error", "X"), ("MAE", "X"), ("PaiNN", "M"),
        ],
        "results": [
            ("takes 41 GPU-hours", "pretraining time", 41, "GPU-hours", None, None),
            ("average ROC-AUC of 78.9%", "average ROC-AUC", 78.9, "%", None, "Waxcap"),
            ("77.1%", "average ROC-AUC", 77.1, "%", None, "Uni-Mol"),
            ("76.4%", "average ROC-AUC", 76.4, "%", None, "GEM"),
            ("73.1%", "average ROC-AUC", 73.1, "%", None, "GraphMVP"),
            ("+4.6", "improvement", 4.6, None, "ClinTox", "Waxcap"),
            ("+2.9", "improvement", 2.9, None, "SIDER", "Waxcap"),
            ("relative to GEM on 9 of 12 targets", "targets won", 9, None, "QM9", "Waxcap"),
            ("MAE of 42.7 meV", "MAE", 42.7, "meV", "QM9", "Waxcap"),
            ("changes average ROC-AUC by only 0.2 points", "average ROC-AUC", 0.2, "points", None, None),
        ],
    },
    {
        "field": "health",
        "title": "Xylem: Axis-Wise State-Space Skip Connections for Medical Image Segmentation",
        "text": (
            "For volumetric medical image segmentation, Xylem replaces the skip connections of a 3D U-Net with "
            "bidirectional Mamba blocks that scan encoder features along all three axes before fusion, adding 2.1M "
            "parameters to a 31M-parameter backbone. Evaluated with 5-fold cross-validation on BTCV (13 abdominal "
            "organs, 30 CT scans) and AMOS-CT (15 organs, 300 scans), Xylem reaches mean Dice similarity coefficients "
            "(DSC) of 84.7% and 89.9%, respectively, against 83.1% and 88.6% for nnU-Net. On BTCV, Xylem lowers the "
            "95th-percentile Hausdorff distance (HD95) from 9.8 mm for nnU-Net to 6.4 mm, with the largest DSC gain "
            "on the pancreas (+4.2). Xylem ranks first on 11 of 13 BTCV organs. Xylem's inference on a 512×512×200 "
            "volume takes 1.9 s with sliding-window inference, versus 3.4 s for Swin UNETR. Compared with U-Mamba, "
            "which places Mamba layers in the encoder, Xylem improves mean DSC by 1.3 points on AMOS-CT at 38% fewer "
            "FLOPs. Gains are smallest on large organs such as the liver, where all methods exceed 95% DSC. Code and "
            "checkpoints are public."
        ),
        "spans": [
            ("Xylem", "M"), ("Medical Image Segmentation", "T"), ("medical image segmentation", "T"),
            ("3D U-Net", "M"), ("Mamba", "M"), ("BTCV", "D"), ("AMOS-CT", "D"),
            ("mean Dice similarity coefficients", "X"), ("DSC", "X"), ("mean DSC", "X"), ("nnU-Net", "M"),
            ("95th-percentile Hausdorff distance", "X"), ("HD95", "X"), ("sliding-window inference", "M"),
            ("Swin UNETR", "M"), ("U-Mamba", "M"), ("FLOPs", "X"),
        ],
        "results": [
            ("mean Dice similarity coefficients (DSC) of 84.7%", "mean DSC", 84.7, "%", "BTCV", "Xylem"),
            ("89.9%", "mean DSC", 89.9, "%", "AMOS-CT", "Xylem"),
            ("83.1%", "mean DSC", 83.1, "%", "BTCV", "nnU-Net"),
            ("88.6%", "mean DSC", 88.6, "%", "AMOS-CT", "nnU-Net"),
            ("9.8 mm", "HD95", 9.8, "mm", "BTCV", "nnU-Net"),
            ("to 6.4 mm", "HD95", 6.4, "mm", "BTCV", "Xylem"),
            ("DSC gain on the pancreas (+4.2)", "DSC", 4.2, None, "BTCV", "Xylem"),
            ("ranks first on 11 of 13 BTCV organs", "organs ranked first", 11, None, "BTCV", "Xylem"),
            ("inference on a 512×512×200 volume takes 1.9 s", "inference time", 1.9, "s", None, "Xylem"),
            ("3.4 s", "inference time", 3.4, "s", None, "Swin UNETR"),
            ("improves mean DSC by 1.3 points", "mean DSC", 1.3, "points", "AMOS-CT", "Xylem"),
            ("38% fewer FLOPs", "FLOPs reduction", 38, "%", "AMOS-CT", "Xylem"),
            ("exceed 95% DSC", "DSC", 95, "%", None, None),
        ],
    },
    {
        "field": "health",
        "title": "Vervain: Guideline-Grounded Claim Verification for Medical Question Answering",
        "text": (
            r"Large language models (LLMs) now pass medical licensing exams, yet their answers frequently cite "
            r"outdated or non-existent evidence, which limits their use for medical question answering at the point "
            r"of care. We present Vervain, a retrieval-augmented generation (RAG) framework that retrieves passages "
            r"from $1{,}840$ clinical practice guidelines and PubMed abstracts, drafts an answer with a $70$B "
            r"open-weight model, and then checks every claim against the retrieved text with a separately fine-tuned "
            r"verifier, revising unsupported claims before answering. Built on Llama-3-70B-Instruct, Vervain reaches "
            r"$\mathbf{82.4}\%$ accuracy on MedQA-USMLE, $79.6\%$ on PubMedQA and $71.2\%$ on MedMCQA, improving over "
            r"the same model without retrieval by $+6.1$, $+3.3$ and $+4.8$ points, respectively. Vervain also "
            r"outperforms Meditron-70B on each benchmark, while remaining $\sim$4 points behind GPT-4 on MedQA. On "
            r"$200$ open-ended questions written by physicians, Vervain's verifier reduces the rate of unsupported "
            r"claims from $18.7\%$ to $6.2\%$, and clinicians preferred Vervain's answers over those of MedRAG in "
            r"$64\%$ of blinded pairwise comparisons (inter-rater agreement: Cohen's $\kappa$ of $0.58$). Verification adds a median of "
            r"$2.3$ s per answer. We stress that these are retrospective, benchmark-level results; Vervain has not "
            r"been evaluated prospectively and should not be used for unsupervised clinical decisions."
        ),
        "spans": [
            ("Vervain", "M"), ("Medical Question Answering", "T"), ("medical question answering", "T"),
            ("Large language models", "M"), ("LLMs", "M"), ("retrieval-augmented generation", "M"), ("RAG", "M"),
            ("PubMed", "D"), ("Llama-3-70B-Instruct", "M"), ("accuracy", "X"), ("MedQA-USMLE", "D"),
            ("PubMedQA", "D"), ("MedMCQA", "D"), ("Meditron-70B", "M"), ("GPT-4", "M"), ("MedQA", "D"),
            ("rate of unsupported claims", "X"), ("MedRAG", "M"), (r"Cohen's $\kappa$", "X", {"punct": True}),
        ],
        "results": [
            (r"reaches $\mathbf{82.4}\%$ accuracy on MedQA-USMLE", "accuracy", 82.4, "%", "MedQA-USMLE", "Vervain"),
            (r"79.6\%", "accuracy", 79.6, "%", "PubMedQA", "Vervain"),
            (r"71.2\%", "accuracy", 71.2, "%", "MedMCQA", "Vervain"),
            ("+6.1", "accuracy", 6.1, "points", "MedQA-USMLE", "Vervain"),
            ("+3.3", "accuracy", 3.3, "points", "PubMedQA", "Vervain"),
            ("+4.8", "accuracy", 4.8, "points", "MedMCQA", "Vervain"),
            ("4 points behind GPT-4 on MedQA", "accuracy", 4, "points", "MedQA", "Vervain"),
            (r"rate of unsupported claims from $18.7\%$ to $6.2\%", "rate of unsupported claims", 6.2, "%", None,
             "Vervain"),
            (r"64\%$ of blinded pairwise comparisons", "win rate", 64, "%", None, "Vervain"),
            (r"Cohen's $\kappa$ of $0.58", "Cohen's kappa", 0.58, None, None, None),
            ("adds a median of $2.3$ s", "verification time", 2.3, "s", None, None),
        ],
    },
    {
        "field": "health",
        "title": "Wrenfold: Pocket-Conditioned Flow Matching for Protein-Ligand Docking with Side-Chain Flexibility",
        "text": (
            "Protein-ligand docking, predicting how a small molecule binds to a protein pocket, is central to "
            "structure-based drug design. Deep learning docking methods such as DiffDock are fast, but they typically "
            "treat the receptor as rigid and often produce physically implausible poses "
            "with steric clashes or distorted bond geometry. Wrenfold is a flow matching model that jointly moves "
            "ligand atoms and pocket side chains, conditioned on pocket embeddings from the protein language model "
            "ESM-2. Physical validity is encouraged during training by a differentiable clash and bond-length penalty "
            "instead of post-hoc relaxation. We trained on PDBBind v2020 with a time-based split that excludes "
            "complexes deposited after 2019, and sampled 40 poses per complex at inference. On the PDBBind time-split "
            "test set of 363 complexes, Wrenfold reaches a top-1 success rate (top-ranked pose within 2 Å RMSD of the "
            "crystal ligand) of 46.8%, compared with 38.2% for DiffDock and 22.9% for AutoDock Vina given the same "
            "pocket. Wrenfold's median ligand RMSD on this set is 2.4 Å, versus 3.3 Å for DiffDock. On the PoseBusters "
            "benchmark (428 complexes), Wrenfold's PB-valid success rate, which additionally requires the pose to pass all "
            "physical validity checks, is 61.4%, against 57.8% for AlphaFold 3, although AlphaFold 3 remains stronger "
            "when the apo structure is far from holo. On PoseBusters, removing the clash penalty lowers the PB-valid "
            "success rate by 7.9 points. Docking one complex takes about 9 seconds on a single GPU. These gains are "
            "modest and depend on a known pocket; blind docking, where the pocket must also be found, is left for "
            "future work."
        ),
        "spans": [
            ("Wrenfold", "M"), ("Flow Matching", "M"), ("flow matching", "M"), ("Protein-Ligand Docking", "T"),
            ("Protein-ligand docking", "T"), ("structure-based drug design", "T"), ("docking", "T"),
            ("DiffDock", "M"), ("protein language model", "M"), ("ESM-2", "M"), ("PDBBind v2020", "D"),
            ("PDBBind time-split", "D"), ("top-1 success rate", "X"), ("RMSD", "X"), ("AutoDock Vina", "M"),
            ("median ligand RMSD", "X"), ("PoseBusters", "D"), ("PB-valid success rate", "X"),
            ("AlphaFold 3", "M"), ("blind docking", "T"),
        ],
        "results": [
            ("top-1 success rate (top-ranked pose within 2 Å RMSD of the crystal ligand) of 46.8%", "top-1 success rate",
             46.8, "%", "PDBBind time-split", "Wrenfold"),
            ("38.2%", "top-1 success rate", 38.2, "%", "PDBBind time-split", "DiffDock"),
            ("22.9%", "top-1 success rate", 22.9, "%", "PDBBind time-split", "AutoDock Vina"),
            ("median ligand RMSD on this set is 2.4 Å", "median ligand RMSD", 2.4, "Å", None, "Wrenfold"),
            ("3.3 Å", "median ligand RMSD", 3.3, "Å", None, "DiffDock"),
            ("PB-valid success rate, which additionally requires the pose to pass all physical validity checks, is 61.4%",
             "PB-valid success rate", 61.4, "%", "PoseBusters", "Wrenfold"),
            ("57.8%", "PB-valid success rate", 57.8, "%", "PoseBusters", "AlphaFold 3"),
            ("PB-valid success rate by 7.9 points", "PB-valid success rate", 7.9, "points", "PoseBusters", None),
            ("Docking one complex takes about 9 seconds", "docking time", 9, "s", None, None),
        ],
    },
    {
        "field": "health",
        "title": "Wickfield: A Multi-Lead ECG Foundation Model Pretrained with Masked Beat Modeling",
        "text": (
            "Electrocardiograms (ECGs) are recorded hundreds of millions of times a year, yet labelled datasets remain "
            "small and site-specific. We present Wickfield, a 12-lead ECG foundation model pretrained on 8.7 million "
            "unlabelled recordings from 1.9 million patients with masked beat modeling, in which whole heartbeats, "
            "rather than fixed-length patches, are masked and reconstructed in the latent space of a ViT encoder. We "
            "assess Wickfield in three settings. For multi-label ECG classification on PTB-XL, linear probing of "
            "Wickfield reaches a macro-averaged area under the receiver operating characteristic curve (AUROC) of "
            "0.934 across 71 diagnostic statements, and full fine-tuning raises it to 0.951, above the 0.929 reported "
            "for xresnet1d101. For arrhythmia classification on CPSC 2018, Wickfield obtains 0.862 macro-F1, 3.9 "
            "points above a SimCLR-pretrained encoder of the same size, and matches the fully supervised model while "
            "using only 10% of the labels. For mortality prediction (death within one year) from the ECG alone on "
            "MIMIC-IV-ECG, Wickfield achieves an AUROC of 0.803 and an area under the precision-recall curve (AUPRC) "
            "of 0.412, against 0.761 and 0.347 for a convolutional baseline trained from scratch. Performance was "
            "stable across age, sex and recording-device subgroups, with AUROC varying by at most 0.015. Pretraining "
            "took 6 days on 32 H100 GPUs."
        ),
        "spans": [
            ("Wickfield", "M"), ("Masked Beat Modeling", "M"), ("masked beat modeling", "M"), ("ViT", "M"),
            ("multi-label ECG classification", "T"), ("PTB-XL", "D"), ("linear probing", "M"),
            ("macro-averaged area under the receiver operating characteristic curve", "X"), ("AUROC", "X"),
            ("full fine-tuning", "M"), ("xresnet1d101", "M"), ("arrhythmia classification", "T"),
            ("CPSC 2018", "D"), ("macro-F1", "X"), ("SimCLR", "M"), ("mortality prediction", "T"),
            ("MIMIC-IV-ECG", "D"), ("area under the precision-recall curve", "X"), ("AUPRC", "X"),
        ],
        "results": [
            ("macro-averaged area under the receiver operating characteristic curve (AUROC) of 0.934", "macro-averaged AUROC", 0.934, None, "PTB-XL", "Wickfield"),
            ("raises it to 0.951", "macro-averaged AUROC", 0.951, None, "PTB-XL", "Wickfield"),
            ("0.929", "macro-averaged AUROC", 0.929, None, "PTB-XL", "xresnet1d101"),
            ("0.862 macro-F1", "macro-F1", 0.862, None, "CPSC 2018", "Wickfield"),
            ("3.9 points above a SimCLR-pretrained encoder", "macro-F1", 3.9, "points", "CPSC 2018", "Wickfield"),
            ("AUROC of 0.803", "AUROC", 0.803, None, "MIMIC-IV-ECG", "Wickfield"),
            ("area under the precision-recall curve (AUPRC) of 0.412", "AUPRC", 0.412, None, "MIMIC-IV-ECG", "Wickfield"),
            ("0.761", "AUROC", 0.761, None, "MIMIC-IV-ECG", None),
            ("0.347", "AUPRC", 0.347, None, "MIMIC-IV-ECG", None),
            ("AUROC varying by at most 0.015", "AUROC", 0.015, None, None, None),
            ("Pretraining took 6 days", "pretraining time", 6, "days", None, None),
        ],
    },
]
