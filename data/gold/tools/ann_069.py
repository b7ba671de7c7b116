# Hand annotations, records hf-efficient-069 .. 101
M, D, R, T = "METHOD", "DATASET", "METRIC", "TASK"
A = {}

A["hf-efficient-069"] = dict(
    title_results=[dict(anchor="80%+ Top-1 Accuracy", metric="top-1 accuracy", value=80.0, unit="%", dataset="ImageNet", method="MEAL V2")],
    title=[("MEAL V2", M), ("ResNet-50", M), ("Top-1 Accuracy", R), ("ImageNet", D)],
    text=[("distillation", M), ("ResNet-50", M), ("Top-1 accuracy", R), ("top-1 accuracy", R), ("ImageNet", D),
          ("knowledge distillation", M), ("weight decay", M), ("label smoothing", M), ("autoaug", M),
          ("randaug", M), ("cosine learning rate", M), ("mixup", M), ("cutmix", M), ("ResNet-18", M)],
    results=[
        dict(anchor="80%+ Top-1 accuracy on ImageNet", metric="top-1 accuracy", value=80, unit="%",
             dataset="ImageNet", method="ResNet-50"),
        dict(anchor="80.67% top-1 accuracy on ImageNet", metric="top-1 accuracy", value=80.67, unit="%",
             dataset="ImageNet", method="ResNet-50"),
        dict(anchor="80% on ImageNet", metric="top-1 accuracy", value=80, unit="%", dataset="ImageNet",
             method="ResNet-50"),
        dict(anchor="73.19%", metric="top-1 accuracy", value=73.19, unit="%", dataset=None, method="ResNet-18"),
    ],
)

A["hf-efficient-070"] = dict(
    title=[("EfficientDM", M), ("Quantization-Aware Fine-Tuning", M), ("Diffusion Models", M)],
    text=[("Diffusion models", M), ("image synthesis", T), ("latency", R), ("Quantization", M),
          ("diffusion models", M), ("post-training quantization", M), ("PTQ", M), ("quantization-aware training", M),
          ("QAT", M), ("parameter-efficient fine-tuning", M), ("EfficientDM", M), ("low-rank adapter", M),
          ("QALoRA", M), ("temporal learned step-size quantization", M), ("sFID", R), ("LDM-4", M),
          ("ImageNet 256x256", D), ("quantization speed", R)],
    results=[
        dict(anchor="0.05 sFID increase", metric="sFID", value=0.05, unit=None, dataset="ImageNet 256x256",
             method="LDM-4"),
        dict(anchor="16.2x faster quantization speed", metric="quantization speed-up", value=16.2, unit="×",
             dataset=None, method="EfficientDM"),
    ],
)

A["hf-efficient-071"] = dict(
    title=[("Householder Projector", M), ("Latent Semantics Discovery", T)],
    text=[("Generative Adversarial Networks", M), ("GANs", M), ("style-based generators", M), ("StyleGANs", M),
          ("Latent semantics discovery", T), ("Householder Projector", M), ("Householder transformations", M),
          ("StyleGAN2", M), ("StyleGAN3", M)],
)

A["hf-efficient-072"] = dict(
    title=[("EoRA", M), ("LLM", M), ("Eigenspace Low-Rank Approximation", M)],
    text=[("model compression", M), ("compression ratios", R), ("SVD", M),
          ("Training-free Eigenspace Low-Rank Approximation", M), ("EoRA", M), ("quantization", M),
          ("LLaMA2/3", M), ("language generation", T), ("commonsense reasoning", T), ("math reasoning", T),
          ("ARC-Easy", D), ("ARC-Challenge", D), ("MathQA", D), ("LLaMA3-8B", M), ("LLMs", M)],
    results=[
        dict(anchor="31.31%", metric="improvement", value=31.31, unit="%", dataset="ARC-Easy", method="EoRA"),
        dict(anchor="12.88%", metric="improvement", value=12.88, unit="%", dataset="ARC-Challenge", method="EoRA"),
        dict(anchor="9.69% improvements", metric="improvement", value=9.69, unit="%", dataset="MathQA",
             method="EoRA"),
    ],
)

