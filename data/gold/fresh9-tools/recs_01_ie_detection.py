"""fresh9 records: information-extraction (6) and object-detection (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Quillmere", "Quorvane", "Qelvora", "Qumbrel", "Quiverlink", "Qaskelle",
          "Quenvik", "Qorlith", "Quentaria", "Qirrel", "Quelmora", "Quibreon"]

RECS = [
    # ------------------------------------------------------------ information-extraction
    {
        "field": "information-extraction",
        "title": "Quillmere: Evidence-Anchored Reasoning Chains for Document-Level Relation Extraction",
        "text": (
            "Document-level relation extraction (DocRE) requires identifying relations between entity pairs whose "
            "mentions are scattered across several sentences, and most errors of current models come from pairs "
            "whose supporting evidence spans three or more sentences. We present Quillmere, which first predicts a "
            "small set of evidence sentences for every entity pair and then reasons over an anchor graph built only "
            "from those sentences, with a RoBERTa-large encoder shared by both stages. The two stages are trained "
            "jointly with an adaptive thresholding loss, and at inference the evidence of the first stage is fed "
            "back as a soft mask over the context. On the DocRED test set, Quillmere achieves an F1 of 67.9 and an "
            "Ign F1 of 66.1, improving on DREEAM by 0.8 and 0.9 points, respectively. On the revised Re-DocRED "
            "benchmark, Quillmere obtains 80.6 F1 vs. 78.1 for ATLOP and 79.4 for DREEAM. Evidence F1 rises from "
            "54.2 for DREEAM to 57.3, and for entity pairs that need inter-sentence reasoning F1 improves from 61.0 "
            "to 65.4. With a BERT-base encoder, Quillmere still reaches 63.2 F1 on DocRED, within 0.4 points of "
            "DREEAM with RoBERTa-large. Restricting the context to predicted evidence also reduces inference memory "
            "by 37% and makes decoding 1.6\u00d7 faster than reading the full document."
        ),
        "spans": [
            ("Quillmere", "M"), ("Document-Level Relation Extraction", "T"),
            ("Document-level relation extraction", "T"), ("DocRE", "T"), ("RoBERTa-large", "M"),
            ("adaptive thresholding loss", "M"), ("DocRED", "D"), ("F1", "X"), ("Ign F1", "X"), ("DREEAM", "M"),
            ("Re-DocRED", "D"), ("ATLOP", "M"), ("Evidence F1", "X"), ("BERT-base", "M"),
            ("inference memory", "X"),
        ],
        "results": [
            ("F1 of 67.9", "F1", 67.9, None, "DocRED", "Quillmere"),
            ("Ign F1 of 66.1", "Ign F1", 66.1, None, "DocRED", "Quillmere"),
            ("0.8", "F1", 0.8, "points", "DocRED", "Quillmere"),
            ("0.9 points", "Ign F1", 0.9, "points", "DocRED", "Quillmere"),
            ("80.6 F1", "F1", 80.6, None, "Re-DocRED", "Quillmere"),
            ("78.1", "F1", 78.1, None, "Re-DocRED", "ATLOP"),
            ("79.4", "F1", 79.4, None, "Re-DocRED", "DREEAM"),
            ("Evidence F1 rises from 54.2", "Evidence F1", 54.2, None, None, "DREEAM"),
            ("to 57.3", "Evidence F1", 57.3, None, None, None),
            ("F1 improves from 61.0 to 65.4", "F1", 65.4, None, None, None),
            ("63.2 F1", "F1", 63.2, None, "DocRED", "Quillmere"),
            ("within 0.4 points", "F1", 0.4, "points", "DocRED", "Quillmere"),
            ("inference memory by 37%", "inference memory reduction", 37, "%", None, None),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", None, None),
        ],
    },
    {
        "field": "information-extraction",
        "title": "Quorvane: Teaching Small Language Models to Follow Annotation Guidelines for Zero-Shot Named Entity Recognition",
        "text": (
            "Instruction-tuned large language models (LLMs) can recognise entity types they were never trained on, "
            "but their zero-shot named entity recognition (NER) quality collapses when the meaning of a type "
            "depends on dataset-specific annotation guidelines (is a \u201cproduct\u201d in a movie review the film "
            "itself?). Quorvane fine-tunes Qwen2.5-7B on 41k synthetic passages in which each entity type is paired "
            "with a guideline paragraph and with counter-examples that violate it, so that the model learns to read "
            "definitions rather than memorise label names. At test time the guideline of the target dataset is "
            "prepended to the input, and entities are emitted as a JSON list under constrained decoding. We follow "
            "the zero-shot protocol of UniversalNER and evaluate on the five CrossNER domains and on MIT-Movie and "
            "MIT-Restaurant, none of which is seen in training. Quorvane obtains an average entity-level F1 of 64.7 "
            "over the seven datasets, compared with 58.2 for UniNER-7B, 61.3 for GoLLIE-7B and 60.5 for GPT-4o "
            "prompted with the same guidelines. The largest gains are on CrossNER AI and CrossNER Literature (+9.1 "
            "and +7.4 F1 over GoLLIE-7B). On MIT-Movie, however, Quorvane trails GPT-4o in F1 (55.0 vs. 57.6), "
            "mostly because of long, loosely bounded plot descriptions. Removing the counter-examples lowers the "
            "average F1 to 60.9, which suggests that negative guidance, not extra data, drives most of the "
            "improvement."
        ),
        "spans": [
            ("Quorvane", "M"), ("Small Language Models", "M"), ("Zero-Shot Named Entity Recognition", "T"),
            ("large language models", "M"), ("LLMs", "M"), ("zero-shot named entity recognition", "T"),
            ("NER", "T"), ("Qwen2.5-7B", "M"), ("constrained decoding", "M"), ("UniversalNER", "M"),
            ("CrossNER", "D"), ("MIT-Movie", "D"), ("MIT-Restaurant", "D"), ("average entity-level F1", "X"),
            ("UniNER-7B", "M"), ("GoLLIE-7B", "M"), ("GPT-4o", "M"), ("CrossNER AI", "D"),
            ("CrossNER Literature", "D"), ("F1", "X"), ("average F1", "X"),
        ],
        "results": [
            ("average entity-level F1 of 64.7", "average entity-level F1", 64.7, None, None, "Quorvane"),
            ("58.2", "average entity-level F1", 58.2, None, None, "UniNER-7B"),
            ("61.3", "average entity-level F1", 61.3, None, None, "GoLLIE-7B"),
            ("60.5", "average entity-level F1", 60.5, None, None, "GPT-4o"),
            ("+9.1", "F1", 9.1, "points", "CrossNER AI", None),
            ("+7.4 F1", "F1", 7.4, "points", "CrossNER Literature", None),
            ("55.0", "F1", 55.0, None, "MIT-Movie", "Quorvane"),
            ("57.6", "F1", 57.6, None, "MIT-Movie", "GPT-4o"),
            ("average F1 to 60.9", "average F1", 60.9, None, None, None),
        ],
    },
    {
        "field": "information-extraction",
        "title": "Nested Entities Across Scripts: A Cross-Lingual Benchmark for Biomedical Named Entity Recognition",
        "text": (
            "Biomedical named entity recognition has been studied almost exclusively in English, and the few "
            "multilingual resources annotate flat entities only, although drug, gene and disease mentions in "
            "clinical literature are frequently nested. We introduce Qelvora, a benchmark of 3,860 abstracts from "
            "PubMed and regional journals in Spanish, German, Japanese, Hindi and Swahili, annotated by pairs of "
            "domain experts with 14 entity types and up to four levels of nesting. Inter-annotator agreement "
            "reaches a Cohen's kappa of 0.82. We define three settings, supervised, cross-lingual and few-shot, the "
            "latter two drawing on English resources such as GENIA and BC5CDR and on 50 annotated abstracts per "
            "language, respectively. Baselines include span-based models built on XLM-RoBERTa-large and mBERT, the "
            "biaffine parser of Yu et al., and prompted large language models (GPT-4o and Llama-3.1-70B-Instruct). "
            "Even the strongest baseline, XLM-RoBERTa-large with a span classification head, reaches only 61.8 "
            "micro-F1 in Qelvora's cross-lingual setting, and nested entities remain the main source of errors for "
            "every model. Prompted models detect outer entities reasonably well but rarely recover inner ones, and "
            "their outputs frequently mix scripts within a single mention. We release the data, guidelines and "
            "evaluation scripts under a CC BY 4.0 licence to support research on information extraction beyond "
            "English."
        ),
        "spans": [
            ("Biomedical Named Entity Recognition", "T"), ("Biomedical named entity recognition", "T"),
            ("Qelvora", "D"), ("PubMed", "D"), ("Inter-annotator agreement", "X"), ("Cohen's kappa", "X"),
            ("GENIA", "D"), ("BC5CDR", "D"), ("XLM-RoBERTa-large", "M"), ("mBERT", "M"), ("biaffine parser", "M"),
            ("large language models", "M"), ("GPT-4o", "M"), ("Llama-3.1-70B-Instruct", "M"), ("micro-F1", "X"),
            ("information extraction", "T"),
        ],
        "results": [
            ("Cohen's kappa of 0.82", "Cohen's kappa", 0.82, None, None, None),
            ("61.8 micro-F1", "micro-F1", 61.8, None, "Qelvora", "XLM-RoBERTa-large"),
        ],
    },
    {
        "field": "information-extraction",
        "title": "Qumbrel: Denoising Entity Boundaries over Span Lattices for Nested Named Entity Recognition",
        "text": (
            r"Nested named entity recognition (nested NER) asks a model to recover entities that contain other "
            r"entities, such as a protein mentioned inside the name of a cell line. Span-based classifiers "
            r"enumerate $O(n^2)$ candidate spans, and generative models such as DiffusionNER denoise boundaries "
            r"from random noise, but both waste capacity on implausible spans. Qumbrel restricts denoising to a span "
            r"lattice proposed by a lightweight boundary tagger and runs only $T=5$ reverse steps, each conditioned "
            r"on the entities already fixed. We train with BERT-large and RoBERTa-large encoders and report "
            r"entity-level F1 averaged over three seeds. Qumbrel reaches $88.9$, $87.6$ and $81.4$ F1 on ACE 2004, "
            r"ACE 2005 and GENIA, respectively, against $87.7$, $86.2$ and $81.0$ for DiffusionNER and $87.5$, "
            r"$86.8$ and $81.3$ for W2NER. On the flat CoNLL-2003 benchmark it scores $93.6$ F1, on par with the "
            r"best span-based systems ($93.5$). Gains concentrate on deeply nested entities: on ACE 2005 mentions at "
            r"nesting depth $\geq 3$, recall improves from $58.4\%$ to $66.0\%$. Because the lattice prunes about "
            r"$92\%$ of candidate spans, Qumbrel decodes $4.1\times$ faster than DiffusionNER and needs $38\%$ less "
            r"GPU memory at inference."
        ),
        "spans": [
            ("Qumbrel", "M"), ("Nested Named Entity Recognition", "T"), ("Nested named entity recognition", "T"),
            ("nested NER", "T"), ("DiffusionNER", "M"), ("BERT-large", "M"), ("RoBERTa-large", "M"),
            ("entity-level F1", "X"), ("F1", "X"), ("ACE 2004", "D"), ("ACE 2005", "D"), ("GENIA", "D"),
            ("W2NER", "M"), ("CoNLL-2003", "D"), ("recall", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("88.9", "F1", 88.9, None, "ACE 2004", "Qumbrel"),
            ("87.6", "F1", 87.6, None, "ACE 2005", "Qumbrel"),
            ("81.4$ F1", "F1", 81.4, None, "GENIA", "Qumbrel"),
            ("87.7", "F1", 87.7, None, "ACE 2004", "DiffusionNER"),
            ("86.2", "F1", 86.2, None, "ACE 2005", "DiffusionNER"),
            ("81.0", "F1", 81.0, None, "GENIA", "DiffusionNER"),
            ("87.5", "F1", 87.5, None, "ACE 2004", "W2NER"),
            ("86.8", "F1", 86.8, None, "ACE 2005", "W2NER"),
            ("81.3", "F1", 81.3, None, "GENIA", "W2NER"),
            ("93.6$ F1", "F1", 93.6, None, "CoNLL-2003", None),
            ("93.5", "F1", 93.5, None, "CoNLL-2003", None),
            (r"recall improves from $58.4\%$ to $66.0\%", "recall", 66.0, "%", "ACE 2005", None),
            (r"prunes about $92\%", "candidate span reduction", 92, "%", None, None),
            (r"4.1\times$ faster", "speed-up", 4.1, "\u00d7", None, "Qumbrel"),
            (r"38\%$ less GPU memory", "GPU memory reduction", 38, "%", None, "Qumbrel"),
        ],
    },
    {
        "field": "information-extraction",
        "title": "Revisiting Joint Entity and Relation Extraction Under a Controlled Budget",
        "text": (
            "Joint entity and relation extraction has drifted towards generative formulations in which a pretrained "
            "decoder writes triples out as text, yet span-based pipelines such as PL-Marker and tagging models such "
            "as TPLinker remain competitive on standard benchmarks. We revisit this comparison under a controlled "
            "budget, fixing the encoder (DeBERTa-v3-large), the training data and the hyperparameter search across "
            "paradigms, and find that much of the reported gap between families stems from how entity boundaries "
            "are evaluated rather than from modelling. Building on this analysis we propose Quiverlink, a decoder "
            "that fills an entity\u2013relation table in one pass and resolves conflicting cells with a learned link "
            "score. Under strict evaluation, Quiverlink reaches entity/relation F1 of 91.2/76.8 on CoNLL04 and "
            "69.5/53.1 on SciERC, while on ACE05 it obtains a strict relation F1 of 68.7 (PL-Marker: 67.2; UIE: "
            "66.1). On NYT and WebNLG, where triple-level micro-F1 is the usual measure, Quiverlink improves over "
            "TPLinker from 92.6 \u2192 93.4 and 93.9 \u2192 94.7, respectively. Across the five benchmarks, "
            "generative models gain least from the controlled setting, and their advantage on overlapping triples "
            "disappears once boundaries are evaluated consistently. Quiverlink also trains 2.2\u00d7 faster than "
            "UIE and handles 1,000-token documents without truncation."
        ),
        "spans": [
            ("Joint Entity and Relation Extraction", "T"), ("Joint entity and relation extraction", "T"),
            ("PL-Marker", "M"), ("TPLinker", "M"), ("DeBERTa-v3-large", "M"), ("Quiverlink", "M"), ("F1", "X"),
            ("CoNLL04", "D"), ("SciERC", "D"), ("ACE05", "D"), ("strict relation F1", "X"), ("UIE", "M"),
            ("NYT", "D"), ("WebNLG", "D"), ("triple-level micro-F1", "X"),
        ],
        "results": [
            ("entity/relation F1 of 91.2", "entity F1", 91.2, None, "CoNLL04", "Quiverlink"),
            ("76.8", "relation F1", 76.8, None, "CoNLL04", "Quiverlink"),
            ("69.5", "entity F1", 69.5, None, "SciERC", "Quiverlink"),
            ("53.1", "relation F1", 53.1, None, "SciERC", "Quiverlink"),
            ("strict relation F1 of 68.7", "strict relation F1", 68.7, None, "ACE05", None),
            ("67.2", "strict relation F1", 67.2, None, "ACE05", "PL-Marker"),
            ("66.1", "strict relation F1", 66.1, None, "ACE05", "UIE"),
            ("92.6", "triple-level micro-F1", 92.6, None, "NYT", "TPLinker"),
            ("93.4", "triple-level micro-F1", 93.4, None, "NYT", "Quiverlink"),
            ("93.9", "triple-level micro-F1", 93.9, None, "WebNLG", "TPLinker"),
            ("94.7", "triple-level micro-F1", 94.7, None, "WebNLG", "Quiverlink"),
            ("2.2\u00d7 faster", "speed-up", 2.2, "\u00d7", None, "Quiverlink"),
        ],
    },
    {
        "field": "information-extraction",
        "title": "Qaskelle: Copy, Don't Generate \u2014 Key Information Extraction from Forms with Multimodal Large Language Models",
        "text": (
            "Key information extraction (KIE) from scanned documents is usually approached with layout-aware "
            "encoders such as LayoutLMv3, which depend on externally recognised text and word-level bounding boxes, "
            "or with models such as Donut that read pixels directly but struggle with dense forms. Multimodal large "
            "language models (MLLMs) now read text in images well, yet when asked to return structured fields they "
            "hallucinate values, drop repeated line items and ignore the schema of the target document type. We "
            "present Qaskelle, an extraction head for MLLMs that turns a field schema into a set of learned "
            "queries, lets each query attend to the visual tokens, and copies values from an on-the-fly "
            "transcription instead of generating them freely. Repeated items, such as receipt lines, are handled by "
            "a small set-prediction module trained with Hungarian matching. Qaskelle is attached to Qwen2-VL-7B and "
            "trained with LoRA on public synthetic forms only. We evaluate entity-level F1 and tree edit distance "
            "accuracy on FUNSD, CORD, SROIE and the multi-page DocILE benchmark, comparing with LayoutLMv3, Donut, "
            "UDOP and GPT-4o prompted with the same schema. Qaskelle is competitive with fine-tuned layout models "
            "on receipts and clearly better on forms with nested tables, and it is the only system that never "
            "produces values absent from the page. We analyse the remaining errors, most of which come from "
            "handwriting and rotated scans, and discuss how the approach extends to invoices and contracts."
        ),
        "spans": [
            ("Qaskelle", "M"), ("Key Information Extraction", "T"), ("Multimodal Large Language Models", "M"),
            ("Key information extraction", "T"), ("KIE", "T"), ("LayoutLMv3", "M"), ("Donut", "M"),
            ("Multimodal large language models", "M"), ("MLLMs", "M"), ("Hungarian matching", "M"),
            ("Qwen2-VL-7B", "M"), ("LoRA", "M"), ("entity-level F1", "X"), ("tree edit distance accuracy", "X"),
            ("FUNSD", "D"), ("CORD", "D"), ("SROIE", "D"), ("DocILE", "D"), ("UDOP", "M"), ("GPT-4o", "M"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ object-detection
    {
        "field": "object-detection",
        "title": "Quenvik: Re-parameterized Hybrid Encoders for NMS-Free Real-Time Object Detection",
        "text": (
            "Real-time object detection is dominated by the YOLO family, whose end-to-end speed now depends as much "
            "on post-processing as on the network: non-maximum suppression (NMS) adds latency that varies with the "
            "number of boxes. NMS-free designs such as YOLOv10 and RT-DETR remove this step, but the former still "
            "relies on dual label assignment and the latter on a heavy hybrid encoder. Quenvik combines a "
            "re-parameterized CSP backbone with a hybrid encoder whose cross-scale fusion is computed only on the "
            "stride-32 feature map, and trains with one-to-one assignment plus an auxiliary one-to-many assignment "
            "branch that is discarded after training. We train on COCO train2017 for 300 epochs without extra data. "
            "On COCO val2017, Quenvik-S reaches 47.8 AP at 2.9 ms per image on a T4 GPU with TensorRT FP16, versus "
            "46.3 AP at 2.5 ms for YOLOv10-S and 48.1 AP at 4.6 ms for RT-DETR-R18. The larger variants, Quenvik-M "
            "and Quenvik-L, obtain 52.4 and 54.6 AP, respectively, with Quenvik-L running at 118 FPS. Compared with "
            "YOLOv8-L, Quenvik-L is 1.4 AP more accurate and 31% faster end to end, since no NMS is needed. Gains "
            "are largest on small objects (APs 36.9 vs. 33.5 for YOLOv10-L). Fine-tuning the Objects365-pretrained "
            "Quenvik-L on COCO further raises AP to 56.2."
        ),
        "spans": [
            ("Quenvik", "M"), ("Quenvik-S", "M"), ("Quenvik-M", "M"), ("Quenvik-L", "M"), ("NMS", "M"),
            ("Object Detection", "T"), ("object detection", "T"), ("YOLO", "M"), ("non-maximum suppression", "M"),
            ("latency", "X"), ("YOLOv10", "M"), ("RT-DETR", "M"), ("dual label assignment", "M"), ("CSP", "M"),
            ("one-to-one assignment", "M"), ("one-to-many assignment", "M"), ("COCO train2017", "D"),
            ("COCO val2017", "D"), ("COCO", "D"), ("AP", "X"), ("YOLOv10-S", "M"), ("RT-DETR-R18", "M"),
            ("FPS", "X"), ("YOLOv8-L", "M"), ("APs", "X"), ("YOLOv10-L", "M"), ("Objects365", "D"),
        ],
        "results": [
            ("47.8 AP", "AP", 47.8, None, "COCO val2017", "Quenvik-S"),
            ("2.9 ms per image", "latency", 2.9, "ms", "COCO val2017", "Quenvik-S"),
            ("46.3 AP", "AP", 46.3, None, "COCO val2017", "YOLOv10-S"),
            ("2.5 ms", "latency", 2.5, "ms", "COCO val2017", "YOLOv10-S"),
            ("48.1 AP", "AP", 48.1, None, "COCO val2017", "RT-DETR-R18"),
            ("4.6 ms", "latency", 4.6, "ms", "COCO val2017", "RT-DETR-R18"),
            ("52.4", "AP", 52.4, None, None, "Quenvik-M"),
            ("54.6 AP", "AP", 54.6, None, None, "Quenvik-L"),
            ("118 FPS", "FPS", 118, None, None, "Quenvik-L"),
            ("1.4 AP", "AP", 1.4, None, None, "Quenvik-L"),
            ("31% faster", "speed-up", 31, "%", None, "Quenvik-L"),
            ("APs 36.9", "APs", 36.9, None, None, None),
            ("33.5", "APs", 33.5, None, None, "YOLOv10-L"),
            ("AP to 56.2", "AP", 56.2, None, "COCO", "Quenvik-L"),
        ],
    },
    {
        "field": "object-detection",
        "title": "Qorlith: Region-Text Alignment with Synthetic Captions for Open-Vocabulary Object Detection",
        "text": (
            "Open-vocabulary object detection (OVD) aims to localize objects of categories never annotated during "
            "training, typically by aligning region features with text embeddings from a vision-language model "
            "such as CLIP. Detectors trained on grounding data, including GLIP and Grounding DINO, transfer well but "
            "are expensive, while lighter models such as YOLO-World trade rare-category recall for speed. We argue "
            "that the bottleneck is the quality of region-level text supervision, and present Qorlith, which "
            "generates dense, attribute-rich region captions with an off-the-shelf multimodal LLM, filters them by "
            "cross-modal consistency, and trains a DETR-style detector to align each query with its caption. "
            "Pseudo-labels cover 1.7M images from CC3M and SA-1B, with no human box annotation beyond Objects365. We "
            "evaluate zero-shot on LVIS minival, the OV-COCO benchmark and ODinW-13. With a Swin-T backbone, Qorlith "
            "reaches 41.2 AP and 35.6 APr on LVIS minival, surpassing Grounding DINO-T by 13.8 and 17.4 points, "
            "respectively, and outperforming YOLO-World-L (35.4 AP) at a similar cost. On OV-COCO it achieves 47.9 "
            "AP50 on novel classes, and on ODinW-13 it ranks first on 9 of the 13 datasets with an average AP of "
            "27.4. Scaling the captioned data from 0.4M to 1.7M images improves rare-category AP monotonically, "
            "indicating that the approach has not yet saturated."
        ),
        "spans": [
            ("Qorlith", "M"), ("Open-Vocabulary Object Detection", "T"), ("Open-vocabulary object detection", "T"),
            ("OVD", "T"), ("vision-language model", "M"), ("CLIP", "M"), ("GLIP", "M"), ("Grounding DINO", "M"),
            ("YOLO-World", "M"), ("rare-category recall", "X"), ("multimodal LLM", "M"), ("DETR", "M"),
            ("CC3M", "D"), ("SA-1B", "D"), ("Objects365", "D"), ("LVIS minival", "D"), ("OV-COCO", "D"),
            ("ODinW-13", "D"), ("Swin-T", "M"), ("AP", "X"), ("APr", "X"), ("Grounding DINO-T", "M"),
            ("YOLO-World-L", "M"), ("AP50", "X"), ("average AP", "X"), ("rare-category AP", "X"),
        ],
        "results": [
            ("41.2 AP", "AP", 41.2, None, "LVIS minival", "Qorlith"),
            ("35.6 APr", "APr", 35.6, None, "LVIS minival", "Qorlith"),
            ("13.8", "AP", 13.8, "points", "LVIS minival", "Qorlith"),
            ("17.4 points", "APr", 17.4, "points", "LVIS minival", "Qorlith"),
            ("35.4 AP", "AP", 35.4, None, "LVIS minival", "YOLO-World-L"),
            ("47.9 AP50", "AP50", 47.9, None, "OV-COCO", None),
            ("ranks first on 9 of the 13 datasets", "datasets ranked first", 9, None, "ODinW-13", None),
            ("average AP of 27.4", "average AP", 27.4, None, "ODinW-13", None),
        ],
    },
    {
        "field": "object-detection",
        "title": "Amodal Queries Are Cheap: Occlusion-Aware Instance Segmentation with Quentaria",
        "text": (
            "Query-based segmenters such as Mask2Former and Mask DINO predict a fixed set of masks and, in crowded "
            "scenes, routinely merge overlapping instances or truncate occluded ones. Quentaria adds a second, "
            "amodal query for every object query: the pair shares a class prediction but decodes the visible mask "
            "and the full object extent separately, and a lightweight occlusion head orders the instances by depth "
            "so that overlapping pixels are assigned consistently. The extra queries reuse the existing decoder "
            "layers and add no parameters beyond the occlusion head. Training requires only standard modal "
            "annotations; amodal masks are supervised through self-training, in which synthetic occlusions are "
            "pasted onto COCO images. We evaluate instance segmentation on COCO, LVIS v1 and the crowded OCHuman "
            "benchmark, and amodal segmentation on KINS and COCOA. With a ResNet-50 backbone, Quentaria improves "
            "mask AP on OCHuman from 27.3 to 33.1, while on COCO Quentaria's mask AP stays within 0.2 points of "
            "Mask2Former, as expected for scenes with little occlusion. On KINS and COCOA it also outperforms "
            "dedicated amodal methods such as AISFormer, without using any amodal labels. Visualisations show that "
            "the occlusion ordering remains stable across video frames, suggesting that it could serve as a cheap "
            "depth cue for tracking."
        ),
        "spans": [
            ("Instance Segmentation", "T"), ("Quentaria", "M"), ("Mask2Former", "M"), ("Mask DINO", "M"),
            ("self-training", "M"), ("COCO", "D"), ("instance segmentation", "T"), ("LVIS v1", "D"),
            ("OCHuman", "D"), ("amodal segmentation", "T"), ("KINS", "D"), ("COCOA", "D"), ("ResNet-50", "M"),
            ("mask AP", "X"), ("AISFormer", "M"), ("tracking", "T"),
        ],
        "results": [
            ("mask AP on OCHuman from 27.3 to 33.1", "mask AP", 33.1, None, "OCHuman", "Quentaria"),
            ("mask AP stays within 0.2 points", "mask AP", 0.2, "points", "COCO", "Quentaria"),
        ],
    },
    {
        "field": "object-detection",
        "title": "Tiny Objects, Wide Views: Scale-Adaptive Label Assignment for Oriented Object Detection in Aerial Images",
        "text": (
            "Objects in aerial images are small, densely packed and arbitrarily rotated, and detectors designed for "
            "natural images assign too few positive anchors to them. Oriented detectors such as Oriented R-CNN and "
            "RoI Transformer handle rotation but keep IoU-based assignment, which is ill-posed when a 12-pixel "
            "vehicle overlaps every candidate box poorly. We propose Qirrel, a label assignment strategy that "
            "replaces IoU with a Gaussian Wasserstein distance between predicted and ground-truth boxes and adapts "
            "the number of positives per object to its scale. Qirrel is a plug-in: it changes neither the "
            "architecture nor the inference cost. On DOTA-v1.0, Qirrel raises the mAP of Oriented R-CNN with a "
            "ResNet-50 backbone from 75.9 to 78.3 under single-scale training, and that of the RetinaNet-based "
            "rotated detector by 3.6 points. On DOTA-v2.0, whose images contain many more tiny instances, the gain "
            "grows to 4.8 mAP. On the AI-TOD tiny object benchmark, Qirrel improves AP from 12.8 to 19.6, a "
            "relative improvement of 53%, and AP on very tiny objects (APvt) more than doubles (3.1 \u2192 7.4). "
            "Results on DIOR-R and HRSC2016 follow the same trend, with mAP of 68.2 and 90.6, respectively. "
            "Training time increases by less than 5%."
        ),
        "spans": [
            ("Label Assignment", "M"), ("label assignment", "M"), ("Oriented Object Detection", "T"),
            ("Oriented R-CNN", "M"), ("RoI Transformer", "M"), ("Qirrel", "M"),
            ("Gaussian Wasserstein distance", "M"), ("DOTA-v1.0", "D"), ("mAP", "X"), ("ResNet-50", "M"),
            ("RetinaNet", "M"), ("DOTA-v2.0", "D"), ("AI-TOD", "D"), ("AP", "X"), ("APvt", "X"),
            ("DIOR-R", "D"), ("HRSC2016", "D"), ("Training time", "X"),
        ],
        "results": [
            ("mAP of Oriented R-CNN with a ResNet-50 backbone from 75.9", "mAP", 75.9, None, "DOTA-v1.0",
             "Oriented R-CNN"),
            ("to 78.3", "mAP", 78.3, None, "DOTA-v1.0", "Qirrel"),
            ("by 3.6 points", "mAP", 3.6, "points", "DOTA-v1.0", "Qirrel"),
            ("4.8 mAP", "mAP", 4.8, None, "DOTA-v2.0", None),
            ("AP from 12.8 to 19.6", "AP", 19.6, None, "AI-TOD", "Qirrel"),
            ("relative improvement of 53%", "AP", 53, "%", "AI-TOD", "Qirrel"),
            ("3.1 \u2192 7.4", "APvt", 7.4, None, "AI-TOD", "Qirrel"),
            ("mAP of 68.2", "mAP", 68.2, None, "DIOR-R", None),
            ("90.6", "mAP", 90.6, None, "HRSC2016", None),
            ("Training time increases by less than 5%", "training time", 5, "%", None, None),
        ],
    },
    {
        "field": "object-detection",
        "title": "Quelmora: Scheduling Query Denoising for Faster Convergence of Detection Transformers",
        "text": (
            "Detection transformers (DETRs) remove hand-crafted components from object detection but converge "
            "slowly, because one-to-one Hungarian matching yields few positive queries and unstable assignments "
            "early in training. Query denoising, introduced by DN-DETR and extended in DINO, mitigates this by "
            "reconstructing noised ground-truth boxes, and collaborative schemes such as Co-DETR add auxiliary "
            "one-to-many heads. Quelmora instead schedules how hard the noised queries are: their anchors start "
            "close to the ground truth and drift towards the distribution of the model's own predictions, so that "
            "the reconstruction task gradually turns into the matching problem it is meant to support. The "
            "schedule has two hyperparameters and adds no inference cost. On COCO val2017 with a ResNet-50 backbone "
            "and the standard 12-epoch (1\u00d7) schedule, Quelmora lifts DINO-4scale to 51.2 AP (DINO: 49.0) and "
            "Deformable DETR to 47.1 AP (+3.3). With Swin-L and Objects365 pre-training, Quelmora reaches 63.8 AP, "
            "0.4 below Co-DETR while training with 2.7\u00d7 fewer GPU hours. Convergence is faster throughout, "
            "and Quelmora matches the 36-epoch accuracy of DINO in well under half the epochs. Over five random "
            "seeds, the standard deviation of AP at epoch 12 drops from 0.31 to 0.12, indicating more stable "
            "matching. The same schedule transfers to Mask DINO for instance segmentation (mask AP: 46.3 vs. 44.7) "
            "and to RT-DETR, where it adds 0.9 AP without changing latency."
        ),
        "spans": [
            ("Quelmora", "M"), ("Query Denoising", "M"), ("Detection Transformers", "M"),
            ("Detection transformers", "M"), ("DETRs", "M"), ("object detection", "T"),
            ("Hungarian matching", "M"), ("Query denoising", "M"), ("DN-DETR", "M"), ("DINO", "M"),
            ("Co-DETR", "M"), ("COCO val2017", "D"), ("ResNet-50", "M"), ("DINO-4scale", "M"), ("AP", "X"),
            ("Deformable DETR", "M"), ("Swin-L", "M"), ("Objects365", "D"), ("GPU hours", "X"),
            ("standard deviation", "X"), ("Mask DINO", "M"), ("instance segmentation", "T"), ("mask AP", "X"),
            ("RT-DETR", "M"), ("latency", "X"),
        ],
        "results": [
            ("51.2 AP", "AP", 51.2, None, "COCO val2017", "Quelmora"),
            ("49.0", "AP", 49.0, None, "COCO val2017", "DINO"),
            ("47.1 AP", "AP", 47.1, None, "COCO val2017", "Quelmora"),
            ("+3.3", "AP", 3.3, None, "COCO val2017", "Quelmora"),
            ("63.8 AP", "AP", 63.8, None, None, "Quelmora"),
            ("0.4 below Co-DETR", "AP", 0.4, None, None, "Quelmora"),
            ("2.7\u00d7 fewer GPU hours", "GPU hours reduction", 2.7, "\u00d7", None, "Quelmora"),
            ("standard deviation of AP at epoch 12 drops from 0.31 to 0.12", "standard deviation of AP", 0.12, None,
             None, None),
            ("mask AP: 46.3", "mask AP", 46.3, None, None, None),
            ("44.7", "mask AP", 44.7, None, None, None),
            ("0.9 AP", "AP", 0.9, None, None, None),
        ],
    },
    {
        "field": "object-detection",
        "title": "Quibreon: Uncertainty-Gated Pseudo-Labels for Semi-Supervised Object Detection",
        "text": (
            "Pseudo-labelling with a teacher\u2013student pair has become the standard recipe for semi-supervised "
            "object detection (SSOD): a Mean Teacher model produces boxes on unlabeled images, and the student "
            "learns from those above a fixed confidence threshold. A single threshold is a poor compromise, since "
            "classification confidence is only weakly correlated with localisation quality and the correlation "
            "changes as training progresses. Quibreon replaces it with a gate learned from the teacher's own "
            "disagreement: each pseudo-box is scored by the variance of its coordinates under test-time "
            "augmentation, and class-wise thresholds are updated every 2,000 iterations to keep precision on "
            "held-out labeled images constant. The gate is detector-agnostic; we apply it to Faster R-CNN, FCOS and "
            "a DINO detector. Under the COCO-standard protocol with 1%, 5% and 10% of labels, Quibreon with Faster "
            "R-CNN obtains 24.9, 34.6 and 38.1 mAP, respectively, exceeding Unbiased Teacher v2 by 1.8 points on "
            "average. With the same gate, the DINO detector reaches 44.7 mAP at 10% labels, 4.1 points short of "
            "its fully supervised counterpart. For domain adaptive object detection from Cityscapes to Foggy "
            "Cityscapes, Quibreon attains 51.3 AP50 and narrows the gap to an oracle trained on target labels to "
            "2.9 points. The noisy pseudo-labels that survive the gate are 41% fewer than with a fixed threshold "
            "of 0.7."
        ),
        "spans": [
            ("Quibreon", "M"), ("Semi-Supervised Object Detection", "T"), ("Pseudo-labelling", "M"),
            ("semi-supervised object detection", "T"), ("SSOD", "T"), ("Mean Teacher", "M"),
            ("test-time augmentation", "M"), ("precision", "X"), ("Faster R-CNN", "M"), ("FCOS", "M"),
            ("DINO", "M"), ("COCO-standard", "D"), ("mAP", "X"), ("Unbiased Teacher v2", "M"),
            ("domain adaptive object detection", "T"), ("Cityscapes", "D"), ("Foggy Cityscapes", "D"),
            ("AP50", "X"),
        ],
        "results": [
            ("24.9", "mAP", 24.9, None, "COCO-standard", "Quibreon"),
            ("34.6", "mAP", 34.6, None, "COCO-standard", "Quibreon"),
            ("38.1 mAP", "mAP", 38.1, None, "COCO-standard", "Quibreon"),
            ("by 1.8 points on average", "mAP", 1.8, "points", "COCO-standard", "Quibreon"),
            ("44.7 mAP", "mAP", 44.7, None, None, "DINO"),
            ("4.1 points short", "mAP", 4.1, "points", None, "DINO"),
            ("51.3 AP50", "AP50", 51.3, None, "Foggy Cityscapes", "Quibreon"),
            ("narrows the gap to an oracle trained on target labels to 2.9 points", "AP50 gap", 2.9, "points",
             "Foggy Cityscapes", "Quibreon"),
            ("41% fewer", "noisy pseudo-label reduction", 41, "%", None, None),
        ],
    },
]
