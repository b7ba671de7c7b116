"""dev19 records: ecology-biodiversity (6) and sign-language (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Karrowisp", "Kuralune", "Korvalyn", "Kelvaria", "Kumbrel", "Kivanto", "KelderHand",
          "Kiwarra", "Kopaline", "Kelmiro", "Kellowyn"]

RECS = [
    # ------------------------------------------------------------ ecology-biodiversity
    {
        "field": "ecology-biodiversity",
        "title": "Karrowisp: Sequence-Aware Pseudo-Labelling for Camera-Trap Species Classification",
        "text": (
            "Camera traps produce millions of images per season, and camera-trap species classification must cope "
            "with the fact that the species that matter most for conservation are often the rarest in the training "
            "data. Detectors such as MegaDetector remove empty frames reliably, but downstream classifiers still "
            "collapse on tail classes and on cameras not seen during training. We present Karrowisp, a "
            "semi-supervised framework that exploits the burst structure of camera-trap sequences: crops from the "
            "same trigger event share a pseudo-label, which is accepted only when a temporal Transformer and a "
            "frozen BioCLIP encoder agree, and confident tail-class crops are then replayed at a higher rate. On "
            "the iWildCam 2022 test split of WILDS, Karrowisp reaches a macro-F1 of 41.6, compared with 34.9 for "
            "FixMatch and 37.2 for a fine-tuned BioCLIP, while keeping top-1 accuracy at 78.3%. On Snapshot "
            "Serengeti, with 20 camera locations held out, Karrowisp improves recall on tail classes by 9.1 points "
            "over a supervised ConvNeXt-T. On Caltech Camera Traps (CCT), top-1 accuracy at unseen locations rises "
            "from 71.4% to 76.8%. Audited by two ecologists on 500 sequences, pseudo-label precision is 94.2%. "
            "Training uses only 10% of the labelled images required by the fully supervised baseline, and inference "
            "runs at 212 images per second on a single A100, enough to process a season of images from a "
            "60-camera grid overnight."
        ),
        "spans": [
            ("Karrowisp", "M"), ("Pseudo-Labelling", "M"), ("Camera-Trap Species Classification", "T"),
            ("camera-trap species classification", "T"), ("MegaDetector", "M"), ("Transformer", "M"),
            ("BioCLIP", "M"), ("iWildCam 2022", "D"), ("WILDS", "D"), ("macro-F1", "X"), ("FixMatch", "M"),
            ("top-1 accuracy", "X"), ("Snapshot Serengeti", "D"), ("recall", "X"), ("ConvNeXt-T", "M"),
            ("Caltech Camera Traps", "D"), ("CCT", "D"), ("precision", "X"), ("images per second", "X"),
        ],
        "results": [
            ("macro-F1 of 41.6", "macro-F1", 41.6, None, "iWildCam 2022", "Karrowisp"),
            ("34.9 for FixMatch", "macro-F1", 34.9, None, "iWildCam 2022", "FixMatch"),
            ("37.2 for a fine-tuned BioCLIP", "macro-F1", 37.2, None, "iWildCam 2022", "BioCLIP"),
            ("top-1 accuracy at 78.3%", "top-1 accuracy", 78.3, "%", "iWildCam 2022", "Karrowisp"),
            ("improves recall on tail classes by 9.1 points", "recall", 9.1, "points", "Snapshot Serengeti",
             "Karrowisp"),
            ("top-1 accuracy at unseen locations rises from 71.4% to 76.8%", "top-1 accuracy", 76.8, "%",
             "Caltech Camera Traps", None),
            ("precision is 94.2%", "precision", 94.2, "%", None, None),
            ("212 images per second", "throughput", 212, "images/s", None, None),
        ],
    },
    {
        "field": "ecology-biodiversity",
        "title": "Listening Past the Dawn Chorus: Multi-Label Bird Sound Recognition in Soundscapes with Kuralune",
        "text": (
            "Passive acoustic monitoring lets ecologists survey birds around the clock, but the soundscape "
            "recordings it produces differ sharply from the focal recordings in Xeno-canto on which most bird sound "
            "recognition models are trained. We introduce Kuralune, an audio encoder pre-trained with masked "
            "spectrogram modelling on 9,700 hours of unlabelled soundscapes and then fine-tuned on focal recordings "
            "with a mixup scheme that overlays background noise from the target site. Unlike BirdNET and Perch, "
            "which score each 3- or 5-second window independently, Kuralune aggregates evidence across neighbouring "
            "windows with a small recurrent head, which matters for quiet, distant callers. We evaluate on BirdSet, "
            "which pairs Xeno-canto training data with eight soundscape test sets, and on the BirdCLEF 2024 "
            "competition. Averaged over the BirdSet test sets, Kuralune obtains a class-wise mean average precision "
            "(cmAP) of 0.47 and an AUROC of 0.89, against 0.39 and 0.85 for Perch and 0.36 and 0.84 for BirdNET. On "
            "BirdCLEF 2024, Kuralune reaches a padded cmAP of 0.71 on the private leaderboard, which would have "
            "placed it in the top ten. For species with fewer than 20 training recordings, top-1 accuracy improves "
            "38.5% \u2192 47.9%. The encoder has 24M parameters and processes one hour of audio in 14 seconds on a "
            "laptop CPU, making on-device deployment in autonomous field recorders realistic."
        ),
        "spans": [
            ("Multi-Label Bird Sound Recognition", "T"), ("bird sound recognition", "T"), ("Kuralune", "M"),
            ("Xeno-canto", "D"), ("masked spectrogram modelling", "M"), ("mixup", "M"), ("BirdNET", "M"),
            ("Perch", "M"), ("BirdSet", "D"), ("BirdCLEF 2024", "D"),
            ("class-wise mean average precision", "X"), ("cmAP", "X"), ("AUROC", "X"), ("padded cmAP", "X"),
            ("top-1 accuracy", "X"),
        ],
        "results": [
            ("class-wise mean average precision (cmAP) of 0.47", "cmAP", 0.47, None, "BirdSet", "Kuralune"),
            ("AUROC of 0.89", "AUROC", 0.89, None, "BirdSet", "Kuralune"),
            ("0.39", "cmAP", 0.39, None, "BirdSet", "Perch"),
            ("0.85", "AUROC", 0.85, None, "BirdSet", "Perch"),
            ("0.36", "cmAP", 0.36, None, "BirdSet", "BirdNET"),
            ("0.84", "AUROC", 0.84, None, "BirdSet", "BirdNET"),
            ("padded cmAP of 0.71", "padded cmAP", 0.71, None, "BirdCLEF 2024", "Kuralune"),
            ("top-1 accuracy improves 38.5% \u2192 47.9%", "top-1 accuracy", 47.9, "%", None, None),
            ("processes one hour of audio in 14 seconds", "processing time", 14, "s", None, None),
        ],
    },
    {
        "field": "ecology-biodiversity",
        "title": "Korvalyn: Presence-Only Species Distribution Modelling with Satellite and Climate Priors at Continental Scale",
        "text": (
            "Species distribution models (SDMs) estimate where a species can occur from records of where it has "
            "been observed, but presence-only records from citizen-science platforms are spatially biased towards "
            "roads and cities. We present Korvalyn, a multi-species SDM that encodes Sentinel-2 image patches, "
            "WorldClim bioclimatic variables and geographic coordinates with a shared backbone, and corrects "
            "sampling bias with a learned observer-effort field fitted to background points from the same observer "
            "community. Korvalyn is trained on 5.1 million presence-only plant observations and evaluated against "
            "standardized presence-absence surveys. On GeoLifeCLEF 2024, Korvalyn attains a micro-averaged F1 of "
            "0.342 on the private test set, above the best multimodal challenge baseline (0.317). On the sPlotOpen "
            "presence-absence surveys for Europe, Korvalyn reaches a mean AUC of 0.912, compared with 0.874 for "
            "MaxEnt, 0.889 for boosted regression trees and 0.895 for SINR. On sPlotOpen, the true skill statistic "
            "(TSS) rises from 0.641 for SINR to 0.688 for Korvalyn. Gains are largest for species with fewer than "
            "50 records, where mean AUC increases by 0.061, and they persist when entire ecoregions are held out. "
            "In ablations, removing the bias correction costs 0.027 AUC, more than removing the satellite branch. "
            "We release predicted range maps for 11,255 species."
        ),
        "spans": [
            ("Korvalyn", "M"), ("Presence-Only Species Distribution Modelling", "T"),
            ("Species distribution models", "M"), ("SDMs", "M"), ("SDM", "M"), ("Sentinel-2", "D"),
            ("WorldClim", "D"), ("GeoLifeCLEF 2024", "D"), ("micro-averaged F1", "X"), ("sPlotOpen", "D"),
            ("mean AUC", "X"), ("AUC", "X"), ("MaxEnt", "M"), ("boosted regression trees", "M"), ("SINR", "M"),
            ("true skill statistic", "X"), ("TSS", "X"),
        ],
        "results": [
            ("micro-averaged F1 of 0.342", "micro-averaged F1", 0.342, None, "GeoLifeCLEF 2024", "Korvalyn"),
            ("0.317", "micro-averaged F1", 0.317, None, "GeoLifeCLEF 2024", None),
            ("mean AUC of 0.912", "AUC", 0.912, None, "sPlotOpen", "Korvalyn"),
            ("0.874 for MaxEnt", "AUC", 0.874, None, "sPlotOpen", "MaxEnt"),
            ("0.889 for boosted regression trees", "AUC", 0.889, None, "sPlotOpen", "boosted regression trees"),
            ("0.895 for SINR", "AUC", 0.895, None, "sPlotOpen", "SINR"),
            ("0.641 for SINR", "TSS", 0.641, None, "sPlotOpen", "SINR"),
            ("0.688 for Korvalyn", "TSS", 0.688, None, "sPlotOpen", "Korvalyn"),
            ("mean AUC increases by 0.061", "AUC", 0.061, None, None, None),
            ("0.027 AUC", "AUC", 0.027, None, None, None),
        ],
    },
    {
        "field": "ecology-biodiversity",
        "title": "Kelvaria: A Cross-Institution Benchmark for Plant Species Identification from Herbarium Sheets",
        "text": (
            "Digitized herbarium sheets are an untapped resource for plant species identification, but existing "
            "benchmarks such as Herbarium 2022 and PlantNet-300K cover a small fraction of the world's flora and "
            "rarely test whether models generalise across institutions. We introduce Kelvaria, a benchmark of 1.9 "
            "million specimen images spanning 38,412 vascular plant species from 61 herbaria on six continents, "
            "with names reconciled against a single taxonomic backbone. Kelvaria defines three protocols: an "
            "in-distribution split, a cross-institution split whose test sheets come from herbaria unseen in "
            "training, and a few-shot split of species with at most five specimens. We benchmark supervised models "
            "(ResNet-50, ConvNeXt-B, Swin-B), frozen DINOv2 features, and vision-language models trained on "
            "biological imagery, including BioCLIP. On Kelvaria, the strongest system, DINOv2 fine-tuned end-to-end "
            "with a ViT-L/14 backbone, reaches a macro-averaged top-1 accuracy of 62.7% on the in-distribution split "
            "but only 41.3% on the cross-institution split, and zero-shot BioCLIP reaches 18.9%. Accuracy falls "
            "steeply as the number of training specimens per species decreases, and errors concentrate in large "
            "genera such as Carex and Euphorbia, whose species are separated by characters barely visible at sheet "
            "resolution. We release images, splits and an evaluation server to support research on plant species "
            "identification at a global scale."
        ),
        "spans": [
            ("Kelvaria", "D"), ("Plant Species Identification", "T"), ("plant species identification", "T"),
            ("Herbarium 2022", "D"), ("PlantNet-300K", "D"), ("ResNet-50", "M"), ("ConvNeXt-B", "M"),
            ("Swin-B", "M"), ("DINOv2", "M"), ("vision-language models", "M"), ("BioCLIP", "M"),
            ("ViT-L/14", "M"), ("macro-averaged top-1 accuracy", "X"), ("Accuracy", "X"),
        ],
        "results": [
            ("macro-averaged top-1 accuracy of 62.7%", "top-1 accuracy", 62.7, "%", "Kelvaria", "DINOv2"),
            ("41.3%", "top-1 accuracy", 41.3, "%", "Kelvaria", "DINOv2"),
            ("18.9%", "top-1 accuracy", 18.9, "%", "Kelvaria", "BioCLIP"),
        ],
    },
    {
        "field": "ecology-biodiversity",
        "title": "Aligning Images and DNA Barcodes for Insect Identification: Kumbrel on BIOSCAN-5M",
        "text": (
            "Most insect species are undescribed, so image classifiers trained on a closed label set cannot serve "
            "large-scale biodiversity surveys. DNA barcodes resolve species far more reliably than images but are "
            "too expensive to sequence for every specimen. We propose Kumbrel, a contrastive model that embeds "
            "specimen photographs, DNA barcodes and taxonomic labels in one space, so that an image can be matched "
            "either to a known species or to the barcode cluster of an undescribed one. Kumbrel pairs a ViT-B/16 "
            "image encoder with BarcodeBERT as the DNA encoder and adds a hierarchical loss that aligns embeddings "
            "at the order, family, genus and species levels. On BIOSCAN-5M, Kumbrel retrieves the correct species "
            "from images with a macro top-1 accuracy of 58.4% for seen species and 19.7% for unseen species, "
            "compared with 49.0% and 11.2% for CLIBD. At the genus level, accuracy on unseen species is 71.5%. "
            "Clustering the embeddings of unseen species with HDBSCAN yields an adjusted mutual information (AMI) of "
            "0.83 against expert-curated barcode index numbers. On the iNat21 insect subset, Kumbrel's image encoder "
            "alone gains 3.2 points of top-1 accuracy over BioCLIP when fine-tuned with 10% of the labels. Training "
            "takes 31 GPU-hours, and the model runs at 40 ms per image on a Jetson Orin, small enough to be deployed "
            "at light traps."
        ),
        "spans": [
            ("Insect Identification", "T"), ("Kumbrel", "M"), ("BIOSCAN-5M", "D"), ("ViT-B/16", "M"),
            ("BarcodeBERT", "M"), ("macro top-1 accuracy", "X"), ("top-1 accuracy", "X"), ("accuracy", "X"),
            ("CLIBD", "M"), ("HDBSCAN", "M"), ("adjusted mutual information", "X"), ("AMI", "X"),
            ("iNat21", "D"), ("BioCLIP", "M"),
        ],
        "results": [
            ("macro top-1 accuracy of 58.4%", "top-1 accuracy", 58.4, "%", "BIOSCAN-5M", "Kumbrel"),
            ("19.7%", "top-1 accuracy", 19.7, "%", "BIOSCAN-5M", "Kumbrel"),
            ("49.0%", "top-1 accuracy", 49.0, "%", "BIOSCAN-5M", "CLIBD"),
            ("11.2%", "top-1 accuracy", 11.2, "%", "BIOSCAN-5M", "CLIBD"),
            ("accuracy on unseen species is 71.5%", "accuracy", 71.5, "%", None, None),
            ("adjusted mutual information (AMI) of 0.83", "AMI", 0.83, None, None, None),
            ("3.2 points of top-1 accuracy", "top-1 accuracy", 3.2, "points", "iNat21", "Kumbrel"),
            ("Training takes 31 GPU-hours", "training time", 31, "GPU-hours", None, None),
            ("40 ms per image", "latency", 40, "ms", None, None),
        ],
    },
    {
        "field": "ecology-biodiversity",
        "title": "Random Splits Flatter Deep Species Distribution Models: A Re-Evaluation with Spatial Block Cross-Validation",
        "text": (
            "Deep species distribution models (SDMs) are increasingly compared on public benchmarks, yet most "
            "evaluations still split occurrence records at random, so test sites lie a few hundred metres from "
            "training sites and share their climate, land cover and observers. We re-evaluate eleven published "
            "approaches, ranging from MaxEnt and random forests to convolutional encoders of Sentinel-2 imagery and "
            "the implicit neural representation SINR, under spatial block cross-validation on the SatBird and "
            "GeoLifeCLEF 2023 benchmarks and on presence-absence data from the North American Breeding Bird Survey "
            "(BBS). Random splits systematically reward models that memorise location. The satellite encoders, "
            "which rank first under random splits, fall behind gradient-boosted trees on bioclimatic variables once "
            "blocks exceed the range of spatial autocorrelation, and the ordering of the leading approaches changes "
            "on every benchmark. Calibration degrades more than discrimination, so that maps remain visually "
            "plausible while predicted prevalence is badly biased. Presence-only metrics computed against background "
            "points, AUC included, disagree with presence-absence evaluation for nearly half of the species we "
            "inspect, most often for wide-ranging generalists. We argue that benchmark maintainers should publish "
            "spatially blocked splits and that papers should report the true skill statistic and the Brier score on "
            "presence-absence data alongside rank-based measures. We release block definitions, code and all model "
            "outputs so that the comparison can be extended to new models and regions."
        ),
        "spans": [
            ("Species Distribution Models", "M"), ("species distribution models", "M"), ("SDMs", "M"),
            ("Spatial Block Cross-Validation", "M"), ("spatial block cross-validation", "M"), ("MaxEnt", "M"),
            ("random forests", "M"), ("Sentinel-2", "D"), ("implicit neural representation", "M"), ("SINR", "M"),
            ("SatBird", "D"), ("GeoLifeCLEF 2023", "D"), ("North American Breeding Bird Survey", "D"),
            ("BBS", "D"), ("gradient-boosted trees", "M"), ("AUC", "X"), ("true skill statistic", "X"),
            ("Brier score", "X"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ sign-language
    {
        "field": "sign-language",
        "title": "Kivanto: Hand-Trajectory Masked Pre-Training for Isolated Sign Language Recognition",
        "text": (
            "Isolated sign language recognition (ISLR) maps a short video of a single sign to its gloss. Pose-based "
            "models are fast and robust to signer appearance but lag behind RGB models, largely because hand "
            "keypoints from off-the-shelf estimators are noisy during fast finger movements. We propose Kivanto, a "
            "keypoint Transformer pre-trained with a masked motion objective in which whole hand trajectories, rather "
            "than individual frames, are hidden and reconstructed, and fine-tuned with a contrastive loss that pulls "
            "together signs with related meanings. Keypoints are extracted with RTMPose-WholeBody, and no RGB stream "
            "is used at test time. On WLASL2000, Kivanto achieves a per-instance top-1 accuracy of 63.8% and a "
            "per-class top-1 accuracy of 61.2%, outperforming SignBERT+ by 9.1 and 9.6 points, respectively, and "
            "coming within 1.4 points of the per-instance top-1 accuracy of the RGB-pose ensemble NLA-SLR (65.2%). "
            "Kivanto reaches 76.1% and 96.4% per-instance top-1 accuracy on MS-ASL1000 and AUTSL, respectively. The "
            "model has 18M parameters and classifies a sign in 6.3 ms on a desktop GPU, 11\u00d7 faster than NLA-SLR. "
            "With only 20% of the WLASL2000 training videos, accuracy drops by just 4.7 points, suggesting that "
            "masking whole trajectories teaches transferable hand-shape priors."
        ),
        "spans": [
            ("Kivanto", "M"), ("Isolated Sign Language Recognition", "T"), ("Isolated sign language recognition", "T"),
            ("ISLR", "T"), ("Transformer", "M"), ("RTMPose-WholeBody", "M"), ("WLASL2000", "D"),
            ("per-instance top-1 accuracy", "X"), ("per-class top-1 accuracy", "X"),
            ("SignBERT+", "M", {"punct": True}), ("NLA-SLR", "M"), ("MS-ASL1000", "D"), ("AUTSL", "D"),
            ("accuracy", "X"),
        ],
        "results": [
            ("per-instance top-1 accuracy of 63.8%", "per-instance top-1 accuracy", 63.8, "%", "WLASL2000", "Kivanto"),
            ("per-class top-1 accuracy of 61.2%", "per-class top-1 accuracy", 61.2, "%", "WLASL2000", "Kivanto"),
            ("by 9.1", "per-instance top-1 accuracy", 9.1, "points", "WLASL2000", "Kivanto"),
            ("9.6 points", "per-class top-1 accuracy", 9.6, "points", "WLASL2000", "Kivanto"),
            ("within 1.4 points", "per-instance top-1 accuracy", 1.4, "points", "WLASL2000", "Kivanto"),
            ("65.2%", "per-instance top-1 accuracy", 65.2, "%", "WLASL2000", "NLA-SLR"),
            ("76.1%", "per-instance top-1 accuracy", 76.1, "%", "MS-ASL1000", "Kivanto"),
            ("96.4% per-instance top-1 accuracy", "per-instance top-1 accuracy", 96.4, "%", "AUTSL", "Kivanto"),
            ("classifies a sign in 6.3 ms", "latency", 6.3, "ms", None, None),
            ("11\u00d7 faster", "speed-up", 11, "\u00d7", None, None),
            ("accuracy drops by just 4.7 points", "accuracy", 4.7, "points", "WLASL2000", None),
        ],
    },
    {
        "field": "sign-language",
        "title": "Gloss Boundaries Matter: KelderHand for Continuous Sign Language Recognition with Boundary-Aware CTC",
        "text": (
            "Continuous sign language recognition (CSLR) transcribes a signing video into a sequence of glosses "
            "without frame-level alignment, and most systems are trained with Connectionist Temporal Classification "
            "(CTC). The blank-dominated alignments that CTC produces, however, blur the boundaries between "
            "consecutive signs, so that co-articulated transitions are often merged into a single gloss. KelderHand "
            "adds a boundary-aware CTC objective that predicts sign onsets from hand-velocity cues and penalises "
            "alignments that place one gloss across a detected transition. A dual-stream backbone encodes RGB frames "
            "with a ResNet-34 and whole-body keypoints with a graph convolutional network, and the two streams are "
            "fused with learned gates before a BiLSTM sequence model. KelderHand obtains word error rates (WER) of "
            "17.1%/17.6% (dev/test) on PHOENIX-2014, 16.9%/17.8% on PHOENIX-2014T and 24.3%/24.0% on CSL-Daily. "
            "Compared with CorrNet, KelderHand lowers test WER by 1.2, 1.6 and 3.5 points on the three benchmarks, "
            "respectively. Over TwoStream-SLR, which also uses keypoints, the gain on CSL-Daily is 1.1 points. On "
            "fast signers, where deletions dominate, the deletion rate falls by 23% relative to a plain CTC baseline. "
            "Removing the keypoint stream raises test WER on PHOENIX-2014 to 19.4%, confirming that both cues are "
            "needed."
        ),
        "spans": [
            ("KelderHand", "M"), ("Continuous Sign Language Recognition", "T"),
            ("Continuous sign language recognition", "T"), ("CSLR", "T"),
            ("Connectionist Temporal Classification", "M"), ("CTC", "M"), ("ResNet-34", "M"),
            ("graph convolutional network", "M"), ("BiLSTM", "M"), ("word error rates", "X"), ("WER", "X"),
            ("PHOENIX-2014", "D"), ("PHOENIX-2014T", "D"), ("CSL-Daily", "D"), ("CorrNet", "M"),
            ("TwoStream-SLR", "M"), ("deletion rate", "X"),
        ],
        "results": [
            ("word error rates (WER) of 17.1%", "WER", 17.1, "%", "PHOENIX-2014", "KelderHand"),
            ("17.6%", "WER", 17.6, "%", "PHOENIX-2014", "KelderHand"),
            ("16.9%", "WER", 16.9, "%", "PHOENIX-2014T", "KelderHand"),
            ("17.8%", "WER", 17.8, "%", "PHOENIX-2014T", "KelderHand"),
            ("24.3%", "WER", 24.3, "%", "CSL-Daily", "KelderHand"),
            ("24.0%", "WER", 24.0, "%", "CSL-Daily", "KelderHand"),
            ("WER by 1.2", "WER", 1.2, "points", "PHOENIX-2014", "KelderHand"),
            ("1.6", "WER", 1.6, "points", "PHOENIX-2014T", "KelderHand"),
            ("3.5 points", "WER", 3.5, "points", "CSL-Daily", "KelderHand"),
            ("gain on CSL-Daily is 1.1 points", "improvement", 1.1, "points", "CSL-Daily", None),
            ("deletion rate falls by 23%", "deletion rate reduction", 23, "%", None, None),
            ("WER on PHOENIX-2014 to 19.4%", "WER", 19.4, "%", "PHOENIX-2014", None),
        ],
    },
    {
        "field": "sign-language",
        "title": "Gloss-Free Sign Language Translation with a Frozen LLM and Visual Token Compression",
        "text": (
            "Gloss annotations are costly and exist for only a handful of corpora, which has made sign language "
            "translation (SLT) without glosses the focus of recent work. Approaches that connect a visual encoder to "
            "a large language model (LLM) are promising, but long signing videos yield hundreds of visual tokens per "
            "sentence, which inflates cost and dilutes the alignment signal. We present Kiwarra, which compresses a "
            "signing video into a short sequence of sign-level tokens by merging temporally adjacent features whose "
            "similarity exceeds a learned threshold, and feeds them to a frozen Llama-3.1-8B through a lightweight "
            "adapter that is first aligned with sentence embeddings by contrastive pre-training. No gloss, keypoint "
            "or pose supervision is used at any stage. On PHOENIX-2014T, Kiwarra reaches 26.9 BLEU-4 and 53.1 "
            "ROUGE-L (GFSLT-VLP: 21.4/42.5; Sign2GPT: 22.5/48.9). On CSL-Daily, BLEU-4 improves from 20.1 to 23.4 "
            "over the strongest gloss-free baseline. On the open-domain How2Sign benchmark, where scores remain low "
            "for every system, Kiwarra reaches 12.6 BLEU-4 after pre-training on YouTube-ASL, against 11.9 for the "
            "best published result. Token merging shortens the visual sequence by 5.8\u00d7 on average and reduces "
            "decoding latency by 41%. A human evaluation with deaf signers shows, however, that higher BLEU-4 does "
            "not always mean more faithful translations, and we analyse where the model hallucinates content that "
            "was never signed."
        ),
        "spans": [
            ("Sign Language Translation", "T"), ("sign language translation", "T"), ("SLT", "T"), ("LLM", "M"),
            ("large language model", "M"), ("Kiwarra", "M"), ("Llama-3.1-8B", "M"), ("contrastive pre-training", "M"),
            ("PHOENIX-2014T", "D"), ("BLEU-4", "X"), ("ROUGE-L", "X"), ("GFSLT-VLP", "M"), ("Sign2GPT", "M"),
            ("CSL-Daily", "D"), ("How2Sign", "D"), ("YouTube-ASL", "D"), ("Token merging", "M"),
            ("decoding latency", "X"),
        ],
        "results": [
            ("26.9 BLEU-4", "BLEU-4", 26.9, None, "PHOENIX-2014T", "Kiwarra"),
            ("53.1 ROUGE-L", "ROUGE-L", 53.1, None, "PHOENIX-2014T", "Kiwarra"),
            ("21.4", "BLEU-4", 21.4, None, "PHOENIX-2014T", "GFSLT-VLP"),
            ("42.5", "ROUGE-L", 42.5, None, "PHOENIX-2014T", "GFSLT-VLP"),
            ("22.5", "BLEU-4", 22.5, None, "PHOENIX-2014T", "Sign2GPT"),
            ("48.9", "ROUGE-L", 48.9, None, "PHOENIX-2014T", "Sign2GPT"),
            ("BLEU-4 improves from 20.1 to 23.4", "BLEU-4", 23.4, None, "CSL-Daily", None),
            ("12.6 BLEU-4", "BLEU-4", 12.6, None, "How2Sign", "Kiwarra"),
            ("11.9", "BLEU-4", 11.9, None, "How2Sign", None),
            ("shortens the visual sequence by 5.8\u00d7", "sequence length reduction", 5.8, "\u00d7", None,
             "Token merging"),
            ("reduces decoding latency by 41%", "decoding latency reduction", 41, "%", None, "Token merging"),
        ],
    },
    {
        "field": "sign-language",
        "title": "Kopaline: Text-to-Pose Sign Language Production with Discrete Motion Codes and Flow Matching",
        "text": (
            "Sign language production (SLP) generates signing from spoken-language text, usually as a sequence of 3D "
            "skeletal poses that can drive an avatar or a photorealistic renderer. Autoregressive models such as "
            "Progressive Transformers regress towards the mean pose and produce under-articulated hands, while "
            "diffusion models are slow to sample. Kopaline first quantizes hand, body and face motion into separate "
            "codebooks with a VQ-VAE, then predicts code sequences from text with a non-autoregressive Transformer "
            "conditioned on mBART encoder states, and finally refines the decoded poses with flow matching in four "
            "integration steps. Evaluated on PHOENIX-2014T, Kopaline attains a back-translation BLEU-4 of 14.82 on "
            "the test set, compared with 10.43 for G2P-DDM and 12.67 for T2S-GPT, and lowers the dynamic time warping "
            "mean joint error (DTW-MJE) from 0.116 to 0.089. On How2Sign, Kopaline raises back-translation BLEU-4 to "
            "6.14 and reduces the Fr\u00e9chet gesture distance by 31% relative to T2S-GPT. A full sentence is "
            "generated in 0.21 s, roughly 9\u00d7 faster than G2P-DDM. In a study with 14 Deaf signers of German Sign "
            "Language, Kopaline's output was rated more comprehensible than that of T2S-GPT in 64% of pairwise "
            "comparisons, although both systems remain far below human signing."
        ),
        "spans": [
            ("Kopaline", "M"), ("Text-to-Pose Sign Language Production", "T"), ("Flow Matching", "M"),
            ("Sign language production", "T"), ("SLP", "T"), ("Autoregressive models", "M"),
            ("Progressive Transformers", "M"), ("diffusion models", "M"), ("VQ-VAE", "M"), ("Transformer", "M"),
            ("mBART", "M"), ("flow matching", "M"), ("PHOENIX-2014T", "D"), ("back-translation BLEU-4", "X"),
            ("G2P-DDM", "M"), ("T2S-GPT", "M"), ("dynamic time warping mean joint error", "X"), ("DTW-MJE", "X"),
            ("How2Sign", "D"), ("Fr\u00e9chet gesture distance", "X"),
        ],
        "results": [
            ("back-translation BLEU-4 of 14.82", "back-translation BLEU-4", 14.82, None, "PHOENIX-2014T", "Kopaline"),
            ("10.43 for G2P-DDM", "back-translation BLEU-4", 10.43, None, "PHOENIX-2014T", "G2P-DDM"),
            ("12.67 for T2S-GPT", "back-translation BLEU-4", 12.67, None, "PHOENIX-2014T", "T2S-GPT"),
            ("dynamic time warping mean joint error (DTW-MJE) from 0.116 to 0.089", "DTW-MJE", 0.089, None,
             "PHOENIX-2014T", "Kopaline"),
            ("back-translation BLEU-4 to 6.14", "back-translation BLEU-4", 6.14, None, "How2Sign", "Kopaline"),
            ("Fr\u00e9chet gesture distance by 31%", "Fr\u00e9chet gesture distance reduction", 31, "%", "How2Sign",
             "Kopaline"),
            ("generated in 0.21 s", "generation time", 0.21, "s", None, None),
            ("9\u00d7 faster", "speed-up", 9, "\u00d7", None, None),
            ("in 64% of pairwise comparisons", "win rate", 64, "%", None, "Kopaline"),
        ],
    },
    {
        "field": "sign-language",
        "title": "Kelmiro: Streaming Hand Gesture Recognition on Microcontrollers",
        "text": (
            "Touchless interfaces in cars and wearables need hand gesture recognition that runs continuously on "
            "hardware with a few hundred kilobytes of memory. Clip-level 3D CNNs such as I3D and X3D are accurate but "
            "recompute overlapping windows, and video Transformers exceed the memory of microcontrollers by orders of "
            "magnitude. We present Kelmiro, a streaming recogniser built from causal temporal convolutional network "
            "(TCN) blocks whose states are cached between frames, with one head that detects gesture onsets and one "
            "that classifies the gesture. Each new frame costs 4.1 MFLOPs. Kelmiro is trained with knowledge "
            "distillation from an offline VideoMAE teacher, and with 8-bit post-training quantization the model fits "
            "in 212 KB of SRAM. On Jester, Kelmiro reaches 95.2% top-1 accuracy, within 1.9 points of its teacher, "
            "and 91.7% on EgoGesture. For continuous gesture recognition on IPN Hand, Kelmiro attains a Levenshtein "
            "accuracy of 74.3%, above the 65.9% of a two-stage ResNeXt-101 detector-classifier pipeline. On an Arm "
            "Cortex-M7 running at 480 MHz, end-to-end latency is 38 ms and energy consumption 1.2 mJ per frame, a "
            "6.5\u00d7 reduction in energy consumption relative to TSM with a MobileNetV2 backbone on the same board. "
            "A 24-person user study further shows that reacting at the detected onset, rather than after the "
            "gesture has ended, makes the interface feel markedly more responsive."
        ),
        "spans": [
            ("Kelmiro", "M"), ("Hand Gesture Recognition", "T"), ("hand gesture recognition", "T"),
            ("3D CNNs", "M"), ("I3D", "M"), ("X3D", "M"), ("video Transformers", "M"),
            ("temporal convolutional network", "M"), ("TCN", "M"), ("MFLOPs", "X"), ("knowledge distillation", "M"),
            ("VideoMAE", "M"), ("post-training quantization", "M"), ("Jester", "D"), ("top-1 accuracy", "X"),
            ("EgoGesture", "D"), ("continuous gesture recognition", "T"), ("IPN Hand", "D"),
            ("Levenshtein accuracy", "X"), ("ResNeXt-101", "M"), ("end-to-end latency", "X"),
            ("energy consumption", "X"), ("TSM", "M"), ("MobileNetV2", "M"),
        ],
        "results": [
            ("4.1 MFLOPs", "FLOPs", 4.1, "M", None, None),
            ("fits in 212 KB", "memory footprint", 212, "KB", None, "Kelmiro"),
            ("95.2% top-1 accuracy", "top-1 accuracy", 95.2, "%", "Jester", "Kelmiro"),
            ("within 1.9 points", "top-1 accuracy", 1.9, "points", "Jester", "Kelmiro"),
            ("91.7%", "top-1 accuracy", 91.7, "%", "EgoGesture", "Kelmiro"),
            ("Levenshtein accuracy of 74.3%", "Levenshtein accuracy", 74.3, "%", "IPN Hand", "Kelmiro"),
            ("65.9%", "Levenshtein accuracy", 65.9, "%", "IPN Hand", "ResNeXt-101"),
            ("end-to-end latency is 38 ms", "end-to-end latency", 38, "ms", None, None),
            ("energy consumption 1.2 mJ", "energy consumption", 1.2, "mJ", None, None),
            ("6.5\u00d7 reduction in energy consumption", "energy consumption reduction", 6.5, "\u00d7", None, None),
        ],
    },
    {
        "field": "sign-language",
        "title": "Kellowyn: Fingerspelling Recognition in the Wild Across Signers, Devices and Speeds",
        "text": (
            "Fingerspelling carries names, technical terms and loanwords in American Sign Language, yet "
            "fingerspelling recognition models trained on ChicagoFSWild and ChicagoFSWild+ are rarely tested on "
            "signers, cameras and lighting far from those collections. We present Kellowyn, a benchmark of 41,600 "
            "fingerspelled sequences from 312 signers who recorded themselves with their own phones and webcams, "
            "covering one-handed and two-handed styles, left-handed signers and low-frame-rate video. Every sequence "
            "is transcribed independently by two Deaf annotators, and the test set is partitioned by signer, device "
            "and signing speed so that failures can be traced to a cause. We evaluate pose-based and RGB-based "
            "recognisers, among them a Conformer trained with CTC on hand keypoints and a Transformer "
            "encoder-decoder that reads cropped hand regions, all pre-trained on ChicagoFSWild+. On Kellowyn, the "
            "best system reaches a letter accuracy of only 52.6%, and errors grow fastest for sequences signed faster "
            "than five letters per second. Fine-tuning on the Kellowyn training split recovers part of the loss, but "
            "left-handed signers and two-handed styles remain the hardest conditions for every model. We release "
            "videos collected with signer consent, together with keypoints, transcripts and an evaluation script, and "
            "we report character error rate (CER) alongside letter accuracy to ease comparison with speech "
            "recognition."
        ),
        "spans": [
            ("Kellowyn", "D"), ("Fingerspelling Recognition", "T"), ("fingerspelling recognition", "T"),
            ("ChicagoFSWild", "D"), ("ChicagoFSWild+", "D", {"punct": True}), ("Conformer", "M"), ("CTC", "M"),
            ("Transformer", "M"), ("letter accuracy", "X"), ("character error rate", "X"), ("CER", "X"),
            ("speech recognition", "T"),
        ],
        "results": [
            ("letter accuracy of only 52.6%", "letter accuracy", 52.6, "%", "Kellowyn", None),
        ],
    },
]
