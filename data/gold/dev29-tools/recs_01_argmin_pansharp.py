"""dev29 records: argument-mining (6) and pansharpening (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Cqorrith", "Cqesta", "Cqandor", "Cqelvane", "Cqimbrel", "Cqorbel",
          "Cqalvane", "Cqimbra", "Cqotter", "Cqundra", "Cqespar", "Cqylith", "Cqovera"]

RECS = [
    # ------------------------------------------------------------ argument-mining
    {
        "field": "argument-mining",
        "title": "Cqorrith: Retrieval-Augmented Target Reasoning for Zero-Shot Stance Detection",
        "text": (
            "Zero-shot stance detection (ZSSD) asks a model to classify the stance of a text toward a target never "
            "seen during training, a setting in which fine-tuned encoders such as BERT and RoBERTa overfit to lexical "
            "cues of the training targets. Recent work prompts large language models (LLMs) instead, but their "
            "predictions swing with the wording of the target and suffer when background knowledge is missing. We "
            "propose Cqorrith, which retrieves short encyclopedic passages about each target, asks "
            "Llama-3.1-8B-Instruct to write a target-specific rationale, and distils these rationales into a "
            "DeBERTa-v3-large classifier trained with supervised contrastive learning over stance labels. Only the "
            "distilled classifier runs at inference time. On the VAST benchmark, Cqorrith reaches a macro-F1 of 78.4, "
            "compared with 72.5 for JointCL and 73.4 for COLA, a multi-agent framework built on GPT-3.5. In the "
            "cross-target setting of SemEval-2016 Task 6, Cqorrith improves the average F_avg over four target pairs "
            "by 3.1 points over the strongest baseline. On P-Stance, Cqorrith obtains 81.2 and 79.6 F_avg on the "
            "Trump\u2192Biden and Biden\u2192Sanders transfers, respectively. Because the LLM is needed only during "
            "training, Cqorrith classifies an example in 6.3 ms on one A100 GPU, 14\u00d7 faster than prompting "
            "Llama-3.1-8B-Instruct directly. Ablations show that retrieval matters most for targets that are rarely "
            "mentioned in the training data."
        ),
        "spans": [
            ("Cqorrith", "M"), ("Zero-Shot Stance Detection", "T"), ("Zero-shot stance detection", "T"),
            ("ZSSD", "T"), ("BERT", "M"), ("RoBERTa", "M"), ("large language models", "M"), ("LLMs", "M"),
            ("LLM", "M"), ("Llama-3.1-8B-Instruct", "M"), ("DeBERTa-v3-large", "M"),
            ("supervised contrastive learning", "M"), ("VAST", "D"), ("macro-F1", "X"), ("JointCL", "M"),
            ("COLA", "M"), ("GPT-3.5", "M"), ("SemEval-2016 Task 6", "D"), ("average F_avg", "X"),
            ("F_avg", "X"), ("P-Stance", "D"),
        ],
        "results": [
            ("macro-F1 of 78.4", "macro-F1", 78.4, None, "VAST", "Cqorrith"),
            ("72.5 for JointCL", "macro-F1", 72.5, None, "VAST", "JointCL"),
            ("73.4 for COLA", "macro-F1", 73.4, None, "VAST", "COLA"),
            ("by 3.1 points", "F_avg", 3.1, "points", "SemEval-2016 Task 6", "Cqorrith"),
            ("81.2", "F_avg", 81.2, None, "P-Stance", "Cqorrith"),
            ("79.6 F_avg", "F_avg", 79.6, None, "P-Stance", "Cqorrith"),
            ("classifies an example in 6.3 ms", "latency", 6.3, "ms", None, "Cqorrith"),
            ("14\u00d7 faster", "speed-up", 14, "\u00d7", None, "Cqorrith"),
        ],
    },
    {
        "field": "argument-mining",
        "title": "Cqesta: Pairwise Preference Distillation for Argument Quality Assessment Across Domains",
        "text": (
            "Automatic argument quality assessment supports debate training, essay feedback and the ranking of "
            "arguments in search engines, yet models trained on one corpus transfer poorly to others because each "
            "corpus operationalises quality differently. We introduce Cqesta, which learns from pairwise preferences "
            "rather than absolute scores: a teacher LLM, GPT-4o, compares argument pairs along the cogency, "
            "effectiveness and reasonableness dimensions of an established quality taxonomy, and a RoBERTa-large "
            "student is trained on these comparisons with a Bradley-Terry objective before being calibrated to "
            "point-wise scores with a small set of human labels. On IBM-ArgQ-Rank-30k, Cqesta reaches a Pearson "
            "correlation of 0.58 and a Spearman correlation of 0.55 with the weighted-average quality labels, "
            "against 0.52 and 0.48 for the fine-tuned BERT regressor released with the corpus. The gains are larger "
            "out of domain: trained on IBM-ArgQ-Rank-30k and evaluated on GAQCorpus without further tuning, Cqesta "
            "attains a Pearson correlation of 0.47 for overall quality, whereas the same RoBERTa-large trained "
            "point-wise reaches only 0.31. On the UKPConvArg1 pairwise benchmark, Cqesta identifies the more "
            "convincing argument of a pair with 86.9% accuracy. We also find that zero-shot GPT-4o scores correlate "
            "only weakly with human judgements (0.29 Pearson on IBM-ArgQ-Rank-30k), suggesting that LLMs are more "
            "reliable as comparators than as raters."
        ),
        "spans": [
            ("Cqesta", "M"), ("Argument Quality Assessment", "T"), ("argument quality assessment", "T"),
            ("LLM", "M"), ("GPT-4o", "M"), ("RoBERTa-large", "M"), ("Bradley-Terry", "M"),
            ("IBM-ArgQ-Rank-30k", "D"), ("Pearson correlation", "X"), ("Spearman correlation", "X"),
            ("BERT", "M"), ("GAQCorpus", "D"), ("UKPConvArg1", "D"), ("accuracy", "X"), ("Pearson", "X"),
            ("LLMs", "M"),
        ],
        "results": [
            ("Pearson correlation of 0.58", "Pearson correlation", 0.58, None, "IBM-ArgQ-Rank-30k", "Cqesta"),
            ("Spearman correlation of 0.55", "Spearman correlation", 0.55, None, "IBM-ArgQ-Rank-30k", "Cqesta"),
            ("0.52", "Pearson correlation", 0.52, None, "IBM-ArgQ-Rank-30k", "BERT"),
            ("0.48", "Spearman correlation", 0.48, None, "IBM-ArgQ-Rank-30k", "BERT"),
            ("Pearson correlation of 0.47", "Pearson correlation", 0.47, None, "GAQCorpus", "Cqesta"),
            ("0.31", "Pearson correlation", 0.31, None, "GAQCorpus", "RoBERTa-large"),
            ("86.9% accuracy", "accuracy", 86.9, "%", "UKPConvArg1", "Cqesta"),
            ("0.29 Pearson", "Pearson correlation", 0.29, None, "IBM-ArgQ-Rank-30k", "GPT-4o"),
        ],
    },
    {
        "field": "argument-mining",
        "title": "Cqandor: Generative Argument Structure Parsing with Constrained Decoding over Graph Linearisations",
        "text": (
            "End-to-end argument mining couples argument component classification, which labels text spans as major "
            "claims, claims or premises, with argumentative relation identification, which links components by "
            "support and attack relations. Biaffine dependency parsers remain strong on this problem, while "
            "generative models based on BART or T5 have lagged behind, partly because they often produce ill-formed "
            "graphs. We present Cqandor, a Flan-T5-XL model that emits a bracketed linearisation of the argument "
            "graph and decodes it under a grammar that admits only well-formed trees, referring to components by "
            "pointer tokens instead of copying their text. We evaluate on three corpora with different structures: "
            "the Argument Annotated Essays (AAE, also known as PE), the AbstRCT corpus of randomised controlled trial "
            "abstracts, and the Cornell eRulemaking Corpus (CDCP). Cqandor attains component F1 / relation F1 of "
            "77.9 / 54.3 on AAE, 73.1 / 49.8 on AbstRCT and 70.2 / 36.5 on CDCP, whereas the best generative "
            "baseline, a BART-large model trained on a flat text format, reaches 74.0 / 48.7, 68.5 / 43.0 and "
            "66.1 / 31.2 on the same corpora. Compared with the biaffine parser of Morio et al., Cqandor gains +2.6 "
            "relation F1 on AAE and +4.9 on CDCP. Constrained decoding removes ill-formed outputs entirely while "
            "adding 18% to decoding time, and a pointer-free variant loses 3.8 relation F1 points on AAE, mostly on "
            "long essays."
        ),
        "spans": [
            ("Cqandor", "M"), ("Argument Structure Parsing", "T"), ("Constrained Decoding", "M"),
            ("argument mining", "T"), ("argument component classification", "T"),
            ("argumentative relation identification", "T"), ("Biaffine dependency parsers", "M"), ("BART", "M"),
            ("T5", "M"), ("Flan-T5-XL", "M"), ("Argument Annotated Essays", "D"), ("AAE", "D"), ("PE", "D"),
            ("AbstRCT", "D"), ("Cornell eRulemaking Corpus", "D"), ("CDCP", "D"), ("component F1", "X"),
            ("relation F1", "X"), ("BART-large", "M"), ("biaffine parser", "M"), ("Constrained decoding", "M"),
            ("decoding time", "X"),
        ],
        "results": [
            ("77.9", "component F1", 77.9, None, "AAE", "Cqandor"),
            ("54.3", "relation F1", 54.3, None, "AAE", "Cqandor"),
            ("73.1", "component F1", 73.1, None, "AbstRCT", "Cqandor"),
            ("49.8", "relation F1", 49.8, None, "AbstRCT", "Cqandor"),
            ("70.2", "component F1", 70.2, None, "CDCP", "Cqandor"),
            ("36.5", "relation F1", 36.5, None, "CDCP", "Cqandor"),
            ("74.0", "component F1", 74.0, None, "AAE", "BART-large"),
            ("48.7", "relation F1", 48.7, None, "AAE", "BART-large"),
            ("68.5", "component F1", 68.5, None, "AbstRCT", "BART-large"),
            ("43.0", "relation F1", 43.0, None, "AbstRCT", "BART-large"),
            ("66.1", "component F1", 66.1, None, "CDCP", "BART-large"),
            ("31.2", "relation F1", 31.2, None, "CDCP", "BART-large"),
            ("+2.6 relation F1", "relation F1", 2.6, "points", "AAE", "Cqandor"),
            ("+4.9", "relation F1", 4.9, "points", "CDCP", "Cqandor"),
            ("adding 18% to decoding time", "decoding time", 18, "%", None, "Constrained decoding"),
            ("loses 3.8 relation F1 points", "relation F1", 3.8, "points", "AAE", None),
        ],
    },
    {
        "field": "argument-mining",
        "title": "Cqelvane: Summarising Debates into Key Points with Clustering-Aware Generation",
        "text": (
            "Key point analysis (KPA) condenses a large collection of arguments into a short list of salient key "
            "points and reports how many arguments support each of them. The ArgKP-2021 shared task popularised the "
            "problem, mostly in its matching form, and recent work has turned to generating the key points "
            "themselves with large language models. Generated lists, however, often repeat the same point in several "
            "wordings and overlook minority views. We propose Cqelvane, which clusters argument embeddings from a "
            "contrastively fine-tuned SBERT encoder with HDBSCAN, prompts Mistral-7B-Instruct to write one key point "
            "per cluster, and merges near-duplicate points with a natural language inference check. On the "
            "ArgKP-2021 test set, Cqelvane obtains a soft-F1 of 0.71 and a ROUGE-L of 32.6, compared with 0.64 and "
            "30.9 for prompting GPT-4 with the full argument set. In the key point matching track of ArgKP-2021, "
            "Cqelvane also reaches a strict mAP of 0.89. Human judges preferred Cqelvane's key point lists over those "
            "of the GPT-4 baseline in 64% of pairwise comparisons, mainly because they covered minority viewpoints. "
            "The pipeline runs on a single 24 GB GPU and processes a debate of a thousand arguments in under two "
            "minutes, which makes it practical for moderators of online deliberation platforms."
        ),
        "spans": [
            ("Cqelvane", "M"), ("Key point analysis", "T"), ("KPA", "T"), ("ArgKP-2021", "D"),
            ("large language models", "M"), ("SBERT", "M"), ("HDBSCAN", "M"), ("Mistral-7B-Instruct", "M"),
            ("natural language inference", "T"), ("soft-F1", "X"), ("ROUGE-L", "X"), ("GPT-4", "M"),
            ("key point matching", "T"), ("strict mAP", "X"),
        ],
        "results": [
            ("soft-F1 of 0.71", "soft-F1", 0.71, None, "ArgKP-2021", "Cqelvane"),
            ("ROUGE-L of 32.6", "ROUGE-L", 32.6, None, "ArgKP-2021", "Cqelvane"),
            ("0.64", "soft-F1", 0.64, None, "ArgKP-2021", "GPT-4"),
            ("30.9", "ROUGE-L", 30.9, None, "ArgKP-2021", "GPT-4"),
            ("strict mAP of 0.89", "strict mAP", 0.89, None, "ArgKP-2021", "Cqelvane"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "Cqelvane"),
        ],
    },
    {
        "field": "argument-mining",
        "title": "Cqimbrel: Label-Hierarchy Adapters for Efficient Human Value Detection in Arguments",
        "text": (
            "Knowing which human values an argument appeals to, such as security, universalism or self-direction, "
            "helps explain why people accept or reject the same conclusion. The Touch\u00e923-ValueEval dataset "
            "frames human value detection as multi-label classification over 20 value categories, and the best "
            "systems of SemEval-2023 Task 4 were ensembles of several large DeBERTa and RoBERTa models. We propose "
            "Cqimbrel, a single DeBERTa-v3-base encoder with LoRA adapters whose output layer mirrors the four-level "
            "hierarchy of Schwartz's value continuum, so that rare values borrow statistical strength from their "
            "parent categories. On the main test set of Touch\u00e923-ValueEval, Cqimbrel reaches a macro-F1 of "
            "0.55, close to the winning Adam-Smith ensemble (0.56) and well ahead of the organisers' BERT baseline "
            "(0.42). Cqimbrel has 180\u00d7 fewer trainable parameters than that ensemble and classifies an argument "
            "in 9 ms on one GPU, whereas the ensemble takes 310 ms. On the Nahj al-Balagha and New York Times test "
            "sets, which probe robustness to genre shift, Cqimbrel scores 0.39 and 0.35 macro-F1, respectively, "
            "improving over a flat classifier without the hierarchy by 4.2 and 3.7 points. Gains concentrate on the "
            "least frequent values, for which macro-F1 improves by up to 9.8 points."
        ),
        "spans": [
            ("Cqimbrel", "M"), ("Human Value Detection", "T"), ("human value detection", "T"),
            ("Touch\u00e923-ValueEval", "D"), ("multi-label classification", "T"), ("SemEval-2023 Task 4", "D"),
            ("DeBERTa", "M"), ("RoBERTa", "M"), ("DeBERTa-v3-base", "M"), ("LoRA", "M"), ("macro-F1", "X"),
            ("Adam-Smith", "M"), ("BERT", "M"), ("trainable parameters", "X"), ("Nahj al-Balagha", "D"),
            ("New York Times", "D"),
        ],
        "results": [
            ("macro-F1 of 0.55", "macro-F1", 0.55, None, "Touch\u00e923-ValueEval", "Cqimbrel"),
            ("0.56", "macro-F1", 0.56, None, "Touch\u00e923-ValueEval", "Adam-Smith"),
            ("0.42", "macro-F1", 0.42, None, "Touch\u00e923-ValueEval", "BERT"),
            ("180\u00d7 fewer trainable parameters", "trainable parameters reduction", 180, "\u00d7", None,
             "Cqimbrel"),
            ("classifies an argument in 9 ms", "latency", 9, "ms", None, "Cqimbrel"),
            ("310 ms", "latency", 310, "ms", None, None),
            ("0.39", "macro-F1", 0.39, None, "Nahj al-Balagha", "Cqimbrel"),
            ("0.35 macro-F1", "macro-F1", 0.35, None, "New York Times", "Cqimbrel"),
            ("4.2", "macro-F1", 4.2, "points", "Nahj al-Balagha", "Cqimbrel"),
            ("3.7 points", "macro-F1", 3.7, "points", "New York Times", "Cqimbrel"),
            ("macro-F1 improves by up to 9.8 points", "macro-F1", 9.8, "points", None, None),
        ],
    },
    {
        "field": "argument-mining",
        "title": "Cqorbel: Quality-Aware Dense Retrieval for Argument Search",
        "text": (
            "Argument retrieval systems should return arguments that are not only relevant to a controversial query "
            "but also well reasoned, a requirement that neural retrievers trained on MS MARCO ignore. On "
            "Touch\u00e9-2020, part of the BEIR benchmark, BM25 still beats most dense retrievers, which later "
            "analyses traced to short, low-quality arguments from the args.me corpus being ranked highly. We present "
            "Cqorbel, a retriever initialised from Contriever whose training signal combines topical relevance with "
            "argument quality: hard negatives are arguments that are on topic but receive low scores from a quality "
            "model trained on IBM-ArgQ-Rank-30k. At query time, Cqorbel interpolates its dense score with BM25 and a "
            "length prior. On Touch\u00e9-2020, Cqorbel achieves an nDCG@10 of 0.412, compared with 0.367 for BM25, "
            "0.230 for Contriever and 0.263 for ColBERTv2. Re-ranking its top 100 results with monoT5 lifts nDCG@10 "
            "further to 0.438. On ArguAna, a counterargument retrieval task, Cqorbel reaches 0.531 nDCG@10, 3.4 "
            "points above Contriever. Gains over Contriever hold for short and long queries alike, ranging from 2.1 "
            "to 6.8 points of nDCG@10 across query-length buckets. Indexing the 387k arguments of args.me takes 11 "
            "minutes on a single GPU, and the median query latency stays below 20 ms."
        ),
        "spans": [
            ("Cqorbel", "M"), ("Dense Retrieval", "M"), ("Argument Search", "T"), ("Argument retrieval", "T"),
            ("MS MARCO", "D"), ("Touch\u00e9-2020", "D"), ("BEIR", "D"), ("BM25", "M"), ("dense retrievers", "M"),
            ("args.me", "D"), ("Contriever", "M"), ("IBM-ArgQ-Rank-30k", "D"), ("nDCG@10", "X"),
            ("ColBERTv2", "M"), ("monoT5", "M"), ("ArguAna", "D"), ("counterargument retrieval", "T"),
            ("median query latency", "X"),
        ],
        "results": [
            ("nDCG@10 of 0.412", "nDCG@10", 0.412, None, "Touch\u00e9-2020", "Cqorbel"),
            ("0.367 for BM25", "nDCG@10", 0.367, None, "Touch\u00e9-2020", "BM25"),
            ("0.230 for Contriever", "nDCG@10", 0.23, None, "Touch\u00e9-2020", "Contriever"),
            ("0.263 for ColBERTv2", "nDCG@10", 0.263, None, "Touch\u00e9-2020", "ColBERTv2"),
            ("nDCG@10 further to 0.438", "nDCG@10", 0.438, None, None, None),
            ("0.531 nDCG@10", "nDCG@10", 0.531, None, "ArguAna", "Cqorbel"),
            ("3.4 points above", "nDCG@10", 3.4, "points", "ArguAna", "Cqorbel"),
            ("2.1 to 6.8 points of nDCG@10", "nDCG@10", 6.8, "points", None, None, {"low": 2.1}),
            ("takes 11 minutes", "indexing time", 11, "min", "args.me", None),
            ("median query latency stays below 20 ms", "query latency", 20, "ms", None, None),
        ],
    },
    # ------------------------------------------------------------ pansharpening
    {
        "field": "pansharpening",
        "title": "Cqalvane: Frequency-Gated State Space Models for Pansharpening",
        "text": (
            "Pansharpening fuses a high-resolution panchromatic (PAN) image with a low-resolution multispectral (MS) "
            "image to produce a multispectral image at the spatial resolution of the PAN band. Transformer-based "
            "fusion networks capture long-range dependencies but scale quadratically with image size, while recent "
            "state space models such as Mamba are efficient but lose spatial detail, because their scan order "
            "ignores the frequency content of the PAN image. We propose Cqalvane, which splits PAN features into "
            "high- and low-frequency bands with a learnable wavelet transform and uses the high-frequency band to "
            "gate a bidirectional Mamba scan over MS features, injecting spatial detail where the MS image lacks it. "
            "On the WorldView-3 (WV3), QuickBird (QB) and GaoFen-2 (GF2) datasets of PanCollection, Cqalvane reaches "
            "SAM values of 2.79, 4.41 and 0.63 and ERGAS values of 2.05, 3.62 and 0.55, respectively. On WV3, "
            "Cqalvane attains a Q8 of 0.925, 0.007 higher than Pan-Mamba, and lowers SAM by 0.12 relative to "
            "PanFormer. At full resolution, Cqalvane obtains an HQNR of 0.957 on WV3 (Pan-Mamba: 0.949; LAGConv: "
            "0.928). Cqalvane has 0.41M parameters, requires 3.2 GFLOPs for a 64\u00d764 MS patch and runs "
            "2.6\u00d7 faster than PanFormer on an RTX 4090 GPU."
        ),
        "spans": [
            ("Cqalvane", "M"), ("State Space Models", "M"), ("Pansharpening", "T"), ("Transformer", "M"),
            ("state space models", "M"), ("Mamba", "M"), ("wavelet transform", "M"), ("WorldView-3", "D"),
            ("WV3", "D"), ("QuickBird", "D"), ("QB", "D"), ("GaoFen-2", "D"), ("GF2", "D"), ("PanCollection", "D"),
            ("SAM", "X"), ("ERGAS", "X"), ("Q8", "X"), ("Pan-Mamba", "M"), ("PanFormer", "M"), ("HQNR", "X"),
            ("LAGConv", "M"), ("parameters", "X"), ("GFLOPs", "X"),
        ],
        "results": [
            ("SAM values of 2.79", "SAM", 2.79, None, "WorldView-3", "Cqalvane"),
            ("4.41", "SAM", 4.41, None, "QuickBird", "Cqalvane"),
            ("0.63", "SAM", 0.63, None, "GaoFen-2", "Cqalvane"),
            ("ERGAS values of 2.05", "ERGAS", 2.05, None, "WorldView-3", "Cqalvane"),
            ("3.62", "ERGAS", 3.62, None, "QuickBird", "Cqalvane"),
            ("0.55", "ERGAS", 0.55, None, "GaoFen-2", "Cqalvane"),
            ("Q8 of 0.925", "Q8", 0.925, None, "WorldView-3", "Cqalvane"),
            ("0.007 higher", "Q8", 0.007, None, "WorldView-3", "Cqalvane"),
            ("lowers SAM by 0.12", "SAM", 0.12, None, "WorldView-3", "Cqalvane"),
            ("HQNR of 0.957", "HQNR", 0.957, None, "WorldView-3", "Cqalvane"),
            ("0.949", "HQNR", 0.949, None, "WorldView-3", "Pan-Mamba"),
            ("0.928", "HQNR", 0.928, None, "WorldView-3", "LAGConv"),
            ("0.41M parameters", "parameters", 0.41, "M", None, "Cqalvane"),
            ("3.2 GFLOPs", "FLOPs", 3.2, "G", None, "Cqalvane"),
            ("2.6\u00d7 faster", "speed-up", 2.6, "\u00d7", None, "Cqalvane"),
        ],
    },
    {
        "field": "pansharpening",
        "title": "Cqimbra: Training Pansharpening Networks at Full Resolution without Wald's Protocol",
        "text": (
            "Most deep pansharpening networks are trained at reduced resolution following Wald's protocol: the "
            "panchromatic and multispectral inputs are degraded with the sensor's modulation transfer function, and "
            "the original multispectral image serves as the reference. The scale invariance this assumes rarely "
            "holds, so networks that look excellent at reduced resolution often blur edges or distort colours on "
            "real full-resolution scenes. Unsupervised alternatives such as Z-PNN and \u03bb-PNN avoid the "
            "assumption but need lengthy target-adaptive fine-tuning on every image. We propose Cqimbra, a "
            "full-resolution training scheme that replaces the reference with two consistency losses: a spectral "
            "term computed in a degraded domain estimated per band from the sensor's modulation transfer function, "
            "and a spatial term based on the local correlation between each fused band and the panchromatic image. "
            "Cqimbra is architecture-agnostic, and we apply it to FusionNet and to a lightweight U-Net. On 400 "
            "full-resolution WorldView-3 and WorldView-2 tiles, a Cqimbra-trained FusionNet obtains an average QNR of "
            "0.951, with D_\u03bb of 0.018 and D_s of 0.032, whereas the same network trained under Wald's protocol "
            "reaches a QNR of 0.902. Because Cqimbra needs no per-image adaptation, it fuses a 2048\u00d72048 tile "
            "in 0.8 s, compared with more than 120 s for \u03bb-PNN. Visual inspection by three image analysts "
            "confirms sharper edges and fewer colour artefacts, particularly over vegetation and dense urban areas."
        ),
        "spans": [
            ("Cqimbra", "M"), ("Pansharpening", "T"), ("pansharpening", "T"), ("Z-PNN", "M"),
            ("\u03bb-PNN", "M"), ("FusionNet", "M"), ("U-Net", "M"), ("WorldView-3", "D"), ("WorldView-2", "D"),
            ("average QNR", "X"), ("QNR", "X"), ("D_\u03bb", "X"), ("D_s", "X"),
        ],
        "results": [
            ("average QNR of 0.951", "QNR", 0.951, None, None, "Cqimbra"),
            ("D_\u03bb of 0.018", "D_\u03bb", 0.018, None, None, "Cqimbra"),
            ("D_s of 0.032", "D_s", 0.032, None, None, "Cqimbra"),
            ("QNR of 0.902", "QNR", 0.902, None, None, "FusionNet"),
            ("in 0.8 s", "latency", 0.8, "s", None, "Cqimbra"),
            ("more than 120 s for \u03bb-PNN", "latency", 120, "s", None, "\u03bb-PNN"),
        ],
    },
    {
        "field": "pansharpening",
        "title": "Cqotter: Few-Step Residual Diffusion for Pansharpening with Spectral Consistency Guidance",
        "text": (
            "Diffusion models have recently set the state of the art in pansharpening, but methods such as PanDiff "
            "and DDIF need hundreds of denoising steps per image, which rules them out for large satellite scenes. "
            "We introduce Cqotter, a residual diffusion model that starts the reverse process from an upsampled "
            "multispectral image rather than from pure noise and learns only the high-frequency residual, "
            "conditioned on the panchromatic image. A spectral consistency guidance term, applied at every step, "
            "keeps the degraded output close to the observed multispectral input. Cqotter is then compressed with "
            "consistency distillation into a four-step sampler. On the WorldView-3 reduced-resolution test set, "
            "Cqotter achieves an ERGAS of 2.11 vs. 2.34 for DDIF and a SAM of 2.83 vs. 3.05 for DDIF, while running "
            "47\u00d7 faster than the 500-step DDIF sampler (0.21 s per 256\u00d7256 patch, against 9.9 s for "
            "DDIF). On GaoFen-2, ERGAS drops by 12.4% relative to PanDiff. Full-resolution experiments on "
            "WorldView-3 give an HQNR of 0.946 (+1.5% over DDIF). Ablating the guidance raises SAM on WorldView-3 "
            "from 2.83 to 3.21, confirming that most of the spectral fidelity comes from the guidance rather than "
            "from the network itself. Code and pretrained weights will be made available."
        ),
        "spans": [
            ("Cqotter", "M"), ("Residual Diffusion", "M"), ("Pansharpening", "T"), ("Diffusion models", "M"),
            ("pansharpening", "T"), ("PanDiff", "M"), ("DDIF", "M"), ("residual diffusion model", "M"),
            ("consistency distillation", "M"), ("WorldView-3", "D"), ("ERGAS", "X"), ("SAM", "X"),
            ("GaoFen-2", "D"), ("HQNR", "X"),
        ],
        "results": [
            ("ERGAS of 2.11", "ERGAS", 2.11, None, "WorldView-3", "Cqotter"),
            ("2.34 for DDIF", "ERGAS", 2.34, None, "WorldView-3", "DDIF"),
            ("SAM of 2.83", "SAM", 2.83, None, "WorldView-3", "Cqotter"),
            ("3.05 for DDIF", "SAM", 3.05, None, "WorldView-3", "DDIF"),
            ("47\u00d7 faster", "speed-up", 47, "\u00d7", "WorldView-3", "Cqotter"),
            ("0.21 s", "latency", 0.21, "s", "WorldView-3", "Cqotter"),
            ("9.9 s for DDIF", "latency", 9.9, "s", "WorldView-3", "DDIF"),
            ("ERGAS drops by 12.4%", "ERGAS", 12.4, "%", "GaoFen-2", None),
            ("HQNR of 0.946", "HQNR", 0.946, None, "WorldView-3", None),
            ("+1.5%", "HQNR", 1.5, "%", "WorldView-3", None),
            ("SAM on WorldView-3 from 2.83 to 3.21", "SAM", 3.21, None, "WorldView-3", None),
        ],
    },
    {
        "field": "pansharpening",
        "title": "Cqundra: Unfolding Low-Rank Tensor Priors into a Transformer for Hyperspectral and Multispectral "
                 "Image Fusion",
        "text": (
            "Hyperspectral and multispectral image fusion (HSI-MSI fusion) combines a low-resolution hyperspectral "
            "image with a high-resolution multispectral image of the same scene, an economical route to data that "
            "are fine in both the spatial and the spectral dimension. Model-based methods built on low-rank tensor "
            "decompositions are interpretable but slow, whereas deep networks such as SSRNet, Fusformer and DHIF-Net "
            "are fast but ignore the known spectral and spatial degradations. We present Cqundra, a deep unfolding "
            "network in which every stage solves a Tucker decomposition subproblem in closed form and a "
            "spectral-wise Transformer refines the core tensor; six stages suffice, for 1.9M parameters in total. On "
            "the CAVE and Harvard datasets with an 8\u00d7 scale factor, Cqundra obtains PSNR values of 52.41 dB and "
            "49.87 dB, improving on DHIF-Net by 0.96 dB and 0.58 dB, respectively. On the Chikusei and Pavia "
            "University scenes with 16\u00d7 spatial degradation, Cqundra reduces SAM to 2.04 and 2.87 (Fusformer: "
            "2.46 and 3.31) and keeps SSIM above 0.98 on both. Across all four datasets, the gain over the best "
            "competing method ranges from 0.3 to 1.4 dB in PSNR. Cqundra is also robust to unknown blur: with a "
            "mismatched Gaussian kernel its PSNR on CAVE falls by 0.7 dB, against 2.9 dB for Fusformer."
        ),
        "spans": [
            ("Cqundra", "M"), ("Transformer", "M"), ("Hyperspectral and Multispectral Image Fusion", "T"),
            ("Hyperspectral and multispectral image fusion", "T"), ("HSI-MSI fusion", "T"),
            ("low-rank tensor decompositions", "M"), ("SSRNet", "M"), ("Fusformer", "M"), ("DHIF-Net", "M"),
            ("deep unfolding", "M"), ("Tucker decomposition", "M"), ("CAVE", "D"), ("Harvard", "D"),
            ("PSNR", "X"), ("Chikusei", "D"), ("Pavia University", "D"), ("SAM", "X"), ("SSIM", "X"),
        ],
        "results": [
            ("52.41 dB", "PSNR", 52.41, "dB", "CAVE", "Cqundra"),
            ("49.87 dB", "PSNR", 49.87, "dB", "Harvard", "Cqundra"),
            ("0.96 dB", "PSNR", 0.96, "dB", "CAVE", "Cqundra"),
            ("0.58 dB", "PSNR", 0.58, "dB", "Harvard", "Cqundra"),
            ("SAM to 2.04", "SAM", 2.04, None, "Chikusei", "Cqundra"),
            ("2.87", "SAM", 2.87, None, "Pavia University", "Cqundra"),
            ("2.46", "SAM", 2.46, None, "Chikusei", "Fusformer"),
            ("3.31", "SAM", 3.31, None, "Pavia University", "Fusformer"),
            ("SSIM above 0.98", "SSIM", 0.98, None, None, "Cqundra"),
            ("0.3 to 1.4 dB in PSNR", "PSNR", 1.4, "dB", None, None, {"low": 0.3}),
            ("PSNR on CAVE falls by 0.7 dB", "PSNR", 0.7, "dB", "CAVE", "Cqundra"),
            ("2.9 dB for Fusformer", "PSNR", 2.9, "dB", "CAVE", "Fusformer"),
        ],
    },
    {
        "field": "pansharpening",
        "title": "Cqespar: A Sub-100K-Parameter Pansharpening Network for On-Board Satellite Processing",
        "text": (
            "Pansharpening on board a satellite would let operators downlink fused products directly, but processors "
            "qualified for orbit offer a few watts and a few gigabytes of memory, far less than modern fusion "
            "networks assume. We design Cqespar, a pansharpening network with 86K parameters built from depthwise "
            "separable convolutions, a single squeeze-and-excitation block and a detail-injection head modelled on "
            "component substitution (CS). We compare Cqespar with CS and multiresolution analysis (MRA) methods, "
            "namely GSA, BDSD-PC and MTF-GLP-HPM, and with the deep networks PNN, PanNet, DiCNN, MSDCNN and "
            "FusionNet on GaoFen-2, QuickBird and WorldView-2 data, at both reduced and full resolution. Cqespar "
            "stays within 0.1 of FusionNet in SAM on all three sensors while using 9% of its parameters, and it "
            "outperforms the best classical method, MTF-GLP-HPM, on every reduced-resolution quality index. On a "
            "Jetson Orin Nano in its 10 W mode, Cqespar fuses a 4096\u00d74096 GaoFen-2 scene in 3.4 s with a peak "
            "memory of 410 MB, whereas FusionNet needs 11.8 s and 1.6 GB. Quantising the network to 8-bit integers "
            "with post-training quantization changes Q4 by less than 0.002. These results suggest that high-quality "
            "pansharpening is within reach of current on-board hardware."
        ),
        "spans": [
            ("Cqespar", "M"), ("Pansharpening", "T"), ("pansharpening", "T"), ("parameters", "X", {"skip": [0]}),
            ("depthwise separable convolutions", "M"), ("squeeze-and-excitation", "M"),
            ("component substitution", "M"), ("CS", "M"), ("multiresolution analysis", "M"), ("MRA", "M"),
            ("GSA", "M"), ("BDSD-PC", "M"), ("MTF-GLP-HPM", "M"), ("PNN", "M"), ("PanNet", "M"), ("DiCNN", "M"),
            ("MSDCNN", "M"), ("FusionNet", "M"), ("GaoFen-2", "D"), ("QuickBird", "D"), ("WorldView-2", "D"),
            ("SAM", "X"), ("peak memory", "X"), ("post-training quantization", "M"), ("Q4", "X"),
        ],
        "results": [
            ("0.1 of FusionNet in SAM", "SAM", 0.1, None, None, "Cqespar"),
            ("9% of its parameters", "relative parameters", 9, "%", None, "Cqespar"),
            ("scene in 3.4 s", "latency", 3.4, "s", "GaoFen-2", "Cqespar"),
            ("peak memory of 410 MB", "peak memory", 410, "MB", "GaoFen-2", "Cqespar"),
            ("11.8 s", "latency", 11.8, "s", "GaoFen-2", "FusionNet"),
            ("1.6 GB", "peak memory", 1.6, "GB", "GaoFen-2", "FusionNet"),
            ("Q4 by less than 0.002", "Q4", 0.002, None, None, None),
        ],
    },
    {
        "field": "pansharpening",
        "title": "Cqylith: One Pansharpening Model for Any Sensor via Spectral Response Embeddings",
        "text": (
            "Deep pansharpening models are usually trained for a single satellite, and their outputs degrade sharply "
            "when the band count or the spectral response of the sensor changes. Retraining for every new sensor is "
            "costly, and the widely used PanCollection benchmark covers only WorldView-3, QuickBird, GaoFen-2 and "
            "WorldView-2. We first assemble Cqovera, a cross-sensor benchmark of 11,800 reduced- and "
            "full-resolution patch pairs from eight sensors, adding Pl\u00e9iades, SPOT-7, WorldView-4 and IKONOS "
            "imagery to the four PanCollection sensors under a harmonised preprocessing chain. We then propose "
            "Cqylith, a sensor-agnostic fusion network that encodes each multispectral band together with an "
            "embedding of its spectral response function, so that one set of weights handles four- and eight-band "
            "imagery alike. On Cqovera, a single Cqylith model trained on the PanCollection sensors reaches an "
            "average Q2n of 0.912 on the four seen sensors and 0.874 on the four unseen ones, whereas "
            "sensor-specific LAGConv models drop from 0.905 to 0.781 on sensors they were not trained on. "
            "Fine-tuning on only 50 patches of an unseen sensor raises the average Q2n to 0.901. In "
            "leave-one-sensor-out experiments, Cqylith ranks first on 7 of the 8 sensors by ERGAS. Overall, one "
            "Cqylith model needs 6.9\u00d7 fewer parameters than the eight sensor-specific networks it replaces."
        ),
        "spans": [
            ("Cqylith", "M"), ("Pansharpening", "T"), ("pansharpening", "T"), ("PanCollection", "D"),
            ("WorldView-3", "D"), ("QuickBird", "D"), ("GaoFen-2", "D"), ("WorldView-2", "D"), ("Cqovera", "D"),
            ("Pl\u00e9iades", "D"), ("SPOT-7", "D"), ("WorldView-4", "D"), ("IKONOS", "D"), ("average Q2n", "X"),
            ("LAGConv", "M"), ("ERGAS", "X"), ("parameters", "X"),
        ],
        "results": [
            ("average Q2n of 0.912", "Q2n", 0.912, None, "Cqovera", "Cqylith"),
            ("0.874", "Q2n", 0.874, None, "Cqovera", "Cqylith"),
            ("drop from 0.905 to 0.781", "Q2n", 0.781, None, "Cqovera", "LAGConv"),
            ("average Q2n to 0.901", "Q2n", 0.901, None, None, None),
            ("ranks first on 7 of the 8 sensors", "sensors ranked first", 7, None, None, "Cqylith"),
            ("6.9\u00d7 fewer parameters", "parameter reduction", 6.9, "\u00d7", None, "Cqylith"),
        ],
    },
]
