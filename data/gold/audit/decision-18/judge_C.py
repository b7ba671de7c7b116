"""Audit C of decision 18: judgements, recorded file by file while reading dump_C.py's output.
CHANGES: (file, id, field, index, new_method, reason)
UNDECIDED: (file, id, field, index, proposed_method_or_None, question)
REVIEWED: files read in full (every result's sentence judged)."""
R = 'results'
T = 'title_results'
PRON = "decision 18: the clause's subject is a pronoun (\"it\"/\"its\"/\"they\"), which names no method (null)"
DESC = "decision 18: the clause's subject is a description (\"the model\", \"the proposed method\" ...), which names no method (null)"
Q_METRIC = ("The figure's clause names no method: its subject is a metric or a noun such as \"the gain\", \"the margin\", \"a forward pass\", and it is joined "
            "(\"and\", \"while\", \";\", \":\", \"where\") to a clause of the same sentence whose subject is the named method; decision 18 gives \"the method the clause reports on, its subject\": "
            "is that the sentence's named method (gold) or does this clause name none (null)?")
Q_BASE = ("The figure's method is not named (its subject is a pronoun, a description, a metric or an action) but the sentence names the model the method is applied to, "
          "as a frame (\"On X\", \"For X\", \"With X as backbone/planner\", \"transfers to X\") or as the object of the work (\"Calibrating X takes\", \"Fine-tuning X ... beats\"); "
          "decision 9 says \"the base model if that is all it names\" (gold), decision 18 that the model a method works on or a part it is run with is not its method and a pronoun/description names none (null). Which applies?")
Q_DESCREF = ("The baseline figure is written for a description of the unmodified base model (\"the original model\", \"the FP16 model\", \"FP16:\", \"dense:\", \"unpruned\", \"the teacher\") "
             "that refers to a model the same sentence names; decision 18 says a description names no method (null), but decision 9 allows the base model and the gold gives the model so referred to. Keep or null?")
CHANGES = []
UNDECIDED = []
REVIEWED = []

# ---------------- fresh-10.jsonl: 264 results read, no disagreement
REVIEWED.append('fresh-10.jsonl')

# ---------------- fresh-9.jsonl
REVIEWED.append('fresh-9.jsonl')
UNDECIDED += [
    ('fresh-9.jsonl', 'fresh9-009', R, 6, None,
     Q_METRIC),
]

