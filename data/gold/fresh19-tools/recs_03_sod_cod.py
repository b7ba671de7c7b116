"""fresh19 records: salient-object-detection (6) and camouflaged-object-detection (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline was
never run or looked at while writing them."""

COINED = ["Jzarvel", "Jzolmic", "Jzenkrit", "Jzubrane", "Jzemvora", "Jzorrith", "Jzaquill", "Jzildor",
          "Jzunmere", "Jzevlith", "Jzoberan", "Jzykotte", "Jzafrenne"]

RECS = [
    # ------------------------------------------------------------ salient-object-detection
    {
        "field": "salient-object-detection",
        "title": "Jzarvel: Frequency-Aware Boundary Decoding with Pyramid Vision Transformers for Salient Object "
                 "Detection",
        "text": (
            "Salient object detection (SOD) aims to segment the most visually distinctive objects in an image, and "
            "recent transformer-based detectors such as VST and ICON have pushed region accuracy close to saturation "
            "on the standard benchmarks. Their predictions, however, still blur thin structures and object "
            "boundaries, because the decoder upsamples coarse tokens without ever seeing high-frequency detail. We "
            "propose Jzarvel, a decoder that splits each backbone feature into low- and high-frequency bands with a "
            "learnable discrete wavelet transform and refines boundaries with band-specific gating guided by an "
            "auxiliary edge map. Built on PVTv2-B2 and trained only on DUTS-TR, Jzarvel is evaluated on five "
            "benchmarks: DUTS-TE, ECSSD, HKU-IS, PASCAL-S and DUT-OMRON. It obtains S-measure (Sα) scores of 0.921, "
            "0.942, 0.934, 0.879 and 0.868 and mean absolute errors (MAE) of 0.023, 0.020, 0.021, 0.048 and 0.042 on "
            "these datasets, respectively. On DUTS-TE, Jzarvel raises the weighted F-measure from 0.862 for ICON to "
            "0.889. Jzarvel also surpasses MENet by 1.6 points in max F-measure on DUT-OMRON. The decoder adds only "
            "3.1M parameters to the backbone, and Jzarvel runs at 58 FPS on a single RTX 4090 at 384×384 input. "
            "Ablations show that the high-frequency branch accounts for most of the boundary gain, improving the "
            "boundary F-measure by 4.2%."
        ),
        "spans": [
            ("Jzarvel", "M"), ("Pyramid Vision Transformers", "M"), ("Salient Object Detection", "T"),
            ("Salient object detection", "T"), ("SOD", "T"), ("transformer", "M"), ("VST", "M"), ("ICON", "M"),
            ("discrete wavelet transform", "M"), ("PVTv2-B2", "M"), ("DUTS-TR", "D"), ("DUTS-TE", "D"),
            ("ECSSD", "D"), ("HKU-IS", "D"), ("PASCAL-S", "D"), ("DUT-OMRON", "D"), ("S-measure", "X"),
            ("Sα", "X"), ("mean absolute errors", "X"), ("MAE", "X"), ("weighted F-measure", "X"), ("MENet", "M"),
            ("max F-measure", "X"), ("FPS", "X"), ("boundary F-measure", "X"),
        ],
        "results": [
            ("S-measure (Sα) scores of 0.921", "S-measure", 0.921, None, "DUTS-TE", "Jzarvel"),
            ("0.942", "S-measure", 0.942, None, "ECSSD", "Jzarvel"),
            ("0.934", "S-measure", 0.934, None, "HKU-IS", "Jzarvel"),
            ("0.879", "S-measure", 0.879, None, "PASCAL-S", "Jzarvel"),
            ("0.868", "S-measure", 0.868, None, "DUT-OMRON", "Jzarvel"),
            ("mean absolute errors (MAE) of 0.023", "MAE", 0.023, None, "DUTS-TE", "Jzarvel"),
            ("0.020", "MAE", 0.020, None, "ECSSD", "Jzarvel"),
            ("0.021", "MAE", 0.021, None, "HKU-IS", "Jzarvel"),
            ("0.048", "MAE", 0.048, None, "PASCAL-S", "Jzarvel"),
            ("0.042", "MAE", 0.042, None, "DUT-OMRON", "Jzarvel"),
            ("weighted F-measure from 0.862", "weighted F-measure", 0.862, None, "DUTS-TE", "ICON"),
            ("0.889", "weighted F-measure", 0.889, None, "DUTS-TE", "Jzarvel"),
            ("1.6 points in max F-measure", "max F-measure", 1.6, "points", "DUT-OMRON", "Jzarvel"),
            ("58 FPS", "FPS", 58, None, None, "Jzarvel"),
            ("boundary F-measure by 4.2%", "boundary F-measure", 4.2, "%", None, None),
        ],
    },
    {
        "field": "salient-object-detection",
        "title": "Jzolmic: Depth-Quality-Aware Mamba Fusion for RGB-D Salient Object Detection",
        "text": (
            "RGB-D salient object detection exploits depth maps to separate salient objects from cluttered "
            "backgrounds, but depth captured by consumer sensors or predicted by monocular estimators is often noisy, "
            "and fusing it uniformly can hurt more than it helps. Transformer fusion models such as SwinNet and "
            "CATNet also scale quadratically with resolution, which limits their use on high-resolution inputs. We "
            "present Jzolmic, a two-stream network that fuses RGB and depth features with cross-modal blocks built on "
            "Mamba and scores depth reliability per region, so that unreliable depth is down-weighted before fusion. "
            "Jzolmic is trained on the standard 2,985-image split of NJU2K and NLPR and tested on NJU2K, NLPR, STERE, "
            "SIP and DES. Across the five test sets, Jzolmic obtains an average S-measure of 0.934 and an average MAE "
            "of 0.024. On SIP, whose depth maps are the noisiest, Jzolmic reaches an Sα of 0.912 and an MAE of "
            "0.037, compared with 0.894 and 0.046 for SPNet. With a Swin-B backbone, Jzolmic needs 41% fewer FLOPs "
            "than CATNet (67.2G vs. 114.0G) and processes a 384×384 pair in 21 ms. When depth is replaced with "
            "predictions from Depth Anything, the S-measure on STERE drops by only 0.6%, whereas BBS-Net loses 2.8%. "
            "These results indicate that estimating where depth can be trusted matters more than how it is fused."
        ),
        "spans": [
            ("Jzolmic", "M"), ("Mamba", "M"), ("RGB-D Salient Object Detection", "T"),
            ("RGB-D salient object detection", "T"), ("Transformer", "M"), ("SwinNet", "M"), ("CATNet", "M"),
            ("NJU2K", "D"), ("NLPR", "D"), ("STERE", "D"), ("SIP", "D"), ("DES", "D"), ("average S-measure", "X"),
            ("average MAE", "X"), ("Sα", "X"), ("MAE", "X"), ("SPNet", "M"), ("Swin-B", "M"), ("FLOPs", "X"),
            ("Depth Anything", "M"), ("S-measure", "X"), ("BBS-Net", "M"),
        ],
        "results": [
            ("average S-measure of 0.934", "S-measure", 0.934, None, None, "Jzolmic"),
            ("average MAE of 0.024", "MAE", 0.024, None, None, "Jzolmic"),
            ("Sα of 0.912", "S-measure", 0.912, None, "SIP", "Jzolmic"),
            ("MAE of 0.037", "MAE", 0.037, None, "SIP", "Jzolmic"),
            ("0.894", "S-measure", 0.894, None, "SIP", "SPNet"),
            ("0.046", "MAE", 0.046, None, "SIP", "SPNet"),
            ("41% fewer FLOPs", "FLOPs reduction", 41, "%", None, "Jzolmic"),
            ("67.2G", "FLOPs", 67.2, "G", None, "Jzolmic"),
            ("114.0G", "FLOPs", 114.0, "G", None, "CATNet"),
            ("in 21 ms", "latency", 21, "ms", None, "Jzolmic"),
            ("S-measure on STERE drops by only 0.6%", "S-measure", 0.6, "%", "STERE", None),
            ("loses 2.8%", "S-measure", 2.8, "%", "STERE", "BBS-Net"),
        ],
    },
    {
        "field": "salient-object-detection",
        "title": "Jzenkrit: Prompting SAM 2 with Learned Saliency Memory for Video Salient Object Detection",
        "text": (
            "Video salient object detection (VSOD) requires masks that are both accurate in every frame and "
            "consistent over time. Foundation models for promptable segmentation, in particular SAM 2, track objects "
            "robustly once prompted, but they do not know which object is salient. We introduce Jzenkrit, which "
            "learns a lightweight saliency prompter on top of a frozen SAM 2: the prompter predicts a coarse "
            "saliency map from the first frames and from motion cues computed by RAFT, turns it into point and mask "
            "prompts, and re-prompts the memory bank whenever the predicted saliency and the tracked mask diverge. "
            "Only 4.6M parameters are trained. We evaluate on DAVIS16, DAVSOD, FBMS, SegV2 and ViSal. On DAVSOD, the "
            "most challenging benchmark, Jzenkrit achieves an S-measure of 0.803 and a max F-measure of 0.731, "
            "improving over the previous best method, DCFNet, by 3.2 and 4.5 points, respectively. On DAVIS16, "
            "Jzenkrit reaches an MAE of 0.011 (DCFNet: 0.016; FSNet: 0.020). Overall, Jzenkrit ranks first in "
            "S-measure on 4 of the 5 datasets. Re-prompting matters: disabling it lowers the S-measure on DAVSOD by "
            "2.1 points. Jzenkrit runs at 31 FPS with the Hiera-S variant of SAM 2, about 2× faster than prompting "
            "SAM 2 anew for every frame, which makes it usable for streaming video."
        ),
        "spans": [
            ("Jzenkrit", "M"), ("SAM 2", "M"), ("Video Salient Object Detection", "T"),
            ("Video salient object detection", "T"), ("VSOD", "T"), ("promptable segmentation", "T"),
            ("RAFT", "M"), ("DAVIS16", "D"), ("DAVSOD", "D"), ("FBMS", "D"), ("SegV2", "D"), ("ViSal", "D"),
            ("S-measure", "X"), ("max F-measure", "X"), ("DCFNet", "M"), ("MAE", "X"), ("FSNet", "M"),
            ("FPS", "X"), ("Hiera-S", "M"),
        ],
        "results": [
            ("S-measure of 0.803", "S-measure", 0.803, None, "DAVSOD", "Jzenkrit"),
            ("max F-measure of 0.731", "max F-measure", 0.731, None, "DAVSOD", "Jzenkrit"),
            ("3.2", "S-measure", 3.2, "points", "DAVSOD", "Jzenkrit"),
            ("4.5 points", "max F-measure", 4.5, "points", "DAVSOD", "Jzenkrit"),
            ("MAE of 0.011", "MAE", 0.011, None, "DAVIS16", "Jzenkrit"),
            ("DCFNet: 0.016", "MAE", 0.016, None, "DAVIS16", "DCFNet"),
            ("FSNet: 0.020", "MAE", 0.020, None, "DAVIS16", "FSNet"),
            ("ranks first in S-measure on 4 of the 5 datasets", "datasets ranked first", 4, None, None, "Jzenkrit"),
            ("lowers the S-measure on DAVSOD by 2.1 points", "S-measure", 2.1, "points", "DAVSOD", None),
            ("31 FPS", "FPS", 31, None, None, "Jzenkrit"),
            ("2× faster", "speed-up", 2, "×", None, "Jzenkrit"),
        ],
    },
    {
        "field": "salient-object-detection",
        "title": "Jzubrane: Distilling Segment Anything into a Sub-Megabyte Model for Mobile Salient Object Detection",
        "text": (
            "Lightweight salient object detection models such as CSNet, SAMNet and EDN-Lite make saliency usable on "
            "phones, but their accuracy still trails heavy transformer-based detectors by a wide margin, especially on "
            "images that contain several salient objects. We propose Jzubrane, a compact detector trained by "
            "knowledge distillation from a SAM-based teacher that has been fine-tuned for saliency. Rather than "
            "matching output maps, Jzubrane distills the teacher's boundary-aware affinity between pixels at three "
            "scales, which transfers structural knowledge that a small student cannot discover from binary masks "
            "alone. The student uses a MobileNetV3 backbone with a lightweight decoder and contains 0.92M parameters "
            "in total. It is trained on DUTS-TR. Jzubrane attains a max F-measure of 0.872 on DUTS-TE and 0.801 on "
            "DUT-OMRON, within 1.5 points of the teacher on both, while requiring 0.7 GFLOPs at 320×320 resolution. "
            "On a Snapdragon 8 Gen 2 phone, Jzubrane processes an image in 6.8 ms, 3.4× faster than EDN-Lite at "
            "higher accuracy. We further show that the distilled affinity carries over to RGB-D salient object "
            "detection: adding a depth stem of 0.1M parameters yields competitive results on NJU2K without any "
            "depth-specific design or additional distillation."
        ),
        "spans": [
            ("Jzubrane", "M"), ("Segment Anything", "M"), ("Salient Object Detection", "T"),
            ("salient object detection", "T"), ("CSNet", "M"), ("SAMNet", "M"), ("EDN-Lite", "M"),
            ("accuracy", "X"), ("transformer", "M"), ("knowledge distillation", "M"), ("SAM", "M"),
            ("MobileNetV3", "M"), ("DUTS-TR", "D"), ("max F-measure", "X"), ("DUTS-TE", "D"), ("DUT-OMRON", "D"),
            ("GFLOPs", "X"), ("RGB-D salient object detection", "T"), ("NJU2K", "D"), ("distillation", "M"),
        ],
        "results": [
            ("max F-measure of 0.872", "max F-measure", 0.872, None, "DUTS-TE", "Jzubrane"),
            ("0.801", "max F-measure", 0.801, None, "DUT-OMRON", "Jzubrane"),
            ("within 1.5 points", "max F-measure", 1.5, "points", None, "Jzubrane"),
            ("0.7 GFLOPs", "FLOPs", 0.7, "G", None, "Jzubrane"),
            ("in 6.8 ms", "latency", 6.8, "ms", None, "Jzubrane"),
            ("3.4× faster", "speed-up", 3.4, "×", None, "Jzubrane"),
        ],
    },
    {
        "field": "salient-object-detection",
        "title": "Jzemvora: One-Step Diffusion Refinement for High-Resolution Salient Object Detection",
        "text": (
            "High-resolution salient object detection must recover hair, wires and other fine structures in images "
            "of 2K resolution and beyond, where detectors trained at 384×384 lose most detail and processing crops "
            "separately breaks global context. We present Jzemvora, which treats saliency refinement as a denoising "
            "problem: a coarse map from any off-the-shelf detector conditions a latent diffusion model fine-tuned "
            "from Stable Diffusion 2.1, and a single denoising step, obtained by distillation from a 50-step teacher, "
            "produces the refined full-resolution mask. Jzemvora is trained on the union of DUTS-TR and HRSOD-TR and "
            "evaluated on DAVIS-S, HRSOD-TE and UHRSD-TE. On UHRSD-TE, Jzemvora lowers the MAE of InSPyReNet from "
            "0.020 to 0.016 and improves the boundary-sensitive mBA metric by 3.9 points. On HRSOD-TE, Jzemvora "
            "raises the S-measure to 0.961. Compared with PGNet, which reaches an E-measure (Eφ) of 0.946 on DAVIS-S, "
            "Jzemvora attains 0.978. The one-step design is what makes the approach practical: refining a 2048×2048 "
            "image takes 0.41 s on an A100, 38× less than with the multi-step teacher, at a cost of only 0.002 in "
            "MAE. The refiner is detector-agnostic, and applying it to BiRefNet outputs yields further gains on all "
            "three benchmarks."
        ),
        "spans": [
            ("Jzemvora", "M"), ("High-Resolution Salient Object Detection", "T"),
            ("High-resolution salient object detection", "T"), ("latent diffusion model", "M"),
            ("Stable Diffusion 2.1", "M"), ("distillation", "M"), ("DUTS-TR", "D"), ("HRSOD-TR", "D"),
            ("DAVIS-S", "D"), ("HRSOD-TE", "D"), ("UHRSD-TE", "D"), ("MAE", "X"), ("InSPyReNet", "M"),
            ("mBA", "X"), ("S-measure", "X"), ("PGNet", "M"), ("E-measure", "X"), ("Eφ", "X"), ("BiRefNet", "M"),
        ],
        "results": [
            ("MAE of InSPyReNet from 0.020", "MAE", 0.020, None, "UHRSD-TE", "InSPyReNet"),
            ("0.016", "MAE", 0.016, None, "UHRSD-TE", "Jzemvora"),
            ("mBA metric by 3.9 points", "mBA", 3.9, "points", "UHRSD-TE", "Jzemvora"),
            ("S-measure to 0.961", "S-measure", 0.961, None, "HRSOD-TE", "Jzemvora"),
            ("E-measure (Eφ) of 0.946", "E-measure", 0.946, None, "DAVIS-S", "PGNet"),
            ("0.978", "E-measure", 0.978, None, "DAVIS-S", "Jzemvora"),
            ("takes 0.41 s", "refinement time", 0.41, "s", None, None),
            ("38× less", "refinement time reduction", 38, "×", None, None),
            ("0.002 in MAE", "MAE", 0.002, None, None, None),
        ],
    },
    {
        "field": "salient-object-detection",
        "title": "Jzorrith: Optional Modality Tokens for Unified Salient Object Detection",
        "text": (
            "Salient object detection is usually studied as three separate problems, on RGB images, on RGB-D pairs "
            "and on videos, each with its own architectures, training data and model zoo. This fragmentation "
            "multiplies engineering cost and prevents cues learned in one setting, such as motion or geometry, from "
            "helping the others. We propose Jzorrith, a single network that treats depth and optical flow as "
            "optional auxiliary modalities: they are encoded by a shared ViT-B encoder as extra token streams, and a "
            "modality dropout schedule during training teaches the model to degrade gracefully when a stream is "
            "absent. Jzorrith is trained jointly on DUTS-TR, the NJU2K and NLPR training split, and the DAVIS16 and "
            "DAVSOD training videos, and then evaluated without any task-specific fine-tuning. With one set of "
            "weights, Jzorrith outperforms the best specialist model on 11 of the 13 test sets we consider, with "
            "S-measures of 0.927 on DUTS-TE, 0.940 on NLPR and 0.917 on DAVIS16. Joint training benefits the "
            "smaller modalities most: compared with a copy trained only on RGB-D data, Jzorrith gains +2.4 points in "
            "weighted F-measure on SIP. We also find that depth helps on ambiguous scenes even when it is estimated "
            "by Depth Anything V2 rather than measured. Code and unified evaluation scripts will be released."
        ),
        "spans": [
            ("Jzorrith", "M"), ("Salient Object Detection", "T"), ("Salient object detection", "T"),
            ("ViT-B", "M"), ("modality dropout", "M"), ("DUTS-TR", "D"), ("NJU2K", "D"), ("NLPR", "D"),
            ("DAVIS16", "D"), ("DAVSOD", "D"), ("S-measures", "X"), ("DUTS-TE", "D"), ("weighted F-measure", "X"),
            ("SIP", "D"), ("Depth Anything V2", "M"),
        ],
        "results": [
            ("outperforms the best specialist model on 11 of the 13 test sets", "test sets won", 11, None, None,
             "Jzorrith"),
            ("S-measures of 0.927", "S-measure", 0.927, None, "DUTS-TE", "Jzorrith"),
            ("0.940", "S-measure", 0.940, None, "NLPR", "Jzorrith"),
            ("0.917", "S-measure", 0.917, None, "DAVIS16", "Jzorrith"),
            ("+2.4 points in weighted F-measure", "weighted F-measure", 2.4, "points", "SIP", "Jzorrith"),
        ],
    },
    # ------------------------------------------------------------ camouflaged-object-detection
    {
        "field": "camouflaged-object-detection",
        "title": "Jzaquill: Iterative Foreground-Background Decoupling for Camouflaged Object Detection",
        "text": (
            "Camouflaged object detection (COD) seeks objects that blend into their surroundings through similar "
            "colour, texture or pattern, which makes the foreground and background features of a detector nearly "
            "indistinguishable. Existing methods such as ZoomNet and FEDER refine a single foreground map, so errors "
            "on the background side are never corrected explicitly. We propose Jzaquill, which maintains separate "
            "foreground and background hypotheses and updates them alternately over four iterations, each hypothesis "
            "attending to the regions the other rejects. With a PVTv2-B4 backbone and training on the 4,040-image "
            "union of the COD10K and CAMO training sets, Jzaquill is evaluated on CAMO, CHAMELEON, COD10K and NC4K. "
            "On COD10K, Jzaquill achieves Sα = 0.889, mean Eφ = 0.945, Fβw = 0.818 and MAE = 0.019, against "
            "0.855 / 0.918 / 0.756 / 0.025 for FEDER. On NC4K, the corresponding figures are 0.894, 0.939, 0.849 and "
            "0.027. Jzaquill improves the weighted F-measure over ZoomNeXt by 2.1% on CAMO and 1.4% on NC4K while "
            "using 23% fewer parameters. The largest gains occur on images containing several camouflaged instances "
            "or heavily occluded ones, where background reasoning matters most. Jzaquill runs at 37 FPS at 384×384 "
            "resolution."
        ),
        "spans": [
            ("Jzaquill", "M"), ("Camouflaged Object Detection", "T"), ("Camouflaged object detection", "T"),
            ("COD", "T"), ("ZoomNet", "M"), ("FEDER", "M"), ("PVTv2-B4", "M"), ("COD10K", "D"), ("CAMO", "D"),
            ("CHAMELEON", "D"), ("NC4K", "D"), ("Sα", "X"), ("mean Eφ", "X"), ("Fβw", "X"), ("MAE", "X"),
            ("weighted F-measure", "X"), ("ZoomNeXt", "M"), ("parameters", "X"), ("FPS", "X"),
        ],
        "results": [
            ("Sα = 0.889", "S-measure", 0.889, None, "COD10K", "Jzaquill"),
            ("mean Eφ = 0.945", "E-measure", 0.945, None, "COD10K", "Jzaquill"),
            ("Fβw = 0.818", "weighted F-measure", 0.818, None, "COD10K", "Jzaquill"),
            ("MAE = 0.019", "MAE", 0.019, None, "COD10K", "Jzaquill"),
            ("0.855", "S-measure", 0.855, None, "COD10K", "FEDER"),
            ("0.918", "E-measure", 0.918, None, "COD10K", "FEDER"),
            ("0.756", "weighted F-measure", 0.756, None, "COD10K", "FEDER"),
            ("0.025", "MAE", 0.025, None, "COD10K", "FEDER"),
            ("0.894", "S-measure", 0.894, None, "NC4K", None),
            ("0.939", "E-measure", 0.939, None, "NC4K", None),
            ("0.849", "weighted F-measure", 0.849, None, "NC4K", None),
            ("0.027", "MAE", 0.027, None, "NC4K", None),
            ("2.1% on CAMO", "weighted F-measure", 2.1, "%", "CAMO", "Jzaquill"),
            ("1.4% on NC4K", "weighted F-measure", 1.4, "%", "NC4K", "Jzaquill"),
            ("23% fewer parameters", "parameter reduction", 23, "%", None, "Jzaquill"),
            ("37 FPS", "FPS", 37, None, None, "Jzaquill"),
        ],
    },
    {
        "field": "camouflaged-object-detection",
        "title": "Jzildor: Prompt-Free Adaptation of Segment Anything for Camouflaged Object Segmentation",
        "text": (
            "The Segment Anything Model (SAM) generalizes remarkably across natural images but performs poorly on "
            "camouflaged objects, and prompting it with boxes or points assumes that the object has already been "
            "found. Parameter-efficient variants such as SAM-Adapter and SAM2-UNet remove the need for prompts, yet "
            "they tune all channels uniformly and ignore that camouflage is mainly a texture problem. We present "
            "Jzildor, a prompt-free adaptation of SAM 2 that inserts texture-frequency adapters into the Hiera "
            "encoder and generates dense prompt embeddings from a lightweight camouflage localizer. Only 3.8% of the "
            "parameters are trainable. On the four standard benchmarks, CHAMELEON, CAMO, COD10K and NC4K, Jzildor "
            "obtains S-measures of 0.921, 0.874, 0.893 and 0.899, respectively. Jzildor outperforms SAM2-UNet by 1.7 "
            "points in mean E-measure on CAMO and reduces MAE on COD10K by 18%, from 0.022 to 0.018. Compared with "
            "full fine-tuning of SAM 2, which reaches an S-measure of 0.881 on COD10K, Jzildor is better by 1.2 "
            "points while training 4.1× faster. In a zero-shot transfer to polyp segmentation on Kvasir-SEG, Jzildor "
            "achieves a mean Dice of 0.902 without seeing any medical images, suggesting that the adapters capture a "
            "general notion of concealment rather than cues specific to animals."
        ),
        "spans": [
            ("Jzildor", "M"), ("Segment Anything", "M"), ("Camouflaged Object Segmentation", "T"),
            ("Segment Anything Model", "M"), ("SAM", "M"), ("SAM-Adapter", "M"), ("SAM2-UNet", "M"),
            ("SAM 2", "M"), ("Hiera", "M"), ("CHAMELEON", "D"), ("CAMO", "D"), ("COD10K", "D"), ("NC4K", "D"),
            ("S-measures", "X"), ("mean E-measure", "X"), ("MAE", "X"), ("full fine-tuning", "M"),
            ("S-measure", "X"), ("polyp segmentation", "T"), ("Kvasir-SEG", "D"), ("mean Dice", "X"),
        ],
        "results": [
            ("S-measures of 0.921", "S-measure", 0.921, None, "CHAMELEON", "Jzildor"),
            ("0.874", "S-measure", 0.874, None, "CAMO", "Jzildor"),
            ("0.893", "S-measure", 0.893, None, "COD10K", "Jzildor"),
            ("0.899", "S-measure", 0.899, None, "NC4K", "Jzildor"),
            ("1.7 points in mean E-measure", "E-measure", 1.7, "points", "CAMO", "Jzildor"),
            ("reduces MAE on COD10K by 18%", "MAE reduction", 18, "%", "COD10K", "Jzildor"),
            ("from 0.022 to 0.018", "MAE", 0.018, None, "COD10K", "Jzildor"),
            ("S-measure of 0.881", "S-measure", 0.881, None, "COD10K", "full fine-tuning"),
            ("better by 1.2 points", "S-measure", 1.2, "points", "COD10K", "Jzildor"),
            ("4.1× faster", "training speed-up", 4.1, "×", None, "Jzildor"),
            ("mean Dice of 0.902", "Dice", 0.902, None, "Kvasir-SEG", "Jzildor"),
        ],
    },
    {
        "field": "camouflaged-object-detection",
        "title": "Jzunmere: Motion-Guided Memory for Video Camouflaged Object Detection, and the Jzevlith Benchmark",
        "text": (
            "Camouflaged animals often become visible only when they move, which makes video camouflaged object "
            "detection (VCOD) a natural complement to its image counterpart. Progress has been limited by data: "
            "MoCA-Mask provides 87 annotated sequences, and many of its masks are coarse. We introduce Jzevlith, a "
            "benchmark of 312 videos covering 74 species with dense pixel-level masks on every fifth frame and "
            "motion-difficulty tags, and Jzunmere, a VCOD model that estimates short-term motion with a frozen RAFT "
            "network, aggregates it over a memory of past frames and uses motion discontinuities to propose "
            "candidate regions for a PVTv2-B5 segmentation head. On MoCA-Mask, Jzunmere achieves an S-measure of "
            "0.721 and a mean Dice of 0.562, compared with 0.631 and 0.360 for SLT-Net and 0.690 and 0.497 for "
            "ZoomNeXt. On CAD, Jzunmere raises the mean IoU from 0.402 to 0.471. Jzevlith proves considerably "
            "harder. On Jzevlith, the best of nine evaluated methods reaches a weighted F-measure of only 0.483. "
            "Across methods, the weighted F-measure on segments where the animal is static is 30–45% lower than on "
            "moving segments, showing how strongly current models rely on motion. We hope Jzevlith will serve as a "
            "testbed for methods that reason jointly about appearance and motion."
        ),
        "spans": [
            ("Jzunmere", "M"), ("Jzevlith", "D"), ("Video Camouflaged Object Detection", "T"),
            ("video camouflaged object detection", "T"), ("VCOD", "T"), ("MoCA-Mask", "D"), ("RAFT", "M"),
            ("PVTv2-B5", "M"), ("S-measure", "X"), ("mean Dice", "X"), ("SLT-Net", "M"), ("ZoomNeXt", "M"),
            ("CAD", "D"), ("mean IoU", "X"), ("weighted F-measure", "X"),
        ],
        "results": [
            ("S-measure of 0.721", "S-measure", 0.721, None, "MoCA-Mask", "Jzunmere"),
            ("mean Dice of 0.562", "Dice", 0.562, None, "MoCA-Mask", "Jzunmere"),
            ("0.631", "S-measure", 0.631, None, "MoCA-Mask", "SLT-Net"),
            ("0.360", "Dice", 0.360, None, "MoCA-Mask", "SLT-Net"),
            ("0.690", "S-measure", 0.690, None, "MoCA-Mask", "ZoomNeXt"),
            ("0.497", "Dice", 0.497, None, "MoCA-Mask", "ZoomNeXt"),
            ("mean IoU from 0.402 to 0.471", "mIoU", 0.471, None, "CAD", "Jzunmere"),
            ("weighted F-measure of only 0.483", "weighted F-measure", 0.483, None, "Jzevlith", None),
            ("30–45% lower", "weighted F-measure", 45, "%", None, None, {"low": 30}),
        ],
    },
    {
        "field": "camouflaged-object-detection",
        "title": "Jzoberan: Scribble-Supervised Camouflaged Object Detection with Texture-Consistent Pseudo-Label "
                 "Growing",
        "text": (
            "Pixel-level masks for camouflaged objects are unusually expensive to draw, because annotators must trace "
            "boundaries that are by design hard to see. Weakly supervised camouflaged object detection therefore "
            "learns from scribbles or points, but sparse labels rarely reach the true extent of the object, and "
            "methods such as CRNet and WS-SAM still trail fully supervised models by a wide margin. We propose "
            "Jzoberan, which grows scribbles into dense pseudo-labels by propagating them over a graph of superpixels "
            "whose edges are weighted by texture similarity in DINOv2 feature space, and which refines the "
            "pseudo-labels online as the detector improves. Training uses only the S-COD scribble annotations of the "
            "4,040 COD10K and CAMO training images. Jzoberan obtains S-measure scores of 0.812 on COD10K and 0.836 on "
            "NC4K (WS-SAM: 0.803 and 0.829), and cuts the MAE on CAMO from 0.092 with CRNet to 0.071. Relative to the "
            "same network trained with full masks, Jzoberan retains 96.1% of the S-measure on COD10K. Pseudo-label "
            "quality improves steadily during training, with the IoU against held-out full masks rising from 0.61 "
            "after initial propagation to 0.78 at convergence. The remaining errors concentrate on thin appendages "
            "such as legs and antennae, which scribbles seldom touch."
        ),
        "spans": [
            ("Jzoberan", "M"), ("Scribble-Supervised Camouflaged Object Detection", "T"),
            ("Weakly supervised camouflaged object detection", "T"), ("CRNet", "M"), ("WS-SAM", "M"),
            ("DINOv2", "M"), ("S-COD", "D"), ("COD10K", "D"), ("CAMO", "D"), ("NC4K", "D"), ("S-measure", "X"),
            ("MAE", "X"), ("IoU", "X"),
        ],
        "results": [
            ("S-measure scores of 0.812", "S-measure", 0.812, None, "COD10K", "Jzoberan"),
            ("0.836", "S-measure", 0.836, None, "NC4K", "Jzoberan"),
            ("WS-SAM: 0.803", "S-measure", 0.803, None, "COD10K", "WS-SAM"),
            ("0.829", "S-measure", 0.829, None, "NC4K", "WS-SAM"),
            ("MAE on CAMO from 0.092", "MAE", 0.092, None, "CAMO", "CRNet"),
            ("0.071", "MAE", 0.071, None, "CAMO", "Jzoberan"),
            ("retains 96.1% of the S-measure", "relative S-measure", 96.1, "%", "COD10K", "Jzoberan"),
            ("IoU against held-out full masks rising from 0.61 after initial propagation to 0.78", "IoU", 0.78,
             None, None, None),
        ],
    },
    {
        "field": "camouflaged-object-detection",
        "title": "Jzykotte: Real-Time Camouflaged Object Detection on Edge Devices via Gradient-Guided Token Pruning",
        "text": (
            "Camouflaged object detection (COD) has applications in ecology, agriculture and search and rescue, "
            "settings in which models must often run on drones or embedded boards. State-of-the-art COD models rely "
            "on heavy transformer backbones, however, and rarely report their cost. We present Jzykotte, an "
            "efficient COD network that uses the object gradient map, which DGNet showed to be a strong cue for "
            "camouflage, to progressively prune background tokens from an EfficientViT-M4 encoder, keeping "
            "computation concentrated on candidate regions. A texture-aware decoder then reconstructs a "
            "full-resolution mask from the retained tokens. Jzykotte has 5.2M parameters and needs 3.9 GFLOPs per "
            "352×352 image, 6.2× fewer than SINet-V2 and 11.4× fewer than FSPNet. On a Jetson Orin NX, it runs at "
            "94 FPS in FP16 with 410 MB of peak memory. Despite this budget, Jzykotte reaches an S-measure of 0.842 "
            "on COD10K and 0.858 on NC4K, compared with 0.815 and 0.847 for SINet-V2 and 0.832 and 0.850 for DGNet. "
            "Its S-measure thus stays within 1–3 points of heavy transformer models such as FSPNet, at a fraction of "
            "the cost. Token pruning removes 58% of the tokens on average while lowering the S-measure by 0.4 points "
            "relative to an unpruned variant. We believe Jzykotte makes COD practical for real-time deployment."
        ),
        "spans": [
            ("Jzykotte", "M"), ("Camouflaged Object Detection", "T"), ("Token Pruning", "M"),
            ("Camouflaged object detection", "T"), ("COD", "T"), ("transformer", "M"), ("DGNet", "M"),
            ("EfficientViT-M4", "M"), ("GFLOPs", "X"), ("SINet-V2", "M"), ("FSPNet", "M"), ("FPS", "X"),
            ("peak memory", "X"), ("S-measure", "X"), ("Token pruning", "M"), ("COD10K", "D"), ("NC4K", "D"),
        ],
        "results": [
            ("3.9 GFLOPs", "FLOPs", 3.9, "G", None, "Jzykotte"),
            ("6.2× fewer", "FLOPs reduction", 6.2, "×", None, "Jzykotte"),
            ("11.4× fewer", "FLOPs reduction", 11.4, "×", None, "Jzykotte"),
            ("94 FPS", "FPS", 94, None, None, None),
            ("410 MB of peak memory", "peak memory", 410, "MB", None, None),
            ("S-measure of 0.842", "S-measure", 0.842, None, "COD10K", "Jzykotte"),
            ("0.858", "S-measure", 0.858, None, "NC4K", "Jzykotte"),
            ("0.815", "S-measure", 0.815, None, "COD10K", "SINet-V2"),
            ("0.847", "S-measure", 0.847, None, "NC4K", "SINet-V2"),
            ("0.832", "S-measure", 0.832, None, "COD10K", "DGNet"),
            ("0.850", "S-measure", 0.850, None, "NC4K", "DGNet"),
            ("within 1–3 points", "S-measure", 3, "points", None, None, {"low": 1}),
            ("removes 58% of the tokens", "token reduction", 58, "%", None, "Token pruning"),
            ("lowering the S-measure by 0.4 points", "S-measure", 0.4, "points", None, "Token pruning"),
        ],
    },
    {
        "field": "camouflaged-object-detection",
        "title": "Jzafrenne: Uncertainty-Calibrated Conditional Diffusion for Camouflaged Object Detection",
        "text": (
            "Diffusion-based methods for camouflaged object detection (COD), such as CamoDiffusion and FocusDiffuser, "
            "generate masks by iterative denoising conditioned on the image and can express ambiguity by sampling "
            "several plausible masks. In practice, however, the sampled masks are poorly calibrated: their spread is "
            "large on easy images and small on the hard, ambiguous ones where it would be most useful. We present "
            "Jzafrenne, a conditional diffusion model whose noise schedule is modulated per pixel by a learned "
            "estimate of camouflage difficulty, so that sampling concentrates its variation where the evidence is "
            "weak. Jzafrenne uses a PVTv2-B2 condition encoder and 10 DDIM steps. Across CAMO, COD10K and NC4K, "
            "Jzafrenne improves the weighted F-measure over CamoDiffusion by 1.9 points on average while halving the "
            "number of denoising steps. More importantly, its uncertainty maps are informative: the expected "
            "calibration error (ECE) of pixel-wise predictions on COD10K drops from 0.064 to 0.031, and discarding "
            "the 10% most uncertain pixels lowers the MAE on COD10K by 41%. We also show that the uncertainty maps "
            "can guide human annotators, speeding up manual correction in a small user study. Our findings suggest "
            "that calibration, not only accuracy, should be reported for generative COD models."
        ),
        "spans": [
            ("Jzafrenne", "M"), ("Conditional Diffusion", "M"), ("Camouflaged Object Detection", "T"),
            ("Diffusion", "M"), ("camouflaged object detection", "T"), ("COD", "T"), ("CamoDiffusion", "M"),
            ("FocusDiffuser", "M"), ("conditional diffusion model", "M"), ("PVTv2-B2", "M"), ("DDIM", "M"),
            ("CAMO", "D"), ("COD10K", "D"), ("NC4K", "D"), ("weighted F-measure", "X"),
            ("expected calibration error", "X"), ("ECE", "X"), ("MAE", "X"), ("accuracy", "X"),
        ],
        "results": [
            ("weighted F-measure over CamoDiffusion by 1.9 points", "weighted F-measure", 1.9, "points", None,
             "Jzafrenne"),
            ("expected calibration error (ECE) of pixel-wise predictions on COD10K drops from 0.064 to 0.031",
             "ECE", 0.031, None, "COD10K", None),
            ("lowers the MAE on COD10K by 41%", "MAE reduction", 41, "%", "COD10K", None),
        ],
    },
]