A["hf-efficient-073"] = dict(
    title=[("Long-Context Modeling", T), ("Dynamic Hierarchical Sparse Attention", M), ("LLMs", M)],
    text=[("LLMs", M), ("sliding windows", M), ("global tokens", M), ("accuracy", R), ("long-context modeling", T),
          ("Dynamic Hierarchical Sparse Attention", M), ("DHSA", M), ("Gemma2", M),
          ("Needle-in-a-Haystack Test", D), ("LongBench", D), ("dense attention", M), ("prefill latency", R),
          ("peak memory usage", R), ("block sparse attention", M)],
    results=[
        dict(anchor="prefill latency by 20-60%", metric="prefill latency reduction", value=60, value_low=20,
             unit="%", dataset=None, method="DHSA"),
        dict(anchor="peak memory usage by 35%", metric="peak memory usage reduction", value=35, unit="%",
             dataset=None, method="DHSA"),
        dict(anchor="accuracy (6-18% relative gains)", metric="accuracy", value=18, value_low=6, unit="%",
             dataset=None, method="DHSA"),
    ],
)

A["hf-efficient-074"] = dict(
    title=[("Diffusion Models", M), ("CycleDiffusion", M)],
    text=[("Diffusion models", M), ("diffusion models", M), ("GANs", M), ("VAEs", M), ("normalizing flows", M),
          ("DPM-Encoder", M), ("CycleDiffusion", M), ("unpaired image-to-image translation", T),
          ("text-to-image", T), ("energy-based models", M), ("CLIP", M), ("face recognition", T)],
)

A["hf-efficient-075"] = dict(
    title=[("DualFast", M), ("Diffusion Models", M)],
    text=[("Diffusion probabilistic models", M), ("DPMs", M), ("DPM", M), ("visual generation", T),
          ("DualFast", M)],
)

A["hf-efficient-076"] = dict(
    title=[("Faster Diffusion", M), ("UNet", M), ("Diffusion Models", M)],
    text=[("diffusion models", M), ("UNet", M), ("encoder propagation", M), ("prior noise injection", M),
          ("text-to-image", T), ("text-to-video", T), ("personalized generation", T),
          ("reference-guided generation", T), ("knowledge distillation", M), ("Stable Diffusion", M), ("SD", M),
          ("DeepFloyd-IF", M)],
    results=[
        dict(anchor="41%", metric="speed-up", value=41, unit="%", dataset=None, method="Stable Diffusion"),
        dict(anchor="24%", metric="speed-up", value=24, unit="%", dataset=None, method="DeepFloyd-IF"),
    ],
)

A["hf-efficient-077"] = dict(
    title=[("ProNeRF", M), ("Projection-Aware Ray Sampling", M), ("Implicit Neural Radiance Fields", M)],
    text=[("neural rendering", T), ("memory footprint", R), ("inference times", R),
          ("implicit neural radiance fields", M), ("rendering time", R), ("NeRF", M), ("ProNeRF", M),
          ("HyperReel", M), ("K-Planes", M), ("projection-aware sampling", M), ("PAS", M), ("PSNR", R),
          ("LLFF", D), ("Blender", D)],
    results=[
        dict(anchor="10times reduction in rendering time", metric="rendering time reduction", value=10, unit="×",
             dataset=None, method=None),
        dict(anchor="15-23x faster", metric="speed-up", value=23, value_low=15, unit="×", dataset=None,
             method="ProNeRF"),
        dict(anchor="0.65dB higher PSNR", metric="PSNR", value=0.65, unit="dB", dataset=None, method="ProNeRF"),
        dict(anchor="0.95dB higher PSNR", metric="PSNR", value=0.95, unit="dB", dataset=None, method="ProNeRF"),
    ],
)

