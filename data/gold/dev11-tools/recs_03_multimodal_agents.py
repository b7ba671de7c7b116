"""dev11 records (annotator h3): multimodal (5) and agents (5).
Written and annotated by hand from docs/annotation-guidelines.md only."""

COINED = ["Gleaner", "Hinterlook", "InkSieve", "HushLens", "Gyrfalcon",
          "Ironbark", "Gantry", "Hopscotch", "Heronry", "Gorseway"]

RECS = [
    # ------------------------------------------------------------ multimodal
    {
        "field": "multimodal",
        "title": "Gleaner: Instruction-Aware Visual Token Pruning Inside the Vision Encoder for Efficient LVLM Inference",
        "text": (
            "Large vision-language models (LVLMs) encode each image into hundreds of visual tokens, and at high "
            "resolution these tokens dominate the prefill cost of the language model. We present Gleaner, a "
            "training-free visual token pruning method that scores patches inside the vision encoder by their "
            "similarity to the instruction embedding and merges discarded tokens into their nearest retained "
            "neighbour. Gleaner is plug-and-play for LLaVA-1.5-7B, LLaVA-NeXT-7B and Qwen2-VL-7B. Keeping 64 of 576 "
            "tokens on LLaVA-1.5-7B (an 88.9% reduction), Gleaner retains 96.8% of the unpruned model's average "
            "accuracy over ten image benchmarks, against 90.4% for FastV and 93.7% for SparseVLM. Gleaner scores 1786.2 "
            "on MME and 63.1 on MMBench, within 0.9 points of the full-token model on MMBench (64.0). On GQA and "
            "TextVQA, Gleaner reaches 58.9 and 55.7 accuracy, respectively. With LLaVA-NeXT-7B at 320 tokens, "
            "Gleaner reduces prefill FLOPs by 78% and delivers a 2.31× end-to-end speed-up on a single A100, with "
            "KV cache memory falling from 1.9 GB to 0.5 GB. The token budget and the merge temperature (τ = 0.1) "
            "are fixed across all benchmarks, and no benchmark-specific tuning is performed. Code is available."
        ),
        "spans": [
            ("Gleaner", "M"), ("Visual Token Pruning", "M"), ("visual token pruning", "M"), ("LVLM", "M"),
            ("Large vision-language models", "M"), ("LVLMs", "M"), ("LLaVA-1.5-7B", "M"), ("LLaVA-NeXT-7B", "M"),
            ("Qwen2-VL-7B", "M"), ("average accuracy", "X"), ("FastV", "M"), ("SparseVLM", "M"), ("MME", "D"),
            ("MMBench", "D"), ("GQA", "D"), ("TextVQA", "D"), ("accuracy", "X"), ("prefill FLOPs", "X"),
            ("end-to-end speed-up", "X"), ("KV cache memory", "X"),
        ],
        "results": [
            ("retains 96.8% of the unpruned model's average accuracy", "relative average accuracy", 96.8, "%", None, "Gleaner"),
            ("90.4%", "relative average accuracy", 90.4, "%", None, "FastV"),
            ("93.7%", "relative average accuracy", 93.7, "%", None, "SparseVLM"),
            ("scores 1786.2 on MME", "score", 1786.2, None, "MME", "Gleaner"),
            ("63.1 on MMBench", "score", 63.1, None, "MMBench", "Gleaner"),
            ("within 0.9 points", "score", 0.9, "points", "MMBench", "Gleaner"),
            ("64.0", "score", 64.0, None, "MMBench", None),
            ("58.9", "accuracy", 58.9, None, "GQA", "Gleaner"),
            ("55.7 accuracy", "accuracy", 55.7, None, "TextVQA", "Gleaner"),
            ("reduces prefill FLOPs by 78%", "prefill FLOPs reduction", 78, "%", None, "Gleaner"),
            ("2.31× end-to-end speed-up", "end-to-end speed-up", 2.31, "×", None, "Gleaner"),
            ("KV cache memory falling from 1.9 GB to 0.5 GB", "KV cache memory", 0.5, "GB", None, "Gleaner"),
        ],
    },
    {
        "field": "multimodal",
        "title": "Hinterlook: Searching Before Answering for Long Video Understanding",
        "text": (
            "Video large language models (Video-LLMs) have become competent at describing short clips, yet hour-long "
            "videos still defeat them. Uniformly sampling 32 or 64 frames from a two-hour film throws away most of "
            "the evidence a question depends on, while feeding thousands of frames exceeds any practical context "
            "window. We argue that long-video question answering is better cast as a search problem. Hinterlook "
            "first builds a coarse index of the video by captioning one frame every four seconds with a lightweight "
            "captioner, then lets the Video-LLM issue queries against this index, retrieve candidate segments, and "
            "inspect them at full frame rate before answering. Frames that have been inspected are compressed into "
            "a recurrent memory of 256 tokens, so the context stays bounded regardless of video length. Built on "
            "Qwen2.5-VL-7B and trained with supervised fine-tuning on 48K synthetic search trajectories followed by "
            "GRPO, Hinterlook reaches 68.4% accuracy on the long split of Video-MME without subtitles, ahead of the "
            "61.2% obtained by the same backbone with uniform frame sampling and of GPT-4o (65.3%). Hinterlook also "
            "improves LongVideoBench by 5.9 points and MLVU by 7.1 points over its backbone. On EgoSchema, where "
            "clips are only three minutes long, the gain shrinks to 1.2 points, which suggests that search matters "
            "mostly when evidence is sparse. Per question, Hinterlook inspects 11.4 segments on average and answers "
            "in 9.8 s."
        ),
        "spans": [
            ("Hinterlook", "M"), ("Long Video Understanding", "T"), ("Video large language models", "M"),
            ("Video-LLMs", "M"), ("Video-LLM", "M"), ("long-video question answering", "T"), ("Qwen2.5-VL-7B", "M"),
            ("supervised fine-tuning", "M"), ("GRPO", "M"), ("accuracy", "X"), ("Video-MME", "D"), ("GPT-4o", "M"),
            ("LongVideoBench", "D"), ("MLVU", "D"), ("EgoSchema", "D"),
        ],
        "results": [
            ("68.4% accuracy on the long split of Video-MME", "accuracy", 68.4, "%", "Video-MME", "Hinterlook"),
            ("61.2%", "accuracy", 61.2, "%", "Video-MME", "Qwen2.5-VL-7B"),
            ("65.3%", "accuracy", 65.3, "%", "Video-MME", "GPT-4o"),
            ("improves LongVideoBench by 5.9 points", "improvement", 5.9, "points", "LongVideoBench", "Hinterlook"),
            ("MLVU by 7.1 points", "improvement", 7.1, "points", "MLVU", "Hinterlook"),
            ("gain shrinks to 1.2 points", "improvement", 1.2, "points", "EgoSchema", None),
            ("inspects 11.4 segments on average", "segments inspected", 11.4, "segments", None, "Hinterlook"),
            ("answers in 9.8 s", "latency", 9.8, "s", None, "Hinterlook"),
        ],
    },
    {
        "field": "multimodal",
        "title": "InkSieve: Reaching 80.1 ANLS on InfographicVQA with a 2B OCR-Free Document Understanding Model",
        "title_results": [
            ("80.1 ANLS on InfographicVQA", "ANLS", 80.1, None, "InfographicVQA", "InkSieve"),
        ],
        "text": (
            "We report an Average Normalized Levenshtein Similarity (ANLS) of 94.6 on DocVQA, 80.1 on InfographicVQA "
            "and 86.3% relaxed accuracy on ChartQA with a 2B-parameter model, InkSieve, that reads documents without "
            "any external OCR engine. These numbers exceed those of InternVL2.5-2B by 5.9, 19.4 and 7.1 points, "
            "respectively, and place InkSieve within 1.1 ANLS of Qwen2-VL-72B on DocVQA at roughly one thirty-sixth "
            "of its size. The key component is a layout-aware token sieve: the vision encoder tiles a page at up to "
            "4K resolution, and a learned scorer, supervised by text-line boxes, keeps only the tokens that overlap "
            "text, tables or chart marks before the remainder is compressed by a 2×2 pixel-unshuffle. A typical A4 "
            "page therefore costs 1,024 visual tokens instead of 6,400. InkSieve also scores 857 on OCRBench, the "
            "highest among models below 4B parameters, and reaches 39.6 reasoning accuracy on CharXiv. Relative to "
            "the unsieved variant, throughput rises from 3.2 to 9.7 pages per second on one H100 while DocVQA ANLS "
            "drops by only 0.4. We release the weights together with the 1.3M-page pretraining mix."
        ),
        "spans": [
            ("InkSieve", "M"), ("Document Understanding", "T"), ("ANLS", "X"),
            ("Average Normalized Levenshtein Similarity", "X"), ("InfographicVQA", "D"), ("DocVQA", "D"),
            ("relaxed accuracy", "X"), ("ChartQA", "D"), ("InternVL2.5-2B", "M"), ("Qwen2-VL-72B", "M"),
            ("OCRBench", "D"), ("reasoning accuracy", "X"), ("CharXiv", "D"), ("throughput", "X"),
        ],
        "results": [
            ("Average Normalized Levenshtein Similarity (ANLS) of 94.6", "ANLS", 94.6, None, "DocVQA", "InkSieve"),
            ("80.1 on InfographicVQA", "ANLS", 80.1, None, "InfographicVQA", "InkSieve"),
            ("86.3% relaxed accuracy on ChartQA", "relaxed accuracy", 86.3, "%", "ChartQA", "InkSieve"),
            ("5.9", "improvement", 5.9, "points", "DocVQA", "InkSieve"),
            ("19.4", "improvement", 19.4, "points", "InfographicVQA", "InkSieve"),
            ("7.1 points", "improvement", 7.1, "points", "ChartQA", "InkSieve"),
            ("within 1.1 ANLS", "ANLS", 1.1, None, "DocVQA", "InkSieve"),
            ("costs 1,024 visual tokens", "visual tokens", 1024, None, None, None),
            ("6,400", "visual tokens", 6400, None, None, None),
            ("scores 857 on OCRBench", "score", 857, None, "OCRBench", "InkSieve"),
            ("39.6 reasoning accuracy on CharXiv", "reasoning accuracy", 39.6, None, "CharXiv", "InkSieve"),
            ("throughput rises from 3.2 to 9.7 pages per second", "throughput", 9.7, "pages/s", None, None),
            ("ANLS drops by only 0.4", "ANLS", 0.4, None, "DocVQA", None),
        ],
    },
    {
        "field": "multimodal",
        "title": "How Much Do Language Priors Drive Object Hallucination? A Study with HushLens Decoding",
        "text": (
            "Object hallucination, in which a large vision-language model (LVLM) describes objects absent from the "
            "image, is often attributed to the language model's priors overriding weak visual evidence. We examine "
            "this claim with HushLens, a training-free decoding strategy that contrasts next-token distributions "
            "conditioned on the image with distributions conditioned on a copy of the image whose salient regions "
            "have been masked, and suppresses tokens whose probability does not depend on visual content. Unlike "
            "visual contrastive decoding (VCD), HushLens requires an extra forward pass only at tokens flagged by an "
            "entropy threshold of 0.6 nats, which keeps its decoding-time overhead at 14%. Across three seeds on "
            "LLaVA-1.5-7B, HushLens improves POPE F1 on the adversarial split from 84.2 ± 0.3 to 86.9 ± 0.4, and "
            "lowers CHAIR_S on MSCOCO captions from 48.6 to 39.1 (CHAIR_I 13.9 → 10.8). The improvement over VCD on "
            "POPE is smaller, 0.8 points, but consistent (p < 0.01, paired bootstrap). On AMBER, the hallucination "
            "rate falls by 21% relative to greedy decoding. We caution, however, that these gains are not free: "
            "HushLens costs 11.5 points of perception score on MME, and caption recall drops from 62.3% to 58.0%, "
            "suggesting that part of the reduction comes from describing fewer objects overall. With InstructBLIP "
            "and Qwen-VL-Chat the trends hold, but the effects are roughly half as large. We therefore view language "
            "priors as one contributor to hallucination rather than its sole cause."
        ),
        "spans": [
            ("HushLens", "M"), ("Object Hallucination", "T"), ("Object hallucination", "T"), ("hallucination", "T"),
            ("large vision-language model", "M"), ("LVLM", "M"), ("visual contrastive decoding", "M"), ("VCD", "M"),
            ("decoding-time overhead", "X"), ("LLaVA-1.5-7B", "M"), ("POPE", "D"), ("F1", "X"), ("CHAIR_S", "X"),
            ("MSCOCO", "D"), ("CHAIR_I", "X"), ("AMBER", "D"), ("hallucination rate", "X"), ("greedy decoding", "M"),
            ("perception score", "X"), ("MME", "D"), ("recall", "X"), ("InstructBLIP", "M"), ("Qwen-VL-Chat", "M"),
        ],
        "results": [
            ("decoding-time overhead at 14%", "decoding-time overhead", 14, "%", None, "HushLens"),
            ("F1 on the adversarial split from 84.2 ± 0.3 to 86.9", "F1", 86.9, None, "POPE", "HushLens"),
            ("CHAIR_S on MSCOCO captions from 48.6 to 39.1", "CHAIR_S", 39.1, None, "MSCOCO", "HushLens"),
            ("CHAIR_I 13.9 → 10.8", "CHAIR_I", 10.8, None, "MSCOCO", "HushLens"),
            ("smaller, 0.8 points", "improvement", 0.8, "points", "POPE", None),
            ("rate falls by 21%", "hallucination rate reduction", 21, "%", "AMBER", None),
            ("costs 11.5 points of perception score", "perception score", 11.5, "points", "MME", "HushLens"),
            ("recall drops from 62.3% to 58.0%", "recall", 58.0, "%", None, "HushLens"),
        ],
    },
    {
        "field": "multimodal",
        "title": "Gyrfalcon: Perception-Grounded Reinforcement Learning for Multimodal Reasoning",
        "text": (
            "Reinforcement learning with verifiable rewards (RLVR) has lifted the reasoning ability of text-only "
            "LLMs, but its transfer to vision-language models is uneven: policies learn to reason over hallucinated "
            "visual facts. Gyrfalcon adds a perception reward to GRPO. Before reasoning, the policy must describe "
            "the image regions it will rely on, and a frozen verifier (Qwen2.5-VL-72B) checks each description "
            "against the image. Training Qwen2.5-VL-7B on 39K math and science problems for 1,200 steps takes 410 "
            "H100 GPU-hours. Gyrfalcon-7B obtains accuracies of 58.3 on MMMU val, 74.9 on MathVista testmini, 52.6 on "
            "MathVerse and 31.0 on MathVision, outperforming the GRPO baseline on all four (+2.1, +3.4, +4.8 and "
            "+2.7). Compared with MM-Eureka-7B and ThinkLite-VL-7B, it wins on 3 of the 4 benchmarks, losing only on "
            "MMMU, where ThinkLite-VL-7B reaches 58.9 accuracy. On HallusionBench, Gyrfalcon raises accuracy from "
            "47.1 for Qwen2.5-VL-7B to 53.5. The learned policy also writes 23% fewer reasoning tokens at test time, "
            "and caching verifier calls yields a 2.6times speed-up in reward computation. The perception reward "
            "matters most on geometry questions: ablating it lowers MathVerse accuracy by 6.2%."
        ),
        "spans": [
            ("Gyrfalcon", "M"), ("Gyrfalcon-7B", "M"), ("Reinforcement Learning", "M"),
            ("Multimodal Reasoning", "T"), ("Reinforcement learning with verifiable rewards", "M"), ("RLVR", "M"),
            ("LLMs", "M"), ("vision-language models", "M"), ("GRPO", "M"), ("Qwen2.5-VL-72B", "M"),
            ("Qwen2.5-VL-7B", "M"), ("accuracies", "X"), ("accuracy", "X"), ("MMMU val", "D"), ("MMMU", "D"),
            ("MathVista testmini", "D"), ("MathVerse", "D"), ("MathVision", "D"), ("MM-Eureka-7B", "M"),
            ("ThinkLite-VL-7B", "M"), ("HallusionBench", "D"), ("reasoning tokens", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("takes 410 H100 GPU-hours", "training time", 410, "GPU-hours", None, "Qwen2.5-VL-7B"),
            ("accuracies of 58.3 on MMMU val", "accuracy", 58.3, None, "MMMU", "Gyrfalcon-7B"),
            ("74.9 on MathVista testmini", "accuracy", 74.9, None, "MathVista", "Gyrfalcon-7B"),
            ("52.6 on MathVerse", "accuracy", 52.6, None, "MathVerse", "Gyrfalcon-7B"),
            ("31.0 on MathVision", "accuracy", 31.0, None, "MathVision", "Gyrfalcon-7B"),
            ("+2.1", "accuracy", 2.1, None, "MMMU", "Gyrfalcon-7B"),
            ("+3.4", "accuracy", 3.4, None, "MathVista", "Gyrfalcon-7B"),
            ("+4.8", "accuracy", 4.8, None, "MathVerse", "Gyrfalcon-7B"),
            ("+2.7", "accuracy", 2.7, None, "MathVision", "Gyrfalcon-7B"),
            ("wins on 3 of the 4 benchmarks", "benchmarks won", 3, None, None, None),
            ("reaches 58.9 accuracy", "accuracy", 58.9, None, "MMMU", "ThinkLite-VL-7B"),
            ("47.1", "accuracy", 47.1, None, "HallusionBench", "Qwen2.5-VL-7B"),
            ("to 53.5", "accuracy", 53.5, None, "HallusionBench", "Gyrfalcon"),
            ("23% fewer reasoning tokens", "reasoning token reduction", 23, "%", None, None),
            ("2.6times speed-up in reward computation", "reward computation speed-up", 2.6, "×", None, None),
            ("lowers MathVerse accuracy by 6.2%", "accuracy", 6.2, "%", "MathVerse", None),
        ],
    },
    # ------------------------------------------------------------ agents
    {
        "field": "agents",
        "title": "Ironbark: Test-First Issue Resolution with Open-Weight Software-Engineering Agents",
        "text": (
            "We present Ironbark, an open-source software-engineering agent that resolves GitHub issues by first "
            "writing a failing reproduction test, then localizing the fault with a repository graph, and finally "
            "ranking candidate patches with a learned verifier. With Qwen2.5-Coder-32B-Instruct as the policy, "
            "Ironbark resolves 46.2% of SWE-bench Verified (231/500) and 38.7% of SWE-bench Lite, compared with "
            "28.6% and 24.0% for OpenHands on the same model. With Claude 3.5 Sonnet, Ironbark reaches a 58.4% "
            "resolve rate on SWE-bench Verified, within 1.6 points of the best closed agent on the leaderboard at "
            "submission time. Sampling 8 trajectories and selecting with the verifier raises the resolve rate from "
            "36.9% to 46.2%, a gain of 9.3 points over a single rollout. Ironbark's file-level localization "
            "accuracy is 81.5%, versus 67.2% for Agentless. Ironbark's mean cost per issue is $0.41 with Claude 3.5 "
            "Sonnet, 3.1× lower than SWE-agent, and the median wall-clock time per issue is 6.8 minutes. On SWE-bench "
            "Multilingual, Ironbark resolves 94 of 300 tasks. We release all trajectories and the verifier."
        ),
        "spans": [
            ("Ironbark", "M"), ("Issue Resolution", "T"), ("Qwen2.5-Coder-32B-Instruct", "M"),
            ("SWE-bench Verified", "D"), ("SWE-bench Lite", "D"), ("OpenHands", "M"), ("Claude 3.5 Sonnet", "M"),
            ("resolve rate", "X"), ("file-level localization accuracy", "X"), ("Agentless", "M"),
            ("mean cost per issue", "X"), ("SWE-agent", "M"), ("median wall-clock time per issue", "X"),
            ("SWE-bench Multilingual", "D"),
        ],
        "results": [
            ("resolves 46.2% of SWE-bench Verified", "resolve rate", 46.2, "%", "SWE-bench Verified", "Ironbark"),
            ("231/500", "resolved", 231, None, "SWE-bench Verified", "Ironbark"),
            ("38.7% of SWE-bench Lite", "resolve rate", 38.7, "%", "SWE-bench Lite", "Ironbark"),
            ("28.6%", "resolve rate", 28.6, "%", "SWE-bench Verified", "OpenHands"),
            ("24.0%", "resolve rate", 24.0, "%", "SWE-bench Lite", "OpenHands"),
            ("58.4% resolve rate on SWE-bench Verified", "resolve rate", 58.4, "%", "SWE-bench Verified", "Ironbark"),
            ("within 1.6 points", "resolve rate", 1.6, "points", "SWE-bench Verified", "Ironbark"),
            ("resolve rate from 36.9% to 46.2%", "resolve rate", 46.2, "%", None, None),
            ("gain of 9.3 points", "resolve rate", 9.3, "points", None, None),
            ("accuracy is 81.5%", "file-level localization accuracy", 81.5, "%", None, "Ironbark"),
            ("67.2%", "file-level localization accuracy", 67.2, "%", None, "Agentless"),
            ("mean cost per issue is $0.41", "mean cost per issue", 0.41, "$", None, "Ironbark"),
            ("3.1× lower", "mean cost per issue", 3.1, "×", None, "Ironbark"),
            ("median wall-clock time per issue is 6.8 minutes", "median wall-clock time per issue", 6.8, "min", None, "Ironbark"),
            ("resolves 94 of 300 tasks", "tasks resolved", 94, None, "SWE-bench Multilingual", "Ironbark"),
        ],
    },
    {
        "field": "agents",
        "title": "Gantry: Learning Reusable Web Skills from Failed Trajectories",
        "text": (
            "Web agents built on large language models can click, type and scroll, but each new task is solved "
            "from scratch: the same login flow or search filter is rediscovered over and over, and mistakes made on "
            "one site are repeated on the next. We introduce Gantry, an agent that distills its own trajectories, "
            "including failed ones, into a library of parameterized skills written as short Playwright programs. "
            "After each episode, a critic model labels which steps advanced the task; successful step sequences are "
            "abstracted into callable skills, while failure points are stored as guard conditions that the agent "
            "checks before acting. The library grows online at test time, with no human demonstrations and no "
            "gradient updates. We evaluate on WebArena, VisualWebArena and Mind2Web-Live, using GPT-4o and "
            "Llama-3.3-70B-Instruct as backbones. With GPT-4o, Gantry reaches a success rate of 47.3% on the 812 "
            "WebArena tasks (95% CI 43.9–50.7), compared with 36.2% for Agent Workflow Memory (AWM) and 42.8% for "
            "SteP, and achieves the highest success rate on 4 of the 5 WebArena websites. On VisualWebArena, "
            "Gantry's success rate is 33.6 ± 1.2% over three runs. Gains are largest for the open backbone: "
            "Llama-3.3-70B-Instruct's WebArena success rate rises from 21.4% to 34.9% with Gantry. The skill "
            "library also shortens episodes, reducing the average number of actions per task from 14.2 to 9.6 and "
            "API cost by 37%. On Mind2Web-Live, where skills must transfer to sites never seen before, the "
            "improvement is a modest 3.1 points."
        ),
        "spans": [
            ("Gantry", "M"), ("large language models", "M"), ("WebArena", "D"), ("VisualWebArena", "D"),
            ("Mind2Web-Live", "D"), ("GPT-4o", "M"), ("Llama-3.3-70B-Instruct", "M"), ("success rate", "X"),
            ("Agent Workflow Memory", "M"), ("AWM", "M"), ("SteP", "M"),
            ("average number of actions per task", "X"), ("API cost", "X"),
        ],
        "results": [
            ("success rate of 47.3% on the 812 WebArena tasks", "success rate", 47.3, "%", "WebArena", "Gantry"),
            ("36.2%", "success rate", 36.2, "%", "WebArena", "AWM"),
            ("42.8%", "success rate", 42.8, "%", "WebArena", "SteP"),
            ("highest success rate on 4 of the 5 WebArena websites", "websites ranked first", 4, None,
             "WebArena", "Gantry"),
            ("success rate is 33.6 ± 1.2%", "success rate", 33.6, "%", "VisualWebArena", "Gantry"),
            ("success rate rises from 21.4% to 34.9%", "success rate", 34.9, "%", "WebArena", "Gantry"),
            ("average number of actions per task from 14.2 to 9.6", "average number of actions per task", 9.6,
             None, None, None),
            ("API cost by 37%", "API cost reduction", 37, "%", None, None),
            ("improvement is a modest 3.1 points", "improvement", 3.1, "points", "Mind2Web-Live", None),
        ],
    },
    {
        "field": "agents",
        "title": "Hopscotch: Grounding-First Training Lifts a 7B Computer-Use Agent to 31.6% Success on OSWorld",
        "title_results": [
            ("31.6% Success on OSWorld", "success rate", 31.6, "%", "OSWorld", "Hopscotch"),
        ],
        "text": (
            "Hopscotch-7B reaches a success rate of 31.6% on OSWorld-Verified within 100 steps, the best result we "
            "know of for an open model under 10B parameters, and 48.9% on AndroidWorld. On ScreenSpot-Pro, "
            "Hopscotch-7B raises grounding accuracy from 27.8% for its Qwen2.5-VL-7B initialization to 52.3%; on "
            "ScreenSpot-v2 it reaches 91.7%. The model is trained in two stages. Stage one teaches GUI grounding at "
            "the pixel level from 2.1M screenshot-instruction pairs harvested from accessibility trees on Windows, "
            "macOS, Ubuntu and Android. Stage two applies step-level direct preference optimization (DPO) on 18K "
            "trajectories in which a planner proposes subgoals and the grounding head, kept frozen, must localize "
            "each target; preference pairs are built from actions that a rule-based checker marks as progressing "
            "or not. Compared with UI-TARS-1.5-7B, Hopscotch-7B is ahead by 4.2 points on OSWorld-Verified and 2.5 "
            "points on AndroidWorld, while using 35% fewer steps per successful episode. Decoupling grounding from "
            "planning is the main contributor: removing stage one lowers the OSWorld-Verified success rate to 22.0%. "
            "Inference runs at 1.9 s per step on a single A100."
        ),
        "spans": [
            ("Hopscotch", "M"), ("Hopscotch-7B", "M"), ("OSWorld", "D"), ("OSWorld-Verified", "D"),
            ("success rate", "X"), ("AndroidWorld", "D"), ("ScreenSpot-Pro", "D"), ("grounding accuracy", "X"),
            ("Qwen2.5-VL-7B", "M"), ("ScreenSpot-v2", "D"), ("GUI grounding", "T"),
            ("direct preference optimization", "M"), ("DPO", "M"), ("UI-TARS-1.5-7B", "M"),
            ("steps per successful episode", "X"),
        ],
        "results": [
            ("success rate of 31.6% on OSWorld-Verified", "success rate", 31.6, "%", "OSWorld-Verified", "Hopscotch-7B"),
            ("48.9% on AndroidWorld", "success rate", 48.9, "%", "AndroidWorld", "Hopscotch-7B"),
            ("27.8%", "grounding accuracy", 27.8, "%", "ScreenSpot-Pro", "Qwen2.5-VL-7B"),
            ("to 52.3%", "grounding accuracy", 52.3, "%", "ScreenSpot-Pro", "Hopscotch-7B"),
            ("reaches 91.7%", "grounding accuracy", 91.7, "%", "ScreenSpot-v2", "Hopscotch-7B"),
            ("ahead by 4.2 points on OSWorld-Verified", "improvement", 4.2, "points", "OSWorld-Verified", "Hopscotch-7B"),
            ("2.5 points on AndroidWorld", "improvement", 2.5, "points", "AndroidWorld", "Hopscotch-7B"),
            ("35% fewer steps per successful episode", "steps per successful episode reduction", 35, "%", None,
             "Hopscotch-7B"),
            ("success rate to 22.0%", "success rate", 22.0, "%", "OSWorld-Verified", None),
            ("1.9 s per step", "inference time", 1.9, "s", None, None),
        ],
    },
    {
        "field": "agents",
        "title": "Heronry: Hierarchical Episodic Memory for Long-Horizon Conversational Agents",
        "text": (
            "Conversational agents that accompany a user over weeks must remember what was said, when, and how "
            "facts changed. Appending the full history to the prompt is accurate but expensive, while "
            "retrieval-based memories such as Mem0 and A-Mem lose temporal order. Heronry organizes memory as a "
            "three-level hierarchy of turns, episodes and a persona summary; at each turn an LLM decides whether to "
            "write, update or invalidate an entry, and queries are answered by descending the hierarchy until a "
            "relevance threshold of 0.35 is reached. On LoCoMo with GPT-4o-mini, Heronry obtains an LLM-as-a-Judge "
            "(J) score of 71.8, against 66.9 for Mem0, 48.4 for A-Mem and 72.9 for the full-context baseline, while "
            "consuming about 1.8K tokens per query instead of 26K. F1 and BLEU-1 for Heronry are 49.6 and 42.3, "
            "respectively. The advantage is concentrated on temporal questions, where J improves by 11.2 points "
            "over Mem0; on single-hop questions the two systems are tied within noise (±0.7). On LongMemEval_S, "
            "accuracy is 62.4% for Heronry and 55.0% for Zep. Heronry's p95 search latency is 0.61 s, 2.7× faster "
            "than Zep, though memory construction is slower: ingesting a LoCoMo conversation takes 3.4 minutes on "
            "average. We note that J depends on the judge model. With Claude 3.5 Haiku as the judge, absolute "
            "scores shift by up to 4 points, but the ranking of systems is unchanged."
        ),
        "spans": [
            ("Heronry", "M"), ("Mem0", "M"), ("A-Mem", "M"), ("LLM", "M"), ("LoCoMo", "D"), ("GPT-4o-mini", "M"),
            ("LLM-as-a-Judge", "X"), ("J", "X"), ("tokens per query", "X"), ("F1", "X"), ("BLEU-1", "X"),
            ("LongMemEval_S", "D"), ("accuracy", "X"), ("Zep", "M"), ("p95 search latency", "X"),
            ("Claude 3.5 Haiku", "M"),
        ],
        "results": [
            ("LLM-as-a-Judge (J) score of 71.8", "LLM-as-a-Judge score", 71.8, None, "LoCoMo", "Heronry"),
            ("66.9", "LLM-as-a-Judge score", 66.9, None, "LoCoMo", "Mem0"),
            ("48.4", "LLM-as-a-Judge score", 48.4, None, "LoCoMo", "A-Mem"),
            ("72.9", "LLM-as-a-Judge score", 72.9, None, "LoCoMo", None),
            ("1.8K tokens per query", "tokens per query", 1.8, "K", "LoCoMo", "Heronry"),
            ("26K", "tokens per query", 26, "K", "LoCoMo", None),
            ("49.6", "F1", 49.6, None, None, "Heronry"),
            ("42.3", "BLEU-1", 42.3, None, None, "Heronry"),
            ("J improves by 11.2 points", "LLM-as-a-Judge score", 11.2, "points", None, None),
            ("accuracy is 62.4%", "accuracy", 62.4, "%", "LongMemEval_S", "Heronry"),
            ("55.0%", "accuracy", 55.0, "%", "LongMemEval_S", "Zep"),
            ("p95 search latency is 0.61 s", "p95 search latency", 0.61, "s", None, "Heronry"),
            ("2.7× faster", "speed-up", 2.7, "×", None, "Heronry"),
            ("ingesting a LoCoMo conversation takes 3.4 minutes", "ingestion time", 3.4, "min", "LoCoMo", "Heronry"),
            ("shift by up to 4 points", "score", 4, "points", None, None),
        ],
    },
    {
        "field": "agents",
        "title": "Gorseway: Synthesizing Verifiable Environments for Training Tool-Use Agents with Reinforcement Learning",
        "text": (
            "Training LLM agents for multi-turn tool use requires environments with executable tools, realistic "
            "users and verifiable outcomes, and such environments are scarce. Gorseway synthesizes them: a generator "
            "model writes tool schemas, database states and user personas, a simulated user pursues a hidden goal, "
            "and a checker derives the goal state against which trajectories are verified. We generated 2,400 "
            "environments across 31 domains and trained Qwen3-8B and Qwen3-32B on them with multi-turn GRPO. "
            "Training Gorseway-32B takes 3 days on 96 H100s. Gorseway-32B attains pass^1 of 71.5 on τ-bench retail "
            "and 52.0 on τ-bench airline (GPT-4o: 60.4 and 42.0), and 63.8 on τ²-bench telecom. Reliability "
            "improves more than single-attempt success: pass^4 on τ-bench retail rises from 38.2 for the Qwen3-32B "
            "base to 55.1, a 44% relative gain. On BFCL v3, Gorseway-32B reaches 70.9% overall accuracy, and "
            "Gorseway-8B improves on its base in 14 of the 17 BFCL categories. The skills carry over beyond function "
            "calling: on the GAIA validation set, a Gorseway-32B research agent reaches 48.5% accuracy (level 1: "
            "62.3%, level 3: 26.9%), vs. 41.2% for the same agent with the base model. Environment diversity "
            "matters, as halving the number of domains costs 5.7 points of τ-bench retail pass^1."
        ),
        "spans": [
            ("Gorseway", "M"), ("Gorseway-32B", "M"), ("Gorseway-8B", "M"), ("Tool-Use", "T"),
            ("Reinforcement Learning", "M"), ("LLM", "M"), ("tool use", "T"), ("Qwen3-8B", "M"), ("Qwen3-32B", "M"),
            ("GRPO", "M"), ("pass^1", "X"), ("τ-bench retail", "D"), ("τ-bench airline", "D"), ("GPT-4o", "M"),
            ("τ²-bench telecom", "D"), ("pass^4", "X"), ("BFCL v3", "D"), ("overall accuracy", "X"), ("BFCL", "D"),
            ("function calling", "T"), ("GAIA", "D"), ("accuracy", "X"),
        ],
        "results": [
            ("takes 3 days", "training time", 3, "days", None, "Gorseway-32B"),
            ("pass^1 of 71.5 on τ-bench retail", "pass^1", 71.5, None, "τ-bench retail", "Gorseway-32B"),
            ("52.0 on τ-bench airline", "pass^1", 52.0, None, "τ-bench airline", "Gorseway-32B"),
            ("60.4", "pass^1", 60.4, None, "τ-bench retail", "GPT-4o"),
            ("42.0", "pass^1", 42.0, None, "τ-bench airline", "GPT-4o"),
            ("63.8 on τ²-bench telecom", "pass^1", 63.8, None, "τ²-bench telecom", "Gorseway-32B"),
            ("38.2", "pass^4", 38.2, None, "τ-bench retail", "Qwen3-32B"),
            ("to 55.1", "pass^4", 55.1, None, "τ-bench retail", None),
            ("44% relative gain", "pass^4", 44, "%", "τ-bench retail", None),
            ("70.9% overall accuracy", "overall accuracy", 70.9, "%", "BFCL v3", "Gorseway-32B"),
            ("14 of the 17 BFCL categories", "categories improved", 14, None, "BFCL v3", "Gorseway-8B"),
            ("48.5% accuracy", "accuracy", 48.5, "%", "GAIA", "Gorseway-32B"),
            ("62.3%", "accuracy", 62.3, "%", "GAIA", "Gorseway-32B"),
            ("26.9%", "accuracy", 26.9, "%", "GAIA", "Gorseway-32B"),
            ("41.2%", "accuracy", 41.2, "%", "GAIA", None),
            ("costs 5.7 points of τ-bench retail pass^1", "pass^1", 5.7, "points", "τ-bench retail", None),
        ],
    },
]
