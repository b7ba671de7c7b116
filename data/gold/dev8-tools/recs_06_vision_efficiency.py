"""dev8 records: vision (5) and efficiency (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["UmbraDet", "VesperDepth", "WillowTrack", "XenoSplat", "YarrowMAE",
          "ZephyrQuant", "VoleMerge", "WrenSR", "YewPrune", "UmberNAS"]

RECS = [
    # ------------------------------------------------------------ vision
    {
        "field": "vision",
        "title": "UmbraDet: Shadow Prompts for Open-Vocabulary Object Detection of Small and Occluded Objects",
        "text": (
            "Open-vocabulary object detection (OVD) asks a detector to localise categories that never appeared in "
            "its box annotations, typically by matching region features to the text embeddings of a vision-language "
            "model such as CLIP. Current detectors inherit CLIP's preference for salient, centred objects and "
            "struggle with small or occluded instances of novel classes. We introduce UmbraDet, which pairs each "
            "learnable class prompt with a \"shadow\" prompt trained to describe the surrounding context rather than "
            "the object itself, and contrasts the two during alignment. The shadow prompts are discarded at "
            "inference, so UmbraDet adds no cost over its Grounding DINO backbone. We pre-train on Objects365 and "
            "GoldG and evaluate without any LVIS annotations. On LVIS minival, UmbraDet-T reaches 41.7 AP "
            "(+4.3 over Grounding DINO-T) and 36.9 rare-category AP (APr), a gain of 6.8 points. "
            "On the OV-COCO benchmark, it attains 43.5 novel AP50, compared with 39.3 for BARON and 41.0 for CORA. "
            "Fine-tuning on ODinW-13 brings an average AP of 58.2. The gains concentrate on instances smaller than "
            "32×32 pixels, where UmbraDet outperforms Grounding DINO-T by 9.1% in recall. We also find that a "
            "shadow prompt of 8 tokens is sufficient; longer prompts did not help."
        ),
        "spans": [
            ("UmbraDet", "M"), ("UmbraDet-T", "M"), ("Open-Vocabulary Object Detection", "T"),
            ("Open-vocabulary object detection", "T"), ("OVD", "T"), ("vision-language model", "M"),
            ("CLIP", "M"), ("Grounding DINO", "M"), ("Grounding DINO-T", "M"), ("Objects365", "D"),
            ("GoldG", "D"), ("LVIS", "D"), ("LVIS minival", "D"), ("AP", "X"), ("rare-category AP", "X"),
            ("APr", "X"), ("OV-COCO", "D"), ("novel AP50", "X"), ("BARON", "M"), ("CORA", "M"),
            ("ODinW-13", "D"), ("average AP", "X"), ("recall", "X"),
        ],
        "results": [
            ("41.7 AP", "AP", 41.7, None, "LVIS minival", "UmbraDet-T"),
            ("+4.3", "AP", 4.3, "points", "LVIS minival", "UmbraDet-T"),
            ("36.9 rare-category AP", "rare-category AP", 36.9, None, "LVIS minival", "UmbraDet-T"),
            ("gain of 6.8 points", "rare-category AP", 6.8, "points", "LVIS minival", "UmbraDet-T"),
            ("43.5 novel AP50", "novel AP50", 43.5, None, "OV-COCO", None),
            ("39.3", "novel AP50", 39.3, None, "OV-COCO", "BARON"),
            ("41.0", "novel AP50", 41.0, None, "OV-COCO", "CORA"),
            ("average AP of 58.2", "average AP", 58.2, None, "ODinW-13", None),
            ("9.1% in recall", "recall", 9.1, "%", None, "UmbraDet"),
        ],
    },
    {
        "field": "vision",
        "title": "VesperDepth: 31% Lower AbsRel at Night with Illumination-Robust Monocular Depth Estimation",
        "text": (
            "Monocular depth estimation models trained on daytime imagery degrade sharply after dark. VesperDepth "
            "reduces absolute relative error (AbsRel) by 31% on nuScenes-Night and by 24% on RobotCar-Night relative to Depth Anything V2, "
            "while adding 0.9 ms per frame. We fine-tune a ViT-L/14 DINOv2 encoder with a relighting augmentation "
            "that renders 12 synthetic illumination conditions per training image from estimated albedo and "
            "shading, together with a photometric consistency loss between relit pairs. Training uses 62K "
            "unlabelled frames and takes 18 GPU-hours. Zero-shot, VesperDepth attains AbsRel 0.118 and δ1 0.872 on "
            "nuScenes-Night (Depth Anything V2: 0.171 / 0.791; Marigold: 0.162 / 0.804). On KITTI and NYU Depth V2, "
            "where illumination is benign, VesperDepth stays within 0.002 AbsRel of its initialisation. On the "
            "day-night split of DDAD, the gap between day and night AbsRel falls from 0.061 to 0.019. Ablations "
            "over 3 seeds attribute most of the gain to the relighting itself (AbsRel 0.131 ± 0.003 without the "
            "consistency loss). Code and the relit training set will be public."
        ),
        "spans": [
            ("VesperDepth", "M"), ("Monocular Depth Estimation", "T"), ("Monocular depth estimation", "T"),
            ("AbsRel", "X"), ("absolute relative error", "X"), ("nuScenes-Night", "D"), ("RobotCar-Night", "D"), ("Depth Anything V2", "M"),
            ("ViT-L/14", "M"), ("DINOv2", "M"), ("δ1", "X"), ("Marigold", "M"), ("KITTI", "D"),
            ("NYU Depth V2", "D"), ("DDAD", "D"),
        ],
        "title_results": [
            ("31% Lower AbsRel", "AbsRel reduction", 31, "%", None, "VesperDepth"),
        ],
        "results": [
            ("reduces absolute relative error (AbsRel) by 31%", "AbsRel reduction", 31, "%", "nuScenes-Night", "VesperDepth"),
            ("24%", "AbsRel reduction", 24, "%", "RobotCar-Night", "VesperDepth"),
            ("adding 0.9 ms", "latency", 0.9, "ms", None, "VesperDepth"),
            ("takes 18 GPU-hours", "training time", 18, "GPU-hours", None, None),
            ("AbsRel 0.118", "AbsRel", 0.118, None, "nuScenes-Night", "VesperDepth"),
            ("δ1 0.872", "δ1", 0.872, None, "nuScenes-Night", "VesperDepth"),
            ("0.171", "AbsRel", 0.171, None, "nuScenes-Night", "Depth Anything V2"),
            ("0.791", "δ1", 0.791, None, "nuScenes-Night", "Depth Anything V2"),
            ("0.162", "AbsRel", 0.162, None, "nuScenes-Night", "Marigold"),
            ("0.804", "δ1", 0.804, None, "nuScenes-Night", "Marigold"),
            ("within 0.002 AbsRel", "AbsRel", 0.002, None, None, "VesperDepth"),
            ("AbsRel falls from 0.061 to 0.019", "AbsRel gap", 0.019, None, "DDAD", None),
            ("AbsRel 0.131 ± 0.003", "AbsRel", 0.131, None, None, None),
        ],
    },
    {
        "field": "vision",
        "title": "WillowTrack: A Sparse Long-Term Memory for Semi-Supervised Video Object Segmentation in Long Videos",
        "text": (
            "Memory-based methods such as XMem and Cutie have made semi-supervised video object segmentation (VOS) "
            "markedly more accurate, but their memory banks grow with video length and they remain brittle when "
            "objects disappear for long stretches. We study whether a small, sparsely updated long-term memory can "
            "close this gap without sacrificing speed. WillowTrack keeps at most 64 prototype tokens per object, "
            "selected by a learned write gate, and reads them with a single cross-attention layer; short-term "
            "memory is handled as in Cutie. Trained only on DAVIS 2017 and YouTube-VOS 2019, WillowTrack obtains a "
            "J&F of 88.1 on DAVIS 2017 val and 86.9 on YouTube-VOS 2019 val, on par with Cutie-base (88.8 and "
            "86.1). On the long-video benchmark LVOS v2 the margin is clearer: WillowTrack lifts J&F from 60.1 for "
            "Cutie to 65.4, and on MOSE val J&F goes from 64.3 to 67.0. WillowTrack runs at 41 FPS on a single "
            "RTX 3090 at 480p, about 1.6 times the frame rate of XMem, and its memory footprint stays at 1.2 GB "
            "regardless of video length. We caution that the differences on short videos are within the spread "
            "across training runs (±0.4 J&F over three seeds), and that the write gate occasionally discards the "
            "target after abrupt camera cuts; we analyse these failure cases in detail."
        ),
        "spans": [
            ("WillowTrack", "M"), ("Semi-Supervised Video Object Segmentation", "T"),
            ("semi-supervised video object segmentation", "T"), ("VOS", "T"), ("XMem", "M"), ("Cutie", "M"),
            ("Cutie-base", "M"), ("DAVIS 2017", "D"), ("DAVIS 2017 val", "D"), ("YouTube-VOS 2019", "D"),
            ("YouTube-VOS 2019 val", "D"), ("LVOS v2", "D"), ("MOSE val", "D"), ("J&F", "X"), ("FPS", "X"),
            ("frame rate", "X"), ("memory footprint", "X"),
        ],
        "results": [
            ("J&F of 88.1", "J&F", 88.1, None, "DAVIS 2017 val", "WillowTrack"),
            ("86.9", "J&F", 86.9, None, "YouTube-VOS 2019 val", "WillowTrack"),
            ("88.8", "J&F", 88.8, None, "DAVIS 2017 val", "Cutie-base"),
            ("86.1", "J&F", 86.1, None, "YouTube-VOS 2019 val", "Cutie-base"),
            ("J&F from 60.1", "J&F", 60.1, None, "LVOS v2", "Cutie"),
            ("to 65.4", "J&F", 65.4, None, "LVOS v2", "WillowTrack"),
            ("J&F goes from 64.3 to 67.0", "J&F", 67.0, None, "MOSE val", "WillowTrack"),
            ("41 FPS", "FPS", 41, None, None, "WillowTrack"),
            ("1.6 times the frame rate", "frame rate", 1.6, "×", None, "WillowTrack"),
            ("memory footprint stays at 1.2 GB", "memory footprint", 1.2, "GB", None, "WillowTrack"),
            ("0.4 J&F", "J&F", 0.4, None, None, None),
        ],
    },
    {
        "field": "vision",
        "title": "XenoSplat: Feed-Forward Gaussian Splatting from Two Views with Depth-Distributed Primitives",
        "text": (
            "3D Gaussian Splatting (3DGS) renders novel views in real time but requires dense captures and minutes "
            "of per-scene optimisation. Feed-forward variants such as pixelSplat and MVSplat predict Gaussians "
            "directly from a few images, yet they blur thin structures and misplace Gaussians where the input views "
            "overlap little. We propose XenoSplat for novel view synthesis from two images. It builds a cost volume "
            "along epipolar lines, predicts a distribution over depth for every pixel rather than a single depth, "
            "and spawns several Gaussians along each ray, weighted by that distribution; a lightweight merging "
            "module then removes redundant Gaussians across views. Trained on RealEstate10K at 256×256 resolution, "
            "XenoSplat reaches a peak signal-to-noise ratio (PSNR) of 27.84 dB, SSIM of 0.881 and LPIPS of 0.112, "
            "against 26.39 dB, 0.869 and 0.128 for MVSplat. On ACID, XenoSplat's advantage persists (28.61 vs. "
            "28.15 dB PSNR for MVSplat). Cross-dataset generalisation is where the design matters most: trained on "
            "RealEstate10K and evaluated zero-shot on DTU, XenoSplat improves PSNR by +1.9 dB over MVSplat, with "
            "visibly sharper object boundaries. XenoSplat reconstructs a scene from two views in 58 ms and renders "
            "it at 390 FPS on an RTX 4090."
        ),
        "spans": [
            ("XenoSplat", "M"), ("Gaussian Splatting", "M"), ("3D Gaussian Splatting", "M"), ("3DGS", "M"),
            ("pixelSplat", "M"), ("MVSplat", "M"), ("novel view synthesis", "T"), ("RealEstate10K", "D"),
            ("peak signal-to-noise ratio", "X"), ("PSNR", "X"), ("SSIM", "X"), ("LPIPS", "X"), ("ACID", "D"),
            ("DTU", "D"), ("FPS", "X"),
        ],
        "results": [
            ("peak signal-to-noise ratio (PSNR) of 27.84 dB", "PSNR", 27.84, "dB", "RealEstate10K", "XenoSplat"),
            ("SSIM of 0.881", "SSIM", 0.881, None, "RealEstate10K", "XenoSplat"),
            ("LPIPS of 0.112", "LPIPS", 0.112, None, "RealEstate10K", "XenoSplat"),
            ("26.39 dB", "PSNR", 26.39, "dB", "RealEstate10K", "MVSplat"),
            ("0.869", "SSIM", 0.869, None, "RealEstate10K", "MVSplat"),
            ("0.128", "LPIPS", 0.128, None, "RealEstate10K", "MVSplat"),
            ("28.61", "PSNR", 28.61, "dB", "ACID", "XenoSplat"),
            ("28.15 dB PSNR", "PSNR", 28.15, "dB", "ACID", "MVSplat"),
            ("PSNR by +1.9 dB", "PSNR", 1.9, "dB", "DTU", "XenoSplat"),
            ("in 58 ms", "reconstruction time", 58, "ms", None, "XenoSplat"),
            ("390 FPS", "FPS", 390, None, None, "XenoSplat"),
        ],
    },
    {
        "field": "vision",
        "title": "YarrowMAE: Masked Autoencoders That Predict Frozen Teacher Features at Several Depths",
        "text": (
            "Masked image modelling has become a standard recipe for pre-training Vision Transformers, yet "
            "pixel-reconstruction targets, as in MAE, spend much of the model's capacity on high-frequency detail "
            "that downstream tasks rarely need. Feature targets from a frozen teacher, as in BEiT v2 or MaskFeat, "
            "help, but they typically use only the teacher's final layer. YarrowMAE instead regresses the features "
            "of a frozen DINOv2 teacher at four depths at once, with a depth-specific decoder and a loss weight "
            "that is annealed from shallow to deep over training. We pre-train ViT-B/16 and ViT-L/16 on "
            "ImageNet-1K for 400 epochs with a mask ratio of 75%. Under linear probing, YarrowMAE ViT-B/16 reaches "
            "79.6% top-1 accuracy on ImageNet-1K, 11.5 points above MAE with the same schedule; after full "
            "fine-tuning it reaches 85.4% (MAE: 83.6%). The encoders also transfer to dense prediction: with "
            "UperNet on ADE20K, the YarrowMAE ViT-L/16 encoder gives 54.8 mIoU, and with Mask R-CNN on COCO it "
            "gives 55.1 box AP and 47.6 mask AP. On the 19 tasks of VTAB-1k, YarrowMAE beats MAE on 17 and "
            "data2vec 2.0 on 12. These gains come at a modest price: pre-training costs 1.3× the GPU hours of MAE, "
            "because of the teacher's forward pass. All improvements on ImageNet-1K are significant over five "
            "fine-tuning seeds (p < 0.01)."
        ),
        "spans": [
            ("YarrowMAE", "M"), ("Masked Autoencoders", "M"), ("Masked image modelling", "M"),
            ("Vision Transformers", "M"), ("MAE", "M"), ("BEiT v2", "M"), ("MaskFeat", "M"), ("DINOv2", "M"),
            ("ViT-B/16", "M"), ("ViT-L/16", "M"), ("ImageNet-1K", "D"), ("linear probing", "M"),
            ("top-1 accuracy", "X"), ("full fine-tuning", "M"), ("dense prediction", "T"), ("UperNet", "M"),
            ("ADE20K", "D"), ("mIoU", "X"), ("Mask R-CNN", "M"), ("COCO", "D"), ("box AP", "X"),
            ("mask AP", "X"), ("VTAB-1k", "D"), ("data2vec 2.0", "M"),
        ],
        "results": [
            ("79.6% top-1 accuracy", "top-1 accuracy", 79.6, "%", "ImageNet-1K", "YarrowMAE"),
            ("11.5 points", "top-1 accuracy", 11.5, "points", "ImageNet-1K", "YarrowMAE"),
            ("85.4%", "top-1 accuracy", 85.4, "%", "ImageNet-1K", "YarrowMAE"),
            ("83.6%", "top-1 accuracy", 83.6, "%", "ImageNet-1K", "MAE"),
            ("54.8 mIoU", "mIoU", 54.8, None, "ADE20K", "YarrowMAE"),
            ("55.1 box AP", "box AP", 55.1, None, "COCO", "YarrowMAE"),
            ("47.6 mask AP", "mask AP", 47.6, None, "COCO", "YarrowMAE"),
            ("beats MAE on 17", "tasks won", 17, None, "VTAB-1k", "YarrowMAE"),
            ("on 12", "tasks won", 12, None, "VTAB-1k", "YarrowMAE"),
            ("1.3× the GPU hours", "pre-training time", 1.3, "×", None, None),
            ("p < 0.01", "p-value", 0.01, None, "ImageNet-1K", None),
        ],
    },
    # ------------------------------------------------------------ efficiency
    {
        "field": "efficiency",
        "title": "ZephyrQuant: Timestep-Grouped Post-Training Quantization of Diffusion Transformers to W4A8",
        "text": (
            "Post-training quantization (PTQ) of diffusion transformers is hampered by activation distributions "
            "that drift across denoising timesteps and by outlier channels in the adaLN modulation. ZephyrQuant "
            "groups timesteps by activation statistics, learns one set of per-channel scales per group, and absorbs "
            "the remaining outliers with a Hadamard rotation ahead of each linear layer. Calibration uses 256 "
            "samples and takes 41 minutes on one A100. On ImageNet 256×256 with DiT-XL/2 and 250 DDPM steps, W8A8 "
            "ZephyrQuant attains an FID of 4.61 (full precision: 4.53) and W4A8 ZephyrQuant an FID of 5.92, whereas "
            "PTQ4DiT and Q-DiT reach 7.09 and 6.75 at W4A8. For text-to-image generation with PixArt-Σ at "
            "1024×1024, W4A8 ZephyrQuant keeps the CLIP score at 31.6 versus 31.9 in FP16 and lowers FID on "
            "MJHQ-30K from 9.8 with Q-DiT to 8.3. Weight memory shrinks 3.7× and, with our fused INT4 kernels, "
            "end-to-end latency falls by 52% on an RTX 4090 (2.09× speed-up). Ablations attribute 0.71 of the "
            "FID gain at W4A8 to timestep grouping and 0.46 to the rotation."
        ),
        "spans": [
            ("ZephyrQuant", "M"), ("Post-Training Quantization", "M"), ("Post-training quantization", "M"),
            ("PTQ", "M"), ("Diffusion Transformers", "M"), ("diffusion transformers", "M"), ("adaLN", "M"),
            ("Hadamard rotation", "M"), ("ImageNet 256×256", "D"), ("DiT-XL/2", "M"), ("DDPM", "M"),
            ("FID", "X"), ("PTQ4DiT", "M"), ("Q-DiT", "M"), ("text-to-image generation", "T"),
            ("PixArt-Σ", "M"), ("CLIP score", "X"), ("MJHQ-30K", "D"), ("Weight memory", "X"),
            ("end-to-end latency", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("takes 41 minutes", "calibration time", 41, "min", None, None),
            ("FID of 4.61", "FID", 4.61, None, "ImageNet 256×256", "ZephyrQuant"),
            ("4.53", "FID", 4.53, None, "ImageNet 256×256", "DiT-XL/2"),
            ("FID of 5.92", "FID", 5.92, None, "ImageNet 256×256", "ZephyrQuant"),
            ("7.09", "FID", 7.09, None, "ImageNet 256×256", "PTQ4DiT"),
            ("6.75", "FID", 6.75, None, "ImageNet 256×256", "Q-DiT"),
            ("CLIP score at 31.6", "CLIP score", 31.6, None, None, "ZephyrQuant"),
            ("31.9", "CLIP score", 31.9, None, None, "PixArt-Σ"),
            ("FID on MJHQ-30K from 9.8", "FID", 9.8, None, "MJHQ-30K", "Q-DiT"),
            ("to 8.3", "FID", 8.3, None, "MJHQ-30K", "ZephyrQuant"),
            ("Weight memory shrinks 3.7×", "weight memory reduction", 3.7, "×", None, None),
            ("end-to-end latency falls by 52%", "end-to-end latency reduction", 52, "%", None, None),
            ("2.09× speed-up", "speed-up", 2.09, "×", None, None),
            ("0.71 of the FID gain", "FID", 0.71, None, None, None),
            ("0.46", "FID", 0.46, None, None, None),
        ],
    },
    {
        "field": "efficiency",
        "title": "Which Tokens Can Be Merged? VoleMerge for Training-Free Acceleration of Vision Transformers",
        "text": (
            "Token merging reduces the cost of Vision Transformers (ViTs) by combining similar tokens between "
            "blocks, and Token Merging (ToMe) showed that this can be done without retraining. Merging by key "
            "similarity alone, however, treats all tokens as equally important and tends to fuse small foreground "
            "objects into the background. We propose VoleMerge, which scores each candidate pair by the attention "
            "mass it receives from the class token, protects high-mass tokens from merging, and unmerges tokens "
            "before dense prediction heads. VoleMerge needs neither training nor calibration data, and we apply it "
            "to off-the-shelf DeiT, EVA-02 and MAE-pre-trained checkpoints. On ImageNet-1K, VoleMerge gives DeiT-B "
            "a 1.74times throughput speed-up with a top-1 accuracy drop of 0.21%, whereas ToMe loses 0.58% at the "
            "same throughput. With ViT-L/16 pre-trained by MAE, it reduces FLOPs from 61.6G to 31.0G while staying "
            "within 0.3 points of the unmerged model's top-1 accuracy (85.6%). The advantage is larger in semantic "
            "segmentation: on ADE20K with a Segmenter head and 40% of tokens merged, mIoU falls by 0.4 with "
            "VoleMerge but by 2.1 with ToMe. We note, however, that at aggressive merging rates (above 60%) both "
            "methods degrade quickly and the protection offers little benefit, and that on EVA-02-L the speed-up "
            "of VoleMerge is smaller (1.3×), because its attention blocks are already memory-bound."
        ),
        "spans": [
            ("VoleMerge", "M"), ("Vision Transformers", "M"), ("ViTs", "M"), ("Token merging", "M"),
            ("Token Merging", "M"), ("ToMe", "M"), ("DeiT", "M"), ("EVA-02", "M"), ("MAE", "M"),
            ("ImageNet-1K", "D"), ("DeiT-B", "M"), ("throughput speed-up", "X"), ("top-1 accuracy", "X"),
            ("throughput", "X"), ("ViT-L/16", "M"), ("FLOPs", "X"), ("semantic segmentation", "T"),
            ("ADE20K", "D"), ("Segmenter", "M"), ("mIoU", "X"), ("EVA-02-L", "M"), ("speed-up", "X"),
            ("dense prediction", "T"),
        ],
        "results": [
            ("1.74times throughput speed-up", "throughput speed-up", 1.74, "×", "ImageNet-1K", "VoleMerge"),
            ("top-1 accuracy drop of 0.21%", "top-1 accuracy", 0.21, "%", "ImageNet-1K", "VoleMerge"),
            ("loses 0.58%", "top-1 accuracy", 0.58, "%", "ImageNet-1K", "ToMe"),
            ("FLOPs from 61.6G to 31.0G", "FLOPs", 31.0, "G", None, "ViT-L/16"),
            ("within 0.3 points", "top-1 accuracy", 0.3, "points", None, "ViT-L/16"),
            ("top-1 accuracy (85.6%)", "top-1 accuracy", 85.6, "%", None, "ViT-L/16"),
            ("mIoU falls by 0.4", "mIoU", 0.4, None, "ADE20K", "VoleMerge"),
            ("by 2.1", "mIoU", 2.1, None, "ADE20K", "ToMe"),
            ("1.3×", "speed-up", 1.3, "×", None, "VoleMerge"),
        ],
    },
    {
        "field": "efficiency",
        "title": "WrenSR: Reparameterized Large-Kernel Attention for Efficient Image Super-Resolution",
        "text": (
            "WrenSR ranks second in the main track of the NTIRE 2024 Efficient Super-Resolution Challenge, with a "
            "runtime of 10.8 ms per image on the DIV2K_LSDIR validation set, 21% faster than SPAN. The network "
            "stacks six blocks; in each, a 3×3 convolution obtained by structural reparameterization of a 13×13 "
            "large-kernel branch feeds a parameter-free attention gate. Knowledge distillation from a SwinIR "
            "teacher is applied only in the last 100K iterations. For ×4 super-resolution, WrenSR has 0.151M "
            "parameters and 9.6G FLOPs, versus 0.276M and 17.8G for RLFN, yet attains 26.61 dB PSNR and 0.8021 "
            "SSIM on Urban100 (RLFN: 26.17 dB). Across Set5, Set14, B100, Urban100 and Manga109 it improves PSNR by "
            "an average of 0.14 dB over SPAN at ×4. On the DIV2K_LSDIR test set of the challenge, it reaches 26.99 "
            "dB PSNR, above the 26.90 dB threshold set by the organisers. Ablations show that removing the "
            "reparameterized branch costs 0.09 dB PSNR on Urban100 and that distillation adds 0.05 dB. Code and "
            "pre-trained models are available."
        ),
        "spans": [
            ("WrenSR", "M"), ("Large-Kernel Attention", "M"), ("Efficient Image Super-Resolution", "T"),
            ("NTIRE 2024 Efficient Super-Resolution Challenge", "D"), ("runtime", "X"), ("DIV2K_LSDIR", "D"),
            ("SPAN", "M"), ("structural reparameterization", "M"), ("Knowledge distillation", "M"),
            ("distillation", "M"), ("SwinIR", "M"), ("super-resolution", "T"), ("parameters", "X"),
            ("FLOPs", "X"), ("RLFN", "M"), ("PSNR", "X"), ("SSIM", "X"), ("Urban100", "D"), ("Set5", "D"),
            ("Set14", "D"), ("B100", "D"), ("Manga109", "D"),
        ],
        "results": [
            ("runtime of 10.8 ms", "runtime", 10.8, "ms", "DIV2K_LSDIR", "WrenSR"),
            ("21% faster", "speed-up", 21, "%", "DIV2K_LSDIR", "WrenSR"),
            ("0.151M parameters", "parameters", 0.151, "M", None, "WrenSR"),
            ("9.6G FLOPs", "FLOPs", 9.6, "G", None, "WrenSR"),
            ("0.276M", "parameters", 0.276, "M", None, "RLFN"),
            ("17.8G", "FLOPs", 17.8, "G", None, "RLFN"),
            ("26.61 dB PSNR", "PSNR", 26.61, "dB", "Urban100", "WrenSR"),
            ("0.8021 SSIM", "SSIM", 0.8021, None, "Urban100", "WrenSR"),
            ("26.17 dB", "PSNR", 26.17, "dB", "Urban100", "RLFN"),
            ("PSNR by an average of 0.14 dB", "PSNR", 0.14, "dB", None, None),
            ("26.99 dB PSNR", "PSNR", 26.99, "dB", "DIV2K_LSDIR", None),
            ("costs 0.09 dB PSNR", "PSNR", 0.09, "dB", "Urban100", None),
            ("adds 0.05 dB", "improvement", 0.05, "dB", None, "distillation"),
        ],
    },
    {
        "field": "efficiency",
        "title": "YewPrune: One-Shot Structured Pruning of Large Language Models with Learned Channel Masks",
        "text": (
            "Structured pruning removes whole attention heads, channels or layers from large language models "
            "(LLMs) and therefore yields real speed-ups on commodity hardware, unlike unstructured pruning. "
            "Existing one-shot methods such as LLM-Pruner, SliceGPT and FLAP estimate importance from first-order "
            "or magnitude statistics, which correlate poorly with the loss increase caused by removing many "
            "structures at once. YewPrune learns a differentiable mask over heads and intermediate channels from "
            "1,024 calibration sequences of C4, regularised towards a target sparsity, and then compensates each "
            "pruned layer with a closed-form least-squares update of the next projection. Pruning Llama-2-7B to "
            "50% sparsity takes 2.4 GPU-hours on a single H100. At 30% and 50% sparsity, YewPrune reaches "
            "WikiText-2 perplexities of 7.21 and 10.84, respectively, compared with 9.45 and 18.60 for SliceGPT. "
            "On seven zero-shot commonsense reasoning tasks (BoolQ, PIQA, HellaSwag, WinoGrande, ARC-e, ARC-c and "
            "OpenBookQA), the 30%-pruned Llama-2-7B retains 94.8% of the dense model's average accuracy and is the "
            "most accurate pruned model on 6 of the 7 tasks. Results carry over to Llama-3-8B, whose perplexity "
            "rises from 6.14 to 9.02 at 30% sparsity (FLAP: 11.37). The pruned models decode 1.48× faster at batch "
            "size 1 and need 38% less GPU memory. After LoRA fine-tuning on 50K Alpaca samples, average accuracy "
            "recovers by a further 1.9 points."
        ),
        "spans": [
            ("YewPrune", "M"), ("Structured Pruning", "M"), ("Structured pruning", "M"),
            ("Large Language Models", "M"), ("large language models", "M"), ("LLMs", "M"),
            ("unstructured pruning", "M"), ("LLM-Pruner", "M"), ("SliceGPT", "M"), ("FLAP", "M"), ("C4", "D"),
            ("Llama-2-7B", "M"), ("WikiText-2", "D"), ("perplexities", "X"), ("perplexity", "X"),
            ("commonsense reasoning", "T"), ("BoolQ", "D"), ("PIQA", "D"), ("HellaSwag", "D"),
            ("WinoGrande", "D"), ("ARC-e", "D"), ("ARC-c", "D"), ("OpenBookQA", "D"), ("average accuracy", "X"),
            ("Llama-3-8B", "M"), ("GPU memory", "X"), ("LoRA", "M"), ("Alpaca", "D"),
        ],
        "results": [
            ("takes 2.4 GPU-hours", "pruning time", 2.4, "GPU-hours", None, "Llama-2-7B"),
            ("perplexities of 7.21", "perplexity", 7.21, None, "WikiText-2", "YewPrune"),
            ("10.84", "perplexity", 10.84, None, "WikiText-2", "YewPrune"),
            ("9.45", "perplexity", 9.45, None, "WikiText-2", "SliceGPT"),
            ("18.60", "perplexity", 18.60, None, "WikiText-2", "SliceGPT"),
            ("retains 94.8% of the dense model's average accuracy", "relative average accuracy", 94.8, "%", None,
             "Llama-2-7B"),
            ("most accurate pruned model on 6 of the 7 tasks", "tasks ranked first", 6, None, None, "Llama-2-7B"),
            ("perplexity rises from 6.14 to 9.02", "perplexity", 9.02, None, None, "Llama-3-8B"),
            ("FLAP: 11.37", "perplexity", 11.37, None, None, "FLAP"),
            ("decode 1.48× faster", "decoding speed-up", 1.48, "×", None, None),
            ("38% less GPU memory", "GPU memory reduction", 38, "%", None, None),
            ("average accuracy recovers by a further 1.9 points", "average accuracy", 1.9, "points", "Alpaca",
             "LoRA"),
        ],
    },
    {
        "field": "efficiency",
        "title": "UmberNAS: Supernet-Free Neural Architecture Search for Mobile Backbones with Zero-Cost Proxies",
        "text": (
            "Neural architecture search (NAS) can tailor vision backbones to a target phone, but supernet training "
            "typically costs hundreds of GPU hours per search space, and latency predictors must be rebuilt for "
            "every device. We ask whether training-free proxies suffice. UmberNAS ranks candidate architectures "
            "with a combination of two zero-cost proxies, gradient norm and Jacobian covariance, and measures "
            "latency directly on the device during an evolutionary search; no supernet is trained. The complete "
            "search over a MobileNetV3-style space takes 0.7 GPU-days, against 40 for Once-for-All. The UmberNAS "
            "model found for a Pixel 8, trained from scratch for 450 epochs, reaches 77.9% top-1 accuracy on "
            "ImageNet-1K at 5.1 ms, compared with 75.2% at 5.3 ms for MobileNetV3-Large and 77.1% at 6.0 ms for "
            "EfficientNet-B0. Across six phones and edge boards, UmberNAS models Pareto-dominate the best manually "
            "designed backbone on 5 devices. Used as the backbone of SSDLite on COCO, the UmberNAS Pixel 8 model "
            "yields 27.3 mAP, 1.4 points above MobileNetV3-Large, while cutting detector latency from 12.3 ms to "
            "8.9 ms. We stress two limitations. The rank correlation between our proxy and trained accuracy is only "
            "moderate (Kendall τ of 0.61, 95% CI 0.55-0.67, on NAS-Bench-201), so some strong architectures are "
            "missed; and the gains shrink on GPUs, where latency is dominated by memory bandwidth rather than by "
            "the operations the proxies favour."
        ),
        "spans": [
            ("UmberNAS", "M"), ("Neural Architecture Search", "M"), ("Neural architecture search", "M"),
            ("NAS", "M"), ("Zero-Cost Proxies", "M"), ("zero-cost proxies", "M"), ("latency", "X", {"skip": [0]}),
            ("gradient norm", "M"), ("Jacobian covariance", "M"),
            ("evolutionary search", "M"), ("MobileNetV3", "M"), ("Once-for-All", "M"), ("top-1 accuracy", "X"),
            ("ImageNet-1K", "D"), ("MobileNetV3-Large", "M"), ("EfficientNet-B0", "M"), ("SSDLite", "M"),
            ("COCO", "D"), ("mAP", "X"), ("detector latency", "X"), ("rank correlation", "X"),
            ("accuracy", "X"), ("Kendall τ", "X"), ("NAS-Bench-201", "D"),
        ],
        "results": [
            ("takes 0.7 GPU-days", "search time", 0.7, "GPU-days", None, None),
            ("against 40", "search time", 40, "GPU-days", None, "Once-for-All"),
            ("77.9% top-1 accuracy", "top-1 accuracy", 77.9, "%", "ImageNet-1K", "UmberNAS"),
            ("at 5.1 ms", "latency", 5.1, "ms", "ImageNet-1K", "UmberNAS"),
            ("75.2%", "top-1 accuracy", 75.2, "%", "ImageNet-1K", "MobileNetV3-Large"),
            ("at 5.3 ms", "latency", 5.3, "ms", "ImageNet-1K", "MobileNetV3-Large"),
            ("77.1%", "top-1 accuracy", 77.1, "%", "ImageNet-1K", "EfficientNet-B0"),
            ("at 6.0 ms", "latency", 6.0, "ms", "ImageNet-1K", "EfficientNet-B0"),
            ("on 5 devices", "devices won", 5, None, None, "UmberNAS"),
            ("27.3 mAP", "mAP", 27.3, None, "COCO", "UmberNAS"),
            ("1.4 points", "mAP", 1.4, "points", "COCO", "UmberNAS"),
            ("detector latency from 12.3 ms to 8.9 ms", "detector latency", 8.9, "ms", "COCO", "UmberNAS"),
            ("Kendall τ of 0.61", "Kendall τ", 0.61, None, "NAS-Bench-201", None),
            ("0.55-0.67", "Kendall τ", 0.67, None, "NAS-Bench-201", None, {"low": 0.55}),
        ],
    },
]
