"""dev20 records: text-to-sql (6) and protein-design (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Jorvanta", "Jaskelin", "Junberra", "Jostrel", "Javelloq", "Jurnesk",
          "Jossamir", "Jarquill", "Juvessa", "Jolterin", "Jandrexa", "Jubrivane"]

RECS = [
    # ------------------------------------------------------------ text-to-sql
    {
        "field": "text-to-sql",
        "title": "Jorvanta: Bidirectional Schema Linking and Execution-Guided Revision for Text-to-SQL with Open LLMs",
        "text": (
            "Large language models (LLMs) have pushed text-to-SQL accuracy on cross-domain benchmarks to new highs, "
            "but the strongest pipelines, such as CHESS and CHASE-SQL, depend on proprietary models and on dozens of "
            "sampled candidates per question. We present Jorvanta, a three-stage framework built entirely on "
            "open-weight models. Jorvanta first performs bidirectional schema linking, retrieving columns from the "
            "question and re-expanding them through foreign keys and value matches; it then drafts candidate queries "
            "with Qwen2.5-Coder-32B-Instruct and finally revises failing candidates using execution feedback and a "
            "learned selection model. On the BIRD development set, Jorvanta reaches an execution accuracy (EX) of "
            "68.9% and a Valid Efficiency Score (VES) of 72.4, surpassing DIN-SQL (50.7%), DAIL-SQL (54.8%) and "
            "MAC-SQL (59.4%) under the same backbone and coming within 4.1 points of CHASE-SQL with Gemini 1.5 Pro "
            "(73.0%). On Spider, it attains 87.6% EX on the test set, while schema linking alone raises the recall "
            "of gold columns from 91.2% to 97.8%. Because only 5 candidates are sampled per question rather than 21, "
            "Jorvanta lowers inference cost by 3.4\u00d7 relative to CHASE-SQL and answers a BIRD question in 9.6 s "
            "on average. Ablations show that bidirectional linking contributes 2.7 points of EX and "
            "execution-guided revision a further 3.1."
        ),
        "spans": [
            ("Jorvanta", "M"), ("Schema Linking", "T"), ("Text-to-SQL", "T"), ("LLMs", "M"),
            ("Large language models", "M"), ("text-to-SQL", "T"), ("accuracy", "X"), ("CHESS", "M"), ("CHASE-SQL", "M"),
            ("schema linking", "T"), ("Qwen2.5-Coder-32B-Instruct", "M"), ("BIRD", "D"),
            ("execution accuracy", "X"), ("EX", "X"), ("Valid Efficiency Score", "X"), ("VES", "X"),
            ("DIN-SQL", "M"), ("DAIL-SQL", "M"), ("MAC-SQL", "M"), ("Gemini 1.5 Pro", "M"), ("Spider", "D"),
            ("recall", "X"), ("inference cost", "X"),
        ],
        "results": [
            ("execution accuracy (EX) of 68.9%", "execution accuracy", 68.9, "%", "BIRD", "Jorvanta"),
            ("Valid Efficiency Score (VES) of 72.4", "Valid Efficiency Score", 72.4, None, "BIRD", "Jorvanta"),
            ("50.7%", "execution accuracy", 50.7, "%", "BIRD", "DIN-SQL"),
            ("54.8%", "execution accuracy", 54.8, "%", "BIRD", "DAIL-SQL"),
            ("59.4%", "execution accuracy", 59.4, "%", "BIRD", "MAC-SQL"),
            ("within 4.1 points", "execution accuracy", 4.1, "points", "BIRD", "Jorvanta"),
            ("73.0%", "execution accuracy", 73.0, "%", "BIRD", "CHASE-SQL"),
            ("87.6% EX", "execution accuracy", 87.6, "%", "Spider", None),
            ("recall of gold columns from 91.2% to 97.8%", "recall", 97.8, "%", "Spider", None),
            ("inference cost by 3.4\u00d7", "inference cost reduction", 3.4, "\u00d7", None, "Jorvanta"),
            ("answers a BIRD question in 9.6 s", "latency", 9.6, "s", "BIRD", "Jorvanta"),
            ("2.7 points of EX", "execution accuracy", 2.7, "points", None, None),
            ("a further 3.1", "execution accuracy", 3.1, "points", None, None),
        ],
    },
    {
        "field": "text-to-sql",
        "title": "Jaskelin: Partial-Credit Execution Rewards for Reinforcement Fine-Tuning of Small Text-to-SQL Models",
        "text": (
            "Reinforcement learning with verifiable rewards has recently narrowed the gap between small open models "
            "and proprietary LLMs on text-to-SQL, yet binary execution-match rewards give almost no signal on hard "
            "questions, where most sampled queries fail. We propose Jaskelin, a reward design for Group Relative "
            "Policy Optimization (GRPO) that grants partial credit for correct schema items, matching intermediate "
            "result columns and syntactically valid SQL, and that is annealed toward pure execution match over "
            "training. Starting from Qwen2.5-Coder-7B-Instruct and trained on 9.4k questions from the BIRD and "
            "Spider training splits, Jaskelin-7B achieves 64.1% and 86.3% execution accuracy on the BIRD and Spider "
            "development sets, respectively, compared with 58.2% and 83.9% for supervised fine-tuning on the same "
            "data and 60.5% and 85.0% for GRPO with a binary reward. Gains are largest on the challenging BIRD "
            "questions (+9.8 points over the binary reward). The model also transfers to robustness variants "
            "without further training: on Spider-DK, Spider-Syn and Spider-Realistic it reaches execution "
            "accuracies of 78.4%, 76.9% and 82.2%, respectively. Scaled to 14B parameters, Jaskelin-14B obtains "
            "66.7% execution accuracy on BIRD, on par with OmniSQL-32B (67.0%) at less than half the size. "
            "Training the 7B model takes 31 hours on eight A100 GPUs, and we release all reward functions."
        ),
        "spans": [
            ("Jaskelin", "M"), ("Reinforcement Fine-Tuning", "M"), ("Text-to-SQL", "T"),
            ("Reinforcement learning with verifiable rewards", "M"), ("LLMs", "M"), ("text-to-SQL", "T"),
            ("Group Relative Policy Optimization", "M"), ("GRPO", "M"), ("Qwen2.5-Coder-7B-Instruct", "M"),
            ("BIRD", "D"), ("Spider", "D"), ("Jaskelin-7B", "M"), ("execution accuracy", "X"),
            ("supervised fine-tuning", "M"), ("Spider-DK", "D"), ("Spider-Syn", "D"), ("Spider-Realistic", "D"),
            ("execution accuracies", "X"), ("Jaskelin-14B", "M"), ("OmniSQL-32B", "M"),
        ],
        "results": [
            ("64.1%", "execution accuracy", 64.1, "%", "BIRD", "Jaskelin-7B"),
            ("86.3% execution accuracy", "execution accuracy", 86.3, "%", "Spider", "Jaskelin-7B"),
            ("58.2%", "execution accuracy", 58.2, "%", "BIRD", "supervised fine-tuning"),
            ("83.9%", "execution accuracy", 83.9, "%", "Spider", "supervised fine-tuning"),
            ("60.5%", "execution accuracy", 60.5, "%", "BIRD", "GRPO"),
            ("85.0%", "execution accuracy", 85.0, "%", "Spider", "GRPO"),
            ("+9.8 points", "improvement", 9.8, "points", "BIRD", None),
            ("78.4%", "execution accuracy", 78.4, "%", "Spider-DK", None),
            ("76.9%", "execution accuracy", 76.9, "%", "Spider-Syn", None),
            ("82.2%", "execution accuracy", 82.2, "%", "Spider-Realistic", None),
            ("66.7% execution accuracy", "execution accuracy", 66.7, "%", "BIRD", "Jaskelin-14B"),
            ("67.0%", "execution accuracy", 67.0, "%", "BIRD", "OmniSQL-32B"),
            ("Training the 7B model takes 31 hours", "training time", 31, "h", None, None),
        ],
    },
    {
        "field": "text-to-sql",
        "title": "Junberra: Benchmarking Text-to-SQL Agents on Enterprise Data Warehouses with Thousands of Columns",
        "text": (
            "Academic text-to-SQL benchmarks such as Spider and BIRD pair each question with a clean database of a "
            "few dozen columns, whereas enterprise analysts query warehouses with thousands of columns, cryptic "
            "names, nested types and dialect-specific functions. Spider 2.0 moved in this direction but is still "
            "built largely on public data. We introduce Junberra, a benchmark of 1,206 expert-written questions over "
            "38 anonymized production warehouses from retail, logistics and insurance, with an average of 2,870 "
            "columns per database and gold queries in the Snowflake and BigQuery dialects. Each question is "
            "annotated with the business definitions an analyst would need, which lets us separate schema linking "
            "failures from reasoning failures. We evaluate agentic and pipeline systems built on GPT-4o, Claude 3.5 "
            "Sonnet, DeepSeek-V3 and o3-mini, including ReFoRCE and Spider-Agent. The best system, ReFoRCE with "
            "o3-mini, reaches an execution accuracy of only 24.7%. On questions that need more than five joins, its "
            "accuracy falls to 11.3%. When the gold business definitions are added to the prompt, accuracy rises by "
            "14.2 points on average, which indicates that understanding the schema, rather than producing valid SQL, "
            "is the main bottleneck. Failure analysis further shows that models frequently pick plausible but "
            "deprecated tables. We release Junberra together with an execution harness and keep a hidden test "
            "split for a public leaderboard."
        ),
        "spans": [
            ("Junberra", "D"), ("Text-to-SQL", "T"), ("text-to-SQL", "T"), ("Spider", "D"), ("BIRD", "D"),
            ("Spider 2.0", "D"), ("schema linking", "T"), ("GPT-4o", "M"), ("Claude 3.5 Sonnet", "M"),
            ("DeepSeek-V3", "M"), ("o3-mini", "M"), ("ReFoRCE", "M"), ("Spider-Agent", "M"),
            ("execution accuracy", "X"), ("accuracy", "X"),
        ],
        "results": [
            ("execution accuracy of only 24.7%", "execution accuracy", 24.7, "%", None, "ReFoRCE"),
            ("accuracy falls to 11.3%", "accuracy", 11.3, "%", None, None),
            ("accuracy rises by 14.2 points", "accuracy", 14.2, "points", None, None),
        ],
    },
    {
        "field": "text-to-sql",
        "title": "Jostrel: Decomposing Table Question Answering into Verifiable Program and Evidence Steps",
        "text": (
            "Table question answering requires a model to locate the relevant cells of a semi-structured table and "
            "to reason over them. LLM-based methods either generate a single executable program, as in Binder, or "
            "iteratively transform the table, as in Chain-of-Table, and both fail silently when an intermediate step "
            "selects the wrong rows. We introduce Jostrel, which interleaves SQL and Python operations with "
            "natural-language evidence statements and verifies each step against the table before continuing, "
            "backtracking to an alternative operation when a check fails. Using Llama-3.1-70B-Instruct as the "
            "backbone for all methods, Jostrel achieves 71.8% denotation accuracy on WikiTableQuestions (WikiTQ) and "
            "89.6% accuracy on TabFact, compared with 64.2% and 85.5% for Chain-of-Table, 62.9% and 84.3% for Dater, "
            "and 60.1% and 82.7% for Binder. On the free-form FeTaQA, Jostrel obtains a BLEU of 33.9 and a ROUGE-L "
            "of 0.68, a +2.4 BLEU gain over the strongest baseline. The advantage grows with table size: on WikiTQ "
            "tables with more than 100 rows, accuracy improves by 9.1 points over Chain-of-Table. Verification adds "
            "overhead, but because failed branches are pruned early, Jostrel makes 6.2 LLM calls per question on "
            "average, versus 8.7 for Chain-of-Table. With GPT-4o-mini as the backbone, Jostrel reaches 75.3% "
            "denotation accuracy on WikiTQ, a new state of the art among methods without fine-tuning."
        ),
        "spans": [
            ("Jostrel", "M"), ("Table Question Answering", "T"), ("Table question answering", "T"), ("LLM", "M"),
            ("Binder", "M"), ("Chain-of-Table", "M"), ("Llama-3.1-70B-Instruct", "M"),
            ("denotation accuracy", "X"), ("WikiTableQuestions", "D"), ("WikiTQ", "D"), ("accuracy", "X"),
            ("TabFact", "D"), ("Dater", "M"), ("FeTaQA", "D"), ("BLEU", "X"), ("ROUGE-L", "X"),
            ("LLM calls per question", "X"), ("GPT-4o-mini", "M"),
        ],
        "results": [
            ("71.8% denotation accuracy", "denotation accuracy", 71.8, "%", "WikiTableQuestions", "Jostrel"),
            ("89.6% accuracy", "accuracy", 89.6, "%", "TabFact", "Jostrel"),
            ("64.2%", "denotation accuracy", 64.2, "%", "WikiTableQuestions", "Chain-of-Table"),
            ("85.5%", "accuracy", 85.5, "%", "TabFact", "Chain-of-Table"),
            ("62.9%", "denotation accuracy", 62.9, "%", "WikiTableQuestions", "Dater"),
            ("84.3%", "accuracy", 84.3, "%", "TabFact", "Dater"),
            ("60.1%", "denotation accuracy", 60.1, "%", "WikiTableQuestions", "Binder"),
            ("82.7%", "accuracy", 82.7, "%", "TabFact", "Binder"),
            ("BLEU of 33.9", "BLEU", 33.9, None, "FeTaQA", "Jostrel"),
            ("ROUGE-L of 0.68", "ROUGE-L", 0.68, None, "FeTaQA", "Jostrel"),
            ("+2.4 BLEU", "BLEU", 2.4, None, "FeTaQA", "Jostrel"),
            ("accuracy improves by 9.1 points", "accuracy", 9.1, "points", "WikiTableQuestions", None),
            ("6.2 LLM calls per question", "LLM calls per question", 6.2, None, None, "Jostrel"),
            ("8.7", "LLM calls per question", 8.7, None, None, "Chain-of-Table"),
            ("75.3% denotation accuracy", "denotation accuracy", 75.3, "%", "WikiTableQuestions", "Jostrel"),
        ],
    },
    {
        "field": "text-to-sql",
        "title": "Javelloq: Cheap and Fast Text-to-SQL through Schema Pruning and Model Routing",
        "text": (
            "Prompting pipelines for text-to-SQL routinely place the full database schema in the context window of "
            "a large model, which is slow and expensive for the wide schemas of Spider 2.0-Lite and BIRD. We present "
            "Javelloq, which couples a 350M-parameter cross-encoder that selects the tables and columns relevant to a "
            "question with a router that sends easy questions to a 7B model and escalates only uncertain ones to "
            "GPT-4o. The pruner is trained with a recall-weighted loss and reaches a column recall of 98.6% on BIRD "
            "at a pruning ratio of 87%. Relative to a full-schema GPT-4o pipeline with identical prompts, Javelloq "
            "cuts prompt tokens by 6.3\u00d7 and median latency from 7.4 s to 2.1 s, and it reduces the API cost per "
            "1,000 questions from $41.80 to $9.20. Accuracy is largely preserved: on BIRD, execution accuracy is "
            "61.2% versus 62.0% for the full-schema pipeline, and on Spider 2.0-Lite it improves from 13.9% to "
            "15.6%, as the pruner removes distracting columns. The router escalates 34% of BIRD questions to the "
            "large model. Compared with the schema filter of CodeS, our pruner attains a higher column recall "
            "(98.6% vs. 95.1%) at a similar pruning ratio. These results suggest that most of the cost of "
            "LLM-based text-to-SQL is spent on context that the model does not need."
        ),
        "spans": [
            ("Javelloq", "M"), ("Text-to-SQL", "T"), ("Schema Pruning", "M"), ("Model Routing", "M"),
            ("text-to-SQL", "T"), ("Spider 2.0-Lite", "D"), ("BIRD", "D"), ("cross-encoder", "M"),
            ("GPT-4o", "M"), ("column recall", "X"), ("pruning ratio", "X"), ("prompt tokens", "X"),
            ("median latency", "X"), ("API cost", "X"), ("Accuracy", "X"), ("execution accuracy", "X"),
            ("CodeS", "M"), ("LLM", "M"),
        ],
        "results": [
            ("column recall of 98.6%", "column recall", 98.6, "%", "BIRD", None),
            ("pruning ratio of 87%", "pruning ratio", 87, "%", "BIRD", None),
            ("prompt tokens by 6.3\u00d7", "prompt tokens reduction", 6.3, "\u00d7", None, "Javelloq"),
            ("median latency from 7.4 s to 2.1 s", "latency", 2.1, "s", None, "Javelloq"),
            ("API cost per 1,000 questions from $41.80 to $9.20", "API cost", 9.2, "$", None, "Javelloq"),
            ("execution accuracy is 61.2%", "execution accuracy", 61.2, "%", "BIRD", None),
            ("62.0%", "execution accuracy", 62.0, "%", "BIRD", None),
            ("improves from 13.9% to 15.6%", "execution accuracy", 15.6, "%", "Spider 2.0-Lite", None),
            ("escalates 34%", "escalation rate", 34, "%", "BIRD", None),
            ("98.6%", "column recall", 98.6, "%", None, None, {"occ": 1}),
            ("95.1%", "column recall", 95.1, "%", None, "CodeS"),
        ],
    },
    {
        "field": "text-to-sql",
        "title": "Jurnesk: Tracking Dialogue State as Editable SQL Sketches for Multi-Turn Text-to-SQL",
        "text": (
            "In conversational text-to-SQL, each user utterance must be interpreted against the dialogue history, "
            "and follow-up questions frequently refer to, refine or discard constraints stated several turns "
            "earlier. Most LLM-based systems simply concatenate the history into the prompt, which works for short "
            "exchanges but degrades as conversations grow. We propose Jurnesk, which represents the dialogue state as "
            "an editable SQL sketch and predicts, for each new turn, a sequence of edit operations (add, replace or "
            "drop a clause) rather than a full query. The edits are produced by a fine-tuned CodeLlama-13B and "
            "applied deterministically, so that every intermediate query stays syntactically valid. On the SParC "
            "and CoSQL development sets, Jurnesk achieves a question match accuracy (QM) of 71.4% and 64.9% and an "
            "interaction match accuracy (IM) of 52.3% and 36.8%, respectively, outperforming the prompting baseline "
            "ACT-SQL by 6.0 and 7.5 points in IM. The edit formulation is also more robust to long dialogues: on "
            "interactions with four or more turns, the drop in IM relative to short interactions is roughly halved. "
            "We further find that the remaining errors concentrate on ellipsis resolution and on turns that switch "
            "to an unrelated topic, and we release an annotated error taxonomy to support future work on "
            "multi-turn semantic parsing."
        ),
        "spans": [
            ("Jurnesk", "M"), ("Multi-Turn Text-to-SQL", "T"), ("conversational text-to-SQL", "T"), ("LLM", "M"),
            ("CodeLlama-13B", "M"), ("SParC", "D"), ("CoSQL", "D"), ("question match accuracy", "X"), ("QM", "X"),
            ("interaction match accuracy", "X"), ("IM", "X"), ("ACT-SQL", "M"), ("ellipsis resolution", "T"),
            ("multi-turn semantic parsing", "T"),
        ],
        "results": [
            ("question match accuracy (QM) of 71.4%", "question match accuracy", 71.4, "%", "SParC", "Jurnesk"),
            ("64.9%", "question match accuracy", 64.9, "%", "CoSQL", "Jurnesk"),
            ("interaction match accuracy (IM) of 52.3%", "interaction match accuracy", 52.3, "%", "SParC",
             "Jurnesk"),
            ("36.8%", "interaction match accuracy", 36.8, "%", "CoSQL", "Jurnesk"),
            ("6.0", "interaction match accuracy", 6.0, "points", "SParC", "Jurnesk"),
            ("7.5 points in IM", "interaction match accuracy", 7.5, "points", "CoSQL", "Jurnesk"),
        ],
    },
    # ------------------------------------------------------------ protein-design
    {
        "field": "protein-design",
        "title": "Jossamir: Side-Chain-Aware Inverse Folding with Discrete Flow Matching",
        "text": (
            "Inverse folding, the task of designing amino-acid sequences that fold into a given backbone, underlies "
            "most structure-based protein design pipelines. Autoregressive models such as ProteinMPNN and ESM-IF1 "
            "decode residues one at a time and ignore the side-chain packing that ultimately decides whether a "
            "sequence is compatible with its fold. We introduce Jossamir, a non-autoregressive inverse folding model "
            "that generates residue types and side-chain rotamers jointly through discrete flow matching, conditioned "
            "on an SE(3)-invariant graph encoding of the backbone. On the CATH 4.2 benchmark, Jossamir attains a "
            "native sequence recovery of 60.3% and a perplexity of 3.86, compared with 45.9% and 4.61 for "
            "ProteinMPNN, 51.7% and 4.01 for PiFold, and 56.4% for LM-Design. Recovery on the TS50 and TS500 test "
            "sets reaches 62.1% and 65.8%, respectively. Because recovery rewards native-like rather than foldable "
            "sequences, we also refold designs with ESMFold: for CATH 4.2 test backbones, Jossamir reaches a "
            "refolding success rate (RMSD below 2 \u00c5) of 91.2%, versus 86.5% for ProteinMPNN. The mean TM-score "
            "of its refolded designs to the target is 0.87. Sampling 100 sequences for a 300-residue backbone takes "
            "1.4 s on one GPU, 5.2\u00d7 faster than ProteinMPNN at the same batch size. Side-chain conditioning "
            "contributes most of the gain at buried positions, where recovery improves by 7.9 points."
        ),
        "spans": [
            ("Jossamir", "M"), ("Inverse Folding", "T"), ("Discrete Flow Matching", "M"), ("Inverse folding", "T"),
            ("inverse folding", "T"), ("protein design", "T"), ("ProteinMPNN", "M"), ("ESM-IF1", "M"),
            ("side-chain packing", "T"), ("discrete flow matching", "M"), ("CATH 4.2", "D"),
            ("native sequence recovery", "X"), ("perplexity", "X"), ("PiFold", "M"), ("LM-Design", "M"),
            ("Recovery", "X"), ("recovery", "X"), ("TS50", "D"), ("TS500", "D"), ("ESMFold", "M"),
            ("refolding success rate", "X"), ("RMSD", "X"), ("mean TM-score", "X"),
        ],
        "results": [
            ("native sequence recovery of 60.3%", "sequence recovery", 60.3, "%", "CATH 4.2", "Jossamir"),
            ("perplexity of 3.86", "perplexity", 3.86, None, "CATH 4.2", "Jossamir"),
            ("45.9%", "sequence recovery", 45.9, "%", "CATH 4.2", "ProteinMPNN"),
            ("4.61", "perplexity", 4.61, None, "CATH 4.2", "ProteinMPNN"),
            ("51.7%", "sequence recovery", 51.7, "%", "CATH 4.2", "PiFold"),
            ("4.01", "perplexity", 4.01, None, "CATH 4.2", "PiFold"),
            ("56.4%", "sequence recovery", 56.4, "%", "CATH 4.2", "LM-Design"),
            ("62.1%", "sequence recovery", 62.1, "%", "TS50", None),
            ("65.8%", "sequence recovery", 65.8, "%", "TS500", None),
            ("refolding success rate (RMSD below 2 \u00c5) of 91.2%", "refolding success rate", 91.2, "%",
             "CATH 4.2", "Jossamir"),
            ("86.5%", "refolding success rate", 86.5, "%", "CATH 4.2", "ProteinMPNN"),
            ("mean TM-score of its refolded designs to the target is 0.87", "TM-score", 0.87, None, None, None),
            ("takes 1.4 s", "sampling time", 1.4, "s", None, None),
            ("5.2\u00d7 faster", "speed-up", 5.2, "\u00d7", None, None),
            ("recovery improves by 7.9 points", "sequence recovery", 7.9, "points", None, None),
        ],
    },
    {
        "field": "protein-design",
        "title": "Jarquill: Fast Protein Backbone Generation with Few-Step Rectified Flows on SE(3)",
        "text": (
            "Diffusion models and flow matching methods for protein backbones, such as RFdiffusion, FrameDiff, "
            "FrameFlow and Genie 2, produce designable structures but need hundreds of integration steps, which makes "
            "large in silico screens expensive. We present Jarquill, a rectified flow over SE(3) frames that is "
            "distilled from a pretrained FrameFlow teacher by reflow and then fine-tuned with a self-consistency "
            "objective, so that backbones of up to 500 residues are generated in as few as 10 steps. Following the "
            "standard protocol, we design eight ProteinMPNN sequences per backbone, refold them with ESMFold, and call "
            "a backbone designable when any design has a self-consistency RMSD (scRMSD) below 2 \u00c5. With 10 "
            "steps, Jarquill reaches a designability of 88.4% for lengths 100\u2013300, against 91.6% for "
            "RFdiffusion with 50 steps, 84.0% for Genie 2 and 79.2% for the 100-step FrameFlow teacher, while "
            "generating a 300-residue backbone in 0.31 s, 28\u00d7 faster than RFdiffusion. Its designs are also "
            "diverse (0.46 pairwise TM-score among designable samples) and novel, with a mean maximum TM-score of "
            "0.71 to structures in the PDB. On long chains of 400\u2013500 residues, designability stays at 61%, "
            "whereas FrameFlow falls to 27%. Jarquill further supports motif scaffolding and solves 21 of the 24 "
            "problems of the motif-scaffolding benchmark introduced with RFdiffusion, using the same sampler "
            "without task-specific retraining."
        ),
        "spans": [
            ("Jarquill", "M"), ("Protein Backbone Generation", "T"), ("Rectified Flows", "M"),
            ("Diffusion models", "M"), ("flow matching", "M"), ("RFdiffusion", "M"), ("FrameDiff", "M"),
            ("FrameFlow", "M"), ("Genie 2", "M"), ("rectified flow", "M"), ("reflow", "M"), ("ProteinMPNN", "M"),
            ("ESMFold", "M"), ("self-consistency RMSD", "X"), ("scRMSD", "X"), ("designability", "X"),
            ("pairwise TM-score", "X"), ("mean maximum TM-score", "X"), ("PDB", "D"), ("motif scaffolding", "T"),
            ("motif-scaffolding", "T"),
        ],
        "results": [
            ("designability of 88.4%", "designability", 88.4, "%", None, "Jarquill"),
            ("91.6%", "designability", 91.6, "%", None, "RFdiffusion"),
            ("84.0%", "designability", 84.0, "%", None, "Genie 2"),
            ("79.2%", "designability", 79.2, "%", None, "FrameFlow"),
            ("generating a 300-residue backbone in 0.31 s", "generation time", 0.31, "s", None, "Jarquill"),
            ("28\u00d7 faster", "speed-up", 28, "\u00d7", None, "Jarquill"),
            ("0.46 pairwise TM-score", "pairwise TM-score", 0.46, None, None, None),
            ("mean maximum TM-score of 0.71", "maximum TM-score", 0.71, None, "PDB", None),
            ("designability stays at 61%", "designability", 61, "%", None, None),
            ("falls to 27%", "designability", 27, "%", None, "FrameFlow"),
            ("solves 21 of the 24 problems", "problems solved", 21, None, None, "Jarquill"),
        ],
    },
    {
        "field": "protein-design",
        "title": "Juvessa: A 150M-Parameter Protein Language Model Folds Orphan Proteins Without Multiple Sequence "
                 "Alignments",
        "text": (
            "AlphaFold2 and its successors have made protein structure prediction near-experimental for many "
            "targets, but they depend on multiple sequence alignments (MSAs) whose construction dominates runtime "
            "and which are shallow or absent for orphan proteins and designed sequences. Single-sequence predictors "
            "such as ESMFold and OmegaFold remove this dependency at the cost of billions of parameters. We present "
            "Juvessa, a compact single-sequence structure predictor that pairs a 150M-parameter protein language "
            "model, pretrained with span masking on UniRef50, with a lightweight folding trunk of 24 triangle-free "
            "pair blocks. Trained on PDB chains released before 2021 and on distillation targets from the AlphaFold "
            "Database, Juvessa attains a mean TM-score of 0.79 and a mean lDDT of 0.76 on CAMEO targets from 2024, "
            "close to ESMFold (0.81 / 0.79) with 23\u00d7 fewer parameters. On orphan and de novo designed "
            "proteins, Juvessa outperforms AlphaFold2 run in single-sequence mode by 0.24 TM-score. On the CASP15 "
            "free-modelling targets, its GDT-TS is 48.2, versus 51.6 for ESMFold and 63.9 for AlphaFold2 with full "
            "MSAs. Inference on a 384-residue protein takes 0.9 s and 5.1 GB of GPU memory, which makes Juvessa "
            "practical for screening millions of candidate sequences in a protein design campaign."
        ),
        "spans": [
            ("Juvessa", "M"), ("Protein Language Model", "M"), ("AlphaFold2", "M"),
            ("protein structure prediction", "T"), ("ESMFold", "M"), ("OmegaFold", "M"),
            ("parameters", "X", {"only": [1]}), ("protein language model", "M"), ("span masking", "M"),
            ("UniRef50", "D"), ("PDB", "D"), ("distillation", "M"), ("AlphaFold Database", "D"),
            ("mean TM-score", "X"), ("mean lDDT", "X"), ("CAMEO", "D"), ("TM-score", "X"), ("CASP15", "D"),
            ("GDT-TS", "X"), ("GPU memory", "X"), ("protein design", "T"),
        ],
        "results": [
            ("mean TM-score of 0.79", "TM-score", 0.79, None, "CAMEO", "Juvessa"),
            ("mean lDDT of 0.76", "lDDT", 0.76, None, "CAMEO", "Juvessa"),
            ("0.81", "TM-score", 0.81, None, "CAMEO", "ESMFold"),
            ("0.79", "lDDT", 0.79, None, "CAMEO", "ESMFold", {"occ": 1}),
            ("23\u00d7 fewer parameters", "parameter reduction", 23, "\u00d7", "CAMEO", "Juvessa"),
            ("by 0.24 TM-score", "TM-score", 0.24, None, None, "Juvessa"),
            ("GDT-TS is 48.2", "GDT-TS", 48.2, None, "CASP15", None),
            ("51.6", "GDT-TS", 51.6, None, "CASP15", "ESMFold"),
            ("63.9", "GDT-TS", 63.9, None, "CASP15", "AlphaFold2"),
            ("Inference on a 384-residue protein takes 0.9 s", "inference time", 0.9, "s", None, None),
            ("5.1 GB of GPU memory", "GPU memory", 5.1, "GB", None, None),
        ],
    },
    {
        "field": "protein-design",
        "title": "Jolterin: Epitope-Specific De Novo Binder Design by Hallucination Through a Structure Predictor",
        "text": (
            "Designing proteins that bind a chosen epitope with high affinity remains a central goal of de novo "
            "protein design. Pipelines that combine RFdiffusion backbones with ProteinMPNN sequences succeed for many "
            "targets but often require tens of thousands of designs per target, while BindCraft, which "
            "backpropagates through AlphaFold2, achieves higher hit rates at considerable compute cost. We introduce "
            "Jolterin, which hallucinates binders by optimizing a sequence against AlphaFold2-Multimer with an "
            "epitope-contact term and a learned interface-energy surrogate, and then redesigns the non-interface "
            "surface with ProteinMPNN to improve solubility. Across a panel of 12 therapeutically relevant targets, "
            "including PD-L1, IL-7R\u03b1 and the SARS-CoV-2 receptor-binding domain, Jolterin reaches an in silico "
            "success rate of 18.6% (ipTM above 0.8 and interface pAE below 10), compared with 6.1% for RFdiffusion "
            "followed by ProteinMPNN. We then tested 40 designs per target by bio-layer interferometry. Binders were "
            "confirmed for 10 of the 12 targets, with an average experimental hit rate of 14% and best affinities in "
            "the low nanomolar range, down to a Kd of 2.4 nM against PD-L1. Most confirmed binders also compete with "
            "the native ligand, indicating that they engage the intended epitope. Generating one design that passes "
            "the filters takes 4.3 GPU-minutes on average. These results show that explicit epitope terms and cheap "
            "energy surrogates make hallucination-based binder design practical at scale."
        ),
        "spans": [
            ("Jolterin", "M"), ("Epitope-Specific De Novo Binder Design", "T"), ("Hallucination", "M"),
            ("de novo protein design", "T"), ("RFdiffusion", "M"), ("ProteinMPNN", "M"), ("BindCraft", "M"),
            ("AlphaFold2", "M"), ("hit rates", "X"), ("AlphaFold2-Multimer", "M"), ("in silico success rate", "X"),
            ("ipTM", "X"), ("interface pAE", "X"), ("average experimental hit rate", "X"), ("Kd", "X"),
            ("hallucination", "M"), ("binder design", "T"),
        ],
        "results": [
            ("in silico success rate of 18.6%", "in silico success rate", 18.6, "%", None, "Jolterin"),
            ("6.1%", "in silico success rate", 6.1, "%", None, "RFdiffusion"),
            ("confirmed for 10 of the 12 targets", "targets confirmed", 10, None, None, None),
            ("average experimental hit rate of 14%", "experimental hit rate", 14, "%", None, None),
            ("Kd of 2.4 nM", "Kd", 2.4, "nM", None, None),
            ("takes 4.3 GPU-minutes", "generation time", 4.3, "GPU-min", None, None),
        ],
    },
    {
        "field": "protein-design",
        "title": "Jandrexa: Sequence\u2013Structure Co-Design in a Shared Latent Space for All-Atom Protein Design",
        "text": (
            "Most protein design pipelines generate a backbone first and then assign a sequence with an inverse "
            "folding model, so the two modalities are never optimized together. Co-design models such as MultiFlow, "
            "Protpardelle and ESM3 generate both, but their sequences are often less foldable than those obtained by "
            "redesign with ProteinMPNN. We propose Jandrexa, a latent diffusion model that encodes residue types, "
            "backbone frames and side-chain atoms into a shared per-residue latent space with a variational "
            "autoencoder and denoises all of them with a single Transformer. We evaluate unconditional protein "
            "generation for monomers of 100 to 400 residues. Jandrexa achieves a co-designability of 81.7%, meaning "
            "that ESMFold refolds its own sequence to within 2 \u00c5 of its generated structure, compared with "
            "55.9% for MultiFlow, 41.3% for ESM3 (1.4B) and 29.8% for Protpardelle. When its sequences are discarded "
            "and replaced by ProteinMPNN designs, designability rises only slightly, to 86.2%, indicating that the "
            "generated sequences are nearly as good as those from dedicated inverse folding. Jandrexa samples are "
            "diverse (a diversity of 0.41, measured as the fraction of structural clusters at a TM-score threshold "
            "of 0.5) and reproduce the secondary structure composition of CATH domains, with 31% \u03b2-strand "
            "content versus 18% for MultiFlow. Sampling 1,000 proteins of length 200 takes 11 minutes on a single "
            "A100, 3.6\u00d7 faster than MultiFlow."
        ),
        "spans": [
            ("Jandrexa", "M"), ("Sequence\u2013Structure Co-Design", "T"), ("All-Atom Protein Design", "T"),
            ("protein design", "T"), ("inverse folding", "T"), ("MultiFlow", "M"), ("Protpardelle", "M"),
            ("ESM3", "M"), ("ProteinMPNN", "M"), ("latent diffusion model", "M"), ("variational autoencoder", "M"),
            ("Transformer", "M"), ("unconditional protein generation", "T"), ("co-designability", "X"),
            ("ESMFold", "M"), ("designability", "X"), ("diversity", "X"), ("TM-score", "X"), ("CATH", "D"),
            ("\u03b2-strand content", "X"),
        ],
        "results": [
            ("co-designability of 81.7%", "co-designability", 81.7, "%", None, "Jandrexa"),
            ("55.9%", "co-designability", 55.9, "%", None, "MultiFlow"),
            ("41.3%", "co-designability", 41.3, "%", None, "ESM3"),
            ("29.8%", "co-designability", 29.8, "%", None, "Protpardelle"),
            ("designability rises only slightly, to 86.2%", "designability", 86.2, "%", None, None),
            ("diversity of 0.41", "diversity", 0.41, None, None, "Jandrexa"),
            ("31% \u03b2-strand content", "\u03b2-strand content", 31, "%", None, "Jandrexa"),
            ("18%", "\u03b2-strand content", 18, "%", None, "MultiFlow"),
            ("takes 11 minutes", "sampling time", 11, "min", None, None),
            ("3.6\u00d7 faster", "speed-up", 3.6, "\u00d7", None, None),
        ],
    },
    {
        "field": "protein-design",
        "title": "Jubrivane: Epitope-Conditioned Antibody CDR Design with Flow Matching and Language Model Priors",
        "text": (
            "Computational antibody design aims to generate complementarity-determining regions (CDRs) that bind a "
            "given antigen, with CDR-H3 being both the most important and the hardest loop to design. Recent "
            "generative models, including DiffAb, MEAN and dyMEAN, co-design CDR sequences and structures but still "
            "recover native H3 sequences poorly. We present Jubrivane, which couples an E(3)-equivariant flow "
            "matching model over CDR backbone and side-chain coordinates with residue-type priors from the antibody "
            "language model AbLang-2, injected through cross-attention. Models are trained on antibody\u2013antigen "
            "complexes from SAbDab, with test complexes held out by antigen sequence identity. On the 60 complexes "
            "of RAbD, Jubrivane achieves a CDR-H3 amino acid recovery (AAR) of 46.2% and an RMSD of 1.63 \u00c5, "
            "versus 37.1% and 2.21 \u00c5 for DiffAb, 39.8% and 1.98 \u00c5 for MEAN, and 40.5% and 1.87 \u00c5 for "
            "dyMEAN. IMP, the share of designs whose Rosetta binding energy improves on the native antibody, rises "
            "from 23.4% for DiffAb to 58.3% with Jubrivane. Removing the AbLang-2 prior lowers AAR by 5.4 points but "
            "leaves RMSD almost unchanged, suggesting that AbLang-2 mainly contributes sequence plausibility. "
            "Generating 100 CDR-H3 candidates for one antigen takes 38 s, compared with 4.2 min for DiffAb."
        ),
        "spans": [
            ("Jubrivane", "M"), ("Epitope-Conditioned Antibody CDR Design", "T"), ("Flow Matching", "M"),
            ("Language Model", "M"), ("antibody design", "T"), ("DiffAb", "M"), ("MEAN", "M"), ("dyMEAN", "M"),
            ("flow matching", "M"), ("antibody language model", "M"), ("AbLang-2", "M"), ("cross-attention", "M"),
            ("SAbDab", "D"), ("RAbD", "D"), ("amino acid recovery", "X"), ("AAR", "X"), ("RMSD", "X"),
            ("IMP", "X"), ("binding energy", "X"),
        ],
        "results": [
            ("amino acid recovery (AAR) of 46.2%", "amino acid recovery", 46.2, "%", "RAbD", "Jubrivane"),
            ("RMSD of 1.63 \u00c5", "RMSD", 1.63, "\u00c5", "RAbD", "Jubrivane"),
            ("37.1%", "amino acid recovery", 37.1, "%", "RAbD", "DiffAb"),
            ("2.21 \u00c5", "RMSD", 2.21, "\u00c5", "RAbD", "DiffAb"),
            ("39.8%", "amino acid recovery", 39.8, "%", "RAbD", "MEAN"),
            ("1.98 \u00c5", "RMSD", 1.98, "\u00c5", "RAbD", "MEAN"),
            ("40.5%", "amino acid recovery", 40.5, "%", "RAbD", "dyMEAN"),
            ("1.87 \u00c5", "RMSD", 1.87, "\u00c5", "RAbD", "dyMEAN"),
            ("23.4%", "IMP", 23.4, "%", None, "DiffAb"),
            ("58.3%", "IMP", 58.3, "%", None, "Jubrivane"),
            ("lowers AAR by 5.4 points", "amino acid recovery", 5.4, "points", None, None),
            ("takes 38 s", "generation time", 38, "s", None, None),
            ("4.2 min", "generation time", 4.2, "min", None, "DiffAb"),
        ],
    },
]
