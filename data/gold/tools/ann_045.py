# Hand annotations, records hf-efficient-045 .. 068
M, D, R, T = "METHOD", "DATASET", "METRIC", "TASK"
A = {}

A["hf-efficient-045"] = dict(
    title=[("Bottleneck Sampling", M)],
    text=[("Diffusion models", M), ("diffusion models", M), ("self-attention", M), ("Bottleneck Sampling", M),
          ("video generation", T), ("image generation", T)],
    results=[
        dict(anchor="accelerates inference by up to 3times", metric="speed-up", value=3, unit="×", dataset=None,
             method="Bottleneck Sampling"),
        dict(anchor="2.5times", metric="speed-up", value=2.5, unit="×", dataset=None, method="Bottleneck Sampling"),
    ],
)

A["hf-efficient-046"] = dict(
    title=[("EMOv2", M)],
    text=[("FLOPs", R), ("dense predictions", T), ("dense prediction", T), ("Inverted Residual Block", M), ("IRB", M),
          ("CNNs", M), ("CNN", M), ("Transformer", M), ("Meta Mobile Block", M), ("MMBlock", M),
          ("Improved Inverted Residual Mobile Block", M), ("i2RMB", M), ("Efficient MOdel", M), ("EMOv2", M),
          ("latency", R), ("image generation", T), ("EMOv2-1M/2M/5M", M), ("Top-1", R), ("Top-1 accuracy", R),
          ("EMOv2-5M", M), ("RetinaNet", M), ("mAP", R), ("object detection", T), ("EMO-5M", M)],
    results=[
        dict(anchor="72.3", metric="top-1 accuracy", value=72.3, unit=None, dataset=None, method="EMOv2-1M"),
        dict(anchor="75.8", metric="top-1 accuracy", value=75.8, unit=None, dataset=None, method="EMOv2-2M"),
        dict(anchor="79.4 Top-1", metric="top-1 accuracy", value=79.4, unit=None, dataset=None, method="EMOv2-5M"),
        dict(anchor="41.5 mAP", metric="mAP", value=41.5, unit=None, dataset=None, method="EMOv2-5M"),
        dict(anchor="+2.6", metric="mAP", value=2.6, unit=None, dataset=None, method="EMOv2-5M"),
        dict(anchor="82.9 Top-1 accuracy", metric="top-1 accuracy", value=82.9, unit=None, dataset=None,
             method="EMOv2-5M"),
    ],
)

A["hf-efficient-047"] = dict(
    title=[("ALLoRA", M), ("Adaptive Learning Rate", M), ("LoRA", M)],
    text=[("Low-Rank Adaptation", M), ("LoRA", M), ("Large Language Model", M), ("LLM", M), ("Dropout", M),
          ("LoRA with Adaptive Learning rate", M), ("ALLoRA", M), ("accuracy", R),
          ("Weight-Decomposed Low-Rank Adaptation", M), ("DoRA", M), ("LLMs", M), ("Llama3", M)],
)

A["hf-efficient-048"] = dict(
    title=[("QMambaBSR", M), ("Burst Image Super-Resolution", T), ("Query State Space Model", M)],
    text=[("Burst super-resolution", T), ("BusrtSR", T), ("super-resolution", T),
          ("Query Mamba Burst Super-Resolution", M), ("QMambaBSR", M), ("Query State Space Model", M), ("QSSM", M),
          ("Adaptive Up-sampling", M), ("AdaUp", M)],
)

A["hf-efficient-049"] = dict(
    title=[("BECLR", M), ("Batch Enhanced Contrastive Few-Shot Learning", M)],
    text=[("Unsupervised few-shot learning", T), ("U-FSL", T), ("contrastive learning", M),
          ("Dynamic Clustered mEmory", M), ("DyCE", M), ("Optimal Transport-based distribution Alignment", M),
          ("OpTA", M), ("FSL", T), ("BECLR", M)],
)

