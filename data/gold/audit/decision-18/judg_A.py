"""Audit A of decision 18: judgements, kept as I read (file, id, field, index, new_method, reason[, question])."""
S = 'seed.jsonl'
W = 'written.jsonl'
R = 'results'
T = 'title_results'

PRON = 'decision 18: a pronoun or description names no method; the clause\'s subject is %s and no name is written for the figure'
Q_BASE = ('Decision 9 gives "the base model if that is all it names"; decision 18 says the model a method works on is not its method '
          'and a description/pronoun subject names none. Which wins when the only name in the sentence is the model worked on?')
Q_ANTE = ('The subject is a pronoun whose antecedent, the method, is named earlier in the same sentence. Does "it" then name no method '
          '(null), or does the sentence state the method (keep)?')

CHANGES = [
    (S, 'hf-efficient-036', R, 0, None, PRON % '"we"' + ' (LoRA is named only in earlier sentences)'),
    (S, 'hf-efficient-078', R, 0, None, PRON % '"our method"' + '; LoRA is set against'),
    (S, 'hf-efficient-078', R, 1, None, PRON % '"our method"' + '; LoRA is set against'),
    (S, 'hf-efficient-078', R, 2, None, PRON % '"our method"' + '; full FT is set against'),
]

UNDECIDED = [
    (S, 'hf-efficient-013', R, 0, None, 'subject "we"; MuLUT is the model AutoLUT is applied to ("for MuLUT, we achieve")', Q_BASE + ' Also "for MuLUT" has the form of "30.2% for DPO".'),
    (S, 'hf-efficient-013', R, 1, None, 'subject "our method"; SPF-LUT is the model the method is applied to ("For SPF-LUT, ... our method")', Q_BASE),
    (S, 'hf-efficient-013', R, 2, None, 'subject "our method"; SPF-LUT is the model the method is applied to ("For SPF-LUT, ... our method")', Q_BASE),
    (S, 'hf-efficient-026', R, 0, None, 'subject "our Llama2-7b model with a 25% pruning ratio": the model PAT works on', Q_BASE),
    (S, 'hf-efficient-026', R, 1, None, 'subject "our Llama2-7b model": the model PAT works on; LoRA-finetuned model is set against', Q_BASE),
    (S, 'hf-efficient-045', R, 0, None, '"We evaluate Bottleneck Sampling ..., where ... experiments demonstrate that it accelerates inference by up to 3times"', Q_ANTE),
    (S, 'hf-efficient-045', R, 1, None, 'same clause as index 0 ("it ... 2.5times for video generation")', Q_ANTE),
    (S, 'hf-efficient-046', R, 3, 'RetinaNet', 'subject "EMOv2-5M equipped RetinaNet": EMOv2-5M is the backbone the detector is run with', 'Is EMOv2-5M "a part it is run with" (so the detector RetinaNet is the method), or is the figure given for EMOv2-5M, as its margin over EMO-5M shows?'),
    (S, 'hf-efficient-046', R, 4, 'RetinaNet', 'margin of "EMOv2-5M equipped RetinaNet" over EMO-5M', 'Same as index 3: the subject is RetinaNet run with an EMOv2-5M backbone; the margin is the subject\'s.'),
    (S, 'hf-efficient-063', R, 0, None, 'subject "our 2:4 sparse model", framed "on LLaMA2-7B" (the model CAST works on)', Q_BASE),
    (S, 'hf-efficient-063', R, 1, None, 'subject "our 2:4 sparse model", framed "on LLaMA2-7B"; the dense model is set against', Q_BASE),
    (S, 'hf-efficient-069', R, 0, None, 'subject "a simple yet effective distillation framework" that boosts vanilla ResNet-50 (the model worked on)', Q_BASE),
    (S, 'hf-efficient-069', R, 1, None, '"Our method obtains 80.67% top-1 accuracy on ImageNet ... with vanilla ResNet-50": description subject; ResNet-50 is the network it is run with', Q_BASE + ' Decision 18 names "with a ResNet-50 backbone" a part it is run with, which points to null.'),
    (S, 'hf-efficient-069', R, 2, None, 'subject "this ... the first method that is able to boost vanilla ResNet-50"', Q_BASE),
    (S, 'hf-efficient-069', R, 3, None, '"On smaller ResNet-18, our distillation framework consistently improves from 69.76% to 73.19%"', Q_BASE),
    (S, 'hf-efficient-070', R, 0, None, '"a marginal 0.05 sFID increase when quantizing ... LDM-4 to 4-bit": no subject method, LDM-4 is quantized', Q_BASE),
    (S, 'hf-efficient-076', R, 0, None, '"our approach accelerates both the Stable Diffusion (SD) and the DeepFloyd-IF models sampling by 41% and 24% respectively"', 'The figures are listed "respectively" after two models (decision 18 gives such figures to them in order), but the models are the ones the method works on and the subject is a description. Null or SD/DeepFloyd-IF?'),
    (S, 'hf-efficient-076', R, 1, None, 'same sentence as index 0', 'Same as index 0.'),
    (S, 'hf-efficient-086', R, 0, None, '"We reduce the memory usage for the 12B FLUX.1 models by 3.5times": subject "We", FLUX.1 is the model quantized', Q_BASE),
    (S, 'hf-efficient-086', R, 1, None, '"..., achieving 3.0times speedup over the 4-bit weight-only quantized baseline": subject "We"', Q_BASE),
    (S, 'hf-efficient-093', R, 0, None, '"Our method can achieve 100% FID improvement for pretrained EDM on ImageNet 64": EDM is the model the sampler works on', Q_BASE + ' Also "for pretrained EDM" has the form of "30.2% for DPO".'),
    (S, 'hf-efficient-093', R, 1, None, 'same clause as index 0 ("with only 19 NFEs (1.75)")', Q_BASE),
]