A["hf-efficient-078"] = dict(
    title=[("S^{2}FT", M), ("LLM", M), ("Structured Sparsity", M)],
    text=[("PEFT", M), ("LLMs", M), ("sparse fine-tuning", M), ("Structured Sparse Fine-Tuning", M),
          ("S^{2}FT", M), ("Transformer", M), ("arithmetic reasoning", T), ("LoRA", M), ("full FT", M),
          ("instruction tuning", M), ("partial backpropagation", M), ("training memory", R), ("latency", R)],
    results=[
        dict(anchor="4.6%", metric="improvement", value=4.6, unit="%", dataset=None, method=None),
        dict(anchor="1.3% average improvements", metric="improvement", value=1.3, unit="%", dataset=None,
             method=None),
        dict(anchor="full FT by 11.5%", metric="improvement", value=11.5, unit="%", dataset=None, method=None),
        dict(anchor="training memory up to 3times", metric="training memory reduction", value=3, unit="×",
             dataset=None, method="S2FT"),
        dict(anchor="latency by 1.5-2.7times", metric="latency improvement", value=2.7, value_low=1.5, unit="×",
             dataset=None, method="S2FT"),
        dict(anchor="10% improvement", metric="improvement", value=10, unit="%", dataset=None, method="S2FT"),
    ],
)

A["hf-efficient-079"] = dict(
    title=[("Super-Resolution", T), ("Stable Diffusion", M), ("Scale Distillation", M)],
    text=[("YONOS-SR", M), ("stable diffusion", M), ("image super-resolution", T), ("DDIM", M),
          ("scale distillation", M), ("SR", T), ("diffusion model", M), ("U-Net", M)],
)

A["hf-efficient-080"] = dict(
    title=[("Conditional Latent Coding", M), ("Deep Image Compression", T)],
    text=[("spatial pyramid pooling", M), ("Conditional Latent Matching", M), ("CLM", M),
          ("Conditional Latent Synthesis", M), ("CLS", M), ("conditional latent coding", M), ("CLC", M),
          ("bits per pixel", R)],
    results=[
        dict(anchor="up to 1.2 dB", metric="improvement", value=1.2, unit="dB", dataset=None, method=None),
        dict(anchor="0.5\\% bits per pixel", metric="bits per pixel", value=0.5, unit="%", dataset=None,
             method=None),
    ],
)

A["hf-efficient-081"] = dict(
    title=[("Smooth Diffusion", M), ("Diffusion Models", M)],
    text=[("diffusion models", M), ("text-to-image", T), ("T2I", T), ("image interpolation", T),
          ("Smooth Diffusion", M), ("Step-wise Variation Regularization", M),
          ("interpolation standard deviation", R), ("ISTD", R), ("diffusion model", M), ("Smooth-LoRA", M)],
)

A["hf-efficient-082"] = dict(
    title=[("InstaRevive", M), ("Image Enhancement", T), ("Dynamic Score Matching", M)],
    text=[("Image enhancement", T), ("image enhancement", T), ("InstaRevive", M),
          ("score-based diffusion distillation", M), ("diffusion model", M), ("diffusion distillation", M),
          ("score matching", M), ("image captioning", T)],
)

A["hf-efficient-083"] = dict(
    title=[("LatentSpeech", M), ("Latent Diffusion", M), ("Text-To-Speech Generation", T)],
    text=[("Generative Adversarial Networks", M), ("Variational Autoencoders", M), ("speech generation", T),
          ("Text-to-Speech", T), ("LatentSpeech", M), ("TTS", T), ("latent diffusion models", M), ("accuracy", R),
          ("Word Error Rate", R), ("Mel Cepstral Distortion", R)],
    results=[
        dict(anchor="target dimension to 5%", metric="target dimension", value=5, unit="%", dataset=None,
             method="LatentSpeech"),
        dict(anchor="25% improvement in Word Error Rate", metric="WER", value=25, unit="%", dataset=None,
             method="LatentSpeech"),
        dict(anchor="24% improvement in Mel Cepstral Distortion", metric="MCD", value=24, unit="%", dataset=None,
             method="LatentSpeech"),
        dict(anchor="49.5%", metric="WER", value=49.5, unit="%", dataset=None, method="LatentSpeech"),
        dict(anchor="26%", metric="MCD", value=26, unit="%", dataset=None, method="LatentSpeech"),
    ],
)

