"""fresh15 records: chart-understanding (6) and ecg-analysis (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Nqarto", "Nqelvin", "Nqirra", "Nqobel", "Nquvex", "Nqasta",
          "Nqorda", "Nqesh", "Nqulse", "Nqirith", "Nqavon", "Nqembra"]

RECS = [
    # ------------------------------------------------------------ chart-understanding
    {
        "field": "chart-understanding",
        "title": "Nqarto: Table-Anchored Program-of-Thought Reasoning for Chart Question Answering",
        "text": (
            "Chart question answering requires a model to read marks, legends and axes precisely and then to compose "
            "arithmetic over the values it has read. Multimodal large language models (MLLMs) such as LLaVA-1.5 and "
            "Qwen2-VL handle the first step reasonably well but often hallucinate numbers in the second. We present "
            "Nqarto, a 7B model that first emits an intermediate data table and then writes a short Python program "
            "over that table, which an interpreter executes to produce the answer. Nqarto is trained on 1.1M "
            "synthetic chart-table-program triples, followed by a brief reinforcement stage with GRPO that rewards "
            "programs whose execution matches the gold answer. On ChartQA, Nqarto reaches 88.9% relaxed accuracy on "
            "the augmented split and 79.6% on the human split, improving over ChartGemma by 2.4 and 5.3 points, "
            "respectively. On PlotQA, Nqarto obtains 84.1% relaxed accuracy. On the reasoning questions of CharXiv, "
            "Nqarto scores 41.7% accuracy, ahead of TinyChart (28.3%) but behind GPT-4o (47.1%). The intermediate "
            "tables are useful on their own: for chart-to-table conversion on ChartQA, Nqarto attains an RMS-F1 of "
            "92.3, against 87.5 for DePlot. Executing programs instead of decoding answers directly raises accuracy "
            "on arithmetic questions from 61.2% to 72.5%, and most remaining errors stem from misread values in "
            "dense line charts rather than from faulty programs."
        ),
        "spans": [
            ("Nqarto", "M"), ("Program-of-Thought", "M"), ("Chart Question Answering", "T"),
            ("Chart question answering", "T"), ("Multimodal large language models", "M"), ("MLLMs", "M"),
            ("LLaVA-1.5", "M"), ("Qwen2-VL", "M"), ("GRPO", "M"), ("ChartQA", "D"), ("relaxed accuracy", "X"),
            ("ChartGemma", "M"), ("PlotQA", "D"), ("CharXiv", "D"), ("accuracy", "X"), ("TinyChart", "M"),
            ("GPT-4o", "M"), ("chart-to-table conversion", "T"), ("RMS-F1", "X"), ("DePlot", "M"),
        ],
        "results": [
            ("88.9% relaxed accuracy", "relaxed accuracy", 88.9, "%", "ChartQA", "Nqarto"),
            ("79.6%", "relaxed accuracy", 79.6, "%", "ChartQA", "Nqarto"),
            ("2.4", "relaxed accuracy", 2.4, "points", "ChartQA", "Nqarto"),
            ("5.3 points", "relaxed accuracy", 5.3, "points", "ChartQA", "Nqarto"),
            ("84.1% relaxed accuracy", "relaxed accuracy", 84.1, "%", "PlotQA", "Nqarto"),
            ("41.7% accuracy", "accuracy", 41.7, "%", "CharXiv", "Nqarto"),
            ("28.3%", "accuracy", 28.3, "%", "CharXiv", "TinyChart"),
            ("47.1%", "accuracy", 47.1, "%", "CharXiv", "GPT-4o"),
            ("RMS-F1 of 92.3", "RMS-F1", 92.3, None, "ChartQA", "Nqarto"),
            ("87.5 for DePlot", "RMS-F1", 87.5, None, "ChartQA", "DePlot"),
            ("accuracy on arithmetic questions from 61.2% to 72.5%", "accuracy", 72.5, "%", None, None),
        ],
    },
    {
        "field": "chart-understanding",
        "title": "Nqelvin: Axis-Aware Decoding for Compact and Fast Chart-to-Table Extraction",
        "text": (
            "Converting a chart image into its underlying data table is the backbone of many chart pipelines, since "
            "a faithful table lets a text-only model answer questions, verify claims or write summaries. Current "
            "chart-to-table models are either large, like the 17B-parameter ChartVLM, or fast but brittle on dense "
            "line charts, like DePlot. We introduce Nqelvin, a 260M-parameter model initialised from Pix2Struct that "
            "first predicts axis ticks and legend entries and then decodes each cell conditioned on the nearest tick "
            "values, a scheme we call axis-aware decoding. Training follows a curriculum over 2.3M synthetic charts "
            "with an increasing number of series. On the chart-to-table split of ChartQA, Nqelvin reaches an RMS-F1 "
            "of 91.4 and an RNSS of 95.0, versus 87.0 / 92.1 for DePlot and 85.6 / 93.4 for UniChart. On PlotQA, "
            "Nqelvin lifts RMS-F1 from 79.8 for MatCha to 86.2. On the line-chart subset of ChartX, Nqelvin "
            "outperforms DePlot by 9.7 RMS-F1 points. Nqelvin has a latency of 74 ms per chart on an A100 GPU, "
            "3.1\u00d7 faster than DePlot, with 2.4 GB of peak memory. GPT-4o-mini answering from Nqelvin's tables "
            "reaches 80.3% relaxed accuracy on ChartQA, within 1.1 points of GPT-4o reading the chart image "
            "directly, which makes Nqelvin a practical front end for inexpensive chart question answering."
        ),
        "spans": [
            ("Nqelvin", "M"), ("Axis-Aware Decoding", "M"), ("Chart-to-Table Extraction", "T"),
            ("chart-to-table", "T"), ("ChartVLM", "M"), ("DePlot", "M"), ("Pix2Struct", "M"),
            ("axis-aware decoding", "M"), ("ChartQA", "D"), ("RMS-F1", "X"), ("RNSS", "X"), ("UniChart", "M"),
            ("PlotQA", "D"), ("MatCha", "M"), ("ChartX", "D"), ("latency", "X"), ("peak memory", "X"),
            ("GPT-4o-mini", "M"), ("GPT-4o", "M"), ("relaxed accuracy", "X"), ("chart question answering", "T"),
        ],
        "results": [
            ("RMS-F1 of 91.4", "RMS-F1", 91.4, None, "ChartQA", "Nqelvin"),
            ("RNSS of 95.0", "RNSS", 95.0, None, "ChartQA", "Nqelvin"),
            ("87.0", "RMS-F1", 87.0, None, "ChartQA", "DePlot"),
            ("92.1", "RNSS", 92.1, None, "ChartQA", "DePlot"),
            ("85.6", "RMS-F1", 85.6, None, "ChartQA", "UniChart"),
            ("93.4", "RNSS", 93.4, None, "ChartQA", "UniChart"),
            ("RMS-F1 from 79.8", "RMS-F1", 79.8, None, "PlotQA", "MatCha"),
            ("86.2", "RMS-F1", 86.2, None, "PlotQA", "Nqelvin"),
            ("9.7 RMS-F1 points", "RMS-F1", 9.7, "points", "ChartX", "Nqelvin"),
            ("latency of 74 ms", "latency", 74, "ms", None, "Nqelvin"),
            ("3.1\u00d7 faster", "speed-up", 3.1, "\u00d7", None, "Nqelvin"),
            ("2.4 GB of peak memory", "peak memory", 2.4, "GB", None, "Nqelvin"),
            ("80.3% relaxed accuracy", "relaxed accuracy", 80.3, "%", "ChartQA", "GPT-4o-mini"),
            ("within 1.1 points", "relaxed accuracy", 1.1, "points", "ChartQA", "GPT-4o-mini"),
        ],
    },
    {
        "field": "chart-understanding",
        "title": "Grounding Every Sentence: Nqirra for Faithful Chart Captioning with Mark-Level Attribution",
        "text": (
            "Automatically generated chart captions are fluent but frequently state trends, extrema or values that "
            "the chart does not show, which limits their use in accessibility tools and data journalism. We present "
            "Nqirra, a chart captioning model that produces each sentence together with pointers to the visual marks "
            "that support it and that is trained with a factuality reward computed by re-rendering the claimed "
            "values and comparing them with the input chart. Nqirra builds on PaliGemma and adds a mark detector "
            "trained on synthetic charts, so attribution requires no human labels. We evaluate on the Statista and "
            "Pew subsets of Chart-to-Text, on VisText and on the scientific figure captioning benchmark SciCap. "
            "Nqirra matches or exceeds the n-gram scores of strong baselines such as UniChart and ChartInstruct, "
            "reaching a BLEU of 44.6 on Statista and a CIDEr of 1.92 on VisText, but its main gains are in "
            "faithfulness. In a human evaluation of 600 captions by 12 annotators, the factual error rate, i.e. the "
            "share of captions with at least one unsupported claim, falls from 31% for ChartInstruct to 12% for "
            "Nqirra. On SciCap, where good captions depend on context outside the figure, gains are smaller and "
            "come mostly from fewer hallucinated numbers. We further find that the mark-level pointers let "
            "screen-reader users check a claim considerably faster than with unattributed captions, and we release "
            "the attribution annotations for 2,000 test charts."
        ),
        "spans": [
            ("Nqirra", "M"), ("Chart Captioning", "T"), ("chart captioning", "T"), ("PaliGemma", "M"),
            ("Statista", "D"), ("Pew", "D"), ("Chart-to-Text", "D"), ("VisText", "D"),
            ("scientific figure captioning", "T"), ("SciCap", "D"), ("UniChart", "M"), ("ChartInstruct", "M"),
            ("BLEU", "X"), ("CIDEr", "X"), ("factual error rate", "X"),
        ],
        "results": [
            ("BLEU of 44.6", "BLEU", 44.6, None, "Statista", "Nqirra"),
            ("CIDEr of 1.92", "CIDEr", 1.92, None, "VisText", "Nqirra"),
            ("31% for ChartInstruct", "factual error rate", 31, "%", None, "ChartInstruct"),
            ("12% for Nqirra", "factual error rate", 12, "%", None, "Nqirra"),
        ],
    },
    {
        "field": "chart-understanding",
        "title": "Nqobel: Closing the Render Loop in Chart-to-Code Generation with Reinforcement Learning",
        "text": (
            "Chart-to-code generation asks a multimodal model to write plotting code that reproduces a given chart, "
            "which exercises fine-grained perception and programming at once. Supervised fine-tuning on synthetic "
            "chart-code pairs, as in ChartCoder, teaches syntax but gives no signal about how close the rendered "
            "output is to the target. We propose Nqobel, which trains Qwen2-VL-7B with reinforcement learning, "
            "using rendering feedback as the reward: each sampled program is executed, and the reward combines "
            "execution success with element-level agreement between the rendered and target charts in text, "
            "layout, chart type and colour. Policy updates use GRPO with eight samples per chart. On ChartMimic "
            "(direct mimic), Nqobel achieves an execution rate of 93.8%, a low-level score of 78.4 and a high-level "
            "score of 80.1, compared with 89.2%, 72.6 and 74.3 for ChartCoder and 87.1%, 77.5 and 83.2 for GPT-4o. "
            "On Plot2Code, Nqobel reaches a pass rate of 91.5% (+6.7% over its supervised initialisation) and a "
            "text-match ratio of 0.61. Gains are largest for multi-panel figures and for chart types that are rare "
            "in the training data, such as radar and Sankey charts. Because the reward needs only a renderer and no "
            "reference code, Nqobel also adapts to a new plotting library from 2k unlabeled charts, raising the "
            "execution rate on ChartMimic from 41.0% to 86.5%."
        ),
        "spans": [
            ("Nqobel", "M"), ("Chart-to-Code Generation", "T"), ("Reinforcement Learning", "M"),
            ("Chart-to-code generation", "T"), ("Supervised fine-tuning", "M"), ("ChartCoder", "M"),
            ("Qwen2-VL-7B", "M"), ("reinforcement learning", "M"), ("GRPO", "M"), ("ChartMimic", "D"),
            ("execution rate", "X"), ("low-level score", "X"), ("high-level score", "X"), ("GPT-4o", "M"),
            ("Plot2Code", "D"), ("pass rate", "X"), ("text-match ratio", "X"),
        ],
        "results": [
            ("execution rate of 93.8%", "execution rate", 93.8, "%", "ChartMimic", "Nqobel"),
            ("low-level score of 78.4", "low-level score", 78.4, None, "ChartMimic", "Nqobel"),
            ("high-level score of 80.1", "high-level score", 80.1, None, "ChartMimic", "Nqobel"),
            ("89.2%", "execution rate", 89.2, "%", "ChartMimic", "ChartCoder"),
            ("72.6", "low-level score", 72.6, None, "ChartMimic", "ChartCoder"),
            ("74.3", "high-level score", 74.3, None, "ChartMimic", "ChartCoder"),
            ("87.1%", "execution rate", 87.1, "%", "ChartMimic", "GPT-4o"),
            ("77.5", "low-level score", 77.5, None, "ChartMimic", "GPT-4o"),
            ("83.2", "high-level score", 83.2, None, "ChartMimic", "GPT-4o"),
            ("pass rate of 91.5%", "pass rate", 91.5, "%", "Plot2Code", "Nqobel"),
            ("+6.7%", "pass rate", 6.7, "%", "Plot2Code", "Nqobel"),
            ("text-match ratio of 0.61", "text-match ratio", 0.61, None, "Plot2Code", "Nqobel"),
            ("execution rate on ChartMimic from 41.0% to 86.5%", "execution rate", 86.5, "%", "ChartMimic",
             "Nqobel"),
        ],
    },
    {
        "field": "chart-understanding",
        "title": "Nquvex: Mark-Preserving Token Pruning for Fast Chart Reasoning at High Resolution",
        "text": (
            "High-resolution inputs help multimodal large language models (MLLMs) read small tick labels and thin "
            "lines, but the thousands of visual tokens they produce dominate inference cost. Generic acceleration "
            "methods such as ToMe and FastV discard tokens by similarity or attention scores and tend to remove "
            "exactly the sparse marks that chart questions depend on. We propose Nquvex, a training-free token "
            "pruning method that scores patches with a lightweight edge-and-text saliency map and always keeps "
            "patches that overlap an axis label, a legend entry or a data mark. Applied to InternVL2-8B with a keep "
            "ratio of 32%, Nquvex lowers prefilling FLOPs by 2.9\u00d7 and holds relaxed accuracy on ChartQA at "
            "82.9%, against 83.3% for the unpruned model. At the same keep ratio, FastV and ToMe reach only 76.4% "
            "and 78.0% relaxed accuracy on ChartQA, respectively. On CharXiv, accuracy on descriptive questions "
            "drops by only 0.6 points with Nquvex, against 5.8 points with FastV. End-to-end latency per question on "
            "a single A100 falls from 1.42 s to 0.61 s, and peak memory from 21.7 GB to 14.2 GB. The saliency map "
            "adds negligible overhead and transfers without tuning to Qwen2-VL-7B and LLaVA-OneVision-7B, for which "
            "we observe similar trade-offs on ChartBench. These results indicate that chart-aware token selection, "
            "not merely fewer tokens, is what keeps MLLMs accurate under aggressive compression."
        ),
        "spans": [
            ("Nquvex", "M"), ("Token Pruning", "M"), ("Chart Reasoning", "T"),
            ("multimodal large language models", "M"), ("MLLMs", "M"), ("ToMe", "M"), ("FastV", "M"),
            ("token pruning", "M"), ("InternVL2-8B", "M"), ("prefilling FLOPs", "X"), ("relaxed accuracy", "X"),
            ("ChartQA", "D"), ("CharXiv", "D"), ("accuracy", "X"), ("End-to-end latency", "X"),
            ("peak memory", "X"), ("Qwen2-VL-7B", "M"), ("LLaVA-OneVision-7B", "M"), ("ChartBench", "D"),
        ],
        "results": [
            ("prefilling FLOPs by 2.9\u00d7", "FLOPs reduction", 2.9, "\u00d7", None, "Nquvex"),
            ("relaxed accuracy on ChartQA at 82.9%", "relaxed accuracy", 82.9, "%", "ChartQA", "Nquvex"),
            ("83.3% for the unpruned model", "relaxed accuracy", 83.3, "%", "ChartQA", "InternVL2-8B"),
            ("76.4%", "relaxed accuracy", 76.4, "%", "ChartQA", "FastV"),
            ("78.0% relaxed accuracy", "relaxed accuracy", 78.0, "%", "ChartQA", "ToMe"),
            ("accuracy on descriptive questions drops by only 0.6 points", "accuracy", 0.6, "points", "CharXiv",
             "Nquvex"),
            ("5.8 points", "accuracy", 5.8, "points", "CharXiv", "FastV"),
            ("End-to-end latency per question on a single A100 falls from 1.42 s to 0.61 s", "end-to-end latency",
             0.61, "s", None, None),
            ("peak memory from 21.7 GB to 14.2 GB", "peak memory", 14.2, "GB", None, None),
        ],
    },
    {
        "field": "chart-understanding",
        "title": "Nqasta: Evolving Hard Synthetic Charts for Instruction Tuning of Chart Assistants",
        "text": (
            "Training data for chart assistants is usually produced by prompting GPT-4 to write plotting code and "
            "question-answer pairs, which yields clean, regular charts and questions that can often be answered from "
            "the title alone. We describe Nqasta, a data engine that evolves charts adversarially: a critic flags "
            "questions that a text-only model answers correctly without the image, a perturbation step adds "
            "overlapping series, log axes, broken legends and annotation clutter, and only samples that the current "
            "student still answers incorrectly are kept. Starting from 40k seed charts, Nqasta produces 620k "
            "instruction examples across 18 chart types. We fine-tune LLaVA-1.6-7B on this data. The resulting "
            "Nqasta-7B reaches relaxed accuracies of 83.7%, 95.1% and 97.4% on ChartQA, DVQA and FigureQA, "
            "respectively, and 61.2% accuracy on ChartBench, improving over ChartLlama by 11.5\u201319.3 points "
            "across the four benchmarks. On the open-ended OpenCQA, Nqasta-7B attains a BLEU of 8.9 versus 7.1 for "
            "ChartInstruct. Ablations show that the blind-answer filter alone contributes 3.4 points of the ChartQA "
            "gain, whereas the same number of non-evolved synthetic samples yields gains that saturate after 300k "
            "examples. Nqasta-7B also lowers its title-copying rate, the share of answers copied verbatim from chart "
            "titles, from 14% to 3%."
        ),
        "spans": [
            ("Nqasta", "M"), ("Nqasta-7B", "M"), ("Instruction Tuning", "M"), ("GPT-4", "M"),
            ("LLaVA-1.6-7B", "M"), ("relaxed accuracies", "X"), ("ChartQA", "D"), ("DVQA", "D"),
            ("FigureQA", "D"), ("accuracy", "X"), ("ChartBench", "D"), ("ChartLlama", "M"), ("OpenCQA", "D"),
            ("BLEU", "X"), ("ChartInstruct", "M"), ("title-copying rate", "X"),
        ],
        "results": [
            ("83.7%", "relaxed accuracy", 83.7, "%", "ChartQA", "Nqasta-7B"),
            ("95.1%", "relaxed accuracy", 95.1, "%", "DVQA", "Nqasta-7B"),
            ("97.4%", "relaxed accuracy", 97.4, "%", "FigureQA", "Nqasta-7B"),
            ("61.2% accuracy", "accuracy", 61.2, "%", "ChartBench", "Nqasta-7B"),
            ("11.5\u201319.3 points", "improvement", 19.3, "points", None, "Nqasta-7B", {"low": 11.5}),
            ("BLEU of 8.9", "BLEU", 8.9, None, "OpenCQA", "Nqasta-7B"),
            ("7.1 for ChartInstruct", "BLEU", 7.1, None, "OpenCQA", "ChartInstruct"),
            ("3.4 points of the ChartQA gain", "improvement", 3.4, "points", "ChartQA", None),
            ("title-copying rate, the share of answers copied verbatim from chart titles, from 14% to 3%",
             "title-copying rate", 3, "%", None, "Nqasta-7B"),
        ],
    },
    # ------------------------------------------------------------ ecg-analysis
    {
        "field": "ecg-analysis",
        "title": "Nqorda: Learning General-Purpose 12-Lead ECG Representations by Predicting Masked Time Patches and "
                 "Missing Leads",
        "text": (
            "Self-supervised learning on large unlabeled ECG archives promises representations that transfer across "
            "diagnostic tasks, but most existing methods treat the twelve leads either as independent channels or as "
            "an image, ignoring the fixed geometry that relates them. We present Nqorda, a Transformer encoder "
            "pretrained on 2.1 million 10-second recordings from MIMIC-IV-ECG and the Harvard-Emory ECG Database "
            "with two objectives: reconstructing randomly masked time patches, as in ST-MEM, and predicting entire "
            "held-out leads from the remaining ones through an embedding of the electrode geometry. Under linear "
            "probing, Nqorda obtains macro AUROCs of 0.928, 0.915 and 0.962 on the superdiagnostic, form and rhythm "
            "tasks of PTB-XL, respectively, compared with 0.899, 0.871 and 0.943 for ST-MEM. With full fine-tuning, "
            "Nqorda reaches a macro AUROC of 0.971 on CPSC2018 and 0.967 on Chapman-Shaoxing, ahead of ECG-FM (0.958 "
            "and 0.960) and HuBERT-ECG (0.949 and 0.955). Nqorda is also label-efficient: with 1% of the PTB-XL "
            "labels, its superdiagnostic AUROC is within 0.021 of a fully supervised xresnet1d101. Because the "
            "lead-prediction head fills in absent leads, the same model classifies single-lead and reduced-lead "
            "inputs with a mean AUROC drop of 0.034 relative to 12-lead input, versus 0.087 for an otherwise "
            "identical encoder pretrained without lead prediction."
        ),
        "spans": [
            ("Nqorda", "M"), ("Self-supervised learning", "M"), ("Transformer", "M"), ("MIMIC-IV-ECG", "D"),
            ("Harvard-Emory ECG Database", "D"), ("ST-MEM", "M"), ("linear probing", "M"), ("macro AUROCs", "X"),
            ("PTB-XL", "D"), ("full fine-tuning", "M"), ("macro AUROC", "X"), ("CPSC2018", "D"),
            ("Chapman-Shaoxing", "D"), ("ECG-FM", "M"), ("HuBERT-ECG", "M"), ("AUROC", "X"),
            ("xresnet1d101", "M"), ("mean AUROC", "X"),
        ],
        "results": [
            ("0.928", "macro AUROC", 0.928, None, "PTB-XL", "Nqorda"),
            ("0.915", "macro AUROC", 0.915, None, "PTB-XL", "Nqorda"),
            ("0.962", "macro AUROC", 0.962, None, "PTB-XL", "Nqorda"),
            ("0.899", "macro AUROC", 0.899, None, "PTB-XL", "ST-MEM"),
            ("0.871", "macro AUROC", 0.871, None, "PTB-XL", "ST-MEM"),
            ("0.943", "macro AUROC", 0.943, None, "PTB-XL", "ST-MEM"),
            ("macro AUROC of 0.971", "macro AUROC", 0.971, None, "CPSC2018", "Nqorda"),
            ("0.967", "macro AUROC", 0.967, None, "Chapman-Shaoxing", "Nqorda"),
            ("0.958", "macro AUROC", 0.958, None, "CPSC2018", "ECG-FM"),
            ("0.960", "macro AUROC", 0.960, None, "Chapman-Shaoxing", "ECG-FM"),
            ("0.949", "macro AUROC", 0.949, None, "CPSC2018", "HuBERT-ECG"),
            ("0.955", "macro AUROC", 0.955, None, "Chapman-Shaoxing", "HuBERT-ECG"),
            ("AUROC is within 0.021", "AUROC", 0.021, None, "PTB-XL", "Nqorda"),
            ("mean AUROC drop of 0.034", "AUROC", 0.034, None, None, None),
            ("0.087", "AUROC", 0.087, None, None, None),
        ],
    },
    {
        "field": "ecg-analysis",
        "title": "Nqesh: A 48k-Parameter Heartbeat Classifier for Arrhythmia Detection on Microcontrollers under the "
                 "Inter-Patient Paradigm",
        "text": (
            "Heartbeat classification under the inter-patient paradigm, where no subject contributes beats to both "
            "training and test data, remains the honest test for arrhythmia detection on the MIT-BIH Arrhythmia "
            "Database, and most published networks lose much of their intra-patient accuracy under it. "
            "Supraventricular ectopic beats (SVEBs) are the hardest class, because their morphology is close to that "
            "of normal beats and the cue lies in the irregularity of RR intervals. We propose Nqesh, a compact CNN "
            "with a dual-stream input that combines a 0.7-second beat window with a short history of normalized RR "
            "intervals, trained with focal loss and compressed to int8 with quantization-aware training. Following "
            "the AAMI EC57 recommendations and the de Chazal split of MIT-BIH, Nqesh attains a sensitivity of 86.3% "
            "and a positive predictive value of 71.8% for SVEBs, and a sensitivity of 95.2% with a PPV of 93.5% for "
            "ventricular ectopic beats (VEBs), for an overall accuracy of 96.1%. On the INCART database, Nqesh "
            "reaches an SVEB F1 score of 0.64 without retraining, compared with 0.41 for a ResNet-18 baseline. Nqesh "
            "needs only 1.9M MACs per beat; on an STM32L4 microcontroller it classifies a beat in 6.8 ms and "
            "consumes 0.21 mJ, enough for continuous monitoring on a patch device for more than a week."
        ),
        "spans": [
            ("Nqesh", "M"), ("Arrhythmia Detection", "T"), ("Heartbeat classification", "T"),
            ("arrhythmia detection", "T"), ("MIT-BIH Arrhythmia Database", "D"), ("MIT-BIH", "D"),
            ("accuracy", "X"), ("CNN", "M"), ("focal loss", "M"), ("quantization-aware training", "M"),
            ("sensitivity", "X"), ("positive predictive value", "X"), ("PPV", "X"), ("overall accuracy", "X"),
            ("INCART", "D"), ("F1 score", "X"), ("ResNet-18", "M"), ("MACs", "X"),
        ],
        "results": [
            ("sensitivity of 86.3%", "sensitivity", 86.3, "%", "MIT-BIH", "Nqesh"),
            ("positive predictive value of 71.8%", "positive predictive value", 71.8, "%", "MIT-BIH", "Nqesh"),
            ("sensitivity of 95.2%", "sensitivity", 95.2, "%", "MIT-BIH", "Nqesh"),
            ("PPV of 93.5%", "positive predictive value", 93.5, "%", "MIT-BIH", "Nqesh"),
            ("overall accuracy of 96.1%", "accuracy", 96.1, "%", "MIT-BIH", "Nqesh"),
            ("F1 score of 0.64", "F1", 0.64, None, "INCART", "Nqesh"),
            ("0.41 for a ResNet-18", "F1", 0.41, None, "INCART", "ResNet-18"),
            ("1.9M MACs", "MACs", 1.9, "M", None, "Nqesh"),
            ("classifies a beat in 6.8 ms", "latency", 6.8, "ms", None, "Nqesh"),
            ("consumes 0.21 mJ", "energy", 0.21, "mJ", None, "Nqesh"),
        ],
    },
    {
        "field": "ecg-analysis",
        "title": "Nqulse: Aligning Electrocardiograms with Clinical Text for Zero-Shot Classification and Report "
                 "Generation",
        "text": (
            "Pairing electrocardiograms with the free-text reports written by cardiologists offers a scalable form "
            "of supervision, and multimodal models such as MERL have shown that contrastive learning on such pairs "
            "enables zero-shot classification of unseen diagnoses. These models, however, embed each report as a "
            "single vector and cannot produce text, while generative assistants such as PULSE answer questions "
            "fluently but miss fine-grained rhythm findings. Nqulse unifies the two: its ECG encoder is first "
            "aligned with a clinical text encoder through a sentence-level contrastive objective and is then "
            "connected to Llama-3.1-8B through a Q-Former for instruction tuning on 1.4M ECG-text pairs from "
            "MIMIC-IV-ECG. In zero-shot classification, Nqulse averages 0.812 macro AUROC over PTB-XL, CPSC2018 and "
            "Chapman-Shaoxing (CSN), 5.6 points above MERL. For ECG report generation on PTB-XL, Nqulse reaches a "
            "BLEU-4 of 0.214 and a BERTScore of 0.712 (PULSE: 0.183 and 0.691). On ECG-QA, Nqulse attains an "
            "accuracy of 74.9% on verify questions and 52.3% on query questions, well above GPT-4o given the ECG as "
            "an image. Three cardiologists rated 200 generated reports each: the clinical acceptability rate is 81% "
            "for Nqulse and 66% for PULSE. Errors concentrate on conduction abnormalities, which are rare in the "
            "pretraining reports."
        ),
        "spans": [
            ("Nqulse", "M"), ("Zero-Shot Classification", "T"), ("Report Generation", "T"), ("MERL", "M"),
            ("contrastive learning", "M"), ("zero-shot classification", "T"), ("PULSE", "M"),
            ("Llama-3.1-8B", "M"), ("Q-Former", "M"), ("instruction tuning", "M"), ("MIMIC-IV-ECG", "D"),
            ("macro AUROC", "X"), ("PTB-XL", "D"), ("CPSC2018", "D"), ("Chapman-Shaoxing", "D"), ("CSN", "D"),
            ("ECG report generation", "T"), ("BLEU-4", "X"), ("BERTScore", "X"), ("ECG-QA", "D"),
            ("accuracy", "X"), ("GPT-4o", "M"), ("clinical acceptability rate", "X"),
        ],
        "results": [
            ("0.812 macro AUROC", "macro AUROC", 0.812, None, None, "Nqulse"),
            ("5.6 points above", "macro AUROC", 5.6, "points", None, "Nqulse"),
            ("BLEU-4 of 0.214", "BLEU-4", 0.214, None, "PTB-XL", "Nqulse"),
            ("BERTScore of 0.712", "BERTScore", 0.712, None, "PTB-XL", "Nqulse"),
            ("0.183", "BLEU-4", 0.183, None, "PTB-XL", "PULSE"),
            ("0.691", "BERTScore", 0.691, None, "PTB-XL", "PULSE"),
            ("accuracy of 74.9%", "accuracy", 74.9, "%", "ECG-QA", "Nqulse"),
            ("52.3%", "accuracy", 52.3, "%", "ECG-QA", "Nqulse"),
            ("clinical acceptability rate is 81%", "clinical acceptability rate", 81, "%", None, "Nqulse"),
            ("66% for PULSE", "clinical acceptability rate", 66, "%", None, "PULSE"),
        ],
    },
    {
        "field": "ecg-analysis",
        "title": "Nqirith: Test-Time Adaptation of Single-Lead ECG Models for Atrial Fibrillation Detection across "
                 "Wearable Devices",
        "text": (
            "Single-lead ECG from smartwatches and adhesive patches makes atrial fibrillation detection feasible at "
            "population scale, yet classifiers trained on recordings from one device degrade on another because "
            "electrode placement, sampling rate and noise profile differ. We study this shift across four sources: "
            "the PhysioNet/CinC Challenge 2017 dataset, the MIT-BIH Atrial Fibrillation Database, the Long-Term AF "
            "Database and a private cohort of 1,204 patients wearing a commercial patch. We propose Nqirith, a "
            "test-time adaptation method that updates only the normalization statistics and a small set of "
            "lead-specific filters of a pretrained classifier by minimizing prediction entropy over unlabeled "
            "recordings, while a rhythm-consistency regularizer prevents collapse onto the majority class. Unlike "
            "Tent and SHOT, Nqirith keeps beat-level predictions coherent across overlapping windows. Trained on the "
            "challenge data and adapted without labels, Nqirith detects AF in the patch cohort with an F1 score of "
            "0.91, up from 0.79 without adaptation, and it generalizes to the Long-Term AF Database with a "
            "sensitivity of 96.4% at a specificity of 97.0%. Adaptation runs on the wearer's phone and needs only a "
            "few minutes of unlabeled recordings. Our results suggest that per-device recalibration, rather than "
            "ever larger training sets, is the most cost-effective route to reliable AF screening on consumer "
            "wearables."
        ),
        "spans": [
            ("Nqirith", "M"), ("Test-Time Adaptation", "M"), ("Atrial Fibrillation Detection", "T"),
            ("atrial fibrillation detection", "T"), ("PhysioNet/CinC Challenge 2017", "D"),
            ("MIT-BIH Atrial Fibrillation Database", "D"), ("Long-Term AF Database", "D"),
            ("test-time adaptation", "M"), ("Tent", "M"), ("SHOT", "M"), ("F1 score", "X"), ("sensitivity", "X"),
            ("specificity", "X"), ("AF screening", "T"),
        ],
        "results": [
            ("F1 score of 0.91", "F1", 0.91, None, None, "Nqirith"),
            ("sensitivity of 96.4%", "sensitivity", 96.4, "%", "Long-Term AF Database", "Nqirith"),
            ("specificity of 97.0%", "specificity", 97.0, "%", "Long-Term AF Database", "Nqirith"),
        ],
    },
    {
        "field": "ecg-analysis",
        "title": "Nqavon: Hierarchical Label Graphs and Reduced-Lead Distillation for Multi-Label ECG Classification",
        "text": (
            "Automated interpretation of 12-lead ECGs is a multi-label problem with dozens of co-occurring, "
            "hierarchically related diagnoses whose label distributions differ strongly across hospitals. We "
            "introduce Nqavon, a multi-label ECG classification model that couples an SE-ResNet backbone with a "
            "graph attention network over a label hierarchy derived from SNOMED CT, so that predictions for specific "
            "findings are conditioned on their parent categories. To serve reduced-lead settings, a 12-lead teacher "
            "is compressed into 6-, 4-, 3- and 2-lead students through feature-level knowledge distillation. We "
            "follow the PhysioNet/CinC Challenge 2021 protocol with its 26 scored classes and report the challenge "
            "metric. On a hidden-test proxy formed by holding out the Georgia and Ningbo sources, Nqavon attains "
            "challenge scores of 0.642 (12 leads) and 0.611 (2 leads), vs. 0.587 and 0.551 for the top-ranked "
            "ISIBrno-AIMT entry retrained under the same split. Macro F1 rises from 0.519 for the SE-ResNet without "
            "the label graph to 0.557 for Nqavon (+3.8 points). With distillation, the challenge score gap between "
            "12-lead and 2-lead inputs narrows from 0.058 to 0.031. The 2-lead Nqavon student requires 0.41 GFLOPs "
            "per 10-second record and runs 4.6\u00d7 faster than the 12-lead teacher on a laptop CPU, which makes "
            "screening from limb-lead devices practical."
        ),
        "spans": [
            ("Nqavon", "M"), ("Distillation", "M"), ("Multi-Label ECG Classification", "T"),
            ("multi-label ECG classification", "T"), ("SE-ResNet", "M"), ("graph attention network", "M"),
            ("knowledge distillation", "M"), ("distillation", "M"), ("PhysioNet/CinC Challenge 2021", "D"),
            ("challenge metric", "X"), ("Georgia", "D"), ("Ningbo", "D"), ("challenge scores", "X"),
            ("ISIBrno-AIMT", "M"), ("Macro F1", "X"), ("challenge score", "X"), ("GFLOPs", "X"),
        ],
        "results": [
            ("challenge scores of 0.642", "challenge score", 0.642, None, None, "Nqavon"),
            ("0.611", "challenge score", 0.611, None, None, "Nqavon"),
            ("0.587", "challenge score", 0.587, None, None, "ISIBrno-AIMT"),
            ("0.551", "challenge score", 0.551, None, None, "ISIBrno-AIMT"),
            ("Macro F1 rises from 0.519", "macro F1", 0.519, None, None, "SE-ResNet"),
            ("0.557 for Nqavon", "macro F1", 0.557, None, None, "Nqavon"),
            ("+3.8 points", "macro F1", 3.8, "points", None, "Nqavon"),
            ("challenge score gap between 12-lead and 2-lead inputs narrows from 0.058 to 0.031",
             "challenge score gap", 0.031, None, None, None),
            ("0.41 GFLOPs", "FLOPs", 0.41, "G", None, "Nqavon"),
            ("4.6\u00d7 faster", "speed-up", 4.6, "\u00d7", None, "Nqavon"),
        ],
    },
    {
        "field": "ecg-analysis",
        "title": "Nqembra: A Shared Tokenizer for ECG, PPG and Respiration Enables Cross-Modal Biosignal Pretraining",
        "text": (
            "Wearable and bedside monitors record several physiological signals at once, yet pretrained models for "
            "them are almost always built for a single modality, as with ECGFounder for the electrocardiogram or "
            "PaPaGei for photoplethysmography (PPG). We ask whether one model can learn from all of them. Nqembra "
            "maps ECG, PPG and respiration into a shared discrete vocabulary with a tokenizer operating on 2-second "
            "windows, and pretrains a 120M-parameter Transformer by predicting masked tokens on 310,000 hours of "
            "multimodal recordings from the MIMIC-III Waveform Database, MESA and the UK Biobank. Any modality can be "
            "missing at inference. On eleven downstream tasks, we compare Nqembra with single-modality models and "
            "with the general time-series model MOMENT. Nqembra ranks first on 8 of the 11 tasks; for example, it "
            "reaches an AUROC of 0.936 for sleep apnea detection on Apnea-ECG. For heart rate estimation on "
            "PPG-DaLiA, Nqembra obtains a mean absolute error of 4.9 beats per minute, compared with 5.7 for "
            "PaPaGei. On PTB-XL, Nqembra's ECG embeddings come within 0.01 AUROC of ECGFounder under linear probing "
            "while using 3.7\u00d7 fewer parameters. Adding PPG during pretraining improves ECG-only downstream "
            "AUROC by 1.2 points on average, which suggests that cross-modal pretraining transfers physiological "
            "knowledge between signals."
        ),
        "spans": [
            ("Nqembra", "M"), ("ECGFounder", "M"), ("PaPaGei", "M"), ("Transformer", "M"),
            ("MIMIC-III Waveform Database", "D"), ("MESA", "D"), ("UK Biobank", "D"), ("MOMENT", "M"),
            ("AUROC", "X"), ("sleep apnea detection", "T"), ("Apnea-ECG", "D"), ("heart rate estimation", "T"),
            ("PPG-DaLiA", "D"), ("mean absolute error", "X"), ("PTB-XL", "D"), ("linear probing", "M"),
            ("parameters", "X"),
        ],
        "results": [
            ("8 of the 11 tasks", "tasks ranked first", 8, None, None, "Nqembra"),
            ("AUROC of 0.936", "AUROC", 0.936, None, "Apnea-ECG", "Nqembra"),
            ("mean absolute error of 4.9 beats per minute", "mean absolute error", 4.9, "bpm", "PPG-DaLiA",
             "Nqembra"),
            ("5.7 for PaPaGei", "mean absolute error", 5.7, "bpm", "PPG-DaLiA", "PaPaGei"),
            ("within 0.01 AUROC", "AUROC", 0.01, None, "PTB-XL", "Nqembra"),
            ("3.7\u00d7 fewer parameters", "parameter reduction", 3.7, "\u00d7", "PTB-XL", "Nqembra"),
            ("AUROC by 1.2 points", "AUROC", 1.2, "points", None, None),
        ],
    },
]
