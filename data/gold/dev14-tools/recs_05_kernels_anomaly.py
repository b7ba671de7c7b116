"""dev14 records: kernels (6) and anomaly (6).
Written and annotated by hand from docs/annotation-guidelines.md only (blind)."""

COINED = ["Mortise", "OxbowPipe", "Nettleflow", "OndineTune", "Nimbleshard", "Mordant",
          "Mudlark", "NacreAD", "Nightglass", "Meander", "Orlop", "Marrowline"]

RECS = [
    # ------------------------------------------------------------ kernels
    {
        "field": "kernels",
        "title": "Mortise: Warp-Specialized Fused Attention Kernels for FP8 Long-Context Training on Hopper GPUs",
        "text": (
            r"Attention remains the dominant cost of long-context training, and although FlashAttention-3 exploits "
            r"the asynchrony of Hopper tensor cores, its backward pass still reaches only $\sim$45\% of peak "
            r"throughput in BF16 and does not support block-scaled FP8. We present Mortise, a family of fused "
            r"attention kernels written in CUTLASS/CuTe that (i) pipelines the $dQ$, $dK$, $dV$ accumulations across "
            r"producer and consumer warpgroups, (ii) applies per-block FP8 scaling with incoherent processing to keep "
            r"outliers in check, and (iii) schedules causal tiles with a persistent, load-balanced work queue. On an "
            r"H100 SXM5 at sequence length $16$K and head dimension $d=128$, the Mortise forward pass reaches $781$ "
            r"TFLOPS in BF16 and $1.14$ PFLOPS in FP8, while the backward pass runs $1.6\times$ faster than "
            r"FlashAttention-3 (512 vs.\ 318 TFLOPS). FP8 attention outputs match a BF16 reference with $2.6\times$ "
            r"lower root-mean-square error than naive per-tensor FP8. Plugged into end-to-end pretraining of "
            r"Llama-3-8B on FineWeb with a 32K context, Mortise lifts model FLOPs utilization (MFU) from $38.2\%$ to "
            r"$46.9\%$ and shortens time-to-train by $\sim$17\%, with validation loss within $0.01$ nats of the BF16 "
            r"run after 50B tokens. Kernels and the scheduling autotuner are released under Apache-2.0."
        ),
        "spans": [
            ("Mortise", "M"), ("FlashAttention-3", "M"), ("throughput", "X"), ("incoherent processing", "M"),
            ("TFLOPS", "X"), ("PFLOPS", "X"), ("root-mean-square error", "X"),
            ("Llama-3-8B", "M"), ("FineWeb", "D"), ("model FLOPs utilization", "X"), ("MFU", "X"),
            ("time-to-train", "X"), ("validation loss", "X"),
        ],
        "results": [
            (r"only $\sim$45\% of peak throughput", "relative throughput", 45, "%", None, "FlashAttention-3"),
            (r"781$ TFLOPS", "throughput", 781, "TFLOPS", None, "Mortise"),
            (r"1.14$ PFLOPS", "throughput", 1.14, "PFLOPS", None, "Mortise"),
            (r"1.6\times$ faster", "speed-up", 1.6, "×", None, "Mortise"),
            ("512", "throughput", 512, "TFLOPS", None, "Mortise"),
            ("318 TFLOPS", "throughput", 318, "TFLOPS", None, "FlashAttention-3"),
            (r"2.6\times$ lower root-mean-square error", "root-mean-square error reduction", 2.6, "×", None, None),
            (r"model FLOPs utilization (MFU) from $38.2\%$ to $46.9\%", "MFU", 46.9, "%", "FineWeb", "Mortise"),
            (r"time-to-train by $\sim$17\%", "time-to-train reduction", 17, "%", "FineWeb", "Mortise"),
            (r"validation loss within $0.01$ nats", "validation loss", 0.01, "nats", "FineWeb", "Mortise"),
        ],
    },
    {
        "field": "kernels",
        "title": "OxbowPipe: Splitting Backward Passes to Drain Pipeline Bubbles in Large-Scale LLM Pretraining",
        "text": (
            "Pipeline parallelism wastes GPU time in bubbles at the start and end of every step. OxbowPipe splits "
            "each backward pass into input-gradient and weight-gradient halves, defers the latter into idle slots, "
            "and picks the schedule with an integer program solved once per job; solving the schedule takes under "
            "3 s for 64 stages. Memory stays bounded by a per-stage activation budget. We train GPT-style models of "
            "13B, 70B and 175B parameters on 256 H100 GPUs with 8-way tensor parallelism, 16 pipeline stages, "
            "micro-batch size 1 and a global batch of 1,536 sequences. Bubble ratio: 1F1B 16.8%, interleaved 1F1B "
            "9.4%, ZB-H1 5.2%, OxbowPipe 1.3%. MFU of OxbowPipe at 70B: 51.7% vs. 43.9% for 1F1B; at 175B: 49.2% "
            "vs. 40.6%. OxbowPipe improves throughput over Zero Bubble Pipeline Parallelism by 4.1%, 6.3% and 7.8% "
            "for the three sizes, respectively. Peak activation memory rises by only 6%. Loss curves are "
            "bit-identical to 1F1B. The scheduler ships as a patch to Megatron-LM."
        ),
        "spans": [
            ("OxbowPipe", "M"), ("LLM", "M"), ("Pipeline parallelism", "M"), ("GPT", "M"),
            ("tensor parallelism", "M"), ("Bubble ratio", "X"), ("1F1B", "M"), ("interleaved 1F1B", "M"),
            ("ZB-H1", "M"), ("MFU", "X"), ("throughput", "X"), ("Zero Bubble Pipeline Parallelism", "M"),
            ("Peak activation memory", "X"),
        ],
        "results": [
            ("solving the schedule takes under 3 s", "solving time", 3, "s", None, None),
            ("16.8%", "bubble ratio", 16.8, "%", None, "1F1B"),
            ("9.4%", "bubble ratio", 9.4, "%", None, "interleaved 1F1B"),
            ("5.2%", "bubble ratio", 5.2, "%", None, "ZB-H1"),
            ("1.3%", "bubble ratio", 1.3, "%", None, "OxbowPipe"),
            ("MFU of OxbowPipe at 70B: 51.7%", "MFU", 51.7, "%", None, "OxbowPipe"),
            ("43.9%", "MFU", 43.9, "%", None, "1F1B"),
            ("49.2%", "MFU", 49.2, "%", None, "OxbowPipe"),
            ("40.6%", "MFU", 40.6, "%", None, "1F1B"),
            ("throughput over Zero Bubble Pipeline Parallelism by 4.1%", "throughput", 4.1, "%", None, "OxbowPipe"),
            ("6.3%", "throughput", 6.3, "%", None, "OxbowPipe"),
            ("7.8%", "throughput", 7.8, "%", None, "OxbowPipe"),
            ("Peak activation memory rises by only 6%", "peak activation memory", 6, "%", None, None),
        ],
    },
    {
        "field": "kernels",
        "title": "Nettleflow: Overlapping Expert-Parallel All-to-All with Grouped GEMM for Mixture-of-Experts Training",
        "text": (
            "Training mixture-of-experts (MoE) language models at scale is bottlenecked less by arithmetic than by "
            "the all-to-all token exchange of expert parallelism, which on multi-node clusters can occupy more than "
            "half of each step. Nettleflow is a training system that splits every MoE layer into fine-grained chunks, "
            "overlaps the dispatch and combine all-to-all of one chunk with the grouped GEMM of the next through a "
            "dependency-aware stream scheduler, and rebalances experts across ranks every 200 steps using a "
            "token-count predictor, so that neither the network nor the tensor cores sit idle. Evaluated on "
            "Mixtral-8x7B, DeepSeek-MoE-16B and a 141B-parameter internal model trained on 1T tokens of "
            "RedPajama-V2 across 32, 64 and 128 H800 GPUs, Nettleflow raises training throughput from 6,120 to "
            "9,870 tokens/s per GPU on Mixtral-8x7B (1.61\u00d7 over the Megatron-LM MoE baseline), reaches an MFU of "
            "42.3% on DeepSeek-MoE-16B compared with 31.5% for Tutel and 34.8% for DeepSpeed-MoE, cuts the exposed "
            "communication time per step from 412 ms to 97 ms, a 76% reduction, and lowers peak memory by 11.2 GB "
            "per GPU through chunk-level buffer reuse, all while keeping the auxiliary load-balancing loss and the "
            "final validation perplexity (6.84 vs. 6.86) statistically indistinguishable from the unoverlapped "
            "baseline. Scaling efficiency from 32 to 128 GPUs is 93%, against 71% for the baseline. The same chunked "
            "overlap carries over to fine-grained MoE designs with 64 experts and top-6 routing, where an "
            "expert-parallel degree of 32 previously left the interconnect idle for much of each step, and we release "
            "the scheduler as a drop-in replacement for the MoE layer of existing training stacks."
        ),
        "spans": [
            ("Nettleflow", "M"), ("Grouped GEMM", "M"), ("grouped GEMM", "M"), ("Mixture-of-Experts", "M"),
            ("mixture-of-experts", "M"), ("MoE", "M", {"skip": [5]}), ("expert parallelism", "M"),
            ("Mixtral-8x7B", "M"), ("DeepSeek-MoE-16B", "M"), ("RedPajama-V2", "D"),
            ("training throughput", "X"), ("MFU", "X"), ("exposed communication time", "X"),
            ("peak memory", "X"), ("validation perplexity", "X"), ("Scaling efficiency", "X"),
        ],
        "results": [
            ("training throughput from 6,120 to 9,870 tokens/s", "training throughput", 9870, "tokens/s",
             "RedPajama-V2", "Nettleflow"),
            ("1.61\u00d7 over the Megatron-LM MoE baseline", "speed-up", 1.61, "\u00d7", "RedPajama-V2", "Nettleflow"),
            ("MFU of 42.3%", "MFU", 42.3, "%", "RedPajama-V2", "Nettleflow"),
            ("31.5%", "MFU", 31.5, "%", "RedPajama-V2", "Tutel"),
            ("34.8%", "MFU", 34.8, "%", "RedPajama-V2", "DeepSpeed-MoE"),
            ("exposed communication time per step from 412 ms to 97 ms", "exposed communication time", 97, "ms",
             "RedPajama-V2", "Nettleflow"),
            ("76% reduction", "exposed communication time reduction", 76, "%", "RedPajama-V2", "Nettleflow"),
            ("peak memory by 11.2 GB", "peak memory reduction", 11.2, "GB", "RedPajama-V2", "Nettleflow"),
            ("6.84", "validation perplexity", 6.84, None, "RedPajama-V2", "Nettleflow"),
            ("6.86", "validation perplexity", 6.86, None, "RedPajama-V2", None),
            ("Scaling efficiency from 32 to 128 GPUs is 93%", "scaling efficiency", 93, "%", None, None),
            ("71%", "scaling efficiency", 71, "%", None, None),
        ],
    },
    {
        "field": "kernels",
        "title": "OndineTune: Transferable Cost Model with Few-Shot Adaptation for Fast Tensor Program Tuning on New Hardware",
        "text": (
            "Deep learning compilers like TVM need to search a large schedule space for every operator and every "
            "hardware, and this tuning is taking many hours. The learned cost models used in Ansor and MetaSchedule "
            "must be retrained from zero when the hardware is changed, which make the adaptation to new accelerators "
            "very slow. In this paper we propose OndineTune, a cost model based on graph neural network which is "
            "pre-trained on 2.4 million measured programs from TenSet and then adapted to a new device with only 500 "
            "measurements. For the adaptation we use meta-learning with a hardware embedding, so the model can know "
            "the difference of memory hierarchy between devices. We evaluate OndineTune for tensor program "
            "optimization on ResNet-50, BERT-base, MobileNet-V2 and the decoder layers of Llama-2-7B, on NVIDIA A100, "
            "AMD MI250 and an ARM Graviton3 CPU. Compared to Ansor, OndineTune reduce the tuning time by 8.7\u00d7 in "
            "average while the final latency of compiled models is same or better. On A100, BERT-base compiled by "
            "OndineTune runs at 1.92 ms latency against 2.31 ms of MetaSchedule and 2.05 ms of TensorRT. The top-1 "
            "prediction accuracy of OndineTune on unseen hardware is 0.81 compared to 0.64 of TLP. OndineTune find "
            "the fastest schedule on 17 of 20 operators of the benchmark. We will open the code."
        ),
        "spans": [
            ("OndineTune", "M"), ("Tensor Program Tuning", "T"), ("Ansor", "M"), ("MetaSchedule", "M"),
            ("graph neural network", "M"), ("TenSet", "D"), ("meta-learning", "M"),
            ("tensor program optimization", "T"), ("ResNet-50", "M"), ("BERT-base", "M"), ("MobileNet-V2", "M"),
            ("Llama-2-7B", "M"), ("tuning time", "X"), ("latency", "X"), ("top-1 prediction accuracy", "X"),
            ("TLP", "M"),
        ],
        "results": [
            ("tuning time by 8.7\u00d7", "tuning time reduction", 8.7, "\u00d7", None, "OndineTune"),
            ("1.92 ms latency", "latency", 1.92, "ms", None, "OndineTune"),
            ("2.31 ms", "latency", 2.31, "ms", None, "MetaSchedule"),
            ("2.05 ms", "latency", 2.05, "ms", None, "TensorRT"),
            ("top-1 prediction accuracy of OndineTune on unseen hardware is 0.81", "top-1 prediction accuracy", 0.81,
             None, None, "OndineTune"),
            ("0.64", "top-1 prediction accuracy", 0.64, None, None, "TLP"),
            ("fastest schedule on 17 of 20 operators", "operators ranked first", 17, None, None, "OndineTune"),
        ],
    },
    {
        "field": "kernels",
        "title": "Nimbleshard: Full-Parameter Fine-Tuning of a 70B Model on a Single 8-GPU Node at 41% MFU",
        "text": (
            "Fully sharded data parallelism and ZeRO-3 make large models fit in aggregate GPU memory, but once "
            "optimizer states are offloaded to the host, PCIe traffic rather than compute sets the pace. Nimbleshard "
            "combines ZeRO-3 sharding with three ideas: an asynchronous optimizer step that overlaps the CPU Adam "
            "update of layer l with the backward pass of layer l+1, 8-bit optimizer states with stochastic rounding, "
            "and a layer-wise prefetch planner that orders host-to-device transfers from the measured PCIe bandwidth. "
            "We fine-tune Llama-3.1-70B with sequence length 4,096 on the Tulu-3-SFT mixture and evaluate downstream "
            "quality on MMLU and GSM8K. Throughput (tokens/s per node): Nimbleshard 3,412; ZeRO-Infinity 1,655; "
            "ZeRO-3 with CPU offload 2,087. Stall time per step: 0.9 s vs. 4.6 s for ZeRO-Infinity. Host memory: "
            "1.1 TB (ours) vs. 1.6 TB. Downstream accuracy after one epoch is unchanged within noise (MMLU 82.4 vs. "
            "82.6 for the full-precision-state baseline; GSM8K 91.3 vs. 91.0). Compared to LoRA with rank 64, full "
            "fine-tuning with Nimbleshard improves GSM8K by 3.8 points while costing 2.3\u00d7 more GPU hours. The "
            "planner adds less than 1% overhead to each step."
        ),
        "spans": [
            ("Nimbleshard", "M"), ("Full-Parameter Fine-Tuning", "M"), ("MFU", "X"),
            ("Fully sharded data parallelism", "M"), ("ZeRO-3", "M"), ("Adam", "M"), ("stochastic rounding", "M"),
            ("Llama-3.1-70B", "M"), ("Tulu-3-SFT", "D"), ("MMLU", "D"), ("GSM8K", "D"), ("Throughput", "X"),
            ("ZeRO-Infinity", "M"), ("Stall time", "X"), ("Host memory", "X"), ("accuracy", "X"), ("LoRA", "M"),
            ("full fine-tuning", "M"), ("GPU hours", "X"), ("overhead", "X"),
        ],
        "title_results": [
            ("41% MFU", "MFU", 41, "%", None, "Nimbleshard"),
        ],
        "results": [
            ("3,412", "throughput", 3412, "tokens/s", None, "Nimbleshard"),
            ("1,655", "throughput", 1655, "tokens/s", None, "ZeRO-Infinity"),
            ("2,087", "throughput", 2087, "tokens/s", None, "ZeRO-3"),
            ("Stall time per step: 0.9 s", "stall time", 0.9, "s", None, None),
            ("4.6 s", "stall time", 4.6, "s", None, "ZeRO-Infinity"),
            ("Host memory: 1.1 TB", "host memory", 1.1, "TB", None, None),
            ("1.6 TB", "host memory", 1.6, "TB", None, None),
            ("MMLU 82.4", "accuracy", 82.4, None, "MMLU", None),
            ("82.6", "accuracy", 82.6, None, "MMLU", None),
            ("GSM8K 91.3", "accuracy", 91.3, None, "GSM8K", None),
            ("91.0", "accuracy", 91.0, None, "GSM8K", None),
            ("improves GSM8K by 3.8 points", "improvement", 3.8, "points", "GSM8K", "Nimbleshard"),
            ("2.3\u00d7 more GPU hours", "GPU hours", 2.3, "\u00d7", None, "Nimbleshard"),
            ("less than 1% overhead", "overhead", 1, "%", None, None),
        ],
    },
    {
        "field": "kernels",
        "title": "Mordant: Profiler-Guided Reinforcement Learning for Writing Fast and Correct Triton Kernels",
        "text": (
            r"Large language models can draft GPU kernels, but on KernelBench even frontier reasoning models solve "
            r"fewer than $20\%$ of the hardest tasks with kernels that are both correct and faster than PyTorch eager. "
            r"We introduce Mordant, which fine-tunes Qwen2.5-Coder-32B-Instruct with GRPO on a reward that combines "
            r"compilation, numerical correctness against the reference at tolerance $\epsilon = 10^{-2}$, and the "
            r"profiled speedup, so that the policy learns from the cost of each memory access rather than from "
            r"correctness alone. At inference, Mordant runs a $k=8$ round refinement loop in which Nsight Compute "
            r"counters are returned as feedback. On the three KernelBench levels, Mordant attains fast$_1$ scores of "
            r"$61\%$/$54\%$/$29\%$, against $42\%$/$31\%$/$11\%$ for DeepSeek-R1 and $38\%$/$27\%$/$9\%$ for o3-mini "
            r"under the same sampling budget. The geometric-mean speedup over PyTorch eager on KernelBench is "
            r"$1.38\times$, and up to $4.2\times$ on individual fused operators. Training uses $\sim$6k tasks "
            r"synthesized from 1.2k PyTorch modules, none of which overlap with KernelBench, and takes 96 H100 GPU "
            r"hours. We also observe reward hacking in $3.1\%$ of early rollouts (kernels that skip the computation), "
            r"which a correctness check on randomized inputs removes."
        ),
        "spans": [
            ("Mordant", "M"), ("Reinforcement Learning", "M"), ("Large language models", "M"), ("KernelBench", "D"),
            ("Qwen2.5-Coder-32B-Instruct", "M"), ("GRPO", "M"), ("fast$_1", "X"), ("DeepSeek-R1", "M"),
            ("o3-mini", "M"), ("geometric-mean speedup", "X"),
        ],
        "results": [
            (r"solve fewer than $20\%$ of the hardest tasks", "solve rate", 20, "%", "KernelBench", None),
            (r"fast$_1$ scores of $61\%", "fast_1", 61, "%", "KernelBench", "Mordant"),
            (r"54\%", "fast_1", 54, "%", "KernelBench", "Mordant"),
            (r"29\%", "fast_1", 29, "%", "KernelBench", "Mordant"),
            (r"42\%", "fast_1", 42, "%", "KernelBench", "DeepSeek-R1"),
            (r"31\%", "fast_1", 31, "%", "KernelBench", "DeepSeek-R1"),
            (r"11\%", "fast_1", 11, "%", "KernelBench", "DeepSeek-R1"),
            (r"38\%", "fast_1", 38, "%", "KernelBench", "o3-mini"),
            (r"27\%", "fast_1", 27, "%", "KernelBench", "o3-mini"),
            (r"9\%", "fast_1", 9, "%", "KernelBench", "o3-mini", {"occ": 1}),
            (r"geometric-mean speedup over PyTorch eager on KernelBench is $1.38\times", "geometric-mean speedup",
             1.38, "×", "KernelBench", None),
            (r"4.2\times", "speedup", 4.2, "×", "KernelBench", None),
            ("takes 96 H100 GPU hours", "training time", 96, "GPU hours", None, None),
            (r"reward hacking in $3.1\%$ of early rollouts", "reward hacking rate", 3.1, "%", None, None),
        ],
    },
    # ------------------------------------------------------------ anomaly
    {
        "field": "anomaly",
        "title": "Mudlark: Prompt-Free Zero-Shot Anomaly Detection via Patch-Level Vision-Language Alignment",
        "text": (
            "Zero-shot anomaly detection asks a model to flag defects in product categories it has never seen, "
            "without any normal reference images. CLIP-based methods such as WinCLIP and AnomalyCLIP rely on "
            "hand-written or learned text prompts whose wording strongly affects segmentation quality. Mudlark removes "
            "prompts altogether: it learns a single class-agnostic abnormality direction in the patch embedding space "
            "of a frozen CLIP ViT-L/14-336, trained on auxiliary VisA data, and scores each patch by its projection "
            "onto that direction after a lightweight multi-layer adapter. When transferring from VisA to MVTec AD, "
            "Mudlark obtains 93.6/92.8 image/pixel AUROC and 46.3 pixel AP, and 91.2/95.7 in the reverse direction. "
            "Mudlark's gains over AnomalyCLIP on MVTec AD are +2.1/+1.7 points. On six industrial datasets (MVTec AD, "
            "VisA, BTAD, MPDD, KSDD2, DAGM) plus two medical ones (BrainMRI, HeadCT), Mudlark ranks first in image "
            "AUROC on 6 of the 8. The adapter has 1.9M parameters and inference takes 21 ms per image on an RTX 4090. "
            "We find that the method degrades on the logical anomalies of MVTec LOCO AD, where its AUROC is 68.4, and "
            "discuss why a single direction is insufficient there."
        ),
        "spans": [
            ("Mudlark", "M"), ("Zero-Shot Anomaly Detection", "T"), ("Zero-shot anomaly detection", "T"),
            ("CLIP", "M"), ("WinCLIP", "M"), ("AnomalyCLIP", "M"), ("CLIP ViT-L/14-336", "M"), ("VisA", "D"),
            ("MVTec AD", "D"), ("image/pixel AUROC", "X"), ("pixel AP", "X"), ("BTAD", "D"), ("MPDD", "D"),
            ("KSDD2", "D"), ("DAGM", "D"), ("BrainMRI", "D"), ("HeadCT", "D"), ("image AUROC", "X"),
            ("MVTec LOCO AD", "D"), ("AUROC", "X"),
        ],
        "results": [
            ("93.6", "image AUROC", 93.6, None, "MVTec AD", "Mudlark"),
            ("92.8 image/pixel AUROC", "pixel AUROC", 92.8, None, "MVTec AD", "Mudlark"),
            ("46.3 pixel AP", "pixel AP", 46.3, None, "MVTec AD", "Mudlark"),
            ("91.2", "image AUROC", 91.2, None, "VisA", "Mudlark"),
            ("95.7", "pixel AUROC", 95.7, None, "VisA", "Mudlark"),
            ("+2.1", "improvement", 2.1, "points", "MVTec AD", "Mudlark"),
            ("+1.7 points", "improvement", 1.7, "points", "MVTec AD", "Mudlark"),
            ("ranks first in image AUROC on 6 of the 8", "ranked first", 6, None, None, "Mudlark"),
            ("inference takes 21 ms", "inference time", 21, "ms", None, None),
            ("AUROC is 68.4", "AUROC", 68.4, None, "MVTec LOCO AD", None),
        ],
    },
    {
        "field": "anomaly",
        "title": "NacreAD: Few-Shot Industrial Anomaly Detection with Registered DINOv2 Memory Banks",
        "text": (
            r"Few-shot industrial anomaly detection requires localizing defects from only a handful of normal images "
            r"per category. Memory-bank methods such as PatchCore degrade sharply in this regime because "
            r"nearest-neighbour scores are dominated by pose and illumination changes rather than by defects. We "
            r"propose NacreAD, which (1) registers every test image to its $k$ support images with a differentiable "
            r"dense-flow head, (2) compares aligned DINOv2 ViT-B/14 patch features in a memory bank of "
            r"$\mathcal{O}(k \cdot HW)$ size, and (3) calibrates patch scores with a per-category Gaussian fitted on "
            r"$100$ synthetic anomalies from CutPaste. With $k=4$ shots, NacreAD reaches $\mathbf{97.8}$ I-AUROC and "
            r"$\mathbf{96.9}$ P-AUROC on MVTec AD, and $93.4$ / $97.1$ on VisA; with a single shot it still obtains "
            r"$94.2$ I-AUROC on MVTec AD, $+5.3$ over PatchCore and $+2.6$ over InCTRL. NacreAD also improves the "
            r"per-region overlap (PRO) score from $88.1$ to $92.7$ on MVTec AD ($k=4$). On MPDD, where parts are "
            r"photographed in arbitrary poses, registration matters most: I-AUROC rises by $8.9$ points. Inference "
            r"costs $48$ ms per image on an A100 with $<$2 GB of GPU memory. We release code and per-category "
            r"results."
        ),
        "spans": [
            ("NacreAD", "M"), ("Few-Shot Industrial Anomaly Detection", "T"),
            ("Few-shot industrial anomaly detection", "T"), ("DINOv2", "M"), ("DINOv2 ViT-B/14", "M"),
            ("PatchCore", "M"), ("CutPaste", "M"), ("I-AUROC", "X"), ("P-AUROC", "X"), ("MVTec AD", "D"),
            ("VisA", "D"), ("InCTRL", "M"), ("per-region overlap", "X"), ("PRO", "X"), ("MPDD", "D"),
            ("GPU memory", "X"),
        ],
        "results": [
            (r"97.8}$ I-AUROC", "image AUROC", 97.8, None, "MVTec AD", "NacreAD"),
            (r"96.9}$ P-AUROC", "pixel AUROC", 96.9, None, "MVTec AD", "NacreAD"),
            ("93.4", "image AUROC", 93.4, None, "VisA", "NacreAD"),
            ("97.1", "pixel AUROC", 97.1, None, "VisA", "NacreAD"),
            (r"94.2$ I-AUROC", "image AUROC", 94.2, None, "MVTec AD", "NacreAD"),
            (r"+5.3$ over PatchCore", "image AUROC", 5.3, None, "MVTec AD", "NacreAD"),
            (r"+2.6$ over InCTRL", "image AUROC", 2.6, None, "MVTec AD", "NacreAD"),
            (r"per-region overlap (PRO) score from $88.1$ to $92.7", "PRO", 92.7, None, "MVTec AD", "NacreAD"),
            (r"I-AUROC rises by $8.9$ points", "image AUROC", 8.9, "points", "MPDD", None),
            (r"Inference costs $48$ ms", "inference time", 48, "ms", None, None),
            ("2 GB of GPU memory", "GPU memory", 2, "GB", None, None),
        ],
    },
    {
        "field": "anomaly",
        "title": "Nightglass: Are Reconstruction-Free Foundation Models Enough for Time-Series Anomaly Detection?",
        "text": (
            "Time-series anomaly detection has seen a wave of foundation models, yet recent benchmarking on TSB-AD "
            "suggests that simple statistical detectors often remain competitive. We revisit this question with "
            "Nightglass, a detector that scores each point by the likelihood ratio between two forecasts from a "
            "frozen Chronos-Bolt-Base model, one conditioned on a short context and one on a long context, with no "
            "reconstruction head and no training on the target series. We evaluate on the 1,070 univariate series of "
            "TSB-AD-U and the 200 multivariate series of TSB-AD-M, with VUS-PR as the primary measure and the "
            "official hyper-parameter budget. VUS-PR on TSB-AD-U: Nightglass 0.47, Sub-PCA 0.42, KShapeAD 0.40, "
            "MOMENT (FT) 0.39, Isolation Forest 0.29. On TSB-AD-M the picture is less clear: in VUS-PR, Nightglass "
            "(0.33) trails CNN (0.35) and OmniAnomaly (0.34), although it ranks first on 11 of the 17 source datasets "
            "of TSB-AD-U. Range-F1 tells a similar story (0.51 vs. 0.46 for Sub-PCA on TSB-AD-U). We caution that "
            "differences below 0.02 VUS-PR are within the variation we observe across five random seeds, and that "
            "the gains concentrate on series with clear seasonal structure; on the YAHOO and NAB subsets, Nightglass "
            "is no better than a moving-average baseline. We therefore see Nightglass as a strong zero-shot "
            "reference point rather than a solved problem."
        ),
        "spans": [
            ("Nightglass", "M"), ("Foundation Models", "M"), ("Time-Series Anomaly Detection", "T"),
            ("Time-series anomaly detection", "T"), ("foundation models", "M"), ("TSB-AD", "D"),
            ("Chronos-Bolt-Base", "M"), ("TSB-AD-U", "D"), ("TSB-AD-M", "D"), ("VUS-PR", "X"), ("Sub-PCA", "M"),
            ("KShapeAD", "M"), ("MOMENT", "M"), ("Isolation Forest", "M"), ("CNN", "M"), ("OmniAnomaly", "M"),
            ("Range-F1", "X"), ("YAHOO", "D"), ("NAB", "D"),
        ],
        "results": [
            ("0.47", "VUS-PR", 0.47, None, "TSB-AD-U", "Nightglass"),
            ("0.42", "VUS-PR", 0.42, None, "TSB-AD-U", "Sub-PCA"),
            ("0.40", "VUS-PR", 0.40, None, "TSB-AD-U", "KShapeAD"),
            ("0.39", "VUS-PR", 0.39, None, "TSB-AD-U", "MOMENT"),
            ("0.29", "VUS-PR", 0.29, None, "TSB-AD-U", "Isolation Forest"),
            ("0.33", "VUS-PR", 0.33, None, "TSB-AD-M", "Nightglass"),
            ("0.35", "VUS-PR", 0.35, None, "TSB-AD-M", "CNN"),
            ("0.34", "VUS-PR", 0.34, None, "TSB-AD-M", "OmniAnomaly"),
            ("ranks first on 11 of the 17 source datasets", "datasets ranked first", 11, None, "TSB-AD-U",
             "Nightglass"),
            ("0.51", "Range-F1", 0.51, None, "TSB-AD-U", None),
            ("0.46", "Range-F1", 0.46, None, "TSB-AD-U", "Sub-PCA"),
        ],
    },
    {
        "field": "anomaly",
        "title": "Meander: Frequency-Routed Linear Experts for Long-Term Multivariate Forecasting",
        "text": (
            "Lowest average MSE on 5 of 6 benchmarks, with 0.4M parameters per dataset and no attention: that is "
            "the headline of Meander, a linear forecaster for long-term multivariate forecasting. Meander decomposes "
            "each input window with a learnable filter bank into K = 4 frequency bands, routes each band to a small "
            "pool of linear experts through a sparse gate, and mixes the expert outputs channel-independently. We "
            "follow the standard protocol on ETTh1, ETTh2, ETTm1, Electricity, Weather and Traffic, with a look-back "
            "of 720 steps and horizons {96, 192, 336, 720}. The average MSE/MAE are 0.398/0.417 on ETTh1; "
            "0.152/0.245 on Electricity; 0.219/0.253 on Weather. Meander lowers MSE relative to PatchTST by 4.6% on "
            "average and relative to iTransformer by 6.1%. On Traffic, iTransformer keeps the lead (0.378 MSE), "
            "which we attribute to strong cross-channel dependencies that our channel-independent design ignores. "
            "Training Meander on Electricity takes 4 minutes on one RTX 3090, 11\u00d7 less than PatchTST. "
            "Code is available."
        ),
        "spans": [
            ("Meander", "M"), ("Long-Term Multivariate Forecasting", "T"), ("long-term multivariate forecasting", "T"),
            ("average MSE", "X"), ("MSE", "X"), ("MAE", "X"), ("ETTh1", "D"), ("ETTh2", "D"), ("ETTm1", "D"),
            ("Electricity", "D"), ("Weather", "D"), ("Traffic", "D"), ("PatchTST", "M"), ("iTransformer", "M"),
        ],
        "results": [
            ("Lowest average MSE on 5 of 6 benchmarks", "benchmarks ranked first", 5, None, None, "Meander"),
            ("0.398", "average MSE", 0.398, None, "ETTh1", None),
            ("0.417", "average MAE", 0.417, None, "ETTh1", None),
            ("0.152", "average MSE", 0.152, None, "Electricity", None),
            ("0.245", "average MAE", 0.245, None, "Electricity", None),
            ("0.219", "average MSE", 0.219, None, "Weather", None),
            ("0.253", "average MAE", 0.253, None, "Weather", None),
            ("MSE relative to PatchTST by 4.6%", "MSE reduction", 4.6, "%", None, "Meander"),
            ("6.1%", "MSE reduction", 6.1, "%", None, "Meander"),
            ("0.378 MSE", "MSE", 0.378, None, "Traffic", "iTransformer"),
            ("takes 4 minutes", "training time", 4, "min", "Electricity", "Meander"),
            ("11\u00d7 less", "training time reduction", 11, "\u00d7", "Electricity", "Meander"),
        ],
    },
    {
        "field": "anomaly",
        "title": "Orlop: Zero-Shot Probabilistic Forecasting with Quantile-Mixture Heads on Frozen Time-Series Foundation Models",
        "text": (
            "Time-series foundation models such as Chronos, TimesFM and Moirai give good point forecasts in the "
            "zero-shot setting, but their predictive distributions are often miscalibrated, especially for "
            "intermittent and heavy-tailed series. In this work we present Orlop, a light head of 3.1M parameters "
            "which is put on top of a frozen foundation model and which outputs a mixture of quantile functions "
            "instead of fixed quantile levels. The head is trained only one time on a pretraining corpus of 27 "
            "billion observations and then it is used for any new dataset without fine-tuning. On the GIFT-Eval "
            "benchmark (97 configurations), Orlop on top of TimesFM-2.0 reach a CRPS of 0.461 and a MASE of 0.689, "
            "while the original TimesFM-2.0 quantile head has 0.497 and 0.701. The improvement in CRPS is 7.2% in "
            "average and it is bigger for short-term frequencies (10.4%) than for long horizons (3.9%). On the "
            "Chronos Benchmark II of 27 zero-shot datasets, the weighted quantile loss (WQL) is reduced from 0.649 "
            "for Chronos-Bolt-Base to 0.612, and Orlop wins against Moirai-Large on 19 datasets of 27. The point "
            "accuracy is mostly kept: Orlop retains 99.1% of the point accuracy of the base model. However, we must "
            "say that calibration on daily retail series with many zeros is still not good, and the empirical "
            "coverage of the 90% interval is only 84.7% there."
        ),
        "spans": [
            ("Orlop", "M"), ("Zero-Shot Probabilistic Forecasting", "T"), ("Time-Series Foundation Models", "M"),
            ("Time-series foundation models", "M"), ("Chronos", "M"), ("TimesFM", "M"), ("Moirai", "M"),
            ("foundation model", "M"), ("GIFT-Eval", "D"), ("TimesFM-2.0", "M"), ("CRPS", "X"), ("MASE", "X"),
            ("Chronos Benchmark II", "D"), ("weighted quantile loss", "X"), ("WQL", "X"),
            ("Chronos-Bolt-Base", "M"), ("Moirai-Large", "M"), ("point accuracy", "X"),
            ("empirical coverage", "X"),
        ],
        "results": [
            ("CRPS of 0.461", "CRPS", 0.461, None, "GIFT-Eval", "Orlop"),
            ("MASE of 0.689", "MASE", 0.689, None, "GIFT-Eval", "Orlop"),
            ("0.497", "CRPS", 0.497, None, "GIFT-Eval", "TimesFM-2.0"),
            ("0.701", "MASE", 0.701, None, "GIFT-Eval", "TimesFM-2.0"),
            ("improvement in CRPS is 7.2%", "CRPS", 7.2, "%", None, None),
            ("10.4%", "CRPS", 10.4, "%", None, None),
            ("3.9%", "CRPS", 3.9, "%", None, None),
            ("weighted quantile loss (WQL) is reduced from 0.649", "WQL", 0.649, None, "Chronos Benchmark II",
             "Chronos-Bolt-Base"),
            ("0.612", "WQL", 0.612, None, "Chronos Benchmark II", "Orlop"),
            ("wins against Moirai-Large on 19 datasets of 27", "datasets won", 19, None, "Chronos Benchmark II",
             "Orlop"),
            ("retains 99.1% of the point accuracy", "relative point accuracy", 99.1, "%", None, "Orlop"),
            ("empirical coverage of the 90% interval is only 84.7%", "empirical coverage", 84.7, "%", None, None),
        ],
    },
    {
        "field": "anomaly",
        "title": "Marrowline: Graph-Regularized State-Space Models for Multivariate Anomaly Detection in Spacecraft and Server Telemetry",
        "text": (
            "Multivariate time-series anomaly detection on telemetry from spacecraft, servers and industrial plants "
            "must cope with hundreds of correlated channels, long-range dependencies and contaminated training data, "
            "and because the popular point-adjusted F1 has been shown to overstate the quality of almost any "
            "detector, we evaluate Marrowline, a Mamba-based forecaster whose channel mixing is regularized by a "
            "learned sparse dependency graph and whose anomaly score combines forecasting residuals with "
            "graph-deviation terms, under both point-adjusted and affiliation metrics. Marrowline is trained with a "
            "robust Huber objective on windows of 100 steps, with the contamination ratio assumed to be 1%. On the "
            "SMD, MSL, SMAP, PSM and SWaT datasets, Marrowline improves affiliation F1 over the strongest prior "
            "detector in every case, with affiliation F1 scores of 0.861, 0.793, 0.774, 0.842 and 0.761 "
            "respectively, raises the average VUS-ROC across the five datasets from 0.712 for TranAD to 0.768, "
            "surpasses Anomaly Transformer by 11.3 points of affiliation F1 on SWaT, and keeps the point-adjusted F1 "
            "on SMD at 96.2, within 0.4 points of the best reported value, while requiring only 14 minutes of "
            "training on SMD and 0.6 ms per window at inference on a single V100 GPU. Ablating the dependency graph "
            "costs 3.5 points of average affiliation F1, most of it on SWaT."
        ),
        "spans": [
            ("Marrowline", "M"), ("State-Space Models", "M"), ("Multivariate Anomaly Detection", "T"),
            ("Multivariate time-series anomaly detection", "T"), ("point-adjusted F1", "X"), ("Mamba", "M"),
            ("SMD", "D"), ("MSL", "D"), ("SMAP", "D"), ("PSM", "D"), ("SWaT", "D"), ("affiliation F1", "X"),
            ("average VUS-ROC", "X"), ("TranAD", "M"), ("Anomaly Transformer", "M"),
            ("average affiliation F1", "X"),
        ],
        "results": [
            ("affiliation F1 scores of 0.861", "affiliation F1", 0.861, None, "SMD", "Marrowline"),
            ("0.793", "affiliation F1", 0.793, None, "MSL", "Marrowline"),
            ("0.774", "affiliation F1", 0.774, None, "SMAP", "Marrowline"),
            ("0.842", "affiliation F1", 0.842, None, "PSM", "Marrowline"),
            ("0.761", "affiliation F1", 0.761, None, "SWaT", "Marrowline"),
            ("average VUS-ROC across the five datasets from 0.712", "average VUS-ROC", 0.712, None, None, "TranAD"),
            ("0.768", "average VUS-ROC", 0.768, None, None, "Marrowline"),
            ("11.3 points of affiliation F1", "affiliation F1", 11.3, "points", "SWaT", "Marrowline"),
            ("point-adjusted F1 on SMD at 96.2", "point-adjusted F1", 96.2, None, "SMD", "Marrowline"),
            ("within 0.4 points", "point-adjusted F1", 0.4, "points", "SMD", "Marrowline"),
            ("14 minutes of training", "training time", 14, "min", "SMD", "Marrowline"),
            ("0.6 ms per window at inference", "inference time", 0.6, "ms", None, "Marrowline"),
            ("3.5 points of average affiliation F1", "average affiliation F1", 3.5, "points", None, None),
        ],
    },
]
