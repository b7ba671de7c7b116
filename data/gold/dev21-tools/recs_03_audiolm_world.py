"""dev21 records: audio-language (6) and world-models (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Fyrnwave", "Fwellis", "Fvoran", "Fyndle", "Fwistral", "Fvenmark",
          "Fyloric", "Fwandor", "Fvistral", "Fyrrow", "Fwynmere", "Fvelkin"]

RECS = [
    # ------------------------------------------------------------ audio-language
    {
        "field": "audio-language",
        "title": "Fyrnwave: A Dual-Rate Q-Former Bridging Speech and Sound Encoders for General Audio Understanding",
        "text": (
            "Large audio-language models (LALMs) such as SALMONN, Qwen2-Audio and LTU couple a pretrained audio "
            "encoder with a large language model (LLM), but most of them read a single encoder at a single frame "
            "rate, so they either miss short sound events or exhaust the context window on long recordings. We "
            "present Fyrnwave, an LALM that routes speech features from a Whisper-large-v3 encoder and non-speech "
            "features from BEATs through a dual-rate Q-Former, which emits one query token every 40 ms for transient "
            "events and one every 500 ms for background context, before projecting both streams into Vicuna-7B. "
            "Fyrnwave is instruction-tuned on 1.9M audio-text pairs drawn from AudioCaps, Clotho, WavCaps and "
            "AudioSet-derived question-answer data. On the MMAU test-mini split, Fyrnwave reaches an average accuracy "
            "of 61.8%, compared with 49.2% for Qwen2-Audio-Instruct and 33.7% for SALMONN. Fyrnwave also attains "
            "74.6% accuracy on Clotho-AQA and a SPIDEr of 0.487 on AudioCaps captioning (CIDEr 0.801). In zero-shot "
            "audio classification, Fyrnwave labels ESC-50 with 91.3% accuracy, 7.4 points above LTU. Removing the "
            "low-rate stream costs 5.2 points of accuracy on the sound subset of MMAU, whereas the high-rate stream "
            "alone accounts for most of the gains on event-level questions. Training updates only the Q-Former and "
            "LoRA adapters, 38M parameters in total, and takes 41 hours on eight A100 GPUs."
        ),
        "spans": [
            ("Fyrnwave", "M"), ("Q-Former", "M"), ("Audio Understanding", "T"),
            ("Large audio-language models", "M"), ("LALMs", "M"), ("LALM", "M"), ("SALMONN", "M"),
            ("Qwen2-Audio", "M"), ("LTU", "M"), ("large language model", "M"), ("LLM", "M"),
            ("Whisper-large-v3", "M"), ("BEATs", "M"), ("Vicuna-7B", "M"), ("AudioCaps", "D"), ("Clotho", "D"),
            ("WavCaps", "D"), ("AudioSet", "D"), ("MMAU test-mini", "D"), ("MMAU", "D"), ("average accuracy", "X"),
            ("accuracy", "X"), ("Qwen2-Audio-Instruct", "M"), ("Clotho-AQA", "D"), ("SPIDEr", "X"),
            ("captioning", "T"), ("CIDEr", "X"), ("zero-shot audio classification", "T"), ("ESC-50", "D"),
            ("LoRA", "M"),
        ],
        "results": [
            ("average accuracy of 61.8%", "accuracy", 61.8, "%", "MMAU test-mini", "Fyrnwave"),
            ("49.2% for Qwen2-Audio-Instruct", "accuracy", 49.2, "%", "MMAU test-mini", "Qwen2-Audio-Instruct"),
            ("33.7% for SALMONN", "accuracy", 33.7, "%", "MMAU test-mini", "SALMONN"),
            ("74.6% accuracy", "accuracy", 74.6, "%", "Clotho-AQA", "Fyrnwave"),
            ("SPIDEr of 0.487", "SPIDEr", 0.487, None, "AudioCaps", "Fyrnwave"),
            ("CIDEr 0.801", "CIDEr", 0.801, None, "AudioCaps", "Fyrnwave"),
            ("91.3% accuracy", "accuracy", 91.3, "%", "ESC-50", "Fyrnwave"),
            ("7.4 points", "accuracy", 7.4, "points", "ESC-50", "Fyrnwave"),
            ("costs 5.2 points of accuracy", "accuracy", 5.2, "points", "MMAU", None),
            ("takes 41 hours", "training time", 41, "h", None, None),
        ],
    },
    {
        "field": "audio-language",
        "title": "Fwellis: Anchoring Sound Events Before Decoding Improves Automated Audio Captioning",
        "text": (
            "Automated audio captioning (AAC) systems trained on AudioCaps and Clotho tend to produce generic "
            "sentences that name the dominant sound while omitting co-occurring events and their order. We introduce "
            "Fwellis, an encoder-decoder captioner that first predicts a sparse sequence of sound-event anchors with a "
            "frame-level tagger trained on AudioSet and then conditions a BART decoder on both the anchors and EAT "
            "audio embeddings. At inference time, an instruction-tuned Llama-3-8B rewrites the candidates from beam "
            "search into a single caption that must mention every anchor, and the final caption is selected by CLAP "
            "re-ranking. On Clotho, Fwellis achieves a SPIDEr of 0.341 and a FENSE of 0.552, compared with 0.312 and "
            "0.526 for EnCLAP and 0.305 and 0.518 for the WavCaps-pretrained HTSAT-BART model. On AudioCaps, Fwellis "
            "raises CIDEr from 0.795 to 0.842 and reaches a METEOR of 0.262. Human raters preferred Fwellis captions "
            "over those of EnCLAP in 64% of pairwise comparisons, most often citing better coverage of overlapping "
            "sources. The anchor tagger and the rewriting step add 190 ms of latency per 10-second clip on a single "
            "A100 GPU. We also find that the gains persist under SPIDEr-FL, which penalises disfluent captions, "
            "indicating that the rewriting step does not exploit the fluency blind spot of n-gram metrics."
        ),
        "spans": [
            ("Fwellis", "M"), ("Automated Audio Captioning", "T"), ("Automated audio captioning", "T"), ("AAC", "T"),
            ("AudioCaps", "D"), ("Clotho", "D"), ("AudioSet", "D"), ("BART", "M"), ("EAT", "M"),
            ("Llama-3-8B", "M"), ("beam search", "M"), ("CLAP", "M"), ("SPIDEr", "X"), ("FENSE", "X"),
            ("EnCLAP", "M"), ("WavCaps", "D"), ("HTSAT-BART", "M"), ("CIDEr", "X"), ("METEOR", "X"),
            ("latency", "X"), ("SPIDEr-FL", "X"),
        ],
        "results": [
            ("SPIDEr of 0.341", "SPIDEr", 0.341, None, "Clotho", "Fwellis"),
            ("FENSE of 0.552", "FENSE", 0.552, None, "Clotho", "Fwellis"),
            ("0.312", "SPIDEr", 0.312, None, "Clotho", "EnCLAP"),
            ("0.526", "FENSE", 0.526, None, "Clotho", "EnCLAP"),
            ("0.305", "SPIDEr", 0.305, None, "Clotho", "HTSAT-BART"),
            ("0.518", "FENSE", 0.518, None, "Clotho", "HTSAT-BART"),
            ("CIDEr from 0.795 to 0.842", "CIDEr", 0.842, None, "AudioCaps", "Fwellis"),
            ("METEOR of 0.262", "METEOR", 0.262, None, "AudioCaps", "Fwellis"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "Fwellis"),
            ("190 ms of latency", "latency", 190, "ms", None, None),
        ],
    },
    {
        "field": "audio-language",
        "title": "Fvoran: Synthesised Hard Negatives Make Small Contrastive Language-Audio Pretraining Models Order-Aware",
        "text": (
            "Contrastive language-audio pretraining (CLAP) underpins text-to-audio retrieval, zero-shot audio "
            "classification and the evaluation of text-to-audio generation, but the strongest CLAP models are trained "
            "on millions of weakly labelled pairs and still confuse captions that differ only in the order of sound "
            "events. We ask how far a compact model can go with curated data alone. Fvoran trains an HTS-AT audio "
            "encoder and a RoBERTa text encoder on 640k pairs from WavCaps, AudioCaps and Clotho, and complements the "
            "in-batch negatives of the InfoNCE loss with hard negatives written by a large language model, which "
            "swaps, removes or reorders the events of each caption. On AudioCaps text-to-audio retrieval, Fvoran "
            "reaches an R@1 of 44.9 and an R@10 of 89.6, against 42.2 and 88.4 for LAION-CLAP and 41.0 and 87.7 for "
            "MS-CLAP 2023. On Clotho, the corresponding R@1 is 21.8 (+2.6 over LAION-CLAP). Zero-shot accuracy on "
            "ESC-50, UrbanSound8K and VGGSound is 93.5%, 84.1% and 31.7%, respectively. On the order-sensitive split "
            "of the CompA benchmark, Fvoran reaches 71.0% accuracy, 19 points above LAION-CLAP, showing that targeted "
            "negatives instil a compositional understanding that scale alone does not. Fvoran also has 2.3\u00d7 "
            "fewer parameters than MS-CLAP 2023 and scores text-audio pairs at 1,850 clips per second on one GPU."
        ),
        "spans": [
            ("Fvoran", "M"), ("Contrastive Language-Audio Pretraining", "M"),
            ("Contrastive language-audio pretraining", "M"), ("CLAP", "M"), ("text-to-audio retrieval", "T"),
            ("zero-shot audio classification", "T"), ("text-to-audio generation", "T"), ("HTS-AT", "M"),
            ("RoBERTa", "M"), ("WavCaps", "D"), ("AudioCaps", "D"), ("Clotho", "D"), ("InfoNCE", "M"),
            ("large language model", "M"), ("R@1", "X"), ("R@10", "X"), ("LAION-CLAP", "M"), ("MS-CLAP 2023", "M"),
            ("Zero-shot accuracy", "X"), ("accuracy", "X"), ("ESC-50", "D"), ("UrbanSound8K", "D"),
            ("VGGSound", "D"), ("CompA", "D"), ("parameters", "X"), ("clips per second", "X"),
        ],
        "results": [
            ("R@1 of 44.9", "R@1", 44.9, None, "AudioCaps", "Fvoran"),
            ("R@10 of 89.6", "R@10", 89.6, None, "AudioCaps", "Fvoran"),
            ("42.2", "R@1", 42.2, None, "AudioCaps", "LAION-CLAP"),
            ("88.4", "R@10", 88.4, None, "AudioCaps", "LAION-CLAP"),
            ("41.0", "R@1", 41.0, None, "AudioCaps", "MS-CLAP 2023"),
            ("87.7", "R@10", 87.7, None, "AudioCaps", "MS-CLAP 2023"),
            ("R@1 is 21.8", "R@1", 21.8, None, "Clotho", None),
            ("+2.6", "R@1", 2.6, None, "Clotho", None),
            ("93.5%", "zero-shot accuracy", 93.5, "%", "ESC-50", None),
            ("84.1%", "zero-shot accuracy", 84.1, "%", "UrbanSound8K", None),
            ("31.7%", "zero-shot accuracy", 31.7, "%", "VGGSound", None),
            ("71.0% accuracy", "accuracy", 71.0, "%", "CompA", "Fvoran"),
            ("19 points", "accuracy", 19, "points", "CompA", "Fvoran"),
            ("2.3\u00d7 fewer parameters", "parameter reduction", 2.3, "\u00d7", None, "Fvoran"),
            ("1,850 clips per second", "throughput", 1850, "clips/s", None, "Fvoran"),
        ],
    },
    {
        "field": "audio-language",
        "title": "Fyndle: Training-Free Audio Token Merging Guided by Query Attention for Faster Large Audio-Language "
                 "Models",
        "text": (
            "Large audio-language models (LALMs) represent a 30-second clip with 750 or more audio tokens, so the "
            "prefill stage dominates inference cost for long recordings and for audio question answering over several "
            "turns. Token pruning methods designed for vision-language models, such as FastV and ToMe, transfer "
            "poorly because audio tokens are highly redundant during silence but dense during overlapping events. We "
            "propose Fyndle, a training-free module that merges adjacent audio tokens with similar keys in the first "
            "decoder layer, with a merge budget set per segment by the attention mass the segment receives from the "
            "text query. Applied to Qwen2-Audio-7B-Instruct, Fyndle keeps 25% of the audio tokens and retains 98.6% "
            "of the original accuracy on MMAU test-mini (48.5 vs. 49.2 for the full-token model), while FastV at the "
            "same budget drops to 44.3. Prefill FLOPs fall by 71%, time-to-first-token drops from 412 ms to 138 ms "
            "(a 2.99\u00d7 speed-up) on an A100 GPU, and peak GPU memory decreases by 3.4 GB. On Clotho-AQA and "
            "AIR-Bench Foundation, accuracy drops by 0.4 and 0.6 points, respectively. On MMAU test-mini, Fyndle "
            "accelerates SALMONN-13B end to end by 2.4\u00d7 at a cost of 0.9 points of accuracy. Probing shows that "
            "the first decoder layer already separates event tokens from background tokens, which explains why a "
            "single merging step suffices and why merging in later layers brings no further benefit."
        ),
        "spans": [
            ("Fyndle", "M"), ("Token Merging", "M"), ("Large Audio-Language Models", "M"),
            ("Large audio-language models", "M"), ("LALMs", "M"), ("audio question answering", "T"),
            ("Token pruning", "M"), ("vision-language models", "M"), ("FastV", "M"), ("ToMe", "M"),
            ("Qwen2-Audio-7B-Instruct", "M"), ("accuracy", "X"), ("MMAU test-mini", "D"), ("Prefill FLOPs", "X"),
            ("time-to-first-token", "X"), ("speed-up", "X"), ("peak GPU memory", "X"), ("Clotho-AQA", "D"),
            ("AIR-Bench Foundation", "D"), ("SALMONN-13B", "M"),
        ],
        "results": [
            ("retains 98.6% of the original accuracy", "relative accuracy", 98.6, "%", "MMAU test-mini", "Fyndle"),
            ("48.5", "accuracy", 48.5, None, "MMAU test-mini", "Fyndle"),
            ("49.2", "accuracy", 49.2, None, "MMAU test-mini", "Qwen2-Audio-7B-Instruct"),
            ("drops to 44.3", "accuracy", 44.3, None, "MMAU test-mini", "FastV"),
            ("Prefill FLOPs fall by 71%", "prefill FLOPs reduction", 71, "%", None, None),
            ("time-to-first-token drops from 412 ms to 138 ms", "time-to-first-token", 138, "ms", None, None),
            ("2.99\u00d7 speed-up", "speed-up", 2.99, "\u00d7", None, None),
            ("peak GPU memory decreases by 3.4 GB", "peak GPU memory reduction", 3.4, "GB", None, None),
            ("0.4", "accuracy", 0.4, "points", "Clotho-AQA", None),
            ("0.6 points", "accuracy", 0.6, "points", "AIR-Bench Foundation", None),
            ("2.4\u00d7", "speed-up", 2.4, "\u00d7", "MMAU test-mini", "Fyndle"),
            ("0.9 points of accuracy", "accuracy", 0.9, "points", "MMAU test-mini", "Fyndle"),
        ],
    },
    {
        "field": "audio-language",
        "title": "Fwistral: Benchmarking When, How Often and In What Order in Long-Form Audio Question Answering",
        "text": (
            "Audio question answering benchmarks such as Clotho-AQA, MMAU and AIR-Bench mostly contain clips shorter "
            "than 30 seconds and ask what is heard rather than when, how often or in what order. We introduce "
            "Fwistral, a benchmark of 4,870 multiple-choice questions over 1,214 recordings lasting between 1 and 10 "
            "minutes, drawn from AudioSet, FSD50K and the DCASE 2023 sound event detection data and verified by three "
            "annotators per item. Questions fall into six categories: event ordering, counting, duration comparison, "
            "onset localisation, co-occurrence and long-range reference. We evaluate twelve systems, including Gemini "
            "1.5 Pro, GPT-4o Audio, Qwen2-Audio-Instruct, SALMONN, Audio Flamingo 2 and a cascade that feeds Whisper "
            "transcripts and audio tags to GPT-4o. On Fwistral, Gemini 1.5 Pro is the strongest, with an overall "
            "accuracy of 52.6%, followed by GPT-4o Audio at 47.9%; the best open model, Audio Flamingo 2, reaches "
            "39.4%, while human listeners score 91.2%. Counting is the hardest category, and on onset localisation "
            "most open models stay close to chance. Accuracy falls by 14.8 points on average when the same questions "
            "are asked about 10-minute rather than 1-minute excerpts. Chain-of-thought prompting helps Gemini 1.5 Pro "
            "by 3.1 points but hurts every open model we test, which tend to hallucinate events in their reasoning. "
            "Fwistral, its annotation guidelines and the evaluation code are publicly released."
        ),
        "spans": [
            ("Fwistral", "D"), ("Audio Question Answering", "T"), ("Audio question answering", "T"),
            ("Clotho-AQA", "D"), ("MMAU", "D"), ("AIR-Bench", "D"), ("AudioSet", "D"), ("FSD50K", "D"),
            ("DCASE 2023", "D"), ("sound event detection", "T"), ("Gemini 1.5 Pro", "M"), ("GPT-4o Audio", "M"),
            ("Qwen2-Audio-Instruct", "M"), ("SALMONN", "M"), ("Audio Flamingo 2", "M"), ("Whisper", "M"),
            ("GPT-4o", "M"), ("overall accuracy", "X"), ("Accuracy", "X"), ("Chain-of-thought prompting", "M"),
        ],
        "results": [
            ("overall accuracy of 52.6%", "accuracy", 52.6, "%", "Fwistral", "Gemini 1.5 Pro"),
            ("47.9%", "accuracy", 47.9, "%", "Fwistral", "GPT-4o Audio"),
            ("39.4%", "accuracy", 39.4, "%", "Fwistral", "Audio Flamingo 2"),
            ("score 91.2%", "accuracy", 91.2, "%", "Fwistral", None),
            ("Accuracy falls by 14.8 points", "accuracy", 14.8, "points", None, None),
            ("3.1 points", "improvement", 3.1, "points", None, "Chain-of-thought prompting"),
        ],
    },
    {
        "field": "audio-language",
        "title": "Fvenmark: Disagreement-Ordered Curricula for Group Relative Policy Optimization Teach Small "
                 "Audio-Language Models When to Reason",
        "text": (
            "Reinforcement learning with verifiable rewards has strengthened the reasoning of text-only large "
            "language models, and recent work applied Group Relative Policy Optimization (GRPO) to audio question "
            "answering with encouraging results. We study why these gains are fragile and propose Fvenmark, a "
            "curriculum that orders training questions by the disagreement of an ensemble of weaker audio models and "
            "adds a length-normalised format reward that discourages reasoning chains longer than the clip warrants. "
            "Starting from Qwen2-Audio-7B-Instruct and training on only 38k questions derived from AVQA and "
            "Clotho-AQA, Fvenmark reaches 66.3% accuracy on the MMAU test-mini split and 63.1% on MMAU test, compared "
            "with 64.5% and 63.8% for R1-AQA and 49.2% and 52.5% for the base model. On the MMAR benchmark, which "
            "requires multi-step reasoning over speech, sound and music, Fvenmark obtains 48.7% accuracy, against "
            "46.0% for Audio-Reasoner and 30.4% for Qwen2-Audio-7B-Instruct. Fvenmark also shortens the average "
            "response length from 212 to 96 tokens and reduces training time by 47% relative to uniform sampling of "
            "questions. Supervised fine-tuning on the same data, by contrast, improves MMAU test-mini accuracy by "
            "just 2.1 points. Our analysis suggests that most of the benefit of reinforcement learning here comes "
            "from learning when to answer directly rather than from longer explicit reasoning."
        ),
        "spans": [
            ("Fvenmark", "M"), ("Group Relative Policy Optimization", "M"), ("Audio-Language Models", "M"),
            ("Reinforcement learning with verifiable rewards", "M"), ("large language models", "M"), ("GRPO", "M"),
            ("audio question answering", "T"), ("Qwen2-Audio-7B-Instruct", "M"), ("AVQA", "D"),
            ("Clotho-AQA", "D"), ("accuracy", "X"), ("MMAU test-mini", "D"), ("MMAU test", "D"), ("R1-AQA", "M"),
            ("MMAR", "D"), ("Audio-Reasoner", "M"), ("average response length", "X"), ("training time", "X"),
            ("Supervised fine-tuning", "M"), ("reinforcement learning", "M"),
        ],
        "results": [
            ("66.3% accuracy", "accuracy", 66.3, "%", "MMAU test-mini", "Fvenmark"),
            ("63.1%", "accuracy", 63.1, "%", "MMAU test", "Fvenmark"),
            ("64.5%", "accuracy", 64.5, "%", "MMAU test-mini", "R1-AQA"),
            ("63.8%", "accuracy", 63.8, "%", "MMAU test", "R1-AQA"),
            ("49.2%", "accuracy", 49.2, "%", "MMAU test-mini", "Qwen2-Audio-7B-Instruct"),
            ("52.5%", "accuracy", 52.5, "%", "MMAU test", "Qwen2-Audio-7B-Instruct"),
            ("48.7% accuracy", "accuracy", 48.7, "%", "MMAR", "Fvenmark"),
            ("46.0% for Audio-Reasoner", "accuracy", 46.0, "%", "MMAR", "Audio-Reasoner"),
            ("30.4% for Qwen2-Audio-7B-Instruct", "accuracy", 30.4, "%", "MMAR", "Qwen2-Audio-7B-Instruct"),
            ("average response length from 212 to 96 tokens", "response length", 96, "tokens", None, "Fvenmark"),
            ("training time by 47%", "training time reduction", 47, "%", None, "Fvenmark"),
            ("2.1 points", "accuracy", 2.1, "points", "MMAU test-mini", "Supervised fine-tuning"),
        ],
    },
    # ------------------------------------------------------------ world-models
    {
        "field": "world-models",
        "title": "Fyloric: Spending Tokens Where Frames Change in Sample-Efficient World Models for Atari",
        "text": (
            "World models that imagine trajectories with a Transformer over discrete image tokens, such as IRIS and "
            "STORM, have become competitive on the Atari 100k benchmark, yet they either spend many tokens per frame "
            "or lose the small objects that decide rewards. We propose Fyloric, which encodes each frame with a "
            "residual vector-quantised autoencoder into four coarse tokens plus a variable number of residual tokens "
            "allocated where the frame changes, and predicts them with a block-causal Transformer that attends to all "
            "tokens of a timestep at once. The policy is trained entirely in imagination with the actor-critic "
            "objective of DreamerV3. On the 26 games of Atari 100k, Fyloric attains a mean human-normalized score "
            "(HNS) of 1.58 and a median HNS of 0.71, compared with 1.46 and 0.37 for DIAMOND, 1.22 and 0.43 for "
            "STORM, and 1.05 and 0.29 for IRIS, and exceeds human performance on 11 games. Fyloric also outperforms "
            "DIAMOND on 17 of the 26 games. Because residual tokens are spent only where they are needed, Fyloric "
            "uses 2.8\u00d7 fewer tokens per frame than IRIS, and its training time is 9.5 hours on a single RTX "
            "4090, against 2.9 days reported for DIAMOND. Ablations show that block-causal prediction accounts for "
            "most of the gain in median HNS, while residual tokens matter most in games with small, fast-moving "
            "sprites."
        ),
        "spans": [
            ("Fyloric", "M"), ("World Models", "M"), ("Atari", "D"), ("World models", "M"), ("Transformer", "M"),
            ("IRIS", "M"), ("STORM", "M"), ("Atari 100k", "D"), ("tokens per frame", "X"),
            ("residual vector-quantised autoencoder", "M"), ("actor-critic", "M"), ("DreamerV3", "M"),
            ("mean human-normalized score", "X"), ("HNS", "X"), ("median HNS", "X"), ("DIAMOND", "M"),
            ("training time", "X"),
        ],
        "results": [
            ("mean human-normalized score (HNS) of 1.58", "human-normalized score", 1.58, None, "Atari 100k",
             "Fyloric"),
            ("median HNS of 0.71", "human-normalized score", 0.71, None, "Atari 100k", "Fyloric"),
            ("1.46", "human-normalized score", 1.46, None, "Atari 100k", "DIAMOND"),
            ("0.37", "human-normalized score", 0.37, None, "Atari 100k", "DIAMOND"),
            ("1.22", "human-normalized score", 1.22, None, "Atari 100k", "STORM"),
            ("0.43", "human-normalized score", 0.43, None, "Atari 100k", "STORM"),
            ("1.05", "human-normalized score", 1.05, None, "Atari 100k", "IRIS"),
            ("0.29", "human-normalized score", 0.29, None, "Atari 100k", "IRIS"),
            ("exceeds human performance on 11 games", "games won", 11, None, "Atari 100k", "Fyloric"),
            ("outperforms DIAMOND on 17 of the 26 games", "games won", 17, None, None, "Fyloric"),
            ("2.8\u00d7 fewer tokens per frame", "tokens per frame reduction", 2.8, "\u00d7", None, "Fyloric"),
            ("training time is 9.5 hours", "training time", 9.5, "h", None, "Fyloric"),
            ("2.9 days", "training time", 2.9, "days", None, "DIAMOND"),
        ],
    },
    {
        "field": "world-models",
        "title": "Fwandor: Planning Only When Uncertain with Decoder-Free Latent World Models for Continuous Control",
        "text": (
            "Decoder-free world models such as TD-MPC2 learn latent dynamics purely from reward and value prediction "
            "and plan with model predictive path integral (MPPI) control, which yields strong sample efficiency in "
            "continuous control. Their planner, however, runs at every environment step, which dominates wall-clock "
            "cost, and trusts the model equally in familiar and novel states. We introduce Fwandor, which trains an "
            "ensemble of five latent dynamics heads on a shared encoder and invokes MPPI only when the heads disagree "
            "beyond a learned threshold, acting with the amortised policy prior otherwise. We evaluate on 39 tasks "
            "from the DeepMind Control Suite (DMControl), 50 tasks from Meta-World and 5 high-dimensional tasks from "
            "HumanoidBench, all at 1M environment steps. Fwandor reaches a mean episode return of 812 on DMControl "
            "versus 786 for TD-MPC2 and 751 for DreamerV3, and a mean success rate of 87.4% on Meta-World (TD-MPC2: "
            "84.9%; DreamerV3: 70.2%). On HumanoidBench, Fwandor improves the average return by 11% over TD-MPC2. "
            "Because planning is skipped in most steps, Fwandor acts 3.4\u00d7 faster than TD-MPC2 and trains "
            "1.9\u00d7 faster in wall-clock time with the same 5M-parameter model. Ablations show that the "
            "uncertainty gate, rather than the ensemble itself, is responsible for the speed-up, and that setting the "
            "threshold by hand costs 4.2 points of success rate on Meta-World."
        ),
        "spans": [
            ("Fwandor", "M"), ("Latent World Models", "M"), ("Continuous Control", "T"), ("world models", "M"),
            ("TD-MPC2", "M"), ("model predictive path integral", "M"), ("MPPI", "M"), ("continuous control", "T"),
            ("DeepMind Control Suite", "D"), ("DMControl", "D"), ("Meta-World", "D"), ("HumanoidBench", "D"),
            ("mean episode return", "X"), ("DreamerV3", "M"), ("mean success rate", "X"), ("success rate", "X"),
            ("average return", "X"), ("wall-clock time", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("mean episode return of 812", "episode return", 812, None, "DMControl", "Fwandor"),
            ("786 for TD-MPC2", "episode return", 786, None, "DMControl", "TD-MPC2"),
            ("751 for DreamerV3", "episode return", 751, None, "DMControl", "DreamerV3"),
            ("mean success rate of 87.4%", "success rate", 87.4, "%", "Meta-World", "Fwandor"),
            ("84.9%", "success rate", 84.9, "%", "Meta-World", "TD-MPC2"),
            ("70.2%", "success rate", 70.2, "%", "Meta-World", "DreamerV3"),
            ("average return by 11%", "return", 11, "%", "HumanoidBench", "Fwandor"),
            ("3.4\u00d7 faster", "speed-up", 3.4, "\u00d7", None, "Fwandor"),
            ("1.9\u00d7 faster in wall-clock time", "training speed-up", 1.9, "\u00d7", None, "Fwandor"),
            ("costs 4.2 points of success rate", "success rate", 4.2, "points", "Meta-World", None),
        ],
    },
    {
        "field": "world-models",
        "title": "Fvistral: Long-Horizon Action-Conditioned Video Prediction as a World Model for Robot Manipulation",
        "text": (
            "Video prediction models conditioned on robot actions can serve as learned simulators for policy "
            "evaluation and planning, but autoregressive token models such as iVideoGPT drift after a few seconds, "
            "and diffusion-based world models become memory-bound on long rollouts. We present Fvistral, a latent "
            "video diffusion model that generates 8-frame chunks conditioned on past latents and end-effector "
            "actions, and that keeps a compressed state memory updated by a Mamba layer instead of attending over the "
            "full history. Diffusion forcing during training lets each chunk be denoised at its own noise level, "
            "which stabilises rollouts of up to 256 frames. On BAIR robot pushing, Fvistral achieves an FVD of 61.3, "
            "compared with 75.0 for iVideoGPT and 72.4 for MaskViT. On 64-frame rollouts from BridgeData V2, "
            "Fvistral obtains an FVD of 188, a PSNR of 23.9 dB, an SSIM of 0.812 and an LPIPS of 0.094, improving "
            "PSNR by 1.8 dB and LPIPS by 21% over a full-attention diffusion baseline of the same size while using "
            "4.6\u00d7 less GPU memory. Fvistral also ranks 12 manipulation policies in close agreement with "
            "real-robot evaluation, with a Pearson correlation of 0.91 between estimated and real success rates. "
            "Generation runs at 14 frames per second at 256\u00d7256 resolution on one H100."
        ),
        "spans": [
            ("Fvistral", "M"), ("Action-Conditioned Video Prediction", "T"), ("World Model", "M"),
            ("Robot Manipulation", "T"), ("Video prediction", "T"), ("policy evaluation", "T"), ("iVideoGPT", "M"),
            ("diffusion", "M"), ("world models", "M"), ("latent video diffusion model", "M"), ("Mamba", "M"),
            ("Diffusion forcing", "M"), ("BAIR robot pushing", "D"), ("FVD", "X"), ("MaskViT", "M"),
            ("BridgeData V2", "D"), ("PSNR", "X"), ("SSIM", "X"), ("LPIPS", "X"), ("GPU memory", "X"),
            ("Pearson correlation", "X"), ("success rates", "X"), ("frames per second", "X"),
        ],
        "results": [
            ("FVD of 61.3", "FVD", 61.3, None, "BAIR robot pushing", "Fvistral"),
            ("75.0 for iVideoGPT", "FVD", 75.0, None, "BAIR robot pushing", "iVideoGPT"),
            ("72.4 for MaskViT", "FVD", 72.4, None, "BAIR robot pushing", "MaskViT"),
            ("FVD of 188", "FVD", 188, None, "BridgeData V2", "Fvistral"),
            ("PSNR of 23.9 dB", "PSNR", 23.9, "dB", "BridgeData V2", "Fvistral"),
            ("SSIM of 0.812", "SSIM", 0.812, None, "BridgeData V2", "Fvistral"),
            ("LPIPS of 0.094", "LPIPS", 0.094, None, "BridgeData V2", "Fvistral"),
            ("PSNR by 1.8 dB", "PSNR", 1.8, "dB", "BridgeData V2", "Fvistral"),
            ("LPIPS by 21%", "LPIPS", 21, "%", "BridgeData V2", "Fvistral"),
            ("4.6\u00d7 less GPU memory", "GPU memory reduction", 4.6, "\u00d7", "BridgeData V2", "Fvistral"),
            ("Pearson correlation of 0.91", "Pearson correlation", 0.91, None, None, "Fvistral"),
            ("14 frames per second", "throughput", 14, "frames/s", None, None),
        ],
    },
    {
        "field": "world-models",
        "title": "Fyrrow: Object-Centric World Models with Persistent Slots for Open-Ended Survival in Crafter",
        "text": (
            "Open-ended environments such as Crafter reward agents for discovering a hierarchy of achievements, which "
            "demands world models that track many small, persistent objects over long horizons. Pixel-reconstruction "
            "world models like DreamerV3 spend most of their capacity on background terrain. We propose Fyrrow, a "
            "world model whose encoder decomposes each observation into object slots with Slot Attention, whose "
            "dynamics model is a Transformer over slots with a recurrent memory token, and whose policy reads a "
            "pooled slot summary. Rewards and episode continuation are predicted from slots, and the slot encoder is "
            "pretrained on 50k random-policy frames by reconstructing DINOv2 features. Trained for 1M environment "
            "steps on Crafter, Fyrrow reaches a Crafter score of 24.6%, ahead of DreamerV3 (14.5%), \u0394-IRIS "
            "(9.5%) and the model-free PPO (4.6%), and unlocks 19 of the 22 achievements, including collecting "
            "diamonds in 4.1% of episodes. Achievement success rates improve most for achievements that require "
            "tools, such as placing a furnace (+31 points over DreamerV3). On Craftax-Classic, Fyrrow attains a "
            "Crafter score of 27.3% versus 17.2% for DreamerV3. Despite the added slot encoder, Fyrrow trains in 26 "
            "hours on a single A100, 1.3\u00d7 faster than DreamerV3 at the same replay ratio, because the slot "
            "dynamics model is smaller than the RSSM it replaces. We find that slot count matters less than slot "
            "persistence: enforcing consistent slot identities across time accounts for most of the gain."
        ),
        "spans": [
            ("Fyrrow", "M"), ("Object-Centric World Models", "M"), ("Crafter", "D"), ("world models", "M"),
            ("world model", "M"), ("DreamerV3", "M"), ("Slot Attention", "M"), ("Transformer", "M"),
            ("DINOv2", "M"), ("Crafter score", "X"), ("\u0394-IRIS", "M"), ("PPO", "M"),
            ("Achievement success rates", "X"), ("Craftax-Classic", "D"), ("RSSM", "M"),
        ],
        "results": [
            ("Crafter score of 24.6%", "Crafter score", 24.6, "%", "Crafter", "Fyrrow"),
            ("14.5%", "Crafter score", 14.5, "%", "Crafter", "DreamerV3"),
            ("9.5%", "Crafter score", 9.5, "%", "Crafter", "\u0394-IRIS"),
            ("4.6%", "Crafter score", 4.6, "%", "Crafter", "PPO", {"occ": 1}),
            ("unlocks 19 of the 22 achievements", "achievements unlocked", 19, None, "Crafter", "Fyrrow"),
            ("4.1% of episodes", "success rate", 4.1, "%", "Crafter", "Fyrrow"),
            ("+31 points", "success rate", 31, "points", None, None),
            ("Crafter score of 27.3%", "Crafter score", 27.3, "%", "Craftax-Classic", "Fyrrow"),
            ("17.2%", "Crafter score", 17.2, "%", "Craftax-Classic", "DreamerV3"),
            ("trains in 26 hours", "training time", 26, "h", None, "Fyrrow"),
            ("1.3\u00d7 faster", "speed-up", 1.3, "\u00d7", None, "Fyrrow"),
        ],
    },
    {
        "field": "world-models",
        "title": "Fwynmere: A Controllable Driving World Model with Layout-Anchored Multi-View Video Generation",
        "text": (
            "Generative world models for autonomous driving can synthesise rare scenarios and act as closed-loop "
            "simulators, but current multi-view generators such as DriveDreamer-2, Panacea and MagicDrive lose "
            "cross-view consistency within a few seconds and respond weakly to ego-motion commands. We present "
            "Fwynmere, a driving world model that builds on Stable Video Diffusion and anchors every generated chunk "
            "to a bird's-eye-view layout rendered from tracked 3D boxes and HD-map polylines, which are themselves "
            "forecast by a lightweight trajectory model conditioned on the ego action. Shared noise across the six "
            "cameras and cross-view attention keep the views consistent over 20-second rollouts. On nuScenes, "
            "Fwynmere achieves an FID of 11.2 and an FVD of 89.5, compared with 16.6 and 122.7 for MagicDrive and "
            "12.5 and 94.6 for Vista, and the generated videos support 3D object detection with BEVFusion at 34.9 "
            "mAP, 87% of the mAP obtained on real frames. Used as a simulator for end-to-end planning, Fwynmere "
            "reproduces the ranking of six planners on the NAVSIM leaderboard with a Spearman correlation of 0.94. "
            "Adding 20% synthetic long-tail scenes to the training data lowers the collision rate of UniAD on "
            "nuScenes from 0.61% to 0.43%. Generating a six-view, 8-second clip at 448\u00d7256 takes 41 s on an "
            "H100, 2.2\u00d7 faster than DriveDreamer-2."
        ),
        "spans": [
            ("Fwynmere", "M"), ("World Model", "M"), ("Multi-View Video Generation", "T"), ("world models", "M"),
            ("world model", "M"), ("autonomous driving", "T"), ("DriveDreamer-2", "M"), ("Panacea", "M"),
            ("MagicDrive", "M"), ("Stable Video Diffusion", "M"), ("nuScenes", "D"), ("FID", "X"), ("FVD", "X"),
            ("Vista", "M"), ("3D object detection", "T"), ("BEVFusion", "M"), ("mAP", "X"),
            ("end-to-end planning", "T"), ("NAVSIM", "D"), ("Spearman correlation", "X"), ("collision rate", "X"),
            ("UniAD", "M"),
        ],
        "results": [
            ("FID of 11.2", "FID", 11.2, None, "nuScenes", "Fwynmere"),
            ("FVD of 89.5", "FVD", 89.5, None, "nuScenes", "Fwynmere"),
            ("16.6", "FID", 16.6, None, "nuScenes", "MagicDrive"),
            ("122.7", "FVD", 122.7, None, "nuScenes", "MagicDrive"),
            ("12.5", "FID", 12.5, None, "nuScenes", "Vista"),
            ("94.6", "FVD", 94.6, None, "nuScenes", "Vista"),
            ("34.9 mAP", "mAP", 34.9, None, "nuScenes", None),
            ("87% of the mAP", "relative mAP", 87, "%", "nuScenes", None),
            ("Spearman correlation of 0.94", "Spearman correlation", 0.94, None, "NAVSIM", "Fwynmere"),
            ("collision rate of UniAD on nuScenes from 0.61% to 0.43%", "collision rate", 0.43, "%", "nuScenes",
             "UniAD"),
            ("takes 41 s", "generation time", 41, "s", None, None),
            ("2.2\u00d7 faster", "speed-up", 2.2, "\u00d7", None, None),
        ],
    },
    {
        "field": "world-models",
        "title": "Fvelkin: Conformally Calibrated Ensemble World Models for Offline Model-Based Reinforcement Learning",
        "text": (
            "Offline model-based reinforcement learning augments a fixed dataset with synthetic rollouts from a "
            "learned dynamics model, and methods such as MOPO, COMBO and MOBILE penalise rewards by model uncertainty "
            "to avoid exploiting model errors. These penalties are computed from uncalibrated ensembles, so they are "
            "too loose on narrow datasets and too strict on diverse ones. Fvelkin recalibrates the ensemble with "
            "conformal prediction on held-out transitions, truncates each rollout once the calibrated error bound "
            "exceeds a budget, and trains the policy with SAC on a mixture of real and model-generated data. On the "
            "12 D4RL locomotion datasets, Fvelkin attains an average normalized score of 84.7, against 80.2 for "
            "MOBILE, 73.3 for COMBO, 62.3 for MOPO and 75.6 for the model-free IQL. The largest gains are on the "
            "medium-replay and medium-expert datasets, where Fvelkin improves on MOBILE by 9.8 and 6.1 points, "
            "respectively. On the harder AntMaze tasks, where prior model-based methods score near zero, Fvelkin "
            "obtains a normalized score of 41.2 (IQL: 63.9), narrowing but not closing the gap to model-free "
            "methods. On NeoRL, Fvelkin beats the strongest baseline on 7 of the 9 tasks. Calibration adds only 6% "
            "to training time, and the calibrated bound predicts policy error better than ensemble disagreement, "
            "with a rank correlation of 0.78 versus 0.41."
        ),
        "spans": [
            ("Fvelkin", "M"), ("World Models", "M"), ("Offline Model-Based Reinforcement Learning", "M"),
            ("Offline model-based reinforcement learning", "M"), ("MOPO", "M"), ("COMBO", "M"), ("MOBILE", "M"),
            ("conformal prediction", "M"), ("SAC", "M"), ("D4RL", "D"), ("average normalized score", "X"),
            ("normalized score", "X"), ("IQL", "M"), ("medium-replay", "D"), ("medium-expert", "D"),
            ("AntMaze", "D"), ("NeoRL", "D"), ("training time", "X"), ("rank correlation", "X"),
        ],
        "results": [
            ("average normalized score of 84.7", "normalized score", 84.7, None, "D4RL", "Fvelkin"),
            ("80.2 for MOBILE", "normalized score", 80.2, None, "D4RL", "MOBILE"),
            ("73.3 for COMBO", "normalized score", 73.3, None, "D4RL", "COMBO"),
            ("62.3 for MOPO", "normalized score", 62.3, None, "D4RL", "MOPO"),
            ("75.6", "normalized score", 75.6, None, "D4RL", "IQL"),
            ("9.8", "improvement", 9.8, "points", "medium-replay", "Fvelkin"),
            ("6.1 points", "improvement", 6.1, "points", "medium-expert", "Fvelkin"),
            ("normalized score of 41.2", "normalized score", 41.2, None, "AntMaze", "Fvelkin"),
            ("63.9", "normalized score", 63.9, None, "AntMaze", "IQL"),
            ("beats the strongest baseline on 7 of the 9 tasks", "tasks won", 7, None, "NeoRL", "Fvelkin"),
            ("adds only 6% to training time", "training time", 6, "%", None, None),
            ("rank correlation of 0.78", "rank correlation", 0.78, None, None, None),
            ("0.41", "rank correlation", 0.41, None, None, None),
        ],
    },
]
