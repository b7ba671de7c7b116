"""fresh-3 records: speech (6) and efficiency (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Vesperline", "Wavelark", "Voxmere", "Verbatune", "Whorlspeak", "Wrensong",
          "Vellumquant", "Wickprune", "Vantadraft", "Valemix", "Wispshard", "Vireoscale"]

RECS = [
    # ------------------------------------------------------------ speech
    {
        "field": "speech",
        "title": "Vesperline: Latency-Bounded Streaming Speech Recognition with Learned Lookahead",
        "text": (
            "End-to-end automatic speech recognition (ASR) reaches low error rates when the whole utterance is "
            "available, but streaming systems must emit tokens before the speaker has finished, and the fixed chunk "
            "sizes used today trade accuracy against delay in a way that suits neither fast nor slow speech. We propose "
            "Vesperline, a streaming Conformer transducer that predicts, for every 160 ms chunk, how many future frames "
            "it needs, and learns this lookahead policy jointly with the RNN-T loss through a differentiable latency "
            "penalty. The predicted lookahead is capped at 640 ms, so the worst-case delay is bounded by construction. "
            "On LibriSpeech test-clean and test-other, Vesperline obtains word error rates (WER) of 2.9% and 7.1%, "
            "respectively, with a mean emission delay of 212 ms; a fixed-chunk Conformer transducer at a similar delay "
            "reaches 3.4% and 8.6%. On test-other the model stays within 0.6 WER points of its full-context "
            "counterpart. On GigaSpeech, Vesperline lowers WER from 12.8% to 11.5% and cuts the 90th-percentile "
            "emission delay by 27% relative to chunk-based Emformer. The policy network adds 0.4M parameters to a "
            "118M-parameter encoder, and the whole system runs at a real-time factor of 0.08 on a single CPU core. "
            "We release training recipes for ESPnet."
        ),
        "spans": [
            ("Vesperline", "M"), ("Streaming Speech Recognition", "T"), ("automatic speech recognition", "T"),
            ("ASR", "T"), ("Conformer transducer", "M"), ("RNN-T", "M"), ("LibriSpeech test-clean", "D"),
            ("test-other", "D"), ("word error rates", "X"), ("WER", "X"), ("mean emission delay", "X"),
            ("GigaSpeech", "D"), ("90th-percentile emission delay", "X"), ("Emformer", "M"),
            ("real-time factor", "X"),
        ],
        "results": [
            ("word error rates (WER) of 2.9%", "WER", 2.9, "%", "LibriSpeech test-clean", "Vesperline"),
            ("7.1%", "WER", 7.1, "%", "LibriSpeech test-other", "Vesperline"),
            ("mean emission delay of 212 ms", "mean emission delay", 212, "ms", None, "Vesperline"),
            ("3.4%", "WER", 3.4, "%", "LibriSpeech test-clean", "Conformer transducer"),
            ("8.6%", "WER", 8.6, "%", "LibriSpeech test-other", "Conformer transducer"),
            ("within 0.6 WER points", "WER", 0.6, "points", "LibriSpeech test-other", None),
            ("WER from 12.8% to 11.5%", "WER", 11.5, "%", "GigaSpeech", "Vesperline"),
            ("90th-percentile emission delay by 27%", "90th-percentile emission delay reduction", 27, "%",
             "GigaSpeech", "Vesperline"),
            ("real-time factor of 0.08", "real-time factor", 0.08, None, None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Wavelark: Four-Step Zero-Shot Text-to-Speech via Consistency-Distilled Flow Matching",
        "text": (
            r"Zero-shot text-to-speech (TTS) systems based on flow matching, such as F5-TTS and E2 TTS, produce "
            r"natural speech from a few seconds of reference audio but require $32$ or more function evaluations per "
            r"utterance. We present Wavelark, a non-autoregressive TTS model that distils a flow-matching teacher into "
            r"a student that generates mel-spectrograms in $4$ steps. Wavelark combines consistency distillation with "
            r"a speaker-aware adversarial objective computed on WavLM features, which we find essential to retain "
            r"speaker identity at low step counts. The model is trained on the 95k-hour Emilia corpus. On the "
            r"LibriSpeech-PC test-clean set, Wavelark reaches a WER of $1.87\%$ and a speaker similarity (SIM-o) of "
            r"$0.67$, against $2.42\%$ and $0.66$ for F5-TTS with $32$ steps. On Seed-TTS test-en, Wavelark attains a UTMOS "
            r"of $3.91$ ($+0.12$ over the teacher). With $k=4$ steps, Wavelark runs at a real-time factor of $0.021$ "
            r"on one A100, a ${\sim}7\times$ speedup over the teacher, and human listeners preferred it over E2 TTS "
            r"in $58\%$ of pairwise comparisons. Ablations show that removing the adversarial term costs $0.05$ SIM-o, "
            r"while dropping the WavLM features altogether makes four-step synthesis unstable. Audio samples are "
            r"available online."
        ),
        "spans": [
            ("Wavelark", "M"), ("Zero-Shot Text-to-Speech", "T"), ("Zero-shot text-to-speech", "T"), ("TTS", "T"),
            ("Flow Matching", "M"), ("flow matching", "M"), ("flow-matching", "M"), ("F5-TTS", "M"),
            ("E2 TTS", "M"), ("consistency distillation", "M"), ("WavLM", "M"), ("Emilia", "D"),
            ("LibriSpeech-PC test-clean", "D"), ("WER", "X"), ("speaker similarity", "X"), ("SIM-o", "X"),
            ("Seed-TTS test-en", "D"), ("UTMOS", "X"), ("real-time factor", "X"), ("speedup", "X"),
        ],
        "results": [
            (r"WER of $1.87\%", "WER", 1.87, "%", "LibriSpeech-PC test-clean", "Wavelark"),
            (r"speaker similarity (SIM-o) of $0.67", "speaker similarity", 0.67, None, "LibriSpeech-PC test-clean",
             "Wavelark"),
            (r"2.42\%", "WER", 2.42, "%", "LibriSpeech-PC test-clean", "F5-TTS"),
            (r"0.66", "speaker similarity", 0.66, None, "LibriSpeech-PC test-clean", "F5-TTS"),
            (r"UTMOS of $3.91", "UTMOS", 3.91, None, "Seed-TTS test-en", "Wavelark"),
            (r"+0.12", "UTMOS", 0.12, None, "Seed-TTS test-en", "Wavelark"),
            (r"real-time factor of $0.021", "real-time factor", 0.021, None, None, "Wavelark"),
            (r"7\times$ speedup", "speed-up", 7, "×", None, "Wavelark"),
            (r"58\%$ of pairwise comparisons", "win rate", 58, "%", None, "Wavelark"),
            (r"0.05$ SIM-o", "speaker similarity", 0.05, None, None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Voxmere: A Causal Band-Split Mamba for Real-Time Speech Enhancement on Edge Devices",
        "text": (
            "We present Voxmere, a causal speech enhancement model that couples band-split processing with selective "
            "state-space (Mamba) layers so that it runs in real time on embedded hardware. Voxmere operates on 16 kHz "
            "audio with 8 ms hops and 8 ms of lookahead. On the VoiceBank+DEMAND benchmark, Voxmere reaches a PESQ of "
            "3.41 and an SI-SDR of 19.6 dB with 0.48M parameters and 210 million multiply-accumulate operations (MACs) "
            "per second of audio. Voxmere exceeds DeepFilterNet3 (3.28) by 0.13 PESQ while using 3.1× fewer MACs. On "
            "the DNS Challenge 2020 no-reverb test set, Voxmere obtains DNSMOS OVRL 3.36 and wideband PESQ 2.97, "
            "outperforming FRCRN and MP-SENet on both. On a Raspberry Pi 4 the real-time factor is 0.31 and the "
            "per-frame processing time is 2.5 ms. Ablations attribute most of the gain to the band-split front end: "
            "removing it costs 0.22 PESQ, whereas replacing Mamba with a GRU of equal size costs only 0.06 PESQ. Across "
            "the DNS Challenge 2020 evaluation, Voxmere ranks first on 4 of the 5 non-intrusive metrics we report. "
            "Code and pretrained weights are public."
        ),
        "spans": [
            ("Voxmere", "M"), ("Band-Split Mamba", "M"), ("Mamba", "M"), ("Speech Enhancement", "T"),
            ("speech enhancement", "T"), ("VoiceBank+DEMAND", "D", {"punct": True}), ("PESQ", "X"),
            ("SI-SDR", "X"), ("multiply-accumulate operations", "X"), ("MACs", "X"), ("DeepFilterNet3", "M"),
            ("DNS Challenge 2020", "D"), ("DNSMOS OVRL", "X"), ("wideband PESQ", "X"), ("FRCRN", "M"),
            ("MP-SENet", "M"), ("real-time factor", "X"), ("per-frame processing time", "X"), ("GRU", "M"),
        ],
        "results": [
            ("PESQ of 3.41", "PESQ", 3.41, None, "VoiceBank+DEMAND", "Voxmere"),
            ("SI-SDR of 19.6 dB", "SI-SDR", 19.6, "dB", "VoiceBank+DEMAND", "Voxmere"),
            ("210 million multiply-accumulate operations", "MACs", 210, "M", "VoiceBank+DEMAND", "Voxmere"),
            ("3.28", "PESQ", 3.28, None, None, "DeepFilterNet3"),
            ("0.13 PESQ", "PESQ", 0.13, None, None, "Voxmere"),
            ("3.1× fewer MACs", "MACs reduction", 3.1, "×", None, "Voxmere"),
            ("DNSMOS OVRL 3.36", "DNSMOS OVRL", 3.36, None, "DNS Challenge 2020", "Voxmere"),
            ("wideband PESQ 2.97", "wideband PESQ", 2.97, None, "DNS Challenge 2020", "Voxmere"),
            ("real-time factor is 0.31", "real-time factor", 0.31, None, None, None),
            ("per-frame processing time is 2.5 ms", "per-frame processing time", 2.5, "ms", None, None),
            ("costs 0.22 PESQ", "PESQ", 0.22, None, None, None),
            ("costs only 0.06 PESQ", "PESQ", 0.06, None, None, None),
            ("4 of the 5 non-intrusive metrics", "metrics ranked first", 4, None, "DNS Challenge 2020", "Voxmere"),
        ],
    },
    {
        "field": "speech",
        "title": "Verbatune: Language-Cluster Adapters for Adapting Whisper to Low-Resource Languages",
        "text": (
            r"Massively multilingual speech models such as Whisper and MMS still degrade sharply in automatic speech "
            r"recognition (ASR) for languages with little transcribed audio. Fine-tuning a separate copy per language "
            r"is expensive, while a single shared adapter suffers from negative transfer. We introduce Verbatune, "
            r"which groups languages into clusters by phonological and script similarity, learns one LoRA adapter per "
            r"cluster, and adds a lightweight router that mixes cluster adapters at the utterance level. Only "
            r"$0.9\%$ of Whisper-large-v3's weights are trained. We evaluate on 102 languages from FLEURS and on the "
            r"Common Voice 17.0 splits of 24 low-resource languages with fewer than 10 hours of training data each. "
            r"Verbatune lowers the average character error rate (CER) on FLEURS from $14.2\%$ to $10.6\%$, a "
            r"$25.4\%$ relative CER reduction, and outperforms per-language LoRA on 71 of the 102 languages while "
            r"storing $12\times$ fewer adapter parameters. On Common Voice, Verbatune lowers the average WER by "
            r"$6.8$ points over the shared-adapter baseline and comes within $1.1$ points of full fine-tuning, at "
            r"${\sim}5\%$ of its GPU hours. Gains are largest for the Niger-Congo cluster ($-9.3$ CER points). Adding "
            r"a new language requires training only its router weights, which takes under 20 minutes on one GPU."
        ),
        "spans": [
            ("Verbatune", "M"), ("Whisper", "M"), ("MMS", "M"), ("automatic speech recognition", "T"),
            ("ASR", "T"), ("LoRA", "M"), ("Whisper-large-v3", "M"), ("FLEURS", "D"), ("Common Voice 17.0", "D"),
            ("Common Voice", "D"), ("average character error rate", "X"), ("CER", "X"),
            ("relative CER reduction", "X"), ("average WER", "X"), ("full fine-tuning", "M"), ("GPU hours", "X"),
        ],
        "results": [
            (r"average character error rate (CER) on FLEURS from $14.2\%$ to $10.6\%", "average character error rate",
             10.6, "%", "FLEURS", "Verbatune"),
            (r"25.4\%$ relative CER reduction", "relative CER reduction", 25.4, "%", "FLEURS", "Verbatune"),
            (r"71 of the 102 languages", "languages won", 71, None, None, "Verbatune"),
            (r"12\times$ fewer adapter parameters", "adapter parameters reduction", 12, "×", None, "Verbatune"),
            (r"average WER by $6.8$ points", "average WER", 6.8, "points", "Common Voice", "Verbatune"),
            (r"within $1.1$ points", "average WER", 1.1, "points", "Common Voice", "Verbatune"),
            (r"5\%$ of its GPU hours", "relative GPU hours", 5, "%", "Common Voice", "Verbatune"),
            (r"-9.3$ CER points", "CER", -9.3, "points", None, None),
            (r"takes under 20 minutes", "training time", 20, "min", None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Whorlspeak: Prototype-Anchored Fine-Tuning of Self-Supervised Speech Models for Speaker Verification",
        "text": (
            "Self-supervised speech models such as WavLM and HuBERT provide strong features for speaker verification, "
            "yet fine-tuning them on VoxCeleb2 often overfits to the channel characteristics of celebrity interviews "
            "and transfers poorly to far-field or conversational speech. This paper asks whether the problem lies in "
            "the training objective rather than in the backbone. We describe Whorlspeak, a fine-tuning recipe that "
            "keeps a bank of speaker prototypes computed with the frozen pre-trained model and penalises embeddings "
            "that drift away from them, combined with the standard AAM-softmax loss. We caution that the regulariser "
            "introduces one additional hyper-parameter, the drift weight λ = 0.2, to which results are moderately "
            "sensitive. With a WavLM-Large backbone and an ECAPA-TDNN back-end, Whorlspeak obtains equal error rates "
            "(EER) of 0.39%, 0.51% and 0.94% on VoxCeleb1-O, VoxCeleb1-E and VoxCeleb1-H, respectively, an average "
            "relative EER reduction of 14% over the unregularised model across the three VoxCeleb1 trial lists. "
            "Whorlspeak's minDCF on VoxCeleb1-O is 0.041, compared with 0.052 without the prototype term. The picture "
            "on out-of-domain data is more mixed: on CN-Celeb the EER improves from 9.8% to 8.1%, but on the "
            "far-field VOiCES evaluation set the gain shrinks to 0.2 points, which is within the spread we observe "
            "across three random seeds. We therefore see Whorlspeak as a cheap and reliable improvement in-domain "
            "rather than as a solution to domain shift."
        ),
        "spans": [
            ("Whorlspeak", "M"), ("Speaker Verification", "T"), ("speaker verification", "T"), ("WavLM", "M"),
            ("HuBERT", "M"), ("VoxCeleb2", "D"), ("AAM-softmax", "M"), ("WavLM-Large", "M"), ("ECAPA-TDNN", "M"),
            ("equal error rates", "X"), ("EER", "X"), ("VoxCeleb1-O", "D"), ("VoxCeleb1-E", "D"),
            ("VoxCeleb1-H", "D"), ("relative EER reduction", "X"), ("VoxCeleb1", "D"), ("minDCF", "X"),
            ("CN-Celeb", "D"), ("VOiCES", "D"),
            ("average relative EER reduction", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("equal error rates (EER) of 0.39%", "EER", 0.39, "%", "VoxCeleb1-O", "Whorlspeak"),
            ("0.51%", "EER", 0.51, "%", "VoxCeleb1-E", "Whorlspeak"),
            ("0.94%", "EER", 0.94, "%", "VoxCeleb1-H", "Whorlspeak"),
            ("relative EER reduction of 14%", "relative EER reduction", 14, "%", None, "Whorlspeak"),
            ("minDCF on VoxCeleb1-O is 0.041", "minDCF", 0.041, None, "VoxCeleb1-O", "Whorlspeak"),
            ("0.052", "minDCF", 0.052, None, "VoxCeleb1-O", None),
            ("EER improves from 9.8% to 8.1%", "EER", 8.1, "%", "CN-Celeb", None),
            ("gain shrinks to 0.2 points", "improvement", 0.2, "points", "VOiCES", None),
        ],
    },
    {
        "field": "speech",
        "title": "Wrensong: A 1 kbps Neural Speech Codec with Semantic-Acoustic Residual Quantization",
        "text": (
            "Wrensong compresses 16 kHz speech to 1.1 kbps while scoring a ViSQOL of 3.72 and a UTMOS of 3.55 on the "
            "LibriTTS test set, higher than EnCodec at 6 kbps (3.61 and 2.49). Neural speech codecs have become the "
            "tokenizers of spoken language models, where low frame rates and few codebooks directly shorten "
            "sequences, yet below 2 kbps existing codecs such as DAC, SpeechTokenizer and Mimi lose intelligibility. "
            "Wrensong uses a 12.5 Hz frame rate and splits residual vector quantization into a first codebook "
            "distilled from HuBERT units and seven acoustic codebooks trained with a multi-scale spectral "
            "discriminator. Quantizer dropout lets a single model serve bitrates from 0.55 to 1.1 kbps. At 1.1 kbps, "
            "Wrensong's resynthesized speech yields a WER of 2.6% with Whisper-large-v3, against 4.9% for Mimi at the "
            "same bitrate, and a speaker similarity of 0.81. In a MUSHRA listening test with 24 listeners, Wrensong "
            "scores 84.7 ± 2.1, statistically tied with DAC at 6 kbps (85.3). Used as the tokenizer of a "
            "1B-parameter spoken language model, Wrensong reduces the sequence length by 38% relative to "
            "SpeechTokenizer and improves the model's sWUGGY accuracy by 2.3 points. Wrensong runs 41× faster than "
            "real time on a single CPU thread."
        ),
        "spans": [
            ("Wrensong", "M"), ("Neural Speech Codec", "M"), ("Neural speech codecs", "M"),
            ("Residual Quantization", "M"), ("ViSQOL", "X"), ("UTMOS", "X"), ("LibriTTS", "D"), ("EnCodec", "M"),
            ("spoken language models", "M"), ("spoken language model", "M"), ("DAC", "M"),
            ("SpeechTokenizer", "M"), ("Mimi", "M"), ("residual vector quantization", "M"), ("HuBERT", "M"),
            ("Quantizer dropout", "M"), ("WER", "X"), ("Whisper-large-v3", "M"), ("speaker similarity", "X"),
            ("MUSHRA", "X"), ("sequence length", "X"), ("sWUGGY", "D"), ("accuracy", "X"),
        ],
        "results": [
            ("ViSQOL of 3.72", "ViSQOL", 3.72, None, "LibriTTS", "Wrensong"),
            ("UTMOS of 3.55", "UTMOS", 3.55, None, "LibriTTS", "Wrensong"),
            ("3.61", "ViSQOL", 3.61, None, "LibriTTS", "EnCodec"),
            ("2.49", "UTMOS", 2.49, None, "LibriTTS", "EnCodec"),
            ("WER of 2.6%", "WER", 2.6, "%", None, "Wrensong"),
            ("4.9%", "WER", 4.9, "%", None, "Mimi"),
            ("speaker similarity of 0.81", "speaker similarity", 0.81, None, None, "Wrensong"),
            ("scores 84.7 ± 2.1", "MUSHRA", 84.7, None, None, "Wrensong"),
            ("85.3", "MUSHRA", 85.3, None, None, "DAC"),
            ("sequence length by 38%", "sequence length reduction", 38, "%", None, "Wrensong"),
            ("sWUGGY accuracy by 2.3 points", "accuracy", 2.3, "points", "sWUGGY", "Wrensong"),
            ("41× faster", "speed-up", 41, "×", None, "Wrensong"),
        ],
    },
    # ------------------------------------------------------------ efficiency
    {
        "field": "efficiency",
        "title": "Vellumquant: Outlier-Aware Learned Rotations for 4-Bit Weight-Activation Quantization of Large Language Models",
        "text": (
            r"Quantizing both the weights and the activations of large language models (LLMs) to 4 bits (W4A4) would "
            r"let inference run on low-precision integer kernels, but activation outliers make naive round-to-nearest "
            r"quantization collapse. Rotation-based methods such as QuaRot and SpinQuant spread outliers across "
            r"channels; we observe, however, that a single global rotation leaves a few massive activations "
            r"concentrated in attention-sink tokens. We propose Vellumquant, a post-training quantization method that "
            r"learns block-diagonal rotations per layer on the Stiefel manifold and reserves a $k=32$ channel FP16 "
            r"side path for the remaining sink tokens. Calibration uses 128 sequences from WikiText-2 and takes 35 "
            r"minutes for Llama-3-8B on one H100. On Llama-3-70B, W4A4 Vellumquant reaches a WikiText-2 perplexity "
            r"of $3.91$, compared with $4.28$ for SpinQuant and $3.26$ for the FP16 model, and retains $97.6\%$ of the "
            r"FP16 average zero-shot accuracy over six commonsense reasoning tasks. For Llama-3-8B, Vellumquant "
            r"narrows the perplexity gap to FP16 to $0.58$, $41\%$ smaller than the gap left by QuaRot. With INT4 "
            r"CUTLASS kernels, prefill is $2.7\times$ faster than FP16 and peak memory drops by $3.4\times$; the side "
            r"path adds less than $4\%$ extra latency. Code is available."
        ),
        "spans": [
            ("Vellumquant", "M"), ("Weight-Activation Quantization", "M"), ("Large Language Models", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("round-to-nearest quantization", "M"),
            ("QuaRot", "M"), ("SpinQuant", "M"), ("post-training quantization", "M"), ("WikiText-2", "D"),
            ("Llama-3-8B", "M"), ("Llama-3-70B", "M"), ("perplexity", "X"), ("average zero-shot accuracy", "X"),
            ("commonsense reasoning", "T"), ("peak memory", "X"), ("latency", "X"),
        ],
        "results": [
            (r"takes 35 minutes", "calibration time", 35, "min", "WikiText-2", "Llama-3-8B"),
            (r"perplexity of $3.91", "perplexity", 3.91, None, "WikiText-2", "Vellumquant"),
            (r"4.28", "perplexity", 4.28, None, "WikiText-2", "SpinQuant"),
            (r"3.26", "perplexity", 3.26, None, "WikiText-2", "Llama-3-70B"),
            (r"retains $97.6\%", "relative average zero-shot accuracy", 97.6, "%", None, "Vellumquant"),
            (r"perplexity gap to FP16 to $0.58", "perplexity gap", 0.58, None, None, "Vellumquant"),
            (r"41\%$ smaller", "perplexity gap reduction", 41, "%", None, "Vellumquant"),
            (r"prefill is $2.7\times$ faster", "prefill speed-up", 2.7, "×", None, None),
            (r"peak memory drops by $3.4\times", "peak memory reduction", 3.4, "×", None, None),
            (r"4\%$ extra latency", "latency", 4, "%", None, None),
        ],
    },
    {
        "field": "efficiency",
        "title": "Wickprune: Text-Guided Visual Token Pruning Inside the Vision Encoder of Multimodal LLMs",
        "text": (
            "Multimodal large language models (MLLMs) such as LLaVA-1.5 spend most of their prefill compute on "
            "hundreds of visual tokens, many of which are irrelevant to the question being asked. Methods such as "
            "FastV and SparseVLM prune tokens inside the language model, after the vision encoder has already paid "
            "the full cost. Wickprune moves pruning earlier: a two-layer cross-attention probe, conditioned on the "
            "instruction embedding, scores patches at the 12th layer of the CLIP ViT-L/14 encoder and keeps only the "
            "top-ranked ones for the remaining layers and the LLM. The probe is trained for one epoch on 100K "
            "instruction-following samples, with all other weights frozen. Keeping 64 of 576 tokens on LLaVA-1.5-7B, "
            "Wickprune reduces total FLOPs by 76% and retains 95.8% of the unpruned model's average accuracy across "
            "ten benchmarks, whereas SparseVLM retains 91.2% at the same budget. On TextVQA, where fine details "
            "matter, Wickprune's accuracy drops from 58.2 to 55.9, still 3.4 points above FastV. On GQA, Wickprune "
            "reaches 59.6 accuracy. Time-to-first-token falls from 182 ms to 61 ms on an RTX 4090. The gains carry "
            "over to LLaVA-NeXT, whose dynamic high-resolution input yields up to 2,880 tokens: there, Wickprune "
            "delivers a 3.9× prefill speed-up while losing 1.1 accuracy points on MMBench."
        ),
        "spans": [
            ("Wickprune", "M"), ("Visual Token Pruning", "M"), ("Multimodal LLMs", "M"),
            ("Multimodal large language models", "M"), ("MLLMs", "M"), ("LLaVA-1.5", "M"), ("FastV", "M"),
            ("SparseVLM", "M"), ("pruning", "M"), ("CLIP ViT-L/14", "M"), ("LLM", "M"), ("LLaVA-1.5-7B", "M"),
            ("FLOPs", "X"), ("average accuracy", "X"), ("TextVQA", "D"), ("accuracy", "X"), ("GQA", "D"),
            ("Time-to-first-token", "X"), ("LLaVA-NeXT", "M"), ("prefill speed-up", "X"), ("MMBench", "D"),
            ("total FLOPs", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("FLOPs by 76%", "FLOPs reduction", 76, "%", None, "Wickprune"),
            ("retains 95.8%", "relative average accuracy", 95.8, "%", None, "Wickprune"),
            ("retains 91.2%", "relative average accuracy", 91.2, "%", None, "SparseVLM"),
            ("accuracy drops from 58.2 to 55.9", "accuracy", 55.9, None, "TextVQA", "Wickprune"),
            ("3.4 points", "accuracy", 3.4, "points", "TextVQA", "Wickprune"),
            ("59.6 accuracy", "accuracy", 59.6, None, "GQA", "Wickprune"),
            ("Time-to-first-token falls from 182 ms to 61 ms", "time-to-first-token", 61, "ms", None, None),
            ("3.9× prefill speed-up", "prefill speed-up", 3.9, "×", None, "Wickprune"),
            ("1.1 accuracy points", "accuracy", 1.1, "points", "MMBench", "Wickprune"),
        ],
    },
    {
        "field": "efficiency",
        "title": "Vantadraft: Acceptance-Adaptive Draft Trees with Prompt Retrieval for Speculative Decoding of Code LLMs",
        "text": (
            "Speculative decoding speeds up large language model inference by verifying several drafted tokens in "
            "one forward pass, but fixed-shape draft trees waste verification compute when acceptance is low and "
            "under-draft when it is high. Vantadraft grows its draft tree online from the acceptance history of the "
            "current request and reuses n-grams retrieved from the prompt and previously generated code as free "
            "draft candidates. The draft head is a single Transformer layer (0.27B parameters for a 7B target) "
            "trained on 68K ShareGPT and 50K OSS-Instruct samples. With Qwen2.5-Coder-7B-Instruct as target under "
            "greedy decoding, Vantadraft achieves speed-ups of 3.8× on HumanEval, 3.5× on MBPP and 2.9× on "
            "LiveCodeBench, with mean accepted lengths of 5.2, 4.9 and 4.1 tokens. EAGLE-2 reaches 3.1×, 2.9× and "
            "2.4× on the same benchmarks, respectively. On MT-Bench, where prompts offer little to retrieve, "
            "Vantadraft's speed-up is 2.6× (EAGLE-2: 2.7×). For Qwen2.5-Coder-32B on two A100s, throughput at batch "
            "size 8 rises from 31 to 74 tokens per second. Outputs are identical to greedy decoding of the target "
            "model. Vantadraft is the fastest method on 5 of the 6 evaluated settings."
        ),
        "spans": [
            ("Vantadraft", "M"), ("Speculative Decoding", "M"), ("Speculative decoding", "M"), ("LLMs", "M"),
            ("large language model", "M"), ("Transformer", "M"), ("ShareGPT", "D"), ("OSS-Instruct", "D"),
            ("Qwen2.5-Coder-7B-Instruct", "M"), ("greedy decoding", "M"), ("speed-ups", "X"), ("speed-up", "X"),
            ("HumanEval", "D"), ("MBPP", "D"), ("LiveCodeBench", "D"), ("mean accepted lengths", "X"),
            ("EAGLE-2", "M"), ("MT-Bench", "D"), ("Qwen2.5-Coder-32B", "M"), ("throughput", "X"),
        ],
        "results": [
            ("speed-ups of 3.8×", "speed-up", 3.8, "×", "HumanEval", "Vantadraft"),
            ("3.5×", "speed-up", 3.5, "×", "MBPP", "Vantadraft"),
            ("2.9× on LiveCodeBench", "speed-up", 2.9, "×", "LiveCodeBench", "Vantadraft"),
            ("mean accepted lengths of 5.2", "mean accepted length", 5.2, "tokens", "HumanEval", "Vantadraft"),
            ("4.9", "mean accepted length", 4.9, "tokens", "MBPP", "Vantadraft"),
            ("4.1 tokens", "mean accepted length", 4.1, "tokens", "LiveCodeBench", "Vantadraft"),
            ("3.1×", "speed-up", 3.1, "×", "HumanEval", "EAGLE-2"),
            ("2.9×", "speed-up", 2.9, "×", "MBPP", "EAGLE-2", {"occ": 1}),
            ("2.4×", "speed-up", 2.4, "×", "LiveCodeBench", "EAGLE-2"),
            ("speed-up is 2.6×", "speed-up", 2.6, "×", "MT-Bench", "Vantadraft"),
            ("2.7×", "speed-up", 2.7, "×", "MT-Bench", "EAGLE-2"),
            ("throughput at batch size 8 rises from 31 to 74 tokens per second", "throughput", 74, "tokens/s",
             None, "Qwen2.5-Coder-32B"),
            ("5 of the 6 evaluated settings", "settings ranked first", 5, None, None, "Vantadraft"),
        ],
    },
    {
        "field": "efficiency",
        "title": "Valemix: Stable FP8 Pre-Training of Large Language Models with Per-Tile Scaling and Stochastic Rounding",
        "text": (
            r"FP8 arithmetic runs matrix multiplies at twice the rate of BF16 on recent accelerators, but loss "
            r"spikes caused by outliers in activations and optimizer states have confined FP8 training of large "
            r"language models to short runs or to a subset of layers. We introduce Valemix, an FP8 training recipe "
            r"that quantizes all linear-layer inputs, weights and gradients with per-tile scaling factors over "
            r"$128 \times 128$ tiles, stores the first and second Adam moments in FP8 with stochastic rounding, and "
            r"keeps only the master weights in FP32. We pre-train decoder-only models with 1.3B, 7B and 13B "
            r"parameters on up to 1T tokens of FineWeb-Edu. On held-out FineWeb-Edu data, the 7B Valemix model "
            r"reaches a validation loss of $2.181$, within $0.004$ nats of its BF16 counterpart ($2.177$). The FP8-LM "
            r"recipe, by contrast, diverges at the 7B scale. Downstream, the 13B Valemix model reaches $62.4\%$ "
            r"accuracy on MMLU versus $62.1\%$ for BF16, and its average zero-shot accuracy over nine tasks differs "
            r"by less than $0.2$ points. End-to-end training throughput increases by $1.41\times$ on 256 H100 GPUs, "
            r"and optimizer memory falls by $\sim$50\%, which lets the 13B model train without activation "
            r"checkpointing. In total, Valemix saves 21\% of the GPU hours of BF16 training."
        ),
        "spans": [
            ("Valemix", "M"), ("FP8 Pre-Training", "M"), ("FP8 training", "M"), ("Large Language Models", "M"),
            ("large language models", "M"), ("Per-Tile Scaling", "M"), ("per-tile scaling", "M"),
            ("Stochastic Rounding", "M"), ("stochastic rounding", "M"), ("Adam", "M"), ("FineWeb-Edu", "D"),
            ("validation loss", "X"), ("FP8-LM", "M"), ("accuracy", "X"), ("MMLU", "D"),
            ("average zero-shot accuracy", "X"), ("End-to-end training throughput", "X"),
            ("optimizer memory", "X"), ("activation checkpointing", "M"), ("GPU hours", "X"),
        ],
        "results": [
            (r"validation loss of $2.181", "validation loss", 2.181, None, "FineWeb-Edu", "Valemix"),
            (r"within $0.004$ nats", "validation loss", 0.004, "nats", "FineWeb-Edu", "Valemix"),
            (r"2.177", "validation loss", 2.177, None, "FineWeb-Edu", None),
            (r"62.4\%$ accuracy", "accuracy", 62.4, "%", "MMLU", "Valemix"),
            (r"62.1\%", "accuracy", 62.1, "%", "MMLU", None),
            (r"differs by less than $0.2$ points", "average zero-shot accuracy", 0.2, "points", None, "Valemix"),
            (r"End-to-end training throughput increases by $1.41\times", "end-to-end training throughput", 1.41,
             "×", None, None),
            (r"optimizer memory falls by $\sim$50\%", "optimizer memory reduction", 50, "%", None, None),
            (r"saves 21\% of the GPU hours", "GPU hours reduction", 21, "%", None, "Valemix"),
        ],
    },
    {
        "field": "efficiency",
        "title": "Wispshard: Running 7B Language Models on Smartphones by Streaming Layers from Flash",
        "text": (
            "Deploying large language models on phones is limited less by compute than by DRAM: a 4-bit 7B model "
            "occupies about 3.9 GB, more than the memory budget most mobile operating systems grant a single app. "
            "Wispshard keeps only a working set of transformer layers resident and streams the rest from flash "
            "storage, overlapping I/O with NPU computation through a lookahead scheduler that exploits the sparsity "
            "of activations in the feed-forward blocks. Frequently activated neurons are stored in INT8 and the "
            "remainder in INT4. We evaluate on three Android phones with Snapdragon 8 Gen 3, Dimensity 9300 and "
            "Snapdragon 8 Gen 2 chips, using Llama-2-7B, Mistral-7B and Qwen2-7B. Wispshard runs Mistral-7B within "
            "a 1.5 GB memory limit at 9.8 tokens per second for decoding, 4.6× faster than llama.cpp with "
            "mmap-based swapping under the same limit, and reaches a prefill speed of 212 tokens/s on 512-token "
            "prompts. Peak memory is reduced by 62% relative to loading the full model. Quality is affected only "
            "mildly: WikiText-2 perplexity increases by 0.21 and average accuracy on the Open LLM Leaderboard tasks "
            "decreases from 61.3 to 60.5. We note that these numbers depend strongly on flash bandwidth. On the "
            "older Snapdragon 8 Gen 2 device, decoding slows to 5.1 tokens per second, and sustained runs longer "
            "than ten minutes trigger thermal throttling that lowers throughput by a further 18%. Energy per token "
            "is 0.41 J, 35% lower than GPU inference on the same phone."
        ),
        "spans": [
            ("Wispshard", "M"), ("Language Models", "M"), ("large language models", "M"), ("transformer", "M"),
            ("Llama-2-7B", "M"), ("Mistral-7B", "M"), ("Qwen2-7B", "M"), ("tokens per second", "X"),
            ("prefill speed", "X"), ("Peak memory", "X"), ("WikiText-2", "D"), ("perplexity", "X"),
            ("average accuracy", "X"), ("Open LLM Leaderboard", "D"), ("throughput", "X"),
            ("Energy per token", "X"),
        ],
        "results": [
            ("9.8 tokens per second", "throughput", 9.8, "tokens/s", None, "Wispshard"),
            ("4.6× faster", "speed-up", 4.6, "×", None, "Wispshard"),
            ("prefill speed of 212 tokens/s", "prefill speed", 212, "tokens/s", None, "Wispshard"),
            ("Peak memory is reduced by 62%", "peak memory reduction", 62, "%", None, None),
            ("perplexity increases by 0.21", "perplexity", 0.21, None, "WikiText-2", None),
            ("average accuracy on the Open LLM Leaderboard tasks decreases from 61.3 to 60.5", "average accuracy",
             60.5, None, "Open LLM Leaderboard", None),
            ("5.1 tokens per second", "throughput", 5.1, "tokens/s", None, None),
            ("throughput by a further 18%", "throughput reduction", 18, "%", None, None),
            ("Energy per token is 0.41 J", "energy per token", 0.41, "J", None, None),
            ("35% lower", "energy per token", 35, "%", None, None),
        ],
    },
    {
        "field": "efficiency",
        "title": "Vireoscale: Depth-and-Width Pruning of Diffusion Transformers with Progressive Self-Distillation",
        "text": (
            "Diffusion transformers (DiTs) have become the backbone of class-conditional image generation and "
            "text-to-image synthesis, but their depth makes sampling expensive. Structured pruning can remove whole "
            "blocks or attention heads, yet pruned DiTs usually need close to their original training budget to "
            "recover image quality. We present Vireoscale, which scores blocks and heads by their contribution to the "
            "velocity prediction across timesteps, removes them jointly along depth and width, and recovers the "
            "pruned network with progressive self-distillation from the unpruned teacher, shrinking the model in four "
            "stages instead of one. Pruning SiT-XL/2 from 675M to 338M parameters, Vireoscale reaches an FID of 2.31 "
            "on ImageNet 256×256 with classifier-free guidance after only 100K fine-tuning iterations, compared with "
            "2.06 for the original SiT-XL/2 and 3.52 for TinyFusion at the same parameter count. The pruned model's "
            "Inception Score is 264.8. Vireoscale cuts sampling latency by 46%, and its fine-tuning costs 7% of the "
            "GPU hours used to pre-train SiT-XL/2. Applied to the text-to-image model PixArt-Σ, Vireoscale removes "
            "40% of the blocks while keeping the GenEval overall score at 0.53 (0.54 unpruned) and improving "
            "throughput by 1.6×. We also find that width pruning alone, at matched FLOPs, is 0.9 FID worse than the "
            "joint scheme."
        ),
        "spans": [
            ("Vireoscale", "M"), ("Depth-and-Width Pruning", "M"), ("Diffusion Transformers", "M"),
            ("Diffusion transformers", "M"), ("DiTs", "M"), ("Progressive Self-Distillation", "M"),
            ("progressive self-distillation", "M"), ("class-conditional image generation", "T"),
            ("text-to-image synthesis", "T"), ("text-to-image", "T"), ("Structured pruning", "M"),
            ("SiT-XL/2", "M"), ("FID", "X"), ("ImageNet 256×256", "D"), ("classifier-free guidance", "M"),
            ("TinyFusion", "M"), ("Inception Score", "X"), ("sampling latency", "X"), ("GPU hours", "X"),
            ("PixArt-Σ", "M"), ("GenEval", "D"), ("overall score", "X"), ("throughput", "X"),
            ("width pruning", "M"), ("FLOPs", "X"),
        ],
        "results": [
            ("FID of 2.31", "FID", 2.31, None, "ImageNet 256×256", "Vireoscale"),
            ("2.06", "FID", 2.06, None, "ImageNet 256×256", "SiT-XL/2"),
            ("3.52", "FID", 3.52, None, "ImageNet 256×256", "TinyFusion"),
            ("Inception Score is 264.8", "Inception Score", 264.8, None, None, None),
            ("sampling latency by 46%", "sampling latency reduction", 46, "%", None, "Vireoscale"),
            ("7% of the GPU hours", "relative GPU hours", 7, "%", None, "Vireoscale"),
            ("overall score at 0.53", "overall score", 0.53, None, "GenEval", "Vireoscale"),
            ("0.54", "overall score", 0.54, None, "GenEval", "PixArt-Σ"),
            ("throughput by 1.6×", "throughput", 1.6, "×", None, "Vireoscale"),
            ("0.9 FID", "FID", 0.9, None, None, "width pruning"),
        ],
    },
]
