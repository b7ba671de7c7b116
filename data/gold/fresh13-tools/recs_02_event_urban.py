"""fresh13 records: event-cameras (6) and urban-computing (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind): the pipeline was never
run on them and its code and output were never looked at."""

COINED = ["Ekravel", "Elnisca", "Emsorra", "Ekmardis", "Eltravine", "Emvalko",
          "Ekbrune", "Elquorra", "Emtrelle", "Eldavix", "Emquilla", "Ekzorith"]

RECS = [
    # ------------------------------------------------------------ event-cameras
    {
        "field": "event-cameras",
        "title": "Ekravel: Event-Sparse Recurrent Matching with Temporal Priors for Event-Based Optical Flow",
        "text": (
            "Event cameras record asynchronous brightness changes with microsecond resolution and high dynamic range, "
            "which makes them well suited to optical flow estimation under fast motion. The current leaders on the "
            "DSEC-Flow benchmark, such as E-RAFT, TMA and IDNet, compute dense all-pairs correlations between "
            "voxelized event slices, so their cost grows quadratically with resolution. We propose Ekravel, a "
            "recurrent flow network that matches features only at pixels that received events and propagates the "
            "previous flow field as a temporal prior through a ConvGRU update operator; a small densification head "
            "then fills in event-free regions. On the DSEC-Flow test set, Ekravel achieves an endpoint error (EPE) of "
            "0.71 and a 3-pixel error (3PE) of 2.19%, compared with 0.79 and 2.68% for E-RAFT and 0.74 and 2.30% for "
            "TMA, while running at 41 ms per frame pair on an RTX 4090, 2.3\u00d7 faster than TMA. Trained on DSEC "
            "only, Ekravel transfers to MVSEC with an average endpoint error (AEE) of 0.26 on outdoor_day1 and of "
            "0.61, 0.83 and 0.72 on indoor_flying1, indoor_flying2 and indoor_flying3, respectively. Ablations show "
            "that the temporal prior accounts for most of the gain in low-texture night scenes, where events are "
            "scarce and single-window matching is ambiguous."
        ),
        "spans": [
            ("Ekravel", "M"), ("Event-Based Optical Flow", "T"), ("optical flow estimation", "T"),
            ("DSEC-Flow", "D"), ("E-RAFT", "M"), ("TMA", "M"), ("IDNet", "M"), ("ConvGRU", "M"),
            ("endpoint error", "X"), ("EPE", "X"), ("3-pixel error", "X"), ("3PE", "X"), ("DSEC", "D"),
            ("MVSEC", "D"), ("average endpoint error", "X"), ("AEE", "X"), ("outdoor_day1", "D"),
            ("indoor_flying1", "D"), ("indoor_flying2", "D"), ("indoor_flying3", "D"),
        ],
        "results": [
            ("endpoint error (EPE) of 0.71", "EPE", 0.71, None, "DSEC-Flow", "Ekravel"),
            ("3-pixel error (3PE) of 2.19%", "3PE", 2.19, "%", "DSEC-Flow", "Ekravel"),
            ("0.79", "EPE", 0.79, None, "DSEC-Flow", "E-RAFT"),
            ("2.68%", "3PE", 2.68, "%", "DSEC-Flow", "E-RAFT"),
            ("0.74", "EPE", 0.74, None, "DSEC-Flow", "TMA"),
            ("2.30%", "3PE", 2.3, "%", "DSEC-Flow", "TMA"),
            ("running at 41 ms", "latency", 41, "ms", "DSEC-Flow", "Ekravel"),
            ("2.3\u00d7 faster", "speed-up", 2.3, "\u00d7", "DSEC-Flow", "Ekravel"),
            ("average endpoint error (AEE) of 0.26", "AEE", 0.26, None, "outdoor_day1", "Ekravel"),
            ("0.61", "AEE", 0.61, None, "indoor_flying1", "Ekravel"),
            ("0.83", "AEE", 0.83, None, "indoor_flying2", "Ekravel"),
            ("0.72", "AEE", 0.72, None, "indoor_flying3", "Ekravel"),
        ],
    },
    {
        "field": "event-cameras",
        "title": "Elnisca: Event-Density-Aware Token Routing for Efficient Object Detection with Event Cameras",
        "text": (
            "Recurrent vision transformers such as RVT have become the standard backbone for object detection with "
            "event cameras, but they update every spatial token at every timestep, even though most of the sensor is "
            "silent in static scenes. We introduce Elnisca, a detector that routes tokens through a recurrent backbone "
            "according to their local event density: dense tokens pass through full multi-axis attention blocks, "
            "while sparse ones are updated only by a shared LSTM cell. Elnisca is trained end to end with a YOLOX "
            "head and a penalty on the fraction of routed tokens. On the Gen1 and 1Mpx automotive datasets, "
            "Elnisca reaches 48.9 and 48.1 mAP, respectively, compared with 47.2 and 47.4 for "
            "RVT-B, while reducing backbone FLOPs by 43% and latency from 10.2 ms to 6.3 ms on an A100 GPU. It is "
            "also more accurate than SSM-ViT-B (47.4 mAP on Gen1) and SAST (48.2 mAP on Gen1). Elnisca has 2.1\u00d7 fewer parameters than SAST. On the recent eTraM "
            "traffic-monitoring benchmark, Elnisca improves mAP50 by 3.6 points over RVT-B. Routing adapts to sensor "
            "activity without retraining: at night, most tokens take the cheap recurrent path, and accuracy degrades "
            "less than under uniform token pruning at the same compute. Code and trained models will be made public."
        ),
        "spans": [
            ("Elnisca", "M"), ("Object Detection", "T"), ("Recurrent vision transformers", "M"), ("RVT", "M"),
            ("object detection", "T"), ("multi-axis attention", "M"), ("LSTM", "M"), ("YOLOX", "M"),
            ("Gen1", "D"), ("1Mpx", "D"), ("mAP", "X"), ("RVT-B", "M"), ("FLOPs", "X"), ("latency", "X"),
            ("SSM-ViT-B", "M"), ("SAST", "M"), ("parameters", "X"), ("eTraM", "D"), ("mAP50", "X"),
            ("accuracy", "X"), ("token pruning", "M"),
        ],
        "results": [
            ("48.9", "mAP", 48.9, None, "Gen1", "Elnisca"),
            ("48.1 mAP", "mAP", 48.1, None, "1Mpx", "Elnisca"),
            ("47.2", "mAP", 47.2, None, "Gen1", "RVT-B"),
            ("47.4", "mAP", 47.4, None, "1Mpx", "RVT-B"),
            ("reducing backbone FLOPs by 43%", "FLOPs reduction", 43, "%", None, "Elnisca"),
            ("latency from 10.2 ms to 6.3 ms", "latency", 6.3, "ms", None, "Elnisca"),
            ("47.4 mAP on Gen1", "mAP", 47.4, None, "Gen1", "SSM-ViT-B"),
            ("48.2 mAP on Gen1", "mAP", 48.2, None, "Gen1", "SAST"),
            ("2.1\u00d7 fewer parameters", "parameters reduction", 2.1, "\u00d7", None, "Elnisca"),
            ("improves mAP50 by 3.6 points", "mAP50", 3.6, "points", "eTraM", "Elnisca"),
        ],
    },
    {
        "field": "event-cameras",
        "title": "Emsorra: Sharp and Temporally Stable Event-to-Video Reconstruction at Real-Time Rates",
        "text": (
            "Event-to-video reconstruction recovers intensity frames from the sparse, asynchronous output of an event "
            "camera, so that standard vision pipelines can operate in high-speed and high-dynamic-range scenes. "
            "Recurrent convolutional models such as E2VID, FireNet and HyperE2VID are fast but produce blurry textures "
            "and flicker, whereas diffusion models give sharper frames at the cost of many denoising steps. We present "
            "Emsorra, a recurrent U-Net trained by knowledge distillation from a latent diffusion model conditioned on "
            "event voxel grids, with an additional temporal consistency loss on flow-warped predictions. At test time "
            "only the student runs, in a single forward pass. We evaluate on the Event Camera Dataset (ECD), MVSEC and "
            "the High Quality Frames (HQF) dataset with the standard full-reference metrics. On ECD, Emsorra obtains "
            "an MSE of 0.029, an SSIM of 0.631 and an LPIPS of 0.197, against 0.037/0.574/0.235 for HyperE2VID and "
            "0.058/0.535/0.280 for E2VID. On HQF the margin is wider: Emsorra reaches an LPIPS of 0.248 vs. 0.297 for "
            "HyperE2VID. Emsorra reconstructs a 346\u00d7260 frame in 7.8 ms on an RTX 3090, about 140\u00d7 faster "
            "than its diffusion teacher (1.1 s per frame), and its warping error is 22% lower than that of HyperE2VID. "
            "Gains on MVSEC are smaller but consistent across all sequences."
        ),
        "spans": [
            ("Emsorra", "M"), ("Event-to-Video Reconstruction", "T"), ("Event-to-video reconstruction", "T"),
            ("E2VID", "M"), ("FireNet", "M"), ("HyperE2VID", "M"), ("diffusion models", "M"), ("U-Net", "M"),
            ("knowledge distillation", "M"), ("latent diffusion model", "M"), ("Event Camera Dataset", "D"),
            ("ECD", "D"), ("MVSEC", "D"), ("High Quality Frames", "D"), ("HQF", "D"), ("MSE", "X"), ("SSIM", "X"),
            ("LPIPS", "X"), ("warping error", "X"),
        ],
        "results": [
            ("MSE of 0.029", "MSE", 0.029, None, "ECD", "Emsorra"),
            ("SSIM of 0.631", "SSIM", 0.631, None, "ECD", "Emsorra"),
            ("LPIPS of 0.197", "LPIPS", 0.197, None, "ECD", "Emsorra"),
            ("0.037", "MSE", 0.037, None, "ECD", "HyperE2VID"),
            ("0.574", "SSIM", 0.574, None, "ECD", "HyperE2VID"),
            ("0.235", "LPIPS", 0.235, None, "ECD", "HyperE2VID"),
            ("0.058", "MSE", 0.058, None, "ECD", "E2VID"),
            ("0.535", "SSIM", 0.535, None, "ECD", "E2VID"),
            ("0.280", "LPIPS", 0.28, None, "ECD", "E2VID"),
            ("LPIPS of 0.248", "LPIPS", 0.248, None, "HQF", "Emsorra"),
            ("0.297", "LPIPS", 0.297, None, "HQF", "HyperE2VID"),
            ("in 7.8 ms", "latency", 7.8, "ms", None, "Emsorra"),
            ("140\u00d7 faster", "speed-up", 140, "\u00d7", None, "Emsorra"),
            ("1.1 s per frame", "latency", 1.1, "s", None, None),
            ("warping error is 22% lower", "warping error reduction", 22, "%", None, "Emsorra"),
        ],
    },
    {
        "field": "event-cameras",
        "title": "Ekmardis: Predictive Pre-Training for Event-Based Object Recognition",
        "text": (
            "Large-scale pre-training has transformed frame-based vision, but event cameras still lack both the data "
            "and the pretext tasks that made masked image modeling successful. Existing pre-training methods for "
            "events either render them into frames and reuse MAE-style reconstruction, discarding fine timing, or "
            "depend on paired RGB images for contrastive learning. We propose Ekmardis, a self-supervised objective "
            "in which a Vision Transformer encodes the events of a short window and predicts the latent embedding "
            "that a momentum encoder produces for the next window, in the spirit of JEPA but with a temporal rather "
            "than spatial target. Pre-training uses only the raw event streams of N-ImageNet, without labels or "
            "frames. Fine-tuned for object recognition, a ViT-S backbone pre-trained with Ekmardis reaches 87.3% "
            "top-1 accuracy on N-Caltech101 and 61.8% on N-ImageNet, ahead of the masked event modeling baseline MEM "
            "by 2.4 and 3.1 points, respectively. With a frozen backbone the advantage is larger still. The features "
            "also transfer to object detection: used to initialize the backbone of RVT, Ekmardis raises mAP on Gen1 "
            "by 1.5 points. Our analysis suggests that predicting future rather than masked content forces the "
            "encoder to model motion, which matters most for recordings with fast or irregular camera trajectories."
        ),
        "spans": [
            ("Ekmardis", "M"), ("Event-Based Object Recognition", "T"), ("masked image modeling", "M"),
            ("MAE", "M"), ("contrastive learning", "M"), ("Vision Transformer", "M"), ("JEPA", "M"),
            ("N-ImageNet", "D"), ("object recognition", "T"), ("ViT-S", "M"), ("top-1 accuracy", "X"),
            ("N-Caltech101", "D"), ("masked event modeling", "M"), ("MEM", "M"), ("object detection", "T"),
            ("RVT", "M"), ("mAP", "X"), ("Gen1", "D"),
        ],
        "results": [
            ("87.3% top-1 accuracy", "top-1 accuracy", 87.3, "%", "N-Caltech101", "Ekmardis"),
            ("61.8%", "top-1 accuracy", 61.8, "%", "N-ImageNet", "Ekmardis"),
            ("by 2.4", "top-1 accuracy", 2.4, "points", "N-Caltech101", "Ekmardis"),
            ("3.1 points", "top-1 accuracy", 3.1, "points", "N-ImageNet", "Ekmardis"),
            ("raises mAP on Gen1 by 1.5 points", "mAP", 1.5, "points", "Gen1", "Ekmardis"),
        ],
    },
    {
        "field": "event-cameras",
        "title": "Eltravine: Event-Guided Video Frame Interpolation with Bidirectional Motion Splines",
        "text": (
            "Event cameras fill the blind time between two video frames with microsecond motion cues, which makes "
            "event-guided video frame interpolation far more robust to large and non-linear motion than frame-only "
            "methods. Existing approaches such as Time Lens, Time Lens++ and CBMNet estimate optical flow from events "
            "and warp the key frames linearly, so they break down when objects accelerate or rotate within the "
            "interval. We introduce Eltravine, which fits a cubic motion spline per pixel to the events on both sides "
            "of the target time, warps the boundary frames forward and backward along it, and fuses the warps with a "
            "lightweight attention-based synthesis network. On the real-world BS-ERGB benchmark, Eltravine reaches 29.87 dB PSNR "
            "and 0.871 SSIM when interpolating one frame and 28.41 dB / 0.842 when interpolating three, improving on "
            "CBMNet by +0.94 dB and +1.12 dB, respectively. On the synthetic GoPro benchmark with simulated events, "
            "Eltravine obtains 37.2 dB PSNR (Time Lens++: 35.9 dB; Time Lens: 34.8 dB). On the far split of HS-ERGB, "
            "Eltravine improves PSNR over CBMNet by 0.6 dB. Eltravine has 3.1\u00d7 fewer parameters than CBMNet and "
            "runs at 38 ms per 970\u00d7625 frame, roughly half the runtime of Time Lens++. Failure cases concentrate "
            "in regions where flickering light sources saturate the event stream."
        ),
        "spans": [
            ("Eltravine", "M"), ("Event-Guided Video Frame Interpolation", "T"),
            ("event-guided video frame interpolation", "T"), ("Time Lens", "M"),
            ("Time Lens++", "M", {"punct": True}), ("CBMNet", "M"), ("optical flow", "T"), ("BS-ERGB", "D"),
            ("PSNR", "X"), ("SSIM", "X"), ("GoPro", "D"), ("HS-ERGB", "D"), ("parameters", "X"), ("runtime", "X"),
        ],
        "results": [
            ("29.87 dB PSNR", "PSNR", 29.87, "dB", "BS-ERGB", "Eltravine"),
            ("0.871 SSIM", "SSIM", 0.871, None, "BS-ERGB", "Eltravine"),
            ("28.41 dB", "PSNR", 28.41, "dB", "BS-ERGB", "Eltravine"),
            ("0.842", "SSIM", 0.842, None, "BS-ERGB", "Eltravine"),
            ("+0.94 dB", "PSNR", 0.94, "dB", "BS-ERGB", "Eltravine"),
            ("+1.12 dB", "PSNR", 1.12, "dB", "BS-ERGB", "Eltravine"),
            ("37.2 dB PSNR", "PSNR", 37.2, "dB", "GoPro", "Eltravine"),
            ("35.9 dB", "PSNR", 35.9, "dB", "GoPro", "Time Lens++"),
            ("34.8 dB", "PSNR", 34.8, "dB", "GoPro", "Time Lens"),
            ("improves PSNR over CBMNet by 0.6 dB", "PSNR", 0.6, "dB", "HS-ERGB", "Eltravine"),
            ("3.1\u00d7 fewer parameters", "parameters reduction", 3.1, "\u00d7", None, "Eltravine"),
            ("runs at 38 ms", "latency", 38, "ms", None, "Eltravine"),
        ],
    },
    {
        "field": "event-cameras",
        "title": "Emvalko: Unsupervised Domain Adaptation from Images to Events for Semantic Segmentation at Night",
        "text": (
            "Event cameras keep working in darkness and glare, where conventional cameras fail, yet labelled event "
            "data for semantic segmentation remain scarce. Unsupervised domain adaptation from annotated images to "
            "unlabelled events, as in ESS, is a practical alternative, but the gap between the two modalities stays "
            "large for thin structures and at night. We propose Emvalko, which first aligns an image encoder and an "
            "event encoder in a shared latent space with contrastive learning across modalities, and then refines "
            "the event branch by self-training on confidence-filtered pseudo-labels that a Mamba-based temporal "
            "aggregator smooths over time. Emvalko needs no paired images at test time and no event labels at any "
            "stage. On DSEC-Semantic, Emvalko reaches 58.6% mIoU and 87.9% accuracy, 7.2 mIoU points above ESS "
            "(51.4%) and within 4.3 points of the fully supervised EV-SegNet. On DDD17 the mIoU rises from 53.1% to "
            "59.4%. On the night sequences of DSEC-Semantic the gain over ESS grows to 11.5 points, confirming that "
            "the temporal aggregator helps most where single event windows are sparse and noisy. At inference, "
            "Emvalko runs at 62 frames per second on 640\u00d7440 inputs with 6.8 GFLOPs per frame, which makes it "
            "suitable for embedded deployment on vehicles."
        ),
        "spans": [
            ("Emvalko", "M"), ("Unsupervised Domain Adaptation", "T"), ("Semantic Segmentation", "T"),
            ("semantic segmentation", "T"), ("Unsupervised domain adaptation", "T"), ("ESS", "M"),
            ("contrastive learning", "M"), ("self-training", "M"), ("Mamba", "M"), ("DSEC-Semantic", "D"),
            ("mIoU", "X"), ("accuracy", "X"), ("EV-SegNet", "M"), ("DDD17", "D"), ("frames per second", "X"),
            ("GFLOPs", "X"),
        ],
        "results": [
            ("58.6% mIoU", "mIoU", 58.6, "%", "DSEC-Semantic", "Emvalko"),
            ("87.9% accuracy", "accuracy", 87.9, "%", "DSEC-Semantic", "Emvalko"),
            ("7.2 mIoU points", "mIoU", 7.2, "points", "DSEC-Semantic", "Emvalko"),
            ("51.4%", "mIoU", 51.4, "%", "DSEC-Semantic", "ESS"),
            ("within 4.3 points", "mIoU", 4.3, "points", "DSEC-Semantic", "Emvalko"),
            ("mIoU rises from 53.1% to 59.4%", "mIoU", 59.4, "%", "DDD17", None),
            ("gain over ESS grows to 11.5 points", "improvement", 11.5, "points", "DSEC-Semantic", None),
            ("62 frames per second", "frames per second", 62, None, None, "Emvalko"),
            ("6.8 GFLOPs", "FLOPs", 6.8, "G", None, "Emvalko"),
        ],
    },
    # ------------------------------------------------------------ urban-computing
    {
        "field": "urban-computing",
        "title": "Ekbrune: Frequency-Decoupled Spatio-Temporal Mixing for Traffic Forecasting",
        "text": (
            "Traffic forecasting on road sensor networks requires modelling daily periodicity, abrupt incidents and "
            "spatial dependencies that change with the time of day. Spatio-temporal graph neural networks such as "
            "Graph WaveNet and D2STGNN capture these with stacked graph convolutions, while recent Transformer models "
            "such as STAEformer rely on learned embeddings and full attention over sensors, whose cost grows "
            "quadratically with network size. We propose Ekbrune, an all-MLP forecaster that splits each series into "
            "low- and high-frequency bands with a learnable wavelet filter bank, mixes the low band across sensors "
            "through an adaptive adjacency matrix and predicts the high band with a gated local mixer. On METR-LA at "
            "the 60-minute horizon, Ekbrune achieves an MAE of 3.29, an RMSE of 6.88 and a MAPE of 9.41%, compared "
            "with 3.34/7.02/9.70% for STAEformer and 3.45/7.29/9.95% for Graph WaveNet. Averaged over all 12 horizons "
            "on PEMS04 and PEMS08, Ekbrune attains MAEs of 18.02 and 13.11, respectively, improving on STID by 2.6% "
            "and 3.4%. On PEMS-BAY the methods are nearly tied (1.60 for Ekbrune vs. 1.61 for STAEformer in "
            "60-minute MAE). On the full LargeST benchmark, with 8,600 sensors, Ekbrune trains 4.7\u00d7 faster per epoch "
            "than STAEformer, needs 61% less GPU memory and still reduces MAE by 5.8%. These results suggest that "
            "explicit frequency separation can replace much of the capacity that attention-based forecasters spend "
            "on periodic structure."
        ),
        "spans": [
            ("Ekbrune", "M"), ("Traffic Forecasting", "T"), ("Traffic forecasting", "T"),
            ("Spatio-temporal graph neural networks", "M"), ("Graph WaveNet", "M"), ("D2STGNN", "M"),
            ("graph convolutions", "M"), ("Transformer", "M"), ("STAEformer", "M"), ("MLP", "M"), ("METR-LA", "D"),
            ("MAE", "X"), ("RMSE", "X"), ("MAPE", "X"), ("PEMS04", "D"), ("PEMS08", "D"), ("MAEs", "X"),
            ("STID", "M"), ("PEMS-BAY", "D"), ("LargeST", "D"), ("GPU memory", "X"),
        ],
        "results": [
            ("MAE of 3.29", "MAE", 3.29, None, "METR-LA", "Ekbrune"),
            ("RMSE of 6.88", "RMSE", 6.88, None, "METR-LA", "Ekbrune"),
            ("MAPE of 9.41%", "MAPE", 9.41, "%", "METR-LA", "Ekbrune"),
            ("3.34", "MAE", 3.34, None, "METR-LA", "STAEformer"),
            ("7.02", "RMSE", 7.02, None, "METR-LA", "STAEformer"),
            ("9.70%", "MAPE", 9.7, "%", "METR-LA", "STAEformer"),
            ("3.45", "MAE", 3.45, None, "METR-LA", "Graph WaveNet"),
            ("7.29", "RMSE", 7.29, None, "METR-LA", "Graph WaveNet"),
            ("9.95%", "MAPE", 9.95, "%", "METR-LA", "Graph WaveNet"),
            ("MAEs of 18.02", "MAE", 18.02, None, "PEMS04", "Ekbrune"),
            ("13.11", "MAE", 13.11, None, "PEMS08", "Ekbrune"),
            ("by 2.6%", "MAE", 2.6, "%", "PEMS04", "Ekbrune"),
            ("3.4%", "MAE", 3.4, "%", "PEMS08", "Ekbrune"),
            ("1.60 for Ekbrune", "MAE", 1.6, None, "PEMS-BAY", "Ekbrune"),
            ("1.61 for STAEformer", "MAE", 1.61, None, "PEMS-BAY", "STAEformer"),
            ("4.7\u00d7 faster", "training speed-up", 4.7, "\u00d7", "LargeST", "Ekbrune"),
            ("61% less GPU memory", "GPU memory reduction", 61, "%", "LargeST", "Ekbrune"),
            ("reduces MAE by 5.8%", "MAE reduction", 5.8, "%", "LargeST", "Ekbrune"),
        ],
    },
    {
        "field": "urban-computing",
        "title": "Elquorra: Prompting Small Language Models with Similar Trajectories for Next POI Recommendation",
        "text": (
            "Next POI recommendation predicts where a user will check in next from the current trajectory and the "
            "user's longer history. Graph-based models such as GETNext and STHGCN learn transition patterns shared "
            "across users, and LLM4POI showed that large language models (LLMs) fine-tuned on trajectory prompts can "
            "reason jointly about time and place, at the price of a 7B-parameter backbone. We present Elquorra, which "
            "retrieves the trajectories of other users that are most similar to the current one from a "
            "spatio-temporal index and inserts them, compressed into POI-category and time-slot tokens, into the "
            "prompt of a 1.5B-parameter language model fine-tuned with LoRA. On Foursquare NYC, Foursquare TKY and "
            "Gowalla-CA, Elquorra reaches an Acc@1 of 0.3627, 0.3318 and 0.2216, respectively, surpassing LLM4POI "
            "(0.3372, 0.3035, 0.1815) and STHGCN (0.2734, 0.2950, 0.1730). Acc@5 and NDCG@5 follow the same "
            "ranking, with the largest margin on the sparse Gowalla-CA data, where NDCG@5 improves by 14.8% over "
            "LLM4POI. The gains concentrate on inactive users and on trajectories of fewer than three check-ins, for "
            "which the retrieved neighbours stand in for the missing history. With its smaller backbone, Elquorra "
            "answers a query in 86 ms on a single A10 GPU, compared with 390 ms for LLM4POI, which makes on-device "
            "deployment in map applications plausible."
        ),
        "spans": [
            ("Elquorra", "M"), ("Small Language Models", "M"), ("Next POI Recommendation", "T"),
            ("Next POI recommendation", "T"), ("GETNext", "M"), ("STHGCN", "M"), ("LLM4POI", "M"),
            ("large language models", "M"), ("LLMs", "M"), ("language model", "M"), ("LoRA", "M"),
            ("Foursquare NYC", "D"), ("Foursquare TKY", "D"), ("Gowalla-CA", "D"), ("Acc@1", "X"), ("Acc@5", "X"),
            ("NDCG@5", "X"),
        ],
        "results": [
            ("Acc@1 of 0.3627", "Acc@1", 0.3627, None, "Foursquare NYC", "Elquorra"),
            ("0.3318", "Acc@1", 0.3318, None, "Foursquare TKY", "Elquorra"),
            ("0.2216", "Acc@1", 0.2216, None, "Gowalla-CA", "Elquorra"),
            ("0.3372", "Acc@1", 0.3372, None, "Foursquare NYC", "LLM4POI"),
            ("0.3035", "Acc@1", 0.3035, None, "Foursquare TKY", "LLM4POI"),
            ("0.1815", "Acc@1", 0.1815, None, "Gowalla-CA", "LLM4POI"),
            ("0.2734", "Acc@1", 0.2734, None, "Foursquare NYC", "STHGCN"),
            ("0.2950", "Acc@1", 0.295, None, "Foursquare TKY", "STHGCN"),
            ("0.1730", "Acc@1", 0.173, None, "Gowalla-CA", "STHGCN"),
            ("NDCG@5 improves by 14.8%", "NDCG@5", 14.8, "%", "Gowalla-CA", None),
            ("answers a query in 86 ms", "latency", 86, "ms", None, "Elquorra"),
            ("390 ms for LLM4POI", "latency", 390, "ms", None, "LLM4POI"),
        ],
    },
    {
        "field": "urban-computing",
        "title": "Emtrelle: Fusing Mobility, POIs and Street-View Imagery for Urban Region Representation Learning",
        "text": (
            "Urban region representation learning maps each region of a city to a vector that supports downstream "
            "tasks such as crime prediction, check-in prediction and land use classification. Most methods, from "
            "MVURE and MGFN to HREP, learn from human mobility and POI data alone, and the recent UrbanCLIP adds "
            "satellite imagery through a CLIP-style objective but ignores mobility. We propose Emtrelle, which "
            "represents a city as several graphs over the same regions, built from taxi flows, POI co-occurrence and "
            "street-view similarity, encodes each with a graph attention network, and fuses them with a cross-view "
            "Transformer trained as a masked graph autoencoder. On the NYC dataset of prior work, Emtrelle lowers the "
            "MAE of crime prediction to 56.3 and of check-in prediction to 251.2, against 64.1 and 287.4 for "
            "HAFusion, the strongest baseline, and raises R\u00b2 to 0.61 and 0.86, respectively. For land use "
            "classification, Emtrelle reaches an NMI of 0.79 and an ARI of 0.58 when its embeddings are clustered "
            "with k-means. Emtrelle also generalizes to other cities: on the Chicago and San Francisco datasets, it "
            "improves the R\u00b2 of crime prediction over HAFusion by 0.07 and 0.09, respectively. An ablation shows "
            "that the street-view graph contributes most in neighbourhoods with sparse taxi coverage, where mobility "
            "alone leaves regions poorly described."
        ),
        "spans": [
            ("Emtrelle", "M"), ("Urban Region Representation Learning", "T"),
            ("Urban region representation learning", "T"), ("crime prediction", "T"), ("check-in prediction", "T"),
            ("land use classification", "T"), ("MVURE", "M"), ("MGFN", "M"), ("HREP", "M"), ("UrbanCLIP", "M"),
            ("CLIP", "M"), ("graph attention network", "M"), ("Transformer", "M"), ("masked graph autoencoder", "M"),
            ("NYC", "D"), ("MAE", "X"), ("HAFusion", "M"), ("R\u00b2", "X"), ("NMI", "X"), ("ARI", "X"),
            ("k-means", "M"), ("Chicago", "D"), ("San Francisco", "D"),
        ],
        "results": [
            ("MAE of crime prediction to 56.3", "MAE", 56.3, None, "NYC", "Emtrelle"),
            ("check-in prediction to 251.2", "MAE", 251.2, None, "NYC", "Emtrelle"),
            ("64.1", "MAE", 64.1, None, "NYC", "HAFusion"),
            ("287.4", "MAE", 287.4, None, "NYC", "HAFusion"),
            ("raises R\u00b2 to 0.61", "R\u00b2", 0.61, None, "NYC", "Emtrelle"),
            ("0.86", "R\u00b2", 0.86, None, "NYC", "Emtrelle"),
            ("NMI of 0.79", "NMI", 0.79, None, None, "Emtrelle"),
            ("ARI of 0.58", "ARI", 0.58, None, None, "Emtrelle"),
            ("by 0.07", "R\u00b2", 0.07, None, "Chicago", "Emtrelle"),
            ("0.09", "R\u00b2", 0.09, None, "San Francisco", "Emtrelle"),
        ],
    },
    {
        "field": "urban-computing",
        "title": "Eldavix: One Trajectory Encoder for Travel Time Estimation, Similarity Search and Destination "
                 "Prediction",
        "text": (
            "Vehicle trajectories recorded by ride-hailing platforms feed many downstream applications, yet most "
            "deployed systems still train a separate model for each of them. Trajectory representation learning "
            "methods such as t2vec, Toast, START and JGRM pre-train a shared encoder, but they treat GPS points or road "
            "segments as tokens and largely ignore what happens at intersections, where much of a trip's duration is "
            "spent. We present Eldavix, which encodes a map-matched trajectory as a sequence of intersection "
            "transitions with a road-network-aware Transformer and pre-trains it with two objectives: recovering "
            "masked spans along the road graph and aligning a trajectory with its time-shifted variants. We pre-train "
            "once per city and fine-tune lightweight heads on the Chengdu and Xi'an datasets released by DiDi and on "
            "Porto. For travel time estimation on Chengdu, Eldavix reduces the MAE from 99.7 s with START to 87.2 s "
            "and the MAPE from 12.8% to 11.1%. In trajectory similarity search on Porto, Eldavix obtains a mean rank "
            "of 1.42 and an HR@10 of 0.934, compared with 2.07 and 0.891 for JGRM. Destination prediction accuracy "
            "(Acc@1) improves by 3.9 and 4.6 points on Chengdu and Xi'an, respectively. Moreover, an encoder "
            "pre-trained on one city transfers to the other with only a tenth of its labelled trajectories while "
            "losing less than one point of Acc@1."
        ),
        "spans": [
            ("Eldavix", "M"), ("Travel Time Estimation", "T"), ("Similarity Search", "T"),
            ("Destination Prediction", "T"), ("Trajectory representation learning", "T"), ("t2vec", "M"),
            ("Toast", "M"), ("START", "M"), ("JGRM", "M"), ("Transformer", "M"), ("Chengdu", "D"), ("Xi'an", "D"),
            ("Porto", "D"), ("travel time estimation", "T"), ("MAE", "X"), ("MAPE", "X"),
            ("trajectory similarity search", "T"), ("mean rank", "X"), ("HR@10", "X"),
            ("Destination prediction", "T"), ("accuracy", "X"), ("Acc@1", "X"),
        ],
        "results": [
            ("MAE from 99.7 s", "MAE", 99.7, "s", "Chengdu", "START"),
            ("87.2 s", "MAE", 87.2, "s", "Chengdu", "Eldavix"),
            ("MAPE from 12.8% to 11.1%", "MAPE", 11.1, "%", "Chengdu", "Eldavix"),
            ("mean rank of 1.42", "mean rank", 1.42, None, "Porto", "Eldavix"),
            ("HR@10 of 0.934", "HR@10", 0.934, None, "Porto", "Eldavix"),
            ("2.07", "mean rank", 2.07, None, "Porto", "JGRM"),
            ("0.891", "HR@10", 0.891, None, "Porto", "JGRM"),
            ("improves by 3.9", "Acc@1", 3.9, "points", "Chengdu", None),
            ("4.6 points", "Acc@1", 4.6, "points", "Xi'an", None),
        ],
    },
    {
        "field": "urban-computing",
        "title": "Emquilla: Few-Shot Urban Flow Prediction in Unseen Cities via Spatio-Temporal Prompts",
        "text": (
            "Spatio-temporal foundation models such as UniST and OpenCity promise accurate predictions in new cities without "
            "task-specific training, but their zero-shot accuracy still lags well behind that of models trained on "
            "local data, and full fine-tuning erases much of what was learned during pre-training. We present "
            "Emquilla for few-shot urban flow prediction: a 38M-parameter spatio-temporal Transformer, pre-trained on "
            "crowd, taxi and bike flows from 14 cities, that adapts to a new city by learning only a small bank of "
            "spatial and temporal prompts (0.4% of its weights) from a few days of data. On TaxiBJ, BikeNYC and "
            "TaxiNYC, with only three days of target-city data, Emquilla lowers the MAE by 8.7\u201315.2% relative to "
            "UniST and by 12.0\u201321.9% relative to OpenCity. Given the full training sets, Emquilla comes within 2% "
            "RMSE of the task-specific STID and ST-SSL. In zero-shot transfer to the held-out CHIBike dataset, "
            "Emquilla obtains an RMSE of 21.4, whereas UniST and OpenCity reach 24.9 and 23.7, respectively. Emquilla "
            "adapts to a city in under 4 minutes on a single GPU, 9\u00d7 faster than full fine-tuning. We further "
            "find that the learned temporal prompts recover city-specific rush-hour offsets, which makes them a "
            "compact and interpretable description of local mobility rhythms."
        ),
        "spans": [
            ("Emquilla", "M"), ("Few-Shot Urban Flow Prediction", "T"), ("few-shot urban flow prediction", "T"),
            ("Spatio-temporal foundation models", "M"), ("UniST", "M"), ("OpenCity", "M"),
            ("zero-shot accuracy", "X"), ("full fine-tuning", "M"), ("Transformer", "M"), ("TaxiBJ", "D"),
            ("BikeNYC", "D"), ("TaxiNYC", "D"), ("MAE", "X"), ("RMSE", "X"), ("STID", "M"), ("ST-SSL", "M"),
            ("CHIBike", "D"),
        ],
        "results": [
            ("lowers the MAE by 8.7\u201315.2%", "MAE reduction", 15.2, "%", None, "Emquilla", {"low": 8.7}),
            ("12.0\u201321.9%", "MAE reduction", 21.9, "%", None, "Emquilla", {"low": 12.0}),
            ("within 2% RMSE", "RMSE", 2, "%", None, "Emquilla"),
            ("RMSE of 21.4", "RMSE", 21.4, None, "CHIBike", "Emquilla"),
            ("24.9", "RMSE", 24.9, None, "CHIBike", "UniST"),
            ("23.7", "RMSE", 23.7, None, "CHIBike", "OpenCity"),
            ("in under 4 minutes", "adaptation time", 4, "min", None, "Emquilla"),
            ("9\u00d7 faster", "speed-up", 9, "\u00d7", None, "Emquilla"),
        ],
    },
    {
        "field": "urban-computing",
        "title": "Ekzorith: Learning When Neighbouring Intersections Should Talk for Traffic Signal Control",
        "text": (
            "Multi-agent reinforcement learning has become the dominant approach to traffic signal control, with "
            "methods such as CoLight and Advanced-CoLight exchanging information between neighbouring intersections "
            "through graph attention. These methods communicate at every step with every neighbour, which is costly "
            "on real controller networks and brittle when links drop. We propose Ekzorith, a decentralized "
            "controller trained with PPO in which each intersection also learns a gating policy that decides, from "
            "its local pressure, whether to broadcast its state and which neighbours to listen to; the gating policy "
            "is optimized jointly with the signal policy under a bandwidth penalty. We evaluate in the CityFlow "
            "simulator on the real-world road networks and traffic flows of Jinan (12 intersections), Hangzhou (16) "
            "and New York (196). Ekzorith reduces the average travel time to 248.1 s, 281.9 s and 1,012 s, "
            "respectively, compared with 266.5 s, 297.3 s and 1,114 s for Advanced-CoLight and 304.2 s, 326.8 s and "
            "1,487 s for MPLight, while sending 71% fewer messages than CoLight. Under 20% random link failures, the "
            "average travel time of Ekzorith in New York increases by only 3.1%, against 18.6% for CoLight. A policy "
            "trained on Jinan transfers to Hangzhou with a 6.4% higher travel time than one trained in place. In New "
            "York, Ekzorith's throughput is 9.2% higher than that of MaxPressure."
        ),
        "spans": [
            ("Ekzorith", "M"), ("Traffic Signal Control", "T"), ("traffic signal control", "T"),
            ("Multi-agent reinforcement learning", "M"), ("CoLight", "M"), ("Advanced-CoLight", "M"),
            ("graph attention", "M"), ("PPO", "M"), ("Jinan", "D"), ("Hangzhou", "D"), ("New York", "D"),
            ("average travel time", "X"), ("travel time", "X"), ("MPLight", "M"), ("throughput", "X"),
            ("MaxPressure", "M"),
        ],
        "results": [
            ("average travel time to 248.1 s", "travel time", 248.1, "s", "Jinan", "Ekzorith"),
            ("281.9 s", "travel time", 281.9, "s", "Hangzhou", "Ekzorith"),
            ("1,012 s", "travel time", 1012, "s", "New York", "Ekzorith"),
            ("266.5 s", "travel time", 266.5, "s", "Jinan", "Advanced-CoLight"),
            ("297.3 s", "travel time", 297.3, "s", "Hangzhou", "Advanced-CoLight"),
            ("1,114 s", "travel time", 1114, "s", "New York", "Advanced-CoLight"),
            ("304.2 s", "travel time", 304.2, "s", "Jinan", "MPLight"),
            ("326.8 s", "travel time", 326.8, "s", "Hangzhou", "MPLight"),
            ("1,487 s", "travel time", 1487, "s", "New York", "MPLight"),
            ("71% fewer messages", "messages reduction", 71, "%", None, "Ekzorith"),
            ("increases by only 3.1%", "travel time", 3.1, "%", "New York", "Ekzorith"),
            ("18.6% for CoLight", "travel time", 18.6, "%", "New York", "CoLight"),
            ("6.4% higher travel time", "travel time", 6.4, "%", "Hangzhou", None),
            ("throughput is 9.2% higher", "throughput", 9.2, "%", "New York", "Ekzorith"),
        ],
    },
]