A["hf-efficient-050"] = dict(
    title=[("Diffusion Models", M)],
    text=[("Diffusion Probabilistic Models", M), ("DPM", M), ("Time-Shift Sampler", M), ("DDPM", M), ("DDIM", M),
          ("FID", R), ("F-PNDM", M), ("CIFAR-10", D)],
    results=[
        dict(anchor="FID=3.88", metric="FID", value=3.88, unit=None, dataset="CIFAR-10", method="Time-Shift Sampler"),
        dict(anchor="44.49\\% improvements", metric="FID", value=44.49, unit="%", dataset="CIFAR-10",
             method="Time-Shift Sampler"),
    ],
)

A["hf-efficient-051"] = dict(
    title=[("Invertible Diffusion Models", M), ("Compressed Sensing", T)],
    text=[("image compressed sensing", T), ("CS", T), ("diffusion models", M), ("image reconstruction", T),
          ("Invertible Diffusion Models", M), ("IDM", M), ("U-Net", M), ("GPU memory", R), ("PSNR", R), ("DDNM", M)],
    results=[
        dict(anchor="93.8% GPU memory", metric="GPU memory reduction", value=93.8, unit="%", dataset=None,
             method=None),
        dict(anchor="2.64dB in PSNR", metric="PSNR", value=2.64, unit="dB", dataset=None, method="IDM"),
        dict(anchor="10.09dB PSNR gain", metric="PSNR", value=10.09, unit="dB", dataset=None, method="IDM"),
        dict(anchor="14.54 times faster inference", metric="speed-up", value=14.54, unit="×", dataset=None,
             method="IDM"),
    ],
)

A["hf-efficient-052"] = dict(
    title=[("Diffusion Models", M), ("Alias-Free Resampling", M)],
    text=[("image generation", T), ("diffusion models", M), ("image synthesis", T), ("diffusion model", M),
          ("alias-free resampling", M), ("UNet", M), ("CIFAR-10", D), ("MNIST", D), ("MNIST-M", D), ("FID", R),
          ("KID", R)],
)

A["hf-efficient-053"] = dict(
    title=[("SaRA", M), ("Diffusion Model", M), ("Progressive Sparse Low-Rank Adaptation", M)],
    text=[("diffusion models", M), ("video generation", T), ("Stable Diffusion", M), ("model pruning", M),
          ("SaRA", M), ("sparse training", M), ("unstructural backpropagation", M), ("LoRA", M), ("SD", M)],
)

A["hf-efficient-054"] = dict(
    title=[("DiffuseVAE", M)],
    text=[("Diffusion probabilistic models", M), ("image synthesis", T), ("Variational Autoencoders", M),
          ("VAEs", M), ("DiffuseVAE", M), ("VAE", M), ("diffusion model", M), ("diffusion models", M),
          ("controllable synthesis", T), ("DDPM", M), ("DDIM", M), ("FID", R), ("CelebA-HQ-128", D),
          ("CIFAR-10", D), ("CelebA-64", D)],
    results=[
        dict(anchor="FID of 16.47", metric="FID", value=16.47, unit=None, dataset="CelebA-HQ-128", method=None),
        dict(anchor="34.36", metric="FID", value=34.36, unit=None, dataset="CelebA-HQ-128", method="DDIM"),
    ],
)

A["hf-efficient-055"] = dict(
    title=[("LLM", M)],
    text=[("LLM", M), ("Sparsely-Sharded (S2) Attention", M), ("S2-Attention", M), ("speed-up", R),
          ("KV cache", M), ("wall-clock attention speed-up", R), ("FlashAttention-2", M), ("training time", R),
          ("inference latency", R), ("needle retrieval", T), ("accuracy", R), ("LLMs", M)],
    force=[("S2-Attention", "S2-Attentioncan", M)],
    results=[
        dict(anchor="25.3X wall-clock attention speed-up", metric="speed-up", value=25.3, unit="×", dataset=None,
             method="S2-Attention"),
        dict(anchor="6X reduction in end-to-end training time", metric="training time reduction", value=6,
             unit="×", dataset=None, method="S2-Attention"),
        dict(anchor="10X inference latency", metric="inference latency reduction", value=10, unit="×",
             dataset=None, method="S2-Attention"),
    ],
)

