"""dev28 records: panoptic-segmentation (6) and hyperspectral-imaging (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind):
the pipeline was never run on these records and its code and output were not looked at."""

COINED = ["Tzavren", "Tzolkith", "Tzembra", "Tzirvane", "Tzaldor", "Tzennick",
          "Tzorbell", "Tzumvar", "Tzeskel", "Tzaphyre", "Tzolvane", "Tzindra"]

P = {"punct": True}

RECS = [
    # ------------------------------------------------------------ panoptic-segmentation
    {
        "field": "panoptic-segmentation",
        "title": "Tzavren: Boundary-Aware Query Routing for Universal Image Segmentation",
        "text": (
            "Query-based segmenters such as Mask2Former and OneFormer have unified panoptic segmentation, instance "
            "segmentation and semantic segmentation under a single architecture, yet their object queries attend to "
            "the full feature map in every decoder layer, which wastes computation on background regions and blurs "
            "thin structures at object boundaries. We present Tzavren, a universal image segmentation model whose "
            "decoder routes each query through a sparse set of boundary tokens selected by a lightweight contour "
            "predictor, and which replaces plain Hungarian matching with a boundary-weighted assignment cost. On COCO "
            "val2017, Tzavren with a ResNet-50 backbone reaches 54.1 PQ, compared with 51.9 PQ for Mask2Former and "
            "53.0 PQ for kMaX-DeepLab, while using 38% fewer decoder FLOPs. On COCO with a Swin-L backbone, Tzavren "
            "obtains 58.3 PQ (+0.4 over OneFormer), 50.7 mask AP and 68.2 mIoU. On ADE20K, Tzavren reaches 51.2 PQ, "
            "37.4 AP and 57.9 mIoU with the same backbone. On Cityscapes, it achieves 68.9 PQ and 84.1 mIoU, 0.9 PQ "
            "above OneFormer. The gains concentrate on thin and small objects: boundary PQ on COCO rises by 3.4 "
            "points over Mask2Former. Because routing is data-dependent, the Tzavren-R50 model runs at 21.6 FPS on "
            "an A100 GPU at 800\u00d71333 input resolution, 1.4\u00d7 faster than Mask2Former, and the code is "
            "publicly available."
        ),
        "spans": [
            ("Tzavren", "M"), ("Tzavren-R50", "M"), ("Universal Image Segmentation", "T"),
            ("universal image segmentation", "T"), ("Mask2Former", "M"), ("OneFormer", "M"),
            ("panoptic segmentation", "T"), ("instance segmentation", "T"), ("semantic segmentation", "T"),
            ("Hungarian matching", "M"), ("COCO val2017", "D"), ("COCO", "D"), ("ResNet-50", "M"), ("PQ", "X"),
            ("kMaX-DeepLab", "M"), ("decoder FLOPs", "X"), ("Swin-L", "M"), ("mask AP", "X"), ("AP", "X"),
            ("mIoU", "X"), ("ADE20K", "D"), ("Cityscapes", "D"), ("boundary PQ", "X"), ("FPS", "X"),
        ],
        "results": [
            ("54.1 PQ", "PQ", 54.1, None, "COCO val2017", "Tzavren"),
            ("51.9 PQ for Mask2Former", "PQ", 51.9, None, "COCO val2017", "Mask2Former"),
            ("53.0 PQ for kMaX-DeepLab", "PQ", 53.0, None, "COCO val2017", "kMaX-DeepLab"),
            ("38% fewer decoder FLOPs", "decoder FLOPs reduction", 38, "%", "COCO val2017", "Tzavren"),
            ("58.3 PQ", "PQ", 58.3, None, "COCO", "Tzavren"),
            ("+0.4 over OneFormer", "PQ", 0.4, None, "COCO", "Tzavren"),
            ("50.7 mask AP", "mask AP", 50.7, None, "COCO", "Tzavren"),
            ("68.2 mIoU", "mIoU", 68.2, None, "COCO", "Tzavren"),
            ("51.2 PQ", "PQ", 51.2, None, "ADE20K", "Tzavren"),
            ("37.4 AP", "AP", 37.4, None, "ADE20K", "Tzavren"),
            ("57.9 mIoU", "mIoU", 57.9, None, "ADE20K", "Tzavren"),
            ("68.9 PQ", "PQ", 68.9, None, "Cityscapes", None),
            ("84.1 mIoU", "mIoU", 84.1, None, "Cityscapes", None),
            ("0.9 PQ above OneFormer", "PQ", 0.9, None, "Cityscapes", None),
            ("boundary PQ on COCO rises by 3.4 points", "boundary PQ", 3.4, "points", "COCO", None),
            ("21.6 FPS", "FPS", 21.6, None, None, "Tzavren-R50"),
            ("1.4\u00d7 faster", "speed-up", 1.4, "\u00d7", None, "Tzavren-R50"),
        ],
    },
    {
        "field": "panoptic-segmentation",
        "title": "Tzolkith: Decoupling Identity from Appearance in Query-Propagation Video Panoptic Segmentation",
        "text": (
            "Video panoptic segmentation (VPS) requires a model to segment every thing and stuff region in each frame "
            "and to keep consistent identities for object instances over time. Recent online methods such as DVIS++ "
            "and Tube-Link propagate object queries from frame to frame, so a single query must encode both the "
            "current appearance and the identity of an instance, and identities drift after occlusions or abrupt "
            "changes of viewpoint. We propose Tzolkith, which splits every query into an appearance part refreshed at "
            "each frame and an identity part kept in a long-term memory that is updated only when the association is "
            "confident. Tzolkith is built on a frozen Mask2Former segmenter and trained with clip-level contrastive "
            "learning, so only the tracker and the memory are learned. On VIPSeg, Tzolkith with a ResNet-50 backbone "
            "achieves 44.1 VPQ and 42.6 STQ, compared with 41.9 VPQ for DVIS++ and 39.2 VPQ for Tube-Link. With a "
            "ViT-L backbone, Tzolkith reaches 57.8 VPQ on VIPSeg, 1.4 points above DVIS++ with the same backbone. On "
            "Cityscapes-VPS and KITTI-STEP, Tzolkith obtains 64.8 VPQ and 72.9 STQ, respectively. The benefit grows "
            "with video length: on VIPSeg clips longer than 60 frames, identity switches drop by 37%. Since the "
            "segmenter stays frozen and needs no per-frame refinement, Tzolkith runs online at 23.5 FPS on a single "
            "A100 GPU, 1.3\u00d7 faster than DVIS++."
        ),
        "spans": [
            ("Tzolkith", "M"), ("Video Panoptic Segmentation", "T"), ("Video panoptic segmentation", "T"),
            ("VPS", "T"), ("DVIS++", "M", P), ("Tube-Link", "M"), ("Mask2Former", "M"),
            ("contrastive learning", "M"), ("VIPSeg", "D"), ("ResNet-50", "M"), ("VPQ", "X"), ("STQ", "X"),
            ("ViT-L", "M"), ("Cityscapes-VPS", "D"), ("KITTI-STEP", "D"), ("identity switches", "X"),
            ("FPS", "X"),
        ],
        "results": [
            ("44.1 VPQ", "VPQ", 44.1, None, "VIPSeg", "Tzolkith"),
            ("42.6 STQ", "STQ", 42.6, None, "VIPSeg", "Tzolkith"),
            ("41.9 VPQ", "VPQ", 41.9, None, "VIPSeg", "DVIS++"),
            ("39.2 VPQ for Tube-Link", "VPQ", 39.2, None, "VIPSeg", "Tube-Link"),
            ("57.8 VPQ", "VPQ", 57.8, None, "VIPSeg", "Tzolkith"),
            ("1.4 points above", "VPQ", 1.4, "points", "VIPSeg", "Tzolkith"),
            ("64.8 VPQ", "VPQ", 64.8, None, "Cityscapes-VPS", "Tzolkith"),
            ("72.9 STQ", "STQ", 72.9, None, "KITTI-STEP", "Tzolkith"),
            ("identity switches drop by 37%", "identity switches reduction", 37, "%", "VIPSeg", None),
            ("23.5 FPS", "FPS", 23.5, None, None, "Tzolkith"),
            ("1.3\u00d7 faster", "speed-up", 1.3, "\u00d7", None, "Tzolkith"),
        ],
    },
    {
        "field": "panoptic-segmentation",
        "title": "Tzembra: Training-Free Region-Text Calibration for Open-Vocabulary Panoptic Segmentation with "
                 "Frozen CLIP",
        "text": (
            "Open-vocabulary panoptic segmentation asks a model trained on a fixed label set to segment and name "
            "categories it never saw during training. Methods built on a frozen CLIP backbone, such as FC-CLIP and "
            "MaskCLIP, classify mask proposals by pooling CLIP features inside each mask, but the pooled embeddings "
            "are poorly calibrated: scores of novel classes are systematically lower than those of training classes, "
            "so novel stuff regions are frequently absorbed by seen categories. We introduce Tzembra, a training-free "
            "calibration step that estimates a per-class temperature from the text embeddings alone and fuses the "
            "in-vocabulary and out-of-vocabulary classifiers with weights that depend on region size. Tzembra adds no "
            "learnable weights and under 2 ms of inference time per image. All models are trained only on COCO and "
            "evaluated without any target images. With a ConvNeXt-L backbone, FC-CLIP improves with Tzembra from "
            "26.8 to 29.5 PQ on ADE20K and from 44.0 to 46.3 PQ on Cityscapes, and its mIoU on ADE20K rises by 1.8 points. The "
            "gains carry over to ODISE (+1.6 PQ on ADE20K) and to X-Decoder, and they are largest on Mapillary "
            "Vistas, where PQ of stuff classes rises by 4.2 points. An analysis of the calibrated scores shows that "
            "Tzembra narrows the PQ gap between seen and unseen classes on ADE20K from 11.3 to 6.0 points, "
            "suggesting that much of the remaining error in open-vocabulary recognition lies in miscalibration "
            "rather than in the mask proposals."
        ),
        "spans": [
            ("Tzembra", "M"), ("Open-Vocabulary Panoptic Segmentation", "T"),
            ("Open-vocabulary panoptic segmentation", "T"), ("CLIP", "M"), ("FC-CLIP", "M"), ("MaskCLIP", "M"),
            ("inference time", "X"), ("COCO", "D"), ("ConvNeXt-L", "M"), ("PQ", "X"), ("ADE20K", "D"),
            ("Cityscapes", "D"), ("mIoU", "X"), ("ODISE", "M"), ("X-Decoder", "M"), ("Mapillary Vistas", "D"),
            ("open-vocabulary recognition", "T"),
        ],
        "results": [
            ("under 2 ms of inference time", "inference time", 2, "ms", None, "Tzembra"),
            ("29.5 PQ on ADE20K", "PQ", 29.5, None, "ADE20K", "FC-CLIP"),
            ("46.3 PQ on Cityscapes", "PQ", 46.3, None, "Cityscapes", "FC-CLIP"),
            ("mIoU on ADE20K rises by 1.8 points", "mIoU", 1.8, "points", "ADE20K", "FC-CLIP"),
            ("+1.6 PQ on ADE20K", "PQ", 1.6, None, "ADE20K", "ODISE"),
            ("PQ of stuff classes rises by 4.2 points", "PQ", 4.2, "points", "Mapillary Vistas", None),
            ("PQ gap between seen and unseen classes on ADE20K from 11.3 to 6.0 points", "PQ gap", 6.0, "points",
             "ADE20K", "Tzembra"),
        ],
    },
    {
        "field": "panoptic-segmentation",
        "title": "Tzirvane: Real-Time Panoptic Segmentation on Mobile NPUs with Shared Dynamic Kernels",
        "text": (
            "Panoptic segmentation on phones and embedded boards is still dominated by bottom-up designs such as "
            "Panoptic-DeepLab, because query-based models like Mask2Former rely on multi-scale deformable attention, "
            "an operator that mobile neural processing units support poorly. We present Tzirvane, a fully "
            "convolutional panoptic segmentation network in which things and stuff share a single set of dynamic "
            "kernels generated from a low-resolution feature map, following the kernel-based design of K-Net and "
            "YOSO but with every operator mapped to int8 convolutions. Tzirvane has 6.8M parameters and needs 31.4 "
            "GFLOPs at 1024\u00d72048 resolution, using a reparameterizable MobileNetV4 backbone and a two-stage "
            "kernel-update head. On Cityscapes val, Tzirvane obtains 59.8 PQ at 42.3 FPS on an RTX 3090, whereas YOSO "
            "reaches 59.7 PQ at 11.1 FPS and Panoptic-DeepLab with a MobileNetV3 backbone 55.4 PQ at 38.7 FPS. On "
            "COCO val2017, Tzirvane attains 43.6 PQ with a latency of 18 ms per image. After quantization-aware "
            "training, int8 Tzirvane runs in 27 ms on the Snapdragon 8 Gen 3 NPU with a PQ drop of 0.7 points, a "
            "3.9\u00d7 speed-up over an FP16 Mask2Former-R50 deployed with the same runtime. On ADE20K, Tzirvane "
            "reaches 33.1 PQ, 0.8 below YOSO with 3.1\u00d7 fewer FLOPs. These results show that query-free kernel "
            "heads remain a strong choice when the deployment target is an accelerator rather than a desktop GPU."
        ),
        "spans": [
            ("Tzirvane", "M"), ("Panoptic Segmentation", "T"), ("Panoptic segmentation", "T"),
            ("panoptic segmentation", "T"), ("Panoptic-DeepLab", "M"), ("Mask2Former", "M"),
            ("Mask2Former-R50", "M"), ("multi-scale deformable attention", "M"), ("K-Net", "M"), ("YOSO", "M"),
            ("parameters", "X"), ("GFLOPs", "X"), ("FLOPs", "X"), ("MobileNetV4", "M"), ("MobileNetV3", "M"),
            ("Cityscapes val", "D"), ("PQ", "X"), ("FPS", "X"), ("COCO val2017", "D"), ("latency", "X"),
            ("quantization-aware training", "M"), ("speed-up", "X"), ("ADE20K", "D"),
        ],
        "results": [
            ("6.8M parameters", "parameters", 6.8, "M", None, "Tzirvane"),
            ("31.4 GFLOPs", "FLOPs", 31.4, "G", None, "Tzirvane"),
            ("59.8 PQ", "PQ", 59.8, None, "Cityscapes val", "Tzirvane"),
            ("42.3 FPS", "FPS", 42.3, None, "Cityscapes val", "Tzirvane"),
            ("59.7 PQ", "PQ", 59.7, None, "Cityscapes val", "YOSO"),
            ("11.1 FPS", "FPS", 11.1, None, "Cityscapes val", "YOSO"),
            ("55.4 PQ", "PQ", 55.4, None, "Cityscapes val", "Panoptic-DeepLab"),
            ("38.7 FPS", "FPS", 38.7, None, "Cityscapes val", "Panoptic-DeepLab"),
            ("43.6 PQ", "PQ", 43.6, None, "COCO val2017", "Tzirvane"),
            ("latency of 18 ms", "latency", 18, "ms", "COCO val2017", "Tzirvane"),
            ("runs in 27 ms", "latency", 27, "ms", None, "Tzirvane"),
            ("PQ drop of 0.7 points", "PQ", 0.7, "points", None, "Tzirvane"),
            ("3.9\u00d7 speed-up", "speed-up", 3.9, "\u00d7", None, "Tzirvane"),
            ("33.1 PQ", "PQ", 33.1, None, "ADE20K", "Tzirvane"),
            ("0.8 below YOSO", "PQ", 0.8, None, "ADE20K", "Tzirvane"),
            ("3.1\u00d7 fewer FLOPs", "FLOPs reduction", 3.1, "\u00d7", "ADE20K", "Tzirvane"),
        ],
    },
    {
        "field": "panoptic-segmentation",
        "title": "Tzaldor: Promptable Pseudo-Masks for Box-Supervised Instance Segmentation",
        "text": (
            "Box-supervised instance segmentation trains mask predictors from bounding-box annotations alone, which "
            "are roughly an order of magnitude cheaper to collect than polygons. Pairwise-affinity methods such as "
            "BoxInst and BoxTeacher have narrowed the gap to full supervision, and the Segment Anything Model (SAM) "
            "can turn a box into a mask at test time, but SAM's masks are noisy in crowded scenes and far too slow to "
            "serve as a detector head. We propose Tzaldor, which prompts SAM with ground-truth boxes only during "
            "training, scores each pseudo-mask by its agreement with a low-level color affinity graph, and distills "
            "the reliable ones into a standard Mask R-CNN or Mask2Former student through an uncertainty-weighted "
            "loss. SAM is discarded at inference, so the student keeps its original speed. On COCO test-dev, Tzaldor "
            "reaches 40.2 mask AP with a ResNet-50 Mask R-CNN and 44.8 AP with a Swin-B Mask2Former, compared with "
            "32.9 AP for BoxInst and 36.5 AP for BoxTeacher; the fully supervised Mask2Former with the same backbone "
            "obtains 47.3 AP. On LVIS v1, where rare classes are hardest to segment from boxes alone, Tzaldor improves "
            "APr by 5.1 points over BoxInst. On Pascal VOC, Tzaldor achieves 43.9 AP, recovering 93% of the fully "
            "supervised AP. Training time is 1.3\u00d7 that of BoxInst, most of it spent on the one-off SAM pass, "
            "and the pseudo-masks can be reused across students."
        ),
        "spans": [
            ("Tzaldor", "M"), ("Box-Supervised Instance Segmentation", "T"),
            ("Box-supervised instance segmentation", "T"), ("BoxInst", "M"), ("BoxTeacher", "M"),
            ("Segment Anything Model", "M"), ("SAM", "M"), ("Mask R-CNN", "M"), ("Mask2Former", "M"),
            ("COCO test-dev", "D"), ("mask AP", "X"), ("AP", "X"), ("ResNet-50", "M"), ("Swin-B", "M"),
            ("LVIS v1", "D"), ("APr", "X"), ("Pascal VOC", "D"), ("Training time", "X"),
        ],
        "results": [
            ("40.2 mask AP", "mask AP", 40.2, None, "COCO test-dev", "Tzaldor"),
            ("44.8 AP", "AP", 44.8, None, "COCO test-dev", "Tzaldor"),
            ("32.9 AP for BoxInst", "AP", 32.9, None, "COCO test-dev", "BoxInst"),
            ("36.5 AP for BoxTeacher", "AP", 36.5, None, "COCO test-dev", "BoxTeacher"),
            ("47.3 AP", "AP", 47.3, None, "COCO test-dev", "Mask2Former"),
            ("APr by 5.1 points", "APr", 5.1, "points", "LVIS v1", "Tzaldor"),
            ("43.9 AP", "AP", 43.9, None, "Pascal VOC", "Tzaldor"),
            ("93% of the fully supervised AP", "relative AP", 93, "%", "Pascal VOC", "Tzaldor"),
            ("Training time is 1.3\u00d7", "training time", 1.3, "\u00d7", None, None),
        ],
    },
    {
        "field": "panoptic-segmentation",
        "title": "Tzennick: Center-Free Instance Grouping for LiDAR Panoptic Segmentation",
        "text": (
            "LiDAR panoptic segmentation assigns a semantic class to every point of a scan and groups the points of "
            "countable objects into instances. Most current systems, including Panoptic-PolarNet, DS-Net and "
            "Panoptic-PHNet, regress object centers and cluster points around them, which fails for large or "
            "partially observed vehicles whose centers fall outside the visible points. Tzennick removes center "
            "regression entirely: a sparse 3D U-Net predicts pairwise point affinities within local voxel "
            "neighborhoods, and instances are recovered by a GPU implementation of connected-component labeling on "
            "the thresholded affinity graph. A temporal variant for 4D panoptic segmentation, Tzennick-4D, links "
            "instances across consecutive scans by propagating the affinities along estimated point motion. On the "
            "SemanticKITTI test set, Tzennick achieves 65.3 PQ, ranking first among published single-scan methods "
            "and exceeding Panoptic-PHNet by 3.8 points. On nuScenes, Tzennick reaches 80.4 PQ, compared with 79.8 "
            "PQ for Panoptic-PHNet and 76.9 PQ for Panoptic-PolarNet. Tzennick-4D obtains 68.9 LSTQ on SemanticKITTI, "
            "2.7 points above 4D-StOP. Without center regression, PQ on trucks and buses improves by 9.6 points, the "
            "largest gain of any class. The whole pipeline runs at a frame rate of 14 Hz on a single RTX 4090 with "
            "1.2 GB of peak memory, which makes it suitable for onboard use."
        ),
        "spans": [
            ("Tzennick", "M"), ("Tzennick-4D", "M"), ("LiDAR Panoptic Segmentation", "T"),
            ("LiDAR panoptic segmentation", "T"), ("Panoptic-PolarNet", "M"), ("DS-Net", "M"),
            ("Panoptic-PHNet", "M"), ("3D U-Net", "M"), ("connected-component labeling", "M"),
            ("4D panoptic segmentation", "T"), ("SemanticKITTI", "D"), ("PQ", "X"), ("nuScenes", "D"),
            ("LSTQ", "X"), ("4D-StOP", "M"), ("frame rate", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("65.3 PQ", "PQ", 65.3, None, "SemanticKITTI", "Tzennick"),
            ("3.8 points", "PQ", 3.8, "points", "SemanticKITTI", "Tzennick"),
            ("80.4 PQ", "PQ", 80.4, None, "nuScenes", "Tzennick"),
            ("79.8 PQ for Panoptic-PHNet", "PQ", 79.8, None, "nuScenes", "Panoptic-PHNet"),
            ("76.9 PQ for Panoptic-PolarNet", "PQ", 76.9, None, "nuScenes", "Panoptic-PolarNet"),
            ("68.9 LSTQ", "LSTQ", 68.9, None, "SemanticKITTI", "Tzennick-4D"),
            ("2.7 points above", "LSTQ", 2.7, "points", "SemanticKITTI", "Tzennick-4D"),
            ("PQ on trucks and buses improves by 9.6 points", "PQ", 9.6, "points", None, None),
            ("frame rate of 14 Hz", "frame rate", 14, "Hz", None, None),
            ("1.2 GB of peak memory", "peak memory", 1.2, "GB", None, None),
        ],
    },
    # ------------------------------------------------------------ hyperspectral-imaging
    {
        "field": "hyperspectral-imaging",
        "title": "Tzorbell: Spiral and Spectral State Space Scanning for Hyperspectral Image Classification",
        "text": (
            "Transformers such as SpectralFormer and SSFTT have raised the accuracy of hyperspectral image "
            "classification, but the quadratic cost of self-attention limits the patch size and the number of bands "
            "they can process jointly. Selective state space models (SSMs) like Mamba scale linearly with sequence "
            "length, yet existing adaptations, for example MambaHSI and SpectralMamba, flatten the cube along a single "
            "spatial scan order and discard the ordering of wavelengths. We present Tzorbell, which runs two "
            "bidirectional Mamba branches, one scanning neighboring pixels in a center-outward spiral and one "
            "scanning bands from short to long wavelength, and merges them with a gated cross-branch fusion. With 10% "
            "of the labeled samples per class for Indian Pines and 1% for Pavia University and Houston 2013, "
            "Tzorbell attains overall accuracies (OA) of 96.84%, 99.12% and 95.47%, respectively, and a Kappa "
            "coefficient of 0.964 on Indian Pines. Compared with SpectralFormer, the OA gains are 6.3, 7.2 and 7.4 "
            "points, respectively, and Tzorbell also outperforms MambaHSI on all three scenes with 58% fewer "
            "parameters. On the Salinas dataset, Tzorbell reaches an average accuracy (AA) of 99.61%, against 98.72% "
            "for SSFTT and 97.05% for the 3D-CNN baseline HybridSN. Training on Indian Pines converges in 4.1 minutes "
            "on one GPU, 2.6\u00d7 faster than SSFTT."
        ),
        "spans": [
            ("Tzorbell", "M"), ("Hyperspectral Image Classification", "T"),
            ("hyperspectral image classification", "T"), ("Transformers", "M"), ("SpectralFormer", "M"),
            ("SSFTT", "M"), ("accuracy", "X"), ("self-attention", "M"), ("Selective state space models", "M"),
            ("SSMs", "M"), ("Mamba", "M"), ("MambaHSI", "M"), ("SpectralMamba", "M"), ("Indian Pines", "D"),
            ("Pavia University", "D"), ("Houston 2013", "D"), ("overall accuracies", "X"), ("OA", "X"),
            ("Kappa coefficient", "X"), ("parameters", "X"), ("Salinas", "D"), ("average accuracy", "X"),
            ("AA", "X"), ("3D-CNN", "M"), ("HybridSN", "M"),
        ],
        "results": [
            ("overall accuracies (OA) of 96.84%", "OA", 96.84, "%", "Indian Pines", "Tzorbell"),
            ("99.12%", "OA", 99.12, "%", "Pavia University", "Tzorbell"),
            ("95.47%", "OA", 95.47, "%", "Houston 2013", "Tzorbell"),
            ("Kappa coefficient of 0.964", "Kappa", 0.964, None, "Indian Pines", "Tzorbell"),
            ("6.3", "OA", 6.3, "points", "Indian Pines", None),
            ("7.2", "OA", 7.2, "points", "Pavia University", None),
            ("7.4 points", "OA", 7.4, "points", "Houston 2013", None),
            ("58% fewer parameters", "parameters reduction", 58, "%", None, "Tzorbell"),
            ("average accuracy (AA) of 99.61%", "AA", 99.61, "%", "Salinas", "Tzorbell"),
            ("98.72% for SSFTT", "AA", 98.72, "%", "Salinas", "SSFTT"),
            ("97.05% for the 3D-CNN baseline HybridSN", "AA", 97.05, "%", "Salinas", "HybridSN"),
            ("converges in 4.1 minutes", "training time", 4.1, "min", "Indian Pines", None),
            ("2.6\u00d7 faster", "speed-up", 2.6, "\u00d7", "Indian Pines", None),
        ],
    },
    {
        "field": "hyperspectral-imaging",
        "title": "Tzumvar: Physics-Guided Nonlinear Autoencoders for Blind Hyperspectral Unmixing",
        "text": (
            "Hyperspectral unmixing decomposes each pixel spectrum into a set of pure material signatures, the "
            "endmembers, and their fractional abundances. Deep autoencoders such as CNNAEU and EndNet learn both "
            "jointly without supervision, but they assume the linear mixing model (LMM) and therefore misattribute "
            "the multiple scattering that dominates vegetated and mineral scenes. We introduce Tzumvar, an "
            "autoencoder whose decoder combines the LMM with a learnable bilinear term derived from the generalized "
            "bilinear model (GBM), together with a sparsity-promoting abundance prior that adapts to the number of "
            "active endmembers per pixel. The encoder is a lightweight transformer over spectral-spatial tokens, and "
            "the whole model is fitted per image in under 2 minutes on one GPU. We evaluate on the Samson, Jasper "
            "Ridge and Urban datasets and on the Cuprite mineral scene. Tzumvar obtains mean spectral angle "
            "distances (SAD) of 0.031, 0.058 and 0.072 and abundance root mean square errors (RMSE) of 0.046, 0.071 "
            "and 0.089 on Samson, Jasper Ridge and Urban, respectively. Compared with the classical VCA and FCLS "
            "pipeline, SAD is reduced by 41% on average. Tzumvar lowers the abundance RMSE on Urban from 0.118 for "
            "DeepTrans, the strongest deep baseline, to 0.089. On Cuprite, where no reference abundances exist, "
            "Tzumvar identifies 11 of the 12 minerals in the reference mineral map. An ablation shows that removing "
            "the bilinear term raises SAD on Jasper Ridge by 23%, confirming that nonlinear mixing matters even on "
            "scenes usually treated as linear."
        ),
        "spans": [
            ("Tzumvar", "M"), ("Autoencoders", "M"), ("Blind Hyperspectral Unmixing", "T"),
            ("Hyperspectral unmixing", "T"), ("autoencoders", "M"), ("autoencoder", "M"), ("CNNAEU", "M"),
            ("EndNet", "M"), ("linear mixing model", "M"), ("LMM", "M"), ("generalized bilinear model", "M"),
            ("GBM", "M"), ("transformer", "M"), ("Samson", "D"), ("Jasper Ridge", "D"), ("Urban", "D"),
            ("Cuprite", "D"), ("mean spectral angle distances", "X"), ("SAD", "X"),
            ("root mean square errors", "X"), ("RMSE", "X"), ("VCA", "M"), ("FCLS", "M"), ("DeepTrans", "M"),
        ],
        "results": [
            ("in under 2 minutes", "fitting time", 2, "min", None, None),
            ("mean spectral angle distances (SAD) of 0.031", "SAD", 0.031, None, "Samson", "Tzumvar"),
            ("0.058", "SAD", 0.058, None, "Jasper Ridge", "Tzumvar"),
            ("0.072", "SAD", 0.072, None, "Urban", "Tzumvar"),
            ("root mean square errors (RMSE) of 0.046", "RMSE", 0.046, None, "Samson", "Tzumvar"),
            ("0.071", "RMSE", 0.071, None, "Jasper Ridge", "Tzumvar"),
            ("0.089", "RMSE", 0.089, None, "Urban", "Tzumvar"),
            ("SAD is reduced by 41%", "SAD reduction", 41, "%", None, None),
            ("0.118 for DeepTrans", "RMSE", 0.118, None, "Urban", "DeepTrans"),
            ("0.089", "RMSE", 0.089, None, "Urban", "Tzumvar", {"occ": 1}),
            ("identifies 11 of the 12 minerals", "minerals identified", 11, None, "Cuprite", "Tzumvar"),
            ("raises SAD on Jasper Ridge by 23%", "SAD", 23, "%", "Jasper Ridge", None),
        ],
    },
    {
        "field": "hyperspectral-imaging",
        "title": "Tzeskel: Frequency-Decoupled Deep Unfolding for Hyperspectral Image Reconstruction from Coded "
                 "Snapshots",
        "text": (
            "Spectral snapshot compressive imaging (SCI) captures a hyperspectral cube in a single 2D coded "
            "measurement and leaves its recovery to a reconstruction algorithm. Deep unfolding networks such as "
            "DAUHST and RDLUF-MixS2 currently give the highest fidelity, but every stage denoises all frequencies with "
            "the same learned prior, which oversmooths fine texture while spending computation on smooth regions "
            "that are already well estimated. We propose Tzeskel, a deep unfolding network whose stages split the "
            "estimate with a learnable wavelet transform and refine the low band with a lightweight convolutional "
            "prior and the high bands with spectral-wise multi-head self-attention as in MST. Following the standard "
            "protocol, all models are trained on CAVE. On the 10 simulation scenes from KAIST, Tzeskel-9stg reaches "
            "an average PSNR of 40.12 dB and SSIM of 0.978, compared with 39.57 dB / 0.974 for RDLUF-MixS2 and "
            "38.36 dB / 0.967 for DAUHST-9stg, while requiring 112.6 GFLOPs against 175.8 for RDLUF-MixS2. The "
            "three-stage Tzeskel-3stg attains 37.91 dB on KAIST with 1.4M parameters, +0.70 dB over DAUHST-3stg at "
            "similar cost. On the real measurements released with TSA-Net, Tzeskel recovers sharper edges and more "
            "faithful spectral signatures than the compared methods, and it reconstructs a 660\u00d7714\u00d728 "
            "cube in 86 ms on a single GPU."
        ),
        "spans": [
            ("Tzeskel", "M"), ("Tzeskel-9stg", "M"), ("Tzeskel-3stg", "M"), ("Deep Unfolding", "M"),
            ("Hyperspectral Image Reconstruction", "T"), ("Spectral snapshot compressive imaging", "T"),
            ("SCI", "T"), ("Deep unfolding networks", "M"), ("deep unfolding network", "M"), ("DAUHST", "M"),
            ("DAUHST-9stg", "M"), ("DAUHST-3stg", "M"), ("RDLUF-MixS2", "M"), ("wavelet transform", "M"),
            ("spectral-wise multi-head self-attention", "M"), ("MST", "M"), ("CAVE", "D"), ("KAIST", "D"),
            ("average PSNR", "X"), ("SSIM", "X"), ("GFLOPs", "X"), ("parameters", "X"), ("TSA-Net", "M"),
        ],
        "results": [
            ("average PSNR of 40.12 dB", "PSNR", 40.12, "dB", "KAIST", "Tzeskel-9stg"),
            ("SSIM of 0.978", "SSIM", 0.978, None, "KAIST", "Tzeskel-9stg"),
            ("39.57 dB", "PSNR", 39.57, "dB", "KAIST", "RDLUF-MixS2"),
            ("0.974 for RDLUF-MixS2", "SSIM", 0.974, None, "KAIST", "RDLUF-MixS2"),
            ("38.36 dB", "PSNR", 38.36, "dB", "KAIST", "DAUHST-9stg"),
            ("0.967 for DAUHST-9stg", "SSIM", 0.967, None, "KAIST", "DAUHST-9stg"),
            ("112.6 GFLOPs", "FLOPs", 112.6, "G", "KAIST", "Tzeskel-9stg"),
            ("175.8 for RDLUF-MixS2", "FLOPs", 175.8, "G", "KAIST", "RDLUF-MixS2"),
            ("37.91 dB", "PSNR", 37.91, "dB", "KAIST", "Tzeskel-3stg"),
            ("1.4M parameters", "parameters", 1.4, "M", "KAIST", "Tzeskel-3stg"),
            ("+0.70 dB", "PSNR", 0.70, "dB", "KAIST", "Tzeskel-3stg"),
            ("cube in 86 ms", "reconstruction time", 86, "ms", None, "Tzeskel"),
        ],
    },
    {
        "field": "hyperspectral-imaging",
        "title": "Tzaphyre: Camera-Agnostic Spectral Reconstruction from RGB Images via Sensitivity-Conditioned "
                 "Diffusion",
        "text": (
            "Spectral reconstruction recovers a hyperspectral image from a single RGB photograph, an ill-posed "
            "inverse problem that models such as HSCNN+, AWAN and MST++ solve well only when the camera spectral "
            "sensitivity at test time matches the one assumed in training. In practice the response curve of a phone "
            "camera is unknown and differs between devices, and the error of these models grows severalfold under "
            "such a mismatch. We propose Tzaphyre, a latent diffusion model that takes the RGB image together with an "
            "estimate of the sensitivity curve, produced by a small encoder from the image itself, and samples the "
            "spectral cube in four steps thanks to consistency distillation. Training draws random sensitivities from "
            "a database of 40 commercial cameras, so no target camera has to be known in advance. On the ARAD-1K "
            "dataset of the NTIRE 2022 Spectral Reconstruction Challenge, Tzaphyre matches MST++ when the "
            "sensitivity is known (MRAE 0.171 vs. 0.165), and with an unseen camera response it lowers MRAE from "
            "0.412 for MST++ to 0.198. The advantage persists on the CAVE and ICVL datasets, where reconstructions "
            "from unseen cameras keep their spectral shape while those of regression models drift towards the "
            "training camera. Because the sensitivity encoder is explicit, Tzaphyre can also act as a calibration "
            "tool, estimating the response of held-out cameras with a mean angular error of 2.3 degrees."
        ),
        "spans": [
            ("Tzaphyre", "M"), ("Spectral Reconstruction", "T"), ("Spectral reconstruction", "T"),
            ("Diffusion", "M"), ("HSCNN+", "M", P), ("AWAN", "M"), ("MST++", "M", P),
            ("latent diffusion model", "M"), ("consistency distillation", "M"), ("ARAD-1K", "D"),
            ("NTIRE 2022 Spectral Reconstruction Challenge", "D"), ("MRAE", "X"), ("CAVE", "D"), ("ICVL", "D"),
            ("mean angular error", "X"),
        ],
        "results": [
            ("MRAE 0.171", "MRAE", 0.171, None, "ARAD-1K", "Tzaphyre"),
            ("0.165", "MRAE", 0.165, None, "ARAD-1K", "MST++"),
            ("0.412", "MRAE", 0.412, None, "ARAD-1K", "MST++"),
            ("0.198", "MRAE", 0.198, None, "ARAD-1K", "Tzaphyre"),
            ("mean angular error of 2.3 degrees", "angular error", 2.3, "degrees", None, "Tzaphyre"),
        ],
    },
    {
        "field": "hyperspectral-imaging",
        "title": "Tzolvane: Illumination-Invariant Spectral Prototypes for Cross-Scene Hyperspectral Image "
                 "Classification",
        "text": (
            "Hyperspectral classifiers trained on one scene rarely transfer to another acquired by a different "
            "sensor, at a different time or under different illumination, and labeling every new scene is "
            "expensive. Single-source domain generalization methods such as SDEnet and LDGnet synthesize extra "
            "training domains or align visual features with text descriptions of the classes, but they ignore that "
            "much of the shift between scenes is a smooth, band-wise change of illumination. Tzolvane models this "
            "shift explicitly: a physics-inspired augmenter perturbs the source spectra with random smooth "
            "illumination curves, and class prototypes are learned so that the distance of each pixel to them is "
            "unchanged under these perturbations. No target data, labeled or unlabeled, is seen during training. "
            "We follow three standard transfer protocols, Houston 2013 \u2192 Houston 2018, Pavia University \u2192 "
            "Pavia Center and Dioni \u2192 Loukia from the HyRANK benchmark. Tzolvane achieves overall accuracies "
            "of 82.6%, 88.9% and 71.4% on the three target scenes, respectively, exceeding SDEnet by 4.8, 3.1 and "
            "5.7 points. On Houston 2018, the Kappa coefficient rises from 0.694 for LDGnet to 0.751. Tzolvane also "
            "narrows the OA gap to a target-supervised upper bound to 2.9 points on Pavia Center. The prototype head "
            "adds 0.3M parameters, and inference on a full Houston 2018 tile takes 1.7 s."
        ),
        "spans": [
            ("Tzolvane", "M"), ("Cross-Scene Hyperspectral Image Classification", "T"),
            ("Single-source domain generalization", "T"), ("SDEnet", "M"), ("LDGnet", "M"),
            ("Houston 2013", "D"), ("Houston 2018", "D"), ("Pavia University", "D"), ("Pavia Center", "D"),
            ("Dioni", "D"), ("Loukia", "D"), ("HyRANK", "D"), ("overall accuracies", "X"),
            ("Kappa coefficient", "X"), ("OA", "X"), ("parameters", "X"),
        ],
        "results": [
            ("overall accuracies of 82.6%", "OA", 82.6, "%", "Houston 2018", "Tzolvane"),
            ("88.9%", "OA", 88.9, "%", "Pavia Center", "Tzolvane"),
            ("71.4%", "OA", 71.4, "%", "Loukia", "Tzolvane"),
            ("4.8", "OA", 4.8, "points", "Houston 2018", "Tzolvane"),
            ("3.1", "OA", 3.1, "points", "Pavia Center", "Tzolvane"),
            ("5.7 points", "OA", 5.7, "points", "Loukia", "Tzolvane"),
            ("0.694 for LDGnet", "Kappa", 0.694, None, "Houston 2018", "LDGnet"),
            ("0.751", "Kappa", 0.751, None, "Houston 2018", None),
            ("OA gap to a target-supervised upper bound to 2.9 points", "OA gap", 2.9, "points", "Pavia Center",
             "Tzolvane"),
            ("0.3M parameters", "parameters", 0.3, "M", None, None),
            ("takes 1.7 s", "inference time", 1.7, "s", "Houston 2018", None),
        ],
    },
    {
        "field": "hyperspectral-imaging",
        "title": "Tzindra: A Band-Flexible Spectral Foundation Model with Sparse Mixture-of-Experts Tokens",
        "text": (
            "Foundation models pretrained on hyperspectral imagery, such as SpectralGPT and HyperSIGMA, fix the "
            "number and the wavelengths of input bands at pretraining time, so a model pretrained on one sensor must "
            "be resampled or retrained before it can be applied to another. We present Tzindra, a masked "
            "autoencoder that embeds each band together with its center wavelength and bandwidth, allowing a single "
            "checkpoint to process imagery from any sensor with 30 to 400 bands. To keep pretraining tractable, "
            "spectral tokens are routed through a sparse mixture of experts, so that only 2 of 16 expert MLPs are "
            "active per token. Tzindra is pretrained on the EnMAP tiles of HySpecNet-11k and on airborne flight "
            "lines, and is evaluated on land-cover classification, spectral unmixing and change detection without "
            "any change to its architecture. Fine-tuned with 5 labels per class, Tzindra reaches overall accuracies "
            "of 93.5% on WHU-Hi-LongKou and 86.2% on WHU-Hi-HanChuan, 3.4 and 5.1 points above HyperSIGMA. On the "
            "Urban unmixing benchmark, Tzindra's abundance RMSE of 0.094 is close to that of the per-image optimized "
            "MiSiCNet (0.091). Despite 1.1B total parameters, Tzindra activates only 190M parameters per token, and "
            "fine-tuning uses 41% less GPU memory than HyperSIGMA while being 2.2\u00d7 faster per epoch. We release "
            "the weights together with a sensor-agnostic data loader."
        ),
        "spans": [
            ("Tzindra", "M"), ("Foundation Model", "M"), ("Sparse Mixture-of-Experts", "M"),
            ("Foundation models", "M"), ("SpectralGPT", "M"), ("HyperSIGMA", "M"), ("masked autoencoder", "M"),
            ("sparse mixture of experts", "M"), ("MLPs", "M"), ("HySpecNet-11k", "D"),
            ("land-cover classification", "T"), ("spectral unmixing", "T"), ("unmixing", "T"),
            ("change detection", "T"), ("overall accuracies", "X"), ("WHU-Hi-LongKou", "D"),
            ("WHU-Hi-HanChuan", "D"), ("Urban", "D"), ("RMSE", "X"), ("MiSiCNet", "M"),
            ("total parameters", "X"), ("parameters", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("overall accuracies of 93.5%", "OA", 93.5, "%", "WHU-Hi-LongKou", "Tzindra"),
            ("86.2%", "OA", 86.2, "%", "WHU-Hi-HanChuan", "Tzindra"),
            ("3.4", "OA", 3.4, "points", "WHU-Hi-LongKou", "Tzindra"),
            ("5.1 points above", "OA", 5.1, "points", "WHU-Hi-HanChuan", "Tzindra"),
            ("RMSE of 0.094", "RMSE", 0.094, None, "Urban", "Tzindra"),
            ("MiSiCNet (0.091)", "RMSE", 0.091, None, "Urban", "MiSiCNet"),
            ("1.1B total parameters", "parameters", 1.1, "B", None, "Tzindra"),
            ("190M parameters", "active parameters", 190, "M", None, "Tzindra"),
            ("41% less GPU memory", "GPU memory reduction", 41, "%", None, None),
            ("2.2\u00d7 faster", "speed-up", 2.2, "\u00d7", None, None),
        ],
    },
]