A["hf-efficient-084"] = dict(
    title=[("R-Sparse", M), ("Rank-Aware Activation Sparsity", M), ("LLM", M)],
    text=[("Large Language Models", M), ("LLMs", M), ("Activation sparsity", M), ("activation sparsity", M),
          ("ReLU", M), ("R-Sparse", M), ("Llama-2/3", M), ("Mistral", M)],
    results=[dict(anchor="43% end-to-end efficient improvements", metric="improvement",
                  value=43, unit="%", dataset=None, method="R-Sparse")],
)

A["hf-efficient-085"] = dict(
    title=[("Converting Autoencoder", M)],
    text=[("inference time", R), ("energy usage", R), ("prediction accuracy", R), ("autoencoder", M),
          ("early-exiting", M), ("Early-exiting", M), ("DNN partitioning", M), ("CBNet", M),
          ("image-classification", T), ("speedup", R), ("inference latency", R), ("accuracy", R)],
    results=[
        dict(anchor="4.8x speedup in inference latency", metric="speed-up", value=4.8, unit="×", dataset=None,
             method="CBNet"),
        dict(anchor="79% reduction in energy usage", metric="energy usage reduction", value=79, unit="%",
             dataset=None, method="CBNet"),
    ],
)

A["hf-efficient-086"] = dict(
    title=[("SVDQunat", M), ("Diffusion Models", M)],
    text=[("Diffusion models", M), ("diffusion models", M), ("latency", R), ("post-training quantization", M),
          ("large language models", M), ("smoothing", M), ("SVDQuant", M), ("quantization", M),
          ("Singular Value Decomposition", M), ("SVD", M), ("speedup", R), ("low-rank adapters", M), ("LoRAs", M),
          ("SDXL", M), ("PixArt-Sigma", M), ("FLUX.1", M), ("memory usage", R)],
    results=[
        dict(anchor="memory usage for the 12B FLUX.1 models by 3.5times", metric="memory usage reduction",
             value=3.5, unit="×", dataset=None, method="FLUX.1"),
        dict(anchor="3.0times speedup", metric="speed-up", value=3.0, unit="×", dataset=None, method="FLUX.1"),
    ],
)

A["hf-efficient-087"] = dict(
    title=[("Inference-Time Scaling", M), ("Flow Models", M), ("Rollover Budget Forcing", M)],
    text=[("inference-time scaling", M), ("flow models", M), ("LLMs", M), ("diffusion models", M),
          ("particle sampling", M), ("SDE-based generation", M), ("Interpolant conversion", M),
          ("Rollover Budget Forcing", M), ("RBF", M), ("variance-preserving", M), ("VP", M), ("VP-SDE", M)],
)

A["hf-efficient-088"] = dict(
    title=[("InfVSR", M), ("Video Super-Resolution", T)],
    text=[("video super-resolution", T), ("VSR", T), ("InfVSR", M), ("DiT", M), ("KV-cache", M), ("speed-up", R),
          ("MGLD-VSR", M)],
    results=[dict(anchor="58x speed-up", metric="speed-up", value=58, unit="×", dataset=None, method=None)],
)

A["hf-efficient-089"] = dict(
    title=[("COSPADI", M), ("LLMs", M), ("Calibration-Guided Sparse Dictionary Learning", M)],
    text=[("Post-training compression", M), ("large language models", M), ("LLMs", M),
          ("low-rank weight approximation", M), ("accuracy", R), ("CoSpaDi", M),
          ("Compression via Sparse Dictionary Learning", M), ("low-rank decomposition", M),
          ("compression ratios", R), ("structured sparsity", M), ("post-training quantization", M), ("latency", R),
          ("Llama", M), ("Qwen", M), ("perplexity", R), ("structured sparse dictionary learning", M), ("LLM", M)],
)

A["hf-efficient-090"] = dict(
    title=[("pruning", M), ("model compression", M)],
    text=[("Model pruning", M), ("accuracy", R), ("model size", R), ("model compression", M),
          ("gradual pruning", M), ("memory footprint", R), ("CNNs", M), ("LSTM", M), ("seq2seq", M)],
    results=[dict(anchor="10x reduction in number of non-zero parameters", metric="non-zero parameter reduction",
                  value=10, unit="×", dataset=None, method=None)],
)

