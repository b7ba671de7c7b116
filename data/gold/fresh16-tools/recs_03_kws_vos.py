"""fresh16 records: keyword-spotting (6) and video-object-segmentation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the PaperLens
pipeline, its knowledge base and its output were never looked at or run."""

COINED = ["Kvellbit", "Kvarnwake", "Kvistune", "Kvorlin", "Kvaspell", "Kvenmatch",
          "Kvandrel", "Kvelmoss", "Kvindra", "Kvorsh", "Kvarlume", "Kvestamp", "KvistaPour"]

RECS = [
    # ------------------------------------------------------------ keyword-spotting
    {
        "field": "keyword-spotting",
        "title": "Kvellbit: Sub-8-bit Broadcasted Residual Networks for Always-On Keyword Spotting on Microcontrollers",
        "text": (
            "Always-on keyword spotting (KWS) on microcontrollers must fit within a few hundred kilobytes of memory "
            "and a milliwatt power envelope, which has made broadcasted residual learning (BC-ResNet) and depthwise "
            "separable CNNs (DS-CNN) the default backbones. Uniform 8-bit quantization of these models is nearly "
            "lossless, but pushing weights and activations below 8 bits degrades accuracy sharply, because the "
            "frequency-wise convolutions of BC-ResNet produce heavy-tailed activations. We present Kvellbit, a "
            "quantization-aware training scheme that assigns 2-, 4- or 6-bit precision to each layer through a "
            "differentiable bit-width search and folds the sub-spectral normalization statistics into learned "
            "clipping ranges. On the 12-keyword split of Google Speech Commands v2 (GSC v2-12), a Kvellbit "
            "BC-ResNet-3 with 4-bit weights and activations reaches 98.1% accuracy, compared with 98.0% for the "
            "full-precision BC-ResNet-3 and 97.3% for LSQ applied to the same model. On GSC v2-35, the "
            "mixed-precision Kvellbit BC-ResNet-8 obtains 97.9% with a model size of 121 KB. Across five model "
            "widths, Kvellbit stays within 0.3 points of full-precision accuracy while shrinking the weight memory "
            "by 5.2\u20137.6\u00d7. Deployed on an STM32H7 microcontroller with CMSIS-NN kernels, a Kvellbit "
            "BC-ResNet-1 runs one inference in 6.4 ms, 2.1\u00d7 faster than its 8-bit counterpart, at a peak RAM "
            "of 38 KB. We release the training code and the deployment toolchain."
        ),
        "spans": [
            ("Kvellbit", "M"), ("Broadcasted Residual Networks", "M"), ("Keyword Spotting", "T"),
            ("keyword spotting", "T"), ("KWS", "T"), ("broadcasted residual learning", "M"), ("BC-ResNet", "M"),
            ("depthwise separable CNNs", "M"), ("DS-CNN", "M"), ("quantization", "M"), ("accuracy", "X"),
            ("quantization-aware training", "M"), ("sub-spectral normalization", "M"),
            ("Google Speech Commands v2", "D"), ("GSC v2-12", "D"), ("BC-ResNet-3", "M"), ("LSQ", "M"),
            ("GSC v2-35", "D"), ("BC-ResNet-8", "M"), ("model size", "X"), ("weight memory", "X"),
            ("BC-ResNet-1", "M"), ("peak RAM", "X"),
        ],
        "results": [
            ("98.1% accuracy", "accuracy", 98.1, "%", "GSC v2-12", "Kvellbit"),
            ("98.0%", "accuracy", 98.0, "%", "GSC v2-12", "BC-ResNet-3"),
            ("97.3%", "accuracy", 97.3, "%", "GSC v2-12", "LSQ"),
            ("97.9%", "accuracy", 97.9, "%", "GSC v2-35", "Kvellbit"),
            ("model size of 121 KB", "model size", 121, "KB", "GSC v2-35", "Kvellbit"),
            ("within 0.3 points of full-precision accuracy", "accuracy", 0.3, "points", None, "Kvellbit"),
            ("shrinking the weight memory by 5.2\u20137.6\u00d7", "weight memory reduction", 7.6, "\u00d7", None,
             "Kvellbit", {"low": 5.2}),
            ("runs one inference in 6.4 ms", "latency", 6.4, "ms", None, "Kvellbit"),
            ("2.1\u00d7 faster", "speed-up", 2.1, "\u00d7", None, "Kvellbit"),
            ("peak RAM of 38 KB", "peak RAM", 38, "KB", None, "Kvellbit"),
        ],
    },
    {
        "field": "keyword-spotting",
        "title": "Kvarnwake: Streaming Wake-Word Detection with Stateful Conformer Blocks and Hard-Negative Curricula",
        "text": (
            "Wake-word detection on smart speakers is judged by two numbers: how often the device ignores its owner "
            "and how often it wakes up on its own. Production detectors trade these off with small convolutional or "
            "recurrent models, while streaming Conformer encoders are rarely used because they were designed for "
            "automatic speech recognition (ASR) and are too large for always-on use. We propose Kvarnwake, a "
            "streaming detector built from stateful Conformer blocks with a 40 ms look-ahead, trained with a "
            "max-pooling loss and a curriculum that gradually raises the share of hard negatives mined from 6,000 "
            "hours of far-field television and podcast audio. On the Hey Snips dataset, Kvarnwake achieves a false "
            "rejection rate (FRR) of 0.41% at 0.5 false alarms per hour (FA/h), whereas the best previously "
            "reported system reaches 0.92% at the same operating point. On the Mobvoi Hotwords dataset "
            "(Hi-Xiaowen), the FRR falls to 0.38% at 1 FA/h, and on an internal far-field test set the number of "
            "false alarms per hour drops by 63% relative to a DS-CNN detector of the same size. With 180K "
            "parameters, Kvarnwake processes a 10 ms frame in 0.7 ms on a single Cortex-A53 core. Ablations show "
            "that the curriculum, not the look-ahead, accounts for most of the reduction in false alarms, and that "
            "television audio supplies the most valuable hard negatives."
        ),
        "spans": [
            ("Kvarnwake", "M"), ("Wake-Word Detection", "T"), ("Wake-word detection", "T"), ("Conformer", "M"),
            ("automatic speech recognition", "T"), ("ASR", "T"), ("max-pooling loss", "M"), ("Hey Snips", "D"),
            ("false rejection rate", "X"), ("FRR", "X"), ("false alarms per hour", "X"), ("FA/h", "X"),
            ("Mobvoi Hotwords", "D"), ("Hi-Xiaowen", "D"), ("DS-CNN", "M"),
        ],
        "results": [
            ("false rejection rate (FRR) of 0.41%", "FRR", 0.41, "%", "Hey Snips", "Kvarnwake"),
            ("0.92%", "FRR", 0.92, "%", "Hey Snips", None),
            ("FRR falls to 0.38%", "FRR", 0.38, "%", "Mobvoi Hotwords", None),
            ("false alarms per hour drops by 63%", "false alarms per hour reduction", 63, "%", None, None),
            ("processes a 10 ms frame in 0.7 ms", "processing time", 0.7, "ms", None, "Kvarnwake"),
        ],
    },
    {
        "field": "keyword-spotting",
        "title": "Kvistune: Phoneme-Aligned Audio-Text Matching for Open-Vocabulary Keyword Spotting",
        "text": (
            "User-defined keyword spotting lets people enroll arbitrary wake phrases by typing them, which requires "
            "a model that decides whether a spoken utterance matches a text query never seen in training. Current "
            "audio-text matchers such as CMCD and PhonMatchNet compare a global utterance embedding with a phoneme "
            "sequence and struggle when the query and a distractor differ by a single phoneme. Kvistune instead "
            "aligns audio frames to phonemes with a monotonic cross-attention layer, scores each phoneme separately, "
            "and pools the per-phoneme scores into a decision with a small discriminator. Its audio encoder is "
            "distilled from a frozen Whisper-small encoder into a 0.9M-parameter Conformer. We train on the "
            "LibriPhrase training data derived from LibriSpeech and evaluate on the easy (LP_E) and hard (LP_H) "
            "LibriPhrase test splits and on Google Speech Commands v1. Kvistune achieves an equal error rate (EER) "
            "of 1.72% on LP_E and 14.9% on LP_H, against 8.42% and 32.9% for CMCD and 2.80% and 18.8% for "
            "PhonMatchNet, and Kvistune's AUC on LP_H is 92.6%. On Speech Commands, which the model never saw in "
            "training, Kvistune reaches an EER of 5.8% and an AUC of 98.1%. Errors concentrate on queries shorter "
            "than three phonemes, and adding scores from a second pronunciation lexicon removes about a third of "
            "them."
        ),
        "spans": [
            ("Kvistune", "M"), ("Open-Vocabulary Keyword Spotting", "T"), ("User-defined keyword spotting", "T"),
            ("CMCD", "M"), ("PhonMatchNet", "M"), ("Whisper-small", "M"), ("Conformer", "M"),
            ("LibriPhrase", "D"), ("LibriSpeech", "D"), ("LP_E", "D"), ("LP_H", "D"),
            ("Google Speech Commands v1", "D"), ("Speech Commands", "D"), ("equal error rate", "X"), ("EER", "X"),
            ("AUC", "X"),
        ],
        "results": [
            ("equal error rate (EER) of 1.72%", "EER", 1.72, "%", "LP_E", "Kvistune"),
            ("14.9%", "EER", 14.9, "%", "LP_H", "Kvistune"),
            ("8.42%", "EER", 8.42, "%", "LP_E", "CMCD"),
            ("32.9%", "EER", 32.9, "%", "LP_H", "CMCD"),
            ("2.80%", "EER", 2.8, "%", "LP_E", "PhonMatchNet"),
            ("18.8%", "EER", 18.8, "%", "LP_H", "PhonMatchNet"),
            ("AUC on LP_H is 92.6%", "AUC", 92.6, "%", "LP_H", "Kvistune"),
            ("EER of 5.8%", "EER", 5.8, "%", "Google Speech Commands v1", "Kvistune"),
            ("AUC of 98.1%", "AUC", 98.1, "%", "Google Speech Commands v1", "Kvistune"),
        ],
    },
    {
        "field": "keyword-spotting",
        "title": "Kvorlin: Multilingual Few-Shot Keyword Spotting with Self-Supervised Speech Embeddings and "
                 "Prototype Recalibration",
        "text": (
            "Few-shot keyword spotting aims to recognize new keywords from a handful of enrollment utterances, a "
            "setting that matters most for low-resource languages where labelled keyword data are scarce. We "
            "introduce Kvorlin, which extracts frame-level features from a multilingual self-supervised encoder "
            "(XLS-R 300M), compresses them into a 64-dimensional keyword embedding with a small pooling head, and "
            "classifies queries with prototypical networks whose prototypes are recalibrated at test time from "
            "unlabeled streaming audio. The embedding is trained with a triplet loss on 760 keywords from nine "
            "languages of the Multilingual Spoken Words Corpus (MSWC) and evaluated on keywords and languages held "
            "out from training. In the 5-shot, 10-way setting, Kvorlin reaches an average accuracy of 87.4% on "
            "unseen MSWC languages, +4.1% over the embedding model of Mazumder et al. and +9.6% over a DS-CNN "
            "trained from scratch. Gains are largest for the lowest-resource languages (6.2\u201311.8 points), and "
            "prototype recalibration alone contributes 2.3 points. On the few-shot split of Google Speech Commands "
            "v2 used in prior work, Kvorlin obtains 94.2% 5-shot accuracy, and a macro F1 of 0.91 in the open-set "
            "variant, where unknown words must be rejected. With the encoder frozen, enrolling a new keyword takes "
            "under 40 ms on a laptop CPU, and a distilled on-device student keeps 96% of the teacher's accuracy at "
            "1.1% of its size."
        ),
        "spans": [
            ("Kvorlin", "M"), ("Few-Shot Keyword Spotting", "T"), ("Few-shot keyword spotting", "T"),
            ("XLS-R 300M", "M"), ("prototypical networks", "M"), ("triplet loss", "M"),
            ("Multilingual Spoken Words Corpus", "D"), ("MSWC", "D"), ("average accuracy", "X"), ("accuracy", "X"),
            ("DS-CNN", "M"), ("Google Speech Commands v2", "D"), ("5-shot accuracy", "X"), ("macro F1", "X"),
        ],
        "results": [
            ("average accuracy of 87.4%", "accuracy", 87.4, "%", "MSWC", "Kvorlin"),
            ("+4.1%", "accuracy", 4.1, "%", "MSWC", "Kvorlin"),
            ("+9.6%", "accuracy", 9.6, "%", "MSWC", "Kvorlin"),
            ("6.2\u201311.8 points", "improvement", 11.8, "points", None, None, {"low": 6.2}),
            ("contributes 2.3 points", "improvement", 2.3, "points", None, None),
            ("94.2% 5-shot accuracy", "5-shot accuracy", 94.2, "%", "Google Speech Commands v2", "Kvorlin"),
            ("macro F1 of 0.91", "macro F1", 0.91, None, "Google Speech Commands v2", "Kvorlin"),
            ("enrolling a new keyword takes under 40 ms", "enrollment time", 40, "ms", None, None),
            ("keeps 96% of the teacher's accuracy", "relative accuracy", 96, "%", None, None),
            ("1.1% of its size", "relative size", 1.1, "%", None, None),
        ],
    },
    {
        "field": "keyword-spotting",
        "title": "Kvaspell: Learning Which Spectrogram Tokens to Keep for Efficient Transformer Keyword Spotting",
        "text": (
            "Keyword Transformers (KWT) reach state-of-the-art keyword spotting accuracy on Google Speech Commands, "
            "but self-attention over every time-frequency patch makes them far more expensive than convolutional "
            "models such as TC-ResNet and MatchboxNet. We observe that most patches of a one-second clip contain "
            "silence or background noise and contribute little to the decision. Kvaspell inserts two learned "
            "token-selection layers into a KWT backbone that keep only the patches attending most strongly to the "
            "class token and merge the rest into a single summary token, with the keep ratio annealed during "
            "training. Distillation from an Audio Spectrogram Transformer (AST) teacher recovers the accuracy lost "
            "to pruning. On GSC-V1-12 and GSC-V2-12, Kvaspell-S scores 97.6 / 98.3% accuracy at 0.34 GFLOPs, vs. "
            "97.5 / 98.2% for KWT-2 at 1.08 GFLOPs. On the 35-word GSC-V2-35 task, Kvaspell-S obtains 97.4% "
            "(KWT-3: 97.2%, BC-ResNet-8: 97.3%). Kvaspell-T, with 0.4M parameters, still reaches 96.9% on "
            "GSC-V2-12 at 0.07 GFLOPs, a 3.2\u00d7 reduction in FLOPs over KWT-1. Measured on a Raspberry Pi 4, "
            "inference latency drops from 19.8 ms for KWT-2 to 7.1 ms for Kvaspell-S. Token selection also helps "
            "under noise: with babble noise at 0 dB on the noisy GSC evaluation of prior work, accuracy drops by "
            "only 4.3 points, compared with 6.0 points for KWT-2."
        ),
        "spans": [
            ("Kvaspell", "M"), ("Kvaspell-S", "M"), ("Kvaspell-T", "M"), ("Transformer", "M"),
            ("Keyword Spotting", "T"), ("keyword spotting", "T"), ("Keyword Transformers", "M"), ("KWT", "M"),
            ("accuracy", "X"), ("Google Speech Commands", "D"), ("TC-ResNet", "M"), ("MatchboxNet", "M"),
            ("Distillation", "M"), ("Audio Spectrogram Transformer", "M"), ("AST", "M"), ("pruning", "M"),
            ("GSC-V1-12", "D"), ("GSC-V2-12", "D"), ("GSC-V2-35", "D"), ("GFLOPs", "X"), ("FLOPs", "X"),
            ("KWT-1", "M"), ("KWT-2", "M"), ("KWT-3", "M"), ("BC-ResNet-8", "M"), ("inference latency", "X"),
            ("GSC", "D"),
        ],
        "results": [
            ("97.6", "accuracy", 97.6, "%", "GSC-V1-12", "Kvaspell-S"),
            ("98.3% accuracy", "accuracy", 98.3, "%", "GSC-V2-12", "Kvaspell-S"),
            ("0.34 GFLOPs", "FLOPs", 0.34, "G", None, "Kvaspell-S"),
            ("97.5", "accuracy", 97.5, "%", "GSC-V1-12", "KWT-2"),
            ("98.2%", "accuracy", 98.2, "%", "GSC-V2-12", "KWT-2"),
            ("1.08 GFLOPs", "FLOPs", 1.08, "G", None, "KWT-2"),
            ("97.4%", "accuracy", 97.4, "%", "GSC-V2-35", "Kvaspell-S"),
            ("97.2%", "accuracy", 97.2, "%", "GSC-V2-35", "KWT-3"),
            ("97.3%", "accuracy", 97.3, "%", "GSC-V2-35", "BC-ResNet-8"),
            ("96.9%", "accuracy", 96.9, "%", "GSC-V2-12", "Kvaspell-T"),
            ("0.07 GFLOPs", "FLOPs", 0.07, "G", "GSC-V2-12", "Kvaspell-T"),
            ("3.2\u00d7 reduction in FLOPs", "FLOPs reduction", 3.2, "\u00d7", "GSC-V2-12", "Kvaspell-T"),
            ("inference latency drops from 19.8 ms", "inference latency", 19.8, "ms", None, "KWT-2"),
            ("7.1 ms", "inference latency", 7.1, "ms", None, "Kvaspell-S"),
            ("accuracy drops by only 4.3 points", "accuracy", 4.3, "points", "GSC", None),
            ("6.0 points", "accuracy", 6.0, "points", "GSC", "KWT-2"),
        ],
    },
    {
        "field": "keyword-spotting",
        "title": "Kvenmatch: Rehearsal-Free Class-Incremental Keyword Spotting with Frozen Backbones and "
                 "Drift-Corrected Prototypes",
        "text": (
            "Smart devices increasingly need to learn new keywords after deployment, but fine-tuning a keyword "
            "spotting (KWS) model on the new words alone causes catastrophic forgetting of the original vocabulary, "
            "and storing past recordings for rehearsal is often ruled out by privacy rules. We study "
            "class-incremental learning for KWS without any replay buffer. Kvenmatch freezes a BC-ResNet-8 backbone "
            "pre-trained on the first group of keywords, adapts it to each new group only through lightweight "
            "feature-wise linear modulation (FiLM) adapters, and replaces the linear classifier with class means "
            "whose drift is estimated from the shift that the adapters induce on current data. On the "
            "class-incremental split of Google Speech Commands v2 with five sessions, Kvenmatch attains an average "
            "incremental accuracy of 89.3% and a backward transfer (BWT) of -1.8, compared with 71.6% for elastic "
            "weight consolidation (EWC) and 84.0% for iCaRL, which stores 20 exemplars per class. On a longer "
            "15-session protocol built from the Multilingual Spoken Words Corpus, Kvenmatch ends with a final "
            "accuracy of 62.5%, 7.9 points above the strongest rehearsal-free baseline. Each new session adds a "
            "memory overhead of only 6.1 KB, and adaptation finishes in under 30 seconds on a smartphone CPU. We "
            "also find that freezing the backbone after the first session costs less plasticity than expected "
            "once the classifier drift is corrected."
        ),
        "spans": [
            ("Kvenmatch", "M"), ("Class-Incremental Keyword Spotting", "T"), ("keyword spotting", "T"),
            ("KWS", "T"), ("class-incremental learning", "T"), ("BC-ResNet-8", "M"),
            ("feature-wise linear modulation", "M"), ("FiLM", "M"), ("Google Speech Commands v2", "D"),
            ("average incremental accuracy", "X"), ("backward transfer", "X"), ("BWT", "X"),
            ("elastic weight consolidation", "M"), ("EWC", "M"), ("iCaRL", "M"),
            ("Multilingual Spoken Words Corpus", "D"), ("final accuracy", "X"), ("memory overhead", "X"),
        ],
        "results": [
            ("average incremental accuracy of 89.3%", "incremental accuracy", 89.3, "%",
             "Google Speech Commands v2", "Kvenmatch"),
            ("backward transfer (BWT) of -1.8", "BWT", -1.8, None, "Google Speech Commands v2", "Kvenmatch"),
            ("71.6%", "incremental accuracy", 71.6, "%", "Google Speech Commands v2", "EWC"),
            ("84.0%", "incremental accuracy", 84.0, "%", "Google Speech Commands v2", "iCaRL"),
            ("final accuracy of 62.5%", "final accuracy", 62.5, "%", "Multilingual Spoken Words Corpus",
             "Kvenmatch"),
            ("7.9 points above", "final accuracy", 7.9, "points", "Multilingual Spoken Words Corpus",
             "Kvenmatch"),
            ("memory overhead of only 6.1 KB", "memory overhead", 6.1, "KB", None, None),
            ("adaptation finishes in under 30 seconds", "adaptation time", 30, "s", None, None),
        ],
    },
    # ------------------------------------------------------------ video-object-segmentation
    {
        "field": "video-object-segmentation",
        "title": "Kvandrel: Object-Level Memory Consolidation for Semi-Supervised Video Object Segmentation in Long "
                 "Videos",
        "text": (
            "Memory-based methods such as XMem and Cutie dominate semi-supervised video object segmentation (VOS), "
            "yet their memory either grows with video length or is pruned by heuristics that discard the very "
            "frames needed to recover an object after a long occlusion. We propose Kvandrel, which consolidates "
            "pixel-level memory into a fixed budget of object-level slots by periodically clustering memory keys "
            "with a differentiable Sinkhorn assignment, and keeps a sparse set of uncompressed anchor frames chosen "
            "by a learned reliability score. Reading from the consolidated slots costs constant time per frame "
            "regardless of video length. Kvandrel reaches 88.6 J&F on DAVIS 2017 val and a G score of 87.1 on "
            "YouTube-VOS 2019, on par with Cutie (88.8 and 87.0), while its gains concentrate on harder and longer "
            "benchmarks: 71.4 J&F on MOSE (+2.5 over Cutie) and 83.9 J&F on LVOS val (+5.7). On LVOS, peak GPU "
            "memory stays below 2.1 GB for videos longer than 10,000 frames, whereas XMem needs 6.8 GB. Kvandrel "
            "runs at 31.5 FPS on a single A100 at 480p, 1.4\u00d7 faster than Cutie-base. Ablations show that "
            "anchor frames matter most for objects that reappear after more than 200 frames, and that the "
            "consolidation schedule can be changed at test time without retraining."
        ),
        "spans": [
            ("Kvandrel", "M"), ("Semi-Supervised Video Object Segmentation", "T"),
            ("semi-supervised video object segmentation", "T"), ("VOS", "T"), ("XMem", "M"), ("Cutie", "M"),
            ("Cutie-base", "M"), ("Sinkhorn", "M"), ("J&F", "X"), ("DAVIS 2017 val", "D"), ("G", "X"),
            ("YouTube-VOS 2019", "D"), ("MOSE", "D"), ("LVOS val", "D"), ("LVOS", "D"), ("peak GPU memory", "X"),
            ("FPS", "X"),
        ],
        "results": [
            ("88.6 J&F", "J&F", 88.6, None, "DAVIS 2017 val", "Kvandrel"),
            ("G score of 87.1", "G", 87.1, None, "YouTube-VOS 2019", "Kvandrel"),
            ("88.8", "J&F", 88.8, None, "DAVIS 2017 val", "Cutie"),
            ("87.0", "G", 87.0, None, "YouTube-VOS 2019", "Cutie"),
            ("71.4 J&F", "J&F", 71.4, None, "MOSE", "Kvandrel"),
            ("+2.5", "J&F", 2.5, None, "MOSE", "Kvandrel"),
            ("83.9 J&F", "J&F", 83.9, None, "LVOS val", "Kvandrel"),
            ("+5.7", "J&F", 5.7, None, "LVOS val", "Kvandrel"),
            ("peak GPU memory stays below 2.1 GB", "peak GPU memory", 2.1, "GB", "LVOS", None),
            ("6.8 GB", "peak GPU memory", 6.8, "GB", "LVOS", "XMem"),
            ("31.5 FPS", "FPS", 31.5, None, None, "Kvandrel"),
            ("1.4\u00d7 faster", "speed-up", 1.4, "\u00d7", None, "Kvandrel"),
        ],
    },
    {
        "field": "video-object-segmentation",
        "title": "Kvelmoss: Temporally Grounded Multimodal LLM Reasoning for Referring Video Object Segmentation",
        "text": (
            "Referring video object segmentation (RVOS) asks a model to segment, in every frame, the object "
            "described by a natural-language expression. Expressions in recent benchmarks such as MeViS describe "
            "motions and relations that unfold over many frames, which query-based segmenters like ReferFormer and "
            "MTTR, built around static appearance cues, handle poorly. We present Kvelmoss, in which a multimodal "
            "large language model (MLLM) first localizes the time window where the expression holds and then emits "
            "a segmentation token that prompts a SAM 2 decoder on a keyframe; the resulting mask is propagated "
            "through the rest of the video by the SAM 2 memory. The MLLM is built on LLaVA-OneVision-7B and "
            "fine-tuned with LoRA on a mixture of Ref-YouTube-VOS, MeViS and referring image segmentation data. "
            "Kvelmoss achieves 54.3 J&F on MeViS, 4.7 points above VISA and 9.1 above DsHmp, together with 70.2 J&F "
            "on Ref-YouTube-VOS and 73.5 on Ref-DAVIS17. In a zero-shot transfer to the ReasonVOS benchmark, "
            "Kvelmoss scores 52.0 J&F, compared with 41.8 for VideoLISA. A breakdown by expression type shows the "
            "largest gains on expressions that refer to the order of events, where the time-window localization "
            "step alone recovers 6.3 points."
        ),
        "spans": [
            ("Kvelmoss", "M"), ("Multimodal LLM", "M"), ("Referring Video Object Segmentation", "T"),
            ("Referring video object segmentation", "T"), ("RVOS", "T"), ("MeViS", "D"), ("ReferFormer", "M"),
            ("MTTR", "M"), ("multimodal large language model", "M"), ("MLLM", "M"), ("SAM 2", "M"),
            ("LLaVA-OneVision-7B", "M"), ("LoRA", "M"), ("Ref-YouTube-VOS", "D"),
            ("referring image segmentation", "T"), ("J&F", "X"), ("VISA", "M"), ("DsHmp", "M"),
            ("Ref-DAVIS17", "D"), ("ReasonVOS", "D"), ("VideoLISA", "M"),
        ],
        "results": [
            ("54.3 J&F", "J&F", 54.3, None, "MeViS", "Kvelmoss"),
            ("4.7 points above", "J&F", 4.7, "points", "MeViS", "Kvelmoss"),
            ("9.1", "J&F", 9.1, None, "MeViS", "Kvelmoss"),
            ("70.2 J&F", "J&F", 70.2, None, "Ref-YouTube-VOS", "Kvelmoss"),
            ("73.5", "J&F", 73.5, None, "Ref-DAVIS17", "Kvelmoss"),
            ("52.0 J&F", "J&F", 52.0, None, "ReasonVOS", "Kvelmoss"),
            ("41.8", "J&F", 41.8, None, "ReasonVOS", "VideoLISA"),
            ("recovers 6.3 points", "improvement", 6.3, "points", None, None),
        ],
    },
    {
        "field": "video-object-segmentation",
        "title": "Kvindra: Distilling SAM 2 into a Real-Time Mobile Model for Promptable Video Object Segmentation",
        "text": (
            "The Segment Anything Model 2 (SAM 2) has made promptable video object segmentation practical, but its "
            "Hiera image encoder and memory attention are too heavy for phones and embedded cameras. Efficient "
            "variants such as EfficientTAM and EdgeTAM shrink the image encoder yet keep memory attention largely "
            "intact, and once the encoder is small this module dominates the per-frame cost. We present Kvindra, "
            "which replaces memory attention with a gated cross-frame recurrence whose cost is linear in the number "
            "of memory tokens, and distills both the encoder and the recurrence from SAM 2-B+ on the SA-V training "
            "videos with a combined feature-matching and mask-level objective. The student uses a RepViT-M1.1 "
            "backbone and keeps the SAM 2 prompt encoder and mask decoder unchanged, so point, box and mask prompts "
            "work as before. On the SA-V test set, Kvindra reaches 70.8 J&F, compared with 76.0 for SAM 2-B+ and "
            "69.5 for EdgeTAM. In the semi-supervised setting, Kvindra obtains 86.1 J&F on DAVIS 2017 val and 66.4 "
            "on MOSE. Kvindra runs at 24 FPS on an iPhone 15 Pro, 2.6\u00d7 faster than EdgeTAM, and the memory "
            "module accounts for under 10% of its latency. We also discuss where the recurrence falls short, "
            "chiefly on videos with many similar objects that cross each other."
        ),
        "spans": [
            ("Kvindra", "M"), ("SAM 2", "M"), ("Promptable Video Object Segmentation", "T"),
            ("Segment Anything Model 2", "M"), ("promptable video object segmentation", "T"), ("Hiera", "M"),
            ("EfficientTAM", "M"), ("EdgeTAM", "M"), ("SAM 2-B+", "M", {"punct": True}), ("SA-V", "D"),
            ("RepViT-M1.1", "M"), ("J&F", "X"), ("DAVIS 2017 val", "D"), ("MOSE", "D"), ("FPS", "X"),
            ("latency", "X"),
        ],
        "results": [
            ("70.8 J&F", "J&F", 70.8, None, "SA-V", "Kvindra"),
            ("76.0", "J&F", 76.0, None, "SA-V", "SAM 2-B+"),
            ("69.5", "J&F", 69.5, None, "SA-V", "EdgeTAM"),
            ("86.1 J&F", "J&F", 86.1, None, "DAVIS 2017 val", "Kvindra"),
            ("66.4", "J&F", 66.4, None, "MOSE", "Kvindra"),
            ("24 FPS", "FPS", 24, None, None, "Kvindra"),
            ("2.6\u00d7 faster", "speed-up", 2.6, "\u00d7", None, "Kvindra"),
            ("under 10% of its latency", "share of latency", 10, "%", None, None),
        ],
    },
    {
        "field": "video-object-segmentation",
        "title": "Kvorsh: Training-Free Semi-Supervised Video Object Segmentation from Frozen Vision Foundation "
                 "Model Features",
        "text": (
            "Semi-supervised video object segmentation is usually solved by networks trained on tens of thousands "
            "of annotated videos. We ask how far one can get without any video training at all. Kvorsh propagates "
            "the first-frame mask by label propagation over frozen DINOv2 ViT-L/14 patch features, refines the "
            "propagated masks at full resolution with the mask decoder of the Segment Anything Model (SAM), and "
            "decides when to re-prompt SAM with a forward-backward consistency check between consecutive frames. "
            "No component is trained or fine-tuned on video. Even so, Kvorsh reaches 81.7 J&F on DAVIS 2017 val, "
            "within 5 points of the trained XMem and 9.2 points above the previous best training-free method, and "
            "74.6 J&F on YouTube-VOS 2018. On MOSE, where objects are small and crowded, the gap to trained models "
            "is larger: Kvorsh obtains 58.3 J&F vs. 68.8 for DeAOT, but closes more than half of this gap when the "
            "DINOv2 features are upsampled with FeatUp. An analysis of failure cases shows that most errors come "
            "from identity switches between similar instances rather than from imprecise boundaries. Because it "
            "needs no annotation beyond the first frame, Kvorsh is a strong zero-training baseline for new "
            "domains, which we illustrate on surgical and underwater footage."
        ),
        "spans": [
            ("Kvorsh", "M"), ("Semi-Supervised Video Object Segmentation", "T"),
            ("Semi-supervised video object segmentation", "T"), ("label propagation", "M"),
            ("DINOv2 ViT-L/14", "M"), ("DINOv2", "M"), ("Segment Anything Model", "M"), ("SAM", "M"),
            ("J&F", "X"), ("DAVIS 2017 val", "D"), ("XMem", "M"), ("YouTube-VOS 2018", "D"), ("MOSE", "D"),
            ("DeAOT", "M"), ("FeatUp", "M"),
        ],
        "results": [
            ("81.7 J&F", "J&F", 81.7, None, "DAVIS 2017 val", "Kvorsh"),
            ("within 5 points", "J&F", 5, "points", "DAVIS 2017 val", "Kvorsh"),
            ("9.2 points above", "J&F", 9.2, "points", "DAVIS 2017 val", "Kvorsh"),
            ("74.6 J&F", "J&F", 74.6, None, "YouTube-VOS 2018", "Kvorsh"),
            ("58.3 J&F", "J&F", 58.3, None, "MOSE", "Kvorsh"),
            ("68.8", "J&F", 68.8, None, "MOSE", "DeAOT"),
        ],
    },
    {
        "field": "video-object-segmentation",
        "title": "Kvarlume: Online Referring Video Object Segmentation with Language-Conditioned Query Propagation",
        "text": (
            "Most referring video object segmentation (RVOS) models process a clip offline, attending over all "
            "frames at once, which rules out streaming use and makes memory grow with clip length. Online methods "
            "such as OnlineRefer propagate object queries from frame to frame but let the language expression "
            "shape the queries only at initialization, so they drift when the described object changes "
            "appearance. We propose Kvarlume, an online RVOS framework in which the text embedding re-weights the "
            "propagated queries at every frame through a lightweight language-conditioned gate, while a contrastive "
            "query-to-expression loss keeps the target query apart from distractors. With a Video Swin-B backbone, "
            "Kvarlume obtains 65.9, 68.4 and 51.7 J&F on Ref-YouTube-VOS, Ref-DAVIS17 and MeViS, respectively, "
            "improving over OnlineRefer by 3.2 and 3.9 points on the first two. On A2D-Sentences, Kvarlume reaches "
            "52.1 mAP, 80.3 overall IoU and 72.6 mean IoU, and on JHMDB-Sentences 45.0 mAP, surpassing SgMg on "
            "every measure. Because each frame is processed only once, Kvarlume runs at 42 FPS with a ResNet-50 "
            "backbone, and its GPU memory does not grow with video length, whereas ReferFormer needs 3.8\u00d7 "
            "more GPU memory on 200-frame clips."
        ),
        "spans": [
            ("Kvarlume", "M"), ("Referring Video Object Segmentation", "T"),
            ("referring video object segmentation", "T"), ("RVOS", "T"), ("OnlineRefer", "M"),
            ("Video Swin-B", "M"), ("J&F", "X"), ("Ref-YouTube-VOS", "D"), ("Ref-DAVIS17", "D"), ("MeViS", "D"),
            ("A2D-Sentences", "D"), ("mAP", "X"), ("overall IoU", "X"), ("mean IoU", "X"),
            ("JHMDB-Sentences", "D"), ("SgMg", "M"), ("FPS", "X"), ("ResNet-50", "M"), ("GPU memory", "X"),
            ("ReferFormer", "M"),
        ],
        "results": [
            ("65.9", "J&F", 65.9, None, "Ref-YouTube-VOS", "Kvarlume"),
            ("68.4", "J&F", 68.4, None, "Ref-DAVIS17", "Kvarlume"),
            ("51.7 J&F", "J&F", 51.7, None, "MeViS", "Kvarlume"),
            ("3.2", "J&F", 3.2, "points", "Ref-YouTube-VOS", "Kvarlume"),
            ("3.9 points", "J&F", 3.9, "points", "Ref-DAVIS17", "Kvarlume"),
            ("52.1 mAP", "mAP", 52.1, None, "A2D-Sentences", "Kvarlume"),
            ("80.3 overall IoU", "overall IoU", 80.3, None, "A2D-Sentences", "Kvarlume"),
            ("72.6 mean IoU", "mean IoU", 72.6, None, "A2D-Sentences", "Kvarlume"),
            ("45.0 mAP", "mAP", 45.0, None, "JHMDB-Sentences", "Kvarlume"),
            ("42 FPS", "FPS", 42, None, None, "Kvarlume"),
            ("3.8\u00d7 more GPU memory", "GPU memory", 3.8, "\u00d7", None, "ReferFormer"),
        ],
    },
    {
        "field": "video-object-segmentation",
        "title": "Kvestamp: State-Aware Memory for Segmenting Objects Through Transformations in Video",
        "text": (
            "Semi-supervised VOS methods assume that a target keeps its appearance, an assumption that breaks when "
            "objects are cut, folded, melted or poured. On the VOST benchmark, which is built around such "
            "transformations, state-of-the-art trackers lose 20 to 30 J&F points relative to their DAVIS scores. "
            "We introduce Kvestamp, which keeps a short-term memory for the current state of each object and a "
            "state bank of its past appearances, and writes to the bank only when a learned change detector "
            "signals a state transition. A split-aware decoder then predicts masks for objects that divide into "
            "several parts. We also release KvistaPour, an evaluation set of 142 egocentric cooking and crafting "
            "videos with dense masks on every fifth frame. On VOST val, Kvestamp attains 54.2 J&F and 46.8 J_tr, "
            "the region similarity after the transformation, compared with 48.5 and 41.0 for Cutie and 51.9 and "
            "44.3 for SAM 2 [AOT: 43.9 / 36.2]. On KvistaPour, gains over Cutie range from 3.1 to 7.4 J&F across "
            "the four transformation types, and Kvestamp ranks first on 3 of the 4 types. Kvestamp also keeps pace "
            "on standard benchmarks, with 86.9 J&F on DAVIS 2017 val and a G score of 85.7 on YouTube-VOS 2019, "
            "matching its XMem-style baseline. The change detector adds 4% to the runtime."
        ),
        "spans": [
            ("Kvestamp", "M"), ("Semi-supervised VOS", "T"), ("VOST", "D"), ("VOST val", "D"), ("J&F", "X"),
            ("DAVIS", "D"), ("KvistaPour", "D"), ("J_tr", "X"), ("region similarity", "X"), ("Cutie", "M"),
            ("SAM 2", "M"), ("AOT", "M"), ("DAVIS 2017 val", "D"), ("G", "X"), ("YouTube-VOS 2019", "D"),
            ("XMem", "M"), ("runtime", "X"),
        ],
        "results": [
            ("lose 20 to 30 J&F points", "J&F", 30, "points", "VOST", None, {"low": 20}),
            ("54.2 J&F", "J&F", 54.2, None, "VOST val", "Kvestamp"),
            ("46.8 J_tr", "J_tr", 46.8, None, "VOST val", "Kvestamp"),
            ("48.5", "J&F", 48.5, None, "VOST val", "Cutie"),
            ("41.0", "J_tr", 41.0, None, "VOST val", "Cutie"),
            ("51.9", "J&F", 51.9, None, "VOST val", "SAM 2"),
            ("44.3", "J_tr", 44.3, None, "VOST val", "SAM 2"),
            ("43.9", "J&F", 43.9, None, "VOST val", "AOT"),
            ("36.2", "J_tr", 36.2, None, "VOST val", "AOT"),
            ("range from 3.1 to 7.4 J&F", "J&F", 7.4, None, "KvistaPour", None, {"low": 3.1}),
            ("ranks first on 3 of the 4 types", "types ranked first", 3, None, "KvistaPour", "Kvestamp"),
            ("86.9 J&F", "J&F", 86.9, None, "DAVIS 2017 val", "Kvestamp"),
            ("G score of 85.7", "G", 85.7, None, "YouTube-VOS 2019", "Kvestamp"),
            ("adds 4% to the runtime", "runtime", 4, "%", None, None),
        ],
    },
]
