"""dev30 records: vision-language-navigation (6) and speaker-diarization (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Vqarlen", "Vqistra", "Vqorbel", "Vqelmund", "Vqaltor", "Vqurro",
          "Vqormish", "Vqundle", "Vqessary", "Vqilbrand", "Vqantel", "Vqosset"]

RECS = [
    # ------------------------------------------------------------ vision-language-navigation
    {
        "field": "vision-language-navigation",
        "title": "Vqarlen: Landmark-Grounded Topological Memory for Vision-and-Language Navigation",
        "text": (
            "Vision-and-language navigation (VLN) requires an agent to follow natural-language instructions through "
            "unseen buildings, and the strongest agents on discrete benchmarks plan over a topological map whose node "
            "features are pooled from panoramic views without regard to what the instruction mentions. We present "
            "Vqarlen, a graph-based planner that attaches landmark tokens, noun phrases extracted from the instruction "
            "and grounded with CLIP, to every visited and frontier node, so that global action selection can reason "
            "about which landmarks have already been passed. Vqarlen is pre-trained with masked language modeling and "
            "a landmark matching objective on R2R and its speaker-augmented trajectories, then fine-tuned with DAgger. "
            "On the R2R val-unseen split, Vqarlen reaches a success rate (SR) of 76.2% and a success weighted by path "
            "length (SPL) of 65.9%, compared with 71.5% and 60.4% for DUET and 73.8% and 62.1% for BEVBert. On the "
            "R2R test-unseen leaderboard, Vqarlen obtains 74.0% SR and 63.7% SPL. Gains are larger for goal-oriented "
            "instructions: on REVERIE val-unseen, Vqarlen improves remote grounding success (RGS) by 4.6 points over "
            "GridMM, and on SOON it lifts SR from 36.3% to 41.8%. The landmark branch increases inference latency by "
            "only 6%."
        ),
        "spans": [
            ("Vqarlen", "M"), ("Vision-and-Language Navigation", "T"), ("Vision-and-language navigation", "T"),
            ("VLN", "T"), ("CLIP", "M"), ("masked language modeling", "M"), ("R2R", "D"), ("DAgger", "M"),
            ("R2R val-unseen", "D"), ("success rate", "X"), ("SR", "X"), ("success weighted by path length", "X"),
            ("SPL", "X"), ("DUET", "M"), ("BEVBert", "M"), ("R2R test-unseen", "D"), ("REVERIE val-unseen", "D"),
            ("remote grounding success", "X"), ("RGS", "X"), ("GridMM", "M"), ("SOON", "D"),
            ("inference latency", "X"),
        ],
        "results": [
            ("success rate (SR) of 76.2%", "SR", 76.2, "%", "R2R val-unseen", "Vqarlen"),
            ("success weighted by path length (SPL) of 65.9%", "SPL", 65.9, "%", "R2R val-unseen", "Vqarlen"),
            ("71.5%", "SR", 71.5, "%", "R2R val-unseen", "DUET"),
            ("60.4%", "SPL", 60.4, "%", "R2R val-unseen", "DUET"),
            ("73.8%", "SR", 73.8, "%", "R2R val-unseen", "BEVBert"),
            ("62.1%", "SPL", 62.1, "%", "R2R val-unseen", "BEVBert"),
            ("74.0% SR", "SR", 74.0, "%", "R2R test-unseen", "Vqarlen"),
            ("63.7% SPL", "SPL", 63.7, "%", "R2R test-unseen", "Vqarlen"),
            ("remote grounding success (RGS) by 4.6 points", "RGS", 4.6, "points", "REVERIE val-unseen", "Vqarlen"),
            ("SR from 36.3% to 41.8%", "SR", 41.8, "%", "SOON", "Vqarlen"),
            ("inference latency by only 6%", "inference latency", 6, "%", None, None),
        ],
    },
    {
        "field": "vision-language-navigation",
        "title": "Vqistra: Depth-Free Waypoints for Vision-and-Language Navigation in Continuous Environments",
        "text": (
            "Agents for vision-and-language navigation in continuous environments (VLN-CE) usually decompose the "
            "problem into a waypoint predictor, which proposes navigable positions from panoramic RGB-D observations, "
            "and a high-level planner trained on discrete navigation graphs. Many low-cost robots, however, carry no "
            "depth sensor, and waypoint predictors trained on ground-truth depth degrade sharply when they are fed "
            "estimated depth instead. We introduce Vqistra, a waypoint predictor that operates on RGB alone: a frozen "
            "DINOv2 encoder feeds a lightweight transformer head that regresses a heatmap of traversable directions "
            "and distances, supervised by connectivity graphs derived from Matterport3D meshes. Plugged into the "
            "ETPNav planner without retraining it, Vqistra raises SR on R2R-CE val-unseen from 57.2% to 59.8% while "
            "removing the depth input entirely, and it improves nDTW on RxR-CE by 2.4 points. Compared with the "
            "RGB-only NaVid, which plans with a video-based large language model, Vqistra-ETPNav is 2.1 points better "
            "in SPL and runs 9.4\u00d7 faster per step. The predictor has 24M trainable parameters and a latency of "
            "7.8 ms on an RTX 4090. In a real-world deployment on a wheeled robot in four office buildings, the system "
            "completes 31 of 50 instructions, against 22 for the original depth-based predictor fed with monocular "
            "depth estimates."
        ),
        "spans": [
            ("Vqistra", "M"), ("Vision-and-Language Navigation in Continuous Environments", "T"),
            ("vision-and-language navigation in continuous environments", "T"), ("VLN-CE", "T"), ("DINOv2", "M"),
            ("Matterport3D", "D"), ("ETPNav", "M"), ("SR", "X"), ("R2R-CE val-unseen", "D"), ("nDTW", "X"),
            ("RxR-CE", "D"), ("NaVid", "M"), ("large language model", "M"), ("Vqistra-ETPNav", "M"), ("SPL", "X"),
            ("latency", "X"),
        ],
        "results": [
            ("SR on R2R-CE val-unseen from 57.2% to 59.8%", "SR", 59.8, "%", "R2R-CE val-unseen", "Vqistra"),
            ("nDTW on RxR-CE by 2.4 points", "nDTW", 2.4, "points", "RxR-CE", "Vqistra"),
            ("2.1 points better in SPL", "SPL", 2.1, "points", None, "Vqistra-ETPNav"),
            ("9.4\u00d7 faster", "speed-up", 9.4, "\u00d7", None, "Vqistra-ETPNav"),
            ("latency of 7.8 ms", "latency", 7.8, "ms", None, None),
            ("completes 31 of 50 instructions", "instructions completed", 31, None, None, None),
            ("against 22", "instructions completed", 22, None, None, None),
        ],
    },
    {
        "field": "vision-language-navigation",
        "title": "Vqorbel: Self-Questioning Multimodal Language Models for Zero-Shot Vision-and-Language Navigation",
        "text": (
            "Large multimodal models can already describe what they see and plan in text, which has motivated "
            "zero-shot navigators such as NavGPT and MapGPT that prompt GPT-4 or GPT-4V with observations converted "
            "to language and a running map of the environment. These agents remain far below trained ones, and most "
            "of their failures come from committing to a direction before the current sub-goal of the instruction has "
            "been verified. We present Vqorbel, which inserts a self-questioning step before every move: the model "
            "poses yes/no questions about the sub-goal, answers them from the panorama, and backtracks along its "
            "topological map when the answers contradict the plan. No component is trained. On the 216 trajectories "
            "from the unseen validation environments of R2R used by prior zero-shot work, Vqorbel with GPT-4o attains "
            "52.3% SR and 41.0% SPL, whereas MapGPT with the same backbone reaches 47.7% and 38.1%. With the open "
            "Qwen2-VL-72B in place of GPT-4o, Vqorbel keeps 91% of that success rate. On REVERIE, where the "
            "instruction describes a remote object rather than a route, Vqorbel obtains an SR of 34.6%, 5.2 points "
            "above NavGPT. Self-questioning adds model calls at every step, but backtracking shortens trajectories, "
            "so the token cost per episode grows by only 37%. These results suggest that verification, not better "
            "perception, is the main bottleneck of zero-shot navigation."
        ),
        "spans": [
            ("Vqorbel", "M"), ("Multimodal Language Models", "M"), ("Zero-Shot Vision-and-Language Navigation", "T"),
            ("Large multimodal models", "M"), ("NavGPT", "M"), ("MapGPT", "M"), ("GPT-4", "M"), ("GPT-4V", "M"),
            ("R2R", "D"), ("GPT-4o", "M"), ("SR", "X"), ("SPL", "X"), ("Qwen2-VL-72B", "M"), ("success rate", "X"),
            ("REVERIE", "D"), ("token cost", "X"), ("zero-shot navigation", "T"),
        ],
        "results": [
            ("52.3% SR", "SR", 52.3, "%", "R2R", "Vqorbel"),
            ("41.0% SPL", "SPL", 41.0, "%", "R2R", "Vqorbel"),
            ("47.7%", "SR", 47.7, "%", "R2R", "MapGPT"),
            ("38.1%", "SPL", 38.1, "%", "R2R", "MapGPT"),
            ("91% of that success rate", "relative success rate", 91, "%", None, "Vqorbel"),
            ("SR of 34.6%", "SR", 34.6, "%", "REVERIE", "Vqorbel"),
            ("5.2 points above NavGPT", "SR", 5.2, "points", "REVERIE", "Vqorbel"),
            ("token cost per episode grows by only 37%", "token cost", 37, "%", None, None),
        ],
    },
    {
        "field": "vision-language-navigation",
        "title": "Vqelmund: Hallucination-Free Synthetic Instructions for Vision-and-Language Navigation Across "
                 "Languages",
        "text": (
            "Progress on vision-and-language navigation has been tied to the amount of paired instruction-trajectory "
            "data, and the synthetic instructions produced by the speaker models of EnvDrop and ScaleVLN are fluent "
            "but often mention objects that are not visible along the path. We propose Vqelmund, an instruction "
            "generator that first builds a scene graph for each trajectory in HM3D and Gibson scans, then prompts a "
            "multimodal large language model to describe only objects verified in the graph, in English, Hindi and "
            "Telugu. The resulting 3.6M instructions are used to pre-train Vqelmund-Nav, a HAMT-style agent that is "
            "fine-tuned separately on each downstream task. On RxR val-unseen, Vqelmund-Nav reaches 68.4 nDTW and "
            "59.1 sDTW, +5.3 and +6.8 over the same architecture pre-trained on ScaleVLN data. On R2R, REVERIE and "
            "CVDN, Vqelmund-Nav obtains 79.6% SR, 57.2% SR and a goal progress (GP) of 6.71 m, respectively. In a "
            "human study, raters preferred Vqelmund instructions over those of the ScaleVLN speaker in 64% of "
            "pairwise comparisons, and the hallucination rate of object mentions fell from 27% to 9%. Quality rather "
            "than quantity explains most of the gain: with only 1M instructions, Vqelmund already matches "
            "pre-training on 4.9M ScaleVLN instructions."
        ),
        "spans": [
            ("Vqelmund", "M"), ("Vqelmund-Nav", "M"), ("Vision-and-Language Navigation", "T"),
            ("vision-and-language navigation", "T"), ("EnvDrop", "M"), ("ScaleVLN", "M"), ("HM3D", "D"),
            ("Gibson", "D"), ("multimodal large language model", "M"), ("HAMT", "M"), ("RxR val-unseen", "D"),
            ("nDTW", "X"), ("sDTW", "X"), ("R2R", "D"), ("REVERIE", "D"), ("CVDN", "D"), ("SR", "X"),
            ("goal progress", "X"), ("GP", "X"), ("hallucination rate", "X"),
        ],
        "results": [
            ("68.4 nDTW", "nDTW", 68.4, None, "RxR val-unseen", "Vqelmund-Nav"),
            ("59.1 sDTW", "sDTW", 59.1, None, "RxR val-unseen", "Vqelmund-Nav"),
            ("+5.3", "nDTW", 5.3, "points", "RxR val-unseen", "Vqelmund-Nav"),
            ("+6.8", "sDTW", 6.8, "points", "RxR val-unseen", "Vqelmund-Nav"),
            ("79.6% SR", "SR", 79.6, "%", "R2R", "Vqelmund-Nav"),
            ("57.2% SR", "SR", 57.2, "%", "REVERIE", "Vqelmund-Nav"),
            ("goal progress (GP) of 6.71 m", "GP", 6.71, "m", "CVDN", "Vqelmund-Nav"),
            ("in 64% of pairwise comparisons", "win rate", 64, "%", None, "Vqelmund"),
            ("hallucination rate of object mentions fell from 27% to 9%", "hallucination rate", 9, "%", None, None),
        ],
    },
    {
        "field": "vision-language-navigation",
        "title": "Vqaltor: Recoverable Subgoal Programs for Embodied Instruction Following",
        "text": (
            "Embodied instruction following asks an agent to complete household tasks, such as heating a mug or "
            "rinsing a plate, from a high-level goal and optional step-by-step directions. Modular agents like FILM "
            "and Prompter pair a semantic map with a template-based planner, while LLM-Planner replans with a large "
            "language model, but all three fail silently when an interaction does not change the world as expected. "
            "Vqaltor compiles each instruction into a short program of subgoals with explicit postconditions, checks "
            "every postcondition with a vision-language model after the corresponding interaction, and retries or "
            "repairs the program when a check fails. We evaluate on ALFRED and TEACh. On the unseen test split of "
            "ALFRED, Vqaltor achieves a success rate of 58.4% and a goal-condition success (GC) of 67.9%, compared "
            "with 45.7% and 58.8% for Prompter and 26.5% and 36.4% for FILM; its path-length-weighted success is "
            "22.1%. Without step-by-step instructions, the success rate drops by only 3.2 points. On the Execution "
            "from Dialog History (EDH) task of TEACh, Vqaltor improves goal-condition success by 1.9 points over the "
            "strongest published agent. Postcondition checks take 38% of the wall-clock time per episode; checking "
            "only after object interactions halves this share at a cost of 0.7 points in success rate."
        ),
        "spans": [
            ("Vqaltor", "M"), ("Embodied Instruction Following", "T"), ("Embodied instruction following", "T"),
            ("FILM", "M"), ("Prompter", "M"), ("LLM-Planner", "M"), ("large language model", "M"),
            ("vision-language model", "M"), ("ALFRED", "D"), ("TEACh", "D"), ("success rate", "X"),
            ("goal-condition success", "X"), ("GC", "X"), ("path-length-weighted success", "X"),
            ("Execution from Dialog History", "T"), ("EDH", "T"), ("wall-clock time", "X"),
        ],
        "results": [
            ("success rate of 58.4%", "success rate", 58.4, "%", "ALFRED", "Vqaltor"),
            ("goal-condition success (GC) of 67.9%", "GC", 67.9, "%", "ALFRED", "Vqaltor"),
            ("45.7%", "success rate", 45.7, "%", "ALFRED", "Prompter"),
            ("58.8%", "GC", 58.8, "%", "ALFRED", "Prompter"),
            ("26.5%", "success rate", 26.5, "%", "ALFRED", "FILM"),
            ("36.4%", "GC", 36.4, "%", "ALFRED", "FILM"),
            ("path-length-weighted success is 22.1%", "path-length-weighted success", 22.1, "%", "ALFRED",
             "Vqaltor"),
            ("success rate drops by only 3.2 points", "success rate", 3.2, "points", None, None),
            ("goal-condition success by 1.9 points", "GC", 1.9, "points", "TEACh", "Vqaltor"),
            ("38% of the wall-clock time", "wall-clock time", 38, "%", None, None),
            ("0.7 points in success rate", "success rate", 0.7, "points", None, None),
        ],
    },
    {
        "field": "vision-language-navigation",
        "title": "Vqurro: Instruction-Guided Token Budgets over Navigation History for Video-Based VLN Agents",
        "text": (
            "Video-based vision-language models such as NaVid and Uni-NaVid perform vision-and-language navigation "
            "(VLN) from monocular RGB streams alone by encoding every past frame as visual tokens, but this history "
            "grows linearly with episode length and dominates the compute for the long instructions of RxR-CE. We "
            "introduce Vqurro, a history compressor that keeps full-resolution tokens for a few keyframes selected by "
            "their relevance to the instruction and merges all other frames into a fixed budget of 64 tokens through "
            "similarity-based token merging. Vqurro is attached to Uni-NaVid and fine-tuned with LoRA for a single "
            "epoch. On R2R-CE val-unseen, Vqurro reaches 48.9% SR and 44.3% SPL (Uni-NaVid: 47.0% / 42.7%) while "
            "cutting prefill FLOPs by 71% and peak GPU memory from 21.4 GB to 9.8 GB. On RxR-CE, Vqurro improves SR "
            "from 48.7% to 52.5% and lowers the average latency per action to 0.31 s, a 3.6\u00d7 speed-up over the "
            "uncompressed model. Ablations show that instruction-guided keyframe selection matters more than the "
            "merging rule: random keyframes lose 4.1 points of SR on R2R-CE. The compressor adds only 6M parameters, "
            "and the same budget transfers to NaVid without further tuning."
        ),
        "spans": [
            ("Vqurro", "M"), ("VLN", "T"), ("vision-language models", "M"), ("NaVid", "M"), ("Uni-NaVid", "M"),
            ("vision-and-language navigation", "T"), ("RxR-CE", "D"), ("token merging", "M"), ("LoRA", "M"),
            ("R2R-CE val-unseen", "D"), ("R2R-CE", "D"), ("SR", "X"), ("SPL", "X"), ("prefill FLOPs", "X"),
            ("peak GPU memory", "X"), ("average latency", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("48.9% SR", "SR", 48.9, "%", "R2R-CE val-unseen", "Vqurro"),
            ("44.3% SPL", "SPL", 44.3, "%", "R2R-CE val-unseen", "Vqurro"),
            ("47.0%", "SR", 47.0, "%", "R2R-CE val-unseen", "Uni-NaVid"),
            ("42.7%", "SPL", 42.7, "%", "R2R-CE val-unseen", "Uni-NaVid"),
            ("prefill FLOPs by 71%", "prefill FLOPs reduction", 71, "%", "R2R-CE val-unseen", "Vqurro"),
            ("peak GPU memory from 21.4 GB to 9.8 GB", "peak GPU memory", 9.8, "GB", "R2R-CE val-unseen", "Vqurro"),
            ("SR from 48.7% to 52.5%", "SR", 52.5, "%", "RxR-CE", "Vqurro"),
            ("average latency per action to 0.31 s", "latency", 0.31, "s", "RxR-CE", "Vqurro"),
            ("3.6\u00d7 speed-up", "speed-up", 3.6, "\u00d7", "RxR-CE", "Vqurro"),
            ("4.1 points of SR", "SR", 4.1, "points", "R2R-CE", None),
        ],
    },
    # ------------------------------------------------------------ speaker-diarization
    {
        "field": "speaker-diarization",
        "title": "Vqormish: Bidirectional Mamba Encoders with Query-Based Attractors for End-to-End Neural Diarization",
        "text": (
            "End-to-end neural diarization (EEND) handles overlapping speech by construction, but Transformer encoders "
            "limit the chunk length that fits in memory, and the LSTM-based encoder-decoder attractors (EDA) of "
            "EEND-EDA order speakers by their first appearance, which degrades when many speakers are present. We "
            "propose Vqormish, which replaces the self-attention encoder with bidirectional Mamba blocks and computes "
            "attractors from a small set of learnable queries that cross-attend to the frame embeddings; the whole "
            "model is trained with permutation-invariant training on WavLM features. Vqormish processes 90-second "
            "chunks with 2.7\u00d7 less GPU memory than a Conformer encoder of equal depth. We report diarization "
            "error rate (DER) without a forgiveness collar on five benchmarks. Vqormish obtains DERs of 11.8% on "
            "CALLHOME, 17.2% on DIHARD III, 13.9% on AMI (single distant microphone), 10.1% on VoxConverse and 12.6% "
            "on AliMeeting, improving on the EEND-EDA baseline by 2.9, 3.4, 4.0, 5.2 and 3.1 points, respectively. "
            "Against DiariZen, a strong pipeline that combines a WavLM-Conformer segmentation model with VBx "
            "clustering, Vqormish is better on 3 of the 5 benchmarks and trails by at most 0.4 points DER on the "
            "other two. Speaker counting accuracy on CALLHOME recordings with four or more speakers rises from 79.5% "
            "to 86.0%."
        ),
        "spans": [
            ("Vqormish", "M"), ("Mamba", "M"), ("End-to-End Neural Diarization", "M"),
            ("End-to-end neural diarization", "M"), ("EEND", "M"), ("Transformer", "M"), ("LSTM", "M"),
            ("encoder-decoder attractors", "M"), ("EDA", "M"), ("EEND-EDA", "M"),
            ("permutation-invariant training", "M"), ("WavLM", "M"), ("GPU memory", "X"), ("Conformer", "M"),
            ("diarization error rate", "X"), ("DER", "X"), ("DERs", "X"), ("CALLHOME", "D"), ("DIHARD III", "D"),
            ("AMI", "D"), ("VoxConverse", "D"), ("AliMeeting", "D"), ("DiariZen", "M"), ("WavLM-Conformer", "M"),
            ("VBx", "M"), ("Speaker counting accuracy", "X"),
        ],
        "results": [
            ("2.7\u00d7 less GPU memory", "GPU memory reduction", 2.7, "\u00d7", None, "Vqormish"),
            ("11.8% on CALLHOME", "DER", 11.8, "%", "CALLHOME", "Vqormish"),
            ("17.2% on DIHARD III", "DER", 17.2, "%", "DIHARD III", "Vqormish"),
            ("13.9% on AMI", "DER", 13.9, "%", "AMI", "Vqormish"),
            ("10.1% on VoxConverse", "DER", 10.1, "%", "VoxConverse", "Vqormish"),
            ("12.6% on AliMeeting", "DER", 12.6, "%", "AliMeeting", "Vqormish"),
            ("2.9", "DER", 2.9, "points", "CALLHOME", "Vqormish"),
            ("3.4", "DER", 3.4, "points", "DIHARD III", "Vqormish"),
            ("4.0", "DER", 4.0, "points", "AMI", "Vqormish"),
            ("5.2", "DER", 5.2, "points", "VoxConverse", "Vqormish"),
            ("3.1 points", "DER", 3.1, "points", "AliMeeting", "Vqormish"),
            ("better on 3 of the 5 benchmarks", "benchmarks won", 3, None, None, "Vqormish"),
            ("at most 0.4 points DER", "DER", 0.4, "points", None, "Vqormish"),
            ("Speaker counting accuracy on CALLHOME recordings with four or more speakers rises from 79.5% to 86.0%",
             "speaker counting accuracy", 86.0, "%", "CALLHOME", None),
        ],
    },
    {
        "field": "speaker-diarization",
        "title": "Vqundle: Self-Refining Speaker Profiles for Target-Speaker Voice Activity Detection in the Wild",
        "text": (
            "Target-speaker voice activity detection (TS-VAD) refines the output of a clustering-based speaker "
            "diarization system by predicting, for each enrolled speaker, whether that speaker is active in every "
            "frame. Its effectiveness hinges on the speaker profiles, which are usually i-vectors or x-vectors "
            "averaged over the initial clustering output and are therefore corrupted by overlapping speech and by "
            "clustering errors. Vqundle maintains a memory of frame-level speaker embeddings that is rewritten after "
            "each decoding pass by a gated attention update, so that profiles become cleaner as the segmentation "
            "improves, and it decodes all speakers jointly with a Conformer. Initialised from a VBx system, two "
            "refinement passes suffice. On the full DIHARD III evaluation set, Vqundle reaches a DER of 15.1% and a "
            "Jaccard error rate (JER) of 30.6%, compared with 16.4% and 34.8% for NSD-MA-MSE and 19.4% DER for the "
            "original TS-VAD. On the VoxConverse test set and the few-speaker subset of MSDWild, Vqundle attains DERs "
            "of 4.2% and 12.8%, respectively. The largest improvements arise for speakers who talk for less than ten "
            "seconds in total, whose missed speech is cut by 37% relative to the VBx initialisation. One refinement "
            "pass runs at a real-time factor (RTF) of 0.018 on a single A100 GPU."
        ),
        "spans": [
            ("Vqundle", "M"), ("Target-Speaker Voice Activity Detection", "M"),
            ("Target-speaker voice activity detection", "M"), ("TS-VAD", "M"), ("speaker diarization", "T"),
            ("i-vectors", "M"), ("x-vectors", "M"), ("Conformer", "M"), ("VBx", "M"), ("DIHARD III", "D"),
            ("DER", "X"), ("DERs", "X"), ("Jaccard error rate", "X"), ("JER", "X"), ("NSD-MA-MSE", "M"),
            ("VoxConverse", "D"), ("MSDWild", "D"), ("missed speech", "X"), ("real-time factor", "X"), ("RTF", "X"),
        ],
        "results": [
            ("DER of 15.1%", "DER", 15.1, "%", "DIHARD III", "Vqundle"),
            ("Jaccard error rate (JER) of 30.6%", "JER", 30.6, "%", "DIHARD III", "Vqundle"),
            ("16.4%", "DER", 16.4, "%", "DIHARD III", "NSD-MA-MSE"),
            ("34.8%", "JER", 34.8, "%", "DIHARD III", "NSD-MA-MSE"),
            ("19.4% DER", "DER", 19.4, "%", "DIHARD III", "TS-VAD"),
            ("4.2%", "DER", 4.2, "%", "VoxConverse", "Vqundle"),
            ("12.8%", "DER", 12.8, "%", "MSDWild", "Vqundle"),
            ("missed speech is cut by 37%", "missed speech reduction", 37, "%", None, None),
            ("real-time factor (RTF) of 0.018", "RTF", 0.018, None, None, None),
        ],
    },
    {
        "field": "speaker-diarization",
        "title": "Vqessary: Low-Latency Streaming Speaker Diarization with Speaker-Ordered Memory Tokens",
        "text": (
            "Streaming speaker diarization must emit speaker labels within a fraction of a second while keeping "
            "speaker identities consistent across an entire meeting, a combination that block-wise online variants "
            "of EEND achieve only with large speaker-tracing buffers. We present Vqessary, a causal Sortformer-style "
            "model that carries a bank of speaker-ordered memory tokens from one block to the next and resolves the "
            "output permutation by arrival time, which removes the buffer altogether. The model is trained on "
            "simulated conversations built from LibriSpeech and VoxCeleb2 and adapted to each target domain with a "
            "few hours of real recordings. With a block size of 0.5 s, Vqessary reaches DERs of 13.4% on CALLHOME, "
            "19.8% on AMI (headset mix) and 18.0% on AISHELL-4, close to its offline counterpart and well ahead of "
            "FS-EEND, which obtains 17.6% on CALLHOME with the same block size. Vqessary runs at a real-time factor "
            "of 0.025 on a single CPU core. Most of the remaining errors occur after long silences, when a returning "
            "speaker is assigned a new identity, which suggests pairing streaming models with a lightweight "
            "rescoring pass over stored speaker profiles."
        ),
        "spans": [
            ("Vqessary", "M"), ("Streaming Speaker Diarization", "T"), ("Streaming speaker diarization", "T"),
            ("EEND", "M"), ("Sortformer", "M"), ("LibriSpeech", "D"), ("VoxCeleb2", "D"), ("DERs", "X"),
            ("CALLHOME", "D"), ("AMI", "D"), ("AISHELL-4", "D"), ("FS-EEND", "M"), ("real-time factor", "X"),
        ],
        "results": [
            ("13.4% on CALLHOME", "DER", 13.4, "%", "CALLHOME", "Vqessary"),
            ("19.8% on AMI", "DER", 19.8, "%", "AMI", "Vqessary"),
            ("18.0% on AISHELL-4", "DER", 18.0, "%", "AISHELL-4", "Vqessary"),
            ("17.6% on CALLHOME", "DER", 17.6, "%", "CALLHOME", "FS-EEND"),
            ("real-time factor of 0.025", "RTF", 0.025, None, None, "Vqessary"),
        ],
    },
    {
        "field": "speaker-diarization",
        "title": "Vqilbrand: Confidence-Weighted Spectral Clustering for Overlap-Aware Speaker Diarization of Long "
                 "Recordings",
        "text": (
            "Hybrid speaker diarization systems first run an end-to-end segmentation model on short windows and then "
            "cluster the resulting speaker embeddings across the recording. Powerset multi-class cross-entropy "
            "training has made the local step robust to overlapping speech, yet the global step still clusters each "
            "local speaker independently, so a speaker split between windows is rarely merged and overlapped regions "
            "yield noisy ECAPA-TDNN embeddings. Vqilbrand replaces agglomerative hierarchical clustering (AHC) with a "
            "constrained spectral clustering that treats the two speakers of an overlap as cannot-link pairs and "
            "weights every embedding by the confidence of the segmentation model. Nothing is retrained. On eight "
            "benchmarks (DIHARD III, AMI, AliMeeting, AISHELL-4, Ego4D, MSDWild, RAMC and VoxConverse), Vqilbrand "
            "lowers the macro-averaged DER from 19.7% with AHC to 17.9%, with the largest drop on Ego4D (41.2% "
            "\u2192 36.5%). Speaker confusion, the error component the method targets, falls by 22% on average. "
            "Compared with VBx reclustering, Vqilbrand is 1.1 points better on average and 5.6\u00d7 faster on "
            "hour-long recordings (runtime of 8.4 s vs. 47 s per hour of audio on one CPU thread). On recordings "
            "longer than two hours, where AHC often merges distinct speakers, DER improves by up to 3.8 points."
        ),
        "spans": [
            ("Vqilbrand", "M"), ("Spectral Clustering", "M"), ("Speaker Diarization", "T"),
            ("speaker diarization", "T"), ("Powerset multi-class cross-entropy", "M"), ("ECAPA-TDNN", "M"),
            ("agglomerative hierarchical clustering", "M"), ("AHC", "M"), ("constrained spectral clustering", "M"),
            ("DIHARD III", "D"), ("AMI", "D"), ("AliMeeting", "D"), ("AISHELL-4", "D"), ("Ego4D", "D"),
            ("MSDWild", "D"), ("RAMC", "D"), ("VoxConverse", "D"), ("macro-averaged DER", "X"), ("DER", "X"),
            ("Speaker confusion", "X"), ("VBx", "M"), ("runtime", "X"),
        ],
        "results": [
            ("19.7% with AHC", "DER", 19.7, "%", None, "AHC"),
            ("to 17.9%", "DER", 17.9, "%", None, "Vqilbrand"),
            ("41.2% \u2192 36.5%", "DER", 36.5, "%", "Ego4D", "Vqilbrand"),
            ("Speaker confusion, the error component the method targets, falls by 22%",
             "speaker confusion reduction", 22, "%", None, None),
            ("1.1 points better", "improvement", 1.1, "points", None, "Vqilbrand"),
            ("5.6\u00d7 faster", "speed-up", 5.6, "\u00d7", None, "Vqilbrand"),
            ("runtime of 8.4 s", "runtime", 8.4, "s", None, "Vqilbrand"),
            ("47 s", "runtime", 47, "s", None, "VBx"),
            ("DER improves by up to 3.8 points", "DER", 3.8, "points", None, None),
        ],
    },
    {
        "field": "speaker-diarization",
        "title": "Vqantel: Closing the Loop Between Speaker Diarization and Speaker-Attributed ASR in Meeting "
                 "Transcription",
        "text": (
            "Meeting transcription from distant microphones is still dominated by cascades in which speaker "
            "diarization, guided source separation (GSS) and automatic speech recognition (ASR) are tuned "
            "separately, so diarization errors propagate into the transcript unchecked. We propose Vqantel, which "
            "shares a spatially aware WavLM encoder between a multi-channel EEND head and a Whisper decoder that "
            "performs speaker-attributed ASR conditioned on per-speaker activity masks, and which feeds the "
            "confidence of the recognizer back into the diarization posteriors during a second decoding pass. On the "
            "single-device multi-channel track of NOTSOFAR-1, Vqantel achieves a time-constrained concatenated "
            "minimum-permutation WER (tcpWER) of 24.9%, a 17% relative reduction from the official challenge "
            "baseline (30.0%), together with a DER of 11.3%. On the CHiME-8 DASR development sets, which span four "
            "meeting scenarios, Vqantel obtains an average tcpWER of 28.7%, against 31.9% for the strongest "
            "published cascade. On LibriCSS, Vqantel reaches a cpWER of 4.6% averaged over all overlap conditions. "
            "Despite its 1.1B parameters, Vqantel decodes a one-hour meeting in 6.2 minutes on a single H100, about "
            "2.4\u00d7 faster than running GSS followed by Whisper large-v3."
        ),
        "spans": [
            ("Vqantel", "M"), ("Speaker Diarization", "T"), ("Speaker-Attributed ASR", "T"),
            ("Meeting Transcription", "T"), ("Meeting transcription", "T"), ("speaker diarization", "T"),
            ("guided source separation", "M"), ("GSS", "M"), ("automatic speech recognition", "T"), ("ASR", "T"),
            ("speaker-attributed ASR", "T"), ("WavLM", "M"), ("EEND", "M"), ("Whisper", "M"),
            ("Whisper large-v3", "M"), ("NOTSOFAR-1", "D"),
            ("time-constrained concatenated minimum-permutation WER", "X"), ("tcpWER", "X"),
            ("average tcpWER", "X"), ("DER", "X"), ("CHiME-8 DASR", "D"), ("LibriCSS", "D"), ("cpWER", "X"),
        ],
        "results": [
            ("time-constrained concatenated minimum-permutation WER (tcpWER) of 24.9%", "tcpWER", 24.9, "%",
             "NOTSOFAR-1", "Vqantel"),
            ("17% relative reduction", "relative tcpWER reduction", 17, "%", "NOTSOFAR-1", "Vqantel"),
            ("30.0%", "tcpWER", 30.0, "%", "NOTSOFAR-1", None),
            ("DER of 11.3%", "DER", 11.3, "%", "NOTSOFAR-1", "Vqantel"),
            ("average tcpWER of 28.7%", "tcpWER", 28.7, "%", "CHiME-8 DASR", "Vqantel"),
            ("31.9%", "tcpWER", 31.9, "%", "CHiME-8 DASR", None),
            ("cpWER of 4.6%", "cpWER", 4.6, "%", "LibriCSS", "Vqantel"),
            ("decodes a one-hour meeting in 6.2 minutes", "decoding time", 6.2, "min", None, "Vqantel"),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, "Vqantel"),
        ],
    },
    {
        "field": "speaker-diarization",
        "title": "Vqosset: Lexically Informed Speaker Turn Repair with Compact Language Models",
        "text": (
            "Speaker diarization systems that rely on acoustics alone make characteristic mistakes at speaker turns: "
            "the first or last words of a turn are attributed to the previous speaker, and short backchannels are "
            "absorbed into the surrounding turn. Post-processing with large language models (LLMs), as in "
            "DiarizationLM, repairs many of these errors from the transcript, but it depends on multi-billion-parameter "
            "models and on prompts that grow with the length of the recording. We propose Vqosset, which fine-tunes a "
            "1B-parameter Llama 3.2 model with LoRA to emit edit operations (move a word, swap a label) on windows of "
            "60 words, and which accepts an edit only when the acoustic speaker posteriors do not contradict it. "
            "Applied to transcripts from Whisper and speaker labels from a VBx pipeline, Vqosset reduces the word "
            "diarization error rate (WDER) on Fisher from 5.3% to 2.9% and on CALLHOME English from 7.8% to 4.6%, "
            "whereas DiarizationLM with PaLM 2 reaches 3.4% and 5.7%, respectively. On Fisher and CALLHOME English, "
            "cpWER improves by 1.8 and 2.6 points, respectively. Because it predicts edits instead of rewriting the "
            "transcript, Vqosset generates 11\u00d7 fewer output tokens than DiarizationLM and processes an hour of "
            "conversation in under 20 s on a single GPU."
        ),
        "spans": [
            ("Vqosset", "M"), ("Language Models", "M"), ("Speaker diarization", "T"), ("large language models", "M"),
            ("LLMs", "M"), ("DiarizationLM", "M"), ("Llama 3.2", "M"), ("LoRA", "M"), ("Whisper", "M"),
            ("VBx", "M"), ("word diarization error rate", "X"), ("WDER", "X"), ("Fisher", "D"),
            ("CALLHOME English", "D"), ("PaLM 2", "M"), ("cpWER", "X"), ("output tokens", "X"),
        ],
        "results": [
            ("word diarization error rate (WDER) on Fisher from 5.3% to 2.9%", "WDER", 2.9, "%", "Fisher", "Vqosset"),
            ("from 7.8% to 4.6%", "WDER", 4.6, "%", "CALLHOME English", "Vqosset"),
            ("3.4%", "WDER", 3.4, "%", "Fisher", "DiarizationLM"),
            ("5.7%", "WDER", 5.7, "%", "CALLHOME English", "DiarizationLM"),
            ("1.8", "cpWER", 1.8, "points", "Fisher", None),
            ("2.6 points", "cpWER", 2.6, "points", "CALLHOME English", None),
            ("11\u00d7 fewer output tokens", "output tokens reduction", 11, "\u00d7", None, "Vqosset"),
            ("in under 20 s", "processing time", 20, "s", None, "Vqosset"),
        ],
    },
]
