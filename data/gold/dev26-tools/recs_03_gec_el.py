"""dev26 records: grammatical-error-correction (6) and entity-linking (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Wvarnel", "Wvostrum", "Wvestik", "Wvondel", "Wvilder", "Wvaskel",
          "Wvortan", "Wvelmira", "Wvunder", "Wvinsk", "Wvoldrax", "Wvapsis"]

RECS = [
    # ------------------------------------------------------------ grammatical-error-correction
    {
        "field": "grammatical-error-correction",
        "title": "Wvarnel: Rewarding Only the Edits That Matter Keeps Large Language Models Minimal in Grammatical "
                 "Error Correction",
        "text": (
            "Large language models (LLMs) prompted or fine-tuned for grammatical error correction (GEC) tend to "
            "over-correct: they rewrite fluent but unidiomatic spans that annotators left untouched, which inflates "
            "recall at the expense of precision under the F0.5 measure used by the CoNLL-2014 and BEA-2019 shared "
            "tasks. We present Wvarnel, a post-training recipe that turns the edits separating each hypothesis from "
            "its source into edit-level preference pairs and optimizes them with a variant of direct preference "
            "optimization (DPO) in which each token's reward is weighted by whether it belongs to a gold edit, a "
            "spurious edit or unchanged context. Starting from Llama-3.1-8B trained with supervised fine-tuning on "
            "cLang-8, Wvarnel reaches an F0.5 of 69.8 on the CoNLL-2014 test set and 76.1 on the BEA-2019 test set, "
            "compared with 66.2 and 72.9 for the supervised fine-tuning baseline and 67.4 and 74.5 for standard DPO. "
            "Precision on CoNLL-2014 rises from 68.9 to 75.3, while recall drops by only 1.1 points. Wvarnel also "
            "improves GLEU on JFLEG from 60.7 to 62.4, indicating that the gain in conservativeness does not cost "
            "fluency. Human raters preferred Wvarnel's corrections over those of GPT-4o in 64% of pairwise "
            "comparisons. Training needs 3.1 GPU-hours on eight A100s."
        ),
        "spans": [
            ("Wvarnel", "M"), ("Large Language Models", "M"), ("Grammatical Error Correction", "T"),
            ("Large language models", "M"), ("LLMs", "M"), ("grammatical error correction", "T"), ("GEC", "T"),
            ("recall", "X"), ("precision", "X"), ("Precision", "X"), ("F0.5", "X"), ("CoNLL-2014", "D"),
            ("BEA-2019", "D"), ("direct preference optimization", "M"), ("DPO", "M"), ("Llama-3.1-8B", "M"),
            ("supervised fine-tuning", "M"), ("cLang-8", "D"), ("GLEU", "X"), ("JFLEG", "D"), ("GPT-4o", "M"),
        ],
        "results": [
            ("F0.5 of 69.8", "F0.5", 69.8, None, "CoNLL-2014", "Wvarnel"),
            ("76.1", "F0.5", 76.1, None, "BEA-2019", "Wvarnel"),
            ("66.2", "F0.5", 66.2, None, "CoNLL-2014", "supervised fine-tuning"),
            ("72.9", "F0.5", 72.9, None, "BEA-2019", "supervised fine-tuning"),
            ("67.4", "F0.5", 67.4, None, "CoNLL-2014", "DPO"),
            ("74.5", "F0.5", 74.5, None, "BEA-2019", "DPO"),
            ("Precision on CoNLL-2014 rises from 68.9 to 75.3", "precision", 75.3, None, "CoNLL-2014", None),
            ("recall drops by only 1.1 points", "recall", 1.1, "points", None, None),
            ("GLEU on JFLEG from 60.7 to 62.4", "GLEU", 62.4, None, "JFLEG", "Wvarnel"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "Wvarnel"),
            ("Training needs 3.1 GPU-hours", "training time", 3.1, "GPU-hours", None, None),
        ],
    },
    {
        "field": "grammatical-error-correction",
        "title": "Wvostrum: One-Pass Edit Tagging for Fast Grammatical Error Correction on CPUs",
        "text": (
            "Tagging models such as GECToR correct grammatical errors several times faster than "
            "sequence-to-sequence models, but they still run three to five tagging passes per sentence, because "
            "many errors only become visible after a neighbouring edit has been applied. We introduce Wvostrum, a "
            "tagger that predicts a whole chain of dependent edits in a single pass by decoding a short latent edit "
            "plan with a two-layer non-autoregressive head on top of a RoBERTa-large encoder. Plans are supervised "
            "with edit chains mined first from the PIE synthetic corpus and then from cLang-8, W&I+LOCNESS and FCE. "
            "On the BEA-2019 test set, Wvostrum obtains an F0.5 of 74.9 [P 80.1 / R 59.6], on par with the "
            "five-iteration GECToR ensemble (74.7) and 1.6 points below the much larger T5-11B (76.5). On "
            "CoNLL-2014, Wvostrum reaches 66.8 F0.5 versus 65.5 for single-model GECToR. Because one pass suffices, "
            "Wvostrum corrects 2,450 sentences per second on one A100 GPU, a 4.3\u00d7 speed-up over iterative "
            "GECToR and 31\u00d7 over T5-large with beam search, and its median latency on a laptop CPU is 9.2 ms "
            "per sentence. Ablations show that the plan head accounts for 2.1 of the F0.5 points gained over a "
            "one-pass tagging baseline, and that plans longer than four edits are rare in learner text."
        ),
        "spans": [
            ("Wvostrum", "M"), ("Grammatical Error Correction", "T"), ("GECToR", "M"),
            ("sequence-to-sequence models", "M"), ("RoBERTa-large", "M"), ("PIE", "D"), ("cLang-8", "D"),
            ("W&I+LOCNESS", "D"), ("FCE", "D"), ("BEA-2019", "D"), ("F0.5", "X"), ("P", "X"), ("R", "X"),
            ("T5-11B", "M"), ("CoNLL-2014", "D"), ("sentences per second", "X"), ("speed-up", "X"),
            ("T5-large", "M"), ("beam search", "M"), ("median latency", "X"),
        ],
        "results": [
            ("F0.5 of 74.9", "F0.5", 74.9, None, "BEA-2019", "Wvostrum"),
            ("P 80.1", "precision", 80.1, None, "BEA-2019", "Wvostrum"),
            ("R 59.6", "recall", 59.6, None, "BEA-2019", "Wvostrum"),
            ("74.7", "F0.5", 74.7, None, "BEA-2019", "GECToR"),
            ("1.6 points below", "F0.5", 1.6, "points", "BEA-2019", "Wvostrum"),
            ("76.5", "F0.5", 76.5, None, "BEA-2019", "T5-11B"),
            ("66.8 F0.5", "F0.5", 66.8, None, "CoNLL-2014", "Wvostrum"),
            ("65.5", "F0.5", 65.5, None, "CoNLL-2014", "GECToR"),
            ("2,450 sentences per second", "throughput", 2450, None, None, "Wvostrum"),
            ("4.3\u00d7 speed-up", "speed-up", 4.3, "\u00d7", None, "Wvostrum"),
            ("31\u00d7", "speed-up", 31, "\u00d7", None, "Wvostrum"),
            ("median latency on a laptop CPU is 9.2 ms", "latency", 9.2, "ms", None, "Wvostrum"),
            ("2.1 of the F0.5 points", "F0.5", 2.1, "points", None, None),
        ],
    },
    {
        "field": "grammatical-error-correction",
        "title": "Wvestik: Phonetic and Glyph Contrastive Pretraining Curbs Over-Correction in Chinese Spelling "
                 "Correction",
        "text": (
            "Chinese spelling correction (CSC) models built on BERT learn to copy most characters and over-correct "
            "the rest toward frequent but wrong candidates, and they generalise poorly beyond the SIGHAN benchmarks "
            "on which they are tuned. We propose Wvestik, which pretrains a character encoder with a contrastive "
            "objective over pinyin and stroke-sequence views of each character and couples it to a copy-aware "
            "correction head that is trained only on positions flagged by a detector. We evaluate on SIGHAN-13, "
            "SIGHAN-14 and SIGHAN-15 and, to test generalisation, on the seven domains of LEMON and the three "
            "domains of ECSpell. At the sentence level, Wvestik attains correction F1 scores of 86.3, 70.9 and 82.4 "
            "on SIGHAN-13, SIGHAN-14 and SIGHAN-15, respectively, outperforming ReaLiSe by 1.6, 2.0 and 1.9 points "
            "and SCOPE by 0.7, 1.1 and 0.4 points. On LEMON, Wvestik reaches an average correction F1 of 57.8, "
            "against 51.2 for MacBERT and 54.6 for ChatGLM-6B fine-tuned with LoRA, and on ECSpell it gains 6.4 "
            "points of correction F1 over ReaLiSe. The false-positive rate on error-free SIGHAN-15 sentences falls "
            "from 13.4% to 7.9%, which addresses the over-correction that users of CSC tools complain about most. "
            "Wvestik adds 18M parameters to a BERT-base backbone and runs at 1.3\u00d7 the latency of MacBERT."
        ),
        "spans": [
            ("Wvestik", "M"), ("Chinese Spelling Correction", "T"), ("Chinese spelling correction", "T"),
            ("CSC", "T"), ("BERT", "M"), ("SIGHAN", "D"), ("SIGHAN-13", "D"), ("SIGHAN-14", "D"),
            ("SIGHAN-15", "D"), ("LEMON", "D"), ("ECSpell", "D"), ("correction F1", "X"),
            ("average correction F1", "X"), ("ReaLiSe", "M"), ("SCOPE", "M"), ("MacBERT", "M"),
            ("ChatGLM-6B", "M"), ("LoRA", "M"), ("false-positive rate", "X"), ("BERT-base", "M"), ("latency", "X"),
        ],
        "results": [
            ("86.3", "correction F1", 86.3, None, "SIGHAN-13", "Wvestik"),
            ("70.9", "correction F1", 70.9, None, "SIGHAN-14", "Wvestik"),
            ("82.4", "correction F1", 82.4, None, "SIGHAN-15", "Wvestik"),
            ("by 1.6", "correction F1", 1.6, "points", "SIGHAN-13", "Wvestik"),
            ("2.0", "correction F1", 2.0, "points", "SIGHAN-14", "Wvestik"),
            ("1.9 points", "correction F1", 1.9, "points", "SIGHAN-15", "Wvestik"),
            ("by 0.7", "correction F1", 0.7, "points", "SIGHAN-13", "Wvestik"),
            ("1.1", "correction F1", 1.1, "points", "SIGHAN-14", "Wvestik"),
            ("0.4 points", "correction F1", 0.4, "points", "SIGHAN-15", "Wvestik"),
            ("average correction F1 of 57.8", "correction F1", 57.8, None, "LEMON", "Wvestik"),
            ("51.2 for MacBERT", "correction F1", 51.2, None, "LEMON", "MacBERT"),
            ("54.6 for ChatGLM-6B", "correction F1", 54.6, None, "LEMON", "ChatGLM-6B"),
            ("gains 6.4 points of correction F1", "correction F1", 6.4, "points", "ECSpell", "Wvestik"),
            ("false-positive rate on error-free SIGHAN-15 sentences falls from 13.4% to 7.9%",
             "false-positive rate", 7.9, "%", "SIGHAN-15", None),
            ("1.3\u00d7 the latency", "latency", 1.3, "\u00d7", None, "Wvestik"),
        ],
    },
    {
        "field": "grammatical-error-correction",
        "title": "Wvondel: Transferring Learner Error Patterns to Synthesize Training Data for Grammatical Error "
                 "Correction in Low-Resource Languages",
        "text": (
            "Grammatical error correction for languages other than English and Chinese is held back by small "
            "learner corpora, and the rule-based noise or back-translation used to create synthetic training pairs "
            "rarely reproduces the errors that real learners make. We present Wvondel, a synthetic data generator "
            "that learns an inventory of error patterns from English learner data, aligns them to a target language "
            "through a multilingual edit classifier, and prompts Qwen2.5-72B-Instruct to instantiate them in clean "
            "monolingual text sampled from CulturaX. We generate 10M sentence pairs for each of German, Czech, "
            "Russian and Ukrainian and pretrain mT5-large and mBART-50 on them before fine-tuning on gold learner "
            "data. With mT5-large, Wvondel data yields F0.5 scores of 76.4 on Falko-MERLIN, 73.8 on GECCC, 58.2 on "
            "RULEC-GEC and 79.1 on UA-GEC, improvements of 1.8\u20134.9 F0.5 points over pretraining on the same "
            "number of round-trip translation pairs. The largest gain is on RULEC-GEC, where gold training data is "
            "scarcest. GPT-4o with five in-context examples scores 61.3, 55.0, 41.7 and 66.8 on the four datasets, "
            "respectively, so the fine-tuned mT5-large is better on every language while being roughly 40\u00d7 "
            "cheaper to run. Pretraining on only 2M Wvondel pairs already matches 10M round-trip translation pairs "
            "on average, and the gains hold for mBART-50. We release the data and the generation prompts."
        ),
        "spans": [
            ("Wvondel", "M"), ("Grammatical Error Correction", "T"), ("Grammatical error correction", "T"),
            ("back-translation", "M"), ("Qwen2.5-72B-Instruct", "M"), ("CulturaX", "D"), ("mT5-large", "M"),
            ("mBART-50", "M"), ("F0.5", "X"), ("Falko-MERLIN", "D"), ("GECCC", "D"), ("RULEC-GEC", "D"),
            ("UA-GEC", "D"), ("round-trip translation", "M"), ("GPT-4o", "M"),
        ],
        "results": [
            ("76.4 on Falko-MERLIN", "F0.5", 76.4, None, "Falko-MERLIN", "Wvondel"),
            ("73.8 on GECCC", "F0.5", 73.8, None, "GECCC", "Wvondel"),
            ("58.2 on RULEC-GEC", "F0.5", 58.2, None, "RULEC-GEC", "Wvondel"),
            ("79.1 on UA-GEC", "F0.5", 79.1, None, "UA-GEC", "Wvondel"),
            ("1.8\u20134.9 F0.5 points", "F0.5", 4.9, "points", None, "Wvondel", {"low": 1.8}),
            ("61.3", "F0.5", 61.3, None, "Falko-MERLIN", "GPT-4o"),
            ("55.0", "F0.5", 55.0, None, "GECCC", "GPT-4o"),
            ("41.7", "F0.5", 41.7, None, "RULEC-GEC", "GPT-4o"),
            ("66.8", "F0.5", 66.8, None, "UA-GEC", "GPT-4o"),
            ("40\u00d7 cheaper", "cost reduction", 40, "\u00d7", None, "mT5-large"),
        ],
    },
    {
        "field": "grammatical-error-correction",
        "title": "Wvilder: Calibrated Edit Voting for Combining Heterogeneous Grammatical Error Correction Systems",
        "text": (
            "System combination remains one of the most reliable ways to push grammatical error correction (GEC) "
            "beyond any single model, yet existing combiners such as ESC and MEMT weight edits by the system that "
            "proposed them and ignore how confident each system is on a given error type. We propose Wvilder, which "
            "represents every candidate edit by the calibrated probabilities that the base systems assign to it, "
            "its error type and its agreement with a small LLM verifier, and learns a combiner by logistic "
            "regression on the BEA-2019 development set. We combine six publicly available systems, including "
            "GECToR, T5-XXL, a fine-tuned Llama-2-13B and GPT-4 used zero-shot. Wvilder reaches 80.4 F0.5 on the "
            "BEA-2019 test set and 73.1 on CoNLL-2014, compared with 79.1 and 71.8 for ESC over the same systems "
            "and 78.6 and 71.0 for minimum Bayes risk (MBR) decoding. On the BEA-2019 test set, precision improves "
            "by 3.4 points over ESC at nearly identical recall. Adding GPT-4 to the pool helps Wvilder (+0.9 F0.5) "
            "but hurts ESC (\u22120.6), because the fluent rewrites of GPT-4 are rewarded only when other systems "
            "agree with them. The combiner has fewer than 2k parameters, and its latency is 3 ms per sentence on a "
            "CPU once the base outputs are available."
        ),
        "spans": [
            ("Wvilder", "M"), ("Grammatical Error Correction", "T"), ("System combination", "M"),
            ("grammatical error correction", "T"), ("GEC", "T"), ("ESC", "M"), ("MEMT", "M"), ("LLM", "M"),
            ("logistic regression", "M"), ("BEA-2019", "D"), ("GECToR", "M"), ("T5-XXL", "M"),
            ("Llama-2-13B", "M"), ("GPT-4", "M"), ("F0.5", "X"), ("CoNLL-2014", "D"), ("minimum Bayes risk", "M"),
            ("MBR", "M"), ("precision", "X"), ("recall", "X"), ("latency", "X"),
        ],
        "results": [
            ("80.4 F0.5", "F0.5", 80.4, None, "BEA-2019", "Wvilder"),
            ("73.1", "F0.5", 73.1, None, "CoNLL-2014", "Wvilder"),
            ("79.1", "F0.5", 79.1, None, "BEA-2019", "ESC"),
            ("71.8", "F0.5", 71.8, None, "CoNLL-2014", "ESC"),
            ("78.6", "F0.5", 78.6, None, "BEA-2019", "MBR"),
            ("71.0", "F0.5", 71.0, None, "CoNLL-2014", "MBR"),
            ("precision improves by 3.4 points", "precision", 3.4, "points", "BEA-2019", None),
            ("+0.9 F0.5", "F0.5", 0.9, None, None, "Wvilder"),
            ("\u22120.6", "F0.5", -0.6, None, None, "ESC"),
            ("latency is 3 ms", "latency", 3, "ms", None, None),
        ],
    },
    {
        "field": "grammatical-error-correction",
        "title": "Wvaskel: Lossless Acceleration of Large Language Models for Grammatical Error Correction via "
                 "Edit-Aware Drafting",
        "text": (
            "Decoder-only large language models now match or surpass sequence-to-sequence models on grammatical "
            "error correction, but generating the corrected sentence token by token is wasteful when most of the "
            "output copies the input. Speculative decoding and shallow aggressive decoding (SAD) exploit this by "
            "drafting from the source, yet their drafts break down after the first edit, where source and output "
            "fall out of alignment. Wvaskel keeps drafting alive by re-aligning the source after every accepted edit "
            "and by predicting, with a 4M-parameter edit-span head, how many tokens to skip or insert. Verification "
            "is exact, so the output is identical to that of greedy decoding. On BEA-2019 and CoNLL-2014 with a "
            "fine-tuned Llama-3-8B, Wvaskel yields speed-ups of 6.8\u00d7 and 7.4\u00d7 over autoregressive "
            "decoding, against 3.9\u00d7 and 4.2\u00d7 for SAD and 2.6\u00d7 for Medusa on both, at unchanged F0.5 "
            "(73.9 and 68.2, respectively). Throughput rises from 46 to 318 tokens per second on a single L40S GPU "
            "at batch size 1, and peak memory grows by only 0.3 GB. On the Chinese NLPCC-2018 and MuCGEC benchmarks "
            "with Qwen2-7B, where edits are denser, the speed-ups are 4.9\u00d7 and 5.3\u00d7, respectively. The "
            "approach needs no change to the base model and no separate draft model, and it composes with "
            "quantization: with 4-bit AWQ weights the BEA-2019 speed-up remains 6.1\u00d7."
        ),
        "spans": [
            ("Wvaskel", "M"), ("Large Language Models", "M"), ("Grammatical Error Correction", "T"),
            ("large language models", "M"), ("sequence-to-sequence models", "M"),
            ("grammatical error correction", "T"), ("Speculative decoding", "M"),
            ("shallow aggressive decoding", "M"), ("SAD", "M"), ("greedy decoding", "M"), ("BEA-2019", "D"),
            ("CoNLL-2014", "D"), ("Llama-3-8B", "M"), ("speed-ups", "X"), ("speed-up", "X"),
            ("autoregressive decoding", "M"), ("Medusa", "M"), ("F0.5", "X"), ("Throughput", "X"),
            ("peak memory", "X"), ("NLPCC-2018", "D"), ("MuCGEC", "D"), ("Qwen2-7B", "M"), ("quantization", "M"),
            ("AWQ", "M"),
        ],
        "results": [
            ("speed-ups of 6.8\u00d7", "speed-up", 6.8, "\u00d7", "BEA-2019", "Wvaskel"),
            ("7.4\u00d7", "speed-up", 7.4, "\u00d7", "CoNLL-2014", "Wvaskel"),
            ("3.9\u00d7", "speed-up", 3.9, "\u00d7", "BEA-2019", "SAD"),
            ("4.2\u00d7", "speed-up", 4.2, "\u00d7", "CoNLL-2014", "SAD"),
            ("2.6\u00d7 for Medusa", "speed-up", 2.6, "\u00d7", None, "Medusa"),
            ("73.9", "F0.5", 73.9, None, "BEA-2019", "Wvaskel"),
            ("68.2", "F0.5", 68.2, None, "CoNLL-2014", "Wvaskel"),
            ("Throughput rises from 46 to 318 tokens per second", "throughput", 318, None, None, None),
            ("peak memory grows by only 0.3 GB", "peak memory", 0.3, "GB", None, None),
            ("speed-ups are 4.9\u00d7", "speed-up", 4.9, "\u00d7", "NLPCC-2018", None),
            ("5.3\u00d7", "speed-up", 5.3, "\u00d7", "MuCGEC", None),
            ("speed-up remains 6.1\u00d7", "speed-up", 6.1, "\u00d7", "BEA-2019", None),
        ],
    },
    # ------------------------------------------------------------ entity-linking
    {
        "field": "entity-linking",
        "title": "Wvortan: Mention-Conditioned Entity Codebooks for Zero-Shot Entity Linking",
        "text": (
            "Zero-shot entity linking asks a model to link mentions to entities of unseen domains that are "
            "described only by short texts. Bi-encoders such as BLINK retrieve candidates with a single vector per "
            "entity, which discards the parts of a description that matter for a particular mention, while "
            "late-interaction retrievers that keep every token vector inflate the index size by two orders of "
            "magnitude. We propose Wvortan, which compresses each entity description into a codebook of eight "
            "vectors learned with product quantization and scores it against a mention by attending over the "
            "codes. On the Zeshel benchmark, Wvortan raises recall@64 on the test worlds from 82.1 (BLINK) to 90.6, "
            "above the 88.9 of the graph-based ArboEL retriever, while its index occupies 3.1 GB instead of the 71 "
            "GB of a ColBERT-style token index. On Zeshel, re-ranking the top 64 candidates with a cross-encoder "
            "lets Wvortan reach an unnormalized accuracy of 70.4 and a normalized accuracy of 77.8, 6.7 and 3.2 "
            "points above BLINK. Gains are largest in worlds whose descriptions are long and formulaic. Retrieving "
            "candidates from the 10K entities of a test world takes 2.4 ms per mention on a single GPU. The learned "
            "codes also transfer without retraining to the entity set of Mewsli-9, where recall@64 improves by 3.5 "
            "points over BLINK."
        ),
        "spans": [
            ("Wvortan", "M"), ("Zero-Shot Entity Linking", "T"), ("Zero-shot entity linking", "T"),
            ("Bi-encoders", "M"), ("BLINK", "M"), ("index size", "X"), ("product quantization", "M"),
            ("Zeshel", "D"), ("recall@64", "X"), ("ArboEL", "M"), ("ColBERT", "M"), ("cross-encoder", "M"),
            ("unnormalized accuracy", "X"), ("normalized accuracy", "X"), ("Mewsli-9", "D"),
        ],
        "results": [
            ("82.1 (BLINK)", "recall@64", 82.1, None, "Zeshel", "BLINK"),
            ("90.6", "recall@64", 90.6, None, "Zeshel", "Wvortan"),
            ("88.9", "recall@64", 88.9, None, "Zeshel", "ArboEL"),
            ("index occupies 3.1 GB", "index size", 3.1, "GB", "Zeshel", "Wvortan"),
            ("71 GB", "index size", 71, "GB", "Zeshel", "ColBERT"),
            ("unnormalized accuracy of 70.4", "unnormalized accuracy", 70.4, None, "Zeshel", "Wvortan"),
            ("normalized accuracy of 77.8", "normalized accuracy", 77.8, None, "Zeshel", "Wvortan"),
            ("6.7", "unnormalized accuracy", 6.7, "points", "Zeshel", "Wvortan"),
            ("3.2 points above", "normalized accuracy", 3.2, "points", "Zeshel", "Wvortan"),
            ("takes 2.4 ms per mention", "retrieval time", 2.4, "ms", None, None),
            ("recall@64 improves by 3.5 points", "recall@64", 3.5, "points", "Mewsli-9", None),
        ],
    },
    {
        "field": "entity-linking",
        "title": "Wvelmira: Candidate-Aware Instruction Tuning of Small Language Models for Robust Entity "
                 "Disambiguation",
        "text": (
            "Generative entity disambiguation models such as GENRE and ExtEnD attain high accuracy on the "
            "AIDA-CoNLL benchmark but lose much of it on out-of-domain corpora, and prompting large language models "
            "such as GPT-4 closes the gap only at a prohibitive cost. We introduce Wvelmira, a 3B-parameter model "
            "that receives the document, the mention and a shortlist of candidates with their Wikidata descriptions "
            "and types, and generates the identifier of the correct entity. It is trained with instruction tuning "
            "on 1.2M hyperlinks from Wikipedia and the AIDA-CoNLL training split, augmented with counterfactual "
            "contexts in which the most popular candidate is wrong. Wvelmira reaches an InKB micro-F1 of 93.1 on "
            "the AIDA-CoNLL test set and an average of 87.6 across MSNBC, AQUAINT, ACE2004, CWEB and WIKI, against "
            "85.4 for ExtEnD, 84.9 for ReFinED and 86.2 for ChatEL with GPT-4. The largest gain is on CWEB, where "
            "Wvelmira improves over ReFinED by 5.8 points. On AIDA-CoNLL mentions whose gold entity is not the most "
            "frequent candidate, the micro-F1 of Wvelmira is 11.3 points higher than that of ReFinED, which "
            "suggests that the counterfactual contexts teach the model to read the document rather than rely on "
            "entity priors. Wvelmira disambiguates 410 mentions per second on one A100, 37\u00d7 faster than ChatEL."
        ),
        "spans": [
            ("Wvelmira", "M"), ("Instruction Tuning", "M"), ("Small Language Models", "M"),
            ("Entity Disambiguation", "T"), ("entity disambiguation", "T"), ("GENRE", "M"), ("ExtEnD", "M"),
            ("accuracy", "X"), ("AIDA-CoNLL", "D"), ("large language models", "M"), ("GPT-4", "M"),
            ("Wikidata", "D"), ("instruction tuning", "M"), ("Wikipedia", "D"), ("InKB micro-F1", "X"),
            ("micro-F1", "X"), ("MSNBC", "D"), ("AQUAINT", "D"), ("ACE2004", "D"), ("CWEB", "D"), ("WIKI", "D"),
            ("ReFinED", "M"), ("ChatEL", "M"), ("mentions per second", "X"),
        ],
        "results": [
            ("InKB micro-F1 of 93.1", "InKB micro-F1", 93.1, None, "AIDA-CoNLL", "Wvelmira"),
            ("average of 87.6", "InKB micro-F1", 87.6, None, None, "Wvelmira"),
            ("85.4 for ExtEnD", "InKB micro-F1", 85.4, None, None, "ExtEnD"),
            ("84.9 for ReFinED", "InKB micro-F1", 84.9, None, None, "ReFinED"),
            ("86.2 for ChatEL", "InKB micro-F1", 86.2, None, None, "ChatEL"),
            ("improves over ReFinED by 5.8 points", "improvement", 5.8, "points", "CWEB", "Wvelmira"),
            ("micro-F1 of Wvelmira is 11.3 points higher", "micro-F1", 11.3, "points", "AIDA-CoNLL", "Wvelmira"),
            ("410 mentions per second", "throughput", 410, None, None, "Wvelmira"),
            ("37\u00d7 faster", "speed-up", 37, "\u00d7", None, "Wvelmira"),
        ],
    },
    {
        "field": "entity-linking",
        "title": "Wvunder: Synonym-Graph Hard Negatives for Biomedical Entity Linking across UMLS Vocabularies",
        "text": (
            "Biomedical entity linking maps mentions of diseases, chemicals and other concepts to identifiers in "
            "ontologies such as UMLS, MeSH and SNOMED CT, where a concept may have dozens of synonyms and many "
            "near-identical neighbours. Approaches based on metric learning, such as SapBERT, learn from synonym "
            "pairs but meet hard negatives only by chance. We present Wvunder, which builds a synonym graph over the "
            "4.2M concepts of UMLS 2023AA, mines negatives from concepts two or three hops away that share surface "
            "tokens with the positive, and trains a PubMedBERT bi-encoder with a margin loss whose margin grows with "
            "graph distance. Without task-specific fine-tuning, Wvunder reaches an Acc@1 of 93.9 on NCBI-disease, "
            "95.2 on BC5CDR-disease, 97.3 on BC5CDR-chemical and 84.6 on COMETA, compared with 92.3, 93.5, 96.5 "
            "and 79.0 for SapBERT. On the document-level MedMentions st21pv benchmark, Wvunder attains a recall@1 "
            "of 71.8 (KRISSBERT: 68.3; BioSyn: 62.4). After fine-tuning on each training set, the gains over "
            "SapBERT narrow to 0.4\u20131.2 Acc@1 points. Mining negatives adds about 14% to pretraining time, and "
            "inference is unchanged because the encoder and the index format are those of SapBERT."
        ),
        "spans": [
            ("Wvunder", "M"), ("Biomedical Entity Linking", "T"), ("Biomedical entity linking", "T"),
            ("UMLS", "D"), ("UMLS 2023AA", "D"), ("MeSH", "D"), ("SNOMED CT", "D"), ("metric learning", "M"),
            ("SapBERT", "M"), ("PubMedBERT", "M"), ("bi-encoder", "M"), ("Acc@1", "X"), ("NCBI-disease", "D"),
            ("BC5CDR-disease", "D"), ("BC5CDR-chemical", "D"), ("COMETA", "D"), ("MedMentions st21pv", "D"),
            ("recall@1", "X"), ("KRISSBERT", "M"), ("BioSyn", "M"), ("pretraining time", "X"),
        ],
        "results": [
            ("Acc@1 of 93.9", "Acc@1", 93.9, None, "NCBI-disease", "Wvunder"),
            ("95.2 on BC5CDR-disease", "Acc@1", 95.2, None, "BC5CDR-disease", "Wvunder"),
            ("97.3 on BC5CDR-chemical", "Acc@1", 97.3, None, "BC5CDR-chemical", "Wvunder"),
            ("84.6 on COMETA", "Acc@1", 84.6, None, "COMETA", "Wvunder"),
            ("92.3", "Acc@1", 92.3, None, "NCBI-disease", "SapBERT"),
            ("93.5", "Acc@1", 93.5, None, "BC5CDR-disease", "SapBERT"),
            ("96.5", "Acc@1", 96.5, None, "BC5CDR-chemical", "SapBERT"),
            ("79.0", "Acc@1", 79.0, None, "COMETA", "SapBERT"),
            ("recall@1 of 71.8", "recall@1", 71.8, None, "MedMentions st21pv", "Wvunder"),
            ("KRISSBERT: 68.3", "recall@1", 68.3, None, "MedMentions st21pv", "KRISSBERT"),
            ("BioSyn: 62.4", "recall@1", 62.4, None, "MedMentions st21pv", "BioSyn"),
            ("0.4\u20131.2 Acc@1 points", "Acc@1", 1.2, "points", None, None, {"low": 0.4}),
            ("adds about 14% to pretraining time", "pretraining time", 14, "%", None, None),
        ],
    },
    {
        "field": "entity-linking",
        "title": "Wvinsk: Script-Agnostic Entity Keys for Multilingual Entity Linking in Low-Resource Languages",
        "text": (
            "Multilingual entity linking models such as mGENRE generate entity names in the language of the mention "
            "and therefore depend on Wikipedia titles existing in that language, an assumption that fails for most "
            "entities in low-resource languages. We propose Wvinsk, a generative linker that decodes a romanized, "
            "language-independent key derived from Wikidata labels and aliases with constrained beam search over a "
            "prefix tree of 20M keys, and then maps the key back to a Wikidata item. Wvinsk is trained on hyperlinks "
            "from Wikipedia editions in 104 languages, with small editions upweighted during sampling. On Mewsli-9, "
            "Wvinsk attains a micro-averaged accuracy of 91.7 (mGENRE 90.6, BELA 88.9), and on the harder Mewsli-X "
            "it reaches 71.4 vs. 65.8 for mGENRE. The gains concentrate in languages whose scripts are poorly "
            "covered by Wikipedia titles: on the hard subset of TR2016, which keeps mentions whose most frequent "
            "entity is wrong, Wvinsk improves recall@1 by 8.3 points over mGENRE. Because keys are shorter than "
            "titles, Wvinsk needs 38% fewer decoding steps than mGENRE, and its end-to-end latency drops from 212 ms "
            "to 131 ms per document on a V100 GPU. An error analysis shows that the remaining failures are mostly "
            "transliteration collisions between unrelated entities, which a second pass over entity descriptions "
            "resolves in half of the cases."
        ),
        "spans": [
            ("Wvinsk", "M"), ("Multilingual Entity Linking", "T"), ("Multilingual entity linking", "T"),
            ("mGENRE", "M"), ("Wikipedia", "D"), ("Wikidata", "D"), ("constrained beam search", "M"),
            ("Mewsli-9", "D"), ("micro-averaged accuracy", "X"), ("BELA", "M"), ("Mewsli-X", "D"), ("TR2016", "D"),
            ("recall@1", "X"), ("decoding steps", "X"), ("end-to-end latency", "X"),
        ],
        "results": [
            ("micro-averaged accuracy of 91.7", "micro-averaged accuracy", 91.7, None, "Mewsli-9", "Wvinsk"),
            ("mGENRE 90.6", "micro-averaged accuracy", 90.6, None, "Mewsli-9", "mGENRE"),
            ("BELA 88.9", "micro-averaged accuracy", 88.9, None, "Mewsli-9", "BELA"),
            ("71.4", "micro-averaged accuracy", 71.4, None, "Mewsli-X", "Wvinsk"),
            ("65.8 for mGENRE", "micro-averaged accuracy", 65.8, None, "Mewsli-X", "mGENRE"),
            ("improves recall@1 by 8.3 points", "recall@1", 8.3, "points", "TR2016", "Wvinsk"),
            ("38% fewer decoding steps", "decoding steps reduction", 38, "%", None, "Wvinsk"),
            ("end-to-end latency drops from 212 ms to 131 ms", "end-to-end latency", 131, "ms", None, "Wvinsk"),
        ],
    },
    {
        "field": "entity-linking",
        "title": "Wvoldrax: Single-Pass End-to-End Entity Linking at Web Scale",
        "text": (
            "End-to-end entity linking systems must both detect mentions and disambiguate them, and the strongest "
            "of them, such as EntQA and the autoregressive linker of De Cao et al., either retrieve entities before "
            "reading the document or decode one token at a time, which makes them too slow to annotate web-scale "
            "corpora. We introduce Wvoldrax, which encodes a document once with a Longformer-base encoder, proposes "
            "spans and scores them against a precomputed table of 6M Wikipedia entity embeddings in the same forward "
            "pass, and resolves overlapping spans with a lightweight conditional random field. Under strong "
            "matching, Wvoldrax obtains an InKB micro-F1 of 86.9 on the AIDA-CoNLL test set, 0.8 points below EntQA "
            "(87.7) and 1.5 points above ReFinED (85.4), and averages 61.3 over the out-of-domain KORE50, OKE-2015, "
            "OKE-2016, N3-Reuters-128 and Derczynski datasets, the best among the systems we compare. Its main "
            "advantage is speed: Wvoldrax processes 1,180 documents per second on one A100, 58\u00d7 more than EntQA "
            "and 2.7\u00d7 more than ReFinED, while using 41% less GPU memory than ReFinED. Linking all 3.2B words "
            "of the English Wikipedia takes 5.1 GPU-hours. Adding 500K entities to the table after training, "
            "without retraining, lowers micro-F1 on AIDA-CoNLL by just 0.3 points."
        ),
        "spans": [
            ("Wvoldrax", "M"), ("End-to-End Entity Linking", "T"), ("End-to-end entity linking", "T"),
            ("EntQA", "M"), ("Longformer-base", "M"), ("Wikipedia", "D"), ("conditional random field", "M"),
            ("InKB micro-F1", "X"), ("micro-F1", "X"), ("AIDA-CoNLL", "D"), ("ReFinED", "M"), ("KORE50", "D"),
            ("OKE-2015", "D"), ("OKE-2016", "D"), ("N3-Reuters-128", "D"), ("Derczynski", "D"),
            ("documents per second", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("InKB micro-F1 of 86.9", "InKB micro-F1", 86.9, None, "AIDA-CoNLL", "Wvoldrax"),
            ("0.8 points below", "InKB micro-F1", 0.8, "points", "AIDA-CoNLL", "Wvoldrax"),
            ("87.7", "InKB micro-F1", 87.7, None, "AIDA-CoNLL", "EntQA"),
            ("1.5 points above", "InKB micro-F1", 1.5, "points", "AIDA-CoNLL", "Wvoldrax"),
            ("85.4", "InKB micro-F1", 85.4, None, "AIDA-CoNLL", "ReFinED"),
            ("averages 61.3", "InKB micro-F1", 61.3, None, None, "Wvoldrax"),
            ("1,180 documents per second", "throughput", 1180, None, None, "Wvoldrax"),
            ("58\u00d7 more", "speed-up", 58, "\u00d7", None, "Wvoldrax"),
            ("2.7\u00d7 more", "speed-up", 2.7, "\u00d7", None, "Wvoldrax"),
            ("41% less GPU memory", "GPU memory reduction", 41, "%", None, "Wvoldrax"),
            ("Linking all 3.2B words of the English Wikipedia takes 5.1 GPU-hours", "linking time", 5.1,
             "GPU-hours", "Wikipedia", None),
            ("lowers micro-F1 on AIDA-CoNLL by just 0.3 points", "micro-F1", 0.3, "points", "AIDA-CoNLL", None),
        ],
    },
    {
        "field": "entity-linking",
        "title": "Wvapsis: Knowledge-Graph Probing Agents for Entity Linking in Short Questions",
        "text": (
            "Entity linking in questions is a bottleneck of knowledge base question answering: questions are short, "
            "mentions are often lowercase or misspelled, and the context needed to disambiguate them is usually a "
            "relation that the question only implies. Retrieval-based linkers such as ELQ score each candidate "
            "against the question text alone. We propose Wvapsis, in which a language model fine-tuned from "
            "Mistral-7B proposes candidate entities, issues one-hop queries to Wikidata to check whether the "
            "relations a candidate takes part in fit the question, and commits to an entity only when the evidence "
            "agrees. The agent is trained on trajectories from a larger teacher model that are filtered by "
            "rejection sampling, and it needs at most three knowledge-graph calls per question. On WebQSP-EL and "
            "GraphQuestions-EL, Wvapsis improves F1 over ELQ by 4.6 and 9.2 points, respectively, with the larger "
            "gain on the compositional questions of GraphQuestions-EL, and it is on par with GPT-4o prompted with "
            "the same tools while running locally. Linking errors also propagate less downstream: plugged into a "
            "standard semantic parsing pipeline, Wvapsis raises answer F1 on WebQSP by 2.9 points. Most remaining "
            "errors involve entities with no Wikidata relations that match the question, which we release as a "
            "diagnostic set of 1,214 questions."
        ),
        "spans": [
            ("Wvapsis", "M"), ("Entity Linking", "T"), ("Entity linking", "T"),
            ("knowledge base question answering", "T"), ("ELQ", "M"), ("Mistral-7B", "M"), ("Wikidata", "D"),
            ("rejection sampling", "M"), ("WebQSP-EL", "D"), ("GraphQuestions-EL", "D"), ("F1", "X"),
            ("GPT-4o", "M"), ("semantic parsing", "T"), ("answer F1", "X"), ("WebQSP", "D"),
        ],
        "results": [
            ("F1 over ELQ by 4.6", "F1", 4.6, "points", "WebQSP-EL", "Wvapsis"),
            ("9.2 points", "F1", 9.2, "points", "GraphQuestions-EL", "Wvapsis"),
            ("answer F1 on WebQSP by 2.9 points", "answer F1", 2.9, "points", "WebQSP", "Wvapsis"),
        ],
    },
]
