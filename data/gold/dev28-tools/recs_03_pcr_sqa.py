"""dev28 records: point-cloud-registration (6) and speech-quality-assessment (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Lzorin", "Lzavenet", "Lzethmatch", "Lzundra", "Lzaperle", "Lzoklift",
          "Lzimbrel", "Lzyphon", "Lzeska", "Lzurro", "Lzemora", "Lzaquint"]

RECS = [
    # ------------------------------------------------------------ point-cloud-registration
    {
        "field": "point-cloud-registration",
        "title": "Lzorin: Overlap-Gated Geometric Embeddings for Point Cloud Registration under Low Overlap",
        "text": (
            "Correspondence-based point cloud registration has advanced rapidly since GeoTransformer showed that "
            "coarse matching with geometric self-attention can dispense with RANSAC, yet accuracy still collapses "
            "when the overlap between two scans falls below 30%. We trace part of this drop to coarse matches that "
            "are geometrically consistent but lie outside the region both scans actually observe. Lzorin predicts a "
            "soft overlap mask at every level of a KPConv-FPN backbone and uses it to gate the geometric embeddings, "
            "so that attention concentrates on regions likely to be co-visible; dense correspondences are then "
            "extracted with optimal transport, and the transformation is estimated by local-to-global registration "
            "(LGR). On 3DMatch and 3DLoMatch, Lzorin attains a registration recall (RR) of 93.4% and 79.8% with 5,000 "
            "sampled correspondences, respectively, improving over GeoTransformer by 1.4 and 4.8 points and over "
            "RoITr by 1.6 and 3.1 points. Lzorin raises the inlier ratio (IR) on 3DLoMatch to 51.2%, versus 43.5% "
            "for GeoTransformer. With only 250 sampled correspondences, Lzorin still reaches 77.1% RR on 3DLoMatch "
            "(GeoTransformer: 72.4%). On the outdoor KITTI benchmark, Lzorin achieves an RR of 99.8% with a relative "
            "rotation error (RRE) of 0.21\u00b0 and a relative translation error (RTE) of 5.8 cm. End-to-end "
            "inference on 3DMatch takes 142 ms per pair on a single GPU, only slightly more than GeoTransformer."
        ),
        "spans": [
            ("Lzorin", "M"), ("Point Cloud Registration", "T"), ("point cloud registration", "T"),
            ("GeoTransformer", "M"), ("geometric self-attention", "M"), ("RANSAC", "M"), ("accuracy", "X"),
            ("KPConv-FPN", "M"), ("optimal transport", "M"), ("local-to-global registration", "M"), ("LGR", "M"),
            ("3DMatch", "D"), ("3DLoMatch", "D"), ("registration recall", "X"), ("RR", "X"), ("RoITr", "M"),
            ("inlier ratio", "X"), ("IR", "X"), ("KITTI", "D"), ("relative rotation error", "X"), ("RRE", "X"),
            ("relative translation error", "X"), ("RTE", "X"),
        ],
        "results": [
            ("registration recall (RR) of 93.4%", "registration recall", 93.4, "%", "3DMatch", "Lzorin"),
            ("79.8%", "registration recall", 79.8, "%", "3DLoMatch", "Lzorin"),
            ("by 1.4", "registration recall", 1.4, "points", "3DMatch", "Lzorin"),
            ("4.8 points", "registration recall", 4.8, "points", "3DLoMatch", "Lzorin"),
            ("by 1.6", "registration recall", 1.6, "points", "3DMatch", "Lzorin"),
            ("3.1 points", "registration recall", 3.1, "points", "3DLoMatch", "Lzorin"),
            ("inlier ratio (IR) on 3DLoMatch to 51.2%", "inlier ratio", 51.2, "%", "3DLoMatch", "Lzorin"),
            ("43.5%", "inlier ratio", 43.5, "%", "3DLoMatch", "GeoTransformer"),
            ("77.1% RR", "registration recall", 77.1, "%", "3DLoMatch", "Lzorin"),
            ("72.4%", "registration recall", 72.4, "%", "3DLoMatch", "GeoTransformer"),
            ("RR of 99.8%", "registration recall", 99.8, "%", "KITTI", "Lzorin"),
            ("relative rotation error (RRE) of 0.21", "RRE", 0.21, "\u00b0", "KITTI", "Lzorin"),
            ("relative translation error (RTE) of 5.8 cm", "RTE", 5.8, "cm", "KITTI", "Lzorin"),
            ("inference on 3DMatch takes 142 ms", "inference time", 142, "ms", "3DMatch", None),
        ],
    },
    {
        "field": "point-cloud-registration",
        "title": "Lzavenet: Second-Order Consistency Hypergraphs for Fast and Robust Outlier Rejection in Point "
                 "Cloud Registration",
        "text": (
            "Learning-free outlier rejection methods such as SC2-PCR and maximal cliques (MAC) have closed much of "
            "the gap to learned estimators like PointDSC, but they either score hypotheses with dense pairwise "
            "compatibility matrices or enumerate cliques whose number grows sharply with the outlier rate. We present "
            "Lzavenet, a training-free rejection scheme that builds a sparse hypergraph over putative "
            "correspondences, weights each hyperedge by a second-order consistency score, and samples minimal "
            "hypotheses only from the highest-weighted hyperedges before a final weighted SVD refinement. Because "
            "nothing is learned, Lzavenet plugs into any descriptor without retraining. On 3DMatch with FPFH and "
            "FCGF correspondences, Lzavenet achieves a registration recall of 85.6% and 94.1%, respectively, "
            "compared with 83.9% and 93.3% for SC2-PCR and 84.0% and 93.7% for MAC. The gains grow on 3DLoMatch, "
            "where Lzavenet reaches 43.8% registration recall with FPFH (+3.3% over MAC) and 62.5% with FCGF. On "
            "KITTI, Lzavenet obtains a registration recall of 99.5% with FPFH, with a mean RRE of 0.31\u00b0 and a "
            "mean RTE of 7.9 cm. Lzavenet is also markedly cheaper, with a latency of 38 ms for 5,000 "
            "correspondences, a 3.2\u00d7 speed-up over SC2-PCR and 11.7\u00d7 over MAC, and a peak memory of 0.6 "
            "GB. Ablations show that the second-order weighting accounts for most of the improvement when the "
            "inlier ratio is below 5%."
        ),
        "spans": [
            ("Lzavenet", "M"), ("Outlier Rejection", "T"), ("outlier rejection", "T"), ("Point Cloud Registration", "T"),
            ("SC2-PCR", "M"), ("maximal cliques", "M"), ("MAC", "M"), ("PointDSC", "M"), ("weighted SVD", "M"),
            ("3DMatch", "D"), ("FPFH", "M"), ("FCGF", "M"), ("registration recall", "X"), ("3DLoMatch", "D"),
            ("KITTI", "D"), ("mean RRE", "X"), ("mean RTE", "X"), ("latency", "X"), ("speed-up", "X"),
            ("peak memory", "X"), ("inlier ratio", "X"),
        ],
        "results": [
            ("registration recall of 85.6%", "registration recall", 85.6, "%", "3DMatch", "Lzavenet"),
            ("94.1%", "registration recall", 94.1, "%", "3DMatch", "Lzavenet"),
            ("83.9%", "registration recall", 83.9, "%", "3DMatch", "SC2-PCR"),
            ("93.3%", "registration recall", 93.3, "%", "3DMatch", "SC2-PCR"),
            ("84.0%", "registration recall", 84.0, "%", "3DMatch", "MAC"),
            ("93.7%", "registration recall", 93.7, "%", "3DMatch", "MAC"),
            ("43.8% registration recall", "registration recall", 43.8, "%", "3DLoMatch", "Lzavenet"),
            ("+3.3%", "registration recall", 3.3, "%", "3DLoMatch", "Lzavenet"),
            ("62.5%", "registration recall", 62.5, "%", "3DLoMatch", "Lzavenet"),
            ("registration recall of 99.5%", "registration recall", 99.5, "%", "KITTI", "Lzavenet"),
            ("mean RRE of 0.31", "RRE", 0.31, "\u00b0", "KITTI", "Lzavenet"),
            ("mean RTE of 7.9 cm", "RTE", 7.9, "cm", "KITTI", "Lzavenet"),
            ("latency of 38 ms", "latency", 38, "ms", None, "Lzavenet"),
            ("3.2\u00d7 speed-up", "speed-up", 3.2, "\u00d7", None, "Lzavenet"),
            ("11.7\u00d7", "speed-up", 11.7, "\u00d7", None, "Lzavenet"),
            ("peak memory of 0.6 GB", "peak memory", 0.6, "GB", None, "Lzavenet"),
        ],
    },
    {
        "field": "point-cloud-registration",
        "title": "Lzethmatch: Score-Based Diffusion over Rigid Motions for Partial-to-Partial Point Cloud "
                 "Registration",
        "text": (
            "Learning-based registration of synthetic object scans, as in the ModelNet40 benchmark, is usually framed "
            "as one-shot regression of a rigid transformation, which makes methods such as DCP, RPM-Net and RegTR "
            "brittle when the two partial views share little geometry or when the object is nearly symmetric. We "
            "recast partial-to-partial registration as conditional generation: Lzethmatch learns a score-based "
            "diffusion model over rigid motions conditioned on features of both point clouds, and draws several "
            "candidate poses that are ranked by a learned overlap score. Rotations are perturbed with an isotropic "
            "Gaussian on the rotation group and translations with ordinary Gaussian noise, and a lightweight DGCNN "
            "encoder is shared across denoising steps, so twenty steps add little cost. On the unseen-category split "
            "of ModelNet40 with partial overlap and Gaussian noise, Lzethmatch reduces the mean isotropic rotation "
            "error to 1.12\u00b0, against 1.98\u00b0 for RegTR and 2.64\u00b0 for RPM-Net. On ModelLoNet, where "
            "overlap falls to roughly half, Lzethmatch keeps the Chamfer distance at 0.0021, about half that of "
            "RegTR. Because it returns a distribution over poses rather than a single estimate, Lzethmatch also "
            "flags ambiguous inputs, predicting failure on symmetric categories with an AUROC of 0.87 from the "
            "spread of its samples. Lzethmatch has 3.6M parameters and registers a pair in 49 ms."
        ),
        "spans": [
            ("Lzethmatch", "M"), ("Score-Based Diffusion", "M"), ("Partial-to-Partial Point Cloud Registration", "T"),
            ("ModelNet40", "D"), ("DCP", "M"), ("RPM-Net", "M"), ("RegTR", "M"),
            ("partial-to-partial registration", "T"), ("conditional generation", "T"),
            ("score-based diffusion model", "M"), ("DGCNN", "M"), ("mean isotropic rotation error", "X"),
            ("ModelLoNet", "D"), ("Chamfer distance", "X"), ("AUROC", "X"), ("parameters", "X"),
        ],
        "results": [
            ("mean isotropic rotation error to 1.12", "isotropic rotation error", 1.12, "\u00b0", "ModelNet40",
             "Lzethmatch"),
            ("1.98\u00b0 for RegTR", "isotropic rotation error", 1.98, "\u00b0", "ModelNet40", "RegTR"),
            ("2.64\u00b0 for RPM-Net", "isotropic rotation error", 2.64, "\u00b0", "ModelNet40", "RPM-Net"),
            ("Chamfer distance at 0.0021", "Chamfer distance", 0.0021, None, "ModelLoNet", "Lzethmatch"),
            ("AUROC of 0.87", "AUROC", 0.87, None, None, "Lzethmatch"),
            ("3.6M parameters", "parameters", 3.6, "M", None, "Lzethmatch"),
            ("registers a pair in 49 ms", "latency", 49, "ms", None, "Lzethmatch"),
        ],
    },
    {
        "field": "point-cloud-registration",
        "title": "Lzundra: Real-Time LiDAR Point Cloud Registration via Sparse Voxel Matching and Learned "
                 "Hypothesis Voting",
        "text": (
            "Registering consecutive or loop-closure LiDAR scans is a core step of SLAM pipelines, but the most "
            "accurate learned registration methods, such as GeoTransformer and BUFFER, are too slow and "
            "memory-hungry for on-board use. We introduce Lzundra, a registration network built on sparse 3D "
            "convolutions that matches coarse voxels with a linear attention block, propagates the matches to fine "
            "voxels through a learned upsampling step, and replaces RANSAC with a single-pass hypothesis voting "
            "layer. On KITTI, Lzundra reaches a registration recall of 99.8%, an RRE of 0.24\u00b0 and an RTE of "
            "6.1 cm, on par with GeoTransformer (99.8%, 0.22\u00b0, 6.2 cm). Lzundra runs at 21 ms per pair on "
            "KITTI, against 168 ms for GeoTransformer (an 8.0\u00d7 speed-up), and lowers peak GPU memory from 3.9 "
            "GB to 0.7 GB. Lzundra has 4.3M parameters, 2.3\u00d7 fewer than GeoTransformer. On nuScenes, Lzundra "
            "attains 99.1% registration recall with an RTE of 18.3 cm. In a cross-dataset test from KITTI to ETH, "
            "Lzundra still achieves 96.2% registration recall on ETH [BUFFER: 98.8%, GeoTransformer: 74.5%]. "
            "Embedded in a LiDAR odometry pipeline, Lzundra yields an average translational drift of 0.92% on KITTI "
            "sequences 09\u201310, compared with 1.06% for KISS-ICP. These results suggest that learned registration "
            "no longer has to trade accuracy for real-time operation on embedded GPUs."
        ),
        "spans": [
            ("Lzundra", "M"), ("LiDAR Point Cloud Registration", "T"), ("SLAM", "T"), ("GeoTransformer", "M"),
            ("BUFFER", "M"), ("sparse 3D convolutions", "M"), ("linear attention", "M"), ("RANSAC", "M"),
            ("KITTI", "D"), ("registration recall", "X"), ("RRE", "X"), ("RTE", "X"), ("speed-up", "X"),
            ("peak GPU memory", "X"), ("parameters", "X"), ("nuScenes", "D"), ("ETH", "D"),
            ("LiDAR odometry", "T"), ("average translational drift", "X"), ("KISS-ICP", "M"), ("accuracy", "X"),
        ],
        "results": [
            ("registration recall of 99.8%", "registration recall", 99.8, "%", "KITTI", "Lzundra"),
            ("RRE of 0.24", "RRE", 0.24, "\u00b0", "KITTI", "Lzundra"),
            ("RTE of 6.1 cm", "RTE", 6.1, "cm", "KITTI", "Lzundra"),
            ("99.8%", "registration recall", 99.8, "%", "KITTI", "GeoTransformer", {"occ": 1}),
            ("0.22", "RRE", 0.22, "\u00b0", "KITTI", "GeoTransformer"),
            ("6.2 cm", "RTE", 6.2, "cm", "KITTI", "GeoTransformer"),
            ("runs at 21 ms", "latency", 21, "ms", "KITTI", "Lzundra"),
            ("168 ms for GeoTransformer", "latency", 168, "ms", "KITTI", "GeoTransformer"),
            ("8.0\u00d7 speed-up", "speed-up", 8.0, "\u00d7", "KITTI", "Lzundra"),
            ("peak GPU memory from 3.9 GB to 0.7 GB", "peak GPU memory", 0.7, "GB", None, "Lzundra"),
            ("4.3M parameters", "parameters", 4.3, "M", None, "Lzundra"),
            ("2.3\u00d7 fewer", "parameter reduction", 2.3, "\u00d7", None, "Lzundra"),
            ("99.1% registration recall", "registration recall", 99.1, "%", "nuScenes", "Lzundra"),
            ("RTE of 18.3 cm", "RTE", 18.3, "cm", "nuScenes", "Lzundra"),
            ("96.2% registration recall", "registration recall", 96.2, "%", "ETH", "Lzundra"),
            ("98.8%", "registration recall", 98.8, "%", "ETH", "BUFFER"),
            ("74.5%", "registration recall", 74.5, "%", "ETH", "GeoTransformer"),
            ("average translational drift of 0.92%", "translational drift", 0.92, "%", "KITTI", "Lzundra"),
            ("1.06% for KISS-ICP", "translational drift", 1.06, "%", "KITTI", "KISS-ICP"),
        ],
    },
    {
        "field": "point-cloud-registration",
        "title": "Lzaperle: Learning Point Cloud Registration from Unposed RGB-D Video with Long-Range Cycle "
                 "Consistency",
        "text": (
            "Learned registration models are usually supervised with ground-truth poses, which are expensive to "
            "obtain for new sensors and environments. Unsupervised approaches such as UnsupervisedR&R, BYOC and "
            "PointMBF instead exploit photometric and geometric consistency between frames of RGB-D video, but they "
            "operate on adjacent-frame pairs and degrade quickly as the view gap widens. Lzaperle learns "
            "correspondence estimation from unposed RGB-D sequences by enforcing cycle consistency over triplets of "
            "frames up to 50 frames apart and by fusing DINOv2 image features with point features before matching. "
            "A differentiable Procrustes solver closes each cycle, so the whole model is trained end to end without "
            "any pose labels. On ScanNet with a 20-frame gap, Lzaperle reaches a rotation accuracy at 5\u00b0 of "
            "91.6% and a translation accuracy at 5 cm of 78.4%, against 84.3% and 67.9% for PointMBF and 76.0% and "
            "58.1% for BYOC. At a 50-frame gap on ScanNet, where overlap often drops below 40%, Lzaperle leads "
            "PointMBF by 11.2 points in rotation accuracy and by 13.5 points in translation accuracy. Without further "
            "training, Lzaperle transfers to 3DMatch with a registration recall of 88.7%, above the supervised FCGF "
            "(85.1%) though still behind GeoTransformer (92.0%). Fine-tuning on just 10% of the 3DMatch training "
            "poses raises its registration recall to 91.4%. Lzaperle adds no cost at test time and runs at 35 ms "
            "per pair."
        ),
        "spans": [
            ("Lzaperle", "M"), ("Point Cloud Registration", "T"), ("Cycle Consistency", "M"),
            ("UnsupervisedR&R", "M"), ("BYOC", "M"), ("PointMBF", "M"), ("correspondence estimation", "T"),
            ("cycle consistency", "M"), ("DINOv2", "M"), ("Procrustes", "M"), ("ScanNet", "D"),
            ("rotation accuracy", "X"), ("translation accuracy", "X"), ("3DMatch", "D"),
            ("registration recall", "X"), ("FCGF", "M"), ("GeoTransformer", "M"),
        ],
        "results": [
            ("rotation accuracy at 5\u00b0 of 91.6%", "rotation accuracy", 91.6, "%", "ScanNet", "Lzaperle"),
            ("translation accuracy at 5 cm of 78.4%", "translation accuracy", 78.4, "%", "ScanNet", "Lzaperle"),
            ("84.3%", "rotation accuracy", 84.3, "%", "ScanNet", "PointMBF"),
            ("67.9%", "translation accuracy", 67.9, "%", "ScanNet", "PointMBF"),
            ("76.0%", "rotation accuracy", 76.0, "%", "ScanNet", "BYOC"),
            ("58.1%", "translation accuracy", 58.1, "%", "ScanNet", "BYOC"),
            ("11.2 points in rotation accuracy", "rotation accuracy", 11.2, "points", "ScanNet", "Lzaperle"),
            ("13.5 points in translation accuracy", "translation accuracy", 13.5, "points", "ScanNet", "Lzaperle"),
            ("registration recall of 88.7%", "registration recall", 88.7, "%", "3DMatch", "Lzaperle"),
            ("85.1%", "registration recall", 85.1, "%", "3DMatch", "FCGF"),
            ("92.0%", "registration recall", 92.0, "%", "3DMatch", "GeoTransformer"),
            ("registration recall to 91.4%", "registration recall", 91.4, "%", "3DMatch", None),
            ("runs at 35 ms", "latency", 35, "ms", None, "Lzaperle"),
        ],
    },
    {
        "field": "point-cloud-registration",
        "title": "Lzoklift: Rotation-Equivariant Local Descriptors with Learned Canonical Frames for Robust 3D "
                 "Feature Matching",
        "text": (
            "Local 3D descriptors such as FCGF and D3Feat are accurate on aligned benchmarks but lose much of their "
            "discriminative power under arbitrary rotations, while handcrafted or rotation-invariant alternatives "
            "such as FPFH and SpinNet trade away distinctiveness or speed. Group-equivariant designs like YOHO and "
            "RoReg recover invariance by pooling over a discretised icosahedral group, at a cost that grows with the "
            "group size. Lzoklift instead predicts a canonical local frame for each keypoint with a Vector Neurons "
            "network, encodes the canonicalised patch with a lightweight KPConv encoder, and is trained with a "
            "matching objective that also penalises frame disagreement between matched points. On 3DMatch and "
            "Rotated 3DMatch, Lzoklift obtains a feature matching recall (FMR) of 98.1% and 97.9%, respectively, and "
            "inlier ratios (IR) of 61.3% and 60.8%. On Rotated 3DMatch, FCGF reaches an FMR of only 52.3%. On "
            "3DLoMatch, Lzoklift improves the inlier ratio over YOHO and RoReg by 5\u201312%. Combined with RANSAC, "
            "Lzoklift reaches a registration recall of 93.0% on 3DMatch and 72.6% on 3DLoMatch. Descriptor "
            "extraction for 5,000 keypoints takes 0.18 s, 6.4\u00d7 faster than RoReg. Trained only on indoor "
            "scenes, Lzoklift generalises to the outdoor ETH benchmark with an FMR of 96.4%, above SpinNet (92.8%) "
            "and close to GeDi (97.1%)."
        ),
        "spans": [
            ("Lzoklift", "M"), ("3D Feature Matching", "T"), ("FCGF", "M"), ("D3Feat", "M"), ("FPFH", "M"),
            ("SpinNet", "M"), ("YOHO", "M"), ("RoReg", "M"), ("Vector Neurons", "M"), ("KPConv", "M"),
            ("3DMatch", "D"), ("Rotated 3DMatch", "D"), ("feature matching recall", "X"), ("FMR", "X"),
            ("inlier ratios", "X"), ("IR", "X"), ("inlier ratio", "X"), ("3DLoMatch", "D"), ("RANSAC", "M"),
            ("registration recall", "X"), ("ETH", "D"), ("GeDi", "M"),
        ],
        "results": [
            ("feature matching recall (FMR) of 98.1%", "feature matching recall", 98.1, "%", "3DMatch", "Lzoklift"),
            ("97.9%", "feature matching recall", 97.9, "%", "Rotated 3DMatch", "Lzoklift"),
            ("inlier ratios (IR) of 61.3%", "inlier ratio", 61.3, "%", "3DMatch", "Lzoklift"),
            ("60.8%", "inlier ratio", 60.8, "%", "Rotated 3DMatch", "Lzoklift"),
            ("FMR of only 52.3%", "feature matching recall", 52.3, "%", "Rotated 3DMatch", "FCGF"),
            ("by 5\u201312%", "inlier ratio", 12, "%", "3DLoMatch", "Lzoklift", {"low": 5}),
            ("registration recall of 93.0%", "registration recall", 93.0, "%", "3DMatch", "Lzoklift"),
            ("72.6%", "registration recall", 72.6, "%", "3DLoMatch", "Lzoklift"),
            ("takes 0.18 s", "descriptor extraction time", 0.18, "s", None, None),
            ("6.4\u00d7 faster", "speed-up", 6.4, "\u00d7", None, None),
            ("FMR of 96.4%", "feature matching recall", 96.4, "%", "ETH", "Lzoklift"),
            ("92.8%", "feature matching recall", 92.8, "%", "ETH", "SpinNet"),
            ("97.1%", "feature matching recall", 97.1, "%", "ETH", "GeDi"),
        ],
    },
    # ------------------------------------------------------------ speech-quality-assessment
    {
        "field": "speech-quality-assessment",
        "title": "Lzimbrel: Listener-Conditioned SSL Ensembles for MOS Prediction of Synthetic Speech",
        "text": (
            "Predicting the mean opinion score (MOS) of synthetic speech without a reference is now dominated by "
            "fine-tuned self-supervised learning (SSL) models, as in SSL-MOS and the UTMOS system that won the "
            "VoiceMOS Challenge 2022. These predictors regress the average rating directly and discard who gave it, "
            "although the BVCC listening test shows strong and consistent listener biases. We propose Lzimbrel, which "
            "conditions a shared WavLM-Large encoder on learned listener embeddings, predicts per-listener scores "
            "during training and averages over a virtual panel at inference, and ensembles three such models built "
            "on wav2vec 2.0, HuBERT and WavLM with weights fitted on the validation set. On the BVCC test set of the "
            "main track, Lzimbrel reaches a system-level SRCC of 0.941 and an utterance-level SRCC of 0.902, against "
            "0.936 and 0.897 for UTMOS and 0.921 and 0.881 for SSL-MOS. Lzimbrel also lowers the utterance-level MSE "
            "on BVCC from 0.165 (UTMOS) to 0.148. On the out-of-domain track of the VoiceMOS Challenge 2022, built "
            "from Chinese TTS systems, Lzimbrel achieves a system-level SRCC of 0.962 with only 136 labelled "
            "utterances for adaptation, a gain of 0.021 over LDNet. The listener embeddings cluster by rating "
            "strictness, and conditioning on the strictest listeners improves the ranking of high-quality systems. "
            "Lzimbrel requires 2.1\u00d7 the inference time of a single SSL-MOS model."
        ),
        "spans": [
            ("Lzimbrel", "M"), ("SSL", "M"), ("MOS Prediction", "T"), ("mean opinion score", "X"), ("MOS", "X"),
            ("self-supervised learning", "M"), ("SSL-MOS", "M"), ("UTMOS", "M"), ("VoiceMOS Challenge 2022", "D"),
            ("BVCC", "D"), ("WavLM-Large", "M"), ("wav2vec 2.0", "M"), ("HuBERT", "M"), ("WavLM", "M"),
            ("system-level SRCC", "X"), ("utterance-level SRCC", "X"), ("utterance-level MSE", "X"),
            ("TTS", "T"), ("LDNet", "M"), ("inference time", "X"),
        ],
        "results": [
            ("system-level SRCC of 0.941", "system-level SRCC", 0.941, None, "BVCC", "Lzimbrel"),
            ("utterance-level SRCC of 0.902", "utterance-level SRCC", 0.902, None, "BVCC", "Lzimbrel"),
            ("0.936", "system-level SRCC", 0.936, None, "BVCC", "UTMOS"),
            ("0.897", "utterance-level SRCC", 0.897, None, "BVCC", "UTMOS"),
            ("0.921", "system-level SRCC", 0.921, None, "BVCC", "SSL-MOS"),
            ("0.881", "utterance-level SRCC", 0.881, None, "BVCC", "SSL-MOS"),
            ("0.165 (UTMOS)", "utterance-level MSE", 0.165, None, "BVCC", "UTMOS"),
            ("to 0.148", "utterance-level MSE", 0.148, None, "BVCC", "Lzimbrel"),
            ("system-level SRCC of 0.962", "system-level SRCC", 0.962, None, "VoiceMOS Challenge 2022", "Lzimbrel"),
            ("gain of 0.021", "system-level SRCC", 0.021, None, "VoiceMOS Challenge 2022", "Lzimbrel"),
            ("2.1\u00d7 the inference time", "inference time", 2.1, "\u00d7", None, "Lzimbrel"),
        ],
    },
    {
        "field": "speech-quality-assessment",
        "title": "Lzyphon: A Tiny Streaming Speech Quality Estimator for Real-Time Communication",
        "text": (
            "Non-intrusive speech quality assessment is increasingly run on the client side of real-time "
            "communication systems, where the predictor must share a CPU with the noise suppressor and the codec. "
            "Widely used models such as DNSMOS and NISQA were not designed for this: NISQA processes a full clip "
            "before producing a score, and DNSMOS P.835 requires about 1.1G MACs per second of audio. We present "
            "Lzyphon, a streaming quality estimator that combines a depthwise-separable CNN front end with a "
            "two-layer GRU and predicts frame-level MOS with 20 ms of look-ahead, using distillation from a "
            "WavLM-based teacher to compensate for its small size. Lzyphon has 0.4M parameters and needs 38M MACs "
            "per second of audio, 29\u00d7 fewer MACs than DNSMOS P.835, and runs with a real-time factor of 0.004 "
            "on a single core of a laptop CPU. On the four test sets of the ConferencingSpeech 2022 challenge, "
            "Lzyphon achieves an average PCC of 0.872 and an RMSE of 0.412, compared with 0.889 and 0.381 for the "
            "NISQA baseline and 0.807 and 0.508 for DNSMOS. Lzyphon obtains a PCC of 0.861 on NISQA_TEST_LIVETALK "
            "(NISQA: 0.868). A packet-loss sensitivity analysis shows that Lzyphon tracks concealment artifacts "
            "better than DNSMOS, which was trained mainly on noise and reverberation. Lzyphon raises the CPU load of "
            "a typical client pipeline by only 1.8%."
        ),
        "spans": [
            ("Lzyphon", "M"), ("Non-intrusive speech quality assessment", "T"), ("DNSMOS", "M"), ("NISQA", "M"),
            ("DNSMOS P.835", "M"), ("MACs", "X"), ("CNN", "M"), ("GRU", "M"), ("frame-level MOS", "X"),
            ("distillation", "M"), ("WavLM", "M"), ("parameters", "X"), ("real-time factor", "X"),
            ("ConferencingSpeech 2022", "D"), ("average PCC", "X"), ("RMSE", "X"), ("PCC", "X"),
            ("NISQA_TEST_LIVETALK", "D"), ("CPU load", "X"),
        ],
        "results": [
            ("1.1G MACs", "MACs", 1.1, "G", None, "DNSMOS P.835"),
            ("0.4M parameters", "parameters", 0.4, "M", None, "Lzyphon"),
            ("38M MACs", "MACs", 38, "M", None, "Lzyphon"),
            ("29\u00d7 fewer MACs", "MACs reduction", 29, "\u00d7", None, "Lzyphon"),
            ("real-time factor of 0.004", "real-time factor", 0.004, None, None, "Lzyphon"),
            ("average PCC of 0.872", "PCC", 0.872, None, "ConferencingSpeech 2022", "Lzyphon"),
            ("RMSE of 0.412", "RMSE", 0.412, None, "ConferencingSpeech 2022", "Lzyphon"),
            ("0.889", "PCC", 0.889, None, "ConferencingSpeech 2022", "NISQA"),
            ("0.381", "RMSE", 0.381, None, "ConferencingSpeech 2022", "NISQA"),
            ("0.807", "PCC", 0.807, None, "ConferencingSpeech 2022", "DNSMOS"),
            ("0.508", "RMSE", 0.508, None, "ConferencingSpeech 2022", "DNSMOS"),
            ("PCC of 0.861", "PCC", 0.861, None, "NISQA_TEST_LIVETALK", "Lzyphon"),
            ("0.868", "PCC", 0.868, None, "NISQA_TEST_LIVETALK", "NISQA"),
            ("CPU load of a typical client pipeline by only 1.8%", "CPU load", 1.8, "%", None, "Lzyphon"),
        ],
    },
    {
        "field": "speech-quality-assessment",
        "title": "Lzeska: Probing Whisper Encoders to Predict Perceptual Speech Quality Dimensions Without a "
                 "Reference",
        "text": (
            "Beyond a single overall score, NISQA describes speech quality along four perceptual dimensions, "
            "noisiness, coloration, discontinuity and loudness, which help engineers diagnose why a call sounds bad. "
            "Current dimension predictors rely on spectrogram CNNs trained from scratch and generalise poorly to "
            "unseen degradations. We introduce Lzeska, which freezes the encoder of Whisper large-v3, learns a "
            "weighted combination of its 32 layer outputs for each dimension, and attends over time with a small "
            "dimension-specific pooling head, the only part that is trained. The learned layer weights "
            "reveal that noisiness is read from early layers and discontinuity from middle ones. Lzeska is trained "
            "on NISQA_TRAIN_SIM and evaluated on the three test sets released with it. Averaged over NISQA_TEST_FOR, "
            "NISQA_TEST_P501 and NISQA_TEST_LIVETALK, Lzeska attains a PCC of 0.913 for overall MOS, against 0.881 "
            "for NISQA and 0.897 for a fine-tuned WavLM baseline, and improves the per-dimension PCCs by "
            "0.02\u20130.06. The largest gain is on coloration on NISQA_TEST_LIVETALK, where the PCC rises from 0.71 "
            "to 0.79. Replacing Whisper large-v3 with Whisper small costs 0.018 PCC on overall MOS while cutting "
            "inference time by 78%. On the Tencent corpus, which is never seen during training, Lzeska reaches an "
            "SRCC of 0.874 versus 0.809 for NISQA, suggesting that the Whisper representations transfer across "
            "languages and recording conditions."
        ),
        "spans": [
            ("Lzeska", "M"), ("Whisper", "M"), ("NISQA", "M"), ("CNNs", "M"), ("Whisper large-v3", "M"),
            ("NISQA_TRAIN_SIM", "D"), ("NISQA_TEST_FOR", "D"), ("NISQA_TEST_P501", "D"),
            ("NISQA_TEST_LIVETALK", "D"), ("PCC", "X"), ("overall MOS", "X"), ("WavLM", "M"), ("PCCs", "X"),
            ("Whisper small", "M"), ("inference time", "X"), ("Tencent", "D"), ("SRCC", "X"),
        ],
        "results": [
            ("PCC of 0.913", "PCC", 0.913, None, None, "Lzeska"),
            ("0.881 for NISQA", "PCC", 0.881, None, None, "NISQA"),
            ("0.897 for a fine-tuned WavLM", "PCC", 0.897, None, None, "WavLM"),
            ("PCCs by 0.02\u20130.06", "PCC", 0.06, None, None, "Lzeska", {"low": 0.02}),
            ("PCC rises from 0.71 to 0.79", "PCC", 0.79, None, "NISQA_TEST_LIVETALK", None),
            ("costs 0.018 PCC", "PCC", 0.018, None, None, None),
            ("cutting inference time by 78%", "inference time reduction", 78, "%", None, None),
            ("SRCC of 0.874", "SRCC", 0.874, None, "Tencent", "Lzeska"),
            ("0.809 for NISQA", "SRCC", 0.809, None, "Tencent", "NISQA"),
        ],
    },
    {
        "field": "speech-quality-assessment",
        "title": "Lzurro: Teaching Audio Language Models to Rate and Explain Speech Quality",
        "text": (
            "Large audio language models (LALMs) such as Qwen2-Audio and SALMONN can describe recordings in free "
            "text, but their zero-shot quality judgements correlate weakly with human ratings. We present Lzurro, an "
            "instruction tuning recipe that teaches an LALM to output both a MOS estimate and a short explanation "
            "citing the degradations it hears. Training targets combine numerical ratings from BVCC, SOMOS and the "
            "NISQA corpus with 46k descriptions generated by GPT-4o from detailed degradation metadata and checked "
            "by human annotators. Lzurro fine-tunes Qwen2-Audio-7B-Instruct with LoRA and decodes the score as the "
            "expectation over the probabilities of the digit tokens rather than greedily. Lzurro reaches an "
            "utterance-level LCC of 0.884, 0.671 and 0.902 on BVCC, SOMOS and NISQA_TEST_FOR, respectively; "
            "zero-shot Qwen2-Audio-7B-Instruct obtains 0.312, 0.105 and 0.447, and the dedicated predictor UTMOS "
            "0.878, 0.653 and 0.871. Taking the expectation instead of the greedy output alone adds 0.05 LCC on "
            "average. In a human study, listeners judged Lzurro's explanations more accurate than those of the "
            "zero-shot model in 74% of pairwise comparisons. Lzurro also identifies the degradation types listed in "
            "the metadata with an F1 of 0.68. Synthetic speech from SOMOS remains the hardest case, as the model "
            "tends to over-rate fluent but unnatural prosody. We release the descriptions and the instruction data "
            "to support explainable speech quality assessment."
        ),
        "spans": [
            ("Lzurro", "M"), ("Audio Language Models", "M"), ("Large audio language models", "M"), ("LALMs", "M"),
            ("LALM", "M"), ("Qwen2-Audio", "M"), ("SALMONN", "M"), ("instruction tuning", "M"), ("MOS", "X"),
            ("BVCC", "D"), ("SOMOS", "D"), ("NISQA", "D"), ("GPT-4o", "M"), ("Qwen2-Audio-7B-Instruct", "M"),
            ("LoRA", "M"), ("utterance-level LCC", "X"), ("NISQA_TEST_FOR", "D"), ("UTMOS", "M"), ("LCC", "X"),
            ("F1", "X"), ("speech quality assessment", "T"),
        ],
        "results": [
            ("utterance-level LCC of 0.884", "utterance-level LCC", 0.884, None, "BVCC", "Lzurro"),
            ("0.671", "utterance-level LCC", 0.671, None, "SOMOS", "Lzurro"),
            ("0.902", "utterance-level LCC", 0.902, None, "NISQA_TEST_FOR", "Lzurro"),
            ("0.312", "utterance-level LCC", 0.312, None, "BVCC", "Qwen2-Audio-7B-Instruct"),
            ("0.105", "utterance-level LCC", 0.105, None, "SOMOS", "Qwen2-Audio-7B-Instruct"),
            ("0.447", "utterance-level LCC", 0.447, None, "NISQA_TEST_FOR", "Qwen2-Audio-7B-Instruct"),
            ("0.878", "utterance-level LCC", 0.878, None, "BVCC", "UTMOS"),
            ("0.653", "utterance-level LCC", 0.653, None, "SOMOS", "UTMOS"),
            ("0.871", "utterance-level LCC", 0.871, None, "NISQA_TEST_FOR", "UTMOS"),
            ("0.05 LCC", "LCC", 0.05, None, None, None),
            ("74% of pairwise comparisons", "win rate", 74, "%", None, "Lzurro"),
            ("F1 of 0.68", "F1", 0.68, None, None, "Lzurro"),
        ],
    },
    {
        "field": "speech-quality-assessment",
        "title": "Lzemora: Ranking Before Rating for Zero-Shot MOS Prediction on Unseen Speech Synthesizers",
        "text": (
            "MOS predictors trained on one listening test often rank systems poorly in another, because absolute "
            "scores drift with the listener pool, the rating instructions and the range of quality in each test. "
            "The VoiceMOS Challenge 2023 made this concrete: in its zero-shot tracks, most submissions fell well "
            "below their in-domain correlations. We propose Lzemora, which first trains a UTMOS-style SSL predictor "
            "with a pairwise ranking objective over utterances that share a test and only then calibrates absolute "
            "scores with a few anchor utterances. Ranking pairs are sampled across BVCC, SOMOS, SingMOS and the "
            "Blizzard Challenge listening tests of 2019 and 2023, so no cross-test score alignment is needed. On the "
            "three tracks of the VoiceMOS Challenge 2023 (French TTS, singing voice conversion and noisy and enhanced "
            "speech), Lzemora achieves a system-level SRCC of 0.912, 0.775 and 0.863, respectively, compared with "
            "0.868, 0.701 and 0.835 for the best challenge submission. Without any anchors, Lzemora reaches a "
            "system-level KTAU of 0.761 on the French TTS track, versus 0.652 for a regression-trained counterpart. "
            "On SOMOS, Lzemora raises utterance-level SRCC from 0.392 for UTMOS to 0.448, a relative gain of 14.3%. "
            "Ablations attribute most of the improvement to ranking-based pre-training, with the mixing of singing "
            "and speech data contributing the rest."
        ),
        "spans": [
            ("Lzemora", "M"), ("Zero-Shot MOS Prediction", "T"), ("MOS", "X"), ("VoiceMOS Challenge 2023", "D"),
            ("UTMOS", "M"), ("SSL", "M"), ("BVCC", "D"), ("SOMOS", "D"), ("SingMOS", "D"),
            ("Blizzard Challenge", "D"), ("TTS", "T"), ("singing voice conversion", "T"),
            ("system-level SRCC", "X"), ("system-level KTAU", "X"), ("utterance-level SRCC", "X"),
        ],
        "results": [
            ("system-level SRCC of 0.912", "system-level SRCC", 0.912, None, "VoiceMOS Challenge 2023", "Lzemora"),
            ("0.775", "system-level SRCC", 0.775, None, "VoiceMOS Challenge 2023", "Lzemora"),
            ("0.863", "system-level SRCC", 0.863, None, "VoiceMOS Challenge 2023", "Lzemora"),
            ("0.868", "system-level SRCC", 0.868, None, "VoiceMOS Challenge 2023", None),
            ("0.701", "system-level SRCC", 0.701, None, "VoiceMOS Challenge 2023", None),
            ("0.835", "system-level SRCC", 0.835, None, "VoiceMOS Challenge 2023", None),
            ("system-level KTAU of 0.761", "system-level KTAU", 0.761, None, None, "Lzemora"),
            ("0.652", "system-level KTAU", 0.652, None, None, None),
            ("0.392 for UTMOS", "utterance-level SRCC", 0.392, None, "SOMOS", "UTMOS"),
            ("to 0.448", "utterance-level SRCC", 0.448, None, "SOMOS", "Lzemora"),
            ("relative gain of 14.3%", "utterance-level SRCC", 14.3, "%", "SOMOS", "Lzemora"),
        ],
    },
    {
        "field": "speech-quality-assessment",
        "title": "Lzaquint: Reference-Free Estimation of PESQ, ESTOI and SI-SDR for Monitoring and Training Speech "
                 "Enhancement Systems",
        "text": (
            "Intrusive metrics such as PESQ, ESTOI and SI-SDR remain the standard yardsticks for speech enhancement, "
            "but they need a clean reference that is unavailable once a system is deployed. TorchAudio-Squim showed "
            "that these metrics can be estimated from the degraded signal alone; we revisit the idea with Lzaquint, a "
            "multi-task estimator built on a frozen WavLM Base encoder with a Conformer head that predicts PESQ, "
            "ESTOI and SI-SDR jointly. It is trained on mixtures from the DNS Challenge and on the outputs of twelve "
            "publicly available enhancement models, so that it sees the artifacts enhancement itself introduces. On "
            "the VoiceBank-DEMAND test set, Lzaquint estimates PESQ, ESTOI and SI-SDR with mean absolute errors of "
            "0.14, 0.021 and 1.31 dB, respectively, compared with 0.28, 0.038 and 1.87 dB for TorchAudio-Squim. On "
            "real recordings from the DNS Challenge blind test set, where no clean references exist, Lzaquint's PESQ "
            "estimates correlate with human MOS ratings at an LCC of 0.81. Lzaquint has a latency of 9 ms per second "
            "of audio, 2.4\u00d7 faster than TorchAudio-Squim. Fine-tuned on 200 hours of unpaired noisy speech to "
            "maximise the PESQ that Lzaquint estimates, MP-SENet improves its DNSMOS OVRL on the DNS Challenge blind "
            "test set from 3.02 to 3.18, without any clean targets. Estimation errors grow for reverberant inputs, "
            "which we identify as the main limitation."
        ),
        "spans": [
            ("Lzaquint", "M"), ("PESQ", "X", {"skip": [4]}), ("ESTOI", "X"), ("SI-SDR", "X"),
            ("Speech Enhancement", "T"), ("speech enhancement", "T"), ("TorchAudio-Squim", "M"),
            ("WavLM Base", "M"), ("Conformer", "M"), ("DNS Challenge", "D"), ("VoiceBank-DEMAND", "D"),
            ("mean absolute errors", "X"), ("MOS", "X"), ("LCC", "X"), ("latency", "X"), ("MP-SENet", "M"),
            ("DNSMOS OVRL", "X"),
        ],
        "results": [
            ("mean absolute errors of 0.14", "mean absolute error", 0.14, None, "VoiceBank-DEMAND", "Lzaquint"),
            ("0.021", "mean absolute error", 0.021, None, "VoiceBank-DEMAND", "Lzaquint"),
            ("1.31 dB", "mean absolute error", 1.31, "dB", "VoiceBank-DEMAND", "Lzaquint"),
            ("0.28", "mean absolute error", 0.28, None, "VoiceBank-DEMAND", "TorchAudio-Squim"),
            ("0.038", "mean absolute error", 0.038, None, "VoiceBank-DEMAND", "TorchAudio-Squim"),
            ("1.87 dB", "mean absolute error", 1.87, "dB", "VoiceBank-DEMAND", "TorchAudio-Squim"),
            ("LCC of 0.81", "LCC", 0.81, None, "DNS Challenge", "Lzaquint"),
            ("latency of 9 ms", "latency", 9, "ms", None, "Lzaquint"),
            ("2.4\u00d7 faster", "speed-up", 2.4, "\u00d7", None, "Lzaquint"),
            ("DNSMOS OVRL on the DNS Challenge blind test set from 3.02 to 3.18", "DNSMOS OVRL", 3.18, None,
             "DNS Challenge", "MP-SENet"),
        ],
    },
]
