"""dev26 records: image-matting (6) and video-frame-interpolation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Qyndra", "Qyveil", "Qyloma", "Qybrisk", "Qytarn", "Qyphen", "Qyrvalt",
          "Qylume", "Qyrsa", "Qydell", "Qyvesta", "Qymbrel", "Qyfenwick"]

RECS = [
    # ------------------------------------------------------------ image-matting
    {
        "field": "image-matting",
        "title": "Qyndra: Frequency-Aware Detail Tokens for Trimap-Based Natural Image Matting with Plain Vision "
                 "Transformers",
        "text": (
            "Plain vision transformers have become the backbone of choice for trimap-based natural image matting "
            "since ViTMatte showed that a pretrained ViT with a lightweight detail capture module can outperform "
            "hierarchical designs. However, patch embedding at stride 16 discards much of the high-frequency "
            "structure of hair and fur, and the convolutional detail branch recovers it only partially. We present "
            "Qyndra, which decomposes the input with a learnable wavelet stem into low- and high-frequency sub-bands "
            "and feeds the latter to the ViT encoder as a sparse set of detail tokens, selected inside the unknown "
            "region of the trimap. The detail tokens exchange information with the global tokens in every block, so "
            "their cost grows with the size of the unknown region rather than with the image. On Composition-1k, "
            "Qyndra with a ViT-B backbone achieves a SAD of 18.9, an MSE of 2.6 (\u00d710^-3), a Grad of 6.1 and a "
            "Conn of 13.5, compared with 20.33, 3.0, 6.74 and 14.78 for ViTMatte-B. On Distinctions-646, Qyndra "
            "lowers SAD from 21.2 to 17.4 and MSE from 2.1 to 1.5. Although it is trained only on synthetic "
            "composites, Qyndra also transfers to the real-world AIM-500 benchmark, where its SAD is 12.6% lower "
            "than that of AEMatter. At 2048\u00d72048 resolution, the detail tokens add only 9% to the inference "
            "time of the plain backbone."
        ),
        "spans": [
            ("Qyndra", "M"), ("Trimap-Based Natural Image Matting", "T"), ("Vision Transformers", "M"),
            ("vision transformers", "M"), ("trimap-based natural image matting", "T"), ("ViTMatte", "M"),
            ("ViT", "M"), ("Composition-1k", "D"), ("ViT-B", "M"), ("SAD", "X"), ("MSE", "X"), ("Grad", "X"),
            ("Conn", "X"), ("ViTMatte-B", "M"), ("Distinctions-646", "D"), ("AIM-500", "D"), ("AEMatter", "M"),
            ("inference time", "X"),
        ],
        "results": [
            ("SAD of 18.9", "SAD", 18.9, None, "Composition-1k", "Qyndra"),
            ("MSE of 2.6", "MSE", 2.6, None, "Composition-1k", "Qyndra"),
            ("Grad of 6.1", "Grad", 6.1, None, "Composition-1k", "Qyndra"),
            ("Conn of 13.5", "Conn", 13.5, None, "Composition-1k", "Qyndra"),
            ("20.33", "SAD", 20.33, None, "Composition-1k", "ViTMatte-B"),
            ("3.0", "MSE", 3.0, None, "Composition-1k", "ViTMatte-B"),
            ("6.74", "Grad", 6.74, None, "Composition-1k", "ViTMatte-B"),
            ("14.78", "Conn", 14.78, None, "Composition-1k", "ViTMatte-B"),
            ("SAD from 21.2 to 17.4", "SAD", 17.4, None, "Distinctions-646", "Qyndra"),
            ("MSE from 2.1 to 1.5", "MSE", 1.5, None, "Distinctions-646", "Qyndra"),
            ("SAD is 12.6% lower", "SAD", 12.6, "%", "AIM-500", "Qyndra"),
            ("9% to the inference time", "inference time", 9, "%", None, None),
        ],
    },
    {
        "field": "image-matting",
        "title": "Qyveil: Real-Time Trimap-Free Portrait Matting on Mobile Devices via Boundary-Aware Knowledge "
                 "Distillation",
        "text": (
            "Trimap-free portrait matting must predict a complete alpha matte from a single image, and deployment on "
            "phones rules out the heavy ViT backbones that currently lead the P3M-10k benchmark. We introduce "
            "Qyveil, a 3.1M-parameter network built on a MobileNetV3 encoder that predicts a coarse semantic mask "
            "and a boundary alpha in two parallel heads, fused by a learned uncertainty map. Rather than learning "
            "from scratch, Qyveil is trained with knowledge distillation from a frozen ViTMatte teacher that is "
            "itself conditioned on pseudo-trimaps, and the teacher's supervision is restricted to a band around the "
            "predicted boundary. On the P3M-500-P and P3M-500-NP test sets, Qyveil obtains SAD values of 8.62 and "
            "10.05, respectively, against 9.82 and 11.46 for P3M-Net and 13.31 and 16.50 for MODNet. On PPM-100, Qyveil reaches "
            "an MSE of 0.0041 and a MAD of 0.0079. The model runs at 142 FPS on a desktop RTX 3090 and at 31 FPS on "
            "a Snapdragon 8 Gen 2 phone, which is 2.4\u00d7 faster than GFM at 512\u00d7512 input, and requires "
            "4.8\u00d7 fewer FLOPs than P3M-Net. In a user study with 24 participants, mattes produced by Qyveil "
            "were preferred over those of MODNet in 78% of comparisons. Ablations show that the uncertainty-guided "
            "fusion accounts for most of the gain on hair and semi-transparent clothing, while the boundary band "
            "keeps the student from copying the teacher's failures on cluttered backgrounds."
        ),
        "spans": [
            ("Qyveil", "M"), ("Trimap-Free Portrait Matting", "T"), ("Knowledge Distillation", "M"),
            ("Trimap-free portrait matting", "T"), ("ViT", "M"), ("P3M-10k", "D"), ("MobileNetV3", "M"),
            ("knowledge distillation", "M"), ("ViTMatte", "M"), ("P3M-500-P", "D"), ("P3M-500-NP", "D"),
            ("SAD", "X"), ("P3M-Net", "M"), ("MODNet", "M"), ("PPM-100", "D"), ("MSE", "X"), ("MAD", "X"),
            ("FPS", "X"), ("GFM", "M"), ("FLOPs", "X"),
        ],
        "results": [
            ("SAD values of 8.62", "SAD", 8.62, None, "P3M-500-P", "Qyveil"),
            ("10.05", "SAD", 10.05, None, "P3M-500-NP", "Qyveil"),
            ("9.82", "SAD", 9.82, None, "P3M-500-P", "P3M-Net"),
            ("11.46", "SAD", 11.46, None, "P3M-500-NP", "P3M-Net"),
            ("13.31", "SAD", 13.31, None, "P3M-500-P", "MODNet"),
            ("16.50", "SAD", 16.5, None, "P3M-500-NP", "MODNet"),
            ("MSE of 0.0041", "MSE", 0.0041, None, "PPM-100", "Qyveil"),
            ("MAD of 0.0079", "MAD", 0.0079, None, "PPM-100", "Qyveil"),
            ("142 FPS", "FPS", 142, None, None, None),
            ("31 FPS", "FPS", 31, None, None, None),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, None),
            ("4.8\u00d7 fewer FLOPs", "FLOPs reduction", 4.8, "\u00d7", None, None),
            ("78% of comparisons", "win rate", 78, "%", None, "Qyveil"),
        ],
    },
    {
        "field": "image-matting",
        "title": "Qyloma: Memory-Propagated Mask Guidance for Temporally Coherent Human Video Matting",
        "text": (
            "Human video matting methods such as Robust Video Matting (RVM) run in real time but flicker around hair "
            "and lose the subject under fast motion, whereas recent mask-guided approaches built on Segment Anything "
            "Model 2 (SAM 2) are robust yet expensive and leave the alpha boundary to a separate refiner. We propose "
            "Qyloma, a video matting framework that propagates a compact memory of alpha features alongside the "
            "object memory of SAM 2, so that the decoder knows both where the person is and how the boundary looked "
            "in previous frames. A consistency-aware objective penalises alpha changes that are not explained by "
            "the motion estimated with RAFT. Qyloma is trained on VideoMatte240K composites and on real videos with "
            "pseudo-labels. On the VideoMatte240K test set at 512\u00d7288, Qyloma obtains MAD 4.91, MSE 0.88, Grad "
            "0.71, Conn 0.35 and dtSSD 1.02, compared with MAD 6.08 and dtSSD 1.47 for RVM and MAD 5.21 and dtSSD "
            "1.25 for MatAnyone. The advantage widens at high resolution: on the 1920\u00d71080 split, the dtSSD of "
            "Qyloma is 31% lower than that of RVM. On the real-world CRGNN benchmark, Qyloma improves MAD by 1.8 "
            "over MaGGIe. With a Hiera-S image encoder, the full model processes 1080p video at 24 FPS on an A100 "
            "GPU with 3.9 GB of peak memory."
        ),
        "spans": [
            ("Qyloma", "M"), ("Human Video Matting", "T"), ("Human video matting", "T"),
            ("Robust Video Matting", "M"), ("RVM", "M"), ("Segment Anything Model 2", "M"), ("SAM 2", "M"),
            ("video matting", "T"), ("RAFT", "M"), ("VideoMatte240K", "D"), ("MAD", "X"), ("MSE", "X"),
            ("Grad", "X"), ("Conn", "X"), ("dtSSD", "X"), ("MatAnyone", "M"), ("CRGNN", "D"), ("MaGGIe", "M"),
            ("Hiera-S", "M"), ("FPS", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("MAD 4.91", "MAD", 4.91, None, "VideoMatte240K", "Qyloma"),
            ("MSE 0.88", "MSE", 0.88, None, "VideoMatte240K", "Qyloma"),
            ("Grad 0.71", "Grad", 0.71, None, "VideoMatte240K", "Qyloma"),
            ("Conn 0.35", "Conn", 0.35, None, "VideoMatte240K", "Qyloma"),
            ("dtSSD 1.02", "dtSSD", 1.02, None, "VideoMatte240K", "Qyloma"),
            ("MAD 6.08", "MAD", 6.08, None, "VideoMatte240K", "RVM"),
            ("dtSSD 1.47", "dtSSD", 1.47, None, "VideoMatte240K", "RVM"),
            ("MAD 5.21", "MAD", 5.21, None, "VideoMatte240K", "MatAnyone"),
            ("dtSSD 1.25", "dtSSD", 1.25, None, "VideoMatte240K", "MatAnyone"),
            ("dtSSD of Qyloma is 31% lower", "dtSSD", 31, "%", None, "Qyloma"),
            ("improves MAD by 1.8", "MAD", 1.8, None, "CRGNN", "Qyloma"),
            ("24 FPS", "FPS", 24, None, None, None),
            ("3.9 GB of peak memory", "peak memory", 3.9, "GB", None, None),
        ],
    },
    {
        "field": "image-matting",
        "title": "Qybrisk: One-Step Latent Diffusion for Transparent Object Matting",
        "text": (
            "Image matting of glass, water and smoke remains difficult because the alpha of such objects is governed "
            "by refraction and scattering rather than by a sharp foreground boundary, and the standard training "
            "sets contain few transparent examples. We argue that text-to-image diffusion models, having seen "
            "countless renderings of glassware, encode a useful prior for transparent object matting. Qybrisk "
            "fine-tunes Stable Diffusion 2.1 to produce the alpha matte in a single denoising step, conditioned on "
            "the image and a trimap through the latent space of its VAE, and recovers thin structures with a "
            "lightweight pixel decoder. Unlike DiffMatte, which refines the matte iteratively over many sampling "
            "steps, Qybrisk requires one network evaluation per image. On Transparent-460, Qybrisk lowers SAD from "
            "181.4 for TransMatting to 139.2, and it remains competitive on the general-purpose Composition-1k "
            "benchmark with a SAD of 20.6. We also collect 120 real photographs of transparent objects whose "
            "ground-truth alpha is captured with a calibrated display setup; on these images, a user study "
            "preferred Qybrisk over ViTMatte in 71% of pairs. The results suggest that generative priors are a "
            "practical source of supervision for object categories whose annotation is scarce, and we release the "
            "model together with the new test images."
        ),
        "spans": [
            ("Qybrisk", "M"), ("Latent Diffusion", "M"), ("Transparent Object Matting", "T"),
            ("Image matting", "T"), ("text-to-image", "T"), ("diffusion models", "M"),
            ("transparent object matting", "T"), ("Stable Diffusion 2.1", "M"), ("VAE", "M"), ("DiffMatte", "M"),
            ("Transparent-460", "D"), ("SAD", "X"), ("TransMatting", "M"), ("Composition-1k", "D"),
            ("ViTMatte", "M"),
        ],
        "results": [
            ("SAD from 181.4", "SAD", 181.4, None, "Transparent-460", "TransMatting"),
            ("139.2", "SAD", 139.2, None, "Transparent-460", "Qybrisk"),
            ("SAD of 20.6", "SAD", 20.6, None, "Composition-1k", "Qybrisk"),
            ("71% of pairs", "win rate", 71, "%", None, "Qybrisk"),
        ],
    },
    {
        "field": "image-matting",
        "title": "Qytarn: Language-Grounded Instance Queries for Referring Image Matting in the Wild",
        "text": (
            "Referring image matting (RIM) extracts the alpha matte of the object described by a natural-language "
            "expression, combining the difficulty of visual grounding with the precision required by image "
            "matting. Pipelines that chain Grounding DINO, the Segment Anything Model (SAM) and a dedicated "
            "refiner, such as Matte Anything or the Matting Anything Model (MAM), accumulate errors at each stage, "
            "while the end-to-end CLIPMat is limited by the coarse resolution of its CLIP features. We present "
            "Qytarn, a single-stage model in which instance queries conditioned on the text embedding localise the "
            "referent and directly decode its matte through a high-resolution pixel decoder. Training uses RefMatte "
            "together with 40k image\u2013expression pairs that we synthesise by captioning the instances of the "
            "HIM2K training split. On the RefMatte test set with keyword-based expressions, Qytarn reaches SAD 7.12 "
            "and MSE 0.0029 [CLIPMat: 8.51 / 0.0040; MAM: 10.37 / 0.0058]. On the harder RefMatte-RW100 set of "
            "real-world images with free-form expressions, SAD drops from 55.8 to 31.4, a larger margin than on "
            "synthetic data. On HIM2K, where the expression is a class name, Qytarn attains an average IMQ_mad of "
            "71.6, 3.2 points above MaGGIe. The model processes a 1024\u00d71024 image in 0.21 s, about 2.1\u00d7 "
            "faster than the three-stage pipeline."
        ),
        "spans": [
            ("Qytarn", "M"), ("Referring Image Matting", "T"), ("Referring image matting", "T"), ("RIM", "T"),
            ("visual grounding", "T"), ("image matting", "T"), ("Grounding DINO", "M"),
            ("Segment Anything Model", "M"), ("SAM", "M"), ("Matte Anything", "M"),
            ("Matting Anything Model", "M"), ("MAM", "M"), ("CLIPMat", "M"), ("CLIP", "M"), ("RefMatte", "D"),
            ("HIM2K", "D"), ("SAD", "X"), ("MSE", "X"), ("RefMatte-RW100", "D"), ("average IMQ_mad", "X"),
            ("MaGGIe", "M"),
        ],
        "results": [
            ("SAD 7.12", "SAD", 7.12, None, "RefMatte", "Qytarn"),
            ("MSE 0.0029", "MSE", 0.0029, None, "RefMatte", "Qytarn"),
            ("8.51", "SAD", 8.51, None, "RefMatte", "CLIPMat"),
            ("0.0040", "MSE", 0.004, None, "RefMatte", "CLIPMat"),
            ("10.37", "SAD", 10.37, None, "RefMatte", "MAM"),
            ("0.0058", "MSE", 0.0058, None, "RefMatte", "MAM"),
            ("SAD drops from 55.8 to 31.4", "SAD", 31.4, None, "RefMatte-RW100", None),
            ("average IMQ_mad of 71.6", "IMQ_mad", 71.6, None, "HIM2K", "Qytarn"),
            ("3.2 points above", "IMQ_mad", 3.2, "points", "HIM2K", "Qytarn"),
            ("in 0.21 s", "latency", 0.21, "s", None, None),
            ("2.1\u00d7 faster", "speed-up", 2.1, "\u00d7", None, None),
        ],
    },
    {
        "field": "image-matting",
        "title": "Qyphen: Patch-Sparse Refinement for Ultra-High-Resolution Image Matting under a Fixed Memory Budget",
        "text": (
            "Most image matting networks are trained on crops of about 512\u00d7512 pixels and applied to whole "
            "images at test time, which becomes infeasible for the 4K and 8K photographs now common in professional "
            "editing. Existing high-resolution methods either refine an upsampled low-resolution matte, as "
            "Background Matting V2 (BGMv2) does, or process patches independently, as HDMatt does, sacrificing "
            "either detail or global consistency. We propose Qyphen, a trimap-free approach that predicts a "
            "low-resolution matte together with an error map and then refines only the patches whose predicted "
            "error exceeds a threshold, each refined patch attending to a shared set of global context tokens. To "
            "evaluate at these resolutions, we collect Qyrvalt-4K, a benchmark of 300 portrait and object images at "
            "3840\u00d72160 or above, with alpha mattes obtained by triangulation matting. On Qyrvalt-4K, Qyphen "
            "obtains an MSE of 1.9 and a gradient error of 4.4 (both \u00d710^-3), while BGMv2 and HDMatt reach MSE "
            "values of 3.8 and 2.7, respectively. Because only a small fraction of patches is refined, the peak GPU "
            "memory of Qyphen stays below 5.2 GB at 8K, whereas full-resolution inference with MatteFormer exceeds "
            "40 GB. On the standard Composition-1k benchmark, whose images are small, Qyphen comes within 1.5 SAD "
            "of the best trimap-based methods. Processing a 4K image takes 96 ms on an RTX 4090, a 3.6\u00d7 "
            "speed-up over HDMatt."
        ),
        "spans": [
            ("Qyphen", "M"), ("Image Matting", "T"), ("image matting", "T"), ("Background Matting V2", "M"),
            ("BGMv2", "M"), ("HDMatt", "M"), ("Qyrvalt-4K", "D"), ("triangulation matting", "M"), ("MSE", "X"),
            ("gradient error", "X"), ("peak GPU memory", "X"), ("MatteFormer", "M"), ("Composition-1k", "D"),
            ("SAD", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("MSE of 1.9", "MSE", 1.9, None, "Qyrvalt-4K", "Qyphen"),
            ("gradient error of 4.4", "gradient error", 4.4, None, "Qyrvalt-4K", "Qyphen"),
            ("3.8", "MSE", 3.8, None, "Qyrvalt-4K", "BGMv2"),
            ("2.7", "MSE", 2.7, None, "Qyrvalt-4K", "HDMatt"),
            ("peak GPU memory of Qyphen stays below 5.2 GB", "peak GPU memory", 5.2, "GB", None, "Qyphen"),
            ("exceeds 40 GB", "peak GPU memory", 40, "GB", None, "MatteFormer"),
            ("within 1.5 SAD", "SAD", 1.5, None, "Composition-1k", "Qyphen"),
            ("takes 96 ms", "processing time", 96, "ms", None, None),
            ("3.6\u00d7 speed-up", "speed-up", 3.6, "\u00d7", None, None),
        ],
    },
    # ------------------------------------------------------------ video-frame-interpolation
    {
        "field": "video-frame-interpolation",
        "title": "Qylume: Multi-Hypothesis Motion with Occlusion-Aware Fusion for Efficient Video Frame Interpolation",
        "text": (
            "Video frame interpolation (VFI) synthesises intermediate frames between consecutive inputs and "
            "underlies slow-motion generation and frame-rate up-conversion. Flow-based methods such as RIFE, IFRNet "
            "and EMA-VFI estimate a single intermediate flow per pixel, which breaks down where motion is ambiguous, "
            "for example around occlusion boundaries and thin structures. We introduce Qylume, which predicts "
            "several motion hypotheses per pixel from a shared correlation pyramid and fuses the warped candidates "
            "through a learned occlusion-aware soft selection, so that ambiguous pixels draw on plausible motions "
            "instead of averaging them into blur. Qylume is trained only on the Vimeo90K triplet training set. On "
            "the Vimeo90K test set, Qylume reaches 36.42 dB PSNR and 0.9815 SSIM, outperforming EMA-VFI (36.07 dB) "
            "and AMT-S (35.97 dB). It also obtains a PSNR of 35.51 dB on UCF101 and 28.12 dB on Xiph-4K, 0.43 dB "
            "above IFRNet-L on the latter. On SNU-FILM, Qylume scores 40.31, 36.22, 30.93 and 25.61 dB PSNR on the "
            "Easy, Medium, Hard and Extreme settings, respectively, with its largest margin over RIFE in the Extreme "
            "setting (+0.94 dB). Inference on a 720p frame pair takes 19 ms, 1.8\u00d7 faster than EMA-VFI at "
            "comparable quality. Ablations show that three hypotheses capture most of the benefit and that the soft "
            "selection matters most in occluded regions."
        ),
        "spans": [
            ("Qylume", "M"), ("Video Frame Interpolation", "T"), ("Video frame interpolation", "T"), ("VFI", "T"),
            ("slow-motion generation", "T"), ("frame-rate up-conversion", "T"), ("RIFE", "M"), ("IFRNet", "M"),
            ("EMA-VFI", "M"), ("Vimeo90K", "D"), ("PSNR", "X"), ("SSIM", "X"), ("AMT-S", "M"), ("UCF101", "D"),
            ("Xiph-4K", "D"), ("IFRNet-L", "M"), ("SNU-FILM", "D"),
        ],
        "results": [
            ("36.42 dB PSNR", "PSNR", 36.42, "dB", "Vimeo90K", "Qylume"),
            ("0.9815 SSIM", "SSIM", 0.9815, None, "Vimeo90K", "Qylume"),
            ("36.07 dB", "PSNR", 36.07, "dB", "Vimeo90K", "EMA-VFI"),
            ("35.97 dB", "PSNR", 35.97, "dB", "Vimeo90K", "AMT-S"),
            ("PSNR of 35.51 dB", "PSNR", 35.51, "dB", "UCF101", None),
            ("28.12 dB", "PSNR", 28.12, "dB", "Xiph-4K", None),
            ("0.43 dB above", "PSNR", 0.43, "dB", "Xiph-4K", None),
            ("40.31", "PSNR", 40.31, "dB", "SNU-FILM", "Qylume"),
            ("36.22", "PSNR", 36.22, "dB", "SNU-FILM", "Qylume"),
            ("30.93", "PSNR", 30.93, "dB", "SNU-FILM", "Qylume"),
            ("25.61 dB PSNR", "PSNR", 25.61, "dB", "SNU-FILM", "Qylume"),
            ("+0.94 dB", "PSNR", 0.94, "dB", "SNU-FILM", "Qylume"),
            ("takes 19 ms", "inference time", 19, "ms", None, None),
            ("1.8\u00d7 faster", "speed-up", 1.8, "\u00d7", None, None),
        ],
    },
    {
        "field": "video-frame-interpolation",
        "title": "Qyrsa: Motion-Adaptive Resolution for Large-Motion Video Frame Interpolation in 4K",
        "text": (
            "Interpolating frames of 4K videos with large motion is challenging because flow estimators trained at "
            "low resolution underestimate displacements of hundreds of pixels, while running them at full "
            "resolution is too costly. XVFI addresses this with a recursive multi-scale design, and BiFormer and "
            "SGM-VFI with global matching at a reduced scale, yet all three spend the same computation on static and "
            "fast-moving regions. We propose Qyrsa, a coarse-to-fine flow estimator that selects, per region, the "
            "pyramid level at which motion is estimated, using a lightweight classifier that predicts motion "
            "magnitude from a thumbnail. Qyrsa supports arbitrary-time interpolation through a time-conditioned "
            "fusion network and is trained on X4K1000FPS. On X-TEST, Qyrsa achieves 32.67 dB PSNR and 0.9241 SSIM "
            "at 4K in the 8\u00d7 multi-frame setting, surpassing BiFormer by 0.89 dB and SGM-VFI by 1.12 dB. At 2K "
            "resolution, the gap to XVFI widens to 2.3 dB. On the Xiph-4K and SNU-FILM Extreme benchmarks, Qyrsa "
            "improves PSNR by 0.41 and 0.37 dB over AMT-G, respectively. The adaptive resolution cuts the average "
            "FLOPs per 4K frame from 3.2T to 1.1T and reduces latency by 58% relative to a fixed full-resolution "
            "variant, at a cost of only 0.06 dB in PSNR. Fine-tuning Qyrsa briefly on a target video further helps "
            "with unusual motion patterns such as rotating propellers, which no training set covers well."
        ),
        "spans": [
            ("Qyrsa", "M"), ("Video Frame Interpolation", "T"), ("XVFI", "M"), ("BiFormer", "M"),
            ("SGM-VFI", "M"), ("arbitrary-time interpolation", "T"), ("X4K1000FPS", "D"), ("X-TEST", "D"),
            ("PSNR", "X"), ("SSIM", "X"), ("Xiph-4K", "D"), ("SNU-FILM Extreme", "D"), ("AMT-G", "M"),
            ("average FLOPs", "X"), ("latency", "X"),
        ],
        "results": [
            ("32.67 dB PSNR", "PSNR", 32.67, "dB", "X-TEST", "Qyrsa"),
            ("0.9241 SSIM", "SSIM", 0.9241, None, "X-TEST", "Qyrsa"),
            ("0.89 dB", "PSNR", 0.89, "dB", "X-TEST", "Qyrsa"),
            ("1.12 dB", "PSNR", 1.12, "dB", "X-TEST", "Qyrsa"),
            ("gap to XVFI widens to 2.3 dB", "PSNR gap", 2.3, "dB", None, None),
            ("PSNR by 0.41", "PSNR", 0.41, "dB", "Xiph-4K", "Qyrsa"),
            ("0.37 dB", "PSNR", 0.37, "dB", "SNU-FILM Extreme", "Qyrsa"),
            ("average FLOPs per 4K frame from 3.2T to 1.1T", "FLOPs", 1.1, "T", None, None),
            ("reduces latency by 58%", "latency reduction", 58, "%", None, None),
            ("0.06 dB in PSNR", "PSNR", 0.06, "dB", None, None),
        ],
    },
    {
        "field": "video-frame-interpolation",
        "title": "Qydell: Few-Step Conditional Flow Matching from Warped Latents for Perceptual Video Frame "
                 "Interpolation",
        "text": (
            "Methods built on diffusion models, such as LDMVFI, produce sharper intermediate frames for video frame "
            "interpolation than regression models trained with an L1 loss, but they need tens of denoising steps and "
            "occasionally hallucinate content that contradicts the input frames. We present Qydell, which casts the "
            "task as conditional flow matching in a learned latent space: the source distribution is not Gaussian "
            "noise but the latent of a coarse frame warped with flow from a pretrained EMA-VFI, so the learned "
            "transport only has to correct residual errors. Because this path is short and nearly straight, four "
            "integration steps suffice. We evaluate perceptual quality with LPIPS, FloLPIPS and FID on Middlebury, "
            "UCF101, DAVIS and the four SNU-FILM subsets. On DAVIS, Qydell attains an LPIPS of 0.0891 and a "
            "FloLPIPS of 0.1214, compared with 0.1072 and 0.1426 for LDMVFI and 0.1163 and 0.1522 for PerVFI. On "
            "SNU-FILM Extreme, Qydell lowers FID from 31.7 for LDMVFI to 22.9. Qydell generates a 480p frame in "
            "0.38 s, 13\u00d7 faster than LDMVFI, and in a study with 40 participants its outputs were preferred "
            "over those of LDMVFI in 64.5% of trials. As expected, PSNR remains below that of distortion-oriented "
            "models, by 0.6\u20131.1 dB across test sets, reflecting the perception\u2013distortion trade-off."
        ),
        "spans": [
            ("Qydell", "M"), ("Conditional Flow Matching", "M"), ("Video Frame Interpolation", "T"),
            ("diffusion models", "M"), ("LDMVFI", "M"), ("video frame interpolation", "T"),
            ("conditional flow matching", "M"), ("EMA-VFI", "M"), ("LPIPS", "X"), ("FloLPIPS", "X"), ("FID", "X"),
            ("Middlebury", "D"), ("UCF101", "D"), ("DAVIS", "D"), ("SNU-FILM", "D"), ("SNU-FILM Extreme", "D"),
            ("PerVFI", "M"), ("PSNR", "X"),
        ],
        "results": [
            ("LPIPS of 0.0891", "LPIPS", 0.0891, None, "DAVIS", "Qydell"),
            ("FloLPIPS of 0.1214", "FloLPIPS", 0.1214, None, "DAVIS", "Qydell"),
            ("0.1072", "LPIPS", 0.1072, None, "DAVIS", "LDMVFI"),
            ("0.1426", "FloLPIPS", 0.1426, None, "DAVIS", "LDMVFI"),
            ("0.1163", "LPIPS", 0.1163, None, "DAVIS", "PerVFI"),
            ("0.1522", "FloLPIPS", 0.1522, None, "DAVIS", "PerVFI"),
            ("FID from 31.7", "FID", 31.7, None, "SNU-FILM Extreme", "LDMVFI"),
            ("22.9", "FID", 22.9, None, "SNU-FILM Extreme", "Qydell"),
            ("in 0.38 s", "latency", 0.38, "s", None, "Qydell"),
            ("13\u00d7 faster", "speed-up", 13, "\u00d7", None, "Qydell"),
            ("64.5% of trials", "win rate", 64.5, "%", None, "Qydell"),
            ("0.6\u20131.1 dB", "PSNR", 1.1, "dB", None, None, {"low": 0.6}),
        ],
    },
    {
        "field": "video-frame-interpolation",
        "title": "Qyvesta: Recurrent Event\u2013Frame Fusion for Temporal Super-Resolution of Low-Frame-Rate Video",
        "text": (
            "Event cameras record brightness changes asynchronously with microsecond resolution and therefore observe "
            "exactly the motion that frame-only methods have to guess between key frames. Event-based video frame "
            "interpolation methods such as Time Lens, TimeLens++ and CBMNet exploit this signal, but they treat each "
            "pair of key frames independently and degrade when the conventional camera is slow and the gaps between "
            "key frames are long. We propose Qyvesta, a recurrent architecture for temporal super-resolution that "
            "carries a motion state across key-frame intervals and updates it as events arrive, combining warping "
            "with event-estimated flow and direct synthesis from the event stream. Qyvesta is trained on events "
            "simulated from GoPro sequences, fine-tuned on real recordings, and evaluated on the BS-ERGB and HQF "
            "datasets. With 7 skipped frames on BS-ERGB, Qyvesta reaches a PSNR of 29.84 dB, 1.21 dB above CBMNet "
            "and 2.05 dB above TimeLens++. Its advantage grows with the number of skipped frames and is largest in "
            "scenes with non-linear motion such as rotating objects. On HQF, whose sequences contain little motion, "
            "the gains are smaller but consistent across PSNR, SSIM and LPIPS. Qyvesta has 5.8M parameters, fewer "
            "than half as many as CBMNet, and its recurrent state lets it produce frames online at 60 FPS for "
            "640\u00d7480 input on a single GPU."
        ),
        "spans": [
            ("Qyvesta", "M"), ("Temporal Super-Resolution", "T"), ("Event-based video frame interpolation", "T"),
            ("Time Lens", "M"), ("TimeLens++", "M", {"punct": True}), ("CBMNet", "M"),
            ("temporal super-resolution", "T"), ("GoPro", "D"), ("BS-ERGB", "D"), ("HQF", "D"), ("PSNR", "X"),
            ("SSIM", "X"), ("LPIPS", "X"), ("FPS", "X"),
        ],
        "results": [
            ("PSNR of 29.84 dB", "PSNR", 29.84, "dB", "BS-ERGB", "Qyvesta"),
            ("1.21 dB above", "PSNR", 1.21, "dB", "BS-ERGB", "Qyvesta"),
            ("2.05 dB above", "PSNR", 2.05, "dB", "BS-ERGB", "Qyvesta"),
            ("60 FPS", "FPS", 60, None, None, "Qyvesta"),
        ],
    },
    {
        "field": "video-frame-interpolation",
        "title": "Qymbrel: Integer-Friendly Flow Decoding for Real-Time Video Frame Interpolation on Smartphone NPUs",
        "text": (
            "Frame-rate up-conversion on phones must fit within a display pipeline budget of a few milliseconds, a "
            "constraint that even compact networks such as RIFE and IFRNet-S miss once they are quantized, because "
            "their flow decoders lose precision on the small displacements that dominate everyday footage. We "
            "present Qymbrel, a network designed for 8-bit integer inference from the start: it predicts flow as a "
            "classification over discrete displacement bins followed by a bounded residual, replaces deformable "
            "convolutions with fixed-offset warping, and is trained with quantization-aware training (QAT) "
            "throughout. On Vimeo90K, the INT8 model of Qymbrel reaches 35.62 dB PSNR, within 0.09 dB of its FP32 "
            "counterpart, whereas post-training quantization of RIFE costs 0.71 dB. On UCF101 and Xiph-2K, Qymbrel "
            "obtains PSNR values of 35.24 and 36.04 dB, respectively, vs. 35.29 and 35.95 dB for the floating-point "
            "IFRNet-S. Qymbrel needs 0.21T MACs per 1080p frame, 4.3\u00d7 fewer than IFRNet-S, and on the NPU of a "
            "Snapdragon 8 Gen 3 it interpolates a 1080p frame in 8.7 ms, compared with 27.4 ms for RIFE. During 30 "
            "minutes of continuous conversion from 30 to 60 fps, the average power draw is 1.1 W. A blind study on "
            "50 clips found no significant preference between Qymbrel and the full-precision IFRNet-L, which "
            "suggests that the integer design costs little in perceived quality."
        ),
        "spans": [
            ("Qymbrel", "M"), ("Video Frame Interpolation", "T"), ("Frame-rate up-conversion", "T"), ("RIFE", "M"),
            ("IFRNet-S", "M"), ("deformable convolutions", "M"), ("quantization-aware training", "M"),
            ("QAT", "M"), ("Vimeo90K", "D"), ("PSNR", "X"), ("post-training quantization", "M"), ("UCF101", "D"),
            ("Xiph-2K", "D"), ("MACs", "X"), ("average power draw", "X"), ("IFRNet-L", "M"),
        ],
        "results": [
            ("35.62 dB PSNR", "PSNR", 35.62, "dB", "Vimeo90K", "Qymbrel"),
            ("within 0.09 dB", "PSNR", 0.09, "dB", "Vimeo90K", "Qymbrel"),
            ("costs 0.71 dB", "PSNR", 0.71, "dB", "Vimeo90K", "post-training quantization"),
            ("PSNR values of 35.24", "PSNR", 35.24, "dB", "UCF101", "Qymbrel"),
            ("36.04 dB", "PSNR", 36.04, "dB", "Xiph-2K", "Qymbrel"),
            ("35.29", "PSNR", 35.29, "dB", "UCF101", "IFRNet-S"),
            ("35.95 dB", "PSNR", 35.95, "dB", "Xiph-2K", "IFRNet-S"),
            ("0.21T MACs", "MACs", 0.21, "T", None, "Qymbrel"),
            ("4.3\u00d7 fewer", "MACs reduction", 4.3, "\u00d7", None, "Qymbrel"),
            ("in 8.7 ms", "latency", 8.7, "ms", None, "Qymbrel"),
            ("27.4 ms for RIFE", "latency", 27.4, "ms", None, "RIFE"),
            ("average power draw is 1.1 W", "power draw", 1.1, "W", None, None),
        ],
    },
    {
        "field": "video-frame-interpolation",
        "title": "Qyfenwick: Motion-Conditioned Implicit Neural Representations for Space-Time Video Super-Resolution "
                 "with Non-Linear Motion",
        "text": (
            "Space-time video super-resolution (STVSR) raises both the spatial resolution and the frame rate of a "
            "video, and continuous variants such as VideoINR and MoTIF allow arbitrary upsampling factors in both "
            "dimensions by querying an implicit neural representation. These methods, however, decode each query "
            "from features warped by a single forward flow, which produces ghosting when motion is non-linear over "
            "the interval. We propose Qyfenwick, which models the motion between two input frames as a cubic "
            "trajectory per feature, estimated from four consecutive frames, and conditions a local implicit "
            "decoder on features sampled along this trajectory at the queried time. A temporal attention module "
            "aggregates the four frames before decoding. On Vid4 with \u00d74 spatial and \u00d72 temporal "
            "upsampling, Qyfenwick reaches 27.41 dB PSNR and 0.8372 SSIM on the Y channel, against 26.89 dB for "
            "Zooming Slow-Mo, 27.02 dB for RSTT and 27.13 dB for MoTIF. On Vimeo-Fast, Vimeo-Medium and "
            "Vimeo-Slow, the PSNR gains over MoTIF are 0.52, 0.31 and 0.18 dB, respectively, consistent with the largest benefit "
            "arising for fast, non-linear motion. For out-of-distribution factors, such as \u00d78 temporal "
            "upsampling on GoPro, Qyfenwick improves on VideoINR by 1.6 dB. Despite a size similar to MoTIF, "
            "Qyfenwick runs at 0.12 s per output frame at 720p, and it also serves as a strong video frame "
            "interpolation model when the spatial factor is set to one."
        ),
        "spans": [
            ("Qyfenwick", "M"), ("Implicit Neural Representations", "M"),
            ("Space-Time Video Super-Resolution", "T"), ("Space-time video super-resolution", "T"),
            ("STVSR", "T"), ("VideoINR", "M"), ("MoTIF", "M"), ("implicit neural representation", "M"),
            ("Vid4", "D"), ("PSNR", "X"), ("SSIM", "X"), ("Zooming Slow-Mo", "M"), ("RSTT", "M"),
            ("Vimeo-Fast", "D"), ("Vimeo-Medium", "D"), ("Vimeo-Slow", "D"), ("GoPro", "D"),
            ("video frame interpolation", "T"),
        ],
        "results": [
            ("27.41 dB PSNR", "PSNR", 27.41, "dB", "Vid4", "Qyfenwick"),
            ("0.8372 SSIM", "SSIM", 0.8372, None, "Vid4", "Qyfenwick"),
            ("26.89 dB for Zooming Slow-Mo", "PSNR", 26.89, "dB", "Vid4", "Zooming Slow-Mo"),
            ("27.02 dB for RSTT", "PSNR", 27.02, "dB", "Vid4", "RSTT"),
            ("27.13 dB for MoTIF", "PSNR", 27.13, "dB", "Vid4", "MoTIF"),
            ("0.52", "PSNR", 0.52, "dB", "Vimeo-Fast", None),
            ("0.31", "PSNR", 0.31, "dB", "Vimeo-Medium", None),
            ("0.18 dB", "PSNR", 0.18, "dB", "Vimeo-Slow", None),
            ("improves on VideoINR by 1.6 dB", "improvement", 1.6, "dB", "GoPro", "Qyfenwick"),
            ("runs at 0.12 s", "latency", 0.12, "s", None, "Qyfenwick"),
        ],
    },
]
