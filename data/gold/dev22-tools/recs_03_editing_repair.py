"""dev22 records: image-editing (6) and program-repair (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind):
the pipeline was never looked at or run on these abstracts."""

COINED = ["Ojvarn", "Ojelmira", "Ojtrask", "Ojquillon", "Ojbrevik", "Ojsander",
          "Ojlume", "Ojnettle", "Ojfarrow", "Ojcrestin", "Ojwendle", "Ojpaxim"]

RECS = [
    # ------------------------------------------------------------ image-editing
    {
        "field": "image-editing",
        "title": "Ojvarn: Verifier-Ranked Edit Trajectories for Instruction-Based Image Editing without Paired Data",
        "text": (
            "Instruction-based image editing models such as InstructPix2Pix learn from synthetic triplets whose target "
            "images frequently ignore the instruction or repaint regions that should stay untouched, and the trained "
            "editors inherit these errors. We present Ojvarn, a training recipe that replaces the synthetic targets with "
            "edit trajectories sampled from the editor itself and ranked by a multimodal large language model (MLLM) "
            "acting as a verifier. The editor is then updated with a trajectory-level variant of Direct Preference "
            "Optimization (DPO), so that no paired ground truth is ever required. Starting from a Stable Diffusion 1.5 "
            "editing backbone, Ojvarn reaches an L1 distance of 0.061, a CLIP-I of 0.921 and a DINO similarity of 0.887 "
            "on the single-turn MagicBrush test set, against 0.112, 0.854 and 0.744 for InstructPix2Pix and 0.069, 0.903 "
            "and 0.851 for UltraEdit. The advantage widens over multiple turns: after three rounds of editing, Ojvarn "
            "keeps a CLIP-I of 0.884, while MGIE drops to 0.801. On the Emu Edit test set, Ojvarn raises CLIP-T from "
            "0.281 to 0.297 and improves CLIP-dir by 4.6%. In a user study with 42 participants, Ojvarn edits were "
            "preferred over UltraEdit edits in 64% of pairwise comparisons. Because verification runs only during "
            "training, inference cost equals that of the base editor, and training takes about 30 GPU-hours on 3.5k "
            "unlabeled instructions."
        ),
        "spans": [
            ("Ojvarn", "M"), ("Instruction-Based Image Editing", "T"), ("Instruction-based image editing", "T"),
            ("InstructPix2Pix", "M"), ("multimodal large language model", "M"), ("MLLM", "M"),
            ("Direct Preference Optimization", "M"), ("DPO", "M"), ("Stable Diffusion 1.5", "M"),
            ("L1 distance", "X"), ("CLIP-I", "X"), ("DINO similarity", "X"), ("MagicBrush", "D"),
            ("UltraEdit", "M"), ("MGIE", "M"), ("Emu Edit", "D"), ("CLIP-T", "X"), ("CLIP-dir", "X"),
        ],
        "results": [
            ("L1 distance of 0.061", "L1 distance", 0.061, None, "MagicBrush", "Ojvarn"),
            ("CLIP-I of 0.921", "CLIP-I", 0.921, None, "MagicBrush", "Ojvarn"),
            ("DINO similarity of 0.887", "DINO similarity", 0.887, None, "MagicBrush", "Ojvarn"),
            ("0.112", "L1 distance", 0.112, None, "MagicBrush", "InstructPix2Pix"),
            ("0.854", "CLIP-I", 0.854, None, "MagicBrush", "InstructPix2Pix"),
            ("0.744", "DINO similarity", 0.744, None, "MagicBrush", "InstructPix2Pix"),
            ("0.069", "L1 distance", 0.069, None, "MagicBrush", "UltraEdit"),
            ("0.903", "CLIP-I", 0.903, None, "MagicBrush", "UltraEdit"),
            ("0.851", "DINO similarity", 0.851, None, "MagicBrush", "UltraEdit"),
            ("CLIP-I of 0.884", "CLIP-I", 0.884, None, None, "Ojvarn"),
            ("drops to 0.801", "CLIP-I", 0.801, None, None, "MGIE"),
            ("CLIP-T from 0.281 to 0.297", "CLIP-T", 0.297, None, "Emu Edit", "Ojvarn"),
            ("CLIP-dir by 4.6%", "CLIP-dir", 4.6, "%", "Emu Edit", "Ojvarn"),
            ("64% of pairwise comparisons", "win rate", 64, "%", None, "Ojvarn"),
            ("training takes about 30 GPU-hours", "training time", 30, "GPU-hours", None, None),
        ],
    },
    {
        "field": "image-editing",
        "title": "Ojelmira: Dual-Branch Mask-Aware Conditioning for Text-Guided Image Inpainting with Diffusion "
                 "Transformers",
        "text": (
            "Text-guided image inpainting asks a model to fill a masked region so that the result follows a prompt and "
            "blends seamlessly with the visible context. Plug-in approaches such as BrushNet and PowerPaint add a "
            "parallel branch to a frozen U-Net, but they transfer poorly to diffusion transformers, where masked-image "
            "features have to be injected token by token. We introduce Ojelmira, a lightweight conditioning branch for "
            "FLUX.1-dev that encodes the masked image and the mask with shared weights and feeds them into every fourth "
            "DiT block through zero-initialized gates. Only 0.42B parameters are trained, about 3.5% of the backbone. On "
            "BrushBench, Ojelmira obtains an ImageReward of 13.05, an HPS v2 score of 29.71 and a CLIP Similarity of "
            "26.84, ahead of BrushNet (12.64 / 27.82 / 26.17) and PowerPaint (11.89 / 27.60 / 26.01). On EditBench, "
            "Ojelmira also preserves the unmasked background better, reaching a PSNR of 33.2 dB and an LPIPS of 0.018, "
            "compared with 31.9 dB and 0.024 for BrushNet. For image outpainting with large masks, Ojelmira improves "
            "ImageReward by 1.2\u20131.7 over BrushNet, depending on the mask ratio. Because the branch touches only a "
            "quarter of the blocks, Ojelmira runs with a latency of 6.8 s per 1024\u00d71024 image on an A100 GPU, "
            "1.9\u00d7 faster than ControlNet-style full-copy conditioning at the same number of sampling steps, and "
            "needs 38% less peak memory."
        ),
        "spans": [
            ("Ojelmira", "M"), ("Text-Guided Image Inpainting", "T"), ("Diffusion Transformers", "M"),
            ("Text-guided image inpainting", "T"), ("BrushNet", "M"), ("PowerPaint", "M"), ("U-Net", "M"),
            ("diffusion transformers", "M"), ("FLUX.1-dev", "M"), ("DiT", "M"), ("BrushBench", "D"),
            ("ImageReward", "X"), ("HPS v2", "X"), ("CLIP Similarity", "X"), ("EditBench", "D"), ("PSNR", "X"),
            ("LPIPS", "X"), ("image outpainting", "T"), ("latency", "X"), ("ControlNet", "M"), ("peak memory", "X"),
        ],
        "results": [
            ("ImageReward of 13.05", "ImageReward", 13.05, None, "BrushBench", "Ojelmira"),
            ("HPS v2 score of 29.71", "HPS v2", 29.71, None, "BrushBench", "Ojelmira"),
            ("CLIP Similarity of 26.84", "CLIP Similarity", 26.84, None, "BrushBench", "Ojelmira"),
            ("12.64", "ImageReward", 12.64, None, "BrushBench", "BrushNet"),
            ("27.82", "HPS v2", 27.82, None, "BrushBench", "BrushNet"),
            ("26.17", "CLIP Similarity", 26.17, None, "BrushBench", "BrushNet"),
            ("11.89", "ImageReward", 11.89, None, "BrushBench", "PowerPaint"),
            ("27.60", "HPS v2", 27.6, None, "BrushBench", "PowerPaint"),
            ("26.01", "CLIP Similarity", 26.01, None, "BrushBench", "PowerPaint"),
            ("PSNR of 33.2 dB", "PSNR", 33.2, "dB", "EditBench", "Ojelmira"),
            ("LPIPS of 0.018", "LPIPS", 0.018, None, "EditBench", "Ojelmira"),
            ("31.9 dB", "PSNR", 31.9, "dB", "EditBench", "BrushNet"),
            ("0.024", "LPIPS", 0.024, None, "EditBench", "BrushNet"),
            ("ImageReward by 1.2\u20131.7", "ImageReward", 1.7, None, None, "Ojelmira", {"low": 1.2}),
            ("latency of 6.8 s", "latency", 6.8, "s", None, "Ojelmira"),
            ("1.9\u00d7 faster", "speed-up", 1.9, "\u00d7", None, "Ojelmira"),
            ("38% less peak memory", "peak memory reduction", 38, "%", None, "Ojelmira"),
        ],
    },
    {
        "field": "image-editing",
        "title": "Ojtrask: Midpoint Velocity Reuse for Training-Free Text-Guided Image Editing with Rectified Flow",
        "text": (
            "Training-free text-guided image editing with rectified-flow models such as FLUX.1-dev relies on inverting "
            "the source image into noise, yet first-order inversion accumulates drift that either erases details or "
            "ignores the target prompt. Solvers proposed to fix this, including RF-Solver and FireFlow, reduce the drift "
            "at the price of extra network evaluations. We propose Ojtrask, a second-order inversion scheme that reuses "
            "the velocity predicted at the previous step to form a midpoint estimate, so that every step still costs a "
            "single function evaluation. Ojtrask also caches value features from the inversion pass and reinjects them "
            "during denoising, a mechanism we call trajectory-aligned feature sharing. On PIE-Bench, Ojtrask with 8 "
            "steps obtains a structure distance of 0.0112, a PSNR of 29.42 dB on unedited regions, an LPIPS of 0.061 "
            "and a CLIP similarity of 26.35 to the target prompt. RF-Solver needs 30 function evaluations to reach "
            "0.0149 structure distance and 27.05 dB PSNR, and FireFlow reaches 0.0136 and 27.81 dB with 16 evaluations. "
            "Compared with Null-text Inversion on Stable Diffusion 1.4, Ojtrask edits an image 11.5\u00d7 faster "
            "(4.1 s vs. 47.2 s) and improves CLIP similarity on the edited region by 0.9. Applied to Stable Diffusion 3 "
            "without any tuning, Ojtrask lowers structure distance by 21%."
        ),
        "spans": [
            ("Ojtrask", "M"), ("Text-Guided Image Editing", "T"), ("Rectified Flow", "M"),
            ("text-guided image editing", "T"), ("rectified-flow models", "M"), ("FLUX.1-dev", "M"),
            ("RF-Solver", "M"), ("FireFlow", "M"), ("trajectory-aligned feature sharing", "M"), ("PIE-Bench", "D"),
            ("structure distance", "X"), ("PSNR", "X"), ("LPIPS", "X"), ("CLIP similarity", "X"),
            ("Null-text Inversion", "M"), ("Stable Diffusion 1.4", "M"), ("Stable Diffusion 3", "M"),
        ],
        "results": [
            ("structure distance of 0.0112", "structure distance", 0.0112, None, "PIE-Bench", "Ojtrask"),
            ("PSNR of 29.42 dB", "PSNR", 29.42, "dB", "PIE-Bench", "Ojtrask"),
            ("LPIPS of 0.061", "LPIPS", 0.061, None, "PIE-Bench", "Ojtrask"),
            ("CLIP similarity of 26.35", "CLIP similarity", 26.35, None, "PIE-Bench", "Ojtrask"),
            ("0.0149 structure distance", "structure distance", 0.0149, None, None, "RF-Solver"),
            ("27.05 dB PSNR", "PSNR", 27.05, "dB", None, "RF-Solver"),
            ("0.0136", "structure distance", 0.0136, None, None, "FireFlow"),
            ("27.81 dB", "PSNR", 27.81, "dB", None, "FireFlow"),
            ("11.5\u00d7 faster", "speed-up", 11.5, "\u00d7", None, "Ojtrask"),
            ("4.1 s", "latency", 4.1, "s", None, "Ojtrask"),
            ("47.2 s", "latency", 47.2, "s", None, "Null-text Inversion"),
            ("CLIP similarity on the edited region by 0.9", "CLIP similarity", 0.9, None, None, "Ojtrask"),
            ("lowers structure distance by 21%", "structure distance reduction", 21, "%", None, "Ojtrask"),
        ],
    },
    {
        "field": "image-editing",
        "title": "Ojquillon: Reasoning Before Painting for Instruction-Based Image Editing with a Unified Multimodal Model",
        "text": (
            "Open-source image editors still misread instructions that depend on quantities, positions or world "
            "knowledge, such as \"replace the fruit that is not a citrus\". Unified multimodal models like BAGEL and "
            "OmniGen2 can reason about such requests in text, but their edits rarely make use of that reasoning. We "
            "present Ojquillon, an editing model in which a Qwen2.5-VL encoder first writes a short plan naming the "
            "target region and the intended change, and a diffusion transformer decoder initialised from FLUX.1 Kontext "
            "then conditions on both the plan tokens and the source image. The two parts are trained jointly with "
            "supervised fine-tuning on 1.2M filtered editing pairs, followed by Group Relative Policy Optimization (GRPO) "
            "with an MLLM judge as the reward model. On GEdit-Bench-EN, Ojquillon attains an overall score of 7.21 as "
            "rated by GPT-4.1, above Step1X-Edit (6.70) and FLUX.1 Kontext (6.51) and close to the proprietary "
            "GPT-Image-1 (7.53). On ImgEdit-Bench, Ojquillon ranks first in 7 of the 9 edit categories. Gains are "
            "largest on the reasoning-heavy subset of KRIS-Bench, where the planning stage adds 12.4 points. Human "
            "raters judged Ojquillon's edits more faithful to the instruction than those of Step1X-Edit in 69% of "
            "cases. We release the model weights and the planning data."
        ),
        "spans": [
            ("Ojquillon", "M"), ("Instruction-Based Image Editing", "T"), ("Unified Multimodal Model", "M"),
            ("Unified multimodal models", "M"), ("BAGEL", "M"), ("OmniGen2", "M"), ("Qwen2.5-VL", "M"),
            ("diffusion transformer", "M"), ("FLUX.1 Kontext", "M"), ("supervised fine-tuning", "M"),
            ("Group Relative Policy Optimization", "M"), ("GRPO", "M"), ("MLLM", "M"), ("GEdit-Bench-EN", "D"),
            ("overall score", "X"), ("GPT-4.1", "M"), ("Step1X-Edit", "M"), ("GPT-Image-1", "M"),
            ("ImgEdit-Bench", "D"), ("KRIS-Bench", "D"),
        ],
        "results": [
            ("overall score of 7.21", "score", 7.21, None, "GEdit-Bench-EN", "Ojquillon"),
            ("6.70", "score", 6.7, None, "GEdit-Bench-EN", "Step1X-Edit"),
            ("6.51", "score", 6.51, None, "GEdit-Bench-EN", "FLUX.1 Kontext"),
            ("7.53", "score", 7.53, None, "GEdit-Bench-EN", "GPT-Image-1"),
            ("ranks first in 7 of the 9 edit categories", "edit categories ranked first", 7, None, "ImgEdit-Bench",
             "Ojquillon"),
            ("adds 12.4 points", "improvement", 12.4, "points", "KRIS-Bench", None),
            ("in 69% of cases", "win rate", 69, "%", None, "Ojquillon"),
        ],
    },
    {
        "field": "image-editing",
        "title": "Ojbrevik: Four-Step Instruction-Guided Image Editing on Mobile Devices via Adversarial Distillation",
        "text": (
            "Editors built on diffusion models, such as InstructPix2Pix, need 50 or more denoising steps and several "
            "gigabytes of memory, which rules out interactive editing on phones. We present Ojbrevik, a compact editor "
            "obtained by distilling an instruction-tuned SDXL teacher into a 0.6B-parameter student with a pruned U-Net "
            "and a shared text-image conditioning stem. Training combines adversarial diffusion distillation with an "
            "edit-consistency loss that penalises changes outside the region implied by the instruction. With four "
            "sampling steps, Ojbrevik reaches a CLIP-T of 0.291 and a CLIP-I of 0.902 on the MagicBrush test split, "
            "within 0.004 and 0.011 of its 50-step teacher. On the Emu Edit benchmark, Ojbrevik scores a DINO of 0.812, "
            "versus 0.819 for the teacher and 0.762 for InstructPix2Pix. Ojbrevik has 4.3\u00d7 fewer parameters and "
            "needs 7.9\u00d7 fewer FLOPs per step than its teacher. On an iPhone 15 Pro, Ojbrevik edits a 512\u00d7512 "
            "image in 0.74 s with a peak memory of 1.1 GB, whereas InstructPix2Pix takes 13.8 s and runs out of memory "
            "at 768\u00d7768. In an ablation, removing the edit-consistency loss raises the L1 distance on MagicBrush "
            "from 0.071 to 0.094. Few-step distillation can thus bring instruction-guided image editing to consumer "
            "devices without cloud inference."
        ),
        "spans": [
            ("Ojbrevik", "M"), ("Instruction-Guided Image Editing", "T"), ("Adversarial Distillation", "M"),
            ("diffusion models", "M"), ("InstructPix2Pix", "M"), ("SDXL", "M"), ("U-Net", "M"),
            ("adversarial diffusion distillation", "M"), ("distillation", "M"), ("CLIP-T", "X"), ("CLIP-I", "X"),
            ("MagicBrush", "D"), ("Emu Edit", "D"), ("DINO", "X"), ("parameters", "X"), ("FLOPs", "X"),
            ("peak memory", "X"), ("L1 distance", "X"), ("instruction-guided image editing", "T"),
        ],
        "results": [
            ("CLIP-T of 0.291", "CLIP-T", 0.291, None, "MagicBrush", "Ojbrevik"),
            ("CLIP-I of 0.902", "CLIP-I", 0.902, None, "MagicBrush", "Ojbrevik"),
            ("within 0.004", "CLIP-T", 0.004, None, "MagicBrush", "Ojbrevik"),
            ("0.011 of its 50-step teacher", "CLIP-I", 0.011, None, "MagicBrush", "Ojbrevik"),
            ("DINO of 0.812", "DINO", 0.812, None, "Emu Edit", "Ojbrevik"),
            ("0.819 for the teacher", "DINO", 0.819, None, "Emu Edit", None),
            ("0.762 for InstructPix2Pix", "DINO", 0.762, None, "Emu Edit", "InstructPix2Pix"),
            ("4.3\u00d7 fewer parameters", "parameter reduction", 4.3, "\u00d7", None, "Ojbrevik"),
            ("7.9\u00d7 fewer FLOPs", "FLOPs reduction", 7.9, "\u00d7", None, "Ojbrevik"),
            ("in 0.74 s", "latency", 0.74, "s", None, "Ojbrevik"),
            ("peak memory of 1.1 GB", "peak memory", 1.1, "GB", None, "Ojbrevik"),
            ("takes 13.8 s", "latency", 13.8, "s", None, "InstructPix2Pix"),
            ("L1 distance on MagicBrush from 0.071 to 0.094", "L1 distance", 0.094, None, "MagicBrush", None),
        ],
    },
    {
        "field": "image-editing",
        "title": "Ojsander: Shadow- and Reflection-Aware Object Removal with Counterfactual Video Supervision",
        "text": (
            "Object removal requires a model not only to fill the region covered by an object but also to erase the "
            "shadows and reflections that the object casts, effects that mask-based inpainting methods such as LaMa and "
            "MAT leave behind. We introduce Ojsander, a latent diffusion model for object removal trained on "
            "counterfactual pairs mined from static-camera videos in which an object enters and then leaves the scene. "
            "A lightweight effect-mask head predicts the region the object influences, and the diffusion model is "
            "conditioned on the union of the user mask and this predicted region. We evaluate on RORD, on Places2 with "
            "large irregular masks, and on CelebA-HQ. On RORD, Ojsander obtains an FID of 18.4 and an LPIPS of 0.127, "
            "improving FID by 6.9 over SD-Inpainting, the strongest baseline, and by 11.3 over LaMa. On Places2, where "
            "shadows matter less, Ojsander is on par with MAT (FID 2.41 vs. 2.38) while achieving a P-IDS of 18.6% and "
            "a U-IDS of 37.2%. On CelebA-HQ, Ojsander reaches an FID of 4.92, against 5.87 for MAT. In a user study on "
            "120 real photographs, participants preferred the results of Ojsander over those of PowerPaint in 73% of "
            "pairwise comparisons. Ojsander uses 28 denoising steps and removes an object from a 512\u00d7512 image in "
            "1.6 s on an RTX 4090."
        ),
        "spans": [
            ("Ojsander", "M"), ("Object Removal", "T"), ("Object removal", "T"), ("object removal", "T"),
            ("inpainting", "T"), ("LaMa", "M"), ("MAT", "M"), ("latent diffusion model", "M"),
            ("diffusion model", "M"), ("RORD", "D"), ("Places2", "D"), ("CelebA-HQ", "D"), ("FID", "X"),
            ("LPIPS", "X"), ("SD-Inpainting", "M"), ("P-IDS", "X"), ("U-IDS", "X"), ("PowerPaint", "M"),
        ],
        "results": [
            ("FID of 18.4", "FID", 18.4, None, "RORD", "Ojsander"),
            ("LPIPS of 0.127", "LPIPS", 0.127, None, "RORD", "Ojsander"),
            ("FID by 6.9", "FID", 6.9, None, "RORD", "Ojsander"),
            ("by 11.3", "FID", 11.3, None, "RORD", "Ojsander"),
            ("FID 2.41", "FID", 2.41, None, "Places2", "Ojsander"),
            ("2.38", "FID", 2.38, None, "Places2", "MAT"),
            ("P-IDS of 18.6%", "P-IDS", 18.6, "%", "Places2", "Ojsander"),
            ("U-IDS of 37.2%", "U-IDS", 37.2, "%", "Places2", "Ojsander"),
            ("FID of 4.92", "FID", 4.92, None, "CelebA-HQ", "Ojsander"),
            ("5.87 for MAT", "FID", 5.87, None, "CelebA-HQ", "MAT"),
            ("73% of pairwise comparisons", "win rate", 73, "%", None, "Ojsander"),
            ("in 1.6 s", "latency", 1.6, "s", None, "Ojsander"),
        ],
    },
    # ------------------------------------------------------------ program-repair
    {
        "field": "program-repair",
        "title": "Ojlume: Test-First Agents for Repository-Level Issue Resolution",
        "text": (
            "Large language model (LLM) agents now resolve a sizeable share of real GitHub issues, yet most of them "
            "write a patch before they have any executable evidence of the bug and rank candidate patches with tests "
            "generated after the fact. We present Ojlume, an agent scaffold that first synthesises a failing "
            "reproduction test from the issue text, narrows the search with spectrum-based fault localization over "
            "passing and failing runs, and only then samples patches, which are ranked by majority voting over "
            "regression and reproduction tests. On SWE-bench Lite, Ojlume with Claude 3.5 Sonnet resolves 49.3% of the "
            "300 issues, compared with 40.7% for Agentless and 41.3% for OpenHands CodeAct v2.1 under the same model. "
            "On SWE-bench Verified, Ojlume reaches a resolve rate of 62.8%, and with the open-weight "
            "Qwen2.5-Coder-32B-Instruct as backbone it reaches 38.2%, 9.6 points above SWE-agent with the same "
            "backbone. The reproduction tests are themselves reliable: their fail-to-pass rate against the gold patches "
            "is 71%. Ojlume runs at an average cost of $0.68 per issue, about 2.1\u00d7 cheaper than AutoCodeRover, "
            "because localization keeps the context to a handful of files. An ablation on SWE-bench Verified shows "
            "that removing the reproduction stage lowers the resolve rate by 7.4 points."
        ),
        "spans": [
            ("Ojlume", "M"), ("Repository-Level Issue Resolution", "T"), ("Large language model", "M"),
            ("LLM", "M"), ("spectrum-based fault localization", "M"), ("majority voting", "M"),
            ("SWE-bench Lite", "D"), ("Claude 3.5 Sonnet", "M"), ("Agentless", "M"),
            ("OpenHands CodeAct v2.1", "M"), ("SWE-bench Verified", "D"), ("resolve rate", "X"),
            ("Qwen2.5-Coder-32B-Instruct", "M"), ("SWE-agent", "M"), ("fail-to-pass rate", "X"),
            ("average cost", "X"), ("AutoCodeRover", "M"),
        ],
        "results": [
            ("resolves 49.3%", "resolve rate", 49.3, "%", "SWE-bench Lite", "Ojlume"),
            ("40.7%", "resolve rate", 40.7, "%", "SWE-bench Lite", "Agentless"),
            ("41.3%", "resolve rate", 41.3, "%", "SWE-bench Lite", "OpenHands CodeAct v2.1"),
            ("resolve rate of 62.8%", "resolve rate", 62.8, "%", "SWE-bench Verified", "Ojlume"),
            ("38.2%", "resolve rate", 38.2, "%", "SWE-bench Verified", "Ojlume"),
            ("9.6 points above", "resolve rate", 9.6, "points", "SWE-bench Verified", "Ojlume"),
            ("fail-to-pass rate against the gold patches is 71%", "fail-to-pass rate", 71, "%", None, None),
            ("average cost of $0.68", "cost", 0.68, "$", None, "Ojlume"),
            ("2.1\u00d7 cheaper", "cost reduction", 2.1, "\u00d7", None, "Ojlume"),
            ("lowers the resolve rate by 7.4 points", "resolve rate", 7.4, "points", "SWE-bench Verified", None),
        ],
    },
    {
        "field": "program-repair",
        "title": "Ojnettle: Graph-Grounded Fault Localization with Small Code Language Models",
        "text": (
            "Learning-based fault localization ranks program elements by their likelihood of containing a bug, but the "
            "strongest recent approaches query large proprietary models such as GPT-4 for every failing test, which is "
            "slow and expensive. We propose Ojnettle, which encodes the failing test, its stack trace and the call graph "
            "of the covered methods as a heterogeneous graph, summarises this graph with a gated graph neural network, "
            "and lets a 1.3B-parameter code language model rank candidate methods conditioned on the graph summary. "
            "Ojnettle is trained with leave-one-project-out cross-validation and evaluated at method level. On "
            "Defects4J v2.0, Ojnettle places the faulty method at Top-1 for 241 of the 835 bugs, and at Top-3 and Top-5 "
            "for 372 and 441 bugs, respectively. Ojnettle thus has 17 more Top-1 hits than AutoFL with GPT-4 and 58 "
            "more than GRACE, while the spectrum-based Ochiai formula achieves only 121. Ojnettle also reaches a mean "
            "first rank (MFR) of 6.37 and a mean average rank (MAR) of 8.90, against 9.82 and 12.41 for GRACE. On the "
            "82 single-hunk bugs of BugsInPy, Ojnettle achieves a Top-1 accuracy of 31.7%, exceeding LLMAO by 6.2 "
            "points. Localizing one bug takes 2.4 s on a single GPU, about 14\u00d7 faster than AutoFL."
        ),
        "spans": [
            ("Ojnettle", "M"), ("Fault Localization", "T"), ("Code Language Models", "M"), ("fault localization", "T"),
            ("GPT-4", "M"), ("gated graph neural network", "M"), ("code language model", "M"),
            ("Defects4J v2.0", "D"), ("Top-1", "X"), ("Top-3", "X"), ("Top-5", "X"), ("AutoFL", "M"),
            ("GRACE", "M"), ("Ochiai", "M"), ("mean first rank", "X"), ("MFR", "X"), ("mean average rank", "X"),
            ("MAR", "X"), ("BugsInPy", "D"), ("Top-1 accuracy", "X"), ("LLMAO", "M"),
        ],
        "results": [
            ("Top-1 for 241", "Top-1", 241, None, "Defects4J v2.0", "Ojnettle"),
            ("Top-3 and Top-5 for 372", "Top-3", 372, None, "Defects4J v2.0", "Ojnettle"),
            ("441 bugs", "Top-5", 441, None, "Defects4J v2.0", "Ojnettle"),
            ("17 more Top-1 hits", "Top-1", 17, None, None, "Ojnettle"),
            ("58 more", "Top-1", 58, None, None, "Ojnettle"),
            ("only 121", "Top-1", 121, None, None, "Ochiai"),
            ("mean first rank (MFR) of 6.37", "MFR", 6.37, None, None, "Ojnettle"),
            ("mean average rank (MAR) of 8.90", "MAR", 8.9, None, None, "Ojnettle"),
            ("9.82", "MFR", 9.82, None, None, "GRACE"),
            ("12.41", "MAR", 12.41, None, None, "GRACE"),
            ("Top-1 accuracy of 31.7%", "Top-1 accuracy", 31.7, "%", "BugsInPy", "Ojnettle"),
            ("by 6.2 points", "Top-1 accuracy", 6.2, "points", "BugsInPy", "Ojnettle"),
            ("Localizing one bug takes 2.4 s", "localization time", 2.4, "s", None, None),
            ("14\u00d7 faster", "speed-up", 14, "\u00d7", None, None),
        ],
    },
    {
        "field": "program-repair",
        "title": "Ojfarrow: Repair-Oriented Preference Tuning of Open Code LLMs with Execution Feedback",
        "text": (
            "Automated program repair (APR) with large language models has progressed quickly, but the strongest "
            "results still come from conversational pipelines such as ChatRepair that depend on closed models and "
            "hundreds of sampled patches per bug. We study how far an open model can go when it is trained to repair "
            "rather than prompted to. Ojfarrow fine-tunes DeepSeek-Coder-6.7B-Instruct in two stages: supervised "
            "fine-tuning on 48k bug-fix commits, then Direct Preference Optimization (DPO) on pairs of plausible and "
            "implausible patches labelled by running the developer test suites. At inference, Ojfarrow samples 100 "
            "patches per bug, assuming the buggy lines are known. On Defects4J v1.2 and Defects4J v2.0, Ojfarrow "
            "correctly fixes 142 and 118 bugs, respectively, against 114 and 48 for ChatRepair and 83 and 62 for "
            "RepairLLaMA. On QuixBugs, Ojfarrow fixes 39 of the 40 Java programs, and on HumanEval-Java its "
            "correct-patch rate reaches 81.0%. On Defects4J v1.2, Ojfarrow raises the number of correct patches by 27% "
            "over its supervised-only variant while producing fewer plausible but incorrect patches, a sign of reduced "
            "patch overfitting. Ojfarrow also transfers to Python: on BugsInPy, it fixes 96 bugs. All data, "
            "checkpoints and validation logs are released."
        ),
        "spans": [
            ("Ojfarrow", "M"), ("Preference Tuning", "M"), ("Code LLMs", "M"), ("Automated program repair", "T"),
            ("APR", "T"), ("large language models", "M"), ("ChatRepair", "M"), ("DeepSeek-Coder-6.7B-Instruct", "M"),
            ("supervised fine-tuning", "M"), ("Direct Preference Optimization", "M"), ("DPO", "M"),
            ("Defects4J v1.2", "D"), ("Defects4J v2.0", "D"), ("RepairLLaMA", "M"), ("QuixBugs", "D"),
            ("HumanEval-Java", "D"), ("correct-patch rate", "X"), ("number of correct patches", "X"),
            ("BugsInPy", "D"),
        ],
        "results": [
            ("correctly fixes 142", "bugs fixed", 142, None, "Defects4J v1.2", "Ojfarrow"),
            ("118 bugs", "bugs fixed", 118, None, "Defects4J v2.0", "Ojfarrow"),
            ("114", "bugs fixed", 114, None, "Defects4J v1.2", "ChatRepair"),
            ("48 for ChatRepair", "bugs fixed", 48, None, "Defects4J v2.0", "ChatRepair"),
            ("83", "bugs fixed", 83, None, "Defects4J v1.2", "RepairLLaMA"),
            ("62 for RepairLLaMA", "bugs fixed", 62, None, "Defects4J v2.0", "RepairLLaMA"),
            ("fixes 39 of the 40 Java programs", "programs fixed", 39, None, "QuixBugs", "Ojfarrow"),
            ("correct-patch rate reaches 81.0%", "correct-patch rate", 81.0, "%", "HumanEval-Java", "Ojfarrow"),
            ("number of correct patches by 27%", "number of correct patches", 27, "%", "Defects4J v1.2", "Ojfarrow"),
            ("fixes 96 bugs", "bugs fixed", 96, None, "BugsInPy", "Ojfarrow"),
        ],
    },
    {
        "field": "program-repair",
        "title": "Ojcrestin: Intent-Aware Review Comment Generation with Retrieval of Historical Reviews",
        "text": (
            "Automated code review aims to relieve reviewers by predicting which diff hunks need comments, drafting "
            "those comments and revising the code accordingly. Pre-trained models such as CodeReviewer and "
            "LLaMA-Reviewer treat review comment generation as plain sequence generation and often produce vague "
            "remarks such as \"please check this\". We propose Ojcrestin, which first classifies the intent of a hunk "
            "(functional defect, refactoring, documentation or style), then retrieves historical reviews with the same "
            "intent from the project with BM25 and a dense retriever, and finally conditions a CodeLlama-7B model on "
            "both. On the CodeReviewer benchmark, Ojcrestin reaches a BLEU-4 of 9.87 for comment generation, compared "
            "with 5.32 for CodeReviewer and 5.70 for LLaMA-Reviewer, and lifts quality estimation F1 to 74.1% (+3.2 "
            "points over CodeReviewer). For code refinement, Ojcrestin obtains an exact match (EM) of 36.2% "
            "(CodeReviewer: 30.3%; CodeT5: 24.4%) and a CodeBLEU of 83.5. Because BLEU correlates poorly with "
            "usefulness, we also asked 12 professional developers to rate 300 generated comments: Ojcrestin receives a "
            "mean informativeness score of 3.9 on a five-point scale, versus 2.7 for CodeReviewer. Retrieval adds about "
            "90 ms per hunk, keeping the end-to-end latency at 0.6 s."
        ),
        "spans": [
            ("Ojcrestin", "M"), ("Review Comment Generation", "T"), ("Automated code review", "T"),
            ("CodeReviewer", "M", {"skip": [1]}), ("CodeReviewer", "D", {"only": [1]}), ("LLaMA-Reviewer", "M"),
            ("review comment generation", "T"), ("comment generation", "T"), ("BM25", "M"), ("CodeLlama-7B", "M"),
            ("BLEU-4", "X"), ("quality estimation", "T"), ("F1", "X"), ("code refinement", "T"),
            ("exact match", "X"), ("EM", "X"), ("CodeT5", "M"), ("CodeBLEU", "X"), ("BLEU", "X"),
            ("mean informativeness score", "X"), ("end-to-end latency", "X"),
        ],
        "results": [
            ("BLEU-4 of 9.87", "BLEU-4", 9.87, None, "CodeReviewer", "Ojcrestin"),
            ("5.32 for CodeReviewer", "BLEU-4", 5.32, None, "CodeReviewer", "CodeReviewer"),
            ("5.70 for LLaMA-Reviewer", "BLEU-4", 5.7, None, "CodeReviewer", "LLaMA-Reviewer"),
            ("F1 to 74.1%", "F1", 74.1, "%", "CodeReviewer", "Ojcrestin"),
            ("+3.2 points", "F1", 3.2, "points", "CodeReviewer", "Ojcrestin"),
            ("exact match (EM) of 36.2%", "exact match", 36.2, "%", None, "Ojcrestin"),
            ("CodeReviewer: 30.3%", "exact match", 30.3, "%", None, "CodeReviewer"),
            ("CodeT5: 24.4%", "exact match", 24.4, "%", None, "CodeT5"),
            ("CodeBLEU of 83.5", "CodeBLEU", 83.5, None, None, "Ojcrestin"),
            ("mean informativeness score of 3.9", "informativeness score", 3.9, None, None, "Ojcrestin"),
            ("2.7 for CodeReviewer", "informativeness score", 2.7, None, None, "CodeReviewer"),
            ("Retrieval adds about 90 ms", "retrieval time", 90, "ms", None, None),
            ("end-to-end latency at 0.6 s", "end-to-end latency", 0.6, "s", None, None),
        ],
    },
    {
        "field": "program-repair",
        "title": "Ojwendle: Vulnerability Repair via CWE-Conditioned Patch Sketches and Small Language Models",
        "text": (
            "Learning-based vulnerability repair promises to shorten the window between disclosure and fix, but "
            "sequence-to-sequence models such as VulRepair and VRepair generate correct patches for only a small "
            "fraction of real vulnerabilities, and general-purpose large language models hallucinate APIs that do not "
            "exist in the project. We present Ojwendle, which first predicts the CWE type of a flagged function, "
            "retrieves a patch sketch for that CWE from a library mined from historical security fixes, and then fills "
            "the sketch with a 1.5B-parameter small language model fine-tuned with LoRA. On the C/C++ benchmark built "
            "from CVEFixes and Big-Vul, Ojwendle achieves a perfect prediction rate of 63.4%, outperforming VulRepair "
            "(44.7%) and VRepair (23.0%); restricted to the ten most frequent CWEs, Ojwendle reaches 71.9%. On Vul4J, "
            "Ojwendle fixes 21 of the 79 Java vulnerabilities with patches that compile and pass all "
            "proof-of-vulnerability tests, more than twice the 9 fixed by GPT-4o prompted zero-shot. The CWE "
            "classifier alone reaches a macro-F1 of 0.78. Ojwendle needs 9.6 GB of GPU memory and generates a patch in "
            "1.3 s on average, which makes it practical to run inside continuous integration. Ablations show that "
            "removing the patch sketches lowers the perfect prediction rate by 11.2 points."
        ),
        "spans": [
            ("Ojwendle", "M"), ("Vulnerability Repair", "T"), ("Small Language Models", "M"),
            ("vulnerability repair", "T"), ("sequence-to-sequence models", "M"), ("VulRepair", "M"),
            ("VRepair", "M"), ("large language models", "M"), ("small language model", "M"), ("LoRA", "M"),
            ("CVEFixes", "D"), ("Big-Vul", "D"), ("perfect prediction rate", "X"), ("Vul4J", "D"), ("GPT-4o", "M"),
            ("macro-F1", "X"), ("GPU memory", "X"),
        ],
        "results": [
            ("perfect prediction rate of 63.4%", "perfect prediction rate", 63.4, "%", None, "Ojwendle"),
            ("44.7%", "perfect prediction rate", 44.7, "%", None, "VulRepair"),
            ("23.0%", "perfect prediction rate", 23.0, "%", None, "VRepair"),
            ("reaches 71.9%", "perfect prediction rate", 71.9, "%", None, "Ojwendle"),
            ("fixes 21 of the 79 Java vulnerabilities", "vulnerabilities fixed", 21, None, "Vul4J", "Ojwendle"),
            ("9 fixed by GPT-4o", "vulnerabilities fixed", 9, None, "Vul4J", "GPT-4o"),
            ("macro-F1 of 0.78", "macro-F1", 0.78, None, None, None),
            ("9.6 GB of GPU memory", "GPU memory", 9.6, "GB", None, "Ojwendle"),
            ("generates a patch in 1.3 s", "latency", 1.3, "s", None, "Ojwendle"),
            ("lowers the perfect prediction rate by 11.2 points", "perfect prediction rate", 11.2, "points", None,
             None),
        ],
    },
    {
        "field": "program-repair",
        "title": "Ojpaxim: Hierarchical Code-Graph Retrieval for Issue-to-File Bug Localization at Repository Scale",
        "text": (
            "Bug localization, mapping an issue report to the files and functions that must change, is the first and "
            "often decisive step of LLM-based issue resolution, yet embedding retrievers ignore the structure of a "
            "repository, and agentic localizers such as LocAgent or the localization stage of Agentless spend many "
            "model calls exploring it. We present Ojpaxim, a retriever that indexes a repository as a hierarchy of "
            "directories, files, classes and functions, scores each level with a contrastively trained bi-encoder, and "
            "propagates scores along import and call edges with personalized PageRank. Only the top-ranked functions "
            "are passed to a single reranking call of an LLM. On SWE-bench Lite, Ojpaxim achieves a file-level Acc@5 "
            "of 92.3% and a function-level Acc@10 of 71.6%, compared with 88.3% and 62.4% for LocAgent with Claude 3.5 "
            "Sonnet and 77.7% and 53.6% for CodeRankEmbed. On Loc-Bench, which adds feature requests and performance "
            "issues to bug reports, Ojpaxim outperforms LocAgent by 6.8 points in file-level Acc@5. Because it needs a "
            "single LLM call per issue where LocAgent averages more than a dozen, Ojpaxim reduces localization cost by "
            "86% and latency from 41 s to 5.2 s. Plugged into Agentless as a drop-in localizer, Ojpaxim raises the "
            "resolve rate on SWE-bench Lite from 32.0% to 36.3%."
        ),
        "spans": [
            ("Ojpaxim", "M"), ("Bug Localization", "T"), ("Bug localization", "T"), ("LLM", "M"),
            ("issue resolution", "T"), ("LocAgent", "M"), ("Agentless", "M"), ("bi-encoder", "M"),
            ("personalized PageRank", "M"), ("SWE-bench Lite", "D"), ("file-level Acc@5", "X"),
            ("function-level Acc@10", "X"), ("Claude 3.5 Sonnet", "M"), ("CodeRankEmbed", "M"), ("Loc-Bench", "D"),
            ("localization cost", "X"), ("latency", "X"), ("resolve rate", "X"),
        ],
        "results": [
            ("file-level Acc@5 of 92.3%", "Acc@5", 92.3, "%", "SWE-bench Lite", "Ojpaxim"),
            ("function-level Acc@10 of 71.6%", "Acc@10", 71.6, "%", "SWE-bench Lite", "Ojpaxim"),
            ("88.3%", "Acc@5", 88.3, "%", "SWE-bench Lite", "LocAgent"),
            ("62.4%", "Acc@10", 62.4, "%", "SWE-bench Lite", "LocAgent"),
            ("77.7%", "Acc@5", 77.7, "%", "SWE-bench Lite", "CodeRankEmbed"),
            ("53.6%", "Acc@10", 53.6, "%", "SWE-bench Lite", "CodeRankEmbed"),
            ("6.8 points in file-level Acc@5", "Acc@5", 6.8, "points", "Loc-Bench", "Ojpaxim"),
            ("localization cost by 86%", "localization cost reduction", 86, "%", None, "Ojpaxim"),
            ("latency from 41 s to 5.2 s", "latency", 5.2, "s", None, "Ojpaxim"),
            ("resolve rate on SWE-bench Lite from 32.0% to 36.3%", "resolve rate", 36.3, "%", "SWE-bench Lite",
             "Ojpaxim"),
        ],
    },
]
