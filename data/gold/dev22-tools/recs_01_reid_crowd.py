"""dev22 records: person-reid (6) and crowd-counting (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Hqarvel", "Hqemora", "Hqisten", "Hqolvane", "Hqurnet", "Hqadrin",
          "Hqelmor", "Hqostra", "Hqivane", "Hqendle", "Hqumora", "Hqaskel", "Hqeldun"]

RECS = [
    # ------------------------------------------------------------ person-reid
    {
        "field": "person-reid",
        "title": "Hqarvel: Frequency-Decoupled Modality Prompts for Visible-Infrared Person Re-Identification",
        "text": (
            "Visible-infrared person re-identification (VI-ReID) matches pedestrians captured by daytime RGB cameras "
            "with those recorded by near-infrared cameras at night, and the modality gap between the two remains its "
            "central difficulty. Recent methods either synthesise an intermediate modality, as in CAJ and DEEN, or "
            "rely on part-level alignment, as in MPANet, but they treat the amplitude and phase components of an "
            "image alike, although most of the modality discrepancy lives in the amplitude spectrum. We propose "
            "Hqarvel, a dual-stream ViT-B/16 framework that splits each patch embedding into amplitude and phase "
            "tokens with a fast Fourier transform and injects learnable modality prompts only into the amplitude "
            "branch, while a center-alignment loss pulls the identity centres of the two modalities together. On "
            "SYSU-MM01, Hqarvel attains 78.6% Rank-1 and 74.9% mAP in the all-search mode and 86.2% Rank-1 and 88.7% "
            "mAP in the indoor-search mode. On RegDB, Hqarvel reaches 93.8% Rank-1 and 89.5% mINP in the "
            "visible-to-infrared setting, surpassing DEEN (91.1% Rank-1) by 2.7 points. On the more challenging LLCM "
            "dataset, Hqarvel improves mAP from 55.9 for DEEN to 61.3. Ablations show that prompting the phase "
            "tokens instead lowers Rank-1 on SYSU-MM01 by 4.4 points, confirming that identity cues should be left "
            "untouched in the phase spectrum."
        ),
        "spans": [
            ("Hqarvel", "M"), ("Visible-Infrared Person Re-Identification", "T"),
            ("Visible-infrared person re-identification", "T"), ("VI-ReID", "T"), ("CAJ", "M"), ("DEEN", "M"),
            ("MPANet", "M"), ("ViT-B/16", "M"), ("fast Fourier transform", "M"), ("SYSU-MM01", "D"),
            ("Rank-1", "X"), ("mAP", "X"), ("RegDB", "D"), ("mINP", "X"), ("LLCM", "D"),
        ],
        "results": [
            ("78.6% Rank-1", "Rank-1", 78.6, "%", "SYSU-MM01", "Hqarvel"),
            ("74.9% mAP", "mAP", 74.9, "%", "SYSU-MM01", "Hqarvel"),
            ("86.2% Rank-1", "Rank-1", 86.2, "%", "SYSU-MM01", "Hqarvel"),
            ("88.7% mAP", "mAP", 88.7, "%", "SYSU-MM01", "Hqarvel"),
            ("93.8% Rank-1", "Rank-1", 93.8, "%", "RegDB", "Hqarvel"),
            ("89.5% mINP", "mINP", 89.5, "%", "RegDB", "Hqarvel"),
            ("91.1% Rank-1", "Rank-1", 91.1, "%", "RegDB", "DEEN"),
            ("by 2.7 points", "Rank-1", 2.7, "points", "RegDB", "Hqarvel"),
            ("mAP from 55.9", "mAP", 55.9, None, "LLCM", "DEEN"),
            ("61.3", "mAP", 61.3, None, "LLCM", "Hqarvel"),
            ("lowers Rank-1 on SYSU-MM01 by 4.4 points", "Rank-1", 4.4, "points", "SYSU-MM01", None),
        ],
    },
    {
        "field": "person-reid",
        "title": "Hqemora: Visibility-Aware Token Completion with CLIP Priors for Occluded Person Re-Identification",
        "text": (
            "Occluded person re-identification must match pedestrians whose bodies are partly hidden by cars, poles "
            "or other people, so that global features are contaminated by obstacles and part features go missing. "
            "Transformer-based methods such as TransReID, PFD and FED handle occlusion with keypoint detectors or "
            "synthetic occluders, yet they still compare visible body parts with features that were never "
            "observed. We present Hqemora, which builds on CLIP-ReID, predicts a visibility score for every patch "
            "token from the attention of the image encoder, and completes low-visibility tokens by retrieving "
            "body-part prototypes from a memory bank learned with text prompts. No external keypoint detector is "
            "needed at test time. Hqemora achieves 76.4% mAP and 84.9% Rank-1 on Occluded-Duke, outperforming FED "
            "by 8.3% mAP and PFD by 9.5% mAP. On Occluded-REID, Hqemora reaches 85.1% Rank-1 and 81.7% mAP, and it "
            "remains competitive on holistic benchmarks, with 91.2% mAP on Market-1501 and 83.6% mAP on "
            "DukeMTMC-reID. Token completion adds 1.6 GFLOPs to the backbone, and removing it reduces Occluded-Duke "
            "mAP to 69.8%. Visualisations show that the completed tokens attend to plausible body regions behind "
            "the occluder rather than to the occluder itself, which we argue is the main reason for the gain."
        ),
        "spans": [
            ("Hqemora", "M"), ("CLIP", "M"), ("Occluded Person Re-Identification", "T"),
            ("Occluded person re-identification", "T"), ("Transformer", "M"), ("TransReID", "M"), ("PFD", "M"),
            ("FED", "M"), ("CLIP-ReID", "M"), ("mAP", "X"), ("Rank-1", "X"), ("Occluded-Duke", "D"),
            ("Occluded-REID", "D"), ("Market-1501", "D"), ("DukeMTMC-reID", "D"), ("GFLOPs", "X"),
        ],
        "results": [
            ("76.4% mAP", "mAP", 76.4, "%", "Occluded-Duke", "Hqemora"),
            ("84.9% Rank-1", "Rank-1", 84.9, "%", "Occluded-Duke", "Hqemora"),
            ("by 8.3% mAP", "mAP", 8.3, "%", "Occluded-Duke", "Hqemora"),
            ("by 9.5% mAP", "mAP", 9.5, "%", "Occluded-Duke", "Hqemora"),
            ("85.1% Rank-1", "Rank-1", 85.1, "%", "Occluded-REID", "Hqemora"),
            ("81.7% mAP", "mAP", 81.7, "%", "Occluded-REID", "Hqemora"),
            ("91.2% mAP", "mAP", 91.2, "%", "Market-1501", "Hqemora"),
            ("83.6% mAP", "mAP", 83.6, "%", "DukeMTMC-reID", "Hqemora"),
            ("adds 1.6 GFLOPs", "FLOPs", 1.6, "G", None, None),
            ("Occluded-Duke mAP to 69.8%", "mAP", 69.8, "%", "Occluded-Duke", None),
        ],
    },
    {
        "field": "person-reid",
        "title": "Hqisten: Distilling Viewpoint-Aware Transformers into Lightweight CNNs for Real-Time Vehicle "
                 "Re-Identification",
        "text": (
            "Vehicle re-identification (vehicle re-ID) retrieves images of the same vehicle across non-overlapping "
            "traffic cameras, where near-identical cars of different owners and drastic viewpoint changes make "
            "fine-grained cues decisive. Transformer re-ID models such as TransReID reach high accuracy on VeRi-776, "
            "but their cost rules out deployment on roadside edge devices. We propose Hqisten, a knowledge "
            "distillation framework that transfers viewpoint-conditioned part relations from a ViT-B/16 teacher to a "
            "ResNet-18 student through a relation-matching loss on orientation-grouped tokens, together with a "
            "lightweight re-ranking head that replaces k-reciprocal re-ranking. The student needs 2.4 GFLOPs per "
            "image, 7.3\u00d7 fewer than the teacher. On VeRi-776, Hqisten obtains 82.5% mAP and 97.1% Rank-1, "
            "compared with 82.0% mAP and 97.1% Rank-1 for TransReID and 78.3% mAP for the same student trained "
            "without distillation. On VehicleID, Hqisten achieves 86.0%/80.4%/76.9% Rank-1 on the small, medium and "
            "large test subsets, respectively, and on VERI-Wild it obtains 84.7% mAP on the small split. On an "
            "NVIDIA Jetson Orin NX, the student processes 412 images per second at batch size 32, 5.8\u00d7 faster "
            "than the teacher, with a latency of 6.1 ms per query including re-ranking. These results suggest that "
            "viewpoint structure, rather than model capacity, is what Transformer teachers contribute most to "
            "vehicle re-ID."
        ),
        "spans": [
            ("Hqisten", "M"), ("Transformers", "M"), ("CNNs", "M"), ("Vehicle Re-Identification", "T"),
            ("Vehicle re-identification", "T"), ("vehicle re-ID", "T"), ("Transformer", "M"), ("re-ID", "T"),
            ("TransReID", "M"), ("accuracy", "X"), ("VeRi-776", "D"), ("knowledge distillation", "M"),
            ("distillation", "M"), ("ViT-B/16", "M"), ("ResNet-18", "M"), ("re-ranking", "M"),
            ("k-reciprocal re-ranking", "M"), ("GFLOPs", "X"), ("mAP", "X"), ("Rank-1", "X"), ("VehicleID", "D"),
            ("VERI-Wild", "D"), ("images per second", "X"), ("latency", "X"),
        ],
        "results": [
            ("2.4 GFLOPs", "FLOPs", 2.4, "G", None, None),
            ("7.3\u00d7 fewer", "FLOPs reduction", 7.3, "\u00d7", None, None),
            ("82.5% mAP", "mAP", 82.5, "%", "VeRi-776", "Hqisten"),
            ("97.1% Rank-1", "Rank-1", 97.1, "%", "VeRi-776", "Hqisten"),
            ("82.0% mAP", "mAP", 82.0, "%", "VeRi-776", "TransReID"),
            ("97.1% Rank-1", "Rank-1", 97.1, "%", "VeRi-776", "TransReID", {"occ": 1}),
            ("78.3% mAP", "mAP", 78.3, "%", "VeRi-776", None),
            ("86.0%", "Rank-1", 86.0, "%", "VehicleID", "Hqisten"),
            ("80.4%", "Rank-1", 80.4, "%", "VehicleID", "Hqisten"),
            ("76.9% Rank-1", "Rank-1", 76.9, "%", "VehicleID", "Hqisten"),
            ("84.7% mAP", "mAP", 84.7, "%", "VERI-Wild", "Hqisten"),
            ("412 images per second", "throughput", 412, "images/s", None, None),
            ("5.8\u00d7 faster", "speed-up", 5.8, "\u00d7", None, None),
            ("latency of 6.1 ms", "latency", 6.1, "ms", None, None),
        ],
    },
    {
        "field": "person-reid",
        "title": "Hqolvane: Camera-Aware Centroid Drift Correction for Unsupervised Person Re-Identification",
        "text": (
            "Purely unsupervised person re-identification learns identity features from unlabeled pedestrian "
            "images, and the dominant recipe alternates DBSCAN clustering with contrastive learning against a memory "
            "of cluster centroids, as in Cluster Contrast and its successors ICE and PPLR. Pseudo-labels produced "
            "this way are noisy in a systematic way: images from the same camera cluster together because they "
            "share illumination and background, and the centroids drift towards camera-specific appearance as "
            "training proceeds. We describe Hqolvane, which estimates the drift of each centroid from the camera "
            "distribution of its members and corrects it with an intra-cluster reweighting that is recomputed every "
            "epoch at negligible cost. A second component splits clusters whose members all come from a single "
            "camera when their spread exceeds an adaptive threshold. Hqolvane requires no identity labels, no "
            "pre-training beyond ImageNet, and no change to the ResNet-50 backbone or to the inference pipeline. "
            "Hqolvane reaches 89.2% and 46.8% mAP on Market-1501 and MSMT17, respectively, improving on Cluster "
            "Contrast by 6.2 and 13.1 points. Gains are largest on MSMT17, whose 15 cameras span indoor and outdoor "
            "scenes, and pseudo-label precision measured against held-out ground truth rises from 0.71 to 0.83 over "
            "the course of training. We also show that the correction carries over to unsupervised vehicle "
            "re-identification on VeRi-776 without any tuning."
        ),
        "spans": [
            ("Hqolvane", "M"), ("Unsupervised Person Re-Identification", "T"),
            ("unsupervised person re-identification", "T"), ("DBSCAN", "M"), ("contrastive learning", "M"),
            ("Cluster Contrast", "M"), ("ICE", "M"),
            ("PPLR", "M"), ("ImageNet", "D"), ("ResNet-50", "M"), ("mAP", "X"), ("Market-1501", "D"),
            ("MSMT17", "D"), ("pseudo-label precision", "X"), ("unsupervised vehicle re-identification", "T"),
            ("VeRi-776", "D"),
        ],
        "results": [
            ("89.2%", "mAP", 89.2, "%", "Market-1501", "Hqolvane"),
            ("46.8% mAP", "mAP", 46.8, "%", "MSMT17", "Hqolvane"),
            ("by 6.2", "mAP", 6.2, "points", "Market-1501", "Hqolvane"),
            ("13.1 points", "mAP", 13.1, "points", "MSMT17", "Hqolvane"),
            ("pseudo-label precision measured against held-out ground truth rises from 0.71 to 0.83",
             "pseudo-label precision", 0.83, None, None, None),
        ],
    },
    {
        "field": "person-reid",
        "title": "Hqurnet: Shape-Texture Disentanglement with Synthesised Outfits for Cloth-Changing Person "
                 "Re-Identification",
        "text": (
            "Cloth-changing person re-identification (CC-ReID) asks a model to recognise a person after they have "
            "changed clothes, which breaks the colour and texture cues that conventional re-ID models rely on. "
            "Methods such as CAL and AIM suppress clothing information with adversarial or causal objectives, but "
            "the few outfits per identity in LTCC and PRCC limit how much clothing variation they can learn to "
            "ignore. We introduce Hqurnet, which uses a pretrained Stable Diffusion model to repaint the clothing "
            "region of every training image with diverse outfits while keeping the body shape, and then trains a "
            "shape branch on silhouettes and a texture branch on the generated images with a decorrelation penalty "
            "between them. At test time only the fused embedding of a ResNet-50 backbone is used. In the "
            "cloth-changing setting, Hqurnet reaches 48.9% Rank-1 and 23.1% mAP on LTCC (CAL: 40.1% / 18.0%) and "
            "65.2% Rank-1 and 61.9% mAP on PRCC (CAL: 55.2% / 55.8%). Hqurnet obtains 88.4% Rank-1 on the video "
            "benchmark CCVID, and on DeepChange it improves mAP by +4.6 over AIM. The generated outfits account for "
            "most of the gain: training on the original images alone lowers LTCC Rank-1 to 42.3%. Generating the "
            "outfits is done once, offline, and takes about 19 GPU-hours for LTCC."
        ),
        "spans": [
            ("Hqurnet", "M"), ("Cloth-Changing Person Re-Identification", "T"),
            ("Cloth-changing person re-identification", "T"), ("CC-ReID", "T"), ("re-ID", "T"), ("CAL", "M"),
            ("AIM", "M"), ("LTCC", "D"), ("PRCC", "D"), ("Stable Diffusion", "M"), ("ResNet-50", "M"),
            ("Rank-1", "X"), ("mAP", "X"), ("CCVID", "D"), ("DeepChange", "D"),
        ],
        "results": [
            ("48.9% Rank-1", "Rank-1", 48.9, "%", "LTCC", "Hqurnet"),
            ("23.1% mAP", "mAP", 23.1, "%", "LTCC", "Hqurnet"),
            ("40.1%", "Rank-1", 40.1, "%", "LTCC", "CAL"),
            ("18.0%", "mAP", 18.0, "%", "LTCC", "CAL"),
            ("65.2% Rank-1", "Rank-1", 65.2, "%", "PRCC", "Hqurnet"),
            ("61.9% mAP", "mAP", 61.9, "%", "PRCC", "Hqurnet"),
            ("55.2%", "Rank-1", 55.2, "%", "PRCC", "CAL"),
            ("55.8%", "mAP", 55.8, "%", "PRCC", "CAL"),
            ("88.4% Rank-1", "Rank-1", 88.4, "%", "CCVID", "Hqurnet"),
            ("improves mAP by +4.6", "mAP", 4.6, None, "DeepChange", "Hqurnet"),
            ("LTCC Rank-1 to 42.3%", "Rank-1", 42.3, "%", "LTCC", None),
            ("takes about 19 GPU-hours", "generation time", 19, "GPU-hours", "LTCC", None),
        ],
    },
    {
        "field": "person-reid",
        "title": "Hqadrin: Token Merging in Space and Time for Efficient Video-Based Person Re-Identification",
        "text": (
            "Video-based person re-identification aggregates evidence over whole tracklets, and spatio-temporal "
            "Transformers have pushed accuracy on MARS and LS-VID at the price of quadratic attention over hundreds "
            "of tokens per clip. We propose Hqadrin, a training-free scheme for video re-ID Transformers that "
            "merges redundant patch tokens first within each frame and then across frames along estimated motion "
            "trajectories, guided by a saliency prior read from the class token. Unlike token pruning, merging keeps "
            "the information of the removed tokens, so identity-critical details such as bags and shoes survive "
            "aggressive compression. Hqadrin removes 58% of the tokens of CAViT without any fine-tuning and cuts its "
            "inference FLOPs from 98.4G to 41.7G, at a cost of only 0.4 points of mAP on MARS (86.8% vs. 87.2% for "
            "the unmodified CAViT). Under the same FLOPs budget on MARS, ToMe and EViT lose 1.9 and 3.6 points of "
            "mAP, respectively. On LS-VID, Hqadrin keeps Rank-1 at 89.9% against 90.3% for the unmodified model, "
            "and on iLIDS-VID its Rank-1 is unchanged at 93.3%. Throughput on an A100 GPU rises 2.1\u00d7 to 655 "
            "clips per second. With a light fine-tuning of 10 epochs, the accuracy loss on MARS disappears "
            "entirely. Hqadrin is orthogonal to quantization and can be combined with it for further savings."
        ),
        "spans": [
            ("Hqadrin", "M"), ("Token Merging", "M"), ("Video-Based Person Re-Identification", "T"),
            ("Video-based person re-identification", "T"), ("Transformers", "M"), ("accuracy", "X"),
            ("MARS", "D"), ("LS-VID", "D"), ("video re-ID", "T"), ("token pruning", "M"), ("CAViT", "M"),
            ("inference FLOPs", "X"), ("FLOPs", "X"), ("mAP", "X"), ("ToMe", "M"), ("EViT", "M"),
            ("Rank-1", "X"), ("iLIDS-VID", "D"), ("Throughput", "X"), ("quantization", "M"),
        ],
        "results": [
            ("removes 58% of the tokens", "token reduction", 58, "%", None, "Hqadrin"),
            ("inference FLOPs from 98.4G to 41.7G", "FLOPs", 41.7, "G", None, "Hqadrin"),
            ("0.4 points of mAP", "mAP", 0.4, "points", "MARS", "Hqadrin"),
            ("86.8%", "mAP", 86.8, "%", "MARS", "Hqadrin"),
            ("87.2%", "mAP", 87.2, "%", "MARS", "CAViT"),
            ("1.9", "mAP", 1.9, "points", "MARS", "ToMe"),
            ("3.6 points of mAP", "mAP", 3.6, "points", "MARS", "EViT"),
            ("Rank-1 at 89.9%", "Rank-1", 89.9, "%", "LS-VID", "Hqadrin"),
            ("90.3%", "Rank-1", 90.3, "%", "LS-VID", None),
            ("Rank-1 is unchanged at 93.3%", "Rank-1", 93.3, "%", "iLIDS-VID", "Hqadrin"),
            ("Throughput on an A100 GPU rises 2.1\u00d7", "throughput", 2.1, "\u00d7", None, None),
            ("655 clips per second", "throughput", 655, "clips/s", None, None),
        ],
    },
    # ------------------------------------------------------------ crowd-counting
    {
        "field": "crowd-counting",
        "title": "Hqelmor: Density-Guided Point Queries for Crowd Localization in Extremely Congested Scenes",
        "text": (
            "Point-based crowd counting methods such as P2PNet and PET predict head locations directly and avoid "
            "the hand-crafted Gaussian kernels used to build density maps, but their fixed grid of point proposals "
            "either misses heads in extremely congested regions or wastes queries on background. We present "
            "Hqelmor, a Transformer decoder whose point queries are spawned from a coarse density estimate, so that "
            "query density follows crowd density, and are assigned to ground-truth heads by Hungarian matching with "
            "a scale-aware cost. A recursive splitting rule lets a single model cover crowds from a handful to "
            "several thousand people. On ShanghaiTech Part A, Hqelmor achieves an MAE of 47.9 and an MSE of 76.5, "
            "against 49.3/78.8 for PET and 52.7/85.1 for P2PNet. Hqelmor records MAEs of 76.8, 55.1 and 70.2 on "
            "UCF-QNRF, JHU-CROWD++ and NWPU-Crowd, respectively, the last being the lowest error we are aware of "
            "among published point-based methods. For crowd localization on NWPU-Crowd, Hqelmor raises the "
            "F1-measure from 0.712 for P2PNet to 0.781, with a precision of 0.803 and a recall of 0.760. The gains "
            "come mostly from images with more than 2,000 people, where the density-guided queries recover heads "
            "that a fixed grid cannot resolve. Inference takes 38 ms for a 1024\u00d7768 image on a single RTX "
            "4090."
        ),
        "spans": [
            ("Hqelmor", "M"), ("Crowd Localization", "T"), ("crowd counting", "T"), ("P2PNet", "M"), ("PET", "M"),
            ("Transformer", "M"), ("Hungarian matching", "M"), ("ShanghaiTech Part A", "D"), ("MAE", "X"),
            ("MSE", "X"), ("MAEs", "X"), ("UCF-QNRF", "D"), ("JHU-CROWD++", "D", {"punct": True}),
            ("NWPU-Crowd", "D"), ("crowd localization", "T"), ("F1-measure", "X"), ("precision", "X"),
            ("recall", "X"),
        ],
        "results": [
            ("MAE of 47.9", "MAE", 47.9, None, "ShanghaiTech Part A", "Hqelmor"),
            ("MSE of 76.5", "MSE", 76.5, None, "ShanghaiTech Part A", "Hqelmor"),
            ("49.3", "MAE", 49.3, None, "ShanghaiTech Part A", "PET"),
            ("78.8", "MSE", 78.8, None, "ShanghaiTech Part A", "PET"),
            ("52.7", "MAE", 52.7, None, "ShanghaiTech Part A", "P2PNet"),
            ("85.1", "MSE", 85.1, None, "ShanghaiTech Part A", "P2PNet"),
            ("MAEs of 76.8", "MAE", 76.8, None, "UCF-QNRF", "Hqelmor"),
            ("55.1", "MAE", 55.1, None, "JHU-CROWD++", "Hqelmor"),
            ("70.2", "MAE", 70.2, None, "NWPU-Crowd", "Hqelmor"),
            ("F1-measure from 0.712", "F1-measure", 0.712, None, "NWPU-Crowd", "P2PNet"),
            ("0.781", "F1-measure", 0.781, None, "NWPU-Crowd", "Hqelmor"),
            ("precision of 0.803", "precision", 0.803, None, "NWPU-Crowd", "Hqelmor"),
            ("recall of 0.760", "recall", 0.76, None, "NWPU-Crowd", "Hqelmor"),
            ("Inference takes 38 ms", "inference time", 38, "ms", None, None),
        ],
    },
    {
        "field": "crowd-counting",
        "title": "Hqostra: Self-Mined Exemplars Close the Gap Between Text-Guided and Exemplar-Based Class-Agnostic "
                 "Counting",
        "text": (
            "Class-agnostic counting (CAC) estimates the number of instances of an arbitrary category in an image "
            "given a few exemplar boxes or, in the zero-shot setting, only a class name. Exemplar-based counters "
            "such as CounTR, LOCA and DAVE match exemplar features against the image, while text-guided models such "
            "as CLIP-Count and CounTX replace the exemplars with a CLIP text embedding and usually trail them by a "
            "wide margin. We propose Hqostra, which narrows this gap by mining its own exemplars: a text-conditioned "
            "density head proposes candidate objects, the most confident ones are cropped as pseudo-exemplars, and "
            "a prototype matching stage on a frozen DINOv2 encoder re-counts the image with them. On the FSC-147 "
            "test set with three exemplars, Hqostra obtains an MAE of 8.12 and an RMSE of 31.84, compared with "
            "8.66/32.36 for DAVE and 10.79/56.97 for LOCA. In the zero-shot setting, Hqostra reaches an MAE of 12.7 "
            "on the FSC-147 test set, a 29% reduction relative to CLIP-Count (17.78) and 2.2 below the "
            "prompt-based variant of DAVE. Without retraining, Hqostra transfers to car counting on CARPK with an "
            "MAE of 4.31. The self-mining loop runs twice per image and adds 21 ms to inference on an A100, which "
            "we consider acceptable for offline counting but not yet for video."
        ),
        "spans": [
            ("Hqostra", "M"), ("Class-Agnostic Counting", "T"), ("Class-agnostic counting", "T"), ("CAC", "T"),
            ("CounTR", "M"), ("LOCA", "M"), ("DAVE", "M"), ("CLIP-Count", "M"), ("CounTX", "M"), ("CLIP", "M"),
            ("DINOv2", "M"), ("FSC-147", "D"), ("MAE", "X"), ("RMSE", "X"), ("car counting", "T"), ("CARPK", "D"),
        ],
        "results": [
            ("MAE of 8.12", "MAE", 8.12, None, "FSC-147", "Hqostra"),
            ("RMSE of 31.84", "RMSE", 31.84, None, "FSC-147", "Hqostra"),
            ("8.66", "MAE", 8.66, None, "FSC-147", "DAVE"),
            ("32.36", "RMSE", 32.36, None, "FSC-147", "DAVE"),
            ("10.79", "MAE", 10.79, None, "FSC-147", "LOCA"),
            ("56.97", "RMSE", 56.97, None, "FSC-147", "LOCA"),
            ("MAE of 12.7", "MAE", 12.7, None, "FSC-147", "Hqostra"),
            ("29% reduction", "MAE reduction", 29, "%", "FSC-147", "Hqostra"),
            ("17.78", "MAE", 17.78, None, "FSC-147", "CLIP-Count"),
            ("2.2 below", "MAE", 2.2, None, "FSC-147", "Hqostra"),
            ("MAE of 4.31", "MAE", 4.31, None, "CARPK", "Hqostra"),
            ("adds 21 ms to inference", "inference time", 21, "ms", None, None),
        ],
    },
    {
        "field": "crowd-counting",
        "title": "Hqivane: Ranking-Consistent Pseudo Density Maps for Semi-Supervised Crowd Counting",
        "text": (
            "Annotating every head in a dense crowd image takes minutes to hours, which makes semi-supervised crowd "
            "counting, where only a small fraction of images carries point labels, an attractive setting. Mean "
            "Teacher-style approaches generate pseudo density maps on unlabeled images, but pixel-level pseudo "
            "labels are unreliable in congested regions, and prior work such as MTCP and DACount filters them with "
            "heuristic confidence thresholds. We propose Hqivane, which instead supervises the student with what "
            "the teacher gets right most often: the ordering of counts between nested crops of the same image. A "
            "differentiable ranking loss on these crops is combined with a partition-level uncertainty estimate "
            "that decides where pixel-level pseudo labels can be trusted. Hqivane uses a VGG-19 backbone and adds "
            "no cost at inference. With only 5% of the labeled images, Hqivane reduces the MAE on ShanghaiTech Part "
            "A to 68.1, on UCF-QNRF to 123.4 and on JHU-CROWD++ to 80.9, and with 10% of the labels it comes within "
            "4 MAE of the fully supervised DM-Count. Hqivane consistently outperforms DACount by 3.1\u20139.4 MAE "
            "across labeling ratios from 5% to 40%. The ranking signal is also complementary to existing "
            "confidence filters, and adding it to them gives further gains."
        ),
        "spans": [
            ("Hqivane", "M"), ("Semi-Supervised Crowd Counting", "T"), ("semi-supervised crowd counting", "T"),
            ("Mean Teacher", "M"), ("MTCP", "M"), ("DACount", "M"), ("VGG-19", "M"), ("MAE", "X"),
            ("ShanghaiTech Part A", "D"), ("UCF-QNRF", "D"), ("JHU-CROWD++", "D", {"punct": True}),
            ("DM-Count", "M"),
        ],
        "results": [
            ("MAE on ShanghaiTech Part A to 68.1", "MAE", 68.1, None, "ShanghaiTech Part A", "Hqivane"),
            ("123.4", "MAE", 123.4, None, "UCF-QNRF", "Hqivane"),
            ("80.9", "MAE", 80.9, None, "JHU-CROWD++", "Hqivane"),
            ("within 4 MAE", "MAE", 4, None, None, "Hqivane"),
            ("3.1\u20139.4 MAE", "MAE", 9.4, None, None, "Hqivane", {"low": 3.1}),
        ],
    },
    {
        "field": "crowd-counting",
        "title": "Hqendle: Illumination-Gated Mamba Fusion for RGB-Thermal Crowd Counting",
        "text": (
            "RGB-thermal crowd counting combines visible images, which are informative in daylight, with "
            "thermal images, which stay reliable at night. Fusion networks such as IADM, TAFNet and DEFNet combine "
            "the two streams with convolutional or attention blocks whose receptive field is local, and they weight "
            "the modalities identically whatever the lighting. We present Hqendle, which fuses RGB and thermal "
            "tokens with bidirectional Mamba blocks that scan the two modalities in an interleaved order, giving "
            "global context at linear cost, and gates each modality by an illumination score predicted from the RGB "
            "image. On the RGBT-CC benchmark, Hqendle achieves an MAE of 10.86 and an RMSE of 18.02, improving on "
            "DEFNet (11.90 and 19.76) by 1.04 and 1.74, respectively. The gain is concentrated in the dark scenes of "
            "RGBT-CC, where the MAE falls by 17% relative to DEFNet. On DroneRGBT, Hqendle reaches an MAE of 6.41 "
            "and an RMSE of 10.32, compared with 7.27 and 11.86 for CSCA. Hqendle needs 31.4 GFLOPs per 640\u00d7480 "
            "image pair, 38% fewer than DEFNet, and runs with a latency of 21 ms on an RTX 3090. When the thermal "
            "stream is dropped at test time, the illumination gate lets Hqendle degrade gracefully instead of "
            "failing, a property that matters for deployments with unreliable sensors."
        ),
        "spans": [
            ("Hqendle", "M"), ("Mamba", "M"), ("RGB-Thermal Crowd Counting", "T"), ("RGB-thermal crowd counting", "T"),
            ("IADM", "M"), ("TAFNet", "M"), ("DEFNet", "M"), ("RGBT-CC", "D"), ("MAE", "X"), ("RMSE", "X"),
            ("DroneRGBT", "D"), ("CSCA", "M"), ("GFLOPs", "X"), ("latency", "X"),
        ],
        "results": [
            ("MAE of 10.86", "MAE", 10.86, None, "RGBT-CC", "Hqendle"),
            ("RMSE of 18.02", "RMSE", 18.02, None, "RGBT-CC", "Hqendle"),
            ("11.90", "MAE", 11.9, None, "RGBT-CC", "DEFNet"),
            ("19.76", "RMSE", 19.76, None, "RGBT-CC", "DEFNet"),
            ("1.04", "MAE", 1.04, None, "RGBT-CC", "Hqendle"),
            ("1.74", "RMSE", 1.74, None, "RGBT-CC", "Hqendle"),
            ("MAE falls by 17%", "MAE", 17, "%", "RGBT-CC", None),
            ("MAE of 6.41", "MAE", 6.41, None, "DroneRGBT", "Hqendle"),
            ("RMSE of 10.32", "RMSE", 10.32, None, "DroneRGBT", "Hqendle"),
            ("7.27", "MAE", 7.27, None, "DroneRGBT", "CSCA"),
            ("11.86", "RMSE", 11.86, None, "DroneRGBT", "CSCA"),
            ("31.4 GFLOPs", "FLOPs", 31.4, "G", None, "Hqendle"),
            ("38% fewer", "FLOPs reduction", 38, "%", None, "Hqendle"),
            ("latency of 21 ms", "latency", 21, "ms", None, "Hqendle"),
        ],
    },
    {
        "field": "crowd-counting",
        "title": "Hqumora: Keyframe-Recurrent Density Estimation for Onboard Crowd Counting from Drone Video",
        "text": (
            "Counting people from drone video requires density estimation that is accurate under rapidly changing "
            "altitude and viewing angle, and fast enough to run on the onboard computer. Image-level counters such "
            "as CSRNet and DM-Count ignore temporal redundancy, while video counters such as STNNet process every "
            "frame at full cost. We propose Hqumora, a recurrent counter that propagates a compact density memory "
            "with deformable feature alignment and runs its heavy encoder only on keyframes selected by a learned "
            "gating module. Between keyframes, a small update network refines the warped density map. On "
            "DroneCrowd, Hqumora lowers the MAE from 15.8 for STNNet to 12.6, and on the FDST dataset it achieves an "
            "MAE of 1.38 and an MSE of 1.79. On the static Mall benchmark, Hqumora matches the best reported MAE of "
            "1.52. Running on an NVIDIA Jetson AGX Orin at 1920\u00d71080, Hqumora processes 37.5 frames per second "
            "(fps), 3.2\u00d7 faster than per-frame inference with the same encoder, with a peak memory of 1.1 GB. "
            "Energy consumption per frame drops from 0.84 J to 0.27 J. Keyframes are selected more often during fast "
            "camera motion, when the warped density map is least reliable. These properties make onboard counting practical "
            "for event monitoring without a ground station."
        ),
        "spans": [
            ("Hqumora", "M"), ("Density Estimation", "T"), ("Crowd Counting", "T"), ("density estimation", "T"),
            ("CSRNet", "M"), ("DM-Count", "M"), ("STNNet", "M"), ("DroneCrowd", "D"), ("MAE", "X"), ("FDST", "D"),
            ("MSE", "X"), ("Mall", "D"), ("frames per second", "X"), ("fps", "X"), ("peak memory", "X"),
            ("Energy consumption", "X"),
        ],
        "results": [
            ("MAE from 15.8", "MAE", 15.8, None, "DroneCrowd", "STNNet"),
            ("12.6", "MAE", 12.6, None, "DroneCrowd", "Hqumora"),
            ("MAE of 1.38", "MAE", 1.38, None, "FDST", "Hqumora"),
            ("MSE of 1.79", "MSE", 1.79, None, "FDST", "Hqumora"),
            ("MAE of 1.52", "MAE", 1.52, None, "Mall", "Hqumora"),
            ("37.5 frames per second", "throughput", 37.5, "fps", None, "Hqumora"),
            ("3.2\u00d7 faster", "speed-up", 3.2, "\u00d7", None, "Hqumora"),
            ("peak memory of 1.1 GB", "peak memory", 1.1, "GB", None, "Hqumora"),
            ("Energy consumption per frame drops from 0.84 J to 0.27 J", "energy consumption", 0.27, "J", None,
             None),
        ],
    },
    {
        "field": "crowd-counting",
        "title": "Hqaskel: A Benchmark and a Baseline for Crowd Counting under Adverse Weather",
        "text": (
            "Crowd counting models are trained and evaluated almost exclusively on clear-weather images, as in "
            "ShanghaiTech, UCF-QNRF and NWPU-Crowd, yet surveillance cameras must also count through rain, snow, fog "
            "and low light. The weather labels of JHU-CROWD++ cover only a few thousand images and no low-light "
            "scenes. We introduce Hqaskel, a benchmark of 6,180 images with 1.07 million head annotations captured "
            "in 14 cities under four adverse conditions, with a test split further divided by visibility level. We "
            "evaluate eleven representative counters, including CSRNet, Bayesian Loss, DM-Count, P2PNet, CLTR and "
            "STEERER, each trained on clear-weather data and, separately, on Hqaskel. The clear-weather models "
            "degrade severely on the Hqaskel test set, with MAE rising by 58% on average and by up to 2.4\u00d7 in "
            "dense fog. Even after training on Hqaskel, the strongest model, STEERER, reaches an MAE of 97.4 on its "
            "fog subset, against 58.2 on the rain subset, and point-based localizers lose far more than density "
            "regressors at low visibility. We also propose Hqeldun, a simple baseline that adds weather-conditioned "
            "normalization layers to DM-Count; it lowers the MAE on Hqaskel from 112.6 for the original DM-Count to "
            "94.8 at no extra inference cost and improves MAE on the rain subset of JHU-CROWD++ by 7.9. Data, "
            "annotations and an evaluation server are publicly available."
        ),
        "spans": [
            ("Hqaskel", "D"), ("Crowd Counting", "T"), ("Crowd counting", "T"), ("ShanghaiTech", "D"),
            ("UCF-QNRF", "D"), ("NWPU-Crowd", "D"), ("JHU-CROWD++", "D", {"punct": True}), ("CSRNet", "M"),
            ("Bayesian Loss", "M"), ("DM-Count", "M"), ("P2PNet", "M"), ("CLTR", "M"), ("STEERER", "M"),
            ("MAE", "X"), ("Hqeldun", "M"),
        ],
        "results": [
            ("MAE rising by 58%", "MAE", 58, "%", "Hqaskel", None),
            ("up to 2.4\u00d7", "MAE", 2.4, "\u00d7", "Hqaskel", None),
            ("MAE of 97.4", "MAE", 97.4, None, "Hqaskel", "STEERER"),
            ("58.2", "MAE", 58.2, None, "Hqaskel", "STEERER"),
            ("MAE on Hqaskel from 112.6", "MAE", 112.6, None, "Hqaskel", "DM-Count"),
            ("94.8", "MAE", 94.8, None, "Hqaskel", "Hqeldun"),
            ("improves MAE on the rain subset of JHU-CROWD++ by 7.9", "MAE", 7.9, None, "JHU-CROWD++", "Hqeldun"),
        ],
    },
]
