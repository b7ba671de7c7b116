"""fresh-5 records (annotator h2): audio (6) and graphs (6).
Written and annotated blind, from docs/annotation-guidelines.md and the
written_gold.py record format only."""

COINED = ["Tidewhisper", "Thrushtone", "Umberfold", "Sillwave", "Tamarack", "Sedgebeat",
          "Sprigformer", "Tealrec", "Sluicecast",
          "Umbratab", "Teasel", "UrchinGNN"]

RECS = [
    # ------------------------------------------------------------ audio
    {
        "field": "audio",
        "title": "Tidewhisper: Chunk-Synchronous Distillation of Whisper into Streaming Transducers for Low-Latency Speech Recognition",
        "text": (
            "Large speech foundation models such as Whisper transcribe well offline but are ill-suited to streaming: "
            "their encoder attends over a full 30-second window, and naive chunking degrades word error rate (WER) "
            "sharply. Streaming architectures such as the Conformer-Transducer meet real-time constraints but lag "
            "behind Whisper on accented and noisy speech. We introduce Tidewhisper, which distills Whisper large-v3 "
            "into a 120M-parameter streaming Conformer-Transducer. The teacher is run on overlapping 640 ms chunks, "
            "and its chunk-aligned posteriors supervise the student through a monotonic alignment loss, so the student "
            "never sees future context beyond a 160 ms lookahead. We train on 60k hours drawn from LibriSpeech, "
            "GigaSpeech and Common Voice 15 and evaluate on LibriSpeech test-clean and test-other, TED-LIUM 3 and the "
            "CHiME-6 dinner-party recordings. On LibriSpeech, Tidewhisper reaches 2.9% and 6.4% WER on test-clean and "
            "test-other, respectively, against 3.4% and 7.9% for a Conformer-Transducer of the same size trained with "
            "the standard RNN-T loss. On TED-LIUM 3 the gap to the offline teacher shrinks to 0.6 points. The gains are "
            "largest on far-field speech: on CHiME-6, Tidewhisper cuts WER from 38.2% to 31.5%. Median emission "
            "latency is 210 ms, well under the 320 ms of the chunked Whisper baseline, and Tidewhisper runs at a "
            "real-time factor (RTF) of 0.11 on a single CPU core. We release checkpoints and training recipes."
        ),
        "spans": [
            ("Tidewhisper", "M"), ("Chunk-Synchronous Distillation", "M"), ("speech foundation models", "M"), ("Whisper", "M"),
            ("Whisper large-v3", "M"), ("Transducers", "M"), ("Speech Recognition", "T"),
            ("word error rate", "X"), ("WER", "X"), ("Conformer-Transducer", "M"), ("RNN-T", "M"),
            ("LibriSpeech", "D"), ("GigaSpeech", "D"), ("Common Voice 15", "D"),
            ("LibriSpeech test-clean", "D"), ("test-clean", "D"), ("test-other", "D"),
            ("TED-LIUM 3", "D"), ("CHiME-6", "D"), ("Median emission latency", "X"),
            ("real-time factor", "X"), ("RTF", "X"),
        ],
        "results": [
            ("2.9%", "WER", 2.9, "%", "LibriSpeech test-clean", "Tidewhisper"),
            ("6.4% WER", "WER", 6.4, "%", "LibriSpeech test-other", "Tidewhisper"),
            ("3.4%", "WER", 3.4, "%", "LibriSpeech test-clean", "Conformer-Transducer"),
            ("7.9%", "WER", 7.9, "%", "LibriSpeech test-other", "Conformer-Transducer"),
            ("gap to the offline teacher shrinks to 0.6 points", "WER gap", 0.6, "points", "TED-LIUM 3", None),
            ("WER from 38.2% to 31.5%", "WER", 31.5, "%", "CHiME-6", "Tidewhisper"),
            ("Median emission latency is 210 ms", "median emission latency", 210, "ms", None, None),
            ("320 ms", "median emission latency", 320, "ms", None, "Whisper"),
            ("real-time factor (RTF) of 0.11", "real-time factor", 0.11, None, None, "Tidewhisper"),
        ],
    },
    {
        "field": "audio",
        "title": "Thrushtone: Zero-Shot Text-to-Speech with Flow Matching over Discrete Prosody Tokens",
        "text": (
            "Thrushtone matches human recordings in naturalness on LibriSpeech-PC test-clean with only 8 sampling steps. "
            "It is a non-autoregressive zero-shot text-to-speech (TTS) model that factorises synthesis into a prosody "
            "stage, which predicts discrete pitch and duration tokens with a masked Transformer, and an acoustic stage "
            "that generates mel-spectrograms by flow matching conditioned on those tokens and a 3-second speaker "
            "prompt. A Vocos vocoder converts the spectrograms to waveforms. The model is trained on the 50k-hour "
            "English subset of Emilia. On LibriSpeech-PC test-clean, Thrushtone obtains a word error rate of 1.8% and a "
            "speaker similarity (SIM-o) of 0.67, compared with 2.4% and 0.62 for F5-TTS and 2.9% and 0.58 for "
            "VALL-E 2. The comparative mean opinion score (CMOS) of Thrushtone against ground truth is −0.04 ± 0.09, a "
            "difference that is not significant; F5-TTS scores −0.21. On Seed-TTS test-en, Thrushtone reaches a WER of "
            "1.6% and a UTMOS of 4.12. With 8 sampling steps, Thrushtone runs at a real-time factor of 0.021 on an "
            "A100, 3.1× faster than F5-TTS at its default 32 steps. In a listening test with 40 raters, Thrushtone was "
            "preferred over E2 TTS in 64% of pairwise comparisons. Ablations show that removing the prosody stage "
            "raises WER to 2.7%, confirming that explicit prosody tokens stabilise alignment."
        ),
        "spans": [
            ("Thrushtone", "M"), ("Zero-Shot Text-to-Speech", "T"), ("zero-shot text-to-speech", "T"),
            ("TTS", "T"), ("Flow Matching", "M"), ("flow matching", "M"), ("Transformer", "M"),
            ("Vocos", "M"), ("Emilia", "D"), ("LibriSpeech-PC test-clean", "D"), ("word error rate", "X"),
            ("WER", "X"), ("speaker similarity", "X"), ("SIM-o", "X"), ("F5-TTS", "M"), ("VALL-E 2", "M"),
            ("comparative mean opinion score", "X"), ("CMOS", "X"), ("Seed-TTS test-en", "D"), ("UTMOS", "X"),
            ("real-time factor", "X"), ("E2 TTS", "M"),
        ],
        "results": [
            ("word error rate of 1.8%", "WER", 1.8, "%", "LibriSpeech-PC test-clean", "Thrushtone"),
            ("speaker similarity (SIM-o) of 0.67", "speaker similarity", 0.67, None, "LibriSpeech-PC test-clean", "Thrushtone"),
            ("2.4%", "WER", 2.4, "%", "LibriSpeech-PC test-clean", "F5-TTS"),
            ("0.62", "speaker similarity", 0.62, None, "LibriSpeech-PC test-clean", "F5-TTS"),
            ("2.9%", "WER", 2.9, "%", "LibriSpeech-PC test-clean", "VALL-E 2"),
            ("0.58", "speaker similarity", 0.58, None, "LibriSpeech-PC test-clean", "VALL-E 2"),
            ("comparative mean opinion score (CMOS) of Thrushtone against ground truth is −0.04", "CMOS", -0.04, None, None, "Thrushtone"),
            ("F5-TTS scores −0.21", "CMOS", -0.21, None, None, "F5-TTS"),
            ("WER of 1.6%", "WER", 1.6, "%", "Seed-TTS test-en", "Thrushtone"),
            ("UTMOS of 4.12", "UTMOS", 4.12, None, "Seed-TTS test-en", "Thrushtone"),
            ("real-time factor of 0.021", "real-time factor", 0.021, None, None, "Thrushtone"),
            ("3.1× faster", "speed-up", 3.1, "×", None, "Thrushtone"),
            ("preferred over E2 TTS in 64% of pairwise comparisons", "win rate", 64, "%", None, "Thrushtone"),
            ("raises WER to 2.7%", "WER", 2.7, "%", None, None),
        ],
    },
    {
        "field": "audio",
        "title": "Umberfold: Sub-Band Folded Mamba for Speech Separation in Noisy Reverberant Rooms",
        "text": (
            "Monaural speech separation has approached its ceiling on clean benchmarks such as WSJ0-2mix, where several "
            "systems exceed 23 dB SI-SNRi, but performance on noisy and reverberant mixtures remains far lower and is "
            "rarely reported alongside computational cost. We study whether state-space models can close this gap "
            "under a fixed budget. Umberfold replaces the intra-chunk and inter-chunk Transformers of dual-path "
            "separators with bidirectional Mamba blocks whose hidden states are folded across frequency sub-bands, "
            "keeping memory linear in sequence length. We evaluate on LRS2-2Mix, Libri2Mix with noise, and the "
            "real-recorded REAL-M set, and report scale-invariant signal-to-noise ratio improvement (SI-SNRi), "
            "signal-to-distortion ratio improvement (SDRi) and multiply–accumulate operations (MACs) per second of "
            "audio. On LRS2-2Mix, Umberfold obtains 17.9 dB SI-SNRi, a modest 0.6 dB above TF-GridNet, with 4× fewer "
            "MACs (29 G/s vs. 117 G/s). On Libri2Mix, Umberfold reaches an SI-SNRi and SDRi of 15.2 dB and 15.8 dB, "
            "respectively. We caution that these gains narrow on REAL-M, where no reference signals exist: measured "
            "with a blind SI-SNR estimator, Umberfold and TF-GridNet are within 0.2 dB of each other, and neither is "
            "clearly better. Umberfold's peak GPU memory when separating a 60-second mixture is 3.1 GB, against 11.4 GB "
            "for SepFormer. We also find that folding is sensitive to the number of sub-bands; the results above use 4, "
            "and we report the full sweep in the appendix."
        ),
        "spans": [
            ("Umberfold", "M"), ("Mamba", "M"), ("Speech Separation", "T"), ("Monaural speech separation", "T"),
            ("WSJ0-2mix", "D"), ("SI-SNRi", "X"), ("state-space models", "M"), ("Transformers", "M"),
            ("LRS2-2Mix", "D"), ("Libri2Mix", "D"), ("REAL-M", "D"),
            ("scale-invariant signal-to-noise ratio improvement", "X"),
            ("signal-to-distortion ratio improvement", "X"), ("SDRi", "X"),
            ("multiply–accumulate operations", "X"), ("MACs", "X"), ("TF-GridNet", "M"), ("SI-SNR", "X"),
            ("peak GPU memory", "X"), ("SepFormer", "M"),
        ],
        "results": [
            ("exceed 23 dB SI-SNRi", "SI-SNRi", 23, "dB", "WSJ0-2mix", None),
            ("17.9 dB SI-SNRi", "SI-SNRi", 17.9, "dB", "LRS2-2Mix", "Umberfold"),
            ("0.6 dB above TF-GridNet", "SI-SNRi", 0.6, "dB", "LRS2-2Mix", "Umberfold"),
            ("4× fewer MACs", "MACs reduction", 4, "×", "LRS2-2Mix", "Umberfold"),
            ("29 G/s", "MACs", 29, "G/s", "LRS2-2Mix", "Umberfold"),
            ("117 G/s", "MACs", 117, "G/s", "LRS2-2Mix", "TF-GridNet"),
            ("15.2 dB", "SI-SNRi", 15.2, "dB", "Libri2Mix", "Umberfold"),
            ("15.8 dB", "SDRi", 15.8, "dB", "Libri2Mix", "Umberfold"),
            ("within 0.2 dB", "SI-SNR", 0.2, "dB", "REAL-M", "Umberfold"),
            ("peak GPU memory when separating a 60-second mixture is 3.1 GB", "peak GPU memory", 3.1, "GB", None, "Umberfold"),
            ("11.4 GB", "peak GPU memory", 11.4, "GB", None, "SepFormer"),
        ],
    },
    {
        "field": "audio",
        "title": "Sillwave: Semantic-Acoustic Residual Vector Quantization for Low-Bitrate Neural Speech Coding",
        "text": (
            r"Neural audio codecs underpin both low-bandwidth communication and token-based speech language models, yet "
            r"at bitrates below $2$ kbps existing codecs such as EnCodec and DAC lose intelligibility, while semantic "
            r"tokenizers such as SpeechTokenizer sacrifice speaker identity. We present Sillwave, a neural speech codec "
            r"that splits residual vector quantization (RVQ) into a semantic first stage, distilled from WavLM features, "
            r"and $N_q = 3$ acoustic stages trained with a multi-scale spectral discriminator. A learned frame-rate "
            r"scheduler lowers the token rate to $12.5$ Hz on stationary segments. At $1.1$ kbps on LibriTTS "
            r"test-clean, Sillwave achieves a PESQ of $3.02$ and a ViSQOL of $3.91$, versus $2.41$ and $3.52$ for DAC "
            r"at $1.5$ kbps; its STOI of $0.93$ is within $0.01$ of the $6$ kbps EnCodec. Sillwave obtains a MUSHRA "
            r"score of $81.6 \pm 2.3$ from $24$ expert listeners, compared with $72.4 \pm 2.9$ for Mimi at a similar "
            r"bitrate. Used as the tokenizer of a 350M-parameter speech language model, Sillwave tokens lower the WER "
            r"of resynthesized speech to $2.6\%$ and raise speaker similarity by $0.08$ over SpeechTokenizer. "
            r"Sillwave's encoder and decoder together have $8.7$M parameters and run at a real-time factor of "
            r"$0.016$ on a single CPU thread, and the scheduler cuts the average token rate by ${\sim}31\%$ with no "
            r"measurable loss in PESQ."
        ),
        "spans": [
            ("Sillwave", "M"), ("Residual Vector Quantization", "M"), ("residual vector quantization", "M"),
            ("RVQ", "M"), ("Speech Coding", "T"), ("Neural audio codecs", "M"), ("neural speech codec", "M"),
            ("speech language models", "M"), ("speech language model", "M"), ("bitrates", "X"), ("bitrate", "X"),
            ("EnCodec", "M"), ("DAC", "M"), ("SpeechTokenizer", "M"), ("WavLM", "M"), ("token rate", "X"),
            ("average token rate", "X"), ("LibriTTS test-clean", "D"), ("PESQ", "X"), ("ViSQOL", "X"),
            ("STOI", "X"), ("MUSHRA score", "X"), ("Mimi", "M"), ("WER", "X"), ("speaker similarity", "X"),
            ("real-time factor", "X"),
        ],
        "results": [
            ("PESQ of $3.02", "PESQ", 3.02, None, "LibriTTS test-clean", "Sillwave"),
            ("ViSQOL of $3.91", "ViSQOL", 3.91, None, "LibriTTS test-clean", "Sillwave"),
            ("2.41", "PESQ", 2.41, None, "LibriTTS test-clean", "DAC"),
            ("3.52", "ViSQOL", 3.52, None, "LibriTTS test-clean", "DAC"),
            ("STOI of $0.93", "STOI", 0.93, None, "LibriTTS test-clean", "Sillwave"),
            ("within $0.01", "STOI", 0.01, None, "LibriTTS test-clean", "Sillwave"),
            ("MUSHRA score of $81.6", "MUSHRA", 81.6, None, None, "Sillwave"),
            ("72.4", "MUSHRA", 72.4, None, None, "Mimi"),
            (r"WER of resynthesized speech to $2.6\%", "WER", 2.6, "%", None, "Sillwave"),
            ("speaker similarity by $0.08", "speaker similarity", 0.08, None, None, "Sillwave"),
            ("real-time factor of $0.016", "real-time factor", 0.016, None, None, "Sillwave"),
            (r"average token rate by ${\sim}31\%", "average token rate reduction", 31, "%", None, "Sillwave"),
        ],
    },
    {
        "field": "audio",
        "title": "Tamarack: Teaching Large Audio Language Models When Sounds Happen",
        "text": (
            "Large audio language models (LALMs) such as Qwen2-Audio and SALMONN describe sounds fluently, but they "
            "struggle with questions that require temporal reasoning: how many times a dog barks, which event comes "
            "first, or when a siren starts. We trace this weakness to training data whose captions rarely mention "
            "timing, and to audio encoders that pool away temporal resolution. Tamarack addresses both. First, we "
            "synthesize 410k question–answer pairs by mixing AudioSet clips with controlled onsets and asking counting, "
            "ordering and localization questions whose answers are known by construction. Second, we add a timestamp "
            "token stream to the BEATs encoder so that the language model can attend to absolute time. Fine-tuning "
            "Qwen2-Audio-7B with LoRA on this data takes about 90 GPU hours. On the temporal subset of MMAU, Tamarack "
            "raises accuracy from 48.3% to 63.9%, and on the full MMAU test-mini its overall accuracy reaches 66.2%, "
            "ahead of Gemini 1.5 Pro (58.8%). For sound event detection on DESED, Tamarack's textual timestamps give an "
            "event-based F1 of 41.7, a task on which LALMs previously scored below 20. The improvements do not come at "
            "the expense of description: audio captioning on Clotho stays within 0.4 SPIDEr of the base model, and "
            "question answering on ClothoAQA improves by 2.1 points. Overall, Tamarack outperforms the untuned model "
            "on 11 of the 12 evaluated tasks."
        ),
        "spans": [
            ("Tamarack", "M"), ("Large Audio Language Models", "M"), ("Large audio language models", "M"),
            ("LALMs", "M"), ("Qwen2-Audio", "M"), ("SALMONN", "M"), ("AudioSet", "D"), ("BEATs", "M"),
            ("Qwen2-Audio-7B", "M"), ("LoRA", "M"), ("MMAU", "D"), ("MMAU test-mini", "D"), ("accuracy", "X"),
            ("overall accuracy", "X"), ("Gemini 1.5 Pro", "M"), ("sound event detection", "T"), ("DESED", "D"),
            ("event-based F1", "X"), ("audio captioning", "T"), ("Clotho", "D"), ("SPIDEr", "X"),
            ("question answering", "T"), ("ClothoAQA", "D"),
        ],
        "results": [
            ("takes about 90 GPU hours", "fine-tuning time", 90, "GPU hours", None, "Qwen2-Audio-7B"),
            ("accuracy from 48.3% to 63.9%", "accuracy", 63.9, "%", "MMAU", "Tamarack"),
            ("overall accuracy reaches 66.2%", "overall accuracy", 66.2, "%", "MMAU test-mini", "Tamarack"),
            ("58.8%", "overall accuracy", 58.8, "%", "MMAU test-mini", "Gemini 1.5 Pro"),
            ("event-based F1 of 41.7", "event-based F1", 41.7, None, "DESED", "Tamarack"),
            ("scored below 20", "event-based F1", 20, None, "DESED", "LALMs"),
            ("within 0.4 SPIDEr", "SPIDEr", 0.4, None, "Clotho", None),
            ("improves by 2.1 points", "improvement", 2.1, "points", "ClothoAQA", None),
            ("11 of the 12 evaluated tasks", "tasks won", 11, None, None, "Tamarack"),
        ],
    },
    {
        "field": "audio",
        "title": "Sedgebeat: Beat-Synchronous Latent Diffusion for Controllable Text-to-Music Generation",
        "text": (
            r"We propose Sedgebeat, a latent diffusion model for text-to-music generation that accepts an optional beat "
            r"grid and chord sequence as controls. A $48$ kHz stereo VAE compresses audio by $64\times$ along time, and "
            r"a Diffusion Transformer (DiT) with $1.1$B parameters denoises the latents under classifier-free guidance "
            r"with scale $w=4$. Beat and chord conditions enter through a separate cross-attention stream, so the model "
            r"can be used with or without them. Trained on $19$k hours of licensed music, Sedgebeat is evaluated on "
            r"MusicCaps and the Song Describer Dataset. On MusicCaps, Sedgebeat attains a Fr\'echet Audio Distance "
            r"(FAD) of $1.21$ with VGGish embeddings and a CLAP score of $0.41$, against $3.80$ and $0.33$ for "
            r"MusicGen-Large and $2.08$ and $0.36$ for Stable Audio Open. Sedgebeat's FAD of $1.87$ on the Song "
            r"Describer Dataset is the lowest of the five systems compared. When a beat grid is supplied, Sedgebeat's "
            r"beat F-measure reaches $0.89$ ($+0.31$ over MusicGen-Melody) and its chord accuracy $73.5\%$. Sedgebeat "
            r"generates $30$ s of audio in $4.2$ s on one H100 with $50$ sampling steps, $5.6\times$ faster than "
            r"MusicGen-Large. In a listening study, participants preferred Sedgebeat to Stable Audio Open in $68\%$ of "
            r"pairs for musicality, and $17\%$ of pairs were ties."
        ),
        "spans": [
            ("Sedgebeat", "M"), ("Latent Diffusion", "M"), ("latent diffusion model", "M"),
            ("Controllable Text-to-Music Generation", "T"), ("text-to-music generation", "T"), ("VAE", "M"),
            ("Diffusion Transformer", "M"), ("DiT", "M"), ("classifier-free guidance", "M"), ("MusicCaps", "D"),
            ("Song Describer Dataset", "D"), (r"Fr\'echet Audio Distance", "X"), ("FAD", "X"), ("VGGish", "M"),
            ("CLAP score", "X"), ("MusicGen-Large", "M"), ("Stable Audio Open", "M"), ("beat F-measure", "X"),
            ("MusicGen-Melody", "M"), ("chord accuracy", "X"),
        ],
        "results": [
            (r"Fr\'echet Audio Distance (FAD) of $1.21", "FAD", 1.21, None, "MusicCaps", "Sedgebeat"),
            ("CLAP score of $0.41", "CLAP score", 0.41, None, "MusicCaps", "Sedgebeat"),
            ("3.80", "FAD", 3.80, None, "MusicCaps", "MusicGen-Large"),
            ("0.33", "CLAP score", 0.33, None, "MusicCaps", "MusicGen-Large"),
            ("2.08", "FAD", 2.08, None, "MusicCaps", "Stable Audio Open"),
            ("0.36", "CLAP score", 0.36, None, "MusicCaps", "Stable Audio Open"),
            ("FAD of $1.87", "FAD", 1.87, None, "Song Describer Dataset", "Sedgebeat"),
            ("beat F-measure reaches $0.89", "beat F-measure", 0.89, None, None, "Sedgebeat"),
            ("+0.31", "beat F-measure", 0.31, None, None, "Sedgebeat"),
            (r"chord accuracy $73.5\%", "chord accuracy", 73.5, "%", None, "Sedgebeat"),
            ("generates $30$ s of audio in $4.2$ s", "generation time", 4.2, "s", None, "Sedgebeat"),
            (r"5.6\times$ faster", "speed-up", 5.6, "×", None, "Sedgebeat"),
            (r"68\%$ of pairs", "win rate", 68, "%", None, "Sedgebeat"),
            (r"17\%$ of pairs were ties", "tie rate", 17, "%", None, "Sedgebeat"),
        ],
    },
    # ------------------------------------------------------------ graphs
    {
        "field": "graphs",
        "title": "Sprigformer: Linear-Time Graph Transformers via Spectral Sparsification of Attention",
        "text": (
            r"Graph Transformers achieve strong results on molecular and long-range benchmarks, but global attention "
            r"costs $\mathcal{O}(n^2)$ in the number of nodes $n$, and linear variants such as Exphormer or GraphGPS "
            r"with Performer attention trade accuracy for speed. We introduce Sprigformer, which restricts attention to "
            r"the edges of a spectral sparsifier of the input graph augmented with $k$ random expander edges per node, "
            r"giving $\mathcal{O}(n \log n)$ time and memory while provably preserving the graph's Laplacian quadratic "
            r"form up to a factor of $(1 \pm \epsilon)$. On ZINC, Sprigformer reaches a test MAE of $0.056 \pm "
            r"0.002$, against $0.070$ for GraphGPS and $0.059$ for GRIT. On the Long Range Graph Benchmark, Sprigformer "
            r"obtains $0.7312$ AP on Peptides-func and $0.2431$ MAE on Peptides-struct, and on PascalVOC-SP its macro "
            r"F1 of $0.4104$ improves on Exphormer by $1.3$ points. For node classification on ogbn-arxiv and "
            r"ogbn-products, where full attention does not fit in GPU memory, Sprigformer attains $73.9\%$ and "
            r"$82.6\%$ accuracy, respectively, and trains $3.4\times$ faster per epoch than Exphormer on ogbn-products "
            r"with $41\%$ less GPU memory. We set $k=4$ and $\epsilon=0.3$ throughout; the sparsifier is computed once "
            r"in preprocessing and takes under $2$ minutes on ogbn-products. Across the six datasets, Sprigformer "
            r"ranks first on $4$."
        ),
        "spans": [
            ("Sprigformer", "M"), ("Graph Transformers", "M"), ("Spectral Sparsification", "M"),
            ("global attention", "M"), ("Exphormer", "M"), ("GraphGPS", "M"), ("Performer", "M"),
            ("accuracy", "X"), ("spectral sparsifier", "M"), ("ZINC", "D"), ("test MAE", "X"), ("MAE", "X"),
            ("GRIT", "M"), ("Long Range Graph Benchmark", "D"), ("AP", "X"), ("Peptides-func", "D"),
            ("Peptides-struct", "D"), ("PascalVOC-SP", "D"), ("macro F1", "X"), ("node classification", "T"),
            ("ogbn-arxiv", "D"), ("ogbn-products", "D"), ("full attention", "M"), ("GPU memory", "X"),
        ],
        "results": [
            ("test MAE of $0.056", "MAE", 0.056, None, "ZINC", "Sprigformer"),
            ("0.070", "MAE", 0.070, None, "ZINC", "GraphGPS"),
            ("0.059", "MAE", 0.059, None, "ZINC", "GRIT"),
            ("0.7312$ AP", "AP", 0.7312, None, "Peptides-func", "Sprigformer"),
            ("0.2431$ MAE", "MAE", 0.2431, None, "Peptides-struct", "Sprigformer"),
            ("macro F1 of $0.4104", "macro F1", 0.4104, None, "PascalVOC-SP", "Sprigformer"),
            ("improves on Exphormer by $1.3$ points", "macro F1", 1.3, "points", "PascalVOC-SP", "Sprigformer"),
            (r"73.9\%", "accuracy", 73.9, "%", "ogbn-arxiv", "Sprigformer"),
            (r"82.6\%$ accuracy", "accuracy", 82.6, "%", "ogbn-products", "Sprigformer"),
            (r"trains $3.4\times$ faster per epoch", "training speed-up", 3.4, "×", "ogbn-products", "Sprigformer"),
            (r"41\%$ less GPU memory", "GPU memory reduction", 41, "%", "ogbn-products", "Sprigformer"),
            ("takes under $2$ minutes", "preprocessing time", 2, "min", "ogbn-products", None),
            ("ranks first on $4", "datasets ranked first", 4, None, None, "Sprigformer"),
        ],
    },
    {
        "field": "graphs",
        "title": "Tealrec: Collaboratively Aligned Semantic IDs for Generative Retrieval in Sequential Recommendation",
        "text": (
            "Generative retrieval recommenders represent each item by a short tuple of semantic IDs and decode the next "
            "item autoregressively, as in TIGER. Because these IDs are learned from item text alone, items that are "
            "often consumed together may receive unrelated codes, and cold-start items collide with popular ones. "
            "Tealrec learns semantic IDs with an RQ-VAE whose codebooks are regularised by a contrastive loss over "
            "neighbours in the item co-occurrence graph, and decodes them with a 6-layer Transformer. We compare with "
            "SASRec, BERT4Rec, S3-Rec and TIGER on three Amazon Reviews categories (Beauty, Sports and Outdoors, Toys "
            "and Games) and on MovieLens-1M under the standard leave-one-out protocol. Tealrec improves Recall@10 over "
            "TIGER by 9.8%, 12.4% and 7.1% on Beauty, Sports and Toys, respectively, and NDCG@10 by 11.2% on average "
            "across the three. On MovieLens-1M, Tealrec reaches an NDCG@10 of 0.1893 against 0.1702 for SASRec. The "
            "largest gains come on cold-start items with fewer than five interactions, where Recall@20 nearly doubles "
            "(from 0.031 to 0.059). Tealrec lowers the code collision rate from 6.3% for TIGER to 0.4%. Inference "
            "latency is comparable: beam search with beam size 20 adds 8 ms per user relative to TIGER. In Recall@5, "
            "Tealrec beats every baseline on all 4 datasets."
        ),
        "spans": [
            ("Tealrec", "M"), ("Generative Retrieval", "M"), ("Generative retrieval", "M"),
            ("Sequential Recommendation", "T"), ("TIGER", "M"), ("RQ-VAE", "M"), ("Transformer", "M"),
            ("SASRec", "M"), ("BERT4Rec", "M"), ("S3-Rec", "M"), ("Amazon Reviews", "D"), ("Beauty", "D"),
            ("Sports and Outdoors", "D"), ("Toys and Games", "D"), ("Sports", "D"), ("Toys", "D"),
            ("MovieLens-1M", "D"), ("Recall@10", "X"), ("NDCG@10", "X"), ("Recall@20", "X"),
            ("code collision rate", "X"), ("Inference latency", "X"), ("beam search", "M"), ("Recall@5", "X"),
        ],
        "results": [
            ("Recall@10 over TIGER by 9.8%", "Recall@10", 9.8, "%", "Beauty", "Tealrec"),
            ("12.4%", "Recall@10", 12.4, "%", "Sports", "Tealrec"),
            ("7.1%", "Recall@10", 7.1, "%", "Toys", "Tealrec"),
            ("NDCG@10 by 11.2%", "NDCG@10", 11.2, "%", None, "Tealrec"),
            ("NDCG@10 of 0.1893", "NDCG@10", 0.1893, None, "MovieLens-1M", "Tealrec"),
            ("0.1702", "NDCG@10", 0.1702, None, "MovieLens-1M", "SASRec"),
            ("Recall@20 nearly doubles (from 0.031 to 0.059", "Recall@20", 0.059, None, None, None),
            ("6.3%", "code collision rate", 6.3, "%", None, "TIGER"),
            ("code collision rate from 6.3% for TIGER to 0.4%", "code collision rate", 0.4, "%", None, "Tealrec"),
            ("adds 8 ms per user", "inference latency", 8, "ms", None, None),
            ("on all 4 datasets", "datasets ranked first", 4, None, None, "Tealrec"),
        ],
    },
    {
        "field": "graphs",
        "title": "Sluicecast: Patch-Free Frequency Routing for Long-Term Time Series Forecasting",
        "text": (
            r"Sluicecast cuts the mean squared error (MSE) of PatchTST by $7.4\%$ on average across eight long-term "
            r"forecasting benchmarks while using $12\times$ fewer FLOPs. Transformer forecasters tokenise series into "
            r"patches whose length must be tuned per dataset; linear models such as DLinear avoid this but cannot "
            r"model cross-variate interactions. Sluicecast instead routes each variate's spectrum through a small "
            r"mixture of experts, one expert per frequency band, and mixes variates with a single $\mathcal{O}(C)$ "
            r"channel-attention layer, where $C$ is the number of channels. We follow the Time-Series-Library protocol "
            r"with input length $L=512$ and horizons $H \in \{96, 192, 336, 720\}$ on ETTh1, ETTh2, ETTm1, ETTm2, "
            r"Weather, Electricity, Traffic and Exchange. Sluicecast achieves the lowest MSE in $27$ of the $32$ "
            r"dataset--horizon settings. Averaged over horizons, Sluicecast reaches an MSE of $0.371$ on Traffic and "
            r"$0.152$ on Electricity, compared with $0.395$ and $0.162$ for iTransformer. On ETTh1, Sluicecast lowers "
            r"MAE from $0.437$ with TimeMixer to $0.419$. On Traffic, Sluicecast has $0.38$M parameters and needs "
            r"$1.9$ GB of GPU memory in training, versus $18.7$ GB for iTransformer. In zero-shot forecasting from "
            r"ETTh2 to ETTm2, Sluicecast trails the foundation model Chronos-Bolt-Base by only $0.006$ MSE."
        ),
        "spans": [
            ("Sluicecast", "M"), ("Long-Term Time Series Forecasting", "T"), ("mean squared error", "X"),
            ("MSE", "X"), ("PatchTST", "M"), ("long-term forecasting", "T"), ("FLOPs", "X"), ("Transformer", "M"),
            ("DLinear", "M"), ("mixture of experts", "M"), ("ETTh1", "D"), ("ETTh2", "D"), ("ETTm1", "D"),
            ("ETTm2", "D"), ("Weather", "D"), ("Electricity", "D"), ("Traffic", "D"), ("Exchange", "D"),
            ("iTransformer", "M"), ("MAE", "X"), ("TimeMixer", "M"), ("GPU memory", "X"),
            ("zero-shot forecasting", "T"), ("Chronos-Bolt-Base", "M"),
        ],
        "results": [
            (r"mean squared error (MSE) of PatchTST by $7.4\%", "MSE reduction", 7.4, "%", None, "Sluicecast"),
            (r"12\times$ fewer FLOPs", "FLOPs reduction", 12, "×", None, "Sluicecast"),
            ("lowest MSE in $27$ of the $32$ dataset--horizon settings", "settings ranked first", 27, None, None, "Sluicecast"),
            ("MSE of $0.371", "MSE", 0.371, None, "Traffic", "Sluicecast"),
            ("0.152", "MSE", 0.152, None, "Electricity", "Sluicecast"),
            ("0.395", "MSE", 0.395, None, "Traffic", "iTransformer"),
            ("0.162", "MSE", 0.162, None, "Electricity", "iTransformer"),
            ("0.437", "MAE", 0.437, None, "ETTh1", "TimeMixer"),
            ("MAE from $0.437$ with TimeMixer to $0.419", "MAE", 0.419, None, "ETTh1", "Sluicecast"),
            ("1.9$ GB of GPU memory", "GPU memory", 1.9, "GB", "Traffic", "Sluicecast"),
            ("18.7$ GB", "GPU memory", 18.7, "GB", "Traffic", "iTransformer"),
            ("trails the foundation model Chronos-Bolt-Base by only $0.006$ MSE", "MSE", 0.006, None, "ETTm2", "Sluicecast"),
        ],
    },
    {
        "field": "graphs",
        "title": "Umbratab: Retrieval-Augmented In-Context Learning for Tabular Classification at Scale",
        "text": (
            "Tabular foundation models such as TabPFN v2 classify small datasets in a single forward pass, but their "
            "quadratic attention over training rows limits them to roughly 10,000 samples, and on larger tables "
            "gradient-boosted trees remain the default. Umbratab extends in-context learning to tables with up to two "
            "million rows by retrieving, for each test row, the 1,024 most similar training rows under a learned "
            "metric and feeding only this local context to a frozen TabPFN v2 backbone. The retrieval metric is "
            "trained once on synthetic prior data and never on the evaluation tables. We evaluate on the 57 "
            "classification datasets of the TabZilla benchmark and on 30 large datasets from the OpenML-CC18 suite, "
            "comparing with XGBoost, CatBoost, LightGBM, FT-Transformer and TabR, each tuned for 100 trials with "
            "Optuna. On TabZilla, Umbratab ranks first on 21 datasets and attains a mean normalized accuracy of 0.912, "
            "versus 0.897 for CatBoost, the strongest baseline. On the large datasets the picture is less clear: "
            "Umbratab wins on 16 of the 30 datasets against tuned CatBoost, with a median ROC-AUC difference of "
            "+0.003 that is within noise. Where it does help is cost. Umbratab needs no hyper-parameter search, so the "
            "end-to-end time per dataset drops from 3.2 hours for tuned CatBoost to 11 minutes on one A100. Accuracy "
            "degrades on tables with more than 500 features, where retrieval in the raw feature space becomes "
            "unreliable; we discuss feature selection as a remedy."
        ),
        "spans": [
            ("Umbratab", "M"), ("Retrieval-Augmented In-Context Learning", "M"), ("in-context learning", "M"),
            ("Tabular Classification", "T"), ("Tabular foundation models", "M"), ("TabPFN v2", "M"),
            ("gradient-boosted trees", "M"), ("TabZilla", "D"), ("OpenML-CC18", "D"), ("XGBoost", "M"),
            ("CatBoost", "M"), ("LightGBM", "M"), ("FT-Transformer", "M"), ("TabR", "M"),
            ("mean normalized accuracy", "X"), ("ROC-AUC", "X"), ("end-to-end time", "X"), ("Accuracy", "X"),
            ("feature selection", "M"),
        ],
        "results": [
            ("ranks first on 21 datasets", "datasets ranked first", 21, None, "TabZilla", "Umbratab"),
            ("mean normalized accuracy of 0.912", "mean normalized accuracy", 0.912, None, "TabZilla", "Umbratab"),
            ("0.897", "mean normalized accuracy", 0.897, None, "TabZilla", "CatBoost"),
            ("wins on 16 of the 30 datasets", "datasets won", 16, None, None, "Umbratab"),
            ("median ROC-AUC difference of +0.003", "median ROC-AUC", 0.003, None, None, "Umbratab"),
            ("3.2 hours", "end-to-end time", 3.2, "h", None, "CatBoost"),
            ("end-to-end time per dataset drops from 3.2 hours for tuned CatBoost to 11 minutes", "end-to-end time",
             11, "min", None, "Umbratab"),
        ],
    },
    {
        "field": "graphs",
        "title": "Teasel: Test-Time Adaptation of Time-Series Foundation Models for Unsupervised Anomaly Detection",
        "text": (
            "Time-series foundation models such as MOMENT, Chronos and TimesFM are increasingly used as off-the-shelf "
            "anomaly detectors, scoring each point by its reconstruction or forecast error. Their scores, however, "
            "drift when the monitored system changes regime, and recent evaluations on TSB-AD show that they are often "
            "beaten by simple baselines such as the isolation forest. We propose Teasel, a test-time adaptation scheme "
            "that updates only the layer-norm parameters of a frozen foundation model on a sliding window of recent "
            "data, and that suspends adaptation whenever a conformal score exceeds its 99th percentile so that "
            "anomalies are not absorbed into the normal model. Teasel adds no training stage and requires no labels. "
            "We evaluate on the 40 multivariate series of TSB-AD-M and on the SMD, MSL and PSM benchmarks, reporting "
            "VUS-PR, which is robust to the lag and threshold choices that inflate point-adjusted F1. Applied to "
            "MOMENT-large, Teasel raises the average VUS-PR on TSB-AD-M from 0.31 to 0.39, placing it above the "
            "previous best entry, CNN (0.33), and the Isolation Forest (0.30). On SMD, MSL and PSM the VUS-PR gains "
            "are 0.05, 0.11 and 0.04, respectively. The same procedure improves Chronos and TimesFM on 35 and 31 of "
            "the 40 series. Adaptation adds 6% to inference time on a single GPU. Our analysis suggests that most of "
            "the gain comes from series with documented regime shifts, and that Teasel offers little on stationary "
            "series."
        ),
        "spans": [
            ("Teasel", "M"), ("Test-Time Adaptation", "M"), ("test-time adaptation", "M"),
            ("Time-Series Foundation Models", "M"), ("Time-series foundation models", "M"),
            ("Unsupervised Anomaly Detection", "T"), ("MOMENT", "M"), ("Chronos", "M"), ("TimesFM", "M"),
            ("TSB-AD", "D"), ("isolation forest", "M"), ("Isolation Forest", "M"), ("TSB-AD-M", "D"),
            ("SMD", "D"), ("MSL", "D"), ("PSM", "D"), ("VUS-PR", "X"), ("point-adjusted F1", "X"),
            ("MOMENT-large", "M"), ("average VUS-PR", "X"), ("CNN", "M"), ("inference time", "X"),
        ],
        "results": [
            ("average VUS-PR on TSB-AD-M from 0.31 to 0.39", "average VUS-PR", 0.39, None, "TSB-AD-M", "Teasel"),
            ("0.33", "average VUS-PR", 0.33, None, "TSB-AD-M", "CNN"),
            ("0.30", "average VUS-PR", 0.30, None, "TSB-AD-M", "Isolation Forest"),
            ("0.05", "VUS-PR", 0.05, None, "SMD", None),
            ("0.11", "VUS-PR", 0.11, None, "MSL", None),
            ("0.04", "VUS-PR", 0.04, None, "PSM", None),
            ("35", "series improved", 35, None, None, "Chronos"),
            ("31 of the 40 series", "series improved", 31, None, None, "TimesFM"),
            ("adds 6% to inference time", "inference time", 6, "%", None, None),
        ],
    },
    {
        "field": "graphs",
        "title": "UrchinGNN: Fast Dynamic Link Prediction on Temporal Graphs without Node Memory",
        "text": (
            "On the Temporal Graph Benchmark (TGB), UrchinGNN sets a new state of the art for dynamic link prediction: "
            "0.784 MRR on tgbl-wiki, 0.861 on tgbl-review and 0.712 on tgbl-coin. Memory-based temporal graph neural "
            "networks such as TGN and DyRep keep a per-node state that must be updated sequentially, which limits "
            "throughput and leaks information across batches. UrchinGNN drops node memory entirely. It encodes each "
            "candidate edge from the time-decayed multiset of its endpoints' recent neighbours, compressed with "
            "count-min sketches of width 256, and scores it with a two-layer MLP. No message passing is needed at "
            "inference. Against DyGFormer, the strongest prior method, UrchinGNN improves MRR by 3.1, 5.6 and 2.4 "
            "points on tgbl-wiki, tgbl-review and tgbl-coin, respectively. On tgbl-comment, UrchinGNN comes within 0.9 "
            "MRR points of DyGFormer while training 14× faster. UrchinGNN trains on tgbl-coin (22.8M edges) in 47 "
            "minutes on one GPU, against 11.3 hours for TGN. UrchinGNN also transfers to the TGB node property "
            "prediction track, reaching an NDCG@10 of 0.402 on tgbn-trade, ahead of TGN (0.374). In the inductive "
            "setting, where test nodes are unseen during training, UrchinGNN beats every baseline on all 4 link "
            "prediction datasets. Code is released."
        ),
        "spans": [
            ("UrchinGNN", "M"), ("Dynamic Link Prediction", "T"), ("dynamic link prediction", "T"),
            ("link prediction", "T"), ("Temporal Graph Benchmark", "D"), ("TGB", "D"), ("MRR", "X"),
            ("tgbl-wiki", "D"), ("tgbl-review", "D"), ("tgbl-coin", "D"), ("tgbl-comment", "D"),
            ("temporal graph neural networks", "M"), ("TGN", "M"), ("DyRep", "M"), ("throughput", "X"),
            ("count-min sketches", "M"), ("MLP", "M"), ("message passing", "M"), ("DyGFormer", "M"),
            ("node property prediction", "T"), ("NDCG@10", "X"), ("tgbn-trade", "D"),
        ],
        "results": [
            ("0.784 MRR", "MRR", 0.784, None, "tgbl-wiki", "UrchinGNN"),
            ("0.861", "MRR", 0.861, None, "tgbl-review", "UrchinGNN"),
            ("0.712", "MRR", 0.712, None, "tgbl-coin", "UrchinGNN"),
            ("MRR by 3.1", "MRR", 3.1, "points", "tgbl-wiki", "UrchinGNN"),
            ("5.6", "MRR", 5.6, "points", "tgbl-review", "UrchinGNN"),
            ("2.4 points", "MRR", 2.4, "points", "tgbl-coin", "UrchinGNN"),
            ("within 0.9 MRR points", "MRR", 0.9, "points", "tgbl-comment", "UrchinGNN"),
            ("training 14× faster", "training speed-up", 14, "×", "tgbl-comment", "UrchinGNN"),
            ("trains on tgbl-coin (22.8M edges) in 47 minutes", "training time", 47, "min", "tgbl-coin", "UrchinGNN"),
            ("11.3 hours", "training time", 11.3, "h", "tgbl-coin", "TGN"),
            ("NDCG@10 of 0.402", "NDCG@10", 0.402, None, "tgbn-trade", "UrchinGNN"),
            ("0.374", "NDCG@10", 0.374, None, "tgbn-trade", "TGN"),
            ("on all 4 link prediction datasets", "datasets ranked first", 4, None, None, "UrchinGNN"),
        ],
    },
]
