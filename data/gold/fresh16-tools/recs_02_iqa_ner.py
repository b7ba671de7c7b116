"""fresh16 records: image-quality-assessment (6) and named-entity-recognition (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline, its
knowledge base and its output were never looked at or run."""

COINED = ["Gwennor", "Gwastel", "Gwarrick", "Gwimble", "Gwaspen", "Gwerrow", "Gwelmark",
          "Gwaltrin", "Gwobury", "Gwenlock", "Gwythan", "Gwesper", "Gwindle"]

RECS = [
    # ------------------------------------------------------------ image-quality-assessment
    {
        "field": "image-quality-assessment",
        "title": "Gwennor: Anchoring CLIP Quality Prompts to Image-Conditioned Reference Tokens for Blind Image "
                 "Quality Assessment",
        "text": (
            "Blind image quality assessment (BIQA) aims to predict the perceived quality of an image without access "
            "to a pristine reference. Vision-language models such as CLIP have recently been adapted to BIQA through "
            "antonym prompt pairs, as in CLIP-IQA, or through multitask learning, as in LIQE, but a fixed pair of "
            "textual anchors captures neither the diversity of authentic distortions nor the content dependence of "
            "human judgements. We present Gwennor, which learns a small bank of distortion-aware reference tokens and "
            "conditions the quality prompt on the visual features of each image, so that the text anchor moves with "
            "content while both CLIP encoders stay frozen. On six standard benchmarks, Gwennor obtains SRCC values of "
            "0.928, 0.897, 0.934 and 0.931 on KonIQ-10k, LIVE Challenge, SPAQ and KADID-10k, respectively, and 0.979 "
            "and 0.962 on LIVE and CSIQ. Gwennor exceeds LIQE by 0.009 and 0.018 SRCC on KonIQ-10k and LIVE "
            "Challenge, respectively, and raises PLCC on KADID-10k from 0.912 for the Transformer-based MANIQA to "
            "0.940. In cross-dataset tests, Gwennor trained on KonIQ-10k reaches an SRCC of 0.842 on LIVE Challenge, "
            "0.036 above TReS. Ablations show that image-conditioned prompts account for most of the gain on "
            "authentic distortions, whereas the reference tokens matter most for synthetic ones."
        ),
        "spans": [
            ("Gwennor", "M"), ("CLIP", "M"), ("Blind Image Quality Assessment", "T"),
            ("Blind image quality assessment", "T"), ("BIQA", "T"), ("Vision-language models", "M"),
            ("CLIP-IQA", "M"), ("multitask learning", "M"), ("LIQE", "M"), ("SRCC", "X"), ("KonIQ-10k", "D"),
            ("LIVE Challenge", "D"), ("SPAQ", "D"), ("KADID-10k", "D"), ("LIVE", "D"), ("CSIQ", "D"),
            ("PLCC", "X"), ("Transformer", "M"), ("MANIQA", "M"), ("TReS", "M"),
        ],
        "results": [
            ("0.928", "SRCC", 0.928, None, "KonIQ-10k", "Gwennor"),
            ("0.897", "SRCC", 0.897, None, "LIVE Challenge", "Gwennor"),
            ("0.934", "SRCC", 0.934, None, "SPAQ", "Gwennor"),
            ("0.931", "SRCC", 0.931, None, "KADID-10k", "Gwennor"),
            ("0.979", "SRCC", 0.979, None, "LIVE", "Gwennor"),
            ("0.962", "SRCC", 0.962, None, "CSIQ", "Gwennor"),
            ("0.009", "SRCC", 0.009, None, "KonIQ-10k", "Gwennor"),
            ("0.018 SRCC", "SRCC", 0.018, None, "LIVE Challenge", "Gwennor"),
            ("PLCC on KADID-10k from 0.912", "PLCC", 0.912, None, "KADID-10k", "MANIQA"),
            ("0.940", "PLCC", 0.94, None, "KADID-10k", "Gwennor"),
            ("SRCC of 0.842", "SRCC", 0.842, None, "LIVE Challenge", "Gwennor"),
            ("0.036 above", "SRCC", 0.036, None, "LIVE Challenge", "Gwennor"),
        ],
    },
    {
        "field": "image-quality-assessment",
        "title": "Gwastel: Shift-Tolerant Wavelet Feature Distances for Full-Reference Image Quality Assessment",
        "text": (
            "Full-reference image quality assessment (FR-IQA) measures such as PSNR, SSIM and MS-SSIM penalise the "
            "plausible textures synthesised by GAN-based super-resolution and diffusion models, while deep feature "
            "distances such as LPIPS and DISTS tolerate texture resampling but remain sensitive to small misalignments "
            "between the reference and the distorted image. We propose Gwastel, a distance that compares VGG-16 "
            "features after a learnable dual-tree complex wavelet transform, matching high-frequency sub-bands by "
            "their local statistics and low-frequency sub-bands point by point. The resulting measure tolerates "
            "sub-pixel shifts and texture substitution yet keeps the sensitivity of structural comparison in flat "
            "regions. Gwastel is trained on KADID-10k only, with a pairwise ranking objective. On PIPAL, whose "
            "distortions include the outputs of many GAN-based restoration methods, Gwastel achieves an SRCC of "
            "0.862 and a KRCC of 0.674, ahead of DISTS (0.813 / 0.626) and LPIPS (0.790 / 0.584), and matches AHIQ, "
            "the winner of the NTIRE 2022 Perceptual Image Quality Assessment Challenge, with 5.3\u00d7 fewer FLOPs. "
            "On TID2013 it reaches 0.901 SRCC. On the BAPPS benchmark of human perceptual judgements, Gwastel attains "
            "a 2AFC accuracy of 71.2%, compared with 69.2% for LPIPS. Gwastel evaluates a 512\u00d7512 image pair in "
            "9 ms on a single GPU, and it is released as a drop-in replacement for LPIPS in evaluation scripts."
        ),
        "spans": [
            ("Gwastel", "M"), ("Full-Reference Image Quality Assessment", "T"),
            ("Full-reference image quality assessment", "T"), ("FR-IQA", "T"), ("PSNR", "X"), ("SSIM", "X"),
            ("MS-SSIM", "X"), ("GAN", "M"), ("super-resolution", "T"), ("diffusion models", "M"), ("LPIPS", "X"),
            ("DISTS", "X"), ("VGG-16", "M"), ("dual-tree complex wavelet transform", "M"), ("KADID-10k", "D"),
            ("PIPAL", "D"), ("SRCC", "X"), ("KRCC", "X"), ("AHIQ", "M"),
            ("NTIRE 2022 Perceptual Image Quality Assessment Challenge", "D"), ("FLOPs", "X"), ("TID2013", "D"),
            ("BAPPS", "D"), ("2AFC accuracy", "X"),
        ],
        "results": [
            ("SRCC of 0.862", "SRCC", 0.862, None, "PIPAL", "Gwastel"),
            ("KRCC of 0.674", "KRCC", 0.674, None, "PIPAL", "Gwastel"),
            ("0.813", "SRCC", 0.813, None, "PIPAL", "DISTS"),
            ("0.626", "KRCC", 0.626, None, "PIPAL", "DISTS"),
            ("0.790", "SRCC", 0.79, None, "PIPAL", "LPIPS"),
            ("0.584", "KRCC", 0.584, None, "PIPAL", "LPIPS"),
            ("5.3\u00d7 fewer FLOPs", "FLOPs reduction", 5.3, "\u00d7", "PIPAL", "Gwastel"),
            ("0.901 SRCC", "SRCC", 0.901, None, "TID2013", None),
            ("2AFC accuracy of 71.2%", "2AFC accuracy", 71.2, "%", "BAPPS", "Gwastel"),
            ("69.2% for LPIPS", "2AFC accuracy", 69.2, "%", "BAPPS", "LPIPS"),
            ("in 9 ms", "latency", 9, "ms", None, "Gwastel"),
        ],
    },
    {
        "field": "image-quality-assessment",
        "title": "Gwarrick: Fragment-Sparse Spatiotemporal Tokens for Efficient Blind Video Quality Assessment of "
                 "User-Generated Content",
        "text": (
            "No-reference video quality assessment (VQA) of user-generated content must cope with mixed capture "
            "artefacts, compression and temporal instabilities at resolutions up to 4K. Fragment sampling, introduced "
            "by FAST-VQA and reused in DOVER, keeps local texture at native resolution, but every fragment is still "
            "processed by a dense Video Swin Transformer whose cost grows with clip length. We propose Gwarrick, which "
            "scores fragments with a lightweight saliency head and forwards only the most informative quarter of "
            "spatiotemporal tokens to the backbone, while a motion branch built on SlowFast features summarises the "
            "discarded ones. Trained on LSVQ, Gwarrick reaches SRCC/PLCC of 0.897/0.895 on LSVQ-test and 0.802/0.821 "
            "on the harder LSVQ-1080p. Gwarrick transfers without fine-tuning to KoNViD-1k, LIVE-VQC and YouTube-UGC "
            "with SRCC of 0.872, 0.815 and 0.811, respectively, within 0.01 of DOVER on all three. After fine-tuning "
            "on YouTube-UGC, Gwarrick's SRCC rises to 0.902, compared with 0.890 for DOVER and 0.858 for FAST-VQA. "
            "The main benefit is efficiency: Gwarrick needs 91 GFLOPs per clip, 3.9\u00d7 fewer than DOVER, and "
            "processes an 8-second 1080p video in 48 ms on an RTX 4090, a 2.7\u00d7 speed-up over FAST-VQA. Peak GPU "
            "memory during inference falls from 6.1 GB to 2.4 GB."
        ),
        "spans": [
            ("Gwarrick", "M"), ("Blind Video Quality Assessment", "T"), ("No-reference video quality assessment", "T"),
            ("VQA", "T"), ("Fragment sampling", "M"), ("FAST-VQA", "M"), ("DOVER", "M"),
            ("Video Swin Transformer", "M"), ("SlowFast", "M"), ("LSVQ", "D"), ("LSVQ-test", "D"),
            ("LSVQ-1080p", "D"), ("SRCC", "X"), ("PLCC", "X"), ("KoNViD-1k", "D"), ("LIVE-VQC", "D"),
            ("YouTube-UGC", "D"), ("GFLOPs", "X"), ("speed-up", "X"), ("Peak GPU memory", "X"),
        ],
        "results": [
            ("0.897", "SRCC", 0.897, None, "LSVQ-test", "Gwarrick"),
            ("0.895", "PLCC", 0.895, None, "LSVQ-test", "Gwarrick"),
            ("0.802", "SRCC", 0.802, None, "LSVQ-1080p", "Gwarrick"),
            ("0.821", "PLCC", 0.821, None, "LSVQ-1080p", "Gwarrick"),
            ("0.872", "SRCC", 0.872, None, "KoNViD-1k", "Gwarrick"),
            ("0.815", "SRCC", 0.815, None, "LIVE-VQC", "Gwarrick"),
            ("0.811", "SRCC", 0.811, None, "YouTube-UGC", "Gwarrick"),
            ("within 0.01", "SRCC", 0.01, None, None, "Gwarrick"),
            ("SRCC rises to 0.902", "SRCC", 0.902, None, "YouTube-UGC", "Gwarrick"),
            ("0.890 for DOVER", "SRCC", 0.89, None, "YouTube-UGC", "DOVER"),
            ("0.858 for FAST-VQA", "SRCC", 0.858, None, "YouTube-UGC", "FAST-VQA"),
            ("91 GFLOPs", "FLOPs", 91, "G", None, "Gwarrick"),
            ("3.9\u00d7 fewer", "FLOPs reduction", 3.9, "\u00d7", None, "Gwarrick"),
            ("in 48 ms", "latency", 48, "ms", None, "Gwarrick"),
            ("2.7\u00d7 speed-up", "speed-up", 2.7, "\u00d7", None, "Gwarrick"),
            ("Peak GPU memory during inference falls from 6.1 GB to 2.4 GB", "peak GPU memory", 2.4, "GB", None,
             None),
        ],
    },
    {
        "field": "image-quality-assessment",
        "title": "Gwimble: Teaching Multimodal Large Language Models to Compare Before They Score in Image Quality "
                 "Assessment",
        "text": (
            "Multimodal large language models (MLLMs) can describe low-level visual attributes, and instruction-tuned "
            "raters such as Q-Align and Compare2Score map their token probabilities to quality scores. Absolute "
            "ratings predicted from a single image are, however, poorly calibrated across datasets whose subjective "
            "scores were collected under different protocols and scales. We introduce Gwimble, which fine-tunes "
            "mPLUG-Owl2 with LoRA on pairwise comparisons sampled within and across six IQA datasets and, at "
            "inference, converts comparison outcomes against a fixed set of 20 anchor images into a score with a "
            "Thurstone Case V model. A single Gwimble model trained jointly on KonIQ-10k, SPAQ, KADID-10k, PIPAL, LIVE "
            "Challenge and AGIQA-3K ranks first on 5 of the 6 test sets and attains an average SRCC of 0.886, "
            "compared with 0.861 for Q-Align and 0.854 for Compare2Score trained on the same mixture. The largest "
            "gain appears on the AI-generated images of AGIQA-3K, where SRCC increases by 0.047 over Q-Align. On the "
            "perception subset of Q-Bench, Gwimble answers low-level multiple-choice questions with 74.3% accuracy, "
            "showing that comparative training does not erode its descriptive abilities. Because anchor comparisons "
            "multiply the inference cost, we also distil a single-pass variant, Gwimble-S, which keeps 98.6% of the "
            "full model's average SRCC while running 19\u00d7 faster."
        ),
        "spans": [
            ("Gwimble", "M"), ("Gwimble-S", "M"), ("Multimodal Large Language Models", "M"),
            ("Multimodal large language models", "M"), ("MLLMs", "M"), ("Image Quality Assessment", "T"),
            ("Q-Align", "M"), ("Compare2Score", "M"), ("mPLUG-Owl2", "M"), ("LoRA", "M"), ("IQA", "T"),
            ("Thurstone Case V model", "M"), ("KonIQ-10k", "D"), ("SPAQ", "D"), ("KADID-10k", "D"), ("PIPAL", "D"),
            ("LIVE Challenge", "D"), ("AGIQA-3K", "D"), ("average SRCC", "X"), ("SRCC", "X"), ("Q-Bench", "D"),
            ("accuracy", "X"),
        ],
        "results": [
            ("ranks first on 5 of the 6 test sets", "test sets ranked first", 5, None, None, "Gwimble"),
            ("average SRCC of 0.886", "SRCC", 0.886, None, None, "Gwimble"),
            ("0.861 for Q-Align", "SRCC", 0.861, None, None, "Q-Align"),
            ("0.854 for Compare2Score", "SRCC", 0.854, None, None, "Compare2Score"),
            ("SRCC increases by 0.047", "SRCC", 0.047, None, "AGIQA-3K", None),
            ("74.3% accuracy", "accuracy", 74.3, "%", "Q-Bench", "Gwimble"),
            ("keeps 98.6% of the full model's average SRCC", "relative average SRCC", 98.6, "%", None, "Gwimble-S"),
            ("19\u00d7 faster", "speed-up", 19, "\u00d7", None, "Gwimble-S"),
        ],
    },
    {
        "field": "image-quality-assessment",
        "title": "Gwaspen: Distilling Transformer Quality Experts into a Tiny CNN for On-Device No-Reference Image "
                 "Quality Assessment",
        "text": (
            "State-of-the-art no-reference image quality assessment (NR-IQA) models such as MUSIQ, MANIQA and TOPIQ "
            "rely on ViT or ResNet-50 backbones that are too heavy for the camera pipelines of mobile phones. We "
            "present Gwaspen, a 0.6M-parameter CNN distilled from an ensemble of three Transformer-based teachers. "
            "Instead of regressing the ensemble's mean score, Gwaspen matches the teachers' rank order within each "
            "mini-batch and their patch-level quality maps, which we find transfers far more of their "
            "generalisation. We report SRCC / PLCC on KonIQ-10k, SPAQ and LIVE Challenge: Gwaspen scores 0.903 / "
            "0.917, 0.915 / 0.919 and 0.861 / 0.878, against 0.929 / 0.941, 0.921 / 0.925 and 0.880 / 0.897 for the "
            "teacher ensemble, so it keeps more than 97% of the teachers' SRCC on every dataset. The strongest "
            "lightweight baseline, a MobileNetV3 regressor trained directly on the human ratings, reaches only 0.842 "
            "SRCC on KonIQ-10k. Gwaspen needs 0.21 GFLOPs for a 512\u00d7384 input, two orders of magnitude fewer "
            "than MANIQA (29.0 GFLOPs), and processes a frame in 3.4 ms on the NPU of a Snapdragon 8 Gen 3. Used as "
            "the reward for tuning a neural image signal processor, Gwaspen raises the teacher-measured quality of "
            "its outputs by 6.2%."
        ),
        "spans": [
            ("Gwaspen", "M"), ("Transformer", "M"), ("CNN", "M"), ("No-Reference Image Quality Assessment", "T"),
            ("no-reference image quality assessment", "T"), ("NR-IQA", "T"), ("MUSIQ", "M"), ("MANIQA", "M"),
            ("TOPIQ", "M"), ("ViT", "M"), ("ResNet-50", "M"), ("SRCC", "X"), ("PLCC", "X"), ("KonIQ-10k", "D"),
            ("SPAQ", "D"), ("LIVE Challenge", "D"), ("MobileNetV3", "M"), ("GFLOPs", "X"),
        ],
        "results": [
            ("0.903", "SRCC", 0.903, None, "KonIQ-10k", "Gwaspen"),
            ("0.917", "PLCC", 0.917, None, "KonIQ-10k", "Gwaspen"),
            ("0.915", "SRCC", 0.915, None, "SPAQ", "Gwaspen"),
            ("0.919", "PLCC", 0.919, None, "SPAQ", "Gwaspen"),
            ("0.861", "SRCC", 0.861, None, "LIVE Challenge", "Gwaspen"),
            ("0.878", "PLCC", 0.878, None, "LIVE Challenge", "Gwaspen"),
            ("0.929", "SRCC", 0.929, None, "KonIQ-10k", None),
            ("0.941", "PLCC", 0.941, None, "KonIQ-10k", None),
            ("0.921", "SRCC", 0.921, None, "SPAQ", None),
            ("0.925", "PLCC", 0.925, None, "SPAQ", None),
            ("0.880", "SRCC", 0.88, None, "LIVE Challenge", None),
            ("0.897", "PLCC", 0.897, None, "LIVE Challenge", None),
            ("keeps more than 97% of the teachers' SRCC", "relative SRCC", 97, "%", None, "Gwaspen"),
            ("0.842 SRCC", "SRCC", 0.842, None, "KonIQ-10k", "MobileNetV3"),
            ("0.21 GFLOPs", "FLOPs", 0.21, "G", None, "Gwaspen"),
            ("29.0 GFLOPs", "FLOPs", 29.0, "G", None, "MANIQA"),
            ("in 3.4 ms", "latency", 3.4, "ms", None, "Gwaspen"),
            ("raises the teacher-measured quality of its outputs by 6.2%", "improvement", 6.2, "%", None, "Gwaspen"),
        ],
    },
    {
        "field": "image-quality-assessment",
        "title": "Gwerrow: Full-Reference Video Quality Assessment with Temporal Masking Priors for Learned Video "
                 "Compression",
        "text": (
            "Full-reference video quality metrics such as VMAF were fitted to the distortions of hybrid codecs like "
            "H.264 and HEVC, and they misjudge the sharp but temporally unstable artefacts of learned video "
            "compression. We first collect Gwelmark, a subjective dataset of 1,440 distorted sequences produced by "
            "six learned codecs, including DCVC-DC and DCVC-FM, and by VVC at matched rates, each rated by 62 "
            "observers in a lab study. On Gwelmark, VMAF reaches an SRCC of only 0.71, and LPIPS and DISTS applied "
            "frame by frame reach 0.74 and 0.77. We then propose Gwerrow, a full-reference video quality assessment "
            "model that combines per-frame deep structure and texture terms with a temporal masking prior, learned "
            "from eye-tracking data, that down-weights flicker where motion hides it and up-weights it in static "
            "regions. Gwerrow attains an SRCC of 0.89 and a PLCC of 0.90 on Gwelmark, while remaining competitive on "
            "the legacy LIVE-VQA and CSIQ-VQA databases (SRCC of 0.93 and 0.91). Gwerrow is also useful as a "
            "training objective. On UVG, fine-tuning DCVC-DC with Gwerrow as the distortion term yields BD-rate "
            "savings of 8.4\u201311.9% over VVC when quality is measured by Gwerrow, while PSNR drops by at most "
            "0.15 dB. The dataset, the subjective scores and the model are released."
        ),
        "spans": [
            ("Gwerrow", "M"), ("Gwelmark", "D"), ("Full-Reference Video Quality Assessment", "T"),
            ("Video Compression", "T"), ("video compression", "T"), ("VMAF", "X"), ("H.264", "M"), ("HEVC", "M"),
            ("DCVC-DC", "M"), ("DCVC-FM", "M"), ("VVC", "M"), ("SRCC", "X"), ("LPIPS", "X"), ("DISTS", "X"),
            ("full-reference video quality assessment", "T"), ("PLCC", "X"), ("LIVE-VQA", "D"), ("CSIQ-VQA", "D"),
            ("UVG", "D"), ("BD-rate", "X"), ("PSNR", "X"),
        ],
        "results": [
            ("SRCC of only 0.71", "SRCC", 0.71, None, "Gwelmark", "VMAF"),
            ("0.74", "SRCC", 0.74, None, "Gwelmark", "LPIPS"),
            ("0.77", "SRCC", 0.77, None, "Gwelmark", "DISTS"),
            ("SRCC of 0.89", "SRCC", 0.89, None, "Gwelmark", "Gwerrow"),
            ("PLCC of 0.90", "PLCC", 0.9, None, "Gwelmark", "Gwerrow"),
            ("SRCC of 0.93", "SRCC", 0.93, None, "LIVE-VQA", "Gwerrow"),
            ("0.91", "SRCC", 0.91, None, "CSIQ-VQA", "Gwerrow"),
            ("BD-rate savings of 8.4\u201311.9%", "BD-rate", 11.9, "%", "UVG", None, {"low": 8.4}),
            ("PSNR drops by at most 0.15 dB", "PSNR", 0.15, "dB", "UVG", None),
        ],
    },
    # ------------------------------------------------------------ named-entity-recognition
    {
        "field": "named-entity-recognition",
        "title": "Gwaltrin: Boundary-Aware Span Lattices for Nested Named Entity Recognition",
        "text": (
            "Nested named entity recognition (NER) requires recognising entities that contain other entities, such "
            "as an organisation inside a location name. Span-based models enumerate all candidate spans and classify "
            "each of them independently, which wastes computation on the overwhelming majority of non-entity spans "
            "and ignores the dependencies between an outer entity and its constituents. We propose Gwaltrin, which "
            "first predicts entity boundaries with a biaffine scorer and then builds a lattice over the surviving "
            "start\u2013end pairs, on which a graph attention network propagates label evidence between nested and "
            "overlapping candidates before classification. With BERT-large as the encoder, Gwaltrin achieves F1 "
            "scores of 88.71, 87.95 and 81.64 on ACE 2004, ACE 2005 and GENIA, respectively, outperforming the "
            "sequence-to-set model PIQN by +0.43, +0.81 and +0.95 F1 and the word-pair relation model W2NER on all "
            "three corpora. On KBP2017, it sets a new best F1 of 85.20. Because pruning discards the vast majority of "
            "candidate spans, Gwaltrin decodes 2.4\u00d7 faster than the exhaustive span classifier of "
            "Locate-and-Label and uses 38% less GPU memory during training. On the flat CoNLL-2003 benchmark, the "
            "same architecture obtains 93.41 F1, showing that the lattice does not hurt flat NER."
        ),
        "spans": [
            ("Gwaltrin", "M"), ("Nested Named Entity Recognition", "T"), ("Nested named entity recognition", "T"),
            ("NER", "T"), ("biaffine", "M"), ("graph attention network", "M"), ("BERT-large", "M"),
            ("F1 scores", "X"), ("F1", "X"), ("ACE 2004", "D"), ("ACE 2005", "D"), ("GENIA", "D"), ("PIQN", "M"),
            ("W2NER", "M"), ("KBP2017", "D"), ("pruning", "M"), ("Locate-and-Label", "M"), ("GPU memory", "X"),
            ("CoNLL-2003", "D"), ("flat NER", "T"),
        ],
        "results": [
            ("88.71", "F1", 88.71, None, "ACE 2004", "Gwaltrin"),
            ("87.95", "F1", 87.95, None, "ACE 2005", "Gwaltrin"),
            ("81.64", "F1", 81.64, None, "GENIA", "Gwaltrin"),
            ("+0.43", "F1", 0.43, None, "ACE 2004", "Gwaltrin"),
            ("+0.81", "F1", 0.81, None, "ACE 2005", "Gwaltrin"),
            ("+0.95 F1", "F1", 0.95, None, "GENIA", "Gwaltrin"),
            ("best F1 of 85.20", "F1", 85.2, None, "KBP2017", None),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, "Gwaltrin"),
            ("38% less GPU memory", "memory reduction", 38, "%", None, "Gwaltrin"),
            ("93.41 F1", "F1", 93.41, None, "CoNLL-2003", None),
        ],
    },
    {
        "field": "named-entity-recognition",
        "title": "Gwobury: Type-Conditioned Prototype Refinement for Few-Shot Named Entity Recognition",
        "text": (
            "Few-shot named entity recognition (NER) asks a model to recognise entity types for which only a handful "
            "of labelled examples are available. Metric-based methods such as ProtoBERT and NNShot build class "
            "representations from the support set, and decomposed approaches such as ESD and DecomposedMetaNER "
            "separate entity span detection from entity typing, yet all of them treat the support examples of a type "
            "as equally reliable. We present Gwobury, which refines each class prototype by attending over the "
            "support spans with query-conditioned weights and fuses it with an embedding of the natural-language "
            "label description, so that ambiguous or atypical support examples contribute less. On Few-NERD, Gwobury "
            "obtains micro-F1 of 68.9 and 71.3 in the 5-way 1~2-shot and 5-way 5~10-shot settings of the Intra split, "
            "and 73.6 and 76.0 on the Inter split, improving over DecomposedMetaNER by 2.1\u20133.4 points across "
            "the four settings. On CrossNER, Gwobury reaches an average F1 of 61.8 and 68.5 in the 1-shot and 5-shot "
            "settings, respectively, against 56.2 and 64.0 for CONTaiNER. Gains are largest on fine-grained types "
            "such as art-painting and product-software, where Gwobury reduces false positives caused by overlapping "
            "label descriptions by 27%. Training takes 2.5 hours on one A100 GPU with a BERT-base encoder, and "
            "inference processes 1,900 sentences per second."
        ),
        "spans": [
            ("Gwobury", "M"), ("Few-Shot Named Entity Recognition", "T"), ("Few-shot named entity recognition", "T"),
            ("NER", "T"), ("ProtoBERT", "M"), ("NNShot", "M"), ("ESD", "M"), ("DecomposedMetaNER", "M"),
            ("entity span detection", "T"), ("entity typing", "T"), ("Few-NERD", "D"), ("micro-F1", "X"),
            ("CrossNER", "D"), ("average F1", "X"), ("CONTaiNER", "M"), ("false positives", "X"), ("BERT-base", "M"),
            ("sentences per second", "X"),
        ],
        "results": [
            ("micro-F1 of 68.9", "micro-F1", 68.9, None, "Few-NERD", "Gwobury"),
            ("71.3", "micro-F1", 71.3, None, "Few-NERD", "Gwobury"),
            ("73.6", "micro-F1", 73.6, None, "Few-NERD", "Gwobury"),
            ("76.0", "micro-F1", 76.0, None, "Few-NERD", "Gwobury"),
            ("2.1\u20133.4 points", "micro-F1", 3.4, "points", "Few-NERD", "Gwobury", {"low": 2.1}),
            ("average F1 of 61.8", "F1", 61.8, None, "CrossNER", "Gwobury"),
            ("68.5", "F1", 68.5, None, "CrossNER", "Gwobury"),
            ("56.2", "F1", 56.2, None, "CrossNER", "CONTaiNER"),
            ("64.0 for CONTaiNER", "F1", 64.0, None, "CrossNER", "CONTaiNER"),
            ("reduces false positives caused by overlapping label descriptions by 27%", "false positive reduction",
             27, "%", None, "Gwobury"),
            ("Training takes 2.5 hours", "training time", 2.5, "h", None, None),
            ("1,900 sentences per second", "throughput", 1900, "sentences/s", None, None),
        ],
    },
    {
        "field": "named-entity-recognition",
        "title": "Gwenlock: Ontology-Grounded Mention Contrast for Biomedical Named Entity Recognition with Scarce "
                 "Labels",
        "text": (
            "Biomedical named entity recognition (BioNER) underpins the curation of literature-derived databases, yet "
            "domain encoders such as BioBERT and PubMedBERT still confuse closely related entity types and degrade "
            "quickly when annotated corpora are small. We introduce Gwenlock, a pretraining stage that contrasts "
            "entity mentions against their synonyms, siblings and hypernyms in the UMLS Metathesaurus, so that the "
            "encoder learns type distinctions from the ontology rather than from scarce labels. Gwenlock is applied "
            "to PubMedBERT and then fine-tuned with a standard linear-chain CRF head. On five benchmarks, "
            "NCBI-disease, BC5CDR-Chem, BC5CDR-Disease, BC2GM and JNLPBA, Gwenlock attains entity-level F1 of 89.9, "
            "94.6, 87.1, 85.3 and 80.2, respectively (PubMedBERT: 87.8, 93.3, 85.6, 84.5 and 79.1). The margin widens "
            "as labelled data shrinks: with 1% of the NCBI-disease training set, F1 improves by 9.6 points over "
            "PubMedBERT. Gwenlock also compares favourably with large language models used without training: in a "
            "zero-shot setting, GPT-4 reaches 61.2 F1 on BC5CDR-Chem, whereas Gwenlock fine-tuned on only 50 "
            "labelled abstracts reaches 83.7. Pretraining requires 11 GPU-hours on eight A100 GPUs, and the "
            "resulting encoder keeps the size and inference cost of PubMedBERT."
        ),
        "spans": [
            ("Gwenlock", "M"), ("Biomedical Named Entity Recognition", "T"),
            ("Biomedical named entity recognition", "T"), ("BioNER", "T"), ("BioBERT", "M"), ("PubMedBERT", "M"),
            ("UMLS Metathesaurus", "D"), ("linear-chain CRF", "M"), ("NCBI-disease", "D"), ("BC5CDR-Chem", "D"),
            ("BC5CDR-Disease", "D"), ("BC2GM", "D"), ("JNLPBA", "D"), ("entity-level F1", "X"), ("F1", "X"),
            ("large language models", "M"), ("GPT-4", "M"),
        ],
        "results": [
            ("89.9", "F1", 89.9, None, "NCBI-disease", "Gwenlock"),
            ("94.6", "F1", 94.6, None, "BC5CDR-Chem", "Gwenlock"),
            ("87.1", "F1", 87.1, None, "BC5CDR-Disease", "Gwenlock"),
            ("85.3", "F1", 85.3, None, "BC2GM", "Gwenlock"),
            ("80.2", "F1", 80.2, None, "JNLPBA", "Gwenlock"),
            ("87.8", "F1", 87.8, None, "NCBI-disease", "PubMedBERT"),
            ("93.3", "F1", 93.3, None, "BC5CDR-Chem", "PubMedBERT"),
            ("85.6", "F1", 85.6, None, "BC5CDR-Disease", "PubMedBERT"),
            ("84.5", "F1", 84.5, None, "BC2GM", "PubMedBERT"),
            ("79.1", "F1", 79.1, None, "JNLPBA", "PubMedBERT"),
            ("F1 improves by 9.6 points", "F1", 9.6, "points", "NCBI-disease", None),
            ("61.2 F1", "F1", 61.2, None, "BC5CDR-Chem", "GPT-4"),
            ("83.7", "F1", 83.7, None, "BC5CDR-Chem", "Gwenlock"),
            ("Pretraining requires 11 GPU-hours", "pretraining time", 11, "GPU-hours", None, None),
        ],
    },
    {
        "field": "named-entity-recognition",
        "title": "Gwythan: Retrieved Type Definitions Narrow the Gap Between Open Large Language Models and "
                 "Supervised Taggers in Zero-Shot NER",
        "text": (
            "Open large language models (LLMs) tuned for universal information extraction, such as UniversalNER, "
            "GoLLIE and InstructUIE, have made zero-shot named entity recognition practical, but they still lag "
            "supervised taggers in domains whose entity types are defined by annotation guidelines rather than by "
            "everyday usage. We propose Gwythan, which retrieves, for every target type, a short definition and two "
            "contrasting examples from an automatically built guideline store and places them in the prompt of a "
            "Llama-3-8B model fine-tuned with LoRA on Pile-NER. Gwythan is evaluated without any in-domain labels on "
            "the five CrossNER domains (AI, literature, music, politics and science) and on the MIT Movie and MIT "
            "Restaurant datasets. Across these seven test sets, Gwythan reaches an average zero-shot F1 of 62.4, "
            "compared with 53.4 for UniversalNER-7B, 58.0 for GoLLIE-7B and 49.2 for GPT-3.5-turbo. Removing the "
            "retrieved definitions lowers the average zero-shot F1 by 5.3 points, and replacing the contrasting "
            "examples with random ones has a smaller effect. On the biomedical BC5CDR corpus, whose chemical and "
            "disease types are notoriously guideline-dependent, Gwythan narrows the gap to a fully supervised "
            "PubMedBERT tagger to 7.6 F1 points. Retrieval adds 38 ms to each query, and the guideline store for all "
            "75 evaluated entity types is built once without human annotation."
        ),
        "spans": [
            ("Gwythan", "M"), ("Large Language Models", "M"), ("Zero-Shot NER", "T"), ("large language models", "M"),
            ("LLMs", "M"), ("universal information extraction", "T"), ("UniversalNER", "M"), ("GoLLIE", "M"),
            ("InstructUIE", "M"), ("zero-shot named entity recognition", "T"), ("Llama-3-8B", "M"), ("LoRA", "M"),
            ("Pile-NER", "D"), ("CrossNER", "D"), ("MIT Movie", "D"), ("MIT Restaurant", "D"),
            ("average zero-shot F1", "X"), ("UniversalNER-7B", "M"), ("GoLLIE-7B", "M"), ("GPT-3.5-turbo", "M"),
            ("BC5CDR", "D"), ("PubMedBERT", "M"), ("F1", "X"),
        ],
        "results": [
            ("average zero-shot F1 of 62.4", "zero-shot F1", 62.4, None, None, "Gwythan"),
            ("53.4 for UniversalNER-7B", "zero-shot F1", 53.4, None, None, "UniversalNER-7B"),
            ("58.0 for GoLLIE-7B", "zero-shot F1", 58.0, None, None, "GoLLIE-7B"),
            ("49.2 for GPT-3.5-turbo", "zero-shot F1", 49.2, None, None, "GPT-3.5-turbo"),
            ("lowers the average zero-shot F1 by 5.3 points", "zero-shot F1", 5.3, "points", None, None),
            ("narrows the gap to a fully supervised PubMedBERT tagger to 7.6 F1 points", "F1 gap", 7.6, "points",
             "BC5CDR", "Gwythan"),
            ("Retrieval adds 38 ms", "retrieval time", 38, "ms", None, None),
        ],
    },
    {
        "field": "named-entity-recognition",
        "title": "Gwesper: Code-Switched Entity Alignment for Cross-Lingual Named Entity Recognition in African "
                 "Languages",
        "text": (
            "Cross-lingual transfer from English is the default route to named entity recognition (NER) in African "
            "languages, but multilingual encoders such as XLM-R and AfroXLMR still misplace entity boundaries when "
            "names are transliterated or inflected. We propose Gwesper, which builds code-switched training sentences "
            "by replacing English entities with their aligned target-language mentions, mined from parallel "
            "religious and news text with a word aligner, and adds a boundary-consistency loss between each original "
            "sentence and its code-switched copy. Gwesper uses no target-language NER labels. On MasakhaNER 2.0, "
            "which covers 20 languages, Gwesper raises the average zero-shot F1 from 47.1 with AfroXLMR-large to 58.6 "
            "when transferring from the English CoNLL-2003 data, and it improves on the translate-train baseline in "
            "17 of the 20 languages. Gains are largest for isiZulu (+19.4 F1) and chiShona (+16.8 F1), whose "
            "agglutinative morphology splits entities across subwords, and smallest for Hausa (+2.2 F1). Combined "
            "with 100 labelled target sentences, Gwesper comes within 3.1 F1 of fully supervised AfroXLMR-large on "
            "average. Gwesper also transfers to WikiANN without modification, improving average F1 over XLM-R-large "
            "by 4.5 points on 40 African and Asian languages. We release the mined lexicons, which cover 1.2 million "
            "entity pairs in 24 languages."
        ),
        "spans": [
            ("Gwesper", "M"), ("Cross-Lingual Named Entity Recognition", "T"), ("Cross-lingual transfer", "T"),
            ("named entity recognition", "T"), ("NER", "T"), ("XLM-R", "M"), ("AfroXLMR", "M"),
            ("MasakhaNER 2.0", "D"), ("average zero-shot F1", "X"), ("AfroXLMR-large", "M"), ("CoNLL-2003", "D"),
            ("translate-train", "M"), ("F1", "X"), ("WikiANN", "D"), ("average F1", "X"), ("XLM-R-large", "M"),
        ],
        "results": [
            ("average zero-shot F1 from 47.1", "zero-shot F1", 47.1, None, "MasakhaNER 2.0", "AfroXLMR-large"),
            ("58.6", "zero-shot F1", 58.6, None, "MasakhaNER 2.0", "Gwesper"),
            ("improves on the translate-train baseline in 17 of the 20 languages", "languages improved", 17, None,
             "MasakhaNER 2.0", "Gwesper"),
            ("+19.4 F1", "F1", 19.4, None, None, None),
            ("+16.8 F1", "F1", 16.8, None, None, None),
            ("+2.2 F1", "F1", 2.2, None, None, None),
            ("within 3.1 F1", "F1", 3.1, None, None, "Gwesper"),
            ("improving average F1 over XLM-R-large by 4.5 points", "F1", 4.5, "points", "WikiANN", "Gwesper"),
        ],
    },
    {
        "field": "named-entity-recognition",
        "title": "Gwindle: Learned Boundary Tokens Replace Lexicons for Fast Chinese Named Entity Recognition",
        "text": (
            "Chinese named entity recognition (NER) lacks explicit word boundaries, and the strongest systems "
            "therefore inject lexicon matches into the character sequence, as in Lattice LSTM, FLAT and LEBERT. "
            "Lexicon matching is slow, depends on an external word list, and the matched words often disagree with "
            "the annotation conventions of social-media text. We introduce Gwindle, which replaces the lexicon with "
            "learned boundary tokens: a lightweight segmenter inserts soft boundary embeddings between characters, "
            "and segmenter and tagger are trained jointly so that boundaries serve entity recognition rather than "
            "word segmentation. Paired with a MacBERT-base encoder and a CRF decoder, Gwindle obtains F1 scores of "
            "73.9 on Weibo, 96.8 on Resume, 96.1 on MSRA and 83.0 on OntoNotes 4.0, on par with or above LEBERT "
            "while needing no lexicon. The gain is clearest on the noisy Weibo corpus, where it outperforms FLAT by "
            "10.4 points. Since no lexicon matching is performed, Gwindle runs 5.1 times faster than LEBERT on CPU, "
            "and its model size is 23% smaller. We also find that the learned boundaries agree with the gold Chinese "
            "word segmentation of the PKU corpus at 81.5% F1, although they never receive segmentation supervision."
        ),
        "spans": [
            ("Gwindle", "M"), ("Chinese Named Entity Recognition", "T"), ("Chinese named entity recognition", "T"),
            ("NER", "T"), ("Lattice LSTM", "M"), ("FLAT", "M"), ("LEBERT", "M"), ("entity recognition", "T"),
            ("word segmentation", "T"), ("MacBERT-base", "M"), ("CRF", "M"), ("F1 scores", "X"), ("F1", "X"),
            ("Weibo", "D"), ("Resume", "D"), ("MSRA", "D"), ("OntoNotes 4.0", "D"), ("model size", "X"),
            ("Chinese word segmentation", "T"), ("PKU", "D"),
        ],
        "results": [
            ("F1 scores of 73.9", "F1", 73.9, None, "Weibo", "Gwindle"),
            ("96.8", "F1", 96.8, None, "Resume", "Gwindle"),
            ("96.1", "F1", 96.1, None, "MSRA", "Gwindle"),
            ("83.0", "F1", 83.0, None, "OntoNotes 4.0", "Gwindle"),
            ("outperforms FLAT by 10.4 points", "improvement", 10.4, "points", "Weibo", None),
            ("5.1 times faster", "speed-up", 5.1, "\u00d7", None, "Gwindle"),
            ("model size is 23% smaller", "model size reduction", 23, "%", None, "Gwindle"),
            ("81.5% F1", "F1", 81.5, "%", "PKU", None),
        ],
    },
]
