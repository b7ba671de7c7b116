"""fresh8 records: video-understanding (6) and efficient-llm (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Isotrel", "Ivenbrook", "Ithravel", "IzzardQA", "Ingleshade",
          "Iridane", "Ivorwick", "Ixelby", "Ildaris", "Imberlight"]

RECS = [
    # ------------------------------------------------------------ video-understanding
    {
        "field": "video-understanding",
        "title": "Isotrel: Query-Aware Keyframe Selection for Long-Video Question Answering",
        "text": (
            "Video large language models (Video LLMs) answer questions about long videos by uniformly sampling a "
            "fixed budget of frames, so the few seconds that actually contain the answer are often never seen. We "
            "introduce Isotrel, a training-free keyframe selector for long-video question answering that scores "
            "candidate frames against the question with a SigLIP encoder and then picks a subset that balances "
            "relevance and temporal coverage through a determinantal point process (DPP). The 32 selected frames "
            "are passed unchanged to an off-the-shelf Video LLM, so Isotrel works with any model and requires no "
            "fine-tuning. On the long split of Video-MME without subtitles, Isotrel raises the accuracy of "
            "LLaVA-Video-7B to 57.9% (vs. 52.8% with uniform sampling) and that of Qwen2-VL-7B from 50.1% to "
            "55.4%. On MLVU and LongVideoBench, LLaVA-Video-7B with Isotrel scores 71.6 M-avg and 62.3% accuracy, "
            "respectively, gains of 4.4 and 3.1 points over uniform sampling. With only 16 frames, Isotrel comes "
            "within 0.6 points of the accuracy of the 64-frame uniform baseline on EgoSchema. Selection adds "
            "0.4 s per video on one A100, against 2.7 s for caption-based retrieval, most of it spent in the "
            "SigLIP forward pass rather than in the DPP step. Gains are smallest on short clips under two "
            "minutes, where uniform sampling already covers most of the content."
        ),
        "spans": [
            ("Isotrel", "M"), ("Long-Video Question Answering", "T"), ("long-video question answering", "T"),
            ("Video large language models", "M"), ("Video LLMs", "M"), ("Video LLM", "M"), ("SigLIP", "M"),
            ("determinantal point process", "M"), ("DPP", "M"), ("Video-MME", "D"), ("accuracy", "X"),
            ("LLaVA-Video-7B", "M"), ("Qwen2-VL-7B", "M"), ("MLVU", "D"), ("LongVideoBench", "D"),
            ("M-avg", "X"), ("EgoSchema", "D"),
        ],
        "results": [
            ("accuracy of LLaVA-Video-7B to 57.9%", "accuracy", 57.9, "%", "Video-MME", "Isotrel"),
            ("52.8%", "accuracy", 52.8, "%", "Video-MME", "LLaVA-Video-7B"),
            ("from 50.1% to 55.4%", "accuracy", 55.4, "%", "Video-MME", "Isotrel"),
            ("71.6 M-avg", "M-avg", 71.6, None, "MLVU", "Isotrel"),
            ("62.3% accuracy", "accuracy", 62.3, "%", "LongVideoBench", "Isotrel"),
            ("gains of 4.4", "improvement", 4.4, "points", "MLVU", "Isotrel"),
            ("3.1 points", "improvement", 3.1, "points", "LongVideoBench", "Isotrel"),
            ("within 0.6 points of the accuracy", "accuracy", 0.6, "points", "EgoSchema", "Isotrel"),
            ("Selection adds 0.4 s", "selection time", 0.4, "s", None, None),
            ("2.7 s for caption-based retrieval", "selection time", 2.7, "s", None, None),
        ],
    },
    {
        "field": "video-understanding",
        "title": "Ivenbrook: Boundary-Aware Diffusion Decoding for Video Temporal Grounding",
        "text": (
            "Video temporal grounding (VTG) localizes the segment of an untrimmed video that matches a "
            "natural-language query, covering both moment retrieval (MR) and highlight detection (HD). DETR-style "
            "grounders such as Moment-DETR and QD-DETR regress boundaries in a single pass and are sensitive to "
            "ambiguous start and end points. Ivenbrook instead treats span boundaries as noisy variables and "
            "refines them with a conditional diffusion decoder over five denoising steps, guided by a "
            "boundary-contrast loss that sharpens clip-level saliency near transitions. Video features come from "
            "a frozen InternVideo2 encoder and queries are encoded with CLIP. On the QVHighlights test split, "
            "Ivenbrook achieves R1@0.5/R1@0.7 of 69.4/53.8 and an MR mAP of 49.1, surpassing CG-DETR by 3.6 mAP; "
            "for HD it reaches 42.7 mAP and 70.2 HIT@1. On Charades-STA, R1@0.7 rises from 36.3 with UniVTG to "
            "41.5, and mIoU reaches 61.0. On TACoS, Ivenbrook attains an R1@0.5 of 44.9, against 38.8 for the "
            "strongest prior model. Removing the boundary-contrast loss costs 2.1 points of R1@0.7 on "
            "Charades-STA, and replacing the diffusion decoder with a regression head on identical features "
            "costs more still. Inference remains practical: grounding a 150-second video takes 38 ms on a single "
            "RTX 4090."
        ),
        "spans": [
            ("Ivenbrook", "M"), ("Video Temporal Grounding", "T"), ("Video temporal grounding", "T"), ("VTG", "T"),
            ("moment retrieval", "T"), ("MR", "T"), ("highlight detection", "T"), ("HD", "T"), ("DETR", "M"),
            ("Moment-DETR", "M"), ("QD-DETR", "M"), ("InternVideo2", "M"), ("CLIP", "M"), ("QVHighlights", "D"),
            ("R1@0.5", "X"), ("R1@0.7", "X"), ("mAP", "X"), ("CG-DETR", "M"), ("HIT@1", "X"),
            ("Charades-STA", "D"), ("UniVTG", "M"), ("mIoU", "X"), ("TACoS", "D"),
        ],
        "results": [
            ("R1@0.5/R1@0.7 of 69.4", "R1@0.5", 69.4, None, "QVHighlights", "Ivenbrook"),
            ("53.8", "R1@0.7", 53.8, None, "QVHighlights", "Ivenbrook"),
            ("MR mAP of 49.1", "mAP", 49.1, None, "QVHighlights", "Ivenbrook"),
            ("surpassing CG-DETR by 3.6 mAP", "mAP", 3.6, None, "QVHighlights", "Ivenbrook"),
            ("42.7 mAP", "mAP", 42.7, None, "QVHighlights", "Ivenbrook"),
            ("70.2 HIT@1", "HIT@1", 70.2, None, "QVHighlights", "Ivenbrook"),
            ("R1@0.7 rises from 36.3", "R1@0.7", 36.3, None, "Charades-STA", "UniVTG"),
            ("to 41.5", "R1@0.7", 41.5, None, "Charades-STA", None),
            ("mIoU reaches 61.0", "mIoU", 61.0, None, "Charades-STA", None),
            ("R1@0.5 of 44.9", "R1@0.5", 44.9, None, "TACoS", "Ivenbrook"),
            ("38.8", "R1@0.5", 38.8, None, "TACoS", None),
            ("costs 2.1 points of R1@0.7", "R1@0.7", 2.1, "points", "Charades-STA", None),
            ("grounding a 150-second video takes 38 ms", "grounding time", 38, "ms", None, None),
        ],
    },
    {
        "field": "video-understanding",
        "title": "Ithravel: Spatio-Temporal Token Merging for Efficient Video Transformers",
        "text": (
            "Video transformers achieve state-of-the-art action recognition but spend most of their compute on "
            "redundant patches of static background. Token Merging (ToMe) reduces this cost for images, yet "
            "applied frame by frame it ignores the redundancy between consecutive frames. We present Ithravel, "
            "which merges tokens jointly across space and time using bipartite soft matching over spatio-temporal "
            "tubes and then restores them with a learned unmerging step before the classification head. Ithravel "
            "needs no training from scratch: it is inserted into a pretrained VideoMAE checkpoint with a ViT-L "
            "backbone and adapted with 5 epochs of fine-tuning. On Kinetics-400, Ithravel cuts GFLOPs per view "
            "(597 \u2192 238) while keeping top-1 accuracy at 85.6% (vs. 86.1% for the unmodified VideoMAE), and "
            "inference throughput rises 2.3\u00d7. On Something-Something V2 (SSv2), where motion matters more "
            "than appearance, top-1 accuracy falls by 0.9 points to 74.4%. Compared with spatial-only ToMe at "
            "matched cost, its top-1 accuracy is 1.8 points higher on SSv2 and 0.7 points higher on Kinetics-400, "
            "and it also outperforms UniFormerV2 and TimeSformer at a fraction of their compute. Transferred from "
            "the Kinetics-400 model, Ithravel reaches 97.8% and 81.2% top-1 accuracy on UCF101 and HMDB51, "
            "respectively. Ablations show that merging along the temporal axis contributes most of the savings, "
            "and that the unmerging step matters mainly for tasks that need dense per-token outputs."
        ),
        "spans": [
            ("Ithravel", "M"), ("Token Merging", "M"), ("Video Transformers", "M"), ("Video transformers", "M"),
            ("action recognition", "T"), ("ToMe", "M"), ("bipartite soft matching", "M"), ("VideoMAE", "M"),
            ("ViT-L", "M"), ("Kinetics-400", "D"), ("GFLOPs", "X"), ("top-1 accuracy", "X"),
            ("inference throughput", "X"), ("Something-Something V2", "D"), ("SSv2", "D"), ("UniFormerV2", "M"),
            ("TimeSformer", "M"), ("UCF101", "D"), ("HMDB51", "D"),
        ],
        "results": [
            ("GFLOPs per view (597 \u2192 238", "GFLOPs", 238, None, "Kinetics-400", "Ithravel"),
            ("top-1 accuracy at 85.6%", "top-1 accuracy", 85.6, "%", "Kinetics-400", "Ithravel"),
            ("86.1%", "top-1 accuracy", 86.1, "%", "Kinetics-400", "VideoMAE"),
            ("inference throughput rises 2.3\u00d7", "inference throughput", 2.3, "\u00d7", "Kinetics-400",
             "Ithravel"),
            ("top-1 accuracy falls by 0.9 points", "top-1 accuracy", 0.9, "points", "Something-Something V2",
             None),
            ("to 74.4%", "top-1 accuracy", 74.4, "%", "Something-Something V2", None),
            ("top-1 accuracy is 1.8 points higher on SSv2", "top-1 accuracy", 1.8, "points",
             "Something-Something V2", None),
            ("0.7 points higher on Kinetics-400", "top-1 accuracy", 0.7, "points", "Kinetics-400", None),
            ("97.8%", "top-1 accuracy", 97.8, "%", "UCF101", "Ithravel"),
            ("81.2% top-1 accuracy", "top-1 accuracy", 81.2, "%", "HMDB51", "Ithravel"),
        ],
    },
    {
        "field": "video-understanding",
        "title": "IzzardQA: A Benchmark for Counterfactual Temporal Reasoning in Egocentric Video",
        "text": (
            "Existing video question answering benchmarks can often be solved from a single frame or from "
            "language priors alone. We introduce IzzardQA, a benchmark of 4,812 multiple-choice questions over "
            "1,306 egocentric clips drawn from Ego4D and EPIC-KITCHENS-100, in which every question asks what "
            "would have happened had an observed action been performed in a different order, omitted, or "
            "repeated. Questions are written by annotators and filtered adversarially: any item that a text-only "
            "GPT-4o or a single-frame model answers correctly in three of five attempts is discarded. We evaluate "
            "14 proprietary and open-source video large language models under a common protocol with 32 "
            "uniformly sampled frames. On IzzardQA, the best model, Gemini 1.5 Pro, reaches 47.3% accuracy, while "
            "human annotators achieve 89.6%. GPT-4o scores 44.1%, and the strongest open model, Qwen2.5-VL-72B, "
            "scores 41.8%; most 7B models, including LLaVA-OneVision-7B and InternVL2.5-8B, remain below 35%, "
            "barely above chance. Chain-of-thought prompting helps proprietary models by at most 2.4 points and "
            "does not help open models. Error analysis shows that models track object states reliably but fail "
            "to propagate the consequences of reordered or skipped steps, and that performance barely changes "
            "when the number of input frames is doubled. IzzardQA and the evaluation code are publicly released "
            "to support research on causal and counterfactual understanding of procedural video."
        ),
        "spans": [
            ("IzzardQA", "D"), ("Counterfactual Temporal Reasoning", "T"), ("video question answering", "T"),
            ("Ego4D", "D"), ("EPIC-KITCHENS-100", "D"), ("GPT-4o", "M"), ("video large language models", "M"),
            ("Gemini 1.5 Pro", "M"), ("accuracy", "X"), ("Qwen2.5-VL-72B", "M"), ("LLaVA-OneVision-7B", "M"),
            ("InternVL2.5-8B", "M"), ("Chain-of-thought prompting", "M"),
        ],
        "results": [
            ("47.3% accuracy", "accuracy", 47.3, "%", "IzzardQA", "Gemini 1.5 Pro"),
            ("89.6%", "accuracy", 89.6, "%", "IzzardQA", None),
            ("GPT-4o scores 44.1%", "accuracy", 44.1, "%", None, "GPT-4o"),
            ("41.8%", "accuracy", 41.8, "%", None, "Qwen2.5-VL-72B"),
            ("below 35%", "accuracy", 35, "%", None, None),
            ("by at most 2.4 points", "improvement", 2.4, "points", None, "Chain-of-thought prompting"),
        ],
    },
    {
        "field": "video-understanding",
        "title": "Does Frame Order Matter? Probing Temporal Sensitivity in Video-Text Retrieval Models",
        "text": (
            "Text-to-video retrieval models are routinely described as capturing temporal dynamics, yet their "
            "training objectives rarely require it. We probe this claim with a simple intervention: at test time, "
            "we shuffle, reverse or freeze the frames of each query video and measure how retrieval changes. We "
            "study six models spanning three design families, namely CLIP4Clip with mean pooling, X-CLIP and "
            "InternVideo2 trained with contrastive learning on separate encoders, and VAST and UMT, which fuse the "
            "two modalities with cross-attention, on MSR-VTT, DiDeMo and ActivityNet Captions. Across all models "
            "and benchmarks, shuffling frames changes Recall@1 by less than one point in most settings, and "
            "reversing them is almost never detected. The largest effect appears for UMT on ActivityNet Captions, "
            "whose R@1 falls from 58.3 to 51.6 under shuffling. We then build a diagnostic subset of MSR-VTT in "
            "which captions describe order explicitly (\u201copens the door, then sits down\u201d) and pair each "
            "video with its time-reversed copy as a hard negative. On this subset, all six models perform near "
            "chance, with pairwise accuracy between 49% and 56%. Fine-tuning with reversed negatives raises "
            "pairwise accuracy substantially but lowers standard retrieval scores, suggesting that current "
            "benchmarks reward appearance matching more than temporal understanding. We release the probes and "
            "the diagnostic subset to encourage evaluation protocols that test order explicitly."
        ),
        "spans": [
            ("Video-Text Retrieval", "T"), ("Text-to-video retrieval", "T"), ("CLIP4Clip", "M"),
            ("mean pooling", "M"), ("X-CLIP", "M"), ("InternVideo2", "M"), ("contrastive learning", "M"),
            ("VAST", "M"), ("UMT", "M"), ("cross-attention", "M"), ("MSR-VTT", "D"), ("DiDeMo", "D"),
            ("ActivityNet Captions", "D"), ("Recall@1", "X"), ("R@1", "X"), ("pairwise accuracy", "X"),
        ],
        "results": [
            ("R@1 falls from 58.3 to 51.6", "R@1", 51.6, None, "ActivityNet Captions", "UMT"),
            ("pairwise accuracy between 49% and 56%", "pairwise accuracy", 56, "%", None, None, {"low": 49}),
        ],
    },
    {
        "field": "video-understanding",
        "title": "Ingleshade: Memory-Consolidating Video LLMs for Streaming Egocentric Assistants",
        "text": (
            "Assistants that watch a live egocentric stream must decide when to speak and must remember events "
            "from many minutes earlier, two requirements that offline video large language models (Video LLMs) "
            "are not built for. Models such as VideoLLM-online keep a sliding window of recent frames and lose "
            "information once it slides past, while memory-augmented approaches like MA-LMM store compressed "
            "features that cannot be re-queried at finer temporal resolution. We propose Ingleshade, a streaming "
            "Video LLM whose memory is consolidated during idle periods: a small consolidation module "
            "periodically merges redundant frame tokens into event tokens, annotates each event with a timestamp, "
            "and keeps a sparse index of raw keyframes that can be re-loaded when a question demands detail. A "
            "learned response head decides, frame by frame, whether the model should answer, remain silent, or "
            "issue a proactive alert. We train Ingleshade on narrated Ego4D and EgoExo4D videos converted into "
            "streaming dialogues, and evaluate it on online action detection and streaming question answering. "
            "Ingleshade responds earlier and recalls distant events more reliably than sliding-window baselines "
            "while keeping memory bounded regardless of stream length, and it runs in real time on a single "
            "consumer GPU. We analyse failure cases in which consolidation merges visually similar but "
            "semantically distinct events, and discuss the privacy safeguards that always-on assistants of this "
            "kind require before deployment."
        ),
        "spans": [
            ("Ingleshade", "M"), ("Video LLMs", "M"), ("video large language models", "M"), ("Video LLM", "M"),
            ("VideoLLM-online", "M"), ("MA-LMM", "M"), ("Ego4D", "D"), ("EgoExo4D", "D"),
            ("online action detection", "T"), ("streaming question answering", "T"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ efficient-llm
    {
        "field": "efficient-llm",
        "title": "Iridane: Learned Block-Hadamard Rotations for W4A4KV4 Quantization of Large Language Models",
        "text": (
            "Quantizing weights, activations and the KV cache of large language models (LLMs) to 4 bits promises "
            "large savings in memory and compute, but activation outliers make naive round-to-nearest (RTN) "
            "quantization collapse. Rotation-based methods such as QuaRot and SpinQuant remove outliers with "
            "orthogonal transforms; QuaRot uses fixed random Hadamard matrices, while SpinQuant learns full "
            "rotations that must be stored and applied online. We propose Iridane, which learns block-diagonal "
            "rotations parameterized by Hadamard blocks with Cayley SGD on 128 calibration samples and fuses all "
            "but one of them into the weights, followed by GPTQ on the rotated weights. With W4A4KV4, Iridane "
            "keeps the WikiText-2 perplexity of Llama-3-8B at 6.98, compared with 6.14 for FP16, 7.36 for "
            "SpinQuant and 8.16 for QuaRot. On Llama-3-70B the perplexity gap to FP16 shrinks to 0.41. Averaged "
            "over eight zero-shot commonsense tasks (PIQA, ARC-e, ARC-c, HellaSwag, WinoGrande, BoolQ, OpenBookQA "
            "and LAMBADA), Iridane retains 97.6% of the FP16 zero-shot accuracy on Llama-3-8B and 98.9% on "
            "Llama-3-70B. Calibration takes 26 minutes for the 8B model on one H100, versus 1.6 hours for "
            "SpinQuant. With our INT4 kernels, prefill is 2.7\u00d7 faster than FP16 and peak memory falls by "
            "3.4\u00d7 at batch size 16, since only a single online Hadamard transform per block remains."
        ),
        "spans": [
            ("Iridane", "M"), ("Quantization", "M"), ("Large Language Models", "M"), ("large language models", "M"),
            ("LLMs", "M"), ("round-to-nearest", "M"), ("RTN", "M"), ("quantization", "M"), ("QuaRot", "M"),
            ("SpinQuant", "M"), ("Cayley SGD", "M"), ("GPTQ", "M"), ("WikiText-2", "D"), ("perplexity", "X"),
            ("Llama-3-8B", "M"), ("Llama-3-70B", "M"), ("PIQA", "D"), ("ARC-e", "D"), ("ARC-c", "D"),
            ("HellaSwag", "D"), ("WinoGrande", "D"), ("BoolQ", "D"), ("OpenBookQA", "D"), ("LAMBADA", "D"),
            ("zero-shot accuracy", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("WikiText-2 perplexity of Llama-3-8B at 6.98", "perplexity", 6.98, None, "WikiText-2", "Iridane"),
            ("6.14 for FP16", "perplexity", 6.14, None, "WikiText-2", "Llama-3-8B"),
            ("7.36 for SpinQuant", "perplexity", 7.36, None, "WikiText-2", "SpinQuant"),
            ("8.16 for QuaRot", "perplexity", 8.16, None, "WikiText-2", "QuaRot"),
            ("perplexity gap to FP16 shrinks to 0.41", "perplexity gap", 0.41, None, None, "Llama-3-70B"),
            ("retains 97.6% of the FP16 zero-shot accuracy", "relative zero-shot accuracy", 97.6, "%", None,
             "Iridane"),
            ("98.9%", "relative zero-shot accuracy", 98.9, "%", None, "Iridane"),
            ("Calibration takes 26 minutes", "calibration time", 26, "min", None, None),
            ("1.6 hours for SpinQuant", "calibration time", 1.6, "h", None, "SpinQuant"),
            ("prefill is 2.7\u00d7 faster", "speed-up", 2.7, "\u00d7", None, None),
            ("peak memory falls by 3.4\u00d7", "peak memory reduction", 3.4, "\u00d7", None, None),
        ],
    },
    {
        "field": "efficient-llm",
        "title": "Ivorwick: Outlier-Preserving 2:4 Sparsity for Large Language Models without Retraining",
        "text": (
            "Semi-structured 2:4 sparsity is the only form of weight sparsity that current GPUs accelerate "
            "natively, yet one-shot pruning methods such as SparseGPT and Wanda lose considerably more accuracy "
            "under the 2:4 constraint than at unstructured 50% sparsity. We trace much of this loss to a small "
            "set of input channels whose activations are consistently large: the 2:4 pattern forces half of the "
            "weights in these channels to be removed. Ivorwick keeps such channels dense in a compact side matrix "
            "of rank at most 64 and applies 2:4 pruning to the remainder with a second-order saliency score, "
            "solved layer by layer in closed form. No gradient updates or retraining are needed, and pruning "
            "Llama-2-70B takes under three hours on a single A100. On Llama-2-7B, Ivorwick lowers WikiText-2 "
            "perplexity under 2:4 sparsity to 8.31, compared with 10.42 for SparseGPT and 11.02 for Wanda "
            "(dense: 5.47). On C4 the corresponding numbers are 11.05, 13.12 and 13.77. Across the LLaMA-2 "
            "family the advantage persists, and for Llama-2-70B the mean zero-shot accuracy over seven "
            "commonsense tasks is within 2.2 points of the dense model. The side matrix is small enough that "
            "end-to-end decoding with sparse tensor-core kernels remains 1.46\u00d7 faster than dense inference. "
            "We also find that the protected channels are largely shared across layers of the same model, which "
            "suggests a cheaper calibration-free variant that we leave for future work."
        ),
        "spans": [
            ("Ivorwick", "M"), ("2:4 Sparsity", "M"), ("Large Language Models", "M"),
            ("Semi-structured 2:4 sparsity", "M"), ("2:4 sparsity", "M"), ("one-shot pruning", "M"),
            ("SparseGPT", "M"), ("Wanda", "M"), ("2:4 pruning", "M"), ("pruning", "M"), ("Llama-2-70B", "M"),
            ("Llama-2-7B", "M"), ("WikiText-2", "D"), ("perplexity", "X"), ("C4", "D"), ("LLaMA-2", "M"),
            ("mean zero-shot accuracy", "X"), ("accuracy", "X"),
        ],
        "results": [
            ("WikiText-2 perplexity under 2:4 sparsity to 8.31", "perplexity", 8.31, None, "WikiText-2",
             "Ivorwick"),
            ("10.42 for SparseGPT", "perplexity", 10.42, None, "WikiText-2", "SparseGPT"),
            ("11.02 for Wanda", "perplexity", 11.02, None, "WikiText-2", "Wanda"),
            ("dense: 5.47", "perplexity", 5.47, None, "WikiText-2", "Llama-2-7B"),
            ("11.05", "perplexity", 11.05, None, "C4", None),
            ("13.12", "perplexity", 13.12, None, "C4", None),
            ("13.77", "perplexity", 13.77, None, "C4", None),
            ("mean zero-shot accuracy over seven commonsense tasks is within 2.2 points", "mean zero-shot accuracy",
             2.2, "points", None, "Llama-2-70B"),
            ("1.46\u00d7 faster", "speed-up", 1.46, "\u00d7", None, None),
        ],
    },
    {
        "field": "efficient-llm",
        "title": "Ixelby: Head-Adaptive KV Cache Eviction for Long-Context Inference",
        "text": (
            "The key-value (KV) cache grows linearly with context length and dominates memory during "
            "long-context inference of large language models. Eviction methods such as H2O, SnapKV and "
            "PyramidKV keep a fixed budget of tokens per layer, chosen from accumulated attention scores, but "
            "treat all heads alike even though retrieval-oriented heads and local heads need very different "
            "budgets. Ixelby profiles each head once on 64 synthetic retrieval prompts, assigns budgets by "
            "solving a small knapsack problem, and scores tokens with a recency-weighted attention statistic "
            "that always protects the first few tokens of the sequence. With a budget of 1,024 tokens per head, "
            "Ixelby retains 98.2% of the full-cache average score on LongBench with Llama-3.1-8B-Instruct, "
            "against 94.7% for SnapKV, 93.9% for PyramidKV and 88.5% for H2O. On Mistral-7B-Instruct-v0.3, the "
            "LongBench average score drops only from 41.6 to 41.0 at 10% cache size. On Needle-in-a-Haystack up "
            "to 128K tokens, retrieval accuracy is 99.1% (SnapKV: 91.4%). On RULER at 64K context, Ixelby scores "
            "78.3, within 3.5 points of the full cache. Compressing the cache reduces KV memory by 8\u00d7 at "
            "128K context and raises decoding throughput by 3.9\u00d7 at batch size 8, while profiling adds a "
            "one-off cost of 4 minutes per model. Ixelby is orthogonal to KV cache quantization; combined with "
            "KIVI at 2 bits it still keeps 96.4% of the full-cache LongBench score."
        ),
        "spans": [
            ("Ixelby", "M"), ("KV Cache Eviction", "M"), ("large language models", "M"), ("H2O", "M"),
            ("SnapKV", "M"), ("PyramidKV", "M"), ("average score", "X"), ("LongBench", "D"),
            ("Llama-3.1-8B-Instruct", "M"), ("Mistral-7B-Instruct-v0.3", "M"), ("Needle-in-a-Haystack", "D"),
            ("retrieval accuracy", "X"), ("RULER", "D"), ("KV memory", "X"), ("decoding throughput", "X"),
            ("KV cache quantization", "M"), ("KIVI", "M"),
        ],
        "results": [
            ("retains 98.2% of the full-cache average score", "relative average score", 98.2, "%", "LongBench",
             "Ixelby"),
            ("94.7% for SnapKV", "relative average score", 94.7, "%", "LongBench", "SnapKV"),
            ("93.9% for PyramidKV", "relative average score", 93.9, "%", "LongBench", "PyramidKV"),
            ("88.5% for H2O", "relative average score", 88.5, "%", "LongBench", "H2O"),
            ("average score drops only from 41.6 to 41.0", "average score", 41.0, None, "LongBench",
             "Mistral-7B-Instruct-v0.3"),
            ("retrieval accuracy is 99.1%", "retrieval accuracy", 99.1, "%", "Needle-in-a-Haystack", None),
            ("SnapKV: 91.4%", "retrieval accuracy", 91.4, "%", "Needle-in-a-Haystack", "SnapKV"),
            ("Ixelby scores 78.3", "score", 78.3, None, "RULER", "Ixelby"),
            ("within 3.5 points of the full cache", "score", 3.5, "points", "RULER", "Ixelby"),
            ("KV memory by 8\u00d7", "KV memory reduction", 8, "\u00d7", None, None),
            ("decoding throughput by 3.9\u00d7", "decoding throughput", 3.9, "\u00d7", None, None),
            ("profiling adds a one-off cost of 4 minutes", "profiling time", 4, "min", None, None),
            ("keeps 96.4% of the full-cache LongBench score", "relative score", 96.4, "%", "LongBench", "Ixelby"),
        ],
    },
    {
        "field": "efficient-llm",
        "title": "Ildaris: Context-Adaptive Draft Trees for Lossless Speculative Decoding",
        "text": (
            "Speculative decoding accelerates inference by letting a cheap draft model propose several tokens "
            "that the target large language model verifies in one forward pass, leaving the output distribution "
            "unchanged. Tree-based drafters such as Medusa and EAGLE-2 verify many candidate continuations at "
            "once, but their tree shape is either fixed or adjusted from draft confidence alone, which is poorly "
            "calibrated on code and math. Ildaris predicts, for every decoding step, how many tokens the target "
            "will accept along each branch using a 6M-parameter head on the target's last hidden state, and grows "
            "the draft tree greedily under a fixed verification budget of 60 tokens. The drafter itself is a "
            "single Transformer decoder layer trained on ShareGPT conversations. On Spec-Bench with Vicuna-13B at "
            "temperature 0, Ildaris reaches an average acceptance length of 5.12 and a 3.84\u00d7 walltime "
            "speedup, compared with 4.71 and 3.47\u00d7 for EAGLE-2 and 3.06 and 2.28\u00d7 for Medusa. On "
            "Llama-3.1-70B-Instruct it accelerates MT-Bench, HumanEval and GSM8K by 3.62\u00d7, 4.10\u00d7 and "
            "3.95\u00d7, respectively. Gains hold under sampling: at temperature 1, the speedup over vanilla "
            "autoregressive decoding is still 3.1\u00d7 on average. Because acceptance prediction is cheap, "
            "Ildaris also improves throughput at batch size 16 by 1.7\u00d7 over EAGLE-2, a regime in which "
            "fixed trees often slow generation down."
        ),
        "spans": [
            ("Ildaris", "M"), ("Speculative Decoding", "M"), ("Speculative decoding", "M"),
            ("large language model", "M"), ("Medusa", "M"), ("EAGLE-2", "M"), ("Transformer", "M"),
            ("ShareGPT", "D"), ("Spec-Bench", "D"), ("Vicuna-13B", "M"), ("average acceptance length", "X"),
            ("walltime speedup", "X"), ("speedup", "X"), ("Llama-3.1-70B-Instruct", "M"), ("MT-Bench", "D"),
            ("HumanEval", "D"), ("GSM8K", "D"), ("autoregressive decoding", "M"), ("throughput", "X"),
        ],
        "results": [
            ("average acceptance length of 5.12", "average acceptance length", 5.12, None, "Spec-Bench", "Ildaris"),
            ("3.84\u00d7 walltime speedup", "walltime speedup", 3.84, "\u00d7", "Spec-Bench", "Ildaris"),
            ("4.71", "average acceptance length", 4.71, None, "Spec-Bench", "EAGLE-2"),
            ("3.47\u00d7", "walltime speedup", 3.47, "\u00d7", "Spec-Bench", "EAGLE-2"),
            ("3.06", "average acceptance length", 3.06, None, "Spec-Bench", "Medusa"),
            ("2.28\u00d7", "walltime speedup", 2.28, "\u00d7", "Spec-Bench", "Medusa"),
            ("3.62\u00d7", "speed-up", 3.62, "\u00d7", "MT-Bench", "Llama-3.1-70B-Instruct"),
            ("4.10\u00d7", "speed-up", 4.10, "\u00d7", "HumanEval", "Llama-3.1-70B-Instruct"),
            ("3.95\u00d7", "speed-up", 3.95, "\u00d7", "GSM8K", "Llama-3.1-70B-Instruct"),
            ("speedup over vanilla autoregressive decoding is still 3.1\u00d7", "speedup", 3.1, "\u00d7", None,
             None),
            ("throughput at batch size 16 by 1.7\u00d7", "throughput", 1.7, "\u00d7", None, "Ildaris"),
        ],
    },
    {
        "field": "efficient-llm",
        "title": "How Much Calibration Data Does Post-Training Quantization of Small Language Models Need?",
        "text": (
            "Post-training quantization (PTQ) methods such as GPTQ and AWQ estimate layer statistics from a small "
            "calibration set, conventionally 128 random sequences from C4 or WikiText-2. Most evidence for this "
            "convention comes from models with tens of billions of parameters. We revisit it for small language "
            "models between 0.5B and 4B parameters, including Qwen2.5-0.5B, Llama-3.2-1B, Gemma-2-2B and "
            "Phi-3-mini, which are the models most often deployed on phones and laptops. We vary the size, source "
            "and language of the calibration set across 3-bit and 4-bit weight-only quantization and measure "
            "downstream accuracy on MMLU, GSM8K and a multilingual subset of Belebele. Three findings stand out. "
            "First, small models are far more sensitive to calibration source than large ones: calibrating on C4 "
            "rather than on instruction data costs Llama-3.2-1B 6.8 points of GSM8K accuracy at 3 bits. Second, "
            "beyond about 256 sequences, additional calibration data yields no consistent benefit for either GPTQ "
            "or AWQ, and the variance across random draws of the calibration set is often larger than the gap "
            "between the two methods. Third, English-only calibration disproportionately harms non-English "
            "performance, an effect that mixing a handful of sequences per language largely removes. We recommend "
            "reporting calibration sources alongside quantized checkpoints, and we release scripts that "
            "reproduce all 2,400 runs."
        ),
        "spans": [
            ("Post-Training Quantization", "M"), ("Small Language Models", "M"), ("Post-training quantization", "M"),
            ("PTQ", "M"), ("GPTQ", "M"), ("AWQ", "M"), ("C4", "D"), ("WikiText-2", "D"),
            ("small language models", "M"), ("Qwen2.5-0.5B", "M"), ("Llama-3.2-1B", "M"), ("Gemma-2-2B", "M"),
            ("Phi-3-mini", "M"), ("weight-only quantization", "M"), ("accuracy", "X"), ("MMLU", "D"),
            ("GSM8K", "D"), ("Belebele", "D"),
        ],
        "results": [
            ("6.8 points of GSM8K accuracy", "accuracy", 6.8, "points", "GSM8K", "Llama-3.2-1B"),
        ],
    },
    {
        "field": "efficient-llm",
        "title": "Imberlight: Merging Redundant Experts in Sparse Mixture-of-Experts Language Models",
        "text": (
            "Sparse mixture-of-experts (MoE) models such as Mixtral-8x7B, DeepSeek-MoE and Qwen1.5-MoE-A2.7B "
            "activate only a few experts per token, yet all experts must reside in memory, which makes deployment "
            "on a single accelerator difficult. Expert pruning removes rarely routed experts but discards "
            "knowledge that some inputs still need, while existing merging schemes average expert weights "
            "directly and ignore that experts trained from different initialisations are misaligned. We "
            "introduce Imberlight, a one-shot compression method that first aligns neurons across experts with a "
            "permutation found by optimal transport on activation statistics, then merges experts within each "
            "cluster by a weighted average whose coefficients are fitted to preserve the router's output "
            "distribution on a small calibration set. The router itself is rewritten so that tokens previously "
            "sent to merged experts are redirected to their cluster's representative, and no gradient-based "
            "training is required. We evaluate Imberlight on language modelling, commonsense reasoning, code "
            "generation and mathematical reasoning benchmarks, and compare it against expert pruning, "
            "frequency-weighted merging and low-rank expert decomposition at matched memory budgets. Imberlight "
            "consistently preserves more of the original model's quality than these alternatives, and the gap "
            "widens as more experts are removed. It also composes with weight-only quantization, enabling "
            "deployments under memory limits that neither technique reaches alone. Our analysis links merging "
            "success to the overlap of routing distributions, offering a simple diagnostic for deciding which "
            "experts can be safely combined."
        ),
        "spans": [
            ("Imberlight", "M"), ("Sparse Mixture-of-Experts", "M"), ("Sparse mixture-of-experts", "M"),
            ("MoE", "M"), ("Mixtral-8x7B", "M"), ("DeepSeek-MoE", "M"), ("Qwen1.5-MoE-A2.7B", "M"),
            ("Expert pruning", "M"), ("expert pruning", "M"), ("optimal transport", "M"),
            ("language modelling", "T"), ("commonsense reasoning", "T"), ("code generation", "T"),
            ("mathematical reasoning", "T"), ("weight-only quantization", "M"),
        ],
        "results": [],
    },
]
