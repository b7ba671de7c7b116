"""extra-dev-16 records (annotator h1): language (6) and video (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Tidewell", "Umberlink", "Vellicheck", "Tamarwyn", "Verdigrin", "Tinsmere",
          "Ulmaris", "Tessaline", "Varnwick", "Umbrascope", "Vinegrip", "Tundrafly"]

RECS = [
    # ------------------------------------------------------------ language
    {
        "field": "language",
        "title": "Tidewell: Evidence-Anchored Document-Level Relation Extraction with Cross-Sentence Entity Graphs",
        "text": (
            "Document-level relation extraction (DocRE) requires reasoning over entity mentions scattered across many "
            "sentences, and most errors of current systems come from relations whose evidence spans two or more "
            "sentences. Prior graph-based models such as GAIN and ATLOP-style classifiers with adaptive thresholding "
            "treat all mentions of an entity alike, diluting the signal from the sentences that actually support a "
            "relation. We propose Tidewell, which first predicts a small set of evidence sentences for every entity "
            "pair and then re-encodes only those sentences with a cross-sentence entity graph built on top of a "
            "RoBERTa-large encoder. Evidence extraction and relation classification share one encoder and are trained "
            "jointly, with the evidence loss weighted by 0.1. Tidewell is evaluated on DocRED, Re-DocRED and the "
            "biomedical CDR and GDA datasets. On Re-DocRED, it reaches an Ign F1 of 80.2 and an F1 of 81.0, 1.6 points "
            "above DREEAM (79.4 F1). On DocRED's test set Tidewell scores 67.9 F1, and its evidence F1 is 55.3 against "
            "52.1 for EIDER. On CDR and GDA it obtains 80.6 and 86.9 F1, respectively. The gains concentrate on "
            "inter-sentence relations, where Tidewell improves F1 by 3.2 points over ATLOP. Inference over the 1,000 "
            "development documents of DocRED takes 41 seconds on a single A100 GPU."
        ),
        "spans": [
            ("Tidewell", "M"), ("Document-Level Relation Extraction", "T"), ("Document-level relation extraction", "T"),
            ("DocRE", "T"), ("GAIN", "M"), ("ATLOP", "M"), ("adaptive thresholding", "M"), ("RoBERTa-large", "M"),
            ("Evidence extraction", "T"), ("relation classification", "T"), ("DocRED", "D"), ("Re-DocRED", "D"),
            ("CDR", "D"), ("GDA", "D"), ("Ign F1", "X"), ("F1", "X"), ("evidence F1", "X"), ("DREEAM", "M"),
            ("EIDER", "M"),
        ],
        "results": [
            ("Ign F1 of 80.2", "Ign F1", 80.2, None, "Re-DocRED", None),
            ("F1 of 81.0", "F1", 81.0, None, "Re-DocRED", None),
            ("1.6 points above DREEAM", "F1", 1.6, "points", "Re-DocRED", None),
            ("79.4 F1", "F1", 79.4, None, "Re-DocRED", "DREEAM"),
            ("scores 67.9 F1", "F1", 67.9, None, "DocRED", "Tidewell"),
            ("evidence F1 is 55.3", "evidence F1", 55.3, None, "DocRED", "Tidewell"),
            ("52.1", "evidence F1", 52.1, None, "DocRED", "EIDER"),
            ("80.6", "F1", 80.6, None, "CDR", None),
            ("86.9 F1", "F1", 86.9, None, "GDA", None),
            ("improves F1 by 3.2 points", "F1", 3.2, "points", None, "Tidewell"),
            ("takes 41 seconds", "inference time", 41, "s", "DocRED", None),
        ],
    },
    {
        "field": "language",
        "title": "Umberlink: Slot-Level Demonstration Retrieval for Zero-Shot Dialogue State Tracking",
        "text": (
            r"Zero-shot dialogue state tracking (DST) asks a model to fill the slots of services it has never seen "
            r"during training. We present Umberlink, which retrieves $k=4$ slot-level demonstrations from a pool of "
            r"annotated turns and prompts a Flan-T5-XL backbone with the schema description of each slot. Unlike "
            r"turn-level in-context learning methods such as IC-DST, Umberlink scores candidates per slot with a "
            r"contrastively trained retriever, so a single turn can draw on several services. On MultiWOZ 2.4 in the "
            r"leave-one-domain-out setting, Umberlink reaches $58.3\%$ joint goal accuracy (JGA) averaged over the "
            r"five held-out domains, outperforming IC-DST with Codex by $+4.7$ points and T5DST by $+17.9$ points. "
            r"On the Schema-Guided Dialogue (SGD) dataset, Umberlink raises JGA on unseen services from 41.2\% to "
            r"49.8\% and reaches 96.1\% slot accuracy. With only $5\%$ of the MultiWOZ training dialogues, Umberlink "
            r"matches the full-data TransferQA baseline (within $0.4$ JGA). The retriever adds $\sim$12 ms per turn, "
            r"and Umberlink uses $3\times$ fewer parameters than the Llama-2-13B prompting baseline while improving "
            r"JGA on 4 of the 5 MultiWOZ domains."
        ),
        "spans": [
            ("Umberlink", "M"), ("Zero-Shot Dialogue State Tracking", "T"), ("Zero-shot dialogue state tracking", "T"),
            ("DST", "T"), ("Flan-T5-XL", "M"), ("in-context learning", "M"), ("IC-DST", "M"),
            ("MultiWOZ 2.4", "D"), ("MultiWOZ", "D"), ("joint goal accuracy", "X"), ("JGA", "X"), ("Codex", "M"),
            ("T5DST", "M"), ("Schema-Guided Dialogue", "D"), ("SGD", "D"), ("slot accuracy", "X"),
            ("TransferQA", "M"), ("parameters", "X"), ("Llama-2-13B", "M"),
        ],
        "results": [
            (r"reaches $58.3\%$ joint goal accuracy", "joint goal accuracy", 58.3, "%", "MultiWOZ 2.4", "Umberlink"),
            (r"by $+4.7$ points", "joint goal accuracy", 4.7, "points", "MultiWOZ 2.4", "Umberlink"),
            (r"by $+17.9$ points", "joint goal accuracy", 17.9, "points", "MultiWOZ 2.4", "Umberlink"),
            (r"JGA on unseen services from 41.2\% to 49.8\%", "joint goal accuracy", 49.8, "%", "SGD", "Umberlink"),
            (r"96.1\% slot accuracy", "slot accuracy", 96.1, "%", "SGD", "Umberlink"),
            (r"within $0.4$ JGA", "joint goal accuracy", 0.4, "points", "MultiWOZ", "Umberlink"),
            (r"adds $\sim$12 ms", "retrieval time", 12, "ms", None, None),
            (r"uses $3\times$ fewer parameters", "parameter reduction", 3, "×", None, "Umberlink"),
            (r"on 4 of the 5 MultiWOZ domains", "domains improved", 4, None, "MultiWOZ", "Umberlink"),
        ],
    },
    {
        "field": "language",
        "title": "Vellicheck: Claim-Level Factual Consistency Evaluation for Abstractive Summarization",
        "text": (
            "Automatic metrics for abstractive summarization still correlate poorly with human judgements of factual "
            "consistency, particularly for dialogue and meeting summaries. We examine whether decomposing a summary "
            "into atomic claims and verifying each claim against retrieved source passages yields more reliable "
            "factual consistency evaluation. Our approach, Vellicheck, fine-tunes DeBERTa-v3-large as a natural "
            "language inference (NLI) verifier on 180k synthetic claim–evidence pairs and aggregates claim scores "
            "with a learned soft-minimum. On the LLM-AggreFact benchmark, Vellicheck obtains a balanced accuracy "
            "(BAcc) of 75.4% averaged over its 11 datasets, compared with 72.6% for AlignScore and 74.1% for "
            "MiniCheck-FT5; GPT-4 scores 75.3% at roughly 400 times the inference cost. On SummaC it reaches 78.9 "
            "BAcc, and on FRANK its Spearman correlation with human ratings is 0.61 (QAFactEval: 0.53). Vellicheck "
            "ranks first on 6 of the 11 LLM-AggreFact datasets. We caution, however, that the gains are smaller on "
            "news (+0.8 BAcc on AggreFact-XSum) than on dialogue (+4.9 BAcc on TofuEval-MediaS), and that claim "
            "decomposition itself, performed with Llama-3-8B-Instruct, introduces errors in roughly 7% of summaries "
            "according to a manual audit of 200 examples. Scoring a 1,000-token document takes 0.9 s on one A100."
        ),
        "spans": [
            ("Vellicheck", "M"), ("Factual Consistency Evaluation", "T"), ("factual consistency evaluation", "T"),
            ("Abstractive Summarization", "T"), ("abstractive summarization", "T"), ("DeBERTa-v3-large", "M"),
            ("natural language inference", "T"), ("NLI", "T"), ("LLM-AggreFact", "D"), ("balanced accuracy", "X"),
            ("BAcc", "X"), ("AlignScore", "M"), ("MiniCheck-FT5", "M"), ("GPT-4", "M"), ("inference cost", "X"),
            ("SummaC", "D"), ("FRANK", "D"), ("Spearman correlation", "X"), ("QAFactEval", "M"),
            ("AggreFact-XSum", "D"), ("TofuEval-MediaS", "D"), ("Llama-3-8B-Instruct", "M"),
        ],
        "results": [
            ("balanced accuracy (BAcc) of 75.4%", "balanced accuracy", 75.4, "%", "LLM-AggreFact", "Vellicheck"),
            ("72.6%", "balanced accuracy", 72.6, "%", "LLM-AggreFact", "AlignScore"),
            ("74.1%", "balanced accuracy", 74.1, "%", "LLM-AggreFact", "MiniCheck-FT5"),
            ("scores 75.3%", "balanced accuracy", 75.3, "%", "LLM-AggreFact", "GPT-4"),
            ("400 times the inference cost", "inference cost", 400, "×", "LLM-AggreFact", "GPT-4"),
            ("reaches 78.9 BAcc", "balanced accuracy", 78.9, None, "SummaC", None),
            ("Spearman correlation with human ratings is 0.61", "Spearman correlation", 0.61, None, "FRANK", None),
            ("0.53", "Spearman correlation", 0.53, None, "FRANK", "QAFactEval"),
            ("ranks first on 6 of the 11 LLM-AggreFact datasets", "datasets ranked first", 6, None, "LLM-AggreFact",
             "Vellicheck"),
            ("+0.8 BAcc", "balanced accuracy", 0.8, "points", "AggreFact-XSum", None),
            ("+4.9 BAcc", "balanced accuracy", 4.9, "points", "TofuEval-MediaS", None),
            ("errors in roughly 7% of summaries", "error rate", 7, "%", None, "Llama-3-8B-Instruct"),
            ("takes 0.9 s", "scoring time", 0.9, "s", None, None),
        ],
    },
    {
        "field": "language",
        "title": "Tamarwyn: Dictionary-Guided Back-Translation for Low-Resource Machine Translation",
        "text": (
            "Over 24 low-resource directions of FLORES-200, Tamarwyn improves NLLB-200 (1.3B) by 3.8 chrF++ points on "
            "average and outperforms it in 21 of the 24 directions, using no more than 50k parallel sentences per "
            "language. Tamarwyn targets low-resource machine translation for languages where monolingual text exists "
            "but parallel data is scarce and a bilingual lexicon is the most reliable resource. Standard iterative "
            "back-translation amplifies hallucinated translations in this regime; Tamarwyn instead constrains the "
            "reverse model with lexicon entries through lexically constrained decoding and filters synthetic pairs by "
            "a cross-lingual similarity computed with LaBSE, discarding pairs that score below 0.72. We fine-tune "
            "NLLB-200 and mT5-large on the resulting data and compare against round-trip filtering, Dict-BT and "
            "few-shot prompting of GPT-4o. Into English, averaged over the 24 FLORES-200 directions, Tamarwyn reaches "
            "a chrF++ of 41.6 and an spBLEU of 17.9, versus 38.2 and 15.1 for Dict-BT. Out of English, the gains are "
            "smaller (+2.1 chrF++ points). GPT-4o is stronger on the six languages written in Latin script with more "
            "than 1M Wikipedia tokens, but trails Tamarwyn by 6.4 chrF++ points on the remaining eighteen. On the "
            "NTREX-128 test set, which was never used for tuning, Tamarwyn obtains a chrF++ of 36.9 against 34.0 for "
            "NLLB-200. In a native-speaker evaluation on four languages, raters preferred Tamarwyn's output in 64% of "
            "pairwise comparisons. Training one direction takes about 9 GPU-hours."
        ),
        "spans": [
            ("Tamarwyn", "M"), ("Back-Translation", "M"), ("Low-Resource Machine Translation", "T"),
            ("low-resource machine translation", "T"), ("FLORES-200", "D"), ("NLLB-200", "M"),
            ("chrF++", "X", {"punct": True}), ("iterative back-translation", "M"),
            ("lexically constrained decoding", "M"), ("LaBSE", "M"), ("mT5-large", "M"),
            ("round-trip filtering", "M"), ("Dict-BT", "M"), ("few-shot prompting", "M"), ("GPT-4o", "M"),
            ("spBLEU", "X"), ("Wikipedia", "D"), ("NTREX-128", "D"),
        ],
        "results": [
            ("by 3.8 chrF++ points", "chrF++", 3.8, "points", "FLORES-200", "Tamarwyn"),
            ("outperforms it in 21 of the 24 directions", "directions won", 21, None, "FLORES-200", "Tamarwyn"),
            ("chrF++ of 41.6", "chrF++", 41.6, None, "FLORES-200", "Tamarwyn"),
            ("spBLEU of 17.9", "spBLEU", 17.9, None, "FLORES-200", "Tamarwyn"),
            ("38.2", "chrF++", 38.2, None, "FLORES-200", "Dict-BT"),
            ("15.1", "spBLEU", 15.1, None, "FLORES-200", "Dict-BT"),
            ("+2.1 chrF++ points", "chrF++", 2.1, "points", None, None),
            ("by 6.4 chrF++ points", "chrF++", 6.4, "points", None, "GPT-4o"),
            ("chrF++ of 36.9", "chrF++", 36.9, None, "NTREX-128", "Tamarwyn"),
            ("34.0", "chrF++", 34.0, None, "NTREX-128", "NLLB-200"),
            ("in 64% of pairwise comparisons", "win rate", 64, "%", None, "Tamarwyn"),
            ("takes about 9 GPU-hours", "training time", 9, "GPU-hours", None, None),
        ],
    },
    {
        "field": "language",
        "title": "Verdigrin: Learning to Abstain and Re-Retrieve in Retrieval-Augmented Question Answering",
        "text": (
            r"Retrieval-augmented generation (RAG) grounds the answers of large language models in external "
            r"documents, but when the retriever returns irrelevant passages the reader often answers anyway. We "
            r"introduce Verdigrin, a lightweight controller that inspects the top-$k$ passages and the reader's "
            r"token-level uncertainty and decides, at each step, whether to answer, to re-query the retriever with a "
            r"rewritten question, or to abstain. The controller is a 110M-parameter BERT-base classifier trained with "
            r"rewards derived from exact match, and it wraps an unchanged Llama-3.1-8B-Instruct reader and a "
            r"Contriever retriever fine-tuned on MS MARCO, with $k=5$. On Natural Questions, TriviaQA and HotpotQA, "
            r"Verdigrin improves exact match (EM) over Self-RAG by 3.1\%, 2.4\% and 5.7\%, respectively. On the "
            r"multi-hop 2WikiMultiHopQA benchmark its F1 is 61.8 vs.\ 54.2 for IRCoT, while issuing ${\sim}40\%$ "
            r"fewer retrieval calls. On PopQA, Verdigrin reaches 52.9\% accuracy when forced to answer every "
            r"question; allowing abstention lifts its selective accuracy to 71.4\% at 80\% coverage. Verdigrin also "
            r"reduces average end-to-end latency from 2.8 s for FLARE to 1.6 s per question, and it needs only "
            r"$1.3$ retrieval calls per question on average. The controller transfers to a Mistral-7B reader "
            r"without retraining, keeping $>$95\% of its EM gain."
        ),
        "spans": [
            ("Verdigrin", "M"), ("Retrieval-Augmented Question Answering", "T"),
            ("Retrieval-augmented generation", "M"), ("RAG", "M"), ("large language models", "M"),
            ("BERT-base", "M"), ("exact match", "X", {"skip": [0]}), ("EM", "X"), ("Llama-3.1-8B-Instruct", "M"),
            ("Contriever", "M"), ("MS MARCO", "D"), ("Natural Questions", "D"), ("TriviaQA", "D"),
            ("HotpotQA", "D"), ("Self-RAG", "M"), ("2WikiMultiHopQA", "D"), ("F1", "X"), ("IRCoT", "M"),
            ("retrieval calls", "X"), ("retrieval calls per question", "X"), ("PopQA", "D"), ("accuracy", "X"),
            ("selective accuracy", "X"), ("coverage", "X"), ("average end-to-end latency", "X"), ("FLARE", "M"),
            ("Mistral-7B", "M"),
        ],
        "results": [
            (r"3.1\%", "exact match", 3.1, "%", "Natural Questions", "Verdigrin"),
            (r"2.4\%", "exact match", 2.4, "%", "TriviaQA", "Verdigrin"),
            (r"5.7\%", "exact match", 5.7, "%", "HotpotQA", "Verdigrin"),
            ("F1 is 61.8", "F1", 61.8, None, "2WikiMultiHopQA", None),
            ("54.2", "F1", 54.2, None, "2WikiMultiHopQA", "IRCoT"),
            (r"issuing ${\sim}40\%$ fewer retrieval calls", "retrieval call reduction", 40, "%", "2WikiMultiHopQA",
             None),
            (r"52.9\% accuracy", "accuracy", 52.9, "%", "PopQA", "Verdigrin"),
            (r"selective accuracy to 71.4\%", "selective accuracy", 71.4, "%", "PopQA", "Verdigrin"),
            ("average end-to-end latency from 2.8 s", "average end-to-end latency", 2.8, "s", None, "FLARE"),
            ("1.6 s", "average end-to-end latency", 1.6, "s", None, "Verdigrin"),
            (r"only $1.3$ retrieval calls per question", "retrieval calls per question", 1.3, None, None, "Verdigrin"),
            (r"keeping $>$95\% of its EM gain", "relative EM gain", 95, "%", None, "Mistral-7B"),
        ],
    },
    {
        "field": "language",
        "title": "Tinsmere: Label-Description Adapters for Few-Shot Multilingual Text Classification",
        "text": (
            "We present Tinsmere, a parameter-efficient method for few-shot text classification across languages. "
            "Tinsmere encodes natural-language label descriptions with a frozen XLM-R-large encoder and learns "
            "per-language adapters (0.8M parameters each) that align input and label embeddings under a contrastive "
            "objective. With 16 labelled examples per class, Tinsmere attains 71.3 macro-F1 on MasakhaNEWS (16 African "
            "languages), 6.2 points above SetFit and 2.9 above full fine-tuning of AfroXLMR-large. On SIB-200 topic "
            "classification it averages 78.5% accuracy and is best on 162 of the 205 languages; the strongest "
            "baseline, LaBSE with a logistic-regression head, reaches 74.0%. For sentiment analysis on NusaX (10 "
            "Indonesian local languages), macro-F1 improves from 64.7 to 70.2. Gains are largest for languages unseen "
            "during XLM-R pre-training (+9.4 macro-F1 on average) and smallest for high-resource ones (+0.6). Against "
            "zero-shot prompting of GPT-4o, Tinsmere is within 1.1 accuracy points on SIB-200 while being ~300× "
            "cheaper per 1,000 queries. Training all adapters takes 2.5 GPU-hours on one RTX 3090; the released "
            "checkpoints total 170 MB."
        ),
        "spans": [
            ("Tinsmere", "M"), ("Adapters", "M"), ("adapters", "M"), ("Few-Shot Multilingual Text Classification", "T"),
            ("few-shot text classification", "T"), ("XLM-R-large", "M"), ("XLM-R", "M"), ("macro-F1", "X"),
            ("MasakhaNEWS", "D"), ("SetFit", "M"), ("full fine-tuning", "M"), ("AfroXLMR-large", "M"),
            ("SIB-200", "D"), ("topic classification", "T"), ("accuracy", "X"), ("LaBSE", "M"),
            ("logistic-regression", "M"), ("sentiment analysis", "T"), ("NusaX", "D"), ("zero-shot prompting", "M"),
            ("GPT-4o", "M"),
        ],
        "results": [
            ("attains 71.3 macro-F1", "macro-F1", 71.3, None, "MasakhaNEWS", "Tinsmere"),
            ("6.2 points above SetFit", "macro-F1", 6.2, "points", "MasakhaNEWS", "Tinsmere"),
            ("2.9 above full fine-tuning", "macro-F1", 2.9, "points", "MasakhaNEWS", "Tinsmere"),
            ("78.5% accuracy", "accuracy", 78.5, "%", "SIB-200", None),
            ("best on 162 of the 205 languages", "languages ranked first", 162, None, "SIB-200", None),
            ("reaches 74.0%", "accuracy", 74.0, "%", "SIB-200", "LaBSE"),
            ("macro-F1 improves from 64.7 to 70.2", "macro-F1", 70.2, None, "NusaX", None),
            ("+9.4 macro-F1", "macro-F1", 9.4, "points", None, None),
            ("+0.6", "macro-F1", 0.6, "points", None, None),
            ("within 1.1 accuracy points", "accuracy", 1.1, "points", "SIB-200", "Tinsmere"),
            ("~300× cheaper", "cost reduction", 300, "×", None, "Tinsmere"),
            ("takes 2.5 GPU-hours", "training time", 2.5, "GPU-hours", None, None),
            ("checkpoints total 170 MB", "checkpoint size", 170, "MB", None, None),
        ],
    },
    # ------------------------------------------------------------ video
    {
        "field": "video",
        "title": "Ulmaris: Pruning Static Tokens for Efficient Action Recognition with Masked Video Transformers",
        "text": (
            "Video transformers pretrained with masked autoencoding, such as VideoMAE and UMT, set the state of the "
            "art in action recognition, but their cost grows quadratically with the number of spatio-temporal "
            "tokens. Most tokens in a clip cover static background and contribute little to the prediction. Ulmaris "
            "scores every token by the magnitude of its motion between neighbouring frames, computed cheaply from "
            "the patch embeddings, and keeps only the top 30% of tokens after the fourth block; discarded tokens are "
            "merged into a single summary token per frame so that global context is not lost. Ulmaris needs no "
            "extra training stage and can be applied to any ViT backbone during fine-tuning. With ViT-B on "
            "Kinetics-400, it reduces GFLOPs from 180 to 67 per view while top-1 accuracy drops by only 0.4% (81.1% "
            "vs. 81.5% for the unpruned VideoMAE). On Something-Something V2, where motion matters most, Ulmaris "
            "even gains 0.3% top-1 (70.9%). At equal compute, it outperforms the token-pruning baselines ToMe and "
            "STTS by 1.8% and 1.2%, respectively. With ViT-L, inference throughput on an A100 rises by 2.3×, and the "
            "Kinetics-400 top-1 accuracy of 86.6% is within 0.5% of the full model. On UCF101 and HMDB51, "
            "linear-probe accuracies are 96.2% and 75.8%."
        ),
        "spans": [
            ("Ulmaris", "M"), ("Pruning", "M"), ("Action Recognition", "T"), ("action recognition", "T"),
            ("Video Transformers", "M"), ("Video transformers", "M"), ("masked autoencoding", "M"),
            ("VideoMAE", "M"), ("UMT", "M"), ("ViT", "M"), ("ViT-B", "M"), ("ViT-L", "M"), ("Kinetics-400", "D"),
            ("GFLOPs", "X"), ("top-1 accuracy", "X"), ("top-1", "X"), ("Something-Something V2", "D"),
            ("token-pruning", "M"), ("ToMe", "M"), ("STTS", "M"), ("inference throughput", "X"), ("UCF101", "D"),
            ("HMDB51", "D"), ("linear-probe accuracies", "X"),
        ],
        "results": [
            ("reduces GFLOPs from 180 to 67", "GFLOPs", 67, None, "Kinetics-400", None),
            ("top-1 accuracy drops by only 0.4%", "top-1 accuracy", 0.4, "%", "Kinetics-400", None),
            ("81.1%", "top-1 accuracy", 81.1, "%", "Kinetics-400", None),
            ("81.5%", "top-1 accuracy", 81.5, "%", "Kinetics-400", "VideoMAE"),
            ("gains 0.3% top-1", "top-1 accuracy", 0.3, "%", "Something-Something V2", "Ulmaris"),
            ("70.9%", "top-1 accuracy", 70.9, "%", "Something-Something V2", "Ulmaris"),
            ("by 1.8%", "improvement", 1.8, "%", None, None),
            ("1.2%", "improvement", 1.2, "%", None, None),
            ("inference throughput on an A100 rises by 2.3×", "inference throughput", 2.3, "×", None, "ViT-L"),
            ("top-1 accuracy of 86.6%", "top-1 accuracy", 86.6, "%", "Kinetics-400", "ViT-L"),
            ("within 0.5%", "top-1 accuracy", 0.5, "%", "Kinetics-400", "ViT-L"),
            ("linear-probe accuracies are 96.2%", "linear-probe accuracy", 96.2, "%", "UCF101", None),
            ("75.8%", "linear-probe accuracy", 75.8, "%", "HMDB51", None),
        ],
    },
    {
        "field": "video",
        "title": "Tessaline: Boundary-Aware Query Decoding for Video Temporal Grounding and Highlight Detection",
        "text": (
            r"Video temporal grounding localises the moment described by a natural-language query and is commonly "
            r"evaluated jointly with highlight detection. DETR-style detectors such as Moment-DETR and QD-DETR "
            r"regress moment boundaries from a fixed set of learnable queries, which converge slowly and often "
            r"collapse onto the most salient segment. We propose Tessaline, which initialises each decoder query from "
            r"a candidate boundary pair proposed by a frame-level saliency scorer and refines it with deformable "
            r"temporal attention over $L=4$ decoder layers. On the QVHighlights test split, Tessaline reaches 66.4 "
            r"R1@0.5 and 45.7 mAP averaged over IoU thresholds in $[0.5{:}0.05{:}0.95]$, improving over QD-DETR by "
            r"$+4.3$ mAP; highlight detection HIT@1 rises to 68.2. On Charades-STA with SlowFast and CLIP features, "
            r"Tessaline obtains 41.3\% R1@0.7 and 52.6 mIoU, against 38.7\% and 50.4 for UniVTG. On TACoS, where "
            r"videos average about 5 minutes, it improves R1@0.5 from 37.1 for UVCOM to 42.0. Tessaline converges in "
            r"$3\times$ fewer training epochs than Moment-DETR (60 vs.\ 200), has only $\mathbf{8.1}$M parameters, "
            r"and runs at 2.4 ms per query on an RTX 4090."
        ),
        "spans": [
            ("Tessaline", "M"), ("Video Temporal Grounding", "T"), ("Video temporal grounding", "T"),
            ("Highlight Detection", "T"), ("highlight detection", "T"), ("DETR", "M"), ("Moment-DETR", "M"),
            ("QD-DETR", "M"), ("deformable temporal attention", "M"), ("QVHighlights", "D"), ("R1@0.5", "X"),
            ("R1@0.7", "X"), ("mAP", "X"), ("IoU", "X"), ("HIT@1", "X"), ("Charades-STA", "D"), ("SlowFast", "M"),
            ("CLIP", "M"), ("mIoU", "X"), ("UniVTG", "M"), ("TACoS", "D"), ("UVCOM", "M"), ("training epochs", "X"),
        ],
        "results": [
            ("66.4 R1@0.5", "R1@0.5", 66.4, None, "QVHighlights", "Tessaline"),
            ("45.7 mAP", "mAP", 45.7, None, "QVHighlights", "Tessaline"),
            (r"by $+4.3$ mAP", "mAP", 4.3, None, "QVHighlights", "Tessaline"),
            ("HIT@1 rises to 68.2", "HIT@1", 68.2, None, "QVHighlights", "Tessaline"),
            (r"41.3\% R1@0.7", "R1@0.7", 41.3, "%", "Charades-STA", "Tessaline"),
            ("52.6 mIoU", "mIoU", 52.6, None, "Charades-STA", "Tessaline"),
            (r"38.7\%", "R1@0.7", 38.7, "%", "Charades-STA", "UniVTG"),
            ("50.4", "mIoU", 50.4, None, "Charades-STA", "UniVTG"),
            ("R1@0.5 from 37.1", "R1@0.5", 37.1, None, "TACoS", "UVCOM"),
            ("42.0", "R1@0.5", 42.0, None, "TACoS", None),
            (r"converges in $3\times$ fewer training epochs", "training epochs reduction", 3, "×", None, "Tessaline"),
            ("60", "training epochs", 60, None, None, "Tessaline"),
            ("200", "training epochs", 200, None, None, "Moment-DETR"),
            ("runs at 2.4 ms", "latency", 2.4, "ms", None, "Tessaline"),
        ],
    },
    {
        "field": "video",
        "title": "Varnwick: Query-Adaptive Keyframe Selection for Long-Form Video Question Answering",
        "text": (
            "Multimodal large language models (MLLMs) answer questions about short clips well, but on hour-long "
            "videos they must compress thousands of frames into a context of a few hundred visual tokens, and "
            "uniform sampling frequently misses the decisive moment. We study whether smarter frame selection alone "
            "can close part of this gap in long-form video question answering. Varnwick is a training-free keyframe "
            "selector that scores frames by their SigLIP similarity to sub-questions generated from the query, then "
            "spreads a fixed budget of 32 frames over the highest-scoring events while preserving temporal order. It "
            "can be placed in front of any MLLM. We pair it with LLaVA-OneVision-7B, Qwen2-VL-7B and InternVL2-8B "
            "and evaluate on Video-MME, LongVideoBench, EgoSchema and NExT-QA. With Qwen2-VL-7B, accuracy on the "
            "long-video split of Video-MME (without subtitles) improves from 53.8 to 58.1, and LongVideoBench "
            "accuracy rises by 3.6 points. On EgoSchema's 500-question subset, Varnwick lifts LLaVA-OneVision-7B to "
            "64.2% accuracy, compared with 60.1% for uniform sampling and 61.7% for the learned selector of "
            "VideoAgent, while requiring no additional training. Gains on NExT-QA, whose videos last 44 seconds on "
            "average, are modest (+0.7). Varnwick improves accuracy in 11 of the 12 model–benchmark pairs. We note "
            "two limitations: selection adds 1.4 s per video on an A100, and the benefit shrinks as the frame budget "
            "grows, disappearing at 128 frames."
        ),
        "spans": [
            ("Varnwick", "M"), ("Long-Form Video Question Answering", "T"), ("long-form video question answering", "T"),
            ("Multimodal large language models", "M"), ("MLLMs", "M"), ("MLLM", "M"), ("uniform sampling", "M"),
            ("SigLIP", "M"), ("LLaVA-OneVision-7B", "M"), ("Qwen2-VL-7B", "M"), ("InternVL2-8B", "M"),
            ("Video-MME", "D"), ("LongVideoBench", "D"), ("EgoSchema", "D"), ("NExT-QA", "D"), ("accuracy", "X"),
            ("VideoAgent", "M"),
        ],
        "results": [
            ("accuracy on the long-video split of Video-MME (without subtitles) improves from 53.8 to 58.1",
             "accuracy", 58.1, None, "Video-MME", "Qwen2-VL-7B"),
            ("accuracy rises by 3.6 points", "accuracy", 3.6, "points", "LongVideoBench", "Qwen2-VL-7B"),
            ("64.2% accuracy", "accuracy", 64.2, "%", "EgoSchema", "Varnwick"),
            ("60.1%", "accuracy", 60.1, "%", "EgoSchema", "uniform sampling"),
            ("61.7%", "accuracy", 61.7, "%", "EgoSchema", "VideoAgent"),
            ("+0.7", "improvement", 0.7, "points", "NExT-QA", None),
            ("in 11 of the 12 model–benchmark pairs", "model–benchmark pairs improved", 11, None, None, "Varnwick"),
            ("selection adds 1.4 s", "selection time", 1.4, "s", None, None),
        ],
    },
    {
        "field": "video",
        "title": "Umbrascope: Head-Wise Sparse Attention for Fast Text-to-Video Diffusion Transformers",
        "text": (
            r"Text-to-video generation with diffusion transformers (DiTs) is dominated by the cost of full 3D "
            r"attention, which scales as $\mathcal{O}(N^2)$ in the number of spatiotemporal tokens $N$ and dominates "
            r"the runtime when sampling a 5-second 720p clip. We observe that attention heads in pretrained video "
            r"DiTs fall into a handful of stable patterns (spatial, temporal, and local windows) that can be "
            r"identified from a single denoising step. Umbrascope profiles each head once, assigns it a block-sparse "
            r"mask, and executes the masks with a fused kernel built on FlashAttention-3, reducing attention to "
            r"$\mathcal{O}(N\sqrt{N})$ without any fine-tuning. Applied to HunyuanVideo and Wan2.1-14B, Umbrascope "
            r"achieves a $2.83\times$ end-to-end speedup and a $4.1\times$ attention speedup on a single H100 at 50 "
            r"sampling steps. Generation quality is essentially preserved: on VBench, HunyuanVideo with Umbrascope "
            r"reaches a total score of 83.21\% versus 83.24\% with dense attention. Measured against the dense "
            r"model's outputs, Umbrascope attains a PSNR of 27.6 dB, higher than Sparse VideoGen (24.9 dB) and STA "
            r"(26.1 dB). In a study with 30 participants and 120 prompts, raters preferred Umbrascope's videos over "
            r"dense outputs in 47\% of pairwise comparisons and reported no preference in 44\%. Combining Umbrascope "
            r"with TeaCache yields a $5.4\times$ speedup at the cost of an FVD increase of only $+12$ on MSR-VTT."
        ),
        "spans": [
            ("Umbrascope", "M"), ("Sparse Attention", "M"), ("Text-to-Video", "T"), ("Diffusion Transformers", "M"),
            ("Text-to-video generation", "T"), ("diffusion transformers", "M"), ("DiTs", "M"),
            ("full 3D attention", "M"), ("FlashAttention-3", "M"), ("HunyuanVideo", "M"), ("Wan2.1-14B", "M"),
            ("end-to-end speedup", "X"), ("attention speedup", "X"), ("VBench", "D"), ("total score", "X"),
            ("dense attention", "M"), ("PSNR", "X"), ("Sparse VideoGen", "M"), ("STA", "M"), ("TeaCache", "M"),
            ("speedup", "X"), ("FVD", "X"), ("MSR-VTT", "D"),
        ],
        "results": [
            (r"a $2.83\times$ end-to-end speedup", "end-to-end speedup", 2.83, "×", None, "Umbrascope"),
            (r"a $4.1\times$ attention speedup", "attention speedup", 4.1, "×", None, "Umbrascope"),
            (r"total score of 83.21\%", "total score", 83.21, "%", "VBench", "Umbrascope"),
            (r"83.24\%", "total score", 83.24, "%", "VBench", "dense attention"),
            ("PSNR of 27.6 dB", "PSNR", 27.6, "dB", None, "Umbrascope"),
            ("24.9 dB", "PSNR", 24.9, "dB", None, "Sparse VideoGen"),
            ("26.1 dB", "PSNR", 26.1, "dB", None, "STA"),
            (r"in 47\% of pairwise comparisons", "win rate", 47, "%", None, "Umbrascope"),
            (r"no preference in 44\%", "tie rate", 44, "%", None, "Umbrascope"),
            (r"a $5.4\times$ speedup", "speedup", 5.4, "×", None, "Umbrascope"),
            (r"FVD increase of only $+12$ on MSR-VTT", "FVD", 12, None, "MSR-VTT", "Umbrascope"),
        ],
    },
    {
        "field": "video",
        "title": "Vinegrip: Long-Term Memory Consolidation for Semi-Supervised Video Object Segmentation",
        "text": (
            "Vinegrip reaches 88.9 J&F on DAVIS 2017 val, 86.4 G on YouTube-VOS 2019 val and 59.8 J&F on MOSE, "
            "surpassing Cutie-base by 1.2, 0.6 and 4.1 points respectively, while running at 27 FPS on an RTX 3090. "
            "Semi-supervised video object segmentation (VOS) propagates a first-frame mask through a video; "
            "memory-based methods such as XMem and Cutie store past frames as key-value features, and their memory "
            "either grows without bound or is pruned by heuristics that drop rarely used entries. On long and "
            "cluttered sequences, objects that disappear and reappear are then lost. Vinegrip consolidates its "
            "memory instead: every 8 frames, a lightweight slot attention module summarises the working memory into "
            "64 object-centric prototypes that are merged into a long-term store by exponential moving average, "
            "keeping memory size constant regardless of video length. Object queries attend to both stores through a "
            "shared transformer decoder. We train on YouTube-VOS and DAVIS with static image pre-training on COCO, "
            "following the Cutie protocol. On the LVOS long-video benchmark, where sequences average 1.59 minutes, "
            "Vinegrip improves J&F from 63.5 for Cutie to 70.3, and peak GPU memory stays at 2.1 GB versus 6.8 GB "
            "for XMem. On MOSE, the gain is largest for objects that reappear after occlusion (+7.6 J&F). Vinegrip "
            "is best on 4 of the 5 benchmarks we evaluate, the exception being DAVIS 2016, where it trails DEVA by "
            "0.2 J&F."
        ),
        "spans": [
            ("Vinegrip", "M"), ("Semi-Supervised Video Object Segmentation", "T"),
            ("Semi-supervised video object segmentation", "T"), ("VOS", "T"), ("J&F", "X", {"punct": True}),
            ("DAVIS 2017 val", "D"), ("G", "X"), ("YouTube-VOS 2019 val", "D"), ("MOSE", "D"), ("Cutie-base", "M"),
            ("FPS", "X"), ("XMem", "M"), ("Cutie", "M"), ("slot attention", "M"), ("exponential moving average", "M"),
            ("transformer", "M"), ("YouTube-VOS", "D"), ("DAVIS", "D"), ("COCO", "D"), ("LVOS", "D"),
            ("peak GPU memory", "X"), ("DAVIS 2016", "D"), ("DEVA", "M"),
        ],
        "results": [
            ("88.9 J&F", "J&F", 88.9, None, "DAVIS 2017 val", "Vinegrip"),
            ("86.4 G", "G", 86.4, None, "YouTube-VOS 2019 val", "Vinegrip"),
            ("59.8 J&F", "J&F", 59.8, None, "MOSE", "Vinegrip"),
            ("by 1.2", "J&F", 1.2, "points", "DAVIS 2017 val", "Vinegrip"),
            ("0.6", "G", 0.6, "points", "YouTube-VOS 2019 val", "Vinegrip"),
            ("4.1 points", "J&F", 4.1, "points", "MOSE", "Vinegrip"),
            ("27 FPS", "FPS", 27, None, None, "Vinegrip"),
            ("J&F from 63.5", "J&F", 63.5, None, "LVOS", "Cutie"),
            ("70.3", "J&F", 70.3, None, "LVOS", "Vinegrip"),
            ("peak GPU memory stays at 2.1 GB", "peak GPU memory", 2.1, "GB", "LVOS", "Vinegrip"),
            ("6.8 GB", "peak GPU memory", 6.8, "GB", "LVOS", "XMem"),
            ("+7.6 J&F", "J&F", 7.6, None, "MOSE", None),
            ("best on 4 of the 5 benchmarks", "benchmarks ranked first", 4, None, None, "Vinegrip"),
            ("0.2 J&F", "J&F", 0.2, None, "DAVIS 2016", "Vinegrip"),
        ],
    },
    {
        "field": "video",
        "title": "Tundrafly: Appearance-Free Association with Learned Motion Priors for Multi-Object Tracking",
        "text": (
            "Tracking-by-detection remains the dominant paradigm for multi-object tracking (MOT), yet its association "
            "step still relies on a Kalman filter with a constant-velocity assumption that breaks down under the "
            "non-linear motion of dancers or athletes. Appearance features from re-identification can compensate, "
            "but they add cost and fail when targets look alike. We present Tundrafly, an appearance-free tracker "
            "that replaces the Kalman filter with a small trajectory transformer trained to forecast box motion from "
            "the past 30 frames, and that associates detections by a learned motion-consistency score instead of IoU "
            "alone. Detections come from the same YOLOX-X model used by ByteTrack and OC-SORT, so any difference "
            "comes from association. On the DanceTrack test set, Tundrafly achieves 66.1 HOTA, 53.4 AssA and 69.0 "
            "IDF1, improving HOTA by 20.0% relative to OC-SORT (55.1) and by 4.3 points over the motion-only "
            "Hybrid-SORT. On SportsMOT it obtains 76.8 HOTA, and on MOT17, where motion is mostly linear, it is "
            "roughly on par with ByteTrack (63.0 vs. 63.1 HOTA). The association model has 2.3M parameters and adds "
            "3.1 ms per frame, so the full tracker runs at 29 FPS. We also find that performance degrades when the "
            "frame rate is halved: HOTA on DanceTrack val falls by 3.9 points, compared with 6.7 for OC-SORT."
        ),
        "spans": [
            ("Tundrafly", "M"), ("Multi-Object Tracking", "T"), ("multi-object tracking", "T"), ("MOT", "T"),
            ("Tracking-by-detection", "M"), ("Kalman filter", "M"), ("re-identification", "T"), ("transformer", "M"),
            ("YOLOX-X", "M"), ("ByteTrack", "M"), ("OC-SORT", "M"), ("DanceTrack", "D"), ("DanceTrack val", "D"),
            ("HOTA", "X"), ("AssA", "X"), ("IDF1", "X"), ("Hybrid-SORT", "M"), ("SportsMOT", "D"), ("MOT17", "D"),
            ("FPS", "X"),
        ],
        "results": [
            ("66.1 HOTA", "HOTA", 66.1, None, "DanceTrack", "Tundrafly"),
            ("53.4 AssA", "AssA", 53.4, None, "DanceTrack", "Tundrafly"),
            ("69.0 IDF1", "IDF1", 69.0, None, "DanceTrack", "Tundrafly"),
            ("improving HOTA by 20.0%", "HOTA", 20.0, "%", "DanceTrack", "Tundrafly"),
            ("55.1", "HOTA", 55.1, None, "DanceTrack", "OC-SORT"),
            ("by 4.3 points", "HOTA", 4.3, "points", "DanceTrack", "Tundrafly"),
            ("76.8 HOTA", "HOTA", 76.8, None, "SportsMOT", None),
            ("63.0", "HOTA", 63.0, None, "MOT17", None),
            ("63.1 HOTA", "HOTA", 63.1, None, "MOT17", "ByteTrack"),
            ("adds 3.1 ms", "association time", 3.1, "ms", None, None),
            ("runs at 29 FPS", "FPS", 29, None, None, None),
            ("HOTA on DanceTrack val falls by 3.9 points", "HOTA", 3.9, "points", "DanceTrack val", None),
            ("6.7", "HOTA", 6.7, "points", "DanceTrack val", "OC-SORT"),
        ],
    },
]
