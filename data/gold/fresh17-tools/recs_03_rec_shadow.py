"""fresh17 records: referring-expression-comprehension (6) and shadow-removal (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline,
its output and the other gold sets' annotations were never looked at."""

COINED = ["Xkandor", "Xkelith", "Xkorvis", "Xkyrran", "Xkathel", "Xkimbrel",
          "Xkumbral", "Xkovash", "Xkelune", "Xkardis", "Xkithe", "Xkomber"]

P = {"punct": True}

RECS = [
    # ------------------------------------------------------------ referring-expression-comprehension
    {
        "field": "referring-expression-comprehension",
        "title": "Xkandor: Query-Conditioned Token Pruning for Efficient Transformer-Based Visual Grounding",
        "text": (
            "Transformer-based visual grounding models such as TransVG and SimVG localize the region described by a "
            "free-form phrase by letting every visual token attend to the text at every layer, although most of the "
            "image is irrelevant to the query. We present Xkandor, a one-stage framework that scores visual tokens "
            "against the phrase after each encoder stage and drops those unlikely to overlap the referent, so that "
            "the last stages process fewer than one in five tokens. A lightweight box head trained with an auxiliary "
            "region-phrase alignment loss recovers boxes that early pruning would otherwise miss. With a ViT-B/16 "
            "backbone, Xkandor reaches Acc@0.5 of 88.9%, 91.7% and 84.1% on the val, testA and testB splits of "
            "RefCOCO, 81.2%, 86.0% and 73.9% on RefCOCO+, and 83.5% and 84.0% on the val-u and test-u splits of "
            "RefCOCOg. Xkandor thus matches SimVG on RefCOCO (88.0/90.9/83.8) while cutting encoder FLOPs from 71.4G "
            "to 29.6G. Xkandor runs at 21 ms per image-phrase pair on an RTX 4090, a 2.4\u00d7 speed-up over TransVG. "
            "On ReferItGame and Flickr30K Entities, Xkandor obtains 77.4% and 82.3% accuracy, respectively. Ablations "
            "show that pruning guided by the phrase, rather than by visual saliency, accounts for most of the gain, "
            "and that the same schedule transfers unchanged to a ViT-L/14 backbone."
        ),
        "spans": [
            ("Xkandor", "M"), ("Token Pruning", "M"), ("Transformer", "M"), ("Visual Grounding", "T"),
            ("visual grounding", "T"), ("TransVG", "M"), ("SimVG", "M"), ("pruning", "M"), ("ViT-B/16", "M"),
            ("Acc@0.5", "X"), ("RefCOCO", "D"), ("RefCOCO+", "D", P), ("RefCOCOg", "D"), ("FLOPs", "X"),
            ("speed-up", "X"), ("ReferItGame", "D"), ("Flickr30K Entities", "D"), ("accuracy", "X"),
            ("ViT-L/14", "M"),
        ],
        "results": [
            ("Acc@0.5 of 88.9%", "Acc@0.5", 88.9, "%", "RefCOCO", "Xkandor"),
            ("91.7%", "Acc@0.5", 91.7, "%", "RefCOCO", "Xkandor"),
            ("84.1%", "Acc@0.5", 84.1, "%", "RefCOCO", "Xkandor"),
            ("81.2%", "Acc@0.5", 81.2, "%", "RefCOCO+", "Xkandor"),
            ("86.0%", "Acc@0.5", 86.0, "%", "RefCOCO+", "Xkandor"),
            ("73.9%", "Acc@0.5", 73.9, "%", "RefCOCO+", "Xkandor"),
            ("83.5%", "Acc@0.5", 83.5, "%", "RefCOCOg", "Xkandor"),
            ("84.0%", "Acc@0.5", 84.0, "%", "RefCOCOg", "Xkandor"),
            ("88.0", "Acc@0.5", 88.0, None, "RefCOCO", "SimVG"),
            ("90.9", "Acc@0.5", 90.9, None, "RefCOCO", "SimVG"),
            ("83.8", "Acc@0.5", 83.8, None, "RefCOCO", "SimVG"),
            ("FLOPs from 71.4G to 29.6G", "FLOPs", 29.6, "G", None, "Xkandor"),
            ("runs at 21 ms", "latency", 21, "ms", None, "Xkandor"),
            ("2.4\u00d7 speed-up", "speed-up", 2.4, "\u00d7", None, "Xkandor"),
            ("77.4%", "accuracy", 77.4, "%", "ReferItGame", "Xkandor"),
            ("82.3% accuracy", "accuracy", 82.3, "%", "Flickr30K Entities", "Xkandor"),
        ],
    },
    {
        "field": "referring-expression-comprehension",
        "title": "Xkelith: Prompting the Segment Anything Model with Language-Derived Points and Boxes for Referring "
                 "Image Segmentation",
        "text": (
            "Referring image segmentation (RIS) asks for a pixel-accurate mask of the object that a natural-language "
            "expression describes. Recent work adapts the Segment Anything Model (SAM) to this task, either by "
            "fine-tuning its mask decoder on text features, as in EVF-SAM, or by routing a multimodal large language "
            "model (MLLM) through a special segmentation token, as in LISA. Both discard the prompt interface that "
            "SAM was built around. We introduce Xkelith, which keeps SAM frozen and instead learns to translate the "
            "expression into the point and box prompts that SAM understands natively. A small Transformer decoder "
            "over CLIP text and image features predicts a box together with positive and negative points, which are "
            "refined over two rounds using SAM's own mask as feedback. Only 6.2M parameters are trained. Across "
            "RefCOCO, RefCOCO+ and RefCOCOg, Xkelith achieves an average oIoU of 74.6, 2.1 points above EVF-SAM with "
            "the same SAM-H image encoder. The gain is largest on RefCOCO+, whose expressions avoid absolute location "
            "words and therefore depend on appearance. Because the prompts are explicit, failures can be inspected "
            "directly, and we find that most remaining errors come from expressions that relate several objects to "
            "one another. Code and the predicted prompts for all evaluated splits will be released."
        ),
        "spans": [
            ("Xkelith", "M"), ("Segment Anything Model", "M"), ("Referring Image Segmentation", "T"),
            ("Referring image segmentation", "T"), ("RIS", "T"), ("SAM", "M"), ("EVF-SAM", "M"), ("SAM-H", "M"),
            ("multimodal large language model", "M"), ("MLLM", "M"), ("LISA", "M"), ("Transformer", "M"),
            ("CLIP", "M"), ("RefCOCO", "D"), ("RefCOCO+", "D", P), ("RefCOCOg", "D"), ("average oIoU", "X"),
        ],
        "results": [
            ("average oIoU of 74.6", "oIoU", 74.6, None, None, "Xkelith"),
            ("2.1 points", "oIoU", 2.1, "points", None, "Xkelith"),
        ],
    },
    {
        "field": "referring-expression-comprehension",
        "title": "Xkorvis: Counting Before Segmenting for Generalized Referring Expression Segmentation",
        "text": (
            "Generalized referring expression segmentation (GRES) extends referring segmentation to expressions that "
            "describe several objects or none at all. Current models, including ReLA and its successors, decide "
            "whether a target exists from a single global token, which makes no-target expressions a frequent source "
            "of false positives. We propose Xkorvis, which first predicts how many instances an expression refers "
            "to, from zero to many, and then allocates that number of mask queries in a Mask2Former-style decoder. "
            "The count head is supervised with instance counts derived from the existing gRefCOCO annotations and "
            "needs no extra labels. With a Swin-B backbone, Xkorvis obtains 68.9 cIoU and 71.5 gIoU on the "
            "validation split of gRefCOCO, compared with 62.4 and 63.6 for ReLA and 57.6 and 58.4 for LAVT. Xkorvis "
            "raises no-target accuracy (N-acc) on gRefCOCO from 56.4 for ReLA to 72.8, indicating that explicit "
            "counting sharply reduces hallucinated masks. On the testA and testB splits of gRefCOCO, Xkorvis "
            "improves gIoU over ReLA by 5.9 and 6.3 points, respectively. Xkorvis also transfers to the "
            "single-object setting, reaching 75.1 mIoU on the validation split of RefCOCO. The count head adds 1.3% "
            "to the parameter count and no measurable latency. These results suggest that deciding how many objects "
            "to segment is a separate problem that deserves its own supervision."
        ),
        "spans": [
            ("Xkorvis", "M"), ("Generalized Referring Expression Segmentation", "T"),
            ("Generalized referring expression segmentation", "T"), ("GRES", "T"), ("referring segmentation", "T"),
            ("ReLA", "M"), ("Mask2Former", "M"), ("gRefCOCO", "D"), ("Swin-B", "M"), ("cIoU", "X"), ("gIoU", "X"),
            ("LAVT", "M"), ("no-target accuracy", "X"), ("N-acc", "X"), ("RefCOCO", "D"), ("mIoU", "X"),
            ("parameter count", "X"), ("latency", "X"),
        ],
        "results": [
            ("68.9 cIoU", "cIoU", 68.9, None, "gRefCOCO", "Xkorvis"),
            ("71.5 gIoU", "gIoU", 71.5, None, "gRefCOCO", "Xkorvis"),
            ("62.4", "cIoU", 62.4, None, "gRefCOCO", "ReLA"),
            ("63.6", "gIoU", 63.6, None, "gRefCOCO", "ReLA"),
            ("57.6", "cIoU", 57.6, None, "gRefCOCO", "LAVT"),
            ("58.4", "gIoU", 58.4, None, "gRefCOCO", "LAVT"),
            ("56.4 for ReLA", "N-acc", 56.4, None, "gRefCOCO", "ReLA"),
            ("72.8", "N-acc", 72.8, None, "gRefCOCO", "Xkorvis"),
            ("5.9", "gIoU", 5.9, "points", "gRefCOCO", "Xkorvis"),
            ("6.3 points", "gIoU", 6.3, "points", "gRefCOCO", "Xkorvis"),
            ("75.1 mIoU", "mIoU", 75.1, None, "RefCOCO", "Xkorvis"),
            ("adds 1.3% to the parameter count", "parameter count", 1.3, "%", None, None),
        ],
    },
    {
        "field": "referring-expression-comprehension",
        "title": "Xkyrran: A Detachable Box Decoder for Referring Expression Comprehension with Multimodal LLMs",
        "text": (
            "Multimodal large language models (MLLMs) such as Shikra, Ferret and Qwen2-VL solve referring expression "
            "comprehension (REC) by writing box coordinates as text tokens. Localization then depends on decoding "
            "digits one at a time, which is slow and brittle for small objects, since a single wrong digit can move "
            "the box far from the referent. We present Xkyrran, which leaves the vocabulary of the language model "
            "untouched and attaches a detachable box decoder that reads the hidden state of a single grounding token "
            "and regresses the box against multi-scale features from the vision encoder. Training uses only the REC "
            "portions of RefCOCO, RefCOCO+ and RefCOCOg together with region descriptions from Visual Genome. Built "
            "on Qwen2-VL-7B, Xkyrran reaches 92.4%, 87.1% and 89.0% Acc@0.5 on the validation sets of RefCOCO, "
            "RefCOCO+ and RefCOCOg, respectively, 1.3 to 2.8 points above the same model predicting coordinates as "
            "text. The gain rises to 6.5 points on objects smaller than 32\u00d732 pixels. Because the box is "
            "produced in one forward step instead of about 20 decoded tokens, grounding latency drops from 412 ms to "
            "158 ms per query. Xkyrran also transfers zero-shot to the Ref-L4 benchmark, where it outperforms "
            "Ferret-v2 and Groma, and it leaves the scores of the base model on general multimodal benchmarks "
            "unchanged."
        ),
        "spans": [
            ("Xkyrran", "M"), ("Referring Expression Comprehension", "T"), ("Multimodal LLMs", "M"),
            ("Multimodal large language models", "M"), ("MLLMs", "M"), ("Shikra", "M"), ("Ferret", "M"),
            ("Qwen2-VL", "M"), ("Qwen2-VL-7B", "M"), ("referring expression comprehension", "T"), ("REC", "T"),
            ("RefCOCO", "D"), ("RefCOCO+", "D", P), ("RefCOCOg", "D"), ("Visual Genome", "D"), ("Acc@0.5", "X"),
            ("grounding latency", "X"), ("Ref-L4", "D"), ("Ferret-v2", "M"), ("Groma", "M"),
        ],
        "results": [
            ("92.4%", "Acc@0.5", 92.4, "%", "RefCOCO", "Xkyrran"),
            ("87.1%", "Acc@0.5", 87.1, "%", "RefCOCO+", "Xkyrran"),
            ("89.0% Acc@0.5", "Acc@0.5", 89.0, "%", "RefCOCOg", "Xkyrran"),
            ("1.3 to 2.8 points", "Acc@0.5", 2.8, "points", None, "Xkyrran", {"low": 1.3}),
            ("gain rises to 6.5 points", "improvement", 6.5, "points", None, None),
            ("grounding latency drops from 412 ms to 158 ms", "latency", 158, "ms", None, None),
        ],
    },
    {
        "field": "referring-expression-comprehension",
        "title": "Xkathel: Training-Free Referring Expression Comprehension by Executing Spatial Programs over Region "
                 "Proposals",
        "text": (
            "Zero-shot referring expression comprehension asks a model to find the object named by an expression "
            "without any box-level training. Training-free pipelines such as ReCLIP score region proposals with CLIP "
            "and resolve spatial words with hand-written rules, but they break down on expressions with nested "
            "relations, such as \"the cup left of the laptop behind the man\". We introduce Xkathel, which parses "
            "each expression with GPT-4o into a short program over detected objects and executes it with a library "
            "of relation primitives, while CLIP only scores the attribute predicates at the leaves. Proposals come "
            "from an off-the-shelf Grounding DINO detector, and no parameter is updated. On RefCOCOg, whose "
            "expressions are the longest, Xkathel raises zero-shot accuracy on the test split to 65.8%, vs. 59.6% "
            "for ReCLIP and 62.3% for FGVP. On RefCOCO and RefCOCO+ the improvement over ReCLIP is smaller, 3.1 and "
            "2.4 points on testA, respectively. Relation-heavy expressions benefit most: on a 1,200-expression "
            "subset that we annotate for relation depth, accuracy on expressions with two or more relations nearly "
            "doubles (28.7% \u2192 54.9%). Program parsing adds 0.9 s per expression and dominates the cost of the "
            "pipeline. We release all generated programs so that each failure can be traced either to parsing or to "
            "perception."
        ),
        "spans": [
            ("Xkathel", "M"), ("Referring Expression Comprehension", "T"),
            ("Zero-shot referring expression comprehension", "T"), ("ReCLIP", "M"), ("CLIP", "M"), ("GPT-4o", "M"),
            ("Grounding DINO", "M"), ("RefCOCOg", "D"), ("zero-shot accuracy", "X"), ("FGVP", "M"),
            ("RefCOCO", "D"), ("RefCOCO+", "D", P), ("accuracy", "X"),
        ],
        "results": [
            ("zero-shot accuracy on the test split to 65.8%", "zero-shot accuracy", 65.8, "%", "RefCOCOg", "Xkathel"),
            ("59.6% for ReCLIP", "zero-shot accuracy", 59.6, "%", "RefCOCOg", "ReCLIP"),
            ("62.3% for FGVP", "zero-shot accuracy", 62.3, "%", "RefCOCOg", "FGVP"),
            ("3.1", "improvement", 3.1, "points", "RefCOCO", None),
            ("2.4 points", "improvement", 2.4, "points", "RefCOCO+", None),
            ("accuracy on expressions with two or more relations nearly doubles (28.7% \u2192 54.9%", "accuracy", 54.9,
             "%", None, None),
            ("Program parsing adds 0.9 s", "parsing time", 0.9, "s", None, None),
        ],
    },
    {
        "field": "referring-expression-comprehension",
        "title": "Xkimbrel: Compact Referring Image Segmentation for On-Device Deployment",
        "text": (
            "Leading referring image segmentation models couple a large vision backbone with a BERT text encoder and "
            "dense cross-modal fusion at every stage, which puts them out of reach of mobile hardware. We present "
            "Xkimbrel, a compact network that pairs an EfficientViT image encoder with a four-layer text encoder and "
            "fuses the two modalities only at 1/16 and 1/32 resolution through a bidirectional gated fusion block. A "
            "mask decoder with two upsampling stages recovers fine boundaries, and knowledge distillation from a "
            "frozen LAVT teacher supplies dense pixel-level targets during training. Overall, Xkimbrel uses 5.4\u00d7 "
            "fewer parameters and 14\u00d7 fewer FLOPs than LAVT. On the validation split of RefCOCO, Xkimbrel "
            "attains 70.3 mIoU [LAVT: 74.5; CRIS: 70.5], and on RefCOCO+ and RefCOCOg (UMD split) it reaches 60.8 "
            "and 61.9 mIoU, respectively. On PhraseCut, Xkimbrel obtains an overall IoU of 49.6, 1.4 points below "
            "CRIS. On a Snapdragon 8 Gen 3 phone, Xkimbrel processes an image-expression pair in 38 ms, 6.1\u00d7 "
            "faster than CRIS and 11.7\u00d7 faster than LAVT, with a memory footprint of 212 MB. We find that "
            "distillation is essential: without it, mIoU on RefCOCO drops by 3.2 points, whereas the choice of text "
            "encoder matters little. These results bring referring segmentation within reach of interactive camera "
            "applications."
        ),
        "spans": [
            ("Xkimbrel", "M"), ("Referring Image Segmentation", "T"), ("referring image segmentation", "T"),
            ("BERT", "M"), ("EfficientViT", "M"), ("knowledge distillation", "M"), ("distillation", "M"),
            ("LAVT", "M"), ("parameters", "X"), ("FLOPs", "X"), ("RefCOCO", "D"), ("mIoU", "X"), ("CRIS", "M"),
            ("RefCOCO+", "D", P), ("RefCOCOg", "D"), ("PhraseCut", "D"), ("overall IoU", "X"),
            ("memory footprint", "X"), ("referring segmentation", "T"),
        ],
        "results": [
            ("5.4\u00d7 fewer parameters", "parameter reduction", 5.4, "\u00d7", None, "Xkimbrel"),
            ("14\u00d7 fewer FLOPs", "FLOPs reduction", 14, "\u00d7", None, "Xkimbrel"),
            ("70.3 mIoU", "mIoU", 70.3, None, "RefCOCO", "Xkimbrel"),
            ("74.5", "mIoU", 74.5, None, "RefCOCO", "LAVT"),
            ("70.5", "mIoU", 70.5, None, "RefCOCO", "CRIS"),
            ("60.8", "mIoU", 60.8, None, "RefCOCO+", "Xkimbrel"),
            ("61.9 mIoU", "mIoU", 61.9, None, "RefCOCOg", "Xkimbrel"),
            ("overall IoU of 49.6", "overall IoU", 49.6, None, "PhraseCut", "Xkimbrel"),
            ("1.4 points below", "overall IoU", 1.4, "points", "PhraseCut", "Xkimbrel"),
            ("in 38 ms", "latency", 38, "ms", None, "Xkimbrel"),
            ("6.1\u00d7 faster", "speed-up", 6.1, "\u00d7", None, "Xkimbrel"),
            ("11.7\u00d7 faster", "speed-up", 11.7, "\u00d7", None, "Xkimbrel"),
            ("memory footprint of 212 MB", "memory footprint", 212, "MB", None, "Xkimbrel"),
            ("mIoU on RefCOCO drops by 3.2 points", "mIoU", 3.2, "points", "RefCOCO", None),
        ],
    },
    # ------------------------------------------------------------ shadow-removal
    {
        "field": "shadow-removal",
        "title": "Xkumbral: Retinex-Guided Illumination Correction with Shadow-to-Light Attention for Single-Image "
                 "Shadow Removal",
        "text": (
            "Shadow removal must brighten shadowed pixels while preserving the texture underneath and leaving the "
            "lit surroundings untouched, yet most networks regress the shadow-free image directly and blur both the "
            "shadow boundary and the texture inside it. Following the Retinex model, we propose Xkumbral, which "
            "decomposes the input into reflectance and illumination, corrects only the illumination inside the "
            "shadow, and recombines the two. A dual-branch Transformer lets shadow tokens attend to non-shadow tokens "
            "so that illumination statistics are borrowed from lit regions of the same material, and a boundary "
            "refinement stage removes halos along the penumbra. On ISTD+, Xkumbral lowers the RMSE over the whole "
            "image to 2.63, compared with 2.87 for ShadowFormer and 2.72 for HomoFormer, and reaches a PSNR of 35.41 "
            "dB and an SSIM of 0.978. In the shadow regions of ISTD+, the RMSE falls from 5.22 for ShadowFormer to "
            "4.86 with Xkumbral. On SRD, which provides no shadow masks, Xkumbral relies on masks predicted by a "
            "pretrained detector and still attains 33.97 dB PSNR, +0.58 dB over ShadowDiffusion. Xkumbral runs at "
            "41 ms per 640\u00d7480 image on an A100, 4.7\u00d7 faster than ShadowDiffusion, which needs iterative "
            "sampling. Ablations confirm that restricting the correction to the illumination component is what "
            "prevents texture loss inside large shadows."
        ),
        "spans": [
            ("Xkumbral", "M"), ("Retinex", "M"), ("Single-Image Shadow Removal", "T"), ("Shadow removal", "T"),
            ("Transformer", "M"), ("ISTD+", "D", P), ("RMSE", "X"), ("ShadowFormer", "M"), ("HomoFormer", "M"),
            ("PSNR", "X"), ("SSIM", "X"), ("SRD", "D"), ("ShadowDiffusion", "M"),
        ],
        "results": [
            ("RMSE over the whole image to 2.63", "RMSE", 2.63, None, "ISTD+", "Xkumbral"),
            ("2.87 for ShadowFormer", "RMSE", 2.87, None, "ISTD+", "ShadowFormer"),
            ("2.72 for HomoFormer", "RMSE", 2.72, None, "ISTD+", "HomoFormer"),
            ("PSNR of 35.41 dB", "PSNR", 35.41, "dB", "ISTD+", "Xkumbral"),
            ("SSIM of 0.978", "SSIM", 0.978, None, "ISTD+", "Xkumbral"),
            ("5.22 for ShadowFormer", "RMSE", 5.22, None, "ISTD+", "ShadowFormer"),
            ("4.86 with Xkumbral", "RMSE", 4.86, None, "ISTD+", "Xkumbral"),
            ("33.97 dB PSNR", "PSNR", 33.97, "dB", "SRD", "Xkumbral"),
            ("+0.58 dB", "PSNR", 0.58, "dB", "SRD", "Xkumbral"),
            ("runs at 41 ms", "latency", 41, "ms", None, "Xkumbral"),
            ("4.7\u00d7 faster", "speed-up", 4.7, "\u00d7", None, "Xkumbral"),
        ],
    },
    {
        "field": "shadow-removal",
        "title": "Xkovash: Adapting Segment Anything to Shadow Detection with Frequency-Split Low-Rank Adapters",
        "text": (
            "Shadow detection remains difficult for dark objects that resemble shadows and for soft shadows whose "
            "boundaries fade gradually. Foundation segmentation models promise better generalization, but the "
            "Segment Anything Model (SAM) was trained to segment objects, and shadows are not objects: applied "
            "directly, SAM ignores most cast shadows. Prior adaptations such as ShadowSAM and SAM-Adapter tune the "
            "prompt encoder or insert adapters, yet leave the image encoder blind to the low-frequency illumination "
            "cues that separate shadows from dark albedo. We propose Xkovash, which inserts low-rank adaptation "
            "(LoRA) modules into every block of the ViT-B image encoder of SAM, with a frequency split that routes "
            "the low-frequency component of each token through a separate adapter. A lightweight mask decoder "
            "replaces the prompt-based decoder, so no prompts are needed at inference. With only 4.1M trainable "
            "parameters, Xkovash achieves balanced error rates (BER) of 2.41, 5.37, 1.02 and 6.88 on SBU, UCF, ISTD "
            "and CUHK-Shadow, respectively, improving on SILT by 0.44 BER on SBU and on SDDNet by 1.12 BER on "
            "CUHK-Shadow. In cross-dataset evaluation without any UCF training images, Xkovash lowers BER on UCF by "
            "18% relative to the best previous detector. Xkovash processes 512\u00d7512 images at 27 frames per "
            "second on a single RTX 3090, which makes it usable as a front end for shadow removal."
        ),
        "spans": [
            ("Xkovash", "M"), ("Segment Anything", "M"), ("Shadow Detection", "T"), ("Low-Rank Adapters", "M"),
            ("Shadow detection", "T"), ("Segment Anything Model", "M"), ("SAM", "M"), ("ShadowSAM", "M"),
            ("SAM-Adapter", "M"), ("low-rank adaptation", "M"), ("LoRA", "M"), ("ViT-B", "M"),
            ("balanced error rates", "X"), ("BER", "X"), ("SBU", "D"), ("UCF", "D"), ("ISTD", "D"),
            ("CUHK-Shadow", "D"), ("SILT", "M"), ("SDDNet", "M"), ("frames per second", "X"),
            ("shadow removal", "T"),
        ],
        "results": [
            ("2.41", "BER", 2.41, None, "SBU", "Xkovash"),
            ("5.37", "BER", 5.37, None, "UCF", "Xkovash"),
            ("1.02", "BER", 1.02, None, "ISTD", "Xkovash"),
            ("6.88", "BER", 6.88, None, "CUHK-Shadow", "Xkovash"),
            ("0.44 BER", "BER", 0.44, None, "SBU", "Xkovash"),
            ("1.12 BER", "BER", 1.12, None, "CUHK-Shadow", "Xkovash"),
            ("lowers BER on UCF by 18%", "BER", 18, "%", "UCF", "Xkovash"),
            ("27 frames per second", "FPS", 27, None, None, "Xkovash"),
        ],
    },
    {
        "field": "shadow-removal",
        "title": "Xkelune: Motion-Guided Prototype Memory for Temporally Consistent Video Shadow Detection",
        "text": (
            "Video shadow detection must segment shadows in every frame while keeping the masks stable over time, "
            "even though shadows deform, fade and change shape as the light source, the occluder or the camera "
            "moves. Methods that apply image shadow detectors frame by frame flicker, and recent video models such "
            "as SCOTCH and SODA attend over all frames of a clip, which becomes expensive for long videos. We "
            "introduce Xkelune, which maintains a compact memory of shadow prototypes and updates it with features "
            "warped by estimated motion, so that each frame attends only to a fixed number of memory slots. A "
            "temporal consistency loss penalizes changes in the predicted masks that the estimated motion cannot "
            "explain. On ViSha, Xkelune obtains a BER of 8.62, an IoU of 0.664 and an MAE of 0.027, outperforming "
            "SCOTCH and SODA (BER 9.06, IoU 0.640) and TVSD-Net (BER 14.21, IoU 0.567). Temporal stability, "
            "measured as the mean IoU between consecutive predictions after warping, rises from 0.812 for SCOTCH and "
            "SODA to 0.879 for Xkelune. Because the memory size is fixed, Xkelune processes 1080p video at 34 FPS "
            "regardless of clip length, about 2.6\u00d7 the throughput of SCOTCH and SODA, and its GPU memory stays "
            "below 3 GB. On a harder split of ViSha with longer clips and unseen scenes, the advantage over prior "
            "methods widens further."
        ),
        "spans": [
            ("Xkelune", "M"), ("Video Shadow Detection", "T"), ("Video shadow detection", "T"),
            ("SCOTCH and SODA", "M"), ("ViSha", "D"), ("BER", "X"), ("IoU", "X"), ("MAE", "X"), ("TVSD-Net", "M"),
            ("Temporal stability", "X"), ("mean IoU", "X"), ("FPS", "X"), ("throughput", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("BER of 8.62", "BER", 8.62, None, "ViSha", "Xkelune"),
            ("IoU of 0.664", "IoU", 0.664, None, "ViSha", "Xkelune"),
            ("MAE of 0.027", "MAE", 0.027, None, "ViSha", "Xkelune"),
            ("BER 9.06", "BER", 9.06, None, "ViSha", "SCOTCH and SODA"),
            ("IoU 0.640", "IoU", 0.64, None, "ViSha", "SCOTCH and SODA"),
            ("BER 14.21", "BER", 14.21, None, "ViSha", "TVSD-Net"),
            ("IoU 0.567", "IoU", 0.567, None, "ViSha", "TVSD-Net"),
            ("0.812 for SCOTCH and SODA", "temporal stability", 0.812, None, None, "SCOTCH and SODA"),
            ("0.879 for Xkelune", "temporal stability", 0.879, None, None, "Xkelune"),
            ("34 FPS", "FPS", 34, None, None, "Xkelune"),
            ("2.6\u00d7 the throughput", "throughput", 2.6, "\u00d7", None, "Xkelune"),
            ("GPU memory stays below 3 GB", "GPU memory", 3, "GB", None, "Xkelune"),
        ],
    },
    {
        "field": "shadow-removal",
        "title": "Xkardis: A Background-Guided Latent Diffusion Model for Full-Resolution Document Shadow Removal",
        "text": (
            "Photographs of paper documents taken with a phone are often darkened by the shadow of the hand or of "
            "the phone itself, which hurts both readability and optical character recognition (OCR). Document "
            "shadow removal differs from shadow removal in natural images in that the ideal output is nearly uniform "
            "paper with dark ink, but existing document models such as BEDSR-Net and BGShadowNet operate at low "
            "resolution and upsample their outputs, which softens thin strokes. We propose Xkardis, a latent "
            "diffusion model conditioned on an estimated background-color map that runs at a coarse scale, paired "
            "with a patch-wise refinement network that restores strokes at full resolution. To keep sampling cheap, "
            "we compress the diffusion model into a four-step sampler with consistency distillation. On the SD7K "
            "dataset at its native 2K resolution, Xkardis attains 38.9 dB PSNR and 0.976 SSIM, exceeding DocShadow "
            "by 1.6 dB. On RDD, the character error rate (CER) of an off-the-shelf OCR engine applied to the "
            "restored images falls from 9.8% to 4.3%. A full 2462\u00d73699 page is processed in 1.9 s on one A100 "
            "GPU. We additionally collect 420 phone captures with handheld shadows for qualitative comparison and "
            "release them together with our code, hoping they will support evaluation under realistic capture "
            "conditions."
        ),
        "spans": [
            ("Xkardis", "M"), ("Latent Diffusion Model", "M"), ("Document Shadow Removal", "T"),
            ("optical character recognition", "T"), ("OCR", "T"), ("Document shadow removal", "T"),
            ("shadow removal", "T"), ("BEDSR-Net", "M"), ("BGShadowNet", "M"), ("latent diffusion model", "M"),
            ("diffusion model", "M"), ("consistency distillation", "M"), ("SD7K", "D"), ("PSNR", "X"),
            ("SSIM", "X"), ("DocShadow", "M"), ("RDD", "D"), ("character error rate", "X"), ("CER", "X"),
        ],
        "results": [
            ("38.9 dB PSNR", "PSNR", 38.9, "dB", "SD7K", "Xkardis"),
            ("0.976 SSIM", "SSIM", 0.976, None, "SD7K", "Xkardis"),
            ("1.6 dB", "PSNR", 1.6, "dB", "SD7K", "Xkardis"),
            ("character error rate (CER) of an off-the-shelf OCR engine applied to the restored images falls from "
             "9.8% to 4.3%", "CER", 4.3, "%", "RDD", None),
            ("processed in 1.9 s", "processing time", 1.9, "s", None, None),
        ],
    },
    {
        "field": "shadow-removal",
        "title": "Xkithe: Unpaired Shadow Removal with a Relight-Only Generator and Shadow-Aware Color Matching",
        "text": (
            "Paired shadow and shadow-free images are tedious to capture, and the public pairs of ISTD and SRD "
            "contain color and exposure shifts between the two shots. Unsupervised shadow removal avoids paired data "
            "altogether, but cycle-consistent generators such as Mask-ShadowGAN hallucinate textures, and "
            "DC-ShadowNet, which relies on shadow-invariant chromaticity, fails under colored ambient light. We "
            "propose Xkithe, which restricts the generator to a per-pixel affine illumination model, so that it can "
            "relight pixels but cannot invent content, and trains it with a cycle loss and an unpaired "
            "color-matching loss computed against lit pixels of the same surface. Without any paired supervision, "
            "Xkithe reduces the RMSE in shadow regions on ISTD from 10.3 (DC-ShadowNet) to 7.9 and on SRD from 8.4 "
            "(DC-ShadowNet) to 6.8. Compared with the weakly supervised G2R-ShadowNet, which needs shadow masks for "
            "training, Xkithe lowers whole-image RMSE by 0.6\u20131.1 across the two datasets. On SBU, which has no "
            "shadow-free ground truth, residual shadows measured by the BER of a pretrained detector on the restored "
            "images drop to 11.7, vs. 19.5 for Mask-ShadowGAN. In a user study with 24 participants, results of "
            "Xkithe were preferred over those of DC-ShadowNet in 71% of pairwise comparisons. The relighting "
            "constraint also makes the model robust to mask errors, which we show by perturbing masks at test time."
        ),
        "spans": [
            ("Xkithe", "M"), ("Unpaired Shadow Removal", "T"), ("Unsupervised shadow removal", "T"), ("ISTD", "D"),
            ("SRD", "D"), ("Mask-ShadowGAN", "M"), ("DC-ShadowNet", "M"), ("RMSE", "X"), ("G2R-ShadowNet", "M"),
            ("SBU", "D"), ("BER", "X"),
        ],
        "results": [
            ("10.3 (DC-ShadowNet)", "RMSE", 10.3, None, "ISTD", "DC-ShadowNet"),
            ("7.9", "RMSE", 7.9, None, "ISTD", "Xkithe"),
            ("8.4 (DC-ShadowNet)", "RMSE", 8.4, None, "SRD", "DC-ShadowNet"),
            ("6.8", "RMSE", 6.8, None, "SRD", "Xkithe"),
            ("RMSE by 0.6\u20131.1", "RMSE", 1.1, None, None, "Xkithe", {"low": 0.6}),
            ("drop to 11.7", "BER", 11.7, None, "SBU", None),
            ("19.5 for Mask-ShadowGAN", "BER", 19.5, None, "SBU", "Mask-ShadowGAN"),
            ("71% of pairwise comparisons", "win rate", 71, "%", None, "Xkithe"),
        ],
    },
    {
        "field": "shadow-removal",
        "title": "Xkomber: Pairing Shadows with Their Casters through Light-Direction Queries for Instance Shadow "
                 "Detection",
        "text": (
            "Instance shadow detection aims to segment each shadow together with the object that casts it and to "
            "associate the two, which enables edits such as removing an object along with its shadow. Single-stage "
            "methods such as SSIS and SSISv2 predict shadow and object masks separately and match them through "
            "learned offsets, but they mis-pair shadows when several objects stand close together. We present "
            "Xkomber, a query-based detector built on Mask2Former in which every query represents a shadow-object "
            "pair and is conditioned on a light direction estimated from the whole image, so that candidate shadows "
            "are searched only along plausible directions of projection. On SOBA, Xkomber achieves a SOAP-segm of "
            "44.1 and a SOAP-bbox of 42.6, 3.9 and 3.4 points above SSISv2, and it reaches an association AP of "
            "64.8. On the challenge subset of SOBA, which contains crowded scenes, Xkomber outperforms SSISv2 by 6.2 "
            "points in SOAP-segm. Xkomber runs at 21 FPS on 1024-pixel inputs, compared with 14 FPS for SSISv2, "
            "because pairing needs no post-processing. Finally, used as a pseudo-labeller for unlabeled photographs, "
            "Xkomber improves shadow generation on DESOBA, lowering the RMSE of SGRNet from 7.2 to 6.5. "
            "Light-direction queries also make the associations interpretable, since each predicted pair comes with "
            "an explicit estimate of where the light comes from."
        ),
        "spans": [
            ("Xkomber", "M"), ("Instance Shadow Detection", "T"), ("Instance shadow detection", "T"), ("SSIS", "M"),
            ("SSISv2", "M"), ("Mask2Former", "M"), ("SOBA", "D"), ("SOAP-segm", "X"), ("SOAP-bbox", "X"),
            ("association AP", "X"), ("FPS", "X"), ("shadow generation", "T"), ("DESOBA", "D"), ("RMSE", "X"),
            ("SGRNet", "M"),
        ],
        "results": [
            ("SOAP-segm of 44.1", "SOAP-segm", 44.1, None, "SOBA", "Xkomber"),
            ("SOAP-bbox of 42.6", "SOAP-bbox", 42.6, None, "SOBA", "Xkomber"),
            ("3.9", "SOAP-segm", 3.9, "points", "SOBA", "Xkomber"),
            ("3.4 points", "SOAP-bbox", 3.4, "points", "SOBA", "Xkomber"),
            ("association AP of 64.8", "association AP", 64.8, None, "SOBA", "Xkomber"),
            ("6.2 points in SOAP-segm", "SOAP-segm", 6.2, "points", "SOBA", "Xkomber"),
            ("21 FPS", "FPS", 21, None, None, "Xkomber"),
            ("14 FPS for SSISv2", "FPS", 14, None, None, "SSISv2"),
            ("RMSE of SGRNet from 7.2 to 6.5", "RMSE", 6.5, None, "DESOBA", "Xkomber"),
        ],
    },
]
