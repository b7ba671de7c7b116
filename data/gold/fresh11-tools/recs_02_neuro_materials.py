"""fresh11 records: neural-decoding (6) and materials (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Gantrelle", "Glavora", "Gethwin", "Gyrelith", "Gorsewick", "Gelvorn",
          "Grendax", "Gilvane", "Gravelyn", "Glomerant", "Gundrel", "Galderin", "GrallMOF-12k"]

RECS = [
    # ------------------------------------------------------------ neural-decoding
    {
        "field": "neural-decoding",
        "title": "Gantrelle: Aligning EEG with Hierarchical CLIP Features for Zero-Shot Visual Decoding",
        "text": (
            "Decoding what a person sees from non-invasive electroencephalography (EEG) is attractive for "
            "brain-computer interfaces, but the low spatial resolution of scalp recordings has kept zero-shot "
            "performance far below that of fMRI. We present Gantrelle, a contrastive framework that aligns EEG epochs "
            "not with a single CLIP image embedding but with a hierarchy of features taken from four depths of a "
            "frozen ViT-H/14 encoder. A lightweight spatio-temporal convolutional encoder maps 63-channel EEG to each "
            "level, and a learned gate weights the levels separately for every subject. Trained on the THINGS-EEG "
            "dataset, Gantrelle reaches a top-1 accuracy of 34.6% and a top-5 accuracy of 66.2% in 200-way zero-shot "
            "retrieval in the intra-subject setting, averaged over ten subjects, compared with 28.5% and 60.4% for ATM "
            "and 15.6% and 42.8% for NICE. In the harder inter-subject setting, top-1 accuracy rises from 11.8% to "
            "16.9%. Feeding the predicted embeddings to SDXL-Turbo through IP-Adapter produces reconstructions with an "
            "SSIM of 0.352 and a CLIP two-way identification accuracy of 87.1%. Ablations show that the intermediate "
            "layers matter most: using only the final CLIP embedding costs 5.7 points of top-1 accuracy. On "
            "THINGS-MEG, the same model obtains 22.4% top-1 accuracy without architectural changes. Saliency maps "
            "place the most informative signals between 100 and 250 ms after stimulus onset over occipital and "
            "parietal electrodes, consistent with the known time course of visual object processing."
        ),
        "spans": [
            ("Gantrelle", "M"), ("CLIP", "M"), ("Zero-Shot Visual Decoding", "T"), ("ViT-H/14", "M"),
            ("THINGS-EEG", "D"), ("top-1 accuracy", "X"), ("top-5 accuracy", "X"), ("zero-shot retrieval", "T"),
            ("ATM", "M"), ("NICE", "M"), ("SDXL-Turbo", "M"), ("IP-Adapter", "M"), ("SSIM", "X"),
            ("CLIP two-way identification accuracy", "X"), ("THINGS-MEG", "D"),
        ],
        "results": [
            ("top-1 accuracy of 34.6%", "top-1 accuracy", 34.6, "%", "THINGS-EEG", "Gantrelle"),
            ("top-5 accuracy of 66.2%", "top-5 accuracy", 66.2, "%", "THINGS-EEG", "Gantrelle"),
            ("28.5%", "top-1 accuracy", 28.5, "%", "THINGS-EEG", "ATM"),
            ("60.4%", "top-5 accuracy", 60.4, "%", "THINGS-EEG", "ATM"),
            ("15.6%", "top-1 accuracy", 15.6, "%", "THINGS-EEG", "NICE"),
            ("42.8%", "top-5 accuracy", 42.8, "%", "THINGS-EEG", "NICE"),
            ("top-1 accuracy rises from 11.8% to 16.9%", "top-1 accuracy", 16.9, "%", None, None),
            ("SSIM of 0.352", "SSIM", 0.352, None, None, None),
            ("CLIP two-way identification accuracy of 87.1%", "CLIP two-way identification accuracy", 87.1, "%",
             None, None),
            ("costs 5.7 points of top-1 accuracy", "top-1 accuracy", 5.7, "points", None, None),
            ("22.4% top-1 accuracy", "top-1 accuracy", 22.4, "%", "THINGS-MEG", None),
        ],
    },
    {
        "field": "neural-decoding",
        "title": "Glavora: Shared-Subject Latent Alignment for fMRI-to-Image Reconstruction from One Hour of Data",
        "text": (
            "Reconstructing seen images from functional MRI has advanced rapidly with diffusion priors, yet "
            "state-of-the-art pipelines such as MindEye2 still need many hours of scanning from each new participant. "
            "We introduce Glavora, which maps voxels from every subject into a shared latent space through "
            "subject-specific ridge regression followed by a shared MLP, and then predicts both CLIP image embeddings "
            "and VAE latents for Stable Diffusion XL unCLIP. A diffusion prior, pre-trained on seven subjects of the "
            "Natural Scenes Dataset (NSD), is fine-tuned on the held-out subject with only one hour (roughly 750 "
            "trials) of data. With this budget, Glavora reaches 2-way identification accuracies of 92.3% in Inception "
            "space and 91.7% in CLIP space on the shared 1,000-image test set, averaged over subjects 1, 2, 5 and 7, "
            "versus 90.1% and 89.4% for MindEye2 trained on the same hour. Low-level fidelity is mixed, with "
            "PixCorr/SSIM of 0.241/0.389 (MindEye2: 0.195/0.419). Trained on all 40 sessions, Glavora is on par with "
            "the best published results, with an EffNet-B distance of 0.612 and a SwAV distance of 0.351. In a human "
            "study on 300 reconstructions, raters preferred Glavora's images over those of MindEye2 in 61% of "
            "pairwise trials. On NSD-Imagery, where imagined rather than seen images are decoded, all methods "
            "degrade markedly, and Glavora's 2-way identification accuracy in CLIP space drops to 71.8%."
        ),
        "spans": [
            ("Glavora", "M"), ("fMRI-to-Image Reconstruction", "T"), ("diffusion priors", "M"),
            ("diffusion prior", "M"), ("MindEye2", "M"), ("ridge regression", "M"), ("MLP", "M"), ("CLIP", "M"),
            ("VAE", "M"), ("Stable Diffusion XL unCLIP", "M"), ("Natural Scenes Dataset", "D"), ("NSD", "D"),
            ("2-way identification accuracies", "X"), ("2-way identification accuracy", "X"), ("Inception", "M"),
            ("PixCorr", "X"), ("SSIM", "X"), ("EffNet-B distance", "X"), ("SwAV distance", "X"),
            ("NSD-Imagery", "D"),
        ],
        "results": [
            ("2-way identification accuracies of 92.3%", "2-way identification accuracy", 92.3, "%", None,
             "Glavora"),
            ("91.7%", "2-way identification accuracy", 91.7, "%", None, "Glavora"),
            ("90.1%", "2-way identification accuracy", 90.1, "%", None, "MindEye2"),
            ("89.4%", "2-way identification accuracy", 89.4, "%", None, "MindEye2"),
            ("PixCorr/SSIM of 0.241", "PixCorr", 0.241, None, None, None),
            ("0.389", "SSIM", 0.389, None, None, None),
            ("0.195", "PixCorr", 0.195, None, None, "MindEye2"),
            ("0.419", "SSIM", 0.419, None, None, "MindEye2"),
            ("EffNet-B distance of 0.612", "EffNet-B distance", 0.612, None, None, "Glavora"),
            ("SwAV distance of 0.351", "SwAV distance", 0.351, None, None, "Glavora"),
            ("61% of pairwise trials", "win rate", 61, "%", None, "Glavora"),
            ("2-way identification accuracy in CLIP space drops to 71.8%", "2-way identification accuracy", 71.8,
             "%", "NSD-Imagery", "Glavora"),
        ],
    },
    {
        "field": "neural-decoding",
        "title": "Streaming Brain-to-Text Decoding of Attempted Speech with Diphone Targets and an LLM Rescorer",
        "text": (
            "Intracortical speech neuroprostheses can restore communication to people with paralysis, but current "
            "decoders trade speed against reliability: the strongest systems wait until the end of a sentence before "
            "running beam search with a large n-gram language model. We describe Gethwin, a streaming decoder that "
            "predicts diphone rather than phoneme probabilities from threshold crossings and spike-band power, using "
            "a unidirectional Mamba encoder with day-specific input layers that absorb neural nonstationarity. "
            "Partial hypotheses are emitted every 80 ms by a CTC beam search with a 5-gram language model and "
            "rescored at the end of each sentence by OPT-6.7B. On the Brain-to-Text '24 benchmark, Gethwin achieves "
            "a word error rate (WER) of 6.1% on the held-out competition set, against 9.8% for the baseline RNN "
            "decoder and 8.9% for the strongest Transformer entry. Its phoneme error rate (PER) is 12.4%. Without "
            "the LLM rescorer, WER rises to 8.3%, and replacing diphones with phonemes adds a further 1.2 points of "
            "WER. Median latency from the end of attempted speech to the final transcript is 410 ms, 3.5\u00d7 "
            "shorter than with the offline pipeline. In a prospective evaluation with one participant with ALS over "
            "18 sessions, the streaming system decoded self-paced conversation at 47 words per minute with a WER of "
            "4.9% on a 125,000-word vocabulary. Performance remained stable across sessions when the day-specific "
            "layers were updated by unsupervised recalibration on the participant's own unlabeled sentences."
        ),
        "spans": [
            ("Brain-to-Text Decoding", "T"), ("LLM", "M"), ("beam search", "M"), ("n-gram language model", "M"),
            ("Gethwin", "M"), ("Mamba", "M"), ("CTC beam search", "M"), ("5-gram language model", "M"),
            ("OPT-6.7B", "M"), ("Brain-to-Text '24", "D"), ("word error rate", "X"), ("WER", "X"), ("RNN", "M"),
            ("Transformer", "M"), ("phoneme error rate", "X"), ("PER", "X"), ("Median latency", "X"),
            ("words per minute", "X"),
        ],
        "results": [
            ("word error rate (WER) of 6.1%", "WER", 6.1, "%", "Brain-to-Text '24", "Gethwin"),
            ("9.8%", "WER", 9.8, "%", "Brain-to-Text '24", "RNN"),
            ("8.9%", "WER", 8.9, "%", "Brain-to-Text '24", "Transformer"),
            ("phoneme error rate (PER) is 12.4%", "PER", 12.4, "%", None, None),
            ("WER rises to 8.3%", "WER", 8.3, "%", None, None),
            ("1.2 points of WER", "WER", 1.2, "points", None, None),
            ("Median latency from the end of attempted speech to the final transcript is 410 ms", "latency", 410,
             "ms", None, None),
            ("3.5\u00d7 shorter", "latency reduction", 3.5, "\u00d7", None, None),
            ("47 words per minute", "words per minute", 47, None, None, None),
            ("WER of 4.9%", "WER", 4.9, "%", None, None),
        ],
    },
    {
        "field": "neural-decoding",
        "title": "Gyrelith: Riemannian Token Mixing for Cross-Subject Motor Imagery Decoding",
        "text": (
            "Decoding motor imagery (MI) from EEG underpins many non-invasive brain-computer interfaces, yet models "
            "trained on a pool of subjects often transfer poorly to a new user. Convolutional networks such as "
            "EEGNet and ShallowConvNet learn temporal filters well but ignore the geometry of spatial covariance, "
            "whereas tangent space mapping followed by logistic regression is robust but shallow. Gyrelith combines "
            "the two: a temporal convolution front end produces band-limited feature maps, their covariance matrices "
            "are projected to the tangent space at a subject-specific reference point, and a small Transformer mixes "
            "the resulting tokens across frequency bands. Re-centring the reference point needs only 20 unlabeled "
            "trials from the target user. We evaluate with leave-one-subject-out (LOSO) validation on BCI "
            "Competition IV-2a, BCI Competition IV-2b and the 54-subject OpenBMI dataset. Gyrelith obtains mean "
            "accuracies of 68.4%, 79.2% and 76.5%, respectively, with a Cohen's kappa of 0.579 on IV-2a. The "
            "strongest baseline, EEG Conformer, reaches 61.7% on IV-2a and 73.0% on OpenBMI, while ATCNet reaches "
            "63.2% on IV-2a. In the within-subject setting, Gyrelith matches ATCNet (83.9% vs. 84.1% on IV-2a) with "
            "9\u00d7 fewer parameters. Gains are largest for the subjects who decode worst, suggesting that "
            "re-centring mainly corrects the covariate shift between sessions and users rather than adding capacity."
        ),
        "spans": [
            ("Gyrelith", "M"), ("Cross-Subject Motor Imagery Decoding", "T"), ("motor imagery", "T"), ("MI", "T"),
            ("Convolutional networks", "M"), ("EEGNet", "M"), ("ShallowConvNet", "M"),
            ("tangent space mapping", "M"), ("logistic regression", "M"), ("Transformer", "M"),
            ("BCI Competition IV-2a", "D"), ("BCI Competition IV-2b", "D"), ("IV-2a", "D"), ("OpenBMI", "D"),
            ("mean accuracies", "X"), ("Cohen's kappa", "X"), ("EEG Conformer", "M"), ("ATCNet", "M"),
        ],
        "results": [
            ("mean accuracies of 68.4%", "accuracy", 68.4, "%", "BCI Competition IV-2a", "Gyrelith"),
            ("79.2%", "accuracy", 79.2, "%", "BCI Competition IV-2b", "Gyrelith"),
            ("76.5%", "accuracy", 76.5, "%", "OpenBMI", "Gyrelith"),
            ("Cohen's kappa of 0.579", "Cohen's kappa", 0.579, None, "BCI Competition IV-2a", "Gyrelith"),
            ("61.7% on IV-2a", "accuracy", 61.7, "%", "BCI Competition IV-2a", "EEG Conformer"),
            ("73.0% on OpenBMI", "accuracy", 73.0, "%", "OpenBMI", "EEG Conformer"),
            ("63.2% on IV-2a", "accuracy", 63.2, "%", "BCI Competition IV-2a", "ATCNet"),
            ("83.9%", "accuracy", 83.9, "%", "BCI Competition IV-2a", "Gyrelith"),
            ("84.1%", "accuracy", 84.1, "%", "BCI Competition IV-2a", "ATCNet"),
            ("9\u00d7 fewer parameters", "parameter reduction", 9, "\u00d7", "BCI Competition IV-2a", "Gyrelith"),
        ],
    },
    {
        "field": "neural-decoding",
        "title": "Drift-Robust Spike Sorting for High-Density Probes by Linking Units over Time",
        "text": (
            "Spike sorting, the assignment of extracellular action potentials to putative single neurons, remains a "
            "bottleneck in analysing recordings from high-density probes such as Neuropixels 2.0, where hundreds of "
            "units drift relative to the electrodes over hours of recording. Sorters based on template matching, "
            "such as Kilosort4, estimate rigid and non-rigid motion and register the data before sorting, but this "
            "registration fails when drift is abrupt or when units appear and disappear. We present Gorsewick, a "
            "sorter that treats motion correction and unit assignment as one problem: spike waveforms are embedded "
            "with a small graph neural network over the probe geometry, candidate units are formed independently in "
            "short time windows, and units in consecutive windows are linked by optimal transport between their "
            "templates. The transport problem is solved with the Sinkhorn algorithm and yields an explicit drift "
            "trajectory for each unit instead of a single global motion field. We compare against Kilosort4, "
            "MountainSort5 and SpyKING CIRCUS 2 on the SpikeForest benchmark, on hybrid ground-truth recordings with "
            "injected drift, and on Neuropixels recordings from the IBL Brain-Wide Map. Gorsewick recovers more "
            "well-isolated units than any baseline under strong simulated drift and matches Kilosort4 on recordings "
            "with little motion, while keeping false-positive rates comparable. Its per-unit trajectories also agree "
            "closely with those estimated independently by DREDge on chronic recordings. The sorter is integrated "
            "into SpikeInterface, runs on a single consumer GPU, and processes an hour of 384-channel data in "
            "roughly real time."
        ),
        "spans": [
            ("Spike Sorting", "T"), ("Spike sorting", "T"), ("template matching", "M"), ("Kilosort4", "M"),
            ("Gorsewick", "M"), ("motion correction", "T"), ("graph neural network", "M"), ("optimal transport", "M"),
            ("Sinkhorn algorithm", "M"), ("MountainSort5", "M"), ("SpyKING CIRCUS 2", "M"), ("SpikeForest", "D"),
            ("IBL Brain-Wide Map", "D"), ("false-positive rates", "X"), ("DREDge", "M"),
        ],
        "results": [],
    },
    {
        "field": "neural-decoding",
        "title": "Gelvorn: Scaling Masked Spectral Modeling for EEG Foundation Models",
        "text": (
            "Large pre-trained models for electroencephalography promise to replace the task-specific networks that "
            "still dominate clinical EEG analysis, but current EEG foundation models such as LaBraM and CBraMod learn "
            "to reconstruct raw signal patches, which spends capacity on noise. Gelvorn is instead pre-trained with "
            "masked spectral modeling: random channel-time patches are masked, and the model predicts their "
            "log-power spectrum and phase, discretized with vector quantization. We pre-train models with 25M, 110M "
            "and 380M parameters on about 27,000 hours of recordings from the Temple University Hospital EEG Corpus "
            "(TUEG) and five public sleep and BCI datasets, and fine-tune them on six downstream tasks. On abnormal "
            "EEG detection with TUAB, Gelvorn-Large attains a balanced accuracy of 83.9% and an AUROC of 0.921, "
            "compared with 82.6% and 0.902 for LaBraM-Huge. On event-type classification with TUEV, balanced "
            "accuracy improves from 66.2% to 70.5% and weighted F1 reaches 0.842. For emotion recognition on SEED-V, "
            "Cohen's kappa is 0.312 (CBraMod: 0.259). For seizure detection on CHB-MIT, Gelvorn obtains an AUC-PR of "
            "0.487. Sleep staging on Sleep-EDFx improves by 1.6 points in accuracy over BIOT. Gelvorn-Base stays "
            "within 0.8 points of Gelvorn-Large in average balanced accuracy across the six tasks while being "
            "3.5\u00d7 cheaper to fine-tune, and downstream performance grows log-linearly with pre-training hours. "
            "Linear probing retains 91% of the fine-tuned balanced accuracy, suggesting that spectral targets yield "
            "representations that are useful without adaptation."
        ),
        "spans": [
            ("Gelvorn", "M"), ("Gelvorn-Large", "M"), ("Gelvorn-Base", "M"), ("Masked Spectral Modeling", "M"),
            ("masked spectral modeling", "M"), ("EEG Foundation Models", "M"), ("EEG foundation models", "M"),
            ("LaBraM", "M"), ("LaBraM-Huge", "M"), ("CBraMod", "M"), ("BIOT", "M"), ("vector quantization", "M"),
            ("Temple University Hospital EEG Corpus", "D"), ("TUEG", "D"), ("abnormal EEG detection", "T"),
            ("TUAB", "D"), ("balanced accuracy", "X"), ("average balanced accuracy", "X"), ("AUROC", "X"),
            ("event-type classification", "T"), ("TUEV", "D"), ("weighted F1", "X"), ("emotion recognition", "T"),
            ("SEED-V", "D"), ("Cohen's kappa", "X"), ("seizure detection", "T"), ("CHB-MIT", "D"),
            ("AUC-PR", "X"), ("Sleep staging", "T"), ("Sleep-EDFx", "D"), ("accuracy", "X"),
            ("Linear probing", "M"),
        ],
        "results": [
            ("balanced accuracy of 83.9%", "balanced accuracy", 83.9, "%", "TUAB", "Gelvorn-Large"),
            ("AUROC of 0.921", "AUROC", 0.921, None, "TUAB", "Gelvorn-Large"),
            ("82.6%", "balanced accuracy", 82.6, "%", "TUAB", "LaBraM-Huge"),
            ("0.902", "AUROC", 0.902, None, "TUAB", "LaBraM-Huge"),
            ("balanced accuracy improves from 66.2% to 70.5%", "balanced accuracy", 70.5, "%", "TUEV", None),
            ("weighted F1 reaches 0.842", "weighted F1", 0.842, None, "TUEV", None),
            ("Cohen's kappa is 0.312", "Cohen's kappa", 0.312, None, "SEED-V", None),
            ("0.259", "Cohen's kappa", 0.259, None, "SEED-V", "CBraMod"),
            ("AUC-PR of 0.487", "AUC-PR", 0.487, None, "CHB-MIT", "Gelvorn"),
            ("improves by 1.6 points in accuracy", "accuracy", 1.6, "points", "Sleep-EDFx", None),
            ("within 0.8 points of Gelvorn-Large in average balanced accuracy", "balanced accuracy", 0.8, "points",
             None, "Gelvorn-Base"),
            ("3.5\u00d7 cheaper to fine-tune", "fine-tuning cost reduction", 3.5, "\u00d7", None, "Gelvorn-Base"),
            ("retains 91% of the fine-tuned balanced accuracy", "relative balanced accuracy", 91, "%", None,
             "Linear probing"),
        ],
    },
    # ------------------------------------------------------------ materials
    {
        "field": "materials",
        "title": "Grendax: An Equivariant Interatomic Potential Pre-Trained on Off-Equilibrium Structures",
        "text": (
            "Universal machine-learned interatomic potentials (MLIPs) now approach DFT accuracy across the periodic "
            "table, but their ranking on stability prediction depends strongly on the training data and on how "
            "faithfully they reproduce the curvature of the potential energy surface. We present Grendax, an "
            "E(3)-equivariant message-passing neural network with Cartesian tensor features up to rank two and an "
            "explicit long-range electrostatics term. Grendax is pre-trained on OMat24 and then fine-tuned on MPtrj "
            "together with the sAlex subset of Alexandria. On the Matbench Discovery benchmark, Grendax reaches an F1 "
            "score of 0.921 and a discovery acceleration factor (DAF) of 6.12 when classifying the stability of WBM "
            "test crystals, ahead of eqV2 M (F1 0.917) and ORB v3 (0.905). The energy above hull MAE is 18.7 "
            "meV/atom, and the root mean square displacement (RMSD) of relaxed structures is 0.0612 \u00c5. For "
            "thermal conductivity, Grendax's symmetric relative mean error \u03baSRME is 0.297, roughly half that of "
            "MACE-MP-0 (0.682) and below SevenNet-MF-ompa (0.317). When trained only on MPtrj, as the compliant "
            "leaderboard requires, Grendax obtains an F1 of 0.852, compared with 0.815 for CHGNet and 0.669 for "
            "M3GNet. Inference is 2.1\u00d7 faster than with eqV2 M at equal batch size on an A100 GPU, which makes "
            "nanosecond-scale molecular dynamics of cells with ten thousand atoms practical."
        ),
        "spans": [
            ("Grendax", "M"), ("Interatomic Potential", "M"), ("machine-learned interatomic potentials", "M"),
            ("MLIPs", "M"), ("DFT", "M"), ("stability prediction", "T"), ("message-passing neural network", "M"),
            ("OMat24", "D"), ("MPtrj", "D"), ("sAlex", "D"), ("Alexandria", "D"), ("Matbench Discovery", "D"),
            ("F1 score", "X"), ("F1", "X"), ("discovery acceleration factor", "X"), ("DAF", "X"), ("WBM", "D"),
            ("eqV2 M", "M"), ("ORB v3", "M"), ("energy above hull MAE", "X"), ("root mean square displacement", "X"),
            ("RMSD", "X"), ("symmetric relative mean error", "X"), ("\u03baSRME", "X"), ("MACE-MP-0", "M"),
            ("SevenNet-MF-ompa", "M"), ("CHGNet", "M"), ("M3GNet", "M"), ("molecular dynamics", "M"),
        ],
        "results": [
            ("F1 score of 0.921", "F1", 0.921, None, "Matbench Discovery", "Grendax"),
            ("discovery acceleration factor (DAF) of 6.12", "discovery acceleration factor", 6.12, None,
             "Matbench Discovery", "Grendax"),
            ("F1 0.917", "F1", 0.917, None, "Matbench Discovery", "eqV2 M"),
            ("0.905", "F1", 0.905, None, "Matbench Discovery", "ORB v3"),
            ("energy above hull MAE is 18.7 meV/atom", "energy above hull MAE", 18.7, "meV/atom", None, None),
            ("root mean square displacement (RMSD) of relaxed structures is 0.0612 \u00c5", "RMSD", 0.0612,
             "\u00c5", None, None),
            ("\u03baSRME is 0.297", "\u03baSRME", 0.297, None, None, "Grendax"),
            ("0.682", "\u03baSRME", 0.682, None, None, "MACE-MP-0"),
            ("0.317", "\u03baSRME", 0.317, None, None, "SevenNet-MF-ompa"),
            ("F1 of 0.852", "F1", 0.852, None, "MPtrj", "Grendax"),
            ("0.815", "F1", 0.815, None, "MPtrj", "CHGNet"),
            ("0.669", "F1", 0.669, None, "MPtrj", "M3GNet"),
            ("2.1\u00d7 faster", "speed-up", 2.1, "\u00d7", None, None),
        ],
    },
    {
        "field": "materials",
        "title": "Attending to All Periodic Images: Lattice-Summed Attention for Crystal Property Prediction",
        "text": (
            "Graph neural networks for crystalline materials encode periodicity only implicitly, through radius "
            "graphs built under periodic boundary conditions, and therefore cannot distinguish some structures that "
            "differ only in their long-range order. We propose Gilvane, a Transformer for crystal property "
            "prediction whose attention runs over the infinite periodic lattice and is truncated analytically with "
            "Ewald summation, so that every atom attends to all periodic images at fixed cost. Lattice vectors are "
            "embedded in a way that is invariant to the choice of unit cell. Gilvane is evaluated on the Materials "
            "Project (MP) and JARVIS-DFT datasets and on five tasks of Matbench. On JARVIS-DFT, Gilvane reduces the "
            "mean absolute error (MAE) for formation energy to 0.0262 eV/atom and for the OptB88vdW band gap to "
            "0.114 eV, improvements of 8% and 6% over ComFormer. On MP, it lowers the formation-energy MAE from "
            "0.0199 eV/atom with Matformer to 0.0176 eV/atom. Gilvane also tops the Matbench leaderboard on "
            "matbench_mp_gap (MAE 0.149 eV) and on matbench_perovskites. Predictions of bulk and shear moduli are "
            "less accurate than those of coGN, which we attribute to the small training sets of these two tasks. "
            "Training on MP converges in 9 hours on four A100 GPUs, about 40% less time than ALIGNN needs."
        ),
        "spans": [
            ("Crystal Property Prediction", "T"), ("crystal property prediction", "T"), ("Graph neural networks", "M"),
            ("Gilvane", "M"), ("Transformer", "M"), ("Ewald summation", "M"), ("Materials Project", "D"),
            ("MP", "D"), ("JARVIS-DFT", "D"), ("Matbench", "D"), ("mean absolute error", "X"), ("MAE", "X"),
            ("OptB88vdW", "M"), ("ComFormer", "M"), ("Matformer", "M"), ("matbench_mp_gap", "D"),
            ("matbench_perovskites", "D"), ("coGN", "M"), ("ALIGNN", "M"),
        ],
        "results": [
            ("mean absolute error (MAE) for formation energy to 0.0262 eV/atom", "MAE", 0.0262, "eV/atom",
             "JARVIS-DFT", "Gilvane"),
            ("0.114 eV", "MAE", 0.114, "eV", "JARVIS-DFT", "Gilvane"),
            ("improvements of 8%", "MAE reduction", 8, "%", "JARVIS-DFT", "Gilvane"),
            ("6%", "MAE reduction", 6, "%", "JARVIS-DFT", "Gilvane"),
            ("MAE from 0.0199 eV/atom", "MAE", 0.0199, "eV/atom", "Materials Project", "Matformer"),
            ("to 0.0176 eV/atom", "MAE", 0.0176, "eV/atom", "Materials Project", None),
            ("MAE 0.149 eV", "MAE", 0.149, "eV", "matbench_mp_gap", "Gilvane"),
            ("converges in 9 hours", "training time", 9, "h", "Materials Project", None),
            ("about 40% less time", "training time reduction", 40, "%", "Materials Project", None),
        ],
    },
    {
        "field": "materials",
        "title": "Gravelyn: Symmetry-Constrained Flow Matching for Stable and Novel Crystal Generation",
        "text": (
            "Generative models for inorganic crystals must produce structures that are at once valid, "
            "thermodynamically stable and new. Diffusion models such as CDVAE, DiffCSP and MatterGen denoise "
            "fractional coordinates, lattices and atom types jointly, but they rarely respect space-group symmetry, "
            "so many samples relax into lower-symmetry or duplicate structures. Gravelyn generates crystals with "
            "Riemannian flow matching on the quotient space defined by a sampled space group and its Wyckoff "
            "positions, so every intermediate state is exactly symmetric, while atom types are generated with "
            "discrete flow matching. We evaluate crystal structure prediction (CSP) on MP-20 and MPTS-52 and de novo "
            "generation (DNG) on MP-20 and Alex-MP-20. For CSP, Gravelyn reaches a match rate of 71.4% with an RMSE "
            "of 0.0392 on MP-20, and 38.9%/0.0846 on MPTS-52, surpassing both DiffCSP (51.5% and 12.2%) and FlowMM "
            "(61.4% and 17.5%) in match rate. In DNG, the SUN rate, i.e. the share of 10,000 generated crystals that "
            "are stable, unique and novel after relaxation with MACE-MP-0 and DFT verification, reaches 42.1%, "
            "against 33.2% for MatterGen and 22.8% for FlowMM under the same protocol. Structural validity is 99.9% "
            "and compositional validity 86.1%. Sampling 1,000 structures takes 3.4 minutes on one GPU with 50 "
            "integration steps."
        ),
        "spans": [
            ("Gravelyn", "M"), ("Flow Matching", "M"), ("Crystal Generation", "T"), ("Diffusion models", "M"),
            ("CDVAE", "M"), ("DiffCSP", "M"), ("MatterGen", "M"), ("Riemannian flow matching", "M"),
            ("discrete flow matching", "M"), ("crystal structure prediction", "T"), ("CSP", "T"),
            ("MP-20", "D"), ("MPTS-52", "D"), ("de novo generation", "T"), ("DNG", "T"), ("Alex-MP-20", "D"),
            ("match rate", "X"), ("RMSE", "X"), ("FlowMM", "M"), ("SUN rate", "X"), ("MACE-MP-0", "M"),
            ("DFT", "M"), ("Structural validity", "X"), ("compositional validity", "X"),
        ],
        "results": [
            ("match rate of 71.4%", "match rate", 71.4, "%", "MP-20", "Gravelyn"),
            ("RMSE of 0.0392", "RMSE", 0.0392, None, "MP-20", "Gravelyn"),
            ("38.9%", "match rate", 38.9, "%", "MPTS-52", "Gravelyn"),
            ("0.0846", "RMSE", 0.0846, None, "MPTS-52", "Gravelyn"),
            ("51.5%", "match rate", 51.5, "%", "MP-20", "DiffCSP"),
            ("12.2%", "match rate", 12.2, "%", "MPTS-52", "DiffCSP"),
            ("61.4%", "match rate", 61.4, "%", "MP-20", "FlowMM"),
            ("17.5%", "match rate", 17.5, "%", "MPTS-52", "FlowMM"),
            ("SUN rate, i.e. the share of 10,000 generated crystals that are stable, unique and novel after "
             "relaxation with MACE-MP-0 and DFT verification, reaches 42.1%", "SUN rate", 42.1, "%", None, None),
            ("33.2%", "SUN rate", 33.2, "%", None, "MatterGen"),
            ("22.8%", "SUN rate", 22.8, "%", None, "FlowMM"),
            ("Structural validity is 99.9%", "structural validity", 99.9, "%", None, None),
            ("compositional validity 86.1%", "compositional validity", 86.1, "%", None, None),
            ("Sampling 1,000 structures takes 3.4 minutes", "sampling time", 3.4, "min", None, None),
        ],
    },
    {
        "field": "materials",
        "title": "Glomerant: Adsorbate-Aware Equivariant Transformers for High-Throughput Catalyst Screening",
        "text": (
            "Screening heterogeneous catalysts requires adsorption energies for millions of adsorbate\u2013surface "
            "configurations, far more than density functional theory (DFT) can supply. Models trained on the Open "
            "Catalyst 2020 (OC20) dataset, such as GemNet-OC and EquiformerV2, approximate DFT relaxations but spend "
            "most of their capacity on bulk atoms that barely affect binding. We introduce Glomerant, an equivariant "
            "Transformer that allocates attention heads dynamically between adsorbate, surface and subsurface atoms "
            "and restricts expensive high-order interactions to a learned neighbourhood of the binding site. On the "
            "OC20 S2EF task, Glomerant-L (153M parameters) attains a force MAE of 12.9 meV/\u00c5 and an energy MAE of "
            "208 meV, compared with 14.1 meV/\u00c5 and 219 meV for EquiformerV2 at the same size. For IS2RE via "
            "relaxation, energy within threshold (EwT) improves from 15.0% to 17.3%. Within the AdsorbML pipeline, "
            "Glomerant reaches a success rate of 91.6% on OC20-Dense with a 2,400\u00d7 speed-up over exhaustive DFT "
            "search. On the oxide surfaces of OC22, total energy MAE decreases by 11% relative to eSCN. Finally, we "
            "screen 6,200 bimetallic alloys as catalysts for CO2 reduction to multi-carbon products and recover 17 "
            "of the 21 experimentally reported active compositions among the top 200 candidates."
        ),
        "spans": [
            ("Glomerant", "M"), ("Glomerant-L", "M"), ("Transformers", "M"), ("Transformer", "M"),
            ("Catalyst Screening", "T"), ("density functional theory", "M"), ("DFT", "M"),
            ("Open Catalyst 2020", "D"), ("OC20", "D"), ("GemNet-OC", "M"), ("EquiformerV2", "M"), ("S2EF", "T"),
            ("force MAE", "X"), ("energy MAE", "X"), ("IS2RE", "T"), ("energy within threshold", "X"),
            ("EwT", "X"), ("AdsorbML", "M"), ("success rate", "X"), ("OC20-Dense", "D"), ("speed-up", "X"),
            ("OC22", "D"), ("eSCN", "M"),
        ],
        "results": [
            ("force MAE of 12.9 meV/\u00c5", "force MAE", 12.9, "meV/\u00c5", "OC20", "Glomerant-L"),
            ("energy MAE of 208 meV", "energy MAE", 208, "meV", "OC20", "Glomerant-L"),
            ("14.1 meV/\u00c5", "force MAE", 14.1, "meV/\u00c5", "OC20", "EquiformerV2"),
            ("219 meV", "energy MAE", 219, "meV", "OC20", "EquiformerV2"),
            ("energy within threshold (EwT) improves from 15.0% to 17.3%", "energy within threshold", 17.3, "%",
             None, None),
            ("success rate of 91.6%", "success rate", 91.6, "%", "OC20-Dense", "Glomerant"),
            ("2,400\u00d7 speed-up", "speed-up", 2400, "\u00d7", "OC20-Dense", "Glomerant"),
            ("energy MAE decreases by 11%", "energy MAE reduction", 11, "%", "OC22", None),
            ("recover 17 of the 21 experimentally reported active compositions", "compositions recovered", 17,
             None, None, None),
        ],
    },
    {
        "field": "materials",
        "title": "Fast and Accurate Molecular Dynamics with Gundrel, a Grid-Based Equivariant Potential",
        "text": (
            "Equivariant potentials such as NequIP, MACE and Allegro reach chemical accuracy on small molecules, but "
            "the Clebsch\u2013Gordan tensor products at their core make large-scale molecular dynamics (MD) "
            "expensive. We introduce Gundrel, an interatomic potential that replaces these products with pointwise "
            "products of spherical channels evaluated on a grid on the sphere, lowering their cost from O(L^6) to "
            "O(L^3) for maximum degree L. Gundrel keeps a strictly local receptive field of 5 \u00c5, so large "
            "systems can be split across GPUs without communication between message-passing layers. On rMD17, "
            "Gundrel achieves energy and force mean absolute errors of 0.3 meV and 1.9 meV/\u00c5 averaged over the "
            "ten molecules, on par with MACE (0.4 meV and 2.1 meV/\u00c5). On the larger MD22 systems, it lowers the "
            "force MAE for the buckyball catcher from 4.2 meV/\u00c5 (VisNet-LSRM) to 3.1 meV/\u00c5. For SPICE, "
            "trained on 1.1 million conformers, its force MAE is 23% lower than that of MACE-OFF23-M. Simulating a "
            "solvated protein of 92,000 atoms, Gundrel sustains 14.5 ns/day on eight A100 GPUs, a 4.6\u00d7 "
            "throughput gain over MACE. In 10-ns NVT simulations of liquid water, the oxygen\u2013oxygen radial "
            "distribution function agrees with experiment to within 3%."
        ),
        "spans": [
            ("Molecular Dynamics", "M"), ("molecular dynamics", "M"), ("MD", "M"), ("Gundrel", "M"),
            ("NequIP", "M"), ("MACE", "M"), ("Allegro", "M"), ("Clebsch\u2013Gordan tensor products", "M"),
            ("interatomic potential", "M"), ("rMD17", "D"), ("mean absolute errors", "X"), ("MD22", "D"),
            ("force MAE", "X"), ("buckyball catcher", "D"), ("VisNet-LSRM", "M"), ("SPICE", "D"),
            ("MACE-OFF23-M", "M"), ("ns/day", "X"), ("throughput", "X"), ("radial distribution function", "X"),
        ],
        "results": [
            ("energy and force mean absolute errors of 0.3 meV", "energy MAE", 0.3, "meV", "rMD17", "Gundrel"),
            ("1.9 meV/\u00c5", "force MAE", 1.9, "meV/\u00c5", "rMD17", "Gundrel"),
            ("0.4 meV", "energy MAE", 0.4, "meV", "rMD17", "MACE"),
            ("2.1 meV/\u00c5", "force MAE", 2.1, "meV/\u00c5", "rMD17", "MACE"),
            ("force MAE for the buckyball catcher from 4.2 meV/\u00c5", "force MAE", 4.2, "meV/\u00c5",
             "buckyball catcher", "VisNet-LSRM"),
            ("to 3.1 meV/\u00c5", "force MAE", 3.1, "meV/\u00c5", "buckyball catcher", None),
            ("force MAE is 23% lower", "force MAE reduction", 23, "%", "SPICE", None),
            ("14.5 ns/day", "throughput", 14.5, "ns/day", None, "Gundrel"),
            ("4.6\u00d7 throughput gain", "throughput", 4.6, "\u00d7", None, "Gundrel"),
            ("radial distribution function agrees with experiment to within 3%", "radial distribution function", 3,
             "%", None, None),
        ],
    },
    {
        "field": "materials",
        "title": "Galderin: Text-Conditioned MOF Generation with a Building-Block Language Model",
        "text": (
            "Metal\u2013organic frameworks (MOFs) are attractive sorbents for carbon capture, but the space of "
            "possible frameworks is too large to enumerate, and most generative models for crystals do not scale to "
            "unit cells with hundreds of atoms. We present Galderin, a decoder-only language model that writes a MOF "
            "as a sequence of building blocks, namely metal nodes, organic linkers and a topology code from the "
            "Reticular Chemistry Structure Resource (RCSR), instead of atomic coordinates. Structures are assembled "
            "deterministically from these tokens and then relaxed with a universal interatomic potential. Galderin is "
            "pre-trained on hypothetical frameworks from the hMOF database and the CoRE MOF 2019 collection, then "
            "conditioned on text prompts that describe the target pore size, topology and gas uptake. To evaluate "
            "inverse design, we release GrallMOF-12k, a set of 12,000 prompt\u2013structure pairs with grand canonical "
            "Monte Carlo (GCMC) labels for CO2 and N2 adsorption at flue-gas conditions. Compared with MOFDiff, "
            "Galderin more often produces frameworks that remain valid after relaxation, and it covers topologies "
            "absent from its training data. Among 500 generated candidates screened by GCMC, 38 exceed the highest "
            "CO2 working capacity found in hMOF, and the best reaches 2.9 mmol/g. We discuss failure modes, notably "
            "interpenetrated structures that the token grammar cannot express, and the dependence of all "
            "conclusions on simulated rather than measured adsorption."
        ),
        "spans": [
            ("Galderin", "M"), ("Text-Conditioned MOF Generation", "T"), ("Language Model", "M"),
            ("language model", "M"), ("Reticular Chemistry Structure Resource", "D"), ("RCSR", "D"),
            ("interatomic potential", "M"), ("hMOF", "D"), ("CoRE MOF 2019", "D"), ("inverse design", "T"),
            ("GrallMOF-12k", "D"), ("grand canonical Monte Carlo", "M"), ("GCMC", "M"), ("MOFDiff", "M"),
            ("CO2 working capacity", "X"),
        ],
        "results": [
            ("38 exceed the highest CO2 working capacity found in hMOF", "candidates above threshold", 38, None,
             "hMOF", None),
            ("best reaches 2.9 mmol/g", "CO2 working capacity", 2.9, "mmol/g", None, None),
        ],
    },
]
