"""fresh19 records: table-structure-recognition (6) and code-clone-detection (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline was
never run on these abstracts and its output was never seen."""

COINED = ["Lqarbor", "Lqellis", "Lqorin", "Lqumber", "Lqenta", "Lqivet",
          "Lqastrel", "Lqombra", "Lqessin", "Lqurio", "Lqoven", "Lqirra"]

RECS = [
    # ------------------------------------------------------------ table-structure-recognition
    {
        "field": "table-structure-recognition",
        "title": "Lqarbor: Decoupled Row and Column Queries for Fast Table Structure Recognition",
        "text": (
            "Table structure recognition (TSR) aims to recover the rows, columns and cells of a table image, a "
            "prerequisite for extracting tabular data from scientific articles and financial reports. Models that "
            "first predict row and column separators and then merge grid cells, such as SEM and TSRFormer, handle "
            "spanning cells well but rely on hand-tuned post-processing, while image-to-markup models such as "
            "TableFormer and VAST decode HTML token by token and slow down on large tables. We present Lqarbor, in "
            "which separate row and column queries of a DETR-style decoder regress separator lines directly and a "
            "lightweight grid relation head predicts which grid cells to merge. On PubTabNet, Lqarbor reaches a "
            "TEDS-Struct of 97.9 and, paired with an off-the-shelf OCR engine, a TEDS of 96.8, against 97.1 and 96.0 "
            "for VAST. On FinTabNet and SciTSR-COMP it obtains TEDS-Struct scores of 98.6 and 97.4, respectively, and "
            "on the wired tables of WTW it raises the adjacency relation F1-score from 78.3% for Cycle-CenterNet to "
            "86.5%. Because no markup is generated autoregressively, Lqarbor processes a table in 42 ms on an A100 "
            "GPU, a 5.7\u00d7 speed-up over TableFormer, and its parameter count (38.2M) is less than half that of "
            "VAST. Decoupling row and column queries contributes 1.4 points of TEDS-Struct on complex tables with "
            "more than 20 rows."
        ),
        "spans": [
            ("Lqarbor", "M"), ("Table Structure Recognition", "T"), ("Table structure recognition", "T"),
            ("TSR", "T"), ("SEM", "M"), ("TSRFormer", "M"), ("TableFormer", "M"), ("VAST", "M"), ("DETR", "M"),
            ("PubTabNet", "D"), ("TEDS-Struct", "X"), ("OCR", "T"), ("TEDS", "X"), ("FinTabNet", "D"),
            ("SciTSR-COMP", "D"), ("WTW", "D"), ("adjacency relation F1-score", "X"), ("Cycle-CenterNet", "M"),
            ("speed-up", "X"), ("parameter count", "X"),
        ],
        "results": [
            ("TEDS-Struct of 97.9", "TEDS-Struct", 97.9, None, "PubTabNet", "Lqarbor"),
            ("TEDS of 96.8", "TEDS", 96.8, None, "PubTabNet", "Lqarbor"),
            ("97.1", "TEDS-Struct", 97.1, None, "PubTabNet", "VAST"),
            ("96.0", "TEDS", 96.0, None, "PubTabNet", "VAST"),
            ("TEDS-Struct scores of 98.6", "TEDS-Struct", 98.6, None, "FinTabNet", None),
            ("97.4", "TEDS-Struct", 97.4, None, "SciTSR-COMP", None),
            ("adjacency relation F1-score from 78.3%", "adjacency relation F1", 78.3, "%", "WTW", "Cycle-CenterNet"),
            ("86.5%", "adjacency relation F1", 86.5, "%", "WTW", None),
            ("42 ms", "latency", 42, "ms", None, "Lqarbor"),
            ("5.7\u00d7 speed-up", "speed-up", 5.7, "\u00d7", None, "Lqarbor"),
            ("parameter count (38.2M)", "parameter count", 38.2, "M", None, "Lqarbor"),
            ("1.4 points of TEDS-Struct", "TEDS-Struct", 1.4, "points", None, None),
        ],
    },
    {
        "field": "table-structure-recognition",
        "title": "Lqellis: Projection-Profile Queries for Table Detection across Historical and Born-Digital Documents",
        "text": (
            "Table detection, the localisation of table regions on a page, remains brittle on historical scans, where "
            "ruling lines fade and ink bleeds through, and on born-digital documents, where borderless tables sit next "
            "to figures and multi-column text. Detectors borrowed from natural images, such as the Cascade Mask R-CNN "
            "of CascadeTabNet or Deformable DETR, are usually tuned for one of these domains at a time. We introduce "
            "Lqellis, a DETR-style detector whose box queries are initialised from horizontal and vertical projection "
            "profiles of the page and whose decoder is trained to repair deliberately misaligned table boxes, which "
            "teaches it to snap to table borders rather than to nearby text blocks. Lqellis is pre-trained once on "
            "TableBank and PubTables-1M and fine-tuned on each target collection. On ICDAR 2019 cTDaR, Lqellis reaches "
            "a weighted average F1 of 93.1 on the archival track and 95.6 on the modern track, compared with 90.4 and "
            "95.0 for DINO trained under the same protocol. Without any fine-tuning, Lqellis detects the tables of "
            "Marmot with an F1 of 95.2% at an IoU threshold of 0.5, and on the scanned pages of ICDAR 2013 its recall "
            "is 99.1%. Most remaining errors are tables split across page columns, which a page-level prior cannot "
            "resolve. We release code and the synthetic misalignment generator."
        ),
        "spans": [
            ("Lqellis", "M"), ("Table Detection", "T"), ("Table detection", "T"), ("Cascade Mask R-CNN", "M"),
            ("CascadeTabNet", "M"), ("Deformable DETR", "M"), ("DETR", "M"), ("TableBank", "D"),
            ("PubTables-1M", "D"), ("ICDAR 2019 cTDaR", "D"), ("weighted average F1", "X"), ("DINO", "M"),
            ("Marmot", "D"), ("F1", "X"), ("IoU", "X"), ("ICDAR 2013", "D"), ("recall", "X"),
        ],
        "results": [
            ("weighted average F1 of 93.1", "weighted average F1", 93.1, None, "ICDAR 2019 cTDaR", "Lqellis"),
            ("95.6", "weighted average F1", 95.6, None, "ICDAR 2019 cTDaR", "Lqellis"),
            ("90.4", "weighted average F1", 90.4, None, "ICDAR 2019 cTDaR", "DINO"),
            ("95.0", "weighted average F1", 95.0, None, "ICDAR 2019 cTDaR", "DINO"),
            ("F1 of 95.2%", "F1", 95.2, "%", "Marmot", "Lqellis"),
            ("recall is 99.1%", "recall", 99.1, "%", "ICDAR 2013", "Lqellis"),
        ],
    },
    {
        "field": "table-structure-recognition",
        "title": "Lqorin: Row-Parallel Non-Autoregressive Decoding for End-to-End Table Recognition",
        "text": (
            "End-to-end table recognition converts a table image into HTML that encodes both the structure and the "
            "cell content, and image-to-markup models such as TableFormer, MTL-TabNet and UniTable now dominate this "
            "task. Their autoregressive decoders, however, emit one structure token at a time, so latency grows "
            "linearly with table size. We propose Lqorin, which groups structure tokens by row, decodes all rows in "
            "parallel with a non-autoregressive Transformer, and then fills in cell contents with a shared text "
            "decoder conditioned on the predicted cell boxes. Lqorin scores 97.6 / 96.4 (TEDS-S / TEDS) on PubTabNet "
            "and 98.5 / 97.0 on FinTabNet. For reference, on PubTabNet, UniTable reaches 97.9 / 96.5 and MTL-TabNet "
            "96.7 / 95.4. On PubTables-1M, Lqorin obtains a GriTS-Top of 98.9 and a GriTS-Con of 98.3. Lqorin thus "
            "matches the strongest autoregressive model at a fraction of its cost: it decodes tables with more than "
            "500 structure tokens 6.3\u00d7 faster than UniTable and needs 41 GFLOPs per image versus 96 GFLOPs for "
            "UniTable. Over the 9,115 tables of the PubTabNet validation set, the median latency per table drops from "
            "1.84 s to 0.29 s. Row grouping also helps on tables with spanning cells, where TEDS-S improves by 1.1 "
            "points over a token-by-token variant of the same model."
        ),
        "spans": [
            ("Lqorin", "M"), ("Non-Autoregressive Decoding", "M"), ("Table Recognition", "T"), ("table recognition", "T"),
            ("TableFormer", "M"), ("MTL-TabNet", "M"), ("UniTable", "M"), ("latency", "X"),
            ("non-autoregressive Transformer", "M"), ("TEDS-S", "X"),
            ("TEDS", "X"), ("PubTabNet", "D"), ("FinTabNet", "D"), ("PubTables-1M", "D"), ("GriTS-Top", "X"),
            ("GriTS-Con", "X"), ("GFLOPs", "X"), ("median latency", "X"),
        ],
        "results": [
            ("97.6", "TEDS-S", 97.6, None, "PubTabNet", "Lqorin"),
            ("96.4", "TEDS", 96.4, None, "PubTabNet", "Lqorin"),
            ("98.5", "TEDS-S", 98.5, None, "FinTabNet", "Lqorin"),
            ("97.0", "TEDS", 97.0, None, "FinTabNet", "Lqorin"),
            ("97.9", "TEDS-S", 97.9, None, "PubTabNet", "UniTable"),
            ("96.5", "TEDS", 96.5, None, "PubTabNet", "UniTable"),
            ("96.7", "TEDS-S", 96.7, None, "PubTabNet", "MTL-TabNet"),
            ("95.4", "TEDS", 95.4, None, "PubTabNet", "MTL-TabNet"),
            ("GriTS-Top of 98.9", "GriTS-Top", 98.9, None, "PubTables-1M", "Lqorin"),
            ("GriTS-Con of 98.3", "GriTS-Con", 98.3, None, "PubTables-1M", "Lqorin"),
            ("6.3\u00d7 faster", "speed-up", 6.3, "\u00d7", None, "Lqorin"),
            ("41 GFLOPs", "FLOPs", 41, "G", None, "Lqorin"),
            ("96 GFLOPs", "FLOPs", 96, "G", None, "UniTable"),
            ("median latency per table drops from 1.84 s to 0.29 s", "latency", 0.29, "s", "PubTabNet", None),
            ("TEDS-S improves by 1.1 points", "TEDS-S", 1.1, "points", None, None),
        ],
    },
    {
        "field": "table-structure-recognition",
        "title": "Lqumber: Vertex Graphs and Logical-Location Regression for Distorted Tables in the Wild",
        "text": (
            "Tables photographed with phones or scanned from curved pages break the axis-aligned assumptions behind "
            "most table structure recognition (TSR) models. Bottom-up approaches that detect cells and then infer "
            "their logical coordinates, such as Cycle-CenterNet and LORE, cope better with distortion but often "
            "mis-assign cells that span several rows or columns. We propose Lqumber, which represents every cell by "
            "its four corner vertices, links vertices shared by neighbouring cells into a graph, and regresses logical "
            "row and column indices with a graph attention network whose messages follow this vertex graph. On WTW, "
            "Lqumber reaches an adjacency relation F1 of 94.8 [precision 95.3, recall 94.3], vs. 93.6 for LORE and "
            "92.9 for NCGM, and a physical-structure F1 of 81.0 under the strict IoU 0.9 criterion. On the "
            "camera-captured subset of TabRecSet and on iFLYTAB, gains over LORE range from 1.7 to 3.9 points of "
            "TEDS-Struct. The accuracy of logical location prediction, i.e. the share of cells whose four logical "
            "indices are all correct, rises from 83.2% with LORE to 88.9%. On ICDAR 2013, where tables are clean and "
            "born-digital, Lqumber remains competitive (F1 98.4) despite being designed for distorted inputs. The "
            "full model has 31.6M parameters and runs at 14.2 FPS on a single RTX 3090."
        ),
        "spans": [
            ("Lqumber", "M"), ("table structure recognition", "T"), ("TSR", "T"), ("Cycle-CenterNet", "M"),
            ("LORE", "M"), ("graph attention network", "M"), ("WTW", "D"), ("adjacency relation F1", "X"),
            ("precision", "X"), ("recall", "X"), ("NCGM", "M"), ("physical-structure F1", "X"), ("IoU", "X"),
            ("TabRecSet", "D"), ("iFLYTAB", "D"), ("TEDS-Struct", "X"), ("accuracy", "X"),
            ("logical location prediction", "T"), ("ICDAR 2013", "D"), ("F1", "X"), ("FPS", "X"),
        ],
        "results": [
            ("adjacency relation F1 of 94.8", "adjacency relation F1", 94.8, None, "WTW", "Lqumber"),
            ("precision 95.3", "precision", 95.3, None, "WTW", "Lqumber"),
            ("recall 94.3", "recall", 94.3, None, "WTW", "Lqumber"),
            ("93.6 for LORE", "adjacency relation F1", 93.6, None, "WTW", "LORE"),
            ("92.9 for NCGM", "adjacency relation F1", 92.9, None, "WTW", "NCGM"),
            ("physical-structure F1 of 81.0", "physical-structure F1", 81.0, None, "WTW", "Lqumber"),
            ("from 1.7 to 3.9 points of TEDS-Struct", "TEDS-Struct", 3.9, "points", None, None, {"low": 1.7}),
            ("accuracy of logical location prediction, i.e. the share of cells whose four logical indices are all "
             "correct, rises from 83.2%", "accuracy", 83.2, "%", None, "LORE"),
            ("88.9%", "accuracy", 88.9, "%", None, None),
            ("F1 98.4", "F1", 98.4, None, "ICDAR 2013", "Lqumber"),
            ("14.2 FPS", "FPS", 14.2, None, None, None),
        ],
    },
    {
        "field": "table-structure-recognition",
        "title": "Lqenta: Teaching Multimodal Large Language Models to Transcribe Table Structure with Compact Markup",
        "text": (
            "Multimodal large language models (MLLMs) such as GPT-4o and Qwen2-VL answer questions about tables "
            "fluently, yet when asked to transcribe a table image into HTML they drop rows, misplace spanning cells "
            "and invent content, especially on dense financial statements. We trace much of this failure to the "
            "markup itself: HTML spends most of its tokens on tags, and models lose count of columns over long "
            "outputs. We present Lqenta, an instruction tuning recipe for table structure recognition that replaces "
            "HTML with the compact OTSL representation, inserts explicit row counters, and fine-tunes Qwen2-VL-7B "
            "with LoRA on 420k synthetic and real table images. Lqenta shortens the output length by 58% and raises "
            "TEDS on FinTabNet from 71.6 for Qwen2-VL-7B to 95.3, close to the specialised UniTable at 96.1. On "
            "FinTabNet, zero-shot GPT-4o reaches a TEDS of only 76.9 under the same prompt. On the complex-table "
            "subset of PubTabNet, Lqenta outperforms Table-LLaVA by 11.4 points of TEDS. Compact markup matters more "
            "than model size: Qwen2-VL-2B trained with the same recipe stays within 1.8 TEDS points of the 7B model. "
            "Finally, we show that the row counters make errors easy to localise, which allows a cheap "
            "self-correction pass that re-generates only the rows whose counters disagree with the detected row "
            "lines. We release the training data, prompts and checkpoints."
        ),
        "spans": [
            ("Lqenta", "M"), ("Multimodal Large Language Models", "M"), ("Multimodal large language models", "M"),
            ("MLLMs", "M"), ("GPT-4o", "M"), ("Qwen2-VL", "M"), ("instruction tuning", "M"),
            ("table structure recognition", "T"), ("Qwen2-VL-7B", "M"), ("LoRA", "M"), ("output length", "X"),
            ("TEDS", "X"), ("FinTabNet", "D"), ("UniTable", "M"), ("PubTabNet", "D"), ("Table-LLaVA", "M"),
            ("Qwen2-VL-2B", "M"), ("self-correction", "M"),
        ],
        "results": [
            ("output length by 58%", "output length reduction", 58, "%", None, "Lqenta"),
            ("TEDS on FinTabNet from 71.6", "TEDS", 71.6, None, "FinTabNet", "Qwen2-VL-7B"),
            ("95.3", "TEDS", 95.3, None, "FinTabNet", "Lqenta"),
            ("UniTable at 96.1", "TEDS", 96.1, None, "FinTabNet", "UniTable"),
            ("TEDS of only 76.9", "TEDS", 76.9, None, "FinTabNet", "GPT-4o"),
            ("11.4 points of TEDS", "TEDS", 11.4, "points", "PubTabNet", "Lqenta"),
            ("within 1.8 TEDS points", "TEDS", 1.8, "points", None, "Qwen2-VL-2B"),
        ],
    },
    {
        "field": "table-structure-recognition",
        "title": "Lqivet: Distilling Two Table Transformers into One Real-Time Detector for Joint Table Detection and "
                 "Structure Recognition",
        "text": (
            "Document conversion pipelines usually run table detection and table structure recognition as two "
            "separate models, which doubles the cost of processing every page. The Table Transformer (TATR) trained on "
            "PubTables-1M remains a popular open baseline for both stages, but its DETR decoder converges slowly and "
            "processes only a few pages per second on a CPU. We propose Lqivet, a single real-time detector built on "
            "RT-DETR that predicts tables, rows, columns and spanning cells in one pass over the page and is trained "
            "by knowledge distillation from the two TATR models. On PubTables-1M, Lqivet reaches 98.7 AP50 for table "
            "detection and GriTS-Top, GriTS-Con and GriTS-Loc of 98.8, 98.4 and 97.2 for structure recognition, "
            "against 98.5, 98.1 and 97.0 for the TATR structure model. On FinTabNet, whose tables were never seen "
            "during training, the exact-match table accuracy (AccCon) improves by +4.1% over TATR. Processing a page "
            "takes 23 ms on a T4 GPU and 310 ms on a laptop CPU, a 3.4\u00d7 speed-up over running both TATR models "
            "in sequence, and peak GPU memory falls by 46%. Lqivet has about a third of the parameters of the two "
            "teachers combined, which makes it practical for batch conversion of large archives on commodity "
            "hardware. We release the model and the training code."
        ),
        "spans": [
            ("Lqivet", "M"), ("Table Transformers", "M"), ("Table Detection", "T"), ("Structure Recognition", "T"), ("table detection", "T"),
            ("table structure recognition", "T"), ("Table Transformer", "M"), ("TATR", "M"), ("PubTables-1M", "D"),
            ("DETR", "M"), ("RT-DETR", "M"), ("knowledge distillation", "M"), ("AP50", "X"), ("GriTS-Top", "X"),
            ("GriTS-Con", "X"), ("GriTS-Loc", "X"), ("structure recognition", "T"), ("FinTabNet", "D"),
            ("exact-match table accuracy", "X"), ("AccCon", "X"), ("speed-up", "X"), ("peak GPU memory", "X"),
        ],
        "results": [
            ("98.7 AP50", "AP50", 98.7, None, "PubTables-1M", "Lqivet"),
            ("98.8", "GriTS-Top", 98.8, None, "PubTables-1M", "Lqivet"),
            ("98.4", "GriTS-Con", 98.4, None, "PubTables-1M", "Lqivet"),
            ("97.2", "GriTS-Loc", 97.2, None, "PubTables-1M", "Lqivet"),
            ("98.5", "GriTS-Top", 98.5, None, "PubTables-1M", "TATR"),
            ("98.1", "GriTS-Con", 98.1, None, "PubTables-1M", "TATR"),
            ("97.0", "GriTS-Loc", 97.0, None, "PubTables-1M", "TATR"),
            ("improves by +4.1%", "AccCon", 4.1, "%", "FinTabNet", None),
            ("takes 23 ms", "processing time", 23, "ms", None, None),
            ("310 ms", "processing time", 310, "ms", None, None),
            ("3.4\u00d7 speed-up", "speed-up", 3.4, "\u00d7", None, None),
            ("peak GPU memory falls by 46%", "peak GPU memory reduction", 46, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ code-clone-detection
    {
        "field": "code-clone-detection",
        "title": "Lqastrel: Execution-Aware Contrastive Pre-Training for Semantic Code Clone Detection",
        "text": (
            "Semantic code clones implement the same functionality with different syntax, and detecting them matters "
            "for refactoring, vulnerability propagation and licence compliance. Pre-trained code models such as "
            "CodeBERT, GraphCodeBERT and UniXcoder learn representations mostly from token sequences and data flow, "
            "so two programs that behave identically but are written differently often end up far apart in "
            "embedding space. We propose Lqastrel, a contrastive pre-training objective that treats programs "
            "producing identical outputs on generated test inputs as positives and mines hard negatives among "
            "syntactically similar programs that disagree on at least one input. Starting from UniXcoder, we continue "
            "pre-training on 1.9M functions from Project CodeNet with executable test harnesses. On BigCloneBench, "
            "Lqastrel obtains a precision of 96.1%, a recall of 95.4% and an F1 of 95.7%, compared with 95.2% F1 for "
            "UniXcoder and 94.1% for GraphCodeBERT. On POJ-104, Lqastrel reaches a MAP@R of 93.8, up from 90.5 for "
            "UniXcoder and 85.1 for GraphCodeBERT, and in zero-shot code-to-code search on the Python and Java splits "
            "of CodeNet its MAP improves by 6.2 and 4.9 points, respectively. Gains are largest on Type-4 clones with "
            "little token overlap, where recall rises by 7.3 points. Execution is needed only to build positive pairs "
            "during pre-training; at inference time, Lqastrel is a plain encoder with exactly the cost of UniXcoder."
        ),
        "spans": [
            ("Lqastrel", "M"), ("Contrastive Pre-Training", "M"), ("Semantic Code Clone Detection", "T"),
            ("CodeBERT", "M"), ("GraphCodeBERT", "M"), ("UniXcoder", "M"), ("contrastive pre-training", "M"),
            ("Project CodeNet", "D"), ("CodeNet", "D"), ("BigCloneBench", "D"), ("precision", "X"), ("recall", "X"),
            ("F1", "X"), ("POJ-104", "D"), ("MAP@R", "X"), ("zero-shot code-to-code search", "T"), ("MAP", "X"),
        ],
        "results": [
            ("precision of 96.1%", "precision", 96.1, "%", "BigCloneBench", "Lqastrel"),
            ("recall of 95.4%", "recall", 95.4, "%", "BigCloneBench", "Lqastrel"),
            ("F1 of 95.7%", "F1", 95.7, "%", "BigCloneBench", "Lqastrel"),
            ("95.2% F1 for UniXcoder", "F1", 95.2, "%", "BigCloneBench", "UniXcoder"),
            ("94.1% for GraphCodeBERT", "F1", 94.1, "%", "BigCloneBench", "GraphCodeBERT"),
            ("MAP@R of 93.8", "MAP@R", 93.8, None, "POJ-104", "Lqastrel"),
            ("90.5 for UniXcoder", "MAP@R", 90.5, None, "POJ-104", "UniXcoder"),
            ("85.1 for GraphCodeBERT", "MAP@R", 85.1, None, "POJ-104", "GraphCodeBERT"),
            ("MAP improves by 6.2", "MAP", 6.2, "points", "CodeNet", "Lqastrel"),
            ("4.9 points", "MAP", 4.9, "points", "CodeNet", "Lqastrel"),
            ("recall rises by 7.3 points", "recall", 7.3, "points", None, None),
        ],
    },
    {
        "field": "code-clone-detection",
        "title": "Lqombra: Explain-Then-Judge Prompting of Large Language Models for Cross-Language Code Clone Detection",
        "text": (
            "Large language models (LLMs) can be asked directly whether two code fragments are clones, but their "
            "answers are unstable across prompts and degrade sharply when the fragments are written in different "
            "programming languages. We propose Lqombra, a prompting strategy in which the model first writes a short "
            "behavioural summary of each fragment, then compares the two summaries, and only then issues a verdict, "
            "with a self-consistency vote over five sampled explanations. We evaluate cross-language clone detection "
            "between Java, Python and C# on the CLCDSA benchmark and on the cross-language portion of GPTCloneBench, "
            "as well as semantic clone detection within one language on SemanticCloneBench. With GPT-4o as the "
            "backbone, Lqombra achieves an F1 of 0.89 on CLCDSA, compared with 0.71 for direct prompting and 0.78 for "
            "chain-of-thought prompting. Open models benefit as well: on CLCDSA, the F1 of Qwen2.5-Coder-32B improves "
            "from 0.64 to 0.82, and that of DeepSeek-Coder-V2 from 0.69 to 0.84. On SemanticCloneBench, a fine-tuned "
            "GraphCodeBERT still leads with an F1 of 0.93, but Lqombra narrows the gap to 0.02 without using any "
            "training pairs. Removing the self-consistency vote costs 3.1 F1 points, and the explanations make the "
            "remaining errors easy to audit, since most of them stem from summaries that miss an edge case. The price "
            "is about 4.6\u00d7 more output tokens than direct prompting."
        ),
        "spans": [
            ("Lqombra", "M"), ("Large Language Models", "M"), ("Cross-Language Code Clone Detection", "T"),
            ("Large language models", "M"), ("LLMs", "M"), ("self-consistency", "M"),
            ("cross-language clone detection", "T"), ("CLCDSA", "D"), ("GPTCloneBench", "D"),
            ("semantic clone detection", "T"), ("SemanticCloneBench", "D"), ("GPT-4o", "M"), ("F1", "X"),
            ("chain-of-thought prompting", "M"), ("Qwen2.5-Coder-32B", "M"), ("DeepSeek-Coder-V2", "M"),
            ("GraphCodeBERT", "M"), ("output tokens", "X"),
        ],
        "results": [
            ("F1 of 0.89", "F1", 0.89, None, "CLCDSA", "Lqombra"),
            ("0.71 for direct prompting", "F1", 0.71, None, "CLCDSA", None),
            ("0.78 for chain-of-thought prompting", "F1", 0.78, None, "CLCDSA", "chain-of-thought prompting"),
            ("0.82", "F1", 0.82, None, "CLCDSA", "Qwen2.5-Coder-32B"),
            ("0.84", "F1", 0.84, None, "CLCDSA", "DeepSeek-Coder-V2"),
            ("F1 of 0.93", "F1", 0.93, None, "SemanticCloneBench", "GraphCodeBERT"),
            ("narrows the gap to 0.02", "F1 gap", 0.02, None, "SemanticCloneBench", "Lqombra"),
            ("costs 3.1 F1 points", "F1", 3.1, "points", None, None),
            ("4.6\u00d7 more output tokens", "output tokens", 4.6, "\u00d7", None, None),
        ],
    },
    {
        "field": "code-clone-detection",
        "title": "Lqessin: Matching Program Dependence Graphs at the Region Level for Scalable Code Clone Detection",
        "text": (
            "Graph-based clone detectors such as FA-AST with a graph matching network (GMN) compare two programs "
            "through cross-graph attention over their abstract syntax trees. This captures semantic similarity well "
            "but requires a full pairwise forward pass for every candidate pair, which makes repository-scale search "
            "impractical. We present Lqessin, which encodes each function as a program dependence graph, pools it "
            "into a small set of region nodes and performs cross-graph attention only between region nodes, while an "
            "embedding branch pre-filters candidates by nearest-neighbour search. On BigCloneBench, Lqessin achieves "
            "an F1 of 0.962 (precision 0.968, recall 0.957), outperforming FA-AST+GMN (0.950), ASTNN (0.932) and "
            "TBCCD (0.917). On OJClone, the F1 reaches 0.988 vs. 0.985 for FA-AST+GMN. The main benefit is cost: "
            "Lqessin has a latency of 0.41 ms per pair, 12.8\u00d7 faster than FA-AST+GMN, and the two-stage search "
            "over the 1.1 million functions of BigCloneBench finishes in 37 minutes on one GPU instead of an "
            "estimated 19 hours. The memory footprint is 2.3 KB per encoded function. Ablations show that region "
            "pooling alone accounts for most of the speed-up with an F1 loss of less than 0.004, whereas the "
            "embedding pre-filter is responsible for the remaining gain in scalability."
        ),
        "spans": [
            ("Lqessin", "M"), ("Code Clone Detection", "T"), ("FA-AST", "M"),
            ("graph matching network", "M"), ("GMN", "M"), ("cross-graph attention", "M"),
            ("nearest-neighbour search", "M"), ("BigCloneBench", "D"), ("F1", "X"), ("precision", "X"),
            ("recall", "X"), ("FA-AST+GMN", "M"), ("ASTNN", "M"), ("TBCCD", "M"), ("OJClone", "D"),
            ("latency", "X"), ("memory footprint", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("F1 of 0.962", "F1", 0.962, None, "BigCloneBench", "Lqessin"),
            ("precision 0.968", "precision", 0.968, None, "BigCloneBench", "Lqessin"),
            ("recall 0.957", "recall", 0.957, None, "BigCloneBench", "Lqessin"),
            ("0.950", "F1", 0.95, None, "BigCloneBench", "FA-AST+GMN"),
            ("0.932", "F1", 0.932, None, "BigCloneBench", "ASTNN"),
            ("0.917", "F1", 0.917, None, "BigCloneBench", "TBCCD"),
            ("F1 reaches 0.988", "F1", 0.988, None, "OJClone", None),
            ("0.985 for FA-AST+GMN", "F1", 0.985, None, "OJClone", "FA-AST+GMN"),
            ("latency of 0.41 ms", "latency", 0.41, "ms", None, "Lqessin"),
            ("12.8\u00d7 faster", "speed-up", 12.8, "\u00d7", None, "Lqessin"),
            ("finishes in 37 minutes", "search time", 37, "min", "BigCloneBench", None),
            ("19 hours", "search time", 19, "h", "BigCloneBench", None),
            ("memory footprint is 2.3 KB", "memory footprint", 2.3, "KB", None, None),
            ("F1 loss of less than 0.004", "F1", 0.004, None, None, None),
        ],
    },
    {
        "field": "code-clone-detection",
        "title": "Lqurio: Compact Binary Code Embeddings for Billion-Scale Semantic Clone Search",
        "text": (
            "Embedding-based clone search scales better than pairwise classifiers, but storing 768-dimensional "
            "floating-point vectors for every function of a large monorepo, and scanning them at query time, is "
            "expensive. We present Lqurio, which distils the embedding space of CodeT5+ 110M into 256-bit binary "
            "codes with a learned rotation and a straight-through estimator, so that candidate retrieval reduces to "
            "Hamming distance computations. Evaluated on POJ-104 and on the Java250 and C++1000 benchmarks of Project "
            "CodeNet, Lqurio keeps 97.6% of the MAP@R of its float teacher while shrinking the index size by "
            "96\u00d7. Concretely, Lqurio reaches a MAP@R of 89.2, 84.7 and 71.5 on POJ-104, Java250 and C++1000, "
            "respectively, compared with 91.4, 86.6 and 73.8 for CodeT5+ 110M and 88.0, 82.1 and 69.4 for UniXcoder. "
            "On BigCloneBench retrieval, MRR drops by only 1.3 points relative to the teacher. Search over an index "
            "of 120 million functions answers a query in 18 ms on a single CPU socket, against 1.9 s for exhaustive "
            "float search and 64 ms for a product quantization (PQ) index at the same memory budget; throughput "
            "reaches 5,400 queries per second. Lqurio requires no change to the encoder architecture and can be "
            "retrofitted to any code embedding model with a few GPU-hours of training."
        ),
        "spans": [
            ("Lqurio", "M"), ("Semantic Clone Search", "T"), ("clone search", "T"), ("CodeT5+ 110M", "M"),
            ("straight-through estimator", "M"), ("POJ-104", "D"), ("Java250", "D"), ("C++1000", "D"),
            ("Project CodeNet", "D"), ("MAP@R", "X"), ("index size", "X"), ("UniXcoder", "M"),
            ("BigCloneBench", "D"), ("MRR", "X"), ("product quantization", "M"), ("PQ", "M"), ("throughput", "X"),
        ],
        "results": [
            ("keeps 97.6% of the MAP@R", "relative MAP@R", 97.6, "%", None, "Lqurio"),
            ("index size by 96\u00d7", "index size reduction", 96, "\u00d7", None, "Lqurio"),
            ("MAP@R of 89.2", "MAP@R", 89.2, None, "POJ-104", "Lqurio"),
            ("84.7", "MAP@R", 84.7, None, "Java250", "Lqurio"),
            ("71.5", "MAP@R", 71.5, None, "C++1000", "Lqurio"),
            ("91.4", "MAP@R", 91.4, None, "POJ-104", "CodeT5+ 110M"),
            ("86.6", "MAP@R", 86.6, None, "Java250", "CodeT5+ 110M"),
            ("73.8", "MAP@R", 73.8, None, "C++1000", "CodeT5+ 110M"),
            ("88.0", "MAP@R", 88.0, None, "POJ-104", "UniXcoder"),
            ("82.1", "MAP@R", 82.1, None, "Java250", "UniXcoder"),
            ("69.4", "MAP@R", 69.4, None, "C++1000", "UniXcoder"),
            ("MRR drops by only 1.3 points", "MRR", 1.3, "points", "BigCloneBench", None),
            ("18 ms", "latency", 18, "ms", None, None),
            ("1.9 s", "latency", 1.9, "s", None, None),
            ("64 ms", "latency", 64, "ms", None, "product quantization"),
            ("throughput reaches 5,400 queries per second", "throughput", 5400, "queries/s", None, None),
        ],
    },
    {
        "field": "code-clone-detection",
        "title": "Lqoven: Functionality-Disjoint Training with LLM-Rewritten Clones for Clone Detection that Generalizes",
        "text": (
            "Fine-tuned code models report F1 scores above 0.95 on BigCloneBench, yet these numbers overstate their "
            "ability: the train and test splits of the benchmark share the same 43 functionalities, so models can "
            "memorise functionality-specific vocabulary instead of learning semantic equivalence. Re-splitting "
            "BigCloneBench so that test functionalities are unseen, we observe that the F1 of CodeBERT, GraphCodeBERT "
            "and UniXcoder falls by 24 to 41 points. We propose Lqoven, a training scheme that augments each "
            "functionality with clones rewritten by an LLM under semantics-preserving instructions (renaming, loop "
            "restructuring, library substitution, algorithm swaps), verifies them against generated unit tests, and "
            "adds a functionality-adversarial loss that penalises features predictive of the functionality label. On "
            "the functionality-disjoint split, Lqoven lifts UniXcoder from 0.52 to 0.71 F1 and GraphCodeBERT from "
            "0.47 to 0.66, while in-distribution F1 changes by less than 0.01. Transfer improves as well: trained only "
            "on BigCloneBench, Lqoven reaches 0.78 F1 on SemanticCloneBench and 0.74 on the Java subset of "
            "GPTCloneBench, 9.4 and 12.0 points above the standard fine-tuning baseline. Roughly 61% of the "
            "LLM-rewritten candidates pass their tests, and discarding the rest is essential: training on unverified "
            "rewrites costs 4.8 points of F1. We release our split and the verified rewrites to support a more honest "
            "evaluation of clone detectors."
        ),
        "spans": [
            ("Lqoven", "M"), ("LLM", "M"), ("Clone Detection", "T"), ("F1", "X"), ("BigCloneBench", "D"),
            ("CodeBERT", "M"), ("GraphCodeBERT", "M"), ("UniXcoder", "M"), ("SemanticCloneBench", "D"),
            ("GPTCloneBench", "D"),
        ],
        "results": [
            ("F1 scores above 0.95", "F1", 0.95, None, "BigCloneBench", None),
            ("falls by 24 to 41 points", "F1", 41, "points", "BigCloneBench", None, {"low": 24}),
            ("0.71 F1", "F1", 0.71, None, None, "Lqoven"),
            ("0.66", "F1", 0.66, None, None, "Lqoven"),
            ("F1 changes by less than 0.01", "F1", 0.01, None, None, None),
            ("0.78 F1", "F1", 0.78, None, "SemanticCloneBench", "Lqoven"),
            ("0.74", "F1", 0.74, None, "GPTCloneBench", "Lqoven"),
            ("9.4", "F1", 9.4, "points", "SemanticCloneBench", "Lqoven"),
            ("12.0 points", "F1", 12.0, "points", "GPTCloneBench", "Lqoven"),
            ("61% of the LLM-rewritten candidates pass", "pass rate", 61, "%", None, None),
            ("costs 4.8 points of F1", "F1", 4.8, "points", None, None),
        ],
    },
    {
        "field": "code-clone-detection",
        "title": "Lqirra: Locality-Sensitive Hashing over Normalised Token Shingles for Near-Miss Clone Detection at "
                 "Repository Scale",
        "text": (
            "Token-based clone detectors such as SourcererCC and CCAligner scale to hundreds of millions of lines of "
            "code, but their recall on Type-3 clones with large gaps or reordered statements remains low, while "
            "learning-based detectors recover such clones only at a fraction of the speed. We present Lqirra, a "
            "detector that normalises identifiers and literals, represents each code block by overlapping token "
            "shingles weighted by inverse document frequency, and indexes MinHash signatures with locality-sensitive "
            "hashing (LSH), followed by a verification step based on the longest common subsequence. We measure "
            "recall on BigCloneBench with its standard evaluation framework and precision by manually validating 400 "
            "sampled clone pairs. On BigCloneBench, Lqirra detects Type-1 and Type-2 clones with 100% and 98.7% "
            "recall, and its recall on moderately Type-3 (MT3) clones reaches 71.4%, compared with 19.0% for "
            "SourcererCC, 54.2% for CCAligner and 83.0% for the learning-based Oreo. Precision is 91.5% (SourcererCC: "
            "97.8%; CCAligner: 80.1%). On the 250-MLOC IJaDataset, clone detection completes in 161 minutes on a "
            "32-core machine, roughly 3.3\u00d7 faster than CCAligner and 11\u00d7 faster than Oreo, with peak memory "
            "below 28 GB. The same normalisation rules carry over to C and Python, and a scan of the 1,000 most-starred "
            "Python repositories on GitHub with Lqirra reports 5,917 cross-project clone classes."
        ),
        "spans": [
            ("Lqirra", "M"), ("Locality-Sensitive Hashing", "M"), ("Near-Miss Clone Detection", "T"),
            ("SourcererCC", "M"), ("CCAligner", "M"), ("recall", "X"), ("inverse document frequency", "M"),
            ("MinHash", "M"), ("locality-sensitive hashing", "M"), ("LSH", "M"), ("longest common subsequence", "M"),
            ("BigCloneBench", "D"), ("precision", "X"), ("Precision", "X"), ("Oreo", "M"), ("IJaDataset", "D"),
            ("clone detection", "T"), ("peak memory", "X"),
        ],
        "results": [
            ("100%", "recall", 100, "%", "BigCloneBench", "Lqirra"),
            ("98.7% recall", "recall", 98.7, "%", "BigCloneBench", "Lqirra"),
            ("recall on moderately Type-3 (MT3) clones reaches 71.4%", "recall", 71.4, "%", "BigCloneBench",
             "Lqirra"),
            ("19.0% for SourcererCC", "recall", 19.0, "%", "BigCloneBench", "SourcererCC"),
            ("54.2% for CCAligner", "recall", 54.2, "%", "BigCloneBench", "CCAligner"),
            ("83.0% for the learning-based Oreo", "recall", 83.0, "%", "BigCloneBench", "Oreo"),
            ("Precision is 91.5%", "precision", 91.5, "%", None, None),
            ("SourcererCC: 97.8%", "precision", 97.8, "%", None, "SourcererCC"),
            ("CCAligner: 80.1%", "precision", 80.1, "%", None, "CCAligner"),
            ("completes in 161 minutes", "detection time", 161, "min", "IJaDataset", None),
            ("3.3\u00d7 faster", "speed-up", 3.3, "\u00d7", "IJaDataset", None),
            ("11\u00d7 faster", "speed-up", 11, "\u00d7", "IJaDataset", None),
            ("peak memory below 28 GB", "peak memory", 28, "GB", "IJaDataset", None),
            ("reports 5,917 cross-project clone classes", "clone classes reported", 5917, None, None, "Lqirra"),
        ],
    },
]
