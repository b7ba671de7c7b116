"""fresh3 records: nlp (6) and vision (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["TideRank", "UmbraMT", "Threadle", "Tusker", "TokenLoom", "Unfurl",
          "Tundra", "UpliftSR", "TesseraDet", "Trawl", "Undertow", "Thimble"]

RECS = [
    # ------------------------------------------------------------------ nlp 1 (plain, number-dense)
    {"field": "nlp",
     "title": "TideRank: Distilling Listwise LLM Rerankers into Cross-Encoders for Efficient Passage Reranking",
     "text": (
         "Large language models (LLMs) used as listwise rerankers, such as RankGPT and RankZephyr, set the "
         "state of the art in passage reranking, but scoring 100 candidates for a single query can take several "
         "seconds. We present TideRank, which distils the listwise judgements of RankZephyr into a "
         "340M-parameter cross-encoder. Rather than imitating hard permutations, TideRank matches the teacher's "
         "pairwise preference probabilities over sliding windows of 20 passages and calibrates them with a "
         "temperature fitted on 5,000 held-out queries. The student is trained on 400K MS MARCO queries with "
         "BM25 candidates. On TREC DL19 and DL20, TideRank reaches an nDCG@10 of 74.1 and 70.8, respectively, "
         "compared with 73.9 and 70.5 for the RankZephyr teacher and 69.2 and 66.4 for monoT5-3B. Across the 13 "
         "public BEIR datasets, TideRank averages 53.6 nDCG@10, within 0.4 points of RankZephyr, and ranks first on 6 "
         "of the 13 datasets. With TideRank, reranking the top 100 BM25 passages takes 38 ms per query on one "
         "A100, a 47× speed-up over the teacher. Compared with a cross-encoder of identical size trained by "
         "standard distillation from hard labels, TideRank improves average nDCG@10 on BEIR by 2.7 points. "
         "Checkpoints and training data are released."),
     "spans": [
         ("TideRank", "M"), ("LLM", "M"), ("Cross-Encoders", "M"), ("Passage Reranking", "T"),
         ("Large language models", "M"), ("LLMs", "M"), ("RankGPT", "M"), ("RankZephyr", "M"),
         ("passage reranking", "T"), ("cross-encoder", "M"), ("MS MARCO", "D"), ("BM25", "M"),
         ("TREC DL19", "D"), ("DL20", "D"), ("nDCG@10", "X"), ("monoT5-3B", "M"), ("BEIR", "D"),
         ("speed-up", "X"), ("distillation", "M"),
         ("average nDCG@10", "X", {"only": [0], "notitle": True}),
     ],
     "results": [
         ("nDCG@10 of 74.1", "nDCG@10", 74.1, None, "TREC DL19", "TideRank"),
         ("70.8", "nDCG@10", 70.8, None, "DL20", "TideRank"),
         ("73.9", "nDCG@10", 73.9, None, "TREC DL19", "RankZephyr"),
         ("70.5", "nDCG@10", 70.5, None, "DL20", "RankZephyr"),
         ("69.2", "nDCG@10", 69.2, None, "TREC DL19", "monoT5-3B"),
         ("66.4", "nDCG@10", 66.4, None, "DL20", "monoT5-3B"),
         ("averages 53.6 nDCG@10", "average nDCG@10", 53.6, None, "BEIR", "TideRank"),
         ("within 0.4 points", "average nDCG@10", 0.4, "points", "BEIR", "TideRank"),
         ("ranks first on 6 of the 13 datasets", "datasets ranked first", 6, None, "BEIR", "TideRank"),
         ("reranking the top 100 BM25 passages takes 38 ms per query", "reranking time", 38, "ms", None, "TideRank"),
         ("47× speed-up", "speed-up", 47, "×", None, "TideRank"),
         ("average nDCG@10 on BEIR by 2.7 points", "average nDCG@10", 2.7, "points", "BEIR", "TideRank"),
     ]},

    # ------------------------------------------------------------------ nlp 2 (narrative, plain)
    {"field": "nlp",
     "title": "UmbraMT: Mining Shadow Parallel Corpora from Monolingual Text for Low-Resource Machine Translation",
     "text": (
         "Most of the world's languages lack the parallel text that machine translation systems are trained on, "
         "whereas monolingual text for them is comparatively easy to find. Back-translation exploits such text, "
         "but its synthetic sources are noisiest exactly where the model is weakest. We introduce UmbraMT, which "
         "builds shadow parallel corpora by pairing monolingual sentences across languages with the LaBSE "
         "sentence encoder and filtering the pairs by round-trip consistency. The mined pairs are used to "
         "continue the pretraining of the distilled 1.3B NLLB-200 model before standard fine-tuning. From "
         "CommonCrawl snapshots released between 2019 and 2023 we mine 41 million sentence pairs for 24 African "
         "and South Asian languages, keeping pairs whose consistency exceeds 0.62. On FLORES-200, UmbraMT raises "
         "the average chrF++ from 38.4 for NLLB-200 to 41.9 across the 24 languages into English, and out of "
         "English its chrF++ reaches 32.1, against 29.7 for NLLB-200. The largest gains come in the "
         "lowest-resource directions: UmbraMT improves Tigrinya–English by 6.3 chrF++ points. UmbraMT also "
         "outperforms a back-translation baseline of the same size on 21 of the 24 directions into English, and "
         "its COMET-22 scores rise by 2.4 points on average. Human raters preferred UmbraMT over NLLB-200 in 64% "
         "of pairwise comparisons on 400 sentences from NTREX-128. The benefit shrinks, however, for languages "
         "with more than 1M genuine parallel sentences, where the chrF++ gain falls below 0.5."),
     "spans": [
         ("UmbraMT", "M"), ("Low-Resource Machine Translation", "T"), ("machine translation", "T"),
         ("Back-translation", "M"), ("back-translation", "M"), ("LaBSE", "M"), ("NLLB-200", "M"),
         ("CommonCrawl", "D"), ("FLORES-200", "D"), ("chrF++", "X", {"punct": True}), ("COMET-22", "X"),
         ("NTREX-128", "D"),
         ("average chrF++", "X", {"only": [0], "notitle": True, "punct": True}),
     ],
     "results": [
         ("average chrF++ from 38.4", "average chrF++", 38.4, None, "FLORES-200", "NLLB-200"),
         ("to 41.9", "average chrF++", 41.9, None, "FLORES-200", "UmbraMT"),
         ("chrF++ reaches 32.1", "chrF++", 32.1, None, "FLORES-200", "UmbraMT"),
         ("29.7", "chrF++", 29.7, None, "FLORES-200", "NLLB-200"),
         ("by 6.3 chrF++ points", "chrF++", 6.3, "points", None, "UmbraMT"),
         ("on 21 of the 24 directions", "directions won", 21, None, None, "UmbraMT"),
         ("COMET-22 scores rise by 2.4 points", "COMET-22", 2.4, "points", None, "UmbraMT"),
         ("in 64% of pairwise comparisons", "win rate", 64, "%", "NTREX-128", "UmbraMT"),
         ("chrF++ gain falls below 0.5", "chrF++", 0.5, None, None, None),
     ]},

    # ------------------------------------------------------------------ nlp 3 (TeX)
    {"field": "nlp",
     "title": "Threadle: Explicit Evidence Threads for Multi-Hop Question Answering over Long Contexts",
     "text": (
         r"Retrieval-augmented generation (RAG) answers multi-hop questions poorly when the supporting passages "
         r"are scattered across a long context: the reader attends to the first relevant passage and overlooks "
         r"the bridge entity that links it to the next. We propose Threadle, a training-free inference procedure "
         r"in which the reader first emits an evidence thread, a short chain of passage identifiers and bridge "
         r"entities, after which the context is re-ordered along that thread in $\mathcal{O}(k \log n)$ time for "
         r"$n$ passages and a thread of length $k$. With Llama-3.1-8B-Instruct as the reader and $n=50$ "
         r"retrieved passages, Threadle improves exact match (EM) over standard RAG by 6.1, 8.4 and 5.7 points on "
         r"HotpotQA, 2WikiMultiHopQA and MuSiQue, respectively. On MuSiQue, Threadle reaches $41.3$ F1, ahead of IRCoT "
         r"($36.9$) and Self-Ask ($38.2$), while issuing a single retrieval call per question. Because threads "
         r"are short, Threadle increases end-to-end generation time by only 12\%. Threadle also narrows the EM "
         r"gap between the 8B and 70B readers on 2WikiMultiHopQA to $1.9$ points. In a lost-in-the-middle "
         r"stress test that places the gold passages at the centre of a 32K-token context, the EM of standard "
         r"RAG falls by $14.6$ points, whereas Threadle loses $4.2$ points. We release prompts and evaluation "
         r"scripts."),
     "spans": [
         ("Threadle", "M"), ("Multi-Hop Question Answering", "T"),
         ("Retrieval-augmented generation", "M"), ("RAG", "M"), ("Llama-3.1-8B-Instruct", "M"),
         ("exact match", "X"), ("EM", "X"), ("HotpotQA", "D"), ("2WikiMultiHopQA", "D"), ("MuSiQue", "D"),
         ("F1", "X"), ("IRCoT", "M"), ("Self-Ask", "M"), ("end-to-end generation time", "X"),
     ],
     "results": [
         ("exact match (EM) over standard RAG by 6.1", "exact match", 6.1, "points", "HotpotQA", "Threadle"),
         ("8.4", "exact match", 8.4, "points", "2WikiMultiHopQA", "Threadle"),
         ("5.7 points", "exact match", 5.7, "points", "MuSiQue", "Threadle"),
         ("reaches $41.3$ F1", "F1", 41.3, None, "MuSiQue", "Threadle"),
         ("IRCoT ($36.9$)", "F1", 36.9, None, "MuSiQue", "IRCoT"),
         ("Self-Ask ($38.2$)", "F1", 38.2, None, "MuSiQue", "Self-Ask"),
         ("end-to-end generation time by only 12\\%", "end-to-end generation time", 12, "%", None, "Threadle"),
         ("EM gap between the 8B and 70B readers on 2WikiMultiHopQA to $1.9$ points", "exact match gap", 1.9,
          "points", "2WikiMultiHopQA", "Threadle"),
         ("EM of standard RAG falls by $14.6$ points", "exact match", 14.6, "points", None, "RAG"),
         ("loses $4.2$ points", "exact match", 4.2, "points", None, "Threadle"),
     ]},

    # ------------------------------------------------------------------ nlp 4 (cautious, plain)
    {"field": "nlp",
     "title": "Tusker: Hidden-State Probes for Cheap Sentence-Level Hallucination Detection",
     "text": (
         "Detecting hallucinations in long-form text produced by large language models remains difficult: most "
         "detectors either sample many generations, which is expensive, or query an external retriever whose "
         "coverage is uncertain. We ask whether a lightweight probe on a model's own hidden states can flag "
         "unsupported sentences at generation time. Tusker trains a two-layer probe on middle-layer activations, "
         "using sentence labels derived automatically from FActScore-style atomic fact verification on 8,000 "
         "Wikipedia biographies. These labels are themselves noisy; on a manually checked subset of 500 "
         "sentences, their agreement with human annotators is 87%. With Llama-3-8B-Instruct, Tusker reaches an "
         "AUROC of 0.84 for sentence-level hallucination detection on held-out biographies, compared with 0.79 "
         "for SelfCheckGPT with 20 samples and 0.71 for token-level predictive entropy. On the QA subset of "
         "HaluEval, Tusker transfers without retraining and obtains 0.77 AUROC, although SelfCheckGPT scores "
         "higher there (0.81). Because it needs no extra forward passes, Tusker adds under 2% to decoding time, "
         "whereas SelfCheckGPT requires roughly 20× more compute than generation alone. Used to abstain on "
         "flagged sentences, Tusker raises the FActScore of generated biographies from 58.2 to 66.9 at an "
         "abstention rate of 14%. The probe does not transfer cleanly to Mistral-7B-Instruct, whose AUROC drops "
         "to 0.74, and we have not evaluated domains beyond biographies and QA. We therefore see Tusker as a "
         "cheap first filter, not a replacement for retrieval-based verification."),
     "spans": [
         ("Tusker", "M"), ("Sentence-Level Hallucination Detection", "T"),
         ("sentence-level hallucination detection", "T"), ("large language models", "M"),
         ("FActScore", "X", {"skip": [0]}), ("Wikipedia", "D"), ("agreement", "X"),
         ("Llama-3-8B-Instruct", "M"), ("AUROC", "X"), ("SelfCheckGPT", "M"), ("predictive entropy", "M"),
         ("QA", "T"), ("HaluEval", "D"), ("decoding time", "X"), ("compute", "X"), ("abstention rate", "X"),
         ("Mistral-7B-Instruct", "M"),
     ],
     "results": [
         ("agreement with human annotators is 87%", "agreement", 87, "%", None, None),
         ("AUROC of 0.84", "AUROC", 0.84, None, None, "Tusker"),
         ("0.79", "AUROC", 0.79, None, None, "SelfCheckGPT"),
         ("0.71", "AUROC", 0.71, None, None, "predictive entropy"),
         ("0.77 AUROC", "AUROC", 0.77, None, "HaluEval", "Tusker"),
         ("scores higher there (0.81)", "AUROC", 0.81, None, "HaluEval", "SelfCheckGPT"),
         ("adds under 2% to decoding time", "decoding time", 2, "%", None, "Tusker"),
         ("20× more compute", "compute", 20, "×", None, "SelfCheckGPT"),
         ("FActScore of generated biographies from 58.2 to 66.9", "FActScore", 66.9, None, None, "Tusker"),
         ("abstention rate of 14%", "abstention rate", 14, "%", None, "Tusker"),
         ("AUROC drops to 0.74", "AUROC", 0.74, None, None, "Mistral-7B-Instruct"),
     ]},
    # ------------------------------------------------------------------ nlp 5 (TeX: \%, $\times$)
    {"field": "nlp",
     "title": "TokenLoom: Weaving New Vocabulary into Pretrained LLMs for Faster Multilingual Inference",
     "text": (
         r"Byte-pair encoding (BPE) tokenizers trained mostly on English text fragment other scripts, so a "
         r"sentence in Hindi or Amharic is split into several times more tokens than its English translation, "
         r"and inference costs grow accordingly. We present TokenLoom, a vocabulary-adaptation method that adds "
         r"$k$ new tokens per target language to a pretrained LLM and initialises each new embedding as a learned "
         r"mixture of the embeddings of its constituent subwords, fitted on $\sim$50M tokens of monolingual text "
         r"per language. Only the embedding and output layers are updated, for 2,000 steps. We adapt Llama-3-8B "
         r"with $k=8{,}000$ for each of 10 languages. On FLORES-200, TokenLoom reduces tokenizer fertility by "
         r"41\% on average, which yields 1.7$\times$ higher generation throughput at batch size 1. Downstream "
         r"quality is largely preserved: TokenLoom keeps 98.3\% of the original model's accuracy on Belebele, and "
         r"its average XNLI accuracy stays within 0.6 points of the unadapted Llama-3-8B. Compared with FOCUS and "
         r"WECHSEL initialisation under the same budget, TokenLoom lowers perplexity on held-out CC-100 text to "
         r"11.9, against 12.8 for FOCUS and 13.4 for WECHSEL. For Amharic, the language most fragmented by the "
         r"original tokenizer, TokenLoom needs 2.9$\times$ fewer tokens per sentence and decodes 2.4$\times$ "
         r"faster. Adapting a model with TokenLoom takes 6 GPU-hours on one H100, so the method is practical "
         r"for languages that no public checkpoint serves well."),
     "spans": [
         ("TokenLoom", "M"), ("LLMs", "M"), ("LLM", "M"), ("Byte-pair encoding", "M"), ("BPE", "M"),
         ("Llama-3-8B", "M"), ("FLORES-200", "D"), ("tokenizer fertility", "X"), ("generation throughput", "X"),
         ("accuracy", "X"), ("Belebele", "D"), ("XNLI", "D"), ("FOCUS", "M"), ("WECHSEL", "M"),
         ("perplexity", "X"), ("CC-100", "D"),
     ],
     "results": [
         ("tokenizer fertility by 41\\%", "tokenizer fertility reduction", 41, "%", "FLORES-200", "TokenLoom"),
         ("1.7$\\times$ higher generation throughput", "generation throughput", 1.7, "×", "FLORES-200", "TokenLoom"),
         ("keeps 98.3\\% of the original model's accuracy", "relative accuracy", 98.3, "%", "Belebele", "TokenLoom"),
         ("average XNLI accuracy stays within 0.6 points", "average accuracy", 0.6, "points", "XNLI", "TokenLoom"),
         ("perplexity on held-out CC-100 text to 11.9", "perplexity", 11.9, None, "CC-100", "TokenLoom"),
         ("12.8", "perplexity", 12.8, None, "CC-100", "FOCUS"),
         ("13.4", "perplexity", 13.4, None, "CC-100", "WECHSEL"),
         ("2.9$\\times$ fewer tokens", "token reduction", 2.9, "×", None, "TokenLoom"),
         ("decodes 2.4$\\times$ faster", "speed-up", 2.4, "×", None, "TokenLoom"),
         ("takes 6 GPU-hours", "adaptation time", 6, "GPU-hours", None, "TokenLoom"),
     ]},

    # ------------------------------------------------------------------ nlp 6 (terse, plain)
    {"field": "nlp",
     "title": "Unfurl: Evidence-First Document-Level Relation Extraction",
     "text": (
         "Document-level relation extraction (DocRE) requires aggregating evidence about an entity pair that is "
         "scattered over many sentences. We propose Unfurl, which predicts a compact evidence set per entity pair "
         "and classifies relations over an entity-pair graph restricted to that evidence. Unfurl uses a "
         "RoBERTa-large encoder and adds 4.2M parameters; each pair keeps at most 3 evidence sentences. On "
         "DocRED, Unfurl obtains 65.9 F1 and 63.8 Ign F1 on the test set, +2.5 and +2.4 over ATLOP and +0.4 and "
         "+0.6 over DREEAM. On Re-DocRED, Unfurl reaches 81.6 F1 (DREEAM: 80.7). Gains concentrate on inter-sentence "
         "pairs. In Unfurl, pruning cuts graph size by 63% and training time from 9.1 to 5.4 hours on one A100. "
         "Unfurl processes 112 documents per second at inference. With 10% of the training data, Unfurl retains "
         "91% of its full-data F1, compared with 84% for ATLOP. Ablations show that removing the evidence "
         "predictor costs 1.8 F1 on DocRED, while replacing the pruned graph with a fully connected one costs "
         "0.9 F1. Code and models are public."),
     "spans": [
         ("Unfurl", "M"), ("Document-Level Relation Extraction", "T"), ("Document-level relation extraction", "T"),
         ("DocRE", "T"), ("RoBERTa-large", "M"), ("DocRED", "D"), ("F1", "X"), ("Ign F1", "X"), ("ATLOP", "M"),
         ("DREEAM", "M"), ("Re-DocRED", "D"), ("pruning", "M"), ("graph size", "X"), ("training time", "X"),
         ("documents per second", "X"),
     ],
     "results": [
         ("65.9 F1", "F1", 65.9, None, "DocRED", "Unfurl"),
         ("63.8 Ign F1", "Ign F1", 63.8, None, "DocRED", "Unfurl"),
         ("+2.5", "F1", 2.5, None, "DocRED", "Unfurl"),
         ("+2.4", "Ign F1", 2.4, None, "DocRED", "Unfurl"),
         ("+0.4", "F1", 0.4, None, "DocRED", "Unfurl"),
         ("+0.6", "Ign F1", 0.6, None, "DocRED", "Unfurl"),
         ("81.6 F1", "F1", 81.6, None, "Re-DocRED", "Unfurl"),
         ("DREEAM: 80.7", "F1", 80.7, None, "Re-DocRED", "DREEAM"),
         ("cuts graph size by 63%", "graph size reduction", 63, "%", None, "Unfurl"),
         ("training time from 9.1 to 5.4 hours", "training time", 5.4, "h", None, "Unfurl"),
         ("112 documents per second", "throughput", 112, None, None, "Unfurl"),
         ("retains 91% of its full-data F1", "relative F1", 91, "%", None, "Unfurl"),
         ("84%", "relative F1", 84, "%", None, "ATLOP"),
         ("costs 1.8 F1", "F1", 1.8, None, "DocRED", None),
         ("0.9 F1", "F1", 0.9, None, None, None),
     ]},
    # ------------------------------------------------------------------ vision 1 (TeX)
    {"field": "vision",
     "title": "Tundra: Condition-Aware Self-Training for Domain-Adaptive Semantic Segmentation in Adverse Weather",
     "text": (
         r"Semantic segmentation models trained on clear-weather driving scenes degrade sharply in fog, rain, "
         r"snow and at night. Unsupervised domain adaptation (UDA) methods such as DAFormer, HRDA and MIC "
         r"recover part of this loss through self-training on pseudo-labels, but they treat all adverse "
         r"conditions as a single target domain. We introduce Tundra, a condition-aware self-training framework "
         r"that routes each target image to one of $C=4$ condition-specific teacher heads and fuses their "
         r"pseudo-labels above a confidence threshold $\tau = 0.968$. A photometric prior aligns the "
         r"low-frequency statistics of night images with daytime references before pseudo-labelling. Trained on "
         r"Cityscapes$\rightarrow$ACDC with a MiT-B5 backbone, Tundra achieves $\mathbf{72.4}$ mIoU on the ACDC "
         r"benchmark, improving over MIC by 2.0 and over HRDA by 4.9 mIoU. On Cityscapes$\rightarrow$Dark "
         r"Zurich, Tundra obtains 63.1 mIoU (+2.9 over MIC). Gains are largest at night, where Tundra lifts mIoU "
         r"from 51.8\% to 58.6\%. Tundra also generalises to conditions it never saw: trained only on the fog, "
         r"rain and snow images of ACDC, it reaches 55.7\% mIoU on Nighttime Driving. The condition router adds "
         r"$<$1\% to the training cost and nothing at inference, where Tundra runs at the speed of its "
         r"HRDA-style backbone ($\sim$2.3 FPS at $2048\times1024$)."),
     "spans": [
         ("Tundra", "M"), ("Self-Training", "M"), ("Domain-Adaptive Semantic Segmentation", "T"),
         ("Semantic segmentation", "T"), ("Unsupervised domain adaptation", "T"), ("UDA", "T"),
         ("DAFormer", "M"), ("HRDA", "M"), ("MIC", "M"), ("self-training", "M"), ("Cityscapes", "D"),
         ("ACDC", "D"), ("MiT-B5", "M"), ("mIoU", "X"), ("Dark Zurich", "D"), ("Nighttime Driving", "D"),
         ("training cost", "X"), ("FPS", "X"),
     ],
     "results": [
         (r"achieves $\mathbf{72.4}$ mIoU", "mIoU", 72.4, None, "ACDC", "Tundra"),
         ("over MIC by 2.0", "mIoU", 2.0, None, "ACDC", "Tundra"),
         ("by 4.9 mIoU", "mIoU", 4.9, None, "ACDC", "Tundra"),
         ("63.1 mIoU", "mIoU", 63.1, None, "Dark Zurich", "Tundra"),
         ("+2.9 over MIC", "mIoU", 2.9, None, "Dark Zurich", "Tundra"),
         (r"mIoU from 51.8\% to 58.6\%", "mIoU", 58.6, "%", None, "Tundra"),
         (r"55.7\% mIoU", "mIoU", 55.7, "%", "Nighttime Driving", "Tundra"),
         (r"adds $<$1\% to the training cost", "training cost", 1, "%", None, None),
         ("2.3 FPS", "FPS", 2.3, None, None, "Tundra"),
     ]},

    # ------------------------------------------------------------------ vision 2 (plain, results first)
    {"field": "vision",
     "title": "UpliftSR: Re-parameterizable Large-Kernel Attention for Efficient Image Super-Resolution",
     "text": (
         "UpliftSR reaches 26.44 dB PSNR on Urban100 for ×4 upscaling with only 212K parameters, matching SAFMN "
         "at 41% lower latency. We design it for efficient image super-resolution (SR) on consumer GPUs. Its core "
         "is a re-parameterizable large-kernel attention block: during training, each block combines 3×3, 7×7 "
         "and 13×13 depthwise branches, which are folded into a single 13×13 convolution before inference, so "
         "the deployed network has neither branches nor normalisation layers. A frequency-split loss up-weights "
         "high-frequency residuals during the last 20% of training. Averaged over Set5, Set14, BSD100, Urban100 "
         "and Manga109, UpliftSR improves PSNR over SPAN by 0.11 dB at ×4 while requiring 38% fewer FLOPs "
         "(13.6G vs. 22.0G for a 1280×720 output). Against SwinIR-light, UpliftSR gives up 0.07 dB PSNR on Urban100 "
         "but runs 6.2× faster on an RTX 4090. At ×2, UpliftSR achieves 38.09 dB PSNR and 0.9609 SSIM on Set5. "
         "Under the runtime protocol of the NTIRE 2025 Efficient Super-Resolution Challenge, UpliftSR restores a "
         "2K image in 9.8 ms and is the fastest of the 14 methods we re-evaluated, while staying above the "
         "challenge's 26.90 dB PSNR threshold on DIV2K."),
     "spans": [
         ("UpliftSR", "M"), ("Large-Kernel Attention", "M"), ("Efficient Image Super-Resolution", "T"),
         ("PSNR", "X"), ("Urban100", "D"), ("SAFMN", "M"), ("latency", "X"),
         ("efficient image super-resolution", "T"), ("SR", "T"), ("large-kernel attention", "M"),
         ("Set5", "D"), ("Set14", "D"), ("BSD100", "D"), ("Manga109", "D"), ("SPAN", "M"), ("FLOPs", "X"),
         ("SwinIR-light", "M"), ("SSIM", "X"), ("NTIRE 2025 Efficient Super-Resolution Challenge", "D"),
         ("DIV2K", "D"),
     ],
     "results": [
         ("26.44 dB PSNR", "PSNR", 26.44, "dB", "Urban100", "UpliftSR"),
         ("41% lower latency", "latency reduction", 41, "%", "Urban100", "UpliftSR"),
         ("PSNR over SPAN by 0.11 dB", "PSNR", 0.11, "dB", None, "UpliftSR"),
         ("38% fewer FLOPs", "FLOPs reduction", 38, "%", None, "UpliftSR"),
         ("13.6G", "FLOPs", 13.6, "G", None, "UpliftSR"),
         ("22.0G", "FLOPs", 22.0, "G", None, "SPAN"),
         ("gives up 0.07 dB PSNR", "PSNR", 0.07, "dB", "Urban100", "UpliftSR"),
         ("runs 6.2× faster", "speed-up", 6.2, "×", None, "UpliftSR"),
         ("38.09 dB PSNR", "PSNR", 38.09, "dB", "Set5", "UpliftSR"),
         ("0.9609 SSIM", "SSIM", 0.9609, None, "Set5", "UpliftSR"),
         ("restores a 2K image in 9.8 ms", "latency", 9.8, "ms",
          "NTIRE 2025 Efficient Super-Resolution Challenge", "UpliftSR"),
     ]},

    # ------------------------------------------------------------------ vision 3 (TeX)
    {"field": "vision",
     "title": "TesseraDet: Tiled Sparse Queries for Real-Time End-to-End Object Detection",
     "text": (
         r"DETR-style detectors remove non-maximum suppression (NMS) post-processing, yet they still spend most "
         r"of their encoder compute on background tokens. We present TesseraDet, an end-to-end detector for "
         r"real-time object detection that partitions the multi-scale feature map into tiles and lets a "
         r"lightweight scorer keep only the top-$k$ tiles ($k=64$) before the encoder, so that the encoder "
         r"attends to $\sim$30\% of the tokens. During training, a tile-consistent one-to-many assignment "
         r"provides denser supervision; at inference the detector uses one-to-one matching and needs no NMS. On "
         r"COCO val2017, TesseraDet-L achieves $\mathbf{54.1}$ AP at 108 FPS on a T4 GPU with TensorRT FP16, "
         r"outperforming RT-DETR-R50 by 0.9 AP while running $1.3\times$ faster, and YOLOv8-L by 1.2 AP at "
         r"similar speed. The small variant, TesseraDet-S, reaches 47.8 AP with 9.6M parameters at a latency of "
         r"3.1 ms. With the same 72-epoch schedule, TesseraDet-L raises AP$_S$ from 35.2 for RT-DETR-R50 to "
         r"37.9. Fine-tuned on LVIS v1.0, TesseraDet-L obtains 41.7 box AP and 33.0 AP$_r$ on rare categories, "
         r"improving AP$_r$ by 2.6 points over RT-DETR-R50. TesseraDet's tile selection also cuts encoder FLOPs "
         r"by 58\% relative to a dense encoder. Code and weights are available."),
     "spans": [
         ("TesseraDet", "M"), ("TesseraDet-L", "M"), ("TesseraDet-S", "M"), ("Object Detection", "T"),
         ("object detection", "T"), ("DETR", "M"), ("non-maximum suppression", "M"), ("NMS", "M"),
         ("one-to-many assignment", "M"), ("one-to-one matching", "M"), ("COCO val2017", "D"), ("AP", "X"),
         ("FPS", "X"), ("RT-DETR-R50", "M"), ("YOLOv8-L", "M"), ("latency", "X"),
         ("AP$_S$", "X", {"punct": True}), ("LVIS v1.0", "D"), ("box AP", "X"),
         ("AP$_r$", "X", {"punct": True}), ("encoder FLOPs", "X"),
     ],
     "results": [
         (r"achieves $\mathbf{54.1}$ AP", "AP", 54.1, None, "COCO val2017", "TesseraDet-L"),
         ("108 FPS", "FPS", 108, None, "COCO val2017", "TesseraDet-L"),
         ("by 0.9 AP", "AP", 0.9, None, "COCO val2017", "TesseraDet-L"),
         (r"running $1.3\times$ faster", "speed-up", 1.3, "×", "COCO val2017", "TesseraDet-L"),
         ("by 1.2 AP", "AP", 1.2, None, "COCO val2017", "TesseraDet-L"),
         ("47.8 AP", "AP", 47.8, None, None, "TesseraDet-S"),
         ("latency of 3.1 ms", "latency", 3.1, "ms", None, "TesseraDet-S"),
         ("AP$_S$ from 35.2", "AP_S", 35.2, None, None, "RT-DETR-R50"),
         ("to 37.9", "AP_S", 37.9, None, None, "TesseraDet-L"),
         ("41.7 box AP", "box AP", 41.7, None, "LVIS v1.0", "TesseraDet-L"),
         ("33.0 AP$_r$ on rare categories", "AP_r", 33.0, None, "LVIS v1.0", "TesseraDet-L"),
         ("AP$_r$ by 2.6 points", "AP_r", 2.6, "points", "LVIS v1.0", "TesseraDet-L"),
         (r"encoder FLOPs by 58\%", "encoder FLOPs reduction", 58, "%", None, "TesseraDet"),
     ]},

    # ------------------------------------------------------------------ vision 4 (narrative, plain)
    {"field": "vision",
     "title": "Trawl: Trajectory-Aligned Adversarial Distillation for Few-Step Text-to-Image Generation",
     "text": (
         "Diffusion models produce excellent images but need dozens of denoising steps, and few-step students "
         "distilled from them tend either to lose diversity, as with purely adversarial objectives, or to blur "
         "fine detail, as with consistency distillation. This paper describes Trawl, a distillation method that "
         "trains a student to match short segments of the teacher's probability-flow trajectory, while a "
         "discriminator operating in the teacher's latent space enforces realism only at the segment endpoints. "
         "We distil Stable Diffusion XL into students that sample in 1, 2 and 4 steps. Each student is trained "
         "for 20K iterations on 2M prompt–image pairs from LAION-Aesthetics with a guidance scale of 6.0, which "
         "takes about 640 A100 GPU-hours. On COCO-30K, the 4-step Trawl student obtains an FID of 17.9 and a "
         "CLIP score of 0.327, compared with 19.6 and 0.322 for LCM-LoRA and 21.3 and 0.331 for SDXL-Turbo; the "
         "50-step SDXL teacher scores 18.4 and 0.329. With a single step, Trawl's FID is 20.8, better than "
         "SDXL-Turbo's 23.9. In a user study of 1,200 pairwise comparisons, raters preferred Trawl over "
         "LCM-LoRA in 63% of cases and judged it equal to the teacher in 41%. Generating a 1024×1024 image with "
         "the 4-step Trawl student takes 0.19 s on an A100, 12.5× faster than the teacher. Text rendering "
         "remains weak, and we have not evaluated Trawl on video."),
     "spans": [
         ("Trawl", "M"), ("Adversarial Distillation", "M"), ("Text-to-Image Generation", "T"),
         ("Diffusion models", "M"), ("consistency distillation", "M"), ("distillation", "M"),
         ("Stable Diffusion XL", "M"), ("LAION-Aesthetics", "D"), ("COCO-30K", "D"), ("FID", "X"),
         ("CLIP score", "X"), ("LCM-LoRA", "M"), ("SDXL-Turbo", "M"), ("SDXL", "M"), ("Text rendering", "T"),
     ],
     "results": [
         ("takes about 640 A100 GPU-hours", "training time", 640, "GPU-hours", "LAION-Aesthetics", None),
         ("FID of 17.9", "FID", 17.9, None, "COCO-30K", "Trawl"),
         ("CLIP score of 0.327", "CLIP score", 0.327, None, "COCO-30K", "Trawl"),
         ("19.6", "FID", 19.6, None, "COCO-30K", "LCM-LoRA"),
         ("0.322", "CLIP score", 0.322, None, "COCO-30K", "LCM-LoRA"),
         ("21.3", "FID", 21.3, None, "COCO-30K", "SDXL-Turbo"),
         ("0.331", "CLIP score", 0.331, None, "COCO-30K", "SDXL-Turbo"),
         ("scores 18.4", "FID", 18.4, None, "COCO-30K", "SDXL"),
         ("0.329", "CLIP score", 0.329, None, "COCO-30K", "SDXL"),
         ("FID is 20.8", "FID", 20.8, None, None, "Trawl"),
         ("23.9", "FID", 23.9, None, None, "SDXL-Turbo"),
         ("in 63% of cases", "win rate", 63, "%", None, "Trawl"),
         ("equal to the teacher in 41%", "tie rate", 41, "%", None, "Trawl"),
         ("Generating a 1024×1024 image with the 4-step Trawl student takes 0.19 s", "generation time", 0.19,
          "s", None, "Trawl"),
         ("12.5× faster", "speed-up", 12.5, "×", None, "Trawl"),
     ]},

    # ------------------------------------------------------------------ vision 5 (plain, results first)
    {"field": "vision",
     "title": "Undertow: Carrying Motion Memory Across Frames for Optical Flow Estimation",
     "text": (
         "Undertow reaches an end-point error (EPE) of 0.98 on Sintel clean and 1.62 on Sintel final, and an "
         "Fl-all of 3.52% on KITTI-2015, ranking first on both public leaderboards among methods that use at "
         "most five frames. Optical flow estimators that process a video two frames at a time discard what they "
         "inferred about the scene's motion a moment earlier; multi-frame models such as VideoFlow recover some "
         "of it but must re-encode every frame of a fixed window. Undertow instead carries a compact motion "
         "memory, a set of 256 learned tokens, from one frame pair to the next, and lets the recurrent "
         "refinement of a RAFT-style update operator read from and write to it. Memory writes are gated by a "
         "learned occlusion estimate, so tokens that describe surfaces leaving the view decay instead of "
         "corrupting later estimates. We train with the standard FlyingChairs → FlyingThings3D → Sintel+KITTI "
         "schedule. Undertow improves over VideoFlow-MOF by 0.03 EPE on Sintel final and by 0.13 percentage "
         "points of Fl-all on KITTI-2015, while using 38% less GPU memory at 1024×436 resolution. Undertow's EPE "
         "in occluded regions of Sintel final falls from 5.84 to 5.19. On the Spring benchmark, evaluated "
         "zero-shot, Undertow attains 0.41 EPE, against 0.47 for SEA-RAFT. Undertow runs at 9.4 frames per "
         "second on an RTX 3090 for 1024×436 inputs."),
     "spans": [
         ("Undertow", "M"), ("Optical Flow Estimation", "T"), ("Optical flow", "T"), ("end-point error", "X"),
         ("EPE", "X"), ("Sintel clean", "D"), ("Sintel final", "D"), ("Sintel", "D"), ("Fl-all", "X"),
         ("KITTI-2015", "D"), ("KITTI", "D"), ("VideoFlow", "M"), ("VideoFlow-MOF", "M"), ("RAFT", "M"),
         ("SEA-RAFT", "M"), ("FlyingChairs", "D"), ("FlyingThings3D", "D"), ("GPU memory", "X"),
         ("Spring", "D"), ("frames per second", "X"),
     ],
     "results": [
         ("end-point error (EPE) of 0.98", "end-point error", 0.98, None, "Sintel clean", "Undertow"),
         ("1.62", "end-point error", 1.62, None, "Sintel final", "Undertow"),
         ("Fl-all of 3.52%", "Fl-all", 3.52, "%", "KITTI-2015", "Undertow"),
         ("by 0.03 EPE", "end-point error", 0.03, None, "Sintel final", "Undertow"),
         ("0.13 percentage points of Fl-all", "Fl-all", 0.13, "points", "KITTI-2015", "Undertow"),
         ("38% less GPU memory", "GPU memory reduction", 38, "%", None, "Undertow"),
         ("EPE in occluded regions of Sintel final falls from 5.84 to 5.19", "end-point error", 5.19, None,
          "Sintel final", "Undertow"),
         ("0.41 EPE", "end-point error", 0.41, None, "Spring", "Undertow"),
         ("0.47", "end-point error", 0.47, None, "Spring", "SEA-RAFT"),
         ("9.4 frames per second", "throughput", 9.4, None, None, "Undertow"),
     ]},

    # ------------------------------------------------------------------ vision 6 (TeX)
    {"field": "vision",
     "title": "Thimble: Cheap Adversarial Training via Sparse Perturbation Reuse",
     "text": (
         r"Adversarial training (AT) with projected gradient descent (PGD) remains the most reliable defence "
         r"against $\ell_\infty$-bounded attacks, but its multi-step inner loop multiplies the cost of every "
         r"training epoch. Single-step variants such as FGSM-AT are cheaper yet prone to catastrophic "
         r"overfitting. We propose Thimble, which stores a sparse perturbation for every training example and "
         r"refines it with one gradient step per epoch, so that the attack accumulates iterations across epochs "
         r"at the price of single-step training. A per-example reset, triggered when the loss on the stored "
         r"perturbation falls below a fraction $\rho=0.3$ of the clean loss, prevents stale perturbations. On "
         r"CIFAR-10 with $\epsilon = 8/255$ and a WideResNet-34-10, Thimble attains 56.2\% AutoAttack robust "
         r"accuracy and 84.9\% clean accuracy, versus 53.1\% and 84.6\% for PGD-AT, while cutting training time "
         r"from 31.4 to 4.6 GPU-hours. Across 5 seeds Thimble never overfitted catastrophically, whereas FGSM-AT "
         r"collapsed in 3 of 5 seeds. On CIFAR-100, Thimble's robust accuracy is 29.8\% (+1.7 points over "
         r"TRADES). On ImageNet-1K with a ResNet-50 at $\epsilon = 4/255$, Thimble reaches 38.4\% robust "
         r"accuracy in $\sim$2.5$\times$ less training time than Fast-AT. It is the best single-step entry on "
         r"the RobustBench CIFAR-10 $\ell_\infty$ leaderboard."),
     "spans": [
         ("Thimble", "M"), ("Adversarial Training", "M"), ("Adversarial training", "M"), ("AT", "M"),
         ("projected gradient descent", "M"), ("PGD", "M"), ("FGSM-AT", "M"), ("CIFAR-10", "D"),
         ("WideResNet-34-10", "M"), ("AutoAttack", "M"), ("robust accuracy", "X"), ("clean accuracy", "X"),
         ("PGD-AT", "M"), ("training time", "X"), ("CIFAR-100", "D"), ("TRADES", "M"), ("ImageNet-1K", "D"),
         ("ResNet-50", "M"), ("Fast-AT", "M"), ("RobustBench", "D"),
     ],
     "results": [
         (r"56.2\% AutoAttack robust accuracy", "robust accuracy", 56.2, "%", "CIFAR-10", "Thimble"),
         (r"84.9\% clean accuracy", "clean accuracy", 84.9, "%", "CIFAR-10", "Thimble"),
         (r"53.1\%", "robust accuracy", 53.1, "%", "CIFAR-10", "PGD-AT"),
         (r"84.6\%", "clean accuracy", 84.6, "%", "CIFAR-10", "PGD-AT"),
         ("training time from 31.4 to 4.6 GPU-hours", "training time", 4.6, "GPU-hours", "CIFAR-10", "Thimble"),
         ("collapsed in 3 of 5 seeds", "seeds collapsed", 3, None, None, "FGSM-AT"),
         (r"robust accuracy is 29.8\%", "robust accuracy", 29.8, "%", "CIFAR-100", "Thimble"),
         ("+1.7 points over TRADES", "robust accuracy", 1.7, "points", "CIFAR-100", "Thimble"),
         (r"38.4\% robust accuracy", "robust accuracy", 38.4, "%", "ImageNet-1K", "Thimble"),
         (r"2.5$\times$ less training time", "training time reduction", 2.5, "×", "ImageNet-1K", "Thimble"),
     ]},
]
