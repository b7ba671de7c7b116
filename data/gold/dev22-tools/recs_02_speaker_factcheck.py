"""dev22 records: speaker-verification (6) and fact-checking (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind: the
PaperLens pipeline, its tests and its output were never looked at or run)."""

COINED = ["KxVoren", "Kxelith", "Kxwendle", "Kxmirra", "Kxtorrel", "Kxbrune",
          "Kxandrel", "Kxquorra", "Kxsabel", "Kxmorrow", "Kxtally", "Kxfenwick"]

RECS = [
    # ------------------------------------------------------------ speaker-verification
    {
        "field": "speaker-verification",
        "title": "KxVoren: Sub-Band Frequency Attention for Robust Speaker Verification",
        "text": (
            "Speaker verification systems built on time-delay neural networks (TDNNs) and ResNets summarise an "
            "utterance by pooling frame-level features over time, yet speaker cues that live in particular frequency "
            "regions are easily blurred when all channels are aggregated alike. We propose KxVoren, a speaker "
            "embedding extractor that splits the input filterbank into overlapping sub-bands, processes each with a "
            "shared Res2Net block, and fuses them through a learned frequency-attention map before attentive "
            "statistics pooling. KxVoren is trained on the VoxCeleb2 development set with the additive angular margin "
            "softmax (AAM-softmax) loss followed by large-margin fine-tuning, and trials are scored by cosine scoring "
            "with adaptive score normalization (AS-Norm). On the VoxCeleb1-O, VoxCeleb1-E and VoxCeleb1-H trial "
            "lists, KxVoren achieves equal error rates (EERs) of 0.62%, 0.79% and 1.41%, respectively, against 0.86%, "
            "1.01% and 1.82% for a 1024-channel ECAPA-TDNN and 0.73%, 0.89% and 1.57% for CAM++ trained with the same "
            "recipe. KxVoren's minDCF on VoxCeleb1-O is 0.071. On the multi-genre CN-Celeb evaluation set, KxVoren "
            "lowers the EER from 9.12% for ECAPA-TDNN to 7.86%, a 13.8% relative EER reduction. KxVoren has 6.2M "
            "parameters and needs 1.9 GMACs per two-second segment, against 6.6M and 4.6 GMACs for ResNet-34, so the "
            "gains do not come from a larger model."
        ),
        "spans": [
            ("KxVoren", "M"), ("Speaker Verification", "T"), ("Speaker verification", "T"),
            ("time-delay neural networks", "M"), ("TDNNs", "M"), ("ResNets", "M"), ("Res2Net", "M"),
            ("attentive statistics pooling", "M"), ("VoxCeleb2", "D"), ("additive angular margin softmax", "M"),
            ("AAM-softmax", "M"), ("large-margin fine-tuning", "M"), ("cosine scoring", "M"),
            ("adaptive score normalization", "M"), ("AS-Norm", "M"), ("VoxCeleb1-O", "D"), ("VoxCeleb1-E", "D"),
            ("VoxCeleb1-H", "D"), ("equal error rates", "X"), ("EERs", "X"), ("ECAPA-TDNN", "M"),
            ("CAM++", "M", {"punct": True}), ("minDCF", "X"), ("CN-Celeb", "D"), ("EER", "X"),
            ("relative EER reduction", "X"), ("parameters", "X"), ("GMACs", "X"), ("ResNet-34", "M"),
        ],
        "results": [
            ("equal error rates (EERs) of 0.62%", "EER", 0.62, "%", "VoxCeleb1-O", "KxVoren"),
            ("0.79%", "EER", 0.79, "%", "VoxCeleb1-E", "KxVoren"),
            ("1.41%", "EER", 1.41, "%", "VoxCeleb1-H", "KxVoren"),
            ("0.86%", "EER", 0.86, "%", "VoxCeleb1-O", "ECAPA-TDNN"),
            ("1.01%", "EER", 1.01, "%", "VoxCeleb1-E", "ECAPA-TDNN"),
            ("1.82%", "EER", 1.82, "%", "VoxCeleb1-H", "ECAPA-TDNN"),
            ("0.73%", "EER", 0.73, "%", "VoxCeleb1-O", "CAM++"),
            ("0.89%", "EER", 0.89, "%", "VoxCeleb1-E", "CAM++"),
            ("1.57%", "EER", 1.57, "%", "VoxCeleb1-H", "CAM++"),
            ("minDCF on VoxCeleb1-O is 0.071", "minDCF", 0.071, None, "VoxCeleb1-O", "KxVoren"),
            ("EER from 9.12%", "EER", 9.12, "%", "CN-Celeb", "ECAPA-TDNN"),
            ("7.86%", "EER", 7.86, "%", "CN-Celeb", "KxVoren"),
            ("13.8% relative EER reduction", "relative EER reduction", 13.8, "%", "CN-Celeb", "KxVoren"),
            ("6.2M parameters", "parameters", 6.2, "M", None, "KxVoren"),
            ("1.9 GMACs", "MACs", 1.9, "G", None, "KxVoren"),
            ("6.6M", "parameters", 6.6, "M", None, "ResNet-34"),
            ("4.6 GMACs", "MACs", 4.6, "G", None, "ResNet-34"),
        ],
    },
    {
        "field": "speaker-verification",
        "title": "Kxelith: Layer-Attentive Spectro-Temporal Graphs over XLS-R Features for Generalizable Speech "
                 "Anti-Spoofing",
        "text": (
            "Speech anti-spoofing systems that score well on ASVspoof 2019 LA often break down on unseen attacks, "
            "codecs and recordings collected in the wild. Countermeasures that pair a pretrained XLS-R front end with "
            "an AASIST back end have narrowed this gap, but they depend on heavy data augmentation and still overfit "
            "to the vocoders seen during training. We present Kxelith, which replaces the heterogeneous graph of "
            "AASIST with a sparse spectro-temporal graph whose edges are re-weighted by attention over all XLS-R "
            "hidden layers, and which is trained with RawBoost augmentation and a one-class softmax objective. Trained "
            "only on the ASVspoof 2019 LA training partition, Kxelith reaches an EER of 0.19% and a min t-DCF of "
            "0.0061 on the ASVspoof 2019 LA evaluation set. Kxelith transfers to the ASVspoof 2021 LA and DF "
            "evaluation sets with EERs of 0.83% and 1.94%, respectively, and to In-the-Wild with an EER of 6.71%, "
            "compared with 10.46% for XLS-R with AASIST and 34.8% for RawNet2. On the ASVspoof 5 evaluation set, "
            "Kxelith obtains a minDCF of 0.2127 (EER 7.38%) as a single system without score fusion. Ablations show "
            "that the layer attention accounts for most of the In-the-Wild gain, lowering EER by 2.9 points on its "
            "own, whereas the sparse graph mainly helps on the unseen codecs of the DF track."
        ),
        "spans": [
            ("Kxelith", "M"), ("XLS-R", "M"), ("Speech Anti-Spoofing", "T"), ("Speech anti-spoofing", "T"),
            ("ASVspoof 2019 LA", "D"), ("AASIST", "M"), ("data augmentation", "M"), ("RawBoost", "M"),
            ("one-class softmax", "M"), ("EER", "X"), ("min t-DCF", "X"), ("ASVspoof 2021 LA", "D"), ("DF", "D"),
            ("EERs", "X"), ("In-the-Wild", "D"), ("RawNet2", "M"), ("ASVspoof 5", "D"), ("minDCF", "X"),
            ("score fusion", "M"),
        ],
        "results": [
            ("EER of 0.19%", "EER", 0.19, "%", "ASVspoof 2019 LA", "Kxelith"),
            ("min t-DCF of 0.0061", "min t-DCF", 0.0061, None, "ASVspoof 2019 LA", "Kxelith"),
            ("EERs of 0.83%", "EER", 0.83, "%", "ASVspoof 2021 LA", "Kxelith"),
            ("1.94%", "EER", 1.94, "%", "ASVspoof 2021 DF", "Kxelith"),
            ("EER of 6.71%", "EER", 6.71, "%", "In-the-Wild", "Kxelith"),
            ("10.46%", "EER", 10.46, "%", "In-the-Wild", "AASIST"),
            ("34.8%", "EER", 34.8, "%", "In-the-Wild", "RawNet2"),
            ("minDCF of 0.2127", "minDCF", 0.2127, None, "ASVspoof 5", "Kxelith"),
            ("EER 7.38%", "EER", 7.38, "%", "ASVspoof 5", "Kxelith"),
            ("lowering EER by 2.9 points", "EER", 2.9, "points", "In-the-Wild", None),
        ],
    },
    {
        "field": "speaker-verification",
        "title": "Kxwendle: Routed LoRA Modules for Parameter-Efficient Speaker Verification on Frozen WavLM",
        "text": (
            "Self-supervised learning (SSL) models such as WavLM and HuBERT encode speaker identity in their "
            "intermediate layers, and fine-tuning them together with an ECAPA-TDNN back end yields some of the "
            "strongest speaker verification systems to date. Full fine-tuning, however, updates more than 300M "
            "parameters and has to be repeated for every new domain. We introduce Kxwendle, a parameter-efficient "
            "fine-tuning method that inserts rank-8 LoRA modules into a frozen WavLM Large and learns a sparse router "
            "that sends each utterance through a small subset of them, chosen from layer-wise "
            "speaker-discriminability scores. Only the adapters and the router, about 8M parameters, are trained. On "
            "VoxCeleb1-O, Kxwendle reaches 0.49% EER, on par with full fine-tuning (0.48%) and ahead of plain LoRA "
            "(0.61%) and prefix tuning (0.74%) at the same trainable budget. Kxwendle obtains 0.58% and 1.07% EER on "
            "VoxCeleb1-E and VoxCeleb1-H, respectively. When adapted to CN-Celeb1 with labels for only 200 enrollment "
            "speakers, Kxwendle lowers EER by 17% relative to a frozen-feature baseline. Compared with full "
            "fine-tuning, peak training memory drops from 41.3 GB to 17.8 GB per GPU and each epoch runs 2.4\u00d7 "
            "faster. We further find that the router concentrates on layers 6 to 12, in line with earlier probing "
            "studies of speaker information in SSL models."
        ),
        "spans": [
            ("Kxwendle", "M"), ("LoRA", "M"), ("Speaker Verification", "T"), ("WavLM", "M"),
            ("Self-supervised learning", "M"), ("SSL", "M"), ("HuBERT", "M"), ("ECAPA-TDNN", "M"),
            ("speaker verification", "T"), ("Full fine-tuning", "M"), ("full fine-tuning", "M"),
            ("parameter-efficient fine-tuning", "M"), ("WavLM Large", "M"), ("VoxCeleb1-O", "D"), ("EER", "X"),
            ("prefix tuning", "M"), ("VoxCeleb1-E", "D"), ("VoxCeleb1-H", "D"), ("CN-Celeb1", "D"),
            ("peak training memory", "X"),
        ],
        "results": [
            ("0.49% EER", "EER", 0.49, "%", "VoxCeleb1-O", "Kxwendle"),
            ("0.48%", "EER", 0.48, "%", "VoxCeleb1-O", "full fine-tuning"),
            ("0.61%", "EER", 0.61, "%", "VoxCeleb1-O", "LoRA"),
            ("0.74%", "EER", 0.74, "%", "VoxCeleb1-O", "prefix tuning"),
            ("0.58%", "EER", 0.58, "%", "VoxCeleb1-E", "Kxwendle"),
            ("1.07% EER", "EER", 1.07, "%", "VoxCeleb1-H", "Kxwendle"),
            ("lowers EER by 17%", "EER reduction", 17, "%", "CN-Celeb1", "Kxwendle"),
            ("peak training memory drops from 41.3 GB to 17.8 GB", "peak training memory", 17.8, "GB", None, None),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, None),
        ],
    },
    {
        "field": "speaker-verification",
        "title": "Kxmirra: Distilled Depthwise Speaker Embeddings for Always-On Verification on Microcontrollers",
        "text": (
            "Always-on text-independent speaker verification on wearables and smart speakers needs embedding "
            "extractors that fit in a few hundred kilobytes of memory and respond within a fraction of a second. We "
            "propose Kxmirra, a depthwise-separable network that stacks MobileNetV2 inverted residual blocks with a "
            "channel-frequency squeeze-and-excitation module and is trained by knowledge distillation from a "
            "ResNet-293 teacher at both the embedding and the score level. After 8-bit post-training quantization, "
            "Kxmirra has a model size of 412 KB. Trained on VoxCeleb2, Kxmirra achieves an EER of 1.38% and a minDCF "
            "of 0.152 on VoxCeleb1-O, compared with 1.21% and 0.137 for ResNet-34 and 2.22% EER for Fast ResNet-34. "
            "On VoxCeleb1-E and VoxCeleb1-H, Kxmirra reaches 1.52% and 2.61% EER, respectively, while requiring 71% "
            "fewer FLOPs than EfficientTDNN. On an Arm Cortex-M7 microcontroller, Kxmirra processes a three-second "
            "utterance with a latency of 96 ms and a peak memory of 188 KB, a 5.3\u00d7 speed-up over an equally "
            "quantized Fast ResNet-34, and the full wake-up-plus-verification loop has an average power consumption "
            "of 2.8 mW. These results suggest that much of the gap between on-device and server-side speaker "
            "verification can be closed by distillation rather than by scaling the student."
        ),
        "spans": [
            ("Kxmirra", "M"), ("text-independent speaker verification", "T"), ("speaker verification", "T"),
            ("MobileNetV2", "M"), ("squeeze-and-excitation", "M"), ("knowledge distillation", "M"),
            ("ResNet-293", "M"), ("post-training quantization", "M"), ("model size", "X"), ("VoxCeleb2", "D"),
            ("EER", "X"), ("minDCF", "X"), ("VoxCeleb1-O", "D"), ("ResNet-34", "M"), ("Fast ResNet-34", "M"),
            ("VoxCeleb1-E", "D"), ("VoxCeleb1-H", "D"), ("FLOPs", "X"), ("EfficientTDNN", "M"), ("latency", "X"),
            ("peak memory", "X"), ("speed-up", "X"), ("average power consumption", "X"), ("distillation", "M"),
        ],
        "results": [
            ("model size of 412 KB", "model size", 412, "KB", None, "Kxmirra"),
            ("EER of 1.38%", "EER", 1.38, "%", "VoxCeleb1-O", "Kxmirra"),
            ("minDCF of 0.152", "minDCF", 0.152, None, "VoxCeleb1-O", "Kxmirra"),
            ("1.21%", "EER", 1.21, "%", "VoxCeleb1-O", "ResNet-34"),
            ("0.137", "minDCF", 0.137, None, "VoxCeleb1-O", "ResNet-34"),
            ("2.22% EER", "EER", 2.22, "%", "VoxCeleb1-O", "Fast ResNet-34"),
            ("1.52%", "EER", 1.52, "%", "VoxCeleb1-E", "Kxmirra"),
            ("2.61% EER", "EER", 2.61, "%", "VoxCeleb1-H", "Kxmirra"),
            ("71% fewer FLOPs", "FLOPs reduction", 71, "%", None, "Kxmirra"),
            ("latency of 96 ms", "latency", 96, "ms", None, "Kxmirra"),
            ("peak memory of 188 KB", "peak memory", 188, "KB", None, "Kxmirra"),
            ("5.3\u00d7 speed-up", "speed-up", 5.3, "\u00d7", None, "Kxmirra"),
            ("average power consumption of 2.8 mW", "power consumption", 2.8, "mW", None, None),
        ],
    },
    {
        "field": "speaker-verification",
        "title": "Kxtorrel: Noise-Conditioned Refinement of Speaker Embeddings for Speaker Identification in Distant "
                 "and Noisy Rooms",
        "text": (
            "Speaker recognition systems degrade sharply when speech is captured by distant microphones in "
            "reverberant, noisy rooms. The usual remedies either clean the signal with a speech enhancement front "
            "end, which can remove speaker cues along with the noise, or rely on data augmentation with MUSAN noise "
            "and simulated room impulse responses, which does not tell the model what it is hearing. We propose "
            "Kxtorrel, a lightweight refinement network that estimates the acoustic condition of each recording from "
            "the frame-level features of a frozen ECAPA-TDNN and applies a condition-dependent affine correction to "
            "the utterance embedding. Kxtorrel is trained with an objective that pulls together embeddings of the "
            "same speaker under clean and degraded conditions, so no clean reference is needed at test time. We "
            "evaluate closed-set speaker identification on VoxCeleb1 and verification on VOiCES and SITW. On "
            "VoxCeleb1, Kxtorrel reaches a top-1 accuracy of 97.3%, and it lowers the EER on the VOiCES evaluation "
            "set from 5.94% for the ECAPA-TDNN alone to 4.12%. Gains on SITW are smaller but consistent across the "
            "core-core and core-multi conditions, and they grow with the estimated reverberation time. The "
            "refinement network adds no measurable cost at inference and can be attached to any pretrained "
            "extractor, including x-vector and ResNet systems, without retraining it."
        ),
        "spans": [
            ("Kxtorrel", "M"), ("Speaker Identification", "T"), ("Speaker recognition", "T"),
            ("speech enhancement", "T"), ("data augmentation", "M"), ("MUSAN", "D"), ("ECAPA-TDNN", "M"),
            ("closed-set speaker identification", "T"), ("VoxCeleb1", "D"), ("VOiCES", "D"), ("SITW", "D"),
            ("top-1 accuracy", "X"), ("EER", "X"), ("x-vector", "M"), ("ResNet", "M"),
        ],
        "results": [
            ("top-1 accuracy of 97.3%", "top-1 accuracy", 97.3, "%", "VoxCeleb1", "Kxtorrel"),
            ("EER on the VOiCES evaluation set from 5.94%", "EER", 5.94, "%", "VOiCES", "ECAPA-TDNN"),
            ("4.12%", "EER", 4.12, "%", "VOiCES", "Kxtorrel"),
        ],
    },
    {
        "field": "speaker-verification",
        "title": "Kxbrune: Jointly Optimised Embedding Fusion for Spoofing-Aware Speaker Verification",
        "text": (
            "Spoofing-aware speaker verification (SASV) asks a single system to reject both zero-effort impostors "
            "and spoofed trials, yet most submissions to the SASV 2022 challenge simply add the scores of an "
            "independently trained speaker verification model and a spoofing countermeasure. Such score-level "
            "fusion ignores the interaction between the two embedding spaces and is sensitive to calibration. We "
            "propose Kxbrune, which maps ECAPA-TDNN speaker embeddings and AASIST countermeasure embeddings into a "
            "shared space through a gated cross-attention block and trains the fused back end with a multi-task loss "
            "that combines AAM-softmax on bona fide speakers with a spoof-aware contrastive term. Only the back end "
            "is trained, so Kxbrune reuses both pretrained subsystems unchanged. On the SASV 2022 evaluation "
            "protocol, Kxbrune achieves a SASV-EER of 0.79%, with SV-EER and SPF-EER of 1.12% and 0.51%, "
            "respectively. The official score-sum baseline obtains a SASV-EER of 1.71%, and the best "
            "embedding-fusion baseline 1.19%. On ASVspoof 5, whose SASV track is scored by the "
            "architecture-agnostic detection cost function (a-DCF), Kxbrune reduces the min a-DCF from 0.2881 for "
            "score-level fusion of the same subsystems to 0.2416. The fused back end is light: scoring latency rises "
            "by only 0.4 ms per trial on a CPU."
        ),
        "spans": [
            ("Kxbrune", "M"), ("Spoofing-Aware Speaker Verification", "T"), ("Spoofing-aware speaker verification", "T"),
            ("SASV", "T"), ("SASV 2022", "D"), ("speaker verification", "T"), ("score-level fusion", "M"),
            ("ECAPA-TDNN", "M"), ("AASIST", "M"), ("AAM-softmax", "M"), ("SASV-EER", "X"), ("SV-EER", "X"),
            ("SPF-EER", "X"), ("ASVspoof 5", "D"), ("architecture-agnostic detection cost function", "X"),
            ("a-DCF", "X"), ("min a-DCF", "X"), ("scoring latency", "X"),
        ],
        "results": [
            ("SASV-EER of 0.79%", "SASV-EER", 0.79, "%", "SASV 2022", "Kxbrune"),
            ("1.12%", "SV-EER", 1.12, "%", "SASV 2022", "Kxbrune"),
            ("0.51%", "SPF-EER", 0.51, "%", "SASV 2022", "Kxbrune"),
            ("SASV-EER of 1.71%", "SASV-EER", 1.71, "%", None, None),
            ("1.19%", "SASV-EER", 1.19, "%", None, None),
            ("min a-DCF from 0.2881", "min a-DCF", 0.2881, None, "ASVspoof 5", "score-level fusion"),
            ("0.2416", "min a-DCF", 0.2416, None, "ASVspoof 5", "Kxbrune"),
            ("scoring latency rises by only 0.4 ms", "scoring latency", 0.4, "ms", None, None),
        ],
    },
    # ------------------------------------------------------------ fact-checking
    {
        "field": "fact-checking",
        "title": "Kxandrel: Calibrated Evidence Graphs for Fact Extraction and Verification",
        "text": (
            "Fact extraction and verification on FEVER is usually tackled by a three-stage pipeline of document "
            "retrieval, sentence selection and claim verification, in which early errors propagate and evidence "
            "sentences are scored independently of one another. We present Kxandrel, which retrieves candidate pages "
            "with a hybrid of BM25 and a dense passage retriever, builds a graph over the selected sentences whose "
            "edges are weighted by entity overlap, and verifies the claim with a DeBERTa-v3-large model that attends "
            "over the graph. Retriever and verifier are trained jointly, with selection probabilities passed on as "
            "soft evidence weights rather than thresholded. On the FEVER development set, Kxandrel obtains a label "
            "accuracy of 82.4% and a FEVER score of 80.1%; on the blind test set, these are 80.9% and 78.4%, compared "
            "with 74.07% and 70.38% for KGAT and 79.4% and 76.9% for BEVERS. Kxandrel reaches an evidence recall@5 of "
            "93.6% on FEVER, 1.8 points above the sentence selector of BEVERS. Without further training, Kxandrel "
            "transfers to Climate-FEVER with a macro-F1 of 41.2 (+5.7 over KGAT) and to SciFact with a label F1 of "
            "68.5. Its expected calibration error on FEVER falls from 8.9% to 2.3%, which makes the predicted label "
            "probabilities usable for selective abstention."
        ),
        "spans": [
            ("Kxandrel", "M"), ("Fact Extraction and Verification", "T"), ("Fact extraction and verification", "T"),
            ("FEVER", "D"), ("document retrieval", "T"), ("sentence selection", "T"), ("claim verification", "T"),
            ("BM25", "M"), ("dense passage retriever", "M"), ("DeBERTa-v3-large", "M"), ("label accuracy", "X"),
            ("FEVER score", "X"), ("KGAT", "M"), ("BEVERS", "M"), ("recall@5", "X"), ("Climate-FEVER", "D"),
            ("macro-F1", "X"), ("SciFact", "D"), ("label F1", "X"), ("expected calibration error", "X"),
        ],
        "results": [
            ("label accuracy of 82.4%", "label accuracy", 82.4, "%", "FEVER", "Kxandrel"),
            ("FEVER score of 80.1%", "FEVER score", 80.1, "%", "FEVER", "Kxandrel"),
            ("80.9%", "label accuracy", 80.9, "%", "FEVER", "Kxandrel"),
            ("78.4%", "FEVER score", 78.4, "%", "FEVER", "Kxandrel"),
            ("74.07%", "label accuracy", 74.07, "%", "FEVER", "KGAT"),
            ("70.38%", "FEVER score", 70.38, "%", "FEVER", "KGAT"),
            ("79.4%", "label accuracy", 79.4, "%", "FEVER", "BEVERS"),
            ("76.9%", "FEVER score", 76.9, "%", "FEVER", "BEVERS"),
            ("recall@5 of 93.6%", "recall@5", 93.6, "%", "FEVER", "Kxandrel"),
            ("1.8 points above", "recall@5", 1.8, "points", "FEVER", "Kxandrel"),
            ("macro-F1 of 41.2", "macro-F1", 41.2, None, "Climate-FEVER", "Kxandrel"),
            ("+5.7", "macro-F1", 5.7, None, "Climate-FEVER", "Kxandrel"),
            ("label F1 of 68.5", "label F1", 68.5, None, "SciFact", "Kxandrel"),
            ("expected calibration error on FEVER falls from 8.9% to 2.3%", "expected calibration error", 2.3, "%",
             "FEVER", None),
        ],
    },
    {
        "field": "fact-checking",
        "title": "Kxquorra: Question-Guided Evidence Retrieval from the Open Web for Real-World Claim Verification",
        "text": (
            "Verifying real-world claims requires finding evidence on the open web, where relevant documents are "
            "scattered, partly paywalled and often published after the claim itself. The AVeriTeC benchmark captures "
            "this setting by asking systems to produce question\u2013answer pairs as evidence together with a verdict, "
            "and it scores them with the AVeriTeC score, which only credits a verdict when the retrieved evidence "
            "also matches the annotated evidence. We introduce Kxquorra, a retrieval-augmented generation pipeline in "
            "which Llama-3.1-70B first writes verification questions, BM25 and dense retrieval gather candidate "
            "passages from a pre-claim web snapshot, and a cross-encoder reranker trained on hard negatives mined "
            "from the knowledge store selects answers before a smaller Qwen2.5-7B-Instruct verifier predicts the "
            "label. On the AVeriTeC development set, Kxquorra reaches an AVeriTeC score of 0.61, against 0.11 for the "
            "official baseline and 0.52 for HerO, with a Q-only score of 0.51 and a Q+A score of 0.43 (Hungarian "
            "METEOR). On the hidden AVeriTeC test set, Kxquorra obtains 0.57. Because the large model only writes "
            "the questions, Kxquorra verifies a claim with an average latency of 11.8 s on a single A100 GPU, "
            "3.4\u00d7 faster than HerO, without any proprietary API calls. An error analysis shows that half of "
            "the remaining failures involve numerical or temporal claims whose evidence sits in tables."
        ),
        "spans": [
            ("Kxquorra", "M"), ("Evidence Retrieval", "T"), ("Claim Verification", "T"), ("AVeriTeC", "D"),
            ("AVeriTeC score", "X"), ("retrieval-augmented generation", "M"), ("Llama-3.1-70B", "M"),
            ("BM25", "M"), ("dense retrieval", "M"), ("cross-encoder", "M"), ("Qwen2.5-7B-Instruct", "M"),
            ("HerO", "M"), ("Q-only score", "X"), ("Q+A score", "X"), ("Hungarian METEOR", "X"),
            ("average latency", "X"),
        ],
        "results": [
            ("AVeriTeC score of 0.61", "AVeriTeC score", 0.61, None, "AVeriTeC", "Kxquorra"),
            ("0.11", "AVeriTeC score", 0.11, None, "AVeriTeC", None),
            ("0.52", "AVeriTeC score", 0.52, None, "AVeriTeC", "HerO"),
            ("Q-only score of 0.51", "Q-only score", 0.51, None, "AVeriTeC", "Kxquorra"),
            ("Q+A score of 0.43", "Q+A score", 0.43, None, "AVeriTeC", "Kxquorra"),
            ("0.57", "AVeriTeC score", 0.57, None, "AVeriTeC", "Kxquorra"),
            ("average latency of 11.8 s", "latency", 11.8, "s", None, "Kxquorra"),
            ("3.4\u00d7 faster", "speed-up", 3.4, "\u00d7", None, "Kxquorra"),
        ],
    },
    {
        "field": "fact-checking",
        "title": "Kxsabel: Rationale-Consistent Scientific Claim Verification via Abstract-Level Contrastive "
                 "Pretraining",
        "text": (
            "Scientific claim verification asks a model to retrieve abstracts relevant to a claim, label each as "
            "supporting or refuting it, and select the rationale sentences that justify the label. Strong systems such "
            "as MultiVerS and ARSJoint predict labels and rationales with shared encoders, yet their predicted labels "
            "frequently disagree with their own rationales, and they need thousands of in-domain annotations. We "
            "propose Kxsabel, which pretrains a Longformer encoder with an abstract-level contrastive objective on "
            "1.2M citation-linked claim\u2013abstract pairs mined from S2ORC, and then fine-tunes it with a "
            "consistency loss that penalises labels unsupported by the selected rationales. On SciFact, Kxsabel "
            "attains an abstract-level label F1 of 75.8 and a sentence-level selection+label F1 of 69.4, improving on "
            "MultiVerS by 2.6 and 3.1 points, respectively. Trained on only 45 SciFact claims, Kxsabel scores 64.9 "
            "abstract-level F1, whereas MultiVerS drops to 51.3. Applied zero-shot to HealthVer and COVID-Fact, "
            "Kxsabel reaches macro-F1 of 71.2 and 82.7, respectively, exceeding GPT-4o with chain-of-thought "
            "prompting (66.8 and 79.5). The consistency loss reduces the label\u2013rationale contradiction rate from "
            "14.1% to 3.6%, and human raters judged Kxsabel's rationales more faithful than those of MultiVerS in 68% "
            "of comparisons."
        ),
        "spans": [
            ("Kxsabel", "M"), ("Scientific Claim Verification", "T"), ("Contrastive Pretraining", "M"),
            ("Scientific claim verification", "T"), ("MultiVerS", "M"), ("ARSJoint", "M"), ("Longformer", "M"),
            ("S2ORC", "D"), ("SciFact", "D"), ("abstract-level label F1", "X"),
            ("sentence-level selection+label F1", "X"), ("abstract-level F1", "X"), ("HealthVer", "D"),
            ("COVID-Fact", "D"), ("macro-F1", "X"), ("GPT-4o", "M"), ("chain-of-thought prompting", "M"),
            ("contradiction rate", "X"),
        ],
        "results": [
            ("abstract-level label F1 of 75.8", "abstract-level label F1", 75.8, None, "SciFact", "Kxsabel"),
            ("sentence-level selection+label F1 of 69.4", "sentence-level selection+label F1", 69.4, None,
             "SciFact", "Kxsabel"),
            ("2.6", "abstract-level label F1", 2.6, "points", "SciFact", "Kxsabel"),
            ("3.1 points", "sentence-level selection+label F1", 3.1, "points", "SciFact", "Kxsabel"),
            ("64.9 abstract-level F1", "abstract-level F1", 64.9, None, "SciFact", "Kxsabel"),
            ("51.3", "abstract-level F1", 51.3, None, "SciFact", "MultiVerS"),
            ("macro-F1 of 71.2", "macro-F1", 71.2, None, "HealthVer", "Kxsabel"),
            ("82.7", "macro-F1", 82.7, None, "COVID-Fact", "Kxsabel"),
            ("66.8", "macro-F1", 66.8, None, "HealthVer", "GPT-4o"),
            ("79.5", "macro-F1", 79.5, None, "COVID-Fact", "GPT-4o"),
            ("contradiction rate from 14.1% to 3.6%", "contradiction rate", 3.6, "%", None, None),
            ("in 68% of comparisons", "win rate", 68, "%", None, "Kxsabel"),
        ],
    },
    {
        "field": "fact-checking",
        "title": "Kxmorrow: Probing Cross-Modal Consistency with Vision-Language Models for Out-of-Context "
                 "Misinformation Detection",
        "text": (
            "Out-of-context misinformation pairs an authentic image with a caption that misrepresents when, where or "
            "why it was taken, and it is among the cheapest forms of visual misinformation to produce. Detectors "
            "fine-tuned on NewsCLIPpings reach high in-distribution accuracy but rely on shallow image\u2013text cues "
            "and generalise poorly, while prompting large vision-language models (LVLMs) such as GPT-4o yields "
            "readable explanations but is slow and expensive. We present Kxmorrow, which extracts entity, event and "
            "scene descriptions from the image with a frozen LLaVA-1.5, retrieves web evidence for both modalities, "
            "and trains a light probe over CLIP ViT-L/14 features to score the consistency of each claim component. "
            "On the merged-balanced split of NewsCLIPpings, Kxmorrow reaches 89.7% accuracy, compared with 84.8% for "
            "CCN, 88.4% for SNIFFER and 71.5% for zero-shot GPT-4o. On the VERITE benchmark, which removes unimodal "
            "shortcuts, Kxmorrow improves accuracy on true-versus-out-of-context pairs from 72.6% to 78.3%, and its "
            "multiclass accuracy is 61.0%. Kxmorrow classifies an image\u2013caption pair in 0.38 s, about 9\u00d7 "
            "faster than SNIFFER, because the large model is queried once per image rather than once per reasoning "
            "step. We also release the retrieved evidence for both benchmarks to support future work."
        ),
        "spans": [
            ("Kxmorrow", "M"), ("Vision-Language Models", "M"), ("Out-of-Context Misinformation Detection", "T"),
            ("NewsCLIPpings", "D"), ("accuracy", "X"), ("large vision-language models", "M"), ("LVLMs", "M"),
            ("GPT-4o", "M"), ("LLaVA-1.5", "M"), ("CLIP ViT-L/14", "M"), ("CCN", "M"), ("SNIFFER", "M"),
            ("VERITE", "D"), ("multiclass accuracy", "X"),
        ],
        "results": [
            ("89.7% accuracy", "accuracy", 89.7, "%", "NewsCLIPpings", "Kxmorrow"),
            ("84.8%", "accuracy", 84.8, "%", "NewsCLIPpings", "CCN"),
            ("88.4%", "accuracy", 88.4, "%", "NewsCLIPpings", "SNIFFER"),
            ("71.5%", "accuracy", 71.5, "%", "NewsCLIPpings", "GPT-4o"),
            ("accuracy on true-versus-out-of-context pairs from 72.6% to 78.3%", "accuracy", 78.3, "%", "VERITE",
             "Kxmorrow"),
            ("multiclass accuracy is 61.0%", "multiclass accuracy", 61.0, "%", "VERITE", "Kxmorrow"),
            ("in 0.38 s", "latency", 0.38, "s", None, "Kxmorrow"),
            ("9\u00d7 faster", "speed-up", 9, "\u00d7", None, "Kxmorrow"),
        ],
    },
    {
        "field": "fact-checking",
        "title": "Kxtally: Small Language Models Verify Multi-Hop Claims by Executing Decomposed Sub-Questions",
        "text": (
            "Multi-hop fact verification requires combining several pieces of evidence, and program-guided methods "
            "such as ProgramFC decompose a claim into reasoning steps that are executed by a large language model. "
            "These methods, however, rely on proprietary models such as Codex or GPT-4 to write the programs, which "
            "is costly and hard to reproduce. We propose Kxtally, which transfers the decomposition ability of a large "
            "teacher into Llama-3.1-8B through supervised fine-tuning on 18k decompositions filtered by execution "
            "success, and then improves it with direct preference optimization (DPO) using verdict correctness as the "
            "preference signal. Each sub-question is answered against retrieved evidence passages, and the answers "
            "are aggregated by a symbolic executor. In the open-book setting, Kxtally reaches macro-F1 scores of "
            "61.8, 58.9 and 56.4 on the 2-hop, 3-hop and 4-hop subsets of HoVer, respectively, against 54.3, 54.2 and "
            "52.9 for ProgramFC with Codex and 57.1, 55.6 and 53.0 for FOLK. On FEVEROUS-S, Kxtally obtains 64.0 "
            "macro-F1, 2.3 points above chain-of-thought prompting with GPT-4o. The gains are largest on 4-hop "
            "claims, where the decomposition errors of the baselines compound. Kxtally needs 6.4\u00d7 fewer tokens "
            "per claim than ProgramFC and runs on a single 24 GB GPU, cutting inference cost by more than 90% "
            "relative to API-based pipelines."
        ),
        "spans": [
            ("Kxtally", "M"), ("Small Language Models", "M"), ("Multi-hop fact verification", "T"),
            ("ProgramFC", "M"), ("large language model", "M"), ("Codex", "M"), ("GPT-4", "M"),
            ("Llama-3.1-8B", "M"), ("supervised fine-tuning", "M"), ("direct preference optimization", "M"),
            ("DPO", "M"), ("macro-F1", "X"), ("HoVer", "D"), ("FOLK", "M"), ("FEVEROUS-S", "D"),
            ("chain-of-thought prompting", "M"), ("GPT-4o", "M"), ("tokens per claim", "X"), ("inference cost", "X"),
        ],
        "results": [
            ("macro-F1 scores of 61.8", "macro-F1", 61.8, None, "HoVer", "Kxtally"),
            ("58.9", "macro-F1", 58.9, None, "HoVer", "Kxtally"),
            ("56.4", "macro-F1", 56.4, None, "HoVer", "Kxtally"),
            ("54.3", "macro-F1", 54.3, None, "HoVer", "ProgramFC"),
            ("54.2", "macro-F1", 54.2, None, "HoVer", "ProgramFC"),
            ("52.9", "macro-F1", 52.9, None, "HoVer", "ProgramFC"),
            ("57.1", "macro-F1", 57.1, None, "HoVer", "FOLK"),
            ("55.6", "macro-F1", 55.6, None, "HoVer", "FOLK"),
            ("53.0", "macro-F1", 53.0, None, "HoVer", "FOLK"),
            ("64.0 macro-F1", "macro-F1", 64.0, None, "FEVEROUS-S", "Kxtally"),
            ("2.3 points above", "macro-F1", 2.3, "points", "FEVEROUS-S", "Kxtally"),
            ("6.4\u00d7 fewer tokens per claim", "tokens per claim reduction", 6.4, "\u00d7", None, "Kxtally"),
            ("inference cost by more than 90%", "inference cost reduction", 90, "%", None, "Kxtally"),
        ],
    },
    {
        "field": "fact-checking",
        "title": "Kxfenwick: Early Fake News Detection from Sparse Propagation Trees with Temporal Graph Transformers",
        "text": (
            "Social-context methods for fake news detection model how a news article spreads, but they typically "
            "observe the full propagation cascade, which is only available long after the damage is done. We study "
            "early fake news detection, where a model sees only the engagements collected in the first hours after "
            "publication. We propose Kxfenwick, which encodes the partial propagation tree with a temporal graph "
            "Transformer, represents users by their historical posting behaviour rather than by profile metadata, and "
            "fuses the result with a RoBERTa encoding of the news content through a gated fusion layer. An auxiliary "
            "objective that predicts masked future engagements lets Kxfenwick exploit unlabeled cascades during "
            "pre-training. We evaluate on the PolitiFact and GossipCop portions of FakeNewsNet, following the splits "
            "of prior work. With full cascades, Kxfenwick reaches accuracies of 93.8% and 97.9% on PolitiFact and "
            "GossipCop, respectively, on par with UPFD and ahead of dEFEND and GCNFN. Its advantage appears when "
            "information is scarce: with engagements from the first two hours only, Kxfenwick keeps a macro-F1 of "
            "88.5 on PolitiFact, whereas UPFD falls to 79.2. On GossipCop, where propagation is noisier, Kxfenwick "
            "still leads UPFD by 4.6 macro-F1 points in this early setting. We also find that behaviour-based user "
            "features transfer better across the two sources than profile features, which matters when a detector "
            "is moved to a new platform."
        ),
        "spans": [
            ("Kxfenwick", "M"), ("Early Fake News Detection", "T"), ("Temporal Graph Transformers", "M"),
            ("fake news detection", "T"), ("early fake news detection", "T"), ("temporal graph Transformer", "M"),
            ("RoBERTa", "M"), ("PolitiFact", "D"), ("GossipCop", "D"), ("FakeNewsNet", "D"), ("accuracies", "X"),
            ("UPFD", "M"), ("dEFEND", "M"), ("GCNFN", "M"), ("macro-F1", "X"),
        ],
        "results": [
            ("accuracies of 93.8%", "accuracy", 93.8, "%", "PolitiFact", "Kxfenwick"),
            ("97.9%", "accuracy", 97.9, "%", "GossipCop", "Kxfenwick"),
            ("macro-F1 of 88.5", "macro-F1", 88.5, None, "PolitiFact", "Kxfenwick"),
            ("79.2", "macro-F1", 79.2, None, "PolitiFact", "UPFD"),
            ("4.6 macro-F1 points", "macro-F1", 4.6, "points", "GossipCop", "Kxfenwick"),
        ],
    },
]