NONAME = 'decision 18: the sentence names no method for the figure (subject %s); the method is named only in other sentences'
Q_CLAUSE = ('The figure is in a clause joined by "and"/"while" whose subject is not a method (a measure or a description); the method is '
            'the subject of the other clause. Is that "the method the clause reports on", or does the figure\'s clause name none (null)?')

CHANGES += [
    (W, 'written-000', R, 4, None, NONAME % '"the gains"'),
    (W, 'written-000', R, 5, None, PRON % '"the reranker ... where it"'),
    (W, 'written-001', R, 3, None, NONAME % '"step-level scores"'),
    (W, 'written-002', R, 3, None, NONAME % '"decoding"; grid beam search is set against'),
    (W, 'written-004', R, 4, None, PRON % '"the model"'),
    (W, 'written-006', R, 2, None, NONAME % '"the F1"'),
    (W, 'written-007', R, 4, None, NONAME % '"Query latency"'),
    (W, 'written-008', R, 0, None, PRON % '"The resulting benchmark"'),
    (W, 'written-008', R, 1, None, PRON % '"The resulting benchmark"'),
    (W, 'written-009', R, 2, None, NONAME % '"gains"'),
    (W, 'written-010', R, 4, None, NONAME % '"The memory footprint"'),
    (W, 'written-012', R, 2, None, NONAME % '"Generalisation to paraphrased prompts"'),
    (W, 'written-012', R, 3, None, NONAME % '"specificity"'),
    (W, 'written-013', R, 3, None, PRON % '"we"'),
    (W, 'written-013', R, 4, None, PRON % '"a simple normalisation step"'),
]
UNDECIDED += [
    (W, 'written-000', R, 0, None, '"PRISM reuses ... and adds ..., so it can rerank 100 passages in under 40 ms"', Q_ANTE),
    (W, 'written-001', R, 2, None, '"Llama-3.1-8B-Instruct guided by SVRE reaches ..., and on the harder MATH benchmark it improves accuracy from 47.5% to 53.1%"', Q_ANTE),
    (W, 'written-002', R, 2, None, '"TermFlex raises ... while keeping ..., and it improves chrF++ by 1.8 points"', Q_ANTE),
    (W, 'written-003', R, 2, None, '"EAS improves ROUGE-L ..., and the factual consistency score measured by SummaC rises from 0.62 to 0.74"', Q_CLAUSE),
    (W, 'written-007', R, 2, None, '"SPLATE-MV reaches ..., and on the 13 public BEIR datasets its average nDCG@10 is 50.1"', Q_ANTE),
    (W, 'written-007', R, 3, None, '"its average nDCG@10 is 50.1, 0.4 points below ColBERTv2"', Q_ANTE),
    (W, 'written-011', R, 5, 'DIPPER', '"paraphrasing with DIPPER lowers AUROC to 0.84": the detector (CASS, gold) is not named in the sentence', 'Gold CASS is named only in earlier sentences. The clause\'s subject is "paraphrasing with DIPPER" (the attack, not the method measured). Null, DIPPER, or keep CASS?'),
    (W, 'written-013', R, 1, None, '"TAPIR obtains ..., and on FinQA its execution accuracy reaches 71.3%"', Q_ANTE),
    (W, 'written-013', R, 2, None, '"its execution accuracy reaches 71.3%, an improvement of 3.9 points over the best prior fine-tuned system"', Q_ANTE),
]

