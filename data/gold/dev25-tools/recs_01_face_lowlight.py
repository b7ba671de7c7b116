"""dev25 records: face-recognition (6) and low-light-enhancement (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Ogrevane", "Ogthrell", "Ogmarrow", "Ogfenwick", "Ogwyrth", "Ogsorrel",
          "Oglumen", "Ogsolen", "Ognoctra", "Ogembre", "Ogmirk", "Ogvessa"]

RECS = [
    # ------------------------------------------------------------ face-recognition
    {
        "field": "face-recognition",
        "title": "Ogrevane: Norm-Calibrated Angular Margins for Face Recognition with Mixed-Quality Training Data",
        "text": (
            "Losses such as ArcFace, CosFace and AdaFace have driven most recent progress in face recognition, yet "
            "they apply one margin schedule to every sample, so low-quality images in web-crawled training sets either "
            "dominate the gradient or are ignored altogether. We propose Ogrevane, a loss that calibrates the angular "
            "margin of each sample by the running statistics of its feature norm and by the agreement between its "
            "positive logit and a momentum class center, requiring no extra network and no image quality labels. "
            "Trained on WebFace4M with an IResNet-100 backbone, Ogrevane reaches verification accuracies of 99.83% on "
            "LFW, 99.21% on CFP-FP, 98.27% on AgeDB-30, 96.20% on CALFW and 94.61% on CPLFW. On the mixed-quality "
            "IJB-B and IJB-C benchmarks, Ogrevane obtains TAR@FAR=1e-4 of 96.12% and 97.35%, respectively, improving "
            "on AdaFace (95.67% and 96.89%) under the same training set and backbone. The gains are largest on "
            "TinyFace, where Ogrevane raises rank-1 identification accuracy from 72.02% for AdaFace to 74.46%. When "
            "trained on MS1MV2, Ogrevane lifts IJB-C TAR@FAR=1e-4 by 0.41 points over ArcFace. Because the "
            "calibration reuses statistics already tracked during training, training time grows by less than 1%, and "
            "the deployed model is identical in size to an ArcFace model."
        ),
        "spans": [
            ("Ogrevane", "M"), ("Face Recognition", "T"), ("face recognition", "T"), ("ArcFace", "M"),
            ("CosFace", "M"), ("AdaFace", "M"), ("WebFace4M", "D"), ("IResNet-100", "M"),
            ("verification accuracies", "X"), ("LFW", "D"), ("CFP-FP", "D"), ("AgeDB-30", "D"), ("CALFW", "D"),
            ("CPLFW", "D"), ("IJB-B", "D"), ("IJB-C", "D"), ("TAR@FAR=1e-4", "X"), ("TinyFace", "D"),
            ("rank-1 identification accuracy", "X"), ("MS1MV2", "D"), ("training time", "X"),
        ],
        "results": [
            ("verification accuracies of 99.83% on LFW", "verification accuracy", 99.83, "%", "LFW", "Ogrevane"),
            ("99.21% on CFP-FP", "verification accuracy", 99.21, "%", "CFP-FP", "Ogrevane"),
            ("98.27% on AgeDB-30", "verification accuracy", 98.27, "%", "AgeDB-30", "Ogrevane"),
            ("96.20% on CALFW", "verification accuracy", 96.2, "%", "CALFW", "Ogrevane"),
            ("94.61% on CPLFW", "verification accuracy", 94.61, "%", "CPLFW", "Ogrevane"),
            ("TAR@FAR=1e-4 of 96.12%", "TAR@FAR=1e-4", 96.12, "%", "IJB-B", "Ogrevane"),
            ("97.35%", "TAR@FAR=1e-4", 97.35, "%", "IJB-C", "Ogrevane"),
            ("95.67%", "TAR@FAR=1e-4", 95.67, "%", "IJB-B", "AdaFace"),
            ("96.89%", "TAR@FAR=1e-4", 96.89, "%", "IJB-C", "AdaFace"),
            ("rank-1 identification accuracy from 72.02% for AdaFace", "rank-1 identification accuracy", 72.02, "%",
             "TinyFace", "AdaFace"),
            ("74.46%", "rank-1 identification accuracy", 74.46, "%", "TinyFace", "Ogrevane"),
            ("IJB-C TAR@FAR=1e-4 by 0.41 points", "TAR@FAR=1e-4", 0.41, "points", "IJB-C", "Ogrevane"),
            ("training time grows by less than 1%", "training time", 1, "%", None, None),
        ],
    },
    {
        "field": "face-recognition",
        "title": "Ogthrell: Disentangling Liveness and Style Prompts in CLIP for Face Anti-Spoofing on Unseen Domains",
        "text": (
            "Face anti-spoofing (FAS) models trained on a handful of source domains still fail when the capture "
            "device, illumination or attack instrument changes. Recent CLIP-based methods such as FLIP and CFPL-FAS "
            "improve domain generalization by aligning image features with class text prompts, but their prompts "
            "entangle liveness cues with domain-specific style. We present Ogthrell, which learns two sets of prompts "
            "for a frozen CLIP ViT-B/16 encoder, one for liveness and one for style, and decorrelates them through an "
            "orthogonality constraint and style mixing of visual tokens during training. At test time only the "
            "liveness prompts are kept, so inference costs no more than FLIP. Under the standard leave-one-domain-out "
            "protocols over four datasets, Ogthrell achieves HTERs of 1.94%, 0.71%, 3.12% and 2.05% on held-out "
            "OULU-NPU, CASIA-MFSD, Idiap Replay-Attack and MSU-MFSD, respectively, with an average HTER of 1.96% "
            "against 3.41% for FLIP and 2.87% for CFPL-FAS. In the limited-source setting that trains on MSU-MFSD and "
            "Idiap Replay-Attack only, Ogthrell reaches an AUC of 97.8% on CASIA-MFSD. On the WMCA dataset, Ogthrell "
            "lowers HTER on unseen attack types by 31% relative to the strongest CLIP baseline, which suggests that "
            "the disentangled prompts capture liveness cues rather than dataset-specific appearance."
        ),
        "spans": [
            ("Ogthrell", "M"), ("CLIP", "M"), ("Face Anti-Spoofing", "T"), ("Face anti-spoofing", "T"),
            ("FAS", "T"), ("FLIP", "M"), ("CFPL-FAS", "M"), ("domain generalization", "T"),
            ("CLIP ViT-B/16", "M"), ("HTERs", "X"), ("OULU-NPU", "D"), ("CASIA-MFSD", "D"),
            ("Idiap Replay-Attack", "D"), ("MSU-MFSD", "D"), ("average HTER", "X"), ("AUC", "X"), ("WMCA", "D"),
            ("HTER", "X"),
        ],
        "results": [
            ("HTERs of 1.94%", "HTER", 1.94, "%", "OULU-NPU", "Ogthrell"),
            ("0.71%", "HTER", 0.71, "%", "CASIA-MFSD", "Ogthrell"),
            ("3.12%", "HTER", 3.12, "%", "Idiap Replay-Attack", "Ogthrell"),
            ("2.05%", "HTER", 2.05, "%", "MSU-MFSD", "Ogthrell"),
            ("average HTER of 1.96%", "HTER", 1.96, "%", None, "Ogthrell"),
            ("3.41% for FLIP", "HTER", 3.41, "%", None, "FLIP"),
            ("2.87% for CFPL-FAS", "HTER", 2.87, "%", None, "CFPL-FAS"),
            ("AUC of 97.8%", "AUC", 97.8, "%", "CASIA-MFSD", "Ogthrell"),
            ("lowers HTER on unseen attack types by 31%", "HTER reduction", 31, "%", "WMCA", "Ogthrell"),
        ],
    },
    {
        "field": "face-recognition",
        "title": "Ogmarrow: Distilling Pairwise Angular Relations for Sub-Megabyte Face Verification on Edge Devices",
        "text": (
            "Deploying face verification on door locks and wearables demands models under one megabyte, far below "
            "the size of the IResNet backbones that top public leaderboards. Knowledge distillation narrows the gap, "
            "but feature-matching objectives transfer the teacher's embedding geometry poorly when the student has a "
            "fraction of its capacity. We introduce Ogmarrow, which distils the teacher's pairwise angular relations "
            "inside each mini-batch rather than its individual embeddings, and weights each pair by how hard the "
            "teacher finds it. The student is a MobileFaceNet whose channel widths are chosen by neural architecture "
            "search under an 8-bit integer constraint. Distilled from an ArcFace-trained IResNet-100 on MS1MV3, the "
            "student achieves 99.52% accuracy on LFW and 95.71% TAR@FAR=1e-4 on IJB-C, only 1.9 points below its "
            "teacher on IJB-C, while a student of the same size trained with plain ArcFace reaches 92.86%. On a "
            "Cortex-A55 core, Ogmarrow runs in 6.8 ms per face, 3.4\u00d7 faster than the original MobileFaceNet. "
            "Quantizing the student to 8-bit integers after training costs less than 0.1 points of accuracy on every "
            "benchmark we report. These results suggest that relational distillation, not student size, is the main "
            "bottleneck for on-device face recognition."
        ),
        "spans": [
            ("Ogmarrow", "M"), ("Face Verification", "T"), ("face verification", "T"), ("IResNet", "M"),
            ("Knowledge distillation", "M"), ("MobileFaceNet", "M"), ("neural architecture search", "M"),
            ("ArcFace", "M"), ("IResNet-100", "M"), ("MS1MV3", "D"), ("accuracy", "X"), ("LFW", "D"),
            ("TAR@FAR=1e-4", "X"), ("IJB-C", "D"), ("relational distillation", "M"), ("face recognition", "T"),
        ],
        "results": [
            ("99.52% accuracy on LFW", "accuracy", 99.52, "%", "LFW", None),
            ("95.71% TAR@FAR=1e-4 on IJB-C", "TAR@FAR=1e-4", 95.71, "%", "IJB-C", None),
            ("only 1.9 points below its teacher", "TAR@FAR=1e-4", 1.9, "points", "IJB-C", None),
            ("92.86%", "TAR@FAR=1e-4", 92.86, "%", "IJB-C", "ArcFace"),
            ("runs in 6.8 ms", "latency", 6.8, "ms", None, "Ogmarrow"),
            ("3.4\u00d7 faster", "speed-up", 3.4, "\u00d7", None, "Ogmarrow"),
            ("costs less than 0.1 points of accuracy", "accuracy", 0.1, "points", None, None),
        ],
    },
    {
        "field": "face-recognition",
        "title": "Ogfenwick: A Synthetic Face Dataset with Controlled Intra-Class Variation for Training Face "
                 "Recognition Models",
        "text": (
            "Concerns over consent have led to the withdrawal of web-scraped face datasets such as MS-Celeb-1M, and "
            "synthetic identities are increasingly used to train face recognition models in their place. Existing "
            "synthetic datasets, including SynFace, DigiFace-1M and DCFace, trade identity consistency against "
            "intra-class variety: images of one synthetic person either look alike or drift into different people. "
            "We release Ogfenwick, a dataset of 1.2 million images of 20,000 synthetic identities produced by a "
            "latent diffusion model conditioned on identity embeddings and on explicit pose, age, expression and "
            "illumination codes, with a consistency filter that discards samples whose similarity to the class "
            "prototype falls below an adaptive threshold. Training an IResNet-50 with AdaFace on Ogfenwick yields an "
            "average verification accuracy of 91.84% over LFW, CFP-FP, AgeDB-30, CALFW and CPLFW, compared with "
            "88.98% for DCFace and 84.37% for DigiFace-1M at the same number of images. On LFW alone the model "
            "reaches 98.95% accuracy, 0.6 points short of training on CASIA-WebFace. Mixing Ogfenwick with 10% of "
            "CASIA-WebFace narrows the remaining average gap to 0.7 points. Privacy audits with the generator's "
            "training identities find no identity that can be matched to Ogfenwick samples above chance. We also "
            "discuss the demographic imbalances that remain and release the generation code under a research license."
        ),
        "spans": [
            ("Ogfenwick", "D"), ("Face Recognition", "T"), ("face recognition", "T"), ("MS-Celeb-1M", "D"),
            ("SynFace", "D"), ("DigiFace-1M", "D"), ("DCFace", "D"), ("latent diffusion model", "M"),
            ("IResNet-50", "M"), ("AdaFace", "M"), ("average verification accuracy", "X"), ("LFW", "D"),
            ("CFP-FP", "D"), ("AgeDB-30", "D"), ("CALFW", "D"), ("CPLFW", "D"), ("accuracy", "X"),
            ("CASIA-WebFace", "D"),
        ],
        "results": [
            ("average verification accuracy of 91.84%", "verification accuracy", 91.84, "%", None, None),
            ("88.98% for DCFace", "verification accuracy", 88.98, "%", None, "DCFace"),
            ("84.37% for DigiFace-1M", "verification accuracy", 84.37, "%", None, "DigiFace-1M"),
            ("98.95% accuracy", "accuracy", 98.95, "%", "LFW", None),
            ("0.6 points short", "accuracy", 0.6, "points", "LFW", None),
            ("average gap to 0.7 points", "accuracy gap", 0.7, "points", None, None),
        ],
    },
    {
        "field": "face-recognition",
        "title": "Ogwyrth: Frequency-Aware Central Difference Convolution for Real-Time Presentation Attack Detection "
                 "on Smartphones",
        "text": (
            "Presentation attack detection (PAD) on smartphones has to run within a few milliseconds while resisting "
            "print, replay and 3D mask attacks. Central difference convolutional networks such as CDCN and CDCN++ "
            "remain strong on intra-dataset benchmarks, but their multi-scale depth decoders are too slow for mobile "
            "use. We propose Ogwyrth, a single-branch network that combines central difference convolution with "
            "learnable high-pass filters in the frequency domain and replaces the depth decoder with a pixel-wise "
            "binary supervision head that is discarded after training. Ogwyrth has 0.9M parameters and 0.31 GFLOPs, "
            "against 2.3M and 47.5 GFLOPs for CDCN++. On the four protocols of OULU-NPU, Ogwyrth obtains ACERs of "
            "0.4%, 1.1%, 1.0\u00b10.7% and 1.6\u00b11.3%, matching or improving on CDCN++ in every protocol. On the "
            "large-scale CelebA-Spoof benchmark, Ogwyrth reaches an AUC of 99.6% and an ACER of 1.8%, and on SiW-M, "
            "which covers 13 spoof types, it lowers the average EER from 7.9% for CDCN to 6.4%. On a Snapdragon 8 "
            "Gen 2 phone, Ogwyrth processes a frame in 4.2 ms, 11\u00d7 faster than CDCN++. An ablation shows that "
            "the frequency filters contribute most against replay attacks, where APCER falls by 2.3 points."
        ),
        "spans": [
            ("Ogwyrth", "M"), ("Central Difference Convolution", "M"), ("Presentation Attack Detection", "T"),
            ("Presentation attack detection", "T"), ("PAD", "T"), ("Central difference convolutional networks", "M"),
            ("CDCN", "M"), ("CDCN++", "M", {"punct": True}), ("central difference convolution", "M"),
            ("pixel-wise binary supervision", "M"), ("parameters", "X"), ("GFLOPs", "X"), ("OULU-NPU", "D"),
            ("ACERs", "X"), ("CelebA-Spoof", "D"), ("AUC", "X"), ("ACER", "X"), ("SiW-M", "D"),
            ("average EER", "X"), ("APCER", "X"),
        ],
        "results": [
            ("0.9M parameters", "parameters", 0.9, "M", None, "Ogwyrth"),
            ("0.31 GFLOPs", "FLOPs", 0.31, "G", None, "Ogwyrth"),
            ("2.3M", "parameters", 2.3, "M", None, "CDCN++"),
            ("47.5 GFLOPs", "FLOPs", 47.5, "G", None, "CDCN++"),
            ("ACERs of 0.4%", "ACER", 0.4, "%", "OULU-NPU", "Ogwyrth"),
            ("1.1%", "ACER", 1.1, "%", "OULU-NPU", "Ogwyrth"),
            ("1.0\u00b10.7%", "ACER", 1.0, "%", "OULU-NPU", "Ogwyrth"),
            ("1.6\u00b11.3%", "ACER", 1.6, "%", "OULU-NPU", "Ogwyrth"),
            ("AUC of 99.6%", "AUC", 99.6, "%", "CelebA-Spoof", "Ogwyrth"),
            ("ACER of 1.8%", "ACER", 1.8, "%", "CelebA-Spoof", "Ogwyrth"),
            ("average EER from 7.9% for CDCN", "EER", 7.9, "%", "SiW-M", "CDCN"),
            ("6.4%", "EER", 6.4, "%", "SiW-M", "Ogwyrth"),
            ("processes a frame in 4.2 ms", "latency", 4.2, "ms", None, "Ogwyrth"),
            ("11\u00d7 faster", "speed-up", 11, "\u00d7", None, "Ogwyrth"),
            ("APCER falls by 2.3 points", "APCER", 2.3, "points", None, None),
        ],
    },
    {
        "field": "face-recognition",
        "title": "Ogsorrel: Face Image Quality Assessment from Embedding Stability under Learned Degradations",
        "text": (
            "Face image quality assessment (FIQA) predicts how useful a face image will be to a recognition system, "
            "which matters for rejecting poor captures at enrollment and for weighting frames in video face "
            "recognition. Unsupervised approaches such as SER-FIQ estimate quality from the variation of embeddings "
            "under dropout and require many forward passes, while methods such as CR-FIQA and MagFace tie quality to "
            "a particular training loss. We propose Ogsorrel, which scores an image by how stable its embedding stays "
            "under a small, fixed set of learned degradations, namely blur, downsampling, compression and occlusion, "
            "and then distils this score into a regression head attached to any frozen recognition model. Following "
            "the standard protocol, we report error-versus-discard characteristic (EDC) curves and their partial area "
            "under the curve (pAUC) at an FMR of 1e-3 on seven benchmarks, LFW, AgeDB-30, CFP-FP, XQLFW, IJB-C, "
            "TinyFace and SCface, using four recognition models. Ogsorrel obtains the lowest pAUC on 23 of the 28 "
            "benchmark-model combinations and reduces the mean pAUC by 14% relative to CR-FIQA. Scoring requires one "
            "forward pass and adds 2.1 ms per image on a single GPU, about 100\u00d7 less compute than SER-FIQ. The "
            "learned degradations also transfer across recognition backbones, so the quality head can be trained "
            "once and reused."
        ),
        "spans": [
            ("Ogsorrel", "M"), ("Face Image Quality Assessment", "T"), ("Face image quality assessment", "T"),
            ("FIQA", "T"), ("video face recognition", "T"), ("SER-FIQ", "M"), ("dropout", "M"), ("CR-FIQA", "M"),
            ("MagFace", "M"), ("error-versus-discard characteristic", "X"), ("EDC", "X"),
            ("partial area under the curve", "X"), ("pAUC", "X"), ("mean pAUC", "X"), ("FMR", "X"), ("LFW", "D"),
            ("AgeDB-30", "D"), ("CFP-FP", "D"), ("XQLFW", "D"), ("IJB-C", "D"), ("TinyFace", "D"), ("SCface", "D"),
        ],
        "results": [
            ("lowest pAUC on 23 of the 28 benchmark-model combinations", "benchmark-model combinations ranked first",
             23, None, None, "Ogsorrel"),
            ("reduces the mean pAUC by 14%", "pAUC reduction", 14, "%", None, "Ogsorrel"),
            ("adds 2.1 ms per image", "scoring time", 2.1, "ms", None, None),
            ("100\u00d7 less compute", "compute reduction", 100, "\u00d7", None, None),
        ],
    },
    # ------------------------------------------------------------ low-light-enhancement
    {
        "field": "low-light-enhancement",
        "title": "Oglumen: Illumination-Ordered State Space Models for Low-Light Image Enhancement",
        "text": (
            "Low-light image enhancement (LLIE) must brighten dark regions while suppressing the noise and color "
            "casts that amplification exposes. Transformer-based methods such as Retinexformer model long-range "
            "illumination dependencies well but scale quadratically with resolution, whereas recent Mamba-based "
            "restorers scan the image in fixed raster orders that ignore where light actually falls. We present "
            "Oglumen, a Retinex-inspired network whose Mamba blocks scan features in an order derived from an "
            "estimated illumination map, so that tokens of similar brightness are processed together, and whose "
            "light-up branch predicts a pixel-wise gain instead of a full reflectance image. On LOL-v1, LOL-v2-real "
            "and LOL-v2-synthetic, Oglumen attains PSNR of 26.12 dB, 23.58 dB and 26.74 dB, respectively, surpassing "
            "Retinexformer (25.16, 22.80 and 25.67 dB) and RetinexMamba (24.03, 22.45 and 25.89 dB). SSIM improves "
            "on all three, reaching 0.871 on LOL-v2-real. On SDSD-indoor and SMID, Oglumen gains +0.85 dB and +0.37 "
            "dB in PSNR over Retinexformer. With 1.9M parameters and 13.4 GFLOPs at 256\u00d7256, Oglumen is 1.6\u00d7 "
            "faster than Retinexformer on a single RTX 4090 and processes a 4K frame in 0.21 s without patching. "
            "Without retraining, Oglumen also improves dark face detection on DARK FACE, raising the mAP of a "
            "RetinaFace detector from 0.312 to 0.347."
        ),
        "spans": [
            ("Oglumen", "M"), ("State Space Models", "M"), ("Low-Light Image Enhancement", "T"),
            ("Low-light image enhancement", "T"), ("LLIE", "T"), ("Transformer", "M"), ("Retinexformer", "M"),
            ("Mamba", "M"), ("Retinex", "M"), ("LOL-v1", "D"), ("LOL-v2-real", "D"), ("LOL-v2-synthetic", "D"),
            ("PSNR", "X"), ("RetinexMamba", "M"), ("SSIM", "X"), ("SDSD-indoor", "D"), ("SMID", "D"),
            ("parameters", "X"), ("GFLOPs", "X"), ("dark face detection", "T"), ("DARK FACE", "D"), ("mAP", "X"),
            ("RetinaFace", "M"),
        ],
        "results": [
            ("PSNR of 26.12 dB", "PSNR", 26.12, "dB", "LOL-v1", "Oglumen"),
            ("23.58 dB", "PSNR", 23.58, "dB", "LOL-v2-real", "Oglumen"),
            ("26.74 dB", "PSNR", 26.74, "dB", "LOL-v2-synthetic", "Oglumen"),
            ("25.16", "PSNR", 25.16, "dB", "LOL-v1", "Retinexformer"),
            ("22.80", "PSNR", 22.8, "dB", "LOL-v2-real", "Retinexformer"),
            ("25.67 dB", "PSNR", 25.67, "dB", "LOL-v2-synthetic", "Retinexformer"),
            ("24.03", "PSNR", 24.03, "dB", "LOL-v1", "RetinexMamba"),
            ("22.45", "PSNR", 22.45, "dB", "LOL-v2-real", "RetinexMamba"),
            ("25.89 dB", "PSNR", 25.89, "dB", "LOL-v2-synthetic", "RetinexMamba"),
            ("SSIM improves on all three, reaching 0.871", "SSIM", 0.871, None, "LOL-v2-real", None),
            ("+0.85 dB", "PSNR", 0.85, "dB", "SDSD-indoor", "Oglumen"),
            ("+0.37 dB in PSNR", "PSNR", 0.37, "dB", "SMID", "Oglumen"),
            ("1.9M parameters", "parameters", 1.9, "M", None, "Oglumen"),
            ("13.4 GFLOPs", "FLOPs", 13.4, "G", None, "Oglumen"),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", None, "Oglumen"),
            ("processes a 4K frame in 0.21 s", "latency", 0.21, "s", None, "Oglumen"),
            ("mAP of a RetinaFace detector from 0.312 to 0.347", "mAP", 0.347, None, "DARK FACE", "Oglumen"),
        ],
    },
    {
        "field": "low-light-enhancement",
        "title": "Ogsolen: Teaching Lightweight Low-Light Enhancers Where to Brighten with Semantic Exposure Targets",
        "text": (
            "Paired training data for low-light image enhancement are expensive to collect and rarely cover the "
            "scenes an enhancement model meets after deployment, which makes zero-reference methods such as Zero-DCE, "
            "RUAS and SCI attractive. These methods, however, optimize hand-crafted exposure and smoothness losses "
            "that treat every pixel alike, so skies get overexposed and dark clothing turns gray. We propose "
            "Ogsolen, which keeps the lightweight curve-estimation design of Zero-DCE++ but sets the target exposure "
            "of each region from a frozen segmentation model and a CLIP prompt describing well-lit images, both used "
            "only during training. The resulting enhancer needs no paired or unpaired normal-light references. On "
            "the unpaired LIME, NPE, MEF, DICM and VV sets, Ogsolen achieves the best average NIQE (3.71) and BRISQUE "
            "(21.4) among zero-reference methods, against 4.02 and 24.9 for SCI. On the paired LOL test set, which is "
            "never seen in training, Ogsolen reaches 21.05 dB PSNR, 2.1 dB above Zero-DCE++. In a user study with 32 "
            "participants, Ogsolen was preferred over CLIP-LIT in 71% of comparisons. Ogsolen enhances a 1080p frame "
            "in 1.3 ms on a mobile GPU, which makes it suitable as a preprocessing step for night-time video "
            "analytics."
        ),
        "spans": [
            ("Ogsolen", "M"), ("low-light image enhancement", "T"), ("Zero-DCE", "M"), ("RUAS", "M"), ("SCI", "M"),
            ("Zero-DCE++", "M", {"punct": True}), ("CLIP", "M"), ("LIME", "D"), ("NPE", "D"), ("MEF", "D"),
            ("DICM", "D"), ("VV", "D"), ("average NIQE", "X"), ("BRISQUE", "X"), ("LOL", "D"), ("PSNR", "X"),
            ("CLIP-LIT", "M"),
        ],
        "results": [
            ("average NIQE (3.71)", "NIQE", 3.71, None, None, "Ogsolen"),
            ("BRISQUE (21.4)", "BRISQUE", 21.4, None, None, "Ogsolen"),
            ("4.02", "NIQE", 4.02, None, None, "SCI"),
            ("24.9", "BRISQUE", 24.9, None, None, "SCI"),
            ("21.05 dB PSNR", "PSNR", 21.05, "dB", "LOL", "Ogsolen"),
            ("2.1 dB above", "PSNR", 2.1, "dB", "LOL", "Ogsolen"),
            ("preferred over CLIP-LIT in 71% of comparisons", "win rate", 71, "%", None, "Ogsolen"),
            ("enhances a 1080p frame in 1.3 ms", "latency", 1.3, "ms", None, "Ogsolen"),
        ],
    },
    {
        "field": "low-light-enhancement",
        "title": "Ognoctra: Calibration-Free Noise Synthesis for Extreme Low-Light Raw Image Denoising",
        "text": (
            "Learning-based raw denoising for extreme low-light photography depends on realistic training noise, yet "
            "physics-based noise models such as the one behind ELD must be calibrated for every camera sensor, and "
            "generative noise models trained on paired data rarely transfer to new sensors. We propose Ognoctra, "
            "which learns a sensor-agnostic noise generator from dark frames alone: a conditional normalizing flow "
            "models the signal-independent read noise, including row noise and fixed-pattern components, while shot "
            "noise follows an analytic Poisson model whose system gain is estimated from a single flat-field image. "
            "With a standard UNet denoiser, Ognoctra reaches PSNR of 42.86 dB, 39.74 dB and 36.51 dB on the \u00d7100, "
            "\u00d7250 and \u00d7300 subsets of the SID Sony test set, respectively, on average 0.44 dB above "
            "calibrated ELD noise. Training on paired real data, by contrast, reaches 35.32 dB PSNR at \u00d7300. On "
            "the ELD dataset, gains over PMN reach 0.6 dB PSNR and 0.012 SSIM. Because Ognoctra needs only dark "
            "frames, adapting to an unseen sensor takes about 20 minutes of capture, compared with several hours for "
            "a full calibration. When applied to the smartphone sensors of the LRD dataset, models trained with "
            "Ognoctra noise reduce LPIPS by 18% relative to those trained with ELD noise."
        ),
        "spans": [
            ("Ognoctra", "M"), ("Noise Synthesis", "T"), ("Low-Light Raw Image Denoising", "T"),
            ("raw denoising", "T"), ("ELD", "M", {"only": [0, 1, 3]}), ("ELD", "D", {"only": [2]}),
            ("normalizing flow", "M"), ("UNet", "M"), ("PSNR", "X"), ("SID Sony", "D"), ("PMN", "M"),
            ("SSIM", "X"), ("LRD", "D"), ("LPIPS", "X"),
        ],
        "results": [
            ("PSNR of 42.86 dB", "PSNR", 42.86, "dB", "SID Sony", "Ognoctra"),
            ("39.74 dB", "PSNR", 39.74, "dB", "SID Sony", "Ognoctra"),
            ("36.51 dB", "PSNR", 36.51, "dB", "SID Sony", "Ognoctra"),
            ("0.44 dB above", "PSNR", 0.44, "dB", "SID Sony", "Ognoctra"),
            ("35.32 dB PSNR", "PSNR", 35.32, "dB", None, None),
            ("0.6 dB PSNR", "PSNR", 0.6, "dB", "ELD", None),
            ("0.012 SSIM", "SSIM", 0.012, None, "ELD", None),
            ("takes about 20 minutes", "adaptation time", 20, "min", None, None),
            ("reduce LPIPS by 18%", "LPIPS reduction", 18, "%", "LRD", "Ognoctra"),
        ],
    },
    {
        "field": "low-light-enhancement",
        "title": "Ogembre: One-Step Diffusion for Low-Light Image Enhancement via Illumination-Consistent Distillation",
        "text": (
            "Diffusion models produce the most natural-looking results in low-light image enhancement, but methods "
            "such as Diff-Retinex, GSAD and PyDiff need tens to hundreds of denoising steps and occasionally "
            "hallucinate textures that are absent from the input. We introduce Ogembre, which distils a "
            "Retinex-conditioned teacher diffusion model into a one-step student by combining consistency "
            "distillation with an illumination-consistency loss that ties the student's output to the reflectance "
            "estimated from the input. The student is initialized from Stable Diffusion 2.1 and fine-tuned with LoRA "
            "adapters, so only 4.3% of its weights are trained. Ogembre achieves PSNR/SSIM/LPIPS of 27.31 "
            "dB/0.879/0.081 on LOL-v2-real and 28.04 dB/0.935/0.047 on LOL-v2-synthetic, while GSAD obtains 27.84 "
            "dB/0.876/0.092 and 28.67 dB/0.944/0.052 with 10 sampling steps. On the unpaired LIME, DICM and MEF "
            "benchmarks, Ogembre achieves the best MUSIQ among all compared methods. Inference takes 78 ms per "
            "600\u00d7400 image on an A100, a 12\u00d7 speed-up over GSAD and 40\u00d7 over PyDiff, and the "
            "hallucination rate judged by annotators drops from 9.4% to 2.1%. We also show that one-step enhancement "
            "benefits low-light object detection on ExDark, where the mAP@0.5 of a YOLOv8 detector improves from "
            "67.9 to 70.3."
        ),
        "spans": [
            ("Ogembre", "M"), ("Diffusion", "M", {"notext": True}), ("Low-Light Image Enhancement", "T"),
            ("Distillation", "M"), ("Diffusion models", "M"), ("low-light image enhancement", "T"),
            ("Diff-Retinex", "M"), ("GSAD", "M"), ("PyDiff", "M"), ("Retinex", "M"), ("diffusion model", "M"),
            ("consistency distillation", "M"), ("Stable Diffusion 2.1", "M"), ("LoRA", "M"), ("PSNR", "X"),
            ("SSIM", "X"), ("LPIPS", "X"), ("LOL-v2-real", "D"), ("LOL-v2-synthetic", "D"), ("LIME", "D"),
            ("DICM", "D"), ("MEF", "D"), ("MUSIQ", "X"), ("hallucination rate", "X"), ("speed-up", "X"),
            ("low-light object detection", "T"), ("ExDark", "D"), ("mAP@0.5", "X"), ("YOLOv8", "M"),
        ],
        "results": [
            ("27.31 dB", "PSNR", 27.31, "dB", "LOL-v2-real", "Ogembre"),
            ("0.879", "SSIM", 0.879, None, "LOL-v2-real", "Ogembre"),
            ("0.081", "LPIPS", 0.081, None, "LOL-v2-real", "Ogembre"),
            ("28.04 dB", "PSNR", 28.04, "dB", "LOL-v2-synthetic", "Ogembre"),
            ("0.935", "SSIM", 0.935, None, "LOL-v2-synthetic", "Ogembre"),
            ("0.047", "LPIPS", 0.047, None, "LOL-v2-synthetic", "Ogembre"),
            ("27.84 dB", "PSNR", 27.84, "dB", "LOL-v2-real", "GSAD"),
            ("0.876", "SSIM", 0.876, None, "LOL-v2-real", "GSAD"),
            ("0.092", "LPIPS", 0.092, None, "LOL-v2-real", "GSAD"),
            ("28.67 dB", "PSNR", 28.67, "dB", "LOL-v2-synthetic", "GSAD"),
            ("0.944", "SSIM", 0.944, None, "LOL-v2-synthetic", "GSAD"),
            ("0.052", "LPIPS", 0.052, None, "LOL-v2-synthetic", "GSAD"),
            ("Inference takes 78 ms", "inference time", 78, "ms", None, None),
            ("12\u00d7 speed-up", "speed-up", 12, "\u00d7", None, None),
            ("40\u00d7 over PyDiff", "speed-up", 40, "\u00d7", None, None),
            ("hallucination rate judged by annotators drops from 9.4% to 2.1%", "hallucination rate", 2.1, "%",
             None, None),
            ("mAP@0.5 of a YOLOv8 detector improves from 67.9 to 70.3", "mAP@0.5", 70.3, None, "ExDark", None),
        ],
    },
    {
        "field": "low-light-enhancement",
        "title": "Ogmirk: A Real-World Benchmark with Moving Scenes for Low-Light Image Enhancement",
        "text": (
            "Most low-light image enhancement models are trained and evaluated on LOL and its successors, whose "
            "static scenes, short exposures captured seconds apart and limited sensor diversity hide several failure "
            "modes. We introduce Ogmirk, a benchmark of 2,460 real image pairs captured with eleven cameras and "
            "smartphones, in which normal-light references are obtained by burst fusion with flow-based alignment, "
            "so that scenes can contain moving people, vehicles and foliage. Each pair is annotated with its noise "
            "level, its illuminance in lux and a motion mask. We retrain and evaluate 14 representative methods, from "
            "Retinex-Net and KinD++ to SNR-Aware, LLFormer, Retinexformer and HVI-CIDNet, together with general "
            "restoration backbones such as Restormer and NAFNet. The best model on LOL-v2-real drops from 24.1 dB to "
            "19.6 dB PSNR on Ogmirk, and the rankings of methods on the two benchmarks correlate only weakly (Kendall "
            "\u03c4 = 0.38). Regions covered by the motion mask account for most of the error: PSNR inside them is on "
            "average 4.7 dB lower than in static regions. Methods that model noise explicitly degrade least, and "
            "HVI-CIDNet is the most robust, with 21.3 dB PSNR and 0.742 SSIM. We release the data, the capture "
            "pipeline and an evaluation server to encourage low-light models that hold up outside the lab."
        ),
        "spans": [
            ("Ogmirk", "D"), ("Low-Light Image Enhancement", "T"), ("low-light image enhancement", "T"),
            ("LOL", "D"), ("Retinex-Net", "M"), ("KinD++", "M", {"punct": True}), ("SNR-Aware", "M"),
            ("LLFormer", "M"), ("Retinexformer", "M"), ("HVI-CIDNet", "M"), ("Restormer", "M"), ("NAFNet", "M"),
            ("LOL-v2-real", "D"), ("PSNR", "X"), ("Kendall \u03c4", "X"), ("SSIM", "X"),
        ],
        "results": [
            ("from 24.1 dB to 19.6 dB PSNR", "PSNR", 19.6, "dB", "Ogmirk", None),
            ("Kendall \u03c4 = 0.38", "Kendall \u03c4", 0.38, None, None, None),
            ("PSNR inside them is on average 4.7 dB lower", "PSNR", 4.7, "dB", None, None),
            ("21.3 dB PSNR", "PSNR", 21.3, "dB", None, "HVI-CIDNet"),
            ("0.742 SSIM", "SSIM", 0.742, None, None, "HVI-CIDNet"),
        ],
    },
    {
        "field": "low-light-enhancement",
        "title": "Ogvessa: Learned 3D Lookup Tables with Noise-Aware Bilateral Grids for Real-Time 4K Low-Light "
                 "Enhancement",
        "text": (
            "Low-light enhancers with state-of-the-art fidelity, including Retinexformer and SNR-Aware, cost tens of "
            "GFLOPs per megapixel and cannot perform low-light enhancement on 4K video in real time on a phone. "
            "Image-adaptive 3D lookup tables (3D LUTs) are fast, but as pointwise color mappings they cannot suppress "
            "the noise that brightening reveals. We propose Ogvessa, which predicts a small set of basis 3D LUTs from "
            "a 256-pixel thumbnail and blends them per pixel through a bilateral grid whose guidance map also steers "
            "a lightweight denoiser, so that denoising strength follows the local gain. Ogvessa has 0.28M parameters "
            "and requires 0.9 GFLOPs for a 4K image. On LOL-v1, Ogvessa reaches 24.37 dB PSNR and 0.852 SSIM, within "
            "0.8 dB of Retinexformer while using 62\u00d7 fewer FLOPs, and on MIT-Adobe FiveK it attains 25.9 dB "
            "PSNR, ahead of AdaInt (25.5 dB) and SepLUT (25.4 dB). Processing a 3840\u00d72160 frame takes 7.6 ms on "
            "an RTX 3090 and 31 ms on a Snapdragon 8 Gen 3, with a peak memory of 190 MB. Against Zero-DCE++, the "
            "fastest learned baseline we evaluate, Ogvessa improves PSNR on LOL-v1 by 5.9 dB at comparable speed. "
            "Ablations attribute 1.4 dB of the gain to the guided denoiser."
        ),
        "spans": [
            ("Ogvessa", "M"), ("3D Lookup Tables", "M"), ("Bilateral Grids", "M"), ("Low-Light Enhancement", "T"),
            ("Retinexformer", "M"), ("SNR-Aware", "M"), ("GFLOPs", "X"), ("low-light enhancement", "T"),
            ("Image-adaptive 3D lookup tables", "M"), ("3D LUTs", "M"), ("bilateral grid", "M"),
            ("parameters", "X"), ("LOL-v1", "D"), ("PSNR", "X"), ("SSIM", "X"), ("FLOPs", "X"),
            ("MIT-Adobe FiveK", "D"), ("AdaInt", "M"), ("SepLUT", "M"), ("peak memory", "X"),
            ("Zero-DCE++", "M", {"punct": True}),
        ],
        "results": [
            ("0.28M parameters", "parameters", 0.28, "M", None, "Ogvessa"),
            ("0.9 GFLOPs", "FLOPs", 0.9, "G", None, "Ogvessa"),
            ("24.37 dB PSNR", "PSNR", 24.37, "dB", "LOL-v1", "Ogvessa"),
            ("0.852 SSIM", "SSIM", 0.852, None, "LOL-v1", "Ogvessa"),
            ("within 0.8 dB", "PSNR", 0.8, "dB", "LOL-v1", "Ogvessa"),
            ("62\u00d7 fewer FLOPs", "FLOPs reduction", 62, "\u00d7", "LOL-v1", "Ogvessa"),
            ("25.9 dB PSNR", "PSNR", 25.9, "dB", "MIT-Adobe FiveK", "Ogvessa"),
            ("25.5 dB", "PSNR", 25.5, "dB", "MIT-Adobe FiveK", "AdaInt"),
            ("25.4 dB", "PSNR", 25.4, "dB", "MIT-Adobe FiveK", "SepLUT"),
            ("takes 7.6 ms", "processing time", 7.6, "ms", None, None),
            ("31 ms", "processing time", 31, "ms", None, None),
            ("peak memory of 190 MB", "peak memory", 190, "MB", None, None),
            ("improves PSNR on LOL-v1 by 5.9 dB", "PSNR", 5.9, "dB", "LOL-v1", "Ogvessa"),
            ("1.4 dB of the gain", "improvement", 1.4, "dB", None, None),
        ],
    },
]
