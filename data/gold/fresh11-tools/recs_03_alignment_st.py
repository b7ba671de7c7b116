"""fresh11 records: alignment (6) and speech-translation (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Yonquil", "Yarrowmark", "Yeldrin", "YelvenBench", "Yarnwise", "Yelloch",
          "Yavelin", "Yaskell", "Yindari", "YandaTalk", "Yarlitz", "Yistrel"]

RECS = [
    # ------------------------------------------------------------ alignment
    {
        "field": "alignment",
        "title": "Yonquil: Reference-Free Preference Optimization with Judge-Calibrated Margins",
        "text": (
            "Direct Preference Optimization (DPO) aligns large language models (LLMs) with human preferences without "
            "training an explicit reward model, yet it depends on a frozen reference policy and tends to inflate "
            "response length. Reference-free variants such as SimPO and ORPO drop the reference but apply one target "
            "margin to every preference pair, ignoring how clearly annotators separated the two responses. We propose "
            "Yonquil, which calibrates a per-pair margin from the disagreement of a small ensemble of LLM judges and "
            "adds a length-normalized likelihood term that penalizes verbosity only when the preferred response is "
            "the longer one. We fine-tune Llama-3-8B-Instruct and Mistral-7B-Instruct on UltraFeedback and evaluate "
            "on AlpacaEval 2.0, Arena-Hard and MT-Bench. With Llama-3-8B-Instruct, Yonquil reaches a length-controlled "
            "win rate of 47.9% on AlpacaEval 2.0, compared with 44.7% for SimPO and 40.3% for DPO, and a win rate of "
            "38.6% on Arena-Hard (SimPO: 33.8%). On MT-Bench it scores 8.1, on par with SimPO. Average response "
            "length drops by 14% relative to DPO. For Mistral-7B-Instruct, Yonquil lifts the LC win rate on "
            "AlpacaEval 2.0 from 32.1 to 36.4. Because no reference model has to be kept in memory, Yonquil cuts "
            "training memory by 21% relative to DPO, and it keeps accuracy on the Open LLM Leaderboard tasks within "
            "0.4 points of the SFT checkpoint."
        ),
        "spans": [
            ("Yonquil", "M"), ("Preference Optimization", "M"), ("Direct Preference Optimization", "M"),
            ("DPO", "M"), ("large language models", "M"), ("LLMs", "M"), ("LLM", "M"), ("reward model", "M"),
            ("response length", "X"), ("Average response length", "X"), ("SimPO", "M"), ("ORPO", "M"),
            ("Llama-3-8B-Instruct", "M"), ("Mistral-7B-Instruct", "M"), ("UltraFeedback", "D"),
            ("AlpacaEval 2.0", "D"), ("Arena-Hard", "D"), ("MT-Bench", "D"),
            ("length-controlled win rate", "X"), ("win rate", "X"), ("LC win rate", "X"),
            ("training memory", "X"), ("accuracy", "X"), ("Open LLM Leaderboard", "D"), ("SFT", "M"),
        ],
        "results": [
            ("length-controlled win rate of 47.9% on AlpacaEval 2.0", "length-controlled win rate", 47.9, "%",
             "AlpacaEval 2.0", "Yonquil"),
            ("44.7% for SimPO", "length-controlled win rate", 44.7, "%", "AlpacaEval 2.0", "SimPO"),
            ("40.3% for DPO", "length-controlled win rate", 40.3, "%", "AlpacaEval 2.0", "DPO"),
            ("win rate of 38.6% on Arena-Hard", "win rate", 38.6, "%", "Arena-Hard", "Yonquil"),
            ("33.8%", "win rate", 33.8, "%", "Arena-Hard", "SimPO"),
            ("scores 8.1", "score", 8.1, None, "MT-Bench", None),
            ("Average response length drops by 14%", "response length reduction", 14, "%", None, None),
            ("LC win rate on AlpacaEval 2.0 from 32.1 to 36.4", "length-controlled win rate", 36.4, None,
             "AlpacaEval 2.0", "Yonquil"),
            ("training memory by 21%", "training memory reduction", 21, "%", None, "Yonquil"),
            ("accuracy on the Open LLM Leaderboard tasks within 0.4 points", "accuracy", 0.4, "points",
             "Open LLM Leaderboard", "Yonquil"),
        ],
    },
    {
        "field": "alignment",
        "title": "Yarrowmark: Cheap Reward Ensembles with a Shared Backbone for Robust RLHF",
        "text": (
            "Reinforcement learning from human feedback (RLHF) optimizes a policy against a learned reward model, and "
            "a sufficiently strong policy soon exploits the errors of that model, so that the learned reward keeps "
            "rising while true quality declines. Reward ensembles mitigate this overoptimization, but training "
            "several full-size reward models multiplies the cost. Yarrowmark shares one Gemma-2-2B backbone across 16 "
            "lightweight LoRA heads, each fitted to a different random subset of the preference data, and subtracts "
            "a multiple of the head disagreement from the reward used by PPO. On RewardBench, Yarrowmark attains an "
            "accuracy of 86.2%, against 84.9% for a single head and 87.0% for an ensemble of eight independently "
            "trained reward models that costs 6.3\u00d7 more to train. In a synthetic setup where a 7B gold reward "
            "model labels the preference data for the proxy, Yarrowmark raises the peak gold reward reached during "
            "PPO from 0.62 to 1.03. Policies trained with Yarrowmark on Anthropic HH-RLHF win 58.3% of "
            "GPT-4-judged comparisons against standard PPO and 53.1% against Best-of-N sampling with N = 16. "
            "Over-penalization remains a risk: with too large a penalty coefficient, the KL divergence to the SFT "
            "policy collapses and win rates fall back to parity. We analyse this trade-off and give a simple rule "
            "for setting the coefficient from the ensemble spread on held-out preference pairs."
        ),
        "spans": [
            ("Yarrowmark", "M"), ("Reward Ensembles", "M"), ("Reward ensembles", "M"), ("RLHF", "M"),
            ("Reinforcement learning from human feedback", "M"), ("reward model", "M"), ("reward models", "M"),
            ("Gemma-2-2B", "M"), ("LoRA", "M"), ("PPO", "M"), ("RewardBench", "D"), ("accuracy", "X"),
            ("peak gold reward", "X"), ("Anthropic HH-RLHF", "D"), ("GPT-4", "M"), ("Best-of-N sampling", "M"),
            ("KL divergence", "X"), ("SFT", "M"), ("win rates", "X"),
        ],
        "results": [
            ("accuracy of 86.2%", "accuracy", 86.2, "%", "RewardBench", "Yarrowmark"),
            ("84.9%", "accuracy", 84.9, "%", "RewardBench", None),
            ("87.0%", "accuracy", 87.0, "%", "RewardBench", None),
            ("costs 6.3\u00d7 more to train", "training cost", 6.3, "\u00d7", "RewardBench", None),
            ("peak gold reward reached during PPO from 0.62 to 1.03", "peak gold reward", 1.03, None, None,
             "Yarrowmark"),
            ("win 58.3% of GPT-4-judged comparisons", "win rate", 58.3, "%", "Anthropic HH-RLHF", "Yarrowmark"),
            ("53.1%", "win rate", 53.1, "%", "Anthropic HH-RLHF", "Yarrowmark"),
        ],
    },
    {
        "field": "alignment",
        "title": "Benign Fine-Tuning Erodes Safety Alignment Beyond the First Few Tokens",
        "text": (
            "Safety-aligned chat models refuse harmful requests, yet a few hundred steps of fine-tuning on benign "
            "instruction data can undo much of that behaviour. We study this erosion in Llama-2-7B-Chat, "
            "Llama-3.1-8B-Instruct and Qwen2.5-7B-Instruct fine-tuned on Alpaca, Dolly and GSM8K, and measure "
            "harmfulness on HarmBench and AdvBench with Llama-Guard-3-8B as the judge. In line with earlier reports, "
            "safety degrades most on the first output tokens, but the drift does not stop there: even when a refusal "
            "prefix is forced, fine-tuned models continue it with harmful content far more often than their original "
            "checkpoints. Probing the residual stream shows that the refusal direction is largely preserved in norm "
            "but rotated away from the layers where it is read out. We therefore propose Yeldrin, a regularizer that "
            "penalizes rotation of this direction during fine-tuning at the cost of one additional forward pass per "
            "batch. Across the nine model\u2013dataset combinations, Yeldrin lowers the attack success rate (ASR) on "
            "HarmBench from 41.7% to 6.2% on average while keeping task accuracy on the fine-tuning data within 1.0 "
            "point of unregularized training. It is complementary to mixing safety examples into the fine-tuning "
            "data, and the two combined give the lowest ASR in every setting we test. We release prompts, judge "
            "outputs and checkpoints."
        ),
        "spans": [
            ("Safety Alignment", "T"), ("Llama-2-7B-Chat", "M"), ("Llama-3.1-8B-Instruct", "M"),
            ("Qwen2.5-7B-Instruct", "M"), ("Alpaca", "D"), ("Dolly", "D"), ("GSM8K", "D"), ("HarmBench", "D"),
            ("AdvBench", "D"), ("Llama-Guard-3-8B", "M"), ("Yeldrin", "M"), ("attack success rate", "X"),
            ("ASR", "X"), ("task accuracy", "X"),
        ],
        "results": [
            ("attack success rate (ASR) on HarmBench from 41.7% to 6.2%", "attack success rate", 6.2, "%",
             "HarmBench", "Yeldrin"),
            ("task accuracy on the fine-tuning data within 1.0 point", "task accuracy", 1.0, "points", None,
             "Yeldrin"),
        ],
    },
    {
        "field": "alignment",
        "title": "YelvenBench: Do Instruction-Following Evaluations Survive Multi-Turn Constraint Drift?",
        "text": (
            "Instruction-following benchmarks such as IFEval check verifiable constraints within a single turn, while "
            "chat benchmarks like MT-Bench and AlpacaEval rely on an LLM judge and reveal little about whether "
            "constraints set early in a conversation are still honoured later. We introduce YelvenBench, 1,840 "
            "multi-turn conversations in which users add, revise and retract formatting, length and content "
            "constraints over up to twelve turns; every response is checked by deterministic programs, with no judge "
            "model involved. We evaluate 21 open and proprietary models, including GPT-4o, Claude 3.5 Sonnet, "
            "Llama-3.1-70B-Instruct and Qwen2.5-72B-Instruct. The best model, GPT-4o, satisfies all active "
            "constraints in only 61.4% of YelvenBench conversations (conversation-level accuracy), although it "
            "exceeds 85% prompt-level strict accuracy on IFEval. Open models trail by a wide margin: "
            "Llama-3.1-70B-Instruct reaches 43.2% and Qwen2.5-72B-Instruct 47.5%. Retracted constraints are the "
            "hardest category, with a mean persistence rate of 38%, i.e. models keep obeying a rule the user has "
            "withdrawn. Scores on YelvenBench correlate only weakly with Chatbot Arena Elo (Spearman \u03c1 = 0.52) "
            "but strongly with IFEval (\u03c1 = 0.81), suggesting that judge-based leaderboards under-reward "
            "constraint tracking. After fine-tuning on 5k synthetic multi-turn traces from our generator, "
            "Llama-3.1-8B improves its conversation-level accuracy from 22.9% to 35.6% without hurting MMLU."
        ),
        "spans": [
            ("YelvenBench", "D"), ("Instruction-Following", "T"), ("Instruction-following", "T"), ("IFEval", "D"),
            ("MT-Bench", "D"), ("AlpacaEval", "D"), ("LLM", "M"), ("GPT-4o", "M"), ("Claude 3.5 Sonnet", "M"),
            ("Llama-3.1-70B-Instruct", "M"), ("Qwen2.5-72B-Instruct", "M"), ("conversation-level accuracy", "X"),
            ("prompt-level strict accuracy", "X"), ("mean persistence rate", "X"), ("Chatbot Arena", "D"),
            ("Elo", "X"), ("Spearman \u03c1", "X"), ("\u03c1", "X"), ("Llama-3.1-8B", "M"), ("MMLU", "D"),
        ],
        "results": [
            ("61.4% of YelvenBench conversations (conversation-level accuracy)", "conversation-level accuracy",
             61.4, "%", "YelvenBench", "GPT-4o"),
            ("exceeds 85% prompt-level strict accuracy on IFEval", "prompt-level strict accuracy", 85, "%",
             "IFEval", "GPT-4o"),
            ("reaches 43.2%", "conversation-level accuracy", 43.2, "%", None, "Llama-3.1-70B-Instruct"),
            ("47.5%", "conversation-level accuracy", 47.5, "%", None, "Qwen2.5-72B-Instruct"),
            ("mean persistence rate of 38%", "persistence rate", 38, "%", None, None),
            ("Spearman \u03c1 = 0.52", "Spearman \u03c1", 0.52, None, "Chatbot Arena", None),
            ("\u03c1 = 0.81", "Spearman \u03c1", 0.81, None, "IFEval", None),
            ("conversation-level accuracy from 22.9% to 35.6%", "conversation-level accuracy", 35.6, "%", None,
             "Llama-3.1-8B"),
        ],
    },
    {
        "field": "alignment",
        "title": "Step-Level Preference Optimization with Implicit Process Rewards for Mathematical Reasoning",
        "text": (
            "Outcome-supervised preference optimization treats a multi-step solution as a single unit, so a response "
            "with one faulty step and a correct final answer is rewarded in full. Process reward models (PRMs) supply "
            "step-level supervision instead, but require costly human step annotations such as PRM800K or Monte "
            "Carlo rollouts that multiply the labelling budget. We present Yarnwise, which derives implicit step "
            "rewards from the log-likelihood ratio between a policy trained with DPO on outcome labels only and its "
            "reference model, and uses these rewards to build step-level preference pairs for a second round of "
            "optimization. Starting from Qwen2.5-Math-7B-Instruct, Yarnwise improves accuracy on MATH500 from 82.6% "
            "to 85.4% and on GSM8K from 95.2% to 96.1%, while Step-DPO reaches 83.9% and 95.5%, respectively. On the "
            "competition sets the gains are larger: +6.7 points on AIME 2024 and +5.0 points on AMC23. As a "
            "verifier, Yarnwise obtains an average F1 of 68.3 on ProcessBench, versus 56.5 for Math-Shepherd, and "
            "raises Best-of-64 accuracy on MATH500 to 87.2%. Producing the step labels needs 9.8\u00d7 fewer policy "
            "samples than Monte Carlo estimation, and the whole pipeline runs on eight GPUs in under a day."
        ),
        "spans": [
            ("Preference Optimization", "M"), ("preference optimization", "M"), ("Mathematical Reasoning", "T"),
            ("Process reward models", "M"), ("PRMs", "M"), ("PRM800K", "D"), ("Monte Carlo rollouts", "M"),
            ("Monte Carlo estimation", "M"), ("Yarnwise", "M"), ("DPO", "M"), ("Qwen2.5-Math-7B-Instruct", "M"),
            ("accuracy", "X"), ("MATH500", "D"), ("GSM8K", "D"), ("Step-DPO", "M"), ("AIME 2024", "D"),
            ("AMC23", "D"), ("average F1", "X"), ("ProcessBench", "D"), ("Math-Shepherd", "M"),
            ("Best-of-64 accuracy", "X"),
        ],
        "results": [
            ("accuracy on MATH500 from 82.6% to 85.4%", "accuracy", 85.4, "%", "MATH500", "Yarnwise"),
            ("on GSM8K from 95.2% to 96.1%", "accuracy", 96.1, "%", "GSM8K", "Yarnwise"),
            ("83.9%", "accuracy", 83.9, "%", "MATH500", "Step-DPO"),
            ("95.5%", "accuracy", 95.5, "%", "GSM8K", "Step-DPO"),
            ("+6.7 points on AIME 2024", "improvement", 6.7, "points", "AIME 2024", None),
            ("+5.0 points on AMC23", "improvement", 5.0, "points", "AMC23", None),
            ("average F1 of 68.3 on ProcessBench", "F1", 68.3, None, "ProcessBench", "Yarnwise"),
            ("56.5 for Math-Shepherd", "F1", 56.5, None, "ProcessBench", "Math-Shepherd"),
            ("Best-of-64 accuracy on MATH500 to 87.2%", "Best-of-64 accuracy", 87.2, "%", "MATH500", "Yarnwise"),
            ("9.8\u00d7 fewer policy samples", "policy samples reduction", 9.8, "\u00d7", None, None),
        ],
    },
    {
        "field": "alignment",
        "title": "Yelloch: Debiasing AI Feedback with Counterfactual Response Swaps",
        "text": (
            "Reinforcement learning from AI feedback (RLAIF) replaces human annotators with an LLM judge that decides "
            "which of two responses is better. Such judges are cheap but systematically biased: they favour the "
            "response shown first, the longer response, and responses written in their own style. When their labels "
            "are used to train a reward model or are fed directly to Direct Preference Optimization, these biases are "
            "inherited and often amplified by the policy. We propose Yelloch, a labelling procedure that queries the "
            "judge on counterfactual variants of each pair (swapped order, length-matched rewrites, and paraphrases "
            "produced by a different model family) and keeps a preference only when it is invariant across the "
            "variants; pairs that remain ambiguous are routed to human annotators. Yelloch needs no access to judge "
            "weights and works with proprietary judges such as GPT-4o as well as open ones such as "
            "Llama-3.1-70B-Instruct and Prometheus 2. We relabel UltraFeedback prompts and HelpSteer2 pairs with and "
            "without Yelloch, train Zephyr-style models with DPO and KTO, and compare them on AlpacaEval 2.0, "
            "Arena-Hard and in a human study. Policies trained on Yelloch labels are consistently preferred by human "
            "raters, write shorter answers, and show less self-preference when their outputs are later judged by the "
            "same model family. Position bias accounts for most of the label noise in pairs whose responses differ "
            "little in quality, and discarding such pairs helps more than collecting additional ones."
        ),
        "spans": [
            ("Yelloch", "M"), ("Reinforcement learning from AI feedback", "M"), ("RLAIF", "M"), ("LLM", "M"),
            ("reward model", "M"), ("Direct Preference Optimization", "M"), ("GPT-4o", "M"),
            ("Llama-3.1-70B-Instruct", "M"), ("Prometheus 2", "M"), ("UltraFeedback", "D"), ("HelpSteer2", "D"),
            ("Zephyr", "M"), ("DPO", "M"), ("KTO", "M"), ("AlpacaEval 2.0", "D"), ("Arena-Hard", "D"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ speech-translation
    {
        "field": "speech-translation",
        "title": "Yavelin: Deciding When to Write from Alignment Entropy in Simultaneous Speech Translation",
        "text": (
            "Simultaneous speech translation (SimulST) must decide when enough source audio has been heard to emit "
            "the next target word, trading translation quality against latency. Fixed policies such as wait-k ignore "
            "the content of the input, whereas adaptive policies like EDAtt and AlignAtt derive read/write decisions "
            "from the attention weights of an offline model, which become unreliable on long segments. Yavelin "
            "instead tracks the entropy of a CTC alignment between the streaming encoder states and the partial "
            "hypothesis, and writes as soon as that entropy falls below a threshold tuned per language pair. It runs "
            "on top of any offline speech translation model and needs no retraining. On MuST-C En-De, Yavelin reaches "
            "BLEU/COMET of 27.9/80.6 at an average lagging (AL) of 1.5 s, whereas AlignAtt needs 2.1 s of AL for the "
            "same BLEU. Computation-aware AL drops by 0.4 s at equal quality compared with EDAtt. On MuST-C En-Es and "
            "MuST-C En-Fr, BLEU improves by 1.1 and 0.8 points, respectively, at an AL of 1.2 s. On the X\u2192En "
            "directions of CoVoST 2, Yavelin gains 0.9 BLEU over AlignAtt on average in the low-latency regime "
            "(AL < 1.5 s). A human evaluation on the IWSLT 2023 simultaneous track confirms the automatic scores: "
            "Yavelin output was judged more fluent in 61% of pairwise comparisons."
        ),
        "spans": [
            ("Yavelin", "M"), ("Simultaneous Speech Translation", "T"), ("Simultaneous speech translation", "T"),
            ("SimulST", "T"), ("latency", "X", {"skip": [1]}), ("wait-k", "M"), ("EDAtt", "M"), ("AlignAtt", "M"),
            ("CTC", "M"), ("offline speech translation", "T"), ("MuST-C En-De", "D"), ("MuST-C En-Es", "D"),
            ("MuST-C En-Fr", "D"), ("BLEU", "X"), ("COMET", "X"), ("average lagging", "X"), ("AL", "X"),
            ("Computation-aware AL", "X"), ("CoVoST 2", "D"), ("IWSLT 2023", "D"),
        ],
        "results": [
            ("BLEU/COMET of 27.9", "BLEU", 27.9, None, "MuST-C En-De", "Yavelin"),
            ("80.6", "COMET", 80.6, None, "MuST-C En-De", "Yavelin"),
            ("average lagging (AL) of 1.5 s", "average lagging", 1.5, "s", "MuST-C En-De", "Yavelin"),
            ("2.1 s of AL", "average lagging", 2.1, "s", "MuST-C En-De", "AlignAtt"),
            ("Computation-aware AL drops by 0.4 s", "computation-aware AL reduction", 0.4, "s", None, None),
            ("BLEU improves by 1.1", "BLEU", 1.1, "points", "MuST-C En-Es", None),
            ("0.8 points", "BLEU", 0.8, "points", "MuST-C En-Fr", None),
            ("AL of 1.2 s", "average lagging", 1.2, "s", None, None),
            ("0.9 BLEU", "BLEU", 0.9, None, "CoVoST 2", "Yavelin"),
            ("more fluent in 61% of pairwise comparisons", "win rate", 61, "%", "IWSLT 2023", "Yavelin"),
        ],
    },
    {
        "field": "speech-translation",
        "title": "Yaskell: Non-Autoregressive Speech-to-Speech Translation with Expressive Unit Decoding",
        "text": (
            "Direct speech-to-speech translation (S2ST) systems built on discrete speech units, such as Translatotron "
            "2 and UnitY, translate without a separate synthesis stage but lose the speaker's voice and prosody, and "
            "their autoregressive unit decoders are slow. We present Yaskell, a two-pass model whose first pass "
            "predicts target text with a Conformer encoder and a CTC head, and whose second pass generates HuBERT "
            "units for all frames in parallel with a non-autoregressive Transformer conditioned on a prosody "
            "embedding of the source. A unit-based HiFi-GAN vocoder then renders the speech in the source speaker's "
            "voice. On CVSS-C Fr\u2192En, Yaskell obtains an ASR-BLEU of 29.4, compared with 27.8 for UnitY and 25.6 "
            "for Translatotron 2, and decodes 5.2\u00d7 faster than UnitY on a single A100. On the expressive CVSS-T, "
            "speaker similarity rises from 0.31 to 0.47, while the ASR-BLEU drop relative to CVSS-C is only 0.6. "
            "Naturalness MOS is 3.92 \u00b1 0.07 (UnitY: 3.71). On the Es\u2192En and De\u2192En directions of "
            "CVSS-C, ASR-BLEU improves by 1.4 and 1.9, respectively. Training Yaskell takes 41 GPU-days, versus 63 "
            "for UnitY, because the non-autoregressive decoder needs no teacher forcing over long unit sequences."
        ),
        "spans": [
            ("Yaskell", "M"), ("Speech-to-Speech Translation", "T"), ("speech-to-speech translation", "T"),
            ("S2ST", "T"), ("Translatotron 2", "M"), ("UnitY", "M"), ("Conformer", "M"), ("CTC", "M"),
            ("HuBERT", "M"), ("Transformer", "M"), ("HiFi-GAN", "M"), ("CVSS-C Fr\u2192En", "D"), ("CVSS-C", "D"),
            ("CVSS-T", "D"), ("ASR-BLEU", "X"), ("speaker similarity", "X"), ("Naturalness MOS", "X"),
            ("teacher forcing", "M"),
        ],
        "results": [
            ("ASR-BLEU of 29.4", "ASR-BLEU", 29.4, None, "CVSS-C Fr\u2192En", "Yaskell"),
            ("27.8 for UnitY", "ASR-BLEU", 27.8, None, "CVSS-C Fr\u2192En", "UnitY"),
            ("25.6 for Translatotron 2", "ASR-BLEU", 25.6, None, "CVSS-C Fr\u2192En", "Translatotron 2"),
            ("5.2\u00d7 faster", "speed-up", 5.2, "\u00d7", "CVSS-C Fr\u2192En", "Yaskell"),
            ("speaker similarity rises from 0.31 to 0.47", "speaker similarity", 0.47, None, "CVSS-T", None),
            ("ASR-BLEU drop relative to CVSS-C is only 0.6", "ASR-BLEU", 0.6, None, "CVSS-T", None),
            ("Naturalness MOS is 3.92", "naturalness MOS", 3.92, None, None, None),
            ("3.71", "naturalness MOS", 3.71, None, None, "UnitY"),
            ("ASR-BLEU improves by 1.4", "ASR-BLEU", 1.4, None, "CVSS-C", None),
            ("and 1.9", "ASR-BLEU", 1.9, None, "CVSS-C", None),
            ("takes 41 GPU-days", "training time", 41, "GPU-days", None, "Yaskell"),
            ("63 for UnitY", "training time", 63, "GPU-days", None, "UnitY"),
        ],
    },
    {
        "field": "speech-translation",
        "title": "Yindari: Connecting a Frozen Speech Encoder to a Multilingual LLM for Many-to-Many Speech Translation",
        "text": (
            "Large language models (LLMs) have become strong text translators, and attaching a speech encoder to them "
            "is an attractive route to speech-to-text translation (S2TT) across many languages. Existing speech LLMs, "
            "however, are trained mostly on English-centric data and degrade sharply when the source language is not "
            "English. Yindari couples the Whisper large-v3 encoder with Qwen2.5-7B-Instruct through a Q-Former-style "
            "adapter that compresses 30 s of audio into 80 query tokens, and trains only the adapter and LoRA modules "
            "(1.2% of all parameters) with a curriculum that moves from ASR to speech translation. We evaluate on all "
            "102\u00d7101 directions of FLEURS and on CoVoST 2. Averaged over the FLEURS directions, Yindari achieves "
            "19.6 BLEU and 71.3 COMET, surpassing SeamlessM4T v2 Large (18.1 BLEU, 70.2 COMET) and a Whisper + "
            "NLLB-200 cascade (16.9 BLEU). On the X\u2192En directions of CoVoST 2, Yindari reaches an average BLEU "
            "of 37.2, within 0.5 of SeamlessM4T v2 Large, even though it never sees CoVoST 2 training data. Gains "
            "concentrate on low-resource source languages: for the 40 FLEURS languages with the least training "
            "audio, chrF++ improves by 4.8 points over the cascade. Yindari also preserves the text abilities of its "
            "LLM, with translation quality on FLORES-200 unchanged to within 0.2 COMET."
        ),
        "spans": [
            ("Yindari", "M"), ("LLM", "M"), ("Many-to-Many Speech Translation", "T"), ("Large language models", "M"),
            ("LLMs", "M"), ("speech-to-text translation", "T"), ("S2TT", "T"), ("speech LLMs", "M"),
            ("Whisper large-v3", "M"), ("Whisper", "M"), ("Qwen2.5-7B-Instruct", "M"), ("Q-Former", "M"),
            ("LoRA", "M"), ("ASR", "T"), ("speech translation", "T"), ("FLEURS", "D"), ("CoVoST 2", "D"),
            ("BLEU", "X"), ("COMET", "X"), ("SeamlessM4T v2 Large", "M"), ("NLLB-200", "M"), ("average BLEU", "X"),
            ("chrF++", "X", {"punct": True}), ("FLORES-200", "D"),
        ],
        "results": [
            ("19.6 BLEU", "BLEU", 19.6, None, "FLEURS", "Yindari"),
            ("71.3 COMET", "COMET", 71.3, None, "FLEURS", "Yindari"),
            ("18.1 BLEU", "BLEU", 18.1, None, "FLEURS", "SeamlessM4T v2 Large"),
            ("70.2 COMET", "COMET", 70.2, None, "FLEURS", "SeamlessM4T v2 Large"),
            ("16.9 BLEU", "BLEU", 16.9, None, "FLEURS", "Whisper + NLLB-200"),
            ("average BLEU of 37.2", "BLEU", 37.2, None, "CoVoST 2", "Yindari"),
            ("within 0.5", "BLEU", 0.5, None, "CoVoST 2", "Yindari"),
            ("chrF++ improves by 4.8 points", "chrF++", 4.8, "points", "FLEURS", None),
            ("within 0.2 COMET", "COMET", 0.2, None, "FLORES-200", "Yindari"),
        ],
    },
    {
        "field": "speech-translation",
        "title": "YandaTalk: A Corpus of Code-Switched Conversational Speech with English Translations",
        "text": (
            "Speech translation corpora such as MuST-C, CoVoST 2 and Europarl-ST are drawn from talks, read speech "
            "and parliamentary sessions, and contain almost no code-switching, even though mixing languages within an "
            "utterance is common in everyday conversation across much of the world. We present YandaTalk, 312 hours "
            "of spontaneous telephone and in-person conversations in Hindi\u2013English, Tagalog\u2013English, "
            "Swahili\u2013English and Arabic\u2013French, transcribed verbatim and translated into English by "
            "professional translators. Each utterance is annotated with language tags at the word level, so that "
            "evaluation can be broken down by switching density. We benchmark cascaded systems, which pair an "
            "automatic speech recognition (ASR) model with a machine translation (MT) model, against end-to-end "
            "models including Whisper, SeamlessM4T and OWSM v3.1, both zero-shot and after fine-tuning on the "
            "training split. Zero-shot, all systems struggle: the best, SeamlessM4T, reaches only 14.2 BLEU on the "
            "YandaTalk test set. Fine-tuning closes much of the gap for end-to-end models but not for cascades, "
            "whose errors compound at switch points where the ASR system picks the wrong script or drops a "
            "borrowed word. Translation quality falls steadily as switching density rises, for every system we "
            "test. We release audio, transcripts, translations and evaluation scripts under a research licence, "
            "together with a held-out test set that is scored through a public leaderboard."
        ),
        "spans": [
            ("YandaTalk", "D"), ("Speech translation", "T"), ("MuST-C", "D"), ("CoVoST 2", "D"),
            ("Europarl-ST", "D"), ("automatic speech recognition", "T"), ("ASR", "T"), ("machine translation", "T"),
            ("MT", "T"), ("Whisper", "M"), ("SeamlessM4T", "M"), ("OWSM v3.1", "M"), ("BLEU", "X"),
        ],
        "results": [
            ("14.2 BLEU on the YandaTalk test set", "BLEU", 14.2, None, "YandaTalk", "SeamlessM4T"),
        ],
    },
    {
        "field": "speech-translation",
        "title": "Yarlitz: Compact Streaming Speech Translation on Device via Cross-Modal Distillation",
        "text": (
            r"End-to-end models for speech translation (ST) now rival cascaded systems on standard benchmarks, but "
            r"the strongest of them have hundreds of millions of parameters and assume that the whole utterance is "
            r"available, which rules them out for live captions on phones. We present Yarlitz, a 48M-parameter "
            r"streaming ST model with a chunk-wise Zipformer encoder and a Transformer decoder. Yarlitz is trained "
            r"with sequence-level knowledge distillation from an NLLB-200 teacher that translates the gold "
            r"transcripts, together with an auxiliary CTC objective on the source transcripts that stabilizes the "
            r"chunked encoder. After training, weights are quantized to 8 bits without quantization-aware training. "
            r"On MuST-C En-De tst-COMMON, Yarlitz obtains 26.1 BLEU, versus 27.3 for a 270M-parameter offline "
            r"Conformer-based model, and 2.4 BLEU more than a same-sized model trained without distillation. With "
            r"320 ms chunks, Yarlitz runs at a length-adaptive average lagging (LAAL) of 1.48 s. On a Pixel 8 CPU, "
            r"the real-time factor is 0.21 and peak memory is 96\,MB, a 3.1$\times$ reduction over the unquantized "
            r"model. The results carry over to the other MuST-C language pairs, where Yarlitz trails the offline "
            r"model by 1.0--1.6 BLEU; the gap is smallest for Spanish and largest for Russian."
        ),
        "spans": [
            ("Yarlitz", "M"), ("Streaming Speech Translation", "T"), ("Cross-Modal Distillation", "M"),
            ("speech translation", "T"), ("ST", "T"), ("streaming ST", "T"), ("Zipformer", "M"),
            ("Transformer", "M"), ("sequence-level knowledge distillation", "M"), ("NLLB-200", "M"), ("CTC", "M"),
            ("quantization-aware training", "M"), ("MuST-C En-De tst-COMMON", "D"), ("MuST-C", "D"),
            ("BLEU", "X"), ("Conformer", "M"), ("distillation", "M"), ("length-adaptive average lagging", "X"),
            ("LAAL", "X"), ("real-time factor", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("26.1 BLEU", "BLEU", 26.1, None, "MuST-C En-De tst-COMMON", "Yarlitz"),
            ("27.3", "BLEU", 27.3, None, "MuST-C En-De tst-COMMON", None),
            ("2.4 BLEU more", "BLEU", 2.4, None, "MuST-C En-De tst-COMMON", "Yarlitz"),
            ("length-adaptive average lagging (LAAL) of 1.48 s", "length-adaptive average lagging", 1.48, "s",
             None, "Yarlitz"),
            ("real-time factor is 0.21", "real-time factor", 0.21, None, None, None),
            (r"peak memory is 96\,MB", "peak memory", 96, "MB", None, None),
            (r"3.1$\times$ reduction", "peak memory reduction", 3.1, "\u00d7", None, None),
            ("1.0--1.6 BLEU", "BLEU", 1.6, None, "MuST-C", "Yarlitz", {"low": 1.0}),
        ],
    },
    {
        "field": "speech-translation",
        "title": "Quality Estimation for Speech Translation Directly from Audio",
        "text": (
            "Quality estimation (QE) predicts the quality of a translation without a reference, and text-based QE "
            "models such as COMETKiwi are now routinely used to filter training data and rerank hypotheses in "
            "machine translation. For speech translation (ST), these models must be fed an ASR transcript of the "
            "source, so recognition errors are mistaken for translation errors. We introduce Yistrel, a QE model "
            "that encodes the source audio with a frozen w2v-BERT 2.0 encoder and the hypothesis with XLM-R, and "
            "fuses the two with a small Transformer before regressing a segment-level score. Yistrel is pre-trained "
            "on 1.1M synthetic audio\u2013translation pairs scored by xCOMET against references and then fine-tuned "
            "on human quality judgements. On the IWSLT 2023 and IWSLT 2024 human evaluation sets, Yistrel reaches a "
            "segment-level Spearman correlation of 0.412 with human scores, against 0.351 for COMETKiwi run on "
            "Whisper transcripts and 0.389 when COMETKiwi receives gold transcripts. At the system level, Kendall's "
            "\u03c4 rises 0.72 \u2192 0.81. Used for N-best reranking of SeamlessM4T v2 outputs on FLEURS, Yistrel "
            "improves BLEU and COMET by 0.9 and 1.3 points, respectively, and when filtering a noisy web-mined ST "
            "corpus it matches the BLEU of xCOMET-based filtering (24.8 vs. 24.6) without needing any transcripts."
        ),
        "spans": [
            ("Quality Estimation", "T"), ("Speech Translation", "T"), ("Quality estimation", "T"), ("QE", "T"),
            ("COMETKiwi", "M"), ("machine translation", "T"), ("speech translation", "T"), ("ST", "T"),
            ("ASR", "T"), ("Yistrel", "M"), ("w2v-BERT 2.0", "M"), ("XLM-R", "M"), ("Transformer", "M"),
            ("xCOMET", "X", {"skip": [1]}), ("IWSLT 2023", "D"), ("IWSLT 2024", "D"),
            ("segment-level Spearman correlation", "X"), ("Whisper", "M"), ("Kendall's \u03c4", "X"),
            ("N-best reranking", "M"), ("SeamlessM4T v2", "M"), ("FLEURS", "D"), ("BLEU", "X"), ("COMET", "X"),
        ],
        "results": [
            ("segment-level Spearman correlation of 0.412", "segment-level Spearman correlation", 0.412, None, None,
             "Yistrel"),
            ("0.351 for COMETKiwi", "segment-level Spearman correlation", 0.351, None, None, "COMETKiwi"),
            ("0.389", "segment-level Spearman correlation", 0.389, None, None, "COMETKiwi"),
            ("Kendall's \u03c4 rises 0.72 \u2192 0.81", "Kendall's \u03c4", 0.81, None, None, None),
            ("by 0.9", "BLEU", 0.9, "points", "FLEURS", "Yistrel"),
            ("1.3 points", "COMET", 1.3, "points", "FLEURS", "Yistrel"),
            ("24.8", "BLEU", 24.8, None, None, "Yistrel"),
            ("24.6", "BLEU", 24.6, None, None, "xCOMET-based filtering"),
        ],
    },
]
