"""dev9 records: code (5) and information-retrieval (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["GraftCoder", "Hawser", "Ferrule", "Emberlane", "Gorsefield",
          "Fenwisp", "GlintRank", "Hexadoc", "FathomRAG", "Edgeweave"]

RECS = [
    # ------------------------------------------------------------------ code
    {
        "field": "code",
        "title": "GraftCoder: Dependency-Aware Context Grafting for Repository-Level Code Completion",
        "text": (
            "Repository-level code completion requires a model to use definitions scattered across files the editor "
            "has not opened. Retrieval-based approaches such as RepoCoder and RLCoder rank snippets by lexical or "
            "embedding similarity and often miss the callee signatures a completion actually needs. We propose "
            "GraftCoder, which builds a lightweight import-and-call graph of the repository at edit time and grafts "
            "the signatures and docstrings of reachable symbols into the prompt under a fixed budget of 2,048 context "
            "tokens. A small ranker (33M parameters), trained on 410K completion sites mined from permissively "
            "licensed Python and Java repositories created before 2023, orders the candidate symbols. On "
            "CrossCodeEval, GraftCoder with DeepSeek-Coder-6.7B reaches 41.8% exact match (EM) and 72.6 edit "
            "similarity (ES) on Python, versus 35.2% EM and 68.9 ES for RepoCoder; on Java the EM gain is +5.1. On "
            "RepoBench-C (2K), GraftCoder improves EM by 4.4 and 3.9 points for Python and Java, respectively. With "
            "StarCoder2-15B the gains persist (+4.7 EM on CrossCodeEval Python). GraftCoder's graph construction adds "
            "38 ms per request on a 50K-line repository, and its end-to-end latency is 1.6× lower than that of "
            "RepoCoder's iterative retrieval. Across both backbones and all four benchmark splits, GraftCoder attains "
            "the highest EM in 7 of the 8 settings."
        ),
        "spans": [
            ("GraftCoder", "M"), ("Repository-Level Code Completion", "T"), ("Repository-level code completion", "T"),
            ("RepoCoder", "M"), ("RLCoder", "M"), ("CrossCodeEval", "D"), ("DeepSeek-Coder-6.7B", "M"),
            ("exact match", "X"), ("EM", "X"), ("edit similarity", "X"), ("ES", "X"), ("RepoBench-C", "D"),
            ("StarCoder2-15B", "M"), ("end-to-end latency", "X"),
        ],
        "results": [
            ("41.8% exact match", "exact match", 41.8, "%", "CrossCodeEval", "GraftCoder"),
            ("72.6 edit similarity", "edit similarity", 72.6, None, "CrossCodeEval", "GraftCoder"),
            ("35.2% EM", "exact match", 35.2, "%", "CrossCodeEval", "RepoCoder"),
            ("68.9 ES", "edit similarity", 68.9, None, "CrossCodeEval", "RepoCoder"),
            ("EM gain is +5.1", "exact match", 5.1, None, "CrossCodeEval", "GraftCoder"),
            ("improves EM by 4.4", "exact match", 4.4, "points", "RepoBench-C", "GraftCoder"),
            ("3.9 points", "exact match", 3.9, "points", "RepoBench-C", "GraftCoder"),
            ("+4.7 EM", "exact match", 4.7, None, "CrossCodeEval", "StarCoder2-15B"),
            ("graph construction adds 38 ms", "graph construction time", 38, "ms", None, "GraftCoder"),
            ("end-to-end latency is 1.6× lower", "end-to-end latency reduction", 1.6, "×", None, "GraftCoder"),
            ("highest EM in 7 of the 8 settings", "settings ranked first", 7, None, None, "GraftCoder"),
        ],
    },
    {
        "field": "code",
        "title": "Hawser: Tethering Software Engineering Agents to Reproduction Tests Before They Patch",
        "text": (
            "Language-model agents for GitHub issue resolution typically explore a repository, edit code and stop when "
            "they believe the fix is complete; whether the reported bug was ever reproduced is left to chance. In our "
            "analysis of 500 failed trajectories from OpenHands and SWE-agent, nearly half of the submitted patches "
            "addressed a symptom the agent had never triggered. We present Hawser, an agent scaffold that refuses to "
            "edit source files until it has written a failing reproduction test, and then uses that test as a tether "
            "throughout localisation, patching and self-review. Hawser also keeps a short, structured memory of "
            "discarded hypotheses so that later steps do not revisit them. The scaffold is paired with open-weight and "
            "proprietary backbones without any additional training. On SWE-bench Verified, Hawser with Claude 3.5 "
            "Sonnet resolves 53.8% of issues, compared with 49.0% for the same model under SWE-agent and 53.0% under "
            "OpenHands. With Qwen2.5-Coder-32B-Instruct, the resolve rate on SWE-bench Lite climbs from 21.3% for "
            "SWE-agent to 30.7%, the strongest open-weight figure we are aware of at the time of writing. The "
            "reproduction tests written by Hawser trigger the reported bug in 71% of instances. In ablations on "
            "SWE-bench Verified, removing the reproduction requirement lowers the resolve rate by 4.6 points and "
            "removing the hypothesis memory by 1.2 points. These gains come at a "
            "moderate price: Hawser's average cost per instance is $0.94, about 18% more than SWE-agent, and its "
            "median trajectory takes 27 steps."
        ),
        "spans": [
            ("Hawser", "M"), ("GitHub issue resolution", "T"), ("OpenHands", "M"), ("SWE-agent", "M"),
            ("SWE-bench Verified", "D"), ("Claude 3.5 Sonnet", "M"), ("Qwen2.5-Coder-32B-Instruct", "M"),
            ("resolve rate", "X"), ("SWE-bench Lite", "D"), ("average cost per instance", "X"),
        ],
        "results": [
            ("resolves 53.8% of issues", "resolve rate", 53.8, "%", "SWE-bench Verified", "Hawser"),
            ("49.0%", "resolve rate", 49.0, "%", "SWE-bench Verified", "SWE-agent"),
            ("53.0%", "resolve rate", 53.0, "%", "SWE-bench Verified", "OpenHands"),
            ("21.3%", "resolve rate", 21.3, "%", "SWE-bench Lite", "SWE-agent"),
            ("to 30.7%", "resolve rate", 30.7, "%", "SWE-bench Lite", "Qwen2.5-Coder-32B-Instruct"),
            ("trigger the reported bug in 71% of instances", "reproduction rate", 71, "%", None, "Hawser"),
            ("lowers the resolve rate by 4.6 points", "resolve rate", 4.6, "points", "SWE-bench Verified", None),
            ("1.2 points", "resolve rate", 1.2, "points", "SWE-bench Verified", None),
            ("average cost per instance is $0.94", "average cost per instance", 0.94, "$", None, "Hawser"),
            ("18% more", "average cost per instance", 18, "%", None, "Hawser"),
            ("median trajectory takes 27 steps", "median trajectory length", 27, "steps", None, "Hawser"),
        ],
    },
    {
        "field": "code",
        "title": "Ferrule: Mutation-Guided Unit Test Generation with LLMs Reaching a 68% Mutation Score on Defects4J",
        "text": (
            "Large language models (LLMs) have become a common engine for unit test generation, yet the suites they "
            "produce often cover code without checking it. Ferrule steers each prompt toward mutants that the current "
            "suite fails to kill. Starting from a seed suite, it runs PIT to enumerate surviving mutants, groups them "
            "by method under test, and asks the model for a test that distinguishes each group from the original "
            "program; tests that fail to compile or are flaky across 5 reruns are repaired or discarded. On 835 bugs "
            "from 17 Defects4J projects, Ferrule with GPT-4o attains 81.5% line coverage, 69.7% branch coverage and a "
            "68.2% mutation score, against 74.3%, 61.0% and 58.8% for ChatUniTest and 77.9%, 66.4% and 61.5% for "
            "EvoSuite, respectively. With the smaller DeepSeek-Coder-V2-Lite the mutation score drops to 63.0%, still "
            "above every baseline. Ferrule's suites detect 341 of the 835 real faults, 52 more than EvoSuite. On the "
            "GitBug-Java benchmark, collected after the models' training cutoff, coverage falls for all tools, but "
            "Ferrule keeps a 6.3-point lead in mutation score over the strongest baseline. Each class costs on average "
            "14 LLM calls and 2.1 minutes of wall-clock time, and 91% of generated tests compile on the first attempt."
        ),
        "spans": [
            ("Ferrule", "M"), ("Unit Test Generation", "T"), ("unit test generation", "T"), ("LLMs", "M"),
            ("Large language models", "M"), ("LLM", "M"), ("Mutation Score", "X"), ("mutation score", "X"),
            ("Defects4J", "D"), ("GPT-4o", "M"), ("line coverage", "X"), ("branch coverage", "X"),
            ("coverage", "X"), ("ChatUniTest", "M"), ("EvoSuite", "M"), ("DeepSeek-Coder-V2-Lite", "M"),
            ("GitBug-Java", "D"), ("wall-clock time", "X"),
        ],
        "title_results": [
            ("68% Mutation Score", "mutation score", 68, "%", "Defects4J", "Ferrule"),
        ],
        "results": [
            ("81.5% line coverage", "line coverage", 81.5, "%", "Defects4J", "Ferrule"),
            ("69.7% branch coverage", "branch coverage", 69.7, "%", "Defects4J", "Ferrule"),
            ("68.2% mutation score", "mutation score", 68.2, "%", "Defects4J", "Ferrule"),
            ("74.3%", "line coverage", 74.3, "%", "Defects4J", "ChatUniTest"),
            ("61.0%", "branch coverage", 61.0, "%", "Defects4J", "ChatUniTest"),
            ("58.8%", "mutation score", 58.8, "%", "Defects4J", "ChatUniTest"),
            ("77.9%", "line coverage", 77.9, "%", "Defects4J", "EvoSuite"),
            ("66.4%", "branch coverage", 66.4, "%", "Defects4J", "EvoSuite"),
            ("61.5%", "mutation score", 61.5, "%", "Defects4J", "EvoSuite"),
            ("mutation score drops to 63.0%", "mutation score", 63.0, "%", None, "DeepSeek-Coder-V2-Lite"),
            ("detect 341 of the 835 real faults", "faults detected", 341, None, None, "Ferrule"),
            ("52 more", "faults detected", 52, None, None, "Ferrule"),
            ("6.3-point lead in mutation score", "mutation score", 6.3, "points", "GitBug-Java", "Ferrule"),
            ("14 LLM calls", "LLM calls per class", 14, None, None, None),
            ("2.1 minutes of wall-clock time", "wall-clock time", 2.1, "min", None, None),
            ("91% of generated tests compile", "compilation rate", 91, "%", None, None),
        ],
    },
    {
        "field": "code",
        "title": "Emberlane: Dense Execution-Trace Rewards for Reinforcement Learning of Code LLMs",
        "text": (
            "Reinforcement learning with verifiable rewards (RLVR) has improved large language models (LLMs) at code "
            "generation, but the usual reward, whether a complete program passes all unit tests, is sparse and gives no "
            "signal on hard problems where no sampled solution passes. We ask whether denser, execution-derived "
            "rewards help. Emberlane assigns partial credit from line-level execution traces: a candidate is rewarded "
            "for reaching the same intermediate program states as a reference solution on the public tests, and this "
            "credit is annealed to zero during training so that the final objective is the usual pass/fail reward. We "
            "train Qwen2.5-Coder-7B-Instruct with GRPO on 24K problems from TACO and CodeContests, using 8 rollouts "
            "per prompt and a learning rate of 1e-6. Averaged over three seeds, Emberlane improves LiveCodeBench (v5) "
            "pass@1 from 28.4 ± 0.6 to 31.9 ± 0.5, whereas the binary-reward baseline reaches 30.1 ± 0.7. On "
            "HumanEval+ and MBPP+ the differences are small (+0.8 and +0.3, respectively, both within one standard "
            "deviation), and on BigCodeBench-Hard Emberlane scores a pass@1 of 19.6 ± 0.9 against 18.2 ± 1.1. The "
            "benefit is concentrated on hard problems: on the hard split of LiveCodeBench, pass@1 roughly doubles "
            "(4.1 to 8.3). Trace collection increases training time by 22%, to 310 GPU-hours on H100s. We caution "
            "that these effects are modest, were measured at a single 7B scale, and may not carry over to larger "
            "models."
        ),
        "spans": [
            ("Emberlane", "M"), ("Reinforcement Learning", "M"), ("LLMs", "M"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"), ("large language models", "M"),
            ("code generation", "T"), ("Qwen2.5-Coder-7B-Instruct", "M"), ("GRPO", "M"), ("TACO", "D"),
            ("CodeContests", "D"), ("LiveCodeBench", "D"), ("pass@1", "X"), ("HumanEval+", "D", {"punct": True}),
            ("MBPP+", "D", {"punct": True}), ("BigCodeBench-Hard", "D"), ("training time", "X"),
        ],
        "results": [
            ("pass@1 from 28.4 ± 0.6 to 31.9 ± 0.5", "pass@1", 31.9, None, "LiveCodeBench", "Emberlane"),
            ("30.1 ± 0.7", "pass@1", 30.1, None, "LiveCodeBench", None),
            ("+0.8", "improvement", 0.8, None, "HumanEval+", "Emberlane"),
            ("+0.3", "improvement", 0.3, None, "MBPP+", "Emberlane"),
            ("pass@1 of 19.6 ± 0.9", "pass@1", 19.6, None, "BigCodeBench-Hard", "Emberlane"),
            ("18.2 ± 1.1", "pass@1", 18.2, None, "BigCodeBench-Hard", None),
            ("pass@1 roughly doubles (4.1 to 8.3)", "pass@1", 8.3, None, "LiveCodeBench", None),
            ("training time by 22%", "training time", 22, "%", None, None),
            ("to 310 GPU-hours", "training time", 310, "GPU-hours", None, None),
        ],
    },
    {
        "field": "code",
        "title": "Gorsefield: Paired Contrastive Fine-Tuning Against Shortcut Learning in Vulnerability Detection",
        "text": (
            "Deep learning models for vulnerability detection report F1 scores above 90% on Devign and BigVul, yet "
            "collapse on the more realistic PrimeVul benchmark, whose labels are de-duplicated and split by time. We "
            "argue that much of this gap comes from models learning project style rather than vulnerability "
            "semantics. Gorsefield fine-tunes a code language model on pairs of vulnerable functions and their patched "
            "counterparts with a contrastive objective that pushes each pair apart, while a classification head "
            "predicts the label of both members. We follow the pairwise evaluation of PrimeVul and report the "
            "vulnerability detection score (VD-S), the false negative rate at a false positive rate of 0.5% (lower is "
            "better), and pair-wise correct prediction (P-C). Built on UniXcoder, Gorsefield lowers VD-S on PrimeVul "
            "from 89.6 to 82.3 and raises P-C to 7.1%, compared with 2.9% for standard fine-tuning. Fine-tuning takes "
            "3.5 hours on one A100. With Qwen2.5-Coder-7B as the backbone it reaches a VD-S of 78.5, well ahead of "
            "GPT-4o with chain-of-thought prompting (90.4). Gorsefield also outperforms LineVul by 4.1% in F1 on the "
            "paired test set. Ablations attribute most of the gain to the contrastive term (p < 0.01, paired "
            "bootstrap over 1,000 resamples). Still, all models, ours included, remain far from deployable: at a 0.5% "
            "false positive rate, more than three quarters of vulnerable functions are missed."
        ),
        "spans": [
            ("Gorsefield", "M"), ("Contrastive Fine-Tuning", "M"), ("Vulnerability Detection", "T"),
            ("vulnerability detection", "T"), ("F1 scores", "X"), ("F1", "X"), ("Devign", "D"), ("BigVul", "D"),
            ("PrimeVul", "D"), ("vulnerability detection score", "X"), ("VD-S", "X"), ("false negative rate", "X"),
            ("false positive rate", "X"), ("pair-wise correct prediction", "X"), ("P-C", "X"), ("UniXcoder", "M"),
            ("Qwen2.5-Coder-7B", "M"), ("GPT-4o", "M"), ("chain-of-thought prompting", "M"), ("LineVul", "M"),
        ],
        "results": [
            ("F1 scores above 90%", "F1", 90, "%", None, None),
            ("VD-S on PrimeVul from 89.6 to 82.3", "vulnerability detection score", 82.3, None, "PrimeVul", "Gorsefield"),
            ("P-C to 7.1%", "pair-wise correct prediction", 7.1, "%", None, "Gorsefield"),
            ("2.9%", "pair-wise correct prediction", 2.9, "%", None, None),
            ("Fine-tuning takes 3.5 hours", "fine-tuning time", 3.5, "h", None, None),
            ("VD-S of 78.5", "vulnerability detection score", 78.5, None, None, "Qwen2.5-Coder-7B"),
            ("90.4", "vulnerability detection score", 90.4, None, None, "GPT-4o"),
            ("outperforms LineVul by 4.1% in F1", "F1", 4.1, "%", None, "Gorsefield"),
        ],
    },
    # ------------------------------------------------------------ information-retrieval
    {
        "field": "information-retrieval",
        "title": "Fenwisp: Learned Sparse Retrieval That Fits a Single CPU Thread",
        "text": (
            "Learned sparse retrieval (LSR) models such as SPLADE-v3 rival dense retrievers in effectiveness but "
            "produce long posting lists that slow query processing on inverted indexes. Fenwisp restricts document "
            "expansion to a learned vocabulary of 8K terms, weights the FLOPS regulariser by document frequency, and "
            "applies static index pruning to term weights below 0.3. Trained on MS MARCO passage with BM25 hard "
            "negatives and distillation from a cross-encoder, Fenwisp scores 39.6 MRR@10 on MS MARCO dev (SPLADE-v3: "
            "40.2) and an nDCG@10 of 73.1 and 72.4 on TREC DL 2019 and TREC DL 2020, respectively. Zero-shot, Fenwisp "
            "averages 50.3 nDCG@10 over 13 BEIR datasets, within 0.4 points of SPLADE-v3. Recall@1000 on MS MARCO dev "
            "is 98.1%. With Block-Max WAND on one CPU thread, Fenwisp answers a query in 11.8 ms versus 37.5 ms for "
            "SPLADE-v3, a 3.18times speedup, and its index size shrinks from 7.9 GB to 2.6 GB. BM25 remains faster "
            "(4.1 ms) but reaches only 18.4 MRR@10."
        ),
        "spans": [
            ("Fenwisp", "M"), ("Learned Sparse Retrieval", "M"), ("Learned sparse retrieval", "M"), ("LSR", "M"),
            ("SPLADE-v3", "M"), ("dense retrievers", "M"), ("document expansion", "M"), ("FLOPS regulariser", "M"),
            ("static index pruning", "M"), ("MS MARCO passage", "D"), ("MS MARCO dev", "D"), ("BM25", "M"),
            ("distillation", "M"), ("cross-encoder", "M"), ("MRR@10", "X"), ("nDCG@10", "X"),
            ("TREC DL 2019", "D"), ("TREC DL 2020", "D"), ("BEIR", "D"), ("Recall@1000", "X"),
            ("Block-Max WAND", "M"), ("speedup", "X"), ("index size", "X"),
        ],
        "results": [
            ("39.6 MRR@10", "MRR@10", 39.6, None, "MS MARCO", "Fenwisp"),
            ("40.2", "MRR@10", 40.2, None, "MS MARCO", "SPLADE-v3"),
            ("nDCG@10 of 73.1", "nDCG@10", 73.1, None, "TREC DL 2019", "Fenwisp"),
            ("72.4", "nDCG@10", 72.4, None, "TREC DL 2020", "Fenwisp"),
            ("50.3 nDCG@10", "nDCG@10", 50.3, None, "BEIR", "Fenwisp"),
            ("within 0.4 points", "nDCG@10", 0.4, "points", "BEIR", "Fenwisp"),
            ("Recall@1000 on MS MARCO dev is 98.1%", "Recall@1000", 98.1, "%", "MS MARCO", None),
            ("answers a query in 11.8 ms", "latency", 11.8, "ms", None, "Fenwisp"),
            ("37.5 ms", "latency", 37.5, "ms", None, "SPLADE-v3"),
            ("3.18times speedup", "speed-up", 3.18, "×", None, "Fenwisp"),
            ("index size shrinks from 7.9 GB to 2.6 GB", "index size", 2.6, "GB", None, "Fenwisp"),
            ("4.1 ms", "latency", 4.1, "ms", None, "BM25"),
            ("18.4 MRR@10", "MRR@10", 18.4, None, None, "BM25"),
        ],
    },
    {
        "field": "information-retrieval",
        "title": "GlintRank: Distilling Listwise LLM Rerankers into a Single-Pass Cross-Encoder",
        "text": (
            "A cross-encoder with 160× fewer parameters than its 70B listwise teacher can retain 98.6% of the "
            "teacher's nDCG@10. GlintRank, the model behind this figure, is a 440M-parameter model for passage "
            "reranking, distilled from RankZephyr-style permutations that Llama-3.1-70B-Instruct produces for 400K "
            "MS MARCO queries. Instead of pointwise labels, the student is trained with a listwise loss on the "
            "teacher's full orderings of 20 candidates, plus a margin term that emphasises the top five positions. "
            "Reranking the top 100 BM25 candidates, GlintRank achieves 74.8 and 71.3 nDCG@10 on TREC DL19 and DL20, "
            "compared with 71.2 and 69.4 for monoT5-3B and 73.9 and 70.2 for RankZephyr-7B, respectively. On the 13 "
            "public BEIR datasets, GlintRank has the highest nDCG@10 of all compared rerankers on 7 and improves on "
            "RankZephyr-7B on 9. Because it scores each passage in a single forward pass, GlintRank reranks 100 "
            "candidates in 96 ms on one A100, 31× faster than sliding-window RankZephyr-7B. Distillation costs 46 "
            "GPU-hours, most of them spent generating teacher permutations. A remaining weakness is argument "
            "retrieval: on Touché-2020, GlintRank trails BM25 alone by 3.2 nDCG@10 points."
        ),
        "spans": [
            ("GlintRank", "M"), ("LLM Rerankers", "M"), ("Cross-Encoder", "M"), ("cross-encoder", "M"),
            ("nDCG@10", "X"), ("passage reranking", "T"), ("RankZephyr", "M"), ("Llama-3.1-70B-Instruct", "M"),
            ("MS MARCO", "D"), ("BM25", "M"), ("TREC DL19", "D"), ("DL20", "D"), ("monoT5-3B", "M"),
            ("RankZephyr-7B", "M"), ("BEIR", "D"), ("Distillation", "M"), ("argument retrieval", "T"),
            ("Touché-2020", "D"),
        ],
        "results": [
            ("160× fewer parameters", "parameter reduction", 160, "×", None, None),
            ("98.6% of the teacher's nDCG@10", "relative nDCG@10", 98.6, "%", None, None),
            ("74.8", "nDCG@10", 74.8, None, "TREC DL 2019", "GlintRank"),
            ("71.3 nDCG@10", "nDCG@10", 71.3, None, "TREC DL 2020", "GlintRank"),
            ("71.2", "nDCG@10", 71.2, None, "TREC DL 2019", "monoT5-3B"),
            ("69.4", "nDCG@10", 69.4, None, "TREC DL 2020", "monoT5-3B"),
            ("73.9", "nDCG@10", 73.9, None, "TREC DL 2019", "RankZephyr-7B"),
            ("70.2", "nDCG@10", 70.2, None, "TREC DL 2020", "RankZephyr-7B"),
            ("highest nDCG@10 of all compared rerankers on 7", "ranked first", 7, None, "BEIR", "GlintRank"),
            ("improves on RankZephyr-7B on 9", "improved", 9, None, "BEIR", "GlintRank"),
            ("reranks 100 candidates in 96 ms", "reranking time", 96, "ms", None, "GlintRank"),
            ("31× faster", "speed-up", 31, "×", None, "GlintRank"),
            ("Distillation costs 46 GPU-hours", "distillation time", 46, "GPU-hours", None, None),
            ("3.2 nDCG@10 points", "nDCG@10", 3.2, "points", "Touché-2020", "GlintRank"),
        ],
    },
    {
        "field": "information-retrieval",
        "title": "Hexadoc: Generative Retrieval with Hierarchical Semantic Docids That Survive Corpus Growth",
        "text": (
            "Generative retrieval replaces the index with a sequence-to-sequence model that decodes document "
            "identifiers (docids) directly. Systems such as DSI and NCI work well on the corpus they were trained on, "
            "but when new documents arrive their docids must be assigned without retraining, and retrieval quality on "
            "the original documents erodes. Hexadoc addresses both problems. Docids are built by residual quantisation "
            "of document embeddings into six levels of 256 codes, so that semantically close documents share "
            "prefixes, and decoding uses constrained beam search over a prefix tree that is updated in place. New "
            "documents receive docids by nearest-code assignment, and only a small adapter is trained on them. On "
            "NQ320K, Hexadoc reaches 74.1 Recall@1 and 91.8 Recall@10, ahead of NCI (66.4 and 85.7) and GenRet (68.1 "
            "and 88.8). The more telling experiment is incremental. After five batches of new documents are added, "
            "Hexadoc's Recall@1 on the initial documents falls from 74.1 to 71.5, whereas DSI++ drops to 63.0. On the "
            "newly added documents Hexadoc achieves 58.9 Recall@1, a 27% relative improvement over DSI++. Scaling to "
            "the 8.8M passages of MS MARCO is harder: Hexadoc attains an MRR@10 of 30.2 there, better than the 21.8 of "
            "DSI but still well below a dense retriever such as RetroMAE (39.3). Indexing a new batch of 10K documents "
            "takes 2.3 minutes, compared with about 4 hours of continued training for DSI++. We release code and "
            "docid assignments."
        ),
        "spans": [
            ("Hexadoc", "M"), ("Generative Retrieval", "M"), ("Generative retrieval", "M"),
            ("sequence-to-sequence model", "M"), ("DSI", "M"), ("NCI", "M"), ("residual quantisation", "M"),
            ("constrained beam search", "M"), ("NQ320K", "D"), ("Recall@1", "X"), ("Recall@10", "X"),
            ("GenRet", "M"), ("DSI++", "M", {"punct": True}), ("MS MARCO", "D"), ("MRR@10", "X"),
            ("dense retriever", "M"), ("RetroMAE", "M"),
        ],
        "results": [
            ("74.1 Recall@1", "Recall@1", 74.1, None, "NQ320K", "Hexadoc"),
            ("91.8 Recall@10", "Recall@10", 91.8, None, "NQ320K", "Hexadoc"),
            ("66.4", "Recall@1", 66.4, None, "NQ320K", "NCI"),
            ("85.7", "Recall@10", 85.7, None, "NQ320K", "NCI"),
            ("68.1", "Recall@1", 68.1, None, "NQ320K", "GenRet"),
            ("88.8", "Recall@10", 88.8, None, "NQ320K", "GenRet"),
            ("Recall@1 on the initial documents falls from 74.1 to 71.5", "Recall@1", 71.5, None, None, "Hexadoc"),
            ("drops to 63.0", "Recall@1", 63.0, None, None, "DSI++"),
            ("58.9 Recall@1", "Recall@1", 58.9, None, None, "Hexadoc"),
            ("27% relative improvement", "Recall@1", 27, "%", None, "Hexadoc"),
            ("MRR@10 of 30.2", "MRR@10", 30.2, None, "MS MARCO", "Hexadoc"),
            ("21.8", "MRR@10", 21.8, None, "MS MARCO", "DSI"),
            ("39.3", "MRR@10", 39.3, None, "MS MARCO", "RetroMAE"),
            ("Indexing a new batch of 10K documents takes 2.3 minutes", "indexing time", 2.3, "min", None, None),
            ("4 hours of continued training", "continued training time", 4, "h", None, "DSI++"),
        ],
    },
    {
        "field": "information-retrieval",
        "title": "FathomRAG: Deciding How Deep to Retrieve, One Query at a Time, for Multi-Hop Retrieval-Augmented Generation",
        "text": (
            "Retrieval-augmented generation (RAG) pipelines usually retrieve a fixed number of passages per question, "
            "although multi-hop question answering often needs more evidence and simple questions are hurt by "
            "distractors. We study whether retrieval depth can instead be chosen per query. FathomRAG trains a small "
            "controller on the retriever's score distribution to decide, after each retrieval round, whether to stop, "
            "re-query with a rewritten sub-question, or widen the candidate pool. The reader is Llama-3.1-8B-Instruct "
            "throughout and the retriever is Contriever fine-tuned on MS MARCO; neither is updated. On HotpotQA, "
            "2WikiMultiHopQA and MuSiQue, FathomRAG improves exact match (EM) over single-round retrieval with k = 5 "
            "by 3.6, 4.9 and 2.2 points and over IRCoT by 1.1, 2.0 and 0.4 points, respectively; the MuSiQue gain over "
            "IRCoT is not significant (95% CI [-0.8, 1.6]). FathomRAG's answer F1 on HotpotQA reaches 61.7. Relative "
            "to IRCoT, FathomRAG issues 38% fewer retrieval calls, and its end-to-end latency is 2.7 s per question "
            "against 4.6 s. On single-hop Natural Questions, FathomRAG matches fixed-depth retrieval (EM 44.2 vs. "
            "44.0, p = 0.71), which suggests that the controller does not harm simple questions. We note two "
            "limitations: the controller is trained on 9,000 HotpotQA training questions only, and we have not "
            "examined transfer to other readers; the gains on 2WikiMultiHopQA may also partly reflect its templated "
            "questions."
        ),
        "spans": [
            ("FathomRAG", "M"), ("Retrieval-Augmented Generation", "M"), ("Retrieval-augmented generation", "M"),
            ("RAG", "M"), ("multi-hop question answering", "T"), ("Llama-3.1-8B-Instruct", "M"),
            ("Contriever", "M"), ("MS MARCO", "D"), ("HotpotQA", "D"), ("2WikiMultiHopQA", "D"), ("MuSiQue", "D"),
            ("exact match", "X"), ("EM", "X"), ("IRCoT", "M"), ("answer F1", "X"), ("retrieval calls", "X"),
            ("end-to-end latency", "X"), ("Natural Questions", "D"),
        ],
        "results": [
            ("by 3.6", "exact match", 3.6, "points", "HotpotQA", "FathomRAG"),
            ("4.9", "exact match", 4.9, "points", "2WikiMultiHopQA", "FathomRAG"),
            ("2.2 points", "exact match", 2.2, "points", "MuSiQue", "FathomRAG"),
            ("by 1.1", "exact match", 1.1, "points", "HotpotQA", "FathomRAG"),
            ("2.0", "exact match", 2.0, "points", "2WikiMultiHopQA", "FathomRAG"),
            ("0.4 points", "exact match", 0.4, "points", "MuSiQue", "FathomRAG"),
            ("answer F1 on HotpotQA reaches 61.7", "answer F1", 61.7, None, "HotpotQA", "FathomRAG"),
            ("38% fewer retrieval calls", "retrieval call reduction", 38, "%", None, "FathomRAG"),
            ("end-to-end latency is 2.7 s", "end-to-end latency", 2.7, "s", None, "FathomRAG"),
            ("4.6 s", "end-to-end latency", 4.6, "s", None, "IRCoT"),
            ("EM 44.2", "exact match", 44.2, None, "Natural Questions", "FathomRAG"),
            ("44.0", "exact match", 44.0, None, "Natural Questions", None),
        ],
    },
    {
        "field": "information-retrieval",
        "title": "Edgeweave: Late-Interaction Retrieval with 5× Less Index Memory via Token Pooling and 2-Bit Residuals",
        "text": (
            "Late-interaction retrievers such as ColBERTv2 store one vector per token, so even with residual "
            "compression their indexes are several times larger than those of single-vector or sparse models. "
            "Edgeweave shrinks the index along both axes. It merges the token vectors of each passage with a learned, "
            "density-aware pooling step that keeps 30% of them, and it encodes each residual with 2 bits using a "
            "codebook shared across centroids. A brief distillation stage (1 epoch on MS MARCO, 12 GPU hours on 4 "
            "A100s) realigns the query encoder with the pooled document representations. On MS MARCO, Edgeweave's "
            "index size falls from 25.3 GB for ColBERTv2 to 4.9 GB, while MRR@10 on the dev set moves from 39.7 to "
            "39.1. Across the 13 BEIR datasets, Edgeweave keeps 99.2% of ColBERTv2's average nDCG@10 (49.5 vs. 49.9) "
            "and is better than ColBERTv2 on 5 datasets. On LoTTE pooled, Success@5 is 71.4 in the search setting and "
            "62.8 in the forum setting, within 0.6 and 0.9 points of the uncompressed model. Edgeweave's query latency "
            "on a single CPU core is 52 ms, 1.4x lower than PLAID with ColBERTv2, because fewer candidate tokens must "
            "be decompressed. Compared with MUVERA at equal index size, Edgeweave is +3.1 nDCG@10 on average. These "
            "results suggest that token pooling, not quantisation alone, is the most promising route to affordable "
            "late interaction."
        ),
        "spans": [
            ("Edgeweave", "M"), ("Late-Interaction Retrieval", "M"), ("Index Memory", "X"), ("Token Pooling", "M"),
            ("token pooling", "M"), ("Late-interaction retrievers", "M"), ("ColBERTv2", "M"),
            ("residual compression", "M"), ("distillation", "M"), ("MS MARCO", "D"), ("index size", "X"),
            ("MRR@10", "X"), ("BEIR", "D"), ("average nDCG@10", "X"), ("nDCG@10", "X"), ("LoTTE pooled", "D"),
            ("Success@5", "X"), ("query latency", "X"), ("PLAID", "M"), ("MUVERA", "M"), ("quantisation", "M"),
            ("late interaction", "M"),
        ],
        "title_results": [
            ("5× Less Index Memory", "index memory reduction", 5, "×", None, "Edgeweave"),
        ],
        "results": [
            ("12 GPU hours", "distillation time", 12, "GPU hours", "MS MARCO", None),
            ("25.3 GB", "index size", 25.3, "GB", "MS MARCO", "ColBERTv2"),
            ("to 4.9 GB", "index size", 4.9, "GB", "MS MARCO", "Edgeweave"),
            ("MRR@10 on the dev set moves from 39.7 to 39.1", "MRR@10", 39.1, None, "MS MARCO", "Edgeweave"),
            ("99.2% of ColBERTv2's average nDCG@10", "relative average nDCG@10", 99.2, "%", "BEIR", "Edgeweave"),
            ("49.5", "average nDCG@10", 49.5, None, "BEIR", "Edgeweave"),
            ("49.9", "average nDCG@10", 49.9, None, "BEIR", "ColBERTv2"),
            ("better than ColBERTv2 on 5 datasets", "datasets won", 5, None, "BEIR", "Edgeweave"),
            ("Success@5 is 71.4", "Success@5", 71.4, None, "LoTTE", None),
            ("62.8", "Success@5", 62.8, None, "LoTTE", None),
            ("within 0.6", "Success@5", 0.6, "points", "LoTTE", None),
            ("0.9 points", "Success@5", 0.9, "points", "LoTTE", None),
            ("query latency on a single CPU core is 52 ms", "query latency", 52, "ms", None, "Edgeweave"),
            ("1.4x lower", "query latency reduction", 1.4, "×", None, "Edgeweave"),
            ("+3.1 nDCG@10", "nDCG@10", 3.1, None, None, "Edgeweave"),
        ],
    },
]
