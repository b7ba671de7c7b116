"""dev27 records: symbolic-regression (6) and music-transcription (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Jmolvar", "Jmarith", "Jmoskel", "Jmendrap", "Jmurvex", "Jmindle",
          "Jmorquet", "Jmastrel", "Jmeliphon", "Jmundra", "Jmopex", "Jmaltrix"]

RECS = [
    # ------------------------------------------------------------ symbolic-regression
    {
        "field": "symbolic-regression",
        "title": "Jmolvar: Critic-Guided Evolution of Equation Skeletons with Large Language Models",
        "text": (
            "Large language models (LLMs) are increasingly used as variation operators in equation discovery, where "
            "they propose candidate expression skeletons informed by scientific knowledge and a numerical optimizer "
            "fits the constants. Methods such as LLM-SR and LaSR, however, score every proposal only after costly "
            "constant fitting and often rediscover memorized textbook formulas instead of reasoning about the data. "
            "We introduce Jmolvar, an evolutionary search in which an LLM proposes program skeletons under "
            "dimensional-analysis constraints and a lightweight critic, trained online on the search's own history, "
            "ranks the proposals before their constants are fitted with BFGS. Jmolvar maintains an island-based "
            "population and feeds short natural-language summaries of the best islands back into the prompt. On "
            "LLM-SRBench, with Llama-3.1-8B-Instruct as the backbone and a budget of 1,000 LLM calls per problem, "
            "Jmolvar reaches a symbolic accuracy of 31.5% on LSR-Transform and 42.8% on LSR-Synth, compared with "
            "24.3% and 33.7% for LLM-SR under the same budget. Out-of-domain Acc0.1 improves from 38.2% to 51.6%, "
            "and in-domain NMSE falls by roughly an order of magnitude on the chemistry and biology problems. With "
            "GPT-4o-mini as the backbone, Jmolvar solves 58 of the 111 LSR-Transform problems, against 41 for LaSR. "
            "Because the critic discards most proposals before fitting, the wall-clock time per problem drops by "
            "2.4\u00d7. Our results suggest that learned proposal ranking, rather than larger backbones, is the "
            "cheapest route to better LLM-guided equation discovery."
        ),
        "spans": [
            ("Jmolvar", "M"), ("Large Language Models", "M"), ("Large language models", "M"), ("LLMs", "M"),
            ("LLM", "M"), ("equation discovery", "T"), ("LLM-SR", "M"), ("LaSR", "M"), ("BFGS", "M"),
            ("LLM-SRBench", "D"), ("Llama-3.1-8B-Instruct", "M"), ("symbolic accuracy", "X"),
            ("LSR-Transform", "D"), ("LSR-Synth", "D"), ("Acc0.1", "X"), ("NMSE", "X"), ("GPT-4o-mini", "M"),
            ("wall-clock time", "X"),
        ],
        "results": [
            ("symbolic accuracy of 31.5%", "symbolic accuracy", 31.5, "%", "LSR-Transform", "Jmolvar"),
            ("42.8%", "symbolic accuracy", 42.8, "%", "LSR-Synth", "Jmolvar"),
            ("24.3%", "symbolic accuracy", 24.3, "%", "LSR-Transform", "LLM-SR"),
            ("33.7%", "symbolic accuracy", 33.7, "%", "LSR-Synth", "LLM-SR"),
            ("Acc0.1 improves from 38.2% to 51.6%", "Acc0.1", 51.6, "%", None, None),
            ("solves 58 of the 111 LSR-Transform problems", "problems solved", 58, None, "LSR-Transform",
             "Jmolvar"),
            ("41 for LaSR", "problems solved", 41, None, "LSR-Transform", "LaSR"),
            ("wall-clock time per problem drops by 2.4\u00d7", "wall-clock time reduction", 2.4, "\u00d7", None,
             None),
        ],
    },
    {
        "field": "symbolic-regression",
        "title": "Jmarith: Amortized Symbolic Regression with Grammar-Constrained Decoding and In-Beam Constant "
                 "Refinement",
        "text": (
            "Pretrained transformers for symbolic regression, such as NeSymReS and the end-to-end model of Kamienny "
            "et al. (E2E), amortize the search over expressions into a single forward pass, but their accuracy "
            "degrades when the number of input variables exceeds what was seen in pretraining and when constants are "
            "fitted only after decoding. We present Jmarith, a 74M-parameter transformer that emits expression trees "
            "in prefix notation through a grammar-constrained decoder and refines numeric constants inside the beam "
            "with a few Levenberg-Marquardt steps, so that beams are ranked by their fitted rather than predicted "
            "error. Jmarith is pretrained on 120 million synthetic expressions with up to ten variables. On the 119 "
            "Feynman problems of SRBench, Jmarith achieves an accuracy (R\u00b2 > 0.99) of 87.4% and a symbolic "
            "solution rate of 46.2%, against 72.1% and 28.6% for E2E and 81.3% and 34.5% for TPSR. On the 14 "
            "Strogatz problems, its accuracy reaches 78.6%. On the 122 black-box problems from PMLB, Jmarith attains "
            "a median test R\u00b2 of 0.872, behind only Operon (0.905) and SBP-GP (0.893), while returning "
            "expressions with a median model size of 21. Inference takes 3.8 s per problem on a single A100 GPU, "
            "26\u00d7 faster than Operon and over 300\u00d7 faster than AI Feynman. Removing in-beam constant "
            "refinement lowers the Feynman accuracy by 9.1 points, the largest drop among all ablations."
        ),
        "spans": [
            ("Jmarith", "M"), ("Symbolic Regression", "T"), ("transformers", "M"), ("symbolic regression", "T"),
            ("NeSymReS", "M"), ("E2E", "M"), ("accuracy", "X"), ("transformer", "M"),
            ("Levenberg-Marquardt", "M"), ("Feynman", "D"), ("SRBench", "D"), ("R\u00b2", "X"),
            ("symbolic solution rate", "X"), ("TPSR", "M"), ("Strogatz", "D"), ("PMLB", "D"),
            ("median test R\u00b2", "X"), ("Operon", "M"), ("SBP-GP", "M"), ("median model size", "X"),
            ("AI Feynman", "M"),
        ],
        "results": [
            ("accuracy (R\u00b2 > 0.99) of 87.4%", "accuracy", 87.4, "%", "Feynman", "Jmarith"),
            ("symbolic solution rate of 46.2%", "symbolic solution rate", 46.2, "%", "Feynman", "Jmarith"),
            ("72.1%", "accuracy", 72.1, "%", "Feynman", "E2E"),
            ("28.6%", "symbolic solution rate", 28.6, "%", "Feynman", "E2E"),
            ("81.3%", "accuracy", 81.3, "%", "Feynman", "TPSR"),
            ("34.5%", "symbolic solution rate", 34.5, "%", "Feynman", "TPSR"),
            ("accuracy reaches 78.6%", "accuracy", 78.6, "%", "Strogatz", None),
            ("median test R\u00b2 of 0.872", "R\u00b2", 0.872, None, "PMLB", "Jmarith"),
            ("0.905", "R\u00b2", 0.905, None, "PMLB", "Operon"),
            ("0.893", "R\u00b2", 0.893, None, "PMLB", "SBP-GP"),
            ("median model size of 21", "model size", 21, None, "PMLB", "Jmarith"),
            ("Inference takes 3.8 s", "inference time", 3.8, "s", None, None),
            ("26\u00d7 faster", "speed-up", 26, "\u00d7", None, None),
            ("300\u00d7 faster", "speed-up", 300, "\u00d7", None, None),
            ("lowers the Feynman accuracy by 9.1 points", "accuracy", 9.1, "points", "Feynman", None),
        ],
    },
    {
        "field": "symbolic-regression",
        "title": "Jmoskel: Semantic Backpropagation and Linear Scaling for Fast GPU Genetic Programming in Symbolic "
                 "Regression",
        "text": (
            "Genetic programming (GP) remains the most competitive family of methods on the SRBench symbolic "
            "regression benchmark, yet its variation operators are blind: random subtree replacements rarely move "
            "the output of an offspring toward the target. We propose Jmoskel, a GP system that combines semantic "
            "backpropagation, which inverts the expression tree to compute the desired output of a chosen subtree and "
            "retrieves a matching subtree from a precomputed library, with linear scaling of every candidate and "
            "NSGA-II selection over error and expression size. Population evaluation is vectorized on the GPU and "
            "reaches 4.7 billion node evaluations per second, 8\u201335\u00d7 faster than a multi-threaded CPU "
            "implementation depending on dataset size. On the ground-truth problems of SRBench, Jmoskel attains "
            "symbolic solution rates of 61.3%, 58.0%, 49.5% and 22.7% at target noise levels of 0, 0.001, 0.01 and "
            "0.1, respectively. At zero noise, Jmoskel's solution rate is 7.9 points above PySR and 12.4 points "
            "above GP-GOMEA. On the black-box problems from PMLB, Jmoskel's median test R\u00b2 (0.891) is on par "
            "with Operon (0.897), while its median expression size is 38% smaller. With a budget of one million "
            "evaluations, Jmoskel completes a run in 41 s on a consumer GPU, whereas PySR needs 6.2 min on 16 CPU "
            "cores. Ablations show that semantic backpropagation matters most on problems with nested divisions and "
            "that linear scaling contributes little once the library is in use."
        ),
        "spans": [
            ("Jmoskel", "M"), ("Semantic Backpropagation", "M"), ("semantic backpropagation", "M"),
            ("Linear Scaling", "M"), ("linear scaling", "M"), ("Genetic Programming", "M"),
            ("Genetic programming", "M"), ("GP", "M"), ("Symbolic Regression", "T"), ("symbolic regression", "T"),
            ("SRBench", "D"), ("NSGA-II", "M"), ("node evaluations per second", "X"),
            ("symbolic solution rates", "X"), ("solution rate", "X"), ("PySR", "M"), ("GP-GOMEA", "M"),
            ("PMLB", "D"), ("median test R\u00b2", "X"), ("Operon", "M"), ("median expression size", "X"),
        ],
        "results": [
            ("4.7 billion node evaluations per second", "throughput", 4.7, "B", None, None),
            ("8\u201335\u00d7 faster", "speed-up", 35, "\u00d7", None, None, {"low": 8}),
            ("symbolic solution rates of 61.3%", "symbolic solution rate", 61.3, "%", "SRBench", "Jmoskel"),
            ("58.0%", "symbolic solution rate", 58.0, "%", "SRBench", "Jmoskel"),
            ("49.5%", "symbolic solution rate", 49.5, "%", "SRBench", "Jmoskel"),
            ("22.7%", "symbolic solution rate", 22.7, "%", "SRBench", "Jmoskel"),
            ("7.9 points above PySR", "symbolic solution rate", 7.9, "points", None, "Jmoskel"),
            ("12.4 points above GP-GOMEA", "symbolic solution rate", 12.4, "points", None, "Jmoskel"),
            ("median test R\u00b2 (0.891)", "R\u00b2", 0.891, None, "PMLB", "Jmoskel"),
            ("0.897", "R\u00b2", 0.897, None, "PMLB", "Operon"),
            ("median expression size is 38% smaller", "expression size reduction", 38, "%", "PMLB", "Jmoskel"),
            ("completes a run in 41 s", "runtime", 41, "s", None, "Jmoskel"),
            ("6.2 min", "runtime", 6.2, "min", None, "PySR"),
        ],
    },
    {
        "field": "symbolic-regression",
        "title": "Jmendrap: Weak-Form Symbolic Transformers for Equation Discovery from Sparse and Noisy Trajectories",
        "text": (
            "Recovering the differential equations that govern a dynamical system from a handful of noisy "
            "observations is a central problem in data-driven science. Sparse regression methods such as SINDy and "
            "its weak formulation, WSINDy, require a hand-chosen library of candidate terms, while pretrained "
            "symbolic transformers such as ODEFormer avoid the library but estimate derivatives with finite "
            "differences and therefore break down under noise and irregular sampling. We introduce Jmendrap, a "
            "transformer pretrained on 50 million simulated trajectories to predict the symbolic vector field "
            "directly. Its training loss is the weak-form residual of the predicted system integrated against "
            "compactly supported test functions, so no derivative of the data is ever taken. At test time, Jmendrap "
            "proposes candidate systems by beam search and refits their constants under the same weak-form loss. On "
            "ODEBench, a collection of 63 one- to four-dimensional systems, Jmendrap reaches a reconstruction success "
            "rate (R\u00b2 > 0.9) of 78% on clean trajectories, compared with 70% for ODEFormer and 52% for SINDy. "
            "With 5% multiplicative noise and half of the samples dropped at random, the success rate stays at 64% "
            "for Jmendrap vs. 41% for ODEFormer. Jmendrap also generalizes better to unseen initial conditions than "
            "SINDy, PySR and ODEFormer, and the equations it recovers are shorter than those of PySR. We release the "
            "pretrained model and a weak-form evaluation toolkit."
        ),
        "spans": [
            ("Jmendrap", "M"), ("Transformers", "M"), ("Equation Discovery", "T"), ("Sparse regression", "M"),
            ("SINDy", "M"), ("WSINDy", "M"), ("transformers", "M"), ("ODEFormer", "M"),
            ("finite differences", "M"), ("transformer", "M"), ("beam search", "M"), ("ODEBench", "D"),
            ("reconstruction success rate", "X"), ("R\u00b2", "X"), ("success rate", "X"), ("PySR", "M"),
        ],
        "results": [
            ("reconstruction success rate (R\u00b2 > 0.9) of 78%", "reconstruction success rate", 78, "%",
             "ODEBench", "Jmendrap"),
            ("70% for ODEFormer", "reconstruction success rate", 70, "%", "ODEBench", "ODEFormer"),
            ("52% for SINDy", "reconstruction success rate", 52, "%", "ODEBench", "SINDy"),
            ("success rate stays at 64%", "reconstruction success rate", 64, "%", None, "Jmendrap"),
            ("41% for ODEFormer", "reconstruction success rate", 41, "%", None, "ODEFormer"),
        ],
    },
    {
        "field": "symbolic-regression",
        "title": "Jmurvex: Entropy-Regularized Kolmogorov-Arnold Networks as Seeds for Evolutionary Symbolic "
                 "Regression",
        "text": (
            "Kolmogorov-Arnold Networks (KANs) place learnable univariate functions on their edges and can, in "
            "principle, be read off as closed-form expressions by snapping each edge to a symbolic primitive. In "
            "practice this snapping is brittle: small fitting errors compound through layers, and the resulting "
            "formulas are long and rarely exact. We propose Jmurvex, which trains a KAN with an entropy penalty that "
            "drives each edge toward a single primitive from a small library, removes edges and nodes progressively "
            "during training, and passes the snapped formula as a seed population to a short run of PySR that "
            "repairs the remaining errors. On the Nguyen benchmark, Jmurvex achieves an average recovery rate of "
            "98.3% [uDSR: 91.7%; DSR: 83.6%] and fully recovers 11 of the 12 expressions. On SRSD-Feynman, which "
            "resamples the Feynman equations over physically meaningful ranges, Jmurvex obtains solution rates of "
            "38.0%, 27.5% and 14.7% on the easy, medium and hard subsets, with a mean normalized edit distance of "
            "0.41 (KAN with standard snapping: 0.63). Seeding cuts the search time of the PySR stage by 71%, and "
            "the final formulas have a 2.8\u00d7 smaller expression size than those read off unpruned KANs. These "
            "results indicate that KANs are most useful for symbolic regression not as end-to-end models but as a "
            "strong initialization for evolutionary search."
        ),
        "spans": [
            ("Jmurvex", "M"), ("Kolmogorov-Arnold Networks", "M"), ("Symbolic Regression", "T"), ("KANs", "M"),
            ("KAN", "M"), ("PySR", "M"), ("Nguyen", "D"), ("average recovery rate", "X"), ("uDSR", "M"),
            ("DSR", "M"), ("SRSD-Feynman", "D"), ("Feynman", "D"), ("solution rates", "X"),
            ("mean normalized edit distance", "X"), ("search time", "X"), ("expression size", "X"),
            ("symbolic regression", "T"),
        ],
        "results": [
            ("average recovery rate of 98.3%", "recovery rate", 98.3, "%", "Nguyen", "Jmurvex"),
            ("91.7%", "recovery rate", 91.7, "%", "Nguyen", "uDSR"),
            ("83.6%", "recovery rate", 83.6, "%", "Nguyen", "DSR"),
            ("fully recovers 11 of the 12 expressions", "expressions recovered", 11, None, "Nguyen", "Jmurvex"),
            ("solution rates of 38.0%", "solution rate", 38.0, "%", "SRSD-Feynman", "Jmurvex"),
            ("27.5%", "solution rate", 27.5, "%", "SRSD-Feynman", "Jmurvex"),
            ("14.7%", "solution rate", 14.7, "%", "SRSD-Feynman", "Jmurvex"),
            ("mean normalized edit distance of 0.41", "normalized edit distance", 0.41, None, "SRSD-Feynman",
             "Jmurvex"),
            ("0.63", "normalized edit distance", 0.63, None, "SRSD-Feynman", "KAN"),
            ("search time of the PySR stage by 71%", "search time reduction", 71, "%", None, None),
            ("2.8\u00d7 smaller expression size", "expression size reduction", 2.8, "\u00d7", None, None),
        ],
    },
    {
        "field": "symbolic-regression",
        "title": "Jmindle: Distilling Planning-Guided Symbolic Regression Transformers into Compact Students",
        "text": (
            "Combining pretrained transformers with Monte Carlo tree search (MCTS), as in TPSR, yields accurate and "
            "compact expressions for symbolic regression but multiplies inference cost, because every rollout "
            "requires a full decoding pass followed by constant fitting. We present Jmindle, which transfers the "
            "search behaviour of TPSR into a small student model through sequence-level knowledge distillation on "
            "expressions selected by MCTS, and adds a value head that lets the student prune its own beam without "
            "any rollouts. The student has 11M parameters, against 86M for the E2E backbone that TPSR plans with, "
            "and decodes with a beam width of 16. On the Feynman subset of SRBench, Jmindle attains an accuracy of "
            "83.9% with a median expression size of 19.0, close to TPSR (85.7%, 18.2) and well above E2E without "
            "search (72.1%, 37.4), while requiring 0.31 TFLOPs per problem instead of 14.6 TFLOPs for TPSR. "
            "End-to-end latency drops from 137 s to 2.9 s per problem (a 47\u00d7 speed-up), and peak GPU memory "
            "from 21.4 GB to 1.8 GB. On the Strogatz problems, the gap to TPSR is larger, at 6.4 points of "
            "accuracy, which we attribute to the scarcity of dynamical-system expressions in the student's training "
            "data. Jmindle also runs on a laptop CPU at 11 s per problem, which makes planning-quality symbolic "
            "regression practical inside interactive data-analysis tools."
        ),
        "spans": [
            ("Jmindle", "M"), ("Symbolic Regression", "T"), ("Transformers", "M"), ("transformers", "M"),
            ("Monte Carlo tree search", "M"), ("MCTS", "M"), ("TPSR", "M"), ("symbolic regression", "T"),
            ("sequence-level knowledge distillation", "M"), ("E2E", "M"), ("Feynman", "D"), ("SRBench", "D"),
            ("accuracy", "X"), ("median expression size", "X"), ("TFLOPs", "X"), ("End-to-end latency", "X"),
            ("speed-up", "X"), ("peak GPU memory", "X"), ("Strogatz", "D"),
        ],
        "results": [
            ("accuracy of 83.9%", "accuracy", 83.9, "%", "Feynman", "Jmindle"),
            ("median expression size of 19.0", "expression size", 19.0, None, "Feynman", "Jmindle"),
            ("85.7%", "accuracy", 85.7, "%", "Feynman", "TPSR"),
            ("18.2", "expression size", 18.2, None, "Feynman", "TPSR"),
            ("72.1%", "accuracy", 72.1, "%", "Feynman", "E2E"),
            ("37.4", "expression size", 37.4, None, "Feynman", "E2E"),
            ("0.31 TFLOPs", "FLOPs", 0.31, "T", "Feynman", "Jmindle"),
            ("14.6 TFLOPs for TPSR", "FLOPs", 14.6, "T", "Feynman", "TPSR"),
            ("End-to-end latency drops from 137 s to 2.9 s", "end-to-end latency", 2.9, "s", None, None),
            ("47\u00d7 speed-up", "speed-up", 47, "\u00d7", None, None),
            ("peak GPU memory from 21.4 GB to 1.8 GB", "peak GPU memory", 1.8, "GB", None, None),
            ("6.4 points of accuracy", "accuracy gap", 6.4, "points", "Strogatz", None),
            ("runs on a laptop CPU at 11 s", "latency", 11, "s", None, "Jmindle"),
        ],
    },
    # ------------------------------------------------------------ music-transcription
    {
        "field": "music-transcription",
        "title": "Jmorquet: Harmonically Sampled Attention and Semi-CRF Decoding for High-Resolution Piano "
                 "Transcription",
        "text": (
            "Piano transcription models now detect note onsets almost perfectly on the MAESTRO dataset, yet note "
            "offsets and pedal-extended durations remain the main source of error, and the strongest systems rely on "
            "large two-level Transformers that are slow to train. We propose Jmorquet, which replaces full "
            "self-attention along the frequency axis with attention whose keys are sampled at integer multiples of "
            "each query's fundamental frequency, and which decodes note intervals jointly with a semi-Markov "
            "conditional random field (semi-CRF) at 8 ms resolution. On the MAESTRO v3.0.0 test set, Jmorquet obtains "
            "a note F1 of 97.52%, a note-with-offset F1 of 89.41% and a note-with-offset-and-velocity F1 of 88.07%, "
            "improving on hFT-Transformer by 0.47, 1.33 and 1.12 points, respectively. Jmorquet's frame F1 of 93.6% "
            "is on par with hFT-Transformer (93.2%) and clearly above Onsets and Frames (90.2%). Without retraining, "
            "Jmorquet achieves a note F1 of 86.3% on MAPS, 3.9 points above HPPNet, which indicates that the "
            "harmonic sampling generalizes across pianos and recording setups. Jmorquet has 14.2M parameters, about "
            "a third of hFT-Transformer, and transcribes audio at a real-time factor of 0.007 on a single RTX 4090 "
            "GPU. An error analysis shows that most remaining offset errors occur in passages with half-pedalling, "
            "which the MAESTRO annotations do not mark, suggesting that better pedal labels, rather than larger "
            "models, are now the main bottleneck."
        ),
        "spans": [
            ("Jmorquet", "M"), ("Semi-CRF", "M"), ("Piano Transcription", "T"), ("Piano transcription", "T"),
            ("MAESTRO", "D"), ("Transformers", "M"), ("self-attention", "M"),
            ("semi-Markov conditional random field", "M"), ("semi-CRF", "M"), ("MAESTRO v3.0.0", "D"),
            ("note F1", "X"), ("note-with-offset F1", "X"), ("note-with-offset-and-velocity F1", "X"),
            ("hFT-Transformer", "M"), ("frame F1", "X"), ("Onsets and Frames", "M"), ("MAPS", "D"),
            ("HPPNet", "M"), ("real-time factor", "X"),
        ],
        "results": [
            ("note F1 of 97.52%", "note F1", 97.52, "%", "MAESTRO", "Jmorquet"),
            ("note-with-offset F1 of 89.41%", "note-with-offset F1", 89.41, "%", "MAESTRO", "Jmorquet"),
            ("note-with-offset-and-velocity F1 of 88.07%", "note-with-offset-and-velocity F1", 88.07, "%",
             "MAESTRO", "Jmorquet"),
            ("0.47", "note F1", 0.47, "points", "MAESTRO", "Jmorquet"),
            ("1.33", "note-with-offset F1", 1.33, "points", "MAESTRO", "Jmorquet"),
            ("1.12 points", "note-with-offset-and-velocity F1", 1.12, "points", "MAESTRO", "Jmorquet"),
            ("frame F1 of 93.6%", "frame F1", 93.6, "%", None, "Jmorquet"),
            ("93.2%", "frame F1", 93.2, "%", None, "hFT-Transformer"),
            ("90.2%", "frame F1", 90.2, "%", None, "Onsets and Frames"),
            ("note F1 of 86.3%", "note F1", 86.3, "%", "MAPS", "Jmorquet"),
            ("3.9 points above HPPNet", "note F1", 3.9, "points", "MAPS", "Jmorquet"),
            ("real-time factor of 0.007", "real-time factor", 0.007, None, None, "Jmorquet"),
        ],
    },
    {
        "field": "music-transcription",
        "title": "Jmastrel: Parallel Instrument-Query Decoding for Multi-Instrument Music Transcription",
        "text": (
            "Multi-instrument music transcription models such as MT3 and YourMT3+ convert arbitrary mixtures into a "
            "single stream of MIDI-like tokens, but their decoders must interleave all instruments in time, which "
            "makes them prone to instrument confusion and dropped notes in dense arrangements. We introduce "
            "Jmastrel, which decodes each instrument in a separate stream conditioned on a learned instrument query, "
            "while a shared Conformer encoder with a Perceiver-style latent bottleneck processes the spectrogram "
            "only once. Streams are decoded in parallel and merged without post-processing. Trained on a mixture of "
            "eight public datasets, Jmastrel achieves multi-instrument onset F1 scores of 0.79 on Slakh2100, 0.63 on "
            "MusicNet, 0.81 on URMP and 0.92 on GuitarSet, compared with 0.74, 0.52, 0.77 and 0.89 for YourMT3+ and "
            "0.62, 0.33, 0.59 and 0.83 for MT3. On MAESTRO, onset F1 for piano remains at 0.96, matching specialized "
            "piano transcription models. The largest gains come on dense orchestral pieces, where the instrument "
            "error rate drops by 38% relative to MT3. Because each stream is short, decoding is 3.1\u00d7 faster "
            "than with MT3 on a minute of audio, and Jmastrel, with 92M parameters, needs 40% less GPU memory than "
            "YourMT3+ at inference. Ablations confirm that the instrument queries, rather than the larger encoder, "
            "account for most of the improvement on MusicNet, whose chamber recordings were the weakest point of "
            "earlier models."
        ),
        "spans": [
            ("Jmastrel", "M"), ("Multi-Instrument Music Transcription", "T"),
            ("Multi-instrument music transcription", "T"), ("MT3", "M"), ("YourMT3+", "M", {"punct": True}),
            ("Conformer", "M"), ("Perceiver", "M"), ("multi-instrument onset F1 scores", "X"), ("onset F1", "X"),
            ("Slakh2100", "D"), ("MusicNet", "D"), ("URMP", "D"), ("GuitarSet", "D"), ("MAESTRO", "D"),
            ("piano transcription", "T"), ("instrument error rate", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("multi-instrument onset F1 scores of 0.79", "multi-instrument onset F1", 0.79, None, "Slakh2100",
             "Jmastrel"),
            ("0.63", "multi-instrument onset F1", 0.63, None, "MusicNet", "Jmastrel"),
            ("0.81", "multi-instrument onset F1", 0.81, None, "URMP", "Jmastrel"),
            ("0.92", "multi-instrument onset F1", 0.92, None, "GuitarSet", "Jmastrel"),
            ("0.74", "multi-instrument onset F1", 0.74, None, "Slakh2100", "YourMT3+"),
            ("0.52", "multi-instrument onset F1", 0.52, None, "MusicNet", "YourMT3+"),
            ("0.77", "multi-instrument onset F1", 0.77, None, "URMP", "YourMT3+"),
            ("0.89", "multi-instrument onset F1", 0.89, None, "GuitarSet", "YourMT3+"),
            ("0.62", "multi-instrument onset F1", 0.62, None, "Slakh2100", "MT3"),
            ("0.33", "multi-instrument onset F1", 0.33, None, "MusicNet", "MT3"),
            ("0.59", "multi-instrument onset F1", 0.59, None, "URMP", "MT3"),
            ("0.83", "multi-instrument onset F1", 0.83, None, "GuitarSet", "MT3"),
            ("onset F1 for piano remains at 0.96", "onset F1", 0.96, None, "MAESTRO", None),
            ("instrument error rate drops by 38%", "instrument error rate reduction", 38, "%", None, None),
            ("3.1\u00d7 faster", "speed-up", 3.1, "\u00d7", None, None),
            ("40% less GPU memory", "GPU memory reduction", 40, "%", None, "Jmastrel"),
        ],
    },
    {
        "field": "music-transcription",
        "title": "Jmeliphon: Self-Supervised Pretraining on Separated Drum Stems for Automatic Drum Transcription",
        "text": (
            "Automatic drum transcription (ADT) from polyphonic music is limited less by model capacity than by the "
            "scarcity of annotated recordings: the largest real-audio corpora contain only a few hours of full "
            "mixtures. We propose Jmeliphon, a two-stage approach in which a convolutional recurrent neural network "
            "(CRNN) is first pretrained with a masked-prediction objective on drum stems that HT Demucs separates "
            "from 9,000 hours of unlabelled music, and then fine-tuned on the Expanded Groove MIDI Dataset (E-GMD) "
            "together with synthetic mixtures rendered from the Lakh MIDI Dataset. Jmeliphon predicts onsets for "
            "eight drum classes and velocities for the three most frequent ones. Evaluated at a 50 ms onset "
            "tolerance, Jmeliphon attains a mean class-wise F-measure of 0.83 on ENST-Drums and 0.79 on MDB Drums, "
            "6.2 and 8.9 points above the same architecture trained without pretraining. The gains concentrate on "
            "hi-hat and ride cymbal classes, which bleed and separation artefacts make hardest to label by hand. "
            "Pretraining also makes the model robust to genre shift: on a held-out set of Afro-Cuban recordings, "
            "F-measure drops by only 2.1 points relative to in-genre test data, against 9.7 points for the "
            "supervised baseline. Velocity estimation benefits less, reaching a Pearson correlation of 0.61 between "
            "predicted and annotated velocities, and we leave it to future work. The code, pretrained checkpoints "
            "and separated stems are publicly available."
        ),
        "spans": [
            ("Jmeliphon", "M"), ("Self-Supervised Pretraining", "M"), ("Automatic Drum Transcription", "T"),
            ("Automatic drum transcription", "T"), ("ADT", "T"), ("convolutional recurrent neural network", "M"),
            ("CRNN", "M"), ("HT Demucs", "M"), ("Expanded Groove MIDI Dataset", "D"), ("E-GMD", "D"),
            ("Lakh MIDI Dataset", "D"), ("mean class-wise F-measure", "X"), ("F-measure", "X"),
            ("ENST-Drums", "D"), ("MDB Drums", "D"), ("Velocity estimation", "T"), ("Pearson correlation", "X"),
        ],
        "results": [
            ("mean class-wise F-measure of 0.83", "F-measure", 0.83, None, "ENST-Drums", "Jmeliphon"),
            ("0.79 on MDB Drums", "F-measure", 0.79, None, "MDB Drums", "Jmeliphon"),
            ("6.2", "F-measure", 6.2, "points", "ENST-Drums", "Jmeliphon"),
            ("8.9 points", "F-measure", 8.9, "points", "MDB Drums", "Jmeliphon"),
            ("F-measure drops by only 2.1 points", "F-measure", 2.1, "points", None, None),
            ("9.7 points", "F-measure", 9.7, "points", None, None),
            ("Pearson correlation of 0.61", "Pearson correlation", 0.61, None, None, None),
        ],
    },
    {
        "field": "music-transcription",
        "title": "Jmundra: Low-Latency Causal Piano Transcription on Mobile Devices",
        "text": (
            "Most automatic music transcription (AMT) systems process long audio segments with bidirectional "
            "context, which rules them out for interactive uses such as score following, live accompaniment and "
            "practice feedback, where notes must be reported within tens of milliseconds. We present Jmundra, a "
            "causal piano transcription model built from depthwise separable convolutions and a small Mamba block "
            "operating on 32 ms hops. It is trained by knowledge distillation from an offline Onsets and Frames "
            "teacher, whose soft onset targets the student learns to anticipate from past context alone. On the "
            "MAESTRO test set, Jmundra reaches a note onset F1 of 94.8% at an algorithmic latency of 24 ms, compared "
            "with 92.1% for a streaming variant of Onsets and Frames at 128 ms and 95.9% for the offline Onsets and "
            "Frames teacher. Jmundra requires 0.37 GFLOPs per second of audio and runs 18\u00d7 faster than real "
            "time on a Pixel 8 CPU with a power draw of 41 mW. In a user study with 14 pianists, Jmundra raised the "
            "mean responsiveness rating from 2.9 to 4.4 on a five-point scale compared with a system with 128 ms "
            "latency. On the Saarland Music Data (SMD), recorded on a different Disklavier, Jmundra achieves an "
            "onset F1 of 93.2% without fine-tuning, indicating that the causal constraint does not harm "
            "generalization across pianos and rooms."
        ),
        "spans": [
            ("Jmundra", "M"), ("Piano Transcription", "T"), ("automatic music transcription", "T"), ("AMT", "T"),
            ("score following", "T"), ("piano transcription", "T"), ("depthwise separable convolutions", "M"),
            ("Mamba", "M"), ("knowledge distillation", "M"), ("Onsets and Frames", "M"), ("MAESTRO", "D"),
            ("note onset F1", "X"), ("onset F1", "X"), ("algorithmic latency", "X"), ("latency", "X"),
            ("GFLOPs", "X"), ("power draw", "X"), ("mean responsiveness rating", "X"),
            ("Saarland Music Data", "D"), ("SMD", "D"),
        ],
        "results": [
            ("note onset F1 of 94.8%", "onset F1", 94.8, "%", "MAESTRO", "Jmundra"),
            ("algorithmic latency of 24 ms", "algorithmic latency", 24, "ms", "MAESTRO", "Jmundra"),
            ("92.1%", "onset F1", 92.1, "%", "MAESTRO", "Onsets and Frames"),
            ("128 ms", "algorithmic latency", 128, "ms", "MAESTRO", "Onsets and Frames"),
            ("95.9%", "onset F1", 95.9, "%", "MAESTRO", "Onsets and Frames"),
            ("0.37 GFLOPs", "FLOPs", 0.37, "G", None, "Jmundra"),
            ("18\u00d7 faster than real time", "speed-up", 18, "\u00d7", None, "Jmundra"),
            ("power draw of 41 mW", "power draw", 41, "mW", None, "Jmundra"),
            ("mean responsiveness rating from 2.9 to 4.4", "responsiveness rating", 4.4, None, None, "Jmundra"),
            ("onset F1 of 93.2%", "onset F1", 93.2, "%", "Saarland Music Data", "Jmundra"),
        ],
    },
    {
        "field": "music-transcription",
        "title": "Jmopex: Adapting Self-Supervised Music Encoders for Note-Level Singing Transcription",
        "text": (
            "Note-level singing transcription, the conversion of a sung melody into notes with onset, offset and "
            "pitch, remains difficult because the voice glides continuously between pitches and note boundaries are "
            "shaped by lyrics as much as by melody. Recent systems combine pitch trackers such as CREPE with onset "
            "detectors, or fine-tune Whisper-style encoders, but all of them are trained on the few hundred "
            "annotated songs of MIR-ST500. We propose Jmopex, which attaches a lightweight note decoder to a frozen "
            "MERT encoder through low-rank adaptation (LoRA) and trains it with pseudo-labelling on 2,400 hours of "
            "vocals separated from commercial music. On the MIR-ST500 test set, Jmopex achieves COnPOff and COnP F1 "
            "scores of 61.7% and 80.2%, against 55.4% and 77.0% for MusicYOLO. On ISMIR2014, which it never sees "
            "during training, Jmopex reaches a COnP F1 of 83.5% (+4.1% over MusicYOLO). With LoRA, Jmopex updates "
            "only 3.1% of the encoder's parameters, yet it outperforms full fine-tuning of the same encoder by 1.9 "
            "points of COnPOff F1, suggesting that the frozen representations already encode note boundaries. "
            "Pseudo-labelling adds a further 2.6 points. Errors remain frequent on fast melismatic passages, where "
            "onsets are hardest to define, and we release the pseudo-labelled corpus to support further work on "
            "singing transcription in languages other than Mandarin."
        ),
        "spans": [
            ("Jmopex", "M"), ("Note-Level Singing Transcription", "T"), ("Note-level singing transcription", "T"),
            ("CREPE", "M"), ("Whisper", "M"), ("MIR-ST500", "D"), ("MERT", "M"), ("low-rank adaptation", "M"),
            ("LoRA", "M"), ("pseudo-labelling", "M"), ("Pseudo-labelling", "M"), ("COnPOff", "X"),
            ("COnP F1 scores", "X"), ("COnP F1", "X"), ("COnPOff F1", "X"), ("MusicYOLO", "M"),
            ("ISMIR2014", "D"), ("full fine-tuning", "M"), ("singing transcription", "T"),
        ],
        "results": [
            ("61.7%", "COnPOff F1", 61.7, "%", "MIR-ST500", "Jmopex"),
            ("80.2%", "COnP F1", 80.2, "%", "MIR-ST500", "Jmopex"),
            ("55.4%", "COnPOff F1", 55.4, "%", "MIR-ST500", "MusicYOLO"),
            ("77.0%", "COnP F1", 77.0, "%", "MIR-ST500", "MusicYOLO"),
            ("COnP F1 of 83.5%", "COnP F1", 83.5, "%", "ISMIR2014", "Jmopex"),
            ("+4.1% over MusicYOLO", "COnP F1", 4.1, "%", "ISMIR2014", "Jmopex"),
            ("1.9 points of COnPOff F1", "COnPOff F1", 1.9, "points", None, "Jmopex"),
            ("adds a further 2.6 points", "improvement", 2.6, "points", None, "Pseudo-labelling"),
        ],
    },
    {
        "field": "music-transcription",
        "title": "Jmaltrix: Fretboard-Constrained Sequence Decoding for Guitar Tablature Transcription",
        "text": (
            "Guitar tablature transcription must determine not only which pitches sound but also on which string and "
            "fret each note is played, a choice that audio alone leaves ambiguous and that frame-wise classifiers "
            "such as TabCNN resolve independently at every frame. We propose Jmaltrix, which casts tablature "
            "transcription as sequence prediction: a Transformer encoder over spectrogram patches feeds a decoder "
            "that emits string-fret tokens under a playability constraint masking hand positions that span more than "
            "five frets. Because GuitarSet contains only three hours of annotated audio, Jmaltrix is pretrained on "
            "SynthTab, rendered from the DadaGP collection of tablatures, and fine-tuned with six-fold "
            "leave-one-player-out cross-validation. On GuitarSet, Jmaltrix obtains a tablature F1 of 0.812, a "
            "multi-pitch F1 of 0.887 and a tablature disambiguation rate (TDR) of 0.931, against 0.748, 0.833 and "
            "0.899 for TabCNN and 0.779, 0.861 and 0.914 for FretNet. On the electric guitar recordings of EGDB, "
            "used only for testing, Jmaltrix reaches a tablature F1 of 0.702, while TabCNN trained on the same data "
            "scores 0.541. The playability constraint lowers the unplayable prediction rate from 7.4% to 0.3% of "
            "frames, and removing SynthTab pretraining costs 4.6 points of tablature F1. With 23M parameters, "
            "Jmaltrix transcribes a 30-second excerpt in 0.9 s on a laptop CPU, fast enough for interactive use in "
            "tablature editors."
        ),
        "spans": [
            ("Jmaltrix", "M"), ("Guitar Tablature Transcription", "T"), ("Guitar tablature transcription", "T"),
            ("tablature transcription", "T"), ("TabCNN", "M"), ("Transformer", "M"), ("GuitarSet", "D"),
            ("SynthTab", "D"), ("DadaGP", "D"), ("tablature F1", "X"), ("multi-pitch F1", "X"),
            ("tablature disambiguation rate", "X"), ("TDR", "X"), ("FretNet", "M"), ("EGDB", "D"),
            ("unplayable prediction rate", "X"),
        ],
        "results": [
            ("tablature F1 of 0.812", "tablature F1", 0.812, None, "GuitarSet", "Jmaltrix"),
            ("multi-pitch F1 of 0.887", "multi-pitch F1", 0.887, None, "GuitarSet", "Jmaltrix"),
            ("tablature disambiguation rate (TDR) of 0.931", "TDR", 0.931, None, "GuitarSet", "Jmaltrix"),
            ("0.748", "tablature F1", 0.748, None, "GuitarSet", "TabCNN"),
            ("0.833", "multi-pitch F1", 0.833, None, "GuitarSet", "TabCNN"),
            ("0.899", "TDR", 0.899, None, "GuitarSet", "TabCNN"),
            ("0.779", "tablature F1", 0.779, None, "GuitarSet", "FretNet"),
            ("0.861", "multi-pitch F1", 0.861, None, "GuitarSet", "FretNet"),
            ("0.914", "TDR", 0.914, None, "GuitarSet", "FretNet"),
            ("tablature F1 of 0.702", "tablature F1", 0.702, None, "EGDB", "Jmaltrix"),
            ("0.541", "tablature F1", 0.541, None, "EGDB", "TabCNN"),
            ("unplayable prediction rate from 7.4% to 0.3%", "unplayable prediction rate", 0.3, "%", None, None),
            ("costs 4.6 points of tablature F1", "tablature F1", 4.6, "points", None, None),
            ("transcribes a 30-second excerpt in 0.9 s", "transcription time", 0.9, "s", None, "Jmaltrix"),
        ],
    },
]
