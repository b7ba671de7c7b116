"""dev5 written records: math-reasoning (5) and finance-legal-nlp (5).
Format: see data/gold/written_gold.py. Annotated by hand from docs/annotation-guidelines.md."""

COINED = ["ChiselPRM", "TallyPO", "SlateTIR", "LemmaForge", "LadderCheck",
          "QuantaLedger", "LexiLoom", "ClauseScout", "QuillFin-8B", "DocketBench"]

RECS = [
    # ------------------------------------------------------------------ math-reasoning
    {
        "field": "math-reasoning",
        "title": "ChiselPRM: Training Process Reward Models from Minimal Counterfactual Step Edits",
        "text": (
            "Process reward models (PRMs) score each step of a chain-of-thought solution and are widely used to "
            "rerank samples and to guide search in mathematical reasoning, but most PRMs are trained on step "
            "labels estimated by Monte Carlo rollouts, which are noisy and favour steps that merely look like "
            "those of correct solutions. We introduce ChiselPRM, which trains on pairs of solutions that differ "
            "in a single minimally edited step, produced by a perturbation model and verified by completion, so "
            "that the PRM must attend to the exact point where the reasoning breaks. From 62k seed problems of "
            "the MATH and NuminaMath training sets, we build 410k edit pairs and fine-tune "
            "Qwen2.5-Math-7B-Instruct as the PRM. On ProcessBench, ChiselPRM reaches an average F1 of 71.3 for "
            "identifying the first erroneous step, compared with 56.5 for Qwen2.5-Math-PRM-7B and 31.5 for "
            "Math-Shepherd. As a verifier in best-of-64 sampling from Qwen2.5-Math-7B-Instruct, ChiselPRM raises "
            "accuracy on MATH-500 from 83.6% with majority voting to 87.0%, and on AIME 2024 from 16.7% to "
            "23.3%. In step-level beam search with a budget of 32 samples, ChiselPRM solves 9 of the 30 AIME "
            "2024 problems, while the strongest open PRM baseline solves 6. The gains carry over to "
            "OlympiadBench, where accuracy with best-of-64 improves by 3.1 points over majority voting, and the "
            "PRM transfers without retraining to a Llama-3.1-8B-Instruct policy."
        ),
        "spans": [
            ("ChiselPRM", "M"),
            ("Process Reward Models", "M"),
            ("Process reward models", "M"),
            ("PRMs", "M"),
            ("PRM", "M"),
            ("chain-of-thought", "M"),
            ("mathematical reasoning", "T"),
            ("Monte Carlo rollouts", "M"),
            ("MATH", "D"),
            ("NuminaMath", "D"),
            ("Qwen2.5-Math-7B-Instruct", "M"),
            ("ProcessBench", "D"),
            ("F1", "X"),
            ("Qwen2.5-Math-PRM-7B", "M"),
            ("Math-Shepherd", "M"),
            ("best-of-64", "M"),
            ("accuracy", "X"),
            ("MATH-500", "D"),
            ("majority voting", "M"),
            ("AIME 2024", "D"),
            ("beam search", "M"),
            ("OlympiadBench", "D"),
            ("Llama-3.1-8B-Instruct", "M"),
            ("average F1", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("F1 of 71.3", "F1", 71.3, None, "ProcessBench", "ChiselPRM"),
            ("56.5", "F1", 56.5, None, "ProcessBench", "Qwen2.5-Math-PRM-7B"),
            ("31.5", "F1", 31.5, None, "ProcessBench", "Math-Shepherd"),
            ("accuracy on MATH-500 from 83.6%", "accuracy", 83.6, "%", "MATH-500", "majority voting"),
            ("87.0%", "accuracy", 87.0, "%", "MATH-500", "ChiselPRM"),
            ("23.3%", "accuracy", 23.3, "%", "AIME 2024", "ChiselPRM"),
            ("solves 9 of the 30 AIME 2024 problems", "problems solved", 9, None, "AIME 2024", "ChiselPRM"),
            ("solves 6", "problems solved", 6, None, "AIME 2024", None),
            ("improves by 3.1 points", "accuracy", 3.1, "points", "OlympiadBench", None),
        ],
    },
    {
        "field": "math-reasoning",
        "title": "Length-Calibrated Policy Optimization for Token-Efficient Mathematical Reasoning",
        "text": (
            "Reinforcement learning with verifiable rewards has become the standard recipe for improving the "
            "mathematical reasoning of large language models, but methods such as GRPO tend to lengthen "
            "responses far beyond what problems require, inflating inference cost. We present TallyPO, a "
            "policy optimization method that estimates, for each prompt, the shortest length at which the "
            "current policy still solves it, and shapes the advantage with a calibrated penalty for tokens "
            "beyond that length, while leaving unsolved prompts unpenalized so that exploration on hard "
            "problems is preserved. Starting from Qwen2.5-Math-7B and DeepSeek-R1-Distill-Qwen-1.5B, we train on "
            "40k competition problems with 8 rollouts per prompt for 600 steps on 32 H100 GPUs. With "
            "Qwen2.5-Math-7B, TallyPO reaches 38.4% pass@1 on AIME 2024, 84.2% on MATH-500 and 51.6% on "
            "OlympiadBench, versus 33.3%, 82.4% and 49.8% for GRPO under the same budget. At the same time, the "
            "average response length on MATH-500 drops from 3,470 to 1,910 tokens, a 45% reduction. For the "
            "distilled 1.5B model, tokens per problem fall by 52% on AIME 2024 with a pass@1 change of only "
            "\u22120.8 points, while length-penalty baselines lose 3 to 6 points. Under a fixed budget of 4,096 "
            "generated tokens, TallyPO improves maj@16 accuracy on AIME 2024 by 6.7 points. Across seven "
            "benchmarks, TallyPO produces the shortest responses on every benchmark and is the most accurate on "
            "5."
        ),
        "spans": [
            ("Mathematical Reasoning", "T"),
            ("mathematical reasoning", "T"),
            ("Reinforcement learning with verifiable rewards", "M"),
            ("large language models", "M"),
            ("GRPO", "M"),
            ("TallyPO", "M"),
            ("Qwen2.5-Math-7B", "M"),
            ("DeepSeek-R1-Distill-Qwen-1.5B", "M"),
            ("pass@1", "X"),
            ("AIME 2024", "D"),
            ("MATH-500", "D"),
            ("OlympiadBench", "D"),
            ("response length", "X"),
            ("tokens per problem", "X"),
            ("maj@16 accuracy", "X"),
            ("average response length", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("38.4% pass@1", "pass@1", 38.4, "%", "AIME 2024", "TallyPO"),
            ("84.2%", "pass@1", 84.2, "%", "MATH-500", "TallyPO"),
            ("51.6%", "pass@1", 51.6, "%", "OlympiadBench", "TallyPO"),
            ("33.3%", "pass@1", 33.3, "%", "AIME 2024", "GRPO"),
            ("82.4%", "pass@1", 82.4, "%", "MATH-500", "GRPO"),
            ("49.8%", "pass@1", 49.8, "%", "OlympiadBench", "GRPO"),
            ("response length on MATH-500 drops from 3,470 to 1,910 tokens", "response length", 1910, "tokens",
             "MATH-500", None),
            ("45% reduction", "response length reduction", 45, "%", "MATH-500", None),
            ("tokens per problem fall by 52%", "tokens per problem reduction", 52, "%", "AIME 2024", None),
            ("pass@1 change of only \u22120.8 points", "pass@1", -0.8, "points", "AIME 2024", None),
            ("lose 3 to 6 points", "pass@1", 6, "points", "AIME 2024", None, {"low": 3}),
            ("maj@16 accuracy on AIME 2024 by 6.7 points", "maj@16 accuracy", 6.7, "points", "AIME 2024", "TallyPO"),
            ("most accurate on 5", "ranked first", 5, None, None, "TallyPO"),
        ],
    },
    {
        "field": "math-reasoning",
        "title": "SlateTIR: Teaching Small Language Models When to Call the Interpreter",
        "text": (
            "Tool-integrated reasoning (TIR), in which a language model interleaves natural-language reasoning "
            "with Python code executed by an interpreter, improves results on math word problems, but small "
            "models call the interpreter indiscriminately, both for trivial arithmetic and for steps where code "
            "cannot help, and often fail to recover from execution errors. We propose SlateTIR, a two-stage "
            "training method that first fine-tunes on trajectories in which tool calls are kept only where an "
            "oracle comparison shows that they change the outcome, and then applies direct preference "
            "optimization (DPO) on pairs that differ in whether a failed execution is repaired. We train "
            "Llama-3.2-3B-Instruct, Qwen2.5-1.5B-Instruct and Phi-3.5-mini on 85k problems derived from GSM8K, "
            "MATH and NuminaMath. SlateTIR-3B obtains accuracies of 83.9% on GSM8K, 58.7% on MATH, 41.2% on "
            "GSM-Hard and 88.3% on SVAMP, improving over ToRA-style training of the same base model by 4.8, "
            "6.1, 9.4 and 2.2 points, respectively. Tool calls per problem drop from 3.1 to 1.4, and the rate "
            "of unrecovered execution errors falls from 17.6% to 4.9%. The 1.5B model trained with SlateTIR "
            "surpasses GPT-3.5-Turbo with program-of-thought prompting on all four benchmarks. Because fewer "
            "calls are made, end-to-end latency per problem decreases by 37%. Our analysis further shows that "
            "most remaining errors come from mis-formalizing the problem rather than from the calls "
            "themselves."
        ),
        "spans": [
            ("SlateTIR", "M"),
            ("SlateTIR-3B", "M"),
            ("Small Language Models", "M"),
            ("Tool-integrated reasoning", "M"),
            ("TIR", "M"),
            ("math word problems", "T"),
            ("direct preference optimization", "M"),
            ("DPO", "M"),
            ("Llama-3.2-3B-Instruct", "M"),
            ("Qwen2.5-1.5B-Instruct", "M"),
            ("Phi-3.5-mini", "M"),
            ("GSM8K", "D"),
            ("MATH", "D"),
            ("NuminaMath", "D"),
            ("accuracies", "X"),
            ("GSM-Hard", "D"),
            ("SVAMP", "D"),
            ("ToRA", "M"),
            ("Tool calls per problem", "X"),
            ("rate of unrecovered execution errors", "X"),
            ("GPT-3.5-Turbo", "M"),
            ("program-of-thought prompting", "M"),
            ("end-to-end latency", "X"),
        ],
        "results": [
            ("accuracies of 83.9%", "accuracy", 83.9, "%", "GSM8K", "SlateTIR-3B"),
            ("58.7%", "accuracy", 58.7, "%", "MATH", "SlateTIR-3B"),
            ("41.2%", "accuracy", 41.2, "%", "GSM-Hard", "SlateTIR-3B"),
            ("88.3%", "accuracy", 88.3, "%", "SVAMP", "SlateTIR-3B"),
            ("by 4.8", "accuracy", 4.8, "points", "GSM8K", "SlateTIR-3B"),
            ("6.1", "accuracy", 6.1, "points", "MATH", "SlateTIR-3B"),
            ("9.4", "accuracy", 9.4, "points", "GSM-Hard", "SlateTIR-3B"),
            ("2.2 points", "accuracy", 2.2, "points", "SVAMP", "SlateTIR-3B"),
            ("Tool calls per problem drop from 3.1 to 1.4", "tool calls per problem", 1.4, None, None, None),
            ("rate of unrecovered execution errors falls from 17.6% to 4.9%", "rate of unrecovered execution errors",
             4.9, "%", None, None),
            ("end-to-end latency per problem decreases by 37%", "end-to-end latency reduction", 37, "%", None, None),
        ],
    },
    {
        "field": "math-reasoning",
        "title": "Subgoal-Guided Whole-Proof Generation with Lemma Reuse for Lean 4 Theorem Proving",
        "text": (
            "Whole-proof generation with large language models has become competitive in formal theorem "
            "proving, but provers such as DeepSeek-Prover-V1.5 must sample thousands of complete proofs because "
            "a single wrong tactic invalidates an attempt, and nothing learned in one attempt is reused in the "
            "next. We present LemmaForge, a prover that first drafts a natural-language proof sketch, decomposes "
            "it into Lean 4 subgoals stated as intermediate lemmas, proves each subgoal independently with a 7B "
            "whole-proof model, and stores verified lemmas in a per-problem library that later attempts can "
            "call. Failed subgoals are decomposed again, recursively, up to depth three. The prover is trained "
            "with expert iteration on 1.9M statements autoformalized from NuminaMath, followed by a round of "
            "reinforcement learning with compiler feedback. On miniF2F-test and ProofNet-test, LemmaForge "
            "reaches pass@3200 rates of 68.4% and 24.7%, respectively, compared with 63.5% and 21.5% for "
            "DeepSeek-Prover-V1.5-RL with RMaxTS at the same budget, and 65.2% for InternLM2.5-StepProver on "
            "miniF2F-test. At pass@32 on miniF2F-test, LemmaForge reaches 57.8%, a gain of 7.4 points over "
            "DeepSeek-Prover-V1.5-RL. It also solves 14 of the 657 PutnamBench problems. Lemma reuse alone "
            "accounts for a third of the improvement and cuts the average number of verification calls per "
            "proved theorem by 41%. Code, the lemma libraries and all generated proofs are released."
        ),
        "spans": [
            ("Whole-Proof Generation", "M"),
            ("Whole-proof generation", "M"),
            ("Theorem Proving", "T"),
            ("large language models", "M"),
            ("formal theorem proving", "T"),
            ("DeepSeek-Prover-V1.5", "M"),
            ("DeepSeek-Prover-V1.5-RL", "M"),
            ("LemmaForge", "M"),
            ("expert iteration", "M"),
            ("NuminaMath", "D"),
            ("reinforcement learning", "M"),
            ("miniF2F-test", "D"),
            ("ProofNet-test", "D"),
            ("pass@3200", "X"),
            ("RMaxTS", "M"),
            ("InternLM2.5-StepProver", "M"),
            ("pass@32", "X"),
            ("PutnamBench", "D"),
        ],
        "results": [
            ("pass@3200 rates of 68.4%", "pass@3200", 68.4, "%", "miniF2F-test", "LemmaForge"),
            ("24.7%", "pass@3200", 24.7, "%", "ProofNet-test", "LemmaForge"),
            ("63.5%", "pass@3200", 63.5, "%", "miniF2F-test", "DeepSeek-Prover-V1.5-RL"),
            ("21.5%", "pass@3200", 21.5, "%", "ProofNet-test", "DeepSeek-Prover-V1.5-RL"),
            ("65.2%", "pass@3200", 65.2, "%", "miniF2F-test", "InternLM2.5-StepProver"),
            ("57.8%", "pass@32", 57.8, "%", "miniF2F-test", "LemmaForge"),
            ("gain of 7.4 points", "pass@32", 7.4, "points", "miniF2F-test", "LemmaForge"),
            ("solves 14 of the 657 PutnamBench problems", "problems solved", 14, None, "PutnamBench", None),
            ("by 41%", "verification calls reduction", 41, "%", None, None),
        ],
    },
    {
        "field": "math-reasoning",
        "title": "Beyond Final Answers: A Benchmark for Auditing Intermediate Steps in Olympiad-Level Solutions",
        "text": (
            "Mathematical reasoning benchmarks such as GSM8K, MATH and OlympiadBench score only the final "
            "answer, so a model can be rewarded for a correct number reached through invalid steps. We "
            "introduce LadderCheck, a benchmark of 2,140 olympiad-level problems, each with a model-generated "
            "solution whose steps were labelled as valid, invalid or unjustified by 31 trained annotators with "
            "competition experience, reaching an inter-annotator agreement of 0.81 Cohen's kappa. "
            "The benchmark measures two abilities: solving with sound reasoning, scored by the sound-solution "
            "rate, i.e. the share of final answers that are both correct and supported by valid steps, and "
            "auditing, scored by the F1 of locating the first flawed step. Among 17 evaluated models, o1 "
            "attains the highest sound-solution rate at 61.4%, followed by DeepSeek-R1 at 57.9% and Claude 3.5 "
            "Sonnet at 29.6%, while GPT-4o reaches 27.9%. Final-answer accuracy exceeds the sound-solution rate "
            "by 9 to 24 points, with the largest gaps for distilled open models such as "
            "DeepSeek-R1-Distill-Qwen-32B. For auditing, the best model reaches an F1 of 0.58, far below the "
            "0.86 of expert annotators, and process reward models trained on MATH, including Math-Shepherd and "
            "Qwen2.5-Math-PRM-7B, score between 0.31 and 0.44. Models spend 4.2\u00d7 more tokens per problem on "
            "LadderCheck than on MATH-500 without proportional gains. We release the benchmark, the annotation "
            "guidelines and an automatic grader that agrees with human labels on 92% of solutions."
        ),
        "spans": [
            ("Mathematical reasoning", "T"),
            ("GSM8K", "D"),
            ("MATH", "D"),
            ("OlympiadBench", "D"),
            ("LadderCheck", "D"),
            ("Cohen's kappa", "X"),
            ("sound-solution rate", "X"),
            ("F1", "X"),
            ("o1", "M"),
            ("DeepSeek-R1", "M"),
            ("Claude 3.5 Sonnet", "M"),
            ("GPT-4o", "M"),
            ("Final-answer accuracy", "X"),
            ("DeepSeek-R1-Distill-Qwen-32B", "M"),
            ("process reward models", "M"),
            ("Math-Shepherd", "M"),
            ("Qwen2.5-Math-PRM-7B", "M"),
            ("tokens per problem", "X"),
            ("MATH-500", "D"),
        ],
        "results": [
            ("0.81 Cohen's kappa", "Cohen's kappa", 0.81, None, "LadderCheck", None),
            ("sound-solution rate at 61.4%", "sound-solution rate", 61.4, "%", None, "o1"),
            ("57.9%", "sound-solution rate", 57.9, "%", None, "DeepSeek-R1"),
            ("29.6%", "sound-solution rate", 29.6, "%", None, "Claude 3.5 Sonnet"),
            ("27.9%", "sound-solution rate", 27.9, "%", None, "GPT-4o"),
            ("by 9 to 24 points", "final-answer accuracy", 24, "points", None, None, {"low": 9}),
            ("F1 of 0.58", "F1", 0.58, None, None, None),
            ("0.86", "F1", 0.86, None, None, None),
            ("between 0.31 and 0.44", "F1", 0.44, None, None, None, {"low": 0.31}),
            ("4.2\u00d7 more tokens per problem", "tokens per problem", 4.2, "\u00d7", "LadderCheck", None),
            ("92% of solutions", "agreement rate", 92, "%", None, None),
        ],
    },
    # ------------------------------------------------------------------ finance-legal-nlp
    {
        "field": "finance-legal-nlp",
        "title": "QuantaLedger: Program-Verified Numerical Reasoning over Financial Tables and Text",
        "text": (
            "Financial question answering requires locating figures scattered across tables and narrative text "
            "and composing multi-step arithmetic, and large language models still make frequent retrieval and "
            "calculation errors on it. We propose QuantaLedger, a framework in which an LLM writes a Python "
            "program whose variables are explicitly bound to cited table cells and sentences; a verifier "
            "executes the program, checks every binding against the source, and returns unit, scale and sign "
            "inconsistencies as feedback for up to three rounds of revision. QuantaLedger is applied without "
            "task-specific fine-tuning to GPT-4o and Llama-3.1-70B-Instruct. On FinQA and ConvFinQA, "
            "QuantaLedger with GPT-4o reaches execution accuracies of 78.6% and 82.3%, respectively, "
            "outperforming program-of-thought prompting by 6.9 and 5.4 points and the fine-tuned FinQANet by "
            "over 17 points. On TAT-QA it obtains an exact match of 74.1 and an F1 of 81.9. With the open "
            "Llama-3.1-70B-Instruct, execution accuracy on FinQA rises from 61.2% with chain-of-thought "
            "prompting to 72.5%. Errors caused by a wrong scale, such as confusing thousands with millions, "
            "fall by 83%. An analysis of 400 remaining failures shows that they mostly stem from ambiguous "
            "questions and missing context rather than from arithmetic. Each question requires 2.3 LLM calls on "
            "average, and the verifier adds less than 40 ms, so the framework remains practical for analysts "
            "working through long annual reports."
        ),
        "spans": [
            ("QuantaLedger", "M"),
            ("Numerical Reasoning", "T"),
            ("Financial question answering", "T"),
            ("large language models", "M"),
            ("LLM", "M"),
            ("GPT-4o", "M"),
            ("Llama-3.1-70B-Instruct", "M"),
            ("FinQA", "D"),
            ("ConvFinQA", "D"),
            ("execution accuracies", "X"),
            ("execution accuracy", "X"),
            ("program-of-thought prompting", "M"),
            ("FinQANet", "M"),
            ("TAT-QA", "D"),
            ("exact match", "X"),
            ("F1", "X"),
            ("chain-of-thought prompting", "M"),
        ],
        "results": [
            ("execution accuracies of 78.6%", "execution accuracy", 78.6, "%", "FinQA", "QuantaLedger"),
            ("82.3%", "execution accuracy", 82.3, "%", "ConvFinQA", "QuantaLedger"),
            ("by 6.9", "execution accuracy", 6.9, "points", "FinQA", "QuantaLedger"),
            ("5.4 points", "execution accuracy", 5.4, "points", "ConvFinQA", "QuantaLedger"),
            ("over 17 points", "execution accuracy", 17, "points", None, "QuantaLedger"),
            ("exact match of 74.1", "exact match", 74.1, None, "TAT-QA", None),
            ("F1 of 81.9", "F1", 81.9, None, "TAT-QA", None),
            ("execution accuracy on FinQA rises from 61.2%", "execution accuracy", 61.2, "%", "FinQA",
             "chain-of-thought prompting"),
            ("72.5%", "execution accuracy", 72.5, "%", "FinQA", "Llama-3.1-70B-Instruct"),
            ("fall by 83%", "scale error reduction", 83, "%", None, None),
            ("2.3 LLM calls", "LLM calls per question", 2.3, None, None, None),
            ("adds less than 40 ms", "verification time", 40, "ms", None, None),
        ],
    },
    {
        "field": "finance-legal-nlp",
        "title": "Hierarchical Long-Document Encoding with Statute Retrieval for Legal Judgment Prediction",
        "text": (
            "Legal judgment prediction requires reading long case descriptions and relating the facts to the "
            "provisions that may have been violated, yet most models truncate documents to a few thousand "
            "tokens and ignore the text of the law itself. We present LexiLoom, a hierarchical encoder that "
            "processes cases of up to 64k tokens paragraph by paragraph with a LEGAL-BERT backbone, aggregates "
            "the paragraphs with a cross-paragraph attention layer, and attends to candidate articles of the "
            "European Convention on Human Rights returned by a dense retriever. On the LexGLUE benchmark, "
            "LexiLoom improves macro-F1 on ECtHR Task A and ECtHR Task B to 72.8 and 79.4, against 65.7 and "
            "73.4 for hierarchical LEGAL-BERT and 69.3 and 76.2 for Longformer-based models. It also reaches "
            "76.5 micro-F1 on SCOTUS and 75.1% accuracy on CaseHOLD, and it ranks first on 5 of the 7 LexGLUE "
            "tasks, while remaining below the strongest baselines on EUR-LEX and LEDGAR. Instruction-tuned LLMs "
            "such as Llama-3-8B-Instruct fine-tuned with LoRA reach only 61.2 macro-F1 on ECtHR Task A, although "
            "they are 18\u00d7 larger. Retrieval of the articles is responsible for 4.2 of the 7.1-point gain "
            "on ECtHR Task A. Ablations show that the cross-paragraph layer matters most for cases longer than "
            "8k tokens, where macro-F1 gains over truncation reach 11.3 points. Inference on a 20k-token case "
            "takes 0.9 s on a single GPU."
        ),
        "spans": [
            ("Legal Judgment Prediction", "T"),
            ("Legal judgment prediction", "T"),
            ("LexiLoom", "M"),
            ("LEGAL-BERT", "M"),
            ("LexGLUE", "D"),
            ("macro-F1", "X"),
            ("ECtHR Task A", "D"),
            ("ECtHR Task B", "D"),
            ("Longformer", "M"),
            ("micro-F1", "X"),
            ("SCOTUS", "D"),
            ("accuracy", "X"),
            ("CaseHOLD", "D"),
            ("EUR-LEX", "D"),
            ("LEDGAR", "D"),
            ("LLMs", "M"),
            ("Llama-3-8B-Instruct", "M"),
            ("LoRA", "M"),
        ],
        "results": [
            ("72.8", "macro-F1", 72.8, None, "ECtHR Task A", "LexiLoom"),
            ("79.4", "macro-F1", 79.4, None, "ECtHR Task B", "LexiLoom"),
            ("65.7", "macro-F1", 65.7, None, "ECtHR Task A", "LEGAL-BERT"),
            ("73.4", "macro-F1", 73.4, None, "ECtHR Task B", "LEGAL-BERT"),
            ("69.3", "macro-F1", 69.3, None, "ECtHR Task A", "Longformer"),
            ("76.2", "macro-F1", 76.2, None, "ECtHR Task B", "Longformer"),
            ("76.5 micro-F1", "micro-F1", 76.5, None, "SCOTUS", None),
            ("75.1% accuracy", "accuracy", 75.1, "%", "CaseHOLD", None),
            ("5 of the 7 LexGLUE tasks", "tasks ranked first", 5, None, "LexGLUE", None),
            ("61.2 macro-F1", "macro-F1", 61.2, None, "ECtHR Task A", "Llama-3-8B-Instruct"),
            ("4.2", "improvement", 4.2, "points", "ECtHR Task A", None),
            ("7.1-point gain", "improvement", 7.1, "points", "ECtHR Task A", None),
            ("macro-F1 gains over truncation reach 11.3 points", "macro-F1", 11.3, "points", None, None),
            ("takes 0.9 s", "inference time", 0.9, "s", None, None),
        ],
    },
    {
        "field": "finance-legal-nlp",
        "title": "ClauseScout: Definition-Aware Retrieval for Contract Review with Long-Context Language Models",
        "text": (
            "Contract review requires finding clauses that create obligations or risks and interpreting them in "
            "light of defined terms that may appear dozens of pages earlier. Fine-tuned encoders such as "
            "DeBERTa-v3-large are strong on short spans but cannot see the definitions, while long-context LLMs "
            "read the whole contract but miss rare clause types. We introduce ClauseScout, which builds a "
            "definition graph linking every defined term to its uses, retrieves candidate passages with a "
            "hybrid of BM25 and a contract-tuned dense retriever, expands them with the definitions they depend "
            "on, and asks an LLM to extract or classify clauses with citations to the retrieved text. On CUAD, "
            "ClauseScout with GPT-4o attains 58.3% precision at 80% recall and an AUPR of 0.571, versus 44.0% "
            "and 0.478 for DeBERTa-v3-large and 0.512 AUPR for GPT-4o reading the full contract. On "
            "ContractNLI, it reaches 91.2% accuracy and a macro-F1 of 84.7, 3.4 and 5.9 points above the "
            "strongest fine-tuned model, respectively. The gains concentrate on the 12 rarest CUAD categories, "
            "where recall improves by up to 23 points. Because only retrieved passages are sent to the model, "
            "ClauseScout uses 8.6\u00d7 fewer input tokens than full-context prompting, lowering the API cost per "
            "contract from $1.42 to $0.19 and latency from 48 s to 11 s. With Llama-3.1-8B-Instruct as the "
            "reader, ClauseScout still outperforms DeBERTa-v3-large on 31 of the 41 CUAD categories."
        ),
        "spans": [
            ("ClauseScout", "M"),
            ("Contract Review", "T"),
            ("Contract review", "T"),
            ("DeBERTa-v3-large", "M"),
            ("LLMs", "M"),
            ("LLM", "M"),
            ("BM25", "M"),
            ("CUAD", "D"),
            ("GPT-4o", "M"),
            ("precision at 80% recall", "X"),
            ("AUPR", "X"),
            ("ContractNLI", "D"),
            ("accuracy", "X"),
            ("macro-F1", "X"),
            ("recall", "X"),
            ("API cost", "X"),
            ("latency", "X"),
            ("Llama-3.1-8B-Instruct", "M"),
        ],
        "results": [
            ("58.3% precision at 80% recall", "precision at 80% recall", 58.3, "%", "CUAD", "ClauseScout"),
            ("AUPR of 0.571", "AUPR", 0.571, None, "CUAD", "ClauseScout"),
            ("44.0%", "precision at 80% recall", 44.0, "%", "CUAD", "DeBERTa-v3-large"),
            ("0.478", "AUPR", 0.478, None, "CUAD", "DeBERTa-v3-large"),
            ("0.512 AUPR", "AUPR", 0.512, None, "CUAD", "GPT-4o"),
            ("91.2% accuracy", "accuracy", 91.2, "%", "ContractNLI", None),
            ("macro-F1 of 84.7", "macro-F1", 84.7, None, "ContractNLI", None),
            ("3.4", "accuracy", 3.4, "points", "ContractNLI", None),
            ("5.9 points", "macro-F1", 5.9, "points", "ContractNLI", None),
            ("recall improves by up to 23 points", "recall", 23, "points", "CUAD", None),
            ("8.6\u00d7 fewer input tokens", "input token reduction", 8.6, "\u00d7", None, "ClauseScout"),
            ("API cost per contract from $1.42 to $0.19", "API cost", 0.19, "$", None, "ClauseScout"),
            ("latency from 48 s to 11 s", "latency", 11, "s", None, "ClauseScout"),
            ("31 of the 41 CUAD categories", "categories won", 31, None, "CUAD", "ClauseScout"),
        ],
    },
    {
        "field": "finance-legal-nlp",
        "title": "Continual Pretraining Without Forgetting: An Open 8B Language Model for Financial Analysis",
        "text": (
            "Domain-adaptive pretraining can inject financial knowledge into general-purpose language models, "
            "but it often degrades instruction following and general reasoning, and most open financial LLMs "
            "are evaluated on saturated sentiment benchmarks. We present QuillFin-8B, obtained by continual "
            "pretraining of Llama-3-8B on 52B tokens of filings, earnings-call transcripts, analyst reports and "
            "financial news mixed with 20% general web data, followed by instruction tuning on 310k examples. A "
            "replay schedule that anneals the share of general data and a loss-based filter for noisy filings "
            "limit forgetting: QuillFin-8B loses only 0.6 points of MMLU accuracy relative to "
            "Llama-3-8B-Instruct, whereas a model trained without replay loses 4.9. On financial sentiment "
            "analysis, QuillFin-8B reaches 88.7% accuracy on FPB and a weighted F1 of 0.86 on FiQA-SA, above "
            "FinMA-7B (0.79) and BloombergGPT (0.75, as reported). For numerical reasoning, it attains "
            "accuracies of 63.4% on FinQA and 70.8% on ConvFinQA, 9.2 and 8.1 points above "
            "Llama-3-8B-Instruct, and it is the best open model under 10B parameters on 8 of the 11 tasks of "
            "the FinBen suite. On a new set of 1,200 analyst-written questions about 10-K filings, human graders "
            "prefer its answers over those of GPT-4o-mini in 47% of cases. Training used 256 H100 GPUs for 5 "
            "days."
        ),
        "spans": [
            ("Continual Pretraining", "M"),
            ("continual pretraining", "M"),
            ("Domain-adaptive pretraining", "M"),
            ("LLMs", "M"),
            ("QuillFin-8B", "M"),
            ("Llama-3-8B", "M"),
            ("Llama-3-8B-Instruct", "M"),
            ("instruction tuning", "M"),
            ("replay", "M"),
            ("MMLU", "D"),
            ("accuracy", "X"),
            ("accuracies", "X"),
            ("financial sentiment analysis", "T"),
            ("FPB", "D"),
            ("weighted F1", "X"),
            ("FiQA-SA", "D"),
            ("FinMA-7B", "M"),
            ("BloombergGPT", "M"),
            ("numerical reasoning", "T"),
            ("FinQA", "D"),
            ("ConvFinQA", "D"),
            ("FinBen", "D"),
            ("GPT-4o-mini", "M"),
        ],
        "results": [
            ("0.6 points of MMLU accuracy", "accuracy", 0.6, "points", "MMLU", "QuillFin-8B"),
            ("loses 4.9", "accuracy", 4.9, "points", "MMLU", None),
            ("88.7% accuracy", "accuracy", 88.7, "%", "FPB", "QuillFin-8B"),
            ("weighted F1 of 0.86", "weighted F1", 0.86, None, "FiQA-SA", "QuillFin-8B"),
            ("0.79", "weighted F1", 0.79, None, "FiQA-SA", "FinMA-7B"),
            ("0.75", "weighted F1", 0.75, None, "FiQA-SA", "BloombergGPT"),
            ("accuracies of 63.4%", "accuracy", 63.4, "%", "FinQA", None),
            ("70.8%", "accuracy", 70.8, "%", "ConvFinQA", None),
            ("9.2", "accuracy", 9.2, "points", "FinQA", None),
            ("8.1 points", "accuracy", 8.1, "points", "ConvFinQA", None),
            ("8 of the 11 tasks", "tasks ranked first", 8, None, "FinBen", None),
            ("47% of cases", "win rate", 47, "%", None, None),
        ],
    },
    {
        "field": "finance-legal-nlp",
        "title": "DocketBench: Evaluating Legal Reasoning of Language Models on Real Federal Court Dockets",
        "text": (
            "Existing legal benchmarks such as LegalBench and LexGLUE consist largely of short, curated "
            "excerpts, whereas practitioners work with long and messy procedural records. We introduce "
            "DocketBench, a benchmark of 3,860 questions built from 912 US federal court dockets and covering "
            "five task families: procedural posture identification, deadline computation, motion outcome "
            "prediction, citation verification and rule application. Every question was written and "
            "double-checked by licensed attorneys, and free-form answers are graded with rubrics calibrated "
            "against attorney judgments. We evaluate 14 proprietary and open models, including GPT-4o, Claude "
            "3.5 Sonnet, Gemini 1.5 Pro, Llama-3.1-70B-Instruct and the legal-domain SaulLM-7B, both with full "
            "dockets in context and with retrieval-augmented generation. The best model, Claude 3.5 Sonnet, "
            "reaches an overall accuracy of 62.7%, followed by GPT-4o at 59.4% and Gemini 1.5 Pro at 55.1%, "
            "while SaulLM-7B reaches 28.3%, below its general-purpose base model. Deadline computation is the "
            "hardest family, with no model above 41% exact match. Retrieval-augmented generation improves "
            "accuracy on dockets longer than 100k tokens by 6 to 11 points but lowers accuracy on citation "
            "verification by up to 8 points. Model rankings on DocketBench correlate only weakly with those on "
            "LegalBench (Spearman \u03c1 = 0.38), suggesting that curated benchmarks underestimate the difficulty "
            "of procedural reasoning. A human expert baseline answers 87.5% of the questions correctly, in about "
            "14 minutes per question."
        ),
        "spans": [
            ("DocketBench", "D"),
            ("Legal Reasoning", "T"),
            ("LegalBench", "D"),
            ("LexGLUE", "D"),
            ("procedural posture identification", "T"),
            ("deadline computation", "T"),
            ("Deadline computation", "T"),
            ("motion outcome prediction", "T"),
            ("citation verification", "T"),
            ("rule application", "T"),
            ("GPT-4o", "M"),
            ("Claude 3.5 Sonnet", "M"),
            ("Gemini 1.5 Pro", "M"),
            ("Llama-3.1-70B-Instruct", "M"),
            ("SaulLM-7B", "M"),
            ("retrieval-augmented generation", "M"),
            ("Retrieval-augmented generation", "M"),
            ("accuracy", "X"),
            ("exact match", "X"),
            ("Spearman \u03c1", "X"),
            ("overall accuracy", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("accuracy of 62.7%", "accuracy", 62.7, "%", None, "Claude 3.5 Sonnet"),
            ("59.4%", "accuracy", 59.4, "%", None, "GPT-4o"),
            ("55.1%", "accuracy", 55.1, "%", None, "Gemini 1.5 Pro"),
            ("28.3%", "accuracy", 28.3, "%", None, "SaulLM-7B"),
            ("above 41% exact match", "exact match", 41, "%", None, None),
            ("by 6 to 11 points", "accuracy", 11, "points", None, "Retrieval-augmented generation", {"low": 6}),
            ("by up to 8 points", "accuracy", 8, "points", None, "Retrieval-augmented generation"),
            ("Spearman \u03c1 = 0.38", "Spearman correlation", 0.38, None, None, None),
            ("87.5% of the questions correctly", "accuracy", 87.5, "%", None, None),
            ("14 minutes per question", "latency", 14, "min", None, None),
        ],
    },
]
