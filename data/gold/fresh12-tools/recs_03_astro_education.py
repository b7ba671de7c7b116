"""fresh12 records: astro-physics (6) and education (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the PaperLens
pipeline and its output were never looked at or run while writing or labelling them."""

COINED = ["Ubrennic", "Udvarra", "Ufmarrow", "Ubsquell", "Udelmere", "Ufsonde",
          "Ubquorra", "Udfenrith", "Ufrelling", "Ubtallow", "Udranik", "Ufquillet"]

RECS = [
    # ------------------------------------------------------------ astro-physics
    {
        "field": "astro-physics",
        "title": "Ubrennic: Robust Cosmological Parameter Inference from Multifield Hydrodynamic Maps with "
                 "Domain-Adversarial Normalizing Flows",
        "text": (
            "Cosmological parameter inference at the field level promises to extract information beyond the power "
            "spectrum from maps of the large-scale structure, but it must remain robust to the uncertain physics of "
            "galaxy formation. Convolutional neural networks (CNNs) trained on one suite of hydrodynamic simulations "
            "often fail on another, because they latch onto subgrid feedback signatures rather than cosmology. We "
            "present Ubrennic, a simulation-based inference framework that pairs a rotation-equivariant convolutional "
            "encoder with a masked autoregressive flow, trained by neural posterior estimation on the CAMELS "
            "Multifield Dataset (CMD). Domain-adversarial training penalises features that reveal which simulation "
            "code produced a map. Trained on IllustrisTNG maps of total matter, gas temperature and neutral hydrogen, "
            "Ubrennic infers \u03a9_m and \u03c3_8 with relative errors of 3.1% and 2.4%, respectively, compared with "
            "3.8% and 3.0% for the CNN baseline released with CMD. The benefit is largest across codes: on SIMBA "
            "maps, the relative error on \u03a9_m drops from 11.6% to 4.9%, and the empirical coverage of the 68% "
            "credible intervals rises from 0.41 to 0.66. On Astrid, Ubrennic stays within 1.2 points of its "
            "in-distribution relative error. Posterior sampling takes 0.8 s per map on a single A100 GPU, about "
            "400\u00d7 faster than a Markov chain Monte Carlo (MCMC) analysis of the power spectrum at matched "
            "constraining power."
        ),
        "spans": [
            ("Ubrennic", "M"), ("Cosmological Parameter Inference", "T"), ("Cosmological parameter inference", "T"),
            ("Normalizing Flows", "M"), ("Convolutional neural networks", "M"), ("CNNs", "M"), ("CNN", "M"),
            ("simulation-based inference", "M"), ("masked autoregressive flow", "M"),
            ("neural posterior estimation", "M"), ("CAMELS Multifield Dataset", "D"), ("CMD", "D"),
            ("Domain-adversarial training", "M"), ("IllustrisTNG", "D"), ("relative errors", "X"),
            ("relative error", "X"), ("SIMBA", "D"), ("empirical coverage", "X"), ("Astrid", "D"),
            ("Markov chain Monte Carlo", "M"), ("MCMC", "M"),
        ],
        "results": [
            ("relative errors of 3.1%", "relative error", 3.1, "%", "IllustrisTNG", "Ubrennic"),
            ("2.4%", "relative error", 2.4, "%", "IllustrisTNG", "Ubrennic"),
            ("3.8%", "relative error", 3.8, "%", "IllustrisTNG", "CNN"),
            ("3.0%", "relative error", 3.0, "%", "IllustrisTNG", "CNN"),
            ("relative error on \u03a9_m drops from 11.6% to 4.9%", "relative error", 4.9, "%", "SIMBA", None),
            ("empirical coverage of the 68% credible intervals rises from 0.41 to 0.66", "empirical coverage", 0.66,
             None, "SIMBA", None),
            ("within 1.2 points", "relative error", 1.2, "points", "Astrid", "Ubrennic"),
            ("Posterior sampling takes 0.8 s", "posterior sampling time", 0.8, "s", None, None),
            ("400\u00d7 faster", "speed-up", 400, "\u00d7", None, None),
        ],
    },
    {
        "field": "astro-physics",
        "title": "Udvarra: Lorentz-Equivariant Selective State-Space Models for Efficient Jet Tagging",
        "text": (
            "Identifying the origin of hadronic jets is central to searches and measurements at the Large Hadron "
            "Collider, and Transformer-based taggers such as the Particle Transformer (ParT) now define the state of "
            "the art in jet tagging. Their attention over all particle pairs, however, scales quadratically with jet "
            "multiplicity, which makes them too slow for the trigger and costly for the high-luminosity era. We "
            "introduce Udvarra, a tagger that orders constituents by a learned Lorentz-invariant score and processes "
            "them with a Mamba-style selective state-space model whose inputs are built from Minkowski inner "
            "products, so that the network is equivariant under boosts and rotations by construction. On the "
            "JetClass dataset, Udvarra reaches an accuracy of 0.863 and a macro-averaged AUC of 0.9880, vs. 0.861 "
            "and 0.9877 for ParT, with 4.1\u00d7 fewer FLOPs and 3.2\u00d7 lower inference latency. On the Top "
            "Quark Tagging Reference Dataset, Udvarra achieves an AUC of 0.9872 and a background rejection of 2,710 "
            "at 30% signal efficiency, above LorentzNet (2,195), PELICAN (2,289) and ParticleNet (1,615). For "
            "quark\u2013gluon tagging, the background rejection at 50% signal efficiency is 46.3. A distilled "
            "variant with 0.31M parameters retains 98.6% of the full model's background rejection in top tagging "
            "and runs in 1.9 \u03bcs per jet on an FPGA, within the latency budget of the Level-1 trigger."
        ),
        "spans": [
            ("Udvarra", "M"), ("Selective State-Space Models", "M"), ("Jet Tagging", "T"), ("Transformer", "M"),
            ("Particle Transformer", "M"), ("ParT", "M"), ("jet tagging", "T"), ("Mamba", "M"),
            ("selective state-space model", "M"), ("JetClass", "D"), ("accuracy", "X"),
            ("macro-averaged AUC", "X"), ("AUC", "X"), ("FLOPs", "X"), ("inference latency", "X"),
            ("Top Quark Tagging Reference Dataset", "D"), ("background rejection", "X"),
            ("signal efficiency", "X"), ("LorentzNet", "M"), ("PELICAN", "M"), ("ParticleNet", "M"),
            ("quark\u2013gluon tagging", "T"), ("top tagging", "T"), ("latency", "X"),
        ],
        "results": [
            ("accuracy of 0.863", "accuracy", 0.863, None, "JetClass", "Udvarra"),
            ("macro-averaged AUC of 0.9880", "AUC", 0.988, None, "JetClass", "Udvarra"),
            ("0.861", "accuracy", 0.861, None, "JetClass", "ParT"),
            ("0.9877", "AUC", 0.9877, None, "JetClass", "ParT"),
            ("4.1\u00d7 fewer FLOPs", "FLOPs reduction", 4.1, "\u00d7", "JetClass", "Udvarra"),
            ("3.2\u00d7 lower inference latency", "inference latency reduction", 3.2, "\u00d7", "JetClass",
             "Udvarra"),
            ("AUC of 0.9872", "AUC", 0.9872, None, "Top Quark Tagging Reference Dataset", "Udvarra"),
            ("background rejection of 2,710", "background rejection", 2710, None,
             "Top Quark Tagging Reference Dataset", "Udvarra"),
            ("2,195", "background rejection", 2195, None, "Top Quark Tagging Reference Dataset", "LorentzNet"),
            ("2,289", "background rejection", 2289, None, "Top Quark Tagging Reference Dataset", "PELICAN"),
            ("1,615", "background rejection", 1615, None, "Top Quark Tagging Reference Dataset", "ParticleNet"),
            ("background rejection at 50% signal efficiency is 46.3", "background rejection", 46.3, None, None,
             None),
            ("retains 98.6% of the full model's background rejection", "relative background rejection", 98.6, "%",
             None, None),
            ("runs in 1.9 \u03bcs", "latency", 1.9, "\u03bcs", None, None),
        ],
    },
    {
        "field": "astro-physics",
        "title": "Ufmarrow: Selection-Aware Mixture Density Networks for Photometric Redshift Estimation under "
                 "Spectroscopic Incompleteness",
        "text": (
            "Photometric redshift estimation will underpin nearly every cosmological analysis of the Legacy Survey "
            "of Space and Time (LSST) at the Vera C. Rubin Observatory, yet machine-learned estimators trained on "
            "spectroscopic samples inherit the colour and magnitude incompleteness of those samples. We present "
            "Ufmarrow, which combines a mixture density network over broad-band photometry and image cutouts with "
            "importance weights from a classifier that separates the spectroscopic from the photometric sample, and "
            "recalibrates the predicted redshift distributions with conformal prediction. We evaluate on the "
            "simulated CosmoDC2 catalogue at LSST ten-year depth and on photometry from the third public data "
            "release of the Hyper Suprime-Cam Subaru Strategic Program (HSC-SSP PDR3) matched to public "
            "spectroscopic redshifts. On CosmoDC2, Ufmarrow reaches a normalized median absolute deviation "
            "\u03c3_NMAD of 0.0213 and an outlier fraction of 2.7%, against 0.0264 and 4.9% for FlexZBoost and "
            "0.0301 and 6.2% for the template-fitting code BPZ. The mean bias stays below 0.002 in every tomographic "
            "bin. On HSC-SSP PDR3, Ufmarrow lowers the outlier fraction by 31% relative to DNNz, the estimator "
            "distributed with the data release, while yielding well-calibrated probability integral transform (PIT) "
            "distributions. When trained on a spectroscopic sample biased towards bright galaxies, Ufmarrow's "
            "\u03c3_NMAD degrades by only 0.004, whereas that of an unweighted mixture density network degrades by "
            "0.017. Inference for one billion galaxies would take about 14 GPU-hours."
        ),
        "spans": [
            ("Ufmarrow", "M"), ("Mixture Density Networks", "M"), ("Photometric Redshift Estimation", "T"),
            ("Photometric redshift estimation", "T"), ("Legacy Survey of Space and Time", "D"), ("LSST", "D"),
            ("mixture density network", "M"), ("conformal prediction", "M"), ("CosmoDC2", "D"),
            ("Hyper Suprime-Cam Subaru Strategic Program", "D"), ("HSC-SSP PDR3", "D"),
            ("normalized median absolute deviation", "X"), ("\u03c3_NMAD", "X"), ("outlier fraction", "X"),
            ("FlexZBoost", "M"), ("BPZ", "M"), ("mean bias", "X"), ("DNNz", "M"),
            ("probability integral transform", "X"), ("PIT", "X"),
        ],
        "results": [
            ("\u03c3_NMAD of 0.0213", "\u03c3_NMAD", 0.0213, None, "CosmoDC2", "Ufmarrow"),
            ("outlier fraction of 2.7%", "outlier fraction", 2.7, "%", "CosmoDC2", "Ufmarrow"),
            ("0.0264", "\u03c3_NMAD", 0.0264, None, "CosmoDC2", "FlexZBoost"),
            ("4.9%", "outlier fraction", 4.9, "%", "CosmoDC2", "FlexZBoost"),
            ("0.0301", "\u03c3_NMAD", 0.0301, None, "CosmoDC2", "BPZ"),
            ("6.2%", "outlier fraction", 6.2, "%", "CosmoDC2", "BPZ"),
            ("mean bias stays below 0.002", "bias", 0.002, None, None, None),
            ("lowers the outlier fraction by 31%", "outlier fraction reduction", 31, "%", "HSC-SSP PDR3",
             "Ufmarrow"),
            ("\u03c3_NMAD degrades by only 0.004", "\u03c3_NMAD", 0.004, None, None, "Ufmarrow"),
            ("degrades by 0.017", "\u03c3_NMAD", 0.017, None, None, "mixture density network"),
            ("Inference for one billion galaxies would take about 14 GPU-hours", "inference time", 14, "GPU-hours",
             None, None),
        ],
    },
    {
        "field": "astro-physics",
        "title": "Ubsquell: Continuous-Time Transformers for Real-Time Transient Classification in Rubin Alert Streams",
        "text": (
            "Real-time transient classification is essential for the alert brokers of the Rubin Observatory, which "
            "must label millions of alerts each night, often after only a handful of detections. Recurrent "
            "classifiers such as RAPID and SuperNNova handle irregular sampling through interpolation, discarding "
            "when and in which passband each observation was taken. We introduce Ubsquell, a Transformer encoder "
            "that embeds every detection with a learned continuous-time and passband encoding, is pretrained by "
            "reconstructing masked fluxes of unlabeled light curves, and updates a calibrated class posterior after "
            "each new observation. On the ELAsTiCC challenge data with 32 classes, Ubsquell attains a macro-averaged "
            "F1 score of 0.71 on full light curves and 0.52 within the first 10 days after trigger, compared with "
            "0.63 and 0.41 for SuperNNova and 0.58 and 0.37 for RAPID. On PLAsTiCC, Ubsquell achieves a weighted "
            "log-loss of 0.468, below the 0.680 of Avocado, the winning entry of the original Kaggle competition. "
            "For type Ia supernovae, which drive cosmological analyses, purity at 90% completeness reaches 94.2% "
            "(SuperNNova: 89.5%). Pretraining contributes most of the early-time gain: without it, macro F1 at 10 "
            "days drops by 6.8 points. Ubsquell classifies a light curve in 0.9 ms on one CPU core, enough to keep "
            "pace with the expected rate of ten million alerts per night."
        ),
        "spans": [
            ("Ubsquell", "M"), ("Transformers", "M"), ("Transient Classification", "T"),
            ("transient classification", "T"), ("RAPID", "M"), ("SuperNNova", "M"), ("Transformer", "M"),
            ("ELAsTiCC", "D"), ("macro-averaged F1 score", "X"), ("PLAsTiCC", "D"), ("weighted log-loss", "X"),
            ("Avocado", "M"), ("purity", "X"), ("completeness", "X"), ("macro F1", "X"),
        ],
        "results": [
            ("macro-averaged F1 score of 0.71", "macro F1", 0.71, None, "ELAsTiCC", "Ubsquell"),
            ("0.52", "macro F1", 0.52, None, "ELAsTiCC", "Ubsquell"),
            ("0.63", "macro F1", 0.63, None, "ELAsTiCC", "SuperNNova"),
            ("0.41", "macro F1", 0.41, None, "ELAsTiCC", "SuperNNova"),
            ("0.58", "macro F1", 0.58, None, "ELAsTiCC", "RAPID"),
            ("0.37", "macro F1", 0.37, None, "ELAsTiCC", "RAPID"),
            ("weighted log-loss of 0.468", "weighted log-loss", 0.468, None, "PLAsTiCC", "Ubsquell"),
            ("0.680", "weighted log-loss", 0.68, None, "PLAsTiCC", "Avocado"),
            ("purity at 90% completeness reaches 94.2%", "purity", 94.2, "%", None, None),
            ("89.5%", "purity", 89.5, "%", None, "SuperNNova"),
            ("macro F1 at 10 days drops by 6.8 points", "macro F1", 6.8, "points", None, None),
            ("classifies a light curve in 0.9 ms", "latency", 0.9, "ms", None, "Ubsquell"),
        ],
    },
    {
        "field": "astro-physics",
        "title": "Udelmere: Label-Efficient Galaxy Morphology Classification with Redshift-Aware Masked Autoencoding "
                 "Across Surveys",
        "text": (
            "Citizen-science labels from Galaxy Zoo have made deep learning the standard tool for galaxy morphology "
            "classification, yet each new survey still requires tens of thousands of volunteer classifications "
            "before a reliable model can be trained. We present Udelmere, a vision transformer pretrained with "
            "masked autoencoding on 42 million unlabeled cutouts from the DESI Legacy Imaging Surveys, HSC-SSP and "
            "Euclid Q1, combined with a redshift-conditioned augmentation that simulates how each galaxy would appear "
            "at higher redshift. Udelmere is then fine-tuned on the Galaxy Zoo DECaLS (GZ DECaLS) decision tree with "
            "a Dirichlet-multinomial likelihood. On GZ DECaLS, Udelmere predicts volunteer vote fractions with a "
            "mean absolute error of 0.0741, compared with 0.0817 for Zoobot with an EfficientNet-B0 backbone and "
            "0.0862 for AstroCLIP embeddings with a linear head. Label efficiency is where pretraining pays off. On "
            "Galaxy10 DECaLS, Udelmere reaches 82.6% accuracy with only 100 labels per class, 9.4 points above "
            "Zoobot, and 91.3% with the full training set. For rare classes, Udelmere retrieves ring galaxies in the "
            "GZ Euclid sample with a completeness of 87% at a purity of 0.80. With a ViT-B/16 backbone, Udelmere "
            "processes 2,100 cutouts per second on one H100 GPU, so the first Euclid Wide Survey data release can be "
            "classified within a day."
        ),
        "spans": [
            ("Udelmere", "M"), ("Galaxy Morphology Classification", "T"), ("Masked Autoencoding", "M"),
            ("Galaxy Zoo", "D"), ("galaxy morphology classification", "T"), ("vision transformer", "M"),
            ("masked autoencoding", "M"), ("DESI Legacy Imaging Surveys", "D"), ("HSC-SSP", "D"),
            ("Euclid Q1", "D"), ("Galaxy Zoo DECaLS", "D"), ("GZ DECaLS", "D"), ("mean absolute error", "X"),
            ("Zoobot", "M"), ("EfficientNet-B0", "M"), ("AstroCLIP", "M"), ("Galaxy10 DECaLS", "D"),
            ("accuracy", "X"), ("GZ Euclid", "D"), ("completeness", "X"), ("purity", "X"), ("ViT-B/16", "M"),
            ("cutouts per second", "X"), ("Euclid Wide Survey", "D"),
        ],
        "results": [
            ("mean absolute error of 0.0741", "MAE", 0.0741, None, "GZ DECaLS", "Udelmere"),
            ("0.0817", "MAE", 0.0817, None, "GZ DECaLS", "Zoobot"),
            ("0.0862", "MAE", 0.0862, None, "GZ DECaLS", "AstroCLIP"),
            ("82.6% accuracy", "accuracy", 82.6, "%", "Galaxy10 DECaLS", "Udelmere"),
            ("9.4 points above", "accuracy", 9.4, "points", "Galaxy10 DECaLS", "Udelmere"),
            ("91.3%", "accuracy", 91.3, "%", "Galaxy10 DECaLS", "Udelmere"),
            ("completeness of 87%", "completeness", 87, "%", "GZ Euclid", "Udelmere"),
            ("purity of 0.80", "purity", 0.8, None, "GZ Euclid", "Udelmere"),
            ("2,100 cutouts per second", "throughput", 2100, None, None, "Udelmere"),
        ],
    },
    {
        "field": "astro-physics",
        "title": "Ufsonde: Consistency-Distilled Flow Matching for Fast Calorimeter Shower Simulation",
        "text": (
            "Detailed simulation of particle showers with Geant4 consumes a large share of the computing budget of "
            "LHC experiments, and generative surrogates for calorimeter shower simulation must be both accurate and "
            "fast to replace it. Normalizing flows such as CaloFlow are precise but scale poorly to high-granularity "
            "detectors, while diffusion models like CaloDiffusion need hundreds of network evaluations per shower. "
            "We propose Ufsonde, a conditional flow matching model with a geometry-aware transformer backbone for "
            "cylindrical calorimeters, which we distill into a two-step sampler with consistency distillation. We "
            "evaluate on Datasets 2 and 3 of the Fast Calorimeter Simulation Challenge 2022 (CaloChallenge), which "
            "have 6,480 and 40,500 voxels per shower. A classifier trained to separate generated from Geant4 showers "
            "reaches an AUC of 0.62 on Dataset 2 and 0.71 on Dataset 3 for Ufsonde, compared with 0.56 and 0.63 for "
            "the undistilled model and 0.80 and 0.91 for CaloDiffusion with 100 steps. Ufsonde has a generation "
            "time of 0.21 ms per shower on an A100 GPU at batch size 1,000, a 290\u00d7 speed-up over CaloDiffusion "
            "and roughly four orders of magnitude over Geant4. The Fr\u00e9chet Physics Distance (FPD) on "
            "high-level features stays within 8% of that of the undistilled model, and the energy resolution of "
            "generated showers matches Geant4 to within 1% between 1 GeV and 1 TeV."
        ),
        "spans": [
            ("Ufsonde", "M"), ("Flow Matching", "M"), ("Calorimeter Shower Simulation", "T"),
            ("calorimeter shower simulation", "T"), ("Normalizing flows", "M"), ("CaloFlow", "M"),
            ("diffusion models", "M"), ("CaloDiffusion", "M"), ("conditional flow matching", "M"),
            ("transformer", "M"), ("consistency distillation", "M"),
            ("Fast Calorimeter Simulation Challenge 2022", "D"), ("CaloChallenge", "D"), ("AUC", "X"),
            ("Dataset 2", "D"), ("Dataset 3", "D"), ("generation time", "X"), ("speed-up", "X"),
            ("Fr\u00e9chet Physics Distance", "X"), ("FPD", "X"), ("energy resolution", "X"),
        ],
        "results": [
            ("AUC of 0.62", "AUC", 0.62, None, "Dataset 2", "Ufsonde"),
            ("0.71", "AUC", 0.71, None, "Dataset 3", "Ufsonde"),
            ("0.56", "AUC", 0.56, None, "Dataset 2", None),
            ("0.63", "AUC", 0.63, None, "Dataset 3", None),
            ("0.80", "AUC", 0.8, None, "Dataset 2", "CaloDiffusion"),
            ("0.91", "AUC", 0.91, None, "Dataset 3", "CaloDiffusion"),
            ("generation time of 0.21 ms", "generation time", 0.21, "ms", None, "Ufsonde"),
            ("290\u00d7 speed-up", "speed-up", 290, "\u00d7", None, "Ufsonde"),
            ("Fr\u00e9chet Physics Distance (FPD) on high-level features stays within 8%", "FPD", 8, "%", None,
             None),
            ("energy resolution of generated showers matches Geant4 to within 1%", "energy resolution", 1, "%",
             None, None),
        ],
    },
    # ------------------------------------------------------------ education
    {
        "field": "education",
        "title": "Ubquorra: Forgetting-Aware Knowledge Tracing over Question\u2013Concept Hypergraphs",
        "text": (
            "Knowledge tracing (KT) models a student's evolving mastery from their interaction history in order to "
            "predict whether the next question will be answered correctly. Attention-based models such as AKT and "
            "simpleKT have become strong defaults, but they treat questions that share knowledge concepts as "
            "unrelated and model forgetting only through a monotonic decay of attention weights. We propose "
            "Ubquorra, which encodes questions and concepts in a hypergraph whose hyperedges link each question to "
            "all of its concepts, and couples a Transformer encoder with a learnable, concept-specific forgetting "
            "curve in the spirit of Ebbinghaus. We evaluate Ubquorra under a standardized protocol on five public "
            "datasets: ASSISTments2009, Algebra2005, Bridge2006, NIPS34 and EdNet. Ubquorra attains AUCs of 0.7893, "
            "0.8421, 0.8257, 0.8089 and 0.7762, respectively, ahead of AKT by 0.4 to 1.6 points on every dataset. "
            "On NIPS34, Ubquorra raises accuracy from 0.7323 for simpleKT to 0.7401. The gains are largest for "
            "questions tagged with three or more concepts (+2.3 AUC points on Algebra2005) and for students "
            "returning after breaks of more than a week. Training on EdNet takes 2.1 hours on one GPU. The learned "
            "forgetting rates correlate with expert-rated concept difficulty (Spearman correlation of 0.61), which "
            "suggests that they are pedagogically interpretable."
        ),
        "spans": [
            ("Ubquorra", "M"), ("Knowledge Tracing", "T"), ("Knowledge tracing", "T"), ("KT", "T"),
            ("AKT", "M"), ("simpleKT", "M"), ("Transformer", "M"), ("ASSISTments2009", "D"),
            ("Algebra2005", "D"), ("Bridge2006", "D"), ("NIPS34", "D"), ("EdNet", "D"), ("AUCs", "X"),
            ("accuracy", "X"), ("AUC", "X"), ("Spearman correlation", "X"),
        ],
        "results": [
            ("0.7893", "AUC", 0.7893, None, "ASSISTments2009", "Ubquorra"),
            ("0.8421", "AUC", 0.8421, None, "Algebra2005", "Ubquorra"),
            ("0.8257", "AUC", 0.8257, None, "Bridge2006", "Ubquorra"),
            ("0.8089", "AUC", 0.8089, None, "NIPS34", "Ubquorra"),
            ("0.7762", "AUC", 0.7762, None, "EdNet", "Ubquorra"),
            ("by 0.4 to 1.6 points", "AUC", 1.6, "points", None, "Ubquorra", {"low": 0.4}),
            ("0.7323", "accuracy", 0.7323, None, "NIPS34", "simpleKT"),
            ("0.7401", "accuracy", 0.7401, None, "NIPS34", "Ubquorra"),
            ("+2.3 AUC points", "AUC", 2.3, "points", "Algebra2005", None),
            ("Training on EdNet takes 2.1 hours", "training time", 2.1, "h", "EdNet", None),
            ("Spearman correlation of 0.61", "Spearman correlation", 0.61, None, None, None),
        ],
    },
    {
        "field": "education",
        "title": "Udfenrith: Rubric-Grounded Cross-Prompt Automated Essay Scoring with Trait-Aware Contrastive "
                 "Learning",
        "text": (
            "Cross-prompt automated essay scoring (AES) asks a model to score essays written for prompts it has "
            "never seen, both holistically and on individual traits such as content, organization and conventions. "
            "Current systems such as PAES and ProTACT rely on prompt-agnostic part-of-speech features and still lose "
            "much of their agreement with human raters on unseen prompts. We introduce Udfenrith, which encodes "
            "each essay together with the text of its scoring rubric using DeBERTa-v3-large and learns "
            "trait-specific representations with supervised contrastive learning, pulling together essays of the "
            "same score level across prompts. Under the leave-one-prompt-out protocol on ASAP and ASAP++, Udfenrith "
            "achieves an average quadratic weighted kappa (QWK) of 0.741 over all traits, compared with 0.694 for "
            "ProTACT, 0.671 for PAES and 0.682 for a zero-shot GPT-4o rater given the same rubric. The largest "
            "improvements are on the traits that depend most on the prompt: +7.9 QWK points for prompt adherence "
            "and +6.2 for narrativity. On the ELLIPSE corpus of English learner essays, held out entirely for "
            "transfer, Udfenrith reaches a QWK of 0.652 for holistic proficiency without any ELLIPSE training data. "
            "Inference costs 38 ms per essay on a single GPU, far below the cost of querying LLM raters. We release "
            "our code and the rubric encodings for all eight ASAP prompts."
        ),
        "spans": [
            ("Udfenrith", "M"), ("Cross-Prompt Automated Essay Scoring", "T"), ("Contrastive Learning", "M"),
            ("Cross-prompt automated essay scoring", "T"), ("AES", "T"), ("PAES", "M"), ("ProTACT", "M"),
            ("DeBERTa-v3-large", "M"), ("supervised contrastive learning", "M"), ("ASAP", "D"),
            ("ASAP++", "D", {"punct": True}), ("average quadratic weighted kappa", "X"), ("QWK", "X"),
            ("GPT-4o", "M"), ("ELLIPSE", "D"), ("LLM", "M"),
        ],
        "results": [
            ("average quadratic weighted kappa (QWK) of 0.741", "QWK", 0.741, None, None, "Udfenrith"),
            ("0.694 for ProTACT", "QWK", 0.694, None, None, "ProTACT"),
            ("0.671 for PAES", "QWK", 0.671, None, None, "PAES"),
            ("0.682 for a zero-shot GPT-4o", "QWK", 0.682, None, None, "GPT-4o"),
            ("+7.9 QWK points", "QWK", 7.9, "points", None, None),
            ("+6.2", "QWK", 6.2, "points", None, None),
            ("QWK of 0.652", "QWK", 0.652, None, "ELLIPSE", "Udfenrith"),
            ("Inference costs 38 ms", "inference time", 38, "ms", None, None),
        ],
    },
    {
        "field": "education",
        "title": "Ufrelling: Quote-Verified Chain-of-Thought Distillation for Short Answer Grading with Small "
                 "Language Models",
        "text": (
            "Automatic short answer grading (ASAG) could give students immediate feedback, but the large language "
            "models that grade best are costly and raise privacy concerns when student answers leave the school. We "
            "propose Ufrelling, which distills grading rationales from GPT-4o into Llama-3.1-8B and Qwen2.5-7B. Every "
            "rationale must quote the part of the reference answer that the student answer matches or contradicts, "
            "and rationales whose quotes cannot be found verbatim are discarded before fine-tuning with LoRA. On the "
            "SciEntsBank and Beetle subsets of SemEval-2013 Task 7, we report macro-averaged F1 for the 5-way task "
            "on unseen answers (UA), unseen questions (UQ) and unseen domains (UD). Ufrelling-8B reaches a macro-F1 "
            "of 0.742, 0.651 and 0.628 on SciEntsBank UA, UQ and UD, exceeding both its GPT-4o teacher (0.633) and a "
            "fine-tuned BERT-base (0.591) on UQ. On Beetle, Ufrelling-8B attains a weighted F1 of 0.801 on unseen "
            "answers. On the Mohler dataset, Ufrelling-8B attains a Pearson correlation of 0.738 and an RMSE of "
            "0.79, compared with 0.702 and 0.86 for few-shot prompting of GPT-4o. Removing the quote filter lowers "
            "macro-F1 by 3.4 points on average. In a study with 12 instructors, Ufrelling's rationales received a "
            "mean helpfulness rating of 4.1 on a five-point scale. The 8B student grades about 45 answers per second "
            "on a single consumer GPU."
        ),
        "spans": [
            ("Ufrelling", "M"), ("Ufrelling-8B", "M"), ("Chain-of-Thought Distillation", "M"),
            ("Short Answer Grading", "T"), ("Small Language Models", "M"), ("Automatic short answer grading", "T"),
            ("ASAG", "T"), ("large language models", "M"), ("GPT-4o", "M"), ("Llama-3.1-8B", "M"),
            ("Qwen2.5-7B", "M"), ("LoRA", "M"), ("SciEntsBank", "D"), ("Beetle", "D"),
            ("SemEval-2013 Task 7", "D"), ("macro-averaged F1", "X"), ("macro-F1", "X"), ("BERT-base", "M"),
            ("weighted F1", "X"), ("Mohler", "D"), ("Pearson correlation", "X"), ("RMSE", "X"),
            ("few-shot prompting", "M"), ("mean helpfulness rating", "X"), ("answers per second", "X"),
        ],
        "results": [
            ("macro-F1 of 0.742", "macro-F1", 0.742, None, "SciEntsBank", "Ufrelling-8B"),
            ("0.651", "macro-F1", 0.651, None, "SciEntsBank", "Ufrelling-8B"),
            ("0.628", "macro-F1", 0.628, None, "SciEntsBank", "Ufrelling-8B"),
            ("0.633", "macro-F1", 0.633, None, "SciEntsBank", "GPT-4o"),
            ("0.591", "macro-F1", 0.591, None, "SciEntsBank", "BERT-base"),
            ("weighted F1 of 0.801", "weighted F1", 0.801, None, "Beetle", "Ufrelling-8B"),
            ("Pearson correlation of 0.738", "Pearson correlation", 0.738, None, "Mohler", "Ufrelling-8B"),
            ("RMSE of 0.79", "RMSE", 0.79, None, "Mohler", "Ufrelling-8B"),
            ("0.702", "Pearson correlation", 0.702, None, "Mohler", "GPT-4o"),
            ("0.86", "RMSE", 0.86, None, "Mohler", "GPT-4o"),
            ("lowers macro-F1 by 3.4 points", "macro-F1", 3.4, "points", None, None),
            ("mean helpfulness rating of 4.1", "helpfulness rating", 4.1, None, None, "Ufrelling"),
            ("45 answers per second", "throughput", 45, None, None, None),
        ],
    },
    {
        "field": "education",
        "title": "Ubtallow: Teaching Language Models to Tutor Without Telling through Simulated-Student Preference "
                 "Optimization",
        "text": (
            "Large language models used as mathematics tutors tend to reveal solutions instead of guiding students "
            "toward them, which undermines learning. We present Ubtallow, a training recipe for dialogue tutoring "
            "that rolls out multi-turn conversations with a simulated student whose misconceptions are drawn from "
            "MathDial, scores each tutor turn by whether the simulated student later solves the problem unaided, and "
            "optimizes the tutor with Direct Preference Optimization (DPO) on pairs of turns that differ in this "
            "outcome. Applied to Llama-3.1-8B-Instruct, Ubtallow raises the student success rate on held-out "
            "MathDial problems from 41.2% to 58.7% while lowering the telling rate, the share of turns that reveal "
            "the answer, from 36.5% to 9.8%. GPT-4o prompted with a Socratic tutoring instruction reaches a success "
            "rate of 55.1% but tells in 21.4% of turns. On the Bridge remediation benchmark, expert teachers "
            "preferred Ubtallow's responses over those of the base model in 71% of pairwise comparisons and over "
            "GPT-4o in 54%. On MRBench, Ubtallow scores highest on 6 of the 8 pedagogical dimensions, including "
            "mistake identification and providing guidance. Training requires 1,200 simulated dialogues and about 9 "
            "GPU-hours. A classroom pilot with 64 secondary-school students suggests learning gains comparable to "
            "those from human tutors, although the sample is too small for firm conclusions."
        ),
        "spans": [
            ("Ubtallow", "M"), ("Language Models", "M"), ("Preference Optimization", "M"),
            ("Large language models", "M"), ("dialogue tutoring", "T"), ("MathDial", "D"),
            ("Direct Preference Optimization", "M"), ("DPO", "M"), ("Llama-3.1-8B-Instruct", "M"),
            ("student success rate", "X"), ("success rate", "X"), ("telling rate", "X"), ("GPT-4o", "M"),
            ("Bridge", "D"), ("remediation", "T"), ("MRBench", "D"), ("mistake identification", "X"),
            ("providing guidance", "X"), ("learning gains", "X"),
        ],
        "results": [
            ("student success rate on held-out MathDial problems from 41.2% to 58.7%", "success rate", 58.7, "%",
             "MathDial", "Ubtallow"),
            ("telling rate, the share of turns that reveal the answer, from 36.5% to 9.8%", "telling rate", 9.8,
             "%", "MathDial", "Ubtallow"),
            ("success rate of 55.1%", "success rate", 55.1, "%", None, "GPT-4o"),
            ("tells in 21.4% of turns", "telling rate", 21.4, "%", None, "GPT-4o"),
            ("71% of pairwise comparisons", "win rate", 71, "%", "Bridge", "Ubtallow"),
            ("54%", "win rate", 54, "%", "Bridge", "Ubtallow"),
            ("scores highest on 6 of the 8 pedagogical dimensions", "dimensions ranked first", 6, None, "MRBench",
             "Ubtallow"),
            ("about 9 GPU-hours", "training time", 9, "GPU-hours", None, None),
        ],
    },
    {
        "field": "education",
        "title": "Udranik: Cognitive Diagnosis of Unseen Students via Interaction-Graph Meta-Learning",
        "text": (
            "Cognitive diagnosis models (CDMs) estimate a student's proficiency on each knowledge concept from their "
            "responses and underpin adaptive testing and personalized learning. Neural CDMs such as NCDM, KaNCD and "
            "RCD learn an embedding per student and must therefore be retrained whenever new students arrive, which "
            "is impractical on online learning platforms. We propose Udranik, an inductive CDM that infers a "
            "student's proficiency vector from their response subgraph with a graph attention network and is "
            "meta-trained so that a few responses suffice to place a new student. As in NCDM, monotonicity between "
            "proficiency and correctness is enforced through non-negative weights in the interaction function. We "
            "evaluate on ASSIST09, Junyi and MOOC-Radar in a setting where 20% of the students are unseen during "
            "training. For unseen students, Udranik achieves AUCs of 0.772, 0.801 and 0.846 and accuracies of 72.3%, "
            "75.8% and 80.1% on the three datasets, respectively, whereas a retraining-free variant of RCD stays "
            "below 0.70 AUC on all of them. Udranik's degree of agreement (DOA), which measures whether diagnosed "
            "proficiencies are consistent with observed responses, is 0.693 on Junyi against 0.641 for KaNCD. On "
            "students seen during training, Udranik matches transductive RCD (AUC 0.805 vs. 0.807 on Junyi). "
            "Diagnosing a new student takes 4.3 ms, compared with 11 minutes of retraining for RCD."
        ),
        "spans": [
            ("Udranik", "M"), ("Cognitive Diagnosis", "T"), ("Meta-Learning", "M"),
            ("Cognitive diagnosis models", "M"), ("CDMs", "M"), ("CDM", "M"), ("adaptive testing", "T"),
            ("NCDM", "M"), ("KaNCD", "M"), ("RCD", "M"), ("graph attention network", "M"), ("ASSIST09", "D"),
            ("Junyi", "D"), ("MOOC-Radar", "D"), ("AUCs", "X"), ("accuracies", "X"), ("AUC", "X"),
            ("degree of agreement", "X"), ("DOA", "X"),
        ],
        "results": [
            ("AUCs of 0.772", "AUC", 0.772, None, "ASSIST09", "Udranik"),
            ("0.801", "AUC", 0.801, None, "Junyi", "Udranik"),
            ("0.846", "AUC", 0.846, None, "MOOC-Radar", "Udranik"),
            ("accuracies of 72.3%", "accuracy", 72.3, "%", "ASSIST09", "Udranik"),
            ("75.8%", "accuracy", 75.8, "%", "Junyi", "Udranik"),
            ("80.1%", "accuracy", 80.1, "%", "MOOC-Radar", "Udranik"),
            ("below 0.70 AUC", "AUC", 0.7, None, None, "RCD"),
            ("is 0.693", "DOA", 0.693, None, "Junyi", "Udranik"),
            ("0.641 for KaNCD", "DOA", 0.641, None, "Junyi", "KaNCD"),
            ("AUC 0.805", "AUC", 0.805, None, "Junyi", "Udranik"),
            ("0.807", "AUC", 0.807, None, "Junyi", "RCD"),
            ("Diagnosing a new student takes 4.3 ms", "diagnosis time", 4.3, "ms", None, None),
            ("11 minutes of retraining", "retraining time", 11, "min", None, "RCD"),
        ],
    },
    {
        "field": "education",
        "title": "Ufquillet: A Benchmark of Handwritten Mathematics Solutions for Multimodal Automated Grading",
        "text": (
            "Research on automated grading has focused on typed responses, yet most mathematics work in schools is "
            "still done by hand. We introduce Ufquillet, a benchmark of 6,842 scanned handwritten solutions to 212 "
            "secondary-school algebra and geometry problems, each graded by two experienced teachers against a "
            "point-based rubric and annotated with the location of the first erroneous step. Ufquillet supports "
            "three tasks: rubric-based score prediction, error localization and feedback generation. We evaluate "
            "eleven multimodal large language models, including GPT-4o, Gemini 2.5 Pro, Claude 3.5 Sonnet, "
            "Qwen2.5-VL-72B and InternVL3-78B, as well as pipelines that first transcribe each solution with an OCR "
            "model and then grade the transcript with a text-only model. The strongest system, Gemini 2.5 Pro, "
            "agrees with the teachers at a quadratic weighted kappa (QWK) of 0.71, well below their inter-rater "
            "agreement of 0.88, and the best open model, Qwen2.5-VL-72B, reaches 0.58. Error localization is much "
            "harder: no model exceeds 43% exact-step accuracy. OCR pipelines trail end-to-end grading by 0.09 QWK on "
            "average, mainly because transcription errors in fractions and exponents change the meaning of a step. "
            "Models also award partial credit too generously, most often for steps that merely restate the problem. "
            "We release the scans, rubrics and evaluation code under a research license to support work on fair and "
            "transparent grading of handwritten mathematics."
        ),
        "spans": [
            ("Ufquillet", "D"), ("Automated Grading", "T"), ("automated grading", "T"), ("score prediction", "T"),
            ("error localization", "T"), ("Error localization", "T"), ("feedback generation", "T"),
            ("multimodal large language models", "M"), ("GPT-4o", "M"), ("Gemini 2.5 Pro", "M"),
            ("Claude 3.5 Sonnet", "M"), ("Qwen2.5-VL-72B", "M"), ("InternVL3-78B", "M"), ("OCR", "T"),
            ("quadratic weighted kappa", "X"), ("QWK", "X"), ("inter-rater agreement", "X"),
            ("exact-step accuracy", "X"),
        ],
        "results": [
            ("quadratic weighted kappa (QWK) of 0.71", "QWK", 0.71, None, None, "Gemini 2.5 Pro"),
            ("inter-rater agreement of 0.88", "inter-rater agreement", 0.88, None, None, None),
            ("reaches 0.58", "QWK", 0.58, None, None, "Qwen2.5-VL-72B"),
            ("43% exact-step accuracy", "exact-step accuracy", 43, "%", None, None),
            ("0.09 QWK", "QWK", 0.09, None, None, None),
        ],
    },
]
