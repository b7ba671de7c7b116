"""fresh14 records: lip-reading (6) and traffic-forecasting (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline
was never run on these records and its output was never seen."""

COINED = ["Vuskelin", "Vumbrath", "Vutrilla", "Vuphoneth", "Vulmirado", "Vuckerley",
          "Vudrimos", "Vurstal", "Vuxagraph", "Vunelto", "Vuqarro", "Vubriskan"]

RECS = [
    # ------------------------------------------------------------ lip-reading
    {
        "field": "lip-reading",
        "title": "Vuskelin: Compressing Visual Speech Units for Efficient LLM-Based Lip Reading",
        "text": (
            "Recent visual speech recognition (VSR) systems couple a self-supervised visual encoder with a large "
            "language model (LLM), but lip videos yield token sequences far longer than the transcripts they encode, "
            "which inflates decoding cost and dilutes the language prior. We present Vuskelin, which quantizes "
            "AV-HuBERT features into discrete visual speech units, merges runs of identical units, and projects the "
            "merged sequence into a frozen Llama-3-8B through a two-layer adapter trained with LoRA. On the LRS3 "
            "benchmark, Vuskelin reaches a word error rate (WER) of 22.4% with 433 hours of labelled video and 19.7% "
            "in the 1,759-hour setting that adds VoxCeleb2, compared with 26.9% for VSP-LLM and 25.5% for Auto-AVSR "
            "trained on the same 433 hours. Unit merging reduces the number of visual tokens by 46% and cuts decoding "
            "latency from 1.84 s to 0.97 s per utterance on a single A100. On LRS2, Vuskelin obtains 28.1% WER "
            "without any in-domain fine-tuning. Ablations show that the LLM matters most for long utterances: on "
            "sentences of more than 20 words, WER drops by 6.3 points relative to a Transformer decoder trained from "
            "scratch. Finally, the same adapter carries over to audio-visual speech recognition (AVSR), where "
            "Vuskelin lowers WER on LRS3 to 1.6% once audio units are added."
        ),
        "spans": [
            ("Vuskelin", "M"), ("LLM", "M"), ("Lip Reading", "T"), ("visual speech recognition", "T"),
            ("VSR", "T"), ("large language model", "M"), ("AV-HuBERT", "M"), ("Llama-3-8B", "M"), ("LoRA", "M"),
            ("LRS3", "D"), ("word error rate", "X"), ("WER", "X"), ("VoxCeleb2", "D"), ("VSP-LLM", "M"),
            ("Auto-AVSR", "M"), ("decoding latency", "X"), ("LRS2", "D"), ("Transformer", "M"),
            ("audio-visual speech recognition", "T"), ("AVSR", "T"),
        ],
        "results": [
            ("word error rate (WER) of 22.4%", "WER", 22.4, "%", "LRS3", "Vuskelin"),
            ("19.7%", "WER", 19.7, "%", "LRS3", "Vuskelin"),
            ("26.9% for VSP-LLM", "WER", 26.9, "%", "LRS3", "VSP-LLM"),
            ("25.5% for Auto-AVSR", "WER", 25.5, "%", "LRS3", "Auto-AVSR"),
            ("reduces the number of visual tokens by 46%", "visual token reduction", 46, "%", None, None),
            ("decoding latency from 1.84 s to 0.97 s", "decoding latency", 0.97, "s", None, None),
            ("28.1% WER", "WER", 28.1, "%", "LRS2", "Vuskelin"),
            ("WER drops by 6.3 points", "WER", 6.3, "points", None, None),
            ("WER on LRS3 to 1.6%", "WER", 1.6, "%", "LRS3", "Vuskelin"),
        ],
    },
    {
        "field": "lip-reading",
        "title": "Vumbrath: A Sub-Megabyte Temporal Network for Word-Level Lip Reading on Mobile Devices",
        "text": (
            "Word-level lip reading on LRW has long been dominated by ResNet-18 front ends followed by temporal "
            "convolutional back ends such as MS-TCN and DC-TCN, which reach high accuracy but need tens of millions "
            "of parameters and several GFLOPs per clip, too much for always-on use on phones. We introduce Vumbrath, "
            "a lip-reading network built from depthwise-separable convolutions and a gated temporal back end, trained "
            "by knowledge distillation from a DC-TCN teacher that uses word boundary indicators. Vumbrath has only "
            "0.81M parameters and requires 0.63 GFLOPs per 29-frame clip. On LRW, Vumbrath achieves 88.7% top-1 "
            "accuracy, within 1.9 points of its teacher (90.6%) and far above MobiVSR (72.2%). On the Mandarin "
            "LRW-1000 benchmark, Vumbrath obtains 53.9% accuracy, compared with 55.7% for DC-TCN. On a Pixel 8 CPU, "
            "inference takes 7.4 ms per clip, 5.6\u00d7 faster than a pruned MS-TCN at similar accuracy, and peak "
            "memory stays below 40 MB. Ablations attribute 1.4 points of top-1 accuracy on LRW to the word boundary "
            "indicators of the teacher, and show that a larger temporal receptive field brings no further gain at "
            "this model size. The smallest variant still runs in real time on a five-year-old phone. Code and "
            "trained models are released."
        ),
        "spans": [
            ("Vumbrath", "M"), ("Word-Level Lip Reading", "T"), ("Word-level lip reading", "T"), ("LRW", "D"),
            ("ResNet-18", "M"), ("MS-TCN", "M"), ("DC-TCN", "M"), ("accuracy", "X"), ("GFLOPs", "X"),
            ("lip-reading", "T"), ("depthwise-separable convolutions", "M"), ("knowledge distillation", "M"),
            ("top-1 accuracy", "X"), ("MobiVSR", "M"), ("LRW-1000", "D"), ("peak memory", "X"),
        ],
        "results": [
            ("0.63 GFLOPs", "FLOPs", 0.63, "G", None, "Vumbrath"),
            ("88.7% top-1 accuracy", "top-1 accuracy", 88.7, "%", "LRW", "Vumbrath"),
            ("within 1.9 points", "top-1 accuracy", 1.9, "points", "LRW", "Vumbrath"),
            ("90.6%", "top-1 accuracy", 90.6, "%", "LRW", None),
            ("72.2%", "top-1 accuracy", 72.2, "%", "LRW", "MobiVSR"),
            ("53.9% accuracy", "accuracy", 53.9, "%", "LRW-1000", "Vumbrath"),
            ("55.7% for DC-TCN", "accuracy", 55.7, "%", "LRW-1000", "DC-TCN"),
            ("inference takes 7.4 ms", "inference time", 7.4, "ms", None, None),
            ("5.6\u00d7 faster", "speed-up", 5.6, "\u00d7", None, None),
            ("peak memory stays below 40 MB", "peak memory", 40, "MB", None, None),
            ("1.4 points of top-1 accuracy", "top-1 accuracy", 1.4, "points", "LRW", None),
        ],
    },
    {
        "field": "lip-reading",
        "title": "Vutrilla: Reliability-Gated Fusion for Noise-Robust Audio-Visual Speech Recognition",
        "text": (
            "Audio-visual speech recognition (AVSR) should fall back on the lips when the audio is corrupted, yet "
            "models trained mostly on clean speech still let the acoustic stream dominate in heavy noise. We propose "
            "Vutrilla, a Conformer-based AVSR model that estimates a frame-level reliability score for each modality "
            "from the disagreement between unimodal CTC posteriors and uses it to gate the fusion of the two streams. "
            "Vutrilla is initialised from Auto-AVSR and fine-tuned on LRS3 with babble, speech and music noise drawn "
            "from MUSAN. On the LRS3 test set with babble noise at 0, -5 and -10 dB, Vutrilla obtains WERs of 2.9%, "
            "5.8% and 12.6%, respectively, against 3.7%, 8.1% and 19.4% for Auto-AVSR and 4.2%, 9.3% and 21.0% for "
            "AV-HuBERT Large. On clean LRS3 audio, Vutrilla's WER of 1.0% matches that of the baseline. Averaged over "
            "all noise types and levels, Vutrilla achieves a relative WER reduction of 24% over Auto-AVSR, while an "
            "audio-only Whisper large-v3 model degrades to 47.2% WER at -10 dB. The gating adds less than 3% to "
            "inference time. On LRS2, Vutrilla reaches 2.3% WER on clean audio and 6.7% at -5 dB, and the learned "
            "reliability scores track the injected noise level closely enough to serve as a frame-level noise "
            "detector."
        ),
        "spans": [
            ("Vutrilla", "M"), ("Audio-Visual Speech Recognition", "T"), ("Audio-visual speech recognition", "T"),
            ("AVSR", "T"), ("Conformer", "M"), ("CTC", "M"), ("Auto-AVSR", "M"), ("LRS3", "D"), ("MUSAN", "D"),
            ("WERs", "X"), ("AV-HuBERT Large", "M"), ("WER", "X"), ("relative WER reduction", "X"),
            ("Whisper large-v3", "M"), ("inference time", "X"), ("LRS2", "D"),
        ],
        "results": [
            ("WERs of 2.9%", "WER", 2.9, "%", "LRS3", "Vutrilla"),
            ("5.8%", "WER", 5.8, "%", "LRS3", "Vutrilla"),
            ("12.6%", "WER", 12.6, "%", "LRS3", "Vutrilla"),
            ("3.7%", "WER", 3.7, "%", "LRS3", "Auto-AVSR"),
            ("8.1%", "WER", 8.1, "%", "LRS3", "Auto-AVSR"),
            ("19.4%", "WER", 19.4, "%", "LRS3", "Auto-AVSR"),
            ("4.2%", "WER", 4.2, "%", "LRS3", "AV-HuBERT Large"),
            ("9.3%", "WER", 9.3, "%", "LRS3", "AV-HuBERT Large"),
            ("21.0%", "WER", 21.0, "%", "LRS3", "AV-HuBERT Large"),
            ("WER of 1.0%", "WER", 1.0, "%", "LRS3", "Vutrilla"),
            ("relative WER reduction of 24%", "relative WER reduction", 24, "%", None, "Vutrilla"),
            ("47.2% WER", "WER", 47.2, "%", None, "Whisper large-v3"),
            ("adds less than 3% to inference time", "inference time", 3, "%", None, None),
            ("2.3% WER", "WER", 2.3, "%", "LRS2", "Vutrilla"),
            ("6.7%", "WER", 6.7, "%", "LRS2", "Vutrilla"),
        ],
    },
    {
        "field": "lip-reading",
        "title": "Vuphoneth: Phoneme-Anchored Masked Prediction for Self-Supervised Lip Reading",
        "text": (
            "Self-supervised learning has driven most recent progress in lip reading, with masked prediction methods "
            "such as AV-HuBERT and teacher-student methods such as RAVEn and BRAVEn learning visual features from "
            "unlabelled talking-face video. Their targets, however, come from clustered audio features or from the "
            "model's own predictions and carry little explicit phonetic structure. Vuphoneth instead anchors masked "
            "prediction to pseudo-phoneme targets that a frozen multilingual phoneme recognizer produces from the "
            "audio track, and adds contrastive learning between masked visual frames and their phoneme embeddings. "
            "We pre-train a ViT-Base encoder on 1,759 hours of LRS3 and VoxCeleb2 and fine-tune it with a hybrid "
            "CTC/attention decoder. In the low-resource setting with 30 hours of labelled LRS3 data, Vuphoneth obtains "
            "a WER of 28.9% for visual speech recognition, against 32.5% for BRAVEn, 33.1% for RAVEn and 51.8% for "
            "AV-HuBERT Base. With all 433 labelled hours of LRS3, Vuphoneth lowers WER to 23.6% (BRAVEn: 26.6%). The "
            "learned features also help automatic speech recognition (ASR), where Vuphoneth reaches 2.2% WER on LRS3 "
            "with 30 labelled hours. On the multilingual MuAViC benchmark, Vuphoneth improves on AV-HuBERT by 3.4 "
            "points of average WER across Spanish and French. Vuphoneth's pre-training also converges 1.8\u00d7 "
            "faster than that of RAVEn on the same hardware."
        ),
        "spans": [
            ("Vuphoneth", "M"), ("Masked Prediction", "M"), ("Lip Reading", "T"), ("Self-supervised learning", "M"),
            ("lip reading", "T"), ("masked prediction", "M"), ("AV-HuBERT", "M"), ("RAVEn", "M"), ("BRAVEn", "M"),
            ("contrastive learning", "M"), ("ViT-Base", "M"), ("LRS3", "D"), ("VoxCeleb2", "D"),
            ("hybrid CTC/attention", "M"), ("WER", "X"), ("visual speech recognition", "T"),
            ("AV-HuBERT Base", "M"), ("automatic speech recognition", "T"), ("ASR", "T"), ("MuAViC", "D"),
            ("average WER", "X"),
        ],
        "results": [
            ("WER of 28.9%", "WER", 28.9, "%", "LRS3", "Vuphoneth"),
            ("32.5% for BRAVEn", "WER", 32.5, "%", "LRS3", "BRAVEn"),
            ("33.1% for RAVEn", "WER", 33.1, "%", "LRS3", "RAVEn"),
            ("51.8% for AV-HuBERT Base", "WER", 51.8, "%", "LRS3", "AV-HuBERT Base"),
            ("WER to 23.6%", "WER", 23.6, "%", "LRS3", "Vuphoneth"),
            ("26.6%", "WER", 26.6, "%", "LRS3", "BRAVEn"),
            ("2.2% WER", "WER", 2.2, "%", "LRS3", "Vuphoneth"),
            ("3.4 points of average WER", "WER", 3.4, "points", "MuAViC", "Vuphoneth"),
            ("converges 1.8\u00d7 faster", "convergence speed-up", 1.8, "\u00d7", None, "Vuphoneth"),
        ],
    },
    {
        "field": "lip-reading",
        "title": "Vulmirado: Tone-Aware Pinyin Decoding for Mandarin Visual Speech Recognition",
        "text": (
            "Mandarin lip reading is harder than its English counterpart because many characters share a syllable and "
            "tones leave almost no visible trace on the lips. We propose Vulmirado, a cascaded visual speech "
            "recognition model that first predicts toneless pinyin syllables with a Conformer encoder and then "
            "converts them into characters with a tone-aware language model conditioned on the whole sentence. The "
            "two stages are trained jointly, with CTC on syllables and cross-entropy on characters, so that syllable "
            "uncertainty is passed to the second stage instead of being collapsed to a single hypothesis. On the CMLR "
            "dataset, Vulmirado achieves a character error rate (CER) of 17.9%, compared with 32.5% for the cascade "
            "model CSSMCM and 25.4% for a character-level Conformer trained end to end. On the larger CAS-VSR-S101 "
            "benchmark, Vulmirado lowers CER from 68.4% for the end-to-end Conformer to 57.2%. When its encoder is "
            "reused for isolated words, Vulmirado reaches 58.6% top-1 accuracy on LRW-1000, and decoding with the "
            "tone-aware language model adds only 14 ms per sentence on one GPU. Error analysis shows that most of the "
            "remaining mistakes are homophones that even native speakers confuse without context, which suggests that "
            "further gains will come from longer context or from audio rather than from better visual features."
        ),
        "spans": [
            ("Vulmirado", "M"), ("Visual Speech Recognition", "T"), ("lip reading", "T"),
            ("visual speech recognition", "T"), ("Conformer", "M"), ("language model", "M"), ("CTC", "M"),
            ("CMLR", "D"), ("character error rate", "X"), ("CER", "X"), ("CSSMCM", "M"), ("CAS-VSR-S101", "D"),
            ("top-1 accuracy", "X"), ("LRW-1000", "D"),
        ],
        "results": [
            ("character error rate (CER) of 17.9%", "CER", 17.9, "%", "CMLR", "Vulmirado"),
            ("32.5%", "CER", 32.5, "%", "CMLR", "CSSMCM"),
            ("25.4%", "CER", 25.4, "%", "CMLR", "Conformer"),
            ("CER from 68.4%", "CER", 68.4, "%", "CAS-VSR-S101", "Conformer"),
            ("57.2%", "CER", 57.2, "%", "CAS-VSR-S101", "Vulmirado"),
            ("58.6% top-1 accuracy", "top-1 accuracy", 58.6, "%", "LRW-1000", "Vulmirado"),
            ("adds only 14 ms", "decoding time", 14, "ms", None, None),
        ],
    },
    {
        "field": "lip-reading",
        "title": "Vuckerley: Test-Time Speaker Adaptation of Lip Reading Models from Unlabelled Video",
        "text": (
            "Lip reading models degrade markedly on speakers whose lip shapes, speaking rates and head poses differ "
            "from those seen in training, and collecting labelled video for every new user is impractical. We "
            "introduce Vuckerley, a test-time speaker adaptation method that learns a handful of speaker-specific "
            "input tokens by prompt tuning while a pretrained VSR model stays frozen. The tokens are optimised on "
            "unlabelled video alone through entropy minimization of the model's CTC posteriors, and they are "
            "prepended to the input of the visual front end, so adaptation touches only 0.3% of the weights and can "
            "run on device. We evaluate on the unseen-speaker split of GRID and on speaker-disjoint subsets of LRS2 "
            "and LRS3 built from speakers with at least five minutes of video. On GRID, an unadapted LipNet reaches a "
            "WER of 6.9% on unseen speakers, and Vuckerley lowers it to 3.8% with two minutes of unlabelled video per "
            "speaker. On LRS2 and LRS3, Vuckerley applied to Auto-AVSR yields an average relative WER reduction of "
            "9.7%, whereas full fine-tuning on the same data overfits and increases WER. Tokens learned for one "
            "speaker transfer poorly to others, suggesting that they capture speaker-specific articulation rather "
            "than a generic domain shift."
        ),
        "spans": [
            ("Vuckerley", "M"), ("Test-Time Speaker Adaptation", "T"), ("Lip Reading", "T"), ("Lip reading", "T"),
            ("test-time speaker adaptation", "T"), ("prompt tuning", "M"), ("VSR", "T"),
            ("entropy minimization", "M"), ("CTC", "M"), ("GRID", "D"), ("LRS2", "D"), ("LRS3", "D"),
            ("LipNet", "M"), ("WER", "X"), ("Auto-AVSR", "M"), ("average relative WER reduction", "X"),
            ("full fine-tuning", "M"),
        ],
        "results": [
            ("WER of 6.9%", "WER", 6.9, "%", "GRID", "LipNet"),
            ("lowers it to 3.8%", "WER", 3.8, "%", "GRID", "Vuckerley"),
            ("average relative WER reduction of 9.7%", "relative WER reduction", 9.7, "%", None, "Vuckerley"),
        ],
    },
    # ------------------------------------------------------------ traffic-forecasting
    {
        "field": "traffic-forecasting",
        "title": "Vudrimos: Frequency-Decoupled Spatio-Temporal Embeddings for Traffic Flow Forecasting",
        "text": (
            "Spatio-temporal Transformers with learnable node and time-of-day embeddings, such as STAEformer, have "
            "shown that a plain architecture can rival elaborate graph neural networks for traffic forecasting. Their "
            "input embeddings, however, mix daily and weekly periodicities with short-term fluctuations in a single "
            "vector, which blurs the signal at rush-hour transitions. We propose Vudrimos, which splits each sensor's "
            "history into low- and high-frequency components with a learnable wavelet filter bank, embeds the two "
            "parts separately and fuses them with a gated cross-sensor mixer. For traffic flow forecasting on PEMS04, "
            "PEMS07 and PEMS08, Vudrimos attains an MAE of 17.84, 18.96 and 13.21, respectively, improving on "
            "STAEformer (18.22, 19.14, 13.46) and PDFormer (18.32, 19.83, 13.58). On PEMS08, Vudrimos also reaches an "
            "RMSE of 22.87 and a MAPE of 8.71%. For traffic speed forecasting on METR-LA, Vudrimos reduces the "
            "60-minute MAE from 3.34 for STAEformer to 3.21, and on PEMS-BAY it obtains a 60-minute RMSE of 4.20. "
            "Gains are largest during peak hours, where MAE on PEMS04 drops by 6.8%. Because attention operates on "
            "frequency-pooled tokens, Vudrimos trains 2.1\u00d7 faster per epoch than PDFormer and needs 38% less GPU "
            "memory."
        ),
        "spans": [
            ("Vudrimos", "M"), ("Traffic Flow Forecasting", "T"), ("Spatio-temporal Transformers", "M"),
            ("STAEformer", "M"), ("graph neural networks", "M"), ("traffic forecasting", "T"),
            ("traffic flow forecasting", "T"), ("PEMS04", "D"), ("PEMS07", "D"), ("PEMS08", "D"), ("MAE", "X"),
            ("PDFormer", "M"), ("RMSE", "X"), ("MAPE", "X"), ("traffic speed forecasting", "T"), ("METR-LA", "D"),
            ("PEMS-BAY", "D"), ("GPU memory", "X"),
        ],
        "results": [
            ("MAE of 17.84", "MAE", 17.84, None, "PEMS04", "Vudrimos"),
            ("18.96", "MAE", 18.96, None, "PEMS07", "Vudrimos"),
            ("13.21", "MAE", 13.21, None, "PEMS08", "Vudrimos"),
            ("18.22", "MAE", 18.22, None, "PEMS04", "STAEformer"),
            ("19.14", "MAE", 19.14, None, "PEMS07", "STAEformer"),
            ("13.46", "MAE", 13.46, None, "PEMS08", "STAEformer"),
            ("18.32", "MAE", 18.32, None, "PEMS04", "PDFormer"),
            ("19.83", "MAE", 19.83, None, "PEMS07", "PDFormer"),
            ("13.58", "MAE", 13.58, None, "PEMS08", "PDFormer"),
            ("RMSE of 22.87", "RMSE", 22.87, None, "PEMS08", "Vudrimos"),
            ("MAPE of 8.71%", "MAPE", 8.71, "%", "PEMS08", "Vudrimos"),
            ("MAE from 3.34", "MAE", 3.34, None, "METR-LA", "STAEformer"),
            ("3.21", "MAE", 3.21, None, "METR-LA", "Vudrimos", {"occ": 1}),
            ("RMSE of 4.20", "RMSE", 4.2, None, "PEMS-BAY", "Vudrimos"),
            ("MAE on PEMS04 drops by 6.8%", "MAE", 6.8, "%", "PEMS04", None),
            ("trains 2.1\u00d7 faster", "speed-up", 2.1, "\u00d7", None, "Vudrimos"),
            ("38% less GPU memory", "memory reduction", 38, "%", None, "Vudrimos"),
        ],
    },
    {
        "field": "traffic-forecasting",
        "title": "Vurstal: Linear-Time Spatio-Temporal Forecasting for Road Networks with Thousands of Sensors",
        "text": (
            "Most traffic forecasting models are evaluated on road networks with a few hundred sensors, and their time "
            "and memory costs grow quadratically with the number of nodes. On the LargeST benchmark, which covers "
            "8,600 loop detectors across California, leading spatio-temporal graph neural networks such as D2STGNN "
            "and DGCRN either run out of memory or need days to train. We introduce Vurstal, which routes messages "
            "between sensors through a small set of learned anchor nodes, so that spatial mixing scales linearly "
            "rather than quadratically with the number of sensors, and pairs this with a patch-based temporal "
            "encoder. On the CA subset of LargeST, Vurstal achieves an average MAE of 19.62, an RMSE of 33.05 and a "
            "MAPE of 14.31% over 12 horizons, outperforming STGODE [MAE 21.87] and the efficient baseline STID "
            "[MAE 20.51]. On the GBA subset, Vurstal obtains an MAE of 20.14. Training one epoch on CA takes 6.1 "
            "minutes on a single A100, compared with 41 minutes for BigST, and peak GPU memory stays at 9.8 GB. At "
            "test time, Vurstal forecasts the whole network with an inference latency of 47 ms. The learned anchors "
            "also align with freeway interchanges, offering a degree of interpretability that dense adjacency "
            "matrices lack."
        ),
        "spans": [
            ("Vurstal", "M"), ("Spatio-Temporal Forecasting", "T"), ("traffic forecasting", "T"), ("LargeST", "D"),
            ("spatio-temporal graph neural networks", "M"), ("D2STGNN", "M"), ("DGCRN", "M"), ("CA", "D"),
            ("average MAE", "X"), ("MAE", "X"), ("RMSE", "X"), ("MAPE", "X"), ("STGODE", "M"), ("STID", "M"),
            ("GBA", "D"), ("BigST", "M"), ("peak GPU memory", "X"), ("inference latency", "X"),
        ],
        "results": [
            ("average MAE of 19.62", "MAE", 19.62, None, "CA", "Vurstal"),
            ("RMSE of 33.05", "RMSE", 33.05, None, "CA", "Vurstal"),
            ("MAPE of 14.31%", "MAPE", 14.31, "%", "CA", "Vurstal"),
            ("MAE 21.87", "MAE", 21.87, None, "CA", "STGODE"),
            ("MAE 20.51", "MAE", 20.51, None, "CA", "STID"),
            ("MAE of 20.14", "MAE", 20.14, None, "GBA", "Vurstal"),
            ("Training one epoch on CA takes 6.1 minutes", "training time", 6.1, "min", "CA", None),
            ("41 minutes for BigST", "training time", 41, "min", "CA", "BigST"),
            ("peak GPU memory stays at 9.8 GB", "peak GPU memory", 9.8, "GB", None, None),
            ("inference latency of 47 ms", "inference latency", 47, "ms", None, "Vurstal"),
        ],
    },
    {
        "field": "traffic-forecasting",
        "title": "Vuxagraph: Incident-Aware Dynamic Graphs for Traffic Speed Forecasting",
        "text": (
            "Traffic speed forecasting models built on graph neural networks typically rely on a fixed road graph or "
            "on an adaptive adjacency matrix learned once from data, as in Graph WaveNet and MTGNN. Neither reflects "
            "how accidents and lane closures reroute traffic for a few hours and then disappear. Vuxagraph learns a "
            "time-varying graph from a memory bank of recurring traffic patterns and an event encoder that reads "
            "incident reports, and propagates information over this graph with the recurrent cell of DCRNN. On "
            "METR-LA, Vuxagraph achieves MAEs of 2.51, 2.83 and 3.18 at horizons of 15, 30 and 60 minutes, compared "
            "with 2.77, 3.15 and 3.60 for DCRNN and 2.52, 2.93 and 3.38 for MegaCRN. On PEMS-BAY, Vuxagraph reaches a "
            "60-minute MAPE of 4.05%, versus 4.63% for Graph WaveNet. The largest improvements occur on "
            "incident-affected intervals, which we annotate from California Highway Patrol logs: there, Vuxagraph "
            "lowers MAE by 11.4% relative to MegaCRN. Removing the event encoder raises the 60-minute MAE on METR-LA "
            "by 0.09, which shows that much of the gain comes from incident information rather than from the dynamic "
            "graph alone. The event encoder adds 6% to training time, and the learned graphs return to the static "
            "road topology within about two hours after an incident is cleared."
        ),
        "spans": [
            ("Vuxagraph", "M"), ("Traffic Speed Forecasting", "T"), ("Traffic speed forecasting", "T"),
            ("graph neural networks", "M"), ("Graph WaveNet", "M"), ("MTGNN", "M"), ("DCRNN", "M"),
            ("METR-LA", "D"), ("MAEs", "X"), ("MegaCRN", "M"), ("PEMS-BAY", "D"), ("MAPE", "X"), ("MAE", "X"),
            ("training time", "X"),
        ],
        "results": [
            ("MAEs of 2.51", "MAE", 2.51, None, "METR-LA", "Vuxagraph"),
            ("2.83", "MAE", 2.83, None, "METR-LA", "Vuxagraph"),
            ("3.18", "MAE", 3.18, None, "METR-LA", "Vuxagraph"),
            ("2.77", "MAE", 2.77, None, "METR-LA", "DCRNN"),
            ("3.15", "MAE", 3.15, None, "METR-LA", "DCRNN"),
            ("3.60", "MAE", 3.6, None, "METR-LA", "DCRNN"),
            ("2.52", "MAE", 2.52, None, "METR-LA", "MegaCRN"),
            ("2.93", "MAE", 2.93, None, "METR-LA", "MegaCRN"),
            ("3.38", "MAE", 3.38, None, "METR-LA", "MegaCRN"),
            ("MAPE of 4.05%", "MAPE", 4.05, "%", "PEMS-BAY", "Vuxagraph"),
            ("4.63% for Graph WaveNet", "MAPE", 4.63, "%", "PEMS-BAY", "Graph WaveNet"),
            ("MAE by 11.4%", "MAE", 11.4, "%", None, "Vuxagraph"),
            ("MAE on METR-LA by 0.09", "MAE", 0.09, None, "METR-LA", None),
            ("adds 6% to training time", "training time", 6, "%", None, None),
        ],
    },
    {
        "field": "traffic-forecasting",
        "title": "Vunelto: Prompting a Frozen Language Model with Road-Network Tokens for Few-Shot Traffic Forecasting",
        "text": (
            "Large language models (LLMs) have recently been repurposed as backbones for spatio-temporal forecasting, "
            "with ST-LLM and UrbanGPT reporting strong results when training data are scarce. These methods, however, "
            "flatten the road network into a sequence and leave the LLM to infer spatial structure from positional "
            "embeddings. Vunelto instead tokenizes each sensor together with a compact description of its "
            "neighbourhood on the road graph and feeds these tokens to a frozen GPT-2, of which only the "
            "normalization layers and a lightweight output head are trained. In few-shot traffic forecasting with 10% "
            "of the training data, Vunelto reduces MAE on PEMS04 and PEMS08 to 20.93 and 16.02, respectively, against "
            "22.34 and 17.48 for ST-LLM. In zero-shot traffic forecasting, Vunelto trained on PEMS03, PEMS04 and "
            "PEMS07 and applied to PEMS08 without any target data reaches an MAE of 18.77, within 6% of a fully "
            "supervised STGCN. Performance scales with the backbone: replacing GPT-2 with Llama-3.2-1B lowers the "
            "few-shot MAE on PEMS08 by a further 0.41. Vunelto trains only 2.3M parameters, and its inference time "
            "per batch is 1.7\u00d7 shorter than that of UrbanGPT because road-network tokens replace verbose text "
            "prompts."
        ),
        "spans": [
            ("Vunelto", "M"), ("Language Model", "M"), ("Few-Shot Traffic Forecasting", "T"),
            ("Large language models", "M"), ("LLMs", "M"), ("LLM", "M"), ("spatio-temporal forecasting", "T"),
            ("ST-LLM", "M"), ("UrbanGPT", "M"), ("GPT-2", "M"), ("few-shot traffic forecasting", "T"),
            ("MAE", "X"), ("PEMS04", "D"), ("PEMS08", "D"), ("zero-shot traffic forecasting", "T"),
            ("PEMS03", "D"), ("PEMS07", "D"), ("STGCN", "M"), ("Llama-3.2-1B", "M"), ("inference time", "X"),
        ],
        "results": [
            ("20.93", "MAE", 20.93, None, "PEMS04", "Vunelto"),
            ("16.02", "MAE", 16.02, None, "PEMS08", "Vunelto"),
            ("22.34", "MAE", 22.34, None, "PEMS04", "ST-LLM"),
            ("17.48", "MAE", 17.48, None, "PEMS08", "ST-LLM"),
            ("MAE of 18.77", "MAE", 18.77, None, "PEMS08", "Vunelto"),
            ("within 6%", "MAE", 6, "%", "PEMS08", "Vunelto"),
            ("MAE on PEMS08 by a further 0.41", "MAE", 0.41, None, "PEMS08", None),
            ("inference time per batch is 1.7\u00d7 shorter", "inference time reduction", 1.7, "\u00d7", None,
             "Vunelto"),
        ],
    },
    {
        "field": "traffic-forecasting",
        "title": "Vuqarro: Calibrated Probabilistic Traffic Forecasting with Graph-Conditioned Flow Matching",
        "text": (
            "Point forecasts hide the uncertainty that traffic operators need when planning around congestion. "
            "Probabilistic traffic forecasting with diffusion models such as DiffSTG and TimeGrad has improved "
            "calibration, but at the price of hundreds of denoising steps per sample. We present Vuqarro, a "
            "probabilistic forecaster that learns a graph-conditioned velocity field with flow matching and draws "
            "samples in as few as eight integration steps. A spatio-temporal graph encoder summarises the recent "
            "history of each sensor and its neighbours, and the velocity field is shared across nodes to keep the "
            "model small. On PEMS08, Vuqarro obtains a continuous ranked probability score (CRPS) of 0.061, compared "
            "with 0.069 for DiffSTG, 0.075 for CSDI and 0.083 for TimeGrad, and its median forecast reaches an MAE of "
            "14.92. On METR-LA and PEMS-BAY, Vuqarro improves CRPS over DiffSTG by 7.4% and 5.9%, respectively. "
            "Empirical coverage of the 90% prediction interval lies between 88.6% and 90.9% across the three "
            "datasets. Because it needs only eight steps, Vuqarro samples 100 forecasts for the whole of PEMS08 in "
            "0.8 s, a 43\u00d7 speed-up over DiffSTG. Sharpness and calibration can further be traded off at test "
            "time by changing the integration horizon, without retraining."
        ),
        "spans": [
            ("Vuqarro", "M"), ("Probabilistic Traffic Forecasting", "T"), ("Flow Matching", "M"),
            ("Probabilistic traffic forecasting", "T"), ("diffusion models", "M"), ("DiffSTG", "M"),
            ("TimeGrad", "M"), ("flow matching", "M"), ("PEMS08", "D"), ("continuous ranked probability score", "X"),
            ("CRPS", "X"), ("CSDI", "M"), ("MAE", "X"), ("METR-LA", "D"), ("PEMS-BAY", "D"),
            ("Empirical coverage", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("continuous ranked probability score (CRPS) of 0.061", "CRPS", 0.061, None, "PEMS08", "Vuqarro"),
            ("0.069 for DiffSTG", "CRPS", 0.069, None, "PEMS08", "DiffSTG"),
            ("0.075 for CSDI", "CRPS", 0.075, None, "PEMS08", "CSDI"),
            ("0.083 for TimeGrad", "CRPS", 0.083, None, "PEMS08", "TimeGrad"),
            ("MAE of 14.92", "MAE", 14.92, None, "PEMS08", "Vuqarro"),
            ("7.4%", "CRPS", 7.4, "%", "METR-LA", "Vuqarro"),
            ("5.9%", "CRPS", 5.9, "%", "PEMS-BAY", "Vuqarro"),
            ("Empirical coverage of the 90% prediction interval lies between 88.6% and 90.9%", "empirical coverage",
             90.9, "%", None, None, {"low": 88.6}),
            ("samples 100 forecasts for the whole of PEMS08 in 0.8 s", "sampling time", 0.8, "s", "PEMS08",
             "Vuqarro"),
            ("43\u00d7 speed-up", "speed-up", 43, "\u00d7", "PEMS08", "Vuqarro"),
        ],
    },
    {
        "field": "traffic-forecasting",
        "title": "Vubriskan: Block-Masked Pre-training for Traffic Speed Forecasting with Failing Sensors",
        "text": (
            "Loop detectors fail often, and a deployed traffic speed forecasting system has to cope with long, "
            "spatially clustered gaps in its input rather than the scattered missing values used in most benchmarks. "
            "A common remedy runs imputation first, for example with GRIN or SAITS, and then forecasts from the "
            "completed series, but errors of the first stage compound in the second. We propose Vubriskan, a single "
            "model that is pre-trained by masked autoencoding on blocks of sensors and time steps, in the spirit of "
            "STD-MAE, and then fine-tuned to forecast directly from incomplete inputs. We simulate block failures that "
            "remove between 20% and 60% of the readings of METR-LA and PEMS-BAY. With 40% of readings missing on "
            "METR-LA, Vubriskan attains a 60-minute MAE of 3.52, whereas Graph WaveNet fed with GRIN outputs reaches "
            "3.97 and AGCRN trained on zero-filled inputs 4.46. Across all missing rates, Vubriskan's MAE grows by at "
            "most 9% relative to complete inputs, against 21\u201334% for the two-stage baselines. Vubriskan has "
            "1.4M parameters and requires 3.6 GFLOPs per forecast, comparable to Graph WaveNet. These results suggest "
            "that robustness to missing inputs is better learned during pre-training than patched on afterwards."
        ),
        "spans": [
            ("Vubriskan", "M"), ("Traffic Speed Forecasting", "T"), ("traffic speed forecasting", "T"),
            ("imputation", "T"), ("GRIN", "M"), ("SAITS", "M"), ("masked autoencoding", "M"), ("STD-MAE", "M"),
            ("METR-LA", "D"), ("PEMS-BAY", "D"), ("MAE", "X"), ("Graph WaveNet", "M"), ("AGCRN", "M"),
            ("GFLOPs", "X"),
        ],
        "results": [
            ("MAE of 3.52", "MAE", 3.52, None, "METR-LA", "Vubriskan"),
            ("3.97", "MAE", 3.97, None, "METR-LA", "Graph WaveNet"),
            ("4.46", "MAE", 4.46, None, "METR-LA", "AGCRN"),
            ("MAE grows by at most 9%", "MAE", 9, "%", None, "Vubriskan"),
            ("21\u201334%", "MAE", 34, "%", None, None, {"low": 21}),
            ("3.6 GFLOPs", "FLOPs", 3.6, "G", None, "Vubriskan"),
        ],
    },
]
