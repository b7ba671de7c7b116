"""fresh12 records: information-retrieval (6) and image-restoration (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the
pipeline was never run on these abstracts and its code and output were never seen."""

COINED = ["Qarnvel", "Qeldrith", "Qorlisse", "Qentharo", "Qoblinth", "Qavrenne",
          "Qesperil", "Qomberly", "Qaldrisk", "Qerrowyn", "Qothmere", "Qasmirel"]

RECS = [
    # ------------------------------------------------------------ information-retrieval
    {
        "field": "information-retrieval",
        "title": "Qarnvel: Vocabulary-Pruned Learned Sparse Retrieval with Contextual Term Reweighting",
        "text": (
            "Learned sparse retrieval (LSR) models such as SPLADE++ combine the effectiveness of neural rankers with "
            "the inverted-index efficiency of BM25, yet their expansion terms inflate posting lists and make query "
            "processing several times slower than lexical search. We present Qarnvel, which restricts document "
            "expansion to a pruned vocabulary learned jointly with the encoder and reweights query terms with a "
            "lightweight contextual head that runs once per query. Qarnvel is trained on hard negatives mined by a "
            "ColBERTv2 retriever, with knowledge distillation from a cross-encoder teacher. On the MS MARCO passage "
            "development set, Qarnvel reaches an MRR@10 of 39.6, on par with SPLADE++ (39.8), while its mean response "
            "time on a single CPU thread drops from 126 ms to 38 ms. On TREC DL19 and DL20, Qarnvel obtains nDCG@10 "
            "of 73.4 and 71.9, respectively. In zero-shot evaluation on 13 BEIR datasets, Qarnvel achieves an average "
            "nDCG@10 of 50.7, 7.7 points above BM25 and 0.9 points above SPLADE++, and it is the best sparse model on "
            "9 of the 13 datasets. Qarnvel also reduces index size by 2.4\u00d7 relative to SPLADE++. Ablations show "
            "that vocabulary pruning accounts for most of the speed-up, whereas contextual reweighting recovers the "
            "effectiveness lost by pruning."
        ),
        "spans": [
            ("Qarnvel", "M"), ("Learned Sparse Retrieval", "M"), ("Learned sparse retrieval", "M"), ("LSR", "M"),
            ("SPLADE++", "M", {"punct": True}), ("BM25", "M"), ("ColBERTv2", "M"), ("knowledge distillation", "M"),
            ("cross-encoder", "M"), ("MS MARCO", "D"), ("MRR@10", "X"), ("mean response time", "X"),
            ("TREC DL19", "D"), ("DL20", "D"), ("nDCG@10", "X"), ("average nDCG@10", "X"), ("BEIR", "D"),
            ("index size", "X"), ("vocabulary pruning", "M"), ("pruning", "M"), ("speed-up", "X"),
        ],
        "results": [
            ("MRR@10 of 39.6", "MRR@10", 39.6, None, "MS MARCO", "Qarnvel"),
            ("39.8", "MRR@10", 39.8, None, "MS MARCO", "SPLADE++"),
            ("mean response time on a single CPU thread drops from 126 ms to 38 ms", "latency", 38, "ms",
             "MS MARCO", "Qarnvel"),
            ("nDCG@10 of 73.4", "nDCG@10", 73.4, None, "TREC DL19", "Qarnvel"),
            ("71.9", "nDCG@10", 71.9, None, "TREC DL20", "Qarnvel"),
            ("average nDCG@10 of 50.7", "nDCG@10", 50.7, None, "BEIR", "Qarnvel"),
            ("7.7 points above BM25", "nDCG@10", 7.7, "points", "BEIR", "Qarnvel"),
            ("0.9 points above", "nDCG@10", 0.9, "points", "BEIR", "Qarnvel"),
            ("best sparse model on 9 of the 13 datasets", "datasets ranked first", 9, None, "BEIR", "Qarnvel"),
            ("reduces index size by 2.4\u00d7", "index size reduction", 2.4, "\u00d7", None, "Qarnvel"),
        ],
    },
    {
        "field": "information-retrieval",
        "title": "Qeldrith: Single-Pass Passage Reranking by Distilling Permutations from Frontier LLMs",
        "text": (
            "Large language models (LLMs) prompted as listwise rerankers, as in RankGPT, set the state of the art in "
            "zero-shot passage reranking, but they reorder candidates through overlapping sliding windows and generate "
            "the permutation token by token, so that reordering 100 passages takes several seconds. Open distilled "
            "rerankers such as RankZephyr remove the dependence on proprietary teachers but keep the sliding-window "
            "decoding. We introduce Qeldrith, a reranker built on Llama-3.2-3B that reads all 100 candidates in a "
            "single forward pass and scores each from the hidden state at its first token, trained on permutations "
            "produced by GPT-4o for 40k MS MARCO queries. Applied to the top-100 BM25 candidates, Qeldrith achieves "
            "nDCG@10 of 74.1 on TREC DL19 and 70.8 on DL20, compared with 73.9 and 70.2 for RankZephyr and 75.6 and "
            "71.2 for RankGPT with GPT-4o. Averaged over eight BEIR datasets, Qeldrith improves over BM25 by 8.3 "
            "points of nDCG@10. Because no tokens are generated, Qeldrith reranks the candidates of a query with a "
            "latency of 0.21 s on one A100 GPU, a 17.5\u00d7 speed-up over RankZephyr, and reaches a throughput of "
            "310 queries per second with batching. First-token scores also remain stable across candidate lists of "
            "20 to 200 passages, which makes Qeldrith a drop-in replacement for pointwise cross-encoders such as "
            "monoT5."
        ),
        "spans": [
            ("Qeldrith", "M"), ("Passage Reranking", "T"), ("LLMs", "M"), ("Large language models", "M"),
            ("RankGPT", "M"), ("zero-shot passage reranking", "T"), ("RankZephyr", "M"), ("Llama-3.2-3B", "M"),
            ("GPT-4o", "M"), ("MS MARCO", "D"), ("BM25", "M"), ("nDCG@10", "X"), ("TREC DL19", "D"), ("DL20", "D"),
            ("BEIR", "D"), ("latency", "X"), ("speed-up", "X"), ("throughput", "X"), ("cross-encoders", "M"),
            ("monoT5", "M"),
        ],
        "results": [
            ("nDCG@10 of 74.1", "nDCG@10", 74.1, None, "TREC DL19", "Qeldrith"),
            ("70.8 on DL20", "nDCG@10", 70.8, None, "TREC DL20", "Qeldrith"),
            ("73.9", "nDCG@10", 73.9, None, "TREC DL19", "RankZephyr"),
            ("70.2", "nDCG@10", 70.2, None, "TREC DL20", "RankZephyr"),
            ("75.6", "nDCG@10", 75.6, None, "TREC DL19", "RankGPT"),
            ("71.2", "nDCG@10", 71.2, None, "TREC DL20", "RankGPT"),
            ("8.3 points of nDCG@10", "nDCG@10", 8.3, "points", "BEIR", "Qeldrith"),
            ("latency of 0.21 s", "latency", 0.21, "s", None, "Qeldrith"),
            ("17.5\u00d7 speed-up", "speed-up", 17.5, "\u00d7", None, "Qeldrith"),
            ("throughput of 310 queries per second", "throughput", 310, "queries/s", None, "Qeldrith"),
        ],
    },
    {
        "field": "information-retrieval",
        "title": "Qorlisse: Retriever-Preference Alignment for Query Rewriting in Conversational Passage Retrieval",
        "text": (
            "In conversational search, the latest user utterance is often elliptical and cannot be sent to an "
            "off-the-shelf retriever as it is. Rewriting it into a self-contained query with a large language model "
            "is an effective remedy, but rewrites that read well to humans are not necessarily those a retriever "
            "ranks best with, and supervision from human rewrites such as those in CANARD caps what a rewriter can "
            "learn. We propose Qorlisse, which samples several candidate rewrites per turn from a Flan-T5-XL "
            "rewriter, scores each by the ranks it yields for the gold passages under both BM25 and ANCE, and aligns "
            "the rewriter to these retrieval-derived preferences with direct preference optimization (DPO). Apart "
            "from a small warm-up set, no human rewrite is needed. On the TopiOCQA and QReCC benchmarks, Qorlisse "
            "improves MRR and Recall@10 over the strongest prior rewriter, RetPO, with both retrievers, and the gains "
            "are largest on turns that switch topic. Transferred without further training to TREC CAsT 2019 and "
            "CAsT 2020, Qorlisse lifts NDCG@3 of BM25 by 4.8 and 3.9 points, respectively, over rewrites produced by "
            "T5QR. Because Qorlisse only changes the query, it can be combined with any first-stage retriever and "
            "with rerankers, and the rewrites it produces remain readable to users who inspect them."
        ),
        "spans": [
            ("Qorlisse", "M"), ("Query Rewriting", "T"), ("Conversational Passage Retrieval", "T"),
            ("conversational search", "T"), ("large language model", "M"), ("CANARD", "D"), ("Flan-T5-XL", "M"),
            ("BM25", "M"), ("ANCE", "M"), ("direct preference optimization", "M"), ("DPO", "M"), ("TopiOCQA", "D"),
            ("QReCC", "D"), ("MRR", "X"), ("Recall@10", "X"), ("RetPO", "M"), ("TREC CAsT 2019", "D"),
            ("CAsT 2020", "D"), ("NDCG@3", "X"), ("T5QR", "M"),
        ],
        "results": [
            ("NDCG@3 of BM25 by 4.8", "NDCG@3", 4.8, "points", "TREC CAsT 2019", "Qorlisse"),
            ("3.9 points", "NDCG@3", 3.9, "points", "TREC CAsT 2020", "Qorlisse"),
        ],
    },
    {
        "field": "information-retrieval",
        "title": "Qentharo: Learning When and What to Retrieve for Multi-Hop Retrieval-Augmented Generation",
        "text": (
            "Retrieval-augmented generation (RAG) with a single retrieval step often fails on multi-hop question "
            "answering, where the evidence needed for later hops depends on facts found in earlier ones. Iterative "
            "schemes such as IRCoT and Self-RAG retrieve repeatedly, but they trigger retrieval at fixed intervals or "
            "from token-level confidence and issue many redundant queries. We present Qentharo, a retrieval "
            "controller that, after each reasoning step of the generator, predicts whether new evidence is needed "
            "and, if so, writes a focused sub-query; it is trained with reinforcement learning on a reward that "
            "trades answer correctness against the number of retrieval calls. With Llama-3.1-8B-Instruct as the "
            "generator and E5-base as the retriever, Qentharo obtains exact match (EM) scores of 47.2, 52.6 and 24.9 "
            "on HotpotQA, 2WikiMultiHopQA and MuSiQue, respectively, compared with 41.5, 44.0 and 19.3 for IRCoT. "
            "Qentharo also surpasses Self-RAG by 6.1 F1 points on average across the three datasets while issuing "
            "2.7 retrieval calls per question, against 4.9 for Self-RAG. On the single-hop Natural Questions and "
            "TriviaQA, where one retrieval step usually suffices, Qentharo makes 1.2 retrieval calls per question "
            "and stays within 0.5 EM points of standard RAG. End-to-end latency falls by 38% relative to IRCoT. "
            "These results suggest that deciding when to retrieve matters as much as deciding what to retrieve."
        ),
        "spans": [
            ("Qentharo", "M"), ("Retrieval-Augmented Generation", "M"), ("Retrieval-augmented generation", "M"),
            ("RAG", "M"), ("multi-hop question answering", "T"), ("IRCoT", "M"), ("Self-RAG", "M"),
            ("reinforcement learning", "M"), ("retrieval calls", "X"), ("Llama-3.1-8B-Instruct", "M"),
            ("E5-base", "M"), ("exact match", "X"), ("EM", "X"), ("HotpotQA", "D"), ("2WikiMultiHopQA", "D"),
            ("MuSiQue", "D"), ("F1", "X"), ("Natural Questions", "D"), ("TriviaQA", "D"),
            ("End-to-end latency", "X"),
        ],
        "results": [
            ("exact match (EM) scores of 47.2", "EM", 47.2, None, "HotpotQA", "Qentharo"),
            ("52.6", "EM", 52.6, None, "2WikiMultiHopQA", "Qentharo"),
            ("24.9", "EM", 24.9, None, "MuSiQue", "Qentharo"),
            ("41.5", "EM", 41.5, None, "HotpotQA", "IRCoT"),
            ("44.0", "EM", 44.0, None, "2WikiMultiHopQA", "IRCoT"),
            ("19.3", "EM", 19.3, None, "MuSiQue", "IRCoT"),
            ("6.1 F1 points", "F1", 6.1, "points", None, "Qentharo"),
            ("2.7 retrieval calls", "retrieval calls", 2.7, None, None, "Qentharo"),
            ("4.9 for Self-RAG", "retrieval calls", 4.9, None, None, "Self-RAG"),
            ("1.2 retrieval calls", "retrieval calls", 1.2, None, None, "Qentharo"),
            ("within 0.5 EM points", "EM", 0.5, "points", None, "Qentharo"),
            ("End-to-end latency falls by 38%", "end-to-end latency reduction", 38, "%", None, None),
        ],
    },
    {
        "field": "information-retrieval",
        "title": "Qoblinth: A Tenfold Smaller Index for ColBERT-Style Retrievers through Learned Token Merging",
        "text": (
            "Late-interaction retrievers such as ColBERTv2 store one vector per document token, and even with "
            "residual compression their indexes remain an order of magnitude larger than those of single-vector "
            "dense retrievers. We propose Qoblinth, which merges semantically redundant token vectors within each "
            "document through a learned clustering head and encodes the merged centroids with a two-level residual "
            "codebook trained jointly with the encoder, so that the retrieval engine of PLAID can be reused "
            "unchanged. Each document keeps only its merged vectors, each stored in 8 bytes. On the MS MARCO "
            "development set, Qoblinth reaches 39.4 MRR@10 with a 2.1 GB index, versus 39.7 MRR@10 and 22.0 GB for "
            "ColBERTv2 with PLAID, a 10.5\u00d7 reduction in index size. On BEIR and LoTTE, Qoblinth trails "
            "ColBERTv2 by only 0.4 nDCG@10 and 0.6 Success@5, respectively, while outperforming the single-vector "
            "Contriever and GTR-XXL models on both. Qoblinth's query latency on CPU is 54 ms, 1.3\u00d7 faster than "
            "PLAID, because fewer centroids have to be decompressed. Compared with the pruning-based ColBERTer at a "
            "similar index size, Qoblinth is 1.8 points of Success@5 higher on LoTTE. We release the indexes for "
            "MS MARCO, BEIR and LoTTE together with the training code."
        ),
        "spans": [
            ("Qoblinth", "M"), ("ColBERT", "M"), ("Token Merging", "M"), ("Late-interaction retrievers", "M"),
            ("ColBERTv2", "M"), ("residual compression", "M"), ("dense retrievers", "M"), ("PLAID", "M"),
            ("MS MARCO", "D"), ("MRR@10", "X"), ("index size", "X"), ("BEIR", "D"), ("LoTTE", "D"),
            ("nDCG@10", "X"), ("Success@5", "X"), ("Contriever", "M"), ("GTR-XXL", "M"), ("query latency", "X"),
            ("pruning", "M"), ("ColBERTer", "M"),
        ],
        "results": [
            ("39.4 MRR@10", "MRR@10", 39.4, None, "MS MARCO", "Qoblinth"),
            ("2.1 GB index", "index size", 2.1, "GB", "MS MARCO", "Qoblinth"),
            ("39.7 MRR@10", "MRR@10", 39.7, None, "MS MARCO", "ColBERTv2"),
            ("22.0 GB", "index size", 22.0, "GB", "MS MARCO", "ColBERTv2"),
            ("10.5\u00d7 reduction in index size", "index size reduction", 10.5, "\u00d7", "MS MARCO", "Qoblinth"),
            ("0.4 nDCG@10", "nDCG@10", 0.4, None, "BEIR", "Qoblinth"),
            ("0.6 Success@5", "Success@5", 0.6, None, "LoTTE", "Qoblinth"),
            ("query latency on CPU is 54 ms", "query latency", 54, "ms", None, "Qoblinth"),
            ("1.3\u00d7 faster", "speed-up", 1.3, "\u00d7", None, "Qoblinth"),
            ("1.8 points of Success@5", "Success@5", 1.8, "points", "LoTTE", "Qoblinth"),
        ],
    },
    {
        "field": "information-retrieval",
        "title": "Qavrenne: Language-Balanced Contrastive Pre-Training for Multilingual Retrieval in Low-Resource "
                 "Languages",
        "text": (
            "Multilingual text embedding models such as mE5 and BGE-M3 are trained on weakly supervised pairs "
            "dominated by English, Chinese and a handful of European languages, and their retrieval quality drops "
            "sharply for languages such as Swahili, Yoruba or Telugu. We present Qavrenne, a 560M-parameter "
            "embedding model initialised from XLM-RoBERTa-large and pre-trained contrastively on 1.1B pairs "
            "resampled so that no language contributes more than 4% of any batch, then fine-tuned on translated "
            "MS MARCO and the MIRACL training split with mined hard negatives. On the 18 languages of the MIRACL "
            "development set, Qavrenne obtains an average nDCG@10 of 71.3 and a Recall@100 of 95.2, against 69.9 "
            "and 94.4 for BGE-M3 (dense) and 65.4 and 93.1 for mE5-large. The gains concentrate on low-resource "
            "languages: on Swahili, Yoruba and Telugu, Qavrenne improves nDCG@10 over BGE-M3 by 6.2, 8.9 and 4.7 "
            "points, respectively, and it is better on 15 of the 18 languages. On Mr. TyDi, Qavrenne reaches an "
            "MRR@100 of 64.8. On the cross-lingual XOR-TyDi benchmark, where English passages are retrieved for "
            "questions in seven languages, Qavrenne raises Recall@5kt from 61.0 for BGE-M3 to 66.4. Truncated to "
            "256 dimensions with Matryoshka representation learning, Qavrenne loses only 0.8 points of average "
            "nDCG@10 on MIRACL and needs 4\u00d7 less index memory."
        ),
        "spans": [
            ("Qavrenne", "M"), ("Contrastive Pre-Training", "M"), ("Multilingual Retrieval", "T"), ("mE5", "M"),
            ("BGE-M3", "M"), ("XLM-RoBERTa-large", "M"), ("MS MARCO", "D"), ("MIRACL", "D"),
            ("average nDCG@10", "X"), ("nDCG@10", "X"), ("Recall@100", "X"), ("mE5-large", "M"),
            ("Mr. TyDi", "D"), ("MRR@100", "X"), ("XOR-TyDi", "D"), ("Recall@5kt", "X"),
            ("Matryoshka representation learning", "M"), ("index memory", "X"),
        ],
        "results": [
            ("average nDCG@10 of 71.3", "nDCG@10", 71.3, None, "MIRACL", "Qavrenne"),
            ("Recall@100 of 95.2", "Recall@100", 95.2, None, "MIRACL", "Qavrenne"),
            ("69.9", "nDCG@10", 69.9, None, "MIRACL", "BGE-M3"),
            ("94.4", "Recall@100", 94.4, None, "MIRACL", "BGE-M3"),
            ("65.4", "nDCG@10", 65.4, None, "MIRACL", "mE5-large"),
            ("93.1", "Recall@100", 93.1, None, "MIRACL", "mE5-large"),
            ("nDCG@10 over BGE-M3 by 6.2", "nDCG@10", 6.2, "points", None, "Qavrenne"),
            ("8.9", "nDCG@10", 8.9, "points", None, "Qavrenne"),
            ("4.7 points", "nDCG@10", 4.7, "points", None, "Qavrenne"),
            ("better on 15 of the 18 languages", "languages won", 15, None, None, "Qavrenne"),
            ("MRR@100 of 64.8", "MRR@100", 64.8, None, "Mr. TyDi", "Qavrenne"),
            ("Recall@5kt from 61.0", "Recall@5kt", 61.0, None, "XOR-TyDi", "BGE-M3"),
            ("66.4", "Recall@5kt", 66.4, None, "XOR-TyDi", "Qavrenne"),
            ("0.8 points of average nDCG@10", "nDCG@10", 0.8, "points", "MIRACL", "Qavrenne"),
            ("4\u00d7 less index memory", "index memory reduction", 4, "\u00d7", None, "Qavrenne"),
        ],
    },
    # ------------------------------------------------------------ image-restoration
    {
        "field": "image-restoration",
        "title": "Qesperil: Reparameterized Large-Kernel Attention for Efficient Image Super-Resolution on Mobile "
                 "Devices",
        "text": (
            "Transformer-based super-resolution (SR) networks such as SwinIR reconstruct fine textures well, but "
            "window self-attention maps poorly onto mobile accelerators, while the fastest convolutional designs, "
            "such as SPAN and RLFN, give up a noticeable amount of PSNR. We propose Qesperil, an efficient SR network "
            "built from large-kernel attention blocks whose 13\u00d713 depth-wise kernels are trained alongside "
            "parallel 3\u00d73 and 5\u00d75 branches and folded into a single convolution for inference. All models "
            "are trained on DF2K. Qesperil requires 17.9G FLOPs for \u00d74 upscaling to a 1280\u00d7720 output. On "
            "the \u00d74 benchmarks Set5, Set14, B100, Urban100 and Manga109, Qesperil obtains PSNR/SSIM of "
            "32.41/0.8979, 28.74/0.7849, 27.66/0.7391, 26.52/0.7989 and 30.93/0.9134, respectively, outperforming "
            "SwinIR-light on Urban100 by 0.05 dB with 65% fewer FLOPs. On a Snapdragon 8 Gen 3 phone, Qesperil "
            "upscales a 320\u00d7180 frame in 9.7 ms, versus 12.4 ms for SPAN and 48.6 ms for SwinIR-light. "
            "Qesperil also surpasses OmniSR by 0.23 dB on Manga109 with 2.8\u00d7 lower runtime. Ablations attribute "
            "most of the gain over SPAN to the enlarged receptive field rather than to the attention gating, and "
            "confirm that the folded branches add no inference cost."
        ),
        "spans": [
            ("Qesperil", "M"), ("Large-Kernel Attention", "M"), ("large-kernel attention", "M"),
            ("Efficient Image Super-Resolution", "T"), ("Transformer", "M"), ("super-resolution", "T"),
            ("SR", "T"), ("SwinIR", "M"), ("window self-attention", "M"), ("SPAN", "M"), ("RLFN", "M"),
            ("PSNR", "X"), ("DF2K", "D"), ("FLOPs", "X"), ("Set5", "D"), ("Set14", "D"), ("B100", "D"),
            ("Urban100", "D"), ("Manga109", "D"), ("SSIM", "X"), ("SwinIR-light", "M"), ("OmniSR", "M"),
            ("runtime", "X"),
        ],
        "results": [
            ("17.9G FLOPs", "FLOPs", 17.9, "G", None, "Qesperil"),
            ("PSNR/SSIM of 32.41", "PSNR", 32.41, "dB", "Set5", "Qesperil"),
            ("0.8979", "SSIM", 0.8979, None, "Set5", "Qesperil"),
            ("28.74", "PSNR", 28.74, "dB", "Set14", "Qesperil"),
            ("0.7849", "SSIM", 0.7849, None, "Set14", "Qesperil"),
            ("27.66", "PSNR", 27.66, "dB", "B100", "Qesperil"),
            ("0.7391", "SSIM", 0.7391, None, "B100", "Qesperil"),
            ("26.52", "PSNR", 26.52, "dB", "Urban100", "Qesperil"),
            ("0.7989", "SSIM", 0.7989, None, "Urban100", "Qesperil"),
            ("30.93", "PSNR", 30.93, "dB", "Manga109", "Qesperil"),
            ("0.9134", "SSIM", 0.9134, None, "Manga109", "Qesperil"),
            ("0.05 dB", "PSNR", 0.05, "dB", "Urban100", "Qesperil"),
            ("65% fewer FLOPs", "FLOPs reduction", 65, "%", "Urban100", "Qesperil"),
            ("9.7 ms", "latency", 9.7, "ms", None, "Qesperil"),
            ("12.4 ms", "latency", 12.4, "ms", None, "SPAN"),
            ("48.6 ms", "latency", 48.6, "ms", None, "SwinIR-light"),
            ("0.23 dB", "PSNR", 0.23, "dB", "Manga109", "Qesperil"),
            ("2.8\u00d7 lower runtime", "runtime reduction", 2.8, "\u00d7", "Manga109", "Qesperil"),
        ],
    },
    {
        "field": "image-restoration",
        "title": "Qomberly: One-Step Real-World Image Super-Resolution with Degradation-Aware Score Distillation",
        "text": (
            "Diffusion-based real-world image super-resolution (Real-ISR) methods such as StableSR, DiffBIR and SeeSR "
            "exploit the generative prior of Stable Diffusion to synthesize realistic details, but they need 20 to "
            "200 denoising steps per image. One-step models distilled with variational score distillation (VSD), "
            "notably OSEDiff, remove most of this cost, yet they tend to hallucinate textures when the input is "
            "severely degraded. We present Qomberly, a one-step Real-ISR model built on SD 2.1 that predicts a "
            "degradation embedding from the low-quality input and uses it to modulate both the LoRA-adapted UNet and "
            "the VSD regularizer, so that the amount of generated detail follows the estimated degradation level. On "
            "the RealSR and DRealSR test sets, Qomberly lowers LPIPS to 0.2718 and 0.2895, respectively, compared "
            "with 0.2921 and 0.2967 for OSEDiff, and attains the best DISTS on both. On RealSR, Qomberly also "
            "reaches a MUSIQ of 69.4 and a CLIPIQA of 0.701. On synthetic DIV2K-Val degradations generated with the "
            "Real-ESRGAN pipeline, Qomberly improves PSNR over OSEDiff by 0.46 dB while reducing LPIPS by 6.8%. "
            "Qomberly processes a 512\u00d7512 input in 0.12 s on an A100, 0.01 s slower than OSEDiff and 41\u00d7 "
            "faster than SeeSR with 50 sampling steps. In a user study with 24 participants, Qomberly was preferred "
            "over OSEDiff in 64% of pairwise comparisons."
        ),
        "spans": [
            ("Qomberly", "M"), ("Real-World Image Super-Resolution", "T"), ("Score Distillation", "M"),
            ("Diffusion", "M"), ("real-world image super-resolution", "T"), ("Real-ISR", "T"), ("StableSR", "M"),
            ("DiffBIR", "M"), ("SeeSR", "M"), ("Stable Diffusion", "M"), ("variational score distillation", "M"),
            ("VSD", "M"), ("OSEDiff", "M"), ("SD 2.1", "M"), ("LoRA", "M"), ("UNet", "M"), ("RealSR", "D"),
            ("DRealSR", "D"), ("LPIPS", "X"), ("DISTS", "X"), ("MUSIQ", "X"), ("CLIPIQA", "X"),
            ("DIV2K-Val", "D"), ("Real-ESRGAN", "M"), ("PSNR", "X"),
        ],
        "results": [
            ("LPIPS to 0.2718", "LPIPS", 0.2718, None, "RealSR", "Qomberly"),
            ("0.2895", "LPIPS", 0.2895, None, "DRealSR", "Qomberly"),
            ("0.2921", "LPIPS", 0.2921, None, "RealSR", "OSEDiff"),
            ("0.2967", "LPIPS", 0.2967, None, "DRealSR", "OSEDiff"),
            ("MUSIQ of 69.4", "MUSIQ", 69.4, None, "RealSR", "Qomberly"),
            ("CLIPIQA of 0.701", "CLIPIQA", 0.701, None, "RealSR", "Qomberly"),
            ("PSNR over OSEDiff by 0.46 dB", "PSNR", 0.46, "dB", "DIV2K-Val", "Qomberly"),
            ("reducing LPIPS by 6.8%", "LPIPS reduction", 6.8, "%", "DIV2K-Val", "Qomberly"),
            ("0.12 s", "latency", 0.12, "s", None, "Qomberly"),
            ("0.01 s slower", "latency", 0.01, "s", None, "Qomberly"),
            ("41\u00d7 faster", "speed-up", 41, "\u00d7", None, "Qomberly"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "Qomberly"),
        ],
    },
    {
        "field": "image-restoration",
        "title": "Qaldrisk: Degradation-Prompted Mixture-of-Experts for All-in-One Image Restoration",
        "text": (
            "All-in-one image restoration aims to remove noise, rain, haze, blur and low-light artefacts with a "
            "single network, without being told which degradation is present. Prompt-based approaches such as "
            "PromptIR and InstructIR condition a shared backbone on learned degradation prompts, but a dense backbone "
            "has to compromise between degradations whose optimal filters conflict. We introduce Qaldrisk, which "
            "routes each spatial token of a Restormer-style encoder-decoder to two of 16 experts, with a router "
            "conditioned on a degradation prompt estimated from frequency statistics of the input. Because only two "
            "experts are active per token, Qaldrisk needs 14.2 GFLOPs at 256\u00d7256 resolution, the same as its "
            "dense counterpart. In the three-degradation setting, Qaldrisk reaches an average PSNR of 33.21 dB over "
            "BSD68 denoising at \u03c3=25, Rain100L deraining and SOTS-Outdoor dehazing, 0.84 dB above PromptIR "
            "(32.37 dB) and 1.62 dB above AirNet. In the five-degradation setting, which adds GoPro deblurring and "
            "LOL low-light enhancement, Qaldrisk outperforms PromptIR by 1.37 dB in average PSNR, with the largest "
            "gain on LOL (2.9 dB). On the real-world SIDD benchmark, Qaldrisk obtains 39.62 dB PSNR without "
            "degradation-specific fine-tuning. Routing maps show that experts specialise by degradation type and by "
            "image content, and that inputs with mixed degradations activate combinations of the corresponding "
            "experts."
        ),
        "spans": [
            ("Qaldrisk", "M"), ("Mixture-of-Experts", "M"), ("All-in-One Image Restoration", "T"),
            ("All-in-one image restoration", "T"), ("PromptIR", "M"), ("InstructIR", "M"), ("Restormer", "M"),
            ("GFLOPs", "X"), ("average PSNR", "X"), ("PSNR", "X"), ("BSD68", "D"), ("denoising", "T"),
            ("Rain100L", "D"), ("deraining", "T"), ("SOTS-Outdoor", "D"), ("dehazing", "T"), ("AirNet", "M"),
            ("GoPro", "D"), ("deblurring", "T"), ("LOL", "D"), ("low-light enhancement", "T"), ("SIDD", "D"),
        ],
        "results": [
            ("14.2 GFLOPs", "FLOPs", 14.2, "G", None, "Qaldrisk"),
            ("average PSNR of 33.21 dB", "PSNR", 33.21, "dB", None, "Qaldrisk"),
            ("0.84 dB above PromptIR", "PSNR", 0.84, "dB", None, "Qaldrisk"),
            ("32.37 dB", "PSNR", 32.37, "dB", None, "PromptIR"),
            ("1.62 dB above AirNet", "PSNR", 1.62, "dB", None, "Qaldrisk"),
            ("1.37 dB in average PSNR", "PSNR", 1.37, "dB", None, "Qaldrisk"),
            ("largest gain on LOL (2.9 dB)", "PSNR", 2.9, "dB", "LOL", "Qaldrisk"),
            ("39.62 dB PSNR", "PSNR", 39.62, "dB", "SIDD", "Qaldrisk"),
        ],
    },
    {
        "field": "image-restoration",
        "title": "Qerrowyn: Fast Parallel Context Modeling with Mamba Entropy Models for Learned Image Compression",
        "text": (
            "The strongest learned image compression models decode their latents one position at a time, which gives "
            "the best rate-distortion performance but is prohibitively slow, and the parallel alternatives, such as "
            "the checkerboard context model and the uneven channel grouping of ELIC, recover only part of the gap. "
            "We present Qerrowyn, an entropy model that scans latent channel groups with a bidirectional Mamba block "
            "and predicts the entropy parameters of all spatial positions of a group at once, so that decoding needs "
            "only as many sequential steps as there are channel groups. The analysis and synthesis transforms follow "
            "TCM, with the same mixed convolution-Transformer blocks, and all models are trained on Flickr2W. With "
            "PSNR as the distortion measure, Qerrowyn achieves BD-rates of \u221214.9%, \u221216.2% and \u221215.4% "
            "relative to VVC intra coding (VTM-17.0) on Kodak, Tecnick and CLIC Professional Validation, "
            "respectively. For comparison, ELIC and MLIC++ reach \u22127.2% and \u221213.0% on Kodak, \u22128.9% and "
            "\u221215.1% on Tecnick, and \u22128.1% and \u221214.3% on CLIC Professional Validation. Qerrowyn encodes "
            "a Kodak image in 71 ms and decodes it in 83 ms on an RTX 4090, 2.6\u00d7 faster decoding than MLIC++. "
            "When optimized for MS-SSIM instead, Qerrowyn reaches a BD-rate of \u221251.8% against VTM on Kodak. We "
            "further show that the learned scan order transfers across quality levels, so that a single set of "
            "entropy-model weights serves a variable-rate model."
        ),
        "spans": [
            ("Qerrowyn", "M"), ("Mamba", "M"), ("Image Compression", "T"), ("image compression", "T"),
            ("rate-distortion performance", "X"), ("checkerboard context model", "M"), ("ELIC", "M"),
            ("TCM", "M"), ("Transformer", "M"), ("Flickr2W", "D"), ("PSNR", "X"), ("BD-rates", "X"),
            ("BD-rate", "X"), ("VVC", "M"), ("VTM-17.0", "M"), ("VTM", "M"), ("Kodak", "D"), ("Tecnick", "D"),
            ("CLIC Professional Validation", "D"), ("MLIC++", "M", {"punct": True}), ("MS-SSIM", "X"),
        ],
        "results": [
            ("BD-rates of \u221214.9%", "BD-rate", -14.9, "%", "Kodak", "Qerrowyn"),
            ("\u221216.2%", "BD-rate", -16.2, "%", "Tecnick", "Qerrowyn"),
            ("\u221215.4%", "BD-rate", -15.4, "%", "CLIC Professional Validation", "Qerrowyn"),
            ("\u22127.2%", "BD-rate", -7.2, "%", "Kodak", "ELIC"),
            ("\u221213.0%", "BD-rate", -13.0, "%", "Kodak", "MLIC++"),
            ("\u22128.9%", "BD-rate", -8.9, "%", "Tecnick", "ELIC"),
            ("\u221215.1%", "BD-rate", -15.1, "%", "Tecnick", "MLIC++"),
            ("\u22128.1%", "BD-rate", -8.1, "%", "CLIC Professional Validation", "ELIC"),
            ("\u221214.3%", "BD-rate", -14.3, "%", "CLIC Professional Validation", "MLIC++"),
            ("71 ms", "encoding time", 71, "ms", "Kodak", "Qerrowyn"),
            ("83 ms", "decoding time", 83, "ms", "Kodak", "Qerrowyn"),
            ("2.6\u00d7 faster decoding", "decoding speed-up", 2.6, "\u00d7", "Kodak", "Qerrowyn"),
            ("BD-rate of \u221251.8%", "BD-rate", -51.8, "%", "Kodak", "Qerrowyn"),
        ],
    },
    {
        "field": "image-restoration",
        "title": "Qothmere: Kernel-Guided Frequency Attention for Image Deblurring in the Wild",
        "text": (
            "Transformer-based deblurring networks such as Restormer, Stripformer and FFTformer have steadily raised "
            "the state of the art in image deblurring, but they model the blur only implicitly and often fail on "
            "large, spatially varying motion that is rare in their training data. We propose Qothmere, which first "
            "estimates a coarse field of local blur kernels with a lightweight network and then uses the Fourier "
            "spectra of these kernels to weight frequency-domain attention in a NAFNet-style backbone, so that "
            "restoration capacity is spent on the frequencies the blur has destroyed. All GoPro-trained models are "
            "also evaluated on HIDE without retraining. Qothmere reaches 34.71 dB PSNR and 0.972 SSIM on GoPro and "
            "32.58 dB PSNR on HIDE, improving on FFTformer by 0.50 dB and 0.69 dB, respectively. On the real-world "
            "RealBlur-J and RealBlur-R benchmarks, where every model is retrained on the corresponding training "
            "split, Qothmere obtains 33.96 dB and 41.28 dB, respectively, the highest among all compared methods. "
            "Qothmere requires 97 GMACs for a 256\u00d7256 patch, 27% fewer than FFTformer, and processes a "
            "1280\u00d7720 image in 0.31 s on an A100. Visual comparisons show fewer ringing artefacts around "
            "saturated regions, and the estimated kernels, although never supervised, align closely with the "
            "ground-truth blur trajectories of GoPro."
        ),
        "spans": [
            ("Qothmere", "M"), ("Image Deblurring", "T"), ("Transformer", "M"), ("deblurring", "T"),
            ("Restormer", "M"), ("Stripformer", "M"), ("FFTformer", "M"), ("image deblurring", "T"),
            ("NAFNet", "M"), ("GoPro", "D"), ("HIDE", "D"), ("PSNR", "X"), ("SSIM", "X"), ("RealBlur-J", "D"),
            ("RealBlur-R", "D"), ("GMACs", "X"),
        ],
        "results": [
            ("34.71 dB PSNR", "PSNR", 34.71, "dB", "GoPro", "Qothmere"),
            ("0.972 SSIM", "SSIM", 0.972, None, "GoPro", "Qothmere"),
            ("32.58 dB PSNR", "PSNR", 32.58, "dB", "HIDE", "Qothmere"),
            ("0.50 dB", "PSNR", 0.5, "dB", "GoPro", "Qothmere"),
            ("0.69 dB", "PSNR", 0.69, "dB", "HIDE", "Qothmere"),
            ("33.96 dB", "PSNR", 33.96, "dB", "RealBlur-J", "Qothmere"),
            ("41.28 dB", "PSNR", 41.28, "dB", "RealBlur-R", "Qothmere"),
            ("97 GMACs", "MACs", 97, "G", None, "Qothmere"),
            ("27% fewer", "MACs reduction", 27, "%", None, "Qothmere"),
            ("0.31 s", "latency", 0.31, "s", None, "Qothmere"),
        ],
    },
    {
        "field": "image-restoration",
        "title": "Qasmirel: Long-Range Temporal Memory for Low-Complexity Neural Video Compression",
        "text": (
            "Conditional coding has allowed neural video codecs of the DCVC family to surpass the rate-distortion "
            "performance of VVC, but their temporal context is derived from the previously decoded frame alone, so "
            "quality drifts over long intra periods and decoding complexity remains high. We present Qasmirel, a "
            "conditional video codec that keeps a compact memory of multi-scale features across the whole group of "
            "pictures, refreshes it with a gated update at every frame, and reads from it with deformable "
            "convolutions at three scales. To reduce complexity, Qasmirel fuses temporal context at quarter "
            "resolution and shares a single entropy model across scales. Under an intra period of 96 frames in "
            "YUV420 format, Qasmirel achieves average BD-rate savings of 24.6% over VTM-17.0 on the HEVC Class "
            "B\u2013E, UVG and MCL-JCV test sequences, while DCVC-DC and DCVC-FM achieve 11.3% and 18.9%, "
            "respectively. The savings are largest on UVG, at 29.4%. Qasmirel needs 1.02M MACs per pixel for "
            "decoding, 44% fewer than DCVC-FM, and decodes 1080p video at 21.7 frames per second on an A100. Over a "
            "96-frame period, Qasmirel loses only 0.31 dB of PSNR from the first to the last frame, against 0.78 dB "
            "for DCVC-FM, which indicates that the long-range memory suppresses error propagation."
        ),
        "spans": [
            ("Qasmirel", "M"), ("Video Compression", "T"), ("Conditional coding", "M"), ("DCVC", "M"),
            ("rate-distortion performance", "X"), ("VVC", "M"), ("deformable convolutions", "M"),
            ("average BD-rate savings", "X"), ("VTM-17.0", "M"), ("HEVC Class B\u2013E", "D"), ("UVG", "D"),
            ("MCL-JCV", "D"), ("DCVC-DC", "M"), ("DCVC-FM", "M"), ("MACs", "X"), ("frames per second", "X"),
            ("PSNR", "X"),
        ],
        "results": [
            ("average BD-rate savings of 24.6%", "BD-rate savings", 24.6, "%", None, "Qasmirel"),
            ("11.3%", "BD-rate savings", 11.3, "%", None, "DCVC-DC"),
            ("18.9%", "BD-rate savings", 18.9, "%", None, "DCVC-FM"),
            ("savings are largest on UVG, at 29.4%", "BD-rate savings", 29.4, "%", "UVG", None),
            ("1.02M MACs", "MACs", 1.02, "M", None, "Qasmirel"),
            ("44% fewer", "MACs reduction", 44, "%", None, "Qasmirel"),
            ("21.7 frames per second", "frames per second", 21.7, "fps", None, "Qasmirel"),
            ("0.31 dB of PSNR", "PSNR", 0.31, "dB", None, "Qasmirel"),
            ("0.78 dB", "PSNR", 0.78, "dB", None, "DCVC-FM"),
        ],
    },
]
