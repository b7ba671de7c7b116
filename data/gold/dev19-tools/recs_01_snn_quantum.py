"""dev19 records: spiking-neuromorphic (6) and quantum-ml (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Hestrine", "Halvorn", "Hurlbrook", "Haddlewick", "Hornvale",
          "Hollikern", "Hollerbench", "Hexaquill", "Hushbloom", "Hadrelix"]

RECS = [
    # ------------------------------------------------------------ spiking-neuromorphic
    {
        "field": "spiking-neuromorphic",
        "title": "Hestrine: Learnable Surrogate Gradients with Membrane Shortcuts for Deep Spiking Neural Networks",
        "text": (
            "Directly trained spiking neural networks (SNNs) promise event-driven, multiplication-free inference, yet "
            "deep SNNs still trail their artificial counterparts, partly because the surrogate gradient used to bypass "
            "the non-differentiable spike function is fixed by hand and mismatched to layer-wise membrane statistics. "
            "We present Hestrine, which parameterises the surrogate of every leaky integrate-and-fire (LIF) layer as a "
            "learnable mixture of sigmoid kernels and adds membrane shortcuts that carry the pre-reset potential across "
            "timesteps. Both components are trained jointly with backpropagation through time (BPTT) and folded away "
            "afterwards, so inference cost is unchanged. With four timesteps, Hestrine reaches 96.31% and 80.42% top-1 "
            "accuracy on CIFAR-10 and CIFAR-100, respectively, improving over TET by 1.05 and 2.19 points. On "
            "ImageNet-1K, a Hestrine-trained SEW-ResNet-34 obtains 70.86% top-1 accuracy (vs. 67.04% for the original "
            "SEW-ResNet-34), and Hestrine lifts a Spike-driven Transformer to 78.9% with an energy consumption of 2.7 mJ "
            "per image. On the neuromorphic CIFAR10-DVS dataset, Hestrine reaches 84.6% accuracy, 1.9 points above the "
            "previous best directly trained model. Firing rates fall from 0.21 to 0.16 on average, which we trace to "
            "the learned surrogates sharpening around the threshold. Code and checkpoints are released."
        ),
        "spans": [
            ("Hestrine", "M"), ("Surrogate Gradients", "M"), ("Spiking Neural Networks", "M"),
            ("spiking neural networks", "M"), ("SNNs", "M"), ("surrogate gradient", "M"),
            ("leaky integrate-and-fire", "M"), ("LIF", "M"), ("backpropagation through time", "M"), ("BPTT", "M"),
            ("top-1 accuracy", "X"), ("CIFAR-10", "D"), ("CIFAR-100", "D"), ("TET", "M"), ("ImageNet-1K", "D"),
            ("SEW-ResNet-34", "M"), ("Spike-driven Transformer", "M"), ("energy consumption", "X"),
            ("CIFAR10-DVS", "D"), ("accuracy", "X"), ("Firing rates", "X"),
        ],
        "results": [
            ("96.31%", "top-1 accuracy", 96.31, "%", "CIFAR-10", "Hestrine"),
            ("80.42% top-1 accuracy", "top-1 accuracy", 80.42, "%", "CIFAR-100", "Hestrine"),
            ("1.05", "top-1 accuracy", 1.05, "points", "CIFAR-10", "Hestrine"),
            ("2.19 points", "top-1 accuracy", 2.19, "points", "CIFAR-100", "Hestrine"),
            ("70.86% top-1 accuracy", "top-1 accuracy", 70.86, "%", "ImageNet-1K", "Hestrine"),
            ("67.04%", "top-1 accuracy", 67.04, "%", "ImageNet-1K", "SEW-ResNet-34"),
            ("78.9%", "top-1 accuracy", 78.9, "%", "ImageNet-1K", "Hestrine"),
            ("energy consumption of 2.7 mJ", "energy consumption", 2.7, "mJ", "ImageNet-1K", "Hestrine"),
            ("84.6% accuracy", "accuracy", 84.6, "%", "CIFAR10-DVS", "Hestrine"),
            ("1.9 points above", "accuracy", 1.9, "points", "CIFAR10-DVS", "Hestrine"),
            ("Firing rates fall from 0.21 to 0.16", "firing rate", 0.16, None, None, None),
        ],
    },
    {
        "field": "spiking-neuromorphic",
        "title": "Halvorn: Near-Lossless ANN-to-SNN Conversion in Four Timesteps via Two-Phase Threshold Calibration",
        "text": (
            "ANN-to-SNN conversion avoids the cost of training spiking neural networks directly by mapping the "
            "activations of a pretrained network onto spike counts, but with few timesteps the mismatch between "
            "quantized activations and spike counts, together with the unevenness of spike arrival, degrades accuracy "
            "sharply. Existing remedies such as the quantization-clip-floor-shift (QCFS) activation or signed neurons "
            "with memory (SNM) either retrain the source network or need 16 timesteps or more to recover. We propose "
            "Halvorn, a post-hoc conversion method that calibrates per-channel thresholds in two phases, first matching "
            "activation quantiles on 1,024 unlabeled images and then cancelling the residual membrane potential with a "
            "closed-form bias shift, without touching the pretrained weights. At T = 4, Halvorn reaches 73.12% and "
            "72.48% top-1 accuracy on ImageNet with VGG-16 and ResNet-34, respectively, within 0.9 and 1.2 points of "
            "the source ANNs. Under the same four-step budget, QCFS obtains 61.45% and 55.90%. Calibration takes under "
            "6 minutes on a single GPU. On CIFAR-100 with ResNet-20, Halvorn attains 76.4% accuracy at two timesteps, "
            "whereas SNM reaches 69.3%. The calibrated thresholds also transfer across input resolutions, which lets a "
            "single converted model serve several timestep budgets without recalibration."
        ),
        "spans": [
            ("Halvorn", "M"), ("ANN-to-SNN Conversion", "M"), ("ANN-to-SNN conversion", "M"),
            ("spiking neural networks", "M"), ("accuracy", "X"), ("quantization-clip-floor-shift", "M"),
            ("QCFS", "M"), ("signed neurons with memory", "M"), ("SNM", "M"), ("top-1 accuracy", "X"),
            ("ImageNet", "D"), ("VGG-16", "M"), ("ResNet-34", "M"), ("CIFAR-100", "D"), ("ResNet-20", "M"),
        ],
        "results": [
            ("73.12%", "top-1 accuracy", 73.12, "%", "ImageNet", "Halvorn"),
            ("72.48% top-1 accuracy", "top-1 accuracy", 72.48, "%", "ImageNet", "Halvorn"),
            ("within 0.9", "top-1 accuracy", 0.9, "points", "ImageNet", "Halvorn"),
            ("1.2 points", "top-1 accuracy", 1.2, "points", "ImageNet", "Halvorn"),
            ("61.45%", "top-1 accuracy", 61.45, "%", None, "QCFS"),
            ("55.90%", "top-1 accuracy", 55.9, "%", None, "QCFS"),
            ("Calibration takes under 6 minutes", "calibration time", 6, "min", None, None),
            ("76.4% accuracy", "accuracy", 76.4, "%", "CIFAR-100", "Halvorn"),
            ("69.3%", "accuracy", 69.3, "%", "CIFAR-100", "SNM"),
        ],
    },
    {
        "field": "spiking-neuromorphic",
        "title": "Spiking Recurrent Optical Flow from Event Cameras on a Milliwatt Budget",
        "text": (
            "Event cameras report per-pixel brightness changes with microsecond resolution, which makes them attractive "
            "for optical flow estimation on small drones. The recurrent models that lead the DSEC-Flow benchmark, such "
            "as E-RAFT and IDNet, are however far too heavy for milliwatt-class processors. We describe Hurlbrook, a "
            "fully spiking encoder-decoder that keeps a correlation volume only at 1/8 resolution and replaces the GRU "
            "update operator of RAFT with a recurrent layer of adaptive leaky integrate-and-fire neurons, so that "
            "refinement iterations unroll over the timesteps the network already spends. The network is trained with "
            "surrogate gradients on DSEC-Flow and adapted without labels to MVSEC through contrast maximization. On the "
            "DSEC-Flow test set, Hurlbrook obtains an endpoint error (EPE) of 0.98 and a 3-pixel outlier rate (3PE) of "
            "4.71%, compared with 0.79 EPE for E-RAFT and 1.71 EPE for the spiking baseline Spike-FlowNet. On the "
            "outdoor_day1 sequence of MVSEC, Hurlbrook lowers the average endpoint error from 0.49 for Spike-FlowNet to "
            "0.36. Mapped onto Loihi 2, Hurlbrook runs in 11.3 ms per prediction and consumes 4.2 mJ, roughly 96\u00d7 "
            "less energy than E-RAFT on a Jetson Orin at comparable latency. Adaptive thresholds matter most at night, "
            "where removing them raises EPE by 23%."
        ),
        "spans": [
            ("Optical Flow", "T"), ("optical flow estimation", "T"), ("DSEC-Flow", "D"), ("E-RAFT", "M"),
            ("IDNet", "M"), ("Hurlbrook", "M"), ("GRU", "M"), ("RAFT", "M"), ("adaptive leaky integrate-and-fire", "M"),
            ("surrogate gradients", "M"), ("MVSEC", "D"), ("contrast maximization", "M"), ("endpoint error", "X"),
            ("EPE", "X"), ("3-pixel outlier rate", "X"), ("3PE", "X"), ("Spike-FlowNet", "M"),
            ("outdoor_day1", "D"), ("average endpoint error", "X"), ("energy", "X"), ("latency", "X"),
        ],
        "results": [
            ("endpoint error (EPE) of 0.98", "EPE", 0.98, None, "DSEC-Flow", "Hurlbrook"),
            ("3-pixel outlier rate (3PE) of 4.71%", "3PE", 4.71, "%", "DSEC-Flow", "Hurlbrook"),
            ("0.79 EPE", "EPE", 0.79, None, "DSEC-Flow", "E-RAFT"),
            ("1.71 EPE", "EPE", 1.71, None, "DSEC-Flow", "Spike-FlowNet"),
            ("average endpoint error from 0.49", "endpoint error", 0.49, None, "outdoor_day1", "Spike-FlowNet"),
            ("0.36", "endpoint error", 0.36, None, "outdoor_day1", "Hurlbrook"),
            ("runs in 11.3 ms", "latency", 11.3, "ms", None, "Hurlbrook"),
            ("consumes 4.2 mJ", "energy", 4.2, "mJ", None, "Hurlbrook"),
            ("96\u00d7 less energy", "energy reduction", 96, "\u00d7", None, "Hurlbrook"),
            ("raises EPE by 23%", "EPE", 23, "%", None, None),
        ],
    },
    {
        "field": "spiking-neuromorphic",
        "title": "Haddlewick: Learning Hardware-Constrained Synaptic Delays in Spiking Neural Networks for Keyword "
                 "Spotting on Loihi 2",
        "text": (
            "Learnable synaptic delays let spiking neural networks (SNNs) represent temporal structure with far fewer "
            "neurons, but existing methods that learn delays, such as DCLS-Delays, assume dense, floating-point delays "
            "that neuromorphic chips cannot store. We introduce Haddlewick, a training scheme that learns integer "
            "axonal delays jointly with 8-bit weights by annealing a Gaussian delay kernel into a hard one-hot shift, "
            "and that respects the per-core fan-in and delay-buffer limits of Intel's Loihi 2. We evaluate on three "
            "audio classification benchmarks: the Spiking Heidelberg Digits (SHD), the Spiking Speech Commands (SSC) "
            "and the 35-class Google Speech Commands v2 (GSC), the latter encoded with a cochlear front end. With a "
            "single recurrent layer of 512 neurons, Haddlewick obtains test accuracies of 95.1%, 80.3% and 95.6% on "
            "SHD, SSC and GSC, respectively. Haddlewick is within 0.4 points of the full-precision DCLS-Delays model "
            "on SHD and ahead of the adaptive LIF (ALIF) recurrent SNN baseline on all three benchmarks. On chip, "
            "Haddlewick processes a GSC sample with a latency of 0.87 ms and an energy of 38 \u00b5J per inference, "
            "81\u00d7 lower energy than the same network on a Jetson Orin Nano, while the conversion to the on-chip "
            "format costs 0.6 points of accuracy. We release the training code and the deployment scripts."
        ),
        "spans": [
            ("Haddlewick", "M"), ("Spiking Neural Networks", "M"), ("Keyword Spotting", "T"),
            ("spiking neural networks", "M"), ("SNNs", "M"), ("DCLS-Delays", "M"), ("audio classification", "T"),
            ("Spiking Heidelberg Digits", "D"), ("SHD", "D"), ("Spiking Speech Commands", "D"), ("SSC", "D"),
            ("Google Speech Commands v2", "D"), ("GSC", "D"), ("test accuracies", "X"), ("adaptive LIF", "M"),
            ("ALIF", "M"), ("SNN", "M"), ("latency", "X"), ("energy", "X"), ("accuracy", "X"),
        ],
        "results": [
            ("95.1%", "test accuracy", 95.1, "%", "SHD", "Haddlewick"),
            ("80.3%", "test accuracy", 80.3, "%", "SSC", "Haddlewick"),
            ("95.6%", "test accuracy", 95.6, "%", "GSC", "Haddlewick"),
            ("within 0.4 points", "test accuracy", 0.4, "points", "SHD", "Haddlewick"),
            ("latency of 0.87 ms", "latency", 0.87, "ms", "GSC", "Haddlewick"),
            ("energy of 38 \u00b5J", "energy", 38, "\u00b5J", "GSC", "Haddlewick"),
            ("81\u00d7 lower energy", "energy reduction", 81, "\u00d7", "GSC", "Haddlewick"),
            ("costs 0.6 points of accuracy", "accuracy", 0.6, "points", None, None),
        ],
    },
    {
        "field": "spiking-neuromorphic",
        "title": "Do Spiking Transformers Need Spikes in Attention? An Empirical Study of Spike-Driven Self-Attention",
        "text": (
            "Spiking Transformers such as Spikformer, Spike-driven Transformer and QKFormer have approached the "
            "accuracy of their artificial counterparts in image classification, and most of them attribute their "
            "energy advantage to spike-based self-attention that avoids softmax and dense multiplications. We examine "
            "this claim by swapping the token mixer of each architecture for three alternatives under an identical "
            "training recipe: real-valued softmax attention, linear attention without spikes, and no token mixing at "
            "all in the last two stages. Across CIFAR-100, ImageNet-1K and the event-based DVS128 Gesture dataset, the "
            "choice of attention changes accuracy far less than the choice of tokenizer and training schedule, and "
            "dropping token mixing in late stages costs surprisingly little. Energy estimates, in contrast, hinge on "
            "assumptions that are rarely stated. Counting synaptic operations (SOPs) with the widely used 45 nm energy "
            "figures, spiking attention accounts for under 7% of the estimated total energy, whereas memory access, "
            "which these estimates usually ignore, exceeds 60% once it is modelled. The ranking of the three "
            "architectures by energy also changes with the accounting model. We release our evaluation harness and "
            "argue that future spiking Transformer papers should report memory traffic alongside SOPs and state the "
            "hardware model behind any energy claim."
        ),
        "spans": [
            ("Spiking Transformers", "M"), ("Spike-Driven Self-Attention", "M"), ("Spikformer", "M"),
            ("Spike-driven Transformer", "M"), ("QKFormer", "M"), ("accuracy", "X"), ("image classification", "T"),
            ("softmax attention", "M"), ("linear attention", "M"), ("CIFAR-100", "D"), ("ImageNet-1K", "D"),
            ("DVS128 Gesture", "D"), ("synaptic operations", "X"), ("SOPs", "X"), ("total energy", "X"),
            ("spiking Transformer", "M"), ("memory traffic", "X"),
        ],
        "results": [
            ("under 7% of the estimated total energy", "share of total energy", 7, "%", None, None),
            ("exceeds 60%", "share of total energy", 60, "%", None, None),
        ],
    },
    {
        "field": "spiking-neuromorphic",
        "title": "Hornvale: Spiking Multi-Scale Memory for Event-Based Object Detection",
        "text": (
            "Event-based object detection calls for models that aggregate sparse, asynchronous input over long "
            "horizons. Spiking neural networks are a natural fit, yet spiking detectors still lag recurrent detectors "
            "such as RVT by a wide margin. We propose Hornvale, a spiking detector whose backbone keeps a multi-scale "
            "membrane memory: each stage integrates spikes with its own learnable time constant, and a gated read-out "
            "passes long-horizon context to a YOLOX detection head whose activations are converted to integer spikes. "
            "Hornvale is trained end to end with surrogate gradients and truncated BPTT over windows of 10 steps. On "
            "the Gen1 Automotive Detection dataset, Hornvale reaches 0.481 mAP, up from 0.394 for EMS-YOLO and 0.402 "
            "for SpikeYOLO, and on the 1Mpx dataset its mAP/mAP50 are 0.436/0.702. Compared with RVT-B, the strongest "
            "non-spiking detector, Hornvale trails by only 1.1 mAP points on Gen1 while consuming 62% less energy. The "
            "network operates at an average firing rate of 9.8%, and removing the multi-scale memory lowers Gen1 mAP "
            "from 0.481 to 0.447, confirming that long-horizon context is the main source of the gain."
        ),
        "spans": [
            ("Hornvale", "M"), ("Event-Based Object Detection", "T"), ("Event-based object detection", "T"),
            ("Spiking neural networks", "M"), ("RVT", "M"), ("RVT-B", "M"), ("YOLOX", "M"),
            ("surrogate gradients", "M"), ("truncated BPTT", "M"), ("Gen1 Automotive Detection", "D"), ("Gen1", "D"),
            ("mAP", "X"), ("EMS-YOLO", "M"), ("SpikeYOLO", "M"), ("1Mpx", "D"), ("mAP50", "X"), ("energy", "X"),
            ("average firing rate", "X"),
        ],
        "results": [
            ("0.481 mAP", "mAP", 0.481, None, "Gen1", "Hornvale"),
            ("0.394", "mAP", 0.394, None, "Gen1", "EMS-YOLO"),
            ("0.402", "mAP", 0.402, None, "Gen1", "SpikeYOLO"),
            ("mAP/mAP50 are 0.436", "mAP", 0.436, None, "1Mpx", "Hornvale"),
            ("0.702", "mAP50", 0.702, None, "1Mpx", "Hornvale"),
            ("trails by only 1.1 mAP points", "mAP", 1.1, "points", "Gen1", "Hornvale"),
            ("62% less energy", "energy reduction", 62, "%", None, "Hornvale"),
            ("average firing rate of 9.8%", "firing rate", 9.8, "%", None, None),
            ("mAP from 0.481 to 0.447", "mAP", 0.447, None, "Gen1", None),
        ],
    },
    # ------------------------------------------------------------ quantum-ml
    {
        "field": "quantum-ml",
        "title": "Absence of Barren Plateaus in Permutation-Equivariant Quantum Neural Networks Beyond Local Observables",
        "text": (
            "Variational quantum algorithms train parameterized quantum circuits (PQCs) by gradient descent, but for "
            "most expressive ans\u00e4tze the variance of the cost gradient vanishes exponentially with the number of "
            "qubits, a phenomenon known as barren plateaus. Building the symmetries of the data into the circuit has "
            "been proposed as a remedy, and permutation-equivariant quantum neural networks (QNNs) provably avoid "
            "barren plateaus when the cost is measured on a single qubit. Here we extend this guarantee to a broad "
            "class of observables supported on many qubits. Using Schur\u2013Weyl duality, we write the gradient "
            "variance of any S_n-equivariant circuit as a sum over irreducible representations and prove that it "
            "decays at most polynomially in the system size whenever the measured operator has bounded overlap with "
            "the largest isotypic component. The bound also gives an explicit scaling for the number of measurement "
            "shots required to estimate gradients. We then show that the same circuits can be simulated classically "
            "in polynomial time through the representation-theoretic decomposition, which supports the recent "
            "conjecture that provable absence of barren plateaus implies efficient classical simulability. Numerical "
            "experiments on graph-state classification and on quantum phase recognition for the transverse-field "
            "Ising model confirm the predicted scalings up to 60 qubits. Our results clarify which equivariant "
            "architectures can be both trainable and useful, and where a quantum advantage might still be sought."
        ),
        "spans": [
            ("Permutation-Equivariant Quantum Neural Networks", "M"),
            ("permutation-equivariant quantum neural networks", "M"), ("QNNs", "M"),
            ("Variational quantum algorithms", "M"), ("parameterized quantum circuits", "M"), ("PQCs", "M"),
            ("gradient descent", "M"), ("graph-state classification", "T"), ("quantum phase recognition", "T"),
        ],
        "results": [],
    },
    {
        "field": "quantum-ml",
        "title": "Hollikern: Bandwidth-Adaptive Projected Quantum Kernels that Resist Exponential Concentration",
        "text": (
            "Quantum kernel methods embed classical data into the Hilbert space of a quantum circuit and train a "
            "support vector machine (SVM) on the resulting Gram matrix. For fidelity quantum kernels, however, kernel "
            "values concentrate exponentially around a fixed value as the number of qubits grows, so an exponential "
            "number of measurement shots is needed to tell data points apart. Projected quantum kernels (PQKs) soften "
            "the problem by comparing single-qubit reduced density matrices, but a single global bandwidth still fails "
            "beyond roughly 16 qubits. We propose Hollikern, a PQK whose per-qubit bandwidths are learned by maximising "
            "kernel-target alignment (KTA) on a small validation split and then frozen, so that the kernel is "
            "estimated only once. The feature map is a hardware-efficient ansatz of depth 6, and inputs are reduced "
            "with PCA to one feature per qubit. On Fashion-MNIST with 20 qubits and 1,000 shots per kernel entry, "
            "Hollikern attains a test accuracy of 0.912, against 0.603 for the fidelity kernel and 0.874 for a PQK "
            "with one global bandwidth, while a classical RBF-kernel SVM reaches 0.931. Learned bandwidths raise KTA "
            "from 0.07 to 0.41 at 24 qubits, and the variance of off-diagonal kernel entries decays only polynomially "
            "over the range we test. On the ibm_torino processor with 12 qubits, Hollikern's accuracy on binary MNIST "
            "falls from 96.4% in noiseless simulation to 94.6%."
        ),
        "spans": [
            ("Hollikern", "M"), ("Projected Quantum Kernels", "M"), ("Quantum kernel methods", "M"),
            ("support vector machine", "M"), ("SVM", "M"), ("fidelity quantum kernels", "M"),
            ("Projected quantum kernels", "M"), ("PQKs", "M"), ("PQK", "M"), ("kernel-target alignment", "X"),
            ("KTA", "X"), ("hardware-efficient ansatz", "M"), ("PCA", "M"), ("Fashion-MNIST", "D"), ("MNIST", "D"),
            ("test accuracy", "X"), ("fidelity kernel", "M"), ("RBF", "M"), ("accuracy", "X"),
        ],
        "results": [
            ("test accuracy of 0.912", "test accuracy", 0.912, None, "Fashion-MNIST", "Hollikern"),
            ("0.603", "test accuracy", 0.603, None, "Fashion-MNIST", "fidelity kernel"),
            ("0.874", "test accuracy", 0.874, None, "Fashion-MNIST", "PQK"),
            ("0.931", "test accuracy", 0.931, None, "Fashion-MNIST", "SVM"),
            ("KTA from 0.07 to 0.41", "KTA", 0.41, None, None, None),
            ("accuracy on binary MNIST falls from 96.4% in noiseless simulation to 94.6%", "accuracy", 94.6, "%",
             "MNIST", "Hollikern"),
        ],
    },
    {
        "field": "quantum-ml",
        "title": "Hollerbench: A Benchmark Suite for Variational Ground-State Preparation on Spin, Fermionic and "
                 "Lattice Gauge Models",
        "text": (
            "Claims that variational quantum eigensolvers (VQEs) outperform classical heuristics are hard to compare, "
            "because each paper picks its own Hamiltonians, system sizes, optimizers and error measures. We introduce "
            "Hollerbench, a suite of 312 ground-state preparation problems from 8 to 64 qubits, covering 1D and 2D "
            "Heisenberg and J1\u2013J2 models, Fermi\u2013Hubbard lattices and a Z2 lattice gauge theory, each with an "
            "exact or DMRG reference energy. Hollerbench scores a method by its relative energy error, its fidelity "
            "with the reference ground state where that is available, and the number of circuit evaluations it needs "
            "to reach a target error. We evaluate four circuit ans\u00e4tze, the hardware-efficient ansatz (HEA), the "
            "Hamiltonian variational ansatz (HVA), UCCSD and ADAPT-VQE, each optimized with Adam, SPSA and COBYLA, and "
            "neural quantum states (NQS) trained by variational Monte Carlo as a classical reference. HVA attains the "
            "lowest median relative energy error among the circuit ans\u00e4tze (0.21%), ahead of ADAPT-VQE (0.34%) "
            "and HEA (1.7%), but NQS does better still at 0.046% and wins on 241 of the 312 instances. At 64 qubits, "
            "the best circuit ansatz still has a relative energy error of 2.9% on the 2D Fermi\u2013Hubbard problems. "
            "SPSA needs 5.8\u00d7 more circuit evaluations than Adam with gradients from the parameter-shift rule to "
            "reach the same error. We release problem definitions, reference data and a public leaderboard."
        ),
        "spans": [
            ("Hollerbench", "D"), ("Ground-State Preparation", "T"), ("variational quantum eigensolvers", "M"),
            ("VQEs", "M"), ("ground-state preparation", "T"), ("DMRG", "M"), ("relative energy error", "X"),
            ("fidelity", "X"), ("number of circuit evaluations", "X"), ("circuit evaluations", "X"),
            ("hardware-efficient ansatz", "M"), ("HEA", "M"), ("Hamiltonian variational ansatz", "M"), ("HVA", "M"),
            ("UCCSD", "M"), ("ADAPT-VQE", "M"), ("Adam", "M"), ("SPSA", "M"), ("COBYLA", "M"),
            ("neural quantum states", "M"), ("NQS", "M"), ("variational Monte Carlo", "M"),
            ("median relative energy error", "X"), ("parameter-shift rule", "M"),
        ],
        "results": [
            ("0.21%", "relative energy error", 0.21, "%", None, "HVA"),
            ("0.34%", "relative energy error", 0.34, "%", None, "ADAPT-VQE"),
            ("1.7%", "relative energy error", 1.7, "%", None, "HEA"),
            ("0.046%", "relative energy error", 0.046, "%", None, "NQS"),
            ("wins on 241 of the 312 instances", "instances won", 241, None, None, "NQS"),
            ("relative energy error of 2.9%", "relative energy error", 2.9, "%", None, None),
            ("5.8\u00d7 more circuit evaluations", "circuit evaluations", 5.8, "\u00d7", None, "SPSA"),
        ],
    },
    {
        "field": "quantum-ml",
        "title": "Hexaquill: Data Re-Uploading Quantum Convolutional Neural Networks for Low-Data Image Classification",
        "text": (
            "Quantum convolutional neural networks (QCNNs) need only a logarithmic number of parameters and are "
            "provably free of barren plateaus, yet in image classification they have rarely matched classical models "
            "of comparable size. We present Hexaquill, which combines QCNN pooling with data re-uploading: every "
            "convolutional layer re-encodes a learned linear projection of a 4\u00d74 image patch, so expressivity "
            "grows with depth while the parameter count stays below 300. Models are trained with the parameter-shift "
            "rule on a 16-qubit simulator with shot noise. On MNIST and Fashion-MNIST restricted to 1,000 training "
            "images, Hexaquill achieves test accuracies of 93.4% and 82.1%, respectively, while a standard QCNN "
            "reaches 71.8% and 64.5% and a classical CNN with an equal parameter budget 90.2% and 80.7%. On "
            "PneumoniaMNIST from the MedMNIST collection, Hexaquill obtains an AUC of 0.912 (QCNN: 0.846; CNN: "
            "0.905). Under depolarizing noise with a two-qubit error rate of 10^-3, accuracy on MNIST degrades by 2.6 "
            "points. Hexaquill also requires 4.1\u00d7 fewer circuit executions per training epoch than quanvolutional "
            "neural networks, which evaluate a separate circuit for every patch position. Finally, a 10-qubit variant "
            "executed on an IonQ Aria trapped-ion device classifies a 200-image MNIST subset with 88.0% accuracy, "
            "close to its noiseless simulation."
        ),
        "spans": [
            ("Hexaquill", "M"), ("Data Re-Uploading", "M"), ("Quantum Convolutional Neural Networks", "M"),
            ("Image Classification", "T"), ("Quantum convolutional neural networks", "M"), ("QCNNs", "M"),
            ("image classification", "T"), ("QCNN", "M"), ("data re-uploading", "M"), ("parameter-shift rule", "M"),
            ("MNIST", "D"), ("Fashion-MNIST", "D"), ("test accuracies", "X"), ("CNN", "M"), ("PneumoniaMNIST", "D"),
            ("MedMNIST", "D"), ("AUC", "X"), ("accuracy", "X"), ("circuit executions", "X"),
            ("quanvolutional neural networks", "M"),
        ],
        "results": [
            ("93.4%", "test accuracy", 93.4, "%", "MNIST", "Hexaquill"),
            ("82.1%", "test accuracy", 82.1, "%", "Fashion-MNIST", "Hexaquill"),
            ("71.8%", "test accuracy", 71.8, "%", "MNIST", "QCNN"),
            ("64.5%", "test accuracy", 64.5, "%", "Fashion-MNIST", "QCNN"),
            ("90.2%", "test accuracy", 90.2, "%", "MNIST", "CNN"),
            ("80.7%", "test accuracy", 80.7, "%", "Fashion-MNIST", "CNN"),
            ("AUC of 0.912", "AUC", 0.912, None, "PneumoniaMNIST", "Hexaquill"),
            ("0.846", "AUC", 0.846, None, "PneumoniaMNIST", "QCNN"),
            ("0.905", "AUC", 0.905, None, "PneumoniaMNIST", "CNN"),
            ("accuracy on MNIST degrades by 2.6 points", "accuracy", 2.6, "points", "MNIST", None),
            ("4.1\u00d7 fewer circuit executions", "circuit executions reduction", 4.1, "\u00d7", None, "Hexaquill"),
            ("88.0% accuracy", "accuracy", 88.0, "%", "MNIST", None),
        ],
    },
    {
        "field": "quantum-ml",
        "title": "Copula-Structured Quantum Circuit Born Machines Scale Generative Modelling Beyond Twenty Qubits",
        "text": (
            "Quantum circuit Born machines (QCBMs) represent a discrete distribution by the measurement statistics of "
            "a parameterized circuit and are a leading candidate for generative modelling on near-term devices. In "
            "practice, QCBMs trained end to end become hard to optimize beyond about 20 qubits, and the deep circuits "
            "needed for expressive models run into barren plateaus. We introduce Hushbloom, which splits the target "
            "into its single-variable marginals, each loaded by a shallow independent sub-circuit, and a copula "
            "circuit that entangles them; the two parts are trained in sequence, and only the copula sees the full "
            "joint distribution. On the 16-qubit Bars-and-Stripes (BAS) dataset, Hushbloom reaches a KL divergence of "
            "0.041, against 0.237 for a QCBM of equal depth and 0.019 for a classical restricted Boltzmann machine "
            "(RBM). For generalization, we follow the cardinality-constrained protocol of prior work on 20 qubits: "
            "Hushbloom's samples attain a precision of 0.94 and a coverage of 0.71, compared with 0.62 and 0.28 for "
            "the end-to-end QCBM. When run on a 27-qubit superconducting device, the trained Hushbloom circuit "
            "reproduces the BAS distribution with a total variation distance of 0.12. The copula construction also "
            "makes the trained circuit interpretable, since marginals and dependence structure can be inspected "
            "separately."
        ),
        "spans": [
            ("Quantum Circuit Born Machines", "M"), ("Generative Modelling", "T"), ("Quantum circuit Born machines", "M"),
            ("QCBMs", "M"), ("QCBM", "M"), ("generative modelling", "T"), ("Hushbloom", "M"),
            ("Bars-and-Stripes", "D"), ("BAS", "D"), ("KL divergence", "X"), ("restricted Boltzmann machine", "M"),
            ("RBM", "M"), ("precision", "X"), ("coverage", "X"), ("total variation distance", "X"),
        ],
        "results": [
            ("KL divergence of 0.041", "KL divergence", 0.041, None, "Bars-and-Stripes", "Hushbloom"),
            ("0.237", "KL divergence", 0.237, None, "Bars-and-Stripes", "QCBM"),
            ("0.019", "KL divergence", 0.019, None, "Bars-and-Stripes", "restricted Boltzmann machine"),
            ("precision of 0.94", "precision", 0.94, None, None, "Hushbloom"),
            ("coverage of 0.71", "coverage", 0.71, None, None, "Hushbloom"),
            ("0.62", "precision", 0.62, None, None, "QCBM"),
            ("0.28", "coverage", 0.28, None, None, "QCBM"),
            ("total variation distance of 0.12", "total variation distance", 0.12, None, "Bars-and-Stripes",
             "Hushbloom"),
        ],
    },
    {
        "field": "quantum-ml",
        "title": "Hadrelix: Shot-Free Learned Error Mitigation for Variational Quantum Classifiers on Superconducting "
                 "Hardware",
        "text": (
            "Variational quantum classifiers (VQCs) evaluated on today's superconducting processors lose much of "
            "their simulated accuracy to gate and readout noise. Zero-noise extrapolation (ZNE) and probabilistic "
            "error cancellation (PEC) recover noiseless expectation values, but they multiply the shot budget and "
            "degrade when the noise drifts between calibrations. We propose Hadrelix, a graph neural network that maps "
            "noisy expectation values, the circuit graph and the latest device calibration data to mitigated values. "
            "Like Clifford data regression (CDR), Hadrelix is trained on near-Clifford circuits whose ideal outputs "
            "are classically computable, but a single trained model serves every circuit on a device without "
            "additional shots. On 127-qubit IBM Eagle processors, we run VQC inference on Iris, Wine, Breast Cancer "
            "Wisconsin and a PCA-reduced binary MNIST task. Averaged over the four tasks, Hadrelix raises mean test "
            "accuracy from 71.3% (unmitigated) to 86.9%, compared with 84.2% for ZNE and 85.1% for CDR. Hadrelix has "
            "a shot overhead of 1\u00d7, against 3\u00d7 for ZNE and 18\u00d7 for PEC. On 100-qubit kicked-Ising "
            "dynamics circuits, the mean absolute error of mitigated magnetizations falls 0.142 \u2192 0.031. Six "
            "weeks after training, on recalibrated devices, mean test accuracy drops by only 0.8 points without any "
            "retraining."
        ),
        "spans": [
            ("Hadrelix", "M"), ("Error Mitigation", "T"), ("Variational Quantum Classifiers", "M"),
            ("Variational quantum classifiers", "M"), ("VQCs", "M"), ("VQC", "M"), ("accuracy", "X"),
            ("Zero-noise extrapolation", "M"), ("ZNE", "M"), ("probabilistic error cancellation", "M"), ("PEC", "M"),
            ("graph neural network", "M"), ("Clifford data regression", "M"), ("CDR", "M"), ("Iris", "D"),
            ("Wine", "D"), ("Breast Cancer Wisconsin", "D"), ("PCA", "M"), ("MNIST", "D"),
            ("mean test accuracy", "X"), ("shot overhead", "X"), ("mean absolute error", "X"),
        ],
        "results": [
            ("mean test accuracy from 71.3% (unmitigated) to 86.9%", "test accuracy", 86.9, "%", None, "Hadrelix"),
            ("84.2% for ZNE", "test accuracy", 84.2, "%", None, "ZNE"),
            ("85.1% for CDR", "test accuracy", 85.1, "%", None, "CDR"),
            ("shot overhead of 1\u00d7", "shot overhead", 1, "\u00d7", None, "Hadrelix"),
            ("3\u00d7 for ZNE", "shot overhead", 3, "\u00d7", None, "ZNE"),
            ("18\u00d7 for PEC", "shot overhead", 18, "\u00d7", None, "PEC"),
            ("mean absolute error of mitigated magnetizations falls 0.142 \u2192 0.031", "MAE", 0.031, None, None,
             None),
            ("mean test accuracy drops by only 0.8 points", "test accuracy", 0.8, "points", None, None),
        ],
    },
]
