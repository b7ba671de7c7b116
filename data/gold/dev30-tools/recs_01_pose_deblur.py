"""dev30 records: 6d-pose-estimation (6) and image-deblurring (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Mxorvane", "Mxelgrith", "Mxandrel", "Mxilquor", "Mxaventh", "Mxuthane",
          "Mxerrowin", "Mxolbeck", "Mxinthal", "Mxondrake", "Mxeltide", "Mxubrisk"]

RECS = [
    # ------------------------------------------------------------ 6d-pose-estimation
    {
        "field": "6d-pose-estimation",
        "title": "Mxorvane: Surface-Anchored Dense Correspondences with Visibility-Aware Refinement for RGB-Based "
                 "6D Object Pose Estimation",
        "text": (
            "RGB-based 6D object pose estimation remains difficult under heavy occlusion and for texture-less, "
            "symmetric parts. Dense correspondence methods such as ZebraPose and SurfEmb regress per-pixel 3D surface "
            "coordinates and solve for the pose with PnP-RANSAC, but they treat every visible pixel alike and are "
            "brittle when the predicted visibility mask is wrong. We present Mxorvane, which anchors each pixel to a "
            "learned set of surface keypoints through a hierarchical binary code and couples it with a visibility head "
            "whose confidence weights a differentiable Levenberg-Marquardt refinement. Mxorvane is trained only on the "
            "physically based renderings released with the BOP challenge and uses the detections of GDRNPP at test "
            "time. On the seven core datasets of the BOP benchmark, Mxorvane obtains an average recall (AR) of 76.8, "
            "improving over ZebraPose (72.1) and GDRNPP (75.6) with the same detections. The gains are largest on "
            "LM-O and T-LESS, where the AR rises to 81.2 and 84.5, respectively, and smallest on YCB-V, where AR "
            "improves by 0.6 points. On the LINEMOD dataset, Mxorvane reaches 97.9% ADD-0.1d accuracy without a "
            "single real training image. Inference, including refinement, takes 41 ms per object on an RTX 4090, "
            "2.7\u00d7 faster than the CosyPose refiner at equal accuracy."
        ),
        "spans": [
            ("Mxorvane", "M"), ("6D Object Pose Estimation", "T"), ("6D object pose estimation", "T"),
            ("ZebraPose", "M"), ("SurfEmb", "M"), ("PnP-RANSAC", "M"), ("Levenberg-Marquardt", "M"),
            ("BOP", "D"), ("GDRNPP", "M"), ("average recall", "X"), ("AR", "X"), ("LM-O", "D"), ("T-LESS", "D"),
            ("YCB-V", "D"), ("LINEMOD", "D"), ("ADD-0.1d accuracy", "X"), ("CosyPose", "M"), ("accuracy", "X"),
        ],
        "results": [
            ("average recall (AR) of 76.8", "AR", 76.8, None, "BOP", "Mxorvane"),
            ("72.1", "AR", 72.1, None, "BOP", "ZebraPose"),
            ("75.6", "AR", 75.6, None, "BOP", "GDRNPP"),
            ("81.2", "AR", 81.2, None, "LM-O", None),
            ("84.5", "AR", 84.5, None, "T-LESS", None),
            ("AR improves by 0.6 points", "AR", 0.6, "points", "YCB-V", None),
            ("97.9% ADD-0.1d accuracy", "ADD-0.1d", 97.9, "%", "LINEMOD", "Mxorvane"),
            ("takes 41 ms", "inference time", 41, "ms", None, None),
            ("2.7\u00d7 faster", "speed-up", 2.7, "\u00d7", None, None),
        ],
    },
    {
        "field": "6d-pose-estimation",
        "title": "Mxelgrith: Equivariant Keypoint-Pair Voting without Shape Priors for Category-Level Object Pose "
                 "Estimation",
        "text": (
            "Category-level object pose estimation predicts the rotation, translation and metric size of previously "
            "unseen instances of known categories from a single RGB-D frame. Recent prior-free methods such as "
            "HS-Pose, VI-Net and AG-Pose no longer deform a category template, yet their rotation estimates still "
            "degrade on thin or symmetric categories such as mugs and laptops. We introduce Mxelgrith, which extracts "
            "a sparse set of category-agnostic keypoints with a rotation-equivariant point encoder and lets every "
            "keypoint pair vote for the object rotation on a discretised spherical grid; translation and size are then "
            "regressed in the voted canonical frame. On REAL275, Mxelgrith reaches 61.4% on the 5\u00b02cm metric and "
            "82.7% on 10\u00b05cm, with an IoU75 of 74.9%, surpassing AG-Pose by 4.3 and 3.1 points on the two pose "
            "thresholds and HS-Pose (46.5% on 5\u00b02cm) by a wide margin. On the synthetic CAMERA25 split, the "
            "5\u00b02cm accuracy is 80.3%. The harder HouseCat6D benchmark contains transparent and photometrically "
            "challenging objects; there, Mxelgrith achieves 88.1% IoU25 and 67.0% IoU50, against 79.6% and 57.2% for "
            "VI-Net. Voting is cheap: Mxelgrith runs at 38 FPS on a single RTX 3090, about 1.6\u00d7 the frame rate "
            "of AG-Pose, and degrades gracefully when half of the depth points are removed."
        ),
        "spans": [
            ("Mxelgrith", "M"), ("Category-Level Object Pose Estimation", "T"),
            ("Category-level object pose estimation", "T"), ("HS-Pose", "M"), ("VI-Net", "M"), ("AG-Pose", "M"),
            ("REAL275", "D"), ("5\u00b02cm", "X"), ("10\u00b05cm", "X"), ("IoU75", "X"), ("CAMERA25", "D"),
            ("5\u00b02cm accuracy", "X"), ("HouseCat6D", "D"), ("IoU25", "X"), ("IoU50", "X"), ("FPS", "X"),
            ("frame rate", "X"),
        ],
        "results": [
            ("61.4% on the 5\u00b02cm", "5\u00b02cm", 61.4, "%", "REAL275", "Mxelgrith"),
            ("82.7% on 10\u00b05cm", "10\u00b05cm", 82.7, "%", "REAL275", "Mxelgrith"),
            ("IoU75 of 74.9%", "IoU75", 74.9, "%", "REAL275", "Mxelgrith"),
            ("by 4.3", "5\u00b02cm", 4.3, "points", "REAL275", "Mxelgrith"),
            ("3.1 points", "10\u00b05cm", 3.1, "points", "REAL275", "Mxelgrith"),
            ("46.5% on 5\u00b02cm", "5\u00b02cm", 46.5, "%", "REAL275", "HS-Pose"),
            ("5\u00b02cm accuracy is 80.3%", "5\u00b02cm", 80.3, "%", "CAMERA25", None),
            ("88.1% IoU25", "IoU25", 88.1, "%", "HouseCat6D", "Mxelgrith"),
            ("67.0% IoU50", "IoU50", 67.0, "%", "HouseCat6D", "Mxelgrith"),
            ("79.6%", "IoU25", 79.6, "%", "HouseCat6D", "VI-Net"),
            ("57.2%", "IoU50", 57.2, "%", "HouseCat6D", "VI-Net"),
            ("38 FPS", "FPS", 38, None, None, "Mxelgrith"),
            ("1.6\u00d7 the frame rate", "frame rate", 1.6, "\u00d7", None, "Mxelgrith"),
        ],
    },
    {
        "field": "6d-pose-estimation",
        "title": "Mxandrel: Drift-Free 6D Object Pose Tracking with Keyframe-Anchored Neural Object Fields",
        "text": (
            "6D object pose tracking in RGB-D video underpins many robotics and mixed-reality applications, but "
            "model-free trackers accumulate drift during fast motion and long occlusions, while model-based trackers "
            "require a CAD model of the target. We propose Mxandrel, a tracker that builds a neural object field online "
            "from a small pool of keyframes and registers each incoming frame to it with an attention-based pose "
            "refiner, re-anchoring to the nearest keyframe whenever its confidence drops. Unlike BundleSDF, Mxandrel "
            "never optimises the field and the poses jointly at test time, which keeps its latency bounded. On the "
            "YCBInEOAT dataset, which records objects manipulated by a robot arm, Mxandrel reaches an ADD-S AUC of "
            "94.6 and an ADD AUC of 91.2, against 93.9 and 90.1 for FoundationPose in its model-free setting and 92.4 "
            "and 87.3 for BundleSDF. On YCB-Video, the ADD-S AUC of Mxandrel is 96.8 (FoundationPose: 96.5; "
            "se(3)-TrackNet: 95.3), even though the latter two use the CAD models. Mxandrel tracks with a latency of "
            "19 ms per frame on an RTX 4090, 1.8\u00d7 faster than FoundationPose. When 30% of the frames are dropped "
            "to simulate fast motion, the ADD-S AUC of Mxandrel falls by only 1.4 points, compared with 6.9 points "
            "for BundleSDF. We further show that the keyframe pool stays below 40 frames on sequences of several "
            "minutes."
        ),
        "spans": [
            ("Mxandrel", "M"), ("6D Object Pose Tracking", "T"), ("6D object pose tracking", "T"),
            ("BundleSDF", "M"), ("latency", "X"), ("YCBInEOAT", "D"), ("ADD-S AUC", "X"), ("ADD AUC", "X"),
            ("FoundationPose", "M"), ("YCB-Video", "D"), ("se(3)-TrackNet", "M"),
        ],
        "results": [
            ("ADD-S AUC of 94.6", "ADD-S AUC", 94.6, None, "YCBInEOAT", "Mxandrel"),
            ("ADD AUC of 91.2", "ADD AUC", 91.2, None, "YCBInEOAT", "Mxandrel"),
            ("93.9", "ADD-S AUC", 93.9, None, "YCBInEOAT", "FoundationPose"),
            ("90.1", "ADD AUC", 90.1, None, "YCBInEOAT", "FoundationPose"),
            ("92.4", "ADD-S AUC", 92.4, None, "YCBInEOAT", "BundleSDF"),
            ("87.3", "ADD AUC", 87.3, None, "YCBInEOAT", "BundleSDF"),
            ("ADD-S AUC of Mxandrel is 96.8", "ADD-S AUC", 96.8, None, "YCB-Video", "Mxandrel"),
            ("96.5", "ADD-S AUC", 96.5, None, "YCB-Video", "FoundationPose"),
            ("95.3", "ADD-S AUC", 95.3, None, "YCB-Video", "se(3)-TrackNet"),
            ("latency of 19 ms", "latency", 19, "ms", None, "Mxandrel"),
            ("1.8\u00d7 faster", "speed-up", 1.8, "\u00d7", None, "Mxandrel"),
            ("falls by only 1.4 points", "ADD-S AUC", 1.4, "points", None, "Mxandrel"),
            ("6.9 points", "ADD-S AUC", 6.9, "points", None, "BundleSDF"),
        ],
    },
    {
        "field": "6d-pose-estimation",
        "title": "Mxilquor: Training-Free Unseen Object Pose Estimation by Matching Frozen DINOv2 Features to "
                 "Sparse Templates",
        "text": (
            "Unseen object pose estimation, where only a CAD model of the target is available at test time, is the "
            "focus of the unseen-object tracks of the BOP challenge. Current pipelines such as SAM-6D, MegaPose and "
            "GigaPose segment the objects with CNOS or SAM, retrieve the nearest rendered template and refine the "
            "pose by render-and-compare, but each stage is trained on large synthetic corpora and the refinement "
            "dominates the runtime. We present Mxilquor, a training-free pipeline that matches patch features from a "
            "frozen DINOv2 backbone against 162 rendered templates, lifts the matches to 2D-3D correspondences and "
            "recovers the pose with a geometry-aware RANSAC. A lightweight feature-metric alignment replaces "
            "iterative render-and-compare. Using the default CNOS detections, Mxilquor attains 58.3 AR on average "
            "over the seven core datasets of BOP, above GigaPose (46.1) and MegaPose (54.7) in their "
            "coarse-plus-refiner configurations, and only 1.6 points behind SAM-6D, which is trained on two million "
            "synthetic images. With RGB-D input and an ICP step, the AR rises to 68.9. The full pipeline has a "
            "runtime of 0.9 s per image, 5.4\u00d7 less than MegaPose with five refinement iterations. On LM-O, "
            "Mxilquor reaches 66.1 AR, the best result among training-free methods, while symmetric objects in "
            "T-LESS remain its main failure case."
        ),
        "spans": [
            ("Mxilquor", "M"), ("Unseen Object Pose Estimation", "T"), ("DINOv2", "M"),
            ("Unseen object pose estimation", "T"), ("BOP", "D"), ("SAM-6D", "M"), ("MegaPose", "M"),
            ("GigaPose", "M"), ("CNOS", "M"), ("SAM", "M"), ("render-and-compare", "M"), ("runtime", "X"),
            ("RANSAC", "M"), ("AR", "X"), ("ICP", "M"), ("LM-O", "D"), ("T-LESS", "D"),
        ],
        "results": [
            ("58.3 AR", "AR", 58.3, None, "BOP", "Mxilquor"),
            ("46.1", "AR", 46.1, None, "BOP", "GigaPose"),
            ("54.7", "AR", 54.7, None, "BOP", "MegaPose"),
            ("1.6 points behind", "AR", 1.6, "points", "BOP", "Mxilquor"),
            ("AR rises to 68.9", "AR", 68.9, None, None, None),
            ("runtime of 0.9 s", "runtime", 0.9, "s", None, None),
            ("5.4\u00d7 less", "runtime reduction", 5.4, "\u00d7", None, None),
            ("66.1 AR", "AR", 66.1, None, "LM-O", "Mxilquor"),
        ],
    },
    {
        "field": "6d-pose-estimation",
        "title": "Mxaventh: A Benchmark for 6D Pose Estimation of Transparent and Reflective Objects in Cluttered Bins",
        "text": (
            "Transparent and specular objects violate the Lambertian assumptions behind active depth sensors and most "
            "render-and-compare pipelines, yet existing 6D pose estimation benchmarks such as the BOP suite contain "
            "few of them, and ClearPose and StereOBJ-1M cover only table-top scenes. We introduce Mxaventh, a "
            "benchmark of 48 glass, metal and polished-plastic objects captured in 1,120 cluttered bin scenes with a "
            "stereo RGB pair, a structured-light sensor and a time-of-flight sensor. Ground-truth poses come from a "
            "motion-capture rig and are verified against scans of the same objects coated with matte spray, giving "
            "an annotation error below one millimetre. We evaluate eight recent methods under the BOP protocol, with "
            "a synthetic training split rendered for the methods that need one. On Mxaventh, FoundationPose, the "
            "strongest model-based method, reaches an AR of 51.3 with RGB-D input, against 81.7 on YCB-V; GDRNPP "
            "trained on our synthetic split obtains 44.8, and the RGB-only MegaPose 29.5. Replacing raw depth by "
            "depth completed with TransCG raises the AR of FoundationPose by 6.2 points, while stereo input from the "
            "two RGB cameras raises it by 9.0 points. Failures concentrate on thin glassware, for which no method "
            "exceeds 20 AR. The images, object models, rendering scripts and an evaluation server are publicly "
            "available."
        ),
        "spans": [
            ("Mxaventh", "D"), ("6D Pose Estimation", "T"), ("render-and-compare", "M"), ("6D pose estimation", "T"),
            ("BOP", "D"), ("ClearPose", "D"), ("StereOBJ-1M", "D"), ("FoundationPose", "M"), ("AR", "X"),
            ("YCB-V", "D"), ("GDRNPP", "M"), ("MegaPose", "M"), ("TransCG", "M"),
        ],
        "results": [
            ("AR of 51.3", "AR", 51.3, None, "Mxaventh", "FoundationPose"),
            ("81.7 on YCB-V", "AR", 81.7, None, "YCB-V", "FoundationPose"),
            ("44.8", "AR", 44.8, None, "Mxaventh", "GDRNPP"),
            ("29.5", "AR", 29.5, None, "Mxaventh", "MegaPose"),
            ("AR of FoundationPose by 6.2 points", "AR", 6.2, "points", None, "FoundationPose"),
            ("by 9.0 points", "AR", 9.0, "points", None, "FoundationPose"),
            ("exceeds 20 AR", "AR", 20, None, None, None),
        ],
    },
    {
        "field": "6d-pose-estimation",
        "title": "Mxuthane: One-Shot Object Pose Estimation from a Handful of Reference Views with Semi-Dense "
                 "Feature Tracks",
        "text": (
            "One-shot object pose estimation removes the need for CAD models by describing a novel object with a "
            "short posed video captured by the user. OnePose builds a sparse SfM point cloud from that video and "
            "matches detected keypoints against it, and OnePose++ replaces detection with keypoint-free LoFTR "
            "matching, but both need around a hundred reference frames and struggle with low-textured objects. We "
            "present Mxuthane, which reconstructs a semi-dense point cloud from as few as eight reference views by "
            "chaining LoFTR matches into tracks and attaching a learned, view-consistent descriptor to every track. "
            "At query time, 2D-3D matches are found with a graph attention network and the pose is solved by PnP. On "
            "the OnePose dataset, Mxuthane with eight reference views attains 91.7% accuracy on the 5cm-5deg "
            "criterion, close to the 92.8% that OnePose++ obtains with all reference frames and 16.4 points above "
            "Gen6D under the same eight-view budget. On the OnePose-LowTexture benchmark, Mxuthane reaches 24.3%, "
            "61.0% and 76.5% on the 1cm-1deg, 3cm-3deg and 5cm-5deg criteria, respectively. On LINEMOD, it obtains "
            "an ADD-0.1d accuracy of 82.2% averaged over the 13 objects without ever using their CAD models. "
            "Reconstructing a new object takes 14 s on a laptop GPU."
        ),
        "spans": [
            ("Mxuthane", "M"), ("One-Shot Object Pose Estimation", "T"), ("One-shot object pose estimation", "T"),
            ("OnePose", "M", {"only": [0]}), ("OnePose", "D", {"only": [2]}), ("OnePose++", "M", {"punct": True}),
            ("SfM", "M"), ("LoFTR", "M"), ("graph attention network", "M"), ("PnP", "M"), ("accuracy", "X"),
            ("5cm-5deg", "X"), ("Gen6D", "M"), ("OnePose-LowTexture", "D"), ("1cm-1deg", "X"), ("3cm-3deg", "X"),
            ("LINEMOD", "D"), ("ADD-0.1d accuracy", "X"),
        ],
        "results": [
            ("91.7% accuracy on the 5cm-5deg", "5cm-5deg", 91.7, "%", "OnePose", "Mxuthane"),
            ("92.8%", "5cm-5deg", 92.8, "%", "OnePose", "OnePose++"),
            ("16.4 points above", "5cm-5deg", 16.4, "points", "OnePose", "Mxuthane"),
            ("24.3%", "1cm-1deg", 24.3, "%", "OnePose-LowTexture", "Mxuthane"),
            ("61.0%", "3cm-3deg", 61.0, "%", "OnePose-LowTexture", "Mxuthane"),
            ("76.5%", "5cm-5deg", 76.5, "%", "OnePose-LowTexture", "Mxuthane"),
            ("ADD-0.1d accuracy of 82.2%", "ADD-0.1d", 82.2, "%", "LINEMOD", None),
            ("takes 14 s", "reconstruction time", 14, "s", None, None),
        ],
    },
    # ------------------------------------------------------------ image-deblurring
    {
        "field": "image-deblurring",
        "title": "Mxerrowin: Frequency-Gated State Space Models for Efficient Single-Image Motion Deblurring",
        "text": (
            "Transformer-based restorers such as Restormer, Stripformer and FFTformer have pushed image deblurring "
            "forward, but their attention cost grows quickly with resolution, which limits their use on "
            "full-resolution photographs. We propose Mxerrowin, a U-shaped network whose blocks combine a selective "
            "state space model (Mamba) scanned along four directions with a frequency gate that reweights the "
            "Fourier spectrum of each feature map, so that long blur trajectories are modelled at linear cost. A "
            "multi-scale frequency loss supervises every decoder level. Trained only on GoPro, Mxerrowin reaches "
            "34.51 dB PSNR and 0.969 SSIM on the GoPro test set and 32.12 dB / 0.951 on HIDE, outperforming "
            "FFTformer by 0.30 dB and 0.24 dB, respectively, while requiring 61% fewer MACs (51.8G vs. 131.5G). "
            "Compared with NAFNet, Mxerrowin improves PSNR by 1.82 dB on GoPro at a similar computational budget. "
            "When retrained on the real-world RealBlur-J and RealBlur-R datasets, Mxerrowin obtains PSNRs of "
            "33.68 dB and 41.02 dB, respectively. A lighter variant, Mxerrowin-S, with a quarter of the channels, "
            "still matches Restormer on GoPro (32.92 dB) and processes a 1280\u00d7720 image in 86 ms on an A100 "
            "GPU."
        ),
        "spans": [
            ("Mxerrowin", "M"), ("Mxerrowin-S", "M"), ("State Space Models", "M"),
            ("Single-Image Motion Deblurring", "T"), ("Transformer", "M"), ("Restormer", "M"),
            ("Stripformer", "M"), ("FFTformer", "M"), ("image deblurring", "T"),
            ("selective state space model", "M"), ("Mamba", "M"), ("GoPro", "D"), ("PSNR", "X"), ("SSIM", "X"),
            ("HIDE", "D"), ("MACs", "X"), ("NAFNet", "M"), ("RealBlur-J", "D"), ("RealBlur-R", "D"),
            ("PSNRs", "X"),
        ],
        "results": [
            ("34.51 dB PSNR", "PSNR", 34.51, "dB", "GoPro", "Mxerrowin"),
            ("0.969 SSIM", "SSIM", 0.969, None, "GoPro", "Mxerrowin"),
            ("32.12 dB", "PSNR", 32.12, "dB", "HIDE", "Mxerrowin"),
            ("0.951", "SSIM", 0.951, None, "HIDE", "Mxerrowin"),
            ("0.30 dB", "PSNR", 0.30, "dB", "GoPro", "Mxerrowin"),
            ("0.24 dB", "PSNR", 0.24, "dB", "HIDE", "Mxerrowin"),
            ("61% fewer MACs", "MACs reduction", 61, "%", "GoPro", "Mxerrowin"),
            ("51.8G", "MACs", 51.8, "G", "GoPro", "Mxerrowin"),
            ("131.5G", "MACs", 131.5, "G", "GoPro", "FFTformer"),
            ("PSNR by 1.82 dB", "PSNR", 1.82, "dB", "GoPro", "Mxerrowin"),
            ("33.68 dB", "PSNR", 33.68, "dB", "RealBlur-J", "Mxerrowin"),
            ("41.02 dB", "PSNR", 41.02, "dB", "RealBlur-R", "Mxerrowin"),
            ("32.92 dB", "PSNR", 32.92, "dB", "GoPro", "Mxerrowin-S"),
            ("in 86 ms", "latency", 86, "ms", None, "Mxerrowin-S"),
        ],
    },
    {
        "field": "image-deblurring",
        "title": "Mxolbeck: Disparity-Guided Kernel Atlases for Dual-Pixel Defocus Deblurring",
        "text": (
            "Defocus blur varies with scene depth, so a single-image defocus deblurring network must infer a "
            "spatially varying kernel from appearance alone. Dual-pixel sensors record two sub-aperture views whose "
            "disparity is proportional to the blur size, a cue exploited by DPDNet, IFAN and the dual-pixel variant "
            "of Restormer. We present Mxolbeck, which estimates a disparity map from the two views, converts it into "
            "per-pixel indices into a compact atlas of 64 learned deconvolution kernels, and fuses the deconvolved "
            "features with a lightweight NAFNet-style decoder. The kernel indices are supervised without ground-truth "
            "blur maps through a reblurring consistency loss. On the DPDD benchmark, Mxolbeck achieves a PSNR of "
            "26.71 dB, an SSIM of 0.836 and an LPIPS of 0.149 with dual-pixel input, exceeding Restormer (25.98 dB) "
            "by 0.73 dB and IFAN (25.99 dB) by 0.72 dB. In the single-image setting, where only the combined image is "
            "given, Mxolbeck still reaches 25.62 dB PSNR on DPDD. Evaluated without fine-tuning on RealDOF, "
            "Mxolbeck yields a PSNR of 25.07 dB versus 24.71 dB for DRBNet, which suggests that the atlas transfers "
            "across cameras. The model has 9.8M parameters and needs 187 GMACs per 1680\u00d71120 image, about half "
            "the cost of Restormer, and its kernel atlas can be inspected to see where and how strongly the network "
            "sharpens."
        ),
        "spans": [
            ("Mxolbeck", "M"), ("Dual-Pixel Defocus Deblurring", "T"), ("single-image defocus deblurring", "T"),
            ("DPDNet", "M"), ("IFAN", "M"), ("Restormer", "M"), ("NAFNet", "M"), ("DPDD", "D"), ("PSNR", "X"),
            ("SSIM", "X"), ("LPIPS", "X"), ("RealDOF", "D"), ("DRBNet", "M"), ("parameters", "X"), ("GMACs", "X"),
        ],
        "results": [
            ("PSNR of 26.71 dB", "PSNR", 26.71, "dB", "DPDD", "Mxolbeck"),
            ("SSIM of 0.836", "SSIM", 0.836, None, "DPDD", "Mxolbeck"),
            ("LPIPS of 0.149", "LPIPS", 0.149, None, "DPDD", "Mxolbeck"),
            ("25.98 dB", "PSNR", 25.98, "dB", "DPDD", "Restormer"),
            ("by 0.73 dB", "PSNR", 0.73, "dB", "DPDD", "Mxolbeck"),
            ("25.99 dB", "PSNR", 25.99, "dB", "DPDD", "IFAN"),
            ("by 0.72 dB", "PSNR", 0.72, "dB", "DPDD", "Mxolbeck"),
            ("25.62 dB PSNR", "PSNR", 25.62, "dB", "DPDD", "Mxolbeck"),
            ("PSNR of 25.07 dB", "PSNR", 25.07, "dB", "RealDOF", "Mxolbeck"),
            ("24.71 dB", "PSNR", 24.71, "dB", "RealDOF", "DRBNet"),
            ("9.8M parameters", "parameters", 9.8, "M", None, None),
            ("187 GMACs", "MACs", 187, "G", None, None),
        ],
    },
    {
        "field": "image-deblurring",
        "title": "Mxinthal: Sharpness-Aware Temporal Propagation for Efficient Video Deblurring",
        "text": (
            "The frames of a blurry video are rarely blurred to the same degree: hand shake and object motion leave "
            "some frames nearly sharp, and these carry the detail that their neighbours have lost. Recurrent video "
            "deblurring models such as ESTRNN and DSTNet propagate features uniformly through time, while "
            "Transformer-based models such as VRT and RVRT aggregate long windows at a high computational cost. We "
            "propose Mxinthal, a bidirectional recurrent network that predicts a per-pixel sharpness score for every "
            "frame and propagates features preferentially from sharp regions, aligning them with flow-guided "
            "deformable convolution. A sharpness memory stores the best patches seen so far and is queried at every "
            "step. On the GoPro benchmark, Mxinthal obtains a PSNR of 35.11 dB, 0.19 dB higher than RVRT, while "
            "running 4.6\u00d7 faster (0.21 s vs. 0.97 s per 720p frame) with 31% of its FLOPs. On DVD, Mxinthal "
            "and RVRT reach PSNRs of 34.52 dB and 34.30 dB, respectively. On the real-world BSD dataset, Mxinthal "
            "reaches 33.47 dB PSNR and 0.935 SSIM, compared with 32.96 dB for DSTNet and 31.80 dB for ESTRNN. A "
            "compact variant, Mxinthal-T, runs at 48 FPS on 640\u00d7480 input and still outperforms ESTRNN by 0.9 dB "
            "PSNR on BSD. Ablations show that removing the sharpness memory costs 0.42 dB PSNR on GoPro, mostly in "
            "frames with strong camera shake."
        ),
        "spans": [
            ("Mxinthal", "M"), ("Mxinthal-T", "M"), ("Video Deblurring", "T"), ("video deblurring", "T"),
            ("ESTRNN", "M"), ("DSTNet", "M"), ("Transformer", "M"), ("VRT", "M"), ("RVRT", "M"),
            ("deformable convolution", "M"), ("GoPro", "D"), ("PSNR", "X"), ("FLOPs", "X"), ("DVD", "D"),
            ("PSNRs", "X"), ("BSD", "D"), ("SSIM", "X"), ("FPS", "X"),
        ],
        "results": [
            ("PSNR of 35.11 dB", "PSNR", 35.11, "dB", "GoPro", "Mxinthal"),
            ("0.19 dB higher", "PSNR", 0.19, "dB", "GoPro", "Mxinthal"),
            ("4.6\u00d7 faster", "speed-up", 4.6, "\u00d7", "GoPro", "Mxinthal"),
            ("0.21 s", "latency", 0.21, "s", "GoPro", "Mxinthal"),
            ("0.97 s", "latency", 0.97, "s", "GoPro", "RVRT"),
            ("31% of its FLOPs", "relative FLOPs", 31, "%", "GoPro", "Mxinthal"),
            ("34.52 dB", "PSNR", 34.52, "dB", "DVD", "Mxinthal"),
            ("34.30 dB", "PSNR", 34.30, "dB", "DVD", "RVRT"),
            ("33.47 dB PSNR", "PSNR", 33.47, "dB", "BSD", "Mxinthal"),
            ("0.935 SSIM", "SSIM", 0.935, None, "BSD", "Mxinthal"),
            ("32.96 dB", "PSNR", 32.96, "dB", "BSD", "DSTNet"),
            ("31.80 dB", "PSNR", 31.80, "dB", "BSD", "ESTRNN"),
            ("48 FPS", "FPS", 48, None, None, "Mxinthal-T"),
            ("by 0.9 dB PSNR", "PSNR", 0.9, "dB", "BSD", "Mxinthal-T"),
            ("0.42 dB PSNR", "PSNR", 0.42, "dB", "GoPro", None),
        ],
    },
    {
        "field": "image-deblurring",
        "title": "Mxondrake: One-Step Diffusion Distillation for Perceptually Faithful Real-World Image Deblurring",
        "text": (
            "Regression-based deblurring networks trained with pixel losses produce over-smoothed textures on real "
            "photographs, whereas diffusion models such as DiffIR and HI-Diff recover realistic detail at the price of "
            "dozens of denoising steps and occasional hallucinated structures. We present Mxondrake, which fine-tunes "
            "Stable Diffusion 2.1 into a blur-conditioned restorer and then compresses it into a single sampling step "
            "with variational score distillation, while a blur-kernel prior injected through a ControlNet branch keeps "
            "the output consistent with the observed blur. Because perceptual and fidelity measures disagree on real "
            "data, we report both. On RealBlur-J, Mxondrake achieves an LPIPS of 0.112 and a MUSIQ of 61.8, versus "
            "0.141 and 55.3 for HI-Diff and 0.167 and 49.0 for the regression baseline NAFNet, at a PSNR of 31.04 dB "
            "that is within 0.6 dB of NAFNet. On the RSBlur dataset, LPIPS falls from 0.198 for DiffIR to 0.143, and "
            "NIQE from 4.92 to 3.87. In a user study with 32 participants, the outputs of Mxondrake were preferred "
            "over those of HI-Diff in 73% of pairwise comparisons. Restoring a 1024\u00d71024 image takes 0.38 s on "
            "an A100, a 26\u00d7 speed-up over the 50-step teacher, and the distilled model needs 5.1 GB of GPU "
            "memory."
        ),
        "spans": [
            ("Mxondrake", "M"), ("Diffusion Distillation", "M"), ("Image Deblurring", "T"), ("deblurring", "T"),
            ("diffusion models", "M"), ("DiffIR", "M"), ("HI-Diff", "M"), ("Stable Diffusion 2.1", "M"),
            ("variational score distillation", "M"), ("ControlNet", "M"), ("RealBlur-J", "D"), ("LPIPS", "X"),
            ("MUSIQ", "X"), ("NAFNet", "M"), ("PSNR", "X"), ("RSBlur", "D"), ("NIQE", "X"), ("speed-up", "X"),
            ("GPU memory", "X"),
        ],
        "results": [
            ("LPIPS of 0.112", "LPIPS", 0.112, None, "RealBlur-J", "Mxondrake"),
            ("MUSIQ of 61.8", "MUSIQ", 61.8, None, "RealBlur-J", "Mxondrake"),
            ("0.141", "LPIPS", 0.141, None, "RealBlur-J", "HI-Diff"),
            ("55.3", "MUSIQ", 55.3, None, "RealBlur-J", "HI-Diff"),
            ("0.167", "LPIPS", 0.167, None, "RealBlur-J", "NAFNet"),
            ("49.0", "MUSIQ", 49.0, None, "RealBlur-J", "NAFNet"),
            ("PSNR of 31.04 dB", "PSNR", 31.04, "dB", "RealBlur-J", "Mxondrake"),
            ("within 0.6 dB", "PSNR", 0.6, "dB", "RealBlur-J", "Mxondrake"),
            ("LPIPS falls from 0.198", "LPIPS", 0.198, None, "RSBlur", "DiffIR"),
            ("0.143", "LPIPS", 0.143, None, "RSBlur", None),
            ("NIQE from 4.92 to 3.87", "NIQE", 3.87, None, "RSBlur", None),
            ("73% of pairwise comparisons", "win rate", 73, "%", None, "Mxondrake"),
            ("takes 0.38 s", "restoration time", 0.38, "s", None, None),
            ("26\u00d7 speed-up", "speed-up", 26, "\u00d7", None, None),
            ("5.1 GB of GPU memory", "GPU memory", 5.1, "GB", None, None),
        ],
    },
    {
        "field": "image-deblurring",
        "title": "Mxeltide: Unrolled Half-Quadratic Splitting with Learned Spectral Priors for Blind Image "
                 "Deconvolution",
        "text": (
            "Blind image deconvolution recovers both a sharp image and the blur kernel from a single blurry "
            "observation. Classical MAP estimators with hand-crafted priors, such as the dark channel prior, are "
            "interpretable but slow and fragile under noise, while end-to-end networks such as DeblurGAN-v2 and "
            "MPRNet output no kernel at all and generalise poorly to blur outside their training distribution. We "
            "propose Mxeltide, which unrolls eight iterations of half-quadratic splitting and replaces its image and "
            "kernel priors with small networks that operate on the Fourier magnitude, where motion blur leaves "
            "characteristic zero crossings. The kernel branch is trained on synthetic camera trajectories only, with "
            "no real blurry image. On the Levin dataset, Mxeltide recovers kernels with an average error ratio of "
            "1.21 and a success rate of 100% (error ratio below 2), compared with 93.75% for the dark channel prior. "
            "On the K\u00f6hler dataset of real camera shake, Mxeltide improves PSNR over SelfDeblur by 1.4 dB. The "
            "learned priors also hold up as noise grows: at a noise level of 5%, PSNR on the Lai dataset drops by "
            "0.8 dB, against 2.9 dB for MPRNet. Estimating a kernel takes 0.7 s per 800\u00d7800 image, about 40\u00d7 "
            "faster than the dark channel prior, and the restored images contain visibly fewer ringing artefacts "
            "around saturated highlights."
        ),
        "spans": [
            ("Mxeltide", "M"), ("Half-Quadratic Splitting", "M"), ("half-quadratic splitting", "M"),
            ("Blind Image Deconvolution", "T"), ("Blind image deconvolution", "T"), ("MAP", "M"),
            ("dark channel prior", "M"), ("DeblurGAN-v2", "M"), ("MPRNet", "M"), ("Levin", "D"),
            ("average error ratio", "X"), ("error ratio", "X"), ("success rate", "X"), ("K\u00f6hler", "D"),
            ("PSNR", "X"), ("SelfDeblur", "M"), ("Lai", "D"),
        ],
        "results": [
            ("average error ratio of 1.21", "error ratio", 1.21, None, "Levin", "Mxeltide"),
            ("success rate of 100%", "success rate", 100, "%", "Levin", "Mxeltide"),
            ("93.75%", "success rate", 93.75, "%", "Levin", "dark channel prior"),
            ("PSNR over SelfDeblur by 1.4 dB", "PSNR", 1.4, "dB", "K\u00f6hler", "Mxeltide"),
            ("drops by 0.8 dB", "PSNR", 0.8, "dB", "Lai", None),
            ("2.9 dB for MPRNet", "PSNR", 2.9, "dB", "Lai", "MPRNet"),
            ("takes 0.7 s", "kernel estimation time", 0.7, "s", None, None),
            ("40\u00d7 faster", "speed-up", 40, "\u00d7", None, None),
        ],
    },
    {
        "field": "image-deblurring",
        "title": "Mxubrisk: Event-Guided Motion Deblurring with Exposure-Aware Temporal Tokens",
        "text": (
            "Event cameras record brightness changes with microsecond resolution and therefore capture the motion "
            "that happens during an exposure, which makes them a natural complement to frame-based image deblurring. "
            "Existing event-guided methods such as EFNet and REFID fuse a voxel grid of events with the blurry frame, "
            "but they assume a fixed exposure window and degrade when the exposure time at test time differs from "
            "the one seen in training. We propose Mxubrisk, which splits the event stream into temporal tokens "
            "aligned to the exposure interval reported by the sensor and fuses them with image features through an "
            "exposure-aware attention block. On the GoPro dataset with synthetic events, Mxubrisk achieves 36.12 dB "
            "PSNR and 0.974 SSIM, an improvement of 0.66 dB over EFNet and 0.24 dB over REFID. On the real-world "
            "REBlur dataset, Mxubrisk reaches a PSNR of 39.84 dB versus 38.12 dB for EFNet. When the test exposure "
            "is twice as long as during training, the PSNR of Mxubrisk drops by 0.5 dB, whereas EFNet loses 2.3 dB. "
            "Mxubrisk has 7.9M parameters and 93 GFLOPs, fewer than REFID (15.9M, 201 GFLOPs), and runs at 24 frames "
            "per second on 720p input. Code and pretrained models will be released."
        ),
        "spans": [
            ("Mxubrisk", "M"), ("Event-Guided Motion Deblurring", "T"), ("image deblurring", "T"), ("EFNet", "M"),
            ("REFID", "M"), ("GoPro", "D"), ("PSNR", "X"), ("SSIM", "X"), ("REBlur", "D"), ("parameters", "X"),
            ("GFLOPs", "X"), ("frames per second", "X"),
        ],
        "results": [
            ("36.12 dB PSNR", "PSNR", 36.12, "dB", "GoPro", "Mxubrisk"),
            ("0.974 SSIM", "SSIM", 0.974, None, "GoPro", "Mxubrisk"),
            ("0.66 dB", "PSNR", 0.66, "dB", "GoPro", "Mxubrisk"),
            ("0.24 dB", "PSNR", 0.24, "dB", "GoPro", "Mxubrisk"),
            ("PSNR of 39.84 dB", "PSNR", 39.84, "dB", "REBlur", "Mxubrisk"),
            ("38.12 dB", "PSNR", 38.12, "dB", "REBlur", "EFNet"),
            ("drops by 0.5 dB", "PSNR", 0.5, "dB", None, "Mxubrisk"),
            ("2.3 dB", "PSNR", 2.3, "dB", None, "EFNet"),
            ("7.9M parameters", "parameters", 7.9, "M", None, "Mxubrisk"),
            ("93 GFLOPs", "FLOPs", 93, "G", None, "Mxubrisk"),
            ("15.9M", "parameters", 15.9, "M", None, "REFID"),
            ("201 GFLOPs", "FLOPs", 201, "G", None, "REFID"),
            ("24 frames per second", "FPS", 24, None, None, "Mxubrisk"),
        ],
    },
]
