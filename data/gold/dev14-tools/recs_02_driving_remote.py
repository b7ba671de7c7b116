"""dev14 records: driving (6) and remote (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["FalconBEV", "DuneOcc", "EddyPlan", "FerryDrive", "FinchTrack", "EmberFuse",
          "FjordCD", "EskerNet", "DorySAR", "FathomDet", "EcotoneMAE", "EiderSeg"]

RECS = [
    # ------------------------------------------------------------ driving
    {
        "field": "driving",
        "title": "FalconBEV: Long-Horizon Sparse Query Memory for Multi-View 3D Object Detection",
        "text": (
            r"Camera-only bird's-eye-view (BEV) detectors have narrowed the gap to LiDAR, yet their temporal fusion "
            r"is still limited to a few past frames because dense BEV features are costly to cache, which shows up "
            r"as a high mean average velocity error (mAVE). We present FalconBEV, a sparse query-based detector that "
            r"keeps a long memory of object queries instead of BEV maps and propagates them with ego-motion-aware "
            r"attention. A depth-guided initialisation cuts the number of object queries from $900$ to $k=300$ with "
            r"no loss in accuracy. On nuScenes val with a ResNet-50 backbone and $704\times256$ inputs, FalconBEV "
            r"attains $\mathbf{58.9}$ NDS with $\mathbf{50.2}$ mAP, ahead of StreamPETR (54.0 NDS) and SparseBEV "
            r"(55.8 NDS). On nuScenes test, with a V2-99 backbone, FalconBEV obtains $67.1$ NDS and lowers mAVE "
            r"from $0.239$ to $0.201$ m/s. Since only sparse queries are cached, FalconBEV needs under 0.3 GB of "
            r"extra GPU memory for a 16-frame history and runs at $21.6$ FPS on one RTX 4090, a 1.4$\times$ speedup "
            r"over SparseBEV. The gains are largest for objects beyond 40 m, where FalconBEV improves mAP by $4.7$ "
            r"points. Code and models will be released."
        ),
        "spans": [
            ("FalconBEV", "M"), ("Multi-View 3D Object Detection", "T"),
            ("mean average velocity error", "X"), ("mAVE", "X"), ("accuracy", "X"),
            ("nuScenes val", "D"), ("nuScenes test", "D"), ("ResNet-50", "M"), ("NDS", "X"), ("mAP", "X"),
            ("StreamPETR", "M"), ("SparseBEV", "M"), ("V2-99", "M"), ("GPU memory", "X"), ("FPS", "X"),
            ("speedup", "X"),
        ],
        "results": [
            (r"attains $\mathbf{58.9}$ NDS", "NDS", 58.9, None, "nuScenes val", "FalconBEV"),
            (r"with $\mathbf{50.2}$ mAP", "mAP", 50.2, None, "nuScenes val", "FalconBEV"),
            ("54.0 NDS", "NDS", 54.0, None, "nuScenes val", "StreamPETR"),
            ("55.8 NDS", "NDS", 55.8, None, "nuScenes val", "SparseBEV"),
            (r"obtains $67.1$ NDS", "NDS", 67.1, None, "nuScenes test", "FalconBEV"),
            (r"mAVE from $0.239$ to $0.201$ m/s", "mAVE", 0.201, "m/s", "nuScenes test", "FalconBEV"),
            ("under 0.3 GB of extra GPU memory", "GPU memory", 0.3, "GB", None, "FalconBEV"),
            (r"runs at $21.6$ FPS", "FPS", 21.6, None, None, "FalconBEV"),
            (r"1.4$\times$ speedup", "speed-up", 1.4, "×", None, "FalconBEV"),
            (r"mAP by $4.7$ points", "mAP", 4.7, "points", None, "FalconBEV"),
        ],
    },
    {
        "field": "driving",
        "title": "DuneOcc: Rendering-Supervised Sparse Voxels for 3D Occupancy Prediction from Surround Cameras",
        "text": (
            "Vision-based 3D semantic occupancy prediction, which estimates a dense voxel grid of semantic labels "
            "from surround-view cameras, has become a popular complement to 3D object detection because it captures "
            "irregular obstacles and free space alike. Most occupancy networks, however, lift image features into a "
            "full voxel volume and later discard more than 90% of it as empty, wasting computation and memory. In "
            "this paper we introduce DuneOcc, which starts from a coarse sparse voxel set and refines it in three "
            "stages, pruning empty voxels as it goes. Rather than relying only on voxel labels, we also supervise the "
            "network through volume rendering of depth and semantics, so that the 2D labels available in most "
            "driving logs can be used as well. We evaluate DuneOcc on Occ3D-nuScenes and OpenOccupancy. On "
            "Occ3D-nuScenes it achieves 42.7 mIoU and 41.3 RayIoU, compared with 39.1 mIoU for FB-OCC and 37.9 "
            "RayIoU for SparseOcc, while reducing training memory from 21.5 GB to 9.8 GB per GPU. On OpenOccupancy, "
            "DuneOcc improves IoU by 2.1 points and mIoU by 1.6 points over C-CONet. Inference with DuneOcc takes "
            "58 ms per frame on a single A100, roughly 3.1× faster than FB-OCC. We find that the rendering loss "
            "matters most for thin and rare classes such as bicycles and traffic cones, where per-class IoU rises by "
            "up to 6.8 points. We hope DuneOcc will serve as a simple baseline for sparse occupancy prediction."
        ),
        "spans": [
            ("DuneOcc", "M"), ("3D Occupancy Prediction", "T"), ("3D semantic occupancy prediction", "T"),
            ("occupancy prediction", "T"), ("3D object detection", "T"), ("volume rendering", "M"),
            ("Occ3D-nuScenes", "D"), ("OpenOccupancy", "D"), ("mIoU", "X"), ("RayIoU", "X"), ("FB-OCC", "M"),
            ("SparseOcc", "M"), ("training memory", "X"), ("IoU", "X"), ("C-CONet", "M"), ("per-class IoU", "X"),
        ],
        "results": [
            ("42.7 mIoU", "mIoU", 42.7, None, "Occ3D-nuScenes", None),
            ("41.3 RayIoU", "RayIoU", 41.3, None, "Occ3D-nuScenes", None),
            ("39.1 mIoU", "mIoU", 39.1, None, "Occ3D-nuScenes", "FB-OCC"),
            ("37.9 RayIoU", "RayIoU", 37.9, None, "Occ3D-nuScenes", "SparseOcc"),
            ("training memory from 21.5 GB to 9.8 GB", "training memory", 9.8, "GB", "Occ3D-nuScenes", None),
            ("IoU by 2.1 points", "IoU", 2.1, "points", "OpenOccupancy", "DuneOcc"),
            ("mIoU by 1.6 points", "mIoU", 1.6, "points", "OpenOccupancy", "DuneOcc"),
            ("Inference with DuneOcc takes 58 ms per frame", "inference time", 58, "ms", None, "DuneOcc"),
            ("3.1× faster", "speed-up", 3.1, "×", None, "DuneOcc"),
            ("per-class IoU rises by up to 6.8 points", "per-class IoU", 6.8, "points", None, None),
        ],
    },
    {
        "field": "driving",
        "title": "EddyPlan: Truncated Diffusion over a Trajectory Vocabulary for End-to-End Autonomous Driving",
        "text": (
            "End-to-end autonomous driving is directly mapping the raw sensor inputs to a planned trajectory, but most "
            "of existing planners regress only one trajectory and they can not represent the multi-modal nature of "
            "driving behaviour. In this work we propose EddyPlan, a planner which combine a fixed vocabulary of 8192 "
            "anchor trajectories with a truncated diffusion policy, so only 2 denoising steps are need at inference. "
            "The anchors are clustered from the training logs by k-means, and a scorer trained with imitation "
            "learning select the best denoised candidate. We make experiments on the NAVSIM benchmark and on "
            "open-loop planning on nuScenes. On NAVSIM navtest, EddyPlan reach 89.6 PDMS with ResNet-34 backbone, "
            "this is better than DiffusionDrive (88.1) and Hydra-MDP (86.5). Especially, the ego progress (EP) "
            "sub-score is improved from 79.2 to 83.0 while the drivable area compliance (DAC) keep 97.8. On nuScenes, "
            "EddyPlan obtain average L2 error of 0.55 m and average collision rate of 0.09%, compared to 0.72 m and "
            "0.22% of UniAD. The planner run at 41 FPS on one RTX 3090, it is 6.3 times faster than the vanilla "
            "diffusion policy with 20 steps. We also find that removing the scorer decrease PDMS by 2.4, which show "
            "the importance of the trajectory selection. Code is available."
        ),
        "spans": [
            ("EddyPlan", "M"), ("End-to-End Autonomous Driving", "T"), ("End-to-end autonomous driving", "T"),
            ("truncated diffusion policy", "M"), ("diffusion policy", "M"), ("Truncated Diffusion", "M"), ("k-means", "M"), ("imitation learning", "M"),
            ("NAVSIM", "D"), ("NAVSIM navtest", "D"), ("open-loop planning", "T"), ("nuScenes", "D"),
            ("PDMS", "X"), ("ResNet-34", "M"), ("DiffusionDrive", "M"), ("Hydra-MDP", "M"),
            ("ego progress", "X"), ("EP", "X"), ("drivable area compliance", "X"), ("DAC", "X"),
            ("average L2 error", "X"), ("average collision rate", "X"), ("UniAD", "M"), ("FPS", "X"),
        ],
        "results": [
            ("89.6 PDMS", "PDMS", 89.6, None, "NAVSIM navtest", "EddyPlan"),
            ("88.1", "PDMS", 88.1, None, "NAVSIM navtest", "DiffusionDrive"),
            ("86.5", "PDMS", 86.5, None, "NAVSIM navtest", "Hydra-MDP"),
            ("ego progress (EP) sub-score is improved from 79.2 to 83.0", "ego progress", 83.0, None, None, None),
            ("drivable area compliance (DAC) keep 97.8", "drivable area compliance", 97.8, None, None, None),
            ("average L2 error of 0.55 m", "average L2 error", 0.55, "m", "nuScenes", "EddyPlan"),
            ("average collision rate of 0.09%", "average collision rate", 0.09, "%", "nuScenes", "EddyPlan"),
            ("0.72 m", "average L2 error", 0.72, "m", "nuScenes", "UniAD"),
            ("0.22%", "average collision rate", 0.22, "%", "nuScenes", "UniAD"),
            ("41 FPS", "FPS", 41, None, None, None),
            ("6.3 times faster", "speed-up", 6.3, "×", None, None),
            ("decrease PDMS by 2.4", "PDMS", 2.4, None, None, None),
        ],
    },
    {
        "field": "driving",
        "title": "FerryDrive: Closed-Loop Reinforcement Fine-Tuning of Vision-Language-Action Driving Policies",
        "text": (
            "Imitation-trained policies for end-to-end driving look strong in open-loop evaluation but degrade in "
            "closed loop, where small errors compound, and we therefore propose FerryDrive, a vision-language-action "
            "(VLA) driving policy built on Qwen2.5-VL-3B that is first trained by supervised fine-tuning on 230K "
            "expert frames from the Bench2Drive training set and then refined in the CARLA simulator with group "
            "relative policy optimization (GRPO), using a reward that combines route progress, infraction penalties "
            "and ride comfort. On the Bench2Drive closed-loop benchmark of 220 routes, FerryDrive reaches a driving "
            "score (DS) of 78.4 and a success rate of 61.8%, compared with 64.2 DS and 42.3% for the supervised-only "
            "model, 45.8 DS and 28.6% for UniAD-Base, and 71.2 DS and 51.4% for SimLingo, while its multi-ability "
            "score, which averages merging, overtaking, emergency braking, give-way and traffic-sign handling, rises "
            "from 47.5 to 58.9, and on the Longest6 benchmark it improves the driving score by 9.7 points over "
            "TransFuser++ with 14% fewer route infractions per kilometre. Reinforcement fine-tuning takes 96 "
            "GPU-hours on eight H100 GPUs, and the policy keeps an inference rate of 4.2 Hz, which we find "
            "sufficient for the control loop of the simulator."
        ),
        "spans": [
            ("FerryDrive", "M"), ("Reinforcement Fine-Tuning", "M"), ("Reinforcement fine-tuning", "M"),
            ("Vision-Language-Action", "M"), ("vision-language-action", "M"), ("VLA", "M"),
            ("end-to-end driving", "T"), ("Qwen2.5-VL-3B", "M"), ("supervised fine-tuning", "M"),
            ("Bench2Drive", "D"), ("group relative policy optimization", "M"), ("GRPO", "M"),
            ("driving score", "X"), ("DS", "X"), ("success rate", "X"), ("UniAD-Base", "M"), ("SimLingo", "M"),
            ("multi-ability score", "X"), ("Longest6", "D"), ("TransFuser++", "M", {"punct": True}),
            ("route infractions per kilometre", "X"), ("inference rate", "X"),
        ],
        "results": [
            ("driving score (DS) of 78.4", "driving score", 78.4, None, "Bench2Drive", "FerryDrive"),
            ("success rate of 61.8%", "success rate", 61.8, "%", "Bench2Drive", "FerryDrive"),
            ("64.2 DS", "driving score", 64.2, None, "Bench2Drive", None),
            ("42.3%", "success rate", 42.3, "%", "Bench2Drive", None),
            ("45.8 DS", "driving score", 45.8, None, "Bench2Drive", "UniAD-Base"),
            ("28.6%", "success rate", 28.6, "%", "Bench2Drive", "UniAD-Base"),
            ("71.2 DS", "driving score", 71.2, None, "Bench2Drive", "SimLingo"),
            ("51.4%", "success rate", 51.4, "%", "Bench2Drive", "SimLingo"),
            ("multi-ability score, which averages merging, overtaking, emergency braking, give-way and "
             "traffic-sign handling, rises from 47.5 to 58.9", "multi-ability score", 58.9, None, "Bench2Drive",
             "FerryDrive"),
            ("driving score by 9.7 points", "driving score", 9.7, "points", "Longest6", "FerryDrive"),
            ("14% fewer route infractions per kilometre", "route infractions per kilometre reduction", 14, "%",
             "Longest6", "FerryDrive"),
            ("Reinforcement fine-tuning takes 96 GPU-hours", "fine-tuning time", 96, "GPU-hours", None, None),
            ("inference rate of 4.2 Hz", "inference rate", 4.2, "Hz", None, None),
        ],
    },
    {
        "field": "driving",
        "title": "FinchTrack: Learned Motion Priors for Appearance-Free 3D Multi-Object Tracking",
        "text": (
            "73.4 AMOTA on nuScenes test without a single appearance feature. FinchTrack is a tracking-by-detection "
            "method for 3D multi-object tracking that learns a motion prior from 1.2M tracklets and associates "
            "detections with a learned affinity instead of 3D IoU or centre distance. No appearance embedding, no "
            "re-identification network, no per-class thresholds. Results. nuScenes test: 73.4 AMOTA, 0.512 AMOTP, "
            "312 IDS. nuScenes val: 74.9 AMOTA (+2.2 over Fast-Poly, +3.6 over SimpleTrack). Waymo Open Dataset, "
            "vehicle/pedestrian MOTA (L2): 66.1/63.7; ID switches reduced by 38% compared with CenterPoint tracking. "
            "Association costs 3.1 ms per frame on a single CPU core, so the tracker adds almost nothing to the detector's runtime. All numbers above use CenterPoint detections; with "
            "LargeKernel3D detections, FinchTrack reaches 75.8 AMOTA on nuScenes test. FinchTrack is first on 5 of "
            "the 7 nuScenes tracking classes, the exceptions being trailer and bus, where motion is rarely "
            "informative. The motion prior transfers between datasets without retraining. Code and trained priors "
            "are public."
        ),
        "spans": [
            ("FinchTrack", "M"), ("3D Multi-Object Tracking", "T"), ("3D multi-object tracking", "T"),
            ("tracking-by-detection", "M"), ("re-identification", "T"), ("nuScenes test", "D"),
            ("nuScenes val", "D"), ("nuScenes", "D"), ("AMOTA", "X"), ("AMOTP", "X"), ("IDS", "X"),
            ("Fast-Poly", "M"), ("SimpleTrack", "M"), ("Waymo Open Dataset", "D"), ("MOTA", "X"),
            ("ID switches", "X"), ("CenterPoint", "M"), ("LargeKernel3D", "M"),
        ],
        "results": [
            ("73.4 AMOTA on nuScenes test", "AMOTA", 73.4, None, "nuScenes test", None),
            ("73.4 AMOTA", "AMOTA", 73.4, None, "nuScenes test", None, {"occ": 1}),
            ("0.512 AMOTP", "AMOTP", 0.512, None, "nuScenes test", None),
            ("312 IDS", "IDS", 312, None, "nuScenes test", None),
            ("74.9 AMOTA", "AMOTA", 74.9, None, "nuScenes val", None),
            ("+2.2 over Fast-Poly", "AMOTA", 2.2, None, "nuScenes val", None),
            ("+3.6 over SimpleTrack", "AMOTA", 3.6, None, "nuScenes val", None),
            ("MOTA (L2): 66.1", "MOTA", 66.1, None, "Waymo Open Dataset", None),
            ("63.7", "MOTA", 63.7, None, "Waymo Open Dataset", None),
            ("ID switches reduced by 38%", "ID switches reduction", 38, "%", "Waymo Open Dataset", None),
            ("Association costs 3.1 ms per frame", "association time", 3.1, "ms", None, None),
            ("75.8 AMOTA", "AMOTA", 75.8, None, "nuScenes test", "FinchTrack"),
            ("first on 5 of the 7 nuScenes tracking classes", "tracking classes ranked first", 5, None,
             "nuScenes", "FinchTrack"),
        ],
    },
    {
        "field": "driving",
        "title": "EmberFuse: Depth-Confidence Deformable Fusion of LiDAR and Camera Features for 3D Object Detection",
        "text": (
            "Fusing LiDAR points with camera images should help 3D object detection most for small and distant "
            "objects, yet on large-scale benchmarks the gains of recent fusion detectors over strong LiDAR-only "
            "baselines are often modest and sometimes inconsistent across classes. We revisit this question with "
            "EmberFuse, a fusion module that projects each LiDAR voxel feature into the images, samples image "
            "features with deformable attention around the projected point, and weights them by a predicted depth "
            "confidence. EmberFuse can be attached to existing voxel-based detectors; we study it on top of "
            "CenterPoint and DSVT. On the Waymo Open Dataset validation split (mAPH, LEVEL_2): DSVT 72.1 "
            "(LiDAR-only) vs. 74.0 (with EmberFuse); CenterPoint 67.3 vs. 70.6. Per class, with DSVT, the pedestrian "
            "and cyclist APH improve by 2.9 and 3.4 points respectively, while vehicle APH improves by only 0.6, which "
            "we think is close to the run-to-run variation (±0.3 over three seeds). Compared with BEVFusion under the "
            "same 24-epoch schedule, EmberFuse is 1.2 mAPH better and uses 35% less GPU memory during training. The "
            "module adds 7.8M parameters and 11 ms of latency per frame. We caution that the gains shrink at night, "
            "when camera features are less reliable, and we report this and other failure cases in detail rather "
            "than averaging them away."
        ),
        "spans": [
            ("EmberFuse", "M"), ("3D Object Detection", "T"), ("3D object detection", "T"),
            ("deformable attention", "M"), ("CenterPoint", "M"), ("DSVT", "M"), ("Waymo Open Dataset", "D"),
            ("mAPH", "X"), ("APH", "X"), ("run-to-run variation", "X"), ("BEVFusion", "M"), ("GPU memory", "X"), ("parameters", "X"),
            ("latency", "X"),
        ],
        "results": [
            ("DSVT 72.1", "mAPH", 72.1, None, "Waymo Open Dataset", "DSVT"),
            ("74.0", "mAPH", 74.0, None, "Waymo Open Dataset", "EmberFuse"),
            ("CenterPoint 67.3", "mAPH", 67.3, None, "Waymo Open Dataset", "CenterPoint"),
            ("70.6", "mAPH", 70.6, None, "Waymo Open Dataset", "EmberFuse"),
            ("APH improve by 2.9", "APH", 2.9, "points", None, "DSVT"),
            ("3.4 points", "APH", 3.4, "points", None, "DSVT"),
            ("APH improves by only 0.6", "APH", 0.6, None, None, "DSVT"),
            ("run-to-run variation (±0.3", "run-to-run variation", 0.3, None, None, None),
            ("1.2 mAPH", "mAPH", 1.2, None, None, "EmberFuse"),
            ("35% less GPU memory", "GPU memory reduction", 35, "%", None, "EmberFuse"),
            ("7.8M parameters", "parameters", 7.8, "M", None, None),
            ("11 ms of latency", "latency", 11, "ms", None, None),
        ],
    },
    # ------------------------------------------------------------ remote
    {
        "field": "remote",
        "title": "FjordCD: Token-Interleaved State-Space Scanning for Bi-Temporal Change Detection",
        "text": (
            r"Change detection (CD) in bi-temporal remote sensing images requires modelling long-range context while "
            r"staying sensitive to small, thin changes such as new roads. Transformer-based detectors capture context "
            r"at quadratic cost, and recent Mamba-based models such as ChangeMamba scan each image independently "
            r"before fusing the two. We propose FjordCD, which interleaves the two acquisitions token by token and "
            r"runs a single selective scan over the mixed sequence, so that temporal interaction costs "
            r"$\mathcal{O}(N)$ rather than $\mathcal{O}(N^2)$ time. A lightweight edge-refinement head is attached "
            r"at $1/4$ resolution. We evaluate on LEVIR-CD, WHU-CD and SYSU-CD with $256\times256$ crops. On "
            r"LEVIR-CD, the F1 rises from 90.4\% with ChangeMamba to $\mathbf{92.1}$\% and the IoU from 82.5\% to "
            r"85.4\%; on WHU-CD, FjordCD reaches an F1 of 94.6\% and an IoU of 89.8\%; and on SYSU-CD, an F1 of "
            r"83.0\% (1.9 points above BIT). FjordCD uses 6.2M parameters and 9.8 GFLOPs, i.e. $\sim$3$\times$ "
            r"fewer FLOPs than ChangeFormer, while running at 118 FPS on a single RTX 3090. Trained with a label "
            r"budget of only 5\% of LEVIR-CD, FjordCD still retains 96.3\% of its fully supervised F1, which makes "
            r"it attractive for regions where annotation is scarce."
        ),
        "spans": [
            ("FjordCD", "M"), ("Change Detection", "T"), ("Change detection", "T"), ("CD", "T"),
            ("Transformer", "M"), ("Mamba", "M"), ("ChangeMamba", "M"), ("LEVIR-CD", "D"), ("WHU-CD", "D"),
            ("SYSU-CD", "D"), ("F1", "X"), ("IoU", "X"), ("BIT", "M"), ("parameters", "X"), ("GFLOPs", "X"),
            ("FLOPs", "X"), ("ChangeFormer", "M"), ("FPS", "X"),
        ],
        "results": [
            (r"F1 rises from 90.4\%", "F1", 90.4, "%", "LEVIR-CD", "ChangeMamba"),
            (r"F1 rises from 90.4\% with ChangeMamba to $\mathbf{92.1}$\%", "F1", 92.1, "%", "LEVIR-CD", "FjordCD"),
            (r"IoU from 82.5\%", "IoU", 82.5, "%", "LEVIR-CD", "ChangeMamba"),
            (r"IoU from 82.5\% to 85.4\%", "IoU", 85.4, "%", "LEVIR-CD", "FjordCD"),
            (r"F1 of 94.6\%", "F1", 94.6, "%", "WHU-CD", "FjordCD"),
            (r"IoU of 89.8\%", "IoU", 89.8, "%", "WHU-CD", "FjordCD"),
            (r"F1 of 83.0\%", "F1", 83.0, "%", "SYSU-CD", "FjordCD"),
            ("1.9 points above BIT", "F1", 1.9, "points", "SYSU-CD", "FjordCD"),
            ("6.2M parameters", "parameters", 6.2, "M", None, "FjordCD"),
            ("9.8 GFLOPs", "FLOPs", 9.8, "G", None, "FjordCD"),
            (r"3$\times$ fewer FLOPs", "FLOPs reduction", 3, "×", None, "FjordCD"),
            ("118 FPS", "FPS", 118, None, None, "FjordCD"),
            (r"retains 96.3\% of its fully supervised F1", "relative F1", 96.3, "%", "LEVIR-CD", "FjordCD"),
        ],
    },
    {
        "field": "remote",
        "title": "EskerNet: Band-Grouped Token Pruning for Hyperspectral Image Classification with Scarce Labels",
        "text": (
            "Hyperspectral image classification (HSIC) assigns a land-cover label to every pixel from hundreds of "
            "contiguous spectral bands, but labelled pixels are expensive and neighbouring bands are highly "
            "redundant. We propose EskerNet, a lightweight spectral–spatial Transformer that groups adjacent bands "
            "into learned spectral tokens and prunes uninformative spatial tokens at every layer, guided by a "
            "band-attention score. Training uses only 10 labelled pixels per class, and the patch size is fixed to "
            "9×9 for all scenes. We report overall accuracy (OA), average accuracy (AA) and the kappa coefficient "
            "(κ) on three standard benchmarks. EskerNet obtains OA/AA/κ of 91.8/93.5/90.6 on Indian Pines, "
            "95.2/94.1/93.7 on Pavia University and 90.3/91.7/89.5 on Houston 2013. On Indian Pines, the strongest "
            "competitor, SpectralFormer, reaches 84.6/87.2/82.5 under the same protocol, and SSFTT 83.9 OA. "
            "Relative to the 3D-CNN baseline HybridSN, EskerNet improves OA by 9.4 points on average across the "
            "three scenes while using 0.42M parameters, about 12× fewer. With a token keep ratio of 0.4, token "
            "pruning lowers inference FLOPs by 2.3×, and a full Pavia University scene is classified in 1.6 s on "
            "one GPU. The code and the fixed training splits (random seeds 0–9) are released to ease fair "
            "comparison."
        ),
        "spans": [
            ("EskerNet", "M"), ("Token Pruning", "M"), ("token pruning", "M"),
            ("Hyperspectral Image Classification", "T"), ("Hyperspectral image classification", "T"),
            ("HSIC", "T"), ("Transformer", "M"), ("overall accuracy", "X"), ("OA", "X"),
            ("average accuracy", "X"), ("AA", "X"), ("kappa coefficient", "X"), ("κ", "X"),
            ("Indian Pines", "D"), ("Pavia University", "D"), ("Houston 2013", "D"), ("SpectralFormer", "M"),
            ("SSFTT", "M"), ("3D-CNN", "M"), ("HybridSN", "M"), ("parameters", "X"), ("inference FLOPs", "X"),
        ],
        "results": [
            ("OA/AA/κ of 91.8", "overall accuracy", 91.8, None, "Indian Pines", "EskerNet"),
            ("93.5", "average accuracy", 93.5, None, "Indian Pines", "EskerNet"),
            ("90.6", "kappa coefficient", 90.6, None, "Indian Pines", "EskerNet"),
            ("95.2", "overall accuracy", 95.2, None, "Pavia University", "EskerNet"),
            ("94.1", "average accuracy", 94.1, None, "Pavia University", "EskerNet"),
            ("93.7", "kappa coefficient", 93.7, None, "Pavia University", "EskerNet"),
            ("90.3", "overall accuracy", 90.3, None, "Houston 2013", "EskerNet"),
            ("91.7", "average accuracy", 91.7, None, "Houston 2013", "EskerNet"),
            ("89.5", "kappa coefficient", 89.5, None, "Houston 2013", "EskerNet"),
            ("84.6", "overall accuracy", 84.6, None, "Indian Pines", "SpectralFormer"),
            ("87.2", "average accuracy", 87.2, None, "Indian Pines", "SpectralFormer"),
            ("82.5", "kappa coefficient", 82.5, None, "Indian Pines", "SpectralFormer"),
            ("83.9 OA", "overall accuracy", 83.9, None, "Indian Pines", "SSFTT"),
            ("OA by 9.4 points", "overall accuracy", 9.4, "points", None, "EskerNet"),
            ("0.42M parameters", "parameters", 0.42, "M", None, "EskerNet"),
            ("12× fewer", "parameter reduction", 12, "×", None, "EskerNet"),
            ("inference FLOPs by 2.3×", "inference FLOPs reduction", 2.3, "×", None, "token pruning"),
            ("classified in 1.6 s", "classification time", 1.6, "s", "Pavia University", None),
        ],
    },
    {
        "field": "remote",
        "title": "DorySAR: A Scattering-Aware Anchor-Free Detector for Ship Detection in SAR Images",
        "text": (
            "Ship detection in synthetic aperture radar (SAR) images is important for maritime surveillance, but it "
            "is still difficult because of speckle noise, strong sea clutter and the small size of many ships. The "
            "existing detectors which are designed for optical images do not consider the scattering characteristic "
            "of the targets. In this paper, a scattering-aware anchor-free detector named DorySAR is proposed. "
            "Firstly, a scattering keypoint branch is designed to locate the strong scattering centres of ships. "
            "Secondly, a clutter suppression module based on the wavelet transform is introduced into the neck of "
            "the network. Experiments are conducted on two public datasets, SSDD and HRSID. On SSDD, DorySAR "
            "achieves the AP50 of 98.6% and the AP of 71.3%, which are 1.2% and 3.5% higher than YOLOv8-s. On HRSID, "
            "the AP50 and AP are 93.4% and 70.2%, respectively. Especially, for the inshore scenes of HRSID, the AP "
            "is improved from 55.1% to 61.7%, which show the effectiveness of the clutter suppression. Meanwhile, "
            "the detector has 3.9M parameters and its speed is 142 FPS on an RTX 3080 Ti, so it is more suitable "
            "for the deployment on the satellite. Compared with 12 state-of-the-art methods, DorySAR get the best AP "
            "on 5 of the 6 evaluation subsets (inshore, offshore and all scenes of the two datasets)."
        ),
        "spans": [
            ("DorySAR", "M"), ("Ship Detection", "T"), ("Ship detection", "T"), ("wavelet transform", "M"),
            ("SSDD", "D"), ("HRSID", "D"), ("AP50", "X"), ("AP", "X"), ("YOLOv8-s", "M"),
            ("parameters", "X"), ("FPS", "X"),
        ],
        "results": [
            ("AP50 of 98.6%", "AP50", 98.6, "%", "SSDD", "DorySAR"),
            ("AP of 71.3%", "AP", 71.3, "%", "SSDD", "DorySAR"),
            ("1.2%", "AP50", 1.2, "%", "SSDD", "DorySAR"),
            ("3.5% higher", "AP", 3.5, "%", "SSDD", "DorySAR"),
            ("AP50 and AP are 93.4%", "AP50", 93.4, "%", "HRSID", None),
            ("70.2%", "AP", 70.2, "%", "HRSID", None),
            ("AP is improved from 55.1% to 61.7%", "AP", 61.7, "%", "HRSID", None),
            ("3.9M parameters", "parameters", 3.9, "M", None, None),
            ("142 FPS", "FPS", 142, None, None, None),
            ("best AP on 5 of the 6 evaluation subsets", "evaluation subsets ranked first", 5, None, None,
             "DorySAR"),
        ],
    },
    {
        "field": "remote",
        "title": "FathomDet: Angle-Decoupled Gaussian Queries for Oriented Object Detection in Aerial Images",
        "text": (
            r"Oriented object detection in aerial images suffers from the boundary discontinuity of angle regression "
            r"and from the extreme scale range of its objects: $\sim$40\% of the instances in DOTA are smaller than "
            r"$32\times32$ pixels. We present FathomDet, a DETR-style detector that represents each object as a 2-D "
            r"Gaussian query whose covariance is decoupled into scale and angle, and that matches predictions with a "
            r"Gaussian Wasserstein cost instead of an angle-sensitive $\ell_1$ cost. Denoising training with $k=5$ "
            r"groups of noised boxes further stabilises the matching. With a ResNet-50 backbone and single-scale "
            r"training, FathomDet achieves 78.6\% mAP on DOTA-v1.0, 71.9\% on DOTA-v1.5 and 68.4\% on DIOR-R, "
            r"exceeding ARS-DETR by 2.1, 3.0 and 2.4 points, respectively. With Swin-T and multi-scale training, "
            r"FathomDet reaches $\mathbf{81.7}$\% mAP on DOTA-v1.0, within 0.3 points of the best published result, "
            r"which relies on a much larger ViT-L backbone. The Gaussian matching also converges faster: 12 epochs "
            r"suffice to match the mAP that Oriented R-CNN reaches after 36, i.e. 3$\times$ faster convergence. On "
            r"the stricter mAP$_{75}$ metric, the gain over Oriented R-CNN grows to 6.8 points (50.3 vs.\ 43.5), "
            r"which suggests more precise angles. Inference runs at 19.3 FPS on $1024\times1024$ patches on an A100."
        ),
        "spans": [
            ("FathomDet", "M"), ("Oriented Object Detection", "T"), ("Oriented object detection", "T"),
            ("DOTA", "D"), ("DETR", "M"), ("Denoising training", "M"), ("ResNet-50", "M"), ("mAP", "X"),
            ("DOTA-v1.0", "D"), ("DOTA-v1.5", "D"), ("DIOR-R", "D"), ("ARS-DETR", "M"), ("Swin-T", "M"),
            ("ViT-L", "M"), ("Oriented R-CNN", "M"), ("mAP$_{75}$", "X", {"punct": True}), ("FPS", "X"),
        ],
        "results": [
            (r"78.6\% mAP", "mAP", 78.6, "%", "DOTA-v1.0", "FathomDet"),
            (r"71.9\% on DOTA-v1.5", "mAP", 71.9, "%", "DOTA-v1.5", "FathomDet"),
            (r"68.4\% on DIOR-R", "mAP", 68.4, "%", "DIOR-R", "FathomDet"),
            ("ARS-DETR by 2.1", "mAP", 2.1, "points", "DOTA-v1.0", "FathomDet"),
            ("3.0", "mAP", 3.0, "points", "DOTA-v1.5", "FathomDet"),
            ("2.4 points", "mAP", 2.4, "points", "DIOR-R", "FathomDet"),
            (r"reaches $\mathbf{81.7}$\% mAP", "mAP", 81.7, "%", "DOTA-v1.0", "FathomDet"),
            ("within 0.3 points", "mAP", 0.3, "points", "DOTA-v1.0", "FathomDet"),
            (r"3$\times$ faster convergence", "convergence speed-up", 3, "×", None, None),
            ("grows to 6.8 points", "mAP75", 6.8, "points", None, None),
            ("50.3", "mAP75", 50.3, None, None, None),
            ("43.5", "mAP75", 43.5, None, None, "Oriented R-CNN"),
            ("19.3 FPS", "FPS", 19.3, None, None, None),
        ],
    },
    {
        "field": "remote",
        "title": "EcotoneMAE: Cross-Sensor Masked Autoencoding for Label-Efficient Earth Observation",
        "text": (
            "We introduce EcotoneMAE, a remote sensing foundation model that is pretrained with masked autoencoding "
            "on 1.9 million co-registered Sentinel-1 radar and Sentinel-2 multispectral image pairs from the "
            "SSL4EO-S12 corpus, in which a shared ViT-B encoder reconstructs the masked patches of one sensor from "
            "the visible patches of both, so that radar and optical inputs end up in a single embedding space and "
            "either modality can be used alone at test time. Across a suite of downstream tasks, EcotoneMAE attains "
            "89.7 mAP on BigEarthNet multi-label classification with linear probing (compared with 86.4 for SatMAE "
            "and 87.9 for CROMA), 99.1% overall accuracy on EuroSAT after fine-tuning, 64.2% top-1 accuracy on "
            "fMoW-Sentinel and 52.8 mIoU on the DynamicEarthNet segmentation benchmark, and it is the best model on "
            "9 of the 11 tasks of GEO-Bench, while with only 1% of the BigEarthNet labels it still reaches 81.3 mAP, "
            "6.5 points above training from scratch. When only Sentinel-1 radar is available at inference, for "
            "example under persistent cloud cover, BigEarthNet mAP drops by just 4.1 points, whereas an optical-only "
            "model cannot be applied at all. Pretraining takes 1,150 A100 GPU-hours, roughly 40% less than SatMAE, "
            "because the encoder processes only the 25% of patches that are left visible."
        ),
        "spans": [
            ("EcotoneMAE", "M"), ("Masked Autoencoding", "M"), ("masked autoencoding", "M"),
            ("foundation model", "M"), ("SSL4EO-S12", "D"), ("ViT-B", "M"), ("mAP", "X"), ("BigEarthNet", "D"),
            ("multi-label classification", "T"), ("linear probing", "M"), ("SatMAE", "M"), ("CROMA", "M"),
            ("overall accuracy", "X"), ("EuroSAT", "D"), ("top-1 accuracy", "X"), ("fMoW-Sentinel", "D"),
            ("mIoU", "X"), ("DynamicEarthNet", "D"), ("segmentation", "T"), ("GEO-Bench", "D"),
        ],
        "results": [
            ("89.7 mAP on BigEarthNet", "mAP", 89.7, None, "BigEarthNet", "EcotoneMAE"),
            ("86.4", "mAP", 86.4, None, "BigEarthNet", "SatMAE"),
            ("87.9", "mAP", 87.9, None, "BigEarthNet", "CROMA"),
            ("99.1% overall accuracy on EuroSAT", "overall accuracy", 99.1, "%", "EuroSAT", "EcotoneMAE"),
            ("64.2% top-1 accuracy on fMoW-Sentinel", "top-1 accuracy", 64.2, "%", "fMoW-Sentinel", "EcotoneMAE"),
            ("52.8 mIoU on the DynamicEarthNet", "mIoU", 52.8, None, "DynamicEarthNet", "EcotoneMAE"),
            ("best model on 9 of the 11 tasks of GEO-Bench", "tasks ranked first", 9, None, "GEO-Bench",
             "EcotoneMAE"),
            ("81.3 mAP", "mAP", 81.3, None, "BigEarthNet", "EcotoneMAE"),
            ("6.5 points above training from scratch", "mAP", 6.5, "points", "BigEarthNet", "EcotoneMAE"),
            ("BigEarthNet mAP drops by just 4.1 points", "mAP", 4.1, "points", "BigEarthNet", None),
            ("Pretraining takes 1,150 A100 GPU-hours", "pretraining time", 1150, "GPU-hours", None, None),
            ("40% less than SatMAE", "pretraining time reduction", 40, "%", None, None),
        ],
    },
    {
        "field": "remote",
        "title": "EiderSeg: 2.4× Faster Instance Segmentation of Aerial Imagery with 31% Fewer Parameters",
        "text": (
            "Instance segmentation in aerial images must handle thousands of small, densely packed objects per "
            "image. Two-stage detectors such as Mask R-CNN are accurate but slow at this density, and query-based "
            "models such as Mask2Former saturate their query budget. EiderSeg replaces both with a point-prompted "
            "mask decoder: a lightweight centre heatmap proposes up to 2,000 prompts per 800×800 tile, and a shared "
            "decoder predicts all masks in one batched pass. Backbone: Swin-B, pre-trained on ImageNet-22K. "
            "iSAID val: 45.1 mask AP, 52.6 box AP, 31.8 AP_S; Mask R-CNN 39.7 mask AP; Mask2Former 42.0 mask AP. "
            "NWPU VHR-10: 71.4 mask AP (+3.2 over the strongest baseline). Throughput: 8.7 images/s vs. 3.6 for "
            "Mask R-CNN on one A100. Ablation: removing the heatmap prompts costs 5.3 mask AP; sharing the decoder "
            "across prompts costs nothing measurable. EiderSeg also transfers to semantic segmentation, reaching "
            "67.9 mIoU on iSAID with a simple class-merging head and no extra training data."
        ),
        "spans": [
            ("EiderSeg", "M"), ("Instance Segmentation", "T"), ("Instance segmentation", "T"),
            ("Mask R-CNN", "M"), ("Mask2Former", "M"), ("Swin-B", "M"), ("ImageNet-22K", "D"),
            ("iSAID val", "D"), ("iSAID", "D"), ("mask AP", "X"), ("box AP", "X"), ("AP_S", "X"),
            ("NWPU VHR-10", "D"), ("Throughput", "X"), ("Parameters", "X"), ("semantic segmentation", "T"), ("mIoU", "X"),
        ],
        "title_results": [
            ("2.4× Faster", "speed-up", 2.4, "×", None, "EiderSeg"),
            ("31% Fewer Parameters", "parameter reduction", 31, "%", None, "EiderSeg"),
        ],
        "results": [
            ("45.1 mask AP", "mask AP", 45.1, None, "iSAID val", None),
            ("52.6 box AP", "box AP", 52.6, None, "iSAID val", None),
            ("31.8 AP_S", "AP_S", 31.8, None, "iSAID val", None),
            ("39.7 mask AP", "mask AP", 39.7, None, "iSAID val", "Mask R-CNN"),
            ("42.0 mask AP", "mask AP", 42.0, None, "iSAID val", "Mask2Former"),
            ("71.4 mask AP", "mask AP", 71.4, None, "NWPU VHR-10", None),
            ("+3.2 over the strongest baseline", "mask AP", 3.2, None, "NWPU VHR-10", None),
            ("Throughput: 8.7 images/s", "throughput", 8.7, "images/s", None, None),
            ("3.6 for Mask R-CNN", "throughput", 3.6, "images/s", None, "Mask R-CNN"),
            ("costs 5.3 mask AP", "mask AP", 5.3, None, None, None),
            ("67.9 mIoU on iSAID", "mIoU", 67.9, None, "iSAID", "EiderSeg"),
        ],
    },
]
