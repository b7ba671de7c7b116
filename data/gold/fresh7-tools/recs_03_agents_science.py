"""fresh-7 records (annotator h3): agents (6) and science (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Tabstride", "TapLoom", "Trailglass", "Rillflow", "Shoalmind", "Threadsmith",
          "Squallcast", "Tessalite", "Ribbonwright", "Radiolar", "Scribewell", "Tidalform"]

RECS = [
    # ------------------------------------------------------------ agents
    {
        "field": "agents",
        "title": "Tabstride: Learning When to Branch, Backtrack and Commit in Long-Horizon Web Navigation",
        "text": (
            "Autonomous web agents built on large language models (LLMs) still fail on long-horizon tasks, mostly "
            "because a single wrong click early in an episode is never undone. We present Tabstride, a web agent that "
            "treats browser tabs as cheap checkpoints: before any irreversible action it forks the current page into a "
            "new tab, explores up to k = 3 alternative continuations, and commits only to the branch that a learned "
            "progress critic scores highest. The critic is a Qwen2.5-7B-Instruct model fine-tuned with direct "
            "preference optimization (DPO) on 18,400 trajectory pairs mined from the agent's own failures; the policy "
            "itself is GPT-4o, which observes the accessibility tree and a screenshot annotated with set-of-mark "
            "prompting. We evaluate on WebArena, VisualWebArena and Online-Mind2Web. On WebArena, Tabstride reaches a "
            "task success rate of 41.7%, compared with 35.8% for the strongest prior agent and 14.9% for the same "
            "GPT-4o policy without branching. Tabstride's success rate likewise improves on VisualWebArena (33.2% vs. "
            "26.4% for that prior agent), and on Online-Mind2Web its success rate rises from 29.0% to 36.5%. Branching "
            "is not free: Tabstride issues 2.3× more browser actions per task than greedy execution, yet its wall-clock "
            "time per task grows by only 38% because forked tabs load in parallel. Ablations attribute most of the gain "
            "to the critic rather than to the extra exploration. We release the critic weights and 1,200 annotated "
            "failure cases from 2025."
        ),
        "spans": [
            ("Tabstride", "M"), ("Web Navigation", "T"), ("large language models", "M"), ("LLMs", "M"),
            ("Qwen2.5-7B-Instruct", "M"), ("direct preference optimization", "M"), ("DPO", "M"),
            ("GPT-4o", "M"), ("set-of-mark prompting", "M"), ("WebArena", "D"), ("VisualWebArena", "D"),
            ("Online-Mind2Web", "D"), ("task success rate", "X"), ("success rate", "X"),
            ("browser actions per task", "X"), ("wall-clock time per task", "X"),
        ],
        "results": [
            ("task success rate of 41.7%", "task success rate", 41.7, "%", "WebArena", "Tabstride"),
            ("35.8%", "task success rate", 35.8, "%", "WebArena", None),
            ("14.9%", "task success rate", 14.9, "%", "WebArena", "GPT-4o"),
            ("33.2%", "success rate", 33.2, "%", "VisualWebArena", "Tabstride"),
            ("26.4%", "success rate", 26.4, "%", "VisualWebArena", None),
            ("success rate rises from 29.0% to 36.5%", "success rate", 36.5, "%", "Online-Mind2Web", "Tabstride"),
            ("2.3× more browser actions per task", "browser actions per task", 2.3, "×", None, "Tabstride"),
            ("wall-clock time per task grows by only 38%", "wall-clock time per task", 38, "%", None, "Tabstride"),
        ],
    },
    {
        "field": "agents",
        "title": "TapLoom: Weaving GUI Grounding and Planning into a 3B On-Device Android Agent",
        "text": (
            "TapLoom-3B completes 46.1% of AndroidWorld tasks, 9.7 points above UI-TARS-7B-SFT and within 1.2 points "
            "of a GPT-4o planner paired with UGround, while running entirely on a phone. TapLoom is a 3B-parameter "
            "vision-language model built on Qwen2.5-VL-3B that interleaves GUI grounding and planning at every step, "
            "emitting a short plan followed by a pixel-level click target. Training mixes 1.1M grounding samples with "
            "64K trajectories, followed by step-level reinforcement learning (RL) with group relative policy "
            "optimization (GRPO) in 128 parallel Android emulators. On ScreenSpot-v2, TapLoom reaches 89.4% grounding "
            "accuracy; on the harder ScreenSpot-Pro it reaches 31.8%, against 18.9% for OS-Atlas-7B. On "
            "AndroidControl-High, TapLoom attains a step accuracy (SA) of 71.3%, and on AndroidControl-Low an SA of "
            "88.0%. Quantized to 4 bits, TapLoom-3B fits in 2.1 GB of memory and runs at 0.9 s per action on a "
            "Snapdragon 8 Gen 3, 3.4× faster than the unquantized model. The RL stage adds 6.2 points of success rate "
            "on AndroidWorld over the SFT-only checkpoint. Limitations include tasks that need more than 30 steps and "
            "apps with non-standard widgets."
        ),
        "spans": [
            ("TapLoom", "M"), ("TapLoom-3B", "M"), ("GUI Grounding", "T"), ("GUI grounding", "T"),
            ("AndroidWorld", "D"), ("UI-TARS-7B-SFT", "M"), ("GPT-4o", "M"), ("UGround", "M"),
            ("vision-language model", "M"), ("Qwen2.5-VL-3B", "M"), ("reinforcement learning", "M"), ("RL", "M"),
            ("group relative policy optimization", "M"), ("GRPO", "M"), ("ScreenSpot-v2", "D"),
            ("grounding accuracy", "X"), ("ScreenSpot-Pro", "D"), ("OS-Atlas-7B", "M"),
            ("AndroidControl-High", "D"), ("AndroidControl-Low", "D"), ("step accuracy", "X"), ("SA", "X"),
            ("memory", "X"), ("success rate", "X"), ("SFT", "M"),
        ],
        "results": [
            ("completes 46.1% of AndroidWorld tasks", "success rate", 46.1, "%", "AndroidWorld", "TapLoom-3B"),
            ("9.7 points above UI-TARS-7B-SFT", "success rate", 9.7, "points", "AndroidWorld", "TapLoom-3B"),
            ("within 1.2 points", "success rate", 1.2, "points", "AndroidWorld", "TapLoom-3B"),
            ("89.4% grounding accuracy", "grounding accuracy", 89.4, "%", "ScreenSpot-v2", "TapLoom"),
            ("31.8%", "grounding accuracy", 31.8, "%", "ScreenSpot-Pro", "TapLoom"),
            ("18.9%", "grounding accuracy", 18.9, "%", "ScreenSpot-Pro", "OS-Atlas-7B"),
            ("step accuracy (SA) of 71.3%", "step accuracy", 71.3, "%", "AndroidControl-High", "TapLoom"),
            ("SA of 88.0%", "step accuracy", 88.0, "%", "AndroidControl-Low", "TapLoom"),
            ("2.1 GB of memory", "memory", 2.1, "GB", None, "TapLoom-3B"),
            ("0.9 s per action", "latency", 0.9, "s", None, "TapLoom-3B"),
            ("3.4× faster", "speed-up", 3.4, "×", None, "TapLoom-3B"),
            ("6.2 points of success rate", "success rate", 6.2, "points", "AndroidWorld", "RL"),
        ],
    },
    {
        "field": "agents",
        "title": "Trailglass: Topological Memory with Imagined Waypoints for Vision-and-Language Navigation in Continuous Environments",
        "text": (
            "Vision-and-language navigation in continuous environments (VLN-CE) requires an agent to follow free-form "
            "instructions through unseen houses using only low-level actions. Most recent systems rely on a waypoint "
            "predictor trained on Matterport3D scans, and we find that their errors concentrate where the predictor "
            "proposes no waypoint at all, such as behind doors or around corners. Trailglass addresses this by "
            "maintaining a topological memory whose frontier nodes are augmented with imagined waypoints: a "
            "depth-conditioned diffusion model hallucinates the unseen space behind each frontier, and a cross-modal "
            "transformer scores the imagined nodes against the instruction before the agent commits to them. We keep "
            "the navigation policy of ETPNav unchanged, which isolates the effect of the memory. On the R2R-CE "
            "val-unseen split, Trailglass improves success rate (SR) from 57.2% to 61.0% and success weighted by path "
            "length (SPL) from 49.0% to 52.4%, while navigation error (NE) drops from 4.71 m to 4.23 m. On the "
            "multilingual RxR-CE benchmark the gains are smaller: nDTW rises by 1.6 points and SR by 2.1 points. We "
            "caution that imagined waypoints occasionally lure the agent into walls; collisions per episode increase "
            "by 8% relative to the unmodified policy. Imagination adds 0.2 s of planning time per step, which we "
            "consider acceptable for indoor robots but not for faster platforms. Results on the R2R-CE test server "
            "(SR 58%) suggest that the gains transfer."
        ),
        "spans": [
            ("Trailglass", "M"), ("Vision-and-Language Navigation in Continuous Environments", "T"),
            ("Vision-and-language navigation in continuous environments", "T"), ("VLN-CE", "T"),
            ("Matterport3D", "D"), ("diffusion model", "M"), ("transformer", "M"), ("ETPNav", "M"),
            ("R2R-CE val-unseen", "D"), ("R2R-CE", "D"), ("success rate", "X"), ("SR", "X"),
            ("success weighted by path length", "X"), ("SPL", "X"), ("navigation error", "X"), ("NE", "X"),
            ("RxR-CE", "D"), ("nDTW", "X"), ("collisions per episode", "X"), ("planning time", "X"),
        ],
        "results": [
            ("success rate (SR) from 57.2% to 61.0%", "success rate", 61.0, "%", "R2R-CE", "Trailglass"),
            ("success weighted by path length (SPL) from 49.0% to 52.4%", "SPL", 52.4, "%", "R2R-CE", "Trailglass"),
            ("navigation error (NE) drops from 4.71 m to 4.23 m", "navigation error", 4.23, "m", "R2R-CE", "Trailglass"),
            ("nDTW rises by 1.6 points", "nDTW", 1.6, "points", "RxR-CE", None),
            ("SR by 2.1 points", "success rate", 2.1, "points", "RxR-CE", None),
            ("collisions per episode increase by 8%", "collisions per episode", 8, "%", None, None),
            ("0.2 s of planning time", "planning time", 0.2, "s", None, None),
            ("SR 58%", "success rate", 58, "%", "R2R-CE", None),
        ],
    },
    {
        "field": "agents",
        "title": "Rillflow: Reactive Action Chunking for Vision-Language-Action Models via Streaming Flow Matching",
        "text": (
            r"Vision-language-action models (VLAs) such as OpenVLA and $\pi_0$ generate actions in fixed-length chunks, "
            r"so the robot executes up to $H=50$ steps open-loop before it can react to new observations. We introduce "
            r"Rillflow, a VLA trained with streaming flow matching: each new observation re-noises only the unexecuted "
            r"tail of the current chunk, and a $10$-step integrator refines that tail while the head is executed at "
            r"$50$ Hz, at $\mathcal{O}(1)$ extra cost per control step. Rillflow is initialised from PaliGemma-3B and "
            r"pretrained on $\sim$970K trajectories from Open X-Embodiment. On LIBERO, it reaches an average success "
            r"rate of $\mathbf{97.1}$\% over the four suites, ahead of $\pi_0$ (94.2\%) and OpenVLA-OFT (96.8\%); on "
            r"LIBERO-Long alone, the margin over $\pi_0$ grows to 6.3 points. In SimplerEnv's visual-matching setting "
            r"on the Google Robot, Rillflow attains an average success rate of 71.4\% versus 58.8\% for RT-2-X and "
            r"42.1\% for Octo-Base. On CALVIN ABC$\rightarrow$D, the average length reaches 4.41 (vs.\ 4.05 for GR-1). "
            r"On a real Franka arm with objects perturbed mid-episode, Rillflow succeeds in 17 of 20 trials versus 9 "
            r"of 20 for $\pi_0$, while its inference latency stays at $21$ ms per chunk update on an RTX 4090, "
            r"2.4$\times$ lower than re-planning the whole chunk from scratch."
        ),
        "spans": [
            ("Rillflow", "M"), ("Action Chunking", "M"), ("Vision-Language-Action Models", "M"),
            ("Vision-language-action models", "M"), ("VLAs", "M"), ("VLA", "M"),
            ("Streaming Flow Matching", "M"), ("streaming flow matching", "M"),
            ("OpenVLA", "M"), ("$\\pi_0$", "M", {"punct": True}), ("PaliGemma-3B", "M"),
            ("Open X-Embodiment", "D"), ("LIBERO", "D"), ("LIBERO-Long", "D"), ("average success rate", "X"),
            ("OpenVLA-OFT", "M"), ("SimplerEnv", "D"), ("RT-2-X", "M"), ("Octo-Base", "M"),
            ("CALVIN ABC$\\rightarrow$D", "D"), ("average length", "X"), ("GR-1", "M"),
            ("inference latency", "X"),
        ],
        "results": [
            ("average success rate of $\\mathbf{97.1}$\\%", "average success rate", 97.1, "%", "LIBERO", None),
            ("94.2\\%", "average success rate", 94.2, "%", "LIBERO", "$\\pi_0$"),
            ("96.8\\%", "average success rate", 96.8, "%", "LIBERO", "OpenVLA-OFT"),
            ("margin over $\\pi_0$ grows to 6.3 points", "success rate gap", 6.3, "points", "LIBERO-Long", None),
            ("average success rate of 71.4\\%", "average success rate", 71.4, "%", "SimplerEnv", "Rillflow"),
            ("58.8\\%", "average success rate", 58.8, "%", "SimplerEnv", "RT-2-X"),
            ("42.1\\%", "average success rate", 42.1, "%", "SimplerEnv", "Octo-Base"),
            ("average length reaches 4.41", "average length", 4.41, None, "CALVIN", None),
            ("4.05", "average length", 4.05, None, "CALVIN", "GR-1"),
            ("succeeds in 17 of 20 trials", "successful trials", 17, None, None, "Rillflow"),
            ("9 of 20", "successful trials", 9, None, None, "$\\pi_0$"),
            ("inference latency stays at $21$ ms", "inference latency", 21, "ms", None, "Rillflow"),
            ("2.4$\\times$ lower", "latency reduction", 2.4, "×", None, "Rillflow"),
        ],
    },
    {
        "field": "agents",
        "title": "Shoalmind: Emergent Role Specialisation through Latent Intention Sharing in Cooperative Multi-Agent Reinforcement Learning",
        "text": (
            "Cooperative multi-agent reinforcement learning (MARL) under partial observability hinges on agents "
            "anticipating one another, yet explicit communication channels are bandwidth-hungry and brittle when "
            "teammates change. Shoalmind replaces messages with latent intentions: each agent encodes its next few "
            "sub-goals into a 16-dimensional vector that teammates can read only through their own observations of "
            "its behaviour, and a contrastive objective rewards intentions that are predictable from such "
            "observations. The approach plugs into existing MARL learners; we pair it with MAPPO and QMIX. On SMACv2, "
            "Shoalmind-MAPPO achieves the highest median win rate in 8 of the 9 scenarios and averages 63.5% ± 2.1 "
            "across them, compared with 54.0% for MAPPO and 49.7% for QMIX. Averaged over the 9 scenarios, "
            "role-specialisation entropy falls by 27%, which we read as evidence of an emergent division of labour. In "
            "Google Research Football, Shoalmind-MAPPO raises the score rate on the 3-vs-1-with-keeper and "
            "counterattack-hard academy scenarios to 0.91 and 0.74, respectively. The largest gains, however, appear "
            "in zero-shot coordination. In Overcooked, paired with held-out human proxy partners, Shoalmind reaches a "
            "mean episode reward of 212, 29% higher than FCP and 44% higher than MEP. Training Shoalmind costs about "
            "20% more wall-clock time than training MAPPO alone, because of the auxiliary intention encoder. Each "
            "scenario is trained for 10M environment steps, and all results average 5 seeds."
        ),
        "spans": [
            ("Shoalmind", "M"), ("Shoalmind-MAPPO", "M"),
            ("Cooperative Multi-Agent Reinforcement Learning", "T"),
            ("Cooperative multi-agent reinforcement learning", "T"), ("MARL", "T"),
            ("MAPPO", "M"), ("QMIX", "M"), ("SMACv2", "D"), ("median win rate", "X"),
            ("role-specialisation entropy", "X"), ("Google Research Football", "D"), ("score rate", "X"),
            ("zero-shot coordination", "T"), ("Overcooked", "D"), ("mean episode reward", "X"),
            ("FCP", "M"), ("MEP", "M"), ("wall-clock time", "X"),
        ],
        "results": [
            ("highest median win rate in 8 of the 9 scenarios", "scenarios ranked first", 8, None, "SMACv2", "Shoalmind-MAPPO"),
            ("averages 63.5% ± 2.1", "median win rate", 63.5, "%", "SMACv2", "Shoalmind-MAPPO"),
            ("54.0%", "median win rate", 54.0, "%", "SMACv2", "MAPPO"),
            ("49.7%", "median win rate", 49.7, "%", "SMACv2", "QMIX"),
            ("role-specialisation entropy falls by 27%", "role-specialisation entropy reduction", 27, "%", None, None),
            ("0.91", "score rate", 0.91, None, "Google Research Football", "Shoalmind-MAPPO"),
            ("0.74", "score rate", 0.74, None, "Google Research Football", "Shoalmind-MAPPO"),
            ("mean episode reward of 212", "mean episode reward", 212, None, "Overcooked", "Shoalmind"),
            ("29% higher than FCP", "mean episode reward", 29, "%", "Overcooked", "Shoalmind"),
            ("44% higher than MEP", "mean episode reward", 44, "%", "Overcooked", "Shoalmind"),
            ("20% more wall-clock time", "training time", 20, "%", None, "Shoalmind"),
        ],
    },
    {
        "field": "agents",
        "title": "Threadsmith: Repository-Scale Issue Resolution with Test-Driven Patch Tournaments",
        "text": (
            "Software engineering agents tackle GitHub issue resolution by editing code until tests pass, but most "
            "spend their budget on a single trajectory and cannot recover from an early mislocalisation. Threadsmith "
            "is an open agent scaffold that runs several lightweight localisation threads in parallel, merges their "
            "evidence into a ranked list of suspicious functions, and then holds a tournament among candidate "
            "patches: each pair of patches is compared by executing reproduction tests that the agent writes itself, "
            "and the winner advances. With Claude 3.5 Sonnet as the backbone, Threadsmith resolves 53.8% of the 500 "
            "issues in SWE-bench Verified, against 49.0% for CodeAct and 45.2% for Agentless with the same model. "
            "With the open-weight Qwen2.5-Coder-32B-Instruct the resolve rate is 36.4% (+9.8 over its "
            "single-trajectory baseline). On SWE-bench Lite, Threadsmith resolves 128 of 300 issues. Threadsmith's "
            "tournament is the costly part: the median cost per issue is 1.86 USD, 1.6× that of Agentless, and an "
            "average run consumes 2.9M input tokens. The reproduction tests that Threadsmith writes reproduce the "
            "reported bug in 81% of issues, a precondition for meaningful comparisons, and its localisation precision "
            "against the gold edit locations is 0.64. We release trajectories for all runs, and caution that "
            "SWE-bench Verified may partly overlap with the backbones' pretraining data."
        ),
        "spans": [
            ("Threadsmith", "M"), ("Issue Resolution", "T"), ("GitHub issue resolution", "T"),
            ("Claude 3.5 Sonnet", "M"), ("SWE-bench Verified", "D"), ("CodeAct", "M"), ("Agentless", "M"),
            ("Qwen2.5-Coder-32B-Instruct", "M"), ("resolve rate", "X"), ("SWE-bench Lite", "D"),
            ("median cost per issue", "X"), ("input tokens", "X"), ("localisation precision", "X"),
        ],
        "results": [
            ("resolves 53.8% of the 500 issues", "resolve rate", 53.8, "%", "SWE-bench Verified", "Threadsmith"),
            ("49.0%", "resolve rate", 49.0, "%", "SWE-bench Verified", "CodeAct"),
            ("45.2%", "resolve rate", 45.2, "%", "SWE-bench Verified", "Agentless"),
            ("resolve rate is 36.4%", "resolve rate", 36.4, "%", None, "Qwen2.5-Coder-32B-Instruct"),
            ("+9.8", "resolve rate", 9.8, None, None, "Qwen2.5-Coder-32B-Instruct"),
            ("resolves 128 of 300 issues", "issues resolved", 128, None, "SWE-bench Lite", "Threadsmith"),
            ("median cost per issue is 1.86 USD", "median cost per issue", 1.86, "USD", None, "Threadsmith"),
            ("1.6× that of Agentless", "median cost per issue", 1.6, "×", None, "Threadsmith"),
            ("2.9M input tokens", "input tokens", 2.9, "M", None, "Threadsmith"),
            ("81% of issues", "reproduction rate", 81, "%", None, "Threadsmith"),
            ("localisation precision against the gold edit locations is 0.64", "localisation precision", 0.64, None, None, "Threadsmith"),
        ],
    },
    # ------------------------------------------------------------ science
    {
        "field": "science",
        "title": "Squallcast: Spherical Latent Flow Matching for Probabilistic Weather Forecasting",
        "text": (
            r"Machine-learning weather models now rival numerical weather prediction (NWP), yet their ensembles remain "
            r"expensive: GenCast runs a full denoising chain for every member, and members become over-smooth at long "
            r"lead times. We present Squallcast, a probabilistic forecaster that learns a latent space on the sphere "
            r"with a HEALPix-grid autoencoder and models the transition between consecutive $6$-hour states with "
            r"conditional flow matching. Squallcast is trained on ERA5 reanalysis from 1979--2017 and evaluated on "
            r"2020 under the WeatherBench 2 protocol. Squallcast's sampling time is $38$ s per $15$-day forecast at "
            r"$0.25^\circ$ resolution on one H100, roughly $8\times$ faster per member than GenCast. On WeatherBench 2, "
            r"a $50$-member Squallcast ensemble beats the ECMWF ENS in continuous ranked probability score (CRPS) on "
            r"93\% of $1320$ variable, level and lead-time targets, and beats GenCast on 71\% of them. At a $5$-day "
            r"lead, Squallcast's ensemble-mean RMSE for Z500 is $\mathbf{41.7}$ m against 44.9 m for ENS, and its "
            r"spread-skill ratio stays between 0.96 and 1.02 at all lead times. For tropical cyclone track forecasting "
            r"in 2018--2020, Squallcast reduces the mean track error at $120$ h by 12\% relative to ENS. A "
            r"deterministic Squallcast variant with the same backbone comes within $2\%$ of GraphCast in RMSE on most "
            r"surface variables, at about 30\% of its training cost."
        ),
        "spans": [
            ("Squallcast", "M"), ("Flow Matching", "M"), ("Probabilistic Weather Forecasting", "T"),
            ("numerical weather prediction", "M"), ("NWP", "M"), ("GenCast", "M"), ("HEALPix", "M"),
            ("autoencoder", "M"), ("conditional flow matching", "M"), ("ERA5", "D"), ("WeatherBench 2", "D"),
            ("sampling time", "X"), ("ECMWF ENS", "M"), ("ENS", "M"),
            ("continuous ranked probability score", "X"), ("CRPS", "X"), ("ensemble-mean RMSE", "X"),
            ("RMSE", "X"), ("spread-skill ratio", "X"), ("tropical cyclone track forecasting", "T"),
            ("mean track error", "X"), ("GraphCast", "M"), ("training cost", "X"),
        ],
        "results": [
            ("sampling time is $38$ s", "sampling time", 38, "s", None, "Squallcast"),
            ("roughly $8\\times$ faster", "speed-up", 8, "×", None, "Squallcast"),
            ("93\\% of $1320$ variable, level and lead-time targets", "win rate", 93, "%", "WeatherBench 2", "Squallcast"),
            ("71\\% of them", "win rate", 71, "%", "WeatherBench 2", "Squallcast"),
            ("ensemble-mean RMSE for Z500 is $\\mathbf{41.7}$ m", "ensemble-mean RMSE", 41.7, "m", None, "Squallcast"),
            ("44.9 m", "ensemble-mean RMSE", 44.9, "m", None, "ENS"),
            ("spread-skill ratio stays between 0.96 and 1.02", "spread-skill ratio", 1.02, None, None, "Squallcast", {"low": 0.96}),
            ("mean track error at $120$ h by 12\\%", "mean track error reduction", 12, "%", None, "Squallcast"),
            ("within $2\\%$ of GraphCast in RMSE", "RMSE", 2, "%", None, "Squallcast"),
            ("30\\% of its training cost", "relative training cost", 30, "%", None, "Squallcast"),
        ],
    },
    {
        "field": "science",
        "title": "Tessalite: Tensor-Product-Free Interatomic Potentials from Voronoi Geometry",
        "text": (
            r"Universal machine-learning interatomic potentials (MLIPs) promise density functional theory (DFT) "
            r"accuracy across the periodic table, but the most accurate ones depend on equivariant tensor products "
            r"whose cost grows as $\mathcal{O}(L^6)$ with the maximum angular degree $L$. Tessalite replaces them with "
            r"learned descriptors of the Voronoi tessellation around each atom, scalar face areas and solid angles "
            r"that encode many-body geometry, so each layer scales as $\mathcal{O}(N)$ in the number of atoms and "
            r"needs no spherical harmonics. We train a 9.2M-parameter Tessalite-S on MPtrj and a 31M-parameter "
            r"Tessalite-L on OMat24 with fine-tuning on sAlex and MPtrj. On the compliant Matbench Discovery "
            r"leaderboard, Tessalite-S reaches an F1 of 0.846 and a discovery acceleration factor (DAF) of 5.21, "
            r"against 0.832 and 5.04 for SevenNet-l3i5, with an energy MAE of 0.027 eV/atom. Tessalite-L attains "
            r"F1 = 0.921 and a symmetric relative mean error in thermal conductivity ($\kappa_{\mathrm{SRME}}$) of "
            r"0.29, second only to eqV2-M-DeNS among non-compliant models. Because no tensor products are evaluated, "
            r"molecular dynamics with Tessalite-S is up to $3.4\times$ faster than with MACE-MP-0 on a "
            r"10{,}000-atom cell, and peak GPU memory drops by 58\%. Phonon frequencies for $\sim$100 randomly "
            r"chosen semiconductors agree with DFT to within 0.2 THz on average."
        ),
        "spans": [
            ("Tessalite", "M"), ("Tessalite-S", "M"), ("Tessalite-L", "M"), ("Interatomic Potentials", "M"),
            ("machine-learning interatomic potentials", "M"), ("MLIPs", "M"),
            ("density functional theory", "M"), ("DFT", "M"), ("Voronoi tessellation", "M"),
            ("MPtrj", "D"), ("OMat24", "D"), ("sAlex", "D"), ("Matbench Discovery", "D"), ("F1", "X"),
            ("discovery acceleration factor", "X"), ("DAF", "X"), ("SevenNet-l3i5", "M"), ("energy MAE", "X"),
            ("symmetric relative mean error", "X"), ("$\\kappa_{\\mathrm{SRME}}$", "X", {"punct": True}),
            ("eqV2-M-DeNS", "M"), ("molecular dynamics", "T"), ("MACE-MP-0", "M"), ("peak GPU memory", "X"),
            ("Phonon frequencies", "X"),
        ],
        "results": [
            ("F1 of 0.846", "F1", 0.846, None, "Matbench Discovery", "Tessalite-S"),
            ("discovery acceleration factor (DAF) of 5.21", "discovery acceleration factor", 5.21, None, "Matbench Discovery", "Tessalite-S"),
            ("0.832", "F1", 0.832, None, "Matbench Discovery", "SevenNet-l3i5"),
            ("5.04", "discovery acceleration factor", 5.04, None, "Matbench Discovery", "SevenNet-l3i5"),
            ("energy MAE of 0.027 eV/atom", "energy MAE", 0.027, "eV/atom", "Matbench Discovery", "Tessalite-S"),
            ("F1 = 0.921", "F1", 0.921, None, None, "Tessalite-L"),
            ("symmetric relative mean error in thermal conductivity ($\\kappa_{\\mathrm{SRME}}$) of 0.29", "κSRME", 0.29, None, None, "Tessalite-L"),
            ("up to $3.4\\times$ faster", "speed-up", 3.4, "×", None, "Tessalite-S"),
            ("peak GPU memory drops by 58\\%", "peak GPU memory reduction", 58, "%", None, "Tessalite-S"),
            ("agree with DFT to within 0.2 THz", "phonon frequencies", 0.2, "THz", None, None),
        ],
    },
    {
        "field": "science",
        "title": "Ribbonwright: Backbone-Conditioned Sequence Design with Side-Chain-Aware Discrete Diffusion",
        "text": (
            "Ribbonwright recovers 58.9% of native residues on the CATH 4.2 test set, compared with 52.4% for "
            "ProteinMPNN and 51.6% for ESM-IF1, and lowers perplexity from 4.57 to 3.96. It is a discrete diffusion "
            "model for protein inverse folding that denoises amino-acid identities and side-chain rotamers jointly, "
            "conditioned on the backbone through an SE(3)-invariant graph transformer. Training uses CATH 4.2 with the "
            "standard 18,024/608/1,120 split plus 420K AlphaFold DB structures filtered at pLDDT > 80. Sequence "
            "recovery on the TS50 and TS500 benchmarks reaches 61.2% and 64.0%, respectively. Matching native "
            "sequences is not the goal, however, so we also measure designability: the fraction of designs that "
            "ESMFold refolds to a self-consistency TM-score (scTM) above 0.5. Ribbonwright's designability on CATH "
            "test backbones is 86%, versus 79% for ProteinMPNN. In wet-lab tests on 24 de novo backbones generated by "
            "RFdiffusion, 19 of 24 Ribbonwright designs expressed solubly and 11 of the 24 designs folded as designed "
            "according to circular dichroism. Ribbonwright samples 100 sequences for a 300-residue backbone in 2.1 s "
            "on an A100, about 5× faster than autoregressive decoding with the same network."
        ),
        "spans": [
            ("Ribbonwright", "M"), ("Backbone-Conditioned Sequence Design", "T"), ("Discrete Diffusion", "M"),
            ("CATH 4.2", "D"), ("CATH", "D"), ("ProteinMPNN", "M"), ("ESM-IF1", "M"), ("perplexity", "X"),
            ("discrete diffusion model", "M"), ("protein inverse folding", "T"), ("graph transformer", "M"),
            ("AlphaFold DB", "D"), ("pLDDT", "X"), ("Sequence recovery", "X"), ("TS50", "D"), ("TS500", "D"),
            ("designability", "X"), ("ESMFold", "M"), ("self-consistency TM-score", "X"), ("scTM", "X"),
            ("RFdiffusion", "M"), ("autoregressive decoding", "M"),
        ],
        "results": [
            ("recovers 58.9% of native residues", "sequence recovery", 58.9, "%", "CATH 4.2", "Ribbonwright"),
            ("52.4%", "sequence recovery", 52.4, "%", "CATH 4.2", "ProteinMPNN"),
            ("51.6%", "sequence recovery", 51.6, "%", "CATH 4.2", "ESM-IF1"),
            ("perplexity from 4.57 to 3.96", "perplexity", 3.96, None, None, "Ribbonwright"),
            ("61.2%", "sequence recovery", 61.2, "%", "TS50", None),
            ("64.0%", "sequence recovery", 64.0, "%", "TS500", None),
            ("designability on CATH test backbones is 86%", "designability", 86, "%", "CATH", "Ribbonwright"),
            ("79%", "designability", 79, "%", "CATH", "ProteinMPNN"),
            ("19 of 24 Ribbonwright designs expressed", "designs expressed", 19, None, None, "Ribbonwright"),
            ("11 of the 24 designs folded", "designs folded", 11, None, None, "Ribbonwright"),
            ("2.1 s", "sampling time", 2.1, "s", None, "Ribbonwright"),
            ("5× faster", "speed-up", 5, "×", None, "Ribbonwright"),
        ],
    },
    {
        "field": "science",
        "title": "Radiolar: Scale-Recurrent State-Space Models for Multi-Organ Segmentation in CT and MRI",
        "text": (
            "Medical image segmentation models for CT and MRI volumes must capture long-range anatomical context "
            "without the quadratic cost of attention over hundreds of thousands of voxels. Radiolar is a hybrid U-Net "
            "whose encoder alternates 3D convolutions with Mamba blocks that scan the volume along three anatomical "
            "axes, and whose decoder re-enters each scale recurrently to refine boundaries. We evaluate on abdominal "
            "multi-organ segmentation with BTCV (30 CT scans, 13 organs) and AMOS 2022 (500 CT and 100 MRI scans, 15 "
            "organs), and on brain tumour segmentation with BraTS 2021. Radiolar obtains a mean Dice similarity "
            "coefficient (DSC) of 84.7 ± 0.4% on BTCV and 90.1% on AMOS CT, outperforming nnU-Net by 1.9 and 1.2 "
            "points, respectively, and Swin UNETR by 3.3 points on BTCV. On BTCV, the 95th-percentile Hausdorff "
            "distance (HD95) falls from 9.8 mm with nnU-Net to 6.1 mm with Radiolar. On AMOS MRI, where training data "
            "are scarce, the margin widens to 3.5 DSC points. On BraTS 2021, Radiolar matches the best reported "
            "average Dice (91.6 vs. 91.5 for SegResNet). Radiolar has 38.2M parameters and needs 412 GFLOPs per "
            "128³ patch, 44% fewer than Swin UNETR. Inference on a full abdominal CT volume takes 1.4 s on a single "
            "RTX 3090. Code and weights are public."
        ),
        "spans": [
            ("Radiolar", "M"), ("State-Space Models", "M"), ("Multi-Organ Segmentation", "T"),
            ("Medical image segmentation", "T"), ("U-Net", "M"), ("Mamba", "M"), ("multi-organ segmentation", "T"),
            ("BTCV", "D"), ("AMOS 2022", "D"), ("brain tumour segmentation", "T"), ("BraTS 2021", "D"),
            ("mean Dice similarity coefficient", "X"), ("DSC", "X"), ("AMOS CT", "D"), ("nnU-Net", "M"),
            ("Swin UNETR", "M"), ("95th-percentile Hausdorff distance", "X"), ("HD95", "X"), ("AMOS MRI", "D"),
            ("average Dice", "X"), ("SegResNet", "M"), ("GFLOPs", "X"),
        ],
        "results": [
            ("mean Dice similarity coefficient (DSC) of 84.7 ± 0.4%", "mean Dice similarity coefficient", 84.7, "%", "BTCV", "Radiolar"),
            ("90.1%", "mean Dice similarity coefficient", 90.1, "%", "AMOS CT", "Radiolar"),
            ("1.9", "mean Dice similarity coefficient", 1.9, "points", "BTCV", "Radiolar"),
            ("1.2 points", "mean Dice similarity coefficient", 1.2, "points", "AMOS CT", "Radiolar"),
            ("3.3 points on BTCV", "mean Dice similarity coefficient", 3.3, "points", "BTCV", "Radiolar"),
            ("9.8 mm", "HD95", 9.8, "mm", "BTCV", "nnU-Net"),
            ("6.1 mm", "HD95", 6.1, "mm", "BTCV", "Radiolar"),
            ("margin widens to 3.5 DSC points", "DSC gap", 3.5, "points", "AMOS MRI", None),
            ("91.6", "average Dice", 91.6, None, "BraTS 2021", "Radiolar"),
            ("91.5", "average Dice", 91.5, None, "BraTS 2021", "SegResNet"),
            ("412 GFLOPs", "FLOPs", 412, "G", None, "Radiolar"),
            ("44% fewer", "FLOPs reduction", 44, "%", None, "Radiolar"),
            ("Inference on a full abdominal CT volume takes 1.4 s", "inference time", 1.4, "s", None, None),
        ],
    },
    {
        "field": "science",
        "title": "Scribewell: Evidence-Linked Automated ICD-10 Coding from Discharge Summaries with Small Open Models",
        "text": (
            "Automated ICD coding assigns diagnosis and procedure codes to clinical notes, a task whose label space "
            "exceeds 70,000 codes, most of them rare. Fine-tuned encoders such as PLM-ICD remain the state of the art, "
            "while prompting large language models has so far lagged far behind. We introduce Scribewell, a "
            "retrieve-then-verify pipeline in which a 1.5B-parameter retriever proposes up to 50 candidate codes per "
            "note and a Llama-3.1-8B verifier, trained with supervised fine-tuning on 38K de-identified notes, accepts "
            "or rejects each candidate while citing the sentences that justify it. On MIMIC-IV ICD-10, Scribewell "
            "reaches a micro-F1 of 59.3 and a macro-F1 of 24.8, improving over PLM-ICD by 1.1 and 6.4 points, "
            "respectively; the gain is concentrated in codes with fewer than 10 training examples, where macro-F1 "
            "roughly doubles (from 7.9 to 16.2). On the MIMIC-III top-50 setting, Scribewell's precision at 5 (P@5) "
            "is 68.9, within 0.3 points of MSMN. In a blinded review of 200 notes, clinicians judged the cited "
            "evidence sufficient for 87% of accepted codes, and preferred Scribewell's explanations over GPT-4o's in "
            "64% of pairwise comparisons. We are cautious about these numbers: MIMIC notes come from a single "
            "hospital system, and on an external cohort from another hospital micro-F1 fell to 51.0. All models run "
            "inside the hospital network on a single GPU."
        ),
        "spans": [
            ("Scribewell", "M"), ("ICD-10 Coding", "T"), ("ICD coding", "T"), ("PLM-ICD", "M"),
            ("large language models", "M"), ("Llama-3.1-8B", "M"), ("supervised fine-tuning", "M"),
            ("MIMIC-IV ICD-10", "D"), ("micro-F1", "X"), ("macro-F1", "X"), ("MIMIC-III top-50", "D"),
            ("precision at 5", "X"), ("P@5", "X"), ("MSMN", "M"), ("GPT-4o", "M"), ("MIMIC", "D"),
        ],
        "results": [
            ("micro-F1 of 59.3", "micro-F1", 59.3, None, "MIMIC-IV ICD-10", "Scribewell"),
            ("macro-F1 of 24.8", "macro-F1", 24.8, None, "MIMIC-IV ICD-10", "Scribewell"),
            ("1.1", "micro-F1", 1.1, "points", "MIMIC-IV ICD-10", "Scribewell"),
            ("6.4 points", "macro-F1", 6.4, "points", "MIMIC-IV ICD-10", "Scribewell"),
            ("from 7.9 to 16.2", "macro-F1", 16.2, None, "MIMIC-IV ICD-10", "Scribewell"),
            ("precision at 5 (P@5) is 68.9", "P@5", 68.9, None, "MIMIC-III top-50", "Scribewell"),
            ("within 0.3 points of MSMN", "P@5", 0.3, "points", "MIMIC-III top-50", "Scribewell"),
            ("sufficient for 87% of accepted codes", "evidence sufficiency rate", 87, "%", None, None),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "Scribewell"),
            ("micro-F1 fell to 51.0", "micro-F1", 51.0, None, None, None),
        ],
    },
    {
        "field": "science",
        "title": "Tidalform: Linear-Complexity Neural Operators on Irregular Meshes via Learned Spectral Slices",
        "text": (
            r"Neural operators learn solution maps of partial differential equations (PDEs) from data, but "
            r"attention-based operators such as Transolver and GNOT either scale quadratically with the number of "
            r"mesh points or depend on a fixed partition of the domain. We propose Tidalform, a neural operator that "
            r"projects an irregular mesh onto $m=64$ learned spectral slices, mixes the slices with a global low-rank "
            r"kernel, and lifts the result back through a partition-of-unity decoder, for $\mathcal{O}(n)$ time and "
            r"memory in the number of mesh points $n$. On the six standard benchmarks introduced with FNO and Geo-FNO "
            r"(Elasticity, Plasticity, Airfoil, Pipe, Navier--Stokes and Darcy), Tidalform attains the lowest "
            r"relative $L_2$ error on 5 of the 6 and reduces it by 11.6\% on average relative to Transolver. On "
            r"Navier--Stokes, Tidalform's error is 0.0741, against 0.0900 for Transolver and 0.156 for FNO; on Darcy "
            r"it is 0.0049 (vs.\ 0.0057 for Transolver). On the ShapeNet Car CFD benchmark, Tidalform's drag "
            r"coefficient prediction reaches a Spearman correlation ($\rho$) of 0.9931, and its surface pressure "
            r"error drops to 0.0719. At $n=32{,}186$ mesh points a forward pass takes 14 ms with a peak memory of "
            r"1.1 GB, making Tidalform up to $3.7\times$ faster than Transolver at matched accuracy. Trained for 500 "
            r"epochs with $\pm 5\%$ random mesh subsampling, the model transfers to $4\times$ finer meshes with less "
            r"than 2\% increase in relative $L_2$ error."
        ),
        "spans": [
            ("Tidalform", "M"), ("Neural Operators", "M"), ("Neural operators", "M"), ("neural operator", "M"),
            ("Transolver", "M"), ("GNOT", "M"), ("FNO", "M"), ("Geo-FNO", "M"), ("Elasticity", "D"),
            ("Plasticity", "D"), ("Airfoil", "D"), ("Pipe", "D"), ("Navier--Stokes", "D"), ("Darcy", "D"),
            ("relative $L_2$ error", "X"), ("ShapeNet Car", "D"), ("drag coefficient prediction", "T"),
            ("Spearman correlation", "X"), ("$\\rho$", "X", {"punct": True}), ("surface pressure error", "X"),
            ("peak memory", "X"),
        ],
        "results": [
            ("lowest relative $L_2$ error on 5 of the 6", "ranked first", 5, None, None, "Tidalform"),
            ("reduces it by 11.6\\%", "relative L2 error reduction", 11.6, "%", None, "Tidalform"),
            ("error is 0.0741", "relative L2 error", 0.0741, None, "Navier--Stokes", "Tidalform"),
            ("0.0900", "relative L2 error", 0.09, None, "Navier--Stokes", "Transolver"),
            ("0.156", "relative L2 error", 0.156, None, "Navier--Stokes", "FNO"),
            ("0.0049", "relative L2 error", 0.0049, None, "Darcy", "Tidalform"),
            ("0.0057", "relative L2 error", 0.0057, None, "Darcy", "Transolver"),
            ("Spearman correlation ($\\rho$) of 0.9931", "Spearman correlation", 0.9931, None, "ShapeNet Car", "Tidalform"),
            ("surface pressure error drops to 0.0719", "surface pressure error", 0.0719, None, "ShapeNet Car", "Tidalform"),
            ("forward pass takes 14 ms", "forward pass time", 14, "ms", None, "Tidalform"),
            ("peak memory of 1.1 GB", "peak memory", 1.1, "GB", None, "Tidalform"),
            ("up to $3.7\\times$ faster", "speed-up", 3.7, "×", None, "Tidalform"),
            ("less than 2\\% increase in relative $L_2$ error", "relative L2 error", 2, "%", None, None),
        ],
    },
]