A["hf-efficient-091"] = dict(
    title=[("Video Tokenization", T)],
    text=[("Variational Autoencoder", M), ("VAE", M), ("video compression", T), ("KL regularization", M),
          ("adversarial training", M), ("Generative Adversarial Networks", M), ("GANs", M), ("GAN", M),
          ("diffusion models", M), ("CDT", M), ("Conditioned Diffusion-based video Tokenizer", M),
          ("diffusion model", M), ("video reconstruction", T), ("speedup", R), ("video generation", T)],
    results=[dict(anchor="3times inference speedup", metric="speed-up", value=3, unit="×", dataset=None,
                  method="CDT")],
)

A["hf-efficient-092"] = dict(
    title=[("WINA", M), ("Weight Informed Neuron Activation", M), ("Large Language Model", M)],
    text=[("large language models", M), ("LLMs", M), ("Mixture-of-Experts", M), ("MoE", M),
          ("sparse activation", M), ("accuracy", R), ("WINA", M), ("Weight Informed Neuron Activation", M),
          ("TEAL", M), ("LLM", M)],
    results=[dict(anchor="2.94% in average performance", metric="improvement", value=2.94, unit="%",
                  dataset=None, method="WINA")],
)

A["hf-efficient-093"] = dict(
    title=[("Skip-Tuning", M)],
    text=[("UNet", M), ("diffusion probabilistic models", M), ("image generation", T), ("skip connections", M),
          ("Skip-Tuning", M), ("FID", R), ("EDM", M), ("ImageNet 64", D), ("NFEs", R), ("EDM-2", M)],
    results=[
        dict(anchor="100% FID improvement", metric="FID", value=100, unit="%", dataset="ImageNet 64x64",
             method="EDM"),
        dict(anchor="19 NFEs (1.75)", metric="FID", value=1.75, unit=None, dataset="ImageNet 64x64", method="EDM"),
        dict(anchor="EDM-2 (1.58)", metric="FID", value=1.58, unit=None, dataset=None, method="EDM-2"),
        dict(anchor="39 NFEs (1.57)", metric="FID", value=1.57, unit=None, dataset=None, method=None),
    ],
)

A["hf-efficient-094"] = dict(
    title=[("LowDiff", M)],
    text=[("Diffusion models", M), ("image generation", T), ("LowDiff", M), ("diffusion models", M),
          ("CIFAR-10", D), ("FFHQ", D), ("ImageNet", D), ("throughput", R), ("FID", R), ("IS", R),
          ("FFHQ 64x64", D), ("ImageNet 256x256", D), ("LightningDiT-B/1", M)],
    results=[
        dict(anchor="over 50% throughput improvement", metric="throughput", value=50, unit="%", dataset=None,
             method=None),
        dict(anchor="FID of 2.11", metric="FID", value=2.11, unit=None, dataset="CIFAR-10", method="LowDiff"),
        dict(anchor="IS of 9.87", metric="IS", value=9.87, unit=None, dataset="CIFAR-10", method="LowDiff"),
        dict(anchor="FID of 1.94", metric="FID", value=1.94, unit=None, dataset="CIFAR-10", method="LowDiff"),
        dict(anchor="IS of 10.03", metric="IS", value=10.03, unit=None, dataset="CIFAR-10", method="LowDiff"),
        dict(anchor="FID of 2.43", metric="FID", value=2.43, unit=None, dataset="FFHQ 64x64", method="LowDiff"),
        dict(anchor="FID of 4.00", metric="FID", value=4.00, unit=None, dataset="ImageNet 256x256",
             method="LowDiff"),
        dict(anchor="IS of 195.06", metric="IS", value=195.06, unit=None, dataset="ImageNet 256x256",
             method="LowDiff"),
    ],
)

