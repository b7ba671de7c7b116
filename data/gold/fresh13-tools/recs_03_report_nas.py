"""fresh13 records: report-generation (6) and architecture-search (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Avrelith", "Awbrindle", "Axmoraine", "Avistoke", "Awtherly", "Axlenvar",
          "Avgarreth", "Awkenfold", "Axtrevel", "Avesperon", "Axbrinn", "Awlquent"]

RECS = [
    # ------------------------------------------------------------ report-generation
    {
        "field": "report-generation",
        "title": "Avrelith: Anatomy-Anchored Retrieval and Preference Tuning for Chest X-ray Report Generation",
        "text": (
            "Radiology report generation (RRG) models built on large language models (LLMs) write fluent findings "
            "but still hallucinate abnormalities and omit comparisons with prior studies, errors that lexical metrics "
            "such as BLEU barely register. We present Avrelith, a report generator that couples a RAD-DINO image "
            "encoder with a Vicuna-7B decoder and conditions generation on sentences retrieved per anatomical region, "
            "using region boxes from the Chest ImaGenome annotations. After supervised fine-tuning, Avrelith is "
            "further aligned with direct preference optimization (DPO), where preference pairs are ranked by the "
            "GREEN score so that clinically wrong sentences are penalised even when they overlap lexically with the "
            "reference. On the MIMIC-CXR test split, Avrelith reaches a BLEU-4 of 0.142, a ROUGE-L of 0.311 and a "
            "RadGraph F1 of 0.297, and raises the CheXbert micro-F1 over 14 observations from 0.521 for PromptMRG to "
            "0.583. Avrelith also improves the GREEN score on MIMIC-CXR over R2GenGPT and MAIRA-2 by 0.061 and 0.018, "
            "respectively. On IU X-Ray, evaluated without any further training, Avrelith obtains a BLEU-4 of 0.171 "
            "and a RadCliQ of 2.87 (lower is better), against 3.12 for LLaVA-Rad. Ablations show that region-level "
            "retrieval accounts for most of the gain in CheXbert F1, while DPO mainly cuts the hallucination rate, by "
            "38% in a reader study with two board-certified radiologists."
        ),
        "spans": [
            ("Avrelith", "M"), ("Chest X-ray Report Generation", "T"), ("Radiology report generation", "T"),
            ("RRG", "T"), ("large language models", "M"), ("LLMs", "M"), ("BLEU", "X"), ("RAD-DINO", "M"),
            ("Vicuna-7B", "M"), ("Chest ImaGenome", "D"), ("supervised fine-tuning", "M"),
            ("direct preference optimization", "M"), ("DPO", "M"), ("GREEN score", "X"), ("MIMIC-CXR", "D"),
            ("BLEU-4", "X"), ("ROUGE-L", "X"), ("RadGraph F1", "X"), ("CheXbert micro-F1", "X"),
            ("PromptMRG", "M"), ("R2GenGPT", "M"), ("MAIRA-2", "M"), ("IU X-Ray", "D"), ("RadCliQ", "X"),
            ("LLaVA-Rad", "M"), ("CheXbert F1", "X"), ("hallucination rate", "X"),
        ],
        "results": [
            ("BLEU-4 of 0.142", "BLEU-4", 0.142, None, "MIMIC-CXR", "Avrelith"),
            ("ROUGE-L of 0.311", "ROUGE-L", 0.311, None, "MIMIC-CXR", "Avrelith"),
            ("RadGraph F1 of 0.297", "RadGraph F1", 0.297, None, "MIMIC-CXR", "Avrelith"),
            ("CheXbert micro-F1 over 14 observations from 0.521", "CheXbert micro-F1", 0.521, None, "MIMIC-CXR",
             "PromptMRG"),
            ("to 0.583", "CheXbert micro-F1", 0.583, None, "MIMIC-CXR", "Avrelith"),
            ("by 0.061", "GREEN", 0.061, None, "MIMIC-CXR", "Avrelith"),
            ("0.018", "GREEN", 0.018, None, "MIMIC-CXR", "Avrelith"),
            ("BLEU-4 of 0.171", "BLEU-4", 0.171, None, "IU X-Ray", "Avrelith"),
            ("RadCliQ of 2.87", "RadCliQ", 2.87, None, "IU X-Ray", "Avrelith"),
            ("3.12 for LLaVA-Rad", "RadCliQ", 3.12, None, "IU X-Ray", "LLaVA-Rad"),
            ("hallucination rate, by 38%", "hallucination rate reduction", 38, "%", None, "DPO"),
        ],
    },
    {
        "field": "report-generation",
        "title": "Awbrindle: Organ-Wise Token Pruning for Efficient Report Generation from 3D Chest CT",
        "text": (
            "3D CT report generation, the writing of free-text reports from volumetric chest scans, is far harder "
            "than its radiograph counterpart: a single scan yields tens of thousands of visual tokens, which current "
            "vision-language models such as RadFM and M3D-LaMed either pool aggressively or pass to the language "
            "model at great memory cost. We introduce Awbrindle, which segments 18 organs and structures with "
            "TotalSegmentator, encodes each region with a CT-ViT encoder, and keeps only the tokens an organ-level "
            "relevance head deems abnormal before passing them to a Llama-3.1-8B decoder fine-tuned with LoRA. On "
            "CT-RATE, Awbrindle attains BLEU-4, METEOR and ROUGE-L of 0.218, 0.402 and 0.386, respectively, and a "
            "clinical efficacy F1 of 0.347 computed with the RadBERT abnormality classifier, ahead of CT2Rep (0.160 "
            "F1) and Reg2RG (0.312 F1). On RadGenome-ChestCT, region-grounded sentences reach a BERTScore of 0.874. "
            "Because pruning discards most visual tokens, the model processes a 480\u00d7480\u00d7240 volume with "
            "17.6 GB of GPU memory instead of 61 GB and generates a report in 3.4 s, a 2.9\u00d7 speed-up over the "
            "unpruned model. In a blinded comparison by three radiologists, Awbrindle reports were preferred over "
            "CT-CHAT reports in 64% of 150 cases, mostly because they described incidental findings outside the "
            "lungs more completely and mentioned fewer abnormalities that were absent from the scan."
        ),
        "spans": [
            ("Awbrindle", "M"), ("Token Pruning", "M"), ("Report Generation", "T"), ("3D CT report generation", "T"),
            ("vision-language models", "M"), ("RadFM", "M"), ("M3D-LaMed", "M"), ("TotalSegmentator", "M"),
            ("CT-ViT", "M"), ("Llama-3.1-8B", "M"), ("LoRA", "M"), ("CT-RATE", "D"), ("BLEU-4", "X"),
            ("METEOR", "X"), ("ROUGE-L", "X"), ("clinical efficacy F1", "X"), ("RadBERT", "M"), ("CT2Rep", "M"),
            ("F1", "X"), ("Reg2RG", "M"), ("RadGenome-ChestCT", "D"), ("BERTScore", "X"), ("pruning", "M"),
            ("GPU memory", "X"), ("speed-up", "X"), ("CT-CHAT", "M"),
        ],
        "results": [
            ("0.218", "BLEU-4", 0.218, None, "CT-RATE", "Awbrindle"),
            ("0.402", "METEOR", 0.402, None, "CT-RATE", "Awbrindle"),
            ("0.386", "ROUGE-L", 0.386, None, "CT-RATE", "Awbrindle"),
            ("clinical efficacy F1 of 0.347", "clinical efficacy F1", 0.347, None, "CT-RATE", "Awbrindle"),
            ("0.160 F1", "clinical efficacy F1", 0.160, None, "CT-RATE", "CT2Rep"),
            ("0.312 F1", "clinical efficacy F1", 0.312, None, "CT-RATE", "Reg2RG"),
            ("BERTScore of 0.874", "BERTScore", 0.874, None, "RadGenome-ChestCT", None),
            ("17.6 GB of GPU memory", "GPU memory", 17.6, "GB", None, None),
            ("61 GB", "GPU memory", 61, "GB", None, None),
            ("generates a report in 3.4 s", "generation time", 3.4, "s", None, None),
            ("2.9\u00d7 speed-up", "speed-up", 2.9, "\u00d7", None, None),
            ("preferred over CT-CHAT reports in 64%", "win rate", 64, "%", None, "Awbrindle"),
        ],
    },
    {
        "field": "report-generation",
        "title": "Axmoraine: Plan-Then-Write Generation of Hospital Course Summaries and Discharge Instructions",
        "text": (
            "Writing discharge summaries consumes a considerable share of clinicians' time, and recent shared tasks "
            "have framed two of their sections, the Brief Hospital Course and the Discharge Instructions, as a "
            "generation problem over the notes of an admission in MIMIC-IV. Most submitted systems fine-tuned a "
            "single decoder on concatenated notes truncated to the context window, discarding the radiology reports "
            "and much of the earlier clinical narrative. We propose Axmoraine, an approach to discharge summary "
            "generation that first extracts a problem-oriented plan from the full admission with a small Mistral-7B "
            "planner and then writes each section with a Llama-3-70B generator conditioned on that plan, so that "
            "the long inputs never have to fit into one prompt. The planner is learned from the target sections "
            "themselves by weak supervision, without manual labels. On the hidden test set of the shared task, "
            "Axmoraine obtains an overall score of 0.331, the mean of BLEU-4, ROUGE-1, ROUGE-2, ROUGE-L, BERTScore, "
            "METEOR, AlignScore and MEDCON, well above the best participating team (0.284). Clinicians from two "
            "hospitals reviewed 100 generated Brief Hospital Course sections, with an acceptance rate of 71% when "
            "minor edits were allowed. An error analysis shows that most remaining mistakes concern medication "
            "changes stated only in nursing notes, which the planner never selected."
        ),
        "spans": [
            ("Axmoraine", "M"), ("MIMIC-IV", "D"), ("discharge summary generation", "T"), ("Mistral-7B", "M"),
            ("Llama-3-70B", "M"), ("weak supervision", "M"), ("overall score", "X"), ("BLEU-4", "X"),
            ("ROUGE-1", "X"), ("ROUGE-2", "X"), ("ROUGE-L", "X"), ("BERTScore", "X"), ("METEOR", "X"),
            ("AlignScore", "X"), ("MEDCON", "X"), ("acceptance rate", "X"),
        ],
        "results": [
            ("overall score of 0.331", "score", 0.331, None, None, "Axmoraine"),
            ("0.284", "score", 0.284, None, None, None),
            ("acceptance rate of 71%", "acceptance rate", 71, "%", None, None),
        ],
    },
    {
        "field": "report-generation",
        "title": "Avistoke: Routed Modality-Specific Adapters for Radiology Report Summarization",
        "text": (
            "Radiology report summarization, the generation of the impression section from the findings, is usually "
            "solved with one model per imaging modality and anatomy, since a summarizer trained on chest radiographs "
            "transfers poorly to abdominal CT or brain MRI. We present Avistoke, a single FLAN-T5-XL summarizer with "
            "a bank of LoRA adapters, one per modality\u2013anatomy pair, whose outputs are mixed by a router trained "
            "on the findings text alone. New modalities are added by training one adapter, leaving the rest frozen. "
            "We evaluate on MIMIC-CXR and on the seven modality\u2013anatomy subsets of MIMIC-III. On MIMIC-CXR, "
            "Avistoke obtains a ROUGE-L of 47.9 and an F1-RadGraph of 45.2 (RadAdapt: 46.1 / 43.0). Averaged over the "
            "MIMIC-III subsets, Avistoke improves ROUGE-L by 2.7 points over per-modality fine-tuning of the same "
            "backbone, with gains of up to 6.3 points on the rarest pairs. GPT-4 prompted with 10 in-context "
            "examples reaches only 38.4 ROUGE-L on MIMIC-CXR, although radiologists rate its impressions as more "
            "complete. Avistoke has a parameter overhead of 2.1% over the backbone, and its inference latency is "
            "1.4\u00d7 that of a single fine-tuned model, a cost we consider acceptable given that one deployment "
            "replaces seven. We further show that the router's choices are interpretable and that misrouted reports "
            "are mostly those whose findings mention several body regions."
        ),
        "spans": [
            ("Avistoke", "M"), ("Radiology Report Summarization", "T"), ("Radiology report summarization", "T"),
            ("FLAN-T5-XL", "M"), ("LoRA", "M"), ("MIMIC-CXR", "D"), ("MIMIC-III", "D"), ("ROUGE-L", "X"),
            ("F1-RadGraph", "X"), ("RadAdapt", "M"), ("GPT-4", "M"), ("parameter overhead", "X"),
            ("inference latency", "X"),
        ],
        "results": [
            ("ROUGE-L of 47.9", "ROUGE-L", 47.9, None, "MIMIC-CXR", "Avistoke"),
            ("F1-RadGraph of 45.2", "F1-RadGraph", 45.2, None, "MIMIC-CXR", "Avistoke"),
            ("46.1", "ROUGE-L", 46.1, None, "MIMIC-CXR", "RadAdapt"),
            ("43.0", "F1-RadGraph", 43.0, None, "MIMIC-CXR", "RadAdapt"),
            ("ROUGE-L by 2.7 points", "ROUGE-L", 2.7, "points", "MIMIC-III", "Avistoke"),
            ("up to 6.3 points", "ROUGE-L", 6.3, "points", "MIMIC-III", "Avistoke"),
            ("38.4 ROUGE-L", "ROUGE-L", 38.4, None, "MIMIC-CXR", "GPT-4"),
            ("parameter overhead of 2.1%", "parameter overhead", 2.1, "%", None, "Avistoke"),
            ("inference latency is 1.4\u00d7", "inference latency", 1.4, "\u00d7", None, "Avistoke"),
        ],
    },
    {
        "field": "report-generation",
        "title": "Awtherly: A Compact Chest Radiograph Reporter Distilled from Grounded Teachers",
        "text": (
            "Leading chest X-ray report generation systems such as MAIRA-2 and MedVersa rely on 7B-parameter "
            "language backbones, which puts them out of reach of the on-premise hardware most hospitals operate. "
            "We present Awtherly, a compact reporter that pairs a SigLIP vision encoder with a 1.1B-parameter "
            "TinyLlama decoder and is trained by knowledge distillation from two teachers: MAIRA-2 supplies grounded "
            "findings with bounding boxes, and a text-only Qwen2.5-14B rewrites them into reference-style prose. "
            "Awtherly is trained on MIMIC-CXR and CheXpert Plus and evaluated on the public splits used by the "
            "ReXrank leaderboard. On the MIMIC-CXR test set, Awtherly scores 0.312 / 0.527 / 0.294 in GREEN, "
            "RaTEScore and RadGraph F1, vs. 0.331 / 0.541 / 0.301 for MAIRA-2 and 0.285 / 0.509 / 0.262 for "
            "CheXagent. On ReXGradient-160K, where all models are out of distribution, Awtherly's RaTEScore (0.498) "
            "is within 0.01 of the teacher. Across the five CheXbert observations most relevant to triage, "
            "Awtherly's per-finding F1 ranges from 0.41 to 0.73. Awtherly generates a report in 0.38 s on a single "
            "RTX 4090, 5.6\u00d7 faster than MAIRA-2, with 6.2 GB of peak memory. Finally, distilling from grounded "
            "findings rather than from raw reports improves GREEN by 0.024, which suggests that the teacher's "
            "boxes act as a useful intermediate supervision signal even when the student never predicts them."
        ),
        "spans": [
            ("Awtherly", "M"), ("chest X-ray report generation", "T"), ("MAIRA-2", "M"), ("MedVersa", "M"),
            ("SigLIP", "M"), ("TinyLlama", "M"), ("knowledge distillation", "M"), ("Qwen2.5-14B", "M"),
            ("MIMIC-CXR", "D"), ("CheXpert Plus", "D"), ("ReXrank", "D"), ("GREEN", "X"), ("RaTEScore", "X"),
            ("RadGraph F1", "X"), ("CheXagent", "M"), ("ReXGradient-160K", "D"), ("CheXbert", "M"),
            ("per-finding F1", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("0.312", "GREEN", 0.312, None, "MIMIC-CXR", "Awtherly"),
            ("0.527", "RaTEScore", 0.527, None, "MIMIC-CXR", "Awtherly"),
            ("0.294", "RadGraph F1", 0.294, None, "MIMIC-CXR", "Awtherly"),
            ("0.331", "GREEN", 0.331, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.541", "RaTEScore", 0.541, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.301", "RadGraph F1", 0.301, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.285", "GREEN", 0.285, None, "MIMIC-CXR", "CheXagent"),
            ("0.509", "RaTEScore", 0.509, None, "MIMIC-CXR", "CheXagent"),
            ("0.262", "RadGraph F1", 0.262, None, "MIMIC-CXR", "CheXagent"),
            ("RaTEScore (0.498)", "RaTEScore", 0.498, None, "ReXGradient-160K", "Awtherly"),
            ("within 0.01", "RaTEScore", 0.01, None, "ReXGradient-160K", "Awtherly"),
            ("per-finding F1 ranges from 0.41 to 0.73", "per-finding F1", 0.73, None, None, "Awtherly",
             {"low": 0.41}),
            ("generates a report in 0.38 s", "generation time", 0.38, "s", None, "Awtherly"),
            ("5.6\u00d7 faster", "speed-up", 5.6, "\u00d7", None, "Awtherly"),
            ("6.2 GB of peak memory", "peak memory", 6.2, "GB", None, "Awtherly"),
            ("GREEN by 0.024", "GREEN", 0.024, None, None, None),
        ],
    },
    {
        "field": "report-generation",
        "title": "Axlenvar: Verified Clinical Note Generation from Doctor\u2013Patient Conversations with Small "
                 "Language Models",
        "text": (
            "Ambient documentation tools promise to relieve clinicians of note writing, but most systems for "
            "clinical note generation from recorded doctor\u2013patient conversations are built on proprietary "
            "large language models, which raises cost and privacy concerns for hospitals. We introduce Axlenvar, a "
            "pipeline in which a Phi-3-mini model drafts the note section by section and a second pass checks every "
            "sentence against the transcript with a natural language inference (NLI) verifier, regenerating "
            "unsupported sentences up to twice. Both components run locally on a single GPU, and no patient data "
            "leaves the hospital network. On the ACI-Bench test sets, Axlenvar matches GPT-4 in ROUGE-1 (51.2 vs. "
            "51.7) while scoring 2.9 points higher in MEDCON, which measures the overlap of clinical concepts with "
            "the reference note. On MTS-Dialog, Axlenvar obtains a ROUGE-L of 36.4 for dialogue summarization. In a "
            "human evaluation by four physicians, Axlenvar notes had a hallucination rate of 6%, against 19% for an "
            "identical model without the verification pass, while omissions of relevant findings were about as "
            "frequent in both. We argue that small language models combined with explicit verification are a "
            "practical route to documentation assistants that can be audited, and we release code and prompts."
        ),
        "spans": [
            ("Axlenvar", "M"), ("Clinical Note Generation", "T"), ("Small Language Models", "M"),
            ("clinical note generation", "T"), ("large language models", "M"), ("Phi-3-mini", "M"),
            ("natural language inference", "T"), ("NLI", "T"), ("ACI-Bench", "D"), ("GPT-4", "M"),
            ("ROUGE-1", "X"), ("MEDCON", "X"), ("MTS-Dialog", "D"), ("ROUGE-L", "X"),
            ("dialogue summarization", "T"), ("hallucination rate", "X"), ("small language models", "M"),
        ],
        "results": [
            ("ROUGE-1 (51.2", "ROUGE-1", 51.2, None, "ACI-Bench", "Axlenvar"),
            ("51.7", "ROUGE-1", 51.7, None, "ACI-Bench", "GPT-4"),
            ("2.9 points higher in MEDCON", "MEDCON", 2.9, "points", "ACI-Bench", "Axlenvar"),
            ("ROUGE-L of 36.4", "ROUGE-L", 36.4, None, "MTS-Dialog", "Axlenvar"),
            ("hallucination rate of 6%", "hallucination rate", 6, "%", None, "Axlenvar"),
            ("19%", "hallucination rate", 19, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ architecture-search
    {
        "field": "architecture-search",
        "title": "Avgarreth: A Training-Free Proxy from Gradient Sign Coherence for Zero-Shot Neural Architecture Search",
        "text": (
            "Zero-cost proxies rank candidate architectures at initialization and make neural architecture search "
            "(NAS) possible within minutes, but their correlation with trained accuracy is unstable: on several "
            "search spaces, a plain parameter count beats most published proxies. We propose Avgarreth, a proxy that "
            "scores a network by how coherently the signs of its per-sample gradients agree across a single "
            "mini-batch, normalised layer-wise so that wide layers do not dominate. Avgarreth requires one forward "
            "and one backward pass and no labels beyond those of the mini-batch. On NAS-Bench-201, Avgarreth attains "
            "Spearman's \u03c1 of 0.86, 0.88 and 0.84 with test accuracy on CIFAR-10, CIFAR-100 and ImageNet16-120, "
            "respectively, ahead of ZiCo (0.80, 0.81, 0.79) and MeCo (0.83, 0.85, 0.80). Avgarreth is also the best "
            "single proxy on 19 of the 28 tasks of NAS-Bench-Suite-Zero. Used inside an evolutionary search on the "
            "DARTS space, Avgarreth finds an architecture with 2.41% test error on CIFAR-10 and, when transferred, "
            "24.6% top-1 error on ImageNet. The search itself costs 0.02 GPU-days, roughly 50\u00d7 less than "
            "DARTS. Combining Avgarreth with the parameter count in a simple rank average further lifts Kendall's "
            "\u03c4 on NAS-Bench-101 from 0.45 to 0.52, suggesting that the two signals are complementary."
        ),
        "spans": [
            ("Avgarreth", "M"), ("Zero-Shot Neural Architecture Search", "M"), ("Zero-cost proxies", "M"),
            ("neural architecture search", "M"), ("NAS", "M"), ("accuracy", "X"), ("NAS-Bench-201", "D"),
            ("Spearman's \u03c1", "X"), ("test accuracy", "X"), ("CIFAR-10", "D"), ("CIFAR-100", "D"),
            ("ImageNet16-120", "D"), ("ZiCo", "M"), ("MeCo", "M"), ("NAS-Bench-Suite-Zero", "D"),
            ("evolutionary search", "M"), ("DARTS", "M"), ("test error", "X"), ("top-1 error", "X"),
            ("ImageNet", "D"), ("Kendall's \u03c4", "X"), ("NAS-Bench-101", "D"),
        ],
        "results": [
            ("Spearman's \u03c1 of 0.86", "Spearman's \u03c1", 0.86, None, "CIFAR-10", "Avgarreth"),
            ("0.88", "Spearman's \u03c1", 0.88, None, "CIFAR-100", "Avgarreth"),
            ("0.84", "Spearman's \u03c1", 0.84, None, "ImageNet16-120", "Avgarreth"),
            ("0.80", "Spearman's \u03c1", 0.80, None, "CIFAR-10", "ZiCo"),
            ("0.81", "Spearman's \u03c1", 0.81, None, "CIFAR-100", "ZiCo"),
            ("0.79", "Spearman's \u03c1", 0.79, None, "ImageNet16-120", "ZiCo"),
            ("0.83", "Spearman's \u03c1", 0.83, None, "CIFAR-10", "MeCo"),
            ("0.85", "Spearman's \u03c1", 0.85, None, "CIFAR-100", "MeCo"),
            ("0.80", "Spearman's \u03c1", 0.80, None, "ImageNet16-120", "MeCo", {"occ": 1}),
            ("best single proxy on 19 of the 28 tasks", "tasks ranked first", 19, None, "NAS-Bench-Suite-Zero",
             "Avgarreth"),
            ("2.41% test error", "test error", 2.41, "%", "CIFAR-10", "Avgarreth"),
            ("24.6% top-1 error", "top-1 error", 24.6, "%", "ImageNet", "Avgarreth"),
            ("costs 0.02 GPU-days", "search cost", 0.02, "GPU-days", None, None),
            ("50\u00d7 less", "search cost reduction", 50, "\u00d7", None, None),
            ("\u03c4 on NAS-Bench-101 from 0.45 to 0.52", "Kendall's \u03c4", 0.52, None, "NAS-Bench-101", None),
        ],
    },
    {
        "field": "architecture-search",
        "title": "Awkenfold: Predicting Latency on Unseen Devices for Hardware-Aware Neural Architecture Search",
        "text": (
            "Hardware-aware neural architecture search (HW-NAS) needs the latency of thousands of candidates on the "
            "target device, and building a latency predictor usually costs several thousand on-device measurements "
            "per device. Meta-learned predictors such as HELP cut this to a few dozen samples but degrade on "
            "accelerators whose operators behave unlike those seen during meta-training. We present Awkenfold, a "
            "graph neural network predictor that represents each candidate together with a device embedding "
            "estimated from the measured latencies of 10 reference architectures, so that a new device is added "
            "without any gradient update. On HW-NAS-Bench, Awkenfold reaches a Spearman correlation of 0.951 "
            "averaged over six unseen devices, compared with 0.889 for HELP and 0.742 for BRP-NAS given the same 10 "
            "measurements. Combined with a Once-for-All (OFA) MobileNetV3 supernet, Awkenfold finds subnetworks for "
            "a Pixel 7 phone, a Jetson Orin Nano and an Edge TPU that reach 77.8%, 79.1% and 76.9% ImageNet top-1 "
            "accuracy under latency budgets of 20 ms, 8 ms and 5 ms, respectively. On the Pixel 7, the resulting "
            "model is 1.3 points more accurate than MobileNetV3-Large at equal latency, and 1.7\u00d7 faster than "
            "EfficientNet-B0 at similar accuracy. The whole search, including measurements, takes 2.5 GPU-hours per "
            "device, which makes it practical to re-run whenever a compiler update changes operator costs."
        ),
        "spans": [
            ("Awkenfold", "M"), ("Hardware-Aware Neural Architecture Search", "M"),
            ("Hardware-aware neural architecture search", "M"), ("HW-NAS", "M"), ("latency", "X"),
            ("latencies", "X"), ("HELP", "M"), ("graph neural network", "M"), ("HW-NAS-Bench", "D"),
            ("Spearman correlation", "X"), ("BRP-NAS", "M"), ("Once-for-All", "M"), ("OFA", "M"),
            ("MobileNetV3", "M"), ("ImageNet", "D"), ("top-1 accuracy", "X"), ("MobileNetV3-Large", "M"),
            ("EfficientNet-B0", "M"), ("accuracy", "X"),
        ],
        "results": [
            ("Spearman correlation of 0.951", "Spearman correlation", 0.951, None, "HW-NAS-Bench", "Awkenfold"),
            ("0.889 for HELP", "Spearman correlation", 0.889, None, "HW-NAS-Bench", "HELP"),
            ("0.742 for BRP-NAS", "Spearman correlation", 0.742, None, "HW-NAS-Bench", "BRP-NAS"),
            ("77.8%", "top-1 accuracy", 77.8, "%", "ImageNet", "Awkenfold"),
            ("79.1%", "top-1 accuracy", 79.1, "%", "ImageNet", "Awkenfold"),
            ("76.9% ImageNet top-1 accuracy", "top-1 accuracy", 76.9, "%", "ImageNet", "Awkenfold"),
            ("1.3 points more accurate", "accuracy", 1.3, "points", None, None),
            ("1.7\u00d7 faster", "speed-up", 1.7, "\u00d7", None, None),
            ("takes 2.5 GPU-hours", "search time", 2.5, "GPU-hours", None, None),
        ],
    },
    {
        "field": "architecture-search",
        "title": "Axtrevel: Large Language Models as Mutation Operators for Neural Architecture Search in Open-Ended "
                 "Code Spaces",
        "text": (
            "Neural architecture search (NAS) usually operates on hand-designed cell spaces, which limits what can "
            "be discovered to recombinations of known operators. Recent work such as EvoPrompting and LLMatic "
            "instead lets large language models (LLMs) edit network code directly, but reports results on small "
            "problems and with budgets that are hard to compare. We present Axtrevel, an evolutionary search in "
            "which a code LLM proposes mutations of PyTorch model definitions, guided by a textual archive of past "
            "edits and their measured fitness, while a cheap learning-curve extrapolator discards unpromising "
            "children after two epochs. Under a budget of 1,000 evaluated candidates, Axtrevel discovers CIFAR-10 "
            "models with 97.6% test accuracy at 1.9M parameters, whereas regularized evolution over the DARTS "
            "space, given the same budget, reaches 97.1% at 3.3M parameters. Axtrevel's programs transfer to "
            "ImageNet with 76.2% top-1 accuracy at 598M FLOPs. Replacing the open-weight Qwen2.5-Coder-32B with "
            "GPT-4o as the mutation operator changes final accuracy by less than 0.2 points but costs roughly ten "
            "times more. In a qualitative analysis, we find that more than a third of the surviving mutations "
            "introduce operators absent from common search spaces, such as gated depthwise mixing and learned "
            "channel shuffles, and that the archive of past edits matters more than the choice of language model."
        ),
        "spans": [
            ("Axtrevel", "M"), ("Large Language Models", "M"), ("Neural Architecture Search", "M"),
            ("Neural architecture search", "M"), ("NAS", "M"), ("EvoPrompting", "M"), ("LLMatic", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("evolutionary search", "M"), ("LLM", "M"),
            ("CIFAR-10", "D"), ("test accuracy", "X"), ("parameters", "X"), ("regularized evolution", "M"),
            ("DARTS", "M"), ("ImageNet", "D"), ("top-1 accuracy", "X"), ("FLOPs", "X"),
            ("Qwen2.5-Coder-32B", "M"), ("GPT-4o", "M"), ("accuracy", "X"),
        ],
        "results": [
            ("97.6% test accuracy", "test accuracy", 97.6, "%", "CIFAR-10", "Axtrevel"),
            ("1.9M parameters", "parameters", 1.9, "M", "CIFAR-10", "Axtrevel"),
            ("97.1%", "test accuracy", 97.1, "%", "CIFAR-10", "regularized evolution"),
            ("3.3M parameters", "parameters", 3.3, "M", "CIFAR-10", "regularized evolution"),
            ("76.2% top-1 accuracy", "top-1 accuracy", 76.2, "%", "ImageNet", "Axtrevel"),
            ("598M FLOPs", "FLOPs", 598, "M", "ImageNet", "Axtrevel"),
            ("accuracy by less than 0.2 points", "accuracy", 0.2, "points", None, None),
        ],
    },
    {
        "field": "architecture-search",
        "title": "Avesperon: Curing Performance Collapse in Differentiable Architecture Search with Hessian-Free "
                 "Flatness Regularization",
        "text": (
            "Differentiable architecture search (DARTS) relaxes the discrete choice of operations into continuous "
            "mixing weights, but its search frequently collapses onto parameter-free operations such as skip "
            "connections, a failure linked to sharp minima of the validation loss with respect to the architecture "
            "parameters. Remedies such as SDARTS, DrNAS and \u03b2-DARTS regularize this sharpness at the price of "
            "extra forward passes or additional hyperparameters. We propose Avesperon, which penalises the variance "
            "of the architecture gradient across perturbed copies of the supernet weights, an estimate of flatness "
            "that needs no Hessian-vector products. Avesperon adds about 12% to the search time of first-order "
            "DARTS. On NAS-Bench-201, Avesperon reaches test accuracies of 94.36 \u00b1 0.01%, 73.49 \u00b1 0.02% "
            "and 46.34 \u00b1 0.00% on CIFAR-10, CIFAR-100 and ImageNet16-120, respectively, recovering the optimal "
            "architecture of the benchmark with every one of four seeds. Avesperon finds cells in the DARTS search "
            "space with a test error of 2.39% on CIFAR-10 at a search cost of 0.3 GPU-days. When transferred, the "
            "Avesperon cell reaches 75.9% top-1 accuracy on ImageNet with 586M FLOPs, compared with 75.1% for "
            "PC-DARTS and 76.1% for \u03b2-DARTS at comparable cost. Across the four reduced search spaces of "
            "RobustDARTS, Avesperon lowers the test error by 0.4 to 3.1 points relative to DARTS, and it never "
            "selects a cell dominated by skip connections."
        ),
        "spans": [
            ("Avesperon", "M"), ("Differentiable Architecture Search", "M"), ("Differentiable architecture search", "M"),
            ("DARTS", "M"), ("skip connections", "M"), ("SDARTS", "M"), ("DrNAS", "M"), ("\u03b2-DARTS", "M"),
            ("search time", "X"), ("NAS-Bench-201", "D"), ("test accuracies", "X"), ("CIFAR-10", "D"),
            ("CIFAR-100", "D"), ("ImageNet16-120", "D"), ("test error", "X"), ("search cost", "X"),
            ("top-1 accuracy", "X"), ("ImageNet", "D"), ("FLOPs", "X"), ("PC-DARTS", "M"), ("RobustDARTS", "M"),
        ],
        "results": [
            ("adds about 12% to the search time", "search time", 12, "%", None, "Avesperon"),
            ("94.36 \u00b1 0.01%", "test accuracy", 94.36, "%", "CIFAR-10", "Avesperon"),
            ("73.49 \u00b1 0.02%", "test accuracy", 73.49, "%", "CIFAR-100", "Avesperon"),
            ("46.34 \u00b1 0.00%", "test accuracy", 46.34, "%", "ImageNet16-120", "Avesperon"),
            ("test error of 2.39%", "test error", 2.39, "%", "CIFAR-10", "Avesperon"),
            ("search cost of 0.3 GPU-days", "search cost", 0.3, "GPU-days", "CIFAR-10", "Avesperon"),
            ("75.9% top-1 accuracy", "top-1 accuracy", 75.9, "%", "ImageNet", "Avesperon"),
            ("586M FLOPs", "FLOPs", 586, "M", "ImageNet", "Avesperon"),
            ("75.1% for PC-DARTS", "top-1 accuracy", 75.1, "%", "ImageNet", "PC-DARTS"),
            ("76.1% for \u03b2-DARTS", "top-1 accuracy", 76.1, "%", "ImageNet", "\u03b2-DARTS"),
            ("test error by 0.4 to 3.1 points", "test error", 3.1, "points", None, "Avesperon", {"low": 0.4}),
        ],
    },
    {
        "field": "architecture-search",
        "title": "Axbrinn: One-Shot Search for Heterogeneous Sub-Networks of Pretrained Large Language Models",
        "text": (
            "Compressing large language models (LLMs) by structured pruning usually applies one width and depth "
            "ratio uniformly to all layers, although layers differ widely in how much they can be shrunk. Neural "
            "architecture search over sub-networks of a pretrained model could find better non-uniform shapes, but "
            "evaluating each candidate requires fine-tuning, which is prohibitive at this scale. We introduce "
            "Axbrinn, which trains Llama-3.1-8B once as a weight-sharing supernet over per-layer choices of "
            "attention heads, MLP width and layer skipping, using the sandwich rule and self-distillation on 4B "
            "tokens, and then searches the resulting sub-networks with an evolutionary algorithm scored on a small "
            "calibration set. At 4.5B parameters, the best Axbrinn sub-network attains 63.8% on MMLU and an average "
            "zero-shot accuracy of 70.2% over ARC-Challenge, ARC-Easy, HellaSwag, PIQA and WinoGrande, against "
            "58.1% and 67.5% for Minitron and 49.6% and 63.1% for LLM-Pruner at the same size. The Axbrinn "
            "sub-network reaches a WikiText-2 perplexity of 8.9, compared with 6.2 for the dense Llama-3.1-8B. On a "
            "single H100, it decodes at 2,140 tokens per second, 1.8\u00d7 the throughput of the dense model, and "
            "sub-networks for any other size budget are extracted from the same supernet without retraining. The "
            "search for one budget takes 6 GPU-hours after supernet training, a small fraction of the cost of "
            "training a model of that size from scratch."
        ),
        "spans": [
            ("Axbrinn", "M"), ("Large Language Models", "M"), ("large language models", "M"), ("LLMs", "M"),
            ("structured pruning", "M"), ("Neural architecture search", "M"), ("Llama-3.1-8B", "M"), ("MLP", "M"),
            ("sandwich rule", "M"), ("self-distillation", "M"), ("evolutionary algorithm", "M"), ("MMLU", "D"),
            ("average zero-shot accuracy", "X"), ("ARC-Challenge", "D"), ("ARC-Easy", "D"), ("HellaSwag", "D"),
            ("PIQA", "D"), ("WinoGrande", "D"), ("Minitron", "M"), ("LLM-Pruner", "M"), ("WikiText-2", "D"),
            ("perplexity", "X"), ("tokens per second", "X"), ("throughput", "X"),
        ],
        "results": [
            ("63.8% on MMLU", "accuracy", 63.8, "%", "MMLU", "Axbrinn"),
            ("average zero-shot accuracy of 70.2%", "zero-shot accuracy", 70.2, "%", None, "Axbrinn"),
            ("58.1%", "accuracy", 58.1, "%", "MMLU", "Minitron"),
            ("67.5%", "zero-shot accuracy", 67.5, "%", None, "Minitron"),
            ("49.6%", "accuracy", 49.6, "%", "MMLU", "LLM-Pruner"),
            ("63.1%", "zero-shot accuracy", 63.1, "%", None, "LLM-Pruner"),
            ("WikiText-2 perplexity of 8.9", "perplexity", 8.9, None, "WikiText-2", "Axbrinn"),
            ("6.2", "perplexity", 6.2, None, "WikiText-2", "Llama-3.1-8B"),
            ("decodes at 2,140 tokens per second", "throughput", 2140, "tokens/s", None, None),
            ("1.8\u00d7 the throughput", "throughput", 1.8, "\u00d7", None, None),
            ("takes 6 GPU-hours", "search time", 6, "GPU-hours", None, None),
        ],
    },
    {
        "field": "architecture-search",
        "title": "Awlquent: Joint Search of Architectures and Memory Schedules for Microcontrollers",
        "text": (
            "Deploying convolutional neural networks on microcontrollers is constrained less by compute than by "
            "peak memory, which is set by the largest set of simultaneously live activation tensors and therefore "
            "by the execution schedule as much as by the architecture. Existing search methods for tiny devices, "
            "such as MCUNet and MicroNets, treat the schedule as fixed, and the patch-based inference of MCUNetV2 "
            "is applied only after the search. We present Awlquent, a hardware-aware NAS method that searches "
            "architectures jointly with their operator order and patch partitioning, computing peak memory exactly "
            "from the tensor lifetime graph instead of with a learned predictor. On the Visual Wake Words (VWW) "
            "dataset, Awlquent reaches 91.7% accuracy with a peak memory of 96 kB, whereas MCUNet needs 256 kB for "
            "90.6%. Under a 320 kB SRAM and 1 MB flash budget on an STM32H743, Awlquent's ImageNet model attains "
            "71.4% top-1 accuracy [MCUNetV2: 70.7%] with an inference latency of 412 ms. For keyword spotting on "
            "Google Speech Commands, Awlquent models span 95.1\u201396.8% accuracy at 18\u201352 ms latency, "
            "dominating the MicroNets Pareto front across the whole range. Peak memory of the searched networks is "
            "1.6\u20132.4\u00d7 lower than that of the same architectures under default scheduling. The search "
            "takes 14 GPU-hours and needs no on-device measurement, since both memory and latency are computed "
            "analytically from the compiled operator graph."
        ),
        "spans": [
            ("Awlquent", "M"), ("convolutional neural networks", "M"), ("peak memory", "X"), ("MCUNet", "M"),
            ("MicroNets", "M"), ("patch-based inference", "M"), ("MCUNetV2", "M"), ("hardware-aware NAS", "M"),
            ("Visual Wake Words", "D"), ("VWW", "D"), ("accuracy", "X"), ("ImageNet", "D"), ("top-1 accuracy", "X"),
            ("inference latency", "X"), ("keyword spotting", "T"), ("Google Speech Commands", "D"),
            ("latency", "X"), ("Peak memory", "X"), ("memory", "X", {"only": [3]}),
        ],
        "results": [
            ("91.7% accuracy", "accuracy", 91.7, "%", "Visual Wake Words", "Awlquent"),
            ("peak memory of 96 kB", "peak memory", 96, "kB", "Visual Wake Words", "Awlquent"),
            ("256 kB", "peak memory", 256, "kB", "Visual Wake Words", "MCUNet"),
            ("90.6%", "accuracy", 90.6, "%", "Visual Wake Words", "MCUNet"),
            ("71.4% top-1 accuracy", "top-1 accuracy", 71.4, "%", "ImageNet", "Awlquent"),
            ("70.7%", "top-1 accuracy", 70.7, "%", "ImageNet", "MCUNetV2"),
            ("inference latency of 412 ms", "inference latency", 412, "ms", "ImageNet", "Awlquent"),
            ("95.1\u201396.8% accuracy", "accuracy", 96.8, "%", "Google Speech Commands", "Awlquent", {"low": 95.1}),
            ("18\u201352 ms latency", "latency", 52, "ms", "Google Speech Commands", "Awlquent", {"low": 18}),
            ("Peak memory of the searched networks is 1.6\u20132.4\u00d7 lower", "peak memory reduction", 2.4,
             "\u00d7", None, None, {"low": 1.6}),
            ("takes 14 GPU-hours", "search time", 14, "GPU-hours", None, None),
        ],
    },
]
