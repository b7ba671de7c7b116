"""dev5 written records: neural-compression (5) and optimization-scaling (5).
Format: see data/gold/written_gold.py. Annotated by hand from docs/annotation-guidelines.md."""

COINED = ["ContextWeave", "TessaVC", "CairnPCC", "MurmurCodec", "LoomGIC",
          "OrthoFlux", "TideLR", "CrestFit", "Kiln8", "DepthLift"]

RECS = [
    # ------------------------------------------------------------------ neural-compression
    {
        "field": "neural-compression",
        "title": "ContextWeave: Interleaved Spatial-Channel Context Modeling for Fast Learned Image Compression",
        "text": (
            "Learned image compression (LIC) has surpassed classical codecs in rate-distortion performance, "
            "but the strongest models rely on autoregressive context models whose serial decoding makes them "
            "impractical on consumer hardware. Checkerboard context models and channel-wise autoregression "
            "remove part of this bottleneck at the cost of weaker entropy modeling. We present ContextWeave, "
            "an entropy model that interleaves spatial and channel contexts in a fixed four-step schedule, so "
            "that every latent group is predicted both from already decoded neighbours and from previously "
            "decoded channel slices. A lightweight gated aggregation block fuses the two sources of context "
            "with only 3.1 kMACs/pixel of overhead. Combined with a transform based on window attention, "
            "ContextWeave achieves BD-rate reductions of 8.4%, 7.1% and 9.6% over VTM-17.0 on Kodak, CLIC "
            "Professional Validation and Tecnick, respectively, measured in PSNR. Compared with ELIC, "
            "ContextWeave saves a further 2.9% in bit-rate on Kodak, with a decoding time of 46 ms per "
            "768x512 image on a single RTX 4090, against 71 ms for ELIC. When optimized for MS-SSIM, the "
            "model attains a BD-rate of \u221251.2% relative to VTM on Kodak. The total complexity of the "
            "entropy model is 58 kMACs/pixel, about 40% lower than that of ChARM. Code and pre-trained "
            "models will be released."
        ),
        "spans": [
            ("Learned Image Compression", "T"),
            ("Learned image compression", "T"),
            ("LIC", "T"),
            ("rate-distortion performance", "X"),
            ("autoregressive context models", "M"),
            ("Checkerboard context models", "M"),
            ("channel-wise autoregression", "M"),
            ("ContextWeave", "M"),
            ("kMACs/pixel", "X"),
            ("window attention", "M"),
            ("BD-rate", "X"),
            ("VTM-17.0", "M"),
            ("VTM", "M"),
            ("Kodak", "D"),
            ("CLIC Professional Validation", "D"),
            ("Tecnick", "D"),
            ("PSNR", "X"),
            ("ELIC", "M"),
            ("bit-rate", "X"),
            ("decoding time", "X"),
            ("MS-SSIM", "X"),
            ("ChARM", "M"),
        ],
        "results": [
            ("3.1 kMACs/pixel", "kMACs/pixel", 3.1, None, None, None),
            ("BD-rate reductions of 8.4%", "BD-rate reduction", 8.4, "%", "Kodak", "ContextWeave"),
            ("7.1%", "BD-rate reduction", 7.1, "%", "CLIC Professional Validation", "ContextWeave"),
            ("9.6%", "BD-rate reduction", 9.6, "%", "Tecnick", "ContextWeave"),
            ("2.9% in bit-rate", "bit-rate reduction", 2.9, "%", "Kodak", "ContextWeave"),
            ("decoding time of 46 ms", "decoding time", 46, "ms", "Kodak", "ContextWeave"),
            ("71 ms", "decoding time", 71, "ms", "Kodak", "ELIC"),
            ("BD-rate of \u221251.2%", "BD-rate", -51.2, "%", "Kodak", None),
            ("58 kMACs/pixel", "kMACs/pixel", 58, None, None, None),
            ("40% lower", "complexity reduction", 40, "%", None, None),
        ],
    },
    {
        "field": "neural-compression",
        "title": "Temporal Token Banks for Learned Video Compression with Long-Range References",
        "text": (
            "Neural video codecs built on conditional coding, such as the DCVC family, now rival traditional "
            "standards in low-delay settings, yet their temporal context is usually limited to the previously "
            "decoded frame, which causes error propagation and quality drift over long sequences. We introduce "
            "TessaVC, a conditional codec that keeps a compact bank of temporal tokens summarizing up to 32 "
            "past frames and retrieves the relevant ones with cross-attention before motion-compensated "
            "prediction. A periodic refresh of the token bank and a rate-adaptive scaling of the latents allow "
            "a single model to cover a wide bit-rate range. Under the low-delay configuration with an intra "
            "period of 96 frames, TessaVC obtains BD-rates of \u221221.8%, \u221225.4% and \u221219.7% against "
            "VTM-17.0 on UVG, MCL-JCV and HEVC Class B, respectively, and of \u221216.0% on HEVC Class C, where "
            "the low resolution leaves less room for long-range references. It also outperforms DCVC-FM by "
            "6.3% BD-rate on average over all test sets. Quality drift is largely removed: over 96 frames, the "
            "last frame loses only 0.41 dB PSNR relative to the first, compared with 1.37 dB for DCVC-DC. "
            "Encoding and decoding a 1080p frame take 612 ms and 498 ms on an A100 GPU, comparable to "
            "DCVC-DC. We release the model and the training code to support research on long-sequence "
            "neural video coding."
        ),
        "spans": [
            ("Learned Video Compression", "T"),
            ("Neural video codecs", "M"),
            ("conditional coding", "M"),
            ("DCVC", "M"),
            ("TessaVC", "M"),
            ("motion-compensated prediction", "M"),
            ("bit-rate", "X"),
            ("BD-rates", "X"),
            ("BD-rate", "X"),
            ("VTM-17.0", "M"),
            ("UVG", "D"),
            ("MCL-JCV", "D"),
            ("HEVC Class B", "D"),
            ("HEVC Class C", "D"),
            ("DCVC-FM", "M"),
            ("PSNR", "X"),
            ("DCVC-DC", "M"),
            ("neural video coding", "T"),
        ],
        "results": [
            ("BD-rates of \u221221.8%", "BD-rate", -21.8, "%", "UVG", "TessaVC"),
            ("\u221225.4%", "BD-rate", -25.4, "%", "MCL-JCV", "TessaVC"),
            ("\u221219.7%", "BD-rate", -19.7, "%", "HEVC Class B", "TessaVC"),
            ("\u221216.0%", "BD-rate", -16.0, "%", "HEVC Class C", "TessaVC"),
            ("6.3% BD-rate", "BD-rate", 6.3, "%", None, None),
            ("0.41 dB PSNR", "PSNR", 0.41, "dB", None, None),
            ("1.37 dB", "PSNR", 1.37, "dB", None, "DCVC-DC"),
            ("612 ms", "encoding time", 612, "ms", None, None),
            ("498 ms", "decoding time", 498, "ms", None, None),
        ],
    },
    {
        "field": "neural-compression",
        "title": "CairnPCC: Windowed Octree Attention for Lossless Point Cloud Geometry Compression",
        "text": (
            "Dense point clouds captured for immersive media are large, and their geometry dominates the "
            "storage cost, which makes lossless point cloud geometry compression a key component of volumetric "
            "video pipelines. Octree entropy models such as OctAttention predict the occupancy of each node "
            "from its ancestors and siblings, but attending over large sibling contexts node by node is slow, "
            "while coders built on sparse convolution, such as SparsePCGC, are fast but exploit less context. "
            "We propose CairnPCC, a lossless geometry coder that groups octree nodes into sparse windows, "
            "attends within each window, and passes a coarse summary of already coded windows as a global "
            "context. Grouping allows all nodes of a window to be decoded in parallel with only four sequential "
            "steps per octree level. On the 8i Voxelized Full Bodies (8iVFB) dataset, CairnPCC codes geometry "
            "at 0.58 bits per point (bpp) on average, a 31.2% bit-rate reduction over G-PCC and 7.5% over "
            "OctAttention. On the Microsoft Voxelized Upper Bodies (MVUB) dataset, the gains over G-PCC range "
            "from 26% to 29%. CairnPCC encodes a frame of about 800k points in 1.2 s and decodes it in 1.4 s, "
            "whereas OctAttention needs over 600 s to decode the same frame, a more than 400\u00d7 speed-up. "
            "The model has 2.7M parameters. A single model trained on 8iVFB also generalizes to LiDAR sweeps "
            "from KITTI, with 12% lower bit-rate than G-PCC."
        ),
        "spans": [
            ("Lossless Point Cloud Geometry Compression", "T"),
            ("lossless point cloud geometry compression", "T"),
            ("OctAttention", "M"),
            ("sparse convolution", "M"),
            ("SparsePCGC", "M"),
            ("CairnPCC", "M"),
            ("8i Voxelized Full Bodies", "D"),
            ("8iVFB", "D"),
            ("bits per point", "X"),
            ("bpp", "X"),
            ("bit-rate", "X"),
            ("G-PCC", "M"),
            ("Microsoft Voxelized Upper Bodies", "D"),
            ("MVUB", "D"),
            ("speed-up", "X"),
            ("KITTI", "D"),
        ],
        "results": [
            ("0.58 bits per point", "bits per point", 0.58, None, "8iVFB", "CairnPCC"),
            ("31.2% bit-rate reduction", "bit-rate reduction", 31.2, "%", "8iVFB", "CairnPCC"),
            ("7.5%", "bit-rate reduction", 7.5, "%", "8iVFB", "CairnPCC"),
            ("gains over G-PCC range from 26% to 29%", "improvement", 29, "%", "MVUB", None, {"low": 26}),
            ("1.2 s", "encoding time", 1.2, "s", None, "CairnPCC"),
            ("1.4 s", "decoding time", 1.4, "s", None, "CairnPCC"),
            ("over 600 s", "decoding time", 600, "s", None, "OctAttention"),
            ("400\u00d7 speed-up", "speed-up", 400, "\u00d7", None, "CairnPCC"),
            ("12% lower bit-rate", "bit-rate reduction", 12, "%", "KITTI", None),
        ],
    },
    {
        "field": "neural-compression",
        "title": "MurmurCodec: A 1 kbps Neural Audio Codec with Residual Vector Quantization over Learned Subbands",
        "text": (
            "Neural audio codecs compress waveforms into discrete tokens that also serve as the vocabulary of "
            "speech language models, yet at bitrates below 2 kbps their reconstructions become muffled and "
            "noisy. We present MurmurCodec, a neural audio codec that splits the signal into four learned "
            "subbands, allocates codebooks across them according to their perceptual importance, and quantizes "
            "each subband with residual vector quantization (RVQ). A multi-scale spectral discriminator and a "
            "band-wise entropy penalty are trained jointly with the codec. At 1.1 kbps on the LibriTTS "
            "test-clean set, MurmurCodec reaches a ViSQOL of 3.92 and a PESQ of 2.61, while EnCodec and DAC at "
            "1.5 kbps obtain ViSQOL scores of 3.21 and 3.48. In a MUSHRA listening test with 24 listeners, "
            "MurmurCodec at 1.1 kbps obtains a MUSHRA score of 81.4, against 74.2 for DAC at 3 kbps. On the "
            "music and general-audio clips of MUSDB18 and AudioSet, it improves mel distance by 18\u201323% over "
            "SoundStream at equal bit-rate. The encoder and decoder together have 9.8M parameters and run 86\u00d7 "
            "faster than real time on a single CPU core, so streaming with 20 ms frames is possible on mobile "
            "devices. Used as a tokenizer, MurmurCodec lowers the word error rate of a downstream "
            "text-to-speech model from 5.9% to 4.3%."
        ),
        "spans": [
            ("Neural Audio Codec", "M"),
            ("Neural audio codecs", "M"),
            ("neural audio codec", "M"),
            ("Residual Vector Quantization", "M"),
            ("residual vector quantization", "M"),
            ("RVQ", "M"),
            ("speech language models", "M"),
            ("bitrates", "X"),
            ("bit-rate", "X"),
            ("MurmurCodec", "M"),
            ("LibriTTS test-clean", "D"),
            ("ViSQOL", "X"),
            ("PESQ", "X"),
            ("EnCodec", "M"),
            ("DAC", "M"),
            ("MUSHRA", "X"),
            ("MUSDB18", "D"),
            ("AudioSet", "D"),
            ("mel distance", "X"),
            ("SoundStream", "M"),
            ("word error rate", "X"),
            ("text-to-speech", "T"),
        ],
        "results": [
            ("ViSQOL of 3.92", "ViSQOL", 3.92, None, "LibriTTS test-clean", "MurmurCodec"),
            ("PESQ of 2.61", "PESQ", 2.61, None, "LibriTTS test-clean", "MurmurCodec"),
            ("ViSQOL scores of 3.21", "ViSQOL", 3.21, None, "LibriTTS test-clean", "EnCodec"),
            ("3.48", "ViSQOL", 3.48, None, "LibriTTS test-clean", "DAC"),
            ("MUSHRA score of 81.4", "MUSHRA", 81.4, None, None, "MurmurCodec"),
            ("74.2", "MUSHRA", 74.2, None, None, "DAC"),
            ("improves mel distance by 18\u201323%", "mel distance", 23, "%", None, None, {"low": 18}),
            ("86\u00d7 faster", "speed-up", 86, "\u00d7", None, None),
            ("word error rate of a downstream text-to-speech model from 5.9% to 4.3%", "WER", 4.3, "%", None,
             "MurmurCodec"),
        ],
    },
    {
        "field": "neural-compression",
        "title": "Generative Image Compression at Extremely Low Bitrates with Semantic Token Priors",
        "text": (
            "At bitrates below 0.05 bpp, conventional and learned codecs produce blurry reconstructions, and "
            "generative codecs such as HiFiC and MS-ILLM trade fidelity for realism by hallucinating textures "
            "that are often semantically wrong. We propose LoomGIC, a generative codec that transmits a short "
            "sequence of discrete semantic tokens from a pretrained image tokenizer together with a low-rate "
            "residual latent, and decodes them with a conditional diffusion model distilled to four sampling "
            "steps. A rate-aware masking of the token sequence lets one model span 0.01 to 0.08 bpp. On "
            "CLIC 2020, LoomGIC matches the FID of MS-ILLM with 62% fewer bits and attains a DISTS of 0.112 at "
            "0.03 bpp, versus 0.158 for HiFiC at twice the rate. On Kodak, LoomGIC improves LPIPS from 0.241 "
            "for MS-ILLM to 0.187 at matched bit-rate while keeping PSNR within 0.5 dB of it. In a user study "
            "with 40 participants, LoomGIC was preferred over MS-ILLM in 71% of pairwise comparisons. "
            "Decoding a 2K image takes 1.6 s on an A100 GPU, roughly 9\u00d7 faster than codecs built on "
            "diffusion models that use 50 sampling steps, and the encoder runs in 48 ms. These results "
            "suggest that transmitting semantics explicitly is a more reliable route to realistic "
            "reconstructions at extreme rates than relying on the decoder to invent them."
        ),
        "spans": [
            ("Generative Image Compression", "T"),
            ("Bitrates", "X"),
            ("bitrates", "X"),
            ("bpp", "X"),
            ("generative codecs", "M"),
            ("HiFiC", "M"),
            ("MS-ILLM", "M"),
            ("LoomGIC", "M"),
            ("diffusion model", "M"),
            ("diffusion models", "M"),
            ("CLIC 2020", "D"),
            ("FID", "X"),
            ("DISTS", "X"),
            ("Kodak", "D"),
            ("LPIPS", "X"),
            ("bit-rate", "X"),
            ("PSNR", "X"),
        ],
        "results": [
            ("62% fewer bits", "bit-rate reduction", 62, "%", "CLIC 2020", "LoomGIC"),
            ("DISTS of 0.112", "DISTS", 0.112, None, "CLIC 2020", "LoomGIC"),
            ("0.158", "DISTS", 0.158, None, "CLIC 2020", "HiFiC"),
            ("LPIPS from 0.241", "LPIPS", 0.241, None, "Kodak", "MS-ILLM"),
            ("0.187", "LPIPS", 0.187, None, "Kodak", "LoomGIC"),
            ("PSNR within 0.5 dB", "PSNR", 0.5, "dB", "Kodak", "LoomGIC"),
            ("71% of pairwise comparisons", "win rate", 71, "%", None, "LoomGIC"),
            ("takes 1.6 s", "decoding time", 1.6, "s", None, None),
            ("9\u00d7 faster", "speed-up", 9, "\u00d7", None, None),
            ("encoder runs in 48 ms", "encoding time", 48, "ms", None, None),
        ],
    },
    # ------------------------------------------------------------------ optimization-scaling
    {
        "field": "optimization-scaling",
        "title": "OrthoFlux: Low-Rank Orthogonalized Momentum for Memory-Efficient LLM Pretraining",
        "text": (
            "Matrix-aware optimizers such as Shampoo, SOAP and Muon have recently closed much of the gap between "
            "Adam-type methods and full second-order preconditioning in language model pretraining, but they "
            "either keep dense preconditioners or orthogonalize full-size momentum matrices at every step, "
            "which is costly in memory and communication for large models. We introduce OrthoFlux, an "
            "optimizer that tracks momentum in a rank-r subspace refreshed every 200 steps and applies a "
            "Newton\u2013Schulz iteration only within that subspace, while a sign-based update handles the "
            "residual directions. Its optimizer state is about half that of AdamW. We pretrain Llama-style "
            "decoder-only models with 124M, 350M, 760M and 1.3B parameters on up to 26B tokens of FineWeb, "
            "tuning the learning rate of every optimizer separately. Across all four scales, OrthoFlux reaches "
            "the final validation loss of AdamW with 1.35\u20131.52\u00d7 fewer tokens and matches Muon to within "
            "0.005 nats while using 38% less optimizer memory. At 1.3B parameters, the final validation loss "
            "is 2.612 for OrthoFlux, 2.648 for AdamW and 2.609 for Muon. On 64 H100 GPUs, its per-step "
            "overhead over AdamW is 3.1%, and training keeps an MFU of 47.2%. Downstream, the 1.3B OrthoFlux "
            "model improves average zero-shot accuracy over the AdamW model by 1.4 points on a suite of eight "
            "tasks including HellaSwag, ARC-Easy and PIQA."
        ),
        "spans": [
            ("LLM", "M"),
            ("Shampoo", "M"),
            ("SOAP", "M"),
            ("Muon", "M"),
            ("Adam", "M"),
            ("OrthoFlux", "M"),
            ("Newton\u2013Schulz iteration", "M"),
            ("AdamW", "M"),
            ("Llama", "M"),
            ("FineWeb", "D"),
            ("validation loss", "X"),
            ("optimizer memory", "X"),
            ("MFU", "X"),
            ("zero-shot accuracy", "X"),
            ("HellaSwag", "D"),
            ("ARC-Easy", "D"),
            ("PIQA", "D"),
            ("average zero-shot accuracy", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("1.35\u20131.52\u00d7 fewer tokens", "token reduction", 1.52, "\u00d7", None, "OrthoFlux", {"low": 1.35}),
            ("within 0.005 nats", "validation loss", 0.005, "nats", None, "OrthoFlux"),
            ("38% less optimizer memory", "optimizer memory reduction", 38, "%", None, "OrthoFlux"),
            ("validation loss is 2.612", "validation loss", 2.612, None, None, "OrthoFlux"),
            ("2.648", "validation loss", 2.648, None, None, "AdamW"),
            ("2.609", "validation loss", 2.609, None, None, "Muon"),
            ("overhead over AdamW is 3.1%", "per-step overhead", 3.1, "%", None, None),
            ("MFU of 47.2%", "MFU", 47.2, "%", None, None),
            ("zero-shot accuracy over the AdamW model by 1.4 points", "zero-shot accuracy", 1.4, "points", None,
             "OrthoFlux"),
        ],
    },
    {
        "field": "optimization-scaling",
        "title": "Anytime Pretraining without Cooldowns: Tidal Learning-Rate Schedules for Language Models",
        "text": (
            "The final loss of a language model depends strongly on its learning-rate schedule. Cosine decay "
            "requires fixing the training length in advance, while warmup-stable-decay (WSD) schedules allow "
            "continuation but need a separate cooldown phase for every checkpoint one wants to evaluate. We "
            "propose TideLR, a schedule that oscillates between a high and a low learning rate with "
            "geometrically growing periods, so that a checkpoint taken at any trough is close to the loss that "
            "a tuned cosine schedule of that length would reach. We also derive a simple rule for the trough "
            "learning rate from the river-valley view of the loss landscape. We train GPT-2-style models from "
            "85M to 1.1B parameters on SlimPajama for budgets between 2.5B and 42B tokens. Evaluated at every "
            "trough, TideLR stays within 0.4% of the validation loss of the compute-matched cosine schedule, "
            "whereas WSD checkpoints taken without cooldown are 2.1\u20133.7% worse. Matching the loss of a 1.1B "
            "model trained with a cosine schedule for 42B tokens takes TideLR only 31B tokens, a 26% saving, "
            "and a single TideLR run replaces the seven separate runs with a cosine schedule that a "
            "scaling-law fit needs, cutting total compute by 4.6\u00d7. Validation perplexity on C4 follows the "
            "same trend: 16.82 for TideLR against 17.05 for the cosine schedule and 16.91 for WSD with a 20% "
            "cooldown. TideLR introduces no hyperparameters beyond the peak learning rate and adds no "
            "per-step overhead."
        ),
        "spans": [
            ("Cosine decay", "M"),
            ("cosine schedule", "M"),
            ("warmup-stable-decay", "M"),
            ("WSD", "M"),
            ("TideLR", "M"),
            ("GPT-2", "M"),
            ("SlimPajama", "D"),
            ("validation loss", "X"),
            ("Validation perplexity", "X"),
            ("C4", "D"),
        ],
        "results": [
            ("within 0.4% of the validation loss", "validation loss", 0.4, "%", None, "TideLR"),
            ("2.1\u20133.7% worse", "validation loss", 3.7, "%", None, "WSD", {"low": 2.1}),
            ("31B tokens", "tokens to target loss", 31, "B", None, "TideLR"),
            ("26% saving", "token reduction", 26, "%", None, "TideLR"),
            ("total compute by 4.6\u00d7", "compute reduction", 4.6, "\u00d7", None, "TideLR"),
            ("16.82", "validation perplexity", 16.82, None, "C4", "TideLR"),
            ("17.05", "validation perplexity", 17.05, None, "C4", "cosine schedule"),
            ("16.91", "validation perplexity", 16.91, None, "C4", "WSD"),
        ],
    },
    {
        "field": "optimization-scaling",
        "title": "How Far Do Scaling Laws Extrapolate? A Noise-Aware Fit for Loss Prediction Across Data Mixtures",
        "text": (
            "Scaling laws are routinely used to choose model size, token budget and data mixture before an "
            "expensive training run, yet fits obtained from small models often extrapolate poorly, and "
            "different fitting procedures disagree on the compute-optimal number of tokens per parameter. We "
            "show that much of this disagreement comes from seed-to-seed noise in the final loss of small "
            "models and from the loss function used for fitting. We propose CrestFit, a procedure that fits a "
            "joint law in model size, tokens and mixture weights by maximizing a likelihood that models per-run "
            "noise, estimated from a few repeated seeds, and we release 1,146 training runs from 14M to 2.8B "
            "parameters on mixtures of C4, StarCoderData and FineWeb-Edu. Fitted only on runs below 200M "
            "parameters, CrestFit predicts the final loss of 1.4B and 2.8B models with mean absolute relative "
            "errors of 0.71% and 1.08%, respectively, compared with 2.9% and 4.4% for the Chinchilla-style "
            "Huber fit. Its prediction error stays below 1% on 11 of the 12 held-out mixtures. For mixture "
            "selection, CrestFit picks a mixture whose 1.4B model attains a validation loss of 2.731 on the "
            "held-out FineWeb-Edu split, 0.021 lower than the best mixture found by grid search at 160M "
            "scale. We argue that reporting fitting noise should become standard practice in scaling studies, "
            "and we provide the runs as a testbed for future functional forms."
        ),
        "spans": [
            ("CrestFit", "M"),
            ("C4", "D"),
            ("StarCoderData", "D"),
            ("FineWeb-Edu", "D"),
            ("mean absolute relative errors", "X"),
            ("Chinchilla", "M"),
            ("prediction error", "X"),
            ("validation loss", "X"),
            ("grid search", "M"),
        ],
        "results": [
            ("mean absolute relative errors of 0.71%", "mean absolute relative error", 0.71, "%", None, "CrestFit"),
            ("1.08%", "mean absolute relative error", 1.08, "%", None, "CrestFit"),
            ("2.9%", "mean absolute relative error", 2.9, "%", None, "Chinchilla"),
            ("4.4%", "mean absolute relative error", 4.4, "%", None, "Chinchilla"),
            ("11 of the 12 held-out mixtures", "mixtures below threshold", 11, None, None, None),
            ("validation loss of 2.731", "validation loss", 2.731, None, "FineWeb-Edu", "CrestFit"),
            ("0.021 lower", "validation loss", 0.021, None, "FineWeb-Edu", "CrestFit"),
        ],
    },
    {
        "field": "optimization-scaling",
        "title": "Kiln8: Stable FP8 Training of Large Language Models with Per-Block Delayed Scaling",
        "text": (
            "Training large language models (LLMs) in FP8 promises up to twice the matrix-multiply throughput "
            "of BF16 on current accelerators, but per-tensor scaling lets rare activation outliers destroy the "
            "precision of the remaining values, and long runs frequently diverge after tens of billions of "
            "tokens. We present Kiln8, an FP8 training recipe that combines per-block scaling factors computed "
            "from a delayed amax history, FP8 storage of optimizer moments, and a smoothing of the SwiGLU "
            "output that bounds outlier growth. We pretrain Llama-architecture models with 1B, 7B and 13B "
            "parameters for 300B, 1T and 200B tokens on 256 to 1,024 H100 GPUs. All Kiln8 runs are stable, "
            "while the per-tensor FP8 baseline diverges in 2 of the 3 runs at 7B. For the 7B Kiln8 model "
            "trained on 1T tokens, the final training loss differs from the BF16 reference by 0.003, and "
            "accuracy on MMLU is 48.9% versus 49.2%. Kiln8 raises training throughput from 3,120 to 4,410 "
            "tokens per second per GPU, a 1.41\u00d7 speed-up, and lifts MFU from 38.5% to 54.3%. Peak memory "
            "per GPU falls by 21%, which allows the micro-batch size to be doubled. Compared with the FP8 "
            "recipe of Transformer Engine, Kiln8 is 9% faster and reaches a 0.017 lower training loss at 13B. "
            "We release the scaling kernels and a drop-in training configuration."
        ),
        "spans": [
            ("Kiln8", "M"),
            ("FP8 Training", "M"),
            ("FP8 training", "M"),
            ("Large Language Models", "M"),
            ("large language models", "M"),
            ("LLMs", "M"),
            ("throughput", "X"),
            ("SwiGLU", "M"),
            ("Llama", "M"),
            ("training loss", "X"),
            ("accuracy", "X"),
            ("MMLU", "D"),
            ("training throughput", "X"),
            ("speed-up", "X"),
            ("MFU", "X"),
            ("Peak memory", "X"),
        ],
        "results": [
            ("2 of the 3 runs", "runs diverged", 2, None, None, None),
            ("training loss differs from the BF16 reference by 0.003", "training loss", 0.003, None, None, "Kiln8"),
            ("accuracy on MMLU is 48.9%", "accuracy", 48.9, "%", "MMLU", "Kiln8"),
            ("49.2%", "accuracy", 49.2, "%", "MMLU", None),
            ("training throughput from 3,120 to 4,410 tokens per second per GPU", "training throughput", 4410,
             "tokens/s/GPU", None, "Kiln8"),
            ("1.41\u00d7 speed-up", "speed-up", 1.41, "\u00d7", None, "Kiln8"),
            ("MFU from 38.5% to 54.3%", "MFU", 54.3, "%", None, "Kiln8"),
            ("Peak memory per GPU falls by 21%", "peak memory reduction", 21, "%", None, None),
            ("9% faster", "speed-up", 9, "%", None, "Kiln8"),
            ("0.017 lower training loss", "training loss", 0.017, None, None, "Kiln8"),
        ],
    },
    {
        "field": "optimization-scaling",
        "title": "Transferring Learning Rates Across Depth: A Residual Scaling Rule Beyond \u03bcP",
        "text": (
            "Maximal update parametrization (\u03bcP) allows hyperparameters tuned on a narrow proxy model to be "
            "reused at larger widths, but the optimal learning rate still drifts when depth changes, so "
            "practitioners either retune at the target depth or accept a loss penalty. We analyze the residual "
            "stream of pre-norm Transformers in the joint width-depth limit and propose DepthLift, a "
            "parametrization that scales each residual branch by the inverse square root of depth and "
            "rescales the per-layer Adam learning rate with a correction term derived from that limit. "
            "DepthLift keeps the optimal learning rate, warmup length and weight decay approximately fixed "
            "from 4 to 96 layers and from width 256 to 4,096. We tune hyperparameters once on a 12-layer, "
            "40M-parameter GPT-2 proxy and transfer them to models with up to 1.6B parameters trained on "
            "OpenWebText. At 48 layers, DepthLift reaches a validation perplexity of 17.9, versus 18.6 for \u03bcP "
            "with transferred hyperparameters and 18.0 for \u03bcP retuned with a sweep of 30 runs at the target "
            "size. The shift of the optimal learning rate between 12 and 96 layers is below 1.5\u00d7 for "
            "DepthLift, but 11\u00d7 for \u03bcP and 16\u00d7 for standard parametrization. Across eight target "
            "configurations, transferred DepthLift hyperparameters come within 0.5% of the best loss found "
            "by a full sweep in 7 of 8 cases, cutting tuning compute by roughly 95%. We provide a drop-in "
            "implementation for common Transformer training codebases."
        ),
        "spans": [
            ("\u03bcP", "M"),
            ("Maximal update parametrization", "M"),
            ("Transformers", "M"),
            ("Transformer", "M"),
            ("DepthLift", "M"),
            ("Adam", "M"),
            ("GPT-2", "M"),
            ("OpenWebText", "D"),
            ("validation perplexity", "X"),
            ("standard parametrization", "M"),
        ],
        "results": [
            ("validation perplexity of 17.9", "validation perplexity", 17.9, None, None, "DepthLift"),
            ("18.6", "validation perplexity", 18.6, None, None, "\u03bcP"),
            ("18.0", "validation perplexity", 18.0, None, None, "\u03bcP"),
            ("below 1.5\u00d7", "optimal learning rate shift", 1.5, "\u00d7", None, "DepthLift"),
            ("11\u00d7", "optimal learning rate shift", 11, "\u00d7", None, "\u03bcP"),
            ("16\u00d7", "optimal learning rate shift", 16, "\u00d7", None, "standard parametrization"),
            ("7 of 8 cases", "cases below threshold", 7, None, None, "DepthLift"),
            ("tuning compute by roughly 95%", "tuning compute reduction", 95, "%", None, "DepthLift"),
        ],
    },
]
