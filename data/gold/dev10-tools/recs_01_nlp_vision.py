"""extra-dev-10 drafting records (annotator h1): nlp (5) and vision (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Driftlock", "Cantilever", "Dewlatch", "Bramblecoil", "Alderhush",
          "Ashgrove", "Corbelnet", "Duskfern", "Basaltine", "Amberlith"]

RECS = [
    # ------------------------------------------------------------------ nlp
    {
        "field": "nlp",
        "title": "Driftlock: Knowing When to Stop Retrieving in Multi-Hop Question Answering",
        "text": (
            "Retrieval-augmented generation (RAG) lets large language models (LLMs) answer questions beyond their "
            "parametric knowledge, but when the retrieved passages are incomplete, models tend to produce fluent yet "
            "unsupported answers instead of abstaining. We present Driftlock, a lightweight gate for multi-hop "
            "question answering that decides, after each retrieval hop, whether the accumulated evidence suffices to "
            "answer, warrants another hop, or calls for abstention. The gate is a 110M-parameter cross-encoder "
            "trained on silver labels derived from answer agreement across 8 sampled reasoning chains, and it needs "
            "no access to the generator's weights. We pair Driftlock with Llama-3.1-8B-Instruct and "
            "Qwen2.5-14B-Instruct and evaluate on HotpotQA, 2WikiMultiHopQA and MuSiQue. At a fixed coverage of 80%, "
            "Driftlock attains selective accuracies of 71.4%, 68.9% and 52.3% on the three datasets, respectively, "
            "against 64.0%, 61.7% and 44.8% for Self-RAG. Its AUROC for unanswerable question detection reaches "
            "0.87 on MuSiQue, compared with 0.74 for token-level entropy thresholding. Exact match (EM) at full "
            "coverage also rises by 2.6 points on average across the three datasets, because the gate stops many "
            "chains before they drift off topic. These gains hold for both generators (p < 0.01). Driftlock also "
            "issues 27% fewer retrieval calls than IRCoT, and the gate runs in 6 ms per hop on one A100 GPU. We "
            "release the silver labels and code."
        ),
        "spans": [
            ("Driftlock", "M"), ("Multi-Hop Question Answering", "T"), ("multi-hop question answering", "T"),
            ("Retrieval-augmented generation", "M"), ("RAG", "M"), ("large language models", "M"), ("LLMs", "M"),
            ("cross-encoder", "M"), ("Llama-3.1-8B-Instruct", "M"), ("Qwen2.5-14B-Instruct", "M"),
            ("HotpotQA", "D"), ("2WikiMultiHopQA", "D"), ("MuSiQue", "D"), ("coverage", "X"),
            ("selective accuracies", "X"), ("Self-RAG", "M"), ("AUROC", "X"),
            ("unanswerable question detection", "T"), ("token-level entropy thresholding", "M"),
            ("Exact match", "X"), ("EM", "X"), ("retrieval calls", "X"), ("IRCoT", "M"),
        ],
        "results": [
            ("selective accuracies of 71.4%", "selective accuracy", 71.4, "%", "HotpotQA", "Driftlock"),
            ("68.9%", "selective accuracy", 68.9, "%", "2WikiMultiHopQA", "Driftlock"),
            ("52.3%", "selective accuracy", 52.3, "%", "MuSiQue", "Driftlock"),
            ("64.0%", "selective accuracy", 64.0, "%", "HotpotQA", "Self-RAG"),
            ("61.7%", "selective accuracy", 61.7, "%", "2WikiMultiHopQA", "Self-RAG"),
            ("44.8%", "selective accuracy", 44.8, "%", "MuSiQue", "Self-RAG"),
            ("AUROC for unanswerable question detection reaches 0.87", "AUROC", 0.87, None, "MuSiQue", None),
            ("0.74", "AUROC", 0.74, None, "MuSiQue", "token-level entropy thresholding"),
            ("Exact match (EM) at full coverage also rises by 2.6 points", "exact match", 2.6, "points", None, None),
            ("p < 0.01", "p-value", 0.01, None, None, None),
            ("27% fewer retrieval calls", "retrieval call reduction", 27, "%", None, "Driftlock"),
            ("runs in 6 ms", "latency", 6, "ms", None, None),
        ],
    },
    {
        "field": "nlp",
        "title": "Cantilever: Pivot-Free Preference Optimization for Low-Resource Machine Translation",
        "text": (
            "We introduce Cantilever, a preference optimization recipe for low-resource machine translation that "
            "needs no pivoting through English. Preference pairs are ranked by CometKiwi over 64 sampled hypotheses "
            "per source sentence, and the model is trained with direct preference optimization (DPO) plus a "
            "length-normalized SFT term (weight 0.1). Base model: Gemma-2-9B. Evaluation: FLORES-200 devtest, 24 "
            "directions out of English, and the WMT24 English-Icelandic and English-Czech test sets. Results: "
            "Cantilever reaches 38.7 chrF++ averaged over the 24 FLORES-200 directions (+3.1 over SFT, +1.4 over "
            "CPO). Averaged COMET-22 rises from 81.2 to 84.5. Cantilever beats NLLB-200 (3.3B) on 17 of the 24 "
            "directions and trails GPT-4o by 0.6 chrF++ on average. On WMT24 En-Is, it obtains 0.842 COMET-22 "
            "versus 0.816 for ALMA-R. In a human evaluation with MQM annotation (400 segments, 3 directions), "
            "Cantilever makes 21% fewer major errors than the SFT baseline. Training uses 96 H100 GPU hours, 4.2x "
            "fewer than CPO with an external reward model. Mined preference data and checkpoints will be released."
        ),
        "spans": [
            ("Cantilever", "M"), ("Preference Optimization", "M"), ("preference optimization", "M"),
            ("Low-Resource Machine Translation", "T"), ("low-resource machine translation", "T"),
            ("CometKiwi", "X"), ("direct preference optimization", "M"), ("DPO", "M"), ("SFT", "M"),
            ("Gemma-2-9B", "M"), ("FLORES-200 devtest", "D"), ("FLORES-200", "D"), ("WMT24", "D"),
            ("WMT24 En-Is", "D"), ("chrF++", "X", {"punct": True}), ("CPO", "M"), ("COMET-22", "X"),
            ("NLLB-200", "M"), ("GPT-4o", "M"), ("ALMA-R", "M"), ("MQM", "X"), ("major errors", "X"),
        ],
        "results": [
            ("38.7", "chrF++", 38.7, None, "FLORES-200", "Cantilever"),
            ("+3.1", "chrF++", 3.1, None, "FLORES-200", "Cantilever"),
            ("+1.4", "chrF++", 1.4, None, "FLORES-200", "Cantilever"),
            ("COMET-22 rises from 81.2 to 84.5", "COMET-22", 84.5, None, None, None),
            ("17 of the 24 directions", "directions won", 17, None, None, "Cantilever"),
            ("trails GPT-4o by 0.6", "chrF++", 0.6, None, None, "Cantilever"),
            ("0.842 COMET-22", "COMET-22", 0.842, None, "WMT24 En-Is", None),
            ("0.816", "COMET-22", 0.816, None, "WMT24 En-Is", "ALMA-R"),
            ("21% fewer major errors", "major error reduction", 21, "%", None, "Cantilever"),
            ("96 H100 GPU hours", "training time", 96, "GPU hours", None, None),
            ("4.2x fewer", "training time reduction", 4.2, "×", None, None),
        ],
    },
    {
        "field": "nlp",
        "title": "Dewlatch: Probing Attention Heads for Token-Level Hallucination Detection in Summarization",
        "text": (
            "Detecting unsupported content in generated summaries usually requires a second large model acting as a "
            "judge, which roughly doubles inference cost. We ask whether the summarizer's own attention patterns "
            "already carry this signal. Dewlatch trains linear probes on the outputs of a small set of attention "
            "heads, chosen on 500 held-out examples, to flag hallucinated tokens during decoding. We evaluate on the "
            "summarization portion of RAGTruth and on AggreFact-CNN and AggreFact-XSum, using Llama-2-13B-Chat and "
            "Mistral-7B-Instruct as summarizers. The results are mixed but, we think, encouraging. On RAGTruth, "
            "Dewlatch reaches a token-level F1 of 0.58 ± 0.02 over five seeds, within 0.03 of a fine-tuned "
            "RoBERTa-large detector (0.61) and well above SelfCheckGPT (0.41), while adding under 2% to decoding "
            "time. Balanced accuracy (BAcc) on AggreFact-CNN is 71.8%, compared with 74.6% for AlignScore, but on "
            "AggreFact-XSum the probe falls to 58.9% BAcc, only marginally better than chance. We attribute this "
            "to the more abstractive references of XSum, in which unsupported but plausible content is common. "
            "Probes also transfer poorly across model families: a probe trained on Llama-2-13B-Chat loses 19 F1 "
            "points when applied to Mistral-7B-Instruct. We therefore see Dewlatch as a cheap first filter rather "
            "than a replacement for external verifiers, and we release the probes, head rankings and evaluation "
            "scripts."
        ),
        "spans": [
            ("Dewlatch", "M"), ("Token-Level Hallucination Detection", "T"), ("Summarization", "T"),
            ("summarization", "T"), ("linear probes", "M"), ("RAGTruth", "D"), ("AggreFact-CNN", "D"),
            ("AggreFact-XSum", "D"), ("XSum", "D"), ("Llama-2-13B-Chat", "M"), ("Mistral-7B-Instruct", "M"),
            ("token-level F1", "X"), ("F1", "X"), ("RoBERTa-large", "M"), ("SelfCheckGPT", "M"),
            ("decoding time", "X"), ("Balanced accuracy", "X"), ("BAcc", "X"), ("AlignScore", "M"),
        ],
        "results": [
            ("token-level F1 of 0.58 ± 0.02", "token-level F1", 0.58, None, "RAGTruth", "Dewlatch"),
            ("within 0.03", "token-level F1", 0.03, None, "RAGTruth", "Dewlatch"),
            ("0.61", "token-level F1", 0.61, None, "RAGTruth", "RoBERTa-large"),
            ("0.41", "token-level F1", 0.41, None, "RAGTruth", "SelfCheckGPT"),
            ("under 2% to decoding time", "decoding time", 2, "%", "RAGTruth", "Dewlatch"),
            ("Balanced accuracy (BAcc) on AggreFact-CNN is 71.8%", "balanced accuracy", 71.8, "%", "AggreFact-CNN", None),
            ("74.6%", "balanced accuracy", 74.6, "%", "AggreFact-CNN", "AlignScore"),
            ("58.9% BAcc", "balanced accuracy", 58.9, "%", "AggreFact-XSum", None),
            ("loses 19 F1", "F1", 19, "points", None, "Llama-2-13B-Chat"),
        ],
    },
    {
        "field": "nlp",
        "title": "Bramblecoil: Step-Level Value Distillation Cuts Search FLOPs by 58% on MATH",
        "text": (
            "At matched accuracy, Bramblecoil cuts the FLOPs of tree search by 58% on MATH and by 46% on GSM8K. "
            "Bramblecoil is a process reward model (PRM) distilled from rollouts of Qwen2.5-Math-72B-Instruct into a "
            "1.5B-parameter value head that scores partial solutions of a Qwen2.5-Math-7B-Instruct policy for "
            "mathematical reasoning. Guiding beam search of width 8, Bramblecoil lifts MATH500 accuracy from 83.6% "
            "to 88.2% and AIME 2024 pass@1 from 13.3% to 23.3% (4 vs. 7 of 30 problems solved), while Math-Shepherd "
            "and Skywork-PRM reach 85.1% and 86.0% on MATH500, respectively. Under best-of-N selection with N = 64, "
            "it attains an oracle-normalized accuracy of 91.4%, 5.7 points above majority voting. On OlympiadBench "
            "it improves over the policy alone by 6.1 points. Distillation requires 1,900 A100 GPU hours, roughly "
            "4.8x less than training a PRM of equal size from scratch. Inference overhead is modest: the value head "
            "adds 9% to per-token latency. We further show that step-level values transfer to the unseen "
            "DeepSeek-Math-7B-RL policy, recovering 93% of the gain obtained on the original policy. All value "
            "heads and rollout data are public."
        ),
        "spans": [
            ("Bramblecoil", "M"), ("Step-Level Value Distillation", "M"), ("FLOPs", "X"), ("MATH", "D"),
            ("accuracy", "X"), ("tree search", "M"), ("GSM8K", "D"), ("process reward model", "M"), ("PRM", "M"),
            ("Qwen2.5-Math-72B-Instruct", "M"), ("Qwen2.5-Math-7B-Instruct", "M"), ("mathematical reasoning", "T"),
            ("beam search", "M"), ("MATH500", "D"), ("AIME 2024", "D"), ("pass@1", "X"), ("Math-Shepherd", "M"),
            ("Skywork-PRM", "M"), ("best-of-N", "M"), ("oracle-normalized accuracy", "X"), ("majority voting", "M"),
            ("OlympiadBench", "D"), ("Distillation", "M"), ("per-token latency", "X"), ("DeepSeek-Math-7B-RL", "M"),
        ],
        "title_results": [
            ("FLOPs by 58%", "FLOPs reduction", 58, "%", "MATH", "Bramblecoil"),
        ],
        "results": [
            ("FLOPs of tree search by 58%", "FLOPs reduction", 58, "%", "MATH", "Bramblecoil"),
            ("46%", "FLOPs reduction", 46, "%", "GSM8K", "Bramblecoil"),
            ("MATH500 accuracy from 83.6% to 88.2%", "accuracy", 88.2, "%", "MATH500", "Bramblecoil"),
            ("AIME 2024 pass@1 from 13.3% to 23.3%", "pass@1", 23.3, "%", "AIME 2024", "Bramblecoil"),
            ("4 vs", "problems solved", 4, None, "AIME 2024", None),
            ("7 of 30 problems solved", "problems solved", 7, None, "AIME 2024", "Bramblecoil"),
            ("85.1%", "accuracy", 85.1, "%", "MATH500", "Math-Shepherd"),
            ("86.0%", "accuracy", 86.0, "%", "MATH500", "Skywork-PRM"),
            ("oracle-normalized accuracy of 91.4%", "oracle-normalized accuracy", 91.4, "%", None, None),
            ("5.7 points above majority voting", "oracle-normalized accuracy", 5.7, "points", None, None),
            ("improves over the policy alone by 6.1 points", "improvement", 6.1, "points", "OlympiadBench", None),
            ("1,900 A100 GPU hours", "distillation time", 1900, "GPU hours", None, None),
            ("4.8x less", "distillation time reduction", 4.8, "×", None, None),
            ("adds 9% to per-token latency", "per-token latency", 9, "%", None, None),
            ("recovering 93% of the gain", "relative gain", 93, "%", None, "DeepSeek-Math-7B-RL"),
        ],
    },
    {
        "field": "nlp",
        "title": "Alderhush: Learning 64-Byte Passage Embeddings for Multilingual Retrieval",
        "text": (
            "Dense retrievers now sit behind most search and retrieval-augmented generation systems, yet storing a "
            "1,024-dimensional float32 vector for every passage makes billion-scale indexes expensive. Product "
            "quantization (PQ) and binary quantization shrink the index, but their losses are uneven across "
            "languages and hard to predict before deployment. In this paper we describe Alderhush, a learned "
            "compression scheme that jointly trains a Matryoshka-style projection and a per-dimension scalar "
            "quantizer on top of a frozen encoder, guided by the encoder's own ranking of hard negatives. Applied to "
            "BGE-M3, Alderhush compresses each embedding to 64 bytes, a 64x reduction in index size. On MIRACL, "
            "which covers 18 languages, Alderhush retains 97.2% of the uncompressed nDCG@10, whereas 64-byte PQ "
            "retains 89.5%; it is the best compressed method on 15 of the 18 languages. On the English BEIR suite, "
            "average nDCG@10 is 52.8, within 0.4 points of the uncompressed model and 3.9 points above binary "
            "quantization at equal size. Recall@100 on MS MARCO dev is almost unchanged (0.912 vs. 0.917). The "
            "savings carry over to serving: on a 100M-passage index, query latency drops from 38 ms to 11 ms on "
            "CPU, and memory footprint from 410 GB to 6.4 GB. Training the projection takes 3.5 hours on a single "
            "GPU and uses only English MS MARCO triples, which suggests that the compression does not depend on "
            "language-specific supervision."
        ),
        "spans": [
            ("Alderhush", "M"), ("Multilingual Retrieval", "T"), ("Dense retrievers", "M"),
            ("retrieval-augmented generation", "M"), ("Product quantization", "M"), ("PQ", "M"),
            ("binary quantization", "M"), ("Matryoshka", "M"), ("scalar quantizer", "M"), ("BGE-M3", "M"),
            ("index size", "X"), ("MIRACL", "D"), ("nDCG@10", "X"), ("average nDCG@10", "X"), ("BEIR", "D"),
            ("Recall@100", "X"), ("MS MARCO dev", "D"), ("MS MARCO", "D"), ("query latency", "X"),
            ("memory footprint", "X"),
        ],
        "results": [
            ("64x reduction in index size", "index size reduction", 64, "×", None, "Alderhush"),
            ("retains 97.2% of the uncompressed nDCG@10", "relative nDCG@10", 97.2, "%", "MIRACL", "Alderhush"),
            ("retains 89.5%", "relative nDCG@10", 89.5, "%", "MIRACL", "PQ"),
            ("best compressed method on 15 of the 18 languages", "languages ranked first", 15, None, "MIRACL", "Alderhush"),
            ("average nDCG@10 is 52.8", "average nDCG@10", 52.8, None, "BEIR", None),
            ("within 0.4 points", "average nDCG@10", 0.4, "points", "BEIR", None),
            ("3.9 points above binary quantization", "average nDCG@10", 3.9, "points", "BEIR", None),
            ("0.912", "Recall@100", 0.912, None, "MS MARCO dev", None),
            ("0.917", "Recall@100", 0.917, None, "MS MARCO dev", None),
            ("query latency drops from 38 ms to 11 ms", "query latency", 11, "ms", None, None),
            ("memory footprint from 410 GB to 6.4 GB", "memory footprint", 6.4, "GB", None, None),
            ("Training the projection takes 3.5 hours", "training time", 3.5, "h", None, None),
        ],
    },
    # ------------------------------------------------------------------ vision
    {
        "field": "vision",
        "title": "Ashgrove: Reparameterized Gated Convolutions for Efficient Image Super-Resolution",
        "text": (
            "Efficient image super-resolution (ESR) models must balance restoration quality against parameters, "
            "FLOPs and on-device latency. Recent ESR networks such as SPAN and SAFMN rely on attention-like "
            "modulation that is cheap in FLOPs but slow on mobile NPUs. We present Ashgrove, a convolution-only "
            "network built from gated reparameterizable blocks: during training each block uses parallel 3×3, 1×1 "
            "and identity branches with a learned gate, and at inference these collapse into a single 3×3 "
            "convolution followed by an element-wise gate. Ashgrove is trained on DIV2K and Flickr2K with an L1 "
            "loss, then fine-tuned with an MSE loss at patch size 256. For ×4 upscaling, Ashgrove-S (212K "
            "parameters, 13.1G FLOPs) obtains 32.31 dB / 0.8961 PSNR/SSIM on Set5 and 26.38 dB on Urban100, "
            "surpassing SAFMN by 0.13 dB and 0.21 dB, respectively, with 12% fewer parameters. The larger Ashgrove-L "
            "achieves 26.71 dB PSNR on Urban100 and 31.02 dB on Manga109. On a Snapdragon 8 Gen 3 NPU, Ashgrove-S "
            "upscales a 540p frame to 4K in 18.4 ms, a 3.18times speedup over SPAN, and its runtime on an RTX 4090 "
            "is 6.2 ms."
        ),
        "spans": [
            ("Ashgrove", "M"), ("Efficient Image Super-Resolution", "T"), ("Efficient image super-resolution", "T"),
            ("ESR", "T"), ("parameters", "X"), ("FLOPs", "X"), ("on-device latency", "X"), ("SPAN", "M"),
            ("SAFMN", "M"), ("DIV2K", "D"), ("Flickr2K", "D"), ("Ashgrove-S", "M"), ("Ashgrove-L", "M"),
            ("PSNR", "X"), ("SSIM", "X"), ("Set5", "D"), ("Urban100", "D"), ("Manga109", "D"), ("speedup", "X"),
            ("runtime", "X"),
        ],
        "results": [
            ("212K parameters", "parameters", 212, "K", None, "Ashgrove-S"),
            ("13.1G FLOPs", "FLOPs", 13.1, "G", None, "Ashgrove-S"),
            ("32.31 dB", "PSNR", 32.31, "dB", "Set5", "Ashgrove-S"),
            ("0.8961", "SSIM", 0.8961, None, "Set5", "Ashgrove-S"),
            ("26.38 dB on Urban100", "PSNR", 26.38, "dB", "Urban100", "Ashgrove-S"),
            ("0.13 dB", "PSNR", 0.13, "dB", "Set5", "Ashgrove-S"),
            ("0.21 dB", "PSNR", 0.21, "dB", "Urban100", "Ashgrove-S"),
            ("12% fewer parameters", "parameter reduction", 12, "%", None, "Ashgrove-S"),
            ("26.71 dB PSNR on Urban100", "PSNR", 26.71, "dB", "Urban100", "Ashgrove-L"),
            ("31.02 dB on Manga109", "PSNR", 31.02, "dB", "Manga109", "Ashgrove-L"),
            ("in 18.4 ms", "latency", 18.4, "ms", None, "Ashgrove-S"),
            ("3.18times speedup", "speed-up", 3.18, "×", None, "Ashgrove-S"),
            ("runtime on an RTX 4090 is 6.2 ms", "runtime", 6.2, "ms", None, "Ashgrove-S"),
        ],
    },
    {
        "field": "vision",
        "title": "Corbelnet: Aggregating Region-Level Matching Costs for Open-Vocabulary Semantic Segmentation",
        "text": (
            "Open-vocabulary semantic segmentation asks a model to label every pixel with categories described in "
            "free-form text, including categories never annotated during training. Methods such as CAT-Seg "
            "aggregate dense image-text matching costs computed by CLIP, but only at the pixel level, which blurs "
            "object boundaries. Corbelnet aggregates costs over regions proposed by a frozen SAM encoder and fuses "
            "them back with pixel costs through a lightweight gating decoder. The model is trained only on "
            "COCO-Stuff, with its 171 categories. With a CLIP ViT-L/14 backbone, Corbelnet achieves 16.8 mIoU on "
            "ADE20K-847 (A-847), 38.4 on ADE20K-150, 25.9 on Pascal Context-459 and 97.6 on Pascal VOC-20, and it "
            "sets a new state of the art on 5 of the 6 standard benchmarks. The largest gain is on A-847 (+1.9 mIoU "
            "over CAT-Seg), where fine-grained and rare classes dominate; on Pascal Context-59 the two methods are "
            "tied (63.3 vs. 63.5). With the smaller ViT-B/16 backbone, Corbelnet outperforms FC-CLIP by 2.4 mIoU on "
            "average across the six benchmarks while running at 11.2 FPS on an A6000 GPU, compared with 7.9 FPS for "
            "CAT-Seg. Ablations indicate that most of the improvement on ADE20K-847 comes from region-level "
            "aggregation and the remainder from the gating decoder. Code and models will be released."
        ),
        "spans": [
            ("Corbelnet", "M"), ("Open-Vocabulary Semantic Segmentation", "T"),
            ("Open-vocabulary semantic segmentation", "T"), ("CAT-Seg", "M"), ("CLIP", "M"), ("SAM", "M"),
            ("COCO-Stuff", "D"), ("ViT-L/14", "M"), ("mIoU", "X"), ("ADE20K-847", "D"), ("A-847", "D"),
            ("ADE20K-150", "D"), ("Pascal Context-459", "D"), ("Pascal VOC-20", "D"), ("Pascal Context-59", "D"),
            ("ViT-B/16", "M"), ("FC-CLIP", "M"), ("FPS", "X"),
        ],
        "results": [
            ("16.8 mIoU on ADE20K-847", "mIoU", 16.8, None, "ADE20K-847", "Corbelnet"),
            ("38.4 on ADE20K-150", "mIoU", 38.4, None, "ADE20K-150", "Corbelnet"),
            ("25.9 on Pascal Context-459", "mIoU", 25.9, None, "Pascal Context-459", "Corbelnet"),
            ("97.6 on Pascal VOC-20", "mIoU", 97.6, None, "Pascal VOC-20", "Corbelnet"),
            ("state of the art on 5 of the 6 standard benchmarks", "benchmarks ranked first", 5, None, None, "Corbelnet"),
            ("+1.9 mIoU", "mIoU", 1.9, None, "ADE20K-847", None),
            ("63.3", "mIoU", 63.3, None, "Pascal Context-59", None),
            ("63.5", "mIoU", 63.5, None, "Pascal Context-59", "CAT-Seg"),
            ("outperforms FC-CLIP by 2.4 mIoU", "mIoU", 2.4, None, None, "Corbelnet"),
            ("11.2 FPS", "FPS", 11.2, None, None, "Corbelnet"),
            ("7.9 FPS", "FPS", 7.9, None, None, "CAT-Seg"),
        ],
    },
    {
        "field": "vision",
        "title": "Duskfern: Four-Step Text-to-Video Generation via Trajectory-Consistent Distillation",
        "text": (
            "Video diffusion models produce high-fidelity clips but need 50 or more denoising steps, which makes "
            "interactive use impractical. Consistency distillation reduces the step count, yet applied naively to "
            "video it causes temporal flicker and a loss of motion. We propose Duskfern, which distills a pretrained "
            "text-to-video teacher into a four-step student by matching the teacher's probability-flow trajectories "
            "at segment boundaries and adding a temporal adversarial loss on frame differences. We apply Duskfern "
            "to CogVideoX-5B and to the open Wan2.1-1.3B, using 350K captioned clips from OpenVid-1M. Distillation "
            "takes 1,200 H100 GPU hours per model. On VBench, the four-step CogVideoX-5B student obtains a total "
            "score of 82.9%, against 81.6% for the 50-step teacher and 80.4% for AnimateLCM. Zero-shot FVD on "
            "UCF-101 drops from 412 to 367. In a user study with 42 participants, Duskfern videos were preferred "
            "over those of the teacher in 46% of pairwise comparisons and judged equal in 21%. The student generates "
            "a 6-second 720p clip in 9.7 s on a single H100, 12.4× faster than the teacher, and Wan2.1-1.3B "
            "distilled with Duskfern runs at 2.7× the speed of its T2V-Turbo counterpart at comparable quality. "
            "Failure cases remain on fast camera motion and on rendered text."
        ),
        "spans": [
            ("Duskfern", "M"), ("Text-to-Video Generation", "T"), ("Trajectory-Consistent Distillation", "M"),
            ("Video diffusion models", "M"), ("Consistency distillation", "M"), ("text-to-video", "T"),
            ("CogVideoX-5B", "M"), ("Wan2.1-1.3B", "M"), ("OpenVid-1M", "D"), ("Distillation", "M"),
            ("VBench", "D"), ("total score", "X"), ("AnimateLCM", "M"), ("Zero-shot FVD", "X"), ("UCF-101", "D"),
            ("T2V-Turbo", "M"),
        ],
        "results": [
            ("Distillation takes 1,200 H100 GPU hours", "distillation time", 1200, "GPU hours", None, None),
            ("total score of 82.9%", "total score", 82.9, "%", "VBench", "CogVideoX-5B"),
            ("81.6%", "total score", 81.6, "%", "VBench", None),
            ("80.4%", "total score", 80.4, "%", "VBench", "AnimateLCM"),
            ("Zero-shot FVD on UCF-101 drops from 412 to 367", "zero-shot FVD", 367, None, "UCF-101", None),
            ("preferred over those of the teacher in 46% of pairwise comparisons", "win rate", 46, "%", None, "Duskfern"),
            ("judged equal in 21%", "tie rate", 21, "%", None, "Duskfern"),
            ("in 9.7 s", "latency", 9.7, "s", None, None),
            ("12.4× faster", "speed-up", 12.4, "×", None, None),
            ("2.7× the speed", "speed-up", 2.7, "×", None, "Duskfern"),
        ],
    },
    {
        "field": "vision",
        "title": "Basaltine: Forgetting-Aware Test-Time Adaptation under Continual Distribution Shift",
        "text": (
            "Test-time adaptation (TTA) updates a deployed model on unlabeled test batches, but under long, "
            "non-stationary streams most methods gradually collapse. We study this failure mode and introduce "
            "Basaltine, which anchors batch normalization (BN) statistics and affine parameters to a slowly updated "
            "exponential moving average of the source model and resets individual channels whose prediction "
            "entropy drifts beyond a calibrated threshold of 0.4 nats. We evaluate on the continual ImageNet-C "
            "protocol with fifteen corruptions at severity 5, on CIFAR-100-C, and on the natural shifts of "
            "ImageNet-R and ImageNet-Sketch, using a ResNet-50 and a ViT-B/16. With ResNet-50 on ImageNet-C, mean "
            "error falls from 68.1% for CoTTA to 59.4% over ten rounds of the corruption sequence, and Basaltine is "
            "the only method whose error does not increase between the first and the last round. With ViT-B/16 the "
            "error drops to 41.3%, 6.0 points below TENT. On CIFAR-100-C the gain is smaller (30.2% vs. 31.5% error "
            "for RoTTA), and on ImageNet-R the error of Basaltine is within 0.2 points of SAR (95% CI ±0.3 over 5 "
            "runs), so we do not claim an improvement there. Adaptation costs one extra forward pass per batch; "
            "throughput is 612 images/s on an A100, 0.83 times that of TENT. We caution that the threshold was "
            "tuned on held-out corruptions from ImageNet-C, and that transfer to very small batches (size 1-4) "
            "remains weak, with error rising by 6.8 points at batch size 2."
        ),
        "spans": [
            ("Basaltine", "M"), ("Test-Time Adaptation", "T"), ("Test-time adaptation", "T"), ("TTA", "T"),
            ("batch normalization", "M"), ("BN", "M"), ("exponential moving average", "M"), ("ImageNet-C", "D"),
            ("CIFAR-100-C", "D"), ("ImageNet-R", "D"), ("ImageNet-Sketch", "D"), ("ResNet-50", "M"),
            ("ViT-B/16", "M"), ("mean error", "X"), ("error", "X"), ("CoTTA", "M"), ("TENT", "M"), ("RoTTA", "M"),
            ("SAR", "M"), ("throughput", "X"),
        ],
        "results": [
            ("mean error falls from 68.1% for CoTTA to 59.4%", "mean error", 59.4, "%", "ImageNet-C", "Basaltine"),
            ("68.1%", "mean error", 68.1, "%", "ImageNet-C", "CoTTA"),
            ("error drops to 41.3%", "error", 41.3, "%", None, "ViT-B/16"),
            ("6.0 points below TENT", "error", 6.0, "points", None, "ViT-B/16"),
            ("30.2%", "error", 30.2, "%", "CIFAR-100-C", "Basaltine"),
            ("31.5% error", "error", 31.5, "%", "CIFAR-100-C", "RoTTA"),
            ("within 0.2 points of SAR", "error", 0.2, "points", "ImageNet-R", "Basaltine"),
            ("throughput is 612 images/s", "throughput", 612, "images/s", None, None),
            ("0.83 times that of TENT", "relative throughput", 0.83, "×", None, None),
            ("error rising by 6.8 points", "error", 6.8, "points", None, None),
        ],
    },
    {
        "field": "vision",
        "title": "Amberlith: Compact 3D Gaussian Splatting with Learned Anchor Codebooks",
        "text": (
            "Amberlith compresses 3D Gaussian Splatting (3DGS) scenes by 15.2× on average while matching the novel "
            "view synthesis quality of the uncompressed models. The method attaches Gaussians to a sparse set of "
            "anchors, predicts their attributes with a small MLP conditioned on a multiresolution hash encoding, and "
            "stores anchor features with vector quantization (VQ) in learned codebooks of 4,096 entries, which are "
            "further compressed with entropy coding after training. On Mip-NeRF 360, Amberlith reaches 27.61 dB "
            "PSNR at 49 MB, versus 27.45 dB at 734 MB for 3DGS; it obtains the best LPIPS among compact methods on 7 "
            "of the 9 scenes. On Tanks and Temples and Deep Blending the storage falls to 11.8 MB and 6.1 MB, "
            "respectively, with PSNR changes of +0.12 dB and -0.05 dB relative to 3DGS. Compared with HAC, the "
            "strongest anchor-based codec, Amberlith is 23% smaller at equal PSNR on Mip-NeRF 360 and decodes a "
            "scene 2.1× faster. Training takes 38 minutes per scene on an RTX 3090, roughly 1.4 times the training "
            "time of vanilla 3DGS, and rendering is unaffected because decoded anchors are cached."
        ),
        "spans": [
            ("Amberlith", "M"), ("3D Gaussian Splatting", "M"), ("3DGS", "M"), ("novel view synthesis", "T"),
            ("MLP", "M"), ("multiresolution hash encoding", "M"), ("vector quantization", "M"), ("VQ", "M"),
            ("entropy coding", "M"), ("Mip-NeRF 360", "D"), ("PSNR", "X"), ("LPIPS", "X"),
            ("Tanks and Temples", "D"), ("Deep Blending", "D"), ("storage", "X"), ("HAC", "M"),
            ("training time", "X"),
        ],
        "results": [
            ("compresses 3D Gaussian Splatting (3DGS) scenes by 15.2×", "compression ratio", 15.2, "×", None, "Amberlith"),
            ("27.61 dB PSNR", "PSNR", 27.61, "dB", "Mip-NeRF 360", "Amberlith"),
            ("at 49 MB", "storage", 49, "MB", "Mip-NeRF 360", "Amberlith"),
            ("27.45 dB", "PSNR", 27.45, "dB", "Mip-NeRF 360", "3DGS"),
            ("734 MB", "storage", 734, "MB", "Mip-NeRF 360", "3DGS"),
            ("best LPIPS among compact methods on 7 of the 9 scenes", "scenes ranked first", 7, None, "Mip-NeRF 360", "Amberlith"),
            ("storage falls to 11.8 MB", "storage", 11.8, "MB", "Tanks and Temples", None),
            ("6.1 MB", "storage", 6.1, "MB", "Deep Blending", None),
            ("PSNR changes of +0.12 dB", "PSNR", 0.12, "dB", "Tanks and Temples", None),
            ("-0.05 dB", "PSNR", -0.05, "dB", "Deep Blending", None),
            ("23% smaller", "size reduction", 23, "%", "Mip-NeRF 360", "Amberlith"),
            ("decodes a scene 2.1× faster", "decoding speed-up", 2.1, "×", None, "Amberlith"),
            ("Training takes 38 minutes", "training time", 38, "min", None, None),
            ("1.4 times the training time", "relative training time", 1.4, "×", None, None),
        ],
    },
]
