# Hand annotations, records hf-efficient-019 .. 044
M, D, R, T = "METHOD", "DATASET", "METRIC", "TASK"
A = {}

A["hf-efficient-019"] = dict(
    title=[("SparseD", M), ("Sparse Attention", M), ("Diffusion Language Models", M)],
    text=[("diffusion language models", M), ("DLMs", M), ("autoregressive models", M), ("ARs", M),
          ("inference latency", R), ("sparse attention", M), ("SparseD", M), ("full attention", M),
          ("FlashAttention", M), ("speedup", R)],
    results=[dict(anchor="1.50times speedup", metric="speed-up", value=1.50, unit="×", dataset=None,
                  method="SparseD")],
)

A["hf-efficient-020"] = dict(
    title=[("Sparse Iso-FLOP Transformations", M)],
    text=[("weight sparsity", M), ("test accuracy", R), ("training FLOPs", R), ("accuracy", R), ("FLOPs", R),
          ("Sparse-IFT", M), ("Sparse Iso-FLOP Transformations", M), ("ResNet-18", M), ("ImageNet", D),
          ("GPT-3 Small", M), ("WikiText-103", D), ("PPL", R)],
    results=[
        dict(anchor="+3.5%", metric="improvement", value=3.5, unit="%", dataset="ImageNet", method="Sparse-IFT"),
        dict(anchor="-0.4 PPL", metric="perplexity", value=-0.4, unit=None, dataset="WikiText-103",
             method="Sparse-IFT"),
    ],
)

A["hf-efficient-021"] = dict(
    title=[("Binary Latent Diffusion", M)],
    text=[("auto-encoder", M), ("vector quantization", M), ("binary latent diffusion model", M),
          ("unconditional image generation", T), ("high-resolution image generation", T)],
    results=[dict(anchor="as few as 16 steps", metric="sampling steps", value=16, unit=None, dataset=None,
                  method=None)],
)

A["hf-efficient-022"] = dict(
    title=[("Diffusion Models", M), ("Adaptive Feature Aggregation", M)],
    text=[("diffusion model", M), ("diffusion models", M), ("parameter merging", M),
          ("Adaptive Feature Aggregation", M), ("AFA", M), ("Spatial-Aware Block-Wise", M), ("SABW", M),
          ("U-Net", M)],
)

A["hf-efficient-023"] = dict(
    title=[("Dynamic Sparse Learning", M), ("Recommendation", T)],
    text=[("recommendation", T), ("model size", R), ("model compression", M), ("architecture search", M),
          ("Dynamic Sparse Learning", M), ("DSL", M)],
)

A["hf-efficient-024"] = dict(
    title=[("Wavelet Latent Diffusion", M), ("Wala", M)],
    text=[("Wavelet Latent Diffusion", M), ("WaLa", M), ("compression ratio", R), ("inference time", R)],
    results=[
        dict(anchor="2427x compression ratio", metric="compression ratio", value=2427, unit="×", dataset=None,
             method=None),
        dict(anchor="within two to four seconds", metric="generation time", value=4, value_low=2, unit="s",
             dataset=None, method="WaLa"),
    ],
)

A["hf-efficient-025"] = dict(
    title=[("LMM", M), ("Video Understanding", T)],
    text=[("Large Multimodal Models", M), ("LMMs", M), ("LMM", M), ("Quicksviewer", M), ("Gumbel Softmax", M),
          ("video understanding", T), ("compression rate", R), ("accuracy", R), ("Video-MME", D),
          ("tokens per frame", R)],
    results=[
        dict(anchor="45times compression rate", metric="compression rate", value=45, unit="×", dataset=None,
             method=None),
        dict(anchor="8.72 in accuracy", metric="accuracy", value=8.72, unit=None, dataset=None, method=None),
        dict(anchor="5\\% of tokens per frame", metric="tokens per frame", value=5, unit="%", dataset="Video-MME",
             method="Quicksviewer"),
    ],
)

