"""dev31 records: medical-image-registration (6) and open-set-recognition (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind: the pipeline was
never run, read or looked at while writing or annotating them)."""

COINED = ["Wzelkora", "Wzumbrel", "Wzandrift", "Wzorrowel", "Wzeppling", "Wzintrace",
          "Wzoverain", "Wzallume", "Wzerrant", "Wzibblen", "Wzardlock", "Wzondrel"]

RECS = [
    # ------------------------------------------------------------ medical-image-registration
    {
        "field": "medical-image-registration",
        "title": "Wzelkora: Coarse-to-Fine Correlation Pyramids for Deformable Brain MRI Registration",
        "text": (
            "Learning-based deformable image registration has largely replaced iterative optimisation for brain MRI, "
            "but recent Transformer-based networks such as TransMorph improve alignment at the cost of memory and "
            "still blur small subcortical structures. We present Wzelkora, an unsupervised network that builds a "
            "local correlation volume at each level of a feature pyramid and refines the deformation field from "
            "coarse to fine, integrating a stationary velocity field by scaling-and-squaring at every scale to keep "
            "the transformation diffeomorphic. Wzelkora is evaluated on inter-subject registration on OASIS and IXI "
            "and on atlas-to-subject registration on LPBA40. On IXI, Wzelkora reaches a Dice similarity coefficient "
            "(DSC) of 0.768, compared with 0.754 for TransMorph, 0.751 for LapIRN and 0.732 for VoxelMorph, while "
            "keeping the percentage of voxels with a non-positive Jacobian determinant below 0.01%. On OASIS, "
            "Wzelkora obtains a DSC of 0.827 and an HD95 of 1.71 mm, and on LPBA40 a DSC of 0.724, 0.019 above "
            "TransMorph. With a parameter count of 6.8M against 46.8M for TransMorph, Wzelkora needs an inference "
            "time of 0.21 s and 5.1 GB of peak memory for a 160\u00d7192\u00d7224 volume pair on a single GPU. "
            "Ablations show that the correlation pyramid accounts for most of the gain on small structures such as "
            "the hippocampus and amygdala, where the improvement over TransMorph is largest."
        ),
        "spans": [
            ("Wzelkora", "M"), ("Deformable Brain MRI Registration", "T"), ("deformable image registration", "T"),
            ("Transformer", "M"), ("TransMorph", "M"), ("scaling-and-squaring", "M"),
            ("inter-subject registration", "T"), ("atlas-to-subject registration", "T"), ("OASIS", "D"),
            ("IXI", "D"), ("LPBA40", "D"), ("Dice similarity coefficient", "X"), ("DSC", "X"), ("LapIRN", "M"),
            ("VoxelMorph", "M"), ("percentage of voxels with a non-positive Jacobian determinant", "X"),
            ("HD95", "X"), ("parameter count", "X"), ("inference time", "X"), ("peak memory", "X"),
        ],
        "results": [
            ("Dice similarity coefficient (DSC) of 0.768", "Dice", 0.768, None, "IXI", "Wzelkora"),
            ("0.754 for TransMorph", "Dice", 0.754, None, "IXI", "TransMorph"),
            ("0.751 for LapIRN", "Dice", 0.751, None, "IXI", "LapIRN"),
            ("0.732 for VoxelMorph", "Dice", 0.732, None, "IXI", "VoxelMorph"),
            ("percentage of voxels with a non-positive Jacobian determinant below 0.01%",
             "percentage of voxels with a non-positive Jacobian determinant", 0.01, "%", "IXI", "Wzelkora"),
            ("DSC of 0.827", "Dice", 0.827, None, "OASIS", "Wzelkora"),
            ("HD95 of 1.71 mm", "HD95", 1.71, "mm", "OASIS", "Wzelkora"),
            ("DSC of 0.724", "Dice", 0.724, None, "LPBA40", "Wzelkora"),
            ("0.019 above TransMorph", "Dice", 0.019, None, "LPBA40", "Wzelkora"),
            ("parameter count of 6.8M", "parameter count", 6.8, "M", None, "Wzelkora"),
            ("46.8M for TransMorph", "parameter count", 46.8, "M", None, "TransMorph"),
            ("inference time of 0.21 s", "inference time", 0.21, "s", None, "Wzelkora"),
            ("5.1 GB of peak memory", "peak memory", 5.1, "GB", None, "Wzelkora"),
        ],
    },
    {
        "field": "medical-image-registration",
        "title": "Wzumbrel: Sparse Keypoint Graphs Meet Dense Refinement for Large-Motion Lung CT Registration",
        "text": (
            "Lung CT registration between inspiration and expiration scans remains difficult for learning-based "
            "methods because breathing motion can exceed 30 mm, beyond the capture range of a single U-Net. "
            "Classical pipelines such as deedsBLCA and corrField remain the most accurate, but take minutes per case. "
            "We propose Wzumbrel, which first matches keypoints between the two scans with a graph neural network "
            "operating on MIND descriptors and then regresses a dense displacement field with a lightweight "
            "convolutional refiner supervised only by the sparse matches and a smoothness penalty. On the DIR-Lab "
            "4DCT dataset, Wzumbrel attains a mean target registration error (TRE) of 1.04 mm, against 1.01 mm for "
            "deedsBLCA and 2.16 mm for VoxelMorph; on the harder DIR-Lab COPDGene cases its TRE is 1.38 mm "
            "(corrField: 1.29 mm; GraphRegNet: 1.34 mm). On the NLST task of the Learn2Reg 2023 challenge, Wzumbrel "
            "reaches a TRE of 1.67 mm with an SDlogJ of 0.052. Inference takes 1.9 s per scan pair on a single GPU, "
            "68\u00d7 faster than deedsBLCA. Because the refiner never sees dense ground truth, Wzumbrel also "
            "transfers to an unseen scanner without fine-tuning: on an in-house cohort of 52 patients its TRE rises "
            "by only 0.11 mm relative to the public data."
        ),
        "spans": [
            ("Wzumbrel", "M"), ("Lung CT Registration", "T"), ("Lung CT registration", "T"), ("U-Net", "M"),
            ("deedsBLCA", "M"), ("corrField", "M"), ("graph neural network", "M"), ("MIND", "M"),
            ("DIR-Lab 4DCT", "D"), ("mean target registration error", "X"), ("TRE", "X"), ("VoxelMorph", "M"),
            ("DIR-Lab COPDGene", "D"), ("GraphRegNet", "M"), ("NLST", "D"), ("Learn2Reg 2023", "D"),
            ("SDlogJ", "X"),
        ],
        "results": [
            ("mean target registration error (TRE) of 1.04 mm", "TRE", 1.04, "mm", "DIR-Lab 4DCT", "Wzumbrel"),
            ("1.01 mm for deedsBLCA", "TRE", 1.01, "mm", "DIR-Lab 4DCT", "deedsBLCA"),
            ("2.16 mm for VoxelMorph", "TRE", 2.16, "mm", "DIR-Lab 4DCT", "VoxelMorph"),
            ("TRE is 1.38 mm", "TRE", 1.38, "mm", "DIR-Lab COPDGene", "Wzumbrel"),
            ("1.29 mm", "TRE", 1.29, "mm", "DIR-Lab COPDGene", "corrField"),
            ("1.34 mm", "TRE", 1.34, "mm", "DIR-Lab COPDGene", "GraphRegNet"),
            ("TRE of 1.67 mm", "TRE", 1.67, "mm", "NLST", "Wzumbrel"),
            ("SDlogJ of 0.052", "SDlogJ", 0.052, None, "NLST", "Wzumbrel"),
            ("Inference takes 1.9 s", "inference time", 1.9, "s", None, None),
            ("68\u00d7 faster", "speed-up", 68, "\u00d7", None, None),
            ("TRE rises by only 0.11 mm", "TRE", 0.11, "mm", None, "Wzumbrel"),
        ],
    },
    {
        "field": "medical-image-registration",
        "title": "Wzandrift: Modality-Agnostic Pretraining for Zero-Shot Deformable Registration Across Anatomies",
        "text": (
            "Universal networks such as uniGradICON and SynthMorph promise a single model that aligns any pair of "
            "scans without retraining, yet they still degrade on multimodal registration and on anatomies that are "
            "rare in their training data. We introduce Wzandrift, a network pretrained on a mixture of 14 public "
            "datasets and on synthetic label maps in the style of SynthMorph, with an intensity augmentation that "
            "randomises modality appearance and the gradient inverse-consistency regulariser of GradICON. We "
            "evaluate Wzandrift zero-shot on three held-out tasks: inter-subject brain MRI registration on LUMIR, "
            "MR\u2013CT registration of the abdomen on the AbdomenMRCT task of Learn2Reg, and longitudinal knee MRI "
            "registration on the OAI. Across these tasks, Wzandrift improves mean Dice by 3.4 points over "
            "uniGradICON and by 5.2 points over SynthMorph, with a comparable fraction of folded voxels. The gap is "
            "widest on AbdomenMRCT, where both baselines fail on roughly a fifth of the pairs and Wzandrift reaches "
            "a Dice of 71.9%. Instance optimisation for 50 iterations on top of the network's prediction adds a "
            "further 2.1 points, with an optimisation time of 8 s per pair. Weights and a simple command-line "
            "interface are released to make zero-shot deformable image registration a drop-in step in existing "
            "clinical research pipelines."
        ),
        "spans": [
            ("Wzandrift", "M"), ("Zero-Shot Deformable Registration", "T"), ("uniGradICON", "M"),
            ("SynthMorph", "M"), ("multimodal registration", "T"), ("GradICON", "M"),
            ("inter-subject brain MRI registration", "T"), ("LUMIR", "D"), ("MR\u2013CT registration", "T"),
            ("AbdomenMRCT", "D"), ("Learn2Reg", "D"), ("longitudinal knee MRI registration", "T"), ("OAI", "D"),
            ("mean Dice", "X"), ("Dice", "X"), ("fraction of folded voxels", "X"), ("Instance optimisation", "M"),
            ("optimisation time", "X"), ("zero-shot deformable image registration", "T"),
        ],
        "results": [
            ("mean Dice by 3.4 points", "Dice", 3.4, "points", None, "Wzandrift"),
            ("5.2 points", "Dice", 5.2, "points", None, "Wzandrift"),
            ("Dice of 71.9%", "Dice", 71.9, "%", "AbdomenMRCT", "Wzandrift"),
            ("2.1 points", "improvement", 2.1, "points", None, "Instance optimisation"),
            ("optimisation time of 8 s", "optimisation time", 8, "s", None, "Instance optimisation"),
        ],
    },
    {
        "field": "medical-image-registration",
        "title": "Wzorrowel: Bidirectional State-Space Scanning for Spatiotemporal Cardiac MRI Registration",
        "text": (
            "Cardiac motion estimation from cine MRI requires registering every frame of the cardiac cycle, yet most "
            "learning-based methods register frame pairs independently and ignore temporal coherence. We propose "
            "Wzorrowel, a network in which bidirectional Mamba blocks scan the sequence of frame features along time "
            "and space, predicting all deformations from end-diastole to every other frame in a single pass, while a "
            "temporal consistency term ties the last frame back to the first. On ACDC and M&Ms-2, Wzorrowel obtains "
            "Dice scores of 81.6% and 79.3% and HD95 values of 7.84 mm and 8.91 mm, respectively, against Dice "
            "scores of 79.8% and 77.0% for TransMorph, the strongest pairwise baseline, and 78.5% and 76.2% for "
            "DiffuseMorph. Wzorrowel also produces smoother fields: the percentage of folded voxels drops from 0.42% "
            "for VoxelMorph to 0.03%. Because the state-space scan is linear in sequence length, a 30-frame sequence "
            "is registered in 96 ms using 2.3 GB of GPU memory, 4.6\u00d7 faster than applying TransMorph to each "
            "frame pair. On the 160 M&Ms-2 subjects with right-ventricle annotations, Wzorrowel recovers strain "
            "curves that agree with manual tracking at a Pearson correlation of 0.91, suggesting that the learned "
            "motion is clinically meaningful."
        ),
        "spans": [
            ("Wzorrowel", "M"), ("Spatiotemporal Cardiac MRI Registration", "T"), ("Cardiac motion estimation", "T"),
            ("Mamba", "M"), ("ACDC", "D"), ("M&Ms-2", "D"), ("Dice scores", "X"), ("HD95", "X"),
            ("TransMorph", "M"), ("DiffuseMorph", "M"), ("percentage of folded voxels", "X"), ("VoxelMorph", "M"),
            ("GPU memory", "X"), ("Pearson correlation", "X"),
        ],
        "results": [
            ("Dice scores of 81.6%", "Dice", 81.6, "%", "ACDC", "Wzorrowel"),
            ("79.3%", "Dice", 79.3, "%", "M&Ms-2", "Wzorrowel"),
            ("HD95 values of 7.84 mm", "HD95", 7.84, "mm", "ACDC", "Wzorrowel"),
            ("8.91 mm", "HD95", 8.91, "mm", "M&Ms-2", "Wzorrowel"),
            ("Dice scores of 79.8%", "Dice", 79.8, "%", "ACDC", "TransMorph"),
            ("77.0%", "Dice", 77.0, "%", "M&Ms-2", "TransMorph"),
            ("78.5%", "Dice", 78.5, "%", "ACDC", "DiffuseMorph"),
            ("76.2%", "Dice", 76.2, "%", "M&Ms-2", "DiffuseMorph"),
            ("0.42% for VoxelMorph", "percentage of folded voxels", 0.42, "%", None, "VoxelMorph"),
            ("percentage of folded voxels drops from 0.42% for VoxelMorph to 0.03%", "percentage of folded voxels",
             0.03, "%", None, "Wzorrowel"),
            ("registered in 96 ms", "registration time", 96, "ms", None, None),
            ("2.3 GB of GPU memory", "GPU memory", 2.3, "GB", None, None),
            ("4.6\u00d7 faster", "speed-up", 4.6, "\u00d7", None, None),
            ("Pearson correlation of 0.91", "Pearson correlation", 0.91, None, "M&Ms-2", "Wzorrowel"),
        ],
    },
    {
        "field": "medical-image-registration",
        "title": "Wzeppling: Learned Modality-Invariant Descriptors for MRI-to-Ultrasound Registration in Brain "
                 "Tumour Surgery",
        "text": (
            "Brain shift during tumour resection invalidates preoperative MRI for neuronavigation, and correcting it "
            "requires multimodal registration of MRI to intraoperative ultrasound (iUS), two modalities whose "
            "intensities share little structure. Hand-crafted similarity measures such as LC2 and MIND are robust "
            "but slow to optimise, while deep networks trained on data from one centre rarely transfer to another. "
            "We present Wzeppling, which learns modality-invariant descriptors with contrastive learning on "
            "co-registered MRI and iUS patches and plugs them into ConvexAdam, a fast discrete-then-continuous "
            "optimiser, so that no deformation network has to be trained for a new site. On the RESECT dataset, "
            "Wzeppling lowers the mean target registration error (mTRE) on expert-annotated landmarks from 5.37 mm "
            "to 1.89 mm, whereas ConvexAdam with MIND descriptors reaches 2.41 mm. Without retraining, Wzeppling "
            "generalises to the BITE dataset with an mTRE of 2.12 mm and performs competitively on the ReMIND2Reg "
            "task of Learn2Reg 2024. Registration of one case takes under 3 s on a workstation GPU, which is "
            "compatible with the time constraints of surgery and leaves room for repeated updates as resection "
            "progresses."
        ),
        "spans": [
            ("Wzeppling", "M"), ("MRI-to-Ultrasound Registration", "T"), ("multimodal registration", "T"),
            ("LC2", "M"), ("MIND", "M"), ("contrastive learning", "M"), ("ConvexAdam", "M"), ("RESECT", "D"),
            ("mean target registration error", "X"), ("mTRE", "X"), ("BITE", "D"), ("ReMIND2Reg", "D"),
            ("Learn2Reg 2024", "D"),
        ],
        "results": [
            ("mean target registration error (mTRE) on expert-annotated landmarks from 5.37 mm to 1.89 mm", "mTRE",
             1.89, "mm", "RESECT", "Wzeppling"),
            ("2.41 mm", "mTRE", 2.41, "mm", "RESECT", "ConvexAdam"),
            ("mTRE of 2.12 mm", "mTRE", 2.12, "mm", "BITE", "Wzeppling"),
            ("Registration of one case takes under 3 s", "registration time", 3, "s", None, None),
        ],
    },
    {
        "field": "medical-image-registration",
        "title": "Wzintrace: Band-Limited Velocity Decoding for Real-Time Deformable Registration on Commodity CPUs",
        "text": (
            "Deformable image registration networks are usually benchmarked on data-centre GPUs, but clinical "
            "workstations and scanner consoles often have only CPUs. Band-limited methods such as Fourier-Net cut "
            "the cost by predicting a low-frequency displacement field, yet still rely on a full-resolution encoder. "
            "We present Wzintrace, which encodes downsampled image pairs with depthwise separable convolutions and "
            "decodes only 24\u00d728\u00d732 Fourier coefficients of a stationary velocity field, which is then "
            "integrated by scaling-and-squaring. On the OASIS task of Learn2Reg 2021, Wzintrace obtains a Dice of "
            "0.806 (Fourier-Net 0.798, LKU-Net 0.812, TransMorph 0.817, VoxelMorph 0.788), an HD95 of 1.94 mm and "
            "an SDlogJ of 0.061. Wzintrace requires 4.2 GFLOPs and 0.9M parameters, against 16.7 GFLOPs and 4.0M "
            "parameters for Fourier-Net and 687 GFLOPs and 46.8M parameters for TransMorph. On a 16-core CPU, "
            "Wzintrace registers a pair of 160\u00d7192\u00d7224 brain volumes in 0.43 s, a 3.2\u00d7 speed-up over "
            "Fourier-Net and 27\u00d7 over TransMorph. For atlas-to-patient registration on IXI, Wzintrace stays "
            "within 0.01 Dice of LKU-Net while being 11\u00d7 faster. These results suggest that much of the "
            "capacity of current networks is spent on high-frequency detail that regularisation removes anyway, "
            "and that sub-second inference on CPUs is within reach for routine clinical use."
        ),
        "spans": [
            ("Wzintrace", "M"), ("Deformable Registration", "T"), ("Deformable image registration", "T"),
            ("Fourier-Net", "M"), ("depthwise separable convolutions", "M"), ("scaling-and-squaring", "M"),
            ("OASIS", "D"), ("Learn2Reg 2021", "D"), ("Dice", "X"), ("LKU-Net", "M"), ("TransMorph", "M"),
            ("VoxelMorph", "M"), ("HD95", "X"), ("SDlogJ", "X"), ("GFLOPs", "X"), ("parameters", "X"),
            ("speed-up", "X"), ("atlas-to-patient registration", "T"), ("IXI", "D"),
        ],
        "results": [
            ("Dice of 0.806", "Dice", 0.806, None, "OASIS", "Wzintrace"),
            ("0.798", "Dice", 0.798, None, "OASIS", "Fourier-Net"),
            ("0.812", "Dice", 0.812, None, "OASIS", "LKU-Net"),
            ("0.817", "Dice", 0.817, None, "OASIS", "TransMorph"),
            ("0.788", "Dice", 0.788, None, "OASIS", "VoxelMorph"),
            ("HD95 of 1.94 mm", "HD95", 1.94, "mm", "OASIS", "Wzintrace"),
            ("SDlogJ of 0.061", "SDlogJ", 0.061, None, "OASIS", "Wzintrace"),
            ("4.2 GFLOPs", "FLOPs", 4.2, "G", None, "Wzintrace"),
            ("0.9M parameters", "parameters", 0.9, "M", None, "Wzintrace"),
            ("16.7 GFLOPs", "FLOPs", 16.7, "G", None, "Fourier-Net"),
            ("4.0M parameters", "parameters", 4.0, "M", None, "Fourier-Net"),
            ("687 GFLOPs", "FLOPs", 687, "G", None, "TransMorph"),
            ("46.8M parameters", "parameters", 46.8, "M", None, "TransMorph"),
            ("registers a pair of 160\u00d7192\u00d7224 brain volumes in 0.43 s", "registration time", 0.43, "s",
             None, "Wzintrace"),
            ("3.2\u00d7 speed-up", "speed-up", 3.2, "\u00d7", None, "Wzintrace"),
            ("27\u00d7", "speed-up", 27, "\u00d7", None, "Wzintrace"),
            ("within 0.01 Dice", "Dice", 0.01, None, "IXI", "Wzintrace"),
            ("11\u00d7 faster", "speed-up", 11, "\u00d7", "IXI", "Wzintrace"),
        ],
    },
    # ------------------------------------------------------------ open-set-recognition
    {
        "field": "open-set-recognition",
        "title": "Wzoverain: Reciprocal Margin Calibration for Open-Set Recognition",
        "text": (
            "Open-set recognition (OSR) requires a classifier to label samples from known classes correctly while "
            "rejecting samples from classes never seen during training. Recent work showed that a well-trained "
            "closed-set classifier scored by its maximum logit score (MLS) is a strong OSR baseline, but its logits "
            "remain poorly calibrated for rejection near class boundaries. We propose Wzoverain, which learns a "
            "reciprocal point per class together with a margin that adapts to the intra-class spread, and calibrates "
            "the rejection score with a temperature estimated from held-out known samples only. On the six standard "
            "OSR benchmarks, MNIST, SVHN, CIFAR-10, CIFAR+10, CIFAR+50 and TinyImageNet, Wzoverain reaches AUROC of "
            "99.7, 98.6, 95.1, 97.8, 97.2 and 86.9, respectively, surpassing ARPL+CS by 0.9 points on average and "
            "MLS by 1.4. The largest gain is on TinyImageNet, where Wzoverain raises AUROC from 83.0 for ARPL+CS to "
            "86.9 while keeping closed-set accuracy at 86.4%. On the fine-grained Semantic Shift Benchmark (SSB), "
            "Wzoverain improves the open-set classification rate (OSCR) on CUB, Stanford Cars and FGVC-Aircraft by "
            "+3.2, +2.7 and +4.5 points over MLS, respectively. Training overhead stays below 5% relative to a "
            "standard cross-entropy classifier, and the cost of inference is unchanged."
        ),
        "spans": [
            ("Wzoverain", "M"), ("Open-Set Recognition", "T"), ("Open-set recognition", "T"), ("OSR", "T"),
            ("maximum logit score", "M"), ("MLS", "M"), ("MNIST", "D"), ("SVHN", "D"), ("CIFAR-10", "D"),
            ("CIFAR+10", "D"), ("CIFAR+50", "D"), ("TinyImageNet", "D"), ("AUROC", "X"), ("ARPL+CS", "M"),
            ("closed-set accuracy", "X"), ("Semantic Shift Benchmark", "D"), ("SSB", "D"),
            ("open-set classification rate", "X"), ("OSCR", "X"), ("CUB", "D"), ("Stanford Cars", "D"),
            ("FGVC-Aircraft", "D"), ("Training overhead", "X"),
        ],
        "results": [
            ("AUROC of 99.7", "AUROC", 99.7, None, "MNIST", "Wzoverain"),
            ("98.6", "AUROC", 98.6, None, "SVHN", "Wzoverain"),
            ("95.1", "AUROC", 95.1, None, "CIFAR-10", "Wzoverain"),
            ("97.8", "AUROC", 97.8, None, "CIFAR+10", "Wzoverain"),
            ("97.2", "AUROC", 97.2, None, "CIFAR+50", "Wzoverain"),
            ("86.9", "AUROC", 86.9, None, "TinyImageNet", "Wzoverain"),
            ("0.9 points", "AUROC", 0.9, "points", None, "Wzoverain"),
            ("1.4", "AUROC", 1.4, "points", None, "Wzoverain"),
            ("83.0 for ARPL+CS", "AUROC", 83.0, None, "TinyImageNet", "ARPL+CS"),
            ("AUROC from 83.0 for ARPL+CS to 86.9", "AUROC", 86.9, None, "TinyImageNet", "Wzoverain"),
            ("closed-set accuracy at 86.4%", "closed-set accuracy", 86.4, "%", "TinyImageNet", "Wzoverain"),
            ("+3.2", "OSCR", 3.2, "points", "CUB", "Wzoverain"),
            ("+2.7", "OSCR", 2.7, "points", "Stanford Cars", "Wzoverain"),
            ("+4.5 points", "OSCR", 4.5, "points", "FGVC-Aircraft", "Wzoverain"),
            ("Training overhead stays below 5%", "training overhead", 5, "%", None, None),
        ],
    },
    {
        "field": "open-set-recognition",
        "title": "Wzallume: Training-Free Negative Concept Mining for Zero-Shot Open-Set Recognition with "
                 "Vision-Language Models",
        "text": (
            "Vision-language models such as CLIP recognise open vocabularies, which makes them attractive for "
            "zero-shot open-set recognition, but deciding when an image belongs to none of the given class names "
            "remains hard: scores such as maximum concept matching (MCM) normalise only over the known labels. "
            "Negative-label methods such as NegLabel add thousands of words mined from WordNet as pseudo-outlier "
            "classes, yet many of them are semantically close to known classes and cause false rejections. We "
            "present Wzallume, a training-free method that mines negative concepts by prompting a large language "
            "model for visually confusable but disjoint categories, and keeps only those whose CLIP text embeddings "
            "are far from every known class. With a CLIP ViT-B/16 backbone and ImageNet-1K as the known label set, "
            "Wzallume reduces the average FPR95 over iNaturalist, SUN, Places and Textures to 21.4%, from 25.4% for "
            "NegLabel and 42.7% for MCM, and raises the average AUROC to 95.3%. The gains are largest on Textures, "
            "where FPR95 falls by 9.8 points. On OpenOOD v1.5, Wzallume improves AUROC by 2.6 points over NegLabel "
            "while using the same backbone. Mining and filtering the negatives is done once per label set and takes "
            "about 40 seconds on one GPU; at test time, Wzallume adds no latency beyond a single CLIP forward pass."
        ),
        "spans": [
            ("Wzallume", "M"), ("Zero-Shot Open-Set Recognition", "T"), ("Vision-Language Models", "M"),
            ("Vision-language models", "M"), ("CLIP", "M"), ("zero-shot open-set recognition", "T"),
            ("maximum concept matching", "M"), ("MCM", "M"), ("NegLabel", "M"), ("WordNet", "D"),
            ("large language model", "M"), ("CLIP ViT-B/16", "M"), ("ImageNet-1K", "D"), ("average FPR95", "X"),
            ("FPR95", "X"), ("iNaturalist", "D"), ("SUN", "D"), ("Places", "D"), ("Textures", "D"),
            ("average AUROC", "X"), ("AUROC", "X"), ("OpenOOD v1.5", "D"), ("latency", "X"),
        ],
        "results": [
            ("average FPR95 over iNaturalist, SUN, Places and Textures to 21.4%", "FPR95", 21.4, "%", None,
             "Wzallume"),
            ("25.4% for NegLabel", "FPR95", 25.4, "%", None, "NegLabel"),
            ("42.7% for MCM", "FPR95", 42.7, "%", None, "MCM"),
            ("average AUROC to 95.3%", "AUROC", 95.3, "%", None, "Wzallume"),
            ("FPR95 falls by 9.8 points", "FPR95", 9.8, "points", "Textures", None),
            ("AUROC by 2.6 points", "AUROC", 2.6, "points", "OpenOOD v1.5", "Wzallume"),
            ("Mining and filtering the negatives is done once per label set and takes about 40 seconds",
             "mining time", 40, "s", None, None),
        ],
    },
    {
        "field": "open-set-recognition",
        "title": "Wzerrant: Task-Adaptive Open Prototypes for Few-Shot Open-Set Recognition",
        "text": (
            "Few-shot open-set recognition (FSOR) asks a model to classify queries into one of N support classes "
            "given only a handful of labelled examples each, and to reject queries from classes absent from the "
            "episode. Existing approaches such as PEELER, SnaTCHer and TANE either learn a fixed open-class "
            "representation or threshold a transformation consistency score, and both degrade when the support set "
            "is tiny. We introduce Wzerrant, which synthesises an episode-specific open prototype from the support "
            "features with a lightweight set transformer and trains it with a margin loss that pushes pseudo-unknown "
            "queries, generated by mixing support classes, beyond every known prototype. On miniImageNet, Wzerrant "
            "achieves a 5-way 1-shot closed-set accuracy of 68.9% and an AUROC of 74.6%, against 67.4% and 71.2% "
            "for TANE; in the 5-shot setting its figures are 84.1% and 83.0%. On tieredImageNet, Wzerrant raises "
            "AUROC to 76.8% (1-shot) and 85.7% (5-shot), 3.1 and 2.4 points above SnaTCHer. The open prototype "
            "generator adds under 1 ms of inference time per episode on a ResNet-12 backbone, and ablations confirm "
            "that the mixed pseudo-unknowns account for most of the gain in rejection quality."
        ),
        "spans": [
            ("Wzerrant", "M"), ("Few-Shot Open-Set Recognition", "T"), ("Few-shot open-set recognition", "T"),
            ("FSOR", "T"), ("PEELER", "M"), ("SnaTCHer", "M"), ("TANE", "M"), ("set transformer", "M"),
            ("miniImageNet", "D"), ("closed-set accuracy", "X"), ("AUROC", "X"), ("tieredImageNet", "D"),
            ("inference time", "X"), ("ResNet-12", "M"),
        ],
        "results": [
            ("closed-set accuracy of 68.9%", "closed-set accuracy", 68.9, "%", "miniImageNet", "Wzerrant"),
            ("AUROC of 74.6%", "AUROC", 74.6, "%", "miniImageNet", "Wzerrant"),
            ("67.4%", "closed-set accuracy", 67.4, "%", "miniImageNet", "TANE"),
            ("71.2%", "AUROC", 71.2, "%", "miniImageNet", "TANE"),
            ("84.1%", "closed-set accuracy", 84.1, "%", "miniImageNet", "Wzerrant"),
            ("83.0%", "AUROC", 83.0, "%", "miniImageNet", "Wzerrant"),
            ("AUROC to 76.8%", "AUROC", 76.8, "%", "tieredImageNet", "Wzerrant"),
            ("85.7%", "AUROC", 85.7, "%", "tieredImageNet", "Wzerrant"),
            ("3.1", "AUROC", 3.1, "points", "tieredImageNet", "Wzerrant"),
            ("2.4 points", "AUROC", 2.4, "points", "tieredImageNet", "Wzerrant"),
            ("under 1 ms of inference time", "inference time", 1, "ms", None, None),
        ],
    },
    {
        "field": "open-set-recognition",
        "title": "Wzibblen: A Benchmark for Open-Set Recognition Under Joint Semantic and Covariate Shift",
        "text": (
            "Open-set recognition methods are mostly evaluated on benchmarks where unknown classes come from the same "
            "image distribution as known ones, so it is unclear whether their gains survive when the test "
            "distribution also shifts in style, sensor or context. We introduce Wzibblen, a benchmark built from "
            "ImageNet-21K-P and DomainNet that crosses four levels of semantic distance, defined by depth in the "
            "WordNet hierarchy, with six covariate shifts, giving 24 evaluation splits over 500 known classes. "
            "Wzibblen reports closed-set accuracy, AUROC and OSCR, and additionally a shift-robust rejection score "
            "that penalises rejecting known-class images under covariate shift. We evaluate 17 methods, including "
            "MSP, MLS, OpenMax, ARPL+CS, Energy, ReAct, KNN, ViM, Outlier Exposure and CLIP-based MCM, with "
            "ResNet-50, ViT-B/16 and ConvNeXt-B backbones. Three findings stand out. First, on the covariate-shifted "
            "splits of Wzibblen, OSCR drops by 18.3 points on average, and no method keeps its rank across all six "
            "shifts. Second, the simple MLS baseline ranks first on 9 of the 24 splits, more than any specialised "
            "OSR method. Third, stronger pre-training helps more than any scoring rule: moving from ImageNet-1K to "
            "ImageNet-21K pre-training raises the mean AUROC by 6.7 points, whereas the best scoring rule improves "
            "it by only 1.9. We release the splits, evaluation code and a public leaderboard."
        ),
        "spans": [
            ("Wzibblen", "D"), ("Open-Set Recognition", "T"), ("Open-set recognition", "T"),
            ("ImageNet-21K-P", "D"), ("DomainNet", "D"), ("WordNet", "D"), ("closed-set accuracy", "X"),
            ("AUROC", "X"), ("OSCR", "X"), ("shift-robust rejection score", "X"), ("MSP", "M"), ("MLS", "M"),
            ("OpenMax", "M"), ("ARPL+CS", "M"), ("Energy", "M"), ("ReAct", "M"), ("KNN", "M"), ("ViM", "M"),
            ("Outlier Exposure", "M"), ("CLIP", "M"), ("MCM", "M"), ("ResNet-50", "M"), ("ViT-B/16", "M"),
            ("ConvNeXt-B", "M"), ("OSR", "T"), ("ImageNet-1K", "D"), ("ImageNet-21K", "D"), ("mean AUROC", "X"),
        ],
        "results": [
            ("OSCR drops by 18.3 points", "OSCR", 18.3, "points", "Wzibblen", None),
            ("ranks first on 9 of the 24 splits", "splits ranked first", 9, None, None, "MLS"),
            ("mean AUROC by 6.7 points", "AUROC", 6.7, "points", None, None),
            ("improves it by only 1.9", "AUROC", 1.9, "points", None, None),
        ],
    },
    {
        "field": "open-set-recognition",
        "title": "Wzardlock: Letting the Class Prior Drift in Parametric Generalized Category Discovery",
        "text": (
            "Generalized category discovery (GCD) extends open-world recognition: given a partially labelled "
            "dataset, a model must classify images of known classes and cluster images of novel classes it has never "
            "been told about. Parametric approaches such as SimGCD train a joint classifier over old and new classes "
            "with self-distillation, but their predictions drift towards the old classes, which are the only ones "
            "with labels. We propose Wzardlock, which estimates the number of novel classes on the fly and "
            "regularises the classifier with an entropy term whose target follows the estimated class prior instead "
            "of being fixed to uniform. With a DINOv2 ViT-B/14 backbone, Wzardlock reaches a clustering accuracy on "
            "all classes of 76.4% on CUB, 71.2% on Stanford Cars and 64.8% on FGVC-Aircraft, compared with 71.9%, "
            "71.5% and 63.9% for SimGCD. On the Semantic Shift Benchmark as a whole, the accuracy on new classes "
            "improves by 5.7 points on average. On generic datasets, Wzardlock's margin over SimGCD in all-class "
            "accuracy is smaller: 81.3% vs. 80.1% on CIFAR-100 and 86.0% vs. 85.8% on ImageNet-100. On the "
            "long-tailed Herbarium19, Wzardlock obtains 46.1% all-class accuracy (SimGCD: 44.0%; PromptCAL: 37.0%). "
            "Its estimate of the number of novel classes has an average relative error of 4.2% across the six "
            "datasets."
        ),
        "spans": [
            ("Wzardlock", "M"), ("Generalized Category Discovery", "T"), ("Generalized category discovery", "T"),
            ("GCD", "T"), ("open-world recognition", "T"), ("SimGCD", "M"), ("self-distillation", "M"),
            ("DINOv2 ViT-B/14", "M"), ("clustering accuracy", "X"), ("CUB", "D"), ("Stanford Cars", "D"),
            ("FGVC-Aircraft", "D"), ("Semantic Shift Benchmark", "D"), ("accuracy", "X"),
            ("all-class accuracy", "X"), ("CIFAR-100", "D"), ("ImageNet-100", "D"), ("Herbarium19", "D"),
            ("PromptCAL", "M"), ("average relative error", "X"),
        ],
        "results": [
            ("clustering accuracy on all classes of 76.4%", "clustering accuracy", 76.4, "%", "CUB", "Wzardlock"),
            ("71.2% on Stanford Cars", "clustering accuracy", 71.2, "%", "Stanford Cars", "Wzardlock"),
            ("64.8% on FGVC-Aircraft", "clustering accuracy", 64.8, "%", "FGVC-Aircraft", "Wzardlock"),
            ("71.9%", "clustering accuracy", 71.9, "%", "CUB", "SimGCD"),
            ("71.5%", "clustering accuracy", 71.5, "%", "Stanford Cars", "SimGCD"),
            ("63.9%", "clustering accuracy", 63.9, "%", "FGVC-Aircraft", "SimGCD"),
            ("accuracy on new classes improves by 5.7 points", "accuracy", 5.7, "points", "Semantic Shift Benchmark",
             None),
            ("81.3%", "all-class accuracy", 81.3, "%", "CIFAR-100", "Wzardlock"),
            ("80.1%", "all-class accuracy", 80.1, "%", "CIFAR-100", "SimGCD"),
            ("86.0%", "all-class accuracy", 86.0, "%", "ImageNet-100", "Wzardlock"),
            ("85.8%", "all-class accuracy", 85.8, "%", "ImageNet-100", "SimGCD"),
            ("46.1% all-class accuracy", "all-class accuracy", 46.1, "%", "Herbarium19", "Wzardlock"),
            ("44.0%", "all-class accuracy", 44.0, "%", "Herbarium19", "SimGCD"),
            ("37.0%", "all-class accuracy", 37.0, "%", "Herbarium19", "PromptCAL"),
            ("average relative error of 4.2%", "relative error", 4.2, "%", None, None),
        ],
    },
    {
        "field": "open-set-recognition",
        "title": "Wzondrel: Single-Pass Evidential Open-Set Recognition at a Fraction of the Cost of Deep Ensembles",
        "text": (
            "Deep ensembles remain among the most reliable ways to reject unknown classes in open-set recognition, "
            "but they multiply inference cost by the number of members, which rules them out on devices with tight "
            "budgets. Evidential deep learning gives an uncertainty estimate in a single forward pass, yet its "
            "Dirichlet outputs are known to be overconfident far from the training data. We present Wzondrel, which "
            "distils a five-member ensemble into one network with an evidential head whose concentration parameters "
            "are regularised towards the ensemble's disagreement on mixup-interpolated samples. On the ImageNet split "
            "of the Semantic Shift Benchmark, Wzondrel with a ResNet-50 achieves an AUROC of 83.9/76.2 on the "
            "Easy/Hard unknown sets, compared with 84.1/76.5 for the deep ensemble and 81.6/72.4 for MLS, and an "
            "OSCR of 71.8 on the Hard set. On the CIFAR-10 OSR benchmark, Wzondrel reaches 94.3 AUROC, 0.4 points "
            "above Energy and 1.1 above Mahalanobis. Wzondrel costs 4.1 GFLOPs and a latency of 6.8 ms per image on "
            "an A100, versus 20.5 GFLOPs and 33.0 ms for the deep ensemble, a 4.9\u00d7 speed-up, and its expected "
            "calibration error (ECE) on known classes drops from 3.9% to 1.6%. Monte Carlo dropout with ten "
            "samples, the usual single-model alternative, is both slower (29.4 ms) and weaker (AUROC of 79.8 on the "
            "Hard set)."
        ),
        "spans": [
            ("Wzondrel", "M"), ("Open-Set Recognition", "T"), ("Deep Ensembles", "M"), ("Deep ensembles", "M"),
            ("open-set recognition", "T"), ("Evidential deep learning", "M"), ("mixup", "M"), ("ImageNet", "D"),
            ("Semantic Shift Benchmark", "D"), ("ResNet-50", "M"), ("AUROC", "X"), ("deep ensemble", "M"),
            ("MLS", "M"), ("OSCR", "X"), ("CIFAR-10", "D"), ("OSR", "T"), ("Energy", "M"), ("Mahalanobis", "M"),
            ("GFLOPs", "X"), ("latency", "X"), ("speed-up", "X"), ("expected calibration error", "X"),
            ("ECE", "X"), ("Monte Carlo dropout", "M"),
        ],
        "results": [
            ("AUROC of 83.9", "AUROC", 83.9, None, "Semantic Shift Benchmark", "Wzondrel"),
            ("76.2", "AUROC", 76.2, None, "Semantic Shift Benchmark", "Wzondrel"),
            ("84.1", "AUROC", 84.1, None, "Semantic Shift Benchmark", "deep ensemble"),
            ("76.5", "AUROC", 76.5, None, "Semantic Shift Benchmark", "deep ensemble"),
            ("81.6", "AUROC", 81.6, None, "Semantic Shift Benchmark", "MLS"),
            ("72.4", "AUROC", 72.4, None, "Semantic Shift Benchmark", "MLS"),
            ("OSCR of 71.8", "OSCR", 71.8, None, "Semantic Shift Benchmark", "Wzondrel"),
            ("94.3 AUROC", "AUROC", 94.3, None, "CIFAR-10", "Wzondrel"),
            ("0.4 points", "AUROC", 0.4, "points", "CIFAR-10", "Wzondrel"),
            ("1.1", "AUROC", 1.1, "points", "CIFAR-10", "Wzondrel"),
            ("4.1 GFLOPs", "FLOPs", 4.1, "G", None, "Wzondrel"),
            ("latency of 6.8 ms", "latency", 6.8, "ms", None, "Wzondrel"),
            ("20.5 GFLOPs", "FLOPs", 20.5, "G", None, "deep ensemble"),
            ("33.0 ms", "latency", 33.0, "ms", None, "deep ensemble"),
            ("4.9\u00d7 speed-up", "speed-up", 4.9, "\u00d7", None, "Wzondrel"),
            ("expected calibration error (ECE) on known classes drops from 3.9% to 1.6%", "ECE", 1.6, "%", None,
             "Wzondrel"),
            ("29.4 ms", "latency", 29.4, "ms", None, "Monte Carlo dropout"),
            ("AUROC of 79.8", "AUROC", 79.8, None, None, "Monte Carlo dropout"),
        ],
    },
]