A["hf-efficient-056"] = dict(
    title=[("Lumina-mGPT 2.0", M), ("AutoRegressive Image Modeling", M)],
    text=[("Lumina-mGPT 2.0", M), ("autoregressive model", M), ("image generation", T), ("diffusion models", M),
          ("DALL-E 3", M), ("SANA", M), ("autoregressive modeling", M), ("subject-driven generation", T),
          ("image editing", T), ("controllable synthesis", T), ("dense prediction", T),
          ("inference-time scaling", M), ("speculative Jacobi sampling", M), ("text-to-image", T), ("GenEval", D),
          ("DPG", D), ("Graph200K", D), ("multimodal generation", T)],
)

A["hf-efficient-057"] = dict(
    title=[("M2TRec", M), ("Metadata-aware Multi-task Transformer", M), ("Session-based Recommendations", T)],
    text=[("Session-based recommender systems", M), ("SBRSs", M), ("M2TRec", M),
          ("Metadata-aware Multi-task Transformer", M), ("session-based recommendations", T)],
)

A["hf-efficient-058"] = dict(
    title=[("SqueezeLLM", M), ("Dense-and-Sparse Quantization", M)],
    text=[("Large Language Models", M), ("LLMs", M), ("quantization", M), ("SqueezeLLM", M),
          ("post-training quantization", M), ("sensitivity-based non-uniform quantization", M),
          ("Dense-and-Sparse decomposition", M), ("LLaMA", M), ("perplexity", R), ("speedup", R)],
    results=[
        dict(anchor="perplexity gap from the FP16 baseline by up to 2.1x", metric="perplexity gap reduction",
             value=2.1, unit="×", dataset=None, method=None),
        dict(anchor="2.3x speedup", metric="speed-up", value=2.3, unit="×", dataset=None, method=None),
    ],
)

A["hf-efficient-059"] = dict(
    title=[("RECOMBINER", M), ("Implicit Neural Representations", M)],
    text=[("COMpression with Bayesian Implicit NEural Representations", M), ("COMBINER", M),
          ("data compression", T), ("Implicit Neural Representation", M), ("INR", M), ("INRs", M),
          ("quantization", M), ("rate-distortion performance", R), ("positional encodings", M),
          ("Robust and Enhanced COMBINER", M), ("RECOMBINER", M), ("autoencoder", M), ("bitrates", R)],
)

A["hf-efficient-060"] = dict(
    title=[("Clustering", T)],
    text=[("clustering", T), ("subspace clustering", T), ("Maximal Coding Rate Reduction", M), ("CIFAR-10", D),
          ("TinyImageNet-200", D), ("deep clustering", T)],
)

A["hf-efficient-061"] = dict(
    title=[("Diffusion Models", M)],
    text=[("Diffusion-based generative models", M), ("relative entropy", R), ("curriculum learning", M),
          ("diffusion models", M), ("image generation", T), ("text-to-image generation", T)],
)

A["hf-efficient-062"] = dict(
    title=[("Sparse Attention", M), ("Long Video Generation", T)],
    text=[("Diffusion Transformers", M), ("DiTs", M), ("latency", R), ("HunyuanVideo", M), ("PFLOPs", R),
          ("AdaSpa", M), ("Dynamic Pattern", M), ("Online Precise Search", M), ("sparse attention", M),
          ("Fused LSE-Cached Search", M), ("Head-adaptive Hierarchical Block Sparse Attention", M),
          ("video generation", T)],
    results=[
        dict(anchor="600 PFLOPs", metric="FLOPs", value=600, unit="PFLOPs", dataset=None, method="HunyuanVideo"),
        dict(anchor="500 PFLOPs", metric="FLOPs", value=500, unit="PFLOPs", dataset=None, method="HunyuanVideo"),
    ],
)