CHANGES += [
    (W, 'written-015', R, 4, 'Adversarial training', 'decision 18: the clause\'s subject ("Adversarial training ... reduces ... with only a 0.8-point drop") is the method; its cost is the subject\'s, as "while using 41% less memory"'),
    (W, 'written-016', R, 3, None, NONAME % '"the average joint goal accuracy"'),
    (W, 'written-016', R, 4, None, PRON % '"a slot-grouping heuristic"'),
    (W, 'written-016', R, 5, None, PRON % '"a slot-grouping heuristic"'),
    (W, 'written-017', R, 0, None, PRON % '"The 7B judge"'),
    (W, 'written-017', R, 2, None, PRON % '"its" (the 7B judge)'),
    (W, 'written-017', R, 3, None, PRON % '"it"'),
    (W, 'written-017', R, 4, None, NONAME % '"Evaluating one response"; GPT-4 API call is set against'),
    (W, 'written-020', R, 5, None, NONAME % '"Inference"; VALL-E is set against'),
    (W, 'written-021', R, 3, None, NONAME % '"the EER"'),
    (W, 'written-021', R, 4, None, NONAME % '"the EER" (elided)'),
    (W, 'written-022', R, 2, None, PRON % '"these units"'),
    (W, 'written-022', R, 3, None, PRON % '"these units"'),
    (W, 'written-023', R, 3, None, NONAME % '"the degradation"'),
    (W, 'written-025', R, 0, None, PRON % '"our student"'),
    (W, 'written-025', R, 1, None, PRON % '"our student"' + '; a model trained on human translations is set against'),
    (W, 'written-025', R, 2, None, PRON % '"our student"' + '; the cascade teacher is set against'),
    (W, 'written-025', R, 4, None, PRON % '"The student model"'),
    (W, 'written-025', R, 5, None, PRON % '"The student model"'),
    (W, 'written-027', R, 2, None, NONAME % '"accuracy"'),
    (W, 'written-029', R, 4, None, NONAME % '"The interquartile mean"'),
    (W, 'written-029', R, 5, None, PRON % '"the same hyperparameters"'),
]
UNDECIDED += [
    (W, 'written-016', R, 1, None, '"SGIT with Flan-T5-XL achieves ..., and on unseen services its joint goal accuracy is 81.0%"', Q_ANTE),
    (W, 'written-016', R, 2, None, '"its joint goal accuracy is 81.0%, an improvement of 5.8 points over the previous best"', Q_ANTE),
    (W, 'written-019', R, 1, 'full fine-tuning', '"AccentLoRA reduces the WER ... to 19.7%, outperforming full fine-tuning (21.3%)": the figure is written for full fine-tuning', 'Decision 1 makes "full fine-tuning" a METHOD and decision 18 gives a figure to the name it is written for ("(GPT-4o: 60.4%)"), but the record has no span on it and the gold keeps it null as an unnamed baseline. Name or null?'),
    (W, 'written-023', R, 2, None, '"feeding the extracted speech to a Whisper recogniser lowers the cpWER from 39.2% to 27.5%": AV-TSE-Net is not named in the sentence', 'Gold AV-TSE-Net is named only in the sentence before. The subject names Whisper, the recogniser the extracted speech is fed to (a part it is run with?). Null or Whisper?'),
    (W, 'written-024', R, 3, None, '"We propose EmoPrompt, ..., and show that it raises zero-shot UA on MSP-Podcast by 9.4 points"', Q_ANTE),
    (W, 'written-026', R, 3, None, '"FlowVoc with two steps obtains ..., and its MOS of 4.38 is statistically indistinguishable from BigVGAN"', Q_ANTE),
    (W, 'written-028', R, 3, None, '"On the harder AntMaze tasks the average score rises from 63.2 to 70.9, and on the Adroit manipulation tasks CAS matches the strongest baseline"', Q_CLAUSE),
]

