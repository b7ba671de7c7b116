"""dev28 records: audio-visual-segmentation (6) and text-style-transfer (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline, its
knowledge base and its output were never looked at or run."""

COINED = ["Rvandel", "Rvolith", "Rvenmar", "Rvaskor", "Rvindle", "Rvothra", "RvoxBench",
          "Rvelquin", "Rvastor", "Rvemble", "Rvuntide", "Rvorsk", "Rvilmet"]

RECS = [
    # ------------------------------------------------------------ audio-visual-segmentation
    {
        "field": "audio-visual-segmentation",
        "title": "Rvandel: Audio-Queried Mask Decoding with Temporal Sound Anchors for Audio-Visual Segmentation",
        "text": (
            "Audio-visual segmentation (AVS) aims to delineate, at the pixel level, the objects that produce the "
            "sounds heard in a video clip. Recent query-based models such as AVSegFormer and COMBO inject audio "
            "features into a Mask2Former-style decoder, but they treat the audio embedding of each frame "
            "independently and often segment silent yet salient objects. We propose Rvandel, which turns VGGish "
            "embeddings of a one-second sliding window into a small set of temporal sound anchors that act as "
            "queries, and aligns them with PVT-v2 visual features before mask decoding. A lightweight silence gate "
            "suppresses masks when the audio energy of a clip falls below a learned threshold. On the "
            "AVSBench-object benchmark, Rvandel with a PVT-v2-B5 backbone reaches 85.9 mIoU and 0.921 F-score on the "
            "single-source S4 subset and 64.8 mIoU and 0.748 F-score on the multi-source MS3 subset, compared with "
            "84.7/0.919 and 59.2/0.712 for COMBO and 82.1/0.899 and 58.4/0.693 for AVSegFormer. On "
            "AVSBench-semantic, which requires assigning one of 70 categories to each sounding object, Rvandel "
            "obtains 44.6 mIoU, +2.5 over COMBO. With a ResNet-50 backbone, the gains are similar (+3.1 mIoU on "
            "MS3). The anchor decoder adds only 4.2M parameters, and the full model runs at 23 FPS on a single "
            "A100 GPU. Ablations show that the silence gate alone accounts for a 1.7-point gain on MS3, while "
            "removing the anchors and using per-frame audio queries brings performance back to the level of "
            "AVSegFormer."
        ),
        "spans": [
            ("Rvandel", "M"), ("Audio-Visual Segmentation", "T"), ("Audio-visual segmentation", "T"), ("AVS", "T"),
            ("AVSegFormer", "M"), ("COMBO", "M"), ("Mask2Former", "M"), ("VGGish", "M"), ("PVT-v2", "M"),
            ("AVSBench-object", "D"), ("PVT-v2-B5", "M"), ("mIoU", "X"), ("F-score", "X"), ("S4", "D"),
            ("MS3", "D"), ("AVSBench-semantic", "D"), ("ResNet-50", "M"), ("FPS", "X"),
        ],
        "results": [
            ("85.9 mIoU", "mIoU", 85.9, None, "S4", "Rvandel"),
            ("0.921 F-score", "F-score", 0.921, None, "S4", "Rvandel"),
            ("64.8 mIoU", "mIoU", 64.8, None, "MS3", "Rvandel"),
            ("0.748 F-score", "F-score", 0.748, None, "MS3", "Rvandel"),
            ("84.7", "mIoU", 84.7, None, "S4", "COMBO"),
            ("0.919", "F-score", 0.919, None, "S4", "COMBO"),
            ("59.2", "mIoU", 59.2, None, "MS3", "COMBO"),
            ("0.712", "F-score", 0.712, None, "MS3", "COMBO"),
            ("82.1", "mIoU", 82.1, None, "S4", "AVSegFormer"),
            ("0.899", "F-score", 0.899, None, "S4", "AVSegFormer"),
            ("58.4", "mIoU", 58.4, None, "MS3", "AVSegFormer"),
            ("0.693", "F-score", 0.693, None, "MS3", "AVSegFormer"),
            ("44.6 mIoU", "mIoU", 44.6, None, "AVSBench-semantic", "Rvandel"),
            ("+2.5 over COMBO", "mIoU", 2.5, None, "AVSBench-semantic", "Rvandel"),
            ("+3.1 mIoU on MS3", "mIoU", 3.1, None, "MS3", None),
            ("runs at 23 FPS", "FPS", 23, None, None, None),
            ("1.7-point gain on MS3", "improvement", 1.7, "points", "MS3", None),
        ],
    },
    {
        "field": "audio-visual-segmentation",
        "title": "Rvolith: Self-Supervised Sound Source Localization with Hard-Negative Mining over Silent Regions",
        "text": (
            "Visual sound source localization asks where in an image a sound comes from, and most self-supervised "
            "approaches learn it from the natural correspondence between audio and visual streams through "
            "contrastive learning. Methods such as EZ-VSL, SLAVC and FNAC have made steady progress on standard "
            "benchmarks, yet they are known to produce confident heatmaps for images whose audio is silent or comes "
            "from off-screen, a failure that the usual cIoU and AUC scores on Flickr-SoundNet and VGG-SS barely "
            "expose. We introduce Rvolith, which mines hard negatives from image regions that a frozen CLIP encoder "
            "deems semantically plausible but that a pretrained audio tagger marks as silent, and trains the "
            "localizer with a margin-based InfoNCE objective over these regions. No box or mask supervision is used "
            "at any point. All models are trained on 144k clips of VGGSound. Rvolith improves cIoU on VGG-SS from "
            "39.8 for SLAVC to 44.1, and on the Extended VGG-SS benchmark, which adds non-audible and off-screen "
            "samples, it raises max-F1 by 6.3 points and AP by 5.0 points over the strongest previous model. On "
            "Flickr-SoundNet, where most methods are saturated, it is on par with the state of the art. A "
            "qualitative study shows that the learned maps also ignore reflections and loudspeakers that are "
            "visible but muted. We argue that negative-aware evaluation should become the default for sound source "
            "localization, and release our mining code to encourage it."
        ),
        "spans": [
            ("Rvolith", "M"), ("Sound Source Localization", "T"), ("Visual sound source localization", "T"),
            ("sound source localization", "T"), ("Hard-Negative Mining", "M"), ("contrastive learning", "M"),
            ("EZ-VSL", "M"), ("SLAVC", "M"), ("FNAC", "M"), ("cIoU", "X"), ("AUC", "X"),
            ("Flickr-SoundNet", "D"), ("VGG-SS", "D"), ("Extended VGG-SS", "D"), ("CLIP", "M"), ("InfoNCE", "M"),
            ("VGGSound", "D"), ("max-F1", "X"), ("AP", "X"),
        ],
        "results": [
            ("cIoU on VGG-SS from 39.8", "cIoU", 39.8, None, "VGG-SS", "SLAVC"),
            ("44.1", "cIoU", 44.1, None, "VGG-SS", "Rvolith"),
            ("max-F1 by 6.3 points", "max-F1", 6.3, "points", "Extended VGG-SS", "Rvolith"),
            ("AP by 5.0 points", "AP", 5.0, "points", "Extended VGG-SS", "Rvolith"),
        ],
    },
    {
        "field": "audio-visual-segmentation",
        "title": "Rvenmar: A Lightweight Audio-Visual Segmenter for Real-Time Inference on Mobile Devices",
        "text": (
            "State-of-the-art audio-visual segmentation models rely on heavy Transformer backbones and multi-stage "
            "fusion, which makes them impractical for on-device use in hearing aids, smart glasses or video "
            "conferencing. We present Rvenmar, a compact segmenter that pairs a MobileNetV3 visual encoder with an "
            "audio branch distilled from BEATs and fuses the two only once, at 1/16 resolution, through a gated "
            "channel modulation block. Masks are refined by a two-layer convolutional head rather than a "
            "Transformer decoder. To recover the quality lost by this simplification, we apply knowledge "
            "distillation from a COMBO teacher at both feature and mask level. Rvenmar has 6.8M parameters and "
            "needs 9.4 GFLOPs per frame at 224\u00d7224, compared with 95.7M parameters and 118 GFLOPs for "
            "AVSegFormer with a PVT-v2-B5 backbone. On the S4 subset of AVSBench, Rvenmar retains 94% of the "
            "teacher's mIoU (79.6 vs. 84.7), and on MS3 it reaches 52.3 mIoU and 0.631 F-score. Latency on a "
            "Snapdragon 8 Gen 3 phone is 18 ms per frame, an 11.5\u00d7 speed-up over AVSegFormer and 3.2\u00d7 "
            "over TPAVI with a ResNet-50 backbone, while peak memory drops by 71%. Without distillation, mIoU on "
            "MS3 falls to 47.8. The model and an Android demo will be released."
        ),
        "spans": [
            ("Rvenmar", "M"), ("audio-visual segmentation", "T"), ("Transformer", "M"), ("MobileNetV3", "M"),
            ("BEATs", "M"), ("knowledge distillation", "M"), ("distillation", "M"), ("COMBO", "M"),
            ("parameters", "X"), ("GFLOPs", "X"), ("AVSegFormer", "M"), ("PVT-v2-B5", "M"), ("S4", "D"),
            ("AVSBench", "D"), ("mIoU", "X"), ("MS3", "D"), ("F-score", "X"), ("Latency", "X"),
            ("speed-up", "X"), ("TPAVI", "M"), ("ResNet-50", "M"), ("peak memory", "X"),
        ],
        "results": [
            ("6.8M parameters", "parameters", 6.8, "M", None, "Rvenmar"),
            ("9.4 GFLOPs", "GFLOPs", 9.4, None, None, "Rvenmar"),
            ("95.7M parameters", "parameters", 95.7, "M", None, "AVSegFormer"),
            ("118 GFLOPs", "GFLOPs", 118, None, None, "AVSegFormer"),
            ("retains 94% of the teacher's mIoU", "relative mIoU", 94, "%", "S4", "Rvenmar"),
            ("79.6", "mIoU", 79.6, None, "S4", "Rvenmar"),
            ("84.7", "mIoU", 84.7, None, "S4", None),
            ("52.3 mIoU", "mIoU", 52.3, None, "MS3", "Rvenmar"),
            ("0.631 F-score", "F-score", 0.631, None, "MS3", "Rvenmar"),
            ("Latency on a Snapdragon 8 Gen 3 phone is 18 ms", "latency", 18, "ms", None, None),
            ("11.5\u00d7 speed-up", "speed-up", 11.5, "\u00d7", None, None),
            ("3.2\u00d7 over TPAVI", "speed-up", 3.2, "\u00d7", None, None),
            ("peak memory drops by 71%", "peak memory reduction", 71, "%", None, None),
            ("mIoU on MS3 falls to 47.8", "mIoU", 47.8, None, "MS3", None),
        ],
    },
    {
        "field": "audio-visual-segmentation",
        "title": "Rvaskor: Prompting Segment Anything with Audio Tokens for Open-Vocabulary Audio-Visual "
                 "Semantic Segmentation",
        "text": (
            "The Segment Anything Model (SAM) produces high-quality masks from points, boxes or text, but it has no "
            "notion of which object in a scene is making a sound. Adapting it to audio-visual segmentation has so "
            "far required either full fine-tuning of the mask decoder, as in AV-SAM, or per-layer adapters, as in "
            "SAMA-AVS, and neither extends to categories unseen during training. We propose Rvaskor, which converts "
            "an audio clip into a handful of prompt tokens with a frozen CLAP audio encoder and a small Q-Former, "
            "feeds them to a frozen SAM together with box prompts from Grounding DINO, and labels each resulting "
            "mask by matching its visual embedding against CLAP text embeddings of category names. Only 3.1M "
            "parameters are trained. We evaluate on AVSBench-semantic (AVSS) and on an open-vocabulary split of it "
            "in which 20 of the 70 classes are held out during training. On the standard AVSS split, Rvaskor "
            "obtains 46.2 mIoU and 0.512 F-score, ahead of COMBO (42.1 / 0.465) and AVSegFormer (36.7 / 0.424). On "
            "the held-out classes, Rvaskor reaches 31.8 mIoU, whereas closed-set models fall below 5 mIoU. Rvaskor "
            "also transfers zero-shot to the single-source S4 subset, scoring 80.3 mIoU without any training on "
            "it. Error analysis shows that most remaining failures involve off-screen sounds, for which the "
            "grounding stage still proposes a visible object."
        ),
        "spans": [
            ("Rvaskor", "M"), ("Segment Anything", "M"), ("Open-Vocabulary Audio-Visual Semantic Segmentation", "T"),
            ("Segment Anything Model", "M"), ("SAM", "M"), ("audio-visual segmentation", "T"),
            ("full fine-tuning", "M"), ("AV-SAM", "M"), ("SAMA-AVS", "M"), ("CLAP", "M"), ("Q-Former", "M"),
            ("Grounding DINO", "M"), ("AVSBench-semantic", "D"), ("AVSS", "D"), ("mIoU", "X"), ("F-score", "X"),
            ("COMBO", "M"), ("AVSegFormer", "M"), ("S4", "D"),
        ],
        "results": [
            ("46.2 mIoU", "mIoU", 46.2, None, "AVSBench-semantic", "Rvaskor"),
            ("0.512 F-score", "F-score", 0.512, None, "AVSBench-semantic", "Rvaskor"),
            ("42.1", "mIoU", 42.1, None, "AVSBench-semantic", "COMBO"),
            ("0.465", "F-score", 0.465, None, "AVSBench-semantic", "COMBO"),
            ("36.7", "mIoU", 36.7, None, "AVSBench-semantic", "AVSegFormer"),
            ("0.424", "F-score", 0.424, None, "AVSBench-semantic", "AVSegFormer"),
            ("31.8 mIoU", "mIoU", 31.8, None, None, "Rvaskor"),
            ("below 5 mIoU", "mIoU", 5, None, None, None),
            ("80.3 mIoU", "mIoU", 80.3, None, "S4", "Rvaskor"),
        ],
    },
    {
        "field": "audio-visual-segmentation",
        "title": "Rvindle: Unified Audio-Language Queries for Referring Audio-Visual Segmentation",
        "text": (
            "Referring audio-visual segmentation asks a model to segment the object described by a natural-language "
            "expression that may refer to what is seen, what is heard, or both, such as \"the instrument that starts "
            "playing second\". Existing approaches encode the expression, the audio and the frames with separate "
            "encoders and fuse them late, so temporal cues in the expression are rarely matched to the audio track. "
            "Rvindle instead builds a single set of audio-language queries: the expression is parsed by RoBERTa into "
            "entity and event phrases, each event phrase attends over BEATs audio tokens, and the resulting queries "
            "drive a Mask2Former decoder over Swin-B features. We additionally train with a null-reference loss so "
            "that expressions whose target is absent yield empty masks. On Ref-AVS Bench, Rvindle reaches a Jaccard "
            "index of 41.7 and an F-score of 0.573 on the Seen split, and 56.9 and 0.702 on the Unseen split, "
            "exceeding ReferFormer by 7.5 and 7.4 points in Jaccard index, respectively. Rvindle's S score on the "
            "Null split is 0.011, against 0.017 for AVSegFormer (lower is better). Removing the audio-language "
            "queries costs 5.2 points of Jaccard index on the Seen split, which confirms that grounding the "
            "expression in the audio track is the main source of the gain. Training takes 14 hours on eight GPUs."
        ),
        "spans": [
            ("Rvindle", "M"), ("Referring Audio-Visual Segmentation", "T"),
            ("Referring audio-visual segmentation", "T"), ("RoBERTa", "M"), ("BEATs", "M"), ("Mask2Former", "M"),
            ("Swin-B", "M"), ("Ref-AVS Bench", "D"), ("Jaccard index", "X"), ("F-score", "X"),
            ("ReferFormer", "M"), ("S score", "X"), ("AVSegFormer", "M"),
        ],
        "results": [
            ("Jaccard index of 41.7", "Jaccard index", 41.7, None, "Ref-AVS Bench", "Rvindle"),
            ("F-score of 0.573", "F-score", 0.573, None, "Ref-AVS Bench", "Rvindle"),
            ("56.9", "Jaccard index", 56.9, None, "Ref-AVS Bench", "Rvindle"),
            ("0.702", "F-score", 0.702, None, "Ref-AVS Bench", "Rvindle"),
            ("7.5", "Jaccard index", 7.5, "points", "Ref-AVS Bench", "Rvindle"),
            ("7.4 points in Jaccard index", "Jaccard index", 7.4, "points", "Ref-AVS Bench", "Rvindle"),
            ("S score on the Null split is 0.011", "S score", 0.011, None, None, "Rvindle"),
            ("0.017 for AVSegFormer", "S score", 0.017, None, None, "AVSegFormer"),
            ("costs 5.2 points of Jaccard index", "Jaccard index", 5.2, "points", None, None),
            ("Training takes 14 hours", "training time", 14, "h", None, None),
        ],
    },
    {
        "field": "audio-visual-segmentation",
        "title": "Rvothra: Training-Free Audio-Visual Segmentation with Off-the-Shelf Taggers, Detectors and "
                 "Promptable Segmenters",
        "text": (
            "Training-free pipelines built from large pretrained models are an appealing alternative to supervised "
            "audio-visual segmentation, whose pixel-level labels are costly to collect. We present Rvothra, which "
            "tags the sounding categories of a clip with BEATs, grounds the tags in each frame with Grounding DINO, "
            "segments the grounded boxes with SAM 2, and discards boxes whose audio-visual similarity under "
            "ImageBind is low. Since the existing benchmarks contain few frames in which a visible object is "
            "silent, we also introduce RvoxBench, 1,240 clips sourced from VGGSound and annotated with masks of "
            "sounding objects and of visible but silent distractors. Without any training, Rvothra achieves 67.4 "
            "mIoU on the S4 subset of AVSBench-object and 49.1 mIoU on MS3, surpassing the unsupervised method of "
            "Liu et al. by 12.6 and 9.8 points and coming within 6.2 points of the fully supervised TPAVI on MS3. "
            "On RvoxBench, Rvothra has a false-positive rate of 14.3% on silent distractors, compared with 38.9% "
            "for AVSegFormer and 27.5% for GAVS, both trained on AVSBench. Replacing BEATs with PANNs for tagging "
            "lowers mIoU on MS3 by 3.4 points. Inference costs about 1.1 s per frame on one GPU, which we view as "
            "the main limitation of the approach; caching the ImageBind embeddings brings it down to 0.6 s."
        ),
        "spans": [
            ("Rvothra", "M"), ("Audio-Visual Segmentation", "T"), ("audio-visual segmentation", "T"),
            ("BEATs", "M"), ("Grounding DINO", "M"), ("SAM 2", "M"), ("ImageBind", "M"), ("RvoxBench", "D"),
            ("VGGSound", "D"), ("mIoU", "X"), ("S4", "D"), ("AVSBench-object", "D"), ("MS3", "D"), ("TPAVI", "M"),
            ("false-positive rate", "X"), ("AVSegFormer", "M"), ("GAVS", "M"), ("AVSBench", "D"), ("PANNs", "M"),
        ],
        "results": [
            ("67.4 mIoU", "mIoU", 67.4, None, "S4", "Rvothra"),
            ("49.1 mIoU on MS3", "mIoU", 49.1, None, "MS3", "Rvothra"),
            ("12.6", "mIoU", 12.6, "points", "S4", "Rvothra"),
            ("9.8 points", "mIoU", 9.8, "points", "MS3", "Rvothra"),
            ("within 6.2 points", "mIoU", 6.2, "points", "MS3", "Rvothra"),
            ("false-positive rate of 14.3%", "false-positive rate", 14.3, "%", "RvoxBench", "Rvothra"),
            ("38.9% for AVSegFormer", "false-positive rate", 38.9, "%", "RvoxBench", "AVSegFormer"),
            ("27.5% for GAVS", "false-positive rate", 27.5, "%", "RvoxBench", "GAVS"),
            ("lowers mIoU on MS3 by 3.4 points", "mIoU", 3.4, "points", "MS3", None),
            ("Inference costs about 1.1 s", "inference time", 1.1, "s", None, None),
            ("0.6 s", "inference time", 0.6, "s", None, None),
        ],
    },
    # ------------------------------------------------------------ text-style-transfer
    {
        "field": "text-style-transfer",
        "title": "Rvelquin: Preference-Optimized Formality Transfer with Content-Anchored Rewards",
        "text": (
            "Formality transfer rewrites an informal sentence in a formal register, or vice versa, while keeping "
            "its meaning. Instruction-tuned large language models (LLMs) do this fluently, but they frequently "
            "over-edit, dropping or adding content in ways that a reference-based metric such as BLEU only partly "
            "detects. We propose Rvelquin, which fine-tunes Llama-3-8B with LoRA on the parallel pairs of GYAFC and "
            "then applies direct preference optimization (DPO) to preference pairs ranked by a content-anchored "
            "reward that combines a RoBERTa formality classifier with a token-level alignment score against the "
            "source. On the Entertainment & Music (E&M) and Family & Relationships (F&R) domains of GYAFC, Rvelquin "
            "obtains BLEU scores of 79.8 and 82.4 for informal-to-formal transfer, respectively, compared with 76.5 "
            "and 79.1 for the supervised fine-tuning (SFT) stage alone and 72.9 and 75.6 for few-shot GPT-4o. "
            "Formality accuracy reaches 93.1% on E&M and 94.6% on F&R, and the harmonic mean of BLEU and accuracy "
            "improves by 3.7 points on average over the strongest baseline, BART-large trained with reinforcement "
            "learning. In a human study of 300 outputs, annotators preferred Rvelquin over GPT-4o in 64% of "
            "pairwise comparisons for meaning preservation. In formal-to-informal transfer the gains are smaller "
            "(+1.2 BLEU), which we attribute to the greater diversity of acceptable informal rewrites. We release "
            "the preference data and the reward model."
        ),
        "spans": [
            ("Rvelquin", "M"), ("Formality Transfer", "T"), ("Formality transfer", "T"),
            ("large language models", "M"), ("LLMs", "M"), ("BLEU", "X"), ("Llama-3-8B", "M"), ("LoRA", "M"),
            ("GYAFC", "D"), ("direct preference optimization", "M"), ("DPO", "M"), ("RoBERTa", "M"),
            ("Entertainment & Music", "D"), ("E&M", "D"), ("Family & Relationships", "D"), ("F&R", "D"),
            ("informal-to-formal transfer", "T"), ("supervised fine-tuning", "M"), ("SFT", "M"), ("GPT-4o", "M"),
            ("Formality accuracy", "X"), ("harmonic mean", "X"), ("accuracy", "X"), ("BART-large", "M"),
            ("reinforcement learning", "M"), ("formal-to-informal transfer", "T"),
        ],
        "results": [
            ("BLEU scores of 79.8", "BLEU", 79.8, None, "Entertainment & Music", "Rvelquin"),
            ("82.4", "BLEU", 82.4, None, "Family & Relationships", "Rvelquin"),
            ("76.5", "BLEU", 76.5, None, "Entertainment & Music", "supervised fine-tuning"),
            ("79.1", "BLEU", 79.1, None, "Family & Relationships", "supervised fine-tuning"),
            ("72.9", "BLEU", 72.9, None, "Entertainment & Music", "GPT-4o"),
            ("75.6", "BLEU", 75.6, None, "Family & Relationships", "GPT-4o"),
            ("Formality accuracy reaches 93.1%", "formality accuracy", 93.1, "%", "Entertainment & Music", None),
            ("94.6% on F&R", "formality accuracy", 94.6, "%", "Family & Relationships", None),
            ("harmonic mean of BLEU and accuracy improves by 3.7 points", "harmonic mean", 3.7, "points", None,
             None),
            ("preferred Rvelquin over GPT-4o in 64% of pairwise comparisons", "win rate", 64, "%", None,
             "Rvelquin"),
            ("+1.2 BLEU", "BLEU", 1.2, None, None, None),
        ],
    },
    {
        "field": "text-style-transfer",
        "title": "Rvastor: Multilingual Text Detoxification via Toxic Span Masking and Cross-Lingual Paraphrase "
                 "Distillation",
        "text": (
            "Text detoxification rewrites toxic messages into neutral ones while preserving their non-toxic "
            "content. Parallel detoxification corpora such as ParaDetox exist for English and, since the TextDetox "
            "2024 shared task, for a handful of other languages, but most languages still lack training pairs. We "
            "present Rvastor, a two-stage approach that first localizes toxic spans with a multilingual XLM-R "
            "tagger and masks them, then fills the masks with mT0-XL, which we fine-tune on English ParaDetox and on "
            "synthetic pairs in nine languages distilled from GPT-4 paraphrases. Following the shared task "
            "protocol, we report style transfer accuracy (STA), content similarity (SIM) measured with LaBSE, "
            "fluency (FL) judged by a RoBERTa classifier trained on CoLA, and their product, the joint score J. On "
            "the MultiParaDetox test set, Rvastor achieves an average J of 0.612 across nine languages, against "
            "0.583 for the best system of the shared task and 0.441 for the Delete baseline. Gains are largest for "
            "Amharic and Hindi (+0.09 and +0.07 J), languages with fewer than 400 gold training pairs. On English "
            "ParaDetox, Rvastor reaches an STA of 0.91, a SIM of 0.87 and an FL of 0.88, with a J of 0.70 compared "
            "with 0.66 for a BART model fine-tuned on the same data. Human evaluation on Russian and German "
            "confirms the ranking. Because the masking step leaves non-toxic tokens untouched, Rvastor rarely "
            "alters named entities, a frequent complaint about LLM rewrites."
        ),
        "spans": [
            ("Rvastor", "M"), ("Multilingual Text Detoxification", "T"), ("Text detoxification", "T"),
            ("detoxification", "T"), ("ParaDetox", "D"), ("TextDetox 2024", "D"), ("XLM-R", "M"), ("mT0-XL", "M"),
            ("GPT-4", "M"), ("style transfer accuracy", "X"), ("STA", "X"), ("content similarity", "X"),
            ("SIM", "X"), ("LaBSE", "M"), ("fluency", "X"), ("FL", "X"), ("RoBERTa", "M"), ("CoLA", "D"),
            ("joint score", "X"), ("J", "X"), ("MultiParaDetox", "D"), ("average J", "X"), ("Delete", "M"),
            ("BART", "M"), ("LLM", "M"),
        ],
        "results": [
            ("average J of 0.612", "J", 0.612, None, "MultiParaDetox", "Rvastor"),
            ("0.583 for the best system", "J", 0.583, None, "MultiParaDetox", None),
            ("0.441 for the Delete baseline", "J", 0.441, None, "MultiParaDetox", "Delete"),
            ("+0.09", "J", 0.09, None, None, None),
            ("+0.07 J", "J", 0.07, None, None, None),
            ("STA of 0.91", "STA", 0.91, None, "ParaDetox", "Rvastor"),
            ("SIM of 0.87", "SIM", 0.87, None, "ParaDetox", "Rvastor"),
            ("FL of 0.88", "FL", 0.88, None, "ParaDetox", "Rvastor"),
            ("J of 0.70", "J", 0.70, None, "ParaDetox", "Rvastor"),
            ("0.66 for a BART model", "J", 0.66, None, "ParaDetox", "BART"),
        ],
    },
    {
        "field": "text-style-transfer",
        "title": "Rvemble: Non-Autoregressive Sentiment Transfer with Latent Edit Planning",
        "text": (
            "Unsupervised sentiment transfer flips the polarity of a review without parallel data, and the "
            "strongest systems today either edit tokens iteratively or decode autoregressively with a large "
            "language model, which makes them slow. We present Rvemble, a non-autoregressive editor that first "
            "predicts a compact plan of keep, delete and insert operations from a frozen BERT encoder and then fills "
            "all insertion slots in parallel, trained with a style classifier reward and a round-trip "
            "reconstruction term. On Yelp, Rvemble reaches 91.8% style accuracy, a reference BLEU of 29.6 and a "
            "perplexity of 34.1, and on Amazon it obtains 68.4%, 33.0 and 31.7 on the same three metrics. Compared "
            "with StyleTransformer (87.7% / 20.3 on Yelp) and DualRL (85.6% / 24.6), Rvemble improves both style "
            "accuracy and content preservation. Rvemble also matches the geometric mean of accuracy and BLEU "
            "obtained on Yelp by the LLM-based prompt-and-rerank method (52.1 vs. 52.4) while being 27\u00d7 faster "
            "at inference. Decoding a batch of 128 sentences takes 41 ms on a single GPU. Human judges rated the "
            "outputs of Rvemble as more fluent than those of StyleTransformer in 58% of cases. The operation plans "
            "are interpretable and can be edited by users before infilling, which we illustrate by controlling the "
            "intensity of the transfer."
        ),
        "spans": [
            ("Rvemble", "M"), ("Sentiment Transfer", "T"), ("Unsupervised sentiment transfer", "T"),
            ("large language model", "M"), ("BERT", "M"), ("Yelp", "D"), ("style accuracy", "X"),
            ("reference BLEU", "X"), ("perplexity", "X"), ("Amazon", "D"), ("StyleTransformer", "M"),
            ("DualRL", "M"), ("geometric mean", "X"), ("accuracy", "X"), ("BLEU", "X"), ("LLM", "M"),
            ("prompt-and-rerank", "M"),
        ],
        "results": [
            ("91.8% style accuracy", "style accuracy", 91.8, "%", "Yelp", "Rvemble"),
            ("reference BLEU of 29.6", "reference BLEU", 29.6, None, "Yelp", "Rvemble"),
            ("perplexity of 34.1", "perplexity", 34.1, None, "Yelp", "Rvemble"),
            ("68.4%", "style accuracy", 68.4, "%", "Amazon", "Rvemble"),
            ("33.0", "reference BLEU", 33.0, None, "Amazon", "Rvemble"),
            ("31.7", "perplexity", 31.7, None, "Amazon", "Rvemble"),
            ("87.7%", "style accuracy", 87.7, "%", "Yelp", "StyleTransformer"),
            ("20.3", "reference BLEU", 20.3, None, "Yelp", "StyleTransformer"),
            ("85.6%", "style accuracy", 85.6, "%", "Yelp", "DualRL"),
            ("24.6", "reference BLEU", 24.6, None, "Yelp", "DualRL"),
            ("52.1", "geometric mean", 52.1, None, "Yelp", "Rvemble"),
            ("52.4", "geometric mean", 52.4, None, "Yelp", "prompt-and-rerank"),
            ("27\u00d7 faster", "speed-up", 27, "\u00d7", None, "Rvemble"),
            ("Decoding a batch of 128 sentences takes 41 ms", "decoding time", 41, "ms", None, None),
            ("more fluent than those of StyleTransformer in 58% of cases", "win rate", 58, "%", None, "Rvemble"),
        ],
    },
    {
        "field": "text-style-transfer",
        "title": "Rvuntide: Inverse Paraphrasing with Style Exemplars for Low-Resource Authorship Style Transfer",
        "text": (
            "Authorship style transfer aims to rewrite a text so that it reads as if written by a particular "
            "author, given only a few samples of that author's writing. Paraphrase-based methods such as STRAP "
            "first normalize the input into neutral prose and then apply an inverse paraphraser trained per target "
            "style, which requires thousands of sentences per author. We introduce Rvuntide, which replaces the "
            "per-style inverse paraphrasers with a single Flan-T5-XL model conditioned on retrieved style exemplars "
            "and trained with a contrastive objective that separates authors in the embedding space of a style "
            "representation model. At test time, Rvuntide needs no gradient updates for a new author. We evaluate "
            "on the Corpus of Diverse Styles (CDS) and on the Shakespeare corpus, measuring target-style accuracy "
            "with a held-out classifier, semantic similarity with SIM, and fluency with a classifier trained on "
            "CoLA. With 16 exemplars per author, the aggregate score of Rvuntide on CDS is within 2 points of STRAP "
            "trained on the full data. On Shakespeare, Rvuntide reaches a target-style accuracy of 81.5%, against "
            "63.2% for few-shot prompting of GPT-3.5. We also find that how exemplars are retrieved matters more "
            "than how many are used: retrieving topically similar exemplars helps more than doubling their number. "
            "Our analysis suggests that contrastive style embeddings, rather than model scale, are what makes "
            "few-shot authorship style transfer possible."
        ),
        "spans": [
            ("Rvuntide", "M"), ("Authorship Style Transfer", "T"), ("Authorship style transfer", "T"),
            ("few-shot authorship style transfer", "T"), ("STRAP", "M"), ("Flan-T5-XL", "M"),
            ("Corpus of Diverse Styles", "D"), ("CDS", "D"), ("Shakespeare", "D"), ("target-style accuracy", "X"),
            ("semantic similarity", "X"), ("SIM", "X"), ("fluency", "X"), ("CoLA", "D"), ("aggregate score", "X"),
            ("few-shot prompting", "M"), ("GPT-3.5", "M"),
        ],
        "results": [
            ("within 2 points", "aggregate score", 2, "points", "CDS", "Rvuntide"),
            ("target-style accuracy of 81.5%", "target-style accuracy", 81.5, "%", "Shakespeare", "Rvuntide"),
            ("63.2% for few-shot prompting of GPT-3.5", "target-style accuracy", 63.2, "%", "Shakespeare",
             "GPT-3.5"),
        ],
    },
    {
        "field": "text-style-transfer",
        "title": "Rvorsk: Distilling LLM Rewriters into Small Models for Real-Time Detoxification and Formality "
                 "Transfer",
        "text": (
            "Large language models rewrite toxic or informal text well when prompted, which makes them strong "
            "systems for text detoxification and formality transfer, but serving them for real-time moderation of "
            "chat platforms is costly. We present Rvorsk, a recipe for distilling such rewriters into student "
            "models of 60M to 770M parameters. Rvorsk samples several candidate rewrites from GPT-4o-mini for every "
            "source sentence, filters them with a toxicity classifier and a sentence-embedding similarity "
            "threshold, and trains T5 students with sequence-level distillation followed by a brief stage of "
            "proximal policy optimization (PPO) against the same filters. On ParaDetox, the T5-large student "
            "reaches a J score of 0.68 [STA 0.93, SIM 0.84, FL 0.87], close to the teacher's 0.70, while T5-small "
            "still obtains 0.61. On the Family & Relationships domain of GYAFC, the T5-large student reaches 78.4 "
            "BLEU and 91.2% formality accuracy. On ParaDetox, the PPO stage improves J by 1.8\u20133.5 points, "
            "depending on student size. The students of Rvorsk run 14\u201342\u00d7 faster than the teacher, with a "
            "median latency of 9 ms per sentence on a CPU, and cut serving cost by 96%. We also report failure "
            "cases: implicit toxicity, as found in the ToxiGen dataset, is rarely neutralized, a limitation shared "
            "by the teacher."
        ),
        "spans": [
            ("Rvorsk", "M"), ("LLM", "M"), ("Detoxification", "T"), ("Formality Transfer", "T"),
            ("Large language models", "M"), ("text detoxification", "T"), ("formality transfer", "T"),
            ("GPT-4o-mini", "M"), ("T5", "M"), ("sequence-level distillation", "M"),
            ("proximal policy optimization", "M"), ("PPO", "M"), ("ParaDetox", "D"), ("T5-large", "M"),
            ("J score", "X"), ("STA", "X"), ("SIM", "X"), ("FL", "X"), ("T5-small", "M"),
            ("Family & Relationships", "D"), ("GYAFC", "D"), ("BLEU", "X"), ("formality accuracy", "X"),
            ("J", "X"), ("median latency", "X"), ("serving cost", "X"), ("ToxiGen", "D"),
        ],
        "results": [
            ("J score of 0.68", "J", 0.68, None, "ParaDetox", "T5-large"),
            ("STA 0.93", "STA", 0.93, None, "ParaDetox", "T5-large"),
            ("SIM 0.84", "SIM", 0.84, None, "ParaDetox", "T5-large"),
            ("FL 0.87", "FL", 0.87, None, "ParaDetox", "T5-large"),
            ("0.70", "J", 0.70, None, "ParaDetox", None),
            ("0.61", "J", 0.61, None, "ParaDetox", "T5-small"),
            ("78.4 BLEU", "BLEU", 78.4, None, "Family & Relationships", "T5-large"),
            ("91.2% formality accuracy", "formality accuracy", 91.2, "%", "Family & Relationships", "T5-large"),
            ("J by 1.8\u20133.5 points", "J", 3.5, "points", "ParaDetox", "PPO", {"low": 1.8}),
            ("14\u201342\u00d7 faster", "speed-up", 42, "\u00d7", None, "Rvorsk", {"low": 14}),
            ("median latency of 9 ms", "latency", 9, "ms", None, "Rvorsk"),
            ("cut serving cost by 96%", "serving cost reduction", 96, "%", None, "Rvorsk"),
        ],
    },
    {
        "field": "text-style-transfer",
        "title": "Rvilmet: Content-Orthogonal Steering Vectors for Training-Free Text Style Transfer",
        "text": (
            "Activation steering offers a training-free way to control the style of text generated by large "
            "language models, but vectors extracted with ActAdd or contrastive activation addition (CAA) tend to "
            "change content along with style when used for rewriting. We propose Rvilmet, which estimates a style "
            "direction from a few dozen unpaired sentences, projects out the component aligned with the content "
            "representation of the source sentence at every layer, and adapts the steering strength per token with "
            "a lightweight gate calibrated on held-out data. Rvilmet is applied to Llama-2-7B-Chat and "
            "Mistral-7B-Instruct without updating any weights. Across sentiment transfer on Yelp, formality "
            "transfer on GYAFC and detoxification on ParaDetox, Rvilmet improves the geometric mean of style "
            "accuracy and self-BLEU by 6.8, 4.9 and 5.5 points over CAA, respectively. On Yelp with "
            "Mistral-7B-Instruct, Rvilmet attains 88.9% style accuracy vs. 74.2% for zero-shot prompting, while its "
            "self-BLEU stays at 61.3 (vs. 42.0 for zero-shot prompting). Steering adds less than 2% to generation "
            "latency, whereas few-shot in-context learning with eight demonstrations increases it by 2.4\u00d7. The "
            "per-token gate is essential: with a fixed strength, perplexity rises from 38.2 to 57.6 on GYAFC. These "
            "results suggest that much of the stylistic knowledge needed for text style transfer is already "
            "linearly accessible in instruction-tuned models."
        ),
        "spans": [
            ("Rvilmet", "M"), ("Steering Vectors", "M"), ("Text Style Transfer", "T"), ("Activation steering", "M"),
            ("large language models", "M"), ("ActAdd", "M"), ("contrastive activation addition", "M"),
            ("CAA", "M"), ("Llama-2-7B-Chat", "M"), ("Mistral-7B-Instruct", "M"), ("sentiment transfer", "T"),
            ("Yelp", "D"), ("formality transfer", "T"), ("GYAFC", "D"), ("detoxification", "T"),
            ("ParaDetox", "D"), ("geometric mean", "X"), ("style accuracy", "X"), ("self-BLEU", "X"),
            ("zero-shot prompting", "M"), ("generation latency", "X"), ("few-shot in-context learning", "M"),
            ("perplexity", "X"), ("text style transfer", "T"),
        ],
        "results": [
            ("6.8", "geometric mean", 6.8, "points", "Yelp", "Rvilmet"),
            ("4.9", "geometric mean", 4.9, "points", "GYAFC", "Rvilmet"),
            ("5.5 points", "geometric mean", 5.5, "points", "ParaDetox", "Rvilmet"),
            ("88.9% style accuracy", "style accuracy", 88.9, "%", "Yelp", "Rvilmet"),
            ("74.2% for zero-shot prompting", "style accuracy", 74.2, "%", "Yelp", "zero-shot prompting"),
            ("self-BLEU stays at 61.3", "self-BLEU", 61.3, None, "Yelp", "Rvilmet"),
            ("42.0 for zero-shot prompting", "self-BLEU", 42.0, None, "Yelp", "zero-shot prompting"),
            ("less than 2% to generation latency", "generation latency", 2, "%", None, None),
            ("increases it by 2.4\u00d7", "generation latency", 2.4, "\u00d7", None, "few-shot in-context learning"),
            ("perplexity rises from 38.2 to 57.6", "perplexity", 57.6, None, "GYAFC", None),
        ],
    },
]