A["hf-efficient-026"] = dict(
    title=[("PAT", M), ("Pruning-Aware Tuning", M), ("Large Language Models", M)],
    text=[("Large language models", M), ("LLMs", M), ("supervised fine-tuning", M), ("Structural pruning", M),
          ("structural pruning", M), ("post-hoc pruning", M), ("Pruning-Aware Tuning", M), ("PAT", M),
          ("Hybrid Sparsification Modules", M), ("HSMs", M), ("HSM", M), ("LoRA", M), ("Identity Loss", M),
          ("Llama2-7b", M), ("speedup", R), ("accuracy", R)],
    results=[
        dict(anchor="1.33times speedup", metric="speed-up", value=1.33, unit="×", dataset=None,
             method="Llama2-7b"),
        dict(anchor="1.26\\% in accuracy", metric="accuracy", value=1.26, unit="%", dataset=None,
             method="Llama2-7b"),
    ],
)

A["hf-efficient-027"] = dict(
    title=[("Dynamic Sparse No Training", M), ("LLMs", M)],
    text=[("large language models", M), ("LLMs", M), ("network pruning", M), ("Dynamic Sparse No Training", M),
          ("DSnoT", M), ("backpropagation", M), ("Dynamic Sparse Training", M), ("pruning", M),
          ("LLaMA-V1/V2", M), ("Vicuna", M), ("OPT", M), ("Wanda", M), ("perplexity", R), ("LLaMA-7B", M)],
    results=[dict(anchor="26.79 perplexity", metric="perplexity", value=26.79, unit=None, dataset=None,
                  method="DSnoT")],
)

A["hf-efficient-028"] = dict(
    title=[("Scale-DiT", M), ("Ultra-High-Resolution Image Generation", T), ("Hierarchical Local Attention", M)],
    text=[("Ultra-high-resolution text-to-image generation", T), ("texture synthesis", T), ("diffusion models", M),
          ("Scale-DiT", M), ("hierarchical local attention", M), ("image synthesis", T), ("LoRA", M),
          ("memory usage", R), ("dense attention", M), ("FID", R), ("IS", R), ("CLIP Score", R),
          ("ultra-high-resolution image generation", T)],
    results=[dict(anchor="2times faster inference", metric="speed-up", value=2, unit="×", dataset=None,
                  method="Scale-DiT")],
)

A["hf-efficient-029"] = dict(
    title=[("Diffusion Probabilistic Model", M)],
    text=[("diffusion probabilistic models", M), ("DPMs", M), ("DPM", M), ("latent diffusion model", M), ("LDM", M),
          ("Spectral Diffusion", M), ("SD", M), ("image synthesis", T), ("spectrum-aware distillation", M),
          ("computational complexity", R), ("latent diffusion models", M), ("unconditional image generation", T)],
    results=[dict(anchor="8-18x computational complexity reduction", metric="computational complexity reduction",
                  value=18, value_low=8, unit="×", dataset=None, method="SD")],
)

A["hf-efficient-030"] = dict(
    title=[("HierLight-YOLO", M), ("Object Detection", T)],
    text=[("YOLO", M), ("object detection", T), ("false negative rates", R), ("HierLight-YOLO", M), ("YOLOv8", M),
          ("Hierarchical Extended Path Aggregation Network", M), ("HEPAN", M), ("small object detection", T),
          ("accuracy", R), ("computational complexity", R), ("Inverted Residual Depthwise Convolution Block", M), ("IRDCB", M),
          ("Lightweight Downsample", M), ("LDown", M), ("VisDrone2019", D)],
)

A["hf-efficient-031"] = dict(
    title=[("Denoising Diffusion Models", M), ("MMD", M)],
    text=[("Denoising Diffusion Models", M), ("DDMs", M), ("diffusion models", M), ("MMD-DDM", M),
          ("Maximum Mean Discrepancy", M), ("MMD", M), ("unconditional image generation", T), ("CIFAR-10", D),
          ("CelebA", D), ("ImageNet", D), ("LSUN-Church", D)],
)

