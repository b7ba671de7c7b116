"""dev23 records: active-learning (6) and domain-generalization (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind):
the pipeline was never run on these records and its output never seen."""

COINED = ["Szarvel", "Szilnock", "Szembrique", "Szoltrane", "Szavinder", "Szquorel",
          "Szelmaith", "Szundrow", "Szyrkel", "Szobrant", "Szeravine", "Szitholm"]

RECS = [
    # ------------------------------------------------------------ active-learning
    {
        "field": "active-learning",
        "title": "Szarvel: Balancing Typicality and Disagreement for Cold-Start Active Learning with Frozen DINOv2 "
                 "Features",
        "text": (
            "Active learning promises to cut annotation cost by querying only the most informative samples, but in "
            "the cold-start regime, where a few dozen labels are all that is available, uncertainty-based strategies "
            "such as BALD and margin sampling are often worse than random sampling. Typicality-driven methods such as "
            "TypiClust and ProbCover fix this at low budgets yet stall once the budget grows, because they ignore "
            "model uncertainty entirely. We propose Szarvel, a query strategy that scores unlabelled points in the "
            "embedding space of a frozen DINOv2 ViT-S/14 by a budget-aware mixture of local density and predictive "
            "disagreement, with the mixing weight set from the current labelled-set size alone and no tuning per "
            "dataset. On CIFAR-10, Szarvel reaches 81.4% accuracy with 60 labels, compared with 77.9% for ProbCover "
            "and 63.2% for random sampling. Across CIFAR-100, Tiny-ImageNet and ImageNet-100, the area under the "
            "budget curve (AUBC) improves by 2.1, 3.4 and 2.8 points over the strongest competitor, respectively, and "
            "Szarvel never falls below BADGE at budgets up to 10 samples per class. Query selection over 1.28M "
            "ImageNet embeddings takes 41 s on one GPU, 9.6\u00d7 faster than Coreset. These results suggest that the "
            "balance between typicality and uncertainty, rather than either criterion alone, governs sample "
            "efficiency across budgets."
        ),
        "spans": [
            ("Szarvel", "M"), ("Cold-Start Active Learning", "T"), ("Active learning", "T"), ("BALD", "M"),
            ("margin sampling", "M"), ("random sampling", "M"), ("TypiClust", "M"), ("ProbCover", "M"),
            ("DINOv2 ViT-S/14", "M"), ("DINOv2", "M"), ("CIFAR-10", "D"), ("accuracy", "X"), ("CIFAR-100", "D"),
            ("Tiny-ImageNet", "D"), ("ImageNet-100", "D"), ("area under the budget curve", "X"), ("AUBC", "X"),
            ("BADGE", "M"), ("ImageNet", "D"), ("Coreset", "M"),
        ],
        "results": [
            ("81.4% accuracy", "accuracy", 81.4, "%", "CIFAR-10", "Szarvel"),
            ("77.9%", "accuracy", 77.9, "%", "CIFAR-10", "ProbCover"),
            ("63.2%", "accuracy", 63.2, "%", "CIFAR-10", "random sampling"),
            ("improves by 2.1", "AUBC", 2.1, "points", "CIFAR-100", "Szarvel"),
            ("3.4", "AUBC", 3.4, "points", "Tiny-ImageNet", "Szarvel"),
            ("2.8 points", "AUBC", 2.8, "points", "ImageNet-100", "Szarvel"),
            ("takes 41 s", "query selection time", 41, "s", "ImageNet", None),
            ("9.6\u00d7 faster", "speed-up", 9.6, "\u00d7", "ImageNet", None),
        ],
    },
    {
        "field": "active-learning",
        "title": "Szilnock: Purity-Aware Superpixel Querying for Active Learning in Semantic Segmentation",
        "text": (
            "Pixel-wise annotation for semantic segmentation is notoriously expensive, with a single urban street "
            "scene taking well over an hour to label. Region-based active learning reduces this cost by querying "
            "superpixels instead of whole images, yet existing acquisition functions, such as those of RIPU and "
            "PixelPick, favour class boundaries that annotators find ambiguous and waste clicks on regions that then "
            "receive a dominant-class label anyway. We present Szilnock, which ranks SLIC superpixels by an "
            "expected-purity score that discounts uncertainty caused by boundary mixing and adds a class-balance prior "
            "estimated from the model's own predictions. We evaluate Szilnock with DeepLabv3+ on a ResNet-101 backbone "
            "and with SegFormer-B2. On Cityscapes, with only 5% of pixels labelled, Szilnock reaches 75.8 mIoU, which "
            "is 97.3% of the fully supervised DeepLabv3+ (77.9 mIoU); RIPU obtains 73.1 mIoU under the same budget. "
            "On PASCAL VOC 2012, Szilnock attains 76.2 mIoU with 1,000 labelled superpixels per round, 2.4 points "
            "more than entropy sampling over superpixels. On ADE20K with SegFormer-B2, Szilnock improves over random "
            "sampling by 3.1 mIoU at a 10% budget. In a user study with eight annotators, annotation time drops by "
            "38% relative to polygon labelling of full images. Acquisition adds 0.9 s per image on an A100 GPU, "
            "which is negligible next to the labelling effort it saves."
        ),
        "spans": [
            ("Szilnock", "M"), ("Active Learning", "T"), ("Semantic Segmentation", "T"),
            ("semantic segmentation", "T"), ("active learning", "T"), ("RIPU", "M"), ("PixelPick", "M"),
            ("SLIC", "M"), ("DeepLabv3+", "M", {"punct": True}), ("ResNet-101", "M"), ("SegFormer-B2", "M"),
            ("Cityscapes", "D"), ("mIoU", "X"), ("PASCAL VOC 2012", "D"), ("entropy sampling", "M"),
            ("ADE20K", "D"), ("random sampling", "M"), ("annotation time", "X"),
        ],
        "results": [
            ("75.8 mIoU", "mIoU", 75.8, None, "Cityscapes", "Szilnock"),
            ("97.3%", "relative mIoU", 97.3, "%", "Cityscapes", "Szilnock"),
            ("77.9 mIoU", "mIoU", 77.9, None, "Cityscapes", "DeepLabv3+"),
            ("73.1 mIoU", "mIoU", 73.1, None, "Cityscapes", "RIPU"),
            ("76.2 mIoU", "mIoU", 76.2, None, "PASCAL VOC 2012", "Szilnock"),
            ("2.4 points", "mIoU", 2.4, "points", "PASCAL VOC 2012", "Szilnock"),
            ("3.1 mIoU", "mIoU", 3.1, None, "ADE20K", "Szilnock"),
            ("annotation time drops by 38%", "annotation time reduction", 38, "%", None, None),
            ("Acquisition adds 0.9 s", "acquisition time", 0.9, "s", None, None),
        ],
    },
    {
        "field": "active-learning",
        "title": "Szembrique: Routing Queries between Calibrated LLM Annotators and Humans for Budget-Constrained Active "
                 "Learning in Text Classification",
        "text": (
            "Large language models (LLMs) can label text cheaply, but their errors are systematic and correlated with "
            "exactly the hard examples that active learning wants to send to humans. We study how to split a fixed "
            "annotation budget between GPT-4o-mini pseudo-labels and human labels. Szembrique trains a small "
            "calibration head on the LLM's token log-probabilities and routes each queried instance either to the LLM "
            "or to a human annotator, while a BADGE-style gradient-embedding criterion decides what to query. The "
            "downstream classifier is a RoBERTa-base model fine-tuned after every round. On AG News, TREC and SST-2, "
            "Szembrique reaches 90.2%, 94.8% and 91.5% accuracy with a human budget of 500 labels, whereas BADGE with "
            "human labels only obtains 87.6%, 91.0% and 89.9% with the same budget. On CoNLL-2003 named entity "
            "recognition, Szembrique raises micro-F1 from 84.3 for ActiveLLM to 88.1. Relative to labelling everything "
            "with humans, total annotation cost falls by 64% at matched accuracy, and the LLM's contribution is most "
            "valuable in the first rounds, when the classifier is weakest. We also find that uncalibrated routing, "
            "which trusts the LLM whenever its top-token probability exceeds 0.9, is worse than human-only CAL on "
            "TREC, underlining that calibration rather than raw LLM quality decides whether pseudo-annotation pays off."
        ),
        "spans": [
            ("Szembrique", "M"), ("LLM", "M"), ("Active Learning", "T"), ("Text Classification", "T"),
            ("Large language models", "M"), ("LLMs", "M"), ("active learning", "T"), ("GPT-4o-mini", "M"),
            ("BADGE", "M"), ("RoBERTa-base", "M"), ("AG News", "D"), ("TREC", "D"), ("SST-2", "D"),
            ("accuracy", "X"), ("CoNLL-2003", "D"), ("named entity recognition", "T"), ("micro-F1", "X"),
            ("ActiveLLM", "M"), ("total annotation cost", "X"), ("CAL", "M"),
        ],
        "results": [
            ("90.2%", "accuracy", 90.2, "%", "AG News", "Szembrique"),
            ("94.8%", "accuracy", 94.8, "%", "TREC", "Szembrique"),
            ("91.5% accuracy", "accuracy", 91.5, "%", "SST-2", "Szembrique"),
            ("87.6%", "accuracy", 87.6, "%", "AG News", "BADGE"),
            ("91.0%", "accuracy", 91.0, "%", "TREC", "BADGE"),
            ("89.9%", "accuracy", 89.9, "%", "SST-2", "BADGE"),
            ("micro-F1 from 84.3", "micro-F1", 84.3, None, "CoNLL-2003", "ActiveLLM"),
            ("88.1", "micro-F1", 88.1, None, "CoNLL-2003", "Szembrique"),
            ("total annotation cost falls by 64%", "annotation cost reduction", 64, "%", None, None),
        ],
    },
    {
        "field": "active-learning",
        "title": "Szoltrane: Box-Level Evidential Uncertainty for Label-Efficient Active Learning in Object Detection",
        "text": (
            "Active learning for object detection must aggregate uncertainty over many boxes per image, and popular "
            "choices, such as the mean box entropy used in CDAL or the Monte Carlo dropout ensembles of MI-AOD, are "
            "either noisy or slow. We introduce Szoltrane, a detector-agnostic acquisition function that places a "
            "Dirichlet prior on each box's class distribution, trained with an evidential loss, and scores an image "
            "by the epistemic uncertainty of its least certain boxes weighted by their localisation stability under "
            "test-time flips. Szoltrane needs a single forward pass per image and no auxiliary network. With Faster "
            "R-CNN on PASCAL VOC 2007, Szoltrane reaches 73.9% mAP after ten cycles of 1,000 images, against 72.3% "
            "for MI-AOD, 71.0% for CoreSet and 68.5% for random sampling. On MS COCO with RetinaNet, Szoltrane attains "
            "29.6 AP using 20% of the training images, above the 29.4 AP that learning loss (LL4AL) needs 30% of the "
            "images to reach, which corresponds to 50% fewer labelled images. Scoring the 118k COCO training images "
            "takes 14 minutes on 8 GPUs, 5.3\u00d7 faster than MC dropout with 25 samples, and the detector itself is "
            "left untouched. Experiments on BDD100K, whose long-tailed classes are hard for uncertainty sampling, show "
            "the same picture, with Szoltrane improving mAP@0.5 by 1.8 points over the best baseline."
        ),
        "spans": [
            ("Szoltrane", "M"), ("Active Learning", "T"), ("Object Detection", "T"), ("Active learning", "T"),
            ("object detection", "T"), ("CDAL", "M"), ("Monte Carlo dropout", "M"), ("MI-AOD", "M"),
            ("Faster R-CNN", "M"), ("PASCAL VOC 2007", "D"), ("mAP", "X"), ("CoreSet", "M"),
            ("random sampling", "M"), ("MS COCO", "D"), ("RetinaNet", "M"), ("AP", "X"), ("learning loss", "M"),
            ("LL4AL", "M"), ("COCO", "D"), ("MC dropout", "M"), ("BDD100K", "D"), ("uncertainty sampling", "M"),
            ("mAP@0.5", "X"),
        ],
        "results": [
            ("73.9% mAP", "mAP", 73.9, "%", "PASCAL VOC 2007", "Szoltrane"),
            ("72.3%", "mAP", 72.3, "%", "PASCAL VOC 2007", "MI-AOD"),
            ("71.0%", "mAP", 71.0, "%", "PASCAL VOC 2007", "CoreSet"),
            ("68.5%", "mAP", 68.5, "%", "PASCAL VOC 2007", "random sampling"),
            ("29.6 AP", "AP", 29.6, None, "MS COCO", "Szoltrane"),
            ("29.4 AP", "AP", 29.4, None, "MS COCO", "LL4AL"),
            ("50% fewer labelled images", "labelled image reduction", 50, "%", "MS COCO", "Szoltrane"),
            ("takes 14 minutes", "scoring time", 14, "min", "COCO", None),
            ("5.3\u00d7 faster", "speed-up", 5.3, "\u00d7", "COCO", None),
            ("mAP@0.5 by 1.8 points", "mAP@0.5", 1.8, "points", "BDD100K", "Szoltrane"),
        ],
    },
    {
        "field": "active-learning",
        "title": "Szavinder: Scalable Batch Active Learning via Streaming Submodular Coverage of Gradient Sketches",
        "text": (
            "Batch active learning methods such as BADGE and BAIT pick diverse, informative batches but scale poorly: "
            "BADGE runs k-means++ over gradient embeddings whose dimension grows with the number of classes, and BAIT "
            "requires Fisher information matrices that do not fit in memory for pools of millions of images. We "
            "propose Szavinder, which compresses last-layer gradient embeddings into 256-dimensional count sketches "
            "and selects the batch with a one-pass streaming algorithm for a facility-location objective with a "
            "constant-factor approximation guarantee. Szavinder is agnostic to the backbone and needs no retraining "
            "between selections within a round. On ImageNet-1K with a ResNet-50, selecting batches of 10,000 from "
            "a 1.2M-image pool, Szavinder matches the top-1 accuracy of BADGE (within 0.2 points at every round) "
            "while cutting selection time from 3.1 hours for BADGE to 11 minutes and peak memory from 212 GB to 9 GB. "
            "On CIFAR-100 and Caltech-256, Szavinder improves the area under the learning curve over BADGE by 0.8 "
            "and 1.3 points and over Coreset by 2.6 and 3.9 points. Across the four datasets of the OpenML-CC18 "
            "suite that we use for tabular experiments, Szavinder ranks first on 3 of the 4 datasets. Our results "
            "show that, at large query batch sizes, diversity can be enforced cheaply without sacrificing "
            "informativeness, removing the main obstacle to running batch acquisition at web scale."
        ),
        "spans": [
            ("Szavinder", "M"), ("Batch Active Learning", "T"), ("Batch active learning", "T"), ("BADGE", "M"),
            ("BAIT", "M"), ("k-means++", "M", {"punct": True}), ("count sketches", "M"), ("ImageNet-1K", "D"),
            ("ResNet-50", "M"), ("top-1 accuracy", "X"), ("selection time", "X"), ("peak memory", "X"),
            ("CIFAR-100", "D"), ("Caltech-256", "D"), ("area under the learning curve", "X"), ("Coreset", "M"),
            ("OpenML-CC18", "D"),
        ],
        "results": [
            ("within 0.2 points", "top-1 accuracy", 0.2, "points", "ImageNet-1K", "Szavinder"),
            ("selection time from 3.1 hours", "selection time", 3.1, "h", "ImageNet-1K", "BADGE"),
            ("11 minutes", "selection time", 11, "min", "ImageNet-1K", "Szavinder"),
            ("9 GB", "peak memory", 9, "GB", "ImageNet-1K", "Szavinder"),
            ("0.8", "area under the learning curve", 0.8, "points", "CIFAR-100", "Szavinder"),
            ("1.3 points", "area under the learning curve", 1.3, "points", "Caltech-256", "Szavinder"),
            ("2.6", "area under the learning curve", 2.6, "points", "CIFAR-100", "Szavinder"),
            ("3.9 points", "area under the learning curve", 3.9, "points", "Caltech-256", "Szavinder"),
            ("ranks first on 3 of the 4 datasets", "datasets ranked first", 3, None, "OpenML-CC18", "Szavinder"),
        ],
    },
    {
        "field": "active-learning",
        "title": "Szquorel: Correcting Zero-Shot Class Bias in Active Prompt Learning for Vision-Language Models",
        "text": (
            "Prompt learning methods such as CoOp adapt CLIP to downstream image classification with a handful of "
            "labels per class, but they assume the labelled shots are given. When the shots must instead be chosen by "
            "active learning, standard acquisition functions inherit CLIP's zero-shot biases and oversample the "
            "classes it already handles well, so that PCB, the only active prompt learning method we are aware of, "
            "still trails uniform class-balanced sampling on several datasets. Szquorel estimates per-class "
            "pseudo-label frequencies from CLIP's zero-shot predictions, re-weights margin-based uncertainty by the "
            "inverse of those frequencies, and enforces diversity with a k-center greedy step in the image-embedding "
            "space. We evaluate Szquorel with a ViT-B/16 CLIP on the eleven image classification datasets of the CoOp "
            "protocol, including ImageNet, Caltech101, Oxford Pets, Flowers102, DTD, EuroSAT and UCF101. With a "
            "budget of 8 labels per class, Szquorel improves the average accuracy over the eleven datasets from 74.1% "
            "with PCB to 76.9%, and by 5.2 points over random sampling. The largest gains are on EuroSAT (+9.4%) and "
            "DTD (+6.1%), where CLIP's zero-shot accuracy is lowest. Combined with MaPLe instead of CoOp, Szquorel "
            "reaches 78.3% average accuracy. Selection adds less than 2 seconds per round, so the method can be "
            "dropped into existing CoOp-style pipelines at no practical cost."
        ),
        "spans": [
            ("Szquorel", "M"), ("Active Prompt Learning", "T"), ("Vision-Language Models", "M"),
            ("Prompt learning", "M"), ("CoOp", "M"), ("CLIP", "M"), ("image classification", "T"),
            ("active learning", "T"), ("PCB", "M"), ("active prompt learning", "T"),
            ("class-balanced sampling", "M"), ("k-center greedy", "M"), ("ViT-B/16", "M"), ("ImageNet", "D"),
            ("Caltech101", "D"), ("Oxford Pets", "D"), ("Flowers102", "D"), ("DTD", "D"), ("EuroSAT", "D"),
            ("UCF101", "D"), ("average accuracy", "X"), ("random sampling", "M"), ("zero-shot accuracy", "X"),
            ("MaPLe", "M"),
        ],
        "results": [
            ("average accuracy over the eleven datasets from 74.1%", "accuracy", 74.1, "%", None, "PCB"),
            ("76.9%", "accuracy", 76.9, "%", None, "Szquorel"),
            ("5.2 points", "accuracy", 5.2, "points", None, "Szquorel"),
            ("+9.4%", "improvement", 9.4, "%", "EuroSAT", None),
            ("+6.1%", "improvement", 6.1, "%", "DTD", None),
            ("78.3% average accuracy", "accuracy", 78.3, "%", None, "Szquorel"),
            ("Selection adds less than 2 seconds", "selection time", 2, "s", None, None),
        ],
    },
    # ------------------------------------------------------------ domain-generalization
    {
        "field": "domain-generalization",
        "title": "Szelmaith: Prompt-Conditioned Merging of Low-Rank CLIP Experts for Domain Generalization",
        "text": (
            "Fine-tuning CLIP on source domains improves in-distribution accuracy but erodes the robustness of its "
            "zero-shot features, a trade-off that weight averaging methods such as SWAD and WiSE-FT only partly "
            "resolve. We present Szelmaith, which trains a small set of domain-specific low-rank experts with LoRA on "
            "top of a frozen ViT-B/16 CLIP image encoder and merges them at test time with coefficients predicted "
            "from the CLIP text embeddings of domain prompts, so no target-domain data are needed. Following the "
            "DomainBed protocol with leave-one-domain-out evaluation, Szelmaith obtains average accuracies of 98.1%, "
            "86.0%, 88.7%, 61.2% and 62.4% on PACS, VLCS, OfficeHome, TerraIncognita and DomainNet, respectively, for "
            "an overall average accuracy of 79.3%. In overall average accuracy, Szelmaith improves on ERM fine-tuning "
            "of the same backbone by 3.6 points and on MIRO with SWAD (77.9%) by 1.4 points. The gain is largest on "
            "TerraIncognita, where zero-shot CLIP reaches only 34.8% accuracy and camera-trap backgrounds dominate "
            "the image statistics. Szelmaith trains 1.2M parameters per expert and has no inference-time cost beyond "
            "a single forward pass, since the experts are merged once per target domain before deployment. An "
            "analysis of the predicted merging coefficients shows that they track human judgements of domain "
            "similarity, suggesting that language offers a usable handle on unseen distribution shifts."
        ),
        "spans": [
            ("Szelmaith", "M"), ("CLIP", "M"), ("Domain Generalization", "T"), ("in-distribution accuracy", "X"),
            ("weight averaging", "M"), ("SWAD", "M"), ("WiSE-FT", "M"), ("LoRA", "M"), ("ViT-B/16", "M"),
            ("DomainBed", "D"), ("average accuracies", "X"), ("PACS", "D"), ("VLCS", "D"), ("OfficeHome", "D"),
            ("TerraIncognita", "D"), ("DomainNet", "D"), ("overall average accuracy", "X"), ("ERM", "M"),
            ("MIRO", "M"), ("accuracy", "X"),
        ],
        "results": [
            ("98.1%", "accuracy", 98.1, "%", "PACS", "Szelmaith"),
            ("86.0%", "accuracy", 86.0, "%", "VLCS", "Szelmaith"),
            ("88.7%", "accuracy", 88.7, "%", "OfficeHome", "Szelmaith"),
            ("61.2%", "accuracy", 61.2, "%", "TerraIncognita", "Szelmaith"),
            ("62.4%", "accuracy", 62.4, "%", "DomainNet", "Szelmaith"),
            ("overall average accuracy of 79.3%", "accuracy", 79.3, "%", None, "Szelmaith"),
            ("3.6 points", "accuracy", 3.6, "points", None, "Szelmaith"),
            ("77.9%", "accuracy", 77.9, "%", None, "MIRO"),
            ("1.4 points", "accuracy", 1.4, "points", None, "Szelmaith"),
            ("34.8% accuracy", "accuracy", 34.8, "%", "TerraIncognita", "CLIP"),
        ],
    },
    {
        "field": "domain-generalization",
        "title": "Szundrow: Frequency-Aware Token Refinement of Vision Foundation Models for Domain-Generalized "
                 "Semantic Segmentation",
        "text": (
            "Domain-generalized semantic segmentation (DGSS) trains on a single source domain, typically synthetic "
            "GTA5 frames, and is evaluated on unseen real-world domains. Parameter-efficient fine-tuning of vision "
            "foundation models has recently pushed this setting forward, with Rein refining DINOv2 features through "
            "learnable tokens. We observe that the learned tokens of Rein mostly absorb low-frequency style statistics "
            "of the source domain, which hurts transfer to night and fog scenes. Szundrow splits each token into low- "
            "and high-frequency components with a fixed discrete cosine transform and regularises only the "
            "low-frequency part towards the frozen backbone, leaving high-frequency structure free to adapt. With a "
            "DINOv2-L backbone and a Mask2Former decoder, Szundrow trained on GTA5 obtains 67.1, 60.8 and 68.9 mIoU on "
            "Cityscapes, BDD100K and Mapillary, respectively, an average of 65.6 mIoU against 64.3 for Rein and 57.5 "
            "for the CNN-based SHADE. On the night subset of the adverse-weather ACDC benchmark, Szundrow improves on "
            "Rein by 4.7 mIoU, the largest margin we observe. Szundrow tunes only 2.9M parameters and keeps the "
            "inference latency of Rein, 212 ms per 1024\u00d72048 image on an RTX 4090, because the frequency split "
            "is folded into the tokens after training."
        ),
        "spans": [
            ("Szundrow", "M"), ("Vision Foundation Models", "M"), ("Domain-Generalized Semantic Segmentation", "T"),
            ("Domain-generalized semantic segmentation", "T"), ("DGSS", "T"), ("GTA5", "D"),
            ("Parameter-efficient fine-tuning", "M"), ("vision foundation models", "M"), ("Rein", "M"),
            ("DINOv2", "M"), ("discrete cosine transform", "M"), ("DINOv2-L", "M"), ("Mask2Former", "M"),
            ("mIoU", "X"), ("Cityscapes", "D"), ("BDD100K", "D"), ("Mapillary", "D"), ("CNN", "M"), ("SHADE", "M"),
            ("ACDC", "D"), ("inference latency", "X"),
        ],
        "results": [
            ("67.1", "mIoU", 67.1, None, "Cityscapes", "Szundrow"),
            ("60.8", "mIoU", 60.8, None, "BDD100K", "Szundrow"),
            ("68.9 mIoU", "mIoU", 68.9, None, "Mapillary", "Szundrow"),
            ("average of 65.6 mIoU", "mIoU", 65.6, None, None, "Szundrow"),
            ("64.3", "mIoU", 64.3, None, None, "Rein"),
            ("57.5", "mIoU", 57.5, None, None, "SHADE"),
            ("4.7 mIoU", "mIoU", 4.7, None, "ACDC", "Szundrow"),
            ("inference latency of Rein, 212 ms", "inference latency", 212, "ms", None, "Rein"),
        ],
    },
    {
        "field": "domain-generalization",
        "title": "Szyrkel: Forgetting-Free Continual Test-Time Adaptation with Drift-Triggered Resets of Batch "
                 "Statistics",
        "text": (
            "Test-time adaptation (TTA) updates a source model on unlabelled target batches as they arrive, but "
            "methods that minimise prediction entropy, such as TENT and EATA, collapse when the target distribution "
            "keeps changing, and the teacher-student scheme of CoTTA stabilises them only at a substantial compute "
            "overhead. We propose Szyrkel, a continual TTA method that adapts only the affine parameters of "
            "normalisation layers, gates each sample's contribution by an entropy threshold that is re-estimated "
            "online, and resets batch statistics towards the source whenever a drift detector fires. On CIFAR-10-C "
            "at severity 5 in the continual setting, Szyrkel lowers the mean error rate over the 15 corruptions to "
            "15.2%, versus 20.4% for TENT, 16.2% for CoTTA and 43.5% for the unadapted WideResNet-28. On ImageNet-C "
            "with a ResNet-50, Szyrkel reaches a mean error rate of 58.9% (TENT: 62.6%, SAR: 60.1%), and after ten "
            "repetitions of the corruption sequence its error changes by less than 0.3 points, whereas TENT degrades "
            "to 99.1%. Because only the normalisation layers are traversed in the backward pass, Szyrkel adapts to "
            "the 50,000 ImageNet-C validation images in 2.6 minutes, 3.4\u00d7 faster than CoTTA, and uses 41% less "
            "GPU memory. We argue that detecting drift explicitly is a cheaper safeguard against error accumulation "
            "than maintaining a teacher model."
        ),
        "spans": [
            ("Szyrkel", "M"), ("Continual Test-Time Adaptation", "T"), ("Test-time adaptation", "T"), ("TTA", "T"),
            ("TENT", "M"), ("EATA", "M"), ("CoTTA", "M"), ("continual TTA", "T"), ("CIFAR-10-C", "D"),
            ("mean error rate", "X"), ("WideResNet-28", "M"), ("ImageNet-C", "D"), ("ResNet-50", "M"),
            ("SAR", "M"), ("error", "X", {"only": [2]}), ("GPU memory", "X"),
        ],
        "results": [
            ("15.2%", "error rate", 15.2, "%", "CIFAR-10-C", "Szyrkel"),
            ("20.4%", "error rate", 20.4, "%", "CIFAR-10-C", "TENT"),
            ("16.2%", "error rate", 16.2, "%", "CIFAR-10-C", "CoTTA"),
            ("43.5%", "error rate", 43.5, "%", "CIFAR-10-C", "WideResNet-28"),
            ("mean error rate of 58.9%", "error rate", 58.9, "%", "ImageNet-C", "Szyrkel"),
            ("62.6%", "error rate", 62.6, "%", "ImageNet-C", "TENT"),
            ("60.1%", "error rate", 60.1, "%", "ImageNet-C", "SAR"),
            ("error changes by less than 0.3 points", "error rate", 0.3, "points", "ImageNet-C", "Szyrkel"),
            ("99.1%", "error rate", 99.1, "%", "ImageNet-C", "TENT"),
            ("in 2.6 minutes", "adaptation time", 2.6, "min", "ImageNet-C", "Szyrkel"),
            ("3.4\u00d7 faster", "speed-up", 3.4, "\u00d7", "ImageNet-C", "Szyrkel"),
            ("41% less GPU memory", "GPU memory reduction", 41, "%", None, "Szyrkel"),
        ],
    },
    {
        "field": "domain-generalization",
        "title": "Szobrant: Prototype-Anchored Mean Teacher for Cross-Domain Object Detection",
        "text": (
            "Self-training with a mean teacher has become the default recipe for unsupervised domain adaptation (UDA) "
            "in object detection, as in Adaptive Teacher and CMT, but its pseudo-labels drift towards the majority "
            "classes of the source domain, and small objects in fog or rain are dropped early and never recovered. "
            "We propose Szobrant, which keeps class prototypes of instance features from both domains in a memory "
            "bank and anchors the teacher's pseudo-label thresholds to the distance between each candidate box and "
            "its class prototype, so that thresholds are adapted per class rather than fixed globally. Szobrant is "
            "implemented on Faster R-CNN with a VGG-16 backbone for comparability with prior work, and also on "
            "Deformable DETR. On Cityscapes \u2192 Foggy Cityscapes, Szobrant achieves 53.6 mAP@50, outperforming "
            "Adaptive Teacher (45.0) by 8.6 points and CMT (50.3) by 3.3 points. On Sim10k \u2192 Cityscapes, where "
            "only cars are evaluated, Szobrant obtains 66.2 AP, and on Cityscapes \u2192 BDD100K it reaches 41.7 mAP. "
            "Szobrant with Deformable DETR reaches 55.9 mAP@50 on Foggy Cityscapes, showing that the prototype "
            "anchoring is not tied to anchor-based detectors. The prototype bank costs 38 MB of memory and adds "
            "under 3% to the training time per iteration, while inference is unchanged because only the student "
            "detector is deployed."
        ),
        "spans": [
            ("Szobrant", "M"), ("Mean Teacher", "M"), ("Cross-Domain Object Detection", "T"), ("Self-training", "M"),
            ("mean teacher", "M"), ("unsupervised domain adaptation", "T"), ("UDA", "T"), ("object detection", "T"),
            ("Adaptive Teacher", "M"), ("CMT", "M"), ("Faster R-CNN", "M"), ("VGG-16", "M"),
            ("Deformable DETR", "M"), ("Cityscapes", "D"), ("Foggy Cityscapes", "D"), ("mAP@50", "X"),
            ("Sim10k", "D"), ("AP", "X"), ("BDD100K", "D"), ("mAP", "X"), ("memory", "X", {"only": [1]}),
            ("training time", "X"),
        ],
        "results": [
            ("53.6 mAP@50", "mAP@50", 53.6, None, "Foggy Cityscapes", "Szobrant"),
            ("45.0", "mAP@50", 45.0, None, "Foggy Cityscapes", "Adaptive Teacher"),
            ("8.6 points", "mAP@50", 8.6, "points", "Foggy Cityscapes", "Szobrant"),
            ("50.3", "mAP@50", 50.3, None, "Foggy Cityscapes", "CMT"),
            ("3.3 points", "mAP@50", 3.3, "points", "Foggy Cityscapes", "Szobrant"),
            ("66.2 AP", "AP", 66.2, None, "Cityscapes", "Szobrant"),
            ("41.7 mAP", "mAP", 41.7, None, "BDD100K", "Szobrant"),
            ("55.9 mAP@50", "mAP@50", 55.9, None, "Foggy Cityscapes", "Szobrant"),
            ("38 MB of memory", "memory", 38, "MB", None, None),
            ("under 3% to the training time", "training time", 3, "%", None, None),
        ],
    },
    {
        "field": "domain-generalization",
        "title": "Szeravine: Synthesizing Unseen Styles with Text-Conditioned Diffusion Models for Single-Domain "
                 "Generalization",
        "text": (
            "Single-domain generalization asks a model trained on one source domain to perform well on many unseen "
            "ones. Augmentation methods such as MixStyle, RandConv and adversarial data augmentation (ADA) expand the "
            "source distribution, but the styles they produce either stay close to the source or destroy object "
            "shape. We introduce Szeravine, which uses a pretrained Stable Diffusion model with ControlNet edge "
            "conditioning to render each source image in text-described styles, and selects among the candidates "
            "with a CLIP-based score that rewards style novelty while penalising semantic drift. Synthesis is done "
            "once, offline, so the classifier's training cost rises by only 1.4\u00d7 compared with ERM. On the "
            "Digits benchmark, training on MNIST and testing on SVHN, MNIST-M, SYN and USPS, Szeravine reaches 83.7% "
            "average accuracy, surpassing the previous best, PDEN (74.3%), and RandConv (70.5%). In the "
            "single-source setting of PACS, Szeravine achieves 68.2% average accuracy over the four source domains. "
            "On CIFAR-10-C at the highest corruption level, Szeravine raises accuracy from 58.4% for ERM to 74.8%. "
            "Ablations show that dropping the semantic-drift penalty costs 5.1 points of average accuracy on Digits, "
            "and that 16 synthesized styles per image suffice, with more styles yielding no further gain."
        ),
        "spans": [
            ("Szeravine", "M"), ("Diffusion Models", "M"), ("Single-Domain Generalization", "T"),
            ("Single-domain generalization", "T"), ("MixStyle", "M"), ("RandConv", "M"),
            ("adversarial data augmentation", "M"), ("ADA", "M"), ("Stable Diffusion", "M"), ("ControlNet", "M"),
            ("CLIP", "M"), ("training cost", "X"), ("ERM", "M"), ("Digits", "D"), ("MNIST", "D"), ("SVHN", "D"),
            ("MNIST-M", "D"), ("SYN", "D"), ("USPS", "D"), ("average accuracy", "X"), ("PDEN", "M"), ("PACS", "D"),
            ("CIFAR-10-C", "D"), ("accuracy", "X"),
        ],
        "results": [
            ("training cost rises by only 1.4\u00d7", "training cost", 1.4, "\u00d7", None, None),
            ("83.7% average accuracy", "accuracy", 83.7, "%", "Digits", "Szeravine"),
            ("74.3%", "accuracy", 74.3, "%", "Digits", "PDEN"),
            ("70.5%", "accuracy", 70.5, "%", "Digits", "RandConv"),
            ("68.2% average accuracy", "accuracy", 68.2, "%", "PACS", "Szeravine"),
            ("accuracy from 58.4%", "accuracy", 58.4, "%", "CIFAR-10-C", "ERM"),
            ("74.8%", "accuracy", 74.8, "%", "CIFAR-10-C", "Szeravine"),
            ("5.1 points of average accuracy", "accuracy", 5.1, "points", "Digits", None),
        ],
    },
    {
        "field": "domain-generalization",
        "title": "Szitholm: Neighbourhood-Consistent Source-Free Domain Adaptation with Lightweight Adapters",
        "text": (
            "Source-free domain adaptation (SFDA) adapts a model trained on labelled source data to an unlabelled "
            "target domain without access to the source data, which matters when source images are private or too "
            "large to ship. Clustering-based methods such as SHOT, NRC and AaD exploit the neighbourhood structure of "
            "target features, yet they update the whole backbone and are sensitive to noisy neighbours early in "
            "adaptation. Szitholm inserts bottleneck adapters into a frozen ViT-B/16, estimates the reliability of "
            "each neighbour from the agreement between the source classifier and an evolving nearest-centroid "
            "classifier, and weights the consistency loss accordingly. On VisDA-2017, Szitholm reaches a per-class "
            "average accuracy of 91.8%, compared with 88.6% for AaD and 87.4% for NRC when run with the same "
            "backbone. On Office-Home and DomainNet-126, average accuracy over the 12 adaptation tasks reaches 84.9% "
            "and 77.3%, which is 2.0 and 3.1 points above the best SFDA baseline. Only 1.9% of the parameters are "
            "updated, reducing adaptation memory from 22.4 GB to 7.8 GB and wall-clock adaptation time by "
            "2.7\u00d7. Szitholm also remains stable for a wide range of neighbourhood sizes, with accuracy on "
            "VisDA-2017 varying by less than 0.6 points between 5 and 50 neighbours, which removes the need for a "
            "labelled target validation set to tune it."
        ),
        "spans": [
            ("Szitholm", "M"), ("Source-Free Domain Adaptation", "T"), ("Adapters", "M"),
            ("Source-free domain adaptation", "T"), ("SFDA", "T"), ("SHOT", "M"), ("NRC", "M"), ("AaD", "M"),
            ("bottleneck adapters", "M"), ("ViT-B/16", "M"), ("nearest-centroid classifier", "M"),
            ("VisDA-2017", "D"), ("per-class average accuracy", "X"), ("Office-Home", "D"), ("DomainNet-126", "D"),
            ("average accuracy", "X"), ("adaptation memory", "X"), ("wall-clock adaptation time", "X"),
            ("accuracy", "X"),
        ],
        "results": [
            ("per-class average accuracy of 91.8%", "accuracy", 91.8, "%", "VisDA-2017", "Szitholm"),
            ("88.6%", "accuracy", 88.6, "%", "VisDA-2017", "AaD"),
            ("87.4%", "accuracy", 87.4, "%", "VisDA-2017", "NRC"),
            ("84.9%", "accuracy", 84.9, "%", "Office-Home", None),
            ("77.3%", "accuracy", 77.3, "%", "DomainNet-126", None),
            ("2.0", "accuracy", 2.0, "points", "Office-Home", None),
            ("3.1 points", "accuracy", 3.1, "points", "DomainNet-126", None),
            ("7.8 GB", "adaptation memory", 7.8, "GB", None, None),
            ("adaptation time by 2.7\u00d7", "adaptation time reduction", 2.7, "\u00d7", None, None),
            ("0.6 points", "accuracy", 0.6, "points", "VisDA-2017", "Szitholm"),
        ],
    },
]
