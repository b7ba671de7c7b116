"""dev21 records: emotion-recognition (6) and histopathology (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Dvorelle", "Dwynmere", "Dyskara", "Dvantic", "Dwelkin", "Dyrandel",
          "Dwarlow", "Dyvessa", "Dvinmoor", "Dwyther", "Dyllomir", "Dvastra"]

RECS = [
    # ------------------------------------------------------------ emotion-recognition
    {
        "field": "emotion-recognition",
        "title": "Dvorelle: Prosody-Aware Layer Routing over Self-Supervised Speech Representations for Cross-Corpus "
                 "Speech Emotion Recognition",
        "text": (
            "Self-supervised speech models such as WavLM and HuBERT have become the default front end for speech "
            "emotion recognition (SER), yet most systems pool a fixed weighted sum of their layers and degrade sharply "
            "when tested on a corpus recorded under different conditions. We propose Dvorelle, a lightweight head that "
            "routes each utterance segment to a learned mixture of WavLM Large layers conditioned on frame-level pitch "
            "and energy contours, followed by attentive statistics pooling. Dvorelle adds 3.1M trainable parameters "
            "and keeps the backbone frozen. On IEMOCAP with leave-one-session-out cross-validation, Dvorelle reaches "
            "76.8% unweighted accuracy (UA) and 75.9% weighted accuracy (WA), against 73.2% UA for the weighted-sum "
            "baseline of the SUPERB protocol and 74.6% for emotion2vec. On the MSP-Podcast v1.12 test set, Dvorelle "
            "obtains a macro-F1 of 0.391 for eight-class categorical recognition and a concordance correlation "
            "coefficient (CCC) of 0.712 for arousal. In the cross-corpus setting, where models trained on MSP-Podcast "
            "are tested on IEMOCAP without adaptation, Dvorelle improves UA by 5.4 points over the weighted-sum "
            "baseline, and by 7.2 points on CREMA-D. Ablations show that pitch conditioning accounts for most of the "
            "gain on acted speech, while energy matters more for naturalistic podcasts. Code and model weights will "
            "be released."
        ),
        "spans": [
            ("Dvorelle", "M"), ("Cross-Corpus Speech Emotion Recognition", "T"), ("WavLM", "M"), ("HuBERT", "M"),
            ("speech emotion recognition", "T"), ("SER", "T"), ("WavLM Large", "M"),
            ("attentive statistics pooling", "M"), ("IEMOCAP", "D"), ("unweighted accuracy", "X"), ("UA", "X"),
            ("weighted accuracy", "X"), ("WA", "X"), ("SUPERB", "D"), ("emotion2vec", "M"),
            ("MSP-Podcast v1.12", "D"), ("MSP-Podcast", "D"), ("macro-F1", "X"),
            ("concordance correlation coefficient", "X"), ("CCC", "X"), ("CREMA-D", "D"),
        ],
        "results": [
            ("76.8% unweighted accuracy", "unweighted accuracy", 76.8, "%", "IEMOCAP", "Dvorelle"),
            ("75.9% weighted accuracy", "weighted accuracy", 75.9, "%", "IEMOCAP", "Dvorelle"),
            ("73.2% UA", "unweighted accuracy", 73.2, "%", "IEMOCAP", None),
            ("74.6%", "unweighted accuracy", 74.6, "%", "IEMOCAP", "emotion2vec"),
            ("macro-F1 of 0.391", "macro-F1", 0.391, None, "MSP-Podcast", "Dvorelle"),
            ("concordance correlation "
             "coefficient (CCC) of 0.712", "CCC", 0.712, None, "MSP-Podcast", "Dvorelle"),
            ("UA by 5.4 points", "unweighted accuracy", 5.4, "points", "IEMOCAP", "Dvorelle"),
            ("7.2 points on CREMA-D", "unweighted accuracy", 7.2, "points", "CREMA-D", "Dvorelle"),
        ],
    },
    {
        "field": "emotion-recognition",
        "title": "Dwynmere: Landmark-Guided Token Pruning for Efficient Facial Expression Recognition in the Wild",
        "text": (
            "Facial expression recognition (FER) in the wild suffers from occlusion, pose variation and ambiguous "
            "labels, and recent state-of-the-art models such as POSTER++ and APViT rely on a second landmark stream "
            "that roughly doubles their cost. We present Dwynmere, a single-stream Vision Transformer that uses facial "
            "landmarks only to score and prune patch tokens, keeping 40% of them after the fourth block, and that is "
            "trained with label distribution learning to absorb annotation ambiguity. With a ViT-B/16 backbone "
            "initialised from CLIP, Dwynmere obtains 92.41% accuracy on RAF-DB, 67.85% on AffectNet-7, 63.52% on "
            "AffectNet-8 and 91.60% on FERPlus. These compare with 92.21%, 67.49%, 63.77% and 91.62% for POSTER++ "
            "under the same protocol, so Dwynmere matches the state of the art while requiring 6.8 GFLOPs, against "
            "15.7 GFLOPs for POSTER++, and processing 412 images per second on one A100 GPU, 2.3\u00d7 the throughput "
            "of POSTER++. Under synthetic occlusion of the mouth region, the accuracy of Dwynmere on RAF-DB falls by "
            "only 3.9 points, against 8.4 points for APViT. We also find that landmark-guided pruning concentrates "
            "computation on the eye and mouth regions, giving attention maps that agree better with action-unit "
            "annotations on the subset of DISFA we examine."
        ),
        "spans": [
            ("Dwynmere", "M"), ("Token Pruning", "M"), ("Facial Expression Recognition", "T"),
            ("Facial expression recognition", "T"), ("FER", "T"), ("POSTER++", "M", {"punct": True}),
            ("APViT", "M"), ("Vision Transformer", "M"), ("label distribution learning", "M"), ("ViT-B/16", "M"),
            ("CLIP", "M"), ("accuracy", "X"), ("RAF-DB", "D"), ("AffectNet-7", "D"), ("AffectNet-8", "D"),
            ("FERPlus", "D"), ("GFLOPs", "X"), ("images per second", "X"), ("throughput", "X"), ("pruning", "M"),
            ("DISFA", "D"),
        ],
        "results": [
            ("92.41% accuracy", "accuracy", 92.41, "%", "RAF-DB", "Dwynmere"),
            ("67.85%", "accuracy", 67.85, "%", "AffectNet-7", "Dwynmere"),
            ("63.52%", "accuracy", 63.52, "%", "AffectNet-8", "Dwynmere"),
            ("91.60%", "accuracy", 91.6, "%", "FERPlus", "Dwynmere"),
            ("92.21%", "accuracy", 92.21, "%", "RAF-DB", "POSTER++"),
            ("67.49%", "accuracy", 67.49, "%", "AffectNet-7", "POSTER++"),
            ("63.77%", "accuracy", 63.77, "%", "AffectNet-8", "POSTER++"),
            ("91.62%", "accuracy", 91.62, "%", "FERPlus", "POSTER++"),
            ("6.8 GFLOPs", "FLOPs", 6.8, "G", None, "Dwynmere"),
            ("15.7 GFLOPs", "FLOPs", 15.7, "G", None, "POSTER++"),
            ("412 images per second", "throughput", 412, None, None, "Dwynmere"),
            ("2.3\u00d7 the throughput", "throughput", 2.3, "\u00d7", None, "Dwynmere"),
            ("accuracy of Dwynmere on RAF-DB falls by only 3.9 points", "accuracy", 3.9, "points", "RAF-DB",
             "Dwynmere"),
            ("8.4 points", "accuracy", 8.4, "points", "RAF-DB", "APViT"),
        ],
    },
    {
        "field": "emotion-recognition",
        "title": "Dyskara: Speaker-Aware Hypergraph Fusion for Multimodal Emotion Recognition in Conversations",
        "text": (
            "Emotion recognition in conversations (ERC) requires integrating what is said, how it is said and how the "
            "speaker looks, while tracking how each speaker's state evolves over the dialogue. Graph-based models such "
            "as MMGCN and M3Net connect utterances pairwise and fuse modalities late, which limits their ability to "
            "capture higher-order interactions among speakers and modalities. We introduce Dyskara, which builds a "
            "speaker-aware hypergraph whose hyperedges tie together the textual, acoustic and visual nodes of an "
            "utterance and all utterances of a speaker within a context window, and performs hypergraph convolution "
            "with modality-specific gating. Text features come from RoBERTa-large, audio features from openSMILE and "
            "visual features from DenseNet. On IEMOCAP (six classes), Dyskara achieves a weighted F1 of 72.94% and an "
            "accuracy of 73.21%; on MELD, its weighted F1 is 67.12%. Dyskara thus improves on M3Net by 1.47 and 1.06 "
            "points and on MMGCN by 6.72 and 9.13 points on the two datasets, respectively. It is particularly strong "
            "on minority classes: Dyskara raises the F1 for fear and disgust on MELD from 0.09 and 0.14 to 0.27 and "
            "0.31. Removing the speaker hyperedges costs 2.3 points of weighted F1 on IEMOCAP, confirming the value of "
            "modelling speakers explicitly rather than leaving them implicit in the context encoder."
        ),
        "spans": [
            ("Dyskara", "M"), ("Multimodal Emotion Recognition in Conversations", "T"),
            ("Emotion recognition in conversations", "T"), ("ERC", "T"), ("MMGCN", "M"), ("M3Net", "M"),
            ("hypergraph convolution", "M"), ("RoBERTa-large", "M"), ("DenseNet", "M"), ("IEMOCAP", "D"),
            ("weighted F1", "X"), ("accuracy", "X"), ("MELD", "D"), ("F1", "X"),
        ],
        "results": [
            ("weighted F1 of 72.94%", "weighted F1", 72.94, "%", "IEMOCAP", "Dyskara"),
            ("accuracy of 73.21%", "accuracy", 73.21, "%", "IEMOCAP", "Dyskara"),
            ("weighted F1 is 67.12%", "weighted F1", 67.12, "%", "MELD", "Dyskara"),
            ("1.47", "improvement", 1.47, "points", "IEMOCAP", "Dyskara"),
            ("1.06 points", "improvement", 1.06, "points", "MELD", "Dyskara"),
            ("6.72", "improvement", 6.72, "points", "IEMOCAP", "Dyskara"),
            ("9.13 points", "improvement", 9.13, "points", "MELD", "Dyskara"),
            ("0.27", "F1", 0.27, None, "MELD", "Dyskara"),
            ("0.31", "F1", 0.31, None, "MELD", "Dyskara"),
            ("costs 2.3 points of weighted F1", "weighted F1", 2.3, "points", "IEMOCAP", None),
        ],
    },
    {
        "field": "emotion-recognition",
        "title": "Dvantic: Distilling Temporal Prompts from Vision-Language Models for Dynamic Facial Expression "
                 "Recognition",
        "text": (
            "Dynamic facial expression recognition (DFER) classifies emotions from video clips captured in "
            "unconstrained settings, where expressive frames are sparse and labels are noisy. CLIP-based methods such "
            "as DFER-CLIP and EmoCLIP exploit textual descriptions of expressions, but they model time with a shallow "
            "Transformer over frame features and carry the full cost of a ViT-L/14 image encoder at test time. We "
            "propose Dvantic, which learns temporal prompts on a frozen CLIP ViT-L/14 teacher and distills them into "
            "a compact ViT-S student with a key-frame sampler, so that only 8 of 16 frames are encoded at inference. "
            "Across three in-the-wild benchmarks, Dvantic reports unweighted average recall (UAR) / weighted average "
            "recall (WAR) of 66.02/75.84 on DFEW, 42.17/52.36 on FERV39k and 44.90/57.31 on MAFW, following the "
            "standard five-fold protocols of DFEW and MAFW. The Dvantic student needs 31 GFLOPs per clip, roughly "
            "9\u00d7 fewer FLOPs than DFER-CLIP, whose UAR on DFEW is 59.61. On MAFW, the distilled Dvantic student "
            "even exceeds its teacher by 0.8 points WAR, which we attribute to the regularising effect of key-frame "
            "sampling. A per-class analysis shows the largest gains for fear and disgust, the two rarest classes in "
            "all three datasets, and suggests that sparse key frames help most when expressions are brief."
        ),
        "spans": [
            ("Dvantic", "M"), ("Vision-Language Models", "M"), ("Dynamic Facial Expression Recognition", "T"),
            ("Dynamic facial expression recognition", "T"), ("DFER", "T"), ("CLIP", "M"), ("DFER-CLIP", "M"),
            ("EmoCLIP", "M"), ("Transformer", "M"), ("ViT-L/14", "M"), ("ViT-S", "M"),
            ("unweighted average recall", "X"), ("UAR", "X"), ("weighted average recall", "X"), ("WAR", "X"),
            ("DFEW", "D"), ("FERV39k", "D"), ("MAFW", "D"), ("GFLOPs", "X"), ("FLOPs", "X"),
        ],
        "results": [
            ("66.02", "UAR", 66.02, None, "DFEW", "Dvantic"),
            ("75.84", "WAR", 75.84, None, "DFEW", "Dvantic"),
            ("42.17", "UAR", 42.17, None, "FERV39k", "Dvantic"),
            ("52.36", "WAR", 52.36, None, "FERV39k", "Dvantic"),
            ("44.90", "UAR", 44.9, None, "MAFW", "Dvantic"),
            ("57.31", "WAR", 57.31, None, "MAFW", "Dvantic"),
            ("31 GFLOPs", "FLOPs", 31, "G", None, "Dvantic"),
            ("9\u00d7 fewer FLOPs", "FLOPs reduction", 9, "\u00d7", None, "Dvantic"),
            ("UAR on DFEW is 59.61", "UAR", 59.61, None, "DFEW", "DFER-CLIP"),
            ("0.8 points WAR", "WAR", 0.8, "points", "MAFW", "Dvantic"),
        ],
    },
    {
        "field": "emotion-recognition",
        "title": "Dwelkin: Audio-Visual Cross-Attention and Temporal Convolutional Networks for Continuous "
                 "Valence-Arousal Estimation",
        "text": (
            "Continuous valence-arousal estimation from in-the-wild videos is a core track of the Affective Behavior "
            "Analysis in-the-wild (ABAW) competition, where winning entries increasingly rely on large ensembles of "
            "visual and acoustic backbones. We describe Dwelkin, a single audio-visual model that combines a "
            "MAE-pretrained ViT-B face encoder with VGGish audio embeddings through bidirectional cross-attention, "
            "followed by a temporal convolutional network (TCN) that smooths predictions over 8-second windows. "
            "Dwelkin is trained to maximise the concordance correlation coefficient (CCC), the official measure of the "
            "track, and re-weights the two modalities whenever the face is occluded or absent. On the official "
            "Aff-Wild2 validation set, Dwelkin reaches a CCC of 0.552 for valence and 0.641 for arousal, giving a mean "
            "CCC of 0.597, compared with 0.538 for the best single-model entry of the 6th ABAW competition. On the "
            "test set, our submission ranked second in the valence-arousal track with a mean CCC of 0.5394. Without "
            "the audio branch, the mean CCC falls to 0.541, and the gain from audio is largest on frames where no face "
            "is detected (+0.11 CCC). Dwelkin runs at 96 frames per second on a single RTX 4090, which makes "
            "real-time deployment on consumer hardware feasible."
        ),
        "spans": [
            ("Dwelkin", "M"), ("Cross-Attention", "M"), ("Temporal Convolutional Networks", "M"),
            ("Continuous Valence-Arousal Estimation", "T"), ("Continuous valence-arousal estimation", "T"),
            ("Affective Behavior Analysis in-the-wild", "D"), ("ABAW", "D"), ("MAE", "M"), ("ViT-B", "M"),
            ("VGGish", "M"), ("cross-attention", "M"), ("temporal convolutional network", "M"), ("TCN", "M"),
            ("concordance correlation coefficient", "X"), ("CCC", "X"), ("mean CCC", "X"), ("Aff-Wild2", "D"),
            ("frames per second", "X"),
        ],
        "results": [
            ("CCC of 0.552", "CCC", 0.552, None, "Aff-Wild2", "Dwelkin"),
            ("0.641", "CCC", 0.641, None, "Aff-Wild2", "Dwelkin"),
            ("mean CCC of 0.597", "CCC", 0.597, None, "Aff-Wild2", "Dwelkin"),
            ("0.538", "CCC", 0.538, None, "Aff-Wild2", None),
            ("mean CCC of 0.5394", "CCC", 0.5394, None, None, None),
            ("mean CCC falls to 0.541", "CCC", 0.541, None, None, None),
            ("+0.11 CCC", "CCC", 0.11, None, None, None),
            ("96 frames per second", "throughput", 96, None, None, "Dwelkin"),
        ],
    },
    {
        "field": "emotion-recognition",
        "title": "Dyrandel: Distilling emotion2vec into a 4.9M-Parameter Conformer for On-Device Speech Emotion "
                 "Recognition",
        "text": (
            "Speech emotion recognition (SER) models built on large self-supervised encoders are accurate but far too "
            "heavy for hearing aids, earbuds and other always-on devices. We present Dyrandel, a recipe that distils "
            "the universal emotion representation model emotion2vec into a 4.9M-parameter Conformer operating directly "
            "on log-Mel filterbanks. Dyrandel combines frame-level feature matching with utterance-level logit "
            "distillation and adds SpecAugment and speed perturbation to make up for the small size of labelled "
            "emotion corpora. We evaluate on four English and German corpora. The Dyrandel student attains unweighted "
            "accuracies of 71.3%, 78.9%, 86.2% and 83.5% on IEMOCAP, CREMA-D, RAVDESS and EmoDB, respectively, "
            "retaining 96.4% of the teacher's average accuracy while using 19\u00d7 fewer parameters. Compared with "
            "DistilHuBERT fine-tuned for the same task, Dyrandel improves unweighted accuracy on IEMOCAP by 1.8 "
            "points and runs 4.6\u00d7 faster. Quantized to 8-bit integers and deployed on a Cortex-M7 "
            "microcontroller, Dyrandel processes a 3-second utterance in 148 ms with a peak memory of 1.7 MB, and "
            "the drop in accuracy from quantization stays below 0.5 points on all corpora. We also show that logit "
            "distillation alone recovers most of the accuracy on acted speech, whereas feature matching is essential "
            "for the spontaneous sessions of IEMOCAP."
        ),
        "spans": [
            ("Dyrandel", "M"), ("emotion2vec", "M"), ("Conformer", "M"), ("Speech Emotion Recognition", "T"),
            ("Speech emotion recognition", "T"), ("SER", "T"), ("feature matching", "M"),
            ("logit distillation", "M"), ("SpecAugment", "M"), ("speed perturbation", "M"),
            ("unweighted accuracies", "X"), ("IEMOCAP", "D"), ("CREMA-D", "D"), ("RAVDESS", "D"), ("EmoDB", "D"),
            ("average accuracy", "X"), ("DistilHuBERT", "M"), ("unweighted accuracy", "X"), ("peak memory", "X"),
            ("accuracy", "X"), ("quantization", "M"),
        ],
        "results": [
            ("71.3%", "unweighted accuracy", 71.3, "%", "IEMOCAP", "Dyrandel"),
            ("78.9%", "unweighted accuracy", 78.9, "%", "CREMA-D", "Dyrandel"),
            ("86.2%", "unweighted accuracy", 86.2, "%", "RAVDESS", "Dyrandel"),
            ("83.5%", "unweighted accuracy", 83.5, "%", "EmoDB", "Dyrandel"),
            ("96.4% of the teacher's average accuracy", "relative average accuracy", 96.4, "%", None, "Dyrandel"),
            ("19\u00d7 fewer parameters", "parameter reduction", 19, "\u00d7", None, "Dyrandel"),
            ("unweighted accuracy on IEMOCAP by 1.8 points", "unweighted accuracy", 1.8, "points", "IEMOCAP",
             "Dyrandel"),
            ("4.6\u00d7 faster", "speed-up", 4.6, "\u00d7", None, "Dyrandel"),
            ("in 148 ms", "latency", 148, "ms", None, "Dyrandel"),
            ("peak memory of 1.7 MB", "peak memory", 1.7, "MB", None, "Dyrandel"),
            ("accuracy from quantization stays below 0.5 points", "accuracy", 0.5, "points", None, None),
        ],
    },
    # ------------------------------------------------------------ histopathology
    {
        "field": "histopathology",
        "title": "Dwarlow: Region-Aware State Space Aggregation for Multiple Instance Learning on Gigapixel "
                 "Whole-Slide Images",
        "text": (
            "Multiple instance learning (MIL) has become the standard approach to slide-level prediction in "
            "computational pathology, with attention-based aggregators such as ABMIL, CLAM and TransMIL operating on "
            "patch features from a frozen encoder. Transformer aggregators capture interactions between patches but "
            "scale quadratically with the tens of thousands of patches in a whole-slide image (WSI), while "
            "linear-time alternatives such as MambaMIL scan patches in a fixed raster order that ignores tissue "
            "topology. We propose Dwarlow, which orders patches along a Hilbert curve within tissue regions and "
            "aggregates them with a bidirectional Mamba block whose state is reset at region boundaries. With UNI "
            "features, Dwarlow achieves an AUC of 0.981 and an accuracy of 95.3% on CAMELYON16 for tumor detection, "
            "an AUC of 0.972 on TCGA-NSCLC subtyping and an AUC of 0.994 on TCGA-RCC subtyping, outperforming "
            "TransMIL (0.953, 0.958, 0.987) and MambaMIL (0.967, 0.964, 0.990) on the three tasks, respectively. On "
            "the seven-class BRACS task, Dwarlow raises macro-F1 from 0.402 with ABMIL to 0.447. Dwarlow processes a "
            "slide with 100,000 patches in 0.21 s and 2.1 GB of GPU memory, whereas TransMIL runs out of memory on a "
            "24 GB GPU beyond 60,000 patches. Region-wise state resets also make the attention-free model easier to "
            "inspect, since the contribution of each tissue region to the slide prediction can be read off directly."
        ),
        "spans": [
            ("Dwarlow", "M"), ("Multiple Instance Learning", "M"), ("Multiple instance learning", "M"),
            ("MIL", "M"), ("ABMIL", "M"), ("CLAM", "M"), ("TransMIL", "M"), ("Transformer", "M"),
            ("MambaMIL", "M"), ("Mamba", "M"), ("UNI", "M"), ("AUC", "X"), ("accuracy", "X"),
            ("CAMELYON16", "D"), ("tumor detection", "T"), ("TCGA-NSCLC", "D"), ("subtyping", "T"),
            ("TCGA-RCC", "D"), ("BRACS", "D"), ("macro-F1", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("AUC of 0.981", "AUC", 0.981, None, "CAMELYON16", "Dwarlow"),
            ("accuracy of 95.3%", "accuracy", 95.3, "%", "CAMELYON16", "Dwarlow"),
            ("AUC of 0.972", "AUC", 0.972, None, "TCGA-NSCLC", "Dwarlow"),
            ("AUC of 0.994", "AUC", 0.994, None, "TCGA-RCC", "Dwarlow"),
            ("0.953", "AUC", 0.953, None, "CAMELYON16", "TransMIL"),
            ("0.958", "AUC", 0.958, None, "TCGA-NSCLC", "TransMIL"),
            ("0.987", "AUC", 0.987, None, "TCGA-RCC", "TransMIL"),
            ("0.967", "AUC", 0.967, None, "CAMELYON16", "MambaMIL"),
            ("0.964", "AUC", 0.964, None, "TCGA-NSCLC", "MambaMIL"),
            ("0.990", "AUC", 0.99, None, "TCGA-RCC", "MambaMIL"),
            ("macro-F1 from 0.402", "macro-F1", 0.402, None, "BRACS", "ABMIL"),
            ("0.447", "macro-F1", 0.447, None, "BRACS", "Dwarlow"),
            ("in 0.21 s", "latency", 0.21, "s", None, "Dwarlow"),
            ("2.1 GB of GPU memory", "GPU memory", 2.1, "GB", None, "Dwarlow"),
        ],
    },
    {
        "field": "histopathology",
        "title": "Dyvessa: Pathway-Conditioned Optimal Transport for Multimodal Survival Prediction from Histology "
                 "and Genomics",
        "text": (
            "Integrating whole-slide images with transcriptomic profiles improves survival prediction, but "
            "co-attention models such as MCAT and SurvPath match every biological pathway to every histology patch, "
            "which is costly and yields diffuse, hard-to-interpret associations. We introduce Dyvessa, which treats "
            "patch embeddings and pathway tokens as two distributions and couples them with unbalanced optimal "
            "transport, so that each pathway attends only to the tissue regions it can explain and unmatched mass is "
            "discarded. Patch features are extracted with CONCH, and pathway tokens are built from 331 Reactome and "
            "Hallmark gene sets. We evaluate with five-fold cross-validation on five TCGA cohorts (BRCA, BLCA, LUAD, "
            "UCEC and KIRC), reporting the concordance index (C-index). Dyvessa attains an average C-index of 0.712, "
            "against 0.679 for SurvPath, 0.664 for MCAT and 0.641 for the unimodal ABMIL baseline. The largest gain "
            "is on TCGA-BLCA, where Dyvessa reaches 0.702 versus 0.634 for SurvPath; on TCGA-UCEC, Dyvessa reaches "
            "0.781. Kaplan\u2013Meier curves stratified by the predicted risk groups are significantly separated on "
            "all five cohorts. Because the transport plan is sparse, training uses 41% less GPU memory than "
            "SurvPath, and the plan itself highlights pathway\u2013morphology pairs, such as immune-response pathways "
            "matched with lymphocyte-rich stroma, that agree with known tumour biology."
        ),
        "spans": [
            ("Dyvessa", "M"), ("Optimal Transport", "M"), ("Multimodal Survival Prediction", "T"),
            ("survival prediction", "T"), ("co-attention", "M"), ("MCAT", "M"), ("SurvPath", "M"),
            ("unbalanced optimal transport", "M"), ("CONCH", "M"), ("Reactome", "D"), ("Hallmark", "D"),
            ("TCGA", "D"), ("BRCA", "D"), ("BLCA", "D"), ("LUAD", "D"), ("UCEC", "D"), ("KIRC", "D"),
            ("concordance index", "X"), ("C-index", "X"), ("average C-index", "X"), ("ABMIL", "M"),
            ("TCGA-BLCA", "D"), ("TCGA-UCEC", "D"), ("GPU memory", "X"),
        ],
        "results": [
            ("average C-index of 0.712", "C-index", 0.712, None, None, "Dyvessa"),
            ("0.679", "C-index", 0.679, None, None, "SurvPath"),
            ("0.664", "C-index", 0.664, None, None, "MCAT"),
            ("0.641", "C-index", 0.641, None, None, "ABMIL"),
            ("0.702", "C-index", 0.702, None, "TCGA-BLCA", "Dyvessa"),
            ("0.634", "C-index", 0.634, None, "TCGA-BLCA", "SurvPath"),
            ("0.781", "C-index", 0.781, None, "TCGA-UCEC", "Dyvessa"),
            ("41% less GPU memory", "GPU memory reduction", 41, "%", None, None),
        ],
    },
    {
        "field": "histopathology",
        "title": "Dvinmoor: Scaling Self-Supervised Pretraining of Pathology Foundation Models with "
                 "Morphology-Balanced Tile Sampling",
        "text": (
            "Pathology foundation models such as UNI, Virchow2 and Prov-GigaPath are pretrained with DINOv2 on "
            "millions of tiles drawn uniformly from whole-slide images, so abundant tissue such as stroma and fat "
            "dominates training while rare morphologies are seen only a handful of times. We present Dvinmoor, a "
            "ViT-L/16 encoder pretrained with DINOv2 on 1.9 billion tiles from 310,000 H&E and IHC slides, where tiles "
            "are sampled in proportion to the inverse density of their cluster in a continually updated morphology "
            "embedding. We evaluate frozen features on 26 public tasks with linear probing and ABMIL-based slide "
            "classification. Dvinmoor reaches a mean balanced accuracy of 83.7% over the tile-level tasks, compared "
            "with 82.1% for UNI, 82.9% for Virchow2 and 81.6% for Prov-GigaPath, and ranks first on 17 of the 26 "
            "tasks. On the BRACS tile benchmark, Dvinmoor improves balanced accuracy by 3.4 points over UNI, and on "
            "PCam it attains 95.2% accuracy. Gains are largest for rare entities: on the 32-class EBRAINS brain tumour "
            "dataset, Dvinmoor achieves a balanced accuracy of 81.9%, 4.6 points above the strongest baseline. "
            "Despite its larger pretraining corpus, Dvinmoor extracts features 1.8\u00d7 faster than Virchow2, "
            "because it uses a smaller patch-token budget at inference. Sampling ablations show that inverse-density "
            "sampling matters more than corpus size beyond 500 million tiles. Weights are released for "
            "non-commercial research."
        ),
        "spans": [
            ("Dvinmoor", "M"), ("Self-Supervised Pretraining", "M"), ("Pathology Foundation Models", "M"),
            ("Pathology foundation models", "M"), ("UNI", "M"), ("Virchow2", "M"), ("Prov-GigaPath", "M"),
            ("DINOv2", "M"), ("ViT-L/16", "M"), ("linear probing", "M"), ("ABMIL", "M"),
            ("slide classification", "T"), ("mean balanced accuracy", "X"), ("balanced accuracy", "X"),
            ("accuracy", "X"), ("BRACS", "D"), ("PCam", "D"), ("EBRAINS", "D"),
        ],
        "results": [
            ("mean balanced accuracy of 83.7%", "balanced accuracy", 83.7, "%", None, "Dvinmoor"),
            ("82.1% for UNI", "balanced accuracy", 82.1, "%", None, "UNI"),
            ("82.9% for Virchow2", "balanced accuracy", 82.9, "%", None, "Virchow2"),
            ("81.6% for Prov-GigaPath", "balanced accuracy", 81.6, "%", None, "Prov-GigaPath"),
            ("ranks first on 17 of the 26 tasks", "tasks ranked first", 17, None, None, "Dvinmoor"),
            ("balanced accuracy by 3.4 points", "balanced accuracy", 3.4, "points", "BRACS", "Dvinmoor"),
            ("95.2% accuracy", "accuracy", 95.2, "%", "PCam", "Dvinmoor"),
            ("balanced accuracy of 81.9%", "balanced accuracy", 81.9, "%", "EBRAINS", "Dvinmoor"),
            ("4.6 points above", "balanced accuracy", 4.6, "points", "EBRAINS", "Dvinmoor"),
            ("1.8\u00d7 faster", "speed-up", 1.8, "\u00d7", None, "Dvinmoor"),
        ],
    },
    {
        "field": "histopathology",
        "title": "Dwyther: Prompt-Free Adaptation of the Segment Anything Model for Nuclei Instance Segmentation and "
                 "Classification",
        "text": (
            "Nuclei instance segmentation and classification underpins many downstream analyses in computational "
            "pathology, from tumour-infiltrating lymphocyte scoring to cell graph construction. HoVer-Net and its "
            "successors remain strong, and CellViT showed that a Segment Anything Model (SAM) encoder can be "
            "repurposed for the task, but these models require heavy decoders and post-processing that make "
            "inference on whole-slide images slow. We propose Dwyther, which adapts a SAM ViT-B encoder with LoRA and "
            "replaces prompt-based mask decoding with a lightweight distance-map head and one learnable token per "
            "nucleus class. On PanNuke, evaluated with the official three-fold protocol, Dwyther obtains a binary PQ "
            "(bPQ) of 0.6912 and a multi-class PQ (mPQ) of 0.5187, versus 0.6696 and 0.4980 for CellViT-SAM-H and "
            "0.6596 and 0.4629 for HoVer-Net. On CoNSeP, Dwyther reaches a Dice of 0.861 and an AJI of 0.612, and on "
            "MoNuSeg it achieves a Dice of 0.835 with an AJI of 0.689. With only 94M parameters, Dwyther processes a "
            "40\u00d7 whole-slide image in 2.7 minutes on one A100, 3.2\u00d7 faster than CellViT-SAM-H and "
            "5.9\u00d7 faster than HoVer-Net. In a cross-dataset test on Lizard, Dwyther reaches an mPQ of 0.402, "
            "against 0.351 for CellViT-SAM-H, suggesting that low-rank adaptation preserves more of the general "
            "features learned by SAM than full fine-tuning does."
        ),
        "spans": [
            ("Dwyther", "M"), ("Segment Anything Model", "M"), ("SAM", "M"),
            ("Nuclei Instance Segmentation and Classification", "T"),
            ("Nuclei instance segmentation and classification", "T"),
            ("tumour-infiltrating lymphocyte scoring", "T"), ("HoVer-Net", "M"), ("CellViT", "M"),
            ("CellViT-SAM-H", "M"), ("ViT-B", "M"), ("LoRA", "M"), ("PanNuke", "D"), ("binary PQ", "X"),
            ("bPQ", "X"), ("multi-class PQ", "X"), ("mPQ", "X"), ("CoNSeP", "D"), ("Dice", "X"), ("AJI", "X"),
            ("MoNuSeg", "D"), ("Lizard", "D"), ("low-rank adaptation", "M"), ("full fine-tuning", "M"),
        ],
        "results": [
            ("binary PQ (bPQ) of 0.6912", "bPQ", 0.6912, None, "PanNuke", "Dwyther"),
            ("multi-class PQ (mPQ) of 0.5187", "mPQ", 0.5187, None, "PanNuke", "Dwyther"),
            ("0.6696", "bPQ", 0.6696, None, "PanNuke", "CellViT-SAM-H"),
            ("0.4980", "mPQ", 0.498, None, "PanNuke", "CellViT-SAM-H"),
            ("0.6596", "bPQ", 0.6596, None, "PanNuke", "HoVer-Net"),
            ("0.4629", "mPQ", 0.4629, None, "PanNuke", "HoVer-Net"),
            ("Dice of 0.861", "Dice", 0.861, None, "CoNSeP", "Dwyther"),
            ("AJI of 0.612", "AJI", 0.612, None, "CoNSeP", "Dwyther"),
            ("Dice of 0.835", "Dice", 0.835, None, "MoNuSeg", "Dwyther"),
            ("AJI of 0.689", "AJI", 0.689, None, "MoNuSeg", "Dwyther"),
            ("in 2.7 minutes", "latency", 2.7, "min", None, "Dwyther"),
            ("3.2\u00d7 faster", "speed-up", 3.2, "\u00d7", None, "Dwyther"),
            ("5.9\u00d7 faster", "speed-up", 5.9, "\u00d7", None, "Dwyther"),
            ("mPQ of 0.402", "mPQ", 0.402, None, "Lizard", "Dwyther"),
            ("0.351", "mPQ", 0.351, None, "Lizard", "CellViT-SAM-H"),
        ],
    },
    {
        "field": "histopathology",
        "title": "Dyllomir: Hierarchical Slide-Report Alignment for Zero-Shot Whole-Slide Classification and Retrieval",
        "text": (
            "Vision-language models for pathology, such as PLIP, QuiltNet and CONCH, align image tiles with captions "
            "and enable zero-shot classification of regions of interest, yet they transfer poorly to gigapixel "
            "slides, where a diagnosis depends on a handful of regions among thousands. We present Dyllomir, which "
            "pretrains a slide-level encoder on 41,000 whole-slide images paired with their pathology reports, "
            "aligning report sentences to tissue regions and the full report to the slide with a hierarchical "
            "contrastive objective built on top of a frozen CONCH tile encoder. For zero-shot slide classification, "
            "Dyllomir obtains balanced accuracies of 0.871 on TCGA-NSCLC, 0.812 on TCGA-RCC and 0.604 on TCGA-BRCA "
            "subtyping, compared with 0.802, 0.763 and 0.571 for CONCH with MI-Zero pooling. In cross-modal retrieval "
            "on a held-out set of 2,400 slide\u2013report pairs, Dyllomir reaches a slide-to-report Recall@5 of "
            "38.6%, almost three times the 13.9% obtained by TITAN. When used as a frozen slide encoder with a linear "
            "classifier, Dyllomir is competitive with supervised ABMIL trained on the same features, trailing it by "
            "only 1.2 AUC points on CAMELYON16 while using no slide-level labels during pretraining. A qualitative "
            "study with two pathologists shows that sentence-to-region attention localises described findings, such "
            "as lymphovascular invasion or perineural spread, in most of the inspected cases."
        ),
        "spans": [
            ("Dyllomir", "M"), ("Zero-Shot Whole-Slide Classification", "T"), ("Retrieval", "T"),
            ("Vision-language models", "M"), ("PLIP", "M"), ("QuiltNet", "M"), ("CONCH", "M"),
            ("zero-shot classification", "T"), ("zero-shot slide classification", "T"),
            ("balanced accuracies", "X"), ("TCGA-NSCLC", "D"), ("TCGA-RCC", "D"), ("TCGA-BRCA", "D"),
            ("subtyping", "T"), ("MI-Zero", "M"), ("cross-modal retrieval", "T"), ("Recall@5", "X"),
            ("TITAN", "M"), ("ABMIL", "M"), ("AUC", "X"), ("CAMELYON16", "D"),
        ],
        "results": [
            ("0.871", "balanced accuracy", 0.871, None, "TCGA-NSCLC", "Dyllomir"),
            ("0.812", "balanced accuracy", 0.812, None, "TCGA-RCC", "Dyllomir"),
            ("0.604", "balanced accuracy", 0.604, None, "TCGA-BRCA", "Dyllomir"),
            ("0.802", "balanced accuracy", 0.802, None, "TCGA-NSCLC", "CONCH"),
            ("0.763", "balanced accuracy", 0.763, None, "TCGA-RCC", "CONCH"),
            ("0.571", "balanced accuracy", 0.571, None, "TCGA-BRCA", "CONCH"),
            ("Recall@5 of 38.6%", "Recall@5", 38.6, "%", None, "Dyllomir"),
            ("13.9%", "Recall@5", 13.9, "%", None, "TITAN"),
            ("1.2 AUC points", "AUC", 1.2, "points", "CAMELYON16", "Dyllomir"),
        ],
    },
    {
        "field": "histopathology",
        "title": "Dvastra: Scanner-Robust Mitotic Figure Detection via Spectral Augmentation and Test-Time "
                 "Normalisation Alignment",
        "text": (
            "Counting mitotic figures is a key step in tumour grading, but mitotic figure detection models trained on "
            "one scanner or laboratory degrade markedly on images from another. The MIDOG challenges showed that "
            "stain augmentation and domain-adversarial training narrow this gap only partially. We propose Dvastra, "
            "a detection framework that perturbs the amplitude spectrum of H&E tiles in the Fourier domain during "
            "training and aligns the batch-normalisation statistics of the backbone to each new scanner at test "
            "time, without labels and in a single pass. Built on an FCOS detector with a ConvNeXt-T backbone, Dvastra "
            "is trained on the MIDOG++ training domains and evaluated on held-out scanners and tumour types. On the "
            "MIDOG 2022 test set, Dvastra achieves an F1 score of 0.781, compared with 0.764 for the challenge winner "
            "and 0.712 for a RetinaNet baseline with Macenko stain normalisation. Across the seven tumour types of "
            "MIDOG++, Dvastra's mean F1 ranges from 0.69 on human melanoma to 0.83 on canine lymphoma. Dvastra also "
            "shrinks the gap between its best- and worst-scanner F1 from 0.14 to 0.05. Test-time alignment adds 4 ms "
            "per 512\u00d7512 tile and no trainable parameters. In a reader study with three pathologists, "
            "assistance by Dvastra raised inter-rater agreement on the mitotic count from a Cohen's kappa of 0.61 "
            "to 0.74, which suggests that the detector is reliable enough to serve as a second reader in routine "
            "grading."
        ),
        "spans": [
            ("Dvastra", "M"), ("Mitotic Figure Detection", "T"), ("tumour grading", "T"),
            ("mitotic figure detection", "T"), ("MIDOG", "D"), ("stain augmentation", "M"),
            ("domain-adversarial training", "M"), ("FCOS", "M"), ("ConvNeXt-T", "M"),
            ("MIDOG++", "D", {"punct": True}), ("MIDOG 2022", "D"), ("F1 score", "X"), ("RetinaNet", "M"),
            ("Macenko stain normalisation", "M"), ("mean F1", "X"), ("F1", "X"), ("Cohen's kappa", "X"),
        ],
        "results": [
            ("F1 score of 0.781", "F1", 0.781, None, "MIDOG 2022", "Dvastra"),
            ("0.764", "F1", 0.764, None, "MIDOG 2022", None),
            ("0.712", "F1", 0.712, None, "MIDOG 2022", "RetinaNet"),
            ("mean F1 ranges from 0.69 on human melanoma to 0.83", "F1", 0.83, None, "MIDOG++", "Dvastra",
             {"low": 0.69}),
            ("F1 from 0.14 to 0.05", "F1 gap", 0.05, None, None, "Dvastra"),
            ("adds 4 ms", "alignment time", 4, "ms", None, None),
            ("Cohen's kappa of 0.61 to 0.74", "Cohen's kappa", 0.74, None, None, "Dvastra"),
        ],
    },
]
