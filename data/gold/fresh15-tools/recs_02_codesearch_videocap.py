"""fresh15 records: code-search (6) and video-captioning (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind: the
pipeline, its code and its output were never looked at or run)."""

COINED = ["Rwennick", "Rwistral", "Rwaskel", "Rwindle", "Rwoldex", "Rwestrin",
          "Rwelkin", "Rwortle", "Rwaystone", "Rwimbrel", "Rwessary", "Rwuthane"]

RECS = [
    # ------------------------------------------------------------ code-search
    {
        "field": "code-search",
        "title": "Rwennick: Difficulty-Scheduled Hard Negatives for Contrastive Pretraining in Natural-Language Code Search",
        "text": (
            "Natural-language code search asks a model to retrieve the function that implements a developer's query, "
            "and bi-encoders such as UniXcoder and CodeSage have become the default choice. Their training, however, "
            "draws in-batch negatives almost at random, so the encoder rarely sees the near-duplicate implementations "
            "that dominate real repositories. We present Rwennick, a contrastive pretraining recipe that mines hard "
            "negatives from small syntax-tree edits and schedules them by difficulty over training, while a momentum "
            "queue keeps 65,536 candidates per step. Starting from UniXcoder, Rwennick is trained on the six-language "
            "CodeSearchNet corpus and evaluated both zero-shot and fine-tuned. Fine-tuned, Rwennick reaches an average "
            "MRR of 79.6 across the six CodeSearchNet languages, compared with 74.4 for UniXcoder and 76.9 for "
            "CoCoSoDa. On AdvTest, where function and variable names are normalised, Rwennick raises MRR from 41.3 for "
            "UniXcoder to 48.7, and on CoSQA it obtains 72.5 MRR (+3.4 over CodeRetriever). Zero-shot, Rwennick "
            "improves the average nDCG@10 on the CoIR benchmark by 4.8 points over the base encoder. Ablations show "
            "that the schedule, not the queue size, accounts for most of the gain: removing it costs 2.9 MRR on "
            "AdvTest. The encoder keeps the 125M parameters of its base model, so encoding latency per query stays at "
            "6 ms on a single A100 GPU."
        ),
        "spans": [
            ("Rwennick", "M"), ("Contrastive Pretraining", "M"), ("contrastive pretraining", "M"),
            ("Natural-Language Code Search", "T"), ("Natural-language code search", "T"),
            ("bi-encoders", "M"), ("UniXcoder", "M"), ("CodeSage", "M"), ("CodeSearchNet", "D"),
            ("average MRR", "X"), ("MRR", "X"), ("CoCoSoDa", "M"), ("AdvTest", "D"), ("CoSQA", "D"),
            ("CodeRetriever", "M"), ("average nDCG@10", "X"), ("CoIR", "D"), ("encoding latency", "X"),
        ],
        "results": [
            ("average MRR of 79.6", "MRR", 79.6, None, "CodeSearchNet", "Rwennick"),
            ("74.4", "MRR", 74.4, None, "CodeSearchNet", "UniXcoder"),
            ("76.9", "MRR", 76.9, None, "CodeSearchNet", "CoCoSoDa"),
            ("41.3", "MRR", 41.3, None, "AdvTest", "UniXcoder"),
            ("MRR from 41.3 for UniXcoder to 48.7", "MRR", 48.7, None, "AdvTest", "Rwennick"),
            ("72.5 MRR", "MRR", 72.5, None, "CoSQA", "Rwennick"),
            ("+3.4", "MRR", 3.4, "points", "CoSQA", "Rwennick"),
            ("average nDCG@10 on the CoIR benchmark by 4.8 points", "nDCG@10", 4.8, "points", "CoIR", "Rwennick"),
            ("2.9 MRR", "MRR", 2.9, "points", "AdvTest", None),
            ("encoding latency per query stays at 6 ms", "encoding latency", 6, "ms", None, None),
        ],
    },
    {
        "field": "code-search",
        "title": "Rwistral: Truncatable One-Bit Code Embeddings for Repository-Scale Code Search",
        "text": (
            "Dense code retrievers built on large language models, such as CodeSage-large and Nomic Embed Code, now "
            "lead text-to-code retrieval benchmarks, but their 1,024- to 3,584-dimensional float vectors make "
            "repository-scale indexes expensive to store and slow to search. We introduce Rwistral, a 350M-parameter "
            "code embedding model trained with Matryoshka representation learning and a contrastive objective that is "
            "aware of binary quantization, so that a single checkpoint can be truncated to 64\u20131,024 dimensions and "
            "stored at one bit per dimension. A lightweight re-scoring step with the float query recovers most of what "
            "quantization loses. On the code subsets of CoIR, Rwistral at 1,024 float dimensions obtains 68.2 average "
            "nDCG@10, against 67.4 for CodeSage-large and 70.1 for Voyage-code-3, a commercial API. Binarised to 256 "
            "dimensions, Rwistral keeps 96.8% of its float nDCG@10 while reducing index size 128\u00d7 (from 4 KB to "
            "32 bytes per function). On CodeSearchNet, MRR drops only from 0.781 to 0.764 under the same compression. "
            "Search latency over a 12-million-function index is 9.4 ms per query on one CPU core with Hamming-distance "
            "pre-filtering, a 23\u00d7 speed-up over exact float search with FAISS, and peak memory falls from 46 GB to "
            "0.4 GB. We release the model together with a harness for evaluating repository-scale code search."
        ),
        "spans": [
            ("Rwistral", "M"), ("Code Search", "T"), ("code search", "T"), ("large language models", "M"),
            ("CodeSage-large", "M"), ("Nomic Embed Code", "M"), ("text-to-code retrieval", "T"),
            ("Matryoshka representation learning", "M"), ("binary quantization", "M"), ("quantization", "M"),
            ("CoIR", "D"), ("average nDCG@10", "X"), ("nDCG@10", "X"), ("Voyage-code-3", "M"),
            ("index size", "X"), ("CodeSearchNet", "D"), ("MRR", "X"), ("Search latency", "X"),
            ("speed-up", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("68.2 average nDCG@10", "nDCG@10", 68.2, None, "CoIR", "Rwistral"),
            ("67.4", "nDCG@10", 67.4, None, "CoIR", "CodeSage-large"),
            ("70.1", "nDCG@10", 70.1, None, "CoIR", "Voyage-code-3"),
            ("96.8% of its float nDCG@10", "relative nDCG@10", 96.8, "%", None, "Rwistral"),
            ("reducing index size 128\u00d7", "index size reduction", 128, "\u00d7", None, "Rwistral"),
            ("from 4 KB to 32 bytes", "index size", 32, "bytes", None, "Rwistral"),
            ("MRR drops only from 0.781 to 0.764", "MRR", 0.764, None, "CodeSearchNet", None),
            ("Search latency over a 12-million-function index is 9.4 ms", "search latency", 9.4, "ms", None, None),
            ("23\u00d7 speed-up", "speed-up", 23, "\u00d7", None, None),
            ("peak memory falls from 46 GB to 0.4 GB", "peak memory", 0.4, "GB", None, None),
        ],
    },
    {
        "field": "code-search",
        "title": "Rwaskel: Distilled Hypothetical Code Drafts for Query Expansion in Code Retrieval",
        "text": (
            "Developers phrase search queries in terse natural language, while the functions they are looking for are "
            "written in code, and this modality gap remains the main source of error for code retrieval systems. "
            "Inspired by HyDE, recent work asks a large language model to draft a hypothetical solution and searches "
            "with it instead of the query, but drafts from general-purpose models are often syntactically plausible "
            "yet semantically wrong, and the cost of generation is paid on every query. We propose Rwaskel, which "
            "distills the drafting step into a 1.3B code model fine-tuned from DeepSeek-Coder on query\u2013function "
            "pairs and fuses the draft with the original query in the embedding space of a frozen retriever. Rwaskel "
            "requires no change to the index and works with any bi-encoder. Paired with UniXcoder, Rwaskel raises MRR "
            "on CoSQA from 0.412 to 0.467, and with CodeT5+ 110M embedding it gains 5.1 MRR points on the Python split "
            "of CodeSearchNet. The drafting step adds 38 ms of latency per query, compared with 410 ms for drafting "
            "with GPT-4o-mini through an API. We also find that the expansion helps most on queries shorter than six "
            "tokens and can hurt on long, already precise queries, which suggests routing queries by length before "
            "deciding whether to draft at all."
        ),
        "spans": [
            ("Rwaskel", "M"), ("Query Expansion", "M"), ("Code Retrieval", "T"), ("code retrieval", "T"),
            ("HyDE", "M"), ("large language model", "M"), ("DeepSeek-Coder", "M"), ("bi-encoder", "M"),
            ("UniXcoder", "M"), ("MRR", "X"), ("CoSQA", "D"), ("CodeT5+ 110M embedding", "M"),
            ("CodeSearchNet", "D"), ("latency", "X"), ("GPT-4o-mini", "M"),
        ],
        "results": [
            ("MRR on CoSQA from 0.412 to 0.467", "MRR", 0.467, None, "CoSQA", "Rwaskel"),
            ("5.1 MRR points", "MRR", 5.1, "points", "CodeSearchNet", "Rwaskel"),
            ("38 ms of latency", "latency", 38, "ms", None, None),
            ("410 ms", "latency", 410, "ms", None, "GPT-4o-mini"),
        ],
    },
    {
        "field": "code-search",
        "title": "Rwindle: A Benchmark for Natural-Language Code Search over Private Enterprise Codebases",
        "text": (
            "Public code search benchmarks such as CodeSearchNet and CoSQA draw their queries from docstrings or web "
            "search logs and their candidates from popular open-source projects, which large code models have very "
            "likely seen during pre-training. We introduce Rwindle, a benchmark of 4,812 natural-language queries "
            "written by 37 professional developers against 11 proprietary codebases in Java, Go, TypeScript and C#, "
            "with graded relevance judgments over 1.9 million candidate functions. Queries in Rwindle are longer, use "
            "project-specific vocabulary and frequently target several functions at once. We evaluate sparse, dense "
            "and late-interaction retrievers as well as LLM rerankers. On Rwindle, BM25 reaches an nDCG@10 of 31.7, "
            "ahead of CodeBERT (18.2) and GraphCodeBERT (22.6) fine-tuned on CodeSearchNet. The strongest dense "
            "models, CodeSage-large, jina-embeddings-v2-base-code and text-embedding-3-large, obtain 39.4, 36.1 and "
            "41.8 nDCG@10, respectively, while ColBERTv2 reaches 38.0. Qwen2.5-Coder-32B-Instruct, used as a listwise "
            "reranker over the top 100 candidates of text-embedding-3-large, lifts nDCG@10 to 47.3 but needs 2.6 s "
            "per query. Recall@100 never exceeds 78% for any first-stage retriever, leaving considerable headroom. "
            "Scores also vary sharply across codebases, between 24.1 and 58.9 nDCG@10 for the best system, and "
            "rankings on CodeSearchNet predict them poorly. Rwindle and its evaluation code are available under a "
            "research license."
        ),
        "spans": [
            ("Rwindle", "D"), ("Natural-Language Code Search", "T"), ("code search", "T"), ("CodeSearchNet", "D"),
            ("CoSQA", "D"), ("LLM", "M"), ("BM25", "M"), ("nDCG@10", "X"), ("CodeBERT", "M"),
            ("GraphCodeBERT", "M"), ("CodeSage-large", "M"), ("jina-embeddings-v2-base-code", "M"),
            ("text-embedding-3-large", "M"), ("ColBERTv2", "M"), ("Qwen2.5-Coder-32B-Instruct", "M"),
            ("Recall@100", "X"),
        ],
        "results": [
            ("nDCG@10 of 31.7", "nDCG@10", 31.7, None, "Rwindle", "BM25"),
            ("18.2", "nDCG@10", 18.2, None, "Rwindle", "CodeBERT"),
            ("22.6", "nDCG@10", 22.6, None, "Rwindle", "GraphCodeBERT"),
            ("39.4", "nDCG@10", 39.4, None, None, "CodeSage-large"),
            ("36.1", "nDCG@10", 36.1, None, None, "jina-embeddings-v2-base-code"),
            ("41.8 nDCG@10", "nDCG@10", 41.8, None, None, "text-embedding-3-large"),
            ("38.0", "nDCG@10", 38.0, None, None, "ColBERTv2"),
            ("nDCG@10 to 47.3", "nDCG@10", 47.3, None, None, "Qwen2.5-Coder-32B-Instruct"),
            ("2.6 s per query", "latency", 2.6, "s", None, "Qwen2.5-Coder-32B-Instruct"),
            ("Recall@100 never exceeds 78%", "Recall@100", 78, "%", None, None),
            ("between 24.1 and 58.9 nDCG@10", "nDCG@10", 58.9, None, None, None, {"low": 24.1}),
        ],
    },
    {
        "field": "code-search",
        "title": "Rwoldex: Data-Flow-Guided Token Pruning for Fast Cross-Language Code-to-Code Retrieval",
        "text": (
            "Code-to-code retrieval, which finds semantically equivalent programs written in other languages, "
            "supports clone detection, code translation and vulnerability detection, but Transformer encoders spend "
            "most of their compute on tokens that carry little meaning, such as delimiters, boilerplate imports and "
            "repeated identifiers. We present Rwoldex, a token pruning scheme for code encoders that scores every token "
            "by its position in the data-flow graph and drops the lowest-scoring ones between layers, so that the "
            "sequence shrinks by half after the fourth layer and by three quarters after the eighth. Rwoldex needs no "
            "retraining of the backbone beyond a 2,000-step calibration of the scoring heads. Applied to UniXcoder, "
            "Rwoldex cuts encoder FLOPs by 61% and raises throughput from 410 to 1,020 functions per second on an "
            "A10G GPU. On the zero-shot cross-language code-to-code search benchmark derived from CodeNet, Rwoldex "
            "keeps mean average precision (MAP) at 20.1, against 20.4 without pruning, whereas token merging with ToMe "
            "loses 3.7 points. On the code-to-code retrieval task of XCodeEval, Rwoldex-UniXcoder reaches 64.9 Acc@1 "
            "against 65.3 for the unpruned encoder and 58.2 for a distilled 6-layer student of the same speed. Pruning "
            "GraphCodeBERT gives similar savings (2.3\u00d7 faster encoding, \u22120.6 MAP). These results suggest "
            "that data flow is a reliable guide to which code tokens matter for retrieval."
        ),
        "spans": [
            ("Rwoldex", "M"), ("Rwoldex-UniXcoder", "M"), ("Token Pruning", "M"), ("token pruning", "M"),
            ("Cross-Language Code-to-Code Retrieval", "T"), ("Code-to-code retrieval", "T"),
            ("code-to-code retrieval", "T"), ("cross-language code-to-code search", "T"),
            ("clone detection", "T"), ("code translation", "T"), ("vulnerability detection", "T"),
            ("Transformer", "M"), ("UniXcoder", "M"), ("FLOPs", "X"), ("throughput", "X"), ("CodeNet", "D"),
            ("mean average precision", "X"), ("MAP", "X"), ("token merging", "M"), ("ToMe", "M"),
            ("XCodeEval", "D"), ("Acc@1", "X"), ("GraphCodeBERT", "M"),
        ],
        "results": [
            ("FLOPs by 61%", "FLOPs reduction", 61, "%", None, "Rwoldex"),
            ("throughput from 410 to 1,020 functions per second", "throughput", 1020, "functions/s", None, "Rwoldex"),
            ("mean average precision (MAP) at 20.1", "MAP", 20.1, None, "CodeNet", "Rwoldex"),
            ("20.4", "MAP", 20.4, None, "CodeNet", None),
            ("loses 3.7 points", "MAP", 3.7, "points", "CodeNet", "ToMe"),
            ("64.9 Acc@1", "Acc@1", 64.9, None, "XCodeEval", "Rwoldex-UniXcoder"),
            ("65.3", "Acc@1", 65.3, None, "XCodeEval", None),
            ("58.2", "Acc@1", 58.2, None, "XCodeEval", None),
            ("2.3\u00d7 faster encoding", "speed-up", 2.3, "\u00d7", None, None),
            ("\u22120.6 MAP", "MAP", -0.6, None, None, None),
        ],
    },
    {
        "field": "code-search",
        "title": "Rwestrin: Instruction-Tuned Code Embeddings Mined from Commit Histories for Issue-to-Code Retrieval",
        "text": (
            "Locating the functions that must change to resolve a bug report is a natural-language code search problem "
            "in disguise, yet general text embedders and code retrievers trained on docstring\u2013function pairs "
            "transfer poorly to it. We mine 2.4 million (issue, patched function) pairs from the commit histories of "
            "61k permissively licensed GitHub repositories and use them to turn Qwen2.5-Coder-7B into Rwestrin, a "
            "decoder-based code embedding model with last-token pooling and task instructions prepended to queries. "
            "Training uses InfoNCE with in-repository hard negatives and LoRA adapters of rank 64. On SWE-bench Lite, "
            "Rwestrin reaches 71.3% Recall@10 at the function level (vs. 58.9% for BM25 and 63.5% for "
            "SFR-Embedding-Code-2B), and on SWE-bench Verified it reaches 68.0% (vs. 60.2% for the strongest "
            "baseline). Rwestrin also transfers to conventional benchmarks: on CoIR it scores 66.7 average nDCG@10 "
            "[CodeSage-large: 64.2; E5-Mistral-7B: 58.1]. As the retriever for DeepSeek-Coder-V2-Lite on "
            "CodeRAG-Bench, Rwestrin lifts pass@1 from 34.6 to 39.2 on the library-documentation split. Plugged into "
            "the Agentless localization stage, Rwestrin raises the resolution rate of Claude 3.5 Sonnet on SWE-bench "
            "Lite by 2.7 points at no extra LLM calls. Embedding a repository of 200k functions takes 11 minutes on "
            "eight H100 GPUs, and the index can be updated incrementally as commits arrive."
        ),
        "spans": [
            ("Rwestrin", "M"), ("Issue-to-Code Retrieval", "T"), ("natural-language code search", "T"),
            ("Qwen2.5-Coder-7B", "M"), ("last-token pooling", "M"), ("InfoNCE", "M"), ("LoRA", "M"),
            ("SWE-bench Lite", "D"), ("SWE-bench Verified", "D"), ("Recall@10", "X"), ("BM25", "M"),
            ("SFR-Embedding-Code-2B", "M"), ("CoIR", "D"), ("average nDCG@10", "X"), ("CodeSage-large", "M"),
            ("E5-Mistral-7B", "M"), ("DeepSeek-Coder-V2-Lite", "M"), ("CodeRAG-Bench", "D"), ("pass@1", "X"),
            ("Agentless", "M"), ("resolution rate", "X"), ("Claude 3.5 Sonnet", "M"), ("LLM", "M"),
        ],
        "results": [
            ("71.3% Recall@10", "Recall@10", 71.3, "%", "SWE-bench Lite", "Rwestrin"),
            ("58.9%", "Recall@10", 58.9, "%", "SWE-bench Lite", "BM25"),
            ("63.5%", "Recall@10", 63.5, "%", "SWE-bench Lite", "SFR-Embedding-Code-2B"),
            ("68.0%", "Recall@10", 68.0, "%", "SWE-bench Verified", "Rwestrin"),
            ("60.2%", "Recall@10", 60.2, "%", "SWE-bench Verified", None),
            ("66.7 average nDCG@10", "nDCG@10", 66.7, None, "CoIR", "Rwestrin"),
            ("64.2", "nDCG@10", 64.2, None, "CoIR", "CodeSage-large"),
            ("58.1", "nDCG@10", 58.1, None, "CoIR", "E5-Mistral-7B"),
            ("pass@1 from 34.6 to 39.2", "pass@1", 39.2, None, "CodeRAG-Bench", "Rwestrin"),
            ("resolution rate of Claude 3.5 Sonnet on SWE-bench Lite by 2.7 points", "resolution rate", 2.7,
             "points", "SWE-bench Lite", "Rwestrin"),
            ("takes 11 minutes", "embedding time", 11, "min", None, None),
        ],
    },
    # ------------------------------------------------------------ video-captioning
    {
        "field": "video-captioning",
        "title": "Rwelkin: Boundary-Refined Event Queries for Parallel Dense Video Captioning",
        "text": (
            "Dense video captioning requires a model to localize every event in an untrimmed video and describe each "
            "one in natural language. Query-based detectors such as PDVC predict events in parallel but treat the two "
            "subtasks almost independently, while sequence-to-sequence models such as Vid2Seq couple them through time "
            "tokens at the price of slow autoregressive decoding over long videos. We propose Rwelkin, a parallel "
            "decoder whose event queries are refined by a boundary head that attends to frame-level feature "
            "differences and whose captioning head is conditioned on the refined boundaries through deformable "
            "temporal attention. A contrastive caption\u2013segment alignment loss ties the two heads together during "
            "training. Built on CLIP ViT-L/14 features, Rwelkin sets a new state of the art among models without "
            "large-scale narrated-video pretraining. On ActivityNet Captions, Rwelkin obtains 7.21 SODA_c, 38.4 CIDEr "
            "and 10.9 METEOR, improving over PDVC by 1.7, 9.4 and 2.0 points, respectively; on YouCook2 it reaches "
            "6.8 SODA_c and 41.2 CIDEr, compared with 7.9 and 47.1 for Vid2Seq, which is pretrained on 15M narrated "
            "YouTube videos. Event localization is also more precise: F1 rises from 52.9 to 57.6 on ActivityNet "
            "Captions. Because decoding is parallel, Rwelkin processes a three-minute video in 0.21 s, 6.4\u00d7 "
            "faster than Vid2Seq."
        ),
        "spans": [
            ("Rwelkin", "M"), ("Dense Video Captioning", "T"), ("Dense video captioning", "T"), ("PDVC", "M"),
            ("sequence-to-sequence models", "M"), ("Vid2Seq", "M"), ("autoregressive decoding", "M"),
            ("deformable temporal attention", "M"), ("CLIP ViT-L/14", "M"), ("ActivityNet Captions", "D"),
            ("SODA_c", "X"), ("CIDEr", "X"), ("METEOR", "X"), ("YouCook2", "D"),
            ("Event localization", "T"), ("F1", "X"),
        ],
        "results": [
            ("7.21 SODA_c", "SODA_c", 7.21, None, "ActivityNet Captions", "Rwelkin"),
            ("38.4 CIDEr", "CIDEr", 38.4, None, "ActivityNet Captions", "Rwelkin"),
            ("10.9 METEOR", "METEOR", 10.9, None, "ActivityNet Captions", "Rwelkin"),
            ("1.7", "SODA_c", 1.7, "points", "ActivityNet Captions", "Rwelkin"),
            ("9.4", "CIDEr", 9.4, "points", "ActivityNet Captions", "Rwelkin"),
            ("2.0 points", "METEOR", 2.0, "points", "ActivityNet Captions", "Rwelkin"),
            ("6.8 SODA_c", "SODA_c", 6.8, None, "YouCook2", "Rwelkin"),
            ("41.2 CIDEr", "CIDEr", 41.2, None, "YouCook2", "Rwelkin"),
            ("7.9", "SODA_c", 7.9, None, "YouCook2", "Vid2Seq"),
            ("47.1", "CIDEr", 47.1, None, "YouCook2", "Vid2Seq"),
            ("F1 rises from 52.9 to 57.6", "F1", 57.6, None, "ActivityNet Captions", None),
            ("in 0.21 s", "latency", 0.21, "s", None, "Rwelkin"),
            ("6.4\u00d7 faster", "speed-up", 6.4, "\u00d7", None, "Rwelkin"),
        ],
    },
    {
        "field": "video-captioning",
        "title": "Rwortle: Teaching Video-LLMs to Describe What Changes Rather Than What Is There",
        "text": (
            "Captions produced by video large language models tend to describe the static scene of the first frame "
            "and to miss the actions that unfold afterwards, a bias that standard captioning metrics barely penalize. "
            "We trace this to instruction data in which most captions could have been written from a single frame, "
            "and propose Rwortle, a data-curation and training recipe that keeps only captions whose content cannot be "
            "recovered from any single frame, as judged by an image captioner, and adds a temporal-contrast objective "
            "that pushes apart the captions of a clip and of its time-reversed copy. We fine-tune LLaVA-OneVision-7B "
            "on 180k curated clips drawn from ShareGPT4Video and Panda-70M. On the DREAM-1K detailed-description "
            "benchmark, Rwortle improves the AutoDQ F1 from 29.4 to 33.8, and on the VDC benchmark its average "
            "accuracy rises by 3.1 points. Gains on conventional single-sentence video captioning are smaller but "
            "consistent, with CIDEr on MSR-VTT going from 63.2 to 65.0 in the zero-shot setting. In a blinded human "
            "study, annotators preferred Rwortle's captions over those of the base model in 64% of pairwise "
            "comparisons, most often citing fewer hallucinated actions. The curated subset and the filtering code "
            "are released to support further work on temporally faithful captioning."
        ),
        "spans": [
            ("Rwortle", "M"), ("Video-LLMs", "M"), ("video large language models", "M"),
            ("LLaVA-OneVision-7B", "M"), ("ShareGPT4Video", "D"), ("Panda-70M", "D"), ("DREAM-1K", "D"),
            ("AutoDQ F1", "X"), ("VDC", "D"), ("average accuracy", "X"), ("video captioning", "T"),
            ("CIDEr", "X"), ("MSR-VTT", "D"),
        ],
        "results": [
            ("AutoDQ F1 from 29.4 to 33.8", "AutoDQ F1", 33.8, None, "DREAM-1K", "Rwortle"),
            ("average accuracy rises by 3.1 points", "accuracy", 3.1, "points", "VDC", "Rwortle"),
            ("CIDEr on MSR-VTT going from 63.2 to 65.0", "CIDEr", 65.0, None, "MSR-VTT", None),
            ("in 64% of pairwise comparisons", "win rate", 64, "%", None, "Rwortle"),
        ],
    },
    {
        "field": "video-captioning",
        "title": "Rwaystone: Clustering Visual Tokens for Long-Video Captioning with Multimodal LLMs",
        "text": (
            "Multimodal large language models caption short clips well, but on videos lasting several minutes the "
            "number of visual tokens quickly exceeds what fits in memory, and uniform frame subsampling discards the "
            "brief events that a good caption should mention. We present Rwaystone, a training-free token reduction "
            "module that clusters patch tokens across space and time with a streaming variant of k-means and feeds "
            "only the cluster centroids, tagged with their timestamps, to the language model. Rwaystone plugs into "
            "Qwen2-VL-7B and InternVL2.5-8B without fine-tuning. On VATEX, Qwen2-VL-7B with Rwaystone keeps a quarter "
            "of the visual tokens and scores 71.6 CIDEr versus 72.3 for the full-token model, while FastV and ToMe at "
            "the same budget reach 64.0 and 67.5. For dense video captioning on ViTT and YouCook2, Rwaystone changes "
            "the SODA_c scores of InternVL2.5-8B by +0.4 and \u22120.2, respectively, at a budget of one token in "
            "eight. Prefill FLOPs drop by 3.9\u00d7, time-to-first-token falls from 2.8 s to 0.74 s, and peak GPU "
            "memory from 38.1 GB to 17.6 GB for a 10-minute video sampled at 2 fps. These savings let a single 24 GB "
            "GPU caption hour-long videos that previously required model parallelism, and we find that captions of "
            "such videos mention 1.7\u00d7 more distinct events than with uniform subsampling."
        ),
        "spans": [
            ("Rwaystone", "M"), ("Long-Video Captioning", "T"), ("Multimodal LLMs", "M"),
            ("Multimodal large language models", "M"), ("token reduction", "M"), ("k-means", "M"),
            ("Qwen2-VL-7B", "M"), ("InternVL2.5-8B", "M"), ("VATEX", "D"), ("CIDEr", "X"), ("FastV", "M"),
            ("ToMe", "M"), ("dense video captioning", "T"), ("ViTT", "D"), ("YouCook2", "D"), ("SODA_c", "X"),
            ("FLOPs", "X"), ("time-to-first-token", "X"), ("peak GPU memory", "X"), ("model parallelism", "M"),
        ],
        "results": [
            ("71.6 CIDEr", "CIDEr", 71.6, None, "VATEX", "Rwaystone"),
            ("72.3", "CIDEr", 72.3, None, "VATEX", None),
            ("64.0", "CIDEr", 64.0, None, "VATEX", "FastV"),
            ("67.5", "CIDEr", 67.5, None, "VATEX", "ToMe"),
            ("+0.4", "SODA_c", 0.4, None, "ViTT", "Rwaystone"),
            ("\u22120.2", "SODA_c", -0.2, None, "YouCook2", "Rwaystone"),
            ("FLOPs drop by 3.9\u00d7", "FLOPs reduction", 3.9, "\u00d7", None, None),
            ("time-to-first-token falls from 2.8 s to 0.74 s", "time-to-first-token", 0.74, "s", None, None),
            ("peak GPU memory from 38.1 GB to 17.6 GB", "peak GPU memory", 17.6, "GB", None, None),
            ("1.7\u00d7 more distinct events", "distinct events", 1.7, "\u00d7", None, None),
        ],
    },
    {
        "field": "video-captioning",
        "title": "Rwimbrel: Retrieval-Augmented Video Captioning with Swappable Concept Memories Built from Unpaired Text",
        "text": (
            "Video captioning models trained on MSR-VTT or MSVD learn a narrow vocabulary, and even large-scale "
            "video\u2013text pretraining leaves rare objects and actions poorly covered. We propose Rwimbrel, which "
            "retrieves concept phrases from a memory built over 9M unpaired sentences and injects them into a "
            "lightweight Transformer decoder through gated cross-attention, keeping a frozen CLIP ViT-B/16 visual "
            "encoder. Only 38M parameters are trained, and the memory can be swapped at test time to adapt to a new "
            "domain without retraining. After self-critical sequence training (SCST), Rwimbrel reaches 62.8, 124.3 "
            "and 74.9 CIDEr on MSR-VTT, MSVD and VATEX, respectively, compared with 53.8, 120.6 and 73.0 for SwinBERT. "
            "Rwimbrel also lifts BLEU-4 on MSR-VTT to 47.1, 2.6 points above SwinBERT. Swapping in a memory built from "
            "cooking recipes raises zero-shot CIDEr on YouCook2 from 31.4 to 44.6 without any gradient update. "
            "Rwimbrel remains well behind mPLUG-2 (80.3 CIDEr on MSR-VTT), which is pretrained on far more paired "
            "data, but trains in 5 GPU-hours and decodes 210 clips per second. Retrieval accounts for most of the "
            "gain: with an empty memory, CIDEr on MSR-VTT falls to 55.0. We further show that the retrieved phrases "
            "make the captions easier to audit, since each rare word can be traced back to the memory entry that "
            "supplied it."
        ),
        "spans": [
            ("Rwimbrel", "M"), ("Video Captioning", "T"), ("Video captioning", "T"), ("MSR-VTT", "D"),
            ("MSVD", "D"), ("Transformer", "M"), ("gated cross-attention", "M"), ("CLIP ViT-B/16", "M"),
            ("self-critical sequence training", "M"), ("SCST", "M"), ("CIDEr", "X"), ("VATEX", "D"),
            ("SwinBERT", "M"), ("BLEU-4", "X"), ("zero-shot CIDEr", "X"), ("YouCook2", "D"), ("mPLUG-2", "M"),
            ("clips per second", "X"),
        ],
        "results": [
            ("62.8", "CIDEr", 62.8, None, "MSR-VTT", "Rwimbrel"),
            ("124.3", "CIDEr", 124.3, None, "MSVD", "Rwimbrel"),
            ("74.9 CIDEr", "CIDEr", 74.9, None, "VATEX", "Rwimbrel"),
            ("53.8", "CIDEr", 53.8, None, "MSR-VTT", "SwinBERT"),
            ("120.6", "CIDEr", 120.6, None, "MSVD", "SwinBERT"),
            ("73.0", "CIDEr", 73.0, None, "VATEX", "SwinBERT"),
            ("BLEU-4 on MSR-VTT to 47.1", "BLEU-4", 47.1, None, "MSR-VTT", "Rwimbrel"),
            ("2.6 points above", "BLEU-4", 2.6, "points", "MSR-VTT", "Rwimbrel"),
            ("zero-shot CIDEr on YouCook2 from 31.4 to 44.6", "zero-shot CIDEr", 44.6, None, "YouCook2", None),
            ("80.3 CIDEr", "CIDEr", 80.3, None, "MSR-VTT", "mPLUG-2"),
            ("trains in 5 GPU-hours", "training time", 5, "GPU-hours", None, "Rwimbrel"),
            ("210 clips per second", "throughput", 210, "clips/s", None, "Rwimbrel"),
            ("CIDEr on MSR-VTT falls to 55.0", "CIDEr", 55.0, None, "MSR-VTT", None),
        ],
    },
    {
        "field": "video-captioning",
        "title": "Rwessary: Speech-Grounded Event Proposals for Dense Video Captioning of Instructional Videos",
        "text": (
            "Instructional videos come with narration that often announces the next step before it is shown, yet most "
            "dense video captioning systems either ignore the audio track or feed raw ASR transcripts to the caption "
            "decoder as extra context. We present Rwessary, which uses Whisper-large-v3 transcripts to generate "
            "candidate event boundaries, aligns them to visual changes with a differentiable variant of dynamic time "
            "warping, and then decodes captions with a T5-Base decoder that attends to both modalities. Pretraining "
            "uses 1.2M narrated clips of HowTo100M with pseudo-boundaries derived from the transcripts. Rwessary "
            "reaches SODA_c of 9.3 and 7.8 on YouCook2 and ViTT, respectively, +18% and +11% relative to Vid2Seq "
            "under the same pretraining data, and improves CIDEr on YouCook2 by 12.4 points. Event localization "
            "benefits even more than captioning: the F1 score of proposals on YouCook2 climbs to 34.6 from 27.9. On "
            "ActivityNet Captions, where narration is rarely aligned with what is shown, Rwessary matches Vid2Seq "
            "within 0.3 SODA_c, indicating that the speech branch does no harm when speech is uninformative. Across "
            "the 14 YouCook2 recipe categories, gains range from 4% to 29%, being largest for baking and smallest "
            "for drinks, where steps are short and rarely narrated. We also report failure cases in which the "
            "narrator describes a step that is never shown on screen."
        ),
        "spans": [
            ("Rwessary", "M"), ("Dense Video Captioning", "T"), ("dense video captioning", "T"), ("ASR", "T"),
            ("Whisper-large-v3", "M"), ("dynamic time warping", "M"),
            ("T5-Base", "M"), ("HowTo100M", "D"), ("SODA_c", "X"), ("YouCook2", "D"), ("ViTT", "D"),
            ("Vid2Seq", "M"), ("CIDEr", "X"), ("Event localization", "T"), ("F1 score", "X"),
            ("ActivityNet Captions", "D"),
        ],
        "results": [
            ("SODA_c of 9.3", "SODA_c", 9.3, None, "YouCook2", "Rwessary"),
            ("7.8", "SODA_c", 7.8, None, "ViTT", "Rwessary"),
            ("+18%", "SODA_c", 18, "%", "YouCook2", "Rwessary"),
            ("+11%", "SODA_c", 11, "%", "ViTT", "Rwessary"),
            ("CIDEr on YouCook2 by 12.4 points", "CIDEr", 12.4, "points", "YouCook2", "Rwessary"),
            ("F1 score of proposals on YouCook2 climbs to 34.6", "F1", 34.6, None, "YouCook2", None),
            ("within 0.3 SODA_c", "SODA_c", 0.3, None, "ActivityNet Captions", "Rwessary"),
            ("range from 4% to 29%", "improvement", 29, "%", "YouCook2", None, {"low": 4}),
        ],
    },
    {
        "field": "video-captioning",
        "title": "Rwuthane: A Two-Level Memory for Narrating and Summarizing Long Egocentric Videos",
        "text": (
            "Egocentric recordings are long, cluttered and dominated by hand\u2013object interactions, and captioning "
            "models trained on third-person web video describe them poorly. We introduce Rwuthane, a video-language "
            "model that maintains a two-level memory of clip embeddings and compressed segment summaries, and "
            "generates either per-clip narrations or a coherent paragraph for the whole recording from the same "
            "memory. The visual encoder is initialised from InternVideo2-1B and the text decoder from Llama-3.2-3B, "
            "connected by a Q-Former with 32 queries. We pretrain on the Ego4D narrations and evaluate narration "
            "generation on Ego4D and video paragraph captioning on ActivityNet Captions and YouCook2. For narration "
            "generation on Ego4D, Rwuthane attains 43.9 CIDEr and 29.1 ROUGE-L, compared with 38.0 and 26.7 for "
            "LaViLa-Narrator, which we retrain with identical data. For paragraph captioning on ActivityNet Captions, "
            "Rwuthane scores 34.7 CIDEr, 17.9 METEOR and a 4-gram repetition (R@4) of 0.9, versus 30.6, 16.5 and 2.6 "
            "for Vid2Seq. Ablations show that removing the segment summaries lowers paragraph CIDEr by 5.2 points, "
            "and that the summaries matter most for recordings longer than twenty minutes. Inference on a one-hour "
            "recording takes 74 s on an A100 GPU, and the memory grows sublinearly with video length, which makes "
            "day-long recordings tractable on a single accelerator."
        ),
        "spans": [
            ("Rwuthane", "M"), ("InternVideo2-1B", "M"), ("Llama-3.2-3B", "M"), ("Q-Former", "M"), ("Ego4D", "D"),
            ("narration generation", "T"), ("video paragraph captioning", "T"),
            ("paragraph captioning", "T"), ("ActivityNet Captions", "D"), ("YouCook2", "D"), ("CIDEr", "X"),
            ("ROUGE-L", "X"), ("LaViLa-Narrator", "M"), ("METEOR", "X"), ("4-gram repetition", "X"), ("R@4", "X"),
            ("Vid2Seq", "M"),
        ],
        "results": [
            ("43.9 CIDEr", "CIDEr", 43.9, None, "Ego4D", "Rwuthane"),
            ("29.1 ROUGE-L", "ROUGE-L", 29.1, None, "Ego4D", "Rwuthane"),
            ("38.0", "CIDEr", 38.0, None, "Ego4D", "LaViLa-Narrator"),
            ("26.7", "ROUGE-L", 26.7, None, "Ego4D", "LaViLa-Narrator"),
            ("34.7 CIDEr", "CIDEr", 34.7, None, "ActivityNet Captions", "Rwuthane"),
            ("17.9 METEOR", "METEOR", 17.9, None, "ActivityNet Captions", "Rwuthane"),
            ("4-gram repetition (R@4) of 0.9", "R@4", 0.9, None, "ActivityNet Captions", "Rwuthane"),
            ("30.6", "CIDEr", 30.6, None, "ActivityNet Captions", "Vid2Seq"),
            ("16.5", "METEOR", 16.5, None, "ActivityNet Captions", "Vid2Seq"),
            ("2.6", "R@4", 2.6, None, "ActivityNet Captions", "Vid2Seq"),
            ("CIDEr by 5.2 points", "CIDEr", 5.2, "points", None, None),
            ("Inference on a one-hour recording takes 74 s", "inference time", 74, "s", None, None),
        ],
    },
]
