"""fresh15 records: cross-lingual-transfer (6) and scientometrics (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline was
never looked at or run on these records."""

COINED = ["Uyvanta", "Uyrelle", "Uybrisk", "Uymorra", "Uytessel", "Uyquorn",
          "Uydalen", "Uyfarrow", "Uysprig", "Uykestrel", "Uylumen", "Uyzaffer", "Uyvessa"]

RECS = [
    # ------------------------------------------------------------ cross-lingual-transfer
    {
        "field": "cross-lingual-transfer",
        "title": "Uyvanta: Transliteration-Anchored Vocabulary Adaptation for Zero-Shot Cross-Lingual Transfer "
                 "to Rare-Script Languages",
        "text": (
            "Multilingual encoders such as XLM-R and mBERT transfer surprisingly well across languages, yet zero-shot "
            "cross-lingual transfer remains weak for languages written in scripts that are rare in their pre-training "
            "data. We present Uyvanta, a vocabulary adaptation method that initialises embeddings for new subword "
            "tokens from bilingual lexicon anchors and then continues masked language modelling on a small monolingual "
            "corpus for each target language. Unlike WECHSEL and FOCUS, which rely on static embeddings of the source "
            "model, Uyvanta matches tokens after transliterating both vocabularies into a shared Latin script. We apply "
            "Uyvanta to XLM-R-base and evaluate on named entity recognition (WikiANN, MasakhaNER 2.0), part-of-speech "
            "tagging (Universal Dependencies v2.11) and topic classification (SIB-200), fine-tuning on English only. "
            "Averaged over 34 low-resource languages, Uyvanta raises F1 on WikiANN from 47.9 to 56.3 and on "
            "MasakhaNER 2.0 from 41.2 to 52.8, compared with 51.6 and 47.0 for FOCUS. POS accuracy rises by 6.4 "
            "points on average, and SIB-200 accuracy improves by 9.1 points over the unadapted model. Adaptation "
            "takes 2.5 GPU-hours per language, a 4\u00d7 reduction in compute compared with full language-adaptive "
            "pre-training (LAPT), and adds 8.3M parameters per language. Gains are largest for languages written in "
            "Ge'ez, Tifinagh and N'Ko scripts, which XLM-R tokenises almost entirely into unknown or byte-level pieces."
        ),
        "spans": [
            ("Uyvanta", "M"), ("Zero-Shot Cross-Lingual Transfer", "T"), ("XLM-R", "M"), ("mBERT", "M"),
            ("zero-shot cross-lingual transfer", "T"), ("masked language modelling", "M"), ("WECHSEL", "M"),
            ("FOCUS", "M"), ("XLM-R-base", "M"), ("named entity recognition", "T"), ("WikiANN", "D"),
            ("MasakhaNER 2.0", "D"), ("part-of-speech tagging", "T"), ("Universal Dependencies v2.11", "D"),
            ("topic classification", "T"), ("SIB-200", "D"), ("F1", "X"), ("POS", "T"), ("accuracy", "X"),
            ("language-adaptive pre-training", "M"), ("LAPT", "M"),
        ],
        "results": [
            ("F1 on WikiANN from 47.9 to 56.3", "F1", 56.3, None, "WikiANN", "Uyvanta"),
            ("from 41.2 to 52.8", "F1", 52.8, None, "MasakhaNER 2.0", "Uyvanta"),
            ("51.6", "F1", 51.6, None, "WikiANN", "FOCUS"),
            ("47.0", "F1", 47.0, None, "MasakhaNER 2.0", "FOCUS"),
            ("POS accuracy rises by 6.4 points", "accuracy", 6.4, "points", None, None),
            ("SIB-200 accuracy improves by 9.1 points", "accuracy", 9.1, "points", "SIB-200", None),
            ("Adaptation takes 2.5 GPU-hours", "adaptation time", 2.5, "GPU-hours", None, None),
            ("4\u00d7 reduction in compute", "compute reduction", 4, "\u00d7", None, None),
        ],
    },
    {
        "field": "cross-lingual-transfer",
        "title": "Uyrelle: Dictionary-Guided Code-Switching as Consistency Regularisation for Zero-Shot "
                 "Cross-Lingual Transfer",
        "text": (
            "Fine-tuning a multilingual encoder on English labels and applying it directly to other languages is the "
            "standard recipe for zero-shot cross-lingual transfer, but the resulting models over-rely on "
            "English-specific lexical cues. We propose Uyrelle, a fine-tuning objective that builds code-switched "
            "views of every training example with the bilingual dictionaries of MUSE and penalises the divergence "
            "between predictions on the original and switched views, weighting each switched token by its alignment "
            "confidence. Uyrelle needs neither parallel sentences nor a machine translation system. On the XTREME "
            "benchmark, Uyrelle applied to XLM-R-large improves the average score from 79.2 to 81.6, outperforming "
            "xTune (80.4) and FILTER (77.0) in the zero-shot setting. For sentence-pair classification, Uyrelle "
            "reaches 81.9% accuracy on XNLI and 90.8% on PAWS-X; for structured prediction it obtains 78.6 F1 on "
            "WikiANN and 80.1 on UD POS; and for question answering it scores 80.3/67.5, 73.4/55.9 and 70.2/55.0 "
            "F1/EM on XQuAD, MLQA and TyDiQA-GoldP, respectively. With mDeBERTa-v3-base as the backbone the gains are "
            "smaller but consistent (+1.3 points on average). Because only the loss changes, training time grows by "
            "18% and inference is untouched. Ablations show that confidence weighting matters most for languages "
            "with non-Latin scripts, where uniform switching injects many wrong substitutions."
        ),
        "spans": [
            ("Uyrelle", "M"), ("Code-Switching", "M"), ("Consistency Regularisation", "M"),
            ("Zero-Shot Cross-Lingual Transfer", "T"), ("zero-shot cross-lingual transfer", "T"), ("MUSE", "D"),
            ("machine translation", "T"), ("XTREME", "D"), ("XLM-R-large", "M"), ("average score", "X"),
            ("xTune", "M"), ("FILTER", "M"), ("sentence-pair classification", "T"), ("accuracy", "X"),
            ("XNLI", "D"), ("PAWS-X", "D"), ("structured prediction", "T"), ("F1", "X"), ("WikiANN", "D"),
            ("UD POS", "D"), ("question answering", "T"), ("EM", "X"), ("XQuAD", "D"), ("MLQA", "D"),
            ("TyDiQA-GoldP", "D"), ("mDeBERTa-v3-base", "M"), ("training time", "X"),
        ],
        "results": [
            ("average score from 79.2 to 81.6", "average score", 81.6, None, "XTREME", "Uyrelle"),
            ("80.4", "average score", 80.4, None, "XTREME", "xTune"),
            ("77.0", "average score", 77.0, None, "XTREME", "FILTER"),
            ("81.9% accuracy on XNLI", "accuracy", 81.9, "%", "XNLI", "Uyrelle"),
            ("90.8% on PAWS-X", "accuracy", 90.8, "%", "PAWS-X", "Uyrelle"),
            ("78.6 F1 on WikiANN", "F1", 78.6, None, "WikiANN", "Uyrelle"),
            ("80.1 on UD POS", "F1", 80.1, None, "UD POS", "Uyrelle"),
            ("80.3", "F1", 80.3, None, "XQuAD", "Uyrelle"),
            ("67.5", "EM", 67.5, None, "XQuAD", "Uyrelle"),
            ("73.4", "F1", 73.4, None, "MLQA", "Uyrelle"),
            ("55.9", "EM", 55.9, None, "MLQA", "Uyrelle"),
            ("70.2", "F1", 70.2, None, "TyDiQA-GoldP", "Uyrelle"),
            ("55.0", "EM", 55.0, None, "TyDiQA-GoldP", "Uyrelle"),
            ("+1.3 points", "improvement", 1.3, "points", None, None),
            ("training time grows by 18%", "training time", 18, "%", None, None),
        ],
    },
    {
        "field": "cross-lingual-transfer",
        "title": "Uybrisk: Self-Translated Rationales for Cross-Lingual Transfer of Mathematical Reasoning in Small LLMs",
        "text": (
            "Large language models reason well in English, but their accuracy on the same problems drops sharply when "
            "the problems are posed in Swahili, Telugu or Bengali. A common workaround, translate-test, routes every "
            "input through a machine translation model into English, which adds latency and fails on culturally "
            "grounded questions. We introduce Uybrisk, a two-stage recipe that first generates English "
            "chain-of-thought rationales with a teacher model, translates them into 16 target languages with NLLB-200 "
            "and keeps only those whose back-translation is judged faithful; the student is then trained with "
            "supervised fine-tuning followed by direct preference optimization (DPO) that prefers answers reasoned in "
            "the question's language. Applied to Llama-3.1-8B-Instruct, Uybrisk raises average accuracy on MGSM from "
            "38.4% to 54.7%, closing most of the distance to GPT-4o-mini (58.2%), and improves accuracy on XCOPA by "
            "6.2 points and on XStoryCloze by 3.9 points. The gains carry over to languages unseen during training: "
            "on the eight held-out languages of Belebele, accuracy rises by 4.5 points. Compared with translate-test "
            "on the same base model, Uybrisk is 2.1\u00d7 faster at inference and better on 11 of the 16 target "
            "languages. We release the 410k filtered rationales and the trained checkpoints."
        ),
        "spans": [
            ("Uybrisk", "M"), ("Cross-Lingual Transfer", "T"), ("Mathematical Reasoning", "T"), ("LLMs", "M"),
            ("Large language models", "M"), ("accuracy", "X"), ("translate-test", "M"),
            ("machine translation", "T"), ("latency", "X"), ("chain-of-thought", "M"), ("NLLB-200", "M"),
            ("back-translation", "M"), ("supervised fine-tuning", "M"), ("direct preference optimization", "M"),
            ("DPO", "M"), ("Llama-3.1-8B-Instruct", "M"), ("average accuracy", "X"), ("MGSM", "D"),
            ("GPT-4o-mini", "M"), ("XCOPA", "D"), ("XStoryCloze", "D"), ("Belebele", "D"),
        ],
        "results": [
            ("average accuracy on MGSM from 38.4% to 54.7%", "accuracy", 54.7, "%", "MGSM", "Uybrisk"),
            ("58.2%", "accuracy", 58.2, "%", "MGSM", "GPT-4o-mini"),
            ("accuracy on XCOPA by 6.2 points", "accuracy", 6.2, "points", "XCOPA", "Uybrisk"),
            ("XStoryCloze by 3.9 points", "accuracy", 3.9, "points", "XStoryCloze", "Uybrisk"),
            ("accuracy rises by 4.5 points", "accuracy", 4.5, "points", "Belebele", None),
            ("2.1\u00d7 faster", "speed-up", 2.1, "\u00d7", None, "Uybrisk"),
            ("11 of the 16 target languages", "languages won", 11, None, None, "Uybrisk"),
        ],
    },
    {
        "field": "cross-lingual-transfer",
        "title": "Uymorra: Distilling Language-Agnostic Sentence Embeddings into a Compact Encoder for Bitext Mining "
                 "in 200 Languages",
        "text": (
            "Language-agnostic sentence encoders such as LaBSE and LASER3 underpin bitext mining and cross-lingual "
            "retrieval, but their size makes mining web-scale corpora expensive. We present Uymorra, a compact "
            "multilingual encoder trained by knowledge distillation from SONAR, combining a contrastive alignment "
            "loss on translation pairs with a language-adversarial term that removes language identity from the "
            "pooled representation. To cover low-resource languages, Uymorra inherits the vocabulary of Glot500 and "
            "is trained on CCMatrix bitext filtered by a quality estimator. On the Tatoeba similarity search task over "
            "112 languages, Uymorra attains an average accuracy of 91.2%, against 92.9% for the much larger LaBSE and "
            "88.4% for Multilingual-MiniLM. On the BUCC 2018 bitext mining benchmark, Uymorra reaches F1 scores of "
            "95.3, 92.8, 93.6 and 91.0 for German, French, Russian and Chinese, respectively. On FLORES-200, the xsim "
            "error rate averaged over 200 languages falls to 2.7%, compared with 1.9% for SONAR. Uymorra encodes "
            "14,500 sentences per second on a single A100, a 6.8\u00d7 throughput gain over LaBSE, and needs 130 MB "
            "of memory with 8-bit quantization. Used to mine a new English\u2013Yoruba corpus, it yields a "
            "translation model that improves chrF++ by 2.4 on FLORES-200 devtest."
        ),
        "spans": [
            ("Uymorra", "M"), ("Bitext Mining", "T"), ("LaBSE", "M"), ("LASER3", "M"), ("bitext mining", "T"),
            ("cross-lingual retrieval", "T"), ("knowledge distillation", "M"), ("SONAR", "M"), ("Glot500", "M"),
            ("CCMatrix", "D"), ("Tatoeba", "D"), ("similarity search", "T"), ("average accuracy", "X"),
            ("Multilingual-MiniLM", "M"), ("BUCC 2018", "D"), ("F1 scores", "X"), ("FLORES-200", "D"),
            ("xsim error rate", "X"), ("sentences per second", "X"), ("throughput", "X"), ("memory", "X"),
            ("8-bit quantization", "M"), ("chrF++", "X", {"punct": True}), ("FLORES-200 devtest", "D"),
        ],
        "results": [
            ("average accuracy of 91.2%", "accuracy", 91.2, "%", "Tatoeba", "Uymorra"),
            ("92.9% for the much larger LaBSE", "accuracy", 92.9, "%", "Tatoeba", "LaBSE"),
            ("88.4% for Multilingual-MiniLM", "accuracy", 88.4, "%", "Tatoeba", "Multilingual-MiniLM"),
            ("F1 scores of 95.3", "F1", 95.3, None, "BUCC 2018", "Uymorra"),
            ("92.8", "F1", 92.8, None, "BUCC 2018", "Uymorra"),
            ("93.6", "F1", 93.6, None, "BUCC 2018", "Uymorra"),
            ("91.0", "F1", 91.0, None, "BUCC 2018", "Uymorra"),
            ("xsim error rate averaged over 200 languages falls to 2.7%", "xsim error rate", 2.7, "%",
             "FLORES-200", None),
            ("1.9% for SONAR", "xsim error rate", 1.9, "%", "FLORES-200", "SONAR"),
            ("14,500 sentences per second", "throughput", 14500, "sentences/s", None, "Uymorra"),
            ("6.8\u00d7 throughput gain", "throughput", 6.8, "\u00d7", None, "Uymorra"),
            ("130 MB of memory", "memory", 130, "MB", None, "Uymorra"),
            ("improves chrF++ by 2.4", "chrF++", 2.4, None, "FLORES-200 devtest", None),
        ],
    },
    {
        "field": "cross-lingual-transfer",
        "title": "Uytessel: Typology-Guided Module Composition for Zero-Shot Cross-Lingual Transfer to Unseen "
                 "African Languages",
        "text": (
            "Parameter-efficient fine-tuning makes it cheap to adapt multilingual models to new languages, but the "
            "adapter composition of MAD-X breaks down for languages for which no language adapter was ever trained. "
            "We propose Uytessel, which represents an unseen language as a sparse combination of existing language "
            "modules selected by typological similarity from URIEL vectors, and learns the combination weights from "
            "unlabeled text alone. Built on AfroXLMR-large, Uytessel is evaluated on 20 African languages across "
            "MasakhaNER 2.0, MasakhaPOS, AfriSenti and the African subset of SIB-200, with task training in English "
            "only. For languages without a dedicated module, Uytessel reaches 71.4 F1 on MasakhaNER 2.0, vs. 63.0 for "
            "MAD-X and 65.8 for LoRA, and 84.9% vs. 80.2% accuracy for MAD-X on MasakhaPOS. On AfriSenti the "
            "macro-F1 gain is smaller (+1.8). On SIB-200, average accuracy rises from 68.5% to 74.1%. Uytessel "
            "trains 0.9% of the backbone's parameters, and the combination step adds 4 ms of latency per sentence on "
            "a CPU. An analysis of the learned weights shows that modules of Bantu languages are reused heavily for "
            "unseen Bantu languages, while Afro-Asiatic languages draw on the Amharic and Hausa modules, in line with "
            "their genealogy."
        ),
        "spans": [
            ("Uytessel", "M"), ("Zero-Shot Cross-Lingual Transfer", "T"), ("Parameter-efficient fine-tuning", "M"),
            ("MAD-X", "M"), ("URIEL", "D"), ("AfroXLMR-large", "M"), ("MasakhaNER 2.0", "D"),
            ("MasakhaPOS", "D"), ("AfriSenti", "D"), ("SIB-200", "D"), ("F1", "X"), ("LoRA", "M"),
            ("accuracy", "X"), ("macro-F1", "X"), ("average accuracy", "X"), ("latency", "X"),
        ],
        "results": [
            ("71.4 F1 on MasakhaNER 2.0", "F1", 71.4, None, "MasakhaNER 2.0", "Uytessel"),
            ("63.0 for MAD-X", "F1", 63.0, None, "MasakhaNER 2.0", "MAD-X"),
            ("65.8 for LoRA", "F1", 65.8, None, "MasakhaNER 2.0", "LoRA"),
            ("84.9%", "accuracy", 84.9, "%", "MasakhaPOS", "Uytessel"),
            ("80.2% accuracy for MAD-X", "accuracy", 80.2, "%", "MasakhaPOS", "MAD-X"),
            ("macro-F1 gain is smaller (+1.8", "macro-F1", 1.8, None, "AfriSenti", None),
            ("average accuracy rises from 68.5% to 74.1%", "accuracy", 74.1, "%", "SIB-200", None),
            ("4 ms of latency", "latency", 4, "ms", None, None),
        ],
    },
    {
        "field": "cross-lingual-transfer",
        "title": "Uyquorn: Marker-Free Label Projection with Constrained Decoding for Translate-Train Cross-Lingual "
                 "Transfer",
        "text": (
            "Translate-train, which machine-translates the English training set into each target language, is a "
            "strong baseline for zero-shot cross-lingual transfer on span-level tasks, but only if span labels can be "
            "projected onto the translations. Word aligners such as awesome-align misplace entity boundaries, and "
            "marker-based methods such as EasyProject degrade translations because the inserted markers confuse the "
            "translation model. We propose Uyquorn, which translates the plain sentence with NLLB-200 and then "
            "recovers each labelled span by constrained decoding over the candidate substrings of the translation, "
            "scored by the same translation model. Across named entity recognition on MasakhaNER 2.0 and WikiANN, "
            "slot filling on MultiATIS++ and extractive question answering on XQuAD, Uyquorn improves translate-train "
            "F1 by 1.6\u20135.2 points over EasyProject and by 3.0\u20139.7 points over awesome-align, and it "
            "surpasses the zero-shot mDeBERTa-v3 baseline in 38 of the 41 target languages. Judged by native "
            "speakers, the accuracy of projected spans is 93.4% (EasyProject: 88.1%). Projection adds 0.21 s per "
            "sentence on one GPU, a cost paid once before training, and the projected training sets for all 41 "
            "languages will be released."
        ),
        "spans": [
            ("Uyquorn", "M"), ("Label Projection", "T"), ("Constrained Decoding", "M"), ("Translate-Train", "M"),
            ("Cross-Lingual Transfer", "T"), ("Translate-train", "M"), ("translate-train", "M"),
            ("zero-shot cross-lingual transfer", "T"), ("awesome-align", "M"), ("EasyProject", "M"),
            ("NLLB-200", "M"), ("constrained decoding", "M"), ("named entity recognition", "T"),
            ("MasakhaNER 2.0", "D"), ("WikiANN", "D"), ("slot filling", "T"), ("MultiATIS++", "D", {"punct": True}),
            ("extractive question answering", "T"), ("XQuAD", "D"), ("F1", "X"), ("mDeBERTa-v3", "M"),
            ("accuracy", "X"),
        ],
        "results": [
            ("F1 by 1.6\u20135.2 points", "F1", 5.2, "points", None, "Uyquorn", {"low": 1.6}),
            ("3.0\u20139.7 points", "F1", 9.7, "points", None, "Uyquorn", {"low": 3.0}),
            ("38 of the 41 target languages", "languages won", 38, None, None, "Uyquorn"),
            ("accuracy of projected spans is 93.4%", "accuracy", 93.4, "%", None, None),
            ("88.1%", "accuracy", 88.1, "%", None, "EasyProject"),
            ("Projection adds 0.21 s", "projection time", 0.21, "s", None, None),
        ],
    },
    # ------------------------------------------------------------ scientometrics
    {
        "field": "scientometrics",
        "title": "Uydalen: Full Text and Early Citation Contexts for Five-Year Citation Count Prediction",
        "text": (
            "Predicting how often a paper will be cited supports reviewer assignment, funding triage and literature "
            "monitoring, yet most citation count prediction models see only the title and abstract. We present "
            "Uydalen, a model that reads the full text with a long-context encoder, summarises the citation contexts "
            "a paper receives in its first six months with Llama-3.1-8B, and fuses both with a GraphSAGE encoder over "
            "the co-authorship graph. We assemble a benchmark of 412,000 computer science and biomedical papers from "
            "OpenAlex and S2ORC, published between 2014 and 2019, with five-year citation counts as targets. Uydalen "
            "reaches a mean absolute log error (MALE) of 0.612 and a Spearman correlation of 0.703, compared with "
            "0.741 and 0.598 for a fine-tuned SPECTER2 regressor and 0.789 and 0.551 for SciBERT. Without early "
            "citation contexts, MALE rises to 0.668, so the early signal accounts for most of the gain over text-only "
            "models. For identifying future highly cited work, Uydalen attains a recall of 71.3% on the eventual "
            "top-1% most-cited papers. Predictions are least reliable in fields with long citation half-lives, such "
            "as mathematics, where the Spearman correlation drops to 0.52, and we release the benchmark splits to "
            "encourage field-aware models."
        ),
        "spans": [
            ("Uydalen", "M"), ("Citation Count Prediction", "T"), ("reviewer assignment", "T"),
            ("citation count prediction", "T"), ("Llama-3.1-8B", "M"), ("GraphSAGE", "M"), ("OpenAlex", "D"),
            ("S2ORC", "D"), ("mean absolute log error", "X"), ("MALE", "X"), ("Spearman correlation", "X"),
            ("SPECTER2", "M"), ("SciBERT", "M"), ("recall", "X"),
        ],
        "results": [
            ("mean absolute log error (MALE) of 0.612", "MALE", 0.612, None, None, "Uydalen"),
            ("Spearman correlation of 0.703", "Spearman correlation", 0.703, None, None, "Uydalen"),
            ("0.741", "MALE", 0.741, None, None, "SPECTER2"),
            ("0.598", "Spearman correlation", 0.598, None, None, "SPECTER2"),
            ("0.789", "MALE", 0.789, None, None, "SciBERT"),
            ("0.551", "Spearman correlation", 0.551, None, None, "SciBERT"),
            ("MALE rises to 0.668", "MALE", 0.668, None, None, None),
            ("recall of 71.3%", "recall", 71.3, "%", None, "Uydalen"),
            ("Spearman correlation drops to 0.52", "Spearman correlation", 0.52, None, None, None),
        ],
    },
    {
        "field": "scientometrics",
        "title": "Uyfarrow: Citation-Informed Contrastive Pre-training with Hard Negatives from Co-Citation Communities",
        "text": (
            "Embeddings of scientific papers power paper recommendation and literature search in digital libraries. "
            "Citation-informed contrastive learning, introduced by SPECTER and refined by SciNCL, treats cited papers "
            "as positives and samples negatives from the citation graph, but random or neighbourhood-based negatives "
            "are either too easy or often false negatives. We propose Uyfarrow, which mines hard negatives from "
            "co-citation communities detected with the Leiden algorithm and down-weights candidates that share "
            "authors or venues with the query paper. Uyfarrow is initialised from SciBERT and trained on 6.2M "
            "citation triplets from S2ORC. On the SciDocs benchmark, Uyfarrow obtains an average score of 83.9, ahead "
            "of SciNCL (81.8) and SPECTER (80.0). On SciRepEval, Uyfarrow improves the proximity tasks by 2.7 points "
            "of MAP and the search tasks by 1.9 points of nDCG over SPECTER2-base, while matching it on "
            "classification and regression. In an online A/B test on a paper recommendation service with 40,000 "
            "weekly users, the click-through rate increased by 7.8%. A distilled 6-layer variant, Uyfarrow-small, "
            "keeps 97.6% of the SciDocs average score while encoding papers 2.3\u00d7 faster on CPU."
        ),
        "spans": [
            ("Uyfarrow", "M"), ("Uyfarrow-small", "M"), ("Contrastive Pre-training", "M"),
            ("paper recommendation", "T"), ("literature search", "T"), ("contrastive learning", "M"),
            ("SPECTER", "M"), ("SciNCL", "M"), ("Leiden algorithm", "M"), ("SciBERT", "M"), ("S2ORC", "D"),
            ("SciDocs", "D"), ("average score", "X"), ("SciRepEval", "D"), ("MAP", "X"), ("nDCG", "X"),
            ("SPECTER2-base", "M"), ("click-through rate", "X"),
        ],
        "results": [
            ("average score of 83.9", "average score", 83.9, None, "SciDocs", "Uyfarrow"),
            ("81.8", "average score", 81.8, None, "SciDocs", "SciNCL"),
            ("80.0", "average score", 80.0, None, "SciDocs", "SPECTER"),
            ("2.7 points of MAP", "MAP", 2.7, "points", "SciRepEval", "Uyfarrow"),
            ("1.9 points of nDCG", "nDCG", 1.9, "points", "SciRepEval", "Uyfarrow"),
            ("click-through rate increased by 7.8%", "click-through rate", 7.8, "%", None, None),
            ("keeps 97.6% of the SciDocs average score", "relative average score", 97.6, "%", "SciDocs",
             "Uyfarrow-small"),
            ("2.3\u00d7 faster", "speed-up", 2.3, "\u00d7", None, "Uyfarrow-small"),
        ],
    },
    {
        "field": "scientometrics",
        "title": "Uysprig: Instruction-Tuned Small Language Models for Fine-Grained Citation Intent Classification",
        "text": (
            "Knowing why a paper is cited, whether as background, for its method or to compare results, matters for "
            "citation-based impact indicators, yet citation intent classification still relies on task-specific "
            "encoders such as SciBERT fine-tuned on a single dataset. We ask whether instruction tuning can yield one "
            "model that serves several intent schemes at once. We introduce Uysprig, a family of 1B to 8B models "
            "built on Qwen2.5 and trained with LoRA on a mixture of seven citation-context datasets whose labels are "
            "verbalised as natural-language definitions, so that unseen schemes can be specified in the prompt. On "
            "ACL-ARC, Uysprig-8B achieves a macro-F1 of 76.2, surpassing the previous state of the art by 2.3 points, "
            "and on SciCite it reaches 88.9 macro-F1. Evaluated zero-shot on the multi-label MultiCite corpus, whose "
            "scheme was held out, Uysprig-8B obtains 61.5 micro-F1, while GPT-4o prompted with the same definitions "
            "scores 58.7. Uysprig-1B stays within 3.1 points of Uysprig-8B on ACL-ARC while running 6\u00d7 faster, "
            "which makes it practical for labelling the 2.4 billion citation links of OpenAlex. Error analysis shows "
            "that confusions concentrate on the boundary between background and motivation, where human annotators "
            "also disagree most."
        ),
        "spans": [
            ("Uysprig", "M"), ("Uysprig-8B", "M"), ("Uysprig-1B", "M"), ("Small Language Models", "M"),
            ("Citation Intent Classification", "T"), ("citation intent classification", "T"), ("SciBERT", "M"),
            ("instruction tuning", "M"), ("Qwen2.5", "M"), ("LoRA", "M"), ("ACL-ARC", "D"), ("macro-F1", "X"),
            ("SciCite", "D"), ("MultiCite", "D"), ("micro-F1", "X"), ("GPT-4o", "M"), ("OpenAlex", "D"),
        ],
        "results": [
            ("macro-F1 of 76.2", "macro-F1", 76.2, None, "ACL-ARC", "Uysprig-8B"),
            ("2.3 points", "macro-F1", 2.3, "points", "ACL-ARC", "Uysprig-8B"),
            ("88.9 macro-F1", "macro-F1", 88.9, None, "SciCite", "Uysprig-8B"),
            ("61.5 micro-F1", "micro-F1", 61.5, None, "MultiCite", "Uysprig-8B"),
            ("scores 58.7", "micro-F1", 58.7, None, "MultiCite", "GPT-4o"),
            ("within 3.1 points", "macro-F1", 3.1, "points", "ACL-ARC", "Uysprig-1B"),
            ("6\u00d7 faster", "speed-up", 6, "\u00d7", None, "Uysprig-1B"),
        ],
    },
    {
        "field": "scientometrics",
        "title": "Uykestrel: Two-Stage Local Citation Recommendation with ColBERTv2 Prefetching and Listwise LLM "
                 "Reranking",
        "text": (
            "Local citation recommendation suggests papers to cite for a specific passage of a manuscript. "
            "Prefetch-then-rerank systems such as HAtten with a SciBERT reranker set the state of the art on standard "
            "benchmarks, but their prefetching stage misses relevant papers that use different terminology from the "
            "citing passage. We propose Uykestrel, which prefetches with a ColBERTv2 model fine-tuned on citation "
            "contexts, expanding each query with the title and abstract of the citing paper, and reranks the top 100 "
            "candidates listwise with a distilled Mistral-7B reranker. On ACL-200, RefSeer, FullTextPeerRead and "
            "arXiv, Uykestrel reaches Recall@10 of 0.682, 0.521, 0.794 and 0.563, respectively, improving over HAtten "
            "by 9.4\u201314.1% relative. MRR on ACL-200 rises from 0.381 with HAtten to 0.457. Prefetching alone "
            "already lifts Recall@100 on RefSeer from 0.612 to 0.744. The full pipeline answers a query in 148 ms on "
            "one GPU, 2.6\u00d7 slower than HAtten, and its index for the 2.1M-paper arXiv collection occupies 19 GB "
            "after residual compression. A user study with 24 researchers suggests that the short rationales of the "
            "reranker help authors judge suggestions faster."
        ),
        "spans": [
            ("Uykestrel", "M"), ("Local Citation Recommendation", "T"), ("ColBERTv2", "M"), ("LLM", "M"),
            ("Local citation recommendation", "T"), ("HAtten", "M"), ("SciBERT", "M"), ("Mistral-7B", "M"),
            ("ACL-200", "D"), ("RefSeer", "D"), ("FullTextPeerRead", "D"), ("arXiv", "D"), ("Recall@10", "X"),
            ("MRR", "X"), ("Recall@100", "X"),
        ],
        "results": [
            ("Recall@10 of 0.682", "Recall@10", 0.682, None, "ACL-200", "Uykestrel"),
            ("0.521", "Recall@10", 0.521, None, "RefSeer", "Uykestrel"),
            ("0.794", "Recall@10", 0.794, None, "FullTextPeerRead", "Uykestrel"),
            ("0.563", "Recall@10", 0.563, None, "arXiv", "Uykestrel"),
            ("9.4\u201314.1% relative", "Recall@10", 14.1, "%", None, "Uykestrel", {"low": 9.4}),
            ("MRR on ACL-200 rises from 0.381", "MRR", 0.381, None, "ACL-200", "HAtten"),
            ("0.457", "MRR", 0.457, None, "ACL-200", None),
            ("Recall@100 on RefSeer from 0.612 to 0.744", "Recall@100", 0.744, None, "RefSeer", None),
            ("answers a query in 148 ms", "latency", 148, "ms", None, None),
            ("2.6\u00d7 slower", "slowdown", 2.6, "\u00d7", None, None),
            ("occupies 19 GB", "index size", 19, "GB", "arXiv", None),
        ],
    },
    {
        "field": "scientometrics",
        "title": "Uylumen: Incremental Author Name Disambiguation for Continuously Growing Bibliographic Databases",
        "text": (
            "Author name disambiguation (AND) decides which papers in a bibliographic database were written by the "
            "same person, and its errors propagate to every author-level indicator, from the h-index to collaboration "
            "networks. Batch methods re-cluster a whole name block whenever new papers arrive, which is impractical "
            "for databases such as OpenAlex that ingest tens of thousands of records per day. Uylumen keeps a "
            "persistent profile for every author, embeds incoming papers with a contrastively trained E5-base encoder "
            "over titles, venues, co-authors and affiliations, and assigns each paper to an existing profile or to a "
            "new one by a calibrated threshold on a graph attention network (GAT) score. On the WhoIsWho-v3 "
            "benchmark, Uylumen achieves a pairwise F1 of 0.918 for from-scratch disambiguation [0.893 for the best "
            "KDD Cup 2024 OAG-Challenge entry] and a weighted F1 of 0.947 on incremental assignment. On the S2AND "
            "evaluation suite, Uylumen averages a B\u00b3 F1 of 0.961 across its eight sources, on par with the S2AND "
            "clusterer (0.958). Incremental assignment processes 2,300 papers per second on a single CPU node, a "
            "41\u00d7 speed-up over re-running hierarchical agglomerative clustering, with a peak memory of 5.2 GB "
            "for a name block of 12,000 papers."
        ),
        "spans": [
            ("Uylumen", "M"), ("Incremental Author Name Disambiguation", "T"), ("Author name disambiguation", "T"),
            ("AND", "T"), ("h-index", "X"), ("OpenAlex", "D"), ("E5-base", "M"), ("graph attention network", "M"),
            ("GAT", "M"), ("WhoIsWho-v3", "D"), ("pairwise F1", "X"), ("KDD Cup 2024 OAG-Challenge", "D"),
            ("weighted F1", "X"), ("S2AND", "D", {"only": [0]}), ("S2AND", "M", {"only": [1]}),
            ("B\u00b3 F1", "X"), ("papers per second", "X"), ("speed-up", "X"),
            ("hierarchical agglomerative clustering", "M"), ("peak memory", "X"),
        ],
        "results": [
            ("pairwise F1 of 0.918", "pairwise F1", 0.918, None, "WhoIsWho-v3", "Uylumen"),
            ("0.893", "pairwise F1", 0.893, None, "WhoIsWho-v3", None),
            ("weighted F1 of 0.947", "weighted F1", 0.947, None, "WhoIsWho-v3", "Uylumen"),
            ("B\u00b3 F1 of 0.961", "B\u00b3 F1", 0.961, None, "S2AND", "Uylumen"),
            ("0.958", "B\u00b3 F1", 0.958, None, "S2AND", "S2AND"),
            ("2,300 papers per second", "throughput", 2300, "papers/s", None, None),
            ("41\u00d7 speed-up", "speed-up", 41, "\u00d7", None, None),
            ("peak memory of 5.2 GB", "peak memory", 5.2, "GB", None, None),
        ],
    },
    {
        "field": "scientometrics",
        "title": "Uyzaffer: Aspect-Level Expertise Modelling for Reviewer Assignment, with the Uyvessa Benchmark",
        "text": (
            "Matching submissions to reviewers with the right expertise is central to conference peer review. Most "
            "venues score reviewer\u2013paper affinity by text similarity between a submission and the past papers "
            "of a reviewer, computed with the Toronto Paper Matching System (TPMS) or with SPECTER2 embeddings, and "
            "these scores conflate topical overlap with methodological expertise. We release Uyvessa, a benchmark of "
            "5,840 expertise judgements in which 312 researchers rated their own ability to review recent machine "
            "learning papers separately for topic and method. We also propose Uyzaffer, which segments every paper "
            "into aspects with GPT-4o-mini, embeds each aspect with SPECTER2, and aggregates aspect-level "
            "similarities with a learned soft-max operator trained on 1,100 held-out judgements. On Uyvessa, "
            "Uyzaffer attains a pairwise ranking accuracy of 0.741, compared with 0.695 for SPECTER2 and 0.664 for "
            "TPMS. The advantage is larger for the method aspect, where Kendall's \u03c4 improves from 0.298 for "
            "SPECTER2 to 0.412. In a simulated assignment of 1,200 submissions under the same load constraints, "
            "Uyzaffer raises the mean self-reported expertise of assigned reviewers from 3.12 to 3.46 on a five-point "
            "scale when it replaces SPECTER2 affinities. Scoring all reviewer\u2013paper pairs for a "
            "10,000-submission conference takes 2.4 hours on one GPU, against 0.3 hours for SPECTER2, which we "
            "consider acceptable for an offline step."
        ),
        "spans": [
            ("Uyzaffer", "M"), ("Uyvessa", "D"), ("Reviewer Assignment", "T"),
            ("Toronto Paper Matching System", "M"), ("TPMS", "M"), ("SPECTER2", "M"), ("GPT-4o-mini", "M"),
            ("pairwise ranking accuracy", "X"), ("Kendall's \u03c4", "X"), ("mean self-reported expertise", "X"),
        ],
        "results": [
            ("pairwise ranking accuracy of 0.741", "pairwise ranking accuracy", 0.741, None, "Uyvessa", "Uyzaffer"),
            ("0.695 for SPECTER2", "pairwise ranking accuracy", 0.695, None, "Uyvessa", "SPECTER2"),
            ("0.664 for TPMS", "pairwise ranking accuracy", 0.664, None, "Uyvessa", "TPMS"),
            ("Kendall's \u03c4 improves from 0.298", "Kendall's \u03c4", 0.298, None, None, "SPECTER2"),
            ("0.412", "Kendall's \u03c4", 0.412, None, None, None),
            ("mean self-reported expertise of assigned reviewers from 3.12 to 3.46", "self-reported expertise",
             3.46, None, None, "Uyzaffer"),
            ("takes 2.4 hours", "scoring time", 2.4, "h", None, None),
            ("0.3 hours for SPECTER2", "scoring time", 0.3, "h", None, "SPECTER2"),
        ],
    },
]
