"""dev20 records: dialogue (6) and source-separation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Zelvoran", "Zintaro", "Zubrelle", "Zennivar", "Zilquorn", "Zumbrake",
          "Zethorin", "Zivelle", "Zurnquist", "Zelphic", "Zindrove", "Zuvatra"]

RECS = [
    # ------------------------------------------------------------ dialogue
    {
        "field": "dialogue",
        "title": "Zelvoran: Plan-then-Verbalize Preference Optimization for Task-Oriented Dialogue with Small "
                 "Language Models",
        "text": (
            "End-to-end task-oriented dialogue (TOD) systems built on large language models (LLMs) produce fluent "
            "responses but often fail to request or provide the slots a user needs, and reinforcement learning from "
            "corpus-level rewards tends to trade fluency for task success. We propose Zelvoran, which splits every "
            "turn into a symbolic dialogue-act plan and a verbalization step, and optimizes the planner with direct "
            "preference optimization (DPO) on preference pairs scored by a belief-state simulator rather than by "
            "human raters. Zelvoran is built on Flan-T5-large (780M parameters). On MultiWOZ 2.2 with the "
            "standardized evaluation script, Zelvoran reaches an Inform rate of 93.1, a Success rate of 85.4 and a "
            "BLEU of 19.8, for a Combined Score of 109.1, ahead of Mars (Inform 88.9, Success 78.0, BLEU 19.9) and "
            "GALAXY (85.4 / 75.7 / 19.6). Compared with GPT-4o prompted zero-shot with the same database access, "
            "Zelvoran raises Success by 21.7 points while running 6.4\u00d7 faster per turn. On MultiWOZ 2.4, joint "
            "goal accuracy of the intermediate belief states reaches 74.8%. Ablations show that removing the plan "
            "step lowers Success to 79.2, and that preference pairs from the simulator are worth as much as 2,000 "
            "human-labelled pairs. We release the planner checkpoints and the simulator."
        ),
        "spans": [
            ("Zelvoran", "M"), ("Task-Oriented Dialogue", "T"), ("Small Language Models", "M"),
            ("task-oriented dialogue", "T"), ("TOD", "T"), ("large language models", "M"), ("LLMs", "M"),
            ("reinforcement learning", "M"), ("direct preference optimization", "M"), ("DPO", "M"),
            ("Flan-T5-large", "M"), ("MultiWOZ 2.2", "D"), ("Inform rate", "X"), ("Success rate", "X"),
            ("BLEU", "X"), ("Combined Score", "X"), ("Mars", "M"), ("Inform", "X"), ("Success", "X"),
            ("GALAXY", "M"), ("GPT-4o", "M"), ("MultiWOZ 2.4", "D"), ("joint goal accuracy", "X"),
        ],
        "results": [
            ("Inform rate of 93.1", "Inform rate", 93.1, None, "MultiWOZ 2.2", "Zelvoran"),
            ("Success rate of 85.4", "Success rate", 85.4, None, "MultiWOZ 2.2", "Zelvoran"),
            ("BLEU of 19.8", "BLEU", 19.8, None, "MultiWOZ 2.2", "Zelvoran"),
            ("Combined Score of 109.1", "Combined Score", 109.1, None, "MultiWOZ 2.2", "Zelvoran"),
            ("Inform 88.9", "Inform rate", 88.9, None, "MultiWOZ 2.2", "Mars"),
            ("Success 78.0", "Success rate", 78.0, None, "MultiWOZ 2.2", "Mars"),
            ("BLEU 19.9", "BLEU", 19.9, None, "MultiWOZ 2.2", "Mars"),
            ("85.4", "Inform rate", 85.4, None, "MultiWOZ 2.2", "GALAXY", {"occ": 1}),
            ("75.7", "Success rate", 75.7, None, "MultiWOZ 2.2", "GALAXY"),
            ("19.6", "BLEU", 19.6, None, "MultiWOZ 2.2", "GALAXY"),
            ("raises Success by 21.7 points", "Success rate", 21.7, "points", None, "Zelvoran"),
            ("6.4\u00d7 faster", "speed-up", 6.4, "\u00d7", None, "Zelvoran"),
            ("joint goal accuracy of the intermediate belief states reaches 74.8%", "joint goal accuracy", 74.8, "%",
             "MultiWOZ 2.4", None),
            ("lowers Success to 79.2", "Success rate", 79.2, None, None, None),
        ],
    },
    {
        "field": "dialogue",
        "title": "Zintaro: Schema-as-Code Prompting for Zero-Shot Dialogue State Tracking with Open-Weight LLMs",
        "text": (
            "Dialogue state tracking (DST) maps a conversation to slot-value pairs defined by a schema, and zero-shot "
            "DST asks a tracker to handle domains never seen in training. In-context learning with proprietary models "
            "such as ChatGPT narrows the gap to supervised trackers in joint goal accuracy (JGA), but relies on long "
            "prompts and closed APIs. We present Zintaro, which renders each schema as a Python class with typed "
            "attributes and docstrings, fine-tunes Llama-3.1-8B with LoRA to emit state updates as code, and "
            "restricts generation to valid slot values through a grammar derived from the schema. In the "
            "leave-one-domain-out protocol on MultiWOZ 2.1, Zintaro attains an average JGA of 63.9%, compared with "
            "56.4% for LDST, 49.3% for SDP-DST and 39.2% for T5DST, with the largest gains over LDST in the taxi and "
            "train domains (+11.8 and +9.6 points). On the Schema-Guided Dialogue (SGD) dataset, whose test set "
            "contains 15 unseen services, Zintaro obtains 81.7% JGA on unseen services and 86.2% overall, within 0.9 "
            "points of the fully supervised D3ST-XXL (11B parameters) in JGA. Constrained decoding removes all "
            "invalid slot values. Zintaro also cuts the average prompt length from 3,410 tokens for IC-DST to 620, "
            "lowering latency per turn from 1.9 s to 0.34 s on a single A100. Code and prompts are public."
        ),
        "spans": [
            ("Zintaro", "M"), ("Zero-Shot Dialogue State Tracking", "T"), ("LLMs", "M"),
            ("Dialogue state tracking", "T"), ("DST", "T"), ("zero-shot DST", "T"), ("In-context learning", "M"),
            ("ChatGPT", "M"), ("joint goal accuracy", "X"), ("JGA", "X"), ("Llama-3.1-8B", "M"), ("LoRA", "M"),
            ("MultiWOZ 2.1", "D"), ("average JGA", "X"), ("LDST", "M"), ("SDP-DST", "M"), ("T5DST", "M"),
            ("Schema-Guided Dialogue", "D"), ("SGD", "D"), ("D3ST-XXL", "M"), ("Constrained decoding", "M"),
            ("average prompt length", "X"), ("IC-DST", "M"), ("latency", "X"),
        ],
        "results": [
            ("average JGA of 63.9%", "JGA", 63.9, "%", "MultiWOZ 2.1", "Zintaro"),
            ("56.4% for LDST", "JGA", 56.4, "%", "MultiWOZ 2.1", "LDST"),
            ("49.3% for SDP-DST", "JGA", 49.3, "%", "MultiWOZ 2.1", "SDP-DST"),
            ("39.2% for T5DST", "JGA", 39.2, "%", "MultiWOZ 2.1", "T5DST"),
            ("+11.8", "improvement", 11.8, "points", "MultiWOZ 2.1", "Zintaro"),
            ("+9.6 points", "improvement", 9.6, "points", "MultiWOZ 2.1", "Zintaro"),
            ("81.7% JGA", "JGA", 81.7, "%", "SGD", "Zintaro"),
            ("86.2% overall", "JGA", 86.2, "%", "SGD", "Zintaro"),
            ("within 0.9 points", "JGA", 0.9, "points", "SGD", "Zintaro"),
            ("average prompt length from 3,410 tokens", "prompt length", 3410, "tokens", None, "IC-DST"),
            ("620", "prompt length", 620, "tokens", None, "Zintaro"),
            ("latency per turn from 1.9 s to 0.34 s", "latency", 0.34, "s", None, "Zintaro"),
        ],
    },
    {
        "field": "dialogue",
        "title": "Zubrelle: Sentence-Level Knowledge Selection with Contrastive Faithfulness Rewards for "
                 "Knowledge-Grounded Dialogue",
        "text": (
            "Knowledge-grounded dialogue systems must pick the right evidence from a large pool and then stay "
            "faithful to it, and errors in either step surface as hallucinated responses. We introduce Zubrelle, a "
            "two-stage model that first scores candidate passages with a ColBERTv2 retriever and a sentence-level "
            "selector trained with a listwise ranking loss, then generates the response with BART-large conditioned "
            "on the selected sentence, fine-tuned with a contrastive faithfulness reward that penalises tokens "
            "unsupported by the evidence. On the Wizard of Wikipedia (WoW) benchmark, Zubrelle selects the gold "
            "knowledge sentence with 31.2% accuracy on the seen split and 29.5% on the unseen split, against 28.4% "
            "and 25.1% for KnowledGPT, while its responses obtain a unigram F1 of 22.6 and a Knowledge F1 (KF1) of "
            "38.9 on the unseen split [vs. 20.1 and 27.4 for FiD]. On WoW, Zubrelle also lowers perplexity on the "
            "seen split from 17.8 for the BART-large baseline without selection to 14.3. On the CMU Document "
            "Grounded Conversations (CMU_DoG) dataset, Zubrelle improves F1 by 1.7 points over the previous best "
            "model. Human evaluation with 300 dialogues shows that Zubrelle's responses are judged more factually "
            "consistent than those of BlenderBot 3 in 64% of pairwise comparisons, with no loss in engagingness. "
            "The selector adds a latency of 41 ms per turn."
        ),
        "spans": [
            ("Zubrelle", "M"), ("Knowledge Selection", "T"), ("Knowledge-Grounded Dialogue", "T"),
            ("Knowledge-grounded dialogue", "T"), ("ColBERTv2", "M"), ("BART-large", "M"),
            ("Wizard of Wikipedia", "D"), ("WoW", "D"), ("accuracy", "X"), ("KnowledGPT", "M"),
            ("unigram F1", "X"), ("Knowledge F1", "X"), ("KF1", "X"), ("FiD", "M"), ("perplexity", "X"),
            ("CMU Document Grounded Conversations", "D"), ("CMU_DoG", "D"), ("F1", "X"), ("BlenderBot 3", "M"),
            ("engagingness", "X"), ("latency", "X"),
        ],
        "results": [
            ("31.2% accuracy", "accuracy", 31.2, "%", "Wizard of Wikipedia", "Zubrelle"),
            ("29.5%", "accuracy", 29.5, "%", "Wizard of Wikipedia", "Zubrelle"),
            ("28.4%", "accuracy", 28.4, "%", "Wizard of Wikipedia", "KnowledGPT"),
            ("25.1%", "accuracy", 25.1, "%", "Wizard of Wikipedia", "KnowledGPT"),
            ("unigram F1 of 22.6", "unigram F1", 22.6, None, "Wizard of Wikipedia", "Zubrelle"),
            ("Knowledge F1 (KF1) of 38.9", "Knowledge F1", 38.9, None, "Wizard of Wikipedia", "Zubrelle"),
            ("20.1", "unigram F1", 20.1, None, "Wizard of Wikipedia", "FiD"),
            ("27.4", "Knowledge F1", 27.4, None, "Wizard of Wikipedia", "FiD"),
            ("perplexity on the seen split from 17.8", "perplexity", 17.8, None, "Wizard of Wikipedia",
             "BART-large"),
            ("14.3", "perplexity", 14.3, None, "Wizard of Wikipedia", "Zubrelle"),
            ("improves F1 by 1.7 points", "F1", 1.7, "points", "CMU_DoG", "Zubrelle"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "Zubrelle"),
            ("latency of 41 ms", "latency", 41, "ms", None, None),
        ],
    },
    {
        "field": "dialogue",
        "title": "Zennivar: Persona-Entailment Reranking at Decoding Time for Consistent Open-Domain Dialogue "
                 "Generation",
        "text": (
            "In open-domain dialogue, chatbots conditioned on a persona still contradict their own profile after a "
            "few turns, and the contradiction rate grows with dialogue length. We propose Zennivar, an "
            "inference-time method that rescores candidate continuations with a lightweight natural language "
            "inference (NLI) model trained on Dialogue NLI, penalising candidates that contradict the persona or "
            "earlier turns, and that reuses cached prefix states across candidates so that decoding stays close to "
            "greedy cost. We apply Zennivar to Llama-3-8B-Instruct, Mistral-7B-Instruct and Qwen2.5-7B-Instruct "
            "without any fine-tuning. On PersonaChat, Zennivar raises the consistency score (C-score) of "
            "Llama-3-8B-Instruct from 0.41 to 0.68, and that of Mistral-7B-Instruct and Qwen2.5-7B-Instruct by 0.26 "
            "and 0.22 points, respectively, while keeping Distinct-2 within 0.01 of the base models. On the "
            "long-horizon Multi-Session Chat (MSC) benchmark, Zennivar lowers the contradiction rate of "
            "Llama-3-8B-Instruct, as judged by GPT-4o, from 18.6% to 7.9%. In a human evaluation on 200 dialogues, "
            "annotators preferred Zennivar's responses over those of nucleus sampling in 58% of comparisons for "
            "consistency and rated engagingness on par (3.61 for Zennivar vs. 3.58 for nucleus sampling on a "
            "5-point scale). Zennivar decodes 1.3\u00d7 slower than greedy decoding, compared with 4.7\u00d7 for "
            "best-of-n reranking with the same number of candidates. Much of the persona inconsistency of current "
            "chat models can thus be fixed at inference time."
        ),
        "spans": [
            ("Zennivar", "M"), ("Open-Domain Dialogue Generation", "T"), ("open-domain dialogue", "T"),
            ("contradiction rate", "X"), ("natural language inference", "T"), ("NLI", "T"), ("Dialogue NLI", "D"),
            ("Llama-3-8B-Instruct", "M"), ("Mistral-7B-Instruct", "M"), ("Qwen2.5-7B-Instruct", "M"),
            ("PersonaChat", "D"), ("consistency score", "X"), ("C-score", "X"), ("Distinct-2", "X"),
            ("Multi-Session Chat", "D"), ("MSC", "D"), ("GPT-4o", "M"), ("nucleus sampling", "M"),
            ("engagingness", "X"), ("greedy decoding", "M"), ("best-of-n reranking", "M"),
        ],
        "results": [
            ("C-score) of Llama-3-8B-Instruct from 0.41 to 0.68", "C-score", 0.68, None, "PersonaChat", "Zennivar"),
            ("by 0.26", "C-score", 0.26, "points", "PersonaChat", "Zennivar"),
            ("0.22 points", "C-score", 0.22, "points", "PersonaChat", "Zennivar"),
            ("Distinct-2 within 0.01", "Distinct-2", 0.01, None, "PersonaChat", "Zennivar"),
            ("contradiction rate of Llama-3-8B-Instruct, as judged by GPT-4o, from 18.6% to 7.9%",
             "contradiction rate", 7.9, "%", "MSC", "Zennivar"),
            ("58% of comparisons", "win rate", 58, "%", None, "Zennivar"),
            ("3.61 for Zennivar", "engagingness", 3.61, None, None, "Zennivar"),
            ("3.58 for nucleus sampling", "engagingness", 3.58, None, None, "nucleus sampling"),
            ("1.3\u00d7 slower", "slowdown", 1.3, "\u00d7", None, "Zennivar"),
            ("4.7\u00d7 for best-of-n reranking", "slowdown", 4.7, "\u00d7", None, "best-of-n reranking"),
        ],
    },
    {
        "field": "dialogue",
        "title": "Zilquorn: Anchored Pairwise Judgments Make LLM-Based Dialogue Evaluation Reliable",
        "text": (
            "Automatic dialogue evaluation still relies on reference-based metrics such as BLEU and BERTScore, which "
            "correlate poorly with human judgments of open-domain conversations, while LLM judges such as G-EVAL are "
            "sensitive to prompt wording and score scales. We present Zilquorn, an evaluator that asks a judge model "
            "for pairwise comparisons against anchor responses rather than absolute scores, and converts them into "
            "calibrated ratings with a Bradley\u2013Terry model fitted per evaluation aspect. With "
            "Qwen2.5-14B-Instruct as judge, Zilquorn attains an average turn-level Spearman correlation of 0.571 "
            "across the TopicalChat-USR, PersonaChat-USR and FED datasets, compared with 0.468 for G-EVAL using the "
            "same judge, 0.412 for UniEval and 0.183 for DynaEval. At the dialogue level on FED, Zilquorn reaches a "
            "Spearman correlation of 0.702 with overall quality (G-EVAL: 0.615). On the DSTC10 Track 5 test sets, "
            "Zilquorn ranks first on 4 of the 5 sets and raises the mean Spearman correlation by 0.06 over the best "
            "submitted system. The calibrated scores are also more stable: reordering the rubric in the prompt "
            "changes Zilquorn's ratings by 0.04 on average, compared with 0.21 for G-EVAL. Because comparisons "
            "against anchors can be cached, scoring 1,000 turns costs about 2.4\u00d7 the judge calls of G-EVAL but "
            "5.1\u00d7 fewer judge calls than a full pairwise tournament."
        ),
        "spans": [
            ("Zilquorn", "M"), ("LLM", "M"), ("Dialogue Evaluation", "T"), ("dialogue evaluation", "T"), ("BLEU", "X"), ("BERTScore", "X"),
            ("G-EVAL", "M"), ("Bradley\u2013Terry model", "M"), ("Qwen2.5-14B-Instruct", "M"),
            ("average turn-level Spearman correlation", "X"), ("TopicalChat-USR", "D"), ("PersonaChat-USR", "D"),
            ("FED", "D"), ("UniEval", "M"), ("DynaEval", "M"), ("Spearman correlation", "X"),
            ("DSTC10 Track 5", "D"), ("mean Spearman correlation", "X"), ("judge calls", "X"),
        ],
        "results": [
            ("average turn-level Spearman correlation of 0.571", "Spearman correlation", 0.571, None, None,
             "Zilquorn"),
            ("0.468 for G-EVAL", "Spearman correlation", 0.468, None, None, "G-EVAL"),
            ("0.412 for UniEval", "Spearman correlation", 0.412, None, None, "UniEval"),
            ("0.183 for DynaEval", "Spearman correlation", 0.183, None, None, "DynaEval"),
            ("Spearman correlation of 0.702", "Spearman correlation", 0.702, None, "FED", "Zilquorn"),
            ("0.615", "Spearman correlation", 0.615, None, "FED", "G-EVAL"),
            ("ranks first on 4 of the 5 sets", "sets ranked first", 4, None, "DSTC10 Track 5", "Zilquorn"),
            ("mean Spearman correlation by 0.06", "Spearman correlation", 0.06, None, "DSTC10 Track 5",
             "Zilquorn"),
            ("ratings by 0.04", "rating change", 0.04, None, None, "Zilquorn"),
            ("0.21 for G-EVAL", "rating change", 0.21, None, None, "G-EVAL"),
            ("2.4\u00d7 the judge calls", "judge calls", 2.4, "\u00d7", None, None),
            ("5.1\u00d7 fewer judge calls", "judge calls reduction", 5.1, "\u00d7", None, None),
        ],
    },
    {
        "field": "dialogue",
        "title": "Zumbrake: Event-Graph Memory Lets Small LLMs Remember Months of Conversation",
        "text": (
            "Chat assistants that talk to the same user over weeks must recall facts, preferences and events "
            "scattered across dozens of sessions, yet long-context prompting degrades as histories grow and "
            "retrieval over raw turns misses temporal links. We present Zumbrake, a memory module that incrementally "
            "extracts events and entities from each session into a time-stamped graph and, at every turn, retrieves "
            "a subgraph with personalized PageRank before generation. On the LoCoMo benchmark, which probes "
            "single-hop, multi-hop, temporal and open-domain questions over conversations of about 300 turns, "
            "Zumbrake with Llama-3.1-8B-Instruct reaches an overall F1 of 52.3, compared with 41.0 for MemGPT, 38.6 "
            "for MemoryBank and 44.7 for retrieval-augmented generation (RAG) over turns; on temporal questions its "
            "F1 rises from 21.4 with RAG to 39.8. Zumbrake also scores 47.9 F1 on LoCoMo with GPT-4o-mini, above the "
            "45.2 that GPT-4o-mini obtains with its full 128K-token history. On Multi-Session Chat, Zumbrake improves "
            "response BLEU-1 by 1.9 points and ROUGE-L by 2.4 points over a summarization-memory baseline. Because "
            "prompts carry only the retrieved subgraph, Zumbrake uses a median of 1.2K prompt tokens instead of 26K, "
            "cutting median response latency by 71% and API cost by 93% relative to full-context prompting. Memory "
            "updates run asynchronously in 0.8 s per session."
        ),
        "spans": [
            ("Zumbrake", "M"), ("LLMs", "M"), ("personalized PageRank", "M"), ("LoCoMo", "D"),
            ("Llama-3.1-8B-Instruct", "M"), ("overall F1", "X"), ("F1", "X"), ("MemGPT", "M"), ("MemoryBank", "M"),
            ("retrieval-augmented generation", "M"), ("RAG", "M"), ("GPT-4o-mini", "M"),
            ("Multi-Session Chat", "D"), ("BLEU-1", "X"), ("ROUGE-L", "X"), ("median response latency", "X"),
            ("API cost", "X"),
        ],
        "results": [
            ("overall F1 of 52.3", "F1", 52.3, None, "LoCoMo", "Zumbrake"),
            ("41.0 for MemGPT", "F1", 41.0, None, "LoCoMo", "MemGPT"),
            ("38.6 for MemoryBank", "F1", 38.6, None, "LoCoMo", "MemoryBank"),
            ("44.7 for retrieval-augmented generation", "F1", 44.7, None, "LoCoMo", "retrieval-augmented generation"),
            ("F1 rises from 21.4", "F1", 21.4, None, "LoCoMo", "RAG"),
            ("39.8", "F1", 39.8, None, "LoCoMo", "Zumbrake"),
            ("47.9 F1", "F1", 47.9, None, "LoCoMo", "Zumbrake"),
            ("45.2", "F1", 45.2, None, "LoCoMo", "GPT-4o-mini"),
            ("BLEU-1 by 1.9 points", "BLEU-1", 1.9, "points", "Multi-Session Chat", "Zumbrake"),
            ("ROUGE-L by 2.4 points", "ROUGE-L", 2.4, "points", "Multi-Session Chat", "Zumbrake"),
            ("median of 1.2K prompt tokens", "prompt tokens", 1.2, "K", None, "Zumbrake"),
            ("26K", "prompt tokens", 26, "K", None, None),
            ("median response latency by 71%", "latency reduction", 71, "%", None, "Zumbrake"),
            ("API cost by 93%", "API cost reduction", 93, "%", None, "Zumbrake"),
            ("0.8 s", "memory update time", 0.8, "s", None, None),
        ],
    },
    # ------------------------------------------------------------ source-separation
    {
        "field": "source-separation",
        "title": "Zethorin: Band-Split Mamba Blocks for Efficient Monaural Speech Separation",
        "text": (
            "Time-frequency domain separators such as TF-GridNet set the state of the art in monaural speech "
            "separation, but their attention and recurrent modules make them expensive at inference time. We propose "
            "Zethorin, which replaces the intra- and inter-frame BLSTM modules of TF-GridNet with bidirectional Mamba "
            "blocks operating on band-split subband features, and shares one lightweight decoder across layers. "
            "Zethorin has 2.9M parameters and needs 18.7 G multiply-accumulate operations (MACs) per second of 8 kHz "
            "audio. On WSJ0-2mix, Zethorin reaches an SI-SNRi of 23.1 dB and an SDRi of 23.3 dB, on par with "
            "TF-GridNet (23.5 dB SI-SNRi) at 3.4\u00d7 fewer MACs and well ahead of SepFormer (20.4 dB) and "
            "Conv-TasNet (15.3 dB). On the noisy and reverberant WHAMR dataset, Zethorin obtains 16.2 dB SI-SNRi, "
            "improving over MossFormer2 by 0.8 dB. On the clean Libri2Mix test set, Zethorin achieves 20.6 dB "
            "SI-SNRi. Peak GPU memory when separating a one-minute mixture falls from 11.2 GB for TF-GridNet to "
            "1.8 GB, and inference is 4.1\u00d7 faster on an A100. An ablation shows that sharing the decoder costs "
            "only 0.2 dB SI-SNRi while saving 31% of the parameters, and that the band-split front end matters most "
            "for reverberant input."
        ),
        "spans": [
            ("Zethorin", "M"), ("Monaural Speech Separation", "T"), ("TF-GridNet", "M"),
            ("monaural speech separation", "T"), ("BLSTM", "M"), ("Mamba", "M"),
            ("multiply-accumulate operations", "X"), ("MACs", "X"), ("WSJ0-2mix", "D"), ("SI-SNRi", "X"),
            ("SDRi", "X"), ("SepFormer", "M"), ("Conv-TasNet", "M"), ("WHAMR", "D"), ("MossFormer2", "M"),
            ("Libri2Mix", "D"), ("Peak GPU memory", "X"),
        ],
        "results": [
            ("18.7 G multiply-accumulate operations (MACs)", "MACs", 18.7, "G", None, "Zethorin"),
            ("SI-SNRi of 23.1 dB", "SI-SNRi", 23.1, "dB", "WSJ0-2mix", "Zethorin"),
            ("SDRi of 23.3 dB", "SDRi", 23.3, "dB", "WSJ0-2mix", "Zethorin"),
            ("23.5 dB SI-SNRi", "SI-SNRi", 23.5, "dB", "WSJ0-2mix", "TF-GridNet"),
            ("3.4\u00d7 fewer MACs", "MACs reduction", 3.4, "\u00d7", "WSJ0-2mix", "Zethorin"),
            ("20.4 dB", "SI-SNRi", 20.4, "dB", "WSJ0-2mix", "SepFormer"),
            ("15.3 dB", "SI-SNRi", 15.3, "dB", "WSJ0-2mix", "Conv-TasNet"),
            ("16.2 dB SI-SNRi", "SI-SNRi", 16.2, "dB", "WHAMR", "Zethorin"),
            ("by 0.8 dB", "SI-SNRi", 0.8, "dB", "WHAMR", "Zethorin"),
            ("20.6 dB SI-SNRi", "SI-SNRi", 20.6, "dB", "Libri2Mix", "Zethorin"),
            ("Peak GPU memory when separating a one-minute mixture falls from 11.2 GB", "peak GPU memory", 11.2,
             "GB", None, "TF-GridNet"),
            ("1.8 GB", "peak GPU memory", 1.8, "GB", None, None),
            ("4.1\u00d7 faster", "speed-up", 4.1, "\u00d7", None, None),
            ("costs only 0.2 dB SI-SNRi", "SI-SNRi", 0.2, "dB", None, None),
            ("saving 31% of the parameters", "parameter reduction", 31, "%", None, None),
        ],
    },
    {
        "field": "source-separation",
        "title": "Zivelle: Learning Stem-Specific Band Partitions for Music Source Separation with RoFormer",
        "text": (
            "Band-split RoFormer (BS-RoFormer) and its mel-scale variant Mel-RoFormer lead current music source "
            "separation benchmarks, but both rely on a hand-designed partition of the spectrum that is shared by all "
            "stems. We introduce Zivelle, which learns a soft, stem-specific band partition end to end through a "
            "differentiable filterbank and lets each stem's RoFormer attend only to the bands it owns. Trained on "
            "MUSDB18-HQ without extra data, Zivelle reaches an average utterance-level SDR (uSDR) of 10.12 dB over "
            "the four stems, against 9.80 dB for BS-RoFormer and 9.51 dB for Mel-RoFormer trained with the same "
            "recipe, and 9.00 dB for HT Demucs. On MUSDB18-HQ, Zivelle obtains a chunk-level SDR (cSDR) of 10.9, "
            "11.6, 8.1 and 8.4 dB on vocals, drums, bass and other, respectively, with the largest gain over "
            "BS-RoFormer (+0.7 dB) on bass, where the learned bands concentrate below 200 Hz. With 500 additional "
            "training songs, Zivelle achieves 11.42 dB uSDR on the MUSDB18-HQ test set. The learned partition also "
            "reduces computation: Zivelle uses 38% fewer MACs than BS-RoFormer at equal depth and separates a "
            "3-minute song in 2.6 s on an RTX 4090. Visualising the learned partitions shows that vocals and other "
            "share most mid-frequency bands, while drums receive a coarse high-frequency split, which suggests why "
            "fixed partitions tuned for vocals underserve the remaining stems."
        ),
        "spans": [
            ("Zivelle", "M"), ("Music Source Separation", "T"), ("RoFormer", "M"), ("Band-split RoFormer", "M"),
            ("BS-RoFormer", "M"), ("Mel-RoFormer", "M"), ("music source separation", "T"), ("MUSDB18-HQ", "D"),
            ("average utterance-level SDR", "X"), ("uSDR", "X"), ("HT Demucs", "M"), ("chunk-level SDR", "X"),
            ("cSDR", "X"), ("MACs", "X"),
        ],
        "results": [
            ("average utterance-level SDR (uSDR) of 10.12 dB", "uSDR", 10.12, "dB", "MUSDB18-HQ", "Zivelle"),
            ("9.80 dB for BS-RoFormer", "uSDR", 9.8, "dB", "MUSDB18-HQ", "BS-RoFormer"),
            ("9.51 dB for Mel-RoFormer", "uSDR", 9.51, "dB", "MUSDB18-HQ", "Mel-RoFormer"),
            ("9.00 dB for HT Demucs", "uSDR", 9.0, "dB", "MUSDB18-HQ", "HT Demucs"),
            ("chunk-level SDR (cSDR) of 10.9", "cSDR", 10.9, "dB", "MUSDB18-HQ", "Zivelle"),
            ("11.6", "cSDR", 11.6, "dB", "MUSDB18-HQ", "Zivelle"),
            ("8.1", "cSDR", 8.1, "dB", "MUSDB18-HQ", "Zivelle"),
            ("8.4 dB", "cSDR", 8.4, "dB", "MUSDB18-HQ", "Zivelle"),
            ("+0.7 dB", "improvement", 0.7, "dB", "MUSDB18-HQ", "Zivelle"),
            ("11.42 dB uSDR", "uSDR", 11.42, "dB", "MUSDB18-HQ", "Zivelle"),
            ("38% fewer MACs", "MACs reduction", 38, "%", None, "Zivelle"),
            ("in 2.6 s", "separation time", 2.6, "s", None, "Zivelle"),
        ],
    },
    {
        "field": "source-separation",
        "title": "Zurnquist: Caption-Conditioned Latent Flow Matching for Language-Queried Audio Source Separation",
        "text": (
            "Language-queried audio source separation (LASS) extracts the sound described by a free-form text query "
            "from a mixture. Discriminative systems such as AudioSep and LASS-Net regress a mask and struggle when "
            "the query is vague or the target overlaps spectrally with interferers. We present Zurnquist, a "
            "generative separator that applies conditional flow matching in the latent space of a pretrained audio "
            "codec, conditioning a diffusion Transformer (DiT) on CLAP text embeddings and on the mixture latent; "
            "sampling uses 8 Euler steps. On the DCASE 2024 Task 9 evaluation set, Zurnquist achieves an SDRi of "
            "8.34 dB, compared with 7.19 dB for AudioSep and 5.72 dB for the official baseline, and improves the "
            "CLAPScore between output and query from 0.211 to 0.246. Zurnquist's SI-SDR improvement exceeds that of "
            "AudioSep by 1.4 dB on the AudioCaps-based benchmark and by 0.9 dB on Clotho. In a listening test with "
            "24 participants, Zurnquist received a mean opinion score (MOS) of 3.87 against 3.21 for AudioSep. "
            "Generation costs remain moderate: separating a 10-second clip takes 0.21 s on one GPU, a real-time "
            "factor of 0.021. We further show that Zurnquist can be steered with negative queries such as "
            "\"no speech\", reducing residual speech by 3.1 dB, and that its outputs degrade gracefully when the "
            "query names a sound that is absent from the mixture."
        ),
        "spans": [
            ("Zurnquist", "M"), ("Latent Flow Matching", "M"), ("Language-Queried Audio Source Separation", "T"),
            ("Language-queried audio source separation", "T"), ("LASS", "T"), ("AudioSep", "M"),
            ("LASS-Net", "M"), ("conditional flow matching", "M"), ("diffusion Transformer", "M"), ("DiT", "M"),
            ("CLAP", "M"), ("DCASE 2024 Task 9", "D"), ("SDRi", "X"), ("CLAPScore", "X"),
            ("SI-SDR improvement", "X"), ("AudioCaps", "D"), ("Clotho", "D"), ("mean opinion score", "X"),
            ("MOS", "X"), ("real-time factor", "X"),
        ],
        "results": [
            ("SDRi of 8.34 dB", "SDRi", 8.34, "dB", "DCASE 2024 Task 9", "Zurnquist"),
            ("7.19 dB for AudioSep", "SDRi", 7.19, "dB", "DCASE 2024 Task 9", "AudioSep"),
            ("5.72 dB", "SDRi", 5.72, "dB", "DCASE 2024 Task 9", None),
            ("CLAPScore between output and query from 0.211 to 0.246", "CLAPScore", 0.246, None,
             "DCASE 2024 Task 9", "Zurnquist"),
            ("by 1.4 dB", "SI-SDR improvement", 1.4, "dB", "AudioCaps", "Zurnquist"),
            ("0.9 dB", "SI-SDR improvement", 0.9, "dB", "Clotho", "Zurnquist"),
            ("mean opinion score (MOS) of 3.87", "MOS", 3.87, None, None, "Zurnquist"),
            ("3.21 for AudioSep", "MOS", 3.21, None, None, "AudioSep"),
            ("takes 0.21 s", "separation time", 0.21, "s", None, None),
            ("real-time factor of 0.021", "real-time factor", 0.021, None, None, None),
            ("reducing residual speech by 3.1 dB", "residual speech reduction", 3.1, "dB", None, "Zurnquist"),
        ],
    },
    {
        "field": "source-separation",
        "title": "Zelphic: Iterative Teacher-Student Mixture Invariant Training for Separating Real Conversational "
                 "Speech",
        "text": (
            "Speech separation models trained on synthetic mixtures such as WSJ0-2mix generalize poorly to real "
            "recordings, where reverberation, overlapping backchannels and unknown speaker counts are the norm. "
            "Mixture invariant training (MixIT) learns from real mixtures without references, but tends to "
            "over-separate and leaves residual crosstalk. We propose Zelphic, a teacher-student scheme in which a "
            "supervised TF-GridNet teacher pseudo-labels real meeting audio and a student trained with a "
            "combination of MixIT and pseudo-label losses is refined over three rounds, keeping only segments whose "
            "estimated SI-SNR exceeds an adaptive threshold. We train on the AMI and CHiME-6 training sets and test "
            "on real mixtures without ground truth. On REAL-M, Zelphic reaches an estimated SI-SNRi of 9.8 dB, "
            "versus 7.1 dB for the TF-GridNet teacher and 6.3 dB for MixIT alone. Used as a front end for Whisper "
            "large-v3, Zelphic lowers the concatenated minimum-permutation word error rate (cpWER) on the CHiME-6 "
            "evaluation set from 41.7% to 35.2%, and the word error rate (WER) on LibriCSS by 18% relative. DNSMOS "
            "OVRL rises from 2.71 to 3.05, indicating fewer processing artifacts. The student is a 5.4M-parameter "
            "causal model with 16 ms algorithmic latency, small enough to run on-device in hearing-assistive "
            "applications."
        ),
        "spans": [
            ("Zelphic", "M"), ("Mixture Invariant Training", "M"), ("Speech separation", "T"), ("WSJ0-2mix", "D"),
            ("Mixture invariant training", "M"), ("MixIT", "M"), ("TF-GridNet", "M"), ("SI-SNR", "X"),
            ("AMI", "D"), ("CHiME-6", "D"), ("REAL-M", "D"), ("SI-SNRi", "X"), ("Whisper large-v3", "M"),
            ("concatenated minimum-permutation word error rate", "X"), ("cpWER", "X"), ("word error rate", "X"),
            ("WER", "X"), ("LibriCSS", "D"), ("DNSMOS OVRL", "X"), ("algorithmic latency", "X"),
        ],
        "results": [
            ("SI-SNRi of 9.8 dB", "SI-SNRi", 9.8, "dB", "REAL-M", "Zelphic"),
            ("7.1 dB for the TF-GridNet teacher", "SI-SNRi", 7.1, "dB", "REAL-M", "TF-GridNet"),
            ("6.3 dB for MixIT", "SI-SNRi", 6.3, "dB", "REAL-M", "MixIT"),
            ("cpWER) on the CHiME-6 evaluation set from 41.7% to 35.2%", "cpWER", 35.2, "%", "CHiME-6", "Zelphic"),
            ("WER) on LibriCSS by 18% relative", "relative WER reduction", 18, "%", "LibriCSS", "Zelphic"),
            ("DNSMOS OVRL rises from 2.71 to 3.05", "DNSMOS OVRL", 3.05, None, None, None),
            ("16 ms algorithmic latency", "algorithmic latency", 16, "ms", None, None),
        ],
    },
    {
        "field": "source-separation",
        "title": "Zindrove: One-Step Score-Based Refinement of Separated Speech",
        "text": (
            "Discriminative separators such as SepFormer and TF-GridNet achieve high SI-SDR on benchmarks, yet their "
            "outputs often contain audible artifacts that signal-level metrics reward poorly and listeners notice. "
            "Generative refiners like Diffiner improve perceptual quality but need dozens of reverse steps and can "
            "hallucinate phonemes. We propose Zindrove, a score-based refiner compressed by consistency distillation "
            "from a 30-step teacher into a single reverse step, and conditioned on both the mixture and the "
            "discriminative estimate so that it corrects rather than regenerates. Applied to SepFormer outputs on "
            "Libri2Mix with WHAM noise, Zindrove raises PESQ from 2.41 to 2.87 and ESTOI from 0.781 to 0.823 while "
            "changing SI-SDR by only -0.3 dB; DiffSep, a fully generative separator, scores 2.52 PESQ and 0.742 "
            "ESTOI. On WSJ0-2mix, Zindrove improves the non-intrusive DNSMOS SIG score of TF-GridNet outputs from "
            "3.29 to 3.48 and lowers the WER of a Whisper-small recognizer from 6.9% to 6.1%. Listeners in a MUSHRA "
            "test rated Zindrove-refined speech 8.4 points higher than the unrefined SepFormer output. Refinement "
            "adds 14 ms per second of audio on an A100, a 27\u00d7 speed-up over the 30-step teacher."
        ),
        "spans": [
            ("Zindrove", "M"), ("SepFormer", "M"), ("TF-GridNet", "M"), ("SI-SDR", "X"), ("Diffiner", "M"),
            ("consistency distillation", "M"), ("Libri2Mix", "D"), ("WHAM", "D"), ("PESQ", "X"), ("ESTOI", "X"),
            ("DiffSep", "M"), ("WSJ0-2mix", "D"), ("DNSMOS SIG", "X"), ("WER", "X"), ("Whisper-small", "M"),
            ("MUSHRA", "X"),
        ],
        "results": [
            ("PESQ from 2.41 to 2.87", "PESQ", 2.87, None, "Libri2Mix", "Zindrove"),
            ("ESTOI from 0.781 to 0.823", "ESTOI", 0.823, None, "Libri2Mix", "Zindrove"),
            ("SI-SDR by only -0.3 dB", "SI-SDR", -0.3, "dB", "Libri2Mix", "Zindrove"),
            ("2.52 PESQ", "PESQ", 2.52, None, "Libri2Mix", "DiffSep"),
            ("0.742 ESTOI", "ESTOI", 0.742, None, "Libri2Mix", "DiffSep"),
            ("DNSMOS SIG score of TF-GridNet outputs from 3.29 to 3.48", "DNSMOS SIG", 3.48, None, "WSJ0-2mix",
             "Zindrove"),
            ("WER of a Whisper-small recognizer from 6.9% to 6.1%", "WER", 6.1, "%", "WSJ0-2mix", "Zindrove"),
            ("8.4 points higher", "MUSHRA", 8.4, "points", None, "Zindrove"),
            ("adds 14 ms", "refinement time", 14, "ms", None, None),
            ("27\u00d7 speed-up", "speed-up", 27, "\u00d7", None, None),
        ],
    },
    {
        "field": "source-separation",
        "title": "Zuvatra: Causal Music Demixing for Live Performance on a Laptop CPU",
        "text": (
            "Live applications of music demixing, such as in-ear monitoring and karaoke on stage, require "
            "separation with an algorithmic latency of a few milliseconds, whereas leading systems like HT Demucs "
            "and BS-RoFormer look seconds into the future. We present Zuvatra, a causal time-domain separator that "
            "combines a learnable analysis filterbank with a 4 ms hop, a stack of unidirectional LSTM layers with "
            "grouped linear projections, and a stem-wise masking head distilled from a non-causal BS-RoFormer "
            "teacher. Zuvatra has an algorithmic latency of 8 ms and runs with a real-time factor (RTF) of 0.31 on "
            "a single core of an Apple M2 CPU. On MUSDB18-HQ, Zuvatra obtains an average SDR of 6.42 dB over the "
            "four stems, compared with 5.43 dB for a causal Open-Unmix (UMX) and 5.91 dB for HS-TasNet at 23 ms "
            "latency; offline, HT Demucs reaches 9.00 dB. Zuvatra separates vocals and drums best (7.8 and 7.1 dB "
            "SDR) and bass worst (5.2 dB). Knowledge distillation from the teacher contributes 0.56 dB of the "
            "average SDR. A 3.1M-parameter variant, Zuvatra-S, stays within 0.4 dB SDR of the full model while "
            "running at an RTF of 0.12. A listening test with 16 musicians found no significant difference between "
            "Zuvatra and HS-TasNet in perceived latency, but preferred Zuvatra's vocal stems in 71% of trials."
        ),
        "spans": [
            ("Zuvatra", "M"), ("Music Demixing", "T"), ("music demixing", "T"), ("algorithmic latency", "X"),
            ("HT Demucs", "M"), ("BS-RoFormer", "M"), ("LSTM", "M"), ("real-time factor", "X"), ("RTF", "X"),
            ("MUSDB18-HQ", "D"), ("average SDR", "X"), ("SDR", "X"), ("Open-Unmix", "M"), ("UMX", "M"),
            ("HS-TasNet", "M"), ("latency", "X"), ("Knowledge distillation", "M"), ("Zuvatra-S", "M"),
            ("perceived latency", "X"),
        ],
        "results": [
            ("algorithmic latency of 8 ms", "algorithmic latency", 8, "ms", None, "Zuvatra"),
            ("real-time factor (RTF) of 0.31", "RTF", 0.31, None, None, "Zuvatra"),
            ("average SDR of 6.42 dB", "SDR", 6.42, "dB", "MUSDB18-HQ", "Zuvatra"),
            ("5.43 dB for a causal Open-Unmix", "SDR", 5.43, "dB", "MUSDB18-HQ", "Open-Unmix"),
            ("5.91 dB for HS-TasNet", "SDR", 5.91, "dB", "MUSDB18-HQ", "HS-TasNet"),
            ("23 ms latency", "latency", 23, "ms", "MUSDB18-HQ", "HS-TasNet"),
            ("9.00 dB", "SDR", 9.0, "dB", "MUSDB18-HQ", "HT Demucs"),
            ("7.8", "SDR", 7.8, "dB", None, "Zuvatra"),
            ("7.1 dB SDR", "SDR", 7.1, "dB", None, "Zuvatra"),
            ("5.2 dB", "SDR", 5.2, "dB", None, "Zuvatra"),
            ("contributes 0.56 dB of the average SDR", "SDR", 0.56, "dB", None, "Knowledge distillation"),
            ("within 0.4 dB SDR", "SDR", 0.4, "dB", None, "Zuvatra-S"),
            ("RTF of 0.12", "RTF", 0.12, None, None, "Zuvatra-S"),
            ("71% of trials", "win rate", 71, "%", None, "Zuvatra"),
        ],
    },
]
