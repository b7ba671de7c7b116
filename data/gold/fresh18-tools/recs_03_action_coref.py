"""fresh18 records: action-recognition (6) and coreference-resolution (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline was never
run on these records and its code and output were not looked at."""

COINED = ["Dxkinetra", "Dxvorel", "Dxtride", "Dxmirren", "Dxsolvane", "Dxcarrow",
          "Dxcoralis", "Dxmenth", "Dxevenna", "Dxpraxe", "Dxquaren", "Dxlorn"]

RECS = [
    # ------------------------------------------------------------ action-recognition
    {
        "field": "action-recognition",
        "title": "Dxkinetra: Trajectory-Aware Hypergraph Convolution for Skeleton-Based Action Recognition",
        "text": (
            "Graph convolutional networks (GCNs) have become the default backbone for skeleton-based action "
            "recognition, but the fixed or learned pairwise adjacency used by ST-GCN, CTR-GCN and their successors "
            "relates only two joints at a time and struggles with actions whose cues are spread across several limbs "
            "and frames. We present Dxkinetra, a hypergraph convolution network that groups joints into hyperedges "
            "along body parts and along short motion trajectories, and refines these hyperedges per sample with a "
            "lightweight channel-wise topology module. As is standard, Dxkinetra is trained as a four-stream ensemble "
            "over joint, bone, joint-motion and bone-motion inputs. On NTU RGB+D 60, Dxkinetra reaches 93.6% and "
            "97.4% top-1 accuracy under the cross-subject and cross-view protocols, respectively; on NTU RGB+D 120 it "
            "obtains 90.5% (cross-subject) and 91.8% (cross-setup), and on Northwestern-UCLA 97.2%. Under the "
            "cross-subject protocol of NTU RGB+D 120, HD-GCN and InfoGCN reach 90.1% and 89.8%, respectively. "
            "Dxkinetra is also cheaper, requiring 1.9 GFLOPs per stream, about 40% fewer FLOPs than HD-GCN. "
            "Ablations show that trajectory hyperedges contribute most on two-person interaction classes, where they "
            "add 3.4 points over a joint-only hypergraph. Code and pretrained models will be released."
        ),
        "spans": [
            ("Dxkinetra", "M"), ("Hypergraph Convolution", "M"), ("Skeleton-Based Action Recognition", "T"),
            ("Graph convolutional networks", "M"), ("GCNs", "M"), ("skeleton-based action recognition", "T"),
            ("ST-GCN", "M"), ("CTR-GCN", "M"), ("hypergraph convolution network", "M"), ("NTU RGB+D 60", "D"),
            ("top-1 accuracy", "X"), ("NTU RGB+D 120", "D"), ("Northwestern-UCLA", "D"), ("HD-GCN", "M"),
            ("InfoGCN", "M"), ("GFLOPs", "X"), ("FLOPs", "X"),
        ],
        "results": [
            ("93.6%", "top-1 accuracy", 93.6, "%", "NTU RGB+D 60", "Dxkinetra"),
            ("97.4% top-1 accuracy", "top-1 accuracy", 97.4, "%", "NTU RGB+D 60", "Dxkinetra"),
            ("90.5%", "top-1 accuracy", 90.5, "%", "NTU RGB+D 120", "Dxkinetra"),
            ("91.8%", "top-1 accuracy", 91.8, "%", "NTU RGB+D 120", "Dxkinetra"),
            ("97.2%", "top-1 accuracy", 97.2, "%", "Northwestern-UCLA", "Dxkinetra"),
            ("90.1%", "top-1 accuracy", 90.1, "%", "NTU RGB+D 120", "HD-GCN"),
            ("89.8%", "top-1 accuracy", 89.8, "%", "NTU RGB+D 120", "InfoGCN"),
            ("1.9 GFLOPs", "FLOPs", 1.9, "G", None, "Dxkinetra"),
            ("40% fewer FLOPs", "FLOPs reduction", 40, "%", None, "Dxkinetra"),
            ("add 3.4 points", "improvement", 3.4, "points", None, None),
        ],
    },
    {
        "field": "action-recognition",
        "title": "Dxvorel: Motion-Guided Token Merging for Efficient Video Transformers",
        "text": (
            "Video transformers pretrained as masked autoencoders, such as VideoMAE and VideoMAE V2, set the state of "
            "the art in video action recognition, but their cost grows quadratically with the number of "
            "spatiotemporal tokens, which limits their use on long clips and edge devices. Generic token reduction "
            "methods such as ToMe merge tokens by appearance similarity alone and discard the fine motion cues that "
            "separate many classes of Something-Something V2. We introduce Dxvorel, a training-free token merging "
            "scheme that scores tokens by a cheap motion saliency computed from the patch embeddings of adjacent "
            "frames and protects high-motion tokens from being merged. Applied to an off-the-shelf VideoMAE ViT-B, "
            "Dxvorel cuts GFLOPs from 180 to 97 per view and raises throughput by 1.8\u00d7, while keeping top-1 "
            "accuracy at 81.1% on Kinetics-400 (81.5% for the unmodified VideoMAE) and at 70.2% on "
            "Something-Something V2 (70.8%). At the same FLOPs budget, ToMe loses 1.6 and 2.9 points of top-1 "
            "accuracy on Kinetics-400 and Something-Something V2, respectively. On Kinetics-400 with a ViT-L "
            "backbone, Dxvorel reaches a 2.1\u00d7 speed-up at a top-1 accuracy drop of 0.3 points. Fine-tuning for "
            "five epochs with merging enabled recovers most of the remaining loss, bringing Something-Something V2 "
            "accuracy back to 70.6%. Dxvorel also transfers without modification to UniFormerV2 and to temporal "
            "action detection heads."
        ),
        "spans": [
            ("Dxvorel", "M"), ("Token Merging", "M"), ("Video Transformers", "M"), ("Video transformers", "M"),
            ("masked autoencoders", "M"), ("VideoMAE", "M"), ("VideoMAE V2", "M"), ("video action recognition", "T"),
            ("token reduction", "M"), ("ToMe", "M"), ("Something-Something V2", "D"), ("token merging", "M"),
            ("ViT-B", "M"), ("GFLOPs", "X"), ("throughput", "X"), ("top-1 accuracy", "X"), ("Kinetics-400", "D"),
            ("FLOPs", "X"), ("ViT-L", "M"), ("speed-up", "X"), ("accuracy", "X"), ("UniFormerV2", "M"),
            ("temporal action detection", "T"),
        ],
        "results": [
            ("GFLOPs from 180 to 97", "FLOPs", 97, "G", None, "Dxvorel"),
            ("throughput by 1.8\u00d7", "throughput", 1.8, "\u00d7", None, "Dxvorel"),
            ("accuracy at 81.1%", "top-1 accuracy", 81.1, "%", "Kinetics-400", "Dxvorel"),
            ("81.5%", "top-1 accuracy", 81.5, "%", "Kinetics-400", "VideoMAE"),
            ("70.2%", "top-1 accuracy", 70.2, "%", "Something-Something V2", "Dxvorel"),
            ("70.8%", "top-1 accuracy", 70.8, "%", "Something-Something V2", "VideoMAE"),
            ("loses 1.6", "top-1 accuracy", 1.6, "points", "Kinetics-400", "ToMe"),
            ("2.9 points of top-1 accuracy", "top-1 accuracy", 2.9, "points", "Something-Something V2", "ToMe"),
            ("2.1\u00d7 speed-up", "speed-up", 2.1, "\u00d7", "Kinetics-400", "Dxvorel"),
            ("top-1 accuracy drop of 0.3 points", "top-1 accuracy", 0.3, "points", "Kinetics-400", "Dxvorel"),
            ("accuracy back to 70.6%", "accuracy", 70.6, "%", "Something-Something V2", None),
        ],
    },
    {
        "field": "action-recognition",
        "title": "Dxtride: Boundary-Distribution Decoding for Single-Stage Temporal Action Detection",
        "text": (
            "Temporal action detection (TAD) requires localizing the start and end of every action instance in an "
            "untrimmed video and classifying it. Single-stage detectors such as ActionFormer and TriDet regress "
            "boundaries from each temporal location independently, which makes them sensitive to blurry transitions "
            "and to the quality of the snippet features they consume. We propose Dxtride, a detector that predicts, "
            "for each candidate, a discrete distribution over boundary offsets and decodes it with a relative-boundary "
            "refinement step shared across the feature pyramid. Dxtride keeps the convolutional and local-attention "
            "design of ActionFormer and adds only a light decoding head. On THUMOS14 with I3D features, Dxtride "
            "achieves an average mAP of 69.8%, compared with 66.8% for ActionFormer and 69.3% for TriDet, and "
            "reaches 74.1% mAP at tIoU=0.5. With InternVideo2 features, Dxtride reaches 73.0% average mAP on "
            "THUMOS14. On ActivityNet-1.3, Dxtride obtains 37.4% average mAP (TriDet: 36.8%). On EPIC-Kitchens-100, "
            "Dxtride reaches 27.9% and 26.1% average mAP on the verb and noun tasks, respectively. The refinement "
            "step costs 4 ms per video on THUMOS14. Analysis shows that most of the gain comes from short instances "
            "under 2 seconds, whose mAP improves by 5.2 points, while long instances are detected about as well as "
            "by TriDet."
        ),
        "spans": [
            ("Dxtride", "M"), ("Temporal Action Detection", "T"), ("Temporal action detection", "T"), ("TAD", "T"),
            ("ActionFormer", "M"), ("TriDet", "M"), ("THUMOS14", "D"), ("I3D", "M"), ("average mAP", "X"),
            ("mAP", "X"), ("tIoU", "X"), ("InternVideo2", "M"), ("ActivityNet-1.3", "D"), ("EPIC-Kitchens-100", "D"),
        ],
        "results": [
            ("average mAP of 69.8%", "mAP", 69.8, "%", "THUMOS14", "Dxtride"),
            ("66.8%", "mAP", 66.8, "%", "THUMOS14", "ActionFormer"),
            ("69.3%", "mAP", 69.3, "%", "THUMOS14", "TriDet"),
            ("74.1% mAP at tIoU=0.5", "mAP@0.5", 74.1, "%", "THUMOS14", "Dxtride"),
            ("73.0% average mAP", "mAP", 73.0, "%", "THUMOS14", "Dxtride"),
            ("37.4% average mAP", "mAP", 37.4, "%", "ActivityNet-1.3", "Dxtride"),
            ("36.8%", "mAP", 36.8, "%", "ActivityNet-1.3", "TriDet"),
            ("27.9%", "mAP", 27.9, "%", "EPIC-Kitchens-100", "Dxtride"),
            ("26.1% average mAP", "mAP", 26.1, "%", "EPIC-Kitchens-100", "Dxtride"),
            ("costs 4 ms", "refinement time", 4, "ms", "THUMOS14", None),
            ("mAP improves by 5.2 points", "mAP", 5.2, "points", None, None),
        ],
    },
    {
        "field": "action-recognition",
        "title": "Dxmirren: Prompting CLIP with Ordered Sub-Action Descriptions for Zero-Shot Video Action Recognition",
        "text": (
            "Adapting image-text models such as CLIP to video has produced strong zero-shot action recognition, yet "
            "class names like \u201ccleaning windows\u201d or \u201chigh jump\u201d are short and ambiguous, and "
            "methods such as X-CLIP, ViFi-CLIP and Open-VCLIP encode them with a single prompt template. We present "
            "Dxmirren, which asks a large language model (LLM) to decompose each class name into an ordered list of "
            "sub-actions, encodes these with the CLIP text encoder and aligns them to video segments with a "
            "differentiable dynamic time warping objective. Only a small temporal adapter is trained on Kinetics-400; "
            "the CLIP ViT-B/16 weights stay frozen. In the zero-shot setting, Dxmirren reaches 85.6%, 64.2% and "
            "76.9% top-1 accuracy on UCF101, HMDB51 and Kinetics-600, respectively (+2.3, +10.2 and +3.9 points over "
            "Open-VCLIP). In the base-to-novel setting, Dxmirren raises the harmonic mean on Something-Something V2 "
            "from 11.6 with ViFi-CLIP to 16.8, the largest gain among the four benchmarks of that protocol. Replacing "
            "the ordered sub-actions with an unordered bag of descriptions removes about half of the gain, which "
            "suggests that temporal order on the language side matters. Because descriptions are generated once per "
            "class and cached, the inference cost of Dxmirren is identical to that of ViFi-CLIP, and no language "
            "model is queried at test time."
        ),
        "spans": [
            ("Dxmirren", "M"), ("CLIP", "M"), ("Zero-Shot Video Action Recognition", "T"),
            ("zero-shot action recognition", "T"), ("X-CLIP", "M"), ("ViFi-CLIP", "M"), ("Open-VCLIP", "M"),
            ("large language model", "M"), ("LLM", "M"), ("dynamic time warping", "M"), ("Kinetics-400", "D"),
            ("ViT-B/16", "M"), ("top-1 accuracy", "X"), ("UCF101", "D"), ("HMDB51", "D"), ("Kinetics-600", "D"),
            ("harmonic mean", "X"), ("Something-Something V2", "D"),
        ],
        "results": [
            ("85.6%", "top-1 accuracy", 85.6, "%", "UCF101", "Dxmirren"),
            ("64.2%", "top-1 accuracy", 64.2, "%", "HMDB51", "Dxmirren"),
            ("76.9% top-1 accuracy", "top-1 accuracy", 76.9, "%", "Kinetics-600", "Dxmirren"),
            ("+2.3", "top-1 accuracy", 2.3, "points", "UCF101", "Dxmirren"),
            ("+10.2", "top-1 accuracy", 10.2, "points", "HMDB51", "Dxmirren"),
            ("+3.9 points", "top-1 accuracy", 3.9, "points", "Kinetics-600", "Dxmirren"),
            ("from 11.6 with ViFi-CLIP", "harmonic mean", 11.6, None, "Something-Something V2", "ViFi-CLIP"),
            ("to 16.8", "harmonic mean", 16.8, None, "Something-Something V2", "Dxmirren"),
        ],
    },
    {
        "field": "action-recognition",
        "title": "Dxsolvane: Language-Grounded Masked Pretraining for Self-Supervised Skeleton Representation Learning",
        "text": (
            "Self-supervised skeleton representation learning has moved from contrastive learning, as in CrosSCLR and "
            "AimCLR, to masked prediction, where MAMP and SkeletonMAE reconstruct masked joints or their motion. "
            "Reconstruction targets are, however, low-level, and the learned features still lag behind supervised "
            "training when they are probed with a linear classifier. Dxsolvane adds a second target: the features "
            "of a frozen text-aligned teacher built from short action descriptions, which a transformer encoder "
            "predicts for masked spatio-temporal patches alongside the joint motion. The encoder is pretrained with "
            "this dual objective and evaluated under the standard protocols. Under linear evaluation, Dxsolvane "
            "reaches an accuracy of 86.9% on NTU RGB+D 60 and 79.1% on NTU RGB+D 120 (cross-subject), 2.1 and 2.9 "
            "points above MAMP. When fine-tuned end to end, Dxsolvane reaches 93.8% and 91.0% accuracy on the two "
            "datasets, respectively. In semi-supervised evaluation with 1% of the NTU RGB+D 60 labels, Dxsolvane "
            "raises accuracy from 71.4% for MAMP to 76.0%. Transferred to PKU-MMD II, Dxsolvane reaches 58.3% "
            "accuracy under linear evaluation, the best result we are aware of for a model pretrained only on NTU "
            "data. Pretraining takes 14 hours on eight GPUs, comparable to MAMP, since the teacher features are "
            "computed once and cached."
        ),
        "spans": [
            ("Dxsolvane", "M"), ("Masked Pretraining", "M"), ("Self-Supervised Skeleton Representation Learning", "T"),
            ("Self-supervised skeleton representation learning", "T"), ("contrastive learning", "M"),
            ("CrosSCLR", "M"), ("AimCLR", "M"), ("masked prediction", "M"), ("MAMP", "M"), ("SkeletonMAE", "M"),
            ("transformer encoder", "M"), ("accuracy", "X"), ("NTU RGB+D 60", "D"), ("NTU RGB+D 120", "D"),
            ("PKU-MMD II", "D"), ("NTU", "D"),
        ],
        "results": [
            ("accuracy of 86.9%", "accuracy", 86.9, "%", "NTU RGB+D 60", "Dxsolvane"),
            ("79.1%", "accuracy", 79.1, "%", "NTU RGB+D 120", "Dxsolvane"),
            ("2.1", "accuracy", 2.1, "points", "NTU RGB+D 60", "Dxsolvane"),
            ("2.9 points", "accuracy", 2.9, "points", "NTU RGB+D 120", "Dxsolvane"),
            ("93.8%", "accuracy", 93.8, "%", "NTU RGB+D 60", "Dxsolvane"),
            ("91.0% accuracy", "accuracy", 91.0, "%", "NTU RGB+D 120", "Dxsolvane"),
            ("accuracy from 71.4% for MAMP", "accuracy", 71.4, "%", "NTU RGB+D 60", "MAMP"),
            ("to 76.0%", "accuracy", 76.0, "%", "NTU RGB+D 60", "Dxsolvane"),
            ("58.3% accuracy", "accuracy", 58.3, "%", "PKU-MMD II", "Dxsolvane"),
            ("Pretraining takes 14 hours", "pretraining time", 14, "h", None, None),
        ],
    },
    {
        "field": "action-recognition",
        "title": "Dxcarrow: Linear-Time Video Action Recognition with Selective State Spaces and Change-Driven Token "
                 "Updates",
        "text": (
            "Video transformers scale poorly with clip length, and recent state space models such as VideoMamba "
            "reduce the cost of long-range temporal modelling to linear time but still update every spatiotemporal "
            "token at every layer. We argue that most tokens in long videos are temporally redundant and need only be "
            "updated when their content changes. Dxcarrow combines bidirectional Mamba blocks with a learned router "
            "that sends, at each layer, only the tokens whose features changed most since the previous frame through "
            "the selective scan, while the rest are carried forward by a cheap linear path. The router is trained end "
            "to end with a straight-through estimator and a compute budget penalty. On Kinetics-400 with 64-frame "
            "inputs, Dxcarrow matches the top-1 accuracy of VideoMamba-M (83.4% vs. 83.3%) at 41% of its FLOPs. The "
            "benefit grows with clip length: on the long-form Breakfast and COIN benchmarks, where videos span "
            "several minutes, Dxcarrow improves accuracy over VideoMamba by 1.7 and 1.2 points while running "
            "2.6\u00d7 faster. The memory footprint stays below 24 GB for 512-frame clips on a single GPU, which lets "
            "us train end to end on hour-long inputs that previously required precomputed features. We also report "
            "results on Something-Something V2 and discuss where routing fails, notably for fine-grained hand-object "
            "interactions in which the changing region is small."
        ),
        "spans": [
            ("Dxcarrow", "M"), ("Video Action Recognition", "T"), ("Selective State Spaces", "M"),
            ("Video transformers", "M"), ("state space models", "M"), ("VideoMamba", "M"), ("Mamba", "M"),
            ("selective scan", "M"), ("straight-through estimator", "M"), ("Kinetics-400", "D"),
            ("top-1 accuracy", "X"), ("VideoMamba-M", "M"), ("FLOPs", "X"), ("Breakfast", "D"), ("COIN", "D"),
            ("accuracy", "X"), ("memory footprint", "X"), ("Something-Something V2", "D"),
        ],
        "results": [
            ("83.4%", "top-1 accuracy", 83.4, "%", "Kinetics-400", "Dxcarrow"),
            ("83.3%", "top-1 accuracy", 83.3, "%", "Kinetics-400", "VideoMamba-M"),
            ("41% of its FLOPs", "relative FLOPs", 41, "%", "Kinetics-400", "Dxcarrow"),
            ("by 1.7", "accuracy", 1.7, "points", "Breakfast", "Dxcarrow"),
            ("1.2 points", "accuracy", 1.2, "points", "COIN", "Dxcarrow"),
            ("2.6\u00d7 faster", "speed-up", 2.6, "\u00d7", None, "Dxcarrow"),
            ("memory footprint stays below 24 GB", "memory footprint", 24, "GB", None, None),
        ],
    },
    # ------------------------------------------------------------ coreference-resolution
    {
        "field": "coreference-resolution",
        "title": "Dxcoralis: Bounded-Memory Incremental Coreference Resolution for Book-Length Documents",
        "text": (
            "Neural coreference resolvers in the style of e2e-coref score all pairs of candidate spans and therefore "
            "scale quadratically with document length, which forces long narratives to be split into windows. The "
            "word-level model wl-coref reduces the candidate set to single head words, and Maverick prunes mentions "
            "further before clustering, but both still hold a full antecedent matrix in memory. We present "
            "Dxcoralis, which reads a document incrementally, keeps a bounded cache of entity representations with a "
            "learned eviction policy, and links each new head word only to cached entities and a short window of "
            "recent words. Dxcoralis uses DeBERTa-v3-large as its encoder and is trained on OntoNotes 5.0 with the "
            "CoNLL-2012 splits. On the CoNLL-2012 test set, Dxcoralis achieves 83.1 CoNLL F1, against 81.0 for "
            "wl-coref and 83.6 for Maverick. On LitBank, where documents average about 2,000 tokens, Dxcoralis "
            "obtains 80.2 CoNLL F1 (Maverick: 78.3). On the book-scale LongtoNotes test set, Dxcoralis reaches 73.4 "
            "CoNLL F1 with a memory footprint of 2.1 GB, whereas wl-coref runs out of memory on 16 GB GPUs beyond "
            "12,000 tokens. Inference over a 100,000-token novel takes 19 s. In zero-shot transfer, Dxcoralis obtains "
            "78.0 CoNLL F1 on PreCo and 91.2 F1 on GAP without any further training."
        ),
        "spans": [
            ("Dxcoralis", "M"), ("Coreference Resolution", "T"), ("e2e-coref", "M"), ("wl-coref", "M"),
            ("Maverick", "M"), ("DeBERTa-v3-large", "M"), ("OntoNotes 5.0", "D"), ("CoNLL-2012", "D"),
            ("CoNLL F1", "X"), ("LitBank", "D"), ("LongtoNotes", "D"), ("memory footprint", "X"), ("PreCo", "D"),
            ("F1", "X"), ("GAP", "D"),
        ],
        "results": [
            ("83.1 CoNLL F1", "CoNLL F1", 83.1, None, "CoNLL-2012", "Dxcoralis"),
            ("81.0 for wl-coref", "CoNLL F1", 81.0, None, "CoNLL-2012", "wl-coref"),
            ("83.6 for Maverick", "CoNLL F1", 83.6, None, "CoNLL-2012", "Maverick"),
            ("80.2 CoNLL F1", "CoNLL F1", 80.2, None, "LitBank", "Dxcoralis"),
            ("78.3", "CoNLL F1", 78.3, None, "LitBank", "Maverick"),
            ("73.4 CoNLL F1", "CoNLL F1", 73.4, None, "LongtoNotes", "Dxcoralis"),
            ("memory footprint of 2.1 GB", "memory footprint", 2.1, "GB", "LongtoNotes", "Dxcoralis"),
            ("Inference over a 100,000-token novel takes 19 s", "inference time", 19, "s", None, None),
            ("78.0 CoNLL F1", "CoNLL F1", 78.0, None, "PreCo", "Dxcoralis"),
            ("91.2 F1", "F1", 91.2, None, "GAP", "Dxcoralis"),
        ],
    },
    {
        "field": "coreference-resolution",
        "title": "Dxmenth: Mention-Anchored Generation for Coreference Resolution with Open LLMs",
        "text": (
            "Large language models (LLMs) used without task-specific training still lag far behind supervised "
            "systems on coreference resolution, and fine-tuned generative resolvers such as LINK-APPEND and ASP build "
            "on mT5 and Flan-T5 models with up to 13B parameters and long decoding chains. We propose Dxmenth, a "
            "fine-tuning recipe in which the model copies the input document and inserts cluster tags only at mention "
            "boundaries, anchoring generation so that it cannot paraphrase the text. With constrained decoding, the "
            "output may contain only copied tokens and tags, which removes hallucinated mentions entirely. We "
            "fine-tune Llama-3.1-8B and Qwen2.5-7B with LoRA on OntoNotes 5.0 and report the MUC, B3 and CEAF\u03c64 "
            "scores and their average, the CoNLL F1, in and out of domain. On the CoNLL-2012 test set, Dxmenth-Llama "
            "reaches 82.9 CoNLL F1 and Dxmenth-Qwen 82.1, against 83.3 for LINK-APPEND and 67.5 for GPT-4o given five "
            "annotated examples. Out of domain, Dxmenth-Llama obtains 65.7, 78.4 and 76.9 CoNLL F1 on WikiCoref, "
            "PreCo and LitBank, respectively. Dxmenth-Llama outperforms ASP on these corpora by 1.9\u20134.1 CoNLL "
            "F1 points, with the largest margin on WikiCoref, whose long encyclopedic documents contain many "
            "singleton-heavy chains. Constrained decoding cuts generation length by 37% relative to unconstrained "
            "tagging and raises throughput by 1.9\u00d7, so that a full OntoNotes document is processed in a single "
            "pass."
        ),
        "spans": [
            ("Dxmenth", "M"), ("Coreference Resolution", "T"), ("LLMs", "M"), ("Large language models", "M"),
            ("coreference resolution", "T"), ("LINK-APPEND", "M"), ("ASP", "M"), ("mT5", "M"), ("Flan-T5", "M"),
            ("constrained decoding", "M"), ("Constrained decoding", "M"), ("Llama-3.1-8B", "M"),
            ("Qwen2.5-7B", "M"), ("LoRA", "M"), ("OntoNotes 5.0", "D"), ("OntoNotes", "D"), ("MUC", "X"),
            ("B3", "X"), ("CEAF\u03c64", "X"), ("CoNLL F1", "X"), ("CoNLL-2012", "D"), ("Dxmenth-Llama", "M"),
            ("Dxmenth-Qwen", "M"), ("GPT-4o", "M"), ("WikiCoref", "D"), ("PreCo", "D"), ("LitBank", "D"),
            ("generation length", "X"), ("throughput", "X"),
        ],
        "results": [
            ("82.9 CoNLL F1", "CoNLL F1", 82.9, None, "CoNLL-2012", "Dxmenth-Llama"),
            ("82.1", "CoNLL F1", 82.1, None, "CoNLL-2012", "Dxmenth-Qwen"),
            ("83.3 for LINK-APPEND", "CoNLL F1", 83.3, None, "CoNLL-2012", "LINK-APPEND"),
            ("67.5 for GPT-4o", "CoNLL F1", 67.5, None, "CoNLL-2012", "GPT-4o"),
            ("65.7", "CoNLL F1", 65.7, None, "WikiCoref", "Dxmenth-Llama"),
            ("78.4", "CoNLL F1", 78.4, None, "PreCo", "Dxmenth-Llama"),
            ("76.9 CoNLL F1", "CoNLL F1", 76.9, None, "LitBank", "Dxmenth-Llama"),
            ("1.9\u20134.1 CoNLL F1 points", "CoNLL F1", 4.1, "points", None, "Dxmenth-Llama", {"low": 1.9}),
            ("generation length by 37%", "generation length reduction", 37, "%", None, "Constrained decoding"),
            ("throughput by 1.9\u00d7", "throughput", 1.9, "\u00d7", None, "Constrained decoding"),
        ],
    },
    {
        "field": "coreference-resolution",
        "title": "Dxevenna: Argument-Aware Pair Scoring with Rationale Distillation for Cross-Document Event "
                 "Coreference Resolution",
        "text": (
            "Cross-document event coreference resolution (CDEC) links event mentions that refer to the same "
            "real-world event across a collection of documents. Pairwise scorers built on cross-encoders, such as the "
            "CDLM-based model of Caciularu et al., are accurate but attend mostly to the lexical overlap of triggers, "
            "and they degrade on corpora where many distinct events share the same predicate, as in the Gun Violence "
            "Corpus (GVC). We introduce Dxevenna, which augments a RoBERTa-large cross-encoder with argument-role "
            "alignment between the two mentions and distils free-text rationales generated by GPT-4 into an "
            "auxiliary objective, so that no LLM is queried at test time. Clusters are formed by agglomerative "
            "clustering over the pairwise scores. On ECB+ with gold mentions, Dxevenna achieves a CoNLL F1 of 87.6, "
            "compared with 85.7 for the strongest cross-encoder baseline and 86.0 for a prompting approach built on "
            "GPT-4. On GVC, Dxevenna improves CoNLL F1 from 80.3 to 83.9, and on the Football Coreference Corpus "
            "(FCC) it reaches 78.2, 4.4 points above the cross-encoder baseline. With predicted mentions on ECB+, the "
            "LEA F1 drops from 82.0 to 71.8, showing that mention detection remains the bottleneck. Pair scoring "
            "dominates the cost: Dxevenna scores 1,000 mention pairs in 0.8 s on one GPU, 12\u00d7 faster than the "
            "GPT-4-based pipeline."
        ),
        "spans": [
            ("Dxevenna", "M"), ("Rationale Distillation", "M"), ("Cross-Document Event Coreference Resolution", "T"),
            ("Cross-document event coreference resolution", "T"), ("CDEC", "T"), ("cross-encoders", "M"),
            ("cross-encoder", "M"), ("CDLM", "M"), ("Gun Violence Corpus", "D"), ("GVC", "D"),
            ("RoBERTa-large", "M"), ("GPT-4", "M"), ("LLM", "M"), ("agglomerative clustering", "M"),
            ("ECB+", "D", {"punct": True}), ("CoNLL F1", "X"), ("Football Coreference Corpus", "D"), ("FCC", "D"),
            ("LEA F1", "X"), ("mention detection", "T"),
        ],
        "results": [
            ("CoNLL F1 of 87.6", "CoNLL F1", 87.6, None, "ECB+", "Dxevenna"),
            ("85.7", "CoNLL F1", 85.7, None, "ECB+", None),
            ("86.0", "CoNLL F1", 86.0, None, "ECB+", None),
            ("CoNLL F1 from 80.3 to 83.9", "CoNLL F1", 83.9, None, "GVC", "Dxevenna"),
            ("reaches 78.2", "CoNLL F1", 78.2, None, "FCC", "Dxevenna"),
            ("4.4 points above", "CoNLL F1", 4.4, "points", "FCC", "Dxevenna"),
            ("LEA F1 drops from 82.0 to 71.8", "LEA F1", 71.8, None, "ECB+", None),
            ("1,000 mention pairs in 0.8 s", "scoring time", 0.8, "s", None, "Dxevenna"),
            ("12\u00d7 faster", "speed-up", 12, "\u00d7", None, "Dxevenna"),
        ],
    },
    {
        "field": "coreference-resolution",
        "title": "Dxpraxe: Multilingual Head-Word Coreference Resolution with In-Pass Zero-Mention Recovery on CorefUD",
        "text": (
            "The CorefUD collection brings 21 datasets in 15 languages into a common format, and the CRAC shared "
            "tasks on multilingual coreference resolution have made it the standard testbed for systems that must "
            "handle pro-drop languages, where many mentions are empty subjects with no surface form. The strongest "
            "shared-task systems, such as CorPipe, fine-tune a large multilingual encoder jointly on all datasets and "
            "treat zero mentions in a separate reconstruction step. We present Dxpraxe, a single mT5-large-based "
            "model that links mentions at the level of head words and predicts zero mentions as insertions between "
            "tokens in the same decoding pass. Training samples datasets in proportion to the square root of their "
            "size, so that high-resource corpora do not dominate. On the official CorefUD 1.2 test data, Dxpraxe "
            "reaches a macro-averaged CoNLL F1 of 75.4 with head matching, 1.3 points above CorPipe (74.1), and "
            "ranks first on 14 of the 21 datasets. The gains concentrate on pro-drop languages: on the Czech PDT and "
            "Spanish AnCora datasets, Dxpraxe improves F1 on zero mentions by 6.2 and 4.8 points, respectively. For "
            "the Hungarian SzegedKoref and Turkish ITCC corpora, where training data are scarce, Dxpraxe reaches 61.0 "
            "and 58.7 CoNLL F1, respectively. Dxpraxe has 1.2B parameters, 4.5\u00d7 fewer than the largest CorPipe "
            "ensemble. Inference on the full test data takes 11 minutes on a single A100 GPU."
        ),
        "spans": [
            ("Dxpraxe", "M"), ("Coreference Resolution", "T"), ("CorefUD", "D"), ("CRAC", "D"),
            ("multilingual coreference resolution", "T"), ("CorPipe", "M"), ("mT5-large", "M"),
            ("CorefUD 1.2", "D"), ("macro-averaged CoNLL F1", "X"), ("CoNLL F1", "X"), ("PDT", "D"),
            ("AnCora", "D"), ("F1", "X"), ("SzegedKoref", "D"), ("ITCC", "D"), ("parameters", "X"),
        ],
        "results": [
            ("macro-averaged CoNLL F1 of 75.4", "CoNLL F1", 75.4, None, "CorefUD 1.2", "Dxpraxe"),
            ("1.3 points above", "CoNLL F1", 1.3, "points", "CorefUD 1.2", "Dxpraxe"),
            ("74.1", "CoNLL F1", 74.1, None, "CorefUD 1.2", "CorPipe"),
            ("ranks first on 14 of the 21 datasets", "datasets ranked first", 14, None, "CorefUD 1.2", "Dxpraxe"),
            ("6.2", "F1", 6.2, "points", "PDT", "Dxpraxe"),
            ("4.8 points", "F1", 4.8, "points", "AnCora", "Dxpraxe"),
            ("61.0", "CoNLL F1", 61.0, None, "SzegedKoref", "Dxpraxe"),
            ("58.7 CoNLL F1", "CoNLL F1", 58.7, None, "ITCC", "Dxpraxe"),
            ("1.2B parameters", "parameters", 1.2, "B", None, "Dxpraxe"),
            ("4.5\u00d7 fewer", "parameter reduction", 4.5, "\u00d7", None, "Dxpraxe"),
            ("Inference on the full test data takes 11 minutes", "inference time", 11, "min", None, None),
        ],
    },
    {
        "field": "coreference-resolution",
        "title": "Dxquaren: Fairness-Preserving Knowledge Distillation for Compact Coreference Resolution",
        "text": (
            "Coreference resolution is a preprocessing step for many applications, from information extraction to "
            "machine translation, but the most accurate resolvers are too large for on-device use. Knowledge "
            "distillation into small encoders is the obvious remedy, yet we find that standard logit distillation "
            "from a SpanBERT-large teacher preserves most of the CoNLL F1 on OntoNotes while amplifying gender bias "
            "in pronoun resolution. We propose Dxquaren, which distils both the antecedent distribution and a "
            "counterfactual consistency signal: the student must assign the same antecedent scores to a document and "
            "to its gender-swapped copy. The two resulting students, Dxquaren-Small and Dxquaren-Base, build on "
            "MiniLM and DistilRoBERTa encoders and are trained on OntoNotes and unlabelled news text only. "
            "Dxquaren-Base retains 96.5% of the teacher's CoNLL F1 on the CoNLL-2012 test set and runs 5.3\u00d7 "
            "faster on a laptop CPU. On WinoBias, the F1 gap between pro- and anti-stereotypical examples shrinks "
            "from 13.1 for the logit-distilled student to 2.4 for Dxquaren. On GAP, Dxquaren raises the bias ratio "
            "from 0.91 to 0.99. The smaller Dxquaren-Small trails Dxquaren-Base on every benchmark but keeps the same "
            "fairness profile, which indicates that the consistency objective rather than model size is responsible "
            "for the reduction in bias. We release both students together with the training code."
        ),
        "spans": [
            ("Dxquaren", "M"), ("Knowledge Distillation", "M"), ("Coreference Resolution", "T"),
            ("Coreference resolution", "T"), ("information extraction", "T"), ("machine translation", "T"),
            ("Knowledge distillation", "M"), ("logit distillation", "M"), ("SpanBERT-large", "M"),
            ("CoNLL F1", "X"), ("OntoNotes", "D"), ("pronoun resolution", "T"), ("Dxquaren-Small", "M"),
            ("Dxquaren-Base", "M"), ("MiniLM", "M"), ("DistilRoBERTa", "M"), ("CoNLL-2012", "D"),
            ("WinoBias", "D"), ("F1", "X"), ("GAP", "D"), ("bias ratio", "X"),
        ],
        "results": [
            ("retains 96.5% of the teacher's CoNLL F1", "relative CoNLL F1", 96.5, "%", "CoNLL-2012",
             "Dxquaren-Base"),
            ("5.3\u00d7 faster", "speed-up", 5.3, "\u00d7", None, "Dxquaren-Base"),
            ("from 13.1", "F1 gap", 13.1, None, "WinoBias", None),
            ("2.4 for Dxquaren", "F1 gap", 2.4, None, "WinoBias", "Dxquaren"),
            ("bias ratio from 0.91 to 0.99", "bias ratio", 0.99, None, "GAP", "Dxquaren"),
        ],
    },
    {
        "field": "coreference-resolution",
        "title": "Dxlorn: Joint Event Detection and Within-Document Event Coreference with Structured Argument "
                 "Memories",
        "text": (
            "Within-document event coreference resolution is usually evaluated with gold event mentions, which hides "
            "the errors that propagate from trigger detection in realistic pipelines. We study the end-to-end "
            "setting, in which a system must detect event triggers and cluster them, on the TAC KBP 2017 corpus, on "
            "ACE 2005 and on MAVEN-ERE, the largest event coreference dataset to date. Dxlorn is a joint model built "
            "on Longformer-large that detects triggers, fills a slot-based memory with argument information for each "
            "emerging event cluster, and scores each new trigger against these memories rather than against "
            "individual antecedent mentions. On KBP 2017, Dxlorn obtains an AVG score of 58.9, the mean of MUC, B3, "
            "CEAFe and BLANC, surpassing the previous end-to-end state of the art by 2.6 points, with a trigger "
            "detection F1 of 65.3. On MAVEN-ERE with predicted triggers, Dxlorn reaches 81.7 CoNLL F1 [vs. 78.9 for a "
            "pairwise RoBERTa-large baseline]. On ACE 2005, Dxlorn reaches 62.4 CoNLL F1. Ablating the argument "
            "memories lowers CoNLL F1 by 1.9 to 3.5 points across the three datasets, with the largest drop on "
            "MAVEN-ERE, where clusters are longest. Because each trigger is compared with at most a few dozen "
            "clusters, inference time grows linearly with document length, and a 10,000-word document is processed "
            "in 0.6 s."
        ),
        "spans": [
            ("Dxlorn", "M"), ("Event Detection", "T"), ("Within-Document Event Coreference", "T"),
            ("Within-document event coreference resolution", "T"), ("trigger detection", "T"),
            ("TAC KBP 2017", "D"), ("KBP 2017", "D"), ("ACE 2005", "D"), ("MAVEN-ERE", "D"),
            ("event coreference", "T"), ("Longformer-large", "M"), ("AVG", "X"), ("MUC", "X"), ("B3", "X"),
            ("CEAFe", "X"), ("BLANC", "X"), ("F1", "X"), ("CoNLL F1", "X"), ("RoBERTa-large", "M"),
            ("inference time", "X"),
        ],
        "results": [
            ("AVG score of 58.9", "AVG", 58.9, None, "KBP 2017", "Dxlorn"),
            ("by 2.6 points", "AVG", 2.6, "points", "KBP 2017", "Dxlorn"),
            ("F1 of 65.3", "F1", 65.3, None, "KBP 2017", "Dxlorn"),
            ("81.7 CoNLL F1", "CoNLL F1", 81.7, None, "MAVEN-ERE", "Dxlorn"),
            ("78.9", "CoNLL F1", 78.9, None, "MAVEN-ERE", "RoBERTa-large"),
            ("62.4 CoNLL F1", "CoNLL F1", 62.4, None, "ACE 2005", "Dxlorn"),
            ("CoNLL F1 by 1.9 to 3.5 points", "CoNLL F1", 3.5, "points", None, None, {"low": 1.9}),
            ("processed in 0.6 s", "inference time", 0.6, "s", None, None),
        ],
    },
]