CHANGES += [
    (W, 'written-036', R, 3, None, PRON % '"The computational overhead of the filter"'),
    (W, 'written-037', R, 3, None, NONAME % '"the average score"'),
    (W, 'written-037', R, 4, None, PRON % '"the agent"'),
    (W, 'written-037', R, 5, None, PRON % '"the agent"'),
    (W, 'written-039', R, 0, None, PRON % '"a partition-aware sampler"'),
    (W, 'written-039', R, 6, None, NONAME % '"Pretraining on ogbn-papers100M"'),
    (W, 'written-039', R, 7, None, NONAME % '"Pretraining on ogbn-papers100M"'),
    (W, 'written-040', R, 5, None, NONAME % '"Inference"; Equiformer is set against'),
    (W, 'written-043', R, 7, None, NONAME % '"Ranking all entities for a query"; KG-BERT is set against'),
    (W, 'written-044', R, 3, None, NONAME % '"pretraining on two million ZINC15 molecules"'),
    (W, 'written-044', R, 4, None, NONAME % '"pretraining"'),
]
UNDECIDED += [
    (W, 'written-031', R, 5, None, '"propose a simple adaptive group size rule that ..., improving GRPO accuracy on MATH by a further 1.6 points"', Q_BASE),
    (W, 'written-039', R, 3, None, '"a linear probe on GraphMAE-X embeddings achieves ..., and on the large-scale ogbn-papers100M graph it reaches 68.2%"', Q_ANTE),
    (W, 'written-039', R, 4, None, '"it reaches 68.2%, surpassing supervised GraphSAGE by 2.7 points"', Q_ANTE),
    (W, 'written-040', R, 4, None, '"E3Former lowers the energy MAE to 0.389 eV, and on MD17 it predicts forces with an MAE of 6.1 meV/Å"', Q_ANTE),
    (W, 'written-043', R, 2, None, '"On FB15k-237, RAPT achieves ...; on WN18RR, it reaches an MRR of 0.668"', Q_ANTE),
    (W, 'written-043', R, 3, None, '"on WN18RR, it reaches ... and Hits@1 of 0.601"', Q_ANTE),
    (W, 'written-043', R, 4, None, '"it reaches ..., outperforming SimKGC by 1.9 and 2.4 points respectively"', Q_ANTE),
    (W, 'written-043', R, 5, None, '"it reaches ..., outperforming SimKGC by 1.9 and 2.4 points respectively"', Q_ANTE),
]

CHANGES += [
    (W, 'written-045', R, 3, None, NONAME % '"the gap"'),
    (W, 'written-045', R, 6, None, NONAME % '"the average gap"'),
    (W, 'written-046', R, 6, None, NONAME % '"the illicit-class F1"'),
    (W, 'written-047', R, 2, None, NONAME % '"the MSE"'),
    (W, 'written-047', R, 3, None, NONAME % '"the mean absolute error (MAE)"'),
    (W, 'written-050', R, 3, None, NONAME % '"The energy score"; a Gaussian copula baseline is set against'),
    (W, 'written-050', R, 4, None, NONAME % '"Predictive intervals at 90% nominal coverage"'),
    (W, 'written-053', R, 2, None, PRON % '"We"'),
    (W, 'written-055', R, 5, 'Post-training quantization', 'decision 18: the clause\'s subject, "Post-training quantization to int8 reduces the model size to 9 KB", is the method; TSMixer-Lite (the model it works on) is not named'),
    (W, 'written-056', R, 3, None, NONAME % '"recall at 8"'),
    (W, 'written-057', R, 3, None, NONAME % '"the Dice for the enhancing tumour"'),
    (W, 'written-057', R, 4, None, NONAME % '"the 95th-percentile Hausdorff distance"'),
    (W, 'written-057', R, 5, None, NONAME % '"Inference"'),
]
UNDECIDED += [
    (W, 'written-046', R, 8, None, '"FraudHGT raised recall ... from 41% to 56%, and inference on streaming mini-batches takes 35 ms on average"', Q_CLAUSE),
    (W, 'written-050', R, 2, None, '"GridFlow achieves ..., and on a proprietary dataset of 312 substations its CRPS improves by 11% over DeepAR"', Q_ANTE),
    (W, 'written-054', R, 3, None, '"BlockDiff achieves ..., and on the Beijing air quality dataset the MAE drops from 11.8 to 9.6"', Q_CLAUSE),
    (W, 'written-056', R, 2, None, '"HiCode achieves ..., and on MIMIC-IV ICD-10 it improves macro-AUC from 0.947 to 0.958"', Q_ANTE),
    (W, 'written-058', R, 3, None, '"StructESM reaches ..., and it outperforms the multiple sequence alignment based EVE on 61% of assays"', Q_ANTE),
]

