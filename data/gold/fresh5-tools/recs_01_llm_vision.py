"""fresh-5 records (annotator h1): llm (6) and vision (6).
Written and annotated blind, from docs/annotation-guidelines.md and the
written_gold.py format only."""

COINED = ["Quenchline", "Palisade", "Ranked Reflection Preference Optimization", "R2PO",
          "Pinewick", "QuarryLUT", "RhizoMix",
          "Riverglass", "PikeDETR", "PebbleSR", "PetalFlow", "QuiverVOS", "ReedSplat"]

RECS = [
    # ------------------------------------------------------------------ llm
    {
        "field": "llm",
        "title": "Quenchline: Loss-Trajectory Data Selection for Instruction Tuning at Scale",
        "text": (
            "Instruction tuning on ever larger synthetic corpora is expensive, and much of the data is redundant. "
            "Quenchline scores every training example by how quickly its loss plateaus during a short warm-up run of "
            "a 160M-parameter proxy model, then keeps the examples whose trajectories are least predictable from "
            "those of their nearest neighbours. Selecting 6% of the 939K-example Tulu 3 SFT mixture, Quenchline "
            "fine-tunes Llama-3.1-8B to a length-controlled win rate of 27.4% on AlpacaEval 2.0 (full data: 24.9%; "
            "LESS: 22.1%; random 6%: 17.6%). On MT-Bench, Quenchline scores 7.42 versus 7.18 for the full mixture. Averaged "
            "over MMLU, GSM8K, BBH and IFEval, accuracy stays within 0.6 points of full-data training, while the "
            "selection itself costs 11 GPU hours on H100s. The subset also transfers across model families: "
            "fine-tuning Qwen2.5-7B on it beats the full mixture on 5 of the 7 evaluation benchmarks. Ablations "
            "show that the trajectory signal, not the diversity term, accounts for most of the gain; removing it "
            "lowers the AlpacaEval 2.0 win rate by 3.8 points. We release the scores of all 939K examples so that "
            "others can build smaller mixtures without rerunning the proxy."
        ),
        "spans": [
            ("Quenchline", "M"), ("Data Selection", "M"), ("Instruction Tuning", "M"),
            ("Instruction tuning", "M"), ("Tulu 3 SFT mixture", "D"), ("Llama-3.1-8B", "M"),
            ("length-controlled win rate", "X"), ("win rate", "X"), ("AlpacaEval 2.0", "D"),
            ("LESS", "M"), ("MT-Bench", "D"), ("MMLU", "D"), ("GSM8K", "D"), ("BBH", "D"),
            ("IFEval", "D"), ("accuracy", "X"), ("Qwen2.5-7B", "M"),
        ],
        "results": [
            ("length-controlled win rate of 27.4%", "length-controlled win rate", 27.4, "%", "AlpacaEval 2.0", "Quenchline"),
            ("24.9%", "length-controlled win rate", 24.9, "%", "AlpacaEval 2.0", None),
            ("22.1%", "length-controlled win rate", 22.1, "%", "AlpacaEval 2.0", "LESS"),
            ("17.6%", "length-controlled win rate", 17.6, "%", "AlpacaEval 2.0", None),
            ("scores 7.42", "score", 7.42, None, "MT-Bench", "Quenchline"),
            ("7.18", "score", 7.18, None, "MT-Bench", None),
            ("accuracy stays within 0.6 points", "average accuracy", 0.6, "points", None, None),
            ("costs 11 GPU hours", "selection time", 11, "GPU hours", None, None),
            ("5 of the 7 evaluation benchmarks", "evaluation benchmarks won", 5, None, None, "Qwen2.5-7B"),
            ("win rate by 3.8 points", "win rate", 3.8, "points", "AlpacaEval 2.0", None),
        ],
    },
    {
        "field": "llm",
        "title": "Palisade: Block-Sparse Prefill Attention with Learned Fence Tokens for Million-Token Prompts",
        "text": (
            r"Prefilling long prompts dominates the cost of long-context inference: dense attention scales as "
            r"$\mathcal{O}(n^2)$ in the sequence length $n$, and existing sparse attention methods such as StreamingLLM "
            r"and MInference either discard distant evidence or depend on hand-tuned per-head patterns. We propose "
            r"Palisade, a block-sparse attention scheme in which learned fence tokens summarise each block of $b=128$ "
            r"tokens; every query attends densely to a local window and to its top-$k$ fences, which lowers the prefill "
            r"cost to $\mathcal{O}(n\sqrt{n})$. Only the fence embeddings are trained, on 1.5B tokens of long "
            r"documents from SlimPajama, with the backbone frozen. With Llama-3.1-8B-Instruct and $k=16$, Palisade "
            r"makes prefill 4.7$\times$ faster at 256K tokens and 9.3$\times$ faster at 1M tokens than "
            r"FlashAttention-2 on one H100. Quality is largely preserved: on RULER at 128K, Palisade retains "
            r"97.8\% of the dense model's average score, compared with 88.5\% for MInference, and on LongBench its "
            r"average score stays within $0.4$ points of dense attention (48.9 vs.\ 49.3). On the "
            r"needle-in-a-haystack test, Palisade succeeds in all 100 trials up to 512K tokens. Time-to-first-token "
            r"for a 1M-token prompt drops from 171 s to 19 s. Below 32K tokens, where attention no longer dominates, "
            r"prefill is only 1.3$\times$ faster, so Palisade is best seen as a tool for very long inputs."
        ),
        "spans": [
            ("Palisade", "M"), ("Block-Sparse Prefill Attention", "M"), ("dense attention", "M"),
            ("sparse attention", "M"), ("block-sparse attention", "M"), ("StreamingLLM", "M"),
            ("MInference", "M"), ("SlimPajama", "D"), ("Llama-3.1-8B-Instruct", "M"),
            ("FlashAttention-2", "M"), ("RULER", "D"), ("average score", "X"), ("LongBench", "D"),
            ("needle-in-a-haystack", "D"), ("Time-to-first-token", "X"),
        ],
        "results": [
            ("prefill 4.7$\\times$ faster", "prefill speed-up", 4.7, "×", None, "Palisade"),
            ("9.3$\\times$ faster", "prefill speed-up", 9.3, "×", None, "Palisade"),
            ("retains 97.8\\% of the dense model's average score", "relative average score", 97.8, "%", "RULER", "Palisade"),
            ("88.5\\%", "relative average score", 88.5, "%", "RULER", "MInference"),
            ("average score stays within $0.4$ points", "average score", 0.4, "points", "LongBench", "Palisade"),
            ("48.9", "average score", 48.9, None, "LongBench", "Palisade"),
            ("49.3", "average score", 49.3, None, "LongBench", "dense attention"),
            ("succeeds in all 100 trials", "successful trials", 100, None, "needle-in-a-haystack", "Palisade"),
            ("Time-to-first-token for a 1M-token prompt drops from 171 s to 19 s", "time-to-first-token", 19, "s", None, None),
            ("prefill is only 1.3$\\times$ faster", "prefill speed-up", 1.3, "×", None, None),
        ],
    },
    {
        "field": "llm",
        "title": "Ranked Reflection Preference Optimization: Learning from Self-Critiqued Response Lists",
        "text": (
            "Direct preference optimization (DPO) learns from pairs of responses, but annotators and reward models "
            "increasingly produce full rankings, and much of the ordering information is lost when a ranking is "
            "collapsed into pairs. We study whether a policy can also benefit from ranked lists that it critiques "
            "itself. Ranked Reflection Preference Optimization (R2PO) samples eight responses per prompt, asks the "
            "policy to write a short critique of each, and optimises a Plackett-Luce objective over the list ordered "
            "by an external reward model, with the critiques used as extra context during training only. Starting "
            "from Mistral-7B-Instruct-v0.2 and the UltraFeedback prompts, R2PO reaches a length-controlled win rate "
            "of 31.6% on AlpacaEval 2.0, ahead of DPO (26.8%) and SimPO (30.1%), and a win rate of 24.3% on "
            "Arena-Hard. The picture is less clear when people judge the outputs: in a blind study on 400 prompts, "
            "raters preferred R2PO over SimPO in 54% of pairwise comparisons and saw no difference in 19%. We also "
            "observe a 1.2-point drop in GSM8K accuracy relative to the SFT model, which we attribute to the "
            "critiques rewarding verbosity. Training costs about 1.6× the compute of DPO because of the critique "
            "pass. We therefore read our results as evidence that listwise signals help, not as a finished recipe, "
            "and we release our code together with the 64K ranked lists."
        ),
        "spans": [
            ("Ranked Reflection Preference Optimization", "M"), ("R2PO", "M"),
            ("Direct preference optimization", "M"), ("DPO", "M"), ("Plackett-Luce", "M"),
            ("Mistral-7B-Instruct-v0.2", "M"), ("UltraFeedback", "D"), ("length-controlled win rate", "X"),
            ("win rate", "X"), ("AlpacaEval 2.0", "D"), ("SimPO", "M"), ("Arena-Hard", "D"),
            ("GSM8K", "D"), ("accuracy", "X"), ("SFT", "M"),
        ],
        "results": [
            ("length-controlled win rate of 31.6%", "length-controlled win rate", 31.6, "%", "AlpacaEval 2.0", "R2PO"),
            ("26.8%", "length-controlled win rate", 26.8, "%", "AlpacaEval 2.0", "DPO"),
            ("30.1%", "length-controlled win rate", 30.1, "%", "AlpacaEval 2.0", "SimPO"),
            ("win rate of 24.3%", "win rate", 24.3, "%", "Arena-Hard", "R2PO"),
            ("54% of pairwise comparisons", "win rate", 54, "%", None, "R2PO"),
            ("no difference in 19%", "tie rate", 19, "%", None, "R2PO"),
            ("1.2-point drop in GSM8K accuracy", "accuracy", 1.2, "points", "GSM8K", None),
            ("costs about 1.6× the compute", "training compute", 1.6, "×", None, None),
        ],
    },
    {
        "field": "llm",
        "title": "Pinewick: Distilling Query-Specific Evidence Notes for Retrieval-Augmented Question Answering",
        "text": (
            "Pinewick, a query-aware evidence compressor, cuts the reader's input length by 71% and lifts exact "
            "match (EM) on Natural Questions from 38.2 to 44.9 for a Llama-3-8B-Instruct reader. On TriviaQA, "
            "HotpotQA and 2WikiMultiHopQA, Pinewick reaches 70.3, 41.7 and 38.5 EM, respectively, outperforming "
            "RECOMP by 2.6, 4.9 and 6.1 points. These numbers come from a simple idea. Retrieval-augmented "
            "generation usually hands the reader every retrieved passage, although most sentences in them are "
            "irrelevant to the question and some actively mislead it. Pinewick instead trains a 770M T5-based "
            "compressor, supervised by a 70B teacher, to extract only the sentences the teacher needs to answer "
            "and to rewrite them into a short evidence note; for multi-hop questions the note links the bridging "
            "entities explicitly. Compared with LongLLMLingua at the same 4× compression budget, Pinewick is 1.8× "
            "faster end to end, because the note is generated once per query rather than once per passage, and it "
            "is more accurate on every dataset we test. The compressor is also largely retriever-agnostic: with "
            "BM25 instead of Contriever, the average EM of Pinewick changes by less than 0.5 points. Retrieving 20 "
            "passages per question, end-to-end latency falls from 2.4 s to 0.9 s on a single A100. We release the "
            "compressor, the teacher-labelled training data and an open-domain question answering evaluation "
            "harness."
        ),
        "spans": [
            ("Pinewick", "M"), ("Retrieval-Augmented Question Answering", "T"), ("input length", "X"),
            ("exact match", "X"), ("EM", "X"), ("average EM", "X"), ("Natural Questions", "D"),
            ("Llama-3-8B-Instruct", "M"), ("TriviaQA", "D"), ("HotpotQA", "D"), ("2WikiMultiHopQA", "D"),
            ("RECOMP", "M"), ("Retrieval-augmented generation", "M"), ("T5", "M"), ("LongLLMLingua", "M"),
            ("BM25", "M"), ("Contriever", "M"), ("end-to-end latency", "X"),
            ("open-domain question answering", "T"),
        ],
        "results": [
            ("input length by 71%", "input length reduction", 71, "%", None, "Pinewick"),
            ("exact match (EM) on Natural Questions from 38.2 to 44.9", "exact match", 44.9, None, "Natural Questions", "Pinewick"),
            ("70.3", "exact match", 70.3, None, "TriviaQA", "Pinewick"),
            ("41.7", "exact match", 41.7, None, "HotpotQA", "Pinewick"),
            ("38.5 EM", "exact match", 38.5, None, "2WikiMultiHopQA", "Pinewick"),
            ("2.6", "exact match", 2.6, "points", "TriviaQA", "Pinewick"),
            ("4.9", "exact match", 4.9, "points", "HotpotQA", "Pinewick", {"occ": 1}),
            ("6.1 points", "exact match", 6.1, "points", "2WikiMultiHopQA", "Pinewick"),
            ("1.8× faster end to end", "end-to-end speed-up", 1.8, "×", None, "Pinewick"),
            ("average EM of Pinewick changes by less than 0.5 points", "average exact match", 0.5, "points", None, "Pinewick"),
            ("end-to-end latency falls from 2.4 s to 0.9 s", "end-to-end latency", 0.9, "s", None, None),
        ],
    },
    {
        "field": "llm",
        "title": "QuarryLUT: Sub-3-Bit LLM Quantization with Learned Lookup Tables",
        "text": (
            r"Weight-only post-training quantization lets large language models (LLMs) run on commodity GPUs, but "
            r"below 3 bits per weight, scalar methods such as GPTQ and AWQ break down, while vector quantization "
            r"methods such as AQLM and QuIP# recover quality only after hours of calibration. We introduce "
            r"QuarryLUT, which splits each weight matrix into vectors of dimension $d=8$, fits a per-layer codebook "
            r"with a Hessian-weighted $k$-means objective, and decodes through a fused lookup-table kernel that needs "
            r"$\mathcal{O}(1)$ extra memory per thread. At 2 bits per weight on Llama-3-8B, QuarryLUT attains a "
            r"perplexity of $7.02$ on WikiText-2, against $7.41$ for AQLM, $7.84$ for QuIP#, $6.14$ for the FP16 "
            r"model and above 100 for GPTQ. On Llama-2-70B, QuarryLUT retains $96.3\%$ of the FP16 average "
            r"zero-shot accuracy over ARC-Challenge, HellaSwag, PIQA and WinoGrande, and at 3 bits it improves "
            r"zero-shot accuracy by up to 5.1\% over GPTQ. Calibration with QuarryLUT takes ${\sim}40$ minutes on "
            r"one H100, 12$\times$ less than AQLM. The fused QuarryLUT kernel decodes $3.4\times$ faster than "
            r"FP16 inference at batch size 1, and the 8B model shrinks from 16.1 GB to 2.9 GB."
        ),
        "spans": [
            ("QuarryLUT", "M"), ("LLM", "M"), ("Quantization", "M"), ("post-training quantization", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("GPTQ", "M"), ("AWQ", "M"),
            ("vector quantization", "M"), ("AQLM", "M"), ("QuIP#", "M", {"punct": True}),
            ("$k$-means", "M", {"punct": True}), ("Llama-3-8B", "M"), ("perplexity", "X"),
            ("WikiText-2", "D"), ("Llama-2-70B", "M"), ("average zero-shot accuracy", "X"),
            ("zero-shot accuracy", "X"), ("ARC-Challenge", "D"), ("HellaSwag", "D"),
            ("PIQA", "D"), ("WinoGrande", "D"),
        ],
        "results": [
            ("perplexity of $7.02$ on WikiText-2", "perplexity", 7.02, None, "WikiText-2", "QuarryLUT"),
            ("7.41", "perplexity", 7.41, None, "WikiText-2", "AQLM"),
            ("7.84", "perplexity", 7.84, None, "WikiText-2", "QuIP#"),
            ("6.14", "perplexity", 6.14, None, "WikiText-2", None),
            ("above 100", "perplexity", 100, None, "WikiText-2", "GPTQ"),
            ("retains $96.3\\%$ of the FP16 average zero-shot accuracy", "relative average zero-shot accuracy", 96.3, "%", None, "QuarryLUT"),
            ("zero-shot accuracy by up to 5.1\\%", "zero-shot accuracy", 5.1, "%", None, "QuarryLUT"),
            ("Calibration with QuarryLUT takes ${\\sim}40$ minutes", "calibration time", 40, "min", None, "QuarryLUT"),
            ("12$\\times$ less", "calibration time reduction", 12, "×", None, "QuarryLUT"),
            ("decodes $3.4\\times$ faster", "decoding speed-up", 3.4, "×", None, "QuarryLUT"),
            ("shrinks from 16.1 GB to 2.9 GB", "model size", 2.9, "GB", None, None),
        ],
    },
    {
        "field": "llm",
        "title": "RhizoMix: Online Domain Reweighting for Language Model Pretraining from Per-Domain Scaling Fits",
        "text": (
            "Which domains a pretraining corpus mixes, and in what proportion, strongly affects downstream quality, "
            "yet methods such as DoReMi and RegMix fix the mixture before training from small proxy runs. RhizoMix "
            "instead updates the domain weights online: every 2,000 steps it fits a per-domain power law to the "
            "recent validation loss curve and shifts sampling mass toward the domains whose predicted loss reduction "
            "per token is largest. We pretrain decoder-only Transformers with 410M, 1B and 3B parameters on 100B "
            "tokens drawn from the 22 domains of the Pile and evaluate them zero-shot on 14 downstream tasks. At 1B "
            "parameters, RhizoMix reaches the final validation perplexity of the uniform mixture with 1.7× fewer "
            "tokens, and its average downstream accuracy is 47.9, versus 45.6 for uniform sampling and 46.8 for "
            "DoReMi. RhizoMix outperforms DoReMi on 11 of the 14 tasks and is the best of all five mixing "
            "strategies on 8 tasks. The largest gains are on reasoning-heavy benchmarks: +3.9 points on "
            "ARC-Challenge and +2.8 on HellaSwag over the uniform baseline. Gains in average accuracy over uniform "
            "sampling are +0.6, +2.3 and +2.9 points at 410M, 1B and 3B, respectively. Reweighting adds under 0.3% "
            "to training wall-clock time. On SlimPajama, whose seven domains are fewer and cleaner, the benefit is "
            "smaller but consistent, lowering validation perplexity from 9.84 to 9.61."
        ),
        "spans": [
            ("RhizoMix", "M"), ("DoReMi", "M"), ("RegMix", "M"), ("decoder-only Transformers", "M"),
            ("Pile", "D"), ("validation perplexity", "X"), ("average downstream accuracy", "X"),
            ("ARC-Challenge", "D"), ("HellaSwag", "D"), ("average accuracy", "X"),
            ("training wall-clock time", "X"), ("SlimPajama", "D"),
        ],
        "results": [
            ("1.7× fewer tokens", "token reduction", 1.7, "×", None, "RhizoMix"),
            ("average downstream accuracy is 47.9", "average downstream accuracy", 47.9, None, None, "RhizoMix"),
            ("45.6", "average downstream accuracy", 45.6, None, None, None),
            ("46.8", "average downstream accuracy", 46.8, None, None, "DoReMi"),
            ("11 of the 14 tasks", "tasks won", 11, None, None, "RhizoMix"),
            ("best of all five mixing strategies on 8 tasks", "tasks ranked first", 8, None, None, "RhizoMix"),
            ("+3.9 points on ARC-Challenge", "improvement", 3.9, "points", "ARC-Challenge", None),
            ("+2.8 on HellaSwag", "improvement", 2.8, None, "HellaSwag", None),
            ("+0.6", "average accuracy", 0.6, "points", None, None),
            ("+2.3", "average accuracy", 2.3, "points", None, None),
            ("+2.9 points", "average accuracy", 2.9, "points", None, None),
            ("under 0.3% to training wall-clock time", "training wall-clock time", 0.3, "%", None, None),
            ("validation perplexity from 9.84 to 9.61", "validation perplexity", 9.61, None, "SlimPajama", None),
        ],
    },
    # --------------------------------------------------------------- vision
    {
        "field": "vision",
        "title": "Riverglass: Linear-Complexity Stripe Attention for Real-Time Semantic Segmentation",
        "text": (
            r"Vision Transformers have raised the accuracy ceiling of semantic segmentation, but self-attention over "
            r"$N$ pixels costs $\mathcal{O}(N^2)$ and keeps them out of real-time pipelines. We present Riverglass, a "
            r"hierarchical encoder built on stripe attention: each token aggregates context along alternating "
            r"horizontal and vertical stripes of width $w=7$ through a gated recurrent scan, so the cost of a layer "
            r"is $\mathcal{O}(N)$ while its receptive field spans the whole image after two layers. Paired with a "
            r"lightweight all-MLP decoder, Riverglass-S reaches $\mathbf{50.8}$ mIoU on ADE20K at 38.6 GFLOPs "
            r"(+1.9 mIoU over SegNeXt-B with 1.7$\times$ fewer FLOPs). On Cityscapes val at $1024\times2048$, "
            r"Riverglass-T obtains 79.6 mIoU at 92 FPS on an RTX 4090, ahead of PIDNet-M (78.8 mIoU, 88 FPS). "
            r"On COCO-Stuff-164K, Riverglass-S attains $\mathbf{46.2}$ mIoU, about 2.1 points above SegFormer-B2. "
            r"On ADE20K, removing the stripe gating costs 1.4 mIoU, and replacing the scan by window attention of "
            r"equal cost costs 2.6 mIoU, confirming that long-range context rather than capacity drives the "
            r"improvement. All models are pretrained on ImageNet-1K for 300 epochs; code and checkpoints are public."
        ),
        "spans": [
            ("Riverglass", "M"), ("Riverglass-S", "M"), ("Riverglass-T", "M"), ("Stripe Attention", "M"),
            ("stripe attention", "M"), ("Semantic Segmentation", "T"), ("semantic segmentation", "T"),
            ("Vision Transformers", "M"), ("self-attention", "M"), ("mIoU", "X"), ("ADE20K", "D"),
            ("GFLOPs", "X"), ("FLOPs", "X"), ("MLP", "M"), ("SegNeXt-B", "M"), ("Cityscapes val", "D"), ("FPS", "X"),
            ("PIDNet-M", "M"), ("COCO-Stuff-164K", "D"), ("SegFormer-B2", "M"), ("window attention", "M"),
            ("ImageNet-1K", "D"),
        ],
        "results": [
            ("reaches $\\mathbf{50.8}$ mIoU", "mIoU", 50.8, None, "ADE20K", "Riverglass-S"),
            ("38.6 GFLOPs", "FLOPs", 38.6, "G", "ADE20K", "Riverglass-S"),
            ("+1.9 mIoU", "mIoU", 1.9, None, "ADE20K", "Riverglass-S"),
            ("1.7$\\times$ fewer FLOPs", "FLOPs reduction", 1.7, "×", "ADE20K", "Riverglass-S"),
            ("79.6 mIoU", "mIoU", 79.6, None, "Cityscapes", "Riverglass-T"),
            ("92 FPS", "FPS", 92, None, "Cityscapes", "Riverglass-T"),
            ("78.8 mIoU", "mIoU", 78.8, None, "Cityscapes", "PIDNet-M"),
            ("88 FPS", "FPS", 88, None, "Cityscapes", "PIDNet-M"),
            ("attains $\\mathbf{46.2}$ mIoU", "mIoU", 46.2, None, "COCO-Stuff-164K", "Riverglass-S"),
            ("2.1 points", "mIoU", 2.1, "points", "COCO-Stuff-164K", "Riverglass-S"),
            ("costs 1.4 mIoU", "mIoU", 1.4, None, "ADE20K", None),
            ("costs 2.6 mIoU", "mIoU", 2.6, None, "ADE20K", None),
        ],
    },
    {
        "field": "vision",
        "title": "PikeDETR: Query Pruning and Dual-Rate Decoding for Real-Time End-to-End Object Detection",
        "text": (
            "We present PikeDETR, a real-time DETR-style detector for object detection that prunes object queries "
            "by predicted foreground confidence before every decoder layer and runs the shallow decoder layers on "
            "half-resolution features (dual-rate decoding). On COCO val2017, PikeDETR-L reaches 54.9 AP at 8.4 ms "
            "latency on a T4 GPU with TensorRT FP16: +1.8 AP over RT-DETR-R50 (53.1 AP, 9.3 ms) and +1.7 AP over "
            "YOLOv10-L at similar latency, without NMS. PikeDETR-L also raises small-object AP (AP_S) on COCO "
            "val2017 from 34.8 for RT-DETR-R50 to 37.9. On average, query pruning discards 62% of the 300 decoder "
            "queries without lowering AP. "
            "Against YOLOv8, YOLOv10 and RT-DETR at matched latency, PikeDETR gives the highest AP at 4 of the 5 "
            "latency budgets we test (2 to 10 ms). With Objects365 pre-training, PikeDETR-L reaches 57.3 AP on "
            "COCO val2017. All models are trained for 72 epochs with a batch size of 16; pruning thresholds are "
            "fixed at 0.35 for every scale. Training PikeDETR-L takes 2.1 days on 8 A100 GPUs, as pruned queries "
            "also skip the Hungarian matching cost."
        ),
        "spans": [
            ("PikeDETR", "M"), ("PikeDETR-L", "M"), ("Query Pruning", "M"),
            ("query pruning", "M"), ("Dual-Rate Decoding", "M"), ("dual-rate decoding", "M"),
            ("Object Detection", "T"), ("object detection", "T"), ("DETR", "M"), ("COCO val2017", "D"),
            ("AP", "X"), ("latency", "X", {"skip": [3]}), ("RT-DETR-R50", "M"), ("YOLOv10-L", "M"), ("NMS", "M"),
            ("small-object AP", "X"), ("AP_S", "X"), ("YOLOv8", "M"), ("YOLOv10", "M"),
            ("RT-DETR", "M"), ("Objects365", "D"), ("Hungarian matching", "M"),
        ],
        "results": [
            ("54.9 AP", "AP", 54.9, None, "COCO", "PikeDETR-L"),
            ("8.4 ms latency", "latency", 8.4, "ms", "COCO", "PikeDETR-L"),
            ("+1.8 AP", "AP", 1.8, None, "COCO", "PikeDETR-L"),
            ("53.1 AP", "AP", 53.1, None, "COCO", "RT-DETR-R50"),
            ("9.3 ms", "latency", 9.3, "ms", "COCO", "RT-DETR-R50"),
            ("+1.7 AP", "AP", 1.7, None, "COCO", "PikeDETR-L"),
            ("34.8", "AP_S", 34.8, None, "COCO", "RT-DETR-R50"),
            ("37.9", "AP_S", 37.9, None, "COCO", "PikeDETR-L"),
            ("discards 62% of the 300 decoder queries", "query reduction", 62, "%", None, "query pruning"),
            ("4 of the 5 latency budgets", "latency budgets ranked first", 4, None, None, "PikeDETR"),
            ("57.3 AP", "AP", 57.3, None, "COCO", "PikeDETR-L"),
            ("takes 2.1 days", "training time", 2.1, "days", None, "PikeDETR-L"),
        ],
    },
    {
        "field": "vision",
        "title": "PebbleSR: Frequency-Split Reparameterizable Blocks for Lightweight Image Super-Resolution",
        "text": (
            "Lightweight image super-resolution (SR) networks are increasingly deployed on phones and in browsers, "
            "where every millisecond and every kilobyte counts. Transformer-based designs such as SwinIR and its "
            "lightweight successors reconstruct fine textures well but rely on window attention, which maps poorly "
            "to mobile accelerators, while purely convolutional models like SPAN and RLFN run fast yet plateau in "
            "quality. In this paper we ask whether a convolutional network can close that gap simply by treating "
            "high and low frequencies differently. PebbleSR splits each feature map with a fixed Haar transform, "
            "processes the three high-frequency bands with reparameterizable 3×3 convolutions and the low-frequency "
            "band with a large-kernel depthwise branch, and folds both paths into a single convolution at inference "
            "time. We train on DF2K with an L1 loss for 500K iterations; the ×4 model has 388K parameters. Under "
            "this budget, PebbleSR achieves 26.42 dB PSNR on Urban100 and 30.97 dB on Manga109, improving over SPAN "
            "by 0.24 dB and 0.31 dB, respectively, and reaches an SSIM of 0.7961 on Urban100. Compared with "
            "SwinIR-light, PebbleSR uses 32% fewer parameters and runs 3.6× faster on a Snapdragon 8 Gen 3 NPU "
            "(14.2 vs. 51.1 ms per 1280×720 output). The price is small: PebbleSR trails SwinIR-light by only "
            "0.05 dB PSNR on Set5. Across five benchmarks and three scales, it attains the best PSNR among models "
            "under 500K parameters in 13 of 15 settings."
        ),
        "spans": [
            ("PebbleSR", "M"), ("Image Super-Resolution", "T"), ("image super-resolution", "T"), ("SR", "T"),
            ("Transformer", "M"), ("SwinIR", "M"), ("window attention", "M"), ("SPAN", "M"), ("RLFN", "M"),
            ("Haar transform", "M"), ("DF2K", "D"), ("PSNR", "X"), ("Urban100", "D"), ("Manga109", "D"),
            ("SSIM", "X"), ("SwinIR-light", "M"), ("parameters", "X", {"only": [1]}), ("Set5", "D"),
        ],
        "results": [
            ("26.42 dB PSNR", "PSNR", 26.42, "dB", "Urban100", "PebbleSR"),
            ("30.97 dB", "PSNR", 30.97, "dB", "Manga109", "PebbleSR"),
            ("0.24 dB", "PSNR", 0.24, "dB", "Urban100", "PebbleSR"),
            ("0.31 dB", "PSNR", 0.31, "dB", "Manga109", "PebbleSR"),
            ("SSIM of 0.7961", "SSIM", 0.7961, None, "Urban100", "PebbleSR"),
            ("32% fewer parameters", "parameter reduction", 32, "%", None, "PebbleSR"),
            ("runs 3.6× faster", "speed-up", 3.6, "×", None, "PebbleSR"),
            ("14.2", "latency", 14.2, "ms", None, "PebbleSR"),
            ("51.1 ms", "latency", 51.1, "ms", None, "SwinIR-light"),
            ("0.05 dB PSNR", "PSNR", 0.05, "dB", "Set5", "PebbleSR"),
            ("13 of 15 settings", "settings ranked first", 13, None, None, None),
        ],
    },
    {
        "field": "vision",
        "title": "PetalFlow: Few-Step Image Generation by Matching Flow Trajectories Segment by Segment",
        "text": (
            r"Flow matching and diffusion models generate state-of-the-art images but need tens to hundreds of "
            r"network function evaluations (NFE) per sample. Distillation methods such as consistency models and "
            r"distribution matching distillation (DMD) reduce sampling to a few steps, often at a visible cost in "
            r"diversity. We propose PetalFlow, which distills a pretrained flow model into a $k$-step student by "
            r"matching short segments of the teacher's probability-flow trajectory instead of its endpoints, plus a "
            r"light adversarial term on the final segment. On class-conditional ImageNet 256$\times$256, PetalFlow "
            r"distilled from SiT-XL/2 obtains FID 1.98 at $k=4$ and FID 2.87 at $k=1$, against $2.06$ for the "
            r"teacher with 250 steps and $3.43$ for one-step DMD; its recall of 0.61 stays close to the teacher's "
            r"$0.63$. For text-to-image generation, a 4-step PetalFlow student of SD3-Medium reaches a zero-shot FID "
            r"of 14.2 on COCO-30K with a CLIP score of 0.318, and a GenEval overall score of 0.69 (teacher: 0.70 at "
            r"28 steps). Sampling is ${\sim}60\times$ faster than with the teacher. On PartiPrompts, human raters "
            r"preferred PetalFlow over LCM-LoRA in 68\% of pairwise comparisons. Distilling the ImageNet student "
            r"takes 96 A100 GPU hours, and the recipe transfers unchanged to the text-to-image student."
        ),
        "spans": [
            ("PetalFlow", "M"), ("Image Generation", "T"), ("Flow matching", "M"), ("diffusion models", "M"),
            ("network function evaluations", "X"), ("NFE", "X"), ("Distillation", "M"),
            ("consistency models", "M"), ("distribution matching distillation", "M"), ("DMD", "M"),
            ("ImageNet 256$\\times$256", "D"), ("SiT-XL/2", "M"), ("FID", "X"), ("recall", "X"),
            ("text-to-image generation", "T"), ("SD3-Medium", "M"), ("zero-shot FID", "X"), ("COCO-30K", "D"),
            ("CLIP score", "X"), ("GenEval", "D"), ("overall score", "X"), ("PartiPrompts", "D"),
            ("LCM-LoRA", "M"), ("ImageNet", "D"), ("text-to-image", "T"),
        ],
        "results": [
            ("FID 1.98", "FID", 1.98, None, "ImageNet 256x256", "PetalFlow"),
            ("FID 2.87", "FID", 2.87, None, "ImageNet 256x256", "PetalFlow"),
            ("2.06", "FID", 2.06, None, "ImageNet 256x256", "SiT-XL/2"),
            ("3.43", "FID", 3.43, None, "ImageNet 256x256", "DMD"),
            ("recall of 0.61", "recall", 0.61, None, "ImageNet 256x256", "PetalFlow"),
            ("0.63", "recall", 0.63, None, "ImageNet 256x256", "SiT-XL/2"),
            ("zero-shot FID of 14.2", "zero-shot FID", 14.2, None, "COCO-30K", "PetalFlow"),
            ("CLIP score of 0.318", "CLIP score", 0.318, None, "COCO-30K", "PetalFlow"),
            ("GenEval overall score of 0.69", "overall score", 0.69, None, "GenEval", "PetalFlow"),
            ("0.70", "overall score", 0.70, None, "GenEval", "SD3-Medium"),
            ("Sampling is ${\\sim}60\\times$ faster", "sampling speed-up", 60, "×", None, None),
            ("68\\% of pairwise comparisons", "win rate", 68, "%", "PartiPrompts", "PetalFlow"),
            ("takes 96 A100 GPU hours", "distillation time", 96, "GPU hours", "ImageNet", None),
        ],
    },
    {
        "field": "vision",
        "title": "QuiverVOS: Constant-Memory Consolidation for Semi-Supervised Video Object Segmentation in Long Videos",
        "text": (
            "Semi-supervised video object segmentation (VOS) propagates a first-frame mask through a video, and "
            "memory-based methods such as XMem and Cutie now lead the standard benchmarks. Their memory, however, "
            "either grows with video length or is pruned by heuristics that can discard how an object looked before "
            "a long occlusion. We explore QuiverVOS, which periodically consolidates the memory bank into a fixed "
            "set of 64 prototype slots per object through a learned merge operator, so that memory size and "
            "per-frame cost stay constant regardless of video length. On the MOSE validation set, QuiverVOS improves "
            "J&F from 68.1 with Cutie to 70.4. On LVOS v2, whose videos last several minutes, the gap is larger: "
            "QuiverVOS reaches 64.8 J&F, versus 60.9 for Cutie. On short clips we see no benefit. QuiverVOS is on "
            "par with Cutie on DAVIS 2017 val (88.2 vs. 88.8 J&F) and on YouTube-VOS 2019 (86.9 vs. 87.0 G), so "
            "consolidation does not appear to cost short-video accuracy, but it does not improve it either. "
            "QuiverVOS runs at 31 FPS on an RTX A6000 and uses 2.3 GB of GPU memory on 10-minute videos, where XMem "
            "needs 7.9 GB. Two caveats apply. The LVOS v2 gains rest on only 140 validation videos, and the merge "
            "operator is sensitive to the number of slots: with 16 slots, J&F on MOSE drops by 2.2 points. Code "
            "and trained models will be released."
        ),
        "spans": [
            ("QuiverVOS", "M"), ("Semi-Supervised Video Object Segmentation", "T"),
            ("Semi-supervised video object segmentation", "T"), ("VOS", "T"), ("XMem", "M"), ("Cutie", "M"),
            ("MOSE", "D"), ("J&F", "X"), ("LVOS v2", "D"), ("DAVIS 2017 val", "D"), ("YouTube-VOS 2019", "D"),
            ("G", "X"), ("FPS", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("J&F from 68.1", "J&F", 68.1, None, "MOSE", "Cutie"),
            ("70.4", "J&F", 70.4, None, "MOSE", "QuiverVOS"),
            ("64.8 J&F", "J&F", 64.8, None, "LVOS v2", "QuiverVOS"),
            ("60.9", "J&F", 60.9, None, "LVOS v2", "Cutie"),
            ("88.2", "J&F", 88.2, None, "DAVIS 2017", "QuiverVOS"),
            ("88.8 J&F", "J&F", 88.8, None, "DAVIS 2017", "Cutie"),
            ("86.9", "G", 86.9, None, "YouTube-VOS 2019", "QuiverVOS"),
            ("87.0 G", "G", 87.0, None, "YouTube-VOS 2019", "Cutie"),
            ("31 FPS", "FPS", 31, None, None, "QuiverVOS"),
            ("2.3 GB of GPU memory", "GPU memory", 2.3, "GB", None, "QuiverVOS"),
            ("7.9 GB", "GPU memory", 7.9, "GB", None, "XMem"),
            ("J&F on MOSE drops by 2.2 points", "J&F", 2.2, "points", "MOSE", None),
        ],
    },
    {
        "field": "vision",
        "title": "ReedSplat: Anchor-Based Gaussian Splatting with Position-Conditioned Entropy Coding",
        "text": (
            "ReedSplat compresses 3D Gaussian Splatting (3DGS) scenes to an average storage of 9.8 MB across "
            "Mip-NeRF 360, Tanks and Temples and Deep Blending, 76× smaller than 3DGS and 2.4× smaller than HAC, "
            "while matching their rendering quality. Gaussians are attached to a sparse set of anchors whose "
            "attributes a tiny MLP predicts from a hash-grid context; the attributes are then entropy-coded with a "
            "learned model conditioned on anchor position. A rate-control term lets a single model cover bit-rates "
            "from 4 to 25 MB by changing one weight λ. On Mip-NeRF 360, ReedSplat attains 27.71 dB PSNR, 0.812 "
            "SSIM and 0.221 LPIPS, compared with 27.47 dB PSNR for 3DGS. On Tanks and Temples, "
            "ReedSplat improves PSNR by 0.38 dB over HAC at a similar size. Training a scene takes 31 minutes on an "
            "RTX 3090. Rendering speed, at 174 FPS, is lower than "
            "that of 3DGS (208 FPS) because anchor attributes are decoded on the fly. Among the 13 scenes "
            "evaluated, ReedSplat has the lowest storage in 12; the exception is a large outdoor scene from Deep "
            "Blending, where many distant Gaussians fall outside the anchor grid."
        ),
        "spans": [
            ("ReedSplat", "M"), ("Gaussian Splatting", "M"), ("3D Gaussian Splatting", "M"), ("3DGS", "M"),
            ("Entropy Coding", "M"), ("average storage", "X"), ("storage", "X"), ("Mip-NeRF 360", "D"),
            ("Tanks and Temples", "D"), ("Deep Blending", "D"), ("HAC", "M"), ("MLP", "M"),
            ("bit-rates", "X"), ("PSNR", "X"), ("SSIM", "X"), ("LPIPS", "X"), ("Rendering speed", "X"),
        ],
        "results": [
            ("average storage of 9.8 MB", "average storage", 9.8, "MB", None, "ReedSplat"),
            ("76× smaller", "storage reduction", 76, "×", None, "ReedSplat"),
            ("2.4× smaller", "storage reduction", 2.4, "×", None, "ReedSplat"),
            ("27.71 dB PSNR", "PSNR", 27.71, "dB", "Mip-NeRF 360", "ReedSplat"),
            ("0.812 SSIM", "SSIM", 0.812, None, "Mip-NeRF 360", "ReedSplat"),
            ("0.221 LPIPS", "LPIPS", 0.221, None, "Mip-NeRF 360", "ReedSplat"),
            ("27.47 dB PSNR", "PSNR", 27.47, "dB", "Mip-NeRF 360", "3DGS"),
            ("PSNR by 0.38 dB", "PSNR", 0.38, "dB", "Tanks and Temples", "ReedSplat"),
            ("Training a scene takes 31 minutes", "training time", 31, "min", None, None),
            ("Rendering speed, at 174 FPS", "rendering speed", 174, "FPS", None, None),
            ("208 FPS", "rendering speed", 208, "FPS", None, "3DGS"),
            ("lowest storage in 12", "scenes ranked first", 12, None, None, "ReedSplat"),
        ],
    },
]
