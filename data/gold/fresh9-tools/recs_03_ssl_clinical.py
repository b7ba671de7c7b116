"""fresh9 records: self-supervised-vision (6) and clinical-nlp (6). Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Quellwind", "Quorvane", "Qestrel", "Quindle", "Quenmoor",
          "Qarmelo", "Qiralex", "Quasmere", "Qantaro", "Qelvian"]

RECS = [
    # ------------------------------------------------------------ self-supervised-vision
    {
        "field": "self-supervised-vision",
        "title": "Quellwind: Masked Image Modeling with Momentum-Predicted Feature Targets",
        "text": (
            "Masked image modeling (MIM) has become the dominant recipe for pretraining Vision Transformers (ViTs), "
            "yet reconstructing raw pixels, as in MAE, spends capacity on high-frequency detail that matters little "
            "for recognition, while feature-target methods such as data2vec 2.0 and iBOT depend on carefully tuned "
            "teacher schedules. We present Quellwind, which predicts the features of a momentum-updated target "
            "network at masked positions and adds a lightweight cross-view consistency term computed only on "
            "visible tokens. The target network sees the full image once per step, so Quellwind keeps MAE's "
            "asymmetric encoder-decoder design and its 75% masking ratio. Pretrained for 800 epochs on ImageNet-1K "
            "without labels, a ViT-B/16 reaches 85.1% top-1 accuracy after fine-tuning and 74.6% under linear "
            "probing, compared with 83.6% and 68.0% for MAE under the same schedule. With ViT-L/16, fine-tuning "
            "accuracy rises to 86.9%. Transfer is consistent: Quellwind obtains 52.3 APbox and 46.1 APmask on COCO "
            "with a Mask R-CNN detector (+1.8 and +1.5 over MAE), and 50.4 mIoU on ADE20K with UperNet, 2.3 points "
            "above iBOT. Because the target network needs no separate decoder, a pretraining epoch costs 1.3\u00d7 "
            "less than in data2vec 2.0 on the same hardware. Code and checkpoints will be released."
        ),
        "spans": [
            ("Quellwind", "M"), ("Masked Image Modeling", "M"), ("Masked image modeling", "M"), ("MIM", "M"),
            ("Vision Transformers", "M"), ("ViTs", "M"), ("MAE", "M"), ("data2vec 2.0", "M"), ("iBOT", "M"),
            ("ImageNet-1K", "D"), ("ViT-B/16", "M"), ("top-1 accuracy", "X"), ("linear probing", "M"),
            ("ViT-L/16", "M"), ("fine-tuning accuracy", "X"), ("APbox", "X"), ("APmask", "X"), ("COCO", "D"),
            ("Mask R-CNN", "M"), ("mIoU", "X"), ("ADE20K", "D"), ("UperNet", "M"),
        ],
        "results": [
            ("85.1% top-1 accuracy", "top-1 accuracy", 85.1, "%", "ImageNet-1K", "ViT-B/16"),
            ("74.6% under linear probing", "top-1 accuracy", 74.6, "%", "ImageNet-1K", "ViT-B/16"),
            ("83.6%", "top-1 accuracy", 83.6, "%", "ImageNet-1K", "MAE"),
            ("68.0%", "top-1 accuracy", 68.0, "%", "ImageNet-1K", "MAE"),
            ("fine-tuning accuracy rises to 86.9%", "fine-tuning accuracy", 86.9, "%", None, None),
            ("52.3 APbox", "APbox", 52.3, None, "COCO", "Quellwind"),
            ("46.1 APmask", "APmask", 46.1, None, "COCO", "Quellwind"),
            ("+1.8", "APbox", 1.8, None, "COCO", "Quellwind"),
            ("+1.5", "APmask", 1.5, None, "COCO", "Quellwind"),
            ("50.4 mIoU", "mIoU", 50.4, None, "ADE20K", "Quellwind"),
            ("2.3 points above iBOT", "mIoU", 2.3, "points", "ADE20K", "Quellwind"),
            ("costs 1.3\u00d7 less", "pretraining cost reduction", 1.3, "\u00d7", None, None),
        ],
    },
    {
        "field": "self-supervised-vision",
        "title": "Quorvane: Hard-Negative Curricula for Contrastive Pretraining without Large Batches",
        "text": (
            "Contrastive learning methods such as SimCLR and MoCo v3 learn strong visual representations but "
            "typically need batches of 4,096 images or more, because the InfoNCE objective benefits from many "
            "negatives. Non-contrastive alternatives (BYOL, DINO, VICReg) avoid negatives altogether at the price of "
            "delicate collapse-prevention tricks. We introduce Quorvane, a contrastive method that keeps a small "
            "batch of 256 images and instead mines a curriculum of hard negatives from a queue ordered by feature "
            "similarity, tightening the similarity band as training progresses. A single temperature is learned "
            "jointly with the encoder. On ImageNet-1K with a ResNet-50 trained for 300 epochs, Quorvane reaches "
            "75.8% linear-probe top-1 accuracy and 68.9% k-NN accuracy (MoCo v3: 73.8% and 64.1%; DINO: 75.3% and "
            "67.5%). In the low-label regime it obtains 58.2% and 73.1% top-1 accuracy when fine-tuned with 1% and "
            "10% of the labels, respectively. With a ViT-S/16 backbone, Quorvane trails DINO by 0.4 points in "
            "linear-probe accuracy (76.6% vs. 77.0%). Transfer to fine-grained classification is where hard "
            "negatives help most: averaged over CIFAR-100, Stanford Cars, FGVC-Aircraft, Oxford-IIIT Pets and "
            "Flowers-102, linear-probe accuracy improves by 2.6 points over MoCo v3. Pretraining fits on eight GPUs "
            "and uses 41% less memory than SimCLR at equal accuracy."
        ),
        "spans": [
            ("Quorvane", "M"), ("Contrastive Pretraining", "M"), ("Contrastive learning", "M"), ("SimCLR", "M"),
            ("MoCo v3", "M"), ("InfoNCE", "M"), ("BYOL", "M"), ("DINO", "M"), ("VICReg", "M"),
            ("ImageNet-1K", "D"), ("ResNet-50", "M"), ("linear-probe top-1 accuracy", "X"),
            ("k-NN accuracy", "X"), ("top-1 accuracy", "X"), ("ViT-S/16", "M"), ("linear-probe accuracy", "X"),
            ("fine-grained classification", "T"), ("CIFAR-100", "D"), ("Stanford Cars", "D"),
            ("FGVC-Aircraft", "D"), ("Oxford-IIIT Pets", "D"), ("Flowers-102", "D"), ("memory", "X"),
            ("accuracy", "X"),
        ],
        "results": [
            ("75.8% linear-probe top-1 accuracy", "linear-probe top-1 accuracy", 75.8, "%", "ImageNet-1K", "Quorvane"),
            ("68.9% k-NN accuracy", "k-NN accuracy", 68.9, "%", "ImageNet-1K", "Quorvane"),
            ("73.8%", "linear-probe top-1 accuracy", 73.8, "%", "ImageNet-1K", "MoCo v3"),
            ("64.1%", "k-NN accuracy", 64.1, "%", "ImageNet-1K", "MoCo v3"),
            ("75.3%", "linear-probe top-1 accuracy", 75.3, "%", "ImageNet-1K", "DINO"),
            ("67.5%", "k-NN accuracy", 67.5, "%", "ImageNet-1K", "DINO"),
            ("58.2%", "top-1 accuracy", 58.2, "%", None, None),
            ("73.1% top-1 accuracy", "top-1 accuracy", 73.1, "%", None, None),
            ("0.4 points in linear-probe accuracy", "linear-probe accuracy", 0.4, "points", None, "Quorvane"),
            ("76.6%", "linear-probe accuracy", 76.6, "%", None, "Quorvane"),
            ("77.0%", "linear-probe accuracy", 77.0, "%", None, "DINO"),
            ("linear-probe accuracy improves by 2.6 points", "linear-probe accuracy", 2.6, "points", None, None),
            ("41% less memory", "memory reduction", 41, "%", None, None),
        ],
    },
    {
        "field": "self-supervised-vision",
        "title": "How Well Do Natural-Image Self-Supervised Features Transfer to Satellite Imagery? A Frozen-Backbone Study",
        "text": (
            "Backbones pretrained with self-supervised learning (SSL) on natural images are increasingly used as "
            "frozen feature extractors for Earth observation, often without checking whether domain-specific "
            "pretraining would serve better. We benchmark twelve publicly released backbones, including DINOv2, "
            "iBOT, MAE, MoCo v3 and CLIP, against remote-sensing models such as SatMAE and Scale-MAE and checkpoints "
            "pretrained on SSL4EO-S12, under one protocol: frozen features, linear probing and k-NN classification, "
            "with no test-time augmentation and identical input resolution. The evaluation covers scene "
            "classification on EuroSAT and RESISC45, multi-label classification on BigEarthNet and semantic "
            "segmentation on LoveDA with a linear decoder. Two findings stand out. First, natural-image backbones "
            "are more competitive than commonly assumed: on RGB inputs, DINOv2 with a ViT-L/14 encoder is the "
            "strongest model on every task and exceeds the best remote-sensing model by 3.1 points of mean average "
            "precision (mAP) on BigEarthNet. Second, the ranking inverts once multispectral bands are available, and "
            "SatMAE reaches an overall accuracy of 98.9% on EuroSAT with all thirteen Sentinel-2 bands. "
            "Masked-reconstruction backbones, both natural and domain-specific, lag contrastive and self-distillation "
            "ones under linear probing but close most of the gap after fine-tuning, echoing earlier findings on "
            "ImageNet. We argue that gains claimed for domain-specific pretraining should be measured against a "
            "strong frozen natural-image baseline, and we release the evaluation code."
        ),
        "spans": [
            ("self-supervised learning", "M"), ("SSL", "M"), ("DINOv2", "M"), ("iBOT", "M"), ("MAE", "M"),
            ("MoCo v3", "M"), ("CLIP", "M"), ("SatMAE", "M"), ("Scale-MAE", "M"), ("SSL4EO-S12", "D"),
            ("linear probing", "M"), ("k-NN", "M"), ("test-time augmentation", "M"),
            ("scene classification", "T"), ("EuroSAT", "D"), ("RESISC45", "D"),
            ("multi-label classification", "T"), ("BigEarthNet", "D"), ("semantic segmentation", "T"),
            ("LoveDA", "D"), ("ViT-L/14", "M"), ("mean average precision", "X"), ("mAP", "X"),
            ("overall accuracy", "X"), ("self-distillation", "M"), ("ImageNet", "D"),
        ],
        "results": [
            ("3.1 points of mean average precision (mAP)", "mAP", 3.1, "points", "BigEarthNet", "DINOv2"),
            ("overall accuracy of 98.9%", "overall accuracy", 98.9, "%", "EuroSAT", "SatMAE"),
        ],
    },
    {
        "field": "self-supervised-vision",
        "title": "Qestrel: Redundancy-Aware Token Dropping for Faster Masked Autoencoder Pretraining",
        "text": (
            "Masked autoencoders (MAEs) already remove 75% of the patches from the encoder, but the decoder still "
            "processes every position, and at high resolution its cost dominates pretraining. We observe that "
            "neighbouring patches in natural images are often near-duplicates whose reconstruction teaches the "
            "encoder little. Qestrel scores patches with a parameter-free redundancy measure computed from each "
            "patch's low-frequency energy, reconstructs only the least redundant 40% of masked patches, and anneals "
            "this share over training. The change needs three lines of code and no extra network. On ImageNet-1K, "
            "Qestrel pretrains a ViT-B/16 in 212 GPU-hours instead of 486, a 2.3\u00d7 speed-up, while reaching a "
            "fine-tuned top-1 accuracy of 83.4%, within 0.2 points of the original MAE recipe. At 448\u00d7448 input "
            "resolution the savings grow: wall-clock time per epoch drops by 61% and peak memory from 38.2 GB to "
            "17.9 GB, which lets a ViT-L/16 be pretrained on a single 8-GPU node. Downstream, Qestrel-pretrained "
            "models match MAE on COCO object detection (51.6 vs. 51.8 APbox) and ADE20K semantic segmentation "
            "(48.0 vs. 48.1 mIoU), and exceed it on iNaturalist 2018 (top-1 accuracy 76.9% \u2192 78.0%). The "
            "savings compose with FlashAttention and mixed-precision training, and we discuss failure cases on "
            "texture-heavy datasets such as DTD, where redundancy scores are less informative."
        ),
        "spans": [
            ("Qestrel", "M"), ("Token Dropping", "M"), ("Masked Autoencoder", "M"), ("Masked autoencoders", "M"),
            ("MAEs", "M"), ("MAE", "M"), ("ImageNet-1K", "D"), ("ViT-B/16", "M"), ("speed-up", "X"),
            ("fine-tuned top-1 accuracy", "X"), ("top-1 accuracy", "X"), ("wall-clock time", "X"), ("peak memory", "X"), ("ViT-L/16", "M"),
            ("COCO", "D"), ("object detection", "T"), ("APbox", "X"), ("ADE20K", "D"),
            ("semantic segmentation", "T"), ("mIoU", "X"), ("iNaturalist 2018", "D"), ("FlashAttention", "M"),
            ("mixed-precision training", "M"), ("DTD", "D"),
        ],
        "results": [
            ("212 GPU-hours", "pretraining time", 212, "GPU-hours", "ImageNet-1K", "Qestrel"),
            ("486", "pretraining time", 486, "GPU-hours", "ImageNet-1K", None),
            ("2.3\u00d7 speed-up", "speed-up", 2.3, "\u00d7", "ImageNet-1K", "Qestrel"),
            ("fine-tuned top-1 accuracy of 83.4%", "fine-tuned top-1 accuracy", 83.4, "%", "ImageNet-1K", "Qestrel"),
            ("within 0.2 points", "fine-tuned top-1 accuracy", 0.2, "points", "ImageNet-1K", "Qestrel"),
            ("wall-clock time per epoch drops by 61%", "wall-clock time reduction", 61, "%", None, None),
            ("peak memory from 38.2 GB to 17.9 GB", "peak memory", 17.9, "GB", None, None),
            ("51.6", "APbox", 51.6, None, "COCO", "Qestrel"),
            ("51.8 APbox", "APbox", 51.8, None, "COCO", "MAE"),
            ("48.0", "mIoU", 48.0, None, "ADE20K", "Qestrel"),
            ("48.1 mIoU", "mIoU", 48.1, None, "ADE20K", "MAE"),
            ("top-1 accuracy 76.9% \u2192 78.0%", "top-1 accuracy", 78.0, "%", "iNaturalist 2018", "Qestrel"),
        ],
    },
    {
        "field": "self-supervised-vision",
        "title": "Quindle: Motion-Guided Tube Masking for Video Masked Autoencoders",
        "text": (
            "Video masked autoencoders such as VideoMAE and VideoMAE V2 mask random space-time tubes at ratios of "
            "90% or more, which works well on appearance-centric datasets but spends much of the reconstruction "
            "effort on static background. We propose Quindle, a masking strategy that samples tubes in proportion "
            "to the motion read from the motion vectors already stored in compressed video, so no separate flow "
            "estimator has to be run during pretraining. Moving regions are masked more aggressively, and the "
            "decoder additionally predicts the motion vectors of masked tubes, which adds a cheap temporal target. "
            "We pretrain ViT-B and ViT-L encoders on Kinetics-400 (K400) for 800 epochs and evaluate on action "
            "recognition by full fine-tuning and by linear probing. With a ViT-B encoder, Quindle reaches 72.6% "
            "top-1 accuracy on Something-Something V2 (SSv2) and 82.3% on K400, outperforming VideoMAE by 1.8 and "
            "0.8 points, respectively. The ViT-L model attains 76.1% on SSv2, on par with VideoMAE V2 after half as "
            "many pretraining epochs. Under linear probing, where motion-sensitive features matter most, SSv2 "
            "accuracy goes 38.9% \u2192 45.7%. Quindle also transfers well to smaller datasets, with 96.8% and 78.4% "
            "top-1 accuracy on UCF101 and HMDB51, respectively. Because motion vectors come free with the decoded "
            "stream, the masking step adds under 2% to the pretraining time."
        ),
        "spans": [
            ("Quindle", "M"), ("Tube Masking", "M"), ("Video Masked Autoencoders", "M"),
            ("Video masked autoencoders", "M"), ("VideoMAE", "M"), ("VideoMAE V2", "M"), ("ViT-B", "M"),
            ("ViT-L", "M"), ("Kinetics-400", "D"), ("K400", "D"), ("action recognition", "T"),
            ("full fine-tuning", "M"), ("linear probing", "M"), ("top-1 accuracy", "X"),
            ("Something-Something V2", "D"), ("SSv2", "D"), ("accuracy", "X"), ("UCF101", "D"), ("HMDB51", "D"),
            ("pretraining time", "X"),
        ],
        "results": [
            ("72.6% top-1 accuracy", "top-1 accuracy", 72.6, "%", "Something-Something V2", "Quindle"),
            ("82.3% on K400", "top-1 accuracy", 82.3, "%", "Kinetics-400", "Quindle"),
            ("1.8", "top-1 accuracy", 1.8, "points", "Something-Something V2", "Quindle"),
            ("0.8 points", "top-1 accuracy", 0.8, "points", "Kinetics-400", "Quindle"),
            ("76.1% on SSv2", "top-1 accuracy", 76.1, "%", "Something-Something V2", "ViT-L"),
            ("accuracy goes 38.9% \u2192 45.7%", "accuracy", 45.7, "%", "Something-Something V2", None),
            ("96.8%", "top-1 accuracy", 96.8, "%", "UCF101", "Quindle"),
            ("78.4% top-1 accuracy", "top-1 accuracy", 78.4, "%", "HMDB51", "Quindle"),
            ("adds under 2% to the pretraining time", "pretraining time", 2, "%", None, None),
        ],
    },
    {
        "field": "self-supervised-vision",
        "title": "Quenmoor: A Spectral View of Dimensional Collapse in Joint-Embedding Self-Supervised Learning",
        "text": (
            "Joint-embedding methods learn visual representations by making the embeddings of two augmented views "
            "agree, and they must avoid the trivial solution in which every input maps to the same point. "
            "Contrastive objectives such as InfoNCE do so with negatives, Barlow Twins and VICReg decorrelate the "
            "embedding dimensions, and SimSiam relies on a predictor combined with a stop-gradient. Even when "
            "complete collapse is avoided, the embeddings often occupy a low-dimensional subspace, a phenomenon "
            "known as dimensional collapse. We study its dynamics through the eigenvalue spectrum of the embedding "
            "covariance and show, for linear encoders trained by gradient descent, that the strength of the "
            "projector's regularisation and the strength of the augmentations jointly decide which eigen-directions "
            "survive. The analysis predicts that collapse begins in the projector rather than in the backbone, and "
            "that it can be partly undone late in training. Guided by this, we propose Quenmoor, a regulariser that "
            "reweights the loss along the covariance eigenbasis with a schedule derived from the predicted "
            "dynamics and that can be added to any joint-embedding objective. We verify the predictions on "
            "ResNet-18 and ViT-S/16 encoders pretrained on CIFAR-10, CIFAR-100 and ImageNet-100, where the "
            "effective rank of the learned representations follows the theory closely, and we report linear probing "
            "and k-NN evaluations in the appendix. Several practical heuristics, such as a deeper projector or a "
            "wider embedding, turn out to act through the same mechanism. Together, these results give a single "
            "account of why non-contrastive methods work and of when they fail."
        ),
        "spans": [
            ("Quenmoor", "M"), ("Self-Supervised Learning", "M"), ("InfoNCE", "M"), ("Barlow Twins", "M"),
            ("VICReg", "M"), ("SimSiam", "M"), ("stop-gradient", "M"), ("gradient descent", "M"),
            ("ResNet-18", "M"), ("ViT-S/16", "M"), ("CIFAR-10", "D"), ("CIFAR-100", "D"), ("ImageNet-100", "D"),
            ("effective rank", "X"), ("linear probing", "M"), ("k-NN", "M"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ clinical-nlp
    {
        "field": "clinical-nlp",
        "title": "Qarmelo: Hierarchy-Aware Label Attention for Long-Document ICD Coding",
        "text": (
            "Automated clinical coding assigns International Classification of Diseases (ICD) codes to discharge "
            "summaries, a multi-label problem with thousands of labels, a steep long tail and documents far longer "
            "than the 512-token window of most clinical encoders. Models built on label attention, such as CAML, "
            "LAAT and MSMN, and pretrained encoders such as PLM-ICD score every code independently and ignore the "
            "ICD hierarchy. We present Qarmelo, which encodes a note in overlapping chunks with a clinical RoBERTa "
            "encoder, attends to the chunks with code queries initialised from code descriptions, and propagates "
            "evidence along the ICD tree with a two-pass graph attention layer. Rare codes thereby borrow strength "
            "from their parents, and a threshold calibrated per ICD chapter replaces the usual global cut-off of "
            "0.5. On MIMIC-III-full (8,922 codes), Qarmelo achieves a micro-F1 of 61.2% and a macro-F1 of 12.9%, "
            "against 59.8% and 10.3% for PLM-ICD. On MIMIC-III-50, Qarmelo reaches micro-AUC/macro-AUC of "
            "95.3/93.4 and a precision@5 of 68.7%. The gains are largest on rare codes: for codes seen fewer than "
            "ten times in training, macro-F1 increases by 41% relative to MSMN. On MIMIC-IV with ICD-10 codes, "
            "Qarmelo improves micro-F1 from 58.4 for PLM-ICD to 60.1, ranking first on 7 of the 8 reported "
            "metrics. Inference on a discharge summary takes 0.21 s on a single GPU, and we release code and the "
            "calibrated thresholds."
        ),
        "spans": [
            ("Qarmelo", "M"), ("Label Attention", "M"), ("label attention", "M"), ("ICD Coding", "T"),
            ("clinical coding", "T"), ("CAML", "M"), ("LAAT", "M"), ("MSMN", "M"), ("PLM-ICD", "M"),
            ("RoBERTa", "M"), ("graph attention", "M"), ("MIMIC-III-full", "D"), ("micro-F1", "X"),
            ("macro-F1", "X"), ("MIMIC-III-50", "D"), ("micro-AUC", "X"), ("macro-AUC", "X"),
            ("precision@5", "X"), ("MIMIC-IV", "D"),
        ],
        "results": [
            ("micro-F1 of 61.2%", "micro-F1", 61.2, "%", "MIMIC-III-full", "Qarmelo"),
            ("macro-F1 of 12.9%", "macro-F1", 12.9, "%", "MIMIC-III-full", "Qarmelo"),
            ("59.8%", "micro-F1", 59.8, "%", "MIMIC-III-full", "PLM-ICD"),
            ("10.3%", "macro-F1", 10.3, "%", "MIMIC-III-full", "PLM-ICD"),
            ("micro-AUC/macro-AUC of 95.3", "micro-AUC", 95.3, None, "MIMIC-III-50", "Qarmelo"),
            ("93.4", "macro-AUC", 93.4, None, "MIMIC-III-50", "Qarmelo"),
            ("precision@5 of 68.7%", "precision@5", 68.7, "%", "MIMIC-III-50", "Qarmelo"),
            ("macro-F1 increases by 41%", "macro-F1", 41, "%", None, None),
            ("58.4 for PLM-ICD", "micro-F1", 58.4, None, "MIMIC-IV", "PLM-ICD"),
            ("60.1", "micro-F1", 60.1, None, "MIMIC-IV", "Qarmelo"),
            ("first on 7 of the 8 reported metrics", "metrics ranked first", 7, None, "MIMIC-IV", "Qarmelo"),
            ("Inference on a discharge summary takes 0.21 s", "inference time", 0.21, "s", None, None),
        ],
    },
    {
        "field": "clinical-nlp",
        "title": "Qiralex: Guideline-Grounded Retrieval for Open-Weight Medical Question Answering",
        "text": (
            "Large language models (LLMs) now pass licensing-style exams, but open-weight models small enough to "
            "run inside a hospital still hallucinate treatment details and rarely cite their sources. "
            "Retrieval-augmented generation (RAG) helps only when the retrieved passages are clinically "
            "authoritative, which generic corpora such as PubMed abstracts or Wikipedia often are not. We introduce "
            "Qiralex, a retrieval pipeline over 41,000 clinical practice guidelines that decomposes a question into "
            "sub-queries, retrieves with a hybrid of BM25 and MedCPT, and reranks passages by the strength of the "
            "recommendation they contain before generation. Applied to Llama-3.1-8B-Instruct, Qiralex raises the "
            "average accuracy from 63.0% to 70.4% across MedQA-USMLE, MedMCQA, PubMedQA and the six clinical subsets "
            "of MMLU, and surpasses Meditron-70B (66.2%) despite having far fewer parameters. The largest gain is on "
            "MedQA, where accuracy reaches 71.9% (vs. 64.1% for MedRAG with the same backbone). "
            "Qwen2.5-7B-Instruct improves similarly, from 65.5% to 71.8% average accuracy. In a blinded review of "
            "200 free-text answers by three physicians, Qiralex answers were judged safer than those of GPT-4o "
            "without retrieval in 58% of cases, and 87% of the citations it produced supported the cited claim. "
            "Retrieval adds a median latency of 1.4 s per question. We also analyse residual failure modes, "
            "including outdated guidelines and conflicting recommendations across professional societies."
        ),
        "spans": [
            ("Qiralex", "M"), ("Medical Question Answering", "T"), ("Large language models", "M"), ("LLMs", "M"),
            ("Retrieval-augmented generation", "M"), ("RAG", "M"), ("PubMed", "D"), ("Wikipedia", "D"),
            ("BM25", "M"), ("MedCPT", "M"), ("Llama-3.1-8B-Instruct", "M"), ("average accuracy", "X"),
            ("accuracy", "X"), ("MedQA-USMLE", "D"), ("MedQA", "D"), ("MedMCQA", "D"), ("PubMedQA", "D"),
            ("MMLU", "D"), ("Meditron-70B", "M"), ("MedRAG", "M"), ("Qwen2.5-7B-Instruct", "M"), ("GPT-4o", "M"),
            ("median latency", "X"),
        ],
        "results": [
            ("average accuracy from 63.0% to 70.4%", "average accuracy", 70.4, "%", None, "Qiralex"),
            ("66.2%", "average accuracy", 66.2, "%", None, "Meditron-70B"),
            ("accuracy reaches 71.9%", "accuracy", 71.9, "%", "MedQA", None),
            ("64.1% for MedRAG", "accuracy", 64.1, "%", "MedQA", "MedRAG"),
            ("from 65.5% to 71.8% average accuracy", "average accuracy", 71.8, "%", None, "Qwen2.5-7B-Instruct"),
            ("judged safer than those of GPT-4o without retrieval in 58% of cases", "win rate", 58, "%", None,
             "Qiralex"),
            ("87% of the citations it produced supported", "citation support rate", 87, "%", None, None),
            ("median latency of 1.4 s", "median latency", 1.4, "s", None, None),
        ],
    },
    {
        "field": "clinical-nlp",
        "title": "Quasmere: Disease-State Tokens Make Chest X-ray Report Generation More Clinically Accurate",
        "text": (
            "Radiology report generation (RRG) models now write fluent text, yet n-gram metrics such as BLEU reward "
            "reproducing common phrasing and overlook errors that change a diagnosis. We propose Quasmere, a report "
            "generator for chest radiographs that first predicts one disease-state token per CheXpert observation "
            "(present, absent, uncertain or not mentioned) and then conditions a Vicuna-7B decoder on these tokens "
            "and on visual features from a Swin Transformer encoder. The tokens are supervised with labels "
            "extracted by CheXbert, and at inference a radiologist can edit them before the report is written. On "
            "MIMIC-CXR, Quasmere attains BLEU-4/ROUGE-L of 0.148/0.305 and a METEOR of 0.171, comparable to "
            "R2GenGPT and MAIRA-1, but raises CheXbert micro-F1 over the 14 observations to 0.562 (R2GenGPT: 0.389; "
            "MAIRA-1: 0.478) and RadGraph F1 to 0.291. On IU X-Ray, where reports are shorter, Quasmere reaches a "
            "BLEU-4 of 0.201 and improves RadCliQ by 12.4% over the strongest baseline. In a reader study with two "
            "board-certified radiologists, clinically significant errors were found in 18% of Quasmere reports "
            "versus 31% for R2GenGPT. When the radiologists corrected the predicted tokens, CheXbert micro-F1 rose "
            "further to 0.704, which suggests a practical human-in-the-loop workflow."
        ),
        "spans": [
            ("Quasmere", "M"), ("Chest X-ray Report Generation", "T"), ("Radiology report generation", "T"),
            ("RRG", "T"), ("BLEU", "X"), ("CheXpert", "D"), ("Vicuna-7B", "M"), ("Swin Transformer", "M"),
            ("CheXbert", "M"), ("MIMIC-CXR", "D"), ("BLEU-4", "X"), ("ROUGE-L", "X"), ("METEOR", "X"),
            ("R2GenGPT", "M"), ("MAIRA-1", "M"), ("CheXbert micro-F1", "X"), ("RadGraph F1", "X"),
            ("IU X-Ray", "D"), ("RadCliQ", "X"),
        ],
        "results": [
            ("BLEU-4/ROUGE-L of 0.148/0.305", "BLEU-4", 0.148, None, "MIMIC-CXR", "Quasmere"),
            ("BLEU-4/ROUGE-L of 0.148/0.305", "ROUGE-L", 0.305, None, "MIMIC-CXR", "Quasmere"),
            ("METEOR of 0.171", "METEOR", 0.171, None, "MIMIC-CXR", "Quasmere"),
            ("CheXbert micro-F1 over the 14 observations to 0.562", "CheXbert micro-F1", 0.562, None, "MIMIC-CXR",
             "Quasmere"),
            ("R2GenGPT: 0.389", "CheXbert micro-F1", 0.389, None, "MIMIC-CXR", "R2GenGPT"),
            ("MAIRA-1: 0.478", "CheXbert micro-F1", 0.478, None, "MIMIC-CXR", "MAIRA-1"),
            ("RadGraph F1 to 0.291", "RadGraph F1", 0.291, None, "MIMIC-CXR", "Quasmere"),
            ("BLEU-4 of 0.201", "BLEU-4", 0.201, None, "IU X-Ray", "Quasmere"),
            ("RadCliQ by 12.4%", "RadCliQ", 12.4, "%", "IU X-Ray", "Quasmere"),
            ("clinically significant errors were found in 18% of Quasmere reports", "clinically significant error rate", 18, "%", None, "Quasmere"),
            ("31% for R2GenGPT", "clinically significant error rate", 31, "%", None, "R2GenGPT"),
            ("CheXbert micro-F1 rose further to 0.704", "CheXbert micro-F1", 0.704, None, None, None),
        ],
    },
    {
        "field": "clinical-nlp",
        "title": "Qantaro: A Multi-Institution Benchmark for Clinical Note De-identification in Five Languages",
        "text": (
            "Sharing clinical text for secondary research requires removing protected health information (PHI), and "
            "automatic de-identification systems are almost always trained and evaluated on English notes from a "
            "handful of US hospitals, most prominently the i2b2 2014 corpus. Whether such systems transfer across "
            "institutions, note types and languages is largely unknown. We present Qantaro, a de-identification "
            "benchmark of 6,480 clinical notes from nine hospitals in Spain, Germany, Italy, the Netherlands and "
            "Brazil, covering discharge letters, radiology reports, nursing notes and outpatient correspondence. "
            "Each note was annotated by two trained clinicians following an extended version of the HIPAA Safe "
            "Harbor categories and adjudicated by a third; inter-annotator agreement reached a Cohen's kappa of "
            "0.91. Because the source notes cannot leave the hospitals, every PHI mention is replaced by a "
            "realistic surrogate, and re-identification risk is assessed by linkage checks before release. We "
            "evaluate rule-based tools, fine-tuned encoders (multilingual BERT, XLM-R and language-specific "
            "clinical models) and prompted LLMs, namely GPT-4o and Llama-3.1-70B-Instruct. The strongest system, "
            "XLM-R fine-tuned on all training hospitals, reaches an entity-level F1 of 87.4 on Qantaro. Transfer "
            "across institutions remains the main difficulty: models trained on one hospital degrade sharply on "
            "another, even within a language, and prompted LLMs miss identifiers written in local formats, such as "
            "national insurance numbers and addresses embedded in free text. We release the data under a data-use "
            "agreement, together with the annotation guideline, the surrogate generator and baseline code."
        ),
        "spans": [
            ("Qantaro", "D"), ("Clinical Note De-identification", "T"), ("de-identification", "T"),
            ("i2b2 2014", "D"), ("inter-annotator agreement", "X"), ("Cohen's kappa", "X"),
            ("multilingual BERT", "M"), ("XLM-R", "M"), ("LLMs", "M"), ("GPT-4o", "M"),
            ("Llama-3.1-70B-Instruct", "M"), ("entity-level F1", "X"),
        ],
        "results": [
            ("Cohen's kappa of 0.91", "Cohen's kappa", 0.91, None, None, None),
            ("entity-level F1 of 87.4", "entity-level F1", 87.4, None, "Qantaro", "XLM-R"),
        ],
    },
    {
        "field": "clinical-nlp",
        "title": "Are LLM-Written Hospital Course Summaries Faithful? An Error Taxonomy and Automatic Detection on MIMIC-IV Notes",
        "text": (
            "Large language models (LLMs) are being piloted to draft the brief hospital course section of discharge "
            "summaries, yet their errors have rarely been characterised at scale. We generated summaries for 1,200 "
            "admissions from MIMIC-IV-Note with four models and had eight physicians label every generated sentence "
            "against the source notes, using a taxonomy of eleven error types grouped into omissions, fabrications, "
            "temporal errors and misattributions. Unsupported statements made up 4.1%, 5.3%, 9.8% and 14.6% of the "
            "sentences written by GPT-4o, Claude 3.5 Sonnet, Llama-3.1-70B-Instruct and Meditron-70B, respectively, "
            "and for every model omissions of clinically relevant events were more common than fabrications. "
            "Reference-based metrics were of little help: ROUGE-L and BERTScore correlated only weakly with the "
            "physicians' judgements (Kendall's \u03c4 of 0.12 and 0.17, respectively). We therefore fine-tune "
            "DeBERTa-v3-large as a sentence-level natural language inference (NLI) classifier on 70% of the "
            "annotations. On the held-out admissions it flags unsupported sentences with an AUROC of 0.89, compared "
            "with 0.74 for SummaC and 0.79 for AlignScore. Used to triage sentences for review, the detector cuts "
            "physician review time by 2.6\u00d7 while keeping a recall of 92% for fabrications. We release the "
            "sentence-level annotations and the error taxonomy to credentialed users, so that future summarisation "
            "systems can be audited against the same categories."
        ),
        "spans": [
            ("LLM", "M"), ("MIMIC-IV", "D"), ("Large language models", "M"), ("LLMs", "M"),
            ("MIMIC-IV-Note", "D"), ("GPT-4o", "M"), ("Claude 3.5 Sonnet", "M"), ("Llama-3.1-70B-Instruct", "M"),
            ("Meditron-70B", "M"), ("ROUGE-L", "X"), ("BERTScore", "X"), ("Kendall's \u03c4", "X"),
            ("DeBERTa-v3-large", "M"), ("natural language inference", "T"), ("NLI", "T"), ("AUROC", "X"),
            ("SummaC", "M"), ("AlignScore", "M"), ("review time", "X"), ("recall", "X"), ("summarisation", "T"),
        ],
        "results": [
            ("4.1%", "unsupported statement rate", 4.1, "%", None, "GPT-4o"),
            ("5.3%", "unsupported statement rate", 5.3, "%", None, "Claude 3.5 Sonnet"),
            ("9.8%", "unsupported statement rate", 9.8, "%", None, "Llama-3.1-70B-Instruct"),
            ("14.6%", "unsupported statement rate", 14.6, "%", None, "Meditron-70B"),
            ("Kendall's \u03c4 of 0.12", "Kendall's \u03c4", 0.12, None, None, None),
            ("0.17", "Kendall's \u03c4", 0.17, None, None, None),
            ("AUROC of 0.89", "AUROC", 0.89, None, None, None),
            ("0.74 for SummaC", "AUROC", 0.74, None, None, "SummaC"),
            ("0.79 for AlignScore", "AUROC", 0.79, None, None, "AlignScore"),
            ("review time by 2.6\u00d7", "review time reduction", 2.6, "\u00d7", None, None),
            ("recall of 92%", "recall", 92, "%", None, None),
        ],
    },
    {
        "field": "clinical-nlp",
        "title": "Qelvian: Time-Aware Encoding of Clinical Note Streams for Mortality Prediction in the ICU",
        "text": (
            "Clinical notes written during the first hours of an intensive care unit stay often record early signs "
            "of deterioration that structured vital signs miss, but models that concatenate all notes into a single "
            "document discard when each note was written and by whom. We propose Qelvian, which encodes every note "
            "separately with a frozen BioClinicalBERT encoder, adds learned embeddings for note type, author role "
            "and elapsed time, and aggregates the resulting sequence with a causal Transformer, so that risk "
            "estimates are updated whenever a new note arrives. We study in-hospital mortality prediction from the "
            "first 48 hours of notes on MIMIC-III, and test external validity on MIMIC-IV and on the eICU "
            "Collaborative Research Database (eICU). On MIMIC-III, Qelvian achieves an AUROC of 0.873 and an AUPRC "
            "of 0.468, compared with 0.842/0.412 for a fine-tuned BioClinicalBERT over concatenated notes and "
            "0.851/0.433 for Clinical-Longformer. Without retraining, Qelvian transfers to MIMIC-IV (AUROC: 0.861) "
            "and to eICU (AUROC: 0.812), where the strongest baseline drops to 0.768. Adding structured vitals as "
            "extra tokens raises AUROC by a further 0.011. Risk estimates made after 24 hours stay within 0.02 AUROC "
            "of those made after 48 hours, which leaves a useful window for intervention. Attention over time shows "
            "that nursing notes dominate early predictions, while physician notes carry more weight later in the "
            "stay. We release preprocessing scripts for all three databases."
        ),
        "spans": [
            ("Qelvian", "M"), ("Mortality Prediction", "T"), ("BioClinicalBERT", "M"), ("Transformer", "M"),
            ("in-hospital mortality prediction", "T"), ("MIMIC-III", "D"), ("MIMIC-IV", "D"),
            ("eICU Collaborative Research Database", "D"), ("eICU", "D"), ("AUROC", "X"), ("AUPRC", "X"),
            ("Clinical-Longformer", "M"),
        ],
        "results": [
            ("AUROC of 0.873", "AUROC", 0.873, None, "MIMIC-III", "Qelvian"),
            ("AUPRC of 0.468", "AUPRC", 0.468, None, "MIMIC-III", "Qelvian"),
            ("0.842/0.412 for a fine-tuned BioClinicalBERT", "AUROC", 0.842, None, "MIMIC-III", "BioClinicalBERT"),
            ("0.842/0.412 for a fine-tuned BioClinicalBERT", "AUPRC", 0.412, None, "MIMIC-III", "BioClinicalBERT"),
            ("0.851/0.433 for Clinical-Longformer", "AUROC", 0.851, None, "MIMIC-III", "Clinical-Longformer"),
            ("0.851/0.433 for Clinical-Longformer", "AUPRC", 0.433, None, "MIMIC-III", "Clinical-Longformer"),
            ("AUROC: 0.861", "AUROC", 0.861, None, "MIMIC-IV", "Qelvian"),
            ("AUROC: 0.812", "AUROC", 0.812, None, "eICU", "Qelvian"),
            ("drops to 0.768", "AUROC", 0.768, None, "eICU", None),
            ("AUROC by a further 0.011", "AUROC", 0.011, None, None, None),
            ("within 0.02 AUROC", "AUROC", 0.02, None, None, None),
        ],
    },
]
