"""dev25 records: text-summarization (6) and sequential-recommendation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the
pipeline was never run on these abstracts and its output was never seen."""

COINED = ["Ujvarine", "Ujmorel", "Ujkastra", "Ujdelve", "Ujbrosk", "Ujterna",
          "Ujfalen", "Ujressa", "Ujnovik", "Ujlomar", "Ujpetra", "Ujsarvo"]

RECS = [
    # ------------------------------------------------------------ text-summarization
    {
        "field": "text-summarization",
        "title": "Ujvarine: Segment-Recurrent Memory for Long-Document Abstractive Summarization",
        "text": (
            "Abstractive summarization of long documents such as scientific articles and government reports requires "
            "aggregating evidence spread over tens of thousands of tokens, yet encoder-decoder models with sparse "
            "attention, such as LED and PEGASUS-X, truncate inputs at 16K tokens, and large language models (LLMs) "
            "become costly well before that length. We present Ujvarine, which reads a document in fixed-size "
            "segments, carries a small set of memory tokens from each segment to the next, and lets the decoder "
            "cross-attend only to the final memory and to the segments picked by a learned salience scorer. "
            "Initialized from BART-large, Ujvarine handles inputs of up to 128K tokens on a single GPU. On arXiv, "
            "Ujvarine obtains ROUGE-1/ROUGE-2/ROUGE-L of 50.12/21.84/45.03, and on PubMed 51.36/24.07/46.88, "
            "compared with 48.35/20.26/43.19 and 50.21/23.45/46.09 for LED-large. On GovReport, Ujvarine reaches "
            "62.4 ROUGE-1, 2.9 points above PEGASUS-X and 4.3 above LongT5-XL, and on the chapter-level split of "
            "BookSum it improves ROUGE-L by 1.6 points over SLED. Relative to Unlimiformer at the same input length, "
            "Ujvarine needs 38% less GPU memory and decodes 2.4\u00d7 faster. In a human evaluation on 100 GovReport "
            "documents, Ujvarine produces 0.8 unsupported claims per summary, versus 1.9 for PEGASUS-X."
        ),
        "spans": [
            ("Ujvarine", "M"), ("Long-Document Abstractive Summarization", "T"), ("Abstractive summarization", "T"),
            ("sparse attention", "M"), ("LED", "M"), ("PEGASUS-X", "M"), ("large language models", "M"),
            ("LLMs", "M"), ("BART-large", "M"), ("arXiv", "D"), ("ROUGE-1", "X"), ("ROUGE-2", "X"),
            ("ROUGE-L", "X"), ("PubMed", "D"), ("LED-large", "M"), ("GovReport", "D"), ("LongT5-XL", "M"),
            ("BookSum", "D"), ("SLED", "M"), ("Unlimiformer", "M"), ("GPU memory", "X"),
            ("unsupported claims", "X"),
        ],
        "results": [
            ("50.12", "ROUGE-1", 50.12, None, "arXiv", "Ujvarine"),
            ("21.84", "ROUGE-2", 21.84, None, "arXiv", "Ujvarine"),
            ("45.03", "ROUGE-L", 45.03, None, "arXiv", "Ujvarine"),
            ("51.36", "ROUGE-1", 51.36, None, "PubMed", "Ujvarine"),
            ("24.07", "ROUGE-2", 24.07, None, "PubMed", "Ujvarine"),
            ("46.88", "ROUGE-L", 46.88, None, "PubMed", "Ujvarine"),
            ("48.35", "ROUGE-1", 48.35, None, "arXiv", "LED-large"),
            ("20.26", "ROUGE-2", 20.26, None, "arXiv", "LED-large"),
            ("43.19", "ROUGE-L", 43.19, None, "arXiv", "LED-large"),
            ("50.21", "ROUGE-1", 50.21, None, "PubMed", "LED-large"),
            ("23.45", "ROUGE-2", 23.45, None, "PubMed", "LED-large"),
            ("46.09", "ROUGE-L", 46.09, None, "PubMed", "LED-large"),
            ("62.4 ROUGE-1", "ROUGE-1", 62.4, None, "GovReport", "Ujvarine"),
            ("2.9 points above PEGASUS-X", "ROUGE-1", 2.9, "points", "GovReport", "Ujvarine"),
            ("4.3 above LongT5-XL", "ROUGE-1", 4.3, "points", "GovReport", "Ujvarine"),
            ("ROUGE-L by 1.6 points", "ROUGE-L", 1.6, "points", "BookSum", "Ujvarine"),
            ("38% less GPU memory", "memory reduction", 38, "%", None, "Ujvarine"),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, "Ujvarine"),
            ("0.8 unsupported claims", "unsupported claims", 0.8, None, "GovReport", "Ujvarine"),
            ("1.9 for PEGASUS-X", "unsupported claims", 1.9, None, "GovReport", "PEGASUS-X"),
        ],
    },
    {
        "field": "text-summarization",
        "title": "Ujmorel: Learning Salience and Redundancy Jointly for Extractive Summarization",
        "text": (
            "Extractive summarization selects a subset of source sentences, and most neural extractors, from "
            "BERTSumExt to MatchSum, either score sentences independently, which repeats content, or rerank a handful "
            "of candidate summaries, which scales poorly with document length. We propose Ujmorel, which couples a "
            "RoBERTa-base sentence encoder with a differentiable submodular decoder: sentence salience and pairwise "
            "redundancy are learned jointly, and the summary is built greedily with a (1 \u2212 1/e) approximation "
            "guarantee instead of by scoring candidate summaries. Training uses greedy oracle labels with a listwise "
            "loss and needs no candidate generation stage. On CNN/DailyMail, Ujmorel attains 44.91 ROUGE-1, 21.37 "
            "ROUGE-2 and 41.02 ROUGE-L, on par with MatchSum (44.41/20.86/40.55) while running 5.7\u00d7 faster at "
            "inference. Gains are larger on corpora with longer and less lead-biased documents: on WikiHow and "
            "PubMed, Ujmorel improves ROUGE-L over BERTSumExt by 1.8 and 2.6 points, respectively. An analysis of "
            "redundancy shows that the learned decoder removes the need for trigram blocking, which on its own costs "
            "up to 0.9 ROUGE-2 points on PubMed by discarding informative sentences. Code and checkpoints are "
            "released."
        ),
        "spans": [
            ("Ujmorel", "M"), ("Extractive Summarization", "T"), ("Extractive summarization", "T"),
            ("BERTSumExt", "M"), ("MatchSum", "M"), ("RoBERTa-base", "M"), ("CNN/DailyMail", "D"),
            ("ROUGE-1", "X"), ("ROUGE-2", "X"), ("ROUGE-L", "X"), ("WikiHow", "D"), ("PubMed", "D"),
            ("trigram blocking", "M"),
        ],
        "results": [
            ("44.91 ROUGE-1", "ROUGE-1", 44.91, None, "CNN/DailyMail", "Ujmorel"),
            ("21.37 ROUGE-2", "ROUGE-2", 21.37, None, "CNN/DailyMail", "Ujmorel"),
            ("41.02 ROUGE-L", "ROUGE-L", 41.02, None, "CNN/DailyMail", "Ujmorel"),
            ("44.41", "ROUGE-1", 44.41, None, "CNN/DailyMail", "MatchSum"),
            ("20.86", "ROUGE-2", 20.86, None, "CNN/DailyMail", "MatchSum"),
            ("40.55", "ROUGE-L", 40.55, None, "CNN/DailyMail", "MatchSum"),
            ("5.7\u00d7 faster", "speed-up", 5.7, "\u00d7", "CNN/DailyMail", "Ujmorel"),
            ("1.8", "ROUGE-L", 1.8, "points", "WikiHow", "Ujmorel"),
            ("2.6 points", "ROUGE-L", 2.6, "points", "PubMed", "Ujmorel"),
            ("up to 0.9 ROUGE-2 points", "ROUGE-2", 0.9, "points", "PubMed", "trigram blocking"),
        ],
    },
    {
        "field": "text-summarization",
        "title": "Ujkastra: Unlikelihood Training on Unsupported Reference Tokens for Faithful Abstractive Summarization",
        "text": (
            "Abstractive summarizers fine-tuned on XSum frequently introduce entities and facts that are absent from "
            "the source document, in part because many XSum reference summaries are themselves unfaithful. We "
            "introduce Ujkastra, a training objective that locates unsupported tokens in references with an "
            "off-the-shelf entailment model and applies unlikelihood training to them, while a contrastive term "
            "separates the decoder representations of faithful and perturbed summaries. Ujkastra adds no parameters "
            "and no decoding cost. We apply it to BART-large and PEGASUS-large and measure faithfulness with FactCC, "
            "SummaC-Conv and QAFactEval alongside ROUGE. On XSum with BART-large, Ujkastra raises the SummaC-Conv "
            "score from 23.6 to 31.9 and QAFactEval from 2.71 to 3.15, at the cost of 0.7 ROUGE-L points (37.1 vs. "
            "37.8). Compared with CLIFF and loss truncation, Ujkastra obtains the highest FactCC score (28.4%, "
            "against 25.2% and 24.1%). On CNN/DailyMail, where references are largely extractive, the gains are "
            "smaller but consistent (+1.2 SummaC-Conv). Three annotators per item judged Ujkastra summaries more "
            "faithful than those of the standard fine-tuned model in 64% of 300 pairwise comparisons. Finally, the "
            "entailment filter transfers without retraining to long-form summaries of PubMed articles, where "
            "hallucinated numbers become markedly rarer."
        ),
        "spans": [
            ("Ujkastra", "M"), ("Unlikelihood Training", "M"), ("Abstractive Summarization", "T"),
            ("XSum", "D"), ("unlikelihood training", "M"), ("BART-large", "M"), ("PEGASUS-large", "M"),
            ("FactCC", "X"), ("SummaC-Conv", "X"), ("QAFactEval", "X"), ("ROUGE", "X"), ("ROUGE-L", "X"),
            ("CLIFF", "M"), ("loss truncation", "M"), ("CNN/DailyMail", "D"), ("PubMed", "D"),
        ],
        "results": [
            ("SummaC-Conv score from 23.6 to 31.9", "SummaC-Conv", 31.9, None, "XSum", "Ujkastra"),
            ("QAFactEval from 2.71 to 3.15", "QAFactEval", 3.15, None, "XSum", "Ujkastra"),
            ("0.7 ROUGE-L points", "ROUGE-L", 0.7, "points", "XSum", "Ujkastra"),
            ("37.1", "ROUGE-L", 37.1, None, "XSum", "Ujkastra"),
            ("37.8", "ROUGE-L", 37.8, None, "XSum", None),
            ("FactCC score (28.4%", "FactCC", 28.4, "%", None, "Ujkastra"),
            ("25.2%", "FactCC", 25.2, "%", None, "CLIFF"),
            ("24.1%", "FactCC", 24.1, "%", None, "loss truncation"),
            ("+1.2 SummaC-Conv", "SummaC-Conv", 1.2, None, "CNN/DailyMail", None),
            ("64% of 300 pairwise comparisons", "win rate", 64, "%", None, "Ujkastra"),
        ],
    },
    {
        "field": "text-summarization",
        "title": "Ujdelve: Distilling Chain-of-Density Summaries from GPT-4o into Small Dialogue Summarizers",
        "text": (
            "Small open models still trail proprietary large language models on dialogue summarization, and "
            "human-written references for new domains are slow to collect. We describe Ujdelve, a distillation recipe "
            "that prompts GPT-4o with Chain-of-Density to obtain summaries of increasing entity density, filters them "
            "with an entailment-based factuality scorer, and trains a student with supervised fine-tuning followed by "
            "direct preference optimization (DPO) on pairs that differ only in faithfulness. We distill into "
            "Llama-3.1-8B and Qwen2.5-1.5B and evaluate on SAMSum, DialogSum and the query-focused meeting benchmark "
            "QMSum. Ujdelve-8B reaches ROUGE-L scores of 46.3, 44.9 and 27.8 on the three datasets, respectively, "
            "exceeding the same model trained on human references by 1.1 to 3.4 points, and its G-Eval score of 4.21 "
            "on SAMSum is within 0.09 of the teacher. The smaller Ujdelve-1.5B scores 42.7 ROUGE-L on SAMSum and is "
            "preferred over Flan-T5-XL in 58% of GPT-4 judged comparisons. On a single A100, Ujdelve-1.5B summarizes "
            "a 30-minute meeting transcript in 1.3 s, against 14.8 s for Llama-3.1-70B-Instruct. Ablations show that "
            "removing DPO lowers AlignScore by 6.2 points, whereas density-controlled prompting mainly improves "
            "informativeness rather than faithfulness."
        ),
        "spans": [
            ("Ujdelve", "M"), ("Ujdelve-8B", "M"), ("Ujdelve-1.5B", "M"), ("Chain-of-Density", "M"),
            ("GPT-4o", "M"), ("large language models", "M"), ("dialogue summarization", "T"),
            ("distillation", "M"), ("supervised fine-tuning", "M"), ("direct preference optimization", "M"),
            ("DPO", "M"), ("Llama-3.1-8B", "M"), ("Qwen2.5-1.5B", "M"), ("SAMSum", "D"), ("DialogSum", "D"),
            ("QMSum", "D"), ("ROUGE-L", "X"), ("G-Eval", "X"), ("Flan-T5-XL", "M"), ("GPT-4", "M"),
            ("Llama-3.1-70B-Instruct", "M"), ("AlignScore", "X"),
        ],
        "results": [
            ("46.3", "ROUGE-L", 46.3, None, "SAMSum", "Ujdelve-8B"),
            ("44.9", "ROUGE-L", 44.9, None, "DialogSum", "Ujdelve-8B"),
            ("27.8", "ROUGE-L", 27.8, None, "QMSum", "Ujdelve-8B"),
            ("1.1 to 3.4 points", "ROUGE-L", 3.4, "points", None, "Ujdelve-8B", {"low": 1.1}),
            ("G-Eval score of 4.21", "G-Eval", 4.21, None, "SAMSum", "Ujdelve-8B"),
            ("within 0.09 of the teacher", "G-Eval", 0.09, None, "SAMSum", "Ujdelve-8B"),
            ("42.7 ROUGE-L", "ROUGE-L", 42.7, None, "SAMSum", "Ujdelve-1.5B"),
            ("58% of GPT-4 judged comparisons", "win rate", 58, "%", None, "Ujdelve-1.5B"),
            ("summarizes a 30-minute meeting transcript in 1.3 s", "latency", 1.3, "s", None, "Ujdelve-1.5B"),
            ("14.8 s for Llama-3.1-70B-Instruct", "latency", 14.8, "s", None, "Llama-3.1-70B-Instruct"),
            ("AlignScore by 6.2 points", "AlignScore", 6.2, "points", None, None),
        ],
    },
    {
        "field": "text-summarization",
        "title": "Ujbrosk: Query-Free KV Cache Compression for Long-Document Summarization with Decoder-Only LLMs",
        "text": (
            "Summarizing book chapters, meeting transcripts and government reports with decoder-only large language "
            "models is dominated by the cost of prefilling and storing the key-value cache of inputs that often "
            "exceed 50K tokens. KV cache compression methods such as H2O, SnapKV and StreamingLLM were designed with "
            "question answering in mind, where the query tells the model what to keep; in summarization there is no "
            "query, and salient content is spread across the whole input. We propose Ujbrosk, which compresses the "
            "document chunk by chunk into a fixed budget of cache entries, ranking entries by the attention they "
            "receive from a few learned summary probe tokens. With Llama-3.1-8B-Instruct and a 2,048-entry budget, "
            "Ujbrosk keeps 97.6% of the full-cache ROUGE-L on GovReport and 96.1% on SummScreenFD, while SnapKV at "
            "the same budget keeps 91.3% and 88.4%. On the summarization tasks of LongBench, Ujbrosk reaches an "
            "average score of 25.9, compared with 26.4 for the full cache and 23.7 for H2O. For 64K-token inputs, "
            "Ujbrosk cuts peak GPU memory from 38.2 GB to 17.5 GB and reduces time-to-first-token by 2.8\u00d7, with "
            "the compression step adding 6% to prefill time. Applied to Mistral-7B-Instruct-v0.3, Ujbrosk also lifts "
            "BERTScore on BookSum from 0.842 to 0.861."
        ),
        "spans": [
            ("Ujbrosk", "M"), ("KV Cache Compression", "M"), ("Long-Document Summarization", "T"), ("LLMs", "M"),
            ("large language models", "M"), ("KV cache compression", "M"), ("H2O", "M"), ("SnapKV", "M"),
            ("StreamingLLM", "M"), ("question answering", "T"), ("summarization", "T"),
            ("Llama-3.1-8B-Instruct", "M"), ("ROUGE-L", "X"), ("GovReport", "D"), ("SummScreenFD", "D"),
            ("LongBench", "D"), ("average score", "X"), ("peak GPU memory", "X"), ("time-to-first-token", "X"),
            ("prefill time", "X"), ("Mistral-7B-Instruct-v0.3", "M"), ("BERTScore", "X"), ("BookSum", "D"),
        ],
        "results": [
            ("97.6% of the full-cache ROUGE-L", "relative ROUGE-L", 97.6, "%", "GovReport", "Ujbrosk"),
            ("96.1%", "relative ROUGE-L", 96.1, "%", "SummScreenFD", "Ujbrosk"),
            ("91.3%", "relative ROUGE-L", 91.3, "%", "GovReport", "SnapKV"),
            ("88.4%", "relative ROUGE-L", 88.4, "%", "SummScreenFD", "SnapKV"),
            ("average score of 25.9", "average score", 25.9, None, "LongBench", "Ujbrosk"),
            ("26.4 for the full cache", "average score", 26.4, None, "LongBench", None),
            ("23.7 for H2O", "average score", 23.7, None, "LongBench", "H2O"),
            ("peak GPU memory from 38.2 GB to 17.5 GB", "peak GPU memory", 17.5, "GB", None, "Ujbrosk"),
            ("time-to-first-token by 2.8\u00d7", "time-to-first-token reduction", 2.8, "\u00d7", None, "Ujbrosk"),
            ("adding 6% to prefill time", "prefill time", 6, "%", None, None),
            ("BERTScore on BookSum from 0.842 to 0.861", "BERTScore", 0.861, None, "BookSum", "Ujbrosk"),
        ],
    },
    {
        "field": "text-summarization",
        "title": "Ujterna: Pivot-Free Cross-Lingual Summarization via Language-Agnostic Summary Plans",
        "text": (
            "Cross-lingual summarization (CLS) asks a model to summarize a document written in one language directly "
            "in another, and pipelines that translate either the source or the summary remain strong baselines "
            "because end-to-end models see little parallel supervision. We present Ujterna, an mT5-based model that "
            "first generates a language-agnostic plan, a sequence of entity and predicate anchors aligned across "
            "languages, and then realizes the summary in the target language conditioned on that plan. The planner "
            "is trained on monolingual data from XL-Sum, so it needs no cross-lingual references, and only the "
            "realizer sees the scarce CLS supervision. On WikiLingua, Ujterna improves the average ROUGE-L over the "
            "17 non-English to English directions by 2.4 points relative to mBART-50 fine-tuned end to end, and it "
            "matches a translate-then-summarize pipeline built on NLLB-200 while halving inference cost. On "
            "CrossSum, Ujterna outperforms mT5-XL on 31 of the 36 language pairs we evaluate, with the largest gains "
            "on low-resource languages. Human judges prefer Ujterna's summaries to those of the pipeline, citing "
            "fewer mistranslated terms. An error analysis shows that most remaining mistakes involve named entities "
            "whose transliteration differs across scripts, which the plan alone cannot disambiguate; we discuss how "
            "retrieval from multilingual entity lexicons could close this gap."
        ),
        "spans": [
            ("Ujterna", "M"), ("Cross-Lingual Summarization", "T"), ("Cross-lingual summarization", "T"),
            ("CLS", "T"), ("mT5", "M"), ("XL-Sum", "D"), ("WikiLingua", "D"), ("average ROUGE-L", "X"),
            ("mBART-50", "M"), ("NLLB-200", "M"), ("CrossSum", "D"), ("mT5-XL", "M"),
        ],
        "results": [
            ("average ROUGE-L over the 17 non-English to English directions by 2.4 points", "ROUGE-L", 2.4,
             "points", "WikiLingua", "Ujterna"),
            ("outperforms mT5-XL on 31 of the 36 language pairs", "language pairs won", 31, None, "CrossSum",
             "Ujterna"),
        ],
    },
    # ------------------------------------------------------------ sequential-recommendation
    {
        "field": "sequential-recommendation",
        "title": "Ujfalen: Separating Stable Preferences from Short-Lived Intents with Frequency Gating for "
                 "Sequential Recommendation",
        "text": (
            "Transformer-based sequential recommenders such as SASRec and BERT4Rec predict a user's next interaction "
            "from the order of past ones, but on sparse datasets their attention layers overfit to a few recent items "
            "and treat periodic and one-off interests alike. We propose Ujfalen, which decomposes each item-embedding "
            "sequence with a learnable filter bank in the frequency domain and gates the output of every attention "
            "layer by the resulting low- and high-frequency components, so that stable preferences and short-lived "
            "intents are weighted separately for each user. The gate adds fewer than 0.1M parameters to a two-layer "
            "SASRec backbone. We evaluate on four public datasets, Amazon Beauty, Sports, Toys and Yelp, under the "
            "full-ranking protocol. Ujfalen improves NDCG@10 over the strongest baseline by 6.8%, 5.1%, 7.4% and 3.9% "
            "on the four datasets, respectively, and reaches an HR@10 of 0.0952 on Beauty, against 0.0871 for "
            "FMLP-Rec and 0.0823 for DuoRec. Relative to BSARec, which also exploits frequency information, the gains "
            "average 2.2% in HR@20 and 3.0% in NDCG@20. On MovieLens-1M, whose sequences are long and dense, Ujfalen "
            "is only on par with SASRec (0.3195 vs. 0.3176 NDCG@10), which we attribute to the gate saturating on "
            "dense histories. Ujfalen also trains 1.7\u00d7 faster than BERT4Rec."
        ),
        "spans": [
            ("Ujfalen", "M"), ("Sequential Recommendation", "T"), ("Transformer", "M"), ("SASRec", "M"),
            ("BERT4Rec", "M"), ("Amazon Beauty", "D"), ("Beauty", "D"), ("Sports", "D"), ("Toys", "D"),
            ("Yelp", "D"), ("NDCG@10", "X"), ("HR@10", "X"), ("FMLP-Rec", "M"), ("DuoRec", "M"), ("BSARec", "M"),
            ("HR@20", "X"), ("NDCG@20", "X"), ("MovieLens-1M", "D"),
        ],
        "results": [
            ("6.8%", "NDCG@10", 6.8, "%", "Amazon Beauty", "Ujfalen"),
            ("5.1%", "NDCG@10", 5.1, "%", "Sports", "Ujfalen"),
            ("7.4%", "NDCG@10", 7.4, "%", "Toys", "Ujfalen"),
            ("3.9%", "NDCG@10", 3.9, "%", "Yelp", "Ujfalen"),
            ("HR@10 of 0.0952", "HR@10", 0.0952, None, "Beauty", "Ujfalen"),
            ("0.0871 for FMLP-Rec", "HR@10", 0.0871, None, "Beauty", "FMLP-Rec"),
            ("0.0823 for DuoRec", "HR@10", 0.0823, None, "Beauty", "DuoRec"),
            ("2.2% in HR@20", "HR@20", 2.2, "%", None, None),
            ("3.0% in NDCG@20", "NDCG@20", 3.0, "%", None, None),
            ("0.3195", "NDCG@10", 0.3195, None, "MovieLens-1M", "Ujfalen"),
            ("0.3176 NDCG@10", "NDCG@10", 0.3176, None, "MovieLens-1M", "SASRec"),
            ("1.7\u00d7 faster", "speed-up", 1.7, "\u00d7", None, "Ujfalen"),
        ],
    },
    {
        "field": "sequential-recommendation",
        "title": "Ujressa: Intent-Preserving Augmentations for Contrastive Sequential Recommendation",
        "text": (
            "Contrastive self-supervised learning has become a standard ingredient of sequential recommendation, with "
            "CL4SRec, CoSeRec and ICLRec building positive pairs from random crops, masks and reorderings of a user's "
            "interaction sequence. Such augmentations often change what the sequence reveals about the user's intent, "
            "so the contrastive objective pulls together views that should stay apart. We present Ujressa, which "
            "creates augmented views by editing only items whose removal leaves the predicted intent distribution "
            "unchanged, as estimated by a lightweight intent model trained jointly with the recommender, and weights "
            "every positive pair by the agreement of its intents. Ujressa can be attached to any sequence encoder; "
            "here we pair it with SASRec. Across Amazon Beauty, Sports, Toys and ML-1M, Ujressa improves Recall@20 "
            "and NDCG@20 over ICLRec by 4.2\u20139.7% and 5.5\u201311.3%, respectively, and over DuoRec by smaller "
            "margins. The largest gains occur for users with fewer than ten interactions: for them, Ujressa raises "
            "NDCG@20 on Sports from 0.0241 with ICLRec to 0.0283. Intent-consistent views also stabilize training, "
            "as the variance of Recall@20 across five random seeds falls by 62%. The augmentation step adds 18% to "
            "the training time of CL4SRec and nothing at inference."
        ),
        "spans": [
            ("Ujressa", "M"), ("Sequential Recommendation", "T"), ("Contrastive self-supervised learning", "M"),
            ("sequential recommendation", "T"), ("CL4SRec", "M"), ("CoSeRec", "M"), ("ICLRec", "M"),
            ("SASRec", "M"), ("Amazon Beauty", "D"), ("Sports", "D"), ("Toys", "D"), ("ML-1M", "D"),
            ("Recall@20", "X"), ("NDCG@20", "X"), ("DuoRec", "M"), ("training time", "X"),
        ],
        "results": [
            ("4.2\u20139.7%", "Recall@20", 9.7, "%", None, "Ujressa", {"low": 4.2}),
            ("5.5\u201311.3%", "NDCG@20", 11.3, "%", None, "Ujressa", {"low": 5.5}),
            ("0.0241 with ICLRec", "NDCG@20", 0.0241, None, "Sports", "ICLRec"),
            ("0.0283", "NDCG@20", 0.0283, None, "Sports", "Ujressa"),
            ("variance of Recall@20 across five random seeds falls by 62%", "variance reduction", 62, "%", None,
             None),
            ("adds 18% to the training time", "training time", 18, "%", None, None),
        ],
    },
    {
        "field": "sequential-recommendation",
        "title": "Ujnovik: Retrieval-Augmented Hypergraph Session Encoding for Session-Based Recommendation",
        "text": (
            "Session-based recommendation predicts the next click of an anonymous user from the short sequence of "
            "interactions in the current session. Graph neural networks such as SR-GNN and GCE-GNN encode each "
            "session as a directed item graph, but pairwise edges miss higher-order co-occurrence, and the global "
            "graphs used to inject cross-session signals become noisy as catalogues grow. We introduce Ujnovik, which "
            "represents every session as a hyperedge over its items, retrieves the most similar past sessions from a "
            "product-quantized index, and fuses their hyperedges with the current one through gated hypergraph "
            "convolution. On Diginetica, Tmall and Nowplaying, Ujnovik attains P@20 of 55.91, 42.37 and 24.18 and "
            "MRR@20 of 19.62, 20.05 and 8.71, respectively. On Diginetica, the strongest competitors, DHCN and "
            "GCE-GNN, reach 53.18 and 54.22 P@20 and 18.44 and 19.04 MRR@20, respectively. On Yoochoose 1/64, "
            "Ujnovik obtains an MRR@20 of 31.88 (vs. 30.94 for SR-GNN and 31.02 for NARM), a smaller margin that we "
            "attribute to the short average session length. Retrieval adds 1.9 ms per session at inference, and on "
            "Tmall the quantized index occupies 0.4 GB, 9.5\u00d7 less memory than the dense global graph of GCE-GNN."
        ),
        "spans": [
            ("Ujnovik", "M"), ("Session-Based Recommendation", "T"), ("Session-based recommendation", "T"),
            ("Graph neural networks", "M"), ("SR-GNN", "M"), ("GCE-GNN", "M"), ("hypergraph convolution", "M"),
            ("Diginetica", "D"), ("Tmall", "D"), ("Nowplaying", "D"), ("P@20", "X"), ("MRR@20", "X"),
            ("DHCN", "M"), ("Yoochoose 1/64", "D"), ("NARM", "M"), ("memory", "X"),
        ],
        "results": [
            ("55.91", "P@20", 55.91, None, "Diginetica", "Ujnovik"),
            ("42.37", "P@20", 42.37, None, "Tmall", "Ujnovik"),
            ("24.18", "P@20", 24.18, None, "Nowplaying", "Ujnovik"),
            ("19.62", "MRR@20", 19.62, None, "Diginetica", "Ujnovik"),
            ("20.05", "MRR@20", 20.05, None, "Tmall", "Ujnovik"),
            ("8.71", "MRR@20", 8.71, None, "Nowplaying", "Ujnovik"),
            ("53.18", "P@20", 53.18, None, "Diginetica", "DHCN"),
            ("54.22 P@20", "P@20", 54.22, None, "Diginetica", "GCE-GNN"),
            ("18.44", "MRR@20", 18.44, None, "Diginetica", "DHCN"),
            ("19.04 MRR@20", "MRR@20", 19.04, None, "Diginetica", "GCE-GNN"),
            ("MRR@20 of 31.88", "MRR@20", 31.88, None, "Yoochoose 1/64", "Ujnovik"),
            ("30.94 for SR-GNN", "MRR@20", 30.94, None, "Yoochoose 1/64", "SR-GNN"),
            ("31.02 for NARM", "MRR@20", 31.02, None, "Yoochoose 1/64", "NARM"),
            ("Retrieval adds 1.9 ms", "retrieval time", 1.9, "ms", None, None),
            ("occupies 0.4 GB", "memory", 0.4, "GB", "Tmall", None),
            ("9.5\u00d7 less memory", "memory reduction", 9.5, "\u00d7", "Tmall", None),
        ],
    },
    {
        "field": "sequential-recommendation",
        "title": "Ujlomar: Collision-Free Semantic IDs with Constrained Decoding for Generative Recommendation",
        "text": (
            "Generative recommenders such as TIGER cast sequential recommendation as sequence generation: each item "
            "is represented by a short tuple of discrete codes, its semantic ID, learned with RQ-VAE from the item's "
            "text embedding, and the next item is decoded autoregressively. Two problems limit this paradigm: code "
            "collisions, which force arbitrary disambiguation tokens, and beam search over invalid code prefixes, "
            "which wastes much of the decoding budget. We propose Ujlomar, which learns semantic IDs with a balanced "
            "variant of residual quantization that is collision-free by construction and decodes them under a prefix "
            "tree, so every beam corresponds to an existing item. On the Beauty, Sports and Toys subsets of Amazon "
            "Reviews 2018, Ujlomar reaches Recall@5 of 0.0521, 0.0312 and 0.0498 and NDCG@5 of 0.0367, 0.0209 and "
            "0.0351, respectively, improving on TIGER by 15.3% on average and outperforming the LLM-based "
            "recommenders P5-CID and LC-Rec on all three. Constrained decoding also makes Ujlomar cheaper to serve: "
            "with a beam size of 20, it needs 11.6 ms per request on one A100 GPU, a 3.4\u00d7 speed-up over TIGER, "
            "whose unconstrained beams must be over-generated and filtered. Ujlomar has 117\u00d7 fewer parameters "
            "than LC-Rec, which fine-tunes Llama-2-7B, yet improves NDCG@5 on Beauty over it by 0.0042."
        ),
        "spans": [
            ("Ujlomar", "M"), ("Semantic IDs", "M"), ("Constrained Decoding", "M"),
            ("Generative Recommendation", "T"), ("TIGER", "M"), ("sequential recommendation", "T"),
            ("semantic ID", "M"), ("semantic IDs", "M"), ("RQ-VAE", "M"), ("beam search", "M"),
            ("residual quantization", "M"), ("Beauty", "D"), ("Sports", "D"), ("Toys", "D"),
            ("Amazon Reviews 2018", "D"), ("Recall@5", "X"), ("NDCG@5", "X"), ("LLM", "M"), ("P5-CID", "M"),
            ("LC-Rec", "M"), ("Constrained decoding", "M"), ("speed-up", "X"), ("Llama-2-7B", "M"),
        ],
        "results": [
            ("Recall@5 of 0.0521", "Recall@5", 0.0521, None, "Beauty", "Ujlomar"),
            ("0.0312", "Recall@5", 0.0312, None, "Sports", "Ujlomar"),
            ("0.0498", "Recall@5", 0.0498, None, "Toys", "Ujlomar"),
            ("NDCG@5 of 0.0367", "NDCG@5", 0.0367, None, "Beauty", "Ujlomar"),
            ("0.0209", "NDCG@5", 0.0209, None, "Sports", "Ujlomar"),
            ("0.0351", "NDCG@5", 0.0351, None, "Toys", "Ujlomar"),
            ("improving on TIGER by 15.3%", "improvement", 15.3, "%", None, "Ujlomar"),
            ("needs 11.6 ms per request", "latency", 11.6, "ms", None, "Ujlomar"),
            ("3.4\u00d7 speed-up", "speed-up", 3.4, "\u00d7", None, "Ujlomar"),
            ("117\u00d7 fewer parameters", "parameter reduction", 117, "\u00d7", None, "Ujlomar"),
            ("NDCG@5 on Beauty over it by 0.0042", "NDCG@5", 0.0042, None, "Beauty", "Ujlomar"),
        ],
    },
    {
        "field": "sequential-recommendation",
        "title": "Ujpetra: Two-Timescale Selective State Space Models for Sequential Recommendation over Lifelong "
                 "User Histories",
        "text": (
            "Lifelong user histories on video and e-commerce platforms contain thousands of interactions, well beyond "
            "what quadratic-cost Transformer recommenders can attend to, and truncating them to the last 50 or 200 "
            "items discards long-range periodic interests. Mamba4Rec and related work showed that selective state "
            "space models (SSMs) can replace attention in sequential recommendation, but they were evaluated on short "
            "sequences and update a single state at every step. We present Ujpetra, a bidirectional Mamba-based "
            "recommender whose state is split into a fast component updated at every interaction and a slow "
            "component refreshed only at session boundaries, trained with next-item and masked-item objectives over "
            "sequences of up to 4,096 interactions. On MovieLens-20M, Ujpetra achieves an NDCG@10 of 0.2147, versus "
            "0.1962 for SASRec and 0.2011 for Mamba4Rec, and on KuaiRand-Pure and Amazon Books it improves HR@10 "
            "over the best baseline by 9.3% and 6.1%, respectively. With 1,024-item histories, Ujpetra trains "
            "4.7\u00d7 faster than SASRec, needs 71% less GPU memory, and serves a request with 2.3 ms latency, "
            "compared with 9.8 ms for LinRec. Ablations indicate that the slow state matters most on KuaiRand-Pure "
            "and that histories beyond 1,024 items still help, adding 1.4% NDCG@10 when the length grows to 4,096."
        ),
        "spans": [
            ("Ujpetra", "M"), ("Selective State Space Models", "M"), ("Sequential Recommendation", "T"),
            ("Transformer", "M"), ("Mamba4Rec", "M"), ("selective state space models", "M"), ("SSMs", "M"),
            ("sequential recommendation", "T"), ("Mamba", "M"), ("MovieLens-20M", "D"), ("NDCG@10", "X"),
            ("SASRec", "M"), ("KuaiRand-Pure", "D"), ("Amazon Books", "D"), ("HR@10", "X"),
            ("GPU memory", "X"), ("latency", "X"), ("LinRec", "M"),
        ],
        "results": [
            ("NDCG@10 of 0.2147", "NDCG@10", 0.2147, None, "MovieLens-20M", "Ujpetra"),
            ("0.1962 for SASRec", "NDCG@10", 0.1962, None, "MovieLens-20M", "SASRec"),
            ("0.2011 for Mamba4Rec", "NDCG@10", 0.2011, None, "MovieLens-20M", "Mamba4Rec"),
            ("9.3%", "HR@10", 9.3, "%", "KuaiRand-Pure", "Ujpetra"),
            ("6.1%", "HR@10", 6.1, "%", "Amazon Books", "Ujpetra"),
            ("4.7\u00d7 faster", "speed-up", 4.7, "\u00d7", None, "Ujpetra"),
            ("71% less GPU memory", "memory reduction", 71, "%", None, "Ujpetra"),
            ("2.3 ms latency", "latency", 2.3, "ms", None, "Ujpetra"),
            ("9.8 ms for LinRec", "latency", 9.8, "ms", None, "LinRec"),
            ("1.4% NDCG@10", "NDCG@10", 1.4, "%", None, None),
        ],
    },
    {
        "field": "sequential-recommendation",
        "title": "Ujsarvo: Reliability-Weighted Diffusion Models for Sequential Recommendation under Noisy Implicit "
                 "Feedback",
        "text": (
            "Diffusion models have recently been applied to sequential recommendation, where DiffuRec and DreamRec "
            "generate the embedding of the next item by iteratively denoising Gaussian noise conditioned on the "
            "user's history. Both assume clean histories, yet implicit feedback contains accidental clicks and "
            "exposure-driven interactions that the history encoder absorbs as signal. We propose Ujsarvo, a "
            "conditional diffusion recommender that estimates a reliability weight for every past interaction from "
            "the denoising trajectory itself and uses it within classifier-free guidance, so unreliable items steer "
            "generation less and less as sampling proceeds. Sampling takes 8 DDIM steps instead of the 1,000 "
            "ancestral steps of DreamRec. On Yelp, Steam and MovieLens-1M, Ujsarvo outperforms DiffuRec in HR@20 by "
            "5.6%, 4.4% and 2.9%, respectively, and raises NDCG@20 on Steam from 0.0874 to 0.0951. When 20% of each "
            "training history is replaced with random items, the HR@20 of Ujsarvo on Yelp decreases by only 3.1% "
            "[vs. 11.8% for DiffuRec and 14.6% for SASRec], indicating that the learned weights filter the injected "
            "noise. Ujsarvo runs inference 46\u00d7 faster than DreamRec, which makes it practical for online "
            "serving. The reliability weights also correlate with dwell time (Spearman \u03c1 = 0.41) on the subset "
            "of Steam interactions with playtime records, even though they are learned without that signal."
        ),
        "spans": [
            ("Ujsarvo", "M"), ("Diffusion Models", "M"), ("Sequential Recommendation", "T"),
            ("Diffusion models", "M"), ("sequential recommendation", "T"), ("DiffuRec", "M"), ("DreamRec", "M"),
            ("classifier-free guidance", "M"), ("DDIM", "M"), ("Yelp", "D"), ("Steam", "D"),
            ("MovieLens-1M", "D"), ("HR@20", "X"), ("NDCG@20", "X"), ("SASRec", "M"), ("Spearman \u03c1", "X"),
        ],
        "results": [
            ("5.6%", "HR@20", 5.6, "%", "Yelp", "Ujsarvo"),
            ("4.4%", "HR@20", 4.4, "%", "Steam", "Ujsarvo"),
            ("2.9%", "HR@20", 2.9, "%", "MovieLens-1M", "Ujsarvo"),
            ("NDCG@20 on Steam from 0.0874 to 0.0951", "NDCG@20", 0.0951, None, "Steam", "Ujsarvo"),
            ("HR@20 of Ujsarvo on Yelp decreases by only 3.1%", "HR@20", 3.1, "%", "Yelp", "Ujsarvo"),
            ("11.8% for DiffuRec", "HR@20", 11.8, "%", "Yelp", "DiffuRec"),
            ("14.6% for SASRec", "HR@20", 14.6, "%", "Yelp", "SASRec"),
            ("46\u00d7 faster", "speed-up", 46, "\u00d7", None, "Ujsarvo"),
            ("Spearman \u03c1 = 0.41", "Spearman \u03c1", 0.41, None, "Steam", None),
        ],
    },
]
