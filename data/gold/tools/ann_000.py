# Hand annotations, records hf-efficient-000 .. 018
M, D, R, T = "METHOD", "DATASET", "METRIC", "TASK"
A = {}

A["hf-efficient-000"] = dict(
    title=[("Distillation-Supervised Convolutional Low-Rank Adaptation", M), ("Efficient Image Super-Resolution", T)],
    text=[("Convolutional neural networks", M), ("CNNs", M), ("CNN", M), ("efficient image super-resolution", T),
          ("LoRA", M), ("large language models", M),
          ("Distillation-Supervised Convolutional Low-Rank Adaptation", M), ("DSCLoRA", M), ("ConvLoRA", M),
          ("SR", T), ("SPAN", M), ("SPAB", M), ("SConvLB", M), ("knowledge distillation", M), ("low-rank decomposition", M),
          ("PSNR", R), ("SSIM", R), ("NTIRE 2025 Efficient Super-Resolution Challenge", D)],
)

A["hf-efficient-001"] = dict(
    title=[("Unified Multivariate Gaussian Mixture", M), ("Neural Image Compression", T)],
    text=[("variational image compression", T), ("rate-distortion performance", R),
          ("multivariate Gaussian mixture", M), ("probabilistic vector quantization", M), ("quantization", M),
          ("compression speed up", R)],
    results=[dict(anchor="3.18times compression speed up", metric="compression speed-up", value=3.18, unit="×",
                  dataset=None, method=None)],
)

A["hf-efficient-002"] = dict(
    title=[("U-REPA", M), ("U-Nets", M), ("ViTs", M)],
    text=[("Representation Alignment", M), ("REPA", M), ("U-REPA", M), ("Diffusion Transformer", M), ("DiT", M),
          ("DiTs", M), ("ViT", M), ("U-Net", M), ("MLPs", M), ("skip connection", M), ("CFG", M), ("FID", R),
          ("ImageNet 256 times 256", D)],
    results=[dict(anchor="FID<1.5", metric="FID", value=1.5, unit=None, dataset="ImageNet 256x256", method="U-REPA")],
)

A["hf-efficient-003"] = dict(
    title=[("OSCAR", M), ("Bit-rates", R)],
    text=[("latent diffusion models", M), ("lossy image compression", T), ("bit-rates", R), ("bit-rate", R),
          ("OSCAR", M)],
)

A["hf-efficient-004"] = dict(
    title=[("Latent Consistency Models", M)],
    text=[("Consistency models", M), ("consistency models", M), ("diffusion models", M), ("consistency training", M),
          ("text-to-image", T), ("video generation", T), ("iCT", M), ("Pseudo-Huber losses", M),
          ("Cauchy losses", M), ("optimal transport", M), ("OT", M), ("adaptive scaling-c scheduler", M),
          ("Non-scaling LayerNorm", M), ("latent consistency models", M)],
)

A["hf-efficient-005"] = dict(
    title=[("TSPulse", M)],
    text=[("TSPulse", M), ("classification", T), ("anomaly detection", T), ("imputation", T),
          ("zero-shot imputation", T), ("retrieval", T), ("time-series retrieval", T), ("TSLens", M),
          ("UEA", D), ("TSB-AD", D)],
    results=[
        dict(anchor="5-16% on the UEA", metric="improvement", value=16, value_low=5, unit="%", dataset="UEA",
             method="TSPulse"),
        dict(anchor="+20% on the TSB-AD", metric="improvement", value=20, unit="%", dataset="TSB-AD",
             method="TSPulse"),
        dict(anchor="+50% in zero-shot imputation", metric="improvement", value=50, unit="%", dataset=None,
             method="TSPulse"),
        dict(anchor="+25% in time-series retrieval", metric="improvement", value=25, unit="%", dataset=None,
             method="TSPulse"),
        dict(anchor="10-100X smaller", metric="model size reduction", value=100, value_low=10, unit="×",
             dataset=None, method="TSPulse"),
    ],
)

