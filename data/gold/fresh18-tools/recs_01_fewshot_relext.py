"""fresh18 records: few-shot-classification (6) and relation-extraction (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the
pipeline was never run on them and its code and output were never looked at."""

COINED = ["Fqorvel", "Fqandra", "Fqimbric", "Fqeltor", "Fqusker", "Fqarlin",
          "Fqonwy", "Fqestrel", "Fqibbon", "Fqalmet", "Fqurdle", "Fqenrow"]

RECS = [
    # ------------------------------------------------------------ few-shot-classification
    {
        "field": "few-shot-classification",
        "title": "Fqorvel: Episode-Level Residual Prompts for Cross-Domain Few-Shot Classification with Frozen Vision "
                 "Transformers",
        "text": (
            "Cross-domain few-shot classification asks a model trained on one set of domains to recognise novel "
            "classes in unseen domains from a handful of labelled examples. Methods built on large pretrained "
            "backbones, such as P>M>F and task-specific adapters (TSA), have narrowed the gap to in-domain "
            "performance, but they update many parameters per task and overfit when the support set holds only one "
            "or five images per class. We propose Fqorvel, which keeps a DINO-pretrained ViT-S/16 frozen and learns, "
            "for each episode, a few residual prompt tokens together with a linear head initialised from class "
            "prototypes. The prompts are optimised for 40 steps on the support set under a self-distillation "
            "regulariser that ties the adapted features to the frozen ones. On Meta-Dataset, Fqorvel reaches an "
            "average accuracy of 80.6% over the ten domains, improving on TSA by 2.4 points and on P>M>F by 1.1 "
            "points, with the largest gains on Traffic Signs (+6.8%) and MSCOCO (+3.9%). On the BSCD-FSL benchmark, "
            "5-way 5-shot accuracy is 97.8%, 91.2%, 49.6% and 27.9% on CropDiseases, EuroSAT, ISIC and ChestX, "
            "respectively. Fqorvel also updates 140\u00d7 fewer parameters per task than full fine-tuning and adapts "
            "to an episode in 1.3 s on a single GPU."
        ),
        "spans": [
            ("Fqorvel", "M"), ("Cross-Domain Few-Shot Classification", "T"), ("Vision Transformers", "M"),
            ("Cross-domain few-shot classification", "T"), ("P>M>F", "M"), ("task-specific adapters", "M"),
            ("TSA", "M"), ("DINO", "M"), ("ViT-S/16", "M"), ("self-distillation", "M"), ("Meta-Dataset", "D"),
            ("average accuracy", "X"), ("Traffic Signs", "D"), ("MSCOCO", "D"), ("BSCD-FSL", "D"),
            ("5-way 5-shot accuracy", "X"), ("CropDiseases", "D"), ("EuroSAT", "D"), ("ISIC", "D"),
            ("ChestX", "D"), ("parameters", "X", {"only": [1]}), ("full fine-tuning", "M"),
        ],
        "results": [
            ("average accuracy of 80.6%", "accuracy", 80.6, "%", "Meta-Dataset", "Fqorvel"),
            ("2.4 points", "accuracy", 2.4, "points", "Meta-Dataset", "Fqorvel"),
            ("1.1 points", "accuracy", 1.1, "points", "Meta-Dataset", "Fqorvel"),
            ("+6.8%", "accuracy", 6.8, "%", "Traffic Signs", "Fqorvel"),
            ("+3.9%", "accuracy", 3.9, "%", "MSCOCO", "Fqorvel"),
            ("5-way 5-shot accuracy is 97.8%", "5-way 5-shot accuracy", 97.8, "%", "CropDiseases", None),
            ("91.2%", "5-way 5-shot accuracy", 91.2, "%", "EuroSAT", None),
            ("49.6%", "5-way 5-shot accuracy", 49.6, "%", "ISIC", None),
            ("27.9%", "5-way 5-shot accuracy", 27.9, "%", "ChestX", None),
            ("140\u00d7 fewer parameters", "parameter reduction", 140, "\u00d7", None, "Fqorvel"),
            ("adapts to an episode in 1.3 s", "adaptation time", 1.3, "s", None, "Fqorvel"),
        ],
    },
    {
        "field": "few-shot-classification",
        "title": "Fqandra: Estimating Class Proportions for Transductive Few-Shot Image Classification under "
                 "Imbalanced Queries",
        "text": (
            "Transductive few-shot learning exploits the unlabelled query set of each episode, and methods such as "
            "TIM, PT-MAP and LaplacianShot have pushed 1-shot accuracy well beyond that of inductive approaches. Most "
            "of them, however, assume that every class appears equally often among the queries, an assumption that "
            "real episodes rarely satisfy and whose violation costs these methods up to 10 points of 1-shot accuracy. "
            "We present Fqandra, a transductive inference procedure that alternates between label propagation on a "
            "nearest-neighbour graph of query features and an unbalanced Sinkhorn step that estimates the class "
            "proportions instead of fixing them. Fqandra has no trainable parameters and runs on top of any "
            "pretrained feature extractor. With a ResNet-12 backbone pretrained on the base classes, Fqandra obtains "
            "82.4% and 89.7% 1-shot accuracy on miniImageNet and tieredImageNet, respectively, under balanced "
            "queries, versus 78.8% and 84.1% for PT-MAP. Under the Dirichlet-imbalanced protocol, where the 1-shot "
            "accuracy of TIM falls to 67.2% on miniImageNet, Fqandra still reaches 76.9% and \u03b1-TIM 69.8%. "
            "Results on CUB-200-2011 follow the same pattern, with a 1-shot accuracy of 88.1% and a 5-shot accuracy "
            "of 93.5%. Inference takes 21 ms for a 5-way episode with 75 queries on a single GPU, about 3\u00d7 "
            "faster than PT-MAP."
        ),
        "spans": [
            ("Fqandra", "M"), ("Transductive Few-Shot Image Classification", "T"),
            ("Transductive few-shot learning", "T"), ("TIM", "M"), ("PT-MAP", "M"), ("LaplacianShot", "M"),
            ("1-shot accuracy", "X"), ("label propagation", "M"), ("unbalanced Sinkhorn", "M"), ("ResNet-12", "M"),
            ("miniImageNet", "D"), ("tieredImageNet", "D"), ("\u03b1-TIM", "M"), ("CUB-200-2011", "D"),
            ("5-shot accuracy", "X"),
        ],
        "results": [
            ("up to 10 points of 1-shot accuracy", "1-shot accuracy", 10, "points", None, None),
            ("82.4%", "1-shot accuracy", 82.4, "%", "miniImageNet", "Fqandra"),
            ("89.7% 1-shot accuracy", "1-shot accuracy", 89.7, "%", "tieredImageNet", "Fqandra"),
            ("78.8%", "1-shot accuracy", 78.8, "%", "miniImageNet", "PT-MAP"),
            ("84.1%", "1-shot accuracy", 84.1, "%", "tieredImageNet", "PT-MAP"),
            ("1-shot accuracy of TIM falls to 67.2%", "1-shot accuracy", 67.2, "%", "miniImageNet", "TIM"),
            ("76.9%", "1-shot accuracy", 76.9, "%", "miniImageNet", "Fqandra"),
            ("69.8%", "1-shot accuracy", 69.8, "%", "miniImageNet", "\u03b1-TIM"),
            ("1-shot accuracy of 88.1%", "1-shot accuracy", 88.1, "%", "CUB-200-2011", None),
            ("5-shot accuracy of 93.5%", "5-shot accuracy", 93.5, "%", "CUB-200-2011", None),
            ("Inference takes 21 ms", "inference time", 21, "ms", None, None),
            ("3\u00d7 faster", "speed-up", 3, "\u00d7", None, None),
        ],
    },
    {
        "field": "few-shot-classification",
        "title": "Fqimbric: Cross-Modal Key-Value Caches for Training-Free Few-Shot Classification with CLIP",
        "text": (
            "Contrastive vision-language models such as CLIP transfer to new image classification tasks from a few "
            "labelled shots, either by learning prompts, as in CoOp and CoCoOp, or by caching support features "
            "without training, as in Tip-Adapter. Prompt learning is costly to train, while cache models ignore the "
            "text modality once the cache is built. We introduce Fqimbric, a training-free adapter that stores both "
            "image and class-text embeddings as keys and refines the cached values with closed-form ridge "
            "regression, so that adapting to a new task costs a single forward pass over its support set. Following "
            "the standard protocol on ImageNet and ten further datasets, Fqimbric with a ResNet-50 image encoder "
            "reaches 65.9% top-1 accuracy on 16-shot ImageNet (Tip-Adapter: 62.0%; CoOp: 63.0%) and an average "
            "accuracy of 76.3% over the 11 datasets, 1.8 points above Tip-Adapter-F, which needs 20 epochs of "
            "fine-tuning. In the 1-shot setting, the average accuracy is 64.7% (vs. 63.4% for Tip-Adapter-F). With "
            "a ViT-B/16 encoder, Fqimbric also transfers better under distribution shift, reaching 51.2% and 62.8% "
            "top-1 accuracy on ImageNet-Sketch and ImageNet-V2, respectively. Building the cache for ImageNet takes "
            "38 s, and inference adds 0.4 ms per image over zero-shot CLIP."
        ),
        "spans": [
            ("Fqimbric", "M"), ("Few-Shot Classification", "T"), ("CLIP", "M"), ("vision-language models", "M"),
            ("image classification", "T"), ("CoOp", "M"), ("CoCoOp", "M"), ("Tip-Adapter", "M"),
            ("Prompt learning", "M"), ("ridge regression", "M"), ("ImageNet", "D"), ("ResNet-50", "M"),
            ("top-1 accuracy", "X"), ("average accuracy", "X"), ("Tip-Adapter-F", "M"), ("ViT-B/16", "M"),
            ("ImageNet-Sketch", "D"), ("ImageNet-V2", "D"),
        ],
        "results": [
            ("65.9% top-1 accuracy", "top-1 accuracy", 65.9, "%", "ImageNet", "Fqimbric"),
            ("62.0%", "top-1 accuracy", 62.0, "%", "ImageNet", "Tip-Adapter"),
            ("63.0%", "top-1 accuracy", 63.0, "%", "ImageNet", "CoOp"),
            ("average accuracy of 76.3%", "accuracy", 76.3, "%", None, "Fqimbric"),
            ("1.8 points above", "accuracy", 1.8, "points", None, "Fqimbric"),
            ("average accuracy is 64.7%", "accuracy", 64.7, "%", None, None),
            ("63.4%", "accuracy", 63.4, "%", None, "Tip-Adapter-F"),
            ("51.2%", "top-1 accuracy", 51.2, "%", "ImageNet-Sketch", "Fqimbric"),
            ("62.8% top-1 accuracy", "top-1 accuracy", 62.8, "%", "ImageNet-V2", "Fqimbric"),
            ("Building the cache for ImageNet takes 38 s", "cache construction time", 38, "s", "ImageNet", None),
            ("inference adds 0.4 ms", "inference time", 0.4, "ms", None, None),
        ],
    },
    {
        "field": "few-shot-classification",
        "title": "Fqeltor: Curvature-Aware Inner Loops for First-Order Model-Agnostic Meta-Learning",
        "text": (
            "Gradient-based meta-learning methods such as MAML learn an initialisation from which a few gradient "
            "steps adapt a network to a new few-shot classification task. Their second-order meta-gradients make "
            "meta-training slow and memory-hungry, and the first-order approximations, first-order MAML (FOMAML) and "
            "Reptile, lose accuracy on harder benchmarks. We propose Fqeltor, a first-order method that "
            "preconditions every inner-loop step with a Kronecker-factored estimate of the task curvature, "
            "meta-learned across tasks and shared by all layers of the same shape. Because the preconditioner needs "
            "no Hessian-vector products in the outer loop, meta-training memory stays close to that of FOMAML. With "
            "the standard Conv-4 backbone, Fqeltor reaches 52.8% and 70.9% accuracy in the 5-way 1-shot and 5-shot "
            "settings of miniImageNet, compared with 48.7% and 63.1% for MAML, and it also improves on Meta-SGD and "
            "ANIL on CIFAR-FS and FC100. Fqeltor meta-trains a ResNet-12 in 9 GPU-hours, 2.6\u00d7 faster than MAML, "
            "and uses 41% less GPU memory. On Omniglot, where accuracy saturates above 98% for all methods, Fqeltor "
            "matches the best reported results. Ablations show that sharing the preconditioner across layers "
            "matters more than its rank, and that the learned curvature correlates with the empirical Fisher "
            "information of held-out tasks."
        ),
        "spans": [
            ("Fqeltor", "M"), ("First-Order Model-Agnostic Meta-Learning", "M"),
            ("Gradient-based meta-learning", "M"), ("MAML", "M"), ("few-shot classification", "T"),
            ("first-order MAML", "M"), ("FOMAML", "M"), ("Reptile", "M"), ("accuracy", "X"), ("Conv-4", "M"),
            ("miniImageNet", "D"), ("Meta-SGD", "M"), ("ANIL", "M"), ("CIFAR-FS", "D"), ("FC100", "D"),
            ("ResNet-12", "M"), ("GPU memory", "X"), ("Omniglot", "D"),
        ],
        "results": [
            ("52.8%", "accuracy", 52.8, "%", "miniImageNet", "Fqeltor"),
            ("70.9% accuracy", "accuracy", 70.9, "%", "miniImageNet", "Fqeltor"),
            ("48.7%", "accuracy", 48.7, "%", "miniImageNet", "MAML"),
            ("63.1%", "accuracy", 63.1, "%", "miniImageNet", "MAML"),
            ("meta-trains a ResNet-12 in 9 GPU-hours", "meta-training time", 9, "GPU-hours", None, "Fqeltor"),
            ("2.6\u00d7 faster", "speed-up", 2.6, "\u00d7", None, "Fqeltor"),
            ("41% less GPU memory", "GPU memory reduction", 41, "%", None, "Fqeltor"),
            ("accuracy saturates above 98%", "accuracy", 98, "%", "Omniglot", None),
        ],
    },
    {
        "field": "few-shot-classification",
        "title": "Fqusker: Part-Aware Feature Reconstruction for Few-Shot Classification of Fine-Grained Categories",
        "text": (
            "Telling apart bird species or aircraft variants from one or five examples requires comparing local "
            "parts rather than global embeddings. Feature-reconstruction approaches such as FRN and its "
            "bidirectional successor BiFRN reconstruct query feature maps from support features, yet they treat all "
            "spatial positions alike and are easily distracted by background clutter. We propose Fqusker, which "
            "first groups feature-map positions into learned part slots with a lightweight slot attention module and "
            "then reconstructs each query part only from the matching support parts, weighting the reconstruction "
            "error by part saliency. On four fine-grained few-shot classification benchmarks with a ResNet-12 "
            "backbone, Fqusker achieves 5-way 1-shot accuracies of 86.4%, 78.2%, 89.9% and 71.3% on CUB-200-2011, "
            "Stanford Dogs, Stanford Cars and FGVC-Aircraft, respectively [BiFRN: 83.1%, 74.5%, 86.7% and 68.0%]. "
            "The 5-shot gains are smaller, between 0.9 and 2.2 points. Compared with DeepEMD, which matches every "
            "query against every support image at test time, Fqusker is 11\u00d7 faster at inference, while its "
            "1-shot accuracy on CUB-200-2011 is 4.8 points higher. Visualising the part slots shows that they align "
            "with the heads, wings and tails of birds without any part annotation, and slots learned on "
            "CUB-200-2011 transfer to Stanford Dogs with little loss."
        ),
        "spans": [
            ("Fqusker", "M"), ("Few-Shot Classification", "T"), ("FRN", "M"), ("BiFRN", "M"),
            ("slot attention", "M"), ("fine-grained few-shot classification", "T"), ("ResNet-12", "M"),
            ("5-way 1-shot accuracies", "X"), ("CUB-200-2011", "D"), ("Stanford Dogs", "D"),
            ("Stanford Cars", "D"), ("FGVC-Aircraft", "D"), ("DeepEMD", "M"), ("1-shot accuracy", "X"),
        ],
        "results": [
            ("86.4%", "5-way 1-shot accuracy", 86.4, "%", "CUB-200-2011", "Fqusker"),
            ("78.2%", "5-way 1-shot accuracy", 78.2, "%", "Stanford Dogs", "Fqusker"),
            ("89.9%", "5-way 1-shot accuracy", 89.9, "%", "Stanford Cars", "Fqusker"),
            ("71.3%", "5-way 1-shot accuracy", 71.3, "%", "FGVC-Aircraft", "Fqusker"),
            ("83.1%", "5-way 1-shot accuracy", 83.1, "%", "CUB-200-2011", "BiFRN"),
            ("74.5%", "5-way 1-shot accuracy", 74.5, "%", "Stanford Dogs", "BiFRN"),
            ("86.7%", "5-way 1-shot accuracy", 86.7, "%", "Stanford Cars", "BiFRN"),
            ("68.0%", "5-way 1-shot accuracy", 68.0, "%", "FGVC-Aircraft", "BiFRN"),
            ("between 0.9 and 2.2 points", "improvement", 2.2, "points", None, None, {"low": 0.9}),
            ("11\u00d7 faster", "speed-up", 11, "\u00d7", None, "Fqusker"),
            ("1-shot accuracy on CUB-200-2011 is 4.8 points", "1-shot accuracy", 4.8, "points", "CUB-200-2011",
             "Fqusker"),
        ],
    },
    {
        "field": "few-shot-classification",
        "title": "Fqarlin: Binarised Prototypes for Few-Shot Image Classification on Microcontrollers",
        "text": (
            "Smart cameras and wearables would benefit from learning new classes on the device from a few "
            "user-provided examples, but few-shot classifiers are usually built on ResNet-12 or WRN-28-10 backbones "
            "whose memory and compute far exceed what a microcontroller offers. We present Fqarlin, a few-shot "
            "learner for the edge that distils a ResNet-12 teacher into a MobileNetV3-Small student with 8-bit "
            "weights and stores each class prototype as a 256-bit binary code compared by Hamming distance. New "
            "classes are enrolled by averaging and binarising support embeddings, with no backpropagation on the "
            "device. On miniImageNet, Fqarlin attains 61.5% and 79.0% accuracy in the 5-way 1-shot and 5-shot "
            "settings, within 2.9 and 3.4 points of its full-precision teacher, while the encoder needs only 23 "
            "MFLOPs per image, a 150\u00d7 reduction in FLOPs. Deployed on an STM32H7 microcontroller, a 5-way "
            "5-shot episode is enrolled in 310 ms, and each query is classified with a latency of 58 ms at a peak "
            "memory of 412 KB. Against ProtoNet and SimpleShot students of equal size trained with the same recipe, "
            "Fqarlin's 1-shot accuracy is higher by 4.6 and 3.8 points, respectively. Because enrolment never "
            "touches the weights, the device can keep adding classes without forgetting earlier ones, which we "
            "verify over a stream of 100 classes from tieredImageNet."
        ),
        "spans": [
            ("Fqarlin", "M"), ("Few-Shot Image Classification", "T"), ("ResNet-12", "M"), ("WRN-28-10", "M"),
            ("MobileNetV3-Small", "M"), ("backpropagation", "M"), ("miniImageNet", "D"), ("accuracy", "X"),
            ("MFLOPs", "X"), ("FLOPs", "X"), ("latency", "X"), ("peak memory", "X"), ("ProtoNet", "M"),
            ("SimpleShot", "M"), ("1-shot accuracy", "X"), ("tieredImageNet", "D"),
        ],
        "results": [
            ("61.5%", "accuracy", 61.5, "%", "miniImageNet", "Fqarlin"),
            ("79.0% accuracy", "accuracy", 79.0, "%", "miniImageNet", "Fqarlin"),
            ("within 2.9", "accuracy", 2.9, "points", "miniImageNet", "Fqarlin"),
            ("3.4 points", "accuracy", 3.4, "points", "miniImageNet", "Fqarlin"),
            ("23 MFLOPs", "FLOPs", 23, "M", "miniImageNet", None),
            ("150\u00d7 reduction in FLOPs", "FLOPs reduction", 150, "\u00d7", "miniImageNet", None),
            ("enrolled in 310 ms", "enrolment time", 310, "ms", None, None),
            ("latency of 58 ms", "latency", 58, "ms", None, None),
            ("peak memory of 412 KB", "peak memory", 412, "KB", None, None),
            ("1-shot accuracy is higher by 4.6", "1-shot accuracy", 4.6, "points", None, "Fqarlin"),
            ("3.8 points", "1-shot accuracy", 3.8, "points", None, "Fqarlin"),
        ],
    },
    # ------------------------------------------------------------ relation-extraction
    {
        "field": "relation-extraction",
        "title": "Fqonwy: Evidence-Conditioned Pair Representations for Document-Level Relation Extraction",
        "text": (
            "Document-level relation extraction (DocRE) requires reasoning over multiple sentences to identify the "
            "relations between every pair of entities in a document. Recent models such as ATLOP, DocuNet and "
            "DREEAM rely on localized context pooling over a pre-trained encoder, and DREEAM additionally supervises "
            "attention with evidence sentences, but the evidence signal serves only as an auxiliary loss during "
            "training. We present Fqonwy, which first predicts a soft evidence distribution for each entity pair and "
            "then builds the pair representation by attending only over the predicted evidence tokens, so that "
            "relation classification and evidence retrieval (ER) condition on each other at inference as well. With "
            "RoBERTa-large as the encoder, Fqonwy obtains 67.35 Ign F1 and 68.92 F1 on the Re-DocRED test set, "
            "compared with 65.52 and 67.41 for DREEAM, and an evidence F1 of 57.8 on DocRED, 2.1 points above the "
            "previous best. On the DocRED test set, Ign F1 is 63.04 and F1 is 65.11. Fqonwy also reduces false "
            "positives on distant entity pairs: for pairs more than five sentences apart, its precision rises from "
            "41.3% to 52.9%. Training on a single A100 GPU takes 5.2 hours, 1.5\u00d7 faster than DREEAM with "
            "self-training on distantly supervised data."
        ),
        "spans": [
            ("Fqonwy", "M"), ("Document-Level Relation Extraction", "T"), ("Document-level relation extraction", "T"),
            ("DocRE", "T"), ("ATLOP", "M"), ("DocuNet", "M"), ("DREEAM", "M"), ("localized context pooling", "M"),
            ("relation classification", "T"), ("evidence retrieval", "T"), ("ER", "T"), ("RoBERTa-large", "M"),
            ("Ign F1", "X"), ("F1", "X"), ("Re-DocRED", "D"), ("evidence F1", "X"), ("DocRED", "D"),
            ("precision", "X"), ("self-training", "M"),
        ],
        "results": [
            ("67.35 Ign F1", "Ign F1", 67.35, None, "Re-DocRED", "Fqonwy"),
            ("68.92 F1", "F1", 68.92, None, "Re-DocRED", "Fqonwy"),
            ("65.52", "Ign F1", 65.52, None, "Re-DocRED", "DREEAM"),
            ("67.41", "F1", 67.41, None, "Re-DocRED", "DREEAM"),
            ("evidence F1 of 57.8", "evidence F1", 57.8, None, "DocRED", "Fqonwy"),
            ("2.1 points above", "evidence F1", 2.1, "points", "DocRED", "Fqonwy"),
            ("Ign F1 is 63.04", "Ign F1", 63.04, None, "DocRED", None),
            ("F1 is 65.11", "F1", 65.11, None, "DocRED", None),
            ("precision rises from 41.3% to 52.9%", "precision", 52.9, "%", None, "Fqonwy"),
            ("Training on a single A100 GPU takes 5.2 hours", "training time", 5.2, "h", None, None),
            ("1.5\u00d7 faster", "speed-up", 1.5, "\u00d7", None, None),
        ],
    },
    {
        "field": "relation-extraction",
        "title": "Fqestrel: Shared Boundary Queries for Fast Joint Entity and Relation Extraction",
        "text": (
            "Joint entity and relation extraction aims to recognise entity mentions and the relations between them "
            "in a single model. Pipeline approaches such as PURE and PL-Marker remain the strongest on standard "
            "benchmarks, yet they encode every candidate span pair with inserted markers, which makes inference "
            "quadratic in the number of entities. Table-filling models such as UniRE are faster but less accurate. "
            "We propose Fqestrel, which replaces per-pair markers with a small set of boundary queries shared across "
            "all span pairs of a sentence and decodes entities and relations from one encoder pass. Using "
            "ALBERT-xxlarge for ACE05 and ACE04 and SciBERT for SciERC, Fqestrel reaches strict relation F1 (Rel+) "
            "scores of 69.4, 67.1 and 54.0 on ACE05, ACE04 and SciERC, respectively, against 67.0, 64.6 and 53.2 "
            "for PL-Marker. Fqestrel also matches PL-Marker in entity F1 (91.3 vs. 91.1 on ACE05). On CoNLL04, "
            "whose relations often span several clauses, Fqestrel improves relation F1 by +3.2 over UniRE. Because "
            "all pairs share a single forward pass, Fqestrel processes 412 sentences per second on ACE05, "
            "5.7\u00d7 faster than PL-Marker and 1.4\u00d7 faster than UniRE. Finally, boundary queries learned on "
            "ACE05 transfer to SciERC with only 200 labelled sentences, reaching 48.9 relation F1."
        ),
        "spans": [
            ("Fqestrel", "M"), ("Joint Entity and Relation Extraction", "T"),
            ("Joint entity and relation extraction", "T"), ("PURE", "M"), ("PL-Marker", "M"),
            ("Table-filling models", "M"), ("UniRE", "M"), ("ALBERT-xxlarge", "M"), ("ACE05", "D"), ("ACE04", "D"),
            ("SciBERT", "M"), ("SciERC", "D"), ("strict relation F1", "X"), ("Rel+", "X", {"punct": True}),
            ("relation F1", "X"), ("entity F1", "X"), ("CoNLL04", "D"), ("sentences per second", "X"),
        ],
        "results": [
            ("strict relation F1 (Rel+) scores of 69.4", "strict relation F1", 69.4, None, "ACE05", "Fqestrel"),
            ("67.1", "strict relation F1", 67.1, None, "ACE04", "Fqestrel"),
            ("54.0", "strict relation F1", 54.0, None, "SciERC", "Fqestrel"),
            ("67.0", "strict relation F1", 67.0, None, "ACE05", "PL-Marker"),
            ("64.6", "strict relation F1", 64.6, None, "ACE04", "PL-Marker"),
            ("53.2", "strict relation F1", 53.2, None, "SciERC", "PL-Marker"),
            ("entity F1 (91.3", "entity F1", 91.3, None, "ACE05", "Fqestrel"),
            ("91.1", "entity F1", 91.1, None, "ACE05", "PL-Marker"),
            ("relation F1 by +3.2", "relation F1", 3.2, "points", "CoNLL04", "Fqestrel"),
            ("412 sentences per second", "throughput", 412, "sentences/s", "ACE05", "Fqestrel"),
            ("5.7\u00d7 faster", "speed-up", 5.7, "\u00d7", "ACE05", "Fqestrel"),
            ("1.4\u00d7 faster", "speed-up", 1.4, "\u00d7", "ACE05", "Fqestrel"),
            ("48.9 relation F1", "relation F1", 48.9, None, "SciERC", None),
        ],
    },
    {
        "field": "relation-extraction",
        "title": "Fqibbon: Relation-Definition Instruction Tuning Closes the Gap Between Open LLMs and Fine-Tuned "
                 "Encoders in Sentence-Level Relation Extraction",
        "text": (
            "Large language models (LLMs) prompted with in-context learning still trail fine-tuned encoders on "
            "sentence-level relation extraction, largely because relation labels such as per:countries_of_residence "
            "are ambiguous without their annotation guidelines. We introduce Fqibbon, an instruction tuning recipe "
            "that pairs every training instance with natural-language definitions of the candidate relations, "
            "retrieved with BM25 from the guideline text, and asks the model to answer with a definition identifier "
            "or to abstain. Fine-tuning Llama-3-8B with LoRA on the TACRED training set, Fqibbon reaches micro-F1 "
            "scores of 75.8 on TACRED, 84.9 on TACREV and 91.6 on Re-TACRED. These exceed GPT-4 with 16-shot "
            "in-context learning (48.3 on TACRED) by a wide margin and are close to or above the best fine-tuned "
            "encoder, RoBERTa-large with typed entity markers, which reaches 74.6, 83.2 and 91.1, respectively. "
            "Definitions matter most for rare relations: on the 20 least frequent TACRED relations, micro-F1 "
            "improves from 38.7 to 61.2 when definitions are added. In zero-shot relation extraction on FewRel, "
            "with relation types unseen during training, Fqibbon obtains 71.5% accuracy in the 10-way setting. "
            "Because only the LoRA adapters are trained, fine-tuning takes 3.1 hours on one GPU, and batched "
            "inference processes 240 instances per second."
        ),
        "spans": [
            ("Fqibbon", "M"), ("Instruction Tuning", "M"), ("LLMs", "M"), ("Sentence-Level Relation Extraction", "T"),
            ("Large language models", "M"), ("in-context learning", "M"), ("sentence-level relation extraction", "T"),
            ("instruction tuning", "M"), ("BM25", "M"), ("Llama-3-8B", "M"), ("LoRA", "M"), ("TACRED", "D"),
            ("micro-F1", "X"), ("TACREV", "D"), ("Re-TACRED", "D"), ("GPT-4", "M"), ("RoBERTa-large", "M"),
            ("typed entity markers", "M"), ("zero-shot relation extraction", "T"), ("FewRel", "D"),
            ("accuracy", "X"), ("instances per second", "X"),
        ],
        "results": [
            ("micro-F1 scores of 75.8", "micro-F1", 75.8, None, "TACRED", "Fqibbon"),
            ("84.9", "micro-F1", 84.9, None, "TACREV", "Fqibbon"),
            ("91.6", "micro-F1", 91.6, None, "Re-TACRED", "Fqibbon"),
            ("48.3", "micro-F1", 48.3, None, "TACRED", "GPT-4"),
            ("74.6", "micro-F1", 74.6, None, "TACRED", "RoBERTa-large"),
            ("83.2", "micro-F1", 83.2, None, "TACREV", "RoBERTa-large"),
            ("91.1", "micro-F1", 91.1, None, "Re-TACRED", "RoBERTa-large"),
            ("micro-F1 improves from 38.7 to 61.2", "micro-F1", 61.2, None, "TACRED", None),
            ("71.5% accuracy", "accuracy", 71.5, "%", "FewRel", "Fqibbon"),
            ("fine-tuning takes 3.1 hours", "fine-tuning time", 3.1, "h", None, None),
            ("240 instances per second", "throughput", 240, "instances/s", None, None),
        ],
    },
    {
        "field": "relation-extraction",
        "title": "Fqalmet: Description-Anchored Prototypes for Few-Shot Relation Classification under Domain Shift",
        "text": (
            "Few-shot relation classification asks a model to assign a query sentence to one of N relations given "
            "only K labelled instances of each, and FewRel has become its standard benchmark. Prototypical networks "
            "over BERT encoders perform well in-domain, but their prototypes drift when the test relations come from "
            "a different domain, as in the biomedical FewRel 2.0 setting, and the none-of-the-above (NOTA) option "
            "degrades them further. We propose Fqalmet, which anchors every prototype to an embedding of the "
            "relation's textual description through a learned gate and calibrates a NOTA threshold per episode from "
            "the distance distribution of the support set. Pre-trained with a contrastive matching-the-blanks "
            "objective and fine-tuned episodically, Fqalmet reaches 93.8%, 95.7%, 90.1% and 93.0% accuracy in the "
            "5-way 1-shot, 5-way 5-shot, 10-way 1-shot and 10-way 5-shot settings of the FewRel test leaderboard. On "
            "the FewRel 2.0 domain adaptation track, accuracy ranges from 79.4% to 90.6% across the four settings, "
            "4 to 7 points above HCPR, the strongest prior model. With 15% NOTA queries, 5-way 1-shot accuracy "
            "drops by only 2.1 points, whereas it drops by 8.9 points for Proto-BERT. The gate also makes errors "
            "easier to inspect: for most misclassified queries it weights the description more heavily than the "
            "support instances."
        ),
        "spans": [
            ("Fqalmet", "M"), ("Few-Shot Relation Classification", "T"), ("Few-shot relation classification", "T"),
            ("FewRel", "D"), ("Prototypical networks", "M"), ("BERT", "M"), ("FewRel 2.0", "D"),
            ("matching-the-blanks", "M"), ("accuracy", "X"), ("domain adaptation", "T"), ("HCPR", "M"),
            ("5-way 1-shot accuracy", "X"), ("Proto-BERT", "M"),
        ],
        "results": [
            ("93.8%", "accuracy", 93.8, "%", "FewRel", "Fqalmet"),
            ("95.7%", "accuracy", 95.7, "%", "FewRel", "Fqalmet"),
            ("90.1%", "accuracy", 90.1, "%", "FewRel", "Fqalmet"),
            ("93.0% accuracy", "accuracy", 93.0, "%", "FewRel", "Fqalmet"),
            ("accuracy ranges from 79.4% to 90.6%", "accuracy", 90.6, "%", "FewRel 2.0", None, {"low": 79.4}),
            ("4 to 7 points above", "accuracy", 7, "points", "FewRel 2.0", None, {"low": 4}),
            ("5-way 1-shot accuracy drops by only 2.1 points", "5-way 1-shot accuracy", 2.1, "points", None, None),
            ("8.9 points", "5-way 1-shot accuracy", 8.9, "points", None, "Proto-BERT"),
        ],
    },
    {
        "field": "relation-extraction",
        "title": "Fqurdle: Low-Rank Tag Factorisation for Memory-Efficient Relational Triple Extraction",
        "text": (
            "Relational triple extraction identifies (subject, relation, object) triples directly from raw text and "
            "must cope with overlapping triples that share entities. One-stage tagging models such as TPLinker, "
            "OneRel and UniRel handle overlap by tagging token pairs in a relation-specific table, but the table "
            "grows with the square of the sentence length times the number of relations, which dominates memory on "
            "datasets with many relation types. Fqurdle factorises this table into a low-rank product of head and "
            "tail tag embeddings and evaluates it with bit-packed operations, so that the tagging cost no longer "
            "scales with the number of relations. With a BERT-base encoder, Fqurdle obtains F1 scores of 93.6 and "
            "94.5 on NYT and WebNLG under partial matching and 92.9 and 91.0 under exact matching, on par with "
            "UniRel (93.7, 94.7, 93.0 and 90.9), while training 3.2\u00d7 faster and using 58% less GPU memory. The "
            "gains are larger on NYT sentences with more than five triples, where F1 improves by 1.8 points over "
            "OneRel. At inference time, Fqurdle decodes 1,480 sentences per second on one V100 GPU, roughly "
            "2\u00d7 the throughput of TPLinker. When the number of relation types is raised to 1,000 on a "
            "synthetic split, Fqurdle's memory use grows by only 6%, against 11\u00d7 for UniRel."
        ),
        "spans": [
            ("Fqurdle", "M"), ("Relational Triple Extraction", "T"), ("Relational triple extraction", "T"),
            ("TPLinker", "M"), ("OneRel", "M"), ("UniRel", "M"), ("BERT-base", "M"), ("F1", "X"), ("NYT", "D"),
            ("WebNLG", "D"), ("GPU memory", "X"), ("sentences per second", "X"), ("throughput", "X"),
            ("memory use", "X"),
        ],
        "results": [
            ("F1 scores of 93.6", "F1", 93.6, None, "NYT", "Fqurdle"),
            ("94.5", "F1", 94.5, None, "WebNLG", "Fqurdle"),
            ("92.9", "F1", 92.9, None, "NYT", "Fqurdle"),
            ("91.0", "F1", 91.0, None, "WebNLG", "Fqurdle"),
            ("93.7", "F1", 93.7, None, "NYT", "UniRel"),
            ("94.7", "F1", 94.7, None, "WebNLG", "UniRel"),
            ("93.0", "F1", 93.0, None, "NYT", "UniRel"),
            ("90.9", "F1", 90.9, None, "WebNLG", "UniRel"),
            ("3.2\u00d7 faster", "training speed-up", 3.2, "\u00d7", None, "Fqurdle"),
            ("58% less GPU memory", "GPU memory reduction", 58, "%", None, "Fqurdle"),
            ("F1 improves by 1.8 points", "F1", 1.8, "points", "NYT", None),
            ("1,480 sentences per second", "throughput", 1480, "sentences/s", None, "Fqurdle"),
            ("2\u00d7 the throughput", "throughput", 2, "\u00d7", None, "Fqurdle"),
            ("memory use grows by only 6%", "memory use", 6, "%", None, "Fqurdle"),
            ("11\u00d7", "memory use", 11, "\u00d7", None, "UniRel"),
        ],
    },
    {
        "field": "relation-extraction",
        "title": "Fqenrow: Distilling Rationale Graphs from GPT-4o for Biomedical Document-Level Relation Extraction",
        "text": (
            "Biomedical document-level relation extraction links chemicals, diseases and genes mentioned across the "
            "sentences of a scientific abstract. Because benchmarks such as CDR and GDA contain only a few hundred "
            "to a few thousand training documents, supervised models learn little of the multi-hop reasoning that "
            "inter-sentence relations require, while prompting large language models directly remains far less "
            "accurate than fine-tuning encoders. We propose Fqenrow, which asks GPT-4o to write short rationales "
            "that connect each annotated entity pair through intermediate mentions, converts these rationales into "
            "mention graphs, and distils the graphs into a PubMedBERT encoder through an auxiliary edge-prediction "
            "objective. The language model is queried only once, before training, so Fqenrow adds no cost at "
            "inference and needs no access to proprietary models once deployed. Fqenrow sets a new state of the art "
            "on both benchmarks, with F1 scores of 86.7 on CDR and 88.9 on GDA, and its gains concentrate on "
            "inter-sentence pairs, where it outperforms SAIS by 3.4 F1 on CDR. On BioRED, a newer corpus with eight "
            "relation types, Fqenrow also improves over a PubMedBERT baseline, although the margin there is "
            "smaller. A manual check of 200 sampled rationales finds 81% of them factually consistent with the "
            "source abstract, and removing the inconsistent rationales does not change the results noticeably."
        ),
        "spans": [
            ("Fqenrow", "M"), ("GPT-4o", "M"), ("Biomedical Document-Level Relation Extraction", "T"),
            ("Biomedical document-level relation extraction", "T"), ("CDR", "D"), ("GDA", "D"),
            ("large language models", "M"), ("PubMedBERT", "M"), ("F1", "X"), ("SAIS", "M"), ("BioRED", "D"),
        ],
        "results": [
            ("F1 scores of 86.7", "F1", 86.7, None, "CDR", "Fqenrow"),
            ("88.9", "F1", 88.9, None, "GDA", "Fqenrow"),
            ("3.4 F1", "F1", 3.4, "points", "CDR", "Fqenrow"),
            ("81% of them factually consistent", "factual consistency", 81, "%", None, None),
        ],
    },
]
