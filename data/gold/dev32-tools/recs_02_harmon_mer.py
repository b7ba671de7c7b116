"""dev32 records: image-harmonization (6) and math-expression-recognition (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Jxalvia", "Jxentora", "Jxirrow", "Jxumbra", "Jxoltis", "Jxavel",
          "Jxeriad", "Jxindle", "Jxorvane", "Jxustral", "Jxemora", "Jxiquet"]

RECS = [
    # ------------------------------------------------------------ image-harmonization
    {
        "field": "image-harmonization",
        "title": "Jxalvia: Region-Adaptive Colour Curves for Real-Time High-Resolution Image Harmonization",
        "text": (
            "Image harmonization adjusts the appearance of a pasted foreground so that it agrees with the background "
            "of a composite image. Pixel-to-pixel networks such as iS2AM and DCCF are accurate at 256\u00d7256, but "
            "their cost grows quickly with resolution, while white-box filter models such as Harmonizer scale well yet "
            "apply one global adjustment to the whole foreground. We present Jxalvia, which predicts a small bank of "
            "piecewise-linear colour curves from a downsampled composite and blends them per pixel with a learned "
            "region affinity map, so that the full-resolution image is only touched by a lookup and a weighted sum. "
            "On iHarmony4 at 256\u00d7256, Jxalvia obtains an MSE of 21.37 and a PSNR of 38.62 dB, against 22.05 and "
            "38.50 dB for DCCF and 24.26 and 37.84 dB for Harmonizer. On HAdobe5k at 2048\u00d72048, Jxalvia reaches "
            "41.07 dB PSNR and an fMSE of 143.5, improving on PCT-Net by 0.38 dB. Jxalvia runs with a latency of "
            "9.6 ms per 4K composite on an RTX 4090, a 3.4\u00d7 speed-up over PCT-Net, and needs a peak memory of "
            "1.3 GB. In a user study on the 216 real composites of RealHM, participants preferred Jxalvia over DCCF "
            "in 64% of pairwise comparisons. Ablations show that the region affinity map accounts for most of the "
            "gain on foregrounds with spatially varying illumination."
        ),
        "spans": [
            ("Jxalvia", "M"), ("Image Harmonization", "T"), ("Image harmonization", "T"), ("iS2AM", "M"),
            ("DCCF", "M"), ("Harmonizer", "M"), ("iHarmony4", "D"), ("MSE", "X"), ("PSNR", "X"),
            ("HAdobe5k", "D"), ("fMSE", "X"), ("PCT-Net", "M"), ("latency", "X"), ("speed-up", "X"),
            ("peak memory", "X"), ("RealHM", "D"),
        ],
        "results": [
            ("MSE of 21.37", "MSE", 21.37, None, "iHarmony4", "Jxalvia"),
            ("PSNR of 38.62 dB", "PSNR", 38.62, "dB", "iHarmony4", "Jxalvia"),
            ("22.05", "MSE", 22.05, None, "iHarmony4", "DCCF"),
            ("38.50 dB", "PSNR", 38.5, "dB", "iHarmony4", "DCCF"),
            ("24.26", "MSE", 24.26, None, "iHarmony4", "Harmonizer"),
            ("37.84 dB", "PSNR", 37.84, "dB", "iHarmony4", "Harmonizer"),
            ("41.07 dB PSNR", "PSNR", 41.07, "dB", "HAdobe5k", "Jxalvia"),
            ("fMSE of 143.5", "fMSE", 143.5, None, "HAdobe5k", "Jxalvia"),
            ("0.38 dB", "PSNR", 0.38, "dB", "HAdobe5k", "Jxalvia"),
            ("latency of 9.6 ms", "latency", 9.6, "ms", None, "Jxalvia"),
            ("3.4\u00d7 speed-up", "speed-up", 3.4, "\u00d7", None, "Jxalvia"),
            ("peak memory of 1.3 GB", "peak memory", 1.3, "GB", None, "Jxalvia"),
            ("64% of pairwise comparisons", "win rate", 64, "%", "RealHM", "Jxalvia"),
        ],
    },
    {
        "field": "image-harmonization",
        "title": "Jxentora: Harmonizing Real Composites with a Frozen Diffusion Backbone and Illumination Tokens",
        "text": (
            "Existing image harmonization networks are trained on iHarmony4, whose composites are synthesised by "
            "recolouring foreground regions of real photographs, and they generalise poorly to real composites in "
            "which the foreground differs from the background in lighting and shading rather than only in colour "
            "statistics. Approaches built on diffusion models, such as DiffHarmony, adapt Stable Diffusion to image "
            "harmonization, but they inherit the reconstruction error of its VAE and often alter the identity of the "
            "foreground object. We introduce Jxentora, which keeps a Stable Diffusion 2.1 backbone frozen and "
            "conditions it on illumination tokens extracted from the background by a lightweight encoder, while a "
            "detail-restoring decoder re-injects high-frequency content from the composite. Training combines "
            "iHarmony4 with 40k synthetically relit portraits. On the iHarmony4 test set, Jxentora is competitive "
            "with pixel-space methods, with a PSNR of 39.14 dB, and on ccHarmony, which captures genuine illumination "
            "changes, it lowers fMSE from 318.4 for DiffHarmony to 247.9. In a user study on 100 real composites from "
            "RealHM, Jxentora was judged more realistic than INR-Harmonization and DiffHarmony in 71% and 63% of "
            "comparisons, respectively. The illumination tokens can also be edited to relight the foreground in a "
            "controllable way, and because the backbone stays frozen, training takes only 26 GPU-hours."
        ),
        "spans": [
            ("Jxentora", "M"), ("image harmonization", "T"), ("iHarmony4", "D"), ("diffusion models", "M"),
            ("DiffHarmony", "M"), ("Stable Diffusion", "M"), ("Stable Diffusion 2.1", "M"), ("VAE", "M"),
            ("PSNR", "X"), ("ccHarmony", "D"), ("fMSE", "X"), ("RealHM", "D"), ("INR-Harmonization", "M"),
        ],
        "results": [
            ("PSNR of 39.14 dB", "PSNR", 39.14, "dB", "iHarmony4", "Jxentora"),
            ("fMSE from 318.4", "fMSE", 318.4, None, "ccHarmony", "DiffHarmony"),
            ("247.9", "fMSE", 247.9, None, "ccHarmony", "Jxentora"),
            ("71%", "win rate", 71, "%", "RealHM", "Jxentora"),
            ("63% of comparisons", "win rate", 63, "%", "RealHM", "Jxentora"),
            ("training takes only 26 GPU-hours", "training time", 26, "GPU-hours", None, None),
        ],
    },
    {
        "field": "image-harmonization",
        "title": "Jxirrow: Keyframe Colour Transforms with Flow-Guided Propagation for Temporally Consistent Video "
                 "Harmonization",
        "text": (
            "Video harmonization extends image harmonization to composited clips, where the inserted foreground must "
            "match the background in every frame without flicker. Applying image models such as iS2AM or Harmonizer "
            "frame by frame yields plausible single frames but visible temporal jitter, and recurrent video models "
            "like CO2Net are heavy and sensitive to fast motion. We propose Jxirrow, which predicts a compact colour "
            "transform on sparse keyframes with an image harmonization backbone and propagates it to the intermediate "
            "frames through foreground-masked attention guided by optical flow. Because the transform is "
            "low-dimensional, propagation adds little cost and degrades gracefully under occlusion. On the HYouTube "
            "benchmark, Jxirrow achieves an MSE of 24.8, an fMSE of 169.3 and a PSNR of 38.92 dB, compared with "
            "28.9, 203.0 and 37.82 dB for CO2Net. Jxirrow also lowers the temporal loss (TL), which measures flicker "
            "between flow-warped consecutive frames, from 7.91 for CO2Net to 5.77. At 480p, Jxirrow processes 58 "
            "frames per second on a single A100 GPU, 2.6\u00d7 faster than CO2Net. Without the foreground mask in "
            "the propagation attention, fMSE rises to 191.6, and replacing optical flow with nearest-keyframe copying "
            "doubles the temporal loss."
        ),
        "spans": [
            ("Jxirrow", "M"), ("Video Harmonization", "T"), ("Video harmonization", "T"),
            ("image harmonization", "T"), ("iS2AM", "M"), ("Harmonizer", "M"), ("CO2Net", "M"),
            ("HYouTube", "D"), ("MSE", "X"), ("fMSE", "X"), ("PSNR", "X"), ("temporal loss", "X"), ("TL", "X"),
            ("frames per second", "X"),
        ],
        "results": [
            ("MSE of 24.8", "MSE", 24.8, None, "HYouTube", "Jxirrow"),
            ("fMSE of 169.3", "fMSE", 169.3, None, "HYouTube", "Jxirrow"),
            ("PSNR of 38.92 dB", "PSNR", 38.92, "dB", "HYouTube", "Jxirrow"),
            ("28.9", "MSE", 28.9, None, "HYouTube", "CO2Net"),
            ("203.0", "fMSE", 203.0, None, "HYouTube", "CO2Net"),
            ("37.82 dB", "PSNR", 37.82, "dB", "HYouTube", "CO2Net"),
            ("7.91", "TL", 7.91, None, None, "CO2Net"),
            ("5.77", "TL", 5.77, None, None, "Jxirrow"),
            ("58 frames per second", "throughput", 58, "fps", None, "Jxirrow"),
            ("2.6\u00d7 faster", "speed-up", 2.6, "\u00d7", None, "Jxirrow"),
            ("fMSE rises to 191.6", "fMSE", 191.6, None, None, None),
        ],
    },
    {
        "field": "image-harmonization",
        "title": "Jxumbra: Geometry-Aware Shadow Generation for Object Insertion in Image Compositing",
        "text": (
            "A composite image looks unrealistic when the inserted object casts no shadow, yet shadow generation "
            "remains difficult because the shadow's shape depends on the object's unseen 3D geometry and on a light "
            "direction that must be inferred from shadows already present in the background. GAN-based models such "
            "as SGRNet and DMASNet struggle with objects whose silhouettes differ from those seen in training, while "
            "diffusion models like SGDiffusion produce sharper shadows but often misplace them. We propose Jxumbra, "
            "which lifts the foreground into a coarse 3D proxy using monocular depth, estimates the dominant light "
            "direction from object\u2013shadow pairs in the background, and rasterises a shadow prior that conditions "
            "a ControlNet branch of a pretrained diffusion model. On the DESOBA test set, Jxumbra reaches a global "
            "RMSE (GRMSE) of 5.32 and a local RMSE (LRMSE) of 51.6, against 5.82 and 58.9 for SGDiffusion and 7.92 "
            "and 66.1 for SGRNet. On DESOBA, Jxumbra also lowers the local balanced error rate (LBER) to 0.283 "
            "(DMASNet: 0.367). On the larger DESOBAv2, Jxumbra lowers LRMSE from 47.2 for SGDiffusion to 41.8. In a "
            "user study with 25 participants, Jxumbra's shadows were preferred over those of SGDiffusion in 74% of "
            "pairwise comparisons. Inference takes 3.1 s per image with 20 denoising steps, comparable to "
            "SGDiffusion."
        ),
        "spans": [
            ("Jxumbra", "M"), ("Shadow Generation", "T"), ("Object Insertion", "T"), ("Image Compositing", "T"),
            ("shadow generation", "T"), ("GAN", "M"), ("SGRNet", "M"), ("DMASNet", "M"), ("diffusion models", "M"),
            ("SGDiffusion", "M"), ("ControlNet", "M"), ("diffusion model", "M"), ("DESOBA", "D"),
            ("global RMSE", "X"), ("GRMSE", "X"), ("local RMSE", "X"), ("LRMSE", "X"),
            ("local balanced error rate", "X"), ("LBER", "X"), ("DESOBAv2", "D"),
        ],
        "results": [
            ("global RMSE (GRMSE) of 5.32", "GRMSE", 5.32, None, "DESOBA", "Jxumbra"),
            ("local RMSE (LRMSE) of 51.6", "LRMSE", 51.6, None, "DESOBA", "Jxumbra"),
            ("5.82", "GRMSE", 5.82, None, "DESOBA", "SGDiffusion"),
            ("58.9", "LRMSE", 58.9, None, "DESOBA", "SGDiffusion"),
            ("7.92", "GRMSE", 7.92, None, "DESOBA", "SGRNet"),
            ("66.1", "LRMSE", 66.1, None, "DESOBA", "SGRNet"),
            ("local balanced error rate (LBER) to 0.283", "LBER", 0.283, None, "DESOBA", "Jxumbra"),
            ("0.367", "LBER", 0.367, None, "DESOBA", "DMASNet"),
            ("LRMSE from 47.2", "LRMSE", 47.2, None, "DESOBAv2", "SGDiffusion"),
            ("41.8", "LRMSE", 41.8, None, "DESOBAv2", "Jxumbra"),
            ("74% of pairwise comparisons", "win rate", 74, "%", None, "Jxumbra"),
            ("Inference takes 3.1 s", "inference time", 3.1, "s", None, None),
        ],
    },
    {
        "field": "image-harmonization",
        "title": "Jxoltis: A Paired Benchmark of Real Composites for Evaluating Image Harmonization under Lighting "
                 "Mismatch",
        "text": (
            "Progress in image harmonization is measured almost entirely on iHarmony4, whose composites are created "
            "by recolouring a foreground region of a real photograph, so the ground truth differs from the input only "
            "in global colour statistics. We introduce Jxoltis, a benchmark of 3,120 paired composites captured in a "
            "studio and outdoors: each object is photographed both under the lighting of the target scene and under "
            "a mismatched one, and the mismatched shot is pasted back with a hand-refined alpha mask, so that the "
            "ground truth reflects real changes in shading, specular highlights and colour temperature. We evaluate "
            "eleven methods, including DoveNet, BargainNet, IntrinsicIH, Harmonizer, DCCF, PCT-Net and the diffusion "
            "model DiffHarmony, with fMSE, fPSNR and LPIPS computed on the foreground region. Method rankings on "
            "Jxoltis correlate only weakly with those on iHarmony4 (Kendall's \u03c4 = 0.38). The strongest method on "
            "Jxoltis, PCT-Net, achieves an fPSNR of 24.7 dB, far below the 34.2 dB it obtains on the iHarmony4 test "
            "set, and no method improves over the unharmonized composite on more than 41% of the outdoor scenes. "
            "After fine-tuning on our 2,000-image training split, PCT-Net reaches an fPSNR of 26.3 dB but still "
            "leaves visible shading errors around contact regions. Jxoltis, its evaluation toolkit and a public "
            "leaderboard are available."
        ),
        "spans": [
            ("Jxoltis", "D"), ("Image Harmonization", "T"), ("image harmonization", "T"), ("iHarmony4", "D"),
            ("DoveNet", "M"), ("BargainNet", "M"), ("IntrinsicIH", "M"), ("Harmonizer", "M"), ("DCCF", "M"),
            ("PCT-Net", "M"), ("diffusion model", "M"), ("DiffHarmony", "M"), ("fMSE", "X"), ("fPSNR", "X"),
            ("LPIPS", "X"), ("Kendall's \u03c4", "X"),
        ],
        "results": [
            ("Kendall's \u03c4 = 0.38", "Kendall's \u03c4", 0.38, None, None, None),
            ("fPSNR of 24.7 dB", "fPSNR", 24.7, "dB", "Jxoltis", "PCT-Net"),
            ("34.2 dB", "fPSNR", 34.2, "dB", "iHarmony4", "PCT-Net"),
            ("41% of the outdoor scenes", "win rate", 41, "%", None, None),
            ("fPSNR of 26.3 dB", "fPSNR", 26.3, "dB", None, "PCT-Net"),
        ],
    },
    {
        "field": "image-harmonization",
        "title": "Jxavel: Identity-Preserving Generative Object Compositing with Dual-Stream Appearance Injection",
        "text": (
            "Generative object compositing inserts a reference object into a background image so that it is placed, "
            "lit and occluded plausibly while its identity is kept intact. Exemplar-based editors such as "
            "Paint-by-Example blend well but lose fine details, whereas AnyDoor preserves identity at the cost of "
            "copy-paste artefacts and inconsistent illumination. We present Jxavel, which fine-tunes Stable Diffusion "
            "XL with two appearance streams: a DINOv2 branch that injects identity features through IP-Adapter-style "
            "cross-attention, and a low-frequency branch that encodes the object's albedo so that the denoiser "
            "remains free to re-render shading. Training triplets, in which the same object appears under different "
            "lighting and viewpoints, are mined automatically from 1.2M video frames. On COCOEE, Jxavel attains an "
            "FID of 2.96 and a CLIP score of 82.6, compared with 3.18 and 80.3 for Paint-by-Example and 3.77 and 81.9 "
            "for AnyDoor. On the DreamBooth subjects, Jxavel raises the DINO score by 6.8 points over ObjectStitch. "
            "In a human study with 1,500 pairwise votes, Jxavel wins 68% against AnyDoor and 73% against ControlCom "
            "on realism. Generating one 1024\u00d71024 composite with 25 DDIM steps takes 4.3 s on an A100, which we "
            "consider acceptable for interactive editing, and the appearance streams add no cost when the reference "
            "features are cached."
        ),
        "spans": [
            ("Jxavel", "M"), ("Generative Object Compositing", "T"), ("Generative object compositing", "T"),
            ("Paint-by-Example", "M"), ("AnyDoor", "M"), ("Stable Diffusion XL", "M"), ("DINOv2", "M"),
            ("IP-Adapter", "M"), ("COCOEE", "D"), ("FID", "X"), ("CLIP score", "X"), ("DreamBooth", "D"),
            ("DINO score", "X"), ("ObjectStitch", "M"), ("ControlCom", "M"), ("DDIM", "M"),
        ],
        "results": [
            ("FID of 2.96", "FID", 2.96, None, "COCOEE", "Jxavel"),
            ("CLIP score of 82.6", "CLIP score", 82.6, None, "COCOEE", "Jxavel"),
            ("3.18", "FID", 3.18, None, "COCOEE", "Paint-by-Example"),
            ("80.3", "CLIP score", 80.3, None, "COCOEE", "Paint-by-Example"),
            ("3.77", "FID", 3.77, None, "COCOEE", "AnyDoor"),
            ("81.9", "CLIP score", 81.9, None, "COCOEE", "AnyDoor"),
            ("DINO score by 6.8 points", "DINO score", 6.8, "points", "DreamBooth", "Jxavel"),
            ("wins 68%", "win rate", 68, "%", None, "Jxavel"),
            ("73%", "win rate", 73, "%", None, "Jxavel"),
            ("takes 4.3 s", "generation time", 4.3, "s", None, None),
        ],
    },
    # ------------------------------------------------------------ math-expression-recognition
    {
        "field": "math-expression-recognition",
        "title": "Jxeriad: Relation-Aware Position Queries for Handwritten Mathematical Expression Recognition",
        "text": (
            "Handwritten mathematical expression recognition (HMER) requires a model to transcribe a two-dimensional "
            "arrangement of symbols into a LaTeX string, and current decoders still confuse symbols whose meaning "
            "depends on their relative position, such as superscripts, subscripts and the contents of fractions. "
            "Recent work addresses this with coverage attention in CoMER, symbol counting in CAN or position-forest "
            "supervision in PosFormer, each at the cost of extra supervision or decoding passes. We propose Jxeriad, "
            "a Transformer decoder in which every query carries a relation embedding that encodes its spatial "
            "relation to the parent symbol; the relation is predicted jointly with the token by a lightweight head "
            "and refined across decoding steps. Relation labels are derived automatically from LaTeX syntax trees, "
            "so no extra annotation is needed. On CROHME 2014, CROHME 2016 and CROHME 2019, Jxeriad reaches "
            "expression recognition rates (ExpRate) of 63.47%, 62.16% and 65.38%, respectively, improving on "
            "PosFormer by 0.79, 1.13 and 0.41 points. On the larger HME100K dataset, Jxeriad achieves 70.9% ExpRate, "
            "compared with 68.12% for CoMER and 69.8% for PosFormer. The relation head adds only 4% to decoding "
            "time. Gains concentrate on expressions with three or more levels of nesting, where ExpRate rises by 3.6 "
            "points over PosFormer."
        ),
        "spans": [
            ("Jxeriad", "M"), ("Handwritten Mathematical Expression Recognition", "T"),
            ("Handwritten mathematical expression recognition", "T"), ("HMER", "T"), ("coverage attention", "M"),
            ("CoMER", "M"), ("CAN", "M"), ("PosFormer", "M"), ("Transformer", "M"), ("CROHME 2014", "D"),
            ("CROHME 2016", "D"), ("CROHME 2019", "D"), ("expression recognition rates", "X"), ("ExpRate", "X"),
            ("HME100K", "D"), ("decoding time", "X"),
        ],
        "results": [
            ("63.47%", "ExpRate", 63.47, "%", "CROHME 2014", "Jxeriad"),
            ("62.16%", "ExpRate", 62.16, "%", "CROHME 2016", "Jxeriad"),
            ("65.38%", "ExpRate", 65.38, "%", "CROHME 2019", "Jxeriad"),
            ("0.79", "ExpRate", 0.79, "points", "CROHME 2014", "Jxeriad"),
            ("1.13", "ExpRate", 1.13, "points", "CROHME 2016", "Jxeriad"),
            ("0.41 points", "ExpRate", 0.41, "points", "CROHME 2019", "Jxeriad"),
            ("70.9% ExpRate", "ExpRate", 70.9, "%", "HME100K", "Jxeriad"),
            ("68.12% for CoMER", "ExpRate", 68.12, "%", "HME100K", "CoMER"),
            ("69.8% for PosFormer", "ExpRate", 69.8, "%", "HME100K", "PosFormer"),
            ("4% to decoding time", "decoding time", 4, "%", None, None),
            ("ExpRate rises by 3.6 points", "ExpRate", 3.6, "points", None, None),
        ],
    },
    {
        "field": "math-expression-recognition",
        "title": "Jxindle: A Compact Recognizer for Printed, Screen-Captured and Handwritten Formulas",
        "text": (
            "Mathematical expression recognition in the wild covers clean rendered formulas, noisy screenshots and "
            "photographs, and handwriting, and models trained on a single source such as Im2Latex-100K degrade "
            "sharply outside it. Large vision-language models such as Qwen2-VL and GOT-OCR2.0 cope with this variety "
            "but are slow, while specialised recognizers like UniMERNet are fast yet still miss long multi-line "
            "expressions. We present Jxindle, a 180M-parameter model that pairs a Swin Transformer encoder with "
            "token merging, which shortens the visual sequence fourfold before a six-layer decoder; it is trained on "
            "UniMER-1M together with 2.4M synthetic multi-line formulas. On the four subsets of UniMER-Test (SPE, "
            "CPE, SCE and HWE), which contain simple printed, complex printed, screen-captured and handwritten "
            "expressions, Jxindle reaches BLEU scores of 0.921, 0.913, 0.835 and 0.932, respectively, and an average "
            "CDM of 0.962, against 0.951 for UniMERNet-B and 0.957 for GOT-OCR2.0. The largest gain is on CPE, where "
            "the edit distance falls from 0.071 for UniMERNet-B to 0.052. Jxindle decodes 27 formulas per second on "
            "a single RTX 3090, 2.4\u00d7 faster than UniMERNet-B and roughly 11\u00d7 faster than Qwen2-VL-7B, "
            "while occupying 3.1 GB of GPU memory. Ablations show that token merging costs only 0.003 BLEU on SPE."
        ),
        "spans": [
            ("Jxindle", "M"), ("Mathematical expression recognition", "T"), ("Im2Latex-100K", "D"),
            ("Large vision-language models", "M"), ("Qwen2-VL", "M"), ("GOT-OCR2.0", "M"), ("UniMERNet", "M"),
            ("Swin Transformer", "M"), ("token merging", "M"), ("UniMER-1M", "D"), ("UniMER-Test", "D"),
            ("SPE", "D"), ("CPE", "D"), ("SCE", "D"), ("HWE", "D"), ("BLEU", "X"), ("average CDM", "X"),
            ("UniMERNet-B", "M"), ("edit distance", "X"), ("formulas per second", "X"), ("Qwen2-VL-7B", "M"),
            ("GPU memory", "X"),
        ],
        "results": [
            ("BLEU scores of 0.921", "BLEU", 0.921, None, "SPE", "Jxindle"),
            ("0.913", "BLEU", 0.913, None, "CPE", "Jxindle"),
            ("0.835", "BLEU", 0.835, None, "SCE", "Jxindle"),
            ("0.932", "BLEU", 0.932, None, "HWE", "Jxindle"),
            ("average CDM of 0.962", "CDM", 0.962, None, "UniMER-Test", "Jxindle"),
            ("0.951 for UniMERNet-B", "CDM", 0.951, None, "UniMER-Test", "UniMERNet-B"),
            ("0.957 for GOT-OCR2.0", "CDM", 0.957, None, "UniMER-Test", "GOT-OCR2.0"),
            ("edit distance falls from 0.071", "edit distance", 0.071, None, "CPE", "UniMERNet-B"),
            ("0.052", "edit distance", 0.052, None, "CPE", None),
            ("27 formulas per second", "throughput", 27, "formulas/s", None, "Jxindle"),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, "Jxindle"),
            ("11\u00d7 faster", "speed-up", 11, "\u00d7", None, "Jxindle"),
            ("3.1 GB of GPU memory", "GPU memory", 3.1, "GB", None, "Jxindle"),
            ("0.003 BLEU", "BLEU", 0.003, None, "SPE", "token merging"),
        ],
    },
    {
        "field": "math-expression-recognition",
        "title": "Jxorvane: Stroke-Order-Invariant Pretraining for Online Handwritten Mathematical Expression "
                 "Recognition",
        "text": (
            "Online handwritten mathematical expression recognition reads digital ink, sequences of pen "
            "trajectories, rather than images, and can exploit timing information that offline recognizers discard. "
            "Yet writers produce the same expression with very different stroke orders, delayed strokes and "
            "corrections, and sequence models trained on the limited CROHME data overfit to the orders they have "
            "seen. We introduce Jxorvane, a self-supervised pretraining scheme for ink encoders that masks and "
            "reorders strokes and trains a Transformer to reconstruct both the masked trajectories and a rasterised "
            "rendering of the whole expression, which makes the learned representation largely invariant to stroke "
            "order. Jxorvane is pretrained on 3.4M unlabelled ink samples drawn from the synthetic portion of "
            "MathWriting and from rendered LaTeX, and then fine-tuned with a CTC objective and an attention decoder. "
            "On the MathWriting test split, Jxorvane attains a character error rate (CER) of 4.1%, a relative CER "
            "reduction of 19% over the same architecture trained from scratch. On CROHME 2019, Jxorvane reaches an "
            "ExpRate of 64.2%, above the 60.1% of the best previous online recognizer we are aware of, and when "
            "stroke order is randomly permuted at test time its ExpRate decreases by only 1.8 points, against 14.5 "
            "points for the from-scratch model. Pretraining takes 410 GPU-hours, but adapting to a new domain "
            "requires only a few thousand labelled expressions."
        ),
        "spans": [
            ("Jxorvane", "M"), ("Online Handwritten Mathematical Expression Recognition", "T"),
            ("Online handwritten mathematical expression recognition", "T"), ("CROHME", "D"),
            ("self-supervised pretraining", "M"), ("Transformer", "M"), ("MathWriting", "D"), ("CTC", "M"),
            ("character error rate", "X"), ("CER", "X"), ("relative CER reduction", "X"), ("CROHME 2019", "D"),
            ("ExpRate", "X"),
        ],
        "results": [
            ("character error rate (CER) of 4.1%", "CER", 4.1, "%", "MathWriting", "Jxorvane"),
            ("relative CER reduction of 19%", "relative CER reduction", 19, "%", "MathWriting", "Jxorvane"),
            ("ExpRate of 64.2%", "ExpRate", 64.2, "%", "CROHME 2019", "Jxorvane"),
            ("60.1%", "ExpRate", 60.1, "%", "CROHME 2019", None),
            ("ExpRate decreases by only 1.8 points", "ExpRate", 1.8, "points", "CROHME 2019", "Jxorvane"),
            ("14.5 points", "ExpRate", 14.5, "points", "CROHME 2019", None),
            ("Pretraining takes 410 GPU-hours", "pretraining time", 410, "GPU-hours", None, None),
        ],
    },
    {
        "field": "math-expression-recognition",
        "title": "Jxustral: A Lightweight Counting-Guided Recognizer for Handwritten Mathematical Expressions on Edge "
                 "Devices",
        "text": (
            "Handwritten mathematical expression recognition (HMER) models have become accurate but heavy: DenseNet "
            "encoders with Transformer decoders, as in BTTR and CoMER, need several GFLOPs per expression and respond "
            "slowly on phones. We design Jxustral, a recognizer for edge devices that combines a MobileNetV3-style "
            "encoder with a two-layer decoder whose query and key projections are shared. A symbol-counting branch, "
            "inspired by CAN, predicts per-class symbol counts from the encoder features and passes them to the "
            "decoder as a global prior, and the whole model is trained by knowledge distillation from a CoMER "
            "teacher. Jxustral needs 0.83 GFLOPs per expression, 9\u00d7 fewer than CoMER. With this budget, Jxustral "
            "achieves ExpRates of 58.4%, 56.9% and 59.2% on CROHME 2014, CROHME 2016 and CROHME 2019 and 67.5% on "
            "HME100K. For comparison, CAN-DWAP obtains 57.0/56.1/54.9% and 67.3%, and the CoMER teacher "
            "59.3/59.8/63.0% and 68.1%. On a Snapdragon 8 Gen 2 phone, Jxustral recognises an expression in 38 ms, "
            "5.7\u00d7 faster than CoMER. After INT8 quantization, Jxustral has a model size of 7.6 MB, with an "
            "ExpRate drop below 0.5 points on CROHME 2014. The counting prior matters most: removing it costs 2.7 "
            "points of ExpRate on HME100K."
        ),
        "spans": [
            ("Jxustral", "M"), ("Handwritten mathematical expression recognition", "T"), ("HMER", "T"),
            ("DenseNet", "M"), ("Transformer", "M"), ("BTTR", "M"), ("CoMER", "M"), ("GFLOPs", "X"),
            ("MobileNetV3", "M"), ("CAN", "M"), ("knowledge distillation", "M"), ("ExpRates", "X"),
            ("CROHME 2014", "D"), ("CROHME 2016", "D"), ("CROHME 2019", "D"), ("HME100K", "D"),
            ("CAN-DWAP", "M"), ("INT8 quantization", "M"), ("model size", "X"), ("ExpRate", "X"),
        ],
        "results": [
            ("0.83 GFLOPs", "FLOPs", 0.83, "G", None, "Jxustral"),
            ("9\u00d7 fewer", "FLOPs reduction", 9, "\u00d7", None, "Jxustral"),
            ("58.4%", "ExpRate", 58.4, "%", "CROHME 2014", "Jxustral"),
            ("56.9%", "ExpRate", 56.9, "%", "CROHME 2016", "Jxustral"),
            ("59.2%", "ExpRate", 59.2, "%", "CROHME 2019", "Jxustral"),
            ("67.5% on HME100K", "ExpRate", 67.5, "%", "HME100K", "Jxustral"),
            ("57.0", "ExpRate", 57.0, "%", "CROHME 2014", "CAN-DWAP"),
            ("56.1", "ExpRate", 56.1, "%", "CROHME 2016", "CAN-DWAP"),
            ("54.9%", "ExpRate", 54.9, "%", "CROHME 2019", "CAN-DWAP"),
            ("67.3%", "ExpRate", 67.3, "%", "HME100K", "CAN-DWAP"),
            ("59.3", "ExpRate", 59.3, "%", "CROHME 2014", "CoMER"),
            ("59.8", "ExpRate", 59.8, "%", "CROHME 2016", "CoMER"),
            ("63.0%", "ExpRate", 63.0, "%", "CROHME 2019", "CoMER"),
            ("68.1%", "ExpRate", 68.1, "%", "HME100K", "CoMER"),
            ("38 ms", "latency", 38, "ms", None, "Jxustral"),
            ("5.7\u00d7 faster", "speed-up", 5.7, "\u00d7", None, "Jxustral"),
            ("model size of 7.6 MB", "model size", 7.6, "MB", None, "Jxustral"),
            ("ExpRate drop below 0.5 points", "ExpRate", 0.5, "points", "CROHME 2014", "Jxustral"),
            ("2.7 points of ExpRate", "ExpRate", 2.7, "points", "HME100K", None),
        ],
    },
    {
        "field": "math-expression-recognition",
        "title": "Jxemora: Rewarding Visual Equivalence Instead of Token Matching in Image-to-LaTeX Fine-Tuning",
        "text": (
            "Image-to-LaTeX models are trained with token-level cross-entropy against a single reference "
            "transcription, even though many different LaTeX strings render to the same formula. This mismatch "
            "penalises correct but differently written outputs and pushes models to memorise the notational habits "
            "of their training corpus. We propose Jxemora, a reinforcement fine-tuning stage that samples several "
            "candidate transcriptions per image, renders each of them, and scores them with a visual-equivalence "
            "reward that matches rendered symbols and their positions rather than token strings. Policy updates use "
            "group relative policy optimization (GRPO) without a learned value model, and a KL penalty keeps the "
            "policy close to its supervised initialisation. We apply Jxemora to three recognizers of different size, "
            "Pix2Tex, UniMERNet-S and a 2B-parameter Qwen2-VL model, and evaluate them on Im2Latex-100K and on the "
            "printed and handwritten subsets of UniMER-Test with Character Detection Matching (CDM), BLEU and exact "
            "match after rendering. Across the three models, CDM improves by 1.2 to 3.4 points, with the largest "
            "gain for the smallest model, while BLEU, which rewards reproducing the reference string, barely moves "
            "and sometimes drops. For UniMERNet-S, the exact-match rate on Im2Latex-100K rises from 81.7% to 86.0%. "
            "Computing the reward adds about 40% to training time, and inference cost is unchanged. These findings "
            "suggest that string-based metrics underestimate recent progress in formula recognition."
        ),
        "spans": [
            ("Jxemora", "M"), ("Image-to-LaTeX", "T"), ("reinforcement fine-tuning", "M"),
            ("group relative policy optimization", "M"), ("GRPO", "M"), ("Pix2Tex", "M"), ("UniMERNet-S", "M"),
            ("Qwen2-VL", "M"), ("Im2Latex-100K", "D"), ("UniMER-Test", "D"), ("Character Detection Matching", "X"),
            ("CDM", "X"), ("BLEU", "X"), ("exact match", "X"), ("exact-match rate", "X"), ("training time", "X"),
            ("formula recognition", "T"),
        ],
        "results": [
            ("CDM improves by 1.2 to 3.4 points", "CDM", 3.4, "points", None, None, {"low": 1.2}),
            ("exact-match rate on Im2Latex-100K rises from 81.7% to 86.0%", "exact-match rate", 86.0, "%",
             "Im2Latex-100K", "UniMERNet-S"),
            ("40% to training time", "training time", 40, "%", None, None),
        ],
    },
    {
        "field": "math-expression-recognition",
        "title": "Jxiquet: Layout-Conditioned Diffusion Synthesis of Handwritten Formulas for Data-Efficient "
                 "Recognition",
        "text": (
            "Annotated handwritten mathematical expressions are expensive to collect, and the CROHME training set "
            "contains fewer than 9,000 of them, so handwritten mathematical expression recognition (HMER) models "
            "overfit and fail on deeply nested structures. We propose Jxiquet, a latent diffusion model that renders "
            "a LaTeX string as a handwritten expression image. A layout encoder turns the symbol tree into bounding "
            "boxes that condition the denoiser, while a writer-style embedding learned from HME100K controls stroke "
            "width and slant. We use Jxiquet to produce 1M synthetic training images, keeping only those for which a "
            "pretrained recognizer reproduces the source string. Adding the synthetic data to CROHME training lifts "
            "CoMER from 59.3% to 62.8% ExpRate on CROHME 2014 (+3.5) and PosFormer from 62.7% to 65.1%, and the "
            "gains are larger on CROHME 2019 (+4.1 and +3.2 points, respectively). On the nested-expression "
            "benchmark MNE, PosFormer trained with Jxiquet data reaches 44.6% ExpRate on the N3 subset, whose "
            "expressions have three or more nesting levels, vs. 33.0% without it. With only 25% of the real CROHME "
            "training images plus synthetic data, CoMER comes within 0.6 points of its fully supervised ExpRate. "
            "Synthesising one image takes 0.21 s on an A100 with 20 DDIM steps. As a data source, Jxiquet "
            "outperforms font-based rendering and GAN-based handwriting synthesis by 1.9 and 1.4 points of ExpRate "
            "on CROHME 2014."
        ),
        "spans": [
            ("Jxiquet", "M"), ("CROHME", "D"), ("handwritten mathematical expression recognition", "T"),
            ("HMER", "T"), ("latent diffusion model", "M"), ("HME100K", "D"), ("CoMER", "M"), ("ExpRate", "X"),
            ("CROHME 2014", "D"), ("PosFormer", "M"), ("CROHME 2019", "D"), ("MNE", "D"), ("N3", "D"),
            ("DDIM", "M"), ("GAN", "M"), ("handwriting synthesis", "T"),
        ],
        "results": [
            ("62.8% ExpRate", "ExpRate", 62.8, "%", "CROHME 2014", "CoMER"),
            ("+3.5", "ExpRate", 3.5, "points", "CROHME 2014", "CoMER"),
            ("65.1%", "ExpRate", 65.1, "%", "CROHME 2014", "PosFormer"),
            ("+4.1", "ExpRate", 4.1, "points", "CROHME 2019", "CoMER"),
            ("+3.2 points", "ExpRate", 3.2, "points", "CROHME 2019", "PosFormer"),
            ("44.6% ExpRate", "ExpRate", 44.6, "%", "N3", "PosFormer"),
            ("33.0%", "ExpRate", 33.0, "%", "N3", "PosFormer"),
            ("within 0.6 points", "ExpRate", 0.6, "points", "CROHME", "CoMER"),
            ("Synthesising one image takes 0.21 s", "synthesis time", 0.21, "s", None, None),
            ("1.9", "ExpRate", 1.9, "points", "CROHME 2014", "Jxiquet"),
            ("1.4 points of ExpRate", "ExpRate", 1.4, "points", "CROHME 2014", "Jxiquet"),
        ],
    },
]
