"""extra-dev-12 records (annotator h2): speech (6) and efficiency (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["FermataTTS", "DeltaChunk", "Estuary", "Dunlin", "EgretSV", "Gannet",
          "DithQ", "FoveaPrune", "Drumlin", "FacetPrune", "EddyCache", "Dovecote"]

RECS = [
    # ------------------------------------------------------------ speech
    {
        "field": "speech",
        "title": "FermataTTS: Four-Step Zero-Shot Speech Synthesis by Consistency Distillation of a Flow-Matching Teacher",
        "text": (
            r"Flow-matching text-to-speech (TTS) models such as F5-TTS and E2 TTS clone an unseen voice from a few "
            r"seconds of reference audio, but their samplers need $32$ steps or more, which keeps the real-time factor "
            r"(RTF) well above what interactive applications tolerate. We present FermataTTS, a non-autoregressive "
            r"zero-shot TTS model obtained by distilling a 336M-parameter Diffusion Transformer teacher into a student "
            r"that generates a mel-spectrogram in $4$ steps. FermataTTS learns a consistency trajectory on top of the "
            r"teacher's velocity field and conditions on raw characters, so no duration predictor or external aligner "
            r"is needed. Both models are trained on the 95K-hour English and Chinese subset of Emilia. On "
            r"LibriSpeech-PC test-clean, FermataTTS reaches a WER of $2.31\%$ and a speaker similarity (SIM-o) of "
            r"$0.66$, against $2.42\%$ and $0.66$ for the 32-step teacher and $2.53\%$ for F5-TTS. FermataTTS's "
            r"character error rate on Seed-TTS test-zh is $1.58\%$, within $0.12$ points of CosyVoice 2. Sampling in "
            r"$4$ steps lowers the RTF from $0.15$ to $0.021$ on a single A100 GPU, a speed-up of $7.1\times$, while "
            r"UTMOS improves by $0.09$ over the teacher. In a listening test with 20 raters, FermataTTS obtains a CMOS "
            r"of $+0.08$ relative to F5-TTS ($p>0.05$), i.e. parity. Checkpoints are released for research use."
        ),
        "spans": [
            ("FermataTTS", "M"), ("Zero-Shot Speech Synthesis", "T"), ("Consistency Distillation", "M"),
            ("Flow-Matching", "M"), ("Flow-matching", "M"), ("text-to-speech", "T"), ("TTS", "T"),
            ("zero-shot TTS", "T"), ("F5-TTS", "M"), ("E2 TTS", "M"), ("real-time factor", "X"), ("RTF", "X"),
            ("Diffusion Transformer", "M"), ("Emilia", "D"), ("LibriSpeech-PC test-clean", "D"), ("WER", "X"),
            ("speaker similarity", "X"), ("SIM-o", "X"), ("character error rate", "X"),
            ("Seed-TTS test-zh", "D"), ("CosyVoice 2", "M"), ("speed-up", "X"), ("UTMOS", "X"), ("CMOS", "X"),
        ],
        "results": [
            (r"WER of $2.31\%", "WER", 2.31, "%", "LibriSpeech-PC test-clean", "FermataTTS"),
            (r"speaker similarity (SIM-o) of $0.66", "speaker similarity", 0.66, None, "LibriSpeech-PC test-clean", "FermataTTS"),
            (r"2.42\%", "WER", 2.42, "%", "LibriSpeech-PC test-clean", None),
            ("0.66", "speaker similarity", 0.66, None, "LibriSpeech-PC test-clean", None, {"occ": 1}),
            (r"2.53\%", "WER", 2.53, "%", "LibriSpeech-PC test-clean", "F5-TTS"),
            (r"character error rate on Seed-TTS test-zh is $1.58\%", "CER", 1.58, "%", "Seed-TTS test-zh", "FermataTTS"),
            ("within $0.12$ points", "CER", 0.12, "points", "Seed-TTS test-zh", "FermataTTS"),
            ("RTF from $0.15$ to $0.021", "real-time factor", 0.021, None, None, None),
            (r"speed-up of $7.1\times", "speed-up", 7.1, "×", None, None),
            ("UTMOS improves by $0.09", "UTMOS", 0.09, None, None, None),
            ("CMOS of $+0.08", "CMOS", 0.08, None, None, "FermataTTS"),
        ],
    },    {
        "field": "speech",
        "title": "DeltaChunk: Latency-Controlled Streaming ASR with Dynamic Right-Context Chunks",
        "text": (
            r"Streaming automatic speech recognition (ASR) must trade accuracy for delay: larger chunks give the "
            r"encoder more right context but postpone every emitted token. We propose DeltaChunk, a chunk-wise "
            r"attention scheme for Conformer transducers in which a lightweight controller predicts, per chunk, how "
            r"many future frames to wait for, choosing between $0$ and $640$ ms. The controller is trained with a "
            r"latency-penalised RNN-T loss and adds only 0.4M parameters. DeltaChunk settles at a mean algorithmic "
            r"latency of $320$ ms. At that latency, on LibriSpeech test-clean and test-other, a 78M-parameter "
            r"DeltaChunk model obtains WERs of $2.6\%$ and $6.4\%$, respectively; a fixed-chunk Conformer reaches "
            r"$2.9\%$ and $7.3\%$, and the full-context model $2.4\%$ and $5.9\%$. On AISHELL-1, DeltaChunk attains "
            r"a character error rate (CER) of $4.71\%$, a relative reduction of $9.2\%$ over Zipformer-M. Compared "
            r"with Emformer, DeltaChunk reduces P90 emission latency by $118$ ms, and it runs at a real-time factor of "
            r"$0.18$ on one CPU core because the controller idles during silence. Ablations show that the gains "
            r"persist for chunk sizes of $160$--$1280$ ms and that $k=2$ lookahead heads suffice."
        ),
        "spans": [
            ("DeltaChunk", "M"), ("Streaming ASR", "T"), ("Streaming automatic speech recognition", "T"),
            ("ASR", "T"), ("Conformer transducers", "M"), ("Conformer", "M"), ("RNN-T", "M"),
            ("mean algorithmic latency", "X"), ("LibriSpeech test-clean", "D"), ("test-other", "D"),
            ("WERs", "X"), ("AISHELL-1", "D"), ("character error rate", "X"), ("CER", "X"),
            ("Zipformer-M", "M"), ("Emformer", "M"), ("P90 emission latency", "X"), ("real-time factor", "X"),
        ],
        "results": [
            ("mean algorithmic latency of $320$ ms", "mean algorithmic latency", 320, "ms", None, "DeltaChunk"),
            (r"WERs of $2.6\%", "WER", 2.6, "%", "LibriSpeech test-clean", "DeltaChunk"),
            (r"6.4\%", "WER", 6.4, "%", "LibriSpeech test-other", "DeltaChunk"),
            (r"2.9\%", "WER", 2.9, "%", "LibriSpeech test-clean", "Conformer"),
            (r"7.3\%", "WER", 7.3, "%", "LibriSpeech test-other", "Conformer"),
            (r"2.4\%", "WER", 2.4, "%", "LibriSpeech test-clean", None),
            (r"5.9\%", "WER", 5.9, "%", "LibriSpeech test-other", None),
            (r"character error rate (CER) of $4.71\%", "CER", 4.71, "%", "AISHELL-1", "DeltaChunk"),
            (r"relative reduction of $9.2\%", "relative CER reduction", 9.2, "%", "AISHELL-1", "DeltaChunk"),
            ("P90 emission latency by $118$ ms", "P90 emission latency reduction", 118, "ms", None, "DeltaChunk"),
            ("real-time factor of $0.18", "real-time factor", 0.18, None, None, "DeltaChunk"),
        ],
    },
    {
        "field": "speech",
        "title": "Estuary: A Dual-Path Mamba Network for Causal Speech Enhancement on Edge Devices",
        "text": (
            "Deploying speech enhancement on hearing aids and earbuds demands causal processing, a few megabytes of "
            "memory and an algorithmic delay of at most 10 ms, constraints that most leading models on "
            "VoiceBank+DEMAND ignore. In this work we ask how much of the gap between causal and non-causal "
            "enhancement state-space models can close. We introduce Estuary, a dual-path network that alternates "
            "strictly causal time-axis Mamba blocks with frequency-axis Mamba blocks over compressed magnitude and "
            "phase spectra; a multi-resolution discriminator is used only during training. Estuary has 1.1M "
            "parameters and needs 0.38 G multiply-accumulate operations (MACs) per second of audio, 12× fewer MACs "
            "than MP-SENet. On the VoiceBank+DEMAND test set it obtains a PESQ of 3.31 and an STOI of 95.8%, whereas "
            "causal DEMUCS reaches 2.93 PESQ and the non-causal MP-SENet 3.50. On the no-reverb test set of the DNS "
            "Challenge 2020, Estuary scores 3.42 DNSMOS OVRL, 0.11 above DeepFilterNet3, and improves SI-SDR by 1.9 "
            "dB over the unprocessed mixtures. On a single Cortex-A78 core, each 8 ms hop is processed in 2.6 ms. "
            "Like other causal models, Estuary still trails non-causal systems in babble noise at −5 dB SNR; we "
            "release our training recipes to ease comparison."
        ),
        "spans": [
            ("Estuary", "M"), ("Mamba", "M"), ("Speech Enhancement", "T"), ("speech enhancement", "T"),
            ("VoiceBank+DEMAND", "D"), ("state-space models", "M"), ("multiply-accumulate operations", "X"),
            ("MACs", "X"), ("MP-SENet", "M"), ("PESQ", "X"), ("STOI", "X"), ("DEMUCS", "M"),
            ("DNS Challenge 2020", "D"), ("DNSMOS OVRL", "X"), ("DeepFilterNet3", "M"), ("SI-SDR", "X"),
        ],
        "results": [
            ("0.38 G multiply-accumulate operations", "MACs", 0.38, "G", None, "Estuary"),
            ("12× fewer MACs", "MACs reduction", 12, "×", None, "Estuary"),
            ("PESQ of 3.31", "PESQ", 3.31, None, "VoiceBank+DEMAND", None),
            ("STOI of 95.8%", "STOI", 95.8, "%", "VoiceBank+DEMAND", None),
            ("2.93 PESQ", "PESQ", 2.93, None, "VoiceBank+DEMAND", "DEMUCS"),
            ("3.50", "PESQ", 3.5, None, "VoiceBank+DEMAND", "MP-SENet"),
            ("3.42 DNSMOS OVRL", "DNSMOS OVRL", 3.42, None, "DNS Challenge 2020", "Estuary"),
            ("0.11 above DeepFilterNet3", "DNSMOS OVRL", 0.11, None, "DNS Challenge 2020", "Estuary"),
            ("SI-SDR by 1.9 dB", "SI-SDR", 1.9, "dB", "DNS Challenge 2020", "Estuary"),
            ("processed in 2.6 ms", "processing time", 2.6, "ms", None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Dunlin: A 600 bps Single-Codebook Speech Codec with Semantic Distillation for Spoken Language Modeling",
        "text": (
            "Neural speech codecs supply the discrete tokens on which spoken language models are built, but "
            "multi-codebook designs such as EnCodec and DAC inflate sequence length, while single-codebook ones lose "
            "intelligibility below 1 kbps. Dunlin is a single-codebook codec with a 50 Hz token rate and a "
            "4096-entry codebook, i.e. 600 bps. Its encoder distils HuBERT features into the quantised latent, and a "
            "Vocos-style decoder reconstructs 16 kHz waveforms. On LibriSpeech test-clean, Dunlin achieves a UTMOS "
            "of 4.05, PESQ of 2.61 and STOI of 0.91, compared with 3.56, 2.13 and 0.88 for WavTokenizer at 900 bps. "
            "Dunlin's speaker similarity is 0.72 (BigCodec: 0.68). Intelligibility is preserved as well: "
            "Whisper-large-v3 transcribes Dunlin's resynthesised speech with a WER of 2.9%, against 2.5% on the "
            "original recordings. Used as the tokenizer of a 0.5B-parameter speech language model trained on 60k "
            "hours of Libri-Light, Dunlin yields 71.8% and 62.4% accuracy on the sWUGGY and sBLIMP tasks of "
            "ZeroSpeech 2021, respectively, 3.1 and 2.2 points above the same model trained on SpeechTokenizer "
            "units. Dunlin runs 310× faster than real time on one GPU."
        ),
        "spans": [
            ("Dunlin", "M"), ("Spoken Language Modeling", "T"), ("Semantic Distillation", "M"), ("Neural speech codecs", "M"),
            ("spoken language models", "M"), ("EnCodec", "M"), ("DAC", "M"), ("HuBERT", "M"), ("Vocos", "M"),
            ("LibriSpeech test-clean", "D"), ("UTMOS", "X"), ("PESQ", "X"), ("STOI", "X"),
            ("WavTokenizer", "M"), ("speaker similarity", "X"), ("BigCodec", "M"), ("Whisper-large-v3", "M"),
            ("WER", "X"), ("speech language model", "M"), ("Libri-Light", "D"), ("accuracy", "X"),
            ("sWUGGY", "D"), ("sBLIMP", "D"), ("ZeroSpeech 2021", "D"), ("SpeechTokenizer", "M"),
        ],
        "results": [
            ("UTMOS of 4.05", "UTMOS", 4.05, None, "LibriSpeech test-clean", "Dunlin"),
            ("PESQ of 2.61", "PESQ", 2.61, None, "LibriSpeech test-clean", "Dunlin"),
            ("STOI of 0.91", "STOI", 0.91, None, "LibriSpeech test-clean", "Dunlin"),
            ("3.56", "UTMOS", 3.56, None, "LibriSpeech test-clean", "WavTokenizer"),
            ("2.13", "PESQ", 2.13, None, "LibriSpeech test-clean", "WavTokenizer"),
            ("0.88", "STOI", 0.88, None, "LibriSpeech test-clean", "WavTokenizer"),
            ("speaker similarity is 0.72", "speaker similarity", 0.72, None, None, "Dunlin"),
            ("0.68", "speaker similarity", 0.68, None, None, "BigCodec"),
            ("WER of 2.9%", "WER", 2.9, "%", None, "Dunlin"),
            ("2.5%", "WER", 2.5, "%", None, None),
            ("71.8%", "accuracy", 71.8, "%", "sWUGGY", "Dunlin"),
            ("62.4% accuracy", "accuracy", 62.4, "%", "sBLIMP", "Dunlin"),
            ("3.1", "accuracy", 3.1, "points", "sWUGGY", "Dunlin"),
            ("2.2 points above", "accuracy", 2.2, "points", "sBLIMP", "Dunlin"),
            ("310× faster than real time", "speed-up", 310, "×", None, "Dunlin"),
        ],
    },    {
        "field": "speech",
        "title": "EgretSV: Frequency-Adaptive Depthwise Convolutions for Lightweight Speaker Verification",
        "text": (
            r"A speaker verification system with $4.3$M parameters can match models several times its size: on "
            r"VoxCeleb1-O, the proposed EgretSV attains an equal error rate (EER) of $0.61\%$ and a minDCF$_{0.01}$ "
            r"of $0.071$, while ECAPA-TDNN ($C=1024$, $14.7$M parameters) obtains $0.87\%$ and $0.107$. EgretSV "
            r"replaces the fixed kernels of depthwise convolutions with frequency-adaptive kernels whose weights are "
            r"generated from the sub-band energy profile of each utterance, and aggregates frame-level features with "
            r"attentive statistics pooling. All models are trained on the VoxCeleb2 development set with additive "
            r"angular margin (AAM) softmax, margin $m=0.2$ and scale $s=32$, followed by large-margin fine-tuning on "
            r"$3$-second segments. On the harder VoxCeleb1-E and VoxCeleb1-H trial lists, EgretSV reaches EERs of "
            r"$0.79\%$ and $1.42\%$, respectively, improving on CAM++ by $8.1\%$ and $6.6\%$ relative. Under "
            r"cross-domain evaluation on CN-Celeb1, EgretSV reduces the EER from $10.91\%$ for ResNet-34 to "
            r"$9.87\%$. Per-utterance inference on a Raspberry Pi 4 takes $38$ ms for EgretSV, a speed-up of "
            r"$2.4\times$ over ECAPA-TDNN, which makes on-device enrolment practical."
        ),
        "spans": [
            ("EgretSV", "M"), ("Depthwise Convolutions", "M"), ("depthwise convolutions", "M"),
            ("Speaker Verification", "T"), ("speaker verification", "T"), ("VoxCeleb1-O", "D"),
            ("equal error rate", "X"), ("EER", "X"), ("EERs", "X"), ("minDCF", "X"), ("ECAPA-TDNN", "M"),
            ("attentive statistics pooling", "M"), ("VoxCeleb2", "D"), ("additive angular margin", "M"),
            ("AAM", "M"), ("large-margin fine-tuning", "M"), ("VoxCeleb1-E", "D"), ("VoxCeleb1-H", "D"),
            ("CAM++", "M", {"punct": True}), ("CN-Celeb1", "D"), ("ResNet-34", "M"), ("speed-up", "X"),
        ],
        "results": [
            (r"equal error rate (EER) of $0.61\%", "EER", 0.61, "%", "VoxCeleb1-O", "EgretSV"),
            ("minDCF$_{0.01}$ of $0.071", "minDCF", 0.071, None, "VoxCeleb1-O", "EgretSV"),
            (r"0.87\%", "EER", 0.87, "%", "VoxCeleb1-O", "ECAPA-TDNN"),
            ("0.107", "minDCF", 0.107, None, "VoxCeleb1-O", "ECAPA-TDNN"),
            (r"EERs of $0.79\%", "EER", 0.79, "%", "VoxCeleb1-E", "EgretSV"),
            (r"1.42\%", "EER", 1.42, "%", "VoxCeleb1-H", "EgretSV"),
            (r"8.1\%", "relative EER reduction", 8.1, "%", "VoxCeleb1-E", "EgretSV"),
            (r"6.6\%$ relative", "relative EER reduction", 6.6, "%", "VoxCeleb1-H", "EgretSV"),
            (r"EER from $10.91\%", "EER", 10.91, "%", "CN-Celeb1", "ResNet-34"),
            (r"9.87\%", "EER", 9.87, "%", "CN-Celeb1", "EgretSV"),
            ("inference on a Raspberry Pi 4 takes $38$ ms", "inference time", 38, "ms", None, "EgretSV"),
            (r"speed-up of $2.4\times", "speed-up", 2.4, "×", None, "EgretSV"),
        ],
    },
    {
        "field": "speech",
        "title": "Gannet: Language-Adaptive Mixture-of-Experts Adapters for Massively Multilingual Speech Recognition and Translation",
        "text": (
            "Massively multilingual speech models such as Whisper and SeamlessM4T serve about a hundred languages "
            "with a single network, yet their accuracy on low-resource languages lags far behind that on English. "
            "We study whether lightweight, language-adaptive capacity can narrow this gap without retraining the "
            "backbone. Gannet inserts mixture-of-experts adapters into every encoder and decoder layer of a frozen "
            "Whisper large-v3 model; a router conditioned on a learned language embedding selects two of 16 experts "
            "per token, adding 6% parameters and a latency overhead below 3%. The adapters are trained for 40k steps "
            "on 12k hours drawn from Common Voice 17, the FLEURS training split and VoxPopuli. On the FLEURS test "
            "set, Gannet lowers the average WER across 102 languages from 17.9 to 14.6, a relative WER reduction of "
            "18%, and is more accurate than Whisper large-v3 on 87 of the 102 languages; the largest gains occur in "
            "the 30 lowest-resource languages, where average WER falls by 9.4 points. For X→English speech "
            "translation on CoVoST 2, Gannet reaches 31.4 BLEU averaged over 21 directions, compared with 29.8 for "
            "SeamlessM4T-large v2 and 24.1 for the frozen backbone. We caution that the gains on English are "
            "negligible (WER 4.1 for Gannet vs. 4.2 for Whisper large-v3 on the English portion of FLEURS) and that "
            "code-switched speech was not evaluated."
        ),
        "spans": [
            ("Gannet", "M"), ("Mixture-of-Experts Adapters", "M"), ("mixture-of-experts adapters", "M"),
            ("Multilingual Speech Recognition", "T"), ("Translation", "T"), ("Whisper", "M"),
            ("SeamlessM4T", "M"), ("Whisper large-v3", "M"), ("latency overhead", "X"),
            ("Common Voice 17", "D"), ("FLEURS", "D"), ("VoxPopuli", "D"), ("average WER", "X"),
            ("relative WER reduction", "X"), ("WER", "X"), ("speech translation", "T"), ("CoVoST 2", "D"),
            ("BLEU", "X"), ("SeamlessM4T-large v2", "M"),
        ],
        "results": [
            ("latency overhead below 3%", "latency overhead", 3, "%", None, "Gannet"),
            ("average WER across 102 languages from 17.9 to 14.6", "average WER", 14.6, None, "FLEURS", "Gannet"),
            ("relative WER reduction of 18%", "relative WER reduction", 18, "%", "FLEURS", "Gannet"),
            ("87 of the 102 languages", "languages won", 87, None, "FLEURS", "Gannet"),
            ("average WER falls by 9.4 points", "average WER", 9.4, "points", "FLEURS", "Gannet"),
            ("31.4 BLEU", "BLEU", 31.4, None, "CoVoST 2", "Gannet"),
            ("29.8", "BLEU", 29.8, None, "CoVoST 2", "SeamlessM4T-large v2"),
            ("24.1", "BLEU", 24.1, None, "CoVoST 2", None),
            ("WER 4.1", "WER", 4.1, None, "FLEURS", "Gannet"),
            ("4.2", "WER", 4.2, None, "FLEURS", "Whisper large-v3"),
        ],
    },    # ------------------------------------------------------------ efficiency
    {
        "field": "efficiency",
        "title": "DithQ: Learned Dithered Rotations for Accurate W4A4 Quantization of Large Language Models",
        "text": (
            r"Post-training quantization (PTQ) of both weights and activations to $4$ bits promises large memory and "
            r"throughput gains for large language models (LLMs), but activation outliers make naive W4A4 quantization "
            r"collapse. Rotation-based methods such as QuaRot and SpinQuant spread outliers with orthogonal "
            r"transforms, yet a single rotation per layer leaves heavy-tailed channels in the down-projection. We "
            r"propose DithQ, which composes a learned Cayley-parameterised rotation with a deterministic dither that "
            r"equalises per-channel ranges before rounding, and folds both into adjacent weights so that inference "
            r"needs no extra kernels. Calibration uses $128$ sequences of $2048$ tokens from WikiText-2. On "
            r"Llama-3-8B, DithQ reaches a WikiText-2 perplexity of $6.91$ versus $7.36$ for SpinQuant and $8.41$ for "
            r"QuaRot (FP16: $6.14$), and an average zero-shot accuracy of $68.2\%$ over six commonsense reasoning "
            r"tasks, within $1.9$ points of FP16. On Llama-3-70B the perplexity gap to FP16 shrinks to $0.38$. "
            r"Calibrating an 8B model takes $\sim$25 minutes on one H100. With INT4 kernels, DithQ delivers a prefill "
            r"speed-up of $2.7\times$ and a $3.4\times$ reduction in peak memory relative to FP16 at a sequence "
            r"length of $4096$."
        ),
        "spans": [
            ("DithQ", "M"), ("Quantization", "M"), ("quantization", "M"), ("Large Language Models", "M"),
            ("Post-training quantization", "M"), ("PTQ", "M"), ("large language models", "M"), ("LLMs", "M"),
            ("QuaRot", "M"), ("SpinQuant", "M"), ("WikiText-2", "D"), ("Llama-3-8B", "M"), ("perplexity", "X"),
            ("average zero-shot accuracy", "X"), ("commonsense reasoning", "T"), ("Llama-3-70B", "M"),
            ("prefill speed-up", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("WikiText-2 perplexity of $6.91", "perplexity", 6.91, None, "WikiText-2", "DithQ"),
            ("7.36", "perplexity", 7.36, None, "WikiText-2", "SpinQuant"),
            ("8.41", "perplexity", 8.41, None, "WikiText-2", "QuaRot"),
            ("6.14", "perplexity", 6.14, None, "WikiText-2", "Llama-3-8B"),
            (r"average zero-shot accuracy of $68.2\%", "average zero-shot accuracy", 68.2, "%", None, "DithQ"),
            ("within $1.9$ points", "average zero-shot accuracy", 1.9, "points", None, "DithQ"),
            ("perplexity gap to FP16 shrinks to $0.38", "perplexity gap", 0.38, None, None, "Llama-3-70B"),
            ("takes $\\sim$25 minutes", "calibration time", 25, "min", None, None),
            (r"prefill speed-up of $2.7\times", "prefill speed-up", 2.7, "×", None, "DithQ"),
            (r"3.4\times$ reduction in peak memory", "peak memory reduction", 3.4, "×", None, "DithQ"),
        ],
    },
    {
        "field": "efficiency",
        "title": "FoveaPrune: Instruction-Guided Visual Token Pruning for Efficient Vision-Language Model Inference",
        "text": (
            "FoveaPrune removes 88.9% of the visual tokens of LLaVA-1.5-7B (576 → 64) while retaining 96.8% of the "
            "unpruned model's average accuracy across ten image understanding benchmarks, compared with 88.1% for "
            "FastV and 93.4% for SparseVLM at the same budget. The method needs no training: at the second decoder "
            "layer it scores each visual token by the attention it receives from instruction tokens, keeps a foveal "
            "set of the highest-scoring tokens and merges the remainder into a few peripheral tokens by "
            "similarity-weighted averaging. Across the ten benchmarks (GQA, MMBench, MME, POPE, SQA, VQAv2, TextVQA, "
            "MMMU, SEED-Bench and VizWiz), FoveaPrune ranks first among training-free methods on 8 of them. With 64 "
            "tokens it scores 85.6 F1 on POPE (unpruned: 85.9) and 1,803 on MME. Prefill FLOPs fall by 79%, and "
            "end-to-end latency on an A100 drops from 212 ms to 118 ms per query. On LLaVA-NeXT-7B, which uses up "
            "to 2,880 visual tokens, keeping 11% of them gives a 2.6× speed-up with 95.1% relative performance. "
            "Applied to Video-LLaVA, FoveaPrune improves accuracy on MSVD-QA by 1.2 points while using a quarter of "
            "the tokens, which suggests that redundant frames act as distractors."
        ),
        "spans": [
            ("FoveaPrune", "M"), ("Visual Token Pruning", "M"), ("Vision-Language Model", "M"),
            ("LLaVA-1.5-7B", "M"), ("average accuracy", "X"), ("image understanding", "T"), ("FastV", "M"),
            ("SparseVLM", "M"), ("GQA", "D"), ("MMBench", "D"), ("MME", "D"), ("POPE", "D"), ("SQA", "D"),
            ("VQAv2", "D"), ("TextVQA", "D"), ("MMMU", "D"), ("SEED-Bench", "D"), ("VizWiz", "D"), ("F1", "X"),
            ("Prefill FLOPs", "X"), ("end-to-end latency", "X"), ("LLaVA-NeXT-7B", "M"), ("speed-up", "X"),
            ("relative performance", "X"), ("Video-LLaVA", "M"), ("accuracy", "X"), ("MSVD-QA", "D"),
        ],
        "results": [
            ("retaining 96.8% of the unpruned model's average accuracy", "relative average accuracy", 96.8, "%", None, "FoveaPrune"),
            ("88.1%", "relative average accuracy", 88.1, "%", None, "FastV"),
            ("93.4%", "relative average accuracy", 93.4, "%", None, "SparseVLM"),
            ("ranks first among training-free methods on 8", "ranked first", 8, None, None, "FoveaPrune"),
            ("85.6 F1 on POPE", "F1", 85.6, None, "POPE", None),
            ("85.9", "F1", 85.9, None, "POPE", None),
            ("1,803 on MME", "score", 1803, None, "MME", None),
            ("Prefill FLOPs fall by 79%", "prefill FLOPs reduction", 79, "%", None, None),
            ("end-to-end latency on an A100 drops from 212 ms to 118 ms", "end-to-end latency", 118, "ms", None, None),
            ("2.6× speed-up", "speed-up", 2.6, "×", None, "LLaVA-NeXT-7B"),
            ("95.1% relative performance", "relative performance", 95.1, "%", None, "LLaVA-NeXT-7B"),
            ("accuracy on MSVD-QA by 1.2 points", "accuracy", 1.2, "points", "MSVD-QA", "FoveaPrune"),
        ],
    },    {
        "field": "efficiency",
        "title": "Drumlin: Sign-Compressed First Moments and Factored Second Moments for Memory-Efficient LLM Pre-Training",
        "text": (
            r"Optimizer states dominate the memory of large-scale training: Adam keeps two full-precision moments per "
            r"parameter, twice the size of the FP32 weights themselves. Low-rank projections such as GaLore reduce "
            r"this cost but slow convergence, and 8-bit Adam still stores two quantised moments. We introduce "
            r"Drumlin, an optimizer that stores the first moment in $1$-bit sign form with a per-block scale and "
            r"replaces the second moment with a rank-$1$ factorisation in the style of Adafactor, refreshed every "
            r"$T=200$ steps. The resulting state costs $\mathcal{O}(m+n)$ memory per $m \times n$ matrix plus one "
            r"bit per entry. We pre-train LLaMA-style models from $60$M to $1.3$B parameters on C4 following the "
            r"GaLore protocol. At 1.3B, Drumlin reaches a validation perplexity of $14.92$, against $14.61$ for Adam "
            r"and $15.87$ for GaLore, while cutting optimizer memory by $\sim$87\% relative to Adam. On the 350M "
            r"model, Drumlin matches Adam's perplexity to within $0.1$ and trains $1.18\times$ faster than GaLore in "
            r"wall-clock time, because no SVD is required. With Drumlin, a 7B model can be pre-trained on a single "
            r"$80$ GB GPU at a total memory footprint of $61.4$ GB. The optimizer also transfers to fine-tuning: on "
            r"GLUE with RoBERTa-base, Drumlin scores $86.4$ on average, $0.3$ above full-precision AdamW."
        ),
        "spans": [
            ("Drumlin", "M"), ("LLM", "M"), ("Adam", "M"), ("8-bit Adam", "M"), ("GaLore", "M"),
            ("Adafactor", "M"), ("LLaMA", "M"), ("C4", "D"), ("validation perplexity", "X"), ("perplexity", "X"),
            ("optimizer memory", "X"), ("wall-clock time", "X"), ("SVD", "M"), ("total memory footprint", "X"),
            ("GLUE", "D"), ("RoBERTa-base", "M"), ("AdamW", "M"),
        ],
        "results": [
            ("validation perplexity of $14.92", "validation perplexity", 14.92, None, None, "Drumlin"),
            ("14.61", "validation perplexity", 14.61, None, None, "Adam"),
            ("15.87", "validation perplexity", 15.87, None, None, "GaLore"),
            (r"optimizer memory by $\sim$87\%", "optimizer memory reduction", 87, "%", None, "Drumlin"),
            ("perplexity to within $0.1", "perplexity", 0.1, None, None, "Drumlin"),
            (r"trains $1.18\times$ faster", "speed-up", 1.18, "×", None, "Drumlin"),
            ("total memory footprint of $61.4$ GB", "total memory footprint", 61.4, "GB", None, "Drumlin"),
            ("scores $86.4$ on average", "average score", 86.4, None, "GLUE", "Drumlin"),
            ("0.3$ above full-precision AdamW", "average score", 0.3, None, "GLUE", "Drumlin"),
        ],
    },
    {
        "field": "efficiency",
        "title": "FacetPrune: One-Shot Fisher-Guided Structured Pruning of Vision Transformers under Device Budgets",
        "text": (
            "Structured pruning can turn a large Vision Transformer (ViT) into a smaller dense model that runs fast "
            "on commodity hardware, but most methods need hundreds of epochs of retraining to recover accuracy. "
            "FacetPrune prunes attention heads, MLP neurons and embedding channels jointly in one shot, ranking each "
            "structure by a block-diagonal Fisher approximation of the loss increase and solving a small knapsack "
            "problem under a speed budget measured on the target device. A 50-epoch knowledge distillation stage "
            "from the unpruned model follows. On ImageNet-1K, FacetPrune compresses DeiT-B to 4.6 GFLOPs (74% fewer) "
            "with 80.1% top-1 accuracy, 1.7 points below the dense model but 0.9 points above UPop at equal FLOPs, "
            "and raises throughput on an RTX 3090 from 302 to 1,046 images/s. Applied to Swin-T, it removes 35% of "
            "FLOPs with an accuracy drop of 0.4%. The pruned DeiT-S transfers well: fine-tuned on CIFAR-100 it "
            "reaches 89.7% accuracy, compared with 90.2% for the dense model. The whole pruning pipeline for DeiT-B "
            "takes about 38 GPU hours, roughly 10× less than ViT-Slim. We find, however, that below 25% of the "
            "original FLOPs all one-shot criteria, including ours, degrade sharply, and we report these failures "
            "in full."
        ),
        "spans": [
            ("FacetPrune", "M"), ("Structured Pruning", "M"), ("Structured pruning", "M"),
            ("Vision Transformers", "M"), ("Vision Transformer", "M"), ("ViT", "M"), ("MLP", "M"),
            ("knowledge distillation", "M"), ("ImageNet-1K", "D"), ("DeiT-B", "M"), ("GFLOPs", "X"),
            ("top-1 accuracy", "X"), ("UPop", "M"), ("FLOPs", "X"), ("throughput", "X"), ("Swin-T", "M"),
            ("accuracy", "X", {"skip": [0]}), ("DeiT-S", "M"), ("CIFAR-100", "D"), ("ViT-Slim", "M"),
        ],
        "results": [
            ("4.6 GFLOPs", "FLOPs", 4.6, "G", "ImageNet-1K", "FacetPrune"),
            ("74% fewer", "FLOPs reduction", 74, "%", "ImageNet-1K", "FacetPrune"),
            ("80.1% top-1 accuracy", "top-1 accuracy", 80.1, "%", "ImageNet-1K", "FacetPrune"),
            ("1.7 points below", "top-1 accuracy", 1.7, "points", "ImageNet-1K", "FacetPrune"),
            ("0.9 points above UPop", "top-1 accuracy", 0.9, "points", "ImageNet-1K", "FacetPrune"),
            ("throughput on an RTX 3090 from 302 to 1,046 images/s", "throughput", 1046, "images/s", "ImageNet-1K", "FacetPrune"),
            ("removes 35% of FLOPs", "FLOPs reduction", 35, "%", None, "Swin-T"),
            ("accuracy drop of 0.4%", "accuracy", 0.4, "%", None, "Swin-T"),
            ("89.7% accuracy", "accuracy", 89.7, "%", "CIFAR-100", "DeiT-S"),
            ("90.2%", "accuracy", 90.2, "%", "CIFAR-100", None),
            ("takes about 38 GPU hours", "pruning time", 38, "GPU hours", None, "DeiT-B"),
            ("10× less", "pruning time reduction", 10, "×", None, "DeiT-B"),
        ],
    },    {
        "field": "efficiency",
        "title": "EddyCache: Error-Feedback Feature Caching for Training-Free Acceleration of Diffusion Transformers",
        "text": (
            r"Diffusion Transformers (DiTs) deliver state-of-the-art image synthesis and video generation but require "
            r"tens of full forward passes per sample. Feature caching reuses intermediate activations across "
            r"timesteps, yet errors from stale features accumulate and blur fine details at high acceleration "
            r"ratios. EddyCache keeps a running estimate of the caching residual of each block and injects it back "
            r"as a first-order correction, deciding online whether to recompute a block from a relative $\ell_1$ "
            r"change threshold $\delta = 0.08$. No training or calibration data is needed. On ImageNet "
            r"256$\times$256 class-conditional image generation with DiT-XL/2 and $50$ DDIM steps, EddyCache "
            r"achieves a speed-up of $2.46\times$ with an FID of $2.41$ (vs. $2.27$ without caching), while FORA and "
            r"ToCa at a similar speed-up reach $3.12$ and $2.68$, respectively. On FLUX.1-dev text-to-image "
            r"generation at $1024^2$ resolution, EddyCache reduces latency from $26.1$ s to $7.9$ s ($3.3\times$) on "
            r"an H100 while keeping an ImageReward of $0.98$ (original: $1.01$) and a CLIP score of $32.6$; "
            r"TeaCache at comparable speed drops ImageReward to $0.86$. For text-to-video generation with "
            r"HunyuanVideo, EddyCache attains a $2.1\times$ speed-up at a VBench score of $82.9\%$, $0.2$ points "
            r"below the uncached model. EddyCache's memory overhead is below $3\%$, since a single residual per "
            r"block is stored."
        ),
        "spans": [
            ("EddyCache", "M"), ("Feature Caching", "M"), ("Feature caching", "M"),
            ("Diffusion Transformers", "M"), ("DiTs", "M"), ("image synthesis", "T"), ("video generation", "T"),
            ("ImageNet 256$\\times$256", "D"), ("class-conditional image generation", "T"), ("DiT-XL/2", "M"),
            ("DDIM", "M"), ("speed-up", "X"), ("FID", "X"), ("FORA", "M"), ("ToCa", "M"), ("FLUX.1-dev", "M"),
            ("text-to-image generation", "T"), ("latency", "X"), ("ImageReward", "X"), ("CLIP score", "X"),
            ("TeaCache", "M"), ("text-to-video generation", "T"), ("HunyuanVideo", "M"), ("VBench", "D"),
            ("score", "X"), ("memory overhead", "X"),
        ],
        "results": [
            (r"speed-up of $2.46\times", "speed-up", 2.46, "×", "ImageNet 256x256", "EddyCache"),
            ("FID of $2.41", "FID", 2.41, None, "ImageNet 256x256", "EddyCache"),
            ("2.27", "FID", 2.27, None, "ImageNet 256x256", "DiT-XL/2"),
            ("3.12", "FID", 3.12, None, "ImageNet 256x256", "FORA"),
            ("2.68", "FID", 2.68, None, "ImageNet 256x256", "ToCa"),
            ("latency from $26.1$ s to $7.9$ s", "latency", 7.9, "s", None, "EddyCache"),
            (r"3.3\times", "speed-up", 3.3, "×", None, "EddyCache"),
            ("ImageReward of $0.98", "ImageReward", 0.98, None, None, "EddyCache"),
            ("1.01", "ImageReward", 1.01, None, None, "FLUX.1-dev"),
            ("CLIP score of $32.6", "CLIP score", 32.6, None, None, "EddyCache"),
            ("ImageReward to $0.86", "ImageReward", 0.86, None, None, "TeaCache"),
            (r"2.1\times$ speed-up", "speed-up", 2.1, "×", "VBench", "EddyCache"),
            (r"VBench score of $82.9\%", "score", 82.9, "%", "VBench", "EddyCache"),
            ("0.2$ points", "score", 0.2, "points", "VBench", "EddyCache"),
            (r"memory overhead is below $3\%", "memory overhead", 3, "%", None, "EddyCache"),
        ],
    },
    {
        "field": "efficiency",
        "title": "Dovecote: Whitened Low-Rank Decomposition with Layer-Wise Rank Allocation for LLM Compression",
        "text": (
            "Low-rank decomposition compresses large language models without specialised kernels, but truncating "
            "the singular values of raw weight matrices ignores how activations are distributed, and uniform ranks "
            "waste capacity on insensitive layers. Dovecote whitens each weight matrix with a Cholesky factor of its "
            "calibration activations, truncates it by singular value decomposition (SVD), and allocates ranks "
            "across layers with a greedy search driven by a cheap proxy of the output error. A closed-form update of "
            "the following LayerNorm removes the residual bias. We compress LLaMA-2-7B, LLaMA-2-13B and Mistral-7B "
            "at compression ratios from 20% to 60%, using 256 calibration samples from WikiText-2. At a 40% ratio "
            "on LLaMA-2-7B, Dovecote reaches perplexities of 9.84, 34.1 and 13.2 on WikiText-2, PTB and C4, "
            "respectively, whereas SVD-LLM obtains 12.66, 56.7 and 17.9 and ASVD diverges (perplexity above 1,000). "
            "Dovecote's average accuracy over seven zero-shot tasks is 0.52 (dense: 0.61; SVD-LLM: 0.46). After "
            "one epoch of LoRA fine-tuning on Alpaca, Dovecote narrows the accuracy gap to the dense model to 0.04. "
            "Overall, Dovecote outperforms SVD-LLM in 17 of the 18 model–ratio settings. Compression takes 14 "
            "minutes for the 7B model, and at 60% compression inference throughput rises by 1.9× over the dense "
            "model with 47% lower memory."
        ),
        "spans": [
            ("Dovecote", "M"), ("Low-Rank Decomposition", "M"), ("Low-rank decomposition", "M"), ("LLM", "M"),
            ("large language models", "M"), ("singular value decomposition", "M"), ("SVD", "M"),
            ("LayerNorm", "M"), ("LLaMA-2-7B", "M"), ("LLaMA-2-13B", "M"), ("Mistral-7B", "M"),
            ("compression ratios", "X"), ("WikiText-2", "D"), ("perplexities", "X"), ("PTB", "D"), ("C4", "D"),
            ("SVD-LLM", "M"), ("ASVD", "M"), ("perplexity", "X"), ("average accuracy", "X"), ("LoRA", "M"),
            ("Alpaca", "D"), ("accuracy", "X"), ("inference throughput", "X"), ("memory", "X"),
        ],
        "results": [
            ("perplexities of 9.84", "perplexity", 9.84, None, "WikiText-2", "Dovecote"),
            ("34.1", "perplexity", 34.1, None, "PTB", "Dovecote"),
            ("13.2", "perplexity", 13.2, None, "C4", "Dovecote"),
            ("12.66", "perplexity", 12.66, None, "WikiText-2", "SVD-LLM"),
            ("56.7", "perplexity", 56.7, None, "PTB", "SVD-LLM"),
            ("17.9", "perplexity", 17.9, None, "C4", "SVD-LLM"),
            ("perplexity above 1,000", "perplexity", 1000, None, None, "ASVD"),
            ("average accuracy over seven zero-shot tasks is 0.52", "average accuracy", 0.52, None, None, "Dovecote"),
            ("0.61", "average accuracy", 0.61, None, None, None),
            ("0.46", "average accuracy", 0.46, None, None, "SVD-LLM"),
            ("accuracy gap to the dense model to 0.04", "accuracy gap", 0.04, None, "Alpaca", "Dovecote"),
            ("17 of the 18 model–ratio settings", "settings won", 17, None, None, "Dovecote"),
            ("Compression takes 14 minutes", "compression time", 14, "min", None, None),
            ("inference throughput rises by 1.9×", "inference throughput", 1.9, "×", None, None),
            ("47% lower memory", "memory reduction", 47, "%", None, None),
        ],
    },
]
