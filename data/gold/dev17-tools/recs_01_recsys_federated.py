"""dev17 records: recsys (6) and federated (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Xanthelle", "Xorvane", "Xilbrook", "Xebrantis", "XundaBench", "Xopreli",
          "Xorrindel", "Xemboro", "Xiphrast", "Xandoril", "Xavelin", "Xunkett"]

RECS = [
    # ------------------------------------------------------------ recsys
    {
        "field": "recsys",
        "title": "Xanthelle: Frequency-Aware State Space Models for Sequential Recommendation",
        "text": (
            "Sequential recommendation predicts the next item a user will interact with from their ordered history. "
            "Transformer-based recommenders such as SASRec and BERT4Rec model this history with stacked attention "
            "layers, whose cost grows quadratically with sequence length, while recent state space models (SSMs) "
            "like Mamba4Rec scale linearly but tend to blur short-term, periodic interests. We present Xanthelle, an "
            "SSM-based recommender that splits each behaviour sequence into low- and high-frequency bands with a "
            "learnable Fourier filter and runs a separate Mamba block on each band before gating them together. "
            "Experiments on four public benchmarks (Amazon Beauty, Sports, Toys and MovieLens-1M) follow the "
            "leave-one-out protocol with full ranking over all items. Xanthelle obtains NDCG@10 of 0.0512, 0.0298, "
            "0.0547 and 0.1893 on the four datasets, respectively, and raises HR@10 on Beauty from 0.0843 "
            "(Mamba4Rec) to 0.0921. Averaged over the four datasets, it improves NDCG@10 by 9.6% over the strongest "
            "baseline, DuoRec. On MovieLens-1M with sequences of length 200, Xanthelle trains 2.3\u00d7 faster than "
            "SASRec and cuts GPU memory by 41%, and inference latency per user stays below 3 ms. Ablations show that "
            "removing the high-frequency branch costs 0.0041 NDCG@10 on Beauty (0.0512 vs. 0.0471), which confirms "
            "that periodic short-term signals matter most on sparse e-commerce data."
        ),
        "spans": [
            ("Xanthelle", "M"), ("State Space Models", "M"), ("Sequential Recommendation", "T"),
            ("Sequential recommendation", "T"), ("Transformer", "M"), ("SASRec", "M"), ("BERT4Rec", "M"),
            ("state space models", "M"), ("SSMs", "M"), ("SSM", "M"), ("Mamba4Rec", "M"), ("Mamba", "M"),
            ("Amazon Beauty", "D"), ("Beauty", "D"), ("Sports", "D"), ("Toys", "D"), ("MovieLens-1M", "D"),
            ("NDCG@10", "X"), ("HR@10", "X"), ("DuoRec", "M"), ("GPU memory", "X"), ("inference latency", "X"),
        ],
        "results": [
            ("NDCG@10 of 0.0512", "NDCG@10", 0.0512, None, "Amazon Beauty", "Xanthelle"),
            ("0.0298", "NDCG@10", 0.0298, None, "Sports", "Xanthelle"),
            ("0.0547", "NDCG@10", 0.0547, None, "Toys", "Xanthelle"),
            ("0.1893", "NDCG@10", 0.1893, None, "MovieLens-1M", "Xanthelle"),
            ("HR@10 on Beauty from 0.0843", "HR@10", 0.0843, None, "Amazon Beauty", "Mamba4Rec"),
            ("to 0.0921", "HR@10", 0.0921, None, "Amazon Beauty", "Xanthelle"),
            ("improves NDCG@10 by 9.6%", "NDCG@10", 9.6, "%", None, None),
            ("trains 2.3\u00d7 faster", "speed-up", 2.3, "\u00d7", "MovieLens-1M", "Xanthelle"),
            ("cuts GPU memory by 41%", "GPU memory reduction", 41, "%", "MovieLens-1M", "Xanthelle"),
            ("inference latency per user stays below 3 ms", "inference latency", 3, "ms", "MovieLens-1M",
             "Xanthelle"),
            ("costs 0.0041 NDCG@10", "NDCG@10", 0.0041, None, "Amazon Beauty", None),
            ("0.0512", "NDCG@10", 0.0512, None, "Amazon Beauty", None, {"occ": 1}),
            ("0.0471", "NDCG@10", 0.0471, None, "Amazon Beauty", None),
        ],
    },
    {
        "field": "recsys",
        "title": "Which Feature Crosses Matter? Cheaper Click-Through Rate Prediction with Sparse Interaction Gates",
        "text": (
            "Click-through rate prediction underpins online advertising and feed ranking, and models such as "
            "DeepFM, DCNv2 and FinalMLP spend most of their serving budget on explicit feature crosses, yet many of "
            "these crosses contribute little to the prediction. We propose Xorvane, a cross network in which each "
            "field pair is guarded by a learnable binary gate that is trained jointly with the model and frozen "
            "before deployment, so that unused interactions are never computed online. Xorvane adds no parameters "
            "at inference and can wrap any explicit-interaction backbone. On Criteo, Avazu and KDD Cup 2012, "
            "Xorvane on top of DCNv2 reaches AUC/Logloss of 0.8162/0.4371, 0.7958/0.3702 and 0.8061/0.1524, "
            "respectively, while switching off most of the crosses. Against the unpruned DCNv2 (AUC 0.8149 on Criteo), the "
            "gain of +0.13 points is small but statistically significant over five runs, and it exceeds what "
            "practitioners usually regard as a meaningful improvement for industrial ranking models. Compared with "
            "AutoInt, xDeepFM and GDCN, Xorvane is the most accurate on all three datasets. Savings at serving time "
            "are large: FLOPs per sample fall by 4.7\u00d7, and p99 latency on a CPU server goes from 11.4 ms to "
            "6.9 ms. In a two-week online A/B test on a news feed, Xorvane lifted click-through rate (CTR) by 1.8% "
            "and reduced serving cost by 27%."
        ),
        "spans": [
            ("Click-Through Rate Prediction", "T"), ("Click-through rate prediction", "T"), ("DeepFM", "M"),
            ("DCNv2", "M"), ("FinalMLP", "M"), ("Xorvane", "M"), ("Criteo", "D"), ("Avazu", "D"),
            ("KDD Cup 2012", "D"), ("AUC", "X"), ("Logloss", "X"), ("AutoInt", "M"), ("xDeepFM", "M"),
            ("GDCN", "M"), ("FLOPs", "X"), ("p99 latency", "X"), ("click-through rate", "X"), ("CTR", "X"),
            ("serving cost", "X"),
        ],
        "results": [
            ("AUC/Logloss of 0.8162", "AUC", 0.8162, None, "Criteo", "Xorvane"),
            ("0.4371", "Logloss", 0.4371, None, "Criteo", "Xorvane"),
            ("0.7958", "AUC", 0.7958, None, "Avazu", "Xorvane"),
            ("0.3702", "Logloss", 0.3702, None, "Avazu", "Xorvane"),
            ("0.8061", "AUC", 0.8061, None, "KDD Cup 2012", "Xorvane"),
            ("0.1524", "Logloss", 0.1524, None, "KDD Cup 2012", "Xorvane"),
            ("AUC 0.8149", "AUC", 0.8149, None, "Criteo", "DCNv2"),
            ("+0.13 points", "AUC", 0.13, "points", "Criteo", None),
            ("FLOPs per sample fall by 4.7\u00d7", "FLOPs reduction", 4.7, "\u00d7", None, None),
            ("p99 latency on a CPU server goes from 11.4 ms to 6.9 ms", "p99 latency", 6.9, "ms", None, None),
            ("click-through rate (CTR) by 1.8%", "CTR", 1.8, "%", None, "Xorvane"),
            ("reduced serving cost by 27%", "serving cost reduction", 27, "%", None, "Xorvane"),
        ],
    },
    {
        "field": "recsys",
        "title": "Xilbrook: Perturbing Eigenvectors, Not Edges, for Graph Contrastive Learning in Recommendation",
        "text": (
            "Collaborative filtering on the user\u2013item graph with LightGCN has become the default backbone for "
            "top-K recommendation, and graph contrastive learning (GCL) methods such as SGL, SimGCL and XSimGCL "
            "improve it further by contrasting perturbed views of that graph. Edge dropout and uniform embedding "
            "noise, however, perturb high- and low-degree nodes alike and can erase the few interactions of "
            "long-tail users. Xilbrook generates views in the spectral domain instead: it perturbs the leading "
            "eigenvectors of the normalised adjacency matrix, approximated with 64 Lanczos iterations, so that "
            "augmentation respects the graph's cluster structure. On Yelp2018, Amazon-Book and Gowalla, Xilbrook "
            "reports Recall@20 of 0.0762, 0.0581 and 0.2104 and NDCG@20 of 0.0631, 0.0463 and 0.1789, "
            "respectively. Relative to XSimGCL, Recall@20 improves by 5.4%, 9.1% and 3.2% on the three datasets, "
            "respectively, and the gains concentrate on users with fewer than 20 interactions, for whom NDCG@20 on "
            "Amazon-Book rises 0.0214 \u2192 0.0287. LightGCN, SGL and SimGCL reach Recall@20 of 0.0639, 0.0675 and "
            "0.0721 on Yelp2018, respectively. Each training epoch takes 1.6\u00d7 as long as in SimGCL because of "
            "the spectral step, but Xilbrook converges in far fewer epochs, so total training time is 38% shorter. "
            "Code and hyperparameters are released."
        ),
        "spans": [
            ("Xilbrook", "M"), ("Graph Contrastive Learning", "M"), ("Collaborative filtering", "M"),
            ("LightGCN", "M"), ("top-K recommendation", "T"), ("graph contrastive learning", "M"), ("GCL", "M"),
            ("SGL", "M"), ("SimGCL", "M"), ("XSimGCL", "M"), ("Edge dropout", "M"), ("Lanczos", "M"),
            ("Yelp2018", "D"), ("Amazon-Book", "D"), ("Gowalla", "D"), ("Recall@20", "X"), ("NDCG@20", "X"),
            ("training time", "X"),
            ("total training time", "X", {"only": [0], "notitle": True}),
        ],
        "results": [
            ("Recall@20 of 0.0762", "Recall@20", 0.0762, None, "Yelp2018", "Xilbrook"),
            ("0.0581", "Recall@20", 0.0581, None, "Amazon-Book", "Xilbrook"),
            ("0.2104", "Recall@20", 0.2104, None, "Gowalla", "Xilbrook"),
            ("NDCG@20 of 0.0631", "NDCG@20", 0.0631, None, "Yelp2018", "Xilbrook"),
            ("0.0463", "NDCG@20", 0.0463, None, "Amazon-Book", "Xilbrook"),
            ("0.1789", "NDCG@20", 0.1789, None, "Gowalla", "Xilbrook"),
            ("Recall@20 improves by 5.4%", "Recall@20", 5.4, "%", "Yelp2018", None),
            ("9.1%", "Recall@20", 9.1, "%", "Amazon-Book", None),
            ("3.2%", "Recall@20", 3.2, "%", "Gowalla", None),
            ("NDCG@20 on Amazon-Book rises 0.0214 \u2192 0.0287", "NDCG@20", 0.0287, None, "Amazon-Book", None),
            ("Recall@20 of 0.0639", "Recall@20", 0.0639, None, "Yelp2018", "LightGCN"),
            ("0.0675", "Recall@20", 0.0675, None, "Yelp2018", "SGL"),
            ("0.0721", "Recall@20", 0.0721, None, "Yelp2018", "SimGCL"),
            ("takes 1.6\u00d7 as long", "epoch time", 1.6, "\u00d7", None, "Xilbrook"),
            ("total training time is 38% shorter", "training time reduction", 38, "%", None, "Xilbrook"),
        ],
    },
    {
        "field": "recsys",
        "title": "Teaching Language Models to Speak in Item Codes: Code-Text Alignment for Generative Recommendation",
        "text": (
            "Generative recommendation replaces the retrieve-then-rank pipeline with a model that directly decodes "
            "the identifier of the next item. Systems such as TIGER assign each item a short tuple of discrete codes "
            "by quantizing its content embedding with an RQ-VAE, while P5 and LC-Rec fine-tune large language models "
            "(LLMs) to generate such identifiers from natural-language prompts. In practice, the codes carry little "
            "meaning for the LLM, which must learn them from scratch and forgets much of its general knowledge in "
            "the process. We introduce Xebrantis, an alignment stage that precedes recommendation training: the LLM "
            "is taught to translate between item titles, descriptions and their codes in both directions, using "
            "LoRA adapters on a frozen Qwen2.5-7B backbone, and the codebook itself is refined with an auxiliary "
            "loss that keeps the codes of co-purchased items close. Evaluated on three categories of Amazon Reviews "
            "2023 (Beauty, Sports and Video Games), Xebrantis consistently outperforms TIGER and LC-Rec in Recall@5 "
            "and NDCG@5, and the improvement is largest in cold-start recommendation, where items have no "
            "interaction history. The aligned model also keeps its ability to explain recommendations in free text, "
            "which we assess with a small user study. On Video Games, Xebrantis attains an NDCG@5 of 0.0418, "
            "compared with 0.0356 for LC-Rec. We analyse how code length and codebook size interact with alignment "
            "and find that shorter codes benefit most."
        ),
        "spans": [
            ("Language Models", "M"), ("Generative Recommendation", "T"), ("Generative recommendation", "T"),
            ("TIGER", "M"), ("RQ-VAE", "M"), ("P5", "M"), ("LC-Rec", "M"), ("large language models", "M"),
            ("LLMs", "M"), ("LLM", "M"), ("Xebrantis", "M"), ("LoRA", "M"), ("Qwen2.5-7B", "M"),
            ("Amazon Reviews 2023", "D"), ("Beauty", "D"), ("Sports", "D"), ("Video Games", "D"),
            ("Recall@5", "X"), ("NDCG@5", "X"), ("cold-start recommendation", "T"),
        ],
        "results": [
            ("NDCG@5 of 0.0418", "NDCG@5", 0.0418, None, "Video Games", "Xebrantis"),
            ("0.0356", "NDCG@5", 0.0356, None, "Video Games", "LC-Rec"),
        ],
    },
    {
        "field": "recsys",
        "title": "XundaBench: A Reproducible Benchmark for Multi-Behavior Recommendation",
        "text": (
            "Multi-behavior recommendation exploits auxiliary signals such as clicks, add-to-cart events and "
            "favourites to predict purchases, and a growing line of models, including MBGCN, CRGCN, MB-CGCN and "
            "KMCLR, reports steady gains on Tmall, Taobao and IJCAI-Contest. We find that these gains are hard to "
            "interpret: papers differ in how they split data, whether they filter repeated purchases, which negative "
            "sampling scheme they use and whether metrics are computed over all items or over sampled candidates. We "
            "release XundaBench, a benchmark that fixes these choices and adds two large datasets collected from a "
            "grocery platform and a short-video service, each with four behaviour types and explicit timestamps. "
            "XundaBench ships a unified data loader, a temporal split, full-ranking evaluation with HR@K and NDCG@K, "
            "and tuned implementations of eleven multi-behavior models alongside single-behavior baselines such as "
            "LightGCN and BPR-MF. Re-running all models under this protocol changes the picture considerably. Much "
            "of the reported advantage of graph-based multi-behavior models over a carefully tuned LightGCN vanishes "
            "once repeated purchases are removed, and the ranking of methods reverses between the random and "
            "temporal splits on two of the three legacy datasets. Models that cascade behaviours in a fixed order "
            "are the most sensitive to the choice of auxiliary behaviours. We document every preprocessing step, "
            "provide leaderboards for both splits and invite the community to submit results. We hope XundaBench "
            "makes progress in multi-behavior recommendation easier to measure and harder to overstate."
        ),
        "spans": [
            ("XundaBench", "D"), ("Multi-Behavior Recommendation", "T"), ("Multi-behavior recommendation", "T"),
            ("multi-behavior recommendation", "T"), ("MBGCN", "M"), ("CRGCN", "M"), ("MB-CGCN", "M"),
            ("KMCLR", "M"), ("Tmall", "D"), ("Taobao", "D"), ("IJCAI-Contest", "D"), ("negative sampling", "M"),
            ("HR@K", "X"), ("NDCG@K", "X"), ("LightGCN", "M"), ("BPR-MF", "M"),
        ],
        "results": [],
    },
    {
        "field": "recsys",
        "title": "Separating Conformity from Interest: Xopreli for Popularity Debiasing in Recommendation",
        "text": (
            "Recommenders trained on implicit feedback inherit the popularity bias of the logs they learn from, "
            "over-exposing head items and under-serving niche interests. Inverse propensity scoring (IPS) and doubly "
            "robust (DR) estimators correct for exposure but suffer from high variance, while causal approaches such "
            "as MACR and DICE assume that conformity acts identically on every user. We propose Xopreli, which "
            "learns a per-user conformity score from counterfactual exposure logs and subtracts a calibrated "
            "popularity term at inference, requiring no change to the backbone. We test Xopreli with matrix "
            "factorization (MF) and LightGCN backbones on three datasets with unbiased test sets: Yahoo! R3, Coat "
            "and KuaiRec. With MF, Xopreli reaches NDCG@5 of 0.6712 on Yahoo! R3 (DR: 0.6385, MACR: 0.6490) and "
            "0.6093 on Coat (DR: 0.5817, MACR: 0.5902). On the fully observed KuaiRec matrix, Recall@20 grows from "
            "0.1427 with DICE to 0.1613 with Xopreli-LightGCN. Correcting for popularity often harms accuracy on the "
            "biased, popularity-skewed test split, but Xopreli stays within 0.3 points of the uncorrected model's "
            "NDCG@5 there, whereas IPS loses 2.1 points. The long-tail coverage of top-20 lists doubles, from 11.8% "
            "to 23.9%, and training is only 1.2\u00d7 slower than plain MF. The learned conformity scores correlate "
            "with users' observed preference for trending items (Spearman \u03c1 = 0.64), suggesting that they "
            "capture a meaningful behavioural trait."
        ),
        "spans": [
            ("Xopreli", "M"), ("Xopreli-LightGCN", "M"), ("Popularity Debiasing", "T"),
            ("Inverse propensity scoring", "M"), ("IPS", "M"), ("doubly robust", "M"), ("DR", "M"),
            ("MACR", "M"), ("DICE", "M"), ("matrix factorization", "M"), ("MF", "M"), ("LightGCN", "M"),
            ("Yahoo! R3", "D"), ("Coat", "D"), ("KuaiRec", "D"), ("NDCG@5", "X"), ("Recall@20", "X"),
            ("accuracy", "X"), ("long-tail coverage", "X"), ("Spearman \u03c1", "X"),
        ],
        "results": [
            ("NDCG@5 of 0.6712 on Yahoo! R3", "NDCG@5", 0.6712, None, "Yahoo! R3", "Xopreli"),
            ("DR: 0.6385", "NDCG@5", 0.6385, None, "Yahoo! R3", "DR"),
            ("MACR: 0.6490", "NDCG@5", 0.6490, None, "Yahoo! R3", "MACR"),
            ("0.6093 on Coat", "NDCG@5", 0.6093, None, "Coat", "Xopreli"),
            ("DR: 0.5817", "NDCG@5", 0.5817, None, "Coat", "DR"),
            ("MACR: 0.5902", "NDCG@5", 0.5902, None, "Coat", "MACR"),
            ("Recall@20 grows from 0.1427", "Recall@20", 0.1427, None, "KuaiRec", "DICE"),
            ("to 0.1613", "Recall@20", 0.1613, None, "KuaiRec", "Xopreli-LightGCN"),
            ("within 0.3 points", "NDCG@5", 0.3, "points", None, "Xopreli"),
            ("IPS loses 2.1 points", "NDCG@5", 2.1, "points", None, "IPS"),
            ("long-tail coverage of top-20 lists doubles, from 11.8% to 23.9%", "long-tail coverage", 23.9, "%",
             None, None),
            ("training is only 1.2\u00d7 slower", "training time", 1.2, "\u00d7", None, None),
            ("Spearman \u03c1 = 0.64", "Spearman \u03c1", 0.64, None, None, None),
        ],
    },
    # ------------------------------------------------------------ federated
    {
        "field": "federated",
        "title": "Xorrindel: Correcting Classifier Drift in Federated Learning under Label Skew",
        "text": (
            "Federated learning (FL) trains a shared model across clients whose data never leave the device, but "
            "under non-IID label distributions local updates pull the classifier head towards each client's "
            "majority classes, and plain averaging of these heads degrades the global model. Client-drift "
            "corrections such as FedProx, SCAFFOLD and FedDyn regularise the whole network uniformly, and MOON "
            "aligns representations rather than decisions. Xorrindel leaves the feature extractor untouched and "
            "corrects only the head: each client keeps a running estimate of its label prior, local logits are "
            "adjusted by this prior during training, and the server aggregates heads after re-weighting them by "
            "class coverage. The extra state is one vector per client and the uplink payload grows by 0.02%. We "
            "simulate 100 clients with Dirichlet partitions (\u03b1 = 0.1 and 0.5) and 10% participation per round. "
            "With \u03b1 = 0.1, Xorrindel reaches 74.8%, 41.6% and 29.3% top-1 accuracy on CIFAR-10, CIFAR-100 and "
            "Tiny-ImageNet, respectively, against 63.5%, 36.2% and 25.1% for FedAvg and 69.9%, 38.4% and 26.8% for "
            "FedDyn. At \u03b1 = 0.5 the margins shrink to 1.2\u20132.5 points. To reach 70% accuracy on CIFAR-10, "
            "Xorrindel needs 212 communication rounds, 3.1\u00d7 fewer than FedAvg. On the naturally partitioned "
            "FEMNIST from LEAF it attains 86.9% accuracy, on par with SCAFFOLD (86.5%) at half its communication "
            "cost."
        ),
        "spans": [
            ("Xorrindel", "M"), ("Federated Learning", "T"), ("Federated learning", "T"), ("FL", "T"),
            ("FedProx", "M"), ("SCAFFOLD", "M"), ("FedDyn", "M"), ("MOON", "M"), ("uplink payload", "X"),
            ("top-1 accuracy", "X"), ("accuracy", "X"), ("CIFAR-10", "D"), ("CIFAR-100", "D"),
            ("Tiny-ImageNet", "D"), ("FedAvg", "M"), ("communication rounds", "X"), ("FEMNIST", "D"),
            ("LEAF", "D"), ("communication cost", "X"),
        ],
        "results": [
            ("uplink payload grows by 0.02%", "uplink payload", 0.02, "%", None, None),
            ("74.8%", "top-1 accuracy", 74.8, "%", "CIFAR-10", "Xorrindel"),
            ("41.6%", "top-1 accuracy", 41.6, "%", "CIFAR-100", "Xorrindel"),
            ("29.3% top-1 accuracy", "top-1 accuracy", 29.3, "%", "Tiny-ImageNet", "Xorrindel"),
            ("63.5%", "top-1 accuracy", 63.5, "%", "CIFAR-10", "FedAvg"),
            ("36.2%", "top-1 accuracy", 36.2, "%", "CIFAR-100", "FedAvg"),
            ("25.1%", "top-1 accuracy", 25.1, "%", "Tiny-ImageNet", "FedAvg"),
            ("69.9%", "top-1 accuracy", 69.9, "%", "CIFAR-10", "FedDyn"),
            ("38.4%", "top-1 accuracy", 38.4, "%", "CIFAR-100", "FedDyn"),
            ("26.8%", "top-1 accuracy", 26.8, "%", "Tiny-ImageNet", "FedDyn"),
            ("margins shrink to 1.2\u20132.5 points", "improvement", 2.5, "points", None, None, {"low": 1.2}),
            ("212 communication rounds", "communication rounds", 212, None, "CIFAR-10", "Xorrindel"),
            ("3.1\u00d7 fewer than FedAvg", "communication rounds reduction", 3.1, "\u00d7", "CIFAR-10",
             "Xorrindel"),
            ("86.9% accuracy", "accuracy", 86.9, "%", "FEMNIST", None),
            ("86.5%", "accuracy", 86.5, "%", "FEMNIST", "SCAFFOLD"),
        ],
    },
    {
        "field": "federated",
        "title": "Personalized Federated Learning with Shared Bases and Private Mixtures",
        "text": (
            "Personalized federated learning (PFL) seeks a model per client that fits local data while still "
            "benefiting from collaboration. Decoupling approaches such as FedRep and FedBABU share a feature "
            "extractor and keep heads local, whereas Ditto and pFedMe regularise each personal model towards a "
            "global one; neither family adapts well when clients differ in both input and label distribution. We "
            "propose Xemboro, in which the server maintains a small library of K = 8 shared low-rank bases and each "
            "client learns only a private mixture over them plus a linear head. Only the bases travel over the "
            "network, so personalization comes almost for free in terms of communication, and a new client can be "
            "served after a handful of local steps. We provide a convergence guarantee for smooth non-convex "
            "objectives under partial participation. On CIFAR-100 with pathological splits of 10 classes per "
            "client, Xemboro achieves a mean client accuracy of 79.4%, against 74.2% for FedRep, 72.8% for Ditto and "
            "70.5% for FedBABU. On FEMNIST and Shakespeare it attains 88.1% and 55.6% mean client accuracy, "
            "respectively. For clients that join after training, fitting a mixture with 5 local steps recovers 96% "
            "of the accuracy of clients seen during training. Xemboro also reduces communication cost per round by "
            "5.7\u00d7 relative to Ditto, because heads and mixture weights never leave the device."
        ),
        "spans": [
            ("Personalized Federated Learning", "T"), ("Personalized federated learning", "T"), ("PFL", "T"),
            ("FedRep", "M"), ("FedBABU", "M"), ("Ditto", "M"), ("pFedMe", "M"), ("Xemboro", "M"),
            ("CIFAR-100", "D"), ("mean client accuracy", "X"), ("FEMNIST", "D"), ("Shakespeare", "D"),
            ("accuracy", "X"), ("communication cost", "X"),
        ],
        "results": [
            ("mean client accuracy of 79.4%", "mean client accuracy", 79.4, "%", "CIFAR-100", "Xemboro"),
            ("74.2%", "mean client accuracy", 74.2, "%", "CIFAR-100", "FedRep"),
            ("72.8%", "mean client accuracy", 72.8, "%", "CIFAR-100", "Ditto"),
            ("70.5%", "mean client accuracy", 70.5, "%", "CIFAR-100", "FedBABU"),
            ("88.1%", "mean client accuracy", 88.1, "%", "FEMNIST", None),
            ("55.6% mean client accuracy", "mean client accuracy", 55.6, "%", "Shakespeare", None),
            ("recovers 96% of the accuracy", "relative accuracy", 96, "%", None, None),
            ("reduces communication cost per round by 5.7\u00d7", "communication cost reduction", 5.7, "\u00d7",
             None, "Xemboro"),
        ],
    },
    {
        "field": "federated",
        "title": "Xiphrast: Sketching with Error Feedback for Uplink-Efficient Federated Optimization",
        "text": (
            "Uplink bandwidth is the main bottleneck of cross-device federated learning, where millions of phones "
            "upload model updates over slow and metered connections. Quantization schemes such as QSGD and FedPAQ "
            "and sparsifiers such as top-k sparsification shrink each upload, but at high compression their bias "
            "accumulates across rounds and stalls convergence on non-IID data. Xiphrast compresses client updates "
            "with a count sketch whose hash functions are re-drawn every round, combines the sketch with client-side "
            "error feedback, and lets the server recover the heavy coordinates with a single momentum buffer. We "
            "prove that Xiphrast matches the convergence rate of uncompressed FedAvg up to a term that vanishes with "
            "the sketch width. Across image and language benchmarks, Xiphrast attains compression ratios of 64\u00d7 "
            "to 210\u00d7. On CIFAR-10 with ResNet-18, Xiphrast at 100\u00d7 compression reaches 84.1% accuracy, within "
            "0.3 points of uncompressed FedAvg (84.4%), whereas top-k sparsification and signSGD fall to 79.6% and "
            "77.2%. On Stack Overflow next-word prediction, accuracy is 24.9% vs. 25.3% for FedAvg and 23.1% for "
            "FetchSGD at equal upload budget. For a 12-layer Transformer on Reddit, the total uplink traffic needed "
            "to reach the target perplexity drops from 38.6 GB \u2192 0.41 GB, and wall-clock training time over a "
            "simulated 1 Mbps link falls by 6.8\u00d7. Client-side encoding adds 14 ms per round on a Pixel 7."
        ),
        "spans": [
            ("Xiphrast", "M"), ("Sketching", "M"), ("Error Feedback", "M"), ("Federated Optimization", "T"),
            ("cross-device federated learning", "T"), ("Quantization", "M"), ("QSGD", "M"), ("FedPAQ", "M"),
            ("top-k sparsification", "M"), ("count sketch", "M"), ("error feedback", "M"), ("FedAvg", "M"),
            ("compression ratios", "X"), ("CIFAR-10", "D"), ("ResNet-18", "M"), ("accuracy", "X"),
            ("signSGD", "M"), ("Stack Overflow", "D"), ("next-word prediction", "T"), ("FetchSGD", "M"),
            ("Transformer", "M"), ("Reddit", "D"), ("total uplink traffic", "X"), ("perplexity", "X"),
            ("wall-clock training time", "X"),
        ],
        "results": [
            ("compression ratios of 64\u00d7 to 210\u00d7", "compression ratio", 210, "\u00d7", None, "Xiphrast",
             {"low": 64}),
            ("84.1% accuracy", "accuracy", 84.1, "%", "CIFAR-10", "Xiphrast"),
            ("within 0.3 points of uncompressed FedAvg", "accuracy", 0.3, "points", "CIFAR-10", "Xiphrast"),
            ("84.4%", "accuracy", 84.4, "%", "CIFAR-10", "FedAvg"),
            ("79.6%", "accuracy", 79.6, "%", "CIFAR-10", "top-k sparsification"),
            ("77.2%", "accuracy", 77.2, "%", "CIFAR-10", "signSGD"),
            ("accuracy is 24.9%", "accuracy", 24.9, "%", "Stack Overflow", None),
            ("25.3%", "accuracy", 25.3, "%", "Stack Overflow", "FedAvg"),
            ("23.1%", "accuracy", 23.1, "%", "Stack Overflow", "FetchSGD"),
            ("total uplink traffic needed to reach the target perplexity drops from 38.6 GB \u2192 0.41 GB",
             "total uplink traffic", 0.41, "GB", "Reddit", "Transformer"),
            ("wall-clock training time over a simulated 1 Mbps link falls by 6.8\u00d7",
             "wall-clock training time reduction", 6.8, "\u00d7", "Reddit", "Transformer"),
            ("encoding adds 14 ms", "encoding time", 14, "ms", None, None),
        ],
    },
    {
        "field": "federated",
        "title": "Xandoril: Rank-Heterogeneous LoRA Aggregation for Federated Instruction Tuning of Large Language Models",
        "text": (
            "Federated instruction tuning lets organisations adapt large language models (LLMs) to private "
            "instruction data without pooling it. Parameter-efficient methods make this feasible on modest "
            "hardware, and most systems, including FedIT and FLoRA, exchange only low-rank adaptation (LoRA) "
            "matrices. Clients, however, have very different memory budgets, and forcing one rank on all of them "
            "either excludes weak devices or wastes the capacity of strong ones. Existing heterogeneous-rank schemes "
            "such as HetLoRA zero-pad smaller adapters before averaging, which we show biases the aggregate towards "
            "high-rank clients and introduces noise that does not cancel across rounds. Xandoril aggregates in the "
            "product space instead: the server averages the full low-rank updates BA, re-factorises the result with "
            "a truncated SVD and sends each client a projection to its own rank. We derive conditions under which "
            "this aggregation is unbiased and show that its cost on the server is negligible compared with local "
            "training. We fine-tune Llama-3.1-8B and Mistral-7B with 50 simulated clients whose ranks range from 4 "
            "to 64, using Dolly-15k and Alpaca-GPT4 partitioned by task category to induce heterogeneity. Xandoril "
            "improves over HetLoRA and FLoRA on MT-Bench and on MMLU in every configuration we test, and the gains "
            "grow as the spread of client ranks widens. With Llama-3.1-8B, it reaches an MT-Bench score of 6.42, "
            "close to centralised LoRA fine-tuning on the pooled data. Our results suggest that how adapters are "
            "combined matters more than which rank each client uses."
        ),
        "spans": [
            ("Xandoril", "M"), ("LoRA", "M"), ("Federated Instruction Tuning", "T"), ("Large Language Models", "M"),
            ("Federated instruction tuning", "T"), ("large language models", "M"), ("LLMs", "M"), ("FedIT", "M"),
            ("FLoRA", "M"), ("low-rank adaptation", "M"), ("HetLoRA", "M"), ("truncated SVD", "M"),
            ("Llama-3.1-8B", "M"), ("Mistral-7B", "M"), ("Dolly-15k", "D"), ("Alpaca-GPT4", "D"),
            ("MT-Bench", "D"), ("MMLU", "D"), ("score", "X"),
        ],
        "results": [
            ("MT-Bench score of 6.42", "score", 6.42, None, "MT-Bench", "Llama-3.1-8B"),
        ],
    },
    {
        "field": "federated",
        "title": "Xavelin: Variance-Reduced Federated Optimization with Arbitrary Client Availability",
        "text": (
            "Convergence analyses of federated optimization usually assume that clients are sampled uniformly at "
            "random in every round, an assumption that fails in deployed systems where device availability follows "
            "diurnal cycles, battery levels and network conditions. Under such cyclic or adversarial participation, "
            "FedAvg and its variance-reduced successors, including SCAFFOLD and MIME, can converge to a biased "
            "stationary point or diverge altogether. We introduce Xavelin, an algorithm that keeps a server-side "
            "memory of the most recent update of every client and combines it with a participation-aware step size, "
            "so that stale contributions are neither discarded nor over-weighted. Xavelin requires no knowledge of "
            "the availability process and stores one extra vector per client on the server. For smooth non-convex "
            "objectives we show that Xavelin converges to a first-order stationary point at the rate of SGD with "
            "full participation, up to a factor that depends only on the maximum gap between successive "
            "participations of a client; for strongly convex objectives it converges linearly to the optimum "
            "without any bounded-heterogeneity assumption. We complement the upper bounds with matching lower "
            "bounds for a broad class of memory-based methods, showing that the dependence on the participation gap "
            "cannot be improved. Experiments on FEMNIST and CIFAR-10 with availability patterns derived from real "
            "device traces confirm the theory: Xavelin is stable under every pattern we test, whereas FedAvg "
            "oscillates when participation is strongly periodic, and SCAFFOLD degrades when some clients disappear "
            "for long stretches."
        ),
        "spans": [
            ("Xavelin", "M"), ("Federated Optimization", "T"), ("federated optimization", "T"), ("FedAvg", "M"),
            ("SCAFFOLD", "M"), ("MIME", "M"), ("SGD", "M"), ("FEMNIST", "D"), ("CIFAR-10", "D"),
        ],
        "results": [],
    },
    {
        "field": "federated",
        "title": "Xunkett: Patient-Level Clipping and Learned Budgets for Private Cross-Silo Federated Learning",
        "text": (
            "Hospitals that train models jointly in cross-silo federated learning still leak information through "
            "the updates they share, and differential privacy (DP) is the standard remedy. Applying DP-SGD at each "
            "silo with a per-silo privacy budget, however, costs far more accuracy on small medical datasets than on "
            "the image benchmarks where it is usually evaluated. We present Xunkett, which bounds the contribution of "
            "each patient rather than each example, allocates the privacy budget across rounds with a learned "
            "schedule and denoises the aggregate on the server with a public-data prior. We evaluate on three tasks "
            "of the FLamby benchmark: Fed-ISIC2019 (skin lesion classification, six silos), Fed-Heart-Disease (four "
            "silos) and Fed-Camelyon16 (whole-slide image classification, two silos). At a privacy budget of "
            "\u03b5 = 3, Xunkett attains a balanced accuracy of 0.648 on Fed-ISIC2019 (non-private FedAvg: 0.703; "
            "DP-FedAvg: 0.541), an accuracy of 0.802 on Fed-Heart-Disease (DP-FedAvg: 0.761) and an AUC of 0.781 on "
            "Fed-Camelyon16 (DP-FedAvg: 0.694). Averaged over the three tasks, Xunkett closes 67% of the utility gap "
            "between DP-FedAvg and non-private training. Against membership inference, attack AUC drops from 0.61 "
            "for non-private FedAvg to 0.52, close to chance. The learned budget schedule alone accounts for roughly "
            "a third of the gain, and Xunkett adds about 9% to per-round wall-clock time."
        ),
        "spans": [
            ("Xunkett", "M"), ("Cross-Silo Federated Learning", "T"), ("cross-silo federated learning", "T"),
            ("differential privacy", "M"), ("DP", "M"), ("DP-SGD", "M"), ("accuracy", "X"), ("FLamby", "D"),
            ("Fed-ISIC2019", "D"), ("skin lesion classification", "T"), ("Fed-Heart-Disease", "D"),
            ("Fed-Camelyon16", "D"), ("whole-slide image classification", "T"), ("balanced accuracy", "X"),
            ("FedAvg", "M"), ("DP-FedAvg", "M"), ("AUC", "X"), ("membership inference", "T"), ("attack AUC", "X"),
            ("per-round wall-clock time", "X"),
        ],
        "results": [
            ("balanced accuracy of 0.648 on Fed-ISIC2019", "balanced accuracy", 0.648, None, "Fed-ISIC2019",
             "Xunkett"),
            ("FedAvg: 0.703", "balanced accuracy", 0.703, None, "Fed-ISIC2019", "FedAvg"),
            ("DP-FedAvg: 0.541", "balanced accuracy", 0.541, None, "Fed-ISIC2019", "DP-FedAvg"),
            ("accuracy of 0.802 on Fed-Heart-Disease", "accuracy", 0.802, None, "Fed-Heart-Disease", "Xunkett"),
            ("DP-FedAvg: 0.761", "accuracy", 0.761, None, "Fed-Heart-Disease", "DP-FedAvg"),
            ("AUC of 0.781 on Fed-Camelyon16", "AUC", 0.781, None, "Fed-Camelyon16", "Xunkett"),
            ("DP-FedAvg: 0.694", "AUC", 0.694, None, "Fed-Camelyon16", "DP-FedAvg"),
            ("closes 67% of the utility gap", "utility gap reduction", 67, "%", None, "Xunkett"),
            ("attack AUC drops from 0.61", "attack AUC", 0.61, None, None, "FedAvg"),
            ("to 0.52", "attack AUC", 0.52, None, None, None),
            ("adds about 9% to per-round wall-clock time", "per-round wall-clock time", 9, "%", None, "Xunkett"),
        ],
    },
]
