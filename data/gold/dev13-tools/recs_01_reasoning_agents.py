"""dev13 records (annotator h1): reasoning (6) and agents (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["DuskPO", "EmberPRM", "FoldThink", "EnsoScale", "Ferrocode", "Dewpoint",
          "Eddyline", "Foxtrail", "Dragline", "Ferryman", "Deepwell", "Fjordmap"]

RECS = [
    # ------------------------------------------------------------ reasoning
    {
        "field": "reasoning",
        "title": "DuskPO: Reviving Zero-Variance Groups for Stable Reinforcement Learning of Large Reasoning Models",
        "text": (
            r"Reinforcement learning with verifiable rewards (RLVR) has become the default recipe for eliciting long "
            r"chain-of-thought (CoT) reasoning from large language models (LLMs). On mathematical reasoning, however, "
            r"group-relative estimators such as GRPO spend most rollouts on prompts that are always or never solved, "
            r"and their sample-level loss averaging biases training toward short responses. We propose DuskPO, a "
            r"critic-free policy optimization algorithm that (i) reweights group advantages by an online estimate of "
            r"prompt difficulty, (ii) replaces the symmetric clipping range with an entropy-dependent upper bound, and "
            r"(iii) refills zero-variance groups from a replay buffer instead of discarding them. With a group size of "
            r"$G=16$, $\epsilon_{\text{low}}=0.2$ and a 16K-token response budget, DuskPO trains Qwen2.5-Math-7B to an "
            r"avg@32 of $\mathbf{43.1} \pm 0.6$ on AIME 2024, compared with $36.4$ for GRPO and $39.8$ for DAPO, and "
            r"to $31.6$ on AIME 2025. On MATH-500, DuskPO reaches 84.9\% pass@1 (+2.3 over DAPO). Scaling to "
            r"Qwen2.5-32B, it attains $56.7$ avg@32 on AIME 2024 and matches the final score of DAPO with "
            r"$2.1\times$ fewer training steps and $\sim$35\% less rollout compute. Policy entropy stays above 0.3 "
            r"throughout training, whereas GRPO collapses below 0.05 within 400 steps. Removing the difficulty weights "
            r"lowers avg@32 on AIME 2024 by $4.2$ points, the largest drop among the three components. Code and "
            r"checkpoints are released."
        ),
        "spans": [
            ("DuskPO", "M"), ("Reinforcement Learning", "M"), ("Large Reasoning Models", "M"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"),
            ("chain-of-thought", "M"), ("CoT", "M"), ("large language models", "M"), ("LLMs", "M"),
            ("mathematical reasoning", "T"), ("GRPO", "M"), ("DAPO", "M"), ("Qwen2.5-Math-7B", "M"),
            ("Qwen2.5-32B", "M"), ("avg@32", "X"), ("pass@1", "X"), ("AIME 2024", "D"), ("AIME 2025", "D"),
            ("MATH-500", "D"), ("training steps", "X"), ("rollout compute", "X"), ("Policy entropy", "X"),
        ],
        "results": [
            (r"avg@32 of $\mathbf{43.1} \pm 0.6$ on AIME 2024", "avg@32", 43.1, None, "AIME 2024", "DuskPO"),
            ("36.4", "avg@32", 36.4, None, "AIME 2024", "GRPO"),
            ("39.8", "avg@32", 39.8, None, "AIME 2024", "DAPO"),
            ("31.6", "avg@32", 31.6, None, "AIME 2025", "DuskPO"),
            (r"84.9\% pass@1", "pass@1", 84.9, "%", "MATH-500", "DuskPO"),
            ("+2.3 over DAPO", "pass@1", 2.3, None, "MATH-500", "DuskPO"),
            (r"attains $56.7$ avg@32", "avg@32", 56.7, None, "AIME 2024", "Qwen2.5-32B"),
            (r"with $2.1\times$ fewer training steps", "training step reduction", 2.1, "×", None, "Qwen2.5-32B"),
            (r"35\% less rollout compute", "rollout compute reduction", 35, "%", None, "Qwen2.5-32B"),
            ("Policy entropy stays above 0.3", "policy entropy", 0.3, None, None, None),
            ("below 0.05", "policy entropy", 0.05, None, None, "GRPO"),
            ("avg@32 on AIME 2024 by $4.2$ points", "avg@32", 4.2, "points", "AIME 2024", None),
        ],
    },
    {
        "field": "reasoning",
        "title": "EmberPRM: Process Reward Models from Forked Rollouts without Human Step Labels",
        "text": (
            "Process reward models (PRMs) score every intermediate step of a chain-of-thought solution and are widely "
            "used to rerank samples at test time, but the strongest of them are trained on PRM800K, whose 800K step "
            "labels were written by human annotators and cover only MATH-style problems. Monte Carlo estimation "
            "removes the annotators but marks a step as correct whenever any continuation reaches the right answer, "
            "which rewards lucky recoveries. We introduce EmberPRM, a PRM trained on labels from forked rollouts: at "
            "each step we branch eight continuations from both the policy and a stronger reference model, and mark the "
            "step as erroneous only when the two disagree about its value. We train EmberPRM-7B on 410K automatically "
            "labelled steps from NuminaMath problems; labelling the full set takes 130 GPU-hours, roughly 40× cheaper "
            "than human annotation at current rates. On ProcessBench, EmberPRM-7B identifies the earliest erroneous "
            "step with an average F1 of 71.8, compared with 34.2 for Math-Shepherd and 68.9 for a PRM of the same size "
            "trained on PRM800K, and it outperforms every open PRM up to 72B on 3 of the 4 ProcessBench subsets. Used "
            "as a verifier for Best-of-N sampling (N = 64) over Qwen2.5-7B-Instruct outputs, EmberPRM lifts MATH-500 "
            "accuracy from 77.0% with majority voting to 83.6%. The benefit extends beyond mathematical reasoning: "
            "EmberPRM gains 4.1 points over majority voting on GPQA-Diamond, but only 0.9 on LiveCodeBench, where "
            "execution feedback is a stronger signal."
        ),
        "spans": [
            ("EmberPRM", "M"), ("EmberPRM-7B", "M"), ("Process Reward Models", "M"), ("Process reward models", "M"),
            ("PRMs", "M"), ("PRM", "M"), ("chain-of-thought", "M"), ("PRM800K", "D"), ("MATH", "D"),
            ("Monte Carlo estimation", "M"), ("NuminaMath", "D"), ("ProcessBench", "D"), ("average F1", "X"),
            ("Math-Shepherd", "M"), ("Best-of-N", "M"), ("Qwen2.5-7B-Instruct", "M"), ("MATH-500", "D"),
            ("accuracy", "X"), ("majority voting", "M"), ("mathematical reasoning", "T"), ("GPQA-Diamond", "D"),
            ("LiveCodeBench", "D"),
        ],
        "results": [
            ("labelling the full set takes 130 GPU-hours", "labelling time", 130, "GPU-hours", None, "EmberPRM-7B"),
            ("40× cheaper", "cost reduction", 40, "×", None, "EmberPRM-7B"),
            ("average F1 of 71.8", "average F1", 71.8, None, "ProcessBench", "EmberPRM-7B"),
            ("34.2", "average F1", 34.2, None, "ProcessBench", "Math-Shepherd"),
            ("68.9", "average F1", 68.9, None, "ProcessBench", None),
            ("3 of the 4 ProcessBench subsets", "subsets won", 3, None, "ProcessBench", "EmberPRM-7B"),
            ("accuracy from 77.0% with majority voting to 83.6%", "accuracy", 83.6, "%", "MATH-500", "EmberPRM"),
            ("77.0%", "accuracy", 77.0, "%", "MATH-500", "majority voting"),
            ("gains 4.1 points", "improvement", 4.1, "points", "GPQA-Diamond", "EmberPRM"),
            ("0.9 on LiveCodeBench", "improvement", 0.9, "points", "LiveCodeBench", "EmberPRM"),
        ],
    },
    {
        "field": "reasoning",
        "title": "FoldThink: Cutting Redundant Reflection in Large Reasoning Models with Segment-Level Rewards",
        "text": (
            r"On MATH-500, FoldThink cuts the response length of DeepSeek-R1-Distill-Qwen-7B by $\sim$46\% while "
            r"raising its pass@1 from 92.8\% to 93.4\%. Large reasoning models (LRMs) trained to produce long "
            r"chain-of-thought keep verifying answers they have already found, a behaviour known as overthinking that "
            r"inflates inference cost without improving accuracy. Existing remedies either truncate the trace at a "
            r"fixed token budget or add a global length penalty to the reward, and both hurt accuracy on hard "
            r"problems. FoldThink instead splits each rollout into segments at reflection cues (e.g., ``wait'' or "
            r"``alternatively''), uses $k=4$ short probe completions to estimate whether the answer is already "
            r"determined after each segment, and assigns a segment-level reward that penalises only the redundant "
            r"tail. The policy is optimized with GRPO on 12K problems from DeepScaleR-Preview for 600 steps. Across "
            r"AIME 2024, AIME 2025, AMC 2023 and MATH-500, FoldThink lowers the average number of generated tokens "
            r"from 11.9K to 6.3K, and its average pass@1 stays within $0.4$ points of the original model (63.0 vs.\ "
            r"63.4). On the harder AIME 2025, response length drops by 31\% and pass@1 improves by 1.9 points. "
            r"Compared with ThinkPrune and L1-Max at matched token budgets, FoldThink is $1.3$--$2.0\times$ more "
            r"token-efficient. Applied to Qwen3-8B without retraining the probes, it reduces decoding latency by "
            r"38\% on a single H100, and its accuracy on GPQA-Diamond is unchanged ($62.1\%$ vs.\ $62.0\%$)."
        ),
        "spans": [
            ("FoldThink", "M"), ("Large Reasoning Models", "M"), ("Large reasoning models", "M"), ("LRMs", "M"),
            ("DeepSeek-R1-Distill-Qwen-7B", "M"), ("MATH-500", "D"), ("pass@1", "X"), ("response length", "X"),
            ("chain-of-thought", "M"), ("accuracy", "X"), ("GRPO", "M"), ("DeepScaleR-Preview", "D"),
            ("AIME 2024", "D"), ("AIME 2025", "D"), ("AMC 2023", "D"),
            ("average number of generated tokens", "X"), ("average pass@1", "X"), ("ThinkPrune", "M"),
            ("L1-Max", "M"), ("Qwen3-8B", "M"), ("decoding latency", "X"), ("GPQA-Diamond", "D"),
        ],
        "results": [
            (r"response length of DeepSeek-R1-Distill-Qwen-7B by $\sim$46\%", "response length reduction", 46, "%",
             "MATH-500", "FoldThink"),
            (r"pass@1 from 92.8\% to 93.4\%", "pass@1", 93.4, "%", "MATH-500", "FoldThink"),
            ("average number of generated tokens from 11.9K to 6.3K", "average number of generated tokens", 6.3, "K",
             None, "FoldThink"),
            ("average pass@1 stays within $0.4$ points", "average pass@1", 0.4, "points", None, "FoldThink"),
            ("63.0", "average pass@1", 63.0, None, None, "FoldThink"),
            ("63.4", "average pass@1", 63.4, None, None, None),
            (r"response length drops by 31\%", "response length reduction", 31, "%", "AIME 2025", None),
            ("pass@1 improves by 1.9 points", "pass@1", 1.9, "points", "AIME 2025", None),
            (r"is $1.3$--$2.0\times$ more token-efficient", "token efficiency", 2.0, "×", None, "FoldThink", {"low": 1.3}),
            (r"decoding latency by 38\%", "decoding latency reduction", 38, "%", None, "Qwen3-8B"),
            (r"62.1\%", "accuracy", 62.1, "%", "GPQA-Diamond", "Qwen3-8B"),
            (r"62.0\%", "accuracy", 62.0, "%", "GPQA-Diamond", "Qwen3-8B"),
        ],
    },
    {
        "field": "reasoning",
        "title": "EnsoScale: Per-Problem Allocation of Test-Time Compute Between Parallel Sampling and Self-Refinement",
        "text": (
            "Test-time scaling improves the reasoning of large language models either in parallel, by sampling many "
            "solutions and aggregating them with majority voting, or sequentially, by letting the model revise its own "
            "answer through self-refinement. Which of the two pays off depends on the problem, and a fixed split of "
            "the budget is rarely optimal. We study a simple controller, EnsoScale, that reads the agreement among the "
            "first four samples and decides, per problem, whether to spend the remaining budget on more samples or on "
            "refinement rounds. The controller is a 0.5B-parameter classifier trained on 20K problems from the MATH "
            "training split and is never tuned on an evaluation benchmark. With QwQ-32B as the base model and a budget "
            "of 32 generations per problem, EnsoScale reaches an accuracy of 79.6% on AIME 2024, against 76.7% for "
            "majority voting and 74.0% for self-refinement alone; on GPQA-Diamond the figures are 67.3%, 65.9% and "
            "64.1%, respectively. At matched accuracy, it needs 1.9× fewer generated tokens than majority voting on "
            "AIME 2025. The gains are smaller for a stronger base model: with DeepSeek-R1, EnsoScale improves over "
            "majority voting by only 0.8 points on AIME 2024 and is no better on GPQA-Diamond (81.2 vs. 81.3). On "
            "LiveCodeBench, where answers cannot be compared by exact match, EnsoScale falls back to parallel sampling "
            "with a learned verifier and gains 1.2 points of pass@1. We therefore see EnsoScale as a sensible default "
            "for budgets below about 64 generations rather than a universal policy, and we caution that estimates on "
            "AIME rest on only 30 problems per year."
        ),
        "spans": [
            ("EnsoScale", "M"), ("Test-time scaling", "M"), ("large language models", "M"), ("majority voting", "M"),
            ("self-refinement", "M"), ("Self-Refinement", "M"), ("MATH", "D"), ("QwQ-32B", "M"), ("accuracy", "X"),
            ("AIME 2024", "D"), ("GPQA-Diamond", "D"), ("generated tokens", "X"), ("AIME 2025", "D"),
            ("DeepSeek-R1", "M"), ("LiveCodeBench", "D"), ("pass@1", "X"), ("AIME", "D"),
        ],
        "results": [
            ("accuracy of 79.6% on AIME 2024", "accuracy", 79.6, "%", "AIME 2024", "EnsoScale"),
            ("76.7%", "accuracy", 76.7, "%", "AIME 2024", "majority voting"),
            ("74.0%", "accuracy", 74.0, "%", "AIME 2024", "self-refinement"),
            ("67.3%", "accuracy", 67.3, "%", "GPQA-Diamond", "EnsoScale"),
            ("65.9%", "accuracy", 65.9, "%", "GPQA-Diamond", "majority voting"),
            ("64.1%", "accuracy", 64.1, "%", "GPQA-Diamond", "self-refinement"),
            ("1.9× fewer generated tokens", "generated token reduction", 1.9, "×", "AIME 2025", None),
            ("improves over majority voting by only 0.8 points", "improvement", 0.8, "points", "AIME 2024", "EnsoScale"),
            ("81.2", "accuracy", 81.2, None, "GPQA-Diamond", "EnsoScale"),
            ("81.3", "accuracy", 81.3, None, "GPQA-Diamond", "majority voting"),
            ("gains 1.2 points of pass@1", "pass@1", 1.2, "points", "LiveCodeBench", "EnsoScale"),
        ],
    },
    {
        "field": "reasoning",
        "title": "Ferrocode: Execution-Grounded Reinforcement Learning for Competitive Programming with Adversarial Unit Tests",
        "text": (
            "Reinforcement learning on verifiable rewards has transformed mathematical reasoning, but its gains on code "
            "have been smaller, partly because public competitive-programming datasets ship with few and weak test "
            "cases, so wrong solutions often receive full reward. Ferrocode addresses this with three components: a "
            "test generator that mutates reference solutions to synthesize adversarial unit tests, a curriculum that "
            "orders 24K problems from TACO, CodeContests and LeetCode by the pass rate of the initial policy, and a "
            "DAPO-style objective with overlong reward shaping. The false-positive rate of the reward falls from 21.4% "
            "with the original tests to 3.2%. We train Ferrocode-14B from DeepSeek-R1-Distill-Qwen-14B for 1,200 "
            "steps on 64 H100 GPUs, which takes about 9 days. On LiveCodeBench v5 (problems from August 2024 to "
            "February 2025), Ferrocode-14B achieves 61.8% pass@1 averaged over 16 samples, an absolute gain of 8.7 "
            "points over its initialization, on par with o3-mini (low) at 60.9%. Ferrocode-14B's Codeforces rating "
            "rises to 1943, placing it in the 92.6th percentile of human participants, compared with 1481 for "
            "DeepSeek-R1-Distill-Qwen-14B. It also beats DeepSeek-R1-Distill-Qwen-32B on 5 of the 6 monthly subsets "
            "of LiveCodeBench v5. On HumanEval+ the gain is smaller (pass@1 89.0 vs. 87.2), which we attribute to "
            "saturation. Ablating the synthesized tests lowers pass@1 on LiveCodeBench by 4.5 points, suggesting that "
            "reward quality rather than data volume is the bottleneck for code RL."
        ),
        "spans": [
            ("Ferrocode", "M"), ("Ferrocode-14B", "M"), ("Reinforcement Learning", "M"),
            ("Reinforcement learning", "M"), ("RL", "M"), ("Competitive Programming", "T"),
            ("competitive-programming", "T"), ("mathematical reasoning", "T"), ("TACO", "D"),
            ("CodeContests", "D"), ("LeetCode", "D"), ("DAPO", "M"), ("overlong reward shaping", "M"),
            ("false-positive rate", "X"), ("DeepSeek-R1-Distill-Qwen-14B", "M"), ("LiveCodeBench v5", "D"),
            ("LiveCodeBench", "D"), ("pass@1", "X"), ("o3-mini", "M"), ("Codeforces", "D"), ("rating", "X"),
            ("percentile", "X"), ("DeepSeek-R1-Distill-Qwen-32B", "M"), ("HumanEval+", "D", {"punct": True}),
        ],
        "results": [
            ("false-positive rate of the reward falls from 21.4% with the original tests to 3.2%",
             "false-positive rate", 3.2, "%", None, None),
            ("takes about 9 days", "training time", 9, "days", None, "Ferrocode-14B"),
            ("61.8% pass@1", "pass@1", 61.8, "%", "LiveCodeBench v5", "Ferrocode-14B"),
            ("absolute gain of 8.7 points", "pass@1", 8.7, "points", "LiveCodeBench v5", "Ferrocode-14B"),
            ("60.9%", "pass@1", 60.9, "%", "LiveCodeBench v5", "o3-mini"),
            ("rating rises to 1943", "rating", 1943, None, "Codeforces", "Ferrocode-14B"),
            ("92.6th percentile", "percentile", 92.6, None, "Codeforces", "Ferrocode-14B"),
            ("1481", "rating", 1481, None, "Codeforces", "DeepSeek-R1-Distill-Qwen-14B"),
            ("5 of the 6 monthly subsets", "subsets won", 5, None, "LiveCodeBench v5", None),
            ("pass@1 89.0", "pass@1", 89.0, None, "HumanEval+", None),
            ("87.2", "pass@1", 87.2, None, "HumanEval+", None),
            ("pass@1 on LiveCodeBench by 4.5 points", "pass@1", 4.5, "points", "LiveCodeBench", None),
        ],
    },
    {
        "field": "reasoning",
        "title": "Dewpoint: How Few Long Chain-of-Thought Traces Does a Small Reasoning Model Need?",
        "text": (
            "Distilling reasoning traces from a strong teacher is the cheapest way to give small language models long "
            "chain-of-thought abilities, and recent work such as s1 and LIMO suggests that around a thousand "
            "well-chosen examples can suffice. We revisit this claim at smaller scales. Dewpoint is a selection "
            "procedure that scores candidate traces from DeepSeek-R1 by the student's own token-level surprisal and "
            "keeps those that are difficult but learnable, discarding traces the student already predicts well or "
            "cannot fit after one epoch. Using 1,000 traces selected from a pool of 59K, supervised fine-tuning of "
            "Qwen2.5-7B-Instruct with Dewpoint reaches 50.4% on AIME 2024 and 88.2% on MATH-500, while the same "
            "budget of randomly selected traces gives 33.3% and 85.0%. The distilled 7B student retains 87% of the "
            "teacher's accuracy on MATH-500 at a fraction of the inference cost, yet it also inherits the teacher's "
            "verbosity, producing responses 1.4 times longer than those of its base model. For Qwen2.5-1.5B-Instruct, "
            "however, the picture changes: no selection rule we tried exceeds 16% on AIME 2024, and Dewpoint improves "
            "over random selection by only 1.2 points on average across five benchmarks. Training takes 2.5 hours on "
            "eight A100 GPUs. We read these results cautiously, since the AIME figures come from 30 problems per year. "
            "Our findings point to a capacity threshold below which trace selection matters little, and we release "
            "the selected subsets to support follow-up work."
        ),
        "spans": [
            ("Dewpoint", "M"), ("Chain-of-Thought", "M"), ("chain-of-thought", "M"), ("small language models", "M"),
            ("s1", "M"), ("LIMO", "M"), ("DeepSeek-R1", "M"), ("supervised fine-tuning", "M"),
            ("Qwen2.5-7B-Instruct", "M"), ("AIME 2024", "D"), ("MATH-500", "D"), ("accuracy", "X"),
            ("Qwen2.5-1.5B-Instruct", "M"), ("AIME", "D"),
        ],
        "results": [
            ("50.4% on AIME 2024", "accuracy", 50.4, "%", "AIME 2024", "Dewpoint"),
            ("88.2% on MATH-500", "accuracy", 88.2, "%", "MATH-500", "Dewpoint"),
            ("33.3%", "accuracy", 33.3, "%", "AIME 2024", None),
            ("85.0%", "accuracy", 85.0, "%", "MATH-500", None),
            ("retains 87% of the teacher's accuracy", "relative accuracy", 87, "%", "MATH-500", None),
            ("responses 1.4 times longer", "response length", 1.4, "×", None, None),
            ("exceeds 16% on AIME 2024", "accuracy", 16, "%", "AIME 2024", "Qwen2.5-1.5B-Instruct"),
            ("improves over random selection by only 1.2 points", "improvement", 1.2, "points", None, "Dewpoint"),
            ("Training takes 2.5 hours", "training time", 2.5, "h", None, None),
        ],
    },
    # ------------------------------------------------------------ agents
    {
        "field": "agents",
        "title": "Eddyline: Scaling Reinforcement Learning for Software Engineering Agents with Executable Environment Synthesis",
        "text": (
            r"Open-weight software engineering (SWE) agents still trail proprietary systems on issue resolution, "
            r"largely because executable training environments are scarce. We present Eddyline, a pipeline that turns "
            r"merged pull requests into containerized tasks with validated fail-to-pass tests and uses them for "
            r"multi-turn reinforcement learning (RL) of agents that act through shell and file-editing tools. From "
            r"3{,}412 Python repositories, Eddyline synthesizes 21K environments at a cost of $\sim$0.9 CPU-hours per "
            r"environment, about 12$\times$ cheaper than manual curation. We train Qwen2.5-Coder-32B-Instruct with a "
            r"turn-level variant of GRPO, rolling out $n=8$ trajectories of up to 100 turns per task. The resulting "
            r"agent, Eddyline-32B, resolves $\mathbf{46.8}\%$ of SWE-bench Verified issues in a single attempt, ahead "
            r"of the checkpoint before RL ($23.0\%$), SWE-Gym-32B ($20.6\%$) and SWE-agent-LM-32B ($40.2\%$). With "
            r"test-time scaling over 8 rollouts and an execution-free verifier, Eddyline-32B reaches a resolve rate of "
            r"55.4\%, within 3 points of Claude 3.7 Sonnet. On SWE-bench Multilingual, which contains no Python tasks, "
            r"Eddyline-32B improves the resolve rate by $+6.1$ points over its initialization, suggesting that the "
            r"learned debugging behaviour transfers across languages. Turn-level credit assignment matters: replacing "
            r"it with trajectory-level rewards lowers the resolve rate on SWE-bench Verified from 46.8\% to 38.9\% and "
            r"makes trajectories $1.6\times$ longer."
        ),
        "spans": [
            ("Eddyline", "M"), ("Eddyline-32B", "M"), ("Reinforcement Learning", "M"),
            ("reinforcement learning", "M"), ("RL", "M"), ("Software Engineering", "T"),
            ("software engineering", "T"), ("SWE", "T"), ("issue resolution", "T"),
            ("Qwen2.5-Coder-32B-Instruct", "M"), ("GRPO", "M"), ("SWE-bench Verified", "D"), ("SWE-Gym-32B", "M"),
            ("SWE-agent-LM-32B", "M"), ("test-time scaling", "M"), ("resolve rate", "X"), ("Claude 3.7 Sonnet", "M"),
            ("SWE-bench Multilingual", "D"),
        ],
        "results": [
            (r"0.9 CPU-hours per environment", "synthesis time", 0.9, "CPU-hours", None, "Eddyline"),
            (r"12$\times$ cheaper", "cost reduction", 12, "×", None, "Eddyline"),
            (r"resolves $\mathbf{46.8}\%$ of SWE-bench Verified issues", "resolve rate", 46.8, "%",
             "SWE-bench Verified", "Eddyline-32B"),
            (r"23.0\%", "resolve rate", 23.0, "%", "SWE-bench Verified", None),
            (r"20.6\%", "resolve rate", 20.6, "%", "SWE-bench Verified", "SWE-Gym-32B"),
            (r"40.2\%", "resolve rate", 40.2, "%", "SWE-bench Verified", "SWE-agent-LM-32B"),
            (r"resolve rate of 55.4\%", "resolve rate", 55.4, "%", None, "Eddyline-32B"),
            ("within 3 points of Claude 3.7 Sonnet", "resolve rate", 3, "points", None, "Eddyline-32B"),
            ("resolve rate by $+6.1$ points", "resolve rate", 6.1, "points", "SWE-bench Multilingual", "Eddyline-32B"),
            (r"resolve rate on SWE-bench Verified from 46.8\% to 38.9\%", "resolve rate", 38.9, "%",
             "SWE-bench Verified", None),
            (r"trajectories $1.6\times$ longer", "trajectory length", 1.6, "×", None, None),
        ],
    },
    {
        "field": "agents",
        "title": "Foxtrail: Turning Failed Trajectories into Self-Evolving Curricula for Web Agents",
        "text": (
            "Web agents built on large language models can follow short instructions on real websites, but they stall "
            "on long-horizon web navigation tasks that require backtracking, form filling and gathering information "
            "across sites. Foxtrail is a self-evolving curriculum that "
            "rewrites each failed trajectory into a new, easier task whose goal the agent did reach, verifies the "
            "rewritten task with an outcome reward model, and mixes the verified tasks back into online reinforcement "
            "learning. The outcome reward model accepts roughly 70% of rewritten tasks, and the curriculum adds only "
            "18% to training time. Starting from Llama-3.1-8B-Instruct, Foxtrail raises the success rate on "
            "WebArena-Lite from 4.8% to 47.9% over eight curriculum phases, compared with 42.4% for WebRL and 13.9% "
            "for GPT-4o with a standard prompting agent. With Llama-3.1-70B-Instruct the success rate reaches 55.2%, "
            "the best reported for an open model on this benchmark. Gains over WebRL are largest on the GitLab and "
            "CMS sites (+11.3 and +9.8 points, respectively), where tasks require the most steps. On the full "
            "WebArena benchmark (812 tasks), which we use only for evaluation, the 70B agent succeeds on 301 tasks, a "
            "success rate of 37.1%."
        ),
        "spans": [
            ("Foxtrail", "M"), ("large language models", "M"), ("web navigation", "T"),
            ("outcome reward model", "M"), ("reinforcement learning", "M"), ("training time", "X"),
            ("Llama-3.1-8B-Instruct", "M"), ("success rate", "X"), ("WebArena-Lite", "D"), ("WebRL", "M"),
            ("GPT-4o", "M"), ("Llama-3.1-70B-Instruct", "M"), ("WebArena", "D"),
        ],
        "results": [
            ("accepts roughly 70% of rewritten tasks", "acceptance rate", 70, "%", None, "outcome reward model"),
            ("adds only 18% to training time", "training time", 18, "%", None, None),
            ("success rate on WebArena-Lite from 4.8% to 47.9%", "success rate", 47.9, "%", "WebArena-Lite", "Foxtrail"),
            ("42.4%", "success rate", 42.4, "%", "WebArena-Lite", "WebRL"),
            ("13.9%", "success rate", 13.9, "%", "WebArena-Lite", "GPT-4o"),
            ("success rate reaches 55.2%", "success rate", 55.2, "%", None, "Llama-3.1-70B-Instruct"),
            ("+11.3", "improvement", 11.3, "points", None, None),
            ("+9.8 points", "improvement", 9.8, "points", None, None),
            ("succeeds on 301 tasks", "successful tasks", 301, None, "WebArena", None),
            ("success rate of 37.1%", "success rate", 37.1, "%", "WebArena", None),
        ],
    },
    {
        "field": "agents",
        "title": "Dragline: Decoupling Planning from Grounding for Open-Weight Computer-Use Agents",
        "text": (
            "Dragline reaches a 41.7% task success rate on OSWorld-Verified with a 100-step budget, 4.9 points above "
            "UI-TARS-1.5-7B. Dragline is a modular computer-use agent that separates planning from grounding: a planner "
            "(Qwen2.5-VL-72B) proposes the next action in natural language, and a 7B grounder, trained on 3.1M "
            "synthetic screenshot-instruction pairs, maps it to screen coordinates. For "
            "GUI grounding, the Dragline grounder attains 52.7% grounding accuracy on ScreenSpot-Pro, versus 35.7% "
            "for UI-TARS-72B and 18.9% for OS-Atlas-7B, and reaches 93.4% on ScreenSpot-v2. On OSWorld-Verified with "
            "only 15 steps, Dragline's success rate is 29.6%, and it solves 14 of the 47 multi-application workflow "
            "tasks that no open agent had completed. On WindowsAgentArena, Dragline achieves a 33.0% success rate "
            "(vs. 29.8% for Agent S2). The modular design has a price: each step takes 6.2 s on four A100 GPUs, 1.8× "
            "slower than a single end-to-end model. Replacing the planner with GPT-4.1 lifts the OSWorld-Verified "
            "success rate to 46.3%, which suggests that planning, not grounding, is now the bottleneck."
        ),
        "spans": [
            ("Dragline", "M"), ("Computer-Use", "T"), ("computer-use", "T"), ("task success rate", "X"),
            ("success rate", "X"), ("OSWorld-Verified", "D"), ("UI-TARS-1.5-7B", "M"), ("Qwen2.5-VL-72B", "M"),
            ("GUI grounding", "T"), ("grounding accuracy", "X"), ("ScreenSpot-Pro", "D"), ("UI-TARS-72B", "M"),
            ("OS-Atlas-7B", "M"), ("ScreenSpot-v2", "D"), ("WindowsAgentArena", "D"), ("Agent S2", "M"),
            ("GPT-4.1", "M"),
        ],
        "results": [
            ("41.7% task success rate", "task success rate", 41.7, "%", "OSWorld-Verified", "Dragline"),
            ("4.9 points above UI-TARS-1.5-7B", "task success rate", 4.9, "points", "OSWorld-Verified", "Dragline"),
            ("52.7% grounding accuracy", "grounding accuracy", 52.7, "%", "ScreenSpot-Pro", "Dragline"),
            ("35.7%", "grounding accuracy", 35.7, "%", "ScreenSpot-Pro", "UI-TARS-72B"),
            ("18.9%", "grounding accuracy", 18.9, "%", "ScreenSpot-Pro", "OS-Atlas-7B"),
            ("93.4% on ScreenSpot-v2", "grounding accuracy", 93.4, "%", "ScreenSpot-v2", "Dragline"),
            ("success rate is 29.6%", "success rate", 29.6, "%", "OSWorld-Verified", "Dragline"),
            ("14 of the 47 multi-application workflow tasks", "workflow tasks solved", 14, None, "OSWorld-Verified",
             "Dragline"),
            ("33.0% success rate", "success rate", 33.0, "%", "WindowsAgentArena", "Dragline"),
            ("29.8%", "success rate", 29.8, "%", "WindowsAgentArena", "Agent S2"),
            ("each step takes 6.2 s", "step time", 6.2, "s", None, None),
            ("1.8× slower", "slowdown", 1.8, "×", None, None),
            ("success rate to 46.3%", "success rate", 46.3, "%", "OSWorld-Verified", "GPT-4.1"),
        ],
    },
    {
        "field": "agents",
        "title": "Ferryman: Synthesizing Verifiable Multi-Turn Tool-Use Dialogues for Function-Calling Models",
        "text": (
            "Function calling lets large language models act through external APIs, but open models remain brittle in "
            "multi-turn settings where the user changes intent, a call fails, or a domain policy forbids the requested "
            "action. We introduce Ferryman, a data engine that simulates users, tools and policies as interacting LLM "
            "agents and keeps only dialogues whose final database state passes a programmatic goal check. From 1,870 "
            "APIs across 12 domains, Ferryman generates 96K verified dialogues, 38% of which contain at least one "
            "recovered tool error. Fine-tuning Qwen2.5-7B-Instruct and Llama-3.1-8B-Instruct on these dialogues yields "
            "Ferryman-7B and Ferryman-8B. On BFCL v3, Ferryman-7B achieves an overall accuracy of 63.9, and its "
            "multi-turn accuracy rises from 8.4 to 31.5, ahead of Hammer2.1-7B (23.9) and ToolACE-8B (28.1). On "
            "τ-bench, Ferryman-8B reaches average success rates of 58.2% and 39.0% in the retail and airline domains, "
            "respectively, compared with 51.2% and 32.4% for GPT-4o. Because deployed agents must be reliable, we also "
            "report pass^k, the probability that all k independent trials succeed: Ferryman-8B's pass^4 in the "
            "τ-bench retail domain is 37.6%, more than double that of its Llama-3.1-8B-Instruct base (16.1%). Removing "
            "the error-recovery dialogues costs 6.7 points of multi-turn accuracy on BFCL v3. Verification requires "
            "executable environments, so Ferryman cannot yet produce data for tools without a sandbox."
        ),
        "spans": [
            ("Ferryman", "M"), ("Ferryman-7B", "M"), ("Ferryman-8B", "M"), ("Tool-Use", "T"),
            ("Function-Calling", "T"), ("Function calling", "T"), ("large language models", "M"), ("LLM", "M"),
            ("Qwen2.5-7B-Instruct", "M"), ("Llama-3.1-8B-Instruct", "M"), ("BFCL v3", "D"),
            ("overall accuracy", "X"), ("multi-turn accuracy", "X"), ("Hammer2.1-7B", "M"), ("ToolACE-8B", "M"),
            ("τ-bench", "D"), ("average success rates", "X"), ("GPT-4o", "M"), ("pass^k", "X"), ("pass^4", "X"),
        ],
        "results": [
            ("overall accuracy of 63.9", "overall accuracy", 63.9, None, "BFCL v3", "Ferryman-7B"),
            ("multi-turn accuracy rises from 8.4 to 31.5", "multi-turn accuracy", 31.5, None, "BFCL v3", "Ferryman-7B"),
            ("23.9", "multi-turn accuracy", 23.9, None, "BFCL v3", "Hammer2.1-7B"),
            ("28.1", "multi-turn accuracy", 28.1, None, "BFCL v3", "ToolACE-8B"),
            ("average success rates of 58.2%", "average success rate", 58.2, "%", "τ-bench", "Ferryman-8B"),
            ("39.0%", "average success rate", 39.0, "%", "τ-bench", "Ferryman-8B"),
            ("51.2%", "average success rate", 51.2, "%", "τ-bench", "GPT-4o"),
            ("32.4%", "average success rate", 32.4, "%", "τ-bench", "GPT-4o"),
            ("pass^4 in the τ-bench retail domain is 37.6%", "pass^4", 37.6, "%", "τ-bench", "Ferryman-8B"),
            ("16.1%", "pass^4", 16.1, "%", "τ-bench", "Llama-3.1-8B-Instruct"),
            ("6.7 points of multi-turn accuracy", "multi-turn accuracy", 6.7, "points", "BFCL v3", None),
        ],
    },
    {
        "field": "agents",
        "title": "Deepwell: Training Open Deep Research Agents with Long-Horizon Asynchronous RL",
        "text": (
            "Deep research agents answer hard information-seeking questions by interleaving web search, page browsing "
            "and code execution over dozens of steps. Proprietary systems such as OpenAI Deep Research report strong "
            "results, but open agents trained with reinforcement learning typically cap trajectories at 10 to 20 tool "
            "calls, far fewer than many BrowseComp questions require. We describe Deepwell, an asynchronous RL "
            "framework in which rollout workers run long trajectories independently while the learner updates on "
            "completed ones, together with a context manager that summarizes old observations once the context "
            "exceeds 64K tokens. Training QwQ-32B with Deepwell takes 10 days on 128 GPUs and supports trajectories of "
            "up to 128 turns. On the text-only validation subset of GAIA, Deepwell-32B obtains an average Pass@1 of "
            "64.1, outperforming WebSailor-32B by 11.7 points; on xbench-DeepSearch it scores 57.0. On BrowseComp the "
            "accuracy is 14.8%, well below OpenAI Deep Research (51.5%) but more than twice that of the strongest open "
            "baseline we reproduced (6.9%). Accuracy on Humanity's Last Exam is 19.3%. We caution that GAIA answers "
            "are partly memorized by recent base models: on a contamination-filtered subset of 71 GAIA questions, "
            "Deepwell-32B's score drops to 55.4. Allowing 128 rather than 32 turns accounts for most of the BrowseComp "
            "gain (+9.2 points), and the summarizing context manager reduces peak context length by 63%."
        ),
        "spans": [
            ("Deepwell", "M"), ("Deepwell-32B", "M"), ("Deep Research", "T"), ("Deep research", "T"),
            ("OpenAI Deep Research", "M"), ("reinforcement learning", "M"), ("RL", "M"), ("BrowseComp", "D"),
            ("QwQ-32B", "M"), ("GAIA", "D"), ("average Pass@1", "X"), ("WebSailor-32B", "M"),
            ("xbench-DeepSearch", "D"), ("accuracy", "X"), ("Accuracy", "X"), ("Humanity's Last Exam", "D"),
            ("score", "X"), ("peak context length", "X"),
        ],
        "results": [
            ("takes 10 days", "training time", 10, "days", None, "Deepwell"),
            ("average Pass@1 of 64.1", "average pass@1", 64.1, None, "GAIA", "Deepwell-32B"),
            ("outperforming WebSailor-32B by 11.7 points", "average pass@1", 11.7, "points", "GAIA", "Deepwell-32B"),
            ("scores 57.0", "score", 57.0, None, "xbench-DeepSearch", "Deepwell-32B"),
            ("accuracy is 14.8%", "accuracy", 14.8, "%", "BrowseComp", None),
            ("51.5%", "accuracy", 51.5, "%", "BrowseComp", "OpenAI Deep Research"),
            ("6.9%", "accuracy", 6.9, "%", "BrowseComp", None),
            ("Accuracy on Humanity's Last Exam is 19.3%", "accuracy", 19.3, "%", "Humanity's Last Exam", None),
            ("score drops to 55.4", "score", 55.4, None, "GAIA", "Deepwell-32B"),
            ("+9.2 points", "improvement", 9.2, "points", "BrowseComp", None),
            ("peak context length by 63%", "peak context length reduction", 63, "%", None, None),
        ],
    },
    {
        "field": "agents",
        "title": "Fjordmap: Procedural Memory Graphs for LLM Agents that Learn from Their Own Deployments",
        "text": (
            "LLM agents deployed on recurring workflows repeat the same exploratory mistakes because every episode "
            "starts from an empty context. Fjordmap gives an agent a procedural memory: after each episode it abstracts "
            "the trajectory into a graph of reusable sub-routines annotated with preconditions and observed outcomes, "
            "merges it with earlier graphs, and retrieves the relevant sub-graph as a plan sketch when the next task "
            "begins. The memory is updated online without any gradient step, so Fjordmap can be attached to "
            "proprietary models. We evaluate on AppWorld, whose metrics are task goal completion (TGC) and scenario "
            "goal completion (SGC), on WebArena, and on the retail domain of τ-bench. With GPT-4o as the backbone, "
            "Fjordmap lifts TGC on the AppWorld test-normal split from 48.8 to 63.1 and SGC from 32.1 to 46.4, "
            "outperforming Agent Workflow Memory (AWM) by 7.5 and 9.3 points, respectively. On WebArena it reaches a "
            "success rate of 44.6%, 8.1 points above the memory-free agent, and it improves on AWM in 4 of the 5 "
            "website domains. On τ-bench retail, pass^1 rises from 60.4 for the ReAct baseline to 66.9. The memory "
            "stays compact: after 2,000 episodes it occupies about 41K tokens, and retrieval adds 0.7 s per task. "
            "Gains shrink when workflows change between episodes, and a stale memory can hurt: injecting outdated "
            "sub-routines lowers TGC by 5.2 points."
        ),
        "spans": [
            ("Fjordmap", "M"), ("LLM", "M"), ("AppWorld", "D"), ("AppWorld test-normal", "D"),
            ("task goal completion", "X"), ("TGC", "X"), ("scenario goal completion", "X"), ("SGC", "X"),
            ("WebArena", "D"), ("τ-bench", "D"), ("GPT-4o", "M"), ("Agent Workflow Memory", "M"), ("AWM", "M"),
            ("success rate", "X"), ("pass^1", "X"), ("ReAct", "M"),
        ],
        "results": [
            ("TGC on the AppWorld test-normal split from 48.8 to 63.1", "task goal completion", 63.1, None,
             "AppWorld test-normal", "Fjordmap"),
            ("SGC from 32.1 to 46.4", "scenario goal completion", 46.4, None, "AppWorld test-normal", "Fjordmap"),
            ("7.5", "task goal completion", 7.5, "points", "AppWorld test-normal", "Fjordmap"),
            ("9.3 points", "scenario goal completion", 9.3, "points", "AppWorld test-normal", "Fjordmap"),
            ("success rate of 44.6%", "success rate", 44.6, "%", "WebArena", None),
            ("8.1 points above the memory-free agent", "success rate", 8.1, "points", "WebArena", None),
            ("4 of the 5 website domains", "website domains improved", 4, None, "WebArena", None),
            ("60.4", "pass^1", 60.4, None, "τ-bench", "ReAct"),
            ("pass^1 rises from 60.4 for the ReAct baseline to 66.9", "pass^1", 66.9, None, "τ-bench", None),
            ("occupies about 41K tokens", "memory size", 41, "K tokens", None, None),
            ("retrieval adds 0.7 s per task", "retrieval time", 0.7, "s", None, None),
            ("lowers TGC by 5.2 points", "task goal completion", 5.2, "points", None, None),
        ],
    },
]
