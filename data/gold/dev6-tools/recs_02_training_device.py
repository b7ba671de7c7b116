"""dev6 records: efficient-training (5) and on-device-ml (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Kestrelfloat", "Lowtide", "Braidwell", "Pleatcheck", "Siftwort",
          "Gullwing", "Emberwisp", "Pocketloom", "Frostlatch", "Driftmoss"]

RECS = [
    # ------------------------------------------------------------ efficient-training
    {
        "field": "efficient-training",
        "title": "Kestrelfloat: Stable FP8 Pre-Training of Large Language Models with Per-Tile Delayed Scaling",
        "text": (
            "Training large language models in FP8 promises up to twice the matrix-multiply throughput of BF16 on "
            "Hopper GPUs, but loss spikes and divergence remain common beyond a few hundred billion tokens, "
            "particularly with per-tensor scaling. We introduce Kestrelfloat, a mixed-precision training recipe that "
            "assigns scaling factors to 128×128 tiles, predicts each tile's maximum magnitude from a short history "
            "instead of the previous step alone, and temporarily promotes a layer to BF16 when its gradient norm "
            "deviates by more than three standard deviations. We pre-train dense models of 1.3B, 7B and 13B "
            "parameters and a 16×2B mixture-of-experts model on up to 1T tokens of FineWeb-Edu. Kestrelfloat matches "
            "the BF16 loss curve to within 0.4% at every scale, while the Transformer Engine baseline diverges on two "
            "of the four runs. End-to-end training throughput improves by 1.34× for the 7B model and 1.41× for the "
            "13B model relative to BF16, and activation memory drops by 27%. Downstream, the 13B Kestrelfloat model "
            "reaches 61.7% accuracy on MMLU versus 61.9% for its BF16 twin, and its HellaSwag accuracy differs by "
            "less than 0.3 points. The additional bookkeeping costs under 1% of step time, and the recipe needs no "
            "changes to the model code."
        ),
        "spans": [
            ("Kestrelfloat", "M"), ("Large Language Models", "M"), ("large language models", "M"),
            ("mixed-precision training", "M"), ("mixture-of-experts", "M"), ("FineWeb-Edu", "D"),
            ("End-to-end training throughput", "X"), ("throughput", "X"), ("activation memory", "X"),
            ("accuracy", "X"), ("MMLU", "D"), ("HellaSwag", "D"), ("step time", "X"),
        ],
        "results": [
            ("loss curve to within 0.4%", "training loss", 0.4, "%", None, "Kestrelfloat"),
            ("End-to-end training throughput improves by 1.34×", "end-to-end training throughput", 1.34, "×",
             None, None),
            ("1.41×", "end-to-end training throughput", 1.41, "×", None, None),
            ("activation memory drops by 27%", "activation memory reduction", 27, "%", None, None),
            ("61.7% accuracy", "accuracy", 61.7, "%", "MMLU", "Kestrelfloat"),
            ("61.9%", "accuracy", 61.9, "%", "MMLU", None),
            ("accuracy differs by less than 0.3 points", "accuracy", 0.3, "points", "HellaSwag", "Kestrelfloat"),
            ("under 1% of step time", "step time", 1, "%", None, None),
        ],
    },
    {
        "field": "efficient-training",
        "title": "Lowtide: Sign-Compressed Second Moments for Memory-Efficient LLM Training",
        "text": (
            "Adam-style optimizers store two full-precision states per parameter, so for a 7B model the optimizer "
            "alone occupies 56 GB, more than the weights and gradients combined. Low-rank projection methods such as "
            "GaLore cut this cost but restrict updates to a subspace that must be periodically recomputed with an "
            "expensive SVD. We propose Lowtide, an optimizer that keeps the first moment in 8-bit block-wise "
            "quantized form and replaces the second moment with a rank-one factorisation whose residual is stored as "
            "1-bit signs with per-block scales. Lowtide needs 2.1 bytes of optimizer state per parameter instead of "
            "8, and requires no SVD. Pre-training LLaMA-style models from 130M to 1.3B parameters on C4, Lowtide "
            "reaches validation perplexities of 25.3, 19.8 and 15.4 at 130M, 350M and 1.3B, respectively, compared "
            "with 25.1, 19.6 and 15.3 for AdamW and 26.9, 21.4 and 16.8 for GaLore. When fine-tuning RoBERTa-base on "
            "GLUE, the average score is 86.4, on par with AdamW (86.2) and 8-bit Adam (85.9). Total training memory "
            "for Llama-2-7B pre-training falls from 58.4 GB with GaLore to 41.2 GB, enabling single-GPU training on "
            "a 48 GB card without activation checkpointing. Throughput is 4% lower than with AdamW."
        ),
        "spans": [
            ("Lowtide", "M"), ("LLM", "M"), ("Adam", "M"), ("GaLore", "M"), ("SVD", "M"), ("LLaMA", "M"),
            ("C4", "D"), ("validation perplexities", "X"), ("AdamW", "M"), ("RoBERTa-base", "M"), ("GLUE", "D"),
            ("average score", "X"), ("8-bit Adam", "M"), ("Total training memory", "X"), ("Llama-2-7B", "M"),
            ("activation checkpointing", "M"), ("Throughput", "X"),
        ],
        "results": [
            ("optimizer alone occupies 56 GB", "optimizer memory", 56, "GB", None, "Adam"),
            ("2.1 bytes of optimizer state per parameter", "optimizer state", 2.1, "bytes per parameter", None,
             "Lowtide"),
            ("instead of 8", "optimizer state", 8, "bytes per parameter", None, None),
            ("validation perplexities of 25.3", "validation perplexity", 25.3, None, "C4", "Lowtide"),
            ("19.8", "validation perplexity", 19.8, None, "C4", "Lowtide"),
            ("15.4", "validation perplexity", 15.4, None, "C4", "Lowtide"),
            ("25.1", "validation perplexity", 25.1, None, "C4", "AdamW"),
            ("19.6", "validation perplexity", 19.6, None, "C4", "AdamW"),
            ("15.3", "validation perplexity", 15.3, None, "C4", "AdamW"),
            ("26.9", "validation perplexity", 26.9, None, "C4", "GaLore"),
            ("21.4", "validation perplexity", 21.4, None, "C4", "GaLore"),
            ("16.8", "validation perplexity", 16.8, None, "C4", "GaLore"),
            ("average score is 86.4", "average score", 86.4, None, "GLUE", "RoBERTa-base"),
            ("86.2", "average score", 86.2, None, "GLUE", "AdamW"),
            ("85.9", "average score", 85.9, None, "GLUE", "8-bit Adam"),
            ("58.4 GB", "training memory", 58.4, "GB", None, "GaLore"),
            ("Total training memory for Llama-2-7B pre-training falls from 58.4 GB with GaLore to 41.2 GB",
             "training memory", 41.2, "GB", None, "Llama-2-7B"),
            ("Throughput is 4% lower", "throughput", 4, "%", None, None),
        ],
    },
    {
        "field": "efficient-training",
        "title": "Braidwell: Auxiliary-Loss-Free Mixture-of-Experts Training via Expert-Capacity Auctions",
        "text": (
            "Sparse mixture-of-experts (MoE) layers let model capacity grow without a proportional increase in FLOPs, "
            "but training them at scale is limited by routing imbalance: popular experts overflow and drop tokens, "
            "while an auxiliary load-balancing loss trades quality for balance. We introduce Braidwell, a router that "
            "treats expert capacity as a resource allocated by a lightweight auction, solved with a few iterations of "
            "Sinkhorn normalisation on each micro-batch, together with an all-to-all schedule that overlaps dispatch "
            "with the shared-expert computation. Braidwell requires no auxiliary loss and drops no tokens. We train "
            "decoder-only MoE models with 64 experts and top-2 routing at 1.9B active and 15B total parameters on "
            "400B tokens. Compared with a Switch Transformer-style baseline using an auxiliary loss, Braidwell lowers "
            "validation perplexity from 9.84 to 9.31 and improves average accuracy across eight downstream tasks by "
            "1.6 points. Against the loss-free bias balancing of DeepSeekMoE, the perplexity gain is smaller (0.12) "
            "but consistent across three seeds. The overlapped communication schedule raises training throughput "
            "from 4,120 to 5,630 tokens per second per GPU on 256 H800 GPUs, a 37% improvement, and expert "
            "utilisation stays within 5% of uniform throughout training."
        ),
        "spans": [
            ("Braidwell", "M"), ("Mixture-of-Experts", "M"), ("mixture-of-experts", "M"), ("MoE", "M"),
            ("FLOPs", "X"), ("Sinkhorn normalisation", "M"), ("top-2 routing", "M"), ("Switch Transformer", "M"),
            ("validation perplexity", "X"), ("average accuracy", "X"), ("DeepSeekMoE", "M"), ("perplexity", "X"),
            ("training throughput", "X"), ("expert utilisation", "X"),
        ],
        "results": [
            ("validation perplexity from 9.84 to 9.31", "validation perplexity", 9.31, None, None, "Braidwell"),
            ("average accuracy across eight downstream tasks by 1.6 points", "average accuracy", 1.6, "points",
             None, "Braidwell"),
            ("perplexity gain is smaller (0.12)", "perplexity", 0.12, None, None, None),
            ("training throughput from 4,120 to 5,630 tokens per second per GPU", "training throughput", 5630,
             "tokens/s per GPU", None, None),
            ("37% improvement", "training throughput", 37, "%", None, None),
            ("expert utilisation stays within 5%", "expert utilisation", 5, "%", None, None),
        ],
    },
    {
        "field": "efficient-training",
        "title": "Pleatcheck: Cost-Aware Selective Activation Recomputation for Long-Sequence Transformer Training",
        "text": (
            "Activation memory, not parameters, dominates the footprint of long-sequence Transformer training: at 32K "
            "tokens, the activations of a 7B model exceed 200 GB per micro-batch. Full activation checkpointing fits "
            "this in memory but re-runs the whole forward pass, adding roughly a third to the step time, while "
            "selective recomputation as implemented in Megatron-LM uses a fixed, hand-picked set of operators. "
            "Pleatcheck formulates the choice of which tensors to keep, recompute, or offload to host memory as an "
            "integer linear program over the operator graph, with costs profiled on the target hardware, and solves "
            "it in under 30 seconds with a warm-started branch-and-bound solver. Because offloading overlaps with "
            "computation, Pleatcheck often keeps more tensors than memory alone would allow. On Llama-3-8B and "
            "Mistral-7B with sequence lengths from 8K to 64K, Pleatcheck reduces recomputation overhead to 4-9% of "
            "step time, versus 31-35% for full checkpointing, and achieves a model FLOPs utilization of 53.2% at 32K "
            "tokens compared with 41.7% for Checkmate. For a fixed memory budget, it supports sequences 1.8 times "
            "longer than selective recomputation. Convergence is unaffected: loss curves are bitwise identical to the "
            "non-checkpointed run. Pleatcheck is implemented as a graph pass and requires no model changes."
        ),
        "spans": [
            ("Pleatcheck", "M"), ("Selective Activation Recomputation", "M"), ("Transformer", "M"),
            ("Activation memory", "X"), ("Full activation checkpointing", "M"), ("step time", "X"),
            ("selective recomputation", "M"), ("integer linear program", "M"), ("branch-and-bound", "M"),
            ("offloading", "M"), ("Llama-3-8B", "M"), ("Mistral-7B", "M"), ("recomputation overhead", "X"),
            ("full checkpointing", "M"), ("model FLOPs utilization", "X"), ("Checkmate", "M"),
        ],
        "results": [
            ("activations of a 7B model exceed 200 GB", "activation memory", 200, "GB", None, None),
            ("solves it in under 30 seconds", "solving time", 30, "s", None, "Pleatcheck"),
            ("recomputation overhead to 4-9%", "recomputation overhead", 9, "%", None, "Pleatcheck", {"low": 4}),
            ("31-35%", "recomputation overhead", 35, "%", None, "full checkpointing", {"low": 31}),
            ("model FLOPs utilization of 53.2%", "model FLOPs utilization", 53.2, "%", None, "Pleatcheck"),
            ("41.7%", "model FLOPs utilization", 41.7, "%", None, "Checkmate"),
            ("sequences 1.8 times longer", "maximum sequence length", 1.8, "×", None, None),
        ],
    },
    {
        "field": "efficient-training",
        "title": "Siftwort: Loss-Trajectory Data Pruning for Compute-Efficient Vision and Language Pre-Training",
        "text": (
            "Scaling laws suggest that much of a web-scale training set contributes little once a model has seen "
            "similar examples, yet most data pruning criteria, such as EL2N or memorization scores, require training "
            "a proxy model to convergence first. We propose Siftwort, which scores every example by the curvature of "
            "its loss trajectory over the first 5% of a single short proxy run and keeps examples whose loss "
            "decreases neither too early nor not at all. Siftwort ranks 1.4B examples in 9 hours on 64 GPUs, roughly "
            "11 times faster than SemDeDup-based pipelines at the same scale. Pruning 40% of ImageNet-1K, a ViT-B/16 "
            "trained with Siftwort keeps 80.9% top-1 accuracy against 81.3% on the full set, while random pruning "
            "drops to 78.6%. At the medium scale of DataComp, a CLIP model trained on the retained 30% of the pool "
            "improves average accuracy over the 38 tasks from 0.331 with the CLIP-score filter to 0.357. For "
            "language models, pruning half of a 100B-token subset of the Pile lets a 410M-parameter Pythia model "
            "reach the full-data perplexity with 1.7× fewer training steps. Siftwort outperforms SSL Prototypes and "
            "EL2N at every pruning ratio from 10% to 70%, with the largest margins at aggressive ratios."
        ),
        "spans": [
            ("Siftwort", "M"), ("Data Pruning", "M"), ("data pruning", "M"), ("EL2N", "M"), ("SemDeDup", "M"),
            ("ImageNet-1K", "D"), ("ViT-B/16", "M"), ("top-1 accuracy", "X"), ("random pruning", "M"),
            ("DataComp", "D"), ("CLIP", "M"), ("average accuracy", "X"), ("language models", "M"), ("Pile", "D"),
            ("Pythia", "M"), ("perplexity", "X"), ("training steps", "X"), ("SSL Prototypes", "M"),
        ],
        "results": [
            ("ranks 1.4B examples in 9 hours", "ranking time", 9, "h", None, "Siftwort"),
            ("11 times faster", "speed-up", 11, "×", None, "Siftwort"),
            ("80.9% top-1 accuracy", "top-1 accuracy", 80.9, "%", "ImageNet-1K", "Siftwort"),
            ("81.3%", "top-1 accuracy", 81.3, "%", "ImageNet-1K", None),
            ("78.6%", "top-1 accuracy", 78.6, "%", "ImageNet-1K", "random pruning"),
            ("0.331", "average accuracy", 0.331, None, "DataComp", "CLIP-score filter"),
            ("average accuracy over the 38 tasks from 0.331 with the CLIP-score filter to 0.357", "average accuracy",
             0.357, None, "DataComp", "CLIP"),
            ("1.7× fewer training steps", "training step reduction", 1.7, "×", "Pile", "Pythia"),
        ],
    },
    # ------------------------------------------------------------ on-device-ml
    {
        "field": "on-device-ml",
        "title": "Gullwing: Reparameterizable Mobile Backbones with Partial Large-Kernel Mixing",
        "text": (
            "Designing backbones for phones requires optimizing measured latency rather than FLOPs, since memory "
            "access and operator support on mobile NPUs often dominate runtime. We present Gullwing, a family of "
            "mobile networks that mix a small fraction of channels with 13×13 depthwise kernels and process the rest "
            "with cheap 3×3 convolutions, using structural reparameterization to fold training-time branches into "
            "single convolutions at inference. A hardware-aware search selects the mixing ratio per stage directly "
            "from latency tables of the Apple Neural Engine and the Qualcomm Hexagon NPU. On ImageNet-1K, Gullwing-S1 "
            "reaches 79.6% top-1 accuracy at 1.1 ms on an iPhone 15, outperforming MobileOne-S2 (77.4%, 1.0 ms) and "
            "FastViT-T8 (76.2%, 0.9 ms) at similar latency, while Gullwing-S3 attains 82.3% at 2.4 ms. On a "
            "Snapdragon 8 Gen 3 phone the speed ranking is preserved, and Gullwing-S1 is 1.6x faster than "
            "EfficientFormerV2-S2 at higher accuracy. Used as a backbone for Mask R-CNN on COCO, Gullwing-S2 gives "
            "41.8 box AP and 37.9 mask AP; for semantic segmentation with Semantic FPN on ADE20K it achieves 42.5 "
            "mIoU, 3.1 points above MobileOne-S4. All models are trained for 300 epochs with standard augmentations."
        ),
        "spans": [
            ("Gullwing", "M"), ("Gullwing-S1", "M"), ("Gullwing-S2", "M"), ("Gullwing-S3", "M"),
            ("latency", "X"), ("FLOPs", "X"), ("structural reparameterization", "M"), ("ImageNet-1K", "D"),
            ("top-1 accuracy", "X"), ("MobileOne-S2", "M"), ("FastViT-T8", "M"), ("EfficientFormerV2-S2", "M"),
            ("accuracy", "X"), ("Mask R-CNN", "M"), ("COCO", "D"), ("box AP", "X"), ("mask AP", "X"),
            ("semantic segmentation", "T"), ("Semantic FPN", "M"), ("ADE20K", "D"), ("mIoU", "X"),
            ("MobileOne-S4", "M"),
        ],
        "results": [
            ("79.6% top-1 accuracy", "top-1 accuracy", 79.6, "%", "ImageNet-1K", "Gullwing-S1"),
            ("1.1 ms", "latency", 1.1, "ms", "ImageNet-1K", "Gullwing-S1"),
            ("77.4%", "top-1 accuracy", 77.4, "%", "ImageNet-1K", "MobileOne-S2"),
            ("1.0 ms", "latency", 1.0, "ms", "ImageNet-1K", "MobileOne-S2"),
            ("76.2%", "top-1 accuracy", 76.2, "%", "ImageNet-1K", "FastViT-T8"),
            ("0.9 ms", "latency", 0.9, "ms", "ImageNet-1K", "FastViT-T8"),
            ("82.3%", "top-1 accuracy", 82.3, "%", "ImageNet-1K", "Gullwing-S3"),
            ("2.4 ms", "latency", 2.4, "ms", "ImageNet-1K", "Gullwing-S3"),
            ("1.6x faster", "speed-up", 1.6, "×", None, "Gullwing-S1"),
            ("41.8 box AP", "box AP", 41.8, None, "COCO", "Gullwing-S2"),
            ("37.9 mask AP", "mask AP", 37.9, None, "COCO", "Gullwing-S2"),
            ("42.5 mIoU", "mIoU", 42.5, None, "ADE20K", "Gullwing-S2"),
            ("3.1 points above MobileOne-S4", "mIoU", 3.1, "points", "ADE20K", "Gullwing-S2"),
        ],
    },
    {
        "field": "on-device-ml",
        "title": "Emberwisp: Patch-Streaming Inference and Joint Quantization Search for Microcontroller Vision and Keyword Spotting",
        "text": (
            "Microcontrollers offer only a few hundred kilobytes of SRAM, so the peak activation memory of the first "
            "layers, rather than the parameter count, usually decides whether a network can run at all. Patch-based "
            "inference as in MCUNetV2 reduces this peak but recomputes overlapping receptive fields, inflating "
            "latency by up to 30%. Emberwisp streams patches through the initial stages with a rolling line buffer "
            "that reuses overlaps instead of recomputing them, and jointly searches per-layer bit-widths (2, 4 or 8 "
            "bits) and patch sizes under a given SRAM and flash budget. On an STM32H743 with 512 kB of SRAM, "
            "Emberwisp reaches 71.3% top-1 accuracy on ImageNet-1K at 160×160 resolution with a peak memory of 238 "
            "kB, 1.9 points more than MCUNetV2 under the same constraints. On the Visual Wake Words dataset it "
            "achieves 91.2% accuracy at 56 ms per frame on an STM32F412 with 256 kB of SRAM, and on Google Speech "
            "Commands v2 it reaches 96.4% keyword spotting accuracy with a 14 ms latency. Compared with TinyEngine, "
            "the generated code lowers peak SRAM by 2.3 times for the same model. Energy per inference on the F412 "
            "is 1.8 mJ. The joint search completes in 3.5 hours on a single GPU."
        ),
        "spans": [
            ("Emberwisp", "M"), ("Quantization", "M"), ("Keyword Spotting", "T"), ("keyword spotting", "T"),
            ("peak activation memory", "X"), ("parameter count", "X"), ("Patch-based inference", "M"),
            ("MCUNetV2", "M"), ("latency", "X"), ("top-1 accuracy", "X"), ("ImageNet-1K", "D"),
            ("peak memory", "X"), ("Visual Wake Words", "D"), ("accuracy", "X"),
            ("Google Speech Commands v2", "D"), ("peak SRAM", "X"), ("Energy per inference", "X"),
        ],
        "results": [
            ("inflating latency by up to 30%", "latency", 30, "%", None, "MCUNetV2"),
            ("71.3% top-1 accuracy", "top-1 accuracy", 71.3, "%", "ImageNet-1K", "Emberwisp"),
            ("peak memory of 238 kB", "peak memory", 238, "kB", "ImageNet-1K", "Emberwisp"),
            ("1.9 points more", "top-1 accuracy", 1.9, "points", "ImageNet-1K", "Emberwisp"),
            ("91.2% accuracy", "accuracy", 91.2, "%", "Visual Wake Words", None),
            ("56 ms per frame", "latency", 56, "ms", "Visual Wake Words", None),
            ("96.4% keyword spotting accuracy", "accuracy", 96.4, "%", "Google Speech Commands v2", None),
            ("14 ms latency", "latency", 14, "ms", "Google Speech Commands v2", None),
            ("lowers peak SRAM by 2.3 times", "peak SRAM reduction", 2.3, "×", None, None),
            ("Energy per inference on the F412 is 1.8 mJ", "energy per inference", 1.8, "mJ", None, None),
            ("joint search completes in 3.5 hours", "search time", 3.5, "h", None, None),
        ],
    },
    {
        "field": "on-device-ml",
        "title": "Pocketloom: Running 3B-Parameter Language Models at Interactive Speed on Smartphone NPUs",
        "text": (
            "On-device large language models protect privacy and work offline, but current mobile runtimes execute "
            "most LLM operators on the CPU or GPU because NPUs support only static shapes and integer arithmetic. "
            "Pocketloom maps the entire decoder of 1-3B-parameter models onto the NPU. It pre-compiles a small set "
            "of shape-specialized graphs for chunked prefill, quantizes weights to 4 bits with per-group scales and "
            "activations to 8 bits using outlier-aware channel migration, and executes the rare floating-point "
            "operators such as softmax and RMSNorm on the CPU in parallel. On a Snapdragon 8 Gen 3 phone running "
            "Qwen2.5-1.5B, Pocketloom prefills at 1,420 tokens per second, 11.2× faster than llama.cpp and 3.6× "
            "faster than MLC-LLM, and decodes at 24.8 tokens per second. For Llama-3.2-3B, time-to-first-token for a "
            "1,024-token prompt is 1.3 s. Energy consumption per prompt is reduced by 63% relative to GPU execution. "
            "Quantization costs 0.9 points of average accuracy on MMLU, ARC-Challenge and HellaSwag, and the W4A8 "
            "scheme of Pocketloom outperforms the W4A16 baseline of the vendor SDK in speed on all 5 tested models "
            "while staying within 0.4 points of its accuracy. On a MediaTek Dimensity 9300, prefill speed is 1.7 "
            "times that of the best existing NPU framework."
        ),
        "spans": [
            ("Pocketloom", "M"), ("Language Models", "M"), ("large language models", "M"), ("LLM", "M", {"skip": [1]}),
            ("chunked prefill", "M"), ("RMSNorm", "M"), ("Qwen2.5-1.5B", "M"), ("tokens per second", "X"),
            ("Llama-3.2-3B", "M"), ("time-to-first-token", "X"), ("Energy consumption", "X"),
            ("Quantization", "M"), ("average accuracy", "X"), ("MMLU", "D"), ("ARC-Challenge", "D"),
            ("HellaSwag", "D"), ("accuracy", "X"), ("prefill speed", "X"),
        ],
        "results": [
            ("prefills at 1,420 tokens per second", "prefill throughput", 1420, "tokens/s", None, "Pocketloom"),
            ("11.2× faster", "speed-up", 11.2, "×", None, "Pocketloom"),
            ("3.6× faster", "speed-up", 3.6, "×", None, "Pocketloom"),
            ("decodes at 24.8 tokens per second", "decoding throughput", 24.8, "tokens/s", None, "Pocketloom"),
            ("time-to-first-token for a 1,024-token prompt is 1.3 s", "time-to-first-token", 1.3, "s", None,
             "Llama-3.2-3B"),
            ("reduced by 63%", "energy consumption reduction", 63, "%", None, None),
            ("0.9 points of average accuracy", "average accuracy", 0.9, "points", None, "Pocketloom"),
            ("on all 5 tested models", "models won", 5, None, None, "Pocketloom"),
            ("within 0.4 points of its accuracy", "accuracy", 0.4, "points", None, "Pocketloom"),
            ("prefill speed is 1.7 times", "prefill speed", 1.7, "×", None, None),
        ],
    },
    {
        "field": "on-device-ml",
        "title": "Frostlatch: Integer-Only Vision Transformers for Edge NPUs with Calibrated Polynomial Nonlinearities",
        "text": (
            "Vision transformers are increasingly deployed on edge NPUs, yet their softmax, GELU and LayerNorm "
            "operations require floating-point units that many accelerators lack, forcing costly fallbacks to the "
            "host CPU. Existing integer-only schemes such as I-ViT approximate these functions with fixed bit-shift "
            "formulas and lose up to 1.5 points of accuracy on small models. Frostlatch replaces each nonlinearity "
            "with a low-degree integer polynomial whose coefficients are calibrated per layer on 1,024 unlabeled "
            "images, and jointly rescales adjacent linear layers so that all intermediate values fit in 16-bit "
            "accumulators. The whole pipeline is post-training and finishes in 12 minutes for DeiT-B. With 8-bit "
            "weights and activations, Frostlatch achieves top-1 accuracies of 72.1%, 80.3% and 81.9% on ImageNet-1K "
            "for DeiT-T, DeiT-S and DeiT-B, within 0.3 points of their full-precision counterparts, and 83.0% with "
            "Swin-S. Deployed on a Rockchip RK3588 NPU, DeiT-S runs at 9.7 ms per image, 4.2× faster than a mixed "
            "integer/float deployment, and on an Arm Ethos-U65 microNPU the fully integer graph enables execution "
            "that was previously impossible. For detection, a Frostlatch-quantized ViTDet-B on COCO loses only 0.6 "
            "box AP. Across 14 model-device combinations, Frostlatch is the fastest integer-only method in 12."
        ),
        "spans": [
            ("Frostlatch", "M"), ("Vision Transformers", "M"), ("Vision transformers", "M"), ("GELU", "M"),
            ("LayerNorm", "M"), ("I-ViT", "M"), ("accuracy", "X"), ("DeiT-B", "M"), ("top-1 accuracies", "X"),
            ("ImageNet-1K", "D"), ("DeiT-T", "M"), ("DeiT-S", "M"), ("Swin-S", "M"), ("detection", "T"),
            ("ViTDet-B", "M"), ("COCO", "D"), ("box AP", "X"),
        ],
        "results": [
            ("lose up to 1.5 points of accuracy", "accuracy", 1.5, "points", None, "I-ViT"),
            ("finishes in 12 minutes", "pipeline time", 12, "min", None, "DeiT-B"),
            ("top-1 accuracies of 72.1%", "top-1 accuracy", 72.1, "%", "ImageNet-1K", "Frostlatch"),
            ("80.3%", "top-1 accuracy", 80.3, "%", "ImageNet-1K", "Frostlatch"),
            ("81.9%", "top-1 accuracy", 81.9, "%", "ImageNet-1K", "Frostlatch"),
            ("within 0.3 points", "top-1 accuracy", 0.3, "points", "ImageNet-1K", "Frostlatch"),
            ("83.0%", "top-1 accuracy", 83.0, "%", "ImageNet-1K", "Frostlatch"),
            ("runs at 9.7 ms per image", "latency", 9.7, "ms", None, "DeiT-S"),
            ("4.2× faster", "speed-up", 4.2, "×", None, "DeiT-S"),
            ("loses only 0.6 box AP", "box AP", 0.6, None, "COCO", "Frostlatch"),
            ("fastest integer-only method in 12", "model-device combinations ranked first", 12, None, None,
             "Frostlatch"),
        ],
    },
    {
        "field": "on-device-ml",
        "title": "Driftmoss: Backpropagation-Free On-Device Fine-Tuning of Language Models with Sparse Zeroth-Order Updates",
        "text": (
            "Personalizing language models directly on phones keeps user data local, but backpropagation needs "
            "activation memory several times larger than the model itself, which mobile devices cannot spare. "
            "Zeroth-order optimization methods such as MeZO estimate gradients from forward passes alone, yet they "
            "converge slowly and need many thousands of steps. Driftmoss restricts zeroth-order perturbations to a "
            "0.5% subset of weights selected by a sensitivity score computed once on the server, and reuses the "
            "int8 inference kernels of the NPU for both forward passes of each estimate. Fine-tuning OPT-1.3B on "
            "SST-2, Driftmoss reaches 91.8% accuracy in 4,000 steps, whereas MeZO needs 20,000 steps to reach "
            "90.4%. Averaged over SST-2, RTE, BoolQ, WiC and MultiRC, Driftmoss improves over MeZO by 2.7 points and "
            "trails full fine-tuning with Adam by only 1.1 points of accuracy while using 11.6 times less memory. On "
            "a Pixel 8 Pro, one fine-tuning step for Qwen2.5-0.5B takes 310 ms and peak memory stays below 1.2 GB, "
            "so a personalization session of 500 steps completes in under 3 minutes while the phone remains usable. "
            "Battery drain over such a session is 2.1%. Driftmoss is also compatible with LoRA, where it further "
            "halves the memory needed."
        ),
        "spans": [
            ("Driftmoss", "M"), ("Backpropagation", "M"), ("backpropagation", "M"), ("Language Models", "M"),
            ("language models", "M"), ("activation memory", "X"), ("Zeroth-order optimization", "M"),
            ("MeZO", "M"), ("OPT-1.3B", "M"), ("SST-2", "D"), ("accuracy", "X"), ("RTE", "D"), ("BoolQ", "D"),
            ("WiC", "D"), ("MultiRC", "D"), ("full fine-tuning", "M"), ("Adam", "M"), ("memory", "X"),
            ("Qwen2.5-0.5B", "M"), ("peak memory", "X"), ("Battery drain", "X"), ("LoRA", "M"),
        ],
        "results": [
            ("91.8% accuracy", "accuracy", 91.8, "%", "SST-2", "Driftmoss"),
            ("in 4,000 steps", "training steps", 4000, None, "SST-2", "Driftmoss"),
            ("20,000 steps", "training steps", 20000, None, "SST-2", "MeZO"),
            ("90.4%", "accuracy", 90.4, "%", "SST-2", "MeZO"),
            ("improves over MeZO by 2.7 points", "accuracy", 2.7, "points", None, "Driftmoss"),
            ("1.1 points of accuracy", "accuracy", 1.1, "points", None, "Driftmoss"),
            ("11.6 times less memory", "memory reduction", 11.6, "×", None, "Driftmoss"),
            ("one fine-tuning step for Qwen2.5-0.5B takes 310 ms", "fine-tuning step time", 310, "ms", None,
             "Qwen2.5-0.5B"),
            ("peak memory stays below 1.2 GB", "peak memory", 1.2, "GB", None, "Qwen2.5-0.5B"),
            ("completes in under 3 minutes", "session time", 3, "min", None, "Qwen2.5-0.5B"),
            ("Battery drain over such a session is 2.1%", "battery drain", 2.1, "%", None, None),
        ],
    },
]
