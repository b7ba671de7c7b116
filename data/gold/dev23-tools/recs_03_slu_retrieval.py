"""dev23 records: spoken-language-understanding (6) and image-retrieval (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Tqorvin", "Tqalis", "Tquarel", "Tqendra", "Tqimber", "Tqolfen",
          "Tqasper", "Tqerrow", "Tqyndle", "Tquvio", "Tqarnish", "Tqelmor"]

RECS = [
    # ------------------------------------------------------------ spoken-language-understanding
    {
        "field": "spoken-language-understanding",
        "title": "Tqorvin: Label-Semantic Graph Decoding for Joint Multi-Intent Detection and Slot Filling",
        "text": (
            "Voice assistants often have to recover several intents from a single utterance, together with the slots "
            "that belong to each of them. Joint models for multi-intent spoken language understanding (SLU), from AGIF "
            "and GL-GIN to the more recent MISCA, let intent and slot predictions interact through graph attention, yet "
            "they treat labels as opaque indices and ignore the natural-language descriptions that annotators already "
            "wrote. We present Tqorvin, which encodes every intent and slot label with the same RoBERTa encoder as the "
            "utterance and decodes slots over a bipartite graph that links each token to the label nodes of its "
            "predicted intents. A calibration step then prunes intents whose label nodes receive no slot evidence, "
            "which curbs the over-prediction of intent counts on long utterances. On MixATIS, Tqorvin reaches 60.8% "
            "overall accuracy, 89.6% slot F1 and 81.4% intent accuracy. On MixSNIPS, Tqorvin obtains 87.4%, 96.8% and "
            "97.9% on the same three metrics. The strongest previous model, MISCA, obtains 59.1% and 86.2% overall "
            "accuracy on MixATIS and MixSNIPS, respectively, which Tqorvin exceeds by 1.7 and 1.2 points. Because the "
            "label-graph decoder is non-autoregressive, Tqorvin also decodes 3.1\u00d7 faster than a generative BART "
            "baseline of similar size. Ablations show that label descriptions account for most of the gain on intents "
            "seen fewer than 50 times in training."
        ),
        "spans": [
            ("Tqorvin", "M"), ("Multi-Intent Detection", "T"), ("Slot Filling", "T"),
            ("multi-intent spoken language understanding", "T"), ("SLU", "T"), ("AGIF", "M"), ("GL-GIN", "M"),
            ("MISCA", "M"), ("graph attention", "M"), ("RoBERTa", "M"), ("MixATIS", "D"), ("MixSNIPS", "D"),
            ("overall accuracy", "X"), ("slot F1", "X"), ("intent accuracy", "X"), ("BART", "M"),
        ],
        "results": [
            ("60.8% overall accuracy", "accuracy", 60.8, "%", "MixATIS", "Tqorvin"),
            ("89.6% slot F1", "slot F1", 89.6, "%", "MixATIS", "Tqorvin"),
            ("81.4% intent accuracy", "intent accuracy", 81.4, "%", "MixATIS", "Tqorvin"),
            ("87.4%", "accuracy", 87.4, "%", "MixSNIPS", "Tqorvin"),
            ("96.8%", "slot F1", 96.8, "%", "MixSNIPS", "Tqorvin"),
            ("97.9%", "intent accuracy", 97.9, "%", "MixSNIPS", "Tqorvin"),
            ("59.1%", "accuracy", 59.1, "%", "MixATIS", "MISCA"),
            ("86.2% overall accuracy", "accuracy", 86.2, "%", "MixSNIPS", "MISCA"),
            ("by 1.7", "accuracy", 1.7, "points", "MixATIS", "Tqorvin"),
            ("1.2 points", "accuracy", 1.2, "points", "MixSNIPS", "Tqorvin"),
            ("3.1\u00d7 faster", "speed-up", 3.1, "\u00d7", None, "Tqorvin"),
        ],
    },
    {
        "field": "spoken-language-understanding",
        "title": "Tqalis: Distilling Speech Foundation Models into a Streaming Transducer for End-to-End Spoken "
                 "Language Understanding",
        "text": (
            "End-to-end spoken language understanding (SLU) maps audio directly to intents and slots, avoiding the "
            "error propagation of a cascade of automatic speech recognition (ASR) and natural language understanding "
            "(NLU). The strongest end-to-end systems, however, are built on large self-supervised encoders such as "
            "WavLM Large or on the Whisper encoder, and they consume the whole utterance before predicting anything, "
            "which rules them out for on-device assistants. We introduce Tqalis, a streaming Conformer transducer "
            "distilled from a Whisper-large-v3 teacher at two levels: frame-level representations are matched through "
            "a chunk-aware projection, and the teacher's semantic parse supervises a slot-tagged transcript that the "
            "student emits token by token. On SLURP, Tqalis attains 88.2% intent accuracy and an SLU-F1 of 78.9 with "
            "only 38M parameters, compared with 89.6% and 80.3 for its non-streaming Whisper-large-v3 teacher. On "
            "Fluent Speech Commands, Tqalis reaches 99.7% test accuracy. With 320 ms chunks, the median latency after "
            "the end of speech is 41 ms on a Pixel 8 CPU, 6.3\u00d7 lower than that of a cascade of Whisper-small and a "
            "BERT tagger. After 8-bit quantization the model occupies 46 MB. Removing transcript-level distillation "
            "costs 2.4 points of SLU-F1, more than removing frame-level matching, which suggests that the student "
            "benefits most from learning where slot boundaries fall in the token stream."
        ),
        "spans": [
            ("Tqalis", "M"), ("Speech Foundation Models", "M"), ("Transducer", "M"),
            ("Spoken Language Understanding", "T"), ("spoken language understanding", "T"), ("SLU", "T"),
            ("automatic speech recognition", "T"), ("ASR", "T"), ("natural language understanding", "T"),
            ("NLU", "T"), ("WavLM Large", "M"), ("Whisper", "M"), ("Conformer transducer", "M"),
            ("Whisper-large-v3", "M"), ("SLURP", "D"), ("intent accuracy", "X"), ("SLU-F1", "X"),
            ("Fluent Speech Commands", "D"), ("test accuracy", "X"), ("median latency", "X"),
            ("Whisper-small", "M"), ("BERT", "M"), ("quantization", "M"), ("distillation", "M"),
        ],
        "results": [
            ("88.2% intent accuracy", "intent accuracy", 88.2, "%", "SLURP", "Tqalis"),
            ("SLU-F1 of 78.9", "SLU-F1", 78.9, None, "SLURP", "Tqalis"),
            ("89.6%", "intent accuracy", 89.6, "%", "SLURP", "Whisper-large-v3"),
            ("80.3", "SLU-F1", 80.3, None, "SLURP", "Whisper-large-v3"),
            ("99.7% test accuracy", "test accuracy", 99.7, "%", "Fluent Speech Commands", "Tqalis"),
            ("median latency after the end of speech is 41 ms", "latency", 41, "ms", None, None),
            ("6.3\u00d7 lower", "latency reduction", 6.3, "\u00d7", None, None),
            ("occupies 46 MB", "model size", 46, "MB", None, None),
            ("2.4 points of SLU-F1", "SLU-F1", 2.4, "points", None, None),
        ],
    },
    {
        "field": "spoken-language-understanding",
        "title": "Tquarel: Textless Spoken Question Answering with Merged HuBERT Units and Span Alignment",
        "text": (
            "Spoken question answering (SQA) asks a model to locate the answer to a question inside a spoken passage. "
            "Cascaded systems that run automatic speech recognition (ASR) before a text reader such as RoBERTa suffer "
            "from recognition errors that corrupt exactly the named entities and numbers that answers tend to consist "
            "of, while textless models such as DUAL avoid transcripts altogether but still lag well behind. We propose "
            "Tquarel, a textless SQA model that tokenizes passage and question audio into HuBERT units, compresses runs "
            "of repeated units with a learned merging step, and fine-tunes a LongT5 reader to predict answer "
            "boundaries directly in time. A contrastive span-alignment objective pulls unit spans toward the matching "
            "spans of an auxiliary transcript during training only, so inference needs no ASR. On the NMSQA test set, "
            "Tquarel achieves a frame-level F1 (FF1) of 63.2 and an audio overlapping score (AOS) of 55.8, compared "
            "with 49.4 FF1 and 41.7 AOS for DUAL, and it surpasses a Whisper-medium plus RoBERTa cascade by 4.6 FF1. "
            "On Spoken-SQuAD, whose ASR transcripts have a high word error rate (WER), Tquarel obtains 61.7 FF1. Unit "
            "merging reduces sequence length by 41% on average and cuts training time by 38%. Tquarel is also robust "
            "to noise: with babble noise added at 5 dB, its FF1 on NMSQA drops by only 3.2 points, versus 9.8 for the "
            "cascade."
        ),
        "spans": [
            ("Tquarel", "M"), ("Spoken Question Answering", "T"), ("HuBERT", "M"),
            ("Spoken question answering", "T"), ("SQA", "T"), ("automatic speech recognition", "T"), ("ASR", "T"),
            ("RoBERTa", "M"), ("DUAL", "M"), ("LongT5", "M"), ("NMSQA", "D"), ("frame-level F1", "X"),
            ("FF1", "X"), ("audio overlapping score", "X"), ("AOS", "X"), ("Whisper-medium", "M"),
            ("Spoken-SQuAD", "D"), ("word error rate", "X"), ("WER", "X"), ("sequence length", "X"),
            ("training time", "X"),
        ],
        "results": [
            ("frame-level F1 (FF1) of 63.2", "FF1", 63.2, None, "NMSQA", "Tquarel"),
            ("audio overlapping score (AOS) of 55.8", "AOS", 55.8, None, "NMSQA", "Tquarel"),
            ("49.4 FF1", "FF1", 49.4, None, "NMSQA", "DUAL"),
            ("41.7 AOS", "AOS", 41.7, None, "NMSQA", "DUAL"),
            ("by 4.6 FF1", "FF1", 4.6, None, "NMSQA", "Tquarel"),
            ("61.7 FF1", "FF1", 61.7, None, "Spoken-SQuAD", "Tquarel"),
            ("reduces sequence length by 41%", "sequence length reduction", 41, "%", None, None),
            ("cuts training time by 38%", "training time reduction", 38, "%", None, None),
            ("drops by only 3.2 points", "FF1", 3.2, "points", "NMSQA", "Tquarel"),
            ("9.8", "FF1", 9.8, "points", "NMSQA", None),
        ],
    },
    {
        "field": "spoken-language-understanding",
        "title": "Tqendra: Typology-Ordered Curricula for Zero-Shot Cross-Lingual Intent Detection and Slot Filling",
        "text": (
            "Massively multilingual encoders transfer intent detection and slot filling across languages surprisingly "
            "well, yet slot filling still collapses for languages whose script and word order differ from English. We "
            "introduce Tqendra, a training recipe for zero-shot cross-lingual SLU that needs English annotations only. "
            "Tqendra builds code-switched utterances with bilingual dictionaries on a curriculum that starts from "
            "typologically close languages and moves to distant ones, and it aligns slot spans across languages "
            "through optimal transport over token representations. We apply Tqendra to XLM-R Large and mT5-XL and "
            "evaluate on MASSIVE (51 languages), MTOP (6 languages) and xSID (13 languages). On MASSIVE, Tqendra "
            "applied to XLM-R Large raises the average intent accuracy from 80.2% to 84.7% and the average slot F1 "
            "from 60.1 to 67.3; with mT5-XL, it reaches 86.1% and 69.8, respectively. Tqendra outperforms the "
            "strongest previous method, GL-CLeF, on 44 of the 51 MASSIVE languages, with the largest gains for "
            "Amharic, Khmer and Japanese (+11.4, +9.7 and +8.9 slot F1). On MTOP and xSID, Tqendra improves average "
            "slot F1 by 5.2 and 3.8 points, respectively. The gains persist when 100 target-language examples are "
            "available for fine-tuning, though they shrink to 1.1\u20132.0 points. An analysis of the curriculum shows "
            "that ordering languages by typological distance matters more than dictionary coverage."
        ),
        "spans": [
            ("Tqendra", "M"), ("Zero-Shot Cross-Lingual Intent Detection", "T"), ("Slot Filling", "T"),
            ("intent detection", "T"), ("slot filling", "T"), ("zero-shot cross-lingual SLU", "T"),
            ("optimal transport", "M"), ("XLM-R Large", "M"), ("mT5-XL", "M"), ("MASSIVE", "D"), ("MTOP", "D"),
            ("xSID", "D"), ("average intent accuracy", "X"), ("average slot F1", "X"), ("slot F1", "X"),
            ("GL-CLeF", "M"),
        ],
        "results": [
            ("average intent accuracy from 80.2% to 84.7%", "intent accuracy", 84.7, "%", "MASSIVE", "Tqendra"),
            ("average slot F1 from 60.1 to 67.3", "slot F1", 67.3, None, "MASSIVE", "Tqendra"),
            ("86.1%", "intent accuracy", 86.1, "%", "MASSIVE", "Tqendra"),
            ("69.8", "slot F1", 69.8, None, "MASSIVE", "Tqendra"),
            ("44 of the 51 MASSIVE languages", "languages won", 44, None, "MASSIVE", "Tqendra"),
            ("+11.4", "slot F1", 11.4, None, "MASSIVE", "Tqendra"),
            ("+9.7", "slot F1", 9.7, None, "MASSIVE", "Tqendra"),
            ("+8.9 slot F1", "slot F1", 8.9, None, "MASSIVE", "Tqendra"),
            ("by 5.2", "slot F1", 5.2, "points", "MTOP", "Tqendra"),
            ("3.8 points", "slot F1", 3.8, "points", "xSID", "Tqendra"),
            ("1.1\u20132.0 points", "improvement", 2.0, "points", None, None, {"low": 1.1}),
        ],
    },
    {
        "field": "spoken-language-understanding",
        "title": "Tqimber: Confidence-Gated Early Exiting for Low-Latency Spoken Task-Oriented Parsing on Device",
        "text": (
            "Voice assistants increasingly parse spoken requests into nested semantic frames rather than flat intent "
            "and slot labels, and they must do so on device within tight time budgets. End-to-end parsers for the "
            "STOP dataset typically pair a HuBERT or wav2vec 2.0 encoder with an autoregressive Transformer decoder "
            "and spend most of their compute on easy requests such as setting a timer. Tqimber attaches lightweight "
            "parsing heads to intermediate layers of a shared Conformer encoder and exits as soon as a confidence "
            "estimate, trained with a cost-sensitive objective, clears a per-domain threshold; hard requests continue "
            "through the full stack and a second-pass decoder that also reads the first-pass ASR hypothesis. On STOP, "
            "Tqimber nearly matches the exact match (EM) of the strongest two-pass model (80.9 vs. 81.2) while cutting "
            "encoder FLOPs by 58% and reducing end-to-end latency on a Snapdragon 8 Gen 3 phone from 212 ms to 87 ms. "
            "Compared with a HuBERT-Base parser of similar EM, Tqimber has 3.4\u00d7 fewer parameters (27M vs. 94M) and "
            "needs 61% less peak memory. Across the eight STOP domains, exit rates range from 38% for navigation to "
            "81% for alarms, and early exiting leaves EM unchanged even on the reminder and event domains, which "
            "contain the deepest frames. Tqimber also transfers to the low-resource splits of STOP, where it improves "
            "EM by 1.6 points over training a parser from scratch."
        ),
        "spans": [
            ("Tqimber", "M"), ("Early Exiting", "M"), ("early exiting", "M"),
            ("Spoken Task-Oriented Parsing", "T"), ("STOP", "D"), ("HuBERT", "M"), ("wav2vec 2.0", "M"),
            ("Transformer", "M"), ("Conformer", "M"), ("ASR", "T"), ("exact match", "X"), ("EM", "X"),
            ("FLOPs", "X"), ("end-to-end latency", "X"), ("HuBERT-Base", "M"), ("parameters", "X"),
            ("peak memory", "X"), ("exit rates", "X"),
        ],
        "results": [
            ("80.9", "EM", 80.9, None, "STOP", "Tqimber"),
            ("81.2", "EM", 81.2, None, "STOP", None),
            ("FLOPs by 58%", "FLOPs reduction", 58, "%", "STOP", "Tqimber"),
            ("end-to-end latency on a Snapdragon 8 Gen 3 phone from 212 ms to 87 ms", "end-to-end latency", 87,
             "ms", "STOP", "Tqimber"),
            ("3.4\u00d7 fewer parameters", "parameter reduction", 3.4, "\u00d7", None, "Tqimber"),
            ("27M", "parameters", 27, "M", None, "Tqimber"),
            ("94M", "parameters", 94, "M", None, "HuBERT-Base"),
            ("61% less peak memory", "peak memory reduction", 61, "%", None, "Tqimber"),
            ("exit rates range from 38% for navigation to 81%", "exit rate", 81, "%", "STOP", None, {"low": 38}),
            ("improves EM by 1.6 points", "EM", 1.6, "points", "STOP", "Tqimber"),
        ],
    },
    {
        "field": "spoken-language-understanding",
        "title": "Tqolfen: Slot-Aware Instruction Tuning of Speech Large Language Models for Spoken Language "
                 "Understanding",
        "text": (
            "Speech large language models (speech LLMs) such as Qwen2-Audio and SALMONN follow spoken instructions "
            "impressively, yet on spoken language understanding benchmarks they trail much smaller task-specific "
            "models, most visibly in slot filling and spoken named entity recognition (spoken NER), where outputs must "
            "reproduce exact surface forms. We analyse this gap on the SLUE suite and on Speech-MASSIVE and trace it "
            "to two causes: the audio adapter discards fine-grained lexical detail, and instruction data rarely asks "
            "for span-level outputs. Tqolfen addresses both with a dual-rate Q-Former adapter that keeps a high-rate "
            "lexical stream alongside the pooled semantic stream, and with 1.2M synthetic slot-tagging instructions "
            "generated from text SLU corpora with a neural TTS system. Instruction-tuned from Qwen2-Audio-7B, Tqolfen "
            "raises spoken NER F1 on SLUE-VoxPopuli from 54.3 to 71.6 and intent accuracy on Speech-MASSIVE, averaged "
            "over its 12 languages, from 68.4% to 79.2%, surpassing a fine-tuned WavLM baseline on both (69.8 and "
            "77.5%). Tqolfen reaches 74.0% intent accuracy zero-shot on SLURP, which it never saw during training, 9.1 "
            "points above SALMONN. The dual-rate adapter accounts for most of the NER gain, and Tqolfen keeps the chat "
            "score of its base model on AIR-Bench (6.42 vs. 6.47). The extra lexical stream adds 9% to inference time."
        ),
        "spans": [
            ("Tqolfen", "M"), ("Instruction Tuning", "M"), ("Speech Large Language Models", "M"),
            ("Spoken Language Understanding", "T"), ("Speech large language models", "M"), ("speech LLMs", "M"),
            ("Qwen2-Audio", "M"), ("SALMONN", "M"), ("spoken language understanding", "T"), ("slot filling", "T"),
            ("spoken named entity recognition", "T"), ("spoken NER", "T"), ("NER", "T"), ("SLUE", "D"),
            ("Speech-MASSIVE", "D"), ("Q-Former", "M"), ("SLU", "T"), ("TTS", "T"), ("Qwen2-Audio-7B", "M"),
            ("F1", "X"), ("SLUE-VoxPopuli", "D"), ("intent accuracy", "X"), ("WavLM", "M"), ("SLURP", "D"),
            ("chat score", "X"), ("AIR-Bench", "D"), ("inference time", "X"),
        ],
        "results": [
            ("F1 on SLUE-VoxPopuli from 54.3 to 71.6", "F1", 71.6, None, "SLUE-VoxPopuli", "Tqolfen"),
            ("from 68.4% to 79.2%", "intent accuracy", 79.2, "%", "Speech-MASSIVE", "Tqolfen"),
            ("69.8", "F1", 69.8, None, "SLUE-VoxPopuli", "WavLM"),
            ("77.5%", "intent accuracy", 77.5, "%", "Speech-MASSIVE", "WavLM"),
            ("74.0% intent accuracy", "intent accuracy", 74.0, "%", "SLURP", "Tqolfen"),
            ("9.1 points above", "intent accuracy", 9.1, "points", "SLURP", "Tqolfen"),
            ("6.42", "chat score", 6.42, None, "AIR-Bench", "Tqolfen"),
            ("6.47", "chat score", 6.47, None, "AIR-Bench", None),
            ("adds 9% to inference time", "inference time", 9, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ image-retrieval
    {
        "field": "image-retrieval",
        "title": "Tqasper: Training-Free Zero-Shot Composed Image Retrieval by Editing Attribute Lists",
        "text": (
            "Composed image retrieval (CIR) searches a gallery for a target image given a reference image and a "
            "modification text. Zero-shot CIR (ZS-CIR) avoids costly triplet annotation, either through textual "
            "inversion, as in Pic2Word, SEARLE and LinCIR, or by asking a large language model to rewrite a caption of "
            "the reference image, as in CIReVL. Both families struggle when the modification removes or replaces "
            "objects, because the pseudo-word token or the rewritten caption still carries the reference content. We "
            "propose Tqasper, a training-free method in which a multimodal LLM lists the visual attributes of the "
            "reference image, the list is edited explicitly according to the modification text, and gallery images "
            "are scored with a frozen CLIP model against both the edited list and a negated list of removed "
            "attributes. On CIRCO, Tqasper with ViT-L/14 reaches 29.8 mAP@5 and 33.1 mAP@50, improving over CIReVL by "
            "3.2 and 3.6 points. On CIRR, Tqasper obtains 38.9 Recall@1 and 79.4 Recall@10 on the test set, and on "
            "FashionIQ it reaches an average Recall@10 of 34.6 (vs. 28.5 for LinCIR). With the larger ViT-G/14 "
            "backbone, Tqasper reaches 35.2 mAP@5 on CIRCO. Since scoring needs a single CLIP text embedding per query "
            "once the attribute list is produced, the end-to-end latency per query is 0.9 s with a 7B LLM, 2.4\u00d7 "
            "lower than that of CIReVL."
        ),
        "spans": [
            ("Tqasper", "M"), ("Zero-Shot Composed Image Retrieval", "T"), ("Composed image retrieval", "T"),
            ("CIR", "T"), ("Zero-shot CIR", "T"), ("ZS-CIR", "T"), ("textual inversion", "M"), ("Pic2Word", "M"),
            ("SEARLE", "M"), ("LinCIR", "M"), ("large language model", "M"), ("CIReVL", "M"),
            ("multimodal LLM", "M"), ("LLM", "M"), ("CLIP", "M"), ("CIRCO", "D"), ("ViT-L/14", "M"),
            ("mAP@5", "X"), ("mAP@50", "X"), ("CIRR", "D"), ("Recall@1", "X"), ("Recall@10", "X"),
            ("average Recall@10", "X"), ("FashionIQ", "D"), ("ViT-G/14", "M"), ("end-to-end latency", "X"),
        ],
        "results": [
            ("29.8 mAP@5", "mAP@5", 29.8, None, "CIRCO", "Tqasper"),
            ("33.1 mAP@50", "mAP@50", 33.1, None, "CIRCO", "Tqasper"),
            ("by 3.2", "mAP@5", 3.2, "points", "CIRCO", "Tqasper"),
            ("3.6 points", "mAP@50", 3.6, "points", "CIRCO", "Tqasper"),
            ("38.9 Recall@1", "Recall@1", 38.9, None, "CIRR", "Tqasper"),
            ("79.4 Recall@10", "Recall@10", 79.4, None, "CIRR", "Tqasper"),
            ("average Recall@10 of 34.6", "Recall@10", 34.6, None, "FashionIQ", "Tqasper"),
            ("28.5", "Recall@10", 28.5, None, "FashionIQ", "LinCIR"),
            ("35.2 mAP@5", "mAP@5", 35.2, None, "CIRCO", "Tqasper"),
            ("end-to-end latency per query is 0.9 s", "end-to-end latency", 0.9, "s", None, None),
            ("2.4\u00d7 lower", "latency reduction", 2.4, "\u00d7", None, None),
        ],
    },
    {
        "field": "image-retrieval",
        "title": "Tqerrow: Confusion-Aware Hash Centers for Deep Hashing with Vision Transformers",
        "text": (
            "Deep hashing maps images to compact binary codes so that large galleries can be searched by Hamming "
            "ranking. Center-based methods such as CSQ and OrthoHash assign each class a fixed binary target drawn "
            "from a Hadamard matrix, which keeps classes apart but ignores that some classes are visually close and "
            "others are not, while pairwise methods such as DPSH and HashNet scale poorly with the number of training "
            "images. We present Tqerrow, which learns the hash centers jointly with a ViT-B/16 hash encoder under an "
            "asymmetric objective: centers are pushed apart in Hamming space only where class confusion is actually "
            "observed, and a regulariser keeps the continuous codes close to their signs. On CIFAR-10, NUS-WIDE and "
            "MS COCO with 64-bit codes, Tqerrow reaches an mAP of 0.962, 0.874 and 0.902, respectively, against 0.941, "
            "0.851 and 0.871 for a ViT-based CSQ trained with the same recipe. On MS COCO, the benefit is largest for "
            "short codes: at 16 bits Tqerrow improves mAP over CSQ by 4.8 points, and at 128 bits by 0.9 points. On "
            "ImageNet-100, whose 100 classes stress center separation, Tqerrow attains 0.893 mAP@1000, 2.6 points "
            "above OrthoHash. Encoding costs nothing beyond a plain ViT-B/16 hash encoder, and searching a "
            "one-million-image gallery by Hamming ranking has a latency of 14 ms per query on a single CPU core."
        ),
        "spans": [
            ("Tqerrow", "M"), ("Deep Hashing", "M"), ("Vision Transformers", "M"), ("Deep hashing", "M"),
            ("CSQ", "M"), ("OrthoHash", "M"), ("DPSH", "M"), ("HashNet", "M"), ("ViT-B/16", "M"),
            ("CIFAR-10", "D"), ("NUS-WIDE", "D"), ("MS COCO", "D"), ("mAP", "X"), ("ViT", "M"),
            ("ImageNet-100", "D"), ("mAP@1000", "X"), ("latency", "X"),
        ],
        "results": [
            ("mAP of 0.962", "mAP", 0.962, None, "CIFAR-10", "Tqerrow"),
            ("0.874", "mAP", 0.874, None, "NUS-WIDE", "Tqerrow"),
            ("0.902", "mAP", 0.902, None, "MS COCO", "Tqerrow"),
            ("0.941", "mAP", 0.941, None, "CIFAR-10", "CSQ"),
            ("0.851", "mAP", 0.851, None, "NUS-WIDE", "CSQ"),
            ("0.871", "mAP", 0.871, None, "MS COCO", "CSQ"),
            ("improves mAP over CSQ by 4.8 points", "mAP", 4.8, "points", "MS COCO", "Tqerrow"),
            ("0.9 points", "mAP", 0.9, "points", "MS COCO", "Tqerrow"),
            ("0.893 mAP@1000", "mAP@1000", 0.893, None, "ImageNet-100", "Tqerrow"),
            ("2.6 points above", "mAP@1000", 2.6, "points", "ImageNet-100", "Tqerrow"),
            ("latency of 14 ms", "latency", 14, "ms", None, None),
        ],
    },
    {
        "field": "image-retrieval",
        "title": "Tqyndle: Binary Patch Tokens for Memory-Light Verification in Instance-Level Image Retrieval",
        "text": (
            "Instance-level image retrieval systems usually rank a database by global descriptors and then re-rank a "
            "shortlist with local features, but storing hundreds of local descriptors per image dominates the memory "
            "of methods such as DELG, R2Former and AMES. We propose Tqyndle, which distils the local features of a "
            "DINOv2 backbone into 24 binary patch tokens per image and re-ranks the shortlist with a light Transformer "
            "verifier trained on the clean split of Google Landmarks v2 (GLDv2). Re-ranking the top 100 images of a "
            "SuperGlobal shortlist, Tqyndle reaches 83.6 mAP under the Medium protocol and 67.9 mAP under the Hard "
            "protocol on ROxford, and 92.1 and 84.0 mAP on RParis. Over SuperGlobal alone, Tqyndle improves mAP on "
            "ROxford by 2.7 and 4.5 points. On ROxford+R1M (Medium), Tqyndle keeps 71.2 mAP, compared with 69.4 for "
            "AMES, while needing a memory footprint of 0.8 KB per image rather than the 61 KB of AMES. Tqyndle "
            "re-ranks 100 images in 21 ms on an A100 GPU, 5.7\u00d7 faster than R2Former, so the verifier can be "
            "applied to every query of a production system. Ablations indicate that binarising the tokens costs less "
            "than 0.5 mAP, while distilling from DINOv2 rather than training the tokens from scratch contributes most "
            "of the gain."
        ),
        "spans": [
            ("Tqyndle", "M"), ("Instance-Level Image Retrieval", "T"), ("Instance-level image retrieval", "T"),
            ("DELG", "M"), ("R2Former", "M"), ("AMES", "M"), ("DINOv2", "M"), ("Transformer", "M"),
            ("Google Landmarks v2", "D"), ("GLDv2", "D"), ("SuperGlobal", "M"), ("mAP", "X"), ("ROxford", "D"),
            ("RParis", "D"), ("ROxford+R1M", "D"), ("memory footprint", "X"),
        ],
        "results": [
            ("83.6 mAP", "mAP", 83.6, None, "ROxford", "Tqyndle"),
            ("67.9 mAP", "mAP", 67.9, None, "ROxford", "Tqyndle"),
            ("92.1", "mAP", 92.1, None, "RParis", "Tqyndle"),
            ("84.0 mAP", "mAP", 84.0, None, "RParis", "Tqyndle"),
            ("by 2.7", "mAP", 2.7, "points", "ROxford", "Tqyndle"),
            ("4.5 points", "mAP", 4.5, "points", "ROxford", "Tqyndle"),
            ("71.2 mAP", "mAP", 71.2, None, "ROxford+R1M", "Tqyndle"),
            ("69.4", "mAP", 69.4, None, "ROxford+R1M", "AMES"),
            ("memory footprint of 0.8 KB", "memory footprint", 0.8, "KB", "ROxford+R1M", "Tqyndle"),
            ("61 KB", "memory footprint", 61, "KB", "ROxford+R1M", "AMES"),
            ("in 21 ms", "latency", 21, "ms", None, "Tqyndle"),
            ("5.7\u00d7 faster", "speed-up", 5.7, "\u00d7", None, "Tqyndle"),
            ("less than 0.5 mAP", "mAP", 0.5, None, None, None),
        ],
    },
    {
        "field": "image-retrieval",
        "title": "Tquvio: Turning a Multimodal Large Language Model into a Query Encoder for Composed Image Retrieval",
        "text": (
            "Composed image retrieval (CIR) models built on CLIP or BLIP-2, such as CLIP4Cir, BLIP4CIR+Bi and SPRC, "
            "fuse a reference image with a modification text through shallow combiner networks, which limits how well "
            "they follow compositional edits such as \"the same shirt but with short sleeves and no logo\". We present "
            "Tquvio, which fine-tunes LLaVA-1.6 as a joint query encoder: the reference image and the modification "
            "text are read together by the language model, and the hidden state of a final summary token serves as "
            "the query embedding, contrasted against gallery embeddings produced by the same model. Training combines "
            "the CIRR and FashionIQ triplets with 1.1M synthetic triplets generated from captioned image pairs, and "
            "LoRA restricts the update to 0.6% of the weights. On the CIRR test set, Tquvio reaches 58.4 Recall@1 and "
            "86.9 Recall_subset@1, against 51.96 and 80.65 for SPRC, gains of 6.4 and 6.3 points. On FashionIQ, Tquvio "
            "obtains 58.3 average Recall@10 and 81.4 average Recall@50, 2.9 and 0.7 points above the strongest "
            "BLIP-2-based model. Gains are largest for modification texts that negate or count objects (+11.2 "
            "Recall@1 on a 600-query CIRR subset that we annotate). The price is compute: encoding a query takes 48 ms "
            "on an A100, compared with 6 ms for SPRC, although gallery embeddings are precomputed and search cost is "
            "unchanged."
        ),
        "spans": [
            ("Tquvio", "M"), ("Multimodal Large Language Model", "M"), ("Composed Image Retrieval", "T"),
            ("Composed image retrieval", "T"), ("CIR", "T"), ("CLIP", "M"), ("BLIP-2", "M"), ("CLIP4Cir", "M"),
            ("BLIP4CIR+Bi", "M"), ("SPRC", "M"), ("LLaVA-1.6", "M"), ("CIRR", "D"), ("FashionIQ", "D"),
            ("LoRA", "M"), ("Recall@1", "X"), ("Recall_subset@1", "X"), ("average Recall@10", "X"),
            ("average Recall@50", "X"),
        ],
        "results": [
            ("58.4 Recall@1", "Recall@1", 58.4, None, "CIRR", "Tquvio"),
            ("86.9 Recall_subset@1", "Recall_subset@1", 86.9, None, "CIRR", "Tquvio"),
            ("51.96", "Recall@1", 51.96, None, "CIRR", "SPRC"),
            ("80.65", "Recall_subset@1", 80.65, None, "CIRR", "SPRC"),
            ("gains of 6.4", "Recall@1", 6.4, "points", "CIRR", "Tquvio"),
            ("6.3 points", "Recall_subset@1", 6.3, "points", "CIRR", "Tquvio"),
            ("58.3 average Recall@10", "Recall@10", 58.3, None, "FashionIQ", "Tquvio"),
            ("81.4 average Recall@50", "Recall@50", 81.4, None, "FashionIQ", "Tquvio"),
            ("2.9", "Recall@10", 2.9, "points", "FashionIQ", "Tquvio"),
            ("0.7 points", "Recall@50", 0.7, "points", "FashionIQ", "Tquvio"),
            ("+11.2 Recall@1", "Recall@1", 11.2, None, "CIRR", None),
            ("encoding a query takes 48 ms", "encoding time", 48, "ms", None, None),
            ("6 ms", "encoding time", 6, "ms", None, "SPRC"),
        ],
    },
    {
        "field": "image-retrieval",
        "title": "Tqarnish: Unsupervised Hashing with Semantic Neighbours Mined by a Frozen Vision-Language Model",
        "text": (
            "Unsupervised hashing learns binary codes for image retrieval without labels, and recent methods such as "
            "CIBHash, SPQ and MeCoQ rely on contrastive learning between two augmented views of the same image. "
            "Augmentation-based positives, however, capture only near-duplicate similarity, so images of the same "
            "category but with different appearance are pushed apart. Tqarnish replaces part of these positives with "
            "semantic neighbours retrieved by a frozen CLIP ViT-B/32 encoder, weights each neighbour by a calibrated "
            "confidence, and trains a lightweight hashing head with a bit-balanced contrastive objective. CLIP is "
            "used only during training, so the retrieval encoder remains a VGG-16 or ResNet-50 for a fair "
            "comparison. Across CIFAR-10, NUS-WIDE and MIRFLICKR-25K at 16, 32 and 64 bits, Tqarnish improves mAP "
            "over CIBHash by 6.1\u201313.8 points, with the largest margins at 16 bits. On CIFAR-10 with 64-bit codes, "
            "Tqarnish reaches an mAP@1000 of 0.852, compared with 0.737 for CIBHash and 0.766 for MeCoQ. On "
            "MIRFLICKR-25K, Tqarnish raises precision within Hamming radius 2 from 0.701 to 0.823. Because the "
            "semantic positives are less noisy, training converges 4.3\u00d7 faster than with CIBHash. The codes also "
            "transfer across domains: trained on CIFAR-10 and evaluated on STL-10, Tqarnish loses 4.7 points of "
            "mAP@1000, against 12.9 for CIBHash."
        ),
        "spans": [
            ("Tqarnish", "M"), ("Unsupervised Hashing", "M"), ("Vision-Language Model", "M"),
            ("Unsupervised hashing", "M"), ("image retrieval", "T"), ("CIBHash", "M"), ("SPQ", "M"),
            ("MeCoQ", "M"), ("contrastive learning", "M"), ("CLIP ViT-B/32", "M"), ("CLIP", "M"), ("VGG-16", "M"),
            ("ResNet-50", "M"), ("CIFAR-10", "D"), ("NUS-WIDE", "D"), ("MIRFLICKR-25K", "D"), ("mAP", "X"),
            ("mAP@1000", "X"), ("precision within Hamming radius 2", "X"), ("STL-10", "D"),
        ],
        "results": [
            ("improves mAP over CIBHash by 6.1\u201313.8 points", "mAP", 13.8, "points", None, "Tqarnish",
             {"low": 6.1}),
            ("mAP@1000 of 0.852", "mAP@1000", 0.852, None, "CIFAR-10", "Tqarnish"),
            ("0.737", "mAP@1000", 0.737, None, "CIFAR-10", "CIBHash"),
            ("0.766", "mAP@1000", 0.766, None, "CIFAR-10", "MeCoQ"),
            ("precision within Hamming radius 2 from 0.701 to 0.823", "precision within Hamming radius 2", 0.823,
             None, "MIRFLICKR-25K", "Tqarnish"),
            ("converges 4.3\u00d7 faster", "convergence speed-up", 4.3, "\u00d7", None, None),
            ("loses 4.7 points of mAP@1000", "mAP@1000", 4.7, "points", "STL-10", "Tqarnish"),
            ("12.9", "mAP@1000", 12.9, "points", "STL-10", "CIBHash"),
        ],
    },
    {
        "field": "image-retrieval",
        "title": "Tqelmor: Growing Trees of Proxies on the Hypersphere for Fine-Grained Image Retrieval",
        "text": (
            "Deep metric learning underpins fine-grained image retrieval, where a query such as a photograph of a bird "
            "must return images of the same species among many visually similar ones. Proxy-based losses such as "
            "Proxy Anchor and SoftTriple converge quickly but represent each class by one or a few fixed points, which "
            "cannot capture classes with several distinct modes, while pair-based losses such as the multi-similarity "
            "loss are slow to train and sensitive to the mining strategy. Tqelmor represents every class by a small "
            "tree of proxies on the unit hypersphere, splitting a proxy when the samples assigned to it become "
            "multi-modal and merging proxies that drift together. With a DINO-pretrained ViT-S/16 and 384-dimensional "
            "embeddings, Tqelmor reaches Recall@1 of 79.8%, 92.6% and 87.3% on CUB-200-2011, Cars196 and Stanford "
            "Online Products (SOP), respectively. Tqelmor thus exceeds Hyp-ViT, the strongest hyperbolic baseline, by "
            "1.4 to 3.1 points and Proxy Anchor trained with the same backbone by 2.2\u20135.0 points in Recall@1. With a "
            "ResNet-50 and 512-dimensional embeddings, the gains of Tqelmor over Proxy Anchor are smaller: +1.1, +2.4 "
            "and +0.6 Recall@1 on the three datasets, respectively. Proxy splitting adds fewer than 0.1M parameters "
            "and 3% to training time, and inference is identical to that of a single-proxy model. On In-Shop, Tqelmor "
            "attains 93.9% Recall@1 versus 92.5% for Hyp-ViT."
        ),
        "spans": [
            ("Tqelmor", "M"), ("Image Retrieval", "T"), ("Deep metric learning", "M"), ("image retrieval", "T"),
            ("Proxy Anchor", "M"), ("SoftTriple", "M"), ("multi-similarity loss", "M"), ("DINO", "M"),
            ("ViT-S/16", "M"), ("Recall@1", "X"), ("CUB-200-2011", "D"), ("Cars196", "D"),
            ("Stanford Online Products", "D"), ("SOP", "D"), ("Hyp-ViT", "M"), ("ResNet-50", "M"),
            ("parameters", "X"), ("training time", "X"), ("In-Shop", "D"),
        ],
        "results": [
            ("Recall@1 of 79.8%", "Recall@1", 79.8, "%", "CUB-200-2011", "Tqelmor"),
            ("92.6%", "Recall@1", 92.6, "%", "Cars196", "Tqelmor"),
            ("87.3%", "Recall@1", 87.3, "%", "Stanford Online Products", "Tqelmor"),
            ("1.4 to 3.1 points", "Recall@1", 3.1, "points", None, "Tqelmor", {"low": 1.4}),
            ("2.2\u20135.0 points", "Recall@1", 5.0, "points", None, "Tqelmor", {"low": 2.2}),
            ("+1.1", "Recall@1", 1.1, None, "CUB-200-2011", "Tqelmor"),
            ("+2.4", "Recall@1", 2.4, None, "Cars196", "Tqelmor"),
            ("+0.6 Recall@1", "Recall@1", 0.6, None, "Stanford Online Products", "Tqelmor"),
            ("fewer than 0.1M parameters", "parameters", 0.1, "M", None, None),
            ("3% to training time", "training time", 3, "%", None, None),
            ("93.9% Recall@1", "Recall@1", 93.9, "%", "In-Shop", "Tqelmor"),
            ("92.5%", "Recall@1", 92.5, "%", "In-Shop", "Hyp-ViT"),
        ],
    },
]