A["hf-efficient-063"] = dict(
    title=[("CAST", M), ("Sparsity-Aware Training", M), ("Large Language Models", M)],
    text=[("Sparsity-aware training", M), ("sparsity-aware training", M), ("large language models", M),
          ("LLMs", M), ("latency", R), ("memory consumption", R), ("Continuous Adaptive Sparse Trainer", M),
          ("CAST", M), ("AdamS", M), ("Weight Scaling", M), ("Knowledge Distillation", M), ("perplexity", R),
          ("zero-shot accuracy", R), ("LLaMA2-7B", M), ("quantization", M)],
    results=[
        dict(anchor="perplexity increase of 0.09", metric="perplexity", value=0.09, unit=None, dataset=None,
             method="LLaMA2-7B"),
        dict(anchor="0.36% gain in zero-shot accuracy", metric="zero-shot accuracy", value=0.36, unit="%",
             dataset=None, method="LLaMA2-7B"),
    ],
)

A["hf-efficient-064"] = dict(
    title=[("Region-Adaptive Sampling", M), ("Diffusion Transformers", M)],
    text=[("Diffusion models", M), ("DMs", M), ("U-Net", M), ("Diffusion Transformers", M), ("DiTs", M),
          ("RAS", M), ("DiT", M), ("Stable Diffusion 3", M), ("Lumina-Next-T2I", M), ("speedups", R),
          ("speedup", R), ("diffusion transformers", M)],
    results=[
        dict(anchor="speedups up to 2.36x", metric="speed-up", value=2.36, unit="×", dataset=None, method="RAS"),
        dict(anchor="2.51x", metric="speed-up", value=2.51, unit="×", dataset=None, method="RAS"),
        dict(anchor="1.6x speedup", metric="speed-up", value=1.6, unit="×", dataset=None, method="RAS"),
    ],
)

A["hf-efficient-065"] = dict(
    title=[("Sparse Finetuning", M), ("Large Language Models", M)],
    text=[("sparse finetuning", M), ("large language models", M), ("LLMs", M), ("accuracy", R),
          ("distillation", M), ("L2-based distillation", M), ("SquareHead", M), ("speedups", R), ("T5", M),
          ("language translation", T), ("Whisper", M), ("speech translation", T), ("GPT", M), ("MPT", M),
          ("text generation", T), ("quantization", M)],
    results=[dict(anchor="75% sparsity", metric="sparsity", value=75, unit="%", dataset=None,
                  method="sparse finetuning")],
)

A["hf-efficient-066"] = dict(
    title=[("GaLore", M), ("WeLore", M)],
    text=[("Large Language Models", M), ("LLMs", M), ("memory usage", R), ("Weight Low-Rank Projection", M),
          ("WeLore", M), ("full-finetuning", M), ("full finetuning", M), ("LLaMa-2 7B", M), ("throughput", R),
          ("GPU requirement", R)],
    results=[
        dict(anchor="~3x better throughput", metric="throughput", value=3, unit="×", dataset=None, method="WeLore"),
        dict(anchor="~0.6x GPU requirement", metric="GPU requirement", value=0.6, unit="×", dataset=None,
             method="WeLore"),
    ],
)

A["hf-efficient-067"] = dict(
    title=[("SlimMoE", M), ("MoE", M), ("Expert Slimming", M), ("Distillation", M)],
    text=[("Mixture of Experts", M), ("MoE", M), ("large language models", M), ("LLMs", M), ("SlimMoE", M),
          ("one-shot pruning", M), ("Phi 3.5-MoE", M), ("Phi-mini-MoE", M), ("Phi-tiny-MoE", M), ("Phi-3-mini", M),
          ("MMLU", D), ("Llama 3.1 8B", M), ("latency", R), ("structured pruning", M), ("staged distillation", M)],
)

A["hf-efficient-068"] = dict(
    title=[("AbsTopK", M), ("Sparse Autoencoders", M)],
    text=[("Sparse autoencoders", M), ("SAEs", M), ("SAE", M), ("large language models", M), ("LLMs", M),
          ("dictionary learning", M), ("proximal gradient method", M), ("sparse coding", M), ("ReLU", M),
          ("JumpReLU", M), ("TopK", M), ("AbsTopK SAE", M), ("AbsTopK", M), ("reconstruction fidelity", R),
          ("Difference-in-Mean", M)],
)