CHANGES += [
    (W, 'written-060', R, 3, None, NONAME % '"the CheXbert F1"'),
    (W, 'written-060', R, 6, None, NONAME % '"Hallucinated findings per report"'),
    (W, 'written-061', R, 5, None, NONAME % '"Sampling 1,000 molecules"'),
    (W, 'written-063', R, 4, None, NONAME % '"the AUROC"'),
    (W, 'written-063', R, 5, None, PRON % '"the model"'),
    (W, 'written-064', R, 4, None, PRON % '"the supervised model"' + ' (a baseline; RoBERTa is named only in the sentence before)'),
    (W, 'written-064', R, 5, None, PRON % '"the model"'),
    (W, 'written-065', R, 5, None, NONAME % '"Communication" (passive)'),
    (W, 'written-067', R, 5, None, NONAME % '"Recall@10"'),
    (W, 'written-067', R, 6, None, NONAME % '"generating the top 10 items"'),
    (W, 'written-068', R, 7, None, NONAME % '"An online A/B test"'),
    (W, 'written-068', R, 8, None, NONAME % '"An online A/B test"'),
    (W, 'written-072', R, 3, None, NONAME % '"Computing a re-ranking for 100 candidates"'),
    (W, 'written-073', R, 2, None, NONAME % '"Training time"; LightGCN is set against'),
]
UNDECIDED += [
    (W, 'written-060', R, 2, None, '"AnatoRG achieves ..., and its clinical efficacy F1 computed with the CheXbert labeller reaches 0.481"', Q_ANTE),
    (W, 'written-062', R, 2, None, '"ProtoMIL with UNI features achieves ...; on TCGA-NSCLC subtyping, the AUC is 0.972"', Q_CLAUSE),
    (W, 'written-062', R, 3, None, '"...; and on the PANDA prostate grading challenge the quadratic weighted kappa is 0.921"', Q_CLAUSE),
    (W, 'written-063', R, 3, None, '"CT-Sepsis achieves ..., and the challenge utility score rises from 0.36 to 0.43"', Q_CLAUSE),
    (W, 'written-067', R, 3, None, '"SemRec improves ..., and on MovieLens-1M it achieves an NDCG@10 of 0.192"', Q_ANTE),
]