A["hf-efficient-006"] = dict(
    title=[("UniFlow", M)],
    text=[("speech enhancement", T), ("SE", T), ("target speaker extraction", T), ("TSE", T),
          ("acoustic echo cancellation", T), ("AEC", T), ("language-queried source separation", T), ("LASS", T),
          ("UniFlow", M), ("variational autoencoder", M), ("VAE", M), ("Diffusion Transformer", M), ("DiT", M),
          ("denoising diffusion", M), ("flow matching", M), ("mean flow", M)],
)

A["hf-efficient-007"] = dict(
    title=[("High-Resolution Video Synthesis", T), ("Latent Diffusion Models", M)],
    text=[("Latent Diffusion Models", M), ("LDMs", M), ("LDM", M), ("image synthesis", T), ("diffusion model", M),
          ("high-resolution video generation", T), ("video super resolution", T), ("text-to-video modeling", T),
          ("Video LDM", M), ("text-to-image", T), ("Stable Diffusion", M), ("text-to-video", T),
          ("personalized text-to-video generation", T)],
)

A["hf-efficient-008"] = dict(
    title=[("Sparse Training", M)],
    text=[("parameter-efficient fine-tuning", M), ("Adapter Tuning", M), ("full fine-tuning", M), ("pruning", M),
          ("Mixture of Sparse Adapters", M), ("MoSA", M), ("sparse training", M)],
)

A["hf-efficient-009"] = dict(
    title=[("PyramidDrop", M), ("Large Vision-Language Models", M)],
    text=[("large vision-language models", M), ("LVLMs", M), ("LVLM", M), ("PyramidDrop", M), ("LLaVA-NeXT", M),
          ("training time", R), ("inference FLOPs", R)],
    results=[
        dict(anchor="40% training time", metric="training time reduction", value=40, unit="%", dataset=None,
             method="PyramidDrop"),
        dict(anchor="55% inference FLOPs acceleration", metric="inference FLOPs reduction", value=55, unit="%",
             dataset=None, method="PyramidDrop"),
    ],
)

A["hf-efficient-010"] = dict(
    title=[("Image Super-resolution", T), ("Latent Diffusion", M), ("Sampling-space Mixture Of Experts", M)],
    text=[("image super-resolution", T), ("SR", T), ("diffusion model", M), ("Sample-Space Mixture of Experts", M),
          ("SS-MoE", M), ("blind super-resolution", T)],
)

A["hf-efficient-011"] = dict(
    title=[("TinySAM", M), ("Segment Anything Model", M)],
    text=[("segment anything model", M), ("SAM", M), ("tiny segment anything model", M), ("TinySAM", M),
          ("knowledge distillation", M), ("post-training quantization", M), ("promptable segmentation", T),
          ("segment anything", T), ("zero-shot transfer", T)],
    results=[dict(anchor="accelerate the everything inference by 2times", metric="speed-up", value=2, unit="×",
                  dataset=None, method=None)],
)

A["hf-efficient-012"] = dict(
    title=[("Flash-LLM", M), ("Unstructured Sparsity", M)],
    text=[("Unstructured model pruning", M), ("memory footprint", R), ("accuracy", R), ("unstructured sparsity", M),
          ("Flash-LLM", M), ("Load-as-Sparse and Compute-as-Dense", M), ("OPT-30B/66B/175B", M),
          ("tokens per GPU-second", R)],
    results=[
        dict(anchor="2.9x", metric="speed-up", value=2.9, unit="×", dataset=None, method="Flash-LLM"),
        dict(anchor="1.5x", metric="speed-up", value=1.5, unit="×", dataset=None, method="Flash-LLM"),
        dict(anchor="3.8x", metric="tokens per GPU-second", value=3.8, unit="×", dataset=None, method="Flash-LLM"),
        dict(anchor="3.6x improvement", metric="tokens per GPU-second", value=3.6, unit="×", dataset=None,
             method="Flash-LLM"),
    ],
)

