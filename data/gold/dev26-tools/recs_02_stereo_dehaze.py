"""dev26 records: stereo-matching (6) and image-dehazing (6, single-image dehazing and deraining).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline was
never run on these abstracts and its code and output were not looked at."""

COINED = ["Vwelmar", "Vwistrel", "Vwandor", "Vwoskel", "Vwarnick", "Vwennet",
          "Vwhisla", "Vwolcade", "Vwisprel", "Vwaderin", "Vwestrid", "Vwyrmel"]

RECS = [
    # ------------------------------------------------------------ stereo-matching
    {
        "field": "stereo-matching",
        "title": "Vwelmar: Registering Monocular Depth Priors to Iterative Refinement for Zero-Shot Stereo Matching",
        "text": (
            "Iterative stereo networks such as RAFT-Stereo and IGEV-Stereo now lead the standard benchmarks, yet they "
            "still fail in ill-posed regions such as textureless walls, reflective surfaces and thin structures, where "
            "the matching cost alone is ambiguous. Recent work injects relative depth from vision foundation models, "
            "but the scale and shift of monocular predictions drift across an image and must be corrected before they "
            "can guide disparity updates. We present Vwelmar, a stereo matching framework that registers the output of "
            "Depth Anything V2 to the cost volume through a per-pixel affine alignment and feeds the registered prior "
            "to every ConvGRU update. Trained only on the synthetic Scene Flow dataset, Vwelmar attains an EPE of "
            "0.41 px on its test split. Without any real-world fine-tuning, Vwelmar obtains 3-pixel error rates of "
            "3.9%, 4.8% and 8.2% on the KITTI 2012, KITTI 2015 and Middlebury training sets, respectively, against "
            "5.1%, 5.6% and 9.9% for IGEV-Stereo, and it reaches a Bad-1.0 of 2.7% on ETH3D. After fine-tuning, "
            "Vwelmar reaches a D1-all of 1.38% on the KITTI 2015 benchmark, the best among published methods at the "
            "time of submission. The monocular branch adds modest cost: the inference time on a KITTI image pair is "
            "0.29 s, compared with 0.18 s for IGEV-Stereo."
        ),
        "spans": [
            ("Vwelmar", "M"), ("Zero-Shot Stereo Matching", "T"), ("RAFT-Stereo", "M"), ("IGEV-Stereo", "M"),
            ("vision foundation models", "M"), ("stereo matching", "T"), ("Depth Anything V2", "M"),
            ("ConvGRU", "M"), ("Scene Flow", "D"), ("EPE", "X"), ("3-pixel error rates", "X"),
            ("KITTI 2012", "D"), ("KITTI 2015", "D"), ("Middlebury", "D"), ("Bad-1.0", "X"), ("ETH3D", "D"),
            ("D1-all", "X"), ("inference time", "X"), ("KITTI", "D"),
        ],
        "results": [
            ("EPE of 0.41 px", "EPE", 0.41, "px", "Scene Flow", "Vwelmar"),
            ("3-pixel error rates of 3.9%", "3-pixel error", 3.9, "%", "KITTI 2012", "Vwelmar"),
            ("4.8%", "3-pixel error", 4.8, "%", "KITTI 2015", "Vwelmar"),
            ("8.2%", "3-pixel error", 8.2, "%", "Middlebury", "Vwelmar"),
            ("5.1%", "3-pixel error", 5.1, "%", "KITTI 2012", "IGEV-Stereo"),
            ("5.6%", "3-pixel error", 5.6, "%", "KITTI 2015", "IGEV-Stereo"),
            ("9.9%", "3-pixel error", 9.9, "%", "Middlebury", "IGEV-Stereo"),
            ("Bad-1.0 of 2.7%", "Bad-1.0", 2.7, "%", "ETH3D", "Vwelmar"),
            ("D1-all of 1.38%", "D1-all", 1.38, "%", "KITTI 2015", "Vwelmar"),
            ("inference time on a KITTI image pair is 0.29 s", "inference time", 0.29, "s", "KITTI", None),
            ("0.18 s", "inference time", 0.18, "s", "KITTI", "IGEV-Stereo"),
        ],
    },
    {
        "field": "stereo-matching",
        "title": "Vwistrel: Sparse Disparity Hypotheses with Deformable Aggregation for Real-Time Stereo Matching on "
                 "Edge Devices",
        "text": (
            "Real-time stereo matching on embedded hardware is still dominated by the cost of aggregating 4D cost "
            "volumes, whose memory traffic grows with the disparity range. Lightweight designs such as CoEx, "
            "Fast-ACVNet and LightStereo shrink the cost volume or aggregate it with cheaper 2D operators, but they "
            "give up accuracy on thin structures and object boundaries. This paper introduces Vwistrel, which "
            "predicts a handful of disparity hypotheses per pixel from a coarse correlation volume and aggregates "
            "costs only around them with deformable convolutions. Knowledge distillation from a frozen IGEV-Stereo "
            "teacher transfers the full-range disparity distribution to the sparse hypotheses. On Scene Flow, "
            "Vwistrel reaches an EPE of 0.53, outperforming Fast-ACVNet (0.64) and CoEx (0.69) while requiring "
            "41.2 GFLOPs, 38% fewer than LightStereo-M. On the KITTI 2015 test set, Vwistrel's D1-all is 1.93%, "
            "versus 2.01% for Fast-ACVNet and 2.13% for CoEx. Vwistrel runs at 21 ms per frame on an RTX 3090 and "
            "at 47 ms on a Jetson AGX Orin with TensorRT in FP16, a 2.4\u00d7 speed-up over Fast-ACVNet on the same "
            "board. Ablations show that four hypotheses suffice for most pixels and that knowledge distillation "
            "accounts for roughly half of the gain on occluded regions. Code and pretrained weights will be released."
        ),
        "spans": [
            ("Vwistrel", "M"), ("Stereo Matching", "T"), ("stereo matching", "T"), ("CoEx", "M"),
            ("Fast-ACVNet", "M"), ("LightStereo", "M"), ("LightStereo-M", "M"), ("accuracy", "X"),
            ("deformable convolutions", "M"), ("Knowledge distillation", "M"), ("knowledge distillation", "M"),
            ("IGEV-Stereo", "M"), ("Scene Flow", "D"), ("EPE", "X"), ("GFLOPs", "X"), ("KITTI 2015", "D"),
            ("D1-all", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("EPE of 0.53", "EPE", 0.53, None, "Scene Flow", "Vwistrel"),
            ("0.64", "EPE", 0.64, None, "Scene Flow", "Fast-ACVNet"),
            ("0.69", "EPE", 0.69, None, "Scene Flow", "CoEx"),
            ("41.2 GFLOPs", "FLOPs", 41.2, "G", "Scene Flow", "Vwistrel"),
            ("38% fewer", "FLOPs reduction", 38, "%", "Scene Flow", "Vwistrel"),
            ("D1-all is 1.93%", "D1-all", 1.93, "%", "KITTI 2015", "Vwistrel"),
            ("2.01%", "D1-all", 2.01, "%", "KITTI 2015", "Fast-ACVNet"),
            ("2.13%", "D1-all", 2.13, "%", "KITTI 2015", "CoEx"),
            ("runs at 21 ms", "latency", 21, "ms", None, "Vwistrel"),
            ("47 ms", "latency", 47, "ms", None, "Vwistrel"),
            ("2.4\u00d7 speed-up", "speed-up", 2.4, "\u00d7", None, "Vwistrel"),
        ],
    },
    {
        "field": "stereo-matching",
        "title": "Vwandor: Frequency-Decoupled Cost Volumes for Weather-Robust Stereo Matching",
        "text": (
            "Stereo matching networks trained on clean synthetic data degrade sharply under rain, fog and low light, "
            "where photometric consistency between the two views breaks down. We argue that much of this fragility "
            "comes from high-frequency feature components, which are dominated by weather artefacts rather than scene "
            "structure. Vwandor splits each feature map with a learnable wavelet transform, builds separate cost "
            "volumes for the low- and high-frequency bands, and lets a confidence head decide per pixel how far the "
            "high-frequency evidence should be trusted. No weather-specific data are used for training: the model "
            "sees only Scene Flow and Virtual KITTI 2. Evaluated zero-shot on the four weather subsets of "
            "DrivingStereo, Vwandor reduces the average EPE by 31% relative to RAFT-Stereo and by 24% relative to "
            "IGEV-Stereo, with the largest gains on the rainy split. It also improves robustness on the Booster "
            "benchmark of transparent and specular objects, although the margin there is smaller. Vwandor further "
            "outperforms the strongest baseline on 10 of 12 synthetic corruption types, while its accuracy on clean "
            "KITTI 2015 images is unchanged. These results suggest that frequency-aware matching is a cheap and "
            "general route to robust stereo depth estimation in driving scenes."
        ),
        "spans": [
            ("Vwandor", "M"), ("Stereo Matching", "T"), ("Stereo matching", "T"), ("wavelet transform", "M"),
            ("Scene Flow", "D"), ("Virtual KITTI 2", "D"), ("DrivingStereo", "D"), ("average EPE", "X"),
            ("RAFT-Stereo", "M"), ("IGEV-Stereo", "M"), ("Booster", "D"), ("accuracy", "X"), ("KITTI 2015", "D"),
            ("stereo depth estimation", "T"),
        ],
        "results": [
            ("average EPE by 31%", "EPE reduction", 31, "%", "DrivingStereo", "Vwandor"),
            ("by 24%", "EPE reduction", 24, "%", "DrivingStereo", "Vwandor"),
            ("10 of 12 synthetic corruption types", "corruption types won", 10, None, None, "Vwandor"),
        ],
    },
    {
        "field": "stereo-matching",
        "title": "Vwoskel: Linear-Time Epipolar Scanning for High-Resolution Stereo Matching",
        "text": (
            "High-resolution stereo pairs, such as the full-resolution images of Middlebury 2014, expose the "
            "quadratic cost of the attention layers that recent matchers use to propagate information across large "
            "textureless areas. We present Vwoskel, a stereo network that replaces these layers with bidirectional "
            "Mamba blocks scanned along epipolar lines and across them, so that context aggregation grows linearly "
            "with image width. A disparity-range-adaptive cost volume further keeps memory bounded when the maximum "
            "disparity exceeds 700 pixels. On the Middlebury 2014 benchmark at full resolution, Vwoskel achieves a "
            "Bad-2.0 of 2.91%, ahead of MoCha-Stereo (3.51%), Selective-IGEV (3.67%) and CREStereo (4.58%). On "
            "ETH3D, Vwoskel ranks first among methods without extra training data in Bad-1.0 (0.98%) and AvgErr "
            "(0.14). Vwoskel also posts an EPE of 0.43 on Scene Flow and a D1-all of 1.41% on KITTI 2015, showing "
            "that the gains at high resolution do not come at the expense of the standard benchmarks. Processing a "
            "2880\u00d71988 pair requires 7.9 GB of GPU memory and 1.6 s, whereas IGEV++ needs 14.2 GB and 2.3 s "
            "under the same settings; CREStereo runs out of memory on a 24 GB card without its cascaded inference."
        ),
        "spans": [
            ("Vwoskel", "M"), ("High-Resolution Stereo Matching", "T"), ("Middlebury 2014", "D"), ("Mamba", "M"),
            ("Bad-2.0", "X"), ("MoCha-Stereo", "M"), ("Selective-IGEV", "M"), ("CREStereo", "M"), ("ETH3D", "D"),
            ("Bad-1.0", "X"), ("AvgErr", "X"), ("EPE", "X"), ("Scene Flow", "D"), ("D1-all", "X"),
            ("KITTI 2015", "D"), ("GPU memory", "X"), ("IGEV++", "M", {"punct": True}),
        ],
        "results": [
            ("Bad-2.0 of 2.91%", "Bad-2.0", 2.91, "%", "Middlebury 2014", "Vwoskel"),
            ("3.51%", "Bad-2.0", 3.51, "%", "Middlebury 2014", "MoCha-Stereo"),
            ("3.67%", "Bad-2.0", 3.67, "%", "Middlebury 2014", "Selective-IGEV"),
            ("4.58%", "Bad-2.0", 4.58, "%", "Middlebury 2014", "CREStereo"),
            ("Bad-1.0 (0.98%)", "Bad-1.0", 0.98, "%", "ETH3D", "Vwoskel"),
            ("AvgErr (0.14)", "AvgErr", 0.14, None, "ETH3D", "Vwoskel"),
            ("EPE of 0.43", "EPE", 0.43, None, "Scene Flow", "Vwoskel"),
            ("D1-all of 1.41%", "D1-all", 1.41, "%", "KITTI 2015", "Vwoskel"),
            ("7.9 GB of GPU memory", "GPU memory", 7.9, "GB", None, None),
            ("1.6 s", "processing time", 1.6, "s", None, None),
            ("14.2 GB", "GPU memory", 14.2, "GB", None, "IGEV++"),
            ("2.3 s", "processing time", 2.3, "s", None, "IGEV++"),
        ],
    },
    {
        "field": "stereo-matching",
        "title": "Vwarnick: Memory-Efficient Recurrent State Propagation for Consistent Video Stereo Matching",
        "text": (
            "Per-frame stereo matchers produce disparity maps that flicker when applied to video, which is "
            "unacceptable for head-mounted displays and robots. Video stereo matching methods such as DynamicStereo "
            "and BiDAStereo enforce consistency with attention over a temporal window, but their memory grows with "
            "the window length and limits them to short clips. Vwarnick instead carries a compact recurrent state "
            "from frame to frame: the hidden state of an IGEV-style update operator is warped to the current frame "
            "with estimated motion, and a gated fusion decides per pixel whether to reuse or discard it. Vwarnick is "
            "trained on Dynamic Replica and SceneFlow. On Dynamic Replica, Vwarnick lowers the temporal end-point "
            "error (TEPE) from 0.088 for BiDAStereo to 0.061, while its per-frame EPE stays within 2% of BiDAStereo. "
            "On the final pass of Sintel, TEPE drops from 0.87 to 0.72. On real footage from the South Kensington SV "
            "dataset, users preferred the reconstructions of Vwarnick over those of DynamicStereo in 73% of pairwise "
            "comparisons. Because the state has a constant size, memory usage does not depend on clip length: "
            "processing a 300-frame 720p sequence needs 3.1 GB, against 19.8 GB for DynamicStereo with its default "
            "window, and throughput reaches 14 frames per second on an A100."
        ),
        "spans": [
            ("Vwarnick", "M"), ("Video Stereo Matching", "T"), ("Video stereo matching", "T"),
            ("DynamicStereo", "M"), ("BiDAStereo", "M"), ("IGEV", "M"), ("Dynamic Replica", "D"),
            ("SceneFlow", "D"), ("temporal end-point error", "X"), ("TEPE", "X"), ("EPE", "X"), ("Sintel", "D"),
            ("South Kensington SV", "D"), ("memory usage", "X"), ("throughput", "X"),
        ],
        "results": [
            ("temporal end-point error (TEPE) from 0.088", "TEPE", 0.088, None, "Dynamic Replica", "BiDAStereo"),
            ("0.061", "TEPE", 0.061, None, "Dynamic Replica", "Vwarnick"),
            ("within 2%", "EPE", 2, "%", "Dynamic Replica", "Vwarnick"),
            ("TEPE drops from 0.87 to 0.72", "TEPE", 0.72, None, "Sintel", None),
            ("73% of pairwise comparisons", "win rate", 73, "%", "South Kensington SV", "Vwarnick"),
            ("needs 3.1 GB", "memory usage", 3.1, "GB", None, None),
            ("19.8 GB", "memory usage", 19.8, "GB", None, "DynamicStereo"),
            ("throughput reaches 14 frames per second", "throughput", 14, "fps", None, None),
        ],
    },
    {
        "field": "stereo-matching",
        "title": "Vwennet: Distilling Large Stereo Networks with Unlabeled Videos for Zero-Shot Stereo Matching on "
                 "Phones",
        "text": (
            "Large stereo networks such as FoundationStereo and DEFOM-Stereo generalize remarkably well across "
            "domains, but they are far too heavy for mobile robots and phones. We present Vwennet, a knowledge "
            "distillation recipe that transfers such a teacher into a compact student through pseudo-labels on 1.2 "
            "million unlabeled stereo pairs collected from public driving and indoor videos. Pseudo-labels are "
            "filtered by the agreement between left and right predictions and weighted by the teacher's own "
            "uncertainty, and the student, a MobileNetV4 encoder with a 2D aggregation head, is trained with a "
            "heteroscedastic regression loss. Without seeing any ground-truth disparity, Vwennet achieves D1 errors "
            "of 4.6%, 6.1% and 3.4% on KITTI 2012, KITTI 2015 and DrivingStereo, respectively, compared with 9.3%, "
            "10.7% and 8.8% for the same architecture trained on Scene Flow. Vwennet also reaches a Bad-2.0 of 9.7% "
            "on Middlebury at half resolution and a Bad-1.0 of 3.9% on ETH3D. On a Snapdragon 8 Gen 3 phone, "
            "Vwennet runs at 34 ms per frame, 52\u00d7 faster than FoundationStereo on an RTX 4090, and it "
            "outperforms the lightweight models MobileStereoNet and HITNet in every zero-shot setting we test. These "
            "results indicate that unlabeled video, rather than architecture, is the main bottleneck for practical "
            "zero-shot stereo matching."
        ),
        "spans": [
            ("Vwennet", "M"), ("Zero-Shot Stereo Matching", "T"), ("zero-shot stereo matching", "T"),
            ("FoundationStereo", "M"), ("DEFOM-Stereo", "M"), ("knowledge distillation", "M"),
            ("MobileNetV4", "M"), ("D1 errors", "X"), ("KITTI 2012", "D"), ("KITTI 2015", "D"),
            ("DrivingStereo", "D"), ("Scene Flow", "D"), ("Bad-2.0", "X"), ("Middlebury", "D"), ("Bad-1.0", "X"),
            ("ETH3D", "D"), ("MobileStereoNet", "M"), ("HITNet", "M"),
        ],
        "results": [
            ("D1 errors of 4.6%", "D1", 4.6, "%", "KITTI 2012", "Vwennet"),
            ("6.1%", "D1", 6.1, "%", "KITTI 2015", "Vwennet"),
            ("3.4%", "D1", 3.4, "%", "DrivingStereo", "Vwennet"),
            ("9.3%", "D1", 9.3, "%", "KITTI 2012", None),
            ("10.7%", "D1", 10.7, "%", "KITTI 2015", None),
            ("8.8%", "D1", 8.8, "%", "DrivingStereo", None),
            ("Bad-2.0 of 9.7%", "Bad-2.0", 9.7, "%", "Middlebury", "Vwennet"),
            ("Bad-1.0 of 3.9%", "Bad-1.0", 3.9, "%", "ETH3D", "Vwennet"),
            ("runs at 34 ms", "latency", 34, "ms", None, "Vwennet"),
            ("52\u00d7 faster", "speed-up", 52, "\u00d7", None, "Vwennet"),
        ],
    },
    # ------------------------------------------------------------ image-dehazing
    {
        "field": "image-dehazing",
        "title": "Vwhisla: Haze-Density-Modulated Spectral Token Mixing for Efficient Single Image Dehazing",
        "text": (
            "Single image dehazing must recover scene radiance under spatially varying haze, and recent "
            "Transformer-based restorers handle this with window attention whose cost grows quickly with "
            "resolution. We observe that haze is concentrated in the low-frequency spectrum and propose Vwhisla, a "
            "U-shaped network whose core block mixes tokens in the Fourier domain with weights modulated by an "
            "estimated haze-density map, leaving only a lightweight convolutional branch for high-frequency detail. "
            "On the SOTS indoor and SOTS outdoor subsets of RESIDE, Vwhisla obtains 42.61 dB and 39.87 dB PSNR, "
            "respectively, against 37.84 dB and 34.95 dB for DehazeFormer-B and 41.31 dB and 36.59 dB for DEA-Net. "
            "Vwhisla thus improves on DEA-Net by 1.30 dB on SOTS indoor with only 4.1 GFLOPs at 256\u00d7256 "
            "resolution, roughly a quarter of the FLOPs of MB-TaylorFormer-B. On Haze4K, Vwhisla reaches 35.02 dB "
            "PSNR and 0.991 SSIM. We further test on the real-world O-HAZE and NH-HAZE datasets, where Vwhisla "
            "improves PSNR over DEA-Net by 0.9 dB and 1.4 dB, respectively, and on RTTS, where it lowers FADE to "
            "1.08 while keeping NIQE comparable. An ablation confirms that density modulation, not the Fourier "
            "mixing alone, accounts for most of the gain on dense haze."
        ),
        "spans": [
            ("Vwhisla", "M"), ("Single Image Dehazing", "T"), ("Single image dehazing", "T"), ("Transformer", "M"),
            ("window attention", "M"), ("SOTS indoor", "D"), ("SOTS outdoor", "D"), ("RESIDE", "D"), ("PSNR", "X"),
            ("DehazeFormer-B", "M"), ("DEA-Net", "M"), ("GFLOPs", "X"), ("FLOPs", "X"), ("MB-TaylorFormer-B", "M"),
            ("Haze4K", "D"), ("SSIM", "X"), ("O-HAZE", "D"), ("NH-HAZE", "D"), ("RTTS", "D"), ("FADE", "X"),
            ("NIQE", "X"),
        ],
        "results": [
            ("42.61 dB", "PSNR", 42.61, "dB", "SOTS indoor", "Vwhisla"),
            ("39.87 dB PSNR", "PSNR", 39.87, "dB", "SOTS outdoor", "Vwhisla"),
            ("37.84 dB", "PSNR", 37.84, "dB", "SOTS indoor", "DehazeFormer-B"),
            ("34.95 dB", "PSNR", 34.95, "dB", "SOTS outdoor", "DehazeFormer-B"),
            ("41.31 dB", "PSNR", 41.31, "dB", "SOTS indoor", "DEA-Net"),
            ("36.59 dB", "PSNR", 36.59, "dB", "SOTS outdoor", "DEA-Net"),
            ("improves on DEA-Net by 1.30 dB", "improvement", 1.30, "dB", "SOTS indoor", "Vwhisla"),
            ("4.1 GFLOPs", "FLOPs", 4.1, "G", "SOTS indoor", "Vwhisla"),
            ("35.02 dB PSNR", "PSNR", 35.02, "dB", "Haze4K", "Vwhisla"),
            ("0.991 SSIM", "SSIM", 0.991, None, "Haze4K", "Vwhisla"),
            ("improves PSNR over DEA-Net by 0.9 dB", "PSNR", 0.9, "dB", "O-HAZE", "Vwhisla"),
            ("1.4 dB", "PSNR", 1.4, "dB", "NH-HAZE", "Vwhisla"),
            ("lowers FADE to 1.08", "FADE", 1.08, None, "RTTS", "Vwhisla"),
        ],
    },
    {
        "field": "image-dehazing",
        "title": "Vwolcade: Physics-Constrained Latent Diffusion for Real-World Image Dehazing without Paired Data",
        "text": (
            "Dehazing networks trained on synthetic pairs such as those in RESIDE transfer poorly to real haze, whose "
            "density, colour cast and scattering differ from the atmospheric scattering model used to render the "
            "training data. Methods that exploit pretrained priors, for example RIDCP with a VQGAN codebook or CORUN "
            "with a colour-oriented refinement, narrow this gap but still leave residual haze in distant regions. "
            "We propose Vwolcade, which fine-tunes Stable Diffusion 2.1 as a dehazing prior with ControlNet "
            "conditioning and constrains every denoising step with the atmospheric scattering model, using "
            "transmission and airlight estimated by a dark channel prior. Because supervision comes only from the "
            "physical model, no paired real-world data are required. In a user study with 32 participants, Vwolcade "
            "was preferred over RIDCP in 71% of comparisons on RTTS. It also achieves the best FADE, BRISQUE and "
            "MUSIQ scores among nine recent methods on RTTS and URHI, and, as a pre-processing step, Vwolcade raises "
            "the mAP of a YOLOv8 detector on RTTS by 3.2 points. Sampling takes about 4 s per 512\u00d7512 image "
            "with 20 DDIM steps, which we consider acceptable for offline enhancement but not yet for on-board use "
            "in vehicles. Code and models will be released."
        ),
        "spans": [
            ("Vwolcade", "M"), ("Latent Diffusion", "M"), ("Real-World Image Dehazing", "T"), ("Dehazing", "T"),
            ("dehazing", "T"), ("RESIDE", "D"), ("atmospheric scattering model", "M"), ("RIDCP", "M"),
            ("VQGAN", "M"), ("CORUN", "M"), ("Stable Diffusion 2.1", "M"), ("ControlNet", "M"),
            ("dark channel prior", "M"), ("RTTS", "D"), ("FADE", "X"), ("BRISQUE", "X"), ("MUSIQ", "X"),
            ("URHI", "D"), ("mAP", "X"), ("YOLOv8", "M"), ("DDIM", "M"),
        ],
        "results": [
            ("71% of comparisons", "win rate", 71, "%", "RTTS", "Vwolcade"),
            ("mAP of a YOLOv8 detector on RTTS by 3.2 points", "mAP", 3.2, "points", "RTTS", "Vwolcade"),
            ("Sampling takes about 4 s", "sampling time", 4, "s", None, None),
        ],
    },
    {
        "field": "image-dehazing",
        "title": "Vwisprel: Attending Along Rain Streaks with Expert Routing for Single Image Deraining",
        "text": (
            "Rain streaks are thin, oriented and locally repetitive, properties that generic restoration "
            "Transformers such as Restormer and DRSformer model only implicitly. We present Vwisprel, a deraining "
            "network whose attention is restricted to tokens along a small set of streak directions, estimated per "
            "window from a gradient orientation histogram, so that each query attends to the pixels most likely to "
            "belong to the same streak. A mixture-of-experts feed-forward layer routes heavily and lightly corrupted "
            "tokens to experts of different capacity. We evaluate on five synthetic benchmarks. Vwisprel achieves "
            "PSNR/SSIM of 42.31/0.991 on Rain100L, 33.42/0.937 on Rain100H, 33.10/0.931 on Rain200H, 35.26/0.945 on "
            "DID-Data and 34.18/0.946 on DDN-Data, improving over DRSformer by 0.54 dB PSNR on average. On the "
            "real-world SPA-Data, Vwisprel reaches 49.12 dB, versus 48.54 dB for NeRD-Rain and 47.39 dB for "
            "Restormer. These gains come at a lower cost: at 256\u00d7256 input, Vwisprel needs 38.6 GFLOPs and "
            "17 ms, with 2.1\u00d7 fewer FLOPs and 1.7\u00d7 lower latency than DRSformer. Visual comparisons on "
            "real rainy photographs further show fewer residual streaks and better-preserved texture."
        ),
        "spans": [
            ("Vwisprel", "M"), ("Single Image Deraining", "T"), ("Transformers", "M"), ("Restormer", "M"),
            ("DRSformer", "M"), ("deraining", "T"), ("mixture-of-experts", "M"), ("PSNR", "X"), ("SSIM", "X"),
            ("Rain100L", "D"), ("Rain100H", "D"), ("Rain200H", "D"), ("DID-Data", "D"), ("DDN-Data", "D"),
            ("SPA-Data", "D"), ("NeRD-Rain", "M"), ("GFLOPs", "X"), ("FLOPs", "X"), ("latency", "X"),
        ],
        "results": [
            ("PSNR/SSIM of 42.31", "PSNR", 42.31, "dB", "Rain100L", "Vwisprel"),
            ("0.991", "SSIM", 0.991, None, "Rain100L", "Vwisprel"),
            ("33.42", "PSNR", 33.42, "dB", "Rain100H", "Vwisprel"),
            ("0.937", "SSIM", 0.937, None, "Rain100H", "Vwisprel"),
            ("33.10", "PSNR", 33.10, "dB", "Rain200H", "Vwisprel"),
            ("0.931", "SSIM", 0.931, None, "Rain200H", "Vwisprel"),
            ("35.26", "PSNR", 35.26, "dB", "DID-Data", "Vwisprel"),
            ("0.945", "SSIM", 0.945, None, "DID-Data", "Vwisprel"),
            ("34.18", "PSNR", 34.18, "dB", "DDN-Data", "Vwisprel"),
            ("0.946", "SSIM", 0.946, None, "DDN-Data", "Vwisprel"),
            ("0.54 dB PSNR", "PSNR", 0.54, "dB", None, "Vwisprel"),
            ("reaches 49.12 dB", "PSNR", 49.12, "dB", "SPA-Data", "Vwisprel"),
            ("48.54 dB", "PSNR", 48.54, "dB", "SPA-Data", "NeRD-Rain"),
            ("47.39 dB", "PSNR", 47.39, "dB", "SPA-Data", "Restormer"),
            ("38.6 GFLOPs", "FLOPs", 38.6, "G", None, "Vwisprel"),
            ("17 ms", "latency", 17, "ms", None, "Vwisprel"),
            ("2.1\u00d7 fewer FLOPs", "FLOPs reduction", 2.1, "\u00d7", None, "Vwisprel"),
            ("1.7\u00d7 lower latency", "latency reduction", 1.7, "\u00d7", None, "Vwisprel"),
        ],
    },
    {
        "field": "image-dehazing",
        "title": "Vwaderin: Degradation Codebook Prompts for All-in-One Image Restoration of Haze, Rain and Noise",
        "text": (
            "All-in-one image restoration aims to handle several degradations with a single set of weights, but "
            "prompt-based models such as PromptIR and AirNet learn degradation representations implicitly and "
            "confuse haze with low-contrast noise or rain with fine texture. We introduce Vwaderin, which quantizes "
            "intermediate features against a learned codebook of degradation prototypes and injects the selected "
            "prototypes as prompts into every decoder stage of a Restormer-style backbone. A contrastive objective "
            "keeps prototypes of different degradations apart, and the codebook is shared across tasks so that mixed "
            "degradations can be expressed as combinations of prototypes. In the standard three-degradation setting, "
            "with dehazing on SOTS outdoor, deraining on Rain100L and denoising on BSD68 at \u03c3 = 25, Vwaderin "
            "achieves an average PSNR of 33.41 dB, 0.74 dB above PromptIR and 1.62 dB above AirNet. Gains are "
            "largest for dehazing, where Vwaderin reaches 32.86 dB on SOTS outdoor. In the five-degradation setting "
            "that adds motion deblurring on GoPro and low-light enhancement on LOL, Vwaderin improves the average "
            "PSNR over InstructIR by 0.48 dB. On composite degradations from the CDD-11 benchmark, Vwaderin "
            "outperforms OneRestore on 9 of the 11 degradation combinations. The codebook lookup adds only 4% to "
            "the inference time of the backbone."
        ),
        "spans": [
            ("Vwaderin", "M"), ("All-in-One Image Restoration", "T"), ("All-in-one image restoration", "T"),
            ("PromptIR", "M"), ("AirNet", "M"), ("Restormer", "M"), ("dehazing", "T"), ("SOTS outdoor", "D"),
            ("deraining", "T"), ("Rain100L", "D"), ("denoising", "T"), ("BSD68", "D"), ("average PSNR", "X"),
            ("motion deblurring", "T"), ("GoPro", "D"), ("low-light enhancement", "T"), ("LOL", "D"),
            ("InstructIR", "M"), ("CDD-11", "D"), ("OneRestore", "M"), ("inference time", "X"),
        ],
        "results": [
            ("average PSNR of 33.41 dB", "PSNR", 33.41, "dB", None, "Vwaderin"),
            ("0.74 dB above", "PSNR", 0.74, "dB", None, "Vwaderin"),
            ("1.62 dB above", "PSNR", 1.62, "dB", None, "Vwaderin"),
            ("reaches 32.86 dB", "PSNR", 32.86, "dB", "SOTS outdoor", "Vwaderin"),
            ("average PSNR over InstructIR by 0.48 dB", "PSNR", 0.48, "dB", None, "Vwaderin"),
            ("9 of the 11 degradation combinations", "degradation combinations won", 9, None, "CDD-11",
             "Vwaderin"),
            ("adds only 4% to the inference time", "inference time", 4, "%", None, None),
        ],
    },
    {
        "field": "image-dehazing",
        "title": "Vwestrid: Spectrum-Guided Bilateral Grid Learning for Real-Time Ultra-High-Definition Dehazing",
        "text": (
            "Ultra-high-definition (UHD) images are now routine on phones and dash cameras, yet most dehazing "
            "networks cannot process a 4K frame within a mobile memory budget, and downsampling before restoration "
            "blurs fine structures. Bilateral learning approaches predict a low-resolution affine grid and apply it "
            "at full resolution, which is fast but struggles with dense, non-homogeneous haze. We propose Vwestrid, "
            "which estimates the bilateral grid from a 1/16-scale input and complements it with a full-resolution "
            "guidance map computed from the amplitude spectrum, letting the network correct colour shifts locally. "
            "On the 4KID benchmark, Vwestrid scores 27.45 dB PSNR and 0.962 SSIM, surpassing the previous UHD "
            "dehazing method 4KDehazing by 1.9 dB and DehazeFormer-T (tested on 4K tiles) by 2.6 dB. On the real "
            "non-homogeneous NH-HAZE and Dense-Haze datasets, Vwestrid reaches 21.38 dB and 17.02 dB PSNR, "
            "respectively. Vwestrid processes a 3840\u00d72160 image in 23 ms on an RTX 4090 and in 118 ms on a "
            "Snapdragon 8 Gen 2 NPU, using 1.3 GB of peak memory; DehazeFormer-T requires 9.6 GB for the same "
            "input. We also report a 41% reduction in LPIPS over the strongest baseline on 4KID, which we attribute "
            "to the spectrum guidance restoring high-frequency texture."
        ),
        "spans": [
            ("Vwestrid", "M"), ("Bilateral Grid Learning", "M"), ("Ultra-High-Definition Dehazing", "T"),
            ("dehazing", "T"), ("UHD dehazing", "T"), ("Bilateral learning", "M"), ("4KID", "D"), ("PSNR", "X"),
            ("SSIM", "X"), ("4KDehazing", "M"), ("DehazeFormer-T", "M"), ("NH-HAZE", "D"), ("Dense-Haze", "D"),
            ("peak memory", "X"), ("LPIPS", "X"),
        ],
        "results": [
            ("27.45 dB PSNR", "PSNR", 27.45, "dB", "4KID", "Vwestrid"),
            ("0.962 SSIM", "SSIM", 0.962, None, "4KID", "Vwestrid"),
            ("by 1.9 dB", "PSNR", 1.9, "dB", "4KID", "Vwestrid"),
            ("by 2.6 dB", "PSNR", 2.6, "dB", "4KID", "Vwestrid"),
            ("21.38 dB", "PSNR", 21.38, "dB", "NH-HAZE", "Vwestrid"),
            ("17.02 dB PSNR", "PSNR", 17.02, "dB", "Dense-Haze", "Vwestrid"),
            ("in 23 ms", "latency", 23, "ms", None, "Vwestrid"),
            ("118 ms", "latency", 118, "ms", None, "Vwestrid"),
            ("1.3 GB of peak memory", "peak memory", 1.3, "GB", None, "Vwestrid"),
            ("9.6 GB", "peak memory", 9.6, "GB", None, "DehazeFormer-T"),
            ("41% reduction in LPIPS", "LPIPS reduction", 41, "%", "4KID", None),
        ],
    },
    {
        "field": "image-dehazing",
        "title": "Vwyrmel: Scan-Order-Free State Space Models for Adverse Weather Removal",
        "text": (
            "Images captured in bad weather are often degraded by several factors at once, with rain streaks veiled "
            "by rain-induced haze or raindrops adhering to the lens. Unified adverse weather removal models such as "
            "TransWeather, WeatherDiff and Histoformer handle this with a single network, but Transformer variants "
            "pay a quadratic price at high resolution, while diffusion-based ones need dozens of sampling steps. "
            "Vwyrmel builds on state space models, which scale linearly with the number of pixels, and removes their "
            "sensitivity to the scanning order by aggregating four scan directions with learned, weather-dependent "
            "weights. A histogram-guided normalization further separates the colour shift of haze from the bright, "
            "sparse pattern of raindrops. The model is trained jointly on the All-Weather mixture of Outdoor-Rain, "
            "Raindrop and Snow100K. On the Outdoor-Rain and Raindrop test sets, Vwyrmel obtains PSNRs of 32.71 dB "
            "and 33.28 dB, respectively, compared with 32.08 dB and 33.06 dB for Histoformer and 29.64 dB and "
            "30.71 dB for WeatherDiff; its SSIM on Outdoor-Rain is 0.936. Without retraining, Vwyrmel transfers to "
            "the real-world GT-RAIN benchmark, reaching 22.84 dB PSNR compared with 21.56 dB for Histoformer. At "
            "512\u00d7512 resolution, Vwyrmel processes 19 images per second, a 12\u00d7 speed-up over WeatherDiff "
            "with 25 sampling steps."
        ),
        "spans": [
            ("Vwyrmel", "M"), ("State Space Models", "M"), ("Adverse Weather Removal", "T"),
            ("adverse weather removal", "T"), ("TransWeather", "M"), ("WeatherDiff", "M"), ("Histoformer", "M"),
            ("Transformer", "M"), ("diffusion", "M"), ("state space models", "M"), ("All-Weather", "D"),
            ("Outdoor-Rain", "D"), ("Raindrop", "D"), ("Snow100K", "D"), ("PSNRs", "X"), ("SSIM", "X"),
            ("GT-RAIN", "D"), ("PSNR", "X"), ("images per second", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("PSNRs of 32.71 dB", "PSNR", 32.71, "dB", "Outdoor-Rain", "Vwyrmel"),
            ("33.28 dB", "PSNR", 33.28, "dB", "Raindrop", "Vwyrmel"),
            ("32.08 dB", "PSNR", 32.08, "dB", "Outdoor-Rain", "Histoformer"),
            ("33.06 dB", "PSNR", 33.06, "dB", "Raindrop", "Histoformer"),
            ("29.64 dB", "PSNR", 29.64, "dB", "Outdoor-Rain", "WeatherDiff"),
            ("30.71 dB", "PSNR", 30.71, "dB", "Raindrop", "WeatherDiff"),
            ("SSIM on Outdoor-Rain is 0.936", "SSIM", 0.936, None, "Outdoor-Rain", "Vwyrmel"),
            ("22.84 dB PSNR", "PSNR", 22.84, "dB", "GT-RAIN", "Vwyrmel"),
            ("21.56 dB", "PSNR", 21.56, "dB", "GT-RAIN", "Histoformer"),
            ("19 images per second", "throughput", 19, "images/s", None, "Vwyrmel"),
            ("12\u00d7 speed-up", "speed-up", 12, "\u00d7", None, "Vwyrmel"),
        ],
    },
]
