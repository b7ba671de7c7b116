"""dev11 records (annotator h2): diffusion (5) and vision (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["DeltaSieve", "FerryStep", "FlowLattice", "Dovetail", "EddyQuant",
          "FjordViT", "DuneSR", "EmberSeg", "FathomDepth", "Fennel-DETR"]

RECS = [
    # ------------------------------------------------------------ diffusion
    {
        "field": "diffusion",
        "title": "DeltaSieve: Residual-Aware Feature Caching for Training-Free Acceleration of Video Diffusion Transformers",
        "text": (
            "Diffusion Transformers (DiTs) have become the backbone of open text-to-video models, but sampling a "
            "5-second clip with 50 denoising steps still takes minutes on a single GPU. Feature caching methods such "
            "as TeaCache and FORA reuse block outputs across adjacent timesteps, yet they decide when to refresh from "
            "a global input difference and therefore drift on fast motion. We propose DeltaSieve, a training-free "
            "scheme that estimates, per block and per timestep, the residual change a block would contribute and "
            "recomputes only the blocks whose predicted change exceeds a threshold of 0.08. A lightweight calibration "
            "on 32 prompts fits the predictor once per model. On HunyuanVideo, DeltaSieve achieves a 2.31× speed-up "
            "in end-to-end latency while keeping the VBench total score at 83.9 (vs. 84.1 for the uncached model); "
            "TeaCache reaches 1.62× at 83.2. On Wan2.1-14B, it reduces generation time from 1,412 s to 589 s per 720p "
            "clip. Against the uncached outputs, DeltaSieve attains an LPIPS of 0.071 and a PSNR of 27.4 dB, whereas "
            "FORA yields 0.142 LPIPS. With CogVideoX-5B, DeltaSieve is 2.05× faster and ranks first on 14 of the 16 "
            "VBench dimensions among training-free accelerators. Memory overhead is under 1.2 GB. Code is available."
        ),
        "spans": [
            ("DeltaSieve", "M"), ("Feature Caching", "M"), ("Feature caching", "M"),
            ("Video Diffusion Transformers", "M"), ("Diffusion Transformers", "M"), ("DiTs", "M"),
            ("text-to-video", "T"), ("TeaCache", "M"), ("FORA", "M"), ("HunyuanVideo", "M"),
            ("speed-up", "X"), ("end-to-end latency", "X"), ("VBench", "D"), ("total score", "X"),
            ("Wan2.1-14B", "M"), ("generation time", "X"), ("LPIPS", "X"), ("PSNR", "X"),
            ("CogVideoX-5B", "M"), ("Memory overhead", "X"),
        ],
        "results": [
            ("2.31× speed-up", "speed-up", 2.31, "×", None, "DeltaSieve"),
            ("VBench total score at 83.9", "total score", 83.9, None, "VBench", "DeltaSieve"),
            ("84.1", "total score", 84.1, None, "VBench", None),
            ("1.62×", "speed-up", 1.62, "×", None, "TeaCache"),
            ("83.2", "total score", 83.2, None, "VBench", "TeaCache"),
            ("generation time from 1,412 s to 589 s", "generation time", 589, "s", None, "Wan2.1-14B"),
            ("LPIPS of 0.071", "LPIPS", 0.071, None, None, "DeltaSieve"),
            ("PSNR of 27.4 dB", "PSNR", 27.4, "dB", None, "DeltaSieve"),
            ("0.142 LPIPS", "LPIPS", 0.142, None, None, "FORA"),
            ("2.05× faster", "speed-up", 2.05, "×", None, "DeltaSieve"),
            ("ranks first on 14 of the 16 VBench dimensions", "dimensions ranked first", 14, None, "VBench", "DeltaSieve"),
            ("Memory overhead is under 1.2 GB", "memory overhead", 1.2, "GB", None, None),
        ],
    },
    {
        "field": "diffusion",
        "title": "FerryStep: Cross-Noise-Level Supervision for One-Step Text-to-Image Distillation",
        "text": (
            "Distilling a multi-step diffusion model into a one-step generator usually forces a trade-off: "
            "distribution matching objectives such as DMD2 preserve diversity but blur fine texture, while "
            "adversarial diffusion distillation (ADD) sharpens detail at the cost of mode coverage. We argue that the "
            "two failure modes share a cause, namely that the student is supervised at a single noise level, and "
            "introduce FerryStep, which ferries supervision across noise levels by training the one-step student "
            "against a chain of intermediate teacher targets whose spacing is learned jointly with the student. The "
            "discriminator operates on features of the frozen teacher rather than on pixels, removing the need for "
            "an external DINOv2 encoder. We distil Stable Diffusion XL (SDXL) for text-to-image generation with 1.2M "
            "LAION-Aesthetics prompts on 64 H100 GPUs. Evaluated zero-shot on COCO-30K at 1024×1024, the one-step "
            "FerryStep generator reaches an FID of 17.8 and a CLIP score of 0.334, compared with 19.3 and 0.332 for "
            "DMD2 and 24.6 and 0.327 for SDXL-Turbo; the 50-step teacher scores 18.9. On GenEval, FerryStep obtains "
            "an overall score of 0.58 (teacher: 0.55). In a user study with 1,800 pairwise comparisons, FerryStep "
            "images were preferred over Hyper-SD in 63% of cases. One-step sampling with FerryStep takes 92 ms per "
            "image on an A100, roughly 40× faster than the teacher."
        ),
        "spans": [
            ("FerryStep", "M"), ("Text-to-Image", "T"), ("Distillation", "M"), ("diffusion model", "M"),
            ("distribution matching", "M"), ("DMD2", "M"), ("adversarial diffusion distillation", "M"),
            ("ADD", "M"), ("DINOv2", "M"), ("Stable Diffusion XL", "M"), ("SDXL", "M"),
            ("text-to-image generation", "T"), ("LAION-Aesthetics", "D"), ("COCO-30K", "D"), ("FID", "X"),
            ("CLIP score", "X"), ("SDXL-Turbo", "M"), ("GenEval", "D"), ("overall score", "X"),
            ("Hyper-SD", "M"),
        ],
        "results": [
            ("FID of 17.8", "FID", 17.8, None, "COCO-30K", "FerryStep"),
            ("CLIP score of 0.334", "CLIP score", 0.334, None, "COCO-30K", "FerryStep"),
            ("19.3", "FID", 19.3, None, "COCO-30K", "DMD2"),
            ("0.332", "CLIP score", 0.332, None, "COCO-30K", "DMD2"),
            ("24.6", "FID", 24.6, None, "COCO-30K", "SDXL-Turbo"),
            ("0.327", "CLIP score", 0.327, None, "COCO-30K", "SDXL-Turbo"),
            ("scores 18.9", "FID", 18.9, None, "COCO-30K", None),
            ("overall score of 0.58", "overall score", 0.58, None, "GenEval", "FerryStep"),
            ("0.55", "overall score", 0.55, None, "GenEval", None),
            ("preferred over Hyper-SD in 63% of cases", "win rate", 63, "%", None, "FerryStep"),
            ("sampling with FerryStep takes 92 ms", "sampling time", 92, "ms", None, "FerryStep"),
            ("40× faster", "speed-up", 40, "×", None, "FerryStep"),
        ],
    },
    {
        "field": "diffusion",
        "title": "FlowLattice: Lattice-Structured Sparse Attention for Scalable Flow-Matching Transformers",
        "text": (
            "Flow-matching transformers such as SiT scale well with compute, but the quadratic cost of global "
            "attention makes high-resolution training expensive. We study whether a structured sparsity pattern can "
            "stand in for global attention in class-conditional image generation without the quality loss usually "
            "reported for local windows. FlowLattice partitions latent tokens into a two-level lattice: each token "
            "attends to all tokens within its 4×4 cell and to a learned set of lattice anchors, which are refreshed "
            "in every block. The design is compatible with representation alignment (REPA) and with "
            "classifier-free guidance. On class-conditional ImageNet 256×256, FlowLattice-XL/2 trained with REPA "
            "for 400 epochs reaches an FID of 1.71 and an Inception Score (IS) of 289.7 with guidance, close to "
            "the 1.42 reported for REPA-trained SiT-XL/2 at 800 epochs, while using 38% fewer training FLOPs per "
            "step. Without guidance, FID is 6.1 (SiT-XL/2 + REPA: 5.9). The advantage appears to grow with "
            "resolution: on ImageNet 512×512, FlowLattice reduces training time by 2.2× and reaches an FID of "
            "2.34, versus 3.04 for DiT-XL/2. In an ablation, removing the anchors raises FID by 0.84. We caution "
            "that these gains were measured at a single model scale of 675M parameters, and that on 8 A100 GPUs "
            "the wall-clock speed-up of FlowLattice at 256×256 is only 1.15×, because current sparse kernels are "
            "less mature than their dense counterparts."
        ),
        "spans": [
            ("FlowLattice", "M"), ("FlowLattice-XL/2", "M"), ("Sparse Attention", "M"),
            ("Flow-Matching Transformers", "M"), ("Flow-matching transformers", "M"), ("SiT", "M"),
            ("class-conditional image generation", "T"), ("representation alignment", "M"), ("REPA", "M"),
            ("classifier-free guidance", "M"), ("ImageNet 256×256", "D"), ("FID", "X"),
            ("Inception Score", "X"), ("IS", "X"), ("SiT-XL/2", "M"), ("training FLOPs", "X"),
            ("ImageNet 512×512", "D"), ("training time", "X"), ("DiT-XL/2", "M"), ("wall-clock speed-up", "X"),
        ],
        "results": [
            ("FID of 1.71", "FID", 1.71, None, "ImageNet 256×256", "FlowLattice-XL/2"),
            ("Inception Score (IS) of 289.7", "Inception Score", 289.7, None, "ImageNet 256×256", "FlowLattice-XL/2"),
            ("1.42", "FID", 1.42, None, "ImageNet 256×256", "SiT-XL/2"),
            ("38% fewer training FLOPs", "training FLOPs reduction", 38, "%", "ImageNet 256×256", "FlowLattice-XL/2"),
            ("FID is 6.1", "FID", 6.1, None, None, None),
            ("5.9", "FID", 5.9, None, None, "SiT-XL/2"),
            ("reduces training time by 2.2×", "training time reduction", 2.2, "×", "ImageNet 512×512", "FlowLattice"),
            ("FID of 2.34", "FID", 2.34, None, "ImageNet 512×512", "FlowLattice"),
            ("3.04", "FID", 3.04, None, "ImageNet 512×512", "DiT-XL/2"),
            ("raises FID by 0.84", "FID", 0.84, None, None, None),
            ("wall-clock speed-up of FlowLattice at 256×256 is only 1.15×", "wall-clock speed-up", 1.15, "×", None, "FlowLattice"),
        ],
    },
    {
        "field": "diffusion",
        "title": "Dovetail: Real-Time Streaming Video Generation at 17 FPS by Stitching Causal Chunks",
        "title_results": [
            ("17 FPS", "throughput", 17, "FPS", None, "Dovetail"),
        ],
        "text": (
            "Dovetail generates minute-long 480p videos in a streaming fashion at 17.3 FPS on a single H100, with a "
            "first-chunk latency of 0.62 s, while reaching a total score of 84.6 on VBench, above its own 50-step "
            "bidirectional teacher, Wan2.1-T2V-1.3B (84.3). Video diffusion models denoise all frames jointly, so "
            "in text-to-video generation a viewer waits for the entire clip before seeing the first frame. Dovetail "
            "converts a bidirectional diffusion transformer into a causal, chunk-wise autoregressive generator in two "
            "stages. First, the student is initialized by ODE trajectory distillation on 16K teacher samples; "
            "second, we apply distribution matching distillation (DMD) with a self-rollout objective, in which the "
            "student conditions on its own previous chunks during training, closing the train-test mismatch of "
            "teacher forcing. Overlapping frames between consecutive chunks are denoised twice and blended, which "
            "suppresses seam artifacts without any extra network. Each chunk uses 4 denoising steps and a rolling "
            "cache of 3 chunks. Dovetail raises the VBench quality score from 83.1 for CausVid to 85.0 and lowers "
            "first-chunk latency by 47% relative to it; against the autoregressive SkyReels-V2 it is 9.8 times "
            "faster. Human raters preferred Dovetail over CausVid in 71% of 600 side-by-side comparisons (95% CI: "
            "67-75%). Drift remains visible beyond 2 minutes."
        ),
        "spans": [
            ("Dovetail", "M"), ("Video Generation", "T"), ("FPS", "X"), ("first-chunk latency", "X"),
            ("total score", "X"), ("VBench", "D"), ("Wan2.1-T2V-1.3B", "M"), ("Video diffusion models", "M"),
            ("text-to-video generation", "T"), ("diffusion transformer", "M"), ("ODE trajectory distillation", "M"),
            ("distribution matching distillation", "M"), ("DMD", "M"), ("teacher forcing", "M"),
            ("quality score", "X"), ("CausVid", "M"), ("SkyReels-V2", "M"),
        ],
        "results": [
            ("17.3 FPS", "throughput", 17.3, "FPS", None, "Dovetail"),
            ("first-chunk latency of 0.62 s", "first-chunk latency", 0.62, "s", None, "Dovetail"),
            ("total score of 84.6 on VBench", "total score", 84.6, None, "VBench", "Dovetail"),
            ("84.3", "total score", 84.3, None, "VBench", "Wan2.1-T2V-1.3B"),
            ("VBench quality score from 83.1", "quality score", 83.1, None, "VBench", "CausVid"),
            ("85.0", "quality score", 85.0, None, "VBench", "Dovetail"),
            ("lowers first-chunk latency by 47%", "first-chunk latency reduction", 47, "%", None, "Dovetail"),
            ("9.8 times faster", "speed-up", 9.8, "×", None, "Dovetail"),
            ("preferred Dovetail over CausVid in 71%", "win rate", 71, "%", None, "Dovetail"),
            ("67-75%", "win rate", 75, "%", None, "Dovetail", {"low": 67}),
        ],
    },
    {
        "field": "diffusion",
        "title": "EddyQuant: Timestep-Aware Rotations for 4-Bit Post-Training Quantization of Diffusion Transformers",
        "text": (
            "Post-training quantization (PTQ) is an attractive way to shrink text-to-image diffusion transformers, "
            "but activation outliers that move across timesteps make 4-bit activations notoriously hard. We present "
            "EddyQuant, a PTQ method that learns a small bank of orthogonal rotations, one per timestep group, and "
            "selects among them at inference with a fixed schedule, so no calibration is needed at test time. "
            "Rotations are fused into adjacent linear layers and add no runtime cost. We quantize FLUX.1-dev and "
            "PixArt-Σ to W4A4 using 256 calibration prompts from MJHQ-30K. On MJHQ-30K, W4A4 FLUX.1-dev with "
            "EddyQuant obtains an FID of 19.84 ± 0.21 over three seeds, against 20.03 for BF16 FLUX.1-dev and 22.61 "
            "for SVDQuant; its ImageReward is within 0.03 of BF16. For PixArt-Σ, EddyQuant improves CLIP score by "
            "0.9 over ViDiT-Q (p < 0.01, paired bootstrap). The 4-bit FLUX.1-dev fits in 6.1 GB of GPU memory, a "
            "3.6× reduction in memory footprint, and runs 2.9× faster than BF16 on an RTX 4090 with our fused "
            "kernels. We note that at W3A4 all methods, ours included, degrade sharply (FID above 30), which we leave "
            "to future work."
        ),
        "spans": [
            ("EddyQuant", "M"), ("Post-Training Quantization", "M"), ("Post-training quantization", "M"),
            ("PTQ", "M"), ("Diffusion Transformers", "M"), ("diffusion transformers", "M"), ("text-to-image", "T"),
            ("FLUX.1-dev", "M"), ("PixArt-Σ", "M"), ("MJHQ-30K", "D"), ("FID", "X"), ("SVDQuant", "M"),
            ("ImageReward", "X"), ("CLIP score", "X"), ("ViDiT-Q", "M"), ("GPU memory", "X"),
            ("memory footprint", "X"),
        ],
        "results": [
            ("FID of 19.84 ± 0.21", "FID", 19.84, None, "MJHQ-30K", "EddyQuant"),
            ("20.03", "FID", 20.03, None, "MJHQ-30K", "FLUX.1-dev"),
            ("22.61", "FID", 22.61, None, "MJHQ-30K", "SVDQuant"),
            ("ImageReward is within 0.03", "ImageReward", 0.03, None, "MJHQ-30K", "EddyQuant"),
            ("improves CLIP score by 0.9", "CLIP score", 0.9, None, None, "EddyQuant"),
            ("p < 0.01", "p-value", 0.01, None, None, "EddyQuant"),
            ("6.1 GB of GPU memory", "GPU memory", 6.1, "GB", None, "FLUX.1-dev"),
            ("3.6× reduction in memory footprint", "memory footprint reduction", 3.6, "×", None, "FLUX.1-dev"),
            ("2.9× faster", "speed-up", 2.9, "×", None, "FLUX.1-dev"),
            ("FID above 30", "FID", 30, None, None, None),
        ],
    },
    # ------------------------------------------------------------ vision
    {
        "field": "vision",
        "title": "FjordViT: Depth-Adaptive Token Routing for Efficient Vision Transformers",
        "text": (
            "Vision Transformers (ViTs) spend equal compute on every patch, although most patches in natural images "
            "are redundant after a few layers. Token pruning methods such as EViT and DynamicViT discard tokens "
            "irreversibly, and token merging (ToMe) averages them, which blurs small objects. FjordViT instead routes "
            "each token either through a block or around it via a learned gate, so skipped tokens re-enter later "
            "layers unchanged. The gate is trained with a straight-through estimator and a compute-budget term with "
            "a target keep ratio of 0.6; no distillation is used. On ImageNet-1K image classification, FjordViT-S "
            "reaches 79.6% top-1 accuracy at 2.9 GFLOPs (DeiT-S: 79.8% at 4.6 GFLOPs), and FjordViT-B reaches 81.5% "
            "at 10.8 GFLOPs, 0.3 points below DeiT-B while cutting FLOPs by 38%. Throughput on an A100 rises from "
            "1,310 to 2,140 images/s for FjordViT-B (1.63×). Against ToMe at matched FLOPs, FjordViT-B is +0.9 "
            "top-1. Used as a Mask R-CNN backbone on COCO, FjordViT-B gives 46.2 box AP and 41.5 mask AP, 0.2 box AP "
            "below the unpruned ViTDet-B baseline, while its backbone latency is 31% lower. Fine-tuning from a "
            "pretrained DeiT checkpoint takes 30 epochs."
        ),
        "spans": [
            ("FjordViT", "M"), ("FjordViT-S", "M"), ("FjordViT-B", "M"), ("Token Routing", "M"),
            ("Vision Transformers", "M"), ("ViTs", "M"), ("Token pruning", "M"), ("EViT", "M"),
            ("DynamicViT", "M"), ("token merging", "M"), ("ToMe", "M"), ("straight-through estimator", "M"),
            ("distillation", "M"), ("ImageNet-1K", "D"), ("image classification", "T"), ("top-1 accuracy", "X"),
            ("top-1", "X"), ("GFLOPs", "X"), ("FLOPs", "X"), ("DeiT-S", "M"), ("DeiT-B", "M"), ("DeiT", "M"),
            ("Throughput", "X"), ("Mask R-CNN", "M"), ("COCO", "D"), ("box AP", "X"), ("mask AP", "X"),
            ("ViTDet-B", "M"), ("backbone latency", "X"),
        ],
        "results": [
            ("79.6% top-1 accuracy", "top-1 accuracy", 79.6, "%", "ImageNet-1K", "FjordViT-S"),
            ("2.9 GFLOPs", "FLOPs", 2.9, "G", "ImageNet-1K", "FjordViT-S"),
            ("79.8%", "top-1 accuracy", 79.8, "%", "ImageNet-1K", "DeiT-S"),
            ("4.6 GFLOPs", "FLOPs", 4.6, "G", "ImageNet-1K", "DeiT-S"),
            ("81.5%", "top-1 accuracy", 81.5, "%", "ImageNet-1K", "FjordViT-B"),
            ("10.8 GFLOPs", "FLOPs", 10.8, "G", "ImageNet-1K", "FjordViT-B"),
            ("0.3 points below DeiT-B", "top-1 accuracy", 0.3, "points", "ImageNet-1K", "FjordViT-B"),
            ("cutting FLOPs by 38%", "FLOPs reduction", 38, "%", "ImageNet-1K", "FjordViT-B"),
            ("Throughput on an A100 rises from 1,310 to 2,140 images/s", "throughput", 2140, "images/s", None, "FjordViT-B"),
            ("1.63×", "throughput", 1.63, "×", None, "FjordViT-B"),
            ("+0.9 top-1", "top-1 accuracy", 0.9, None, None, "FjordViT-B"),
            ("46.2 box AP", "box AP", 46.2, None, "COCO", "FjordViT-B"),
            ("41.5 mask AP", "mask AP", 41.5, None, "COCO", "FjordViT-B"),
            ("0.2 box AP", "box AP", 0.2, None, "COCO", "FjordViT-B"),
            ("backbone latency is 31% lower", "backbone latency reduction", 31, "%", "COCO", "FjordViT-B"),
        ],
    },
    {
        "field": "vision",
        "title": "DuneSR: Rethinking Reparameterized Large-Kernel Convolutions for Efficient Image Super-Resolution",
        "text": (
            "Efficient image super-resolution (SR) has been dominated by convolution-only networks since the NTIRE "
            "2024 Efficient Super-Resolution Challenge, where SPAN showed that a carefully designed CNN could run "
            "faster than any attention-based entry. Yet on structured content such as building facades, these "
            "networks still trail lightweight Transformers like SwinIR-light and OmniSR by a visible margin. In this "
            "paper we ask whether large receptive fields, rather than attention, explain that gap. We build DuneSR "
            "from a single repeated block that combines a 13×13 depthwise convolution, decomposed at training time "
            "into parallel small-kernel branches and merged by structural reparameterization at inference, with a "
            "cheap channel gate. On Urban100 (×4), DuneSR achieves 26.71 dB PSNR with 312K parameters and 17.6G "
            "FLOPs for a 1280×720 output, exceeding SPAN (26.18 dB) by 0.53 dB and SwinIR-light by 0.24 dB, while its "
            "SSIM of 0.8043 is the highest among models under 500K parameters. At ×2, DuneSR reaches 38.21/0.9616 on "
            "Set5 and 39.54/0.9790 on Manga109. On an RTX 3090, DuneSR runs in 11.4 ms per 256×256 input, 1.8× "
            "faster than SAFMN. Gains are concentrated on Urban100 and Manga109; on BSD100 the improvement over SPAN "
            "is only 0.05 dB, suggesting that large kernels mainly help where long repeated structures are present."
        ),
        "spans": [
            ("DuneSR", "M"), ("Large-Kernel Convolutions", "M"), ("Efficient Image Super-Resolution", "T"),
            ("Efficient image super-resolution", "T"), ("SR", "T"),
            ("NTIRE 2024 Efficient Super-Resolution Challenge", "D"), ("SPAN", "M"), ("CNN", "M"),
            ("Transformers", "M"), ("SwinIR-light", "M"), ("OmniSR", "M"), ("depthwise convolution", "M"),
            ("structural reparameterization", "M"), ("Urban100", "D"), ("PSNR", "X"),
            ("parameters", "X", {"only": [0]}), ("FLOPs", "X"), ("SSIM", "X"), ("Set5", "D"), ("Manga109", "D"),
            ("SAFMN", "M"), ("BSD100", "D"),
        ],
        "results": [
            ("26.71 dB PSNR", "PSNR", 26.71, "dB", "Urban100", "DuneSR"),
            ("312K parameters", "parameters", 312, "K", "Urban100", "DuneSR"),
            ("17.6G FLOPs", "FLOPs", 17.6, "G", "Urban100", "DuneSR"),
            ("26.18 dB", "PSNR", 26.18, "dB", "Urban100", "SPAN"),
            ("0.53 dB", "PSNR", 0.53, "dB", "Urban100", "DuneSR"),
            ("0.24 dB", "PSNR", 0.24, "dB", "Urban100", "DuneSR"),
            ("SSIM of 0.8043", "SSIM", 0.8043, None, "Urban100", "DuneSR"),
            ("38.21", "PSNR", 38.21, None, "Set5", "DuneSR"),
            ("0.9616", "SSIM", 0.9616, None, "Set5", "DuneSR"),
            ("39.54", "PSNR", 39.54, None, "Manga109", "DuneSR"),
            ("0.9790", "SSIM", 0.979, None, "Manga109", "DuneSR"),
            ("runs in 11.4 ms", "latency", 11.4, "ms", None, "DuneSR"),
            ("1.8× faster", "speed-up", 1.8, "×", None, "DuneSR"),
            ("improvement over SPAN is only 0.05 dB", "improvement", 0.05, "dB", "BSD100", None),
        ],
    },
    {
        "field": "vision",
        "title": "EmberSeg: Boundary-Gated Context Aggregation for Real-Time Semantic Segmentation on Mobile Devices",
        "text": (
            "We present EmberSeg, a family of lightweight networks for real-time semantic segmentation. EmberSeg "
            "pairs a MobileNetV4 backbone with a boundary-gated aggregation head that routes high-resolution edge "
            "features only to the pixels a cheap boundary predictor flags as uncertain (about 12% of pixels in a "
            "typical ADE20K image). On ADE20K, EmberSeg-S reaches 43.7 mIoU with 4.1M parameters and 1.9 GFLOPs at "
            "512×512, compared with 41.3 for SeaFormer-Base and 37.4 for SegFormer-B0; EmberSeg-T reaches 38.9 mIoU "
            "at 0.6 GFLOPs. On Cityscapes val at full 1024×2048 resolution, EmberSeg-S obtains 78.2 mIoU, 2.1 below "
            "PIDNet-M, but at 34% of its FLOPs. Measured on a Snapdragon 8 Gen 3 phone, EmberSeg-S runs at 52 frames "
            "per second for 512×512 inputs; latency is 19.2 ms, 27% lower than SeaFormer-Base. The improvement stems "
            "largely from thin structures: boundary F-score (BF1) rises by 4.6 points on ADE20K. We caution that "
            "boundary gating helps less on Pascal Context, where EmberSeg-S (49.8 mIoU) is within 0.4 points of "
            "SeaFormer-Base, and that all mobile numbers come from a single device and runtime. Numbers are averaged "
            "over 3 training runs."
        ),
        "spans": [
            ("EmberSeg", "M"), ("EmberSeg-S", "M"), ("EmberSeg-T", "M"), ("Semantic Segmentation", "T"),
            ("semantic segmentation", "T"), ("MobileNetV4", "M"), ("ADE20K", "D"), ("mIoU", "X"),
            ("parameters", "X"), ("GFLOPs", "X"), ("FLOPs", "X"), ("SeaFormer-Base", "M"), ("SegFormer-B0", "M"),
            ("Cityscapes val", "D"), ("PIDNet-M", "M"), ("frames per second", "X"), ("latency", "X"),
            ("boundary F-score", "X"), ("BF1", "X"), ("Pascal Context", "D"),
        ],
        "results": [
            ("43.7 mIoU", "mIoU", 43.7, None, "ADE20K", "EmberSeg-S"),
            ("4.1M parameters", "parameters", 4.1, "M", "ADE20K", "EmberSeg-S"),
            ("1.9 GFLOPs", "FLOPs", 1.9, "G", "ADE20K", "EmberSeg-S"),
            ("41.3", "mIoU", 41.3, None, "ADE20K", "SeaFormer-Base"),
            ("37.4", "mIoU", 37.4, None, "ADE20K", "SegFormer-B0"),
            ("38.9 mIoU", "mIoU", 38.9, None, "ADE20K", "EmberSeg-T"),
            ("0.6 GFLOPs", "FLOPs", 0.6, "G", "ADE20K", "EmberSeg-T"),
            ("78.2 mIoU", "mIoU", 78.2, None, "Cityscapes val", "EmberSeg-S"),
            ("2.1 below PIDNet-M", "mIoU", 2.1, None, "Cityscapes val", "EmberSeg-S"),
            ("34% of its FLOPs", "relative FLOPs", 34, "%", "Cityscapes val", "EmberSeg-S"),
            ("52 frames per second", "throughput", 52, "FPS", None, "EmberSeg-S"),
            ("latency is 19.2 ms", "latency", 19.2, "ms", None, "EmberSeg-S"),
            ("27% lower", "latency reduction", 27, "%", None, "EmberSeg-S"),
            ("boundary F-score (BF1) rises by 4.6 points", "boundary F-score", 4.6, "points", "ADE20K", None),
            ("49.8 mIoU", "mIoU", 49.8, None, "Pascal Context", "EmberSeg-S"),
            ("within 0.4 points", "mIoU", 0.4, "points", "Pascal Context", "EmberSeg-S"),
        ],
    },
    {
        "field": "vision",
        "title": "FathomDepth: Teacher-Ensemble Distillation for Compact Zero-Shot Monocular Depth Estimation",
        "text": (
            "Foundation models for monocular depth estimation such as Depth Anything V2 and Marigold generalize "
            "remarkably well, but their ViT-L encoders and multi-step denoising samplers are too slow for robots and "
            "phones. Distilling a single teacher into a small student loses much of that generality, because each "
            "teacher has its own blind spots: discriminative models blur thin structures, generative ones "
            "hallucinate texture as geometry. FathomDepth distils an ensemble of three teachers into a "
            "24M-parameter student. For each unlabeled image, a per-pixel agreement map weighs the teachers, and "
            "pixels where they disagree are supervised only through a scale-and-shift-invariant gradient-matching "
            "loss. The student is trained on 1.5M unlabeled images drawn from SA-1B and Objects365, without any "
            "ground-truth depth. In zero-shot evaluation on five unseen benchmarks (KITTI, NYUv2, ETH3D, DIODE and "
            "Sintel), FathomDepth obtains AbsRel of 0.081, 0.046, 0.061, 0.243 and 0.224, respectively, improving "
            "on Depth Anything V2-Small on all 5 benchmarks and on Depth Anything V2-Large on 2. FathomDepth's δ1 "
            "accuracy averaged over the five is 0.912, 1.4 points short of the Depth Anything V2-Large teacher "
            "(0.926). At 518×518 resolution the student runs at 9.7 ms on a Jetson Orin, 6.3x faster than Depth "
            "Anything V2-Large, with a memory footprint of 0.41 GB."
        ),
        "spans": [
            ("FathomDepth", "M"), ("Teacher-Ensemble Distillation", "M"),
            ("Zero-Shot Monocular Depth Estimation", "T"), ("monocular depth estimation", "T"),
            ("Depth Anything V2", "M"), ("Depth Anything V2-Small", "M"), ("Depth Anything V2-Large", "M"),
            ("Marigold", "M"), ("ViT-L", "M"), ("SA-1B", "D"),
            ("Objects365", "D"), ("KITTI", "D"), ("NYUv2", "D"), ("ETH3D", "D"), ("DIODE", "D"), ("Sintel", "D"),
            ("AbsRel", "X"), ("δ1 accuracy", "X"), ("memory footprint", "X"),
        ],
        "results": [
            ("AbsRel of 0.081", "AbsRel", 0.081, None, "KITTI", "FathomDepth"),
            ("0.046", "AbsRel", 0.046, None, "NYUv2", "FathomDepth"),
            ("0.061", "AbsRel", 0.061, None, "ETH3D", "FathomDepth"),
            ("0.243", "AbsRel", 0.243, None, "DIODE", "FathomDepth"),
            ("0.224", "AbsRel", 0.224, None, "Sintel", "FathomDepth"),
            ("on all 5 benchmarks", "benchmarks improved", 5, None, None, "FathomDepth"),
            ("on 2", "benchmarks improved", 2, None, None, "FathomDepth"),
            ("δ1 accuracy averaged over the five is 0.912", "δ1 accuracy", 0.912, None, None, "FathomDepth"),
            ("1.4 points short", "δ1 accuracy", 1.4, "points", None, "FathomDepth"),
            ("0.926", "δ1 accuracy", 0.926, None, None, "Depth Anything V2-Large"),
            ("runs at 9.7 ms", "latency", 9.7, "ms", None, None),
            ("6.3x faster", "speed-up", 6.3, "×", None, None),
            ("memory footprint of 0.41 GB", "memory footprint", 0.41, "GB", None, None),
        ],
    },
    {
        "field": "vision",
        "title": "Fennel-DETR: Query Denoising Meets One-to-Many Matching for Real-Time End-to-End Object Detection",
        "text": (
            "Real-time DETRs now rival YOLO detectors, but their one-to-one matching yields sparse supervision and "
            "slow convergence. Fennel-DETR adds an auxiliary branch trained with one-to-many matching over a dense "
            "grid of anchor queries, discarded at inference, plus query denoising with layer-wise noise scales. The "
            "decoder keeps 300 queries and needs no NMS; training uses a 72-epoch schedule. On COCO val2017, the S, "
            "M and L variants of Fennel-DETR reach 48.9, 52.6 and 54.8 AP at 2.6, 4.8 and 7.9 ms on a T4 GPU with "
            "TensorRT FP16, respectively. Fennel-DETR-L improves over RT-DETRv2-L (53.4 AP) by 1.4 AP with 31% fewer "
            "parameters, and over YOLOv10-L by 1.3 AP while being 1.25times faster. Training Fennel-DETR-M takes 41 "
            "GPU hours, 38% less than D-FINE-M. Small-object AP (APS) rises from 31.7 to 35.0. After Objects365 "
            "pre-training, Fennel-DETR-L reaches 57.1 AP on COCO val2017 (+2.3). Against YOLO11 at matched latency, "
            "Fennel-DETR is more accurate at all 3 model scales."
        ),
        "spans": [
            ("Fennel-DETR", "M"), ("Fennel-DETR-L", "M"), ("Fennel-DETR-M", "M"), ("Query Denoising", "M"),
            ("query denoising", "M"), ("One-to-Many Matching", "M"), ("one-to-many matching", "M"),
            ("Object Detection", "T"), ("DETRs", "M"), ("YOLO", "M"), ("one-to-one matching", "M"), ("NMS", "M"),
            ("COCO val2017", "D"), ("AP", "X"), ("RT-DETRv2-L", "M"), ("parameters", "X"), ("YOLOv10-L", "M"),
            ("D-FINE-M", "M"), ("Small-object AP", "X"), ("APS", "X"), ("Objects365", "D"), ("YOLO11", "M"),
            ("latency", "X"),
        ],
        "results": [
            ("48.9", "AP", 48.9, None, "COCO val2017", "Fennel-DETR"),
            ("52.6", "AP", 52.6, None, "COCO val2017", "Fennel-DETR"),
            ("54.8 AP", "AP", 54.8, None, "COCO val2017", "Fennel-DETR"),
            ("2.6", "latency", 2.6, "ms", "COCO val2017", "Fennel-DETR", {"occ": 1}),
            ("4.8", "latency", 4.8, "ms", "COCO val2017", "Fennel-DETR"),
            ("7.9 ms", "latency", 7.9, "ms", "COCO val2017", "Fennel-DETR"),
            ("53.4 AP", "AP", 53.4, None, None, "RT-DETRv2-L"),
            ("by 1.4 AP", "AP", 1.4, None, None, "Fennel-DETR-L"),
            ("31% fewer parameters", "parameter reduction", 31, "%", None, "Fennel-DETR-L"),
            ("by 1.3 AP", "AP", 1.3, None, None, "Fennel-DETR-L"),
            ("1.25times faster", "speed-up", 1.25, "×", None, "Fennel-DETR-L"),
            ("takes 41 GPU hours", "training time", 41, "GPU hours", None, "Fennel-DETR-M"),
            ("38% less", "training time reduction", 38, "%", None, "Fennel-DETR-M"),
            ("Small-object AP (APS) rises from 31.7 to 35.0", "small-object AP", 35.0, None, None, None),
            ("57.1 AP", "AP", 57.1, None, "COCO val2017", "Fennel-DETR-L"),
            ("+2.3", "AP", 2.3, None, "COCO val2017", "Fennel-DETR-L"),
            ("all 3 model scales", "model scales won", 3, None, None, "Fennel-DETR"),
        ],
    },
]
