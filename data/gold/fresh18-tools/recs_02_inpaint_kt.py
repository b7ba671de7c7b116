"""fresh18 records: image-inpainting (6) and knowledge-tracing (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline
was never run on these records and its output was never looked at."""

COINED = ["Bzorlith", "Bzenvara", "Bzedrin", "Bzantor", "Bzelmark", "Bzyllic", "Bzomara",
          "Bzivane", "Bzoccet", "Bzymra", "Bzattik", "Bzurrow", "Bzenkle"]

RECS = [
    # ------------------------------------------------------------ image-inpainting
    {
        "field": "image-inpainting",
        "title": "Bzorlith: Mask-Modulated Spectral Token Mixing for High-Resolution Large-Mask Inpainting",
        "text": (
            "Filling large, irregular holes in high-resolution photographs remains hard for feed-forward inpainting "
            "networks. Convolutional models such as LaMa propagate repetitive texture through fast Fourier "
            "convolutions (FFCs) but often hallucinate implausible structure, while attention-based models such as "
            "MAT recover layout at a steep computational cost. We present Bzorlith, a single-stage inpainting network "
            "whose token mixer applies spectral filters modulated by the mask, so that each layer decides how far "
            "known content should travel into the hole. Bzorlith is trained adversarially on Places2 and CelebA-HQ "
            "at 512\u00d7512 and evaluated with the large-mask protocol introduced by LaMa. On Places2, Bzorlith "
            "obtains an FID of 1.98, an LPIPS of 0.187 and a P-IDS of 14.6%, against 2.21, 0.199 and 10.3% for "
            "Big-LaMa and 2.90, 0.206 and 13.1% for MAT. On CelebA-HQ, it lowers FID from 4.86 with MAT to 4.12. The "
            "gains concentrate on masks covering more than half of the image, where FID improves by 0.71 over "
            "Big-LaMa. At 98 GFLOPs per 512\u00d7512 image, Bzorlith runs in 31 ms on an A100 GPU, 2.4\u00d7 faster "
            "than MAT, and it scales to 2K inputs without tiling. Removing the mask modulation costs 0.35 FID on "
            "Places2, confirming that where known content flows matters more than how far it can reach."
        ),
        "spans": [
            ("Bzorlith", "M"), ("Large-Mask Inpainting", "T"), ("inpainting", "T"), ("LaMa", "M"),
            ("fast Fourier convolutions", "M"), ("FFCs", "M"), ("MAT", "M"), ("Places2", "D"), ("CelebA-HQ", "D"),
            ("FID", "X"), ("LPIPS", "X"), ("P-IDS", "X"), ("Big-LaMa", "M"), ("GFLOPs", "X"),
        ],
        "results": [
            ("FID of 1.98", "FID", 1.98, None, "Places2", "Bzorlith"),
            ("LPIPS of 0.187", "LPIPS", 0.187, None, "Places2", "Bzorlith"),
            ("P-IDS of 14.6%", "P-IDS", 14.6, "%", "Places2", "Bzorlith"),
            ("2.21", "FID", 2.21, None, "Places2", "Big-LaMa"),
            ("0.199", "LPIPS", 0.199, None, "Places2", "Big-LaMa"),
            ("10.3%", "P-IDS", 10.3, "%", "Places2", "Big-LaMa"),
            ("2.90", "FID", 2.9, None, "Places2", "MAT"),
            ("0.206", "LPIPS", 0.206, None, "Places2", "MAT"),
            ("13.1%", "P-IDS", 13.1, "%", "Places2", "MAT"),
            ("FID from 4.86", "FID", 4.86, None, "CelebA-HQ", "MAT"),
            ("4.12", "FID", 4.12, None, "CelebA-HQ", None),
            ("FID improves by 0.71", "FID", 0.71, None, None, None),
            ("98 GFLOPs", "FLOPs", 98, "G", None, "Bzorlith"),
            ("runs in 31 ms", "latency", 31, "ms", None, "Bzorlith"),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, "Bzorlith"),
            ("costs 0.35 FID", "FID", 0.35, None, "Places2", None),
        ],
    },
    {
        "field": "image-inpainting",
        "title": "Bzenvara: Training-Free Image Inpainting with Pretrained Diffusion Models in Fifty Steps",
        "text": (
            "Pretrained unconditional diffusion models can perform image inpainting without task-specific training, "
            "but existing zero-shot samplers trade speed against coherence. RePaint resamples every step several "
            "times and needs roughly 4,500 network function evaluations (NFEs) per image, while DDNM and DPS are fast "
            "yet leave visible seams at the mask boundary when holes are large. We propose Bzenvara, a training-free "
            "sampler that alternates a closed-form projection onto the known pixels with a short Langevin dynamics "
            "correction of the predicted clean image, and anneals the correction strength with the estimated mask "
            "coverage. Bzenvara reuses the pretrained ADM checkpoints of prior work and needs only 50 denoising "
            "steps. Across six mask types on CelebA-HQ 256\u00d7256 and ImageNet 256\u00d7256, Bzenvara reduces "
            "LPIPS by 8\u201317% relative to CoPaint, the strongest training-free baseline. For wide masks, Bzenvara "
            "obtains LPIPS of 0.089 and 0.147 on CelebA-HQ and ImageNet, respectively, against 0.112 and 0.181 for "
            "RePaint and 0.104 and 0.169 for DDNM. On half-image masks of ImageNet, Bzenvara reaches an FID of 27.4 "
            "(CoPaint: 31.9). Sampling takes 9.6 s per image on a single A6000, a 23\u00d7 speed-up over RePaint. In "
            "a user study with 40 participants, Bzenvara was preferred over CoPaint in 71% of pairwise comparisons. "
            "The sampler also transfers without modification to latent diffusion models such as Stable Diffusion 2.1."
        ),
        "spans": [
            ("Bzenvara", "M"), ("Image Inpainting", "T"), ("Diffusion Models", "M"), ("diffusion models", "M"),
            ("image inpainting", "T"), ("RePaint", "M"), ("network function evaluations", "X"), ("NFEs", "X"),
            ("DDNM", "M"), ("DPS", "M"), ("Langevin dynamics", "M"), ("ADM", "M"), ("CelebA-HQ 256\u00d7256", "D"),
            ("ImageNet 256\u00d7256", "D"), ("CelebA-HQ", "D"), ("ImageNet", "D"), ("LPIPS", "X"), ("CoPaint", "M"),
            ("FID", "X"), ("speed-up", "X"), ("latent diffusion models", "M"), ("Stable Diffusion 2.1", "M"),
        ],
        "results": [
            ("4,500 network function evaluations", "network function evaluations", 4500, None, None, "RePaint"),
            ("LPIPS by 8\u201317%", "LPIPS reduction", 17, "%", None, "Bzenvara", {"low": 8}),
            ("LPIPS of 0.089", "LPIPS", 0.089, None, "CelebA-HQ", "Bzenvara"),
            ("0.147", "LPIPS", 0.147, None, "ImageNet", "Bzenvara"),
            ("0.112", "LPIPS", 0.112, None, "CelebA-HQ", "RePaint"),
            ("0.181", "LPIPS", 0.181, None, "ImageNet", "RePaint"),
            ("0.104", "LPIPS", 0.104, None, "CelebA-HQ", "DDNM"),
            ("0.169", "LPIPS", 0.169, None, "ImageNet", "DDNM"),
            ("FID of 27.4", "FID", 27.4, None, "ImageNet", "Bzenvara"),
            ("31.9", "FID", 31.9, None, "ImageNet", "CoPaint"),
            ("Sampling takes 9.6 s", "sampling time", 9.6, "s", None, None),
            ("23\u00d7 speed-up", "speed-up", 23, "\u00d7", None, None),
            ("71% of pairwise comparisons", "win rate", 71, "%", None, "Bzenvara"),
        ],
    },
    {
        "field": "image-inpainting",
        "title": "Bzedrin: Decoupled Mask-Aware Feature Injection for Text-Guided Inpainting with Frozen Diffusion "
                 "Backbones",
        "text": (
            "Text-guided inpainting asks a model to fill a masked region with content that follows a prompt while "
            "blending seamlessly with the surrounding image. Dual-branch designs such as BrushNet inject masked-image "
            "features into a frozen Stable Diffusion backbone and preserve unmasked regions well, but they duplicate "
            "most of the U-Net and often ignore the prompt inside small masks. We introduce Bzedrin, a lightweight "
            "injection module that encodes the masked image once, routes its features through mask-aware gates, and "
            "adds them only to the decoder blocks of the denoiser. Only the module is trained, so Bzedrin plugs into "
            "community checkpoints of SD 1.5 and SDXL without further tuning. On BrushBench with segmentation masks, "
            "Bzedrin scores an ImageReward of 12.9, an HPS v2 of 28.6 and a CLIP Similarity of 26.8, versus 12.6, "
            "28.1 and 26.4 for BrushNet and 11.9, 27.5 and 26.1 for PowerPaint. Bzedrin also matches BrushNet in "
            "background preservation on BrushBench (PSNR 31.8 dB vs. 31.9 dB). On EditBench, Bzedrin improves CLIP "
            "Similarity by 0.9 over SD Inpainting and ranks first on 5 of the 6 attribute categories. Latency per "
            "1024\u00d71024 image falls from 7.3 s for BrushNet to 4.1 s, and peak GPU memory drops by 38%."
        ),
        "spans": [
            ("Bzedrin", "M"), ("Text-Guided Inpainting", "T"), ("Text-guided inpainting", "T"), ("BrushNet", "M"),
            ("Stable Diffusion", "M"), ("U-Net", "M"), ("SD 1.5", "M"), ("SDXL", "M"), ("BrushBench", "D"),
            ("ImageReward", "X"), ("HPS v2", "X"), ("CLIP Similarity", "X"), ("PowerPaint", "M"), ("PSNR", "X"),
            ("EditBench", "D"), ("SD Inpainting", "M"), ("Latency", "X"), ("peak GPU memory", "X"),
        ],
        "results": [
            ("ImageReward of 12.9", "ImageReward", 12.9, None, "BrushBench", "Bzedrin"),
            ("HPS v2 of 28.6", "HPS v2", 28.6, None, "BrushBench", "Bzedrin"),
            ("CLIP Similarity of 26.8", "CLIP Similarity", 26.8, None, "BrushBench", "Bzedrin"),
            ("12.6", "ImageReward", 12.6, None, "BrushBench", "BrushNet"),
            ("28.1", "HPS v2", 28.1, None, "BrushBench", "BrushNet"),
            ("26.4", "CLIP Similarity", 26.4, None, "BrushBench", "BrushNet"),
            ("11.9", "ImageReward", 11.9, None, "BrushBench", "PowerPaint"),
            ("27.5", "HPS v2", 27.5, None, "BrushBench", "PowerPaint"),
            ("26.1", "CLIP Similarity", 26.1, None, "BrushBench", "PowerPaint"),
            ("PSNR 31.8 dB", "PSNR", 31.8, "dB", "BrushBench", "Bzedrin"),
            ("31.9 dB", "PSNR", 31.9, "dB", "BrushBench", "BrushNet"),
            ("CLIP Similarity by 0.9", "CLIP Similarity", 0.9, None, "EditBench", "Bzedrin"),
            ("ranks first on 5 of the 6 attribute categories", "attribute categories ranked first", 5, None,
             "EditBench", "Bzedrin"),
            ("7.3 s for BrushNet", "latency", 7.3, "s", None, "BrushNet"),
            ("4.1 s", "latency", 4.1, "s", None, None),
            ("peak GPU memory drops by 38%", "memory reduction", 38, "%", None, None),
        ],
    },
    {
        "field": "image-inpainting",
        "title": "Bzantor: Tile-by-Tile Image Outpainting with Seam-Consistent Guidance for Arbitrary Aspect Ratios",
        "text": (
            "Image outpainting extends a photograph beyond its borders, and the result must stay consistent with the "
            "input in content and style over canvases many times wider than the original. Query-based models such as "
            "QueryOTR handle moderate extensions, while latent diffusion models fine-tuned for inpainting produce "
            "sharper texture but drift semantically once the canvas has been extended several times. We propose "
            "Bzantor, which grows the canvas in overlapping tiles and denoises each new tile with a seam-consistent "
            "guidance term that matches low-frequency statistics across the overlap, together with a caption memory "
            "that carries scene descriptions forward from earlier tiles. We also release Bzelmark, a benchmark of "
            "3,200 high-resolution landscape and interior photographs with ground-truth wide-field extensions at "
            "2\u00d7, 4\u00d7 and 8\u00d7 width. On the Scenery and Building Facades datasets with the standard "
            "1\u00d7 extension, Bzantor achieves FIDs of 15.2 and 19.7 and Inception Scores (IS) of 3.91 and 4.32, "
            "improving on QueryOTR by 4.6 and 3.1 FID points, respectively. On Bzelmark, Bzantor reaches a KID of "
            "0.0082 at 8\u00d7 width, less than half the 0.0191 of SDXL Inpainting, and human raters judged its "
            "panoramas more coherent in 68% of comparisons. Because tiles share cached key\u2013value features, "
            "generating an 8\u00d7 panorama at a height of 1024 pixels takes 41 s on an H100."
        ),
        "spans": [
            ("Bzantor", "M"), ("Image Outpainting", "T"), ("Image outpainting", "T"), ("QueryOTR", "M"),
            ("latent diffusion models", "M"), ("inpainting", "T"), ("Bzelmark", "D"), ("Scenery", "D"),
            ("Building Facades", "D"), ("FIDs", "X"), ("FID", "X"), ("Inception Scores", "X"), ("IS", "X"),
            ("KID", "X"), ("SDXL Inpainting", "M"),
        ],
        "results": [
            ("FIDs of 15.2", "FID", 15.2, None, "Scenery", "Bzantor"),
            ("19.7", "FID", 19.7, None, "Building Facades", "Bzantor"),
            ("Inception Scores (IS) of 3.91", "IS", 3.91, None, "Scenery", "Bzantor"),
            ("4.32", "IS", 4.32, None, "Building Facades", "Bzantor"),
            ("by 4.6", "FID", 4.6, None, "Scenery", "Bzantor"),
            ("3.1 FID points", "FID", 3.1, "points", "Building Facades", "Bzantor"),
            ("KID of 0.0082", "KID", 0.0082, None, "Bzelmark", "Bzantor"),
            ("0.0191", "KID", 0.0191, None, "Bzelmark", "SDXL Inpainting"),
            ("68% of comparisons", "win rate", 68, "%", "Bzelmark", "Bzantor"),
            ("takes 41 s", "generation time", 41, "s", None, None),
        ],
    },
    {
        "field": "image-inpainting",
        "title": "Bzyllic: Distilling Large-Mask Inpainting Networks into On-Device Generators with Structure Priors",
        "text": (
            "Object removal on smartphones requires inpainting models that run in a fraction of a second within a "
            "few hundred megabytes of memory, yet the networks that lead large-mask evaluations on Places2, such as "
            "LaMa and CoModGAN, are far too heavy for mobile processors. MI-GAN showed that knowledge distillation "
            "can produce small GAN generators, but its outputs degrade on scenes dominated by long straight "
            "structures such as buildings and roads. We propose Bzyllic, a compact generator distilled from a "
            "Big-LaMa teacher with a feature-matching objective, which receives a cheap line-and-edge map as an "
            "auxiliary input and reuses it at every decoder stage. Training follows a progressive mask curriculum "
            "that enlarges holes as distillation proceeds. Bzyllic needs 7.8 GFLOPs at 512\u00d7512 and runs in 48 "
            "ms on the GPU of a Snapdragon 8 Gen 3 phone. On Places2, Bzyllic attains an FID of 3.65 and a U-IDS of "
            "29.4%, close to the 3.41 and 30.8% of Big-LaMa, and it lowers FID by 0.52 relative to MI-GAN on a "
            "building-dominated subset. We release the models and an Android demo."
        ),
        "spans": [
            ("Bzyllic", "M"), ("Large-Mask Inpainting", "T"), ("Object removal", "T"), ("inpainting", "T"),
            ("Places2", "D"), ("LaMa", "M"), ("CoModGAN", "M"), ("MI-GAN", "M"), ("knowledge distillation", "M"),
            ("GAN", "M"), ("Big-LaMa", "M"), ("distillation", "M"), ("GFLOPs", "X"), ("FID", "X"), ("U-IDS", "X"),
        ],
        "results": [
            ("7.8 GFLOPs", "FLOPs", 7.8, "G", None, "Bzyllic"),
            ("runs in 48 ms", "latency", 48, "ms", None, "Bzyllic"),
            ("FID of 3.65", "FID", 3.65, None, "Places2", "Bzyllic"),
            ("U-IDS of 29.4%", "U-IDS", 29.4, "%", "Places2", "Bzyllic"),
            ("3.41", "FID", 3.41, None, "Places2", "Big-LaMa"),
            ("30.8%", "U-IDS", 30.8, "%", "Places2", "Big-LaMa"),
            ("lowers FID by 0.52", "FID", 0.52, None, "Places2", "Bzyllic"),
        ],
    },
    {
        "field": "image-inpainting",
        "title": "Bzomara: Distilling Inpainting Diffusion Models into a Single Step with Mask-Conditioned "
                 "Discriminators",
        "text": (
            "Inpainting diffusion models such as SDXL Inpainting and FLUX.1 Fill produce convincing fills but require "
            "25 to 50 denoising steps, which rules out interactive use. Generic step distillation methods, including "
            "latent consistency models (LCMs) and adversarial diffusion distillation (ADD), transfer poorly to "
            "inpainting: one-step students blur the hole and leave colour shifts along its border. We present "
            "Bzomara, a distillation scheme in which a discriminator built on the frozen teacher's features is "
            "conditioned on the mask and judges only the filled region and a thin band around it, while a score "
            "distillation term keeps the student close to the teacher's output distribution. Distilled from SDXL "
            "Inpainting, the one-step Bzomara student reaches an FID of 6.8 and an LPIPS of 0.241 on Places2 at "
            "1024\u00d71024, compared with 6.3 and 0.236 for the 50-step teacher and 9.7 and 0.268 for a four-step "
            "LCM-LoRA. On CelebA-HQ, FID rises by only 0.4 relative to the teacher. The student runs in 0.21 s per "
            "image on an RTX 4090, a 31\u00d7 speed-up. On text-guided fills of COCO val2017, Bzomara keeps a CLIP "
            "Score of 31.2, against 31.5 for the teacher, so prompt adherence is preserved. Applied to FLUX.1 Fill, "
            "Bzomara yields a two-step model that runs 11.6\u00d7 faster than its base."
        ),
        "spans": [
            ("Bzomara", "M"), ("Inpainting", "T"), ("Diffusion Models", "M"), ("diffusion models", "M"),
            ("SDXL Inpainting", "M"), ("FLUX.1 Fill", "M"), ("step distillation", "M"),
            ("latent consistency models", "M"), ("LCMs", "M"), ("adversarial diffusion distillation", "M"),
            ("ADD", "M"), ("inpainting", "T"), ("distillation", "M"), ("score distillation", "M"), ("FID", "X"),
            ("LPIPS", "X"), ("Places2", "D"), ("LCM-LoRA", "M"), ("CelebA-HQ", "D"), ("speed-up", "X"),
            ("COCO val2017", "D"), ("CLIP Score", "X"),
        ],
        "results": [
            ("FID of 6.8", "FID", 6.8, None, "Places2", "Bzomara"),
            ("LPIPS of 0.241", "LPIPS", 0.241, None, "Places2", "Bzomara"),
            ("6.3", "FID", 6.3, None, "Places2", None),
            ("0.236", "LPIPS", 0.236, None, "Places2", None),
            ("9.7", "FID", 9.7, None, "Places2", "LCM-LoRA"),
            ("0.268", "LPIPS", 0.268, None, "Places2", "LCM-LoRA"),
            ("FID rises by only 0.4", "FID", 0.4, None, "CelebA-HQ", None),
            ("runs in 0.21 s", "latency", 0.21, "s", None, None),
            ("31\u00d7 speed-up", "speed-up", 31, "\u00d7", None, None),
            ("CLIP Score of 31.2", "CLIP Score", 31.2, None, "COCO val2017", "Bzomara"),
            ("31.5", "CLIP Score", 31.5, None, "COCO val2017", None),
            ("11.6\u00d7 faster", "speed-up", 11.6, "\u00d7", None, "Bzomara"),
        ],
    },
    # ------------------------------------------------------------ knowledge-tracing
    {
        "field": "knowledge-tracing",
        "title": "Bzivane: Concept-Timeline Attention with Learnable Forgetting Kernels for Knowledge Tracing",
        "text": (
            "Knowledge tracing (KT) estimates how a student's mastery of knowledge concepts evolves over their "
            "interaction history and predicts whether the next question will be answered correctly. Attention-based "
            "models such as AKT and simpleKT weight past interactions by similarity and by a single exponential decay "
            "over elapsed steps, which treats all concepts as if they were forgotten at the same rate. We propose "
            "Bzivane, which keeps a separate timeline for each knowledge concept and learns a monotonic forgetting "
            "kernel per concept from the spacing between practice attempts, measured in elapsed time rather than in "
            "sequence positions. A question-level read-out then combines the concept timelines with difficulty "
            "embeddings derived from the Rasch model. Following the standard evaluation protocol of recent KT "
            "benchmarks, we test on ASSIST2009, Algebra2005, Bridge2006 and NIPS34. Bzivane achieves AUCs of 0.8497, "
            "0.8321, 0.8223 and 0.8081, respectively, improving over simpleKT (0.8426, 0.8254, 0.8160 and 0.8035) on "
            "every dataset and over AKT by 0.0112 AUC on average. Accuracy gains are smaller, between 0.4 and 0.9 "
            "points. The improvement is largest for students whose practice sessions lie more than a week apart, "
            "where AUC on Algebra2005 rises from 0.7904 for simpleKT to 0.8117. The learned kernels are also "
            "interpretable: concepts with steep forgetting curves coincide with those that teachers flag as "
            "frequently relearned."
        ),
        "spans": [
            ("Bzivane", "M"), ("Knowledge Tracing", "T"), ("Knowledge tracing", "T"), ("KT", "T"), ("AKT", "M"),
            ("simpleKT", "M"), ("Rasch model", "M"), ("ASSIST2009", "D"), ("Algebra2005", "D"),
            ("Bridge2006", "D"), ("NIPS34", "D"), ("AUCs", "X"), ("AUC", "X"), ("Accuracy", "X"),
        ],
        "results": [
            ("AUCs of 0.8497", "AUC", 0.8497, None, "ASSIST2009", "Bzivane"),
            ("0.8321", "AUC", 0.8321, None, "Algebra2005", "Bzivane"),
            ("0.8223", "AUC", 0.8223, None, "Bridge2006", "Bzivane"),
            ("0.8081", "AUC", 0.8081, None, "NIPS34", "Bzivane"),
            ("0.8426", "AUC", 0.8426, None, "ASSIST2009", "simpleKT"),
            ("0.8254", "AUC", 0.8254, None, "Algebra2005", "simpleKT"),
            ("0.8160", "AUC", 0.816, None, "Bridge2006", "simpleKT"),
            ("0.8035", "AUC", 0.8035, None, "NIPS34", "simpleKT"),
            ("0.0112 AUC", "AUC", 0.0112, None, None, "Bzivane"),
            ("between 0.4 and 0.9 points", "accuracy", 0.9, "points", None, None, {"low": 0.4}),
            ("0.7904 for simpleKT", "AUC", 0.7904, None, "Algebra2005", "simpleKT"),
            ("0.8117", "AUC", 0.8117, None, "Algebra2005", None),
        ],
    },
    {
        "field": "knowledge-tracing",
        "title": "Bzoccet: Text-Grounded Question Embeddings from Large Language Models for Knowledge Tracing on "
                 "Unseen Questions",
        "text": (
            "Most neural knowledge tracing models learn a separate embedding for every question ID, so they cannot "
            "score questions that never appeared during training, a common situation when item banks are refreshed "
            "each term. We present Bzoccet, which replaces ID embeddings with representations of the question text, "
            "its worked solution and its tagged knowledge concepts computed by a frozen large language model (LLM), "
            "followed by a small adapter trained jointly with the sequence encoder. The encoder itself is the LSTM "
            "of DKT, so any gain comes from the question side. On XES3G5M, a Chinese mathematics dataset with rich "
            "textual annotations, Bzoccet reaches an AUC of 0.8237 and an RMSE of 0.3672 on interactions with seen "
            "questions, on par with IEKT (0.8230) and QIKT (0.8241). On the 20% of test questions withheld from "
            "training, the gap widens: Bzoccet attains 0.7915 AUC, while DKT, IEKT and QIKT fall to 0.7102, 0.7218 "
            "and 0.7264, respectively. Replacing the LLM with Sentence-BERT costs 1.6 AUC points. On Eedi, where only "
            "question images and concept tags are available, Bzoccet still gains 3.4 AUC points over DKT on unseen "
            "questions, using text recovered from the images. Because question embeddings are precomputed once, "
            "inference is as fast as with DKT."
        ),
        "spans": [
            ("Bzoccet", "M"), ("Large Language Models", "M"), ("Knowledge Tracing", "T"),
            ("knowledge tracing", "T"), ("large language model", "M"), ("LLM", "M"), ("LSTM", "M"), ("DKT", "M"),
            ("XES3G5M", "D"), ("AUC", "X"), ("RMSE", "X"), ("IEKT", "M"), ("QIKT", "M"), ("Sentence-BERT", "M"),
            ("Eedi", "D"),
        ],
        "results": [
            ("AUC of 0.8237", "AUC", 0.8237, None, "XES3G5M", "Bzoccet"),
            ("RMSE of 0.3672", "RMSE", 0.3672, None, "XES3G5M", "Bzoccet"),
            ("0.8230", "AUC", 0.823, None, "XES3G5M", "IEKT"),
            ("0.8241", "AUC", 0.8241, None, "XES3G5M", "QIKT"),
            ("0.7915 AUC", "AUC", 0.7915, None, None, "Bzoccet"),
            ("0.7102", "AUC", 0.7102, None, None, "DKT"),
            ("0.7218", "AUC", 0.7218, None, None, "IEKT"),
            ("0.7264", "AUC", 0.7264, None, None, "QIKT"),
            ("costs 1.6 AUC points", "AUC", 1.6, "points", None, None),
            ("gains 3.4 AUC points", "AUC", 3.4, "points", "Eedi", "Bzoccet"),
        ],
    },
    {
        "field": "knowledge-tracing",
        "title": "Bzymra: Linear-Time Knowledge Tracing over Lifelong Student Histories with Selective State Space "
                 "Models",
        "text": (
            "Students on large tutoring platforms accumulate thousands of interactions, yet Transformer-based "
            "knowledge tracing models such as SAINT and AKT truncate histories to the last few hundred responses "
            "because self-attention scales quadratically with sequence length. We introduce Bzymra, a knowledge "
            "tracing model built on Mamba blocks whose input-dependent state transitions act as a learned forgetting "
            "mechanism, combined with a concept-routing layer that writes each response only to the state channels "
            "of its tagged skills. Bzymra processes an entire student history in linear time and updates its state "
            "in constant time per new response. On EdNet-KT1 with full histories of up to 12,000 interactions, "
            "Bzymra obtains an AUC of 0.7895, versus 0.7761 for SAINT and 0.7803 for DTransformer restricted to 500 "
            "steps; on ASSIST2017 and Junyi it scores 0.7923 and 0.8146. Training on EdNet-KT1 is 4.7\u00d7 faster "
            "than with AKT at equal sequence length and needs 62% less GPU memory. At deployment, Bzymra has a "
            "per-response latency of 0.8 ms on a single CPU core, against 23 ms for SAINT, which must re-encode the "
            "full history. Gains over truncated baselines grow with history length, reaching 2.1 AUC points for "
            "students with more than 5,000 responses."
        ),
        "spans": [
            ("Bzymra", "M"), ("Knowledge Tracing", "T"), ("Selective State Space Models", "M"), ("Transformer", "M"),
            ("knowledge tracing", "T"), ("SAINT", "M"), ("AKT", "M"), ("Mamba", "M"), ("EdNet-KT1", "D"),
            ("AUC", "X"), ("DTransformer", "M"), ("ASSIST2017", "D"), ("Junyi", "D"), ("GPU memory", "X"),
            ("latency", "X"),
        ],
        "results": [
            ("AUC of 0.7895", "AUC", 0.7895, None, "EdNet-KT1", "Bzymra"),
            ("0.7761 for SAINT", "AUC", 0.7761, None, "EdNet-KT1", "SAINT"),
            ("0.7803 for DTransformer", "AUC", 0.7803, None, "EdNet-KT1", "DTransformer"),
            ("0.7923", "AUC", 0.7923, None, "ASSIST2017", "Bzymra"),
            ("0.8146", "AUC", 0.8146, None, "Junyi", "Bzymra"),
            ("4.7\u00d7 faster", "speed-up", 4.7, "\u00d7", "EdNet-KT1", None),
            ("62% less GPU memory", "memory reduction", 62, "%", "EdNet-KT1", None),
            ("latency of 0.8 ms", "latency", 0.8, "ms", None, "Bzymra"),
            ("23 ms for SAINT", "latency", 23, "ms", None, "SAINT"),
            ("2.1 AUC points", "AUC", 2.1, "points", None, None),
        ],
    },
    {
        "field": "knowledge-tracing",
        "title": "Bzattik: Reconciling Item Response Theory and Deep Knowledge Tracing through Monotone Ability "
                 "Trajectories",
        "text": (
            "Deep sequence models top most knowledge tracing comparisons, yet teachers and assessment designers "
            "still rely on item response theory (IRT) and Bayesian knowledge tracing (BKT) because their parameters "
            "carry meaning: abilities, difficulties, slip and guess rates. We argue that the two traditions can be "
            "reconciled. Bzattik models a student's ability on each knowledge concept as a latent trajectory that "
            "can only rise between practice attempts and decays through a separate forgetting term, and it predicts "
            "responses through a two-parameter logistic (2PL) link whose item parameters are shared with a "
            "calibrated item bank. A recurrent encoder proposes trajectory increments, and a monotonicity constraint "
            "makes every increment interpretable as learning. Across five public datasets, including ASSIST2015, "
            "Statics2011 and EdNet, Bzattik matches DKVMN and DKT in AUC, trailing the best deep baseline by at most "
            "0.6 points, while its item difficulties agree with those of a separately fitted IRT model at a Pearson "
            "correlation of 0.94. In a cognitive diagnosis evaluation against held-out concept-level assessments, "
            "the inferred abilities rank students more consistently than the hidden states of DKT. Bzattik's "
            "trajectories also flag students whose mastery stalls several sessions earlier than BKT does, which we "
            "illustrate with case studies from an algebra course."
        ),
        "spans": [
            ("Bzattik", "M"), ("Item Response Theory", "M"), ("Deep Knowledge Tracing", "M"),
            ("knowledge tracing", "T"), ("item response theory", "M"), ("IRT", "M"),
            ("Bayesian knowledge tracing", "M"), ("BKT", "M"), ("two-parameter logistic", "M"), ("2PL", "M"),
            ("ASSIST2015", "D"), ("Statics2011", "D"), ("EdNet", "D"), ("DKVMN", "M"), ("DKT", "M"), ("AUC", "X"),
            ("Pearson correlation", "X"), ("cognitive diagnosis", "T"),
        ],
        "results": [
            ("by at most 0.6 points", "AUC", 0.6, "points", None, "Bzattik"),
            ("Pearson correlation of 0.94", "Pearson correlation", 0.94, None, None, "Bzattik"),
        ],
    },
    {
        "field": "knowledge-tracing",
        "title": "Bzurrow: Knowledge Tracing for Programming Courses from Abstract Syntax Tree Edits",
        "text": (
            "Knowledge tracing in programming courses must infer mastery from code submissions rather than from "
            "binary answers, and a failing submission can reflect anything from a syntax slip to a misunderstanding "
            "of recursion. Code-DKT augments DKT with code2vec-style embeddings of each submission, but it discards "
            "how a program changes between attempts. We propose Bzurrow, which represents every attempt by the edit "
            "between consecutive abstract syntax trees, encodes these edits with a Transformer over changed "
            "subtrees, and feeds them, together with compiler and unit-test outcomes, into a gated recurrent "
            "knowledge state. We evaluate student performance prediction on the CodeWorkout dataset released for the "
            "2nd CSEDM Data Challenge and on a Python course from our university with 1,832 students. On "
            "CodeWorkout, Bzurrow reaches an AUC of 0.812 and an F1 of 0.741, versus 0.778 and 0.702 for Code-DKT "
            "and 0.751 and 0.676 for DKT. On the Python course, AUC improves by 3.0 points over Code-DKT. Edit-based "
            "inputs help most on first attempts at a new problem (+5.2 AUC points), where submission-level "
            "embeddings carry little history. Attention over the edits also localises error-prone constructs, and "
            "instructors judged most highlighted edits pedagogically meaningful."
        ),
        "spans": [
            ("Bzurrow", "M"), ("Knowledge Tracing", "T"), ("Knowledge tracing", "T"), ("Code-DKT", "M"),
            ("DKT", "M"), ("code2vec", "M"), ("Transformer", "M"), ("student performance prediction", "T"),
            ("CodeWorkout", "D"), ("2nd CSEDM Data Challenge", "D"), ("AUC", "X"), ("F1", "X"),
        ],
        "results": [
            ("AUC of 0.812", "AUC", 0.812, None, "CodeWorkout", "Bzurrow"),
            ("F1 of 0.741", "F1", 0.741, None, "CodeWorkout", "Bzurrow"),
            ("0.778", "AUC", 0.778, None, "CodeWorkout", "Code-DKT"),
            ("0.702", "F1", 0.702, None, "CodeWorkout", "Code-DKT"),
            ("0.751", "AUC", 0.751, None, "CodeWorkout", "DKT"),
            ("0.676", "F1", 0.676, None, "CodeWorkout", "DKT"),
            ("AUC improves by 3.0 points", "AUC", 3.0, "points", None, None),
            ("+5.2 AUC points", "AUC", 5.2, "points", None, None),
        ],
    },
    {
        "field": "knowledge-tracing",
        "title": "Bzenkle: Distractor-Aware Knowledge Tracing with Option-Level Misconception Embeddings",
        "text": (
            "Most knowledge tracing models reduce a multiple-choice response to correct or incorrect, discarding "
            "which wrong option a student chose even though distractors are written to expose specific "
            "misconceptions. We propose Bzenkle, a knowledge tracing model that embeds every selected option, "
            "clusters distractors across questions into shared misconception prototypes, and lets the knowledge "
            "state attend to a student's recent misconceptions when predicting the next response. Prototypes are "
            "learned end to end with a contrastive objective, and a difficulty head in the style of DIMKT calibrates "
            "predictions for rarely attempted questions. We evaluate on three datasets that record selected options, "
            "EdNet-KT1, Eedi and a 2.1-million-response log from a national exam-preparation app, and on "
            "ASSIST2012, where only correctness is available, as a sanity check. On EdNet-KT1 and Eedi, Bzenkle "
            "achieves AUCs of 0.7912 and 0.8107 [accuracies of 73.1% and 74.6%], compared with 0.7790 and 0.7985 for "
            "DIMKT and 0.7826 and 0.8013 for sparseKT. On the exam-preparation log, the AUC gain over LPKT is +1.9 "
            "points. Without option information, on ASSIST2012, Bzenkle performs within 0.1 AUC points of DIMKT "
            "(0.7771 vs. 0.7783). The prototypes also serve as a diagnostic tool: on Eedi, the top-ranked "
            "misconception for each wrong answer agrees with the expert tag with an accuracy of 64.2%, against 41.5% "
            "for a nearest-neighbour baseline over option texts."
        ),
        "spans": [
            ("Bzenkle", "M"), ("Knowledge Tracing", "T"), ("knowledge tracing", "T"), ("DIMKT", "M"),
            ("EdNet-KT1", "D"), ("Eedi", "D"), ("ASSIST2012", "D"), ("AUCs", "X"), ("AUC", "X"),
            ("accuracies", "X"), ("accuracy", "X"), ("sparseKT", "M"), ("LPKT", "M"),
        ],
        "results": [
            ("AUCs of 0.7912", "AUC", 0.7912, None, "EdNet-KT1", "Bzenkle"),
            ("0.8107", "AUC", 0.8107, None, "Eedi", "Bzenkle"),
            ("accuracies of 73.1%", "accuracy", 73.1, "%", "EdNet-KT1", "Bzenkle"),
            ("74.6%", "accuracy", 74.6, "%", "Eedi", "Bzenkle"),
            ("0.7790", "AUC", 0.779, None, "EdNet-KT1", "DIMKT"),
            ("0.7985", "AUC", 0.7985, None, "Eedi", "DIMKT"),
            ("0.7826", "AUC", 0.7826, None, "EdNet-KT1", "sparseKT"),
            ("0.8013", "AUC", 0.8013, None, "Eedi", "sparseKT"),
            ("+1.9 points", "AUC", 1.9, "points", None, None),
            ("within 0.1 AUC points", "AUC", 0.1, "points", "ASSIST2012", "Bzenkle"),
            ("0.7771", "AUC", 0.7771, None, "ASSIST2012", "Bzenkle"),
            ("0.7783", "AUC", 0.7783, None, "ASSIST2012", "DIMKT"),
            ("accuracy of 64.2%", "accuracy", 64.2, "%", "Eedi", None),
            ("41.5%", "accuracy", 41.5, "%", "Eedi", None),
        ],
    },
]
