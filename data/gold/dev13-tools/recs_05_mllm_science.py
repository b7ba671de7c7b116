"""dev13 records (annotator h5): mllm (6) and science (6).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["PatchSieve", "QuorumVL", "Rillet", "ProbeChart", "Quarry-R1", "RelayScope",
          "RimeCast", "QuiverFold", "QuenchDiff", "Quartzite", "RadLoom", "Remedian"]

RECS = [
    # ------------------------------------------------------------ mllm
    {
        "field": "mllm",
        "title": "PatchSieve: Instruction-Conditioned Visual Token Pruning for Efficient Multimodal Large Language Models",
        "text": (
            r"Multimodal large language models (MLLMs) such as LLaVA-OneVision and Qwen2.5-VL encode a single "
            r"high-resolution image into thousands of visual tokens, and the quadratic cost of attention over them "
            r"dominates prefilling. Training-free pruning methods such as FastV and SparseVLM rank visual tokens by the "
            r"attention they receive from the last text token, a signal that we show is biased towards the bottom of "
            r"the image. We propose PatchSieve, a visual token pruning method that scores tokens by their relevance to "
            r"the instruction with a lightweight cross-modal probe inserted after layer $K=2$, and then removes "
            r"redundant tokens with a determinantal point process so that the kept set is both relevant and diverse. "
            r"PatchSieve needs no retraining and is compatible with FlashAttention. On LLaVA-1.5-7B, keeping only 64 "
            r"of 576 tokens ($\sim$89\% pruned), PatchSieve retains $96.3\%$ of the original average accuracy over ten "
            r"benchmarks, against $90.1\%$ for FastV and $93.4\%$ for SparseVLM. Applied to Qwen2.5-VL-7B at a "
            r"$4\times$ reduction ratio, PatchSieve keeps an accuracy of 81.9 on MMBench and 82.6 on TextVQA, and its "
            r"POPE F1 even rises by $0.7$. Overall it needs $\mathbf{78\%}$ fewer prefilling FLOPs. On Video-MME with "
            r"LLaVA-OneVision-7B, PatchSieve delivers a $2.1\times$ end-to-end speedup, cutting latency per sample from "
            r"$1.42$ s to $0.68$ s. The probe costs $\mathcal{O}(nk)$ per layer for $n$ visual and $k$ text tokens."
        ),
        "spans": [
            ("PatchSieve", "M"), ("Visual Token Pruning", "M"), ("visual token pruning", "M"),
            ("Multimodal Large Language Models", "M"), ("Multimodal large language models", "M"), ("MLLMs", "M"),
            ("LLaVA-OneVision", "M"), ("Qwen2.5-VL", "M"), ("pruning", "M"), ("FastV", "M"), ("SparseVLM", "M"),
            ("determinantal point process", "M"), ("FlashAttention", "M"), ("LLaVA-1.5-7B", "M"),
            ("average accuracy", "X"), ("Qwen2.5-VL-7B", "M"), ("accuracy", "X"), ("MMBench", "D"),
            ("TextVQA", "D"), ("POPE", "D"), ("F1", "X"), ("prefilling FLOPs", "X"), ("Video-MME", "D"),
            ("LLaVA-OneVision-7B", "M"), ("end-to-end speedup", "X"), ("latency per sample", "X"),
        ],
        "results": [
            (r"96.3\%$ of the original average accuracy", "relative average accuracy", 96.3, "%", None, "PatchSieve"),
            (r"90.1\%", "relative average accuracy", 90.1, "%", None, "FastV"),
            (r"93.4\%", "relative average accuracy", 93.4, "%", None, "SparseVLM"),
            ("accuracy of 81.9 on MMBench", "accuracy", 81.9, None, "MMBench", "PatchSieve"),
            ("82.6 on TextVQA", "accuracy", 82.6, None, "TextVQA", "PatchSieve"),
            ("POPE F1 even rises by $0.7", "F1", 0.7, None, "POPE", "PatchSieve"),
            (r"78\%}$ fewer prefilling FLOPs", "prefilling FLOPs reduction", 78, "%", None, None),
            (r"2.1\times$ end-to-end speedup", "end-to-end speed-up", 2.1, "×", "Video-MME", "PatchSieve"),
            ("latency per sample from $1.42$ s to $0.68$ s", "latency per sample", 0.68, "s", "Video-MME", "PatchSieve"),
        ],
    },
    {
        "field": "mllm",
        "title": "QuorumVL: Cross-Layer Evidence Voting for Training-Free Hallucination Mitigation in Large Vision-Language Models",
        "text": (
            "Large vision-language models (LVLMs) frequently describe objects that are not in the image. Contrastive "
            "decoding methods such as VCD and M3ID suppress such hallucinations by contrasting the logits of clean and "
            "distorted inputs, but they double the cost of every decoding step and can hurt fluency on long captions. "
            "We observe that intermediate layers often carry the correct visual evidence even when the final answer "
            "is wrong, and that disagreement between layers is a reliable warning sign. Building on this, QuorumVL "
            "offers a training-free route to hallucination mitigation: several intermediate layers vote on each "
            "candidate object token, and the next-token distribution is rescaled by the agreement of the quorum, "
            "without an extra model or a second forward pass. We apply QuorumVL to LLaVA-1.5, InstructBLIP and "
            "Qwen2-VL and evaluate on POPE, CHAIR and AMBER, as well as on MME for general ability. On the adversarial "
            "split of POPE, QuorumVL improves accuracy by 4.6 points over greedy decoding on LLaVA-1.5 and by 2.9 "
            "points on InstructBLIP. For image captioning on MSCOCO, QuorumVL lowers CHAIR_S from 51.0 to 38.2 and "
            "CHAIR_I from 14.3 to 10.1 with LLaVA-1.5, whereas VCD reaches 46.8 and 13.0. QuorumVL also cuts the "
            "hallucination rate on AMBER by 31%, while its MME perception score rises slightly (1510.7 vs. 1490.3). "
            "These gains are cheap: QuorumVL adds only 8% decoding latency over greedy decoding, compared with 94% "
            "for VCD."
        ),
        "spans": [
            ("QuorumVL", "M"), ("Hallucination Mitigation", "T"), ("hallucination mitigation", "T"),
            ("Large Vision-Language Models", "M"), ("Large vision-language models", "M"), ("LVLMs", "M"),
            ("Contrastive decoding", "M"), ("VCD", "M"), ("M3ID", "M"), ("LLaVA-1.5", "M"), ("InstructBLIP", "M"),
            ("Qwen2-VL", "M"), ("POPE", "D"), ("CHAIR", "X"), ("AMBER", "D"), ("MME", "D"), ("accuracy", "X"),
            ("greedy decoding", "M"), ("image captioning", "T"), ("MSCOCO", "D"), ("CHAIR_S", "X"),
            ("CHAIR_I", "X"), ("hallucination rate", "X"), ("perception score", "X"), ("decoding latency", "X"),
        ],
        "results": [
            ("improves accuracy by 4.6 points", "accuracy", 4.6, "points", "POPE", "QuorumVL"),
            ("by 2.9 points", "accuracy", 2.9, "points", "POPE", "QuorumVL"),
            ("CHAIR_S from 51.0 to 38.2", "CHAIR_S", 38.2, None, "MSCOCO", "QuorumVL"),
            ("CHAIR_I from 14.3 to 10.1", "CHAIR_I", 10.1, None, "MSCOCO", "QuorumVL"),
            ("46.8", "CHAIR_S", 46.8, None, "MSCOCO", "VCD"),
            ("13.0", "CHAIR_I", 13.0, None, "MSCOCO", "VCD"),
            ("hallucination rate on AMBER by 31%", "hallucination rate reduction", 31, "%", "AMBER", "QuorumVL"),
            ("perception score rises slightly (1510.7", "perception score", 1510.7, None, "MME", "QuorumVL"),
            ("1490.3", "perception score", 1490.3, None, "MME", None),
            ("8% decoding latency", "decoding latency", 8, "%", None, "QuorumVL"),
            ("94%", "decoding latency", 94, "%", None, "VCD"),
        ],
    },
    {
        "field": "mllm",
        "title": "Rillet: Streaming Memory Consolidation for Long Video Understanding with Video LLMs",
        "text": (
            "We present Rillet, a streaming memory for video large language models (Video-LLMs) aimed at long video "
            "understanding. Rillet consolidates frame tokens into a fixed budget of 2,048 memory slots by token merging "
            "of temporally redundant patches, while frames at detected event boundaries are kept intact. Frames are "
            "sampled at 1 fps and encoded once, so memory updates cost O(1) per frame. The model is built on "
            "Qwen2.5-VL-7B and trained for one epoch on 320K clips from LLaVA-Video-178K. Rillet reaches 66.9%, 63.4% and 58.1% "
            "accuracy on Video-MME (w/o subtitles), MLVU and LongVideoBench, surpassing the base model by 3.2, 5.7 "
            "and 4.4 points, respectively. Accuracy on the long subset of Video-MME (30-60 min videos) rises from "
            "51.9 to 58.6. Rillet outperforms LongVA and Video-XL on all 3 long-video benchmarks and matches "
            "InternVL3-8B in EgoSchema accuracy (71.2 vs. 71.5) with 4.5× fewer visual tokens. For a 2-hour video, "
            "Rillet keeps peak GPU memory below 24 GB, versus 61 GB for uniform sampling at the same 1 fps, and its "
            "time-to-first-token drops from 18.4 s to 3.1 s. Removing event-boundary preservation lowers MLVU "
            "accuracy by 2.1 points, confirming that boundaries carry information that merging alone discards."
        ),
        "spans": [
            ("Rillet", "M"), ("Long Video Understanding", "T"), ("long video understanding", "T"),
            ("Video LLMs", "M"), ("video large language models", "M"), ("Video-LLMs", "M"),
            ("token merging", "M"), ("Qwen2.5-VL-7B", "M"), ("LLaVA-Video-178K", "D"), ("accuracy", "X"),
            ("Accuracy", "X"), ("Video-MME", "D"), ("MLVU", "D"), ("LongVideoBench", "D"), ("LongVA", "M"),
            ("Video-XL", "M"), ("InternVL3-8B", "M"), ("EgoSchema", "D"), ("visual tokens", "X"),
            ("peak GPU memory", "X"), ("uniform sampling", "M"), ("time-to-first-token", "X"),
        ],
        "results": [
            ("66.9%", "accuracy", 66.9, "%", "Video-MME", "Rillet"),
            ("63.4%", "accuracy", 63.4, "%", "MLVU", "Rillet"),
            ("58.1% accuracy", "accuracy", 58.1, "%", "LongVideoBench", "Rillet"),
            ("surpassing the base model by 3.2", "accuracy", 3.2, "points", "Video-MME", "Rillet"),
            ("5.7", "accuracy", 5.7, "points", "MLVU", "Rillet"),
            ("4.4 points", "accuracy", 4.4, "points", "LongVideoBench", "Rillet"),
            ("Accuracy on the long subset of Video-MME (30-60 min videos) rises from 51.9 to 58.6", "accuracy",
             58.6, None, "Video-MME", None),
            ("outperforms LongVA and Video-XL on all 3 long-video benchmarks", "benchmarks won", 3, None, None,
             "Rillet"),
            ("EgoSchema accuracy (71.2", "accuracy", 71.2, None, "EgoSchema", "Rillet"),
            ("71.5", "accuracy", 71.5, None, "EgoSchema", "InternVL3-8B"),
            ("4.5× fewer visual tokens", "visual token reduction", 4.5, "×", "EgoSchema", "Rillet"),
            ("peak GPU memory below 24 GB", "peak GPU memory", 24, "GB", None, "Rillet"),
            ("61 GB", "peak GPU memory", 61, "GB", None, "uniform sampling"),
            ("time-to-first-token drops from 18.4 s to 3.1 s", "time-to-first-token", 3.1, "s", None, "Rillet"),
            ("lowers MLVU accuracy by 2.1 points", "accuracy", 2.1, "points", "MLVU", None),
        ],
    },
    {
        "field": "mllm",
        "title": "ProbeChart: Do Multimodal LLMs Read Charts or Guess from Priors?",
        "text": (
            "Chart understanding benchmarks such as ChartQA and PlotQA are approaching saturation, with recent "
            "multimodal large language models (MLLMs) reporting relaxed accuracy above 85% on ChartQA. We ask whether "
            "these scores reflect reading the chart or exploiting textual priors. ProbeChart is a diagnostic "
            "benchmark of 3,120 question pairs built on 1,560 charts from scientific papers published between 2022 "
            "and 2025; each question has a counterfactual twin whose chart is minimally edited so that the correct "
            "answer changes. A model is credited only if it answers both members of a pair correctly (pair "
            "accuracy). We evaluate 18 open and proprietary models, including GPT-4o, Gemini 2.5 Pro, Claude 3.7 "
            "Sonnet, Qwen2.5-VL-72B, InternVL3-78B and LLaVA-OneVision-72B. Single-question accuracy is high (up to "
            "81.4% for Gemini 2.5 Pro), but pair accuracy drops sharply: the best model reaches 46.2%, the strongest "
            "open model, InternVL3-78B, reaches 37.5%, and human annotators achieve 91.3%. Removing the chart image "
            "altogether reduces single-question accuracy by only 9.8 points on average, which suggests that much of "
            "the apparent competence comes from priors rather than perception. Chain-of-thought prompting helps "
            "proprietary models modestly (+3.1 pair accuracy for GPT-4o) but hurts 7 of the 11 open models. We "
            "caution that our charts come from a limited set of scientific domains and that pair accuracy is a "
            "strict criterion; we release the data and the editing pipeline so that others can extend both."
        ),
        "spans": [
            ("ProbeChart", "D"), ("Multimodal LLMs", "M"), ("Chart understanding", "T"), ("ChartQA", "D"),
            ("PlotQA", "D"), ("multimodal large language models", "M"), ("MLLMs", "M"), ("relaxed accuracy", "X"),
            ("pair accuracy", "X"), ("GPT-4o", "M"), ("Gemini 2.5 Pro", "M"), ("Claude 3.7 Sonnet", "M"),
            ("Qwen2.5-VL-72B", "M"), ("InternVL3-78B", "M"), ("LLaVA-OneVision-72B", "M"),
            ("Single-question accuracy", "X"), ("single-question accuracy", "X"),
            ("Chain-of-thought prompting", "M"),
        ],
        "results": [
            ("relaxed accuracy above 85% on ChartQA", "relaxed accuracy", 85, "%", "ChartQA", "MLLMs"),
            ("81.4%", "single-question accuracy", 81.4, "%", None, "Gemini 2.5 Pro"),
            ("46.2%", "pair accuracy", 46.2, "%", None, None),
            ("37.5%", "pair accuracy", 37.5, "%", None, "InternVL3-78B"),
            ("91.3%", "pair accuracy", 91.3, "%", None, None),
            ("reduces single-question accuracy by only 9.8 points", "single-question accuracy", 9.8, "points",
             None, None),
            ("+3.1 pair accuracy", "pair accuracy", 3.1, None, None, "GPT-4o"),
            ("hurts 7 of the 11 open models", "open models hurt", 7, None, None, "Chain-of-thought prompting"),
        ],
    },
    {
        "field": "mllm",
        "title": "Quarry-R1: Curriculum Reinforcement Learning with Verifiable Perception Rewards for Multimodal Mathematical Reasoning",
        "text": (
            r"Reinforcement learning with verifiable rewards (RLVR) has driven large gains in the mathematical "
            r"reasoning of text-only LLMs, yet its transfer to multimodal models is limited: rewarding only the final "
            r"answer lets the policy ignore the image. We introduce Quarry-R1, which augments Group Relative Policy "
            r"Optimization (GRPO) with a perception reward that checks intermediate claims about the figure against "
            r"automatically extracted diagram facts, and orders training prompts from easy to hard with a difficulty "
            r"estimate refreshed every $T=50$ steps. Starting from Qwen2.5-VL-7B and $39$K verifiable problems, "
            r"Quarry-R1 attains $\mathbf{73.9\%}$ on MathVista testmini, $52.3\%$ on MathVerse and $31.8\%$ on "
            r"MathVision, improving on the base model by $+5.7$, $+9.1$ and $+6.4$ points respectively. Training "
            r"takes $\sim$900 GPU hours on $8\times$ H100. Among R1-style models of the same scale, Quarry-R1 is best "
            r"on $4$ of $5$ benchmarks, trailing OpenVLThinker only on WeMath ($41.0$ vs.\ $41.6$). The perception "
            r"reward also curbs shortcut reasoning: on a held-out set where the image contradicts the text, answer "
            r"accuracy improves from $38.2\%$ to $61.5\%$. On MMMU, Quarry-R1 keeps its general ability ($58.4$ vs.\ "
            r"$58.6$ for the base model). Relative to plain GRPO, response length falls by ${\sim}22\%$, which lowers "
            r"inference cost. Code and checkpoints are public."
        ),
        "spans": [
            ("Quarry-R1", "M"), ("Curriculum Reinforcement Learning", "M"),
            ("Multimodal Mathematical Reasoning", "T"),
            ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"), ("mathematical reasoning", "T"),
            ("LLMs", "M"), ("Group Relative Policy Optimization", "M"), ("GRPO", "M"), ("Qwen2.5-VL-7B", "M"),
            ("MathVista testmini", "D"), ("MathVerse", "D"), ("MathVision", "D"), ("OpenVLThinker", "M"), ("R1", "M"),
            ("WeMath", "D"), ("answer accuracy", "X"), ("MMMU", "D"), ("response length", "X"),
        ],
        "results": [
            (r"73.9\%}$ on MathVista testmini", "accuracy", 73.9, "%", "MathVista", "Quarry-R1"),
            (r"52.3\%$ on MathVerse", "accuracy", 52.3, "%", "MathVerse", "Quarry-R1"),
            (r"31.8\%$ on MathVision", "accuracy", 31.8, "%", "MathVision", "Quarry-R1"),
            ("+5.7", "improvement", 5.7, "points", "MathVista", "Quarry-R1"),
            ("+9.1", "improvement", 9.1, "points", "MathVerse", "Quarry-R1"),
            ("+6.4$ points", "improvement", 6.4, "points", "MathVision", "Quarry-R1"),
            (r"Training takes $\sim$900 GPU hours", "training time", 900, "GPU hours", None, None),
            ("best on $4$ of $5$ benchmarks", "benchmarks ranked first", 4, None, None, "Quarry-R1"),
            ("41.0", "accuracy", 41.0, None, "WeMath", "Quarry-R1"),
            ("41.6", "accuracy", 41.6, None, "WeMath", "OpenVLThinker"),
            (r"accuracy improves from $38.2\%$ to $61.5\%", "answer accuracy", 61.5, "%", None, None),
            ("58.4", "accuracy", 58.4, None, "MMMU", "Quarry-R1"),
            ("58.6", "accuracy", 58.6, None, "MMMU", None),
            (r"response length falls by ${\sim}22\%", "response length reduction", 22, "%", None, None),
        ],
    },
    {
        "field": "mllm",
        "title": "RelayScope: Learning Where to Zoom for Document Understanding at High Resolution",
        "text": (
            "RelayScope improves InternVL3-8B by 11.9 points on V* Bench and by 6.4 points on HR-Bench 8K, and raises "
            "ANLS on InfoVQA from 76.8 to 80.9, while using 38% fewer visual tokens than processing the full image at "
            "native resolution. These gains come from a simple idea. Instead of tiling a high-resolution input into "
            "dozens of crops, as AnyRes and dynamic tiling do, RelayScope lets the multimodal large language model "
            "(MLLM) request zoomed views through a crop tool and relays only the selected regions back into its "
            "context. The policy that decides where to zoom is trained in two stages: supervised fine-tuning on 52K "
            "synthetic search trajectories, followed by DAPO with a reward that combines answer correctness and a "
            "penalty of 0.05 per tool call. On DocVQA, RelayScope attains 94.1 ANLS (base: 92.7), and on ChartQA it "
            "reaches 88.6 relaxed accuracy, on par with the far larger Qwen2.5-VL-72B (89.5). RelayScope averages "
            "1.7 tool calls per question, and its end-to-end latency on HR-Bench 8K is 2.3 s versus 4.0 s for "
            "DeepEyes, an agentic baseline of similar size. The zoom policy also transfers without retraining to "
            "Qwen2.5-VL-7B, where it adds 8.2 points on V* Bench. We discuss failure cases on dense tables, where a "
            "single crop rarely contains all the evidence an answer needs."
        ),
        "spans": [
            ("RelayScope", "M"), ("Document Understanding", "T"), ("InternVL3-8B", "M"), ("V* Bench", "D"),
            ("HR-Bench 8K", "D"), ("ANLS", "X"), ("InfoVQA", "D"), ("visual tokens", "X"), ("AnyRes", "M"),
            ("dynamic tiling", "M"), ("multimodal large language model", "M"), ("MLLM", "M"),
            ("supervised fine-tuning", "M"), ("DAPO", "M"), ("DocVQA", "D"), ("ChartQA", "D"),
            ("relaxed accuracy", "X"), ("Qwen2.5-VL-72B", "M"), ("tool calls per question", "X"),
            ("end-to-end latency", "X"), ("DeepEyes", "M"), ("Qwen2.5-VL-7B", "M"),
        ],
        "results": [
            ("by 11.9 points on V* Bench", "improvement", 11.9, "points", "V* Bench", "RelayScope"),
            ("by 6.4 points on HR-Bench 8K", "improvement", 6.4, "points", "HR-Bench 8K", "RelayScope"),
            ("ANLS on InfoVQA from 76.8 to 80.9", "ANLS", 80.9, None, "InfoVQA", "RelayScope"),
            ("38% fewer visual tokens", "visual token reduction", 38, "%", None, "RelayScope"),
            ("94.1 ANLS", "ANLS", 94.1, None, "DocVQA", "RelayScope"),
            ("92.7", "ANLS", 92.7, None, "DocVQA", None),
            ("88.6 relaxed accuracy", "relaxed accuracy", 88.6, None, "ChartQA", "RelayScope"),
            ("89.5", "relaxed accuracy", 89.5, None, "ChartQA", "Qwen2.5-VL-72B"),
            ("1.7 tool calls per question", "tool calls per question", 1.7, None, None, "RelayScope"),
            ("end-to-end latency on HR-Bench 8K is 2.3 s", "end-to-end latency", 2.3, "s", "HR-Bench 8K",
             "RelayScope"),
            ("4.0 s", "end-to-end latency", 4.0, "s", "HR-Bench 8K", "DeepEyes"),
            ("adds 8.2 points on V* Bench", "improvement", 8.2, "points", "V* Bench", "Qwen2.5-VL-7B"),
        ],
    },
    # ------------------------------------------------------------ science
    {
        "field": "science",
        "title": "RimeCast: Probabilistic Medium-Range Weather Forecasting with Spherical Flow Matching",
        "text": (
            "Machine-learning weather models now rival operational numerical weather prediction (NWP) at medium "
            "range, but deterministic models such as GraphCast and Pangu-Weather blur small-scale structure at long "
            "lead times, while diffusion-based ensembles such as GenCast need 20 or more denoising steps per forecast "
            "step. We introduce RimeCast, a probabilistic forecasting model that learns a flow-matching velocity field "
            "on a HEALPix mesh at 0.25° resolution and generates each 12-hour step with only 2 function evaluations. "
            "RimeCast is trained on ERA5 reanalysis from 1979 to 2018 and evaluated on the year 2020 following the "
            "WeatherBench 2 protocol. Its 50-member ensemble attains a lower CRPS than the ECMWF ensemble (ENS) on "
            "94% of the 1,320 verification targets, and than GenCast on 61%. For 500 hPa geopotential (Z500) at a "
            "5-day lead time, RimeCast's ensemble-mean RMSE is 289 m²/s², compared with 316 for ENS and 295 for "
            "GenCast; at day 10 its anomaly correlation coefficient (ACC) is 0.62, still above the 0.6 threshold "
            "commonly taken to mark useful skill. Spread-skill ratios stay between 0.95 and 1.02 at all lead times, "
            "indicating well-calibrated uncertainty. RimeCast reduces tropical cyclone track errors at 3 days by 12% "
            "relative to ENS. It generates a 15-day, 50-member ensemble in 4.6 minutes on a single H100, about 9× "
            "faster than GenCast on equivalent hardware."
        ),
        "spans": [
            ("RimeCast", "M"), ("Probabilistic Medium-Range Weather Forecasting", "T"), ("Flow Matching", "M"),
            ("numerical weather prediction", "M"), ("NWP", "M"), ("GraphCast", "M"), ("Pangu-Weather", "M"),
            ("diffusion", "M"), ("GenCast", "M"), ("probabilistic forecasting", "T"), ("flow-matching", "M"),
            ("HEALPix", "M"), ("ERA5", "D"), ("WeatherBench 2", "D"), ("CRPS", "X"), ("ECMWF ensemble", "M"),
            ("ENS", "M"), ("ensemble-mean RMSE", "X"), ("anomaly correlation coefficient", "X"), ("ACC", "X"),
            ("Spread-skill ratios", "X"), ("tropical cyclone track errors", "X"),
        ],
        "results": [
            ("94% of the 1,320 verification targets", "win rate", 94, "%", None, None),
            ("61%", "win rate", 61, "%", None, None),
            ("ensemble-mean RMSE is 289 m²/s²", "ensemble-mean RMSE", 289, "m²/s²", None, "RimeCast"),
            ("316", "ensemble-mean RMSE", 316, "m²/s²", None, "ENS"),
            ("295", "ensemble-mean RMSE", 295, "m²/s²", None, "GenCast"),
            ("anomaly correlation coefficient (ACC) is 0.62", "ACC", 0.62, None, None, "RimeCast"),
            ("Spread-skill ratios stay between 0.95 and 1.02", "spread-skill ratio", 1.02, None, None, None,
             {"low": 0.95}),
            ("tropical cyclone track errors at 3 days by 12%", "tropical cyclone track error reduction", 12, "%",
             None, "RimeCast"),
            ("in 4.6 minutes", "generation time", 4.6, "min", None, None),
            ("about 9× faster", "speed-up", 9, "×", None, None),
        ],
    },
    {
        "field": "science",
        "title": "QuiverFold: Joint Sequence-Structure Generation for Protein Binder Design with Discrete Flow Matching",
        "text": (
            "Designing a protein that binds a chosen target is still laborious. The dominant pipeline first "
            "generates a backbone with RFdiffusion and then fits a sequence with ProteinMPNN, and many of its "
            "designs fail once the sequence is refolded. We present QuiverFold, a generative model for protein "
            "binder design that produces backbone coordinates and amino-acid sequence jointly, coupling a continuous "
            "flow on SE(3) frames with discrete flow matching over residue types so that both are denoised in "
            "concert. QuiverFold is pretrained on 1.2 million predicted structures from the AlphaFold Database and "
            "fine-tuned on 41,000 interfaces from the PDB. We call a design successful in silico when the AlphaFold2 "
            "interface predicted aligned error (ipAE) is below 10 and the self-consistency RMSD (scRMSD) is below "
            "2 Å. Across 12 therapeutically relevant targets, QuiverFold reaches an in silico success rate of 23.4%, "
            "against 8.1% for RFdiffusion with ProteinMPNN and 14.9% for BindCraft, and succeeds on 11 of the 12 "
            "targets. For unconditional monomer generation it is equally competitive, with a designability of 96% "
            "for lengths of 100 to 300 residues, where designability is the share of ESMFold-refolded backbones with "
            "scRMSD below 2 Å. Of 96 designs tested experimentally against four targets, 19 bound with dissociation "
            "constants below 1 µM, the best reaching a dissociation constant of 4.2 nM against PD-L1. Sampling one "
            "120-residue binder takes 3.8 seconds on an A100."
        ),
        "spans": [
            ("QuiverFold", "M"), ("Protein Binder Design", "T"), ("protein binder design", "T"),
            ("Discrete Flow Matching", "M"), ("discrete flow matching", "M"), ("RFdiffusion", "M"),
            ("ProteinMPNN", "M"), ("AlphaFold Database", "D"), ("PDB", "D"), ("AlphaFold2", "M"),
            ("interface predicted aligned error", "X"), ("ipAE", "X"), ("self-consistency RMSD", "X"),
            ("scRMSD", "X"), ("in silico success rate", "X"), ("BindCraft", "M"),
            ("unconditional monomer generation", "T"), ("designability", "X"), ("ESMFold", "M"),
            ("dissociation constants", "X"), ("dissociation constant", "X"),
        ],
        "results": [
            ("in silico success rate of 23.4%", "in silico success rate", 23.4, "%", None, "QuiverFold"),
            ("8.1%", "in silico success rate", 8.1, "%", None, "RFdiffusion"),
            ("14.9%", "in silico success rate", 14.9, "%", None, "BindCraft"),
            ("succeeds on 11 of the 12 targets", "successful targets", 11, None, None, "QuiverFold"),
            ("designability of 96%", "designability", 96, "%", None, None),
            ("19 bound with dissociation constants below 1 µM", "designs below threshold", 19, None, None, None),
            ("dissociation constant of 4.2 nM", "dissociation constant", 4.2, "nM", None, None),
            ("Sampling one 120-residue binder takes 3.8 seconds", "sampling time", 3.8, "s", None, None),
        ],
    },
    {
        "field": "science",
        "title": "QuenchDiff: Annealed Equivariant Diffusion for Fast 3D Molecule Generation",
        "text": (
            r"Equivariant diffusion models generate realistic 3D molecules, but they typically need $T=1000$ "
            r"denoising steps, and their samples still contain strained geometries. We propose QuenchDiff, an "
            r"$\mathrm{E}(3)$-equivariant diffusion model that jointly generates atom types, bonds and coordinates "
            r"and is trained with an annealed noise schedule that concentrates capacity near the data manifold. A "
            r"learned corrector, applied after every $k=4$ solver steps, relaxes local geometry at negligible cost. On "
            r"QM9, QuenchDiff reaches $\mathbf{95.8\%}$ molecule stability with only $50$ steps, versus $82.0\%$ for "
            r"EDM with $1000$ steps and $93.6\%$ for MiDi. On GEOM-Drugs it obtains $99.3\%$ atom stability and "
            r"$90.6\%$ validity, outperforming EQGAT-diff and SemlaFlow on $5$ of the $6$ reported metrics. Sampling "
            r"is $12.5\times$ faster than with EQGAT-diff, and the median GFN2-xTB strain energy of generated "
            r"molecules falls from $6.1$ to $2.9$ kcal/mol. In pocket-conditioned molecule generation on "
            r"CrossDocked2020, QuenchDiff improves the mean Vina score of TargetDiff by $0.8$ kcal/mol ($-7.9$ vs.\ "
            r"$-7.1$) and lowers the steric clash rate by $\sim$30\%. All models we train have fewer than $10$M "
            r"parameters, and we release code and samples."
        ),
        "spans": [
            ("QuenchDiff", "M"), ("Equivariant Diffusion", "M"), ("3D Molecule Generation", "T"),
            ("Equivariant diffusion models", "M"), ("equivariant diffusion model", "M"), ("QM9", "D"),
            ("molecule stability", "X"), ("EDM", "M"), ("MiDi", "M"), ("GEOM-Drugs", "D"), ("atom stability", "X"),
            ("validity", "X"), ("EQGAT-diff", "M"), ("SemlaFlow", "M"), ("GFN2-xTB", "M"), ("strain energy", "X"),
            ("pocket-conditioned molecule generation", "T"), ("CrossDocked2020", "D"), ("mean Vina score", "X"),
            ("TargetDiff", "M"), ("steric clash rate", "X"),
        ],
        "results": [
            (r"95.8\%}$ molecule stability", "molecule stability", 95.8, "%", "QM9", "QuenchDiff"),
            (r"82.0\%", "molecule stability", 82.0, "%", "QM9", "EDM"),
            (r"93.6\%", "molecule stability", 93.6, "%", "QM9", "MiDi"),
            (r"99.3\%$ atom stability", "atom stability", 99.3, "%", "GEOM-Drugs", None),
            (r"90.6\%$ validity", "validity", 90.6, "%", "GEOM-Drugs", None),
            ("outperforming EQGAT-diff and SemlaFlow on $5$ of the $6$ reported metrics", "metrics won", 5, None,
             "GEOM-Drugs", None),
            (r"Sampling is $12.5\times$ faster", "speed-up", 12.5, "×", None, None),
            ("strain energy of generated molecules falls from $6.1$ to $2.9$ kcal/mol", "strain energy", 2.9,
             "kcal/mol", None, None),
            ("mean Vina score of TargetDiff by $0.8$ kcal/mol", "mean Vina score", 0.8, "kcal/mol",
             "CrossDocked2020", "QuenchDiff"),
            ("-7.9", "mean Vina score", -7.9, "kcal/mol", "CrossDocked2020", "QuenchDiff"),
            ("-7.1", "mean Vina score", -7.1, "kcal/mol", "CrossDocked2020", "TargetDiff"),
            (r"steric clash rate by $\sim$30\%", "steric clash rate reduction", 30, "%", "CrossDocked2020",
             "QuenchDiff"),
        ],
    },
    {
        "field": "science",
        "title": "Quartzite: Crystal Graph Transformers with Learned Periodic Positional Encodings for Materials Property Prediction",
        "text": (
            "Graph neural networks (GNNs) dominate materials property prediction, yet most encode periodicity only "
            "implicitly through radius graphs. Quartzite is a crystal graph Transformer that augments message passing "
            "with periodic positional encodings learned from the reciprocal lattice. Quartzite ranks first on 6 of "
            "the 9 structure-based Matbench tasks. Formation energy MAE on matbench_mp_e_form is 15.8 meV/atom "
            "(coGN: 17.0; ALIGNN: 21.5), and band gap MAE on matbench_mp_gap is 0.148 eV (coGN: 0.156). On "
            "matbench_perovskites, the MAE falls from 0.0269 for coGN to 0.0241 eV/unit cell, a 10.4% reduction. "
            "For crystal stability prediction we additionally train an energy head on MPtrj. On Matbench Discovery, "
            "Quartzite reaches an F1 of 0.81 and a discovery acceleration factor (DAF) of 4.9, compared with 0.61 "
            "and 3.0 for ALIGNN and 0.72 and 3.8 for CHGNet, though it remains behind MACE-MP-0 and other "
            "universal interatomic potentials trained on larger data. Quartzite has 7.4M parameters, 38% fewer than "
            "coGN, and trains on matbench_mp_e_form in 11 GPU hours on a single A100."
        ),
        "spans": [
            ("Quartzite", "M"), ("Crystal Graph Transformers", "M"), ("crystal graph Transformer", "M"),
            ("Materials Property Prediction", "T"), ("materials property prediction", "T"),
            ("Graph neural networks", "M"), ("GNNs", "M"), ("message passing", "M"), ("Matbench", "D"),
            ("MAE", "X"), ("matbench_mp_e_form", "D"), ("coGN", "M"), ("ALIGNN", "M"), ("matbench_mp_gap", "D"),
            ("matbench_perovskites", "D"), ("crystal stability prediction", "T"), ("MPtrj", "D"),
            ("Matbench Discovery", "D"), ("F1", "X"), ("discovery acceleration factor", "X"), ("DAF", "X"),
            ("CHGNet", "M"), ("MACE-MP-0", "M"), ("universal interatomic potentials", "M"),
        ],
        "results": [
            ("ranks first on 6 of the 9 structure-based Matbench tasks", "tasks ranked first", 6, None, "Matbench",
             "Quartzite"),
            ("MAE on matbench_mp_e_form is 15.8 meV/atom", "MAE", 15.8, "meV/atom", "matbench_mp_e_form", None),
            ("17.0", "MAE", 17.0, "meV/atom", "matbench_mp_e_form", "coGN"),
            ("21.5", "MAE", 21.5, "meV/atom", "matbench_mp_e_form", "ALIGNN"),
            ("MAE on matbench_mp_gap is 0.148 eV", "MAE", 0.148, "eV", "matbench_mp_gap", None),
            ("0.156", "MAE", 0.156, "eV", "matbench_mp_gap", "coGN"),
            ("MAE falls from 0.0269", "MAE", 0.0269, "eV/unit cell", "matbench_perovskites", "coGN"),
            ("0.0241 eV/unit cell", "MAE", 0.0241, "eV/unit cell", "matbench_perovskites", None),
            ("10.4% reduction", "MAE reduction", 10.4, "%", "matbench_perovskites", None),
            ("F1 of 0.81", "F1", 0.81, None, "Matbench Discovery", "Quartzite"),
            ("discovery acceleration factor (DAF) of 4.9", "DAF", 4.9, None, "Matbench Discovery", "Quartzite"),
            ("0.61", "F1", 0.61, None, "Matbench Discovery", "ALIGNN"),
            ("3.0", "DAF", 3.0, None, "Matbench Discovery", "ALIGNN"),
            ("0.72", "F1", 0.72, None, "Matbench Discovery", "CHGNet"),
            ("3.8", "DAF", 3.8, None, "Matbench Discovery", "CHGNet"),
            ("38% fewer", "parameter reduction", 38, "%", None, "Quartzite"),
            ("trains on matbench_mp_e_form in 11 GPU hours", "training time", 11, "GPU hours", "matbench_mp_e_form",
             "Quartzite"),
        ],
    },
    {
        "field": "science",
        "title": "RadLoom: Grounded Chest X-Ray Report Generation with Region-Level Evidence Tracing",
        "text": (
            "Automated radiology report generation could ease radiologists' workload, but current systems still "
            "write findings that the image does not support. We describe RadLoom, a medical vision-language model "
            "that drafts each finding together with a bounding box on the chest X-ray and checks the finding against "
            "that region before committing it to the report. RadLoom couples a BiomedCLIP image encoder with "
            "Qwen2.5-7B and is trained on roughly 410,000 image-report pairs from MIMIC-CXR and CheXpert Plus. On the "
            "MIMIC-CXR test set, RadLoom obtains a RadGraph F1 of 0.301 and a micro-averaged CheXbert F1 of 0.574 "
            "over 14 observations, against 0.284 and 0.553 for MAIRA-2 and 0.216 and 0.496 for CheXagent. Its "
            "BLEU-4 (0.118) is slightly lower than that of MAIRA-2 (0.121), and we note that this difference lies "
            "within the bootstrap confidence interval. The GREEN score, which counts clinically significant errors, "
            "improves from 0.371 to 0.412. On MS-CXR, the predicted boxes reach an mIoU of 0.46 for phrase "
            "grounding. In a blinded reader study, four radiologists preferred RadLoom reports over CheXagent reports "
            "in 68% of 200 pairwise comparisons, although expert-written reports were still preferred over RadLoom "
            "in 71% of cases. External validation on IU X-Ray shows a smaller margin over MAIRA-2 (RadGraph F1 "
            "0.236 vs. 0.229). These results come from retrospective data of a small number of institutions, and "
            "prospective evaluation is needed before any clinical use."
        ),
        "spans": [
            ("RadLoom", "M"), ("Chest X-Ray Report Generation", "T"), ("radiology report generation", "T"),
            ("vision-language model", "M"), ("BiomedCLIP", "M"), ("Qwen2.5-7B", "M"), ("MIMIC-CXR", "D"),
            ("CheXpert Plus", "D"), ("RadGraph F1", "X"), ("micro-averaged CheXbert F1", "X"), ("MAIRA-2", "M"),
            ("CheXagent", "M"), ("BLEU-4", "X"), ("GREEN score", "X"), ("MS-CXR", "D"), ("mIoU", "X"),
            ("phrase grounding", "T"), ("IU X-Ray", "D"),
        ],
        "results": [
            ("RadGraph F1 of 0.301", "RadGraph F1", 0.301, None, "MIMIC-CXR", "RadLoom"),
            ("micro-averaged CheXbert F1 of 0.574", "micro-averaged CheXbert F1", 0.574, None, "MIMIC-CXR", "RadLoom"),
            ("0.284", "RadGraph F1", 0.284, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.553", "micro-averaged CheXbert F1", 0.553, None, "MIMIC-CXR", "MAIRA-2"),
            ("0.216", "RadGraph F1", 0.216, None, "MIMIC-CXR", "CheXagent"),
            ("0.496", "micro-averaged CheXbert F1", 0.496, None, "MIMIC-CXR", "CheXagent"),
            ("BLEU-4 (0.118", "BLEU-4", 0.118, None, None, None),
            ("0.121", "BLEU-4", 0.121, None, None, "MAIRA-2"),
            ("GREEN score, which counts clinically significant errors, improves from 0.371 to 0.412", "GREEN score",
             0.412, None, None, None),
            ("mIoU of 0.46", "mIoU", 0.46, None, "MS-CXR", None),
            ("68% of 200 pairwise comparisons", "win rate", 68, "%", None, "RadLoom"),
            ("71% of cases", "win rate", 71, "%", None, None),
            ("RadGraph F1 0.236", "RadGraph F1", 0.236, None, "IU X-Ray", None),
            ("0.229", "RadGraph F1", 0.229, None, "IU X-Ray", "MAIRA-2"),
        ],
    },
    {
        "field": "science",
        "title": "Remedian: Evidence-Weighted Self-Verification for Clinical Question Answering with Small Language Models",
        "text": (
            "Small open language models are attractive for hospitals that cannot send patient data to external "
            "APIs, but on licensing-exam benchmarks they still trail frontier systems by a wide margin. We introduce "
            "Remedian, a recipe that teaches an 8B model to verify its own clinical reasoning before it answers. "
            "Remedian first distils long chain-of-thought traces from DeepSeek-R1 on 96K exam-style questions, then "
            "applies reinforcement learning with a reward that combines answer correctness with a verifier score for "
            "every guideline passage the model cites through retrieval-augmented generation. Built on Llama-3.1-8B, "
            "Remedian reaches 81.7% accuracy on MedQA (USMLE, 4 options), outperforming HuatuoGPT-o1-8B by 9.3%. On "
            "MedMCQA and PubMedQA, Remedian scores 68.2% and 79.4% accuracy, respectively. Its average accuracy over "
            "nine medical benchmarks, 71.6, is within 0.3 points of GPT-4o (71.9), while it uses 40% fewer reasoning "
            "tokens than HuatuoGPT-o1-8B. On the harder MedXpertQA Text subset, the benefit of self-verification is "
            "largest: accuracy rises from 14.8 to 19.6. Ablating the verifier reduces MedQA accuracy by 3.8 points, "
            "more than removing retrieval does. We stress that exam accuracy is not clinical competence. When two "
            "physicians reviewed 150 answers, 11% of the correct ones contained at least one unsupported claim, and "
            "we release these reviews alongside the model."
        ),
        "spans": [
            ("Remedian", "M"), ("Self-Verification", "M"), ("self-verification", "M"),
            ("Clinical Question Answering", "T"), ("Small Language Models", "M"), ("language models", "M"),
            ("chain-of-thought", "M"), ("DeepSeek-R1", "M"), ("reinforcement learning", "M"),
            ("retrieval-augmented generation", "M"), ("Llama-3.1-8B", "M"), ("accuracy", "X"), ("MedQA", "D"),
            ("HuatuoGPT-o1-8B", "M"), ("MedMCQA", "D"), ("PubMedQA", "D"), ("average accuracy", "X"),
            ("GPT-4o", "M"), ("reasoning tokens", "X"), ("MedXpertQA Text", "D"),
        ],
        "results": [
            ("81.7% accuracy on MedQA", "accuracy", 81.7, "%", "MedQA", "Remedian"),
            ("outperforming HuatuoGPT-o1-8B by 9.3%", "accuracy", 9.3, "%", "MedQA", "Remedian"),
            ("68.2%", "accuracy", 68.2, "%", "MedMCQA", "Remedian"),
            ("79.4% accuracy", "accuracy", 79.4, "%", "PubMedQA", "Remedian"),
            ("average accuracy over nine medical benchmarks, 71.6", "average accuracy", 71.6, None, None, None),
            ("within 0.3 points", "average accuracy", 0.3, "points", None, None),
            ("71.9", "average accuracy", 71.9, None, None, "GPT-4o"),
            ("40% fewer reasoning tokens", "reasoning token reduction", 40, "%", None, None),
            ("accuracy rises from 14.8 to 19.6", "accuracy", 19.6, None, "MedXpertQA Text", None),
            ("reduces MedQA accuracy by 3.8 points", "accuracy", 3.8, "points", "MedQA", None),
            ("11% of the correct ones contained at least one unsupported claim", "unsupported claim rate", 11, "%",
             None, None),
        ],
    },
]
