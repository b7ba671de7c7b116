"""dev7 records: image-restoration (5) and vision-compression (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Pallidrake", "Mistveil", "Duskwell", "Stillwake", "Cobbleshade",
          "Sparrowcut", "Flintquant", "Heronmerge", "Tamberlight", "Kestrelnet"]

RECS = [
    # ------------------------------------------------------------ image-restoration
    {
        "field": "image-restoration",
        "title": "Pallidrake: Re-parameterized Large-Kernel Distillation Blocks for Efficient Image Super-Resolution",
        "text": (
            "Efficient image super-resolution (ESR) aims to reconstruct high-resolution images from low-resolution "
            "inputs under tight budgets of parameters, FLOPs and latency. Recent lightweight networks such as SPAN, "
            "RLFN and SAFMN cut computation with attention-free designs, yet their receptive fields stay small and "
            "their runtime is often bounded by memory access rather than arithmetic. We propose Pallidrake, a compact "
            "SR network built from re-parameterizable large-kernel distillation blocks (RLDB). During training, each "
            "RLDB combines a 13×13 depth-wise branch with parallel 3×3 and 1×1 paths; at inference all branches are "
            "merged into a single convolution, so the deployed model contains only plain convolutions and "
            "activations. Pallidrake is trained in two stages on DIV2K and LSDIR, first with an L1 loss and then "
            "with an MSE loss at a learning rate of 2×10^-4. For ×4 upscaling, Pallidrake reaches 26.61 dB PSNR on "
            "Urban100 and 32.41 dB on Set5 with only 212K parameters and 11.8G FLOPs for a 1280×720 output. "
            "Compared with SPAN, Pallidrake gains 0.12 dB PSNR on Urban100 while running in 7.9 ms per image on an "
            "RTX 4090, 21% faster. On Manga109 the margin over SAFMN reaches 0.31 dB PSNR and 0.0046 SSIM. A variant "
            "of Pallidrake ranked first in runtime in the NTIRE 2025 Efficient Super-Resolution Challenge, with an "
            "average runtime of 17.2 ms on the validation set, 1.9times lower than the challenge baseline."
        ),
        "spans": [
            ("Pallidrake", "M"), ("Re-parameterized Large-Kernel Distillation Blocks", "M"),
            ("Efficient Image Super-Resolution", "T"), ("Efficient image super-resolution", "T"), ("ESR", "T"),
            ("FLOPs", "X"), ("latency", "X"), ("SPAN", "M"), ("RLFN", "M"), ("SAFMN", "M"),
            ("runtime", "X"), ("average runtime", "X"), ("SR", "T"),
            ("re-parameterizable large-kernel distillation blocks", "M"), ("RLDB", "M"),
            ("DIV2K", "D"), ("LSDIR", "D"), ("Urban100", "D"), ("Set5", "D"), ("PSNR", "X"),
            ("Manga109", "D"), ("SSIM", "X"), ("NTIRE 2025 Efficient Super-Resolution Challenge", "D"),
        ],
        "results": [
            ("26.61 dB PSNR on Urban100", "PSNR", 26.61, "dB", "Urban100", "Pallidrake"),
            ("32.41 dB on Set5", "PSNR", 32.41, "dB", "Set5", "Pallidrake"),
            ("11.8G FLOPs", "FLOPs", 11.8, "G", None, "Pallidrake"),
            ("gains 0.12 dB PSNR", "PSNR", 0.12, "dB", "Urban100", "Pallidrake"),
            ("running in 7.9 ms", "latency", 7.9, "ms", None, "Pallidrake"),
            ("21% faster", "speed-up", 21, "%", None, "Pallidrake"),
            ("0.31 dB PSNR", "PSNR", 0.31, "dB", "Manga109", None),
            ("0.0046 SSIM", "SSIM", 0.0046, None, "Manga109", None),
            ("average runtime of 17.2 ms", "average runtime", 17.2, "ms",
             "NTIRE 2025 Efficient Super-Resolution Challenge", "Pallidrake"),
            ("1.9times lower", "average runtime reduction", 1.9, "×",
             "NTIRE 2025 Efficient Super-Resolution Challenge", "Pallidrake"),
        ],
    },    {
        "field": "image-restoration",
        "title": "Mistveil: Frequency-Decoupled State Space Models for Single Image Deraining",
        "text": (
            "Single image deraining aims to remove rain streaks and rain accumulation while preserving background "
            "texture. Transformer-based restorers such as Restormer and DRSformer capture long-range dependencies but "
            "scale quadratically with resolution, whereas recent Mamba-based designs scan pixels in fixed orders that "
            "ignore the strongly oriented structure of rain. We present Mistveil, a deraining network that splits "
            "each feature map into low- and high-frequency bands with a learnable wavelet transform and processes the "
            "high-frequency band with a direction-aware selective scan aligned to the dominant streak orientation; a "
            "lightweight gating unit then fuses the two bands. Mistveil is trained on Rain13K, which contains 13,712 "
            "image pairs, and evaluated on Rain100H, Rain100L, Test100, Test1200 and Test2800. Across these five test "
            "sets, Mistveil attains an average PSNR of 33.87 ± 0.05 dB over three training runs, 0.52 dB above "
            "DRSformer and 0.94 dB above Restormer, with 41% fewer FLOPs than DRSformer. On the heavy-rain Rain100H "
            "set, it improves PSNR from 31.46 dB to 32.28 dB and SSIM from 0.903 to 0.914. On the real-world "
            "SPA-Data benchmark, Mistveil reaches 49.62 dB PSNR and 0.9931 SSIM. Inference on a 512×512 image takes "
            "46 ms on one A100 GPU, 2.3× faster than DRSformer. Ablations attribute 0.38 dB of the gain to the "
            "direction-aware scan alone."
        ),
        "spans": [
            ("Mistveil", "M"), ("State Space Models", "M"), ("Single Image Deraining", "T"),
            ("Single image deraining", "T"), ("deraining", "T"), ("Transformer", "M"), ("Restormer", "M"),
            ("DRSformer", "M"), ("Mamba", "M"), ("wavelet transform", "M"), ("selective scan", "M"),
            ("Rain13K", "D"), ("Rain100H", "D"), ("Rain100L", "D"), ("Test100", "D"), ("Test1200", "D"),
            ("Test2800", "D"), ("average PSNR", "X"), ("PSNR", "X"), ("SSIM", "X"), ("FLOPs", "X"),
            ("SPA-Data", "D"),
        ],
        "results": [
            ("average PSNR of 33.87 ± 0.05 dB", "average PSNR", 33.87, "dB", None, "Mistveil"),
            ("0.52 dB above DRSformer", "average PSNR", 0.52, "dB", None, "Mistveil"),
            ("0.94 dB above Restormer", "average PSNR", 0.94, "dB", None, "Mistveil"),
            ("41% fewer FLOPs", "FLOPs reduction", 41, "%", None, "Mistveil"),
            ("PSNR from 31.46 dB to 32.28 dB", "PSNR", 32.28, "dB", "Rain100H", None),
            ("SSIM from 0.903 to 0.914", "SSIM", 0.914, None, "Rain100H", None),
            ("49.62 dB PSNR", "PSNR", 49.62, "dB", "SPA-Data", "Mistveil"),
            ("0.9931 SSIM", "SSIM", 0.9931, None, "SPA-Data", "Mistveil"),
            ("Inference on a 512×512 image takes 46 ms", "inference time", 46, "ms", None, None),
            ("2.3× faster", "speed-up", 2.3, "×", None, None),
            ("0.38 dB of the gain", "improvement", 0.38, "dB", None, None),
        ],
    },
    {
        "field": "image-restoration",
        "title": "Duskwell: Retinex-Guided Flow Matching for One-Step Low-Light Image Enhancement",
        "text": (
            "Low-light image enhancement (LLIE) must brighten dark scenes without amplifying noise or shifting "
            "colours. Diffusion-based enhancers such as GSAD and Diff-Retinex produce natural results but require "
            "dozens of sampling steps, while single-pass networks like Retinexformer tend to over-smooth fine "
            "textures. We propose Duskwell, which casts LLIE as flow matching between low-light and normal-light "
            "image distributions in the latent space of a pretrained variational autoencoder (VAE), with a Retinex "
            "decomposition supplying the illumination map as a condition. A rectified-flow distillation stage then "
            "straightens the learned trajectories, so that a single Euler step suffices at test time. On LOL-v1, "
            "Duskwell achieves 25.91 dB PSNR, 0.871 SSIM and 0.082 LPIPS; on LOL-v2-real and LOL-v2-synthetic it "
            "obtains 24.37 dB and 27.05 dB PSNR, respectively. Relative to GSAD, LPIPS on LOL-v1 is reduced by 23%, "
            "and inference is 14.6× faster, since a single network evaluation replaces ten. On the unpaired DICM, "
            "LIME, MEF, NPE and VV sets, Duskwell attains the lowest NIQE on 4 of the 5 sets, with a mean NIQE of "
            "3.42 compared with 3.71 for Retinexformer. The full model has 18.3M parameters and processes a 600×400 "
            "image in 38 ms on an RTX 3090. In a user study with 24 participants, Duskwell's outputs were preferred "
            "over those of GSAD in 68% of pairwise comparisons."
        ),
        "spans": [
            ("Duskwell", "M"), ("Retinex", "M"), ("Retinex decomposition", "M"), ("Flow Matching", "M"),
            ("flow matching", "M"), ("Low-Light Image Enhancement", "T"), ("Low-light image enhancement", "T"),
            ("LLIE", "T"), ("Diffusion", "M"), ("GSAD", "M"), ("Diff-Retinex", "M"), ("Retinexformer", "M"),
            ("variational autoencoder", "M"), ("VAE", "M"), ("rectified-flow distillation", "M"),
            ("LOL-v1", "D"), ("LOL-v2-real", "D"), ("LOL-v2-synthetic", "D"), ("PSNR", "X"), ("SSIM", "X"),
            ("LPIPS", "X"), ("DICM", "D"), ("LIME", "D"), ("MEF", "D"), ("NPE", "D"), ("VV", "D"),
            ("NIQE", "X"), ("mean NIQE", "X"),
        ],
        "results": [
            ("25.91 dB PSNR", "PSNR", 25.91, "dB", "LOL-v1", "Duskwell"),
            ("0.871 SSIM", "SSIM", 0.871, None, "LOL-v1", "Duskwell"),
            ("0.082 LPIPS", "LPIPS", 0.082, None, "LOL-v1", "Duskwell"),
            ("24.37 dB", "PSNR", 24.37, "dB", "LOL-v2-real", "Duskwell"),
            ("27.05 dB PSNR", "PSNR", 27.05, "dB", "LOL-v2-synthetic", "Duskwell"),
            ("LPIPS on LOL-v1 is reduced by 23%", "LPIPS reduction", 23, "%", "LOL-v1", None),
            ("14.6× faster", "inference speed-up", 14.6, "×", None, None),
            ("lowest NIQE on 4 of the 5 sets", "sets ranked first", 4, None, None, "Duskwell"),
            ("mean NIQE of 3.42", "mean NIQE", 3.42, None, None, "Duskwell"),
            ("3.71 for Retinexformer", "mean NIQE", 3.71, None, None, "Retinexformer"),
            ("processes a 600×400 image in 38 ms", "latency", 38, "ms", None, None),
            ("68% of pairwise comparisons", "win rate", 68, "%", None, "Duskwell"),
        ],
    },
    {
        "field": "image-restoration",
        "title": "Stillwake: Blur-Aware Sparse Attention Makes Motion Deblurring Transformers 2.1× Faster",
        "text": (
            "Dynamic scene deblurring requires modelling large, spatially varying motion, which has made Transformer "
            "restorers such as Restormer, Stripformer and FFTformer the state of the art on standard benchmarks. "
            "Their global or window attention, however, spends as much computation on sharp regions as on heavily "
            "blurred ones. We introduce Stillwake, a deblurring Transformer that first predicts a coarse "
            "blur-magnitude map and then routes only the 25% most blurred tokens of each window to a sparse "
            "attention branch, while the remaining tokens pass through a cheap depth-wise convolution. Trained on "
            "the GoPro training split of 2,103 blurry-sharp pairs for 600K iterations, Stillwake reaches 34.21 dB "
            "PSNR and 0.969 SSIM on the GoPro test set, within 0.04 dB of FFTformer, while requiring 2.1× fewer MACs. "
            "On HIDE, Stillwake obtains 31.89 dB PSNR without fine-tuning, surpassing Stripformer by 0.86 dB. On the "
            "real-world RealBlur-J and RealBlur-R benchmarks, it achieves 32.94 dB and 40.12 dB PSNR, respectively. "
            "Measured on 1280×720 frames on an A100 GPU, Stillwake's latency drops from 412 ms for FFTformer to "
            "196 ms, and its peak memory falls by 37%. We further show that the blur-magnitude map alone, without "
            "any sparse routing, improves Restormer by 0.29 dB on GoPro."
        ),
        "spans": [
            ("Stillwake", "M"), ("Sparse Attention", "M"), ("sparse attention", "M"), ("Motion Deblurring", "T"),
            ("Transformers", "M"), ("Transformer", "M"), ("Dynamic scene deblurring", "T"), ("deblurring", "T"),
            ("Restormer", "M"), ("Stripformer", "M"), ("FFTformer", "M"), ("window attention", "M"),
            ("depth-wise convolution", "M"), ("GoPro", "D"), ("PSNR", "X"), ("SSIM", "X"), ("MACs", "X"),
            ("HIDE", "D"), ("RealBlur-J", "D"), ("RealBlur-R", "D"), ("latency", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("34.21 dB PSNR", "PSNR", 34.21, "dB", "GoPro", "Stillwake"),
            ("0.969 SSIM", "SSIM", 0.969, None, "GoPro", "Stillwake"),
            ("within 0.04 dB of FFTformer", "PSNR", 0.04, "dB", "GoPro", "Stillwake"),
            ("2.1× fewer MACs", "MACs reduction", 2.1, "×", "GoPro", "Stillwake"),
            ("31.89 dB PSNR", "PSNR", 31.89, "dB", "HIDE", "Stillwake"),
            ("surpassing Stripformer by 0.86 dB", "PSNR", 0.86, "dB", "HIDE", "Stillwake"),
            ("32.94 dB", "PSNR", 32.94, "dB", "RealBlur-J", None),
            ("40.12 dB PSNR", "PSNR", 40.12, "dB", "RealBlur-R", None),
            ("latency drops from 412 ms", "latency", 412, "ms", None, "FFTformer"),
            ("196 ms", "latency", 196, "ms", None, "Stillwake"),
            ("peak memory falls by 37%", "peak memory reduction", 37, "%", None, "Stillwake"),
            ("improves Restormer by 0.29 dB on GoPro", "improvement", 0.29, "dB", "GoPro", "Restormer"),
        ],
        "title_results": [
            ("2.1× Faster", "speed-up", 2.1, "×", None, "Stillwake"),
        ],
    },
    {
        "field": "image-restoration",
        "title": "Cobbleshade: Degradation-Aware Mixture of Experts for All-in-One Image Restoration",
        "text": (
            "All-in-one image restoration seeks a single model that handles noise, rain, haze, blur and low light "
            "without knowing which degradation is present. Prompt-based methods such as PromptIR and InstructIR "
            "condition a shared backbone on learned degradation prompts, but the backbone's capacity is fixed and "
            "tasks compete for it as their number grows. We propose Cobbleshade, which replaces the feed-forward "
            "layers of a Restormer-style backbone with a mixture of experts whose router is guided by CLIP image "
            "embeddings of the degraded input. Only 2 of 16 experts are active per token, so compute stays close to "
            "that of a dense model. In the three-degradation setting (denoising on BSD68 at σ = 25, deraining on "
            "Rain100L and dehazing on SOTS), Cobbleshade improves average PSNR by 1.12 dB over PromptIR. In the "
            "harder five-degradation setting, which adds deblurring on GoPro and low-light enhancement on LOL, it "
            "reaches 31.08 dB/0.914 in average PSNR/SSIM, versus 29.71 dB for InstructIR and 29.12 dB for AirNet. "
            "Gains are largest on low-light inputs, where PSNR on LOL rises from 22.89 dB for PromptIR to 25.43 dB. "
            "Cobbleshade has 12% more parameters than PromptIR yet keeps FLOPs nearly unchanged (158G vs. 153G at "
            "224×224 input), and it generalises to unseen mixed degradations on CDD-11, outperforming OneRestore on "
            "9 of the 11 degradation combinations. Code and models will be made public."
        ),
        "spans": [
            ("Cobbleshade", "M"), ("Mixture of Experts", "M"), ("mixture of experts", "M"),
            ("All-in-One Image Restoration", "T"), ("All-in-one image restoration", "T"), ("PromptIR", "M"),
            ("InstructIR", "M"), ("AirNet", "M"), ("OneRestore", "M"), ("Restormer", "M"), ("CLIP", "M"),
            ("denoising", "T"), ("deraining", "T"), ("dehazing", "T"), ("deblurring", "T"),
            ("low-light enhancement", "T"), ("BSD68", "D"), ("Rain100L", "D"), ("SOTS", "D"), ("GoPro", "D"),
            ("LOL", "D"), ("CDD-11", "D"), ("average PSNR", "X"), ("PSNR", "X"), ("SSIM", "X"), ("FLOPs", "X"),
        ],
        "results": [
            ("average PSNR by 1.12 dB", "average PSNR", 1.12, "dB", None, "Cobbleshade"),
            ("31.08 dB", "average PSNR", 31.08, "dB", None, None),
            ("0.914", "average SSIM", 0.914, None, None, None),
            ("29.71 dB for InstructIR", "average PSNR", 29.71, "dB", None, "InstructIR"),
            ("29.12 dB for AirNet", "average PSNR", 29.12, "dB", None, "AirNet"),
            ("22.89 dB for PromptIR", "PSNR", 22.89, "dB", "LOL", "PromptIR"),
            ("25.43 dB", "PSNR", 25.43, "dB", "LOL", None),
            ("12% more parameters", "parameters", 12, "%", None, "Cobbleshade"),
            ("158G", "FLOPs", 158, "G", None, "Cobbleshade"),
            ("153G", "FLOPs", 153, "G", None, "PromptIR"),
            ("9 of the 11 degradation combinations", "degradation combinations won", 9, None, "CDD-11",
             "Cobbleshade"),
        ],
    },
    # ------------------------------------------------------------ vision-compression
    {
        "field": "vision-compression",
        "title": "Sparrowcut: Hessian-Aware Structured Pruning of Vision Transformers in One GPU Hour",
        "text": (
            "Vision Transformers (ViTs) deliver strong accuracy on image classification and dense prediction, but "
            "their cost hinders deployment on edge devices. Structured pruning can remove whole heads, channels and "
            "blocks, yet most ViT pruning methods, such as ViT-Slim and NViT, require hundreds of epochs of "
            "retraining on ImageNet-1K. We present Sparrowcut, a post-training structured pruning framework that "
            "scores attention heads and MLP channels with a block-wise Hessian approximation computed from 1,024 "
            "calibration images, and then reconstructs the remaining weights layer by layer with a closed-form "
            "least-squares update. Pruning DeiT-B takes 52 minutes on a single A100. On ImageNet-1K, Sparrowcut "
            "removes 50% of the FLOPs of DeiT-B while retaining 98.0% of the dense model's top-1 accuracy (80.2% vs. "
            "81.8%) without any retraining. With a 30-epoch fine-tuning budget, the pruned DeiT-B reaches 81.5% "
            "top-1, matching NViT at 4.2× lower training cost. On Swin-T, Sparrowcut accelerates inference by 1.63× "
            "on an RTX 3090 and 1.48× on a Jetson Orin, with a top-1 accuracy drop of 0.71%. Pruned Swin-T backbones "
            "transfer to COCO with Mask R-CNN, losing 0.9 box AP and 0.6 mask AP relative to the unpruned model, and "
            "to ADE20K with UperNet, where mIoU falls from 44.5 to 43.8. Compared with DepGraph without fine-tuning, "
            "Sparrowcut yields 3.1% higher top-1 accuracy at the same 40% FLOPs reduction."
        ),
        "spans": [
            ("Sparrowcut", "M"), ("Structured Pruning", "M"), ("Structured pruning", "M"),
            ("post-training structured pruning", "M"), ("pruning", "M"), ("Vision Transformers", "M"),
            ("ViTs", "M"), ("ViT", "M"), ("accuracy", "X"), ("image classification", "T"),
            ("dense prediction", "T"), ("ViT-Slim", "M"), ("NViT", "M"), ("ImageNet-1K", "D"), ("MLP", "M"),
            ("DeiT-B", "M"), ("FLOPs", "X"), ("top-1 accuracy", "X"), ("top-1", "X"), ("Swin-T", "M"),
            ("COCO", "D"), ("Mask R-CNN", "M"), ("box AP", "X"), ("mask AP", "X"), ("ADE20K", "D"),
            ("UperNet", "M"), ("mIoU", "X"), ("DepGraph", "M"),
        ],
        "results": [
            ("Pruning DeiT-B takes 52 minutes", "pruning time", 52, "min", None, "DeiT-B"),
            ("removes 50% of the FLOPs", "FLOPs reduction", 50, "%", "ImageNet-1K", "Sparrowcut"),
            ("98.0% of the dense model's top-1 accuracy", "relative top-1 accuracy", 98.0, "%", "ImageNet-1K",
             "Sparrowcut"),
            ("80.2%", "top-1 accuracy", 80.2, "%", "ImageNet-1K", "Sparrowcut"),
            ("81.8%", "top-1 accuracy", 81.8, "%", "ImageNet-1K", "DeiT-B"),
            ("81.5% top-1", "top-1 accuracy", 81.5, "%", None, "DeiT-B"),
            ("4.2× lower training cost", "training cost reduction", 4.2, "×", None, "DeiT-B"),
            ("accelerates inference by 1.63×", "inference speed-up", 1.63, "×", None, "Sparrowcut"),
            ("1.48×", "inference speed-up", 1.48, "×", None, "Sparrowcut"),
            ("top-1 accuracy drop of 0.71%", "top-1 accuracy", 0.71, "%", None, "Sparrowcut"),
            ("0.9 box AP", "box AP", 0.9, None, "COCO", "Swin-T"),
            ("0.6 mask AP", "mask AP", 0.6, None, "COCO", "Swin-T"),
            ("mIoU falls from 44.5 to 43.8", "mIoU", 43.8, None, "ADE20K", "Swin-T"),
            ("3.1% higher top-1 accuracy", "top-1 accuracy", 3.1, "%", None, "Sparrowcut"),
        ],
    },
    {
        "field": "vision-compression",
        "title": "Flintquant: Learned Rotations and Log-Domain Attention Quantizers for 4-Bit Post-Training "
                 "Quantization of Vision Transformers",
        "text": (
            "Post-training quantization (PTQ) compresses a pretrained network using only a small calibration set, "
            "but vision transformers are notoriously hard to quantize below 8 bits: post-softmax attention maps "
            "follow power-law distributions, and post-LayerNorm activations contain channel-wise outliers spanning "
            "several orders of magnitude. We present Flintquant, a PTQ method that applies learned, "
            "Hadamard-initialised rotations to the inputs of every linear layer, spreading outliers across "
            "channels, and pairs them with a log2 quantizer for attention probabilities whose base is searched per "
            "head. Rotations are fused into adjacent weights, so inference uses standard integer kernels. "
            "Calibrating with 128 unlabelled ImageNet images, Flintquant quantizes the weights and activations of "
            "ViT-B, DeiT-S, DeiT-B and Swin-S to 4 bits (W4/A4) and achieves top-1 accuracies of 75.3%, 69.8%, "
            "77.1% and 80.6%, respectively. These figures exceed RepQ-ViT by 10.2, 6.4, 3.8 and 7.9 points and ERQ "
            "by 2.1 to 4.6 points. At W6/A6, the accuracy of DeiT-B is within 0.3 points of full precision. On COCO "
            "object detection with Mask R-CNN and Cascade Mask R-CNN using Swin-T and Swin-S backbones, 4-bit "
            "Flintquant reaches 40.9 box AP on average (+3.7 over RepQ-ViT) and 36.8 mask AP. On an RTX 4090 with "
            "INT4 kernels, the quantized DeiT-B processes 3,950 images per second, a 2.6× throughput gain over FP16, "
            "and occupies 7.8× less weight memory. Calibration finishes in under 6 minutes."
        ),
        "spans": [
            ("Flintquant", "M"), ("Post-Training Quantization", "M"), ("Post-training quantization", "M"),
            ("PTQ", "M"), ("Vision Transformers", "M"), ("vision transformers", "M"), ("LayerNorm", "M"),
            ("log2 quantizer", "M"), ("ImageNet", "D"), ("ViT-B", "M"), ("DeiT-S", "M"), ("DeiT-B", "M"),
            ("Swin-S", "M"), ("Swin-T", "M"), ("top-1 accuracies", "X"), ("RepQ-ViT", "M"), ("ERQ", "M"),
            ("accuracy", "X"), ("COCO", "D"), ("object detection", "T"), ("Mask R-CNN", "M"),
            ("Cascade Mask R-CNN", "M"), ("box AP", "X"), ("mask AP", "X"), ("images per second", "X"),
            ("throughput", "X"), ("weight memory", "X"),
        ],
        "results": [
            ("top-1 accuracies of 75.3%", "top-1 accuracy", 75.3, "%", "ImageNet", "Flintquant"),
            ("69.8%", "top-1 accuracy", 69.8, "%", "ImageNet", "Flintquant"),
            ("77.1%", "top-1 accuracy", 77.1, "%", "ImageNet", "Flintquant"),
            ("80.6%", "top-1 accuracy", 80.6, "%", "ImageNet", "Flintquant"),
            ("exceed RepQ-ViT by 10.2", "improvement", 10.2, "points", None, None),
            ("6.4", "improvement", 6.4, "points", None, None),
            ("3.8", "improvement", 3.8, "points", None, None),
            ("7.9 points", "improvement", 7.9, "points", None, None),
            ("ERQ by 2.1 to 4.6 points", "improvement", 4.6, "points", None, None, {"low": 2.1}),
            ("within 0.3 points", "accuracy", 0.3, "points", None, "DeiT-B"),
            ("40.9 box AP", "box AP", 40.9, None, "COCO", "Flintquant"),
            ("+3.7 over RepQ-ViT", "box AP", 3.7, None, "COCO", "Flintquant"),
            ("36.8 mask AP", "mask AP", 36.8, None, "COCO", "Flintquant"),
            ("3,950 images per second", "throughput", 3950, "images/s", None, "DeiT-B"),
            ("2.6× throughput gain", "throughput", 2.6, "×", None, "DeiT-B"),
            ("7.8× less weight memory", "weight memory reduction", 7.8, "×", None, "DeiT-B"),
            ("Calibration finishes in under 6 minutes", "calibration time", 6, "min", None, None),
        ],
    },
    {
        "field": "vision-compression",
        "title": "Heronmerge: Training-Free Token Merging via Spectral Bipartite Matching for Classification and "
                 "Dense Prediction",
        "text": (
            "Token reduction accelerates Vision Transformers by shrinking the sequence that attention operates on. "
            "Pruning approaches such as EViT and DynamicViT discard inattentive tokens and lose information, while "
            "token merging approaches such as ToMe average similar tokens but pick merge pairs greedily from a "
            "single layer's keys, which blurs object boundaries in dense tasks. We propose Heronmerge, a "
            "training-free plug-in that selects merge pairs by bipartite matching on a spectral embedding of the "
            "token affinity graph and unmerges tokens before the decoder, so one module serves classification and "
            "segmentation alike. Applied off the shelf to DeiT-S, Heronmerge reduces FLOPs from 4.6G to 2.9G, while "
            "top-1 accuracy on ImageNet-1K decreases by only 0.4%, compared with a 1.1% decrease for ToMe at the "
            "same FLOPs. On ViT-L/16 pretrained with MAE, Heronmerge yields a 1.87× throughput increase at 85.1% "
            "top-1 accuracy. For semantic segmentation, it speeds up Segmenter with a ViT-B backbone by 1.54× on "
            "ADE20K and by 1.49× on Cityscapes, with mIoU drops of 0.3 and 0.5, respectively. When combined with SAM "
            "for zero-shot instance segmentation on COCO, it reduces image encoder latency by 38% at a cost of "
            "0.6 AP. Across 14 backbone–task pairs, Heronmerge gives the best accuracy–speed trade-off in 12. "
            "Matching adds 0.8 ms of overhead per image at 224×224 resolution, and we merge r = 16 tokens per layer "
            "by default."
        ),
        "spans": [
            ("Heronmerge", "M"), ("Token Merging", "M"), ("token merging", "M"), ("Bipartite Matching", "M"),
            ("bipartite matching", "M"), ("Classification", "T"), ("Dense Prediction", "T"),
            ("Token reduction", "M"), ("Vision Transformers", "M"), ("Pruning", "M"), ("EViT", "M"),
            ("DynamicViT", "M"), ("ToMe", "M"), ("spectral embedding", "M"), ("classification", "T"),
            ("segmentation", "T"), ("DeiT-S", "M"), ("FLOPs", "X"), ("top-1 accuracy", "X"),
            ("ImageNet-1K", "D"), ("ViT-L/16", "M"), ("MAE", "M"), ("throughput", "X"),
            ("semantic segmentation", "T"), ("Segmenter", "M"), ("ViT-B", "M"), ("ADE20K", "D"),
            ("Cityscapes", "D"), ("mIoU", "X"), ("SAM", "M"), ("zero-shot instance segmentation", "T"),
            ("COCO", "D"), ("latency", "X"), ("AP", "X"),
        ],
        "results": [
            ("FLOPs from 4.6G to 2.9G", "FLOPs", 2.9, "G", None, "Heronmerge"),
            ("top-1 accuracy on ImageNet-1K decreases by only 0.4%", "top-1 accuracy", 0.4, "%", "ImageNet-1K",
             "Heronmerge"),
            ("1.1% decrease", "top-1 accuracy", 1.1, "%", "ImageNet-1K", "ToMe"),
            ("1.87× throughput increase", "throughput", 1.87, "×", None, "Heronmerge"),
            ("85.1% top-1 accuracy", "top-1 accuracy", 85.1, "%", None, "Heronmerge"),
            ("speeds up Segmenter with a ViT-B backbone by 1.54×", "speed-up", 1.54, "×", "ADE20K", "Segmenter"),
            ("1.49× on Cityscapes", "speed-up", 1.49, "×", "Cityscapes", "Segmenter"),
            ("mIoU drops of 0.3", "mIoU", 0.3, None, "ADE20K", "Segmenter"),
            ("0.5", "mIoU", 0.5, None, "Cityscapes", "Segmenter"),
            ("image encoder latency by 38%", "image encoder latency reduction", 38, "%", "COCO", "SAM"),
            ("0.6 AP", "AP", 0.6, None, "COCO", "SAM"),
            ("best accuracy–speed trade-off in 12", "backbone–task pairs ranked first", 12, None, None,
             "Heronmerge"),
            ("Matching adds 0.8 ms", "matching time", 0.8, "ms", None, None),
        ],
    },
    {
        "field": "vision-compression",
        "title": "Tamberlight: Query-Aligned Knowledge Distillation for Compact DETR Detectors",
        "text": (
            "Knowledge distillation (KD) is a standard route to compact object detectors, but feature-imitation "
            "schemes designed for CNN detectors, such as FGD and PKD, transfer poorly to DETR-style models, whose "
            "predictions come from a set of object queries rather than dense anchors. Because teacher and student "
            "queries are matched to objects independently, naive logit distillation pairs unrelated predictions. We "
            "present Tamberlight, a distillation framework for object detection that aligns teacher and student "
            "queries through a shared Hungarian matching, distils both the decoder attention maps and the box "
            "distributions of aligned queries, and adds a denoising-query branch that exposes the student to the "
            "teacher's behaviour around ground-truth boxes. On COCO val2017, Tamberlight raises the AP of a "
            "ResNet-18 DINO student from 44.1 to 48.7 with a Swin-L DINO teacher, surpassing the previous best DETR "
            "distillation method, D3ETR, by 1.6 AP. With a ResNet-50 Deformable DETR student, AP improves by +3.2 "
            "(from 46.2 to 49.4) and small-object AP by 4.1. The distilled ResNet-18 DINO runs at 43 FPS on a V100, "
            "2.4× faster than its ResNet-50 counterpart at 49.0 AP. Tamberlight also transfers to real-time "
            "detectors: RT-DETR-R18 gains 1.9 AP on COCO and 2.3 AP on Objects365 after 72 training epochs. "
            "Distillation adds about 18% to training time, far less than the 40% reported for D3ETR, and the "
            "student needs no architectural change at inference."
        ),
        "spans": [
            ("Tamberlight", "M"), ("Knowledge Distillation", "M"), ("Knowledge distillation", "M"), ("KD", "M"),
            ("DETR", "M"), ("CNN", "M"), ("FGD", "M"), ("PKD", "M"), ("logit distillation", "M"),
            ("distillation", "M"), ("Distillation", "M"), ("object detection", "T"), ("Hungarian matching", "M"),
            ("COCO val2017", "D"), ("COCO", "D"), ("AP", "X"), ("small-object AP", "X"), ("ResNet-18", "M"),
            ("ResNet-50", "M"), ("DINO", "M"), ("Swin-L", "M"), ("D3ETR", "M"), ("Deformable DETR", "M"),
            ("FPS", "X"), ("RT-DETR-R18", "M"), ("Objects365", "D"), ("training time", "X"),
        ],
        "results": [
            ("AP of a ResNet-18 DINO student from 44.1 to 48.7", "AP", 48.7, None, "COCO val2017", "Tamberlight"),
            ("by 1.6 AP", "AP", 1.6, None, "COCO val2017", "Tamberlight"),
            ("AP improves by +3.2", "AP", 3.2, None, None, "Deformable DETR"),
            ("from 46.2 to 49.4", "AP", 49.4, None, None, "Deformable DETR"),
            ("small-object AP by 4.1", "small-object AP", 4.1, None, None, "Deformable DETR"),
            ("43 FPS", "FPS", 43, None, None, "DINO"),
            ("2.4× faster", "speed-up", 2.4, "×", None, "DINO"),
            ("49.0 AP", "AP", 49.0, None, None, "ResNet-50"),
            ("1.9 AP on COCO", "AP", 1.9, None, "COCO", "RT-DETR-R18"),
            ("2.3 AP on Objects365", "AP", 2.3, None, "Objects365", "RT-DETR-R18"),
            ("adds about 18% to training time", "training time", 18, "%", None, None),
            ("40%", "training time", 40, "%", None, "D3ETR"),
        ],
    },
    {
        "field": "vision-compression",
        "title": "Kestrelnet: A Hardware-Friendly Hybrid Backbone Reaching 81.9% ImageNet Top-1 at 1.1 ms on iPhone",
        "text": (
            "Mobile vision backbones must balance accuracy against on-device latency, yet FLOPs and parameter counts "
            "are poor proxies for the speed actually observed on phones. We introduce Kestrelnet, a family of hybrid "
            "networks that combine re-parameterized inverted residual blocks in the early stages with a "
            "linear-complexity additive attention in the last two stages, and whose widths and depths are chosen by "
            "latency-aware neural architecture search on an iPhone 15 Pro. Kestrelnet-S1 reaches 78.4% top-1 "
            "accuracy on ImageNet-1K at 0.74 ms, outperforming MobileOne-S2 by 1.0% at 13% lower latency, and "
            "Kestrelnet-S3 attains 81.9% at 1.1 ms, comparable to EfficientFormerV2-S2 (82.0%) while running 1.6 "
            "times faster. Under the same 300-epoch recipe with distillation from RegNetY-16GF, Kestrelnet-S3 "
            "surpasses FastViT-SA12 by 0.6 points. As a backbone for RetinaNet on COCO, Kestrelnet-S3 obtains 41.2 "
            "AP, a 2.3 AP improvement over MobileViTv2-1.0, and with Semantic FPN on ADE20K it achieves 42.8% mIoU. "
            "On a Pixel 8 the S3 model has a latency of 2.3 ms, and on an NVIDIA Jetson AGX Orin its throughput "
            "reaches 4,210 images/s at batch size 64, 1.4× that of MobileOne-S4. Code and pretrained weights are "
            "publicly available."
        ),
        "spans": [
            ("Kestrelnet", "M"), ("Kestrelnet-S1", "M"), ("Kestrelnet-S3", "M"), ("ImageNet", "D"),
            ("Top-1", "X"), ("accuracy", "X"), ("on-device latency", "X"), ("latency", "X", {"skip": [1]}), ("FLOPs", "X"),
            ("parameter counts", "X"), ("inverted residual blocks", "M"), ("additive attention", "M"),
            ("neural architecture search", "M"), ("top-1 accuracy", "X"), ("ImageNet-1K", "D"),
            ("MobileOne-S2", "M"), ("MobileOne-S4", "M"), ("EfficientFormerV2-S2", "M"), ("distillation", "M"),
            ("RegNetY-16GF", "M"), ("FastViT-SA12", "M"), ("RetinaNet", "M"), ("COCO", "D"), ("AP", "X"),
            ("MobileViTv2-1.0", "M"), ("Semantic FPN", "M"), ("ADE20K", "D"), ("mIoU", "X"),
            ("throughput", "X"),
        ],
        "results": [
            ("78.4% top-1 accuracy on ImageNet-1K", "top-1 accuracy", 78.4, "%", "ImageNet-1K", "Kestrelnet-S1"),
            ("0.74 ms", "latency", 0.74, "ms", "ImageNet-1K", "Kestrelnet-S1"),
            ("outperforming MobileOne-S2 by 1.0%", "top-1 accuracy", 1.0, "%", "ImageNet-1K", "Kestrelnet-S1"),
            ("13% lower latency", "latency reduction", 13, "%", "ImageNet-1K", "Kestrelnet-S1"),
            ("81.9%", "top-1 accuracy", 81.9, "%", None, "Kestrelnet-S3"),
            ("1.1 ms", "latency", 1.1, "ms", None, "Kestrelnet-S3"),
            ("82.0%", "top-1 accuracy", 82.0, "%", None, "EfficientFormerV2-S2"),
            ("1.6 times faster", "speed-up", 1.6, "×", None, "Kestrelnet-S3"),
            ("surpasses FastViT-SA12 by 0.6 points", "improvement", 0.6, "points", None, "Kestrelnet-S3"),
            ("41.2 AP", "AP", 41.2, None, "COCO", "Kestrelnet-S3"),
            ("2.3 AP improvement", "AP", 2.3, None, "COCO", "Kestrelnet-S3"),
            ("42.8% mIoU", "mIoU", 42.8, "%", "ADE20K", "Kestrelnet-S3"),
            ("latency of 2.3 ms", "latency", 2.3, "ms", None, None),
            ("4,210 images/s", "throughput", 4210, "images/s", None, None),
            ("1.4× that of MobileOne-S4", "throughput", 1.4, "×", None, None),
        ],
        "title_results": [
            ("81.9% ImageNet Top-1", "top-1 accuracy", 81.9, "%", "ImageNet", "Kestrelnet"),
            ("1.1 ms", "latency", 1.1, "ms", "ImageNet", "Kestrelnet"),
        ],
    },
]
