"""extra-dev-15 records (annotator h1): code (6) and documents (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Quillwright", "MendLoop", "Oxbow", "Mullion", "Quayside", "Ostrakon",
          "Quoin", "Maquette", "Oriel", "Mizzen", "Ocellus", "Mosstype"]

RECS = [
    # ------------------------------------------------------------ code
    {
        "field": "code",
        "title": "Quillwright: Localize, Reproduce, Then Patch \u2014 An Execution-Grounded Agent for GitHub Issue Resolution",
        "text": (
            "Large language model (LLM) agents are now routinely judged by how many real GitHub issues they resolve, "
            "yet most open agents still spend the bulk of their budget editing the wrong file. We present Quillwright, "
            "an open-source software engineering agent that splits issue resolution into three stages: fault "
            "localization over a repository dependency graph, patch drafting, and an execution-grounded self-review in "
            "which the agent must write a reproduction test before it may submit. Unlike OpenHands or SWE-agent, "
            "Quillwright never edits source code until its reproduction test fails on the original repository. With "
            "Claude 3.7 Sonnet as the backbone, Quillwright resolves 63.4% of the issues in SWE-bench Verified, "
            "compared to 56.0% for OpenHands, 51.8% for Agentless and 45.2% for SWE-agent with the same model. With "
            "the open-weight Qwen2.5-Coder-32B-Instruct it reaches 38.6%, to our knowledge the best result for an open "
            "model under 40B parameters. On SWE-bench Lite the resolve rate is 47.3%. Localization is where the gains "
            "come from: file-level localization accuracy rises from 71.2% to 84.9% once the dependency graph is used, "
            "and removing self-review lowers the resolve rate by 5.1 points. The agent is also cheaper to run, at an "
            "average cost per instance of 0.71 USD, 38% below OpenHands, because unpromising trajectories are cut "
            "after 30 turns. We release all trajectories for the 500 SWE-bench Verified instances."
        ),
        "spans": [
            ("Quillwright", "M"), ("GitHub Issue Resolution", "T"), ("issue resolution", "T"),
            ("Large language model", "M"), ("LLM", "M"), ("fault localization", "T"), ("OpenHands", "M"),
            ("SWE-agent", "M"), ("Claude 3.7 Sonnet", "M"), ("SWE-bench Verified", "D"), ("Agentless", "M"),
            ("Qwen2.5-Coder-32B-Instruct", "M"), ("SWE-bench Lite", "D"), ("resolve rate", "X"),
            ("file-level localization accuracy", "X"), ("average cost per instance", "X"),
        ],
        "results": [
            ("resolves 63.4% of the issues", "resolve rate", 63.4, "%", "SWE-bench Verified", "Quillwright"),
            ("56.0% for OpenHands", "resolve rate", 56.0, "%", "SWE-bench Verified", "OpenHands"),
            ("51.8% for Agentless", "resolve rate", 51.8, "%", "SWE-bench Verified", "Agentless"),
            ("45.2% for SWE-agent", "resolve rate", 45.2, "%", "SWE-bench Verified", "SWE-agent"),
            ("reaches 38.6%", "resolve rate", 38.6, "%", None, "Qwen2.5-Coder-32B-Instruct"),
            ("resolve rate is 47.3%", "resolve rate", 47.3, "%", "SWE-bench Lite", None),
            ("file-level localization accuracy rises from 71.2% to 84.9%", "file-level localization accuracy",
             84.9, "%", None, None),
            ("lowers the resolve rate by 5.1 points", "resolve rate", 5.1, "points", None, None),
            ("average cost per instance of 0.71 USD", "average cost per instance", 0.71, "USD", None, None),
            ("38% below OpenHands", "average cost per instance", 38, "%", None, None),
        ],
    },
    {
        "field": "code",
        "title": "MendLoop: Teaching Code LLMs to Repair Programs from Their Own Failed Test Traces",
        "text": (
            r"Automated program repair (APR) with large language models usually samples many candidate patches and "
            r"filters them with tests, which is expensive and scales poorly with the sample budget $k$. We propose "
            r"MendLoop, a training recipe in which a code LLM learns from its own failed repair attempts: every failed "
            r"patch, paired with the resulting test trace, becomes a negative example for a trace-conditioned "
            r"preference objective, and the eventually accepted patch becomes the positive one. MendLoop needs neither "
            r"human-written fixes nor a stronger teacher. Starting from DeepSeek-Coder-V2-Lite-Instruct (16B total, "
            r"$2.4$B active parameters), we collect $\sim$180K self-generated trajectories over 9{,}000 buggy programs "
            r"and train for two epochs with $\beta = 0.1$. On Defects4J v2.0, MendLoop correctly fixes 187 of 835 "
            r"single-function bugs with $k=10$, versus 142 for the base model and 161 for RepairLLaMA; on "
            r"HumanEval-Java it reaches a plausible-patch rate of $71.3\%$. On the Python split of HumanEvalFix, "
            r"pass@1 improves from $48.2\%$ to $\mathbf{61.5}\%$ ($+13.3$), roughly twice the gain of supervised "
            r"fine-tuning on identical data ($+6.4$). Notably, MendLoop at $k=10$ outperforms the base model at "
            r"$k=100$ on both Defects4J and HumanEvalFix, a ${\sim}10\times$ reduction in sampling cost. Repair "
            r"training also transfers to generation: pass@1 on LiveCodeBench increases by $2.9$ points. The "
            r"regression rate, i.e. patches that break previously passing tests, falls from 9.1\% to 3.4\%."
        ),
        "spans": [
            ("MendLoop", "M"), ("Automated program repair", "T"), ("APR", "T"), ("large language models", "M"),
            ("code LLM", "M"), ("Code LLMs", "M"), ("DeepSeek-Coder-V2-Lite-Instruct", "M"),
            ("Defects4J v2.0", "D"), ("Defects4J", "D"), ("RepairLLaMA", "M"), ("HumanEval-Java", "D"),
            ("plausible-patch rate", "X"), ("HumanEvalFix", "D"), ("pass@1", "X"),
            ("supervised fine-tuning", "M"), ("sampling cost", "X"), ("LiveCodeBench", "D"),
            ("regression rate", "X"),
        ],
        "results": [
            ("fixes 187 of 835 single-function bugs", "bugs fixed", 187, None, "Defects4J v2.0", "MendLoop"),
            ("142 for the base model", "bugs fixed", 142, None, "Defects4J v2.0", None),
            ("161 for RepairLLaMA", "bugs fixed", 161, None, "Defects4J v2.0", "RepairLLaMA"),
            (r"plausible-patch rate of $71.3\%", "plausible-patch rate", 71.3, "%", "HumanEval-Java", "MendLoop"),
            (r"pass@1 improves from $48.2\%$ to $\mathbf{61.5}\%", "pass@1", 61.5, "%", "HumanEvalFix", None),
            ("+13.3", "pass@1", 13.3, None, "HumanEvalFix", None),
            ("+6.4", "pass@1", 6.4, None, "HumanEvalFix", "supervised fine-tuning"),
            (r"10\times$ reduction in sampling cost", "sampling cost reduction", 10, "×", None, "MendLoop"),
            ("pass@1 on LiveCodeBench increases by $2.9$ points", "pass@1", 2.9, "points", "LiveCodeBench", None),
            (r"regression rate, i.e. patches that break previously passing tests, falls from 9.1\% to 3.4\%",
             "regression rate", 3.4, "%", None, None),
        ],
    },
    {
        "field": "code",
        "title": "Oxbow: Test-Free Reinforcement Learning for Code Generation via Cross-Execution Agreement",
        "text": (
            "Reinforcement learning with verifiable rewards (RLVR) has driven most recent gains in code reasoning, "
            "but it depends on curated problems with hidden test suites, which are scarce. Oxbow removes this "
            "dependency: the policy writes both candidate solutions and unit tests for unlabeled problems, and rewards "
            "come from a cross-execution agreement matrix, so no ground-truth tests are needed. Setup: "
            "Qwen2.5-Coder-7B-Instruct and Qwen3-8B, GRPO, 24K unlabeled problems scraped from Codeforces and AtCoder "
            "(released before 2024-08), 600 steps, 16 rollouts per prompt. Results (pass@1, "
            "HumanEval+/MBPP+/LiveCodeBench v6): Qwen2.5-Coder-7B-Instruct 84.1/71.2/18.9 \u2192 Oxbow "
            "86.6/73.0/27.4; Qwen3-8B 85.4/72.8/41.3 \u2192 Oxbow 87.2/74.1/46.8. The LiveCodeBench gain at 7B "
            "(+8.5) is close to that of RLVR with ground-truth tests on the same problems (+9.1), i.e. Oxbow "
            "recovers 93% of the supervised gain. On CodeContests the 7B policy solves 52 of the 165 test problems, "
            "against 37 for its base. Cost: 410 H100 GPU-hours for the 8B run, 1.6\u00d7 less than supervised RLVR, "
            "since no sandbox calls to hidden suites are made. Limitation: gains vanish on problems rated above 2400."
        ),
        "spans": [
            ("Oxbow", "M"), ("Reinforcement Learning", "M"), ("Code Generation", "T"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"), ("code reasoning", "T"),
            ("Qwen2.5-Coder-7B-Instruct", "M"), ("Qwen3-8B", "M"), ("GRPO", "M"), ("Codeforces", "D"),
            ("AtCoder", "D"), ("pass@1", "X"), ("HumanEval+", "D", {"punct": True}), ("MBPP+", "D", {"punct": True}),
            ("LiveCodeBench v6", "D"), ("LiveCodeBench", "D"), ("CodeContests", "D"),
        ],
        "results": [
            ("84.1", "pass@1", 84.1, None, "HumanEval+", "Qwen2.5-Coder-7B-Instruct"),
            ("71.2", "pass@1", 71.2, None, "MBPP+", "Qwen2.5-Coder-7B-Instruct"),
            ("18.9", "pass@1", 18.9, None, "LiveCodeBench v6", "Qwen2.5-Coder-7B-Instruct"),
            ("86.6", "pass@1", 86.6, None, "HumanEval+", "Oxbow"),
            ("73.0", "pass@1", 73.0, None, "MBPP+", "Oxbow"),
            ("27.4", "pass@1", 27.4, None, "LiveCodeBench v6", "Oxbow"),
            ("85.4", "pass@1", 85.4, None, "HumanEval+", "Qwen3-8B"),
            ("72.8", "pass@1", 72.8, None, "MBPP+", "Qwen3-8B"),
            ("41.3", "pass@1", 41.3, None, "LiveCodeBench v6", "Qwen3-8B"),
            ("87.2", "pass@1", 87.2, None, "HumanEval+", "Oxbow"),
            ("74.1", "pass@1", 74.1, None, "MBPP+", "Oxbow"),
            ("46.8", "pass@1", 46.8, None, "LiveCodeBench v6", "Oxbow"),
            ("+8.5", "improvement", 8.5, None, "LiveCodeBench", "Oxbow"),
            ("+9.1", "improvement", 9.1, None, "LiveCodeBench", "RLVR"),
            ("recovers 93% of the supervised gain", "relative gain", 93, "%", "LiveCodeBench", "Oxbow"),
            ("solves 52 of the 165 test problems", "test problems solved", 52, None, "CodeContests", None),
            ("37 for its base", "test problems solved", 37, None, "CodeContests", None),
            ("410 H100 GPU-hours", "training time", 410, "GPU-hours", None, None),
            ("1.6\u00d7 less than supervised RLVR", "training time", 1.6, "\u00d7", None, None),
        ],
    },
    {
        "field": "code",
        "title": "Mullion: Rewrite, Don't Filter \u2014 Pretraining Data for Small Code Language Models",
        "text": (
            "Data quality is known as key factor for code language models, but the common practice is to filter "
            "GitHub files with heuristics or a quality classifier, which throw away most of data. In this work we "
            "propose Mullion, a pipeline which rewrites every file of The Stack v2 into a self-contained, documented "
            "and style-consistent version by using Llama-3.3-70B-Instruct, and checks that the rewritten file is "
            "still executable when tests are available. Totally 86B tokens are rewritten and it costs around 19,000 "
            "GPU hours. Also, the rewriting decreases the near-duplicate ratio of the corpus from 31% to 4%. We "
            "pretrain models with 1.3B and 3B parameters from scratch on 400B tokens. Comparing with the same models "
            "trained on the filtered original data, Mullion-3B improves the pass@1 on HumanEval and MBPP by 9.8 and "
            "6.1 points respectively. On BigCodeBench the improvement is 4.3 points. The smaller Mullion-1.3B "
            "achieves 41.5 pass@1 on HumanEval, which is higher than StarCoder2-3B (31.7) and "
            "DeepSeek-Coder-1.3B-Base (34.8) and only 1.9 point lower than Qwen2.5-Coder-1.5B, although the latter "
            "was trained with 5.5T tokens. Interestingly, the rewritten data make training more efficient: "
            "Mullion-3B reaches the final HumanEval score of the baseline 3.6\u00d7 faster. We think rewriting is a "
            "better use of compute than filtering for small models, and we release the rewritten corpus."
        ),
        "spans": [
            ("Mullion", "M"), ("Code Language Models", "M"), ("code language models", "M"), ("The Stack v2", "D"),
            ("Llama-3.3-70B-Instruct", "M"), ("near-duplicate ratio", "X"), ("Mullion-3B", "M"),
            ("Mullion-1.3B", "M"), ("pass@1", "X"), ("HumanEval", "D"), ("MBPP", "D"), ("BigCodeBench", "D"),
            ("StarCoder2-3B", "M"), ("DeepSeek-Coder-1.3B-Base", "M"), ("Qwen2.5-Coder-1.5B", "M"),
        ],
        "results": [
            ("costs around 19,000 GPU hours", "rewriting time", 19000, "GPU hours", None, None),
            ("near-duplicate ratio of the corpus from 31% to 4%", "near-duplicate ratio", 4, "%", None, None),
            ("pass@1 on HumanEval and MBPP by 9.8", "pass@1", 9.8, "points", "HumanEval", "Mullion-3B"),
            ("6.1 points", "pass@1", 6.1, "points", "MBPP", "Mullion-3B"),
            ("improvement is 4.3 points", "improvement", 4.3, "points", "BigCodeBench", None),
            ("41.5 pass@1 on HumanEval", "pass@1", 41.5, None, "HumanEval", "Mullion-1.3B"),
            ("31.7", "pass@1", 31.7, None, "HumanEval", "StarCoder2-3B"),
            ("34.8", "pass@1", 34.8, None, "HumanEval", "DeepSeek-Coder-1.3B-Base"),
            ("1.9 point lower than Qwen2.5-Coder-1.5B", "pass@1", 1.9, "points", "HumanEval", "Mullion-1.3B"),
            ("3.6\u00d7 faster", "speed-up", 3.6, "\u00d7", "HumanEval", "Mullion-3B"),
        ],
    },
    {
        "field": "code",
        "title": "Quayside: Walking the Import Graph for Repository-Level Code Completion",
        "text": (
            "Repository-level code completion requires a model to use definitions that live in other files, yet "
            "retrieval-augmented generation (RAG) pipelines for code mostly retrieve by lexical similarity to the "
            "unfinished file. We introduce Quayside, a retriever that walks the import graph and the call graph of "
            "the repository outward from the cursor position and ranks candidate snippets with a utility model "
            "trained on 1.2M logged completion events. On CrossCodeEval (Python), the exact match (EM) of "
            "StarCoder2-15B with Quayside is 34.9, against 25.6 without retrieval; 29.8 with BM25; 31.2 with "
            "RepoCoder; 32.0 with RLCoder; and 33.1 with GraphCoder. Edit similarity (ES) shows the same ordering: "
            "74.0 (Quayside), 73.5 (GraphCoder), 72.3 (RepoCoder). On RepoEval (line/API/function): 58.3/49.6/39.2 "
            "EM, best in all 3 levels. Gains carry over to other generators: with DeepSeek-Coder-V2-Lite the EM "
            "improvement on CrossCodeEval is 3.7 points over RepoCoder, with Codestral-22B it is 2.9 points. "
            "Retrieval is cheap, adding 38 ms per query on a single CPU core, whereas generation with the 15B model "
            "takes 190 ms. We further observe that dependency-aware retrieval helps most for Java and TypeScript, "
            "where imports are explicit, and least for dynamically typed notebooks."
        ),
        "spans": [
            ("Quayside", "M"), ("Repository-Level Code Completion", "T"), ("Repository-level code completion", "T"),
            ("retrieval-augmented generation", "M"), ("RAG", "M"), ("CrossCodeEval", "D"), ("exact match", "X"),
            ("EM", "X"), ("StarCoder2-15B", "M"), ("BM25", "M"), ("RepoCoder", "M"), ("RLCoder", "M"),
            ("GraphCoder", "M"), ("Edit similarity", "X"), ("ES", "X"), ("RepoEval", "D"),
            ("DeepSeek-Coder-V2-Lite", "M"), ("Codestral-22B", "M"),
        ],
        "results": [
            ("exact match (EM) of StarCoder2-15B with Quayside is 34.9", "exact match", 34.9, None, "CrossCodeEval",
             "Quayside"),
            ("25.6 without retrieval", "exact match", 25.6, None, "CrossCodeEval", None),
            ("29.8 with BM25", "exact match", 29.8, None, "CrossCodeEval", "BM25"),
            ("31.2 with RepoCoder", "exact match", 31.2, None, "CrossCodeEval", "RepoCoder"),
            ("32.0 with RLCoder", "exact match", 32.0, None, "CrossCodeEval", "RLCoder"),
            ("33.1 with GraphCoder", "exact match", 33.1, None, "CrossCodeEval", "GraphCoder"),
            ("Edit similarity (ES) shows the same ordering: 74.0", "edit similarity", 74.0, None, None, "Quayside"),
            ("73.5", "edit similarity", 73.5, None, None, "GraphCoder"),
            ("72.3", "edit similarity", 72.3, None, None, "RepoCoder"),
            ("58.3", "exact match", 58.3, None, "RepoEval", None),
            ("49.6", "exact match", 49.6, None, "RepoEval", None),
            ("39.2 EM", "exact match", 39.2, None, "RepoEval", None),
            ("best in all 3 levels", "levels ranked first", 3, None, "RepoEval", None),
            ("EM improvement on CrossCodeEval is 3.7 points", "exact match", 3.7, "points", "CrossCodeEval",
             "DeepSeek-Coder-V2-Lite"),
            ("2.9 points", "exact match", 2.9, "points", "CrossCodeEval", "Codestral-22B"),
            ("adding 38 ms per query", "retrieval time", 38, "ms", None, None),
            ("generation with the 15B model takes 190 ms", "generation time", 190, "ms", None, None),
        ],
    },
    {
        "field": "code",
        "title": "Ostrakon: 71% Execution Accuracy on BIRD with a 7B Open Model and Execution-Guided Self-Correction",
        "text": (
            "Text-to-SQL systems built on proprietary LLMs lead the BIRD and Spider 2.0 leaderboards, but they are "
            "costly and cannot be deployed where data must stay on premises. We study whether a 7B open model can "
            "narrow this gap. Ostrakon fine-tunes Qwen2.5-Coder-7B-Instruct to generate a SQL query, execute it "
            "against the database, and revise it conditioned on the execution result and on cell values retrieved "
            "for the entities mentioned in the question; at inference, 8 candidates are sampled and the final query "
            "is chosen by majority voting over execution results. On BIRD, Ostrakon attains an execution accuracy "
            "(EX) of 68.9% on the dev set and 70.8% on the hidden test set, above CHESS (66.7% test) and within 2.2 "
            "points of CHASE-SQL with Gemini 1.5 Pro (73.0% test). Without self-correction, EX on the BIRD dev set "
            "drops to 63.5%. On Spider the picture is similar (test EX 87.2 vs. 86.6 for DIN-SQL with GPT-4), though "
            "we caution that Spider is likely saturated and partly contaminated. Results on Spider 2.0-Lite are "
            "modest: Ostrakon solves 64 of the 547 tasks (11.7%), compared to 9.4% for the strongest open baseline "
            "we could run. We additionally report a reward-based valid efficiency score (R-VES) of 65.1 on the BIRD "
            "dev set. Inference takes roughly 0.9 s per question on one A100, which we consider acceptable for "
            "interactive use, although harder schemas may require larger candidate pools."
        ),
        "spans": [
            ("Ostrakon", "M"), ("Execution Accuracy", "X"), ("BIRD", "D"), ("Self-Correction", "M"),
            ("self-correction", "M"), ("Text-to-SQL", "T"), ("LLMs", "M"), ("Spider 2.0", "D"),
            ("Qwen2.5-Coder-7B-Instruct", "M"), ("majority voting", "M"), ("execution accuracy", "X"), ("EX", "X"),
            ("CHESS", "M"), ("CHASE-SQL", "M"), ("Gemini 1.5 Pro", "M"), ("Spider", "D"), ("DIN-SQL", "M"),
            ("GPT-4", "M"), ("Spider 2.0-Lite", "D"), ("reward-based valid efficiency score", "X"), ("R-VES", "X"),
        ],
        "title_results": [
            ("71% Execution Accuracy", "execution accuracy", 71, "%", "BIRD", "Ostrakon"),
        ],
        "results": [
            ("execution accuracy (EX) of 68.9%", "execution accuracy", 68.9, "%", "BIRD", "Ostrakon"),
            ("70.8%", "execution accuracy", 70.8, "%", "BIRD", "Ostrakon"),
            ("66.7%", "execution accuracy", 66.7, "%", "BIRD", "CHESS"),
            ("within 2.2 points of CHASE-SQL", "execution accuracy", 2.2, "points", "BIRD", "Ostrakon"),
            ("73.0%", "execution accuracy", 73.0, "%", "BIRD", "CHASE-SQL"),
            ("EX on the BIRD dev set drops to 63.5%", "execution accuracy", 63.5, "%", "BIRD", None),
            ("test EX 87.2", "execution accuracy", 87.2, None, "Spider", None),
            ("86.6 for DIN-SQL", "execution accuracy", 86.6, None, "Spider", "DIN-SQL"),
            ("solves 64 of the 547 tasks", "tasks solved", 64, None, "Spider 2.0-Lite", "Ostrakon"),
            ("11.7%", "solve rate", 11.7, "%", "Spider 2.0-Lite", "Ostrakon"),
            ("9.4%", "solve rate", 9.4, "%", "Spider 2.0-Lite", None),
            ("reward-based valid efficiency score (R-VES) of 65.1", "R-VES", 65.1, None, "BIRD", None),
            ("Inference takes roughly 0.9 s", "inference time", 0.9, "s", None, None),
        ],
    },
    # ------------------------------------------------------------ documents
    {
        "field": "documents",
        "title": "Quoin: Layout-Aware Visual Token Merging for Token-Efficient High-Resolution Document Understanding",
        "text": (
            r"Multimodal large language models (MLLMs) read text-rich images well only at high resolution, where the "
            r"number of visual tokens, and with it the prefill cost of the language model, grows quadratically with "
            r"the image side. We propose Quoin, a layout-aware token merging module that groups visual tokens "
            r"belonging to the same text line or table cell, as predicted by a lightweight layout head, and merges "
            r"each group into $k$ summary tokens before they reach the LLM. Quoin is plugged into Qwen2-VL-7B and "
            r"InternVL2.5-8B and trained for one epoch on 2.1M document, chart and scene-text instructions. With "
            r"$k=4$ it keeps $\sim$22\% of the visual tokens, yet ANLS on DocVQA changes by only $-0.4$ "
            r"($94.5 \rightarrow 94.1$) and on InfoVQA by $-1.2$. On ChartQA, TextVQA and OCRBench, Quoin-Qwen2-VL "
            r"scores $83.0$ / $84.6$ / $842$, versus $83.0$ / $84.3$ / $845$ for the full-token model, while "
            r"TextMonkey and TokenPacker, at a similar token budget, lose $3.1$ and $4.6$ points of average accuracy. "
            r"Prefill latency is reduced by $3.4\times$ and peak memory by $41\%$ at $1344 \times 1344$ input, and "
            r"throughput on DocVQA rises to $2.7\times$ that of the baseline. The layout head adds "
            r"$\mathcal{O}(n)$ cost and only 6.3M parameters."
        ),
        "spans": [
            ("Quoin", "M"), ("Quoin-Qwen2-VL", "M"), ("Document Understanding", "T"), ("Visual Token Merging", "M"),
            ("token merging", "M"), ("Multimodal large language models", "M"), ("MLLMs", "M"), ("LLM", "M"),
            ("Qwen2-VL-7B", "M"), ("InternVL2.5-8B", "M"), ("ANLS", "X"), ("DocVQA", "D"), ("InfoVQA", "D"),
            ("ChartQA", "D"), ("TextVQA", "D"), ("OCRBench", "D"), ("TextMonkey", "M"), ("TokenPacker", "M"),
            ("average accuracy", "X"), ("Prefill latency", "X"), ("peak memory", "X"), ("throughput", "X"),
        ],
        "results": [
            (r"keeps $\sim$22\% of the visual tokens", "relative visual tokens", 22, "%", None, None),
            (r"ANLS on DocVQA changes by only $-0.4", "ANLS", -0.4, None, "DocVQA", None),
            (r"94.5 \rightarrow 94.1", "ANLS", 94.1, None, "DocVQA", None),
            (r"InfoVQA by $-1.2", "ANLS", -1.2, None, "InfoVQA", None),
            (r"scores $83.0", "score", 83.0, None, "ChartQA", "Quoin-Qwen2-VL"),
            ("84.6", "score", 84.6, None, "TextVQA", "Quoin-Qwen2-VL"),
            ("842", "score", 842, None, "OCRBench", "Quoin-Qwen2-VL"),
            ("83.0", "score", 83.0, None, "ChartQA", None, {"occ": 1}),
            ("84.3", "score", 84.3, None, "TextVQA", None),
            ("845", "score", 845, None, "OCRBench", None),
            ("lose $3.1", "average accuracy", 3.1, "points", None, "TextMonkey"),
            ("4.6$ points of average accuracy", "average accuracy", 4.6, "points", None, "TokenPacker"),
            (r"Prefill latency is reduced by $3.4\times", "prefill latency reduction", 3.4, "×", None, None),
            (r"peak memory by $41\%", "peak memory reduction", 41, "%", None, None),
            (r"throughput on DocVQA rises to $2.7\times", "throughput", 2.7, "×", "DocVQA", None),
        ],
    },
    {
        "field": "documents",
        "title": "Maquette: Cell-Anchored Decoding for Image-to-Markup Table Recognition",
        "text": (
            "Table structure recognition (TSR) converts a table image into a machine-readable structure, usually "
            "HTML, and is evaluated with the tree-edit-distance-based similarity (TEDS) and its structure-only variant "
            "TEDS-S. Image-to-markup models such as EDD, VAST and UniTable decode long tag sequences and drift on "
            "large tables, while split-and-merge methods like SEMv2 struggle with spanning cells. Maquette decodes "
            "HTML tags and, in parallel, anchors every cell token to a bounding box on the image, so that each "
            "decoded cell is checked against the visual grid before decoding proceeds. The visual encoder is "
            "pretrained with masked image modeling on 1M unlabeled tables from PubMed Central and fine-tuned on each "
            "benchmark. Maquette reaches 98.1 TEDS-S and 96.9 TEDS on PubTabNet and 98.7 TEDS-S on FinTabNet, "
            "compared with UniTable (97.9, 96.5; 98.9), MTL-TabNet (97.6, 96.7; 98.8) and VAST (97.2, 96.3; \u2013). "
            "On tables with more than 30 rows the TEDS drop relative to short tables is 1.9 points for Maquette, "
            "versus 6.8 for UniTable. For cell detection on PubTables-1M we obtain an AP50 of 98.4 and a GriTS-Top "
            "of 99.1. Inference is 2.3\u00d7 faster than UniTable, because cell anchoring allows early termination "
            "of invalid rows."
        ),
        "spans": [
            ("Maquette", "M"), ("Table Recognition", "T"), ("Table structure recognition", "T"), ("TSR", "T"),
            ("tree-edit-distance-based similarity", "X"), ("TEDS", "X"), ("TEDS-S", "X"), ("EDD", "M"),
            ("VAST", "M"), ("UniTable", "M"), ("SEMv2", "M"), ("masked image modeling", "M"),
            ("PubMed Central", "D"), ("PubTabNet", "D"), ("FinTabNet", "D"), ("MTL-TabNet", "M"),
            ("cell detection", "T"), ("PubTables-1M", "D"), ("AP50", "X"), ("GriTS-Top", "X"),
        ],
        "results": [
            ("98.1 TEDS-S", "TEDS-S", 98.1, None, "PubTabNet", "Maquette"),
            ("96.9 TEDS", "TEDS", 96.9, None, "PubTabNet", "Maquette"),
            ("98.7 TEDS-S on FinTabNet", "TEDS-S", 98.7, None, "FinTabNet", "Maquette"),
            ("97.9", "TEDS-S", 97.9, None, "PubTabNet", "UniTable"),
            ("96.5", "TEDS", 96.5, None, "PubTabNet", "UniTable"),
            ("98.9", "TEDS-S", 98.9, None, "FinTabNet", "UniTable"),
            ("97.6", "TEDS-S", 97.6, None, "PubTabNet", "MTL-TabNet"),
            ("96.7", "TEDS", 96.7, None, "PubTabNet", "MTL-TabNet"),
            ("98.8", "TEDS-S", 98.8, None, "FinTabNet", "MTL-TabNet"),
            ("97.2", "TEDS-S", 97.2, None, "PubTabNet", "VAST"),
            ("96.3", "TEDS", 96.3, None, "PubTabNet", "VAST"),
            ("TEDS drop relative to short tables is 1.9 points", "TEDS", 1.9, "points", None, "Maquette"),
            ("6.8 for UniTable", "TEDS", 6.8, None, None, "UniTable"),
            ("AP50 of 98.4", "AP50", 98.4, None, "PubTables-1M", None),
            ("GriTS-Top of 99.1", "GriTS-Top", 99.1, None, "PubTables-1M", None),
            ("2.3\u00d7 faster than UniTable", "speed-up", 2.3, "\u00d7", None, None),
        ],
    },
    {
        "field": "documents",
        "title": "Oriel: Document Layout Analysis at 9 ms per Page with a Query-Sparse DETR",
        "text": (
            "Document layout analysis (DLA) is the first stage of most document parsing pipelines, so its latency is "
            "paid on every page. Oriel is a DETR-style detector with 40 sparse object queries, a RepViT backbone and "
            "a denoising training schedule adapted to the extreme aspect ratios of text blocks. Unlike detectors "
            "tuned on a single benchmark, one checkpoint is trained on the union of four training sets with a shared "
            "11-class label space. Results on the four benchmarks. PubLayNet: 96.4 mAP (vs. 95.1 for LayoutLMv3, "
            "95.7 for DiT-L). DocLayNet: 81.7 mAP, +4.3 over YOLOv8-L and +1.2 over DocLayout-YOLO. D4LA and "
            "M6Doc: 70.2 and 68.5 mAP, respectively. Efficiency: 21.6 GFLOPs; 18M parameters; 112 FPS on an RTX "
            "4090 at 1024 px (TensorRT, FP16). At equal mAP on DocLayNet, Oriel has 2.6\u00d7 the throughput of "
            "DocLayout-YOLO. Ablations: sparse queries alone give most of the speed; the aspect-ratio-aware "
            "denoising adds 2.1 mAP on DocLayNet, and replacing RepViT with ResNet-50 lowers throughput by 35%. "
            "Weights and ONNX export are released."
        ),
        "spans": [
            ("Oriel", "M"), ("Document Layout Analysis", "T"), ("Document layout analysis", "T"), ("DLA", "T"),
            ("document parsing", "T"), ("latency", "X"), ("DETR", "M"), ("RepViT", "M"),
            ("denoising training", "M"), ("PubLayNet", "D"), ("mAP", "X"), ("LayoutLMv3", "M"), ("DiT-L", "M"),
            ("DocLayNet", "D"), ("YOLOv8-L", "M"), ("DocLayout-YOLO", "M"), ("D4LA", "D"), ("M6Doc", "D"),
            ("GFLOPs", "X"), ("parameters", "X"), ("FPS", "X"), ("throughput", "X"), ("ResNet-50", "M"),
        ],
        "title_results": [
            ("9 ms per Page", "latency", 9, "ms", None, "Oriel"),
        ],
        "results": [
            ("96.4 mAP", "mAP", 96.4, None, "PubLayNet", None),
            ("95.1 for LayoutLMv3", "mAP", 95.1, None, "PubLayNet", "LayoutLMv3"),
            ("95.7 for DiT-L", "mAP", 95.7, None, "PubLayNet", "DiT-L"),
            ("81.7 mAP", "mAP", 81.7, None, "DocLayNet", None),
            ("+4.3 over YOLOv8-L", "mAP", 4.3, None, "DocLayNet", None),
            ("+1.2 over DocLayout-YOLO", "mAP", 1.2, None, "DocLayNet", None),
            ("70.2", "mAP", 70.2, None, "D4LA", None),
            ("68.5 mAP", "mAP", 68.5, None, "M6Doc", None),
            ("21.6 GFLOPs", "FLOPs", 21.6, "G", None, None),
            ("18M parameters", "parameters", 18, "M", None, None),
            ("112 FPS", "throughput", 112, "FPS", None, None),
            ("2.6\u00d7 the throughput of DocLayout-YOLO", "throughput", 2.6, "\u00d7", "DocLayNet", "Oriel"),
            ("adds 2.1 mAP on DocLayNet", "mAP", 2.1, None, "DocLayNet", None),
            ("lowers throughput by 35%", "throughput", 35, "%", None, None),
        ],
    },
    {
        "field": "documents",
        "title": "Mizzen: Reading-Order-Free Key Information Extraction from Visually-Rich Forms with Graph Prompts",
        "text": (
            "Key information extraction (KIE) from visually-rich documents like forms and receipts is important for "
            "many business applications. Existing layout-aware pre-trained models such as LayoutLMv3, LiLT and "
            "GeoLayoutLM depend on the reading order given by the OCR engine, and when this order is wrong the "
            "performance drop a lot. In this paper we propose Mizzen, it builds a spatial graph over OCR segments and "
            "injects the graph as soft prompt into a frozen document model, so the serialization order is not needed "
            "anymore. Only 2.3% of parameters are trained. We evaluate on FUNSD, CORD and SROIE for semantic entity "
            "recognition (SER) and on FUNSD for relation extraction (RE). Mizzen obtains entity-level F1 of 92.8, "
            "97.6 and 97.1 on FUNSD, CORD and SROIE, it is better than GeoLayoutLM on FUNSD with 0.7 point and "
            "comparable on CORD (97.6 vs 97.97). For RE on FUNSD the F1 is 88.1, lower than GeoLayoutLM (89.5) but "
            "much higher than LayoutLMv3 (80.4). Most important, when we shuffle the reading order, F1 of LayoutLMv3 "
            "on FUNSD SER decrease from 90.3 to 61.2 but Mizzen only from 92.8 to 91.9. On the FUNSD-r and CORD-r "
            "benchmarks which contain realistic reading order errors, Mizzen improve 11.4 and 8.7 points over the "
            "best baseline. The training need only 3 hours on one V100 GPU."
        ),
        "spans": [
            ("Mizzen", "M"), ("Key Information Extraction", "T"), ("Key information extraction", "T"), ("KIE", "T"),
            ("LayoutLMv3", "M"), ("LiLT", "M"), ("GeoLayoutLM", "M"), ("OCR", "T"), ("soft prompt", "M"),
            ("FUNSD", "D"), ("CORD", "D"), ("SROIE", "D"), ("semantic entity recognition", "T"), ("SER", "T"),
            ("relation extraction", "T"), ("RE", "T"), ("entity-level F1", "X"), ("F1", "X"), ("FUNSD-r", "D"),
            ("CORD-r", "D"),
        ],
        "results": [
            ("entity-level F1 of 92.8", "entity-level F1", 92.8, None, "FUNSD", "Mizzen"),
            ("97.6", "entity-level F1", 97.6, None, "CORD", "Mizzen"),
            ("97.1", "entity-level F1", 97.1, None, "SROIE", "Mizzen"),
            ("better than GeoLayoutLM on FUNSD with 0.7 point", "entity-level F1", 0.7, "points", "FUNSD", "Mizzen"),
            ("97.6", "entity-level F1", 97.6, None, "CORD", "Mizzen", {"occ": 1}),
            ("97.97", "entity-level F1", 97.97, None, "CORD", "GeoLayoutLM"),
            ("F1 is 88.1", "F1", 88.1, None, "FUNSD", None),
            ("89.5", "F1", 89.5, None, "FUNSD", "GeoLayoutLM"),
            ("80.4", "F1", 80.4, None, "FUNSD", "LayoutLMv3"),
            ("F1 of LayoutLMv3 on FUNSD SER decrease from 90.3 to 61.2", "F1", 61.2, None, "FUNSD", "LayoutLMv3"),
            ("from 92.8 to 91.9", "F1", 91.9, None, "FUNSD", "Mizzen"),
            ("improve 11.4", "improvement", 11.4, "points", "FUNSD-r", "Mizzen"),
            ("8.7 points", "improvement", 8.7, "points", "CORD-r", "Mizzen"),
            ("training need only 3 hours", "training time", 3, "h", None, None),
        ],
    },
    {
        "field": "documents",
        "title": "Ocellus: Program-of-Thought Chart Reasoning over Verified Chart-to-Table Extraction",
        "text": (
            r"Chart question answering (CQA) requires precise value extraction followed by multi-step numerical "
            r"reasoning, and current vision-language models (VLMs) often fail silently at the first step. Ocellus "
            r"splits the problem in two: a chart-to-table extractor, trained with a render-and-compare reward, "
            r"converts the chart into a data table, and a program-of-thought (PoT) reasoner writes Python over that "
            r"table. If the re-rendered table disagrees with the input chart by more than $\tau = 0.05$, the question "
            r"is routed back to the end-to-end VLM. Both stages are fine-tuned from Qwen2.5-VL-7B with rank-$64$ "
            r"LoRA adapters. On the ChartQA benchmark, Ocellus reaches a relaxed accuracy of $\mathbf{90.2}\%$ "
            r"(human/augmented: $84.7/95.7$), $+3.9$ over the Qwen2.5-VL-7B baseline and $1.4$ points above GPT-4o. "
            r"Gains are larger on reasoning-heavy sets: on ChartQAPro and CharXiv (reasoning) we obtain $52.8\%$ and "
            r"$49.6\%$ accuracy, i.e.\ $+8.1$ and $+6.3$ over the baseline, respectively. For chart-to-table "
            r"extraction on PlotQA and ChartQA, the RMS-F1 is $91.4$ and $88.0$ versus $79.3$ and $82.6$ for DePlot. "
            r"The abstention rate is ${\sim}$7\% on ChartQA, with $>$95\% precision in flagging extraction errors. "
            r"Inference cost is $1.3\times$ that of the direct VLM, far below self-consistency with $k=8$ samples."
        ),
        "spans": [
            ("Ocellus", "M"), ("Program-of-Thought", "M"), ("Chart Reasoning", "T"), ("Chart-to-Table Extraction", "T"),
            ("Chart question answering", "T"), ("CQA", "T"), ("vision-language models", "M"), ("VLMs", "M"),
            ("VLM", "M"), ("chart-to-table", "T"), ("chart-to-table extraction", "T"), ("program-of-thought", "M"),
            ("PoT", "M"), ("Qwen2.5-VL-7B", "M"), ("LoRA", "M"), ("ChartQA", "D"), ("relaxed accuracy", "X"),
            ("GPT-4o", "M"), ("ChartQAPro", "D"), ("CharXiv", "D"), ("accuracy", "X"), ("PlotQA", "D"),
            ("RMS-F1", "X"), ("DePlot", "M"), ("abstention rate", "X"), ("precision", "X"),
            ("Inference cost", "X"), ("self-consistency", "M"),
        ],
        "results": [
            (r"relaxed accuracy of $\mathbf{90.2}\%", "relaxed accuracy", 90.2, "%", "ChartQA", "Ocellus"),
            ("84.7", "relaxed accuracy", 84.7, None, "ChartQA", "Ocellus"),
            ("95.7", "relaxed accuracy", 95.7, None, "ChartQA", "Ocellus"),
            ("+3.9$ over the Qwen2.5-VL-7B baseline", "relaxed accuracy", 3.9, None, "ChartQA", "Ocellus"),
            ("1.4$ points above GPT-4o", "relaxed accuracy", 1.4, "points", "ChartQA", "Ocellus"),
            (r"52.8\%", "accuracy", 52.8, "%", "ChartQAPro", None),
            (r"49.6\%$ accuracy", "accuracy", 49.6, "%", "CharXiv", None),
            ("+8.1", "accuracy", 8.1, None, "ChartQAPro", None),
            ("+6.3", "accuracy", 6.3, None, "CharXiv", None),
            ("RMS-F1 is $91.4", "RMS-F1", 91.4, None, "PlotQA", None),
            ("88.0", "RMS-F1", 88.0, None, "ChartQA", None),
            ("79.3", "RMS-F1", 79.3, None, "PlotQA", "DePlot"),
            ("82.6", "RMS-F1", 82.6, None, "ChartQA", "DePlot"),
            (r"abstention rate is ${\sim}$7\%", "abstention rate", 7, "%", "ChartQA", None),
            (r"95\% precision", "precision", 95, "%", "ChartQA", None),
            (r"Inference cost is $1.3\times", "inference cost", 1.3, "×", None, None),
        ],
    },
    {
        "field": "documents",
        "title": "Mosstype: A 0.9B End-to-End Document Parser on Par with Pipeline Systems on OmniDocBench",
        "text": (
            "Converting PDF pages into structured Markdown, with text, tables, formulas and reading order, is a "
            "prerequisite for retrieval-augmented generation over documents. Modular pipelines such as MinerU and "
            "Marker chain layout detection, OCR, table recognition and formula recognition, while end-to-end "
            "parsers like Nougat, GOT-OCR2.0 and olmOCR emit the whole page at once but are either large or brittle "
            "on complex layouts. We ask how small an end-to-end parser can be. Mosstype pairs a 400M-parameter "
            "NaViT-style encoder with a 0.5B decoder and is trained in three stages on 11M synthetic and 2.6M real "
            "pages, the latter pseudo-labeled by MinerU and filtered by agreement with olmOCR. On OmniDocBench v1.5, "
            "Mosstype obtains an overall edit distance of 0.148 (lower is better), compared to 0.150 for MinerU 2.0 "
            "and 0.181 for olmOCR-7B; text edit distance is 0.071, table TEDS 78.4 and formula CDM 84.6. The "
            "differences to MinerU are within the seed-to-seed standard deviation of 0.004 that we observe "
            "over three training runs, so we refrain from claiming superiority. On olmOCR-Bench the pass rate is 72.9%. "
            "Mosstype is, however, clearly weaker on handwritten pages, where its character error rate (CER) is 9.7% "
            "against 6.2% for GOT-OCR2.0. Throughput on a single A100 is 4.1 pages per second, roughly 5\u00d7 that "
            "of olmOCR-7B. We discuss failure cases on dense multi-column layouts and release the model under "
            "Apache-2.0."
        ),
        "spans": [
            ("Mosstype", "M"), ("OmniDocBench", "D"), ("OmniDocBench v1.5", "D"),
            ("retrieval-augmented generation", "M"), ("MinerU", "M"), ("Marker", "M"), ("layout detection", "T"),
            ("OCR", "T"), ("table recognition", "T"), ("formula recognition", "T"), ("Nougat", "M"),
            ("GOT-OCR2.0", "M"), ("olmOCR", "M"), ("NaViT", "M"), ("overall edit distance", "X"),
            ("MinerU 2.0", "M"), ("olmOCR-7B", "M"), ("edit distance", "X"), ("TEDS", "X"), ("CDM", "X"),
            ("standard deviation", "X"), ("olmOCR-Bench", "D"), ("pass rate", "X"), ("character error rate", "X"),
            ("CER", "X"), ("Throughput", "X"),
        ],
        "results": [
            ("overall edit distance of 0.148", "overall edit distance", 0.148, None, "OmniDocBench v1.5", "Mosstype"),
            ("0.150 for MinerU 2.0", "overall edit distance", 0.150, None, "OmniDocBench v1.5", "MinerU 2.0"),
            ("0.181 for olmOCR-7B", "overall edit distance", 0.181, None, "OmniDocBench v1.5", "olmOCR-7B"),
            ("edit distance is 0.071", "edit distance", 0.071, None, "OmniDocBench v1.5", "Mosstype"),
            ("TEDS 78.4", "TEDS", 78.4, None, "OmniDocBench v1.5", "Mosstype"),
            ("CDM 84.6", "CDM", 84.6, None, "OmniDocBench v1.5", "Mosstype"),
            ("standard deviation of 0.004", "standard deviation", 0.004, None, None, None),
            ("pass rate is 72.9%", "pass rate", 72.9, "%", "olmOCR-Bench", None),
            ("character error rate (CER) is 9.7%", "character error rate", 9.7, "%", None, "Mosstype"),
            ("6.2% for GOT-OCR2.0", "character error rate", 6.2, "%", None, "GOT-OCR2.0"),
            ("Throughput on a single A100 is 4.1 pages per second", "throughput", 4.1, "pages/s", None, None),
            ("5\u00d7 that of olmOCR-7B", "throughput", 5, "\u00d7", None, None),
        ],
    },
]
