"""dev24 records: sentiment-analysis (6) and handwriting-recognition (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Jyvora", "Jylthen", "Jyskard", "Jyrrow", "Jybrance", "Jyndral",
          "Jyquell", "Jyxolin", "Jypherd", "Jyvanth", "Jymbrel", "Jyltrace"]

RECS = [
    # ------------------------------------------------------------ sentiment-analysis
    {
        "field": "sentiment-analysis",
        "title": "Jyvora: Dependency-Path Prompting of Frozen Encoder-Decoders for Aspect-Based Sentiment "
                 "Classification",
        "text": (
            "Aspect-based sentiment analysis (ABSA) asks for the polarity expressed towards a given aspect term, and "
            "on sentences that mention several aspects with conflicting opinions even large language models (LLMs) "
            "such as GPT-4o often attach an opinion to the wrong target. Graph-based models such as DualGCN and "
            "SSEGCN exploit dependency trees to link aspects to their opinion words but cannot draw on the world "
            "knowledge of pretrained generators. We propose Jyvora, which encodes the pruned dependency path between "
            "an aspect and its opinion words as a short sequence of continuous prompt vectors and prepends it to a "
            "frozen Flan-T5-large encoder-decoder; only the prompt generator and LoRA adapters are trained. On the "
            "restaurant and laptop domains of SemEval-2014 Task 4 (Rest14 and Lap14) and on the Twitter dataset, "
            "Jyvora reaches accuracies of 88.9%, 83.7% and 78.4% and macro-F1 scores of 84.1, 80.6 and 77.2, "
            "respectively. Jyvora improves over InstructABSA by 1.2 accuracy points on Lap14 and over DualGCN by 3.5 "
            "macro-F1 points on Rest14. Zero-shot GPT-4o, prompted with the same aspect, obtains 82.3% accuracy on "
            "Rest14 and 79.0% on Lap14. On the ARTS robustness test set, whose sentences reverse or add aspects, "
            "Jyvora keeps an aspect robustness score (ARS) of 71.5%, against 58.2% for RoBERTa. Because each prompt "
            "can be decoded back into the path it encodes, the errors of the model are also easier to inspect."
        ),
        "spans": [
            ("Jyvora", "M"), ("Aspect-Based Sentiment Classification", "T"), ("Aspect-based sentiment analysis", "T"),
            ("ABSA", "T"), ("large language models", "M"), ("LLMs", "M"), ("GPT-4o", "M"), ("DualGCN", "M"),
            ("SSEGCN", "M"), ("Flan-T5-large", "M"), ("LoRA", "M"), ("SemEval-2014 Task 4", "D"), ("Rest14", "D"),
            ("Lap14", "D"), ("Twitter", "D"), ("accuracies", "X"), ("macro-F1", "X"), ("InstructABSA", "M"),
            ("accuracy", "X"), ("ARTS", "D"), ("aspect robustness score", "X"), ("ARS", "X"), ("RoBERTa", "M"),
        ],
        "results": [
            ("accuracies of 88.9%", "accuracy", 88.9, "%", "Rest14", "Jyvora"),
            ("83.7%", "accuracy", 83.7, "%", "Lap14", "Jyvora"),
            ("78.4%", "accuracy", 78.4, "%", "Twitter", "Jyvora"),
            ("macro-F1 scores of 84.1", "macro-F1", 84.1, None, "Rest14", "Jyvora"),
            ("80.6", "macro-F1", 80.6, None, "Lap14", "Jyvora"),
            ("77.2", "macro-F1", 77.2, None, "Twitter", "Jyvora"),
            ("1.2 accuracy points", "accuracy", 1.2, "points", "Lap14", "Jyvora"),
            ("3.5 macro-F1 points", "macro-F1", 3.5, "points", "Rest14", "Jyvora"),
            ("82.3% accuracy", "accuracy", 82.3, "%", "Rest14", "GPT-4o"),
            ("79.0%", "accuracy", 79.0, "%", "Lap14", "GPT-4o"),
            ("aspect robustness score (ARS) of 71.5%", "ARS", 71.5, "%", "ARTS", "Jyvora"),
            ("58.2%", "ARS", 58.2, "%", "ARTS", "RoBERTa"),
        ],
    },
    {
        "field": "sentiment-analysis",
        "title": "Jylthen: Distilling Rationales from Large Language Models into Compact Encoders for Sentence-Level "
                 "Sentiment Classification",
        "text": (
            "Instruction-tuned large language models are strong at sentence-level sentiment classification, but "
            "serving them for every review or post is too expensive for most production systems. We present Jylthen, "
            "a recipe that distills rationales and soft labels produced by GPT-4o-mini into a 22M-parameter MiniLM "
            "encoder with a multi-task objective: the student predicts the label and, through a lightweight decoder "
            "that is discarded at inference, reconstructs the rationale. We evaluate on SST-2, SST-5, IMDb, Yelp-5 "
            "and the sentiment task of TweetEval. Jylthen obtains 94.6% accuracy on SST-2 and 57.9% on SST-5, within "
            "1.1 and 0.8 points of its teacher, and surpasses DistilBERT fine-tuned on gold labels by 2.4 and 3.6 "
            "points. Jylthen reaches 69.8% accuracy on Yelp-5 compared with 67.1% for TinyBERT-4, and on TweetEval "
            "its macro-averaged recall is 72.3 (RoBERTa-base: 72.6). On IMDb, Jylthen scores 93.9% accuracy even when "
            "reviews are truncated to 512 tokens. Because only the encoder is kept, Jylthen classifies 8,900 "
            "sentences per second on a single A100 GPU, a 41\u00d7 higher throughput than Llama-3.1-8B-Instruct served "
            "with vLLM, and its latency on a laptop CPU is 3.8 ms per sentence. Ablations show that rationale "
            "reconstruction accounts for most of the gain on SST-5, where labels are fine-grained, whereas soft labels "
            "matter most on TweetEval."
        ),
        "spans": [
            ("Jylthen", "M"), ("Large Language Models", "M"), ("Sentence-Level Sentiment Classification", "T"),
            ("large language models", "M"), ("sentence-level sentiment classification", "T"), ("GPT-4o-mini", "M"),
            ("MiniLM", "M"), ("SST-2", "D"), ("SST-5", "D"), ("IMDb", "D"), ("Yelp-5", "D"), ("TweetEval", "D"),
            ("accuracy", "X"), ("DistilBERT", "M"), ("TinyBERT-4", "M"), ("macro-averaged recall", "X"),
            ("RoBERTa-base", "M"), ("sentences per second", "X"), ("throughput", "X"),
            ("Llama-3.1-8B-Instruct", "M"), ("latency", "X"),
        ],
        "results": [
            ("94.6% accuracy", "accuracy", 94.6, "%", "SST-2", "Jylthen"),
            ("57.9%", "accuracy", 57.9, "%", "SST-5", "Jylthen"),
            ("within 1.1", "accuracy", 1.1, "points", "SST-2", "Jylthen"),
            ("0.8 points", "accuracy", 0.8, "points", "SST-5", "Jylthen"),
            ("by 2.4", "accuracy", 2.4, "points", "SST-2", "Jylthen"),
            ("3.6 points", "accuracy", 3.6, "points", "SST-5", "Jylthen"),
            ("69.8% accuracy", "accuracy", 69.8, "%", "Yelp-5", "Jylthen"),
            ("67.1%", "accuracy", 67.1, "%", "Yelp-5", "TinyBERT-4"),
            ("macro-averaged recall is 72.3", "macro-averaged recall", 72.3, None, "TweetEval", "Jylthen"),
            ("72.6", "macro-averaged recall", 72.6, None, "TweetEval", "RoBERTa-base"),
            ("93.9% accuracy", "accuracy", 93.9, "%", "IMDb", "Jylthen"),
            ("8,900 sentences per second", "throughput", 8900, "sentences/s", None, "Jylthen"),
            ("41\u00d7 higher throughput", "throughput", 41, "\u00d7", None, "Jylthen"),
            ("latency on a laptop CPU is 3.8 ms", "latency", 3.8, "ms", None, "Jylthen"),
        ],
    },
    {
        "field": "sentiment-analysis",
        "title": "Jyskard: Boundary-Contrastive Span Tagging for Aspect Sentiment Triplet Extraction",
        "text": (
            "Aspect sentiment triplet extraction (ASTE) requires a model to output every (aspect term, opinion term, "
            "sentiment polarity) triplet in a sentence. Span-based taggers such as Span-ASTE and table-filling models "
            "such as GTS and BDTF lead the task, but a large share of their errors are boundary errors, in which a "
            "predicted aspect or opinion overlaps the gold span but misses or adds a word. Jyskard addresses these "
            "errors with a boundary-contrastive objective that contrasts each gold span with its one-word-shifted "
            "neighbours, and with a pairing module that scores aspect\u2013opinion pairs by biaffine attention over a "
            "BERT-base encoder. Jyskard achieves triplet F1 scores of 66.8, 76.9, 68.5 and 75.3 on the 14Lap, 14Res, "
            "15Res and 16Res subsets of ASTE-Data-v2, respectively. Averaged over the four subsets, Jyskard reaches a "
            "triplet F1 of 71.9, against 69.6 for BDTF and 66.4 for Span-ASTE. The gains are concentrated in "
            "multi-word spans: on triplets whose aspect has three or more words, Jyskard raises F1 from 48.2 for BDTF "
            "to 56.7. The number of boundary errors falls by 31% overall. With RoBERTa-large as its encoder, Jyskard "
            "lifts the average F1 to 74.0 (+2.1). Jyskard also remains efficient: with BERT-base it decodes a "
            "sentence in 6.2 ms on a GPU, 2.7\u00d7 faster than the generative baseline BARTABSA."
        ),
        "spans": [
            ("Jyskard", "M"), ("Aspect Sentiment Triplet Extraction", "T"), ("Aspect sentiment triplet extraction", "T"),
            ("ASTE", "T"), ("Span-ASTE", "M"), ("GTS", "M"), ("BDTF", "M"), ("biaffine attention", "M"),
            ("BERT-base", "M"), ("triplet F1", "X"), ("14Lap", "D"), ("14Res", "D"), ("15Res", "D"), ("16Res", "D"),
            ("ASTE-Data-v2", "D"), ("F1", "X"), ("number of boundary errors", "X"), ("RoBERTa-large", "M"),
            ("average F1", "X"), ("BARTABSA", "M"),
        ],
        "results": [
            ("triplet F1 scores of 66.8", "F1", 66.8, None, "14Lap", "Jyskard"),
            ("76.9", "F1", 76.9, None, "14Res", "Jyskard"),
            ("68.5", "F1", 68.5, None, "15Res", "Jyskard"),
            ("75.3", "F1", 75.3, None, "16Res", "Jyskard"),
            ("triplet F1 of 71.9", "F1", 71.9, None, None, "Jyskard"),
            ("69.6", "F1", 69.6, None, None, "BDTF"),
            ("66.4", "F1", 66.4, None, None, "Span-ASTE"),
            ("F1 from 48.2", "F1", 48.2, None, None, "BDTF"),
            ("56.7", "F1", 56.7, None, None, "Jyskard"),
            ("number of boundary errors falls by 31%", "boundary error reduction", 31, "%", None, None),
            ("average F1 to 74.0", "F1", 74.0, None, None, "Jyskard"),
            ("+2.1", "F1", 2.1, "points", None, "Jyskard"),
            ("in 6.2 ms", "decoding time", 6.2, "ms", None, "Jyskard"),
            ("2.7\u00d7 faster", "speed-up", 2.7, "\u00d7", None, "Jyskard"),
        ],
    },
    {
        "field": "sentiment-analysis",
        "title": "Jyrrow: Confidence-Weighted Voting over Element Orders for Aspect Sentiment Quad Prediction",
        "text": (
            "Aspect sentiment quad prediction (ASQP) extracts aspect terms, aspect categories, opinion terms and "
            "sentiment polarities jointly, and generative approaches built on T5 have become the standard way to "
            "solve it. Because the order in which the four elements are linearized shapes what the decoder learns, "
            "DLO and MvP train on several element orders and aggregate their predictions, yet they weight every order "
            "equally at inference. We introduce Jyrrow, which learns an order-specific confidence estimator from the "
            "decoder's own token probabilities and merges the candidate quads of eight element orders by "
            "confidence-weighted voting. Like its baselines, Jyrrow is trained on T5-base, and it adds less than 2% "
            "to training time. On Rest15 and Rest16, Jyrrow reaches F1 scores of 53.9 and 64.2, exceeding MvP (51.0 "
            "and 62.0) and Paraphrase (46.9 and 57.9). On the Laptop-ACOS and Restaurant-ACOS datasets, which also "
            "contain implicit aspects and opinions, Jyrrow attains 46.1 and 63.7 F1, respectively. In a low-resource "
            "setting with 10% of the Rest16 training data, Jyrrow outperforms MvP by 4.8 F1 points. We further compare "
            "with Llama-3-8B fine-tuned with LoRA on the same data, which scores 60.5 F1 on Rest16 while requiring "
            "9\u00d7 the inference time of Jyrrow, and with few-shot GPT-4, which reaches only 41.2 F1 on Rest16."
        ),
        "spans": [
            ("Jyrrow", "M"), ("Aspect Sentiment Quad Prediction", "T"), ("Aspect sentiment quad prediction", "T"),
            ("ASQP", "T"), ("T5", "M"), ("T5-base", "M"), ("DLO", "M"), ("MvP", "M"), ("training time", "X"),
            ("Rest15", "D"), ("Rest16", "D"), ("F1", "X"), ("Paraphrase", "M"), ("Laptop-ACOS", "D"),
            ("Restaurant-ACOS", "D"), ("Llama-3-8B", "M"), ("LoRA", "M"), ("inference time", "X"), ("GPT-4", "M"),
        ],
        "results": [
            ("less than 2% to training time", "training time", 2, "%", None, "Jyrrow"),
            ("F1 scores of 53.9", "F1", 53.9, None, "Rest15", "Jyrrow"),
            ("64.2", "F1", 64.2, None, "Rest16", "Jyrrow"),
            ("51.0", "F1", 51.0, None, "Rest15", "MvP"),
            ("62.0", "F1", 62.0, None, "Rest16", "MvP"),
            ("46.9", "F1", 46.9, None, "Rest15", "Paraphrase"),
            ("57.9", "F1", 57.9, None, "Rest16", "Paraphrase"),
            ("46.1", "F1", 46.1, None, "Laptop-ACOS", "Jyrrow"),
            ("63.7 F1", "F1", 63.7, None, "Restaurant-ACOS", "Jyrrow"),
            ("4.8 F1 points", "F1", 4.8, "points", "Rest16", "Jyrrow"),
            ("60.5 F1", "F1", 60.5, None, "Rest16", "Llama-3-8B"),
            ("9\u00d7 the inference time", "inference time", 9, "\u00d7", None, "Llama-3-8B"),
            ("41.2 F1", "F1", 41.2, None, "Rest16", "GPT-4"),
        ],
    },
    {
        "field": "sentiment-analysis",
        "title": "Jybrance: Learning from Synthetic Code-Switching for Low-Resource African Sentiment Analysis",
        "text": (
            "Sentiment analysis for African languages is hampered by scarce labelled data and by frequent "
            "code-switching with English and French in social media posts. We introduce Jybrance, a pretraining "
            "scheme for multilingual encoders that builds synthetic code-switched sentences by aligning bilingual "
            "lexicons to tweets and trains the encoder to recover both the switched words and a weak sentiment signal "
            "derived from emojis. Starting from AfroXLMR-large, Jybrance is pretrained on 14 GB of unlabelled tweets "
            "in 16 African languages and then fine-tuned on the AfriSenti benchmark of SemEval-2023 Task 12. In the "
            "monolingual track, Jybrance reaches an average weighted F1 of 68.4 over the 12 languages, 2.9 points "
            "above AfroXLMR-large and 5.6 above XLM-R-large, and it ranks first on 9 of the 12 languages. In the "
            "zero-shot track, where Tigrinya and Oromo have no training data, Jybrance obtains 57.1 and 49.8 weighted "
            "F1, respectively, compared with 51.3 and 44.0 for the best system of the shared task. Gains are largest "
            "for Nigerian Pidgin and Hausa, whose test sets contain the most code-switching. On NollySenti, a corpus "
            "of Nollywood movie reviews, Jybrance transfers without further tuning and reaches 80.2% accuracy. GPT-4o "
            "prompted in English lags far behind, at 55.9 weighted F1 in the monolingual track. We release the "
            "pretraining corpus and all checkpoints."
        ),
        "spans": [
            ("Jybrance", "M"), ("Sentiment Analysis", "T"), ("Sentiment analysis", "T"), ("AfroXLMR-large", "M"),
            ("AfriSenti", "D"), ("SemEval-2023 Task 12", "D"), ("average weighted F1", "X"), ("weighted F1", "X"),
            ("XLM-R-large", "M"), ("NollySenti", "D"), ("accuracy", "X"), ("GPT-4o", "M"),
        ],
        "results": [
            ("average weighted F1 of 68.4", "weighted F1", 68.4, None, None, "Jybrance"),
            ("2.9 points", "weighted F1", 2.9, "points", None, "Jybrance"),
            ("5.6 above", "weighted F1", 5.6, "points", None, "Jybrance"),
            ("ranks first on 9 of the 12 languages", "languages ranked first", 9, None, None, "Jybrance"),
            ("57.1", "weighted F1", 57.1, None, None, "Jybrance"),
            ("49.8 weighted F1", "weighted F1", 49.8, None, None, "Jybrance"),
            ("51.3", "weighted F1", 51.3, None, None, None),
            ("44.0", "weighted F1", 44.0, None, None, None),
            ("80.2% accuracy", "accuracy", 80.2, "%", "NollySenti", "Jybrance"),
            ("55.9 weighted F1", "weighted F1", 55.9, None, None, "GPT-4o"),
        ],
    },
    {
        "field": "sentiment-analysis",
        "title": "Jyndral: Aspect-Disentangled Contrastive Representations for Aspect-Based Sentiment Analysis on "
                 "Multi-Aspect Sentences",
        "text": (
            "Most sentences in the SemEval ABSA benchmarks mention a single aspect, or several aspects that share one "
            "polarity, so aspect-level classifiers can score well by recognising the overall tone of a sentence. The "
            "MAMS dataset was built to remove this shortcut, and models trained on it still confuse the polarities of "
            "co-occurring aspects. We propose Jyndral, which splits the contextual representation of a "
            "DeBERTa-v3-large encoder into one subspace per aspect through an orthogonality-constrained projection "
            "and trains it with supervised contrastive learning that pulls together aspects of equal polarity across "
            "sentences while pushing apart the aspects of the same sentence. On MAMS, Jyndral obtains 87.2% accuracy "
            "and 86.5 macro-F1 for aspect term sentiment analysis (ATSA) and 81.9% accuracy for aspect category "
            "sentiment analysis (ACSA), improving over the baseline CapsNet-BERT by 3.9 and 2.7 accuracy points. "
            "Compared with KGAN, Jyndral reduces the error rate on MAMS sentences with conflicting polarities by 24% "
            "[from 19.3% to 14.6%]. On Rest14 sentences that express sentiment only implicitly, Jyndral achieves "
            "79.3% accuracy against 75.8% for the three-hop reasoning method THOR built on Flan-T5-XXL. Because a "
            "single encoder pass serves all aspects of a sentence, Jyndral processes the MAMS test set 5.1\u00d7 "
            "faster than models that encode each aspect separately."
        ),
        "spans": [
            ("Jyndral", "M"), ("Aspect-Based Sentiment Analysis", "T"), ("SemEval", "D"), ("ABSA", "T"),
            ("MAMS", "D"), ("DeBERTa-v3-large", "M"), ("supervised contrastive learning", "M"), ("accuracy", "X"),
            ("macro-F1", "X"), ("aspect term sentiment analysis", "T"), ("ATSA", "T"),
            ("aspect category sentiment analysis", "T"), ("ACSA", "T"), ("CapsNet-BERT", "M"), ("KGAN", "M"),
            ("error rate", "X"), ("Rest14", "D"), ("THOR", "M"), ("Flan-T5-XXL", "M"),
        ],
        "results": [
            ("87.2% accuracy", "accuracy", 87.2, "%", "MAMS", "Jyndral"),
            ("86.5 macro-F1", "macro-F1", 86.5, None, "MAMS", "Jyndral"),
            ("81.9% accuracy", "accuracy", 81.9, "%", "MAMS", "Jyndral"),
            ("by 3.9", "accuracy", 3.9, "points", "MAMS", "Jyndral"),
            ("2.7 accuracy points", "accuracy", 2.7, "points", "MAMS", "Jyndral"),
            ("by 24%", "error rate reduction", 24, "%", "MAMS", "Jyndral"),
            ("14.6%", "error rate", 14.6, "%", "MAMS", "Jyndral"),
            ("79.3% accuracy", "accuracy", 79.3, "%", "Rest14", "Jyndral"),
            ("75.8%", "accuracy", 75.8, "%", "Rest14", "THOR"),
            ("5.1\u00d7 faster", "speed-up", 5.1, "\u00d7", "MAMS", "Jyndral"),
        ],
    },
    # ------------------------------------------------------------ handwriting-recognition
    {
        "field": "handwriting-recognition",
        "title": "Jyquell: A Non-Autoregressive Line Recognizer with Latent Alignment Distillation for Handwritten "
                 "Text Recognition",
        "text": (
            "Transformer-based recognizers such as TrOCR have set strong results in handwritten text recognition "
            "(HTR), but their autoregressive decoders are slow, and their accuracy depends on pretraining with "
            "hundreds of millions of synthetic lines. Lighter CTC-based models run quickly yet trail in accuracy on "
            "cursive and degraded writing. We present Jyquell, a non-autoregressive line recognizer built from a "
            "hierarchical vision Transformer encoder and a CTC head, trained with latent alignment distillation from "
            "an autoregressive teacher so that the CTC head inherits the linguistic context of the teacher. On the "
            "IAM line-level benchmark, Jyquell reaches a character error rate (CER) of 2.7% and a word error rate "
            "(WER) of 8.6% without an external language model, compared with 2.9% CER for TrOCR-Large. On RIMES and "
            "on the Italian LAM dataset, the CER is 2.1% and 2.6%, respectively. Jyquell transcribes a line in 11 ms "
            "on an RTX 4090, 12.4\u00d7 faster than TrOCR-Large with beam search. With a character 6-gram language "
            "model and CTC prefix beam search, Jyquell lowers the IAM CER further to 2.3%. Ablations confirm that "
            "distillation, not the encoder alone, accounts for most of the gain: without it, CER on IAM rises to "
            "3.8%, and the gap to TrOCR-Large on lines with more than 40 characters widens. Jyquell is trained from "
            "scratch on public data only and needs no synthetic pretraining, which makes it easy to retrain for new "
            "scripts and collections."
        ),
        "spans": [
            ("Jyquell", "M"), ("Latent Alignment Distillation", "M"), ("Handwritten Text Recognition", "T"),
            ("Transformer", "M"), ("TrOCR", "M"), ("handwritten text recognition", "T"), ("HTR", "T"),
            ("accuracy", "X"), ("CTC", "M"), ("vision Transformer", "M"), ("latent alignment distillation", "M"),
            ("IAM", "D"), ("character error rate", "X"), ("CER", "X"), ("word error rate", "X"), ("WER", "X"),
            ("language model", "M"), ("TrOCR-Large", "M"), ("RIMES", "D"), ("LAM", "D"), ("beam search", "M"),
            ("CTC prefix beam search", "M"), ("distillation", "M"),
        ],
        "results": [
            ("character error rate (CER) of 2.7%", "CER", 2.7, "%", "IAM", "Jyquell"),
            ("word error rate (WER) of 8.6%", "WER", 8.6, "%", "IAM", "Jyquell"),
            ("2.9% CER", "CER", 2.9, "%", "IAM", "TrOCR-Large"),
            ("2.1%", "CER", 2.1, "%", "RIMES", None),
            ("2.6%", "CER", 2.6, "%", "LAM", None),
            ("in 11 ms", "latency", 11, "ms", None, "Jyquell"),
            ("12.4\u00d7 faster", "speed-up", 12.4, "\u00d7", None, "Jyquell"),
            ("IAM CER further to 2.3%", "CER", 2.3, "%", "IAM", "Jyquell"),
            ("CER on IAM rises to 3.8%", "CER", 3.8, "%", "IAM", None),
        ],
    },
    {
        "field": "handwriting-recognition",
        "title": "Jyxolin: Reading-Order Graphs for Parallel Decoding in Full-Page Handwritten Text Recognition",
        "text": (
            "End-to-end page-level handwritten text recognition models such as the Document Attention Network (DAN) "
            "transcribe a whole page without a separate line segmentation step, but they emit one character at a "
            "time, so that a dense page takes several seconds to decode. Faster DAN decodes lines in parallel once "
            "their first characters are predicted, at some cost in accuracy. We propose Jyxolin, which predicts a "
            "reading-order graph over text regions with a lightweight detection head and then decodes all lines of a "
            "page simultaneously, conditioning each line on the hidden state of its predecessor in the graph rather "
            "than on its emitted characters. Layout tokens for marginalia, titles and page numbers are predicted "
            "jointly with the text. On the page-level RIMES 2009 and READ 2016 datasets, Jyxolin obtains CERs of 4.1% "
            "and 3.2%, against 4.5% and 3.6% for DAN and 6.4% and 3.8% for Faster DAN, together with layout ordering "
            "error rates (LOER) of 3.5% and 4.4%. Jyxolin decodes a RIMES 2009 page in 0.52 s on average on a single "
            "A40 GPU, 7.9\u00d7 faster than DAN and 1.6\u00d7 faster than Faster DAN. On the double-page images of "
            "READ 2016, where the order in which the two pages are read matters most, Jyxolin reduces LOER by 38% "
            "relative to DAN. The errors that remain are concentrated in marginal notes written at an angle, which "
            "we leave for future work."
        ),
        "spans": [
            ("Jyxolin", "M"), ("Handwritten Text Recognition", "T"), ("handwritten text recognition", "T"),
            ("Document Attention Network", "M"), ("DAN", "M"), ("line segmentation", "T"), ("Faster DAN", "M"),
            ("accuracy", "X"), ("RIMES 2009", "D"), ("READ 2016", "D"), ("CERs", "X"),
            ("layout ordering error rates", "X"), ("LOER", "X"),
        ],
        "results": [
            ("CERs of 4.1%", "CER", 4.1, "%", "RIMES 2009", "Jyxolin"),
            ("3.2%", "CER", 3.2, "%", "READ 2016", "Jyxolin"),
            ("4.5%", "CER", 4.5, "%", "RIMES 2009", "DAN"),
            ("3.6%", "CER", 3.6, "%", "READ 2016", "DAN"),
            ("6.4%", "CER", 6.4, "%", "RIMES 2009", "Faster DAN"),
            ("3.8%", "CER", 3.8, "%", "READ 2016", "Faster DAN"),
            ("3.5%", "LOER", 3.5, "%", "RIMES 2009", "Jyxolin"),
            ("4.4%", "LOER", 4.4, "%", "READ 2016", "Jyxolin"),
            ("in 0.52 s", "decoding time", 0.52, "s", "RIMES 2009", "Jyxolin"),
            ("7.9\u00d7 faster", "speed-up", 7.9, "\u00d7", "RIMES 2009", "Jyxolin"),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", "RIMES 2009", "Jyxolin"),
            ("reduces LOER by 38%", "LOER reduction", 38, "%", "READ 2016", "Jyxolin"),
        ],
    },
    {
        "field": "handwriting-recognition",
        "title": "Jypherd: Style Tokens for Few-Shot Adaptation of Handwritten Text Recognition to Historical Archives",
        "text": (
            "Transcribing historical manuscripts with handwritten text recognition (HTR) still requires hundreds of "
            "annotated lines for every new collection, because hands, scripts and abbreviation systems differ from "
            "one archive to the next. We study few-shot adaptation of a recognizer pretrained on modern and "
            "historical lines and introduce Jypherd, which freezes the visual backbone, inserts a small set of style "
            "tokens into the decoder and learns them from as few as 16 transcribed lines, starting from an "
            "initialisation obtained by meta-learning across 40 pretraining collections. Jypherd is evaluated on five "
            "collections outside its pretraining data: Bentham, Saint Gall, Washington, Parzival and the early modern "
            "Spanish Rodrigo corpus. With 16 adaptation lines, Jypherd reaches CERs between 4.8% and 11.2% across the "
            "five, reducing the CER of a fully fine-tuned TrOCR-Base by 35% on average. With 100 lines, Jypherd "
            "obtains 3.1% CER on Bentham and 4.6% on Saint Gall, against 3.6% and 5.3% for a CRNN trained on all "
            "available training lines of each collection. On Washington, whose 656 lines come from a single writer, "
            "Jypherd reaches 2.9% CER and 8.7% WER. Adaptation takes under 90 seconds per collection on one GPU, so "
            "archivists can adapt the recognizer to a new hand interactively. We release the adapted models for the "
            "five collections together with a transcription interface."
        ),
        "spans": [
            ("Jypherd", "M"), ("Few-Shot Adaptation", "T"), ("Handwritten Text Recognition", "T"),
            ("handwritten text recognition", "T"), ("HTR", "T"), ("few-shot adaptation", "T"), ("meta-learning", "M"),
            ("Bentham", "D"), ("Saint Gall", "D"), ("Washington", "D"), ("Parzival", "D"), ("Rodrigo", "D"),
            ("CERs", "X"), ("CER", "X"), ("TrOCR-Base", "M"), ("CRNN", "M"), ("WER", "X"),
        ],
        "results": [
            ("CERs between 4.8% and 11.2%", "CER", 11.2, "%", None, "Jypherd", {"low": 4.8}),
            ("reducing the CER of a fully fine-tuned TrOCR-Base by 35%", "CER reduction", 35, "%", None, "Jypherd"),
            ("3.1% CER", "CER", 3.1, "%", "Bentham", "Jypherd"),
            ("4.6%", "CER", 4.6, "%", "Saint Gall", "Jypherd"),
            ("3.6%", "CER", 3.6, "%", "Bentham", "CRNN"),
            ("5.3%", "CER", 5.3, "%", "Saint Gall", "CRNN"),
            ("2.9% CER", "CER", 2.9, "%", "Washington", "Jypherd"),
            ("8.7% WER", "WER", 8.7, "%", "Washington", "Jypherd"),
            ("Adaptation takes under 90 seconds", "adaptation time", 90, "s", None, None),
        ],
    },
    {
        "field": "handwriting-recognition",
        "title": "Jyvanth: Radical-Guided Open-Vocabulary Handwritten Chinese Text Recognition",
        "text": (
            "Handwritten Chinese text recognition (HCTR) must cope with several thousand character classes, many of "
            "which are rare in or entirely absent from the training data. Most line-level recognizers treat each "
            "character as an atomic class and cannot read characters they have not seen. Jyvanth decomposes every "
            "character into its sequence of radicals and predicts, for each frame of a CTC-aligned text line, both a "
            "character label and a radical-level embedding, so that unseen characters can be recognised by matching "
            "the predicted radicals against a dictionary. A lightweight implicit segmentation module based on "
            "deformable attention separates touching characters. We train on CASIA-HWDB 2.0\u20132.2 and evaluate on "
            "the CASIA-HWDB test set and the competition set of ICDAR 2013. Without a language model, Jyvanth reaches "
            "an accurate rate (AR) of 96.21% and a correct rate (CR) of 96.74% on ICDAR 2013, 0.8 AR points above "
            "the strongest published segmentation-free recognizer, and an AR of 97.35% on the CASIA-HWDB test set. "
            "With an external language model, Jyvanth's AR on ICDAR 2013 rises to 97.58%. On characters that never "
            "appear in training, Jyvanth reaches an accuracy of 61.4%, whereas a comparable CTC baseline cannot "
            "recognise any of them. At 4.2 GFLOPs per text line, Jyvanth needs 2.3\u00d7 fewer FLOPs than the "
            "attention-based recognizer of prior work with similar accuracy."
        ),
        "spans": [
            ("Jyvanth", "M"), ("Handwritten Chinese Text Recognition", "T"),
            ("Handwritten Chinese text recognition", "T"), ("HCTR", "T"), ("CTC", "M"), ("deformable attention", "M"),
            ("CASIA-HWDB 2.0\u20132.2", "D"), ("CASIA-HWDB", "D"), ("ICDAR 2013", "D"), ("language model", "M"),
            ("accurate rate", "X"), ("AR", "X"), ("correct rate", "X"), ("CR", "X"), ("accuracy", "X"),
            ("GFLOPs", "X"), ("FLOPs", "X"),
        ],
        "results": [
            ("accurate rate (AR) of 96.21%", "AR", 96.21, "%", "ICDAR 2013", "Jyvanth"),
            ("correct rate (CR) of 96.74%", "CR", 96.74, "%", "ICDAR 2013", "Jyvanth"),
            ("0.8 AR points", "AR", 0.8, "points", "ICDAR 2013", "Jyvanth"),
            ("AR of 97.35%", "AR", 97.35, "%", "CASIA-HWDB", "Jyvanth"),
            ("AR on ICDAR 2013 rises to 97.58%", "AR", 97.58, "%", "ICDAR 2013", "Jyvanth"),
            ("accuracy of 61.4%", "accuracy", 61.4, "%", None, "Jyvanth"),
            ("4.2 GFLOPs", "FLOPs", 4.2, "G", None, "Jyvanth"),
            ("2.3\u00d7 fewer FLOPs", "FLOPs reduction", 2.3, "\u00d7", None, "Jyvanth"),
        ],
    },
    {
        "field": "handwriting-recognition",
        "title": "Jymbrel: Synthetic Ligature Rendering with a Script-Aware Curriculum for Arabic Handwritten Text "
                 "Recognition",
        "text": (
            "Arabic handwriting is cursive, changes letter shapes with context and is rich in diacritics and "
            "overlapping ligatures, which makes handwritten text recognition markedly harder than for Latin scripts, "
            "while annotated Arabic text lines remain scarce. We present Jymbrel, a recognizer trained with a "
            "synthetic data engine that renders text lines from 1,100 Arabic fonts and a stroke-level ligature model, "
            "perturbs them with learned ink, paper and baseline-drift augmentations, and feeds them through a "
            "curriculum that moves from clean printed lines to synthetic handwriting and finally to real data. "
            "Jymbrel uses a TrOCR-style encoder-decoder pretrained on 12 million synthetic lines and is fine-tuned on "
            "each target set. On the unique-text lines of KHATT, Jymbrel reaches a CER of 7.9% and a WER of 24.6%, "
            "compared with 11.2% and 31.8% for TrOCR-Base pretrained only on printed lines. On IFN/ENIT, Jymbrel "
            "attains a word recognition rate of 96.3% under the abcd-e protocol. On the historical Muharaf "
            "manuscripts, Jymbrel pretraining lowers the CER from 14.7% to 9.8%, and on KHATT the curriculum alone is "
            "worth 1.9 CER points. Scaling the synthetic corpus from 1M to 12M lines lowers the CER on KHATT "
            "monotonically, with diminishing returns beyond 8M lines. We release the rendering engine, the list of "
            "fonts and the pretrained checkpoints to support work on other right-to-left scripts."
        ),
        "spans": [
            ("Jymbrel", "M"), ("Handwritten Text Recognition", "T"), ("handwritten text recognition", "T"),
            ("TrOCR", "M"), ("TrOCR-Base", "M"), ("KHATT", "D"), ("CER", "X"), ("WER", "X"), ("IFN/ENIT", "D"),
            ("word recognition rate", "X"), ("Muharaf", "D"),
        ],
        "results": [
            ("CER of 7.9%", "CER", 7.9, "%", "KHATT", "Jymbrel"),
            ("WER of 24.6%", "WER", 24.6, "%", "KHATT", "Jymbrel"),
            ("11.2%", "CER", 11.2, "%", "KHATT", "TrOCR-Base"),
            ("31.8%", "WER", 31.8, "%", "KHATT", "TrOCR-Base"),
            ("word recognition rate of 96.3%", "word recognition rate", 96.3, "%", "IFN/ENIT", "Jymbrel"),
            ("CER from 14.7% to 9.8%", "CER", 9.8, "%", "Muharaf", "Jymbrel"),
            ("1.9 CER points", "CER", 1.9, "points", "KHATT", None),
        ],
    },
    {
        "field": "handwriting-recognition",
        "title": "Jyltrace: A Compact Vision-Language Model for Faithful OCR of Early Modern Prints and Manuscripts",
        "text": (
            "Vision-language models (VLMs) such as Qwen2-VL and GOT-OCR2.0 transcribe modern documents without "
            "explicit line segmentation, but on historical pages they tend to modernise spellings, silently expand "
            "abbreviations and skip marginalia. We present Jyltrace, a compact VLM for diplomatic transcription of "
            "early modern prints and manuscripts. Jyltrace pairs a SigLIP encoder running at native resolution with a "
            "0.5B-parameter Qwen2.5 decoder; it is pretrained on 2.3 million synthetic and public-domain page images "
            "and then refined with supervised fine-tuning on diplomatic transcriptions, using a faithfulness penalty "
            "that discourages normalised spellings. On GT4HistOCR, Jyltrace reaches a page-level CER of 1.1%, "
            "compared with 1.6% for a line-based CRNN ensemble given gold line segmentation and 4.9% for "
            "Qwen2-VL-7B. On the medieval HOME-Alcar cartularies, Jyltrace obtains a flexible character accuracy "
            "(fCA) of 91.4%, 6.2 points above GOT-OCR2.0. On BLN600 newspaper pages, CER falls from 7.3% with "
            "TrOCR-Base to 3.4% with Jyltrace. Jyltrace needs 3.1 GB of GPU memory and transcribes 2.7 pages per "
            "second, making it 5\u00d7 faster than Qwen2-VL-7B. Jyltrace also cuts the abbreviation expansion rate "
            "from 14.0% for Qwen2-VL-7B to 0.8%, which matters for editors who must preserve the abbreviations of "
            "the source."
        ),
        "spans": [
            ("Jyltrace", "M"), ("Vision-Language Model", "M"), ("OCR", "T"), ("Vision-language models", "M"),
            ("VLMs", "M"), ("VLM", "M"), ("Qwen2-VL", "M"), ("Qwen2-VL-7B", "M"), ("GOT-OCR2.0", "M"),
            ("line segmentation", "T"), ("diplomatic transcription", "T"), ("SigLIP", "M"), ("Qwen2.5", "M"),
            ("supervised fine-tuning", "M"), ("GT4HistOCR", "D"), ("CER", "X"), ("CRNN", "M"), ("HOME-Alcar", "D"),
            ("flexible character accuracy", "X"), ("fCA", "X"), ("BLN600", "D"), ("TrOCR-Base", "M"),
            ("GPU memory", "X"), ("pages per second", "X"), ("abbreviation expansion rate", "X"),
        ],
        "results": [
            ("CER of 1.1%", "CER", 1.1, "%", "GT4HistOCR", "Jyltrace"),
            ("1.6%", "CER", 1.6, "%", "GT4HistOCR", "CRNN"),
            ("4.9%", "CER", 4.9, "%", "GT4HistOCR", "Qwen2-VL-7B"),
            ("flexible character accuracy (fCA) of 91.4%", "fCA", 91.4, "%", "HOME-Alcar", "Jyltrace"),
            ("6.2 points", "fCA", 6.2, "points", "HOME-Alcar", "Jyltrace"),
            ("CER falls from 7.3%", "CER", 7.3, "%", "BLN600", "TrOCR-Base"),
            ("3.4%", "CER", 3.4, "%", "BLN600", "Jyltrace"),
            ("3.1 GB of GPU memory", "GPU memory", 3.1, "GB", None, "Jyltrace"),
            ("2.7 pages per second", "throughput", 2.7, "pages/s", None, "Jyltrace"),
            ("5\u00d7 faster", "speed-up", 5, "\u00d7", None, "Jyltrace"),
            ("from 14.0%", "abbreviation expansion rate", 14.0, "%", None, "Qwen2-VL-7B"),
            ("0.8%", "abbreviation expansion rate", 0.8, "%", None, "Jyltrace"),
        ],
    },
]
