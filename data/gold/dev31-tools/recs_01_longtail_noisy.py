"""dev31 records: long-tailed-recognition (6) and noisy-label-learning (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the
pipeline and its output were never looked at or run while writing these records."""

COINED = ["Nzarith", "Nzelbo", "Nzivane", "Nzoltra", "Nzumbrel", "Nzephor",
          "Nzakira", "Nzidrel", "Nzorvane", "Nzulith", "Nzembrid", "Nzaphel"]

RECS = [
    # ------------------------------------------------------------ long-tailed-recognition
    {
        "field": "long-tailed-recognition",
        "title": "Nzarith: Text-Guided Prompt Mixing for Parameter-Efficient Long-Tailed Recognition with "
                 "Vision-Language Models",
        "text": (
            "Fine-tuning vision-language models such as CLIP has become the strongest recipe for long-tailed "
            "recognition, yet full fine-tuning distorts the pretrained feature space, and lightweight alternatives "
            "such as LPT and PEL still favour head classes once the classifier is fit to imbalanced data. We propose "
            "Nzarith, which learns a small bank of visual prompts shared across all classes and mixes them per sample "
            "with weights predicted from the frozen text embeddings of the class names, so that tail classes borrow "
            "prompts from semantically related head classes. The classifier is initialised from the text encoder and "
            "trained with logit adjustment, and only 0.3% of the parameters of ViT-B/16 are updated. On ImageNet-LT, "
            "Nzarith reaches 78.6% top-1 accuracy after 10 epochs, 1.2 points above PEL, with a few-shot accuracy of "
            "74.9%. On Places-LT and iNaturalist 2018, Nzarith obtains 52.4% and 80.1% top-1 accuracy, respectively, "
            "compared with 52.2% and 79.1% for LIFT. Training on ImageNet-LT takes 2.1 GPU-hours, 5.6\u00d7 less than "
            "full fine-tuning of CLIP, and inference adds no cost because the mixed prompts are cached per class "
            "cluster. Ablations show that text-guided mixing accounts for most of the gain on tail classes, while the "
            "adjusted loss mainly protects accuracy on head classes."
        ),
        "spans": [
            ("Nzarith", "M"), ("Long-Tailed Recognition", "T"), ("Vision-Language Models", "M"),
            ("vision-language models", "M"), ("CLIP", "M"), ("long-tailed recognition", "T"),
            ("full fine-tuning", "M"), ("LPT", "M"), ("PEL", "M"), ("logit adjustment", "M"), ("ViT-B/16", "M"),
            ("ImageNet-LT", "D"), ("top-1 accuracy", "X"), ("few-shot accuracy", "X"), ("Places-LT", "D"),
            ("iNaturalist 2018", "D"), ("LIFT", "M"), ("accuracy", "X"),
        ],
        "results": [
            ("78.6% top-1 accuracy", "top-1 accuracy", 78.6, "%", "ImageNet-LT", "Nzarith"),
            ("1.2 points", "top-1 accuracy", 1.2, "points", "ImageNet-LT", "Nzarith"),
            ("few-shot accuracy of 74.9%", "few-shot accuracy", 74.9, "%", "ImageNet-LT", "Nzarith"),
            ("52.4%", "top-1 accuracy", 52.4, "%", "Places-LT", "Nzarith"),
            ("80.1% top-1 accuracy", "top-1 accuracy", 80.1, "%", "iNaturalist 2018", "Nzarith"),
            ("52.2%", "top-1 accuracy", 52.2, "%", "Places-LT", "LIFT"),
            ("79.1%", "top-1 accuracy", 79.1, "%", "iNaturalist 2018", "LIFT"),
            ("takes 2.1 GPU-hours", "training time", 2.1, "GPU-hours", "ImageNet-LT", None),
            ("5.6\u00d7 less", "training time reduction", 5.6, "\u00d7", "ImageNet-LT", None),
        ],
    },
    {
        "field": "long-tailed-recognition",
        "title": "Nzelbo: Batch-Level Logit Equalization for Long-Tailed Object Detection and Instance Segmentation",
        "text": (
            "Detectors trained on LVIS inherit its long-tailed category distribution: rare categories receive few "
            "positive samples and are overwhelmed by the negative gradients of frequent ones. Gradient-balancing "
            "losses such as EQLv2 and Seesaw Loss counter this with statistics accumulated over training, which makes "
            "them sensitive to the sampling scheme and hard to transfer to query-based detectors. We present Nzelbo, "
            "a classification loss that equalizes the logit margins of each category from the gradient ratio observed "
            "within the current batch, requiring neither category frequencies nor repeat factor sampling (RFS). "
            "Nzelbo is a drop-in replacement for the sigmoid focal loss and the softmax cross-entropy loss. With Mask "
            "R-CNN and a ResNet-50 backbone under the 2\u00d7 schedule, Nzelbo obtains 29.8 mask AP and 24.1 APr on "
            "LVIS v1.0, improving on EQLv2 (25.5 AP, 17.1 APr) and Seesaw Loss (26.4 AP, 19.6 APr). The gains hold "
            "for stronger models: with Cascade Mask R-CNN and a Swin-B backbone it reaches 41.7 box AP, and inside a "
            "DINO detector with a Swin-L backbone it raises APr from 42.0 to 47.3. Nzelbo also helps open-vocabulary "
            "detection on LVIS, adding 2.2 APr to Detic. Because the loss only needs batch statistics, its training "
            "time matches that of the softmax baseline, whereas Federated Loss with RFS costs 18% more."
        ),
        "spans": [
            ("Nzelbo", "M"), ("Long-Tailed Object Detection", "T"), ("Instance Segmentation", "T"), ("LVIS", "D"),
            ("EQLv2", "M"), ("Seesaw Loss", "M"), ("repeat factor sampling", "M"), ("RFS", "M"),
            ("sigmoid focal loss", "M"), ("softmax cross-entropy loss", "M"), ("Mask R-CNN", "M"),
            ("ResNet-50", "M"), ("mask AP", "X"), ("APr", "X"), ("LVIS v1.0", "D"), ("AP", "X"),
            ("Cascade Mask R-CNN", "M"), ("Swin-B", "M"), ("box AP", "X"), ("DINO", "M"), ("Swin-L", "M"),
            ("open-vocabulary detection", "T"), ("Detic", "M"), ("training time", "X"), ("Federated Loss", "M"),
        ],
        "results": [
            ("29.8 mask AP", "mask AP", 29.8, None, "LVIS v1.0", "Nzelbo"),
            ("24.1 APr", "APr", 24.1, None, "LVIS v1.0", "Nzelbo"),
            ("25.5 AP", "mask AP", 25.5, None, "LVIS v1.0", "EQLv2"),
            ("17.1 APr", "APr", 17.1, None, "LVIS v1.0", "EQLv2"),
            ("26.4 AP", "mask AP", 26.4, None, "LVIS v1.0", "Seesaw Loss"),
            ("19.6 APr", "APr", 19.6, None, "LVIS v1.0", "Seesaw Loss"),
            ("41.7 box AP", "box AP", 41.7, None, None, None),
            ("APr from 42.0 to 47.3", "APr", 47.3, None, None, None),
            ("adding 2.2 APr", "APr", 2.2, None, "LVIS", "Nzelbo"),
            ("costs 18% more", "training time", 18, "%", None, "Federated Loss"),
        ],
    },
    {
        "field": "long-tailed-recognition",
        "title": "Nzivane: Prototype-Anchored Contrastive Learning Keeps Tail Classes Separable under Extreme Class "
                 "Imbalance",
        "text": (
            "Supervised contrastive learning has become a standard ingredient of long-tailed image classification, "
            "with PaCo, BCL and GPaCo all pairing a contrastive objective with a logit adjustment loss. Under extreme "
            "imbalance, however, a batch rarely contains positives for tail classes, and their features collapse "
            "toward head-class clusters. Nzivane anchors every class to a fixed prototype on the unit hypersphere, "
            "maximally separated from all other prototypes, and contrasts each sample against the prototypes rather "
            "than against other samples, so that every class contributes a positive to every batch regardless of its "
            "frequency. A second branch applies Balanced Softmax to the same features, and the two branches are "
            "merged after training. We train ResNet-32 on CIFAR-10-LT and CIFAR-100-LT with imbalance ratios of 100, "
            "50 and 10, and ResNet-50 and ResNeXt-50 on ImageNet-LT and iNaturalist 2018. With an imbalance ratio of "
            "100, Nzivane reaches 86.2% and 53.9% top-1 accuracy on CIFAR-10-LT and CIFAR-100-LT, respectively, "
            "against 84.3% and 52.0% for BCL. On ImageNet-LT with ResNeXt-50, Nzivane obtains 58.8% (PaCo: 58.2%; "
            "GPaCo: 58.5%), and on iNaturalist 2018 with ResNet-50 it obtains 74.1%. The improvement is concentrated "
            "on tail classes: on CIFAR-100-LT, Nzivane's few-shot accuracy is +4.6 points above that of BCL. Without "
            "a memory queue, Nzivane also trains 1.7\u00d7 faster than PaCo at a batch size of 256."
        ),
        "spans": [
            ("Nzivane", "M"), ("Contrastive Learning", "M"), ("Supervised contrastive learning", "M"),
            ("long-tailed image classification", "T"), ("PaCo", "M"), ("BCL", "M"), ("GPaCo", "M"),
            ("logit adjustment", "M"), ("Balanced Softmax", "M"), ("ResNet-32", "M"), ("CIFAR-10-LT", "D"),
            ("CIFAR-100-LT", "D"), ("ResNet-50", "M"), ("ResNeXt-50", "M"), ("ImageNet-LT", "D"),
            ("iNaturalist 2018", "D"), ("top-1 accuracy", "X"), ("few-shot accuracy", "X"),
        ],
        "results": [
            ("86.2%", "top-1 accuracy", 86.2, "%", "CIFAR-10-LT", "Nzivane"),
            ("53.9% top-1 accuracy", "top-1 accuracy", 53.9, "%", "CIFAR-100-LT", "Nzivane"),
            ("84.3%", "top-1 accuracy", 84.3, "%", "CIFAR-10-LT", "BCL"),
            ("52.0%", "top-1 accuracy", 52.0, "%", "CIFAR-100-LT", "BCL"),
            ("58.8%", "top-1 accuracy", 58.8, "%", "ImageNet-LT", "Nzivane"),
            ("58.2%", "top-1 accuracy", 58.2, "%", "ImageNet-LT", "PaCo"),
            ("58.5%", "top-1 accuracy", 58.5, "%", "ImageNet-LT", "GPaCo"),
            ("74.1%", "top-1 accuracy", 74.1, "%", "iNaturalist 2018", "Nzivane"),
            ("few-shot accuracy is +4.6 points", "few-shot accuracy", 4.6, "points", "CIFAR-100-LT", "Nzivane"),
            ("1.7\u00d7 faster", "training speed-up", 1.7, "\u00d7", None, "Nzivane"),
        ],
    },
    {
        "field": "long-tailed-recognition",
        "title": "Nzoltra: Routing Among Diverse Experts for Test-Agnostic Long-Tailed Recognition at the Cost of One "
                 "Expert",
        "text": (
            "Multi-expert methods such as RIDE, SADE and BalPoE lead the long-tailed recognition benchmarks, but they "
            "run every expert at test time and assume that the test label distribution is either uniform or known. "
            "Nzoltra trains three experts with logit adjustment toward forward, uniform and backward label "
            "distributions, as SADE does, and adds a router that picks a single expert per image from its early-layer "
            "features. The router is fit at test time by maximizing prediction stability between two views of "
            "unlabeled test images, so it adapts to an unknown label shift without labels. On ImageNet-LT with "
            "ResNeXt-50, Nzoltra obtains 59.1% top-1 accuracy under the uniform test distribution, on par with SADE "
            "(58.8%), while requiring 3.5 GFLOPs per image compared with 8.1 GFLOPs for SADE. Under the test-agnostic "
            "protocol with ten shifted test distributions, Nzoltra reaches an average accuracy of 61.7%, against "
            "60.0% for SADE and 60.4% for BalPoE. On CIFAR-100-LT (imbalance ratio 100) and iNaturalist 2018, "
            "Nzoltra improves over RIDE by 2.8 and 1.9 points, respectively, and on Places-LT it reaches 41.2%. "
            "Measured on one A100 GPU, inference latency drops from 11.6 ms for the three-expert SADE to 4.9 ms per "
            "batch of 64 images. Routing decisions are also interpretable, with tail-heavy test distributions "
            "favouring the backward expert."
        ),
        "spans": [
            ("Nzoltra", "M"), ("Test-Agnostic Long-Tailed Recognition", "T"), ("RIDE", "M"), ("SADE", "M"),
            ("BalPoE", "M"), ("long-tailed recognition", "T"), ("logit adjustment", "M"), ("ImageNet-LT", "D"),
            ("ResNeXt-50", "M"), ("top-1 accuracy", "X"), ("GFLOPs", "X"), ("average accuracy", "X"),
            ("CIFAR-100-LT", "D"), ("iNaturalist 2018", "D"), ("Places-LT", "D"), ("inference latency", "X"),
        ],
        "results": [
            ("59.1% top-1 accuracy", "top-1 accuracy", 59.1, "%", "ImageNet-LT", "Nzoltra"),
            ("58.8%", "top-1 accuracy", 58.8, "%", "ImageNet-LT", "SADE"),
            ("3.5 GFLOPs", "FLOPs", 3.5, "G", "ImageNet-LT", "Nzoltra"),
            ("8.1 GFLOPs", "FLOPs", 8.1, "G", "ImageNet-LT", "SADE"),
            ("average accuracy of 61.7%", "accuracy", 61.7, "%", None, "Nzoltra"),
            ("60.0% for SADE", "accuracy", 60.0, "%", None, "SADE"),
            ("60.4% for BalPoE", "accuracy", 60.4, "%", None, "BalPoE"),
            ("2.8", "improvement", 2.8, "points", "CIFAR-100-LT", "Nzoltra"),
            ("1.9 points", "improvement", 1.9, "points", "iNaturalist 2018", "Nzoltra"),
            ("41.2%", "top-1 accuracy", 41.2, "%", "Places-LT", "Nzoltra"),
            ("inference latency drops from 11.6 ms", "inference latency", 11.6, "ms", None, "SADE"),
            ("4.9 ms", "inference latency", 4.9, "ms", None, None),
        ],
    },
    {
        "field": "long-tailed-recognition",
        "title": "Nzumbrel: Synthesizing Hard Tail-Class Images with Classifier Feedback for Long-Tailed Image "
                 "Classification",
        "text": (
            "Generating extra training images for rare classes with text-to-image diffusion models is an appealing "
            "way to rebalance long-tailed datasets, but samples synthesized from class names alone are often "
            "off-distribution or redundant with what the classifier already knows. We introduce Nzumbrel, which "
            "conditions Stable Diffusion on both the class name and a handful of real tail-class images, and steers "
            "sampling with the gradient of the current classifier's loss so that the synthesized images land near "
            "its decision boundary. Images are generated once per training stage and filtered by CLIP similarity "
            "before being added to the tail classes. Combined with a plain cross-entropy baseline and no re-sampling, "
            "Nzumbrel improves top-1 accuracy on ImageNet-LT by 6.3 points and few-shot accuracy by 17.5 points, "
            "outperforming both re-weighting with LDAM-DRW and classifier re-training (cRT). On iNaturalist 2018, "
            "whose fine-grained species Stable Diffusion often renders incorrectly, the gains are smaller but "
            "consistent across all three frequency groups. We also find that classifier feedback matters more than "
            "the volume of synthetic data: doubling the synthetic set without feedback helps far less than adding "
            "feedback to the original one. The main cost is generation, which takes about 40 GPU-hours for "
            "ImageNet-LT; we release the synthetic images so that others need not pay it again."
        ),
        "spans": [
            ("Nzumbrel", "M"), ("Long-Tailed Image Classification", "T"), ("text-to-image", "T"),
            ("diffusion models", "M"), ("Stable Diffusion", "M"), ("CLIP", "M"), ("cross-entropy", "M"),
            ("re-sampling", "M"), ("top-1 accuracy", "X"), ("ImageNet-LT", "D"), ("few-shot accuracy", "X"),
            ("re-weighting", "M"), ("LDAM-DRW", "M"), ("classifier re-training", "M"), ("cRT", "M"),
            ("iNaturalist 2018", "D"),
        ],
        "results": [
            ("top-1 accuracy on ImageNet-LT by 6.3 points", "top-1 accuracy", 6.3, "points", "ImageNet-LT",
             "Nzumbrel"),
            ("few-shot accuracy by 17.5 points", "few-shot accuracy", 17.5, "points", "ImageNet-LT", "Nzumbrel"),
            ("takes about 40 GPU-hours", "generation time", 40, "GPU-hours", "ImageNet-LT", None),
        ],
    },
    {
        "field": "long-tailed-recognition",
        "title": "Nzephor: Class-Conditional Temperature Transport for Confidence Calibration in Long-Tailed "
                 "Recognition",
        "text": (
            "Classifiers trained on long-tailed data are not only biased toward head classes but also poorly "
            "calibrated, being overconfident on head classes and underconfident on tail classes. Post-hoc remedies "
            "such as temperature scaling use a single temperature for all classes, while label-aware smoothing, as "
            "used in MiSLAS, requires retraining. Nzephor fits one temperature per class on a small balanced held-out "
            "set by matching predicted and empirical confidence histograms, shares statistical strength across "
            "classes through their classifier weight norms, and composes with any logit adjustment applied at test "
            "time. On CIFAR-100-LT with an imbalance ratio of 100, Nzephor lowers the expected calibration error "
            "(ECE) of a cross-entropy-trained ResNet-32 from 38.2% to 4.1%, vs. 9.7% for MiSLAS, while raising top-1 "
            "accuracy from 38.3% to 42.6%. On ImageNet-LT and iNaturalist 2018 with ResNet-50, ECE falls to 2.3% and "
            "1.8%, respectively (MiSLAS: 3.7% and 3.2%), with no loss of accuracy. Across 24 combinations of "
            "backbone, training loss and dataset, Nzephor reduces ECE by 41\u201378% relative to temperature scaling. "
            "Fitting the temperatures takes under 3 seconds on a CPU and changes no model parameter, so Nzephor also "
            "applies to released checkpoints of LiVT and BCL, whose ECE it cuts by 47% and 52%, respectively."
        ),
        "spans": [
            ("Nzephor", "M"), ("Confidence Calibration", "T"), ("Long-Tailed Recognition", "T"),
            ("temperature scaling", "M"), ("label-aware smoothing", "M"), ("MiSLAS", "M"),
            ("logit adjustment", "M"), ("CIFAR-100-LT", "D"), ("expected calibration error", "X"), ("ECE", "X"),
            ("cross-entropy", "M"), ("ResNet-32", "M"), ("top-1 accuracy", "X"), ("ImageNet-LT", "D"),
            ("iNaturalist 2018", "D"), ("ResNet-50", "M"), ("accuracy", "X"), ("LiVT", "M"), ("BCL", "M"),
        ],
        "results": [
            ("expected calibration error (ECE) of a cross-entropy-trained ResNet-32 from 38.2% to 4.1%", "ECE", 4.1,
             "%", "CIFAR-100-LT", "Nzephor"),
            ("9.7% for MiSLAS", "ECE", 9.7, "%", "CIFAR-100-LT", "MiSLAS"),
            ("top-1 accuracy from 38.3% to 42.6%", "top-1 accuracy", 42.6, "%", "CIFAR-100-LT", "Nzephor"),
            ("ECE falls to 2.3%", "ECE", 2.3, "%", "ImageNet-LT", None),
            ("1.8%", "ECE", 1.8, "%", "iNaturalist 2018", None),
            ("3.7%", "ECE", 3.7, "%", "ImageNet-LT", "MiSLAS"),
            ("3.2%", "ECE", 3.2, "%", "iNaturalist 2018", "MiSLAS"),
            ("reduces ECE by 41\u201378%", "ECE reduction", 78, "%", None, "Nzephor", {"low": 41}),
            ("Fitting the temperatures takes under 3 seconds", "fitting time", 3, "s", None, None),
            ("ECE it cuts by 47%", "ECE reduction", 47, "%", None, "Nzephor"),
            ("52%", "ECE reduction", 52, "%", None, "Nzephor"),
        ],
    },
    # ------------------------------------------------------------ noisy-label-learning
    {
        "field": "noisy-label-learning",
        "title": "Nzakira: Agreement-Weighted Sample Selection for Learning with Noisy Labels without Loss Thresholds",
        "text": (
            "Sample selection methods for learning with noisy labels, such as Co-teaching and DivideMix, separate "
            "clean from mislabeled samples by fitting a two-component Gaussian mixture model (GMM) to per-sample "
            "losses, which breaks down when the noise is instance-dependent and hard clean samples incur losses as "
            "high as mislabeled ones. We propose Nzakira, which scores each sample by how often the predictions of an "
            "exponential moving average (EMA) teacher on augmented views agree with its given label, and weights "
            "samples continuously instead of thresholding them. Samples with low agreement are relabeled with "
            "FixMatch-style pseudo-labeling and trained with MixMatch, as in DivideMix. On CIFAR-10 with 50% and 80% "
            "symmetric noise, Nzakira reaches 95.8% and 94.1% test accuracy, respectively, and on CIFAR-100 with the "
            "same noise rates 77.9% and 66.2%. At 80% noise, Nzakira improves on DivideMix by 0.9 points on CIFAR-10 "
            "and by 8.3 points on CIFAR-100. On the human-annotated CIFAR-10N (worst) and CIFAR-100N benchmarks, "
            "Nzakira obtains 93.9% and 71.5%, against 91.1% and 66.7% for ELR+. On CIFAR-10N, selection precision "
            "stays above 97% throughout training, whereas that of the GMM criterion drops to 88.4% in the last "
            "epochs. Nzakira needs only one extra forward pass of the teacher per batch and trains 1.4\u00d7 faster "
            "than DivideMix, which maintains two networks."
        ),
        "spans": [
            ("Nzakira", "M"), ("Sample Selection", "M"), ("Sample selection", "M"),
            ("Learning with Noisy Labels", "T"), ("learning with noisy labels", "T"), ("Co-teaching", "M"),
            ("DivideMix", "M"), ("Gaussian mixture model", "M"), ("GMM", "M"), ("exponential moving average", "M"),
            ("EMA", "M"), ("FixMatch", "M"), ("pseudo-labeling", "M"), ("MixMatch", "M"), ("CIFAR-10", "D"),
            ("test accuracy", "X"), ("CIFAR-100", "D"), ("CIFAR-10N", "D"), ("CIFAR-100N", "D"),
            ("ELR+", "M", {"punct": True}), ("selection precision", "X"),
        ],
        "results": [
            ("95.8%", "test accuracy", 95.8, "%", "CIFAR-10", "Nzakira"),
            ("94.1% test accuracy", "test accuracy", 94.1, "%", "CIFAR-10", "Nzakira"),
            ("77.9%", "test accuracy", 77.9, "%", "CIFAR-100", "Nzakira"),
            ("66.2%", "test accuracy", 66.2, "%", "CIFAR-100", "Nzakira"),
            ("0.9 points", "improvement", 0.9, "points", "CIFAR-10", "Nzakira"),
            ("8.3 points", "improvement", 8.3, "points", "CIFAR-100", "Nzakira"),
            ("93.9%", "test accuracy", 93.9, "%", "CIFAR-10N", "Nzakira"),
            ("71.5%", "test accuracy", 71.5, "%", "CIFAR-100N", "Nzakira"),
            ("91.1%", "test accuracy", 91.1, "%", "CIFAR-10N", "ELR+"),
            ("66.7%", "test accuracy", 66.7, "%", "CIFAR-100N", "ELR+"),
            ("selection precision stays above 97%", "selection precision", 97, "%", "CIFAR-10N", None),
            ("88.4%", "selection precision", 88.4, "%", "CIFAR-10N", "GMM"),
            ("1.4\u00d7 faster", "training speed-up", 1.4, "\u00d7", None, "Nzakira"),
        ],
    },
    {
        "field": "noisy-label-learning",
        "title": "Nzidrel: Entropy-Annealed Bounded Losses for Learning with Noisy Labels at Web Scale",
        "text": (
            "Robust loss functions are a simple alternative to sample selection for learning with noisy labels, as "
            "they need no second network and no estimate of the noise rate. Symmetric losses such as mean absolute "
            "error (MAE) are provably noise-tolerant but underfit datasets with many classes, and generalized cross "
            "entropy (GCE), symmetric cross entropy (SCE) and active passive loss (APL) trade robustness for fitting "
            "ability through a fixed hyperparameter. Nzidrel makes this trade-off adaptive: its curvature is annealed "
            "per class from the running entropy of the model's predictions, so that the loss behaves like cross "
            "entropy on classes that are still being learned and like MAE on classes whose noisy samples begin to be "
            "memorized. We evaluate Nzidrel on CIFAR-100 with symmetric and asymmetric noise, on Clothing1M, on "
            "Food-101N, and on the mini-WebVision subset of WebVision 1.0 with additional evaluation on the ILSVRC12 "
            "validation set. With a ResNet-50 pretrained on ImageNet, Nzidrel reaches 74.6% accuracy on Clothing1M, "
            "compared with 73.2% for GCE, 73.5% for SCE and 74.0% for APL. On mini-WebVision, Nzidrel's top-1 "
            "accuracy is 79.3% and its top-5 accuracy 92.8%, and on ILSVRC12 it obtains 76.0% and 91.9%, "
            "respectively. On CIFAR-100 with 40% asymmetric noise, Nzidrel outperforms APL by 9.1 points. Its "
            "training cost is identical to that of cross entropy."
        ),
        "spans": [
            ("Nzidrel", "M"), ("Learning with Noisy Labels", "T"), ("learning with noisy labels", "T"),
            ("sample selection", "M"), ("mean absolute error", "M"), ("MAE", "M"),
            ("generalized cross entropy", "M"), ("GCE", "M"), ("symmetric cross entropy", "M"), ("SCE", "M"),
            ("active passive loss", "M"), ("APL", "M"), ("cross entropy", "M"), ("CIFAR-100", "D"),
            ("Clothing1M", "D"), ("Food-101N", "D"), ("mini-WebVision", "D"), ("WebVision 1.0", "D"),
            ("ILSVRC12", "D"), ("ResNet-50", "M"), ("ImageNet", "D"), ("accuracy", "X"), ("top-1 accuracy", "X"),
            ("top-5 accuracy", "X"),
        ],
        "results": [
            ("74.6% accuracy", "accuracy", 74.6, "%", "Clothing1M", "Nzidrel"),
            ("73.2% for GCE", "accuracy", 73.2, "%", "Clothing1M", "GCE"),
            ("73.5% for SCE", "accuracy", 73.5, "%", "Clothing1M", "SCE"),
            ("74.0% for APL", "accuracy", 74.0, "%", "Clothing1M", "APL"),
            ("top-1 accuracy is 79.3%", "top-1 accuracy", 79.3, "%", "mini-WebVision", "Nzidrel"),
            ("top-5 accuracy 92.8%", "top-5 accuracy", 92.8, "%", "mini-WebVision", "Nzidrel"),
            ("76.0%", "top-1 accuracy", 76.0, "%", "ILSVRC12", "Nzidrel"),
            ("91.9%", "top-5 accuracy", 91.9, "%", "ILSVRC12", "Nzidrel"),
            ("9.1 points", "improvement", 9.1, "points", "CIFAR-100", "Nzidrel"),
        ],
    },
    {
        "field": "noisy-label-learning",
        "title": "Nzorvane: Class-Calibrated Zero-Shot CLIP Priors for Cleaning Instance-Dependent Label Noise",
        "text": (
            "Most methods for learning with noisy labels identify mislabeled samples from the training dynamics of "
            "the very network that the noise corrupts, so their selection degrades once that network starts to "
            "memorize. Vision-language models offer an independent view, since the zero-shot predictions of CLIP are "
            "untouched by the noisy training labels. Nzorvane combines both signals in a lightweight estimator that "
            "compares the zero-shot posterior of a frozen CLIP ViT-L/14 and the early-epoch predictions of the "
            "trained network with the given label, and then keeps, relabels or discards each sample. Unlike "
            "CLIPCleaner, Nzorvane calibrates the CLIP prior separately for each class, which matters for "
            "fine-grained classes on which zero-shot accuracy is low. On CIFAR-100 with 40% instance-dependent noise, "
            "the selected subset has a precision of 98.1% and a recall of 91.4%, and a PreAct ResNet-18 trained on it "
            "reaches 79.2% accuracy. On the real-world benchmarks Animal-10N, Clothing1M and WebVision, Nzorvane "
            "obtains 90.6%, 75.1% and 81.2% accuracy, respectively, improving over SSR by 2.3, 0.8 and 1.5 points. "
            "Filtering the one million images of Clothing1M takes 14 minutes on a single GPU, and the estimator adds "
            "no cost at training time."
        ),
        "spans": [
            ("Nzorvane", "M"), ("CLIP", "M"), ("learning with noisy labels", "T"), ("Vision-language models", "M"),
            ("CLIP ViT-L/14", "M"), ("CLIPCleaner", "M"), ("zero-shot accuracy", "X"), ("CIFAR-100", "D"),
            ("precision", "X"), ("recall", "X"), ("PreAct ResNet-18", "M"), ("accuracy", "X"), ("Animal-10N", "D"),
            ("Clothing1M", "D"), ("WebVision", "D"), ("SSR", "M"),
        ],
        "results": [
            ("precision of 98.1%", "precision", 98.1, "%", "CIFAR-100", None),
            ("recall of 91.4%", "recall", 91.4, "%", "CIFAR-100", None),
            ("79.2% accuracy", "accuracy", 79.2, "%", "CIFAR-100", "PreAct ResNet-18"),
            ("90.6%", "accuracy", 90.6, "%", "Animal-10N", "Nzorvane"),
            ("75.1%", "accuracy", 75.1, "%", "Clothing1M", "Nzorvane"),
            ("81.2% accuracy", "accuracy", 81.2, "%", "WebVision", "Nzorvane"),
            ("2.3", "accuracy", 2.3, "points", "Animal-10N", "Nzorvane"),
            ("0.8", "accuracy", 0.8, "points", "Clothing1M", "Nzorvane"),
            ("1.5 points", "accuracy", 1.5, "points", "WebVision", "Nzorvane"),
            ("Filtering the one million images of Clothing1M takes 14 minutes", "filtering time", 14, "min",
             "Clothing1M", None),
        ],
    },
    {
        "field": "noisy-label-learning",
        "title": "Nzulith: Estimating Instance-Dependent Noise Transitions from Clusters of Self-Supervised Features",
        "text": (
            "Loss correction with a noise transition matrix is statistically consistent for learning with noisy "
            "labels, but estimating the matrix usually requires anchor points, and instance-dependent transitions are "
            "not identifiable without further assumptions. Building on the clusterability assumption behind HOC, "
            "Nzulith estimates a separate transition matrix for each cluster of a frozen DINOv2 representation from "
            "the third-order consensus of neighbouring labels, and plugs the estimates into forward correction. We "
            "report both the estimation error of the transition matrices and the test accuracy of the corrected "
            "classifiers. On CIFAR-10N, Nzulith's estimation errors under aggregated, single-annotator and worst-case "
            "labels are 0.031, 0.048 and 0.077, compared with 0.052, 0.071 and 0.119 for HOC and 0.143, 0.166 and "
            "0.214 for T-Revision. With a ResNet-34 on CIFAR-10N, test accuracies follow the same order: Nzulith "
            "reaches 94.7%, 94.1% and 91.8%, whereas HOC with forward correction obtains 93.2%, 92.5% and 89.6%. On "
            "CIFAR-100N, Nzulith achieves 68.4% test accuracy (+3.9% over VolMinNet). Because clustering is done once "
            "on frozen features, the estimation step takes 3.2 minutes on CIFAR-100N, versus 41 minutes for the "
            "two-stage training of BLTM."
        ),
        "spans": [
            ("Nzulith", "M"), ("Loss correction", "M"), ("learning with noisy labels", "T"), ("HOC", "M"),
            ("DINOv2", "M"), ("forward correction", "M"), ("estimation error", "X"), ("test accuracy", "X"),
            ("CIFAR-10N", "D"), ("estimation errors", "X"), ("T-Revision", "M"), ("ResNet-34", "M"),
            ("test accuracies", "X"), ("CIFAR-100N", "D"), ("VolMinNet", "M"), ("BLTM", "M"),
        ],
        "results": [
            ("0.031", "estimation error", 0.031, None, "CIFAR-10N", "Nzulith"),
            ("0.048", "estimation error", 0.048, None, "CIFAR-10N", "Nzulith"),
            ("0.077", "estimation error", 0.077, None, "CIFAR-10N", "Nzulith"),
            ("0.052", "estimation error", 0.052, None, "CIFAR-10N", "HOC"),
            ("0.071", "estimation error", 0.071, None, "CIFAR-10N", "HOC"),
            ("0.119", "estimation error", 0.119, None, "CIFAR-10N", "HOC"),
            ("0.143", "estimation error", 0.143, None, "CIFAR-10N", "T-Revision"),
            ("0.166", "estimation error", 0.166, None, "CIFAR-10N", "T-Revision"),
            ("0.214", "estimation error", 0.214, None, "CIFAR-10N", "T-Revision"),
            ("94.7%", "test accuracy", 94.7, "%", "CIFAR-10N", "Nzulith"),
            ("94.1%", "test accuracy", 94.1, "%", "CIFAR-10N", "Nzulith"),
            ("91.8%", "test accuracy", 91.8, "%", "CIFAR-10N", "Nzulith"),
            ("93.2%", "test accuracy", 93.2, "%", "CIFAR-10N", "HOC"),
            ("92.5%", "test accuracy", 92.5, "%", "CIFAR-10N", "HOC"),
            ("89.6%", "test accuracy", 89.6, "%", "CIFAR-10N", "HOC"),
            ("68.4% test accuracy", "test accuracy", 68.4, "%", "CIFAR-100N", "Nzulith"),
            ("+3.9%", "test accuracy", 3.9, "%", "CIFAR-100N", "Nzulith"),
            ("takes 3.2 minutes", "estimation time", 3.2, "min", "CIFAR-100N", None),
            ("41 minutes", "estimation time", 41, "min", "CIFAR-100N", "BLTM"),
        ],
    },
    {
        "field": "noisy-label-learning",
        "title": "Nzembrid: Why Parameter-Efficient Fine-Tuning Resists Label Noise, and How to Make It Resist More",
        "text": (
            "Fine-tuning large pretrained models has become the default starting point in learning with noisy "
            "labels, yet it remains unclear how much of the robustness reported for methods such as DivideMix and ELR "
            "comes from the pretrained representation itself. We study full fine-tuning, linear probing, LoRA, visual "
            "prompt tuning (VPT) and adapters on ViT-B/16 and ConvNeXt-B backbones, using CIFAR-100 with synthetic "
            "noise and the real-world CIFAR-100N, Clothing1M, WebVision and Food-101N. Parameter-efficient "
            "fine-tuning memorizes noisy labels markedly later than full fine-tuning, and on CIFAR-100N a plain "
            "cross-entropy LoRA model already outperforms full fine-tuning with ELR by 1.6 points. At high noise "
            "rates, however, parameter-efficient methods underfit clean samples of rare classes. Nzembrid addresses "
            "this by increasing the LoRA rank only in layers whose gradient on a small trusted subset disagrees with "
            "their gradient on the noisy set, leaving all other layers at rank one. Across the five benchmarks, "
            "Nzembrid improves accuracy over the best fine-tuning baseline by 0.9 to 3.4 points while updating less "
            "than 1% of the parameters, and it reduces peak GPU memory during training by 38% relative to full "
            "fine-tuning with DivideMix. Our findings suggest that new noisy-label methods should always be compared "
            "against a parameter-efficient baseline."
        ),
        "spans": [
            ("Nzembrid", "M"), ("Parameter-Efficient Fine-Tuning", "M"), ("Parameter-efficient fine-tuning", "M"),
            ("learning with noisy labels", "T"), ("DivideMix", "M"), ("ELR", "M"), ("full fine-tuning", "M"),
            ("linear probing", "M"), ("LoRA", "M"), ("visual prompt tuning", "M"), ("VPT", "M"), ("adapters", "M"),
            ("ViT-B/16", "M"), ("ConvNeXt-B", "M"), ("CIFAR-100", "D"), ("CIFAR-100N", "D"), ("Clothing1M", "D"),
            ("WebVision", "D"), ("Food-101N", "D"), ("cross-entropy", "M"), ("accuracy", "X"),
            ("peak GPU memory", "X"),
        ],
        "results": [
            ("1.6 points", "improvement", 1.6, "points", "CIFAR-100N", "LoRA"),
            ("accuracy over the best fine-tuning baseline by 0.9 to 3.4 points", "accuracy", 3.4, "points", None,
             "Nzembrid", {"low": 0.9}),
            ("reduces peak GPU memory during training by 38%", "peak GPU memory reduction", 38, "%", None,
             "Nzembrid"),
        ],
    },
    {
        "field": "noisy-label-learning",
        "title": "Nzaphel: Early-Exit Disagreement Replaces Co-Training for Noisy-Label Learning at Half the Compute",
        "text": (
            "Co-training methods such as Co-teaching, JoCoR and UNICON guard against confirmation bias by letting two "
            "networks select clean samples for each other, which doubles the cost of training. Nzaphel obtains the "
            "same cross-check from a single network: lightweight early-exit heads attached to intermediate stages of "
            "the backbone are trained on the full noisy set, and a sample is kept as clean when the early heads and "
            "the final classifier both agree with its label. Because early heads fit noisy labels later than the "
            "final layer does, their disagreement is a sharper signal than the per-sample loss. With a PreAct "
            "ResNet-18 on CIFAR-10 and CIFAR-100 under 20%, 50% and 80% symmetric noise and 40% asymmetric noise, "
            "Nzaphel outperforms UNICON in 6 of the 8 settings. At 80% symmetric noise on CIFAR-100, Nzaphel reaches "
            "64.9% accuracy, against 63.9% for UNICON and 57.9% for DivideMix. On mini-WebVision with "
            "InceptionResNetV2, Nzaphel attains 80.4% top-1 accuracy [UNICON: 77.6%; SOP+: 76.6%]. Training takes 5.1 "
            "GPU-hours on CIFAR-100 compared with 10.8 for UNICON, a 2.1\u00d7 speed-up, and peak memory falls from "
            "9.6 GB to 5.3 GB. The early-exit heads add 2.4% FLOPs during training and are removed for inference."
        ),
        "spans": [
            ("Nzaphel", "M"), ("Co-Training", "M"), ("Co-training", "M"), ("Noisy-Label Learning", "T"),
            ("Co-teaching", "M"), ("JoCoR", "M"), ("UNICON", "M"), ("PreAct ResNet-18", "M"), ("CIFAR-10", "D"),
            ("CIFAR-100", "D"), ("accuracy", "X"), ("DivideMix", "M"), ("mini-WebVision", "D"),
            ("InceptionResNetV2", "M"), ("top-1 accuracy", "X"), ("SOP+", "M", {"punct": True}),
            ("speed-up", "X"), ("peak memory", "X"), ("FLOPs", "X"),
        ],
        "results": [
            ("outperforms UNICON in 6 of the 8 settings", "settings won", 6, None, None, "Nzaphel"),
            ("64.9% accuracy", "accuracy", 64.9, "%", "CIFAR-100", "Nzaphel"),
            ("63.9% for UNICON", "accuracy", 63.9, "%", "CIFAR-100", "UNICON"),
            ("57.9% for DivideMix", "accuracy", 57.9, "%", "CIFAR-100", "DivideMix"),
            ("80.4% top-1 accuracy", "top-1 accuracy", 80.4, "%", "mini-WebVision", "Nzaphel"),
            ("77.6%", "top-1 accuracy", 77.6, "%", "mini-WebVision", "UNICON"),
            ("76.6%", "top-1 accuracy", 76.6, "%", "mini-WebVision", "SOP+"),
            ("Training takes 5.1 GPU-hours", "training time", 5.1, "GPU-hours", "CIFAR-100", None),
            ("10.8 for UNICON", "training time", 10.8, "GPU-hours", "CIFAR-100", "UNICON"),
            ("2.1\u00d7 speed-up", "speed-up", 2.1, "\u00d7", "CIFAR-100", None),
            ("peak memory falls from 9.6 GB to 5.3 GB", "peak memory", 5.3, "GB", None, None),
            ("2.4% FLOPs", "FLOPs", 2.4, "%", None, None),
        ],
    },
]
