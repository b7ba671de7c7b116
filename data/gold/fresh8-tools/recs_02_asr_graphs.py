"""fresh8 records: asr (6) and graph-learning (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Ulmisto", "Urvelin", "Uvellon", "Ustrel", "Ulvarix",
          "Uthwaite", "Uskarin", "Umbelith", "Ulgravin", "Uldrova"]

RECS = [
    # ------------------------------------------------------------ asr
    {
        "field": "asr",
        "title": "Ulmisto: Chunk-Adaptive Attention for Streaming Multilingual Speech Recognition",
        "text": (
            "Automatic speech recognition (ASR) in streaming mode must emit tokens with low delay, yet the fixed "
            "chunk sizes used by chunk-based Conformer encoders waste right context on easy speech and starve "
            "difficult segments. We present Ulmisto, a streaming Conformer-Transducer whose chunk boundaries are "
            "predicted on the fly by a lightweight boundary head trained with a delay-penalised objective. A single "
            "encoder is shared across 12 languages and trained on 48k hours drawn from Multilingual LibriSpeech "
            "(MLS), Common Voice 15.0 and VoxPopuli. On LibriSpeech test-clean/test-other, Ulmisto reaches a word "
            "error rate (WER) of 2.9%/6.8% with a mean emission latency of 320 ms, compared with 3.4%/8.1% for a "
            "fixed 640 ms chunk baseline. Averaged over the MLS languages, WER drops from 10.7 to 9.2, and on FLEURS "
            "the macro-averaged character error rate (CER) is 7.4 versus 8.9 for Whisper large-v3 decoded with a "
            "2 s sliding window. The real-time factor (RTF) on a single CPU core is 0.21. Relative to Emformer, "
            "Ulmisto lowers the 90th-percentile emission latency by 41% while improving WER on 10 of the 12 "
            "languages. Ablations show that the delay penalty, rather than the capacity of the boundary head, "
            "governs the trade-off between errors and delay, and that sharing one boundary head across all "
            "languages costs little."
        ),
        "spans": [
            ("Ulmisto", "M"), ("Streaming Multilingual Speech Recognition", "T"),
            ("Automatic speech recognition", "T"), ("ASR", "T"), ("Conformer", "M"), ("Conformer-Transducer", "M"),
            ("Multilingual LibriSpeech", "D"), ("MLS", "D"), ("Common Voice 15.0", "D"), ("VoxPopuli", "D"),
            ("LibriSpeech test-clean", "D"), ("test-other", "D"), ("word error rate", "X"), ("WER", "X"),
            ("mean emission latency", "X"), ("FLEURS", "D"), ("macro-averaged character error rate", "X"),
            ("CER", "X"), ("Whisper large-v3", "M"), ("real-time factor", "X"), ("RTF", "X"), ("Emformer", "M"),
            ("90th-percentile emission latency", "X"),
        ],
        "results": [
            ("word error rate (WER) of 2.9%", "WER", 2.9, "%", "LibriSpeech test-clean", "Ulmisto"),
            ("6.8%", "WER", 6.8, "%", "LibriSpeech test-other", "Ulmisto"),
            ("mean emission latency of 320 ms", "mean emission latency", 320, "ms", None, "Ulmisto"),
            ("3.4%", "WER", 3.4, "%", "LibriSpeech test-clean", None),
            ("8.1%", "WER", 8.1, "%", "LibriSpeech test-other", None),
            ("WER drops from 10.7 to 9.2", "WER", 9.2, None, "Multilingual LibriSpeech", None),
            ("macro-averaged character error rate (CER) is 7.4", "macro-averaged CER", 7.4, None, "FLEURS", None),
            ("8.9", "macro-averaged CER", 8.9, None, "FLEURS", "Whisper large-v3"),
            ("real-time factor (RTF) on a single CPU core is 0.21", "real-time factor", 0.21, None, None, None),
            ("90th-percentile emission latency by 41%", "90th-percentile emission latency reduction", 41, "%",
             None, "Ulmisto"),
            ("improving WER on 10 of the 12 languages", "languages improved", 10, None, None, "Ulmisto"),
        ],
    },
    {
        "field": "asr",
        "title": "Few Hours, Many Tongues: Phoneme-Anchored Adapters for Low-Resource Speech Recognition",
        "text": (
            "Self-supervised speech models such as XLS-R and MMS have made it possible to build recognisers for "
            "languages with only a few hours of transcribed audio, but full fine-tuning of a 300M-parameter encoder "
            "for every language is costly and overfits quickly. We propose Urvelin, a parameter-efficient scheme "
            "that inserts bottleneck adapters into a frozen XLS-R encoder and anchors them with an auxiliary CTC "
            "loss over phoneme inventories taken from PHOIBLE, so that languages sharing sounds also share adapter "
            "behaviour. Adapters add about 9M parameters per language and train in under an hour on one GPU. We "
            "simulate low-resource conditions with 1-hour and 10-hour subsets of Common Voice 16.1 for 15 "
            "typologically diverse languages and additionally test on FLEURS. With 10 hours of data, Urvelin "
            "attains an average character error rate (CER) of 8.3% on Common Voice, against 9.6% for full "
            "fine-tuning and 11.2% for plain adapters without the phoneme anchor. The advantage widens as data "
            "shrinks: at 1 hour, CER falls from 21.5% to 16.9%. On FLEURS, the average WER of Urvelin is 24.7, "
            "within 1.1 points of MMS-1B-all, which saw roughly thirty times more transcribed speech. Shallow "
            "fusion with a 5-gram language model trained on Wikipedia text lowers WER by a further 12% relative. "
            "Gains are smallest for tonal languages such as Yoruba and Vietnamese, whose phoneme labels omit tone, "
            "and we discuss extending the inventories with tone features."
        ),
        "spans": [
            ("Adapters", "M"), ("Low-Resource Speech Recognition", "T"), ("XLS-R", "M"), ("MMS", "M"),
            ("full fine-tuning", "M"), ("Urvelin", "M"), ("bottleneck adapters", "M"), ("adapters", "M"),
            ("CTC", "M"), ("PHOIBLE", "D"), ("Common Voice 16.1", "D"), ("Common Voice", "D"), ("FLEURS", "D"),
            ("average character error rate", "X"), ("CER", "X"), ("average WER", "X"), ("WER", "X"),
            ("MMS-1B-all", "M"), ("Shallow fusion", "M"), ("5-gram language model", "M"), ("Wikipedia", "D"),
        ],
        "results": [
            ("average character error rate (CER) of 8.3%", "average CER", 8.3, "%", "Common Voice", "Urvelin"),
            ("9.6%", "average CER", 9.6, "%", "Common Voice", "full fine-tuning"),
            ("11.2%", "average CER", 11.2, "%", "Common Voice", "adapters"),
            ("CER falls from 21.5% to 16.9%", "CER", 16.9, "%", None, None),
            ("average WER of Urvelin is 24.7", "average WER", 24.7, None, "FLEURS", "Urvelin"),
            ("within 1.1 points of MMS-1B-all", "average WER", 1.1, "points", "FLEURS", "Urvelin"),
            ("lowers WER by a further 12% relative", "relative WER reduction", 12, "%", None, "Shallow fusion"),
        ],
    },
    {
        "field": "asr",
        "title": "Uvellon: A 1,200-Hour Benchmark for Code-Switched Conversational Speech Recognition",
        "text": (
            "Code-switching, the alternation between languages within a single conversation, is pervasive in "
            "multilingual communities, yet code-switched speech recognition remains poorly served by public ASR "
            "benchmarks, which are dominated by read or monolingual speech. We introduce Uvellon, a corpus of 1,200 "
            "hours of spontaneous telephone conversations in which speakers mix Hindi, Tamil or Bengali with "
            "English, transcribed by native annotators in the native script of each language and in Latin script "
            "for English. Uvellon comes with speaker-disjoint train, dev and test splits, utterance-level language "
            "tags and a 40-hour subset containing overlapped speech. We benchmark Whisper large-v3, MMS, OWSM v3.1 "
            "and SeamlessM4T, as well as Conformer-CTC and Zipformer models trained from scratch on Uvellon. We "
            "report the mixed error rate (MER), which counts errors over characters for the Indic scripts and over "
            "words for English. Zero-shot Whisper large-v3 performs poorly, with an MER of 41.8% on the test split, "
            "largely because it transliterates or translates the English segments. Fine-tuning on Uvellon roughly "
            "halves its error, but a Zipformer trained from scratch is competitive at a fraction of the size. "
            "Errors concentrate at switch points: words within two tokens of a language boundary are misrecognised "
            "almost twice as often as other words, and overlapped speech remains hard for every system. We release "
            "the audio, transcripts and training recipes under a research licence."
        ),
        "spans": [
            ("Uvellon", "D"), ("Code-Switched Conversational Speech Recognition", "T"),
            ("code-switched speech recognition", "T"), ("ASR", "T"), ("Whisper large-v3", "M"), ("MMS", "M"),
            ("OWSM v3.1", "M"), ("SeamlessM4T", "M"), ("Conformer-CTC", "M"), ("Zipformer", "M"),
            ("mixed error rate", "X"), ("MER", "X"),
        ],
        "results": [
            ("MER of 41.8%", "MER", 41.8, "%", None, "Whisper large-v3"),
        ],
    },
    {
        "field": "asr",
        "title": "Ustrel: Retrieval-Augmented Contextual Biasing for LLM-Based Speech Recognition",
        "text": (
            "Speech recognizers that couple a speech encoder to a decoder-only large language model (LLM) through a "
            "projector transcribe common words well but still miss rare entities such as contact names, drug names "
            "and product codes. Ustrel approaches contextual biasing as retrieval: a phonetic retriever selects "
            "candidate phrases from a user-specific bias list of up to 5,000 entries, and the top-k phrases are "
            "inserted into the LLM prompt, so new lists need neither shallow fusion nor retraining. We build on a "
            "Whisper large-v3 encoder and Qwen2-7B-Instruct, adapted with LoRA on the 960 hours of LibriSpeech. On "
            "the LibriSpeech biasing benchmark with 1,000 distractors, Ustrel reduces the biased word error rate "
            "(B-WER) on test-other from 10.3% to 4.6%, while the unbiased WER (U-WER) stays at 5.1% (5.0% without "
            "biasing). Compared with contextual adapters and neural shallow fusion under the same list size, B-WER "
            "is lower by 29% and 37%, respectively. On an in-house medical dictation set, entity recall rises from "
            "71.2% \u2192 88.5%. Retrieval adds 14 ms per utterance, and the longer prompt raises the real-time "
            "factor from 0.082 to 0.097. Growing the list to 5,000 entries degrades B-WER by only 0.7 absolute, "
            "which suggests that the retriever, not the LLM, is the main bottleneck for large lists."
        ),
        "spans": [
            ("Ustrel", "M"), ("Contextual Biasing", "T"), ("contextual biasing", "T"), ("LLM", "M"),
            ("Speech Recognition", "T"), ("large language model", "M"), ("shallow fusion", "M"),
            ("neural shallow fusion", "M"), ("Whisper large-v3", "M"), ("Qwen2-7B-Instruct", "M"), ("LoRA", "M"),
            ("LibriSpeech", "D"), ("test-other", "D"), ("biased word error rate", "X"), ("B-WER", "X"),
            ("unbiased WER", "X"), ("U-WER", "X"), ("contextual adapters", "M"), ("entity recall", "X"),
            ("real-time factor", "X"),
        ],
        "results": [
            ("biased word error rate (B-WER) on test-other from 10.3% to 4.6%", "B-WER", 4.6, "%",
             "LibriSpeech test-other", "Ustrel"),
            ("unbiased WER (U-WER) stays at 5.1%", "U-WER", 5.1, "%", "LibriSpeech test-other", "Ustrel"),
            ("5.0% without biasing", "U-WER", 5.0, "%", "LibriSpeech test-other", None),
            ("B-WER is lower by 29%", "B-WER reduction", 29, "%", None, None),
            ("37%", "B-WER reduction", 37, "%", None, None),
            ("entity recall rises from 71.2% \u2192 88.5%", "entity recall", 88.5, "%", None, None),
            ("Retrieval adds 14 ms per utterance", "retrieval time", 14, "ms", None, None),
            ("real-time factor from 0.082 to 0.097", "real-time factor", 0.097, None, None, None),
            ("degrades B-WER by only 0.7 absolute", "B-WER", 0.7, None, None, None),
        ],
    },
    {
        "field": "asr",
        "title": "Hallucinating in Silence: How Whisper-Style Recognizers Transcribe Non-Speech Audio",
        "text": (
            "Large weakly supervised recognizers such as Whisper and OWSM produce fluent transcripts across many "
            "domains, but they are known to insert plausible text where no speech is present. We study this "
            "failure systematically. We construct test conditions from the noise and music portions of MUSAN, "
            "silent stretches of the AMI Meeting Corpus, and long-form podcast audio with extended pauses, and we "
            "compare Whisper, OWSM, Canary and the CTC-based MMS model. Insertions are measured by the insertion "
            "rate on non-speech regions and by a semantic hallucination score that uses a natural language "
            "inference (NLI) model to flag output unsupported by the reference transcript. We find that "
            "attention-based decoders hallucinate far more often than CTC models of comparable size, that the "
            "inserted text is dominated by a small set of phrases apparently learned from subtitle credits, and "
            "that voice activity detection (VAD) as a front-end removes most but not all insertions, because music "
            "with vocals is frequently transcribed as lyrics. Beam search and temperature fallback, the default "
            "decoding heuristics for Whisper, make hallucinations more frequent on long-form input. Finally, we "
            "show that fine-tuning on a small amount of non-speech audio paired with empty transcripts suppresses "
            "insertions without harming word error rate on LibriSpeech and TED-LIUM 3. We release the evaluation "
            "suite and argue that hallucination rates should be reported alongside WER."
        ),
        "spans": [
            ("Whisper", "M"), ("OWSM", "M"), ("MUSAN", "D"), ("AMI Meeting Corpus", "D"), ("Canary", "M"),
            ("CTC", "M"), ("MMS", "M"), ("insertion rate", "X"), ("semantic hallucination score", "X"),
            ("natural language inference", "T"), ("NLI", "T"), ("voice activity detection", "T"), ("VAD", "T"),
            ("Beam search", "M"), ("temperature fallback", "M"), ("word error rate", "X"), ("LibriSpeech", "D"),
            ("TED-LIUM 3", "D"), ("hallucination rates", "X"), ("WER", "X"),
        ],
        "results": [],
    },
    {
        "field": "asr",
        "title": "Ulvarix: Distilling Whisper into a Compact Zipformer-Transducer for On-Device Speech Recognition",
        "text": (
            "On-device speech recognition must fit tight memory and energy budgets, while the strongest open "
            "models, such as Whisper large-v3 with 1.55B parameters, are far too large for phones. We present "
            "Ulvarix, a recipe that distills Whisper large-v3 into a 68M-parameter Zipformer-Transducer through "
            "pseudo-labeling of 90k hours of unlabeled YODAS audio, followed by 4-bit post-training quantization of "
            "the encoder with GPTQ-style error compensation. Knowledge distillation combines sequence-level targets "
            "with frame-level matching of encoder representations, and a stateless predictor keeps the decoder "
            "below 2M parameters. On LibriSpeech, the student obtains WERs of 2.5 and 5.6 on test-clean and "
            "test-other, respectively, within 0.3 points of the teacher on test-clean, and on the long-form "
            "Earnings-22 set it scores 13.9% WER (Whisper large-v3: 12.8%). After quantization the model occupies "
            "41 MB, a 73\u00d7 reduction in memory footprint, and WER increases by at most 0.2 absolute on every "
            "test set. On a Pixel 8 CPU, Ulvarix transcribes with a real-time factor of 0.07, runs 5.2\u00d7 "
            "faster than Distil-Whisper, and lowers energy consumption by 38% relative to whisper.cpp running the "
            "small Whisper model. Remaining weaknesses are the lack of punctuation and a clear drop in accuracy on "
            "accented English from Common Voice, which we attribute to the accent distribution of YODAS."
        ),
        "spans": [
            ("Ulvarix", "M"), ("Whisper", "M"), ("Zipformer-Transducer", "M"), ("Speech Recognition", "T"),
            ("speech recognition", "T"), ("Whisper large-v3", "M"), ("pseudo-labeling", "M"), ("YODAS", "D"),
            ("post-training quantization", "M"), ("quantization", "M"), ("GPTQ", "M"),
            ("Knowledge distillation", "M"), ("LibriSpeech", "D"), ("WERs", "X"), ("WER", "X"),
            ("test-clean", "D"), ("test-other", "D"), ("Earnings-22", "D"), ("memory footprint", "X"),
            ("real-time factor", "X"), ("Distil-Whisper", "M"), ("energy consumption", "X"), ("accuracy", "X"),
            ("Common Voice", "D"),
        ],
        "results": [
            ("WERs of 2.5", "WER", 2.5, None, "LibriSpeech test-clean", None),
            ("5.6", "WER", 5.6, None, "LibriSpeech test-other", None),
            ("within 0.3 points of the teacher", "WER", 0.3, "points", "LibriSpeech test-clean", None),
            ("13.9% WER", "WER", 13.9, "%", "Earnings-22", None),
            ("12.8%", "WER", 12.8, "%", "Earnings-22", "Whisper large-v3"),
            ("occupies 41 MB", "model size", 41, "MB", None, None),
            ("73\u00d7 reduction in memory footprint", "memory footprint reduction", 73, "\u00d7", None, None),
            ("WER increases by at most 0.2 absolute", "WER", 0.2, None, None, None),
            ("real-time factor of 0.07", "real-time factor", 0.07, None, None, "Ulvarix"),
            ("5.2\u00d7 faster than Distil-Whisper", "speed-up", 5.2, "\u00d7", None, "Ulvarix"),
            ("energy consumption by 38%", "energy consumption reduction", 38, "%", None, "Ulvarix"),
        ],
    },
    # ------------------------------------------------------------ graph-learning
    {
        "field": "graph-learning",
        "title": "Uthwaite: Subgraph-Free Structural Features for Scalable Link Prediction",
        "text": (
            "Graph neural networks (GNNs) for link prediction face a well-known trade-off: subgraph-based models "
            "such as SEAL capture pairwise structure but must extract an enclosing subgraph for every query edge, "
            "whereas message-passing encoders like GCN and GraphSAGE are fast but cannot count common neighbours. "
            "Recent methods (NCNC, BUDDY, MPLP) approximate structural heuristics with sketches or node labelling "
            "tricks. We propose Uthwaite, which estimates multi-hop common-neighbour and Adamic-Adar counts from "
            "random-walk return probabilities precomputed once per graph, then feeds them, together with a GCN "
            "encoding of both endpoints, to a small MLP decoder. On the Open Graph Benchmark, Uthwaite achieves "
            "Hits@50 of 68.9 on ogbl-collab, Hits@100 of 71.4 on ogbl-ppa and an MRR of 89.7 on ogbl-citation2, "
            "improving over NCNC by 2.1, 9.8 and 0.6 points, respectively. On ogbl-ddi, Uthwaite's Hits@20 "
            "(94.2 \u00b1 1.1) lies within the variance of the best reported result. On Cora, Citeseer and Pubmed, "
            "the average Hits@100 gain over BUDDY is 3.4 points. Inference throughput reaches 1.9M edges per second "
            "on one A100, 7.5\u00d7 that of SEAL and 1.6\u00d7 that of NCNC, and preprocessing of ogbl-citation2 "
            "finishes in 11 minutes. An ablation shows that the Adamic-Adar term contributes most on sparse "
            "collaboration graphs such as ogbl-collab."
        ),
        "spans": [
            ("Uthwaite", "M"), ("Link Prediction", "T"), ("link prediction", "T"), ("Graph neural networks", "M"),
            ("GNNs", "M"), ("SEAL", "M"), ("GCN", "M"), ("GraphSAGE", "M"), ("NCNC", "M"), ("BUDDY", "M"),
            ("MPLP", "M"), ("Adamic-Adar", "M"), ("MLP", "M"), ("Open Graph Benchmark", "D"), ("Hits@50", "X"),
            ("ogbl-collab", "D"), ("Hits@100", "X"), ("average Hits@100", "X"), ("ogbl-ppa", "D"), ("MRR", "X"),
            ("ogbl-citation2", "D"), ("ogbl-ddi", "D"), ("Hits@20", "X"), ("Cora", "D"), ("Citeseer", "D"),
            ("Pubmed", "D"), ("Inference throughput", "X"),
        ],
        "results": [
            ("Hits@50 of 68.9 on ogbl-collab", "Hits@50", 68.9, None, "ogbl-collab", "Uthwaite"),
            ("Hits@100 of 71.4 on ogbl-ppa", "Hits@100", 71.4, None, "ogbl-ppa", "Uthwaite"),
            ("MRR of 89.7 on ogbl-citation2", "MRR", 89.7, None, "ogbl-citation2", "Uthwaite"),
            ("by 2.1", "Hits@50", 2.1, "points", "ogbl-collab", "Uthwaite"),
            ("9.8", "Hits@100", 9.8, "points", "ogbl-ppa", "Uthwaite"),
            ("0.6 points", "MRR", 0.6, "points", "ogbl-citation2", "Uthwaite"),
            ("Hits@20 (94.2", "Hits@20", 94.2, None, "ogbl-ddi", "Uthwaite"),
            ("average Hits@100 gain over BUDDY is 3.4 points", "average Hits@100", 3.4, "points", None, None),
            ("Inference throughput reaches 1.9M edges per second", "inference throughput", 1.9, "M edges/s",
             None, None),
            ("7.5\u00d7 that of SEAL", "inference throughput", 7.5, "\u00d7", None, None),
            ("1.6\u00d7 that of NCNC", "inference throughput", 1.6, "\u00d7", None, None),
            ("preprocessing of ogbl-citation2 finishes in 11 minutes", "preprocessing time", 11, "min",
             "ogbl-citation2", None),
        ],
    },
    {
        "field": "graph-learning",
        "title": "Spectral Neighbourhoods Make Sparse Graph Transformers Competitive on Long-Range Benchmarks",
        "text": (
            "Graph transformers promise to capture long-range interactions that message-passing neural networks "
            "(MPNNs) miss, but full attention scales quadratically with the number of nodes, and sparse variants "
            "such as Exphormer rely on expander graphs whose benefit is hard to predict in advance. We introduce "
            "Uskarin, a graph transformer whose attention pattern is derived from the low-frequency eigenvectors of "
            "the graph Laplacian: each node attends to its k nearest nodes in spectral space plus its graph "
            "neighbours, giving a cost linear in the number of nodes for fixed k. Positional information comes from "
            "the same eigenvectors through SignNet, so the model needs no extra structural features. On the Long "
            "Range Graph Benchmark (LRGB), Uskarin reaches an AP of 0.7214 on Peptides-func, an MAE of 0.2419 on "
            "Peptides-struct and a macro F1 of 0.4132 on PascalVOC-SP, ahead of GraphGPS (0.6535 / 0.2500 / "
            "0.3748). On ZINC, Uskarin obtains a test MAE of 0.061, comparable to GRIT. On ogbn-products (2.4M "
            "nodes), where full attention runs out of memory, Uskarin trains on a single GPU and reaches 83.1% test "
            "accuracy. Ablations indicate that spectral neighbours account for most of the gain on Peptides-func, "
            "whereas on ZINC local message passing alone is almost sufficient, consistent with the short-range "
            "nature of that task."
        ),
        "spans": [
            ("Graph Transformers", "M"), ("Graph transformers", "M"), ("graph transformer", "M"),
            ("message-passing neural networks", "M"), ("MPNNs", "M"), ("full attention", "M"), ("Exphormer", "M"),
            ("Uskarin", "M"), ("SignNet", "M"), ("Long Range Graph Benchmark", "D"), ("LRGB", "D"), ("AP", "X"),
            ("Peptides-func", "D"), ("MAE", "X"), ("Peptides-struct", "D"), ("macro F1", "X"),
            ("PascalVOC-SP", "D"), ("GraphGPS", "M"), ("ZINC", "D"), ("test MAE", "X"), ("GRIT", "M"),
            ("ogbn-products", "D"), ("test accuracy", "X"), ("message passing", "M"),
        ],
        "results": [
            ("AP of 0.7214 on Peptides-func", "AP", 0.7214, None, "Peptides-func", "Uskarin"),
            ("MAE of 0.2419 on Peptides-struct", "MAE", 0.2419, None, "Peptides-struct", "Uskarin"),
            ("macro F1 of 0.4132 on PascalVOC-SP", "macro F1", 0.4132, None, "PascalVOC-SP", "Uskarin"),
            ("0.6535", "AP", 0.6535, None, "Peptides-func", "GraphGPS"),
            ("0.2500", "MAE", 0.25, None, "Peptides-struct", "GraphGPS"),
            ("0.3748", "macro F1", 0.3748, None, "PascalVOC-SP", "GraphGPS"),
            ("test MAE of 0.061", "test MAE", 0.061, None, "ZINC", "Uskarin"),
            ("83.1% test accuracy", "test accuracy", 83.1, "%", "ogbn-products", "Uskarin"),
        ],
    },
    {
        "field": "graph-learning",
        "title": "Umbelith: Pretraining on Conformer Ensembles for Molecular Property Prediction",
        "text": (
            "Pretraining molecular encoders on 3D geometry improves downstream property prediction, but most "
            "denoising objectives perturb a single low-energy conformer and ignore the flexibility of real "
            "molecules. We propose Umbelith, an SE(3)-equivariant transformer pretrained to denoise ensembles of up "
            "to eight conformers per molecule generated with RDKit, with a contrastive term that aligns the "
            "ensemble embedding with a 2D graph encoder so that the model can still be fine-tuned when only the "
            "molecular graph is available. Pretraining uses 3.4M molecules from PCQM4Mv2 and GEOM-Drugs. On QM9, "
            "Umbelith lowers the mean absolute error (MAE) on HOMO, LUMO and gap to 14.8, 13.1 and 27.5 meV, "
            "respectively; averaged over all 12 targets, its standardized MAE is 0.91 vs. 1.00 for Uni-Mol and "
            "1.04 for Frad. Umbelith improves on Transformer-M on 9 of the 12 targets. On MoleculeNet, the average "
            "ROC-AUC over six classification datasets (BBBP, Tox21, ToxCast, SIDER, ClinTox and HIV) reaches "
            "76.8%, a 1.9-point gain over GraphMVP. With only 2D input at test time, the PCQM4Mv2 validation MAE "
            "is 0.0781 eV, against 0.0719 eV when conformers are supplied, so most of the benefit of 3D pretraining "
            "survives without geometry at inference. Pretraining takes 3.5 days on eight A100 GPUs."
        ),
        "spans": [
            ("Umbelith", "M"), ("Molecular Property Prediction", "T"), ("property prediction", "T"),
            ("transformer", "M"), ("PCQM4Mv2", "D"), ("GEOM-Drugs", "D"), ("QM9", "D"),
            ("mean absolute error", "X"), ("MAE", "X"), ("standardized MAE", "X"), ("Uni-Mol", "M"),
            ("Frad", "M"), ("Transformer-M", "M"), ("MoleculeNet", "D"), ("average ROC-AUC", "X"),
            ("BBBP", "D"), ("Tox21", "D"), ("ToxCast", "D"), ("SIDER", "D"), ("ClinTox", "D"), ("HIV", "D"),
            ("GraphMVP", "M"), ("validation MAE", "X"),
        ],
        "results": [
            ("mean absolute error (MAE) on HOMO, LUMO and gap to 14.8", "MAE", 14.8, "meV", "QM9", "Umbelith"),
            ("13.1", "MAE", 13.1, "meV", "QM9", "Umbelith"),
            ("27.5 meV", "MAE", 27.5, "meV", "QM9", "Umbelith"),
            ("standardized MAE is 0.91", "standardized MAE", 0.91, None, "QM9", "Umbelith"),
            ("1.00 for Uni-Mol", "standardized MAE", 1.00, None, "QM9", "Uni-Mol"),
            ("1.04 for Frad", "standardized MAE", 1.04, None, "QM9", "Frad"),
            ("improves on Transformer-M on 9 of the 12 targets", "targets improved", 9, None, None, "Umbelith"),
            ("average ROC-AUC over six classification datasets (BBBP, Tox21, ToxCast, SIDER, ClinTox and HIV) "
             "reaches 76.8%", "average ROC-AUC", 76.8, "%", "MoleculeNet", None),
            ("1.9-point gain over GraphMVP", "average ROC-AUC", 1.9, "points", "MoleculeNet", None),
            ("validation MAE is 0.0781 eV", "validation MAE", 0.0781, "eV", "PCQM4Mv2", None),
            ("0.0719 eV", "validation MAE", 0.0719, "eV", "PCQM4Mv2", None),
            ("Pretraining takes 3.5 days", "pretraining time", 3.5, "days", None, None),
        ],
    },
    {
        "field": "graph-learning",
        "title": "Is Heterophily Really the Problem? Tuned Classic GNNs Revisited for Node Classification",
        "text": (
            "Heterophilous graphs, where linked nodes tend to have different labels, are widely used to motivate new "
            "GNN architectures. Yet recent evidence suggests that the standard heterophily benchmarks Chameleon and "
            "Squirrel contain many duplicate nodes, and that much of the reported progress disappears once the data "
            "are cleaned. We revisit node classification under heterophily with a careful evaluation on the "
            "filtered datasets of Platonov et al., namely roman-empire, amazon-ratings, minesweeper, tolokers and "
            "questions, and on the original Texas, Cornell and Wisconsin splits. We compare twelve specialised "
            "models, including H2GCN, GPR-GNN, GloGNN and FSGNN, against GCN, GAT and GraphSAGE equipped with "
            "separate ego and neighbour embeddings, residual connections and layer normalization, tuning every model "
            "with the same search budget. The tuned classic baselines match or beat the specialised models on most "
            "datasets; on roman-empire a tuned GraphSAGE reaches 89.6% accuracy, and on tolokers its ROC-AUC is "
            "within one standard deviation of the best specialised model. The small WebKB graphs (Texas, Cornell, "
            "Wisconsin) produce variances too large to rank methods at all. We argue that heterophily benchmarks "
            "should always report tuned classic baselines and that attention should shift to the larger filtered "
            "datasets."
        ),
        "spans": [
            ("GNNs", "M"), ("Node Classification", "T"), ("node classification", "T"), ("GNN", "M"),
            ("Chameleon", "D"), ("Squirrel", "D"), ("roman-empire", "D"), ("amazon-ratings", "D"),
            ("minesweeper", "D"), ("tolokers", "D"), ("questions", "D"), ("Texas", "D"), ("Cornell", "D"),
            ("Wisconsin", "D"), ("H2GCN", "M"), ("GPR-GNN", "M"), ("GloGNN", "M"), ("FSGNN", "M"), ("GCN", "M"),
            ("GAT", "M"), ("GraphSAGE", "M"), ("residual connections", "M"), ("layer normalization", "M"),
            ("accuracy", "X"), ("ROC-AUC", "X"), ("WebKB", "D"),
        ],
        "results": [
            ("89.6% accuracy", "accuracy", 89.6, "%", "roman-empire", "GraphSAGE"),
        ],
    },
    {
        "field": "graph-learning",
        "title": "Ulgravin: Aligning Graph Tokens with Frozen Language Models for Zero-Shot Node Classification",
        "text": (
            "Text-attributed graphs pair each node with a document, and recent work feeds them to large language "
            "models (LLMs) either by verbalizing neighbourhoods as text, which quickly exhausts the context window, "
            "or by projecting GNN embeddings into the token space, which requires task-specific instruction tuning. "
            "Ulgravin instead trains a graph tokenizer, a GraphSAGE encoder followed by a Q-Former-style resampler, "
            "that compresses each node's 2-hop neighbourhood into 8 soft tokens for a frozen Llama-3.1-8B-Instruct. "
            "The tokenizer is aligned with node text through a contrastive objective on six source graphs and never "
            "sees the target graph. For zero-shot node classification, we report Ulgravin's accuracy on each target "
            "graph (Cora: 71.3%, "
            "PubMed: 78.9%, ogbn-arxiv: 62.4%, WikiCS: 66.0%), compared with 64.8%, 70.2%, 55.9% and 60.3% for "
            "GraphGPT and 58.1%, 69.4%, 51.0% and 57.7% for zero-shot prompting of the same LLM with verbalized "
            "neighbourhoods. Ulgravin thus raises average accuracy over the four graphs from 62.8 for GraphGPT to "
            "69.7. Prompts are about 12\u00d7 shorter than verbalized inputs, making inference 4.3\u00d7 faster. "
            "In few-shot link prediction on the same graphs the gains shrink to under two points of Hits@10. "
            "Probing shows that the soft tokens mostly encode label-relevant words from neighbouring documents "
            "rather than graph structure, which explains the weaker link prediction results."
        ),
        "spans": [
            ("Ulgravin", "M"), ("Language Models", "M"), ("Zero-Shot Node Classification", "T"),
            ("large language models", "M"), ("LLMs", "M"), ("LLM", "M"), ("GNN", "M"),
            ("instruction tuning", "M"), ("GraphSAGE", "M"), ("Q-Former", "M"), ("Llama-3.1-8B-Instruct", "M"),
            ("zero-shot node classification", "T"), ("accuracy", "X"), ("Cora", "D"), ("PubMed", "D"),
            ("ogbn-arxiv", "D"), ("WikiCS", "D"), ("GraphGPT", "M"), ("zero-shot prompting", "M"),
            ("average accuracy", "X"), ("few-shot link prediction", "T"), ("link prediction", "T"),
            ("Hits@10", "X"),
        ],
        "results": [
            ("Cora: 71.3%", "accuracy", 71.3, "%", "Cora", "Ulgravin"),
            ("PubMed: 78.9%", "accuracy", 78.9, "%", "PubMed", "Ulgravin"),
            ("ogbn-arxiv: 62.4%", "accuracy", 62.4, "%", "ogbn-arxiv", "Ulgravin"),
            ("WikiCS: 66.0%", "accuracy", 66.0, "%", "WikiCS", "Ulgravin"),
            ("64.8%", "accuracy", 64.8, "%", "Cora", "GraphGPT"),
            ("70.2%", "accuracy", 70.2, "%", "PubMed", "GraphGPT"),
            ("55.9%", "accuracy", 55.9, "%", "ogbn-arxiv", "GraphGPT"),
            ("60.3%", "accuracy", 60.3, "%", "WikiCS", "GraphGPT"),
            ("58.1%", "accuracy", 58.1, "%", "Cora", "zero-shot prompting"),
            ("69.4%", "accuracy", 69.4, "%", "PubMed", "zero-shot prompting"),
            ("51.0%", "accuracy", 51.0, "%", "ogbn-arxiv", "zero-shot prompting"),
            ("57.7%", "accuracy", 57.7, "%", "WikiCS", "zero-shot prompting"),
            ("average accuracy over the four graphs from 62.8 for GraphGPT", "average accuracy", 62.8, None, None,
             "GraphGPT"),
            ("to 69.7", "average accuracy", 69.7, None, None, "Ulgravin"),
            ("about 12\u00d7 shorter", "prompt length reduction", 12, "\u00d7", None, None),
            ("inference 4.3\u00d7 faster", "speed-up", 4.3, "\u00d7", None, None),
        ],
    },
    {
        "field": "graph-learning",
        "title": "Uldrova: Memory-Efficient Temporal Graph Networks via Event Sketching",
        "text": (
            "Continuous-time dynamic graphs, such as interaction logs and transaction networks, are commonly "
            "modelled either with memory-based temporal graph neural networks like TGN, JODIE and DyRep, or with "
            "memory-free models such as GraphMixer and DyGFormer that attend over recent neighbours. Both families "
            "struggle on the large datasets of the Temporal Graph Benchmark (TGB), where per-node memory and "
            "neighbour histories no longer fit in GPU memory. Uldrova replaces exact neighbour histories with "
            "count-min sketches of recent events per node, updated in constant time, and scores candidate edges "
            "with a two-layer MLP over the sketched features and a time encoding. On the dynamic link prediction "
            "datasets tgbl-wiki, tgbl-review, tgbl-coin and tgbl-comment, Uldrova improves test MRR by 4\u201311% "
            "over DyGFormer, and on tgbl-flight, where DyGFormer runs out of memory on an 80 GB GPU, it reaches an "
            "MRR of 0.741 compared with 0.705 for TGN. Peak memory usage is 3.2\u00d7 lower than with TGN, "
            "training per epoch is 2.7\u20135.9\u00d7 faster, and accuracy degrades gracefully as the sketch width "
            "shrinks: halving it costs less than one MRR point. On the dynamic node property prediction tasks "
            "tgbn-trade and tgbn-genre, NDCG@10 is 0.392 and 0.381, respectively, trailing the persistent forecast "
            "baseline on tgbn-trade but ahead of it on tgbn-genre. Sketch-based event summaries thus offer a "
            "practical route to temporal graph learning at the scale of real interaction logs."
        ),
        "spans": [
            ("Uldrova", "M"), ("Temporal Graph Networks", "M"), ("temporal graph neural networks", "M"),
            ("TGN", "M"), ("JODIE", "M"), ("DyRep", "M"), ("GraphMixer", "M"), ("DyGFormer", "M"),
            ("Temporal Graph Benchmark", "D"), ("TGB", "D"), ("count-min sketches", "M"), ("MLP", "M"),
            ("dynamic link prediction", "T"), ("tgbl-wiki", "D"), ("tgbl-review", "D"), ("tgbl-coin", "D"),
            ("tgbl-comment", "D"), ("test MRR", "X"), ("MRR", "X"), ("tgbl-flight", "D"),
            ("Peak memory usage", "X"), ("accuracy", "X"), ("dynamic node property prediction", "T"),
            ("tgbn-trade", "D"), ("tgbn-genre", "D"), ("NDCG@10", "X"), ("persistent forecast", "M"),
        ],
        "results": [
            ("test MRR by 4\u201311%", "test MRR", 11, "%", None, "Uldrova", {"low": 4}),
            ("MRR of 0.741", "MRR", 0.741, None, "tgbl-flight", "Uldrova"),
            ("0.705 for TGN", "MRR", 0.705, None, "tgbl-flight", "TGN"),
            ("Peak memory usage is 3.2\u00d7 lower", "peak memory usage reduction", 3.2, "\u00d7", None, None),
            ("2.7\u20135.9\u00d7 faster", "speed-up", 5.9, "\u00d7", None, None, {"low": 2.7}),
            ("NDCG@10 is 0.392", "NDCG@10", 0.392, None, "tgbn-trade", None),
            ("0.381", "NDCG@10", 0.381, None, "tgbn-genre", None),
        ],
    },
]
