"""dev31 records: zero-shot-learning (6) and video-summarization (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Kqorvane", "Kqelstra", "Kqimbrel", "Kqathorn", "Kqusello", "Kqentiva",
          "Kqovarin", "Kqilmett", "Kqadrose", "Kqestrum", "Kqunwell", "Kqyrsa"]

RECS = [
    # ------------------------------------------------------------ zero-shot-learning
    {
        "field": "zero-shot-learning",
        "title": "Kqorvane: Attribute-Anchored Diffusion Feature Synthesis for Generalized Zero-Shot Learning",
        "text": (
            "Generalized zero-shot learning (GZSL) asks a classifier to recognise both seen and unseen classes at test "
            "time, and generative approaches such as f-CLSWGAN, f-VAEGAN-D2 and TF-VAEGAN address it by synthesising "
            "visual features for unseen classes from their semantic attributes. These GAN- and VAE-based generators, "
            "however, tend to collapse onto class prototypes, so synthetic unseen features are far less diverse than "
            "real ones and the final classifier stays biased towards seen classes. We propose Kqorvane, a conditional "
            "diffusion model that generates ViT-B/16 features in a compact latent space and anchors every denoising "
            "step to the class attribute vector through a contrastive alignment term; a calibrated softmax classifier "
            "is then trained on real seen and synthetic unseen features. Kqorvane obtains a harmonic mean (H) of "
            "72.4%, 75.8% and 49.6% on CUB, AWA2 and SUN, respectively, improving over TF-VAEGAN by 7.9, 3.6 and 7.2 "
            "points. On CUB, Kqorvane raises unseen-class accuracy (U) from 63.8% for CE-GZSL to 70.1% while keeping "
            "seen-class accuracy (S) at 75.0%. In the conventional ZSL setting, Kqorvane reaches a top-1 accuracy of "
            "81.3% on CUB. Because sampling uses only 10 DDIM steps, generating 300 features per unseen class takes "
            "2.1 s on a single GPU, 4.6\u00d7 faster than a 50-step sampler of the same quality."
        ),
        "spans": [
            ("Kqorvane", "M"), ("Generalized Zero-Shot Learning", "T"), ("Generalized zero-shot learning", "T"),
            ("GZSL", "T"), ("f-CLSWGAN", "M"), ("f-VAEGAN-D2", "M"), ("TF-VAEGAN", "M"), ("GAN", "M"), ("VAE", "M"),
            ("diffusion model", "M"), ("ViT-B/16", "M"), ("harmonic mean", "X"), ("H", "X"), ("CUB", "D"),
            ("AWA2", "D"), ("SUN", "D"), ("unseen-class accuracy", "X"), ("U", "X"), ("CE-GZSL", "M"),
            ("seen-class accuracy", "X"), ("S", "X"), ("conventional ZSL", "T"), ("top-1 accuracy", "X"),
            ("DDIM", "M"),
        ],
        "results": [
            ("harmonic mean (H) of 72.4%", "harmonic mean", 72.4, "%", "CUB", "Kqorvane"),
            ("75.8%", "harmonic mean", 75.8, "%", "AWA2", "Kqorvane"),
            ("49.6%", "harmonic mean", 49.6, "%", "SUN", "Kqorvane"),
            ("7.9", "harmonic mean", 7.9, "points", "CUB", "Kqorvane"),
            ("3.6", "harmonic mean", 3.6, "points", "AWA2", "Kqorvane"),
            ("7.2 points", "harmonic mean", 7.2, "points", "SUN", "Kqorvane"),
            ("unseen-class accuracy (U) from 63.8%", "unseen-class accuracy", 63.8, "%", "CUB", "CE-GZSL"),
            ("70.1%", "unseen-class accuracy", 70.1, "%", "CUB", "Kqorvane"),
            ("seen-class accuracy (S) at 75.0%", "seen-class accuracy", 75.0, "%", "CUB", "Kqorvane"),
            ("top-1 accuracy of 81.3%", "top-1 accuracy", 81.3, "%", "CUB", "Kqorvane"),
            ("takes 2.1 s", "generation time", 2.1, "s", None, None),
            ("4.6\u00d7 faster", "speed-up", 4.6, "\u00d7", None, None),
        ],
    },
    {
        "field": "zero-shot-learning",
        "title": "Kqelstra: Object-Conditioned State Prompt Routing for Compositional Zero-Shot Learning with CLIP",
        "text": (
            "Compositional zero-shot learning (CZSL) requires recognising unseen combinations of states and objects, "
            "such as a \"sliced apple\", after training only on seen pairs. Prompt-tuning methods built on CLIP, "
            "including CSP, DFSP and Troika, learn prompt vectors for state and object primitives but compose them "
            "with a fixed template, so the same state vocabulary is applied to every object regardless of how its "
            "appearance actually changes. We present Kqelstra, which routes each image through a small bank of "
            "object-conditioned state prompts and scores compositions with a decoupled scorer that attends from the "
            "primitive branches to patch tokens. Only the prompt bank and the scorer are trained, on top of a frozen "
            "CLIP ViT-L/14. Following the standard generalized CZSL protocol, we report the area under the "
            "seen\u2013unseen accuracy curve (AUC) and the best harmonic mean (HM). In the closed-world setting, "
            "Kqelstra attains AUC of 23.1, 48.7 and 13.9 on MIT-States, UT-Zappos and C-GQA, respectively, compared "
            "with 22.1, 41.7 and 12.4 for Troika. The gains are largest on C-GQA, where HM improves from 29.4 to "
            "31.6. In the more challenging open-world CZSL setting, where the label space contains every possible "
            "state\u2013object pair, Kqelstra reaches 9.4 AUC on MIT-States and 3.1 on C-GQA without any feasibility "
            "filtering. Ablations show that object-conditioned routing accounts for most of the improvement, while "
            "the decoupled scorer mainly helps on UT-Zappos, whose shoe categories differ in subtle material states."
        ),
        "spans": [
            ("Kqelstra", "M"), ("Compositional Zero-Shot Learning", "T"), ("Compositional zero-shot learning", "T"),
            ("CZSL", "T"), ("open-world CZSL", "T"), ("CLIP", "M"), ("Prompt-tuning", "M"), ("CSP", "M"),
            ("DFSP", "M"), ("Troika", "M"), ("CLIP ViT-L/14", "M"),
            ("area under the seen\u2013unseen accuracy curve", "X"), ("AUC", "X"), ("harmonic mean", "X"),
            ("HM", "X"), ("MIT-States", "D"), ("UT-Zappos", "D"), ("C-GQA", "D"),
        ],
        "results": [
            ("AUC of 23.1", "AUC", 23.1, None, "MIT-States", "Kqelstra"),
            ("48.7", "AUC", 48.7, None, "UT-Zappos", "Kqelstra"),
            ("13.9", "AUC", 13.9, None, "C-GQA", "Kqelstra"),
            ("22.1", "AUC", 22.1, None, "MIT-States", "Troika"),
            ("41.7", "AUC", 41.7, None, "UT-Zappos", "Troika"),
            ("12.4", "AUC", 12.4, None, "C-GQA", "Troika"),
            ("HM improves from 29.4 to 31.6", "HM", 31.6, None, "C-GQA", None),
            ("9.4 AUC", "AUC", 9.4, None, "MIT-States", "Kqelstra"),
            ("3.1 on C-GQA", "AUC", 3.1, None, "C-GQA", "Kqelstra"),
        ],
    },
    {
        "field": "zero-shot-learning",
        "title": "Kqimbrel: Part-Aware Semantic Tokens for Embedding-Based Generalized Zero-Shot Learning",
        "text": (
            "Embedding-based approaches to generalized zero-shot learning map images and class semantics into a "
            "shared space and avoid an expensive feature generation stage, but their attribute localization is "
            "usually learned from global ViT features and drifts towards background context. Recent attention-based "
            "models such as MSDN, TransZero++ and ZSLViT partly address this with attribute-guided attention, yet "
            "they either double the backbone cost or need attribute-level annotations during training. We introduce "
            "Kqimbrel, a lightweight set of semantic tokens that is inserted into the last four blocks of a ViT-B/16 "
            "and trained with a part-aware contrastive objective derived only from class-level attribute vectors. "
            "At inference, each semantic token yields an attribute score and the class score is their dot product "
            "with the class embedding, so no extra forward pass is needed. On the fine-grained CUB and SUN "
            "benchmarks, Kqimbrel reaches harmonic means of 74.9% and 53.2%, surpassing ZSLViT by 2.1 and 2.6 "
            "points, and on the coarse-grained AWA2 it is on par with the best generative methods at 76.0%. "
            "Kqimbrel adds only 1.3M parameters and 0.6 GFLOPs to the backbone and runs at 412 images per second on "
            "one A100 GPU, about 1.8\u00d7 the throughput of TransZero++. Visualisations show that the semantic "
            "tokens attend to bird parts and scene elements consistent with the attribute names, even for unseen "
            "classes."
        ),
        "spans": [
            ("Kqimbrel", "M"), ("Generalized Zero-Shot Learning", "T"), ("generalized zero-shot learning", "T"),
            ("ViT", "M"), ("MSDN", "M"), ("TransZero++", "M", {"punct": True}), ("ZSLViT", "M"),
            ("ViT-B/16", "M"), ("CUB", "D"), ("SUN", "D"), ("harmonic means", "X"), ("AWA2", "D"),
            ("parameters", "X"), ("GFLOPs", "X"), ("images per second", "X"), ("throughput", "X"),
        ],
        "results": [
            ("harmonic means of 74.9%", "harmonic mean", 74.9, "%", "CUB", "Kqimbrel"),
            ("53.2%", "harmonic mean", 53.2, "%", "SUN", "Kqimbrel"),
            ("2.1", "harmonic mean", 2.1, "points", "CUB", "Kqimbrel"),
            ("2.6 points", "harmonic mean", 2.6, "points", "SUN", "Kqimbrel"),
            ("76.0%", "harmonic mean", 76.0, "%", "AWA2", "Kqimbrel"),
            ("1.3M parameters", "parameters", 1.3, "M", None, "Kqimbrel"),
            ("0.6 GFLOPs", "GFLOPs", 0.6, None, None, "Kqimbrel"),
            ("412 images per second", "throughput", 412, None, None, "Kqimbrel"),
            ("1.8\u00d7 the throughput", "throughput", 1.8, "\u00d7", None, "Kqimbrel"),
        ],
    },
    {
        "field": "zero-shot-learning",
        "title": "Kqathorn: Replacing Human-Annotated Attributes with LLM-Written Class Descriptions in Generalized "
                 "Zero-Shot Learning",
        "text": (
            "Nearly all generalized zero-shot learning (GZSL) methods depend on expert-annotated class attributes, "
            "which are costly to collect and unavailable for most new domains. Document-based alternatives such as "
            "I2DFormer and I2MVFormer use encyclopedia articles instead, but these are noisy and often describe "
            "habitat or history rather than appearance. We propose Kqathorn, which prompts a large language model "
            "(LLM) to write short visual descriptions for every class, filters them by CLIP image\u2013text agreement "
            "on seen classes, and distils the surviving sentences into a compact semantic prototype that any "
            "embedding-based or generative GZSL model can consume. With descriptions written by GPT-4o, Kqathorn "
            "combined with TF-VAEGAN obtains a harmonic mean of 58.3% on CUB, 66.9% on AWA2 and 61.5% on FLO, "
            "against 45.2%, 57.9% and 49.8% for I2MVFormer. Using the open-weight Llama-3.1-8B-Instruct as the writer "
            "costs less than 2 points of harmonic mean on average. Remarkably, on AWA2 the LLM-derived prototypes "
            "even surpass the human-annotated attributes (harmonic mean 66.9% vs. 64.1%), while on CUB, whose 312 "
            "attributes are exceptionally fine-grained, a gap of 6.4 points remains. The descriptions also transfer "
            "across backbones: swapping the ResNet-101 features for those of a ViT-B/16 leaves the ranking of the "
            "three semantic sources unchanged. We release all generated descriptions and filtering scores to "
            "support attribute-free zero-shot research."
        ),
        "spans": [
            ("Kqathorn", "M"), ("Generalized Zero-Shot Learning", "T"), ("generalized zero-shot learning", "T"),
            ("GZSL", "T"), ("LLM", "M"), ("I2DFormer", "M"), ("I2MVFormer", "M"), ("large language model", "M"),
            ("CLIP", "M"), ("GPT-4o", "M"), ("TF-VAEGAN", "M"), ("harmonic mean", "X"), ("CUB", "D"),
            ("AWA2", "D"), ("FLO", "D"), ("Llama-3.1-8B-Instruct", "M"), ("ResNet-101", "M"), ("ViT-B/16", "M"),
        ],
        "results": [
            ("harmonic mean of 58.3% on CUB", "harmonic mean", 58.3, "%", "CUB", "Kqathorn"),
            ("66.9% on AWA2", "harmonic mean", 66.9, "%", "AWA2", "Kqathorn"),
            ("61.5% on FLO", "harmonic mean", 61.5, "%", "FLO", "Kqathorn"),
            ("45.2%", "harmonic mean", 45.2, "%", "CUB", "I2MVFormer"),
            ("57.9%", "harmonic mean", 57.9, "%", "AWA2", "I2MVFormer"),
            ("49.8%", "harmonic mean", 49.8, "%", "FLO", "I2MVFormer"),
            ("less than 2 points of harmonic mean", "harmonic mean", 2, "points", None, None),
            ("harmonic mean 66.9%", "harmonic mean", 66.9, "%", "AWA2", None),
            ("64.1%", "harmonic mean", 64.1, "%", "AWA2", None),
            ("gap of 6.4 points", "harmonic mean gap", 6.4, "points", "CUB", None),
        ],
    },
    {
        "field": "zero-shot-learning",
        "title": "Kqusello: Hyperbolic Composition Embeddings for Open-World Compositional Zero-Shot Learning",
        "text": (
            "In open-world compositional zero-shot learning (OW-CZSL), a model must rank every possible "
            "state\u2013object composition, most of which are semantically infeasible, such as \"melted mountain\". "
            "Methods such as CompCos and Co-CGE estimate feasibility from primitive similarities and mask out "
            "unlikely pairs, while KG-SP relies on an external knowledge base; all of them treat compositions as "
            "points in Euclidean space, where the hierarchy between primitives and their compositions is hard to "
            "preserve. We propose Kqusello, which embeds states, objects and compositions in the Lorentz model of "
            "hyperbolic space, so that a composition lies inside the entailment cone of its object and feasibility "
            "follows from the cone geometry without external knowledge. Kqusello is trained on top of a frozen CLIP "
            "ViT-B/32 encoder with a small adapter. On MIT-States, UT-Zappos and C-GQA under the open-world "
            "protocol, Kqusello reaches AUC values of 8.1, 35.6 and 3.9 and best HM of 21.4, 50.7 and 13.8, "
            "respectively, outperforming DFSP by +1.4, +5.4 and +1.5 AUC. In the closed-world setting, Kqusello also "
            "comes within 0.3 AUC of CSP on MIT-States. Because the feasibility scores are computed in closed form, "
            "Kqusello scores all 28,175 compositions of MIT-States with a latency of 3.7 ms per image and 1.1 GB of "
            "GPU memory, a 5.2\u00d7 speed-up over the feasibility-masking step of Co-CGE. Kqusello therefore scales "
            "to large open label spaces without any external knowledge or hand-made feasibility rules."
        ),
        "spans": [
            ("Kqusello", "M"), ("Open-World Compositional Zero-Shot Learning", "T"),
            ("open-world compositional zero-shot learning", "T"), ("OW-CZSL", "T"), ("CompCos", "M"),
            ("Co-CGE", "M"), ("KG-SP", "M"), ("CLIP ViT-B/32", "M"), ("MIT-States", "D"), ("UT-Zappos", "D"),
            ("C-GQA", "D"), ("AUC", "X"), ("HM", "X"), ("DFSP", "M"), ("CSP", "M"), ("latency", "X"),
            ("GPU memory", "X"), ("speed-up", "X"),
        ],
        "results": [
            ("AUC values of 8.1", "AUC", 8.1, None, "MIT-States", "Kqusello"),
            ("35.6", "AUC", 35.6, None, "UT-Zappos", "Kqusello"),
            ("3.9", "AUC", 3.9, None, "C-GQA", "Kqusello"),
            ("HM of 21.4", "HM", 21.4, None, "MIT-States", "Kqusello"),
            ("50.7", "HM", 50.7, None, "UT-Zappos", "Kqusello"),
            ("13.8", "HM", 13.8, None, "C-GQA", "Kqusello"),
            ("+1.4", "AUC", 1.4, None, "MIT-States", "Kqusello"),
            ("+5.4", "AUC", 5.4, None, "UT-Zappos", "Kqusello"),
            ("+1.5 AUC", "AUC", 1.5, None, "C-GQA", "Kqusello"),
            ("within 0.3 AUC", "AUC", 0.3, None, "MIT-States", "Kqusello"),
            ("latency of 3.7 ms", "latency", 3.7, "ms", "MIT-States", "Kqusello"),
            ("1.1 GB of GPU memory", "GPU memory", 1.1, "GB", "MIT-States", "Kqusello"),
            ("5.2\u00d7 speed-up", "speed-up", 5.2, "\u00d7", "MIT-States", "Kqusello"),
        ],
    },
    {
        "field": "zero-shot-learning",
        "title": "Kqentiva: Training-Free Test-Time Bias Calibration for Generalized Zero-Shot Learning",
        "text": (
            "A persistent failure mode of generalized zero-shot learning (GZSL) is the bias of trained classifiers "
            "towards seen classes: unseen test images are confidently assigned to the nearest seen class, and "
            "unseen-class accuracy, and with it the harmonic mean, collapses. The usual remedy, calibrated stacking, "
            "subtracts a single constant from all seen-class scores and tunes it on a held-out split, which is "
            "brittle when the seen/unseen confusion varies across regions of the feature space. We propose "
            "Kqentiva, a training-free calibration method that estimates, for every test batch, a per-sample "
            "seen-class offset from the entropy of the unseen-class posterior and a local density score of each "
            "test feature. Kqentiva needs no access to training data, no gradient updates and no hyperparameters "
            "beyond the batch size, and it can be attached to any GZSL model at test time. Applied to six "
            "representative models, including APN, GEM-ZSL, f-VAEGAN-D2 and TransZero, on CUB, SUN, AWA2 and aPY, "
            "Kqentiva improves the harmonic mean in 22 of the 24 model\u2013dataset pairs, by 3.4 points on average. "
            "The largest gain is for APN on SUN (+7.8). Kqentiva also narrows the gap in harmonic mean between calibrated "
            "stacking tuned on test labels, an oracle, and its practical validation-tuned counterpart from 4.9 to 1.2 "
            "points. These findings suggest that a sizeable part of the progress reported in GZSL over the last "
            "years may be recoverable through calibration alone, and we urge future work to report calibrated "
            "baselines."
        ),
        "spans": [
            ("Kqentiva", "M"), ("Generalized Zero-Shot Learning", "T"), ("generalized zero-shot learning", "T"),
            ("GZSL", "T"), ("unseen-class accuracy", "X"), ("harmonic mean", "X"), ("calibrated stacking", "M"),
            ("APN", "M"), ("GEM-ZSL", "M"), ("f-VAEGAN-D2", "M"), ("TransZero", "M"), ("CUB", "D"), ("SUN", "D"),
            ("AWA2", "D"), ("aPY", "D"),
        ],
        "results": [
            ("22 of the 24 model\u2013dataset pairs", "model\u2013dataset pairs improved", 22, None, None, "Kqentiva"),
            ("3.4 points", "harmonic mean", 3.4, "points", None, "Kqentiva"),
            ("+7.8", "improvement", 7.8, None, "SUN", "APN"),
            ("from 4.9 to 1.2 points", "harmonic mean gap", 1.2, "points", None, "Kqentiva"),
        ],
    },
    # ------------------------------------------------------------ video-summarization
    {
        "field": "video-summarization",
        "title": "Kqovarin: Shot-Graph State Space Models for Generic Video Summarization",
        "text": (
            "Supervised video summarization methods score the importance of every frame and assemble a keyshot "
            "summary under a length budget, and most recent ones, such as PGL-SUM, CA-SUM and CSTA, rely on "
            "Transformer encoders whose cost grows quadratically with video length. We propose Kqovarin, which "
            "segments a video into shots with kernel temporal segmentation (KTS), builds a sparse graph over shots "
            "from visual and audio similarity, and propagates frame features along this graph with a bidirectional "
            "Mamba layer, so that long-range context is captured in linear time. Importance is regressed from "
            "GoogLeNet features for comparability with prior work and, in a second configuration, from CLIP "
            "features. On SumMe and TVSum with five-fold cross-validation, Kqovarin achieves F-scores of 55.8% and "
            "63.1%, respectively, against 55.5% and 61.4% for CA-SUM and 51.1% and 61.0% for PGL-SUM. Since the "
            "F-score is known to be insensitive to the predicted scores, we also report rank correlation: on TVSum, "
            "Kqovarin attains a Kendall's \u03c4 of 0.224 and a Spearman's \u03c1 of 0.295, compared with 0.194 and "
            "0.255 for CSTA. With CLIP features, \u03c4 rises further to 0.241. Kqovarin has 2.9M parameters, 41% "
            "fewer than CSTA, and processes a ten-minute video in 38 ms, a 3.4\u00d7 speed-up over PGL-SUM on the same "
            "GPU. In the augmented and transfer settings, which add OVP and YouTube to the training data, Kqovarin "
            "improves the TVSum F-score by 1.2 and 0.9 points, respectively."
        ),
        "spans": [
            ("Kqovarin", "M"), ("State Space Models", "M"), ("Generic Video Summarization", "T"),
            ("video summarization", "T"), ("PGL-SUM", "M"), ("CA-SUM", "M"), ("CSTA", "M"), ("Transformer", "M"),
            ("kernel temporal segmentation", "M"), ("KTS", "M"), ("Mamba", "M"), ("GoogLeNet", "M"),
            ("CLIP", "M"), ("SumMe", "D"), ("TVSum", "D"), ("F-scores", "X"), ("F-score", "X"),
            ("rank correlation", "X"), ("Kendall's \u03c4", "X"), ("Spearman's \u03c1", "X"), ("\u03c4", "X"),
            ("parameters", "X"), ("speed-up", "X"), ("OVP", "D"), ("YouTube", "D"),
        ],
        "results": [
            ("F-scores of 55.8%", "F-score", 55.8, "%", "SumMe", "Kqovarin"),
            ("63.1%", "F-score", 63.1, "%", "TVSum", "Kqovarin"),
            ("55.5%", "F-score", 55.5, "%", "SumMe", "CA-SUM"),
            ("61.4%", "F-score", 61.4, "%", "TVSum", "CA-SUM"),
            ("51.1%", "F-score", 51.1, "%", "SumMe", "PGL-SUM"),
            ("61.0%", "F-score", 61.0, "%", "TVSum", "PGL-SUM"),
            ("Kendall's \u03c4 of 0.224", "Kendall's \u03c4", 0.224, None, "TVSum", "Kqovarin"),
            ("Spearman's \u03c1 of 0.295", "Spearman's \u03c1", 0.295, None, "TVSum", "Kqovarin"),
            ("0.194", "Kendall's \u03c4", 0.194, None, "TVSum", "CSTA"),
            ("0.255", "Spearman's \u03c1", 0.255, None, "TVSum", "CSTA"),
            ("\u03c4 rises further to 0.241", "Kendall's \u03c4", 0.241, None, None, None),
            ("2.9M parameters", "parameters", 2.9, "M", None, "Kqovarin"),
            ("41% fewer", "parameter reduction", 41, "%", None, "Kqovarin"),
            ("in 38 ms", "latency", 38, "ms", None, "Kqovarin"),
            ("3.4\u00d7 speed-up", "speed-up", 3.4, "\u00d7", None, "Kqovarin"),
            ("F-score by 1.2", "F-score", 1.2, "points", "TVSum", "Kqovarin"),
            ("0.9 points", "F-score", 0.9, "points", "TVSum", "Kqovarin"),
        ],
    },
    {
        "field": "video-summarization",
        "title": "Kqilmett: Per-Concept Grounding for Query-Focused Video Summarization of Long Egocentric Videos",
        "text": (
            "Query-focused video summarization selects the shots of a long video that are relevant to a user query "
            "while still covering the main content of the video. On the QFVS benchmark, built on the four videos of "
            "the UT Egocentric (UTE) dataset, each query pairs two concepts and summaries are scored by "
            "concept-based precision, recall and F1 against user-written annotations. Existing methods such as "
            "CHAN, IntentVizor and CLIP-It treat the query as a single text embedding and match it against shot "
            "features, which works poorly when one of the two concepts appears only briefly. We present Kqilmett, "
            "which grounds each query concept separately with a frozen vision-language model, fuses the two "
            "relevance maps through a learned soft conjunction, and selects shots with a determinantal point "
            "process that trades relevance off against diversity. On QFVS, averaged over the four videos, Kqilmett "
            "achieves a precision of 56.9%, a recall of 52.3% and an F1 score of 53.8%, improving the F1 of "
            "IntentVizor by 4.1 points and that of CLIP-It by 2.9 points. The gain reaches +7.6 F1 on the hardest "
            "video, where more than half of the queried concepts are visible in less than one percent of the "
            "footage. On the generic video summarization benchmarks TVSum and SumMe, where no query is given, "
            "Kqilmett obtains F-scores of 62.4% and 54.0%, respectively. Inference over a four-hour UTE video takes "
            "27 s on one GPU, dominated by the grounding model."
        ),
        "spans": [
            ("Kqilmett", "M"), ("Query-Focused Video Summarization", "T"), ("Query-focused video summarization", "T"),
            ("QFVS", "D"), ("UT Egocentric", "D"), ("UTE", "D"), ("precision", "X"), ("recall", "X"),
            ("F1", "X"), ("F1 score", "X"), ("CHAN", "M"), ("IntentVizor", "M"), ("CLIP-It", "M"),
            ("vision-language model", "M"), ("determinantal point process", "M"),
            ("generic video summarization", "T"), ("TVSum", "D"), ("SumMe", "D"), ("F-scores", "X"),
        ],
        "results": [
            ("precision of 56.9%", "precision", 56.9, "%", "QFVS", "Kqilmett"),
            ("recall of 52.3%", "recall", 52.3, "%", "QFVS", "Kqilmett"),
            ("F1 score of 53.8%", "F1", 53.8, "%", "QFVS", "Kqilmett"),
            ("4.1 points", "F1", 4.1, "points", "QFVS", "Kqilmett"),
            ("2.9 points", "F1", 2.9, "points", "QFVS", "Kqilmett"),
            ("+7.6 F1", "F1", 7.6, None, None, None),
            ("F-scores of 62.4%", "F-score", 62.4, "%", "TVSum", "Kqilmett"),
            ("54.0%", "F-score", 54.0, "%", "SumMe", "Kqilmett"),
            ("takes 27 s", "inference time", 27, "s", "UTE", None),
        ],
    },
    {
        "field": "video-summarization",
        "title": "Kqadrose: Saliency-Aware Query Decoupling for Joint Moment Retrieval and Highlight Detection",
        "text": (
            "Joint moment retrieval and highlight detection models such as Moment-DETR, QD-DETR and TR-DETR predict, "
            "from one natural-language query, both the temporal spans that match it and a saliency score for every "
            "clip. Their decoders, however, share one set of learnable queries between the two outputs, so that "
            "saliency supervision leaks into span localisation and vice versa. We propose Kqadrose, a DETR-style "
            "model that splits the decoder queries into span queries and saliency queries, links them only through "
            "a gated exchange layer, and pretrains the saliency branch on narrated clips from HowTo100M. On the "
            "QVHighlights test split, Kqadrose reaches 66.9 R1@0.5, 50.8 R1@0.7 and 47.3 average mAP for moment "
            "retrieval, and 43.1 mAP and 70.2 HIT@1 for highlight detection, improving over TR-DETR by 2.4, 4.1 "
            "and 2.2 points on the three retrieval metrics. Without pretraining, the gains shrink but remain "
            "positive (+1.3 R1@0.7). On Charades-STA, Kqadrose lifts R1@0.7 from 34.4 for UniVTG to 37.9. For "
            "highlight detection on TVSum, Kqadrose obtains a top-5 mAP of 88.6, averaged over the ten categories, "
            "against 86.0 for UVCOM. The decoupled decoder adds 0.8M parameters and 4% latency, and query "
            "decoupling alone, without pretraining, already removes most of the interference we measure between "
            "the two tasks."
        ),
        "spans": [
            ("Kqadrose", "M"), ("Moment Retrieval", "T"), ("Highlight Detection", "T"), ("moment retrieval", "T"),
            ("highlight detection", "T"), ("Moment-DETR", "M"), ("QD-DETR", "M"), ("TR-DETR", "M"), ("DETR", "M"),
            ("HowTo100M", "D"), ("QVHighlights", "D"), ("R1@0.5", "X"), ("R1@0.7", "X"), ("average mAP", "X"),
            ("mAP", "X"), ("HIT@1", "X"), ("Charades-STA", "D"), ("UniVTG", "M"), ("TVSum", "D"),
            ("top-5 mAP", "X"), ("UVCOM", "M"), ("parameters", "X"), ("latency", "X"),
        ],
        "results": [
            ("66.9 R1@0.5", "R1@0.5", 66.9, None, "QVHighlights", "Kqadrose"),
            ("50.8 R1@0.7", "R1@0.7", 50.8, None, "QVHighlights", "Kqadrose"),
            ("47.3 average mAP", "mAP", 47.3, None, "QVHighlights", "Kqadrose"),
            ("43.1 mAP", "mAP", 43.1, None, "QVHighlights", "Kqadrose"),
            ("70.2 HIT@1", "HIT@1", 70.2, None, "QVHighlights", "Kqadrose"),
            ("2.4", "R1@0.5", 2.4, "points", "QVHighlights", "Kqadrose"),
            ("4.1", "R1@0.7", 4.1, "points", "QVHighlights", "Kqadrose"),
            ("2.2 points", "mAP", 2.2, "points", "QVHighlights", "Kqadrose"),
            ("+1.3 R1@0.7", "R1@0.7", 1.3, None, None, None),
            ("R1@0.7 from 34.4", "R1@0.7", 34.4, None, "Charades-STA", "UniVTG"),
            ("37.9", "R1@0.7", 37.9, None, "Charades-STA", "Kqadrose"),
            ("top-5 mAP of 88.6", "top-5 mAP", 88.6, None, "TVSum", "Kqadrose"),
            ("86.0", "top-5 mAP", 86.0, None, "TVSum", "UVCOM"),
            ("0.8M parameters", "parameters", 0.8, "M", None, None),
            ("4% latency", "latency", 4, "%", None, None),
        ],
    },
    {
        "field": "video-summarization",
        "title": "Kqestrum: Zero-Shot Video Summarization by Prompting Video LLMs with Self-Generated Storylines",
        "text": (
            "Video large language models (video LLMs) can describe what happens in a clip, but using them to decide "
            "which moments belong in a summary remains difficult: prompts that ask for frame-level importance "
            "scores produce noisy, poorly calibrated outputs, and long videos exceed the context window. We "
            "introduce Kqestrum, a training-free pipeline that first asks a video LLM to write a storyline for each "
            "chunk of the video, merges the chunk storylines into a global plot with a text-only LLM, and then "
            "scores each shot by how much of the plot it supports, measured by entailment between the shot caption "
            "and the plot sentences. Kqestrum uses no summarization labels at all. We evaluate on SumMe and TVSum "
            "as well as on the large-scale Mr. HiSum dataset, whose importance scores are derived from replay "
            "statistics of online videos. Instantiated with Qwen2-VL-7B and Llama-3.1-70B, Kqestrum reaches F1 "
            "scores of 52.7% on SumMe and 60.9% on TVSum, the best label-free results we are aware of and within 2 "
            "points of supervised models such as PGL-SUM. On Mr. HiSum, Kqestrum attains a mAP@50 of 58.1, "
            "compared with 55.6 for the supervised A2Summ. We also find that the standard F1 protocol rewards "
            "almost any summary assembled from KTS shots, echoing earlier critiques, and we recommend reporting "
            "rank correlations alongside it. Code and prompts are public."
        ),
        "spans": [
            ("Kqestrum", "M"), ("Zero-Shot Video Summarization", "T"), ("Video LLMs", "M"),
            ("Video large language models", "M"), ("video LLMs", "M"), ("video LLM", "M"), ("LLM", "M"),
            ("SumMe", "D"), ("TVSum", "D"), ("Mr. HiSum", "D"), ("Qwen2-VL-7B", "M"), ("Llama-3.1-70B", "M"),
            ("F1 scores", "X"), ("F1", "X"), ("PGL-SUM", "M"), ("mAP@50", "X"), ("A2Summ", "M"), ("KTS", "M"),
            ("rank correlations", "X"),
        ],
        "results": [
            ("F1 scores of 52.7% on SumMe", "F1", 52.7, "%", "SumMe", "Kqestrum"),
            ("60.9% on TVSum", "F1", 60.9, "%", "TVSum", "Kqestrum"),
            ("within 2 points", "F1", 2, "points", None, "Kqestrum"),
            ("mAP@50 of 58.1", "mAP@50", 58.1, None, "Mr. HiSum", "Kqestrum"),
            ("55.6", "mAP@50", 55.6, None, "Mr. HiSum", "A2Summ"),
        ],
    },
    {
        "field": "video-summarization",
        "title": "Kqunwell: Highlight Detection from Sound and Pixels on a Smartphone Budget",
        "text": (
            "Highlight detection on phones and action cameras must run within tight compute and memory limits, yet "
            "the strongest detectors, such as UMT and UniVTG, build on heavy CLIP and SlowFast features extracted "
            "offline. We design Kqunwell, a compact audio-visual highlight detector that learns its own features "
            "end to end from 8-fps frames and log-mel spectrograms, using a MobileNetV3 image branch and a 1D "
            "convolutional audio branch fused by a two-layer Transformer over 64-frame windows. Kqunwell is trained "
            "with clip-level highlight labels and distilled from UniVTG on unlabeled vlogs. On the YouTube "
            "Highlights dataset, Kqunwell obtains 73.9% mAP averaged over the six domains (UniVTG: 75.2%; UMT: "
            "74.9%), and on TVSum it reaches a top-5 mAP of 82.7%. In exchange for this small deficit, Kqunwell "
            "needs 2.1 GFLOPs per second of video, about 37\u00d7 fewer than UniVTG including feature extraction, "
            "and its peak memory is 96 MB. On a Pixel 8 smartphone, Kqunwell processes a one-hour video in 71 s, "
            "about 50\u00d7 faster than real time. Ablations show that the audio branch contributes 3.6 mAP points "
            "on the sports domains (surfing, skating and skiing) but little on dog and parkour videos, and that "
            "removing the UniVTG teacher costs 2.8 points of mAP overall. Kqunwell thus makes highlight detection "
            "practical on-device, where uploading raw footage for server-side processing is often not an option."
        ),
        "spans": [
            ("Kqunwell", "M"), ("Highlight Detection", "T"), ("Highlight detection", "T"),
            ("highlight detection", "T"), ("UMT", "M"), ("UniVTG", "M"), ("CLIP", "M"), ("SlowFast", "M"),
            ("MobileNetV3", "M"), ("Transformer", "M"), ("YouTube Highlights", "D"), ("mAP", "X"), ("TVSum", "D"),
            ("top-5 mAP", "X"), ("GFLOPs", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("73.9% mAP", "mAP", 73.9, "%", "YouTube Highlights", "Kqunwell"),
            ("75.2%", "mAP", 75.2, "%", "YouTube Highlights", "UniVTG"),
            ("74.9%", "mAP", 74.9, "%", "YouTube Highlights", "UMT"),
            ("top-5 mAP of 82.7%", "top-5 mAP", 82.7, "%", "TVSum", "Kqunwell"),
            ("2.1 GFLOPs", "GFLOPs", 2.1, None, None, "Kqunwell"),
            ("37\u00d7 fewer", "FLOPs reduction", 37, "\u00d7", None, "Kqunwell"),
            ("peak memory is 96 MB", "peak memory", 96, "MB", None, "Kqunwell"),
            ("in 71 s", "latency", 71, "s", None, "Kqunwell"),
            ("50\u00d7 faster", "speed-up", 50, "\u00d7", None, "Kqunwell"),
            ("3.6 mAP points", "mAP", 3.6, "points", None, None),
            ("2.8 points of mAP", "mAP", 2.8, "points", None, None),
        ],
    },
    {
        "field": "video-summarization",
        "title": "Kqyrsa: One Decoder for Both Keyframes and Captions in Cross-Modal Video Summarization",
        "text": (
            "Cross-modal video summarization asks a model to produce, from one long video, both a short video "
            "summary and a textual summary that agree with each other. The VideoXum benchmark formalises this task "
            "on 14K ActivityNet Captions videos, each annotated by ten annotators, but its reference model "
            "VTSUM-BLIP uses separate heads for the two outputs and optimises them independently. We propose "
            "Kqyrsa, a single autoregressive decoder that emits caption tokens interleaved with pointer tokens that "
            "select keyframes, so that every sentence of the textual summary is grounded in the frames it "
            "describes. Built on a frozen EVA-CLIP encoder and a 1.3B-parameter language model, Kqyrsa is trained "
            "with teacher forcing and then with a consistency reward optimised by GRPO. On the VideoXum test set, "
            "Kqyrsa improves video-to-video summarization from 23.8 to 27.4 F1 and raises Kendall's \u03c4 and "
            "Spearman's \u03c1 to 0.211 and 0.275, while its textual summaries reach 6.1 BLEU-4, 13.6 METEOR, 27.9 "
            "ROUGE-L and 41.3 CIDEr, against 5.1, 12.4, 25.8 and 33.7 for VTSUM-BLIP. Cross-modal consistency, "
            "measured by VT-CLIPScore, rises from 0.28 to 0.34. In a human study on 200 videos, raters preferred "
            "the joint summaries of Kqyrsa over those of VTSUM-BLIP in 68% of pairwise comparisons, mostly citing "
            "better agreement between the selected frames and the sentences describing them."
        ),
        "spans": [
            ("Kqyrsa", "M"), ("Cross-Modal Video Summarization", "T"), ("Cross-modal video summarization", "T"),
            ("VideoXum", "D"), ("ActivityNet Captions", "D"), ("VTSUM-BLIP", "M"), ("EVA-CLIP", "M"),
            ("language model", "M"), ("teacher forcing", "M"), ("GRPO", "M"),
            ("video-to-video summarization", "T"), ("F1", "X"), ("Kendall's \u03c4", "X"),
            ("Spearman's \u03c1", "X"), ("BLEU-4", "X"), ("METEOR", "X"), ("ROUGE-L", "X"), ("CIDEr", "X"),
            ("VT-CLIPScore", "X"),
        ],
        "results": [
            ("from 23.8 to 27.4 F1", "F1", 27.4, None, "VideoXum", "Kqyrsa"),
            ("0.211", "Kendall's \u03c4", 0.211, None, "VideoXum", "Kqyrsa"),
            ("0.275", "Spearman's \u03c1", 0.275, None, "VideoXum", "Kqyrsa"),
            ("6.1 BLEU-4", "BLEU-4", 6.1, None, "VideoXum", "Kqyrsa"),
            ("13.6 METEOR", "METEOR", 13.6, None, "VideoXum", "Kqyrsa"),
            ("27.9 ROUGE-L", "ROUGE-L", 27.9, None, "VideoXum", "Kqyrsa"),
            ("41.3 CIDEr", "CIDEr", 41.3, None, "VideoXum", "Kqyrsa"),
            ("5.1", "BLEU-4", 5.1, None, "VideoXum", "VTSUM-BLIP"),
            ("12.4", "METEOR", 12.4, None, "VideoXum", "VTSUM-BLIP"),
            ("25.8", "ROUGE-L", 25.8, None, "VideoXum", "VTSUM-BLIP"),
            ("33.7", "CIDEr", 33.7, None, "VideoXum", "VTSUM-BLIP"),
            ("rises from 0.28 to 0.34", "VT-CLIPScore", 0.34, None, None, None),
            ("in 68% of pairwise comparisons", "win rate", 68, "%", None, "Kqyrsa"),
        ],
    },
]
