"""dev9 records: audio (5) and video (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Riverlet", "Tessaroute", "Sorrelvoice", "Thrushnote", "Rosewarble",
          "Tarnlink", "Quillreel", "Rimefall", "Quarlet", "Tesserine"]

RECS = [
    # ------------------------------------------------------------ audio
    {
        "field": "audio",
        "title": "Riverlet: Causal Band-Split Mamba Networks for Low-Latency Speech Enhancement on Hearables",
        "text": (
            "Speech enhancement on hearing aids and earbuds must be causal, run within a few milliseconds of "
            "algorithmic latency and fit a compute budget far below that of recent generative models. We present "
            "Riverlet, a causal band-split network that replaces the recurrent layers of BSRNN with Mamba blocks and "
            "estimates complex masks on 24 non-uniform sub-bands. Riverlet processes 8 ms frames with a 2 ms hop and "
            "is trained on 500 hours of simulated mixtures; the only perceptual term in its objective is a "
            "differentiable PESQ-style loss. On VoiceBank+DEMAND it reaches a PESQ of 3.41, a STOI of 95.8% and an "
            "SI-SDR of 19.6 dB with 0.48M parameters and 0.39 GMACs per second of audio, against 3.50 PESQ for the "
            "non-causal MP-SENet at 2.05M parameters. Among causal systems it also outperforms DeepFilterNet3 and "
            "FRCRN, whose PESQ scores are 3.17 and 3.21. On the no-reverb test set of the DNS Challenge 2020, Riverlet "
            "raises DNSMOS OVRL from 2.95 to 3.34 (p < 0.01, paired t-test over 150 clips). Riverlet's real-time "
            "factor (RTF) is 0.11 on one Cortex-A78 core, 4.2× lower than that of a causal CMGAN, and its end-to-end "
            "latency including buffering stays at 6 ms. Code and checkpoints are released."
        ),
        "spans": [
            ("Riverlet", "M"), ("Mamba", "M"), ("algorithmic latency", "X"), ("Speech Enhancement", "T"), ("Speech enhancement", "T"),
            ("BSRNN", "M"), ("PESQ", "X", {"skip": [0]}), ("VoiceBank+DEMAND", "D"), ("STOI", "X"),
            ("SI-SDR", "X"), ("parameters", "X"), ("GMACs", "X"), ("MP-SENet", "M"), ("DeepFilterNet3", "M"),
            ("FRCRN", "M"), ("DNS Challenge 2020", "D"), ("DNSMOS OVRL", "X"), ("real-time factor", "X"),
            ("RTF", "X"), ("CMGAN", "M"), ("end-to-end latency", "X"),
        ],
        "results": [
            ("PESQ of 3.41", "PESQ", 3.41, None, "VoiceBank+DEMAND", None),
            ("STOI of 95.8%", "STOI", 95.8, "%", "VoiceBank+DEMAND", None),
            ("SI-SDR of 19.6 dB", "SI-SDR", 19.6, "dB", "VoiceBank+DEMAND", None),
            ("0.48M parameters", "parameters", 0.48, "M", "VoiceBank+DEMAND", None),
            ("0.39 GMACs", "MACs", 0.39, "G", "VoiceBank+DEMAND", None),
            ("3.50 PESQ", "PESQ", 3.50, None, "VoiceBank+DEMAND", "MP-SENet"),
            ("2.05M parameters", "parameters", 2.05, "M", "VoiceBank+DEMAND", "MP-SENet"),
            ("3.17", "PESQ", 3.17, None, None, "DeepFilterNet3"),
            ("3.21", "PESQ", 3.21, None, None, "FRCRN"),
            ("DNSMOS OVRL from 2.95 to 3.34", "DNSMOS OVRL", 3.34, None, "DNS Challenge 2020", "Riverlet"),
            ("real-time factor (RTF) is 0.11", "real-time factor", 0.11, None, None, "Riverlet"),
            ("4.2× lower", "real-time factor reduction", 4.2, "×", None, "Riverlet"),
            ("end-to-end latency including buffering stays at 6 ms", "end-to-end latency", 6, "ms", None, "Riverlet"),
        ],
    },
    {
        "field": "audio",
        "title": "Tessaroute: Language-Routed Mixture-of-Experts Adapters for Low-Resource Multilingual Speech Recognition",
        "text": (
            "Multilingual speech recognition models such as Whisper and MMS cover about a hundred languages, but they "
            "remain far weaker on low-resource languages than on English, and fine-tuning one model per language "
            "multiplies storage. Parameter-efficient adapters such as LoRA help, yet a single adapter shared across "
            "languages suffers from interference, while per-language adapters cannot borrow strength from related "
            "languages. In this work we introduce Tessaroute, which inserts a pool of 32 low-rank experts into every "
            "decoder block of Whisper large-v3 and learns a router conditioned on a language embedding and on a summary "
            "of the encoder output, so that related languages may share experts without being forced to. We train on "
            "the 102 languages of FLEURS and evaluate on FLEURS and on Common Voice 15.0. Tessaroute lowers the average "
            "word error rate (WER) on FLEURS from 14.9% for full fine-tuning to 12.6%, and the character error rate "
            "(CER) on the 24 lowest-resource languages by 18% relative. Against per-language LoRA, Tessaroute wins on "
            "71 of the 102 languages while storing 9.3× fewer adapter parameters. On Common Voice 15.0, whose speakers "
            "do not appear in FLEURS, the advantage persists: 11.8 versus 13.5 average WER for a shared LoRA adapter. "
            "The router adds 3.1% to decoding time. Inspecting it, we find that expert assignments cluster by language "
            "family without any supervision, which suggests that the mixture of experts recovers some linguistic "
            "structure; a systematic analysis is left to future work."
        ),
        "spans": [
            ("Tessaroute", "M"), ("Mixture-of-Experts", "M"), ("mixture of experts", "M"),
            ("Multilingual Speech Recognition", "T"), ("Multilingual speech recognition", "T"), ("Whisper", "M"),
            ("MMS", "M"), ("LoRA", "M"), ("Whisper large-v3", "M"), ("FLEURS", "D"), ("Common Voice 15.0", "D"),
            ("average word error rate", "X"), ("WER", "X"), ("average WER", "X"), ("full fine-tuning", "M"),
            ("character error rate", "X"), ("CER", "X"), ("adapter parameters", "X"), ("decoding time", "X"),
        ],
        "results": [
            ("14.9% for full fine-tuning", "average WER", 14.9, "%", "FLEURS", "full fine-tuning"),
            ("to 12.6%", "average WER", 12.6, "%", "FLEURS", "Tessaroute"),
            ("character error rate (CER) on the 24 lowest-resource languages by 18% relative",
             "relative CER reduction", 18, "%", None, "Tessaroute"),
            ("wins on 71 of the 102 languages", "languages won", 71, None, None, "Tessaroute"),
            ("9.3× fewer adapter parameters", "adapter parameters reduction", 9.3, "×", None, "Tessaroute"),
            ("11.8", "average WER", 11.8, None, "Common Voice 15.0", None),
            ("13.5 average WER", "average WER", 13.5, None, "Common Voice 15.0", "LoRA"),
            ("adds 3.1% to decoding time", "decoding time", 3.1, "%", None, None),
        ],
    },
    {
        "field": "audio",
        "title": "Sorrelvoice: Zero-Shot Text-to-Speech in Eight Flow-Matching Steps, 3.4× Faster than F5-TTS",
        "text": (
            "For zero-shot text-to-speech from a 3-second prompt, Sorrelvoice reaches a word error rate of 1.9% and a "
            "speaker similarity (SIM-o) of 0.68 on LibriSpeech test-clean while using 8 sampling steps instead of the "
            "32 that F5-TTS requires. The model is a non-autoregressive flow-matching Transformer trained on the 50k "
            "hours of English audiobooks in LibriHeavy. Two ingredients make few-step sampling work: a duration-free "
            "text alignment learned through a monotonic attention prior, and a consistency distillation stage that "
            "straightens the sampling trajectory. Compared with F5-TTS (2.4% WER, 0.66 SIM-o) and MaskGCT (2.6%, "
            "0.69), Sorrelvoice is more intelligible while matching their similarity to within 0.01. In a listening "
            "test with 24 raters, its comparative MOS (CMOS) against F5-TTS is +0.12 ± 0.09, which we read as parity "
            "rather than an improvement; UTMOS reaches 4.07. On an A100, Sorrelvoice runs 3.4× faster than F5-TTS at "
            "equal quality, with an RTF of 0.045. We stress that all of these evaluations use read English speech. On "
            "the emotional subset of EmoV-DB, intelligibility degrades noticeably (WER 4.8%), and we have not yet "
            "tested cross-lingual voice cloning, where alignment errors are likely to be more frequent."
        ),
        "spans": [
            ("Sorrelvoice", "M"), ("Zero-Shot Text-to-Speech", "T"), ("zero-shot text-to-speech", "T"),
            ("Flow-Matching", "M"), ("flow-matching", "M"), ("F5-TTS", "M"), ("word error rate", "X"),
            ("speaker similarity", "X"), ("SIM-o", "X"), ("LibriSpeech test-clean", "D"), ("Transformer", "M"),
            ("LibriHeavy", "D"), ("consistency distillation", "M"), ("MaskGCT", "M"), ("WER", "X"),
            ("similarity", "X"), ("comparative MOS", "X"), ("CMOS", "X"), ("UTMOS", "X"), ("RTF", "X"),
            ("EmoV-DB", "D"), ("cross-lingual voice cloning", "T"),
        ],
        "title_results": [
            ("3.4× Faster", "speed-up", 3.4, "×", None, "Sorrelvoice"),
        ],
        "results": [
            ("word error rate of 1.9%", "WER", 1.9, "%", "LibriSpeech test-clean", "Sorrelvoice"),
            ("speaker similarity (SIM-o) of 0.68", "SIM-o", 0.68, None, "LibriSpeech test-clean", "Sorrelvoice"),
            ("2.4% WER", "WER", 2.4, "%", None, "F5-TTS"),
            ("0.66 SIM-o", "SIM-o", 0.66, None, None, "F5-TTS"),
            ("2.6%", "WER", 2.6, "%", None, "MaskGCT"),
            ("0.69", "SIM-o", 0.69, None, None, "MaskGCT"),
            ("similarity to within 0.01", "similarity", 0.01, None, None, "Sorrelvoice"),
            ("comparative MOS (CMOS) against F5-TTS is +0.12 ± 0.09", "CMOS", 0.12, None, None, None),
            ("UTMOS reaches 4.07", "UTMOS", 4.07, None, None, None),
            ("3.4× faster", "speed-up", 3.4, "×", None, "Sorrelvoice"),
            ("RTF of 0.045", "RTF", 0.045, None, None, "Sorrelvoice"),
            ("WER 4.8%", "WER", 4.8, "%", "EmoV-DB", None),
        ],
    },
    {
        "field": "audio",
        "title": "Thrushnote: Retrieval-Augmented Audio Captioning with Frozen Language Models",
        "text": (
            "Automated audio captioning (AAC) describes the sounds in a clip in natural language. Current systems pair "
            "a pretrained audio encoder such as BEATs with a text decoder and are trained on AudioCaps and Clotho, "
            "whose combined 50k captions are small by the standards of text corpora. We propose Thrushnote, which "
            "keeps both a BEATs encoder and a Llama-3-8B decoder frozen and trains only a Q-Former bridge of 20M "
            "parameters. At inference, Thrushnote performs retrieval-augmented generation: it retrieves the five "
            "captions nearest to the query clip from WavCaps using CLAP embeddings and passes them to the decoder as "
            "in-context exemplars. On the Clotho v2.1 evaluation split, Thrushnote achieves a SPIDEr of 33.1 and a "
            "FENSE of 54.2, 2.6 and 1.9 points above EnCLAP-large, respectively. On AudioCaps it reaches 50.7 SPIDEr "
            "(CIDEr 84.3), compared with 49.5 for the best previous single model. Removing retrieval lowers SPIDEr on "
            "Clotho to 30.4, so the exemplars, not the larger decoder, carry most of the gain. Prompted for "
            "text-to-audio retrieval, Thrushnote reaches an R@1 of 41.8 on AudioCaps, within 0.9 points of a dedicated "
            "CLAP model. Training takes 11 GPU-hours. Human raters preferred Thrushnote captions over EnCLAP captions "
            "in 64% of 400 pairwise comparisons. Retrieval from WavCaps may, however, leak near-duplicates of Clotho "
            "test captions. After we remove every WavCaps caption whose BLEU-4 against a test reference exceeds 0.5, "
            "SPIDEr drops by only 0.4."
        ),
        "spans": [
            ("Thrushnote", "M"), ("Audio Captioning", "T"), ("Language Models", "M"),
            ("Automated audio captioning", "T"), ("AAC", "T"), ("BEATs", "M"), ("AudioCaps", "D"), ("Clotho", "D"),
            ("Clotho v2.1", "D"), ("Llama-3-8B", "M"), ("Q-Former", "M"), ("retrieval-augmented generation", "M"),
            ("WavCaps", "D"), ("CLAP", "M"), ("SPIDEr", "X"), ("FENSE", "X"), ("EnCLAP-large", "M"),
            ("EnCLAP", "M"), ("CIDEr", "X"), ("text-to-audio retrieval", "T"), ("R@1", "X"), ("BLEU-4", "X"),
        ],
        "results": [
            ("SPIDEr of 33.1", "SPIDEr", 33.1, None, "Clotho v2.1", "Thrushnote"),
            ("FENSE of 54.2", "FENSE", 54.2, None, "Clotho v2.1", "Thrushnote"),
            ("2.6", "SPIDEr", 2.6, "points", "Clotho v2.1", "Thrushnote"),
            ("1.9 points", "FENSE", 1.9, "points", "Clotho v2.1", "Thrushnote"),
            ("50.7 SPIDEr", "SPIDEr", 50.7, None, "AudioCaps", None),
            ("CIDEr 84.3", "CIDEr", 84.3, None, "AudioCaps", None),
            ("49.5 for the best previous single model", "SPIDEr", 49.5, None, "AudioCaps", None),
            ("SPIDEr on Clotho to 30.4", "SPIDEr", 30.4, None, "Clotho", None),
            ("R@1 of 41.8", "R@1", 41.8, None, "AudioCaps", "Thrushnote"),
            ("within 0.9 points", "R@1", 0.9, "points", "AudioCaps", "Thrushnote"),
            ("Training takes 11 GPU-hours", "training time", 11, "GPU-hours", None, None),
            ("64% of 400 pairwise comparisons", "win rate", 64, "%", None, "Thrushnote"),
            ("SPIDEr drops by only 0.4", "SPIDEr", 0.4, None, None, None),
        ],
    },
    {
        "field": "audio",
        "title": "Rosewarble: Beat-Aligned Latent Diffusion for Controllable Text-to-Music Generation",
        "text": (
            "Text-to-music models now produce plausible timbre, yet they drift off the beat and ignore the tempo and "
            "chord constraints that musicians specify. Rosewarble is a latent diffusion model with a 1.1B-parameter "
            "Diffusion Transformer (DiT) backbone that conditions on text, a beat grid and an optional chord sequence "
            "through a shared cross-attention stream; it is trained with a rhythm-consistency auxiliary loss on 18k "
            "hours of licensed instrumental music. On MusicCaps, Rosewarble obtains a Fréchet Audio Distance (FAD) of "
            "1.42 with VGGish embeddings, compared with 3.80 for MusicGen-large and 2.15 for Stable Audio Open, and a "
            "CLAP score of 0.41. Beat-alignment F1, computed with madmom, rises from 0.62 for MusicGen-melody to 0.89, "
            "and chord accuracy reaches 71.3% when a chord sequence is given. On the Song Describer Dataset, "
            "Rosewarble improves FAD by 18-27% over the three baselines. In a listening study with 30 musicians, "
            "Rosewarble was preferred for rhythmic coherence in 73% of pairwise trials (95% CI 68-78%), and its mean "
            "opinion score for overall quality was 3.94 ± 0.11 versus 3.61 ± 0.13 for MusicGen-large (p < 0.001). "
            "Sampling 30 s of audio with 50 DDIM steps takes 4.6 s on an H100, a 2.3times speedup over Stable Audio "
            "Open. Rosewarble generates 44.1 kHz stereo and supports in-painting of individual bars, which we "
            "demonstrate for loop extension."
        ),
        "spans": [
            ("Rosewarble", "M"), ("Latent Diffusion", "M"), ("latent diffusion model", "M"),
            ("Controllable Text-to-Music Generation", "T"), ("Text-to-music", "T"), ("Diffusion Transformer", "M"),
            ("DiT", "M"), ("MusicCaps", "D"), ("Fréchet Audio Distance", "X"), ("FAD", "X"), ("VGGish", "M"),
            ("MusicGen-large", "M"), ("Stable Audio Open", "M"), ("CLAP score", "X"), ("Beat-alignment F1", "X"),
            ("MusicGen-melody", "M"), ("chord accuracy", "X"), ("Song Describer Dataset", "D"),
            ("mean opinion score", "X"), ("DDIM", "M"), ("speedup", "X"), ("in-painting", "T"),
        ],
        "results": [
            ("Fréchet Audio Distance (FAD) of 1.42", "FAD", 1.42, None, "MusicCaps", "Rosewarble"),
            ("3.80 for MusicGen-large", "FAD", 3.80, None, "MusicCaps", "MusicGen-large"),
            ("2.15 for Stable Audio Open", "FAD", 2.15, None, "MusicCaps", "Stable Audio Open"),
            ("CLAP score of 0.41", "CLAP score", 0.41, None, "MusicCaps", "Rosewarble"),
            ("0.62 for MusicGen-melody", "beat-alignment F1", 0.62, None, None, "MusicGen-melody"),
            ("to 0.89", "beat-alignment F1", 0.89, None, None, None),
            ("chord accuracy reaches 71.3%", "chord accuracy", 71.3, "%", None, None),
            ("improves FAD by 18-27%", "FAD", 27, "%", "Song Describer Dataset", "Rosewarble", {"low": 18}),
            ("73% of pairwise trials", "win rate", 73, "%", None, "Rosewarble"),
            ("mean opinion score for overall quality was 3.94 ± 0.11", "mean opinion score", 3.94, None, None,
             "Rosewarble"),
            ("3.61 ± 0.13 for MusicGen-large", "mean opinion score", 3.61, None, None, "MusicGen-large"),
            ("Sampling 30 s of audio with 50 DDIM steps takes 4.6 s", "sampling time", 4.6, "s", None, None),
            ("2.3times speedup", "speed-up", 2.3, "×", None, None),
        ],
    },
]

RECS_VIDEO = [
    # ------------------------------------------------------------ video
    {
        "field": "video",
        "title": "Tarnlink: Object-Level Memory Consolidation for Long-Term Video Object Segmentation",
        "text": (
            "Memory-based methods for semi-supervised video object segmentation (VOS) store features of past frames, "
            "so their memory grows with video length and distractors accumulate over time. Tarnlink instead "
            "consolidates pixel memory into a fixed set of 64 object tokens per target, written by a gated "
            "slot-attention update every fifth frame and read by a lightweight query decoder. With a ResNet-50 "
            "encoder, Tarnlink obtains J&F scores of 88.6, 86.9 and 69.2 on DAVIS 2017 val, YouTube-VOS 2019 val and "
            "MOSE, respectively, outperforming Cutie-base by 0.8, 0.5 and 2.7 points. Gains are largest on long "
            "videos: on LVOS, J&F improves from 57.3 for XMem to 64.1. Memory use is constant, too: peak GPU memory "
            "stays at 1.9 GB for a 10,000-frame video, where XMem requires 7.4 GB. Tarnlink runs at 41.5 FPS on an "
            "RTX 3090 at 480p, 1.6× faster than Cutie. Initialising the encoder from SAM 2 instead raises MOSE J&F "
            "to 73.0, although at 17 FPS. We hope the object-token view of memory will also transfer to referring "
            "video object segmentation."
        ),
        "spans": [
            ("Tarnlink", "M"), ("Video Object Segmentation", "T"), ("semi-supervised video object segmentation", "T"),
            ("VOS", "T"), ("referring video object segmentation", "T"), ("slot-attention", "M"), ("ResNet-50", "M"), ("J&F", "X"), ("DAVIS 2017 val", "D"),
            ("YouTube-VOS 2019 val", "D"), ("MOSE", "D"), ("Cutie-base", "M"), ("Cutie", "M"), ("LVOS", "D"),
            ("XMem", "M"), ("peak GPU memory", "X"), ("FPS", "X"), ("SAM 2", "M"),
        ],
        "results": [
            ("J&F scores of 88.6", "J&F", 88.6, None, "DAVIS 2017 val", "Tarnlink"),
            ("86.9", "J&F", 86.9, None, "YouTube-VOS 2019 val", "Tarnlink"),
            ("69.2", "J&F", 69.2, None, "MOSE", "Tarnlink"),
            ("0.8", "J&F", 0.8, "points", "DAVIS 2017 val", "Tarnlink"),
            ("0.5", "J&F", 0.5, "points", "YouTube-VOS 2019 val", "Tarnlink"),
            ("2.7 points", "J&F", 2.7, "points", "MOSE", "Tarnlink"),
            ("57.3 for XMem", "J&F", 57.3, None, "LVOS", "XMem"),
            ("to 64.1", "J&F", 64.1, None, "LVOS", None),
            ("peak GPU memory stays at 1.9 GB", "peak GPU memory", 1.9, "GB", None, None),
            ("7.4 GB", "peak GPU memory", 7.4, "GB", None, "XMem"),
            ("41.5 FPS", "FPS", 41.5, None, None, "Tarnlink"),
            ("1.6× faster", "speed-up", 1.6, "×", None, "Tarnlink"),
            ("MOSE J&F to 73.0", "J&F", 73.0, None, "MOSE", "SAM 2"),
            ("17 FPS", "FPS", 17, None, "MOSE", "SAM 2"),
        ],
    },
    {
        "field": "video",
        "title": "Quillreel: Query-Conditioned Token Pruning for Hour-Long Video Understanding with Multimodal LLMs",
        "text": (
            "Multimodal large language models (MLLMs) can in principle answer questions about hour-long videos, but "
            "sampling even one frame per second yields hundreds of thousands of visual tokens, far beyond what their "
            "context windows and compute budgets admit. Uniform frame subsampling, the common workaround, discards "
            "precisely the brief moments on which a question may hinge. We describe Quillreel, a training-free token "
            "pruning method that scores video segments by their relevance to the question with a small SigLIP-based "
            "retriever and then keeps, within the selected segments, only the tokens whose features change over time. "
            "Applied to Qwen2-VL-7B with a budget of 8,192 visual tokens, Quillreel raises accuracy on the long-video "
            "subset of Video-MME from 53.1% to 58.4% without subtitles and improves MLVU by 4.6 points. On "
            "LongVideoBench the gain is smaller (+1.2), which we attribute to its many questions about global plot "
            "rather than local events. With LLaVA-OneVision-7B the pattern holds, and on EgoSchema the pruned model "
            "even edges past the full-token model in accuracy (62.7% vs. 61.9%) at a budget of 12% of its tokens. "
            "Prefill compute drops by 6.8× in FLOPs, and time-to-first-token for a one-hour video falls from 38.2 s "
            "to 7.5 s on a single H100. These gains come with caveats. Quillreel relies on the retriever's notion of "
            "relevance, and on questions that require counting across the whole video it trails uniform sampling by "
            "2.3 accuracy points in the Video-MME counting category."
        ),
        "spans": [
            ("Quillreel", "M"), ("Token Pruning", "M"), ("token pruning", "M"), ("Video Understanding", "T"),
            ("Multimodal LLMs", "M"), ("Multimodal large language models", "M"), ("MLLMs", "M"), ("SigLIP", "M"),
            ("Qwen2-VL-7B", "M"), ("accuracy", "X"), ("Video-MME", "D"), ("MLVU", "D"), ("LongVideoBench", "D"),
            ("LLaVA-OneVision-7B", "M"), ("EgoSchema", "D"), ("FLOPs", "X"), ("time-to-first-token", "X"),
        ],
        "results": [
            ("accuracy on the long-video subset of Video-MME from 53.1% to 58.4%", "accuracy", 58.4, "%",
             "Video-MME", "Quillreel"),
            ("improves MLVU by 4.6 points", "improvement", 4.6, "points", "MLVU", "Quillreel"),
            ("+1.2", "improvement", 1.2, None, "LongVideoBench", None),
            ("62.7%", "accuracy", 62.7, "%", "EgoSchema", "LLaVA-OneVision-7B"),
            ("61.9%", "accuracy", 61.9, "%", "EgoSchema", "LLaVA-OneVision-7B"),
            ("drops by 6.8× in FLOPs", "FLOPs reduction", 6.8, "×", None, None),
            ("time-to-first-token for a one-hour video falls from 38.2 s to 7.5 s", "time-to-first-token", 7.5, "s",
             None, None),
            ("trails uniform sampling by 2.3 accuracy points", "accuracy", 2.3, "points", "Video-MME", "Quillreel"),
        ],
    },
    {
        "field": "video",
        "title": "Rimefall: Training-Free Spatiotemporal Sparse Attention Makes Video Diffusion Transformers 2.9× Faster",
        "text": (
            "Diffusion Transformers (DiTs) have become the backbone of text-to-video generation, but full attention "
            "over all spatiotemporal tokens makes sampling slow: generating a 5-second 720p clip with HunyuanVideo "
            "takes about 30 minutes on a single H100. We observe that attention maps in video DiTs are dominated by "
            "two patterns, one local in space and one local in time, whose relative weight shifts predictably across "
            "heads and denoising steps. Rimefall exploits this with a training-free sparse attention scheme that "
            "classifies each head online from 1% of its query tokens and dispatches it to a spatial or a temporal "
            "block-sparse kernel. Because the classification is refreshed only every 10 steps, its overhead is "
            "negligible. On HunyuanVideo and Wan 2.1-14B, Rimefall delivers end-to-end speed-ups of 2.9× and 2.4×, "
            "respectively, with a VBench total score of 83.1 vs. 83.3 for dense attention on HunyuanVideo. Its PSNR "
            "against dense-attention outputs is 29.4 dB, higher than that of SVG (26.8 dB) and STA (27.5 dB) at "
            "comparable sparsity. On UCF-101 class-conditional video generation with Latte, FVD changes from 478 to "
            "471, well within seed variance. Combined with TeaCache, Rimefall reaches a 4.1× speed-up at a cost of "
            "0.6 in VBench total score."
        ),
        "spans": [
            ("Rimefall", "M"), ("Sparse Attention", "M"), ("sparse attention", "M"), ("Diffusion Transformers", "M"),
            ("DiTs", "M"), ("text-to-video generation", "T"), ("full attention", "M"), ("HunyuanVideo", "M"),
            ("Wan 2.1-14B", "M"), ("end-to-end speed-ups", "X"), ("VBench", "D"), ("total score", "X"),
            ("dense attention", "M"), ("PSNR", "X"), ("dense-attention", "M"), ("SVG", "M"), ("STA", "M"),
            ("UCF-101", "D"), ("class-conditional video generation", "T"), ("Latte", "M"), ("FVD", "X"),
            ("TeaCache", "M"), ("speed-up", "X"),
        ],
        "title_results": [
            ("2.9× Faster", "speed-up", 2.9, "×", None, "Rimefall"),
        ],
        "results": [
            ("generating a 5-second 720p clip with HunyuanVideo takes about 30 minutes", "generation time", 30, "min",
             None, "HunyuanVideo"),
            ("end-to-end speed-ups of 2.9×", "end-to-end speed-up", 2.9, "×", None, "Rimefall"),
            ("2.4×", "end-to-end speed-up", 2.4, "×", None, "Rimefall"),
            ("VBench total score of 83.1", "total score", 83.1, None, "VBench", "Rimefall"),
            ("83.3 for dense attention", "total score", 83.3, None, "VBench", "dense attention"),
            ("PSNR against dense-attention outputs is 29.4 dB", "PSNR", 29.4, "dB", None, None),
            ("26.8 dB", "PSNR", 26.8, "dB", None, "SVG"),
            ("27.5 dB", "PSNR", 27.5, "dB", None, "STA"),
            ("FVD changes from 478 to 471", "FVD", 471, None, "UCF-101", "Latte"),
            ("4.1× speed-up", "speed-up", 4.1, "×", None, "Rimefall"),
            ("0.6 in VBench total score", "total score", 0.6, None, "VBench", "Rimefall"),
        ],
    },
    {
        "field": "video",
        "title": "Quarlet: Motion-Guided Token Dropping for Budget Masked Video Modeling",
        "text": (
            "VideoMAE-style masked autoencoding learns strong video representations but needs 1,600 pre-training "
            "epochs and thousands of GPU hours. Quarlet cuts this cost by dropping, before the encoder, the 75% of tube "
            "tokens with the least motion energy, estimated at no extra cost from compressed-domain motion vectors, "
            "and reconstructing only the remaining high-motion regions. A ViT-B pre-trained with Quarlet for 400 "
            "epochs on Kinetics-400 reaches 81.9% top-1 accuracy on Kinetics-400 and 71.6% on Something-Something V2 "
            "(SSv2) after fine-tuning, versus 81.5% and 70.8% for VideoMAE at 1,600 epochs. Pre-training takes 310 "
            "A100 GPU-hours, 5.2× fewer than VideoMAE. Linear-probe accuracy on UCF101 and HMDB51 is 89.4% and 63.0%, "
            "respectively, ahead of MVD by 2.1 and 3.5 points. For spatiotemporal action detection on AVA v2.2, "
            "Quarlet obtains 31.8 mAP, within 0.4 mAP of VideoMAE V2-g despite using 9.5× fewer parameters. In "
            "ablations, motion-guided dropping beats random masking by 1.9 points on SSv2 at an equal token budget, "
            "and dropping by optical-flow magnitude instead of motion vectors brings no further gain while tripling "
            "preprocessing time."
        ),
        "spans": [
            ("Quarlet", "M"), ("Token Dropping", "M"), ("Masked Video Modeling", "M"), ("VideoMAE", "M"),
            ("masked autoencoding", "M"), ("ViT-B", "M"), ("Kinetics-400", "D"), ("top-1 accuracy", "X"),
            ("Something-Something V2", "D"), ("SSv2", "D"), ("Linear-probe accuracy", "X"), ("UCF101", "D"),
            ("HMDB51", "D"), ("MVD", "M"), ("spatiotemporal action detection", "T"), ("AVA v2.2", "D"), ("mAP", "X"),
            ("VideoMAE V2-g", "M"), ("parameters", "X"), ("random masking", "M"),
        ],
        "results": [
            ("81.9% top-1 accuracy on Kinetics-400", "top-1 accuracy", 81.9, "%", "Kinetics-400", "Quarlet"),
            ("71.6% on Something-Something V2", "top-1 accuracy", 71.6, "%", "Something-Something V2", "Quarlet"),
            ("81.5%", "top-1 accuracy", 81.5, "%", "Kinetics-400", "VideoMAE"),
            ("70.8%", "top-1 accuracy", 70.8, "%", "Something-Something V2", "VideoMAE"),
            ("Pre-training takes 310 A100 GPU-hours", "pre-training time", 310, "GPU-hours", None, None),
            ("5.2× fewer", "pre-training time reduction", 5.2, "×", None, None),
            ("Linear-probe accuracy on UCF101 and HMDB51 is 89.4%", "linear-probe accuracy", 89.4, "%", "UCF101", None),
            ("63.0%", "linear-probe accuracy", 63.0, "%", "HMDB51", None),
            ("2.1", "linear-probe accuracy", 2.1, "points", "UCF101", None),
            ("3.5 points", "linear-probe accuracy", 3.5, "points", "HMDB51", None),
            ("31.8 mAP", "mAP", 31.8, None, "AVA v2.2", "Quarlet"),
            ("within 0.4 mAP", "mAP", 0.4, None, "AVA v2.2", "Quarlet"),
            ("9.5× fewer parameters", "parameters reduction", 9.5, "×", "AVA v2.2", "Quarlet"),
            ("beats random masking by 1.9 points", "improvement", 1.9, "points", "Something-Something V2", None),
        ],
    },
    {
        "field": "video",
        "title": "Tesserine: Unidirectional Recurrence with Deformable State Caches for Efficient Video Super-Resolution",
        "text": (
            "Recurrent video super-resolution (VSR) networks such as BasicVSR++ propagate features bidirectionally and "
            "must therefore buffer an entire clip before emitting the first frame, which rules out streaming. "
            "Transformer-based models such as RVRT and IART raise quality further, but at several times the compute. "
            "We present Tesserine, a unidirectional recurrent network that keeps a small cache of deformably aligned "
            "states from the previous 6 frames and refreshes it with a gated update, so that every output frame "
            "depends only on past inputs. For ×4 upscaling on REDS4, Tesserine reaches 32.21 dB PSNR with 4.9M "
            "parameters, 0.18 dB below the bidirectional BasicVSR++ (32.39 dB). On Vid4 and UDM10 its PSNR is 27.52 dB "
            "and 39.70 dB, respectively. Among the seven unidirectional models we compare, it attains the best PSNR on "
            "2 of the 3 test sets. Per-frame latency for 720p output on an RTX 4090 falls from 143 ms for BasicVSR++ "
            "to 38 ms, and peak memory no longer grows with clip length, staying at 2.3 GB for a 500-frame sequence. "
            "Temporal consistency, measured by tLPIPS, improves by 11% over BasicVSR++. Two limitations remain: the "
            "PSNR gap to IART on REDS4 is still 0.69 dB, and on real-world clips from VideoLQ the DOVER score of "
            "Tesserine (0.41) is lower than that of the diffusion model Upscale-A-Video (0.47)."
        ),
        "spans": [
            ("Tesserine", "M"), ("Video Super-Resolution", "T"), ("video super-resolution", "T"), ("VSR", "T"),
            ("BasicVSR++", "M", {"punct": True}), ("Transformer", "M"), ("RVRT", "M"), ("IART", "M"),
            ("REDS4", "D"), ("PSNR", "X"), ("parameters", "X"), ("Vid4", "D"), ("UDM10", "D"),
            ("Per-frame latency", "X"), ("peak memory", "X"), ("tLPIPS", "X"), ("VideoLQ", "D"), ("DOVER", "X"),
            ("diffusion model", "M"), ("Upscale-A-Video", "M"),
        ],
        "results": [
            ("32.21 dB PSNR", "PSNR", 32.21, "dB", "REDS4", "Tesserine"),
            ("4.9M parameters", "parameters", 4.9, "M", "REDS4", "Tesserine"),
            ("0.18 dB below", "PSNR", 0.18, "dB", "REDS4", "Tesserine"),
            ("32.39 dB", "PSNR", 32.39, "dB", "REDS4", "BasicVSR++"),
            ("PSNR is 27.52 dB", "PSNR", 27.52, "dB", "Vid4", None),
            ("39.70 dB", "PSNR", 39.70, "dB", "UDM10", None),
            ("best PSNR on 2 of the 3 test sets", "test sets ranked first", 2, None, None, None),
            ("from 143 ms", "per-frame latency", 143, "ms", None, "BasicVSR++"),
            ("to 38 ms", "per-frame latency", 38, "ms", None, None),
            ("peak memory no longer grows with clip length, staying at 2.3 GB", "peak memory", 2.3, "GB", None, None),
            ("tLPIPS, improves by 11%", "tLPIPS", 11, "%", None, None),
            ("PSNR gap to IART on REDS4 is still 0.69 dB", "PSNR gap", 0.69, "dB", "REDS4", None),
            ("DOVER score of Tesserine (0.41)", "DOVER", 0.41, None, "VideoLQ", "Tesserine"),
            ("0.47", "DOVER", 0.47, None, "VideoLQ", "Upscale-A-Video"),
        ],
    },
]

RECS = RECS + RECS_VIDEO
