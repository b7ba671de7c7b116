"""fresh11 records: pose-motion (6) and trajectory-prediction (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Ebbrill", "Ervanth", "EskerDrape", "Elmsprig", "Eddivane", "Evrisk", "Ellowmark",
          "Ethrowen", "Ellagrove", "Emblestead", "Evenmoor", "Erlocast", "Ennivale"]

PP = {"punct": True}

RECS = [
    # ------------------------------------------------------------ pose-motion
    {
        "field": "pose-motion",
        "title": "Ebbrill: Frequency-Banded State Space Lifting for Monocular 3D Human Pose Estimation",
        "text": (
            "Lifting 2D keypoint sequences to 3D is the dominant route to monocular 3D human pose estimation "
            "(3D HPE), but Transformer lifters such as MixSTE and MotionBERT scale quadratically with sequence "
            "length and tend to blur fast limb motion. We present Ebbrill, a lifter that splits each joint "
            "trajectory into low- and high-frequency bands with the discrete cosine transform (DCT) and models "
            "every band with a selective state space model (SSM) in the style of Mamba; a joint-wise gate fuses "
            "the bands before regression. Ebbrill processes 243-frame clips in linear time with 6.9M parameters. "
            "On Human3.6M with CPN-detected 2D keypoints, Ebbrill reaches an MPJPE of 37.9 mm and a P-MPJPE of "
            "31.8 mm, compared with 39.2 mm and 33.2 mm for MotionBERT. With ground-truth 2D keypoints as input, "
            "the MPJPE drops further to 16.3 mm. On MPI-INF-3DHP, Ebbrill obtains a PCK of 98.9%, an AUC of 85.1% "
            "and an MPJPE of 14.2 mm, the latter a 12% reduction over MotionAGFormer-L. It also needs 4.1\u00d7 "
            "fewer FLOPs than MixSTE and runs at 1,850 frames per second on a single RTX 3090. Ablations show that "
            "the high-frequency branch accounts for most of the improvement on fast actions, and that replacing "
            "the SSM with self-attention at equal width increases MPJPE by 1.3 mm while tripling memory use."
        ),
        "spans": [
            ("Ebbrill", "M"), ("Monocular 3D Human Pose Estimation", "T"),
            ("monocular 3D human pose estimation", "T"), ("3D HPE", "T"), ("Transformer", "M"),
            ("MixSTE", "M"), ("MotionBERT", "M"), ("discrete cosine transform", "M"), ("DCT", "M"),
            ("selective state space model", "M"), ("SSM", "M"), ("Mamba", "M"), ("Human3.6M", "D"),
            ("CPN", "M"), ("MPJPE", "X"), ("P-MPJPE", "X"), ("MPI-INF-3DHP", "D"), ("PCK", "X"), ("AUC", "X"),
            ("MotionAGFormer-L", "M"), ("FLOPs", "X"), ("frames per second", "X"),
        ],
        "results": [
            ("MPJPE of 37.9 mm", "MPJPE", 37.9, "mm", "Human3.6M", "Ebbrill"),
            ("P-MPJPE of 31.8 mm", "P-MPJPE", 31.8, "mm", "Human3.6M", "Ebbrill"),
            ("39.2 mm", "MPJPE", 39.2, "mm", "Human3.6M", "MotionBERT"),
            ("33.2 mm", "P-MPJPE", 33.2, "mm", "Human3.6M", "MotionBERT"),
            ("MPJPE drops further to 16.3 mm", "MPJPE", 16.3, "mm", None, None),
            ("PCK of 98.9%", "PCK", 98.9, "%", "MPI-INF-3DHP", "Ebbrill"),
            ("AUC of 85.1%", "AUC", 85.1, "%", "MPI-INF-3DHP", "Ebbrill"),
            ("MPJPE of 14.2 mm", "MPJPE", 14.2, "mm", "MPI-INF-3DHP", "Ebbrill"),
            ("12% reduction", "MPJPE reduction", 12, "%", "MPI-INF-3DHP", "Ebbrill"),
            ("4.1\u00d7 fewer FLOPs", "FLOPs reduction", 4.1, "\u00d7", None, None),
            ("1,850 frames per second", "throughput", 1850, "frames/s", None, None),
            ("increases MPJPE by 1.3 mm", "MPJPE", 1.3, "mm", None, None),
        ],
    },
    {
        "field": "pose-motion",
        "title": "Where the Fabric Folds: Uncertainty-Aware Human Mesh Recovery under Loose Clothing",
        "text": (
            "Recovering a 3D body mesh from a single image is usually framed as regressing the parameters of SMPL, "
            "yet regressors trained largely on motion-capture data break down when loose garments hide the "
            "silhouette. Skirts, coats and robes are rare in the images used to train HMR 2.0 or CLIFF, and "
            "pseudo-ground-truth fitted with SMPLify tends to inflate body shape underneath them. We present "
            "Ervanth, a human mesh recovery (HMR) model that predicts a distribution over body shape conditioned "
            "on a garment-occupancy map, which a lightweight segmentation head estimates from the image. Shape "
            "samples are scored against the visible silhouette and retained only when they explain the uncovered "
            "limbs. For training, we re-fit bodies in loose-clothing video with multi-view optimisation and "
            "release the resulting annotations as EskerDrape. On 3DPW, Ervanth matches the strongest single-image "
            "regressors, and on the loose-clothing subset of EMDB it lowers the per-vertex error (PVE) by 11.6 mm "
            "relative to TokenHMR. The gain comes almost entirely from shape, while joint positions barely change, "
            "which suggests that the remaining failures of current regressors under clothing concern shape rather "
            "than articulation. We also find that the standard PA-MPJPE protocol hides most of these shape "
            "errors, and we propose to report PVE-T, the vertex error of the body unposed into a canonical T-pose, "
            "alongside it."
        ),
        "spans": [
            ("Human Mesh Recovery", "T"), ("human mesh recovery", "T"), ("HMR", "T"), ("SMPL", "M"),
            ("HMR 2.0", "M"), ("CLIFF", "M"), ("SMPLify", "M"), ("Ervanth", "M"), ("EskerDrape", "D"),
            ("3DPW", "D"), ("EMDB", "D"), ("per-vertex error", "X"), ("PVE", "X"), ("TokenHMR", "M"),
            ("PA-MPJPE", "X"), ("PVE-T", "X"),
        ],
        "results": [
            ("per-vertex error (PVE) by 11.6 mm", "PVE reduction", 11.6, "mm", "EMDB", "Ervanth"),
        ],
    },
    {
        "field": "pose-motion",
        "title": "Elmsprig: Masked Residual Tokens with Rhythm Priors for Text-to-Motion Generation",
        "text": (
            "Text-to-motion generation has progressed rapidly since the Motion Diffusion Model (MDM), and "
            "discrete-token approaches such as T2M-GPT and MoMask now lead the standard benchmarks. These models "
            "quantize motion with a residual VQ-VAE (RVQ-VAE) but treat all frames alike, so short accented "
            "movements such as claps, kicks or stomps are often smoothed away. Elmsprig adds a rhythm prior: a "
            "lightweight beat detector marks accent frames, and a masked generative Transformer decodes the base "
            "tokens at accents first before filling in the remaining frames and residual layers. Text is encoded "
            "with a frozen CLIP ViT-B/32 encoder. On HumanML3D, Elmsprig reaches an FID of 0.041 and a Top-1 "
            "R-Precision of 0.536, against 0.045 and 0.521 for MoMask, while its MM-Dist falls from 2.958 to "
            "2.891. On KIT-ML, Elmsprig improves FID from 0.204 (MoMask) to 0.163 and lifts Top-3 R-Precision to "
            "0.801. Diversity remains close to that of real motion on both datasets (9.47 vs. 9.50 on HumanML3D). "
            "In a user study with 32 participants, Elmsprig was preferred over MoMask in 64% of pairwise "
            "comparisons of accent timing. Because accent frames are decoded in parallel, generation takes 0.07 s "
            "per sequence, 1.9\u00d7 faster than MoMask and roughly 40\u00d7 faster than MDM."
        ),
        "spans": [
            ("Elmsprig", "M"), ("Text-to-Motion Generation", "T"), ("Text-to-motion generation", "T"),
            ("Motion Diffusion Model", "M"), ("MDM", "M"), ("T2M-GPT", "M"), ("MoMask", "M"),
            ("residual VQ-VAE", "M"), ("RVQ-VAE", "M"), ("masked generative Transformer", "M"),
            ("CLIP ViT-B/32", "M"), ("HumanML3D", "D"), ("FID", "X"), ("Top-1 R-Precision", "X"),
            ("MM-Dist", "X"), ("KIT-ML", "D"), ("Top-3 R-Precision", "X"), ("Diversity", "X"),
        ],
        "results": [
            ("FID of 0.041", "FID", 0.041, None, "HumanML3D", "Elmsprig"),
            ("Top-1 R-Precision of 0.536", "Top-1 R-Precision", 0.536, None, "HumanML3D", "Elmsprig"),
            ("0.045", "FID", 0.045, None, "HumanML3D", "MoMask"),
            ("0.521", "Top-1 R-Precision", 0.521, None, "HumanML3D", "MoMask"),
            ("MM-Dist falls from 2.958 to 2.891", "MM-Dist", 2.891, None, "HumanML3D", "Elmsprig"),
            ("FID from 0.204", "FID", 0.204, None, "KIT-ML", "MoMask"),
            ("to 0.163", "FID", 0.163, None, "KIT-ML", "Elmsprig"),
            ("Top-3 R-Precision to 0.801", "Top-3 R-Precision", 0.801, None, "KIT-ML", "Elmsprig"),
            ("9.47", "Diversity", 9.47, None, "HumanML3D", None),
            ("9.50", "Diversity", 9.50, None, "HumanML3D", None),
            ("preferred over MoMask in 64% of pairwise comparisons", "win rate", 64, "%", None, "Elmsprig"),
            ("generation takes 0.07 s", "generation time", 0.07, "s", None, None),
            ("1.9\u00d7 faster than MoMask", "speed-up", 1.9, "\u00d7", None, None),
            ("40\u00d7 faster than MDM", "speed-up", 40, "\u00d7", None, None),
        ],
    },
    {
        "field": "pose-motion",
        "title": "Eddivane: Denoising Joint Velocities, Not Positions, for Stochastic Human Motion Prediction",
        "text": (
            "Stochastic human motion prediction asks for a set of plausible futures given a short observed pose "
            "sequence, and must balance accuracy against diversity. Recent diffusion models such as HumanMAC and "
            "BeLFusion denoise absolute joint positions, which causes sliding feet and bone-length drift at long "
            "horizons. Eddivane instead runs a denoising diffusion probabilistic model (DDPM) on joint velocities "
            "expressed in each parent bone's frame, integrates them along the kinematic tree, and conditions the "
            "denoiser on the observed motion through a graph convolutional network (GCN) encoder. A "
            "skeleton-consistency guidance term, applied only in the last ten denoising steps, keeps bone lengths "
            "fixed without retraining. Following the protocol of BeLFusion on Human3.6M and AMASS, with 50 samples "
            "per history, Eddivane attains ADE/FDE of 0.358/0.449 on Human3.6M and 0.497/0.589 on AMASS, improving "
            "ADE by 4.8% and 5.6%, respectively, over BeLFusion. Multimodal metrics improve as well: MMADE and "
            "MMFDE drop to 0.447 and 0.480 on Human3.6M. Sample diversity, measured by the average pairwise "
            "distance (APD), is 8.21 on Human3.6M, lower than the 15.0 of DLow but free of the physically "
            "implausible samples that inflate that figure. Bone-length error shrinks by an order of magnitude, "
            "from 2.1 cm with HumanMAC to 0.18 cm, and the foot-skating ratio falls by 63%. In the deterministic "
            "setting, taking the sample closest to the mean, Eddivane's MPJPE at 1 s on Human3.6M is 108.9 mm, on "
            "par with siMLPe."
        ),
        "spans": [
            ("Eddivane", "M"), ("Stochastic Human Motion Prediction", "T"),
            ("Stochastic human motion prediction", "T"), ("diffusion models", "M"), ("HumanMAC", "M"),
            ("BeLFusion", "M"), ("denoising diffusion probabilistic model", "M"), ("DDPM", "M"),
            ("graph convolutional network", "M"), ("GCN", "M"), ("Human3.6M", "D"), ("AMASS", "D"),
            ("ADE", "X"), ("FDE", "X"), ("MMADE", "X"), ("MMFDE", "X"), ("average pairwise distance", "X"),
            ("APD", "X"), ("DLow", "M"), ("Bone-length error", "X"), ("foot-skating ratio", "X"),
            ("MPJPE", "X"), ("siMLPe", "M"),
        ],
        "results": [
            ("ADE/FDE of 0.358", "ADE", 0.358, None, "Human3.6M", "Eddivane"),
            ("0.449", "FDE", 0.449, None, "Human3.6M", "Eddivane"),
            ("0.497", "ADE", 0.497, None, "AMASS", "Eddivane"),
            ("0.589 on AMASS", "FDE", 0.589, None, "AMASS", "Eddivane"),
            ("ADE by 4.8%", "ADE", 4.8, "%", "Human3.6M", "Eddivane"),
            ("5.6%", "ADE", 5.6, "%", "AMASS", "Eddivane"),
            ("MMADE and MMFDE drop to 0.447", "MMADE", 0.447, None, "Human3.6M", None),
            ("0.480 on Human3.6M", "MMFDE", 0.480, None, "Human3.6M", None),
            ("APD), is 8.21", "APD", 8.21, None, "Human3.6M", None),
            ("15.0 of DLow", "APD", 15.0, None, "Human3.6M", "DLow"),
            ("from 2.1 cm", "bone-length error", 2.1, "cm", None, "HumanMAC"),
            ("to 0.18 cm", "bone-length error", 0.18, "cm", None, None),
            ("foot-skating ratio falls by 63%", "foot-skating ratio reduction", 63, "%", None, None),
            ("MPJPE at 1 s on Human3.6M is 108.9 mm", "MPJPE", 108.9, "mm", "Human3.6M", "Eddivane"),
        ],
    },
    {
        "field": "pose-motion",
        "title": "Evrisk: Real-Time Whole-Body Pose Estimation on Phones by Distilling Heatmaps into Coordinate Classifiers",
        "text": (
            "Whole-body pose estimation localizes 133 keypoints on the body, face, hands and feet, which makes "
            "heatmap-based models such as ViTPose-H accurate but far too slow for phones. Coordinate-classification "
            "heads in the style of SimCC, as used by RTMPose, are fast but lose accuracy on small hand and face "
            "keypoints. We introduce Evrisk, a top-down estimator with a CSPNeXt backbone whose SimCC head is "
            "trained by knowledge distillation from a frozen heatmap teacher, with a scale-adaptive temperature "
            "that sharpens the teacher's soft labels for small parts. On COCO-WholeBody v1.0, Evrisk-M obtains "
            "64.1 whole-body AP, 2.6 points above RTMPose-m and within 0.4 points of DWPose-l, while Evrisk-S "
            "reaches 59.8 AP at 7.9 ms per person on a Snapdragon 8 Gen 3 phone. Hand AP benefits most, rising "
            "from 47.5 to 53.3 for the medium model. On the body-only COCO val2017 split, Evrisk-M attains 75.6 "
            "AP, and on CrowdPose it reaches 71.2 AP, comparable to HRNet-W48 with 9\u00d7 fewer GFLOPs. "
            "Distillation adds 18% to training time but nothing at inference, and the teacher can be discarded "
            "after training. We release all models in ONNX and ncnn formats together with an Android demo."
        ),
        "spans": [
            ("Evrisk", "M"), ("Evrisk-M", "M"), ("Evrisk-S", "M"), ("Whole-Body Pose Estimation", "T"),
            ("Whole-body pose estimation", "T"), ("ViTPose-H", "M"), ("SimCC", "M"), ("RTMPose", "M"),
            ("CSPNeXt", "M"), ("knowledge distillation", "M"), ("COCO-WholeBody v1.0", "D"),
            ("whole-body AP", "X"), ("AP", "X"), ("RTMPose-m", "M"), ("DWPose-l", "M"), ("Hand AP", "X"),
            ("COCO val2017", "D"), ("CrowdPose", "D"), ("HRNet-W48", "M"), ("GFLOPs", "X"),
            ("Distillation", "M"), ("training time", "X"),
        ],
        "results": [
            ("64.1 whole-body AP", "whole-body AP", 64.1, None, "COCO-WholeBody v1.0", "Evrisk-M"),
            ("2.6 points above RTMPose-m", "whole-body AP", 2.6, "points", "COCO-WholeBody v1.0", "Evrisk-M"),
            ("within 0.4 points of DWPose-l", "whole-body AP", 0.4, "points", "COCO-WholeBody v1.0", "Evrisk-M"),
            ("59.8 AP", "AP", 59.8, None, "COCO-WholeBody v1.0", "Evrisk-S"),
            ("7.9 ms per person", "latency", 7.9, "ms", "COCO-WholeBody v1.0", "Evrisk-S"),
            ("Hand AP benefits most, rising from 47.5 to 53.3", "hand AP", 53.3, None, None, None),
            ("75.6 AP", "AP", 75.6, None, "COCO val2017", "Evrisk-M"),
            ("71.2 AP", "AP", 71.2, None, "CrowdPose", "Evrisk-M"),
            ("9\u00d7 fewer GFLOPs", "GFLOPs reduction", 9, "\u00d7", "CrowdPose", "Evrisk-M"),
            ("adds 18% to training time", "training time", 18, "%", None, None),
        ],
    },
    {
        "field": "pose-motion",
        "title": "Ellowmark: A Multi-View Benchmark for Egocentric Full-Body Pose Estimation in Cluttered Homes",
        "text": (
            "Estimating the full-body pose of a headset wearer from egocentric cameras is central to avatars in "
            "virtual and mixed reality, yet public benchmarks either capture a single actor in an empty studio, "
            "as in Mo2Cap2 and xR-EgoPose, or provide only sparse annotations of everyday scenes, as in EgoBody and "
            "Ego-Exo4D. We introduce Ellowmark, a benchmark recorded in furnished apartments in which participants "
            "cook, tidy, exercise and play with children while wearing a head-mounted rig with four fisheye "
            "cameras. Ground-truth SMPL-X bodies are obtained by fitting to a synchronized markerless multi-view "
            "capture system and are refined with contact constraints against scanned furniture meshes. The data "
            "cover long sequences from many participants with varied body shapes and clothing, and include "
            "frequent self-occlusion, object interaction and body parts leaving the field of view. We define "
            "three tracks, egocentric 3D pose estimation from single frames, the same task from video, and "
            "full-body tracking from the headset's trajectory alone, and evaluate them with MPJPE, PA-MPJPE, "
            "jitter and a new contact accuracy metric. Re-trained on our data, state-of-the-art methods such as "
            "EgoEgo, EgoPoseFormer and AvatarPoser leave substantial room for improvement, with errors "
            "concentrated on the lower body and on the hands during interaction. We release the data, an "
            "evaluation server and the baselines under a research licence."
        ),
        "spans": [
            ("Ellowmark", "D"), ("Egocentric Full-Body Pose Estimation", "T"), ("Mo2Cap2", "D"),
            ("xR-EgoPose", "D"), ("EgoBody", "D"), ("Ego-Exo4D", "D"), ("SMPL-X", "M"),
            ("egocentric 3D pose estimation", "T"), ("full-body tracking", "T"), ("MPJPE", "X"),
            ("PA-MPJPE", "X"), ("jitter", "X"), ("contact accuracy", "X"), ("EgoEgo", "M"),
            ("EgoPoseFormer", "M"), ("AvatarPoser", "M"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ trajectory-prediction
    {
        "field": "trajectory-prediction",
        "title": "Ethrowen: Social Intent Tokens for Multimodal Pedestrian Trajectory Prediction",
        "text": (
            "Pedestrian trajectory prediction requires reasoning about where people intend to go and how they "
            "yield to one another. Generative predictors such as Trajectron++, AgentFormer and the leapfrog "
            "diffusion model (LED) capture this multimodality through continuous latent variables that are hard "
            "to interpret and costly to sample. Ethrowen instead discretizes intent into a small codebook of social "
            "intent tokens learned by vector quantization, predicts a distribution over tokens with a Transformer "
            "encoder over agents, and decodes each sampled token into a trajectory with a one-step conditional "
            "flow matching decoder. Twenty diverse hypotheses therefore cost a single batched decoder pass. Under "
            "the standard leave-one-out protocol on ETH/UCY, Ethrowen reduces the average minADE20/minFDE20 to "
            "0.17/0.26 m, from 0.21/0.33 m for LED. The largest gains are on Hotel and Zara2, where minFDE20 falls "
            "by 21% and 18%, respectively. On the Stanford Drone Dataset (SDD), Ethrowen obtains a "
            "minADE20/minFDE20 of 7.71/11.42 pixels, ahead of LED (8.48/11.66) and EigenTrajectory "
            "(8.05/13.25). Inference takes 9 ms for a scene with 30 pedestrians on an RTX 4090, 3.4\u00d7 faster "
            "than LED. The tokens are also interpretable: in a blind study, annotators matched 78% of them to a "
            "described behaviour such as waiting, overtaking or walking in a group."
        ),
        "spans": [
            ("Ethrowen", "M"), ("Multimodal Pedestrian Trajectory Prediction", "T"),
            ("Pedestrian trajectory prediction", "T"), ("Trajectron++", "M", PP), ("AgentFormer", "M"),
            ("leapfrog diffusion model", "M"), ("LED", "M"), ("vector quantization", "M"),
            ("Transformer", "M"), ("conditional flow matching", "M"), ("ETH/UCY", "D"),
            ("average minADE20", "X"), ("minADE20", "X"), ("minFDE20", "X"), ("Hotel", "D"), ("Zara2", "D"),
            ("Stanford Drone Dataset", "D"), ("SDD", "D"), ("EigenTrajectory", "M"),
        ],
        "results": [
            ("average minADE20/minFDE20 to 0.17", "minADE20", 0.17, "m", "ETH/UCY", "Ethrowen"),
            ("0.26 m", "minFDE20", 0.26, "m", "ETH/UCY", "Ethrowen"),
            ("0.21", "minADE20", 0.21, "m", "ETH/UCY", "LED"),
            ("0.33 m", "minFDE20", 0.33, "m", "ETH/UCY", "LED"),
            ("minFDE20 falls by 21%", "minFDE20 reduction", 21, "%", "Hotel", None),
            ("18%", "minFDE20 reduction", 18, "%", "Zara2", None),
            ("minADE20/minFDE20 of 7.71", "minADE20", 7.71, "px", "Stanford Drone Dataset", "Ethrowen"),
            ("11.42 pixels", "minFDE20", 11.42, "px", "Stanford Drone Dataset", "Ethrowen"),
            ("8.48", "minADE20", 8.48, "px", "Stanford Drone Dataset", "LED"),
            ("11.66", "minFDE20", 11.66, "px", "Stanford Drone Dataset", "LED"),
            ("8.05", "minADE20", 8.05, "px", "Stanford Drone Dataset", "EigenTrajectory"),
            ("13.25", "minFDE20", 13.25, "px", "Stanford Drone Dataset", "EigenTrajectory"),
            ("Inference takes 9 ms", "inference time", 9, "ms", None, None),
            ("3.4\u00d7 faster than LED", "speed-up", 3.4, "\u00d7", None, None),
            ("matched 78% of them", "match rate", 78, "%", None, None),
        ],
    },
    {
        "field": "trajectory-prediction",
        "title": "Ellagrove: Query-Centric Motion Forecasting with Lane-Graph Lookahead",
        "text": (
            "Accurate multi-agent motion forecasting is a prerequisite for safe planning in autonomous driving. "
            "Query-centric encoders such as QCNet reuse scene features across time steps, but their mode queries "
            "attend to the whole map and frequently propose trajectories that leave the drivable area. We present "
            "Ellagrove, which pairs each mode query with a lookahead path sampled from the lane graph and decodes "
            "trajectories in two stages, anchor proposal followed by anchor-relative refinement with a recurrent "
            "decoder. A lane-consistency loss penalizes off-road endpoints only when the ground-truth future stays "
            "on the road. On the test split of the Argoverse 2 Motion Forecasting Dataset, Ellagrove achieves a "
            "brier-minFDE of 1.81, a minADE6 of 0.62 m and a minFDE6 of 1.17 m (QCNet: 1.91, 0.65 m and 1.25 m). "
            "Its miss rate (MR6) of 0.13 is the lowest among single-model entries, and an ensemble of five models "
            "ranked first on the official leaderboard at the time of submission. On the Argoverse 1 validation "
            "set, minFDE6 improves by 6.2% over HiVT. The off-road rate of predicted endpoints falls from 3.4% to "
            "1.1%, while training on eight A100 GPUs takes 30 hours, comparable to QCNet. We find that lookahead "
            "paths matter most at intersections with more than three outgoing lanes, where single-stage decoders "
            "tend to collapse onto the most frequent turn."
        ),
        "spans": [
            ("Ellagrove", "M"), ("Motion Forecasting", "T"), ("multi-agent motion forecasting", "T"),
            ("QCNet", "M"), ("Argoverse 2 Motion Forecasting Dataset", "D"), ("brier-minFDE", "X"),
            ("minADE6", "X"), ("minFDE6", "X"), ("miss rate", "X"), ("MR6", "X"), ("Argoverse 1", "D"),
            ("HiVT", "M"), ("off-road rate", "X"),
        ],
        "results": [
            ("brier-minFDE of 1.81", "brier-minFDE", 1.81, None, "Argoverse 2 Motion Forecasting Dataset",
             "Ellagrove"),
            ("minADE6 of 0.62 m", "minADE6", 0.62, "m", "Argoverse 2 Motion Forecasting Dataset", "Ellagrove"),
            ("minFDE6 of 1.17 m", "minFDE6", 1.17, "m", "Argoverse 2 Motion Forecasting Dataset", "Ellagrove"),
            ("QCNet: 1.91", "brier-minFDE", 1.91, None, "Argoverse 2 Motion Forecasting Dataset", "QCNet"),
            ("0.65 m", "minADE6", 0.65, "m", "Argoverse 2 Motion Forecasting Dataset", "QCNet"),
            ("1.25 m", "minFDE6", 1.25, "m", "Argoverse 2 Motion Forecasting Dataset", "QCNet"),
            ("miss rate (MR6) of 0.13", "miss rate", 0.13, None, None, None),
            ("minFDE6 improves by 6.2%", "minFDE6", 6.2, "%", "Argoverse 1", None),
            ("off-road rate of predicted endpoints falls from 3.4% to 1.1%", "off-road rate", 1.1, "%", None,
             None),
            ("training on eight A100 GPUs takes 30 hours", "training time", 30, "h", None, None),
        ],
    },
    {
        "field": "trajectory-prediction",
        "title": "Scaling Laws for Autoregressive Motion Tokens in Multi-Agent Motion Forecasting",
        "text": (
            "Autoregressive generation over discretized motion, as in MotionLM and many entries to the Waymo Open "
            "Sim Agents Challenge (WOSAC), has become a strong alternative to regression-based forecasters such as "
            "MTR and Wayformer. How such models scale with parameters and data, however, is largely unknown. We "
            "train Emblestead, a decoder-only Transformer over joint agent and map tokens, at five sizes between "
            "25M and 1.2B parameters on the Waymo Open Motion Dataset (WOMD), optionally augmented with 3.1M "
            "pseudo-labelled scenes mined from nuPlan. Validation cross-entropy follows a power law in training "
            "compute across three orders of magnitude, and downstream metrics track it closely. On the WOMD test "
            "set, Emblestead-1.2B reaches 0.4827 Soft mAP and 0.4716 mAP, against 0.4507 mAP for MotionLM and "
            "0.4634 for MTR++, with a minFDE of 1.142 m and a miss rate of 0.108. Scaling from 100M to 1.2B "
            "parameters adds 2.9 mAP points, while doubling the data at 1.2B adds another 1.8 mAP points. In the "
            "2025 WOSAC, a closed-loop variant obtains a realism meta-metric of 0.7791, second on the leaderboard. "
            "In the joint setting, the overlap rate drops by 14% relative to the 100M model. We observe no "
            "saturation at the largest size and release checkpoints for all five."
        ),
        "spans": [
            ("Multi-Agent Motion Forecasting", "T"), ("MotionLM", "M"), ("Waymo Open Sim Agents Challenge", "D"),
            ("WOSAC", "D"), ("MTR", "M"), ("Wayformer", "M"), ("Emblestead", "M"),
            ("decoder-only Transformer", "M"), ("Waymo Open Motion Dataset", "D"), ("WOMD", "D"),
            ("nuPlan", "D"), ("Validation cross-entropy", "X"), ("Emblestead-1.2B", "M"), ("Soft mAP", "X"),
            ("mAP", "X"), ("MTR++", "M", PP), ("minFDE", "X"), ("miss rate", "X"), ("realism meta-metric", "X"),
            ("overlap rate", "X"),
        ],
        "results": [
            ("0.4827 Soft mAP", "Soft mAP", 0.4827, None, "Waymo Open Motion Dataset", "Emblestead-1.2B"),
            ("0.4716 mAP", "mAP", 0.4716, None, "Waymo Open Motion Dataset", "Emblestead-1.2B"),
            ("0.4507 mAP for MotionLM", "mAP", 0.4507, None, "Waymo Open Motion Dataset", "MotionLM"),
            ("0.4634", "mAP", 0.4634, None, "Waymo Open Motion Dataset", "MTR++"),
            ("minFDE of 1.142 m", "minFDE", 1.142, "m", "Waymo Open Motion Dataset", "Emblestead-1.2B"),
            ("miss rate of 0.108", "miss rate", 0.108, None, "Waymo Open Motion Dataset", "Emblestead-1.2B"),
            ("adds 2.9 mAP points", "mAP", 2.9, "points", None, None),
            ("adds another 1.8 mAP points", "mAP", 1.8, "points", None, None),
            ("realism meta-metric of 0.7791", "realism meta-metric", 0.7791, None,
             "Waymo Open Sim Agents Challenge", None),
            ("overlap rate drops by 14%", "overlap rate reduction", 14, "%", None, None),
        ],
    },
    {
        "field": "trajectory-prediction",
        "title": "Do Scene Descriptions Help? Language-Conditioned Trajectory Prediction with Evenmoor",
        "text": (
            "Large language models (LLMs) are increasingly used as priors for trajectory prediction in driving, "
            "yet it is unclear whether the reported gains come from language or simply from additional parameters "
            "and compute. We examine this question with Evenmoor, a vector-based prediction model that fuses "
            "agent and lane features with embeddings of automatically generated scene descriptions. Descriptions "
            "are written by Llama-3.1-8B from object tracks and map elements, encoded by a frozen Sentence-BERT "
            "model, and read by every agent through an attention layer. On the nuScenes prediction benchmark, "
            "adding descriptions improves minADE5 from 1.15 m \u2192 1.08 m and minADE10 from 0.96 m \u2192 "
            "0.91 m relative to an otherwise identical language-free model. Controls temper this result. "
            "Replacing the descriptions with fluent but unrelated text recovers most of the improvement, and a "
            "language-free model enlarged to the same parameter count matches the language-conditioned one to "
            "within 0.02 m in minADE5. Only in scenes with rare events, such as emergency vehicles or road works, "
            "do descriptions help beyond capacity: there, the miss rate at 2 m (MR5) drops from 0.41 to 0.35. We "
            "argue that papers on language-conditioned trajectory prediction should report capacity-matched "
            "baselines, and we release the descriptions for all 1,000 nuScenes scenes together with the prompts "
            "used to generate them."
        ),
        "spans": [
            ("Language-Conditioned Trajectory Prediction", "T"), ("Evenmoor", "M"),
            ("Large language models", "M"), ("LLMs", "M"), ("trajectory prediction", "T"),
            ("language-conditioned trajectory prediction", "T"), ("Llama-3.1-8B", "M"), ("Sentence-BERT", "M"),
            ("nuScenes", "D"), ("minADE5", "X"), ("minADE10", "X"), ("miss rate at 2 m", "X"), ("MR5", "X"),
        ],
        "results": [
            ("minADE5 from 1.15 m \u2192 1.08 m", "minADE5", 1.08, "m", "nuScenes", None),
            ("minADE10 from 0.96 m \u2192 0.91 m", "minADE10", 0.91, "m", "nuScenes", None),
            ("within 0.02 m in minADE5", "minADE5", 0.02, "m", None, None),
            ("miss rate at 2 m (MR5) drops from 0.41 to 0.35", "miss rate", 0.35, None, None, None),
        ],
    },
    {
        "field": "trajectory-prediction",
        "title": "Forecasting from Detections, Not Tracks: End-to-End Pedestrian Trajectory Prediction for Mobile Robots",
        "text": (
            "Most pedestrian trajectory predictors are trained and evaluated on clean, human-annotated tracks, "
            "whereas a robot must forecast from the noisy output of its own detector and tracker. We propose "
            "Erlocast, an end-to-end model that consumes raw 3D detections from the past two seconds and directly "
            "outputs multimodal future trajectories, replacing hard track identities with a learned soft "
            "association across frames. Erlocast couples a PointPillars detection backbone with a spatio-temporal "
            "Transformer and a conditional variational autoencoder (CVAE) decoder, and is trained jointly with "
            "detection and forecasting losses. We evaluate on JRDB and on the pedestrians of the Waymo Open "
            "Dataset with end-to-end prediction accuracy (EPA), which rewards correct forecasts only for correctly "
            "detected agents, and with minFDE among matched pedestrians. Starting from identical point clouds, "
            "Erlocast outperforms a tracking-then-forecasting cascade of AB3DMOT and Trajectron++ on JRDB, raising "
            "EPA from 0.214 to 0.287 and lowering minFDE by 0.19 m. It also exceeds ViP3D, the closest end-to-end "
            "method, by 4.1 EPA points. Identity switches no longer propagate into the forecasts: on sequences "
            "with frequent occlusion, the miss rate falls by 31%. On the Waymo Open Dataset the gains are smaller "
            "(EPA 0.402 vs. 0.379), which we attribute to its sparser crowds. The full model runs at 18 Hz on a "
            "Jetson AGX Orin, fast enough for onboard use on a mobile robot."
        ),
        "spans": [
            ("Pedestrian Trajectory Prediction", "T"), ("Erlocast", "M"), ("PointPillars", "M"),
            ("Transformer", "M"), ("conditional variational autoencoder", "M"), ("CVAE", "M"), ("JRDB", "D"),
            ("Waymo Open Dataset", "D"), ("end-to-end prediction accuracy", "X"), ("EPA", "X"), ("minFDE", "X"),
            ("AB3DMOT", "M"), ("Trajectron++", "M", PP), ("ViP3D", "M"), ("miss rate", "X"),
        ],
        "results": [
            ("EPA from 0.214 to 0.287", "EPA", 0.287, None, "JRDB", "Erlocast"),
            ("minFDE by 0.19 m", "minFDE reduction", 0.19, "m", "JRDB", "Erlocast"),
            ("by 4.1 EPA points", "EPA", 4.1, "points", None, None),
            ("miss rate falls by 31%", "miss rate reduction", 31, "%", None, None),
            ("EPA 0.402", "EPA", 0.402, None, "Waymo Open Dataset", None),
            ("0.379", "EPA", 0.379, None, "Waymo Open Dataset", None),
            ("runs at 18 Hz", "frame rate", 18, "Hz", None, None),
        ],
    },
    {
        "field": "trajectory-prediction",
        "title": "Ennivale: Lane-Change Intention as a Latent Game for Vehicle Trajectory Prediction on Highways",
        "text": (
            "Predicting the trajectories of surrounding vehicles on highways hinges on anticipating lane changes, "
            "which are rare, interactive and often decided seconds before any lateral motion is visible. Recurrent "
            "and attention-based predictors such as CS-LSTM, STDAN and WSiP treat interaction as feature "
            "aggregation and degrade at long horizons. Ennivale models lane-change intention as a latent variable "
            "in a two-player leader\u2013follower game between the target vehicle and its future follower in the "
            "destination lane, solved approximately by an unrolled, differentiable best-response layer. The "
            "predicted equilibrium conditions a Transformer decoder that outputs multimodal trajectories over a "
            "5 s horizon from 3 s of history. On NGSIM, Ennivale achieves root mean square error (RMSE) values of "
            "0.39, 0.88, 1.41, 2.02 and 2.74 m at horizons of 1 to 5 s, respectively, reducing the 5 s RMSE by "
            "0.84 m relative to WSiP (3.58 m). On highD the corresponding 5 s RMSE is 1.04 m, versus 1.22 m for "
            "STDAN and 1.15 m for the teacher\u2013student model HLTP. Lane-change intentions are recognized with "
            "an accuracy of 93.6%, on average 1.9 s before the vehicle crosses the lane marking. Gains concentrate "
            "in the merge-heavy segments of I-80, where the 4 s RMSE drops by 17%. Ennivale has only 0.9M "
            "parameters and predicts all vehicles within a 200 m window in 6.4 ms."
        ),
        "spans": [
            ("Ennivale", "M"), ("Vehicle Trajectory Prediction", "T"), ("CS-LSTM", "M"), ("STDAN", "M"),
            ("WSiP", "M"), ("Transformer", "M"), ("NGSIM", "D"), ("root mean square error", "X"), ("RMSE", "X"),
            ("highD", "D"), ("HLTP", "M"), ("accuracy", "X"), ("I-80", "D"),
        ],
        "results": [
            ("root mean square error (RMSE) values of 0.39", "RMSE", 0.39, "m", "NGSIM", "Ennivale"),
            ("0.88", "RMSE", 0.88, "m", "NGSIM", "Ennivale"),
            ("1.41", "RMSE", 1.41, "m", "NGSIM", "Ennivale"),
            ("2.02", "RMSE", 2.02, "m", "NGSIM", "Ennivale"),
            ("2.74 m", "RMSE", 2.74, "m", "NGSIM", "Ennivale"),
            ("RMSE by 0.84 m", "RMSE reduction", 0.84, "m", "NGSIM", "Ennivale"),
            ("3.58 m", "RMSE", 3.58, "m", "NGSIM", "WSiP"),
            ("RMSE is 1.04 m", "RMSE", 1.04, "m", "highD", None),
            ("1.22 m for STDAN", "RMSE", 1.22, "m", "highD", "STDAN"),
            ("1.15 m for the teacher\u2013student model HLTP", "RMSE", 1.15, "m", "highD", "HLTP"),
            ("accuracy of 93.6%", "accuracy", 93.6, "%", None, None),
            ("1.9 s before", "anticipation time", 1.9, "s", None, None),
            ("4 s RMSE drops by 17%", "RMSE reduction", 17, "%", "I-80", None),
            ("in 6.4 ms", "latency", 6.4, "ms", None, "Ennivale"),
        ],
    },
]
