"""dev10 (annotator h4) records: efficiency (5) and time-series (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["NautiQuant", "Ophira", "PetalPrune", "MiniPlume", "Pinwhirl",
          "Mistlag", "Morrowcast", "Orbweaver", "Pelagia", "Otterline"]

RECS = [
    # ------------------------------------------------------------ efficiency
    {
        "field": "efficiency",
        "title": "NautiQuant: Rotation-Free W4A4 Quantization of LLMs via Outlier Channel Splitting",
        "text": (
            "Post-training quantization (PTQ) of large language models to 4-bit weights and activations (W4A4) is "
            "hampered by activation outliers. Rotation-based methods such as QuaRot and SpinQuant remove outliers with "
            "online Hadamard transforms, which add kernel overhead at every layer. We propose NautiQuant, which splits "
            "the few outlier channels of each linear layer into duplicated low-magnitude channels offline and "
            "compensates the split with a closed-form weight correction, so inference uses plain INT4 GEMM kernels. "
            "Calibration on 128 WikiText-2 sequences of 2048 tokens takes 22 minutes for Llama-3-70B on one H100. On "
            "Llama-3-8B, W4A4 NautiQuant reaches a WikiText-2 perplexity of 7.41 (FP16: 6.14; QuaRot: 8.16; "
            "SpinQuant: 7.72) and an average zero-shot accuracy of 68.9% over six commonsense tasks, 1.3 points below "
            "FP16. On Llama-3-70B the perplexity gap to FP16 is 0.48. NautiQuant's end-to-end prefill is 2.31× faster "
            "than FP16 and 1.18times faster than QuaRot at batch size 16 and sequence length 2048, and its memory "
            "footprint drops by 3.6×. NautiQuant outperforms SmoothQuant on all 12 model-task combinations we test."
        ),
        "spans": [
            ("NautiQuant", "M"), ("Quantization", "M"), ("LLMs", "M"), ("Outlier Channel Splitting", "M"),
            ("Post-training quantization", "M"), ("PTQ", "M"), ("large language models", "M"),
            ("QuaRot", "M"), ("SpinQuant", "M"), ("Hadamard transforms", "M"),
            ("WikiText-2", "D"), ("Llama-3-70B", "M"), ("Llama-3-8B", "M"), ("perplexity", "X"),
            ("average zero-shot accuracy", "X"), ("memory footprint", "X"), ("SmoothQuant", "M"),
        ],
        "results": [
            ("Calibration on 128 WikiText-2 sequences of 2048 tokens takes 22 minutes", "calibration time", 22, "min",
             "WikiText-2", "Llama-3-70B"),
            ("perplexity of 7.41", "perplexity", 7.41, None, "WikiText-2", "NautiQuant"),
            ("6.14", "perplexity", 6.14, None, "WikiText-2", None),
            ("8.16", "perplexity", 8.16, None, "WikiText-2", "QuaRot"),
            ("7.72", "perplexity", 7.72, None, "WikiText-2", "SpinQuant"),
            ("average zero-shot accuracy of 68.9%", "average zero-shot accuracy", 68.9, "%", None, "NautiQuant"),
            ("1.3 points below", "average zero-shot accuracy", 1.3, "points", None, "NautiQuant"),
            ("perplexity gap to FP16 is 0.48", "perplexity gap", 0.48, None, None, "Llama-3-70B"),
            ("2.31× faster", "speed-up", 2.31, "×", None, "NautiQuant"),
            ("1.18times faster", "speed-up", 1.18, "×", None, "NautiQuant"),
            ("memory footprint drops by 3.6×", "memory footprint reduction", 3.6, "×", None, "NautiQuant"),
            ("outperforms SmoothQuant on all 12 model-task combinations", "model-task combinations won", 12, None,
             None, "NautiQuant"),
        ],
    },
    {
        "field": "efficiency",
        "title": "Ophira: Attention-Guided Token Merging for Vision Transformers Without Retraining",
        "text": (
            "Vision Transformers (ViTs) spend most of their compute on tokens that carry redundant background content. "
            "Token Merging (ToMe) reduces this cost by combining similar tokens between blocks, but its fixed merge "
            "schedule ignores how much each layer actually attends to the merged tokens, and accuracy falls sharply at "
            "high reduction rates. In this paper we revisit token reduction from the viewpoint of how attention is "
            "redistributed. Ophira estimates, for each layer, the share of class-token attention that a candidate "
            "merge would move and picks the merge ratio that keeps this share below a threshold of 0.05. The schedule "
            "is computed once per model from 1,000 unlabeled ImageNet images and requires no retraining. We apply "
            "Ophira off the shelf to DeiT-S, DeiT-B, ViT-L/16 and the MAE-pretrained ViT-H/14. On ImageNet-1K, Ophira "
            "raises the throughput of DeiT-B from 1,012 to 1,874 images/s with a top-1 accuracy drop of only 0.29%, "
            "whereas ToMe at the same throughput loses 0.84%. For ViT-H/14 the savings are larger: FLOPs fall by 48% "
            "and top-1 accuracy stays at 86.4% (86.9% unmerged). Ophira also transfers to dense prediction; on ADE20K "
            "semantic segmentation with a ViT-L/16 backbone it cuts inference latency by 31% at a cost of 0.6 mIoU. "
            "Across the 16 model/ratio settings we evaluate, Ophira is the most accurate token reduction method in 14. "
            "The overhead of computing the schedule is below 2 minutes on a single GPU."
        ),
        "spans": [
            ("Ophira", "M"), ("Token Merging", "M"), ("Vision Transformers", "M"), ("ViTs", "M"), ("ToMe", "M"),
            ("accuracy", "X"), ("token reduction", "M"), ("ImageNet", "D"), ("DeiT-S", "M"), ("DeiT-B", "M"),
            ("ViT-L/16", "M"), ("MAE", "M"), ("ViT-H/14", "M"), ("ImageNet-1K", "D"), ("throughput", "X"),
            ("top-1 accuracy", "X"), ("FLOPs", "X"), ("ADE20K", "D"), ("semantic segmentation", "T"), ("dense prediction", "T"),
            ("inference latency", "X"), ("mIoU", "X"),
        ],
        "results": [
            ("throughput of DeiT-B from 1,012 to 1,874 images/s", "throughput", 1874, "images/s", "ImageNet-1K",
             "Ophira"),
            ("top-1 accuracy drop of only 0.29%", "top-1 accuracy", 0.29, "%", "ImageNet-1K", "Ophira"),
            ("loses 0.84%", "top-1 accuracy", 0.84, "%", "ImageNet-1K", "ToMe"),
            ("FLOPs fall by 48%", "FLOPs reduction", 48, "%", None, "ViT-H/14"),
            ("top-1 accuracy stays at 86.4%", "top-1 accuracy", 86.4, "%", None, "ViT-H/14"),
            ("86.9% unmerged", "top-1 accuracy", 86.9, "%", None, "ViT-H/14"),
            ("inference latency by 31%", "inference latency reduction", 31, "%", "ADE20K", "Ophira"),
            ("0.6 mIoU", "mIoU", 0.6, None, "ADE20K", "Ophira"),
            ("most accurate token reduction method in 14", "model/ratio settings ranked first", 14, None, None,
             "Ophira"),
            ("overhead of computing the schedule is below 2 minutes", "schedule computation time", 2, "min", None,
             None),
        ],
    },
    {
        "field": "efficiency",
        "title": "PetalPrune: Calibration-Light Structured Pruning of Attention Heads and FFN Neurons in Large Language Models",
        "text": (
            "Structured pruning promises real speed-ups for large language models (LLMs) on commodity hardware, but "
            "one-shot methods such as LLM-Pruner and SliceGPT either require recovery fine-tuning or degrade sharply "
            "beyond 20% sparsity. We study whether a better importance estimate can close part of this gap. "
            "PetalPrune scores attention heads and feed-forward neurons by a second-order estimate of the loss change, "
            "computed from only 32 calibration samples of C4, and removes them in groups that match the tile sizes of "
            "GPU matrix kernels. No weights are updated after pruning. We prune Llama-2-7B, Llama-2-13B and Mistral-7B "
            "at 20%, 30% and 50% structured sparsity and evaluate WikiText-2 perplexity and seven zero-shot tasks from "
            "the LM Evaluation Harness. At 30% sparsity, PetalPrune retains 93.8% of the dense Llama-2-7B's average "
            "zero-shot accuracy, compared with 87.5% for SliceGPT and 84.2% for LLM-Pruner without fine-tuning, and "
            "its WikiText-2 perplexity (9.87) is lower than that of Wanda-sp (12.41). The pruned Llama-2-13B generates "
            "1.42× more tokens per second than the dense model under vLLM. At 50% sparsity, however, every method, "
            "ours included, loses more than 10 points of average accuracy. PetalPrune then leads SliceGPT by only 1.1 "
            "points (p = 0.08 over five calibration seeds), which we do not consider significant, and we therefore "
            "recommend it for moderate sparsity only."
        ),
        "spans": [
            ("PetalPrune", "M"), ("Structured Pruning", "M"), ("Large Language Models", "M"),
            ("Structured pruning", "M"), ("large language models", "M"), ("LLMs", "M"), ("LLM-Pruner", "M"),
            ("SliceGPT", "M"), ("recovery fine-tuning", "M"), ("C4", "D"), ("pruning", "M"), ("Llama-2-7B", "M"),
            ("Llama-2-13B", "M"), ("Mistral-7B", "M"), ("WikiText-2", "D"), ("perplexity", "X"),
            ("average zero-shot accuracy", "X"), ("Wanda-sp", "M"), ("tokens per second", "X"),
            ("average accuracy", "X"),
        ],
        "results": [
            ("retains 93.8%", "relative average zero-shot accuracy", 93.8, "%", None, "PetalPrune"),
            ("87.5% for SliceGPT", "relative average zero-shot accuracy", 87.5, "%", None, "SliceGPT"),
            ("84.2% for LLM-Pruner", "relative average zero-shot accuracy", 84.2, "%", None, "LLM-Pruner"),
            ("perplexity (9.87)", "perplexity", 9.87, None, "WikiText-2", "PetalPrune"),
            ("12.41", "perplexity", 12.41, None, "WikiText-2", "Wanda-sp"),
            ("1.42× more tokens per second", "throughput", 1.42, "×", None, "Llama-2-13B"),
            ("loses more than 10 points of average accuracy", "average accuracy", 10, "points", None, None),
            ("leads SliceGPT by only 1.1 points", "improvement", 1.1, "points", None, "PetalPrune"),
        ],
    },
    {
        "field": "efficiency",
        "title": "MiniPlume: Reparameterized Large-Kernel Attention for Efficient Image Super-Resolution under 120K Parameters",
        "text": (
            "MiniPlume reconstructs Urban100 at ×4 with 26.21 dB PSNR using 118K parameters, 0.14 dB above SPAN at "
            "68% of its FLOPs. We arrive at this operating point through three changes to the usual efficient image "
            "super-resolution (ESR) pipeline. First, large-kernel attention (LKA) is decomposed into a 5×5 depth-wise "
            "convolution and a dilated 7×7 one whose branches are merged by structural reparameterization after "
            "training, so inference runs a single convolution per block. Second, channel shuffle replaces the 1×1 "
            "projection of each block. Third, the network is trained with a two-stage schedule on DIV2K and Flickr2K "
            "(DF2K) and fine-tuned with an L2 loss. On the five standard benchmarks (Set5, Set14, BSD100, Urban100 "
            "and Manga109), MiniPlume obtains ×4 PSNR of 32.31, 28.69, 27.60, 26.21 and 30.52 dB, respectively, "
            "surpassing RLFN and SAFMN throughout. MiniPlume's runtime on an RTX 3090 is 8.4 ms per 256×256 input, "
            "27% lower than SPAN. A variant submitted to the NTIRE 2025 Efficient Super-Resolution Challenge ranked "
            "3rd in the main track."
        ),
        "spans": [
            ("MiniPlume", "M"), ("Large-Kernel Attention", "M"), ("Efficient Image Super-Resolution", "T"),
            ("Urban100", "D"), ("PSNR", "X"), ("parameters", "X"), ("SPAN", "M"), ("FLOPs", "X"),
            ("efficient image super-resolution", "T"), ("ESR", "T"), ("large-kernel attention", "M"),
            ("LKA", "M"), ("depth-wise convolution", "M"), ("structural reparameterization", "M"),
            ("channel shuffle", "M"), ("DIV2K", "D"), ("Flickr2K", "D"), ("DF2K", "D"), ("Set5", "D"),
            ("Set14", "D"), ("BSD100", "D"), ("Manga109", "D"), ("RLFN", "M"), ("SAFMN", "M"), ("runtime", "X"),
            ("NTIRE 2025 Efficient Super-Resolution Challenge", "D"),
        ],
        "results": [
            ("26.21 dB PSNR", "PSNR", 26.21, "dB", "Urban100", "MiniPlume"),
            ("118K parameters", "parameters", 118, "K", "Urban100", "MiniPlume"),
            ("0.14 dB above", "PSNR", 0.14, "dB", "Urban100", "MiniPlume"),
            ("68% of its FLOPs", "relative FLOPs", 68, "%", "Urban100", "MiniPlume"),
            ("PSNR of 32.31", "PSNR", 32.31, "dB", "Set5", "MiniPlume"),
            ("28.69", "PSNR", 28.69, "dB", "Set14", "MiniPlume"),
            ("27.60", "PSNR", 27.60, "dB", "BSD100", "MiniPlume"),
            ("26.21", "PSNR", 26.21, "dB", "Urban100", "MiniPlume", {"occ": 1}),
            ("30.52 dB", "PSNR", 30.52, "dB", "Manga109", "MiniPlume"),
            ("runtime on an RTX 3090 is 8.4 ms", "runtime", 8.4, "ms", None, "MiniPlume"),
            ("27% lower", "runtime", 27, "%", None, "MiniPlume"),
            ("ranked 3rd", "rank", 3, None, "NTIRE 2025 Efficient Super-Resolution Challenge", None),
        ],
    },
    {
        "field": "efficiency",
        "title": "Pinwhirl: One-Step SDXL Distillation Reaching 17.9 FID on COCO-30K",
        "text": (
            "Diffusion models produce high-quality images but need dozens of network evaluations per sample. "
            "Distribution matching distillation (DMD) and its successor DMD2 compress Stable Diffusion XL (SDXL) into "
            "few-step text-to-image generators, yet in the one-step regime they still trail the teacher and depend on "
            "a regression loss over millions of pre-computed noise-image pairs. Pinwhirl removes that dependency. We "
            "keep the fake-score network frozen after a short warm-up and instead adapt a lightweight critic head on "
            "its features, which stabilises the adversarial term without paired data. Training on 3M LAION-Aesthetics "
            "prompts takes 3.2 days on 64 A100 GPUs, roughly 40% fewer GPU hours than DMD2. On COCO-30K, one-step "
            "Pinwhirl attains an FID of 17.9 and a CLIP score of 0.331, against 19.3 and 0.326 for DMD2 and 20.6 for "
            "SDXL-Turbo; the 50-step SDXL teacher with classifier-free guidance scores 18.6 FID. In a user study with "
            "1,200 pairwise comparisons, raters preferred Pinwhirl over DMD2 in 58% of cases (95% CI 55-61%). With "
            "Pinwhirl, generating a 1024×1024 image takes 92 ms on an A100, 21× faster than the teacher. Failures "
            "remain on text rendering and counting, where the teacher itself is unreliable."
        ),
        "spans": [
            ("Pinwhirl", "M"), ("SDXL", "M"), ("Distillation", "M"), ("FID", "X"), ("COCO-30K", "D"),
            ("Diffusion models", "M"), ("Distribution matching distillation", "M"), ("DMD", "M"), ("DMD2", "M"),
            ("Stable Diffusion XL", "M"), ("text-to-image", "T"), ("LAION-Aesthetics", "D"), ("GPU hours", "X"),
            ("CLIP score", "X"), ("SDXL-Turbo", "M"), ("classifier-free guidance", "M"),
        ],
        "title_results": [
            ("17.9 FID", "FID", 17.9, None, "COCO-30K", "Pinwhirl"),
        ],
        "results": [
            ("Training on 3M LAION-Aesthetics prompts takes 3.2 days", "training time", 3.2, "days",
             "LAION-Aesthetics", None),
            ("40% fewer GPU hours", "GPU hours", 40, "%", "LAION-Aesthetics", None),
            ("FID of 17.9", "FID", 17.9, None, "COCO-30K", "Pinwhirl"),
            ("CLIP score of 0.331", "CLIP score", 0.331, None, "COCO-30K", "Pinwhirl"),
            ("19.3", "FID", 19.3, None, "COCO-30K", "DMD2"),
            ("0.326", "CLIP score", 0.326, None, "COCO-30K", "DMD2"),
            ("20.6", "FID", 20.6, None, "COCO-30K", "SDXL-Turbo"),
            ("18.6 FID", "FID", 18.6, None, "COCO-30K", "SDXL"),
            ("preferred Pinwhirl over DMD2 in 58% of cases", "win rate", 58, "%", None, "Pinwhirl"),
            ("generating a 1024×1024 image takes 92 ms", "generation time", 92, "ms", None, "Pinwhirl"),
            ("21× faster", "speed-up", 21, "×", None, "Pinwhirl"),
        ],
    },
    # ------------------------------------------------------------ time-series
    {
        "field": "time-series",
        "title": "Mistlag: Lag-Aware Patch Mixing for Long-Term Multivariate Time Series Forecasting",
        "text": (
            "Patch-based Transformers such as PatchTST and channel-mixing MLPs such as TSMixer dominate long-term "
            "forecasting benchmarks, yet both treat patches as exchangeable tokens and ignore the lag structure "
            "between channels. Mistlag estimates a sparse cross-channel lag graph from the training split with a fast "
            "cross-correlation search and mixes each channel's patches only with those of its lagged neighbours. The "
            "mixer is a two-layer MLP with hidden size 128. We follow the standard protocol (input length 96, "
            "horizons {96, 192, 336, 720}) on ETTh1, ETTh2, ETTm1, ETTm2, Weather, Electricity and Traffic. Mistlag "
            "attains the lowest MSE in 23 of 28 dataset-horizon settings and the lowest MAE in 21. Averaged over "
            "horizons, Mistlag lowers MSE on Traffic from 0.428 with iTransformer to 0.397, and on Electricity from "
            "iTransformer's 0.178 to 0.163. Mistlag outperforms PatchTST by 6.8% in average MSE (±0.9% over five "
            "seeds). Training on Electricity takes 4.5 minutes per horizon on one RTX 4090, 3.1× faster than "
            "iTransformer, and peak GPU memory is 2.3 GB. Ablating the lag graph raises average MSE by 0.012 on the "
            "ETT datasets."
        ),
        "spans": [
            ("Mistlag", "M"), ("Long-Term Multivariate Time Series Forecasting", "T"), ("Transformers", "M"),
            ("PatchTST", "M"), ("MLPs", "M"), ("TSMixer", "M"), ("long-term forecasting", "T"), ("MLP", "M"),
            ("ETTh1", "D"), ("ETTh2", "D"), ("ETTm1", "D"), ("ETTm2", "D"), ("Weather", "D"), ("Electricity", "D"),
            ("Traffic", "D"), ("MSE", "X"), ("MAE", "X"), ("iTransformer", "M"), ("average MSE", "X"),
            ("peak GPU memory", "X"), ("ETT", "D"),
        ],
        "results": [
            ("lowest MSE in 23 of 28 dataset-horizon settings", "dataset-horizon settings ranked first", 23, None,
             None, "Mistlag"),
            ("lowest MAE in 21", "ranked first", 21, None, None, "Mistlag"),
            ("MSE on Traffic from 0.428", "MSE", 0.428, None, "Traffic", "iTransformer"),
            ("0.397", "MSE", 0.397, None, "Traffic", "Mistlag"),
            ("0.178", "MSE", 0.178, None, "Electricity", "iTransformer"),
            ("0.163", "MSE", 0.163, None, "Electricity", "Mistlag"),
            ("6.8% in average MSE", "average MSE", 6.8, "%", None, "Mistlag"),
            ("Training on Electricity takes 4.5 minutes", "training time", 4.5, "min", "Electricity", None),
            ("3.1× faster", "speed-up", 3.1, "×", "Electricity", None),
            ("peak GPU memory is 2.3 GB", "peak GPU memory", 2.3, "GB", None, None),
            ("raises average MSE by 0.012", "average MSE", 0.012, None, "ETT", None),
        ],
    },
    {
        "field": "time-series",
        "title": "Morrowcast: How Far Can a 38M-Parameter Decoder Go in Zero-Shot Probabilistic Forecasting?",
        "text": (
            "Time series foundation models such as Chronos, TimesFM and Moirai have made zero-shot forecasting a "
            "practical option, but their sizes (up to 710M for Chronos-Large) make them costly to serve at scale. We "
            "ask how much of their accuracy a much smaller model can keep. Morrowcast is a 38M-parameter decoder-only "
            "Transformer trained on 27B time points drawn from the LOTSA archive and from synthetic series generated "
            "with KernelSynth, with a quantile head and a lightweight patch embedding. We evaluate on the 27 datasets "
            "of Chronos Benchmark II and on the GIFT-Eval leaderboard, neither of which overlaps with the training "
            "data. On Benchmark II, Morrowcast reaches a weighted quantile loss (WQL) of 0.662 and a mean absolute "
            "scaled error (MASE) of 0.807, both geometric means relative to Seasonal Naive, compared with 0.649 and "
            "0.791 for Chronos-Large. On GIFT-Eval, Morrowcast's CRPS of 0.52 is within 0.03 of TimesFM-2.0 with 19× "
            "fewer parameters. Morrowcast outperforms Chronos-Large on 15 of the 23 GIFT-Eval domains. Inference on a "
            "CPU takes 0.9 s per 1,000 series. These gains are not uniform: on high-frequency energy data Morrowcast "
            "trails Moirai-Large by 8% in MASE, and we find no benefit from scaling the model beyond its current size "
            "under our data budget."
        ),
        "spans": [
            ("Morrowcast", "M"), ("Zero-Shot Probabilistic Forecasting", "T"), ("Time series foundation models", "M"),
            ("Chronos", "M"), ("TimesFM", "M"), ("Moirai", "M"), ("zero-shot forecasting", "T"),
            ("Chronos-Large", "M"), ("decoder-only Transformer", "M"), ("LOTSA", "D"), ("KernelSynth", "M"),
            ("Chronos Benchmark II", "D"), ("Benchmark II", "D"), ("GIFT-Eval", "D"),
            ("weighted quantile loss", "X"), ("WQL", "X"), ("mean absolute scaled error", "X"), ("MASE", "X"),
            ("Seasonal Naive", "M"), ("CRPS", "X"), ("TimesFM-2.0", "M"), ("parameters", "X"),
            ("Moirai-Large", "M"),
        ],
        "results": [
            ("weighted quantile loss (WQL) of 0.662", "WQL", 0.662, None, "Chronos Benchmark II", "Morrowcast"),
            ("mean absolute scaled error (MASE) of 0.807", "MASE", 0.807, None, "Chronos Benchmark II",
             "Morrowcast"),
            ("0.649", "WQL", 0.649, None, "Chronos Benchmark II", "Chronos-Large"),
            ("0.791", "MASE", 0.791, None, "Chronos Benchmark II", "Chronos-Large"),
            ("CRPS of 0.52", "CRPS", 0.52, None, "GIFT-Eval", "Morrowcast"),
            ("within 0.03", "CRPS", 0.03, None, "GIFT-Eval", "Morrowcast"),
            ("19× fewer parameters", "parameters", 19, "×", "GIFT-Eval", "Morrowcast"),
            ("outperforms Chronos-Large on 15 of the 23 GIFT-Eval domains", "domains won", 15, None, "GIFT-Eval",
             "Morrowcast"),
            ("Inference on a CPU takes 0.9 s", "inference time", 0.9, "s", None, None),
            ("trails Moirai-Large by 8% in MASE", "MASE", 8, "%", None, "Morrowcast"),
        ],
    },
    {
        "field": "time-series",
        "title": "Orbweaver: Reconstruction-Free Time Series Anomaly Detection with Contrastive Time-Frequency Views",
        "text": (
            "Reconstruction- and forecasting-based detectors dominate multivariate time series anomaly detection "
            "(TSAD), but recent audits show that their headline point-adjusted F1 scores are inflated and that simple "
            "baselines often match them. We propose Orbweaver, a detector that scores each window by the disagreement "
            "between a time-domain and a frequency-domain encoder trained with a contrastive objective on normal data "
            "only. No reconstruction is performed, so the detector is immune to the identity-mapping shortcut that "
            "plagues autoencoders. We follow the TSB-AD protocol and report VUS-PR, which is threshold-free, alongside "
            "affiliation F1 and the point-adjusted F1 (PA-F1) used in prior work. On the 180 multivariate series of "
            "TSB-AD-M, Orbweaver obtains a VUS-PR of 0.43, ahead of CATCH (0.39), Anomaly Transformer (0.12) and an "
            "isolation forest baseline (0.31). On SMD, MSL, SMAP, PSM and SWaT, Orbweaver attains affiliation F1 of "
            "84.2, 77.9, 75.4, 88.6 and 79.1, and it ranks first by VUS-PR on 4 of the 5 datasets. PA-F1 exceeds 93 "
            "on all five datasets, but we caution that DCdetector reaches similar PA-F1 values with markedly worse "
            "VUS-PR. Training takes under 6 minutes on SWaT, and the detector processes 52,000 time steps per second "
            "on a single GPU."
        ),
        "spans": [
            ("Orbweaver", "M"), ("Time Series Anomaly Detection", "T"),
            ("multivariate time series anomaly detection", "T"), ("TSAD", "T"), ("point-adjusted F1", "X"),
            ("autoencoders", "M"), ("TSB-AD", "D"), ("VUS-PR", "X"), ("affiliation F1", "X"), ("PA-F1", "X"),
            ("TSB-AD-M", "D"), ("CATCH", "M"), ("Anomaly Transformer", "M"), ("isolation forest", "M"),
            ("SMD", "D"), ("MSL", "D"), ("SMAP", "D"), ("PSM", "D"), ("SWaT", "D"), ("DCdetector", "M"),
            ("time steps per second", "X"),
        ],
        "results": [
            ("VUS-PR of 0.43", "VUS-PR", 0.43, None, "TSB-AD-M", "Orbweaver"),
            ("0.39", "VUS-PR", 0.39, None, "TSB-AD-M", "CATCH"),
            ("0.12", "VUS-PR", 0.12, None, "TSB-AD-M", "Anomaly Transformer"),
            ("0.31", "VUS-PR", 0.31, None, "TSB-AD-M", "isolation forest"),
            ("affiliation F1 of 84.2", "affiliation F1", 84.2, None, "SMD", "Orbweaver"),
            ("77.9", "affiliation F1", 77.9, None, "MSL", "Orbweaver"),
            ("75.4", "affiliation F1", 75.4, None, "SMAP", "Orbweaver"),
            ("88.6", "affiliation F1", 88.6, None, "PSM", "Orbweaver"),
            ("79.1", "affiliation F1", 79.1, None, "SWaT", "Orbweaver"),
            ("ranks first by VUS-PR on 4 of the 5 datasets", "datasets ranked first", 4, None, None, "Orbweaver"),
            ("PA-F1 exceeds 93", "PA-F1", 93, None, None, None),
            ("Training takes under 6 minutes", "training time", 6, "min", "SWaT", None),
            ("52,000 time steps per second", "throughput", 52000, "time steps/s", None, None),
        ],
    },
    {
        "field": "time-series",
        "title": "Pelagia: Diffusion-Free Conditional Flow Matching for Probabilistic Time Series Imputation",
        "text": (
            "Score-based diffusion models such as CSDI are the state of the art for probabilistic time series "
            "imputation but need 50 to 100 denoising steps per sample, which makes them impractical for long clinical "
            "or sensor records. We present Pelagia, which replaces the diffusion process with conditional flow "
            "matching along straight paths from a Gaussian prior to the missing values, conditioned on the observed "
            "entries through a masked Transformer encoder. With an adaptive ODE solver, Pelagia needs on average 7 "
            "function evaluations per sample. We evaluate on PhysioNet Challenge 2012 (PhysioNet) healthcare records "
            "with 10%, 50% and 90% of observations masked, and on the Beijing Air Quality dataset with its native "
            "missingness. On PhysioNet with 10% missing values, Pelagia achieves an MAE of 0.206 ± 0.003 and a CRPS "
            "of 0.231, compared with 0.217 and 0.238 for CSDI and an MAE of 0.263 for SAITS; at 90% missingness the "
            "MAE difference to CSDI vanishes (0.482 vs. 0.479, p = 0.41). On Air Quality, Pelagia lowers MAE from "
            "9.60 to 9.12 and sampling is 11.4x faster than CSDI. Downstream, imputed PhysioNet records raise "
            "in-hospital mortality prediction AUROC from 0.842 to 0.851 (95% CI 0.846–0.856). Because the flow is "
            "deterministic given the prior sample, Pelagia also admits exact likelihood evaluation, which we leave "
            "unexplored."
        ),
        "spans": [
            ("Pelagia", "M"), ("Conditional Flow Matching", "M"), ("Probabilistic Time Series Imputation", "T"),
            ("Score-based diffusion models", "M"), ("CSDI", "M"), ("probabilistic time series imputation", "T"),
            ("conditional flow matching", "M"), ("Transformer", "M"), ("function evaluations", "X"),
            ("PhysioNet Challenge 2012", "D"), ("PhysioNet", "D"), ("Beijing Air Quality", "D"),
            ("Air Quality", "D"), ("MAE", "X"), ("CRPS", "X"), ("SAITS", "M"),
            ("in-hospital mortality prediction", "T"), ("AUROC", "X"),
        ],
        "results": [
            ("7 function evaluations", "function evaluations", 7, None, None, "Pelagia"),
            ("MAE of 0.206", "MAE", 0.206, None, "PhysioNet Challenge 2012", "Pelagia"),
            ("CRPS of 0.231", "CRPS", 0.231, None, "PhysioNet Challenge 2012", "Pelagia"),
            ("0.217", "MAE", 0.217, None, "PhysioNet Challenge 2012", "CSDI"),
            ("0.238", "CRPS", 0.238, None, "PhysioNet Challenge 2012", "CSDI"),
            ("MAE of 0.263", "MAE", 0.263, None, "PhysioNet Challenge 2012", "SAITS"),
            ("0.482", "MAE", 0.482, None, "PhysioNet Challenge 2012", "Pelagia"),
            ("0.479", "MAE", 0.479, None, "PhysioNet Challenge 2012", "CSDI"),
            ("MAE from 9.60 to 9.12", "MAE", 9.12, None, "Beijing Air Quality", "Pelagia"),
            ("11.4x faster", "sampling speed-up", 11.4, "×", "Beijing Air Quality", "Pelagia"),
            ("AUROC from 0.842 to 0.851", "AUROC", 0.851, None, "PhysioNet Challenge 2012", None),
        ],
    },
    {
        "field": "time-series",
        "title": "Otterline: Cheap Shapelets on Top of Random Convolutions for Time Series Classification",
        "text": (
            "Otterline is a univariate time series classification method that combines the random convolutional "
            "kernels of MiniRocket with dilated shapelets sampled from the training data, and fits a ridge classifier "
            "on the pooled features. On the 112 datasets of the UCR archive, Otterline is significantly more accurate "
            "than MiniRocket, MultiRocket and RDST (Wilcoxon signed-rank test, α = 0.05) and achieves the best mean "
            "rank (2.31) among eleven methods, ahead of HIVE-COTE 2.0 (2.54) and Hydra-MultiRocket (2.87). Mean "
            "accuracy is 89.1% for Otterline vs. 88.4% for HIVE-COTE 2.0, which takes over 300 CPU hours to train on "
            "the full archive; Otterline trains in 19 minutes. On the 26 equal-length datasets of the UEA archive, "
            "Otterline improves balanced accuracy by 1.6 points over ConvTran and wins on 17 datasets. Memory use "
            "stays below 4 GB for every dataset. We also report a negative result: on the 12 longest UCR series, "
            "Otterline is 0.7 points less accurate than RDST, which suggests that its fixed dilation set "
            "under-samples long shapelets."
        ),
        "spans": [
            ("Otterline", "M"), ("Time Series Classification", "T"), ("univariate time series classification", "T"),
            ("MiniRocket", "M"), ("ridge classifier", "M"), ("UCR", "D"), ("MultiRocket", "M"), ("RDST", "M"),
            ("mean rank", "X"), ("HIVE-COTE 2.0", "M"), ("Hydra-MultiRocket", "M"), ("Mean accuracy", "X"),
            ("UEA", "D"), ("balanced accuracy", "X"), ("ConvTran", "M"), ("Memory use", "X"),
        ],
        "results": [
            ("mean rank (2.31)", "mean rank", 2.31, None, "UCR", "Otterline"),
            ("2.54", "mean rank", 2.54, None, "UCR", "HIVE-COTE 2.0"),
            ("2.87", "mean rank", 2.87, None, "UCR", "Hydra-MultiRocket"),
            ("Mean accuracy is 89.1%", "mean accuracy", 89.1, "%", None, "Otterline"),
            ("88.4%", "mean accuracy", 88.4, "%", None, "HIVE-COTE 2.0"),
            ("takes over 300 CPU hours to train", "training time", 300, "CPU hours", None, "HIVE-COTE 2.0"),
            ("trains in 19 minutes", "training time", 19, "min", None, "Otterline"),
            ("improves balanced accuracy by 1.6 points", "balanced accuracy", 1.6, "points", "UEA", "Otterline"),
            ("wins on 17 datasets", "datasets won", 17, None, "UEA", "Otterline"),
            ("Memory use stays below 4 GB", "memory use", 4, "GB", None, None),
            ("0.7 points less accurate", "accuracy", 0.7, "points", "UCR", "Otterline"),
        ],
    },
]
