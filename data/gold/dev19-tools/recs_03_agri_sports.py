"""dev19 records: agriculture-remote (6) and sports-video (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Wendleaf", "Wolderon", "Wispbloom", "WarrowFields", "Weskett", "Wintrel",
          "Wovenstride", "Whiskra", "Wobbix", "Wenderly", "Wexplay", "Wyndmark"]

RECS = [
    # ------------------------------------------------------------ agriculture-remote
    {
        "field": "agriculture-remote",
        "title": "Wendleaf: Phenology-Aligned Temporal Attention for Crop Type Mapping from Irregular Sentinel-2 Time Series",
        "text": (
            "Crop type mapping from optical satellite image time series is hampered by clouds, which leave each "
            "parcel with an irregular and region-specific set of observations. Attention-based encoders such as the "
            "Lightweight Temporal Attention Encoder (L-TAE) and TSViT assume a shared calendar of acquisition dates "
            "and degrade when transferred to regions with a different cloud regime. We present Wendleaf, a temporal "
            "encoder that warps every pixel's sequence onto a learned phenological time axis before attention, using "
            "a monotone neural ODE conditioned on growing degree days. Wendleaf plugs into the U-TAE backbone "
            "without other changes. On PASTIS, Wendleaf reaches 66.8 mIoU for semantic segmentation of "
            "agricultural parcels, compared with 63.1 for U-TAE and 65.4 for TSViT, and lifts panoptic quality (PQ) "
            "from 43.8 to 45.9. For crop type classification on BreizhCrops it obtains an overall accuracy (OA) of "
            "82.4% and a macro F1 of 61.7%. The largest gains appear under distribution shift: trained on three "
            "Breton regions of BreizhCrops and tested on the fourth, OA drops by only 1.9 points, against 6.3 points "
            "for L-TAE. On the EuroCrops subset covering Slovenia, Estonia and Austria, Wendleaf improves macro F1 by "
            "4.6 points on average. The phenological warping adds 12% to inference time, and we find that the learned "
            "time axis correlates closely with ground-observed emergence and flowering dates."
        ),
        "spans": [
            ("Wendleaf", "M"), ("Crop Type Mapping", "T"), ("Crop type mapping", "T"), ("Sentinel-2", "D"),
            ("Lightweight Temporal Attention Encoder", "M"), ("L-TAE", "M"), ("TSViT", "M"), ("neural ODE", "M"),
            ("U-TAE", "M"), ("PASTIS", "D"), ("mIoU", "X"), ("semantic segmentation", "T"),
            ("panoptic quality", "X"), ("PQ", "X"), ("crop type classification", "T"), ("BreizhCrops", "D"),
            ("overall accuracy", "X"), ("OA", "X"), ("macro F1", "X"), ("EuroCrops", "D"),
            ("inference time", "X"),
        ],
        "results": [
            ("66.8 mIoU", "mIoU", 66.8, None, "PASTIS", "Wendleaf"),
            ("63.1", "mIoU", 63.1, None, "PASTIS", "U-TAE"),
            ("65.4", "mIoU", 65.4, None, "PASTIS", "TSViT"),
            ("panoptic quality (PQ) from 43.8 to 45.9", "panoptic quality", 45.9, None, "PASTIS", "Wendleaf"),
            ("overall accuracy (OA) of 82.4%", "overall accuracy", 82.4, "%", "BreizhCrops", None),
            ("macro F1 of 61.7%", "macro F1", 61.7, "%", "BreizhCrops", None),
            ("OA drops by only 1.9 points", "overall accuracy", 1.9, "points", "BreizhCrops", None),
            ("6.3 points", "overall accuracy", 6.3, "points", "BreizhCrops", "L-TAE"),
            ("macro F1 by 4.6 points", "macro F1", 4.6, "points", "EuroCrops", "Wendleaf"),
            ("adds 12% to inference time", "inference time", 12, "%", None, None),
        ],
    },
    {
        "field": "agriculture-remote",
        "title": "Calibrated In-Season Crop Yield Prediction with Multimodal Transformers and Quantile Regression",
        "text": (
            "Accurate in-season crop yield prediction supports food security planning and commodity markets, yet "
            "county-level models in the United States still rely largely on hand-crafted vegetation indices. We "
            "introduce Wolderon, a multimodal Transformer that fuses MODIS surface reflectance histograms, daily "
            "Daymet weather and SSURGO soil properties through modality-specific tokens, and is trained with quantile "
            "regression so that it outputs calibrated prediction intervals. Wolderon is pre-trained with masked "
            "autoencoding on weather sequences and then fine-tuned on USDA county yield statistics for 1,148 counties "
            "between 2003 and 2022. We compare against the CNN-LSTM of Sun et al., the deep Gaussian process (Deep "
            "GP) of You et al., XGBoost and the Prithvi geospatial foundation model. On the 2019\u20132022 test years, "
            "Wolderon predicts soybean yield with an RMSE of 4.21 bu/ac and an R\u00b2 of 0.81 at the end of the "
            "season, while Deep GP and CNN-LSTM reach RMSEs of 5.37 and 4.96 bu/ac, respectively. For corn the RMSE "
            "is 14.8 bu/ac (R\u00b2: 0.77). Forecasts issued in mid-August, two months before harvest, have an RMSE "
            "only 6% higher than end-of-season forecasts. The empirical coverage of the nominal 80% prediction "
            "intervals is 78.6%. Attribution maps show that the model relies on July precipitation and August "
            "temperatures, in agreement with agronomic knowledge, although yields in the 2012 drought remain poorly "
            "predicted."
        ),
        "spans": [
            ("In-Season Crop Yield Prediction", "T"), ("in-season crop yield prediction", "T"), ("Transformers", "M"),
            ("Quantile Regression", "M"), ("quantile regression", "M"), ("Wolderon", "M"), ("Transformer", "M"),
            ("MODIS", "D"), ("Daymet", "D"), ("SSURGO", "D"), ("masked autoencoding", "M"), ("CNN-LSTM", "M"),
            ("deep Gaussian process", "M"), ("Deep GP", "M"), ("XGBoost", "M"), ("Prithvi", "M"), ("RMSE", "X"),
            ("RMSEs", "X"), ("R\u00b2", "X"), ("empirical coverage", "X"),
        ],
        "results": [
            ("RMSE of 4.21 bu/ac", "RMSE", 4.21, "bu/ac", None, "Wolderon"),
            ("R\u00b2 of 0.81", "R\u00b2", 0.81, None, None, "Wolderon"),
            ("RMSEs of 5.37", "RMSE", 5.37, "bu/ac", None, "Deep GP"),
            ("4.96 bu/ac", "RMSE", 4.96, "bu/ac", None, "CNN-LSTM"),
            ("RMSE is 14.8 bu/ac", "RMSE", 14.8, "bu/ac", None, None),
            ("R\u00b2: 0.77", "R\u00b2", 0.77, None, None, None),
            ("RMSE only 6% higher", "RMSE", 6, "%", None, None),
            ("empirical coverage of the nominal 80% prediction intervals is 78.6%", "empirical coverage", 78.6, "%",
             None, None),
        ],
    },
    {
        "field": "agriculture-remote",
        "title": "Wispbloom: Symptom-Described Prompts for Few-Shot Plant Disease Recognition in the Field",
        "text": (
            "Plant disease recognition models trained on PlantVillage reach near-perfect accuracy on laboratory "
            "images but collapse on photographs taken in the field, where leaves overlap, lighting varies and "
            "symptoms are small. We propose Wispbloom, which adapts a frozen CLIP ViT-B/16 encoder with learnable "
            "prompts generated from symptom descriptions written by plant pathologists, together with a lightweight "
            "lesion-aware adapter. With only five labelled images per class, Wispbloom attains a top-1 accuracy of "
            "71.9% on PlantDoc, compared with 58.4% for CoOp, 63.0% for Tip-Adapter and 66.2% for a fully fine-tuned "
            "ConvNeXt-T that sees all training images. On the Cassava Leaf Disease dataset it reaches 84.3% and "
            "88.7% accuracy in the 5-shot and 16-shot settings, respectively. Under domain shift, training on "
            "PlantVillage and testing on PlantDoc, top-1 accuracy improves from 31.5% to 52.8%. Wispbloom also "
            "transfers to lesion localization: used as a detection head on YOLOv8-S, it improves mAP@0.5 on the "
            "PlantDoc detection split by 5.1 points (38.2 \u2192 43.3). Inference runs at 9 ms per image on an RTX "
            "3060 laptop GPU, fast enough for deployment on a tractor-mounted camera. We release the symptom "
            "descriptions for all 38 disease classes, together with the prompts and the evaluation splits."
        ),
        "spans": [
            ("Wispbloom", "M"), ("Few-Shot Plant Disease Recognition", "T"), ("Plant disease recognition", "T"),
            ("PlantVillage", "D"), ("accuracy", "X"), ("CLIP ViT-B/16", "M"), ("top-1 accuracy", "X"),
            ("PlantDoc", "D"), ("CoOp", "M"), ("Tip-Adapter", "M"), ("ConvNeXt-T", "M"),
            ("Cassava Leaf Disease", "D"), ("lesion localization", "T"), ("YOLOv8-S", "M"), ("mAP@0.5", "X"),
        ],
        "results": [
            ("top-1 accuracy of 71.9%", "top-1 accuracy", 71.9, "%", "PlantDoc", "Wispbloom"),
            ("58.4% for CoOp", "top-1 accuracy", 58.4, "%", "PlantDoc", "CoOp"),
            ("63.0% for Tip-Adapter", "top-1 accuracy", 63.0, "%", "PlantDoc", "Tip-Adapter"),
            ("66.2% for a fully fine-tuned ConvNeXt-T", "top-1 accuracy", 66.2, "%", "PlantDoc", "ConvNeXt-T"),
            ("84.3%", "accuracy", 84.3, "%", "Cassava Leaf Disease", None),
            ("88.7% accuracy", "accuracy", 88.7, "%", "Cassava Leaf Disease", None),
            ("top-1 accuracy improves from 31.5% to 52.8%", "top-1 accuracy", 52.8, "%", "PlantDoc", None),
            ("mAP@0.5 on the PlantDoc detection split by 5.1 points", "mAP@0.5", 5.1, "points", "PlantDoc",
             "Wispbloom"),
            ("43.3", "mAP@0.5", 43.3, None, "PlantDoc", "Wispbloom"),
            ("Inference runs at 9 ms per image", "inference time", 9, "ms", None, None),
        ],
    },
    {
        "field": "agriculture-remote",
        "title": "Delineating Smallholder Field Boundaries Across Continents: The WarrowFields Benchmark and a Boundary-Aware Baseline",
        "text": (
            "Agricultural field boundary delineation underpins parcel-level monitoring, subsidies and insurance, but "
            "public benchmarks such as AI4Boundaries and Fields of The World (FTW) are dominated by large, regularly "
            "shaped fields in Europe and North America. We introduce WarrowFields, a benchmark of 41,600 manually "
            "digitized field polygons drawn over PlanetScope imagery at 3 m resolution in smallholder landscapes of "
            "Kenya, Ethiopia, India and Vietnam, where the median field is smaller than 0.5 ha. Alongside the data "
            "we release a boundary-aware baseline that couples a ResUNet-a backbone with a distance-transform head "
            "and a SAM-based refinement step, followed by watershed post-processing that turns predicted extents "
            "into closed polygons. Existing models transfer poorly: FTW's released U-Net, trained on 25 countries, "
            "obtains an object-level IoU of only 0.31 on WarrowFields, and fine-tuning it on our training split "
            "lifts this to 0.52. Our baseline reaches 0.58 object IoU and a boundary F1 of 0.64 at a 2-pixel "
            "tolerance. Error analysis shows that fragmentation of fields divided by faint footpaths, rather than "
            "the placement of boundaries, accounts for most remaining errors, and that intercropped plots are "
            "frequently merged. We hope the benchmark will drive methods that generalize to the farming systems "
            "that produce a large share of the world's food."
        ),
        "spans": [
            ("WarrowFields", "D"), ("field boundary delineation", "T"), ("AI4Boundaries", "D"),
            ("Fields of The World", "D"), ("FTW", "D"), ("PlanetScope", "D"), ("ResUNet-a", "M"), ("SAM", "M"),
            ("watershed", "M"), ("U-Net", "M"), ("object-level IoU", "X"), ("object IoU", "X"),
            ("boundary F1", "X"),
        ],
        "results": [
            ("object-level IoU of only 0.31", "object-level IoU", 0.31, None, "WarrowFields", "U-Net"),
            ("lifts this to 0.52", "object-level IoU", 0.52, None, "WarrowFields", None),
            ("0.58 object IoU", "object-level IoU", 0.58, None, None, None),
            ("boundary F1 of 0.64", "boundary F1", 0.64, None, None, None),
        ],
    },
    {
        "field": "agriculture-remote",
        "title": "Weskett: Label-Efficient Crop Mapping via Self-Supervised Pretraining on Fused Radar-Optical Time Series",
        "text": (
            "Self-supervised pretraining on unlabelled Earth observation archives promises label-efficient crop "
            "mapping, but most remote sensing foundation models, including SatMAE and Prithvi-100M, were pretrained "
            "on optical imagery alone, and pixel-level models such as Presto treat radar as just another input "
            "channel. We present Weskett, a pixel time-series encoder pretrained with masked autoencoding combined "
            "with contrastive learning on 21 million Sentinel-1 and Sentinel-2 pixel time series sampled across six "
            "continents. During pretraining, entire months and entire modalities are masked, so that the model learns "
            "to fill cloudy periods from radar backscatter. All evaluations use frozen features unless stated "
            "otherwise. On the CropHarvest benchmark, Weskett obtains an average F1 of 0.861 over its three "
            "evaluation regions (Presto: 0.832; Random Forest: 0.779). For binary cropland mapping in Togo, AUC rises "
            "from 0.889 to 0.917. For crop type segmentation on PASTIS-R, which pairs Sentinel-2 with Sentinel-1 "
            "observations, Weskett, fine-tuned inside U-TAE, yields 68.3 mIoU, 1.4 above the strongest published "
            "fusion model, and with only 10% of the labels it retains 94.5% of its full-label mIoU. With 2.2M "
            "parameters, Weskett is 45\u00d7 smaller than Prithvi-100M and encodes a 10,000 km\u00b2 tile in under "
            "4 minutes on a single GPU. Gains are smallest for perennial crops such as orchards and vineyards, whose "
            "annual cycle carries little information."
        ),
        "spans": [
            ("Weskett", "M"), ("Crop Mapping", "T"), ("crop mapping", "T"), ("Self-Supervised Pretraining", "M"),
            ("Self-supervised pretraining", "M"), ("SatMAE", "M"), ("Prithvi-100M", "M"), ("Presto", "M"),
            ("masked autoencoding", "M"), ("contrastive learning", "M"), ("Sentinel-1", "D"), ("Sentinel-2", "D"),
            ("CropHarvest", "D"), ("average F1", "X"), ("Random Forest", "M"), ("cropland mapping", "T"),
            ("AUC", "X"), ("crop type segmentation", "T"), ("PASTIS-R", "D"), ("U-TAE", "M"), ("mIoU", "X"),
        ],
        "results": [
            ("average F1 of 0.861", "F1", 0.861, None, "CropHarvest", "Weskett"),
            ("0.832", "F1", 0.832, None, "CropHarvest", "Presto"),
            ("0.779", "F1", 0.779, None, "CropHarvest", "Random Forest"),
            ("AUC rises from 0.889 to 0.917", "AUC", 0.917, None, None, None),
            ("68.3 mIoU", "mIoU", 68.3, None, "PASTIS-R", "Weskett"),
            ("1.4 above the strongest published fusion model", "mIoU", 1.4, None, "PASTIS-R", "Weskett"),
            ("retains 94.5% of its full-label mIoU", "relative mIoU", 94.5, "%", "PASTIS-R", "Weskett"),
            ("45\u00d7 smaller", "model size reduction", 45, "\u00d7", None, "Weskett"),
            ("in under 4 minutes", "encoding time", 4, "min", None, "Weskett"),
        ],
    },
    {
        "field": "agriculture-remote",
        "title": "Wintrel: Open-Vocabulary Weed Segmentation from UAV Imagery with Agronomist-in-the-Loop Refinement",
        "text": (
            "Site-specific weed management requires pixel-accurate maps of weeds within crop rows, but annotating "
            "drone imagery for every field, crop and growth stage is impractical. Closed-set networks such as "
            "DeepLabv3+ and SegFormer trained on benchmarks like WeedMap or the Sugar Beets 2016 dataset "
            "recognise only the species they were trained on and fail when a new weed appears. We present Wintrel, "
            "an open-vocabulary semantic segmentation approach for unmanned aerial vehicle (UAV) imagery that combines "
            "Grounding DINO box proposals, mask prediction with SAM 2 and a vegetation-index prior that suppresses "
            "soil and crop residue. An agronomist corrects a handful of masks per field through a point-and-click "
            "interface, and the corrections are distilled into a compact SegFormer-B0 student that runs onboard the "
            "drone. We evaluate on WeedMap, on the CoFly-WeedDB collection and on a new set of 312 multispectral "
            "orthomosaics from maize, sunflower and soybean fields in three European countries. Across these, "
            "Wintrel outperforms closed-set baselines on unseen weed species while matching them on the species they "
            "were trained on, and a few minutes of agronomist feedback per field closes much of the remaining gap to "
            "fully supervised training. We analyse failure cases caused by crop\u2013weed occlusion at late growth "
            "stages and by long shadows at low sun angles, and release the orthomosaics together with the correction "
            "logs."
        ),
        "spans": [
            ("Wintrel", "M"), ("Open-Vocabulary Weed Segmentation", "T"), ("DeepLabv3+", "M", {"punct": True}),
            ("SegFormer", "M"), ("WeedMap", "D"), ("Sugar Beets 2016", "D"),
            ("open-vocabulary semantic segmentation", "T"), ("Grounding DINO", "M"), ("SAM 2", "M"),
            ("SegFormer-B0", "M"), ("CoFly-WeedDB", "D"),
        ],
        "results": [],
    },
    # ------------------------------------------------------------ sports-video
    {
        "field": "sports-video",
        "title": "Wovenstride: Appearance-Free Association for Multi-Object Tracking of Players in Similar Uniforms",
        "text": (
            "Multi-object tracking (MOT) in team sports is harder than pedestrian tracking: players of the same team "
            "wear near-identical uniforms, move non-linearly and occlude each other in tight clusters. "
            "Tracking-by-detection methods such as ByteTrack and OC-SORT rely on Kalman filter motion models that "
            "break down during sudden changes of direction, while appearance cues from re-identification (ReID) "
            "networks are weak when jerseys look alike. We propose Wovenstride, an association module that replaces "
            "the Kalman filter with a learned trajectory forecaster conditioned on the positions of all players, and "
            "matches detections with a transformer over motion and jersey-number tokens. With a YOLOX-X detector "
            "shared across methods, Wovenstride reaches 78.6 HOTA, 82.9 IDF1 and 97.1 MOTA on the SportsMOT test "
            "set, improving HOTA by 4.5 over MixSort-OC and by 14.5 over ByteTrack. Its association accuracy (AssA) "
            "is 68.4, compared with 62.1 for Deep-OC-SORT. On SoccerNet-Tracking, HOTA rises from 71.5 to 75.2 and "
            "identity switches fall by 31%. On the basketball subset of SportsMOT, where occlusions are densest, "
            "the gain in IDF1 is largest (+9.3). The forecaster adds 2.8 ms per frame, and the full tracker runs at "
            "41 FPS on an RTX 4090."
        ),
        "spans": [
            ("Wovenstride", "M"), ("Multi-Object Tracking", "T"), ("Multi-object tracking", "T"), ("MOT", "T"),
            ("pedestrian tracking", "T"), ("Tracking-by-detection", "M"), ("ByteTrack", "M"), ("OC-SORT", "M"),
            ("Kalman filter", "M"), ("re-identification", "T"), ("ReID", "T"), ("transformer", "M"),
            ("YOLOX-X", "M"), ("HOTA", "X"), ("IDF1", "X"), ("MOTA", "X"), ("SportsMOT", "D"),
            ("MixSort-OC", "M"), ("association accuracy", "X"), ("AssA", "X"), ("Deep-OC-SORT", "M"),
            ("SoccerNet-Tracking", "D"), ("identity switches", "X"), ("FPS", "X"),
        ],
        "results": [
            ("78.6 HOTA", "HOTA", 78.6, None, "SportsMOT", "Wovenstride"),
            ("82.9 IDF1", "IDF1", 82.9, None, "SportsMOT", "Wovenstride"),
            ("97.1 MOTA", "MOTA", 97.1, None, "SportsMOT", "Wovenstride"),
            ("HOTA by 4.5", "HOTA", 4.5, None, "SportsMOT", "Wovenstride"),
            ("by 14.5 over ByteTrack", "HOTA", 14.5, None, "SportsMOT", "Wovenstride"),
            ("association accuracy (AssA) is 68.4", "AssA", 68.4, None, None, None),
            ("62.1 for Deep-OC-SORT", "AssA", 62.1, None, None, "Deep-OC-SORT"),
            ("HOTA rises from 71.5 to 75.2", "HOTA", 75.2, None, "SoccerNet-Tracking", None),
            ("identity switches fall by 31%", "identity switches reduction", 31, "%", "SoccerNet-Tracking", None),
            ("IDF1 is largest (+9.3)", "IDF1", 9.3, None, "SportsMOT", None),
            ("adds 2.8 ms per frame", "forecasting time", 2.8, "ms", None, None),
            ("41 FPS", "FPS", 41, None, None, None),
        ],
    },
    {
        "field": "sports-video",
        "title": "Spotting Ball Actions at Frame Precision: Whiskra, a Dense Temporal Decoder for Soccer Video",
        "text": (
            "Action spotting localizes instantaneous events, such as goals, passes and fouls, in long untrimmed "
            "sports videos with a single timestamp each. On the SoccerNet-v2 benchmark, methods built on frozen "
            "ResNet-152 features followed by NetVLAD++ or Transformer heads perform well under loose tolerances but "
            "poorly under tight ones, because extracting features at 2 fps discards fine temporal cues. We propose "
            "Whiskra, an end-to-end spotting model that processes raw frames at 25 fps with a RegNetY-008 backbone "
            "enriched by gate-shift modules, and decodes actions with a bidirectional state-space model followed by "
            "a displacement head that refines each prediction to the exact frame. On SoccerNet-v2, Whiskra obtains "
            "a tight Average-mAP of 74.1 and a loose Average-mAP of 81.6 on the test split, compared with 69.8 and "
            "80.3 for T-DEED and 66.7 / 79.9 for E2E-Spot. On the SoccerNet Ball Action Spotting challenge, where "
            "the 12 classes occur only about 1 second apart on average, Whiskra achieves an mAP@1 of 86.2, ranking "
            "first on the 2025 leaderboard, and its mAP@1 on passes and drives improves over the previous winner by "
            "6.8 and 5.5 points, respectively. On FineDiving and Tennis, two fine-grained spotting datasets, we "
            "obtain mAP@0 gains over T-DEED of 3.1 and 1.4 points, respectively. Whiskra processes a 45-minute half "
            "in 38 seconds on one A100."
        ),
        "spans": [
            ("Whiskra", "M"), ("Action spotting", "T"), ("SoccerNet-v2", "D"), ("ResNet-152", "M"),
            ("NetVLAD++", "M", {"punct": True}), ("Transformer", "M"), ("RegNetY-008", "M"),
            ("gate-shift modules", "M"), ("state-space model", "M"), ("tight Average-mAP", "X"),
            ("loose Average-mAP", "X"), ("T-DEED", "M"), ("E2E-Spot", "M"),
            ("SoccerNet Ball Action Spotting", "D"), ("mAP@1", "X"), ("FineDiving", "D"), ("Tennis", "D"),
            ("mAP@0", "X"),
        ],
        "results": [
            ("tight Average-mAP of 74.1", "tight Average-mAP", 74.1, None, "SoccerNet-v2", "Whiskra"),
            ("loose Average-mAP of 81.6", "loose Average-mAP", 81.6, None, "SoccerNet-v2", "Whiskra"),
            ("69.8", "tight Average-mAP", 69.8, None, "SoccerNet-v2", "T-DEED"),
            ("80.3", "loose Average-mAP", 80.3, None, "SoccerNet-v2", "T-DEED"),
            ("66.7", "tight Average-mAP", 66.7, None, "SoccerNet-v2", "E2E-Spot"),
            ("79.9", "loose Average-mAP", 79.9, None, "SoccerNet-v2", "E2E-Spot"),
            ("mAP@1 of 86.2", "mAP@1", 86.2, None, "SoccerNet Ball Action Spotting", "Whiskra"),
            ("6.8", "mAP@1", 6.8, "points", "SoccerNet Ball Action Spotting", "Whiskra"),
            ("5.5 points", "mAP@1", 5.5, "points", "SoccerNet Ball Action Spotting", "Whiskra"),
            ("3.1", "mAP@0", 3.1, "points", "FineDiving", None),
            ("1.4 points", "mAP@0", 1.4, "points", "Tennis", None),
            ("processes a 45-minute half in 38 seconds", "processing time", 38, "s", None, "Whiskra"),
        ],
    },
    {
        "field": "sports-video",
        "title": "Wobbix: Tracking Small, Fast and Occluded Balls in Broadcast Sports Video",
        "text": (
            "Detecting the ball is a prerequisite for almost every downstream analytic in broadcast sports video, "
            "yet the ball often covers fewer than 10 pixels, blurs into a streak at high speed and disappears behind "
            "players. Heatmap-based trackers such as TrackNetV2 and TrackNetV3 work well for the static, elevated "
            "camera views of badminton and tennis but generalize poorly to the panning, zooming cameras of soccer "
            "and basketball broadcasts. We present Wobbix, a ball detection and tracking framework that combines an "
            "HRNet-W18 heatmap detector, a physics-informed trajectory model that fits piecewise parabolas in image "
            "space, and a learned visibility classifier that decides when to trust the detector and when to "
            "extrapolate. We evaluate on the Shuttlecock Trajectory Dataset released with TrackNetV2, on the ball "
            "annotations of SoccerNet-Tracking and on the DeepSportradar basketball ball set. On the Shuttlecock "
            "Trajectory Dataset, Wobbix raises F1 to 0.943 with a precision of 0.971, above TrackNetV3 (0.917). On "
            "SoccerNet-Tracking, where the ball is frequently occluded, Wobbix reaches a detection accuracy of 87.4% "
            "on visible frames (within 5 pixels) and a visibility accuracy of 92.0% on frames in which the ball is "
            "hidden, against 71.9% and 63.5% for a YOLOv8-L detector fine-tuned on the same data. Compared with "
            "TrackNetV3, identity switches to other round objects, such as heads and shoes, are halved. The system "
            "processes 1080p video at 62 FPS on a single GPU."
        ),
        "spans": [
            ("Wobbix", "M"), ("TrackNetV2", "M"), ("TrackNetV3", "M"), ("ball detection", "T"),
            ("HRNet-W18", "M"), ("Shuttlecock Trajectory Dataset", "D"), ("SoccerNet-Tracking", "D"),
            ("DeepSportradar", "D"), ("F1", "X"), ("precision", "X"), ("detection accuracy", "X"),
            ("visibility accuracy", "X"), ("YOLOv8-L", "M"), ("identity switches", "X"), ("FPS", "X"),
        ],
        "results": [
            ("F1 to 0.943", "F1", 0.943, None, "Shuttlecock Trajectory Dataset", "Wobbix"),
            ("precision of 0.971", "precision", 0.971, None, "Shuttlecock Trajectory Dataset", "Wobbix"),
            ("0.917", "F1", 0.917, None, "Shuttlecock Trajectory Dataset", "TrackNetV3"),
            ("detection accuracy of 87.4%", "detection accuracy", 87.4, "%", "SoccerNet-Tracking", "Wobbix"),
            ("visibility accuracy of 92.0%", "visibility accuracy", 92.0, "%", "SoccerNet-Tracking", "Wobbix"),
            ("71.9%", "detection accuracy", 71.9, "%", "SoccerNet-Tracking", "YOLOv8-L"),
            ("63.5%", "visibility accuracy", 63.5, "%", "SoccerNet-Tracking", "YOLOv8-L"),
            ("62 FPS", "FPS", 62, None, None, None),
        ],
    },
    {
        "field": "sports-video",
        "title": "Jersey Numbers Are Not Enough: Body-Part Aware Re-Identification of Soccer Players Across Broadcast Views",
        "text": (
            "Re-identifying players across the replays and camera cuts of a soccer broadcast is essential for "
            "building long-term player tracklets, but most frames do not show a readable jersey number, and "
            "teammates share kit, similar haircuts and similar body shapes. Person re-identification (ReID) models "
            "trained on Market-1501 or MSMT17 therefore transfer poorly, and even sport-specific models such as "
            "PRTreID rely on a single global embedding that is dominated by the uniform. We present Wenderly, which "
            "splits each player crop into head, torso, legs and shoes with a part segmentation network supervised by "
            "pseudo-labels from PifPaf, learns a separate embedding per part, and weights the parts at matching time "
            "by their predicted visibility. Jersey number recognition, when it succeeds, is used as a soft prior "
            "rather than a hard constraint. Training combines the SoccerNet Re-Identification dataset with 30 hours "
            "of unlabelled broadcast footage through self-training. On the SoccerNet Re-Identification test split, "
            "Wenderly raises mAP from 79.7 for a CLIP-ReID baseline with the same ViT-B/16 backbone to 86.3, with the "
            "largest gains for players seen only from behind or at low resolution. Integrated into a game state "
            "reconstruction pipeline, the part embeddings noticeably reduce identity fragmentation and keep player "
            "identities stable across camera cuts and replays. Code and part annotations for 5,000 player crops are "
            "publicly available."
        ),
        "spans": [
            ("Re-Identification", "T"), ("Person re-identification", "T"), ("ReID", "T"), ("Market-1501", "D"),
            ("MSMT17", "D"), ("PRTreID", "M"), ("Wenderly", "M"), ("part segmentation", "T"), ("PifPaf", "M"),
            ("Jersey number recognition", "T"), ("SoccerNet Re-Identification", "D"), ("self-training", "M"),
            ("mAP", "X"), ("CLIP-ReID", "M"), ("ViT-B/16", "M"), ("game state reconstruction", "T"),
            ("identity fragmentation", "X"),
        ],
        "results": [
            ("mAP from 79.7", "mAP", 79.7, None, "SoccerNet Re-Identification", "CLIP-ReID"),
            ("to 86.3", "mAP", 86.3, None, "SoccerNet Re-Identification", "Wenderly"),
        ],
    },
    {
        "field": "sports-video",
        "title": "Wexplay: Learning Tactical Embeddings of Basketball Possessions from Player Tracking Data",
        "text": (
            "Coaches and analysts describe basketball possessions in terms of set plays, screens and off-ball "
            "movement, but retrieving similar possessions from thousands of games still relies on manual tagging. We "
            "introduce Wexplay, a self-supervised graph transformer that encodes the 2D trajectories of the ten "
            "players and the ball into a possession-level embedding. Wexplay is pretrained on 1.2 million possessions "
            "from the NBA SportVU tracking data with masked trajectory modelling and contrastive learning between "
            "augmented views of the same possession. We evaluate on three tasks: play-type classification over 14 "
            "Synergy categories, retrieval of similar possessions judged by professional analysts, and possession "
            "outcome prediction. Wexplay reaches a macro-F1 of 0.712 for play-type classification with a linear "
            "probe, against 0.634 for a supervised LSTM and 0.658 for the Graph Attention Network (GAT) used in prior "
            "work. In retrieval, analyst-judged precision@5 is 0.81 for Wexplay versus 0.64 for DTW-based trajectory "
            "matching. Whether a possession ends in a score is predicted with a Brier score of 0.187, close to "
            "models that also see the shot location. To test transfer, we fine-tune on soccer tracking data from "
            "SoccerTrack and recover pressing and build-up patterns that match coach annotations, suggesting that "
            "the possession encoder is not tied to one sport. We close with a discussion of privacy and of the "
            "restricted access to league-owned tracking data."
        ),
        "spans": [
            ("Wexplay", "M"), ("graph transformer", "M"), ("NBA SportVU", "D"), ("masked trajectory modelling", "M"),
            ("contrastive learning", "M"), ("play-type classification", "T"), ("possession outcome prediction", "T"),
            ("macro-F1", "X"), ("LSTM", "M"), ("Graph Attention Network", "M"), ("GAT", "M"),
            ("precision@5", "X"), ("DTW", "M"), ("Brier score", "X"), ("SoccerTrack", "D"),
        ],
        "results": [
            ("macro-F1 of 0.712", "macro-F1", 0.712, None, None, "Wexplay"),
            ("0.634 for a supervised LSTM", "macro-F1", 0.634, None, None, "LSTM"),
            ("0.658 for the Graph Attention Network", "macro-F1", 0.658, None, None, "GAT"),
            ("precision@5 is 0.81", "precision@5", 0.81, None, None, "Wexplay"),
            ("0.64 for DTW", "precision@5", 0.64, None, None, "DTW"),
            ("Brier score of 0.187", "Brier score", 0.187, None, None, None),
        ],
    },
    {
        "field": "sports-video",
        "title": "Wyndmark: End-to-End Soccer Game State Reconstruction with Joint Camera Calibration and Tracking in Pitch Coordinates",
        "text": (
            "Game state reconstruction (GSR) asks for the position, role, team and jersey number of every player on "
            "a minimap of the pitch, at every frame of a broadcast clip. Current GSR pipelines, such as the "
            "SoccerNet-GSR baseline built on YOLOv8, StrongSORT, PRTreID, PARSeq and TVCalib, chain independently "
            "trained modules, so errors in camera calibration propagate to localization and identity. We present "
            "Wyndmark, which estimates the homography with a keypoint-and-line head, tracks players in pitch "
            "coordinates rather than image coordinates, and fuses jersey-number evidence over entire tracklets with "
            "a temporal voting scheme. All components share one DINOv2-S backbone and are trained jointly. On the "
            "SoccerNet-GSR test set, Wyndmark reaches a GS-HOTA of 61.7, up from 23.4 for the official baseline and "
            "43.2 for the best 2024 challenge entry. Wyndmark also obtains a Combined Metric of 0.71 on the SoccerNet "
            "Camera Calibration challenge (Accuracy@5 of 74.6% at a completeness rate of 95.2%), above TVCalib "
            "(0.63). Jersey number recognition accuracy at tracklet level is 89.5%, 11.2 points higher than "
            "frame-level PARSeq predictions aggregated by majority vote. The full system processes a 30-second clip "
            "in 19 seconds on one GPU, 3.1\u00d7 faster than the modular pipeline, which brings near-real-time use "
            "in broadcast production within reach."
        ),
        "spans": [
            ("Wyndmark", "M"), ("Game State Reconstruction", "T"), ("Camera Calibration", "T", {"notext": True}),
            ("Game state reconstruction", "T"), ("GSR", "T"), ("SoccerNet-GSR", "D"), ("YOLOv8", "M"),
            ("StrongSORT", "M"), ("PRTreID", "M"), ("PARSeq", "M"), ("TVCalib", "M"), ("camera calibration", "T"),
            ("DINOv2-S", "M"), ("GS-HOTA", "X"), ("Combined Metric", "X"), ("SoccerNet Camera Calibration", "D"),
            ("Accuracy@5", "X"), ("completeness rate", "X"), ("Jersey number recognition", "T"), ("accuracy", "X"),
        ],
        "results": [
            ("GS-HOTA of 61.7", "GS-HOTA", 61.7, None, "SoccerNet-GSR", "Wyndmark"),
            ("23.4 for the official baseline", "GS-HOTA", 23.4, None, "SoccerNet-GSR", None),
            ("43.2", "GS-HOTA", 43.2, None, "SoccerNet-GSR", None),
            ("Combined Metric of 0.71", "Combined Metric", 0.71, None, "SoccerNet Camera Calibration", "Wyndmark"),
            ("Accuracy@5 of 74.6%", "Accuracy@5", 74.6, "%", "SoccerNet Camera Calibration", "Wyndmark"),
            ("completeness rate of 95.2%", "completeness rate", 95.2, "%", "SoccerNet Camera Calibration",
             "Wyndmark"),
            ("0.63", "Combined Metric", 0.63, None, "SoccerNet Camera Calibration", "TVCalib"),
            ("accuracy at tracklet level is 89.5%", "accuracy", 89.5, "%", None, None),
            ("11.2 points higher", "accuracy", 11.2, "points", None, None),
            ("processes a 30-second clip in 19 seconds", "processing time", 19, "s", None, None),
            ("3.1\u00d7 faster", "speed-up", 3.1, "\u00d7", None, None),
        ],
    },
]
