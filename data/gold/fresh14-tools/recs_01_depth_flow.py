"""fresh14 records: depth-estimation (6) and optical-flow (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind: the pipeline was
never looked at or run)."""

COINED = ["Pwindral", "Pwessalt", "Pwarnick", "Pwelltide", "Pwoskin", "Pwembrel",
          "Pwistrow", "Pwollimer", "Pwendrake", "Pwythorn", "Pwuffle", "Pwastrel"]

RECS = [
    # ------------------------------------------------------------ depth-estimation
    {
        "field": "depth-estimation",
        "title": "Pwindral: Wavelet-Guided Distillation for Sharper Zero-Shot Monocular Depth Estimation",
        "text": (
            "Foundation models for monocular depth estimation such as Depth Anything V2 and Marigold generalize "
            "remarkably well across scenes, yet their predictions remain blurry around thin structures and object "
            "boundaries, because the DPT decoder upsamples coarse ViT tokens and the pseudo-labels used for training "
            "are themselves over-smoothed. We present Pwindral, a teacher-student framework that transfers "
            "high-frequency cues from a frozen DINOv2 encoder into a lightweight decoder through a wavelet-domain "
            "feature loss, trained on 595K synthetic images from Hypersim, Virtual KITTI 2 and TartanAir together with "
            "18M pseudo-labelled real images. Evaluated zero-shot with affine-invariant alignment, Pwindral-L attains "
            "an AbsRel of 0.041 on NYUv2, 0.073 on KITTI, 0.048 on ETH3D, 0.040 on ScanNet and 0.259 on DIODE, "
            "improving over Depth Anything V2-L on 4 of the 5 benchmarks. On iBims-1, Pwindral-L lowers the depth "
            "boundary error (DBE) from 2.14 for Depth Anything V2-L to 1.52, and the predicted edges are visibly "
            "crisper on hair, foliage and fences. Pwindral-L also yields a \u03b41 of 98.2% on NYUv2, versus 97.9% for "
            "Depth Anything V2-L and 96.4% for Marigold. Because the decoder is small, the compact variant, "
            "Pwindral-S, runs at 37 FPS at 518\u00d7518 resolution on an RTX 4090, 1.6\u00d7 faster than Depth Anything "
            "V2-S. Code and models will be released."
        ),
        "spans": [
            ("Pwindral", "M"), ("Distillation", "M"), ("Zero-Shot Monocular Depth Estimation", "T"),
            ("monocular depth estimation", "T"), ("Depth Anything V2", "M"), ("Marigold", "M"), ("DPT", "M"),
            ("ViT", "M"), ("DINOv2", "M"), ("Hypersim", "D"), ("Virtual KITTI 2", "D"), ("TartanAir", "D"),
            ("Pwindral-L", "M"), ("AbsRel", "X"), ("NYUv2", "D"), ("KITTI", "D"), ("ETH3D", "D"), ("ScanNet", "D"),
            ("DIODE", "D"), ("Depth Anything V2-L", "M"), ("iBims-1", "D"), ("depth boundary error", "X"),
            ("DBE", "X"), ("\u03b41", "X"), ("Pwindral-S", "M"), ("FPS", "X"), ("Depth Anything V2-S", "M"),
        ],
        "results": [
            ("AbsRel of 0.041", "AbsRel", 0.041, None, "NYUv2", "Pwindral-L"),
            ("0.073", "AbsRel", 0.073, None, "KITTI", "Pwindral-L"),
            ("0.048", "AbsRel", 0.048, None, "ETH3D", "Pwindral-L"),
            ("0.040", "AbsRel", 0.040, None, "ScanNet", "Pwindral-L"),
            ("0.259", "AbsRel", 0.259, None, "DIODE", "Pwindral-L"),
            ("on 4 of the 5 benchmarks", "benchmarks improved", 4, None, None, "Pwindral-L"),
            ("boundary error (DBE) from 2.14", "DBE", 2.14, None, "iBims-1", "Depth Anything V2-L"),
            ("1.52", "DBE", 1.52, None, "iBims-1", "Pwindral-L"),
            ("\u03b41 of 98.2%", "\u03b41", 98.2, "%", "NYUv2", "Pwindral-L"),
            ("97.9%", "\u03b41", 97.9, "%", "NYUv2", "Depth Anything V2-L"),
            ("96.4%", "\u03b41", 96.4, "%", "NYUv2", "Marigold"),
            ("37 FPS", "FPS", 37, None, None, "Pwindral-S"),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", None, "Pwindral-S"),
        ],
    },
    {
        "field": "depth-estimation",
        "title": "Pwessalt: One Denoising Step Is Enough for Fine-Grained Monocular Depth Estimation",
        "text": (
            "Repurposing text-to-image diffusion models for monocular depth estimation, as pioneered by Marigold, "
            "yields detailed and well-generalizing depth maps, but iterative denoising and test-time ensembling make "
            "inference slow: Marigold uses 50 denoising steps and ten ensemble members per image. Recent work such as "
            "Lotus and GenPercept shows that a single step suffices when the model predicts the clean latent directly, "
            "yet single-step models lose detail in low-texture regions. We propose Pwessalt, which fine-tunes Stable "
            "Diffusion 2 in two stages: a multi-step teacher is first trained with v-prediction on synthetic Hypersim "
            "and Virtual KITTI data, and its trajectories are then distilled into a one-step student whose objective "
            "adds a latent-space edge term. Across five zero-shot benchmarks, Pwessalt achieves an average AbsRel of "
            "6.2 and an average \u03b41 of 95.1, against 7.4 and 93.6 for Marigold and 6.6 and 94.7 for Lotus-G. The "
            "largest gains appear on DIODE and ETH3D, where AbsRel drops by 1.9 and 1.3 points relative to Marigold. "
            "Inference takes 0.11 s per 768-pixel image on an A100 GPU, a 205\u00d7 speed-up over the ensembled "
            "Marigold and 1.8\u00d7 faster than single-step GeoWizard. Pwessalt also produces surface normals without "
            "retraining, with a mean angular error of 16.3\u00b0 on NYUv2."
        ),
        "spans": [
            ("Pwessalt", "M"), ("Monocular Depth Estimation", "T"), ("text-to-image", "T"),
            ("diffusion models", "M"), ("monocular depth estimation", "T"), ("Marigold", "M"),
            ("test-time ensembling", "M"), ("Lotus", "M"), ("GenPercept", "M"), ("Stable Diffusion 2", "M"),
            ("v-prediction", "M"), ("Hypersim", "D"), ("Virtual KITTI", "D"), ("average AbsRel", "X"),
            ("average \u03b41", "X"), ("Lotus-G", "M"), ("DIODE", "D"), ("ETH3D", "D"), ("AbsRel", "X"),
            ("speed-up", "X"), ("GeoWizard", "M"), ("mean angular error", "X"), ("NYUv2", "D"),
        ],
        "results": [
            ("average AbsRel of 6.2", "AbsRel", 6.2, None, None, "Pwessalt"),
            ("average \u03b41 of 95.1", "\u03b41", 95.1, None, None, "Pwessalt"),
            ("7.4", "AbsRel", 7.4, None, None, "Marigold"),
            ("93.6", "\u03b41", 93.6, None, None, "Marigold"),
            ("6.6", "AbsRel", 6.6, None, None, "Lotus-G"),
            ("94.7", "\u03b41", 94.7, None, None, "Lotus-G"),
            ("AbsRel drops by 1.9", "AbsRel", 1.9, "points", "DIODE", None),
            ("1.3 points", "AbsRel", 1.3, "points", "ETH3D", None),
            ("Inference takes 0.11 s", "inference time", 0.11, "s", None, None),
            ("205\u00d7 speed-up", "speed-up", 205, "\u00d7", None, None),
            ("1.8\u00d7 faster", "speed-up", 1.8, "\u00d7", None, None),
            ("mean angular error of 16.3", "mean angular error", 16.3, "\u00b0", "NYUv2", "Pwessalt"),
        ],
    },
    {
        "field": "depth-estimation",
        "title": "Pwarnick: Iterative Stereo Matching with Monocular Depth Priors and Adaptive Disparity Hypotheses",
        "text": (
            "Iterative stereo matching networks such as RAFT-Stereo and IGEV-Stereo refine a disparity field through "
            "recurrent updates over a cost volume, which makes them accurate on in-domain benchmarks but brittle in "
            "textureless, reflective and occluded regions, where matching cues are ambiguous. We introduce Pwarnick, a "
            "stereo network that injects relative depth from a frozen Depth Anything V2 encoder into both the cost "
            "volume and the ConvGRU update operator, and that replaces the fixed correlation lookup with adaptive "
            "disparity hypotheses sampled from a per-pixel mixture distribution. Pwarnick ranks first on the KITTI 2012 "
            "and KITTI 2015 leaderboards at the time of submission, with a D1-all of 1.31% on KITTI 2015 and a 2-pixel "
            "non-occluded error (Out-Noc) of 1.02% on KITTI 2012, and reaches an EPE of 0.41 on the Scene Flow test "
            "set (IGEV-Stereo: 0.47; Selective-IGEV: 0.44). All generalization experiments use weights trained only "
            "on Scene Flow. Without fine-tuning, Pwarnick lowers Bad 2.0 on Middlebury from 7.1% for IGEV-Stereo to "
            "4.6%, and Bad 1.0 on ETH3D from 3.6% to 1.9%. A lighter variant with eight update iterations, "
            "Pwarnick-RT, runs at 48 ms per KITTI frame on an RTX 3090 while keeping a D1-all of 1.62% on KITTI 2015, "
            "which makes the prior-guided design practical for on-board perception."
        ),
        "spans": [
            ("Pwarnick", "M"), ("Stereo Matching", "T"), ("stereo matching", "T"), ("RAFT-Stereo", "M"),
            ("IGEV-Stereo", "M"), ("Depth Anything V2", "M"), ("ConvGRU", "M"), ("KITTI 2012", "D"),
            ("KITTI 2015", "D"), ("D1-all", "X"), ("2-pixel non-occluded error", "X"), ("Out-Noc", "X"),
            ("EPE", "X"), ("Scene Flow", "D"), ("Selective-IGEV", "M"), ("Bad 2.0", "X"), ("Middlebury", "D"),
            ("Bad 1.0", "X"), ("ETH3D", "D"), ("Pwarnick-RT", "M"), ("KITTI", "D"),
        ],
        "results": [
            ("D1-all of 1.31%", "D1-all", 1.31, "%", "KITTI 2015", "Pwarnick"),
            ("2-pixel non-occluded error (Out-Noc) of 1.02%", "Out-Noc", 1.02, "%", "KITTI 2012", "Pwarnick"),
            ("EPE of 0.41", "EPE", 0.41, None, "Scene Flow", "Pwarnick"),
            ("0.47", "EPE", 0.47, None, "Scene Flow", "IGEV-Stereo"),
            ("0.44", "EPE", 0.44, None, "Scene Flow", "Selective-IGEV"),
            ("Bad 2.0 on Middlebury from 7.1%", "Bad 2.0", 7.1, "%", "Middlebury", "IGEV-Stereo"),
            ("4.6%", "Bad 2.0", 4.6, "%", "Middlebury", "Pwarnick"),
            ("Bad 1.0 on ETH3D from 3.6% to 1.9%", "Bad 1.0", 1.9, "%", "ETH3D", "Pwarnick"),
            ("runs at 48 ms", "latency", 48, "ms", "KITTI", "Pwarnick-RT"),
            ("D1-all of 1.62%", "D1-all", 1.62, "%", "KITTI 2015", "Pwarnick-RT"),
        ],
    },
    {
        "field": "depth-estimation",
        "title": "Pwelltide: Temporally Consistent Video Depth Estimation with Streaming Memory Tokens",
        "text": (
            "Single-image depth foundation models produce sharp per-frame predictions but flicker when applied to "
            "videos, while video diffusion models such as DepthCrafter and ChronoDepth achieve stable results at a "
            "steep computational cost and only over short clips. We present Pwelltide, a feed-forward video depth "
            "estimation model that augments a Depth Anything V2 backbone with a compact set of memory tokens updated "
            "by a gated recurrent block, so that arbitrarily long videos can be processed online, one frame at a time. "
            "A loss on the change in depth between neighbouring frames supervises the memory, which lets us train on "
            "mixed synthetic video (TartanAir, PointOdyssey, Dynamic Replica) and unlabeled real footage. On the "
            "Sintel, ScanNet, KITTI and Bonn benchmarks, Pwelltide obtains AbsRel scores of 0.276, 0.118, 0.079 and "
            "0.071, respectively, against 0.292, 0.125, 0.111 and 0.075 for DepthCrafter, while ranking second only "
            "to Video Depth Anything on Sintel \u03b41. Pwelltide also lowers the temporal alignment error (TAE) on "
            "ScanNet from 1.31 for Video Depth Anything to 0.94. Processing is causal and memory is constant in video "
            "length: Pwelltide runs at 31 FPS at 512 pixels on a single A100 and uses 3.9 GB of GPU memory for a "
            "5,000-frame video, compared with 42 GB for DepthCrafter processing overlapping windows. Code and weights "
            "will be made available."
        ),
        "spans": [
            ("Pwelltide", "M"), ("Video Depth Estimation", "T"), ("video diffusion models", "M"),
            ("DepthCrafter", "M"), ("ChronoDepth", "M"), ("video depth estimation", "T"), ("Depth Anything V2", "M"),
            ("TartanAir", "D"), ("PointOdyssey", "D"), ("Dynamic Replica", "D"), ("Sintel", "D"), ("ScanNet", "D"),
            ("KITTI", "D"), ("Bonn", "D"), ("AbsRel", "X"), ("Video Depth Anything", "M"), ("\u03b41", "X"),
            ("temporal alignment error", "X"), ("TAE", "X"), ("FPS", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("AbsRel scores of 0.276", "AbsRel", 0.276, None, "Sintel", "Pwelltide"),
            ("0.118", "AbsRel", 0.118, None, "ScanNet", "Pwelltide"),
            ("0.079", "AbsRel", 0.079, None, "KITTI", "Pwelltide"),
            ("0.071", "AbsRel", 0.071, None, "Bonn", "Pwelltide"),
            ("0.292", "AbsRel", 0.292, None, "Sintel", "DepthCrafter"),
            ("0.125", "AbsRel", 0.125, None, "ScanNet", "DepthCrafter"),
            ("0.111", "AbsRel", 0.111, None, "KITTI", "DepthCrafter"),
            ("0.075", "AbsRel", 0.075, None, "Bonn", "DepthCrafter"),
            ("temporal alignment error (TAE) on ScanNet from 1.31", "TAE", 1.31, None, "ScanNet", "Video Depth Anything"),
            ("0.94", "TAE", 0.94, None, "ScanNet", "Pwelltide"),
            ("31 FPS", "FPS", 31, None, None, "Pwelltide"),
            ("3.9 GB of GPU memory", "GPU memory", 3.9, "GB", None, "Pwelltide"),
            ("42 GB", "GPU memory", 42, "GB", None, "DepthCrafter"),
        ],
    },
    {
        "field": "depth-estimation",
        "title": "Pwoskin: A Lightweight Hybrid CNN\u2013Transformer for Self-Supervised Monocular Depth Estimation on "
                 "Edge Devices",
        "text": (
            "Self-supervised monocular depth estimation learns depth from unlabeled video by minimizing a photometric "
            "reprojection error between adjacent frames, which removes the need for LiDAR ground truth. Monodepth2 made "
            "the approach practical, and MonoViT and Lite-Mono have since lowered its error, yet models that are both "
            "precise and small enough for embedded deployment remain scarce. We propose Pwoskin, a hybrid encoder that "
            "interleaves dilated convolutions with axial attention, and a decoder that fuses multi-scale features "
            "through learned upsampling kernels. On the Eigen split of KITTI at 640\u00d7192, Pwoskin reaches an AbsRel "
            "of 0.096, Sq Rel of 0.672, RMSE of 4.310 and \u03b4<1.25 of 0.905 with only 3.2M parameters and 5.4 "
            "GFLOPs, compared with an AbsRel of 0.107 for Lite-Mono and 0.099 for MonoViT-tiny. At 1024\u00d7320, "
            "AbsRel further drops to 0.091. Without fine-tuning, Pwoskin transfers from KITTI to Make3D with an AbsRel "
            "of 0.298, 8% lower than Monodepth2. On a Jetson Orin Nano, Pwoskin processes 640\u00d7192 frames at 94 "
            "FPS with TensorRT in half precision, 2.3\u00d7 the throughput of MonoViT-tiny, which makes it suitable "
            "for drones and small ground robots."
        ),
        "spans": [
            ("Pwoskin", "M"), ("CNN", "M"), ("Transformer", "M"), ("Self-Supervised Monocular Depth Estimation", "T"),
            ("Self-supervised monocular depth estimation", "T"), ("Monodepth2", "M"), ("MonoViT", "M"),
            ("Lite-Mono", "M"), ("dilated convolutions", "M"), ("axial attention", "M"), ("KITTI", "D"),
            ("AbsRel", "X"), ("Sq Rel", "X"), ("RMSE", "X"), ("\u03b4<1.25", "X"), ("GFLOPs", "X"),
            ("MonoViT-tiny", "M"), ("Make3D", "D"), ("FPS", "X"), ("throughput", "X"),
        ],
        "results": [
            ("AbsRel of 0.096", "AbsRel", 0.096, None, "KITTI", "Pwoskin"),
            ("Sq Rel of 0.672", "Sq Rel", 0.672, None, "KITTI", "Pwoskin"),
            ("RMSE of 4.310", "RMSE", 4.31, None, "KITTI", "Pwoskin"),
            ("\u03b4<1.25 of 0.905", "\u03b4<1.25", 0.905, None, "KITTI", "Pwoskin"),
            ("5.4 GFLOPs", "FLOPs", 5.4, "G", "KITTI", "Pwoskin"),
            ("AbsRel of 0.107", "AbsRel", 0.107, None, "KITTI", "Lite-Mono"),
            ("0.099", "AbsRel", 0.099, None, "KITTI", "MonoViT-tiny"),
            ("AbsRel further drops to 0.091", "AbsRel", 0.091, None, None, None),
            ("AbsRel of 0.298", "AbsRel", 0.298, None, "Make3D", "Pwoskin"),
            ("8% lower", "AbsRel", 8, "%", "Make3D", "Pwoskin"),
            ("94 FPS", "FPS", 94, None, None, "Pwoskin"),
            ("2.3\u00d7 the throughput", "throughput", 2.3, "\u00d7", None, "Pwoskin"),
        ],
    },
    {
        "field": "depth-estimation",
        "title": "Pwembrel: Camera-Conditioned Metric Depth Estimation from a Single Image Across Indoor and Outdoor "
                 "Domains",
        "text": (
            "Recovering metric scale from a single image is ill-posed unless the network knows the camera, and recent "
            "zero-shot metric depth estimation models address this in different ways: Metric3D v2 canonicalizes the "
            "focal length, UniDepth predicts camera rays, and Depth Pro estimates the focal length jointly with depth. "
            "We argue that these designs conflate two sources of error, and propose Pwembrel, which decouples a "
            "per-image log-scale, predicted from a global token, from a dense, scale-free shape map decoded from a "
            "ViT-L encoder. The scale head is conditioned on a spherical camera embedding, and the model is trained "
            "on a mixture of 16 indoor and outdoor datasets, including Taskonomy, Waymo Open Dataset, Argoverse 2, "
            "Cityscapes and ScanNet++. On a zero-shot suite of six unseen datasets (NYUv2, SUN RGB-D, iBims-1, KITTI, "
            "DDAD and nuScenes), Pwembrel raises the average \u03b41 from 86.2 for UniDepth to 89.7 and ranks first "
            "on 5 of the 6 datasets. The largest improvement is on DDAD, where \u03b41 rises by 7.4 points, which we "
            "attribute to better handling of wide-angle cameras. When the ground-truth focal length is withheld, the "
            "degradation of Pwembrel is 1.1 points of \u03b41 on average, against 3.8 points for Metric3D v2. We also "
            "show that the predicted scale is well calibrated, with a scale-invariant logarithmic error (SIlog) close "
            "to that of methods that are given ground-truth intrinsics."
        ),
        "spans": [
            ("Pwembrel", "M"), ("Metric Depth Estimation", "T"), ("zero-shot metric depth estimation", "T"),
            ("Metric3D v2", "M"), ("UniDepth", "M"), ("Depth Pro", "M"), ("ViT-L", "M"), ("Taskonomy", "D"),
            ("Waymo Open Dataset", "D"), ("Argoverse 2", "D"), ("Cityscapes", "D"), ("ScanNet++", "D", {"punct": True}),
            ("NYUv2", "D"), ("SUN RGB-D", "D"), ("iBims-1", "D"), ("KITTI", "D"), ("DDAD", "D"), ("nuScenes", "D"),
            ("average \u03b41", "X"), ("\u03b41", "X"), ("scale-invariant logarithmic error", "X"), ("SIlog", "X"),
        ],
        "results": [
            ("average \u03b41 from 86.2", "\u03b41", 86.2, None, None, "UniDepth"),
            ("89.7", "\u03b41", 89.7, None, None, "Pwembrel"),
            ("ranks first on 5 of the 6 datasets", "datasets ranked first", 5, None, None, "Pwembrel"),
            ("\u03b41 rises by 7.4 points", "\u03b41", 7.4, "points", "DDAD", None),
            ("1.1 points of \u03b41", "\u03b41", 1.1, "points", None, "Pwembrel"),
            ("3.8 points", "\u03b41", 3.8, "points", None, "Metric3D v2"),
        ],
    },
    # ------------------------------------------------------------ optical-flow
    {
        "field": "optical-flow",
        "title": "Pwistrow: Global Motion Priors for Efficient Recurrent Optical Flow",
        "text": (
            "Since RAFT, most state-of-the-art optical flow estimators refine a flow field through many recurrent "
            "iterations over an all-pairs correlation volume, and transformer-based successors such as FlowFormer++ "
            "and GMFlow have lowered errors further at a considerable computational cost. SEA-RAFT recently showed "
            "that a probabilistic loss and direct regression of an initial flow reduce the number of iterations "
            "needed. We propose Pwistrow, which predicts a coarse global motion prior from a low-resolution cost volume "
            "with a single cross-attention layer and uses it to initialize and condition a lightweight ConvGRU update "
            "block, so that four iterations suffice at inference. Pwistrow is trained on FlyingChairs and "
            "FlyingThings3D only. In this setting, Pwistrow attains an EPE of 1.04 on the clean pass and 2.21 on the final pass of Sintel (train), and an "
            "Fl-all of 4.12% on KITTI-15 (train), outperforming SEA-RAFT-M by 0.09 and 0.18 EPE on Sintel. After "
            "fine-tuning, Pwistrow ranks first among two-frame methods on the Sintel test benchmark, with 1.12 and "
            "2.03 EPE on the clean and final passes, and achieves 4.05% Fl-all on the KITTI-15 test set. Pwistrow "
            "requires 0.19 TFLOPs and runs in 38 ms on a 1080p frame pair on an RTX 3090, 2.3\u00d7 faster than "
            "SEA-RAFT-L and 6.8\u00d7 faster than FlowFormer++, with 40% less GPU memory than RAFT."
        ),
        "spans": [
            ("Pwistrow", "M"), ("Optical Flow", "T"), ("RAFT", "M"), ("optical flow", "T"), ("transformer", "M"),
            ("FlowFormer++", "M", {"punct": True}), ("GMFlow", "M"), ("SEA-RAFT", "M"), ("ConvGRU", "M"),
            ("FlyingChairs", "D"), ("FlyingThings3D", "D"), ("EPE", "X"), ("Sintel", "D"), ("Fl-all", "X"),
            ("KITTI-15", "D"), ("SEA-RAFT-M", "M"), ("TFLOPs", "X"), ("SEA-RAFT-L", "M"), ("GPU memory", "X"),
        ],
        "results": [
            ("EPE of 1.04", "EPE", 1.04, None, "Sintel", "Pwistrow"),
            ("2.21", "EPE", 2.21, None, "Sintel", "Pwistrow"),
            ("Fl-all of 4.12%", "Fl-all", 4.12, "%", "KITTI-15", "Pwistrow"),
            ("by 0.09", "EPE", 0.09, None, "Sintel", "Pwistrow"),
            ("0.18 EPE", "EPE", 0.18, None, "Sintel", "Pwistrow"),
            ("1.12", "EPE", 1.12, None, "Sintel", "Pwistrow"),
            ("2.03 EPE", "EPE", 2.03, None, "Sintel", "Pwistrow"),
            ("4.05% Fl-all", "Fl-all", 4.05, "%", "KITTI-15", "Pwistrow"),
            ("0.19 TFLOPs", "FLOPs", 0.19, "T", None, "Pwistrow"),
            ("runs in 38 ms", "latency", 38, "ms", None, "Pwistrow"),
            ("2.3\u00d7 faster", "speed-up", 2.3, "\u00d7", None, "Pwistrow"),
            ("6.8\u00d7 faster", "speed-up", 6.8, "\u00d7", None, "Pwistrow"),
            ("40% less GPU memory", "GPU memory reduction", 40, "%", None, "Pwistrow"),
        ],
    },
    {
        "field": "optical-flow",
        "title": "Pwollimer: Long-Range Temporal Memory for Multi-Frame Optical Flow on High-Resolution Video",
        "text": (
            "Multi-frame optical flow methods such as VideoFlow and MemFlow exploit temporal context to resolve "
            "occlusions, but their cost grows with clip length and image resolution, which limits their use on modern "
            "high-resolution benchmarks. We introduce Pwollimer, a streaming estimator that summarises past motion in "
            "a fixed-size bank of motion features, retrieved through deformable attention at the current frame, and "
            "that predicts flow at 1/4 resolution before learned upsampling. On the Spring benchmark, which features "
            "1920\u00d71080 frames with super-resolved ground truth, Pwollimer achieves a 1px outlier rate of 3.61, an "
            "EPE of 0.402 and an Fl of 1.18, compared with 4.48/0.471/1.42 for MemFlow and 4.16/0.436/1.36 for "
            "SEA-RAFT (L). On Sintel test, Pwollimer obtains 0.98 (clean) and 1.79 (final) EPE, while on the KITTI "
            "2015 test set its Fl-all is 3.88%, improving over VideoFlow-MOF by 0.26 points. Pwollimer runs with a "
            "per-frame latency of 57 ms at 1080p on an A100, 3.4\u00d7 lower than VideoFlow-BOF, and its memory "
            "footprint does not grow with sequence length. Ablations show that the memory bank contributes most of the "
            "gain on occluded pixels, where EPE decreases by 21%, and that retrieving from the bank with deformable "
            "attention instead of global attention halves its cost without raising EPE on Spring."
        ),
        "spans": [
            ("Pwollimer", "M"), ("Multi-Frame Optical Flow", "T"), ("Multi-frame optical flow", "T"),
            ("VideoFlow", "M"), ("MemFlow", "M"), ("deformable attention", "M"), ("Spring", "D"),
            ("1px outlier rate", "X"), ("EPE", "X"), ("Fl", "X"), ("SEA-RAFT", "M"), ("Sintel", "D"),
            ("KITTI 2015", "D"), ("Fl-all", "X"), ("VideoFlow-MOF", "M"), ("per-frame latency", "X"),
            ("VideoFlow-BOF", "M"), ("memory footprint", "X"), ("global attention", "M"),
        ],
        "results": [
            ("1px outlier rate of 3.61", "1px outlier rate", 3.61, None, "Spring", "Pwollimer"),
            ("EPE of 0.402", "EPE", 0.402, None, "Spring", "Pwollimer"),
            ("Fl of 1.18", "Fl", 1.18, None, "Spring", "Pwollimer"),
            ("4.48", "1px outlier rate", 4.48, None, "Spring", "MemFlow"),
            ("0.471", "EPE", 0.471, None, "Spring", "MemFlow"),
            ("1.42", "Fl", 1.42, None, "Spring", "MemFlow"),
            ("4.16", "1px outlier rate", 4.16, None, "Spring", "SEA-RAFT"),
            ("0.436", "EPE", 0.436, None, "Spring", "SEA-RAFT"),
            ("1.36", "Fl", 1.36, None, "Spring", "SEA-RAFT"),
            ("0.98", "EPE", 0.98, None, "Sintel", "Pwollimer"),
            ("1.79 (final) EPE", "EPE", 1.79, None, "Sintel", "Pwollimer"),
            ("Fl-all is 3.88%", "Fl-all", 3.88, "%", "KITTI 2015", "Pwollimer"),
            ("by 0.26 points", "Fl-all", 0.26, "points", "KITTI 2015", "Pwollimer"),
            ("per-frame latency of 57 ms", "latency", 57, "ms", None, "Pwollimer"),
            ("3.4\u00d7 lower", "latency reduction", 3.4, "\u00d7", None, "Pwollimer"),
            ("EPE decreases by 21%", "EPE", 21, "%", None, None),
        ],
    },
    {
        "field": "optical-flow",
        "title": "Pwendrake: Label-Free Scene Flow Estimation on LiDAR Point Clouds via Dynamic Cluster Rigidity",
        "text": (
            "Estimating scene flow from consecutive LiDAR sweeps is essential for perception in self-driving vehicles, "
            "yet supervised methods such as DeFlow require costly per-point annotations, and optimization-based "
            "approaches like Neural Scene Flow Prior (NSFP) take seconds per frame. Distillation pipelines such as "
            "ZeroFlow alleviate this, but inherit the errors of their pseudo-labels on small and slow objects. We "
            "present Pwendrake, a feed-forward scene flow network trained without labels, which segments each sweep "
            "into dynamic clusters and enforces piecewise rigid motion through a differentiable Kabsch algorithm inside "
            "the training loss. On the Argoverse 2 test split, Pwendrake attains a Three-way EPE of 4.9 cm and a "
            "Dynamic Bucket-Normalized EPE of 0.41, ranking first among self-supervised entries in the Argoverse 2 "
            "Scene Flow Challenge. On the Waymo Open Dataset, Pwendrake reduces the Three-way EPE by 27% relative to "
            "ZeroFlow and by 12% relative to the supervised DeFlow. On FlyingThings3D and KITTI, Pwendrake reaches "
            "EPE3D values of 0.042 m and 0.031 m and strict accuracy (Acc3DS) of 91.3% and 94.8%, respectively. "
            "Inference takes 21 ms per frame pair with 32,768 points per sweep, over 100\u00d7 faster than NSFP, "
            "and we find that the cluster rigidity term matters most for pedestrians and cyclists."
        ),
        "spans": [
            ("Pwendrake", "M"), ("Scene Flow Estimation", "T"), ("scene flow", "T"), ("DeFlow", "M"),
            ("Neural Scene Flow Prior", "M"), ("NSFP", "M"), ("Distillation", "M"), ("ZeroFlow", "M"),
            ("Kabsch algorithm", "M"), ("Argoverse 2", "D"), ("Three-way EPE", "X"),
            ("Dynamic Bucket-Normalized EPE", "X"), ("Argoverse 2 Scene Flow Challenge", "D"),
            ("Waymo Open Dataset", "D"), ("FlyingThings3D", "D"), ("KITTI", "D"), ("EPE3D", "X"),
            ("strict accuracy", "X"), ("Acc3DS", "X"),
        ],
        "results": [
            ("Three-way EPE of 4.9 cm", "Three-way EPE", 4.9, "cm", "Argoverse 2", "Pwendrake"),
            ("Dynamic Bucket-Normalized EPE of 0.41", "Dynamic Bucket-Normalized EPE", 0.41, None, "Argoverse 2",
             "Pwendrake"),
            ("Three-way EPE by 27%", "Three-way EPE", 27, "%", "Waymo Open Dataset", "Pwendrake"),
            ("12%", "Three-way EPE", 12, "%", "Waymo Open Dataset", "Pwendrake"),
            ("EPE3D values of 0.042 m", "EPE3D", 0.042, "m", "FlyingThings3D", "Pwendrake"),
            ("0.031 m", "EPE3D", 0.031, "m", "KITTI", "Pwendrake"),
            ("strict accuracy (Acc3DS) of 91.3%", "Acc3DS", 91.3, "%", "FlyingThings3D", "Pwendrake"),
            ("94.8%", "Acc3DS", 94.8, "%", "KITTI", "Pwendrake"),
            ("Inference takes 21 ms", "inference time", 21, "ms", None, None),
            ("100\u00d7 faster", "speed-up", 100, "\u00d7", None, None),
        ],
    },
    {
        "field": "optical-flow",
        "title": "Pwythorn: Sparse Correlation Tokens for Fast and Accurate Point Tracking in Long Videos",
        "text": (
            "Tracking any point (TAP) in a video requires matching local appearance over hundreds of frames while "
            "reasoning about occlusion. Transformer trackers such as CoTracker3 and LocoTrack achieve state-of-the-art "
            "results by attending jointly over many tracks and dense 4D correlation features, but their memory grows "
            "quadratically with the number of query points. We introduce Pwythorn, a point tracker that replaces dense "
            "correlation maps with a small set of sparse correlation tokens sampled at the top-k matches of each query, "
            "and processes video in overlapping sliding windows with a causal track memory. Pwythorn is pretrained on "
            "synthetic Kubric MOVi-F sequences and then fine-tuned on 15K unlabeled real videos through self-training "
            "with a teacher ensemble. On TAP-Vid-DAVIS in first-query mode, Pwythorn achieves an average Jaccard (AJ) "
            "of 66.9, a \u03b4avg of 79.4 and an occlusion accuracy (OA) of 90.8, surpassing CoTracker3 (64.4 AJ) and "
            "BootsTAPIR (61.4 AJ). On TAP-Vid-Kinetics and RoboTAP, Pwythorn improves AJ by 1.7 and 3.2 points over "
            "CoTracker3, respectively. Tracking 1,024 points through a 300-frame video takes 2.1 s on one A100, "
            "3.6\u00d7 faster than CoTracker3 in online mode, and peak memory is reduced by 58%. Because the token "
            "budget is fixed per query, the cost of Pwythorn scales linearly with the number of tracked points."
        ),
        "spans": [
            ("Pwythorn", "M"), ("Point Tracking", "T"), ("Tracking any point", "T"), ("TAP", "T"),
            ("Transformer", "M"), ("CoTracker3", "M"), ("LocoTrack", "M"), ("Kubric MOVi-F", "D"),
            ("self-training", "M"), ("TAP-Vid-DAVIS", "D"), ("average Jaccard", "X"), ("AJ", "X"),
            ("\u03b4avg", "X"), ("occlusion accuracy", "X"), ("OA", "X"), ("BootsTAPIR", "M"),
            ("TAP-Vid-Kinetics", "D"), ("RoboTAP", "D"), ("peak memory", "X"),
        ],
        "results": [
            ("average Jaccard (AJ) of 66.9", "AJ", 66.9, None, "TAP-Vid-DAVIS", "Pwythorn"),
            ("\u03b4avg of 79.4", "\u03b4avg", 79.4, None, "TAP-Vid-DAVIS", "Pwythorn"),
            ("occlusion accuracy (OA) of 90.8", "OA", 90.8, None, "TAP-Vid-DAVIS", "Pwythorn"),
            ("64.4 AJ", "AJ", 64.4, None, "TAP-Vid-DAVIS", "CoTracker3"),
            ("61.4 AJ", "AJ", 61.4, None, "TAP-Vid-DAVIS", "BootsTAPIR"),
            ("AJ by 1.7", "AJ", 1.7, "points", "TAP-Vid-Kinetics", "Pwythorn"),
            ("3.2 points", "AJ", 3.2, "points", "RoboTAP", "Pwythorn"),
            ("takes 2.1 s", "tracking time", 2.1, "s", None, None),
            ("3.6\u00d7 faster", "speed-up", 3.6, "\u00d7", None, None),
            ("peak memory is reduced by 58%", "peak memory reduction", 58, "%", None, None),
        ],
    },
    {
        "field": "optical-flow",
        "title": "Pwuffle: Occlusion-Aware Self-Distillation for Unsupervised Optical Flow Estimation",
        "text": (
            "Unsupervised optical flow methods learn from photometric consistency between frames and therefore need no "
            "ground truth, which makes them attractive for domains where labelled flow cannot be collected. Their "
            "errors, however, remain well above those of supervised networks, mainly because the photometric loss is "
            "uninformative in occluded and textureless regions. Building on the SMURF framework, we propose Pwuffle, "
            "which couples a RAFT backbone with an occlusion-aware self-distillation scheme: a teacher operating on "
            "full frames produces flow and occlusion estimates that supervise a student on heavily cropped and "
            "photometrically perturbed views, and a learned confidence map decides, pixel by pixel, whether the "
            "photometric or the distillation loss applies. In addition, we replace the census transform with features "
            "from a frozen DINOv2 encoder when computing the photometric term. Without any labelled data, Pwuffle "
            "reduces the Fl-all on the KITTI 2015 test set from 6.83% for SMURF to 5.47%, and obtains test EPEs of "
            "2.61 and 3.72 on the Sintel clean and final passes. The gain is concentrated in occluded regions, whose "
            "EPE on Sintel training data drops by 31%. Pwuffle thereby narrows the gap to the supervised RAFT on KITTI "
            "2015 to 0.37 points of Fl-all, and fine-tuning it with a tenth of the labels matches fully supervised "
            "training."
        ),
        "spans": [
            ("Pwuffle", "M"), ("Self-Distillation", "M"), ("Unsupervised Optical Flow Estimation", "T"),
            ("Unsupervised optical flow", "T"), ("SMURF", "M"), ("RAFT", "M"), ("self-distillation", "M"),
            ("distillation", "M"), ("census transform", "M"), ("DINOv2", "M"), ("Fl-all", "X"), ("KITTI 2015", "D"),
            ("EPEs", "X"), ("EPE", "X"), ("Sintel", "D"),
        ],
        "results": [
            ("Fl-all on the KITTI 2015 test set from 6.83%", "Fl-all", 6.83, "%", "KITTI 2015", "SMURF"),
            ("5.47%", "Fl-all", 5.47, "%", "KITTI 2015", "Pwuffle"),
            ("EPEs of 2.61", "EPE", 2.61, None, "Sintel", "Pwuffle"),
            ("3.72", "EPE", 3.72, None, "Sintel", "Pwuffle"),
            ("EPE on Sintel training data drops by 31%", "EPE", 31, "%", "Sintel", None),
            ("0.37 points of Fl-all", "Fl-all gap", 0.37, "points", "KITTI 2015", "Pwuffle"),
        ],
    },
    {
        "field": "optical-flow",
        "title": "Pwastrel: Lifting 2D Point Trackers to Metric 3D Trajectories with Depth-Aware Correlation",
        "text": (
            "Tracking any point in 3D (TAP-3D) extends 2D point tracking to metric trajectories in camera space, which "
            "both robotic manipulation and dynamic scene reconstruction require. Current solutions either lift 2D "
            "tracks from trackers like CoTracker with an off-the-shelf depth network, which accumulates depth noise, "
            "or, like SpatialTracker, track in a triplane representation that is hard to scale to long videos. We "
            "present Pwastrel, which augments the correlation features of a 2D tracker with depth-aware correlation "
            "computed from UniDepth predictions and jointly refines the 2D position, depth and visibility of every "
            "track over sliding windows, with a scale-consistency objective that aligns the depth of all frames. On "
            "the TAPVid-3D benchmark, Pwastrel reaches a 3D average Jaccard (3D-AJ) of 21.8 and an APD of 31.6 "
            "averaged over its three subsets, against 16.9 and 25.4 for SpatialTracker and 14.2 and 22.7 for "
            "CoTracker combined with ZoeDepth. The gains are largest on the Panoptic Studio subset (+7.3 3D-AJ), where "
            "cameras are static and depth priors are reliable. Pwastrel also leaves 2D performance almost untouched, "
            "losing only 0.4 AJ on TAP-Vid-DAVIS. The depth branch adds only 12% to the runtime of the underlying "
            "tracker, and trajectories remain metrically consistent over videos of several hundred frames."
        ),
        "spans": [
            ("Pwastrel", "M"), ("Tracking any point in 3D", "T"), ("TAP-3D", "T"), ("2D point tracking", "T"),
            ("robotic manipulation", "T"), ("dynamic scene reconstruction", "T"), ("CoTracker", "M"),
            ("SpatialTracker", "M"), ("UniDepth", "M"), ("TAPVid-3D", "D"), ("3D average Jaccard", "X"),
            ("3D-AJ", "X"), ("APD", "X"), ("ZoeDepth", "M"), ("Panoptic Studio", "D"), ("AJ", "X"),
            ("TAP-Vid-DAVIS", "D"), ("runtime", "X"),
        ],
        "results": [
            ("3D average Jaccard (3D-AJ) of 21.8", "3D-AJ", 21.8, None, "TAPVid-3D", "Pwastrel"),
            ("APD of 31.6", "APD", 31.6, None, "TAPVid-3D", "Pwastrel"),
            ("16.9", "3D-AJ", 16.9, None, "TAPVid-3D", "SpatialTracker"),
            ("25.4", "APD", 25.4, None, "TAPVid-3D", "SpatialTracker"),
            ("14.2", "3D-AJ", 14.2, None, "TAPVid-3D", "CoTracker"),
            ("22.7", "APD", 22.7, None, "TAPVid-3D", "CoTracker"),
            ("+7.3 3D-AJ", "3D-AJ", 7.3, None, "Panoptic Studio", None),
            ("0.4 AJ", "AJ", 0.4, None, "TAP-Vid-DAVIS", "Pwastrel"),
            ("adds only 12% to the runtime", "runtime", 12, "%", None, None),
        ],
    },
]
