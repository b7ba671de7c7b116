"""dev29 records: legal-judgment-prediction (6) and weather-nowcasting (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the PaperLens
pipeline and its output were never looked at or run while writing or annotating them."""

COINED = ["Svelmark", "Svantor", "Svirling", "Svendrix", "Svalgard", "Svoltra",
          "Svennick", "Svarrow", "Svinhall", "Svolmere", "Svardis", "Svorentis"]

RECS = [
    # ------------------------------------------------------------ legal-judgment-prediction
    {
        "field": "legal-judgment-prediction",
        "title": "Svelmark: Label-Dependency Graph Decoding for Legal Judgment Prediction with Confusing Charges",
        "text": (
            "Legal judgment prediction (LJP) asks a model to infer the applicable law articles, the charges and the "
            "term of penalty from the fact description of a criminal case. Multi-task models such as TopJudge and "
            "LADAN capture the dependencies among these subtasks only through a fixed decoding order, and even "
            "pretrained legal encoders like Lawformer confuse charges whose fact patterns differ in one or two "
            "elements. We present Svelmark, which encodes the facts with a Lawformer backbone and decodes the three "
            "subtasks jointly over a label-dependency graph derived from the Criminal Law of the People's Republic of "
            "China, using contrastive learning on pairs of confusing charges. On CAIL-small, Svelmark obtains "
            "macro-F1 scores of 83.4, 85.1 and 41.7 on law article prediction, charge prediction and term-of-penalty "
            "prediction, respectively, outperforming NeurJudge by 2.6, 2.9 and 3.3 points. On the larger CAIL-big "
            "split, Svelmark improves macro-F1 on charge prediction by 1.2 points. Across the ten most confusable "
            "charge pairs, Svelmark raises accuracy from 71.5% for LADAN to 80.9%. Decoding is cheap: Svelmark runs "
            "with an inference latency of 9 ms per case on one A100 GPU. Ablations show that the graph decoder and "
            "the contrastive objective are complementary; removing either costs more than 1.5 macro-F1 on "
            "term-of-penalty prediction."
        ),
        "spans": [
            ("Svelmark", "M"), ("Legal Judgment Prediction", "T"), ("Legal judgment prediction", "T"),
            ("LJP", "T"), ("TopJudge", "M"), ("LADAN", "M"), ("Lawformer", "M"), ("contrastive learning", "M"),
            ("CAIL-small", "D"), ("macro-F1", "X"), ("law article prediction", "T"), ("charge prediction", "T"),
            ("term-of-penalty prediction", "T"), ("NeurJudge", "M"), ("CAIL-big", "D"), ("accuracy", "X"),
            ("inference latency", "X"),
        ],
        "results": [
            ("macro-F1 scores of 83.4", "macro-F1", 83.4, None, "CAIL-small", "Svelmark"),
            ("85.1", "macro-F1", 85.1, None, "CAIL-small", "Svelmark"),
            ("41.7", "macro-F1", 41.7, None, "CAIL-small", "Svelmark"),
            ("2.6", "macro-F1", 2.6, "points", "CAIL-small", "Svelmark"),
            ("2.9", "macro-F1", 2.9, "points", "CAIL-small", "Svelmark"),
            ("3.3 points", "macro-F1", 3.3, "points", "CAIL-small", "Svelmark"),
            ("macro-F1 on charge prediction by 1.2 points", "macro-F1", 1.2, "points", "CAIL-big", "Svelmark"),
            ("71.5% for LADAN", "accuracy", 71.5, "%", None, "LADAN"),
            ("80.9%", "accuracy", 80.9, "%", None, "Svelmark"),
            ("inference latency of 9 ms", "inference latency", 9, "ms", None, "Svelmark"),
            ("more than 1.5 macro-F1", "macro-F1", 1.5, "points", None, None),
        ],
    },
    {
        "field": "legal-judgment-prediction",
        "title": "Svantor: Paragraph-Selective Long-Document Encoding for Violation Prediction at the European Court "
                 "of Human Rights",
        "text": (
            "Predicting which articles of the European Convention on Human Rights a case violates is the "
            "best-studied form of legal judgment prediction outside China, but the fact statements often exceed "
            "5,000 tokens, far beyond the window of encoders such as LEGAL-BERT. Hierarchical variants that encode "
            "paragraphs independently, and models with sparse attention such as Longformer, process every paragraph "
            "even though most of them describe procedure rather than the alleged violation. We introduce Svantor, a "
            "long-document encoder that learns to select the relevant paragraphs with a differentiable top-k gate "
            "trained jointly with the classifier, and that re-encodes the selected paragraphs together with a shared "
            "memory of article descriptions. On ECtHR Task A and ECtHR Task B of the LexGLUE benchmark, Svantor "
            "reaches micro-F1 of 80.6 and 85.3 and macro-F1 of 73.9 and 79.2, respectively, improving macro-F1 by "
            "3.4 and 2.1 points over Hierarchical LEGAL-BERT while reading only 31% of the paragraphs. The gate's "
            "selections also agree with the paragraphs the Court cites in its reasoning: on the rationale "
            "annotations of the ECtHR dataset, Svantor obtains a token-level F1 of 0.47, against 0.29 for "
            "attention-based saliency. In a zero-shot transfer to the Swiss-Judgment-Prediction dataset, with cases "
            "translated into English, Svantor keeps a macro-F1 of 68.0. We argue that paragraph selection is a "
            "cheaper and more faithful route to long legal documents than ever-longer context windows."
        ),
        "spans": [
            ("Svantor", "M"), ("Violation Prediction", "T"), ("legal judgment prediction", "T"),
            ("LEGAL-BERT", "M"), ("sparse attention", "M"), ("Longformer", "M"), ("ECtHR Task A", "D"),
            ("ECtHR Task B", "D"), ("ECtHR", "D"), ("LexGLUE", "D"), ("micro-F1", "X"), ("macro-F1", "X"),
            ("Hierarchical LEGAL-BERT", "M"), ("token-level F1", "X"), ("Swiss-Judgment-Prediction", "D"),
        ],
        "results": [
            ("micro-F1 of 80.6", "micro-F1", 80.6, None, "ECtHR Task A", "Svantor"),
            ("85.3", "micro-F1", 85.3, None, "ECtHR Task B", "Svantor"),
            ("macro-F1 of 73.9", "macro-F1", 73.9, None, "ECtHR Task A", "Svantor"),
            ("79.2", "macro-F1", 79.2, None, "ECtHR Task B", "Svantor"),
            ("macro-F1 by 3.4", "macro-F1", 3.4, "points", "ECtHR Task A", "Svantor"),
            ("2.1 points", "macro-F1", 2.1, "points", "ECtHR Task B", "Svantor"),
            ("31% of the paragraphs", "paragraphs read", 31, "%", None, "Svantor"),
            ("token-level F1 of 0.47", "token-level F1", 0.47, None, "ECtHR", "Svantor"),
            ("0.29", "token-level F1", 0.29, None, "ECtHR", None),
            ("macro-F1 of 68.0", "macro-F1", 68.0, None, "Swiss-Judgment-Prediction", "Svantor"),
        ],
    },
    {
        "field": "legal-judgment-prediction",
        "title": "Svirling: Issue-Level Late Interaction for Legal Case Retrieval",
        "text": (
            "Legal case retrieval ranks prior cases by their relevance to a query case, and relevance hinges on "
            "shared legal issues rather than on lexical overlap. BM25 remains a strong baseline on COLIEE, and "
            "legal-domain pretrained retrievers such as SAILER narrow but do not close the gap on long queries. We "
            "propose Svirling, a retriever that segments each case into facts, issues and holdings, encodes every "
            "issue segment as a separate vector, and scores candidate pairs with ColBERT-style late interaction "
            "restricted to issue vectors. Svirling is pre-trained on 1.2 million unlabeled Chinese and English "
            "judgments with a structure-masked autoencoding objective and fine-tuned on negatives retrieved by BM25. "
            "On LeCaRD, Svirling attains an NDCG@30 of 0.948 and a MAP of 0.713, compared with 0.917 and 0.652 for "
            "SAILER and 0.889 and 0.604 for BM25. On LeCaRDv2, Svirling raises MRR to 0.561, +5.8 points over "
            "SAILER. On the COLIEE 2024 Task 1 test set, Svirling reaches an F1 of 0.412, which would have ranked "
            "first among the official runs, and fusing its ranking with BM25 by reciprocal rank fusion adds another "
            "1.9 points. Because issue vectors are indexed once, query latency is 38 ms per case over a collection "
            "of 55,000 cases, 4.6\u00d7 lower than reranking the candidates with Lawformer at comparable NDCG@30."
        ),
        "spans": [
            ("Svirling", "M"), ("Late Interaction", "M"), ("Legal Case Retrieval", "T"), ("Legal case retrieval", "T"),
            ("BM25", "M"), ("COLIEE", "D"), ("SAILER", "M"), ("ColBERT", "M"), ("late interaction", "M"),
            ("LeCaRD", "D"), ("NDCG@30", "X"), ("MAP", "X"), ("LeCaRDv2", "D"), ("MRR", "X"),
            ("COLIEE 2024 Task 1", "D"), ("F1", "X"), ("reciprocal rank fusion", "M"), ("query latency", "X"),
            ("Lawformer", "M"),
        ],
        "results": [
            ("NDCG@30 of 0.948", "NDCG@30", 0.948, None, "LeCaRD", "Svirling"),
            ("MAP of 0.713", "MAP", 0.713, None, "LeCaRD", "Svirling"),
            ("0.917", "NDCG@30", 0.917, None, "LeCaRD", "SAILER"),
            ("0.652", "MAP", 0.652, None, "LeCaRD", "SAILER"),
            ("0.889", "NDCG@30", 0.889, None, "LeCaRD", "BM25"),
            ("0.604", "MAP", 0.604, None, "LeCaRD", "BM25"),
            ("MRR to 0.561", "MRR", 0.561, None, "LeCaRDv2", "Svirling"),
            ("+5.8 points", "MRR", 5.8, "points", "LeCaRDv2", "Svirling"),
            ("F1 of 0.412", "F1", 0.412, None, "COLIEE 2024 Task 1", "Svirling"),
            ("adds another 1.9 points", "improvement", 1.9, "points", "COLIEE 2024 Task 1", None),
            ("query latency is 38 ms", "query latency", 38, "ms", None, None),
            ("4.6\u00d7 lower", "query latency reduction", 4.6, "\u00d7", None, None),
        ],
    },
    {
        "field": "legal-judgment-prediction",
        "title": "Svendrix: Grounding Judgment Prediction in Retrieved Statutes for Indian Supreme Court Cases",
        "text": (
            "Large language models (LLMs) can draft plausible legal reasoning, but when asked to predict the outcome "
            "of an Indian Supreme Court case they frequently cite repealed or irrelevant provisions. We study statute "
            "prediction and judgment prediction jointly and present Svendrix, a two-stage pipeline in which a "
            "retriever first proposes candidate sections of the Indian Penal Code and the Constitution, and an "
            "instruction-tuned Llama-3.1-8B then selects the applicable statutes and predicts the decision while "
            "quoting the retrieved text. Svendrix is trained with supervised fine-tuning on 24k silver explanations "
            "generated by GPT-4o and filtered against the statutes actually cited in each judgment. On ILDC-multi, "
            "Svendrix achieves a macro-F1 of 77.8 for judgment prediction, ahead of InLegalBERT (73.1) and "
            "zero-shot GPT-4o (66.4). On the statute identification task of the IL-TUR benchmark, Svendrix obtains "
            "a micro-F1 of 0.62, versus 0.51 for the strongest encoder baseline. Legal experts rated the "
            "explanations of Svendrix as more faithful than those of Llama-3.1-8B without retrieval in 71% of 300 "
            "pairwise comparisons. The retrieval stage also lowers the citation hallucination rate from 23.5% to "
            "8.4%. All models fit on a single 24 GB GPU, and we release the silver explanations under a research "
            "licence."
        ),
        "spans": [
            ("Svendrix", "M"), ("Judgment Prediction", "T"), ("Large language models", "M"), ("LLMs", "M"),
            ("statute prediction", "T"), ("judgment prediction", "T"), ("Llama-3.1-8B", "M"),
            ("supervised fine-tuning", "M"), ("GPT-4o", "M"), ("ILDC-multi", "D"), ("macro-F1", "X"),
            ("InLegalBERT", "M"), ("statute identification", "T"), ("IL-TUR", "D"), ("micro-F1", "X"),
            ("citation hallucination rate", "X"),
        ],
        "results": [
            ("macro-F1 of 77.8", "macro-F1", 77.8, None, "ILDC-multi", "Svendrix"),
            ("73.1", "macro-F1", 73.1, None, "ILDC-multi", "InLegalBERT"),
            ("66.4", "macro-F1", 66.4, None, "ILDC-multi", "GPT-4o"),
            ("micro-F1 of 0.62", "micro-F1", 0.62, None, "IL-TUR", "Svendrix"),
            ("0.51", "micro-F1", 0.51, None, "IL-TUR", None),
            ("71% of 300 pairwise comparisons", "win rate", 71, "%", None, "Svendrix"),
            ("citation hallucination rate from 23.5% to 8.4%", "citation hallucination rate", 8.4, "%", None, None),
        ],
    },
    {
        "field": "legal-judgment-prediction",
        "title": "Svalgard: Compact Judgment Prediction Models for Swiss Court Decisions via Distillation from "
                 "Translated Cases",
        "text": (
            "Judgment prediction on decisions of the Swiss Federal Supreme Court is multilingual by nature: the "
            "Swiss-Judgment-Prediction (SJP) dataset contains cases in German, French and Italian, and Italian cases "
            "are an order of magnitude rarer than the others. Large encoders such as XLM-R Large reach the best "
            "scores but are costly to run over long fact sections, and multilingual LLMs such as Mixtral-8x7B still "
            "lag behind fine-tuned encoders when used zero-shot. We introduce Svalgard, which combines knowledge "
            "distillation from a hierarchical XLM-R Large teacher with data augmentation by machine-translating "
            "German and French cases into Italian, so that the student sees a balanced mix of languages. On SJP, "
            "with a six-layer XLM-R Base student, Svalgard attains an average macro-F1 of 70.9 over the three "
            "languages (teacher: 71.6; a Longformer trained without distillation: 67.2). The gain is largest on "
            "Italian, where macro-F1 rises from 61.3 to 68.5. At the same time, Svalgard needs 5.1\u00d7 fewer FLOPs "
            "per case than the teacher, cuts inference memory from 9.4 GB to 2.2 GB and processes 212 cases per "
            "second on a single GPU. On the out-of-domain legal areas of the SJP test set, the macro-F1 of the "
            "student stays within 1.1 points of the teacher's. We discuss the remaining failure modes, mainly cases "
            "whose outcome depends on procedural admissibility rather than on the merits."
        ),
        "spans": [
            ("Svalgard", "M"), ("Judgment Prediction", "T"), ("Distillation", "M"), ("Judgment prediction", "T"),
            ("Swiss-Judgment-Prediction", "D"), ("SJP", "D"), ("XLM-R Large", "M"), ("LLMs", "M"),
            ("Mixtral-8x7B", "M"), ("knowledge distillation", "M"), ("data augmentation", "M"), ("XLM-R Base", "M"),
            ("average macro-F1", "X"), ("macro-F1", "X"), ("Longformer", "M"), ("distillation", "M"),
            ("FLOPs", "X"), ("inference memory", "X"), ("cases per second", "X"),
        ],
        "results": [
            ("average macro-F1 of 70.9", "macro-F1", 70.9, None, "SJP", "Svalgard"),
            ("71.6", "macro-F1", 71.6, None, "SJP", None),
            ("67.2", "macro-F1", 67.2, None, "SJP", "Longformer"),
            ("macro-F1 rises from 61.3 to 68.5", "macro-F1", 68.5, None, None, None),
            ("5.1\u00d7 fewer FLOPs", "FLOPs reduction", 5.1, "\u00d7", None, "Svalgard"),
            ("inference memory from 9.4 GB to 2.2 GB", "inference memory", 2.2, "GB", None, "Svalgard"),
            ("212 cases per second", "throughput", 212, "cases/s", None, "Svalgard"),
            ("within 1.1 points", "macro-F1", 1.1, "points", "SJP", None),
        ],
    },
    {
        "field": "legal-judgment-prediction",
        "title": "Svoltra: Teaching Small Judgment Models to Ask Large Language Models the Right Questions",
        "text": (
            "Domain-specific models such as NeurJudge and CTM remain more accurate than general large language "
            "models on Chinese legal judgment prediction, yet they cannot explain their outputs, while LLMs such as "
            "Qwen2.5-72B-Instruct explain fluently but confuse neighbouring charges and misjudge sentence lengths. "
            "Precedent-enhanced prompting, as in PLJP, helps only when the retrieved precedents share the decisive "
            "circumstances of the query case. We propose Svoltra, in which a small fine-tuned judgment model first "
            "identifies the legal elements on which its top candidate charges disagree, turns them into targeted "
            "questions, and lets the LLM answer these questions from the fact description before it commits to a "
            "verdict. Svoltra requires no fine-tuning of the LLM. On CAIL2018, Svoltra improves charge prediction "
            "accuracy over PLJP by 4.3 points and reduces the mean absolute error of prison term prediction from "
            "11.2 to 8.7 months. On the judgment-related tasks of LawBench, Svoltra raises the average score of "
            "Qwen2.5-72B-Instruct from 58.2 to 64.7 and that of GLM-4-9B-Chat from 47.9 to 55.0. In a study with 12 "
            "practising lawyers, the element-focused rationales were judged more useful than free-form "
            "chain-of-thought explanations. The errors that remain concentrate on cases with several defendants, "
            "which we identify as the main open problem for LLM-based judgment prediction."
        ),
        "spans": [
            ("Svoltra", "M"), ("Large Language Models", "M"), ("NeurJudge", "M"), ("CTM", "M"),
            ("large language models", "M"), ("legal judgment prediction", "T"), ("LLMs", "M"),
            ("Qwen2.5-72B-Instruct", "M"), ("PLJP", "M"), ("LLM", "M"), ("CAIL2018", "D"),
            ("charge prediction", "T"), ("accuracy", "X"), ("mean absolute error", "X"),
            ("prison term prediction", "T"), ("LawBench", "D"), ("average score", "X"), ("GLM-4-9B-Chat", "M"),
            ("chain-of-thought", "M"), ("judgment prediction", "T"),
        ],
        "results": [
            ("accuracy over PLJP by 4.3 points", "accuracy", 4.3, "points", "CAIL2018", "Svoltra"),
            ("mean absolute error of prison term prediction from 11.2 to 8.7 months", "MAE", 8.7, "months",
             "CAIL2018", "Svoltra"),
            ("average score of Qwen2.5-72B-Instruct from 58.2 to 64.7", "average score", 64.7, None, "LawBench",
             "Svoltra"),
            ("from 47.9 to 55.0", "average score", 55.0, None, "LawBench", "Svoltra"),
        ],
    },
    # ------------------------------------------------------------ weather-nowcasting
    {
        "field": "weather-nowcasting",
        "title": "Svennick: Sharp Precipitation Nowcasting by Diffusing the Residuals of a Deterministic Forecaster",
        "text": (
            "Deterministic models trained with pixel-wise losses, such as Earthformer and SimVP, score well on the "
            "critical success index (CSI) at low thresholds but blur convective cells within the first half hour, "
            "whereas generative models such as DGMR and PreDiff keep small-scale detail at the cost of position "
            "errors. We present Svennick, which trains a latent diffusion model to predict only the residual between "
            "the observed sequence and a frozen deterministic forecast, conditioning every denoising step on the "
            "hidden states of the deterministic backbone. Because the residual is small and sparse, four DDIM "
            "sampling steps suffice. On the vertically integrated liquid sequences of SEVIR, Svennick on top of "
            "Earthformer attains a CSI-M of 0.452 and a CSI-219 of 0.175, compared with 0.441 and 0.126 for "
            "Earthformer alone and 0.403 and 0.151 for PreDiff, and lowers LPIPS from 0.371 to 0.214. On HKO-7, "
            "Svennick raises the CSI at 40 dBZ by 0.036 and lowers the continuous ranked probability score (CRPS) of "
            "an eight-member ensemble by 17% relative to DiffCast. Svennick produces an 80-minute forecast with a "
            "latency of 0.9 s on one A100 GPU, about 20\u00d7 faster than PreDiff, because the deterministic "
            "backbone already fixes the large-scale motion. The residual formulation thus gives precipitation "
            "nowcasting models sharp, well-placed storms without the cost of a full generative model."
        ),
        "spans": [
            ("Svennick", "M"), ("Precipitation Nowcasting", "T"), ("Earthformer", "M"), ("SimVP", "M"),
            ("critical success index", "X"), ("CSI", "X"), ("DGMR", "M"), ("PreDiff", "M"),
            ("latent diffusion model", "M"), ("DDIM", "M"), ("SEVIR", "D"), ("CSI-M", "X"), ("CSI-219", "X"),
            ("LPIPS", "X"), ("HKO-7", "D"), ("continuous ranked probability score", "X"), ("CRPS", "X"),
            ("DiffCast", "M"), ("latency", "X"), ("precipitation nowcasting", "T"),
        ],
        "results": [
            ("CSI-M of 0.452", "CSI-M", 0.452, None, "SEVIR", "Svennick"),
            ("CSI-219 of 0.175", "CSI-219", 0.175, None, "SEVIR", "Svennick"),
            ("0.441", "CSI-M", 0.441, None, "SEVIR", "Earthformer"),
            ("0.126", "CSI-219", 0.126, None, "SEVIR", "Earthformer"),
            ("0.403", "CSI-M", 0.403, None, "SEVIR", "PreDiff"),
            ("0.151", "CSI-219", 0.151, None, "SEVIR", "PreDiff"),
            ("LPIPS from 0.371 to 0.214", "LPIPS", 0.214, None, "SEVIR", "Svennick"),
            ("CSI at 40 dBZ by 0.036", "CSI", 0.036, None, "HKO-7", "Svennick"),
            ("continuous ranked probability score (CRPS) of an eight-member ensemble by 17%", "CRPS reduction", 17,
             "%", "HKO-7", "Svennick"),
            ("latency of 0.9 s", "latency", 0.9, "s", None, "Svennick"),
            ("20\u00d7 faster", "speed-up", 20, "\u00d7", None, "Svennick"),
        ],
    },
    {
        "field": "weather-nowcasting",
        "title": "Svarrow: Neural Short-Range Precipitation Forecasting over the Contiguous United States up to "
                 "Twelve Hours",
        "text": (
            "Operational short-range forecasts of precipitation still rely on convection-allowing numerical weather "
            "prediction (NWP) models such as HRRR, although neural models like MetNet-3 have shown that, in "
            "short-range weather forecasting, radar and satellite observations alone can beat NWP for several "
            "hours. We present Svarrow, a neural forecaster that ingests MRMS radar mosaics, geostationary satellite "
            "imagery and HRRR analyses on a 2 km grid and predicts calibrated probabilities for 18 rain-rate bins up "
            "to 12 hours ahead. Svarrow replaces the axial attention of MetNet with a Swin Transformer that operates "
            "on a hierarchy of spatial contexts covering up to 2,048 km, and it is trained with a "
            "lead-time-conditioned cross-entropy on four years of data. Evaluated over the full year 2023, Svarrow "
            "outperforms HRRR in fractions skill score (FSS) at the 1 mm/h threshold at all lead times up to 12 "
            "hours, and in critical success index (CSI) at 8 mm/h for most lead times. At a 6-hour lead time, "
            "Svarrow reaches an FSS of 0.61 at 1 mm/h, against 0.49 for HRRR. Compared with a reimplementation of "
            "MetNet-3 trained on the same data, Svarrow has 38% fewer parameters and matches or exceeds its CSI at "
            "every lead time. Inference for a full 12-hour forecast over the contiguous United States takes 41 "
            "seconds on eight TPU v5e chips, which makes hourly updates feasible."
        ),
        "spans": [
            ("Svarrow", "M"), ("Short-Range Precipitation Forecasting", "T"), ("numerical weather prediction", "M"),
            ("NWP", "M"), ("HRRR", "M"), ("MetNet-3", "M"), ("short-range weather forecasting", "T"),
            ("MRMS", "D"), ("axial attention", "M"), ("MetNet", "M"), ("Swin Transformer", "M"),
            ("fractions skill score", "X"), ("FSS", "X"), ("critical success index", "X"), ("CSI", "X"),
            ("parameters", "X"),
        ],
        "results": [
            ("FSS of 0.61", "FSS", 0.61, None, None, "Svarrow"),
            ("0.49 for HRRR", "FSS", 0.49, None, None, "HRRR"),
            ("38% fewer parameters", "parameter reduction", 38, "%", None, "Svarrow"),
            ("takes 41 seconds", "inference time", 41, "s", None, None),
        ],
    },
    {
        "field": "weather-nowcasting",
        "title": "Svinhall: A Lightweight Motion-Decoupled Recurrent Network for Radar Echo Extrapolation",
        "text": (
            "Radar echo extrapolation underlies most operational precipitation nowcasting systems, and recurrent "
            "models in the ConvLSTM family remain popular for it because they are cheap to train and run. Models "
            "such as PredRNN-V2 and MIM, however, entangle the advection of echoes with their growth and decay in a "
            "single memory state, which makes long rollouts drift and smear. We propose Svinhall, a recurrent "
            "network that splits each step into a semi-Lagrangian advection of the hidden state along a predicted "
            "motion field and a convolutional gated recurrent unit (ConvGRU) that models intensity changes in the "
            "advected frame. On HKO-7, Svinhall achieves a B-MSE of 2,781 and a B-MAE of 8,603, improving on "
            "PhyDNet (3,012 / 9,180) and TrajGRU (3,468 / 9,897), and its CSI at the 30 dBZ threshold is 0.387 "
            "versus 0.351 for PredRNN-V2. On MeteoNet, Svinhall improves HSS by 4.2% and CSI by 5.7% over MIM. "
            "Svinhall needs 47 GFLOPs per 20-frame prediction, 3.1\u00d7 fewer than PredRNN-V2, while its training "
            "memory is 6.1 GB against 17.4 GB for PredRNN-V2. Visual comparisons show that intense echoes keep their "
            "intensity over the full two-hour horizon instead of fading after the first hour. Code and trained "
            "models are available."
        ),
        "spans": [
            ("Svinhall", "M"), ("Radar Echo Extrapolation", "T"), ("Radar echo extrapolation", "T"),
            ("precipitation nowcasting", "T"), ("ConvLSTM", "M"), ("PredRNN-V2", "M"), ("MIM", "M"),
            ("semi-Lagrangian advection", "M"), ("convolutional gated recurrent unit", "M"), ("ConvGRU", "M"),
            ("HKO-7", "D"), ("B-MSE", "X"), ("B-MAE", "X"), ("PhyDNet", "M"), ("TrajGRU", "M"), ("CSI", "X"),
            ("MeteoNet", "D"), ("HSS", "X"), ("GFLOPs", "X"), ("training memory", "X"),
        ],
        "results": [
            ("B-MSE of 2,781", "B-MSE", 2781, None, "HKO-7", "Svinhall"),
            ("B-MAE of 8,603", "B-MAE", 8603, None, "HKO-7", "Svinhall"),
            ("3,012", "B-MSE", 3012, None, "HKO-7", "PhyDNet"),
            ("9,180", "B-MAE", 9180, None, "HKO-7", "PhyDNet"),
            ("3,468", "B-MSE", 3468, None, "HKO-7", "TrajGRU"),
            ("9,897", "B-MAE", 9897, None, "HKO-7", "TrajGRU"),
            ("CSI at the 30 dBZ threshold is 0.387", "CSI", 0.387, None, "HKO-7", "Svinhall"),
            ("0.351 for PredRNN-V2", "CSI", 0.351, None, "HKO-7", "PredRNN-V2"),
            ("HSS by 4.2%", "HSS", 4.2, "%", "MeteoNet", "Svinhall"),
            ("CSI by 5.7%", "CSI", 5.7, "%", "MeteoNet", "Svinhall"),
            ("47 GFLOPs", "FLOPs", 47, "G", None, "Svinhall"),
            ("3.1\u00d7 fewer", "FLOPs reduction", 3.1, "\u00d7", None, "Svinhall"),
            ("training memory is 6.1 GB", "training memory", 6.1, "GB", None, "Svinhall"),
            ("17.4 GB for PredRNN-V2", "training memory", 17.4, "GB", None, "PredRNN-V2"),
        ],
    },
    {
        "field": "weather-nowcasting",
        "title": "Svolmere: Flow Matching Ensembles for Probabilistic Precipitation Nowcasting from Composite Radar",
        "text": (
            "Probabilistic precipitation nowcasting must produce ensembles that are both sharp and well calibrated, "
            "a combination that conditional generative adversarial networks such as DGMR achieve only with careful "
            "tuning and that latent diffusion models such as LDCast reach at a high sampling cost. We introduce "
            "Svolmere, a conditional flow matching model that generates radar sequences in a compressed latent "
            "space and straightens its probability paths with a short reflow stage, so that each 90-minute ensemble "
            "member needs only two function evaluations. Svolmere is trained on five years of the German RADOLAN "
            "composite and evaluated on 2023 events as well as, without retraining, on the Nimrod composite of the "
            "UK Met Office. On RADOLAN, Svolmere lowers the CRPS by 9\u201314% relative to LDCast across lead times "
            "of 30 to 90 minutes and attains a fractions skill score of 0.72 vs. 0.66 for DGMR at 4 mm/h and a 16 "
            "km scale. The spread\u2013skill ratio of Svolmere stays between 0.93 and 0.98, whereas the "
            "extrapolation-based STEPS ensemble is under-dispersive [0.71]. On Nimrod, the CRPS is within 3% of a "
            "model trained there. Generating a 20-member ensemble takes 1.8 s on a single H100, 27\u00d7 faster "
            "than LDCast. Forecasters at the German Weather Service preferred Svolmere over DGMR in 63% of 120 "
            "blinded case comparisons, mainly for the placement of convective cells."
        ),
        "spans": [
            ("Svolmere", "M"), ("Flow Matching", "M"), ("Probabilistic Precipitation Nowcasting", "T"),
            ("Probabilistic precipitation nowcasting", "T"), ("conditional generative adversarial networks", "M"),
            ("DGMR", "M"), ("latent diffusion models", "M"), ("LDCast", "M"), ("conditional flow matching", "M"),
            ("reflow", "M"), ("RADOLAN", "D"), ("Nimrod", "D"), ("CRPS", "X"), ("fractions skill score", "X"),
            ("spread\u2013skill ratio", "X"), ("STEPS", "M"),
        ],
        "results": [
            ("CRPS by 9\u201314%", "CRPS reduction", 14, "%", "RADOLAN", "Svolmere", {"low": 9}),
            ("fractions skill score of 0.72", "FSS", 0.72, None, "RADOLAN", "Svolmere"),
            ("0.66 for DGMR", "FSS", 0.66, None, "RADOLAN", "DGMR"),
            ("spread\u2013skill ratio of Svolmere stays between 0.93 and 0.98", "spread-skill ratio", 0.98, None,
             None, "Svolmere", {"low": 0.93}),
            ("0.71", "spread-skill ratio", 0.71, None, None, "STEPS"),
            ("CRPS is within 3%", "CRPS", 3, "%", "Nimrod", None),
            ("takes 1.8 s", "generation time", 1.8, "s", None, None),
            ("27\u00d7 faster", "speed-up", 27, "\u00d7", None, None),
            ("in 63% of 120 blinded case comparisons", "win rate", 63, "%", None, "Svolmere"),
        ],
    },
    {
        "field": "weather-nowcasting",
        "title": "Svardis: Predicting Ground Rainfall from Geostationary Satellite Sequences in Radar-Sparse Regions",
        "text": (
            "Over much of Africa, South Asia and South America weather radars are sparse, so precipitation "
            "nowcasting must rely on geostationary satellite imagery, which observes cloud tops rather than falling "
            "rain. The Weather4cast 2023 competition framed this problem as predicting eight hours of "
            "high-resolution radar rain rates from low-resolution infrared satellite channels. We describe Svardis, "
            "a two-branch model that couples a 3D U-Net operating on the satellite sequence with a temporal "
            "Transformer that attends to climatological rainfall statistics of the target region, and that is "
            "trained with a loss weighted toward heavy rain. On the core track of Weather4cast 2023, Svardis "
            "achieves a mean CSI of 0.231 and a mean F1 of 0.327 over the four rain-rate thresholds, ranking second "
            "among 18 teams, and on the transfer track, where target regions and years are unseen, it keeps 91% of "
            "its in-domain CSI. At the 8 mm/h threshold, CSI improves from 0.041 for the 3D U-Net baseline of the "
            "challenge to 0.096, which we attribute mostly to the climatology branch. We also compare Svardis with "
            "the GPM IMERG Early Run product over Nigeria: a two-hour nowcast from Svardis has a higher CSI at 1 "
            "mm/h than IMERG, which is itself released only four hours after observation. The results suggest that "
            "climatological context drives most of the skill at long lead times, and we release predictions for "
            "all test regions."
        ),
        "spans": [
            ("Svardis", "M"), ("precipitation nowcasting", "T"), ("Weather4cast 2023", "D"), ("3D U-Net", "M"),
            ("Transformer", "M"), ("mean CSI", "X"), ("mean F1", "X"), ("CSI", "X"),
            ("GPM IMERG Early Run", "D"), ("IMERG", "D"),
        ],
        "results": [
            ("mean CSI of 0.231", "CSI", 0.231, None, "Weather4cast 2023", "Svardis"),
            ("mean F1 of 0.327", "F1", 0.327, None, "Weather4cast 2023", "Svardis"),
            ("91% of its in-domain CSI", "relative CSI", 91, "%", "Weather4cast 2023", "Svardis"),
            ("0.041 for the 3D U-Net", "CSI", 0.041, None, None, "3D U-Net"),
            ("0.096", "CSI", 0.096, None, None, None),
        ],
    },
    {
        "field": "weather-nowcasting",
        "title": "Svorentis: Advection-Aligned State Space Models for Efficient Precipitation Nowcasting",
        "text": (
            "Transformer-based models such as Earthformer scale quadratically with the number of space-time tokens, "
            "which restricts them to coarse grids or short input windows, while convolutional models such as SimVP "
            "and TAU are efficient but have limited receptive fields. Selective state space models (SSMs) such as "
            "Mamba scale linearly with sequence length, yet a naive raster scan breaks the spatial continuity of "
            "precipitation fields. We present Svorentis, which scans radar sequences along advection-aligned paths "
            "estimated from the motion of the last input frames and mixes the resulting sequences with "
            "bidirectional Mamba blocks inside a U-Net hierarchy. On SEVIR, MeteoNet and HKO-7, Svorentis obtains "
            "CSI-M scores of 0.459, 0.298 and 0.412, respectively, improving on Earthformer by 1.8, 2.4 and 3.1 "
            "points and on TAU by 2.6, 1.9 and 2.2 points. At a 384\u00d7384 input, Svorentis uses 61% less GPU "
            "memory than Earthformer and has 2.7\u00d7 higher throughput, and it remains trainable at 768\u00d7768, "
            "where Earthformer exceeds 80 GB. The advection-aligned scan alone accounts for +1.4 CSI-M on SEVIR "
            "compared with a raster scan. Svorentis also keeps heavy-precipitation skill, reaching a CSI-219 of "
            "0.168 on SEVIR (CasCast: 0.171) at roughly a tenth of the inference cost of CasCast. These results "
            "make state space models a practical backbone for high-resolution precipitation nowcasting."
        ),
        "spans": [
            ("Svorentis", "M"), ("State Space Models", "M"), ("Precipitation Nowcasting", "T"),
            ("Transformer", "M"), ("Earthformer", "M"), ("SimVP", "M"), ("TAU", "M"),
            ("Selective state space models", "M"), ("SSMs", "M"), ("Mamba", "M"), ("U-Net", "M"), ("SEVIR", "D"),
            ("MeteoNet", "D"), ("HKO-7", "D"), ("CSI-M", "X"), ("GPU memory", "X"), ("throughput", "X"),
            ("CSI-219", "X"), ("CasCast", "M"), ("state space models", "M"), ("precipitation nowcasting", "T"),
        ],
        "results": [
            ("CSI-M scores of 0.459", "CSI-M", 0.459, None, "SEVIR", "Svorentis"),
            ("0.298", "CSI-M", 0.298, None, "MeteoNet", "Svorentis"),
            ("0.412", "CSI-M", 0.412, None, "HKO-7", "Svorentis"),
            ("1.8", "CSI-M", 1.8, "points", "SEVIR", "Svorentis"),
            ("2.4", "CSI-M", 2.4, "points", "MeteoNet", "Svorentis"),
            ("3.1 points", "CSI-M", 3.1, "points", "HKO-7", "Svorentis"),
            ("2.6", "CSI-M", 2.6, "points", "SEVIR", "Svorentis"),
            ("1.9", "CSI-M", 1.9, "points", "MeteoNet", "Svorentis"),
            ("2.2 points", "CSI-M", 2.2, "points", "HKO-7", "Svorentis"),
            ("61% less GPU memory", "GPU memory reduction", 61, "%", None, "Svorentis"),
            ("2.7\u00d7 higher throughput", "throughput", 2.7, "\u00d7", None, "Svorentis"),
            ("exceeds 80 GB", "GPU memory", 80, "GB", None, "Earthformer"),
            ("+1.4 CSI-M", "CSI-M", 1.4, "points", "SEVIR", None),
            ("CSI-219 of 0.168", "CSI-219", 0.168, None, "SEVIR", "Svorentis"),
            ("0.171", "CSI-219", 0.171, None, "SEVIR", "CasCast"),
        ],
    },
]