CHANGES += [
    (W, 'written-075', R, 2, None, NONAME % '"the RMSE"'),
    (W, 'written-075', R, 3, None, PRON % '"it"' + ' (no name in the sentence)'),
    (W, 'written-075', R, 4, None, NONAME % '"Training on the largest dataset"'),
    (W, 'written-076', R, 4, None, NONAME % '"Column-wise density estimation error"'),
    (W, 'written-076', R, 5, None, NONAME % '"pairwise correlation error"'),
    (W, 'written-080', R, 2, None, PRON % '"interaction explanations"'),
    (W, 'written-081', R, 0, None, PRON % '"the clipped variant"' + ' (Adam is named only in the title)'),
    (W, 'written-085', R, 3, None, 'decision 18: "17.7 without compression" has no name written for it; "uncompressed SGD" is a baseline named for an earlier figure'),
    (W, 'written-085', R, 4, None, NONAME % '"End-to-end training time"'),
    (W, 'written-088', R, 3, None, PRON % '"it"' + ' (no name in the sentence)'),
    (W, 'written-088', R, 4, None, PRON % '"its"' + '; the base model is set against'),
]
UNDECIDED += [
    (W, 'written-085', R, 2, None, '"training ResNet-50 ... with EF-Adapt reaches ..., and fine-tuning GPT-2 medium on WikiText-103 reaches a perplexity of 17.9"', Q_CLAUSE + ' (Here the clause\'s subject is a gerund that names only the model fine-tuned, GPT-2 medium.)'),
    (W, 'written-086', R, 1, None, '"SAM improves test accuracy from 79.5% to 86.3%, whereas on clean labels the gain is only 0.7 points"', Q_CLAUSE),
]

Q_DESC = ('A description ("the dense model", "the offline teacher") whose referent is named elsewhere in the same sentence as the model '
          'the method works on. Does the description name no method (null), or is the name in the sentence the figure\'s?')
