"""fresh9 records: molecules-proteins (6) and speech-enhancement (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Quembra", "Qorvane", "Quendrel", "Qelvidock", "Qenbind-300", "Quorrin", "Qumbrit",
          "Quarvel", "Quelmo", "Qintara", "Quistel", "Quombly", "Quenlite"]

RECS = [
    # ------------------------------------------------------------ molecules-proteins
    {
        "field": "molecules-proteins",
        "title": "Quembra: Learning from Conformer Ensembles for Molecular Property Prediction",
        "text": (
            "Molecular property prediction underpins virtual screening, yet most pretrained graph neural networks "
            "(GNNs) encode either a 2D topology or a single low-energy conformer and ignore the conformational "
            "flexibility that governs binding and solubility. We present Quembra, a pretraining scheme that "
            "represents each molecule by up to 16 conformers and trains a Transformer encoder to align their "
            "embeddings. Pretraining uses 19M molecules drawn from PubChem and GEOM-Drugs. On eight MoleculeNet "
            "classification tasks with scaffold splits, Quembra reaches a mean ROC-AUC of 78.9%, ahead of Uni-Mol "
            "(75.3%), GEM (74.6%) and GraphMVP (73.1%). The largest gains appear on ToxCast and SIDER, +4.2 and "
            "+3.8 ROC-AUC points over Uni-Mol respectively, while on BBBP it trails Uni-Mol by 0.6 ROC-AUC points. "
            "For regression, Quembra lowers RMSE on ESOL, FreeSolv and Lipophilicity to 0.712, 1.384 and 0.571, "
            "respectively. On QM9, the mean absolute error (MAE) on the HOMO-LUMO gap is 38.4 meV, versus 45.1 meV "
            "for a single-conformer ablation. Encoding ensembles has a price: fine-tuning is 2.3\u00d7 slower than "
            "with one conformer, although inference with four cached conformers stays under 9 ms per molecule on "
            "an A100. Probing experiments suggest that the learned embeddings capture molecular flexibility, which "
            "may explain the gains on toxicity endpoints."
        ),
        "spans": [
            ("Quembra", "M"), ("Molecular Property Prediction", "T"), ("Molecular property prediction", "T"),
            ("virtual screening", "T"), ("graph neural networks", "M"), ("GNNs", "M"), ("Transformer", "M"),
            ("PubChem", "D"), ("GEOM-Drugs", "D"), ("MoleculeNet", "D"), ("mean ROC-AUC", "X"), ("ROC-AUC", "X"),
            ("Uni-Mol", "M"), ("GEM", "M"), ("GraphMVP", "M"), ("ToxCast", "D"), ("SIDER", "D"), ("BBBP", "D"),
            ("RMSE", "X"), ("ESOL", "D"), ("FreeSolv", "D"), ("Lipophilicity", "D"), ("QM9", "D"),
            ("mean absolute error", "X"), ("MAE", "X"),
        ],
        "results": [
            ("mean ROC-AUC of 78.9%", "mean ROC-AUC", 78.9, "%", "MoleculeNet", "Quembra"),
            ("75.3%", "mean ROC-AUC", 75.3, "%", "MoleculeNet", "Uni-Mol"),
            ("74.6%", "mean ROC-AUC", 74.6, "%", "MoleculeNet", "GEM"),
            ("73.1%", "mean ROC-AUC", 73.1, "%", "MoleculeNet", "GraphMVP"),
            ("+4.2", "ROC-AUC", 4.2, "points", "ToxCast", None),
            ("+3.8 ROC-AUC points", "ROC-AUC", 3.8, "points", "SIDER", None),
            ("trails Uni-Mol by 0.6 ROC-AUC points", "ROC-AUC", 0.6, "points", "BBBP", None),
            ("0.712", "RMSE", 0.712, None, "ESOL", "Quembra"),
            ("1.384", "RMSE", 1.384, None, "FreeSolv", "Quembra"),
            ("0.571", "RMSE", 0.571, None, "Lipophilicity", "Quembra"),
            ("mean absolute error (MAE) on the HOMO-LUMO gap is 38.4 meV", "MAE", 38.4, "meV", "QM9", None),
            ("45.1 meV", "MAE", 45.1, "meV", "QM9", None),
            ("fine-tuning is 2.3\u00d7 slower", "fine-tuning time", 2.3, "\u00d7", None, None),
            ("inference with four cached conformers stays under 9 ms", "inference time", 9, "ms", None, None),
        ],
    },
    {
        "field": "molecules-proteins",
        "title": ("Do Protein Language Models Need Evolution? Single-Sequence Structure Prediction with Retrieved "
                  "Structural Motifs"),
        "text": (
            "Protein structure prediction from a single sequence still lags behind alignment-based pipelines such "
            "as AlphaFold2 on orphan proteins and designed binders, for which few homologues exist. Protein "
            "language models (PLMs) like ESM-2 partly close this gap, and ESMFold and OmegaFold fold proteins "
            "directly from their embeddings, but their predictions degrade sharply whenever the PLM's perplexity "
            "on a sequence is high. We introduce Qorvane, a structure predictor that augments ESM-2 650M embeddings "
            "with structural motifs retrieved from a library of 2.1M fragments built from the AlphaFold Protein "
            "Structure Database, and fuses both in a trunk of 24 Evoformer-style blocks. Retrieval adds under 0.8 s "
            "per target. On CASP15 free-modelling domains, Qorvane reaches a mean TM-score of 0.61, compared with "
            "0.52 for ESMFold and 0.55 for OmegaFold, though it remains below AlphaFold2 run with full alignments "
            "(0.68). On 412 CAMEO targets released after our training cut-off, it improves lDDT by 3.7 points over "
            "ESMFold. The advantage is largest for de novo designed proteins, where alignments carry little signal. "
            "Folding a 384-residue chain takes about 6 s on one GPU, roughly 40 times faster than AlphaFold2 "
            "including alignment search. Most remaining failures involve domain-swapped oligomers, which we "
            "analyse in detail."
        ),
        "spans": [
            ("Protein Language Models", "M"), ("Single-Sequence Structure Prediction", "T"),
            ("Protein structure prediction", "T"), ("AlphaFold2", "M"), ("Protein language models", "M"),
            ("PLMs", "M"), ("PLM", "M"), ("ESM-2", "M"), ("ESM-2 650M", "M"), ("ESMFold", "M"), ("OmegaFold", "M"),
            ("perplexity", "X"), ("Qorvane", "M"), ("AlphaFold Protein Structure Database", "D"),
            ("Evoformer", "M"), ("CASP15", "D"), ("mean TM-score", "X"), ("CAMEO", "D"), ("lDDT", "X"),
        ],
        "results": [
            ("Retrieval adds under 0.8 s", "retrieval time", 0.8, "s", None, None),
            ("mean TM-score of 0.61", "mean TM-score", 0.61, None, "CASP15", "Qorvane"),
            ("0.52 for ESMFold", "mean TM-score", 0.52, None, "CASP15", "ESMFold"),
            ("0.55 for OmegaFold", "mean TM-score", 0.55, None, "CASP15", "OmegaFold"),
            ("0.68", "mean TM-score", 0.68, None, "CASP15", "AlphaFold2"),
            ("improves lDDT by 3.7 points", "lDDT", 3.7, "points", "CAMEO", None),
            ("Folding a 384-residue chain takes about 6 s", "folding time", 6, "s", None, None),
            ("40 times faster", "speed-up", 40, "\u00d7", None, None),
        ],
    },
    {
        "field": "molecules-proteins",
        "title": "Quendrel: Fragment-Anchored Flow Matching for Pocket-Conditioned Molecule Generation",
        "text": (
            "Structure-based drug design (SBDD) seeks ligands that bind a given protein pocket tightly while "
            "remaining drug-like and synthesizable. Diffusion models such as TargetDiff and DecompDiff generate "
            "atom types and coordinates jointly in 3D, but they frequently produce strained rings and disconnected "
            "fragments, and sampling requires 1,000 denoising steps. We propose Quendrel, an equivariant flow "
            "matching model that first places anchor fragments at pharmacophoric hot spots of the pocket and then "
            "grows the remaining scaffold along a learned velocity field. Training follows the standard "
            "CrossDocked2020 split of 100,000 protein-ligand pairs. On the CrossDocked2020 test pockets, Quendrel "
            "attains Vina Score/Vina Dock of \u22127.41/\u22128.62 kcal/mol, against \u22125.47/\u22127.80 for "
            "TargetDiff, and its QED and SA reach 0.58 and 0.71, respectively. Physical plausibility improves the "
            "most: the median strain energy of generated poses falls from 1,241 kcal/mol for TargetDiff to 96 "
            "kcal/mol with Quendrel. Quendrel samples 100 ligands per pocket in 21 s, 14\u00d7 faster than "
            "DecompDiff, because it needs only 50 integration steps. Ablations show that the anchor vocabulary, "
            "mined from 4,200 fragment-bound crystal structures, accounts for most of the improvement in Vina Dock, "
            "while the flow matching objective alone mainly improves sampling speed. We discuss the limitations of "
            "evaluating generated ligands with docking scores and release generated molecules for all 100 test "
            "pockets."
        ),
        "spans": [
            ("Quendrel", "M"), ("Flow Matching", "M"), ("flow matching", "M"),
            ("Pocket-Conditioned Molecule Generation", "T"), ("Structure-based drug design", "T"), ("SBDD", "T"),
            ("Diffusion models", "M"), ("TargetDiff", "M"), ("DecompDiff", "M"), ("CrossDocked2020", "D"),
            ("Vina Score", "X"), ("Vina Dock", "X"), ("QED", "X"), ("SA", "X"), ("median strain energy", "X"),
        ],
        "results": [
            ("Vina Score/Vina Dock of \u22127.41", "Vina Score", -7.41, "kcal/mol", "CrossDocked2020", "Quendrel"),
            ("\u22128.62 kcal/mol", "Vina Dock", -8.62, "kcal/mol", "CrossDocked2020", "Quendrel"),
            ("\u22125.47", "Vina Score", -5.47, "kcal/mol", "CrossDocked2020", "TargetDiff"),
            ("\u22127.80", "Vina Dock", -7.80, "kcal/mol", "CrossDocked2020", "TargetDiff"),
            ("QED and SA reach 0.58", "QED", 0.58, None, "CrossDocked2020", None),
            ("0.71", "SA", 0.71, None, "CrossDocked2020", None),
            ("median strain energy of generated poses falls from 1,241 kcal/mol", "median strain energy", 1241,
             "kcal/mol", None, "TargetDiff"),
            ("to 96 kcal/mol", "median strain energy", 96, "kcal/mol", None, "Quendrel"),
            ("samples 100 ligands per pocket in 21 s", "sampling time", 21, "s", None, "Quendrel"),
            ("14\u00d7 faster than DecompDiff", "speed-up", 14, "\u00d7", None, "Quendrel"),
        ],
    },
    {
        "field": "molecules-proteins",
        "title": "Qelvidock: Confidence-Guided Score Matching for Blind Protein-Ligand Docking",
        "text": (
            "Molecular docking predicts how a small molecule binds to a protein and remains a workhorse of virtual "
            "screening. Deep learning approaches such as DiffDock cast blind docking as generative modelling over "
            "ligand translations, rotations and torsions, yet their top-ranked poses are often physically "
            "implausible and they generalise poorly to proteins unlike those seen in training. Qelvidock pairs a "
            "pose generator trained with score matching with a confidence model that is supervised by both pose "
            "error and physics-based interaction energies, and re-ranks 40 samples per complex. We also release "
            "Qenbind-300, a benchmark of 300 complexes deposited in the PDB after 2023 whose proteins share less "
            "than 30% sequence identity with any PDBBind entry. On the PDBBind time split, Qelvidock achieves a "
            "top-1 success rate (ligand RMSD below 2 \u00c5) of 47.9% (DiffDock: 38.2%; AutoDock Vina with a known "
            "pocket: 22.6%). On the PoseBusters benchmark, Qelvidock reaches a PB-valid success rate of 61.3%, "
            "which additionally requires passing all physical plausibility checks, versus 12.7% for DiffDock and "
            "58.1% for the classical GNINA. The margin is widest on Qenbind-300, where Qelvidock's top-1 success "
            "rate is 39.5% against 21.4% for DiffDock. Median inference time is 11 s per complex on one GPU. "
            "Removing the energy term from the confidence model lowers the top-1 success rate on the PDBBind time "
            "split to 42.0%, underlining that physics-based re-ranking, not the generator, drives most of the gains."
        ),
        "spans": [
            ("Qelvidock", "M"), ("Score Matching", "M"), ("score matching", "M"),
            ("Blind Protein-Ligand Docking", "T"), ("Molecular docking", "T"), ("virtual screening", "T"),
            ("blind docking", "T"), ("DiffDock", "M"), ("Qenbind-300", "D"), ("PDB", "D"), ("PDBBind", "D"),
            ("PDBBind time split", "D"), ("top-1 success rate", "X"), ("ligand RMSD", "X"),
            ("AutoDock Vina", "M"), ("PoseBusters", "D"), ("PB-valid success rate", "X"), ("GNINA", "M"),
            ("Median inference time", "X"),
        ],
        "results": [
            ("top-1 success rate (ligand RMSD below 2 \u00c5) of 47.9%", "top-1 success rate", 47.9, "%",
             "PDBBind", "Qelvidock"),
            ("38.2%", "top-1 success rate", 38.2, "%", "PDBBind", "DiffDock"),
            ("22.6%", "top-1 success rate", 22.6, "%", "PDBBind", "AutoDock Vina"),
            ("PB-valid success rate of 61.3%", "PB-valid success rate", 61.3, "%", "PoseBusters", "Qelvidock"),
            ("12.7%", "PB-valid success rate", 12.7, "%", "PoseBusters", "DiffDock"),
            ("58.1%", "PB-valid success rate", 58.1, "%", "PoseBusters", "GNINA"),
            ("top-1 success rate is 39.5%", "top-1 success rate", 39.5, "%", "Qenbind-300", "Qelvidock"),
            ("21.4%", "top-1 success rate", 21.4, "%", "Qenbind-300", "DiffDock"),
            ("Median inference time is 11 s", "median inference time", 11, "s", None, None),
            ("top-1 success rate on the PDBBind time split to 42.0%", "top-1 success rate", 42.0, "%", "PDBBind",
             None),
        ],
    },
    {
        "field": "molecules-proteins",
        "title": "Beyond Sequence Recovery: Quorrin Designs Sequences That Refold",
        "text": (
            "Inverse folding, the problem of designing an amino-acid sequence that folds into a given backbone, is "
            "a core step of protein design pipelines built around RFdiffusion and ProteinMPNN. Native sequence "
            "recovery on CATH 4.2 has become the standard yardstick for the task, but recovery saturates and "
            "correlates only loosely with whether a design actually refolds. We present Quorrin, a sequence decoder "
            "that conditions not only on backbone geometry but also on partially specified side-chain rotamers, "
            "and decodes residues in an order chosen by its own uncertainty instead of a fixed random order. "
            "Training uses CATH 4.2 structures augmented with AlphaFold-predicted domains, with Gaussian noise "
            "added to backbone coordinates for robustness. We measure designability by refolding each design with "
            "ESMFold and computing the self-consistency TM-score (scTM) to the target backbone. On de novo "
            "backbones generated by RFdiffusion, Quorrin reaches a designability of 91% (scTM > 0.5), compared "
            "with 78% for ProteinMPNN, a regime in which PiFold often returns low-complexity sequences. Sequence "
            "recovery is on par with ESM-IF1 and ProteinMPNN, confirming that recovery alone does not separate "
            "these methods. In wet-lab tests on twelve designed binders, Quorrin designs were expressed in soluble "
            "form more often than ProteinMPNN designs. We argue that inverse folding should be evaluated by "
            "designability rather than by recovery."
        ),
        "spans": [
            ("Quorrin", "M"), ("Sequence Recovery", "X"), ("Inverse folding", "T"), ("inverse folding", "T"),
            ("protein design", "T"), ("RFdiffusion", "M"), ("ProteinMPNN", "M"), ("Native sequence recovery", "X"),
            ("Sequence recovery", "X"), ("recovery", "X"), ("CATH 4.2", "D"), ("AlphaFold", "M"),
            ("designability", "X"), ("ESMFold", "M"), ("self-consistency TM-score", "X"), ("scTM", "X"),
            ("PiFold", "M"), ("ESM-IF1", "M"),
        ],
        "results": [
            ("designability of 91%", "designability", 91, "%", None, "Quorrin"),
            ("78% for ProteinMPNN", "designability", 78, "%", None, "ProteinMPNN"),
        ],
    },
    {
        "field": "molecules-proteins",
        "title": "Qumbrit: Retrieval-Augmented Protein Language Models for Zero-Shot Mutation Effect Prediction",
        "text": (
            "Zero-shot mutation effect prediction, estimating how substitutions or indels change protein function "
            "without any labelled assay data, has become a central test for protein language models (PLMs). "
            "Alignment-based models such as EVE and GEMME remain competitive with far larger PLMs such as ESM-2 "
            "and ProGen2 on ProteinGym, while hybrid models like Tranception and TranceptEVE combine both sources "
            "of evidence at considerable cost. We introduce Qumbrit, a retrieval-augmented PLM that, for each query "
            "protein, retrieves a small set of homologous sequences from UniRef100 with a fast k-mer index and lets "
            "a frozen ESM-2 backbone attend to them through a few added layers, the only parameters that are "
            "trained. Because retrieval replaces alignment construction, Qumbrit scores a complete deep mutational "
            "scan in minutes rather than hours. We evaluate on the substitution and indel benchmarks of ProteinGym "
            "with Spearman rank correlation, NDCG and top-10 recall, and stratify results by alignment depth, taxon "
            "and the functional property assayed. Qumbrit matches TranceptEVE on average while being much cheaper "
            "to run, and its gains over the frozen ESM-2 backbone are largest for viral proteins and low-depth "
            "families, where PLM likelihoods are known to be poorly calibrated. On indels, where alignment-based "
            "models cannot be applied directly, it outperforms Tranception across all depth strata. We further "
            "show that retrieved context makes predictions robust to the size of the underlying PLM, and we release "
            "the retrieval index together with the model."
        ),
        "spans": [
            ("Qumbrit", "M"), ("Protein Language Models", "M"), ("Zero-Shot Mutation Effect Prediction", "T"),
            ("Zero-shot mutation effect prediction", "T"), ("protein language models", "M"), ("PLMs", "M"),
            ("PLM", "M"), ("EVE", "M"), ("GEMME", "M"), ("ESM-2", "M"), ("ProGen2", "M"), ("ProteinGym", "D"),
            ("Tranception", "M"), ("TranceptEVE", "M"), ("UniRef100", "D"), ("Spearman rank correlation", "X"),
            ("NDCG", "X"), ("top-10 recall", "X"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ speech-enhancement
    {
        "field": "speech-enhancement",
        "title": "Quarvel: A Compact Conformer-Based Network for Monaural Speech Enhancement",
        "text": (
            "Models that operate on time-frequency representations now lead monaural speech enhancement "
            "benchmarks, but the strongest of them, such as CMGAN and MP-SENet, need tens of giga "
            "multiply-accumulate operations (GMACs) per second of audio. We present Quarvel, a 1.1M-parameter "
            "network that stacks four TF-Conformer blocks over a power-compressed magnitude spectrum and estimates "
            "the clean phase with a parallel decoder trained with an anti-wrapping loss. A metric discriminator "
            "supplies the adversarial signal, as in MetricGAN+. On the VoiceBank+DEMAND benchmark, Quarvel achieves "
            "a wideband PESQ of 3.56 and an STOI of 96%, with CSIG/CBAK/COVL of 4.79/3.92/4.24. Its PESQ exceeds "
            "that of CMGAN by 0.15 and that of MP-SENet by 0.06, while requiring 12.4 GMACs per second against 38.1 "
            "for MP-SENet. On the synthetic no-reverb test set of the Interspeech 2020 DNS Challenge, Quarvel "
            "reaches an SI-SDR of 20.3 dB. A causal variant, which uses no look-ahead, loses 0.21 PESQ on "
            "VoiceBank+DEMAND and runs with a real-time factor (RTF) of 0.08 on a single CPU core. Ablations "
            "attribute most of the CSIG gain to the discriminator and most of the STOI gain to the phase decoder."
        ),
        "spans": [
            ("Quarvel", "M"), ("Conformer", "M"), ("Monaural Speech Enhancement", "T"),
            ("monaural speech enhancement", "T"), ("CMGAN", "M"), ("MP-SENet", "M"),
            ("giga multiply-accumulate operations", "X"), ("GMACs", "X"), ("TF-Conformer", "M"),
            ("MetricGAN+", "M", {"punct": True}), ("VoiceBank+DEMAND", "D"), ("wideband PESQ", "X"), ("PESQ", "X"),
            ("STOI", "X"), ("CSIG", "X"), ("CBAK", "X"), ("COVL", "X"), ("Interspeech 2020 DNS Challenge", "D"),
            ("SI-SDR", "X"), ("real-time factor", "X"), ("RTF", "X"),
        ],
        "results": [
            ("wideband PESQ of 3.56", "wideband PESQ", 3.56, None, "VoiceBank+DEMAND", "Quarvel"),
            ("STOI of 96%", "STOI", 96, "%", "VoiceBank+DEMAND", "Quarvel"),
            ("CSIG/CBAK/COVL of 4.79", "CSIG", 4.79, None, "VoiceBank+DEMAND", "Quarvel"),
            ("3.92", "CBAK", 3.92, None, "VoiceBank+DEMAND", "Quarvel"),
            ("4.24", "COVL", 4.24, None, "VoiceBank+DEMAND", "Quarvel"),
            ("PESQ exceeds that of CMGAN by 0.15", "PESQ", 0.15, None, None, None),
            ("MP-SENet by 0.06", "PESQ", 0.06, None, None, None),
            ("12.4 GMACs", "GMACs", 12.4, None, None, None),
            ("38.1 for MP-SENet", "GMACs", 38.1, None, None, "MP-SENet"),
            ("SI-SDR of 20.3 dB", "SI-SDR", 20.3, "dB", "Interspeech 2020 DNS Challenge", "Quarvel"),
            ("loses 0.21 PESQ", "PESQ", 0.21, None, "VoiceBank+DEMAND", None),
            ("real-time factor (RTF) of 0.08", "real-time factor", 0.08, None, None, None),
        ],
    },
    {
        "field": "speech-enhancement",
        "title": "Blind Dereverberation Without Paired Data: Learning from Reverberant Recordings Alone",
        "text": (
            "Supervised dereverberation networks are trained on simulated pairs of reverberant and anechoic "
            "speech, and their quality degrades in real rooms whose acoustics differ from the simulated room "
            "impulse responses. We propose Quelmo, a framework that learns single-channel blind dereverberation "
            "from reverberant recordings alone. Quelmo alternates between estimating a late-reverberation "
            "prediction filter with weighted prediction error (WPE), applied to the current network output, and "
            "re-synthesizing the observed signal through that filter, so that a consistency loss stands in for the "
            "missing clean targets. The network itself is a complex-valued U-Net operating on complex spectrograms. "
            "Trained only on LibriSpeech utterances convolved with measured impulse responses, Quelmo raises the "
            "speech-to-reverberation modulation energy ratio (SRMR) on the real recordings of the REVERB Challenge "
            "from 3.19 to 5.02, close to a fully supervised counterpart trained on matched pairs (5.24). It also "
            "lowers the word error rate (WER) of a downstream Whisper-large-v3 recognizer on the same recordings by "
            "a larger margin than conventional WPE, and it improves SI-SDR on the simulated reverberant speech of "
            "EARS-Reverb without any paired training data. A listening test confirms that late reverberation is "
            "audibly suppressed without the musical noise that spectral subtraction produces. The remaining errors "
            "concentrate on rooms with very long reverberation times, for which we outline extensions."
        ),
        "spans": [
            ("Blind Dereverberation", "T"), ("dereverberation", "T"), ("single-channel blind dereverberation", "T"),
            ("Quelmo", "M"), ("weighted prediction error", "M"), ("WPE", "M"), ("U-Net", "M"),
            ("LibriSpeech", "D"), ("speech-to-reverberation modulation energy ratio", "X"), ("SRMR", "X"),
            ("REVERB Challenge", "D"), ("word error rate", "X"), ("WER", "X"), ("Whisper-large-v3", "M"),
            ("SI-SDR", "X"), ("EARS-Reverb", "D"), ("spectral subtraction", "M"),
        ],
        "results": [
            ("speech-to-reverberation modulation energy ratio (SRMR) on the real recordings of the REVERB Challenge "
             "from 3.19 to 5.02", "SRMR", 5.02, None, "REVERB Challenge", "Quelmo"),
            ("5.24", "SRMR", 5.24, None, "REVERB Challenge", None),
        ],
    },
    {
        "field": "speech-enhancement",
        "title": "Qintara: Band-Split State-Space Models for Efficient Speech Separation",
        "text": (
            "Transformer separators such as SepFormer and MossFormer2, together with the time-frequency model "
            "TF-GridNet, have pushed monaural speech separation close to the ceiling of the WSJ0-2mix benchmark, "
            "but their cost grows quadratically with mixture length, which makes long meeting recordings "
            "impractical to process without chunking. We present Qintara, a separator that splits the spectrogram "
            "into 32 subbands and alternates selective state-space model (SSM) layers in the style of Mamba along "
            "time and across bands, so that memory grows linearly with duration. With 6.2M parameters, Qintara "
            "reaches an SI-SNR improvement (SI-SNRi) of 23.9 dB and an SDRi of 24.1 dB on WSJ0-2mix, compared with "
            "23.4 dB SI-SNRi for TF-GridNet and 22.8 dB for MossFormer2. On noisy Libri2Mix, its SI-SNRi is 16.8 dB, "
            "0.9 dB above TF-GridNet. Efficiency gains are larger than quality gains: on 2-minute mixtures, Qintara "
            "runs 5.3\u00d7 faster than TF-GridNet and uses 71% less GPU memory. It can therefore separate entire "
            "LibriCSS sessions in a single pass, and with Whisper as the recognizer, the word error rate on "
            "LibriCSS falls from 12.6% with a chunked TF-GridNet front-end to 9.1%. A three-speaker model trained "
            "on WSJ0-3mix obtains 21.7 dB SI-SNRi. Ablations indicate that bidirectional scanning across bands "
            "matters more than scanning along time."
        ),
        "spans": [
            ("Qintara", "M"), ("State-Space Models", "M"), ("Speech Separation", "T"), ("Transformer", "M"),
            ("SepFormer", "M"), ("MossFormer2", "M"), ("TF-GridNet", "M"), ("monaural speech separation", "T"),
            ("WSJ0-2mix", "D"), ("selective state-space model", "M"), ("SSM", "M"), ("Mamba", "M"),
            ("SI-SNR improvement", "X"), ("SI-SNRi", "X"), ("SDRi", "X"), ("Libri2Mix", "D"), ("GPU memory", "X"),
            ("LibriCSS", "D"), ("Whisper", "M"), ("word error rate", "X"), ("WSJ0-3mix", "D"),
        ],
        "results": [
            ("SI-SNR improvement (SI-SNRi) of 23.9 dB", "SI-SNRi", 23.9, "dB", "WSJ0-2mix", "Qintara"),
            ("SDRi of 24.1 dB", "SDRi", 24.1, "dB", "WSJ0-2mix", "Qintara"),
            ("23.4 dB SI-SNRi for TF-GridNet", "SI-SNRi", 23.4, "dB", "WSJ0-2mix", "TF-GridNet"),
            ("22.8 dB for MossFormer2", "SI-SNRi", 22.8, "dB", "WSJ0-2mix", "MossFormer2"),
            ("SI-SNRi is 16.8 dB", "SI-SNRi", 16.8, "dB", "Libri2Mix", None),
            ("0.9 dB above TF-GridNet", "SI-SNRi", 0.9, "dB", "Libri2Mix", None),
            ("5.3\u00d7 faster than TF-GridNet", "speed-up", 5.3, "\u00d7", None, "Qintara"),
            ("71% less GPU memory", "GPU memory reduction", 71, "%", None, "Qintara"),
            ("word error rate on LibriCSS falls from 12.6%", "WER", 12.6, "%", "LibriCSS", "TF-GridNet"),
            ("to 9.1%", "WER", 9.1, "%", "LibriCSS", None),
            ("21.7 dB SI-SNRi", "SI-SNRi", 21.7, "dB", "WSJ0-3mix", None),
        ],
    },
    {
        "field": "speech-enhancement",
        "title": "Quistel: Target Speaker Extraction That Survives Two-Second Enrollments",
        "text": (
            "Target speaker extraction (TSE) isolates the voice of one speaker in a mixture, using a short "
            "enrollment utterance to identify who that speaker is. Established systems such as SpEx+ and "
            "TD-SpeakerBeam condition the extractor on a single utterance-level embedding, typically from an "
            "ECAPA-TDNN speaker encoder, and they degrade sharply when enrollments are short or recorded in a "
            "different room, sometimes extracting the wrong talker altogether. We introduce Quistel, which "
            "conditions the extractor on frame-level enrollment features from a frozen WavLM encoder through "
            "attention in every block, and adds an auxiliary loss that penalizes outputs closer to the interfering "
            "speaker than to the enrollment. Trained on Libri2Mix, Quistel reaches an SI-SDRi of 15.2 dB with "
            "enrollments cropped to 2 s, whereas TD-SpeakerBeam falls to 10.4 dB and SpEx+ to 9.7 dB under the "
            "same condition. Its target confusion rate, the share of test mixtures with negative SI-SDRi, is 3.2%. "
            "With full-length enrollments the margin narrows (SI-SDRi: 16.9 vs. 16.1 dB for TD-SpeakerBeam). A "
            "cross-corpus evaluation on WSJ0-2mix shows the same ranking, and the benefit of frame-level "
            "conditioning is largest when the enrollment and the mixture come from different recording sessions. "
            "Because the WavLM features are computed once per enrollment, the added inference cost is modest. We "
            "argue that confusion rates should be reported alongside SI-SDRi in TSE evaluations."
        ),
        "spans": [
            ("Quistel", "M"), ("Target Speaker Extraction", "T"), ("Target speaker extraction", "T"), ("TSE", "T"),
            ("SpEx+", "M", {"punct": True}), ("TD-SpeakerBeam", "M"), ("ECAPA-TDNN", "M"), ("WavLM", "M"),
            ("Libri2Mix", "D"), ("SI-SDRi", "X"), ("target confusion rate", "X"), ("confusion rates", "X"),
            ("WSJ0-2mix", "D"),
        ],
        "results": [
            ("SI-SDRi of 15.2 dB", "SI-SDRi", 15.2, "dB", "Libri2Mix", "Quistel"),
            ("10.4 dB", "SI-SDRi", 10.4, "dB", "Libri2Mix", "TD-SpeakerBeam"),
            ("9.7 dB", "SI-SDRi", 9.7, "dB", "Libri2Mix", "SpEx+"),
            ("target confusion rate, the share of test mixtures with negative SI-SDRi, is 3.2%",
             "target confusion rate", 3.2, "%", None, None),
            ("SI-SDRi: 16.9", "SI-SDRi", 16.9, "dB", None, None),
            ("16.1 dB for TD-SpeakerBeam", "SI-SDRi", 16.1, "dB", None, "TD-SpeakerBeam"),
        ],
    },
    {
        "field": "speech-enhancement",
        "title": ("When Does Generation Help Speech Enhancement? A Controlled Study with Quombly, a Schr\u00f6dinger "
                  "Bridge Enhancer"),
        "text": (
            "Score-based generative models for speech enhancement, such as SGMSE+ and StoRM, produce "
            "natural-sounding output at low signal-to-noise ratios where predictive models leave audible artifacts, "
            "but they can also hallucinate phonemes and need dozens of network evaluations per utterance. We ask "
            "when generation actually helps, using Quombly, a Schr\u00f6dinger bridge model that maps noisy to clean "
            "complex spectrograms and can run either as a one-step predictive model or as a multi-step stochastic "
            "sampler with the same weights. This lets us compare the two regimes without confounds from "
            "architecture or training data. We train on the EARS-WHAM benchmark and evaluate with intrusive metrics "
            "(PESQ, ESTOI, SI-SDR), non-intrusive metrics (DNSMOS, NISQA) and the phoneme error rate of a wav2vec "
            "2.0 recognizer, complemented by a MUSHRA listening test. Stochastic sampling improves non-intrusive "
            "scores and listener ratings at the lowest input levels but lowers SI-SDR and raises phoneme errors, "
            "and where the crossover lies depends strongly on the noise type. The predictive mode of Quombly is "
            "competitive with dedicated predictive baselines, which calls into question comparisons in which "
            "generative and predictive systems also differ in architecture. Based on these findings, we propose a "
            "simple input-adaptive rule that selects the regime from an estimate of the input signal-to-noise "
            "ratio, and we release evaluation scripts to encourage reporting intrusive and non-intrusive metrics "
            "together."
        ),
        "spans": [
            ("Speech Enhancement", "T"), ("speech enhancement", "T"), ("Quombly", "M"),
            ("Schr\u00f6dinger Bridge", "M"), ("Schr\u00f6dinger bridge", "M"), ("Score-based generative models", "M"),
            ("SGMSE+", "M", {"punct": True}), ("StoRM", "M"), ("EARS-WHAM", "D"), ("PESQ", "X"), ("ESTOI", "X"),
            ("SI-SDR", "X"), ("DNSMOS", "X"), ("NISQA", "X"), ("phoneme error rate", "X"), ("wav2vec 2.0", "M"),
            ("MUSHRA", "X"),
        ],
        "results": [],
    },
    {
        "field": "speech-enhancement",
        "title": "Quenlite: Millisecond-Latency Speech Enhancement for Hearing Aids on Microcontrollers",
        "text": (
            "Hearing aids and earbuds need speech enhancement with an algorithmic latency of a few milliseconds "
            "and a compute budget far below what current research models assume. DeepFilterNet3 and PercepNet "
            "achieve good quality but incur 40 ms and 30 ms of latency, respectively, while RNNoise fits tight "
            "budgets yet suppresses mainly stationary noise. We present Quenlite, a causal network that applies "
            "deep filtering to the lowest 96 frequency bins and estimates band gains for the rest of the spectrum, "
            "operating on 4 ms frames so that no look-ahead is required. Its recurrent core is a grouped GRU whose "
            "weights are quantized to 8 bits after quantization-aware training. On the blind test set of the "
            "ICASSP 2023 DNS Challenge, Quenlite obtains a DNSMOS OVRL of 3.12, within 0.08 of DeepFilterNet3. The "
            "full model runs in real time on an Arm Cortex-M55 microcontroller while drawing 2.1 mW. In a study "
            "with 18 hearing-impaired listeners wearing behind-the-ear prototypes in a simulated restaurant, speech "
            "intelligibility improved relative to the devices' built-in noise reduction, particularly at low input "
            "levels. We describe the design decisions that mattered most for latency and discuss the limits of "
            "DNSMOS as a proxy for the benefit to hearing-aid users."
        ),
        "spans": [
            ("Quenlite", "M"), ("Speech Enhancement", "T"), ("speech enhancement", "T"),
            ("algorithmic latency", "X"), ("latency", "X"), ("DeepFilterNet3", "M"), ("PercepNet", "M"),
            ("RNNoise", "M"), ("deep filtering", "M"), ("GRU", "M"), ("quantization-aware training", "M"),
            ("ICASSP 2023 DNS Challenge", "D"), ("DNSMOS OVRL", "X"), ("DNSMOS", "X"),
            ("speech intelligibility", "X"),
        ],
        "results": [
            ("40 ms", "latency", 40, "ms", None, "DeepFilterNet3"),
            ("30 ms of latency", "latency", 30, "ms", None, "PercepNet"),
            ("DNSMOS OVRL of 3.12", "DNSMOS OVRL", 3.12, None, "ICASSP 2023 DNS Challenge", "Quenlite"),
            ("within 0.08 of DeepFilterNet3", "DNSMOS OVRL", 0.08, None, "ICASSP 2023 DNS Challenge", "Quenlite"),
            ("drawing 2.1 mW", "power consumption", 2.1, "mW", None, None),
        ],
    },
]
