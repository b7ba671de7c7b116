"""dev30 records: scene-graph-generation (6) and deepfake-detection (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind: the
PaperLens pipeline and its output were never looked at or run)."""

COINED = ["Gzorrin", "Gzelthia", "Gzimbra", "Gzoltane", "Gzephra", "Gzandrel",
          "Gzurlet", "Gzebrin", "Gzinnock", "Gzarrow", "Gzollaq", "Gzuvio", "Gzoravox"]

P = {"punct": True}

RECS = [
    # ------------------------------------------------------------ scene-graph-generation
    {
        "field": "scene-graph-generation",
        "title": "Gzorrin: Frequency-Aware Predicate Prototypes for Unbiased Scene Graph Generation",
        "text": (
            "Scene graph generation (SGG) models trained on Visual Genome inherit its long-tailed predicate "
            "distribution: head predicates such as \"on\" and \"has\" dominate the predictions, while informative "
            "tail predicates such as \"parked on\" or \"walking in\" are rarely produced. Debiasing approaches such as "
            "Total Direct Effect (TDE) inference or the bi-level resampling of BGNN recover part of the tail, but "
            "usually at a steep cost in Recall@K. We propose Gzorrin, a plug-in predicate classifier that represents "
            "each predicate by a small set of learnable prototypes whose margins are scaled by the predicate's "
            "training frequency, and that refines the prototypes with contrastive learning on subject\u2013object "
            "union features. Gzorrin leaves the object detector untouched and can be attached to any two-stage SGG "
            "model. On the VG150 split, with a Faster R-CNN detector on a ResNeXt-101-FPN backbone, Gzorrin on top of "
            "MOTIFS reaches 41.3 mR@100 in Predicate Classification (PredCls), against 36.5 for PE-Net and 29.8 for "
            "MOTIFS-TDE, while keeping R@100 at 60.2. The gains carry over to the harder settings: mR@100 rises to "
            "22.9 in Scene Graph Classification (SGCls) and to 17.1 in Scene Graph Detection (SGDet), improving over "
            "the strongest prior debiasing method by 2.4 and 1.8 points, respectively. Plugged into VCTree, Gzorrin "
            "reaches an F@100 of 49.7 in PredCls, where F@100 is the harmonic mean of R@100 and mR@100. Ablations "
            "attribute most of the tail gain to the frequency-aware margins rather than to the prototypes themselves."
        ),
        "spans": [
            ("Gzorrin", "M"), ("Unbiased Scene Graph Generation", "T"), ("Scene graph generation", "T"),
            ("SGG", "T"), ("Visual Genome", "D"), ("Total Direct Effect", "M"), ("TDE", "M"),
            ("bi-level resampling", "M"), ("BGNN", "M"), ("Recall@K", "X"), ("contrastive learning", "M"),
            ("VG150", "D"), ("Faster R-CNN", "M"), ("ResNeXt-101-FPN", "M"), ("MOTIFS", "M"), ("mR@100", "X"),
            ("Predicate Classification", "T"), ("PredCls", "T"), ("PE-Net", "M"), ("MOTIFS-TDE", "M"),
            ("R@100", "X"), ("Scene Graph Classification", "T"), ("SGCls", "T"), ("Scene Graph Detection", "T"),
            ("SGDet", "T"), ("VCTree", "M"), ("F@100", "X"),
        ],
        "results": [
            ("41.3 mR@100", "mR@100", 41.3, None, "VG150", "Gzorrin"),
            ("36.5 for PE-Net", "mR@100", 36.5, None, "VG150", "PE-Net"),
            ("29.8 for MOTIFS-TDE", "mR@100", 29.8, None, "VG150", "MOTIFS-TDE"),
            ("R@100 at 60.2", "R@100", 60.2, None, "VG150", "Gzorrin"),
            ("mR@100 rises to 22.9", "mR@100", 22.9, None, None, None),
            ("17.1", "mR@100", 17.1, None, None, None),
            ("2.4", "mR@100", 2.4, "points", None, None),
            ("1.8 points", "mR@100", 1.8, "points", None, None),
            ("F@100 of 49.7", "F@100", 49.7, None, None, "Gzorrin"),
        ],
    },
    {
        "field": "scene-graph-generation",
        "title": "Gzelthia: Mask-Pair Queries with Relation Decoupling for One-Stage Panoptic Scene Graph Generation",
        "text": (
            "Panoptic scene graph generation (PSG) asks a model to segment every thing and stuff region of an image "
            "and to predict the relations between the resulting segments. One-stage methods such as PSGTR and "
            "PSGFormer entangle subject, object and predicate in a single query, which slows training and biases the "
            "queries toward frequent pairs, whereas two-stage methods such as Pair-Net and HiLo are more accurate but "
            "run a separate relation network on top of a panoptic segmenter. We present Gzelthia, a one-stage model "
            "built on Mask2Former that first predicts panoptic masks and then forms mask-pair queries from the "
            "top-scoring segments, so that a lightweight relation decoder only has to classify predicates for pairs "
            "it can already localise. On the PSG dataset, Gzelthia with a ResNet-50 backbone obtains R@20/50/100 of "
            "34.8/40.9/42.6 and mR@20/50/100 of 24.1/29.5/31.0, outperforming both Pair-Net (29.6 R@20, 24.4 mR@20) "
            "and HiLo (34.1 R@20, 23.7 mR@20). With a Swin-B backbone, mR@100 reaches 36.2. Gzelthia runs at 13.6 FPS "
            "on a single A100 GPU, 2.1\u00d7 faster than HiLo, because no pairwise features are computed for "
            "low-scoring segments. Finally, the mask-pair queries transfer to open-vocabulary PSG: replacing the "
            "predicate classifier with CLIP text embeddings yields 12.4 mR@50 on novel predicates, without any change "
            "to the mask branch."
        ),
        "spans": [
            ("Gzelthia", "M"), ("Panoptic Scene Graph Generation", "T"), ("Panoptic scene graph generation", "T"),
            ("PSG", "T", {"only": [0]}), ("PSG", "D", {"only": [1]}), ("PSGTR", "M"), ("PSGFormer", "M"),
            ("Pair-Net", "M"), ("HiLo", "M"), ("Mask2Former", "M"), ("ResNet-50", "M"), ("R@20/50/100", "X"),
            ("mR@20/50/100", "X"), ("R@20", "X"), ("mR@20", "X"), ("Swin-B", "M"), ("mR@100", "X"), ("FPS", "X"),
            ("open-vocabulary PSG", "T"), ("CLIP", "M"), ("mR@50", "X"),
        ],
        "results": [
            ("34.8", "R@20", 34.8, None, "PSG", "Gzelthia"),
            ("40.9", "R@50", 40.9, None, "PSG", "Gzelthia"),
            ("42.6", "R@100", 42.6, None, "PSG", "Gzelthia"),
            ("24.1", "mR@20", 24.1, None, "PSG", "Gzelthia"),
            ("29.5", "mR@50", 29.5, None, "PSG", "Gzelthia"),
            ("31.0", "mR@100", 31.0, None, "PSG", "Gzelthia"),
            ("29.6 R@20", "R@20", 29.6, None, "PSG", "Pair-Net"),
            ("24.4 mR@20", "mR@20", 24.4, None, "PSG", "Pair-Net"),
            ("34.1 R@20", "R@20", 34.1, None, "PSG", "HiLo"),
            ("23.7 mR@20", "mR@20", 23.7, None, "PSG", "HiLo"),
            ("mR@100 reaches 36.2", "mR@100", 36.2, None, None, None),
            ("13.6 FPS", "FPS", 13.6, None, None, "Gzelthia"),
            ("2.1\u00d7 faster", "speed-up", 2.1, "\u00d7", None, "Gzelthia"),
            ("12.4 mR@50", "mR@50", 12.4, None, None, None),
        ],
    },
    {
        "field": "scene-graph-generation",
        "title": "Gzimbra: Learning Open-Vocabulary Scene Graph Generation from Image\u2013Caption Pairs with Grounded "
                 "Predicate Prompts",
        "text": (
            "Open-vocabulary scene graph generation aims to recognise objects and relations whose categories were "
            "never annotated during training. Existing approaches such as OvSGTR and PGSG align region features with "
            "CLIP text embeddings, but they still need box-level relation annotations for the base classes, which are "
            "expensive to collect and inherit the biases of Visual Genome. We introduce Gzimbra, which learns from "
            "image\u2013caption pairs alone: a frozen Grounding DINO detector grounds the nouns of each caption, a "
            "large language model parses the caption into candidate subject\u2013predicate\u2013object triplets, and "
            "a relation head is trained to match pooled pair features against prompted predicate embeddings. Noisy "
            "triplets are down-weighted by their agreement with the grounded boxes, and the whole model is trained on "
            "COCO Captions without a single relation box. Evaluated on the VG150 test split with both object and "
            "predicate vocabularies open, Gzimbra obtains 18.6 R@50 and 22.3 R@100 on novel predicates, against 15.1 "
            "and 18.9 for the fully supervised OvSGTR. On base predicates Gzimbra trails OvSGTR by 1.7 points of "
            "R@100, the price of never seeing a relation box. Transferred zero-shot to GQA, Gzimbra reaches 9.8 "
            "mR@50 without any GQA training data, 3.2 points higher than PGSG. When 10% of the relation annotations "
            "are added, R@100 on novel predicates rises further to 25.0, suggesting that caption supervision and "
            "box-level labels are complementary."
        ),
        "spans": [
            ("Gzimbra", "M"), ("Open-Vocabulary Scene Graph Generation", "T"),
            ("Open-vocabulary scene graph generation", "T"), ("OvSGTR", "M"), ("PGSG", "M"), ("CLIP", "M"),
            ("Visual Genome", "D"), ("Grounding DINO", "M"), ("large language model", "M"), ("COCO Captions", "D"),
            ("VG150", "D"), ("R@50", "X"), ("R@100", "X"), ("GQA", "D"), ("mR@50", "X"),
        ],
        "results": [
            ("18.6 R@50", "R@50", 18.6, None, "VG150", "Gzimbra"),
            ("22.3 R@100", "R@100", 22.3, None, "VG150", "Gzimbra"),
            ("15.1", "R@50", 15.1, None, "VG150", "OvSGTR"),
            ("18.9", "R@100", 18.9, None, "VG150", "OvSGTR"),
            ("1.7 points of R@100", "R@100", 1.7, "points", None, "Gzimbra"),
            ("9.8 mR@50", "mR@50", 9.8, None, "GQA", "Gzimbra"),
            ("3.2 points higher", "mR@50", 3.2, "points", "GQA", "Gzimbra"),
            ("R@100 on novel predicates rises further to 25.0", "R@100", 25.0, None, None, None),
        ],
    },
    {
        "field": "scene-graph-generation",
        "title": "Gzoltane: Streaming Relation Memory with Deferred Decoding for Dynamic Scene Graph Generation in "
                 "Video",
        "text": (
            "Dynamic scene graph generation extends scene graphs to video, requiring a model to localise humans and "
            "objects in every frame and to track how the relations between them change over time. Transformer-based "
            "models such as STTran and TEMPURA aggregate frame-level features within a short sliding window, so "
            "relations that are occluded or ambiguous for a few frames are frequently dropped or flipped. We propose "
            "Gzoltane, which keeps a compact memory of relation tokens for every tracked human\u2013object pair and "
            "decodes predicates with an uncertainty head that defers low-confidence decisions until more evidence "
            "arrives. In the SGDet setting with graph constraint on Action Genome, Gzoltane reaches R@10/20/50 of "
            "29.4/36.2/39.8, compared with 28.1/33.4/34.9 for TEMPURA and 25.2/34.1/37.0 for STTran. Gains are "
            "largest for rare predicates: mR@10 improves by 4.6 points in PredCls and by 3.1 points in SGCls over "
            "TEMPURA. Because the memory is updated incrementally, Gzoltane processes streaming video at 21 FPS, "
            "using 38% less GPU memory than TEMPURA on the same clips. On ImageNet-VidVRD, Gzoltane obtains 28.3 mAP "
            "in video relation detection (+2.2 over the previous best). We also find that deferred decoding "
            "reduces how often predicted relations flip between consecutive frames, which makes the resulting graphs "
            "markedly easier to use for downstream video question answering."
        ),
        "spans": [
            ("Gzoltane", "M"), ("Dynamic Scene Graph Generation", "T"), ("Dynamic scene graph generation", "T"),
            ("Transformer", "M"), ("STTran", "M"), ("TEMPURA", "M"), ("SGDet", "T"), ("Action Genome", "D"),
            ("R@10/20/50", "X"), ("mR@10", "X"), ("PredCls", "T"), ("SGCls", "T"), ("FPS", "X"),
            ("GPU memory", "X"), ("ImageNet-VidVRD", "D"), ("mAP", "X"), ("video relation detection", "T"),
            ("video question answering", "T"),
        ],
        "results": [
            ("29.4", "R@10", 29.4, None, "Action Genome", "Gzoltane"),
            ("36.2", "R@20", 36.2, None, "Action Genome", "Gzoltane"),
            ("39.8", "R@50", 39.8, None, "Action Genome", "Gzoltane"),
            ("28.1", "R@10", 28.1, None, "Action Genome", "TEMPURA"),
            ("33.4", "R@20", 33.4, None, "Action Genome", "TEMPURA"),
            ("34.9", "R@50", 34.9, None, "Action Genome", "TEMPURA"),
            ("25.2", "R@10", 25.2, None, "Action Genome", "STTran"),
            ("34.1", "R@20", 34.1, None, "Action Genome", "STTran"),
            ("37.0", "R@50", 37.0, None, "Action Genome", "STTran"),
            ("mR@10 improves by 4.6 points", "mR@10", 4.6, "points", None, None),
            ("3.1 points", "mR@10", 3.1, "points", None, None),
            ("21 FPS", "FPS", 21, None, None, "Gzoltane"),
            ("38% less GPU memory", "memory reduction", 38, "%", None, "Gzoltane"),
            ("28.3 mAP", "mAP", 28.3, None, "ImageNet-VidVRD", "Gzoltane"),
            ("+2.2", "mAP", 2.2, "points", "ImageNet-VidVRD", "Gzoltane"),
        ],
    },
    {
        "field": "scene-graph-generation",
        "title": "Gzephra: Distilling Multimodal Large Language Models into Compact Scene Graph Generators",
        "text": (
            "Multimodal large language models (MLLMs) such as LLaVA-1.5 and Qwen2-VL can describe the relations "
            "between objects in free-form text, but prompting them for complete scene graphs is slow and produces "
            "incomplete, poorly calibrated triplets. Specialised scene graph generation (SGG) models, in turn, are "
            "fast but confined to the closed predicate vocabulary of their training data. We present Gzephra, a "
            "knowledge distillation framework that transfers relational knowledge from an MLLM teacher into a "
            "DETR-style one-stage SGG model. The teacher annotates unlabelled images from Objects365 with dense "
            "relation triplets, which are filtered by a grounding-consistency score and used as soft targets for the "
            "student's predicate head, while the human-annotated VG150 triplets supervise the same head as hard "
            "targets. Without changing the student's architecture, Gzephra improves EGTR by 5.2 mR@100 in SGDet on "
            "VG150, produces graphs that human raters judge more complete than the teacher's in 64% of pairwise "
            "comparisons, and runs 38\u00d7 faster than the teacher. The distilled graphs also help downstream "
            "reasoning: feeding them to a graph-based visual question answering model raises accuracy on GQA from "
            "61.2% to 63.5%. Our results suggest that MLLMs are more useful as annotators than as scene graph "
            "generators in their own right."
        ),
        "spans": [
            ("Gzephra", "M"), ("Multimodal Large Language Models", "M"), ("Multimodal large language models", "M"),
            ("MLLMs", "M"), ("MLLM", "M"), ("LLaVA-1.5", "M"), ("Qwen2-VL", "M"), ("scene graph generation", "T"),
            ("SGG", "T"), ("knowledge distillation", "M"), ("DETR", "M"), ("Objects365", "D"), ("VG150", "D"),
            ("EGTR", "M"), ("mR@100", "X"), ("SGDet", "T"), ("visual question answering", "T"), ("accuracy", "X"),
            ("GQA", "D"),
        ],
        "results": [
            ("5.2 mR@100", "mR@100", 5.2, "points", "VG150", "Gzephra"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "Gzephra"),
            ("38\u00d7 faster", "speed-up", 38, "\u00d7", None, "Gzephra"),
            ("accuracy on GQA from 61.2% to 63.5%", "accuracy", 63.5, "%", "GQA", None),
        ],
    },
    {
        "field": "scene-graph-generation",
        "title": "Gzandrel: Sparse Relation Proposals from Query Attention for Real-Time Scene Graph Generation",
        "text": (
            "Scene graph generation (SGG) is increasingly used as an intermediate representation for robot "
            "manipulation and image retrieval, where latency matters as much as recall. Two-stage pipelines that "
            "first run a detector such as Faster R-CNN and then score every object pair scale quadratically with the "
            "number of objects, and even one-stage models such as RelTR and SGTR spend most of their computation on "
            "dense relation queries. We propose Gzandrel, a one-stage model on a DETR-style detector that derives a "
            "sparse set of relation proposals from the attention maps of the object queries and scores only the top "
            "64 subject\u2013object pairs. On Open Images V6, Gzandrel achieves a weighted score (score_wtd) of 46.1, "
            "with a wmAP_rel of 41.9 and a wmAP_phr of 43.5, on par with the two-stage PE-Net (score_wtd 45.8) and "
            "2.7 points of score_wtd above RelTR. On VG150, the same model obtains 27.4 R@50 and 12.6 mR@50 in SGDet. "
            "Gzandrel requires 61 GFLOPs per image, 3.4\u00d7 fewer than SGTR, and runs at 38 ms per image on an RTX "
            "4090. The sparse proposals reach a pair recall of 93.1%, which explains why so little accuracy is lost "
            "by skipping exhaustive pairing. Code and pretrained models are available."
        ),
        "spans": [
            ("Gzandrel", "M"), ("Scene Graph Generation", "T"), ("Scene graph generation", "T"), ("SGG", "T"),
            ("robot manipulation", "T"), ("image retrieval", "T"), ("latency", "X"), ("recall", "X"),
            ("Faster R-CNN", "M"), ("RelTR", "M"), ("SGTR", "M"), ("DETR", "M"), ("Open Images V6", "D"),
            ("weighted score", "X"), ("score_wtd", "X"), ("wmAP_rel", "X"), ("wmAP_phr", "X"), ("PE-Net", "M"),
            ("VG150", "D"), ("R@50", "X"), ("mR@50", "X"), ("SGDet", "T"), ("GFLOPs", "X"), ("pair recall", "X"),
            ("accuracy", "X"),
        ],
        "results": [
            ("weighted score (score_wtd) of 46.1", "score_wtd", 46.1, None, "Open Images V6", "Gzandrel"),
            ("wmAP_rel of 41.9", "wmAP_rel", 41.9, None, "Open Images V6", "Gzandrel"),
            ("wmAP_phr of 43.5", "wmAP_phr", 43.5, None, "Open Images V6", "Gzandrel"),
            ("score_wtd 45.8", "score_wtd", 45.8, None, "Open Images V6", "PE-Net"),
            ("2.7 points of score_wtd", "score_wtd", 2.7, "points", "Open Images V6", "Gzandrel"),
            ("27.4 R@50", "R@50", 27.4, None, "VG150", None),
            ("12.6 mR@50", "mR@50", 12.6, None, "VG150", None),
            ("61 GFLOPs", "GFLOPs", 61, None, None, "Gzandrel"),
            ("3.4\u00d7 fewer", "FLOPs reduction", 3.4, "\u00d7", None, "Gzandrel"),
            ("runs at 38 ms", "latency", 38, "ms", None, "Gzandrel"),
            ("pair recall of 93.1%", "pair recall", 93.1, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ deepfake-detection
    {
        "field": "deepfake-detection",
        "title": "Gzurlet: Orthogonal Low-Rank Adaptation of CLIP for Face Forgery Detection under Unseen "
                 "Manipulations",
        "text": (
            "Face forgery detectors trained on FaceForensics++ (FF++) tend to overfit to the artefacts of its four "
            "manipulation methods and degrade sharply on forgeries produced by unseen generators. Recent work "
            "therefore adapts CLIP to face forgery detection, but full fine-tuning erodes the generic representations "
            "that make it robust, while linear probing leaves most forgery cues untapped. We propose Gzurlet, which "
            "inserts low-rank adapters into the attention layers of a frozen CLIP ViT-L/14 and constrains their "
            "updates to be orthogonal to the principal subspace of the pretrained weights, so that forgery-specific "
            "features are learned without overwriting semantic ones. Training additionally uses self-blended images "
            "to synthesise generic blending boundaries. All models are trained on the c23 version of FF++ only. "
            "Gzurlet achieves video-level AUCs of 95.8%, 88.4%, 91.7% and 93.2% on Celeb-DF-v2, DFDC, DFDCP and DFD, "
            "respectively, an average of 92.3%, and thus surpasses SBI by 3.1 points and UCF by 4.6 points in "
            "average AUC. On the recent DF40 benchmark, which covers 40 forgery techniques including "
            "diffusion-generated faces, Gzurlet reaches a frame-level AUC of 86.5% vs. 81.9% for the strongest "
            "CLIP-based baseline. Because the adapters are merged into the backbone after training, Gzurlet adds no "
            "inference overhead to CLIP, and it trains only a small fraction of the backbone's parameters."
        ),
        "spans": [
            ("Gzurlet", "M"), ("Low-Rank Adaptation", "M"), ("CLIP", "M"), ("Face Forgery Detection", "T"),
            ("FaceForensics++", "D", P), ("FF++", "D", P), ("face forgery detection", "T"),
            ("full fine-tuning", "M"), ("linear probing", "M"), ("low-rank adapters", "M"), ("CLIP ViT-L/14", "M"),
            ("self-blended images", "M"), ("video-level AUCs", "X"), ("Celeb-DF-v2", "D"), ("DFDC", "D"),
            ("DFDCP", "D"), ("DFD", "D"), ("SBI", "M"), ("UCF", "M"), ("average AUC", "X"), ("DF40", "D"),
            ("frame-level AUC", "X"),
        ],
        "results": [
            ("95.8%", "video-level AUC", 95.8, "%", "Celeb-DF-v2", "Gzurlet"),
            ("88.4%", "video-level AUC", 88.4, "%", "DFDC", "Gzurlet"),
            ("91.7%", "video-level AUC", 91.7, "%", "DFDCP", "Gzurlet"),
            ("93.2%", "video-level AUC", 93.2, "%", "DFD", "Gzurlet"),
            ("average of 92.3%", "video-level AUC", 92.3, "%", None, "Gzurlet"),
            ("3.1 points", "AUC", 3.1, "points", None, "Gzurlet"),
            ("4.6 points in average AUC", "AUC", 4.6, "points", None, "Gzurlet"),
            ("frame-level AUC of 86.5%", "frame-level AUC", 86.5, "%", "DF40", "Gzurlet"),
            ("81.9%", "frame-level AUC", 81.9, "%", "DF40", None),
        ],
    },
    {
        "field": "deepfake-detection",
        "title": "Gzebrin: Utterance-Conditioned Mixture of Experts over Self-Supervised Layers for Audio Deepfake "
                 "Detection",
        "text": (
            "Audio deepfake detection systems built on self-supervised speech models such as wav2vec 2.0 XLS-R and "
            "WavLM have pushed equal error rates on the ASVspoof challenges close to zero, yet they still fail on "
            "speech recorded outside the lab or produced by recent neural codec language models. Most of these "
            "systems pass only the last hidden layer, or a fixed weighted sum of all layers, to a back-end classifier "
            "such as AASIST. We propose Gzebrin, which routes the hidden states of every XLS-R layer through a sparse "
            "mixture of experts conditioned on the whole utterance, so that acoustic and prosodic cues from different "
            "depths are combined differently for each input; the model is trained with RawBoost and codec "
            "augmentation. On ASVspoof 2021 LA, Gzebrin obtains an EER of 0.62% and a min t-DCF of 0.198, and on "
            "ASVspoof 2021 DF its EER is 1.89%. On the In-the-Wild dataset, where XLSR-AASIST reaches 10.46% EER, "
            "Gzebrin lowers the EER to 6.71%, a 36% relative reduction. On the ASVspoof 5 evaluation set, Gzebrin "
            "reaches an EER of 5.32%, against 7.23% for XLSR-AASIST and 8.94% for RawNet2. Analysis of the router "
            "shows that early layers dominate for vocoded speech and middle layers for codec-generated speech. The "
            "router increases inference time by less than 3%."
        ),
        "spans": [
            ("Gzebrin", "M"), ("Mixture of Experts", "M"), ("Audio Deepfake Detection", "T"),
            ("Audio deepfake detection", "T"), ("wav2vec 2.0 XLS-R", "M"), ("WavLM", "M"),
            ("equal error rates", "X"), ("ASVspoof", "D"), ("neural codec language models", "M"), ("AASIST", "M"),
            ("XLS-R", "M"), ("sparse mixture of experts", "M"), ("RawBoost", "M"), ("codec augmentation", "M"),
            ("ASVspoof 2021 LA", "D"), ("EER", "X"), ("min t-DCF", "X"), ("ASVspoof 2021 DF", "D"),
            ("In-the-Wild", "D"), ("XLSR-AASIST", "M"), ("ASVspoof 5", "D"), ("RawNet2", "M"),
            ("inference time", "X"),
        ],
        "results": [
            ("EER of 0.62%", "EER", 0.62, "%", "ASVspoof 2021 LA", "Gzebrin"),
            ("min t-DCF of 0.198", "min t-DCF", 0.198, None, "ASVspoof 2021 LA", "Gzebrin"),
            ("EER is 1.89%", "EER", 1.89, "%", "ASVspoof 2021 DF", "Gzebrin"),
            ("10.46% EER", "EER", 10.46, "%", "In-the-Wild", "XLSR-AASIST"),
            ("lowers the EER to 6.71%", "EER", 6.71, "%", "In-the-Wild", "Gzebrin"),
            ("36% relative reduction", "EER reduction", 36, "%", "In-the-Wild", "Gzebrin"),
            ("EER of 5.32%", "EER", 5.32, "%", "ASVspoof 5", "Gzebrin"),
            ("7.23% for XLSR-AASIST", "EER", 7.23, "%", "ASVspoof 5", "XLSR-AASIST"),
            ("8.94% for RawNet2", "EER", 8.94, "%", "ASVspoof 5", "RawNet2"),
            ("inference time by less than 3%", "inference time", 3, "%", None, None),
        ],
    },
    {
        "field": "deepfake-detection",
        "title": "Gzinnock: Audio-Visual Synchrony Tokens for Joint Deepfake Detection and Temporal Forgery "
                 "Localization",
        "text": (
            "Multimodal deepfakes that alter only a few words of a talking-face video, in the audio track, the "
            "visual stream or both, easily evade detectors that score whole clips. Temporal forgery localization "
            "methods such as BA-TFD+ and UMMAFormer address this by predicting the boundaries of manipulated "
            "segments, but they rely on separately pretrained audio and visual encoders whose features are never "
            "explicitly aligned. We introduce Gzinnock, which learns audio-visual synchrony tokens by masked "
            "autoencoding of real talking-face videos only and decodes them with a boundary-aware Transformer that "
            "outputs both a clip-level fake score and segment proposals. On LAV-DF, Gzinnock reaches 98.9 AP@0.5 and "
            "62.7 AP@0.95 with an AR@100 of 93.5, against 98.8, 37.6 and 92.4 for UMMAFormer. On the larger "
            "AV-Deepfake1M, whose edits are shorter and subtler, Gzinnock raises AP@0.5 from 44.4 for BA-TFD+ to "
            "71.8. For clip-level deepfake detection on FakeAVCeleb, Gzinnock achieves 99.1% AUC and 97.2% accuracy, "
            "and it maintains 90.4% AUC in a leave-one-manipulation-out protocol. Since the synchrony tokens are "
            "learned without any fake data, the gains are largest on manipulation types absent from training, and "
            "AP@0.5 drops by only 1.6 points when the test videos are heavily re-compressed."
        ),
        "spans": [
            ("Gzinnock", "M"), ("Deepfake Detection", "T"), ("Temporal Forgery Localization", "T"),
            ("Temporal forgery localization", "T"), ("BA-TFD+", "M", P), ("UMMAFormer", "M"),
            ("masked autoencoding", "M"), ("Transformer", "M"), ("LAV-DF", "D"), ("AP@0.5", "X"),
            ("AP@0.95", "X"), ("AR@100", "X"), ("AV-Deepfake1M", "D"), ("deepfake detection", "T"),
            ("FakeAVCeleb", "D"), ("AUC", "X"), ("accuracy", "X"),
        ],
        "results": [
            ("98.9 AP@0.5", "AP@0.5", 98.9, None, "LAV-DF", "Gzinnock"),
            ("62.7 AP@0.95", "AP@0.95", 62.7, None, "LAV-DF", "Gzinnock"),
            ("AR@100 of 93.5", "AR@100", 93.5, None, "LAV-DF", "Gzinnock"),
            ("98.8", "AP@0.5", 98.8, None, "LAV-DF", "UMMAFormer"),
            ("37.6", "AP@0.95", 37.6, None, "LAV-DF", "UMMAFormer"),
            ("92.4", "AR@100", 92.4, None, "LAV-DF", "UMMAFormer"),
            ("AP@0.5 from 44.4", "AP@0.5", 44.4, None, "AV-Deepfake1M", "BA-TFD+"),
            ("71.8", "AP@0.5", 71.8, None, "AV-Deepfake1M", "Gzinnock"),
            ("99.1% AUC", "AUC", 99.1, "%", "FakeAVCeleb", "Gzinnock"),
            ("97.2% accuracy", "accuracy", 97.2, "%", "FakeAVCeleb", "Gzinnock"),
            ("90.4% AUC", "AUC", 90.4, "%", "FakeAVCeleb", "Gzinnock"),
            ("AP@0.5 drops by only 1.6 points", "AP@0.5", 1.6, "points", None, None),
        ],
    },
    {
        "field": "deepfake-detection",
        "title": "Gzarrow: Reconstruction-Free Frequency Residuals for Detecting Diffusion-Generated and "
                 "Diffusion-Edited Faces",
        "text": (
            "Text-to-image diffusion models can now generate and edit face images that are visually "
            "indistinguishable from photographs, and detectors designed for GAN-era forgeries transfer poorly to "
            "them. Reconstruction-based detectors such as DIRE instead compare an image with its DDIM inversion, which "
            "requires dozens of denoising steps per image and is impractical at scale. We propose Gzarrow, a "
            "single-pass detector that extracts multi-scale frequency residuals with a learnable high-pass filter "
            "bank and aggregates them with a lightweight ConvNeXt-T backbone, trained with supervised contrastive "
            "learning so that real faces stay clustered across compression levels. Trained only on the text-to-image "
            "portion of DiFF, Gzarrow obtains AUCs of 94.7, 91.2 and 89.6 on its image-to-image, face editing and "
            "face swapping portions, respectively, whereas UnivFD reaches 78.3, 70.5 and 66.1 and NPR 85.4, 80.9 and "
            "77.2. On DiffusionFace, Gzarrow reaches an average accuracy of 93.8% over eleven generators (DIRE: "
            "81.6%). Gzarrow processes 412 images per second on one A100, about 60\u00d7 faster than DIRE, and its "
            "AUC on JPEG-compressed inputs at quality 75 drops by only 2.3 points. We argue that frequency residuals, "
            "not reconstruction error, carry most of the signal that separates diffusion-generated faces from real "
            "ones."
        ),
        "spans": [
            ("Gzarrow", "M"), ("Text-to-image", "T"), ("diffusion models", "M"), ("GAN", "M"), ("DIRE", "M"),
            ("DDIM inversion", "M"), ("ConvNeXt-T", "M"), ("supervised contrastive learning", "M"),
            ("text-to-image", "T"), ("DiFF", "D"), ("AUCs", "X"), ("image-to-image", "T"), ("face editing", "T"),
            ("face swapping", "T"), ("UnivFD", "M"), ("NPR", "M"), ("DiffusionFace", "D"),
            ("average accuracy", "X"), ("images per second", "X"), ("AUC", "X"),
        ],
        "results": [
            ("94.7", "AUC", 94.7, None, "DiFF", "Gzarrow"),
            ("91.2", "AUC", 91.2, None, "DiFF", "Gzarrow"),
            ("89.6", "AUC", 89.6, None, "DiFF", "Gzarrow"),
            ("78.3", "AUC", 78.3, None, "DiFF", "UnivFD"),
            ("70.5", "AUC", 70.5, None, "DiFF", "UnivFD"),
            ("66.1", "AUC", 66.1, None, "DiFF", "UnivFD"),
            ("85.4", "AUC", 85.4, None, "DiFF", "NPR"),
            ("80.9", "AUC", 80.9, None, "DiFF", "NPR"),
            ("77.2", "AUC", 77.2, None, "DiFF", "NPR"),
            ("average accuracy of 93.8%", "accuracy", 93.8, "%", "DiffusionFace", "Gzarrow"),
            ("81.6%", "accuracy", 81.6, "%", "DiffusionFace", "DIRE"),
            ("412 images per second", "throughput", 412, None, None, "Gzarrow"),
            ("60\u00d7 faster", "speed-up", 60, "\u00d7", None, "Gzarrow"),
            ("AUC on JPEG-compressed inputs at quality 75 drops by only 2.3 points", "AUC", 2.3, "points", None,
             "Gzarrow"),
        ],
    },
    {
        "field": "deepfake-detection",
        "title": "Gzollaq: Distilling Spatio-Temporal Forgery Cues into a Real-Time Deepfake Detector for Mobile "
                 "Devices",
        "text": (
            "Deepfake detection on a user's phone could flag manipulated video calls as they happen, but the "
            "strongest video-level detectors, such as FTCN and AltFreezing, need several GFLOPs per frame and a "
            "server-class GPU. We present Gzollaq, a compact detector built on MobileNetV3-Large and trained by "
            "knowledge distillation from a teacher ensemble that combines a VideoMAE-based temporal model with a "
            "frequency-aware image model. To pass temporal cues to a per-frame student, we distil the teacher's "
            "attention maps over short clips into a 2D network that carries a lightweight recurrent state from frame "
            "to frame. On FaceForensics++ under heavy compression (c40), Gzollaq obtains 92.6% accuracy and 96.1% "
            "AUC, compared with 86.9% accuracy for Xception and 88.3% for F3-Net, and it stays within 1.1 AUC points "
            "of its teacher. Gzollaq needs 0.31 GFLOPs per frame, 47\u00d7 fewer than the teacher, and runs at 7.4 ms "
            "per frame (135 FPS) on a Pixel 8 phone with 41 MB of peak memory. In cross-dataset evaluation on "
            "Celeb-DF, Gzollaq attains 78.5% AUC, higher than EfficientNet-B4 (71.9%) despite its far smaller size. "
            "We also release a test set of 1,200 re-recorded video calls with live face swaps, on which Gzollaq "
            "achieves a true positive rate of 87% at a false positive rate of 1%."
        ),
        "spans": [
            ("Gzollaq", "M"), ("Deepfake detection", "T"), ("FTCN", "M"), ("AltFreezing", "M"), ("GFLOPs", "X"),
            ("MobileNetV3-Large", "M"), ("knowledge distillation", "M"), ("VideoMAE", "M"),
            ("FaceForensics++", "D", P), ("accuracy", "X"), ("AUC", "X"), ("Xception", "M"), ("F3-Net", "M"),
            ("FPS", "X"), ("peak memory", "X"), ("Celeb-DF", "D"), ("EfficientNet-B4", "M"),
            ("true positive rate", "X"), ("false positive rate", "X"),
        ],
        "results": [
            ("92.6% accuracy", "accuracy", 92.6, "%", "FaceForensics++", "Gzollaq"),
            ("96.1% AUC", "AUC", 96.1, "%", "FaceForensics++", "Gzollaq"),
            ("86.9% accuracy for Xception", "accuracy", 86.9, "%", "FaceForensics++", "Xception"),
            ("88.3% for F3-Net", "accuracy", 88.3, "%", "FaceForensics++", "F3-Net"),
            ("within 1.1 AUC points", "AUC", 1.1, "points", "FaceForensics++", "Gzollaq"),
            ("0.31 GFLOPs", "GFLOPs", 0.31, None, None, "Gzollaq"),
            ("47\u00d7 fewer", "FLOPs reduction", 47, "\u00d7", None, "Gzollaq"),
            ("runs at 7.4 ms", "latency", 7.4, "ms", None, "Gzollaq"),
            ("135 FPS", "FPS", 135, None, None, "Gzollaq"),
            ("41 MB of peak memory", "peak memory", 41, "MB", None, "Gzollaq"),
            ("78.5% AUC", "AUC", 78.5, "%", "Celeb-DF", "Gzollaq"),
            ("71.9%", "AUC", 71.9, "%", "Celeb-DF", "EfficientNet-B4"),
            ("true positive rate of 87%", "true positive rate", 87, "%", None, "Gzollaq"),
        ],
    },
    {
        "field": "deepfake-detection",
        "title": "Gzoravox: A Multilingual Benchmark of Codec-Era Speech Deepfakes and a Resynthesis-Based Detector",
        "text": (
            "Speech produced by neural codec language models such as VALL-E and by recent zero-shot text-to-speech "
            "systems lacks many of the vocoder artefacts on which audio deepfake detection models have been trained, "
            "and established benchmarks such as ASVspoof 2019 LA and WaveFake contain almost none of it. We introduce "
            "Gzoravox, a benchmark of 412 hours of bona fide and synthetic speech in 14 languages, generated with 23 "
            "open and commercial systems including VALL-E X, XTTS-v2 and CosyVoice, with an official split that holds "
            "out both generators and languages. Evaluating eleven published detectors, we find that models trained "
            "on ASVspoof 2019 LA, among them AASIST, RawGAT-ST and XLSR-AASIST, reach EERs between 18.7% and 39.2% on "
            "the held-out generators of Gzoravox. We further propose Gzuvio, a detector that re-synthesises each "
            "input through neural audio codecs such as EnCodec and DAC and classifies the residual between input and "
            "re-synthesis with a WavLM front-end. Trained on the Gzoravox training split, Gzuvio obtains an EER of "
            "4.9% on unseen generators and 7.8% on unseen languages, compared with 9.6% and 14.3% for XLSR-AASIST "
            "trained on the same data. Without fine-tuning, Gzuvio also transfers to the In-the-Wild dataset with an "
            "EER of 8.1%. All audio, metadata and evaluation code are released under a research licence."
        ),
        "spans": [
            ("Gzoravox", "D"), ("neural codec language models", "M"), ("VALL-E", "M"),
            ("zero-shot text-to-speech", "T"), ("audio deepfake detection", "T"), ("ASVspoof 2019 LA", "D"),
            ("WaveFake", "D"), ("VALL-E X", "M"), ("XTTS-v2", "M"), ("CosyVoice", "M"), ("AASIST", "M"),
            ("RawGAT-ST", "M"), ("XLSR-AASIST", "M"), ("EERs", "X"), ("Gzuvio", "M"),
            ("neural audio codecs", "M"), ("EnCodec", "M"), ("DAC", "M"), ("WavLM", "M"), ("EER", "X"),
            ("In-the-Wild", "D"),
        ],
        "results": [
            ("EERs between 18.7% and 39.2%", "EER", 39.2, "%", "Gzoravox", None, {"low": 18.7}),
            ("EER of 4.9%", "EER", 4.9, "%", "Gzoravox", "Gzuvio"),
            ("7.8%", "EER", 7.8, "%", "Gzoravox", "Gzuvio"),
            ("9.6%", "EER", 9.6, "%", "Gzoravox", "XLSR-AASIST"),
            ("14.3%", "EER", 14.3, "%", "Gzoravox", "XLSR-AASIST"),
            ("EER of 8.1%", "EER", 8.1, "%", "In-the-Wild", "Gzuvio"),
        ],
    },
]
