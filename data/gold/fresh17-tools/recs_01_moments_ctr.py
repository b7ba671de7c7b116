"""fresh17 records: video-moment-retrieval (6) and ctr-prediction (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Yxorlen", "Yxparrow", "Yxtembra", "Yxvelline", "Yxdrith", "Yxhaven", "Yxquorra",
          "Yxbrenn", "Yxcaldor", "Yxfenwick", "Yxholm", "Yxmirel", "Yxnorrow"]

RECS = [
    # ------------------------------------------------------------ video-moment-retrieval
    {
        "field": "video-moment-retrieval",
        "title": "Yxorlen: Query-Anchored Saliency Tokens for Joint Moment Retrieval and Highlight Detection",
        "text": (
            "Joint moment retrieval and highlight detection asks a model to localize the spans of a video that match a "
            "natural-language query and to score every clip by its relevance to that query. DETR-style models such as "
            "Moment-DETR, QD-DETR and CG-DETR decode moments from learned queries that carry little information about "
            "the text, and many of these queries collapse onto background clips early in training. We propose Yxorlen, "
            "which seeds the decoder with query-anchored saliency tokens drawn from the clips the text encoder attends "
            "to most, and aligns them with a contrastive clip-text loss before Hungarian matching. With frozen CLIP and "
            "SlowFast features and no pre-training on extra data, Yxorlen is evaluated on QVHighlights, Charades-STA "
            "and TACoS. On the test split of QVHighlights, Yxorlen reaches 66.4 R1@0.5, 49.8 R1@0.7 and 45.1 mAP for "
            "moment retrieval, and 41.2 mAP and 67.9 HIT@1 for highlight detection, surpassing QD-DETR by 3.1, 4.6 and "
            "3.9 points on the three moment retrieval metrics. On Charades-STA, Yxorlen obtains 61.7 and 40.3 in "
            "R1@0.5 and R1@0.7 (vs. 57.3 and 32.6 for QD-DETR), and on TACoS it improves R1@0.5 from 36.8 to 41.5. "
            "The anchored tokens leave inference latency practically unchanged, and ablations show that they also "
            "speed up the convergence of the decoder."
        ),
        "spans": [
            ("Yxorlen", "M"), ("Moment Retrieval", "T"), ("Highlight Detection", "T"), ("moment retrieval", "T"),
            ("highlight detection", "T"), ("DETR", "M"), ("Moment-DETR", "M"), ("QD-DETR", "M"), ("CG-DETR", "M"),
            ("Hungarian matching", "M"), ("CLIP", "M"), ("SlowFast", "M"), ("QVHighlights", "D"),
            ("Charades-STA", "D"), ("TACoS", "D"), ("R1@0.5", "X"), ("R1@0.7", "X"), ("mAP", "X"), ("HIT@1", "X"),
            ("inference latency", "X"),
        ],
        "results": [
            ("66.4 R1@0.5", "R1@0.5", 66.4, None, "QVHighlights", "Yxorlen"),
            ("49.8 R1@0.7", "R1@0.7", 49.8, None, "QVHighlights", "Yxorlen"),
            ("45.1 mAP", "mAP", 45.1, None, "QVHighlights", "Yxorlen"),
            ("41.2 mAP", "mAP", 41.2, None, "QVHighlights", "Yxorlen"),
            ("67.9 HIT@1", "HIT@1", 67.9, None, "QVHighlights", "Yxorlen"),
            ("3.1", "R1@0.5", 3.1, "points", "QVHighlights", "Yxorlen"),
            ("4.6", "R1@0.7", 4.6, "points", "QVHighlights", "Yxorlen"),
            ("3.9 points", "mAP", 3.9, "points", "QVHighlights", "Yxorlen"),
            ("61.7", "R1@0.5", 61.7, None, "Charades-STA", "Yxorlen"),
            ("40.3", "R1@0.7", 40.3, None, "Charades-STA", "Yxorlen"),
            ("57.3", "R1@0.5", 57.3, None, "Charades-STA", "QD-DETR"),
            ("32.6", "R1@0.7", 32.6, None, "Charades-STA", "QD-DETR"),
            ("R1@0.5 from 36.8 to 41.5", "R1@0.5", 41.5, None, "TACoS", "Yxorlen"),
        ],
    },
    {
        "field": "video-moment-retrieval",
        "title": "Yxparrow: Teaching Video Large Language Models to Tell Time for Zero-Shot Temporal Grounding",
        "text": (
            "Video large language models (Video LLMs) answer open-ended questions about a clip fluently, yet they "
            "remain poor at saying when something happens: asked for timestamps, models such as TimeChat and VTimeLLM "
            "often return boundaries that are off by several seconds. We trace much of this error to how time is "
            "tokenized, since absolute timestamps written as plain text share digits across very different positions. "
            "Yxparrow replaces them with learnable relative time tokens interleaved with frame tokens and adds a "
            "lightweight boundary head that regresses start and end offsets from the hidden states of those tokens. "
            "The model is instruction-tuned on 92K samples of temporal grounding and dense video captioning, none "
            "drawn from the evaluation sets. In the zero-shot setting, Yxparrow-7B reaches 52.6 R@1 at IoU=0.5 and a "
            "mean IoU (mIoU) of 47.9 on Charades-STA, compared with 32.2 and 34.6 for TimeChat and 34.3 and 31.2 for "
            "VTimeLLM. On ActivityNet Captions, Yxparrow-7B attains 33.8 R@1 at IoU=0.5, 5.1 points above the "
            "strongest video LLM we compare with. Yxparrow also keeps its general video question answering ability, "
            "changing accuracy on MVBench by only -0.3 points relative to its base model. Ablations attribute most of "
            "the gain to the relative time tokens rather than to the boundary head, and show that the benefit grows "
            "with video length."
        ),
        "spans": [
            ("Yxparrow", "M"), ("Yxparrow-7B", "M"), ("Video Large Language Models", "M"),
            ("Zero-Shot Temporal Grounding", "T"), ("Video large language models", "M"), ("Video LLMs", "M"),
            ("video LLM", "M"), ("TimeChat", "M"), ("VTimeLLM", "M"), ("temporal grounding", "T"),
            ("dense video captioning", "T"), ("R@1 at IoU=0.5", "X"), ("mean IoU", "X"), ("mIoU", "X"),
            ("Charades-STA", "D"), ("ActivityNet Captions", "D"), ("video question answering", "T"),
            ("accuracy", "X"), ("MVBench", "D"),
        ],
        "results": [
            ("52.6 R@1 at IoU=0.5", "R@1 at IoU=0.5", 52.6, None, "Charades-STA", "Yxparrow-7B"),
            ("mean IoU (mIoU) of 47.9", "mIoU", 47.9, None, "Charades-STA", "Yxparrow-7B"),
            ("32.2", "R@1 at IoU=0.5", 32.2, None, "Charades-STA", "TimeChat"),
            ("34.6", "mIoU", 34.6, None, "Charades-STA", "TimeChat"),
            ("34.3", "R@1 at IoU=0.5", 34.3, None, "Charades-STA", "VTimeLLM"),
            ("31.2", "mIoU", 31.2, None, "Charades-STA", "VTimeLLM"),
            ("33.8 R@1 at IoU=0.5", "R@1 at IoU=0.5", 33.8, None, "ActivityNet Captions", "Yxparrow-7B"),
            ("5.1 points above", "R@1 at IoU=0.5", 5.1, "points", "ActivityNet Captions", "Yxparrow-7B"),
            ("accuracy on MVBench by only -0.3 points", "accuracy", -0.3, "points", "MVBench", "Yxparrow"),
        ],
    },
    {
        "field": "video-moment-retrieval",
        "title": "Yxtembra: Coarse-to-Fine Window Pruning for Fast Moment Retrieval in Hour-Long Videos",
        "text": (
            "Retrieving the moment that matches a sentence in an hour-long video is dominated by cost: sliding-window "
            "grounders score thousands of candidate windows per query, and the single-stage detector SnAG, while "
            "accurate, must keep features of the entire video in memory. We present Yxtembra, a two-stage model for "
            "moment retrieval in long videos. A cheap coarse stage ranks non-overlapping 64-second windows by their "
            "similarity to the query and discards all but the top 5%, after which a fine stage localizes boundaries "
            "with a temporal feature pyramid only inside the surviving windows; both stages share one text encoder "
            "and are trained jointly with a window-level ranking loss. On the MAD benchmark, Yxtembra obtains 9.8 "
            "R1@0.3 and 31.4 R5@0.3, compared with 8.5 and 28.9 for SnAG. On Ego4D-NLQ, Yxtembra improves R1@0.3 by "
            "2.4 points over SnAG, to 18.9. Efficiency is where the design pays off: Yxtembra processes a two-hour MAD "
            "movie in 0.42 s per query, 6.3\u00d7 faster than SnAG, and its peak GPU memory drops from 21.6 GB to "
            "4.9 GB. Using the coarse stage alone still retains 92% of the full model's R5@0.3 at a further "
            "3.1\u00d7 speed-up, which makes it a practical first pass over large video collections."
        ),
        "spans": [
            ("Yxtembra", "M"), ("Moment Retrieval", "T"), ("moment retrieval", "T"), ("SnAG", "M"), ("MAD", "D"),
            ("R1@0.3", "X"), ("R5@0.3", "X"), ("Ego4D-NLQ", "D"), ("peak GPU memory", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("9.8 R1@0.3", "R1@0.3", 9.8, None, "MAD", "Yxtembra"),
            ("31.4 R5@0.3", "R5@0.3", 31.4, None, "MAD", "Yxtembra"),
            ("8.5", "R1@0.3", 8.5, None, "MAD", "SnAG"),
            ("28.9", "R5@0.3", 28.9, None, "MAD", "SnAG"),
            ("R1@0.3 by 2.4 points", "R1@0.3", 2.4, "points", "Ego4D-NLQ", "Yxtembra"),
            ("to 18.9", "R1@0.3", 18.9, None, "Ego4D-NLQ", "Yxtembra"),
            ("0.42 s per query", "latency", 0.42, "s", "MAD", "Yxtembra"),
            ("6.3\u00d7 faster", "speed-up", 6.3, "\u00d7", "MAD", "Yxtembra"),
            ("peak GPU memory drops from 21.6 GB to 4.9 GB", "peak GPU memory", 4.9, "GB", None, "Yxtembra"),
            ("retains 92% of the full model's R5@0.3", "relative R5@0.3", 92, "%", None, None),
            ("3.1\u00d7 speed-up", "speed-up", 3.1, "\u00d7", None, None),
        ],
    },
    {
        "field": "video-moment-retrieval",
        "title": "Yxvelline: Letting the Soundtrack Teach Visual Saliency for Video Highlight Detection",
        "text": (
            "Video highlight detection aims to surface the most engaging moments of a video, and in user-edited videos "
            "these moments are often announced by the soundtrack as much as by the pixels: cheering, a swell of music "
            "or a sudden silence. Most detectors, however, either ignore audio or fuse it by simple concatenation, and "
            "audio-aware models such as UMT depend on clean, well-aligned audio that user uploads rarely provide. We "
            "introduce Yxvelline, a highlight detection model that treats audio as a weak teacher rather than as a "
            "second input stream. A frozen audio encoder proposes candidate peaks, and a visual saliency head learns "
            "to agree with them only where a learned reliability gate trusts the audio, so that at test time Yxvelline "
            "runs on video alone. Across the ten categories of TVSum and the six domains of YouTube Highlights, "
            "Yxvelline improves top-5 mAP over the strongest audio-free detector in every category and domain, and its "
            "mean top-5 mAP on TVSum reaches 86.3. The gate also proves useful on its own: it flags videos whose "
            "soundtrack was replaced by stock music with an AUROC of 0.91, which helps curators filter noisy training "
            "data. Finally, the same weak-teacher scheme transfers to QVHighlights without any architectural change, "
            "suggesting that audio can supervise highlight detection even where it cannot be trusted as an input."
        ),
        "spans": [
            ("Yxvelline", "M"), ("Video Highlight Detection", "T"), ("Video highlight detection", "T"),
            ("highlight detection", "T"), ("UMT", "M"), ("TVSum", "D"), ("YouTube Highlights", "D"),
            ("top-5 mAP", "X"), ("mean top-5 mAP", "X"), ("AUROC", "X"), ("QVHighlights", "D"),
        ],
        "results": [
            ("mean top-5 mAP on TVSum reaches 86.3", "top-5 mAP", 86.3, None, "TVSum", "Yxvelline"),
            ("AUROC of 0.91", "AUROC", 0.91, None, None, None),
        ],
    },
    {
        "field": "video-moment-retrieval",
        "title": "Grounding Without Shortcuts: Yxdrith Removes Temporal Location Bias in Video Moment Retrieval",
        "text": (
            "Temporal sentence grounding models are known to exploit the location prior of their training data: on "
            "Charades-STA, a large share of annotated moments begin near the start of the video, and a model that "
            "never looks at the frames can still score well. The out-of-distribution re-splits Charades-CD and "
            "ActivityNet-CD expose this, since their test-ood splits contain moments whose locations are rare in "
            "training. We propose Yxdrith, a model-agnostic training scheme that resamples clip features so that every "
            "annotated moment is seen at several positions of a synthesized video, and that penalizes predictions "
            "which can be recovered from the query alone. We apply Yxdrith to two widely used proposal-based models, "
            "2D-TAN and MMN. On the test-ood split of Charades-CD, Yxdrith lifts R1@0.5 from 35.9 for 2D-TAN to 44.2 "
            "and from 38.5 for MMN to 46.7, and it outperforms the deconfounding method DCM by 3.0\u20135.6 points on "
            "all reported metrics. On ActivityNet-CD, Yxdrith adds 2.1\u20134.8 points of R1@0.7 on test-ood and "
            "stays within 0.5 points of the original R1@0.7 on test-iid. A query-only probe whose R1@0.5 falls from "
            "29.4 to 6.2 after training with Yxdrith confirms that the shortcut has been removed rather than hidden. "
            "Yxdrith adds no parameters and no inference cost."
        ),
        "spans": [
            ("Yxdrith", "M"), ("Video Moment Retrieval", "T"), ("Temporal sentence grounding", "T"),
            ("Charades-STA", "D"), ("Charades-CD", "D"), ("ActivityNet-CD", "D"), ("2D-TAN", "M"), ("MMN", "M"),
            ("R1@0.5", "X"), ("R1@0.7", "X"), ("DCM", "M"),
        ],
        "results": [
            ("R1@0.5 from 35.9", "R1@0.5", 35.9, None, "Charades-CD", "2D-TAN"),
            ("to 44.2", "R1@0.5", 44.2, None, "Charades-CD", "Yxdrith"),
            ("from 38.5", "R1@0.5", 38.5, None, "Charades-CD", "MMN"),
            ("to 46.7", "R1@0.5", 46.7, None, "Charades-CD", "Yxdrith"),
            ("3.0\u20135.6 points", "improvement", 5.6, "points", "Charades-CD", "Yxdrith", {"low": 3.0}),
            ("2.1\u20134.8 points of R1@0.7", "R1@0.7", 4.8, "points", "ActivityNet-CD", "Yxdrith", {"low": 2.1}),
            ("within 0.5 points of the original R1@0.7", "R1@0.7", 0.5, "points", "ActivityNet-CD", "Yxdrith"),
            ("R1@0.5 falls from 29.4 to 6.2", "R1@0.5", 6.2, None, None, None),
        ],
    },
    {
        "field": "video-moment-retrieval",
        "title": "Yxhaven: Benchmarking Video Moment Retrieval When One Query Has Many Answers",
        "text": (
            "Standard moment retrieval benchmarks pair almost every query with a single ground-truth moment, so models "
            "are rewarded for returning their top-ranked prediction and rarely learn how many moments a query actually "
            "has. We introduce Yxhaven, a multi-moment retrieval benchmark of 11,842 queries over 2,310 cooking, sports "
            "and how-to videos, in which most queries match two or more disjoint moments. Existing models transfer "
            "poorly: Moment-DETR, QD-DETR and UniVTG, fine-tuned on Yxhaven, reach only 21.4, 26.0 and 27.3 mAP, "
            "respectively, and their mAP roughly halves on queries with three or more moments. We also propose "
            "Yxquorra, a set-prediction retriever that first estimates the number of moments from the query and the "
            "video and then uses this count to prune low-confidence queries of its DETR decoder at inference. On "
            "Yxhaven, Yxquorra attains 33.9 mAP and a count accuracy of 71.2%. On QVHighlights, where multi-moment "
            "queries are rare, Yxquorra still improves mAP by 1.8 points over UniVTG with the same features. "
            "Count-aware pruning also cuts decoder FLOPs by 38% with no loss in mAP. Yxhaven, its annotations and an "
            "evaluation server are publicly available to encourage retrieval models that know when to stop."
        ),
        "spans": [
            ("Yxhaven", "D"), ("Video Moment Retrieval", "T"), ("moment retrieval", "T"),
            ("multi-moment retrieval", "T"), ("Moment-DETR", "M"), ("QD-DETR", "M"), ("UniVTG", "M"), ("mAP", "X"),
            ("Yxquorra", "M"), ("DETR", "M"), ("count accuracy", "X"), ("QVHighlights", "D"), ("FLOPs", "X"),
        ],
        "results": [
            ("21.4", "mAP", 21.4, None, "Yxhaven", "Moment-DETR"),
            ("26.0", "mAP", 26.0, None, "Yxhaven", "QD-DETR"),
            ("27.3 mAP", "mAP", 27.3, None, "Yxhaven", "UniVTG"),
            ("33.9 mAP", "mAP", 33.9, None, "Yxhaven", "Yxquorra"),
            ("count accuracy of 71.2%", "count accuracy", 71.2, "%", "Yxhaven", "Yxquorra"),
            ("mAP by 1.8 points", "mAP", 1.8, "points", "QVHighlights", "Yxquorra"),
            ("FLOPs by 38%", "FLOPs reduction", 38, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ ctr-prediction
    {
        "field": "ctr-prediction",
        "title": "Yxbrenn: Gated Polynomial Crossing with Adaptive Interaction Order for Click-Through Rate Prediction",
        "text": (
            "Learning which features to cross, and up to what order, lies at the heart of click-through rate "
            "prediction. Explicit crossing networks such as DCNv2 and GDCN fix the highest interaction order through "
            "their depth, while implicit models such as FinalMLP rely on MLPs whose interactions are hard to control or "
            "inspect. We propose Yxbrenn, a crossing network in which every feature field selects its own interaction "
            "order through a learned gate over polynomial terms, so that sparse identifier fields are crossed up to "
            "high order while dense, noisy fields are kept shallow. The gate is trained with a straight-through "
            "estimator and adds a negligible number of parameters. Following the open BARS protocol, we evaluate on "
            "four public datasets. On Criteo, Avazu, KDD12 and KuaiVideo, Yxbrenn obtains AUCs of 0.8157, 0.7965, "
            "0.8092 and 0.7541, respectively, improving AUC over GDCN, the strongest baseline, by 0.0019, 0.0032, "
            "0.0041 and 0.0027, and it attains the lowest Logloss on all four. On Criteo, Yxbrenn also reaches a "
            "RelaImpr of 1.4% over DCNv2 (0.8139 AUC). Despite its adaptive order, Yxbrenn trains 1.6\u00d7 faster "
            "per epoch than GDCN, because low-order fields skip the deeper crossing layers. Code and tuned "
            "configurations are released."
        ),
        "spans": [
            ("Yxbrenn", "M"), ("Click-Through Rate Prediction", "T"), ("click-through rate prediction", "T"),
            ("DCNv2", "M"), ("GDCN", "M"), ("FinalMLP", "M"), ("MLPs", "M"), ("straight-through estimator", "M"),
            ("BARS", "D"), ("Criteo", "D"), ("Avazu", "D"), ("KDD12", "D"), ("KuaiVideo", "D"), ("AUCs", "X"),
            ("AUC", "X"), ("Logloss", "X"), ("RelaImpr", "X"),
        ],
        "results": [
            ("AUCs of 0.8157", "AUC", 0.8157, None, "Criteo", "Yxbrenn"),
            ("0.7965", "AUC", 0.7965, None, "Avazu", "Yxbrenn"),
            ("0.8092", "AUC", 0.8092, None, "KDD12", "Yxbrenn"),
            ("0.7541", "AUC", 0.7541, None, "KuaiVideo", "Yxbrenn"),
            ("0.0019", "AUC", 0.0019, None, "Criteo", "Yxbrenn"),
            ("0.0032", "AUC", 0.0032, None, "Avazu", "Yxbrenn"),
            ("0.0041", "AUC", 0.0041, None, "KDD12", "Yxbrenn"),
            ("0.0027", "AUC", 0.0027, None, "KuaiVideo", "Yxbrenn"),
            ("RelaImpr of 1.4%", "RelaImpr", 1.4, "%", "Criteo", "Yxbrenn"),
            ("0.8139 AUC", "AUC", 0.8139, None, "Criteo", "DCNv2"),
            ("1.6\u00d7 faster", "speed-up", 1.6, "\u00d7", None, "Yxbrenn"),
        ],
    },
    {
        "field": "ctr-prediction",
        "title": "Yxcaldor: Single-Stage Modeling of Ten-Thousand-Event User Histories for CTR Prediction",
        "text": (
            "CTR prediction in industrial recommenders increasingly draws on user behavior sequences with tens of "
            "thousands of events. Two-stage models such as SIM and ETA first retrieve the behaviors relevant to a "
            "target item and then apply target attention as in DIN, but their retrieval stage is trained separately, "
            "or not at all, and misses behaviors that matter only in combination. TWIN narrows this gap by sharing the "
            "relevance function between stages, yet still discards most of the history. We propose Yxcaldor, which "
            "compresses each full sequence offline into hashed interest sketches, fixed-size frequency summaries "
            "indexed by item category and time bucket, and lets the ranking model attend to every sketch cell in a "
            "single stage. Sketches are updated incrementally as new events arrive, so no sequence is ever re-read at "
            "serving time. On the public Taobao and Amazon Books datasets, Yxcaldor lifts GAUC over TWIN by 0.0112 and "
            "0.0087, respectively, reaching an AUC of 0.9486 on Taobao. Inference cost no longer grows with history "
            "length: with 10,000 behaviors per user, Yxcaldor has a P99 latency of 6.8 ms, compared with 11.5 ms for "
            "SIM. In a two-week online A/B test on a short-video feed serving over 100 million daily users, Yxcaldor "
            "increased CTR by 2.31% and watch time by 1.7%, and it now serves the full traffic."
        ),
        "spans": [
            ("Yxcaldor", "M"), ("CTR Prediction", "T"), ("CTR prediction", "T"), ("SIM", "M"), ("ETA", "M"),
            ("target attention", "M"), ("DIN", "M"), ("TWIN", "M"), ("Taobao", "D"), ("Amazon Books", "D"),
            ("GAUC", "X"), ("AUC", "X"), ("P99 latency", "X"), ("CTR", "X"), ("watch time", "X"),
        ],
        "results": [
            ("0.0112", "GAUC", 0.0112, None, "Taobao", "Yxcaldor"),
            ("0.0087", "GAUC", 0.0087, None, "Amazon Books", "Yxcaldor"),
            ("AUC of 0.9486", "AUC", 0.9486, None, "Taobao", "Yxcaldor"),
            ("P99 latency of 6.8 ms", "P99 latency", 6.8, "ms", None, "Yxcaldor"),
            ("11.5 ms for SIM", "P99 latency", 11.5, "ms", None, "SIM"),
            ("CTR by 2.31%", "CTR", 2.31, "%", None, "Yxcaldor"),
            ("watch time by 1.7%", "watch time", 1.7, "%", None, "Yxcaldor"),
        ],
    },
    {
        "field": "ctr-prediction",
        "title": "Yxfenwick: Learned Codebooks Shrink Embedding Tables for Click-Through Rate Prediction by Two Orders "
                 "of Magnitude",
        "text": (
            "Embedding tables dominate the memory of models for click-through rate prediction: on Criteo alone, a full "
            "table for the roughly 33 million feature values holds over a billion parameters, dwarfing the interaction "
            "layers on top. Shared-bucket schemes such as QR embeddings shrink the table, but collisions hurt rare "
            "features, while pruning methods like PEP need a separate retraining phase. We present Yxfenwick, an "
            "embedding compression method that represents each feature value as a sum of codewords from a few shared "
            "codebooks, with code assignments learned end to end through differentiable product quantization and code "
            "lengths that grow with feature frequency. On Criteo, Yxfenwick plugged into DeepFM, DCNv2 and FinalMLP "
            "compresses the embedding table by 112\u00d7 while changing AUC by at most \u22120.0004 relative to the "
            "uncompressed models. On Avazu, Yxfenwick reaches a compression ratio of 87\u00d7 and even gains 0.0002 "
            "AUC. At the same memory budget, Yxfenwick outperforms QR embeddings by 0.0021 AUC and PEP by 0.0013 AUC "
            "on Criteo. Because lookups touch only small codebooks that fit in cache, CPU inference latency drops from "
            "3.9 ms to 1.2 ms per batch of 4,096 samples, a 3.2\u00d7 speed-up. The implementation is a drop-in "
            "replacement for the embedding layer of existing open-source recommendation libraries."
        ),
        "spans": [
            ("Yxfenwick", "M"), ("Click-Through Rate Prediction", "T"), ("click-through rate prediction", "T"),
            ("Criteo", "D"), ("QR embeddings", "M"), ("pruning", "M"), ("PEP", "M"), ("embedding compression", "T"),
            ("differentiable product quantization", "M"), ("DeepFM", "M"), ("DCNv2", "M"), ("FinalMLP", "M"),
            ("AUC", "X"), ("Avazu", "D"), ("compression ratio", "X"), ("inference latency", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("compresses the embedding table by 112\u00d7", "compression ratio", 112, "\u00d7", "Criteo", "Yxfenwick"),
            ("AUC by at most \u22120.0004", "AUC", -0.0004, None, "Criteo", "Yxfenwick"),
            ("compression ratio of 87\u00d7", "compression ratio", 87, "\u00d7", "Avazu", "Yxfenwick"),
            ("0.0002 AUC", "AUC", 0.0002, None, "Avazu", "Yxfenwick"),
            ("0.0021 AUC", "AUC", 0.0021, None, "Criteo", "Yxfenwick"),
            ("0.0013 AUC", "AUC", 0.0013, None, "Criteo", "Yxfenwick"),
            ("inference latency drops from 3.9 ms to 1.2 ms", "inference latency", 1.2, "ms", None, None),
            ("3.2\u00d7 speed-up", "speed-up", 3.2, "\u00d7", None, None),
        ],
    },
    {
        "field": "ctr-prediction",
        "title": "Yxholm: Domain-Conditioned Low-Rank Experts for Multi-Domain CTR Prediction",
        "text": (
            "Multi-domain CTR prediction asks a single ranking model to serve many scenarios, such as a homepage feed, "
            "search results and post-purchase pages, sharing what is common across domains while keeping "
            "domain-specific click patterns apart. Architectures such as MMoE, PLE, STAR and PEPNet either route "
            "samples through a few coarse experts or learn a full parameter set per domain, which scales poorly once "
            "there are dozens of domains. We propose Yxholm, which keeps one shared backbone and adapts each layer "
            "with low-rank experts whose mixture weights are generated from a learned domain embedding, so that a new "
            "domain can be added by fitting a single 64-dimensional vector. Yxholm reaches an average AUC of 0.7362 "
            "over the four country domains of the AliExpress dataset, 0.0036 above PEPNet. On the three scenarios of "
            "Ali-CCP, Yxholm lifts the average AUC from 0.6254 for STAR to 0.6311 while using 3.7\u00d7 fewer "
            "domain-specific parameters. When a new domain with only 5% of the usual training data is added, Yxholm "
            "recovers 98.6% of the AUC of a model trained on the full data by fitting the domain embedding alone. "
            "Deployed in an e-commerce advertising system, Yxholm raised CTR by 1.9% and revenue per mille (RPM) by "
            "2.4% across 23 scenarios."
        ),
        "spans": [
            ("Yxholm", "M"), ("Multi-Domain CTR Prediction", "T"), ("Multi-domain CTR prediction", "T"),
            ("MMoE", "M"), ("PLE", "M"), ("STAR", "M"), ("PEPNet", "M"), ("average AUC", "X"), ("AUC", "X"),
            ("AliExpress", "D"), ("Ali-CCP", "D"), ("parameters", "X"), ("CTR", "X"), ("revenue per mille", "X"),
            ("RPM", "X"),
        ],
        "results": [
            ("average AUC of 0.7362", "AUC", 0.7362, None, "AliExpress", "Yxholm"),
            ("0.0036 above", "AUC", 0.0036, None, "AliExpress", "Yxholm"),
            ("average AUC from 0.6254", "AUC", 0.6254, None, "Ali-CCP", "STAR"),
            ("to 0.6311", "AUC", 0.6311, None, "Ali-CCP", "Yxholm"),
            ("3.7\u00d7 fewer domain-specific parameters", "parameter reduction", 3.7, "\u00d7", "Ali-CCP", "Yxholm"),
            ("recovers 98.6% of the AUC", "relative AUC", 98.6, "%", None, "Yxholm"),
            ("CTR by 1.9%", "CTR", 1.9, "%", None, "Yxholm"),
            ("revenue per mille (RPM) by 2.4%", "RPM", 2.4, "%", None, "Yxholm"),
        ],
    },
    {
        "field": "ctr-prediction",
        "title": "Yxmirel: Distilling Large Language Model Knowledge into ID-Based Recommenders for Click-Through Rate "
                 "Prediction",
        "text": (
            "Large language models (LLMs) bring world knowledge and an understanding of item text that ID-based "
            "ranking models lack, but running an LLM for every impression is far too slow for online serving. KAR "
            "precomputes LLM-generated knowledge vectors and CTRL aligns a textual encoder with the ranking model "
            "contrastively, yet both feed the semantic signal in as extra features and leave it poorly fused with "
            "collaborative signals. We propose Yxmirel, a knowledge distillation framework in which a fine-tuned "
            "Llama-3-8B teacher scores user\u2013item prompts and transfers its pairwise preferences, rather than its "
            "embeddings, to a standard ID-based student such as DCNv2 or DIN. At inference, only the student runs. On "
            "MovieLens-1M, BookCrossing and Amazon-Books, Yxmirel improves the AUC of DCNv2 by 1.9%, 2.6% and 1.4%, "
            "respectively, and it surpasses KAR [0.7962 vs. 0.7903 AUC on MovieLens-1M] without adding serving "
            "latency. The teacher alone, used as a ranker in the manner of TALLRec, reaches a higher AUC of 0.8031 on "
            "MovieLens-1M but needs about 410 ms per request, against 2.3 ms for the distilled DCNv2. The gains "
            "concentrate on cold-start items with fewer than ten interactions, where AUC rises by up to 5.8%."
        ),
        "spans": [
            ("Yxmirel", "M"), ("Large Language Model", "M"), ("Click-Through Rate Prediction", "T"),
            ("Large language models", "M"), ("LLMs", "M"), ("LLM", "M"), ("KAR", "M"), ("CTRL", "M"),
            ("knowledge distillation", "M"), ("Llama-3-8B", "M"), ("DCNv2", "M"), ("DIN", "M"),
            ("MovieLens-1M", "D"), ("BookCrossing", "D"), ("Amazon-Books", "D"), ("AUC", "X"),
            ("serving latency", "X"), ("TALLRec", "M"),
        ],
        "results": [
            ("AUC of DCNv2 by 1.9%", "AUC", 1.9, "%", "MovieLens-1M", "Yxmirel"),
            ("2.6%", "AUC", 2.6, "%", "BookCrossing", "Yxmirel"),
            ("1.4%", "AUC", 1.4, "%", "Amazon-Books", "Yxmirel"),
            ("0.7962", "AUC", 0.7962, None, "MovieLens-1M", "Yxmirel"),
            ("0.7903 AUC", "AUC", 0.7903, None, "MovieLens-1M", "KAR"),
            ("AUC of 0.8031", "AUC", 0.8031, None, "MovieLens-1M", None),
            ("410 ms per request", "latency", 410, "ms", None, None),
            ("2.3 ms", "latency", 2.3, "ms", None, "DCNv2"),
            ("AUC rises by up to 5.8%", "AUC", 5.8, "%", None, None),
        ],
    },
    {
        "field": "ctr-prediction",
        "title": "Yxnorrow: Are Kolmogorov\u2013Arnold Networks Good Feature Interaction Learners for CTR Prediction?",
        "text": (
            "Kolmogorov\u2013Arnold Networks (KANs) replace fixed activations with learnable univariate functions on "
            "edges and have been put forward as more interpretable alternatives to MLPs. Whether they help in CTR "
            "prediction, where inputs are sparse categorical fields rather than smooth low-dimensional signals, "
            "remains unclear. We first show that a plain KAN stacked on field embeddings underperforms a tuned MLP on "
            "Criteo and Avazu, largely because its spline grids cannot cover the heavy-tailed distribution of "
            "embedding values. We then propose Yxnorrow, which applies a KAN layer to the pairwise inner products of "
            "field embeddings instead of to the embeddings themselves, turning each learned univariate function into "
            "a readable response curve for one feature pair. Across Frappe, MovieLens-1M, Criteo and Avazu, Yxnorrow "
            "matches or exceeds DCNv2, EulerNet and FinalMLP, with the largest margin on Frappe (+0.31 points of AUC), "
            "while staying within 1% of the parameter count of a two-layer MLP. The learned curves recover known "
            "interactions, such as the saturating effect between app category and time of day in Frappe, and make "
            "unhelpful feature pairs easy to prune: removing the 40% of pairs with the flattest curves costs less "
            "than 0.0005 AUC on Criteo. Our results suggest that KANs are most useful in CTR prediction as "
            "interpretable interaction operators rather than as drop-in replacements for MLPs."
        ),
        "spans": [
            ("Yxnorrow", "M"), ("Kolmogorov\u2013Arnold Networks", "M"), ("KANs", "M"), ("KAN", "M"),
            ("MLPs", "M"), ("MLP", "M"), ("CTR Prediction", "T"), ("CTR prediction", "T"), ("Criteo", "D"),
            ("Avazu", "D"), ("Frappe", "D"), ("MovieLens-1M", "D"), ("DCNv2", "M"), ("EulerNet", "M"),
            ("FinalMLP", "M"), ("AUC", "X"), ("parameter count", "X"),
        ],
        "results": [
            ("+0.31 points of AUC", "AUC", 0.31, "points", "Frappe", "Yxnorrow"),
            ("within 1% of the parameter count", "parameter count", 1, "%", None, "Yxnorrow"),
            ("less than 0.0005 AUC on Criteo", "AUC", 0.0005, None, "Criteo", None),
        ],
    },
]
