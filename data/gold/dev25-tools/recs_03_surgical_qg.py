"""dev25 records: surgical-video (6) and question-generation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Zbarnic", "Zbellquin", "Zbrindle", "Zbolvex", "Zbidorn", "Zbantic",
          "Zbulmora", "Zbenquist", "Zbathrel", "Zbryton", "Zbeskar", "Zbilmot"]

RECS = [
    # ------------------------------------------------------------ surgical-video
    {
        "field": "surgical-video",
        "title": "Zbarnic: Hierarchical Key-Value Memory for Long-Horizon Surgical Phase Recognition",
        "text": (
            "Recognising the surgical phase from a laparoscopic video stream requires reasoning over context that can "
            "span more than an hour, yet causal models such as TeCNO and Trans-SVNet see only a bounded window, and "
            "LoViT compresses the past into a fixed number of tokens. We introduce Zbarnic, a causal phase recognition "
            "model that stores frame features from a frozen ConvNeXt-T encoder in a two-level key-value memory: a fine "
            "level keeps the last 64 seconds at full rate, while a coarse level summarises older segments into "
            "phase-aware prototypes that are refreshed whenever a transition is detected. A lightweight Transformer "
            "decoder attends to both levels and predicts the current phase at every frame. On Cholec80, Zbarnic "
            "reaches 93.8% accuracy, 89.9% precision, 90.6% recall and a Jaccard index of 81.2%, improving Jaccard "
            "over LoViT (77.1%) by 4.1 points and over Trans-SVNet (73.2%) by 8.0 points. On AutoLaparo, Zbarnic "
            "obtains 87.4% accuracy and 68.3% Jaccard, compared with 81.4% and 61.3% for LoViT. Because the coarse "
            "memory has constant size, per-frame latency stays at 9.6 ms regardless of video length, and peak GPU "
            "memory is 1.3 GB for a 90-minute procedure versus 5.8 GB for a sliding-window baseline. Ablations show "
            "that the transition-triggered refresh accounts for most of the gain on short phases such as cleaning "
            "and coagulation, which earlier models often skip entirely."
        ),
        "spans": [
            ("Zbarnic", "M"), ("Surgical Phase Recognition", "T"), ("TeCNO", "M"), ("Trans-SVNet", "M"),
            ("LoViT", "M"), ("phase recognition", "T"), ("ConvNeXt-T", "M"), ("Transformer", "M"),
            ("Cholec80", "D"), ("accuracy", "X"), ("precision", "X"), ("recall", "X"), ("Jaccard index", "X"),
            ("Jaccard", "X"), ("AutoLaparo", "D"), ("per-frame latency", "X"), ("peak GPU memory", "X"),
        ],
        "results": [
            ("93.8% accuracy", "accuracy", 93.8, "%", "Cholec80", "Zbarnic"),
            ("89.9% precision", "precision", 89.9, "%", "Cholec80", "Zbarnic"),
            ("90.6% recall", "recall", 90.6, "%", "Cholec80", "Zbarnic"),
            ("Jaccard index of 81.2%", "Jaccard", 81.2, "%", "Cholec80", "Zbarnic"),
            ("77.1%", "Jaccard", 77.1, "%", "Cholec80", "LoViT"),
            ("by 4.1 points", "Jaccard", 4.1, "points", "Cholec80", "Zbarnic"),
            ("73.2%", "Jaccard", 73.2, "%", "Cholec80", "Trans-SVNet"),
            ("by 8.0 points", "Jaccard", 8.0, "points", "Cholec80", "Zbarnic"),
            ("87.4% accuracy", "accuracy", 87.4, "%", "AutoLaparo", "Zbarnic"),
            ("68.3% Jaccard", "Jaccard", 68.3, "%", "AutoLaparo", "Zbarnic"),
            ("81.4%", "accuracy", 81.4, "%", "AutoLaparo", "LoViT"),
            ("61.3%", "Jaccard", 61.3, "%", "AutoLaparo", "LoViT"),
            ("per-frame latency stays at 9.6 ms", "latency", 9.6, "ms", None, None),
            ("peak GPU memory is 1.3 GB", "peak GPU memory", 1.3, "GB", None, None),
            ("5.8 GB", "peak GPU memory", 5.8, "GB", None, None),
        ],
    },
    {
        "field": "surgical-video",
        "title": "Zbellquin: Instrument-Conditioned Verb Decoding for Surgical Action Triplet Recognition",
        "text": (
            "Surgical action triplet recognition, the detection of \u27e8instrument, verb, target\u27e9 interactions in "
            "endoscopic video, captures tool-tissue activity at a granularity that phase labels cannot, but it "
            "remains hard because verbs are defined only relative to a specific instrument and many triplet classes "
            "occur in a handful of clips. Existing models, including Rendezvous (RDV) and its temporal extension "
            "Rendezvous in Time (RiT), predict the three components with largely independent heads and combine them "
            "afterwards. We propose Zbellquin, which first localises instruments with class activation maps and then "
            "conditions verb and target decoding on the instrument tokens, so that each verb is scored only in the "
            "context of the tool performing it. A co-occurrence-aware label smoothing, derived from the statistics "
            "of the training split, counteracts the long tail. On the CholecT50 benchmark under the official "
            "five-fold cross-validation protocol, Zbellquin obtains an AP_IVT of 41.7%, compared with 29.9% for RDV "
            "and 33.0% for RiT, and improves the component scores to 92.4% AP_I, 58.1% AP_V and 49.6% AP_T. On "
            "CholecT45, the triplet mAP rises from 36.2 to 40.3. The gains are largest for rare triplets, where "
            "instrument conditioning prevents verbs of frequent tools from dominating the predictions. Zbellquin runs "
            "at 47 frames per second on a single RTX 4090, fast enough for intraoperative use."
        ),
        "spans": [
            ("Zbellquin", "M"), ("Surgical Action Triplet Recognition", "T"),
            ("Surgical action triplet recognition", "T"), ("Rendezvous", "M"), ("RDV", "M"),
            ("Rendezvous in Time", "M"), ("RiT", "M"), ("class activation maps", "M"), ("label smoothing", "M"),
            ("CholecT50", "D"), ("AP_IVT", "X"), ("AP_I", "X"), ("AP_V", "X"), ("AP_T", "X"),
            ("CholecT45", "D"), ("triplet mAP", "X"), ("frames per second", "X"),
        ],
        "results": [
            ("AP_IVT of 41.7%", "AP_IVT", 41.7, "%", "CholecT50", "Zbellquin"),
            ("29.9% for RDV", "AP_IVT", 29.9, "%", "CholecT50", "RDV"),
            ("33.0% for RiT", "AP_IVT", 33.0, "%", "CholecT50", "RiT"),
            ("92.4% AP_I", "AP_I", 92.4, "%", "CholecT50", "Zbellquin"),
            ("58.1% AP_V", "AP_V", 58.1, "%", "CholecT50", "Zbellquin"),
            ("49.6% AP_T", "AP_T", 49.6, "%", "CholecT50", "Zbellquin"),
            ("triplet mAP rises from 36.2 to 40.3", "mAP", 40.3, None, "CholecT45", None),
            ("47 frames per second", "throughput", 47, "fps", None, "Zbellquin"),
        ],
    },
    {
        "field": "surgical-video",
        "title": "Zbrindle: Prompt-Free Adaptation of Segment Anything for Surgical Instrument Segmentation",
        "text": (
            "Foundation models for promptable segmentation such as the Segment Anything Model (SAM) transfer poorly to "
            "surgical instrument segmentation, where specular highlights, smoke and thin instrument shafts dominate, "
            "and they require points or boxes that are unavailable during surgery. SurgicalSAM removed the need for "
            "manual prompts through class-level prototypes, but it still fine-tunes a heavy mask decoder and treats "
            "each frame in isolation. We present Zbrindle, which keeps the SAM image encoder frozen, inserts "
            "low-rank adapters (LoRA) into its attention blocks, and generates class prompts from a temporal "
            "prototype bank that is updated across consecutive frames. Only 4.2M parameters are trained. On EndoVis "
            "2018, Zbrindle achieves a Challenge IoU of 84.9% and a mean class IoU of 67.5%, outperforming "
            "SurgicalSAM by 4.4 and 8.3 points, respectively, and MATIS, a fully supervised Mask2Former-based model, "
            "by 0.9 points in Challenge IoU. On EndoVis 2017, the Challenge IoU and mean class IoU are 74.2% and "
            "55.8%, respectively. With a ViT-B encoder, Zbrindle processes 1024\u00d71280 frames at 21.3 FPS, against "
            "6.8 FPS for SAM with box prompts, and needs 38% fewer GFLOPs than SurgicalSAM. Qualitative results show "
            "fewer false positives on the bipolar forceps and suction instrument classes, which are frequently "
            "confused under smoke. Code and trained adapters will be made publicly available."
        ),
        "spans": [
            ("Zbrindle", "M"), ("Segment Anything", "M"), ("Surgical Instrument Segmentation", "T"),
            ("promptable segmentation", "T"), ("Segment Anything Model", "M"), ("SAM", "M"),
            ("surgical instrument segmentation", "T"), ("SurgicalSAM", "M"), ("low-rank adapters", "M"),
            ("LoRA", "M"), ("EndoVis 2018", "D"), ("Challenge IoU", "X"), ("mean class IoU", "X"), ("MATIS", "M"),
            ("Mask2Former", "M"), ("EndoVis 2017", "D"), ("ViT-B", "M"), ("FPS", "X"), ("GFLOPs", "X"),
        ],
        "results": [
            ("Challenge IoU of 84.9%", "Challenge IoU", 84.9, "%", "EndoVis 2018", "Zbrindle"),
            ("mean class IoU of 67.5%", "class IoU", 67.5, "%", "EndoVis 2018", "Zbrindle"),
            ("by 4.4", "Challenge IoU", 4.4, "points", "EndoVis 2018", "Zbrindle"),
            ("8.3 points", "class IoU", 8.3, "points", "EndoVis 2018", "Zbrindle"),
            ("by 0.9 points in Challenge IoU", "Challenge IoU", 0.9, "points", "EndoVis 2018", "Zbrindle"),
            ("74.2%", "Challenge IoU", 74.2, "%", "EndoVis 2017", None),
            ("55.8%", "class IoU", 55.8, "%", "EndoVis 2017", None),
            ("21.3 FPS", "FPS", 21.3, None, None, "Zbrindle"),
            ("6.8 FPS", "FPS", 6.8, None, None, "SAM"),
            ("38% fewer GFLOPs", "GFLOPs reduction", 38, "%", None, "Zbrindle"),
        ],
    },
    {
        "field": "surgical-video",
        "title": "Zbolvex: Phase-Contrastive Video Pretraining on Thousands of Hours of Unlabelled Surgery",
        "text": (
            "Self-supervised pretraining has produced capable encoders for endoscopic images, such as EndoViT and "
            "EndoFM, but these models learn mainly from individual frames or short clips and transfer unevenly to "
            "tasks that depend on procedural context. We introduce Zbolvex, a video encoder pretrained on 3,100 hours "
            "of public and institutional recordings spanning eleven procedure types. Zbolvex combines masked video "
            "modelling in the style of VideoMAE with a phase-contrastive objective that pulls together clips from the "
            "same unlabelled workflow segment, which we discover with a lightweight change-point detector. We "
            "evaluate frozen and fine-tuned features on surgical phase recognition, tool presence detection and "
            "action segmentation across six public datasets. With linear probing, Zbolvex improves phase recognition "
            "accuracy on Cholec80 by +4.1% over EndoFM and by +6.7% over an ImageNet-pretrained ResNet-50, and on "
            "Cataract-101 it reaches 88.5% accuracy. When fine-tuned with a temporal convolutional head, Zbolvex sets "
            "new results on M2CAI16-Workflow (F1 of 86.2%) and HeiChole (F1 of 79.0%). For tool presence detection "
            "on Cholec80, the mAP is 94.3%. Gains are largest on procedures that are underrepresented in "
            "pretraining, suggesting that the phase-contrastive objective, rather than data volume alone, drives "
            "transfer. We release the pretrained weights and the evaluation suite."
        ),
        "spans": [
            ("Zbolvex", "M"), ("Self-supervised pretraining", "M"), ("EndoViT", "M"), ("EndoFM", "M"),
            ("masked video modelling", "M"), ("VideoMAE", "M"), ("surgical phase recognition", "T"),
            ("tool presence detection", "T"), ("action segmentation", "T"), ("linear probing", "M"),
            ("phase recognition", "T"), ("accuracy", "X"), ("Cholec80", "D"), ("ImageNet", "D"),
            ("ResNet-50", "M"), ("Cataract-101", "D"), ("M2CAI16-Workflow", "D"), ("F1", "X"), ("HeiChole", "D"),
            ("mAP", "X"),
        ],
        "results": [
            ("+4.1%", "accuracy", 4.1, "%", "Cholec80", "Zbolvex"),
            ("+6.7%", "accuracy", 6.7, "%", "Cholec80", "Zbolvex"),
            ("88.5% accuracy", "accuracy", 88.5, "%", "Cataract-101", "Zbolvex"),
            ("F1 of 86.2%", "F1", 86.2, "%", "M2CAI16-Workflow", "Zbolvex"),
            ("F1 of 79.0%", "F1", 79.0, "%", "HeiChole", "Zbolvex"),
            ("mAP is 94.3%", "mAP", 94.3, "%", "Cholec80", None),
        ],
    },
    {
        "field": "surgical-video",
        "title": "Zbidorn: A Multi-Centre Benchmark for Surgical Gesture Recognition in Robot-Assisted Radical "
                 "Prostatectomy",
        "text": (
            "Surgical gesture recognition has been studied mostly on JIGSAWS, whose bench-top suturing trials by "
            "eight surgeons are far from the variability of clinical procedures, and on SAR-RARP50, which covers a "
            "single centre. We present Zbidorn, a benchmark of 212 full-length robot-assisted radical prostatectomy "
            "videos from five hospitals, annotated with 14 surgical steps and 9 suturing and dissection gestures by "
            "a team of urologists, with an inter-rater agreement of 0.86 Cohen's kappa. Zbidorn defines a "
            "cross-centre split in which test hospitals are never seen during training. We benchmark temporal action "
            "segmentation models, including MS-TCN, ASFormer, DiffAct and LTContext, on features from a frozen "
            "VideoMAE encoder. Under the in-centre split of Zbidorn, DiffAct, the strongest model, attains 82.6% "
            "frame-wise accuracy, an Edit score of 79.4 and an F1@50 of 71.5 for steps. Under the cross-centre "
            "split, accuracy falls to 71.9%, 10.7 points lower, and gesture F1@50 drops from 48.2 to 33.6, with "
            "ASFormer degrading the least. Training on all five centres with test-time normalisation of colour "
            "statistics recovers 37% of the gap. Zbidorn is released with code, features and a public leaderboard "
            "to support research on generalisable surgical workflow analysis."
        ),
        "spans": [
            ("Zbidorn", "D"), ("Surgical Gesture Recognition", "T"), ("Surgical gesture recognition", "T"),
            ("JIGSAWS", "D"), ("SAR-RARP50", "D"), ("inter-rater agreement", "X"), ("Cohen's kappa", "X"),
            ("temporal action segmentation", "T"), ("MS-TCN", "M"), ("ASFormer", "M"), ("DiffAct", "M"),
            ("LTContext", "M"), ("VideoMAE", "M"), ("frame-wise accuracy", "X"), ("Edit score", "X"),
            ("F1@50", "X"), ("accuracy", "X"), ("surgical workflow analysis", "T"),
        ],
        "results": [
            ("inter-rater agreement of 0.86 Cohen's kappa", "Cohen's kappa", 0.86, None, "Zbidorn", None),
            ("82.6% frame-wise accuracy", "frame-wise accuracy", 82.6, "%", "Zbidorn", "DiffAct"),
            ("Edit score of 79.4", "Edit score", 79.4, None, "Zbidorn", "DiffAct"),
            ("F1@50 of 71.5", "F1@50", 71.5, None, "Zbidorn", "DiffAct"),
            ("accuracy falls to 71.9%", "accuracy", 71.9, "%", None, None),
            ("10.7 points lower", "accuracy", 10.7, "points", None, None),
            ("F1@50 drops from 48.2 to 33.6", "F1@50", 33.6, None, None, None),
            ("recovers 37% of the gap", "accuracy gap reduction", 37, "%", None, None),
        ],
    },
    {
        "field": "surgical-video",
        "title": "Zbantic: Distilling Video Transformers into Sub-Millisecond Phase Recognisers for Edge Deployment "
                 "in the Operating Room",
        "text": (
            "Transformer-based surgical phase recognition models achieve strong accuracy offline, but their "
            "computational cost makes them difficult to deploy on the embedded processors of laparoscopic towers, "
            "where a frame budget of a few milliseconds must be shared with other functions. We present Zbantic, a "
            "knowledge distillation framework that transfers the temporal reasoning of a large teacher, a Swin-B "
            "encoder with an ASFormer-style refinement stage, into a causal student built from a MobileNetV3 "
            "backbone and a dilated temporal convolutional network with 1.9M parameters. Instead of matching logits "
            "frame by frame, Zbantic distils phase-transition probabilities and segment-level embeddings, which we "
            "find is what a small student struggles to learn from labels alone. On Cholec80, Zbantic reaches 91.2% "
            "accuracy and 78.6% Jaccard, within 1.1 points of the teacher's accuracy, while requiring 0.42 GFLOPs "
            "per frame instead of 31.5 GFLOPs. On CATARACTS, it obtains a macro F1 of 83.4%. Deployed on a Jetson "
            "Orin Nano with INT8 quantization, Zbantic processes a frame in 0.8 ms, a 3.2\u00d7 speed-up over the "
            "FP16 teacher on the same device at 12% of its memory footprint. The student also runs causally, so no "
            "future frames are needed at inference time, and it can be updated on site with a few annotated "
            "procedures."
        ),
        "spans": [
            ("Zbantic", "M"), ("Video Transformers", "M"), ("Transformer", "M"), ("surgical phase recognition", "T"),
            ("accuracy", "X"), ("knowledge distillation", "M"), ("Swin-B", "M"), ("ASFormer", "M"),
            ("MobileNetV3", "M"), ("temporal convolutional network", "M"), ("Cholec80", "D"), ("Jaccard", "X"),
            ("GFLOPs", "X"), ("CATARACTS", "D"), ("macro F1", "X"), ("INT8 quantization", "M"), ("speed-up", "X"),
            ("memory footprint", "X"),
        ],
        "results": [
            ("91.2% accuracy", "accuracy", 91.2, "%", "Cholec80", "Zbantic"),
            ("78.6% Jaccard", "Jaccard", 78.6, "%", "Cholec80", "Zbantic"),
            ("within 1.1 points of the teacher's accuracy", "accuracy", 1.1, "points", "Cholec80", "Zbantic"),
            ("0.42 GFLOPs", "GFLOPs", 0.42, None, "Cholec80", "Zbantic"),
            ("31.5 GFLOPs", "GFLOPs", 31.5, None, "Cholec80", None),
            ("macro F1 of 83.4%", "macro F1", 83.4, "%", "CATARACTS", None),
            ("processes a frame in 0.8 ms", "latency", 0.8, "ms", None, "Zbantic"),
            ("3.2\u00d7 speed-up", "speed-up", 3.2, "\u00d7", None, "Zbantic"),
            ("12% of its memory footprint", "relative memory footprint", 12, "%", None, "Zbantic"),
        ],
    },
    # ------------------------------------------------------------ question-generation
    {
        "field": "question-generation",
        "title": "Zbulmora: Plan-then-Ask Decoding for Answer-Aware Question Generation",
        "text": (
            "Answer-aware question generation asks a model to produce, given a passage and a target answer span, a "
            "question whose answer is that span. Fine-tuned sequence-to-sequence models such as BART and T5 produce "
            "fluent questions, yet a sizeable fraction of them are answered by a different span of the passage or "
            "copy long phrases verbatim. We propose Zbulmora, which first decodes a short plan naming the question "
            "type and the passage clues that must appear, and then generates the question conditioned on the plan; "
            "a round-trip filter discards plans whose question cannot be answered by a RoBERTa-large reader. Built on "
            "T5-large, Zbulmora sets a new state of the art on the Du et al. split of SQuAD 1.1 with 27.34 BLEU-4, "
            "28.10 METEOR and 54.62 ROUGE-L, compared with 25.13 / 26.92 / 52.74 for ProphetNet and 26.01 / 27.35 / "
            "53.40 for the T5-large baseline. On the Zhou et al. split of SQuAD 1.1, the BLEU-4 score is 28.9 "
            "(+1.6). On NewsQA, Zbulmora improves BLEU-4 from 15.2 to 17.8. Answered by the same reader, Zbulmora's "
            "questions reach 83.5% exact match, against 74.9% for the unplanned T5-large. In a human study with 120 "
            "passages, annotators judged Zbulmora's questions more answerable in 64% of pairwise comparisons, and "
            "the plans themselves proved a useful handle for editing questions by hand."
        ),
        "spans": [
            ("Zbulmora", "M"), ("Answer-Aware Question Generation", "T"), ("Answer-aware question generation", "T"),
            ("sequence-to-sequence models", "M"), ("BART", "M"), ("T5", "M"), ("RoBERTa-large", "M"),
            ("T5-large", "M"), ("SQuAD 1.1", "D"), ("BLEU-4", "X"), ("METEOR", "X"), ("ROUGE-L", "X"),
            ("ProphetNet", "M"), ("NewsQA", "D"), ("exact match", "X"),
        ],
        "results": [
            ("27.34 BLEU-4", "BLEU-4", 27.34, None, "SQuAD 1.1", "Zbulmora"),
            ("28.10 METEOR", "METEOR", 28.1, None, "SQuAD 1.1", "Zbulmora"),
            ("54.62 ROUGE-L", "ROUGE-L", 54.62, None, "SQuAD 1.1", "Zbulmora"),
            ("25.13", "BLEU-4", 25.13, None, "SQuAD 1.1", "ProphetNet"),
            ("26.92", "METEOR", 26.92, None, "SQuAD 1.1", "ProphetNet"),
            ("52.74", "ROUGE-L", 52.74, None, "SQuAD 1.1", "ProphetNet"),
            ("26.01", "BLEU-4", 26.01, None, "SQuAD 1.1", "T5-large"),
            ("27.35", "METEOR", 27.35, None, "SQuAD 1.1", "T5-large"),
            ("53.40", "ROUGE-L", 53.4, None, "SQuAD 1.1", "T5-large"),
            ("BLEU-4 score is 28.9", "BLEU-4", 28.9, None, "SQuAD 1.1", None),
            ("+1.6", "BLEU-4", 1.6, "points", "SQuAD 1.1", None),
            ("BLEU-4 from 15.2 to 17.8", "BLEU-4", 17.8, None, "NewsQA", "Zbulmora"),
            ("83.5% exact match", "exact match", 83.5, "%", None, "Zbulmora"),
            ("74.9%", "exact match", 74.9, "%", None, "T5-large"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "Zbulmora"),
        ],
    },
    {
        "field": "question-generation",
        "title": "Zbenquist: Narrative-Element Control for Educational Question Generation from Children's Stories",
        "text": (
            "Educational question generation aims to produce questions that assess a reader's understanding of a text "
            "rather than simply restating it. For young readers, teachers balance questions about characters, "
            "settings, actions, feelings, causal relationships and outcomes, and they mix explicit questions, "
            "answerable from a single sentence, with implicit ones that require inference. We introduce Zbenquist, a "
            "generator that conditions Flan-T5-XL on a narrative-element tag and an explicitness flag, and that is "
            "trained with direct preference optimization (DPO) on pairs ranked by a reward model distilled from "
            "teacher judgements. On FairytaleQA, Zbenquist obtains a ROUGE-L F1 of 0.563 on the test split, ahead of "
            "Llama-3-70B-Instruct (0.447), a fine-tuned BART-large (0.521) and few-shot GPT-4o (0.498). BERTScore "
            "follows the same ordering (0.912 vs. 0.894 for BART-large). Control is also reliable, with a control "
            "accuracy of 91%, the share of questions that a classifier assigns to the requested narrative element, "
            "compared with 62% for GPT-4o prompted with the element name. In a study with 14 elementary school "
            "teachers, 71% of Zbenquist's implicit questions were rated as usable without edits, versus 55% for "
            "GPT-4o. Generating implicit questions remains the main difficulty, as their answers are often not "
            "stated in any single sentence of the story and must be assembled from several events."
        ),
        "spans": [
            ("Zbenquist", "M"), ("Educational Question Generation", "T"), ("Educational question generation", "T"),
            ("Flan-T5-XL", "M"), ("direct preference optimization", "M"), ("DPO", "M"), ("FairytaleQA", "D"),
            ("ROUGE-L F1", "X"), ("Llama-3-70B-Instruct", "M"), ("BART-large", "M"), ("GPT-4o", "M"),
            ("BERTScore", "X"), ("control accuracy", "X"),
        ],
        "results": [
            ("ROUGE-L F1 of 0.563", "ROUGE-L", 0.563, None, "FairytaleQA", "Zbenquist"),
            ("0.447", "ROUGE-L", 0.447, None, "FairytaleQA", "Llama-3-70B-Instruct"),
            ("0.521", "ROUGE-L", 0.521, None, "FairytaleQA", "BART-large"),
            ("0.498", "ROUGE-L", 0.498, None, "FairytaleQA", "GPT-4o"),
            ("0.912", "BERTScore", 0.912, None, None, None),
            ("0.894 for BART-large", "BERTScore", 0.894, None, None, "BART-large"),
            ("control accuracy of 91%", "control accuracy", 91, "%", None, None),
            ("62%", "control accuracy", 62, "%", None, "GPT-4o"),
            ("71% of Zbenquist's implicit questions were rated as usable", "usable rate", 71, "%", None,
             "Zbenquist"),
            ("55%", "usable rate", 55, "%", None, "GPT-4o"),
        ],
    },
    {
        "field": "question-generation",
        "title": "Zbathrel: Reasoning-Chain Graphs for Faithful Multi-Hop Question Generation",
        "text": (
            "Multi-hop question generation requires composing facts scattered over several documents into a single "
            "question whose answer can only be reached by chaining them. Current generators, whether graph-based "
            "such as MulQG or controlled decoders such as CQG, often produce questions that can be answered from one "
            "document alone, which defeats the purpose of the task. Zbathrel constructs an explicit reasoning-chain "
            "graph linking the answer to a bridge entity or comparison attribute, encodes it with a relational graph "
            "attention network, and guides a BART-large decoder with a hop-coverage loss that penalises questions "
            "leaving a supporting fact unused. On HotpotQA, Zbathrel reaches 25.8 BLEU-4, 28.4 METEOR and 45.6 "
            "ROUGE-L, outperforming CQG by 2.1 BLEU-4 and MulQG by 5.9. On 2WikiMultiHopQA, the gains are 1.7 to 3.4 "
            "points across the three metrics. To test whether the questions truly need several hops, we measure the "
            "shortcut rate, the share of questions that a QA model answers when given only one supporting paragraph: "
            "it is 21% for Zbathrel and 39% for CQG. Human raters scored Zbathrel questions higher in complexity "
            "(4.2 vs. 3.6 for CQG on a 5-point scale) without any loss in fluency. Training a single model takes "
            "under 9 hours on four A100 GPUs, and the graph construction adds little overhead at inference."
        ),
        "spans": [
            ("Zbathrel", "M"), ("Multi-Hop Question Generation", "T"), ("Multi-hop question generation", "T"),
            ("MulQG", "M"), ("CQG", "M"), ("relational graph attention network", "M"), ("BART-large", "M"),
            ("HotpotQA", "D"), ("BLEU-4", "X"), ("METEOR", "X"), ("ROUGE-L", "X"), ("2WikiMultiHopQA", "D"),
            ("shortcut rate", "X"), ("QA", "T"), ("complexity", "X"), ("fluency", "X"),
        ],
        "results": [
            ("25.8 BLEU-4", "BLEU-4", 25.8, None, "HotpotQA", "Zbathrel"),
            ("28.4 METEOR", "METEOR", 28.4, None, "HotpotQA", "Zbathrel"),
            ("45.6 ROUGE-L", "ROUGE-L", 45.6, None, "HotpotQA", "Zbathrel"),
            ("by 2.1 BLEU-4", "BLEU-4", 2.1, "points", "HotpotQA", "Zbathrel"),
            ("by 5.9", "BLEU-4", 5.9, "points", "HotpotQA", "Zbathrel"),
            ("1.7 to 3.4 points", "improvement", 3.4, "points", "2WikiMultiHopQA", None, {"low": 1.7}),
            ("21% for Zbathrel", "shortcut rate", 21, "%", None, "Zbathrel"),
            ("39% for CQG", "shortcut rate", 39, "%", None, "CQG"),
            ("4.2", "complexity", 4.2, None, None, "Zbathrel"),
            ("3.6 for CQG", "complexity", 3.6, None, None, "CQG"),
            ("Training a single model takes under 9 hours", "training time", 9, "h", None, None),
        ],
    },
    {
        "field": "question-generation",
        "title": "Zbryton: Jointly Generating Questions and Plausible Distractors for Multiple-Choice Reading "
                 "Assessment",
        "text": (
            "Multiple-choice questions are the most common format in reading assessment, but generating them "
            "automatically involves two coupled problems: question generation and distractor generation. Pipelines "
            "that solve them separately often produce distractors that are either trivially wrong or accidentally "
            "correct. We present Zbryton, a single Llama-3-8B model adapted with LoRA that writes the question, the "
            "key and three distractors in one pass, and that is then aligned with DPO on preference pairs "
            "contrasting plausible distractors with implausible or ambiguous ones. We evaluate on RACE, EQG-RACE and "
            "SciQ. For question generation, Zbryton reaches BLEU-4 scores of 13.9, 24.6 and 19.2 on the three "
            "datasets, respectively. For distractor generation on RACE, Zbryton obtains BLEU-1, BLEU-2 and ROUGE-L of "
            "37.5, 24.1 and 33.8, against 31.2, 17.9 and 29.6 for BDG and 34.0, 20.3 and 31.1 for GPT-4 prompted "
            "with five examples. We also measure how often a strong reader model picks a distractor over the key: this "
            "distractor selection rate rises from 9.8% for a two-stage pipeline to 17.3%, indicating more plausible "
            "options. Expert item writers gave Zbryton items an acceptance rate of 78% with at most minor edits. "
            "Generating one complete item takes 1.4 s on average, so a full reading unit can be drafted in well "
            "under a minute."
        ),
        "spans": [
            ("Zbryton", "M"), ("question generation", "T"), ("distractor generation", "T"), ("Llama-3-8B", "M"),
            ("LoRA", "M"), ("DPO", "M"), ("RACE", "D"), ("EQG-RACE", "D"), ("SciQ", "D"), ("BLEU-4", "X"),
            ("BLEU-1", "X"), ("BLEU-2", "X"), ("ROUGE-L", "X"), ("BDG", "M"), ("GPT-4", "M"),
            ("distractor selection rate", "X"), ("acceptance rate", "X"),
        ],
        "results": [
            ("BLEU-4 scores of 13.9", "BLEU-4", 13.9, None, "RACE", "Zbryton"),
            ("24.6", "BLEU-4", 24.6, None, "EQG-RACE", "Zbryton"),
            ("19.2", "BLEU-4", 19.2, None, "SciQ", "Zbryton"),
            ("37.5", "BLEU-1", 37.5, None, "RACE", "Zbryton"),
            ("24.1", "BLEU-2", 24.1, None, "RACE", "Zbryton"),
            ("33.8", "ROUGE-L", 33.8, None, "RACE", "Zbryton"),
            ("31.2", "BLEU-1", 31.2, None, "RACE", "BDG"),
            ("17.9", "BLEU-2", 17.9, None, "RACE", "BDG"),
            ("29.6", "ROUGE-L", 29.6, None, "RACE", "BDG"),
            ("34.0", "BLEU-1", 34.0, None, "RACE", "GPT-4"),
            ("20.3", "BLEU-2", 20.3, None, "RACE", "GPT-4"),
            ("31.1", "ROUGE-L", 31.1, None, "RACE", "GPT-4"),
            ("distractor selection rate rises from 9.8% for a two-stage pipeline to 17.3%", "distractor selection rate", 17.3, "%", None, None),
            ("acceptance rate of 78%", "acceptance rate", 78, "%", None, "Zbryton"),
            ("Generating one complete item takes 1.4 s", "generation time", 1.4, "s", None, None),
        ],
    },
    {
        "field": "question-generation",
        "title": "Zbeskar: Answer-Agnostic Conversational Question Generation with Dialogue-Flow Rewards",
        "text": (
            "Conversational question generation (CQG) asks a system to pose the next question in an "
            "information-seeking dialogue about a passage, which requires the question to be grounded in the "
            "passage, coherent with the dialogue history and not yet answered. Most prior work is answer-aware, "
            "assuming the answer of the next turn is given, an assumption that does not hold when a tutoring system "
            "must decide what to ask. We study the answer-agnostic setting and introduce Zbeskar, which first selects "
            "a rationale sentence with a learned flow model and then generates the question with a T5-base model "
            "fine-tuned by proximal policy optimization (PPO) against three rewards: answerability, dialogue-flow "
            "consistency and non-redundancy with earlier turns. On CoQA, Zbeskar improves BLEU-4 by 3.2 points and "
            "ROUGE-L by 2.5 points over the strongest answer-agnostic baseline, CoHS-CQG, and on QuAC it reaches "
            "12.6 BLEU-4 and 31.7 ROUGE-L. Human judges preferred Zbeskar's questions to those of CoHS-CQG in 58% of "
            "pairwise comparisons and judged 86.1% of them answerable from the passage, against 79.4% for the "
            "supervised T5-base. Despite the PPO stage, inference is unchanged: with 220M parameters, Zbeskar "
            "generates a question in 38 ms on a single GPU, 11\u00d7 faster than prompting GPT-3.5-turbo through "
            "its API. Small, reward-tuned models are thus a practical choice for tutoring dialogues."
        ),
        "spans": [
            ("Zbeskar", "M"), ("Answer-Agnostic Conversational Question Generation", "T"),
            ("Conversational question generation", "T"), ("CQG", "T"), ("T5-base", "M"),
            ("proximal policy optimization", "M"), ("PPO", "M"), ("CoQA", "D"), ("BLEU-4", "X"), ("ROUGE-L", "X"),
            ("CoHS-CQG", "M"), ("QuAC", "D"), ("GPT-3.5-turbo", "M"),
        ],
        "results": [
            ("BLEU-4 by 3.2 points", "BLEU-4", 3.2, "points", "CoQA", "Zbeskar"),
            ("ROUGE-L by 2.5 points", "ROUGE-L", 2.5, "points", "CoQA", "Zbeskar"),
            ("12.6 BLEU-4", "BLEU-4", 12.6, None, "QuAC", "Zbeskar"),
            ("31.7 ROUGE-L", "ROUGE-L", 31.7, None, "QuAC", "Zbeskar"),
            ("58% of pairwise comparisons", "win rate", 58, "%", None, "Zbeskar"),
            ("86.1% of them answerable", "answerability", 86.1, "%", None, "Zbeskar"),
            ("79.4%", "answerability", 79.4, "%", None, "T5-base"),
            ("generates a question in 38 ms", "latency", 38, "ms", None, "Zbeskar"),
            ("11\u00d7 faster", "speed-up", 11, "\u00d7", None, "Zbeskar"),
        ],
    },
    {
        "field": "question-generation",
        "title": "Zbilmot: Steering Large Language Models toward Higher-Order Questions with Bloom's Taxonomy "
                 "Planning",
        "text": (
            "Large language models (LLMs) can write fluent quiz questions from lecture material, yet most of what "
            "they produce tests recall, the lowest level of Bloom's taxonomy, while instructors need questions that "
            "probe application, analysis and evaluation. We present Zbilmot, a prompting and self-refinement "
            "framework for educational question generation in which an LLM first drafts a learning objective at a "
            "requested cognitive level, then writes a question that targets it, and finally critiques the question "
            "against level-specific rubrics before revising it. A small DeBERTa-v3 classifier trained on "
            "teacher-labelled questions checks the level of each draft and triggers another round when it disagrees "
            "with the request. We evaluate Zbilmot with GPT-4o and Llama-3.1-70B-Instruct on LearningQ and KHANQ, "
            "comparing against zero-shot prompting and chain-of-thought prompting. Reference-based metrics change "
            "little across systems (BLEU-4 and ROUGE-L move by less than one point), which we argue reflects the "
            "poor fit of such metrics for this task. Level fidelity, the share of questions whose Bloom level matches "
            "the request, is markedly higher: with GPT-4o, Zbilmot reaches 0.81 on KHANQ, up from 0.52 with "
            "zero-shot prompting. Three instructors judged most of the higher-order questions acceptable for "
            "classroom use, and reported that the generated learning objectives made revision faster. We release "
            "prompts, rubrics and 2,400 annotated questions."
        ),
        "spans": [
            ("Zbilmot", "M"), ("Large Language Models", "M"), ("Large language models", "M"), ("LLMs", "M"),
            ("LLM", "M"), ("self-refinement", "M"), ("educational question generation", "T"),
            ("DeBERTa-v3", "M"), ("GPT-4o", "M"), ("Llama-3.1-70B-Instruct", "M"), ("LearningQ", "D"),
            ("KHANQ", "D"), ("zero-shot prompting", "M"), ("chain-of-thought prompting", "M"), ("BLEU-4", "X"),
            ("ROUGE-L", "X"), ("Level fidelity", "X"),
        ],
        "results": [
            ("reaches 0.81 on KHANQ", "level fidelity", 0.81, None, "KHANQ", "Zbilmot"),
            ("0.52 with zero-shot prompting", "level fidelity", 0.52, None, "KHANQ", "zero-shot prompting"),
        ],
    },
]
