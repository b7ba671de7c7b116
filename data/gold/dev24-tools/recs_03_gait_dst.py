"""dev24 records: gait-recognition (6) and dialogue-state-tracking (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Ikarvel", "Ikbrona", "Ikstrel", "Ikwenna", "Ikolith", "Ikfarro",
          "Iksatra", "Ikmerrow", "Iklunde", "Ikespar", "Ikdravo", "Ikquoll"]

RECS = [
    # ------------------------------------------------------------ gait-recognition
    {
        "field": "gait-recognition",
        "title": "Ikarvel: Part-Adaptive Temporal Aggregation for Silhouette-Based Gait Recognition in the Wild",
        "text": (
            "Gait recognition identifies people by the way they walk and, unlike face recognition, works at a "
            "distance and without the subject's cooperation. Yet silhouette-based models that excel on laboratory "
            "datasets such as CASIA-B and OU-MVLP lose much of their accuracy on outdoor benchmarks, where occlusion, "
            "irregular walking speed and noisy silhouettes are the norm. We present Ikarvel, a network for "
            "silhouette-based gait recognition that learns, for every sequence, how to split the body into horizontal "
            "parts and how long a temporal window each part should pool over. A lightweight part router predicts soft "
            "part boundaries from frame-level feature maps, and a gated aggregation module replaces the fixed "
            "frame-wise maximum used by GaitSet and GaitBase. On Gait3D, Ikarvel achieves 78.2% rank-1 accuracy and "
            "69.5% mAP, improving over DeepGaitV2 by 3.8 and 4.1 points, respectively. On GREW, rank-1 accuracy "
            "reaches 81.6% (vs. 77.7% for DeepGaitV2 and 60.1% for GaitBase). The gains carry over to controlled "
            "conditions: Ikarvel attains 98.1%, 95.9% and 86.4% rank-1 accuracy under the NM, BG and CL settings of "
            "CASIA-B. The router adds less than 4% FLOPs to the ResNet-like backbone of GaitBase, and all code is "
            "built on the OpenGait codebase and will be released."
        ),
        "spans": [
            ("Ikarvel", "M"), ("Silhouette-Based Gait Recognition", "T"), ("silhouette-based gait recognition", "T"),
            ("Gait recognition", "T"), ("face recognition", "T"), ("CASIA-B", "D"), ("OU-MVLP", "D"),
            ("accuracy", "X"), ("GaitSet", "M"), ("GaitBase", "M"), ("Gait3D", "D"), ("rank-1 accuracy", "X"),
            ("mAP", "X"), ("DeepGaitV2", "M"), ("GREW", "D"), ("FLOPs", "X"), ("ResNet", "M"),
        ],
        "results": [
            ("78.2% rank-1 accuracy", "rank-1 accuracy", 78.2, "%", "Gait3D", "Ikarvel"),
            ("69.5% mAP", "mAP", 69.5, "%", "Gait3D", "Ikarvel"),
            ("3.8", "rank-1 accuracy", 3.8, "points", "Gait3D", "Ikarvel"),
            ("4.1 points", "mAP", 4.1, "points", "Gait3D", "Ikarvel"),
            ("rank-1 accuracy reaches 81.6%", "rank-1 accuracy", 81.6, "%", "GREW", None),
            ("77.7%", "rank-1 accuracy", 77.7, "%", "GREW", "DeepGaitV2"),
            ("60.1%", "rank-1 accuracy", 60.1, "%", "GREW", "GaitBase"),
            ("98.1%", "rank-1 accuracy", 98.1, "%", "CASIA-B", "Ikarvel"),
            ("95.9%", "rank-1 accuracy", 95.9, "%", "CASIA-B", "Ikarvel"),
            ("86.4% rank-1 accuracy", "rank-1 accuracy", 86.4, "%", "CASIA-B", "Ikarvel"),
            ("4% FLOPs", "FLOPs", 4, "%", None, None),
        ],
    },
    {
        "field": "gait-recognition",
        "title": "Ikbrona: Topology-Free Graph Transformers for Skeleton-Based Gait Recognition Across Pose Estimators",
        "text": (
            "Skeleton-based gait recognition is attractive for privacy and bandwidth, since a walking sequence "
            "reduces to a few dozen keypoints per frame, but skeleton models still trail silhouette-based ones by a "
            "wide margin, and their accuracy swings whenever the upstream pose estimator changes. We trace part of "
            "this sensitivity to the fixed body adjacency assumed by graph convolutional networks (GCNs) such as "
            "GaitGraph2 and GPGait. Ikbrona drops the hand-crafted topology altogether: joints become tokens of a "
            "Transformer whose attention bias is inferred from joint velocity and relative position, and a "
            "layout-agnostic normalisation maps keypoints from different skeleton formats into a shared canonical "
            "frame. Trained on keypoints extracted with HRNet and tested on AlphaPose keypoints, Ikbrona loses only "
            "1.4 points of rank-1 accuracy on OUMVLP-Pose, whereas GPGait loses 6.9. On Gait3D and GREW, Ikbrona "
            "reaches 44.6% and 81.2% rank-1 accuracy, respectively, surpassing the strongest previous skeleton-based "
            "model, SkeletonGait, by 6.5 and 3.8 points. Ikbrona has 2.1M parameters and processes a 30-frame "
            "sequence in 3.4 ms on a single GPU. These results suggest that much of the gap between skeleton and "
            "silhouette inputs stems from architectural priors rather than from the information the pose itself "
            "carries."
        ),
        "spans": [
            ("Ikbrona", "M"), ("Graph Transformers", "M"), ("Skeleton-Based Gait Recognition", "T"),
            ("Skeleton-based gait recognition", "T"), ("accuracy", "X"), ("graph convolutional networks", "M"),
            ("GCNs", "M"), ("GaitGraph2", "M"), ("GPGait", "M"), ("Transformer", "M"), ("HRNet", "M"),
            ("AlphaPose", "M"), ("rank-1 accuracy", "X"), ("OUMVLP-Pose", "D"), ("Gait3D", "D"), ("GREW", "D"),
            ("SkeletonGait", "M"),
        ],
        "results": [
            ("1.4 points of rank-1 accuracy", "rank-1 accuracy", 1.4, "points", "OUMVLP-Pose", "Ikbrona"),
            ("loses 6.9", "rank-1 accuracy", 6.9, "points", "OUMVLP-Pose", "GPGait"),
            ("44.6%", "rank-1 accuracy", 44.6, "%", "Gait3D", "Ikbrona"),
            ("81.2% rank-1 accuracy", "rank-1 accuracy", 81.2, "%", "GREW", "Ikbrona"),
            ("6.5", "rank-1 accuracy", 6.5, "points", "Gait3D", "Ikbrona"),
            ("3.8 points", "rank-1 accuracy", 3.8, "points", "GREW", "Ikbrona"),
            ("in 3.4 ms", "latency", 3.4, "ms", None, "Ikbrona"),
        ],
    },
    {
        "field": "gait-recognition",
        "title": "Ikstrel: Disentangling Clothing from Body Shape for Cloth-Changing Gait Recognition",
        "text": (
            "Clothing changes remain the largest single source of error in gait recognition: a coat or a long skirt "
            "alters the silhouette far more than a change of viewpoint does. The CCPG benchmark was built to measure "
            "exactly this, yet strong silhouette models still lose more than 20 points of rank-1 accuracy between its "
            "same-clothing and cloth-changing protocols. We introduce Ikstrel, which factorises each silhouette "
            "sequence into a body-shape code and a clothing code with two encoders trained adversarially, and matches "
            "identities on the body-shape code only. A synthetic augmentation pipeline renders SMPL bodies in randomly "
            "sampled garments to supply clothing pairs that real datasets lack. Evaluated under the CCPG protocol, "
            "Ikstrel obtains rank-1 accuracies of 88.9% (CL-FULL), 91.4% (CL-UP), 93.0% (CL-DN) and 95.2% (CL-BG), "
            "compared with 77.5%, 83.1%, 87.4% and 91.9% for GaitBase. On CASIA-B, Ikstrel raises accuracy in the "
            "clothing setting from 83.7% for GaitGL to 90.3% while keeping normal-walking accuracy above 98%. "
            "Ablations show that removing the adversarial term costs 5.6 points of rank-1 accuracy in the full "
            "cloth-changing protocol, and that synthetic pairs help most when fewer than 50 identities are available "
            "for training. Inference cost is identical to that of the GaitBase backbone, since the clothing encoder "
            "is discarded at test time."
        ),
        "spans": [
            ("Ikstrel", "M"), ("Cloth-Changing Gait Recognition", "T"), ("gait recognition", "T"), ("CCPG", "D"),
            ("rank-1 accuracy", "X"), ("SMPL", "M"), ("rank-1 accuracies", "X"), ("GaitBase", "M"),
            ("CASIA-B", "D"), ("accuracy", "X"), ("GaitGL", "M"), ("Inference cost", "X"),
        ],
        "results": [
            ("20 points of rank-1 accuracy", "rank-1 accuracy", 20, "points", "CCPG", None),
            ("rank-1 accuracies of 88.9%", "rank-1 accuracy", 88.9, "%", "CCPG", "Ikstrel"),
            ("91.4%", "rank-1 accuracy", 91.4, "%", "CCPG", "Ikstrel"),
            ("93.0%", "rank-1 accuracy", 93.0, "%", "CCPG", "Ikstrel"),
            ("95.2%", "rank-1 accuracy", 95.2, "%", "CCPG", "Ikstrel"),
            ("77.5%", "rank-1 accuracy", 77.5, "%", "CCPG", "GaitBase"),
            ("83.1%", "rank-1 accuracy", 83.1, "%", "CCPG", "GaitBase"),
            ("87.4%", "rank-1 accuracy", 87.4, "%", "CCPG", "GaitBase"),
            ("91.9%", "rank-1 accuracy", 91.9, "%", "CCPG", "GaitBase"),
            ("83.7%", "accuracy", 83.7, "%", "CASIA-B", "GaitGL"),
            ("90.3%", "accuracy", 90.3, "%", "CASIA-B", "Ikstrel"),
            ("accuracy above 98%", "accuracy", 98, "%", "CASIA-B", "Ikstrel"),
            ("5.6 points of rank-1 accuracy", "rank-1 accuracy", 5.6, "points", None, None),
        ],
    },
    {
        "field": "gait-recognition",
        "title": "Ikwenna: Distilling Large Gait Models into Sub-Megabyte Networks for Edge Deployment",
        "text": (
            "Recent gait models have grown deep and wide: DeepGaitV2 and BigGait reach strong accuracy on outdoor "
            "benchmarks, but at tens of GFLOPs per sequence they are ill-suited to embedded cameras. We present "
            "Ikwenna, a knowledge distillation framework that transfers both the part-level embeddings and the "
            "inter-sequence similarity structure of a large teacher into a compact student built from depthwise "
            "separable convolutions. Rather than matching features frame by frame, Ikwenna aligns the similarity "
            "matrices of teacher and student over each training batch, which keeps the retrieval geometry intact even "
            "when the student has 40\u00d7 fewer channels. The student is then compressed to 8-bit integers with "
            "post-training quantization. On OU-MVLP, the 0.8 MB Ikwenna student attains 88.1% rank-1 accuracy at "
            "0.21 GFLOPs, whereas its DeepGaitV2 teacher reaches 90.0% at 11.6 GFLOPs. On GREW, it retains 94.3% of "
            "the teacher's rank-1 accuracy. Deployed on a Raspberry Pi 5, the quantized model identifies a walker "
            "from a 30-frame clip with a latency of 18 ms and a peak memory of 42 MB, a 6.7\u00d7 speed-up over the "
            "full-precision student. Compared with GaitPart and GaitSet of similar size, Ikwenna improves rank-1 "
            "accuracy on OU-MVLP by 2.6 and 4.0 points, respectively. Our results indicate that distillation, more "
            "than architecture search, is the main lever for practical on-device gait recognition."
        ),
        "spans": [
            ("Ikwenna", "M"), ("DeepGaitV2", "M"), ("BigGait", "M"), ("accuracy", "X"), ("GFLOPs", "X"),
            ("knowledge distillation", "M"), ("depthwise separable convolutions", "M"),
            ("post-training quantization", "M"), ("OU-MVLP", "D"), ("rank-1 accuracy", "X"), ("GREW", "D"),
            ("latency", "X"), ("peak memory", "X"), ("speed-up", "X"), ("GaitPart", "M"), ("GaitSet", "M"),
            ("distillation", "M"), ("architecture search", "M"), ("gait recognition", "T"),
        ],
        "results": [
            ("88.1% rank-1 accuracy", "rank-1 accuracy", 88.1, "%", "OU-MVLP", "Ikwenna"),
            ("0.21 GFLOPs", "FLOPs", 0.21, "G", "OU-MVLP", "Ikwenna"),
            ("90.0%", "rank-1 accuracy", 90.0, "%", "OU-MVLP", "DeepGaitV2"),
            ("11.6 GFLOPs", "FLOPs", 11.6, "G", "OU-MVLP", "DeepGaitV2"),
            ("94.3% of the teacher's rank-1 accuracy", "relative rank-1 accuracy", 94.3, "%", "GREW", None),
            ("latency of 18 ms", "latency", 18, "ms", None, None),
            ("peak memory of 42 MB", "peak memory", 42, "MB", None, None),
            ("6.7\u00d7 speed-up", "speed-up", 6.7, "\u00d7", None, None),
            ("2.6", "rank-1 accuracy", 2.6, "points", "OU-MVLP", "Ikwenna"),
            ("4.0 points", "rank-1 accuracy", 4.0, "points", "OU-MVLP", "Ikwenna"),
        ],
    },
    {
        "field": "gait-recognition",
        "title": "Ikolith: Silhouette-Free Gait Recognition from Frozen Vision Foundation Models",
        "text": (
            "Silhouettes and skeletons are hand-designed intermediate representations: they discard colour and "
            "texture cues and inherit the errors of upstream human parsers and pose estimators. Following BigGait, we "
            "ask whether large vision models (LVMs) can serve as the gait extractor directly. Ikolith feeds RGB frames "
            "into a frozen DINOv2 (ViT-S/14) encoder and learns a small temporal head that suppresses "
            "identity-irrelevant appearance, such as clothing colour, through a mask-guided feature decorrelation "
            "objective. Only 3.2M parameters are trained. In the within-domain setting, Ikolith achieves rank-1 "
            "accuracies of 84.0% on CCPG and 92.6% on SUSTech1K [BigGait: 82.6% and 90.2%]. The advantage widens "
            "under domain shift: trained on CCPG and tested on SUSTech1K, Ikolith improves rank-1 accuracy over "
            "BigGait by 4.7\u20139.3 points across the eight SUSTech1K attributes, with the largest margins on "
            "night-time and umbrella-occluded sequences. On Gait3D, Ikolith reaches 71.8% rank-1 accuracy and 63.0% "
            "mAP without any silhouette input. The decorrelation objective lowers the mutual information between "
            "embeddings and clothing labels by 38%, a measurable sign that the head attends to body dynamics rather "
            "than dress. Ikolith processes 95 sequences per second on an A100, about 1.6\u00d7 faster than BigGait, "
            "because no silhouette extraction or pose estimation stage is needed. Code and trained heads will be "
            "released."
        ),
        "spans": [
            ("Ikolith", "M"), ("Gait Recognition", "T"), ("Vision Foundation Models", "M"), ("BigGait", "M"),
            ("large vision models", "M"), ("LVMs", "M"), ("DINOv2", "M"), ("ViT-S/14", "M"),
            ("rank-1 accuracies", "X"), ("CCPG", "D"), ("SUSTech1K", "D"), ("rank-1 accuracy", "X"),
            ("Gait3D", "D"), ("mAP", "X"), ("mutual information", "X"), ("sequences per second", "X"),
            ("pose estimation", "T"),
        ],
        "results": [
            ("rank-1 accuracies of 84.0% on CCPG", "rank-1 accuracy", 84.0, "%", "CCPG", "Ikolith"),
            ("92.6% on SUSTech1K", "rank-1 accuracy", 92.6, "%", "SUSTech1K", "Ikolith"),
            ("82.6%", "rank-1 accuracy", 82.6, "%", "CCPG", "BigGait"),
            ("90.2%", "rank-1 accuracy", 90.2, "%", "SUSTech1K", "BigGait"),
            ("4.7\u20139.3 points", "rank-1 accuracy", 9.3, "points", "SUSTech1K", "Ikolith", {"low": 4.7}),
            ("71.8% rank-1 accuracy", "rank-1 accuracy", 71.8, "%", "Gait3D", "Ikolith"),
            ("63.0% mAP", "mAP", 63.0, "%", "Gait3D", "Ikolith"),
            ("mutual information between embeddings and clothing labels by 38%", "mutual information reduction",
             38, "%", None, None),
            ("95 sequences per second", "throughput", 95, "sequences/s", None, "Ikolith"),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", None, "Ikolith"),
        ],
    },
    {
        "field": "gait-recognition",
        "title": "Ikfarro: Stride-Aware Bidirectional State Space Models for Gait Recognition over Long Walks",
        "text": (
            "Most silhouette-based gait models aggregate time with a single maximum over frames or with short 3D "
            "convolutions, which capture a stride or two but not the slower rhythm changes that distinguish "
            "individuals over longer walks. Transformers can model such long-range dependencies, but their quadratic "
            "cost in sequence length makes them impractical for the sequences of a hundred frames and more that are "
            "common in surveillance footage. We propose Ikfarro, a gait backbone that interleaves convolutional "
            "stages with bidirectional state space models (SSMs) in the style of Mamba, scanning each horizontal body "
            "strip along time in both directions. A stride-aware gate lets the scan reset at heel strikes, which are "
            "detected without supervision from the width signal of the silhouette. Across four benchmarks, Ikfarro "
            "matches or exceeds the strongest published silhouette-based models. Its advantage grows with sequence "
            "length: on GREW, extending the test sequences from 30 to 120 frames improves the rank-1 accuracy of "
            "Ikfarro by 6.2 points, against 1.8 points for GaitGL. On the Gait3D test set, Ikfarro reaches 76.4% "
            "rank-1 accuracy, and on OU-MVLP it reaches 92.5% with 41% fewer FLOPs than a Transformer of comparable "
            "depth. The learned gate also recovers heel-strike events with a temporal error below 2 frames, "
            "suggesting that explicit gait-cycle modelling is a useful inductive bias even for end-to-end "
            "recognisers."
        ),
        "spans": [
            ("Ikfarro", "M"), ("State Space Models", "M"), ("Gait Recognition", "T"), ("3D convolutions", "M"),
            ("Transformers", "M"), ("Transformer", "M"), ("state space models", "M"), ("SSMs", "M"), ("Mamba", "M"),
            ("GREW", "D"), ("rank-1 accuracy", "X"), ("GaitGL", "M"), ("Gait3D", "D"), ("OU-MVLP", "D"),
            ("FLOPs", "X"), ("temporal error", "X"),
        ],
        "results": [
            ("rank-1 accuracy of Ikfarro by 6.2 points", "rank-1 accuracy", 6.2, "points", "GREW", "Ikfarro"),
            ("1.8 points", "rank-1 accuracy", 1.8, "points", "GREW", "GaitGL"),
            ("76.4% rank-1 accuracy", "rank-1 accuracy", 76.4, "%", "Gait3D", "Ikfarro"),
            ("92.5%", "rank-1 accuracy", 92.5, "%", "OU-MVLP", "Ikfarro"),
            ("41% fewer FLOPs", "FLOPs reduction", 41, "%", "OU-MVLP", "Ikfarro"),
            ("temporal error below 2 frames", "temporal error", 2, "frames", None, None),
        ],
    },
    # ------------------------------------------------------------ dialogue-state-tracking
    {
        "field": "dialogue-state-tracking",
        "title": "Iksatra: Schema-Grounded Self-Verification for Zero-Shot Dialogue State Tracking with Open Large "
                 "Language Models",
        "text": (
            "Large language models (LLMs) can track dialogue states without in-domain training, but their "
            "predictions drift as conversations grow: a slot value confirmed in turn 3 is silently overwritten in "
            "turn 9, and values that do not exist in the schema are invented. We present Iksatra, a prompting and "
            "decoding scheme for zero-shot dialogue state tracking (DST) in which the model first proposes state "
            "updates as function calls against the service schema and then verifies each update against the "
            "dialogue history in a second, constrained pass. Updates that fail verification are rolled back instead "
            "of propagated. Using Llama-3.1-8B-Instruct as the backbone, Iksatra reaches 58.4% joint goal accuracy "
            "(JGA) on MultiWOZ 2.1 and 63.9% on MultiWOZ 2.4, outperforming FnCTOD with the same backbone by 7.2 and "
            "8.5 points and the GPT-3.5-based IC-DST by 11.6 and 6.7 points, respectively. On the Schema-Guided "
            "Dialogue (SGD) dataset, where all test services are unseen, average goal accuracy climbs from 71.3 to "
            "78.0, and the slot hallucination rate drops by 64%. The verification pass adds 23% to inference time "
            "but can be skipped for turns that mention no schema slot, lowering the overhead to 9%. With GPT-4o as "
            "the backbone, Iksatra sets a new zero-shot state of the art of 67.1% JGA on MultiWOZ 2.4. We release "
            "prompts, schemas and evaluation scripts."
        ),
        "spans": [
            ("Iksatra", "M"), ("Zero-Shot Dialogue State Tracking", "T"), ("Large Language Models", "M"),
            ("Large language models", "M"), ("LLMs", "M"), ("zero-shot dialogue state tracking", "T"),
            ("DST", "T"), ("Llama-3.1-8B-Instruct", "M"), ("joint goal accuracy", "X"), ("JGA", "X"),
            ("MultiWOZ 2.1", "D"), ("MultiWOZ 2.4", "D"), ("FnCTOD", "M"), ("GPT-3.5", "M"), ("IC-DST", "M"),
            ("Schema-Guided Dialogue", "D"), ("SGD", "D"), ("average goal accuracy", "X"),
            ("slot hallucination rate", "X"), ("inference time", "X"), ("GPT-4o", "M"),
        ],
        "results": [
            ("58.4% joint goal accuracy", "joint goal accuracy", 58.4, "%", "MultiWOZ 2.1", "Iksatra"),
            ("63.9%", "joint goal accuracy", 63.9, "%", "MultiWOZ 2.4", "Iksatra"),
            ("7.2", "joint goal accuracy", 7.2, "points", "MultiWOZ 2.1", "Iksatra"),
            ("8.5 points", "joint goal accuracy", 8.5, "points", "MultiWOZ 2.4", "Iksatra"),
            ("11.6", "joint goal accuracy", 11.6, "points", "MultiWOZ 2.1", "Iksatra"),
            ("6.7 points", "joint goal accuracy", 6.7, "points", "MultiWOZ 2.4", "Iksatra"),
            ("average goal accuracy climbs from 71.3 to 78.0", "average goal accuracy", 78.0, None, "SGD", None),
            ("slot hallucination rate drops by 64%", "slot hallucination rate", 64, "%", "SGD", None),
            ("23% to inference time", "inference time", 23, "%", None, None),
            ("overhead to 9%", "inference time", 9, "%", None, None),
            ("67.1% JGA", "joint goal accuracy", 67.1, "%", "MultiWOZ 2.4", "Iksatra"),
        ],
    },
    {
        "field": "dialogue-state-tracking",
        "title": "Ikmerrow: Slot-Relation Memory for Efficient Generative Dialogue State Tracking",
        "text": (
            "Generative dialogue state tracking (DST) models decode the full belief state at every turn, so their "
            "cost grows with the number of tracked slots, and most of the decoding effort goes into reproducing "
            "values that did not change. Operation-based trackers such as SOM-DST avoid this by predicting a "
            "carry-over, update or delete decision per slot, but they model slots independently and miss that, for "
            "instance, the area of a booked hotel usually constrains the restaurant the user asks for later. "
            "Ikmerrow keeps a compact memory of slot relations that is read by a T5-base encoder-decoder and "
            "rewritten after each turn, and it generates values only for slots whose operation is predicted to "
            "change. On MultiWOZ 2.2, Ikmerrow achieves a joint goal accuracy of 60.8%, surpassing D3ST with T5-XXL "
            "(58.7%) despite its much smaller backbone, and it decodes 3.1\u00d7 faster than a full-state T5 "
            "baseline. The gains are largest on cross-domain references: slot accuracy on turns that mention two or "
            "more domains improves by 4.4 points. We also report results on the noisier MultiWOZ 2.0 annotations and "
            "on the corrected MultiWOZ 2.4 test set to show that the improvement is not an artefact of annotation "
            "errors."
        ),
        "spans": [
            ("Ikmerrow", "M"), ("Dialogue State Tracking", "T"), ("dialogue state tracking", "T"), ("DST", "T"),
            ("SOM-DST", "M"), ("T5-base", "M"), ("MultiWOZ 2.2", "D"), ("joint goal accuracy", "X"),
            ("D3ST", "M"), ("T5-XXL", "M"), ("T5", "M"), ("slot accuracy", "X"), ("MultiWOZ 2.0", "D"),
            ("MultiWOZ 2.4", "D"),
        ],
        "results": [
            ("joint goal accuracy of 60.8%", "joint goal accuracy", 60.8, "%", "MultiWOZ 2.2", "Ikmerrow"),
            ("58.7%", "joint goal accuracy", 58.7, "%", "MultiWOZ 2.2", "D3ST"),
            ("3.1\u00d7 faster", "speed-up", 3.1, "\u00d7", "MultiWOZ 2.2", "Ikmerrow"),
            ("slot accuracy on turns that mention two or more domains improves by 4.4 points", "slot accuracy",
             4.4, "points", None, None),
        ],
    },
    {
        "field": "dialogue-state-tracking",
        "title": "Iklunde: Learning to Retrieve Turn-Level Exemplars for In-Context Few-Shot Dialogue State Tracking",
        "text": (
            "In-context learning lets a large language model perform few-shot dialogue state tracking (DST) from a "
            "handful of annotated turns, and retrieving similar dialogues has become the standard way to choose "
            "them. The retrievers used so far, however, are trained to find dialogues with similar wording, not "
            "dialogues whose state changes are informative for the current turn. Iklunde fine-tunes a Contriever "
            "encoder on turn-level state-change similarity, scoring candidate exemplars by how much they reduce the "
            "backbone's uncertainty over slot values, and assembles prompts that cover every slot the current turn "
            "is likely to touch. Using only 1%, 5% and 10% of the MultiWOZ 2.1 training dialogues as the exemplar "
            "pool, Iklunde with GPT-3.5-Turbo attains joint goal accuracies of 47.9%, 53.6% and 56.2%, "
            "respectively, compared with 43.1%, 47.3% and 49.6% for IC-DST with identical pools and the same "
            "backbone. On MultiWOZ 2.4 the corresponding figures are 52.5%, 58.9% and 61.4%. The retriever also "
            "transfers across backbones: Iklunde with Llama-2-70B-Chat improves over the IC-DST retriever by 3.0 to "
            "5.8 points. Because its prompts are shorter, Iklunde reduces the number of input tokens per turn by "
            "37%, which lowers API cost proportionally. Error analysis shows that most remaining mistakes concern "
            "time and price slots whose values are paraphrased in the dialogue."
        ),
        "spans": [
            ("Iklunde", "M"), ("Few-Shot Dialogue State Tracking", "T"), ("In-context learning", "M"),
            ("large language model", "M"), ("few-shot dialogue state tracking", "T"), ("DST", "T"),
            ("Contriever", "M"), ("MultiWOZ 2.1", "D"), ("GPT-3.5-Turbo", "M"), ("joint goal accuracies", "X"),
            ("IC-DST", "M"), ("MultiWOZ 2.4", "D"), ("Llama-2-70B-Chat", "M"), ("input tokens", "X"),
        ],
        "results": [
            ("joint goal accuracies of 47.9%", "joint goal accuracy", 47.9, "%", "MultiWOZ 2.1", "Iklunde"),
            ("53.6%", "joint goal accuracy", 53.6, "%", "MultiWOZ 2.1", "Iklunde"),
            ("56.2%", "joint goal accuracy", 56.2, "%", "MultiWOZ 2.1", "Iklunde"),
            ("43.1%", "joint goal accuracy", 43.1, "%", "MultiWOZ 2.1", "IC-DST"),
            ("47.3%", "joint goal accuracy", 47.3, "%", "MultiWOZ 2.1", "IC-DST"),
            ("49.6%", "joint goal accuracy", 49.6, "%", "MultiWOZ 2.1", "IC-DST"),
            ("52.5%", "joint goal accuracy", 52.5, "%", "MultiWOZ 2.4", None),
            ("58.9%", "joint goal accuracy", 58.9, "%", "MultiWOZ 2.4", None),
            ("61.4%", "joint goal accuracy", 61.4, "%", "MultiWOZ 2.4", None),
            ("3.0 to 5.8 points", "improvement", 5.8, "points", None, "Iklunde", {"low": 3.0}),
            ("input tokens per turn by 37%", "input token reduction", 37, "%", None, "Iklunde"),
        ],
    },
    {
        "field": "dialogue-state-tracking",
        "title": "Ikespar: Phonetically Robust Span Copying for Dialogue State Tracking in Spoken Conversations",
        "text": (
            "Dialogue state tracking (DST) models are almost always trained on written text, yet deployed assistants "
            "receive automatic speech recognition (ASR) transcripts in which names, times and numbers are the tokens "
            "most likely to be misrecognised. On the SpokenWOZ benchmark, text-trained trackers lose roughly half of "
            "the joint goal accuracy they reach in the written MultiWOZ setting. We propose Ikespar, a span-copying "
            "tracker that represents every candidate value by both its characters and its phoneme sequence, so that "
            "a misrecognised \"for thirty\" can still be copied as the time \"four thirty\" when the phonetic match "
            "is close. Ikespar fuses a WavLM speech encoder with a text encoder through a lightweight gated layer and "
            "is trained on synthetic ASR noise produced by a text-to-speech and re-recognition loop. On SpokenWOZ, "
            "Ikespar reaches a JGA of 31.7%, against 25.7% for SPACE+WavLM and 21.3% for TripPy on Whisper "
            "transcripts. On the speech-aware track of DSTC11, JGA improves from 40.1% to 46.0% on the "
            "human-verbalised test set, with the largest gains for name slots (+14.2 points in slot accuracy). "
            "Ablations show that the phoneme channel accounts for most of the improvement, and that training on "
            "synthetic noise alone, without real ASR output, already closes a third of the gap. Latency stays within "
            "15 ms of a text-only tracker of the same size."
        ),
        "spans": [
            ("Ikespar", "M"), ("Dialogue State Tracking", "T"), ("Dialogue state tracking", "T"), ("DST", "T"),
            ("automatic speech recognition", "T"), ("ASR", "T"), ("SpokenWOZ", "D"), ("joint goal accuracy", "X"),
            ("MultiWOZ", "D"), ("WavLM", "M"), ("text-to-speech", "T"), ("JGA", "X"), ("SPACE+WavLM", "M"),
            ("TripPy", "M"), ("Whisper", "M"), ("DSTC11", "D"), ("slot accuracy", "X"), ("Latency", "X"),
        ],
        "results": [
            ("JGA of 31.7%", "joint goal accuracy", 31.7, "%", "SpokenWOZ", "Ikespar"),
            ("25.7%", "joint goal accuracy", 25.7, "%", "SpokenWOZ", "SPACE+WavLM"),
            ("21.3%", "joint goal accuracy", 21.3, "%", "SpokenWOZ", "TripPy"),
            ("JGA improves from 40.1% to 46.0%", "joint goal accuracy", 46.0, "%", "DSTC11", None),
            ("+14.2 points in slot accuracy", "slot accuracy", 14.2, "points", "DSTC11", None),
            ("Latency stays within 15 ms", "latency", 15, "ms", None, None),
        ],
    },
    {
        "field": "dialogue-state-tracking",
        "title": "Ikdravo: Contrastive Schema Paraphrasing for Style-Robust Dialogue State Tracking",
        "text": (
            "Schema-driven trackers such as D3ST and SDT condition on natural-language descriptions of intents and "
            "slots, which lets them serve services never seen in training, but they are brittle when the same schema "
            "is written in a different style. On SGD-X, which provides five increasingly distant paraphrases of "
            "every schema in the Schema-Guided Dialogue (SGD) dataset, the joint goal accuracy of a T5-XXL D3ST "
            "model fluctuates by up to 9 points across variants. We introduce Ikdravo, a training recipe that "
            "generates schema paraphrases with an instruction-tuned LLM, filters them by round-trip consistency, and "
            "adds a contrastive learning objective that pulls together encoder representations of the same slot "
            "under different descriptions. Applied to D3ST with a T5-base backbone and evaluated on SGD-X, Ikdravo "
            "improves average JGA over the five variants from 54.2% to 61.5% and lowers schema sensitivity (SS_JGA) "
            "from 71.9 to 48.3. With T5-XL, average JGA and SS_JGA reach 70.1% and 35.6, respectively, against "
            "66.8% and 44.1 for SDT of the same size. On the original SGD test set, Ikdravo leaves accuracy "
            "essentially unchanged (\u22120.2 JGA), so robustness does not come at the expense of in-distribution "
            "performance. Training cost rises by 1.3\u00d7 because of the extra paraphrases, while inference cost is "
            "unaffected. Paraphrasing slot descriptions matters more than paraphrasing intent descriptions, and "
            "mixing both gives the most stable tracker."
        ),
        "spans": [
            ("Ikdravo", "M"), ("Dialogue State Tracking", "T"), ("D3ST", "M"), ("SDT", "M"), ("SGD-X", "D"),
            ("Schema-Guided Dialogue", "D"), ("SGD", "D"), ("joint goal accuracy", "X"), ("T5-XXL", "M"),
            ("LLM", "M"), ("contrastive learning", "M"), ("T5-base", "M"), ("average JGA", "X"), ("JGA", "X"),
            ("schema sensitivity", "X"), ("SS_JGA", "X"), ("T5-XL", "M"), ("accuracy", "X"),
            ("Training cost", "X"), ("inference cost", "X"),
        ],
        "results": [
            ("fluctuates by up to 9 points", "joint goal accuracy", 9, "points", "SGD-X", "D3ST"),
            ("average JGA over the five variants from 54.2% to 61.5%", "joint goal accuracy", 61.5, "%", "SGD-X",
             "Ikdravo"),
            ("schema sensitivity (SS_JGA) from 71.9 to 48.3", "schema sensitivity", 48.3, None, "SGD-X", "Ikdravo"),
            ("70.1%", "joint goal accuracy", 70.1, "%", None, None),
            ("35.6", "schema sensitivity", 35.6, None, None, None),
            ("66.8%", "joint goal accuracy", 66.8, "%", None, "SDT"),
            ("44.1", "schema sensitivity", 44.1, None, None, "SDT"),
            ("\u22120.2 JGA", "joint goal accuracy", -0.2, None, "SGD", "Ikdravo"),
            ("Training cost rises by 1.3\u00d7", "training cost", 1.3, "\u00d7", None, None),
        ],
    },
    {
        "field": "dialogue-state-tracking",
        "title": "Ikquoll: Jointly Tracking Dialogue States and Database Constraints for End-to-End Task-Oriented "
                 "Dialogue",
        "text": (
            "End-to-end task-oriented dialogue (TOD) systems generate a belief state, query a database and produce a "
            "response in one pass, so errors in the tracked state propagate to both the query and the reply. We "
            "propose Ikquoll, a single generative model that treats database constraints as first-class slots: at "
            "each turn it predicts the dialogue state together with the constraint set that would be sent to the "
            "database, and a lightweight consistency head rejects states whose constraints return no entity although "
            "the user has asked for nothing unusual. Built on Flan-T5-large, Ikquoll achieves 93.8 Inform, 86.2 "
            "Success and 20.1 BLEU on the MultiWOZ 2.2 end-to-end benchmark, for a Combined Score of 110.1, compared "
            "with 105.7 for Mars and 103.4 for GALAXY. Ikquoll's state tracker alone reaches 57.9% joint goal "
            "accuracy, an improvement of 2.9 points over PPTOD. In a human evaluation on 200 dialogues, crowd workers "
            "preferred the responses of Ikquoll over those of Mars in 61% of pairwise comparisons. Ikquoll generates "
            "a turn in 148 ms on average on a single A10 GPU, which keeps it usable in interactive settings. The "
            "results suggest that exposing the database interface to the tracker is a simple way to make end-to-end "
            "systems more faithful to the user's goal."
        ),
        "spans": [
            ("Ikquoll", "M"), ("Task-Oriented Dialogue", "T"), ("task-oriented dialogue", "T"), ("TOD", "T"),
            ("Flan-T5-large", "M"), ("Inform", "X"), ("Success", "X"), ("BLEU", "X"), ("MultiWOZ 2.2", "D"),
            ("Combined Score", "X"), ("Mars", "M"), ("GALAXY", "M"), ("joint goal accuracy", "X"), ("PPTOD", "M"),
        ],
        "results": [
            ("93.8 Inform", "Inform", 93.8, None, "MultiWOZ 2.2", "Ikquoll"),
            ("86.2 Success", "Success", 86.2, None, "MultiWOZ 2.2", "Ikquoll"),
            ("20.1 BLEU", "BLEU", 20.1, None, "MultiWOZ 2.2", "Ikquoll"),
            ("Combined Score of 110.1", "Combined Score", 110.1, None, "MultiWOZ 2.2", "Ikquoll"),
            ("105.7", "Combined Score", 105.7, None, "MultiWOZ 2.2", "Mars"),
            ("103.4", "Combined Score", 103.4, None, "MultiWOZ 2.2", "GALAXY"),
            ("57.9% joint goal accuracy", "joint goal accuracy", 57.9, "%", None, "Ikquoll"),
            ("improvement of 2.9 points", "joint goal accuracy", 2.9, "points", None, "Ikquoll"),
            ("61% of pairwise comparisons", "win rate", 61, "%", None, "Ikquoll"),
            ("generates a turn in 148 ms", "latency", 148, "ms", None, "Ikquoll"),
        ],
    },
]
