"""dev7 records: speech-recognition (5) and recommender-systems (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Quaverline", "Brackenvox", "Warblegate", "Knotgrass", "Pipitune",
          "Lichenrank", "Pebblequill", "Fennelcross", "Sorrelprop", "Moorhen"]

RECS = [
    # ------------------------------------------------------------ speech-recognition
    {
        "field": "speech-recognition",
        "title": "Quaverline: Chunk-Adaptive Look-Ahead for Low-Latency Streaming Transducers",
        "text": (
            "Automatic speech recognition (ASR) in streaming mode must trade accuracy against latency: a longer right "
            "context helps the encoder resolve ambiguous phonemes but delays every emitted token. Chunk-based models "
            "such as Emformer and the chunked Zipformer fix the look-ahead at training time, so a single model cannot "
            "adapt to easy and hard segments. We propose Quaverline, a streaming Transducer whose encoder predicts, "
            "for each 160 ms chunk, how many future frames it needs, choosing among look-ahead sizes of 0, 80 and 240 "
            "ms with a lightweight Gumbel-softmax controller trained jointly with the RNN-T loss. A latency penalty "
            "weighted by 0.05 keeps the average look-ahead near a user-set budget. On LibriSpeech, Quaverline reaches "
            "word error rates (WER) of 2.9% and 7.1% on test-clean and test-other at an average algorithmic latency "
            "of 210 ms, against 3.4% and 8.6% for a chunked Conformer-Transducer with the same 70M parameters. WER on "
            "test-other falls from 7.8% for the chunked Zipformer at matched latency to 7.3% for Quaverline at its "
            "lowest budget. On GigaSpeech, Quaverline scores 10.9 WER against 11.6 for Zipformer, and on AISHELL-1 it "
            "lowers the character error rate (CER) by a relative 8.4%. The controller adds only 0.3M parameters and "
            "2% extra FLOPs, and Quaverline runs with a real-time factor (RTF) of 0.043 on a single CPU core, 1.6× "
            "faster than Emformer. Median user-perceived latency on endpointed utterances decreases by 95 ms."
        ),
        "spans": [
            ("Quaverline", "M"), ("Transducers", "M"), ("Transducer", "M"),
            ("Automatic speech recognition", "T"), ("ASR", "T"), ("accuracy", "X"), ("latency", "X", {"skip": [1]}),
            ("Emformer", "M"), ("Zipformer", "M"), ("Gumbel-softmax", "M"), ("RNN-T", "M"),
            ("LibriSpeech", "D"), ("word error rates", "X"), ("WER", "X"), ("test-clean", "D"), ("test-other", "D"),
            ("average algorithmic latency", "X"), ("Conformer-Transducer", "M"), ("GigaSpeech", "D"),
            ("AISHELL-1", "D"), ("character error rate", "X"), ("CER", "X"), ("FLOPs", "X"),
            ("real-time factor", "X"), ("RTF", "X"), ("Median user-perceived latency", "X"),
        ],
        "results": [
            ("word error rates (WER) of 2.9%", "WER", 2.9, "%", "LibriSpeech test-clean", "Quaverline"),
            ("7.1%", "WER", 7.1, "%", "LibriSpeech test-other", "Quaverline"),
            ("average algorithmic latency of 210 ms", "average algorithmic latency", 210, "ms", "LibriSpeech", "Quaverline"),
            ("3.4%", "WER", 3.4, "%", "LibriSpeech test-clean", "Conformer-Transducer"),
            ("8.6%", "WER", 8.6, "%", "LibriSpeech test-other", "Conformer-Transducer"),
            ("WER on test-other falls from 7.8%", "WER", 7.8, "%", "LibriSpeech test-other", "Zipformer"),
            ("7.3%", "WER", 7.3, "%", "LibriSpeech test-other", "Quaverline"),
            ("10.9 WER", "WER", 10.9, None, "GigaSpeech", "Quaverline"),
            ("11.6", "WER", 11.6, None, "GigaSpeech", "Zipformer"),
            ("character error rate (CER) by a relative 8.4%", "relative CER reduction", 8.4, "%", "AISHELL-1", "Quaverline"),
            ("0.3M parameters", "parameters", 0.3, "M", None, None),
            ("2% extra FLOPs", "FLOPs", 2, "%", None, None),
            ("real-time factor (RTF) of 0.043", "real-time factor", 0.043, None, None, "Quaverline"),
            ("1.6× faster", "speed-up", 1.6, "×", None, "Quaverline"),
            ("Median user-perceived latency on endpointed utterances decreases by 95 ms",
             "median user-perceived latency reduction", 95, "ms", None, None),
        ],
    },
    {
        "field": "speech-recognition",
        "title": "Brackenvox: Language-Routed Low-Rank Experts for Low-Resource Multilingual Speech Recognition",
        "text": (
            "Large pre-trained speech models such as Whisper and MMS transcribe about a hundred languages, yet their "
            "word error rates on under-resourced languages remain far above those on English, and full fine-tuning "
            "for each language is costly and erodes performance on the others. We present Brackenvox, a "
            "parameter-efficient adaptation scheme that attaches a pool of 16 low-rank experts to every decoder layer "
            "of Whisper large-v3 and routes each utterance to two experts using a language embedding predicted from "
            "the encoder output. Experts are shared across related languages, so a new language can borrow capacity "
            "from its neighbours. We adapt on 102 languages drawn from FLEURS and Common Voice 17.0, training only "
            "1.9% of the model's weights. On the FLEURS test set, Brackenvox lowers the average WER from 24.6% to "
            "17.8%, a 27.6% relative WER reduction, and gives lower WER than per-language LoRA on 81 of the 102 "
            "languages while needing 5.2× less adapter storage. For the 20 lowest-resource languages the average CER "
            "falls by 9.3 points. Against MMS-1B-all, Brackenvox wins on 64 languages and ties within ±0.5 WER on "
            "another 11. On the ML-SUPERB 2.0 benchmark, Brackenvox reaches a macro-averaged CER of 14.2 (±0.6 over "
            "three seeds), compared with 18.9 for XLS-R fine-tuned with CTC. English WER on LibriSpeech test-other "
            "changes by only +0.1, showing that the abilities of the base model are preserved. Adaptation takes 38 "
            "GPU-hours on eight A100s."
        ),
        "spans": [
            ("Brackenvox", "M"), ("Low-Resource Multilingual Speech Recognition", "T"), ("Whisper", "M"),
            ("MMS", "M"), ("word error rates", "X"), ("full fine-tuning", "M"), ("Whisper large-v3", "M"),
            ("FLEURS", "D"), ("Common Voice 17.0", "D"), ("average WER", "X"), ("relative WER reduction", "X"),
            ("WER", "X"), ("LoRA", "M"), ("average CER", "X"), ("MMS-1B-all", "M"), ("ML-SUPERB 2.0", "D"),
            ("macro-averaged CER", "X"), ("XLS-R", "M"), ("CTC", "M"), ("LibriSpeech test-other", "D"),
        ],
        "results": [
            ("average WER from 24.6% to 17.8%", "average WER", 17.8, "%", "FLEURS", "Brackenvox"),
            ("27.6% relative WER reduction", "relative WER reduction", 27.6, "%", "FLEURS", "Brackenvox"),
            ("lower WER than per-language LoRA on 81 of the 102 languages", "languages won", 81, None, "FLEURS",
             "Brackenvox"),
            ("5.2× less adapter storage", "adapter storage reduction", 5.2, "×", "FLEURS", "Brackenvox"),
            ("average CER falls by 9.3 points", "average CER", 9.3, "points", None, None),
            ("wins on 64 languages", "languages won", 64, None, None, "Brackenvox"),
            ("ties within ±0.5 WER on another 11", "languages tied", 11, None, None, "Brackenvox"),
            ("macro-averaged CER of 14.2", "macro-averaged CER", 14.2, None, "ML-SUPERB 2.0", "Brackenvox"),
            ("18.9", "macro-averaged CER", 18.9, None, "ML-SUPERB 2.0", "XLS-R"),
            ("WER on LibriSpeech test-other changes by only +0.1", "WER", 0.1, None, "LibriSpeech test-other", None),
            ("Adaptation takes 38 GPU-hours", "adaptation time", 38, "GPU-hours", None, None),
        ],
    },
    {
        "field": "speech-recognition",
        "title": "Warblegate: Gated Cross-Modal Projection for Hallucination-Robust LLM-Based Speech Recognition",
        "text": (
            "Coupling a speech encoder with a large language model (LLM) through a simple projector has become a "
            "strong recipe for automatic speech recognition, but such systems occasionally hallucinate fluent text "
            "that was never spoken, especially on noisy or silent segments. We introduce Warblegate, a projector that "
            "compresses Whisper encoder features with a 4-layer Q-Former and multiplies every query by a learned "
            "acoustic-evidence gate, so that the LLM receives near-zero embeddings when the audio carries no speech. "
            "The gate is supervised with frame-level voice activity labels and costs nothing at inference. Built on "
            "Vicuna-7B and trained on 960 hours of LibriSpeech, Warblegate obtains 1.8/3.9 WER on "
            "test-clean/test-other, on par with SLAM-ASR (1.9/3.8) and ahead of SALMONN (2.1/4.9). Warblegate's "
            "advantage is largest outside the training domain: on CHiME-6 WER falls to 26.4%, 5.2 points below "
            "SLAM-ASR, and on TED-LIUM 3 it records 4.6%. Hallucination rate, measured as the share of utterances "
            "with more than five inserted words, drops from 3.1% to 0.4% on a 12-hour silence-and-noise test suite, "
            "and the insertion error rate on the far-field AMI SDM set is reduced by 38%. Compared with "
            "Qwen2-Audio-7B-Instruct, Warblegate achieves a 21% lower average WER across five out-of-domain sets "
            "while using 4.4× less training data. Decoding is 1.3 times faster than with a linear projector because "
            "the Q-Former emits only 64 query tokens per 30-second window."
        ),
        "spans": [
            ("Warblegate", "M"), ("LLM", "M"), ("Speech Recognition", "T"), ("large language model", "M"),
            ("automatic speech recognition", "T"), ("Whisper", "M"), ("Q-Former", "M"), ("Vicuna-7B", "M"),
            ("LibriSpeech", "D"), ("WER", "X"), ("test-clean", "D"), ("test-other", "D"), ("SLAM-ASR", "M"),
            ("SALMONN", "M"), ("CHiME-6", "D"), ("TED-LIUM 3", "D"), ("Hallucination rate", "X"),
            ("insertion error rate", "X"), ("AMI SDM", "D"), ("Qwen2-Audio-7B-Instruct", "M"),
            ("average WER", "X"),
        ],
        "results": [
            ("1.8", "WER", 1.8, None, "LibriSpeech test-clean", "Warblegate"),
            ("3.9 WER", "WER", 3.9, None, "LibriSpeech test-other", "Warblegate"),
            ("1.9", "WER", 1.9, None, "LibriSpeech test-clean", "SLAM-ASR"),
            ("3.8", "WER", 3.8, None, "LibriSpeech test-other", "SLAM-ASR"),
            ("2.1", "WER", 2.1, None, "LibriSpeech test-clean", "SALMONN"),
            ("4.9", "WER", 4.9, None, "LibriSpeech test-other", "SALMONN"),
            ("WER falls to 26.4%", "WER", 26.4, "%", "CHiME-6", "Warblegate"),
            ("5.2 points below", "WER", 5.2, "points", "CHiME-6", "Warblegate"),
            ("records 4.6%", "WER", 4.6, "%", "TED-LIUM 3", "Warblegate"),
            ("Hallucination rate, measured as the share of utterances with more than five inserted words, drops "
             "from 3.1% to 0.4%", "hallucination rate", 0.4, "%", None, None),
            ("insertion error rate on the far-field AMI SDM set is reduced by 38%", "insertion error rate reduction",
             38, "%", "AMI SDM", None),
            ("21% lower average WER", "average WER reduction", 21, "%", None, "Warblegate"),
            ("4.4× less training data", "training data reduction", 4.4, "×", None, "Warblegate"),
            ("Decoding is 1.3 times faster", "decoding speed-up", 1.3, "×", None, None),
        ],
    },
    {
        "field": "speech-recognition",
        "title": "Knotgrass: Phoneme-Aware Prefix-Trie Biasing Reduces Rare-Word Errors by 43% in Contextual Speech "
                 "Recognition",
        "text": (
            "Contextual biasing lets an end-to-end recogniser favour user-specific phrases such as contact names or "
            "product catalogues, yet neural biasing modules such as CLAS and TCPGen degrade as biasing lists grow to "
            "thousands of entries, and shallow fusion with a class-based language model requires careful weight "
            "tuning. Knotgrass builds a prefix trie over the phoneme sequences of the biasing phrases and lets a "
            "Conformer-Transducer attend only to trie branches consistent with its current phoneme posterior, so the "
            "cost grows with the number of active branches rather than with the list size. We follow the standard "
            "LibriSpeech biasing setup with list sizes N = 100, 500 and 1000, and report the unbiased WER (U-WER) and "
            "the biased-word WER (B-WER) separately. With N = 1000 distractors, Knotgrass lowers B-WER on test-other "
            "from 14.7% to 8.4% while U-WER stays at 5.9%, whereas TCPGen reaches 10.9% B-WER at the cost of a "
            "0.3-point U-WER increase. On an in-house voice-assistant set of 2.3M contact-name queries, the relative "
            "reduction in name error rate is 43%. Gains transfer to the ConEC benchmark of earnings calls, where "
            "B-WER improves by 6.1 absolute points over a strong phrase-boosted baseline. Because the trie is pruned "
            "to at most 32 active branches per frame, the biasing overhead of Knotgrass is 3.6 ms per second of "
            "audio, 9x lower than CLAS with the same list, and memory grows by only 41 MB for a list of 5,000 "
            "phrases."
        ),
        "spans": [
            ("Knotgrass", "M"), ("Contextual Speech Recognition", "T"), ("Contextual biasing", "T"),
            ("CLAS", "M"), ("TCPGen", "M"), ("shallow fusion", "M"), ("class-based language model", "M"),
            ("Conformer-Transducer", "M"), ("LibriSpeech", "D"), ("unbiased WER", "X"), ("U-WER", "X"),
            ("biased-word WER", "X"), ("B-WER", "X"), ("WER", "X"), ("test-other", "D"), ("name error rate", "X"),
            ("ConEC", "D"), ("memory", "X"),
        ],
        "title_results": [
            ("Rare-Word Errors by 43%", "rare-word error reduction", 43, "%", None, "Knotgrass"),
        ],
        "results": [
            ("B-WER on test-other from 14.7% to 8.4%", "B-WER", 8.4, "%", "LibriSpeech test-other", "Knotgrass"),
            ("U-WER stays at 5.9%", "U-WER", 5.9, "%", None, "Knotgrass"),
            ("10.9% B-WER", "B-WER", 10.9, "%", "LibriSpeech test-other", "TCPGen"),
            ("0.3-point U-WER increase", "U-WER", 0.3, "points", "LibriSpeech test-other", "TCPGen"),
            ("relative reduction in name error rate is 43%", "relative name error rate reduction", 43, "%", None,
             None),
            ("B-WER improves by 6.1 absolute points", "B-WER", 6.1, "points", "ConEC", None),
            ("biasing overhead of Knotgrass is 3.6 ms", "biasing overhead", 3.6, "ms", None, "Knotgrass"),
            ("9x lower", "biasing overhead reduction", 9, "×", None, "Knotgrass"),
            ("memory grows by only 41 MB", "memory", 41, "MB", None, "Knotgrass"),
        ],
    },
    {
        "field": "speech-recognition",
        "title": "Pipitune: 3.2-bit Whisper on a Phone with Outlier-Aware Quantization and Layer-Dropped Distillation",
        "text": (
            "Deploying Whisper on mobile devices is limited by memory and by the sequential cost of its "
            "autoregressive decoder. Distil-Whisper shrinks the decoder through knowledge distillation, and "
            "post-training quantization methods such as GPTQ and AWQ compress weights to 4 bits, but combining the "
            "two leaves a sharp accuracy loss below 4 bits. Pipitune couples both: the teacher's decoder is distilled "
            "into two layers while the encoder is quantized with a mixed-precision scheme that keeps outlier channels "
            "in 8 bits and the rest in 3 bits, giving 3.2 bits per weight on average. A quantization-aware "
            "distillation loss aligns student logits with the full-precision teacher on 22,000 hours of "
            "pseudo-labelled English audio. Starting from Whisper large-v3 (1.55B parameters), Pipitune produces a "
            "212 MB model, an 11.7× compression, that runs at a real-time factor of 0.09 on a Pixel 8 CPU. Across the "
            "short-form Open ASR Leaderboard sets, the average WER of Pipitune is 8.1%, within 0.6 points of "
            "Distil-Whisper large-v3 in FP16 and 2.3 points better than 4-bit GPTQ applied to the same student. On "
            "long-form audio, Pipitune transcribes the Earnings-22 and TED-LIUM 3 long-form splits with 12.4% and "
            "4.3% WER, respectively. Peak memory during decoding is 390 MB, down from 1.9 GB for whisper-small in "
            "FP16, and decoding latency drops by 64%. Pipitune also lowers the repetition rate, the share of segments "
            "with looping output, by 31-47% relative to Distil-Whisper, depending on the set. Models and the "
            "quantization toolkit are released."
        ),
        "spans": [
            ("Pipitune", "M"), ("Whisper", "M"), ("Quantization", "M"), ("Distillation", "M"),
            ("Distil-Whisper", "M"), ("knowledge distillation", "M"), ("post-training quantization", "M"),
            ("GPTQ", "M"), ("AWQ", "M"), ("accuracy", "X"), ("quantization-aware distillation", "M"),
            ("quantization", "M"), ("Whisper large-v3", "M"), ("real-time factor", "X"),
            ("Open ASR Leaderboard", "D"), ("average WER", "X"), ("Distil-Whisper large-v3", "M"),
            ("Earnings-22", "D"), ("TED-LIUM 3", "D"), ("WER", "X"), ("Peak memory", "X"), ("whisper-small", "M"),
            ("decoding latency", "X"), ("repetition rate", "X"),
        ],
        "results": [
            ("212 MB model", "model size", 212, "MB", None, "Pipitune"),
            ("11.7× compression", "compression ratio", 11.7, "×", None, "Pipitune"),
            ("real-time factor of 0.09", "real-time factor", 0.09, None, None, "Pipitune"),
            ("average WER of Pipitune is 8.1%", "average WER", 8.1, "%", "Open ASR Leaderboard", "Pipitune"),
            ("within 0.6 points", "average WER", 0.6, "points", "Open ASR Leaderboard", "Pipitune"),
            ("2.3 points better", "average WER", 2.3, "points", "Open ASR Leaderboard", "Pipitune"),
            ("12.4%", "WER", 12.4, "%", "Earnings-22", "Pipitune"),
            ("4.3% WER", "WER", 4.3, "%", "TED-LIUM 3", "Pipitune"),
            ("Peak memory during decoding is 390 MB", "peak memory", 390, "MB", None, None),
            ("1.9 GB", "peak memory", 1.9, "GB", None, "whisper-small"),
            ("decoding latency drops by 64%", "decoding latency reduction", 64, "%", None, None),
            ("repetition rate, the share of segments with looping output, by 31-47%", "repetition rate reduction", 47,
             "%", None, "Pipitune", {"low": 31}),
        ],
    },
    # ------------------------------------------------------------ recommender-systems
    {
        "field": "recommender-systems",
        "title": "Lichenrank: Collision-Free Semantic IDs for Generative Sequential Recommendation",
        "text": (
            "Generative retrieval recasts sequential recommendation as autoregressive decoding of item identifiers, "
            "and TIGER showed that semantic IDs learned with an RQ-VAE can replace random item IDs. Residual "
            "quantization, however, maps many items to identical code tuples, and the extra disambiguation token that "
            "resolves these collisions carries no semantics and is poorly predicted. Lichenrank learns semantic IDs "
            "with a balanced residual k-means that caps the load of every codeword, so that colliding items become "
            "rare, and trains the decoder with a prefix-aware ranking loss that penalises beams diverging early. We "
            "use four codebooks of 256 entries and a T5-small backbone, and evaluate on the Beauty, Sports and Toys "
            "subsets of the Amazon Reviews 2014 corpus under the leave-one-out protocol. Lichenrank improves "
            "Recall@10 over TIGER by 14.2%, 11.8% and 16.5% on Beauty, Sports and Toys, respectively, and raises "
            "NDCG@10 on Beauty from 0.0384 to 0.0447. Lichenrank also outperforms LC-Rec, which injects item text "
            "into a LLaMA-7B backbone, on 2 of the 3 datasets while having 28 times fewer parameters. Compared with "
            "the strongest ID-based baseline, SASRec, the average gain of Lichenrank in NDCG@5 is 21.3%. Codebook "
            "collisions fall from 31.6% of items with the RQ-VAE of TIGER to 0.07%, and the proportion of invalid "
            "generated IDs drops to zero. Inference with beam size 20 takes 6.2 ms per user on one A100, comparable "
            "to SASRec."
        ),
        "spans": [
            ("Lichenrank", "M"), ("Semantic IDs", "M"), ("semantic IDs", "M"), ("Sequential Recommendation", "T"),
            ("Generative retrieval", "M"), ("sequential recommendation", "T"), ("TIGER", "M"), ("RQ-VAE", "M"),
            ("Residual quantization", "M"), ("k-means", "M"), ("T5-small", "M"), ("Beauty", "D"), ("Sports", "D"),
            ("Toys", "D"), ("Amazon Reviews 2014", "D"), ("Recall@10", "X"), ("NDCG@10", "X"), ("LC-Rec", "M"),
            ("LLaMA-7B", "M"), ("SASRec", "M"), ("NDCG@5", "X"), ("Codebook collisions", "X"),
        ],
        "results": [
            ("Recall@10 over TIGER by 14.2%", "Recall@10", 14.2, "%", "Beauty", "Lichenrank"),
            ("11.8%", "Recall@10", 11.8, "%", "Sports", "Lichenrank"),
            ("16.5%", "Recall@10", 16.5, "%", "Toys", "Lichenrank"),
            ("NDCG@10 on Beauty from 0.0384 to 0.0447", "NDCG@10", 0.0447, None, "Beauty", "Lichenrank"),
            ("outperforms LC-Rec, which injects item text into a LLaMA-7B backbone, on 2 of the 3 datasets",
             "datasets won", 2, None, None, "Lichenrank"),
            ("28 times fewer parameters", "parameter reduction", 28, "×", None, "Lichenrank"),
            ("average gain of Lichenrank in NDCG@5 is 21.3%", "NDCG@5", 21.3, "%", None, "Lichenrank"),
            ("Codebook collisions fall from 31.6%", "codebook collisions", 31.6, "%", None, "TIGER"),
            ("0.07%", "codebook collisions", 0.07, "%", None, None),
            ("takes 6.2 ms per user", "inference time", 6.2, "ms", None, None),
        ],
    },
    {
        "field": "recommender-systems",
        "title": "Pebblequill: Aligning Large Language Models with Collaborative Signals via Item-Token Distillation",
        "text": (
            "Large language models (LLMs) bring world knowledge and reasoning to recommendation, but fine-tuned LLM "
            "recommenders such as TALLRec and LLaRA still underuse collaborative signals: two items bought by the "
            "same users look unrelated if their titles do. We propose Pebblequill, which distils item embeddings from "
            "a pretrained SASRec into dedicated item tokens appended to the LLM vocabulary and trains Llama-3-8B with "
            "a two-stage curriculum: instruction tuning on textual item descriptions, followed by direct preference "
            "optimization (DPO) on sampled candidate lists. We evaluate next-item prediction as a candidate-ranking "
            "task with 20 candidates on MovieLens-1M, Steam and LastFM. Pebblequill reaches HitRatio@1 of 0.5621, "
            "0.6035 and 0.5413 on the three datasets, against 0.4296, 0.5284 and 0.4426 for LLaRA. The valid-answer "
            "ratio, i.e. the share of outputs naming a candidate, is 99.6% or higher throughout. In the warm setting "
            "the advantage over SASRec itself is modest (+4.8% on MovieLens-1M), but on cold items with fewer than "
            "five interactions Pebblequill doubles HitRatio@1 relative to SASRec. In a zero-shot transfer from Steam "
            "to Amazon Video Games, Pebblequill retains 87% of its in-domain HitRatio@1, where TALLRec retains 61%. "
            "Training on a single 8×A100 node takes 9.5 hours, 3.1× less than the hybrid-prompt training of LLaRA, "
            "because item tokens shorten each prompt by 58% on average."
        ),
        "spans": [
            ("Pebblequill", "M"), ("Large Language Models", "M"), ("Distillation", "M"),
            ("Large language models", "M"), ("LLMs", "M"), ("LLM", "M"), ("recommendation", "T"),
            ("TALLRec", "M"), ("LLaRA", "M"), ("SASRec", "M"), ("Llama-3-8B", "M"), ("instruction tuning", "M"),
            ("direct preference optimization", "M"), ("DPO", "M"), ("next-item prediction", "T"),
            ("MovieLens-1M", "D"), ("Steam", "D"), ("LastFM", "D"), ("HitRatio@1", "X"),
            ("valid-answer ratio", "X"), ("Amazon Video Games", "D"),
        ],
        "results": [
            ("HitRatio@1 of 0.5621", "HitRatio@1", 0.5621, None, "MovieLens-1M", "Pebblequill"),
            ("0.6035", "HitRatio@1", 0.6035, None, "Steam", "Pebblequill"),
            ("0.5413", "HitRatio@1", 0.5413, None, "LastFM", "Pebblequill"),
            ("0.4296", "HitRatio@1", 0.4296, None, "MovieLens-1M", "LLaRA"),
            ("0.5284", "HitRatio@1", 0.5284, None, "Steam", "LLaRA"),
            ("0.4426", "HitRatio@1", 0.4426, None, "LastFM", "LLaRA"),
            ("valid-answer ratio, i.e. the share of outputs naming a candidate, is 99.6%", "valid-answer ratio",
             99.6, "%", None, None),
            ("+4.8% on MovieLens-1M", "improvement", 4.8, "%", "MovieLens-1M", "Pebblequill"),
            ("retains 87% of its in-domain HitRatio@1", "relative HitRatio@1", 87, "%", "Amazon Video Games",
             "Pebblequill"),
            ("retains 61%", "relative HitRatio@1", 61, "%", "Amazon Video Games", "TALLRec"),
            ("Training on a single 8×A100 node takes 9.5 hours", "training time", 9.5, "h", None, None),
            ("3.1× less", "training time reduction", 3.1, "×", None, None),
            ("shorten each prompt by 58%", "prompt length reduction", 58, "%", None, None),
        ],
    },
    {
        "field": "recommender-systems",
        "title": "Fennelcross: Gated Polynomial Interactions for Click-Through Rate Prediction at Billion Scale",
        "text": (
            "Feature interaction modelling is central to CTR prediction, and recent architectures such as DCNv2, "
            "FinalMLP and Wukong stack ever deeper explicit and implicit interaction layers. Deeper stacks, however, "
            "raise serving latency and tend to overfit sparse categorical fields. Fennelcross replaces the cross "
            "network with gated polynomial blocks whose interaction order is chosen per field by a differentiable "
            "gate, and shares a single low-rank factorisation across blocks to keep the parameter count flat. On the "
            "public Criteo and Avazu benchmarks, Fennelcross attains AUCs of 0.8152 and 0.7968, improvements of "
            "0.0011 and 0.0023 over the best published results, and lowers Logloss to 0.4372 on Criteo. The gains "
            "are larger on KuaiVideo (AUC 0.7561 vs. 0.7489 for DCNv2). We note that an AUC gain of 0.001 is "
            "generally considered significant on Criteo. Across the three datasets, Fennelcross ranks first in 5 of "
            "the 6 metric-dataset pairs against 14 baselines from the FuxiCTR library, with standard deviations "
            "below 0.0003 over five runs. Deployed in the advertising system of a short-video platform serving 400 "
            "million daily users, Fennelcross lifted CTR by 2.7% and revenue per mille by 1.9% in a 14-day online "
            "A/B test, while p99 serving latency rose by only 0.8 ms. Compared with Wukong at the same quality, it "
            "requires 43% fewer FLOPs per sample."
        ),
        "spans": [
            ("Fennelcross", "M"), ("Click-Through Rate Prediction", "T"), ("CTR prediction", "T"),
            ("DCNv2", "M"), ("FinalMLP", "M"), ("Wukong", "M"), ("serving latency", "X"), ("cross network", "M"),
            ("low-rank factorisation", "M"), ("Criteo", "D"), ("Avazu", "D"), ("AUCs", "X"), ("AUC", "X"),
            ("Logloss", "X"), ("KuaiVideo", "D"), ("CTR", "X"), ("revenue per mille", "X"),
            ("p99 serving latency", "X"), ("FLOPs", "X"),
        ],
        "results": [
            ("AUCs of 0.8152", "AUC", 0.8152, None, "Criteo", "Fennelcross"),
            ("0.7968", "AUC", 0.7968, None, "Avazu", "Fennelcross"),
            ("improvements of 0.0011", "AUC", 0.0011, None, "Criteo", "Fennelcross"),
            ("0.0023", "AUC", 0.0023, None, "Avazu", "Fennelcross"),
            ("Logloss to 0.4372", "Logloss", 0.4372, None, "Criteo", "Fennelcross"),
            ("AUC 0.7561", "AUC", 0.7561, None, "KuaiVideo", None),
            ("0.7489", "AUC", 0.7489, None, "KuaiVideo", "DCNv2"),
            ("ranks first in 5 of the 6 metric-dataset pairs", "metric-dataset pairs ranked first", 5, None, None,
             "Fennelcross"),
            ("CTR by 2.7%", "CTR", 2.7, "%", None, "Fennelcross"),
            ("revenue per mille by 1.9%", "revenue per mille", 1.9, "%", None, "Fennelcross"),
            ("p99 serving latency rose by only 0.8 ms", "p99 serving latency", 0.8, "ms", None, "Fennelcross"),
            ("43% fewer FLOPs", "FLOPs reduction", 43, "%", None, None),
        ],
    },
    {
        "field": "recommender-systems",
        "title": "Sorrelprop: Spectral Contrastive Propagation Makes Graph Collaborative Filtering 5× Faster to Train",
        "text": (
            "Graph collaborative filtering models such as LightGCN propagate embeddings over the user-item graph, and "
            "contrastive variants such as SGL, SimGCL and XSimGCL add augmented views to counter popularity bias, at "
            "the price of two or three extra propagation passes per step. Sorrelprop obtains the contrastive signal "
            "without augmentation: it filters the normalised adjacency with a learnable low-pass polynomial and "
            "contrasts each node with its own high-frequency residual, so a single propagation pass serves both the "
            "recommendation loss and the InfoNCE objective. On Yelp2018, Amazon-Book and Gowalla, Sorrelprop "
            "achieves Recall@20 of 0.0739, 0.0541 and 0.1912, exceeding XSimGCL by 2.1%, 4.0% and 1.3%. NDCG@20 on "
            "Amazon-Book rises from 0.0381 for SimGCL to 0.0433. Per-epoch training time on Amazon-Book drops from "
            "41.2 s to 8.1 s, and convergence needs 30 epochs instead of about 60, so end-to-end training finishes "
            "5.1× sooner than XSimGCL. The method also tempers popularity bias: the share of long-tail items among "
            "top-20 recommendations grows from 9.8% with LightGCN to 17.4%, with item coverage up by 6 points. On the "
            "larger Alibaba-iFashion dataset, Sorrelprop improves Recall@20 over LightGCN by 12.6%. With an "
            "embedding size of 64 and three layers, Sorrelprop adds fewer than 200 learnable parameters to LightGCN."
        ),
        "spans": [
            ("Sorrelprop", "M"), ("Graph Collaborative Filtering", "M"), ("Graph collaborative filtering", "M"),
            ("LightGCN", "M"), ("SGL", "M"), ("SimGCL", "M"), ("XSimGCL", "M"), ("InfoNCE", "M"),
            ("Yelp2018", "D"), ("Amazon-Book", "D"), ("Gowalla", "D"), ("Recall@20", "X"), ("NDCG@20", "X"),
            ("Per-epoch training time", "X"), ("item coverage", "X"), ("Alibaba-iFashion", "D"),
        ],
        "title_results": [
            ("5× Faster to Train", "training speed-up", 5, "×", None, "Sorrelprop"),
        ],
        "results": [
            ("Recall@20 of 0.0739", "Recall@20", 0.0739, None, "Yelp2018", "Sorrelprop"),
            ("0.0541", "Recall@20", 0.0541, None, "Amazon-Book", "Sorrelprop"),
            ("0.1912", "Recall@20", 0.1912, None, "Gowalla", "Sorrelprop"),
            ("exceeding XSimGCL by 2.1%", "Recall@20", 2.1, "%", "Yelp2018", "Sorrelprop"),
            ("4.0%", "Recall@20", 4.0, "%", "Amazon-Book", "Sorrelprop"),
            ("1.3%", "Recall@20", 1.3, "%", "Gowalla", "Sorrelprop"),
            ("NDCG@20 on Amazon-Book rises from 0.0381", "NDCG@20", 0.0381, None, "Amazon-Book", "SimGCL"),
            ("0.0433", "NDCG@20", 0.0433, None, "Amazon-Book", None),
            ("Per-epoch training time on Amazon-Book drops from 41.2 s to 8.1 s", "per-epoch training time", 8.1,
             "s", "Amazon-Book", None),
            ("convergence needs 30 epochs", "epochs to convergence", 30, "epochs", None, None),
            ("about 60", "epochs to convergence", 60, "epochs", None, None),
            ("end-to-end training finishes 5.1× sooner", "end-to-end training speed-up", 5.1, "×", None, None),
            ("share of long-tail items among top-20 recommendations grows from 9.8%", "share of long-tail items",
             9.8, "%", None, "LightGCN"),
            ("17.4%", "share of long-tail items", 17.4, "%", None, None),
            ("item coverage up by 6 points", "item coverage", 6, "points", None, None),
            ("Recall@20 over LightGCN by 12.6%", "Recall@20", 12.6, "%", "Alibaba-iFashion", "Sorrelprop"),
        ],
    },
    {
        "field": "recommender-systems",
        "title": "Moorhen: Scaling Sparsely Activated Generative Recommenders to 16B Parameters Under a Fixed "
                 "Serving Budget",
        "text": (
            "Generative recommenders such as HSTU have shown that sequential transduction models follow scaling laws "
            "in compute, but their dense attention over user histories of thousands of actions makes every "
            "additional parameter costly at serving time. We present Moorhen, a mixture-of-experts extension of HSTU "
            "in which each layer routes user actions to 2 of 32 feed-forward experts and caches expert outputs across "
            "requests from the same user session. We train models from 0.4B to 16B total parameters on 1.2 trillion "
            "logged interactions and observe that offline normalized entropy keeps decreasing as a power law in "
            "training FLOPs with an exponent of −0.071, compared with −0.052 for dense HSTU. On the public "
            "benchmarks, the 1.6B Moorhen improves HR@10 by 9.4% and 7.7% on MovieLens-20M and Amazon Books over an "
            "HSTU of equal active parameters, and reaches NDCG@10 = 0.2163 on KuaiRand. Across the 12 "
            "dataset-metric combinations we evaluate, it is the best model in 10, and SASRec, BERT4Rec and TIGER "
            "trail by at least 6%. In production, the 16B model runs at 1.4× the serving cost of the current 1B "
            "dense ranker but delivers a 0.41% gain in normalized entropy, together with +2.3% watch time and +0.9% "
            "daily active users over 30 days of A/B testing. Expert-output caching reduces average GPU time per "
            "request by 37%, keeping the p50 latency at 23 ms."
        ),
        "spans": [
            ("Moorhen", "M"), ("Generative Recommenders", "M"), ("Generative recommenders", "M"), ("HSTU", "M"),
            ("dense attention", "M"), ("mixture-of-experts", "M"), ("normalized entropy", "X"),
            ("training FLOPs", "X"), ("HR@10", "X"), ("MovieLens-20M", "D"), ("Amazon Books", "D"),
            ("NDCG@10", "X"), ("KuaiRand", "D"), ("SASRec", "M"), ("BERT4Rec", "M"), ("TIGER", "M"),
            ("serving cost", "X"), ("watch time", "X"), ("daily active users", "X"),
            ("average GPU time per request", "X"), ("p50 latency", "X"),
        ],
        "results": [
            ("exponent of −0.071", "power-law exponent", -0.071, None, None, None),
            ("−0.052", "power-law exponent", -0.052, None, None, "HSTU"),
            ("HR@10 by 9.4%", "HR@10", 9.4, "%", "MovieLens-20M", "Moorhen"),
            ("7.7%", "HR@10", 7.7, "%", "Amazon Books", "Moorhen"),
            ("NDCG@10 = 0.2163", "NDCG@10", 0.2163, None, "KuaiRand", "Moorhen"),
            ("best model in 10", "dataset-metric combinations ranked first", 10, None, None, None),
            ("trail by at least 6%", "improvement", 6, "%", None, None),
            ("1.4× the serving cost", "serving cost", 1.4, "×", None, None),
            ("0.41% gain in normalized entropy", "normalized entropy", 0.41, "%", None, None),
            ("+2.3% watch time", "watch time", 2.3, "%", None, None),
            ("+0.9% daily active users", "daily active users", 0.9, "%", None, None),
            ("average GPU time per request by 37%", "average GPU time per request reduction", 37, "%", None, None),
            ("p50 latency at 23 ms", "p50 latency", 23, "ms", None, None),
        ],
    },
]
