"""fresh13 records: low-resource-mt (6) and content-moderation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind):
the PaperLens pipeline and its output were never looked at."""

COINED = ["Ylvessa", "Ymbrathil", "Ynkora", "Ylmarend", "Ymmeliq", "Ynvaldor",
          "Ylthorne", "Ymbercast", "Ynquessa", "Ylgrath", "Ymorvik", "Ynderhal"]

P = {"punct": True}

RECS = [
    # ------------------------------------------------------------ low-resource-mt
    {
        "field": "low-resource-mt",
        "title": "Ylvessa: Lexicon-Grounded Retrieval Prompting for Translating into Extremely Low-Resource Languages "
                 "with Open LLMs",
        "text": (
            "Large language models (LLMs) translate well between high-resource languages but degrade sharply when the "
            "target language is rare in their pre-training data. Dictionary-based prompting helps, yet existing "
            "approaches insert a gloss for every source word and quickly exhaust the context window. We present "
            "Ylvessa, which retrieves bilingual lexicon entries and a few parallel examples by morpheme-aware fuzzy "
            "matching, reranks them by LaBSE similarity, and passes only the top-ranked hints to the model; no "
            "parameters are updated. We study low-resource machine translation from English into 24 languages of "
            "FLORES-200 that have fewer than 100k parallel sentences in OPUS, using Llama-3.1-8B-Instruct and "
            "Qwen2.5-7B-Instruct as backbones. On the FLORES-200 devtest split, Ylvessa with Llama-3.1-8B-Instruct "
            "raises average chrF++ from 21.4 (five random demonstrations) to 30.8 and reaches 27.9 spBLEU, against "
            "19.6 spBLEU for the five-shot baseline. Ylvessa thus comes within 2.3 points of NLLB-200 3.3B (33.1 "
            "chrF++), a dedicated multilingual translation model trained on these languages. With Qwen2.5-7B-Instruct "
            "as backbone, Ylvessa gains +8.1 chrF++ on average. Improvements are largest for agglutinative languages "
            "such as Quechua and Guarani, at 12.6 and 14.2 points, respectively. Because only retrieved hints enter "
            "the prompt, the average prompt length falls by 61% relative to full-dictionary prompting, and latency "
            "per sentence drops from 2.4 s to 0.9 s."
        ),
        "spans": [
            ("Ylvessa", "M"), ("LLMs", "M"), ("Large language models", "M"), ("Dictionary-based prompting", "M"),
            ("LaBSE", "M"), ("low-resource machine translation", "T"), ("FLORES-200", "D"),
            ("FLORES-200 devtest", "D"), ("OPUS", "D"), ("Llama-3.1-8B-Instruct", "M"),
            ("Qwen2.5-7B-Instruct", "M"), ("average chrF++", "X", P), ("chrF++", "X", P), ("spBLEU", "X"),
            ("NLLB-200 3.3B", "M"), ("average prompt length", "X"), ("latency", "X"),
        ],
        "results": [
            ("average chrF++ from 21.4 (five random demonstrations) to 30.8", "chrF++", 30.8, None, "FLORES-200",
             "Ylvessa"),
            ("27.9 spBLEU", "spBLEU", 27.9, None, "FLORES-200", "Ylvessa"),
            ("19.6 spBLEU", "spBLEU", 19.6, None, "FLORES-200", None),
            ("within 2.3 points", "chrF++", 2.3, "points", None, "Ylvessa"),
            ("33.1", "chrF++", 33.1, None, None, "NLLB-200 3.3B"),
            ("+8.1", "chrF++", 8.1, None, None, "Ylvessa"),
            ("12.6", "improvement", 12.6, "points", None, None),
            ("14.2 points", "improvement", 14.2, "points", None, None),
            ("average prompt length falls by 61%", "prompt length reduction", 61, "%", None, None),
            ("latency per sentence drops from 2.4 s to 0.9 s", "latency", 0.9, "s", None, None),
        ],
    },
    {
        "field": "low-resource-mt",
        "title": "Ymbrathil: Typology-Routed Low-Rank Experts for Parameter-Efficient Adaptation of NLLB-200 to "
                 "African Languages",
        "text": (
            "Adapting massively multilingual translation models such as NLLB-200 to a new domain usually means full "
            "fine-tuning, which is expensive and prone to catastrophic forgetting in the directions that are not "
            "adapted. Parameter-efficient alternatives like LoRA share a single adapter across all languages and "
            "suffer from negative interference between them. We propose Ymbrathil, a mixture of LoRA experts whose "
            "router is conditioned on typological features from URIEL rather than on tokens, so that related "
            "languages share experts while unrelated ones are kept apart. Ymbrathil adds 9.4M trainable parameters "
            "to NLLB-200-distilled-600M, 1.6% of the model. We fine-tune on the news-domain MAFAND-MT corpus, which "
            "pairs 16 African languages with English or French, and evaluate in both directions. Averaged over all "
            "32 MAFAND-MT test directions, Ymbrathil obtains 24.7 BLEU and 49.3 chrF, compared with 23.9 / 48.6 for "
            "full fine-tuning, 22.1 / 46.8 for a single LoRA and 20.4 / 45.0 for the untuned model. On the 16 "
            "directions into African languages, Ymbrathil improves AfriCOMET by 3.4 points over LoRA. Forgetting is "
            "limited: chrF on 20 held-out FLORES-200 directions drops by 0.3 points with Ymbrathil versus 4.1 points "
            "with full fine-tuning. Training fits on a single 24 GB GPU and takes 5.2 hours, against 31 hours for "
            "full fine-tuning on four GPUs."
        ),
        "spans": [
            ("Ymbrathil", "M"), ("NLLB-200", "M"), ("NLLB-200-distilled-600M", "M"), ("full fine-tuning", "M"),
            ("LoRA", "M"), ("mixture of LoRA experts", "M"), ("URIEL", "D"), ("MAFAND-MT", "D"), ("BLEU", "X"),
            ("chrF", "X"), ("AfriCOMET", "X"), ("FLORES-200", "D"),
        ],
        "results": [
            ("24.7 BLEU", "BLEU", 24.7, None, "MAFAND-MT", "Ymbrathil"),
            ("49.3 chrF", "chrF", 49.3, None, "MAFAND-MT", "Ymbrathil"),
            ("23.9", "BLEU", 23.9, None, "MAFAND-MT", "full fine-tuning"),
            ("48.6", "chrF", 48.6, None, "MAFAND-MT", "full fine-tuning"),
            ("22.1", "BLEU", 22.1, None, "MAFAND-MT", "LoRA"),
            ("46.8", "chrF", 46.8, None, "MAFAND-MT", "LoRA"),
            ("20.4", "BLEU", 20.4, None, "MAFAND-MT", None),
            ("45.0", "chrF", 45.0, None, "MAFAND-MT", None),
            ("improves AfriCOMET by 3.4 points", "AfriCOMET", 3.4, "points", None, "Ymbrathil"),
            ("chrF on 20 held-out FLORES-200 directions drops by 0.3 points", "chrF", 0.3, "points", "FLORES-200",
             "Ymbrathil"),
            ("4.1 points", "chrF", 4.1, "points", "FLORES-200", "full fine-tuning"),
            ("takes 5.2 hours", "training time", 5.2, "h", None, None),
            ("31 hours", "training time", 31, "h", None, "full fine-tuning"),
        ],
    },
    {
        "field": "low-resource-mt",
        "title": "Ynkora: Quality-Aware Iterative Back-Translation with Similarity Filtering for Low-Resource Indic "
                 "Languages",
        "text": (
            "Back-translation remains the most reliable way to exploit monolingual text in low-resource machine "
            "translation, but synthetic sources produced by weak reverse models are noisy, and iterating the "
            "procedure can amplify errors rather than correct them. We introduce Ynkora, an iterative "
            "back-translation scheme that scores every synthetic pair by LaBSE cross-lingual similarity and "
            "round-trip agreement, keeps pairs above a threshold that is annealed across rounds, and reweights the "
            "remaining pairs by their estimated quality during training. Starting from BPCC and monolingual text from "
            "IndicCorp v2, we train Transformer-base models for eight Indic languages with fewer than one million "
            "parallel sentences, including Bodo, Dogri, Santali and Manipuri. After three rounds, Ynkora improves "
            "over standard iterative back-translation on the IN22-Gen benchmark in 15 of the 16 directions, with an "
            "average gain of 2.7 chrF++ points. Ynkora also beats tagged back-translation by 1.9 chrF++ points on "
            "average. Filtering discards most synthetic pairs in the first round and fewer later, which keeps "
            "training time close to that of a single round. On the hardest direction, English-Santali, our "
            "77M-parameter models come close to IndicTrans2, which has roughly 1.1B parameters. Human evaluation "
            "with native speakers confirms the automatic scores: Ynkora outputs were preferred in 64% of pairwise "
            "judgements against the iterative back-translation baseline. We release all synthetic data and the "
            "filtered splits."
        ),
        "spans": [
            ("Ynkora", "M"), ("Iterative Back-Translation", "M"), ("Back-translation", "M"),
            ("low-resource machine translation", "T"), ("iterative back-translation", "M"),
            ("back-translation", "M"), ("tagged back-translation", "M"), ("LaBSE", "M"), ("BPCC", "D"),
            ("IndicCorp v2", "D"), ("Transformer-base", "M"), ("IN22-Gen", "D"), ("chrF++", "X", P),
            ("IndicTrans2", "M"),
        ],
        "results": [
            ("15 of the 16 directions", "directions improved", 15, None, "IN22-Gen", "Ynkora"),
            ("average gain of 2.7 chrF++ points", "chrF++", 2.7, "points", "IN22-Gen", "Ynkora"),
            ("by 1.9 chrF++ points", "chrF++", 1.9, "points", None, "Ynkora"),
            ("preferred in 64% of pairwise judgements", "win rate", 64, "%", None, "Ynkora"),
        ],
    },
    {
        "field": "low-resource-mt",
        "title": "Ylmarend: Morphology-Guided Byte-Level Transfer for Translating Spanish into Indigenous Languages "
                 "of the Americas",
        "text": (
            "Indigenous languages of the Americas are often polysynthetic, orthographically unstable and have at most "
            "a few tens of thousands of parallel sentences with Spanish, which makes subword vocabularies learned on "
            "high-resource data a poor fit. We describe Ylmarend, a byte-level translation model initialised from "
            "ByT5-base that is further pre-trained with a morpheme-boundary denoising objective, in which spans "
            "aligned to unsupervised Morfessor segments are masked and reconstructed, before multilingual "
            "fine-tuning on all target languages at once. On the AmericasNLP 2021 shared-task test sets, Ylmarend "
            "reaches an average chrF of 31.6 over the ten Spanish-to-X directions, ahead of mT5-base (24.9), "
            "mBART-50 (26.3) and ByT5-base without the extra pre-training (28.2). For Aymara, Guarani, Quechua and "
            "Nahuatl, Ylmarend obtains 36.8, 34.1, 39.5 and 29.7 chrF, respectively. The largest gain over ByT5-base "
            "is on Wixarika (+6.3 chrF), whose words often contain five or more morphemes. Among the systems we "
            "compare, Ylmarend ranks first on 7 of the 10 directions. Ablations show that masking Morfessor segments "
            "matters more than masking random spans of equal length (+2.1 vs. +0.6 average chrF). Because it "
            "operates on bytes, Ylmarend has 2.8\u00d7 the inference latency of mT5-base; we discuss distillation "
            "into a subword student as a remedy."
        ),
        "spans": [
            ("Ylmarend", "M"), ("ByT5-base", "M"), ("Morfessor", "M"), ("mT5-base", "M"), ("mBART-50", "M"),
            ("AmericasNLP 2021", "D"), ("chrF", "X"), ("average chrF", "X"), ("inference latency", "X"),
            ("distillation", "M"),
        ],
        "results": [
            ("average chrF of 31.6", "chrF", 31.6, None, "AmericasNLP 2021", "Ylmarend"),
            ("24.9", "chrF", 24.9, None, "AmericasNLP 2021", "mT5-base"),
            ("26.3", "chrF", 26.3, None, "AmericasNLP 2021", "mBART-50"),
            ("28.2", "chrF", 28.2, None, "AmericasNLP 2021", "ByT5-base"),
            ("36.8", "chrF", 36.8, None, None, "Ylmarend"),
            ("34.1", "chrF", 34.1, None, None, "Ylmarend"),
            ("39.5", "chrF", 39.5, None, None, "Ylmarend"),
            ("29.7 chrF", "chrF", 29.7, None, None, "Ylmarend"),
            ("+6.3 chrF", "chrF", 6.3, None, None, None),
            ("ranks first on 7 of the 10 directions", "directions ranked first", 7, None, None, "Ylmarend"),
            ("+2.1", "chrF", 2.1, None, None, None),
            ("+0.6 average chrF", "chrF", 0.6, None, None, None),
            ("2.8\u00d7 the inference latency", "inference latency", 2.8, "\u00d7", None, "Ylmarend"),
        ],
    },
    {
        "field": "low-resource-mt",
        "title": "Ymmeliq: Contrastive Preference Optimisation with Synthetic Minimal Pairs for Low-Resource "
                 "Translation in Small LLMs",
        "text": (
            "Small open LLMs can be turned into competitive translators by continued pre-training on monolingual data "
            "followed by supervised fine-tuning on a few thousand high-quality translations, as ALMA showed. For "
            "low-resource languages, however, high-quality references are scarce, and reference-based preference "
            "methods such as Contrastive Preference Optimization (CPO) have little to learn from. We introduce "
            "Ymmeliq, which builds preference pairs by perturbing the model's own best translation into minimally "
            "different but worse variants (dropped negations, wrong noun-class agreement, hallucinated named "
            "entities) and prefers the unperturbed output. Starting from Gemma-2-9B, we train on 14 low-resource "
            "languages from Africa and South-East Asia. On FLORES+ devtest, Ymmeliq attains an average xCOMET of "
            "78.4 and chrF++ of 42.9 into English and 71.2 xCOMET and 36.5 chrF++ out of English, compared with "
            "74.9/40.1 and 65.8/33.0 for the same model trained with CPO and 73.6/41.7 and 68.1/35.9 for NLLB-200 "
            "3.3B. GPT-4o remains stronger out of English (74.0 xCOMET) but falls behind into English. On NTREX-128, "
            "Ymmeliq's advantage holds, at +2.9 xCOMET over CPO on average. Minimal-pair perturbations are the key "
            "ingredient: replacing them with randomly sampled negatives recovers only 41% of the improvement. "
            "Ymmeliq adds no inference cost; quantized to 4 bits with AWQ, it runs at 38 tokens per second on a "
            "single consumer GPU."
        ),
        "spans": [
            ("Ymmeliq", "M"), ("Contrastive Preference Optimisation", "M"), ("Low-Resource Translation", "T"),
            ("LLMs", "M"), ("continued pre-training", "M"), ("supervised fine-tuning", "M"), ("ALMA", "M"),
            ("Contrastive Preference Optimization", "M"), ("CPO", "M"), ("Gemma-2-9B", "M"),
            ("FLORES+ devtest", "D"), ("average xCOMET", "X"), ("xCOMET", "X"), ("chrF++", "X", P),
            ("NLLB-200 3.3B", "M"), ("GPT-4o", "M"), ("NTREX-128", "D"), ("AWQ", "M"),
            ("tokens per second", "X"),
        ],
        "results": [
            ("average xCOMET of 78.4", "xCOMET", 78.4, None, "FLORES+", "Ymmeliq"),
            ("chrF++ of 42.9", "chrF++", 42.9, None, "FLORES+", "Ymmeliq"),
            ("71.2 xCOMET", "xCOMET", 71.2, None, "FLORES+", "Ymmeliq"),
            ("36.5", "chrF++", 36.5, None, "FLORES+", "Ymmeliq"),
            ("74.9", "xCOMET", 74.9, None, "FLORES+", "CPO"),
            ("40.1", "chrF++", 40.1, None, "FLORES+", "CPO"),
            ("65.8", "xCOMET", 65.8, None, "FLORES+", "CPO"),
            ("33.0", "chrF++", 33.0, None, "FLORES+", "CPO"),
            ("73.6", "xCOMET", 73.6, None, "FLORES+", "NLLB-200 3.3B"),
            ("41.7", "chrF++", 41.7, None, "FLORES+", "NLLB-200 3.3B"),
            ("68.1", "xCOMET", 68.1, None, "FLORES+", "NLLB-200 3.3B"),
            ("35.9", "chrF++", 35.9, None, "FLORES+", "NLLB-200 3.3B"),
            ("74.0 xCOMET", "xCOMET", 74.0, None, None, "GPT-4o"),
            ("+2.9 xCOMET", "xCOMET", 2.9, None, "NTREX-128", "Ymmeliq"),
            ("recovers only 41% of the improvement", "relative improvement", 41, "%", None, None),
            ("38 tokens per second", "throughput", 38, None, None, "Ymmeliq"),
        ],
    },
    {
        "field": "low-resource-mt",
        "title": "Ynvaldor: Distilling Multilingual Sentence Encoders for Fast Bitext Mining in 200 Languages",
        "text": (
            "Bitext mining from web crawls is how most parallel data for low-resource languages is obtained, and its "
            "quality is bounded by the multilingual sentence encoder used to score candidate pairs. Current encoders "
            "such as LASER3 and SONAR reach low error rates but are expensive to run over billions of sentences, "
            "while the smaller LaBSE degrades on languages outside its training set. We present Ynvaldor, a 6-layer "
            "student encoder distilled from SONAR with an objective that combines cosine regression on translation "
            "pairs with a contrastive term over hard negatives mined in the same language. On FLORES-200 devtest, "
            "Ynvaldor obtains an average xsim++ error rate of 6.8% across 200 languages, compared with 5.9% for "
            "SONAR, 9.3% for LASER3 and 17.2% for LaBSE. On the Tatoeba similarity search task, Ynvaldor averages "
            "91.4% accuracy over 112 languages. Ynvaldor has 148M parameters, encodes 12,400 sentences per second "
            "on one A100 GPU, and is 7.5\u00d7 faster than SONAR. To measure downstream value, we mine Common Crawl "
            "for 18 African and South Asian languages and train bilingual Transformer models on the mined data: on "
            "FLORES-200, models trained on Ynvaldor-mined bitext reach 23.1 chrF++ on average, 0.4 below those "
            "trained on SONAR-mined bitext and 3.6 above LaBSE-mined bitext, at a fraction of the mining cost. We "
            "release the encoder and the mined corpora."
        ),
        "spans": [
            ("Ynvaldor", "M"), ("Bitext Mining", "T"), ("Bitext mining", "T"), ("LASER3", "M"), ("SONAR", "M"),
            ("error rates", "X"), ("LaBSE", "M"), ("FLORES-200 devtest", "D"), ("FLORES-200", "D"),
            ("average xsim++ error rate", "X"), ("Tatoeba", "D"), ("similarity search", "T"), ("accuracy", "X"),
            ("sentences per second", "X"), ("Common Crawl", "D"), ("Transformer", "M"), ("chrF++", "X", P),
        ],
        "results": [
            ("average xsim++ error rate of 6.8%", "xsim++ error rate", 6.8, "%", "FLORES-200", "Ynvaldor"),
            ("5.9% for SONAR", "xsim++ error rate", 5.9, "%", "FLORES-200", "SONAR"),
            ("9.3% for LASER3", "xsim++ error rate", 9.3, "%", "FLORES-200", "LASER3"),
            ("17.2% for LaBSE", "xsim++ error rate", 17.2, "%", "FLORES-200", "LaBSE"),
            ("91.4% accuracy", "accuracy", 91.4, "%", "Tatoeba", "Ynvaldor"),
            ("12,400 sentences per second", "throughput", 12400, None, None, "Ynvaldor"),
            ("7.5\u00d7 faster", "speed-up", 7.5, "\u00d7", None, "Ynvaldor"),
            ("23.1", "chrF++", 23.1, None, "FLORES-200", "Ynvaldor"),
            ("0.4 below", "chrF++", 0.4, "points", "FLORES-200", "Ynvaldor"),
            ("3.6 above", "chrF++", 3.6, "points", "FLORES-200", "Ynvaldor"),
        ],
    },
    # ------------------------------------------------------------ content-moderation
    {
        "field": "content-moderation",
        "title": "Ylthorne: Implication-Aware Contrastive Learning for Cross-Dataset Implicit Hate Speech Detection",
        "text": (
            "Implicit hate speech conveys contempt through stereotypes, irony or coded language rather than slurs, "
            "and classifiers fine-tuned on one corpus transfer poorly to another. Contrastive approaches such as "
            "ImpCon and LAHN pull each post towards an augmented view, but the augmentations are lexical and rarely "
            "capture what the post implies. We present Ylthorne, which uses Llama-3-70B-Instruct offline to write a "
            "short statement of the implied meaning of every training post, and trains a BERT-base encoder with a "
            "supervised contrastive loss in which a post and its implication are positives and implications about "
            "other target groups serve as hard negatives. At test time only the encoder is used, so inference cost "
            "equals that of standard fine-tuning. We train on the Implicit Hate Corpus (IHC) or on SBIC and evaluate "
            "in- and cross-dataset on IHC, SBIC, DynaHate and ToxiGen. Trained on IHC, Ylthorne reaches 78.9 "
            "macro-F1 in-dataset and 69.4, 61.8 and 74.2 macro-F1 on SBIC, DynaHate and ToxiGen, respectively. "
            "Averaged over the three cross-dataset settings, Ylthorne improves macro-F1 over LAHN by 3.1 points and "
            "over ImpCon by 4.6 points. Trained on SBIC, Ylthorne transfers to IHC with 67.5 macro-F1, compared with "
            "63.0 for HateBERT. Ablations show that hard negatives drawn from other target groups account for most "
            "of the gain, and that the implication statements need not be accurate to help: replacing "
            "Llama-3-70B-Instruct with a 7B model costs only 0.8 macro-F1 points."
        ),
        "spans": [
            ("Ylthorne", "M"), ("Contrastive Learning", "M"), ("Implicit Hate Speech Detection", "T"),
            ("ImpCon", "M"), ("LAHN", "M"), ("Llama-3-70B-Instruct", "M"), ("BERT-base", "M"),
            ("supervised contrastive loss", "M"), ("Implicit Hate Corpus", "D"), ("IHC", "D"), ("SBIC", "D"),
            ("DynaHate", "D"), ("ToxiGen", "D"), ("macro-F1", "X"), ("HateBERT", "M"),
        ],
        "results": [
            ("78.9 macro-F1", "macro-F1", 78.9, None, "IHC", "Ylthorne"),
            ("69.4", "macro-F1", 69.4, None, "SBIC", "Ylthorne"),
            ("61.8", "macro-F1", 61.8, None, "DynaHate", "Ylthorne"),
            ("74.2 macro-F1", "macro-F1", 74.2, None, "ToxiGen", "Ylthorne"),
            ("by 3.1 points", "macro-F1", 3.1, "points", None, "Ylthorne"),
            ("4.6 points", "macro-F1", 4.6, "points", None, "Ylthorne"),
            ("67.5 macro-F1", "macro-F1", 67.5, None, "IHC", "Ylthorne"),
            ("63.0 for HateBERT", "macro-F1", 63.0, None, "IHC", "HateBERT"),
            ("costs only 0.8 macro-F1 points", "macro-F1", 0.8, "points", None, None),
        ],
    },
    {
        "field": "content-moderation",
        "title": "Ymbercast: Caption-Free Cross-Modal Reasoning for Hateful Meme Detection with Frozen "
                 "Vision-Language Models",
        "text": (
            "Hateful memes combine individually benign images and captions into a harmful message, so unimodal "
            "classifiers miss them and detectors must reason about how the two modalities interact. Strong recent "
            "systems such as Pro-Cap first convert the image into text by probing a captioning model with many "
            "questions, which makes inference slow. We present Ymbercast, which keeps CLIP ViT-L/14 frozen and "
            "learns a lightweight cross-modal interaction module: 16 learnable query tokens attend jointly to image "
            "patches and text tokens, and their outputs are pooled into a hatefulness score. Only 6.2M parameters "
            "are trained. On the unseen test split of the Facebook Hateful Memes (FHM) dataset, Ymbercast achieves "
            "an AUROC of 87.3 and an accuracy of 79.6%, compared with 85.5 / 77.2 for Hate-CLIPper and 84.7 / 77.5 "
            "for Pro-Cap. On HarMeme and on the misogyny subtask of MAMI, Ymbercast obtains macro-F1 scores of 84.1 "
            "and 81.3, respectively. Ymbercast also outperforms zero-shot LLaVA-1.5-13B and GPT-4V prompted with "
            "chain-of-thought by more than 10 AUROC points on FHM. Because no captions are generated, Ymbercast "
            "classifies a meme in 14 ms on an A100, about 40\u00d7 faster than Pro-Cap. A qualitative analysis shows "
            "that the learned queries specialise in text regions, faces and symbols, and we describe remaining "
            "failure modes on memes that require cultural background knowledge."
        ),
        "spans": [
            ("Ymbercast", "M"), ("Hateful Meme Detection", "T"), ("Vision-Language Models", "M"), ("Pro-Cap", "M"),
            ("CLIP ViT-L/14", "M"), ("Facebook Hateful Memes", "D"), ("FHM", "D"), ("AUROC", "X"),
            ("accuracy", "X"), ("Hate-CLIPper", "M"), ("HarMeme", "D"), ("MAMI", "D"), ("macro-F1 scores", "X"),
            ("LLaVA-1.5-13B", "M"), ("GPT-4V", "M"), ("chain-of-thought", "M"),
        ],
        "results": [
            ("AUROC of 87.3", "AUROC", 87.3, None, "Facebook Hateful Memes", "Ymbercast"),
            ("accuracy of 79.6%", "accuracy", 79.6, "%", "Facebook Hateful Memes", "Ymbercast"),
            ("85.5", "AUROC", 85.5, None, "Facebook Hateful Memes", "Hate-CLIPper"),
            ("77.2", "accuracy", 77.2, None, "Facebook Hateful Memes", "Hate-CLIPper"),
            ("84.7", "AUROC", 84.7, None, "Facebook Hateful Memes", "Pro-Cap"),
            ("77.5", "accuracy", 77.5, None, "Facebook Hateful Memes", "Pro-Cap"),
            ("macro-F1 scores of 84.1", "macro-F1", 84.1, None, "HarMeme", "Ymbercast"),
            ("81.3", "macro-F1", 81.3, None, "MAMI", "Ymbercast"),
            ("more than 10 AUROC points", "AUROC", 10, "points", "Facebook Hateful Memes", "Ymbercast"),
            ("in 14 ms", "latency", 14, "ms", None, "Ymbercast"),
            ("40\u00d7 faster", "speed-up", 40, "\u00d7", None, "Ymbercast"),
        ],
    },
    {
        "field": "content-moderation",
        "title": "Ynquessa: Policy-Conditioned Distillation of Safety Classifiers into Sub-Billion-Parameter Guard "
                 "Models",
        "text": (
            "LLM-based guard models such as Llama Guard 3 and ShieldGemma are now widely used for content moderation "
            "of user prompts and model responses, but they are costly to serve at scale and tied to the harm "
            "taxonomy they were trained on. We propose Ynquessa, a recipe for distilling a large guard model into a "
            "compact classifier that reads the moderation policy as part of its input, so that categories can be "
            "added, removed or redefined at inference time without retraining. The teacher, WildGuard, labels 1.2M "
            "prompts and responses under randomly sampled policy subsets, and the student, a 0.5B-parameter Qwen2.5 "
            "model, learns to predict both the verdict and the violated category. We evaluate on ToxicChat, the "
            "OpenAI Moderation dataset, BeaverTails and XSTest. Ynquessa obtains F1 scores of 0.71 on ToxicChat and "
            "0.80 on the OpenAI Moderation dataset, against 0.63 and 0.79 for Llama Guard 3-8B, with a sixteenth of "
            "its parameters. On XSTest, the over-refusal rate of Ynquessa on safe prompts is 4.8%, half the 9.6% of "
            "WildGuard. When a policy is redefined at test time, Ynquessa keeps 93% of the F1 it achieves under the "
            "training policy, whereas a fixed-taxonomy student keeps 61%. On BeaverTails, Ynquessa trails its "
            "teacher by 2.2 F1 points. Ynquessa runs with a median latency of 11 ms per request on a single L4 GPU, "
            "which makes it practical as a first-stage filter in front of larger models."
        ),
        "spans": [
            ("Ynquessa", "M"), ("Distillation", "M"), ("LLM", "M"), ("Llama Guard 3", "M"),
            ("Llama Guard 3-8B", "M"), ("ShieldGemma", "M"), ("content moderation", "T"), ("WildGuard", "M"),
            ("Qwen2.5", "M"), ("ToxicChat", "D"), ("OpenAI Moderation", "D"), ("BeaverTails", "D"),
            ("XSTest", "D"), ("F1 scores", "X"), ("F1", "X"), ("over-refusal rate", "X"), ("median latency", "X"),
        ],
        "results": [
            ("F1 scores of 0.71", "F1", 0.71, None, "ToxicChat", "Ynquessa"),
            ("0.80", "F1", 0.8, None, "OpenAI Moderation", "Ynquessa"),
            ("0.63", "F1", 0.63, None, "ToxicChat", "Llama Guard 3-8B"),
            ("0.79", "F1", 0.79, None, "OpenAI Moderation", "Llama Guard 3-8B"),
            ("over-refusal rate of Ynquessa on safe prompts is 4.8%", "over-refusal rate", 4.8, "%", "XSTest",
             "Ynquessa"),
            ("9.6%", "over-refusal rate", 9.6, "%", "XSTest", "WildGuard"),
            ("keeps 93% of the F1", "relative F1", 93, "%", None, "Ynquessa"),
            ("keeps 61%", "relative F1", 61, "%", None, None),
            ("2.2 F1 points", "F1", 2.2, "points", "BeaverTails", "Ynquessa"),
            ("median latency of 11 ms", "latency", 11, "ms", None, "Ynquessa"),
        ],
    },
    {
        "field": "content-moderation",
        "title": "Ylgrath: Budget-Aware Question Decomposition for Real-World Claim Verification",
        "text": (
            "Automated fact-checking of real-world claims requires retrieving evidence from the open web, yet LLM "
            "agents that decompose claims into questions tend to issue many redundant searches and still stop before "
            "the decisive evidence is found. We present Ylgrath, a claim verification framework in which a planner "
            "generates verification questions, estimates the expected information gain of each question given the "
            "evidence collected so far, and stops searching once the verdict distribution is confident. The "
            "planner, a fine-tuned Llama-3.1-8B, is trained with Direct Preference Optimization (DPO) on question "
            "trajectories ranked by whether they led to the correct verdict. On the AVeriTeC development set, "
            "Ylgrath reaches an AVeriTeC score of 0.47, compared with 0.27 for the official baseline and 0.41 for "
            "HiSS with GPT-4o. On HoVer, Ylgrath obtains macro-F1 of 72.5, 68.9 and 64.0 on 2-hop, 3-hop and 4-hop "
            "claims, improving over ProgramFC by 4.2 to 6.8 points. On LIAR-New, where web evidence is scarce, "
            "Ylgrath gains less (+1.4 macro-F1 over ProgramFC). Ylgrath issues 3.1 search queries per claim on "
            "average, 58% fewer than FIRE, and verifies a claim in 9.4 s. Error analysis shows that most remaining "
            "errors stem from conflicting rather than missing evidence, which motivates verdict labels beyond the "
            "four AVeriTeC classes."
        ),
        "spans": [
            ("Ylgrath", "M"), ("Claim Verification", "T"), ("claim verification", "T"), ("fact-checking", "T"),
            ("LLM", "M"), ("Llama-3.1-8B", "M"), ("Direct Preference Optimization", "M"), ("DPO", "M"),
            ("AVeriTeC", "D"), ("AVeriTeC score", "X"), ("HiSS", "M"), ("GPT-4o", "M"), ("HoVer", "D"),
            ("macro-F1", "X"), ("ProgramFC", "M"), ("LIAR-New", "D"), ("search queries per claim", "X"),
            ("FIRE", "M"),
        ],
        "results": [
            ("AVeriTeC score of 0.47", "AVeriTeC score", 0.47, None, "AVeriTeC", "Ylgrath"),
            ("0.27 for the official baseline", "AVeriTeC score", 0.27, None, "AVeriTeC", None),
            ("0.41 for HiSS", "AVeriTeC score", 0.41, None, "AVeriTeC", "HiSS"),
            ("macro-F1 of 72.5", "macro-F1", 72.5, None, "HoVer", "Ylgrath"),
            ("68.9", "macro-F1", 68.9, None, "HoVer", "Ylgrath"),
            ("64.0", "macro-F1", 64.0, None, "HoVer", "Ylgrath"),
            ("by 4.2 to 6.8 points", "macro-F1", 6.8, "points", "HoVer", "Ylgrath", {"low": 4.2}),
            ("+1.4 macro-F1", "macro-F1", 1.4, None, "LIAR-New", "Ylgrath"),
            ("3.1 search queries per claim", "search queries per claim", 3.1, None, None, "Ylgrath"),
            ("58% fewer", "search queries reduction", 58, "%", None, "Ylgrath"),
            ("in 9.4 s", "latency", 9.4, "s", None, "Ylgrath"),
        ],
    },
    {
        "field": "content-moderation",
        "title": "Ymorvik: Code-Switching-Aware Cross-Lingual Transfer for Hate Speech Detection in African Languages",
        "text": (
            "Hate speech detection for African languages is hampered by scarce labels and by pervasive "
            "code-switching with English, French or Arabic, which multilingual encoders pre-trained on monolingual "
            "text handle poorly. We introduce Ymorvik, a continued pre-training and fine-tuning scheme for "
            "AfroXLMR-large that synthesises code-switched sentences from bilingual lexicons, aligns them with their "
            "monolingual counterparts through a contrastive objective, and fine-tunes on English hate speech data "
            "before a few-shot adaptation step in each target language. We evaluate on AfriHate, which covers 15 "
            "African languages with tweets labelled as hateful, abusive or neutral. With 100 labelled tweets per "
            "language, Ymorvik achieves an average macro-F1 of 63.7 on AfriHate, compared with 55.2 for "
            "AfroXLMR-large fine-tuned the same way, 51.8 for XLM-R-large and 48.9 for GPT-4o with 20 in-context "
            "examples. The improvements concentrate on the most code-mixed languages: on Nigerian Pidgin, Hausa and "
            "Swahili, macro-F1 rises by 11.4, 9.8 and 8.1 points, respectively. In the full-data setting, Ymorvik "
            "outperforms AfroXLMR-large on 13 of the 15 languages. On the French and Arabic functional tests of "
            "Multilingual HateCheck, Ymorvik reduces the error rate on counter-speech and reclaimed slurs by 27% "
            "relative to the baseline, the two categories that moderation systems most often flag wrongly. We "
            "release the synthetic code-switched corpus and the models."
        ),
        "spans": [
            ("Ymorvik", "M"), ("Cross-Lingual Transfer", "T"), ("Hate Speech Detection", "T"),
            ("Hate speech detection", "T"), ("continued pre-training", "M"), ("AfroXLMR-large", "M"),
            ("AfriHate", "D"), ("average macro-F1", "X"), ("macro-F1", "X"), ("XLM-R-large", "M"),
            ("GPT-4o", "M"), ("Multilingual HateCheck", "D"), ("error rate", "X"),
        ],
        "results": [
            ("average macro-F1 of 63.7", "macro-F1", 63.7, None, "AfriHate", "Ymorvik"),
            ("55.2", "macro-F1", 55.2, None, "AfriHate", "AfroXLMR-large"),
            ("51.8", "macro-F1", 51.8, None, "AfriHate", "XLM-R-large"),
            ("48.9", "macro-F1", 48.9, None, "AfriHate", "GPT-4o"),
            ("11.4", "macro-F1", 11.4, "points", None, None),
            ("9.8", "macro-F1", 9.8, "points", None, None),
            ("8.1 points", "macro-F1", 8.1, "points", None, None),
            ("13 of the 15 languages", "languages won", 13, None, None, "Ymorvik"),
            ("reduces the error rate on counter-speech and reclaimed slurs by 27%", "error rate reduction", 27, "%",
             "Multilingual HateCheck", "Ymorvik"),
        ],
    },
    {
        "field": "content-moderation",
        "title": "Ynderhal: Counterfactual Identity Rewriting Reduces Unintended Bias in Toxicity Classifiers "
                 "without Group Labels",
        "text": (
            "Classifiers for toxicity detection trained on user comments learn to associate identity terms such as "
            "'gay', 'Muslim' or 'Black' with toxicity, and so flag benign comments that merely mention these groups. "
            "Mitigation methods such as Group DRO need identity annotations for every training example, while "
            "counterfactual logit pairing (CLP) relies on hand-written lists of identity-term substitutions that "
            "ignore context. We propose Ynderhal, which prompts an instruction-tuned LLM to rewrite each training "
            "comment so that the mentioned identity group changes while tone and content are preserved, discards "
            "rewrites whose toxicity label would change according to an ensemble of classifiers, and trains with a "
            "consistency loss between original and rewritten comments. No group labels are used. We fine-tune "
            "DeBERTa-v3-base on the Civil Comments portion of the Jigsaw Unintended Bias benchmark. On the Civil "
            "Comments test set, Ynderhal keeps overall AUC at 96.9 (vs. 97.1 for standard ERM) while raising the "
            "lowest subgroup AUC from 83.2 to 89.6 and the lowest BPSN AUC from 78.5 to 87.0. Ynderhal comes within "
            "0.6 points of Group DRO in worst-group accuracy, although Group DRO uses group labels, and it beats CLP "
            "on all 24 identity subgroups. On HateCheck, Ynderhal lowers the false positive rate on non-hateful "
            "identity mentions from 41% with ERM to 17%. Training takes 1.4\u00d7 as long as ERM because of the "
            "extra forward pass over rewritten comments."
        ),
        "spans": [
            ("Ynderhal", "M"), ("toxicity detection", "T"), ("Group DRO", "M"),
            ("counterfactual logit pairing", "M"), ("CLP", "M"), ("LLM", "M"), ("DeBERTa-v3-base", "M"),
            ("Civil Comments", "D"), ("Jigsaw Unintended Bias", "D"), ("overall AUC", "X"), ("ERM", "M"),
            ("subgroup AUC", "X"), ("BPSN AUC", "X"), ("worst-group accuracy", "X"), ("HateCheck", "D"),
            ("false positive rate", "X"),
        ],
        "results": [
            ("overall AUC at 96.9", "AUC", 96.9, None, "Civil Comments", "Ynderhal"),
            ("97.1 for standard ERM", "AUC", 97.1, None, "Civil Comments", "ERM"),
            ("subgroup AUC from 83.2 to 89.6", "subgroup AUC", 89.6, None, "Civil Comments", "Ynderhal"),
            ("BPSN AUC from 78.5 to 87.0", "BPSN AUC", 87.0, None, "Civil Comments", "Ynderhal"),
            ("within 0.6 points", "worst-group accuracy", 0.6, "points", None, "Ynderhal"),
            ("all 24 identity subgroups", "identity subgroups won", 24, None, None, "Ynderhal"),
            ("41% with ERM", "false positive rate", 41, "%", "HateCheck", "ERM"),
            ("17%", "false positive rate", 17, "%", "HateCheck", "Ynderhal"),
            ("1.4\u00d7 as long", "training time", 1.4, "\u00d7", None, None),
        ],
    },
]