A["hf-efficient-013"] = dict(
    title=[("AutoLUT", M), ("LUT", M), ("Image Super-Resolution", T), ("Automatic Sampling", M),
           ("Adaptive Residual Learning", M)],
    text=[("super-resolution", T), ("Look-Up Table", M), ("LUT", M), ("Automatic Sampling", M), ("AutoSample", M),
          ("Adaptive Residual Learning", M), ("AdaRL", M), ("MuLUT", M), ("SPF-LUT", M), ("PSNR", R), ("accuracy", R),
          ("storage sizes", R), ("storage space", R), ("inference time", R)],
    results=[
        dict(anchor="PSNR improvement of approximately +0.20 dB", metric="PSNR", value=0.20, unit="dB",
             dataset=None, method="MuLUT"),
        dict(anchor="50% reduction in storage space", metric="storage space reduction", value=50, unit="%",
             dataset=None, method="SPF-LUT"),
        dict(anchor="2/3 reduction in inference time", metric="inference time reduction", value=0.6667, unit=None,
             dataset=None, method="SPF-LUT"),
    ],
)

A["hf-efficient-014"] = dict(
    title=[("Iterative Soft Shrinkage Learning", M), ("Efficient Image Super-Resolution", T)],
    text=[("Image super-resolution", T), ("SR", T), ("CNN", M), ("transformer", M), ("memory footprint", R),
          ("network pruning", M), ("super-resolution", T), ("pruning", M), ("filter pruning", M),
          ("unstructured pruning", M), ("Iterative Soft Shrinkage-Percentage", M), ("ISS-P", M)],
)

A["hf-efficient-015"] = dict(
    title=[("Layered Self-Supervised Knowledge Distillation", M)],
    text=[("Layered Self-Supervised Knowledge Distillation", M), ("LSSKD", M), ("PS-KD", M), ("SSKD", M),
          ("HASSKD", M), ("CIFAR-100", D), ("ImageNet", D), ("Tiny ImageNet", D), ("few-shot learning", T),
          ("small language models", M)],
    results=[
        dict(anchor="improvement of 4.54\\%", metric="improvement", value=4.54, unit="%", dataset="CIFAR-100",
             method=None),
        dict(anchor="1.14% gain", metric="improvement", value=1.14, unit="%", dataset="CIFAR-100", method=None),
        dict(anchor="0.32% improvement", metric="improvement", value=0.32, unit="%", dataset="ImageNet",
             method=None),
    ],
)

A["hf-efficient-016"] = dict(
    title=[("SimpleGVR", M), ("Video Super-Resolution", T)],
    text=[("Latent diffusion models", M), ("video generation", T), ("video super-resolution", T), ("VSR", T),
          ("sparse local attention", M)],
)

A["hf-efficient-017"] = dict(
    title=[("LLM", M)],
    text=[("large language models", M), ("LLMs", M), ("Parameter-efficient fine-tuning", M), ("PEFT", M),
          ("memory usage", R), ("quantization", M), ("sketching", M), ("data compression", T), ("SketchTune", M), ("LLM", M), ("Llama-1/2/3", M),
          ("math problem-solving", T), ("common sense reasoning", T), ("instruction following", T),
          ("LoRA", M), ("DoRA", M), ("S2FT", M), ("LoftQ", M), ("accuracy", R), ("GSM8K", D)],
    results=[
        dict(anchor="2.6-3.5times smaller base models", metric="model size reduction", value=3.5, value_low=2.6,
             unit="×", dataset=None, method="SketchTune"),
        dict(anchor="accuracy by 14.48%", metric="accuracy", value=14.48, unit="%", dataset="GSM8K",
             method="SketchTune"),
        dict(anchor="7.3times fewer trainable parameters", metric="trainable parameter reduction", value=7.3,
             unit="×", dataset="GSM8K", method="SketchTune"),
    ],
)

A["hf-efficient-018"] = dict(
    title=[("LTX-Video", M), ("Latent Diffusion", M)],
    text=[("LTX-Video", M), ("latent diffusion model", M), ("video generation", T), ("Video-VAE", M),
          ("transformer", M), ("VAE", M), ("compression ratio", R), ("self-attention", M), ("text-to-video", T),
          ("image-to-video generation", T)],
    results=[
        dict(anchor="compression ratio of 1:192", metric="compression ratio", value=192, unit=None, dataset=None,
             method="Video-VAE"),
        dict(anchor="5 seconds of 24 fps video at 768x512 resolution in just 2 seconds", metric="generation time",
             value=2, unit="s", dataset=None, method=None),
    ],
)
