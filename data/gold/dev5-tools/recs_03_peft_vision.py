"""dev5 written records: peft (5) and efficient-vision-models (5).
Format: see data/gold/written_gold.py (spans: (surface, label[, opts]); results:
(surface, metric, value, unit, dataset, method[, extras])).
"""

COINED = [
    "SpindleLoRA", "SprigAdapter", "CoilLoRA", "QuartzLoRA", "Fugato",
    "Sluice", "PebbleSAM", "MartenNet", "MartenNet-S1", "MartenNet-S2", "MartenNet-S4",
    "Corvid-DETR", "Corvid-DETR-L", "Corvid-DETR-S", "VireoSeg", "VireoSeg-B0", "VireoSeg-B1", "VireoSeg-B3",
]

RECS = [
    # ------------------------------------------------------------------ peft
    {
        "field": "peft",
        "title": "SpindleLoRA: Magnitude-Direction Decoupled Low-Rank Adaptation with Shared Rotations",
        "text": (
            "Low-rank adaptation (LoRA) has become the default way to fine-tune large language models on a "
            "budget, yet at small ranks it still trails full fine-tuning on reasoning-heavy tasks. "
            "Weight-decomposed variants such as DoRA narrow the gap by learning a per-column magnitude, and PiSSA "
            "initialises the adapter from principal singular vectors, but both leave the update direction "
            "constrained to a single low-rank subspace per layer. We propose SpindleLoRA, which expresses the "
            "directional update as a product of a shared learnable rotation and a layer-specific low-rank matrix, "
            "so that layers can reuse subspaces discovered elsewhere at negligible parameter cost. SpindleLoRA can "
            "be merged into the base weights after training and thus adds no inference latency. Fine-tuning "
            "LLaMA-7B on the Commonsense170K mixture, SpindleLoRA achieves an average accuracy of 80.9% on eight "
            "commonsense reasoning benchmarks (BoolQ, PIQA, SIQA, HellaSwag, WinoGrande, ARC-e, ARC-c and OBQA), "
            "surpassing LoRA (74.7%) and DoRA (78.4%) at rank 32 while training 0.41% of the parameters. With "
            "Llama-3-8B the average rises to 86.2%, 1.4 points above DoRA. Halving the rank to 16 costs only 0.3 "
            "points of accuracy. On instruction tuning, a SpindleLoRA-tuned Llama-3-8B scores 7.12 on MT-Bench "
            "compared with 6.86 for LoRA, and on GSM8K it improves accuracy from 61.0% to 64.8%."
        ),
        "spans": [
            ("SpindleLoRA", "M"),
            ("Low-Rank Adaptation", "M"),
            ("Low-rank adaptation", "M"),
            ("LoRA", "M"),
            ("large language models", "M"),
            ("full fine-tuning", "M"),
            ("DoRA", "M"), ("PiSSA", "M"),
            ("inference latency", "X"),
            ("LLaMA-7B", "M"),
            ("Commonsense170K", "D"),
            ("accuracy", "X"),
            ("commonsense reasoning", "T"),
            ("BoolQ", "D"), ("PIQA", "D"), ("SIQA", "D"), ("HellaSwag", "D"), ("WinoGrande", "D"), ("ARC-e", "D"),
            ("ARC-c", "D"), ("OBQA", "D"),
            ("Llama-3-8B", "M"),
            ("instruction tuning", "M"),
            ("MT-Bench", "D"), ("GSM8K", "D"),
            ("average accuracy", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("average accuracy of 80.9%", "accuracy", 80.9, "%", None, "SpindleLoRA"),
            ("74.7%", "accuracy", 74.7, "%", None, "LoRA"),
            ("78.4%", "accuracy", 78.4, "%", None, "DoRA"),
            ("average rises to 86.2%", "accuracy", 86.2, "%", None, "Llama-3-8B"),
            ("1.4 points above", "improvement", 1.4, "points", None, "Llama-3-8B"),
            ("0.3 points of accuracy", "accuracy drop", 0.3, "points", None, None),
            ("scores 7.12 on MT-Bench", "score", 7.12, None, "MT-Bench", "SpindleLoRA"),
            ("6.86", "score", 6.86, None, "MT-Bench", "LoRA"),
            ("accuracy from 61.0% to 64.8%", "accuracy", 64.8, "%", "GSM8K", None),
        ],
    },
    {
        "field": "peft",
        "title": "Frequency-Aware Sparse Adapters for Parameter-Efficient Transfer of Vision Transformers",
        "text": (
            "Parameter-efficient transfer learning adapts large pre-trained vision transformers to downstream "
            "recognition tasks by updating a small set of parameters, with methods such as visual prompt tuning "
            "(VPT), AdaptFormer, SSF and LoRA approaching or exceeding full fine-tuning on few-shot and low-data "
            "benchmarks. These methods insert the same module into every block, although the spectral content of "
            "features differs strongly between early and late layers. We present SprigAdapter, which places "
            "bottleneck adapters only in the blocks chosen by a one-shot frequency-energy criterion and "
            "parameterises each adapter in the discrete cosine transform domain, keeping only its low-frequency "
            "coefficients. With a ViT-B/16 pre-trained on ImageNet-21K, SprigAdapter tunes 0.19M parameters, "
            "0.22% of the backbone, and reaches a mean top-1 accuracy of 77.4% over the 19 tasks of VTAB-1k, "
            "compared with 68.9% for full fine-tuning, 72.3% for VPT-Deep and 74.8% for AdaptFormer. On the five "
            "FGVC datasets (CUB-200-2011, NABirds, Oxford Flowers, Stanford Dogs and Stanford Cars), it obtains "
            "90.8% on average, and it ranks first on 12 of the 19 VTAB-1k tasks. The same design transfers to "
            "Swin-B and to ConvNeXt-B with gains of 1.1 and 1.6 points over SSF, respectively. Because the "
            "adapters are sparse in frequency, training memory is 29% lower than for LoRA with rank 8, and the "
            "adapters can be merged for inference."
        ),
        "spans": [
            ("Parameter-Efficient Transfer", "M"),
            ("Vision Transformers", "M"),
            ("Parameter-efficient transfer learning", "M"),
            ("vision transformers", "M"),
            ("visual prompt tuning", "M"),
            ("VPT", "M"),
            ("AdaptFormer", "M"), ("SSF", "M"), ("LoRA", "M"),
            ("full fine-tuning", "M"),
            ("SprigAdapter", "M"),
            ("bottleneck adapters", "M"),
            ("discrete cosine transform", "M"),
            ("ViT-B/16", "M"),
            ("ImageNet-21K", "D"),
            ("top-1 accuracy", "X"),
            ("VTAB-1k", "D"),
            ("VPT-Deep", "M"),
            ("FGVC", "D"),
            ("CUB-200-2011", "D"), ("NABirds", "D"), ("Oxford Flowers", "D"), ("Stanford Dogs", "D"),
            ("Stanford Cars", "D"),
            ("Swin-B", "M"), ("ConvNeXt-B", "M"),
            ("training memory", "X"),
            ("mean top-1 accuracy", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("top-1 accuracy of 77.4%", "top-1 accuracy", 77.4, "%", "VTAB-1k", "SprigAdapter"),
            ("68.9%", "top-1 accuracy", 68.9, "%", "VTAB-1k", "full fine-tuning"),
            ("72.3%", "top-1 accuracy", 72.3, "%", "VTAB-1k", "VPT-Deep"),
            ("74.8%", "top-1 accuracy", 74.8, "%", "VTAB-1k", "AdaptFormer"),
            ("90.8% on average", "accuracy", 90.8, "%", "FGVC", None),
            ("ranks first on 12 of the 19 VTAB-1k tasks", "tasks ranked first", 12, None, "VTAB-1k", None),
            ("gains of 1.1", "improvement", 1.1, "points", None, "Swin-B"),
            ("1.6 points", "improvement", 1.6, "points", None, "ConvNeXt-B"),
            ("training memory is 29% lower", "training memory reduction", 29, "%", None, None),
        ],
    },
    {
        "field": "peft",
        "title": "CoilLoRA: Tensor-Train Low-Rank Adaptation for Language Model Fine-Tuning with Fewer Than 10K Parameters",
        "text": (
            "Even LoRA stores millions of trainable parameters per task for billion-scale models, which becomes a "
            "bottleneck when thousands of personalised adapters must be served concurrently. Approaches that "
            "share random projections across layers, such as VeRA, or that prune singular values under tight "
            "budgets, such as AdaLoRA, reduce storage but lose accuracy on harder tasks. We propose CoilLoRA, which "
            "represents the stacked low-rank updates of all layers as a single tensor-train whose cores are shared "
            "along the depth axis, with a learned per-layer index vector. The number of trainable parameters then "
            "grows logarithmically with model depth. On the GLUE benchmark with RoBERTa-base, CoilLoRA trains 8.4K "
            "parameters yet achieves an average score of 85.6, compared with 85.2 for LoRA (0.3M parameters), "
            "84.1 for VeRA and 83.9 for BitFit. With DeBERTaV3-base it reaches 89.7 on MNLI and 72.9 Matthews "
            "correlation on CoLA, matching AdaLoRA while using 38 times fewer parameters. On the E2E NLG "
            "challenge, GPT-2 Medium with CoilLoRA obtains a BLEU of 69.3 and a ROUGE-L of 71.4. For Llama-2-7B, "
            "a CoilLoRA adapter occupies 61 KB on disk instead of 16 MB for LoRA at rank 8, so that 10,000 task "
            "adapters fit in under 1 GB of GPU memory."
        ),
        "spans": [
            ("CoilLoRA", "M"),
            ("Tensor-Train", "M"),
            ("Low-Rank Adaptation", "M"),
            ("Language Model", "M"),
            ("LoRA", "M"),
            ("VeRA", "M"), ("AdaLoRA", "M"),
            ("storage", "X"),
            ("accuracy", "X"),
            ("tensor-train", "M"),
            ("GLUE", "D"),
            ("RoBERTa-base", "M"),
            ("BitFit", "M"),
            ("DeBERTaV3-base", "M"),
            ("MNLI", "D"), ("CoLA", "D"),
            ("Matthews correlation", "X"),
            ("E2E NLG challenge", "D"),
            ("GPT-2 Medium", "M"),
            ("BLEU", "X"), ("ROUGE-L", "X"),
            ("Llama-2-7B", "M"),
            ("GPU memory", "X"),
        ],
        "results": [
            ("average score of 85.6", "average score", 85.6, None, "GLUE", "CoilLoRA"),
            ("85.2", "average score", 85.2, None, "GLUE", "LoRA"),
            ("84.1", "average score", 84.1, None, "GLUE", "VeRA"),
            ("83.9", "average score", 83.9, None, "GLUE", "BitFit"),
            ("89.7 on MNLI", "accuracy", 89.7, None, "MNLI", "DeBERTaV3-base"),
            ("72.9 Matthews correlation", "Matthews correlation", 72.9, None, "CoLA", "DeBERTaV3-base"),
            ("38 times fewer parameters", "parameter reduction", 38, "×", None, "DeBERTaV3-base"),
            ("BLEU of 69.3", "BLEU", 69.3, None, "E2E NLG challenge", "CoilLoRA"),
            ("ROUGE-L of 71.4", "ROUGE-L", 71.4, None, "E2E NLG challenge", "CoilLoRA"),
            ("occupies 61 KB", "storage", 61, "KB", None, "CoilLoRA"),
            ("16 MB", "storage", 16, "MB", None, "LoRA"),
            ("under 1 GB of GPU memory", "GPU memory", 1, "GB", None, None),
        ],
    },
    {
        "field": "peft",
        "title": "QuartzLoRA: Quantization-Aware Initialization and Error-Compensating Adapters for 2-Bit Fine-Tuning of LLMs",
        "text": (
            "QLoRA made it possible to fine-tune a 65B model on a single 48 GB GPU by training LoRA adapters on top "
            "of a frozen 4-bit base, but below 4 bits the quantization error of the base model is so large that "
            "the adapters spend their capacity undoing it. LoftQ and ApiQ initialise the adapters to compensate "
            "for this error, yet they optimise a weight-space objective that ignores which directions matter for "
            "the activations. QuartzLoRA initialises the adapters by an activation-weighted alternating "
            "minimisation and, during fine-tuning, adds a lightweight error-compensation branch whose rank is "
            "allocated per layer from calibration statistics. We fine-tune Llama-2-7B, Llama-2-13B and Mistral-7B "
            "with 2-bit and 3-bit base weights on Alpaca, MetaMathQA and CodeFeedback. At 2 bits, QuartzLoRA "
            "improves the GSM8K accuracy of Llama-2-13B from 39.8% with LoftQ to 47.5%, and keeps the WikiText-2 "
            "perplexity at 6.92 against 7.85 for ApiQ. On Mistral-7B with 3-bit weights, the fine-tuned model "
            "scores 6.71 on MT-Bench, 0.12 below the 16-bit LoRA baseline, and 60.3% on MMLU. Fine-tuning "
            "Llama-2-13B at 2 bits needs 9.6 GB of GPU memory, a 61% reduction relative to 16-bit LoRA, and the "
            "extra initialization step takes less than 4 minutes per billion parameters."
        ),
        "spans": [
            ("QuartzLoRA", "M"),
            ("Quantization", "M"),
            ("LLMs", "M"),
            ("QLoRA", "M"),
            ("LoRA", "M"),
            ("quantization", "M"),
            ("LoftQ", "M"), ("ApiQ", "M"),
            ("alternating minimisation", "M"),
            ("Llama-2-7B", "M"), ("Llama-2-13B", "M"), ("Mistral-7B", "M"),
            ("Alpaca", "D"), ("MetaMathQA", "D"), ("CodeFeedback", "D"),
            ("GSM8K", "D"), ("WikiText-2", "D"), ("MT-Bench", "D"), ("MMLU", "D"),
            ("accuracy", "X"),
            ("perplexity", "X"),
            ("GPU memory", "X"),
        ],
        "results": [
            ("accuracy of Llama-2-13B from 39.8%", "accuracy", 39.8, "%", "GSM8K", "LoftQ"),
            ("47.5%", "accuracy", 47.5, "%", "GSM8K", "QuartzLoRA"),
            ("perplexity at 6.92", "perplexity", 6.92, None, "WikiText-2", "QuartzLoRA"),
            ("7.85", "perplexity", 7.85, None, "WikiText-2", "ApiQ"),
            ("scores 6.71 on MT-Bench", "score", 6.71, None, "MT-Bench", "Mistral-7B"),
            ("0.12 below", "score", 0.12, None, "MT-Bench", "Mistral-7B"),
            ("60.3% on MMLU", "accuracy", 60.3, "%", "MMLU", "Mistral-7B"),
            ("9.6 GB of GPU memory", "GPU memory", 9.6, "GB", None, "Llama-2-13B"),
            ("61% reduction", "GPU memory reduction", 61, "%", None, "Llama-2-13B"),
            ("takes less than 4 minutes", "initialization time", 4, "min", None, None),
        ],
    },
    {
        "field": "peft",
        "title": "Composable Soft Prompts via Low-Rank Prompt Decomposition and Input-Dependent Mixing",
        "text": (
            "Prompt tuning adapts a frozen language model by learning a handful of continuous token embeddings, "
            "which makes it the most storage-efficient form of parameter-efficient fine-tuning (PEFT), but it "
            "converges slowly and is sensitive to initialisation, particularly for models below 1B parameters. "
            "Multi-task variants such as SPoT, ATTEMPT and MPT transfer prompts learned on source tasks, yet they "
            "distil all sources into a single shared prompt. We present Fugato, which decomposes every soft "
            "prompt into a shared low-rank basis and task-specific mixing coefficients that are predicted from "
            "the input by a tiny router, so that a target task can compose several source prompts per example. "
            "Fugato adds 0.035% trainable parameters to T5-Base and trains 2.1 times faster than vanilla prompt "
            "tuning. Trained on six high-resource source tasks and adapted to the eight SuperGLUE tasks, Fugato "
            "reaches an average score of 76.8, compared with 74.1 for MPT, 67.8 for ATTEMPT and 62.8 for prompt "
            "tuning, and it surpasses full fine-tuning (74.5) while updating 4,000 times fewer parameters. On "
            "GLUE it achieves 86.9 on average. In the few-shot setting with 32 examples per task, Fugato "
            "improves over MPT by 2.3 points on BoolQ, CB and SciTail. We also evaluate Fugato with Flan-T5-XL "
            "and find that the gains persist at 3B parameters."
        ),
        "spans": [
            ("Soft Prompts", "M"),
            ("Prompt tuning", "M"),
            ("prompt tuning", "M"),
            ("language model", "M"),
            ("parameter-efficient fine-tuning", "M"),
            ("PEFT", "M"),
            ("SPoT", "M"), ("ATTEMPT", "M"), ("MPT", "M"),
            ("Fugato", "M"),
            ("soft prompt", "M"),
            ("T5-Base", "M"),
            ("SuperGLUE", "D"),
            ("full fine-tuning", "M"),
            ("GLUE", "D"),
            ("BoolQ", "D"), ("CB", "D"), ("SciTail", "D"),
            ("Flan-T5-XL", "M"),
        ],
        "results": [
            ("trains 2.1 times faster", "training speed-up", 2.1, "×", None, "Fugato"),
            ("average score of 76.8", "average score", 76.8, None, "SuperGLUE", "Fugato"),
            ("74.1", "average score", 74.1, None, "SuperGLUE", "MPT"),
            ("67.8", "average score", 67.8, None, "SuperGLUE", "ATTEMPT"),
            ("62.8", "average score", 62.8, None, "SuperGLUE", "prompt tuning"),
            ("74.5", "average score", 74.5, None, "SuperGLUE", "full fine-tuning"),
            ("4,000 times fewer parameters", "parameter reduction", 4000, "×", "SuperGLUE", "Fugato"),
            ("86.9 on average", "average score", 86.9, None, "GLUE", None),
            ("2.3 points", "improvement", 2.3, "points", None, "Fugato"),
        ],
    },
    # ------------------------------------------------------------------ efficient-vision-models
    {
        "field": "efficient-vision-models",
        "title": "Sluice: Bipartite Token Merging Guided by Feature Flow for Faster Vision Transformers",
        "text": (
            "Token reduction is a simple way to accelerate vision transformers (ViTs) at inference, and "
            "training-free merging methods such as ToMe have shown that combining similar tokens can double "
            "throughput with a modest accuracy loss. Pruning methods such as EViT and DynamicViT instead discard "
            "inattentive tokens, which is cheap but loses information at high reduction ratios. We observe that "
            "the tokens merged by ToMe in early layers are often split again by later layers, and that this "
            "mismatch accounts for much of the accuracy drop. Sluice predicts, from the features of the previous "
            "block, a soft flow that tells each token where its content will move, and merges tokens along this "
            "flow with a bipartite matching that also respects spatial locality. Sluice works off the shelf and "
            "improves further with a 10-epoch fine-tuning. On ImageNet-1K, off-the-shelf Sluice accelerates "
            "DeiT-B by 1.97× in throughput with a top-1 accuracy drop of 0.38%, where ToMe loses 0.93% at the same "
            "speed. After fine-tuning, DeiT-S with Sluice reaches 79.4% top-1 accuracy at 2.6 GFLOPs, compared "
            "with 78.5% for EViT and 78.3% for DynamicViT. Applied to the MAE-pretrained ViT-L, throughput "
            "increases from 94 to 231 images/s on an A100 while accuracy falls from 85.9% to 85.2%. In semantic "
            "segmentation with Segmenter on ADE20K, Sluice reduces FLOPs by 43% and costs 0.6 mIoU."
        ),
        "spans": [
            ("Sluice", "M"),
            ("Token Merging", "M"),
            ("Vision Transformers", "M"),
            ("Token reduction", "M"),
            ("vision transformers", "M"),
            ("ViTs", "M"),
            ("ToMe", "M"),
            ("throughput", "X"),
            ("accuracy", "X"),
            ("top-1 accuracy", "X"),
            ("Pruning", "M"),
            ("EViT", "M"), ("DynamicViT", "M"),
            ("bipartite matching", "M"),
            ("ImageNet-1K", "D"),
            ("DeiT-B", "M"), ("DeiT-S", "M"),
            ("GFLOPs", "X"),
            ("MAE", "M"),
            ("ViT-L", "M"),
            ("semantic segmentation", "T"),
            ("Segmenter", "M"),
            ("ADE20K", "D"),
            ("FLOPs", "X"),
            ("mIoU", "X"),
        ],
        "results": [
            ("1.97× in throughput", "throughput speed-up", 1.97, "×", "ImageNet-1K", "Sluice"),
            ("top-1 accuracy drop of 0.38%", "top-1 accuracy", 0.38, "%", "ImageNet-1K", "Sluice"),
            ("loses 0.93%", "top-1 accuracy", 0.93, "%", "ImageNet-1K", "ToMe"),
            ("79.4% top-1 accuracy", "top-1 accuracy", 79.4, "%", None, "Sluice"),
            ("2.6 GFLOPs", "FLOPs", 2.6, "G", None, "Sluice"),
            ("78.5%", "top-1 accuracy", 78.5, "%", None, "EViT"),
            ("78.3%", "top-1 accuracy", 78.3, "%", None, "DynamicViT"),
            ("throughput increases from 94 to 231 images/s", "throughput", 231, "images/s", None, "ViT-L"),
            ("accuracy falls from 85.9% to 85.2%", "accuracy", 85.2, "%", None, "ViT-L"),
            ("reduces FLOPs by 43%", "FLOPs reduction", 43, "%", "ADE20K", "Sluice"),
            ("costs 0.6 mIoU", "mIoU", 0.6, None, "ADE20K", "Sluice"),
        ],
    },
    {
        "field": "efficient-vision-models",
        "title": "PebbleSAM: Distilling the Segment Anything Model into a 6M-Parameter Encoder for On-Device Prompting",
        "text": (
            "The Segment Anything Model (SAM) generalises to unseen objects from point and box prompts, but its "
            "ViT-H image encoder requires about 3 TFLOPs per image and cannot run interactively on phones. "
            "Lightweight successors such as MobileSAM, EfficientSAM and EdgeSAM distil the encoder into small "
            "backbones, yet their masks degrade markedly for small and thin structures and under ambiguous "
            "single-point prompts. We propose PebbleSAM, which distils SAM with a prompt-in-the-loop objective "
            "that samples point and box prompts where the student's mask disagrees most with the teacher, and a "
            "boundary-weighted mask loss. The student is a 6M-parameter hybrid CNN–transformer encoder paired "
            "with the original mask decoder. We distil on 1% of SA-1B with 4 A100 GPUs for 2 days. On COCO with "
            "ground-truth boxes as prompts, PebbleSAM achieves 76.2 mIoU, against 73.5 for MobileSAM and 75.1 for "
            "EdgeSAM; with single-point prompts its 1-click mIoU on LVIS is 58.9, 3.7 points above "
            "EfficientSAM-Ti. As a promptable instance segmenter driven by ViTDet boxes, it obtains 41.3 mask AP "
            "on COCO val2017, versus 46.5 for SAM. PebbleSAM runs at 38 FPS on an iPhone 15 Pro, 1.6 times faster "
            "than EdgeSAM, and its encoder is 103× cheaper in FLOPs than the ViT-H encoder of SAM."
        ),
        "spans": [
            ("PebbleSAM", "M"),
            ("Segment Anything Model", "M"),
            ("SAM", "M"),
            ("ViT-H", "M"),
            ("TFLOPs", "X"),
            ("MobileSAM", "M"), ("EfficientSAM", "M"), ("EdgeSAM", "M"), ("EfficientSAM-Ti", "M"),
            ("CNN", "M"),
            ("transformer", "M"),
            ("SA-1B", "D"),
            ("COCO", "D"),
            ("COCO val2017", "D"),
            ("mIoU", "X"),
            ("1-click mIoU", "X"),
            ("LVIS", "D"),
            ("ViTDet", "M"),
            ("mask AP", "X"),
            ("FPS", "X"),
            ("FLOPs", "X"),
        ],
        "results": [
            ("3 TFLOPs", "FLOPs", 3, "T", None, "SAM"),
            ("76.2 mIoU", "mIoU", 76.2, None, "COCO", "PebbleSAM"),
            ("73.5", "mIoU", 73.5, None, "COCO", "MobileSAM"),
            ("75.1", "mIoU", 75.1, None, "COCO", "EdgeSAM"),
            ("1-click mIoU on LVIS is 58.9", "1-click mIoU", 58.9, None, "LVIS", "PebbleSAM"),
            ("3.7 points above", "1-click mIoU", 3.7, "points", "LVIS", "PebbleSAM"),
            ("41.3 mask AP", "mask AP", 41.3, None, "COCO val2017", None),
            ("46.5", "mask AP", 46.5, None, "COCO val2017", "SAM"),
            ("38 FPS", "FPS", 38, None, None, "PebbleSAM"),
            ("1.6 times faster", "speed-up", 1.6, "×", None, "PebbleSAM"),
            ("103× cheaper in FLOPs", "FLOPs reduction", 103, "×", None, None),
        ],
    },
    {
        "field": "efficient-vision-models",
        "title": "MartenNet: Hardware-Aware Hybrid Mobile Backbones with Reparameterized Multi-Scale Mixers",
        "text": (
            "Mobile vision backbones must balance accuracy against the latency measured on real devices, which is "
            "poorly predicted by FLOPs or parameter counts. Recent hybrid designs such as FastViT, "
            "EfficientFormerV2 and MobileOne combine structural reparameterization with attention at low "
            "resolutions, yet they use the same token mixer at every stage and pay for memory-bound reshapes on "
            "mobile NPUs. We introduce MartenNet, a family of hybrid backbones that uses reparameterized "
            "multi-scale depth-wise mixers in the first three stages and a single-head convolutional attention "
            "in the last, with widths and depths found by a latency-constrained search on the target device. "
            "MartenNet-S1 reaches 79.8% top-1 accuracy on ImageNet-1K at 0.94 ms latency on an iPhone 14, "
            "compared with 79.1% at 1.18 ms for FastViT-SA12 and 77.4% at 1.00 ms for MobileOne-S2. The largest "
            "variant, MartenNet-S4, obtains 83.6% top-1 accuracy at 3.1 ms, running 1.4× faster than "
            "EfficientFormerV2-L at higher accuracy. As a backbone, MartenNet-S2 achieves 40.9 box AP and 37.2 "
            "mask AP with Mask R-CNN on COCO and 42.8 mIoU with Semantic FPN on ADE20K, improving over "
            "PoolFormer-S24 by 3.1 AP and 2.2 mIoU, respectively, while being 2.7× faster on device. All models "
            "are trained for 300 epochs with the standard DeiT recipe plus distillation from a RegNetY-16GF "
            "teacher."
        ),
        "spans": [
            ("MartenNet", "M"),
            ("accuracy", "X"),
            ("latency", "X", {"skip": [1]}),
            ("FLOPs", "X"),
            ("parameter counts", "X"),
            ("FastViT", "M"), ("EfficientFormerV2", "M"), ("MobileOne", "M"),
            ("structural reparameterization", "M"),
            ("MartenNet-S1", "M"), ("MartenNet-S2", "M"), ("MartenNet-S4", "M"),
            ("top-1 accuracy", "X"),
            ("ImageNet-1K", "D"),
            ("FastViT-SA12", "M"), ("MobileOne-S2", "M"), ("EfficientFormerV2-L", "M"),
            ("box AP", "X"), ("mask AP", "X"), ("AP", "X"),
            ("Mask R-CNN", "M"),
            ("COCO", "D"),
            ("mIoU", "X"),
            ("Semantic FPN", "M"),
            ("ADE20K", "D"),
            ("PoolFormer-S24", "M"),
            ("DeiT", "M"),
            ("distillation", "M"),
            ("RegNetY-16GF", "M"),
        ],
        "results": [
            ("79.8% top-1 accuracy", "top-1 accuracy", 79.8, "%", "ImageNet-1K", "MartenNet-S1"),
            ("0.94 ms latency", "latency", 0.94, "ms", "ImageNet-1K", "MartenNet-S1"),
            ("79.1%", "top-1 accuracy", 79.1, "%", "ImageNet-1K", "FastViT-SA12"),
            ("1.18 ms", "latency", 1.18, "ms", "ImageNet-1K", "FastViT-SA12"),
            ("77.4%", "top-1 accuracy", 77.4, "%", "ImageNet-1K", "MobileOne-S2"),
            ("1.00 ms", "latency", 1.0, "ms", "ImageNet-1K", "MobileOne-S2"),
            ("83.6% top-1 accuracy", "top-1 accuracy", 83.6, "%", None, "MartenNet-S4"),
            ("3.1 ms", "latency", 3.1, "ms", None, "MartenNet-S4"),
            ("1.4× faster", "speed-up", 1.4, "×", None, "MartenNet-S4"),
            ("40.9 box AP", "box AP", 40.9, None, "COCO", "MartenNet-S2"),
            ("37.2 mask AP", "mask AP", 37.2, None, "COCO", "MartenNet-S2"),
            ("42.8 mIoU", "mIoU", 42.8, None, "ADE20K", "MartenNet-S2"),
            ("3.1 AP", "AP", 3.1, None, "COCO", "MartenNet-S2"),
            ("2.2 mIoU", "mIoU", 2.2, None, "ADE20K", "MartenNet-S2"),
            ("2.7× faster", "speed-up", 2.7, "×", None, "MartenNet-S2"),
        ],
    },
    {
        "field": "efficient-vision-models",
        "title": "Real-Time End-to-End Object Detection with Sparse Query Refinement",
        "text": (
            "DETR-style detectors remove hand-crafted components such as non-maximum suppression (NMS), and "
            "RT-DETR has shown that they can rival YOLO detectors in real-time object detection. Their decoders, "
            "however, refine hundreds of queries for six layers even though most queries converge after the first "
            "two, and the hybrid encoder spends most of its computation on high-resolution features that few "
            "queries attend to. We propose Corvid-DETR, which ranks queries by a learned convergence score after "
            "every decoder layer and refines only the uncertain ones, and which restricts encoder updates on the "
            "stride-8 level to regions selected by those queries. The remaining queries are frozen and passed "
            "through unchanged, so the model stays NMS-free and end-to-end. Corvid-DETR-L achieves 54.1 AP on COCO "
            "val2017 at 128 FPS on a T4 GPU with TensorRT FP16, outperforming RT-DETR-L (53.0 AP, 114 FPS) and "
            "YOLOv8-L (52.9 AP, 71 FPS with NMS). The smaller Corvid-DETR-S obtains 48.6 AP at 247 FPS. Small-object AP "
            "improves by 2.4 points over RT-DETR-L, and decoder FLOPs are reduced by 58%. "
            "Pre-training on Objects365 further lifts Corvid-DETR-L to 56.3 AP. When transferred to LVIS with a "
            "Swin-T backbone, the sparse refinement retains 97% of the accuracy of full refinement while lowering "
            "end-to-end latency by 31%."
        ),
        "spans": [
            ("Object Detection", "T"),
            ("DETR", "M"),
            ("non-maximum suppression", "M"),
            ("NMS", "M"),
            ("RT-DETR", "M"), ("RT-DETR-L", "M"),
            ("YOLO", "M"),
            ("object detection", "T"),
            ("Corvid-DETR", "M"), ("Corvid-DETR-L", "M"), ("Corvid-DETR-S", "M"),
            ("AP", "X"),
            ("Small-object AP", "X"),
            ("COCO val2017", "D"),
            ("FPS", "X"),
            ("YOLOv8-L", "M"),
            ("FLOPs", "X"),
            ("Objects365", "D"),
            ("LVIS", "D"),
            ("Swin-T", "M"),
            ("accuracy", "X"),
            ("end-to-end latency", "X"),
        ],
        "results": [
            ("54.1 AP", "AP", 54.1, None, "COCO val2017", "Corvid-DETR-L"),
            ("128 FPS", "FPS", 128, None, "COCO val2017", "Corvid-DETR-L"),
            ("53.0 AP", "AP", 53.0, None, "COCO val2017", "RT-DETR-L"),
            ("114 FPS", "FPS", 114, None, "COCO val2017", "RT-DETR-L"),
            ("52.9 AP", "AP", 52.9, None, "COCO val2017", "YOLOv8-L"),
            ("71 FPS", "FPS", 71, None, "COCO val2017", "YOLOv8-L"),
            ("48.6 AP", "AP", 48.6, None, None, "Corvid-DETR-S"),
            ("247 FPS", "FPS", 247, None, None, "Corvid-DETR-S"),
            ("Small-object AP improves by 2.4 points", "small-object AP", 2.4, "points", None, None),
            ("decoder FLOPs are reduced by 58%", "decoder FLOPs reduction", 58, "%", None, None),
            ("56.3 AP", "AP", 56.3, None, None, "Corvid-DETR-L"),
            ("retains 97% of the accuracy", "relative accuracy", 97, "%", "LVIS", None),
            ("end-to-end latency by 31%", "end-to-end latency reduction", 31, "%", "LVIS", None),
        ],
    },
    {
        "field": "efficient-vision-models",
        "title": "Linear-Complexity Multi-Scale Attention for High-Resolution Semantic Segmentation on the Edge",
        "text": (
            "High-resolution dense prediction needs global context, but softmax attention is quadratic in the "
            "number of pixels, and existing efficient segmenters either downsample aggressively (SegFormer) or "
            "rely on ReLU linear attention that struggles to focus sharply (EfficientViT). We present VireoSeg, a "
            "semantic segmentation model built on a multi-scale linear attention in which queries at each position "
            "aggregate keys from three dilated grids through a learned kernel feature map with a sharpening "
            "temperature. A lightweight boundary branch supplies fine detail to the decoder at one quarter of the "
            "input resolution. On Cityscapes at 1024×2048 resolution, VireoSeg-B1 achieves 80.6% mIoU with 64 "
            "GMACs, compared with 80.0% and 245 GMACs for SegFormer-B2 and 79.7% for EfficientViT-B2, and runs at "
            "31.8 FPS on a Jetson Orin, 2.2× the frame rate of SegFormer-B2. The larger VireoSeg-B3 reaches 83.1% "
            "mIoU on Cityscapes and 49.8% on ADE20K, while reducing latency by 47% relative to SegNeXt-L. On "
            "ADE20K with 512×512 crops, VireoSeg-B0 reaches 41.2% mIoU at only 3.9 GMACs, 1.9 points above "
            "TopFormer-B. Further, the attention kernel is implemented with fused operators, reducing peak "
            "activation memory from 5.1 GB to 2.0 GB on 2048×2048 inputs. We also show that replacing the "
            "attention of SAM's image encoder with our module speeds up SAM by 2.6× with a 1.1-point drop in "
            "zero-shot mIoU on COCO."
        ),
        "spans": [
            ("Multi-Scale Attention", "M"),
            ("Semantic Segmentation", "T"),
            ("dense prediction", "T"),
            ("softmax attention", "M"),
            ("SegFormer", "M"),
            ("ReLU linear attention", "M"),
            ("EfficientViT", "M"),
            ("VireoSeg", "M"),
            ("semantic segmentation", "T"),
            ("multi-scale linear attention", "M"),
            ("Cityscapes", "D"),
            ("VireoSeg-B0", "M"), ("VireoSeg-B1", "M"), ("VireoSeg-B3", "M"),
            ("mIoU", "X"),
            ("zero-shot mIoU", "X"),
            ("GMACs", "X"),
            ("SegFormer-B2", "M"), ("EfficientViT-B2", "M"),
            ("FPS", "X"),
            ("frame rate", "X"),
            ("ADE20K", "D"),
            ("latency", "X"),
            ("SegNeXt-L", "M"),
            ("TopFormer-B", "M"),
            ("peak activation memory", "X"),
            ("SAM", "M"),
            ("COCO", "D"),
        ],
        "results": [
            ("80.6% mIoU", "mIoU", 80.6, "%", "Cityscapes", "VireoSeg-B1"),
            ("64 GMACs", "MACs", 64, "G", "Cityscapes", "VireoSeg-B1"),
            ("80.0%", "mIoU", 80.0, "%", "Cityscapes", "SegFormer-B2"),
            ("245 GMACs", "MACs", 245, "G", "Cityscapes", "SegFormer-B2"),
            ("79.7%", "mIoU", 79.7, "%", "Cityscapes", "EfficientViT-B2"),
            ("31.8 FPS", "FPS", 31.8, None, "Cityscapes", "VireoSeg-B1"),
            ("2.2× the frame rate", "frame rate", 2.2, "×", "Cityscapes", "VireoSeg-B1"),
            ("83.1% mIoU on Cityscapes", "mIoU", 83.1, "%", "Cityscapes", "VireoSeg-B3"),
            ("49.8% on ADE20K", "mIoU", 49.8, "%", "ADE20K", "VireoSeg-B3"),
            ("reducing latency by 47%", "latency reduction", 47, "%", None, "VireoSeg-B3"),
            ("41.2% mIoU", "mIoU", 41.2, "%", "ADE20K", "VireoSeg-B0"),
            ("3.9 GMACs", "MACs", 3.9, "G", "ADE20K", "VireoSeg-B0"),
            ("1.9 points above", "mIoU", 1.9, "points", "ADE20K", "VireoSeg-B0"),
            ("peak activation memory from 5.1 GB to 2.0 GB", "peak activation memory", 2.0, "GB", None, None),
            ("speeds up SAM by 2.6×", "speed-up", 2.6, "×", "COCO", "SAM"),
            ("1.1-point drop in zero-shot mIoU", "zero-shot mIoU", 1.1, "points", "COCO", "SAM"),
        ],
    },
]