A["hf-efficient-032"] = dict(
    title=[("FLASH", M), ("Speculative Decoding", M)],
    text=[("Large language and multimodal models", M), ("LLMs", M), ("LMMs", M), ("Speculative decoding", M),
          ("speculative decoding", M), ("LLM", M), ("FLASH", M), ("Fast Latent-Aware Semi-Autoregressive Heuristics", M),
          ("semi-autoregressive decoding", M), ("acceptance rates", R), ("speed-up", R), ("video captioning", T),
          ("visual instruction tuning", T), ("LMM", M)],
    results=[
        dict(anchor="2.68times speed-up", metric="speed-up", value=2.68, unit="×", dataset=None, method="FLASH"),
        dict(anchor="2.55times", metric="speed-up", value=2.55, unit="×", dataset=None, method="FLASH"),
    ],
)

A["hf-efficient-033"] = dict(
    title=[("JEPA", M)],
    text=[("Video Joint Embedding Predictive Architectures", M), ("V-JEPA", M), ("exponential moving average", M),
          ("EMA", M), ("SALT", M), ("Static-teacher Asymmetric Latent Training", M), ("V-JEPA 2", M),
          ("pretraining FLOPs", R), ("probing accuracy", R), ("accuracy", R), ("FLOPs", R),
          ("self-distillation", M), ("video representation learning", T)],
)

A["hf-efficient-034"] = dict(
    title=[("Dataset Distillation", M)],
    text=[("Dataset distillation", M), ("HeLlO", M), ("CLIP", M), ("LoRA", M), ("dataset distillation", M)],
    results=[dict(anchor="0.003% of the original storage", metric="storage", value=0.003, unit="%", dataset=None,
                  method=None)],
)

A["hf-efficient-035"] = dict(
    title=[("Few-Shot Class-Incremental Learning", T), ("Training-Free Prototype Calibration", M)],
    text=[("Few-Shot Class-Incremental Learning", T), ("FSCIL", T), ("Training-frEE calibratioN", M), ("TEEN", M),
          ("few-shot learning", T)],
)

A["hf-efficient-036"] = dict(
    title=[("Sparse High Rank Adapters", M)],
    text=[("Low Rank Adaptation", M), ("LoRA", M), ("inference latency", R), ("Sparse High Rank Adapters", M),
          ("SHiRA", M), ("LVMs", M), ("LLMs", M), ("peak GPU memory", R)],
    results=[
        dict(anchor="30% higher", metric="inference latency", value=30, unit="%", dataset=None, method=None),
        dict(anchor="16% lower peak GPU memory", metric="peak GPU memory", value=16, unit="%", dataset=None,
             method="SHiRA"),
        dict(anchor="5x-16x faster", metric="speed-up", value=16, value_low=5, unit="×", dataset=None,
             method="SHiRA"),
    ],
)

A["hf-efficient-037"] = dict(
    title=[("Image Generation", T)],
    text=[("image generation", T), ("rFID", R), ("gFID", R), ("pFID", R), ("latent perturbation", M),
          ("classifier-free guidance", M), ("CFG", M)],
    results=[
        dict(anchor="1.60 gFID", metric="gFID", value=1.60, unit=None, dataset=None, method=None),
        dict(anchor="3.45 gFID", metric="gFID", value=3.45, unit=None, dataset=None, method=None),
    ],
)

A["hf-efficient-038"] = dict(
    title=[("Image Autoregressive Modeling", M)],
    text=[("Latent Diffusion Models", M), ("LDMs", M), ("Mask Image Models", M), ("MIMs", M),
          ("image generation", T), ("VQGAN", M), ("VAE", M), ("autoregressive models", M),
          ("autoregressive model", M), ("GPT", M), ("DiGIT", M), ("image autoregressive modeling", M),
          ("image understanding", T), ("next token prediction", M)],
)