# ---------------- fresh-8.jsonl
REVIEWED.append('fresh-8.jsonl')
CHANGES += [
    ('fresh-8.jsonl', 'fresh8-009', R, 3, None, PRON + ": \"without guidance, its FID is 5.2\""),
    ('fresh-8.jsonl', 'fresh8-009', R, 4, None, PRON + ": \"its FID is 5.2 at 400K iterations, 17.5x fewer iterations\""),
    ('fresh-8.jsonl', 'fresh8-020', R, 3, None, PRON + ": \"averaged over all 12 targets, its standardized MAE is 0.91\""),
    ('fresh-8.jsonl', 'fresh8-023', R, 1, None, PRON + ": \"on tgbl-flight, ..., it reaches an MRR of 0.741\""),
    ('fresh-8.jsonl', 'fresh8-025', R, 4, None, PRON + ": \"for HD it reaches 42.7 mAP\""),
    ('fresh-8.jsonl', 'fresh8-025', R, 5, None, PRON + ": \"for HD it reaches ... and 70.2 HIT@1\""),
    ('fresh-8.jsonl', 'fresh8-032', R, 12, None, PRON + ": \"combined with KIVI at 2 bits it still keeps 96.4%\""),
]
UNDECIDED += [
    ('fresh-8.jsonl', 'fresh8-001', R, 9, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-004', R, 12, None, Q_DESCREF),
    ('fresh-8.jsonl', 'fresh8-009', R, 5, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-011', R, 0, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-011', R, 1, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-011', R, 2, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-011', R, 9, None, Q_METRIC),
    ('fresh-8.jsonl', 'fresh8-015', R, 1, None, Q_METRIC),
    ('fresh-8.jsonl', 'fresh8-026', R, 3, None, Q_METRIC),
    ('fresh-8.jsonl', 'fresh8-030', R, 4, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-031', R, 7, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-032', R, 4, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-033', R, 6, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-033', R, 7, None, Q_BASE),
    ('fresh-8.jsonl', 'fresh8-033', R, 8, None, Q_BASE),
]

# ---------------- fresh-7.jsonl
REVIEWED.append('fresh-7.jsonl')
F = 'fresh-7.jsonl'
CHANGES += [
    (F, 'fresh7-001', R, 4, None, PRON + ': "on Arena-Hard its win rate is 38.9"'),
    (F, 'fresh7-003', R, 7, None, PRON + ': "and it outperforms xLAM-7B on 5 of the 6 test groups"'),
    (F, 'fresh7-005', R, 2, None, PRON + ': "and its dataset-level estimate of the contamination rate has a mean absolute error of 3.4"'),
    (F, 'fresh7-008', R, 9, 'Early exit', 'decision 18: the method the clause reports on, its subject: "Early exit cuts decoder FLOPs by 41%" (Early exit is a METHOD span)'),
    (F, 'fresh7-012', R, 0, None, PRON + ': "On LibriSpeech test-clean and test-other it reaches WERs of 2.1%"'),
    (F, 'fresh7-012', R, 1, None, PRON + ': "it reaches WERs of 2.1% and 4.6%"'),
    (F, 'fresh7-012', R, 4, None, PRON + ': "Its average algorithmic latency is 320 ms"'),
    (F, 'fresh7-018', R, 6, None, PRON + ': "and on ogbn-arxiv it reaches 73.4% accuracy"'),
    (F, 'fresh7-018', R, 7, None, PRON + ': "it reaches 73.4% accuracy, 0.9 points above NodeFormer" (the margin is the subject\'s)'),
    (F, 'fresh7-021', R, 2, None, PRON + ': "its HOMO-LUMO gap MAE is 21.4 meV"'),
    (F, 'fresh7-023', R, 7, None, PRON + ': "averaged over all five it improves AP by 2.3 points over GraphMixer"'),
    (F, 'fresh7-023', R, 10, None, PRON + ': "and its memory footprint stays below 3 GB"'),
    (F, 'fresh7-024', R, 5, None, PRON + ': "on Online-Mind2Web its success rate rises from 29.0% to 36.5%"'),
    (F, 'fresh7-024', R, 7, None, PRON + ': "yet its wall-clock time per task grows by only 38%"'),
    (F, 'fresh7-025', R, 4, None, PRON + ': "on the harder ScreenSpot-Pro it reaches 31.8%"'),
    (F, 'fresh7-027', R, 0, None, PRON + ': "On LIBERO, it reaches an average success rate of 97.1%"'),
    (F, 'fresh7-027', R, 3, None, 'decision 18: the sentence names no method for the figure (its subjects are "it" and "the margin"; pi_0 is the method it is set against): "the margin over pi_0 grows to 6.3 points"'),
    (F, 'fresh7-027', R, 7, None, 'decision 18: the sentence names no method for the figure ("On CALVIN, the average length reaches 4.41 (vs. 4.05 for GR-1)"; GR-1 is set against)'),
    (F, 'fresh7-027', R, 11, None, PRON + ': "while its inference latency stays at 21 ms"'),
    (F, 'fresh7-027', R, 12, None, PRON + ': "its inference latency stays at 21 ms ..., 2.4x lower than re-planning"'),
    (F, 'fresh7-029', R, 10, None, PRON + ': "and its localisation precision against the gold edit locations is 0.64"'),
    (F, 'fresh7-030', R, 6, None, PRON + ': "and its spread-skill ratio stays between 0.96 and 1.02"'),
    (F, 'fresh7-035', R, 5, None, PRON + ': "on Darcy it is 0.0049"'),
    (F, 'fresh7-035', R, 8, None, PRON + ': "and its surface pressure error drops to 0.0719"'),
]
UNDECIDED += [
    (F, 'fresh7-004', R, 0, None, Q_BASE),
    (F, 'fresh7-004', R, 7, None, Q_BASE),
    (F, 'fresh7-004', R, 10, None, Q_METRIC),
    (F, 'fresh7-009', R, 6, None, Q_METRIC),
    (F, 'fresh7-014', R, 9, None, Q_METRIC),
    (F, 'fresh7-015', R, 7, None, Q_METRIC),
    (F, 'fresh7-020', R, 6, None, Q_METRIC),
    (F, 'fresh7-026', R, 2, None, Q_METRIC),
    (F, 'fresh7-029', R, 3, None, Q_BASE),
    (F, 'fresh7-029', R, 4, None, Q_BASE),
    (F, 'fresh7-029', R, 6, None, Q_METRIC),
    (F, 'fresh7-029', R, 7, None, Q_METRIC),
    (F, 'fresh7-029', R, 8, None, Q_METRIC),
    (F, 'fresh7-031', R, 8, None, Q_METRIC),
    (F, 'fresh7-032', R, 9, None, Q_METRIC),
    (F, 'fresh7-034', R, 4, None, Q_METRIC),
    (F, 'fresh7-035', R, 9, None, Q_METRIC),
    (F, 'fresh7-035', R, 10, None, Q_METRIC),
]

# ---------------- fresh-6.jsonl
REVIEWED.append('fresh-6.jsonl')
F = 'fresh-6.jsonl'
CHANGES += [
    (F, 'fresh6-001', R, 7, None, PRON + ': "On GovReport it scores 62.4 ROUGE-1"'),
    (F, 'fresh6-001', R, 8, None, PRON + ': "it scores 62.4 ROUGE-1, within 0.4 points of Unlimiformer"'),
    (F, 'fresh6-001', R, 10, None, PRON + ': the figure is written for "them" ("annotators preferred them in 64% of pairwise comparisons")'),
    (F, 'fresh6-002', R, 2, None, PRON + ': "It outperforms NLLB-200 3.3B on 17 of the 24 directions"'),
    (F, 'fresh6-002', R, 3, None, PRON + ': "It ... surpasses GPT-4o-mini by 2.6 chrF++ on average"'),
    (F, 'fresh6-003', R, 0, None, PRON + ': "Across the seven CrossNER and MIT benchmarks, it attains an average entity-level F1 of 61.9"'),
    (F, 'fresh6-003', R, 3, None, PRON + ': "it attains ..., while using roughly 16x fewer parameters than the latter"'),
    (F, 'fresh6-005', R, 3, None, DESC + ': "The student surpasses its teacher on 5 of the 6 datasets"'),
    (F, 'fresh6-005', R, 5, None, DESC + ': "the student reaches 78.9% accuracy"'),
    (F, 'fresh6-005', R, 8, None, DESC + ': "At inference, the student is 310x faster than querying the teacher"'),
    (F, 'fresh6-005', R, 9, None, DESC + ': "the student ... costs ~0.3% as much"'),
    (F, 'fresh6-008', R, 1, None, PRON + ': "On DocVQA it attains 89.6 ANLS"'),
    (F, 'fresh6-008', R, 3, None, PRON + ': "it attains ..., and on InfographicVQA 61.3 ANLS"'),
    (F, 'fresh6-008', R, 4, None, PRON + ': "it attains ... 61.3 ANLS, 4.8 points above TokenPacker"'),
    (F, 'fresh6-009', R, 5, None, PRON + ': "On the reasoning split of CharXiv it attains 41.6% accuracy"'),
    (F, 'fresh6-010', R, 10, None, PRON + ': "On LRS2, it obtains 2.3% WER"'),
    (F, 'fresh6-010', R, 11, None, DESC + ': "The student has 250M parameters, 7.5x fewer than the two teachers combined"'),
    (F, 'fresh6-011', R, 4, None, PRON + ': "On LLaVA-NeXT-7B ..., it runs with 8.3x fewer prefilling FLOPs"'),
    (F, 'fresh6-011', R, 5, None, PRON + ': "it ... cuts time-to-first-token from 412 ms to 97 ms"'),
    (F, 'fresh6-016', R, 10, None, PRON + ': "and it is the fastest kernel on 21 of the 24 matrix shapes"'),
    (F, 'fresh6-019', R, 5, None, PRON + ': "after a GPT-4o rewrite it is still 79.1%"'),
    (F, 'fresh6-022', R, 4, None, PRON + ': "on AdvBench its ASR is 94.0%"'),
    (F, 'fresh6-022', R, 6, None, PRON + ': "where its ASR of 58.3% trails Crescendo"'),
    (F, 'fresh6-022', R, 7, None, PRON + ': "its ASR of 58.3% trails Crescendo by 2.4 points"'),
    (F, 'fresh6-025', R, 0, None, PRON + ': "On rMD17, it attains an energy MAE of 0.3 meV"'),
    (F, 'fresh6-025', R, 1, None, PRON + ': "it attains ... a force MAE of 4.1 meV/A"'),
    (F, 'fresh6-025', R, 4, None, PRON + ': "it attains ... at 2.6x lower inference cost"'),
    (F, 'fresh6-025', R, 11, None, PRON + ': "and its 1 ns NVT trajectories remain stable for 6 of the 7 MD22 molecules"'),
    (F, 'fresh6-027', R, 5, None, PRON + ': "on Perov-5 it matches 98.9% of test structures"'),
    (F, 'fresh6-032', R, 7, None, PRON + ': "and its tokenizer trains in 25 minutes"'),
    (F, 'fresh6-033', R, 7, None, PRON + ': "and it wins on 11 of the 13"'),
    (F, 'fresh6-033', R, 10, None, PRON + ': "and with PLAID its end-to-end latency is 38x lower"'),
    (F, 'fresh6-034', R, 9, None, PRON + ': "and it wins on 8 of 9 backbone-dataset pairs"'),
]
UNDECIDED += [
    (F, 'fresh6-007', R, 3, None, Q_BASE),
    (F, 'fresh6-007', R, 4, None, Q_BASE),
    (F, 'fresh6-007', R, 5, None, Q_BASE),
    (F, 'fresh6-012', R, 5, None, Q_BASE),
    (F, 'fresh6-016', R, 6, None, Q_METRIC),
    (F, 'fresh6-019', R, 10, None, Q_METRIC),
    (F, 'fresh6-020', R, 1, None, Q_METRIC),
    (F, 'fresh6-020', R, 9, None, Q_METRIC),
    (F, 'fresh6-021', R, 7, None, Q_METRIC),
    (F, 'fresh6-023', R, 8, None, Q_BASE),
    (F, 'fresh6-023', R, 9, None, Q_BASE),
    (F, 'fresh6-026', R, 6, None, Q_METRIC),
    (F, 'fresh6-029', R, 3, None, Q_METRIC),
    (F, 'fresh6-032', R, 3, None, Q_METRIC),
    (F, 'fresh6-032', R, 4, None, Q_METRIC),
]

# ---------------- fresh-5.jsonl
REVIEWED.append('fresh-5.jsonl')
F = 'fresh-5.jsonl'
Q_PROTOCOL = ("The clause's subject is a named technique applied to the paper's method (\"full fine-tuning raises it to 0.951\", after \"linear probing of Wickfield reaches 0.934\"); "
              "decision 18's \"the method the clause reports on, its subject\" gives the technique, the gold the model it is applied to. Which?")
CHANGES += [
    (F, 'fresh5-001', R, 4, None, PRON + ': "on LongBench its average score stays within 0.4 points of dense attention"'),
    (F, 'fresh5-001', R, 5, None, PRON + ': "its average score stays within 0.4 points of dense attention (48.9 vs. 49.3)"'),
    (F, 'fresh5-004', R, 6, None, PRON + ': "at 3 bits it improves zero-shot accuracy by up to 5.1% over GPTQ"'),
    (F, 'fresh5-005', R, 1, None, PRON + ': "and its average downstream accuracy is 47.9"'),
    (F, 'fresh5-007', R, 8, 'query pruning', 'decision 18: the method the clause reports on, its subject: "On average, query pruning discards 62% of the 300 decoder queries" (query pruning is a METHOD span)'),
    (F, 'fresh5-009', R, 4, None, PRON + ': "its recall of 0.61 stays close to the teacher\'s 0.63"'),
    (F, 'fresh5-015', R, 4, None, PRON + ': "its STOI of 0.93 is within 0.01 of the 6 kbps EnCodec"'),
    (F, 'fresh5-015', R, 5, None, PRON + ': "its STOI of 0.93 is within 0.01 of the 6 kbps EnCodec"'),
    (F, 'fresh5-015', R, 11, None, DESC + ': "and the scheduler cuts the average token rate by ~31%"'),
    (F, 'fresh5-016', R, 2, None, PRON + ': "on the full MMAU test-mini its overall accuracy reaches 66.2%"'),
    (F, 'fresh5-017', R, 9, None, PRON + ': "and its chord accuracy 73.5%"'),
    (F, 'fresh5-018', R, 5, None, PRON + ': "on PascalVOC-SP its macro F1 of 0.4104"'),
    (F, 'fresh5-018', R, 6, None, PRON + ': "its macro F1 of 0.4104 improves on Exphormer by 1.3 points"'),
    (F, 'fresh5-025', R, 7, None, PRON + ': "and on HM3D it comes within 2.3 points of the SR of PIRLNav"'),
    (F, 'fresh5-029', R, 8, None, PRON + ': "and it beats STORM on 17 of the 26 games"'),
]
UNDECIDED += [
    (F, 'fresh5-009', R, 2, None, Q_DESCREF),
    (F, 'fresh5-009', R, 5, None, Q_DESCREF),
    (F, 'fresh5-009', R, 9, None, Q_DESCREF),
    (F, 'fresh5-017', R, 13, None, Q_METRIC),
    (F, 'fresh5-021', R, 6, None, Q_METRIC),
    (F, 'fresh5-022', R, 6, None, Q_BASE),
    (F, 'fresh5-022', R, 7, None, Q_BASE),
    (F, 'fresh5-025', R, 6, None, Q_METRIC),
    (F, 'fresh5-027', R, 6, None, Q_METRIC),
    (F, 'fresh5-035', R, 1, 'full fine-tuning', Q_PROTOCOL),
]

# ---------------- fresh-4.jsonl
REVIEWED.append('fresh-4.jsonl')
F = 'fresh-4.jsonl'
Q_PART = ("The clause's subject is a named technique that is a part of the model named in a frame (\"In ThornDETR-L, query pruning cuts decoder FLOPs by 3.4x at a cost of 0.2 AP\"): "
          "is the figure's method the subject technique (decision 18, \"its subject\") or the model the frame names (gold, \"a name the figure is written for\")?")
Q_LATTER = ("The figure's subject is an anaphor (\"the latter\") for a model the same sentence names; decision 18 says a pronoun names no method (null), the gold gives the model referred to. Keep or null?")
CHANGES += [
    (F, 'fresh4-002', R, 5, None, PRON + ': the figure is written for "its output" ("human raters preferred its output over the grammar-book baseline ... in 64%")'),
    (F, 'fresh4-003', R, 11, 'Self-RAG', 'decision 18: the margin is the subject\'s, not the method it is set against: "Self-RAG ... trails Threadline by 4.2 EM"'),
    (F, 'fresh4-009', R, 7, None, PRON + ': "Although it has 2.3x more parameters than PromptIR"'),
    (F, 'fresh4-009', R, 9, None, PRON + ': "where it gains 1.8 dB over the best all-in-one baseline"'),
    (F, 'fresh4-023', R, 9, None, PRON + ': "and its recurrent state occupies 12.5x less memory than the KV cache"'),
    (F, 'fresh4-028', R, 4, None, PRON + ': "it is best on 14 of the 20 tasks"'),
    (F, 'fresh4-030', R, 6, None, PRON + ': "while on the MSD brain tumour task it improves the enhancing-tumour DSC by +2.2"'),
]
UNDECIDED += [
    (F, 'fresh4-001', R, 2, None, Q_METRIC),
    (F, 'fresh4-005', R, 2, None, Q_LATTER),
    (F, 'fresh4-006', R, 8, 'query pruning', Q_PART),
    (F, 'fresh4-006', R, 9, 'query pruning', Q_PART),
    (F, 'fresh4-008', R, 8, None, Q_BASE),
    (F, 'fresh4-008', R, 9, None, Q_BASE),
    (F, 'fresh4-008', R, 10, None, Q_DESCREF),
    (F, 'fresh4-019', R, 3, None, Q_BASE),
    (F, 'fresh4-019', R, 4, None, Q_BASE),
    (F, 'fresh4-019', R, 5, None, Q_DESCREF),
    (F, 'fresh4-019', R, 8, None, Q_BASE),
    (F, 'fresh4-019', R, 9, None, Q_BASE),
    (F, 'fresh4-020', R, 7, None, Q_BASE),
    (F, 'fresh4-023', R, 0, None, Q_BASE),
    (F, 'fresh4-025', R, 8, None, Q_METRIC),
    (F, 'fresh4-026', R, 3, None, Q_METRIC),
    (F, 'fresh4-027', R, 4, None, Q_METRIC),
]
# gerund subjects whose object is the model worked on ("Fine-tuning X ... takes", "fine-tuning X on it beats"), found while reading fresh-4
UNDECIDED += [
    ('fresh-5.jsonl', 'fresh5-000', R, 8, None, Q_BASE),
    ('fresh-5.jsonl', 'fresh5-016', R, 0, None, Q_BASE),
]

# ---------------- fresh-3.jsonl
REVIEWED.append('fresh-3.jsonl')
F = 'fresh-3.jsonl'
CHANGES += [
    (F, 'fresh3-001', R, 2, None, PRON + ': "out of English its chrF++ reaches 32.1"'),
    (F, 'fresh3-001', R, 6, None, PRON + ': "and its COMET-22 scores rise by 2.4 points"'),
    (F, 'fresh3-004', R, 3, None, PRON + ': "and its average XNLI accuracy stays within 0.6 points of the unadapted Llama-3-8B"'),
    (F, 'fresh3-006', R, 6, None, PRON + ': "trained only on the fog, rain and snow images of ACDC, it reaches 55.7% mIoU"'),
    (F, 'fresh3-006', R, 7, None, DESC + ': "The condition router adds <1% to the training cost"'),
    (F, 'fresh3-009', R, 12, None, PRON + ': the figure is written for "it" ("and judged it equal to the teacher in 41%")'),
    (F, 'fresh3-013', R, 8, None, PRON + ': the figure is written for "it" ("human listeners preferred it over E2 TTS in 58%")'),
    (F, 'fresh3-014', R, 11, None, 'decision 18: the subject is an ablation ("replacing Mamba with a GRU of equal size costs only 0.06 PESQ"); the GRU is a part the variant is run with, not the figure\'s method, and no method is named for it'),
    (F, 'fresh3-021', R, 5, None, PRON + ': "and its average zero-shot accuracy over nine tasks differs by less than 0.2 points"'),
    (F, 'fresh3-023', R, 5, None, PRON + ': "and its fine-tuning costs 7% of the GPU hours"'),
    (F, 'fresh3-025', R, 1, None, PRON + ': "on LongVideoBench its accuracy reaches 63.7%"'),
    (F, 'fresh3-025', R, 2, None, PRON + ': "its accuracy reaches 63.7% (+5.2% over the backbone)"'),
    (F, 'fresh3-031', R, 4, None, PRON + ': "and it outperforms SaProt on 61% of assays"'),
    (F, 'fresh3-032', R, 6, None, PRON + ': the figure is written for "them" ("and 71.3% of them show higher binding affinity")'),
    (F, 'fresh3-037', R, 9, None, PRON + ': "on the hardest task, ..., it succeeds in 7 of 10 trials"'),
    (F, 'fresh3-038', R, 3, None, PRON + ': "while its average response length is ~18% shorter than that of SimPO"'),
    (F, 'fresh3-045', R, 4, None, PRON + ': "its average rank (3.1) places it in the same critical-difference clique"'),
]
UNDECIDED += [
    (F, 'fresh3-005', R, 8, 'pruning', Q_PART),
    (F, 'fresh3-005', R, 9, 'pruning', Q_PART),
    (F, 'fresh3-018', R, 3, None, Q_DESCREF),
    (F, 'fresh3-020', R, 11, None, Q_BASE),
    (F, 'fresh3-023', R, 7, None, Q_DESCREF),
    (F, 'fresh3-027', R, 7, None, Q_BASE),
    (F, 'fresh3-033', R, 1, None, Q_METRIC),
    (F, 'fresh3-043', R, 9, None, Q_METRIC),
    (F, 'fresh3-044', R, 8, None, Q_METRIC),
]
# baseline figures written for a description of the unmodified base model ("FP16", "dense"), found consistent with Q_DESCREF while reading fresh-3
UNDECIDED += [
    ('fresh-8.jsonl', 'fresh8-030', R, 1, None, Q_DESCREF),
    ('fresh-8.jsonl', 'fresh8-031', R, 3, None, Q_DESCREF),
    ('fresh-7.jsonl', 'fresh7-004', R, 2, None, Q_DESCREF),
    ('fresh-4.jsonl', 'fresh4-018', R, 4, None, Q_DESCREF),
]

# ---------------- extra-dev-18.jsonl
REVIEWED.append('extra-dev-18.jsonl')
F = 'extra-dev-18.jsonl'
UNDECIDED += [
    (F, 'dev18-010', R, 4, None, Q_BASE),
    (F, 'dev18-010', R, 5, None, Q_BASE),
]

# ---------------- extra-dev-17.jsonl
REVIEWED.append('extra-dev-17.jsonl')
F = 'extra-dev-17.jsonl'
CHANGES += [
    (F, 'dev17-006', R, 13, None, PRON + ': "On the naturally partitioned FEMNIST from LEAF it attains 86.9% accuracy"'),
    (F, 'dev17-007', R, 4, None, PRON + ': "On FEMNIST and Shakespeare it attains 88.1% and 55.6%"'),
    (F, 'dev17-007', R, 5, None, PRON + ': "On FEMNIST and Shakespeare it attains 88.1% and 55.6% mean client accuracy"'),
    (F, 'dev17-018', R, 4, None, PRON + ': "and its mean normalized ROC-AUC is 0.927"'),
    (F, 'dev17-020', R, 11, None, PRON + ': "in regression it is 4% better in normalized RMSE"'),
    (F, 'dev17-025', R, 12, None, PRON + ': "but it needs 27% less GPU memory during training"'),
    (F, 'dev17-028', R, 1, None, PRON + ': "and it outperforms OpenMask3D on the tail categories by 4.2 AP"'),
    (F, 'dev17-031', R, 0, None, PRON + ': "On the LibriTTS test-other set it achieves PESQ/MCD of 4.12/1.08 dB"'),
    (F, 'dev17-031', R, 1, None, PRON + ': "it achieves PESQ/MCD of 4.12/1.08 dB"'),
    (F, 'dev17-031', R, 2, None, PRON + ': "it achieves ... a V/UV F1 of 0.968"'),
    (F, 'dev17-033', R, 10, None, PRON + ': "and its time to first audio is 140 ms"'),
    (F, 'dev17-035', R, 5, None, PRON + ': "and its speaker similarity is 0.74 and 0.69"'),
    (F, 'dev17-035', R, 6, None, PRON + ': "and its speaker similarity is 0.74 and 0.69"'),
]
UNDECIDED += [
    (F, 'dev17-000', R, 9, None, Q_METRIC),
    (F, 'dev17-002', R, 13, None, Q_METRIC),
    (F, 'dev17-002', R, 14, None, Q_METRIC),
    (F, 'dev17-008', R, 9, None, Q_BASE),
    (F, 'dev17-008', R, 10, None, Q_BASE),
    (F, 'dev17-009', R, 0, None, Q_BASE),
    (F, 'dev17-017', R, 6, None, Q_METRIC),
    (F, 'dev17-017', R, 7, None, Q_METRIC),
    (F, 'dev17-017', R, 8, None, Q_METRIC),
    (F, 'dev17-017', R, 9, None, Q_METRIC),
    (F, 'dev17-021', R, 6, None, Q_METRIC),
    (F, 'dev17-021', R, 7, None, Q_METRIC),
    (F, 'dev17-021', R, 13, None, Q_METRIC),
    (F, 'dev17-021', R, 14, None, Q_METRIC),
    (F, 'dev17-022', R, 0, None, Q_BASE),
    (F, 'dev17-025', R, 10, None, Q_METRIC),
    (F, 'dev17-026', R, 3, None, Q_METRIC),
    (F, 'dev17-026', R, 4, None, Q_METRIC),
    (F, 'dev17-027', R, 8, None, Q_METRIC),
    (F, 'dev17-032', R, 14, None, Q_BASE),
    (F, 'dev17-033', R, 8, None, Q_METRIC),
]

# ---------------- extra-dev-16.jsonl
REVIEWED.append('extra-dev-16.jsonl')
F = 'extra-dev-16.jsonl'
NONAME = "decision 18: the sentence names no method for the figure (its subject is \"it\"; the names it writes are a backbone and a baseline set against)"
CHANGES += [
    (F, 'dev16-000', R, 0, None, PRON + ': "On Re-DocRED, it reaches an Ign F1 of 80.2"'),
    (F, 'dev16-000', R, 1, None, PRON + ': "it reaches ... an F1 of 81.0"'),
    (F, 'dev16-000', R, 2, None, PRON + ': "it reaches ... an F1 of 81.0, 1.6 points above DREEAM"'),
    (F, 'dev16-000', R, 5, None, PRON + ': "and its evidence F1 is 55.3"'),
    (F, 'dev16-000', R, 7, None, PRON + ': "On CDR and GDA it obtains 80.6 and 86.9 F1"'),
    (F, 'dev16-000', R, 8, None, PRON + ': "On CDR and GDA it obtains 80.6 and 86.9 F1"'),
    (F, 'dev16-002', R, 5, None, PRON + ': "On SummaC it reaches 78.9 BAcc"'),
    (F, 'dev16-002', R, 6, None, PRON + ': "and on FRANK its Spearman correlation with human ratings is 0.61"'),
    (F, 'dev16-004', R, 3, None, PRON + ': "On the multi-hop 2WikiMultiHopQA benchmark its F1 is 61.8"'),
    (F, 'dev16-004', R, 5, None, PRON + ': "its F1 is 61.8 ..., while issuing ~40% fewer retrieval calls"'),
    (F, 'dev16-004', R, 7, None, PRON + ': the figure is written for "its" ("allowing abstention lifts its selective accuracy to 71.4%")'),
    (F, 'dev16-004', R, 10, None, PRON + ': "and it needs only 1.3 retrieval calls per question"'),
    (F, 'dev16-005', R, 3, None, PRON + ': "On SIB-200 topic classification it averages 78.5% accuracy"'),
    (F, 'dev16-005', R, 4, None, PRON + ': "it ... is best on 162 of the 205 languages"'),
    (F, 'dev16-006', R, 0, None, PRON + ': "With ViT-B on Kinetics-400, it reduces GFLOPs from 180 to 67"'),
    (F, 'dev16-006', R, 1, None, NONAME + ': "it reduces GFLOPs ... while top-1 accuracy drops by only 0.4%"'),
    (F, 'dev16-006', R, 2, None, NONAME + ': "(81.1% vs. 81.5% for the unpruned VideoMAE)"'),
    (F, 'dev16-006', R, 6, None, PRON + ': "At equal compute, it outperforms ... ToMe and STTS by 1.8%"'),
    (F, 'dev16-006', R, 7, None, PRON + ': "it outperforms ... ToMe and STTS by 1.8% and 1.2%"'),
    (F, 'dev16-007', R, 9, None, PRON + ': "it improves R1@0.5 from 37.1 for UVCOM to 42.0"'),
    (F, 'dev16-010', R, 13, None, PRON + ': "where it trails DEVA by 0.2 J&F"'),
    (F, 'dev16-011', R, 6, None, PRON + ': "On SportsMOT it obtains 76.8 HOTA"'),
    (F, 'dev16-011', R, 7, None, PRON + ': "on MOT17, ..., it is roughly on par with ByteTrack (63.0 vs. 63.1 HOTA)"'),
    (F, 'dev16-012', R, 5, None, PRON + ': "on the hardest antmaze-large-diverse task it lifts success rate from 47.5% to 63.0%"'),
    (F, 'dev16-016', R, 10, None, PRON + ': "and on RLBench it ranks first on 11 of 18 tasks"'),
    (F, 'dev16-024', R, 8, None, PRON + ': "and its unsupervised patch boundaries recover annotated splice junctions with a recall of 81%"'),
    (F, 'dev16-028', R, 5, None, PRON + ': "compared with GPT-4 ..., it is better by 14.8 F1 points"'),
    (F, 'dev16-028', R, 9, None, PRON + ': "BioRED, where it reaches 58.9 relation F1"'),
    (F, 'dev16-029', R, 3, None, PRON + ': "and its predicted effect directions reach a sign concordance of ~76%"'),
    (F, 'dev16-029', R, 8, None, PRON + ': "and its peak inference memory at 1 Mb stays below 24 GB"'),
    (F, 'dev16-030', R, 4, None, PRON + ': "On Electricity, its average MSE/MAE is 0.152/0.246"'),
    (F, 'dev16-030', R, 5, None, PRON + ': "On Electricity, its average MSE/MAE is 0.152/0.246"'),
    (F, 'dev16-031', R, 5, None, PRON + ': "it ranks first on 9 of the 17 datasets"'),
    (F, 'dev16-033', R, 9, None, PRON + ': "and its peak GPU memory drops by ~35%"'),
    (F, 'dev16-034', R, 8, None, PRON + ': "it loses to CatBoost on 9 of the 10 high-cardinality categorical datasets"'),
    (F, 'dev16-034', R, 9, None, PRON + ': "and its inference latency of 38 ms per row"'),
    (F, 'dev16-034', R, 10, None, PRON + ': "its inference latency of 38 ms per row is roughly 20 times that of a GBDT"'),
]
UNDECIDED += [
    (F, 'dev16-002', R, 11, None, Q_BASE),
    (F, 'dev16-004', R, 11, None, Q_BASE),
    (F, 'dev16-006', R, 8, None, Q_BASE),
    (F, 'dev16-006', R, 9, None, Q_BASE),
    (F, 'dev16-006', R, 10, None, Q_BASE),
    (F, 'dev16-007', R, 3, None, Q_METRIC),
    (F, 'dev16-008', R, 0, None, Q_BASE),
    (F, 'dev16-008', R, 1, None, Q_BASE),
    (F, 'dev16-010', R, 9, None, Q_METRIC),
    (F, 'dev16-015', R, 6, None, Q_METRIC),
    (F, 'dev16-019', R, 9, None, Q_BASE),
    (F, 'dev16-021', R, 4, None, Q_METRIC),
    (F, 'dev16-022', R, 10, None, Q_METRIC),
    (F, 'dev16-023', R, 4, None, Q_BASE),
    (F, 'dev16-028', R, 4, None, Q_METRIC),
    (F, 'dev16-033', R, 6, None, Q_METRIC),
]

# ---------------- extra-dev-15.jsonl
REVIEWED.append('extra-dev-15.jsonl')
F = 'extra-dev-15.jsonl'
CHANGES += [
    (F, 'dev15-001', R, 3, None, PRON + ': "on HumanEval-Java it reaches a plausible-patch rate of 71.3%"'),
    (F, 'dev15-009', R, 3, None, PRON + ': "it is better than GeoLayoutLM on FUNSD with 0.7 point"'),
    (F, 'dev15-009', R, 4, None, PRON + ': "it is ... comparable on CORD (97.6 vs 97.97)"'),
    (F, 'dev15-011', R, 8, None, PRON + ': "where its character error rate (CER) is 9.7%"'),
    (F, 'dev15-012', R, 11, None, PRON + ': "and it trains in ~11 hours on a single A100"'),
]
UNDECIDED += [
    (F, 'dev15-000', R, 4, None, Q_BASE),
    (F, 'dev15-002', R, 12, None, Q_METRIC),
    (F, 'dev15-004', R, 13, None, Q_BASE),
    (F, 'dev15-004', R, 14, None, Q_BASE),
    (F, 'dev15-011', R, 3, None, Q_METRIC),
    (F, 'dev15-011', R, 4, None, Q_METRIC),
    (F, 'dev15-011', R, 5, None, Q_METRIC),
    (F, 'dev15-013', R, 18, None, Q_METRIC),
    (F, 'dev15-016', R, 2, None, Q_METRIC),
    (F, 'dev15-016', R, 3, None, Q_METRIC),
]

# ---------------- extra-dev-14.jsonl
REVIEWED.append('extra-dev-14.jsonl')
F = 'extra-dev-14.jsonl'
ABL = "decision 18: the figure's clause reports an ablation (its subject is \"removing ...\", \"disabling ...\", \"replacing ...\"), which names no method; the paper's method is the subject of another clause and the ablated variant's figure is not its"
Q_BOTH = ("The figure's subject names both the paper's method and the model it is applied to (\"formalizing 48K problems with Cairnstone and training DeepSeek-Prover-V1.5 on the result improves pass@32 by 3.2 points\"); "
          "decision 18 excludes the model a method works on, which gives the method; the gold gives the model trained. Which?")
Q_FRAME = ("The method is named only in a leading subordinate clause (\"When we plug Brontide into a best-first search prover ..., it proves 61.2%\") and the figure's own clause has a pronoun or a metric as subject: "
           "does the frame name the figure's method (gold) or does decision 18's pronoun rule give null?")
CHANGES += [
    (F, 'dev14-000', R, 11, None, PRON + ': "and its training fits in 18 GPU hours"'),
    (F, 'dev14-003', R, 5, None, PRON + ': "but it need only one forward pass per step ..., so it is 6.3 times faster"'),
    (F, 'dev14-004', R, 4, None, PRON + ': "and on Darcy flow its nRMSE even rises by 1.3%"'),
    (F, 'dev14-004', R, 9, None, PRON + ': "whereas its fine-tuning takes under 1 hour"'),
    (F, 'dev14-005', R, 7, None, PRON + ': "and its error grows by less than 1 point"'),
    (F, 'dev14-007', R, 5, None, ABL + ': "removing the informal sketch lowers the miniF2F-test proof rate from 84.0% to 71.3%"'),
    (F, 'dev14-007', R, 6, None, ABL + ': "disabling lemma caching increases the average number of prover calls per solved problem by 2.4x"'),
    (F, 'dev14-007', R, 7, None, ABL + ': "disabling lemma caching increases ... (from 113 to 271)"'),
    (F, 'dev14-007', R, 8, None, ABL + ': "replacing recursion by a single level of decomposition solves 11 fewer PutnamBench problems"'),
    (F, 'dev14-010', R, 2, None, PRON + ': "it is 12.4 and 15.1 points higher than ReProver"'),
    (F, 'dev14-010', R, 3, None, PRON + ': "it is 12.4 and 15.1 points higher than ReProver"'),
    (F, 'dev14-013', R, 0, None, PRON + ': "On Occ3D-nuScenes it achieves 42.7 mIoU"'),
    (F, 'dev14-013', R, 1, None, PRON + ': "it achieves ... 41.3 RayIoU"'),
    (F, 'dev14-013', R, 4, None, PRON + ': "it achieves ..., while reducing training memory from 21.5 GB to 9.8 GB"'),
    (F, 'dev14-015', R, 8, None, PRON + ': "while its multi-ability score ... rises from 47.5 to 58.9"'),
    (F, 'dev14-015', R, 9, None, PRON + ': "on the Longest6 benchmark it improves the driving score by 9.7 points over TransFuser++"'),
    (F, 'dev14-015', R, 10, None, PRON + ': "it improves the driving score ... with 14% fewer route infractions per kilometre"'),
    (F, 'dev14-019', R, 16, 'token pruning', 'decision 18: the method the clause reports on, its subject: "With a token keep ratio of 0.4, token pruning lowers inference FLOPs by 2.3x" (token pruning is a METHOD span)'),
    (F, 'dev14-034', R, 0, None, PRON + ': "we show that, probed with frozen features ..., it lifts music auto-tagging on MagnaTagATune to 0.924 ROC-AUC"'),
    (F, 'dev14-034', R, 1, None, PRON + ': "it lifts music auto-tagging ... to 0.924 ROC-AUC and 0.437 PR-AUC"'),
    (F, 'dev14-034', R, 4, None, PRON + ': "it ... raises key detection accuracy on GiantSteps from 66.9% to 74.3%"'),
    (F, 'dev14-034', R, 5, None, PRON + ': "it ... reaches 80.6% accuracy in genre classification"'),
    (F, 'dev14-034', R, 6, None, PRON + ': "it ... reaches ... an R2 of 0.71 in emotion regression"'),
    (F, 'dev14-034', R, 7, None, PRON + ': "it ... improves instrument classification on NSynth by 1.4 points"'),
    (F, 'dev14-034', R, 8, None, 'decision 18: the figure\'s clause names no method ("while a forward pass over 30 s of audio costs 61 GFLOPs"), and the clause it is joined to has "it" as subject'),
    (F, 'dev14-034', R, 9, None, 'decision 18: the figure\'s clause names no method ("a forward pass ... costs 61 GFLOPs, about 40% less than MusicFM"), and the clause it is joined to has "it" as subject'),
    (F, 'dev14-036', R, 8, None, PRON + ': "On CivilComments-WILDS it improves WGA over ERM from 57.4% to 70.9%"'),
    (F, 'dev14-037', R, 6, None, PRON + ': "on ImageNet-R and ImageNet-Sketch its ECE falls to 4.6%"'),
    (F, 'dev14-037', R, 7, None, PRON + ': "its ECE falls to 4.6% and 5.2%"'),
    (F, 'dev14-042', R, 6, None, PRON + ': "and it remains ahead in final average accuracy ... (77.3% vs. 73.0% for CODA-Prompt)"'),
    (F, 'dev14-046', R, 6, None, PRON + ': "Quick Draw, where it trails TSA by 1.2 points of accuracy"'),
    (F, 'dev14-048', R, 0, None, PRON + ': "although FlashAttention-3 exploits ..., its backward pass still reaches only ~45% of peak throughput" (the figure is written for "its")'),
    (F, 'dev14-055', R, 4, None, PRON + ': "with a single shot it still obtains 94.2 I-AUROC on MVTec AD"'),
    (F, 'dev14-055', R, 5, None, PRON + ': "it still obtains 94.2 I-AUROC ..., +5.3 over PatchCore"'),
    (F, 'dev14-055', R, 6, None, PRON + ': "it still obtains 94.2 I-AUROC ..., +2.6 over InCTRL"'),
    (F, 'dev14-056', R, 8, None, PRON + ': "although it ranks first on 11 of the 17 source datasets"'),
]
UNDECIDED += [
    (F, 'dev14-003', R, 0, None, Q_BASE),
    (F, 'dev14-003', R, 1, None, Q_BASE),
    (F, 'dev14-003', R, 2, None, Q_BASE),
    (F, 'dev14-008', R, 14, 'Cairnstone', Q_BOTH),
    (F, 'dev14-009', R, 7, 'Majority voting', Q_PROTOCOL),
    (F, 'dev14-010', R, 5, None, Q_FRAME),
    (F, 'dev14-010', R, 6, None, Q_DESCREF),
    (F, 'dev14-010', R, 7, None, Q_FRAME),
    (F, 'dev14-011', R, 3, None, Q_BASE),
    (F, 'dev14-017', R, 4, None, Q_BASE),
    (F, 'dev14-017', R, 5, None, Q_BASE),
    (F, 'dev14-017', R, 6, None, Q_BASE),
    (F, 'dev14-025', R, 6, None, Q_METRIC),
    (F, 'dev14-029', R, 2, None, Q_METRIC),
    (F, 'dev14-035', R, 2, None, Q_METRIC),
    (F, 'dev14-035', R, 3, None, Q_METRIC),
    (F, 'dev14-038', R, 10, None, Q_BASE),
    (F, 'dev14-039', R, 7, None, Q_METRIC),
    (F, 'dev14-048', R, 3, None, Q_METRIC),
    (F, 'dev14-048', R, 4, None, Q_METRIC),
    (F, 'dev14-058', R, 8, None, Q_METRIC),
]

# ---------------- extra-dev-13.jsonl
REVIEWED.append('extra-dev-13.jsonl')
F = 'extra-dev-13.jsonl'
CHANGES += [
    (F, 'dev13-001', R, 5, None, PRON + ': "and it outperforms every open PRM up to 72B on 3 of the 4 ProcessBench subsets"'),
    (F, 'dev13-002', R, 3, None, PRON + ': "and its average pass@1 stays within 0.4 points of the original model"'),
    (F, 'dev13-002', R, 4, None, PRON + ': "its average pass@1 stays within 0.4 points of the original model (63.0 vs. 63.4)"'),
    (F, 'dev13-008', R, 7, None, PRON + ': "and it solves 14 of the 47 multi-application workflow tasks"'),
    (F, 'dev13-008', R, 12, None, 'decision 18: a part the variant is run with is not the figure\'s method ("Replacing the planner with GPT-4.1 lifts the OSWorld-Verified success rate to 46.3%"); the subject is the replacement, which names no method'),
    (F, 'dev13-009', R, 1, None, PRON + ': "and its multi-turn accuracy rises from 8.4 to 31.5"'),
    (F, 'dev13-010', R, 3, None, PRON + ': "on xbench-DeepSearch it scores 57.0"'),
    (F, 'dev13-013', R, 4, None, PRON + ': "without guidance its FID is 2.04"'),
    (F, 'dev13-016', R, 10, None, 'decision 18: a method the figure is set against is not its method ("dropping Self Forcing costs 2.1 points of total score", as "without the PRM, accuracy drops to 36.7")'),
    (F, 'dev13-017', R, 9, None, PRON + ': the figure is written for "its" ("COLMAP registers 94% of its generated frames")'),
    (F, 'dev13-022', R, 4, None, PRON + ': "on WidowX it reaches 55.2%"'),
    (F, 'dev13-022', R, 5, None, PRON + ': "it reaches 55.2%, a 1.6-fold improvement over LAPA"'),
    (F, 'dev13-025', R, 10, None, PRON + ': "and its MAT stays above 4.0 on 5 of the 6 Spec-Bench subtasks"'),
    (F, 'dev13-029', R, 6, None, PRON + ': "and it outperforms CLA on 5 of the 6 tasks"'),
    (F, 'dev13-035', R, 8, None, PRON + ': "and its IFEval instruction-level accuracy improves from 61.4 to 70.8"'),
    (F, 'dev13-040', R, 1, None, PRON + ': "and it beats per-language LoRA fine-tuning on 71 of the 102 languages"'),
    (F, 'dev13-041', R, 10, None, PRON + ': "and it outperforms the 4-step consistency-distilled baseline on WER by 0.9 points"'),
    (F, 'dev13-044', R, 6, None, PRON + ': "and its CLIP score of 31.7 is the highest"'),
    (F, 'dev13-048', R, 5, None, PRON + ': "and its POPE F1 even rises by 0.7"'),
    (F, 'dev13-049', R, 7, None, PRON + ': "while its MME perception score rises slightly (1510.7"'),
    (F, 'dev13-050', R, 13, None, PRON + ': "and its time-to-first-token drops from 18.4 s to 3.1 s"'),
    (F, 'dev13-053', R, 6, None, PRON + ': "and on ChartQA it reaches 88.6 relaxed accuracy"'),
    (F, 'dev13-053', R, 9, None, PRON + ': "and its end-to-end latency on HR-Bench 8K is 2.3 s"'),
    (F, 'dev13-054', R, 5, None, PRON + ': "at day 10 its anomaly correlation coefficient (ACC) is 0.62"'),
]
UNDECIDED += [
    (F, 'dev13-000', R, 6, None, Q_BASE),
    (F, 'dev13-000', R, 7, None, Q_BASE),
    (F, 'dev13-000', R, 8, None, Q_BASE),
    (F, 'dev13-001', R, 0, None, Q_METRIC),
    (F, 'dev13-001', R, 1, None, Q_METRIC),
    (F, 'dev13-002', R, 9, None, Q_BASE),
    (F, 'dev13-002', R, 10, None, Q_BASE),
    (F, 'dev13-002', R, 11, None, Q_BASE),
    (F, 'dev13-005', R, 6, None, Q_BASE),
    (F, 'dev13-007', R, 5, None, Q_BASE),
    (F, 'dev13-014', R, 2, None, Q_METRIC),
    (F, 'dev13-020', R, 8, None, Q_BASE),
    (F, 'dev13-023', R, 2, None, Q_METRIC),
    (F, 'dev13-031', R, 5, None, Q_METRIC),
    (F, 'dev13-031', R, 6, None, Q_BASE),
    (F, 'dev13-031', R, 7, None, Q_BASE),
    (F, 'dev13-032', R, 0, None, Q_BASE),
    (F, 'dev13-033', R, 8, None, Q_BASE),
    (F, 'dev13-034', R, 7, None, Q_METRIC),
    (F, 'dev13-037', R, 1, None, Q_METRIC),
    (F, 'dev13-039', R, 8, None, Q_FRAME),
    (F, 'dev13-039', R, 9, None, Q_FRAME),
    (F, 'dev13-053', R, 11, None, Q_BASE),
]

# ---------------- extra-dev-12.jsonl
REVIEWED.append('extra-dev-12.jsonl')
F = 'extra-dev-12.jsonl'
CHANGES += [
    (F, 'dev12-000', R, 8, None, PRON + ': "yet it cuts reader token usage by 22%"'),
    (F, 'dev12-001', R, 2, None, PRON + ': "and it outperforms NLLB-200 on 37 of the 44 directions"'),
    (F, 'dev12-003', R, 3, None, PRON + ': "on the SOTA subset of AggreFact-CNN it reaches 68.9% BAcc"'),
    (F, 'dev12-003', R, 5, None, PRON + ': "Calyxa is also inexpensive: it is roughly 40x cheaper than prompting GPT-4"'),
    (F, 'dev12-003', R, 6, None, PRON + ': "it is roughly 40x cheaper ... while landing within 1.2 points of its BAcc"'),
    (F, 'dev12-005', R, 3, None, PRON + ': "on AIME 2024 it solves 9 of the 30 problems"'),
    (F, 'dev12-008', R, 4, None, PRON + ': "while its no-reference scores remain competitive (MUSIQ 68.9"'),
    (F, 'dev12-013', R, 10, None, PRON + ': "and it runs at a real-time factor of 0.18 on one CPU core"'),
    (F, 'dev12-014', R, 2, None, PRON + ': "On the VoiceBank+DEMAND test set it obtains a PESQ of 3.31"'),
    (F, 'dev12-014', R, 3, None, PRON + ': "it obtains ... an STOI of 95.8%"'),
    (F, 'dev12-017', R, 0, None, DESC + ': "a router conditioned on a learned language embedding selects two of 16 experts per token, adding 6% parameters and a latency overhead below 3%"'),
    (F, 'dev12-019', R, 4, None, PRON + ': "With 64 tokens it scores 85.6 F1 on POPE"'),
    (F, 'dev12-019', R, 6, None, PRON + ': "it scores ... and 1,803 on MME"'),
    (F, 'dev12-024', R, 5, None, PRON + ': "on the Adroit pen tasks it improves over TD3+BC by up to 21%"'),
    (F, 'dev12-026', R, 3, None, PRON + ': "Averaged over MimicGen, it achieves 71.3% success"'),
    (F, 'dev12-027', R, 5, None, PRON + ': "and it outperforms IRIS on 19 of the 26 games"'),
    (F, 'dev12-027', R, 11, None, PRON + ': "its results on Crafter (a score of 18.7%)"'),
    (F, 'dev12-034', R, 3, None, PRON + ': "on tolokers and questions it attains a ROC-AUC of 86.1 and 79.4"'),
    (F, 'dev12-034', R, 4, None, PRON + ': "on tolokers and questions it attains a ROC-AUC of 86.1 and 79.4"'),
    (F, 'dev12-040', R, 3, None, PRON + ': "and its quality score (85.9) is the highest among the distilled models"'),
    (F, 'dev12-048', R, 7, None, PRON + ': "on the brain tumour task of the Medical Segmentation Decathlon (MSD) it obtains 74.6% average DSC"'),
    (F, 'dev12-051', R, 4, None, PRON + ': "its validity x uniqueness is 95.1%"'),
    (F, 'dev12-054', R, 8, None, PRON + ': "Pleatformer is also cheap: it trains an Electricity epoch in 41 s"'),
    (F, 'dev12-054', R, 9, None, PRON + ': "it trains an Electricity epoch in 41 s, 3.6x faster than PatchTST"'),
    (F, 'dev12-054', R, 10, None, PRON + ': "it ... needs 2.3 GB of GPU memory"'),
    (F, 'dev12-057', R, 6, None, PRON + ': "and it is the best model on 17 of the 27 datasets"'),
    (F, 'dev12-059', R, 3, None, PRON + ': "on Weather its average MSE of 0.241"'),
    (F, 'dev12-059', R, 4, None, PRON + ': "its average MSE of 0.241 is within 0.004 of Time-LLM"'),
]
UNDECIDED += [
    (F, 'dev12-004', R, 11, None, Q_METRIC),
    (F, 'dev12-009', R, 2, None, Q_METRIC),
    (F, 'dev12-009', R, 9, None, Q_BASE),
    (F, 'dev12-009', R, 10, None, Q_BASE),
    (F, 'dev12-010', R, 12, None, Q_BASE),
    (F, 'dev12-017', R, 4, None, Q_METRIC),
    (F, 'dev12-018', R, 3, None, Q_DESCREF),
    (F, 'dev12-018', R, 6, None, Q_BASE),
    (F, 'dev12-019', R, 9, None, Q_BASE),
    (F, 'dev12-019', R, 10, None, Q_BASE),
    (F, 'dev12-021', R, 6, None, Q_BASE),
    (F, 'dev12-021', R, 7, None, Q_BASE),
    (F, 'dev12-021', R, 8, None, Q_BASE),
    (F, 'dev12-022', R, 2, None, Q_DESCREF),
    (F, 'dev12-022', R, 8, None, Q_DESCREF),
    (F, 'dev12-024', R, 8, None, Q_METRIC),
    (F, 'dev12-025', R, 5, None, Q_FRAME),
    (F, 'dev12-025', R, 7, None, Q_FRAME),
    (F, 'dev12-029', R, 5, None, Q_BASE),
    (F, 'dev12-032', R, 3, None, Q_METRIC),
    (F, 'dev12-032', R, 4, None, Q_METRIC),
    (F, 'dev12-035', R, 3, None, Q_METRIC),
    (F, 'dev12-036', R, 8, None, Q_BASE),
    (F, 'dev12-036', R, 9, None, Q_BASE),
    (F, 'dev12-036', R, 10, None, Q_BASE),
    (F, 'dev12-040', R, 6, None, Q_METRIC),
    (F, 'dev12-050', R, 7, None, Q_METRIC),
    (F, 'dev12-051', R, 7, None, Q_METRIC),
    (F, 'dev12-052', R, 3, None, Q_METRIC),
    (F, 'dev12-054', R, 4, None, Q_METRIC),
    (F, 'dev12-059', R, 8, None, Q_METRIC),
    (F, 'dev12-059', R, 9, None, Q_METRIC),
]
# consistency with Q_FRAME (method named only in a leading "When ..." clause), found while reading extra-dev-12
UNDECIDED += [
    ('extra-dev-16.jsonl', 'dev16-032', R, 9, None, Q_FRAME),
    ('extra-dev-16.jsonl', 'dev16-032', R, 10, None, Q_FRAME),
]

# ---------------- extra-dev-11.jsonl
REVIEWED.append('extra-dev-11.jsonl')
F = 'extra-dev-11.jsonl'
NOSENT = "decision 18: the sentence names no method for the figure"
CHANGES += [
    (F, 'dev11-009', R, 4, None, PRON + ': "and it does so in 38% fewer training steps"'),
    (F, 'dev11-013', R, 7, None, PRON + ': "against the autoregressive SkyReels-V2 it is 9.8 times faster"'),
    (F, 'dev11-014', R, 3, None, PRON + ': "its ImageReward is within 0.03 of BF16"'),
    (F, 'dev11-015', R, 14, None, PRON + ': "while its backbone latency is 31% lower"'),
    (F, 'dev11-016', R, 6, None, PRON + ': "while its SSIM of 0.8043 is the highest among models under 500K parameters"'),
    (F, 'dev11-023', R, 0, None, PRON + ': the figure is written for "its" ("which keeps its decoding-time overhead at 14%")'),
    (F, 'dev11-027', R, 4, None, PRON + ': "on ScreenSpot-v2 it reaches 91.7%"'),
    (F, 'dev11-030', R, 4, None, PRON + ': "In a listening test with 24 raters, it obtains a comparative MOS (CMOS) of +0.18"'),
    (F, 'dev11-030', R, 5, None, PRON + ': "it ... is preferred to MaskGCT in 61% of pairwise comparisons"'),
    (F, 'dev11-031', R, 0, None, NOSENT + ' ("Results on LibriSpeech test-clean, at 650 bps: PESQ 2.71, ...")'),
    (F, 'dev11-031', R, 1, None, NOSENT + ' ("Results on LibriSpeech test-clean, at 650 bps: ..., STOI 0.91")'),
    (F, 'dev11-031', R, 2, None, NOSENT + ' ("Results on LibriSpeech test-clean, at 650 bps: ..., UTMOS 4.05")'),
    (F, 'dev11-031', R, 3, None, NOSENT + ' ("Results on LibriSpeech test-clean, at 650 bps: ..., speaker similarity 0.78")'),
    (F, 'dev11-031', R, 13, None, DESC + ': "The encoder and decoder need 5.1x fewer parameters than DAC"'),
    (F, 'dev11-036', R, 10, None, PRON + ': "and it uses 37% less GPU memory than iTransformer on Traffic"'),
    (F, 'dev11-037', R, 10, None, PRON + ': "where its VUS-PR drops by 0.06"'),
    (F, 'dev11-051', R, 5, None, NOSENT + ' ("On IU X-Ray the advantage persists (CE F1 0.231 vs. 0.198 for MAIRA-1)"; MAIRA-1 is set against)'),
    (F, 'dev11-052', R, 6, None, PRON + ': "its ensemble-mean RMSE for 2 m temperature at the same lead time is 1.21 K"'),
    (F, 'dev11-054', R, 3, None, PRON + ': "and it ranks first on 12 of the 15 tasks"'),
    (F, 'dev11-056', R, 7, None, PRON + ': "and it ranks first on 11 tasks"'),
    (F, 'dev11-058', R, 8, None, PRON + ': "and its SSIM of 0.815 exceeds that of HAC"'),
]
UNDECIDED += [
    (F, 'dev11-000', R, 6, None, Q_BASE),
    (F, 'dev11-003', R, 4, None, Q_METRIC),
    (F, 'dev11-003', R, 7, None, Q_BASE),
    (F, 'dev11-003', R, 8, None, Q_BASE),
    (F, 'dev11-005', R, 5, None, Q_BASE),
    (F, 'dev11-005', R, 6, None, Q_BASE),
    (F, 'dev11-006', R, 9, None, Q_BASE),
    (F, 'dev11-006', R, 10, None, Q_BASE),
    (F, 'dev11-010', R, 5, None, Q_BASE),
    (F, 'dev11-017', R, 11, None, Q_METRIC),
    (F, 'dev11-017', R, 12, None, Q_METRIC),
    (F, 'dev11-021', R, 1, None, Q_DESCREF),
    (F, 'dev11-022', R, 3, None, Q_METRIC),
    (F, 'dev11-022', R, 4, None, Q_METRIC),
    (F, 'dev11-022', R, 5, None, Q_METRIC),
    (F, 'dev11-023', R, 7, None, Q_METRIC),
    (F, 'dev11-024', R, 0, None, Q_BASE),
    (F, 'dev11-025', R, 13, None, Q_METRIC),
    (F, 'dev11-028', R, 13, None, Q_METRIC),
    (F, 'dev11-034', R, 9, None, Q_METRIC),
    (F, 'dev11-036', R, 9, None, Q_METRIC),
    (F, 'dev11-038', R, 10, None, Q_METRIC),
    (F, 'dev11-039', R, 6, None, Q_METRIC),
    (F, 'dev11-042', R, 4, None, Q_METRIC),
    (F, 'dev11-046', R, 7, None, Q_METRIC),
    (F, 'dev11-051', R, 2, None, Q_METRIC),
    (F, 'dev11-051', R, 4, None, Q_METRIC),
    (F, 'dev11-053', R, 5, None, Q_METRIC),
    (F, 'dev11-053', R, 6, None, Q_METRIC),
    (F, 'dev11-056', R, 3, None, Q_METRIC),
    (F, 'dev11-059', R, 4, None, Q_METRIC),
]

# ---------------- extra-dev-10.jsonl
REVIEWED.append('extra-dev-10.jsonl')
F = 'extra-dev-10.jsonl'
CHANGES += [
    (F, 'dev10-000', R, 6, None, PRON + ': "Its AUROC for unanswerable question detection reaches 0.87"'),
    (F, 'dev10-001', R, 6, None, PRON + ': "On WMT24 En-Is, it obtains 0.842 COMET-22"'),
    (F, 'dev10-004', R, 3, None, PRON + ': "it is the best compressed method on 15 of the 18 languages"'),
    (F, 'dev10-005', R, 12, None, PRON + ': "and its runtime on an RTX 4090 is 6.2 ms"'),
    (F, 'dev10-006', R, 4, None, PRON + ': "and it sets a new state of the art on 5 of the 6 standard benchmarks"'),
    (F, 'dev10-009', R, 5, None, PRON + ': "it obtains the best LPIPS among compact methods on 7 of the 9 scenes"'),
    (F, 'dev10-011', R, 9, None, PRON + ': "and its DNSMOS OVRL rises from 3.21 to 3.34"'),
    (F, 'dev10-013', R, 4, None, PRON + ': "on Seed-TTS test-en its WER is 1.71%"'),
    (F, 'dev10-025', R, 8, None, PRON + ': "on POPE its F1 is 86.1"'),
    (F, 'dev10-030', R, 10, None, PRON + ': "and its memory footprint drops by 3.6x"'),
    (F, 'dev10-031', R, 6, None, PRON + ': "on ADE20K semantic segmentation with a ViT-L/16 backbone it cuts inference latency by 31%"'),
    (F, 'dev10-031', R, 7, None, PRON + ': "it cuts inference latency by 31% at a cost of 0.6 mIoU"'),
    (F, 'dev10-032', R, 3, None, PRON + ': "and its WikiText-2 perplexity (9.87) is lower than that of Wanda-sp"'),
    (F, 'dev10-037', R, 9, None, PRON + ': "and it ranks first by VUS-PR on 4 of the 5 datasets"'),
    (F, 'dev10-040', R, 3, None, PRON + ': "on Peptides-struct it lowers MAE to 0.2431"'),
    (F, 'dev10-042', R, 3, None, PRON + ': "on tgbl-review it reaches 0.412"'),
    (F, 'dev10-042', R, 7, None, PRON + ': "on tgbl-comment it retains 94% of DyGFormer\'s MRR"'),
    (F, 'dev10-055', R, 4, None, PRON + ': "On the TALENT benchmark of 300 datasets it achieves an average rank of 4.2"'),
    (F, 'dev10-055', R, 5, None, PRON + ': "it ... ranks first on 117 datasets"'),
    (F, 'dev10-056', R, 3, None, PRON + ': "and it attains lower RMSE than XGBoost on 21 of the 28 regression datasets"'),
    (F, 'dev10-056', R, 9, None, PRON + ': "though its inference is 2.2x faster"'),
    (F, 'dev10-057', R, 12, None, PRON + ': "and its training completes in 14 minutes"'),
]
UNDECIDED += [
    (F, 'dev10-002', R, 8, None, Q_BASE),
    (F, 'dev10-003', R, 14, None, Q_BASE),
    (F, 'dev10-008', R, 0, None, Q_METRIC),
    (F, 'dev10-008', R, 2, None, Q_BASE),
    (F, 'dev10-008', R, 3, None, Q_BASE),
    (F, 'dev10-008', R, 4, None, Q_METRIC),
    (F, 'dev10-012', R, 11, None, Q_FRAME),
    (F, 'dev10-012', R, 12, None, Q_FRAME),
    (F, 'dev10-021', R, 9, None, Q_BASE),
    (F, 'dev10-024', R, 2, None, Q_METRIC),
    (F, 'dev10-024', R, 7, None, Q_METRIC),
    (F, 'dev10-029', R, 8, None, Q_BASE),
    (F, 'dev10-029', R, 9, None, Q_BASE),
    (F, 'dev10-030', R, 7, None, Q_BASE),
    (F, 'dev10-031', R, 3, None, Q_BASE),
    (F, 'dev10-031', R, 4, None, Q_BASE),
    (F, 'dev10-031', R, 5, None, Q_DESCREF),
    (F, 'dev10-038', R, 6, None, Q_METRIC),
    (F, 'dev10-038', R, 9, None, Q_METRIC),
    (F, 'dev10-048', R, 11, None, Q_METRIC),
    (F, 'dev10-048', R, 12, None, Q_METRIC),
    (F, 'dev10-049', R, 2, None, Q_METRIC),
    (F, 'dev10-050', R, 1, None, Q_DESCREF),
    (F, 'dev10-055', R, 11, None, Q_METRIC),
    (F, 'dev10-058', R, 3, None, Q_METRIC),
]

# ---------------- extra-dev-9.jsonl
REVIEWED.append('extra-dev-9.jsonl')
F = 'extra-dev-9.jsonl'
PART = "decision 18: a part the variant is run with is not the figure's method; the subject is the replacement/variant, which names no method"
CHANGES += [
    (F, 'dev9-003', R, 6, None, PRON + ': "its privacy leakage (PrivLeak) of -4.8 is the closest to zero"'),
    (F, 'dev9-008', R, 6, None, PRON + ': "and its VD-S, the false negative rate at a 0.5% false positive rate, falls from 96.2% to 81.5%"'),
    (F, 'dev9-010', R, 9, None, PRON + ': "and its end-to-end latency is 1.6x lower than that of RepoCoder"'),
    (F, 'dev9-011', R, 10, None, PRON + ': "and its median trajectory takes 27 steps"'),
    (F, 'dev9-015', R, 10, None, PRON + ': "and its index size shrinks from 7.9 GB to 2.6 GB"'),
    (F, 'dev9-018', R, 8, None, PRON + ': "and its end-to-end latency is 2.7 s per question"'),
    (F, 'dev9-021', R, 4, None, PRON + ': "Transferred zero-shot to a Unitree Go2, it succeeded in 9 of 10 trials"'),
    (F, 'dev9-023', R, 11, None, PART + ': "Replacing GPT-4o with Llama-3.1-8B retains 94% of the success rate"'),
    (F, 'dev9-026', R, 4, None, PRON + ': "and its novel views score 21.86 dB PSNR"'),
    (F, 'dev9-033', R, 4, None, PRON + ': "on ScienceWorld it raises the average score from 38.2 to 47.5"'),
    (F, 'dev9-034', R, 9, None, PRON + ': "and it generates 71% fewer output tokens per episode"'),
    (F, 'dev9-035', R, 8, None, PRON + ': "and it answers 3.9x faster"'),
    (F, 'dev9-040', R, 0, None, PRON + ': "On VoiceBank+DEMAND it reaches a PESQ of 3.41"'),
    (F, 'dev9-040', R, 1, None, PRON + ': "it reaches ... a STOI of 95.8%"'),
    (F, 'dev9-040', R, 2, None, PRON + ': "it reaches ... an SI-SDR of 19.6 dB"'),
    (F, 'dev9-040', R, 3, None, PRON + ': "it reaches ... with 0.48M parameters"'),
    (F, 'dev9-040', R, 4, None, PRON + ': "it reaches ... with ... 0.39 GMACs per second of audio"'),
    (F, 'dev9-040', R, 12, None, PRON + ': "and its end-to-end latency including buffering stays at 6 ms"'),
    (F, 'dev9-044', R, 9, None, PRON + ': "and its mean opinion score for overall quality was 3.94"'),
    (F, 'dev9-045', R, 12, None, PART + ': "Initialising the encoder from SAM 2 instead raises MOSE J&F to 73.0" (SAM 2 is the part the variant is built on)'),
    (F, 'dev9-045', R, 13, None, PART + ': "Initialising the encoder from SAM 2 instead raises MOSE J&F to 73.0, although at 17 FPS"'),
    (F, 'dev9-050', R, 0, None, PRON + ': "On FB15k-237 it reaches an MRR of 42.7"'),
    (F, 'dev9-050', R, 1, None, PRON + ': "it reaches ... Hits@10 of 61.9"'),
    (F, 'dev9-050', R, 4, None, PRON + ': "on WN18RR it obtains 56.2 MRR"'),
    (F, 'dev9-050', R, 8, None, NOSENT + ' ("Training is 2.3x faster per epoch than NBFNet"; NBFNet is set against)'),
    (F, 'dev9-055', R, 3, None, PRON + ': "On ODinW-13 it obtains an average AP of 23.1"'),
    (F, 'dev9-059', R, 3, None, PRON + ': "and it is better than MIC on 7 of the 8 categories"'),
]
UNDECIDED += [
    (F, 'dev9-006', R, 11, None, Q_BASE),
    (F, 'dev9-006', R, 12, None, Q_BASE),
    (F, 'dev9-007', R, 1, None, Q_METRIC),
    (F, 'dev9-003', R, 5, None, Q_METRIC),
    (F, 'dev9-008', R, 9, None, Q_BASE),
    (F, 'dev9-009', R, 9, None, Q_BASE),
    (F, 'dev9-009', R, 10, None, Q_BASE),
    (F, 'dev9-010', R, 4, None, Q_METRIC),
    (F, 'dev9-010', R, 7, None, Q_BASE),
    (F, 'dev9-011', R, 4, None, Q_BASE),
    (F, 'dev9-012', R, 9, None, Q_BASE),
    (F, 'dev9-013', R, 2, None, Q_METRIC),
    (F, 'dev9-013', R, 3, None, Q_METRIC),
    (F, 'dev9-014', R, 5, None, Q_BASE),
    (F, 'dev9-019', R, 3, None, Q_METRIC),
    (F, 'dev9-029', R, 10, None, Q_BASE),
    (F, 'dev9-030', R, 5, None, Q_BASE),
    (F, 'dev9-032', R, 8, None, Q_BASE),
    (F, 'dev9-034', R, 7, None, Q_METRIC),
    (F, 'dev9-034', R, 8, None, Q_METRIC),
    (F, 'dev9-036', R, 2, None, Q_METRIC),
    (F, 'dev9-036', R, 3, None, Q_METRIC),
    (F, 'dev9-036', R, 4, None, Q_METRIC),
    (F, 'dev9-039', R, 2, None, Q_METRIC),
    (F, 'dev9-046', R, 3, None, Q_BASE),
    (F, 'dev9-046', R, 4, None, Q_DESCREF),
    (F, 'dev9-047', R, 8, None, Q_BASE),
    (F, 'dev9-052', R, 6, None, Q_METRIC),
    (F, 'dev9-057', R, 2, None, Q_METRIC),
    (F, 'dev9-057', R, 3, None, Q_METRIC),
]

# ---------------- extra-dev-8.jsonl
REVIEWED.append('extra-dev-8.jsonl')
F = 'extra-dev-8.jsonl'
CHANGES += [
    (F, 'dev8-000', R, 6, None, PRON + ': "Its passage recall@5 on MuSiQue is 61.2%"'),
    (F, 'dev8-002', R, 3, None, PRON + ': "on Kinyarwanda and Somali it is slightly worse (-0.3 and -0.5 chrF++)"'),
    (F, 'dev8-002', R, 4, None, PRON + ': "on Kinyarwanda and Somali it is slightly worse (-0.3 and -0.5 chrF++)"'),
    (F, 'dev8-010', R, 6, None, PRON + ': "on antmaze-large-diverse its normalized score is 71.2"'),
    (F, 'dev8-011', R, 9, None, PRON + ': "and its median HNS is 0.93"'),
    (F, 'dev8-011', R, 10, None, PRON + ': "and it exceeds human performance on 14 of the 26 games"'),
    (F, 'dev8-013', R, 3, None, PRON + ': "and it is the best method in 8 of the 9 scenarios"'),
    (F, 'dev8-015', R, 11, None, PRON + ': "on the 2.4M-node ogbn-products graph, ..., it reaches 82.7% test accuracy"'),
    (F, 'dev8-016', R, 4, None, PRON + ': "and on amazon-ratings it obtains 54.2%"'),
    (F, 'dev8-018', R, 0, None, PRON + ': "its MRR is 0.398 on FB15k-237"'),
    (F, 'dev8-018', R, 1, None, PRON + ': "its MRR is 0.398 on FB15k-237 and 0.549 on WN18RR"'),
    (F, 'dev8-018', R, 7, None, PRON + ': "and it outperforms ULTRA on 38 of the 51 graphs"'),
    (F, 'dev8-019', R, 4, None, PRON + ': "and on tgbl-flight it comes within 0.006 MRR of TGN"'),
    (F, 'dev8-020', R, 9, None, PART + ': "replacing it with token-choice routing raises CRPS from 0.462 to 0.489"'),
    (F, 'dev8-021', R, 3, None, PRON + ': "it ranks first on 9 of the 17 datasets"'),
    (F, 'dev8-021', R, 4, None, PRON + ': "On SMD, MSL and SMAP its affiliation F1 is 84.7"'),
    (F, 'dev8-021', R, 5, None, PRON + ': "On SMD, MSL and SMAP its affiliation F1 is 84.7, 79.2 and 77.5"'),
    (F, 'dev8-021', R, 6, None, PRON + ': "On SMD, MSL and SMAP its affiliation F1 is 84.7, 79.2 and 77.5"'),
    (F, 'dev8-026', R, 9, None, PRON + ': "and its embeddings predict patient age with a mean absolute error of 6.3 years"'),
    (F, 'dev8-030', R, 9, None, PRON + ': "and its optimizer memory is 1.0x the parameter count"'),
    (F, 'dev8-031', R, 4, None, PRON + ': "it attains the lowest final gradient norm on 3 of the 4 LIBSVM datasets"'),
    (F, 'dev8-035', R, 4, None, PRON + ': "On the 72 classification datasets of the TALENT benchmark its average rank is 3.1"'),
    (F, 'dev8-035', R, 5, None, PRON + ': "and it ranks first on 29 datasets"'),
    (F, 'dev8-035', R, 12, None, PRON + ': "where it trails CatBoost by 1.6 ROC-AUC points"'),
    (F, 'dev8-041', R, 10, None, PRON + ': "its relative gain in Recall@20 reaches 21.5%"'),
    (F, 'dev8-042', R, 2, None, PRON + ': "its margins over the strongest baseline, FinalMLP, are +0.0011"'),
    (F, 'dev8-042', R, 3, None, PRON + ': "its margins over the strongest baseline, FinalMLP, are +0.0011 and +0.0009 AUC"'),
]
UNDECIDED += [
    (F, 'dev8-003', R, 3, None, Q_METRIC),
    (F, 'dev8-004', R, 8, None, Q_BASE),
    (F, 'dev8-004', R, 9, None, Q_BASE),
    (F, 'dev8-012', R, 9, None, Q_BASE),
    (F, 'dev8-017', R, 2, None, Q_METRIC),
    (F, 'dev8-017', R, 3, None, Q_METRIC),
    (F, 'dev8-019', R, 8, None, Q_METRIC),
    (F, 'dev8-029', R, 9, None, Q_METRIC),
    (F, 'dev8-031', R, 3, None, Q_METRIC),
    (F, 'dev8-032', R, 1, None, Q_METRIC),
    (F, 'dev8-032', R, 2, None, Q_METRIC),
    (F, 'dev8-041', R, 6, None, Q_FRAME),
    (F, 'dev8-041', R, 7, None, Q_FRAME),
]
# extra-dev-8.jsonl, records dev8-043 to dev8-059
CHANGES += [
    (F, 'dev8-048', R, 6, None, PRON + ': "and its MM-Vet total score unchanged within noise (35.9"'),
    (F, 'dev8-052', R, 9, None, PRON + ': "and its memory footprint stays at 1.2 GB"'),
    (F, 'dev8-054', R, 2, None, PRON + ': "after full fine-tuning it reaches 85.4%"'),
    (F, 'dev8-054', R, 5, None, PRON + ': "with Mask R-CNN on COCO it gives 55.1 box AP"'),
    (F, 'dev8-054', R, 6, None, PRON + ': "it gives 55.1 box AP and 47.6 mask AP"'),
]
UNDECIDED += [
    (F, 'dev8-045', R, 10, None, Q_BASE),
    (F, 'dev8-045', R, 11, None, Q_BASE),
    (F, 'dev8-052', R, 6, None, Q_METRIC),
    (F, 'dev8-055', R, 2, None, Q_DESCREF),
    (F, 'dev8-055', R, 7, None, Q_DESCREF),
    (F, 'dev8-056', R, 3, None, Q_BASE),
    (F, 'dev8-056', R, 4, None, Q_BASE),
    (F, 'dev8-056', R, 5, None, Q_DESCREF),
    (F, 'dev8-058', R, 0, None, Q_BASE),
    (F, 'dev8-058', R, 11, None, Q_FRAME),
]

# ---------------- extra-dev-7.jsonl
REVIEWED.append('extra-dev-7.jsonl')
F = 'extra-dev-7.jsonl'
Q_RESP = ("The clause's subject is the paper's method and the figures are listed 'respectively' after the models it is applied to "
          "(\"Thistlequant trains Llama-3.2-3B, Llama-3.1-8B and Qwen2.5-14B ..., using 41, 96 and 188 H100 GPU-hours, respectively\"); decision 18 gives the subject "
          "(\"FacetPrune compresses DeiT-B to 4.6 GFLOPs\") but also pairs 'respectively' figures with the names listed. Which?")
CHANGES += [
    (F, 'dev7-000', R, 6, None, NOSENT + ' ("On Manga109 the margin over SAFMN reaches 0.31 dB PSNR"; SAFMN is set against)'),
    (F, 'dev7-000', R, 7, None, NOSENT + ' ("On Manga109 the margin over SAFMN reaches ... 0.0046 SSIM")'),
    (F, 'dev7-002', R, 3, None, PRON + ': "on LOL-v2-real and LOL-v2-synthetic it obtains 24.37 dB"'),
    (F, 'dev7-002', R, 4, None, PRON + ': "it obtains 24.37 dB and 27.05 dB PSNR"'),
    (F, 'dev7-003', R, 10, None, PRON + ': "and its peak memory falls by 37%"'),
    (F, 'dev7-004', R, 10, None, PRON + ': "and it generalises to unseen mixed degradations on CDD-11, outperforming OneRestore on 9 of the 11"'),
    (F, 'dev7-023', R, 9, None, PRON + ': "and its memory per sequence is constant at 38 MB"'),
    (F, 'dev7-025', R, 0, None, DESC + ': "a lightweight probe, trained for 2 hours on 60K instruction samples, injects ..."'),
    (F, 'dev7-026', R, 12, None, PRON + ': "and its memory footprint is 1.1 GB after 4-bit weight quantization"'),
    (F, 'dev7-030', R, 9, None, PRON + ': "on AISHELL-1 it lowers the character error rate (CER) by a relative 8.4%"'),
    (F, 'dev7-030', R, 10, None, DESC + ': "The controller adds only 0.3M parameters"'),
    (F, 'dev7-030', R, 11, None, DESC + ': "The controller adds only ... 2% extra FLOPs"'),
    (F, 'dev7-032', R, 8, None, PRON + ': "on TED-LIUM 3 it records 4.6%"'),
    (F, 'dev7-040', R, 6, None, PRON + ': "and it lowers the 95th-percentile Hausdorff distance (HD95) on AMOS-CT from 4.71 mm to 3.62 mm"'),
    (F, 'dev7-046', R, 7, None, PRON + ': "but it trains 2.7times faster in wall-clock time"'),
    (F, 'dev7-047', R, 3, None, PRON + ': "on the six hardest tasks, ..., its margin over DrQ-v2 widens to 26%"'),
    (F, 'dev7-047', R, 6, None, PRON + ': "SaltDrQ also improves sample efficiency: it matches the final return of DrQ-v2 with 2.3x fewer environment frames"'),
]
UNDECIDED += [
    (F, 'dev7-003', R, 11, None, Q_BASE),
    (F, 'dev7-005', R, 0, None, Q_BASE),
    (F, 'dev7-007', R, 1, None, Q_METRIC),
    (F, 'dev7-007', R, 5, None, Q_BASE),
    (F, 'dev7-007', R, 6, None, Q_BASE),
    (F, 'dev7-007', R, 7, None, Q_BASE),
    (F, 'dev7-007', R, 8, None, Q_BASE),
    (F, 'dev7-007', R, 9, None, Q_BASE),
    (F, 'dev7-007', R, 10, None, Q_BASE),
    (F, 'dev7-008', R, 2, None, Q_BASE),
    (F, 'dev7-008', R, 3, None, Q_BASE),
    (F, 'dev7-008', R, 4, None, Q_BASE),
    (F, 'dev7-008', R, 7, None, Q_DESCREF),
    (F, 'dev7-010', R, 8, None, Q_BASE),
    (F, 'dev7-013', R, 1, None, Q_BASE),
    (F, 'dev7-013', R, 2, None, Q_BASE),
    (F, 'dev7-013', R, 3, None, Q_BASE),
    (F, 'dev7-013', R, 4, None, Q_BASE),
    (F, 'dev7-015', R, 0, None, Q_BASE),
    (F, 'dev7-015', R, 5, None, Q_BASE),
    (F, 'dev7-016', R, 2, None, Q_BASE),
    (F, 'dev7-016', R, 3, None, Q_DESCREF),
    (F, 'dev7-016', R, 4, None, Q_BASE),
    (F, 'dev7-016', R, 5, None, Q_BASE),
    (F, 'dev7-016', R, 11, None, Q_BASE),
    (F, 'dev7-016', R, 12, None, Q_BASE),
    (F, 'dev7-017', R, 6, None, Q_BASE),
    (F, 'dev7-019', R, 0, 'Thistlequant', Q_RESP),
    (F, 'dev7-019', R, 1, 'Thistlequant', Q_RESP),
    (F, 'dev7-019', R, 2, 'Thistlequant', Q_RESP),
    (F, 'dev7-020', R, 3, None, Q_METRIC),
    (F, 'dev7-021', R, 8, None, Q_BASE),
    (F, 'dev7-022', R, 10, None, Q_BASE),
    (F, 'dev7-024', R, 10, None, Q_METRIC),
    (F, 'dev7-025', R, 7, None, Q_BASE),
    (F, 'dev7-025', R, 8, None, Q_BASE),
    (F, 'dev7-027', R, 1, None, Q_METRIC),
    (F, 'dev7-032', R, 6, None, Q_METRIC),
    (F, 'dev7-032', R, 7, None, Q_METRIC),
    (F, 'dev7-033', R, 1, None, Q_METRIC),
    (F, 'dev7-033', R, 8, None, Q_METRIC),
    (F, 'dev7-036', R, 7, None, Q_METRIC),
    (F, 'dev7-037', R, 10, None, Q_METRIC),
    (F, 'dev7-048', R, 6, None, Q_BASE),
    (F, 'dev7-052', R, 8, None, Q_METRIC),
]

# ---------------- second pass: pronoun subjects found by re-reading the sentences that a mechanical search for
# "it"/"its" in the figure's clause pointed to (each one re-read and judged by hand)
CHANGES += [
    ('extra-dev-17.jsonl', 'dev17-024', R, 3, None, PRON + ': "on the OBJ_BG and OBJ_ONLY variants it reaches 95.1%"'),
    ('extra-dev-17.jsonl', 'dev17-024', R, 4, None, PRON + ': "it reaches 95.1% and 93.6% OA"'),
    ('extra-dev-14.jsonl', 'dev14-022', R, 6, None, PRON + ': "and it is the best model on 9 of the 11 tasks of GEO-Bench"'),
    ('extra-dev-14.jsonl', 'dev14-022', R, 7, None, PRON + ': "while with only 1% of the BigEarthNet labels it still reaches 81.3 mAP"'),
    ('extra-dev-14.jsonl', 'dev14-022', R, 8, None, PRON + ': "it still reaches 81.3 mAP, 6.5 points above training from scratch"'),
    ('extra-dev-13.jsonl', 'dev13-019', R, 3, None, PRON + ': "and it is the best method on 13 of the 16 tasks"'),
    ('extra-dev-10.jsonl', 'dev10-010', R, 9, None, PRON + ': "on the Mandarin WenetSpeech TEST_NET set it reaches a character error rate (CER) of 8.2%"'),
    ('extra-dev-9.jsonl', 'dev9-043', R, 4, None, PRON + ': "On AudioCaps it reaches 50.7 SPIDEr"'),
    ('extra-dev-9.jsonl', 'dev9-043', R, 5, None, PRON + ': "it reaches 50.7 SPIDEr (CIDEr 84.3)"'),
    ('extra-dev-9.jsonl', 'dev9-046', R, 7, None, PRON + ': "on questions that require counting across the whole video it trails uniform sampling by 2.3 accuracy points"'),
    ('extra-dev-7.jsonl', 'dev7-009', R, 11, None, PRON + ': "with Semantic FPN on ADE20K it achieves 42.8% mIoU"'),
    ('extra-dev-7.jsonl', 'dev7-011', R, 5, None, PRON + ': "while its CLIP score of 0.334 exceeds that of the 25-step teacher"'),
    ('extra-dev-7.jsonl', 'dev7-022', R, 4, None, PRON + ': "on the synthetic recall and passage re-ranking categories it surpasses ProLong-8B by 2.2"'),
    ('extra-dev-7.jsonl', 'dev7-022', R, 5, None, PRON + ': "it surpasses ProLong-8B by 2.2 and 3.7 points"'),
    ('extra-dev-7.jsonl', 'dev7-045', R, 8, None, PRON + ': "after 250K online steps on antmaze-large-diverse, it attains a success rate of 91%"'),
]
UNDECIDED += [
    ('extra-dev-7.jsonl', 'dev7-011', R, 6, None, Q_DESCREF),
]
