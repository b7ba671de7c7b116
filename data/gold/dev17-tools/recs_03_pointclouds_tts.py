"""dev17 records: point-clouds (6) and tts (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Zorvane", "Zintrel", "Zelkhar", "Zarquill", "Zobrinth",
          "Zumvelle", "Zirafon", "ZinnaFlow", "Zovrent", "ZuvaroBench", "Zemtali"]

RECS = [
    # ------------------------------------------------------------ point-clouds
    {
        "field": "point-clouds",
        "title": "Zorvane: Multi-Curve Serialization with State Space Models for Point Cloud Classification",
        "text": (
            "Transformers dominate point cloud analysis, but their quadratic attention limits the number of points "
            "they can process, and recent state space models (SSMs) such as PointMamba depend on a single "
            "space-filling-curve ordering that breaks local neighbourhoods. We present Zorvane, a point cloud "
            "backbone that serializes patches along three Hilbert and Z-order curves and scans each with a "
            "bidirectional Mamba block, fusing the scans through a lightweight gating layer. Zorvane is pre-trained "
            "with masked autoencoding on ShapeNet, following Point-MAE, and fine-tuned for shape classification and "
            "part segmentation. On ScanObjectNN PB_T50_RS, its hardest variant, Zorvane attains an overall accuracy "
            "(OA) of 90.4%, compared with 85.2% for Point-MAE and 88.3% for PointMamba; on the OBJ_BG and OBJ_ONLY "
            "variants it reaches 95.1% and 93.6% OA, respectively. Zorvane also reaches 94.2% OA on ModelNet40 with "
            "1,024 input points. For part segmentation on ShapeNetPart, instance mIoU is 86.5 and class mIoU 84.9. "
            "In the 10-way 10-shot setting of few-shot classification on ModelNet40, Zorvane has an accuracy of "
            "97.8 \u00b1 1.9%. The backbone has 12.1M parameters and requires 3.6 GFLOPs per sample, 2.1\u00d7 "
            "fewer than Point-BERT, and inference memory is reduced by 41% relative to a Transformer of equal depth "
            "at 8k input points. We release code and pre-trained weights."
        ),
        "spans": [
            ("Zorvane", "M"), ("Point Cloud Classification", "T"), ("Transformers", "M"), ("Transformer", "M"),
            ("State Space Models", "M"), ("state space models", "M"), ("SSMs", "M"), ("PointMamba", "M"), ("Mamba", "M"),
            ("masked autoencoding", "M"), ("ShapeNet", "D"), ("Point-MAE", "M"), ("shape classification", "T"),
            ("part segmentation", "T"), ("ScanObjectNN PB_T50_RS", "D"), ("overall accuracy", "X"), ("OA", "X"),
            ("OBJ_BG", "D"), ("OBJ_ONLY", "D"), ("ModelNet40", "D"), ("ShapeNetPart", "D"),
            ("instance mIoU", "X"), ("class mIoU", "X"), ("few-shot classification", "T"), ("accuracy", "X"),
            ("GFLOPs", "X"), ("Point-BERT", "M"), ("inference memory", "X"),
        ],
        "results": [
            ("overall accuracy (OA) of 90.4%", "overall accuracy", 90.4, "%", "ScanObjectNN PB_T50_RS", "Zorvane"),
            ("85.2%", "overall accuracy", 85.2, "%", "ScanObjectNN PB_T50_RS", "Point-MAE"),
            ("88.3%", "overall accuracy", 88.3, "%", "ScanObjectNN PB_T50_RS", "PointMamba"),
            ("95.1%", "overall accuracy", 95.1, "%", "OBJ_BG", "Zorvane"),
            ("93.6% OA", "overall accuracy", 93.6, "%", "OBJ_ONLY", "Zorvane"),
            ("94.2% OA", "overall accuracy", 94.2, "%", "ModelNet40", "Zorvane"),
            ("instance mIoU is 86.5", "instance mIoU", 86.5, None, "ShapeNetPart", None),
            ("class mIoU 84.9", "class mIoU", 84.9, None, "ShapeNetPart", None),
            ("accuracy of 97.8 \u00b1 1.9%", "accuracy", 97.8, "%", "ModelNet40", "Zorvane"),
            ("3.6 GFLOPs", "FLOPs", 3.6, "GFLOPs", None, None),
            ("2.1\u00d7 fewer than Point-BERT", "FLOPs reduction", 2.1, "\u00d7", None, None),
            ("inference memory is reduced by 41%", "inference memory reduction", 41, "%", None, None),
        ],
    },
    {
        "field": "point-clouds",
        "title": "Zintrel: Geodesic Neighbourhoods for Grid-Free, Large-Scale 3D Semantic Segmentation",
        "text": (
            "Point Transformer V3 (PTv3) showed that serialized neighbourhoods let Transformers scale to outdoor "
            "scenes, yet its fixed patch grouping splits thin structures such as poles and table legs across "
            "patches. We introduce Zintrel, a backbone that builds neighbourhoods by geodesic kNN search on a voxel "
            "graph and computes attention within them using a fused kernel, avoiding both grid partitioning and "
            "sparse convolution. Dataset-specific normalization layers let a single Zintrel model serve indoor and "
            "outdoor scenes. On S3DIS, Zintrel obtains 74.9 mIoU on Area 5 and 80.6 mIoU in the 6-fold setting, "
            "surpassing PTv3 (73.4 and 77.7). On ScanNet v2 and ScanNet200, it achieves mIoU/mAcc of 78.8/85.1 and "
            "36.9/46.0. Outdoors, mIoU on the SemanticKITTI test set rises 72.5 \u2192 74.1, and on the nuScenes "
            "validation set mIoU reaches 82.3. Zintrel is particularly strong on thin classes: pole IoU on "
            "SemanticKITTI improves by 4.6 points. Compared with MinkUNet, the sparse convolutional baseline most "
            "often used in LiDAR segmentation, Zintrel's inference latency is 1.3\u00d7 higher, but it needs 27% "
            "less GPU memory during training. Averaged over the five benchmarks, the jointly trained model stays "
            "within 0.4 mIoU of models trained on each dataset separately, which suggests that one backbone can "
            "replace the per-dataset models that current LiDAR and RGB-D pipelines maintain."
        ),
        "spans": [
            ("Zintrel", "M"), ("3D Semantic Segmentation", "T"), ("Point Transformer V3", "M"), ("PTv3", "M"),
            ("Transformers", "M"), ("kNN", "M"), ("sparse convolution", "M"), ("S3DIS", "D"), ("mIoU", "X"),
            ("ScanNet v2", "D"), ("ScanNet200", "D"), ("mAcc", "X"), ("SemanticKITTI", "D"), ("nuScenes", "D"),
            ("IoU", "X"), ("MinkUNet", "M"), ("LiDAR segmentation", "T"), ("inference latency", "X"),
            ("GPU memory", "X"),
        ],
        "results": [
            ("74.9 mIoU", "mIoU", 74.9, None, "S3DIS", "Zintrel"),
            ("80.6 mIoU", "mIoU", 80.6, None, "S3DIS", "Zintrel"),
            ("73.4", "mIoU", 73.4, None, "S3DIS", "Point Transformer V3"),
            ("77.7", "mIoU", 77.7, None, "S3DIS", "Point Transformer V3"),
            ("mIoU/mAcc of 78.8", "mIoU", 78.8, None, "ScanNet v2", None),
            ("85.1", "mAcc", 85.1, None, "ScanNet v2", None),
            ("36.9", "mIoU", 36.9, None, "ScanNet200", None),
            ("46.0", "mAcc", 46.0, None, "ScanNet200", None),
            ("mIoU on the SemanticKITTI test set rises 72.5 \u2192 74.1", "mIoU", 74.1, None, "SemanticKITTI", None),
            ("mIoU reaches 82.3", "mIoU", 82.3, None, "nuScenes", None),
            ("pole IoU on SemanticKITTI improves by 4.6 points", "IoU", 4.6, "points", "SemanticKITTI", "Zintrel"),
            ("inference latency is 1.3\u00d7 higher", "inference latency", 1.3, "\u00d7", None, "Zintrel"),
            ("27% less GPU memory", "GPU memory reduction", 27, "%", None, "Zintrel"),
            ("within 0.4 mIoU", "mIoU", 0.4, None, None, None),
        ],
    },
    {
        "field": "point-clouds",
        "title": "Learning Where Scans Overlap: Robust Point Cloud Registration under Low Overlap",
        "text": (
            "Point cloud registration estimates the rigid transformation between two partially overlapping scans. "
            "Learned matchers such as GeoTransformer and RoITr perform well when the overlap exceeds 30%, but "
            "registration recall (RR) degrades sharply on low-overlap pairs, where most putative correspondences "
            "are outliers. We present Zelkhar, which predicts a per-point overlap score by exchanging superpoint "
            "features between the two scans, restricts coarse matching to high-overlap regions, and replaces RANSAC "
            "with a differentiable weighted SVD solver initialised from local pose hypotheses. On 3DMatch, Zelkhar "
            "achieves 93.1% RR with a feature matching recall (FMR) of 98.4%; on the harder 3DLoMatch split, RR "
            "improves from 75.0% for GeoTransformer to 80.7%, and the inlier ratio (IR) nearly doubles (46.9% vs. "
            "25.3% for GeoTransformer). On KITTI odometry, Zelkhar attains an RR of 99.8%, with relative rotation "
            "error (RRE) and relative translation error (RTE) of 0.21\u00b0 and 5.8 cm, respectively. Because no "
            "RANSAC iterations are needed, registering a pair takes 61 ms, 6.5\u00d7 faster than GeoTransformer "
            "with 50k RANSAC iterations. Zelkhar also generalises to ETH without retraining, reaching 94.6% RR "
            "where GeoTransformer reaches 81.2%. These results indicate that explicit overlap reasoning, rather "
            "than stronger descriptors, is the main missing ingredient for registering sparse, low-overlap scans."
        ),
        "spans": [
            ("Point Cloud Registration", "T"), ("Point cloud registration", "T"), ("GeoTransformer", "M"),
            ("RoITr", "M"), ("registration recall", "X"), ("RR", "X"), ("Zelkhar", "M"), ("RANSAC", "M"),
            ("weighted SVD", "M"), ("3DMatch", "D"), ("feature matching recall", "X"), ("FMR", "X"),
            ("3DLoMatch", "D"), ("inlier ratio", "X"), ("IR", "X"), ("KITTI odometry", "D"),
            ("relative rotation error", "X"), ("RRE", "X"), ("relative translation error", "X"), ("RTE", "X"),
            ("ETH", "D"),
        ],
        "results": [
            ("93.1% RR", "registration recall", 93.1, "%", "3DMatch", "Zelkhar"),
            ("feature matching recall (FMR) of 98.4%", "feature matching recall", 98.4, "%", "3DMatch", "Zelkhar"),
            ("RR improves from 75.0%", "registration recall", 75.0, "%", "3DLoMatch", "GeoTransformer"),
            ("to 80.7%", "registration recall", 80.7, "%", "3DLoMatch", "Zelkhar"),
            ("46.9%", "inlier ratio", 46.9, "%", "3DLoMatch", "Zelkhar"),
            ("25.3%", "inlier ratio", 25.3, "%", "3DLoMatch", "GeoTransformer"),
            ("RR of 99.8%", "registration recall", 99.8, "%", "KITTI odometry", "Zelkhar"),
            ("0.21", "relative rotation error", 0.21, "\u00b0", "KITTI odometry", "Zelkhar"),
            ("5.8 cm", "relative translation error", 5.8, "cm", "KITTI odometry", "Zelkhar"),
            ("registering a pair takes 61 ms", "registration time", 61, "ms", None, None),
            ("6.5\u00d7 faster than GeoTransformer", "speed-up", 6.5, "\u00d7", None, None),
            ("94.6% RR", "registration recall", 94.6, "%", "ETH", "Zelkhar"),
            ("81.2%", "registration recall", 81.2, "%", "ETH", "GeoTransformer"),
        ],
    },
    {
        "field": "point-clouds",
        "title": "Zarquill: Propagating Object Queries Across LiDAR Sweeps for 3D Object Detection",
        "text": (
            "Fusing several consecutive sweeps is a cheap way to densify LiDAR point clouds for 3D object "
            "detection, but concatenating sweeps blurs moving objects and multiplies the cost of the voxel backbone. "
            "Zarquill instead carries a compact set of object queries across frames: each query stores a box "
            "hypothesis and a motion embedding, is propagated with a learned velocity model, and attends only to "
            "the current sweep through a sparse voxel encoder derived from VoxelNeXt. On the Waymo Open Dataset "
            "validation set, Zarquill reaches an L2 mAPH of 81.4 with four frames, 2.7 above CenterPoint with the "
            "same number of frames and 1.1 above MPPNet, which uses 16 frames. Per-class L2 mAPH for vehicles, "
            "pedestrians and cyclists is 78.9, 80.2 and 85.1, respectively. On the nuScenes test set Zarquill "
            "obtains 71.8 mAP and 74.6 NDS (nuScenes detection score), without test-time augmentation or model "
            "ensembling. The design is also fast: end-to-end latency on an A100 is 58 ms, compared with 132 ms for "
            "MPPNet, and Zarquill processes ten sweeps at 14.2 FPS. On KITTI, where only single frames are "
            "available, Zarquill reaches 83.9 3D AP on moderate cars, on par with PV-RCNN. Ablations show that the "
            "motion embedding contributes most of the gain on fast-moving objects, whose mAPH rises by 5.3 points."
        ),
        "spans": [
            ("Zarquill", "M"), ("3D Object Detection", "T"), ("3D object detection", "T"), ("VoxelNeXt", "M"),
            ("Waymo Open Dataset", "D"), ("L2 mAPH", "X"), ("mAPH", "X"), ("CenterPoint", "M"), ("MPPNet", "M"),
            ("nuScenes", "D"), ("mAP", "X"), ("NDS", "X"), ("nuScenes detection score", "X"),
            ("test-time augmentation", "M"), ("model ensembling", "M"), ("end-to-end latency", "X"),
            ("FPS", "X"), ("KITTI", "D"), ("3D AP", "X"), ("PV-RCNN", "M"),
        ],
        "results": [
            ("L2 mAPH of 81.4", "L2 mAPH", 81.4, None, "Waymo Open Dataset", "Zarquill"),
            ("2.7 above CenterPoint", "L2 mAPH", 2.7, None, "Waymo Open Dataset", "Zarquill"),
            ("1.1 above MPPNet", "L2 mAPH", 1.1, None, "Waymo Open Dataset", "Zarquill"),
            ("78.9", "L2 mAPH", 78.9, None, None, None),
            ("80.2", "L2 mAPH", 80.2, None, None, None),
            ("85.1", "L2 mAPH", 85.1, None, None, None),
            ("71.8 mAP", "mAP", 71.8, None, "nuScenes", "Zarquill"),
            ("74.6 NDS", "nuScenes detection score", 74.6, None, "nuScenes", "Zarquill"),
            ("end-to-end latency on an A100 is 58 ms", "end-to-end latency", 58, "ms", None, "Zarquill"),
            ("132 ms", "end-to-end latency", 132, "ms", None, "MPPNet"),
            ("14.2 FPS", "FPS", 14.2, "FPS", None, "Zarquill"),
            ("83.9 3D AP", "3D AP", 83.9, None, "KITTI", "Zarquill"),
            ("mAPH rises by 5.3 points", "mAPH", 5.3, "points", None, None),
        ],
    },
    {
        "field": "point-clouds",
        "title": "Zobrinth: Open-Vocabulary 3D Instance Segmentation without 3D Mask Supervision",
        "text": (
            "Open-vocabulary 3D instance segmentation aims to segment and name every object in a scene from "
            "free-form text queries, including categories that were never annotated in 3D. Existing pipelines such "
            "as OpenMask3D rely on a class-agnostic mask proposal network trained on ScanNet200 labels, which ties "
            "them to the indoor categories of that dataset and makes them brittle on scenes captured differently. "
            "We present Zobrinth, which requires no 3D mask supervision at all. Zobrinth runs the Segment Anything "
            "Model (SAM) on posed RGB-D frames, lifts the resulting 2D masks onto the reconstructed point cloud, and "
            "merges them with a graph clustering step whose edge weights combine geometric overlap with the "
            "agreement of CLIP features across views. Each merged instance is then described by aggregating CLIP "
            "embeddings from the frames in which it is most visible, so that arbitrary text prompts can be matched "
            "at inference time. Because every stage is training-free, Zobrinth transfers to new scenes without "
            "adaptation or fine-tuning. On ScanNet200, Zobrinth reaches an AP of 26.1 across all 200 classes, and "
            "it outperforms OpenMask3D on the tail categories by 4.2 AP. We further analyse failure cases on thin "
            "and transparent objects, where depth noise causes masks to fragment, and show qualitative results on "
            "Replica and on scenes captured with a consumer phone."
        ),
        "spans": [
            ("Zobrinth", "M"), ("Open-Vocabulary 3D Instance Segmentation", "T"),
            ("Open-vocabulary 3D instance segmentation", "T"), ("OpenMask3D", "M"), ("ScanNet200", "D"),
            ("Segment Anything Model", "M"), ("SAM", "M"), ("graph clustering", "M"), ("CLIP", "M"),
            ("AP", "X"), ("Replica", "D"),
        ],
        "results": [
            ("AP of 26.1", "AP", 26.1, None, "ScanNet200", "Zobrinth"),
            ("by 4.2 AP", "AP", 4.2, None, "ScanNet200", "Zobrinth"),
        ],
    },
    {
        "field": "point-clouds",
        "title": "Do Point Cloud Backbones Really Need Attention? A Controlled Study of Local Aggregation Operators",
        "text": (
            "Since PointNet++ introduced hierarchical grouping of local neighbourhoods, point cloud backbones have "
            "alternated between convolutional operators such as KPConv, graph-based operators such as DGCNN's "
            "EdgeConv, and attention-based ones such as Point Transformer. Reported gains between these families "
            "are hard to interpret, because each paper also changes the training recipe, data augmentation and "
            "input resolution. We re-implement eight local aggregation operators in a shared codebase and train "
            "every variant with an identical recipe adapted from PointNeXt, controlling for parameter count, "
            "receptive field and number of neighbours. We evaluate on shape classification on ScanObjectNN, part "
            "segmentation on ShapeNetPart and semantic segmentation on S3DIS, reporting overall accuracy, instance "
            "mIoU and mIoU averaged over multiple seeds. Three findings emerge. First, under a matched recipe the "
            "spread between operators shrinks to within seed variance on classification, and most previously "
            "reported gaps are explained by data augmentation and longer schedules. Second, relative position "
            "encoding, rather than attention itself, accounts for the remaining differences on segmentation: adding "
            "it to a simple max-pooling operator recovers nearly all of the benefit of vector attention. Third, "
            "operator rankings on ScanObjectNN do not transfer to S3DIS, which cautions against selecting "
            "architectures on a single benchmark. We release the codebase and all trained checkpoints, and "
            "recommend that future work report results under this controlled protocol."
        ),
        "spans": [
            ("PointNet++", "M", {"punct": True}), ("KPConv", "M"), ("DGCNN", "M"), ("EdgeConv", "M"),
            ("Point Transformer", "M"), ("data augmentation", "M"), ("PointNeXt", "M"),
            ("shape classification", "T"), ("ScanObjectNN", "D"), ("part segmentation", "T"),
            ("ShapeNetPart", "D"), ("semantic segmentation", "T"), ("S3DIS", "D"), ("overall accuracy", "X"),
            ("instance mIoU", "X"), ("mIoU", "X"), ("classification", "T"), ("segmentation", "T"),
            ("relative position encoding", "M"), ("max-pooling", "M"), ("vector attention", "M"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ tts
    {
        "field": "tts",
        "title": "Zumvelle: Robust Zero-Shot Text-to-Speech with Chunk-Interleaved Codec Language Models",
        "text": (
            "Codec language models such as VALL-E generate speech as a sequence of discrete neural codec tokens, "
            "which makes zero-shot text-to-speech (TTS) from a three-second prompt possible, but decoding them one "
            "token at a time is prone to skipped or repeated words and is slow for long utterances. We introduce "
            "Zumvelle, a decoder-only Transformer that interleaves text and speech tokens in fixed-size chunks, so "
            "that each chunk of speech is predicted right after the text it realises, and that emits the first "
            "residual vector quantization (RVQ) layer token by token while a parallel head predicts the remaining "
            "seven layers. Zumvelle is trained on 50k hours of English speech from Libriheavy. On LibriSpeech "
            "test-clean in the cross-sentence setting, Zumvelle achieves a WER of 1.9% and a speaker similarity "
            "(SIM) of 0.64, against 5.9%/0.50 for VALL-E and 2.4%/0.58 for VALL-E 2; WER is computed on "
            "transcripts from HuBERT-Large and SIM with WavLM-TDNN. Listeners rate Zumvelle at a MOS of 4.21 "
            "\u00b1 0.07 (95% confidence interval), close to the ground-truth recordings (4.30 \u00b1 0.06), and "
            "Zumvelle obtains a CMOS of +0.12 against NaturalSpeech 3 and an SMOS of 4.05. Interleaving cuts the "
            "hallucination rate from 3.8% to 0.6% on a hard set of 200 tongue-twister sentences, and the real-time "
            "factor (RTF) is 0.31 on one A100, 2.3\u00d7 faster than VALL-E."
        ),
        "spans": [
            ("Zumvelle", "M"), ("Zero-Shot Text-to-Speech", "T"), ("zero-shot text-to-speech", "T"), ("TTS", "T"),
            ("Codec Language Models", "M"), ("Codec language models", "M"), ("VALL-E", "M"), ("VALL-E 2", "M"),
            ("Transformer", "M"), ("residual vector quantization", "M"), ("RVQ", "M"), ("Libriheavy", "D"),
            ("LibriSpeech test-clean", "D"), ("WER", "X"), ("speaker similarity", "X"), ("SIM", "X"),
            ("HuBERT-Large", "M"), ("WavLM-TDNN", "M"), ("MOS", "X"), ("CMOS", "X"), ("NaturalSpeech 3", "M"),
            ("SMOS", "X"), ("hallucination rate", "X"), ("real-time factor", "X"), ("RTF", "X"),
        ],
        "results": [
            ("WER of 1.9%", "WER", 1.9, "%", "LibriSpeech test-clean", "Zumvelle"),
            ("speaker similarity (SIM) of 0.64", "speaker similarity", 0.64, None, "LibriSpeech test-clean",
             "Zumvelle"),
            ("5.9%", "WER", 5.9, "%", "LibriSpeech test-clean", "VALL-E"),
            ("0.50", "speaker similarity", 0.50, None, "LibriSpeech test-clean", "VALL-E"),
            ("2.4%", "WER", 2.4, "%", "LibriSpeech test-clean", "VALL-E 2"),
            ("0.58", "speaker similarity", 0.58, None, "LibriSpeech test-clean", "VALL-E 2"),
            ("MOS of 4.21", "MOS", 4.21, None, None, "Zumvelle"),
            ("4.30", "MOS", 4.30, None, None, None),
            ("CMOS of +0.12", "CMOS", 0.12, None, None, "Zumvelle"),
            ("SMOS of 4.05", "SMOS", 4.05, None, None, "Zumvelle"),
            ("hallucination rate from 3.8% to 0.6%", "hallucination rate", 0.6, "%", None, None),
            ("real-time factor (RTF) is 0.31", "real-time factor", 0.31, None, None, None),
            ("2.3\u00d7 faster than VALL-E", "speed-up", 2.3, "\u00d7", None, None),
        ],
    },
    {
        "field": "tts",
        "title": "Zirafon: Fast and Robust Neural Vocoding with a Differentiable Harmonic-Plus-Noise Model",
        "text": (
            "Neural vocoders convert mel-spectrograms into waveforms and are shared by nearly every text-to-speech "
            "(TTS) system, yet GAN vocoders such as HiFi-GAN still produce metallic artifacts and pitch errors on "
            "speakers, languages and recording conditions unseen in training. BigVGAN addressed this with a "
            "periodic activation function and scale, at the price of 112M parameters and slow inference. We "
            "propose Zirafon, a 14M-parameter GAN vocoder whose generator predicts harmonic and noise components "
            "separately with a differentiable harmonic-plus-noise model, and then refines their sum with an inverse "
            "short-time Fourier transform (iSTFT) head in the style of Vocos. Zirafon is trained on LibriTTS only. "
            "On the LibriTTS test-other set it achieves PESQ/MCD of 4.12/1.08 dB and a V/UV F1 of 0.968, against "
            "4.03/1.14 dB for BigVGAN and 3.62/1.45 dB for HiFi-GAN V1. On unseen data the gap widens: on VCTK and "
            "on the singing voices of MUSDB18, periodicity error falls by 31% and 44% relative to Vocos, "
            "respectively. In a subjective test with 30 listeners, Zirafon obtains a MOS of 4.38 [4.31, 4.45], "
            "statistically tied with BigVGAN (4.36 [4.29, 4.43]) and above Vocos (4.18 [4.10, 4.26]). Zirafon runs "
            "with a real-time factor (RTF) of 0.0006 on an A100 and 0.026 on a single CPU core, 9.6\u00d7 faster "
            "than BigVGAN on GPU."
        ),
        "spans": [
            ("Zirafon", "M"), ("Vocoding", "T"), ("Harmonic-Plus-Noise Model", "M"),
            ("harmonic-plus-noise model", "M"), ("Neural vocoders", "M"), ("text-to-speech", "T"), ("TTS", "T"),
            ("GAN vocoders", "M"), ("GAN vocoder", "M"), ("HiFi-GAN", "M"), ("HiFi-GAN V1", "M"), ("BigVGAN", "M"),
            ("inverse short-time Fourier transform", "M"), ("iSTFT", "M"), ("Vocos", "M"), ("LibriTTS", "D"),
            ("LibriTTS test-other", "D"), ("PESQ", "X"), ("MCD", "X"), ("V/UV F1", "X"), ("VCTK", "D"),
            ("MUSDB18", "D"), ("periodicity error", "X"), ("MOS", "X"), ("real-time factor", "X"), ("RTF", "X"),
        ],
        "results": [
            ("PESQ/MCD of 4.12", "PESQ", 4.12, None, "LibriTTS test-other", None),
            ("1.08 dB", "MCD", 1.08, "dB", "LibriTTS test-other", None),
            ("V/UV F1 of 0.968", "V/UV F1", 0.968, None, "LibriTTS test-other", None),
            ("4.03", "PESQ", 4.03, None, "LibriTTS test-other", "BigVGAN"),
            ("1.14 dB", "MCD", 1.14, "dB", "LibriTTS test-other", "BigVGAN"),
            ("3.62", "PESQ", 3.62, None, "LibriTTS test-other", "HiFi-GAN V1"),
            ("1.45 dB", "MCD", 1.45, "dB", "LibriTTS test-other", "HiFi-GAN V1"),
            ("periodicity error falls by 31%", "periodicity error reduction", 31, "%", "VCTK", None),
            ("44%", "periodicity error reduction", 44, "%", "MUSDB18", None),
            ("MOS of 4.38", "MOS", 4.38, None, None, "Zirafon"),
            ("4.36", "MOS", 4.36, None, None, "BigVGAN"),
            ("4.18", "MOS", 4.18, None, None, "Vocos"),
            ("real-time factor (RTF) of 0.0006", "real-time factor", 0.0006, None, None, "Zirafon"),
            ("0.026", "real-time factor", 0.026, None, None, "Zirafon"),
            ("9.6\u00d7 faster than BigVGAN", "speed-up", 9.6, "\u00d7", None, "Zirafon"),
        ],
    },
    {
        "field": "tts",
        "title": "Fewer Steps, Same Voice: Consistency Distillation for Flow-Matching Text-to-Speech",
        "text": (
            "Non-autoregressive text-to-speech (TTS) models based on flow matching, such as F5-TTS and E2 TTS, reach "
            "human-level naturalness but need many sampling steps of a diffusion transformer (DiT) per utterance. "
            "We present ZinnaFlow, a distillation recipe that turns a pre-trained flow-matching TTS model into a "
            "two-step generator. ZinnaFlow combines consistency distillation along the teacher's sampling "
            "trajectories with adversarial training against a frozen WavLM discriminator, and it distills "
            "classifier-free guidance into the student, so that a single forward pass replaces the conditional and "
            "unconditional branches. Applied to F5-TTS and trained on the Emilia corpus, the two-step ZinnaFlow "
            "student reaches WER/SIM of 1.62%/0.67 on Seed-TTS test-en and CER/SIM of 1.48%/0.75 on Seed-TTS "
            "test-zh, compared with 1.83%/0.67 and 1.56%/0.76 for the 32-step F5-TTS teacher. Its real-time factor "
            "drops from 0.15 to 0.017, an 8.8\u00d7 speed-up, and with a single step the WER rises only to 2.05%. "
            "On Seed-TTS test-hard, which contains tongue twisters and repeated phrases, the gap to the teacher is "
            "larger (WER of 9.7% vs. 8.4%). The student obtains a CMOS of \u22120.08 against the teacher, within the "
            "95% confidence interval of zero. The recipe also transfers to E2 TTS, reducing inference latency for a "
            "10-second utterance from 2.1 s to 0.24 s."
        ),
        "spans": [
            ("Consistency Distillation", "M"), ("consistency distillation", "M"), ("Flow-Matching", "M"),
            ("Text-to-Speech", "T"), ("text-to-speech", "T"), ("TTS", "T"), ("flow matching", "M"),
            ("flow-matching", "M"), ("F5-TTS", "M"), ("E2 TTS", "M"), ("diffusion transformer", "M"), ("DiT", "M"),
            ("ZinnaFlow", "M"), ("distillation", "M"), ("adversarial training", "M"), ("WavLM", "M"),
            ("classifier-free guidance", "M"), ("Emilia", "D"), ("WER", "X"), ("SIM", "X"),
            ("Seed-TTS test-en", "D"), ("CER", "X"), ("Seed-TTS test-zh", "D"), ("real-time factor", "X"),
            ("speed-up", "X"), ("Seed-TTS test-hard", "D"), ("CMOS", "X"), ("inference latency", "X"),
        ],
        "results": [
            ("WER/SIM of 1.62%", "WER", 1.62, "%", "Seed-TTS test-en", "ZinnaFlow"),
            ("0.67", "speaker similarity", 0.67, None, "Seed-TTS test-en", "ZinnaFlow"),
            ("CER/SIM of 1.48%", "CER", 1.48, "%", "Seed-TTS test-zh", "ZinnaFlow"),
            ("0.75", "speaker similarity", 0.75, None, "Seed-TTS test-zh", "ZinnaFlow"),
            ("1.83%", "WER", 1.83, "%", "Seed-TTS test-en", "F5-TTS"),
            ("0.67", "speaker similarity", 0.67, None, "Seed-TTS test-en", "F5-TTS", {"occ": 1}),
            ("1.56%", "CER", 1.56, "%", "Seed-TTS test-zh", "F5-TTS"),
            ("0.76", "speaker similarity", 0.76, None, "Seed-TTS test-zh", "F5-TTS"),
            ("real-time factor drops from 0.15 to 0.017", "real-time factor", 0.017, None, None, None),
            ("8.8\u00d7 speed-up", "speed-up", 8.8, "\u00d7", None, None),
            ("WER rises only to 2.05%", "WER", 2.05, "%", None, None),
            ("WER of 9.7%", "WER", 9.7, "%", "Seed-TTS test-hard", None),
            ("8.4%", "WER", 8.4, "%", "Seed-TTS test-hard", None),
            ("CMOS of \u22120.08", "CMOS", -0.08, None, None, None),
            ("inference latency for a 10-second utterance from 2.1 s to 0.24 s", "inference latency", 0.24, "s",
             None, "E2 TTS"),
        ],
    },
    {
        "field": "tts",
        "title": "Zovrent: Single-Stream Speech Tokens at 12.5 Hz for Text-to-Speech",
        "text": (
            "Neural audio codecs supply the discrete tokens that codec language models generate, and their frame "
            "rate and number of codebooks directly set the length of the sequences a TTS model must produce. "
            "EnCodec and DAC stack many residual codebooks at high frame rates, and semantically distilled codecs "
            "such as SpeechTokenizer and Mimi still need several codebooks for good reconstruction. We present "
            "Zovrent, a codec that encodes 16 kHz speech into a single stream of tokens at 12.5 Hz using finite "
            "scalar quantization (FSQ) with a 65,536-entry implicit codebook, for a bitrate of 0.2 kbps. The "
            "encoder is a Conformer distilled from HuBERT features at the bottleneck, and the decoder is a "
            "Vocos-style iSTFT generator conditioned on a global speaker embedding. On LibriSpeech test-clean, "
            "Zovrent reconstructs speech with a UTMOS of 4.05, PESQ of 2.61, STOI of 0.91 and speaker similarity of "
            "0.83, outperforming Mimi at 1.1 kbps on UTMOS (3.56) and matching DAC at 1.5 kbps on STOI. Because "
            "sequences are 8\u00d7 shorter than with Mimi's eight codebooks, a decoder-only TTS model trained on "
            "Zovrent tokens from LibriTTS reaches a WER of 2.3% on the LibriSpeech test-clean cross-sentence task, "
            "and its time to first audio is 140 ms on an H100. We also find that codebook utilization stays above "
            "97% throughout training, whereas a comparable residual vector quantizer collapses to under 60% "
            "without codebook restarts."
        ),
        "spans": [
            ("Zovrent", "M"), ("Text-to-Speech", "T"), ("Neural audio codecs", "M"), ("codec language models", "M"),
            ("TTS", "T"), ("EnCodec", "M"), ("DAC", "M"), ("SpeechTokenizer", "M"), ("Mimi", "M"),
            ("finite scalar quantization", "M"), ("FSQ", "M"), ("bitrate", "X"), ("Conformer", "M"),
            ("HuBERT", "M"), ("Vocos", "M"), ("iSTFT", "M"), ("LibriSpeech test-clean", "D"), ("UTMOS", "X"),
            ("PESQ", "X"), ("STOI", "X"), ("speaker similarity", "X"), ("LibriTTS", "D"), ("WER", "X"),
            ("time to first audio", "X"), ("codebook utilization", "X"), ("residual vector quantizer", "M"),
        ],
        "results": [
            ("bitrate of 0.2 kbps", "bitrate", 0.2, "kbps", None, "Zovrent"),
            ("UTMOS of 4.05", "UTMOS", 4.05, None, "LibriSpeech test-clean", "Zovrent"),
            ("PESQ of 2.61", "PESQ", 2.61, None, "LibriSpeech test-clean", "Zovrent"),
            ("STOI of 0.91", "STOI", 0.91, None, "LibriSpeech test-clean", "Zovrent"),
            ("speaker similarity of 0.83", "speaker similarity", 0.83, None, "LibriSpeech test-clean", "Zovrent"),
            ("1.1 kbps", "bitrate", 1.1, "kbps", "LibriSpeech test-clean", "Mimi"),
            ("3.56", "UTMOS", 3.56, None, "LibriSpeech test-clean", "Mimi"),
            ("1.5 kbps", "bitrate", 1.5, "kbps", "LibriSpeech test-clean", "DAC"),
            ("8\u00d7 shorter", "sequence length reduction", 8, "\u00d7", None, "Zovrent"),
            ("WER of 2.3%", "WER", 2.3, "%", "LibriSpeech test-clean", "Zovrent"),
            ("time to first audio is 140 ms", "time to first audio", 140, "ms", None, "Zovrent"),
            ("codebook utilization stays above 97%", "codebook utilization", 97, "%", None, None),
            ("under 60%", "codebook utilization", 60, "%", None, "residual vector quantizer"),
        ],
    },
    {
        "field": "tts",
        "title": "How Robust Is Zero-Shot Voice Cloning? A Stress-Test Benchmark for Speaker Prompts in the Wild",
        "text": (
            "Zero-shot voice cloning systems are usually evaluated on read audiobook speech, where the speaker "
            "prompt is clean, the text is short and the prosody is neutral. We argue that this protocol hides the "
            "failure modes users actually encounter, and introduce ZuvaroBench, a benchmark of 2,400 prompt\u2013text "
            "pairs built from podcast, telephone and far-field recordings in English and Mandarin, with target texts "
            "that include code-switching, numbers, rare named entities and long paragraphs. Alongside word error "
            "rate (WER) measured with Whisper-large-v3 and speaker similarity from a WavLM-based verification model, "
            "ZuvaroBench reports a prompt leakage score that detects when background noise or reverberation from "
            "the prompt is copied into the output. We evaluate eleven open systems, including XTTS-v2, CosyVoice 2, "
            "F5-TTS, MaskGCT and FireRedTTS. Rankings differ markedly from those on LibriSpeech test-clean: "
            "autoregressive codec language models degrade most on long paragraphs, while flow-matching models copy "
            "prompt noise more often. The best system's WER on the far-field subset is 4.7 times its WER on clean "
            "prompts, and no system exceeds a speaker similarity of 0.55 on telephone speech. Human ratings on a "
            "subset correlate with our automatic scores at the system level. We release the benchmark, evaluation "
            "scripts and all synthesized audio to support reproducible comparison."
        ),
        "spans": [
            ("Zero-Shot Voice Cloning", "T"), ("Zero-shot voice cloning", "T"), ("ZuvaroBench", "D"),
            ("word error rate", "X"), ("WER", "X"), ("Whisper-large-v3", "M"), ("speaker similarity", "X"),
            ("WavLM", "M"), ("prompt leakage score", "X"), ("XTTS-v2", "M"), ("CosyVoice 2", "M"),
            ("F5-TTS", "M"), ("MaskGCT", "M"), ("FireRedTTS", "M"), ("LibriSpeech test-clean", "D"),
            ("codec language models", "M"), ("flow-matching models", "M"),
        ],
        "results": [
            ("WER on the far-field subset is 4.7 times", "WER", 4.7, "\u00d7", None, None),
            ("speaker similarity of 0.55", "speaker similarity", 0.55, None, None, None),
        ],
    },
    {
        "field": "tts",
        "title": "Zemtali: Low-Latency Streaming Text-to-Speech with Interleaved Text and Speech Tokens on Qwen2.5",
        "text": (
            "Spoken dialogue systems need text-to-speech (TTS) that starts talking before the chatbot has finished "
            "writing its reply. Most streaming TTS systems either wait for a full sentence or chunk the text at "
            "punctuation, adding hundreds of milliseconds of delay. Zemtali is a streaming TTS model built on "
            "Qwen2.5-0.5B that consumes text tokens as they arrive and emits speech tokens on a second track, with a "
            "learned read\u2013write policy deciding when enough text has been seen. Speech tokens come from a "
            "single-codebook tokenizer and are rendered by a chunk-wise flow matching decoder followed by HiFi-GAN. "
            "Trained on 170k hours of Chinese and English speech, Zemtali achieves a first-packet latency of 96 ms "
            "on an L20 GPU, 62% lower than CosyVoice 2 (253 ms) on the same hardware, while keeping quality close "
            "to offline synthesis. On Seed-TTS test-zh and Seed-TTS test-en, Zemtali's CER and WER are 1.52% and "
            "2.38%, respectively, and its speaker similarity is 0.74 and 0.69; the offline version of the same "
            "model obtains 1.45% and 2.21%. Streaming costs 0.11 in UTMOS (4.02 vs. 4.13). In an A/B preference "
            "test against CosyVoice 2 in streaming mode, listeners preferred Zemtali in 58% of pairs, with 17% "
            "ties. On Seed-TTS test-hard, Zemtali's CER rises to 7.9%, compared with 6.8% for the offline model "
            "and 9.1% for CosyVoice 2. With 16 concurrent streams on one GPU, the real-time factor stays below 0.3."
        ),
        "spans": [
            ("Zemtali", "M"), ("Text-to-Speech", "T"), ("Qwen2.5", "M"), ("text-to-speech", "T"), ("TTS", "T"),
            ("Qwen2.5-0.5B", "M"), ("flow matching", "M"), ("HiFi-GAN", "M"), ("first-packet latency", "X"),
            ("CosyVoice 2", "M"), ("Seed-TTS test-zh", "D"), ("Seed-TTS test-en", "D"), ("CER", "X"),
            ("WER", "X"), ("speaker similarity", "X"), ("UTMOS", "X"), ("Seed-TTS test-hard", "D"),
            ("real-time factor", "X"),
        ],
        "results": [
            ("first-packet latency of 96 ms", "first-packet latency", 96, "ms", None, "Zemtali"),
            ("62% lower than CosyVoice 2", "first-packet latency reduction", 62, "%", None, "Zemtali"),
            ("253 ms", "first-packet latency", 253, "ms", None, "CosyVoice 2"),
            ("1.52%", "CER", 1.52, "%", "Seed-TTS test-zh", "Zemtali"),
            ("2.38%", "WER", 2.38, "%", "Seed-TTS test-en", "Zemtali"),
            ("speaker similarity is 0.74", "speaker similarity", 0.74, None, "Seed-TTS test-zh", "Zemtali"),
            ("0.69", "speaker similarity", 0.69, None, "Seed-TTS test-en", "Zemtali"),
            ("1.45%", "CER", 1.45, "%", "Seed-TTS test-zh", None),
            ("2.21%", "WER", 2.21, "%", "Seed-TTS test-en", None),
            ("costs 0.11 in UTMOS", "UTMOS", 0.11, None, None, None),
            ("4.02", "UTMOS", 4.02, None, None, None),
            ("4.13", "UTMOS", 4.13, None, None, None),
            ("preferred Zemtali in 58% of pairs", "win rate", 58, "%", None, "Zemtali"),
            ("17% ties", "tie rate", 17, "%", None, None),
            ("CER rises to 7.9%", "CER", 7.9, "%", "Seed-TTS test-hard", "Zemtali"),
            ("6.8%", "CER", 6.8, "%", "Seed-TTS test-hard", None),
            ("9.1%", "CER", 9.1, "%", "Seed-TTS test-hard", "CosyVoice 2"),
            ("real-time factor stays below 0.3", "real-time factor", 0.3, None, None, None),
        ],
    },
]
