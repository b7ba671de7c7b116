"""fresh12 records: finance-legal (6) and knowledge-graphs (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the
pipeline was never run on these abstracts and its code and output were never looked at."""

COINED = ["Wrendalf", "Wyncross", "Wolvetta", "Wysterfold", "Woberlin", "Wrimmel",
          "Wrisbane", "Wyvelane", "Wornicle", "Woddrik", "Wyllowmere", "Wrexholm"]

RECS = [
    # ------------------------------------------------------------ finance-legal
    {
        "field": "finance-legal",
        "title": "Wrendalf: A Glossary-Grounded Compact Language Model for Financial Sentiment Analysis and Numerical "
                 "Reasoning",
        "text": (
            "Financial large language models such as BloombergGPT and FinMA have shown that domain text helps, but "
            "they are either closed or too large to deploy on premises at most banks. We present Wrendalf, a "
            "3B-parameter model obtained by instruction tuning Qwen2.5-3B with LoRA on 410k financial instructions, "
            "with a retrieval step that fetches definitions of accounting terms from a glossary built from SEC "
            "filings before each answer. We evaluate on the FLARE suite. For financial sentiment analysis, Wrendalf "
            "reaches an F1 of 0.89 on Financial PhraseBank (FPB) and 0.86 on FiQA-SA, against 0.88 and 0.84 for "
            "FinMA-7B and 0.80 and 0.77 for zero-shot GPT-4. On headline classification, the weighted F1 is 0.97. "
            "Numerical reasoning remains harder: on FinQA and ConvFinQA, Wrendalf obtains execution accuracies of "
            "61.3% and 68.9%, respectively, ahead of FinGPT (28.4% and 31.2%) but well short of GPT-4o with "
            "program-of-thought prompting (72.1% on FinQA). Removing the glossary retrieval costs 4.6 points of "
            "execution accuracy on FinQA, mostly on questions involving ratios and percentage changes. After "
            "quantization to 4 bits, the model fits on a single 24 GB GPU, and Wrendalf answers a FinQA question in "
            "1.4 s on average, 5.2\u00d7 faster than FinMA-7B served the same way. We release the instruction data "
            "and the weights under a research license."
        ),
        "spans": [
            ("Wrendalf", "M"), ("Financial Sentiment Analysis", "T"), ("Numerical Reasoning", "T"),
            ("large language models", "M"), ("BloombergGPT", "M"), ("FinMA", "M"), ("instruction tuning", "M"),
            ("Qwen2.5-3B", "M"), ("LoRA", "M"), ("FLARE", "D"), ("financial sentiment analysis", "T"),
            ("F1", "X"), ("Financial PhraseBank", "D"), ("FPB", "D"), ("FiQA-SA", "D"), ("FinMA-7B", "M"),
            ("GPT-4", "M"), ("headline classification", "T"), ("weighted F1", "X"), ("Numerical reasoning", "T"),
            ("FinQA", "D"), ("ConvFinQA", "D"), ("execution accuracies", "X"), ("FinGPT", "M"), ("GPT-4o", "M"),
            ("program-of-thought prompting", "M"), ("execution accuracy", "X"), ("quantization", "M"),
        ],
        "results": [
            ("F1 of 0.89", "F1", 0.89, None, "Financial PhraseBank", "Wrendalf"),
            ("0.86", "F1", 0.86, None, "FiQA-SA", "Wrendalf"),
            ("0.88", "F1", 0.88, None, "Financial PhraseBank", "FinMA-7B"),
            ("0.84", "F1", 0.84, None, "FiQA-SA", "FinMA-7B"),
            ("0.80", "F1", 0.80, None, "Financial PhraseBank", "GPT-4"),
            ("0.77", "F1", 0.77, None, "FiQA-SA", "GPT-4"),
            ("weighted F1 is 0.97", "weighted F1", 0.97, None, None, None),
            ("execution accuracies of 61.3%", "execution accuracy", 61.3, "%", "FinQA", "Wrendalf"),
            ("68.9%", "execution accuracy", 68.9, "%", "ConvFinQA", "Wrendalf"),
            ("28.4%", "execution accuracy", 28.4, "%", "FinQA", "FinGPT"),
            ("31.2%", "execution accuracy", 31.2, "%", "ConvFinQA", "FinGPT"),
            ("72.1% on FinQA", "execution accuracy", 72.1, "%", "FinQA", "GPT-4o"),
            ("4.6 points of execution accuracy", "execution accuracy", 4.6, "points", "FinQA", None),
            ("answers a FinQA question in 1.4 s", "latency", 1.4, "s", "FinQA", "Wrendalf"),
            ("5.2\u00d7 faster", "speed-up", 5.2, "\u00d7", "FinQA", "Wrendalf"),
        ],
    },
    {
        "field": "finance-legal",
        "title": "Wyncross: Article Queries that Cross-Attend to Case Facts for Legal Judgment Prediction",
        "text": (
            "Legal judgment prediction (LJP) requires reading case facts that often exceed 5,000 tokens and linking "
            "them to the provisions a court finds violated. Hierarchical encoders such as Hier-Legal-BERT pool "
            "paragraphs independently, while Longformer-based models attend over the whole text at a high memory "
            "cost. We introduce Wyncross, which encodes each fact paragraph with a frozen Legal-BERT and lets a small "
            "set of article queries, initialized from the text of the European Convention on Human Rights, "
            "cross-attend to all paragraph embeddings, so that each predicted article comes with the paragraphs that "
            "support it. On the ECtHR-A and ECtHR-B tasks of LexGLUE, Wyncross obtains micro-F1 scores of 72.9 and "
            "82.6 and macro-F1 scores of 68.4 and 78.1, improving macro-F1 over Hier-Legal-BERT by 4.4 and 3.4 "
            "points, respectively. On ECtHR-A, Wyncross also surpasses Longformer (macro-F1 of 64.7) while using 38% "
            "less GPU memory during training. On SCOTUS, the gains are smaller (+1.2 micro-F1). For the Chinese "
            "CAIL2018 benchmark, we replace the encoder with Lawformer; Wyncross then reaches accuracies of 95.2% and "
            "93.6% on charge prediction and law article prediction. Against expert rationale annotations, the "
            "paragraphs highlighted by Wyncross reach a precision of 0.74, compared with 0.58 for the attention "
            "weights of Hier-Legal-BERT. The article queries thus make the model both more accurate and easier to "
            "audit, which matters for courts considering decision support."
        ),
        "spans": [
            ("Wyncross", "M"), ("Legal Judgment Prediction", "T"), ("Legal judgment prediction", "T"), ("LJP", "T"),
            ("Hier-Legal-BERT", "M"), ("Longformer", "M"), ("Legal-BERT", "M"), ("ECtHR-A", "D"), ("ECtHR-B", "D"),
            ("LexGLUE", "D"), ("micro-F1", "X"), ("macro-F1", "X"), ("GPU memory", "X"), ("SCOTUS", "D"),
            ("CAIL2018", "D"), ("Lawformer", "M"), ("accuracies", "X"), ("charge prediction", "T"),
            ("law article prediction", "T"), ("precision", "X"),
        ],
        "results": [
            ("micro-F1 scores of 72.9", "micro-F1", 72.9, None, "ECtHR-A", "Wyncross"),
            ("82.6", "micro-F1", 82.6, None, "ECtHR-B", "Wyncross"),
            ("macro-F1 scores of 68.4", "macro-F1", 68.4, None, "ECtHR-A", "Wyncross"),
            ("78.1", "macro-F1", 78.1, None, "ECtHR-B", "Wyncross"),
            ("4.4", "macro-F1", 4.4, "points", "ECtHR-A", "Wyncross"),
            ("3.4 points", "macro-F1", 3.4, "points", "ECtHR-B", "Wyncross"),
            ("macro-F1 of 64.7", "macro-F1", 64.7, None, "ECtHR-A", "Longformer"),
            ("38% less GPU memory", "memory reduction", 38, "%", "ECtHR-A", "Wyncross"),
            ("+1.2 micro-F1", "micro-F1", 1.2, None, "SCOTUS", None),
            ("accuracies of 95.2%", "accuracy", 95.2, "%", "CAIL2018", "Wyncross"),
            ("93.6%", "accuracy", 93.6, "%", "CAIL2018", "Wyncross"),
            ("precision of 0.74", "precision", 0.74, None, None, "Wyncross"),
            ("0.58", "precision", 0.58, None, None, "Hier-Legal-BERT"),
        ],
    },
    {
        "field": "finance-legal",
        "title": "Wolvetta: Filtering Social Media Noise with Contrastive Learning for Stock Movement Prediction",
        "text": (
            "Stock movement prediction from tweets and historical prices is notoriously noisy: most messages are "
            "irrelevant, and the few informative ones arrive in bursts around earnings announcements. Existing "
            "models, from StockNet to the graph-based MAN-SF and the cross-modal CMIN, treat every message equally "
            "once it passes a keyword filter. We propose Wolvetta, which scores each tweet with a lightweight "
            "relevance head trained by contrastive learning against next-day abnormal returns and passes only the "
            "top eight tweets, together with a Transformer encoding of prices, to the classifier. Evaluated on three "
            "public benchmarks, ACL18, CIKM18 and BigData22, Wolvetta reaches accuracies of 63.9%, 57.4% and 58.8% "
            "and Matthews correlation coefficients (MCC) of 0.241, 0.112 and 0.163, respectively. The strongest "
            "baseline, CMIN, obtains 0.209, 0.054 and 0.122 MCC on the three datasets, respectively. GPT-4 prompted "
            "with the same tweets stays close to chance (accuracy 51.3\u201353.0% across the three datasets), "
            "suggesting that zero-shot LLMs still struggle with the task. In a long-short backtest on ACL18, a "
            "portfolio built on Wolvetta signals yields an annualized return of 18.6% and a Sharpe ratio of 1.42, "
            "against 1.05 for CMIN. Filtering also makes inference cheap: Wolvetta processes a trading day for 87 "
            "stocks in 0.31 s, 4.7\u00d7 faster than CMIN."
        ),
        "spans": [
            ("Wolvetta", "M"), ("Contrastive Learning", "M"), ("Stock Movement Prediction", "T"),
            ("Stock movement prediction", "T"), ("StockNet", "M"), ("MAN-SF", "M"), ("CMIN", "M"),
            ("contrastive learning", "M"), ("Transformer", "M"), ("ACL18", "D"), ("CIKM18", "D"),
            ("BigData22", "D"), ("accuracies", "X"), ("Matthews correlation coefficients", "X"), ("MCC", "X"),
            ("GPT-4", "M"), ("accuracy", "X"), ("LLMs", "M"), ("annualized return", "X"), ("Sharpe ratio", "X"),
        ],
        "results": [
            ("accuracies of 63.9%", "accuracy", 63.9, "%", "ACL18", "Wolvetta"),
            ("57.4%", "accuracy", 57.4, "%", "CIKM18", "Wolvetta"),
            ("58.8%", "accuracy", 58.8, "%", "BigData22", "Wolvetta"),
            ("Matthews correlation coefficients (MCC) of 0.241", "MCC", 0.241, None, "ACL18", "Wolvetta"),
            ("0.112", "MCC", 0.112, None, "CIKM18", "Wolvetta"),
            ("0.163", "MCC", 0.163, None, "BigData22", "Wolvetta"),
            ("0.209", "MCC", 0.209, None, "ACL18", "CMIN"),
            ("0.054", "MCC", 0.054, None, "CIKM18", "CMIN"),
            ("0.122 MCC", "MCC", 0.122, None, "BigData22", "CMIN"),
            ("accuracy 51.3\u201353.0%", "accuracy", 53.0, "%", None, "GPT-4", {"low": 51.3}),
            ("annualized return of 18.6%", "annualized return", 18.6, "%", "ACL18", "Wolvetta"),
            ("Sharpe ratio of 1.42", "Sharpe ratio", 1.42, None, "ACL18", "Wolvetta"),
            ("1.05 for CMIN", "Sharpe ratio", 1.05, None, "ACL18", "CMIN"),
            ("in 0.31 s", "latency", 0.31, "s", None, "Wolvetta"),
            ("4.7\u00d7 faster", "speed-up", 4.7, "\u00d7", None, "Wolvetta"),
        ],
    },
    {
        "field": "finance-legal",
        "title": "Wysterfold: Speaker-Turn Graphs over Earnings Call Transcripts and Audio for Volatility Forecasting",
        "text": (
            "Earnings calls move markets not only through what executives say but through how they say it and how "
            "analysts push back. Prior multimodal models for volatility forecasting, such as MDRM and HTML, fuse "
            "sentence-level text and audio features but discard the dialogue structure of the question-and-answer "
            "session. We present Wysterfold, which represents a call as a graph of speaker turns, links each analyst "
            "question to the answers it elicits, and propagates vocal cues such as pitch and hesitation along these "
            "edges with a relational graph attention network. A temporal head then predicts the average log "
            "volatility of the stock over the following 3, 7, 15 and 30 trading days. On the Earnings Conference Call "
            "dataset of Qin and Yang and on the larger MAEC corpus, Wysterfold lowers the mean squared error (MSE) "
            "averaged over the four horizons to 0.281 and 0.317, respectively, compared with 0.331 and 0.362 for "
            "VolTAGE, the strongest prior model; a GARCH model fitted to prices alone scores 0.562 and 0.597. Gains "
            "are largest at the 3-day horizon, where most of the market reaction to a surprising answer is "
            "concentrated. Wysterfold is also small, with 21M parameters, and trains on a single GPU. An ablation "
            "shows that removing question\u2013answer edges raises MSE by 9%, more than removing audio altogether, "
            "suggesting that the exchange between analysts and management carries information that neither "
            "modality captures alone."
        ),
        "spans": [
            ("Wysterfold", "M"), ("Volatility Forecasting", "T"), ("volatility forecasting", "T"), ("MDRM", "M"),
            ("HTML", "M"), ("relational graph attention network", "M"), ("Earnings Conference Call", "D"),
            ("MAEC", "D"), ("mean squared error", "X"), ("MSE", "X"), ("VolTAGE", "M"), ("GARCH", "M"),
        ],
        "results": [
            ("mean squared error (MSE) averaged over the four horizons to 0.281", "MSE", 0.281, None,
             "Earnings Conference Call", "Wysterfold"),
            ("0.317", "MSE", 0.317, None, "MAEC", "Wysterfold"),
            ("0.331", "MSE", 0.331, None, "Earnings Conference Call", "VolTAGE"),
            ("0.362", "MSE", 0.362, None, "MAEC", "VolTAGE"),
            ("0.562", "MSE", 0.562, None, "Earnings Conference Call", "GARCH"),
            ("0.597", "MSE", 0.597, None, "MAEC", "GARCH"),
            ("raises MSE by 9%", "MSE", 9, "%", None, None),
        ],
    },
    {
        "field": "finance-legal",
        "title": "Woberlin: Issue-Level Optimal Transport for Prior Case Retrieval",
        "text": (
            "Prior case retrieval asks a system to find, among thousands of earlier judgments, those that a new case "
            "should cite. Queries are entire decisions, so lexical models such as BM25 remain hard to beat, and "
            "encoders pretrained on legal text, such as SAILER, gain little once documents exceed their input "
            "length. We propose Woberlin, which segments each judgment into legal issues with a small tagger, "
            "encodes every issue as a sparse lexical vector in the style of SPLADE, and scores a candidate by the "
            "optimal transport cost between the issue sets of query and candidate. A monoT5 reranker is applied only "
            "to the top 50 candidates. On the COLIEE 2024 Task 1 legal case retrieval benchmark, Woberlin achieves "
            "an F1 of 0.421, compared with 0.391 for the best competition run and 0.283 for BM25. On the Chinese "
            "LeCaRDv2 benchmark, Woberlin improves MAP by 3.8 points and NDCG@30 by 2.9 points over SAILER. "
            "Replacing the monoT5 reranker with RankGPT on GPT-4o adds a further +1.1 F1 on COLIEE 2024 but "
            "multiplies the cost per query by 40. Without reranking, Woberlin answers a query in 95 ms on a single "
            "CPU core, and its index is 6.1\u00d7 smaller than that of a ColBERTv2 baseline, making it practical "
            "for courts without GPU infrastructure. Error analysis shows that most remaining misses are citations "
            "for procedural points that the issue tagger does not recognise."
        ),
        "spans": [
            ("Woberlin", "M"), ("Optimal Transport", "M"), ("Prior Case Retrieval", "T"),
            ("Prior case retrieval", "T"), ("BM25", "M"), ("SAILER", "M"), ("SPLADE", "M"),
            ("optimal transport", "M"), ("monoT5", "M"), ("COLIEE 2024 Task 1", "D"), ("COLIEE 2024", "D"),
            ("legal case retrieval", "T"), ("F1", "X"), ("LeCaRDv2", "D"), ("MAP", "X"), ("NDCG@30", "X"),
            ("RankGPT", "M"), ("GPT-4o", "M"), ("cost per query", "X"), ("ColBERTv2", "M"),
        ],
        "results": [
            ("F1 of 0.421", "F1", 0.421, None, "COLIEE 2024 Task 1", "Woberlin"),
            ("0.391 for the best competition run", "F1", 0.391, None, "COLIEE 2024 Task 1", None),
            ("0.283 for BM25", "F1", 0.283, None, "COLIEE 2024 Task 1", "BM25"),
            ("MAP by 3.8 points", "MAP", 3.8, "points", "LeCaRDv2", "Woberlin"),
            ("NDCG@30 by 2.9 points", "NDCG@30", 2.9, "points", "LeCaRDv2", "Woberlin"),
            ("+1.1 F1", "F1", 1.1, None, "COLIEE 2024", None),
            ("cost per query by 40", "cost per query", 40, "\u00d7", None, None),
            ("answers a query in 95 ms", "latency", 95, "ms", None, "Woberlin"),
            ("6.1\u00d7 smaller", "index size reduction", 6.1, "\u00d7", None, "Woberlin"),
        ],
    },
    {
        "field": "finance-legal",
        "title": "Wrimmel: Table-Aware Retrieval and Verified Arithmetic for Question Answering over Long Financial "
                 "Filings",
        "text": (
            "Answering analyst questions over 10-K and 10-Q filings requires locating a handful of table cells in "
            "documents of more than 100 pages and combining them arithmetically. Retrieval-augmented generation (RAG) "
            "pipelines fail at both steps: chunking separates tables from their headers, and large language models "
            "(LLMs) make silent arithmetic errors. We present Wrimmel, which indexes every table as row\u2013column "
            "records that keep their headers, retrieves records and passages jointly, and has the LLM write a short "
            "Python program whose intermediate values are checked against the retrieved cells before an answer is "
            "returned. With Llama-3.1-70B-Instruct as the generator, Wrimmel answers 71.3% of the FinanceBench "
            "open-book questions correctly (vs. 52.7% for standard RAG and 19.0% for GPT-4-Turbo with a shared "
            "vector store, as reported by the benchmark authors). On DocFinQA, accuracy rises from 48.9% to 63.5%, "
            "and on TAT-DQA the exact match is 58.2 [F1 66.0]. Verification matters most for multi-step questions: "
            "when it is disabled, the hallucination rate on such questions grows from 6.1% to 17.4%. Because Wrimmel "
            "passes only the retrieved records to the generator rather than the full filing, it cuts inference cost "
            "by 94% relative to full-context prompting. GPT-4o given the full filings reaches 70.8% accuracy on "
            "FinanceBench, close to Wrimmel but at a far higher price. Our results suggest that structure-preserving "
            "retrieval, rather than longer context windows, is the main lever for question answering over financial "
            "documents."
        ),
        "spans": [
            ("Wrimmel", "M"), ("Question Answering", "T"), ("Retrieval-augmented generation", "M"), ("RAG", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("LLM", "M"), ("Llama-3.1-70B-Instruct", "M"),
            ("FinanceBench", "D"), ("GPT-4-Turbo", "M"), ("DocFinQA", "D"), ("accuracy", "X"), ("TAT-DQA", "D"),
            ("exact match", "X"), ("F1", "X"), ("hallucination rate", "X"), ("inference cost", "X"),
            ("GPT-4o", "M"), ("question answering", "T"),
        ],
        "results": [
            ("71.3% of the FinanceBench open-book questions correctly", "accuracy", 71.3, "%", "FinanceBench",
             "Wrimmel"),
            ("52.7% for standard RAG", "accuracy", 52.7, "%", "FinanceBench", "RAG"),
            ("19.0% for GPT-4-Turbo", "accuracy", 19.0, "%", "FinanceBench", "GPT-4-Turbo"),
            ("accuracy rises from 48.9% to 63.5%", "accuracy", 63.5, "%", "DocFinQA", None),
            ("exact match is 58.2", "exact match", 58.2, None, "TAT-DQA", None),
            ("F1 66.0", "F1", 66.0, None, "TAT-DQA", None),
            ("hallucination rate on such questions grows from 6.1% to 17.4%", "hallucination rate", 17.4, "%",
             None, None),
            ("cuts inference cost by 94%", "inference cost reduction", 94, "%", None, "Wrimmel"),
            ("70.8% accuracy on FinanceBench", "accuracy", 70.8, "%", "FinanceBench", "GPT-4o"),
        ],
    },
    # ------------------------------------------------------------ knowledge-graphs
    {
        "field": "knowledge-graphs",
        "title": "Wrisbane: Relation-Adaptive Mixed-Curvature Rotations for Knowledge Graph Completion",
        "text": (
            "Knowledge graph embedding (KGE) models such as TransE, RotatE and ComplEx place all entities in a single "
            "geometry, although real knowledge graphs mix hierarchical relations, which suit hyperbolic space, with "
            "cyclic and symmetric ones, which suit Euclidean or spherical space. Hyperbolic models such as AttH learn "
            "a curvature per relation but still embed every relation in one kind of space. We propose Wrisbane, a "
            "KGE model that represents each entity in a product of hyperbolic, Euclidean and spherical components "
            "and lets each relation learn a soft gate over the three, applying a Givens rotation within each "
            "component. With 32 dimensions per component, Wrisbane has roughly as many parameters as RotatE at "
            "dimension 100. On link prediction, Wrisbane reaches an MRR of 0.364, 0.497 and 0.581 on FB15k-237, "
            "WN18RR and YAGO3-10, respectively, with Hits@10 of 55.1, 57.6 and 70.8. In the low-dimensional setting, "
            "the margins over AttH on the three datasets are 2.1, 1.8 and 3.0 MRR points, respectively. On "
            "FB15k-237, Wrisbane also narrows the gap to the GNN-based NBFNet (0.415 MRR) while training 6.3\u00d7 "
            "faster and using 64% less GPU memory. The learned gates are interpretable: hierarchical relations of "
            "WN18RR such as hypernym place most of their weight on the hyperbolic component, whereas symmetric ones "
            "such as similar_to favour the spherical one. These results suggest that choosing the geometry per "
            "relation, rather than per model, is a cheap and effective inductive bias for knowledge graph "
            "completion."
        ),
        "spans": [
            ("Wrisbane", "M"), ("Knowledge Graph Completion", "T"), ("Knowledge graph embedding", "M"), ("KGE", "M"),
            ("TransE", "M"), ("RotatE", "M"), ("ComplEx", "M"), ("AttH", "M"), ("Givens rotation", "M"),
            ("link prediction", "T"), ("MRR", "X"), ("FB15k-237", "D"), ("WN18RR", "D"), ("YAGO3-10", "D"),
            ("Hits@10", "X"), ("GNN", "M"), ("NBFNet", "M"), ("GPU memory", "X"),
            ("knowledge graph completion", "T"),
        ],
        "results": [
            ("MRR of 0.364", "MRR", 0.364, None, "FB15k-237", "Wrisbane"),
            ("0.497", "MRR", 0.497, None, "WN18RR", "Wrisbane"),
            ("0.581", "MRR", 0.581, None, "YAGO3-10", "Wrisbane"),
            ("Hits@10 of 55.1", "Hits@10", 55.1, None, "FB15k-237", "Wrisbane"),
            ("57.6", "Hits@10", 57.6, None, "WN18RR", "Wrisbane"),
            ("70.8", "Hits@10", 70.8, None, "YAGO3-10", "Wrisbane"),
            ("2.1", "MRR", 2.1, "points", "FB15k-237", None),
            ("1.8", "MRR", 1.8, "points", "WN18RR", None),
            ("3.0 MRR points", "MRR", 3.0, "points", "YAGO3-10", None),
            ("0.415 MRR", "MRR", 0.415, None, "FB15k-237", "NBFNet"),
            ("training 6.3\u00d7 faster", "training speed-up", 6.3, "\u00d7", "FB15k-237", "Wrisbane"),
            ("64% less GPU memory", "memory reduction", 64, "%", "FB15k-237", "Wrisbane"),
        ],
    },
    {
        "field": "knowledge-graphs",
        "title": "Wyvelane: Distilling Large Language Model Re-Rankers into Compact Text-Based Knowledge Graph "
                 "Completion",
        "text": (
            "Text-based knowledge graph completion methods such as KG-BERT and SimKGC encode entity descriptions with "
            "pretrained language models, and recent work such as KICGPT re-ranks their top candidates with large "
            "language models (LLMs) prompted in context. The re-ranking step helps, but it calls an LLM for every "
            "test query, which is slow and costly at the scale of Wikidata5M. We present Wyvelane, which distils the "
            "listwise preferences of a Llama-3-70B re-ranker into a bi-encoder with 110M parameters through ranking "
            "distillation, and adds a neighbourhood prompt that summarises each entity's one-hop relations. At test "
            "time, Wyvelane needs no LLM calls. On WN18RR, Wyvelane obtains an MRR of 0.689 and a Hits@1 of 61.8%, "
            "2.3 MRR points above SimKGC and well above the 0.549 reported for KICGPT. On Wikidata5M-Trans, it "
            "reaches 0.386 MRR. On FB15k-237, where textual descriptions are less informative, Wyvelane reaches 0.371 "
            "MRR, within 0.6 points of its Llama-3-70B teacher (0.377). Ranking 1,000 test queries takes 3.1 s with "
            "Wyvelane, against 41 min for the teacher, a 790\u00d7 speed-up. Most remaining errors involve long-tail "
            "entities whose descriptions are empty or templated, which suggests that structural signals should be "
            "distilled along with textual ones."
        ),
        "spans": [
            ("Wyvelane", "M"), ("Large Language Model", "M"), ("Knowledge Graph Completion", "T"),
            ("knowledge graph completion", "T"), ("KG-BERT", "M"), ("SimKGC", "M"),
            ("pretrained language models", "M"), ("KICGPT", "M"), ("large language models", "M"), ("LLMs", "M"),
            ("LLM", "M"), ("Wikidata5M", "D"), ("Llama-3-70B", "M"), ("bi-encoder", "M"),
            ("ranking distillation", "M"), ("WN18RR", "D"), ("MRR", "X"), ("Hits@1", "X"),
            ("Wikidata5M-Trans", "D"), ("FB15k-237", "D"), ("speed-up", "X"),
        ],
        "results": [
            ("MRR of 0.689", "MRR", 0.689, None, "WN18RR", "Wyvelane"),
            ("Hits@1 of 61.8%", "Hits@1", 61.8, "%", "WN18RR", "Wyvelane"),
            ("2.3 MRR points", "MRR", 2.3, "points", "WN18RR", "Wyvelane"),
            ("0.549 reported for KICGPT", "MRR", 0.549, None, "WN18RR", "KICGPT"),
            ("0.386 MRR", "MRR", 0.386, None, "Wikidata5M-Trans", None),
            ("0.371 MRR", "MRR", 0.371, None, "FB15k-237", "Wyvelane"),
            ("within 0.6 points", "MRR", 0.6, "points", "FB15k-237", "Wyvelane"),
            ("0.377", "MRR", 0.377, None, "FB15k-237", "Llama-3-70B"),
            ("Ranking 1,000 test queries takes 3.1 s", "ranking time", 3.1, "s", None, "Wyvelane"),
            ("41 min", "ranking time", 41, "min", None, None),
            ("790\u00d7 speed-up", "speed-up", 790, "\u00d7", None, "Wyvelane"),
        ],
    },
    {
        "field": "knowledge-graphs",
        "title": "Wornicle: Training-Free Entity Alignment with Sinkhorn-Normalized Name and Structure Similarities",
        "text": (
            "Entity alignment (EA) seeks equivalent entities across two knowledge graphs, in the standard benchmarks "
            "cross-lingual versions of DBpedia. State-of-the-art models such as Dual-AMN and RREA train graph neural "
            "networks on seed alignments, while description-based models such as BERT-INT rely on entity abstracts "
            "that many graphs lack. We describe Wornicle, a training-free method that combines multilingual name "
            "embeddings from LaBSE with relational features obtained by label propagation, and solves the final "
            "one-to-one assignment with Sinkhorn iterations over sparse candidate lists. On the three cross-lingual "
            "subsets of DBP15K, ZH-EN, JA-EN and FR-EN, Wornicle achieves Hits@1 of 0.962, 0.978 and 0.994, "
            "respectively, with MRR above 0.97 on all three. Against LightEA, the fastest prior method, the Hits@1 "
            "gain is largest on ZH-EN (+5.8 points). Using structure alone, without names, Wornicle still reaches "
            "0.811 Hits@1 on FR-EN vs. 0.775 for Dual-AMN. On the large-scale DBP1M benchmark, Wornicle aligns the "
            "English\u2013French graphs in 14 minutes with 21 GB of memory, whereas Dual-AMN needs 9.2 hours. "
            "Wornicle also reaches a Hits@1 of 0.527 on DBP1M, 12.4 points higher than LargeEA. We argue that name "
            "information, once cleanly exploited, makes much of the learned structural machinery unnecessary on "
            "these benchmarks, and we release name-perturbed variants of DBP15K for harder evaluation."
        ),
        "spans": [
            ("Wornicle", "M"), ("Entity Alignment", "T"), ("Sinkhorn", "M"), ("Entity alignment", "T"), ("EA", "T"),
            ("DBpedia", "D"), ("Dual-AMN", "M"), ("RREA", "M"), ("graph neural networks", "M"), ("BERT-INT", "M"),
            ("LaBSE", "M"), ("label propagation", "M"), ("DBP15K", "D"), ("ZH-EN", "D"), ("JA-EN", "D"),
            ("FR-EN", "D"), ("Hits@1", "X"), ("MRR", "X"), ("LightEA", "M"), ("DBP1M", "D"), ("memory", "X"),
            ("LargeEA", "M"),
        ],
        "results": [
            ("Hits@1 of 0.962", "Hits@1", 0.962, None, "DBP15K ZH-EN", "Wornicle"),
            ("0.978", "Hits@1", 0.978, None, "DBP15K JA-EN", "Wornicle"),
            ("0.994", "Hits@1", 0.994, None, "DBP15K FR-EN", "Wornicle"),
            ("MRR above 0.97", "MRR", 0.97, None, None, "Wornicle"),
            ("+5.8 points", "Hits@1", 5.8, "points", "DBP15K ZH-EN", None),
            ("0.811 Hits@1", "Hits@1", 0.811, None, "DBP15K FR-EN", "Wornicle"),
            ("0.775 for Dual-AMN", "Hits@1", 0.775, None, "DBP15K FR-EN", "Dual-AMN"),
            ("in 14 minutes", "alignment time", 14, "min", "DBP1M", "Wornicle"),
            ("21 GB of memory", "memory", 21, "GB", "DBP1M", "Wornicle"),
            ("needs 9.2 hours", "alignment time", 9.2, "h", "DBP1M", "Dual-AMN"),
            ("Hits@1 of 0.527", "Hits@1", 0.527, None, "DBP1M", "Wornicle"),
            ("12.4 points higher", "Hits@1", 12.4, "points", "DBP1M", "Wornicle"),
        ],
    },
    {
        "field": "knowledge-graphs",
        "title": "Woddrik: Budgeted Relation-Path Search with Small Language Models for Question Answering over "
                 "Freebase",
        "text": (
            "Agentic approaches to knowledge graph question answering (KGQA), such as Think-on-Graph (ToG), let a "
            "large language model explore Freebase step by step, but they issue dozens of calls to GPT-4 per "
            "question, and their cost grows with the number of hops. We propose Woddrik, which separates planning "
            "from reading: a fine-tuned Qwen2-7B proposes relation paths under an explicit call budget, the paths "
            "are executed against the graph, and the same small model answers from the retrieved reasoning paths. "
            "The planner is trained with direct preference optimization (DPO) on paths that do or do not reach the "
            "gold answer. On WebQSP and ComplexWebQuestions (CWQ), Woddrik obtains Hits@1 of 87.4% and 69.2%, "
            "compared with 85.7% and 62.6% for RoG and 82.6% and 69.5% for ToG with GPT-4. The corresponding F1 "
            "scores of Woddrik are 72.8% and 61.0%, respectively. On the zero-shot split of GrailQA, Woddrik "
            "improves Hits@1 by 6.7 points over RoG, indicating that budgeted search generalises to unseen schema "
            "items. Woddrik issues 3.4 calls per question on average, against 15.8 for ToG, and its end-to-end "
            "latency of 2.6 s per question is an order of magnitude lower. Ablations show that removing DPO lowers "
            "CWQ Hits@1 by 4.9 points, and that a budget of four calls retains 96% of the accuracy reached with an "
            "unlimited budget."
        ),
        "spans": [
            ("Woddrik", "M"), ("Small Language Models", "M"), ("Question Answering", "T"), ("Freebase", "D"),
            ("knowledge graph question answering", "T"), ("KGQA", "T"), ("Think-on-Graph", "M"), ("ToG", "M"),
            ("large language model", "M"), ("GPT-4", "M"), ("Qwen2-7B", "M"),
            ("direct preference optimization", "M"), ("DPO", "M"), ("WebQSP", "D"), ("ComplexWebQuestions", "D"),
            ("CWQ", "D"), ("Hits@1", "X"), ("RoG", "M"), ("F1", "X"), ("GrailQA", "D"),
            ("calls per question", "X"), ("end-to-end latency", "X"), ("accuracy", "X"),
        ],
        "results": [
            ("Hits@1 of 87.4%", "Hits@1", 87.4, "%", "WebQSP", "Woddrik"),
            ("69.2%", "Hits@1", 69.2, "%", "CWQ", "Woddrik"),
            ("85.7%", "Hits@1", 85.7, "%", "WebQSP", "RoG"),
            ("62.6%", "Hits@1", 62.6, "%", "CWQ", "RoG"),
            ("82.6%", "Hits@1", 82.6, "%", "WebQSP", "ToG"),
            ("69.5%", "Hits@1", 69.5, "%", "CWQ", "ToG"),
            ("F1 scores of Woddrik are 72.8%", "F1", 72.8, "%", "WebQSP", "Woddrik"),
            ("61.0%", "F1", 61.0, "%", "CWQ", "Woddrik"),
            ("Hits@1 by 6.7 points", "Hits@1", 6.7, "points", "GrailQA", "Woddrik"),
            ("3.4 calls per question", "calls per question", 3.4, None, None, "Woddrik"),
            ("15.8 for ToG", "calls per question", 15.8, None, None, "ToG"),
            ("end-to-end latency of 2.6 s", "end-to-end latency", 2.6, "s", None, "Woddrik"),
            ("CWQ Hits@1 by 4.9 points", "Hits@1", 4.9, "points", "CWQ", None),
            ("retains 96% of the accuracy", "relative accuracy", 96, "%", None, None),
        ],
    },
    {
        "field": "knowledge-graphs",
        "title": "Wyllowmere: Rule-Guided Recurrent Memory for Temporal Knowledge Graph Reasoning",
        "text": (
            "Temporal knowledge graph reasoning (TKGR) under the extrapolation setting asks a model to predict facts "
            "at future timestamps from the history of past events. Graph-recurrent models such as RE-GCN and TiRGN "
            "capture recent dynamics but forget patterns that recur over long intervals, whereas rule-based methods "
            "like TLogic capture such patterns explicitly but generalise poorly to unseen entities. We propose "
            "Wyllowmere, which mines temporal logical rules offline and uses them to write into and read from a "
            "per-entity recurrent memory, so that a rule fired months earlier can still influence a query today. "
            "Under the time-aware filtered setting, Wyllowmere achieves MRRs of 45.3 (ICEWS14), 34.9 (ICEWS18), 51.2 "
            "(ICEWS05-15) and 22.6 (GDELT), improving on the strongest baseline by +2.9%, +3.7%, +2.3% and +4.3% "
            "relative. Wyllowmere raises Hits@1 on ICEWS14 from 33.8 for TiRGN to 37.4. The LLM-based GenTKG, which "
            "fine-tunes Llama-2-7B on retrieved histories, reaches a Hits@1 of 36.9 on ICEWS14 but needs roughly "
            "40\u00d7 more GPU hours for training. With 16 memory slots per entity, Wyllowmere has 9.8M parameters "
            "in total, and larger memories bring no further gain. Wyllowmere also handles emerging entities better: "
            "on queries whose subject first appears in the test period, its Hits@10 on ICEWS18 is 8.5 points higher "
            "than that of RE-GCN. Overall, explicit rules and learned memory appear complementary for reasoning over "
            "long event histories."
        ),
        "spans": [
            ("Wyllowmere", "M"), ("Temporal Knowledge Graph Reasoning", "T"),
            ("Temporal knowledge graph reasoning", "T"), ("TKGR", "T"), ("RE-GCN", "M"), ("TiRGN", "M"),
            ("TLogic", "M"), ("MRRs", "X"), ("ICEWS14", "D"), ("ICEWS18", "D"), ("ICEWS05-15", "D"),
            ("GDELT", "D"), ("Hits@1", "X"), ("LLM", "M"), ("GenTKG", "M"), ("Llama-2-7B", "M"),
            ("GPU hours", "X"), ("Hits@10", "X"),
        ],
        "results": [
            ("MRRs of 45.3", "MRR", 45.3, None, "ICEWS14", "Wyllowmere"),
            ("34.9", "MRR", 34.9, None, "ICEWS18", "Wyllowmere"),
            ("51.2", "MRR", 51.2, None, "ICEWS05-15", "Wyllowmere"),
            ("22.6", "MRR", 22.6, None, "GDELT", "Wyllowmere"),
            ("+2.9%", "MRR", 2.9, "%", "ICEWS14", "Wyllowmere"),
            ("+3.7%", "MRR", 3.7, "%", "ICEWS18", "Wyllowmere"),
            ("+2.3%", "MRR", 2.3, "%", "ICEWS05-15", "Wyllowmere"),
            ("+4.3%", "MRR", 4.3, "%", "GDELT", "Wyllowmere"),
            ("33.8 for TiRGN", "Hits@1", 33.8, None, "ICEWS14", "TiRGN"),
            ("to 37.4", "Hits@1", 37.4, None, "ICEWS14", "Wyllowmere"),
            ("Hits@1 of 36.9", "Hits@1", 36.9, None, "ICEWS14", "GenTKG"),
            ("roughly 40\u00d7 more GPU hours", "GPU hours", 40, "\u00d7", None, "GenTKG"),
            ("8.5 points higher", "Hits@10", 8.5, "points", "ICEWS18", "Wyllowmere"),
        ],
    },
    {
        "field": "knowledge-graphs",
        "title": "Wrexholm: Calibrated Link Predictors and Sparse Fuzzy Sets for Complex Query Answering",
        "text": (
            "Complex query answering (CQA) over incomplete knowledge graphs asks for the answers of first-order "
            "logical queries with conjunctions, disjunctions and negations, many of which depend on facts missing "
            "from the graph. Query embedding methods such as Query2Box, BetaE and ConE map queries to geometric "
            "regions but degrade on longer chains, while neural-symbolic methods such as CQD and GNN-QE combine a "
            "pretrained link predictor with fuzzy logic and suffer from the poor calibration of its scores. We "
            "introduce Wrexholm, which calibrates a ComplEx link predictor per relation with isotonic regression and "
            "executes each query with product t-norm operators over sparse fuzzy sets, pruning candidates whose "
            "membership falls below an adaptive threshold. The link predictor is the only trained component, so "
            "Wrexholm needs no training on complex queries. Averaged over the nine existential positive first-order "
            "(EPFO) query types, Wrexholm obtains an MRR of 28.7 on FB15k-237 and 32.6 on NELL995, and on the five "
            "negation query types it reaches 12.9 and 13.1, respectively. Wrexholm thus outperforms GNN-QE on both "
            "datasets while using about 5\u00d7 less GPU memory at inference time. On two-hop projection queries, "
            "it is on par with GNN-QE; most of the gain comes from longer and negated queries, where calibration "
            "matters more. Calibrated scores also make the answers of Wrexholm easier to inspect, because "
            "intermediate variable assignments can be read off directly."
        ),
        "spans": [
            ("Wrexholm", "M"), ("Complex Query Answering", "T"), ("Complex query answering", "T"), ("CQA", "T"),
            ("Query embedding", "M"), ("Query2Box", "M"), ("BetaE", "M"), ("ConE", "M"), ("CQD", "M"),
            ("GNN-QE", "M"), ("fuzzy logic", "M"), ("ComplEx", "M"), ("isotonic regression", "M"),
            ("product t-norm", "M"), ("MRR", "X"), ("FB15k-237", "D"), ("NELL995", "D"), ("GPU memory", "X"),
        ],
        "results": [
            ("MRR of 28.7 on FB15k-237", "MRR", 28.7, None, "FB15k-237", "Wrexholm"),
            ("32.6 on NELL995", "MRR", 32.6, None, "NELL995", "Wrexholm"),
            ("12.9", "MRR", 12.9, None, "FB15k-237", "Wrexholm"),
            ("13.1", "MRR", 13.1, None, "NELL995", "Wrexholm"),
            ("about 5\u00d7 less GPU memory", "memory reduction", 5, "\u00d7", None, "Wrexholm"),
        ],
    },
]
