"""dev23 records: image-captioning (6) and table-qa (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the PaperLens
pipeline, its knowledge base and its output were never looked at or run."""

COINED = ["Mfaldra", "Mfurelo", "Mfisket", "Mfoquin", "Mfendrel", "Mfolvane",
          "Mfoderic", "Mfalquist", "Mfundle", "Mfirsa", "Mfrolan", "Mfeskar"]

RECS = [
    # ------------------------------------------------------------ image-captioning
    {
        "field": "image-captioning",
        "title": "Mfaldra: Region-Level Retrieval for Lightweight Image Captioning with a Frozen CLIP Encoder",
        "text": (
            "In image captioning, retrieval-augmented models such as SmallCap and EVCap show that conditioning a "
            "small decoder on captions retrieved from a datastore can replace much of the capacity gained through "
            "large-scale pre-training. Their retrieval, however, relies on global CLIP image embeddings, which favour "
            "scene-level neighbours and miss the objects that make a caption specific. We present Mfaldra, a "
            "lightweight captioner that retrieves region-level neighbours with a frozen CLIP ViT-L/14 encoder, reranks "
            "them with a small cross-attention scorer, and feeds the surviving captions to a GPT-2 decoder through a "
            "gated prefix. Only the scorer and the cross-attention layers are trained, 7M parameters in total. Trained "
            "with cross-entropy alone, Mfaldra reaches 128.9 CIDEr and 23.1 SPICE on the COCO Karpathy test split, "
            "compared with 119.7 CIDEr for SmallCap. With its datastore swapped for web captions and no retraining, "
            "Mfaldra raises CIDEr on the out-of-domain split of nocaps from 87.4 to 98.2 and obtains 71.6 CIDEr on "
            "Flickr30k. Mfaldra trails BLIP-2 by 7.3 CIDEr on COCO while training 150\u00d7 fewer parameters, and "
            "training takes 2.4 hours on a single A100 GPU. Ablations show that region-level retrieval accounts for "
            "most of the gain on nocaps, where the difference between global and regional neighbours is largest for "
            "images of rare object classes."
        ),
        "spans": [
            ("Mfaldra", "M"), ("Image Captioning", "T"), ("image captioning", "T"), ("CLIP", "M"),
            ("CLIP ViT-L/14", "M"), ("SmallCap", "M"), ("EVCap", "M"), ("GPT-2", "M"), ("CIDEr", "X"),
            ("SPICE", "X"), ("COCO Karpathy test split", "D"), ("COCO", "D"), ("nocaps", "D"),
            ("Flickr30k", "D"), ("BLIP-2", "M"),
        ],
        "results": [
            ("128.9 CIDEr", "CIDEr", 128.9, None, "COCO Karpathy test split", "Mfaldra"),
            ("23.1 SPICE", "SPICE", 23.1, None, "COCO Karpathy test split", "Mfaldra"),
            ("119.7 CIDEr", "CIDEr", 119.7, None, "COCO Karpathy test split", "SmallCap"),
            ("CIDEr on the out-of-domain split of nocaps from 87.4 to 98.2", "CIDEr", 98.2, None, "nocaps",
             "Mfaldra"),
            ("71.6 CIDEr", "CIDEr", 71.6, None, "Flickr30k", "Mfaldra"),
            ("7.3 CIDEr", "CIDEr", 7.3, None, "COCO", "Mfaldra"),
            ("150\u00d7 fewer parameters", "parameter reduction", 150, "\u00d7", None, "Mfaldra"),
            ("training takes 2.4 hours", "training time", 2.4, "h", None, None),
        ],
    },
    {
        "field": "image-captioning",
        "title": "Mfurelo: Query-Based Dense Captioning that Borrows Region Descriptions from a Frozen Captioner",
        "text": (
            "Dense captioning asks a model to localize the salient regions of an image and to describe each of them "
            "in natural language. Recent systems such as GRiT and CapDet couple a DETR-style detector with a text "
            "decoder trained from scratch, and their region captions remain short and generic compared with those of "
            "large image captioners. We introduce Mfurelo, a query-based dense captioner that keeps a Deformable DETR "
            "detector but replaces its text head with a frozen BLIP-2 language decoder, fed through a Q-Former that "
            "pools features inside each predicted box. A region-consistency loss ties the decoder's outputs to the "
            "detector's class logits, so that the caption and the box agree on the object. On Visual Genome v1.2, "
            "Mfurelo reaches 17.9 mAP, 2.4 points above GRiT (15.5 mAP), and on the VG-COCO split it obtains 19.6 mAP. "
            "In the open-vocabulary setting on VG-COCO, where novel categories are held out during training, Mfurelo "
            "improves mAP on novel classes by 3.8 points over CapDet. Because the decoder is frozen, only 91M of the "
            "1.2B parameters are trained, and training takes 1.5 days on eight A100 GPUs against 4 days for GRiT. At "
            "inference, Mfurelo processes an image in 148 ms on one A100, against 121 ms for GRiT. In a human study, "
            "annotators judged its captions more specific than those of GRiT in 64% of pairwise comparisons."
        ),
        "spans": [
            ("Mfurelo", "M"), ("Dense Captioning", "T"), ("Dense captioning", "T"), ("GRiT", "M"), ("CapDet", "M"),
            ("DETR", "M"), ("Deformable DETR", "M"), ("BLIP-2", "M"), ("Q-Former", "M"),
            ("Visual Genome v1.2", "D"), ("VG-COCO", "D"), ("mAP", "X"),
        ],
        "results": [
            ("17.9 mAP", "mAP", 17.9, None, "Visual Genome v1.2", "Mfurelo"),
            ("2.4 points above", "mAP", 2.4, "points", "Visual Genome v1.2", "Mfurelo"),
            ("15.5 mAP", "mAP", 15.5, None, "Visual Genome v1.2", "GRiT"),
            ("19.6 mAP", "mAP", 19.6, None, "VG-COCO", "Mfurelo"),
            ("mAP on novel classes by 3.8 points", "mAP", 3.8, "points", "VG-COCO", "Mfurelo"),
            ("training takes 1.5 days", "training time", 1.5, "days", None, None),
            ("4 days", "training time", 4, "days", None, "GRiT"),
            ("processes an image in 148 ms", "latency", 148, "ms", None, "Mfurelo"),
            ("121 ms", "latency", 121, "ms", None, "GRiT"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, None),
        ],
    },
    {
        "field": "image-captioning",
        "title": "Mfisket: Claim-Level Visual Verification for Reference-Free Caption Evaluation",
        "text": (
            "Reference-free caption metrics such as CLIPScore and PAC-S correlate well with human judgements on short "
            "COCO-style captions, but they are blind to hallucinated details and saturate on the paragraph-length "
            "descriptions that current vision-language models produce. We propose Mfisket, a learned evaluator that "
            "decomposes a candidate caption into atomic claims, turns each claim into a yes/no question with "
            "Llama-3-8B-Instruct, and answers it against the image with an OWLv2 detector and a PaliGemma verifier; "
            "the final score is the weighted share of supported claims, calibrated on 20k human ratings from Polaris. "
            "On Flickr8k-Expert and Flickr8k-CF, Mfisket reaches a Kendall \u03c4c of 56.8 and 38.4, respectively, "
            "against 54.3 and 37.1 for PAC-S and 51.2 and 34.4 for CLIPScore. On the Composite benchmark Mfisket "
            "attains a Kendall \u03c4c of 59.1, and on Pascal-50S it reaches 86.9% pairwise accuracy. Mfisket detects "
            "inserted objects in FOIL with 97.4% accuracy, 9.6 points above RefCLIPScore, and on long captions from "
            "DOCCI its Kendall \u03c4b with human ratings (0.47) is more than twice that of CLIPScore (0.21). Scoring "
            "one caption takes 0.8 s on a single GPU, which keeps the evaluation of a full test split within minutes. "
            "We release the evaluator and the claim-level annotations so that caption evaluation can be audited "
            "claim by claim."
        ),
        "spans": [
            ("Mfisket", "M"), ("Reference-Free Caption Evaluation", "T"), ("caption evaluation", "T"),
            ("CLIPScore", "X"), ("PAC-S", "X"), ("RefCLIPScore", "X"), ("COCO", "D"),
            ("vision-language models", "M"), ("Llama-3-8B-Instruct", "M"), ("OWLv2", "M"), ("PaliGemma", "M"),
            ("Polaris", "D"), ("Flickr8k-Expert", "D"), ("Flickr8k-CF", "D"), ("Kendall \u03c4c", "X"),
            ("Kendall \u03c4b", "X"), ("Composite", "D"), ("Pascal-50S", "D"), ("pairwise accuracy", "X"),
            ("accuracy", "X"), ("FOIL", "D"), ("DOCCI", "D"),
        ],
        "results": [
            ("Kendall \u03c4c of 56.8", "Kendall \u03c4c", 56.8, None, "Flickr8k-Expert", "Mfisket"),
            ("38.4", "Kendall \u03c4c", 38.4, None, "Flickr8k-CF", "Mfisket"),
            ("54.3", "Kendall \u03c4c", 54.3, None, "Flickr8k-Expert", "PAC-S"),
            ("37.1", "Kendall \u03c4c", 37.1, None, "Flickr8k-CF", "PAC-S"),
            ("51.2", "Kendall \u03c4c", 51.2, None, "Flickr8k-Expert", "CLIPScore"),
            ("34.4", "Kendall \u03c4c", 34.4, None, "Flickr8k-CF", "CLIPScore"),
            ("Kendall \u03c4c of 59.1", "Kendall \u03c4c", 59.1, None, "Composite", "Mfisket"),
            ("86.9% pairwise accuracy", "pairwise accuracy", 86.9, "%", "Pascal-50S", "Mfisket"),
            ("97.4% accuracy", "accuracy", 97.4, "%", "FOIL", "Mfisket"),
            ("9.6 points above", "accuracy", 9.6, "points", "FOIL", "Mfisket"),
            ("Kendall \u03c4b with human ratings (0.47)", "Kendall \u03c4b", 0.47, None, "DOCCI", "Mfisket"),
            ("CLIPScore (0.21)", "Kendall \u03c4b", 0.21, None, "DOCCI", "CLIPScore"),
            ("Scoring one caption takes 0.8 s", "scoring time", 0.8, "s", None, None),
        ],
    },
    {
        "field": "image-captioning",
        "title": "Mfoquin: Region-Masked Contrastive Decoding Against Object Hallucination in Detailed Image "
                 "Captioning",
        "text": (
            "Large vision-language models (LVLMs) write fluent, detailed captions, yet a sizeable fraction of the "
            "objects they mention do not appear in the image. Training-free remedies such as Visual Contrastive "
            "Decoding (VCD) and OPERA lower hallucination rates by contrasting or penalising the next-token "
            "distribution, but they perturb the whole image and tend to shorten captions, dropping correct objects "
            "along with hallucinated ones. We present Mfoquin, a decoding strategy that contrasts the model's logits "
            "with those obtained when only the regions attended in the last few steps are masked, so that tokens "
            "unsupported by visual evidence are down-weighted while grounded details survive. Mfoquin needs no "
            "training and adds one extra forward pass every eight tokens. Applied to LLaVA-1.5-7B on 500 COCO images, "
            "Mfoquin reduces CHAIRs from 48.8 to 31.2 and CHAIRi from 14.2 to 8.9, whereas VCD reaches 40.6 and 12.1 "
            "and OPERA 44.6 and 12.8. Recall of ground-truth objects stays at 77.5%, against 72.1% for OPERA. Mfoquin "
            "transfers to InstructBLIP and Qwen-VL-Chat, lowering CHAIRs by 29% and 33%, respectively. On the "
            "adversarial split of POPE, Mfoquin improves accuracy by 3.1 points over greedy decoding, and on AMBER it "
            "lowers the CHAIR score to 5.4. Latency per caption rises from 2.1 s with greedy decoding to 2.5 s with "
            "Mfoquin, against 4.6 s for VCD."
        ),
        "spans": [
            ("Mfoquin", "M"), ("Contrastive Decoding", "M"), ("Detailed Image Captioning", "T"),
            ("Large vision-language models", "M"), ("LVLMs", "M"), ("Visual Contrastive Decoding", "M"),
            ("VCD", "M"), ("OPERA", "M"), ("hallucination rates", "X"), ("LLaVA-1.5-7B", "M"), ("COCO", "D"),
            ("CHAIRs", "X"), ("CHAIRi", "X"), ("CHAIR", "X"), ("Recall", "X"), ("InstructBLIP", "M"),
            ("Qwen-VL-Chat", "M"), ("POPE", "D"), ("accuracy", "X"), ("greedy decoding", "M"), ("AMBER", "D"),
            ("Latency", "X"),
        ],
        "results": [
            ("CHAIRs from 48.8 to 31.2", "CHAIRs", 31.2, None, "COCO", "Mfoquin"),
            ("CHAIRi from 14.2 to 8.9", "CHAIRi", 8.9, None, "COCO", "Mfoquin"),
            ("40.6", "CHAIRs", 40.6, None, "COCO", "VCD"),
            ("12.1", "CHAIRi", 12.1, None, "COCO", "VCD"),
            ("44.6", "CHAIRs", 44.6, None, "COCO", "OPERA"),
            ("12.8", "CHAIRi", 12.8, None, "COCO", "OPERA"),
            ("Recall of ground-truth objects stays at 77.5%", "recall", 77.5, "%", None, None),
            ("72.1%", "recall", 72.1, "%", None, "OPERA"),
            ("CHAIRs by 29%", "CHAIRs reduction", 29, "%", None, "Mfoquin"),
            ("33%", "CHAIRs reduction", 33, "%", None, "Mfoquin"),
            ("accuracy by 3.1 points", "accuracy", 3.1, "points", "POPE", "Mfoquin"),
            ("CHAIR score to 5.4", "CHAIR", 5.4, None, "AMBER", "Mfoquin"),
            ("Latency per caption rises from 2.1 s", "latency", 2.1, "s", None, "greedy decoding"),
            ("2.5 s", "latency", 2.5, "s", None, "Mfoquin"),
            ("4.6 s", "latency", 4.6, "s", None, "VCD"),
        ],
    },
    {
        "field": "image-captioning",
        "title": "Mfendrel: Closing an Anisotropic Modality Gap for Zero-Shot Image Captioning from Text Alone",
        "text": (
            "Zero-shot image captioning from text alone trains a language decoder on sentences only and swaps the text "
            "encoder for an image encoder at test time, relying on the shared embedding space of CLIP. The modality "
            "gap between CLIP's image and text embeddings makes this swap lossy, and previous methods such as CapDec, "
            "DeCap and ViECap bridge it with isotropic Gaussian noise or by projecting onto a memory of training "
            "sentences. We argue that the gap is strongly anisotropic and concentrated in a low-dimensional subspace. "
            "Our method, Mfendrel, estimates this subspace from unpaired images and sentences, injects noise only "
            "along it during text-only training, and adds an entity-aware prompt listing the objects that CLIP "
            "recognises in the image. In the in-domain setting, Mfendrel reaches 98.7 CIDEr on MSCOCO and 61.3 CIDEr "
            "on Flickr30k, improving over ViECap by 4.5 and 2.9 CIDEr, respectively. The cross-domain results are "
            "stronger. When transferred to Flickr30k without any Flickr30k captions, Mfendrel scores 52.8 CIDEr, "
            "against 38.4 for CapDec and 47.9 for ViECap, and on nocaps its out-of-domain CIDEr is 66.0, 5.8 points "
            "above ViECap. Estimating the subspace takes under 2 minutes on one GPU, and decoding uses the same GPT-2 "
            "decoder as previous work, so inference cost is unchanged. The results indicate that where the gap lies "
            "matters more than how large it is."
        ),
        "spans": [
            ("Mfendrel", "M"), ("Zero-Shot Image Captioning", "T"), ("Zero-shot image captioning", "T"),
            ("CLIP", "M"), ("CapDec", "M"), ("DeCap", "M"), ("ViECap", "M"), ("CIDEr", "X"), ("MSCOCO", "D"),
            ("Flickr30k", "D"), ("nocaps", "D"), ("GPT-2", "M"),
        ],
        "results": [
            ("98.7 CIDEr", "CIDEr", 98.7, None, "MSCOCO", "Mfendrel"),
            ("61.3 CIDEr", "CIDEr", 61.3, None, "Flickr30k", "Mfendrel"),
            ("4.5", "CIDEr", 4.5, None, "MSCOCO", "Mfendrel"),
            ("2.9 CIDEr", "CIDEr", 2.9, None, "Flickr30k", "Mfendrel"),
            ("52.8 CIDEr", "CIDEr", 52.8, None, "Flickr30k", "Mfendrel"),
            ("38.4", "CIDEr", 38.4, None, "Flickr30k", "CapDec"),
            ("47.9", "CIDEr", 47.9, None, "Flickr30k", "ViECap"),
            ("CIDEr is 66.0", "CIDEr", 66.0, None, "nocaps", "Mfendrel"),
            ("5.8 points above", "CIDEr", 5.8, "points", "nocaps", "Mfendrel"),
            ("Estimating the subspace takes under 2 minutes", "estimation time", 2, "min", None, None),
        ],
    },
    {
        "field": "image-captioning",
        "title": "Mfolvane: Two-Step Non-Autoregressive Image Captioning for On-Device Assistants",
        "text": (
            "Once the visual backbone is shared with other on-device tasks, autoregressive decoding dominates the cost "
            "of image captioning, which matters for assistive applications that describe scenes to blind and "
            "low-vision users. Non-autoregressive captioners emit all tokens in parallel, but they typically lose 5 to "
            "10 CIDEr to autoregressive models of the same size. We propose Mfolvane, a non-autoregressive captioner "
            "that refines an initial draft in two mask-predict iterations, is distilled from a BLIP teacher at the "
            "sequence level, and is then fine-tuned with self-critical sequence training (SCST) using a CIDEr-D reward "
            "computed on whole drafts. On the COCO Karpathy test split, Mfolvane obtains BLEU-4 / METEOR / ROUGE-L / "
            "CIDEr / SPICE of 40.9 / 30.1 / 59.8 / 136.2 / 23.9, within 1.1 CIDEr of its autoregressive counterpart "
            "with the same Swin-B encoder. The Mfolvane decoder has 38M parameters and needs 4.6 GFLOPs per caption. "
            "On a Snapdragon 8 Gen 3 phone, Mfolvane captions an image with an end-to-end latency of 31 ms, a "
            "3.7\u00d7 speed-up over autoregressive decoding and 2.1\u00d7 over the non-autoregressive SATIC. On an "
            "RTX 4090 with a batch of 64, throughput reaches 2,150 images per second. On nocaps, Mfolvane scores "
            "112.4 CIDEr overall (118.0 in-domain, 104.6 out-of-domain), so the gains carry over to novel objects. "
            "Two refinement steps with sequence-level rewards thus close most of the quality gap while keeping "
            "captioning practical on mobile hardware."
        ),
        "spans": [
            ("Mfolvane", "M"), ("Image Captioning", "T"), ("image captioning", "T"),
            ("autoregressive decoding", "M"), ("CIDEr", "X", {"skip": [1]}), ("mask-predict", "M"), ("BLIP", "M"),
            ("self-critical sequence training", "M"), ("SCST", "M"), ("COCO Karpathy test split", "D"),
            ("BLEU-4", "X"), ("METEOR", "X"), ("ROUGE-L", "X"), ("SPICE", "X"), ("Swin-B", "M"),
            ("GFLOPs", "X"), ("end-to-end latency", "X"), ("speed-up", "X"), ("SATIC", "M"), ("throughput", "X"),
            ("nocaps", "D"),
        ],
        "results": [
            ("5 to 10 CIDEr", "CIDEr", 10, None, None, None, {"low": 5}),
            ("40.9", "BLEU-4", 40.9, None, "COCO Karpathy test split", "Mfolvane"),
            ("30.1", "METEOR", 30.1, None, "COCO Karpathy test split", "Mfolvane"),
            ("59.8", "ROUGE-L", 59.8, None, "COCO Karpathy test split", "Mfolvane"),
            ("136.2", "CIDEr", 136.2, None, "COCO Karpathy test split", "Mfolvane"),
            ("23.9", "SPICE", 23.9, None, "COCO Karpathy test split", "Mfolvane"),
            ("1.1 CIDEr", "CIDEr", 1.1, None, "COCO Karpathy test split", "Mfolvane"),
            ("4.6 GFLOPs", "GFLOPs", 4.6, None, None, "Mfolvane"),
            ("end-to-end latency of 31 ms", "end-to-end latency", 31, "ms", None, "Mfolvane"),
            ("3.7\u00d7 speed-up", "speed-up", 3.7, "\u00d7", None, "Mfolvane"),
            ("2.1\u00d7", "speed-up", 2.1, "\u00d7", None, "Mfolvane"),
            ("throughput reaches 2,150 images per second", "throughput", 2150, "images/s", None, None),
            ("112.4 CIDEr", "CIDEr", 112.4, None, "nocaps", "Mfolvane"),
            ("118.0", "CIDEr", 118.0, None, "nocaps", "Mfolvane"),
            ("104.6", "CIDEr", 104.6, None, "nocaps", "Mfolvane"),
        ],
    },
    # ------------------------------------------------------------ table-qa
    {
        "field": "table-qa",
        "title": "Mfoderic: Checking Every Table Operation for LLM-Based Table Question Answering and Fact "
                 "Verification",
        "text": (
            "Large language models (LLMs) answer questions over tables either by reasoning in free text, which is "
            "error-prone on arithmetic and long tables, or by generating SQL or Python programs, which fail silently "
            "when a program runs but computes the wrong quantity. Chain-of-Table narrows this gap by letting the LLM "
            "apply a sequence of atomic table operations, yet every operation is trusted once it executes. We present "
            "Mfoderic, which pairs each planned operation with a lightweight assertion on the intermediate table, "
            "re-plans when an assertion fails, and aggregates three independent operation chains by self-consistency "
            "voting. With PaLM 2 as the backbone, Mfoderic obtains 70.4% denotation accuracy on WikiTableQuestions "
            "(WikiTQ) and 89.2% accuracy on TabFact, versus 67.3% and 86.6% for Chain-of-Table and 64.6% and 84.6% "
            "for Binder. Mfoderic's gains with GPT-3.5-turbo are smaller but consistent (+1.9 and +1.4 points). On "
            "FeTaQA, where answers are free-form sentences, Mfoderic reaches a BLEU of 33.1 and a ROUGE-L of 0.68. "
            "Assertions fail on almost a fifth of WikiTQ chains, and re-planning repairs most of them. On WikiTQ, "
            "Mfoderic also issues 30% fewer LLM calls than Chain-of-Table (11.2 vs. 16.0 per question), because the "
            "assertions let it stop as soon as the table has been reduced to the answer. An error analysis of 200 "
            "failures attributes most remaining errors to ambiguous column headers and to questions that need "
            "knowledge absent from the table."
        ),
        "spans": [
            ("Mfoderic", "M"), ("LLM", "M"), ("Table Question Answering", "T"), ("Fact Verification", "T"),
            ("Large language models", "M"), ("LLMs", "M"), ("Chain-of-Table", "M"), ("self-consistency", "M"),
            ("PaLM 2", "M"), ("denotation accuracy", "X"), ("accuracy", "X"), ("WikiTableQuestions", "D"),
            ("WikiTQ", "D"), ("TabFact", "D"), ("Binder", "M"), ("GPT-3.5-turbo", "M"), ("FeTaQA", "D"),
            ("BLEU", "X"), ("ROUGE-L", "X"),
        ],
        "results": [
            ("70.4% denotation accuracy", "denotation accuracy", 70.4, "%", "WikiTableQuestions", "Mfoderic"),
            ("89.2% accuracy", "accuracy", 89.2, "%", "TabFact", "Mfoderic"),
            ("67.3%", "denotation accuracy", 67.3, "%", "WikiTableQuestions", "Chain-of-Table"),
            ("86.6%", "accuracy", 86.6, "%", "TabFact", "Chain-of-Table"),
            ("64.6%", "denotation accuracy", 64.6, "%", "WikiTableQuestions", "Binder"),
            ("84.6%", "accuracy", 84.6, "%", "TabFact", "Binder"),
            ("+1.9", "improvement", 1.9, "points", None, "Mfoderic"),
            ("+1.4 points", "improvement", 1.4, "points", None, "Mfoderic"),
            ("BLEU of 33.1", "BLEU", 33.1, None, "FeTaQA", "Mfoderic"),
            ("ROUGE-L of 0.68", "ROUGE-L", 0.68, None, "FeTaQA", "Mfoderic"),
            ("30% fewer LLM calls", "LLM call reduction", 30, "%", "WikiTableQuestions", "Mfoderic"),
            ("11.2", "LLM calls", 11.2, None, "WikiTableQuestions", "Mfoderic"),
            ("16.0 per question", "LLM calls", 16.0, None, "WikiTableQuestions", "Chain-of-Table"),
        ],
    },
    {
        "field": "table-qa",
        "title": "Mfalquist: Step-Level Program Verification for Numerical Reasoning over Tables and Text in "
                 "Financial Reports",
        "text": (
            "Question answering over financial reports, as posed by FinQA and TAT-QA, requires a model to locate "
            "numbers scattered across a table and its surrounding paragraphs and to combine them in several "
            "arithmetic steps. Program-of-Thought (PoT) prompting lets an LLM write the computation as code, but a "
            "single wrong operand early in the program propagates to the answer, and final-answer checks cannot tell "
            "which step failed. We propose Mfalquist, a generate-then-verify framework in which a program generator "
            "fine-tuned from Qwen2.5-Coder-7B emits one operation at a time and a step verifier, trained on 140k "
            "automatically labelled steps, scores whether each operand is grounded in the table or the text. Beam "
            "search over steps, guided by the verifier, replaces the sampling of whole programs. On FinQA, Mfalquist "
            "attains 72.6% execution accuracy and 70.1% program accuracy, compared with 68.9% and 66.0% for "
            "self-consistency over 16 programs sampled from the same generator. On TAT-QA, Mfalquist reaches 80.3 "
            "exact match (EM) and 87.5 F1 on the test set, a gain of 3.4 EM over TAT-LLM. On the multi-table "
            "MultiHiertt, Mfalquist lifts EM from 45.2 to 51.7, and without retraining it reaches 74.8% execution "
            "accuracy on ConvFinQA. The verifier adds 0.35 s per question, yet Mfalquist generates 2.6\u00d7 fewer "
            "tokens than self-consistency because beam search needs far fewer complete programs. With only 7B "
            "parameters, Mfalquist thus matches GPT-4 with PoT prompting, which reaches 72.3% execution accuracy on "
            "FinQA."
        ),
        "spans": [
            ("Mfalquist", "M"), ("Numerical Reasoning", "T"), ("Question answering", "T"), ("FinQA", "D"),
            ("TAT-QA", "D"), ("Program-of-Thought", "M"), ("PoT", "M"), ("LLM", "M"), ("Qwen2.5-Coder-7B", "M"),
            ("Beam search", "M"), ("beam search", "M"), ("execution accuracy", "X"), ("program accuracy", "X"),
            ("self-consistency", "M"), ("exact match", "X"), ("EM", "X"), ("F1", "X"), ("TAT-LLM", "M"),
            ("MultiHiertt", "D"), ("ConvFinQA", "D"), ("GPT-4", "M"),
        ],
        "results": [
            ("72.6% execution accuracy", "execution accuracy", 72.6, "%", "FinQA", "Mfalquist"),
            ("70.1% program accuracy", "program accuracy", 70.1, "%", "FinQA", "Mfalquist"),
            ("68.9%", "execution accuracy", 68.9, "%", "FinQA", "self-consistency"),
            ("66.0%", "program accuracy", 66.0, "%", "FinQA", "self-consistency"),
            ("80.3 exact match", "exact match", 80.3, None, "TAT-QA", "Mfalquist"),
            ("87.5 F1", "F1", 87.5, None, "TAT-QA", "Mfalquist"),
            ("3.4 EM", "exact match", 3.4, None, "TAT-QA", "Mfalquist"),
            ("EM from 45.2 to 51.7", "exact match", 51.7, None, "MultiHiertt", "Mfalquist"),
            ("74.8% execution accuracy", "execution accuracy", 74.8, "%", "ConvFinQA", "Mfalquist"),
            ("adds 0.35 s per question", "verification time", 0.35, "s", None, None),
            ("2.6\u00d7 fewer tokens", "token reduction", 2.6, "\u00d7", None, "Mfalquist"),
            ("72.3% execution accuracy", "execution accuracy", 72.3, "%", "FinQA", "GPT-4"),
        ],
    },
    {
        "field": "table-qa",
        "title": "Mfundle: Query-Aware Sub-Table Selection for Question Answering over Long Tables",
        "text": (
            "Feeding an entire table to an LLM is wasteful once tables grow beyond a few hundred rows: prompts exceed "
            "the context window, latency climbs, and accuracy drops as the relevant cells are buried among irrelevant "
            "ones. Table-decomposition methods such as Dater and TabSQLify shrink the table with an LLM-generated SQL "
            "query, which costs an extra model call and fails whenever the query is malformed. We propose Mfundle, a "
            "110M-parameter cross-encoder that scores all rows and columns against the question in a single pass and "
            "keeps the smallest sub-table whose cumulative relevance exceeds a calibrated threshold; the sub-table is "
            "then passed to an unchanged reader. We evaluate on WikiTableQuestions, TabFact and the large-table subset "
            "of DataBench, using Llama-3.1-8B-Instruct and GPT-4o-mini as readers. On WikiTableQuestions and "
            "DataBench, Mfundle cuts input tokens by 78% and 91%, respectively, and raises the accuracy of "
            "Llama-3.1-8B-Instruct from 52.4% to 58.9% and from 31.7% to 44.2%, respectively. On TabFact, Mfundle "
            "improves the accuracy of GPT-4o-mini from 81.0% to 83.5%. Compared with TabSQLify, Mfundle is 2.8 "
            "points more accurate on WikiTableQuestions and 4.3\u00d7 faster end to end, since it needs no additional "
            "LLM call. Row recall of the selected sub-tables is 96.2% at the chosen threshold. Mfundle itself runs in "
            "14 ms per table on a single GPU and can be placed in front of any reader without fine-tuning it."
        ),
        "spans": [
            ("Mfundle", "M"), ("Question Answering", "T"), ("LLM", "M"), ("latency", "X"), ("accuracy", "X"),
            ("Dater", "M"), ("TabSQLify", "M"), ("cross-encoder", "M"), ("WikiTableQuestions", "D"),
            ("TabFact", "D"), ("DataBench", "D"), ("Llama-3.1-8B-Instruct", "M"), ("GPT-4o-mini", "M"),
            ("Row recall", "X"),
        ],
        "results": [
            ("input tokens by 78%", "input token reduction", 78, "%", "WikiTableQuestions", "Mfundle"),
            ("91%", "input token reduction", 91, "%", "DataBench", "Mfundle"),
            ("accuracy of Llama-3.1-8B-Instruct from 52.4% to 58.9%", "accuracy", 58.9, "%", "WikiTableQuestions",
             "Mfundle"),
            ("from 31.7% to 44.2%", "accuracy", 44.2, "%", "DataBench", "Mfundle"),
            ("accuracy of GPT-4o-mini from 81.0% to 83.5%", "accuracy", 83.5, "%", "TabFact", "Mfundle"),
            ("2.8 points more accurate", "accuracy", 2.8, "points", "WikiTableQuestions", "Mfundle"),
            ("4.3\u00d7 faster", "speed-up", 4.3, "\u00d7", None, "Mfundle"),
            ("Row recall of the selected sub-tables is 96.2%", "row recall", 96.2, "%", None, None),
            ("runs in 14 ms", "latency", 14, "ms", None, "Mfundle"),
        ],
    },
    {
        "field": "table-qa",
        "title": "Mfirsa: Curriculum Instruction Tuning Turns a 3B Model into a Generalist Table Reasoner",
        "text": (
            "Generalist table models such as TableLlama and TableGPT2 are built by instruction tuning LLMs of 7B "
            "parameters or more on millions of examples spanning table question answering, table fact verification "
            "and table-to-text generation, which puts them out of reach for on-premise deployment over sensitive "
            "spreadsheets. We ask how far a 3B model can go. Mfirsa fine-tunes Llama-3.2-3B-Instruct on 1.1M "
            "instances drawn from 14 table datasets, ordered by a curriculum that moves from cell lookup to multi-hop "
            "and numerical questions, and mixes in general instruction data to preserve conversational skills. A "
            "structure-aware attention bias lets the model attend along rows and columns without changing the "
            "tokenizer. On in-domain benchmarks, Mfirsa obtains 63.8% accuracy on HiTab, 87.1% on TabFact, a BLEU of "
            "38.9 on FeTaQA and 60.5 exact match on HybridQA, against 64.7%, 82.6%, 39.1 and 58.2 for TableLlama, a "
            "model more than twice its size. On held-out datasets Mfirsa generalizes better: its accuracy on "
            "WikiTableQuestions is 54.3% (TableLlama: 35.0%), and on WikiSQL it reaches 61.0% without executing SQL. "
            "Across six held-out benchmarks, Mfirsa improves over its base model by 11.7 points on average, and it "
            "loses only 0.8 points of MMLU accuracy, whereas full fine-tuning without the general data loses 4.6. "
            "Quantized to 4 bits, Mfirsa occupies 2.1 GB of memory and answers a WikiTableQuestions question in 0.9 s "
            "on a laptop CPU."
        ),
        "spans": [
            ("Mfirsa", "M"), ("Instruction Tuning", "M"), ("instruction tuning", "M"), ("TableLlama", "M"),
            ("TableGPT2", "M"), ("LLMs", "M"), ("table question answering", "T"), ("table fact verification", "T"),
            ("table-to-text generation", "T"), ("Llama-3.2-3B-Instruct", "M"), ("accuracy", "X"), ("HiTab", "D"),
            ("TabFact", "D"), ("BLEU", "X"), ("FeTaQA", "D"), ("exact match", "X"), ("HybridQA", "D"),
            ("WikiTableQuestions", "D"), ("WikiSQL", "D"), ("MMLU", "D"), ("full fine-tuning", "M"),
            ("memory", "X"),
        ],
        "results": [
            ("63.8% accuracy", "accuracy", 63.8, "%", "HiTab", "Mfirsa"),
            ("87.1%", "accuracy", 87.1, "%", "TabFact", "Mfirsa"),
            ("BLEU of 38.9", "BLEU", 38.9, None, "FeTaQA", "Mfirsa"),
            ("60.5 exact match", "exact match", 60.5, None, "HybridQA", "Mfirsa"),
            ("64.7%", "accuracy", 64.7, "%", "HiTab", "TableLlama"),
            ("82.6%", "accuracy", 82.6, "%", "TabFact", "TableLlama"),
            ("39.1", "BLEU", 39.1, None, "FeTaQA", "TableLlama"),
            ("58.2", "exact match", 58.2, None, "HybridQA", "TableLlama"),
            ("accuracy on WikiTableQuestions is 54.3%", "accuracy", 54.3, "%", "WikiTableQuestions", "Mfirsa"),
            ("35.0%", "accuracy", 35.0, "%", "WikiTableQuestions", "TableLlama"),
            ("61.0%", "accuracy", 61.0, "%", "WikiSQL", "Mfirsa"),
            ("11.7 points", "improvement", 11.7, "points", None, "Mfirsa"),
            ("0.8 points of MMLU accuracy", "accuracy", 0.8, "points", "MMLU", "Mfirsa"),
            ("loses 4.6", "accuracy", 4.6, "points", "MMLU", "full fine-tuning"),
            ("2.1 GB of memory", "memory", 2.1, "GB", None, "Mfirsa"),
            ("0.9 s", "latency", 0.9, "s", "WikiTableQuestions", "Mfirsa"),
        ],
    },
    {
        "field": "table-qa",
        "title": "Mfrolan: Retrieving Table Rows Together with Their Linked Passages for Open-Domain Question "
                 "Answering over Tables and Text",
        "text": (
            "Open-domain question answering over tables and text requires retrieving, from hundreds of thousands of "
            "Wikipedia tables and millions of passages, the evidence that jointly answers a question, often by "
            "hopping from a table row to a passage linked from one of its cells. Dense retrievers such as DPR and the "
            "table-aware retriever of CORE encode rows and passages separately and link them afterwards, so a row "
            "whose answer lies in a linked passage is easily ranked too low. Mfrolan instead encodes each table row "
            "together with the passages its cells link to as a single multi-vector unit and scores it with "
            "ColBERT-style late interaction, which preserves cell-level matches. A reader based on Flan-T5-XL then "
            "extracts the answer from the top-ranked units. On the OTT-QA development set, Mfrolan achieves a top-20 "
            "recall of 82.7% (vs. 73.4% for CORE's retriever) and an exact match (EM) of 61.3, 4.8 points above the "
            "previous best retriever-reader system, with an F1 of 68.9. On NQ-Tables, Mfrolan reaches 90.1% "
            "recall@10 and 55.4 EM. The multi-vector index for the 400k OTT-QA tables occupies 38 GB, which residual "
            "compression reduces to 9 GB at a cost of 0.6 points of recall@20. End-to-end latency is 420 ms per "
            "question on one A100, comparable to a two-stage DPR pipeline. Code, index and model weights are "
            "publicly available."
        ),
        "spans": [
            ("Mfrolan", "M"), ("Open-Domain Question Answering", "T"), ("Open-domain question answering", "T"),
            ("DPR", "M"), ("CORE", "M"), ("ColBERT", "M"), ("late interaction", "M"), ("Flan-T5-XL", "M"),
            ("OTT-QA", "D"), ("top-20 recall", "X"), ("exact match", "X"), ("EM", "X"), ("F1", "X"),
            ("NQ-Tables", "D"), ("recall@10", "X"), ("residual compression", "M"), ("recall@20", "X"),
            ("End-to-end latency", "X"),
        ],
        "results": [
            ("top-20 recall of 82.7%", "top-20 recall", 82.7, "%", "OTT-QA", "Mfrolan"),
            ("73.4%", "top-20 recall", 73.4, "%", "OTT-QA", "CORE"),
            ("exact match (EM) of 61.3", "exact match", 61.3, None, "OTT-QA", "Mfrolan"),
            ("4.8 points above", "exact match", 4.8, "points", "OTT-QA", "Mfrolan"),
            ("F1 of 68.9", "F1", 68.9, None, "OTT-QA", "Mfrolan"),
            ("90.1% recall@10", "recall@10", 90.1, "%", "NQ-Tables", "Mfrolan"),
            ("55.4 EM", "exact match", 55.4, None, "NQ-Tables", "Mfrolan"),
            ("occupies 38 GB", "index size", 38, "GB", "OTT-QA", None),
            ("9 GB", "index size", 9, "GB", "OTT-QA", "residual compression"),
            ("0.6 points of recall@20", "recall@20", 0.6, "points", "OTT-QA", "residual compression"),
            ("End-to-end latency is 420 ms", "end-to-end latency", 420, "ms", None, None),
        ],
    },
    {
        "field": "table-qa",
        "title": "Mfeskar: Header-Tree Grounding for Question Answering over Hierarchical and Multi-Table Reports",
        "text": (
            "Tables in statistical reports and financial filings rarely follow the flat, single-header layout that "
            "most table QA systems assume: their headers are nested, cells are merged, and a single answer may draw "
            "on several related tables. Linearising such tables into markdown discards the header hierarchy, and "
            "large language models then attribute values to the wrong row or column path. We present Mfeskar, a "
            "prompting framework that first parses every table into an explicit header tree, asks the model to cite "
            "the tree paths that ground each value it uses, checks these paths symbolically, and only then executes "
            "the final arithmetic in Python. Mfeskar is model-agnostic and needs no fine-tuning. We evaluate it on "
            "HiTab, AIT-QA and MultiHiertt with GPT-4o, Qwen2.5-72B-Instruct and Llama-3.1-70B-Instruct as backbones. "
            "Across the three backbones, Mfeskar improves accuracy by 4.2\u20139.7 points over chain-of-thought "
            "prompting, with the largest gains on MultiHiertt, whose questions span up to seven tables, and it is the "
            "best prompting method in 8 of the 9 backbone\u2013dataset combinations. With GPT-4o, Mfeskar reaches "
            "78.6% accuracy on HiTab, ahead of the fine-tuned TableLlama (64.7%) and of TableMaster (74.1%). Removing "
            "the symbolic path check lowers accuracy on MultiHiertt by 5.3 points, showing that cited paths alone are "
            "not enough. Because later turns keep only the grounded sub-trees, the average prompt length is 37% "
            "shorter than with the full markdown table."
        ),
        "spans": [
            ("Mfeskar", "M"), ("Question Answering", "T"), ("table QA", "T"), ("large language models", "M"),
            ("HiTab", "D"), ("AIT-QA", "D"), ("MultiHiertt", "D"), ("GPT-4o", "M"), ("Qwen2.5-72B-Instruct", "M"),
            ("Llama-3.1-70B-Instruct", "M"), ("accuracy", "X"), ("chain-of-thought prompting", "M"),
            ("TableLlama", "M"), ("TableMaster", "M"), ("average prompt length", "X"),
        ],
        "results": [
            ("accuracy by 4.2\u20139.7 points", "accuracy", 9.7, "points", None, "Mfeskar", {"low": 4.2}),
            ("8 of the 9 backbone\u2013dataset combinations", "combinations ranked first", 8, None, None, "Mfeskar"),
            ("78.6% accuracy", "accuracy", 78.6, "%", "HiTab", "Mfeskar"),
            ("64.7%", "accuracy", 64.7, "%", "HiTab", "TableLlama"),
            ("74.1%", "accuracy", 74.1, "%", "HiTab", "TableMaster"),
            ("accuracy on MultiHiertt by 5.3 points", "accuracy", 5.3, "points", "MultiHiertt", None),
            ("average prompt length is 37% shorter", "prompt length reduction", 37, "%", None, None),
        ],
    },
]
