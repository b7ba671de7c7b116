"""dev18 records: vlm-evaluation (6) and single-cell (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Wessaro", "WorvikBench", "WynChart", "Wodrel", "Wexalm", "Wethrin", "Wolmira", "Wistaran",
          "Wenlowe", "WoskaMap"]

RECS = [
    # ------------------------------------------------------------ vlm-evaluation
    {
        "field": "vlm-evaluation",
        "title": "Wessaro: Training-Free Visual Evidence Re-Weighting Mitigates Object Hallucination in Large Vision-Language Models",
        "text": (
            "Large vision-language models (LVLMs) frequently describe objects that are not present in the image, a "
            "failure known as object hallucination. Contrastive decoding methods such as VCD reduce it at inference "
            "time, and OPERA penalises over-trusted summary tokens during beam search, but both add substantial "
            "decoding cost. We propose Wessaro, a training-free decoding strategy that re-weights the attention each "
            "generated token pays to image tokens according to how strongly the token is grounded in the visual "
            "evidence, estimated from a single forward pass. Wessaro requires no additional data, no auxiliary model "
            "and no fine-tuning, and can be plugged into any decoder-only LVLM. We apply it to LLaVA-1.5-7B, "
            "InstructBLIP and Qwen2-VL-7B and evaluate on POPE, CHAIR and AMBER. On the adversarial split of POPE, "
            "Wessaro raises the F1 score of LLaVA-1.5-7B from 79.6 to 85.3 and its accuracy to 86.1%, compared with "
            "81.2% for VCD and 82.0% for OPERA. On image captioning with 500 MSCOCO images, CHAIR_S and CHAIR_I drop "
            "to 38.2 and 10.4 (greedy decoding: 50.6/14.7), while the average caption length shrinks by only 4%. On "
            "AMBER, the hallucination rate (Hal) falls by 31% relative to greedy decoding. Wessaro adds 6% latency "
            "per token, whereas VCD needs 1.9\u00d7 the decoding time of greedy decoding. General perception is "
            "preserved: the MME perception score is essentially unchanged (1510.7 vs. 1508.3 for the base model)."
        ),
        "spans": [
            ("Wessaro", "M"), ("Object Hallucination", "T"), ("object hallucination", "T"),
            ("Large Vision-Language Models", "M"), ("Large vision-language models", "M"), ("LVLMs", "M"),
            ("LVLM", "M"), ("Contrastive decoding", "M"), ("VCD", "M"), ("OPERA", "M"), ("beam search", "M"),
            ("LLaVA-1.5-7B", "M"), ("InstructBLIP", "M"), ("Qwen2-VL-7B", "M"), ("POPE", "D"), ("CHAIR", "X"),
            ("AMBER", "D"), ("F1 score", "X"), ("accuracy", "X"), ("image captioning", "T"), ("MSCOCO", "D"),
            ("CHAIR_S", "X"), ("CHAIR_I", "X"), ("greedy decoding", "M"), ("average caption length", "X"),
            ("hallucination rate", "X"), ("Hal", "X"), ("latency", "X"), ("decoding time", "X"), ("MME", "D"),
            ("perception score", "X"),
        ],
        "results": [
            ("F1 score of LLaVA-1.5-7B from 79.6 to 85.3", "F1 score", 85.3, None, "POPE", "Wessaro"),
            ("accuracy to 86.1%", "accuracy", 86.1, "%", "POPE", "Wessaro"),
            ("81.2% for VCD", "accuracy", 81.2, "%", "POPE", "VCD"),
            ("82.0% for OPERA", "accuracy", 82.0, "%", "POPE", "OPERA"),
            ("CHAIR_S and CHAIR_I drop to 38.2", "CHAIR_S", 38.2, None, "MSCOCO", None),
            ("10.4", "CHAIR_I", 10.4, None, "MSCOCO", None),
            ("greedy decoding: 50.6", "CHAIR_S", 50.6, None, "MSCOCO", "greedy decoding"),
            ("14.7", "CHAIR_I", 14.7, None, "MSCOCO", "greedy decoding"),
            ("average caption length shrinks by only 4%", "average caption length reduction", 4, "%", "MSCOCO",
             None),
            ("hallucination rate (Hal) falls by 31%", "hallucination rate reduction", 31, "%", "AMBER", None),
            ("6% latency", "latency", 6, "%", None, "Wessaro"),
            ("1.9\u00d7 the decoding time", "decoding time", 1.9, "\u00d7", None, "VCD"),
            ("MME perception score is essentially unchanged (1510.7", "perception score", 1510.7, None, "MME",
             None),
            ("1508.3", "perception score", 1508.3, None, "MME", None),
        ],
    },
    {
        "field": "vlm-evaluation",
        "title": "WorvikBench: Can Multimodal LLMs Track What Changes Across an Image Sequence?",
        "text": (
            "Widely used multimodal benchmarks such as MMBench, SEED-Bench and MMMU mostly probe one image at a "
            "time, so they say little about whether multimodal large language models (MLLMs) can reason over "
            "several related views. We introduce WorvikBench, a benchmark of 4,212 human-written multiple-choice "
            "questions over 1,380 image sequences drawn from surveillance footage, comic strips, assembly manuals "
            "and satellite time series. Each question asks what changed between frames, in which order events "
            "happened, or which frame is missing, and every item is checked by two annotators to ensure that it "
            "cannot be answered from the text alone. We evaluate 21 proprietary and open-weight MLLMs under a "
            "unified interleaved prompt. Even the strongest model, GPT-4o, reaches an overall accuracy of only "
            "58.4%, against 91.7% for human annotators; Gemini-1.5-Pro and Claude-3.5-Sonnet follow with 55.9% and "
            "52.3%, respectively. The best open-weight model, InternVL2.5-78B, reaches 49.8% accuracy, while "
            "Qwen2-VL-72B and LLaVA-OneVision-72B obtain 47.1% and 41.6%. No open-weight model exceeds chance on "
            "the missing-frame questions. Chain-of-thought prompting helps proprietary models by 2.1 points on "
            "average but hurts most open models, and presenting the frames as one stitched image instead of "
            "separate inputs lowers accuracy by 6.7 points for GPT-4o. Accuracy correlates only weakly with scores "
            "on single-image benchmarks (Spearman's \u03c1 = 0.38), suggesting that tracking change across images "
            "is a distinct capability. The benchmark and its evaluation code are public."
        ),
        "spans": [
            ("WorvikBench", "D"), ("Multimodal LLMs", "M"), ("MMBench", "D"), ("SEED-Bench", "D"), ("MMMU", "D"),
            ("multimodal large language models", "M"), ("MLLMs", "M"), ("GPT-4o", "M"), ("overall accuracy", "X"),
            ("Gemini-1.5-Pro", "M"), ("Claude-3.5-Sonnet", "M"), ("InternVL2.5-78B", "M"), ("accuracy", "X"),
            ("Qwen2-VL-72B", "M"), ("LLaVA-OneVision-72B", "M"), ("Chain-of-thought prompting", "M"),
            ("Accuracy", "X"), ("Spearman's \u03c1", "X"),
        ],
        "results": [
            ("overall accuracy of only 58.4%", "overall accuracy", 58.4, "%", None, "GPT-4o"),
            ("91.7% for human annotators", "overall accuracy", 91.7, "%", None, None),
            ("55.9%", "overall accuracy", 55.9, "%", None, "Gemini-1.5-Pro"),
            ("52.3%", "overall accuracy", 52.3, "%", None, "Claude-3.5-Sonnet"),
            ("49.8% accuracy", "accuracy", 49.8, "%", None, "InternVL2.5-78B"),
            ("47.1%", "accuracy", 47.1, "%", None, "Qwen2-VL-72B"),
            ("41.6%", "accuracy", 41.6, "%", None, "LLaVA-OneVision-72B"),
            ("helps proprietary models by 2.1 points", "improvement", 2.1, "points", None,
             "Chain-of-thought prompting"),
            ("lowers accuracy by 6.7 points", "accuracy", 6.7, "points", None, "GPT-4o"),
            ("Spearman's \u03c1 = 0.38", "Spearman's \u03c1", 0.38, None, None, None),
        ],
    },
    {
        "field": "vlm-evaluation",
        "title": "WynChart: Learning to Re-Plot Charts Improves Chart Question Answering in Small Vision-Language Models",
        "text": (
            "Chart question answering requires a model to read values from marks, align them with legends and axes, "
            "and reason numerically over the recovered data. Small vision-language models (VLMs) struggle with this "
            "because their vision encoders are pre-trained mostly on natural images and captions. We present "
            "WynChart, a 3B-parameter VLM trained with an auxiliary re-plotting objective: given a chart, the model "
            "must emit plotting code that reproduces it, and the rendered output is compared with the input through "
            "pixel-level and data-level rewards optimised with Group Relative Policy Optimization (GRPO). The vision "
            "encoder is SigLIP-SO400M and the language model is Qwen2.5-3B. On ChartQA, WynChart reaches a relaxed "
            "accuracy of 86.9% on the augmented split and 74.3% on the human-written split (average: 80.6%), "
            "surpassing ChartGemma (80.2%) and TinyChart (83.6%) on the former. On CharXiv, its reasoning accuracy "
            "is 31.7, versus 24.0 for Phi-3.5-Vision, and on PlotQA it improves over a supervised fine-tuning "
            "baseline by 5.2 points. The re-plotting reward matters most for charts without data labels, where "
            "removing it lowers relaxed accuracy by 9.1 points. WynChart also transfers to chart-to-table "
            "extraction, achieving an RMS F1 of 0.912 on the ChartQA tables. Finally, WynChart trails InternVL2-26B, "
            "a model almost nine times larger, by only 1.1 points of relaxed accuracy on ChartQA."
        ),
        "spans": [
            ("WynChart", "M"), ("Chart Question Answering", "T"), ("Chart question answering", "T"),
            ("Vision-Language Models", "M"), ("vision-language models", "M"), ("VLMs", "M"), ("VLM", "M"),
            ("Group Relative Policy Optimization", "M"), ("GRPO", "M"), ("SigLIP-SO400M", "M"),
            ("Qwen2.5-3B", "M"), ("ChartQA", "D"), ("relaxed accuracy", "X"), ("ChartGemma", "M"),
            ("TinyChart", "M"), ("CharXiv", "D"), ("reasoning accuracy", "X"), ("Phi-3.5-Vision", "M"),
            ("PlotQA", "D"), ("supervised fine-tuning", "M"), ("chart-to-table extraction", "T"), ("RMS F1", "X"),
            ("InternVL2-26B", "M"),
        ],
        "results": [
            ("relaxed accuracy of 86.9%", "relaxed accuracy", 86.9, "%", "ChartQA", "WynChart"),
            ("74.3%", "relaxed accuracy", 74.3, "%", "ChartQA", "WynChart"),
            ("average: 80.6%", "average relaxed accuracy", 80.6, "%", "ChartQA", "WynChart"),
            ("80.2%", "relaxed accuracy", 80.2, "%", "ChartQA", "ChartGemma"),
            ("83.6%", "relaxed accuracy", 83.6, "%", "ChartQA", "TinyChart"),
            ("reasoning accuracy is 31.7", "reasoning accuracy", 31.7, None, "CharXiv", None),
            ("24.0 for Phi-3.5-Vision", "reasoning accuracy", 24.0, None, "CharXiv", "Phi-3.5-Vision"),
            ("improves over a supervised fine-tuning baseline by 5.2 points", "improvement", 5.2, "points",
             "PlotQA", None),
            ("lowers relaxed accuracy by 9.1 points", "relaxed accuracy", 9.1, "points", None, None),
            ("RMS F1 of 0.912", "RMS F1", 0.912, None, "ChartQA", "WynChart"),
            ("1.1 points of relaxed accuracy", "relaxed accuracy", 1.1, "points", "ChartQA", "WynChart"),
        ],
    },
    {
        "field": "vlm-evaluation",
        "title": "Wodrel: Layout-Aware Visual Token Pruning for Efficient Document Understanding",
        "text": (
            "Document understanding with multimodal large language models (MLLMs) is expensive at high resolution: "
            "splitting a page into tiles, as in LLaVA-NeXT or InternVL2, produces several thousand visual tokens, "
            "most of which cover blank margins or repeated background. Generic token pruning methods such as FastV "
            "and ToMe discard tokens by attention score or similarity and often remove small text that the answer "
            "depends on. Wodrel predicts a layout map with a lightweight detector trained on DocLayNet, keeps visual "
            "tokens inside text, table and figure regions at full density and merges the rest. It requires no "
            "retraining of the MLLM. Applied to InternVL2-8B, Wodrel removes 72% of visual tokens and keeps the ANLS "
            "on DocVQA at 90.1 (full model: 91.6), while FastV at the same token budget falls to 78.4. On "
            "InfographicVQA, ChartQA and TextVQA, scores drop by only 1.3, 0.8 and 0.6 points, respectively. Prefill "
            "latency decreases by 63%, end-to-end throughput rises 2.4\u00d7, and peak GPU memory goes from 21.3 GB "
            "to 12.8 GB on a single A100. On OCRBench the pruned model scores 776 \u2192 769, the smallest "
            "degradation among the six compression methods we compare. Wodrel is also complementary to weight "
            "quantization: together with 4-bit AWQ it still retains 97.2% of the full model's average score across "
            "the four VQA benchmarks."
        ),
        "spans": [
            ("Wodrel", "M"), ("Visual Token Pruning", "M"), ("Document Understanding", "T"),
            ("Document understanding", "T"), ("multimodal large language models", "M"), ("MLLMs", "M"),
            ("MLLM", "M"), ("LLaVA-NeXT", "M"), ("InternVL2", "M"), ("token pruning", "M"), ("FastV", "M"),
            ("ToMe", "M"), ("DocLayNet", "D"), ("InternVL2-8B", "M"), ("ANLS", "X"), ("DocVQA", "D"),
            ("InfographicVQA", "D"), ("ChartQA", "D"), ("TextVQA", "D"), ("Prefill latency", "X"),
            ("end-to-end throughput", "X"), ("peak GPU memory", "X"), ("OCRBench", "D"),
            ("weight quantization", "M"), ("AWQ", "M"), ("average score", "X"), ("VQA", "T"),
        ],
        "results": [
            ("removes 72% of visual tokens", "visual token reduction", 72, "%", None, "Wodrel"),
            ("ANLS on DocVQA at 90.1", "ANLS", 90.1, None, "DocVQA", "Wodrel"),
            ("full model: 91.6", "ANLS", 91.6, None, "DocVQA", None),
            ("falls to 78.4", "ANLS", 78.4, None, "DocVQA", "FastV"),
            ("scores drop by only 1.3", "score", 1.3, "points", "InfographicVQA", None),
            ("0.8", "score", 0.8, "points", "ChartQA", None),
            ("0.6 points", "score", 0.6, "points", "TextVQA", None),
            ("Prefill latency decreases by 63%", "prefill latency reduction", 63, "%", None, None),
            ("end-to-end throughput rises 2.4\u00d7", "end-to-end throughput", 2.4, "\u00d7", None, None),
            ("peak GPU memory goes from 21.3 GB to 12.8 GB", "peak GPU memory", 12.8, "GB", None, None),
            ("scores 776 \u2192 769", "score", 769, None, "OCRBench", None),
            ("retains 97.2% of the full model's average score", "relative average score", 97.2, "%", None, None),
        ],
    },
    {
        "field": "vlm-evaluation",
        "title": "Blind Spots of Multimodal Benchmarks: How Much Do Vision-Language Models Actually Look?",
        "text": (
            "Benchmarks for large vision-language models (LVLMs) are meant to measure visual understanding, yet many "
            "of their questions can be answered from the question text, the answer options or world knowledge alone. "
            "We audit eight widely used multiple-choice benchmarks, including MMMU, ScienceQA, MMBench, SEED-Bench, "
            "AI2D and MathVista, by running each LVLM with the image replaced by a blank canvas and by querying "
            "text-only large language models such as Llama-3-70B and Mistral-7B with the same prompts. Text-only "
            "models answer a substantial share of questions well above chance on every benchmark, and for several "
            "LVLMs the difference between image-present and image-absent accuracy is smaller than the difference "
            "between two consecutive releases of the same model family. Part of this effect is leakage: questions "
            "that can be solved without the image appear, sometimes verbatim, in the training data of open models "
            "such as LLaVA-1.5 and InstructBLIP. To separate seeing from guessing, we propose two complementary "
            "measures, the vision reliance gain, defined as the accuracy difference between the image-present and "
            "blind settings, and the leakage rate, the fraction of questions solved by a text-only model, and we "
            "recommend reporting both alongside standard accuracy. Re-ranking 16 models by vision reliance gain "
            "changes the leaderboard order on every audited benchmark, and the new ordering closely matches the one "
            "on MMStar, which was curated to require vision. We release the blind evaluation harness and "
            "per-question leakage labels so that benchmark maintainers can filter or reweight affected items."
        ),
        "spans": [
            ("Vision-Language Models", "M"), ("large vision-language models", "M"), ("LVLMs", "M"), ("LVLM", "M"),
            ("MMMU", "D"), ("ScienceQA", "D"), ("MMBench", "D"), ("SEED-Bench", "D"), ("AI2D", "D"),
            ("MathVista", "D"), ("large language models", "M"), ("Llama-3-70B", "M"), ("Mistral-7B", "M"),
            ("accuracy", "X"), ("LLaVA-1.5", "M"), ("InstructBLIP", "M"), ("vision reliance gain", "X"),
            ("leakage rate", "X"), ("MMStar", "D"),
        ],
        "results": [],
    },
    {
        "field": "vlm-evaluation",
        "title": "Wexalm: A Reference-Guided Multimodal Judge for Open-Ended Visual Question Answering",
        "text": (
            "Open-ended visual question answering (VQA) is increasingly scored by a proprietary model acting as a "
            "judge, because exact-match metrics such as VQA accuracy penalise correct answers that are phrased "
            "differently from the references. Such judges are costly, change silently between API versions and are "
            "known to favour verbose answers. We present Wexalm, an open 7B judge fine-tuned from Qwen2-VL-7B on 96k "
            "human preference labels collected over model answers to questions from VQAv2, OK-VQA, VizWiz and "
            "TextVQA. Wexalm sees the image, the question, the reference answers and a candidate answer, and outputs "
            "a correctness score together with a short rationale; during training we add length-perturbed copies of "
            "each candidate so that verbosity alone cannot change the label. On a held-out set of 3,000 doubly "
            "annotated judgements, Wexalm agrees with human raters at a Cohen's \u03ba of 0.81, above GPT-4o used "
            "as a judge (0.74) and well above LAVE and ROUGE-L-based matching. When ranking 14 VLMs, its scores "
            "order the models almost exactly as human ratings do (Kendall's \u03c4 = 0.93). Because Wexalm runs "
            "locally, evaluating a full benchmark costs a fraction of an API budget and stays reproducible across "
            "releases. We release the judge, the preference data and the annotation guidelines."
        ),
        "spans": [
            ("Wexalm", "M"), ("Open-Ended Visual Question Answering", "T"),
            ("Open-ended visual question answering", "T"), ("VQA", "T"), ("VQA accuracy", "X"),
            ("Qwen2-VL-7B", "M"), ("VQAv2", "D"), ("OK-VQA", "D"), ("VizWiz", "D"), ("TextVQA", "D"),
            ("Cohen's \u03ba", "X"), ("GPT-4o", "M"), ("LAVE", "M"), ("VLMs", "M"), ("Kendall's \u03c4", "X"),
        ],
        "results": [
            ("Cohen's \u03ba of 0.81", "Cohen's \u03ba", 0.81, None, None, "Wexalm"),
            ("0.74", "Cohen's \u03ba", 0.74, None, None, "GPT-4o"),
            ("Kendall's \u03c4 = 0.93", "Kendall's \u03c4", 0.93, None, None, None),
        ],
    },
    # ------------------------------------------------------------ single-cell
    {
        "field": "single-cell",
        "title": "Wethrin: A Rank-Value Hybrid Tokenization for Single-Cell Foundation Models",
        "text": (
            "Single-cell foundation models pre-trained on tens of millions of transcriptomes, such as Geneformer, "
            "scGPT and scFoundation, differ mainly in how they turn an expression profile into tokens: Geneformer "
            "ranks genes by normalized expression and discards magnitudes, whereas scGPT bins expression values and "
            "loses gene order. We introduce Wethrin, a 110M-parameter Transformer encoder whose tokens combine a "
            "gene identity, its within-cell rank and a learned embedding of its binned log-expression, pre-trained "
            "with masked gene modelling on 48 million human cells from the CZ CELLxGENE Census. We evaluate Wethrin "
            "on cell type annotation, batch integration and gene dosage sensitivity prediction. For cell type "
            "annotation after fine-tuning, Wethrin attains a macro-F1 of 0.781 on Zheng68K and 0.742 on the multiple "
            "sclerosis (MS) dataset, compared with 0.711 and 0.703 for scGPT, and an accuracy of 98.1% on hPancreas. "
            "In zero-shot integration of the PBMC 10k and Tabula Sapiens immune subsets, its embeddings reach an "
            "AvgBIO score of 0.823 (scGPT: 0.779; Geneformer: 0.702; UCE: 0.796), although Harmony applied to highly "
            "variable genes still scores 0.811. On dosage sensitivity, Wethrin improves AUROC by 4.6% over "
            "Geneformer. Removing the rank component costs 0.052 macro-F1 on Zheng68K, and gains saturate beyond 30 "
            "million pre-training cells. At inference, Wethrin needs 2.7\u00d7 less GPU memory than scFoundation."
        ),
        "spans": [
            ("Wethrin", "M"), ("Single-Cell Foundation Models", "M"), ("Single-cell foundation models", "M"),
            ("Geneformer", "M"), ("scGPT", "M"), ("scFoundation", "M"), ("Transformer", "M"),
            ("masked gene modelling", "M"), ("CZ CELLxGENE Census", "D"), ("cell type annotation", "T"),
            ("batch integration", "T"), ("gene dosage sensitivity prediction", "T"), ("macro-F1", "X"),
            ("Zheng68K", "D"), ("multiple sclerosis", "D"), ("MS", "D"), ("accuracy", "X"), ("hPancreas", "D"),
            ("zero-shot integration", "T"), ("PBMC 10k", "D"), ("Tabula Sapiens", "D"), ("AvgBIO score", "X"),
            ("UCE", "M"), ("Harmony", "M"), ("dosage sensitivity", "T"), ("AUROC", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("macro-F1 of 0.781 on Zheng68K", "macro-F1", 0.781, None, "Zheng68K", "Wethrin"),
            ("0.742 on the multiple sclerosis", "macro-F1", 0.742, None, "multiple sclerosis", "Wethrin"),
            ("0.711", "macro-F1", 0.711, None, "Zheng68K", "scGPT"),
            ("0.703", "macro-F1", 0.703, None, "multiple sclerosis", "scGPT"),
            ("accuracy of 98.1% on hPancreas", "accuracy", 98.1, "%", "hPancreas", "Wethrin"),
            ("AvgBIO score of 0.823", "AvgBIO score", 0.823, None, None, None),
            ("scGPT: 0.779", "AvgBIO score", 0.779, None, None, "scGPT"),
            ("Geneformer: 0.702", "AvgBIO score", 0.702, None, None, "Geneformer"),
            ("UCE: 0.796", "AvgBIO score", 0.796, None, None, "UCE"),
            ("scores 0.811", "AvgBIO score", 0.811, None, None, "Harmony"),
            ("improves AUROC by 4.6%", "AUROC", 4.6, "%", None, "Wethrin"),
            ("costs 0.052 macro-F1", "macro-F1", 0.052, None, "Zheng68K", None),
            ("2.7\u00d7 less GPU memory", "GPU memory reduction", 2.7, "\u00d7", None, "Wethrin"),
        ],
    },
    {
        "field": "single-cell",
        "title": "Wolmira: Entropic Optimal Transport Anchors for Atlas-Scale Single-Cell Data Integration",
        "text": (
            "Integrating single-cell RNA sequencing (scRNA-seq) datasets across donors, laboratories and protocols "
            "is a prerequisite for building reference atlases, but methods that remove batch effects aggressively "
            "also erase biological variation such as rare cell states. Wolmira learns a shared latent space with a "
            "conditional variational autoencoder, as in scVI, and aligns batches through entropic optimal transport "
            "between mini-batch anchors, restricting transport plans to cells that share a coarse cell-type label "
            "when such labels are available. We benchmark Wolmira on the Immune, Pancreas and Lung tasks of the scIB "
            "benchmark and on the core of the Human Lung Cell Atlas (HLCA), comparing it with scVI, scANVI, Harmony, "
            "Scanorama, BBKNN and scPoli. On the HLCA core, Wolmira obtains an overall scIB score of 0.694, ahead of "
            "scANVI (0.671) and scPoli (0.662), with batch correction and bio-conservation scores of 0.612 and "
            "0.749. Averaged across the four tasks, Wolmira ranks first in bio-conservation and second in batch "
            "correction, behind only Harmony. The gains concentrate in rare populations: isolated-label F1 rises "
            "from 0.583 to 0.668 on the Immune task, while graph iLISI stays within 0.01 of scVI. Training on the "
            "2.3 million cells of the extended HLCA takes 47 minutes on one GPU, and mapping a new query study of "
            "100,000 cells takes less than 2 minutes without retraining the reference model."
        ),
        "spans": [
            ("Wolmira", "M"), ("Entropic Optimal Transport", "M"), ("Single-Cell Data Integration", "T"),
            ("conditional variational autoencoder", "M"), ("scVI", "M"), ("entropic optimal transport", "M"),
            ("Immune", "D"), ("Pancreas", "D"), ("Lung", "D"), ("scIB", "D"), ("Human Lung Cell Atlas", "D"),
            ("HLCA", "D"), ("scANVI", "M"), ("Harmony", "M"), ("Scanorama", "M"), ("BBKNN", "M"), ("scPoli", "M"),
            ("overall scIB score", "X"), ("batch correction", "X"), ("bio-conservation", "X"),
            ("isolated-label F1", "X"), ("graph iLISI", "X"),
        ],
        "results": [
            ("overall scIB score of 0.694", "overall scIB score", 0.694, None, "Human Lung Cell Atlas", "Wolmira"),
            ("0.671", "overall scIB score", 0.671, None, "Human Lung Cell Atlas", "scANVI"),
            ("0.662", "overall scIB score", 0.662, None, "Human Lung Cell Atlas", "scPoli"),
            ("batch correction and bio-conservation scores of 0.612", "batch correction score", 0.612, None,
             "Human Lung Cell Atlas", "Wolmira"),
            ("0.749", "bio-conservation score", 0.749, None, "Human Lung Cell Atlas", "Wolmira"),
            ("isolated-label F1 rises from 0.583 to 0.668", "isolated-label F1", 0.668, None, "Immune", None),
            ("graph iLISI stays within 0.01", "graph iLISI", 0.01, None, None, None),
            ("takes 47 minutes", "training time", 47, "min", "Human Lung Cell Atlas", None),
            ("takes less than 2 minutes", "mapping time", 2, "min", None, None),
        ],
    },
    {
        "field": "single-cell",
        "title": "Wistaran: Predicting Transcriptional Responses to Unseen Genetic Perturbations with Gene-Program Priors",
        "text": (
            "Perturbation response prediction, that is, forecasting how a cell's transcriptome changes after a "
            "genetic perturbation that was never measured, is central to in silico screening. Deep models such as "
            "GEARS, CPA and fine-tuned scGPT have reported strong results, yet recent benchmarks show that they "
            "rarely beat an additive baseline or simply the mean expression of the training perturbations. We "
            "present Wistaran, which represents each perturbation as a sparse combination of gene programs inferred "
            "from Perturb-seq data and the Gene Ontology, and predicts the post-perturbation expression profile with "
            "a conditional flow matching decoder. We evaluate on the Norman, Adamson and Replogle K562 essential-gene "
            "screens, using Pearson \u0394, the correlation between predicted and observed expression changes "
            "relative to control, and the mean squared error (MSE) on the top 20 differentially expressed (DE) "
            "genes. For unseen single-gene perturbations on Replogle K562, Wistaran achieves a Pearson \u0394 of "
            "0.63, against 0.41 for GEARS, 0.38 for scGPT and 0.55 for the additive baseline. On Norman two-gene "
            "combinations in which neither gene was seen during training, MSE on the top 20 DE genes decreases by "
            "18% relative to GEARS, and on Adamson Pearson \u0394 rises from 0.71 to 0.79. Wistaran also classifies "
            "genetic interactions as synergistic or buffering with an accuracy of 64.2%. Its main failure mode is "
            "perturbations of genes that belong to no inferred program, for which predictions collapse to the "
            "control mean."
        ),
        "spans": [
            ("Wistaran", "M"), ("Perturbation response prediction", "T"), ("GEARS", "M"), ("CPA", "M"),
            ("scGPT", "M"), ("Gene Ontology", "D"), ("conditional flow matching", "M"), ("Norman", "D"),
            ("Adamson", "D"), ("Replogle K562", "D"), ("Pearson \u0394", "X"), ("mean squared error", "X"),
            ("MSE", "X"), ("accuracy", "X"),
        ],
        "results": [
            ("Pearson \u0394 of 0.63", "Pearson \u0394", 0.63, None, "Replogle K562", "Wistaran"),
            ("0.41 for GEARS", "Pearson \u0394", 0.41, None, "Replogle K562", "GEARS"),
            ("0.38 for scGPT", "Pearson \u0394", 0.38, None, "Replogle K562", "scGPT"),
            ("0.55 for the additive baseline", "Pearson \u0394", 0.55, None, "Replogle K562", None),
            ("MSE on the top 20 DE genes decreases by 18%", "MSE reduction", 18, "%", "Norman", None),
            ("Pearson \u0394 rises from 0.71 to 0.79", "Pearson \u0394", 0.79, None, "Adamson", None),
            ("accuracy of 64.2%", "accuracy", 64.2, "%", None, "Wistaran"),
        ],
    },
    {
        "field": "single-cell",
        "title": "Do Single-Cell Foundation Models Understand Cell Identity Without Fine-Tuning? A Zero-Shot Evaluation",
        "text": (
            "Foundation models for single-cell transcriptomics are often presented as general-purpose tools whose "
            "embeddings can be used directly, yet most of their reported gains come after task-specific "
            "fine-tuning. We evaluate the zero-shot embeddings of Geneformer, scGPT, scFoundation, UCE and scMulan "
            "on cell type clustering and batch integration across twelve datasets, including Tabula Sapiens, PBMC "
            "12k and several human pancreas studies, and compare them with embeddings from scVI and with principal "
            "component analysis (PCA) on the 2,000 most highly variable genes. We measure agreement with expert "
            "annotations using the adjusted Rand index (ARI) and normalized mutual information (NMI), and batch "
            "mixing with the average silhouette width (ASW) computed on batch labels. In most settings, none of the "
            "foundation models outperforms the scVI baseline, and on 9 of the 12 datasets PCA on highly variable "
            "genes scores a higher ARI than every foundation model. Larger pre-training corpora do not consistently "
            "help: scGPT pre-trained on 33 million cells is not better than its variants pre-trained on "
            "organ-specific data. Embedding quality correlates more with the overlap between a dataset's tissue and "
            "the pre-training corpus than with model size. We argue that zero-shot evaluation should become a "
            "standard part of reporting for single-cell foundation models, and we release our evaluation code and "
            "embeddings."
        ),
        "spans": [
            ("Single-Cell Foundation Models", "M"), ("Foundation models", "M"), ("foundation models", "M"),
            ("foundation model", "M"), ("single-cell foundation models", "M"), ("Geneformer", "M"),
            ("scGPT", "M"), ("scFoundation", "M"), ("UCE", "M"), ("scMulan", "M"), ("cell type clustering", "T"),
            ("batch integration", "T"), ("Tabula Sapiens", "D"), ("PBMC 12k", "D"), ("scVI", "M"),
            ("principal component analysis", "M"), ("PCA", "M"), ("adjusted Rand index", "X"), ("ARI", "X"),
            ("normalized mutual information", "X"), ("NMI", "X"), ("average silhouette width", "X"), ("ASW", "X"),
        ],
        "results": [
            ("9 of the 12 datasets", "datasets won", 9, None, None, "PCA"),
        ],
    },
    {
        "field": "single-cell",
        "title": "Wenlowe: Marker-Grounded Large Language Model Agents for Cell Type Annotation",
        "text": (
            "Cell type annotation remains a manual bottleneck in single-cell analysis: experts inspect the marker "
            "genes of each cluster and match them against the literature. GPTCelltype showed that GPT-4 can name "
            "cell types from marker lists, but its answers are unverifiable and drift towards common types. We "
            "present Wenlowe, an agent built on a large language model (LLM) that proposes candidate labels from "
            "differentially expressed genes, retrieves supporting evidence from CellMarker 2.0 and PanglaoDB, and "
            "accepts a label only when the retrieved markers are enriched in the cluster. Labels are mapped to the "
            "Cell Ontology so that partial agreement with experts can be scored. Across 10 tissues from Tabula "
            "Sapiens and the Human Cell Atlas (HCA), Wenlowe reaches a full agreement of 78.5% with expert labels, "
            "compared with 64.1% for GPTCelltype and 59.8% for CellTypist; counting partial matches, agreement rises "
            "to 91.2%. Open-weight backbones close most of the gap to GPT-4o: with Llama-3.1-70B as the LLM, full "
            "agreement is 74.9%, and with Qwen2.5-72B it is 73.6%. Wenlowe also recognises what it does not know. In "
            "a held-out glioblastoma dataset, it flags 7 of the 9 tumour-specific states that lack reference markers "
            "as unknown instead of forcing a familiar label, whereas GPTCelltype assigns a known type to all of "
            "them. Every decision comes with the retrieved markers and literature evidence, which makes "
            "disagreements with experts easy to audit."
        ),
        "spans": [
            ("Wenlowe", "M"), ("Large Language Model", "M"), ("Cell Type Annotation", "T"),
            ("Cell type annotation", "T"), ("GPTCelltype", "M"), ("GPT-4", "M"), ("large language model", "M"),
            ("LLM", "M"), ("CellMarker 2.0", "D"), ("PanglaoDB", "D"), ("Cell Ontology", "D"),
            ("partial agreement", "X"), ("Tabula Sapiens", "D"), ("Human Cell Atlas", "D"), ("HCA", "D"),
            ("full agreement", "X"), ("agreement", "X"), ("CellTypist", "M"), ("GPT-4o", "M"),
            ("Llama-3.1-70B", "M"), ("Qwen2.5-72B", "M"),
        ],
        "results": [
            ("full agreement of 78.5%", "full agreement", 78.5, "%", None, "Wenlowe"),
            ("64.1% for GPTCelltype", "full agreement", 64.1, "%", None, "GPTCelltype"),
            ("59.8% for CellTypist", "full agreement", 59.8, "%", None, "CellTypist"),
            ("agreement rises to 91.2%", "agreement", 91.2, "%", None, None),
            ("full agreement is 74.9%", "full agreement", 74.9, "%", None, "Llama-3.1-70B"),
            ("it is 73.6%", "full agreement", 73.6, "%", None, "Qwen2.5-72B"),
            ("flags 7 of the 9 tumour-specific states", "tumour-specific states flagged", 7, None, None, None),
        ],
    },
    {
        "field": "single-cell",
        "title": "Fast Query-to-Reference Mapping of Single-Cell Atlases with Sketch-Based Label Transfer",
        "text": (
            "Reference mapping projects a newly sequenced query dataset onto an annotated atlas, so that cell type "
            "annotations can be carried over by label transfer without re-integrating all data. Methods such as "
            "scArches, Symphony and scPoli make this feasible, but mapping time grows with the size of the reference "
            "and label-transfer accuracy degrades for cell types that are rare in it. We introduce WoskaMap, which "
            "summarises the reference with geometric sketching, fits a lightweight adapter on top of a frozen scANVI "
            "encoder and transfers labels with a calibrated k-nearest-neighbour (kNN) classifier that abstains when "
            "a query cell falls outside the reference manifold. On the Human Lung Cell Atlas, with held-out studies "
            "as queries, WoskaMap reaches a label-transfer accuracy of 92.4% and a macro-F1 of 0.861, versus "
            "90.8%/0.807 for scArches and 88.1%/0.772 for Symphony. For cell types below 0.1% abundance, recall "
            "improves from 0.41 for scArches to 0.63. On PBMC 10k with monocytes removed from the reference, "
            "out-of-reference detection reaches an AUPRC of 0.88. Mapping one million query cells takes 3.1 min on "
            "a single GPU, 11\u00d7 faster than scArches and 26\u00d7 faster than Symphony, with peak memory below "
            "9 GB."
        ),
        "spans": [
            ("Query-to-Reference Mapping", "T"), ("Label Transfer", "T"), ("Reference mapping", "T"),
            ("label transfer", "T"), ("scArches", "M"), ("Symphony", "M"), ("scPoli", "M"), ("mapping time", "X"),
            ("label-transfer accuracy", "X"), ("WoskaMap", "M"), ("geometric sketching", "M"), ("scANVI", "M"),
            ("k-nearest-neighbour", "M"), ("kNN", "M"), ("Human Lung Cell Atlas", "D"), ("macro-F1", "X"),
            ("recall", "X"), ("PBMC 10k", "D"), ("out-of-reference detection", "T"), ("AUPRC", "X"),
            ("peak memory", "X"),
        ],
        "results": [
            ("label-transfer accuracy of 92.4%", "label-transfer accuracy", 92.4, "%", "Human Lung Cell Atlas",
             "WoskaMap"),
            ("macro-F1 of 0.861", "macro-F1", 0.861, None, "Human Lung Cell Atlas", "WoskaMap"),
            ("90.8%", "label-transfer accuracy", 90.8, "%", "Human Lung Cell Atlas", "scArches"),
            ("0.807", "macro-F1", 0.807, None, "Human Lung Cell Atlas", "scArches"),
            ("88.1%", "label-transfer accuracy", 88.1, "%", "Human Lung Cell Atlas", "Symphony"),
            ("0.772", "macro-F1", 0.772, None, "Human Lung Cell Atlas", "Symphony"),
            ("recall improves from 0.41 for scArches", "recall", 0.41, None, None, "scArches"),
            ("to 0.63", "recall", 0.63, None, None, None),
            ("AUPRC of 0.88", "AUPRC", 0.88, None, "PBMC 10k", None),
            ("Mapping one million query cells takes 3.1 min", "mapping time", 3.1, "min", None, None),
            ("11\u00d7 faster than scArches", "speed-up", 11, "\u00d7", None, None),
            ("26\u00d7 faster", "speed-up", 26, "\u00d7", None, None),
            ("peak memory below 9 GB", "peak memory", 9, "GB", None, None),
        ],
    },
]
