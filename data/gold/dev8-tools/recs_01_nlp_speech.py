"""dev8 (annotator h1) records: nlp (5) and speech (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Alderwisp", "Brindlemark", "Cobaltine", "Dapplequill", "Ambervine",
          "Cadenzor", "Driftvox", "Bellwhistle", "Duskreed", "Corvantone"]

RECS = [
    # ------------------------------------------------------------------ nlp
    {
        "field": "nlp",
        "title": "Alderwisp: One-Pass Evidence-Chain Retrieval for Multi-Hop Question Answering with Small Language Models",
        "text": (
            "Retrieval-augmented generation (RAG) has become the default recipe for knowledge-intensive question "
            "answering, but single-shot retrieval struggles when the answer depends on a chain of facts spread over "
            "several documents. Iterative approaches such as IRCoT and Self-RAG interleave retrieval with "
            "chain-of-thought prompting, at the price of many sequential calls to the reader. We introduce Alderwisp, "
            "a retriever that predicts an entire evidence chain in one pass: a bi-encoder proposes candidate passages, "
            "and a lightweight chain scorer, trained with contrastive learning on bridge-entity links, ranks ordered "
            "pairs and triples of passages jointly. The reader, Llama-3.1-8B-Instruct, then answers from the top-ranked "
            "chain in a single generation call. We train the chain scorer on 90K questions from the HotpotQA and "
            "2WikiMultiHopQA training sets and evaluate on HotpotQA, 2WikiMultiHopQA and MuSiQue. Alderwisp reaches an "
            "exact match (EM) of 51.8 on HotpotQA, 58.3 on 2WikiMultiHopQA and 27.4 on MuSiQue, outperforming IRCoT by "
            "4.6, 6.1 and 3.9 EM points, respectively. Its passage recall@5 on MuSiQue is 61.2%, against 48.7% for "
            "Contriever. Because it avoids iterative retrieval, Alderwisp needs a single retrieval round per question, "
            "whereas IRCoT averages 4.3 rounds on HotpotQA. End-to-end latency falls from 3.8 s to 0.9 s per question. "
            "On the held-out Bamboogle set, the F1 of Alderwisp is within 1.2 points of Self-RAG with a 13B reader."
        ),
        "spans": [
            ("Alderwisp", "M"), ("Multi-Hop Question Answering", "T"), ("Small Language Models", "M"),
            ("Retrieval-augmented generation", "M"), ("RAG", "M"), ("question answering", "T"),
            ("IRCoT", "M"), ("Self-RAG", "M"), ("chain-of-thought prompting", "M"), ("bi-encoder", "M"),
            ("contrastive learning", "M"), ("Llama-3.1-8B-Instruct", "M"), ("HotpotQA", "D"),
            ("2WikiMultiHopQA", "D"), ("MuSiQue", "D"), ("exact match", "X"), ("EM", "X"),
            ("passage recall@5", "X"), ("Contriever", "M"), ("iterative retrieval", "M"),
            ("End-to-end latency", "X"), ("Bamboogle", "D"), ("F1", "X"),
        ],
        "results": [
            ("exact match (EM) of 51.8", "exact match", 51.8, None, "HotpotQA", "Alderwisp"),
            ("58.3", "exact match", 58.3, None, "2WikiMultiHopQA", "Alderwisp"),
            ("27.4", "exact match", 27.4, None, "MuSiQue", "Alderwisp"),
            ("4.6", "exact match", 4.6, "points", "HotpotQA", "Alderwisp"),
            ("6.1", "exact match", 6.1, "points", "2WikiMultiHopQA", "Alderwisp"),
            ("3.9 EM points", "exact match", 3.9, "points", "MuSiQue", "Alderwisp"),
            ("passage recall@5 on MuSiQue is 61.2%", "passage recall@5", 61.2, "%", "MuSiQue", None),
            ("48.7%", "passage recall@5", 48.7, "%", "MuSiQue", "Contriever"),
            ("averages 4.3 rounds", "retrieval rounds", 4.3, None, "HotpotQA", "IRCoT"),
            ("End-to-end latency falls from 3.8 s to 0.9 s", "end-to-end latency", 0.9, "s", None, None),
            ("F1 of Alderwisp is within 1.2 points", "F1", 1.2, "points", "Bamboogle", "Alderwisp"),
        ],
    },
    {
        "field": "nlp",
        "title": "Brindlemark: Zero-Shot Detection of Machine-Generated Text via Token-Rank Curvature",
        "text": (
            "For machine-generated text detection, Brindlemark reaches 96.1 AUROC averaged over six source models, "
            "4.8 points above Fast-DetectGPT, without training a classifier. The detector scores a passage by the "
            "curvature of its token ranks under a proxy model, GPT-Neo-2.7B, comparing observed ranks with ranks under "
            "a cheap perturbation distribution computed in one forward pass. We evaluate on the DetectRL and RAID "
            "benchmarks and on student essays from the M4 corpus, with generations from GPT-4o, Claude 3.5 Sonnet, "
            "Llama-3-70B, Mistral-7B, Gemma-2-9B and Qwen2-72B. On RAID, Brindlemark attains an AUROC of 94.7 ± 0.3 "
            "over 3 seeds (Binoculars: 91.2; DetectGPT: 83.5) and a true positive rate at 1% false positive rate "
            "(TPR@1%FPR) of 81.3%. Under paraphrase attacks with DIPPER, the AUROC of Brindlemark falls by 6.9 points, "
            "half the drop of Fast-DetectGPT (13.8). Brindlemark is 3.18times faster than DetectGPT, which needs 100 "
            "perturbations per passage. On essays by non-native English writers, the false positive rate of "
            "Brindlemark is 2.4%, versus 9.7% for a perplexity-threshold baseline. Across the 24 domain-model "
            "combinations of DetectRL, Brindlemark ranks first in 19."
        ),
        "spans": [
            ("Brindlemark", "M"), ("Zero-Shot Detection of Machine-Generated Text", "T"),
            ("machine-generated text detection", "T"), ("AUROC", "X"), ("Fast-DetectGPT", "M"),
            ("GPT-Neo-2.7B", "M"), ("DetectRL", "D"), ("RAID", "D"), ("M4", "D"), ("GPT-4o", "M"),
            ("Claude 3.5 Sonnet", "M"), ("Llama-3-70B", "M"), ("Mistral-7B", "M"), ("Gemma-2-9B", "M"),
            ("Qwen2-72B", "M"), ("Binoculars", "M"), ("DetectGPT", "M"),
            ("true positive rate at 1% false positive rate", "X"), ("TPR@1%FPR", "X"), ("DIPPER", "M"),
            ("false positive rate", "X"),
        ],
        "results": [
            ("96.1 AUROC", "AUROC", 96.1, None, None, "Brindlemark"),
            ("4.8 points above Fast-DetectGPT", "AUROC", 4.8, "points", None, "Brindlemark"),
            ("AUROC of 94.7", "AUROC", 94.7, None, "RAID", "Brindlemark"),
            ("91.2", "AUROC", 91.2, None, "RAID", "Binoculars"),
            ("83.5", "AUROC", 83.5, None, "RAID", "DetectGPT"),
            ("true positive rate at 1% false positive rate "
             "(TPR@1%FPR) of 81.3%", "TPR@1%FPR", 81.3, "%", "RAID", "Brindlemark"),
            ("falls by 6.9 points", "AUROC", 6.9, "points", None, "Brindlemark"),
            ("13.8", "AUROC", 13.8, None, None, "Fast-DetectGPT"),
            ("3.18times faster", "speed-up", 3.18, "×", None, "Brindlemark"),
            ("false positive rate of Brindlemark is 2.4%", "false positive rate", 2.4, "%", None, "Brindlemark"),
            ("9.7%", "false positive rate", 9.7, "%", None, None),
            ("ranks first in 19", "domain-model combinations ranked first", 19, None, "DetectRL", "Brindlemark"),
        ],
    },
    {
        "field": "nlp",
        "title": "Cobaltine: Curriculum Back-Translation with Dialect-Aware Filtering for Low-Resource African Languages",
        "text": (
            "Neural machine translation for low-resource languages still depends heavily on back-translation, yet "
            "synthetic data produced by weak models can reinforce their own errors, particularly for languages with "
            "substantial dialectal variation. This paper asks whether a simple curriculum over synthetic pairs helps. "
            "Cobaltine scores each back-translated sentence with a dialect identifier and with COMETKiwi, introduces "
            "pairs to training in order of increasing estimated difficulty, and discards those scoring below 0.62. We "
            "fine-tune NLLB-200-distilled-600M on 16 African languages, using the MAFAND-MT parallel data together "
            "with 2.1M monolingual sentences per language. On the FLORES-200 devtest, Cobaltine improves chrF++ from "
            "38.4 to 41.1 on average for translation into English, and by 1.9 points out of English. The gains are "
            "not uniform. Cobaltine outperforms standard iterative back-translation on 13 of the 16 languages, but on "
            "Kinyarwanda and Somali it is slightly worse (-0.3 and -0.5 chrF++). In a human evaluation on Hausa and "
            "Yoruba, bilingual annotators preferred Cobaltine outputs in 58% of pairwise comparisons (95% CI: "
            "53-63%). Ablations suggest that the filtering step alone accounts for roughly half of the improvement, "
            "and the curriculum adds about 6 GPU hours to training. We caution that the FLORES-200 references for "
            "several of these languages were translated from English, which may overstate gains in the into-English "
            "direction; results on naturally sourced test sets remain to be established."
        ),
        "spans": [
            ("Cobaltine", "M"), ("Curriculum Back-Translation", "M"), ("machine translation", "T"),
            ("back-translation", "M"), ("iterative back-translation", "M"), ("COMETKiwi", "M"),
            ("NLLB-200-distilled-600M", "M"), ("MAFAND-MT", "D"), ("FLORES-200 devtest", "D"),
            ("FLORES-200", "D"), ("chrF++", "X", {"punct": True}),
        ],
        "results": [
            ("improves chrF++ from 38.4 to 41.1", "chrF++", 41.1, None, "FLORES-200", "Cobaltine"),
            ("by 1.9 points", "chrF++", 1.9, "points", "FLORES-200", "Cobaltine"),
            ("13 of the 16 languages", "languages won", 13, None, None, "Cobaltine"),
            ("-0.3", "chrF++", -0.3, None, None, "Cobaltine"),
            ("-0.5", "chrF++", -0.5, None, None, "Cobaltine"),
            ("58% of pairwise comparisons", "win rate", 58, "%", None, "Cobaltine"),
            ("adds about 6 GPU hours to training", "training time", 6, "GPU hours", None, None),
        ],
    },
    {
        "field": "nlp",
        "title": "Dapplequill: Faithful Long-Document Summarization by Sentence-Level Evidence Alignment",
        "text": (
            "Abstractive summarization of long documents with large language models (LLMs) remains prone to "
            "unsupported statements, and the problem worsens as inputs exceed tens of thousands of tokens. We present "
            "Dapplequill, a decoding-time method that aligns every generated sentence to a set of source spans and "
            "regenerates sentences whose alignment score, estimated with an AlignScore model, falls below 0.5. Unlike "
            "post-hoc editing approaches, Dapplequill needs no additional training and works with any instruction-tuned "
            "model. We evaluate with Llama-3.1-70B-Instruct and Qwen2.5-32B-Instruct on GovReport, arXiv and BookSum, "
            "reporting ROUGE-L, BERTScore and two faithfulness metrics, SummaC and FActScore. With "
            "Llama-3.1-70B-Instruct on GovReport, Dapplequill raises FActScore from 71.3 for greedy decoding to 82.9 "
            "and SummaC by 9.4 points, while ROUGE-L changes by -0.2. Across the three datasets, Dapplequill improves "
            "FActScore by an average of 8.7 points over chain-of-verification (CoVe). Human annotators judged Dapplequill "
            "summaries more faithful in 66% of 300 paired comparisons. The cost is moderate: generation with "
            "Dapplequill takes 1.6× as long as greedy decoding, compared with 3.1× for CoVe. Finally, with the smaller "
            "Qwen2.5-32B-Instruct, Dapplequill retains 96.4% of the 70B model's FActScore on BookSum."
        ),
        "spans": [
            ("Dapplequill", "M"), ("Long-Document Summarization", "T"), ("Abstractive summarization", "T"),
            ("large language models", "M"), ("LLMs", "M"), ("AlignScore", "M"),
            ("Llama-3.1-70B-Instruct", "M"), ("Qwen2.5-32B-Instruct", "M"), ("GovReport", "D"), ("arXiv", "D"),
            ("BookSum", "D"), ("ROUGE-L", "X"), ("BERTScore", "X"), ("SummaC", "X"), ("FActScore", "X"),
            ("greedy decoding", "M"), ("chain-of-verification", "M"), ("CoVe", "M"),
        ],
        "results": [
            ("71.3", "FActScore", 71.3, None, "GovReport", "greedy decoding"),
            ("82.9", "FActScore", 82.9, None, "GovReport", "Dapplequill"),
            ("SummaC by 9.4 points", "SummaC", 9.4, "points", "GovReport", "Dapplequill"),
            ("ROUGE-L changes by -0.2", "ROUGE-L", -0.2, None, "GovReport", "Dapplequill"),
            ("improves FActScore by an average of 8.7 points", "FActScore", 8.7, "points", None, "Dapplequill"),
            ("more faithful in 66%", "win rate", 66, "%", None, "Dapplequill"),
            ("takes 1.6× as long", "generation time", 1.6, "×", None, "Dapplequill"),
            ("3.1×", "generation time", 3.1, "×", None, "CoVe"),
            ("retains 96.4% of the 70B model's FActScore", "relative FActScore", 96.4, "%", "BookSum", "Dapplequill"),
        ],
    },
    {
        "field": "nlp",
        "title": "Ambervine: Cross-Lingual Named Entity Recognition without Label Projection via Span-Level Code-Switching",
        "text": (
            "Cross-lingual transfer for named entity recognition (NER) typically relies on translating the training "
            "data and projecting labels with word aligners such as awesome-align, a step that fails for scripts and "
            "morphologies far from English. We propose Ambervine, which skips label projection altogether: while "
            "XLM-R-large is fine-tuned, entity spans in English sentences are replaced on the fly by translations of "
            "the span alone, produced by NLLB-200, so that the model sees code-switched sentences whose labels are "
            "known by construction. A consistency loss ties predictions on the original and code-switched versions. "
            "We train only on the English CoNLL-2003 data and test zero-shot on WikiANN, MasakhaNER 2.0 and "
            "CoNLL-2002. Ambervine achieves average entity-level F1 scores of 68.9, 61.4 and 80.2, respectively, 3.7, "
            "5.2 and 1.1 points above translate-train with awesome-align projection. On MasakhaNER 2.0 it outperforms "
            "the projection baseline on 17 of its 20 languages, with the largest gain, +11.6 F1, on Yoruba. A variant "
            "built on XLM-R-base reaches 64.0 F1 on WikiANN, within 1.5 points of mT5-XL trained on the same data. "
            "Inference cost is unchanged, since code-switching is applied only during training, and training time "
            "grows by 18%. WikiANN labels are silver-standard, so differences below one point there should be read "
            "with care."
        ),
        "spans": [
            ("Ambervine", "M"), ("Cross-Lingual Named Entity Recognition", "T"), ("Label Projection", "M"),
            ("Cross-lingual transfer", "T"), ("named entity recognition", "T"), ("NER", "T"),
            ("awesome-align", "M"), ("label projection", "M"), ("XLM-R-large", "M"), ("NLLB-200", "M"),
            ("CoNLL-2003", "D"), ("WikiANN", "D"), ("MasakhaNER 2.0", "D"), ("CoNLL-2002", "D"),
            ("entity-level F1", "X"), ("F1", "X"), ("translate-train", "M"), ("Code-Switching", "M"), ("code-switching", "M"), ("XLM-R-base", "M"), ("mT5-XL", "M"),
            ("training time", "X"),
            ("average entity-level F1", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("entity-level F1 scores of 68.9", "entity-level F1", 68.9, None, "WikiANN", "Ambervine"),
            ("61.4", "entity-level F1", 61.4, None, "MasakhaNER 2.0", "Ambervine"),
            ("80.2", "entity-level F1", 80.2, None, "CoNLL-2002", "Ambervine"),
            ("3.7", "entity-level F1", 3.7, "points", "WikiANN", "Ambervine"),
            ("5.2", "entity-level F1", 5.2, "points", "MasakhaNER 2.0", "Ambervine"),
            ("1.1 points", "entity-level F1", 1.1, "points", "CoNLL-2002", "Ambervine"),
            ("17 of its 20 languages", "languages won", 17, None, "MasakhaNER 2.0", None),
            ("+11.6 F1", "F1", 11.6, None, "MasakhaNER 2.0", None),
            ("64.0 F1", "F1", 64.0, None, "WikiANN", "XLM-R-base"),
            ("within 1.5 points", "F1", 1.5, "points", "WikiANN", "XLM-R-base"),
            ("training time grows by 18%", "training time", 18, "%", None, None),
        ],
    },
    # ------------------------------------------------------------------ speech
    {
        "field": "speech",
        "title": "Cadenzor: Chunk-Free Streaming Speech Recognition with Causal Mamba Encoders",
        "text": (
            "We present Cadenzor, a streaming automatic speech recognition (ASR) model that replaces the chunked "
            "self-attention of the Conformer encoder with causal Mamba-2 blocks, removing the look-ahead window "
            "entirely. Trained with a pruned RNN-T loss on the 960-hour LibriSpeech corpus, Cadenzor-L (118M "
            "parameters) reaches word error rates (WER) of 2.4% and 5.6% on test-clean and test-other, against 2.9% "
            "and 7.1% for a chunked Conformer-Transducer with 640 ms chunks. Its algorithmic latency is 40 ms, and the "
            "90th-percentile emission delay drops from 330 ms to 112 ms. On GigaSpeech, Cadenzor-L scores 11.2 WER "
            "(Zipformer-L, streaming: 11.9). On a single CPU core, the real-time factor (RTF) of Cadenzor-L is 0.071, "
            "2.7× faster than Zipformer-L at comparable WER. Memory does not grow with utterance length: decoding a "
            "60-minute recording uses 0.9 GB, versus 6.3 GB for the Conformer. Cadenzor-S, with 4.6× fewer parameters "
            "than Cadenzor-L, stays within 0.6 WER of it on test-other. Ablations show that a state dimension of 64 "
            "suffices; larger states bring less than 0.1 absolute WER. All figures are averages over 3 training runs "
            "(±0.05 WER). Code and checkpoints are public."
        ),
        "spans": [
            ("Cadenzor", "M"), ("Cadenzor-L", "M"), ("Cadenzor-S", "M"), ("Streaming Speech Recognition", "T"),
            ("Mamba", "M"), ("streaming automatic speech recognition", "T"), ("ASR", "T"),
            ("chunked self-attention", "M"), ("Conformer", "M"), ("Mamba-2", "M"), ("pruned RNN-T", "M"),
            ("LibriSpeech", "D"), ("word error rates", "X"), ("WER", "X"), ("test-clean", "D"), ("test-other", "D"),
            ("Conformer-Transducer", "M"), ("algorithmic latency", "X"), ("90th-percentile emission delay", "X"),
            ("GigaSpeech", "D"), ("Zipformer-L", "M"), ("real-time factor", "X"), ("RTF", "X"), ("Memory", "X"),
        ],
        "results": [
            ("word error rates (WER) of 2.4%", "WER", 2.4, "%", "LibriSpeech test-clean", "Cadenzor-L"),
            ("5.6%", "WER", 5.6, "%", "LibriSpeech test-other", "Cadenzor-L"),
            ("2.9%", "WER", 2.9, "%", "LibriSpeech test-clean", "Conformer-Transducer"),
            ("7.1%", "WER", 7.1, "%", "LibriSpeech test-other", "Conformer-Transducer"),
            ("algorithmic latency is 40 ms", "algorithmic latency", 40, "ms", None, None),
            ("90th-percentile emission delay drops from 330 ms to 112 ms", "90th-percentile emission latency", 112,
             "ms", None, None),
            ("11.2 WER", "WER", 11.2, None, "GigaSpeech", "Cadenzor-L"),
            ("11.9", "WER", 11.9, None, "GigaSpeech", "Zipformer-L"),
            ("real-time factor (RTF) of Cadenzor-L is 0.071", "real-time factor", 0.071, None, None, "Cadenzor-L"),
            ("2.7× faster", "speed-up", 2.7, "×", None, "Cadenzor-L"),
            ("uses 0.9 GB", "memory", 0.9, "GB", None, None),
            ("6.3 GB", "memory", 6.3, "GB", None, "Conformer"),
            ("4.6× fewer parameters", "parameter reduction", 4.6, "×", "LibriSpeech test-other", "Cadenzor-S"),
            ("within 0.6 WER", "WER", 0.6, None, "LibriSpeech test-other", "Cadenzor-S"),
            ("less than 0.1 absolute WER", "WER", 0.1, None, None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Driftvox: Zero-Shot Text-to-Speech with Flow Matching over Continuous Codec Latents",
        "text": (
            "Zero-shot text-to-speech (TTS) systems clone an unseen speaker's voice from a few seconds of reference "
            "audio, but autoregressive codec language models such as VALL-E suffer from word skipping and repetition, "
            "while non-autoregressive systems like NaturalSpeech 3 require phoneme-level duration labels. Driftvox "
            "takes a middle path. A Diffusion Transformer (DiT) is trained with conditional flow matching to generate "
            "the continuous latents of a pretrained EnCodec-style codec, and the total utterance duration is the only "
            "alignment information it needs. As in E2 TTS, text is padded with filler tokens to the target length, but "
            "a lightweight cross-attention aligner is added to speed up convergence. The model is trained on the "
            "50K-hour Libriheavy corpus. On the LibriSpeech-PC test-clean subset, Driftvox synthesizes speech with a "
            "WER of 1.9% and a speaker similarity (SIM-o) of 0.68, where F5-TTS obtains 2.4% and 0.66. In a listening "
            "test with 24 raters, Driftvox receives a comparative MOS (CMOS) of +0.21 against F5-TTS and a naturalness "
            "MOS of 4.12 ± 0.08, close to ground-truth recordings at 4.19 ± 0.07; the difference from ground truth is "
            "not significant (p = 0.21). With 32 sampling steps, generating 10 seconds of speech takes 0.31 s on an "
            "A100 GPU, a real-time factor of 0.031; sway sampling with 16 steps halves this at a cost of 0.2 points of "
            "WER. The aligner also shortens training: convergence takes 4.5 days on 8 A100 GPUs, compared with 8.1 "
            "days without it. We release the model together with a watermark detector for responsible use."
        ),
        "spans": [
            ("Driftvox", "M"), ("Zero-Shot Text-to-Speech", "T"), ("Flow Matching", "M"),
            ("Zero-shot text-to-speech", "T"), ("TTS", "T"), ("codec language models", "M"), ("VALL-E", "M"),
            ("NaturalSpeech 3", "M"), ("Diffusion Transformer", "M"), ("DiT", "M"),
            ("conditional flow matching", "M"), ("EnCodec", "M"), ("E2 TTS", "M"), ("Libriheavy", "D"),
            ("LibriSpeech-PC test-clean", "D"), ("WER", "X"), ("speaker similarity", "X"), ("SIM-o", "X"),
            ("F5-TTS", "M"), ("comparative MOS", "X"), ("CMOS", "X"), ("naturalness MOS", "X"),
            ("real-time factor", "X"), ("sway sampling", "M"),
        ],
        "results": [
            ("WER of 1.9%", "WER", 1.9, "%", "LibriSpeech-PC test-clean", "Driftvox"),
            ("speaker similarity (SIM-o) of 0.68", "speaker similarity", 0.68, None, "LibriSpeech-PC test-clean",
             "Driftvox"),
            ("2.4%", "WER", 2.4, "%", "LibriSpeech-PC test-clean", "F5-TTS"),
            ("0.66", "speaker similarity", 0.66, None, "LibriSpeech-PC test-clean", "F5-TTS"),
            ("comparative MOS (CMOS) of +0.21", "CMOS", 0.21, None, None, "Driftvox"),
            ("naturalness MOS of 4.12", "naturalness MOS", 4.12, None, None, "Driftvox"),
            ("4.19", "naturalness MOS", 4.19, None, None, None),
            ("generating 10 seconds of speech takes 0.31 s", "generation time", 0.31, "s", None, None),
            ("real-time factor of 0.031", "real-time factor", 0.031, None, None, None),
            ("0.2 points of WER", "WER", 0.2, "points", None, "sway sampling"),
            ("convergence takes 4.5 days", "training time", 4.5, "days", None, None),
            ("8.1 days", "training time", 8.1, "days", None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Bellwhistle: A 1.2M-Parameter Causal Speech Enhancement Model Distilled from Non-Causal Teachers",
        "text": (
            "On the VoiceBank+DEMAND benchmark, Bellwhistle reaches a PESQ of 3.52 and an SI-SDR of 19.8 dB while "
            "requiring 21× fewer multiply-accumulate operations (MACs) than MP-SENet, which scores 3.50 PESQ. "
            "Bellwhistle is a causal speech enhancement network that models magnitude and phase jointly with dual-path "
            "gated recurrent units and is trained by distillation from two non-causal teachers, MP-SENet and CMGAN. On "
            "the DNS Challenge 2020 no-reverb test set, it improves wideband PESQ from 2.45 (noisy input) to 3.31 and "
            "raises DNSMOS OVRL by 0.42. On the reverberant set, DNSMOS OVRL improves from 2.76 for DeepFilterNet3 to "
            "3.05 for Bellwhistle. The algorithmic delay is 20 ms, and the real-time factor on one core of a Raspberry "
            "Pi 4 is 0.38. Compared with FRCRN, Bellwhistle obtains higher STOI on 5 of the 6 SNR conditions between "
            "-5 and 20 dB. A listening test following ITU-T P.835 confirms the gain in background-noise quality (BAK "
            "4.21 vs. 3.96 for DeepFilterNet3). The phase branch alone contributes 0.31 PESQ."
        ),
        "spans": [
            ("Bellwhistle", "M"), ("Speech Enhancement", "T"), ("VoiceBank+DEMAND", "D"), ("PESQ", "X"),
            ("SI-SDR", "X"), ("multiply-accumulate operations", "X"), ("MACs", "X"), ("MP-SENet", "M"),
            ("speech enhancement", "T"), ("gated recurrent units", "M"), ("distillation", "M"), ("CMGAN", "M"),
            ("DNS Challenge 2020", "D"), ("wideband PESQ", "X"), ("DNSMOS OVRL", "X"), ("DeepFilterNet3", "M"),
            ("algorithmic delay", "X"), ("real-time factor", "X"), ("FRCRN", "M"), ("STOI", "X"), ("BAK", "X"),
        ],
        "results": [
            ("PESQ of 3.52", "PESQ", 3.52, None, "VoiceBank+DEMAND", "Bellwhistle"),
            ("SI-SDR of 19.8 dB", "SI-SDR", 19.8, "dB", "VoiceBank+DEMAND", "Bellwhistle"),
            ("21× fewer multiply-accumulate operations", "MACs reduction", 21, "×", "VoiceBank+DEMAND", "Bellwhistle"),
            ("3.50 PESQ", "PESQ", 3.50, None, "VoiceBank+DEMAND", "MP-SENet"),
            ("2.45", "wideband PESQ", 2.45, None, "DNS Challenge 2020", None),
            ("3.31", "wideband PESQ", 3.31, None, "DNS Challenge 2020", None),
            ("DNSMOS OVRL by 0.42", "DNSMOS OVRL", 0.42, None, "DNS Challenge 2020", None),
            ("2.76", "DNSMOS OVRL", 2.76, None, None, "DeepFilterNet3"),
            ("3.05", "DNSMOS OVRL", 3.05, None, None, "Bellwhistle"),
            ("algorithmic delay is 20 ms", "algorithmic latency", 20, "ms", None, None),
            ("0.38", "real-time factor", 0.38, None, None, None),
            ("5 of the 6 SNR conditions", "SNR conditions won", 5, None, None, "Bellwhistle"),
            ("BAK 4.21", "BAK", 4.21, None, None, None),
            ("3.96", "BAK", 3.96, None, None, "DeepFilterNet3"),
            ("0.31 PESQ", "PESQ", 0.31, None, None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Duskreed: Frozen Self-Supervised Features Reach 0.41% EER on VoxCeleb1-O for Speaker Verification",
        "text": (
            "Speaker verification systems built on self-supervised speech models such as WavLM and HuBERT usually "
            "fine-tune the whole backbone, which is expensive and erodes its general-purpose representations. We ask "
            "whether a frozen backbone suffices when the aggregation over its layers is made input-dependent. Duskreed "
            "attaches a small attentive aggregator to a frozen WavLM Large, weighting its 25 hidden layers per frame, "
            "followed by an ECAPA-TDNN head trained with the additive angular margin softmax (AAM-softmax) loss. Only "
            "6.2M parameters are trained. We train on VoxCeleb2 dev and evaluate on the three VoxCeleb1 trial lists "
            "and on CN-Celeb. Duskreed obtains an equal error rate (EER) of 0.41% on VoxCeleb1-O, 0.58% on "
            "VoxCeleb1-E and 1.07% on VoxCeleb1-H, with a minimum detection cost function (minDCF) of 0.052 on "
            "VoxCeleb1-O at P_target = 0.01. Full fine-tuning of WavLM Large with the same head gives 0.38%, 0.48% and "
            "0.99% on these lists, respectively, so the frozen model trails it by 0.03 to 0.10 points while updating "
            "52 times fewer parameters. Cross-lingual robustness is less clear. On CN-Celeb, the EER of Duskreed is "
            "8.9%, a relative reduction of 11% over ECAPA-TDNN trained on filterbanks, but 0.6 points worse than a "
            "fine-tuned backbone. Training takes 19 GPU-hours on A100s, about a quarter of the cost of full "
            "fine-tuning. We discuss why the benefit of input-dependent aggregation shrinks on CN-Celeb and release "
            "trial-level scores."
        ),
        "spans": [
            ("Duskreed", "M"), ("EER", "X"), ("VoxCeleb1-O", "D"), ("Speaker Verification", "T"),
            ("Speaker verification", "T"), ("WavLM", "M"), ("HuBERT", "M"), ("WavLM Large", "M"),
            ("ECAPA-TDNN", "M"), ("additive angular margin softmax", "M"), ("AAM-softmax", "M"),
            ("VoxCeleb2 dev", "D"), ("VoxCeleb1", "D"), ("CN-Celeb", "D"), ("equal error rate", "X"),
            ("VoxCeleb1-E", "D"), ("VoxCeleb1-H", "D"), ("minimum detection cost function", "X"), ("minDCF", "X"),
            ("Full fine-tuning", "M"), ("full fine-tuning", "M"),
        ],
        "title_results": [
            ("0.41% EER", "EER", 0.41, "%", "VoxCeleb1-O", "Duskreed"),
        ],
        "results": [
            ("equal error rate (EER) of 0.41%", "EER", 0.41, "%", "VoxCeleb1-O", "Duskreed"),
            ("0.58%", "EER", 0.58, "%", "VoxCeleb1-E", "Duskreed"),
            ("1.07%", "EER", 1.07, "%", "VoxCeleb1-H", "Duskreed"),
            ("minimum detection cost function (minDCF) of 0.052", "minDCF", 0.052, None, "VoxCeleb1-O", "Duskreed"),
            ("0.38%", "EER", 0.38, "%", "VoxCeleb1-O", "WavLM Large"),
            ("0.48%", "EER", 0.48, "%", "VoxCeleb1-E", "WavLM Large"),
            ("0.99%", "EER", 0.99, "%", "VoxCeleb1-H", "WavLM Large"),
            ("trails it by 0.03 to 0.10 points", "EER", 0.10, "points", None, None, {"low": 0.03}),
            ("52 times fewer parameters", "parameter reduction", 52, "×", None, None),
            ("EER of Duskreed is 8.9%", "EER", 8.9, "%", "CN-Celeb", "Duskreed"),
            ("relative reduction of 11%", "relative EER reduction", 11, "%", "CN-Celeb", "Duskreed"),
            ("0.6 points worse", "EER", 0.6, "points", "CN-Celeb", "Duskreed"),
            ("Training takes 19 GPU-hours", "training time", 19, "GPU-hours", None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Corvantone: Semantic-Acoustic Disentangled Speech Tokenization at 600 bps",
        "text": (
            "Discrete speech tokens underpin spoken language models, but codecs optimised for reconstruction, such as "
            "EnCodec and DAC, spread linguistic content across many residual codebooks, whereas semantic tokenizers "
            "built on HuBERT units discard speaker and prosody information. We propose Corvantone, a neural speech "
            "codec whose first codebook is distilled from WavLM representations while the remaining codebooks, "
            "obtained with finite scalar quantization (FSQ), capture acoustic detail. Operating at 50 Hz with two "
            "codebooks of 64 entries, that is, at 600 bps, Corvantone reconstructs LibriSpeech test-clean with a UTMOS "
            "of 4.02, a PESQ of 2.61 and a speaker similarity of 0.83, whereas SpeechTokenizer at 1 kbps yields 3.56, "
            "2.18 and 0.77, respectively. At 1.2 kbps, the ViSQOL of Corvantone exceeds that of DAC at 6 kbps (4.11 "
            "vs. 4.05). The first-codebook tokens also suit language modelling: a linear probe on them gives a phone "
            "error rate of 9.7%, 38% lower than on the semantic codebook of Mimi, and Whisper-large-v3 transcribes the "
            "resynthesized audio with a word error rate of 3.2. On the SUPERB benchmark, Corvantone tokens outperform "
            "EnCodec tokens on 8 of 10 tasks. A 1.3B-parameter spoken language model trained on Corvantone tokens "
            "reaches accuracies of 71.8% on sWUGGY and 63.5% on sBLIMP, 2.4 and 1.9 points above the same model "
            "trained on SpeechTokenizer tokens. Encoding and decoding together run 112 times faster than real time on "
            "a single GPU."
        ),
        "spans": [
            ("Corvantone", "M"), ("Speech Tokenization", "T"), ("spoken language models", "M"),
            ("spoken language model", "M"), ("EnCodec", "M"), ("DAC", "M"), ("HuBERT", "M"),
            ("neural speech codec", "M"), ("WavLM", "M"), ("finite scalar quantization", "M"), ("FSQ", "M"),
            ("LibriSpeech test-clean", "D"), ("UTMOS", "X"), ("PESQ", "X"), ("speaker similarity", "X"),
            ("SpeechTokenizer", "M"), ("ViSQOL", "X"), ("language modelling", "T"), ("linear probe", "M"),
            ("phone error rate", "X"), ("Mimi", "M"), ("Whisper-large-v3", "M"), ("word error rate", "X"),
            ("SUPERB", "D"), ("sWUGGY", "D"), ("sBLIMP", "D"), ("accuracies", "X"),
        ],
        "results": [
            ("UTMOS of 4.02", "UTMOS", 4.02, None, "LibriSpeech test-clean", "Corvantone"),
            ("PESQ of 2.61", "PESQ", 2.61, None, "LibriSpeech test-clean", "Corvantone"),
            ("speaker similarity of 0.83", "speaker similarity", 0.83, None, "LibriSpeech test-clean", "Corvantone"),
            ("3.56", "UTMOS", 3.56, None, "LibriSpeech test-clean", "SpeechTokenizer"),
            ("2.18", "PESQ", 2.18, None, "LibriSpeech test-clean", "SpeechTokenizer"),
            ("0.77", "speaker similarity", 0.77, None, "LibriSpeech test-clean", "SpeechTokenizer"),
            ("4.11", "ViSQOL", 4.11, None, None, "Corvantone"),
            ("4.05", "ViSQOL", 4.05, None, None, "DAC"),
            ("phone error rate of 9.7%", "phone error rate", 9.7, "%", None, None),
            ("38% lower", "phone error rate", 38, "%", None, None),
            ("word error rate of 3.2", "WER", 3.2, None, None, None),
            ("8 of 10 tasks", "tasks won", 8, None, "SUPERB", "Corvantone"),
            ("accuracies of 71.8%", "accuracy", 71.8, "%", "sWUGGY", "Corvantone"),
            ("63.5%", "accuracy", 63.5, "%", "sBLIMP", "Corvantone"),
            ("2.4", "accuracy", 2.4, "points", "sWUGGY", "Corvantone"),
            ("1.9 points", "accuracy", 1.9, "points", "sBLIMP", "Corvantone"),
            ("112 times faster than real time", "speed-up", 112, "×", None, None),
        ],
    },
]
