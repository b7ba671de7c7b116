"""dev10 records (annotator h2): speech (5) and biomedical (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Embervox", "Hushwell", "FlintCodec", "Fernlilt", "Hearthtongue",
          "HeronSeg", "EbbQuant", "GyroBind", "ElderScribe", "Ferrowave"]

RECS = [
    # ------------------------------------------------------------ speech
    {
        "field": "speech",
        "title": "Embervox: Lookahead-Gated Encoders for Low-Latency Streaming Speech Recognition",
        "text": (
            "Streaming automatic speech recognition (ASR) must emit words before an utterance ends, and chunk-based "
            "encoders such as the chunked Conformer and Zipformer pay for this with a fixed right context that is "
            "too short for hard frames and wasteful on easy ones. We propose Embervox, an encoder whose lookahead "
            "gates decide per frame how many future frames to read, trained with pruned RNN-T and a latency penalty "
            "weighted by λ = 0.02. On LibriSpeech test-clean and test-other, a 68M-parameter Embervox with lookahead "
            "capped at 320 ms reaches word error rates (WERs) of 2.9% and 7.1%, respectively, against 3.4% and 8.3% "
            "for a chunked Zipformer of the same size. Embervox cuts median user-perceived latency from 410 ms to "
            "236 ms (−42%) and runs at a real-time factor (RTF) of 0.087 on a single CPU core. On GigaSpeech, "
            "Embervox obtains 11.6% WER (vs. 12.4% for Emformer), and on the Mandarin WenetSpeech TEST_NET set it "
            "reaches a character error rate (CER) of 8.2% after training on all 10,000 hours. Embervox stays within "
            "0.4 points of its full-context counterpart's WER on LibriSpeech test-clean. Training on 8 A100 GPUs "
            "takes 31 hours, 1.6× faster than Dual-mode ASR."
        ),
        "spans": [
            ("Embervox", "M"), ("Speech Recognition", "T"), ("automatic speech recognition", "T"), ("ASR", "T"),
            ("Conformer", "M"), ("Zipformer", "M"), ("pruned RNN-T", "M"), ("LibriSpeech test-clean", "D"),
            ("test-other", "D"), ("word error rates", "X"), ("WERs", "X"), ("WER", "X"),
            ("median user-perceived latency", "X"), ("real-time factor", "X"), ("RTF", "X"),
            ("GigaSpeech", "D"), ("Emformer", "M"), ("WenetSpeech TEST_NET", "D"),
            ("character error rate", "X"), ("CER", "X"), ("Dual-mode ASR", "M"),
        ],
        "results": [
            ("word error rates (WERs) of 2.9%", "WER", 2.9, "%", "LibriSpeech test-clean", "Embervox"),
            ("7.1%", "WER", 7.1, "%", "LibriSpeech test-other", "Embervox"),
            ("3.4%", "WER", 3.4, "%", "LibriSpeech test-clean", "Zipformer"),
            ("8.3%", "WER", 8.3, "%", "LibriSpeech test-other", "Zipformer"),
            ("median user-perceived latency from 410 ms to 236 ms", "median user-perceived latency", 236, "ms", None, "Embervox"),
            ("−42%", "median user-perceived latency", -42, "%", None, "Embervox"),
            ("real-time factor (RTF) of 0.087", "real-time factor", 0.087, None, None, "Embervox"),
            ("11.6% WER", "WER", 11.6, "%", "GigaSpeech", "Embervox"),
            ("12.4% for Emformer", "WER", 12.4, "%", "GigaSpeech", "Emformer"),
            ("character error rate (CER) of 8.2%", "CER", 8.2, "%", "WenetSpeech TEST_NET", "Embervox"),
            ("within 0.4 points of its full-context counterpart's WER", "WER", 0.4, "points", "LibriSpeech test-clean", "Embervox"),
            ("takes 31 hours", "training time", 31, "h", None, None),
            ("1.6× faster", "training speed-up", 1.6, "×", None, None),
        ],
    },
    {
        "field": "speech",
        "title": "Hushwell: Band-Split Mamba with Harmonic Priors for Low-Complexity Speech Enhancement",
        "text": (
            "Single-channel speech enhancement has moved from convolutional masks to large time-frequency "
            "Transformers, but the models that top public leaderboards rarely fit in a hearing aid or an earbud. "
            "We revisit the band-split design of BSRNN, replace its recurrent layers with Mamba blocks that scan "
            "along frequency and time, and add a harmonic prior that tells each band where the partials of voiced "
            "frames should lie. The resulting model, Hushwell, has 0.61M parameters and requires 0.38 G "
            "multiply-accumulate operations (MACs) per second of audio. We train on the VoiceBank+DEMAND training "
            "set and, separately, on 500 hours of simulated mixtures drawn from the DNS Challenge corpus at SNRs "
            "between −5 and 20 dB. On the VoiceBank+DEMAND test set Hushwell reaches a wideband PESQ of 3.47 and an "
            "STOI of 95.8%, compared with 3.50 for MP-SENet, which needs 2.05M parameters and roughly 19× the "
            "compute. On the DNS Challenge non-blind test set without reverberation, Hushwell improves SI-SDR by "
            "1.3 dB over FRCRN while using 21% of its MACs, and its DNSMOS OVRL rises from 3.21 to 3.34. A "
            "listening test with 24 raters confirms the gain (CMOS +0.31, p < 0.01). On an Arm Cortex-M55 the "
            "per-frame inference time is 2.1 ms for 8 ms hops, so the model runs comfortably in real time on "
            "hearing-aid hardware."
        ),
        "spans": [
            ("Hushwell", "M"), ("Mamba", "M"), ("Speech Enhancement", "T"),
            ("Single-channel speech enhancement", "T"), ("Transformers", "M"), ("BSRNN", "M"),
            ("multiply-accumulate operations", "X"), ("MACs", "X"), ("VoiceBank+DEMAND", "D"),
            ("DNS Challenge", "D"), ("wideband PESQ", "X"), ("STOI", "X"), ("MP-SENet", "M"),
            ("SI-SDR", "X"), ("FRCRN", "M"), ("DNSMOS OVRL", "X"), ("CMOS", "X"),
            ("per-frame inference time", "X"),
        ],
        "results": [
            ("0.61M parameters", "parameters", 0.61, "M", None, "Hushwell"),
            ("0.38 G multiply-accumulate operations (MACs)", "MACs", 0.38, "G", None, "Hushwell"),
            ("wideband PESQ of 3.47", "wideband PESQ", 3.47, None, "VoiceBank+DEMAND", "Hushwell"),
            ("STOI of 95.8%", "STOI", 95.8, "%", "VoiceBank+DEMAND", "Hushwell"),
            ("3.50 for MP-SENet", "wideband PESQ", 3.50, None, "VoiceBank+DEMAND", "MP-SENet"),
            ("2.05M parameters", "parameters", 2.05, "M", "VoiceBank+DEMAND", "MP-SENet"),
            ("19× the compute", "compute", 19, "×", "VoiceBank+DEMAND", "MP-SENet"),
            ("improves SI-SDR by 1.3 dB", "SI-SDR", 1.3, "dB", "DNS Challenge", "Hushwell"),
            ("21% of its MACs", "relative MACs", 21, "%", "DNS Challenge", "Hushwell"),
            ("DNSMOS OVRL rises from 3.21 to 3.34", "DNSMOS OVRL", 3.34, None, "DNS Challenge", "Hushwell"),
            ("CMOS +0.31", "CMOS", 0.31, None, None, None),
            ("per-frame inference time is 2.1 ms", "per-frame inference time", 2.1, "ms", None, None),
        ],
    },
    {
        "field": "speech",
        "title": "FlintCodec: Reaching 4.05 UTMOS with One 40 Hz Codebook",
        "text": (
            "At 0.6 kbps and a single codebook, FlintCodec reconstructs LibriTTS test-clean speech with a UTMOS of "
            "4.05, a PESQ of 2.71 and a speaker similarity (SPK-SIM) of 0.86, surpassing WavTokenizer (3.91, 2.37, "
            "0.80) and BigCodec (3.96, 2.59, 0.84) at comparable or higher bitrates. Neural audio codecs are now the "
            "front end of most spoken language models, and their token rate directly sets the sequence length that "
            "a downstream LM must model. Multi-codebook residual vector quantization (RVQ), as in EnCodec and DAC, "
            "gives high fidelity but multiplies the number of tokens per frame. FlintCodec instead uses one "
            "16,384-entry codebook at 40 Hz, learned with finite scalar quantization (FSQ) over a semantically "
            "distilled latent, where a HuBERT teacher supervises the first encoder layer. A Vocos-style decoder maps "
            "tokens back to 24 kHz waveforms. In a MUSHRA test with 18 listeners, FlintCodec scored 84.2 ± 2.9 versus "
            "86.0 ± 2.6 for DAC at 6 kbps, a difference that was not significant (p = 0.21). When FlintCodec tokens "
            "replace EnCodec tokens in a VALL-E-style TTS model trained on LibriLight, the WER of synthesized speech "
            "falls from 5.9% to 3.4% and training converges 2.3times faster. Encoding plus decoding runs 140× faster "
            "than real time on a consumer GPU. We release code and weights."
        ),
        "spans": [
            ("FlintCodec", "M"), ("UTMOS", "X"), ("LibriTTS test-clean", "D"), ("PESQ", "X"),
            ("speaker similarity", "X"), ("SPK-SIM", "X"), ("WavTokenizer", "M"), ("BigCodec", "M"), ("bitrates", "X"),
            ("Neural audio codecs", "M"), ("spoken language models", "M"), ("LM", "M"),
            ("residual vector quantization", "M"), ("RVQ", "M"), ("EnCodec", "M"), ("DAC", "M"),
            ("finite scalar quantization", "M"), ("FSQ", "M"), ("HuBERT", "M"), ("Vocos", "M"),
            ("MUSHRA", "X"), ("VALL-E", "M"), ("TTS", "T"), ("LibriLight", "D"), ("WER", "X"),
        ],
        "results": [
            ("UTMOS of 4.05", "UTMOS", 4.05, None, "LibriTTS test-clean", "FlintCodec"),
            ("PESQ of 2.71", "PESQ", 2.71, None, "LibriTTS test-clean", "FlintCodec"),
            ("speaker similarity (SPK-SIM) of 0.86", "speaker similarity", 0.86, None, "LibriTTS test-clean", "FlintCodec"),
            ("3.91", "UTMOS", 3.91, None, "LibriTTS test-clean", "WavTokenizer"),
            ("2.37", "PESQ", 2.37, None, "LibriTTS test-clean", "WavTokenizer"),
            ("0.80", "speaker similarity", 0.80, None, "LibriTTS test-clean", "WavTokenizer"),
            ("3.96", "UTMOS", 3.96, None, "LibriTTS test-clean", "BigCodec"),
            ("2.59", "PESQ", 2.59, None, "LibriTTS test-clean", "BigCodec"),
            ("0.84", "speaker similarity", 0.84, None, "LibriTTS test-clean", "BigCodec"),
            ("scored 84.2", "MUSHRA", 84.2, None, None, "FlintCodec"),
            ("86.0 ± 2.6 for DAC", "MUSHRA", 86.0, None, None, "DAC"),
            ("WER of synthesized speech falls from 5.9% to 3.4%", "WER", 3.4, "%", "LibriLight", "FlintCodec"),
            ("converges 2.3times faster", "convergence speed-up", 2.3, "×", "LibriLight", "FlintCodec"),
            ("140× faster than real time", "encoding and decoding speed-up", 140, "×", None, None),
        ],
        "title_results": [
            ("4.05 UTMOS", "UTMOS", 4.05, None, None, "FlintCodec"),
        ],
    },
    {
        "field": "speech",
        "title": "Fernlilt: Flow Matching with Prosody Anchors for Zero-Shot Text-to-Speech",
        "text": (
            "Zero-shot text-to-speech (TTS) systems built on flow matching, such as F5-TTS and E2 TTS, now approach "
            "human-level naturalness, yet they still drift in rhythm on long or unusual sentences and occasionally "
            "skip words. We describe Fernlilt, a non-autoregressive model trained with flow matching that first "
            "predicts a sparse set of prosody anchors (syllable onsets and phrase boundaries) with a small duration "
            "Transformer and then conditions the acoustic flow on them. The model has 336M parameters and was trained "
            "on the English portion of Emilia (about 46,000 hours) for 800k steps. We evaluate on the LibriSpeech-PC "
            "test-clean subset and on Seed-TTS test-en, following the protocols of prior work. On LibriSpeech-PC, "
            "Fernlilt obtains a WER of 2.08% and a speaker similarity (SIM-o) of 0.69, against 2.42% and 0.66 for "
            "F5-TTS; on Seed-TTS test-en its WER is 1.71%. These differences are modest, and in a comparative MOS "
            "(CMOS) study with 30 listeners the naturalness gain over F5-TTS (+0.12) lies inside the 95% confidence "
            "interval [−0.03, 0.27]. The clearest benefit appears on a hard set of 200 tongue-twisters and long "
            "sentences, where word-skipping errors drop by 63% relative to F5-TTS. With 16 sampling steps, Fernlilt "
            "has a real-time factor of 0.11 on an A100, 1.4× slower than F5-TTS, because the anchor predictor runs "
            "autoregressively. We therefore view prosody anchoring as a robustness aid rather than a quality "
            "upgrade, and we release the hard test set to support further study."
        ),
        "spans": [
            ("Fernlilt", "M"), ("Flow Matching", "M"), ("flow matching", "M"), ("Zero-Shot Text-to-Speech", "T"),
            ("Zero-shot text-to-speech", "T"), ("TTS", "T"), ("F5-TTS", "M"), ("E2 TTS", "M"),
            ("Transformer", "M"), ("Emilia", "D"), ("LibriSpeech-PC test-clean", "D"), ("LibriSpeech-PC", "D"),
            ("Seed-TTS test-en", "D"), ("WER", "X"), ("speaker similarity", "X"), ("SIM-o", "X"),
            ("comparative MOS", "X"), ("CMOS", "X"), ("word-skipping errors", "X"), ("real-time factor", "X"),
        ],
        "results": [
            ("WER of 2.08%", "WER", 2.08, "%", "LibriSpeech-PC", "Fernlilt"),
            ("speaker similarity (SIM-o) of 0.69", "speaker similarity", 0.69, None, "LibriSpeech-PC", "Fernlilt"),
            ("2.42%", "WER", 2.42, "%", "LibriSpeech-PC", "F5-TTS"),
            ("0.66 for F5-TTS", "speaker similarity", 0.66, None, "LibriSpeech-PC", "F5-TTS"),
            ("WER is 1.71%", "WER", 1.71, "%", "Seed-TTS test-en", "Fernlilt"),
            ("+0.12", "CMOS", 0.12, None, None, None),
            ("word-skipping errors drop by 63%", "word-skipping error reduction", 63, "%", None, None),
            ("real-time factor of 0.11", "real-time factor", 0.11, None, None, "Fernlilt"),
            ("1.4× slower", "slowdown", 1.4, "×", None, "Fernlilt"),
        ],
    },
    {
        "field": "speech",
        "title": "Hearthtongue: Language-Family Adapters Close the Gap to Whisper large-v3 on Low-Resource FLEURS Languages",
        "text": (
            "Massively multilingual speech recognition models such as Whisper and MMS still transcribe most of the "
            "world's languages poorly. We present Hearthtongue, a parameter-efficient recipe that attaches "
            "language-family adapters (LFAs) to a frozen w2v-BERT 2.0 encoder and shares them across related "
            "languages, so that a language with ten minutes of transcribed speech borrows statistical strength from "
            "its neighbours. The adapters add 2.1% to the encoder's 600M parameters. We train on Common Voice 17.0 "
            "and the ML-SUPERB 2.0 training split and evaluate on the 102 languages of FLEURS. On FLEURS, "
            "Hearthtongue attains an average character error rate (CER) of 9.8%, against 12.6% for MMS-1B-all and "
            "11.9% for Whisper large-v3, and yields lower CER than Whisper large-v3 on 78 of the 102 languages. On "
            "the 25 lowest-resource languages, Hearthtongue's average CER is 14.3% (95% CI 13.1–15.6), a 31% "
            "relative reduction over per-language adapters. On ML-SUPERB 2.0, Hearthtongue ranks first on 9 of the "
            "12 language families. Training all adapters takes 190 GPU-hours, roughly 10% of the compute that full "
            "fine-tuning of MMS-1B for every language would need, and adding an unseen language requires about 15 "
            "minutes of adaptation."
        ),
        "spans": [
            ("Hearthtongue", "M"), ("Language-Family Adapters", "M"), ("language-family adapters", "M"),
            ("LFAs", "M"), ("Whisper large-v3", "M"), ("Whisper", "M"), ("MMS", "M"), ("MMS-1B-all", "M"),
            ("MMS-1B", "M"), ("FLEURS", "D"), ("multilingual speech recognition", "T"), ("w2v-BERT 2.0", "M"),
            ("Common Voice 17.0", "D"), ("ML-SUPERB 2.0", "D"), ("average character error rate", "X"),
            ("CER", "X"), ("average CER", "X"), ("full fine-tuning", "M"),
        ],
        "results": [
            ("adapters add 2.1%", "parameter overhead", 2.1, "%", None, None),
            ("average character error rate (CER) of 9.8%", "average character error rate", 9.8, "%", "FLEURS", "Hearthtongue"),
            ("12.6% for MMS-1B-all", "average character error rate", 12.6, "%", "FLEURS", "MMS-1B-all"),
            ("11.9% for Whisper large-v3", "average character error rate", 11.9, "%", "FLEURS", "Whisper large-v3"),
            ("lower CER than Whisper large-v3 on 78 of the 102 languages", "languages won", 78, None, "FLEURS", "Hearthtongue"),
            ("average CER is 14.3%", "average CER", 14.3, "%", None, "Hearthtongue"),
            ("31% relative reduction", "relative CER reduction", 31, "%", None, "Hearthtongue"),
            ("ranks first on 9 of the 12 language families", "language families ranked first", 9, None, "ML-SUPERB 2.0", "Hearthtongue"),
            ("takes 190 GPU-hours", "training time", 190, "GPU-hours", None, None),
            ("10% of the compute", "relative compute", 10, "%", None, None),
            ("requires about 15 minutes of adaptation", "adaptation time", 15, "min", None, None),
        ],
    },
    # ------------------------------------------------------------ biomedical
    {
        "field": "biomedical",
        "title": "HeronSeg: Revisiting Large-Kernel 3D Convolutions for Multi-Organ CT Segmentation",
        "text": (
            "Transformer-based and Mamba-based networks have been reported to surpass nnU-Net on 3D medical image "
            "segmentation, yet several recent audits attribute much of that gain to weak baselines. We introduce "
            "HeronSeg, a purely convolutional encoder-decoder with 21×21×21 depth-wise kernels decomposed into three "
            "axial passes, trained inside the nnU-Net framework with unchanged preprocessing and a 1000-epoch "
            "schedule. Across five-fold cross-validation, HeronSeg reaches a mean Dice similarity coefficient (DSC) "
            "of 84.9% on BTCV (13 organs), 90.1% on AMOS-CT and 93.6% on the KiTS23 kidney region, while the "
            "strongest baseline, nnU-Net ResEnc-L, reaches 83.7%, 89.4% and 93.2%, respectively. Improvements on "
            "BTCV and AMOS-CT are significant under a Wilcoxon signed-rank test (p < 0.001 and p = 0.004); on KiTS23 "
            "they are not (p = 0.18). The 95th-percentile Hausdorff distance (HD95) on AMOS-CT falls from 8.7 mm to "
            "6.9 mm, largely because of fewer false positives around the pancreas and duodenum. Swin UNETR and "
            "U-Mamba trail HeronSeg by 2.6 and 1.9 DSC points on BTCV. HeronSeg uses 47M parameters and 612 GFLOPs "
            "per 128×128×128 patch, 38% fewer FLOPs than MedNeXt-L, and trains in 41 hours on one A100. Code and "
            "trained weights are available."
        ),
        "spans": [
            ("HeronSeg", "M"), ("Multi-Organ CT Segmentation", "T"), ("Transformer", "M"), ("Mamba", "M"),
            ("nnU-Net", "M"), ("medical image segmentation", "T"), ("mean Dice similarity coefficient", "X"),
            ("DSC", "X"), ("BTCV", "D"), ("AMOS-CT", "D"), ("KiTS23", "D"), ("nnU-Net ResEnc-L", "M"),
            ("95th-percentile Hausdorff distance", "X"), ("HD95", "X"), ("Swin UNETR", "M"), ("U-Mamba", "M"),
            ("GFLOPs", "X"), ("FLOPs", "X"), ("MedNeXt-L", "M"),
        ],
        "results": [
            ("mean Dice similarity coefficient (DSC) of 84.9%", "mean Dice similarity coefficient", 84.9, "%", "BTCV", "HeronSeg"),
            ("90.1% on AMOS-CT", "mean Dice similarity coefficient", 90.1, "%", "AMOS-CT", "HeronSeg"),
            ("93.6% on the KiTS23", "mean Dice similarity coefficient", 93.6, "%", "KiTS23", "HeronSeg"),
            ("83.7%", "mean Dice similarity coefficient", 83.7, "%", "BTCV", "nnU-Net ResEnc-L"),
            ("89.4%", "mean Dice similarity coefficient", 89.4, "%", "AMOS-CT", "nnU-Net ResEnc-L"),
            ("93.2%", "mean Dice similarity coefficient", 93.2, "%", "KiTS23", "nnU-Net ResEnc-L"),
            ("95th-percentile Hausdorff distance (HD95) on AMOS-CT falls from 8.7 mm to 6.9 mm", "HD95", 6.9, "mm", "AMOS-CT", None),
            ("by 2.6", "DSC", 2.6, "points", "BTCV", "Swin UNETR"),
            ("1.9 DSC points", "DSC", 1.9, "points", "BTCV", "U-Mamba"),
            ("47M parameters", "parameters", 47, "M", None, "HeronSeg"),
            ("612 GFLOPs", "FLOPs", 612, "G", None, "HeronSeg"),
            ("38% fewer FLOPs", "FLOPs reduction", 38, "%", None, "HeronSeg"),
            ("trains in 41 hours", "training time", 41, "h", None, "HeronSeg"),
        ],
    },
    {
        "field": "biomedical",
        "title": "EbbQuant: Domain-Calibrated 3-Bit Quantization of Medical Large Language Models",
        "text": (
            "Hospitals that want to run medical large language models (LLMs) on premises are often limited to a "
            "single workstation GPU, which rules out 70B-parameter models at 16-bit precision. Post-training "
            "quantization helps, but general-purpose methods such as GPTQ and AWQ calibrate on web text and, as we "
            "show, lose disproportionate accuracy on questions that hinge on drug doses, laboratory ranges and rare "
            "eponyms. EbbQuant calibrates on 512 de-identified clinical notes and PubMed abstracts, keeps the outlier "
            "channels of the attention and feed-forward projections in 8 bits, and quantizes the remaining weights to "
            "3 bits with a Hessian-aware rounding step. We apply it to Meditron-70B and Llama-3-70B-Instruct and "
            "evaluate on MedQA (USMLE, 4 options), MedMCQA, PubMedQA and the six clinical subsets of MMLU. At 3 bits, "
            "EbbQuant-compressed Llama-3-70B-Instruct retains 97.6% of its FP16 average accuracy across the four "
            "benchmarks, compared with 91.2% for GPTQ and 93.5% for AWQ. On MedQA, the EbbQuant model reaches 76.8% "
            "accuracy, 1.9 points below the FP16 model, while GPTQ loses 6.4 points. The gap is largest for dosage "
            "questions, where the accuracy of GPTQ falls to 58.3%. The quantized model has a memory footprint of "
            "29 GB, fits on one 48 GB GPU and generates 14.2 tokens per second, 2.6× the throughput of FP16 "
            "inference with CPU offloading. Quantizing a 70B model takes 3.1 hours. In a blinded review of 150 "
            "answers by two physicians, the FP16 and 3-bit models were judged equally safe in 88% of cases."
        ),
        "spans": [
            ("EbbQuant", "M"), ("Quantization", "M"), ("Large Language Models", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("Post-training quantization", "M"), ("GPTQ", "M"),
            ("AWQ", "M"), ("PubMed", "D"), ("Meditron-70B", "M"), ("Llama-3-70B-Instruct", "M"), ("MedQA", "D"),
            ("USMLE", "D"), ("MedMCQA", "D"), ("PubMedQA", "D"), ("MMLU", "D"), ("average accuracy", "X"),
            ("accuracy", "X"), ("memory footprint", "X"), ("tokens per second", "X"),
            ("throughput", "X"),
        ],
        "results": [
            ("retains 97.6% of its FP16 average accuracy", "relative average accuracy", 97.6, "%", None, "EbbQuant"),
            ("91.2% for GPTQ", "relative average accuracy", 91.2, "%", None, "GPTQ"),
            ("93.5% for AWQ", "relative average accuracy", 93.5, "%", None, "AWQ"),
            ("76.8% accuracy", "accuracy", 76.8, "%", "MedQA", "EbbQuant"),
            ("1.9 points below the FP16 model", "accuracy", 1.9, "points", "MedQA", "EbbQuant"),
            ("GPTQ loses 6.4 points", "accuracy", 6.4, "points", "MedQA", "GPTQ"),
            ("accuracy of GPTQ falls to 58.3%", "accuracy", 58.3, "%", None, "GPTQ"),
            ("memory footprint of 29 GB", "memory footprint", 29, "GB", None, None),
            ("14.2 tokens per second", "throughput", 14.2, "tokens/s", None, None),
            ("2.6× the throughput", "throughput", 2.6, "×", None, None),
            ("takes 3.1 hours", "quantization time", 3.1, "h", None, None),
            ("equally safe in 88% of cases", "tie rate", 88, "%", None, None),
        ],
    },
    {
        "field": "biomedical",
        "title": "GyroBind: SE(3)-Equivariant Pocket Graphs for Drug–Target Affinity Prediction",
        "text": (
            "Predicting drug–target binding affinity is a key step in virtual screening. Sequence-based models such "
            "as DeepDTA and GraphDTA ignore binding-site geometry, while structure-based models need experimental "
            "complexes that most targets lack. GyroBind predicts pocket structures with AlphaFold2, encodes them "
            "with an SE(3)-equivariant graph neural network (EGNN), and fuses the result with ESM-2 protein "
            "embeddings and ligand graphs through cross-attention. On Davis, GyroBind attains a mean squared error "
            "(MSE) of 0.198 and a concordance index (CI) of 0.912; on KIBA, an MSE of 0.129 and a CI of 0.904. The "
            "best prior sequence-based model, MGraphDTA, scores 0.207 and 0.900 on Davis. Under the cold-target "
            "split of Davis, where test proteins are unseen in training, GyroBind raises CI from 0.71 to 0.76 and "
            "outperforms GraphDTA by 9.3% in Pearson's r. On the PDBbind v2020 core set (CASF-2016, 285 complexes), "
            "GyroBind reaches a Pearson's r of 0.846 and an RMSE of 1.18 pK units, within 0.02 in Pearson's r of the "
            "structure-based TankBind despite using no crystal structures. Five seeds were run; standard deviations "
            "are below 0.004 on all metrics. Inference costs 0.9 s per protein–ligand pair on one V100, 6.3× faster "
            "than docking with AutoDock Vina."
        ),
        "spans": [
            ("GyroBind", "M"), ("Drug–Target Affinity Prediction", "T"), ("virtual screening", "T"),
            ("DeepDTA", "M"), ("GraphDTA", "M"), ("AlphaFold2", "M"),
            ("SE(3)-equivariant graph neural network", "M"), ("EGNN", "M"), ("ESM-2", "M"),
            ("cross-attention", "M"), ("Davis", "D"), ("KIBA", "D"), ("mean squared error", "X"), ("MSE", "X"),
            ("concordance index", "X"), ("CI", "X"), ("MGraphDTA", "M"), ("Pearson's r", "X"),
            ("PDBbind v2020", "D"), ("CASF-2016", "D"), ("RMSE", "X"), ("TankBind", "M"), ("docking", "M"),
            ("AutoDock Vina", "M"),
        ],
        "results": [
            ("mean squared error (MSE) of 0.198", "MSE", 0.198, None, "Davis", "GyroBind"),
            ("concordance index (CI) of 0.912", "CI", 0.912, None, "Davis", "GyroBind"),
            ("MSE of 0.129", "MSE", 0.129, None, "KIBA", "GyroBind"),
            ("CI of 0.904", "CI", 0.904, None, "KIBA", "GyroBind"),
            ("0.207", "MSE", 0.207, None, "Davis", "MGraphDTA"),
            ("0.900", "CI", 0.900, None, "Davis", "MGraphDTA"),
            ("CI from 0.71 to 0.76", "CI", 0.76, None, "Davis", "GyroBind"),
            ("by 9.3% in Pearson's r", "Pearson's r", 9.3, "%", "Davis", "GyroBind"),
            ("Pearson's r of 0.846", "Pearson's r", 0.846, None, "CASF-2016", "GyroBind"),
            ("RMSE of 1.18 pK units", "RMSE", 1.18, "pK", "CASF-2016", "GyroBind"),
            ("within 0.02 in Pearson's r", "Pearson's r", 0.02, None, "CASF-2016", "GyroBind"),
            ("Inference costs 0.9 s", "inference time", 0.9, "s", None, None),
            ("6.3× faster", "speed-up", 6.3, "×", None, None),
        ],
    },
    {
        "field": "biomedical",
        "title": "ElderScribe: Longitudinal Radiology Report Generation with Prior-Study Retrieval",
        "text": (
            "Radiologists read a chest X-ray against the patient's prior studies, but most report generation models "
            "see one image at a time and hallucinate statements about change (\"new\", \"unchanged\", \"worsening\"). "
            "ElderScribe retrieves up to three prior studies of the same patient, aligns them to the current image "
            "with a deformable registration head, and feeds the difference features to a LLaVA-style decoder "
            "initialised from Vicuna-7B. We train on MIMIC-CXR (about 270k studies) and evaluate on its official "
            "test split and on the Longitudinal-MIMIC subset, with IU X-Ray as an external test set. On MIMIC-CXR, "
            "ElderScribe obtains BLEU-4, ROUGE-L and METEOR of 0.142, 0.301 and 0.176, respectively, and a CheXbert "
            "F1 (micro-averaged over 14 observations) of 0.558, improving clinical efficacy over MAIRA-2 by 3.9 "
            "points. RadGraph F1 rises from 0.267 for R2GenGPT to 0.312. On Longitudinal-MIMIC, temporal-statement "
            "accuracy reaches 71.4% versus 58.0% for the single-image ablation, and the hallucinated-comparison rate "
            "drops by 44%. Without fine-tuning, ElderScribe reaches a CheXbert F1 of 0.497 on IU X-Ray. Two "
            "board-certified radiologists preferred ElderScribe's reports to those of MAIRA-2 in 62% of 200 paired "
            "comparisons."
        ),
        "spans": [
            ("ElderScribe", "M"), ("Longitudinal Radiology Report Generation", "T"), ("report generation", "T"),
            ("LLaVA", "M"), ("Vicuna-7B", "M"), ("MIMIC-CXR", "D"), ("Longitudinal-MIMIC", "D"),
            ("IU X-Ray", "D"), ("BLEU-4", "X"), ("ROUGE-L", "X"), ("METEOR", "X"), ("CheXbert F1", "X"),
            ("clinical efficacy", "X"), ("MAIRA-2", "M"), ("RadGraph F1", "X"), ("R2GenGPT", "M"),
            ("temporal-statement accuracy", "X"), ("hallucinated-comparison rate", "X"),
        ],
        "results": [
            ("0.142", "BLEU-4", 0.142, None, "MIMIC-CXR", "ElderScribe"),
            ("0.301", "ROUGE-L", 0.301, None, "MIMIC-CXR", "ElderScribe"),
            ("0.176", "METEOR", 0.176, None, "MIMIC-CXR", "ElderScribe"),
            ("CheXbert F1 (micro-averaged over 14 observations) of 0.558", "CheXbert F1", 0.558, None, "MIMIC-CXR", "ElderScribe"),
            ("improving clinical efficacy over MAIRA-2 by 3.9 points", "clinical efficacy", 3.9, "points", "MIMIC-CXR", "ElderScribe"),
            ("RadGraph F1 rises from 0.267", "RadGraph F1", 0.267, None, None, "R2GenGPT"),
            ("to 0.312", "RadGraph F1", 0.312, None, None, None),
            ("temporal-statement accuracy reaches 71.4%", "temporal-statement accuracy", 71.4, "%", "Longitudinal-MIMIC", None),
            ("58.0%", "temporal-statement accuracy", 58.0, "%", "Longitudinal-MIMIC", None),
            ("hallucinated-comparison rate drops by 44%", "hallucinated-comparison rate reduction", 44, "%", "Longitudinal-MIMIC", None),
            ("CheXbert F1 of 0.497", "CheXbert F1", 0.497, None, "IU X-Ray", "ElderScribe"),
            ("in 62% of 200 paired comparisons", "win rate", 62, "%", None, "ElderScribe"),
        ],
    },
    {
        "field": "biomedical",
        "title": "Ferrowave: Self-Supervised ECG Pretraining Beats Supervised Baselines on 19 of 23 PTB-XL Tasks",
        "text": (
            "Models for ECG interpretation are usually trained from scratch for each label set, even though large "
            "unlabelled archives of 12-lead recordings exist. We pretrain Ferrowave, a 90M-parameter Transformer over "
            "patches of 12-lead signals, on 2.1 million recordings from MIMIC-IV-ECG and the Chapman-Shaoxing and "
            "Ningbo databases, combining masked signal modelling with a contrastive objective across leads. We then "
            "fine-tune it on the PTB-XL benchmark, which defines 23 tasks spanning diagnostic superclasses, "
            "subclasses, form and rhythm statements. Ferrowave obtains a macro-AUROC of 0.936 on the 71-label 'all "
            "statements' task of PTB-XL, compared with 0.925 for xresnet1d101 and 0.930 for ECG-FM, and outperforms "
            "the supervised baselines on 19 of the 23 tasks. On rhythm classification, Ferrowave's macro-AUROC is "
            "0.968 (±0.003 over five runs). Label efficiency is the clearer advantage: fine-tuned on 10% of the "
            "PTB-XL training folds, Ferrowave keeps 98.1% of its full-data macro-AUROC, whereas xresnet1d101 keeps "
            "93.4%. For atrial fibrillation detection on the external CPSC2018 set, Ferrowave reaches an F1 score of "
            "0.912 without any target-site labels. We caution that PTB-XL labels were derived partly from automated "
            "interpretation, and that gains of this size (0.006–0.011 AUROC) are within the variance that some prior "
            "work reports for repeated fine-tuning runs. Pretraining required 1,150 GPU-hours."
        ),
        "spans": [
            ("Ferrowave", "M"), ("PTB-XL", "D"), ("ECG interpretation", "T"), ("Transformer", "M"),
            ("MIMIC-IV-ECG", "D"), ("Chapman-Shaoxing", "D"), ("Ningbo", "D"), ("masked signal modelling", "M"),
            ("macro-AUROC", "X"), ("xresnet1d101", "M"), ("ECG-FM", "M"), ("rhythm classification", "T"),
            ("atrial fibrillation detection", "T"), ("CPSC2018", "D"), ("F1 score", "X"), ("AUROC", "X"),
        ],
        "results": [
            ("macro-AUROC of 0.936", "macro-AUROC", 0.936, None, "PTB-XL", "Ferrowave"),
            ("0.925 for xresnet1d101", "macro-AUROC", 0.925, None, "PTB-XL", "xresnet1d101"),
            ("0.930 for ECG-FM", "macro-AUROC", 0.930, None, "PTB-XL", "ECG-FM"),
            ("outperforms the supervised baselines on 19 of the 23 tasks", "tasks won", 19, None, None, "Ferrowave"),
            ("macro-AUROC is 0.968", "macro-AUROC", 0.968, None, None, "Ferrowave"),
            ("keeps 98.1% of its full-data macro-AUROC", "relative macro-AUROC", 98.1, "%", "PTB-XL", "Ferrowave"),
            ("keeps 93.4%", "relative macro-AUROC", 93.4, "%", "PTB-XL", "xresnet1d101"),
            ("F1 score of 0.912", "F1 score", 0.912, None, "CPSC2018", "Ferrowave"),
            ("0.006–0.011 AUROC", "AUROC", 0.011, None, None, None, {"low": 0.006}),
            ("required 1,150 GPU-hours", "pretraining time", 1150, "GPU-hours", None, None),
        ],
        "title_results": [
            ("19 of 23 PTB-XL Tasks", "tasks won", 19, None, "PTB-XL", "Ferrowave"),
        ],
    },
]
