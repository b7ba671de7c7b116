"""dev5 written records: efficient-sr (5) and diffusion-acceleration (5).
Format: see data/gold/written_gold.py (spans: (surface, label[, opts]); results:
(surface, metric, value, unit, dataset, method[, extras])).
"""

COINED = [
    "TesseraSR", "TPCBs", "VesperKD", "FoldLUT", "QuillFormer", "QuillFormer-T", "LoomQ",
    "Tidewalk", "LatchCache", "QuiverDM", "WrenSolver", "LanternDiT", "LanternDiT-XL",
]

PP = {"punct": True}

RECS = [
    # ------------------------------------------------------------------ efficient-sr
    {
        "field": "efficient-sr",
        "title": "TesseraSR: Re-parameterised Partial Convolutions for Efficient Image Super-Resolution",
        "text": (
            "Efficient image super-resolution (SR) asks for networks that restore high-frequency detail under "
            "strict runtime and memory budgets. Recent top entries of the NTIRE Efficient Super-Resolution "
            "Challenge, such as SPAN and RLFN, are attention-free, yet their dense 3×3 convolutions still "
            "dominate inference time on consumer GPUs. We present TesseraSR, a lightweight SR network built from "
            "tessellated partial convolution blocks (TPCBs) that convolve only a quarter of the channels at "
            "inference, while a multi-branch structure used during training is folded into a single kernel by "
            "structural re-parameterisation. A parameter-free symmetric attention gate further lets TesseraSR "
            "reuse shallow features at no extra cost. Trained on DIV2K and LSDIR, TesseraSR reaches 26.93 dB PSNR "
            "on the DIV2K validation set with only 0.13M parameters, above the 26.90 dB fidelity threshold of the "
            "challenge. Its average runtime is 7.42 ms per image on an RTX 4090, 21% lower than SPAN, and it "
            "reduces FLOPs by 34% compared with RLFN. On the standard benchmarks for ×4 upscaling, TesseraSR "
            "obtains PSNR of 32.24 dB, 28.63 dB, 27.59 dB, 26.11 dB and 30.52 dB on Set5, Set14, BSD100, "
            "Urban100 and Manga109, respectively, outperforming every efficient SR model with fewer than 0.2M "
            "parameters. Code and pretrained weights will be released."
        ),
        "spans": [
            ("TesseraSR", "M"),
            ("Partial Convolutions", "M"),
            ("Efficient Image Super-Resolution", "T"),
            ("Efficient image super-resolution", "T"),
            ("SR", "T"),
            ("runtime", "X"),
            ("NTIRE Efficient Super-Resolution Challenge", "D"),
            ("SPAN", "M"),
            ("RLFN", "M"),
            ("inference time", "X"),
            ("tessellated partial convolution blocks", "M"),
            ("TPCBs", "M"),
            ("structural re-parameterisation", "M"),
            ("DIV2K", "D"),
            ("LSDIR", "D"),
            ("PSNR", "X"),
            ("FLOPs", "X"),
            ("Set5", "D"), ("Set14", "D"), ("BSD100", "D"), ("Urban100", "D"), ("Manga109", "D"),
            ("average runtime", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("26.93 dB PSNR", "PSNR", 26.93, "dB", "DIV2K", "TesseraSR"),
            ("runtime is 7.42 ms", "runtime", 7.42, "ms", None, None),
            ("21% lower", "runtime reduction", 21, "%", None, None),
            ("reduces FLOPs by 34%", "FLOPs reduction", 34, "%", None, None),
            ("PSNR of 32.24 dB", "PSNR", 32.24, "dB", "Set5", "TesseraSR"),
            ("28.63 dB", "PSNR", 28.63, "dB", "Set14", "TesseraSR"),
            ("27.59 dB", "PSNR", 27.59, "dB", "BSD100", "TesseraSR"),
            ("26.11 dB", "PSNR", 26.11, "dB", "Urban100", "TesseraSR"),
            ("30.52 dB", "PSNR", 30.52, "dB", "Manga109", "TesseraSR"),
        ],
    },
    {
        "field": "efficient-sr",
        "title": "Affinity-Guided Distillation Makes Lightweight Super-Resolution Networks Stronger",
        "text": (
            "Knowledge distillation is a natural way to close the gap between heavy transformer-based restorers "
            "and the compact convolutional networks that can actually run on phones, but for single image "
            "super-resolution (SISR) the gains reported so far are small and inconsistent across benchmarks. We "
            "argue that the pixel-wise feature losses used by existing schemes transfer the teacher's local "
            "statistics while ignoring how it relates distant, self-similar textures. We introduce VesperKD, a "
            "distillation framework that aligns windowed feature-affinity matrices between a HAT-L teacher and "
            "the student, together with a frequency-split output loss that weights high-frequency residuals more "
            "heavily. VesperKD needs no architectural change, so it applies to any student; we test it on IMDN, "
            "RFDN and SAFMN. Trained on DF2K (DIV2K plus Flickr2K), the distilled SAFMN improves PSNR on Urban100 "
            "(×4) from 25.97 dB to 26.31 dB and on Manga109 from 30.43 dB to 30.86 dB, while standard logit-style "
            "distillation yields only +0.06 dB on Urban100. Averaged over Set5, Set14, BSD100, Urban100 and "
            "Manga109, VesperKD adds 0.21 dB to IMDN and 0.18 dB to RFDN, and the distilled RFDN outperforms the "
            "undistilled SAFMN at 38% fewer FLOPs. The distillation adds about 9 GPU-hours to training and nothing "
            "at inference."
        ),
        "spans": [
            ("Distillation", "M"),
            ("Super-Resolution", "T"),
            ("Knowledge distillation", "M"),
            ("distillation", "M"),
            ("transformer", "M"),
            ("convolutional networks", "M"),
            ("single image super-resolution", "T"),
            ("SISR", "T"),
            ("VesperKD", "M"),
            ("HAT-L", "M"),
            ("IMDN", "M"), ("RFDN", "M"), ("SAFMN", "M"),
            ("DF2K", "D"), ("DIV2K", "D"), ("Flickr2K", "D"),
            ("PSNR", "X"),
            ("Urban100", "D"), ("Manga109", "D"), ("Set5", "D"), ("Set14", "D"), ("BSD100", "D"),
            ("FLOPs", "X"),
        ],
        "results": [
            ("PSNR on Urban100 (×4) from 25.97 dB to 26.31 dB", "PSNR", 26.31, "dB", "Urban100", "SAFMN"),
            ("from 30.43 dB to 30.86 dB", "PSNR", 30.86, "dB", "Manga109", "SAFMN"),
            ("+0.06 dB", "PSNR", 0.06, "dB", "Urban100", None),
            ("adds 0.21 dB", "improvement", 0.21, "dB", None, "VesperKD"),
            ("0.18 dB", "improvement", 0.18, "dB", None, "VesperKD"),
            ("38% fewer FLOPs", "FLOPs reduction", 38, "%", None, "RFDN"),
            ("9 GPU-hours to training", "training time", 9, "GPU-hours", None, None),
        ],
    },
    {
        "field": "efficient-sr",
        "title": "FoldLUT: Folding Multi-Branch Look-Up Tables for Super-Resolution on Edge Devices",
        "text": (
            "Look-up table (LUT) methods replace the convolutions of an SR network with cached indexing, which "
            "makes them attractive for edge devices without neural accelerators. Their receptive field, however, "
            "grows only with the number of cascaded tables, and the storage of multi-table designs such as MuLUT "
            "quickly reaches several megabytes. This paper proposes FoldLUT, which learns a small set of "
            "rotation-shared sub-tables and folds their outputs through a learned 1D interpolation stage, so that "
            "the receptive field is enlarged to 9×9 pixels while the total storage stays at 168 KB. FoldLUT is "
            "trained end-to-end as a tiny network on DIV2K and converted to tables afterwards. For ×4 "
            "super-resolution, FoldLUT achieves 30.41 dB / 0.8617 PSNR/SSIM on Set5 and 24.72 dB on Urban100, an "
            "improvement of 0.31 dB over MuLUT on Urban100 with 72% less storage. Compared with SR-LUT, the gain "
            "on Manga109 reaches 1.46 dB. On a Snapdragon 8 Gen 2 phone CPU, upscaling a 640×360 frame takes "
            "41 ms, which is 2.6 times faster than SPLUT and about 30× faster than the lightweight CNN FSRCNN run "
            "on the same core. The tables can also be quantised to 4-bit entries with a PSNR drop below 0.05 dB, "
            "making FoldLUT a practical choice for real-time video upscaling on low-end hardware."
        ),
        "spans": [
            ("FoldLUT", "M"),
            ("Look-Up Tables", "M"),
            ("Super-Resolution", "T"),
            ("Look-up table", "M"),
            ("LUT", "M"),
            ("SR", "T"),
            ("storage", "X"),
            ("MuLUT", "M"),
            ("DIV2K", "D"),
            ("super-resolution", "T"),
            ("PSNR", "X"), ("SSIM", "X"),
            ("Set5", "D"), ("Urban100", "D"), ("Manga109", "D"),
            ("SR-LUT", "M"),
            ("SPLUT", "M"),
            ("CNN", "M"),
            ("FSRCNN", "M"),
            ("video upscaling", "T"),
            ("total storage", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("storage stays at 168 KB", "storage", 168, "KB", None, None),
            ("30.41 dB", "PSNR", 30.41, "dB", "Set5", "FoldLUT"),
            ("0.8617 PSNR/SSIM", "SSIM", 0.8617, None, "Set5", "FoldLUT"),
            ("24.72 dB", "PSNR", 24.72, "dB", "Urban100", "FoldLUT"),
            ("improvement of 0.31 dB", "PSNR", 0.31, "dB", "Urban100", "FoldLUT"),
            ("72% less storage", "storage reduction", 72, "%", "Urban100", "FoldLUT"),
            ("gain on Manga109 reaches 1.46 dB", "improvement", 1.46, "dB", "Manga109", None),
            ("takes 41 ms", "upscaling time", 41, "ms", None, None),
            ("2.6 times faster", "speed-up", 2.6, "×", None, None),
            ("30× faster", "speed-up", 30, "×", None, None),
            ("PSNR drop below 0.05 dB", "PSNR", 0.05, "dB", None, None),
        ],
    },
    {
        "field": "efficient-sr",
        "title": "Sparse Channel-Mixing Transformers for Efficient Image Restoration",
        "text": (
            "Transformer-based restorers such as Restormer achieve strong results across image denoising, "
            "deblurring and deraining, but their channel self-attention scales poorly on high-resolution mobile "
            "photographs. Convolutional alternatives like NAFNet are faster yet plateau on complex degradations. "
            "We propose QuillFormer, an efficient restoration backbone that routes each token to only two of eight "
            "channel-mixing experts and computes attention inside strip-shaped windows whose orientation is "
            "predicted per stage. A shared lightweight decoder and a single set of hyper-parameters serve all "
            "tasks. On SIDD, QuillFormer attains 40.11 dB PSNR and 0.961 SSIM at 17.3 GMACs, whereas Restormer "
            "needs 140.9 GMACs for 40.02 dB. For motion deblurring on GoPro it reaches 33.21 dB, 0.23 dB higher "
            "than NAFNet-32 with a comparable budget, and on Rain100L it scores 39.87 dB. Measured on 1024×1024 "
            "inputs on a single A100, QuillFormer runs 3.4× faster than Restormer and needs 58% less peak memory. "
            "An ablation study shows that sparse expert routing alone contributes 0.18 dB on SIDD. We further "
            "distil QuillFormer into a 2.1M-parameter variant, QuillFormer-T, which runs in 0.9 s on a "
            "12-megapixel photo on a Pixel 8 and still outperforms the larger MPRNet on all three benchmarks."
        ),
        "spans": [
            ("Transformers", "M"),
            ("Image Restoration", "T"),
            ("Transformer", "M"),
            ("Restormer", "M"),
            ("image denoising", "T"),
            ("deblurring", "T"),
            ("motion deblurring", "T"),
            ("deraining", "T"),
            ("NAFNet", "M"),
            ("NAFNet-32", "M"),
            ("QuillFormer", "M"),
            ("QuillFormer-T", "M"),
            ("restoration", "T"),
            ("SIDD", "D"), ("GoPro", "D"), ("Rain100L", "D"),
            ("PSNR", "X"), ("SSIM", "X"), ("GMACs", "X"),
            ("peak memory", "X"),
            ("MPRNet", "M"),
        ],
        "results": [
            ("40.11 dB PSNR", "PSNR", 40.11, "dB", "SIDD", "QuillFormer"),
            ("0.961 SSIM", "SSIM", 0.961, None, "SIDD", "QuillFormer"),
            ("17.3 GMACs", "MACs", 17.3, "G", "SIDD", "QuillFormer"),
            ("140.9 GMACs", "MACs", 140.9, "G", "SIDD", "Restormer"),
            ("40.02 dB", "PSNR", 40.02, "dB", "SIDD", "Restormer"),
            ("33.21 dB", "PSNR", 33.21, "dB", "GoPro", None),
            ("0.23 dB higher", "improvement", 0.23, "dB", "GoPro", None),
            ("39.87 dB", "PSNR", 39.87, "dB", "Rain100L", None),
            ("3.4× faster", "speed-up", 3.4, "×", None, "QuillFormer"),
            ("58% less peak memory", "peak memory reduction", 58, "%", None, "QuillFormer"),
            ("contributes 0.18 dB", "improvement", 0.18, "dB", "SIDD", None),
            ("runs in 0.9 s", "latency", 0.9, "s", None, "QuillFormer-T"),
        ],
    },
    {
        "field": "efficient-sr",
        "title": "LoomQ: Post-Training Quantization of Lightweight Super-Resolution Networks Without Calibration Collapse",
        "text": (
            "Deploying super-resolution models on NPUs requires low-bit integer arithmetic, yet post-training "
            "quantization (PTQ) of SR networks is notoriously fragile: activations lack batch normalisation, "
            "their ranges differ wildly across images, and a handful of outlier channels dominate the rounding "
            "error. Existing PTQ methods for SR, including PTQ4SR and 2DQuant, recover much of the accuracy at 4 "
            "bits but still lose more than 1 dB on Urban100 for compact models. We introduce LoomQ, a calibration "
            "procedure that interleaves per-channel scale migration with a block-wise reconstruction objective "
            "computed in the frequency domain, and that selects clipping ranges from 64 unlabeled images. With "
            "4-bit weights and activations (W4A4), LoomQ quantizes EDSR-baseline, SwinIR-light and SAFMN for ×4 "
            "SR, and narrows the PSNR gap to the full-precision models to 0.12–0.37 dB on Set5. On Urban100, W4A4 "
            "SwinIR-light reaches 25.64 dB PSNR and 0.7712 SSIM, against 24.98 dB for 2DQuant and 24.21 dB for "
            "PTQ4SR. In terms of efficiency, the 4-bit SAFMN cuts model size by 7.6× and runs 2.9× faster on a "
            "Qualcomm Hexagon NPU than its FP16 counterpart. Calibration takes under 6 minutes on a single GPU, "
            "an order of magnitude less than quantization-aware training, which LoomQ matches within 0.05 dB on "
            "Set14."
        ),
        "spans": [
            ("LoomQ", "M"),
            ("Post-Training Quantization", "M"),
            ("Super-Resolution", "T"),
            ("super-resolution", "T"),
            ("post-training quantization", "M"),
            ("PTQ", "M"),
            ("SR", "T"),
            ("batch normalisation", "M"),
            ("PTQ4SR", "M"),
            ("2DQuant", "M"),
            ("accuracy", "X"),
            ("Urban100", "D"), ("Set5", "D"), ("Set14", "D"),
            ("EDSR-baseline", "M"), ("SwinIR-light", "M"), ("SAFMN", "M"),
            ("PSNR", "X"), ("SSIM", "X"),
            ("model size", "X"),
            ("quantization-aware training", "M"),
        ],
        "results": [
            ("lose more than 1 dB on Urban100", "PSNR", 1, "dB", "Urban100", None),
            ("PSNR gap to the full-precision models to 0.12–0.37 dB", "PSNR gap", 0.37, "dB", "Set5", "LoomQ",
             {"low": 0.12}),
            ("25.64 dB PSNR", "PSNR", 25.64, "dB", "Urban100", "SwinIR-light"),
            ("0.7712 SSIM", "SSIM", 0.7712, None, "Urban100", "SwinIR-light"),
            ("24.98 dB", "PSNR", 24.98, "dB", "Urban100", "2DQuant"),
            ("24.21 dB", "PSNR", 24.21, "dB", "Urban100", "PTQ4SR"),
            ("cuts model size by 7.6×", "model size reduction", 7.6, "×", None, "SAFMN"),
            ("2.9× faster", "speed-up", 2.9, "×", None, "SAFMN"),
            ("Calibration takes under 6 minutes", "calibration time", 6, "min", None, None),
            ("within 0.05 dB", "PSNR", 0.05, "dB", "Set14", "LoomQ"),
        ],
    },
    # ------------------------------------------------------------------ diffusion-acceleration
    {
        "field": "diffusion-acceleration",
        "title": "Tidewalk: One-Step Text-to-Image Generation via Trajectory-Matched Adversarial Distillation",
        "text": (
            "Latent diffusion models produce high-fidelity images but require tens of denoising steps, which keeps "
            "interactive text-to-image generation expensive. Distillation methods such as Latent Consistency "
            "Models (LCM), adversarial diffusion distillation in SDXL-Turbo, and InstaFlow reduce sampling to one "
            "to four steps, yet one-step samples still lose fine texture and prompt alignment. We propose "
            "Tidewalk, which distils a teacher into a single-step student by matching short segments of the "
            "probability-flow trajectory rather than its endpoints, and stabilises training with a discriminator "
            "built on frozen DINOv2 features. Starting from Stable Diffusion 1.5, one-step Tidewalk achieves a "
            "zero-shot FID of 11.9 on MS-COCO 2014 (30K prompts) and a CLIP score of 0.318, compared with 13.1 "
            "for InstaFlow and 18.4 for LCM at two steps. Applied to SDXL, Tidewalk obtains an FID of 17.2 and "
            "wins 62% of pairwise human preference votes against SDXL-Turbo at 1024×1024 resolution. A single "
            "image is generated in 92 ms on one A100 GPU, a 28.5× speed-up over the 25-step DPM-Solver++ sampler "
            "of the teacher. Training takes roughly 40 hours on 8 A100 GPUs and uses no real images, only the "
            "teacher and a prompt set."
        ),
        "spans": [
            ("Tidewalk", "M"),
            ("Text-to-Image Generation", "T"),
            ("Distillation", "M"),
            ("Latent diffusion models", "M"),
            ("text-to-image generation", "T"),
            ("Latent Consistency Models", "M"),
            ("LCM", "M"),
            ("adversarial diffusion distillation", "M"),
            ("SDXL-Turbo", "M"),
            ("SDXL", "M"),
            ("InstaFlow", "M"),
            ("DINOv2", "M"),
            ("Stable Diffusion 1.5", "M"),
            ("zero-shot FID", "X"),
            ("FID", "X"),
            ("MS-COCO 2014", "D"),
            ("CLIP score", "X"),
            ("human preference", "X"),
            ("speed-up", "X"),
            ("DPM-Solver++", "M", PP),
        ],
        "results": [
            ("zero-shot FID of 11.9", "zero-shot FID", 11.9, None, "MS-COCO 2014", "Tidewalk"),
            ("CLIP score of 0.318", "CLIP score", 0.318, None, "MS-COCO 2014", "Tidewalk"),
            ("13.1", "zero-shot FID", 13.1, None, "MS-COCO 2014", "InstaFlow"),
            ("18.4", "zero-shot FID", 18.4, None, "MS-COCO 2014", "LCM"),
            ("FID of 17.2", "FID", 17.2, None, None, "Tidewalk"),
            ("wins 62% of pairwise human preference votes", "win rate", 62, "%", None, "Tidewalk"),
            ("generated in 92 ms", "generation time", 92, "ms", None, None),
            ("28.5× speed-up", "speed-up", 28.5, "×", None, None),
            ("Training takes roughly 40 hours", "training time", 40, "h", None, None),
        ],
    },
    {
        "field": "diffusion-acceleration",
        "title": "Caching What Changes: Token-Adaptive Feature Reuse for Training-Free Diffusion Transformer Acceleration",
        "text": (
            "Diffusion transformers (DiTs) have become the backbone of state-of-the-art image and video "
            "generators, but their sampling cost grows with both the number of steps and the number of tokens. "
            "Training-free caching methods such as DeepCache, FORA and Δ-DiT reuse features across adjacent "
            "timesteps at the granularity of whole blocks, which either wastes computation on static regions or "
            "introduces visible artifacts when the reuse interval is long. We present LatchCache, a token-level "
            "cache that estimates, for every token and block, how much its output would change and recomputes "
            "only the tokens whose predicted change exceeds an adaptive threshold. The predictor is a closed-form "
            "function of the attention-map drift and adds less than 1% overhead. On class-conditional ImageNet "
            "256x256 with DiT-XL/2 and 250 DDPM steps, LatchCache accelerates sampling by 2.47× while increasing "
            "FID only from 2.27 to 2.31, whereas FORA at a similar speed reaches an FID of 2.82. With 50-step "
            "DDIM sampling, it still provides a 1.9–2.2× speed-up. On text-to-image generation with PixArt-α, "
            "LatchCache reduces latency from 1.94 s to 0.83 s per 1024px image and keeps the CLIP score on the "
            "COCO-2017 captions at 31.2, against 31.3 for the uncached model. Applied to the video model "
            "Open-Sora, it yields a 2.1× end-to-end speed-up on 480p clips with a VBench score of 79.4%, versus "
            "79.6% without caching."
        ),
        "spans": [
            ("Diffusion Transformer", "M"),
            ("Diffusion transformers", "M"),
            ("DiTs", "M"),
            ("caching", "M"),
            ("DeepCache", "M"), ("FORA", "M"), ("Δ-DiT", "M"),
            ("LatchCache", "M"),
            ("ImageNet 256x256", "D"),
            ("DiT-XL/2", "M"),
            ("DDPM", "M"), ("DDIM", "M"),
            ("FID", "X"),
            ("speed-up", "X"),
            ("end-to-end speed-up", "X"),
            ("text-to-image generation", "T"),
            ("PixArt-α", "M"),
            ("latency", "X"),
            ("CLIP score", "X"),
            ("COCO-2017", "D"),
            ("Open-Sora", "M"),
            ("VBench", "D"),
        ],
        "results": [
            ("less than 1% overhead", "overhead", 1, "%", None, None),
            ("accelerates sampling by 2.47×", "speed-up", 2.47, "×", "ImageNet 256x256", "LatchCache"),
            ("FID only from 2.27 to 2.31", "FID", 2.31, None, "ImageNet 256x256", "LatchCache"),
            ("FID of 2.82", "FID", 2.82, None, "ImageNet 256x256", "FORA"),
            ("1.9–2.2× speed-up", "speed-up", 2.2, "×", None, None, {"low": 1.9}),
            ("latency from 1.94 s to 0.83 s", "latency", 0.83, "s", None, "LatchCache"),
            ("CLIP score on the COCO-2017 captions at 31.2", "CLIP score", 31.2, None, "COCO-2017", "LatchCache"),
            ("31.3", "CLIP score", 31.3, None, "COCO-2017", None),
            ("2.1× end-to-end speed-up", "end-to-end speed-up", 2.1, "×", None, "Open-Sora"),
            ("VBench score of 79.4%", "score", 79.4, "%", "VBench", "Open-Sora"),
            ("79.6%", "score", 79.6, "%", "VBench", "Open-Sora"),
        ],
    },
    {
        "field": "diffusion-acceleration",
        "title": "QuiverDM: Outlier-Aware W4A8 Post-Training Quantization for Diffusion Transformers",
        "text": (
            "Post-training quantization (PTQ) is an attractive way to shrink diffusion models without retraining, "
            "but methods designed for U-Net denoisers, such as Q-Diffusion and PTQD, degrade sharply on diffusion "
            "transformers, whose activations contain timestep-dependent outlier channels and whose adaptive layer "
            "norm parameters vary by orders of magnitude across steps. We propose QuiverDM, a PTQ framework that "
            "(i) absorbs outliers into a per-timestep-group Hadamard rotation shared between the attention and "
            "MLP blocks, (ii) calibrates on a schedule-balanced set of noisy latents, and (iii) quantizes the "
            "adaLN modulation separately with 8-bit precision. With 4-bit weights and 8-bit activations, QuiverDM "
            "quantizes DiT-XL/2 on ImageNet 256x256 to an FID of 4.73 and an sFID of 18.9 using 100 sampling "
            "steps, whereas PTQ4DiT and Q-Diffusion obtain 7.09 and 10.51 FID, respectively. On ImageNet 512x512 "
            "the FID gap to the full-precision model shrinks to 0.61. For text-to-image generation with PixArt-Σ "
            "on MS-COCO, QuiverDM keeps the CLIP score at 31.6 (31.7 for FP16) and reduces weight memory by 3.7×. "
            "Our INT4 kernels deliver a 2.35× speed-up in end-to-end latency on an RTX 4090 and a 1.8× speed-up "
            "on an A100, and the whole calibration finishes in 38 minutes on one GPU."
        ),
        "spans": [
            ("QuiverDM", "M"),
            ("Post-Training Quantization", "M"),
            ("Diffusion Transformers", "M"),
            ("Post-training quantization", "M"),
            ("PTQ", "M"),
            ("diffusion models", "M"),
            ("U-Net", "M"),
            ("Q-Diffusion", "M"),
            ("PTQD", "M"),
            ("diffusion transformers", "M"),
            ("adaptive layer norm", "M"),
            ("Hadamard rotation", "M"),
            ("MLP", "M"),
            ("adaLN", "M"),
            ("DiT-XL/2", "M"),
            ("ImageNet 256x256", "D"),
            ("ImageNet 512x512", "D"),
            ("FID", "X"), ("sFID", "X"),
            ("PTQ4DiT", "M"),
            ("text-to-image generation", "T"),
            ("PixArt-Σ", "M"),
            ("MS-COCO", "D"),
            ("CLIP score", "X"),
            ("weight memory", "X"),
            ("speed-up", "X"),
            ("end-to-end latency", "X"),
        ],
        "results": [
            ("FID of 4.73", "FID", 4.73, None, "ImageNet 256x256", "QuiverDM"),
            ("sFID of 18.9", "sFID", 18.9, None, "ImageNet 256x256", "QuiverDM"),
            ("7.09", "FID", 7.09, None, "ImageNet 256x256", "PTQ4DiT"),
            ("10.51 FID", "FID", 10.51, None, "ImageNet 256x256", "Q-Diffusion"),
            ("FID gap to the full-precision model shrinks to 0.61", "FID gap", 0.61, None, "ImageNet 512x512", None),
            ("CLIP score at 31.6", "CLIP score", 31.6, None, "MS-COCO", "QuiverDM"),
            ("31.7", "CLIP score", 31.7, None, "MS-COCO", None),
            ("reduces weight memory by 3.7×", "weight memory reduction", 3.7, "×", "MS-COCO", "QuiverDM"),
            ("2.35× speed-up", "speed-up", 2.35, "×", None, None),
            ("1.8× speed-up", "speed-up", 1.8, "×", None, None),
            ("calibration finishes in 38 minutes", "calibration time", 38, "min", None, None),
        ],
    },
    {
        "field": "diffusion-acceleration",
        "title": "Fewer Steps, Same Trajectory: A Curvature-Aware Multistep Solver for Diffusion Sampling",
        "text": (
            "Sampling from diffusion models amounts to integrating a probability-flow ODE, and dedicated "
            "high-order solvers such as DPM-Solver++, UniPC and DEIS have lowered the number of function "
            "evaluations (NFE) needed for good samples from hundreds to about 20. Below 10 NFE, however, their "
            "polynomial extrapolation becomes unreliable and sample quality collapses. We propose WrenSolver, a "
            "training-free multistep solver that fits the local curvature of the trajectory from past model "
            "outputs and uses it to place both the time steps and the extrapolation coefficients, adding no extra "
            "network evaluations. WrenSolver works with pixel-space and latent-space models and with noise, data "
            "and velocity parameterisations. With only 5 NFE, WrenSolver achieves FIDs of 12.8 on CIFAR-10, 15.1 "
            "on FFHQ 64x64 and 14.6 on ImageNet 64x64, compared with 23.4, 27.3 and 24.0 for UniPC, respectively. "
            "At 10 NFE the FID on CIFAR-10 falls to 3.19, close to the 2.79 of the 35-step Heun sampler of EDM. "
            "On latent diffusion with Stable Diffusion v2.1 and 8 NFE, WrenSolver lowers the MS-COCO FID from "
            "17.9 for DPM-Solver++ to 15.2, and on LSUN Bedroom it improves FID by 21% relative to DDIM at the "
            "same budget. The solver needs fewer than 40 lines of code and has the same wall-clock cost per step "
            "as existing samplers."
        ),
        "spans": [
            ("diffusion models", "M"),
            ("DPM-Solver++", "M", PP),
            ("UniPC", "M"),
            ("DEIS", "M"),
            ("number of function evaluations", "X"),
            ("NFE", "X"),
            ("WrenSolver", "M"),
            ("FIDs", "X"), ("FID", "X"),
            ("CIFAR-10", "D"), ("FFHQ 64x64", "D"), ("ImageNet 64x64", "D"),
            ("Heun sampler", "M"),
            ("EDM", "M"),
            ("latent diffusion", "M"),
            ("Stable Diffusion v2.1", "M"),
            ("MS-COCO", "D"),
            ("LSUN Bedroom", "D"),
            ("DDIM", "M"),
        ],
        "results": [
            ("from hundreds to about 20", "NFE", 20, None, None, None),
            ("FIDs of 12.8", "FID", 12.8, None, "CIFAR-10", "WrenSolver"),
            ("15.1", "FID", 15.1, None, "FFHQ 64x64", "WrenSolver"),
            ("14.6", "FID", 14.6, None, "ImageNet 64x64", "WrenSolver"),
            ("23.4", "FID", 23.4, None, "CIFAR-10", "UniPC"),
            ("27.3", "FID", 27.3, None, "FFHQ 64x64", "UniPC"),
            ("24.0", "FID", 24.0, None, "ImageNet 64x64", "UniPC"),
            ("FID on CIFAR-10 falls to 3.19", "FID", 3.19, None, "CIFAR-10", None),
            ("2.79", "FID", 2.79, None, "CIFAR-10", "EDM"),
            ("FID from 17.9", "FID", 17.9, None, "MS-COCO", "DPM-Solver++"),
            ("15.2", "FID", 15.2, None, "MS-COCO", "WrenSolver"),
            ("improves FID by 21%", "FID", 21, "%", "LSUN Bedroom", None),
        ],
    },
    {
        "field": "diffusion-acceleration",
        "title": "LanternDiT: Linear-Attention Diffusion Transformers with Latent Token Compression for High-Resolution Synthesis",
        "text": (
            "Scaling diffusion transformers to high resolutions is limited by the quadratic cost of self-attention "
            "over thousands of latent tokens. We introduce LanternDiT, an efficient DiT family that combines gated "
            "linear attention with a learned 2×2 token compression in the middle blocks and a lightweight "
            "depth-wise convolution branch that restores local detail. We train LanternDiT at four scales (S, B, "
            "L and XL) with rectified flow on ImageNet and then on an internal set of 24M text-image pairs. On "
            "class-conditional ImageNet 256x256, LanternDiT-XL reaches an FID of 2.09 with classifier-free "
            "guidance, against 2.27 for DiT-XL/2 and 2.06 for SiT-XL, while requiring 41% fewer training "
            "iterations. At 512x512 it matches DiT-XL/2 in quality (FID 3.01 vs. 3.04) with 2.8× higher sampling "
            "throughput. The text-to-image variant generates 2048×2048 images with an overall GenEval score of "
            "0.71, close to the 0.74 of PixArt-Σ, yet its per-image latency on a single H100 is 1.6 s instead of "
            "9.8 s, a 6.1x reduction, and its peak memory drops by 63%. We also distil LanternDiT into a 4-step "
            "generator using consistency distillation, which keeps GenEval above 0.68. Models and training code "
            "are released to foster research on efficient high-resolution image synthesis."
        ),
        "spans": [
            ("LanternDiT", "M"),
            ("Linear-Attention", "M"),
            ("Diffusion Transformers", "M"),
            ("Token Compression", "M"),
            ("High-Resolution Synthesis", "T"),
            ("diffusion transformers", "M"),
            ("DiT", "M"),
            ("gated linear attention", "M"),
            ("token compression", "M"),
            ("depth-wise convolution", "M"),
            ("rectified flow", "M"),
            ("ImageNet", "D"),
            ("ImageNet 256x256", "D"),
            ("LanternDiT-XL", "M"),
            ("FID", "X"),
            ("classifier-free guidance", "M"),
            ("DiT-XL/2", "M"),
            ("SiT-XL", "M"),
            ("training iterations", "X"),
            ("sampling throughput", "X"),
            ("text-to-image", "T"),
            ("GenEval", "D"),
            ("PixArt-Σ", "M"),
            ("latency", "X"),
            ("peak memory", "X"),
            ("consistency distillation", "M"),
            ("high-resolution image synthesis", "T"),
        ],
        "results": [
            ("FID of 2.09", "FID", 2.09, None, "ImageNet 256x256", "LanternDiT-XL"),
            ("2.27", "FID", 2.27, None, "ImageNet 256x256", "DiT-XL/2"),
            ("2.06", "FID", 2.06, None, "ImageNet 256x256", "SiT-XL"),
            ("41% fewer training iterations", "training iterations reduction", 41, "%", "ImageNet 256x256",
             "LanternDiT-XL"),
            ("FID 3.01", "FID", 3.01, None, None, None),
            ("3.04", "FID", 3.04, None, None, "DiT-XL/2"),
            ("2.8× higher sampling throughput", "sampling throughput", 2.8, "×", None, None),
            ("GenEval score of 0.71", "score", 0.71, None, "GenEval", None),
            ("0.74", "score", 0.74, None, "GenEval", "PixArt-Σ"),
            ("latency on a single H100 is 1.6 s", "latency", 1.6, "s", None, None),
            ("9.8 s", "latency", 9.8, "s", None, "PixArt-Σ"),
            ("6.1x reduction", "latency reduction", 6.1, "×", None, None),
            ("peak memory drops by 63%", "peak memory reduction", 63, "%", None, None),
            ("GenEval above 0.68", "score", 0.68, None, "GenEval", "LanternDiT"),
        ],
    },
]
