"""fresh14 records: hallucination-detection (6) and graph-generation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline was
never run on them and its code and output were not looked at."""

COINED = ["Xilentra", "Xiverra", "Xitallow", "Ximerrow", "Xipallas", "Xicorvel",
          "Xilattor", "Xibrindle", "Xiorrel", "Xinettle", "Xiquenby", "Xiwendle"]

RECS = [
    # ------------------------------------------------------------ hallucination-detection
    {
        "field": "hallucination-detection",
        "title": "Xilentra: Predicting Semantic Entropy from a Single Forward Pass for Hallucination Detection in LLMs",
        "text": (
            "Semantic entropy detects confabulations in large language models (LLMs) by sampling several answers, "
            "clustering them by meaning and measuring the entropy over the clusters, but drawing five to ten "
            "generations per query makes it impractical for deployment. Semantic entropy probes (SEPs) reduce the cost "
            "to a single generation by regressing entropy from hidden states, yet they lose several points of AUROC "
            "when the question distribution shifts. We present Xilentra, a lightweight probe that reads hidden states "
            "from a band of middle layers together with the answer-token log-probabilities and is trained with a "
            "ranking loss against semantic entropy labels computed offline, adding no extra generation. Across "
            "TriviaQA, SQuAD, BioASQ and NQ-Open with Llama-3.1-8B-Instruct, Xilentra obtains an average AUROC of "
            "0.851, compared with 0.862 for sampling-based semantic entropy, 0.794 for SEPs and 0.741 for "
            "SelfCheckGPT. On BioASQ, where SEPs trained on TriviaQA transfer poorly, Xilentra improves AUROC from "
            "0.702 to 0.789. Used for selective prediction, Xilentra raises the accuracy of Mistral-7B-Instruct on "
            "TriviaQA from 71.4% to 80.9% while abstaining on a fifth of the questions. Detection is 9.6\u00d7 faster "
            "than semantic entropy with ten samples, and probes trained on Qwen2.5-7B transfer to Qwen2.5-32B with an "
            "AUROC loss below 0.02."
        ),
        "spans": [
            ("Xilentra", "M"), ("Semantic Entropy", "M"), ("Semantic entropy", "M"), ("semantic entropy", "M"),
            ("Hallucination Detection", "T"), ("LLMs", "M"), ("large language models", "M"),
            ("Semantic entropy probes", "M"), ("SEPs", "M"), ("AUROC", "X"), ("average AUROC", "X"),
            ("TriviaQA", "D"), ("SQuAD", "D"), ("BioASQ", "D"), ("NQ-Open", "D"), ("Llama-3.1-8B-Instruct", "M"),
            ("SelfCheckGPT", "M"), ("selective prediction", "T"), ("Mistral-7B-Instruct", "M"), ("accuracy", "X"),
            ("Qwen2.5-7B", "M"), ("Qwen2.5-32B", "M"),
        ],
        "results": [
            ("average AUROC of 0.851", "AUROC", 0.851, None, None, "Xilentra"),
            ("0.862", "AUROC", 0.862, None, None, "semantic entropy"),
            ("0.794", "AUROC", 0.794, None, None, "SEPs"),
            ("0.741", "AUROC", 0.741, None, None, "SelfCheckGPT"),
            ("AUROC from 0.702 to 0.789", "AUROC", 0.789, None, "BioASQ", "Xilentra"),
            ("accuracy of Mistral-7B-Instruct on TriviaQA from 71.4% to 80.9%", "accuracy", 80.9, "%", "TriviaQA",
             "Xilentra"),
            ("9.6\u00d7 faster", "speed-up", 9.6, "\u00d7", None, None),
            ("AUROC loss below 0.02", "AUROC", 0.02, None, None, None),
        ],
    },
    {
        "field": "hallucination-detection",
        "title": "Xiverra: Single-Pass Attention-Contrastive Decoding Against Object Hallucination in Large "
                 "Vision-Language Models",
        "text": (
            "Large vision-language models (LVLMs) such as LLaVA-1.5 and InstructBLIP frequently describe objects that "
            "are absent from the image. Training-free decoding strategies such as visual contrastive decoding (VCD) "
            "and OPERA reduce object hallucination, but VCD needs a second forward pass on a distorted image and "
            "OPERA's beam-level retrospection slows generation considerably. We propose Xiverra, which contrasts the "
            "next-token distribution with one read from the same pass after suppressing image-token attention in the "
            "upper decoder layers, so both distributions come from a single forward computation. On POPE, Xiverra "
            "improves the average F1 of LLaVA-1.5-7B over greedy decoding by 3.4 points across the MSCOCO, A-OKVQA "
            "and GQA splits, against +2.1 for VCD and +1.6 for OPERA. In image captioning on MSCOCO with 512-token "
            "outputs, Xiverra lowers CHAIR_S from 48.0 to 36.2 and CHAIR_I from 13.9 to 9.8; the corresponding "
            "figures for VCD are 46.8 and 13.1. Gains carry over to InstructBLIP and Qwen-VL-Chat, and the MME "
            "perception score even improves by 41.7 points, indicating that suppressing hallucinated objects does not "
            "cost general capability. On the generative part of AMBER, Xiverra reaches a hallucination rate of 22.4%, "
            "versus 31.0% for greedy decoding. Xiverra adds 7% latency per token, whereas VCD and OPERA add 96% and "
            "310%, respectively."
        ),
        "spans": [
            ("Xiverra", "M"), ("Contrastive Decoding", "M"), ("Object Hallucination", "T"),
            ("object hallucination", "T"), ("Large Vision-Language Models", "M"),
            ("Large vision-language models", "M"), ("LVLMs", "M"), ("LLaVA-1.5", "M"), ("InstructBLIP", "M"),
            ("visual contrastive decoding", "M"), ("VCD", "M"), ("OPERA", "M"), ("POPE", "D"), ("average F1", "X"),
            ("LLaVA-1.5-7B", "M"), ("greedy decoding", "M"), ("MSCOCO", "D"), ("A-OKVQA", "D"), ("GQA", "D"),
            ("image captioning", "T"), ("CHAIR_S", "X"), ("CHAIR_I", "X"), ("Qwen-VL-Chat", "M"), ("MME", "D"),
            ("perception score", "X"), ("AMBER", "D"), ("hallucination rate", "X"), ("latency", "X"),
        ],
        "results": [
            ("average F1 of LLaVA-1.5-7B over greedy decoding by 3.4 points", "F1", 3.4, "points", "POPE", "Xiverra"),
            ("+2.1", "F1", 2.1, "points", "POPE", "VCD"),
            ("+1.6", "F1", 1.6, "points", "POPE", "OPERA"),
            ("CHAIR_S from 48.0 to 36.2", "CHAIR_S", 36.2, None, "MSCOCO", "Xiverra"),
            ("CHAIR_I from 13.9 to 9.8", "CHAIR_I", 9.8, None, "MSCOCO", "Xiverra"),
            ("46.8", "CHAIR_S", 46.8, None, "MSCOCO", "VCD"),
            ("13.1", "CHAIR_I", 13.1, None, "MSCOCO", "VCD"),
            ("MME perception score even improves by 41.7 points", "perception score", 41.7, "points", "MME", None),
            ("hallucination rate of 22.4%", "hallucination rate", 22.4, "%", "AMBER", "Xiverra"),
            ("31.0%", "hallucination rate", 31.0, "%", "AMBER", "greedy decoding"),
            ("adds 7% latency", "latency", 7, "%", None, "Xiverra"),
            ("96%", "latency", 96, "%", None, "VCD"),
            ("310%", "latency", 310, "%", None, "OPERA"),
        ],
    },
    {
        "field": "hallucination-detection",
        "title": "Xitallow: Fast Hallucination Detection for Retrieval-Augmented Generation with a Long-Context "
                 "Encoder",
        "text": (
            "Retrieval-augmented generation (RAG) reduces but does not remove hallucinations: answers still contain "
            "claims that the retrieved passages do not support. Prompting GPT-4o as a judge catches many of them but "
            "costs seconds per answer, while fine-tuned detectors such as Luna and LettuceDetect trade detection "
            "quality for speed. We introduce Xitallow, a 395M-parameter encoder built on ModernBERT-large that labels "
            "every answer token as supported or unsupported given up to 8k tokens of context. It is trained on "
            "RAGTruth together with 40k synthetic examples in which Llama-3.3-70B-Instruct inserts controlled errors "
            "into faithful answers. On the RAGTruth test set, Xitallow reaches an example-level F1 of 83.6 and a "
            "span-level F1 of 61.2, compared with 79.2 and 58.0 for LettuceDetect-large, 65.4 (example-level) for "
            "Luna and 63.4 for GPT-4o with a chain-of-thought prompt. Broken down by task type, Xitallow obtains an "
            "example-level F1 of 79.8, 86.1 and 84.5 on the question answering, data-to-text writing and "
            "summarization subsets of RAGTruth, respectively. Xitallow processes 41 examples per second on a single "
            "GPU, about 30\u00d7 the throughput of the GPT-4o judge, and it needs 1.9 GB of GPU memory at the full "
            "context length. On the out-of-domain HaluBench, Xitallow reaches 84.0% accuracy, 2.3 points above "
            "Lynx-8B."
        ),
        "spans": [
            ("Xitallow", "M"), ("Hallucination Detection", "T"), ("Retrieval-Augmented Generation", "M"),
            ("Retrieval-augmented generation", "M"), ("RAG", "M"), ("GPT-4o", "M"), ("Luna", "M"),
            ("LettuceDetect", "M"), ("LettuceDetect-large", "M"), ("ModernBERT-large", "M"), ("RAGTruth", "D"),
            ("Llama-3.3-70B-Instruct", "M"), ("example-level F1", "X"), ("span-level F1", "X"),
            ("chain-of-thought", "M"), ("question answering", "T"), ("data-to-text writing", "T"),
            ("summarization", "T"), ("examples per second", "X"), ("throughput", "X"), ("GPU memory", "X"),
            ("HaluBench", "D"), ("accuracy", "X"), ("Lynx-8B", "M"),
        ],
        "results": [
            ("example-level F1 of 83.6", "example-level F1", 83.6, None, "RAGTruth", "Xitallow"),
            ("span-level F1 of 61.2", "span-level F1", 61.2, None, "RAGTruth", "Xitallow"),
            ("79.2", "example-level F1", 79.2, None, "RAGTruth", "LettuceDetect-large"),
            ("58.0", "span-level F1", 58.0, None, "RAGTruth", "LettuceDetect-large"),
            ("65.4", "example-level F1", 65.4, None, "RAGTruth", "Luna"),
            ("63.4", "example-level F1", 63.4, None, "RAGTruth", "GPT-4o"),
            ("example-level F1 of 79.8", "example-level F1", 79.8, None, "RAGTruth", "Xitallow"),
            ("86.1", "example-level F1", 86.1, None, "RAGTruth", "Xitallow"),
            ("84.5", "example-level F1", 84.5, None, "RAGTruth", "Xitallow"),
            ("41 examples per second", "throughput", 41, "examples/s", None, "Xitallow"),
            ("30\u00d7 the throughput", "throughput", 30, "\u00d7", None, "Xitallow"),
            ("1.9 GB of GPU memory", "GPU memory", 1.9, "GB", None, "Xitallow"),
            ("84.0% accuracy", "accuracy", 84.0, "%", "HaluBench", "Xitallow"),
            ("2.3 points above", "accuracy", 2.3, "points", "HaluBench", "Xitallow"),
        ],
    },
    {
        "field": "hallucination-detection",
        "title": "Ximerrow: Claim-Weighted Preference Optimization Reduces Long-Form Hallucination Without Making "
                 "Models Terse",
        "text": (
            "Large language models hallucinate most often in long-form generation, where one response mixes dozens "
            "of facts of uneven reliability. Preference optimization with response-level factuality rewards, as in "
            "FactTune, penalizes an entire response for a few wrong claims and tends to make models terse. We present "
            "Ximerrow, which decomposes each sampled response into atomic claims, verifies every claim against "
            "retrieved web evidence, and turns the claim-level verdicts into token-weighted rewards for direct "
            "preference optimization (DPO). Applied to Llama-3.1-8B-Instruct, Ximerrow raises FActScore on "
            "biographies of rare entities from 41.2 to 58.7, while FactTune reaches 52.3 and the inference-time "
            "method DoLa 44.0. On LongFact, scored with SAFE, F1@64 rises from 0.712 to 0.804, against 0.749 for "
            "FactTune. Ximerrow also improves TruthfulQA MC2 from 0.545 to 0.612 and lowers the hallucination rate "
            "on HalluLens from 23.5% to 14.8%. General ability is largely preserved: the length-controlled win rate "
            "on AlpacaEval 2.0 moves from 24.1% to 23.6%, and MMLU accuracy stays within 0.3 points of the base "
            "model. Training takes 18 GPU-hours on eight GPUs, comparable to a standard DPO run, and the verifier "
            "is only queried offline, so inference cost does not change."
        ),
        "spans": [
            ("Ximerrow", "M"), ("Preference Optimization", "M"), ("Preference optimization", "M"),
            ("Large language models", "M"), ("long-form generation", "T"), ("FactTune", "M"),
            ("direct preference optimization", "M"), ("DPO", "M"), ("Llama-3.1-8B-Instruct", "M"),
            ("FActScore", "X"), ("DoLa", "M"), ("LongFact", "D"), ("SAFE", "M"), ("F1@64", "X"),
            ("TruthfulQA", "D"), ("MC2", "X"), ("hallucination rate", "X"), ("HalluLens", "D"),
            ("length-controlled win rate", "X"), ("AlpacaEval 2.0", "D"), ("MMLU", "D"), ("accuracy", "X"),
        ],
        "results": [
            ("FActScore on biographies of rare entities from 41.2 to 58.7", "FActScore", 58.7, None, None,
             "Ximerrow"),
            ("52.3", "FActScore", 52.3, None, None, "FactTune"),
            ("44.0", "FActScore", 44.0, None, None, "DoLa"),
            ("F1@64 rises from 0.712 to 0.804", "F1@64", 0.804, None, "LongFact", None),
            ("0.749", "F1@64", 0.749, None, "LongFact", "FactTune"),
            ("MC2 from 0.545 to 0.612", "MC2", 0.612, None, "TruthfulQA", "Ximerrow"),
            ("hallucination rate on HalluLens from 23.5% to 14.8%", "hallucination rate", 14.8, "%", "HalluLens",
             "Ximerrow"),
            ("length-controlled win rate on AlpacaEval 2.0 moves from 24.1% to 23.6%", "length-controlled win rate",
             23.6, "%", "AlpacaEval 2.0", None),
            ("MMLU accuracy stays within 0.3 points", "accuracy", 0.3, "points", "MMLU", None),
            ("Training takes 18 GPU-hours", "training time", 18, "GPU-hours", None, None),
        ],
    },
    {
        "field": "hallucination-detection",
        "title": "Xipallas: Attention-Flow Spectra for Hallucination Detection That Transfers Across LLMs",
        "text": (
            "Contextual hallucinations, where a model ignores or contradicts the document it was given, are hard to "
            "catch with output-only uncertainty scores. Lookback Lens showed that the ratio of attention paid to the "
            "context versus newly generated tokens predicts such errors, but its per-head features are tied to one "
            "model and must be re-learned for every new LLM. We propose Xipallas, which summarizes the attention "
            "flow through each layer into a model-agnostic spectrum and fits a single logistic regression classifier "
            "on it, so that a detector trained on one model can be applied to another after a linear re-projection. "
            "We fit detectors on CNN/DailyMail summaries annotated for Llama-2-7B-Chat and test on XSum "
            "summarization and on open-book question answering over Natural Questions. On the CNN/DailyMail test "
            "split, Xipallas reaches an AUROC of 87.3, compared with 85.3 for Lookback Lens, 72.1 for SelfCheckGPT "
            "and 66.8 for the hidden-state probe SAPLMA. The advantage grows under transfer: on XSum, Xipallas "
            "obtains 76.5 AUROC vs. 66.0 for Lookback Lens, and when moved from Llama-2-7B-Chat to "
            "Mistral-7B-Instruct without target labels it loses only 2.9 AUROC points, whereas Lookback Lens drops "
            "by 11.4. Used to re-rank eight candidate chunks at every decoding step, the detector lowers the "
            "hallucination rate of XSum summaries from 19.4% under greedy decoding to 12.0%. Feature extraction adds "
            "under 3% to generation latency."
        ),
        "spans": [
            ("Xipallas", "M"), ("Hallucination Detection", "T"), ("LLMs", "M"), ("LLM", "M"), ("Lookback Lens", "M"),
            ("logistic regression", "M"), ("CNN/DailyMail", "D"), ("Llama-2-7B-Chat", "M"), ("XSum", "D"),
            ("summarization", "T"), ("open-book question answering", "T"), ("Natural Questions", "D"),
            ("AUROC", "X"), ("SelfCheckGPT", "M"), ("SAPLMA", "M"), ("Mistral-7B-Instruct", "M"),
            ("hallucination rate", "X"), ("greedy decoding", "M"), ("generation latency", "X"),
        ],
        "results": [
            ("AUROC of 87.3", "AUROC", 87.3, None, "CNN/DailyMail", "Xipallas"),
            ("85.3", "AUROC", 85.3, None, "CNN/DailyMail", "Lookback Lens"),
            ("72.1", "AUROC", 72.1, None, "CNN/DailyMail", "SelfCheckGPT"),
            ("66.8", "AUROC", 66.8, None, "CNN/DailyMail", "SAPLMA"),
            ("76.5 AUROC", "AUROC", 76.5, None, "XSum", "Xipallas"),
            ("66.0", "AUROC", 66.0, None, "XSum", "Lookback Lens"),
            ("2.9 AUROC points", "AUROC", 2.9, "points", None, "Xipallas"),
            ("11.4", "AUROC", 11.4, "points", None, "Lookback Lens"),
            ("hallucination rate of XSum summaries from 19.4%", "hallucination rate", 19.4, "%", "XSum",
             "greedy decoding"),
            ("12.0%", "hallucination rate", 12.0, "%", "XSum", None),
            ("adds under 3% to generation latency", "generation latency", 3, "%", None, None),
        ],
    },
    {
        "field": "hallucination-detection",
        "title": "Xicorvel: Grounded Evidence for Open Hallucination Detection in Multimodal LLMs",
        "text": (
            "Post-hoc correction methods such as Woodpecker and LURE rewrite hallucinated content in the outputs of "
            "multimodal large language models (MLLMs), yet they depend on a detector that decides which claims to "
            "trust, and the strongest detectors, such as UniHD, query GPT-4V for every claim. We describe Xicorvel, "
            "an open hallucination detector built on Qwen2-VL-7B that extracts claims from a response, grounds each "
            "of them with Grounding DINO, and issues a verdict conditioned on both the image and the grounding "
            "evidence. Xicorvel is trained on 120k claims labelled automatically by three proprietary judges and "
            "filtered by human annotators. On MHaluBench, Xicorvel reaches a claim-level macro-F1 of 78.4 and a "
            "segment-level macro-F1 of 74.9, surpassing UniHD (72.2 and 69.5) and GPT-4o prompted as a self-checker "
            "(68.3 claim-level). On M-HalDetect, Xicorvel raises sentence-level F1 from 63.8 to 71.5 over the reward "
            "model released with that dataset. When its verdicts drive Woodpecker-style rewriting for LLaVA-NeXT-7B, "
            "CHAIR_I on MSCOCO drops from 11.2 to 6.7, and POPE accuracy of the rewritten answers reaches 88.3%. "
            "Verification takes 0.8 s per response on one GPU, about 12\u00d7 faster than UniHD, and needs no API "
            "calls, which makes the detector practical for filtering large multimodal training corpora."
        ),
        "spans": [
            ("Xicorvel", "M"), ("Hallucination Detection", "T"), ("Multimodal LLMs", "M"), ("Woodpecker", "M"),
            ("LURE", "M"), ("multimodal large language models", "M"), ("MLLMs", "M"), ("UniHD", "M"),
            ("GPT-4V", "M"), ("Qwen2-VL-7B", "M"), ("Grounding DINO", "M"), ("MHaluBench", "D"),
            ("claim-level macro-F1", "X"), ("segment-level macro-F1", "X"), ("GPT-4o", "M"), ("M-HalDetect", "D"),
            ("sentence-level F1", "X"), ("LLaVA-NeXT-7B", "M"), ("CHAIR_I", "X"), ("MSCOCO", "D"), ("POPE", "D"),
            ("accuracy", "X"),
        ],
        "results": [
            ("claim-level macro-F1 of 78.4", "claim-level macro-F1", 78.4, None, "MHaluBench", "Xicorvel"),
            ("segment-level macro-F1 of 74.9", "segment-level macro-F1", 74.9, None, "MHaluBench", "Xicorvel"),
            ("72.2", "claim-level macro-F1", 72.2, None, "MHaluBench", "UniHD"),
            ("69.5", "segment-level macro-F1", 69.5, None, "MHaluBench", "UniHD"),
            ("68.3 claim-level", "claim-level macro-F1", 68.3, None, "MHaluBench", "GPT-4o"),
            ("sentence-level F1 from 63.8 to 71.5", "sentence-level F1", 71.5, None, "M-HalDetect", "Xicorvel"),
            ("CHAIR_I on MSCOCO drops from 11.2 to 6.7", "CHAIR_I", 6.7, None, "MSCOCO", None),
            ("POPE accuracy of the rewritten answers reaches 88.3%", "accuracy", 88.3, "%", "POPE", None),
            ("Verification takes 0.8 s", "verification time", 0.8, "s", None, None),
            ("12\u00d7 faster", "speed-up", 12, "\u00d7", None, None),
        ],
    },
    # ------------------------------------------------------------ graph-generation
    {
        "field": "graph-generation",
        "title": "Xilattor: Spectrum-Preserving Discrete Flow Matching for Generic Graph Generation",
        "text": (
            "Discrete diffusion models such as DiGress generate graphs by iteratively denoising node and edge "
            "categories, and discrete flow matching approaches like DeFoG further decouple training from the sampling "
            "schedule. Both, however, corrupt edges independently, which quickly destroys the global structure of "
            "planar and community-like graphs and forces samplers to spend hundreds of steps restoring it. We "
            "introduce Xilattor, a discrete flow matching model whose noising process rewires edges while "
            "approximately preserving the leading Laplacian eigenvalues, paired with a graph transformer conditioned "
            "on the current spectrum. On the synthetic Planar, SBM and Tree datasets, Xilattor reaches VUN scores of "
            "99.5%, 92.5% and 97.0%, respectively, compared with 77.5%, 60.0% and 90.0% for DiGress and 95.0%, 90.0% "
            "and 73.0% for DeFoG under the same number of sampling steps. With only 50 steps, Xilattor attains an "
            "average MMD ratio of 1.6 on Planar, against 5.1 for GDSS with 1,000 steps. On Ego-small and "
            "Community-small, Xilattor lowers degree MMD to 0.008 and 0.002, respectively. Sampling 256 Planar graphs "
            "takes 9.4 s on a single GPU, 3.8\u00d7 faster than DeFoG."
        ),
        "spans": [
            ("Xilattor", "M"), ("Discrete Flow Matching", "M"), ("Generic Graph Generation", "T"),
            ("Discrete diffusion models", "M"), ("DiGress", "M"), ("discrete flow matching", "M"), ("DeFoG", "M"),
            ("graph transformer", "M"), ("Planar", "D"), ("SBM", "D"), ("Tree", "D"), ("VUN", "X"),
            ("average MMD ratio", "X"), ("GDSS", "M"), ("Ego-small", "D"), ("Community-small", "D"),
            ("degree MMD", "X"),
        ],
        "results": [
            ("VUN scores of 99.5%", "VUN", 99.5, "%", "Planar", "Xilattor"),
            ("92.5%", "VUN", 92.5, "%", "SBM", "Xilattor"),
            ("97.0%", "VUN", 97.0, "%", "Tree", "Xilattor"),
            ("77.5%", "VUN", 77.5, "%", "Planar", "DiGress"),
            ("60.0%", "VUN", 60.0, "%", "SBM", "DiGress"),
            ("90.0%", "VUN", 90.0, "%", "Tree", "DiGress"),
            ("95.0%", "VUN", 95.0, "%", "Planar", "DeFoG"),
            ("90.0%", "VUN", 90.0, "%", "SBM", "DeFoG", {"occ": 1}),
            ("73.0%", "VUN", 73.0, "%", "Tree", "DeFoG"),
            ("average MMD ratio of 1.6", "MMD ratio", 1.6, None, "Planar", "Xilattor"),
            ("5.1", "MMD ratio", 5.1, None, "Planar", "GDSS"),
            ("degree MMD to 0.008", "degree MMD", 0.008, None, "Ego-small", "Xilattor"),
            ("0.002", "degree MMD", 0.002, None, "Community-small", "Xilattor"),
            ("Sampling 256 Planar graphs takes 9.4 s", "sampling time", 9.4, "s", "Planar", None),
            ("3.8\u00d7 faster", "speed-up", 3.8, "\u00d7", "Planar", None),
        ],
    },
    {
        "field": "graph-generation",
        "title": "Xibrindle: Fragment-Aware Discrete Diffusion for Valid-by-Construction Molecular Graph Generation",
        "text": (
            "Graph diffusion models now generate small molecules that look plausible in aggregate, yet in drug-like "
            "chemical space a sizable fraction of their samples is chemically invalid or merely recombines fragments "
            "from the training set. We present Xibrindle, a discrete diffusion model that operates jointly on atoms "
            "and on a vocabulary of ring and linker fragments mined from the training data, with a valence-masking "
            "step that keeps every intermediate graph chemically valid. On MOSES, Xibrindle attains 100% validity "
            "without post-hoc correction, a novelty of 91.2% and a Fr\u00e9chet ChemNet Distance (FCD) of 0.74, "
            "compared with an FCD of 1.19 for DiGress and 0.98 for JT-VAE. On GuacaMol, Xibrindle achieves an FCD "
            "score of 78.6 and a KL divergence score of 95.1, ahead of DiGress (68.0 and 92.9) though still behind "
            "the SMILES LSTM baseline (91.3 and 99.1). On ZINC250k, Xibrindle improves NSPDK MMD from 0.0019 (GDSS) "
            "to 0.0011 and FCD from 14.66 to 2.35. Because the fragment vocabulary shortens the number of denoising "
            "decisions, Xibrindle samples 10,000 molecules in 4.1 minutes, 5.6\u00d7 faster than DiGress. With "
            "property guidance, Xibrindle also raises the average score in GuacaMol goal-directed generation from "
            "0.62 to 0.79."
        ),
        "spans": [
            ("Xibrindle", "M"), ("Discrete Diffusion", "M"), ("Molecular Graph Generation", "T"),
            ("Graph diffusion models", "M"), ("discrete diffusion model", "M"), ("MOSES", "D"), ("validity", "X"),
            ("novelty", "X"), ("Fr\u00e9chet ChemNet Distance", "X"), ("FCD", "X"), ("DiGress", "M"),
            ("JT-VAE", "M"), ("GuacaMol", "D"), ("FCD score", "X"), ("KL divergence score", "X"),
            ("SMILES LSTM", "M"), ("ZINC250k", "D"), ("NSPDK MMD", "X"), ("GDSS", "M"),
            ("goal-directed generation", "T"), ("average score", "X"),
        ],
        "results": [
            ("100% validity", "validity", 100, "%", "MOSES", "Xibrindle"),
            ("novelty of 91.2%", "novelty", 91.2, "%", "MOSES", "Xibrindle"),
            ("Fr\u00e9chet ChemNet Distance (FCD) of 0.74", "FCD", 0.74, None, "MOSES", "Xibrindle"),
            ("FCD of 1.19", "FCD", 1.19, None, "MOSES", "DiGress"),
            ("0.98", "FCD", 0.98, None, "MOSES", "JT-VAE"),
            ("FCD score of 78.6", "FCD score", 78.6, None, "GuacaMol", "Xibrindle"),
            ("KL divergence score of 95.1", "KL divergence score", 95.1, None, "GuacaMol", "Xibrindle"),
            ("68.0", "FCD score", 68.0, None, "GuacaMol", "DiGress"),
            ("92.9", "KL divergence score", 92.9, None, "GuacaMol", "DiGress"),
            ("91.3", "FCD score", 91.3, None, "GuacaMol", "SMILES LSTM"),
            ("99.1", "KL divergence score", 99.1, None, "GuacaMol", "SMILES LSTM"),
            ("NSPDK MMD from 0.0019", "NSPDK MMD", 0.0019, None, "ZINC250k", "GDSS"),
            ("0.0011", "NSPDK MMD", 0.0011, None, "ZINC250k", "Xibrindle"),
            ("FCD from 14.66 to 2.35", "FCD", 2.35, None, "ZINC250k", "Xibrindle"),
            ("samples 10,000 molecules in 4.1 minutes", "sampling time", 4.1, "min", None, "Xibrindle"),
            ("5.6\u00d7 faster", "speed-up", 5.6, "\u00d7", None, "Xibrindle"),
            ("average score in GuacaMol goal-directed generation from 0.62 to 0.79", "average score", 0.79, None,
             "GuacaMol", "Xibrindle"),
        ],
    },
    {
        "field": "graph-generation",
        "title": "Xiorrel: Fast and Stable 3D Molecule Generation by Jointly Diffusing Bonds and Coordinates",
        "text": (
            "Equivariant diffusion models such as EDM and GeoLDM generate atom types and coordinates but infer bonds "
            "afterwards from interatomic distances, which makes the resulting molecular graphs brittle for "
            "drug-sized molecules. Later models that also diffuse bonds, including MiDi, EQGAT-diff and JODO, improve "
            "stability at the cost of large and slow networks. We propose Xiorrel, which diffuses atom types, formal "
            "charges, bond orders and 3D coordinates in a single continuous-discrete process and denoises them with a "
            "lightweight E(3)-equivariant graph neural network whose messages are gated by the current bond "
            "estimates. On QM9 with explicit hydrogens, Xiorrel reaches 99.3% atom stability, 94.8% molecule "
            "stability and 97.9% validity, against 98.7%, 82.0% and 91.9% for EDM. On GEOM-Drugs, Xiorrel attains "
            "92.4% molecule stability and 88.2% validity\u00d7uniqueness, compared with 90.0% and 83.8% for MiDi and "
            "91.1% and 87.1% for EQGAT-diff. Xiorrel generates 1,000 GEOM-Drugs molecules in 2.7 minutes with 500 "
            "denoising steps, a 4.5\u00d7 speed-up over MiDi. Generated conformers are also close to local energy "
            "minima: after force-field relaxation, the median strain energy is 1.9 kcal/mol, versus 3.4 kcal/mol "
            "for JODO."
        ),
        "spans": [
            ("Xiorrel", "M"), ("3D Molecule Generation", "T"), ("Equivariant diffusion models", "M"), ("EDM", "M"),
            ("GeoLDM", "M"), ("MiDi", "M"), ("EQGAT-diff", "M"), ("JODO", "M"),
            ("E(3)-equivariant graph neural network", "M"), ("QM9", "D"), ("atom stability", "X"),
            ("molecule stability", "X"), ("validity", "X"), ("GEOM-Drugs", "D"), ("validity\u00d7uniqueness", "X"),
            ("speed-up", "X"), ("median strain energy", "X"),
        ],
        "results": [
            ("99.3% atom stability", "atom stability", 99.3, "%", "QM9", "Xiorrel"),
            ("94.8% molecule stability", "molecule stability", 94.8, "%", "QM9", "Xiorrel"),
            ("97.9% validity", "validity", 97.9, "%", "QM9", "Xiorrel"),
            ("98.7%", "atom stability", 98.7, "%", "QM9", "EDM"),
            ("82.0%", "molecule stability", 82.0, "%", "QM9", "EDM"),
            ("91.9%", "validity", 91.9, "%", "QM9", "EDM"),
            ("92.4% molecule stability", "molecule stability", 92.4, "%", "GEOM-Drugs", "Xiorrel"),
            ("88.2% validity\u00d7uniqueness", "validity\u00d7uniqueness", 88.2, "%", "GEOM-Drugs", "Xiorrel"),
            ("90.0%", "molecule stability", 90.0, "%", "GEOM-Drugs", "MiDi"),
            ("83.8%", "validity\u00d7uniqueness", 83.8, "%", "GEOM-Drugs", "MiDi"),
            ("91.1%", "molecule stability", 91.1, "%", "GEOM-Drugs", "EQGAT-diff"),
            ("87.1%", "validity\u00d7uniqueness", 87.1, "%", "GEOM-Drugs", "EQGAT-diff"),
            ("generates 1,000 GEOM-Drugs molecules in 2.7 minutes", "sampling time", 2.7, "min", "GEOM-Drugs",
             "Xiorrel"),
            ("4.5\u00d7 speed-up", "speed-up", 4.5, "\u00d7", "GEOM-Drugs", "Xiorrel"),
            ("median strain energy is 1.9 kcal/mol", "strain energy", 1.9, "kcal/mol", None, None),
            ("3.4 kcal/mol", "strain energy", 3.4, "kcal/mol", None, "JODO"),
        ],
    },
    {
        "field": "graph-generation",
        "title": "Xinettle: Fragment-Anchored Bayesian Flow Networks for Structure-Based Drug Design",
        "text": (
            "Structure-based drug design (SBDD) asks for ligands that bind a given protein pocket while remaining "
            "drug-like and synthesizable. Diffusion models such as TargetDiff and DecompDiff place atoms with high "
            "predicted affinity but often produce strained rings and unrealistic fragments, and MolCRAFT, which moves "
            "to Bayesian flow networks (BFNs) in a continuous parameter space, still trails the autoregressive "
            "Pocket2Mol in synthetic accessibility. Xinettle anchors generation on fragments: it first places a few "
            "rigid fragments from a curated library in the pocket, then generates linker atoms, bonds and coordinates "
            "with a BFN conditioned on the anchored scaffold. On CrossDocked2020, Xinettle attains a median Vina "
            "Score of -7.41 kcal/mol and a median Vina Dock of -8.62 kcal/mol, compared with -6.59 and -7.60 for "
            "TargetDiff and -7.04 and -8.39 for DecompDiff, while improving QED to 0.56 and SA to 0.74. Xinettle "
            "also reaches a High Affinity of 68.9% (MolCRAFT: 63.4%), meaning that more than two thirds of its "
            "ligands dock better than the reference ligand of their pocket. Diversity stays at 0.71, comparable to "
            "TargetDiff (0.72). Xinettle generates 100 molecules per pocket in 21 s, 18\u00d7 faster than "
            "DecompDiff, with a peak memory of 5.2 GB."
        ),
        "spans": [
            ("Xinettle", "M"), ("Bayesian Flow Networks", "M"), ("Structure-Based Drug Design", "T"),
            ("Structure-based drug design", "T"), ("SBDD", "T"), ("Diffusion models", "M"), ("TargetDiff", "M"),
            ("DecompDiff", "M"), ("MolCRAFT", "M"), ("Bayesian flow networks", "M"), ("BFNs", "M"), ("BFN", "M"),
            ("Pocket2Mol", "M"), ("synthetic accessibility", "X"), ("CrossDocked2020", "D"),
            ("median Vina Score", "X"), ("median Vina Dock", "X"), ("QED", "X"), ("SA", "X"),
            ("High Affinity", "X"), ("Diversity", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("median Vina Score of -7.41 kcal/mol", "Vina Score", -7.41, "kcal/mol", "CrossDocked2020", "Xinettle"),
            ("median Vina Dock of -8.62 kcal/mol", "Vina Dock", -8.62, "kcal/mol", "CrossDocked2020", "Xinettle"),
            ("-6.59", "Vina Score", -6.59, "kcal/mol", "CrossDocked2020", "TargetDiff"),
            ("-7.60", "Vina Dock", -7.6, "kcal/mol", "CrossDocked2020", "TargetDiff"),
            ("-7.04", "Vina Score", -7.04, "kcal/mol", "CrossDocked2020", "DecompDiff"),
            ("-8.39", "Vina Dock", -8.39, "kcal/mol", "CrossDocked2020", "DecompDiff"),
            ("QED to 0.56", "QED", 0.56, None, "CrossDocked2020", "Xinettle"),
            ("SA to 0.74", "SA", 0.74, None, "CrossDocked2020", "Xinettle"),
            ("High Affinity of 68.9%", "High Affinity", 68.9, "%", None, "Xinettle"),
            ("63.4%", "High Affinity", 63.4, "%", None, "MolCRAFT"),
            ("Diversity stays at 0.71", "diversity", 0.71, None, None, None),
            ("0.72", "diversity", 0.72, None, None, "TargetDiff"),
            ("generates 100 molecules per pocket in 21 s", "sampling time", 21, "s", None, "Xinettle"),
            ("18\u00d7 faster", "speed-up", 18, "\u00d7", None, "Xinettle"),
            ("peak memory of 5.2 GB", "peak memory", 5.2, "GB", None, "Xinettle"),
        ],
    },
    {
        "field": "graph-generation",
        "title": "Xiquenby: Learned Coarsening for Graph Generation at the Scale of Ten Thousand Nodes",
        "text": (
            "Diffusion models for graphs scale quadratically with the number of nodes because they denoise a dense "
            "adjacency matrix, which confines DiGress-style models to a few hundred nodes, while autoregressive "
            "methods such as GRAN and BiGG scale further but lose global structure. Hierarchical approaches like "
            "HiGen generate communities and then their interconnections, yet rely on a clustering of every training "
            "graph that is fixed in advance. We introduce Xiquenby, which learns the coarsening jointly with the "
            "generator: a spectral pooling network proposes a multi-level partition, and a sparse diffusion model "
            "over edge lists expands each level while scoring only candidate edges whose number grows linearly with "
            "the graph size. On the Protein dataset, with graphs of up to 500 nodes, Xiquenby attains degree, "
            "clustering and orbit MMDs of 0.0021, 0.0153 and 0.0039, improving on HiGen (0.0041, 0.0470 and 0.0050) "
            "and on EDGE in every statistic. On the Point Cloud dataset, whose graphs reach 5,037 nodes, Xiquenby is "
            "the only diffusion model we could train on a 40 GB GPU, and its degree MMD of 0.0107 is well below "
            "GRAN's 0.0201. On synthetic SBM graphs with 10,000 nodes, Xiquenby generates a graph in 3.9 s with 6.2 "
            "GB of peak memory, whereas EDGE runs out of memory beyond 4,000 nodes. An ablation shows that learning "
            "the partition lowers the orbit MMD by 18\u201341% across datasets compared with fixed Louvain "
            "clustering."
        ),
        "spans": [
            ("Xiquenby", "M"), ("Graph Generation", "T"), ("Diffusion models", "M"), ("DiGress", "M"),
            ("GRAN", "M"), ("BiGG", "M"), ("HiGen", "M"), ("diffusion model", "M"), ("Protein", "D"),
            ("MMDs", "X"), ("EDGE", "M"), ("Point Cloud", "D"), ("degree MMD", "X"), ("SBM", "D"),
            ("peak memory", "X"), ("orbit MMD", "X"), ("Louvain clustering", "M"),
        ],
        "results": [
            ("MMDs of 0.0021", "degree MMD", 0.0021, None, "Protein", "Xiquenby"),
            ("0.0153", "clustering MMD", 0.0153, None, "Protein", "Xiquenby"),
            ("0.0039", "orbit MMD", 0.0039, None, "Protein", "Xiquenby"),
            ("0.0041", "degree MMD", 0.0041, None, "Protein", "HiGen"),
            ("0.0470", "clustering MMD", 0.047, None, "Protein", "HiGen"),
            ("0.0050", "orbit MMD", 0.005, None, "Protein", "HiGen"),
            ("degree MMD of 0.0107", "degree MMD", 0.0107, None, "Point Cloud", "Xiquenby"),
            ("0.0201", "degree MMD", 0.0201, None, "Point Cloud", "GRAN"),
            ("generates a graph in 3.9 s", "generation time", 3.9, "s", "SBM", "Xiquenby"),
            ("6.2 GB of peak memory", "peak memory", 6.2, "GB", "SBM", "Xiquenby"),
            ("orbit MMD by 18\u201341%", "orbit MMD", 41, "%", None, None, {"low": 18}),
        ],
    },
    {
        "field": "graph-generation",
        "title": "Xiwendle: Adaptive Multi-Property Guidance for Inverse Molecular Design with Discrete Graph "
                 "Diffusion",
        "text": (
            "Inverse design asks a generative model for molecules or polymers that satisfy several numerical and "
            "categorical properties at once. Graph DiT showed that a graph diffusion Transformer conditioned on all "
            "properties jointly beats classifier guidance, but its classifier-free guidance applies one guidance "
            "scale to every property and degrades when the requested combination is rare in the training data. We "
            "propose Xiwendle, which learns a separate conditional score for each property and composes them during "
            "sampling with weights adapted to the predicted property error, so that properties can be dropped or "
            "added without retraining. On the polymer inverse design task of Graph DiT, with a synthesizability "
            "target and three gas-permeability targets, Xiwendle lowers the mean absolute error (MAE) of the "
            "permeabilities from 1.02 for Graph DiT to 0.83 and keeps validity at 99.1% (Graph DiT: 82.3%). "
            "Xiwendle reaches accuracies of 0.871, 0.912 and 0.843 for the categorical target of the small-molecule "
            "tasks built from HIV, BBBP and BACE, respectively, compared with 0.806, 0.889 and 0.797 for Graph DiT "
            "and 0.512, 0.631 and 0.589 for DiGress with classifier guidance. Distributional fidelity is preserved, "
            "with an FCD on the polymer task of 6.92 versus 6.75 for Graph DiT. Composing the guidance terms adds 22% "
            "to sampling time."
        ),
        "spans": [
            ("Xiwendle", "M"), ("Inverse Molecular Design", "T"), ("Discrete Graph Diffusion", "M"),
            ("Inverse design", "T"), ("Graph DiT", "M"), ("graph diffusion Transformer", "M"),
            ("classifier guidance", "M"), ("classifier-free guidance", "M"), ("polymer inverse design", "T"),
            ("mean absolute error", "X"), ("MAE", "X"), ("validity", "X"), ("accuracies", "X"), ("HIV", "D"),
            ("BBBP", "D"), ("BACE", "D"), ("DiGress", "M"), ("FCD", "X"), ("sampling time", "X"),
        ],
        "results": [
            ("mean absolute error (MAE) of the permeabilities from 1.02", "MAE", 1.02, None, None, "Graph DiT"),
            ("0.83", "MAE", 0.83, None, None, "Xiwendle"),
            ("validity at 99.1%", "validity", 99.1, "%", None, "Xiwendle"),
            ("82.3%", "validity", 82.3, "%", None, "Graph DiT"),
            ("accuracies of 0.871", "accuracy", 0.871, None, "HIV", "Xiwendle"),
            ("0.912", "accuracy", 0.912, None, "BBBP", "Xiwendle"),
            ("0.843", "accuracy", 0.843, None, "BACE", "Xiwendle"),
            ("0.806", "accuracy", 0.806, None, "HIV", "Graph DiT"),
            ("0.889", "accuracy", 0.889, None, "BBBP", "Graph DiT"),
            ("0.797", "accuracy", 0.797, None, "BACE", "Graph DiT"),
            ("0.512", "accuracy", 0.512, None, "HIV", "DiGress"),
            ("0.631", "accuracy", 0.631, None, "BBBP", "DiGress"),
            ("0.589", "accuracy", 0.589, None, "BACE", "DiGress"),
            ("FCD on the polymer task of 6.92", "FCD", 6.92, None, None, None),
            ("6.75", "FCD", 6.75, None, None, "Graph DiT"),
            ("adds 22% to sampling time", "sampling time", 22, "%", None, None),
        ],
    },
]