CHANGES += [
    (W, 'written-091', R, 2, None, NONAME % '"the sentence-level hallucination rate CHAIRs"'),
    (W, 'written-091', R, 3, None, NONAME % '"the perception score"'),
    (W, 'written-091', R, 4, None, PRON % '"The additional forward pass"'),
    (W, 'written-091', R, 5, None, PRON % '"we"'),
    (W, 'written-092', R, 3, None, PRON % '"the layout-aware resampler"' + '; uniform token pooling is set against'),
    (W, 'written-092', R, 4, None, NONAME % '"Inference on a page"'),
    (W, 'written-092', R, 5, None, NONAME % '"Inference on a page"; tiling without compression is set against'),
    (W, 'written-093', R, 5, None, PRON % '"it"' + ' (no name in the sentence)'),
    (W, 'written-093', R, 6, None, PRON % '"it"' + ' (no name in the sentence)'),
    (W, 'written-093', R, 7, None, NONAME % '"A short clip of 10 seconds" (passive); "the model" follows'),
    (W, 'written-094', R, 2, None, PRON % '"it"' + '; OpenVLA and Octo are the baselines set against'),
    (W, 'written-094', R, 5, None, PRON % '"it"'),
    (W, 'written-094', R, 6, None, PRON % '"the frequency-domain tokeniser"'),
    (W, 'written-095', R, 3, None, NONAME % '"Recall@1"'),
    (W, 'written-096', R, 4, None, NONAME % '"Training on an additional 3 million images from CC3M"'),
    (W, 'written-097', R, 1, None, PRON % '"it"' + '; Mask2Former and MaskFormer-Lite are set against'),
    (W, 'written-097', R, 4, None, PRON % '"it"' + ' (no name in the sentence)'),
    (W, 'written-097', R, 5, None, PRON % '"it"' + ' (no name in the sentence)'),
    (W, 'written-098', R, 5, None, NONAME % '"the Chamfer distance of extracted surfaces"'),
    (W, 'written-098', R, 6, None, NONAME % '"Training"; NeRF-based methods such as FreeNeRF are set against'),
    (W, 'written-098', R, 7, None, NONAME % '"rendering"'),
    (W, 'written-099', R, 4, None, NONAME % '"Identity switches on DanceTrack"'),
    (W, 'written-099', R, 5, None, PRON % '"The tracker"'),
    (W, 'written-100', R, 5, None, NONAME % '"the Level 2 mAPH for vehicles"'),
    (W, 'written-100', R, 6, None, PRON % '"a backbone pretrained on Waymo"'),
    (W, 'written-102', R, 5, None, NONAME % '"Inference"'),
    (W, 'written-103', R, 3, None, NONAME % '"the EPE"'),
    (W, 'written-103', R, 4, None, NONAME % '"latency"'),
    (W, 'written-103', R, 5, None, NONAME % '"latency"; E-RAFT is set against'),
    (W, 'written-103', R, 6, None, NONAME % '"latency ..., enabling flow estimation"'),
    (W, 'written-104', R, 0, None, NONAME % '"the extra memory"'),
    (W, 'written-104', R, 5, None, NONAME % '"The mean acceptance length"'),
    (W, 'written-104', R, 6, None, NONAME % '"the speed-up"'),
    (W, 'written-105', R, 5, None, NONAME % '"End-to-end prefill"; FP16 is set against'),
    (W, 'written-105', R, 6, None, NONAME % '"memory use"'),
    (W, 'written-106', R, 6, None, NONAME % '"the mIoU"; ViT-B is the backbone it is run with, the unmerged model is set against'),
    (W, 'written-107', R, 5, None, PRON % '"The pruned model"'),
    (W, 'written-108', R, 3, 'GLA', 'decision 18: the clause\'s subject, "Training a 1.3B-parameter GLA model ...", names GLA; FlashLinear is not named, a Transformer is set against (index 4, same comparison, is GLA)'),
    (W, 'written-109', R, 3, None, PRON % '"the offline teacher"' + ' (Whisper large-v3 is named only in the next sentence)'),
    (W, 'written-109', R, 4, None, PRON % '"the offline teacher"' + ' (Whisper large-v3 is named only in the next sentence)'),
    (W, 'written-109', R, 6, None, PRON % '"The student"' + '; Whisper large-v3 is set against'),
    (W, 'written-109', R, 7, None, PRON % '"The student"'),
    (W, 'written-109', R, 8, None, NONAME % '"The hallucination rate on silence"'),
    (W, 'written-110', R, 3, None, NONAME % '"Decoding throughput"'),
    (W, 'written-111', R, 4, None, NONAME % '"retrieval accuracy"'),
    (W, 'written-111', R, 5, None, PRON % '"The 16× smaller cache"'),
]
UNDECIDED += [
    (W, 'written-090', R, 3, None, '"We propose TempoTune, ..., and show that it improves Video-LLaVA by 9.6 points on VideoQA-Temporal"', Q_ANTE + ' (Video-LLaVA is the model it works on.)'),
    (W, 'written-090', R, 4, None, '"... and by 3.1 points on MVBench"', Q_ANTE),
    (W, 'written-096', R, 2, None, '"CapLabel achieves ..., and on OV-LVIS its mask AP on rare categories (APr) reaches 27.4"', Q_ANTE),
    (W, 'written-098', R, 4, None, '"DepthSplat-SV achieves ..., and on the Mip-NeRF 360 dataset with 24 views the PSNR reaches 23.4 dB"', Q_CLAUSE),
    (W, 'written-099', R, 2, None, '"UncertaintyTrack achieves ...; on MOT20, HOTA is 63.9"', Q_CLAUSE),
    (W, 'written-099', R, 3, None, '"...; and on the challenging DanceTrack dataset, HOTA improves from 55.7 to 61.2 over OC-SORT"', Q_CLAUSE),
    (W, 'written-102', R, 2, None, '"PromptSeg achieves ..., and on COCO-20i it reaches 51.6 mIoU"', Q_ANTE),
    (W, 'written-105', R, 4, None, '"On Llama-2-70B, the perplexity gap to FP16 is 0.31": QuaRot-Lite is not named; Llama-2-70B is the model quantised', Q_BASE + ' (Either answer differs from the gold QuaRot-Lite.)'),
    (W, 'written-106', R, 4, None, '"The approach also accelerates the ViT-H/14 image encoder of OpenCLIP by 1.7×": AdaMerge is not named', Q_BASE + ' (Either answer differs from the gold AdaMerge.)'),
    (W, 'written-106', R, 5, None, '"... with a zero-shot accuracy loss of 0.4 points": same clause', Q_BASE + ' (Either answer differs from the gold AdaMerge.)'),
    (W, 'written-107', R, 4, None, '"Pruning 30% of the parameters of Llama-3.1-8B, CAPrune achieves ... a MMLU score of 58.7 versus 65.3 for the dense model"', Q_DESC),
    (W, 'written-109', R, 5, None, '"Distil-Stream achieves ..., and on the out-of-domain TED-LIUM 3 test set its WER is 5.6%"', Q_ANTE),
    (W, 'written-110', R, 1, None, '"CausalMoD with a 50% capacity matches ..., and its downstream accuracy on LAMBADA is 63.2%"', Q_ANTE),
]
