"""dev24 records: semantic-segmentation (6) and visual-question-answering (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline was never
run on these abstracts, and neither it nor its output was looked at."""

COINED = ["Hwelmira", "Hwistrel", "Hwandor", "Hwarvet", "Hwyldra", "Hwennick",
          "Hwoberon", "Hwaskel", "Hwimbrel", "Hwurtle", "Hwestmar", "Hwynford"]

RECS = [
    # ------------------------------------------------------------ semantic-segmentation
    {
        "field": "semantic-segmentation",
        "title": "Hwelmira: Region-Aware Text Queries for Cost-Volume Refinement in Open-Vocabulary Semantic "
                 "Segmentation",
        "text": (
            "Open-vocabulary semantic segmentation asks a model to label every pixel with categories that are named "
            "only at test time. Cost-based methods such as CAT-Seg aggregate dense image-text similarities from CLIP "
            "and currently lead most benchmarks, but they compare each region against a single text embedding per "
            "class and therefore blur categories whose appearance varies strongly across regions. We propose "
            "Hwelmira, which expands every class name into a small set of region-aware text queries generated from "
            "the image's own CLIP features and refines the resulting cost volume with a lightweight spatial-class "
            "transformer. We train on COCO-Stuff only and evaluate zero-shot on five benchmarks drawn from ADE20K, "
            "PASCAL Context and PASCAL VOC. With a ViT-B/16 backbone, Hwelmira reaches 14.0, 21.7, 33.8, 59.6 and "
            "96.1 mIoU on A-847, PC-459, A-150, PC-59 and PAS-20, respectively, improving over CAT-Seg by +2.0 mIoU "
            "on the challenging A-847 split. With ViT-L/14, Hwelmira obtains 17.2 mIoU on A-847, ahead of SED (13.9) "
            "and FC-CLIP (14.8). Because the extra queries are pooled before cost aggregation, Hwelmira runs at 6.8 "
            "FPS on a single A100, compared with 5.9 FPS for CAT-Seg. Ablations show that most of the gain comes "
            "from stuff classes with large intra-class variation, such as floor, wall and sky."
        ),
        "spans": [
            ("Hwelmira", "M"), ("Open-Vocabulary Semantic Segmentation", "T"),
            ("Open-vocabulary semantic segmentation", "T"), ("CAT-Seg", "M"), ("CLIP", "M"), ("COCO-Stuff", "D"),
            ("ADE20K", "D"), ("PASCAL Context", "D"), ("PASCAL VOC", "D"), ("ViT-B/16", "M"), ("mIoU", "X"),
            ("A-847", "D"), ("PC-459", "D"), ("A-150", "D"), ("PC-59", "D"), ("PAS-20", "D"), ("ViT-L/14", "M"),
            ("SED", "M"), ("FC-CLIP", "M"), ("FPS", "X"),
        ],
        "results": [
            ("14.0", "mIoU", 14.0, None, "A-847", "Hwelmira"),
            ("21.7", "mIoU", 21.7, None, "PC-459", "Hwelmira"),
            ("33.8", "mIoU", 33.8, None, "A-150", "Hwelmira"),
            ("59.6", "mIoU", 59.6, None, "PC-59", "Hwelmira"),
            ("96.1 mIoU", "mIoU", 96.1, None, "PAS-20", "Hwelmira"),
            ("+2.0 mIoU", "mIoU", 2.0, "points", "A-847", "Hwelmira"),
            ("17.2 mIoU", "mIoU", 17.2, None, "A-847", "Hwelmira"),
            ("13.9", "mIoU", 13.9, None, "A-847", "SED"),
            ("14.8", "mIoU", 14.8, None, "A-847", "FC-CLIP"),
            ("6.8 FPS", "FPS", 6.8, None, None, "Hwelmira"),
            ("5.9 FPS", "FPS", 5.9, None, None, "CAT-Seg"),
        ],
    },
    {
        "field": "semantic-segmentation",
        "title": "Hwistrel: Boundary-Gated Dual-Resolution Fusion for Real-Time Semantic Segmentation on Edge GPUs",
        "text": (
            "Real-time semantic segmentation networks for robots and vehicles must trade accuracy for speed, and "
            "two-branch designs such as BiSeNetV2, DDRNet and PIDNet have long defined that trade-off. Their fusion "
            "of the high-resolution detail branch with the low-resolution context branch, however, is a fixed "
            "element-wise sum that lets context features bleed across object boundaries. We introduce Hwistrel, a "
            "dual-resolution network whose fusion gates are predicted by an auxiliary boundary head, supervised with "
            "edges derived from the ground-truth masks and discarded at inference. Aggressive downsampling in the "
            "context branch keeps the model at 7.2 GFLOPs for 1024\u00d72048 inputs. On the Cityscapes test set, "
            "Hwistrel-S achieves 78.4% mIoU at 121.5 FPS on a single RTX 4090, and Hwistrel-L reaches 80.9% mIoU at "
            "46.2 FPS (vs. 78.6% at 93.2 FPS for PIDNet-M). On CamVid, Hwistrel-S obtains 81.3% mIoU at 198 FPS, 1.2 "
            "points above PIDNet-S. On ADE20K, where real-time models are rarely evaluated, Hwistrel-L attains 42.7% "
            "mIoU, surpassing SegFormer-B0 (37.4%) and SeaFormer-B (41.0%) at lower latency. Exported with TensorRT "
            "in FP16, Hwistrel-S runs at 34 ms per frame on an NVIDIA Jetson Orin Nano, a 1.8\u00d7 speed-up over "
            "PIDNet-S on the same device. Code and models are publicly available."
        ),
        "spans": [
            ("Hwistrel", "M"), ("Hwistrel-S", "M"), ("Hwistrel-L", "M"), ("Semantic Segmentation", "T"),
            ("semantic segmentation", "T"), ("accuracy", "X"), ("BiSeNetV2", "M"), ("DDRNet", "M"), ("PIDNet", "M"),
            ("PIDNet-M", "M"), ("PIDNet-S", "M"), ("GFLOPs", "X"), ("Cityscapes", "D"), ("mIoU", "X"),
            ("FPS", "X"), ("CamVid", "D"), ("ADE20K", "D"), ("SegFormer-B0", "M"), ("SeaFormer-B", "M"),
            ("latency", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("7.2 GFLOPs", "FLOPs", 7.2, "G", None, None),
            ("78.4% mIoU", "mIoU", 78.4, "%", "Cityscapes", "Hwistrel-S"),
            ("121.5 FPS", "FPS", 121.5, None, "Cityscapes", "Hwistrel-S"),
            ("80.9% mIoU", "mIoU", 80.9, "%", "Cityscapes", "Hwistrel-L"),
            ("46.2 FPS", "FPS", 46.2, None, "Cityscapes", "Hwistrel-L"),
            ("78.6%", "mIoU", 78.6, "%", "Cityscapes", "PIDNet-M"),
            ("93.2 FPS", "FPS", 93.2, None, "Cityscapes", "PIDNet-M"),
            ("81.3% mIoU", "mIoU", 81.3, "%", "CamVid", "Hwistrel-S"),
            ("198 FPS", "FPS", 198, None, "CamVid", "Hwistrel-S"),
            ("1.2 points above", "mIoU", 1.2, "points", "CamVid", "Hwistrel-S"),
            ("42.7% mIoU", "mIoU", 42.7, "%", "ADE20K", "Hwistrel-L"),
            ("37.4%", "mIoU", 37.4, "%", "ADE20K", "SegFormer-B0"),
            ("41.0%", "mIoU", 41.0, "%", "ADE20K", "SeaFormer-B"),
            ("runs at 34 ms", "latency", 34, "ms", None, "Hwistrel-S"),
            ("1.8\u00d7 speed-up", "speed-up", 1.8, "\u00d7", None, "Hwistrel-S"),
        ],
    },
    {
        "field": "semantic-segmentation",
        "title": "Hwandor: Borrowing Self-Supervised Affinities from DINOv2 for Training-Free Open-Vocabulary "
                 "Segmentation",
        "text": (
            "CLIP aligns images and text at the level of whole images, so its patch tokens localize poorly, and "
            "training-free open-vocabulary semantic segmentation methods such as MaskCLIP, SCLIP and ClearCLIP modify "
            "its last attention layer to recover spatial detail. We argue that what is missing is not a better CLIP "
            "attention but a better notion of which patches belong together, something that self-supervised "
            "backbones already provide. Hwandor replaces the final self-attention of CLIP with an affinity computed "
            "from DINOv2 features, sharpened by a temperature chosen per image from the entropy of the affinity, and "
            "upsamples the resulting logits with a guided filter. No parameter is learned and no segmentation label "
            "is used. We evaluate on eight benchmarks, three with a background class (PASCAL VOC, PASCAL Context and "
            "COCO-Object) and five without (VOC20, Context59, COCO-Stuff, Cityscapes and ADE20K). Hwandor attains an "
            "average mIoU of 43.1% across the eight, against 38.3% for ProxyCLIP and 35.9% for NACLIP, and it ranks "
            "first on 7 of the 8 benchmarks. The largest gain, +6.4 mIoU, is on Cityscapes, whose thin structures "
            "suit DINOv2 affinities. Compared with ProxyCLIP, which also borrows features from a self-supervised "
            "backbone, Hwandor is 2.1\u00d7 faster because the affinity is computed once at low resolution. With "
            "CLIP ViT-L/14, average mIoU increases to 45.8%."
        ),
        "spans": [
            ("Hwandor", "M"), ("DINOv2", "M"), ("Open-Vocabulary Segmentation", "T"), ("CLIP", "M"),
            ("open-vocabulary semantic segmentation", "T"), ("MaskCLIP", "M"), ("SCLIP", "M"), ("ClearCLIP", "M"),
            ("guided filter", "M"), ("PASCAL VOC", "D"), ("PASCAL Context", "D"), ("COCO-Object", "D"),
            ("VOC20", "D"), ("Context59", "D"), ("COCO-Stuff", "D"), ("Cityscapes", "D"), ("ADE20K", "D"),
            ("average mIoU", "X"), ("mIoU", "X"), ("ProxyCLIP", "M"), ("NACLIP", "M"), ("CLIP ViT-L/14", "M"),
        ],
        "results": [
            ("average mIoU of 43.1%", "mIoU", 43.1, "%", None, "Hwandor"),
            ("38.3% for ProxyCLIP", "mIoU", 38.3, "%", None, "ProxyCLIP"),
            ("35.9% for NACLIP", "mIoU", 35.9, "%", None, "NACLIP"),
            ("ranks first on 7 of the 8 benchmarks", "benchmarks ranked first", 7, None, None, "Hwandor"),
            ("+6.4 mIoU", "mIoU", 6.4, "points", "Cityscapes", None),
            ("2.1\u00d7 faster", "speed-up", 2.1, "\u00d7", None, "Hwandor"),
            ("average mIoU increases to 45.8%", "mIoU", 45.8, "%", None, None),
        ],
    },
    {
        "field": "semantic-segmentation",
        "title": "Hwarvet: Frequency-Decoupled Token Tuning of Vision Foundation Models for Domain-Generalized "
                 "Semantic Segmentation",
        "text": (
            "Domain-generalized semantic segmentation (DGSS) trains a model on one source domain, typically "
            "synthetic driving scenes, and evaluates it on unseen real domains. Vision foundation models (VFMs) such "
            "as DINOv2 and EVA02 generalize far better than ImageNet-pretrained CNNs, and parameter-efficient "
            "approaches like Rein show that tuning a few learnable tokens suffices to adapt them. We observe, "
            "however, that such tokens absorb source-specific texture along with semantics. Hwarvet splits each "
            "token set into a low-frequency part, which is tuned freely, and a high-frequency part, which is "
            "regularized toward the response of the frozen VFM. With a frozen DINOv2-L backbone and a Mask2Former "
            "decoder, Hwarvet trains only 2.9M parameters. In the standard GTAV \u2192 Cityscapes, BDD100K and "
            "Mapillary setting, Hwarvet obtains 68.9%, 62.1% and 70.3% mIoU, respectively, an average of 67.1% that "
            "is 1.8 points above Rein. When trained on Cityscapes and tested on BDD100K, Mapillary, GTAV and "
            "SYNTHIA, Hwarvet improves average mIoU by +2.4 over Rein. Under the adverse conditions of ACDC, mIoU "
            "reaches 79.2% on the test set (night: 67.5%). Notably, Hwarvet also outperforms full fine-tuning of the "
            "same backbone, while tuning 0.9% of its parameters."
        ),
        "spans": [
            ("Hwarvet", "M"), ("Vision Foundation Models", "M"), ("Domain-Generalized Semantic Segmentation", "T"),
            ("Domain-generalized semantic segmentation", "T"), ("DGSS", "T"), ("Vision foundation models", "M"),
            ("VFMs", "M"), ("VFM", "M"), ("DINOv2", "M"), ("EVA02", "M"), ("ImageNet", "D"), ("CNNs", "M"),
            ("Rein", "M"), ("DINOv2-L", "M"), ("Mask2Former", "M"), ("GTAV", "D"), ("Cityscapes", "D"),
            ("BDD100K", "D"), ("Mapillary", "D"), ("mIoU", "X"), ("average mIoU", "X"), ("SYNTHIA", "D"),
            ("ACDC", "D"), ("full fine-tuning", "M"),
        ],
        "results": [
            ("68.9%", "mIoU", 68.9, "%", "Cityscapes", "Hwarvet"),
            ("62.1%", "mIoU", 62.1, "%", "BDD100K", "Hwarvet"),
            ("70.3% mIoU", "mIoU", 70.3, "%", "Mapillary", "Hwarvet"),
            ("average of 67.1%", "mIoU", 67.1, "%", None, "Hwarvet"),
            ("1.8 points above Rein", "mIoU", 1.8, "points", None, "Hwarvet"),
            ("+2.4", "mIoU", 2.4, "points", None, "Hwarvet"),
            ("mIoU reaches 79.2%", "mIoU", 79.2, "%", "ACDC", None),
            ("67.5%", "mIoU", 67.5, "%", "ACDC", None),
        ],
    },
    {
        "field": "semantic-segmentation",
        "title": "Hwyldra: Threshold-Free Pseudo-Label Mixing for Semi-Supervised Semantic Segmentation",
        "text": (
            "Semi-supervised semantic segmentation reduces the need for pixel-level annotation by learning from a "
            "few labeled images and many unlabeled ones. Most recent methods, including UniMatch, AllSpark and "
            "CorrMatch, build on the weak-to-strong consistency recipe of FixMatch and discard pseudo-labels whose "
            "confidence falls below a fixed threshold, which wastes exactly the hard pixels near object boundaries. "
            "Hwyldra removes the threshold altogether: every pseudo-label is kept, and a mixing module blends the "
            "predictions of a teacher ensemble according to their agreement, so that uncertain pixels receive soft "
            "rather than no supervision. On the classic Pascal VOC 2012 protocol with 92, 183, 366, 732 and 1,464 "
            "labeled images, Hwyldra reaches 79.8, 82.4, 83.9, 84.7 and 86.2 mIoU, respectively, with a DeepLabV3+ "
            "model on a ResNet-101 backbone, gains of 4.1 to 0.9 points over UniMatch. With a DINOv2-S encoder, the "
            "92-label result rises to 86.5 mIoU. On Cityscapes, Hwyldra obtains 78.9 and 81.0 mIoU in the 1/16 and "
            "1/8 partitions, respectively, while on COCO with 1/512 of the labels it improves over AllSpark by 3.3 "
            "mIoU. Because no threshold needs tuning, the same hyperparameters are used for all three datasets. "
            "Training cost is 1.3\u00d7 that of UniMatch, as the teacher ensemble shares a single backbone."
        ),
        "spans": [
            ("Hwyldra", "M"), ("Semi-Supervised Semantic Segmentation", "T"),
            ("Semi-supervised semantic segmentation", "T"), ("UniMatch", "M"), ("AllSpark", "M"),
            ("CorrMatch", "M"), ("FixMatch", "M"), ("Pascal VOC 2012", "D"), ("mIoU", "X"),
            ("DeepLabV3+", "M", {"punct": True}), ("ResNet-101", "M"), ("DINOv2-S", "M"), ("Cityscapes", "D"),
            ("COCO", "D"), ("Training cost", "X"),
        ],
        "results": [
            ("79.8", "mIoU", 79.8, None, "Pascal VOC 2012", "Hwyldra"),
            ("82.4", "mIoU", 82.4, None, "Pascal VOC 2012", "Hwyldra"),
            ("83.9", "mIoU", 83.9, None, "Pascal VOC 2012", "Hwyldra"),
            ("84.7", "mIoU", 84.7, None, "Pascal VOC 2012", "Hwyldra"),
            ("86.2 mIoU", "mIoU", 86.2, None, "Pascal VOC 2012", "Hwyldra"),
            ("gains of 4.1 to 0.9 points", "mIoU", 4.1, "points", "Pascal VOC 2012", "Hwyldra", {"low": 0.9}),
            ("86.5 mIoU", "mIoU", 86.5, None, None, None),
            ("78.9", "mIoU", 78.9, None, "Cityscapes", "Hwyldra"),
            ("81.0 mIoU", "mIoU", 81.0, None, "Cityscapes", "Hwyldra"),
            ("by 3.3 mIoU", "mIoU", 3.3, "points", "COCO", "Hwyldra"),
            ("Training cost is 1.3\u00d7", "training cost", 1.3, "\u00d7", None, None),
        ],
    },
    {
        "field": "semantic-segmentation",
        "title": "Hwennick: Scanning Multi-Scale Features in Linear Time for High-Resolution Semantic Segmentation",
        "text": (
            "Query-based decoders such as Mask2Former deliver strong semantic segmentation, but their attention-based "
            "pixel decoders grow costly at high resolution, where most of the compute is spent. We present Hwennick, "
            "a decoder that scans multi-scale features with selective state space model (SSM) blocks along four "
            "directions and updates a small set of class queries through a single cross-scan step, making the "
            "decoder linear in the number of pixels. Hwennick is backbone-agnostic, and we pair it with ConvNeXt, "
            "Swin Transformer and VMamba encoders. On ADE20K, Hwennick with a Swin-B backbone obtains 54.6 mIoU "
            "(single-scale) at 186 GFLOPs, ahead of Mask2Former (53.9 mIoU, 223 GFLOPs) with 17% fewer FLOPs, and "
            "outperforms SegNeXt-L by 2.1 mIoU. On COCO-Stuff-164K and Cityscapes, Hwennick reaches 49.8 and 83.7 "
            "mIoU, respectively. The advantage grows with resolution: at 2048\u00d74096 on Cityscapes, the decoder's "
            "peak GPU memory is 3.4 GB versus 11.9 GB for Mask2Former, and inference is 2.6\u00d7 faster. A "
            "lightweight Hwennick-T with a VMamba-T encoder reaches 48.2 mIoU on ADE20K with 39M parameters, "
            "outperforming SegFormer-B2 (46.5) at a similar cost."
        ),
        "spans": [
            ("Hwennick", "M"), ("Hwennick-T", "M"), ("Semantic Segmentation", "T"), ("semantic segmentation", "T"),
            ("Mask2Former", "M"), ("selective state space model", "M"), ("SSM", "M"), ("ConvNeXt", "M"),
            ("Swin Transformer", "M"), ("VMamba", "M"), ("ADE20K", "D"), ("Swin-B", "M"), ("mIoU", "X"),
            ("GFLOPs", "X"), ("FLOPs", "X"), ("SegNeXt-L", "M"), ("COCO-Stuff-164K", "D"), ("Cityscapes", "D"),
            ("peak GPU memory", "X"), ("VMamba-T", "M"), ("SegFormer-B2", "M"),
        ],
        "results": [
            ("54.6 mIoU", "mIoU", 54.6, None, "ADE20K", "Hwennick"),
            ("186 GFLOPs", "FLOPs", 186, "G", "ADE20K", "Hwennick"),
            ("53.9 mIoU", "mIoU", 53.9, None, "ADE20K", "Mask2Former"),
            ("223 GFLOPs", "FLOPs", 223, "G", "ADE20K", "Mask2Former"),
            ("17% fewer FLOPs", "FLOPs reduction", 17, "%", "ADE20K", "Hwennick"),
            ("by 2.1 mIoU", "mIoU", 2.1, "points", "ADE20K", "Hwennick"),
            ("49.8", "mIoU", 49.8, None, "COCO-Stuff-164K", "Hwennick"),
            ("83.7 mIoU", "mIoU", 83.7, None, "Cityscapes", "Hwennick"),
            ("peak GPU memory is 3.4 GB", "peak GPU memory", 3.4, "GB", "Cityscapes", None),
            ("11.9 GB for Mask2Former", "peak GPU memory", 11.9, "GB", "Cityscapes", "Mask2Former"),
            ("2.6\u00d7 faster", "speed-up", 2.6, "\u00d7", "Cityscapes", None),
            ("48.2 mIoU", "mIoU", 48.2, None, "ADE20K", "Hwennick-T"),
            ("46.5", "mIoU", 46.5, None, "ADE20K", "SegFormer-B2"),
        ],
    },
    # ------------------------------------------------------------ visual-question-answering
    {
        "field": "visual-question-answering",
        "title": "Hwoberon: Question-Conditioned Section Retrieval for Knowledge-Based Visual Question Answering",
        "text": (
            "Knowledge-based visual question answering (KB-VQA) asks about facts that are not visible in the image, "
            "such as the year a landmark was built or the diet of a bird species. Retrieval-augmented systems fetch "
            "encyclopedia passages with a multimodal retriever such as PreFLMR and pass them to a multimodal large "
            "language model (MLLM), but retrieval, not reasoning, is usually the bottleneck: image-to-passage "
            "retrievers find the depicted entity but ignore what is being asked about it. Hwoberon first links the "
            "image to candidate entities, then re-ranks the sections of their articles with a lightweight "
            "question-conditioned cross-encoder, and finally lets the MLLM abstain when no section supports an "
            "answer. On the single-hop questions of Encyclopedic-VQA, Hwoberon raises accuracy from 29.8% for "
            "Wiki-LLaVA and 41.3% for EchoSight to 50.6%, and on InfoSeek it reaches 45.2% on the unseen-question "
            "split and 43.9% on the unseen-entity split. Hwoberon also raises section-level Recall@5 from 71.4% with "
            "PreFLMR to 84.0%. On OK-VQA, where most questions need commonsense rather than encyclopedic facts, "
            "Hwoberon obtains a VQA score of 66.3, ahead of RA-VQA-v2 (62.1) and close to the best PreFLMR-based "
            "pipelines. Built on LLaVA-1.5-7B, Hwoberon adds 0.4 s of latency per question, most of it spent on the "
            "entity search."
        ),
        "spans": [
            ("Hwoberon", "M"), ("Knowledge-Based Visual Question Answering", "T"),
            ("Knowledge-based visual question answering", "T"), ("KB-VQA", "T"), ("PreFLMR", "M"),
            ("multimodal large language model", "M"), ("MLLM", "M"), ("Encyclopedic-VQA", "D"), ("accuracy", "X"),
            ("Wiki-LLaVA", "M"), ("EchoSight", "M"), ("InfoSeek", "D"), ("Recall@5", "X"), ("OK-VQA", "D"),
            ("VQA score", "X"), ("RA-VQA-v2", "M"), ("LLaVA-1.5-7B", "M"), ("latency", "X"),
        ],
        "results": [
            ("29.8% for Wiki-LLaVA", "accuracy", 29.8, "%", "Encyclopedic-VQA", "Wiki-LLaVA"),
            ("41.3% for EchoSight", "accuracy", 41.3, "%", "Encyclopedic-VQA", "EchoSight"),
            ("50.6%", "accuracy", 50.6, "%", "Encyclopedic-VQA", "Hwoberon"),
            ("45.2%", "accuracy", 45.2, "%", "InfoSeek", "Hwoberon"),
            ("43.9%", "accuracy", 43.9, "%", "InfoSeek", "Hwoberon"),
            ("71.4% with PreFLMR", "Recall@5", 71.4, "%", None, "PreFLMR"),
            ("84.0%", "Recall@5", 84.0, "%", None, "Hwoberon"),
            ("VQA score of 66.3", "VQA score", 66.3, None, "OK-VQA", "Hwoberon"),
            ("62.1", "VQA score", 62.1, None, "OK-VQA", "RA-VQA-v2"),
            ("0.4 s of latency", "latency", 0.4, "s", None, "Hwoberon"),
        ],
    },
    {
        "field": "visual-question-answering",
        "title": "Hwaskel: Layout-Anchored Reading Tokens for Text-Based Visual Question Answering with Multimodal "
                 "LLMs",
        "text": (
            "Text-based visual question answering requires a model to read scene text and reason about it jointly "
            "with the visual content. Multimodal large language models (MLLMs) solve the task without an external OCR "
            "system only at high input resolution, which sharply inflates the visual token count, while pipelines "
            "that feed OCR tokens to the language model lose the layout that links a word to the object it is "
            "printed on. Hwaskel inserts a small set of reading tokens, each anchored to a detected text region and "
            "carrying its 2D position, between the visual tokens and the language model, and trains them with a "
            "region-to-word alignment loss on 1.2M synthetic images. Applied to LLaVA-1.5-7B at 336-pixel "
            "resolution, Hwaskel improves accuracy on the TextVQA validation set from 58.2% to 67.9% and ANLS on "
            "ST-VQA from 0.552 to 0.683, while increasing the visual token count by only 9%. On DocVQA and InfoVQA, "
            "Hwaskel reaches 71.4 and 39.8 ANLS, respectively. At the 7B scale it also outperforms Monkey (64.3% on "
            "TextVQA) and TextMonkey (65.9%), which process inputs of up to 1344 pixels. On OCRBench, Hwaskel obtains "
            "a score of 598, 101 points above its base model. Error analysis shows that the remaining failures "
            "concentrate on rotated and curved text, which the region detector misses."
        ),
        "spans": [
            ("Hwaskel", "M"), ("Text-Based Visual Question Answering", "T"), ("Multimodal LLMs", "M"),
            ("Text-based visual question answering", "T"), ("Multimodal large language models", "M"),
            ("MLLMs", "M"), ("OCR", "T"), ("visual token count", "X"), ("LLaVA-1.5-7B", "M"), ("accuracy", "X"),
            ("TextVQA", "D"), ("ANLS", "X"), ("ST-VQA", "D"), ("DocVQA", "D"), ("InfoVQA", "D"), ("Monkey", "M"),
            ("TextMonkey", "M"), ("OCRBench", "D"), ("score", "X"),
        ],
        "results": [
            ("accuracy on the TextVQA validation set from 58.2% to 67.9%", "accuracy", 67.9, "%", "TextVQA",
             "Hwaskel"),
            ("ANLS on ST-VQA from 0.552 to 0.683", "ANLS", 0.683, None, "ST-VQA", "Hwaskel"),
            ("visual token count by only 9%", "visual token count", 9, "%", None, "Hwaskel"),
            ("71.4", "ANLS", 71.4, None, "DocVQA", "Hwaskel"),
            ("39.8 ANLS", "ANLS", 39.8, None, "InfoVQA", "Hwaskel"),
            ("64.3% on TextVQA", "accuracy", 64.3, "%", "TextVQA", "Monkey"),
            ("65.9%", "accuracy", 65.9, "%", "TextVQA", "TextMonkey"),
            ("score of 598", "score", 598, None, "OCRBench", "Hwaskel"),
            ("101 points above", "score", 101, "points", "OCRBench", "Hwaskel"),
        ],
    },
    {
        "field": "visual-question-answering",
        "title": "Hwimbrel: Question-Aware Visual Token Pruning Before the Language Model for Fast Visual Question "
                 "Answering",
        "text": (
            "Multimodal large language models answer visual questions well but spend most of their compute on "
            "hundreds of visual tokens, most of which are irrelevant to the question at hand. Training-free visual "
            "token pruning methods such as FastV and SparseVLM rank tokens by the attention they receive inside the "
            "language model, a signal that is biased toward the end of the sequence and available only after several "
            "costly layers. Hwimbrel scores visual tokens before they enter the language model, using a two-layer "
            "cross-attention probe between the question and the vision encoder output that is distilled from the "
            "answer-grounded attention of the full model. Retaining 64 of the 576 visual tokens of LLaVA-1.5-7B, "
            "Hwimbrel keeps 97.6% of the original average accuracy over ten benchmarks, compared with 90.3% for "
            "FastV and 93.1% for SparseVLM at the same budget. On GQA, VQAv2 and TextVQA, accuracy drops by only "
            "1.4, 0.9 and 1.8 points, respectively, and F1 on POPE even rises by 0.6. Prefilling FLOPs fall by 81%, "
            "and end-to-end latency on an A100 decreases from 212 ms to 97 ms per question, a 2.2\u00d7 speed-up. "
            "With LLaVA-NeXT-7B, which uses up to 2,880 visual tokens, Hwimbrel retains 98.3% of the average "
            "accuracy at an 11% token budget, and it is compatible with FlashAttention."
        ),
        "spans": [
            ("Hwimbrel", "M"), ("Visual Token Pruning", "M"), ("Visual Question Answering", "T"),
            ("Multimodal large language models", "M"), ("visual token pruning", "M"), ("FastV", "M"),
            ("SparseVLM", "M"), ("LLaVA-1.5-7B", "M"), ("average accuracy", "X"), ("accuracy", "X"),
            ("GQA", "D"), ("VQAv2", "D"), ("TextVQA", "D"), ("F1", "X"), ("POPE", "D"), ("Prefilling FLOPs", "X"),
            ("end-to-end latency", "X"), ("speed-up", "X"), ("LLaVA-NeXT-7B", "M"), ("FlashAttention", "M"),
        ],
        "results": [
            ("97.6% of the original average accuracy", "relative average accuracy", 97.6, "%", None, "Hwimbrel"),
            ("90.3% for FastV", "relative average accuracy", 90.3, "%", None, "FastV"),
            ("93.1% for SparseVLM", "relative average accuracy", 93.1, "%", None, "SparseVLM"),
            ("1.4", "accuracy", 1.4, "points", "GQA", None),
            ("0.9", "accuracy", 0.9, "points", "VQAv2", None),
            ("1.8 points", "accuracy", 1.8, "points", "TextVQA", None),
            ("F1 on POPE even rises by 0.6", "F1", 0.6, "points", "POPE", None),
            ("Prefilling FLOPs fall by 81%", "FLOPs reduction", 81, "%", None, None),
            ("end-to-end latency on an A100 decreases from 212 ms to 97 ms", "end-to-end latency", 97, "ms", None,
             None),
            ("2.2\u00d7 speed-up", "speed-up", 2.2, "\u00d7", None, None),
            ("98.3% of the average accuracy", "relative average accuracy", 98.3, "%", None, "Hwimbrel"),
        ],
    },
    {
        "field": "visual-question-answering",
        "title": "Hwurtle: Program-of-Thought Distillation for Numerical Reasoning in Chart Question Answering",
        "text": (
            "Chart question answering demands both the precise reading of values from plots and multi-step "
            "arithmetic over them, and open multimodal models still trail proprietary ones such as GPT-4o on "
            "human-written questions. We present Hwurtle, a 3B-parameter chart reasoner trained in two stages. "
            "First, the model learns to recover the data table underlying a chart, with a consistency reward that "
            "re-renders the predicted table and compares it with the input. Second, it is fine-tuned on 310K "
            "questions whose answers are Python programs written by a teacher model and verified by execution, and "
            "at inference it answers by generating and running a program. On ChartQA, Hwurtle obtains a relaxed "
            "accuracy of 86.1% on average (79.4% on the human split and 92.8% on the augmented split), surpassing "
            "ChartGemma (80.2%) and TinyChart (83.6%) and edging past GPT-4o (85.7%). On the reasoning subset of "
            "CharXiv, Hwurtle reaches 31.5% accuracy, 8.2 points higher than the strongest open model of similar "
            "size, and on PlotQA it attains 81.0%. Executing programs instead of decoding answers directly reduces "
            "numerical errors by 42% on human-written questions. Hwurtle runs at 1.9 s per question on a single L4 "
            "GPU, 3.4\u00d7 faster than chain-of-thought prompting of a 13B model with comparable accuracy."
        ),
        "spans": [
            ("Hwurtle", "M"), ("Program-of-Thought Distillation", "M"), ("Numerical Reasoning", "T"),
            ("Chart Question Answering", "T"), ("Chart question answering", "T"), ("GPT-4o", "M"),
            ("ChartQA", "D"), ("relaxed accuracy", "X"), ("ChartGemma", "M"), ("TinyChart", "M"),
            ("CharXiv", "D"), ("accuracy", "X"), ("PlotQA", "D"), ("numerical errors", "X"),
            ("chain-of-thought prompting", "M"),
        ],
        "results": [
            ("relaxed accuracy of 86.1%", "relaxed accuracy", 86.1, "%", "ChartQA", "Hwurtle"),
            ("79.4%", "relaxed accuracy", 79.4, "%", "ChartQA", "Hwurtle"),
            ("92.8%", "relaxed accuracy", 92.8, "%", "ChartQA", "Hwurtle"),
            ("80.2%", "relaxed accuracy", 80.2, "%", "ChartQA", "ChartGemma"),
            ("83.6%", "relaxed accuracy", 83.6, "%", "ChartQA", "TinyChart"),
            ("85.7%", "relaxed accuracy", 85.7, "%", "ChartQA", "GPT-4o"),
            ("31.5% accuracy", "accuracy", 31.5, "%", "CharXiv", "Hwurtle"),
            ("8.2 points higher", "accuracy", 8.2, "points", "CharXiv", "Hwurtle"),
            ("81.0%", "accuracy", 81.0, "%", "PlotQA", "Hwurtle"),
            ("reduces numerical errors by 42%", "numerical error reduction", 42, "%", None, None),
            ("runs at 1.9 s", "latency", 1.9, "s", None, "Hwurtle"),
            ("3.4\u00d7 faster", "speed-up", 3.4, "\u00d7", None, "Hwurtle"),
        ],
    },
    {
        "field": "visual-question-answering",
        "title": "Hwestmar: Counterfactual Scene-Graph Editing for Robust and Compositional Visual Question Answering",
        "text": (
            "Visual question answering models are notorious for exploiting language priors: trained on VQA v2, they "
            "often answer \u201chow many\u201d questions with \u201ctwo\u201d regardless of the image, and their "
            "accuracy collapses on the VQA-CP v2 benchmark, whose answer distributions differ between training and "
            "test. Debiasing methods such as RUBi, LMH and CSS reduce this reliance but typically cost accuracy on "
            "the in-distribution test set. We propose Hwestmar, which builds counterfactual training pairs by "
            "editing the scene graph of an image, removing, adding or relabelling objects and attributes, and "
            "regenerating the answer with a symbolic executor, so that the model sees minimally different images "
            "whose answers differ. Hwestmar is model-agnostic, and we apply it to UpDn, LXMERT and BLIP-2. With "
            "UpDn, Hwestmar reaches 62.7% overall accuracy on VQA-CP v2, 3.2 points above CSS, while it loses only "
            "0.6 points of accuracy on the VQA v2 validation set. On VQA-CP v2, Hwestmar also lifts accuracy from "
            "46.2% for LXMERT to 71.5% and from 54.8% for BLIP-2 to 72.9%. On GQA-OOD, Hwestmar improves the "
            "accuracy of BLIP-2 on tail questions by 5.1 points. Because scene-graph edits target specific "
            "reasoning skills, Hwestmar also improves consistency on GQA by 4.3% and accuracy on the number "
            "questions of VQA-CP v2 by 11.6 points, the category where prior debiasing methods helped least."
        ),
        "spans": [
            ("Hwestmar", "M"), ("Visual Question Answering", "T"), ("Visual question answering", "T"),
            ("VQA v2", "D"), ("accuracy", "X"), ("VQA-CP v2", "D"), ("RUBi", "M"), ("LMH", "M"), ("CSS", "M"),
            ("UpDn", "M"), ("LXMERT", "M"), ("BLIP-2", "M"), ("overall accuracy", "X"), ("GQA-OOD", "D"),
            ("GQA", "D"), ("consistency", "X"),
        ],
        "results": [
            ("62.7% overall accuracy", "accuracy", 62.7, "%", "VQA-CP v2", "Hwestmar"),
            ("3.2 points above CSS", "accuracy", 3.2, "points", "VQA-CP v2", "Hwestmar"),
            ("loses only 0.6 points of accuracy", "accuracy", 0.6, "points", "VQA v2", "Hwestmar"),
            ("46.2% for LXMERT", "accuracy", 46.2, "%", "VQA-CP v2", "LXMERT"),
            ("71.5%", "accuracy", 71.5, "%", "VQA-CP v2", "Hwestmar"),
            ("54.8% for BLIP-2", "accuracy", 54.8, "%", "VQA-CP v2", "BLIP-2"),
            ("72.9%", "accuracy", 72.9, "%", "VQA-CP v2", "Hwestmar"),
            ("by 5.1 points", "accuracy", 5.1, "points", "GQA-OOD", "Hwestmar"),
            ("consistency on GQA by 4.3%", "consistency", 4.3, "%", "GQA", "Hwestmar"),
            ("by 11.6 points", "accuracy", 11.6, "points", "VQA-CP v2", "Hwestmar"),
        ],
    },
    {
        "field": "visual-question-answering",
        "title": "Hwynford: Region-Grounded Instruction Tuning for Medical Visual Question Answering",
        "text": (
            "Medical visual question answering (Med-VQA) could let clinicians query radiology and pathology images in "
            "natural language, but generalist medical multimodal models such as LLaVA-Med often answer from textual "
            "priors rather than from the relevant image region, and the small size of Med-VQA datasets makes "
            "fine-tuning prone to overfitting. We introduce Hwynford, an instruction-tuning recipe that pairs each "
            "training question with a region of interest obtained from MedSAM masks and adds an auxiliary grounding "
            "objective, so that the model must locate its evidence before answering. Instruction data are generated "
            "from 48K image-report pairs of MIMIC-CXR and PMC-OA and filtered by a verifier model. Fine-tuned on "
            "each benchmark, Hwynford achieves closed-ended accuracies of 87.9%, 91.2% and 94.6% on VQA-RAD, SLAKE "
            "and PathVQA, respectively, compared with 84.2%, 89.0% and 91.7% for LLaVA-Med. Hwynford also improves "
            "open-ended recall by 3.5, 4.8 and 2.2 points on the three benchmarks, respectively. In a zero-shot "
            "setting, without benchmark-specific fine-tuning, Hwynford outperforms Med-Flamingo and RadFM on every "
            "dataset, reaching an average closed-ended accuracy of 72.4%. In a reader study with two radiologists, "
            "the predicted evidence regions reached a pointing accuracy of 81% on VQA-RAD. Hwynford answers a "
            "question in 0.6 s on one A100."
        ),
        "spans": [
            ("Hwynford", "M"), ("Instruction Tuning", "M"), ("Medical Visual Question Answering", "T"),
            ("Medical visual question answering", "T"), ("Med-VQA", "T"), ("LLaVA-Med", "M"),
            ("instruction-tuning", "M"), ("MedSAM", "M"), ("MIMIC-CXR", "D"), ("PMC-OA", "D"),
            ("closed-ended accuracies", "X"), ("VQA-RAD", "D"), ("SLAKE", "D"), ("PathVQA", "D"),
            ("open-ended recall", "X"), ("Med-Flamingo", "M"), ("RadFM", "M"),
            ("average closed-ended accuracy", "X"), ("pointing accuracy", "X"),
        ],
        "results": [
            ("87.9%", "closed-ended accuracy", 87.9, "%", "VQA-RAD", "Hwynford"),
            ("91.2%", "closed-ended accuracy", 91.2, "%", "SLAKE", "Hwynford"),
            ("94.6%", "closed-ended accuracy", 94.6, "%", "PathVQA", "Hwynford"),
            ("84.2%", "closed-ended accuracy", 84.2, "%", "VQA-RAD", "LLaVA-Med"),
            ("89.0%", "closed-ended accuracy", 89.0, "%", "SLAKE", "LLaVA-Med"),
            ("91.7%", "closed-ended accuracy", 91.7, "%", "PathVQA", "LLaVA-Med"),
            ("3.5", "open-ended recall", 3.5, "points", "VQA-RAD", "Hwynford"),
            ("4.8", "open-ended recall", 4.8, "points", "SLAKE", "Hwynford"),
            ("2.2 points", "open-ended recall", 2.2, "points", "PathVQA", "Hwynford"),
            ("average closed-ended accuracy of 72.4%", "closed-ended accuracy", 72.4, "%", None, "Hwynford"),
            ("pointing accuracy of 81%", "pointing accuracy", 81, "%", "VQA-RAD", None),
            ("answers a question in 0.6 s", "latency", 0.6, "s", None, "Hwynford"),
        ],
    },
]
