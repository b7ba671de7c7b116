"""fresh16 records: visual-place-recognition (6) and machine-unlearning (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind):
the pipeline and its output were never looked at."""

COINED = ["Ejvarro", "Ejsketta", "Ejmaund", "Ejkrona", "Ejtallow", "Ejlumbra",
          "Ejforsk", "Ejblight", "Ejwenna", "Ejrasmo", "Ejquelle", "Ejdusk"]

RECS = [
    # ------------------------------------------------------------ visual-place-recognition
    {
        "field": "visual-place-recognition",
        "title": "Ejvarro: Sparse Landmark Token Pooling over Frozen DINOv2 Features for Single-Stage Visual Place "
                 "Recognition",
        "text": (
            "Visual place recognition (VPR) is usually cast as image retrieval: a query photo is matched against a "
            "geotagged database by comparing global descriptors. Recent aggregators built on DINOv2, such as SALAD "
            "and BoQ, have pushed Recall@1 close to saturation on urban benchmarks, but they pool every patch token, "
            "including those covering cars, pedestrians and sky that carry no information about the place. We propose "
            "Ejvarro, an aggregation head that scores patch tokens with a lightweight landmark predictor, keeps the "
            "top 12% and pools them with learned cluster queries into a 4,096-dimensional descriptor. Ejvarro is "
            "trained on GSV-Cities with a multi-similarity loss while the first ten blocks of a DINOv2 ViT-B/14 "
            "backbone stay frozen. Without any re-ranking, Ejvarro reaches Recall@1 of 93.1% on Pitts30k-test, 92.8% "
            "on MSLS-val, 80.2% on Nordland and 96.5% on SPED, against 92.4%, 92.2%, 76.0% and 92.1% for SALAD. The "
            "largest gain, +7.9 points over BoQ on Tokyo 24/7, comes from night queries, where sparsification "
            "discards over-exposed regions. Because only the retained tokens enter the aggregation, descriptor "
            "extraction takes 9.4 ms per image on an RTX 4090, 1.6\u00d7 faster than BoQ at the same resolution. We "
            "also find that the landmark scores, learned without any supervision, concentrate on building facades "
            "and road signage, which makes the retrieved matches easy to inspect."
        ),
        "spans": [
            ("Ejvarro", "M"), ("DINOv2", "M"), ("Visual Place Recognition", "T"), ("Visual place recognition", "T"),
            ("VPR", "T"), ("image retrieval", "T"), ("SALAD", "M"), ("BoQ", "M"), ("Recall@1", "X"),
            ("GSV-Cities", "D"), ("multi-similarity loss", "M"), ("DINOv2 ViT-B/14", "M"), ("re-ranking", "M"),
            ("Pitts30k-test", "D"), ("MSLS-val", "D"), ("Nordland", "D"), ("SPED", "D"), ("Tokyo 24/7", "D"),
        ],
        "results": [
            ("Recall@1 of 93.1%", "Recall@1", 93.1, "%", "Pitts30k-test", "Ejvarro"),
            ("92.8%", "Recall@1", 92.8, "%", "MSLS-val", "Ejvarro"),
            ("80.2%", "Recall@1", 80.2, "%", "Nordland", "Ejvarro"),
            ("96.5%", "Recall@1", 96.5, "%", "SPED", "Ejvarro"),
            ("92.4%", "Recall@1", 92.4, "%", "Pitts30k-test", "SALAD"),
            ("92.2%", "Recall@1", 92.2, "%", "MSLS-val", "SALAD"),
            ("76.0%", "Recall@1", 76.0, "%", "Nordland", "SALAD"),
            ("92.1%", "Recall@1", 92.1, "%", "SPED", "SALAD"),
            ("+7.9 points", "improvement", 7.9, "points", "Tokyo 24/7", None),
            ("descriptor extraction takes 9.4 ms", "descriptor extraction time", 9.4, "ms", None, None),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", None, None),
        ],
    },
    {
        "field": "visual-place-recognition",
        "title": "Ejsketta: Memory-Light Geometric Re-Ranking for Visual Place Recognition with Distilled Binary "
                 "Keypoints",
        "text": (
            "Two-stage pipelines for visual place recognition first shortlist database images with a global "
            "descriptor and then re-rank the shortlist by matching local features. Patch-NetVLAD, TransVPR and "
            "R2Former all follow this recipe, and SelaVPR showed that a single DINOv2 backbone can serve both stages. "
            "The re-ranking stage, however, stores dense local descriptors for every database image, which for "
            "city-scale maps such as SF-XL runs to terabytes. Ejsketta distils the dense features of a frozen teacher "
            "into 64 keypoints per image with 32-byte binary descriptors and scores a candidate by the number of "
            "mutual nearest neighbours that pass a learned geometric consistency check instead of RANSAC. On "
            "MSLS-challenge, Ejsketta improves Recall@1 from 69.6 for SelaVPR to 73.4 and Recall@5 to 86.9, and on "
            "Tokyo 24/7 it reaches 95.2 R@1. For SF-XL, the local-feature database shrinks from 1.3 TB for "
            "Patch-NetVLAD to 11 GB, a 118\u00d7 memory reduction. The re-ranking latency for 100 candidates is 23 ms "
            "on a single GPU, compared with 1.9 s for Patch-NetVLAD and 126 ms for R2Former. Ablations show that the "
            "learned consistency check, not the keypoint budget, accounts for most of the gain over plain mutual "
            "nearest-neighbour counting, and that binarizing the descriptors costs little once the check is trained "
            "with them. Code and pretrained models are released."
        ),
        "spans": [
            ("Ejsketta", "M"), ("Geometric Re-Ranking", "M"), ("Visual Place Recognition", "T"),
            ("visual place recognition", "T"), ("Patch-NetVLAD", "M"), ("TransVPR", "M"), ("R2Former", "M"),
            ("SelaVPR", "M"), ("DINOv2", "M"), ("re-ranking", "M"), ("SF-XL", "D"), ("RANSAC", "M"),
            ("MSLS-challenge", "D"), ("Recall@1", "X"), ("Recall@5", "X"), ("Tokyo 24/7", "D"), ("R@1", "X"),
            ("memory reduction", "X"), ("re-ranking latency", "X"),
        ],
        "results": [
            ("Recall@1 from 69.6", "Recall@1", 69.6, None, "MSLS-challenge", "SelaVPR"),
            ("73.4", "Recall@1", 73.4, None, "MSLS-challenge", "Ejsketta"),
            ("Recall@5 to 86.9", "Recall@5", 86.9, None, "MSLS-challenge", "Ejsketta"),
            ("95.2 R@1", "Recall@1", 95.2, None, "Tokyo 24/7", "Ejsketta"),
            ("1.3 TB", "database size", 1.3, "TB", "SF-XL", "Patch-NetVLAD"),
            ("to 11 GB", "database size", 11, "GB", "SF-XL", None),
            ("118\u00d7 memory reduction", "memory reduction", 118, "\u00d7", "SF-XL", None),
            ("re-ranking latency for 100 candidates is 23 ms", "re-ranking latency", 23, "ms", None, None),
            ("1.9 s for Patch-NetVLAD", "re-ranking latency", 1.9, "s", None, "Patch-NetVLAD"),
            ("126 ms for R2Former", "re-ranking latency", 126, "ms", None, "R2Former"),
        ],
    },
    {
        "field": "visual-place-recognition",
        "title": "Ejmaund: Retrieval-Refined Semantic Cells for Planet-Scale Image Geo-Localization",
        "text": (
            "Worldwide image geo-localization asks a model to predict the GPS coordinates of a photo taken anywhere "
            "on Earth. Classification over geographic cells, as in PlaNet, scales to the whole planet but caps "
            "precision at the cell size, whereas retrieval against a gallery of GPS coordinates, as in GeoCLIP, is "
            "precise only where the gallery is dense. Ejmaund combines the two: a CLIP ViT-L/14 image encoder "
            "predicts a distribution over 21,000 semantic cells, and the top cells are refined by retrieving "
            "neighbours from a 4.7-million-image gallery and regressing an offset inside the winning cell. The model "
            "is trained on MP-16 and evaluated on Im2GPS3k and YFCC4k. On Im2GPS3k, Ejmaund localizes 16.8%, 44.1%, "
            "60.3%, 76.5% and 89.9% of images within 1 km, 25 km, 200 km, 750 km and 2,500 km, respectively, "
            "improving street-level accuracy by 2.4 points over GeoCLIP. On YFCC4k, city-level accuracy (25 km) "
            "rises from 21.7% with PIGEOTTO to 27.9%, and the median distance error falls to 287 km. On the recent "
            "OSV-5M benchmark, Ejmaund obtains a GeoScore of 3,612 and a country accuracy of 71.4%. Inference costs "
            "41 ms per image, of which retrieval accounts for only 6 ms, making the approach practical for indexing "
            "large personal photo collections."
        ),
        "spans": [
            ("Ejmaund", "M"), ("Image Geo-Localization", "T"), ("image geo-localization", "T"), ("PlaNet", "M"),
            ("GeoCLIP", "M"), ("CLIP ViT-L/14", "M"), ("MP-16", "D"), ("Im2GPS3k", "D"), ("YFCC4k", "D"),
            ("street-level accuracy", "X"), ("city-level accuracy", "X"), ("PIGEOTTO", "M"),
            ("median distance error", "X"), ("OSV-5M", "D"), ("GeoScore", "X"), ("country accuracy", "X"),
        ],
        "results": [
            ("16.8%", "street-level accuracy", 16.8, "%", "Im2GPS3k", "Ejmaund"),
            ("44.1%", "city-level accuracy", 44.1, "%", "Im2GPS3k", "Ejmaund"),
            ("60.3%", "region-level accuracy", 60.3, "%", "Im2GPS3k", "Ejmaund"),
            ("76.5%", "country-level accuracy", 76.5, "%", "Im2GPS3k", "Ejmaund"),
            ("89.9%", "continent-level accuracy", 89.9, "%", "Im2GPS3k", "Ejmaund"),
            ("street-level accuracy by 2.4 points", "street-level accuracy", 2.4, "points", "Im2GPS3k", "Ejmaund"),
            ("21.7% with PIGEOTTO", "city-level accuracy", 21.7, "%", "YFCC4k", "PIGEOTTO"),
            ("to 27.9%", "city-level accuracy", 27.9, "%", "YFCC4k", None),
            ("median distance error falls to 287 km", "median distance error", 287, "km", "YFCC4k", None),
            ("GeoScore of 3,612", "GeoScore", 3612, None, "OSV-5M", "Ejmaund"),
            ("country accuracy of 71.4%", "country accuracy", 71.4, "%", "OSV-5M", "Ejmaund"),
            ("Inference costs 41 ms", "inference time", 41, "ms", None, None),
            ("retrieval accounts for only 6 ms", "retrieval time", 6, "ms", None, None),
        ],
    },
    {
        "field": "visual-place-recognition",
        "title": "Ejkrona: Bird's-Eye Token Alignment with a Compact Mamba Encoder for Cross-View Geo-Localization",
        "text": (
            "Cross-view geo-localization matches a ground-level or drone image against a database of geo-tagged "
            "satellite tiles, and the large viewpoint and appearance gap between the two domains makes it one of the "
            "hardest settings of visual place recognition. State-of-the-art models such as Sample4Geo and TransGeo "
            "rely on ConvNeXt or ViT backbones with tens of millions of parameters per branch and on hard-negative "
            "mining schedules that lengthen training. We present Ejkrona, which projects ground features into a "
            "bird's-eye-view token grid using a depth-free polar transform and aligns them with satellite tokens "
            "inside a shared bidirectional Mamba encoder of only 13.2M parameters. Trained with a symmetric InfoNCE "
            "loss and no mining, Ejkrona achieves R@1 of 98.9% on CVUSA and 93.0% on CVACT_val, on par with "
            "Sample4Geo (98.7% and 92.6%). On the cross-area split of VIGOR, it improves R@1 from 61.7% to 66.2%. "
            "For drone-to-satellite retrieval on University-1652, Ejkrona reaches 93.6% R@1 and 94.7% AP, "
            "surpassing Sample4Geo by 1.1 and 1.0 points. Ejkrona requires only 5.9 GFLOPs per image pair, 3.4\u00d7 "
            "fewer than Sample4Geo, and trains in 9 hours on a single A100. These results suggest that explicit "
            "geometric projection can replace much of the capacity that current cross-view models spend on learning "
            "the viewpoint change implicitly."
        ),
        "spans": [
            ("Ejkrona", "M"), ("Mamba", "M"), ("Cross-View Geo-Localization", "T"),
            ("Cross-view geo-localization", "T"), ("visual place recognition", "T"), ("Sample4Geo", "M"),
            ("TransGeo", "M"), ("ConvNeXt", "M"), ("ViT", "M"), ("hard-negative mining", "M"),
            ("polar transform", "M"), ("InfoNCE loss", "M"), ("R@1", "X"), ("CVUSA", "D"), ("CVACT_val", "D"),
            ("VIGOR", "D"), ("drone-to-satellite retrieval", "T"), ("University-1652", "D"), ("AP", "X"),
            ("GFLOPs", "X"),
        ],
        "results": [
            ("R@1 of 98.9%", "Recall@1", 98.9, "%", "CVUSA", "Ejkrona"),
            ("93.0%", "Recall@1", 93.0, "%", "CVACT_val", "Ejkrona"),
            ("98.7%", "Recall@1", 98.7, "%", "CVUSA", "Sample4Geo"),
            ("92.6%", "Recall@1", 92.6, "%", "CVACT_val", "Sample4Geo"),
            ("R@1 from 61.7% to 66.2%", "Recall@1", 66.2, "%", "VIGOR", None),
            ("93.6% R@1", "Recall@1", 93.6, "%", "University-1652", "Ejkrona"),
            ("94.7% AP", "AP", 94.7, "%", "University-1652", "Ejkrona"),
            ("1.1", "Recall@1", 1.1, "points", "University-1652", "Ejkrona"),
            ("1.0 points", "AP", 1.0, "points", "University-1652", "Ejkrona"),
            ("5.9 GFLOPs", "GFLOPs", 5.9, None, None, "Ejkrona"),
            ("3.4\u00d7 fewer", "GFLOPs reduction", 3.4, "\u00d7", None, "Ejkrona"),
            ("trains in 9 hours", "training time", 9, "h", None, "Ejkrona"),
        ],
    },
    {
        "field": "visual-place-recognition",
        "title": "Ejtallow: Self-Supervised Test-Time Adaptation of Place Descriptors across Seasons",
        "text": (
            "Robots that revisit the same environment for months see it under changing seasons, weather and "
            "illumination, and the global descriptors of visual place recognition models trained on urban "
            "street-view imagery degrade accordingly. We study this drift on Nordland, Oxford RobotCar and 4Seasons "
            "and find that Recall@1 of a frozen MixVPR model drops by up to 31 points between summer and winter "
            "traversals. We propose Ejtallow, a test-time adaptation scheme that updates only the normalization "
            "layers and the aggregation head of a VPR model, using the agreement between consecutive frames of the "
            "incoming sequence as a self-supervised signal and a small replay buffer of confident matches to prevent "
            "drift. Ejtallow needs no labels, no ground-truth poses and no access to the training data. Applied to "
            "MixVPR, EigenPlaces and CosPlace, it raises average Recall@1 on the winter sequences by 9.7, 11.2 and "
            "12.5 points, respectively, and outperforms the test-time adaptation baselines TENT and CoTTA, which "
            "collapse on long sequences. Ejtallow also improves loop closure detection in ORB-SLAM3 on 4Seasons, "
            "where precision at 100% recall rises from 0.71 to 0.86. The additional cost is one backward pass every "
            "ten frames, which keeps the full pipeline real-time on an embedded Jetson AGX Orin board."
        ),
        "spans": [
            ("Ejtallow", "M"), ("Test-Time Adaptation", "T"), ("visual place recognition", "T"), ("Nordland", "D"),
            ("Oxford RobotCar", "D"), ("4Seasons", "D"), ("Recall@1", "X"), ("MixVPR", "M"),
            ("test-time adaptation", "T"), ("VPR", "T"), ("EigenPlaces", "M"), ("CosPlace", "M"),
            ("average Recall@1", "X"), ("TENT", "M"), ("CoTTA", "M"), ("loop closure detection", "T"),
            ("ORB-SLAM3", "M"), ("precision at 100% recall", "X"),
        ],
        "results": [
            ("Recall@1 of a frozen MixVPR model drops by up to 31 points", "Recall@1", 31, "points", None, "MixVPR"),
            ("9.7", "Recall@1", 9.7, "points", None, "MixVPR"),
            ("11.2", "Recall@1", 11.2, "points", None, "EigenPlaces"),
            ("12.5 points", "Recall@1", 12.5, "points", None, "CosPlace"),
            ("precision at 100% recall rises from 0.71 to 0.86", "precision at 100% recall", 0.86, None, "4Seasons",
             "Ejtallow"),
        ],
    },
    {
        "field": "visual-place-recognition",
        "title": "Ejlumbra: Learned Product Quantization of Place Descriptors for City-Scale Visual Place Recognition "
                 "on Embedded Devices",
        "text": (
            "Global descriptors produced by modern visual place recognition models such as EigenPlaces, SALAD and "
            "CricaVPR are 2,048 to 8,448 floating-point values long, so a database covering a city at street-view "
            "density no longer fits in the memory of an embedded robot. Post-hoc compression with PCA or product "
            "quantization (PQ) saves memory but costs several points of recall. We introduce Ejlumbra, which learns "
            "the quantization jointly with the descriptor: a differentiable PQ layer with 32 sub-codebooks is trained "
            "end to end on GSV-Cities, together with a distillation loss that preserves the ranking of the "
            "full-precision teacher. Each place is stored in 32 bytes, a 1,056\u00d7 compression ratio over SALAD. "
            "On Pitts250k-test, MSLS-val, SF-XL test v1 and AmsterTime, Ejlumbra obtains Recall@1 of 92.7, 90.1, "
            "85.3 and 55.8, respectively, within 2.1 points of its full-precision teacher on average, while standard "
            "PQ applied after PCA loses 9.4 points. Searching a 2.8-million-image database takes 14 ms per query on "
            "a Raspberry Pi 5 with asymmetric distance computation, against 1.7 s for exhaustive search over float "
            "descriptors. Peak memory falls from 47 GB to 90 MB. Ejlumbra thus makes city-scale localization "
            "feasible on robots without a network connection to a mapping server."
        ),
        "spans": [
            ("Ejlumbra", "M"), ("Product Quantization", "M"), ("Visual Place Recognition", "T"),
            ("visual place recognition", "T"), ("EigenPlaces", "M"), ("SALAD", "M"), ("CricaVPR", "M"),
            ("PCA", "M"), ("product quantization", "M"), ("PQ", "M"), ("recall", "X"), ("quantization", "M"),
            ("GSV-Cities", "D"), ("distillation", "M"), ("compression ratio", "X"), ("Pitts250k-test", "D"),
            ("MSLS-val", "D"), ("SF-XL test v1", "D"), ("AmsterTime", "D"), ("Recall@1", "X"),
            ("asymmetric distance computation", "M"), ("Peak memory", "X"),
        ],
        "results": [
            ("1,056\u00d7 compression ratio", "compression ratio", 1056, "\u00d7", None, None),
            ("Recall@1 of 92.7", "Recall@1", 92.7, None, "Pitts250k-test", "Ejlumbra"),
            ("90.1", "Recall@1", 90.1, None, "MSLS-val", "Ejlumbra"),
            ("85.3", "Recall@1", 85.3, None, "SF-XL test v1", "Ejlumbra"),
            ("55.8", "Recall@1", 55.8, None, "AmsterTime", "Ejlumbra"),
            ("within 2.1 points", "Recall@1", 2.1, "points", None, "Ejlumbra"),
            ("loses 9.4 points", "Recall@1", 9.4, "points", None, "PQ"),
            ("Searching a 2.8-million-image database takes 14 ms", "search time", 14, "ms", None, None),
            ("1.7 s", "search time", 1.7, "s", None, None),
            ("Peak memory falls from 47 GB to 90 MB", "peak memory", 90, "MB", None, None),
        ],
    },
    # ------------------------------------------------------------ machine-unlearning
    {
        "field": "machine-unlearning",
        "title": "Ejforsk: Saliency-Gated Negative Preference Optimization for Forgetting without Utility Collapse",
        "text": (
            "Large language models memorize personal and copyrighted text, and regulation increasingly asks that "
            "specific data be removed after training. Gradient ascent (GA) and negative preference optimization (NPO) "
            "unlearn a forget set by pushing down its likelihood, but both update every weight and, as the forget "
            "set grows, drive the model towards gibberish. We propose Ejforsk, which restricts NPO updates to the "
            "weights whose gradient saliency on the forget set most exceeds their saliency on a retain set, and "
            "anneals the preference temperature per example so that already-forgotten samples stop contributing "
            "gradient. On TOFU with Llama-2-7B-chat, forgetting 10% of the fictitious authors, Ejforsk reaches a "
            "forget quality of 0.92 while keeping model utility at 0.61, compared with 0.58 and 0.44 for NPO, while "
            "GA collapses entirely (model utility 0.00). On MUSE-News, Ejforsk lowers VerbMem on the forget set to "
            "0.8 and KnowMem to 3.1, while KnowMem on the retain set stays at 41.2 (SimNPO: 33.4; RMU: 29.8), and its "
            "PrivLeak of -4.6% is the closest to zero among the evaluated methods. Only 3% of the weights are "
            "updated, which cuts unlearning time from 52 to 19 minutes on one A100. After relearning on 100 forget "
            "samples, the forget quality of Ejforsk remains 0.71, whereas that of NPO drops to 0.09."
        ),
        "spans": [
            ("Ejforsk", "M"), ("Negative Preference Optimization", "M"), ("Large language models", "M"),
            ("Gradient ascent", "M"), ("GA", "M"), ("negative preference optimization", "M"), ("NPO", "M"),
            ("TOFU", "D"), ("Llama-2-7B-chat", "M"), ("forget quality", "X"), ("model utility", "X"),
            ("MUSE-News", "D"), ("VerbMem", "X"), ("KnowMem", "X"), ("SimNPO", "M"), ("RMU", "M"),
            ("PrivLeak", "X"), ("unlearning time", "X"),
        ],
        "results": [
            ("forget quality of 0.92", "forget quality", 0.92, None, "TOFU", "Ejforsk"),
            ("model utility at 0.61", "model utility", 0.61, None, "TOFU", "Ejforsk"),
            ("0.58", "forget quality", 0.58, None, "TOFU", "NPO"),
            ("0.44", "model utility", 0.44, None, "TOFU", "NPO"),
            ("model utility 0.00", "model utility", 0.0, None, "TOFU", "GA"),
            ("VerbMem on the forget set to 0.8", "VerbMem", 0.8, None, "MUSE-News", "Ejforsk"),
            ("KnowMem to 3.1", "KnowMem", 3.1, None, "MUSE-News", "Ejforsk"),
            ("KnowMem on the retain set stays at 41.2", "KnowMem", 41.2, None, "MUSE-News", "Ejforsk"),
            ("SimNPO: 33.4", "KnowMem", 33.4, None, "MUSE-News", "SimNPO"),
            ("RMU: 29.8", "KnowMem", 29.8, None, "MUSE-News", "RMU"),
            ("PrivLeak of -4.6%", "PrivLeak", -4.6, "%", "MUSE-News", "Ejforsk"),
            ("unlearning time from 52 to 19 minutes", "unlearning time", 19, "min", None, None),
            ("forget quality of Ejforsk remains 0.71", "forget quality", 0.71, None, None, "Ejforsk"),
            ("NPO drops to 0.09", "forget quality", 0.09, None, None, "NPO"),
        ],
    },
    {
        "field": "machine-unlearning",
        "title": "Ejblight: Curvature-Aware Weight Saliency for Random-Data Forgetting at Retrain-Level Fidelity",
        "text": (
            "Approximate machine unlearning aims to make a trained model behave as if a forget set had never been "
            "seen, at a fraction of the cost of retraining from scratch (Retrain), the exact but expensive gold "
            "standard. Saliency-based methods such as SalUn mask the weights to update by gradient magnitude, which "
            "works well for class-wise forgetting but leaves a sizeable gap to Retrain in random data forgetting, "
            "where the forget set is a random 10% of the training data. We propose Ejblight, which ranks weights by a "
            "diagonal Fisher estimate of their curvature on the retain set and updates only those that are both "
            "salient for the forget set and flat for the retained data, followed by a short random-labeling phase. "
            "Following the standard protocol, we report unlearning accuracy (UA), remaining accuracy (RA), testing "
            "accuracy (TA), MIA-Efficacy and their average gap to Retrain. With ResNet-18 on CIFAR-10, Ejblight "
            "achieves UA, RA, TA and MIA-Efficacy of 5.31%, 99.42%, 94.01% and 12.96%, against 5.24%, 100.00%, "
            "94.26% and 12.88% for Retrain, an average gap of 0.17 versus 0.84 for SalUn and 1.71 for SCRUB. On "
            "CIFAR-100 and Tiny-ImageNet the average gap is 0.62 and 0.95, respectively, roughly half that of "
            "\u21131-sparse. The run-time efficiency (RTE) of Ejblight is 2.1 minutes, a 21\u00d7 speed-up over "
            "Retrain, and the same saliency mask transfers to a ViT-B/16 without retuning."
        ),
        "spans": [
            ("Ejblight", "M"), ("Random-Data Forgetting", "T"), ("Retrain", "M"), ("machine unlearning", "T"),
            ("retraining from scratch", "M"), ("SalUn", "M"), ("class-wise forgetting", "T"),
            ("random data forgetting", "T"), ("random-labeling", "M"), ("unlearning accuracy", "X"), ("UA", "X"),
            ("remaining accuracy", "X"), ("RA", "X"), ("testing accuracy", "X"), ("TA", "X"), ("MIA-Efficacy", "X"),
            ("average gap", "X"), ("ResNet-18", "M"), ("CIFAR-10", "D"), ("SCRUB", "M"), ("CIFAR-100", "D"),
            ("Tiny-ImageNet", "D"), ("\u21131-sparse", "M"), ("run-time efficiency", "X"), ("RTE", "X"),
            ("speed-up", "X"), ("ViT-B/16", "M"),
        ],
        "results": [
            ("5.31%", "UA", 5.31, "%", "CIFAR-10", "Ejblight"),
            ("99.42%", "RA", 99.42, "%", "CIFAR-10", "Ejblight"),
            ("94.01%", "TA", 94.01, "%", "CIFAR-10", "Ejblight"),
            ("12.96%", "MIA-Efficacy", 12.96, "%", "CIFAR-10", "Ejblight"),
            ("5.24%", "UA", 5.24, "%", "CIFAR-10", "Retrain"),
            ("100.00%", "RA", 100.0, "%", "CIFAR-10", "Retrain"),
            ("94.26%", "TA", 94.26, "%", "CIFAR-10", "Retrain"),
            ("12.88%", "MIA-Efficacy", 12.88, "%", "CIFAR-10", "Retrain"),
            ("average gap of 0.17", "average gap", 0.17, None, "CIFAR-10", "Ejblight"),
            ("0.84 for SalUn", "average gap", 0.84, None, "CIFAR-10", "SalUn"),
            ("1.71 for SCRUB", "average gap", 1.71, None, "CIFAR-10", "SCRUB"),
            ("average gap is 0.62", "average gap", 0.62, None, "CIFAR-100", None),
            ("0.95", "average gap", 0.95, None, "Tiny-ImageNet", None),
            ("run-time efficiency (RTE) of Ejblight is 2.1 minutes", "RTE", 2.1, "min", None, "Ejblight"),
            ("21\u00d7 speed-up", "speed-up", 21, "\u00d7", None, "Ejblight"),
        ],
    },
    {
        "field": "machine-unlearning",
        "title": "Ejwenna: Adversarially Robust Concept Erasure in Text-to-Image Diffusion Models via Closed-Form "
                 "Key-Value Editing",
        "text": (
            "Text-to-image diffusion models can be prompted to generate nudity, copyrighted styles and other unwanted "
            "content, and concept erasure methods such as ESD, UCE and MACE fine-tune or edit the model so that these "
            "concepts are no longer produced. Most of them, however, are easily circumvented: adversarial prompts "
            "found by UnlearnDiffAtk or Ring-A-Bell restore the erased concept in the majority of cases. We present "
            "Ejwenna, which alternates between mining adversarial token embeddings in the input space of the text "
            "encoder and erasing them through a closed-form update of the key and value projections of the "
            "attention layers, so that no denoising steps are needed during training. On Stable Diffusion v1.4, "
            "Ejwenna lowers the attack success rate (ASR) of UnlearnDiffAtk on nudity prompts from the I2P dataset "
            "to 8.5%, versus 76.1% for ESD, 64.8% for UCE and 21.1% for AdvUnlearn, while its FID on COCO-30k is "
            "16.1 against 15.5 for the original model and 19.3 for AdvUnlearn. The CLIP score drops by only 0.4. For "
            "object erasure on Imagenette, Ejwenna reduces the classification accuracy of generated images of the "
            "target class to 1.6% on average with an ASR of 4.0%, and for artist-style erasure it matches MACE. "
            "Erasing a concept takes 11 seconds on one A100, roughly 90\u00d7 faster than AdvUnlearn, whose "
            "adversarial training takes over 16 minutes per concept."
        ),
        "spans": [
            ("Ejwenna", "M"), ("Concept Erasure", "T"), ("Text-to-Image", "T"), ("Diffusion Models", "M"),
            ("Text-to-image", "T"), ("diffusion models", "M"), ("concept erasure", "T"), ("ESD", "M"), ("UCE", "M"),
            ("MACE", "M"), ("UnlearnDiffAtk", "M"), ("Ring-A-Bell", "M"), ("Stable Diffusion v1.4", "M"),
            ("attack success rate", "X"), ("ASR", "X"), ("I2P", "D"), ("AdvUnlearn", "M"), ("FID", "X"),
            ("COCO-30k", "D"), ("CLIP score", "X"), ("object erasure", "T"), ("Imagenette", "D"),
            ("classification accuracy", "X"), ("artist-style erasure", "T"), ("adversarial training", "M"),
        ],
        "results": [
            ("attack success rate (ASR) of UnlearnDiffAtk on nudity prompts from the I2P dataset to 8.5%", "ASR",
             8.5, "%", "I2P", "Ejwenna"),
            ("76.1% for ESD", "ASR", 76.1, "%", "I2P", "ESD"),
            ("64.8% for UCE", "ASR", 64.8, "%", "I2P", "UCE"),
            ("21.1% for AdvUnlearn", "ASR", 21.1, "%", "I2P", "AdvUnlearn"),
            ("FID on COCO-30k is 16.1", "FID", 16.1, None, "COCO-30k", "Ejwenna"),
            ("15.5 for the original model", "FID", 15.5, None, "COCO-30k", "Stable Diffusion v1.4"),
            ("19.3 for AdvUnlearn", "FID", 19.3, None, "COCO-30k", "AdvUnlearn"),
            ("CLIP score drops by only 0.4", "CLIP score", 0.4, None, None, None),
            ("classification accuracy of generated images of the target class to 1.6%", "classification accuracy",
             1.6, "%", "Imagenette", "Ejwenna"),
            ("ASR of 4.0%", "ASR", 4.0, "%", "Imagenette", "Ejwenna"),
            ("Erasing a concept takes 11 seconds", "erasure time", 11, "s", None, None),
            ("90\u00d7 faster", "speed-up", 90, "\u00d7", None, None),
            ("adversarial training takes over 16 minutes", "training time", 16, "min", None, "AdvUnlearn"),
        ],
    },
    {
        "field": "machine-unlearning",
        "title": "Ejrasmo: Removing Hazardous Knowledge from Language Models by Projecting Residual Activations onto "
                 "Learned Null Spaces",
        "text": (
            "Frontier language models acquire knowledge that could assist in developing biological or cyber weapons, "
            "and unlearning this knowledge before release is one proposed safeguard. Representation Misdirection for "
            "Unlearning (RMU) scrambles the activations of hazardous inputs at one layer, but the scrambling is "
            "brittle: linear probes recover much of the removed knowledge, and a few fine-tuning steps on unrelated "
            "data undo it. We introduce Ejrasmo, which learns a low-dimensional subspace of residual-stream "
            "directions that encode hazardous topics and trains the model, via LoRA adapters, to project activations "
            "of forget-corpus tokens onto its orthogonal complement at every layer from 5 to 12. On the WMDP "
            "benchmark with Zephyr-7B-beta, Ejrasmo brings WMDP-Bio and WMDP-Cyber accuracy down to 27.9% and "
            "26.4%, close to the 25% random-chance level, while MMLU accuracy falls by just 1.3 points and MT-Bench "
            "stays at 7.21. RMU, by comparison, leaves 31.2% and 28.2% accuracy on WMDP-Bio and WMDP-Cyber. After "
            "50 steps of fine-tuning on WikiText, the WMDP-Bio accuracy of RMU recovers to 61.7%, whereas Ejrasmo "
            "stays below 35%. The projection adds no inference overhead once the adapters are merged, and Ejrasmo "
            "scales to Mixtral-8x7B, lowering its WMDP-Bio accuracy from 74.1% to 30.5%."
        ),
        "spans": [
            ("Ejrasmo", "M"), ("Language Models", "M"), ("language models", "M"),
            ("Representation Misdirection for Unlearning", "M"), ("RMU", "M"), ("linear probes", "M"),
            ("LoRA", "M"), ("WMDP", "D"), ("Zephyr-7B-beta", "M"), ("WMDP-Bio", "D"), ("WMDP-Cyber", "D"),
            ("accuracy", "X"), ("MMLU", "D"), ("MT-Bench", "D"), ("WikiText", "D"), ("Mixtral-8x7B", "M"),
        ],
        "results": [
            ("27.9%", "accuracy", 27.9, "%", "WMDP-Bio", "Ejrasmo"),
            ("26.4%", "accuracy", 26.4, "%", "WMDP-Cyber", "Ejrasmo"),
            ("MMLU accuracy falls by just 1.3 points", "accuracy", 1.3, "points", "MMLU", "Ejrasmo"),
            ("MT-Bench stays at 7.21", "score", 7.21, None, "MT-Bench", "Ejrasmo"),
            ("31.2%", "accuracy", 31.2, "%", "WMDP-Bio", "RMU"),
            ("28.2% accuracy", "accuracy", 28.2, "%", "WMDP-Cyber", "RMU"),
            ("WMDP-Bio accuracy of RMU recovers to 61.7%", "accuracy", 61.7, "%", "WMDP-Bio", "RMU"),
            ("stays below 35%", "accuracy", 35, "%", "WMDP-Bio", "Ejrasmo"),
            ("WMDP-Bio accuracy from 74.1% to 30.5%", "accuracy", 30.5, "%", "WMDP-Bio", "Ejrasmo"),
        ],
    },
    {
        "field": "machine-unlearning",
        "title": "Ejquelle: Forgetting Classes and Identities in CLIP from a Handful of Images",
        "text": (
            "Contrastive vision-language models such as CLIP are increasingly deployed as zero-shot classifiers, and "
            "data owners may ask that a model forget how to recognize specific identities or object categories. "
            "Existing unlearning methods for image classifiers assume access to the full training set, which for "
            "CLIP means hundreds of millions of web image-text pairs that are rarely available. We study class "
            "unlearning with only a handful of images per forgotten class and propose Ejquelle, which edits the "
            "text-side class embeddings through a low-rank update to the last projection layer and regularizes the "
            "image encoder with a synthetic retain set generated from class-name prompts. With eight images per "
            "class, Ejquelle reduces the zero-shot top-1 accuracy of CLIP ViT-B/32 on ten forgotten ImageNet classes "
            "from 81.6% to 0.9%, while accuracy on the remaining 990 classes drops by 0.7 points. NegGrad+ and SCRUB, "
            "given the same eight images, either fail to forget (forget accuracy above 40%) or lose more than 12 "
            "points of accuracy on the retained classes. Ejquelle also transfers to identity unlearning. Forgetting "
            "50 celebrities from CelebA lowers their identification accuracy to 2.3%, with no measurable change in "
            "zero-shot accuracy on CIFAR-100, Flowers102 and Oxford-IIIT Pets. The update touches 0.4% of the "
            "parameters and completes in under a minute on a single GPU, so it can be applied each time a deletion "
            "request arrives."
        ),
        "spans": [
            ("Ejquelle", "M"), ("CLIP", "M"), ("vision-language models", "M"), ("class unlearning", "T"),
            ("zero-shot top-1 accuracy", "X"), ("CLIP ViT-B/32", "M"), ("ImageNet", "D"), ("accuracy", "X"),
            ("NegGrad+", "M", {"punct": True}), ("SCRUB", "M"), ("forget accuracy", "X"),
            ("identity unlearning", "T"), ("CelebA", "D"), ("identification accuracy", "X"),
            ("zero-shot accuracy", "X"), ("CIFAR-100", "D"), ("Flowers102", "D"), ("Oxford-IIIT Pets", "D"),
        ],
        "results": [
            ("zero-shot top-1 accuracy of CLIP ViT-B/32 on ten forgotten ImageNet classes from 81.6% to 0.9%",
             "zero-shot top-1 accuracy", 0.9, "%", "ImageNet", "Ejquelle"),
            ("accuracy on the remaining 990 classes drops by 0.7 points", "accuracy", 0.7, "points", None,
             "Ejquelle"),
            ("forget accuracy above 40%", "forget accuracy", 40, "%", None, None),
            ("more than 12 points of accuracy", "accuracy", 12, "points", None, None),
            ("identification accuracy to 2.3%", "identification accuracy", 2.3, "%", "CelebA", None),
        ],
    },
    {
        "field": "machine-unlearning",
        "title": "Ejdusk: Modality-Decoupled Unlearning of Private Entities in Multimodal Large Language Models",
        "text": (
            "Multimodal large language models (MLLMs) trained on web data can reveal private information about "
            "people from a single photograph, yet LLM unlearning methods transferred naively to MLLMs either forget "
            "only the textual association or destroy the visual grounding the model needs for unrelated questions. "
            "We propose Ejdusk, which first localizes, with a causal tracing pass, the projector and language-model "
            "layers that bind a visual identity to its textual profile, and then applies a gradient-difference "
            "objective only to those layers while a KL constraint anchors all others to the original model. On "
            "MLLMU-Bench with LLaVA-1.5-7B and a 10% forget set, Ejdusk lowers forget-set VQA accuracy to 29.4% (vs. "
            "41.8% for GA and 37.5% for NPO) while retain-set VQA accuracy stays at 47.2% (GA: 33.9%; NPO: 40.6%). "
            "On CLEAR, forget-set ROUGE-L falls from 0.71 to 0.18 and the accuracy on real-world celebrity faces is "
            "unchanged within 0.5 points. Gains are consistent across forget ratios from 5% to 15%, where Ejdusk "
            "improves the harmonic mean of forgetting and retention by 6.2\u20139.8 points over the strongest "
            "baseline. With Qwen2-VL-7B as backbone the picture is similar [forget accuracy 26.1%, retain accuracy "
            "52.3%]. Because only 7 of 32 decoder layers are updated, peak GPU memory during unlearning is 31 GB "
            "instead of 74 GB for full-parameter GA."
        ),
        "spans": [
            ("Ejdusk", "M"), ("Multimodal Large Language Models", "M"), ("Multimodal large language models", "M"),
            ("MLLMs", "M"), ("LLM unlearning", "T"), ("causal tracing", "M"), ("gradient-difference", "M"),
            ("MLLMU-Bench", "D"), ("LLaVA-1.5-7B", "M"), ("VQA accuracy", "X"), ("GA", "M"), ("NPO", "M"),
            ("CLEAR", "D"), ("ROUGE-L", "X"), ("accuracy", "X"), ("harmonic mean", "X"), ("Qwen2-VL-7B", "M"),
            ("forget accuracy", "X"), ("retain accuracy", "X"), ("peak GPU memory", "X"),
        ],
        "results": [
            ("VQA accuracy to 29.4%", "VQA accuracy", 29.4, "%", "MLLMU-Bench", "Ejdusk"),
            ("41.8% for GA", "VQA accuracy", 41.8, "%", "MLLMU-Bench", "GA"),
            ("37.5% for NPO", "VQA accuracy", 37.5, "%", "MLLMU-Bench", "NPO"),
            ("VQA accuracy stays at 47.2%", "VQA accuracy", 47.2, "%", "MLLMU-Bench", "Ejdusk"),
            ("GA: 33.9%", "VQA accuracy", 33.9, "%", "MLLMU-Bench", "GA"),
            ("NPO: 40.6%", "VQA accuracy", 40.6, "%", "MLLMU-Bench", "NPO"),
            ("ROUGE-L falls from 0.71 to 0.18", "ROUGE-L", 0.18, None, "CLEAR", None),
            ("accuracy on real-world celebrity faces is unchanged within 0.5 points", "accuracy", 0.5, "points",
             "CLEAR", None),
            ("harmonic mean of forgetting and retention by 6.2\u20139.8 points", "harmonic mean", 9.8, "points",
             None, "Ejdusk", {"low": 6.2}),
            ("forget accuracy 26.1%", "forget accuracy", 26.1, "%", None, None),
            ("retain accuracy 52.3%", "retain accuracy", 52.3, "%", None, None),
            ("peak GPU memory during unlearning is 31 GB", "peak GPU memory", 31, "GB", None, None),
            ("74 GB for full-parameter GA", "peak GPU memory", 74, "GB", None, "GA"),
        ],
    },
]
