"""fresh10 records: federated-learning (6) and continual-learning (6). Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Orvanel", "Oxbrindle", "Obelune", "Ostrawick", "Opalthorn", "Omberwynd",
          "Ortolith", "Olvendrift", "Ombrelay", "Ondrafel", "Ospreyfold", "Oquemark"]

RECS = [
    # ------------------------------------------------------------ federated-learning
    {
        "field": "federated-learning",
        "title": "Orvanel: Personalized Federated Learning with Mixtures of Shared Prototype Heads",
        "text": (
            "Personalized federated learning (PFL) trains a model for each client while still sharing knowledge "
            "across a federation whose label distributions differ sharply. Methods that split the network into a "
            "shared body and a local head, such as FedRep and FedBABU, work well when clients hold enough data to "
            "fit their heads, but degrade for the long tail of clients with a few dozen samples. We propose "
            "Orvanel, in which every client mixes a small bank of K = 8 server-maintained prototype heads with "
            "weights inferred from its local feature statistics, so that a data-poor client can borrow a head "
            "fitted by similar clients without revealing its label histogram. The mixing weights are computed "
            "on-device and never leave it. On CIFAR-100 partitioned over 100 clients with a Dirichlet concentration "
            "of \u03b1 = 0.1, Orvanel reaches a mean local test accuracy of 71.4%, compared with 66.9% for FedRep, "
            "65.2% for Ditto and 38.7% for FedAvg. The ranking is unchanged on two datasets from the LEAF benchmark "
            "(FEMNIST: 86.3%, Shakespeare: 54.9% accuracy). The benefit concentrates where it was intended: for the "
            "20% of clients with the fewest samples, accuracy improves by 9.8 points over FedRep. Clients that join "
            "after training adapt in a single local epoch, and the extra communication cost per round is 0.6% of "
            "the model size."
        ),
        "spans": [
            ("Orvanel", "M"), ("Personalized Federated Learning", "T"), ("Personalized federated learning", "T"),
            ("PFL", "T"), ("FedRep", "M"), ("FedBABU", "M"), ("CIFAR-100", "D"), ("mean local test accuracy", "X"),
            ("Ditto", "M"), ("FedAvg", "M"), ("LEAF", "D"), ("FEMNIST", "D"), ("Shakespeare", "D"),
            ("accuracy", "X"), ("communication cost", "X"),
        ],
        "results": [
            ("mean local test accuracy of 71.4%", "mean local test accuracy", 71.4, "%", "CIFAR-100", "Orvanel"),
            ("66.9%", "mean local test accuracy", 66.9, "%", "CIFAR-100", "FedRep"),
            ("65.2%", "mean local test accuracy", 65.2, "%", "CIFAR-100", "Ditto"),
            ("38.7%", "mean local test accuracy", 38.7, "%", "CIFAR-100", "FedAvg"),
            ("FEMNIST: 86.3%", "accuracy", 86.3, "%", "FEMNIST", None),
            ("Shakespeare: 54.9% accuracy", "accuracy", 54.9, "%", "Shakespeare", None),
            ("accuracy improves by 9.8 points", "accuracy", 9.8, "points", None, None),
            ("communication cost per round is 0.6%", "communication cost", 0.6, "%", None, None),
        ],
    },
    {
        "field": "federated-learning",
        "title": "Oxbrindle: Stateless Sketched Compression for Cross-Device Federated Learning",
        "text": (
            r"Uplink bandwidth is the bottleneck of cross-device federated learning, where millions of phones upload "
            r"model updates over metered connections. Compression schemes such as Top-k sparsification, QSGD and "
            r"signSGD shrink the payload but accumulate bias under partial participation, because the residual that "
            r"error feedback keeps on each client goes stale between the rounds in which that client is sampled. We "
            r"introduce Oxbrindle, which compresses every update with a count sketch shared across clients and "
            r"replaces per-client residuals with a single server-side residual that is unsketched once per round, "
            r"so clients remain stateless. On FEMNIST with 3{,}400 clients and 10 sampled per round, Oxbrindle "
            r"reaches 84.1\% test accuracy at a 250$\times$ compression ratio, against 84.6\% for uncompressed "
            r"FedAvg and 79.3\% for FetchSGD at the same ratio. On Stack Overflow next-word prediction, accuracy is "
            r"24.8\% versus 25.1\% without compression, and total uplink traffic falls from 41.2\,GB to 0.19\,GB. "
            r"The number of communication rounds needed to reach 80\% accuracy on FEMNIST grows by only $\sim$6\% "
            r"relative to FedAvg, while the wall-clock time to that target on a simulated 4G link is 3.7$\times$ "
            r"shorter. Server-side decoding adds 18\,ms per round on one A100."
        ),
        "spans": [
            ("Oxbrindle", "M"), ("Cross-Device Federated Learning", "T"), ("cross-device federated learning", "T"),
            ("Top-k sparsification", "M"), ("QSGD", "M"), ("signSGD", "M"), ("error feedback", "M"),
            ("count sketch", "M"), ("FEMNIST", "D"), ("test accuracy", "X"), ("compression ratio", "X"),
            ("FedAvg", "M"), ("FetchSGD", "M"), ("Stack Overflow", "D"), ("next-word prediction", "T"),
            ("accuracy", "X"), ("total uplink traffic", "X"), ("communication rounds", "X"),
            ("wall-clock time", "X"),
        ],
        "results": [
            (r"84.1\% test accuracy", "test accuracy", 84.1, "%", "FEMNIST", "Oxbrindle"),
            (r"250$\times$ compression ratio", "compression ratio", 250, "\u00d7", "FEMNIST", "Oxbrindle"),
            (r"84.6\%", "test accuracy", 84.6, "%", "FEMNIST", "FedAvg"),
            (r"79.3\%", "test accuracy", 79.3, "%", "FEMNIST", "FetchSGD"),
            (r"accuracy is 24.8\%", "accuracy", 24.8, "%", "Stack Overflow", None),
            (r"25.1\%", "accuracy", 25.1, "%", "Stack Overflow", None),
            (r"total uplink traffic falls from 41.2\,GB to 0.19\,GB", "total uplink traffic", 0.19, "GB",
             "Stack Overflow", None),
            (r"communication rounds needed to reach 80\% accuracy on FEMNIST grows by only $\sim$6\%",
             "communication rounds", 6, "%", "FEMNIST", None),
            (r"wall-clock time to that target on a simulated 4G link is 3.7$\times$ shorter",
             "wall-clock time reduction", 3.7, "\u00d7", None, None),
            (r"Server-side decoding adds 18\,ms", "decoding time", 18, "ms", None, None),
        ],
    },
    {
        "field": "federated-learning",
        "title": "Aggregating LoRA Updates Without Cross-Term Error in Federated Instruction Tuning",
        "text": (
            "Federated instruction tuning lets organisations adapt a large language model (LLM) to private "
            "instructions without pooling them, and Low-Rank Adaptation (LoRA) keeps the per-round payload small. "
            "Yet averaging the two LoRA factors separately, as FedIT does, is not the same as averaging their "
            "product, and the resulting cross-term error grows with client heterogeneity. FFA-LoRA sidesteps the "
            "issue by freezing one factor, at some cost in expressiveness. We present Obelune, in which clients "
            "train both factors and the server re-factorizes the exact average of the low-rank updates with a "
            "truncated SVD before broadcasting, keeping the rank fixed at r = 16. We fine-tune Llama-3.1-8B and "
            "Mistral-7B on Dolly-15k and Alpaca, split across 20 clients by task category. With Llama-3.1-8B, "
            "Obelune scores 6.42 on MT-Bench and 64.8% on MMLU, compared with 5.97 and 63.1% for FedIT and 6.08 "
            "and 63.9% for FFA-LoRA. Centralized LoRA on the pooled data reaches 6.51 on MT-Bench and 65.0% on "
            "MMLU. On Mistral-7B, the gap to centralized training shrinks to 0.04 MT-Bench points. Server-side "
            "aggregation adds negligible time to each round, and the communication volume is identical to that of "
            "FedIT. Under user-level differential privacy with \u03b5 = 8, Obelune keeps 96.5% of its non-private "
            "MMLU accuracy."
        ),
        "spans": [
            ("Obelune", "M"), ("LoRA", "M"), ("Federated Instruction Tuning", "T"),
            ("Federated instruction tuning", "T"), ("large language model", "M"), ("LLM", "M"),
            ("Low-Rank Adaptation", "M"), ("FedIT", "M"), ("FFA-LoRA", "M"), ("truncated SVD", "M"),
            ("Llama-3.1-8B", "M"), ("Mistral-7B", "M"), ("Dolly-15k", "D"), ("Alpaca", "D"), ("MT-Bench", "D"),
            ("MMLU", "D"), ("communication volume", "X"), ("user-level differential privacy", "M"),
            ("accuracy", "X"),
        ],
        "results": [
            ("scores 6.42 on MT-Bench", "score", 6.42, None, "MT-Bench", "Obelune"),
            ("64.8% on MMLU", "accuracy", 64.8, "%", "MMLU", "Obelune"),
            ("5.97", "score", 5.97, None, "MT-Bench", "FedIT"),
            ("63.1%", "accuracy", 63.1, "%", "MMLU", "FedIT"),
            ("6.08", "score", 6.08, None, "MT-Bench", "FFA-LoRA"),
            ("63.9%", "accuracy", 63.9, "%", "MMLU", "FFA-LoRA"),
            ("6.51 on MT-Bench", "score", 6.51, None, "MT-Bench", "LoRA"),
            ("65.0% on MMLU", "accuracy", 65.0, "%", "MMLU", "LoRA"),
            ("gap to centralized training shrinks to 0.04 MT-Bench points", "score gap", 0.04, "points",
             "MT-Bench", None),
            ("keeps 96.5% of its non-private MMLU accuracy", "relative accuracy", 96.5, "%", "MMLU", "Obelune"),
        ],
    },
    {
        "field": "federated-learning",
        "title": "Ostrawick: Feature-Shift-Robust Aggregation for Cross-Silo Federated Learning in Medical Imaging",
        "text": (
            "Hospitals that train a shared model through cross-silo federated learning rarely differ only in their "
            "label distributions; scanners, staining protocols and acquisition settings shift the input features "
            "as well, and this feature shift is handled poorly by FedAvg and FedProx. Keeping batch normalization "
            "statistics local, as FedBN does, helps when every site is seen at test time but offers nothing to a "
            "hospital that joins later. We propose Ostrawick, which learns a per-site style code inside each "
            "normalization layer and aggregates the remaining parameters with weights proportional to how well each "
            "site's update transfers to the others, measured on a small public proxy set. No raw images or "
            "per-patient statistics leave a site. We evaluate on three tasks from the FLamby benchmark suite, "
            "Fed-ISIC2019 for skin lesion classification, Fed-Camelyon16 for metastasis detection in whole-slide "
            "images and Fed-KITS2019 for kidney tumour segmentation, and add a held-out-site protocol in which one "
            "centre is withheld from training. Ostrawick improves balanced accuracy on Fed-ISIC2019 by 4.6 points "
            "over FedBN and ranks first on all 3 tasks under the held-out-site protocol. Differences on "
            "Fed-KITS2019 are small and within the variance across seeds, which we attribute to the homogeneity of "
            "CT scanners across its centres. We discuss the privacy implications of the proxy set and release code "
            "built on the FLamby data loaders."
        ),
        "spans": [
            ("Ostrawick", "M"), ("Cross-Silo Federated Learning", "T"), ("cross-silo federated learning", "T"),
            ("FedAvg", "M"), ("FedProx", "M"), ("batch normalization", "M"), ("FedBN", "M"), ("FLamby", "D"),
            ("Fed-ISIC2019", "D"), ("skin lesion classification", "T"), ("Fed-Camelyon16", "D"),
            ("metastasis detection", "T"), ("Fed-KITS2019", "D"), ("kidney tumour segmentation", "T"),
            ("balanced accuracy", "X"),
        ],
        "results": [
            ("balanced accuracy on Fed-ISIC2019 by 4.6 points", "balanced accuracy", 4.6, "points", "Fed-ISIC2019",
             "Ostrawick"),
            ("ranks first on all 3 tasks", "tasks ranked first", 3, None, None, "Ostrawick"),
        ],
    },
    {
        "field": "federated-learning",
        "title": "Opalthorn: Correcting Participation Bias in Federated Averaging under Cyclic Client Availability",
        "text": (
            "Most convergence analyses of Federated Averaging (FedAvg) assume that clients are sampled uniformly and "
            "independently in every round. In deployed cross-device systems, participation is anything but uniform: "
            "devices check in when they are idle, charging and on unmetered Wi-Fi, so availability follows daily "
            "cycles that correlate with the data they hold. We study federated optimization under such cyclic, "
            "data-dependent participation and show that FedAvg, FedProx and SCAFFOLD converge to a stationary point "
            "of a reweighted objective rather than of the population objective, with a bias that does not vanish as "
            "the learning rate decays. We then propose Opalthorn, a server-side correction that estimates each "
            "client's participation propensity from its check-in history and reweights aggregated updates with "
            "inverse propensity weighting, keeping the variance in check by clipping the weights. For smooth "
            "non-convex objectives, Opalthorn recovers the guarantees that FedAvg enjoys under uniform sampling, up "
            "to a factor that depends only on the clipping threshold, and it composes with adaptive server "
            "optimizers such as FedAdam and FedYogi. Experiments with availability traces collected from a "
            "production keyboard fleet, on next-word prediction and on CIFAR-10 with label skew, confirm that the "
            "bias predicted by the theory appears in practice and that the correction removes most of it without "
            "extra communication. We argue that participation models deserve the same scrutiny as data "
            "heterogeneity whenever federated algorithms are compared."
        ),
        "spans": [
            ("Opalthorn", "M"), ("Federated Averaging", "M"), ("FedAvg", "M"), ("federated optimization", "T"),
            ("FedProx", "M"), ("SCAFFOLD", "M"), ("inverse propensity weighting", "M"), ("FedAdam", "M"),
            ("FedYogi", "M"), ("next-word prediction", "T"), ("CIFAR-10", "D"),
        ],
        "results": [],
    },
    {
        "field": "federated-learning",
        "title": "Omberwynd: Data-Free Knowledge Distillation for Model-Heterogeneous Federated Learning",
        "text": (
            "In model-heterogeneous federated learning, clients run architectures sized to their hardware, from a "
            "MobileNetV3-Small on a phone to a ResNet-50 on an edge server, so their parameters cannot simply be "
            "averaged. Distillation-based methods such as FedDF and FedMD exchange logits on a public dataset "
            "instead, but a suitable public dataset rarely exists. Omberwynd removes that requirement: the server "
            "trains a conditional generator to synthesize inputs on which the client ensemble disagrees, and each "
            "client distills from the ensemble's consensus logits on these samples. We compare against FedDF, "
            "FedGen, FedET and FedProto on CIFAR-10, CIFAR-100 and Tiny-ImageNet, each split over 50 clients with "
            "Dirichlet \u03b1 = 0.3 and five architecture families. Averaged over clients, Omberwynd reaches 78.2%, "
            "52.6% and 39.4% top-1 accuracy on the three datasets, respectively, a margin of 3.1 to 5.7 points over "
            "the strongest baseline. The smallest models benefit most: the accuracy of MobileNetV3-Small clients on "
            "CIFAR-100 rises 41.3% \u2192 47.9%. FedGen comes closest on CIFAR-10 (77.0% vs. 78.2% for Omberwynd) "
            "but needs a shared feature extractor. Generator training increases server computation time by 11% per "
            "round, and the communication cost is 0.8 MB per client per round, about 60\u00d7 smaller than sending "
            "a ResNet-50 update."
        ),
        "spans": [
            ("Omberwynd", "M"), ("Data-Free Knowledge Distillation", "M"),
            ("Model-Heterogeneous Federated Learning", "T"), ("model-heterogeneous federated learning", "T"),
            ("MobileNetV3-Small", "M"), ("ResNet-50", "M"), ("Distillation", "M"), ("FedDF", "M"), ("FedMD", "M"),
            ("FedGen", "M"), ("FedET", "M"), ("FedProto", "M"), ("CIFAR-10", "D"), ("CIFAR-100", "D"),
            ("Tiny-ImageNet", "D"), ("top-1 accuracy", "X"), ("accuracy", "X"), ("server computation time", "X"),
            ("communication cost", "X"),
        ],
        "results": [
            ("78.2%", "top-1 accuracy", 78.2, "%", "CIFAR-10", "Omberwynd"),
            ("52.6%", "top-1 accuracy", 52.6, "%", "CIFAR-100", "Omberwynd"),
            ("39.4% top-1 accuracy", "top-1 accuracy", 39.4, "%", "Tiny-ImageNet", "Omberwynd"),
            ("margin of 3.1 to 5.7 points", "top-1 accuracy", 5.7, "points", None, "Omberwynd", {"low": 3.1}),
            ("accuracy of MobileNetV3-Small clients on CIFAR-100 rises 41.3% \u2192 47.9%", "accuracy", 47.9, "%",
             "CIFAR-100", None),
            ("77.0%", "top-1 accuracy", 77.0, "%", "CIFAR-10", "FedGen"),
            ("78.2% for Omberwynd", "top-1 accuracy", 78.2, "%", "CIFAR-10", "Omberwynd"),
            ("server computation time by 11%", "server computation time", 11, "%", None, None),
            ("communication cost is 0.8 MB", "communication cost", 0.8, "MB", None, None),
            ("60\u00d7 smaller", "communication cost reduction", 60, "\u00d7", None, None),
        ],
    },
    # ------------------------------------------------------------ continual-learning
    {
        "field": "continual-learning",
        "title": "Ortolith: Single-Pass Prompt Selection for Class-Incremental Learning with Pre-Trained Vision Transformers",
        "text": (
            "Prompt-based continual learning methods such as L2P, DualPrompt and CODA-Prompt adapt a frozen "
            "pre-trained Vision Transformer (ViT) to a stream of tasks by choosing prompts with a query that comes "
            "from a second forward pass of the frozen backbone, which doubles the compute spent at inference and "
            "ties prompt selection to features that never adapt. We propose Ortolith, which selects prompts from an "
            "intermediate [CLS] token of the same forward pass, using a lightweight router trained with an "
            "orthogonality penalty across tasks so that prompts learned for old classes are not overwritten. No "
            "exemplars are stored. With a ViT-B/16 pre-trained on ImageNet-21K, Ortolith attains a final average "
            "accuracy of 78.9% on 10-task ImageNet-R and 68.4% on 10-task CUB-200, against 75.5% and 65.1% for "
            "CODA-Prompt. On Split CIFAR-100 the gains are smaller (87.1 vs. 86.3), but forgetting drops from 4.9 "
            "to 3.2. Because it needs only one pass, Ortolith is 1.9\u00d7 faster at inference than DualPrompt and "
            "uses 46% fewer FLOPs. It also matches the rehearsal-based DER++ with a 2,000-exemplar buffer on "
            "ImageNet-R while storing no data."
        ),
        "spans": [
            ("Ortolith", "M"), ("Class-Incremental Learning", "T"), ("Vision Transformers", "M"),
            ("Vision Transformer", "M"), ("ViT", "M"), ("continual learning", "T"), ("L2P", "M"),
            ("DualPrompt", "M"), ("CODA-Prompt", "M"), ("ViT-B/16", "M"), ("ImageNet-21K", "D"),
            ("final average accuracy", "X"), ("ImageNet-R", "D"), ("CUB-200", "D"), ("Split CIFAR-100", "D"),
            ("forgetting", "X"), ("FLOPs", "X"), ("rehearsal", "M"), ("DER++", "M", {"punct": True}),
        ],
        "results": [
            ("final average accuracy of 78.9%", "final average accuracy", 78.9, "%", "ImageNet-R", "Ortolith"),
            ("68.4% on 10-task CUB-200", "final average accuracy", 68.4, "%", "CUB-200", "Ortolith"),
            ("75.5%", "final average accuracy", 75.5, "%", "ImageNet-R", "CODA-Prompt"),
            ("65.1%", "final average accuracy", 65.1, "%", "CUB-200", "CODA-Prompt"),
            ("87.1", "final average accuracy", 87.1, None, "Split CIFAR-100", None),
            ("86.3", "final average accuracy", 86.3, None, "Split CIFAR-100", None),
            ("forgetting drops from 4.9 to 3.2", "forgetting", 3.2, None, "Split CIFAR-100", None),
            ("1.9\u00d7 faster at inference", "speed-up", 1.9, "\u00d7", None, "Ortolith"),
            ("46% fewer FLOPs", "FLOPs reduction", 46, "%", None, "Ortolith"),
        ],
    },
    {
        "field": "continual-learning",
        "title": "How Much Replay Does Continual Pretraining Need? Evidence from the Olvendrift Benchmark",
        "text": (
            "Large language models go stale as the web changes, and retraining from scratch on every new crawl is "
            "prohibitively expensive. Continual pretraining offers an alternative, but published recipes disagree "
            "on how much old data must be replayed and on how the learning rate should be re-warmed. We introduce "
            "Olvendrift, a benchmark of eight yearly snapshots of Common Crawl from 2017 to 2024, each deduplicated "
            "and paired with time-stamped evaluation sets for perplexity, temporal question answering and knowledge "
            "probing. Starting from Pythia-1.4B and Llama-3.2-1B, we continually pretrain on 10B tokens per "
            "snapshot and compare experience replay at fixed ratios, learning-rate re-warming with cosine decay, "
            "and model merging with task arithmetic against joint retraining on all snapshots. Three findings stand "
            "out. First, replaying as little as 5% of earlier data removes most of the damage on old snapshots: the "
            "perplexity increase on the 2017 split falls from 21.6% without replay to 3.4%, while perplexity on the "
            "newest snapshot stays within 0.2 of training on it alone. Second, re-warming the learning rate is "
            "needed to absorb new facts but amplifies forgetting unless it is paired with replay. Third, model "
            "merging is a cheap alternative, retaining 92% of the replay baseline's temporal QA accuracy at no "
            "extra training cost. We release the snapshots, evaluation sets and checkpoints."
        ),
        "spans": [
            ("Replay", "M"), ("replay", "M"), ("Continual Pretraining", "T"), ("Continual pretraining", "T"),
            ("Olvendrift", "D"), ("Large language models", "M"), ("Common Crawl", "D"), ("perplexity", "X"),
            ("perplexity increase", "X"), ("temporal question answering", "T"), ("knowledge probing", "T"),
            ("Pythia-1.4B", "M"), ("Llama-3.2-1B", "M"), ("experience replay", "M"),
            ("learning-rate re-warming", "M"), ("cosine decay", "M"), ("model merging", "M"),
            ("task arithmetic", "M"), ("temporal QA", "T"), ("accuracy", "X"),
        ],
        "results": [
            ("perplexity increase on the 2017 split falls from 21.6%", "perplexity increase", 21.6, "%", None, None),
            ("to 3.4%", "perplexity increase", 3.4, "%", None, None),
            ("perplexity on the newest snapshot stays within 0.2", "perplexity", 0.2, None, None, None),
            ("retaining 92% of the replay baseline's temporal QA accuracy", "relative accuracy", 92, "%", None,
             "model merging"),
        ],
    },
    {
        "field": "continual-learning",
        "title": "Ombrelay: Dual-Rate Rehearsal for Online Continual Learning with Blurry Task Boundaries",
        "text": (
            "In online continual learning, a model sees each sample of a non-stationary stream once, and in "
            "realistic streams the boundaries between tasks are blurry rather than announced. Rehearsal from a "
            "buffer filled by reservoir sampling, as in experience replay (ER) and its variants MIR and OCM, remains "
            "the strongest family of methods, yet a single buffer must trade recency against coverage. Ombrelay "
            "keeps two buffers refreshed at different rates, a fast one that tracks the current distribution and a "
            "slow one that preserves rare and old classes, and mixes their samples with a ratio chosen online from "
            "the disagreement between two exponential moving averages (EMA) of the network's weights. The scheme "
            "adds no hyperparameters that need tuning per dataset. We evaluate on Split CIFAR-100, Split "
            "Mini-ImageNet and CLEAR-10 under the Si-Blurry protocol with memory budgets from 500 to 5,000 samples. "
            "Ombrelay improves the area under the accuracy curve (AAUC) over ER by 6.3 points on Split CIFAR-100 "
            "with a 2,000-sample buffer, and its advantage grows as the buffer shrinks. Anytime inference stays "
            "cheap, because predictions come from the slow EMA model without test-time adaptation, and the extra "
            "training cost over ER is one additional forward pass per batch."
        ),
        "spans": [
            ("Ombrelay", "M"), ("Rehearsal", "M"), ("Online Continual Learning", "T"),
            ("online continual learning", "T"), ("reservoir sampling", "M"), ("experience replay", "M"),
            ("ER", "M"), ("MIR", "M"), ("OCM", "M"), ("exponential moving averages", "M"), ("EMA", "M"),
            ("Split CIFAR-100", "D"), ("Split Mini-ImageNet", "D"), ("CLEAR-10", "D"), ("Si-Blurry", "D"),
            ("area under the accuracy curve", "X"), ("AAUC", "X"), ("test-time adaptation", "M"),
        ],
        "results": [
            ("area under the accuracy curve (AAUC) over ER by 6.3 points", "AAUC", 6.3, "points", "Split CIFAR-100",
             "Ombrelay"),
        ],
    },
    {
        "field": "continual-learning",
        "title": "Ondrafel: Compensating Feature Drift in Class-Incremental Learning with Few Exemplars",
        "text": (
            "Class-incremental learning (CIL) requires a single classifier to recognise every class seen so far, "
            "without task identity at test time. Methods built on knowledge distillation, from iCaRL and PODNet to "
            "the dynamic-architecture DER, regularise the new model towards the old one, but the old class "
            "prototypes they rely on drift as the backbone is updated. Ondrafel estimates this drift from the "
            "current task's data and propagates it to the stored prototypes with a Gaussian-kernel regression in "
            "feature space; distillation is then applied to the compensated prototypes rather than to raw logits. "
            "Like iCaRL, Ondrafel stores 20 exemplars per class. We report average incremental accuracy and "
            "last-step accuracy on CIFAR-100 and ImageNet-100 with a ResNet-18 backbone, starting from none (B0) or "
            "half (B50) of the classes. In the B0 10-step setting on CIFAR-100, Ondrafel reaches 73.6/62.1 "
            "(average/last), versus 64.1/49.5 for iCaRL and 71.9/60.3 for FOSTER. On ImageNet-100 with B50, the "
            "average incremental accuracies of PODNet and Ondrafel are 74.3 and 77.8, respectively. "
            "Backward transfer (BWT) improves from \u221218.4 for iCaRL to \u22129.7, and an ablation shows that "
            "without drift compensation the last-step accuracy on CIFAR-100 falls below that of FOSTER."
        ),
        "spans": [
            ("Ondrafel", "M"), ("Class-Incremental Learning", "T"), ("Class-incremental learning", "T"),
            ("CIL", "T"), ("knowledge distillation", "M"), ("iCaRL", "M"), ("PODNet", "M"), ("DER", "M"),
            ("Gaussian-kernel regression", "M"), ("distillation", "M"), ("average incremental accuracy", "X"),
            ("average incremental accuracies", "X"), ("last-step accuracy", "X"), ("CIFAR-100", "D"),
            ("ImageNet-100", "D"), ("ResNet-18", "M"), ("FOSTER", "M"), ("Backward transfer", "X"), ("BWT", "X"),
        ],
        "results": [
            ("73.6", "average incremental accuracy", 73.6, None, "CIFAR-100", "Ondrafel"),
            ("62.1", "last-step accuracy", 62.1, None, "CIFAR-100", "Ondrafel"),
            ("64.1", "average incremental accuracy", 64.1, None, "CIFAR-100", "iCaRL"),
            ("49.5", "last-step accuracy", 49.5, None, "CIFAR-100", "iCaRL"),
            ("71.9", "average incremental accuracy", 71.9, None, "CIFAR-100", "FOSTER"),
            ("60.3", "last-step accuracy", 60.3, None, "CIFAR-100", "FOSTER"),
            ("74.3", "average incremental accuracy", 74.3, None, "ImageNet-100", "PODNet"),
            ("77.8", "average incremental accuracy", 77.8, None, "ImageNet-100", "Ondrafel"),
            ("Backward transfer (BWT) improves from \u221218.4", "backward transfer", -18.4, None, None, "iCaRL"),
            ("to \u22129.7", "backward transfer", -9.7, None, None, None),
        ],
    },
    {
        "field": "continual-learning",
        "title": "Ospreyfold: Shared Orthogonal Subspaces for Continual Instruction Tuning of Large Language Models",
        "text": (
            r"Fine-tuning a large language model (LLM) on a sequence of tasks erodes both earlier task skills and "
            r"general abilities, a form of catastrophic forgetting that parameter-efficient methods do not prevent "
            r"by themselves. O-LoRA constrains each new LoRA adapter to be orthogonal to the previous ones, but its "
            r"subspaces are frozen once a task ends and cannot be revisited. Ospreyfold instead maintains a shared "
            r"pool of rank-one components and, for each incoming task, reuses components whose gradients align with "
            r"it while training new ones orthogonally to the rest, so that related tasks share capacity and "
            r"unrelated ones do not interfere. On the TRACE benchmark with Llama-2-7B-Chat, Ospreyfold reaches an "
            r"overall performance (OP) of 55.3 and a backward transfer (BT) of -1.2, compared with OP/BT of "
            r"48.7/-8.5 for sequential fine-tuning and 51.9/-3.6 for O-LoRA, all baselines using LoRA adapters of "
            r"the same rank. On the Standard CL Benchmark of five text classification datasets, average accuracy "
            r"over three task orders is 78.4\%, close to multi-task training, which serves as an upper "
            r"bound. Average accuracy on MMLU, GSM8K and BBH, our proxy for general ability, drops by 1.1 points "
            r"with Ospreyfold and by 6.8 points with sequential fine-tuning. The pool grows sublinearly, reaching "
            r"1.4\% of the base model's parameter count after eight tasks."
        ),
        "spans": [
            ("Ospreyfold", "M"), ("Continual Instruction Tuning", "T"), ("Large Language Models", "M"),
            ("large language model", "M"), ("LLM", "M"), ("catastrophic forgetting", "T"), ("O-LoRA", "M"),
            ("LoRA", "M"), ("TRACE", "D"), ("Llama-2-7B-Chat", "M"), ("overall performance", "X"), ("OP", "X"),
            ("backward transfer", "X"), ("BT", "X"), ("sequential fine-tuning", "M"),
            ("Standard CL Benchmark", "D"), ("text classification", "T"), ("average accuracy", "X"),
            ("Average accuracy", "X"), ("multi-task training", "M"), ("MMLU", "D"), ("GSM8K", "D"), ("BBH", "D"),
            ("parameter count", "X"),
        ],
        "results": [
            ("overall performance (OP) of 55.3", "overall performance", 55.3, None, "TRACE", "Ospreyfold"),
            ("backward transfer (BT) of -1.2", "backward transfer", -1.2, None, "TRACE", "Ospreyfold"),
            ("48.7", "overall performance", 48.7, None, "TRACE", "sequential fine-tuning"),
            ("-8.5", "backward transfer", -8.5, None, "TRACE", "sequential fine-tuning"),
            ("51.9", "overall performance", 51.9, None, "TRACE", "O-LoRA"),
            ("-3.6", "backward transfer", -3.6, None, "TRACE", "O-LoRA"),
            (r"average accuracy over three task orders is 78.4\%", "average accuracy", 78.4, "%",
             "Standard CL Benchmark", None),
            ("drops by 1.1 points with Ospreyfold", "average accuracy", 1.1, "points", None, "Ospreyfold"),
            ("6.8 points with sequential fine-tuning", "average accuracy", 6.8, "points", None,
             "sequential fine-tuning"),
            (r"reaching 1.4\% of the base model's parameter count", "relative parameter count", 1.4, "%", None,
             None),
        ],
    },
    {
        "field": "continual-learning",
        "title": "Learning New Classes Without Losing Generality in Continually Updated Vision-Language Models",
        "text": (
            "Contrastive vision-language models such as CLIP can be adapted to new classes by fine-tuning, but "
            "doing so sequentially erodes their zero-shot accuracy on domains never trained on, a problem the "
            "Multi-domain Task-Incremental Learning (MTIL) benchmark was built to expose. Existing remedies either "
            "distill from the frozen original model on a reference dataset, as ZSCL does, or route inputs to "
            "task-specific adapters, which requires an extra selection step at test time. We present Oquemark, "
            "which anchors each class's learned text prototype to the frozen text encoder's embedding of its name "
            "and penalises movement of the image encoder only along directions spanned by the anchors of "
            "previously learned classes. No reference dataset, stored exemplars or test-time router is needed. On "
            "MTIL, which covers eleven datasets from Aircraft to SUN397, Oquemark improves the Transfer metric, the "
            "zero-shot accuracy on datasets not yet learned, to 69.8 while keeping Last accuracy on par with ZSCL. "
            "The same holds in the few-shot variant of MTIL with five examples per class. We also find that the "
            "anchoring acts as a regulariser when only a single task is learned, and we analyse when anchor "
            "directions stop being informative, namely when classes in later tasks share names with classes in "
            "earlier ones."
        ),
        "spans": [
            ("Oquemark", "M"), ("Vision-Language Models", "M"), ("vision-language models", "M"), ("CLIP", "M"),
            ("zero-shot accuracy", "X"), ("Multi-domain Task-Incremental Learning", "D"), ("MTIL", "D"),
            ("ZSCL", "M"), ("Aircraft", "D"), ("SUN397", "D"), ("Transfer", "X"), ("Last accuracy", "X"),
        ],
        "results": [
            ("Transfer metric, the zero-shot accuracy on datasets not yet learned, to 69.8", "Transfer", 69.8, None,
             "MTIL", "Oquemark"),
        ],
    },
]
