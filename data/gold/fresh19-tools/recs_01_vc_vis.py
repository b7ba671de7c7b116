"""fresh19 records: voice-conversion (6) and video-instance-segmentation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["RzTimbra", "RzCantora", "RzVoxen", "RzPhonel", "RzMelwise", "RzVeilon",
          "RzTrackle", "RzVisora", "RzQuerix", "Rzhalde", "RzSeam", "RzMaskette", "RzOmnitrack"]

DP = {"punct": True}

RECS = [
    # ------------------------------------------------------------ voice-conversion
    {
        "field": "voice-conversion",
        "title": "RzTimbra: Timbre-Disentangled Flow Matching for Zero-Shot Any-to-Any Voice Conversion",
        "text": (
            "Zero-shot voice conversion aims to render speech from an arbitrary source speaker in the voice of a "
            "target speaker heard only in a few seconds of reference audio. Recent systems built on self-supervised "
            "features, such as kNN-VC and FreeVC, retain residual source timbre in their content representations, "
            "while diffusion models such as DDDM-VC are slow at inference. We propose RzTimbra, a converter that "
            "extracts content from WavLM-Large features passed through a learned perturbation bottleneck and "
            "generates mel-spectrograms with conditional flow matching, conditioned on a timbre prompt encoded by a "
            "small speaker adapter. A BigVGAN vocoder produces the waveform. Trained on 585 hours of LibriTTS, "
            "RzTimbra is evaluated on unseen speakers from VCTK and LibriSpeech test-clean. On VCTK, RzTimbra reaches "
            "a speaker similarity (SECS) of 0.873, a word error rate (WER) of 2.41% and a UTMOS of 4.12, against "
            "0.812, 3.07% and 3.86 for FreeVC and 0.845, 5.62% and 3.71 for kNN-VC. In subjective tests, RzTimbra "
            "obtains a naturalness MOS of 4.21 \u00b1 0.07 and a similarity MOS (SMOS) of 3.94. On LibriSpeech "
            "test-clean, RzTimbra improves SECS by 0.041 over DDDM-VC and lowers WER from 4.8% to 2.9%. With 8 "
            "sampling steps, the real-time factor (RTF) is 0.031 on a single GPU, 6.4\u00d7 faster than DDDM-VC. "
            "Ablations show that the perturbation bottleneck accounts for most of the similarity gain, while flow "
            "matching mainly improves naturalness."
        ),
        "spans": [
            ("RzTimbra", "M"), ("Flow Matching", "M"), ("Zero-Shot Any-to-Any Voice Conversion", "T"),
            ("Zero-shot voice conversion", "T"), ("kNN-VC", "M"), ("FreeVC", "M"), ("diffusion models", "M"),
            ("DDDM-VC", "M"), ("WavLM-Large", "M"), ("conditional flow matching", "M"), ("flow matching", "M"),
            ("BigVGAN", "M"), ("LibriTTS", "D"), ("VCTK", "D"), ("LibriSpeech test-clean", "D"),
            ("speaker similarity", "X"), ("SECS", "X"), ("word error rate", "X"), ("WER", "X"), ("UTMOS", "X"),
            ("naturalness MOS", "X"), ("similarity MOS", "X"), ("SMOS", "X"), ("real-time factor", "X"),
            ("RTF", "X"),
        ],
        "results": [
            ("speaker similarity (SECS) of 0.873", "SECS", 0.873, None, "VCTK", "RzTimbra"),
            ("word error rate (WER) of 2.41%", "WER", 2.41, "%", "VCTK", "RzTimbra"),
            ("UTMOS of 4.12", "UTMOS", 4.12, None, "VCTK", "RzTimbra"),
            ("0.812", "SECS", 0.812, None, "VCTK", "FreeVC"),
            ("3.07%", "WER", 3.07, "%", "VCTK", "FreeVC"),
            ("3.86", "UTMOS", 3.86, None, "VCTK", "FreeVC"),
            ("0.845", "SECS", 0.845, None, "VCTK", "kNN-VC"),
            ("5.62%", "WER", 5.62, "%", "VCTK", "kNN-VC"),
            ("3.71", "UTMOS", 3.71, None, "VCTK", "kNN-VC"),
            ("naturalness MOS of 4.21", "naturalness MOS", 4.21, None, None, "RzTimbra"),
            ("similarity MOS (SMOS) of 3.94", "SMOS", 3.94, None, None, "RzTimbra"),
            ("improves SECS by 0.041", "SECS", 0.041, None, "LibriSpeech test-clean", "RzTimbra"),
            ("WER from 4.8% to 2.9%", "WER", 2.9, "%", "LibriSpeech test-clean", "RzTimbra"),
            ("real-time factor (RTF) is 0.031", "RTF", 0.031, None, None, None),
            ("6.4\u00d7 faster", "speed-up", 6.4, "\u00d7", None, None),
        ],
    },
    {
        "field": "voice-conversion",
        "title": "RzCantora: Pitch-Robust Zero-Shot Singing Voice Conversion for Unseen Singers",
        "text": (
            "Singing voice conversion (SVC) transforms the voice of one singer into that of another while keeping "
            "lyrics and melody intact. Compared with speech, singing spans a wider pitch range and longer vowels, and "
            "zero-shot SVC systems such as so-vits-svc variants or DiffSVC often produce pitch glitches and timbre "
            "leakage for singers unseen during training. We present RzCantora, which represents content with "
            "ContentVec units, conditions on a continuous F0 contour extracted with RMVPE, and predicts EnCodec "
            "acoustic tokens with a masked generative Transformer prompted by a short clip of the target singer. "
            "Randomly shifting the pitch of training inputs by up to an octave decouples register from timbre. We "
            "train on OpenSinger, M4Singer and 300 hours of in-house karaoke recordings, and evaluate on the NUS-48E "
            "and Opencpop test sets as well as on the in-domain and cross-domain tasks of the Singing Voice "
            "Conversion Challenge 2023 (SVCC 2023). Across unseen singers, RzCantora attains an F0 RMSE of 18.7 Hz "
            "and a mel-cepstral distortion (MCD) of 6.12 dB, whereas DiffSVC reaches 27.3 Hz and 6.85 dB. Listening "
            "tests on SVCC 2023 give RzCantora a naturalness MOS of 3.87 and a similarity MOS of 3.62 in the "
            "cross-domain task, compared with 3.41 and 3.18 for the top-ranked challenge system. Without the random "
            "pitch shifts, F0 RMSE rises by 31%, and most of the errors concentrate on sustained high notes. Audio "
            "samples and the evaluation lists are available online."
        ),
        "spans": [
            ("RzCantora", "M"), ("Zero-Shot Singing Voice Conversion", "T"), ("Singing voice conversion", "T"),
            ("SVC", "T"), ("zero-shot SVC", "T"), ("so-vits-svc", "M"), ("DiffSVC", "M"), ("ContentVec", "M"),
            ("RMVPE", "M"), ("EnCodec", "M"), ("masked generative Transformer", "M"), ("OpenSinger", "D"),
            ("M4Singer", "D"), ("NUS-48E", "D"), ("Opencpop", "D"),
            ("Singing Voice Conversion Challenge 2023", "D"), ("SVCC 2023", "D"), ("F0 RMSE", "X"),
            ("mel-cepstral distortion", "X"), ("MCD", "X"), ("naturalness MOS", "X"), ("similarity MOS", "X"),
        ],
        "results": [
            ("F0 RMSE of 18.7 Hz", "F0 RMSE", 18.7, "Hz", None, "RzCantora"),
            ("mel-cepstral distortion (MCD) of 6.12 dB", "MCD", 6.12, "dB", None, "RzCantora"),
            ("27.3 Hz", "F0 RMSE", 27.3, "Hz", None, "DiffSVC"),
            ("6.85 dB", "MCD", 6.85, "dB", None, "DiffSVC"),
            ("naturalness MOS of 3.87", "naturalness MOS", 3.87, None, "SVCC 2023", "RzCantora"),
            ("similarity MOS of 3.62", "similarity MOS", 3.62, None, "SVCC 2023", "RzCantora"),
            ("3.41", "naturalness MOS", 3.41, None, "SVCC 2023", None),
            ("3.18", "similarity MOS", 3.18, None, "SVCC 2023", None),
            ("F0 RMSE rises by 31%", "F0 RMSE", 31, "%", None, None),
        ],
    },
    {
        "field": "voice-conversion",
        "title": "RzVoxen: A Causal Distilled Converter for Real-Time Streaming Voice Conversion on CPUs",
        "text": (
            "Real-time voice conversion for calls, live streaming and games requires causal processing with low "
            "delay, a constraint that most high-quality any-to-any converters ignore. We introduce RzVoxen, a "
            "streaming converter whose causal content encoder is distilled from HuBERT-Base soft units, combined with "
            "a speaker embedding from ECAPA-TDNN and a causal HiFi-GAN-style decoder that operates directly on 20 ms "
            "frames. A knowledge distillation stage transfers the behaviour of a non-causal teacher, and int8 "
            "quantization keeps the final 7.6M-parameter model small enough for commodity processors. On VCTK with "
            "unseen target speakers, RzVoxen achieves a speaker similarity of 0.81 and a CER of 3.4% at an "
            "end-to-end latency of 58 ms, whereas StreamVoice reaches 0.83 and 2.9% but needs a GPU and 124 ms. "
            "Compared with the streaming model DualVC 2, RzVoxen lowers CER by 1.2 points and improves UTMOS from "
            "3.52 to 3.78. On a single core of a laptop CPU, the real-time factor is 0.24, and the memory footprint "
            "stays below 60 MB. In a listening test with 24 raters, RzVoxen obtains a MUSHRA score of 71.3, against "
            "74.9 for the offline teacher and 62.0 for a causal FreeVC. We further show that the converter tolerates "
            "packet loss of up to 10% with a CER increase under 0.5 points, which makes it usable over unreliable "
            "networks."
        ),
        "spans": [
            ("RzVoxen", "M"), ("Voice Conversion", "T"), ("voice conversion", "T"), ("HuBERT-Base", "M"),
            ("ECAPA-TDNN", "M"), ("HiFi-GAN", "M"), ("knowledge distillation", "M"), ("quantization", "M"),
            ("VCTK", "D"), ("speaker similarity", "X"), ("CER", "X"), ("end-to-end latency", "X"),
            ("StreamVoice", "M"), ("DualVC 2", "M"), ("UTMOS", "X"), ("real-time factor", "X"),
            ("memory footprint", "X"), ("MUSHRA score", "X"), ("FreeVC", "M"),
        ],
        "results": [
            ("speaker similarity of 0.81", "speaker similarity", 0.81, None, "VCTK", "RzVoxen"),
            ("CER of 3.4%", "CER", 3.4, "%", "VCTK", "RzVoxen"),
            ("end-to-end latency of 58 ms", "end-to-end latency", 58, "ms", "VCTK", "RzVoxen"),
            ("0.83", "speaker similarity", 0.83, None, "VCTK", "StreamVoice"),
            ("2.9%", "CER", 2.9, "%", "VCTK", "StreamVoice"),
            ("124 ms", "end-to-end latency", 124, "ms", "VCTK", "StreamVoice"),
            ("lowers CER by 1.2 points", "CER", 1.2, "points", None, "RzVoxen"),
            ("UTMOS from 3.52 to 3.78", "UTMOS", 3.78, None, None, "RzVoxen"),
            ("real-time factor is 0.24", "real-time factor", 0.24, None, None, None),
            ("memory footprint stays below 60 MB", "memory footprint", 60, "MB", None, None),
            ("MUSHRA score of 71.3", "MUSHRA score", 71.3, None, None, "RzVoxen"),
            ("74.9", "MUSHRA score", 74.9, None, None, None),
            ("62.0", "MUSHRA score", 62.0, None, None, "FreeVC"),
            ("CER increase under 0.5 points", "CER", 0.5, "points", None, None),
        ],
    },
    {
        "field": "voice-conversion",
        "title": "RzPhonel: Language-Agnostic Content Units for Cross-Lingual Zero-Shot Voice Conversion",
        "text": (
            "Cross-lingual voice conversion, where source and target speakers do not share a language, exposes a "
            "weakness of converters trained mostly on English read speech: their content features entangle accent "
            "and phonotactics with speaker identity, so converted speech either keeps the source accent or drifts "
            "toward the target language. We propose RzPhonel, which learns language-agnostic content units by "
            "applying vector quantization to multilingual XLS-R features and training the codebook adversarially "
            "against a language classifier through a gradient reversal layer. The decoder is a Transformer followed "
            "by a Vocos vocoder, conditioned on prosody-normalised target prompts of three seconds. We train on the "
            "multilingual subset of Emilia and evaluate on an English, Mandarin and Japanese cross-lingual protocol "
            "built from VCTK, AISHELL-3 and JVS, together with speakers from Multilingual LibriSpeech. Human raters "
            "preferred RzPhonel over Seed-VC in 64% of pairwise comparisons of speaker similarity, while the two "
            "systems were rated equally natural. Automatic metrics agree: RzPhonel reaches the highest speaker "
            "similarity on 5 of the 6 language pairs, and its CER on Mandarin targets falls to 4.2%, against 6.9% "
            "for the strongest baseline. Linear probes show that RzPhonel units carry almost no information about "
            "the source language, which also makes them useful for accent conversion without parallel data. We "
            "release code, checkpoints and the cross-lingual test lists to encourage comparable evaluation."
        ),
        "spans": [
            ("RzPhonel", "M"), ("Cross-Lingual Zero-Shot Voice Conversion", "T"),
            ("Cross-lingual voice conversion", "T"), ("vector quantization", "M"), ("XLS-R", "M"),
            ("gradient reversal layer", "M"), ("Transformer", "M"), ("Vocos", "M"), ("Emilia", "D"),
            ("VCTK", "D"), ("AISHELL-3", "D"), ("JVS", "D"), ("Multilingual LibriSpeech", "D"), ("Seed-VC", "M"),
            ("speaker similarity", "X"), ("CER", "X"), ("accent conversion", "T"),
        ],
        "results": [
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "RzPhonel"),
            ("highest speaker similarity on 5 of the 6 language pairs", "language pairs ranked first", 5, None,
             None, "RzPhonel"),
            ("CER on Mandarin targets falls to 4.2%", "CER", 4.2, "%", None, "RzPhonel"),
            ("6.9%", "CER", 6.9, "%", None, None),
        ],
    },
    {
        "field": "voice-conversion",
        "title": "RzMelwise: One Diffusion Transformer for Zero-Shot Conversion of Both Speech and Singing",
        "text": (
            "Speech and singing voice conversion are usually handled by separate models, because singing demands "
            "accurate pitch tracking over a far wider range while speech conversion benefits from large, diverse "
            "corpora. We present RzMelwise, a single Diffusion Transformer (DiT) that converts both, conditioned on "
            "Whisper encoder features for content, a quantised F0 sequence for melody and a reference mel-spectrogram "
            "for timbre. A shared timbre shifter perturbs the source voice during training so that the model cannot "
            "copy timbre from the content stream. Trained jointly on LibriTTS-R and 120 hours of singing from "
            "OpenSinger, M4Singer and Opencpop, RzMelwise is tested for speech on VCTK and LibriTTS test-clean and "
            "for singing on NUS-48E and the SVCC 2023 evaluation set. On these four sets, RzMelwise achieves speaker "
            "similarity scores of 0.862, 0.847, 0.811 and 0.796, respectively, exceeding the separately trained "
            "Seed-VC speech and singing models by 0.012 to 0.035. RzMelwise also keeps speech intelligible, with a "
            "WER of 2.8% on VCTK versus 3.1% for Seed-VC, and on NUS-48E its F0 Pearson correlation (FPC) reaches "
            "0.953 (Seed-VC: 0.941). With 10 reverse diffusion steps and a 98M-parameter backbone, RzMelwise runs at "
            "an RTF of 0.12 on a consumer GPU. The joint model costs little: removing the speech data lowers speaker "
            "similarity on NUS-48E by only 0.004, while removing the singing data raises WER on VCTK by 0.6 points."
        ),
        "spans": [
            ("RzMelwise", "M"), ("Diffusion Transformer", "M"), ("singing voice conversion", "T"),
            ("speech conversion", "T"), ("DiT", "M"), ("Whisper", "M"), ("LibriTTS-R", "D"), ("OpenSinger", "D"),
            ("M4Singer", "D"), ("Opencpop", "D"), ("VCTK", "D"), ("LibriTTS test-clean", "D"), ("NUS-48E", "D"),
            ("SVCC 2023", "D"), ("speaker similarity", "X"), ("Seed-VC", "M"), ("WER", "X"),
            ("F0 Pearson correlation", "X"), ("FPC", "X"), ("RTF", "X"),
        ],
        "results": [
            ("0.862", "speaker similarity", 0.862, None, "VCTK", "RzMelwise"),
            ("0.847", "speaker similarity", 0.847, None, "LibriTTS test-clean", "RzMelwise"),
            ("0.811", "speaker similarity", 0.811, None, "NUS-48E", "RzMelwise"),
            ("0.796", "speaker similarity", 0.796, None, "SVCC 2023", "RzMelwise"),
            ("by 0.012 to 0.035", "speaker similarity", 0.035, None, None, "RzMelwise", {"low": 0.012}),
            ("WER of 2.8%", "WER", 2.8, "%", "VCTK", "RzMelwise"),
            ("3.1%", "WER", 3.1, "%", "VCTK", "Seed-VC"),
            ("F0 Pearson correlation (FPC) reaches 0.953", "FPC", 0.953, None, "NUS-48E", "RzMelwise"),
            ("0.941", "FPC", 0.941, None, "NUS-48E", "Seed-VC"),
            ("RTF of 0.12", "RTF", 0.12, None, None, "RzMelwise"),
            ("speaker similarity on NUS-48E by only 0.004", "speaker similarity", 0.004, None, "NUS-48E", None),
            ("WER on VCTK by 0.6 points", "WER", 0.6, "points", "VCTK", None),
        ],
    },
    {
        "field": "voice-conversion",
        "title": "RzVeilon: Voice Conversion with Pseudo-Speaker Sampling for Emotion-Preserving Speaker Anonymization",
        "text": (
            "Speaker anonymization hides the identity of a speaker while keeping the linguistic and paralinguistic "
            "content of an utterance usable for downstream processing. Anonymization systems built on voice "
            "conversion, including many of those submitted to the VoicePrivacy 2024 Challenge, tend to flatten "
            "prosody and therefore destroy emotional cues. We propose RzVeilon, an anonymization system that "
            "converts speech to a pseudo-speaker sampled from a normalizing flow fitted to WavLM speaker embeddings, "
            "and that passes an explicit, speaker-normalised energy and pitch stream to the decoder so that "
            "expressive prosody survives. Following the challenge protocol, privacy is measured by the equal error "
            "rate (EER) of a semi-informed ECAPA-TDNN attacker retrained on anonymized LibriSpeech train-clean-360, "
            "and utility by the WER of an ASR model on LibriSpeech test-clean and by the unweighted average recall "
            "(UAR) of an emotion classifier on IEMOCAP. RzVeilon reaches an EER of 41.8% and a WER of 3.05%, and "
            "keeps the UAR at 62.4%, compared with 39.2%, 3.95% and 45.1% for the challenge's B5 baseline and "
            "36.7%, 2.71% and 56.9% for the best-performing challenge submission. Conversion runs with a real-time "
            "factor of 0.018 on a single GPU, and a listening test confirms that anonymized speech remains natural "
            "(MOS 3.9 vs. 4.0 for the original recordings). These results suggest that privacy and emotional "
            "expressiveness need not be traded against each other."
        ),
        "spans": [
            ("RzVeilon", "M"), ("Voice Conversion", "T"), ("Speaker Anonymization", "T"),
            ("Speaker anonymization", "T"), ("voice conversion", "T"), ("VoicePrivacy 2024 Challenge", "D"),
            ("normalizing flow", "M"), ("WavLM", "M"), ("equal error rate", "X"), ("EER", "X"),
            ("ECAPA-TDNN", "M"), ("LibriSpeech train-clean-360", "D"), ("WER", "X"), ("ASR", "T"),
            ("LibriSpeech test-clean", "D"), ("unweighted average recall", "X"), ("UAR", "X"), ("IEMOCAP", "D"),
            ("B5", "M"), ("real-time factor", "X"), ("MOS", "X"),
        ],
        "results": [
            ("EER of 41.8%", "EER", 41.8, "%", None, "RzVeilon"),
            ("WER of 3.05%", "WER", 3.05, "%", None, "RzVeilon"),
            ("UAR at 62.4%", "UAR", 62.4, "%", None, "RzVeilon"),
            ("39.2%", "EER", 39.2, "%", None, "B5"),
            ("3.95%", "WER", 3.95, "%", None, "B5"),
            ("45.1%", "UAR", 45.1, "%", None, "B5"),
            ("36.7%", "EER", 36.7, "%", None, None),
            ("2.71%", "WER", 2.71, "%", None, None),
            ("56.9%", "UAR", 56.9, "%", None, None),
            ("real-time factor of 0.018", "real-time factor", 0.018, None, None, None),
            ("MOS 3.9", "MOS", 3.9, None, None, None),
            ("4.0", "MOS", 4.0, None, None, None),
        ],
    },
    # ------------------------------------------------------------ video-instance-segmentation
    {
        "field": "video-instance-segmentation",
        "title": "RzTrackle: Decoupled Query Propagation with Long-Term Memory for Online Video Instance Segmentation",
        "text": (
            "Online video instance segmentation (VIS) methods built on query-based detectors, such as MinVIS, IDOL "
            "and GenVIS, associate instances frame by frame and lose track of objects under heavy occlusion, which "
            "dominates the OVIS benchmark. We present RzTrackle, an online VIS framework that decouples the "
            "segmentation of each frame from the propagation of instance queries, and keeps a long-term memory of "
            "query embeddings that recovers objects after they reappear. RzTrackle is built on Mask2Former, trained "
            "with an association loss across clips, and needs no video-level post-processing. With a ResNet-50 "
            "backbone, RzTrackle obtains 53.1 AP on YouTube-VIS 2019, 48.7 AP on YouTube-VIS 2021 and 37.9 AP on "
            "OVIS, surpassing DVIS by 1.9, 2.0 and 3.2 AP, respectively. With a Swin-L backbone, RzTrackle reaches "
            "65.4, 61.2 and 50.6 AP on YouTube-VIS 2019, YouTube-VIS 2021 and OVIS, respectively. The gains on OVIS "
            "come mostly from heavily occluded objects, where AP rises from 21.4 to 27.8, and from long videos, "
            "where ID switches fall by 38%. RzTrackle runs at 31.6 FPS with ResNet-50 on a single GPU, 1.4\u00d7 "
            "faster than DVIS, because the memory is read only once per frame rather than once per query."
        ),
        "spans": [
            ("RzTrackle", "M"), ("Video Instance Segmentation", "T"), ("video instance segmentation", "T"),
            ("VIS", "T"), ("MinVIS", "M"), ("IDOL", "M"), ("GenVIS", "M"), ("OVIS", "D"), ("Mask2Former", "M"),
            ("ResNet-50", "M"), ("AP", "X"), ("YouTube-VIS 2019", "D"), ("YouTube-VIS 2021", "D"), ("DVIS", "M"),
            ("Swin-L", "M"), ("ID switches", "X"), ("FPS", "X"),
        ],
        "results": [
            ("53.1 AP on YouTube-VIS 2019", "AP", 53.1, None, "YouTube-VIS 2019", "RzTrackle"),
            ("48.7 AP on YouTube-VIS 2021", "AP", 48.7, None, "YouTube-VIS 2021", "RzTrackle"),
            ("37.9 AP on OVIS", "AP", 37.9, None, "OVIS", "RzTrackle"),
            ("by 1.9", "AP", 1.9, None, "YouTube-VIS 2019", "RzTrackle"),
            ("2.0", "AP", 2.0, None, "YouTube-VIS 2021", "RzTrackle"),
            ("3.2 AP", "AP", 3.2, None, "OVIS", "RzTrackle"),
            ("65.4", "AP", 65.4, None, "YouTube-VIS 2019", "RzTrackle"),
            ("61.2", "AP", 61.2, None, "YouTube-VIS 2021", "RzTrackle"),
            ("50.6 AP", "AP", 50.6, None, "OVIS", "RzTrackle"),
            ("AP rises from 21.4 to 27.8", "AP", 27.8, None, "OVIS", None),
            ("ID switches fall by 38%", "ID switches reduction", 38, "%", "OVIS", None),
            ("31.6 FPS", "FPS", 31.6, None, None, "RzTrackle"),
            ("1.4\u00d7 faster", "speed-up", 1.4, "\u00d7", None, "RzTrackle"),
        ],
    },
    {
        "field": "video-instance-segmentation",
        "title": "RzVisora: Aligning Track-Level Instance Queries with CLIP Text Embeddings for Open-Vocabulary "
                 "Video Instance Segmentation",
        "text": (
            "Open-vocabulary video instance segmentation requires segmenting, tracking and classifying objects from "
            "categories never annotated during training. Current methods such as OV2Seg and OVFormer classify each "
            "frame's masks with a frozen CLIP model and then aggregate scores over time, which makes predictions "
            "flicker between semantically close categories. We introduce RzVisora, which pools instance queries "
            "along their tracks into a single video-level embedding and aligns it with CLIP text embeddings through "
            "a temporal contrastive objective, while a mask-pooled visual branch from a frozen ConvNeXt-L CLIP "
            "encoder supplies category evidence for rare classes. Trained only on LVIS images and COCO annotations, "
            "without any video labels, RzVisora is evaluated zero-shot on LV-VIS, BURST, YouTube-VIS 2019 and OVIS. "
            "On the LV-VIS validation set, RzVisora achieves 24.6 mAP overall and 21.3 mAP on novel categories "
            "(mAP_n), improving over OVFormer by 3.7 and 4.5 points. RzVisora reaches 5.9 mAP on BURST, and 41.2 and "
            "19.8 mAP on YouTube-VIS 2019 and OVIS, respectively, all with a ResNet-50 backbone. Replacing track-level "
            "pooling with per-frame classification lowers novel-category mAP by 3.1 points, confirming that "
            "temporal aggregation of queries matters most for rare classes. Because the text embeddings are computed "
            "once per vocabulary, RzVisora adds only 4% to the inference cost of its Mask2Former base model."
        ),
        "spans": [
            ("RzVisora", "M"), ("CLIP", "M"), ("Open-Vocabulary Video Instance Segmentation", "T"),
            ("Open-vocabulary video instance segmentation", "T"), ("OV2Seg", "M"), ("OVFormer", "M"),
            ("ConvNeXt-L", "M"), ("LVIS", "D"), ("COCO", "D"), ("LV-VIS", "D"), ("BURST", "D"),
            ("YouTube-VIS 2019", "D"), ("OVIS", "D"), ("mAP", "X"), ("mAP_n", "X"), ("ResNet-50", "M"),
            ("inference cost", "X"), ("Mask2Former", "M"),
        ],
        "results": [
            ("24.6 mAP", "mAP", 24.6, None, "LV-VIS", "RzVisora"),
            ("21.3 mAP on novel categories (mAP_n)", "mAP_n", 21.3, None, "LV-VIS", "RzVisora"),
            ("by 3.7", "mAP", 3.7, "points", "LV-VIS", "RzVisora"),
            ("4.5 points", "mAP_n", 4.5, "points", "LV-VIS", "RzVisora"),
            ("5.9 mAP on BURST", "mAP", 5.9, None, "BURST", "RzVisora"),
            ("41.2", "mAP", 41.2, None, "YouTube-VIS 2019", "RzVisora"),
            ("19.8 mAP", "mAP", 19.8, None, "OVIS", "RzVisora"),
            ("novel-category mAP by 3.1 points", "mAP_n", 3.1, "points", None, None),
            ("4% to the inference cost", "inference cost", 4, "%", None, "RzVisora"),
        ],
    },
    {
        "field": "video-instance-segmentation",
        "title": "RzQuerix: Distilling SAM 2 Memory into a Lightweight Offline Video Instance Segmenter",
        "text": (
            "Segment Anything Model 2 (SAM 2) tracks prompted objects through long videos with remarkable robustness, "
            "but it neither detects nor classifies instances, and its Hiera-L image encoder is too heavy for "
            "practical video instance segmentation. We propose RzQuerix, a compact offline VIS model in which a "
            "student with an EfficientViT backbone learns the streaming memory of SAM 2 through feature and mask "
            "distillation, while a category head trained on YouTube-VIS supplies class labels. At test time, "
            "RzQuerix links short-clip predictions with tracklet-level Hungarian matching and needs no prompts. On "
            "YouTube-VIS 2021, RzQuerix scores 57.3 AP, 79.6 AP50 and 63.0 AP75, within 1.1 AP of the teacher "
            "pipeline SAM 2 + Mask2Former-VIS, at 9.8 GFLOPs per frame versus 214 GFLOPs. On the long-video split "
            "of YouTube-VIS 2022, RzQuerix reaches 41.5 AP_L, 5.4 points above VITA and 2.2 points above DVIS++. "
            "RzQuerix has 27M parameters and runs at 46 FPS on a desktop GPU (DVIS++ with ViT-L: 6 FPS), with a "
            "peak GPU memory of 3.1 GB for 720p video. On OVIS, the distilled memory yields the largest gains, "
            "raising AP from 33.8 to 38.4 over the same student trained without distillation. These results "
            "indicate that the temporal reasoning of promptable foundation models can be transferred to small "
            "category-aware segmenters at a fraction of their cost."
        ),
        "spans": [
            ("RzQuerix", "M"), ("SAM 2", "M"), ("Segment Anything Model 2", "M"), ("Hiera-L", "M"),
            ("video instance segmentation", "T"), ("VIS", "T"), ("EfficientViT", "M"), ("distillation", "M"),
            ("YouTube-VIS", "D"), ("Hungarian matching", "M"), ("YouTube-VIS 2021", "D"), ("AP", "X"),
            ("AP50", "X"), ("AP75", "X"), ("Mask2Former-VIS", "M"), ("GFLOPs", "X"), ("YouTube-VIS 2022", "D"),
            ("AP_L", "X"), ("VITA", "M"), ("DVIS++", "M", DP), ("ViT-L", "M"), ("FPS", "X"),
            ("peak GPU memory", "X"), ("OVIS", "D"),
        ],
        "results": [
            ("57.3 AP", "AP", 57.3, None, "YouTube-VIS 2021", "RzQuerix"),
            ("79.6 AP50", "AP50", 79.6, None, "YouTube-VIS 2021", "RzQuerix"),
            ("63.0 AP75", "AP75", 63.0, None, "YouTube-VIS 2021", "RzQuerix"),
            ("within 1.1 AP", "AP", 1.1, None, "YouTube-VIS 2021", "RzQuerix"),
            ("9.8 GFLOPs", "GFLOPs", 9.8, None, "YouTube-VIS 2021", "RzQuerix"),
            ("214 GFLOPs", "GFLOPs", 214, None, "YouTube-VIS 2021", "SAM 2 + Mask2Former-VIS"),
            ("41.5 AP_L", "AP_L", 41.5, None, "YouTube-VIS 2022", "RzQuerix"),
            ("5.4 points above VITA", "AP_L", 5.4, "points", "YouTube-VIS 2022", "RzQuerix"),
            ("2.2 points", "AP_L", 2.2, "points", "YouTube-VIS 2022", "RzQuerix"),
            ("46 FPS", "FPS", 46, None, None, "RzQuerix"),
            ("6 FPS", "FPS", 6, None, None, "DVIS++"),
            ("peak GPU memory of 3.1 GB", "peak GPU memory", 3.1, "GB", None, "RzQuerix"),
            ("AP from 33.8 to 38.4", "AP", 38.4, None, "OVIS", None),
        ],
    },
    {
        "field": "video-instance-segmentation",
        "title": "Rzhalde: A Benchmark for Video Instance Segmentation of Densely Packed, Long-Lived Objects",
        "text": (
            "Existing video instance segmentation benchmarks such as YouTube-VIS and OVIS contain short clips with "
            "few objects per frame, so they say little about how methods behave in warehouses, livestock barns or "
            "crowded street scenes where dozens of similar instances persist for minutes. We introduce Rzhalde, a "
            "benchmark of 1,240 videos averaging 96 seconds, with 61 instances per video on average and 2.3 million "
            "mask annotations produced with a SAM 2-assisted protocol and verified by two annotators. Besides mask "
            "AP, Rzhalde reports HOTA and its association component AssA, which expose identity errors that AP "
            "largely hides. We evaluate eleven recent methods under a common ResNet-50 setting, spanning offline "
            "models (VITA, TCOVIS), online models (MinVIS, IDOL, CTVIS, DVIS) and the promptable SAM 2. On Rzhalde, "
            "the best online method, CTVIS, reaches only 18.4 AP and 39.6 HOTA, compared with its 55.1 AP on "
            "YouTube-VIS 2019, and the AssA of every method stays below 45. Offline methods, which excel on short "
            "clips, fall behind online ones once videos exceed one minute, because their clip-level association "
            "breaks down under frequent re-entries. We also propose a simple baseline, RzSeam, which adds a "
            "long-term appearance memory to DVIS and improves HOTA on Rzhalde by 4.7 points and AssA by 6.2 points. "
            "Data, evaluation code and the baseline are public, and a held-out test server will accompany the "
            "release."
        ),
        "spans": [
            ("Rzhalde", "D"), ("Video Instance Segmentation", "T"), ("video instance segmentation", "T"),
            ("YouTube-VIS", "D"), ("OVIS", "D"), ("SAM 2", "M"), ("mask AP", "X"), ("AP", "X"), ("HOTA", "X"),
            ("AssA", "X"), ("ResNet-50", "M"), ("VITA", "M"), ("TCOVIS", "M"), ("MinVIS", "M"), ("IDOL", "M"),
            ("CTVIS", "M"), ("DVIS", "M"), ("YouTube-VIS 2019", "D"), ("RzSeam", "M"),
        ],
        "results": [
            ("18.4 AP", "AP", 18.4, None, "Rzhalde", "CTVIS"),
            ("39.6 HOTA", "HOTA", 39.6, None, "Rzhalde", "CTVIS"),
            ("55.1 AP on YouTube-VIS 2019", "AP", 55.1, None, "YouTube-VIS 2019", "CTVIS"),
            ("AssA of every method stays below 45", "AssA", 45, None, "Rzhalde", None),
            ("HOTA on Rzhalde by 4.7 points", "HOTA", 4.7, "points", "Rzhalde", "RzSeam"),
            ("AssA by 6.2 points", "AssA", 6.2, "points", "Rzhalde", "RzSeam"),
        ],
    },
    {
        "field": "video-instance-segmentation",
        "title": "RzMaskette: Learning Video Instance Segmentation from Boxes with Flow-Consistent Pseudo Masks",
        "text": (
            "Annotating per-frame masks is the main cost of building video instance segmentation datasets, which "
            "has motivated box-supervised training such as MaskFreeVIS, whose temporal loss enforces only local "
            "consistency and lets pseudo masks drift along object boundaries. RzMaskette instead generates pseudo "
            "masks by prompting a frozen SAM with the ground-truth boxes, filters them with a forward-backward "
            "consistency check on flow estimated by RAFT, and trains a Mask2Former-based VIS model on the surviving "
            "masks with a confidence-weighted loss. On YouTube-VIS 2019, RzMaskette trained with box annotations "
            "alone reaches 49.8 AP [ResNet-50] and 60.1 AP [Swin-L], recovering 96% of the AP of fully supervised "
            "Mask2Former-VIS with the same backbones. RzMaskette obtains 44.3 and 27.5 AP on YouTube-VIS 2021 and "
            "OVIS, respectively (MaskFreeVIS: 40.9 and 22.1). The gains concentrate on thin and fast-moving objects: "
            "boundary AP improves by +6.8 on the small-object subset of OVIS. Pseudo-mask generation is a one-off "
            "cost of roughly 11 GPU-hours for YouTube-VIS 2019 and adds nothing at inference. With masks on 10% of "
            "the frames and boxes on the rest, RzMaskette matches full mask supervision on YouTube-VIS 2019 (52.0 "
            "vs. 51.9 AP). We hope this makes large-scale video instance segmentation datasets considerably cheaper "
            "to build and to extend to new domains."
        ),
        "spans": [
            ("RzMaskette", "M"), ("Video Instance Segmentation", "T"), ("video instance segmentation", "T"),
            ("MaskFreeVIS", "M"), ("SAM", "M"), ("RAFT", "M"), ("Mask2Former", "M"), ("VIS", "T"),
            ("YouTube-VIS 2019", "D"), ("AP", "X"), ("ResNet-50", "M"), ("Swin-L", "M"),
            ("Mask2Former-VIS", "M"), ("YouTube-VIS 2021", "D"), ("OVIS", "D"), ("boundary AP", "X"),
        ],
        "results": [
            ("49.8 AP", "AP", 49.8, None, "YouTube-VIS 2019", "RzMaskette"),
            ("60.1 AP", "AP", 60.1, None, "YouTube-VIS 2019", "RzMaskette"),
            ("96% of the AP", "relative AP", 96, "%", "YouTube-VIS 2019", "RzMaskette"),
            ("44.3", "AP", 44.3, None, "YouTube-VIS 2021", "RzMaskette"),
            ("27.5 AP", "AP", 27.5, None, "OVIS", "RzMaskette"),
            ("40.9", "AP", 40.9, None, "YouTube-VIS 2021", "MaskFreeVIS"),
            ("22.1", "AP", 22.1, None, "OVIS", "MaskFreeVIS"),
            ("boundary AP improves by +6.8", "boundary AP", 6.8, None, "OVIS", None),
            ("11 GPU-hours", "pseudo-mask generation time", 11, "GPU-hours", "YouTube-VIS 2019", None),
            ("52.0", "AP", 52.0, None, "YouTube-VIS 2019", "RzMaskette"),
            ("51.9 AP", "AP", 51.9, None, "YouTube-VIS 2019", None),
        ],
    },
    {
        "field": "video-instance-segmentation",
        "title": "RzOmnitrack: A Prompt-Conditioned Universal Decoder Closing the Gap to Specialist Video Instance "
                 "Segmentation Models",
        "text": (
            "Universal video segmentation models such as TarViS, OMG-Seg and UniVS handle several video "
            "segmentation tasks with one set of weights, but they still lag behind specialist models on video "
            "instance segmentation, where following instances over time and recognising their categories compete "
            "for the same queries. We present RzOmnitrack, a prompt-conditioned decoder in which category names, "
            "language expressions and first-frame masks are all encoded as prompts by a shared CLIP text and visual "
            "encoder, and in which identity association is delegated to a separate set of identity queries that "
            "never see the prompts. A single RzOmnitrack model with a ConvNeXt-L backbone is trained jointly on "
            "COCO, YouTube-VIS 2021, VIPSeg and Ref-YouTube-VOS. RzOmnitrack achieves 60.7 AP on YouTube-VIS 2021, "
            "40.2 AP on OVIS, 55.6 VPQ on VIPSeg, 81.9 J&F on DAVIS 2017 and 63.8 J&F on Ref-YouTube-VOS. Compared "
            "with UniVS, RzOmnitrack gains +3.9 AP on YouTube-VIS 2021 and +5.6 AP on OVIS, more than on any other "
            "task, and it is within 1 AP of the specialist DVIS++ on YouTube-VIS 2021. On the open-vocabulary LV-VIS "
            "benchmark, where no task-specific training is done, it obtains 20.9 mAP. Separating identity queries "
            "from prompt queries is the key design choice: sharing them costs 4.4 AP on OVIS. The model has 221M "
            "parameters and processes 720p video at 12 FPS."
        ),
        "spans": [
            ("RzOmnitrack", "M"), ("Video Instance Segmentation", "T"), ("TarViS", "M"), ("OMG-Seg", "M"),
            ("UniVS", "M"), ("video segmentation", "T"), ("video instance segmentation", "T"), ("CLIP", "M"),
            ("ConvNeXt-L", "M"), ("COCO", "D"), ("YouTube-VIS 2021", "D"), ("VIPSeg", "D"),
            ("Ref-YouTube-VOS", "D"), ("AP", "X"), ("OVIS", "D"), ("VPQ", "X"), ("J&F", "X"), ("DAVIS 2017", "D"),
            ("DVIS++", "M", DP), ("LV-VIS", "D"), ("mAP", "X"), ("FPS", "X"),
        ],
        "results": [
            ("60.7 AP on YouTube-VIS 2021", "AP", 60.7, None, "YouTube-VIS 2021", "RzOmnitrack"),
            ("40.2 AP on OVIS", "AP", 40.2, None, "OVIS", "RzOmnitrack"),
            ("55.6 VPQ on VIPSeg", "VPQ", 55.6, None, "VIPSeg", "RzOmnitrack"),
            ("81.9 J&F on DAVIS 2017", "J&F", 81.9, None, "DAVIS 2017", "RzOmnitrack"),
            ("63.8 J&F on Ref-YouTube-VOS", "J&F", 63.8, None, "Ref-YouTube-VOS", "RzOmnitrack"),
            ("+3.9 AP on YouTube-VIS 2021", "AP", 3.9, None, "YouTube-VIS 2021", "RzOmnitrack"),
            ("+5.6 AP on OVIS", "AP", 5.6, None, "OVIS", "RzOmnitrack"),
            ("within 1 AP", "AP", 1, None, "YouTube-VIS 2021", "RzOmnitrack"),
            ("20.9 mAP", "mAP", 20.9, None, "LV-VIS", None),
            ("costs 4.4 AP on OVIS", "AP", 4.4, None, "OVIS", None),
            ("12 FPS", "FPS", 12, None, None, None),
        ],
    },
]
