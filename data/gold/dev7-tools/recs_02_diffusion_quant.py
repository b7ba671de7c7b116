"""dev7 records (annotator h2): efficient-diffusion (5) and llm-quantization (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Brindlecache", "Mistweave", "Sparrowdrift", "Tidewarp", "Lumenprune",
          "Vellumbit", "Orrisquant", "Sedgeround", "Alderscale", "Thistlequant"]

RECS = [
    # ------------------------------------------------------------ efficient-diffusion
    {
        "field": "efficient-diffusion",
        "title": "Brindlecache: Error-Bounded Feature Caching for Training-Free Acceleration of Diffusion Transformers",
        "text": (
            "Diffusion Transformers (DiTs) now underpin state-of-the-art image and video generators, but their "
            "iterative denoising requires dozens of full forward passes per sample. Feature caching methods such as "
            "DeepCache, FORA and ToCa reuse intermediate activations across adjacent timesteps, yet they rely on fixed "
            "caching intervals that accumulate error in the late, detail-forming steps. We propose Brindlecache, a "
            "training-free scheme that estimates the first-order drift of each block's output and refreshes the cache "
            "only when the predicted error exceeds a per-layer bound. The bounds are calibrated once on 256 prompts, "
            "and the drift estimator adds fewer than 0.1% extra FLOPs. On class-conditional ImageNet 256x256 with "
            "DiT-XL/2 and 50 DDIM steps, Brindlecache accelerates sampling by 2.63× while raising FID from 2.27 to "
            "only 2.41, compared with 3.12 for FORA at a similar speed-up. Applied to FLUX.1-dev for text-to-image "
            "generation, Brindlecache reduces latency from 26.8 s to 9.7 s per 1024x1024 image on an H100 and keeps "
            "the CLIP score on MS-COCO within 0.2 of the uncached model (31.6 vs. 31.8). With PixArt-Σ as the "
            "backbone, it improves ImageReward over ToCa by 0.07 at equal computation. For video, Brindlecache speeds "
            "up Open-Sora 1.2 by 2.1× with a VBench total score of 79.2%, against 79.4% without caching. The method "
            "requires no retraining and composes with step-distilled samplers."
        ),
        "spans": [
            ("Brindlecache", "M"), ("Feature Caching", "M"), ("Feature caching", "M"),
            ("Diffusion Transformers", "M"), ("DiTs", "M"), ("DeepCache", "M"), ("FORA", "M"), ("ToCa", "M"),
            ("FLOPs", "X"), ("ImageNet 256x256", "D"), ("DiT-XL/2", "M"), ("DDIM", "M"), ("FID", "X"),
            ("speed-up", "X"), ("FLUX.1-dev", "M"), ("text-to-image generation", "T"), ("latency", "X"),
            ("CLIP score", "X"), ("MS-COCO", "D"), ("PixArt-Σ", "M"), ("ImageReward", "X"),
            ("Open-Sora 1.2", "M"), ("VBench", "D"), ("total score", "X"),
        ],
        "results": [
            ("0.1% extra FLOPs", "FLOPs", 0.1, "%", None, None),
            ("accelerates sampling by 2.63×", "speed-up", 2.63, "×", "ImageNet 256x256", "Brindlecache"),
            ("FID from 2.27 to only 2.41", "FID", 2.41, None, "ImageNet 256x256", "Brindlecache"),
            ("3.12", "FID", 3.12, None, "ImageNet 256x256", "FORA"),
            ("latency from 26.8 s to 9.7 s", "latency", 9.7, "s", None, "Brindlecache"),
            ("within 0.2", "CLIP score", 0.2, None, "MS-COCO", "Brindlecache"),
            ("31.6", "CLIP score", 31.6, None, "MS-COCO", "Brindlecache"),
            ("31.8", "CLIP score", 31.8, None, "MS-COCO", None),
            ("ImageReward over ToCa by 0.07", "ImageReward", 0.07, None, None, "PixArt-Σ"),
            ("Open-Sora 1.2 by 2.1×", "speed-up", 2.1, "×", "VBench", "Brindlecache"),
            ("total score of 79.2%", "total score", 79.2, "%", "VBench", "Brindlecache"),
            ("79.4%", "total score", 79.4, "%", "VBench", "Open-Sora 1.2"),
        ],
    },
    {
        "field": "efficient-diffusion",
        "title": "Mistweave: Two-Step Text-to-Image Synthesis via Latent Adversarial Distillation",
        "text": (
            "Distilling large text-to-image diffusion models into few-step generators remains a trade-off between "
            "sample fidelity and diversity. Distribution matching approaches such as DMD2 produce sharp one-step "
            "samples but are prone to mode collapse, whereas consistency distillation methods like LCM and Hyper-SD "
            "preserve diversity at the cost of blurry details below four steps. We introduce Mistweave, which "
            "distils the teacher's ODE trajectory into a student through a trajectory-matching loss combined with a "
            "latent adversarial objective whose discriminator reuses frozen features of the teacher's U-Net. "
            "Mistweave is trained for 12K iterations at a batch size of 64, requiring 320 A100 GPU hours in total "
            "versus 1,600 reported for DMD2. Distilled from SDXL, the two-step Mistweave generator reaches an FID of "
            "17.9 on COCO-30K, against 19.3 for four-step DMD2 and 22.6 for LCM-LoRA, while its CLIP score of 0.334 "
            "exceeds that of the 25-step teacher (0.331). On GenEval it obtains an overall score of 0.55, within 0.01 "
            "of the teacher. Its HPSv2 of 28.9 ± 0.2 over three seeds is the highest among few-step models. In "
            "a user study with 1,200 pairwise comparisons, raters preferred Mistweave over Hyper-SD in 64% of cases "
            "for image quality and in 58% for prompt alignment. Generating a 1024x1024 image takes 0.21 s on an "
            "A100, 13.4× faster than the teacher. We release the distilled weights to encourage further research on "
            "efficient generation."
        ),
        "spans": [
            ("Mistweave", "M"), ("Text-to-Image Synthesis", "T"), ("Latent Adversarial Distillation", "M"),
            ("text-to-image", "T"), ("diffusion models", "M"), ("Distribution matching", "M"), ("DMD2", "M"),
            ("consistency distillation", "M"), ("LCM", "M"), ("Hyper-SD", "M"), ("U-Net", "M"), ("SDXL", "M"),
            ("FID", "X"), ("COCO-30K", "D"), ("LCM-LoRA", "M"), ("CLIP score", "X"), ("GenEval", "D"),
            ("overall score", "X"), ("HPSv2", "X"),
        ],
        "results": [
            ("320 A100 GPU hours", "training time", 320, "GPU hours", None, "Mistweave"),
            ("1,600", "training time", 1600, "GPU hours", None, "DMD2"),
            ("FID of 17.9", "FID", 17.9, None, "COCO-30K", "Mistweave"),
            ("19.3", "FID", 19.3, None, "COCO-30K", "DMD2"),
            ("22.6", "FID", 22.6, None, "COCO-30K", "LCM-LoRA"),
            ("CLIP score of 0.334", "CLIP score", 0.334, None, None, "Mistweave"),
            ("0.331", "CLIP score", 0.331, None, None, "SDXL"),
            ("overall score of 0.55", "overall score", 0.55, None, "GenEval", None),
            ("within 0.01", "overall score", 0.01, None, "GenEval", None),
            ("HPSv2 of 28.9", "HPSv2", 28.9, None, None, None),
            ("preferred Mistweave over Hyper-SD in 64%", "win rate", 64, "%", None, "Mistweave"),
            ("58%", "win rate", 58, "%", None, "Mistweave"),
            ("takes 0.21 s", "generation time", 0.21, "s", None, None),
            ("13.4× faster", "speed-up", 13.4, "×", None, None),
        ],
    },
    {
        "field": "efficient-diffusion",
        "title": "Sparrowdrift: Training One-Step Generators from Scratch with Self-Consistent Flow Maps",
        "text": (
            "Flow matching and diffusion models produce excellent samples but typically need tens of network "
            "evaluations per image. Consistency models and their continuous-time variants such as sCM reduce "
            "sampling to one or two steps, yet training them from scratch is notoriously unstable, and iCT and "
            "shortcut models still lag behind distillation. We present Sparrowdrift, a framework that learns the "
            "flow map between any two times of the probability-flow ODE with a self-consistency objective and an "
            "adaptive time-pair schedule, without a pretrained teacher. Sparrowdrift uses a standard DiT backbone "
            "and trains in bfloat16 without special normalisation tricks. On ImageNet 256x256, Sparrowdrift-XL/2 "
            "attains FIDs of 2.91 and 2.05 with one and two function evaluations, respectively, improving the "
            "one-step result of MeanFlow (3.43) by 15% relative. Training Sparrowdrift-XL/2 takes 1.9 days on 64 "
            "H100 GPUs, 38% less compute than a two-stage pipeline that first trains and then distils a teacher. "
            "Compared with the 250-step DiT-XL/2 baseline (FID 2.27), sampling cost drops by two orders of "
            "magnitude at a modest loss in fidelity. For unconditional image generation on CIFAR-10, a 56M-parameter "
            "model reaches a one-step FID of 2.83 ± 0.04 over five training runs. Two-step sampling further yields "
            "FIDs of 2.36 on FFHQ 64x64 and 1.98 on AFHQv2 64x64. Ablations show that the adaptive schedule alone "
            "accounts for most of the gain and that the objective remains stable across learning rates spanning an "
            "order of magnitude."
        ),
        "spans": [
            ("Sparrowdrift", "M"), ("Flow matching", "M"), ("diffusion models", "M"), ("Consistency models", "M"),
            ("sCM", "M"), ("iCT", "M"), ("shortcut models", "M"), ("distillation", "M"), ("DiT", "M"),
            ("ImageNet 256x256", "D"), ("Sparrowdrift-XL/2", "M"), ("FIDs", "X"), ("FID", "X"),
            ("MeanFlow", "M"), ("DiT-XL/2", "M"), ("unconditional image generation", "T"), ("CIFAR-10", "D"),
            ("FFHQ 64x64", "D"), ("AFHQv2 64x64", "D"),
        ],
        "results": [
            ("FIDs of 2.91", "FID", 2.91, None, "ImageNet 256x256", "Sparrowdrift-XL/2"),
            ("2.05", "FID", 2.05, None, "ImageNet 256x256", "Sparrowdrift-XL/2"),
            ("3.43", "FID", 3.43, None, "ImageNet 256x256", "MeanFlow"),
            ("15% relative", "FID", 15, "%", "ImageNet 256x256", "Sparrowdrift-XL/2"),
            ("takes 1.9 days", "training time", 1.9, "days", None, "Sparrowdrift-XL/2"),
            ("38% less compute", "compute reduction", 38, "%", None, "Sparrowdrift-XL/2"),
            ("FID 2.27", "FID", 2.27, None, None, "DiT-XL/2"),
            ("FID of 2.83", "FID", 2.83, None, "CIFAR-10", None),
            ("FIDs of 2.36", "FID", 2.36, None, "FFHQ 64x64", None),
            ("1.98", "FID", 1.98, None, "AFHQv2 64x64", None),
        ],
    },
    {
        "field": "efficient-diffusion",
        "title": "Tidewarp: Spatiotemporal Sparse Attention with Online Block Permutation for Fast Video Generation",
        "text": (
            "Diffusion transformers for video generation spend most of their compute in 3D full attention, whose "
            "cost grows quadratically with the number of spatiotemporal tokens: generating a 5-second 720p clip with "
            "HunyuanVideo takes nearly 30 minutes on a single H100. Sparse attention methods such as Sparse VideoGen "
            "and SpargeAttn exploit the redundancy of attention maps, but they rely on static patterns that miss "
            "content-dependent structure or on costly online profiling. We present Tidewarp, a training-free sparse "
            "attention kernel that permutes query and key blocks by semantic similarity so that important "
            "interactions become contiguous, and then skips blocks whose estimated attention mass falls below a "
            "threshold of 0.02. Tidewarp is implemented on top of FlashAttention-2 and needs no calibration data. On "
            "HunyuanVideo and Wan 2.1-14B, it reaches an attention sparsity of 85% and 81%, translating into "
            "end-to-end speed-ups of 2.31× and 1.98×, respectively. On VBench, the quality score drops by only 0.12% "
            "for HunyuanVideo, and PSNR against dense-attention outputs reaches 29.4 dB, compared with 24.7 dB for "
            "Sparse VideoGen at comparable sparsity. The attention kernel alone runs 6.8× faster than FlashAttention-3 "
            "at 85% sparsity. Combined with TeaCache, Tidewarp cuts the generation time of a Wan 2.1 clip from 1,570 "
            "s to 512 s without any fine-tuning. Code is available."
        ),
        "spans": [
            ("Tidewarp", "M"), ("Sparse Attention", "M"), ("Video Generation", "T"),
            ("Diffusion transformers", "M"), ("video generation", "T"), ("HunyuanVideo", "M"),
            ("Sparse attention", "M"), ("sparse attention", "M"), ("Sparse VideoGen", "M"), ("SpargeAttn", "M"),
            ("FlashAttention-2", "M"), ("Wan 2.1-14B", "M"), ("attention sparsity", "X"),
            ("end-to-end speed-ups", "X"), ("VBench", "D"), ("quality score", "X"), ("PSNR", "X"),
            ("FlashAttention-3", "M"), ("TeaCache", "M"), ("generation time", "X"), ("Wan 2.1", "M"),
        ],
        "results": [
            ("takes nearly 30 minutes", "generation time", 30, "min", None, "HunyuanVideo"),
            ("attention sparsity of 85%", "attention sparsity", 85, "%", None, "HunyuanVideo"),
            ("81%", "attention sparsity", 81, "%", None, "Wan 2.1-14B"),
            ("end-to-end speed-ups of 2.31×", "end-to-end speed-up", 2.31, "×", None, "HunyuanVideo"),
            ("1.98×", "end-to-end speed-up", 1.98, "×", None, "Wan 2.1-14B"),
            ("quality score drops by only 0.12%", "quality score", 0.12, "%", "VBench", "HunyuanVideo"),
            ("PSNR against dense-attention outputs reaches 29.4 dB", "PSNR", 29.4, "dB", "VBench", None),
            ("24.7 dB", "PSNR", 24.7, "dB", "VBench", "Sparse VideoGen"),
            ("6.8× faster", "speed-up", 6.8, "×", None, None),
            ("generation time of a Wan 2.1 clip from 1,570 s to 512 s", "generation time", 512, "s", None, "Tidewarp"),
        ],
    },
    {
        "field": "efficient-diffusion",
        "title": "Lumenprune: Learnable Structured Pruning for Compact Text-to-Image Diffusion Models",
        "text": (
            "Text-to-image diffusion models such as Stable Diffusion 3.5 and FLUX.1 contain billions of parameters, "
            "which makes on-device deployment impractical. Structured pruning can shrink these networks, but existing "
            "approaches like BK-SDM and LD-Pruner remove blocks according to heuristic importance scores and then "
            "need long retraining to recover quality. We propose Lumenprune, which learns differentiable gates over "
            "transformer blocks, attention heads and feed-forward channels jointly with a hardware-aware latency "
            "penalty, followed by a short knowledge distillation stage from the unpruned teacher. Gates are trained "
            "for 2,000 steps on 100K LAION-Aesthetics image-text pairs, and the pruned student is then distilled for "
            "20 hours on 8 A100 GPUs. Applied to Stable Diffusion 3.5 Medium, Lumenprune removes 42% of the "
            "parameters (2.5B to 1.45B) and 47% of the FLOPs while reaching an FID of 21.3 on MS-COCO 2014 val, only "
            "0.9 higher than the dense model and 3.6 lower than BK-SDM under the same parameter budget. The "
            "compressed model generates a 1024x1024 image in 1.6 s on an RTX 4090, a 1.9× speed-up, and its peak "
            "memory falls from 11.2 GB to 6.8 GB. On GenEval, it keeps 96.5% of the dense model's overall score. "
            "Pushed to an aggressive 60% sparsity, Lumenprune still delivers 3.18times faster sampling on mobile "
            "hardware with a CLIP score of 0.312, versus 0.297 for LD-Pruner."
        ),
        "spans": [
            ("Lumenprune", "M"), ("Structured Pruning", "M"), ("Text-to-Image", "T"), ("Diffusion Models", "M"),
            ("Text-to-image", "T"), ("diffusion models", "M"), ("Stable Diffusion 3.5", "M"), ("FLUX.1", "M"),
            ("Structured pruning", "M"), ("BK-SDM", "M"), ("LD-Pruner", "M"), ("knowledge distillation", "M"),
            ("LAION-Aesthetics", "D"), ("Stable Diffusion 3.5 Medium", "M"), ("FLOPs", "X"), ("FID", "X"),
            ("MS-COCO 2014 val", "D"), ("speed-up", "X"), ("peak memory", "X"), ("GenEval", "D"),
            ("overall score", "X"), ("CLIP score", "X"),
        ],
        "results": [
            ("distilled for 20 hours", "distillation time", 20, "hours", None, None),
            ("removes 42% of the parameters", "parameter reduction", 42, "%", None, "Lumenprune"),
            ("2.5B to 1.45B", "parameters", 1.45, "B", None, "Lumenprune"),
            ("47% of the FLOPs", "FLOPs reduction", 47, "%", None, "Lumenprune"),
            ("FID of 21.3", "FID", 21.3, None, "MS-COCO 2014 val", "Lumenprune"),
            ("0.9 higher", "FID", 0.9, None, "MS-COCO 2014 val", "Lumenprune"),
            ("3.6 lower", "FID", 3.6, None, "MS-COCO 2014 val", "Lumenprune"),
            ("in 1.6 s", "generation time", 1.6, "s", None, None),
            ("1.9× speed-up", "speed-up", 1.9, "×", None, None),
            ("peak memory falls from 11.2 GB to 6.8 GB", "peak memory", 6.8, "GB", None, None),
            ("keeps 96.5% of the dense model's overall score", "relative overall score", 96.5, "%", "GenEval", None),
            ("3.18times faster sampling", "speed-up", 3.18, "×", None, "Lumenprune"),
            ("CLIP score of 0.312", "CLIP score", 0.312, None, None, "Lumenprune"),
            ("0.297", "CLIP score", 0.297, None, None, "LD-Pruner"),
        ],
    },
    # ------------------------------------------------------------ llm-quantization
    {
        "field": "llm-quantization",
        "title": "Vellumbit: Learned Block Rotations for Accurate W4A4 Quantization and 2.9× Faster LLM Prefill",
        "text": (
            "Quantizing both weights and activations of large language models (LLMs) to 4 bits promises large gains "
            "in prefill throughput, but activation outliers make naive round-to-nearest (RTN) quantization collapse. "
            "Rotation-based methods such as QuaRot and SpinQuant spread outliers with Hadamard or learned orthogonal "
            "matrices, yet a single global rotation cannot adapt to the heterogeneous outlier structure across "
            "layers. We propose Vellumbit, a post-training quantization method that learns block-diagonal rotations "
            "per layer with a Cayley optimizer and fuses them into adjacent weights, so that inference needs no extra "
            "matrix multiplications beyond one online Hadamard transform. Calibrating Llama-3-8B on 128 WikiText-2 "
            "sequences of 2,048 tokens takes 47 minutes on one GPU. With W4A4KV4 quantization, Vellumbit achieves a "
            "WikiText-2 perplexity of 7.21 on Llama-3-8B, compared with 7.87 for SpinQuant and 8.16 for QuaRot, "
            "against 6.14 in FP16. Across nine zero-shot commonsense reasoning tasks, the average accuracy gap to "
            "FP16 shrinks to 2.3 points on Llama-3-70B. On Qwen2.5-32B, Vellumbit keeps 97.1% of the FP16 MMLU "
            "accuracy and improves GSM8K accuracy by 4.6 points over SpinQuant. Our fused CUDA kernels deliver a "
            "2.9× prefill speed-up and 3.6× lower memory usage than FP16 on an RTX 4090, with a 0.4% end-to-end "
            "overhead for the online transform."
        ),
        "spans": [
            ("Vellumbit", "M"), ("Quantization", "M"), ("LLM", "M"), ("large language models", "M"),
            ("LLMs", "M"), ("prefill throughput", "X"), ("round-to-nearest", "M"), ("RTN", "M"),
            ("quantization", "M"), ("QuaRot", "M"), ("SpinQuant", "M"), ("post-training quantization", "M"),
            ("Cayley optimizer", "M"), ("Hadamard transform", "M"), ("Llama-3-8B", "M"), ("WikiText-2", "D"),
            ("perplexity", "X"), ("zero-shot commonsense reasoning", "T"), ("average accuracy", "X"),
            ("Llama-3-70B", "M"), ("Qwen2.5-32B", "M"), ("MMLU", "D"), ("accuracy", "X"), ("GSM8K", "D"),
            ("prefill speed-up", "X"), ("memory usage", "X"), ("end-to-end overhead", "X"),
        ],
        "title_results": [
            ("2.9× Faster", "prefill speed-up", 2.9, "×", None, "Vellumbit"),
        ],
        "results": [
            ("takes 47 minutes", "calibration time", 47, "min", "WikiText-2", "Llama-3-8B"),
            ("perplexity of 7.21", "perplexity", 7.21, None, "WikiText-2", "Vellumbit"),
            ("7.87", "perplexity", 7.87, None, "WikiText-2", "SpinQuant"),
            ("8.16", "perplexity", 8.16, None, "WikiText-2", "QuaRot"),
            ("6.14", "perplexity", 6.14, None, "WikiText-2", None),
            ("average accuracy gap to FP16 shrinks to 2.3 points", "average accuracy gap", 2.3, "points", None,
             "Llama-3-70B"),
            ("keeps 97.1% of the FP16 MMLU accuracy", "relative accuracy", 97.1, "%", "MMLU", "Vellumbit"),
            ("accuracy by 4.6 points", "accuracy", 4.6, "points", "GSM8K", "Vellumbit"),
            ("2.9× prefill speed-up", "prefill speed-up", 2.9, "×", None, None),
            ("3.6× lower memory usage", "memory usage reduction", 3.6, "×", None, None),
            ("0.4% end-to-end overhead", "end-to-end overhead", 0.4, "%", None, None),
        ],
    },
    {
        "field": "llm-quantization",
        "title": "Orrisquant: Lattice Codebooks with Trellis Refinement for 2-Bit Weight-Only Quantization of LLMs",
        "text": (
            "Extreme low-bit weight-only quantization can fit a 70B-parameter model on a single consumer GPU, but at "
            "2 bits per weight scalar methods such as GPTQ and OmniQuant degrade sharply. Vector quantization "
            "schemes, including AQLM and QuIP#, close much of the gap by quantizing groups of weights jointly, at the "
            "price of large codebooks and slow, lookup-bound decoding. We introduce Orrisquant, which replaces "
            "learned codebooks with a fixed E8-based lattice codebook and refines each group's code with a "
            "lightweight trellis search guided by second-order information. Because the codebook is never stored, "
            "Orrisquant needs only 2.02 bits per weight including scales, and its decoding kernel reads codes "
            "directly from registers. On Llama-2-70B, WikiText-2 perplexity improves from 3.94 for AQLM to 3.71 "
            "(FP16: 3.32), and C4 perplexity drops to 5.48 (-0.19 vs. QuIP#). For Llama-3.1-8B, where 2-bit "
            "quantization is known to be harder, Orrisquant attains an average zero-shot accuracy of 64.8% over "
            "ARC-Challenge, ARC-Easy, HellaSwag, PIQA and WinoGrande, 5.3 points above GPTVQ and within 3.9 points "
            "of the full-precision model. Fine-tuning the quantized model with PV-Tuning for an additional 6 "
            "GPU-hours recovers a further +1.2 points. Quantizing Llama-2-70B takes 9.5 hours on a single A100, "
            "roughly 3× faster than AQLM, and batch-1 decoding on an RTX 3090 reaches 31 tokens per second, 2.4× "
            "the throughput of QuIP#."
        ),
        "spans": [
            ("Orrisquant", "M"), ("Weight-Only Quantization", "M"), ("LLMs", "M"),
            ("weight-only quantization", "M"), ("bits per weight", "X"), ("GPTQ", "M"), ("OmniQuant", "M"),
            ("Vector quantization", "M"), ("AQLM", "M"), ("QuIP#", "M", {"punct": True}), ("Llama-2-70B", "M"),
            ("WikiText-2", "D"), ("perplexity", "X"), ("C4", "D"), ("Llama-3.1-8B", "M"), ("quantization", "M"),
            ("average zero-shot accuracy", "X"), ("ARC-Challenge", "D"), ("ARC-Easy", "D"), ("HellaSwag", "D"),
            ("PIQA", "D"), ("WinoGrande", "D"), ("GPTVQ", "M"), ("PV-Tuning", "M"), ("tokens per second", "X"),
            ("throughput", "X"),
        ],
        "results": [
            ("2.02 bits per weight", "bits per weight", 2.02, None, None, "Orrisquant"),
            ("from 3.94", "perplexity", 3.94, None, "WikiText-2", "AQLM"),
            ("to 3.71", "perplexity", 3.71, None, "WikiText-2", "Llama-2-70B"),
            ("FP16: 3.32", "perplexity", 3.32, None, "WikiText-2", "Llama-2-70B"),
            ("perplexity drops to 5.48", "perplexity", 5.48, None, "C4", "Llama-2-70B"),
            ("-0.19", "perplexity", -0.19, None, "C4", "Llama-2-70B"),
            ("average zero-shot accuracy of 64.8%", "average zero-shot accuracy", 64.8, "%", None, "Orrisquant"),
            ("5.3 points above", "average zero-shot accuracy", 5.3, "points", None, "Orrisquant"),
            ("within 3.9 points", "average zero-shot accuracy", 3.9, "points", None, "Orrisquant"),
            ("6 GPU-hours", "fine-tuning time", 6, "GPU-hours", None, "PV-Tuning"),
            ("+1.2 points", "improvement", 1.2, "points", None, "PV-Tuning"),
            ("takes 9.5 hours", "quantization time", 9.5, "hours", None, "Llama-2-70B"),
            ("3× faster", "speed-up", 3, "×", None, "Llama-2-70B"),
            ("31 tokens per second", "throughput", 31, "tokens/s", None, None),
            ("2.4× the throughput", "throughput", 2.4, "×", None, None),
        ],
    },
    {
        "field": "llm-quantization",
        "title": "Sedgeround: Expert-Aware Mixed-Precision Quantization for Mixture-of-Experts LLMs",
        "text": (
            "Mixture-of-experts (MoE) language models such as Mixtral-8x7B and DeepSeek-V2-Lite activate only a few "
            "experts per token, yet all experts must reside in memory, which makes weight quantization particularly "
            "attractive. Uniform low-bit schemes, however, ignore that experts differ widely in routing frequency "
            "and in sensitivity to quantization noise. We propose Sedgeround, a post-training method that allocates "
            "2, 3 or 4 bits to each expert by solving a knapsack problem over a routing-weighted sensitivity score, "
            "and then applies GPTQ-style rounding with scales shared across experts. At an average of 2.5 bits, "
            "Sedgeround compresses Mixtral-8x7B from 93 GB to 15.1 GB, so the model fits on a single 24 GB GPU. We "
            "report perplexity on WikiText-2 and C4 and accuracy on MMLU and GSM8K. For Mixtral-8x7B, Sedgeround "
            "obtains 4.62, 7.35, 65.9% and 52.4% on these four benchmarks, respectively. It beats uniform 3-bit GPTQ "
            "on every benchmark while using fewer bits, and outperforms the MoE-specific baselines MC-MoE and QMoE "
            "in 11 of the 12 model-benchmark combinations we test. On Qwen3-30B-A3B, it lowers the average accuracy "
            "loss relative to BF16 by 38-61% compared with Slim-LLM across bit budgets between 2 and 3 bits. Bit "
            "allocation takes under 3 minutes for any of the models, and our expert-aware kernels raise decoding "
            "throughput by 1.7× over the BF16 model at batch size 16."
        ),
        "spans": [
            ("Sedgeround", "M"), ("Mixed-Precision Quantization", "M"), ("Mixture-of-Experts", "M"), ("LLMs", "M"),
            ("Mixture-of-experts", "M"), ("MoE", "M"), ("language models", "M"), ("Mixtral-8x7B", "M"),
            ("DeepSeek-V2-Lite", "M"), ("weight quantization", "M"), ("quantization", "M"), ("GPTQ", "M"),
            ("perplexity", "X"), ("WikiText-2", "D"), ("C4", "D"), ("accuracy", "X"), ("MMLU", "D"),
            ("GSM8K", "D"), ("MC-MoE", "M"), ("QMoE", "M"), ("Qwen3-30B-A3B", "M"),
            ("average accuracy loss", "X"), ("Slim-LLM", "M"), ("decoding throughput", "X"),
        ],
        "results": [
            ("from 93 GB to 15.1 GB", "model size", 15.1, "GB", None, "Sedgeround"),
            ("4.62", "perplexity", 4.62, None, "WikiText-2", "Sedgeround"),
            ("7.35", "perplexity", 7.35, None, "C4", "Sedgeround"),
            ("65.9%", "accuracy", 65.9, "%", "MMLU", "Sedgeround"),
            ("52.4%", "accuracy", 52.4, "%", "GSM8K", "Sedgeround"),
            ("in 11 of the 12 model-benchmark combinations", "model-benchmark combinations won", 11, None, None,
             None),
            ("by 38-61%", "average accuracy loss reduction", 61, "%", None, "Qwen3-30B-A3B", {"low": 38}),
            ("takes under 3 minutes", "bit allocation time", 3, "min", None, None),
            ("decoding throughput by 1.7×", "decoding throughput", 1.7, "×", None, None),
        ],
    },
    {
        "field": "llm-quantization",
        "title": "Alderscale: Outlier-Aware Per-Channel Scaling for 2-Bit KV Cache Quantization",
        "text": (
            "In long-context large language models, the memory footprint of the key-value cache often exceeds that "
            "of the weights themselves: for Llama-3.1-8B it reaches 16 GB per 128K-token sequence in BF16. KV cache "
            "quantization methods such as KIVI and KVQuant reduce this footprint, but at 2 bits they suffer from a "
            "handful of outlier channels in the keys and from error accumulation over long generations. We propose "
            "Alderscale, which smooths key outliers with a per-channel scale migrated into the query projection, "
            "quantizes values per token while keeping a residual buffer of recent tokens in full precision, and "
            "stores a small set of attention-sink tokens losslessly. Alderscale requires no fine-tuning and no "
            "calibration beyond 64 samples. With 2-bit keys and values on LongBench, Alderscale retains 98.6% of "
            "the BF16 average score for Llama-3.1-8B-Instruct, while KIVI-2 retains 94.0%. On RULER at 64K, the "
            "accuracy gap to the BF16 cache is 1.1 points, versus 7.8 for KIVI-2 and 4.5 for KVQuant. "
            "Needle-in-a-Haystack retrieval remains perfect up to 128K tokens for Mistral-7B-Instruct-v0.3. The "
            "compressed cache occupies 7.1× less memory, allowing a 6× larger batch on one H100, and our Triton "
            "kernels raise decoding throughput from 1,240 to 3,910 tokens/s. On GSM8K with chain-of-thought "
            "prompting, Alderscale reaches 76.2% accuracy (±0.5 over three seeds), within 0.3 points of BF16."
        ),
        "spans": [
            ("Alderscale", "M"), ("KV Cache Quantization", "M"), ("large language models", "M"),
            ("memory footprint", "X"), ("Llama-3.1-8B", "M"), ("KV cache quantization", "M"), ("KIVI", "M"),
            ("KVQuant", "M"), ("LongBench", "D"), ("average score", "X"), ("Llama-3.1-8B-Instruct", "M"),
            ("KIVI-2", "M"), ("RULER", "D"), ("accuracy", "X"), ("Needle-in-a-Haystack", "D"),
            ("Mistral-7B-Instruct-v0.3", "M"), ("memory", "X", {"only": [1]}), ("decoding throughput", "X"),
            ("GSM8K", "D"), ("chain-of-thought prompting", "M"),
        ],
        "results": [
            ("reaches 16 GB", "memory footprint", 16, "GB", None, "Llama-3.1-8B"),
            ("retains 98.6% of the BF16 average score", "relative average score", 98.6, "%", "LongBench",
             "Alderscale"),
            ("retains 94.0%", "relative average score", 94.0, "%", "LongBench", "KIVI-2"),
            ("accuracy gap to the BF16 cache is 1.1 points", "accuracy gap", 1.1, "points", "RULER", None),
            ("7.8", "accuracy gap", 7.8, "points", "RULER", "KIVI-2"),
            ("4.5", "accuracy gap", 4.5, "points", "RULER", "KVQuant"),
            ("7.1× less memory", "memory reduction", 7.1, "×", None, None),
            ("6× larger batch", "batch size", 6, "×", None, None),
            ("decoding throughput from 1,240 to 3,910 tokens/s", "decoding throughput", 3910, "tokens/s", None,
             None),
            ("76.2% accuracy", "accuracy", 76.2, "%", "GSM8K", "Alderscale"),
            ("within 0.3 points", "accuracy", 0.3, "points", "GSM8K", "Alderscale"),
        ],
    },
    {
        "field": "llm-quantization",
        "title": "Thistlequant: Stable Quantization-Aware Training of LLMs in NVFP4 with Learnable Block Clipping",
        "text": (
            "Microscaling formats such as MXFP4 and NVFP4, natively supported by recent accelerators, promise 4-bit "
            "inference at near-FP8 quality, yet post-training quantization to these formats still costs several "
            "points on reasoning-heavy tasks. Quantization-aware training (QAT) can recover this loss, but existing "
            "recipes such as LLM-QAT and EfficientQAT require long training runs and are prone to loss spikes when "
            "gradients pass through low-precision block scales. We present Thistlequant, a QAT recipe that learns "
            "per-block clipping thresholds with a straight-through estimator, anneals the quantization noise over "
            "the first 10% of steps, and distils from the BF16 model with a token-level KL objective. Thistlequant "
            "trains Llama-3.2-3B, Llama-3.1-8B and Qwen2.5-14B on 2B tokens of FineWeb-Edu, using 41, 96 and 188 "
            "H100 GPU-hours, respectively. In W4A4 NVFP4, Llama-3.1-8B reaches 68.3% average accuracy on six "
            "zero-shot tasks, a 3.4-point gain over post-training GPTQ and 1.6 points above EfficientQAT, and "
            "recovers 99.1% of the BF16 accuracy. MMLU 5-shot accuracy rises from 58.7 to 64.1, while WikiText-2 "
            "perplexity goes from 7.93 to 6.71. On MATH-500, where PTQ suffers most, Thistlequant outperforms "
            "LLM-QAT by 4.1% and narrows the accuracy gap to BF16 to 2.0 points. At a learning rate of 1e-4, 7 of 10 "
            "EfficientQAT runs diverge, whereas every Thistlequant run converges. End-to-end, the NVFP4 model decodes "
            "1.8× faster than the FP8 baseline on a B200."
        ),
        "spans": [
            ("Thistlequant", "M"), ("Quantization-Aware Training", "M"), ("LLMs", "M"), ("quantization", "M"),
            ("post-training quantization", "M"), ("Quantization-aware training", "M"), ("QAT", "M"),
            ("LLM-QAT", "M"), ("EfficientQAT", "M"), ("straight-through estimator", "M"), ("Llama-3.2-3B", "M"),
            ("Llama-3.1-8B", "M"), ("Qwen2.5-14B", "M"), ("FineWeb-Edu", "D"), ("average accuracy", "X"),
            ("GPTQ", "M"), ("accuracy", "X"), ("MMLU", "D"), ("5-shot accuracy", "X"), ("WikiText-2", "D"),
            ("perplexity", "X"), ("MATH-500", "D"), ("PTQ", "M"),
        ],
        "results": [
            ("41", "training time", 41, "GPU-hours", "FineWeb-Edu", "Llama-3.2-3B"),
            ("96", "training time", 96, "GPU-hours", "FineWeb-Edu", "Llama-3.1-8B"),
            ("188 H100 GPU-hours", "training time", 188, "GPU-hours", "FineWeb-Edu", "Qwen2.5-14B"),
            ("68.3% average accuracy", "average accuracy", 68.3, "%", None, "Llama-3.1-8B"),
            ("3.4-point gain", "average accuracy", 3.4, "points", None, "Llama-3.1-8B"),
            ("1.6 points above", "average accuracy", 1.6, "points", None, "Llama-3.1-8B"),
            ("recovers 99.1% of the BF16 accuracy", "relative accuracy", 99.1, "%", None, "Llama-3.1-8B"),
            ("5-shot accuracy rises from 58.7 to 64.1", "5-shot accuracy", 64.1, None, "MMLU", None),
            ("perplexity goes from 7.93 to 6.71", "perplexity", 6.71, None, "WikiText-2", None),
            ("LLM-QAT by 4.1%", "improvement", 4.1, "%", "MATH-500", "Thistlequant"),
            ("accuracy gap to BF16 to 2.0 points", "accuracy gap", 2.0, "points", "MATH-500", "Thistlequant"),
            ("7 of 10 EfficientQAT runs diverge", "runs diverged", 7, None, None, "EfficientQAT"),
            ("1.8× faster", "speed-up", 1.8, "×", None, None),
        ],
    },
]
