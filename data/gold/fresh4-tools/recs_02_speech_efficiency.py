"""fresh-4 records (annotator h2): speech (6) and efficiency (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Uttera", "Vespera", "Wavelace", "Umbrix", "Vocalith", "Wrenspeak",
          "Ulmo", "Vireo", "Wicket", "Umberlin", "Valewise", "Wattle", "Wattle-8B"]

RECS = [
    # ------------------------------------------------------------------ speech
    {
        "field": "speech",
        "title": "Uttera: Chunk-Adaptive Lookahead for Low-Latency Streaming Speech Recognition",
        "text": (
            "Streaming automatic speech recognition (ASR) must trade accuracy against emission delay: a longer right "
            "context lowers word error rate (WER), but every frame of lookahead is paid for in user-perceived latency. "
            "We propose Uttera, a streaming Transducer whose encoder decides, per chunk, how much future context to "
            "wait for. A 0.4M-parameter gating head, trained with a delay-penalised RNN-T loss, selects the lookahead "
            "from {0, 160, 320, 640} ms. Uttera is built on a Zipformer encoder with 72M parameters and trained on the "
            "960 h LibriSpeech corpus. On LibriSpeech test-clean and test-other, Uttera reaches 2.31% and 5.48% WER, "
            "respectively, at a mean lookahead of 212 ms; a fixed-640 ms Zipformer obtains 2.27% and 5.41%, and a "
            "fixed-160 ms one 2.74% and 6.52%. Against a chunked Conformer-Transducer of equal size, Uttera lowers WER "
            "on test-other by 9.8% relative while cutting 90th-percentile emission latency from 540 ms to 310 ms. On "
            "GigaSpeech, the WER of Uttera is 10.9 (vs. 11.6 for the Conformer baseline). Real-time factor on a single "
            "CPU core is 0.21. Gains hold on the AISHELL-1 Mandarin set, where character error rate (CER) falls to "
            "4.62%. Code and checkpoints are public."
        ),
        "spans": [
            ("Uttera", "M"), ("Streaming Speech Recognition", "T"), ("Streaming automatic speech recognition", "T"),
            ("ASR", "T"), ("accuracy", "X"), ("emission delay", "X"), ("word error rate", "X"), ("WER", "X"),
            ("user-perceived latency", "X"), ("Transducer", "M"), ("RNN-T", "M"), ("Zipformer", "M"),
            ("LibriSpeech", "D"), ("LibriSpeech test-clean", "D"), ("test-other", "D"),
            ("mean lookahead", "X"), ("Conformer-Transducer", "M"), ("90th-percentile emission latency", "X"),
            ("GigaSpeech", "D"), ("Conformer", "M"), ("Real-time factor", "X"), ("AISHELL-1", "D"),
            ("character error rate", "X"), ("CER", "X"),
        ],
        "results": [
            ("2.31%", "WER", 2.31, "%", "LibriSpeech test-clean", "Uttera"),
            ("5.48% WER", "WER", 5.48, "%", "LibriSpeech test-other", "Uttera"),
            ("mean lookahead of 212 ms", "mean lookahead", 212, "ms", None, "Uttera"),
            ("2.27%", "WER", 2.27, "%", "LibriSpeech test-clean", "Zipformer"),
            ("5.41%", "WER", 5.41, "%", "LibriSpeech test-other", "Zipformer"),
            ("2.74%", "WER", 2.74, "%", "LibriSpeech test-clean", "Zipformer"),
            ("6.52%", "WER", 6.52, "%", "LibriSpeech test-other", "Zipformer"),
            ("lowers WER on test-other by 9.8% relative", "relative WER reduction", 9.8, "%",
             "LibriSpeech test-other", "Uttera"),
            ("90th-percentile emission latency from 540 ms to 310 ms", "90th-percentile emission latency", 310, "ms",
             None, "Uttera"),
            ("WER of Uttera is 10.9", "WER", 10.9, None, "GigaSpeech", "Uttera"),
            ("11.6", "WER", 11.6, None, "GigaSpeech", "Conformer"),
            ("Real-time factor on a single CPU core is 0.21", "real-time factor", 0.21, None, None, None),
            ("character error rate (CER) falls to 4.62%", "CER", 4.62, "%", "AISHELL-1", None),
        ],
    },
    {
        "field": "speech",
        "title": "Vespera: Variance-Aware Embedding Pooling for Robust Speaker Verification",
        "text": (
            r"Speaker verification systems built on ECAPA-TDNN or ResNet-34 backbones reach near-saturated accuracy on "
            r"clean VoxCeleb trials but degrade sharply on short or noisy utterances. We present Vespera, a pooling "
            r"layer that models each frame embedding as a Gaussian with a learned variance and aggregates frames by "
            r"precision weighting, so unreliable frames contribute less to the utterance-level embedding. Vespera adds "
            r"only $0.2$M parameters and is trained with AAM-softmax ($m=0.2$, $s=32$) on the VoxCeleb2 development "
            r"set. On the VoxCeleb1-O, VoxCeleb1-E and VoxCeleb1-H trial lists, a ResNet-34 with Vespera achieves an "
            r"equal error rate (EER) of $0.71\%$, $0.89\%$ and $1.58\%$, respectively, against $0.86\%$, $1.01\%$ "
            r"and $1.83\%$ with attentive statistics pooling. The minimum detection cost (minDCF, "
            r"$p_{\text{target}}=0.01$) on VoxCeleb1-O drops to $0.081$. Gains grow on short segments: with $2$ s "
            r"test utterances, EER falls by $\sim$22\% relative. On CN-Celeb, Vespera improves EER from $8.41\%$ for "
            r"CAM++ to $7.36\%$. On VoxCeleb1-O corrupted with MUSAN noise at $0$ dB SNR, Vespera keeps EER below "
            r"$4\%$, whereas ECAPA-TDNN exceeds $6.5\%$. Inference cost rises by less than $3\%$ in MACs."
        ),
        "spans": [
            ("Vespera", "M"), ("Speaker Verification", "T"), ("Speaker verification", "T"), ("ECAPA-TDNN", "M"),
            ("ResNet-34", "M"), ("accuracy", "X"), ("VoxCeleb", "D"), ("AAM-softmax", "M"), ("VoxCeleb2", "D"),
            ("VoxCeleb1-O", "D"), ("VoxCeleb1-E", "D"), ("VoxCeleb1-H", "D"), ("equal error rate", "X"),
            ("EER", "X"), ("attentive statistics pooling", "M"), ("minimum detection cost", "X"), ("minDCF", "X"),
            ("CN-Celeb", "D"), ("CAM++", "M", {"punct": True}), ("MUSAN", "D"), ("MACs", "X"),
        ],
        "results": [
            (r"equal error rate (EER) of $0.71\%", "EER", 0.71, "%", "VoxCeleb1-O", "Vespera"),
            (r"0.89\%", "EER", 0.89, "%", "VoxCeleb1-E", "Vespera"),
            (r"1.58\%", "EER", 1.58, "%", "VoxCeleb1-H", "Vespera"),
            (r"0.86\%", "EER", 0.86, "%", "VoxCeleb1-O", "attentive statistics pooling"),
            (r"1.01\%", "EER", 1.01, "%", "VoxCeleb1-E", "attentive statistics pooling"),
            (r"1.83\%", "EER", 1.83, "%", "VoxCeleb1-H", "attentive statistics pooling"),
            (r"minimum detection cost (minDCF, $p_{\text{target}}=0.01$) on VoxCeleb1-O drops to $0.081", "minDCF",
             0.081, None, "VoxCeleb1-O", None),
            (r"EER falls by $\sim$22\% relative", "relative EER reduction", 22, "%", None, None),
            (r"8.41\%", "EER", 8.41, "%", "CN-Celeb", "CAM++"),
            (r"EER from $8.41\%$ for CAM++ to $7.36\%", "EER", 7.36, "%", "CN-Celeb", "Vespera"),
            (r"keeps EER below $4\%", "EER", 4, "%", "VoxCeleb1-O", "Vespera"),
            (r"exceeds $6.5\%", "EER", 6.5, "%", "VoxCeleb1-O", "ECAPA-TDNN"),
            (r"rises by less than $3\%$ in MACs", "MACs", 3, "%", None, None),
        ],
    },

    {
        "field": "speech",
        "title": "Wavelace: Interleaving Magnitude and Phase Refinement for Lightweight Speech Enhancement",
        "text": (
            "Speech enhancement models have moved steadily toward predicting both magnitude and phase, and recent "
            "systems such as MP-SENet and CMGAN now exceed 3.4 PESQ on VoiceBank+DEMAND. They do so, however, at a "
            "cost that rules out hearing aids and earbuds: tens of billions of multiply-accumulate operations for every "
            "second of audio, and look-ahead buffers of several hundred milliseconds. In this paper we ask how much of "
            "that quality survives when the budget is cut by an order of magnitude. Our answer is Wavelace, a causal "
            "network that alternates between a magnitude branch and a phase branch at every stage, so that each refines "
            "the other's estimate instead of running in parallel. The branches share a dual-path Mamba block in place "
            "of the Conformer blocks used in MP-SENet, which keeps computation linear in sequence length. On "
            "VoiceBank+DEMAND, Wavelace scores 3.31 PESQ, 0.95 STOI and 19.6 dB SI-SDR with 0.53M parameters and "
            "1.9G MACs per second of input, within 0.19 PESQ of MP-SENet while using 12× fewer MACs. On the DNS "
            "Challenge 2020 no-reverb test set, Wavelace reaches a DNSMOS OVRL of 3.38, ahead of DeepFilterNet3 (3.17) "
            "and FRCRN (3.29). The algorithmic latency is 16 ms, and a real-time factor of 0.18 is measured on a "
            "Cortex-A76 core. Listening tests with 24 raters confirm the trend: Wavelace was preferred over "
            "DeepFilterNet3 in 64% of pairwise comparisons."
        ),
        "spans": [
            ("Wavelace", "M"), ("Speech Enhancement", "T"), ("Speech enhancement", "T"), ("MP-SENet", "M"),
            ("CMGAN", "M"), ("PESQ", "X"), ("VoiceBank+DEMAND", "D"), ("Mamba", "M"), ("Conformer", "M"),
            ("STOI", "X"), ("SI-SDR", "X"), ("MACs", "X"), ("DNS Challenge 2020", "D"), ("DNSMOS OVRL", "X"),
            ("DeepFilterNet3", "M"), ("FRCRN", "M"), ("algorithmic latency", "X"), ("real-time factor", "X"),
        ],
        "results": [
            ("exceed 3.4 PESQ", "PESQ", 3.4, None, "VoiceBank+DEMAND", None),
            ("3.31 PESQ", "PESQ", 3.31, None, "VoiceBank+DEMAND", "Wavelace"),
            ("0.95 STOI", "STOI", 0.95, None, "VoiceBank+DEMAND", "Wavelace"),
            ("19.6 dB SI-SDR", "SI-SDR", 19.6, "dB", "VoiceBank+DEMAND", "Wavelace"),
            ("0.53M parameters", "parameters", 0.53, "M", "VoiceBank+DEMAND", "Wavelace"),
            ("1.9G MACs", "MACs", 1.9, "G", "VoiceBank+DEMAND", "Wavelace"),
            ("within 0.19 PESQ", "PESQ", 0.19, None, "VoiceBank+DEMAND", "Wavelace"),
            ("12× fewer MACs", "MACs reduction", 12, "×", "VoiceBank+DEMAND", "Wavelace"),
            ("DNSMOS OVRL of 3.38", "DNSMOS OVRL", 3.38, None, "DNS Challenge 2020", "Wavelace"),
            ("3.17", "DNSMOS OVRL", 3.17, None, "DNS Challenge 2020", "DeepFilterNet3"),
            ("3.29", "DNSMOS OVRL", 3.29, None, "DNS Challenge 2020", "FRCRN"),
            ("algorithmic latency is 16 ms", "algorithmic latency", 16, "ms", None, None),
            ("real-time factor of 0.18", "real-time factor", 0.18, None, None, None),
            ("preferred over DeepFilterNet3 in 64% of pairwise comparisons", "win rate", 64, "%", None, "Wavelace"),
        ],
    },
    {
        "field": "speech",
        "title": "Umbrix: Prosody Tokens as a Bridge Between Flow Matching and Codec Language Models for Zero-Shot TTS",
        "text": (
            "Zero-shot text-to-speech (TTS) systems now clone a voice from a few seconds of reference audio, but the "
            "two dominant families fail in different ways: codec language models such as VALL-E capture prosody well "
            "yet hallucinate or skip words, whereas non-autoregressive flow matching models such as F5-TTS are robust "
            "but tend toward flat intonation. Umbrix is an attempt to combine the two. A small autoregressive "
            "Transformer predicts a coarse sequence of prosody tokens at 12.5 Hz, and a flow matching decoder, "
            "conditioned on these tokens and on the text, generates mel-spectrograms that a Vocos vocoder turns into "
            "audio. We train on the 50k-hour English subset of Emilia and evaluate on the LibriSpeech test-clean "
            "cross-sentence protocol with 4–10 s prompts. Umbrix obtains a WER of 1.94% (Whisper-large-v3 "
            "transcripts) and a speaker similarity (SIM-o) of 0.67, compared with 2.42% and 0.66 for F5-TTS and 5.9% "
            "and 0.58 for our VALL-E reproduction. Umbrix reaches a UTMOS score of 4.12, the highest among the open "
            "systems we tested, although still 0.09 below that of the ground-truth recordings. In a pairwise "
            "preference test, listeners rated Umbrix as more natural than F5-TTS in 58% of comparisons; differences "
            "in perceived speaker similarity were not significant. We caution that our subjective tests cover English "
            "only and involved 30 listeners, and that the gains in naturalness may not transfer to expressive or "
            "conversational speech. With 16 flow steps the real-time factor is 0.11 on an A100 GPU."
        ),
        "spans": [
            ("Umbrix", "M"), ("Flow Matching", "M"), ("Codec Language Models", "M"), ("Zero-Shot TTS", "T"),
            ("Zero-shot text-to-speech", "T"), ("TTS", "T"), ("codec language models", "M"), ("VALL-E", "M"),
            ("flow matching models", "M"), ("flow matching", "M"), ("F5-TTS", "M"), ("Transformer", "M"),
            ("Vocos", "M"), ("Emilia", "D"), ("LibriSpeech test-clean", "D"), ("WER", "X"),
            ("Whisper-large-v3", "M"), ("speaker similarity", "X"), ("SIM-o", "X"), ("UTMOS", "X"),
            ("real-time factor", "X"),
        ],
        "results": [
            ("WER of 1.94%", "WER", 1.94, "%", None, "Umbrix"),
            ("speaker similarity (SIM-o) of 0.67", "speaker similarity", 0.67, None, None, "Umbrix"),
            ("2.42%", "WER", 2.42, "%", None, "F5-TTS"),
            ("0.66", "speaker similarity", 0.66, None, None, "F5-TTS"),
            ("5.9%", "WER", 5.9, "%", None, "VALL-E"),
            ("0.58", "speaker similarity", 0.58, None, None, "VALL-E"),
            ("UTMOS score of 4.12", "UTMOS", 4.12, None, None, "Umbrix"),
            ("0.09 below", "UTMOS", 0.09, None, None, "Umbrix"),
            ("more natural than F5-TTS in 58% of comparisons", "win rate", 58, "%", None, "Umbrix"),
            ("real-time factor is 0.11", "real-time factor", 0.11, None, None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Vocalith: Masked Spectrogram Modelling with Frequency-Band Tokens for General Audio Classification",
        "text": (
            "47.9 mAP on AudioSet-2M, 98.1% accuracy on ESC-50 and 98.6% on Speech Commands V2: these are the results "
            "of Vocalith, a self-supervised audio encoder pre-trained only on AudioSet, without labels or external "
            "image weights. Prior masked spectrogram models such as Audio-MAE and BEATs split the log-mel spectrogram "
            "into square patches, which mixes harmonics from distant frequency bands within one token. Vocalith "
            "instead tokenises each band separately and predicts masked bands from their neighbours in both time and "
            "frequency, with a momentum teacher providing regression targets as in data2vec. A ViT-B encoder "
            "pre-trained for 32 epochs at a masking ratio of 0.8 takes 410 GPU hours, about half the budget of BEATs "
            "iter3. After fine-tuning, Vocalith improves over EAT by 0.5 mAP on AudioSet-2M and by 1.2 mAP on the "
            "balanced AudioSet-20K subset (40.6 vs. 39.4). On the HEAR benchmark, Vocalith ranks first on 11 of the "
            "19 tasks with a frozen encoder. Linear probing on ESC-50 yields 92.4% accuracy, 3.7 points above "
            "Audio-MAE. Band tokenisation matters most for environmental sounds: removing it costs 2.3 points of "
            "accuracy on ESC-50 but only 0.2 mAP on AudioSet-2M."
        ),
        "spans": [
            ("Vocalith", "M"), ("Masked Spectrogram Modelling", "M"), ("Audio Classification", "T"), ("mAP", "X"),
            ("AudioSet-2M", "D"), ("accuracy", "X"), ("ESC-50", "D"), ("Speech Commands V2", "D"),
            ("AudioSet", "D"), ("masked spectrogram models", "M"), ("Audio-MAE", "M"), ("BEATs", "M"),
            ("BEATs iter3", "M"), ("data2vec", "M"), ("ViT-B", "M"), ("EAT", "M"), ("AudioSet-20K", "D"),
            ("HEAR", "D"),
        ],
        "results": [
            ("47.9 mAP on AudioSet-2M", "mAP", 47.9, None, "AudioSet-2M", "Vocalith"),
            ("98.1% accuracy on ESC-50", "accuracy", 98.1, "%", "ESC-50", "Vocalith"),
            ("98.6% on Speech Commands V2", "accuracy", 98.6, "%", "Speech Commands V2", "Vocalith"),
            ("takes 410 GPU hours", "pre-training time", 410, "GPU hours", None, "ViT-B"),
            ("0.5 mAP on AudioSet-2M", "mAP", 0.5, None, "AudioSet-2M", "Vocalith"),
            ("1.2 mAP on the balanced AudioSet-20K", "mAP", 1.2, None, "AudioSet-20K", "Vocalith"),
            ("40.6", "mAP", 40.6, None, "AudioSet-20K", "Vocalith"),
            ("39.4", "mAP", 39.4, None, "AudioSet-20K", "EAT"),
            ("ranks first on 11 of the 19 tasks", "tasks ranked first", 11, None, "HEAR", "Vocalith"),
            ("92.4% accuracy", "accuracy", 92.4, "%", "ESC-50", None),
            ("3.7 points above", "accuracy", 3.7, "points", "ESC-50", None),
            ("2.3 points of accuracy on ESC-50", "accuracy", 2.3, "points", "ESC-50", None),
            ("0.2 mAP on AudioSet-2M", "mAP", 0.2, None, "AudioSet-2M", None),
        ],
    },
    {
        "field": "speech",
        "title": "Wrenspeak: Language-Cluster Adapters for Scaling Low-Resource Multilingual Speech Recognition",
        "text": (
            "Massively multilingual speech recognition models such as Whisper and MMS cover more than a hundred "
            "languages, yet their accuracy on the long tail of low-resource languages remains poor, and adding a "
            "language by full fine-tuning tends to erode the others. We introduce Wrenspeak, which groups languages "
            "into clusters by phonological and orthographic similarity and attaches one low-rank adapter per cluster "
            "to a frozen MMS-1B encoder. A lightweight classifier head routes each utterance to its cluster at "
            "inference time, so no language tag is required. Adapters for all 24 clusters together add 38M "
            "parameters to the 1B-parameter backbone. We fine-tune on the training splits of FLEURS and Common Voice "
            "17.0 and report character error rate (CER) for scripts without word boundaries and word error rate (WER) "
            "otherwise. Across the 102 FLEURS languages, Wrenspeak reaches an average WER of 14.8%, compared with "
            "17.9% for MMS-1B with per-language adapters and 21.3% for Whisper large-v3. Wrenspeak achieves lower WER "
            "than Whisper large-v3 on 87 of the 102 languages. The gains concentrate where training data are scarce: "
            "on the 30 languages with less than 10 hours of transcribed speech, the relative WER reduction is 23%. On "
            "Common Voice 17.0, average CER drops from 9.6 to 7.1. The routing head identifies the language with "
            "96.4% accuracy on FLEURS, and adding a new language touches only its cluster adapter, leaving WER on the "
            "other clusters within 0.1 points of their previous values."
        ),
        "spans": [
            ("Wrenspeak", "M"), ("Multilingual Speech Recognition", "T"), ("multilingual speech recognition", "T"),
            ("Whisper", "M"), ("MMS", "M"), ("accuracy", "X"), ("full fine-tuning", "M"), ("low-rank adapter", "M"),
            ("MMS-1B", "M"), ("FLEURS", "D"), ("Common Voice 17.0", "D"), ("character error rate", "X"),
            ("CER", "X"), ("word error rate", "X"), ("WER", "X"), ("average WER", "X"), ("Whisper large-v3", "M"),
            ("relative WER reduction", "X"), ("average CER", "X"),
        ],
        "results": [
            ("add 38M parameters", "parameters", 38, "M", None, None),
            ("average WER of 14.8%", "average WER", 14.8, "%", "FLEURS", "Wrenspeak"),
            ("17.9%", "average WER", 17.9, "%", "FLEURS", "MMS-1B"),
            ("21.3%", "average WER", 21.3, "%", "FLEURS", "Whisper large-v3"),
            ("lower WER than Whisper large-v3 on 87 of the 102 languages", "languages won", 87, None, None,
             "Wrenspeak"),
            ("relative WER reduction is 23%", "relative WER reduction", 23, "%", None, None),
            ("average CER drops from 9.6 to 7.1", "average CER", 7.1, None, "Common Voice 17.0", None),
            ("96.4% accuracy on FLEURS", "accuracy", 96.4, "%", "FLEURS", None),
            ("WER on the other clusters within 0.1 points", "WER", 0.1, "points", None, None),
        ],
    },
    # -------------------------------------------------------------- efficiency
    {
        "field": "efficiency",
        "title": "Ulmo: Learned Rotations with Outlier Channel Splitting for W4A4 Quantization of Large Language Models",
        "text": (
            r"Post-training quantization (PTQ) of both weights and activations to 4 bits promises large savings for "
            r"serving large language models (LLMs), but activation outliers make naive W4A4 quantization collapse. "
            r"Rotation-based methods such as QuaRot and SpinQuant spread outliers across channels with Hadamard or "
            r"learned rotations, yet a handful of massive activations still dominate the quantization range. We "
            r"propose Ulmo, which learns a block-diagonal rotation jointly with a channel-splitting operator that "
            r"duplicates the $k$ most extreme channels before rotation and merges them afterwards, leaving the layer's "
            r"output unchanged in full precision. Calibration on $128$ WikiText-2 sequences of $2048$ tokens takes "
            r"about $40$ minutes for Llama-3-8B on a single GPU. With W4A4KV4, Ulmo reaches a WikiText-2 perplexity "
            r"of $6.92$ on Llama-3-8B, versus $7.41$ for SpinQuant and $8.33$ for QuaRot (FP16: $6.14$). Averaged "
            r"over nine zero-shot commonsense tasks, Ulmo retains $\mathbf{95.8\%}$ of the FP16 accuracy on "
            r"Llama-3-8B and $98.1\%$ on Llama-3-70B. On Llama-2-70B, Ulmo closes the perplexity gap to FP16 to "
            r"$0.29$. Our fused CUDA kernels deliver a $2.7\times$ prefill speedup and ${\sim}3.4\times$ lower memory "
            r"than FP16 at batch size $16$, with $k=32$ adding under $1\%$ overhead in latency."
        ),
        "spans": [
            ("Ulmo", "M"), ("Outlier Channel Splitting", "M"), ("W4A4 Quantization", "M"),
            ("Large Language Models", "M"), ("Post-training quantization", "M"), ("PTQ", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("W4A4 quantization", "M"), ("QuaRot", "M"),
            ("SpinQuant", "M"), ("WikiText-2", "D"), ("Llama-3-8B", "M"), ("perplexity", "X"),
            ("accuracy", "X"), ("Llama-3-70B", "M"), ("Llama-2-70B", "M"), ("prefill speedup", "X"),
            ("memory", "X"), ("latency", "X"),
        ],
        "results": [
            (r"takes about $40$ minutes", "calibration time", 40, "min", "WikiText-2", "Llama-3-8B"),
            (r"WikiText-2 perplexity of $6.92$ on Llama-3-8B", "perplexity", 6.92, None, "WikiText-2", "Ulmo"),
            (r"versus $7.41$ for SpinQuant", "perplexity", 7.41, None, "WikiText-2", "SpinQuant"),
            (r"and $8.33$ for QuaRot", "perplexity", 8.33, None, "WikiText-2", "QuaRot"),
            (r"FP16: $6.14", "perplexity", 6.14, None, "WikiText-2", "Llama-3-8B"),
            (r"retains $\mathbf{95.8\%}$ of the FP16 accuracy", "relative accuracy", 95.8, "%", None, "Ulmo"),
            (r"and $98.1\%$ on Llama-3-70B", "relative accuracy", 98.1, "%", None, "Ulmo"),
            (r"closes the perplexity gap to FP16 to $0.29", "perplexity gap", 0.29, None, None, "Ulmo"),
            (r"a $2.7\times$ prefill speedup", "prefill speedup", 2.7, "×", None, None),
            (r"and ${\sim}3.4\times$ lower memory", "memory reduction", 3.4, "×", None, None),
            (r"under $1\%$ overhead in latency", "latency", 1, "%", None, None),
        ],
    },
    {
        "field": "efficiency",
        "title": "Vireo: Learning When to Stop Dropping Tokens in Vision Transformers",
        "text": (
            "Token reduction is a simple way to accelerate Vision Transformers (ViTs): methods such as EViT and "
            "DynamicViT drop uninformative patch tokens, and ToMe merges similar ones, all at a fixed schedule chosen "
            "by hand. We argue that the right amount of reduction differs from image to image and from layer to "
            "layer. Vireo attaches a 2-layer MLP to every block that predicts how many tokens the next block needs, "
            "trained with a differentiable top-k relaxation and a FLOPs penalty whose weight sets the target budget. "
            "At inference the predicted counts are rounded to multiples of 8 so that batched execution stays "
            "efficient. On ImageNet-1K, Vireo accelerates DeiT-B by 1.97× with a top-1 accuracy drop of 0.21%, "
            "whereas ToMe at the same throughput loses 0.74%. For DeiT-S, FLOPs fall from 4.6G to 2.8G while top-1 "
            "accuracy stays at 79.6% (the unpruned model: 79.8%). Applied off-the-shelf to a frozen MAE-pretrained "
            "ViT-L without any retraining, Vireo raises throughput by 62% and loses 0.4 points of top-1 accuracy. "
            "Transferring the same policy to ADE20K semantic segmentation with Segmenter, we observe 41% fewer FLOPs "
            "at 0.6 mIoU lower than the dense model. Training the predictors takes 30 epochs, roughly 9 GPU-hours "
            "for DeiT-S. Across the 12 model–budget pairs we test, Vireo gives the best accuracy–speed trade-off in 10."
        ),
        "spans": [
            ("Vireo", "M"), ("Vision Transformers", "M"), ("Token reduction", "M"), ("ViTs", "M"), ("EViT", "M"),
            ("DynamicViT", "M"), ("ToMe", "M"), ("MLP", "M"), ("FLOPs", "X", {"skip": [0]}), ("ImageNet-1K", "D"),
            ("DeiT-B", "M"), ("top-1 accuracy", "X"), ("throughput", "X"), ("DeiT-S", "M"), ("MAE", "M"),
            ("ViT-L", "M"), ("ADE20K", "D"), ("semantic segmentation", "T"), ("Segmenter", "M"), ("mIoU", "X"),
        ],
        "results": [
            ("accelerates DeiT-B by 1.97×", "speed-up", 1.97, "×", "ImageNet-1K", "Vireo"),
            ("top-1 accuracy drop of 0.21%", "top-1 accuracy", 0.21, "%", "ImageNet-1K", "Vireo"),
            ("loses 0.74%", "top-1 accuracy", 0.74, "%", "ImageNet-1K", "ToMe"),
            ("FLOPs fall from 4.6G to 2.8G", "FLOPs", 2.8, "G", None, "DeiT-S"),
            ("top-1 accuracy stays at 79.6%", "top-1 accuracy", 79.6, "%", None, "DeiT-S"),
            ("79.8%", "top-1 accuracy", 79.8, "%", None, "DeiT-S"),
            ("raises throughput by 62%", "throughput", 62, "%", None, "Vireo"),
            ("loses 0.4 points of top-1 accuracy", "top-1 accuracy", 0.4, "points", None, "Vireo"),
            ("41% fewer FLOPs", "FLOPs reduction", 41, "%", "ADE20K", "Segmenter"),
            ("0.6 mIoU lower", "mIoU", 0.6, None, "ADE20K", "Segmenter"),
            ("roughly 9 GPU-hours", "training time", 9, "GPU-hours", None, "DeiT-S"),
            ("best accuracy–speed trade-off in 10", "ranked first", 10, None, None, "Vireo"),
        ],
    },
    {
        "field": "efficiency",
        "title": "Wicket: Joint Width-and-Depth Structured Pruning of Large Language Models without Gradient-Based Recovery",
        "text": (
            "Structured pruning removes whole attention heads, channels or layers from a network and therefore yields "
            "real speed-ups on commodity hardware, unlike unstructured sparsity. For large language models, however, "
            "existing structured methods such as LLM-Pruner, SliceGPT and ShortGPT still lose a large share of "
            "zero-shot accuracy beyond 25% compression, and most rely on LoRA fine-tuning to recover. We study whether "
            "width and depth should be pruned jointly. Wicket scores every head, channel group and layer with a "
            "second-order estimate of its contribution to the output, then solves a knapsack problem over all three "
            "granularities under a parameter budget. Remaining weights are corrected in closed form, so no "
            "gradient-based recovery is used. We evaluate on Llama-3.1-8B, Mistral-7B and Qwen2.5-14B with 256 "
            "calibration sequences from C4. At 30% sparsity on Llama-3.1-8B, Wicket keeps 91.2% of the dense model's "
            "average zero-shot accuracy across seven tasks from the LM Evaluation Harness, against 83.5% for SliceGPT "
            "and 80.9% for LLM-Pruner with LoRA recovery. The WikiText-2 perplexity gap to the dense model is 2.4, "
            "roughly half that of SliceGPT. Mistral-7B pruned to the same budget reaches an average zero-shot "
            "accuracy of 64.7%, 3.9 points above SliceGPT, and decodes at 1.38× the speed of the dense model in vLLM. "
            "We caution that results degrade faster on Qwen2.5-14B, where the same budget costs 4.1 points of MMLU "
            "accuracy, and that we have not yet tested instruction-tuned checkpoints. End-to-end pruning of the 8B "
            "model takes 22 minutes on one GPU."
        ),
        "spans": [
            ("Wicket", "M"), ("Structured Pruning", "M"), ("Large Language Models", "M"), ("Structured pruning", "M"),
            ("unstructured sparsity", "M"), ("large language models", "M"), ("LLM-Pruner", "M"), ("SliceGPT", "M"),
            ("ShortGPT", "M"), ("zero-shot accuracy", "X"), ("LoRA", "M"), ("Llama-3.1-8B", "M"),
            ("Mistral-7B", "M"), ("Qwen2.5-14B", "M"), ("C4", "D"), ("average zero-shot accuracy", "X"),
            ("LM Evaluation Harness", "D"), ("WikiText-2", "D"), ("perplexity", "X"), ("MMLU", "D"),
            ("accuracy", "X"), ("pruning", "M"),
        ],
        "results": [
            ("keeps 91.2% of the dense model's average zero-shot accuracy", "relative average zero-shot accuracy",
             91.2, "%", "LM Evaluation Harness", "Wicket"),
            ("83.5%", "relative average zero-shot accuracy", 83.5, "%", "LM Evaluation Harness", "SliceGPT"),
            ("80.9%", "relative average zero-shot accuracy", 80.9, "%", "LM Evaluation Harness", "LLM-Pruner"),
            ("perplexity gap to the dense model is 2.4", "perplexity gap", 2.4, None, "WikiText-2", None),
            ("average zero-shot accuracy of 64.7%", "average zero-shot accuracy", 64.7, "%", None, "Mistral-7B"),
            ("3.9 points above", "average zero-shot accuracy", 3.9, "points", None, "Mistral-7B"),
            ("decodes at 1.38× the speed", "decoding speed-up", 1.38, "×", None, "Mistral-7B"),
            ("costs 4.1 points of MMLU accuracy", "accuracy", 4.1, "points", "MMLU", "Qwen2.5-14B"),
            ("pruning of the 8B model takes 22 minutes", "pruning time", 22, "min", None, None),
        ],
    },
    {
        "field": "efficiency",
        "title": "Umberlin: Uncertainty-Weighted Temperatures for Logit Distillation in Image Classification",
        "text": (
            r"Knowledge distillation (KD) transfers the dark knowledge in a teacher's logits to a smaller student, but "
            r"a single global temperature $\tau$ treats confident and ambiguous samples alike. Recent logit-based "
            r"methods such as DKD, DIST and MLKD decouple or normalise the logits yet keep the temperature fixed. We "
            r"propose Umberlin, which assigns each sample a temperature $\tau_i = \tau_0 (1 + \lambda u_i)$, where "
            r"$u_i$ is the teacher's predictive entropy, and adds a rank-consistency term that is invariant to the "
            r"logit scale. Umberlin introduces no extra parameters and costs $<$2\% additional training time. On "
            r"CIFAR-100 with the ResNet-32$\times$4 $\to$ ResNet-8$\times$4 pair, the Umberlin student reaches "
            r"$\mathbf{77.84}\%$ top-1 accuracy, $+1.93$ over DKD and $+4.34$ over vanilla KD. Across 13 "
            r"teacher--student pairs on CIFAR-100, Umberlin is the best logit-based method on 11 of them. On "
            r"ImageNet-1K, distilling ResNet-34 into ResNet-18 with Umberlin yields $72.41\%$ top-1 ($+0.76\%$ over "
            r"DIST), and a DeiT-Ti student taught by RegNetY-16GF reaches $76.2\%$ top-1. Gains persist under heavy "
            r"augmentation: with CutMix and a $600$-epoch schedule, the ResNet-50 $\to$ MobileNet-V1 gap to the "
            r"teacher shrinks from $4.1$ to $2.6$ points. Code is available."
        ),
        "spans": [
            ("Umberlin", "M"), ("Logit Distillation", "M"), ("Image Classification", "T"),
            ("Knowledge distillation", "M"), ("KD", "M"), ("DKD", "M"), ("DIST", "M"), ("MLKD", "M"),
            ("training time", "X"), ("CIFAR-100", "D"), (r"ResNet-32$\times$4", "M"), (r"ResNet-8$\times$4", "M"),
            ("top-1 accuracy", "X"), ("top-1", "X"), ("ImageNet-1K", "D"), ("ResNet-34", "M"), ("ResNet-18", "M"),
            ("DeiT-Ti", "M"), ("RegNetY-16GF", "M"), ("CutMix", "M"), ("ResNet-50", "M"), ("MobileNet-V1", "M"),
        ],
        "results": [
            (r"costs $<$2\% additional training time", "training time", 2, "%", None, "Umberlin"),
            (r"reaches $\mathbf{77.84}\%$ top-1 accuracy", "top-1 accuracy", 77.84, "%", "CIFAR-100", "Umberlin"),
            (r"+1.93$ over DKD", "top-1 accuracy", 1.93, None, "CIFAR-100", "Umberlin"),
            (r"+4.34$ over vanilla KD", "top-1 accuracy", 4.34, None, "CIFAR-100", "Umberlin"),
            ("best logit-based method on 11 of them", "pairs ranked first", 11, None, "CIFAR-100", "Umberlin"),
            (r"yields $72.41\%$ top-1", "top-1 accuracy", 72.41, "%", "ImageNet-1K", "Umberlin"),
            (r"+0.76\%$ over DIST", "top-1 accuracy", 0.76, "%", "ImageNet-1K", "Umberlin"),
            (r"reaches $76.2\%$ top-1", "top-1 accuracy", 76.2, "%", "ImageNet-1K", "DeiT-Ti"),
            (r"gap to the teacher shrinks from $4.1$ to $2.6$ points", "top-1 accuracy gap", 2.6, "points", None,
             "MobileNet-V1"),
        ],
    },
    {
        "field": "efficiency",
        "title": "Valewise: Latency-Constrained Neural Architecture Search for Microcontrollers with Memory-Aware Supernets",
        "text": (
            "Deploying CNNs on microcontrollers is bounded less by FLOPs than by peak SRAM and flash. We present "
            "Valewise, a hardware-aware neural architecture search (NAS) method that trains a once-for-all supernet "
            "and searches it with an evolutionary algorithm whose fitness combines accuracy with latency and peak "
            "memory predicted by a per-device lookup model. The predictor is fit on 1,500 measured subnets per device "
            "and has a mean absolute error of 0.9 ms. Search constraints: 256 kB SRAM, 1 MB flash, latency ≤ 150 ms. "
            "Results on ImageNet: 71.8% top-1 at 118 ms on an STM32H743, +1.6 points over MCUNetV2 at equal memory; "
            "peak SRAM 214 kB vs. 256 kB for MCUNetV2. On Visual Wake Words, Valewise reaches 91.7% accuracy at 31 "
            "ms, 2.1× faster than MCUNet at the same accuracy. Person detection on Pascal VOC: 68.3 mAP (vs. 64.6 for "
            "MCUNetV2). The full search costs 2.2 GPU days, 18× less than training each candidate from scratch. "
            "Valewise outperforms MCUNetV2 on 5 of the 6 target devices without manual tuning."
        ),
        "spans": [
            ("Valewise", "M"), ("Neural Architecture Search", "M"), ("CNNs", "M"), ("FLOPs", "X"),
            ("peak SRAM", "X"), ("hardware-aware neural architecture search", "M"), ("NAS", "M"),
            ("once-for-all", "M"), ("evolutionary algorithm", "M"), ("accuracy", "X"), ("latency", "X"),
            ("peak memory", "X"), ("memory", "X"), ("mean absolute error", "X"), ("ImageNet", "D"), ("top-1", "X"),
            ("MCUNetV2", "M"), ("Visual Wake Words", "D"), ("MCUNet", "M"), ("Person detection", "T"),
            ("Pascal VOC", "D"), ("mAP", "X"),
        ],
        "results": [
            ("mean absolute error of 0.9 ms", "mean absolute error", 0.9, "ms", None, None),
            ("71.8% top-1", "top-1 accuracy", 71.8, "%", "ImageNet", None),
            ("118 ms", "latency", 118, "ms", "ImageNet", None),
            ("+1.6 points over MCUNetV2", "top-1 accuracy", 1.6, "points", "ImageNet", None),
            ("peak SRAM 214 kB", "peak SRAM", 214, "kB", "ImageNet", None),
            ("256 kB for MCUNetV2", "peak SRAM", 256, "kB", "ImageNet", "MCUNetV2"),
            ("91.7% accuracy", "accuracy", 91.7, "%", "Visual Wake Words", "Valewise"),
            ("31 ms", "latency", 31, "ms", "Visual Wake Words", "Valewise"),
            ("2.1× faster than MCUNet", "speed-up", 2.1, "×", "Visual Wake Words", "Valewise"),
            ("68.3 mAP", "mAP", 68.3, None, "Pascal VOC", None),
            ("64.6", "mAP", 64.6, None, "Pascal VOC", "MCUNetV2"),
            ("search costs 2.2 GPU days", "search time", 2.2, "GPU days", None, None),
            ("18× less", "search time reduction", 18, "×", None, None),
            ("outperforms MCUNetV2 on 5 of the 6 target devices", "target devices won", 5, None, None, "Valewise"),
        ],
    },
    {
        "field": "efficiency",
        "title": "Wattle: Distilling Pretrained Transformers into Hybrid Gated Linear Attention Models at a Fraction of the Cost",
        "text": (
            r"Softmax attention costs $\mathcal{O}(n^2)$ time and a key-value cache that grows with sequence length, "
            r"whereas linear attention and state space models such as Mamba-2 decode in $\mathcal{O}(1)$ memory per "
            r"token. Training such models from scratch at scale is expensive, so recent work converts pretrained "
            r"Transformers instead, as in LoLCATs and MambaInLlama. We present Wattle, a three-stage recipe that (i) "
            r"replaces all but every eighth attention layer of a pretrained model with gated linear attention (GLA) "
            r"initialised from the original projections, (ii) aligns hidden states layer by layer, and (iii) applies "
            r"end-to-end knowledge distillation from the original model. Converting Llama-3.1-8B uses only 2.1B "
            r"tokens, ${\sim}0.01\%$ of its pretraining data, and $96$ H100 GPU hours. The resulting Wattle-8B model "
            r"reaches $63.2\%$ accuracy on MMLU (5-shot) and $\mathbf{79.5}$ average accuracy over ARC-Challenge, "
            r"HellaSwag, PIQA and WinoGrande, recovering $97.6\%$ of the teacher's average accuracy. Wattle-8B "
            r"outperforms LoLCATs by $4.8$ points on MMLU and Mamba2-Llama3 by $2.3$. On the RULER needle-retrieval "
            r"tasks at 32K context, the hybrid keeps $88\%$ accuracy, where a pure GLA model falls to $41\%$. "
            r"Wattle-8B's generation throughput at batch size $64$ and 16K context is $5.3\times$ that of "
            r"Llama-3.1-8B with FlashAttention-2, and its recurrent state occupies $12.5\times$ less memory than the "
            r"KV cache."
        ),
        "spans": [
            ("Wattle", "M"), ("Wattle-8B", "M"), ("Transformers", "M"), ("Gated Linear Attention", "M"),
            ("Softmax attention", "M"), ("linear attention", "M"), ("state space models", "M"), ("Mamba-2", "M"),
            ("memory", "X"), ("LoLCATs", "M"), ("MambaInLlama", "M"), ("gated linear attention", "M"),
            ("GLA", "M"), ("knowledge distillation", "M"), ("Llama-3.1-8B", "M"), ("accuracy", "X"),
            ("MMLU", "D"), ("average accuracy", "X"), ("ARC-Challenge", "D"), ("HellaSwag", "D"), ("PIQA", "D"),
            ("WinoGrande", "D"), ("Mamba2-Llama3", "M"), ("RULER", "D"), ("generation throughput", "X"),
            ("FlashAttention-2", "M"),
        ],
        "results": [
            (r"and $96$ H100 GPU hours", "conversion time", 96, "GPU hours", None, "Llama-3.1-8B"),
            (r"reaches $63.2\%$ accuracy on MMLU", "accuracy", 63.2, "%", "MMLU", "Wattle-8B"),
            (r"and $\mathbf{79.5}$ average accuracy", "average accuracy", 79.5, None, None, "Wattle-8B"),
            (r"recovering $97.6\%$ of the teacher's average accuracy", "relative average accuracy", 97.6, "%", None,
             "Wattle-8B"),
            (r"outperforms LoLCATs by $4.8$ points on MMLU", "improvement", 4.8, "points", "MMLU", "Wattle-8B"),
            (r"Mamba2-Llama3 by $2.3", "improvement", 2.3, None, "MMLU", "Wattle-8B"),
            (r"keeps $88\%$ accuracy", "accuracy", 88, "%", "RULER", None),
            (r"falls to $41\%", "accuracy", 41, "%", "RULER", "GLA"),
            (r"generation throughput at batch size $64$ and 16K context is $5.3\times", "generation throughput", 5.3,
             "×", None, "Wattle-8B"),
            (r"occupies $12.5\times$ less memory", "memory reduction", 12.5, "×", None, "Wattle-8B"),
        ],
    },
]