A["hf-efficient-039"] = dict(
    title=[("Diffusion LMs", M)],
    text=[("autoregressive language models", M), ("masked diffusion language models", M), ("accuracy", R),
          ("diffusion LM", M), ("Dream-7B-Base", M), ("Dream-7B-Instruct", M), ("language modeling", T),
          ("MAUVE", R)],
    results=[
        dict(anchor="MAUVE score of 0.87", metric="MAUVE", value=0.87, unit=None, dataset=None, method=None),
        dict(anchor="marginal baseline of 0.31", metric="MAUVE", value=0.31, unit=None, dataset=None, method=None),
    ],
)

A["hf-efficient-040"] = dict(
    title=[("Image Super-Resolution", T)],
    text=[("super-resolution", T), ("SR", T), ("SISR", T), ("Pixel-level Classifier for Single Image Super-Resolution", M),
          ("PCSR", M), ("PSNR", R), ("FLOP", R)],
)

A["hf-efficient-041"] = dict(
    title=[("Inference-Time Decomposition of Activations", M), ("ITDA", M), ("Large Language Models", M)],
    text=[("Sparse autoencoders", M), ("SAEs", M), ("SAE", M), ("Large Langage Models", M), ("LLM", M),
          ("Inference-Time Decomposition of Activations", M), ("ITDA", M), ("ITDAs", M), ("matching pursuit", M),
          ("Llama-3.1 70B", M), ("LLMs", M), ("Jaccard similarity index", M), ("CKA", M), ("SVCCA", M)],
    results=[dict(anchor="1% of the time", metric="training time", value=1, unit="%", dataset=None, method="ITDA")],
)

A["hf-efficient-042"] = dict(
    title=[("Uncertainty-guided Perturbation", M), ("Image Super-Resolution", T), ("Diffusion Model", M)],
    text=[("image super-resolution", T), ("GAN", M), ("model size", R), ("Uncertainty-guided Noise Weighting", M),
          ("Uncertainty-guided Perturbation Super-Resolution", M), ("UPSR", M), ("UWSR", M)],
)

A["hf-efficient-043"] = dict(
    title=[("Learned Sparse Retrievers", M)],
    text=[("Learned sparse retrieval", M), ("retrieval", T), ("throughput", R), ("latency", R),
          ("IDF-aware FLOPS loss", M), ("Inverted Document Frequency", M), ("IDF", M), ("FLOPS regularization", M),
          ("accuracy", R), ("knowledge distillation", M), ("BEIR", D), ("NDCG@10", R), ("client-side latency", R),
          ("BM25", M)],
    skip=[("retrieval", "retrieval phase")],
    results=[
        dict(anchor="3.3 NDCG@10", metric="NDCG@10", value=3.3, unit=None, dataset="BEIR", method=None),
        dict(anchor="client-side latency only 1.1x", metric="latency", value=1.1, unit="×", dataset=None,
             method=None),
    ],
)

A["hf-efficient-044"] = dict(
    title=[("Tiny Time Mixers", M), ("TTMs", M), ("Zero/Few-Shot Forecasting", T)],
    text=[("zero/few-shot learning", T), ("large language models", M), ("LLMs", M), ("TS forecasting", T),
          ("transfer learning", M), ("Tiny Time Mixers", M), ("TTM", M), ("TSMixer", M), ("forecasting", T),
          ("few/zero-shot forecasting", T), ("accuracy", R), ("LLM-TS", M), ("inference time", R)],
    results=[
        dict(anchor="accuracy gains (12-38\\%)", metric="accuracy", value=38, value_low=12, unit="%", dataset=None,
             method="TTM"),
        dict(anchor="14X cut in learnable parameters", metric="learnable parameter reduction", value=14, unit="×",
             dataset=None, method=None),
        dict(anchor="106X less total parameters", metric="total parameter reduction", value=106, unit="×",
             dataset=None, method=None),
        dict(anchor="fine-tuning (65X)", metric="fine-tuning time reduction", value=65, unit="×", dataset=None,
             method=None),
        dict(anchor="inference time (54X)", metric="inference time reduction", value=54, unit="×", dataset=None,
             method=None),
    ],
)