A["hf-efficient-095"] = dict(
    title=[("Repeated Random Sampling", M), ("Time-to-Accuracy", R)],
    text=[("data pruning", M), ("coreset selection", M), ("data distillation", M), ("subset selection", M),
          ("random sampling", M), ("distillation", M), ("time-to-accuracy", R),
          ("Repeated Sampling of Random Subsets", M), ("RSRS", M), ("RS2", M), ("ImageNet", D), ("accuracy", R),
          ("pruning", M), ("runtime", R), ("data selection", M)],
    results=[
        dict(anchor="accuracy improvements up to 29%", metric="accuracy", value=29, unit="%", dataset="ImageNet",
             method="RS2"),
        dict(anchor="runtime reduction of 7x", metric="runtime reduction", value=7, unit="×", dataset="ImageNet",
             method="RS2"),
    ],
)

A["hf-efficient-096"] = dict(
    title_results=[dict(anchor="70% Size", metric="model size", value=70.0, unit="%", dataset=None, method="DFloat11"), dict(anchor="100% Accuracy", metric="relative accuracy", value=100.0, unit="%", dataset=None, method="DFloat11")],
    title=[("Accuracy", R), ("LLM", M), ("Dynamic-Length Float", M)],
    text=[("Large Language Models", M), ("LLMs", M), ("Dynamic-Length Float", M), ("DFloat11", M), ("LLM", M),
          ("entropy coding", M), ("latency", R), ("Llama-3.1", M), ("Qwen-2.5", M), ("Gemma-3", M),
          ("model size", R), ("throughput", R), ("Llama-3.1-405B", M)],
    results=[
        dict(anchor="reduces LLM size by 30%", metric="model size reduction", value=30, unit="%", dataset=None,
             method="DFloat11"),
        dict(anchor="30% model size reduction", metric="model size reduction", value=30, unit="%", dataset=None,
             method="DFloat11"),
        dict(anchor="1.9-38.8x higher throughput", metric="throughput", value=38.8, value_low=1.9, unit="×",
             dataset=None, method="DFloat11"),
        dict(anchor="5.3-13.17x longer context lengths", metric="context length", value=13.17, value_low=5.3,
             unit="×", dataset=None, method="DFloat11"),
    ],
)

A["hf-efficient-097"] = dict(
    title=[("Test-Time Training", M)],
    text=[("Test-Time Training", M), ("TTT", M), ("fast weights", M), ("fast weight", M), ("RNNs", M),
          ("FLOPs utilization", R), ("Large Chunk Test-Time Training", M), ("LaCT", M), ("hardware utilization", R),
          ("Muon", M), ("novel view synthesis", T), ("language models", M), ("auto-regressive video diffusion", M),
          ("long-context modeling", T), ("test-time training", M), ("diffusion model", M)],
    results=[dict(anchor="FLOPs utilization (often <5%", metric="FLOPs utilization", value=5, unit="%",
                  dataset=None, method="TTT")],
)

A["hf-efficient-098"] = dict(
    title=[("Network Embeddings", T), ("Very Sparse Random Projection", M)],
    text=[("FastRP", M), ("DeepWalk", M), ("node2vec", M), ("network embedding", T), ("network embeddings", T),
          ("very sparse random projection", M)],
    results=[dict(anchor="4,000 times faster", metric="speed-up", value=4000, unit="×", dataset=None,
                  method="FastRP")],
)

A["hf-efficient-099"] = dict(
    title=[("Predictive-Coding-Inspired Variational RNN", M)],
    text=[("PV-RNN", M), ("variational RNN", M), ("predictive-coding", M), ("predictive coding", M),
          ("variational Bayes RNNs", M), ("backpropagation", M), ("error regression", M), ("variational Bayes", M),
          ("robot imitation", T)],
)

A["hf-efficient-100"] = dict(
    title=[("Dataset Compression", T)],
    text=[("Dataset distillation", M), ("dataset pruning", M), ("distillation", M), ("pruning", M),
          ("dataset distillation", M), ("dataset compression", T), ("Prune, Combine, and Augment", M), ("PCA", M)],
)

A["hf-efficient-101"] = dict(
    title=[("LLaVA-HD", M), ("Large Multimodal Models", M)],
    text=[("Large Multimodal Models", M), ("LMMs", M), ("mixture of adapters", M),
          ("LMM with Sophisticated Tasks, Local image compression, and Mixture of global Experts", M), ("SliME", M)],
)
